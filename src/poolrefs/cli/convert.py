"""``poolrefs convert``: between CSL-JSON and BibTeX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .inputs import FORMATS, load_references

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``convert`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "convert",
        help="convert references between CSL-JSON, BibTeX (and parsed text lists)",
        description="Convert a reference file to CSL-JSON or BibTeX.",
    )
    p.add_argument("input", help="input file (- for stdin)")
    p.add_argument("--to", required=True, choices=("csl-json", "bibtex"), help="output format")
    p.add_argument("--from", dest="from_format", choices=FORMATS, help="input format (default: by extension)")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Convert; report each unreadable entry on stderr and exit 1 if there was any."""
    refs, failures = load_references(args.input, args.from_format)
    if args.to == "csl-json":
        from ..csl_json import write_csl_json

        out = write_csl_json(refs)
    else:
        from ..bibtex import write_bibtex

        out = write_bibtex(refs)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    for failure in failures:
        print(f"poolrefs: skipped {failure}", file=sys.stderr)
    print(
        f"poolrefs: converted {len(refs)} reference(s)"
        + (f", {len(failures)} entry(ies) could not be read" if failures else ""),
        file=sys.stderr,
    )
    return 1 if failures else 0
