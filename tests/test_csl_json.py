from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from poolrefs import FormatError, Reference, read_csl_json, write_csl_json

from .strategies import csl_items


def test_seed_gold_round_trips_every_key(seed_items: list[dict[str, Any]]) -> None:
    assert len(seed_items) == 20
    for item in seed_items:
        assert Reference.from_csl(item).to_csl() == item


def test_seed_gold_fields(seed_items: list[dict[str, Any]]) -> None:
    refs = [Reference.from_csl(i) for i in seed_items]
    first = refs[0]
    assert first.authors[0].family == "李" and first.authors[0].given == "明星"
    assert first.et_al is True
    assert (first.volume, first.issue, first.page) == ("33", "22", "64-68")
    assert refs[19].editors[1].given == "C."
    assert refs[5].accessed is not None and refs[5].accessed.parts == [[2009, 6, 19]]
    assert refs[5].ieee_article_number == "5076744"
    assert first.extras["x-topics"] == []


@settings(max_examples=300, deadline=None)
@given(csl_items())
def test_from_csl_to_csl_is_lossless(item: dict[str, Any]) -> None:
    assert Reference.from_csl(item).to_csl() == item


@settings(max_examples=100, deadline=None)
@given(csl_items())
def test_write_then_read_is_lossless(item: dict[str, Any]) -> None:
    [ref] = read_csl_json(write_csl_json([Reference.from_csl(item)]))
    assert ref.to_csl() == item


def test_single_object_accepted() -> None:
    [ref] = read_csl_json('{"id": "a", "type": "book", "title": "T"}')
    assert ref.title == "T"


def test_invalid_json_names_line() -> None:
    with pytest.raises(FormatError) as info:
        read_csl_json('[\n{"id": "a",\n "title": }\n]', source="refs.json")
    assert info.value.line == 3
    assert "refs.json:3" in str(info.value)


def test_invalid_item_names_item_and_field() -> None:
    with pytest.raises(FormatError, match=r"item 2: CSL-JSON item 'b': .*impossible year"):
        read_csl_json(json.dumps([{"id": "a"}, {"id": "b", "issued": {"date-parts": [[20116]]}}]))


def test_non_object_item() -> None:
    with pytest.raises(FormatError, match="must be an object"):
        read_csl_json("[1]")


def test_wrong_name_shape_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="list of name objects"):
        Reference.from_csl({"id": "a", "author": "Smith, J."})


def test_write_without_extras_drops_only_nonstandard_keys(seed_items: list[dict[str, Any]]) -> None:
    out = json.loads(write_csl_json([Reference.from_csl(i) for i in seed_items], extras=False))
    for original, written in zip(seed_items, out, strict=True):
        assert written == {k: v for k, v in original.items() if not k.startswith("x-")}
    assert "李" in write_csl_json([Reference.from_csl(seed_items[0])])
