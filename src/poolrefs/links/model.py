"""Link-check results: :class:`LinkResult` and the status vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

__all__ = ["STATUSES", "LinkResult", "LinkStatus", "Redirect"]

LinkStatus = Literal[
    "ok",  # final 2xx (temporary redirects allowed)
    "redirected",  # 2xx reached through a permanent redirect (301/308): update the citation
    "broken",  # 404/410, unknown host, refused, redirect loop or > 10 redirects
    "blocked",  # 401/403/451 or a bot-challenge page: inconclusive, never called dead
    "rate-limited",  # still 429 after the retries
    "server-error",  # 5xx or connection reset after the retries
    "timeout",  # no answer within the timeout after the retries
    "invalid",  # not a URL, or a scheme other than http/https
    "offline",  # this machine has no working network at all
]

#: Every status, in report order.
STATUSES: tuple[LinkStatus, ...] = get_args(LinkStatus)


@dataclass(frozen=True)
class Redirect:
    """One redirect followed: the answer's status and the URL it pointed to."""

    status: int
    url: str

    @property
    def permanent(self) -> bool:
        """True for 301 and 308."""
        return self.status in (301, 308)


@dataclass(frozen=True)
class LinkResult:
    """The outcome of checking one link.

    Attributes:
        url: the link as given.
        status: one of :data:`STATUSES`.
        http_status: the last HTTP status seen, if any answer came.
        final_url: where the link led (after redirects), when it was reached.
        redirects: each redirect followed, in order.
        elapsed: seconds spent on this link (retries and waits included; 0 from the cache).
        message: a short human explanation.
        doi: the DOI, when the link is a DOI (checked through the handle API).
        landing: for a registered DOI, the check of its landing page, reported separately.
        from_cache: True when the result came from the link-result cache.
    """

    url: str
    status: LinkStatus
    http_status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    elapsed: float = 0.0
    message: str = ""
    doi: str | None = None
    landing: LinkResult | None = None
    from_cache: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``landing`` nested, redirects as ``{status, url}``)."""
        return {
            "url": self.url,
            "status": self.status,
            "http_status": self.http_status,
            "final_url": self.final_url,
            "redirects": [{"status": r.status, "url": r.url} for r in self.redirects],
            "elapsed": round(self.elapsed, 3),
            "message": self.message,
            "doi": self.doi,
            "landing": self.landing.to_dict() if self.landing else None,
            "from_cache": self.from_cache,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkResult:
        """Inverse of :meth:`to_dict`."""
        status = data["status"]
        if status not in STATUSES:
            raise ValueError(f"unknown link status {status!r}")
        landing = data.get("landing")
        return cls(
            url=data["url"],
            status=status,
            http_status=data.get("http_status"),
            final_url=data.get("final_url"),
            redirects=tuple(Redirect(r["status"], r["url"]) for r in data.get("redirects", [])),
            elapsed=float(data.get("elapsed", 0.0)),
            message=data.get("message", ""),
            doi=data.get("doi"),
            landing=cls.from_dict(landing) if landing else None,
            from_cache=bool(data.get("from_cache", False)),
        )
