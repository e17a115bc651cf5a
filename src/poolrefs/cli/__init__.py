"""The ``poolrefs`` command line: wires library calls together and formats output.

Each sub-command lives in its own module exposing ``register(subparsers)``; the module list
below is the only place a new command is added.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import PoolrefsError

__all__ = ["main"]

#: Sub-command modules, in ``--help`` order.
COMMAND_MODULES = ("convert", "parse", "render", "styles", "tag", "resolve", "check-links", "build")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="poolrefs",
        description="Parse, resolve, tag, render and link-check bibliographic references.",
    )
    parser.add_argument("--version", action="version", version=f"poolrefs {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name.replace('-', '_')}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code: int = args.func(args)
    except PoolrefsError as exc:
        print(f"poolrefs: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"poolrefs: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("poolrefs: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
