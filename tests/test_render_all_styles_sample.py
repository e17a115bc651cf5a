"""A sample of every shipped independent style renders the seed list (the bench measures all:
``bench/render_all_styles.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import poolrefs
from poolrefs.render import available_styles

SEED = Path(__file__).resolve().parent.parent / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
INDEPENDENT = [s for s, independent in available_styles().items() if independent]
SAMPLE = INDEPENDENT[::60] + ["revista-da-sociedade-brasileira-de-medicina-tropical"]


@pytest.fixture(scope="module")
def refs() -> list[poolrefs.Reference]:
    return poolrefs.read_csl_json(SEED.read_text(encoding="utf-8"))


def test_there_are_thousands_of_styles() -> None:
    assert len(INDEPENDENT) > 2800


@pytest.mark.parametrize("style", SAMPLE)
def test_style_renders_seed_list(style: str, refs: list[poolrefs.Reference]) -> None:
    entries = poolrefs.render_bibliography(refs, style=style)
    cites = poolrefs.render_citations(refs, style=style)
    assert len(entries) == len(refs) and all(e.strip() for e in entries)
    assert len(cites) == len(refs)
