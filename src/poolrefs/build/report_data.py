"""From a build's results to the report's plain data."""

from __future__ import annotations

from ..report import Discrepancy, LinkBadge, ReportData, ReportEntry, TopicBadge
from ..topics import default_taxonomy
from .pipeline import BuildResult

__all__ = ["report_data"]


def report_data(result: BuildResult, *, title: str) -> ReportData:
    """The report of a build: entries in the first style's order, with badges and notes."""
    style = next(iter(result.bibliographies), "")
    html_entries = result.bibliographies.get(style, {}).get("html", [])
    order = html_entries or [(i, "") for i in range(len(result.references))]
    entries = tuple(_entry(result, index, html) for index, html in order)
    labels = {t.id: t.label_en for t in default_taxonomy().topics}
    return ReportData(title, style, entries, labels, tuple(result.notes))


def _entry(result: BuildResult, index: int, html: str) -> ReportEntry:
    ref = result.references[index]
    res = result.resolutions[index]
    topics = tuple(TopicBadge(t.topic, t.score, tuple(t.evidence)) for t in result.tags[index])
    links = tuple(LinkBadge(link.url, link.status, link.message) for link in result.links[index])
    discrepancies = tuple(
        Discrepancy(d.field, d.cited, d.registered) for d in (res.discrepancies if res else [])
    )
    return ReportEntry(
        ref_id=str(ref.id),
        html=html,
        year=ref.year,
        topics=topics,
        doi=(res.doi if res and res.doi else ref.doi),
        resolution=res.status if res else "skipped",
        confidence=res.confidence if res and res.status == "matched" else None,
        links=links,
        discrepancies=discrepancies,
    )
