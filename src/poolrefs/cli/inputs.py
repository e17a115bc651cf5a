"""Reading reference files for the CLI: CSL-JSON, BibTeX or a plain reference list."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import FormatError, ItemFailure
from ..model import Reference

__all__ = ["FORMATS", "detect_format", "load_references", "read_text"]

FORMATS = ("csl-json", "bibtex", "text")
_EXTENSIONS = {
    ".json": "csl-json",
    ".csljson": "csl-json",
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".biblatex": "bibtex",
    ".txt": "text",
    ".text": "text",
}


def read_text(path: str) -> str:
    """Read a UTF-8 file (``-`` for stdin), with a clear error for undecodable bytes."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"not UTF-8 text (byte {exc.start}: {exc.reason})", source=path
        ) from exc


def detect_format(path: str, declared: str | None = None) -> str:
    """The input format: ``declared`` if given, else by extension, else by content."""
    if declared:
        return declared
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    text = read_text(path).lstrip()
    if text.startswith(("[", "{")):
        return "csl-json"
    if text.startswith("@") or "\n@" in text:
        return "bibtex"
    return "text"


def load_references(
    path: str, declared: str | None = None
) -> tuple[list[Reference], list[ItemFailure]]:
    """Read a file of references in any supported format; failures are returned as data."""
    fmt = detect_format(path, declared)
    text = read_text(path)
    source = "<stdin>" if path == "-" else path
    if fmt == "csl-json":
        from ..csl_json import read_csl_json

        return read_csl_json(text, source=source), []
    if fmt == "bibtex":
        from ..bibtex import read_bibtex

        refs = read_bibtex(text, source=source)
        return list(refs), refs.failures
    from ..parse import (  # type: ignore[import-not-found,unused-ignore]
        parse_references,
        split_reference_lines,
    )

    return parse_references(split_reference_lines(text)), []
