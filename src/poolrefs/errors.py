"""The poolrefs exception tree.

Every error poolrefs raises on purpose is a :class:`PoolrefsError`; each class also subclasses
the builtin a caller would expect, and every raise chains its cause (``raise ... from exc``)::

    PoolrefsError(Exception)
    ├── ParseError(PoolrefsError, ValueError)          input text, position, reason
    ├── FormatError(PoolrefsError, ValueError)         BibTeX / CSL-JSON / CSL style input, with line numbers
    ├── UnknownNameError(PoolrefsError, LookupError)   style, taxonomy, alias; suggests close names
    └── ServiceError(PoolrefsError)                    network and registry failures, with the URL

Batch operations never raise for one bad item: they return failures as data
(:class:`poolrefs.errors.ItemFailure`), so nothing that was computed is lost.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "FormatError",
    "ItemFailure",
    "ParseError",
    "PoolrefsError",
    "ServiceError",
    "UnknownNameError",
]


class PoolrefsError(Exception):
    """Base class of every error poolrefs raises on purpose."""


class ParseError(PoolrefsError, ValueError):
    """A reference string (or other text input) cannot be used.

    Attributes:
        text: the offending input (possibly shortened for display).
        position: character offset of the problem, when known.
        reason: what is wrong.
    """

    def __init__(self, reason: str, *, text: str | None = None, position: int | None = None):
        self.reason = reason
        self.text = text
        self.position = position
        where = f" at character {position}" if position is not None else ""
        shown = f" in {_shorten(text)!r}" if text is not None else ""
        super().__init__(f"{reason}{where}{shown}")


class FormatError(PoolrefsError, ValueError):
    """BibTeX, CSL-JSON or CSL style input is malformed.

    Attributes:
        source: a file name or ``"<string>"``.
        line: 1-based line number of the problem, when known.
        column: 1-based column of the problem, when known (shown only with a line).
        reason: what is wrong.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        self.reason = reason
        self.source = source
        self.line = line
        self.column = column
        at = f"{line}:{column}" if column is not None else f"{line}"
        where = f"{source or '<string>'}:{at}: " if line is not None else ""
        where = where or (f"{source}: " if source else "")
        super().__init__(f"{where}{reason}")


class UnknownNameError(PoolrefsError, LookupError):
    """A style, taxonomy, topic or alias name is not known; suggests close names.

    ``message`` replaces the default ``unknown <kind> '<name>'`` when the context says more
    (a style file that is not found, a dependent style's missing parent); the suggestions
    are appended either way.
    """

    def __init__(
        self, kind: str, name: str, known: Iterable[str] = (), *, message: str | None = None
    ):
        self.kind = kind
        self.name = name
        self.suggestions = difflib.get_close_matches(name, list(known), n=5, cutoff=0.5)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"{message or f'unknown {kind} {name!r}'}{hint}")

    def __str__(self) -> str:  # LookupError's str() would repr() the message
        return str(self.args[0])


class ServiceError(PoolrefsError):
    """A network service or registry failed; ``url`` names the request."""

    def __init__(self, reason: str, *, url: str | None = None, status: int | None = None):
        self.reason = reason
        self.url = url
        self.status = status
        parts = [reason]
        if status is not None:
            parts.append(f"HTTP {status}")
        if url is not None:
            parts.append(url)
        super().__init__(": ".join(parts))


@dataclass(frozen=True)
class ItemFailure:
    """One item of a batch that could not be processed, kept as data.

    Attributes:
        source: where the item came from (file name or ``"<string>"``).
        line: 1-based line number where the item starts, when known.
        text: the item's raw text.
        reason: what is wrong with it.
    """

    source: str
    line: int | None
    text: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
