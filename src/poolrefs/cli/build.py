"""``poolrefs build``: every output for a reference list, and a report to look at."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .inputs import FORMATS, load_references
from .progress import StageBars

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``build`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "build",
        help="resolve, tag, render and link-check a reference list; write all outputs",
        description=(
            "Turn a reference list (text, BibTeX or CSL-JSON) into CSL-JSON, BibTeX, "
            "bibliographies, topics, resolution and link reports, and report.html."
        ),
    )
    p.add_argument("input", help="reference list: .txt (one per line), .bib or .json (- for stdin)")
    p.add_argument("-o", "--outdir", default="out", help="output folder (default: out)")
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format")
    p.add_argument(
        "--style", action="append", dest="styles", metavar="ID",
        help="CSL style (repeatable; default: GB/T 7714-2015 numeric and APA)",
    )  # fmt: skip
    p.add_argument("--offline", action="store_true", help="use no network (cache only)")
    p.add_argument("--no-links", action="store_true", help="do not check links")
    p.add_argument("--title", help="report title (default: from the input file name)")
    p.add_argument("--mailto", help="contact address for Crossref's polite pool")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build and write every output; exit 0 even offline (what was skipped is said)."""
    from ..build import DEFAULT_STYLES, BuildOptions, output_files, run_build

    started = time.perf_counter()
    refs, failures = load_references(args.input, args.from_format)
    for failure in failures:
        print(f"poolrefs: skipped {failure}", file=sys.stderr)
    options = BuildOptions(
        styles=tuple(args.styles or DEFAULT_STYLES),
        offline=args.offline,
        links=not args.no_links,
        resolve_options={"mailto": args.mailto} if args.mailto else {},
    )
    with StageBars() as bars:
        result = run_build(refs, options, bars)
    title = args.title or f"References: {_stem(args.input)}"
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files = output_files(result, title=title)
    for name, content in files.items():
        (outdir / name).write_text(content, encoding="utf-8")
    _summary(result, files, outdir, time.perf_counter() - started)
    return 1 if failures else 0


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in (".csl.json", ".json", ".bib", ".txt"):
        name = name.removesuffix(suffix)
    return name if path != "-" else "stdin"


def _summary(result: Any, files: dict[str, str], outdir: Path, seconds: float) -> None:
    print(
        f"poolrefs: {len(result.references)} references -> {len(files)} files in {outdir}/ "
        f"({seconds:.1f} s)",
        file=sys.stderr,
    )
    for note in result.notes:
        print(f"poolrefs: note: {note}", file=sys.stderr)
    print(f"poolrefs: open {outdir / 'report.html'}", file=sys.stderr)
