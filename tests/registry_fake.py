"""A fake Crossref + doi.org + DataCite + IEEE Xplore server on 127.0.0.1 (pytest-httpserver).

It speaks the services' documented paths and JSON shapes:

* ``GET /works/{doi}`` -> ``{"status": "ok", "message-type": "work", "message": {...}}``, or
  404 ``Resource not found.``;
* ``GET /works?query.bibliographic=...&rows=N`` -> a ``work-list`` whose items carry a relevance
  ``score`` (here: summed length of the query words the record contains, so that scores grow
  with the query length like Crossref's);
* ``GET /api/handles/{doi}`` -> ``{"responseCode": 1, ...}`` (200) or ``{"responseCode": 100}``
  (404); ``GET /{doi}`` with ``Accept: application/vnd.citationstyles.csl+json`` -> CSL-JSON;
* ``GET /dois/{doi}`` -> DataCite JSON:API, or 404 with ``errors``;
* ``GET /api/v1/search/articles?article_number=N&apikey=K`` -> ``{"total_records": n,
  "articles": [...]}``; 403 for a wrong key.

Faults are injected per service (``crossref``, ``doi``, ``datacite``, ``ieee``): ``inject(service,
Fault(...), ...)`` makes the next requests answer 429 with Retry-After, 5xx, garbage, or slowly.
Every request is recorded in ``requests`` (service, path, query) and counted.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import unicodedata
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "test-ieee-key"
logging.getLogger("werkzeug").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Fault:
    """One faulty answer: ``status`` (429, 500, 503...), garbage JSON, or a delay first."""

    status: int = 200
    retry_after: str | None = None
    garbage: bool = False
    delay: float = 0.0


def _fold(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("&amp;", " ")
    return re.findall(r"\w+", text)


def _document(item: dict[str, Any]) -> set[str]:
    parts = list(item.get("title", [])) + list(item.get("container-title", []))
    for a in item.get("author", []):
        parts += [a.get("given", ""), a.get("family", "")]
    parts += [str(item.get(k, "")) for k in ("volume", "issue", "page")]
    parts += [str(item["issued"]["date-parts"][0][0])]
    words = set()
    for p in parts:
        words.update(_fold(p))
    return words


class FakeRegistries:
    """The fake services; ``url`` is the base URL of all four."""

    def __init__(
        self,
        works: list[dict[str, Any]],
        *,
        datacite: dict[str, dict[str, Any]] | None = None,
        csl: dict[str, dict[str, Any]] | None = None,
        ieee: dict[str, dict[str, Any]] | None = None,
        latency: float = 0.0,
        rate_limit: int | None = 50,
    ):
        self.works = {w["DOI"].lower(): w for w in works}
        self.docs = {doi: _document(w) for doi, w in self.works.items()}
        self.datacite = {k.lower(): v for k, v in (datacite or {}).items()}
        self.csl = {k.lower(): v for k, v in (csl or {}).items()}
        self.ieee = ieee or {}
        self.latency = latency
        self.refuse_select = False
        # Crossref announces its limit as x-rate-limit-limit / x-rate-limit-interval headers
        self.rate_headers = {"x-rate-limit-limit": str(rate_limit), "x-rate-limit-interval": "1s"} if rate_limit else {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self.in_flight = 0
        self.peak: dict[str, int] = {}
        self._active: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    # ----- lifecycle -------------------------------------------------------------

    def __enter__(self) -> FakeRegistries:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.clear()
        if self.server.is_running():
            self.server.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def options(self, **extra: Any) -> dict[str, Any]:
        """``resolve()`` options pointing every service here (fast retries)."""
        return {"crossref_url": self.url, "doi_url": self.url, "datacite_url": self.url,
                "ieee_url": self.url, "timeout": 2.0, "retries": 2, **extra}

    def inject(self, service: str, *faults: Fault) -> None:
        """Answer the next requests to ``service`` with these faults, in order."""
        with self._lock:
            self.faults.setdefault(service, deque()).extend(faults)

    def reset(self) -> None:
        """Forget recorded requests and pending faults (reuse one server across tests)."""
        with self._lock:
            self.requests.clear()
            self.faults.clear()
            self.peak.clear()

    def count(self, service: str | None = None) -> int:
        """Requests received (for one service, or all)."""
        return sum(1 for s, _, _ in self.requests if service in (None, s))

    # ----- dispatch --------------------------------------------------------------

    def _service(self, path: str) -> str:
        if path.startswith("/works"):
            return "crossref"
        if path.startswith("/dois/"):
            return "datacite"
        if path.startswith("/api/v1/"):
            return "ieee"
        return "doi"

    def _handle(self, request: Request) -> Response:
        service = self._service(request.path)
        with self._lock:
            self.requests.append((service, request.path, dict(request.args)))
            self._active[service] = self._active.get(service, 0) + 1
            self.peak[service] = max(self.peak.get(service, 0), self._active[service])
            queue = self.faults.get(service)
            fault = queue.popleft() if queue else None
        try:
            if self.latency:
                time.sleep(self.latency)
            if fault is not None:
                time.sleep(fault.delay)
                if fault.garbage:
                    return Response('{"status": "ok", "message": {"items": [', status=200,
                                    content_type="application/json")
                if fault.status != 200:
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    return Response("Too Many Requests" if fault.status == 429 else "Server error",
                                    status=fault.status, headers=headers)
            return getattr(self, f"_{service}")(request)
        finally:
            with self._lock:
                self._active[service] -= 1

    def _json(self, data: Any, status: int = 200, content_type: str = "application/json") -> Response:
        return Response(json.dumps(data, ensure_ascii=False), status=status, content_type=content_type,
                        headers=self.rate_headers)

    def _crossref(self, request: Request) -> Response:
        if request.path == "/works":
            return self._search(request)
        doi = unquote(request.path.removeprefix("/works/")).lower()
        work = self.works.get(doi)
        if work is None:
            return Response("Resource not found.", status=404, content_type="text/plain")
        message = {k: v for k, v in work.items() if k != "score"}
        return self._json({"status": "ok", "message-type": "work", "message-version": "1.0.0",
                           "message": message})

    def _search(self, request: Request) -> Response:
        query = request.args.get("query.bibliographic", "")
        rows = int(request.args.get("rows", "20"))
        words = _fold(query)
        hits = []
        for doi, doc in self.docs.items():
            score = float(sum(len(w) + 1 for w in words if w in doc))
            if score > 0:
                hits.append({**self.works[doi], "score": score})
        hits.sort(key=lambda h: -h["score"])
        select = request.args.get("select")
        if select:  # documented: only these fields of each item
            fields = set(select.split(","))
            if self.refuse_select:
                return self._json({"status": "failed", "message-type": "validation-failure",
                                   "message": [{"type": "parameter-not-allowed", "value": "select"}]}, status=400)
            hits = [{k: v for k, v in h.items() if k in fields} for h in hits]
        return self._json({
            "status": "ok", "message-type": "work-list", "message-version": "1.0.0",
            "message": {"facets": {}, "total-results": len(hits), "items": hits[:rows],
                        "items-per-page": rows, "query": {"start-index": 0, "search-terms": None}},
        })

    def _registered(self, doi: str) -> bool:
        return doi in self.works or doi in self.datacite or doi in self.csl

    def _doi(self, request: Request) -> Response:
        if request.path.startswith("/api/handles/"):
            doi = unquote(request.path.removeprefix("/api/handles/"))
            if self._registered(doi.lower()):
                return self._json({"responseCode": 1, "handle": doi, "values": [
                    {"index": 1, "type": "URL", "data": {"format": "string", "value": f"https://publisher.example/{doi}"},
                     "ttl": 86400, "timestamp": "2019-01-01T00:00:00Z"}]})
            return self._json({"responseCode": 100, "handle": doi}, status=404)
        doi = unquote(request.path.lstrip("/")).lower()
        if "citationstyles" not in request.headers.get("Accept", ""):
            return Response("", status=302, headers={"Location": f"https://publisher.example/{doi}"})
        if doi in self.csl:
            return self._json(self.csl[doi], content_type="application/vnd.citationstyles.csl+json")
        return Response("DOI Not Found", status=404, content_type="text/html")

    def _datacite(self, request: Request) -> Response:
        doi = unquote(request.path.removeprefix("/dois/")).lower()
        if doi in self.datacite:
            return self._json(self.datacite[doi], content_type="application/vnd.api+json")
        return self._json({"errors": [{"status": "404", "title": "The resource you are looking for doesn't exist."}]},
                          status=404, content_type="application/vnd.api+json")

    def _ieee(self, request: Request) -> Response:
        if request.args.get("apikey") != API_KEY:
            return Response("<h1>Developer Inactive</h1>", status=403, content_type="text/html")
        number = request.args.get("article_number", "")
        article = self.ieee.get(number)
        return self._json({"total_records": 1 if article else 0, "total_searched": 1,
                           "articles": [article] if article else []})
