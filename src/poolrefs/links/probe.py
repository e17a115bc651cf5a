"""Checking one link: HEAD first, GET fallback, manual redirects, DOIs via the handle API."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from ..errors import ServiceError
from ..http import HttpClient, HttpResult, TransportError
from .classify import behind_bot_protection, challenge_reason, status_for_http
from .model import LinkResult, LinkStatus, Redirect
from .network import NetworkStatus
from .targets import Target

__all__ = ["Prober"]

#: Body bytes read from a GET: enough to recognise a challenge page, never a whole PDF.
SNIFF_BYTES = 64 * 1024
#: HEAD answers that often mean "HEAD not supported" rather than the page's real state.
_HEAD_DOUBTFUL = frozenset({400, 403, 404, 405, 406, 410, 999})
_NO_GET_FALLBACK = frozenset({401, 407, 408, 429, 451})
_TRANSPORT_STATUS: dict[str, tuple[LinkStatus, str]] = {
    "timeout": ("timeout", "no answer within the timeout"),
    "reset": ("server-error", "connection reset by the server"),
    "refused": ("broken", "connection refused"),
    "tls": ("broken", "TLS/certificate error"),
    "redirects": ("broken", "too many redirects"),
    "invalid": ("invalid", "not a usable URL"),
    "too-large": ("broken", "answer too large"),
    "other": ("broken", "request failed"),
}


class Prober:
    """Checks links one at a time (thread-safe; share one per run)."""

    def __init__(self, client: HttpClient, network: NetworkStatus, *, doi_url: str,
                 max_redirects: int = 10):
        self.client = client
        self.network = network
        self.doi_url = doi_url.rstrip("/")
        self.max_redirects = max_redirects

    def check(self, target: Target) -> LinkResult:
        """Check one target; never raises for a network or server problem."""
        started = time.monotonic()
        if target.kind == "invalid":
            return LinkResult(target.url, "invalid", message=target.reason)
        if target.kind == "doi" and target.doi:
            result = self._check_doi(target.url, target.doi)
        else:
            result = self._check_web(target.url)
        return _with_elapsed(result, time.monotonic() - started)

    # web pages ------------------------------------------------------------------------------

    def _check_web(self, url: str) -> LinkResult:
        host = urlsplit(url).hostname or ""
        if self.network.known_offline and not self.network.host_resolves(host):
            return LinkResult(url, "offline", message=self.network.describe())
        redirects: list[Redirect] = []
        seen = {url}
        current = url
        while True:
            try:
                answer = self._fetch(current)
            except TransportError as exc:
                return self._transport_result(url, exc, redirects)
            reason = challenge_reason(answer.headers, answer.content)
            if reason:
                return _result(url, "blocked", answer, redirects, f"{reason} (inconclusive)")
            if 300 <= answer.status < 400 and answer.status != 304:
                location = answer.headers.get("location")
                if not location:
                    return _result(url, "broken", answer, redirects,
                                   f"HTTP {answer.status} redirect without a Location")
                following = urljoin(current, location.strip())
                redirects.append(Redirect(answer.status, following))
                if following in seen:
                    return _result(url, "broken", answer, redirects, "redirect loop")
                if len(redirects) > self.max_redirects:
                    return _result(url, "broken", answer, redirects,
                                   f"more than {self.max_redirects} redirects")
                if urlsplit(following).scheme.lower() not in ("http", "https"):
                    return _result(url, "broken", answer, redirects,
                                   f"redirect to an unsupported URL {following!r}")
                seen.add(following)
                current = following
                continue
            return self._final(url, answer, redirects)

    def _fetch(self, url: str) -> HttpResult:
        """HEAD, falling back to a ranged, truncated GET when HEAD looks unsupported.

        A 5xx to HEAD (already retried) gets one GET without retries: some servers fail only
        HEAD, and challenge pages served with 503 show themselves only in the body.
        """
        try:
            head = self.client.request("HEAD", url, allow_redirects=False, cache=False)
        except TransportError as exc:
            if exc.kind not in ("reset", "other"):
                raise
            return self._get(url, retries=0)
        if challenge_reason(head.headers, b""):
            return head
        if head.status >= 500:
            return self._get(url, retries=0)
        if head.status in _HEAD_DOUBTFUL or (
            400 <= head.status < 500 and head.status not in _NO_GET_FALLBACK
        ):
            return self._get(url)
        if head.ok and behind_bot_protection(head.headers):
            return self._get(url)  # a 200 may be a challenge page: look at the body
        return head

    def _get(self, url: str, *, retries: int | None = None) -> HttpResult:
        options: dict[str, Any] = {"allow_redirects": False, "cache": False,
                                   "max_bytes": SNIFF_BYTES, "truncate": True}
        if retries is not None:
            options["retries"] = retries
        answer = self.client.request("GET", url, headers={"Range": "bytes=0-0"}, **options)
        if answer.status == 416:  # the range itself was refused: ask for the page plainly
            answer = self.client.request("GET", url, **options)
        return answer

    def _final(self, url: str, answer: HttpResult, redirects: list[Redirect]) -> LinkResult:
        status, message = status_for_http(answer.status)
        if status == "ok" and redirects and redirects[0].permanent:
            status = "redirected"
            message = f"moved permanently (HTTP {redirects[0].status}): cite {answer.url}"
        elif status == "ok" and redirects:
            message = f"HTTP {answer.status} after {len(redirects)} temporary redirect(s)"
        final = answer.url if status in ("ok", "redirected") else None
        return _result(url, status, answer, redirects, message, final_url=final)

    def _transport_result(self, url: str, exc: TransportError,
                          redirects: list[Redirect]) -> LinkResult:
        if exc.kind in ("dns", "unreachable"):
            if self.network.offline():
                return LinkResult(url, "offline", redirects=tuple(redirects),
                                  message=self.network.describe())
            message = "host name does not resolve" if exc.kind == "dns" else "host unreachable"
            return LinkResult(url, "broken", redirects=tuple(redirects), message=message)
        status, message = _TRANSPORT_STATUS.get(exc.kind, ("broken", str(exc)))
        if exc.kind in ("timeout", "reset"):
            message += " (after the retries)"
        return LinkResult(url, status, redirects=tuple(redirects),
                          message=f"{message}: {exc.url}" if exc.url != url else message)

    # DOIs -----------------------------------------------------------------------------------

    def _check_doi(self, url: str, doi: str) -> LinkResult:
        api = f"{self.doi_url}/api/handles/{quote(doi, safe='/')}"
        host = urlsplit(api).hostname or ""
        if self.network.known_offline and not self.network.host_resolves(host):
            return LinkResult(url, "offline", doi=doi, message=self.network.describe())
        try:
            answer = self.client.request("GET", api, headers={"Accept": "application/json"},
                                         cache=False, max_bytes=1024 * 1024)
        except TransportError as exc:
            failed = self._transport_result(url, exc, [])
            return LinkResult(url, failed.status, doi=doi, message=f"handle API: {failed.message}")
        code = _response_code(answer)
        if code == 100 or (answer.status == 404 and code is None):
            return LinkResult(url, "broken", http_status=answer.status, doi=doi,
                              message="DOI is not registered (doi.org handle API: not found)")
        if code not in (1, 200):
            status, message = status_for_http(answer.status)
            if status == "ok":
                status, message = "server-error", f"unexpected handle API answer (code {code})"
            return LinkResult(url, status, http_status=answer.status, doi=doi,
                              message=f"handle API: {message}")
        landing_url = _landing_url(answer) or f"{self.doi_url}/{quote(doi, safe='/')}"
        landing = self._check_web(landing_url)
        return LinkResult(
            url, "ok", http_status=answer.status, final_url=landing.final_url or landing_url,
            doi=doi, landing=landing,
            message=f"DOI registered; landing page {landing.status}: {landing.message}",
        )


def _response_code(answer: HttpResult) -> int | None:
    try:
        data = answer.json()
    except ServiceError:
        return None
    code = data.get("responseCode") if isinstance(data, dict) else None
    return code if isinstance(code, int) else None


def _landing_url(answer: HttpResult) -> str | None:
    data = answer.json()
    for value in data.get("values", []) if isinstance(data, dict) else []:
        if isinstance(value, dict) and value.get("type") == "URL":
            inner = value.get("data")
            text = inner.get("value") if isinstance(inner, dict) else None
            if isinstance(text, str) and text.startswith(("http://", "https://")):
                return text
    return None


def _result(url: str, status: LinkStatus, answer: HttpResult, redirects: list[Redirect],
            message: str, *, final_url: str | None = None) -> LinkResult:
    return LinkResult(url, status, http_status=answer.status, final_url=final_url,
                      redirects=tuple(redirects), message=message)


def _with_elapsed(result: LinkResult, elapsed: float) -> LinkResult:
    return replace(result, elapsed=elapsed)
