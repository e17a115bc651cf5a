"""Settings of the HTTP layer: identification, limits, timeouts, retries, cache."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .limits import HostLimit

__all__ = ["PROJECT_URL", "HttpConfig", "cache_dir", "user_agent"]

#: Where people who see poolrefs in their server logs can read what it is.
#: Where the project lives, for the User-Agent; set POOLREFS_PROJECT_URL (none is invented).
PROJECT_URL = os.environ.get("POOLREFS_PROJECT_URL", "")

DAY = 86400.0


@dataclass(frozen=True)
class HttpConfig:
    """How :class:`~poolrefs.http.HttpClient` talks to the network.

    Attributes:
        mailto: contact address for the User-Agent (polite pools); default ``POOLREFS_MAILTO``.
        user_agent: a complete User-Agent replacing the generated one.
        timeout: wall-clock seconds for one attempt of one request, headers and body included.
        connect_timeout: seconds to establish a connection.
        max_bytes: longest body read; longer ones raise (or are cut with ``truncate=True``).
        retries: extra attempts after a 5xx, 408, 429, timeout or connection reset.
        backoff_base: first back-off delay in seconds; doubles per attempt, with jitter.
        backoff_max: longest back-off delay.
        retry_after_cap: longest wait honoured from a ``Retry-After`` header.
        concurrency: requests in flight at once, over all hosts.
        per_host: requests in flight at once to one host.
        min_interval: seconds between two request starts to one host.
        host_limits: per-host overrides (e.g. ``{"api.crossref.org": HostLimit(3)}``).
        cache: keep a persistent SQLite cache of successful answers.
        cache_path: the cache directory; default ``POOLREFS_CACHE_DIR`` or the user cache dir.
        expire_after: default cache lifetime in seconds.
        urls_expire_after: lifetimes per service, keyed by URL glob pattern
            (``{"api.crossref.org/*": 30 * DAY}``); first match wins.
        offline: answer from the cache alone; uncached requests raise ``TransportError``
            with ``kind == "not-cached"`` and send nothing.
    """

    mailto: str | None = None
    user_agent: str | None = None
    timeout: float = 20.0
    connect_timeout: float = 5.0
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 16.0
    retry_after_cap: float = 60.0
    concurrency: int = 16
    per_host: int = 4
    min_interval: float = 0.0
    host_limits: Mapping[str, HostLimit] = field(default_factory=dict)
    cache: bool = True
    cache_path: str | Path | None = None
    expire_after: float = 7 * DAY
    urls_expire_after: Mapping[str, float] = field(default_factory=dict)
    offline: bool = False


def cache_dir(config: HttpConfig | None = None) -> Path:
    """The cache directory: the config's, else ``POOLREFS_CACHE_DIR``, else the user cache dir."""
    if config is not None and config.cache_path is not None:
        return Path(config.cache_path)
    env = os.environ.get("POOLREFS_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("poolrefs", appauthor=False))


def _version() -> str:
    try:
        return metadata.version("poolrefs")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0"


def user_agent(config: HttpConfig) -> str:
    """``poolrefs/<version> (+<project URL>; mailto:<addr>)``, as polite APIs ask.

    The parts in brackets appear when known (``POOLREFS_PROJECT_URL``, the ``mailto`` option
    or ``POOLREFS_MAILTO``).
    """
    if config.user_agent:
        return config.user_agent
    mailto = config.mailto or os.environ.get("POOLREFS_MAILTO")
    parts = [f"+{PROJECT_URL}"] if PROJECT_URL else []
    parts += [f"mailto:{mailto}"] if mailto else []
    return f"poolrefs/{_version()}" + (f" ({'; '.join(parts)})" if parts else "")
