"""Middlewares that keep verbatim fields (URL, DOI, eprint) out of LaTeX en/decoding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bibtexparser.library import Library
from bibtexparser.middlewares import BlockMiddleware
from bibtexparser.model import Block, Entry

from .mapping import VERBATIM_FIELDS

__all__ = ["RestoreVerbatimFields", "StashVerbatimFields", "escape_braces", "unescape_braces"]

_KEY = "poolrefs_verbatim"


def _balanced(value: str) -> bool:
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def escape_braces(value: str) -> str:
    r"""A verbatim value BibTeX can hold: unbalanced braces are written as ``\{``/``\}``.

    BibTeX delimits values by brace counting, so ``{`` alone cannot be written as is; balanced
    values are left untouched.
    """
    if _balanced(value):
        return value
    return value.replace("{", "\\{").replace("}", "\\}")


def unescape_braces(value: str) -> str:
    r"""The inverse of :func:`escape_braces` on reading (verbatim values never hold ``\{``)."""
    return value.replace("\\{", "{").replace("\\}", "}")


class StashVerbatimFields(BlockMiddleware):
    """Move verbatim fields aside (into the block's parser metadata) before LaTeX coding."""

    def __init__(self, fields: frozenset[str] = VERBATIM_FIELDS) -> None:
        super().__init__(allow_inplace_modification=True, allow_parallel_execution=True)
        self.fields = fields

    @classmethod
    def metadata_key(cls) -> str:
        """Key under which bibtexparser records that this middleware ran."""
        return "poolrefs_stash_verbatim"

    def transform_entry(self, entry: Entry, library: Library) -> Block:
        """Remove verbatim fields from the entry, remembering them and their positions."""
        stashed: list[tuple[int, Any]] = [
            (i, f) for i, f in enumerate(entry.fields) if f.key.lower() in self.fields
        ]
        if stashed:
            entry.fields = [f for f in entry.fields if f.key.lower() not in self.fields]
            entry.set_parser_metadata(_KEY, stashed)
        return entry


class RestoreVerbatimFields(BlockMiddleware):
    """Put back the fields :class:`StashVerbatimFields` moved aside, in their places.

    ``coding`` (:func:`escape_braces` when writing, :func:`unescape_braces` when reading) is
    applied to the string values of the verbatim fields among them.
    """

    def __init__(self, coding: Callable[[str], str] | None = None) -> None:
        super().__init__(allow_inplace_modification=True, allow_parallel_execution=True)
        self.coding = coding

    @classmethod
    def metadata_key(cls) -> str:
        """Key under which bibtexparser records that this middleware ran."""
        return "poolrefs_restore_verbatim"

    def transform_entry(self, entry: Entry, library: Library) -> Block:
        """Re-insert the stashed fields at their original positions."""
        stashed = entry.get_parser_metadata(_KEY)
        if stashed:
            fields = list(entry.fields)
            for index, field in stashed:
                if self.coding and field.key.lower() in VERBATIM_FIELDS and isinstance(
                    field.value, str
                ):
                    field.value = self.coding(field.value)
                fields.insert(min(index, len(fields)), field)
            entry.fields = fields
            entry.set_parser_metadata(_KEY, None)
        return entry
