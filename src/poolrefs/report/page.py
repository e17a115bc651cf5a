"""The self-contained HTML report: summary, chart, filters and the annotated bibliography."""

from __future__ import annotations

from collections import Counter
from html import escape
from importlib.resources import files

from .chart import topic_colors, works_per_year_chart
from .model import ReportData, ReportEntry

__all__ = ["render_report"]

_RESOLUTION_LABELS = {
    "matched": "registry match",
    "ambiguous": "ambiguous match",
    "unmatched": "no registry match",
    "error": "resolution error",
    "skipped": "not resolved",
}
_STATUS_LABELS = {
    **_RESOLUTION_LABELS,
    "no-links": "no links",
    **{f"link-{s}": f"link {s}" for s in
       ("ok", "redirected", "broken", "blocked", "rate-limited", "server-error", "timeout",
        "invalid", "offline")},
}  # fmt: skip
_PROBLEM_LINKS = ("broken", "blocked", "rate-limited", "server-error", "timeout", "invalid")


def render_report(data: ReportData) -> str:
    """The report as one HTML page: inline CSS, JavaScript and SVG, nothing fetched.

    The output depends only on ``data`` (no timestamps), so an unchanged input gives an
    identical file.
    """
    topics = _topics_in_order(data)
    colors = topic_colors(topics)
    asset = files("poolrefs.report")
    css = asset.joinpath("report.css").read_text(encoding="utf-8")
    script = asset.joinpath("report.js").read_text(encoding="utf-8")
    body = "\n".join(
        [
            f"<header><h1>{escape(data.title)}</h1>"
            f"<p class=\"subtitle\">Style: {escape(data.style)}</p></header>",
            _summary(data),
            _notes(data.notes),
            '<section class="chart-box"><h2>Works per year by topic</h2>'
            + works_per_year_chart(data.entries, topics, data.topic_labels)
            + "</section>",
            _filters(data, topics, colors),
            '<section><h2>Bibliography</h2><p id="shown" aria-live="polite"></p>'
            '<ul class="entries">'
            + "\n".join(_entry(e, data.topic_labels, colors) for e in data.entries)
            + "</ul></section>",
        ]
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(data.title)}</title><style>{css}</style></head>\n"
        f"<body><main>\n{body}\n</main><script>{script}</script></body></html>\n"
    )


def _topics_in_order(data: ReportData) -> list[str]:
    seen = [t for t in data.topic_labels]
    for entry in data.entries:
        for badge in entry.topics:
            if badge.topic not in seen:
                seen.append(badge.topic)
    return seen


def _summary(data: ReportData) -> str:
    entries = data.entries
    resolution = Counter(e.resolution for e in entries)
    links = Counter(b.status for e in entries for b in e.links)
    tagged = sum(1 for e in entries if e.topics)
    cards = [
        ("references", len(entries), ""),
        ("with DOI", sum(1 for e in entries if e.doi), ""),
        ("topic-tagged", tagged, ""),
        ("matched in registries", resolution.get("matched", 0), ""),
        ("with discrepancies", sum(1 for e in entries if e.discrepancies), "warn"),
        ("links checked", sum(links.values()), ""),
        ("links with problems", sum(links[s] for s in _PROBLEM_LINKS), "bad"),
    ]
    items = "".join(
        f'<div class="card {cls}"><span class="n">{n}</span><span class="l">{escape(label)}</span></div>'
        for label, n, cls in cards
    )
    detail = ", ".join(f"{escape(k)} {v}" for k, v in sorted(links.items()))
    res = ", ".join(f"{escape(k)} {v}" for k, v in sorted(resolution.items()))
    return (
        f'<section class="summary">{items}</section>'
        f'<p class="detail">Resolution: {res or "none"}. Links: {detail or "none"}.</p>'
    )


def _notes(notes: tuple[str, ...]) -> str:
    if not notes:
        return ""
    return '<aside class="notes">' + "".join(f"<p>{escape(n)}</p>" for n in notes) + "</aside>"


def _filters(data: ReportData, topics: list[str], colors: dict[str, str]) -> str:
    per_topic = Counter(b.topic for e in data.entries for b in e.topics)
    topic_buttons = "".join(
        f'<button type="button" class="chip" data-filter-topic="{escape(t)}" aria-pressed="false"'
        f'{" disabled" if not per_topic[t] else ""}>'
        f'<span class="swatch" style="background:{colors[t]}"></span>'
        f'{escape(data.topic_labels.get(t, t))} <span class="count">{per_topic[t]}</span></button>'
        for t in topics
    )
    per_status = Counter(s for e in data.entries for s in (e.resolution, _link_state(e)))
    status_buttons = "".join(
        f'<button type="button" class="chip" data-filter-status="{escape(s)}" aria-pressed="false">'
        f'{escape(_STATUS_LABELS.get(s, s))} <span class="count">{per_status[s]}</span></button>'
        for s in sorted(per_status)
    )
    return (
        '<section class="filters"><div><span class="label">Topic</span>'
        f'{topic_buttons}<button type="button" class="chip" data-filter-topic="" '
        'aria-pressed="true">all</button></div>'
        f'<div><span class="label">Status</span>{status_buttons}'
        '<button type="button" class="chip" data-filter-status="" aria-pressed="true">all</button>'
        "</div></section>"
    )


def _link_state(entry: ReportEntry) -> str:
    states = {b.status for b in entry.links}
    for state in (*_PROBLEM_LINKS, "offline", "redirected", "ok"):
        if state in states:
            return f"link-{state}"
    return "no-links"


def _entry(entry: ReportEntry, labels: dict[str, str], colors: dict[str, str]) -> str:
    topics = " ".join(b.topic for b in entry.topics)
    statuses = f"{entry.resolution} {_link_state(entry)}"
    badges = [
        f'<span class="badge topic" style="border-color:{colors.get(b.topic, "#888")}" '
        f'title="score {b.score:.2f}; evidence: {escape("; ".join(b.evidence))}">'
        f"{escape(labels.get(b.topic, b.topic))}</span>"
        for b in entry.topics
    ]
    if entry.doi:
        badges.append(
            f'<a class="badge doi" href="https://doi.org/{escape(entry.doi)}">DOI {escape(entry.doi)}</a>'
        )
    conf = f" {entry.confidence:.2f}" if entry.confidence is not None else ""
    label = _RESOLUTION_LABELS.get(entry.resolution, entry.resolution)
    badges.append(f'<span class="badge res-{escape(entry.resolution)}">{escape(label)}{conf}</span>')
    for link in entry.links:
        badges.append(
            f'<span class="badge link-{escape(link.status)}" title="{escape(link.url)}: '
            f'{escape(link.message)}">link {escape(link.status)}</span>'
        )
    evidence = "".join(
        f"<li><b>{escape(labels.get(b.topic, b.topic))}</b> ({b.score:.2f}): "
        f"{escape(', '.join(b.evidence))}</li>"
        for b in entry.topics
    )
    problems = "".join(
        f"<li><b>{escape(d.field)}</b>: cited “{escape(d.cited)}”, registry “{escape(d.registry)}”</li>"
        for d in entry.discrepancies
    )
    details = ""
    if evidence or problems:
        details = (
            '<details><summary>Why these tags'
            + (" and what differs" if problems else "")
            + "</summary>"
            + (f'<ul class="evidence">{evidence}</ul>' if evidence else "")
            + (f'<ul class="discrepancies">{problems}</ul>' if problems else "")
            + "</details>"
        )
    return (
        f'<li class="entry" data-ref="{escape(entry.ref_id)}" data-topics="{escape(topics)}" '
        f'data-status="{escape(statuses)}"><div class="text">{entry.html}</div>'
        f'<div class="badges">{"".join(badges)}</div>{details}</li>'
    )
