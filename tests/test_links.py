from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

import poolrefs
from poolrefs.links import STATUSES, LinkResult, check_links

from .netservers import (
    CountingServer,
    RawServer,
    closed_port,
    reply,
    reset,
    silent,
    trickle_body,
)

LOOPBACK = pytest.mark.allow_hosts(["127.0.0.0/8", "::1"])
FAST = {"timeout": 2.0, "retries": 2, "backoff_base": 0.05}
_real_getaddrinfo = socket.getaddrinfo


def _is_local(host: object) -> bool:
    if not isinstance(host, str):
        return True
    return host == "localhost" or host.replace(".", "").isdigit() or ":" in host


@pytest.fixture(autouse=True)
def no_external_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names other than loopback ones fail to resolve, as on a machine without DNS."""

    def fake(host: Any, *args: Any, **kwargs: Any) -> Any:
        if _is_local(host):
            return _real_getaddrinfo(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fake)


CHALLENGE = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
             b"<body><script src='/cdn-cgi/challenge-platform/h/b/orchestrate'></script></body></html>")


class Site:
    """One server speaking every behaviour, path by path."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?")[0]
        n = self.counts[path] = self.counts.get(path, 0) + 1
        head = h.command == "HEAD"
        if path == "/ok":
            reply(h, 200, b"<html>fine</html>", {"Content-Type": "text/html"})
        elif path == "/pdf":
            ranged = h.headers.get("Range") == "bytes=0-0"
            reply(h, 206 if ranged else 200, b"%" if ranged else b"%PDF" * 100_000)
        elif path == "/no-head":
            reply(h, 405 if head else 200, b"" if head else b"<html>got it</html>")
        elif path == "/no-head-501":
            reply(h, 501 if head else 200, b"get works")
        elif path == "/head-404":  # some servers answer HEAD wrongly
            reply(h, 404 if head else 200, b"page")
        elif path in ("/moved", "/perm308"):
            reply(h, 301 if path == "/moved" else 308, headers={"Location": "/ok"})
        elif path == "/temp":
            reply(h, 302, headers={"Location": "/ok"})
        elif path == "/temp-then-moved":
            reply(h, 307, headers={"Location": "/moved"})
        elif path == "/loop-a":
            reply(h, 302, headers={"Location": "/loop-b"})
        elif path == "/loop-b":
            reply(h, 302, headers={"Location": "/loop-a"})
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            reply(h, 302, headers={"Location": f"/hops/{left - 1}" if left > 1 else "/ok"})
        elif path == "/no-location":
            reply(h, 302)
        elif path in ("/404", "/410"):
            reply(h, int(path[1:]), b"<html>missing</html>", {"Content-Type": "text/html"})
        elif path in ("/401", "/403", "/451"):
            reply(h, int(path[1:]), b"no", {"Content-Type": "text/plain"})
        elif path == "/cf-challenge":
            reply(h, 403, CHALLENGE, {"Content-Type": "text/html", "cf-mitigated": "challenge",
                                      "Server": "cloudflare"})
        elif path == "/challenge-503":
            reply(h, 503, CHALLENGE, {"Content-Type": "text/html; charset=UTF-8"})
        elif path == "/captcha-200":
            body = b"<html><script src='https://geo.captcha-delivery.com/captcha/'></script></html>"
            reply(h, 200, b"" if head else body, {"Content-Type": "text/html", "X-DataDome": "protected"})
        elif path == "/429":
            reply(h, 429, headers={"Retry-After": "1"})
        elif path == "/429-once":
            reply(h, 429 if n == 1 else 200, headers={"Retry-After": "1"})
        elif path == "/500":
            reply(h, 500)
        elif path == "/503-once":
            reply(h, 503 if n == 1 else 200)
        elif path == "/999":
            reply(h, 999)
        elif path.startswith("/api/handles/"):
            self._handle_api(h, path[len("/api/handles/"):])
        else:
            reply(h, 404)

    def _handle_api(self, h: BaseHTTPRequestHandler, doi: str) -> None:
        base = f"http://{h.server.server_address[0]}:{h.server.server_address[1]}"
        landing = {"10.5555/exists": "/ok", "10.5555/landing-blocked": "/403"}.get(doi.lower())
        if landing is None:
            body = {"responseCode": 100, "handle": doi}
            reply(h, 404, json.dumps(body).encode(), {"Content-Type": "application/json"})
            return
        body = {"responseCode": 1, "handle": doi, "values": [
            {"index": 1, "type": "URL", "data": {"format": "string", "value": base + landing}},
            {"index": 100, "type": "HS_ADMIN", "data": {"format": "admin", "value": {}}},
        ]}
        reply(h, 200, json.dumps(body).encode(), {"Content-Type": "application/json"})


@pytest.fixture
def site() -> Iterator[tuple[CountingServer, Site]]:
    routes = Site()
    with CountingServer(routes) as server:
        yield server, routes


EXPECTED = {
    "/ok": "ok", "/pdf": "ok", "/no-head": "ok", "/no-head-501": "ok", "/head-404": "ok",
    "/temp": "ok", "/temp-then-moved": "ok", "/hops/10": "ok",
    "/moved": "redirected", "/perm308": "redirected",
    "/404": "broken", "/410": "broken", "/loop-a": "broken", "/hops/11": "broken",
    "/no-location": "broken",
    "/401": "blocked", "/403": "blocked", "/451": "blocked", "/cf-challenge": "blocked",
    "/challenge-503": "blocked", "/captcha-200": "blocked", "/999": "blocked",
    "/429": "rate-limited", "/429-once": "ok",
    "/500": "server-error", "/503-once": "ok",
}


@LOOPBACK
def test_every_behaviour_is_classified_within_the_time_budget(site: Any) -> None:
    server, _ = site
    with RawServer(silent) as hang, RawServer(reset, "127.0.0.2") as resets, \
            RawServer(trickle_body, "127.0.0.3") as trickles:
        urls = {server.url + path: status for path, status in EXPECTED.items()}
        urls[hang.url + "/never"] = "timeout"
        urls[resets.url + "/reset"] = "server-error"
        urls[trickles.url + "/trickle"] = "ok"  # HEAD gets the head; the body is never needed
        urls[f"http://127.0.0.1:{closed_port()}/refused"] = "broken"
        urls["http://no-such-host.invalid/page"] = "broken"
        urls["ftp://example.org/file"] = "invalid"
        urls["mailto:someone@example.org"] = "invalid"
        urls["not a url"] = "invalid"
        urls["http:///nohost"] = "invalid"
        started = time.monotonic()
        results = check_links(list(urls), timeout=2, retries=2, cache=False,
                              doi_url=server.url, probe_hosts=("localhost",))
        took = time.monotonic() - started
    got = {r.url: r.status for r in results}
    assert got == urls, {u: (r.status, r.message) for u, r in zip(urls, results, strict=True) if r.status != urls[u]}
    assert took < 20
    assert [r.url for r in results] == list(urls)
    assert all(r.status in STATUSES and r.message for r in results)


def test_details_of_redirects_and_ranges(site: Any) -> None:
    server, routes = site
    by_url = {r.url: r for r in check_links(
        [server.url + p for p in ("/moved", "/temp", "/pdf", "/loop-a", "/hops/11", "/no-head")],
        cache=False, **FAST)}
    moved = by_url[server.url + "/moved"]
    assert moved.final_url == server.url + "/ok" and moved.redirects[0].status == 301
    assert "cite" in moved.message and moved.http_status == 200
    temp = by_url[server.url + "/temp"]
    assert temp.status == "ok" and temp.final_url == server.url + "/ok"
    assert "loop" in by_url[server.url + "/loop-a"].message
    assert len(by_url[server.url + "/hops/11"].redirects) == 11
    assert "more than 10" in by_url[server.url + "/hops/11"].message
    gets = [(m, p, hd) for m, p, hd in server.requests if m == "GET"]
    assert all(hd.get("Range") == "bytes=0-0" for _, _, hd in gets)
    assert ("HEAD", "/pdf") in [(m, p) for m, p, _ in server.requests]
    assert not any(m == "GET" and p == "/pdf" for m, p, _ in server.requests)  # HEAD sufficed
    assert routes.counts["/no-head"] == 2  # HEAD, then one GET


def test_retries_only_for_retryable_answers(site: Any) -> None:
    server, routes = site
    check_links([server.url + p for p in ("/404", "/403", "/500", "/429-once")], cache=False, **FAST)
    assert routes.counts["/404"] == 2  # HEAD + GET fallback, no retries
    assert routes.counts["/403"] == 2
    assert routes.counts["/500"] == 4  # HEAD x3 (retries), then one GET (HEAD may be what fails)
    assert routes.counts["/429-once"] == 2


def test_dois_checked_at_the_source_with_landing_page_separately(site: Any) -> None:
    server, _ = site
    links = ["10.5555/exists", "https://doi.org/10.5555/landing-blocked", "doi:10.5555/missing"]
    exists, blocked, missing = check_links(links, doi_url=server.url, cache=False, **FAST)
    assert exists.status == "ok" and exists.doi == "10.5555/exists"
    assert exists.landing is not None and exists.landing.status == "ok"
    assert exists.final_url == server.url + "/ok"
    assert blocked.status == "ok" and blocked.landing is not None
    assert blocked.landing.status == "blocked" and "landing page blocked" in blocked.message
    assert missing.status == "broken" and "not registered" in missing.message
    assert missing.landing is None
    assert any(p == "/api/handles/10.5555/exists" for _, p, _ in server.requests)


def test_order_duplicates_and_result_cache(site: Any) -> None:
    server, routes = site
    links = [server.url + "/ok", server.url + "/404", server.url + "/ok", server.url + "/moved"]
    first = check_links(links, **FAST)
    assert [r.url for r in first] == links
    assert [r.status for r in first] == ["ok", "broken", "ok", "redirected"]
    assert routes.counts["/ok"] == 2  # /ok directly (HEAD) and as /moved's target: once each
    sent = len(server.requests)
    second = check_links(links, **FAST)
    assert [r.status for r in second] == ["ok", "broken", "ok", "redirected"]
    assert second[0].from_cache and second[3].from_cache and not second[1].from_cache
    assert len(server.requests) == sent + 2  # only the broken link (HEAD + GET) went out again
    third = check_links(links, cache_expire=0, **FAST)
    assert not any(r.from_cache for r in third)


@LOOPBACK
def test_per_host_limit_holds_across_hosts() -> None:
    servers = [CountingServer(lambda h: reply(h, 200), host=f"127.0.0.{i}", delay=0.1)
               for i in (2, 3, 4)]
    for s in servers:
        s.__enter__()
    try:
        links = [f"{s.url}/{n}" for n in range(12) for s in servers]
        started = time.monotonic()
        results = check_links(links, per_host=2, concurrency=32, cache=False, **FAST)
        took = time.monotonic() - started
    finally:
        for s in servers:
            s.__exit__()
    assert all(r.status == "ok" for r in results)
    assert [s.peak for s in servers] == [2, 2, 2]
    assert took < 1.5  # 12 links per host, 2 at a time, 0.1 s each: 0.6 s bound


def test_offline_says_offline_once_and_fast(site: Any, caplog: pytest.LogCaptureFixture) -> None:
    server, _ = site
    links = ["https://ieeexplore.ieee.org/document/5076744", "http://hermes-ir.lib.hit-u.ac.jp/x.pdf",
             "10.1109/5.771073", server.url + "/ok"]
    started = time.monotonic()
    results = check_links(links, cache=False, **FAST)  # default probe hosts: none resolves
    assert time.monotonic() - started < 3
    assert [r.status for r in results] == ["offline", "offline", "offline", "ok"]
    assert "no network" in results[0].message
    warnings = [r for r in caplog.records if "no network" in r.getMessage()]
    assert len(warnings) == 1


def test_unknown_host_is_broken_when_the_network_works() -> None:
    (result,) = check_links(["http://nothing-here.invalid/"], probe_hosts=("localhost",),
                            cache=False, **FAST)
    assert result.status == "broken" and "resolve" in result.message


def test_public_api_and_round_trip() -> None:
    assert poolrefs.check_links is check_links and "check_links" in poolrefs.__all__
    result = LinkResult("u", "redirected", 200, "v", (poolrefs.links.Redirect(301, "v"),), 0.5, "m")
    assert LinkResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
