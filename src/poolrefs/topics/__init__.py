"""Topic tagging: explainable, bilingual (English and Chinese), driven by a taxonomy file.

Modules: :mod:`.taxonomy` (loading and validation), :mod:`.normalize` (folding, stems),
:mod:`.matcher` (finding cues), :mod:`.scoring` (from hits to scores), :mod:`.tagger` (the
public functions).
"""

from __future__ import annotations

from .tagger import TopicTag, reference_fields, tag, tag_fields, tag_many
from .taxonomy import Cue, Taxonomy, Topic, default_taxonomy, load_taxonomy, parse_taxonomy

__all__ = [
    "Cue",
    "Taxonomy",
    "Topic",
    "TopicTag",
    "default_taxonomy",
    "load_taxonomy",
    "parse_taxonomy",
    "reference_fields",
    "tag",
    "tag_fields",
    "tag_many",
]
