"""Transport failures as :class:`poolrefs.ServiceError` with a machine-readable ``kind``."""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
from collections.abc import Iterator
from typing import Literal

import requests
import urllib3

from ..errors import ServiceError
from .adapter import BodyTooLarge, DeadlineExceeded

__all__ = ["RETRYABLE_KINDS", "TransportError", "TransportKind", "classify"]

TransportKind = Literal[
    "timeout",  # connect timeout, read timeout or the wall-clock deadline
    "reset",  # connection reset or closed mid-answer
    "dns",  # the host name does not resolve
    "refused",  # nothing listens on that port
    "unreachable",  # no route to the host / network down
    "tls",  # certificate or TLS handshake failure
    "too-large",  # body over max_bytes
    "redirects",  # too many redirects
    "invalid",  # not a usable URL
    "not-cached",  # offline mode and the answer is not in the cache
    "other",
]

#: Failures worth another attempt (besides 5xx, 408 and 429 answers).
RETRYABLE_KINDS: frozenset[str] = frozenset({"timeout", "reset"})


class TransportError(ServiceError):
    """No HTTP answer: the request failed on the way (after any retries).

    Attributes:
        kind: what failed, one of :data:`TransportKind`.
        url: the request's URL.
    """

    def __init__(self, reason: str, *, url: str, kind: TransportKind):
        self.kind: TransportKind = kind
        super().__init__(reason, url=url)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(linked, BaseException):
                stack.append(linked)
        stack.extend(arg for arg in current.args if isinstance(arg, BaseException))


def classify(exc: BaseException) -> TransportKind:
    """The :data:`TransportKind` of an exception raised while sending a request."""
    if isinstance(exc, BodyTooLarge):
        return "too-large"
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return "redirects"
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema, requests.exceptions.InvalidHeader)):
        return "invalid"
    if isinstance(exc, (DeadlineExceeded, requests.exceptions.Timeout)):
        return "timeout"
    links = list(_chain(exc))
    if any(isinstance(e, (socket.gaierror, urllib3.exceptions.NameResolutionError)) for e in links):
        return "dns"
    if any(isinstance(e, (ssl.SSLError, requests.exceptions.SSLError)) for e in links):
        return "tls"
    if any(isinstance(e, ConnectionRefusedError) for e in links):
        return "refused"
    if any(isinstance(e, OSError) and e.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH)
           for e in links):
        return "unreachable"
    if any(isinstance(e, (socket.timeout, urllib3.exceptions.TimeoutError)) for e in links):
        return "timeout"
    reset_types = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                   http.client.RemoteDisconnected, http.client.IncompleteRead,
                   urllib3.exceptions.ProtocolError, requests.exceptions.ChunkedEncodingError)
    if any(isinstance(e, reset_types) for e in links):
        return "reset"
    return "other"


def describe(exc: BaseException, kind: TransportKind) -> str:
    """A one-line human reason for a transport failure."""
    text = {
        "timeout": "timed out",
        "reset": "connection reset or closed mid-answer",
        "dns": "host name does not resolve",
        "refused": "connection refused",
        "unreachable": "network or host unreachable",
        "tls": "TLS/certificate error",
        "too-large": "answer too large",
        "redirects": "too many redirects",
        "invalid": "invalid URL",
        "not-cached": "not in the cache (offline mode)",
        "other": "request failed",
    }[kind]
    detail = str(exc).strip()
    if kind in ("timeout", "too-large") and detail:
        return f"{text} ({detail})"
    return text
