"""``poolrefs styles``: list the available CSL styles and aliases."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..render.styles import available_styles, find_style, search_styles, style_title

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``styles`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "styles",
        help="list available CSL styles",
        description="List style ids (and aliases) whose id contains every word of QUERY.",
    )
    p.add_argument("query", nargs="*", help="words to look for in style ids")
    p.add_argument("--no-titles", action="store_true", help="print ids only (fast)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print matching styles, one per line: id, kind, title."""
    names = search_styles(" ".join(args.query))
    styles = available_styles()
    for name in names:
        if args.no_titles:
            print(name)
            continue
        if name in styles:
            kind = "independent" if styles[name] else "dependent"
            print(f"{name}\t{kind}\t{style_title(name)}")
        else:
            print(f"{name}\talias\t-> {find_style(name).id}")
    if not names:
        print(f"poolrefs: no style matches {' '.join(args.query)!r}", file=sys.stderr)
        return 1
    return 0
