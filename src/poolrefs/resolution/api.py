"""The public entry point, :func:`resolve`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..http import HttpClient, HttpConfig
from ..model import Reference
from .engine import Resolver, SearchSettings, as_items
from .result import Resolution
from .services import Endpoints, Registries, make_client

__all__ = ["resolve"]


def resolve(
    refs: Reference | str | Iterable[Reference | str],
    *,
    mailto: str | None = None,
    crossref_url: str | None = None,
    doi_url: str | None = None,
    datacite_url: str | None = None,
    ieee_url: str | None = None,
    ieee_api_key: str | None = None,
    offline: bool = False,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    timeout: float = 15.0,
    retries: int = 2,
    workers: int = 8,
    rows: int = 10,
    min_score: float = 0.4,
    min_similarity: float = 0.7,
    margin: float = 0.05,
    enrich: bool = False,
    client: HttpClient | None = None,
    progress: Callable[[Resolution], None] | None = None,
) -> list[Resolution]:
    """Find the DOI and registry record of each reference, and what its citation got wrong.

    One failing reference never stops the others: failures come back as ``error`` results.
    Once a service is found unreachable, the remaining references fail at once with a clear
    message instead of each waiting through retries.

    Args:
        refs: references, reference texts (parsed with ``poolrefs.parse_reference``), or one.
        mailto: contact address for Crossref's polite pool (default ``POOLREFS_MAILTO``).
        crossref_url: Crossref REST API base URL (default ``POOLREFS_CROSSREF_URL``, else
            ``https://api.crossref.org``).
        doi_url: doi.org base URL (``POOLREFS_DOI_URL``, else ``https://doi.org``).
        datacite_url: DataCite REST API (``POOLREFS_DATACITE_URL``, else
            ``https://api.datacite.org``).
        ieee_url: IEEE Xplore API (``POOLREFS_IEEE_URL``, else
            ``https://ieeexploreapi.ieee.org``).
        ieee_api_key: IEEE Xplore API key (default ``POOLREFS_IEEE_API_KEY``); without one,
            IEEE links are resolved by validated Crossref search.
        offline: answer from the cache alone (uncached lookups become ``error`` results).
        cache: keep answers in the persistent cache (``POOLREFS_CACHE_DIR`` or the user cache).
        cache_dir: cache directory overriding the default.
        timeout: seconds per request attempt.
        retries: extra attempts on 429, 5xx, 408, timeouts and resets.
        workers: references resolved at once (Crossref itself is capped at 3 requests in flight).
        rows: search candidates fetched per reference.
        min_score: minimum Crossref relevance score per character of the query.
        min_similarity: minimum validation similarity to accept a candidate.
        margin: two passing candidates closer than this make the result ``ambiguous``.
        enrich: return each matched reference merged with its registry record.
        client: an existing HTTP client (its own settings win over the ones above).
        progress: called with each result as it completes (from the calling thread).

    Returns:
        One :class:`Resolution` per input, in input order.

    Example:
        >>> results = poolrefs.resolve(refs, mailto="me@example.org")   # doctest: +SKIP
        >>> [(r.status, r.doi) for r in results]                          # doctest: +SKIP
        [('matched', '10.1016/j.ijindorg.2010.08.006'), ('unmatched', None)]
    """
    items = as_items(refs)
    endpoints = Endpoints.from_options(
        {"crossref_url": crossref_url, "doi_url": doi_url, "datacite_url": datacite_url,
         "ieee_url": ieee_url, "ieee_api_key": ieee_api_key}
    )
    settings = SearchSettings(rows=rows, min_score=min_score, min_similarity=min_similarity, margin=margin)
    own = client is None
    if client is None:
        config = HttpConfig(mailto=mailto, timeout=timeout, retries=retries, cache=cache,
                            cache_path=cache_dir, offline=offline)
        client = make_client(endpoints, config)
    try:
        resolver = Resolver(Registries(client, endpoints, mailto=mailto), settings, enrich=enrich)
        return resolver.resolve_all(items, workers=workers, progress=progress)
    finally:
        if own:
            client.close()
