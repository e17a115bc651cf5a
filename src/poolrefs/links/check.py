"""``check_links``: many links, concurrently and politely, one result per input link."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from ..http import DAY, HttpClient, HttpConfig, cache_dir
from .cache import CACHEABLE, LinkCache
from .model import LinkResult
from .network import DEFAULT_PROBE_HOSTS, NetworkStatus
from .probe import Prober
from .schedule import HostQueue
from .targets import Target, parse_target

__all__ = ["DEFAULT_DOI_URL", "check_links"]

DEFAULT_DOI_URL = "https://doi.org"
log = logging.getLogger("poolrefs.links")
log.addHandler(logging.NullHandler())  # the library reports; applications decide what to show


def check_links(
    urls: Iterable[str],
    *,
    concurrency: int = 32,
    per_host: int = 4,
    timeout: float = 10.0,
    retries: int = 2,
    min_interval: float = 0.0,
    max_redirects: int = 10,
    retry_after_cap: float = 10.0,
    backoff_base: float = 0.5,
    cache: bool = True,
    cache_expire: float = DAY,
    cache_path: str | Path | None = None,
    doi_url: str | None = None,
    mailto: str | None = None,
    probe_hosts: Sequence[str] = DEFAULT_PROBE_HOSTS,
    progress: Callable[[LinkResult], None] | None = None,
) -> list[LinkResult]:
    """Check links; one :class:`LinkResult` per input link, in input order.

    Each link is tried with HEAD, then a ``Range: bytes=0-0`` GET when HEAD looks
    unsupported; redirects are followed by hand (at most ``max_redirects``, loops detected).
    DOIs (``10.x/y``, ``doi:``, doi.org URLs) are checked through the doi.org handle API and
    their landing page is checked and reported separately (``result.landing``). Time per
    link is bounded whatever the server does: about ``(retries + 1) * timeout`` per request
    plus back-off. Duplicate links are checked once.

    Args:
        urls: the links (URLs or DOIs).
        concurrency: requests in flight at once, over all hosts.
        per_host: requests in flight at once to one host.
        timeout: wall-clock seconds per request attempt.
        retries: extra attempts on 5xx, 408, 429, timeouts and resets.
        min_interval: seconds between two request starts to one host.
        max_redirects: redirects followed before the link counts as broken.
        retry_after_cap: longest ``Retry-After`` wait honoured (seconds).
        backoff_base: first retry delay (seconds), doubling per attempt, with jitter.
        cache: reuse and store results in the persistent link cache (successes only).
        cache_expire: lifetime of a cached result (seconds).
        cache_path: cache directory (default ``POOLREFS_CACHE_DIR`` or the user cache dir).
        doi_url: the doi.org base URL (default ``POOLREFS_DOI_URL`` or ``https://doi.org``).
        mailto: contact address for the User-Agent (default ``POOLREFS_MAILTO``).
        probe_hosts: well-known hosts; when none resolves the run is ``offline``.
        progress: called with each result as it is ready (from worker threads).

    Returns:
        The results, in the order of ``urls``.

    Example:
        >>> results = poolrefs.check_links(["https://example.org/", "10.1000/182"])  # doctest: +SKIP
        >>> [r.status for r in results]  # doctest: +SKIP
        ['ok', 'ok']
    """
    links = list(urls)
    config = HttpConfig(
        mailto=mailto, timeout=timeout, connect_timeout=min(timeout, 5.0), retries=retries,
        concurrency=concurrency, per_host=per_host, min_interval=min_interval,
        retry_after_cap=retry_after_cap, backoff_base=backoff_base,
        backoff_max=max(backoff_base, 8.0), cache=False, cache_path=cache_path,
    )
    client = HttpClient(config)
    network = NetworkStatus(probe_hosts, timeout=min(timeout, 3.0))
    prober = Prober(client, network, doi_url=_doi_base(doi_url), max_redirects=max_redirects)
    store = LinkCache(cache_dir(config) / "links.sqlite", expire_after=cache_expire) if cache else None
    try:
        results = _run(links, prober, store, concurrency, per_host, progress)
    finally:
        client.close()
        if store is not None:
            store.close()
    if network.known_offline:
        log.warning("%s; links marked offline, not broken", network.describe())
    return [results[link] for link in links]


def _doi_base(doi_url: str | None) -> str:
    return (doi_url or os.environ.get("POOLREFS_DOI_URL") or DEFAULT_DOI_URL).rstrip("/")


def _cache_key(target: Target, prober: Prober) -> str:
    return f"doi:{target.doi.lower()}@{prober.doi_url}" if target.doi else target.url


def _host(target: Target, prober: Prober) -> str:
    url = f"{prober.doi_url}/" if target.kind == "doi" else target.url
    return (urlsplit(url).hostname or "").lower()


def _run(links: list[str], prober: Prober, store: LinkCache | None, concurrency: int,
         per_host: int, progress: Callable[[LinkResult], None] | None) -> dict[str, LinkResult]:
    results: dict[str, LinkResult] = {}
    lock = threading.Lock()
    pending: list[tuple[str, Target]] = []
    for link in dict.fromkeys(links):
        target = parse_target(link)
        cached = store.get(_cache_key(target, prober)) if store and target.kind != "invalid" else None
        if cached is not None:
            results[link] = replace(cached, url=link)
            if progress:
                progress(results[link])
        else:
            pending.append((link, target))
    queue = HostQueue(pending, lambda item: _host(item[1], prober), per_host)
    errors: list[BaseException] = []

    def worker() -> None:
        while (taken := queue.take()) is not None:
            host, (link, target) = taken
            try:
                result = replace(prober.check(target), url=link)
            except BaseException as exc:  # a bug, not a link problem: surface it after the run
                errors.append(exc)
                continue
            finally:
                queue.done(host)
            if store is not None and _cacheable(result):
                store.put(_cache_key(target, prober), result)
            with lock:
                results[link] = result
            if progress:
                progress(result)

    threads = [threading.Thread(target=worker, name=f"check-links-{i}", daemon=True)
               for i in range(max(1, min(concurrency, len(pending))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


def _cacheable(result: LinkResult) -> bool:
    return result.status in CACHEABLE and (
        result.landing is None or result.landing.status in CACHEABLE
    )
