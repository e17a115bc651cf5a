"""``poolrefs resolve``: DOIs and registry metadata for a reference file, and what it got wrong."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .inputs import FORMATS, load_references
from .progress import item_progress

__all__ = ["register", "run"]

_STYLES = {"matched": "green", "ambiguous": "yellow", "unmatched": "magenta", "error": "red"}


def register(sub: Any) -> None:
    """Add the ``resolve`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "resolve",
        help="find DOIs and registry metadata (Crossref, doi.org, DataCite, IEEE) for references",
        description="Resolve each reference to a DOI by identifier or validated Crossref search, "
        "and report where the citation disagrees with the registry.",
    )
    p.add_argument("input", help="CSL-JSON, BibTeX or a text list of references (- for stdin)")
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format (default: by extension)")
    p.add_argument("--json", action="store_true", help="print results as JSON instead of a table")
    p.add_argument("--enriched", metavar="FILE", help="also write the references merged with their registry records as CSL-JSON")
    p.add_argument("--offline", action="store_true", help="answer from the cache only; send nothing")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the HTTP cache")
    p.add_argument("--cache-dir", help="cache directory (default: POOLREFS_CACHE_DIR or the user cache)")
    p.add_argument("--mailto", help="contact address for Crossref's polite pool (default: POOLREFS_MAILTO)")
    p.add_argument("--crossref-url", help="Crossref API base URL (POOLREFS_CROSSREF_URL)")
    p.add_argument("--doi-url", help="doi.org base URL (POOLREFS_DOI_URL)")
    p.add_argument("--datacite-url", help="DataCite API base URL (POOLREFS_DATACITE_URL)")
    p.add_argument("--ieee-url", help="IEEE Xplore API base URL (POOLREFS_IEEE_URL)")
    p.add_argument("--ieee-api-key", help="IEEE Xplore API key (POOLREFS_IEEE_API_KEY)")
    p.add_argument("--workers", type=int, default=8, help="references resolved at once (default 8)")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds per request attempt (default 15)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _result_json(result: Any) -> dict[str, Any]:
    return {
        "id": result.reference.id,
        "status": result.status,
        "doi": result.doi,
        "source": result.source,
        "confidence": round(result.confidence, 3),
        "message": result.message,
        "discrepancies": [d.model_dump() for d in result.discrepancies],
        "candidates": [c.model_dump() for c in result.candidates],
        "record": result.record.to_csl() if result.record else None,
        "reference": result.reference.to_csl(),
    }


def _label(ref: Any, index: int) -> str:
    first = ref.authors[0] if ref.authors else None
    who = (first.family or first.literal or first.given or "") if first else ""
    if ref.id is not None:
        return f"{ref.id} {who} {ref.year or ''}".strip()
    return f"#{index + 1} {who} {ref.year or ''}".strip()


def _table(results: list[Any]) -> Any:
    from rich.table import Table

    table = Table(title="Resolution", show_lines=False)
    table.add_column("reference")
    table.add_column("status")
    table.add_column("DOI", no_wrap=True)
    table.add_column("conf.", justify="right")
    table.add_column("source")
    table.add_column("discrepancies / message", overflow="fold")
    for i, r in enumerate(results):
        notes = "; ".join(f"{d.field}: {d.cited!r} → {d.registered!r}" for d in r.discrepancies)
        table.add_row(
            _label(r.reference, i), f"[{_STYLES[r.status]}]{r.status}[/]", r.doi or "",
            f"{r.confidence:.2f}", r.source or "", notes or (r.message if r.status != "matched" else ""),
        )
    return table


def run(args: argparse.Namespace) -> int:
    """Resolve every reference; exit 1 when any could not be resolved because of an error."""
    from rich.console import Console

    from ..csl_json import write_csl_json
    from ..resolution import resolve

    refs, failures = load_references(args.input, args.from_format)
    for failure in failures:
        print(f"poolrefs: skipped {failure}", file=sys.stderr)
    options: dict[str, Any] = {
        "mailto": args.mailto, "crossref_url": args.crossref_url, "doi_url": args.doi_url,
        "datacite_url": args.datacite_url, "ieee_url": args.ieee_url,
        "ieee_api_key": args.ieee_api_key, "offline": args.offline, "cache": not args.no_cache,
        "cache_dir": args.cache_dir, "workers": args.workers, "timeout": args.timeout,
        "enrich": bool(args.enriched),
    }
    with item_progress("resolving", len(refs), enabled=not args.no_progress) as advance:
        results = resolve(refs, progress=advance, **options)
    if args.enriched:
        Path(args.enriched).write_text(write_csl_json([r.reference for r in results]), encoding="utf-8")
    if args.json:
        sys.stdout.write(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2) + "\n")
    else:
        Console().print(_table(results))
    counts = {s: sum(r.status == s for r in results) for s in _STYLES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    print(f"poolrefs: resolved {len(results)} reference(s): {summary or 'none'}", file=sys.stderr)
    return 1 if counts["error"] or failures else 0
