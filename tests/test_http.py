from __future__ import annotations

import json
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import poolrefs
from poolrefs.http import (
    HostLimit,
    HttpClient,
    HttpConfig,
    TransportError,
    retry_after_seconds,
    user_agent,
)

from .netservers import (
    CountingServer,
    RawServer,
    closed_port,
    endless_chunks,
    reply,
    reset,
    silent,
    trickle_body,
    trickle_head,
)

FAST = {"backoff_base": 0.01, "backoff_max": 0.05}


def client(**overrides: object) -> HttpClient:
    settings: dict[str, object] = {"timeout": 2.0, "retries": 2, **FAST}
    settings.update(overrides)
    return HttpClient(HttpConfig(**settings))  # type: ignore[arg-type]


def sequence(*answers: tuple[int, dict[str, str]]) -> object:
    """A route answering with each (status, headers) in turn, then repeating the last."""
    calls = iter(answers)
    last: list[tuple[int, dict[str, str]]] = []

    def route(handler: BaseHTTPRequestHandler) -> None:
        answer = next(calls, None) or last[0]
        last[:] = [answer]
        reply(handler, answer[0], b'{"ok": %d}' % answer[0], answer[1])

    return route


# identification ---------------------------------------------------------------------------


def test_user_agent_has_version_and_mailto(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POOLREFS_MAILTO", "lab@example.org")
    with CountingServer(sequence((200, {}))) as server:
        client().get(server.url + "/x")
    agent = server.requests[0][2]["User-Agent"]
    assert agent.startswith("poolrefs/")
    assert agent.endswith(" (mailto:lab@example.org)")
    assert "mailto:me@x.org" in user_agent(HttpConfig(mailto="me@x.org"))
    monkeypatch.delenv("POOLREFS_MAILTO")
    assert user_agent(HttpConfig()) == f"poolrefs/{agent.split('/')[1].split()[0]}"


# retries and back-off -----------------------------------------------------------------------


def test_429_with_retry_after_seconds_is_honoured() -> None:
    with CountingServer(sequence((429, {"Retry-After": "1"}), (200, {}))) as server:
        started = time.monotonic()
        result = client().get(server.url + "/r")
        took = time.monotonic() - started
    assert result.status == 200 and result.attempts == 2
    assert 0.9 <= took < 2.5
    assert len(server.requests) == 2


def test_429_with_http_date_and_cap() -> None:
    later = formatdate(time.time() + 3600, usegmt=True)
    with CountingServer(sequence((429, {"Retry-After": later}), (200, {}))) as server:
        started = time.monotonic()
        result = client(retry_after_cap=0.3).get(server.url + "/r")
        assert time.monotonic() - started < 1.5
    assert result.status == 200
    assert retry_after_seconds(later) == pytest.approx(3600, abs=5)
    assert retry_after_seconds("garbage") is None


def test_still_429_after_retries_is_returned_not_raised() -> None:
    with CountingServer(sequence((429, {"Retry-After": "0"}))) as server:
        result = client(retries=2).get(server.url + "/r")
    assert result.status == 429 and result.attempts == 3
    assert len(server.requests) == 3


def test_5xx_then_success() -> None:
    with CountingServer(sequence((503, {}), (500, {}), (200, {}))) as server:
        http = client()
        result = http.get(server.url + "/s")
    assert result.status == 200 and result.attempts == 3
    assert http.network_requests == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
def test_other_4xx_are_never_retried(status: int) -> None:
    with CountingServer(sequence((status, {}))) as server:
        result = client().get(server.url + "/n")
    assert result.status == status and result.attempts == 1
    assert len(server.requests) == 1


def test_rate_limit_headers_slow_the_host_down() -> None:
    headers = {"X-Rate-Limit-Limit": "10", "X-Rate-Limit-Interval": "1s"}
    with CountingServer(sequence((200, headers))) as server:
        http = client()
        http.get(server.url + "/a")
        assert http.limiter.interval(server.host) == pytest.approx(0.1)
        started = time.monotonic()
        http.get(server.url + "/b")
        http.get(server.url + "/c")
        assert time.monotonic() - started >= 0.09  # /c waits one interval after /b


# transport failures -------------------------------------------------------------------------


def test_timeout_is_retried_then_raised() -> None:
    with RawServer(silent) as server:
        started = time.monotonic()
        with pytest.raises(TransportError) as info:
            client(timeout=0.5, retries=1).get(server.url + "/t")
        took = time.monotonic() - started
    assert info.value.kind == "timeout"
    assert info.value.url == server.url + "/t"
    assert isinstance(info.value, poolrefs.ServiceError) and info.value.__cause__ is not None
    assert 0.9 <= took < 2.0
    assert server.connections == 2


def test_connection_reset_is_retried_then_raised() -> None:
    with RawServer(reset) as server, pytest.raises(TransportError) as info:
        client(retries=2).get(server.url + "/reset")
    assert info.value.kind == "reset"
    assert server.connections == 3


def test_refused_is_not_retried() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    http = client()
    with pytest.raises(TransportError) as info:
        http.get(url + "/gone")
    assert info.value.kind == "refused"
    assert http.network_requests == 1


@pytest.mark.parametrize("behaviour", [trickle_body, trickle_head], ids=["body", "head"])
def test_trickling_server_cannot_hang_a_call(behaviour: object) -> None:
    with RawServer(behaviour) as server:  # type: ignore[arg-type]
        started = time.monotonic()
        with pytest.raises(TransportError) as info:
            client(timeout=0.6, retries=0).get(server.url + "/slow")
        took = time.monotonic() - started
    assert info.value.kind == "timeout"
    assert took < 1.5


def test_oversized_declared_body_is_refused() -> None:
    big = b"z" * 300_000
    with CountingServer(lambda h: reply(h, 200, big)) as server, pytest.raises(
        TransportError
    ) as info:
        client(max_bytes=100_000).get(server.url + "/big")
    assert info.value.kind == "too-large"


def test_endless_stream_is_cut_at_max_bytes() -> None:
    with RawServer(endless_chunks) as server:
        started = time.monotonic()
        with pytest.raises(TransportError) as info:
            client(max_bytes=1_000_000).get(server.url + "/endless")
        assert info.value.kind == "too-large"
        result = client().get(server.url + "/endless", max_bytes=1000, truncate=True)
        assert time.monotonic() - started < 2
    assert result.truncated and len(result.content) == 1000


# cache and offline ---------------------------------------------------------------------------


def test_cached_answers_send_nothing_and_survive_the_process(_isolated_cache: Path) -> None:
    with CountingServer(lambda h: reply(h, 200, b'{"n": 1}')) as server:
        first = client()
        assert first.get_json(server.url + "/w", params={"q": "x"}) == {"n": 1}
        assert first.get_json(server.url + "/w", params={"q": "x"}) == {"n": 1}
        assert first.network_requests == 1
        second = client()
        result = second.get(server.url + "/w", params={"q": "x"},
                            headers={"Accept": "application/json"})
        assert result.from_cache and second.network_requests == 0
    assert len(server.requests) == 1
    assert any(_isolated_cache.iterdir())


def test_failures_are_never_cached() -> None:
    with CountingServer(sequence((500, {}), (200, {}))) as server:
        http = client(retries=0)
        assert http.get(server.url + "/f").status == 500
        assert http.get(server.url + "/f").status == 200
        assert http.get(server.url + "/f").from_cache
    assert len(server.requests) == 2


def test_per_service_expiry() -> None:
    with CountingServer(lambda h: reply(h, 200, b"{}")) as server:
        http = client(urls_expire_after={f"{server.host}:{server.port}/short/*": 0.3})
        http.get(server.url + "/short/a")
        http.get(server.url + "/long/a")
        time.sleep(0.5)
        assert not http.get(server.url + "/short/a").from_cache
        assert http.get(server.url + "/long/a").from_cache
    assert len(server.requests) == 3


def test_offline_mode_answers_from_cache_only() -> None:
    with CountingServer(lambda h: reply(h, 200, b'{"v": 2}')) as server:
        client().get_json(server.url + "/o")
        offline = client(offline=True)
        assert offline.get_json(server.url + "/o") == {"v": 2}
        with pytest.raises(TransportError) as info:
            offline.get(server.url + "/not-fetched")
        with pytest.raises(TransportError):
            offline.get(server.url + "/o", cache=False)
        assert offline.network_requests == 0
    assert info.value.kind == "not-cached" and "offline" in str(info.value)
    assert len(server.requests) == 1


def test_accept_header_is_part_of_the_cache_key() -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        reply(h, 200, json.dumps({"accept": h.headers["Accept"]}).encode())

    with CountingServer(route) as server:
        http = client()
        a = http.get_json(server.url + "/n", headers={"Accept": "application/json"})
        b = http.get_json(server.url + "/n", headers={"Accept": "application/vnd.citationstyles.csl+json"})
    assert a != b


# JSON --------------------------------------------------------------------------------------


def test_get_json_errors_carry_status_and_url() -> None:
    with CountingServer(lambda h: reply(h, 404 if "missing" in h.path else 200, b"<html>")) as server:
        http = client()
        with pytest.raises(poolrefs.ServiceError) as missing:
            http.get_json(server.url + "/missing")
        with pytest.raises(poolrefs.ServiceError) as garbage:
            http.get_json(server.url + "/garbage")
    assert missing.value.status == 404 and missing.value.url == server.url + "/missing"
    assert "not JSON" in str(garbage.value)


# limits --------------------------------------------------------------------------------------


def test_per_host_and_global_caps_hold_under_threads() -> None:
    with CountingServer(lambda h: reply(h, 200, b"{}"), delay=0.05) as server:
        http = client(per_host=3, concurrency=8, cache=False)
        threads = [threading.Thread(target=http.get, args=(f"{server.url}/{i}",)) for i in range(24)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(server.requests) == 24
    assert server.peak == 3 and http.limiter.peak(server.host) == 3


def test_host_override_and_min_interval() -> None:
    with CountingServer(lambda h: reply(h, 200, b"{}")) as server:
        http = client(cache=False, host_limits={server.host: HostLimit(1, min_interval=0.1)})
        started = time.monotonic()
        threads = [threading.Thread(target=http.get, args=(f"{server.url}/{i}",)) for i in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert time.monotonic() - started >= 0.4
    assert server.peak == 1
