"""A size guard run before the costly middlewares (name splitting, LaTeX decoding).

LaTeX decoding (pylatexenc) slows down more than linearly on one very long field value
(about 30 s for a 1 MB title), so an entry with a field longer than
:data:`MAX_FIELD_CHARS` becomes a failure (kept as data, with its line) instead of a hang.
"""

from __future__ import annotations

from bibtexparser.library import Library
from bibtexparser.middlewares import BlockMiddleware
from bibtexparser.model import Block, Entry, ParsingFailedBlock

from ..errors import FormatError

__all__ = ["MAX_FIELD_CHARS", "RejectOversizedFields"]

#: Longest field value read (characters); longer ones fail their entry.
MAX_FIELD_CHARS = 32_768


class RejectOversizedFields(BlockMiddleware):
    """Turn an entry with an over-long field value into a failed block."""

    def __init__(self, limit: int = MAX_FIELD_CHARS) -> None:
        super().__init__(allow_inplace_modification=True, allow_parallel_execution=True)
        self.limit = limit

    @classmethod
    def metadata_key(cls) -> str:
        """Key under which bibtexparser records that this middleware ran."""
        return "poolrefs_reject_oversized"

    def transform_entry(self, entry: Entry, library: Library) -> Block:
        """Return the entry, or a failed block naming the first over-long field."""
        for field in entry.fields:
            size = len(str(field.value))
            if size > self.limit:
                error = FormatError(
                    f"field {field.key!r} has {size} characters (limit {self.limit})"
                )
                return ParsingFailedBlock(error, start_line=entry.start_line, raw=entry.raw)
        return entry
