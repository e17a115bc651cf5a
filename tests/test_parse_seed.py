"""Acceptance: the 20 seed references parse to exactly the curated reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import parse_references, split_reference_lines

ROOT = Path(__file__).resolve().parents[1] / "references"
TEXT = (ROOT / "cas-bulletin-2018-patent-alliances.txt").read_text(encoding="utf-8")
GOLD = json.loads((ROOT / "cas-bulletin-2018-patent-alliances.csl.json").read_text(encoding="utf-8"))
IGNORED = ("id", "x-raw", "x-provenance")


def _comparable(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in IGNORED and not k.startswith("x-topics")}


LINES = split_reference_lines(TEXT)
PARSED = parse_references(LINES)


def test_one_reference_per_line() -> None:
    assert len(LINES) == len(GOLD) == 20


@pytest.mark.parametrize("index", range(20), ids=[g["id"] for g in GOLD])
def test_seed_reference_parses_to_curated_reading(index: int) -> None:
    got = _comparable(PARSED[index].to_csl())
    assert got == _comparable(GOLD[index])


def test_raw_is_the_line_and_every_field_is_marked_parsed() -> None:
    for line, ref in zip(LINES, PARSED, strict=True):
        assert ref.raw == line
        csl = ref.to_csl(extras=False)
        assert set(csl) <= set(ref.provenance)
        assert set(ref.provenance.values()) == {"parsed"}
