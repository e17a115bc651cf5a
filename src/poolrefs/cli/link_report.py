"""Formatting link-check results: JSON, Markdown and plain/rich tables (CLI only)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from ..links import STATUSES, LinkResult

__all__ = ["summary", "to_json", "to_markdown", "to_text"]


def summary(results: Sequence[LinkResult]) -> dict[str, int]:
    """Count of results per status, every status listed (zeros included), in report order."""
    counts = Counter(r.status for r in results)
    return {status: counts.get(status, 0) for status in STATUSES}


def to_json(results: Sequence[LinkResult], *, source: str, excluded: Sequence[str] = ()) -> str:
    """The machine report: source, summary, excluded links and every result."""
    report = {
        "source": source,
        "total": len(results),
        "summary": summary(results),
        "excluded": list(excluded),
        "results": [r.to_dict() for r in results],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _problem(result: LinkResult) -> bool:
    landing_bad = result.landing is not None and result.landing.status not in ("ok", "redirected")
    return result.status != "ok" or landing_bad


def to_markdown(results: Sequence[LinkResult], *, source: str,
                excluded: Sequence[str] = ()) -> str:
    """A Markdown report: summary table, then every link needing attention, then the rest."""
    lines = [f"# Link check: {_cell(source)}", "", f"{len(results)} link(s) checked.", ""]
    lines += ["| status | count |", "| --- | ---: |"]
    lines += [f"| {status} | {count} |" for status, count in summary(results).items() if count]
    if excluded:
        lines += ["", f"{len(excluded)} link(s) excluded by pattern."]
    lines += ["", "| link | status | HTTP | final URL | details |", "| --- | --- | ---: | --- | --- |"]
    ordered = [r for r in results if _problem(r)] + [r for r in results if not _problem(r)]
    for r in ordered:
        details = r.message
        if r.landing is not None:
            details = f"{details} (landing {r.landing.url})"
        final = r.final_url if r.final_url and r.final_url != r.url else ""
        lines.append(f"| {_cell(r.url)} | {r.status} | {_cell(r.http_status)} | {_cell(final)} "
                     f"| {_cell(details)} |")
    return "\n".join(lines) + "\n"


def to_text(results: Sequence[LinkResult]) -> str:
    """A plain fixed-width table (for non-terminals): status, HTTP, link, details."""
    lines = []
    for r in results:
        http = str(r.http_status) if r.http_status is not None else "-"
        lines.append(f"{r.status:<13} {http:>4}  {r.url}")
        if r.status not in ("ok", "offline") or r.final_url not in (None, r.url):
            detail = r.message + (f" -> {r.final_url}" if r.status == "redirected" else "")
            lines.append(f"{'':<19}{detail}")
        if r.landing is not None:
            lines.append(f"{'':<19}landing page: {r.landing.status} {r.landing.url}")
    counts = ", ".join(f"{n} {s}" for s, n in summary(results).items() if n)
    lines.append(f"{len(results)} link(s): {counts}" if results else "no links found")
    return "\n".join(lines) + "\n"
