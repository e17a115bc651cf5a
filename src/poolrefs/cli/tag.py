"""``poolrefs tag``: topics of each reference, with evidence, and a summary table."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Reference
from ..topics import Taxonomy, TopicTag, load_taxonomy, tag_many
from .inputs import FORMATS, load_references

__all__ = ["register"]

_MAX_YEAR_COLUMNS = 12


def register(sub: Any) -> None:
    """Add the ``tag`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "tag",
        help="tag references with topics (with the evidence for each)",
        description="Tag each reference with topics from a taxonomy, show the words that "
        "triggered each topic, and summarise works per topic and per year.",
    )
    p.add_argument("input", help="CSL-JSON, BibTeX or reference-list file (- for stdin)")
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format (default: by extension)")
    p.add_argument("--taxonomy", metavar="FILE", help="taxonomy file (TOML or JSON; default: patent pools)")
    p.add_argument("--threshold", type=_unit_float, metavar="X", help="minimum score 0..1 (default: the taxonomy's)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.set_defaults(func=run)


def _unit_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0..1")
    return value


def run(args: argparse.Namespace) -> int:
    """Tag every reference; unreadable entries are reported on stderr (exit 1)."""
    taxonomy = load_taxonomy(args.taxonomy)
    refs, failures = load_references(args.input, args.from_format)
    tags = tag_many(refs, taxonomy=taxonomy, threshold=args.threshold)
    if args.json:
        json.dump(_as_json(refs, tags), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
        _print_references(console, refs, tags)
        console.print(_summary(taxonomy, refs, tags))
    for failure in failures:
        print(f"poolrefs: skipped {failure}", file=sys.stderr)
    return 1 if failures else 0


def _label(ref: Reference, index: int) -> str:
    return str(ref.id) if ref.id not in (None, "") else f"#{index}"


def _as_json(refs: list[Reference], tags: list[list[TopicTag]]) -> list[dict[str, Any]]:
    return [
        {"id": _label(ref, i), "title": ref.title, "year": ref.year,
         "topics": [{"topic": t.topic, "score": t.score, "evidence": t.evidence} for t in ts]}
        for i, (ref, ts) in enumerate(zip(refs, tags, strict=True), 1)
    ]


def _print_references(console: Console, refs: list[Reference], tags: list[list[TopicTag]]) -> None:
    for i, (ref, ts) in enumerate(zip(refs, tags, strict=True), 1):
        head = Text(f"{_label(ref, i)} ", style="bold")
        head.append(ref.title or "(no title)")
        if ref.year is not None:
            head.append(f" ({ref.year})", style="dim")
        console.print(head)
        if not ts:
            console.print(Text("    (no topic)", style="dim"))
        for t in ts:
            line = Text(f"    {t.topic:<24} {t.score:.2f}  ", style="cyan")
            line.append("; ".join(t.evidence), style="default")
            console.print(line)


def _summary(taxonomy: Taxonomy, refs: list[Reference], tags: list[list[TopicTag]]) -> Table:
    years = sorted({r.year for r in refs if r.year is not None})
    bucket = _year_bucket(years)
    columns = sorted({bucket(y) for y in years})
    per_topic: Counter[str] = Counter()
    per_cell: Counter[tuple[str, str]] = Counter()
    for ref, ts in zip(refs, tags, strict=True):
        col = bucket(ref.year) if ref.year is not None else "n.d."
        for t in ts:
            per_topic[t.topic] += 1
            per_cell[(t.topic, col)] += 1
    if any(r.year is None for r in refs):
        columns.append("n.d.")
    table = Table(title=f"Works per topic and year ({len(refs)} references)")
    table.add_column("topic", no_wrap=True)
    table.add_column("works", justify="right")
    for col in columns:
        table.add_column(col, justify="right")
    for topic in taxonomy.topics:
        cells = [str(per_cell[(topic.id, c)] or "") for c in columns]
        table.add_row(topic.id, str(per_topic[topic.id]), *cells)
    untagged = sum(1 for ts in tags if not ts)
    table.add_row("(no topic)", str(untagged), *([""] * len(columns)))
    return table


def _year_bucket(years: list[int]) -> Any:
    """Years as columns; decades when there are too many distinct years."""
    if len(years) <= _MAX_YEAR_COLUMNS:
        return lambda y: str(y)
    return lambda y: f"{y // 10 * 10}s"
