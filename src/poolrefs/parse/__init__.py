"""Reference-string parsing: free text to a :class:`~poolrefs.model.Reference`.

Styles: GB/T 7714, APA, Chicago, IEEE, Vancouver, Harvard and kin; Chinese and English.

The pipeline, in small steps: :mod:`.tokens` (tokenizer that needs no spaces) ->
:mod:`.features` (per-token features, cached) -> :mod:`.labeller` (the trained CRF, packaged
data) -> :mod:`.build` (spans to clean fields: :mod:`.fields`, :mod:`.names`, :mod:`.types`).
:mod:`.lines` splits pasted lists.
"""

from __future__ import annotations

from .api import MAX_REFERENCE_CHARS, parse_reference, parse_references
from .lines import split_reference_lines

__all__ = ["MAX_REFERENCE_CHARS", "parse_reference", "parse_references", "split_reference_lines"]
