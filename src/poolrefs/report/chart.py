"""A stacked bar chart of works per year by topic, as inline SVG (no JavaScript, no network)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from .model import ReportEntry

__all__ = ["PALETTE", "UNTAGGED", "topic_colors", "works_per_year_chart"]

#: Colour-blind-safe palette (Okabe-Ito, then Tol's muted) for topics, in order.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
    "#332288", "#117733", "#882255", "#44AA99", "#999933",
)  # fmt: skip
UNTAGGED = "untagged"
_GREY = "#B8BEC6"


def topic_colors(topics: Sequence[str]) -> dict[str, str]:
    """A stable colour per topic id (in the given order) and grey for untagged works."""
    colors = {topic: PALETTE[i % len(PALETTE)] for i, topic in enumerate(topics)}
    colors[UNTAGGED] = _GREY
    return colors


def works_per_year_chart(
    entries: Sequence[ReportEntry], topics: Sequence[str], labels: dict[str, str]
) -> str:
    """An SVG chart: one bar per year, stacked by topic (a work counts once per topic).

    Works without a year are left out (the caption says how many); untagged works are grey.
    """
    counts: dict[int, Counter[str]] = {}
    undated = 0
    for entry in entries:
        if entry.year is None:
            undated += 1
            continue
        bucket = counts.setdefault(entry.year, Counter())
        for badge in entry.topics or ():
            bucket[badge.topic] += 1
        if not entry.topics:
            bucket[UNTAGGED] += 1
    if not counts:
        return '<p class="chart-empty">No dated works to chart.</p>'
    years = list(range(min(counts), max(counts) + 1))
    series = [t for t in topics if any(c[t] for c in counts.values())]
    if any(c[UNTAGGED] for c in counts.values()):
        series.append(UNTAGGED)
    colors = topic_colors(topics)
    peak = max(sum(c.values()) for c in counts.values())
    return _svg(years, counts, series, colors, labels, peak, undated)


def _svg(
    years: list[int],
    counts: dict[int, Counter[str]],
    series: list[str],
    colors: dict[str, str],
    labels: dict[str, str],
    peak: int,
    undated: int,
) -> str:
    left, top, plot_h = 36, 12, 180
    bar_w = max(10, min(40, 640 // len(years) - 8))
    gap = max(4, bar_w // 3)
    width = left + len(years) * (bar_w + gap) + 12
    height = top + plot_h + 44
    ticks = _ticks(peak)
    scale = plot_h / max(ticks[-1], 1)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="chart-title">',
        '<title id="chart-title">Works per year by topic</title>',
    ]
    for tick in ticks:
        y = top + plot_h - tick * scale
        parts.append(
            f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>'
        )
    for i, year in enumerate(years):
        x = left + gap / 2 + i * (bar_w + gap)
        base = float(top + plot_h)
        for topic in series:
            n = counts.get(year, Counter())[topic]
            if not n:
                continue
            h = n * scale
            base -= h
            name = escape(labels.get(topic, topic))
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar_w}" height="{h:.1f}" '
                f'fill="{colors[topic]}" data-topic="{escape(topic)}"><title>{year}: {n} × {name}'
                "</title></rect>"
            )
        if i % _label_every(len(years)) == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" class="axis" '
                f'text-anchor="middle">{year}</text>'
            )
    caption = f"{undated} work(s) without a year not shown." if undated else ""
    parts.append(f'<text x="{left}" y="{height - 8}" class="caption">{escape(caption)}</text>')
    parts.append("</svg>")
    legend = "".join(
        f'<li><span class="swatch" style="background:{colors[t]}"></span>'
        f"{escape(labels.get(t, t))}</li>"
        for t in series
    )
    return "".join(parts) + f'<ul class="legend">{legend}</ul>'


def _ticks(peak: int) -> list[int]:
    """0, then evenly spaced ticks up to the first one at or above ``peak``."""
    step = max(1, -(-peak // 4))
    return list(range(0, -(-peak // step) * step + 1, step))


def _label_every(n_years: int) -> int:
    return 1 if n_years <= 16 else 2 if n_years <= 32 else 5
