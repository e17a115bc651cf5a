"""The registries resolution talks to: Crossref, doi.org, DataCite, IEEE Xplore.

All requests go through the shared HTTP layer (:class:`poolrefs.http.HttpClient`: limits,
retries, back-off, cache, offline mode). This module adds only what is specific to the
registries: their URLs and JSON shapes, Crossref's ``mailto`` query parameter, and a circuit
breaker so that once a service is known unreachable the remaining references fail at once
instead of each spending retries x timeouts.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from ..errors import ServiceError
from ..http import DAY, HostLimit, HttpClient, HttpConfig, TransportError
from ..model import Reference
from .records import from_crossref, from_csl_item, from_datacite, from_ieee

__all__ = ["DEFAULT_URLS", "Endpoints", "Registries", "make_client"]

T = TypeVar("T")

#: Option name -> (environment variable, default base URL).
DEFAULT_URLS = {
    "crossref_url": ("POOLREFS_CROSSREF_URL", "https://api.crossref.org"),
    "doi_url": ("POOLREFS_DOI_URL", "https://doi.org"),
    "datacite_url": ("POOLREFS_DATACITE_URL", "https://api.datacite.org"),
    "ieee_url": ("POOLREFS_IEEE_URL", "https://ieeexploreapi.ieee.org"),
}
#: Crossref's polite pool allows few concurrent requests (since December 2025).
CROSSREF_CONCURRENCY = 3
# Transport failures that mean "the service is down", not "this request was unlucky".
_OUTAGE_KINDS = frozenset({"refused", "dns", "unreachable", "timeout", "reset", "tls"})
# ...of which these mean nothing listens at all: trip at once.
_INSTANT_KINDS = frozenset({"refused", "dns", "unreachable"})
_STRIKES = 2
# Fields a search needs (Crossref's ``select``): items then omit reference lists, licences...
_SELECT = ",".join((
    "DOI", "type", "title", "subtitle", "author", "editor", "container-title", "short-container-title",
    "issued", "published-print", "published-online", "volume", "issue", "page", "publisher",
    "publisher-location", "ISSN", "ISBN", "URL", "score",
))
_CSL_ACCEPT = "application/vnd.citationstyles.csl+json"


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the services and the IEEE API key (options, else environment)."""

    crossref_url: str
    doi_url: str
    datacite_url: str
    ieee_url: str
    ieee_api_key: str | None = None

    @classmethod
    def from_options(cls, options: Mapping[str, str | None]) -> Endpoints:
        """Resolve each base URL from ``options``, else its environment variable, else default."""
        urls = {
            name: (options.get(name) or os.environ.get(env) or default).rstrip("/")
            for name, (env, default) in DEFAULT_URLS.items()
        }
        key = options.get("ieee_api_key") or os.environ.get("POOLREFS_IEEE_API_KEY") or None
        return cls(**urls, ieee_api_key=key)

    def hostname(self, name: str) -> str:
        """The host name of a service's base URL (the HTTP layer's per-host limit key)."""
        url: str = getattr(self, name)
        return urlsplit(url).hostname or ""

    def pattern(self, name: str) -> str:
        """A service's base URL without scheme (the HTTP cache's URL-pattern form)."""
        url: str = getattr(self, name)
        parts = urlsplit(url)
        return f"{parts.netloc}{parts.path}"


def make_client(endpoints: Endpoints, config: HttpConfig) -> HttpClient:
    """An HTTP client with Crossref capped at 3 in flight and per-service cache lifetimes."""
    limits = {endpoints.hostname("crossref_url"): HostLimit(CROSSREF_CONCURRENCY), **config.host_limits}
    crossref = endpoints.pattern("crossref_url")
    lifetimes = {
        f"{crossref}/works[?]*": 7 * DAY,  # searches: the index grows
        f"{crossref}/*": 30 * DAY,
        **{f"{endpoints.pattern(name)}/*": 30 * DAY for name in ("doi_url", "datacite_url", "ieee_url")},
        **config.urls_expire_after,
    }
    return HttpClient(replace(config, host_limits=limits, urls_expire_after=lifetimes))


class Registries:
    """Typed calls to the registries, with a per-service circuit breaker.

    Args:
        client: the shared HTTP client.
        endpoints: base URLs and the IEEE key.
        mailto: contact address sent to Crossref as the ``mailto`` parameter.
    """

    def __init__(self, client: HttpClient, endpoints: Endpoints, *, mailto: str | None = None):
        self.client = client
        self.endpoints = endpoints
        self.mailto = mailto or os.environ.get("POOLREFS_MAILTO") or None
        self._down: dict[str, str] = {}
        self._strikes: dict[str, int] = {}
        self._turns: dict[str, threading.BoundedSemaphore] = {}
        self._select = True
        self._lock = threading.Lock()

    # ----- circuit breaker ---------------------------------------------------------

    def _turnstile(self, service: str) -> threading.BoundedSemaphore:
        with self._lock:
            if service not in self._turns:
                size = CROSSREF_CONCURRENCY if service == "crossref" else self.client.config.per_host
                self._turns[service] = threading.BoundedSemaphore(max(1, size))
            return self._turns[service]

    def _guard(self, service: str, call: Callable[[], T]) -> T:
        # Wait for a turn *before* checking the breaker, so that requests queued behind a
        # failing one fail at once instead of each waiting through retries x timeouts.
        with self._turnstile(service):
            with self._lock:
                reason = self._down.get(service)
            if reason is not None:
                raise ServiceError(f"{service} unreachable earlier in this run ({reason}); not retried")
            try:
                result = call()
            except TransportError as exc:
                self._failed(service, exc)
                raise
        with self._lock:
            self._strikes[service] = 0
        return result

    def _failed(self, service: str, exc: TransportError) -> None:
        """Trip the breaker: at once when nothing listens, after 2 straight failures otherwise."""
        if exc.kind not in _OUTAGE_KINDS:
            return
        with self._lock:
            self._strikes[service] = self._strikes.get(service, 0) + 1
            if exc.kind in _INSTANT_KINDS or self._strikes[service] >= _STRIKES:
                self._down.setdefault(service, f"{exc.kind}: {_redact(exc.url or '')}")

    def _json(self, service: str, url: str, *, params: Mapping[str, str] | None = None,
              accept: tuple[int, ...] = (200, 404), headers: Mapping[str, str] | None = None) -> tuple[int, Any]:
        merged = {"Accept": "application/json", **(headers or {})}
        result = self._guard(service, lambda: self.client.get(url, params=params, headers=merged))
        if result.status not in accept:
            raise ServiceError(f"{service} answered an error", url=_redact(result.url), status=result.status)
        if result.status == 404:
            return 404, None
        try:
            return result.status, result.json()
        except (ValueError, ServiceError) as exc:
            raise ServiceError(f"{service} answered something that is not JSON",
                               url=_redact(result.url), status=result.status) from exc

    def _crossref_params(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        params = dict(extra or {})
        if self.mailto:
            params["mailto"] = self.mailto
        return params

    # ----- calls -------------------------------------------------------------------

    def handle_exists(self, doi: str) -> bool:
        """Whether the DOI is registered (doi.org handle API: responseCode 1 or 200 vs 100)."""
        url = f"{self.endpoints.doi_url}/api/handles/{quote(doi, safe='/')}"
        status, data = self._json("doi.org", url)
        if status == 404:
            return False
        code = data.get("responseCode") if isinstance(data, dict) else None
        # 1: found; 200: found, but no values matched the query; 100: handle not found
        if code not in (1, 100, 200):
            raise ServiceError(f"doi.org handle API answered responseCode {code!r}", url=url)
        return bool(code != 100)

    def crossref_work(self, doi: str) -> Reference | None:
        """The Crossref record of a DOI, or ``None`` when Crossref does not hold it."""
        url = f"{self.endpoints.crossref_url}/works/{quote(doi, safe='/')}"
        status, data = self._json("crossref", url, params=self._crossref_params())
        if status == 404:
            return None
        return from_crossref(_message(data, url, "work"))

    def crossref_search(
        self, query: str, *, rows: int, min_score: float = 0.0
    ) -> tuple[int, list[tuple[Reference, float]]]:
        """Crossref ``query.bibliographic`` search.

        Returns:
            The number of items answered, and (record, relevance score) for those scoring at
            least ``min_score``, best first (only these are converted).
        """
        url = f"{self.endpoints.crossref_url}/works"
        params = self._crossref_params({"query.bibliographic": query, "rows": str(rows)})
        if self._select:
            params["select"] = _SELECT
        status, data = self._json("crossref", url, params=params, accept=(200, 400))
        if status == 400 and self._select:  # a mirror or API version refusing a field: ask for all
            self._select = False
            params.pop("select")
            status, data = self._json("crossref", url, params=params, accept=(200,))
        if status != 200:
            raise ServiceError("crossref refused the search", url=url, status=status)
        items = _message(data, url, "work-list").get("items")
        if not isinstance(items, list):
            raise ServiceError("crossref search answer has no message.items list", url=url)
        out = []
        for item in items:
            score = item.get("score") if isinstance(item, dict) else None
            if isinstance(score, (int, float)) and score >= min_score:
                out.append((from_crossref(item), float(score)))
        return len(items), out

    def datacite_work(self, doi: str) -> Reference | None:
        """The DataCite record of a DOI, or ``None`` when DataCite does not hold it."""
        url = f"{self.endpoints.datacite_url}/dois/{quote(doi, safe='/')}"
        status, data = self._json("datacite", url, headers={"Accept": "application/vnd.api+json"})
        return None if status == 404 else from_datacite(data)

    def csl_work(self, doi: str) -> Reference | None:
        """CSL-JSON by content negotiation at doi.org (any registration agency)."""
        url = f"{self.endpoints.doi_url}/{quote(doi, safe='/')}"
        status, data = self._json("doi.org", url, headers={"Accept": _CSL_ACCEPT}, accept=(200, 404, 406))
        return from_csl_item(data) if status == 200 else None

    def ieee_article(self, number: str) -> Reference | None:
        """The IEEE Xplore record of an article number (needs an API key)."""
        if not self.endpoints.ieee_api_key:
            raise ServiceError("no IEEE Xplore API key (set POOLREFS_IEEE_API_KEY)")
        url = f"{self.endpoints.ieee_url}/api/v1/search/articles"
        params = {"article_number": number, "apikey": self.endpoints.ieee_api_key}
        _, data = self._json("ieee", url, params=params, accept=(200,))
        articles = data.get("articles") if isinstance(data, dict) else None
        if not articles:
            return None
        if not isinstance(articles, list):
            raise ServiceError("IEEE answer's articles is not a list", url=url)
        return from_ieee(articles[0])


def _redact(url: str) -> str:
    return re.sub(r"(apikey=)[^&]+", r"\1***", url)


def _message(data: Any, url: str, kind: str) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("status") != "ok" or not isinstance(data.get("message"), dict):
        raise ServiceError(f"crossref answer is not an ok {kind} message", url=url)
    message: dict[str, Any] = data["message"]
    return message
