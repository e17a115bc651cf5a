"""What the HTML report shows: plain data, independent of how it was computed."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Discrepancy", "LinkBadge", "ReportData", "ReportEntry", "TopicBadge"]


@dataclass(frozen=True)
class TopicBadge:
    """One topic tag of an entry."""

    topic: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkBadge:
    """The check result of one URL or DOI of an entry."""

    url: str
    status: str
    message: str = ""


@dataclass(frozen=True)
class Discrepancy:
    """A field where the citation and the registry disagree."""

    field: str
    cited: str
    registry: str


@dataclass(frozen=True)
class ReportEntry:
    """One bibliography entry with everything known about it.

    ``html`` is the entry as rendered by the CSL renderer's HTML format, whose values are
    already escaped; every other string is escaped by the report.
    """

    ref_id: str
    html: str
    year: int | None = None
    topics: tuple[TopicBadge, ...] = ()
    doi: str | None = None
    resolution: str = "skipped"
    confidence: float | None = None
    links: tuple[LinkBadge, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()


@dataclass(frozen=True)
class ReportData:
    """The whole report: a title, the entries in bibliography order, topic labels, notes."""

    title: str
    style: str
    entries: tuple[ReportEntry, ...]
    topic_labels: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
