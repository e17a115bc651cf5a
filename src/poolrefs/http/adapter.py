"""The transport adapter: limits, counting, deadlines and bounded body reads for each request.

Every request that actually goes to the network passes through :class:`BoundedAdapter.send`
(cached answers never reach it), which holds a :class:`~.limits.HostLimiter` slot, counts the
request, arms a wall-clock :class:`~.deadline.Deadline` and reads the body itself, at most
``max_bytes`` of it, before returning: callers always get a fully read, bounded response.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .deadline import current_deadline, deadline_scope
from .limits import HostLimiter

__all__ = ["BodyTooLarge", "BoundedAdapter", "CallOptions", "DeadlineExceeded", "call_options"]

_CHUNK = 64 * 1024


class DeadlineExceeded(requests.exceptions.Timeout):
    """The request's wall-clock deadline passed (slow headers, trickled or endless body)."""


class BodyTooLarge(requests.exceptions.RequestException):
    """The response body is longer than the caller's ``max_bytes``."""


@dataclass
class CallOptions:
    """Per-call settings the adapter reads from the calling thread (set by the client)."""

    timeout: float
    max_bytes: int
    truncate: bool = False
    truncated: bool = False


_LOCAL = threading.local()


class call_options:  # noqa: N801 - a context manager used like a function
    """Install :class:`CallOptions` for requests sent by the current thread."""

    def __init__(self, options: CallOptions):
        self.options = options

    def __enter__(self) -> CallOptions:
        _LOCAL.options = self.options
        return self.options

    def __exit__(self, *exc: object) -> None:
        _LOCAL.options = None


def _current_options() -> CallOptions | None:
    options: CallOptions | None = getattr(_LOCAL, "options", None)
    return options


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        deadline = current_deadline()
        if deadline is not None:
            deadline.attach(self.sock)
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        deadline = current_deadline()
        if deadline is not None:
            deadline.attach(self.sock)
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _Counter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def increment(self) -> None:
        with self._lock:
            self.value += 1


class BoundedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` that limits, counts, times out and bounds every network request."""

    def __init__(self, limiter: HostLimiter, *, pool_maxsize: int, default_timeout: float,
                 default_max_bytes: int):
        self.limiter = limiter
        self.counter = _Counter()
        self._default = CallOptions(timeout=default_timeout, max_bytes=default_max_bytes)
        super().__init__(pool_connections=64, pool_maxsize=pool_maxsize, max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager with connection classes that honour deadlines."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Send one request under the limits and read its body within the deadline."""
        options = _current_options() or self._default
        host = urlsplit(request.url or "").hostname or ""
        with self.limiter.slot(host):
            self.counter.increment()
            with deadline_scope(options.timeout) as deadline:
                try:
                    response = super().send(
                        request, stream=True, timeout=timeout, verify=verify, cert=cert,
                        proxies=dict(proxies) if proxies is not None else None,
                    )
                    _read_body(response, options)
                except requests.exceptions.RequestException as exc:
                    if deadline.expired:
                        raise DeadlineExceeded(
                            f"no complete answer within {options.timeout:g} s", request=request
                        ) from exc
                    raise
            if deadline.expired:
                raise DeadlineExceeded(
                    f"no complete answer within {options.timeout:g} s", request=request
                )
        return response


def _read_body(response: requests.Response, options: CallOptions) -> None:
    """Read at most ``options.max_bytes`` of the body into ``response`` (decoded)."""
    limit = options.max_bytes
    declared = response.headers.get("Content-Length", "")
    if not options.truncate and declared.isdigit() and int(declared) > limit:
        response.close()
        raise BodyTooLarge(
            f"body of {declared} bytes is over the {limit}-byte limit", response=response
        )
    chunks: list[bytes] = []
    size = 0
    complete = True
    try:
        for chunk in response.raw.stream(min(_CHUNK, limit + 1), decode_content=True):
            size += len(chunk)
            if size > limit:
                complete = False
                chunks.append(chunk[: len(chunk) - (size - limit)])
                break
            chunks.append(chunk)
    except urllib3.exceptions.ReadTimeoutError as exc:
        response.close()
        raise requests.exceptions.ReadTimeout(exc, request=response.request) from exc
    except urllib3.exceptions.DecodeError as exc:
        response.close()
        raise requests.exceptions.ContentDecodingError(exc, request=response.request) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        response.close()
        raise requests.exceptions.ConnectionError(exc, request=response.request) from exc
    response._content = b"".join(chunks)
    response._content_consumed = True
    if complete:
        response.raw.release_conn()
        return
    response.close()
    if not options.truncate:
        raise BodyTooLarge(f"body is over the {limit}-byte limit", response=response)
    options.truncated = True
