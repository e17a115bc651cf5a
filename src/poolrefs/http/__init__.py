"""The HTTP layer: the only place poolrefs imports ``requests``.

Every network call in poolrefs (resolution, link checking) goes through one
:class:`HttpClient`, which gives each request:

- **identification**: ``User-Agent: poolrefs/<version> (+<project URL>; mailto:<addr>)``, the
  address from ``HttpConfig(mailto=...)`` or ``POOLREFS_MAILTO``;
- **limits**: a global cap on requests in flight (``concurrency``), a per-host cap
  (``per_host``, overridable per host with ``host_limits={"api.crossref.org": HostLimit(3)}``)
  and a per-host minimum interval between request starts (``min_interval``);
- **adaptive back-off**: a 429 holds back every request to that host for ``Retry-After``
  (delta-seconds or HTTP date; capped at ``retry_after_cap``) and doubles the host's interval,
  which recovers on successes; ``x-rate-limit-limit`` / ``x-rate-limit-interval`` headers set
  the host's interval to at least ``interval / limit``;
- **retries**: ``retries`` extra attempts, with exponential back-off and jitter, on 5xx, 408,
  429, timeouts and connection resets only (never on other 4xx, DNS or refused connections);
- **bounded time and size**: ``connect_timeout`` to connect, and a wall-clock ``timeout`` per
  attempt enforced by a watchdog that shuts the socket down, so slow headers, trickled or
  endless bodies cannot hang a call; at most ``max_bytes`` of body are read (more raises
  ``TransportError(kind="too-large")``, or is cut off with ``truncate=True``);
- **caching**: a persistent SQLite cache (requests-cache) in ``cache_path``,
  ``POOLREFS_CACHE_DIR`` or the user cache directory, with a default lifetime
  (``expire_after``) and per-service lifetimes by URL pattern (``urls_expire_after``); only
  200/203/300/301/308/404/410 answers are stored, never 408, 429, 5xx or transport failures;
  the cache key includes the ``Accept`` header but not ``mailto``/API keys;
- **offline mode** (``offline=True``): answers from the cache only; anything else raises
  ``TransportError`` with ``kind == "not-cached"`` and nothing is sent;
- **accounting**: ``client.network_requests`` counts requests actually sent (cache hits do
  not count; redirect hops and retries do), so a test can prove a cached run sends none.

API::

    from poolrefs.http import HttpClient, HttpConfig, HostLimit, TransportError

    client = HttpClient(HttpConfig(mailto="me@example.org", retries=2,
                                   host_limits={"api.crossref.org": HostLimit(3)},
                                   urls_expire_after={"api.crossref.org/*": 30 * 86400}))
    data = client.get_json(url, params={...})        # 200 -> parsed JSON; else ServiceError
    data = client.get_json(url, accept=(200, 404))   # also return the JSON of a 404
    res = client.get(url, headers={...})             # HttpResult, any status (never raises
    res = client.head(url, allow_redirects=False)    #   for a status; TransportError if no
    res = client.request("GET", url, truncate=True, max_bytes=65536, cache=False)  # answer)
    res.status, res.final_url, res.headers["content-type"], res.content, res.text, res.json()
    res.from_cache, res.history, res.attempts, res.elapsed, res.truncated
    client.network_requests                          # requests really sent so far

Errors: :class:`TransportError` (a :class:`poolrefs.ServiceError`; ``.url``, ``.kind`` one of
``timeout reset dns refused unreachable tls too-large redirects invalid not-cached other``),
chained to the underlying exception; ``get_json`` raises ``ServiceError`` with ``.status``
for unexpected statuses and for bodies that are not JSON.
"""

from __future__ import annotations

from .client import HttpClient, HttpResult, retry_after_seconds
from .config import DAY, PROJECT_URL, HttpConfig, cache_dir, user_agent
from .errors import TransportError, TransportKind
from .limits import HostLimit, HostLimiter

__all__ = [
    "DAY",
    "PROJECT_URL",
    "HostLimit",
    "HostLimiter",
    "HttpClient",
    "HttpConfig",
    "HttpResult",
    "TransportError",
    "TransportKind",
    "cache_dir",
    "retry_after_seconds",
    "user_agent",
]
