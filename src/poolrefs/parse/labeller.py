"""The trained CRF model: loaded once, lazily, from package data."""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any

__all__ = ["LABELS", "MODEL_RESOURCE", "tagger"]

#: The file under ``poolrefs/data`` holding the trained CRF (see ``tools/train_parser.py``).
MODEL_RESOURCE = "parser.crfsuite"
#: Labels the model assigns to tokens.
LABELS = (
    "author", "editor", "translator", "title", "container", "collection", "edition", "volume",
    "issue", "pages", "date", "publisher", "place", "genre", "url", "doi", "isbn", "accessed",
    "note", "citation-number", "number",
)  # fmt: skip

_lock = threading.Lock()
_tagger: Any = None
_model_bytes: bytes = b""  # the tagger reads from this buffer: it must stay alive


def tagger() -> Any:
    """The shared ``pycrfsuite.Tagger`` (opened on first use from the packaged model)."""
    global _tagger, _model_bytes
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                data = resources.files("poolrefs").joinpath("data").joinpath(MODEL_RESOURCE).read_bytes()
                t = pycrfsuite.Tagger()
                _model_bytes = data
                t.open_inmemory(_model_bytes)
                _tagger = t
    return _tagger
