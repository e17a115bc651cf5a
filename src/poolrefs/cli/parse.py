"""``poolrefs parse``: a file of reference strings (one per line) to CSL-JSON, BibTeX or a table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..model import Reference
from .inputs import read_text
from .jsonl import add_jsonl_arguments, run_jsonl

__all__ = ["register"]

OUTPUTS = ("csl-json", "bibtex", "table")


def register(sub: Any) -> None:
    """Add the ``parse`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "parse",
        help="parse reference strings (one per line) into structured records",
        description=(
            "Parse free-text references, one per line (blank lines skipped, leading numbers "
            "such as [12], 12. or (12) removed), in GB/T 7714, APA, Chicago, IEEE, Vancouver, "
            "Harvard and similar styles, Chinese or English."
        ),
    )
    p.add_argument("input", help="text file with one reference per line (- for stdin)")
    p.add_argument("--to", choices=OUTPUTS, default="csl-json", help="output format (default: csl-json)")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    add_jsonl_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Parse the lines and write them in the chosen format."""
    if args.jsonl:
        return run_jsonl(args)
    from ..parse import parse_references, split_reference_lines

    refs = parse_references(split_reference_lines(read_text(args.input)))
    if args.to == "table":
        return _table(refs, args.output)
    if args.to == "csl-json":
        from ..csl_json import write_csl_json

        out = write_csl_json(refs)
    else:
        from ..bibtex import write_bibtex

        out = write_bibtex(refs)
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    print(f"poolrefs: parsed {len(refs)} reference(s)", file=sys.stderr)
    return 0


def _table(refs: list[Reference], output: str | None) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True)
    for col in ("#", "type", "authors", "year", "title", "container", "vol(issue):pages", "publisher / URL"):
        table.add_column(col, overflow="fold")
    for i, ref in enumerate(refs, 1):
        names = "; ".join(n.display() for n in ref.authors) + (" et al." if ref.et_al else "")
        where = f"{ref.volume or ''}" + (f"({ref.issue})" if ref.issue else "") + (f":{ref.page}" if ref.page else "")
        pub = ", ".join(x for x in (ref.publisher_place, ref.publisher, ref.url, ref.doi) if x)
        table.add_row(str(i), ref.type or "", names, str(ref.year or ""), ref.title or "",
                      ref.container_title or "", where, pub)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            Console(file=fh, width=160).print(table)
    else:
        Console().print(table)
    return 0
