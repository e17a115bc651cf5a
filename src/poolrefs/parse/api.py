"""The public parsing functions."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from ..errors import ParseError
from ..model import Reference
from .build import build_reference
from .features import sequence_features
from .labeller import tagger
from .tokens import Token, tokenize

__all__ = ["MAX_REFERENCE_CHARS", "parse_reference", "parse_references"]

#: Longest reference string parsed (characters). Parsing time grows linearly with length
#: (about 5 µs a character for reference text, up to 20 µs for runs of punctuation), so
#: longer input is refused at once with a ParseError instead of tying up a batch for seconds.
MAX_REFERENCE_CHARS = 200_000

#: Longest input tagged as one sequence; longer text is tagged in windows of this many tokens.
MAX_TOKENS = 400
_lock = threading.Lock()


def parse_reference(text: str) -> Reference:
    """Parse one reference string.

    Never fails on a string: text that holds no reference gives a mostly empty record, and
    ``raw`` is always the input, unchanged.

    Args:
        text: one reference, in any style or script (leading citation numbers allowed).

    Raises:
        ParseError: ``text`` is not a string, or is longer than ``MAX_REFERENCE_CHARS``
            (200,000 characters).

    Example:
        >>> ref = parse_reference("Kato A. Patent pool enhances market competition. "
        ...                       "International Review of Law and Economics, 2004, 24(2):255-268.")
        >>> ref.authors[0].family, ref.volume, ref.issue, ref.page
        ('Kato', '24', '2', '255-268')
    """
    return parse_references([text])[0]


def parse_references(texts: Iterable[str]) -> list[Reference]:
    """Parse many reference strings; the same results as :func:`parse_reference`, faster.

    Raises:
        ParseError: an item is not a string, or is longer than ``MAX_REFERENCE_CHARS``
            (200,000 characters); the message gives its position.
    """
    items = list(texts)
    for i, text in enumerate(items):
        if not isinstance(text, str):
            raise ParseError(f"reference #{i} is a {type(text).__name__}, not a string")
        if len(text) > MAX_REFERENCE_CHARS:
            raise ParseError(
                f"reference #{i} is too long: {len(text)} characters (limit {MAX_REFERENCE_CHARS})",
                text=text, position=MAX_REFERENCE_CHARS,
            )  # fmt: skip
    crf = tagger()
    out = []
    with _lock:
        for text in items:
            ref = _parse_one(crf, _SURROGATE.sub("\ufffd", text))
            out.append(ref if ref.raw == text else ref.model_copy(update={"raw": text}))
    return out


#: A lone surrogate (e.g. from ``surrogateescape`` decoding) cannot be handed to the CRF (it
#: must encode features as UTF-8); it is parsed as U+FFFD, one code point for one, so offsets
#: hold, and ``raw`` keeps the input unchanged.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _parse_one(crf: object, text: str) -> Reference:
    tokens = tokenize(text)
    if not tokens:
        return Reference(raw=text)
    labels: list[str] = []
    for start in range(0, len(tokens), MAX_TOKENS):
        window = tokens[start : start + MAX_TOKENS]
        labels.extend(crf.tag(sequence_features(text, window)))  # type: ignore[attr-defined]
    try:
        return build_reference(text, tokens, labels)
    except ValueError:  # a value the model rejects (pydantic errors are ValueErrors)
        return _salvage(text, tokens, labels)


def _salvage(text: str, tokens: list[Token], labels: list[str]) -> Reference:
    keep = {"title", "author", "container", "date"}
    reduced = [lab if lab in keep else "note" for lab in labels]
    try:
        return build_reference(text, tokens, reduced)
    except ValueError:
        return Reference(raw=text)
