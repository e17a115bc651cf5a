"""Splitting a pasted reference list into one reference per line."""

from __future__ import annotations

import re

__all__ = ["split_reference_lines", "strip_citation_number"]

_NUMBER = re.compile(r"^\s*(?:\[\s*\d{1,4}\s*\]|［\d{1,4}］|\(\s*\d{1,4}\s*\)|（\d{1,4}）|\d{1,3}\s*[.)、．](?!\d))\s*")


def strip_citation_number(line: str) -> str:
    """A reference line without its leading citation number (``[12]``, ``12.``, ``(12)``)."""
    return _NUMBER.sub("", line, count=1)


def split_reference_lines(text: str) -> list[str]:
    r"""One reference per non-blank line, with leading citation numbers removed.

    The strings returned are exactly what :func:`poolrefs.parse_references` should parse, so
    each parsed reference's ``raw`` is its line without the number and surrounding whitespace.

    Example:
        >>> split_reference_lines("[1] Kato A. Patent pools. 2004.\n\n12. Lee K. Title. 2010.")
        ['Kato A. Patent pools. 2004.', 'Lee K. Title. 2010.']
    """
    if not isinstance(text, str):
        from ..errors import ParseError

        raise ParseError(f"expected a string of reference lines, got {type(text).__name__}")
    out = []
    for line in text.splitlines():
        line = strip_citation_number(line.strip()).strip()
        if line:
            out.append(line)
    return out
