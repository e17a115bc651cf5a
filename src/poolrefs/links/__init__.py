"""Link checking that tells dead links from blocked ones, fast and politely.

``check_links(urls, **options) -> list[LinkResult]``; statuses: ``ok``, ``redirected``,
``broken``, ``blocked``, ``rate-limited``, ``server-error``, ``timeout``, ``invalid``,
``offline``. All network access goes through :mod:`poolrefs.http`.

Modules: ``model`` (results), ``targets`` (what to check, DOIs, extraction, exclusion),
``classify`` (statuses and bot-challenge pages), ``probe`` (one link), ``network`` (offline
detection), ``schedule`` (fair per-host work queue), ``cache`` (persistent results),
``check`` (the batch).
"""

from __future__ import annotations

from .check import DEFAULT_DOI_URL, check_links
from .model import STATUSES, LinkResult, LinkStatus, Redirect
from .targets import exclude_urls, is_link_line, links_in_references, links_in_text

__all__ = [
    "DEFAULT_DOI_URL",
    "STATUSES",
    "LinkResult",
    "LinkStatus",
    "Redirect",
    "check_links",
    "exclude_urls",
    "is_link_line",
    "links_in_references",
    "links_in_text",
]
