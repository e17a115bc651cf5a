"""``poolrefs render``: format a reference file as a bibliography (or in-text citations)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..render import render_bibliography, render_citations
from ..render.formats import FORMATS
from .inputs import FORMATS as INPUT_FORMATS
from .inputs import load_references

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``render`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "render",
        help="format references with a CSL style",
        description="Format references with a CSL style (id, alias, dependent style or .csl path).",
    )
    p.add_argument("input", help="reference file: CSL-JSON, BibTeX or a text list (- for stdin)")
    p.add_argument("--style", default="apa", help="CSL style id, alias or .csl path (default: apa)")
    p.add_argument("--format", default="text", choices=FORMATS, help="output format")
    p.add_argument("--locale", help="render in this locale (default: the style's)")
    p.add_argument("--from", dest="from_format", choices=INPUT_FORMATS, help="input format")
    p.add_argument(
        "--citations", action="store_true", help="print one in-text citation per reference instead"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render; unreadable entries are reported on stderr and make the exit code 1."""
    refs, failures = load_references(args.input, args.from_format)
    if args.citations:
        lines = render_citations(refs, style=args.style, format=args.format, locale=args.locale)
    else:
        lines = render_bibliography(refs, style=args.style, format=args.format, locale=args.locale)
    if args.format == "html":
        lines = ['<div class="csl-bib-body">', *(f'  <div class="csl-entry">{x}</div>' for x in lines), "</div>"]
    separator = "\n\n" if args.format == "markdown" else "\n"
    if lines:
        sys.stdout.write(separator.join(lines) + "\n")
    for failure in failures:
        print(f"poolrefs: skipped {failure}", file=sys.stderr)
    return 1 if failures else 0
