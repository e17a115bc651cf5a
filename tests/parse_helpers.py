"""Shared helpers of the parser post-processing tests."""

from __future__ import annotations

from poolrefs.parse.relabel import relabel
from poolrefs.parse.tokens import tokenize


def relabelled(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """Label ``text`` by (label, substring) spans in order, relabel, and join tokens per label."""
    tokens = tokenize(text)
    labels = []
    pos = 0
    bounds = []
    for lab, part in spans:
        start = text.index(part, pos)
        bounds.append((lab, start, start + len(part)))
        pos = start + len(part)
    for t in tokens:
        labels.append(next(lab for lab, s, e in bounds if s <= t.start < e))
    out = relabel(text, tokens, labels)
    joined: dict[str, str] = {}
    for t, lab in zip(tokens, out, strict=True):
        joined[lab] = (joined.get(lab, "") + " " + t.text).strip()
    return joined
