"""``HttpClient``: the one way poolrefs code talks to the network."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from ..errors import ServiceError
from .adapter import BoundedAdapter, CallOptions, call_options
from .config import HttpConfig, cache_dir, user_agent
from .errors import RETRYABLE_KINDS, TransportError, classify, describe
from .limits import HostLimiter

__all__ = ["HttpClient", "HttpResult", "retry_after_seconds"]

#: Answers kept in the cache: successes and definitive answers. Never 408, 429, 5xx.
CACHEABLE_STATUSES = (200, 203, 300, 301, 308, 404, 410)
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpResult:
    """One HTTP answer (after redirects and retries), fully read and bounded.

    Attributes:
        url: the URL requested.
        status: the final HTTP status code.
        final_url: the URL that answered (differs from ``url`` after redirects).
        headers: response headers, keys lower-cased.
        content: the body (at most ``max_bytes``; see ``truncated``).
        elapsed: seconds spent, retries and waits included.
        from_cache: True when answered from the persistent cache (nothing sent).
        truncated: True when the body was cut at ``max_bytes`` (``truncate=True`` calls).
        history: ``(status, url)`` of each redirect followed, in order.
        attempts: number of attempts made (1 without retries).
    """

    url: str
    status: int
    final_url: str
    headers: Mapping[str, str]
    content: bytes
    elapsed: float
    from_cache: bool = False
    truncated: bool = False
    history: tuple[tuple[int, str], ...] = ()
    attempts: int = 1

    @property
    def ok(self) -> bool:
        """True for a 2xx status."""
        return 200 <= self.status < 300

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON.

        Raises:
            ServiceError: the body is not JSON.
        """
        try:
            return json.loads(self.content)
        except ValueError as exc:
            raise ServiceError(f"answer is not JSON ({exc})", url=self.url,
                               status=self.status) from exc


class HttpClient:
    """Identified, limited, retrying, caching HTTP client (thread-safe).

    Example:
        >>> with HttpClient(HttpConfig(mailto="me@example.org")) as client:  # doctest: +SKIP
        ...     data = client.get_json("https://api.crossref.org/works/10.1000/x")
    """

    def __init__(self, config: HttpConfig | None = None):
        self.config = config or HttpConfig()
        cfg = self.config
        self.limiter = HostLimiter(concurrency=cfg.concurrency, per_host=cfg.per_host,
                                   min_interval=cfg.min_interval, host_limits=cfg.host_limits)
        pool = max([cfg.per_host, *(lim.concurrency for lim in cfg.host_limits.values())])
        self._adapter = BoundedAdapter(self.limiter, pool_maxsize=pool,
                                       default_timeout=cfg.timeout, default_max_bytes=cfg.max_bytes)
        self._plain = self._new_session(requests.Session())
        self._cached: requests.Session | None = None
        if cfg.cache:
            self._cached = self._new_session(self._cached_session())

    def _new_session(self, session: requests.Session) -> requests.Session:
        session.headers["User-Agent"] = user_agent(self.config)
        session.max_redirects = 10
        session.mount("http://", self._adapter)
        session.mount("https://", self._adapter)
        return session

    def _cached_session(self) -> requests.Session:
        import requests_cache

        directory = cache_dir(self.config)
        directory.mkdir(parents=True, exist_ok=True)
        session: requests.Session = requests_cache.CachedSession(
            str(directory / "http-cache.sqlite"),
            backend="sqlite",
            wal=True,  # write-ahead log, synchronous=NORMAL: no fsync per cached answer
            expire_after=self.config.expire_after,
            urls_expire_after=dict[Any, Any](self.config.urls_expire_after),
            allowable_codes=CACHEABLE_STATUSES,
            allowable_methods=("GET", "HEAD"),
            match_headers=["Accept"],
            ignored_parameters=["mailto", "apikey", "api_key", "Authorization"],
            cache_control=False,
            stale_if_error=False,
        )
        return session

    @property
    def network_requests(self) -> int:
        """Requests actually sent on the network so far (redirect hops and retries count)."""
        return self._adapter.counter.value

    def close(self) -> None:
        """Close connections and the cache."""
        self._plain.close()
        if self._cached is not None:
            self._cached.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, **options: Any) -> HttpResult:
        """``request("GET", url, **options)``."""
        return self.request("GET", url, **options)

    def head(self, url: str, **options: Any) -> HttpResult:
        """``request("HEAD", url, **options)``."""
        return self.request("HEAD", url, **options)

    def get_json(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        accept: tuple[int, ...] = (200,),
        **options: Any,
    ) -> Any:
        """GET ``url`` and parse the JSON answer.

        Args:
            url: the URL.
            params: query parameters.
            headers: extra request headers (``Accept`` defaults to ``application/json``).
            accept: statuses whose body is returned; any other raises.
            **options: as for :meth:`request`.

        Raises:
            ServiceError: another status (``.status`` set), a body that is not JSON, or a
                :class:`TransportError`.
        """
        merged = {"Accept": "application/json", **(headers or {})}
        result = self.request("GET", url, params=params, headers=merged, **options)
        if result.status not in accept:
            raise ServiceError("unexpected answer", url=result.url, status=result.status)
        return result.json()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        allow_redirects: bool = True,
        timeout: float | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
        cache: bool = True,
        expire_after: float | None = None,
        retries: int | None = None,
    ) -> HttpResult:
        """Send a request with retries; any HTTP status is returned, never raised.

        Args:
            method: ``"GET"`` or ``"HEAD"`` (others work but are never cached).
            url: an http(s) URL.
            params: query parameters.
            headers: extra request headers.
            allow_redirects: follow redirects (at most 10).
            timeout: wall-clock seconds per attempt (default: the config's).
            max_bytes: longest body (default: the config's).
            truncate: cut a longer body instead of raising (never cached).
            cache: use the persistent cache for this request.
            expire_after: cache lifetime of this answer, overriding the config.
            retries: extra attempts (default: the config's).

        Raises:
            TransportError: no HTTP answer after the retries (``.kind`` says why), or
                offline mode and the answer is not cached (``kind == "not-cached"``).
        """
        cfg = self.config
        options = CallOptions(timeout=timeout or cfg.timeout,
                              max_bytes=max_bytes or cfg.max_bytes, truncate=truncate)
        use_cache = cache and not truncate and self._cached is not None
        attempts = (cfg.retries if retries is None else retries) + 1
        host = urlsplit(url).hostname or ""
        started = time.monotonic()
        for attempt in range(1, attempts + 1):
            try:
                response = self._send(method, url, params, headers, allow_redirects,
                                      options, use_cache, expire_after)
            except TransportError as exc:
                if exc.kind in RETRYABLE_KINDS and attempt < attempts:
                    time.sleep(self._backoff(attempt))
                    continue
                raise
            result = _result(url, response, started, options, attempt)
            if not result.from_cache:
                self.limiter.observe(host, result.headers, success=result.ok)
            if result.status in _RETRY_STATUSES and attempt < attempts:
                self._wait_before_retry(host, result, attempt)
                continue
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, url: str, params: Mapping[str, str] | None,
              headers: Mapping[str, str] | None, allow_redirects: bool, options: CallOptions,
              use_cache: bool, expire_after: float | None) -> requests.Response:
        cfg = self.config
        if cfg.offline and not use_cache:
            raise TransportError("not in the cache (offline mode)", url=url, kind="not-cached")
        extra: dict[str, Any] = {}
        session = self._plain
        if use_cache and self._cached is not None:
            session = self._cached
            extra["only_if_cached"] = cfg.offline
            if expire_after is not None:
                extra["expire_after"] = expire_after
        try:
            with call_options(replace(options, truncated=False)) as live:
                response = session.request(
                    method, url, params=params, headers=dict(headers or {}),
                    allow_redirects=allow_redirects,
                    timeout=(min(cfg.connect_timeout, options.timeout), options.timeout),
                    **extra,
                )
                options.truncated = live.truncated
        except requests.exceptions.RequestException as exc:
            kind = classify(exc)
            raise TransportError(describe(exc, kind), url=url, kind=kind) from exc
        if cfg.offline and response.status_code == 504 and getattr(response, "from_cache", True):
            raise TransportError("not in the cache (offline mode)", url=url, kind="not-cached")
        return response

    def _backoff(self, attempt: int) -> float:
        cfg = self.config
        delay: float = min(cfg.backoff_max, cfg.backoff_base * 2 ** (attempt - 1))
        return delay * random.uniform(0.5, 1.0)

    def _wait_before_retry(self, host: str, result: HttpResult, attempt: int) -> None:
        announced = retry_after_seconds(result.headers.get("retry-after"))
        delay = self._backoff(attempt) if announced is None else announced
        delay = min(delay, self.config.retry_after_cap)
        if result.status == 429:
            self.limiter.penalize(host, delay)  # every thread waits, this one included
        else:
            time.sleep(delay)


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _result(url: str, response: requests.Response, started: float, options: CallOptions,
            attempts: int) -> HttpResult:
    history = tuple((r.status_code, r.url) for r in response.history)
    return HttpResult(
        url=url,
        status=response.status_code,
        final_url=response.url or url,
        headers={k.lower(): v for k, v in response.headers.items()},
        content=response.content or b"",
        elapsed=time.monotonic() - started,
        from_cache=bool(getattr(response, "from_cache", False)),
        truncated=options.truncated,
        history=history,
        attempts=attempts,
    )
