"""Hypothesis strategies for CSL-JSON items and references."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from poolrefs.model import ITEM_TYPES

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)
cjk_text = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6)
number = st.one_of(st.integers(min_value=0, max_value=9999), text)

name = st.one_of(
    st.fixed_dictionaries(
        {"family": st.one_of(text, cjk_text)},
        optional={
            "given": st.one_of(text, cjk_text),
            "suffix": text,
            "non-dropping-particle": st.sampled_from(["van", "de", "van der", "von"]),
            "dropping-particle": st.sampled_from(["de", "d'"]),
        },
    ),
    st.fixed_dictionaries({"literal": text}),
)
date_parts = st.tuples(
    st.integers(min_value=-500, max_value=2999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=3),
).map(lambda t: [list(t[: t[3]])])
date = st.one_of(
    st.fixed_dictionaries({"date-parts": date_parts}, optional={"circa": st.booleans(), "season": st.integers(1, 4)}),
    st.fixed_dictionaries({"literal": text}),
    st.fixed_dictionaries({"raw": text}),
)
doi = st.from_regex(r"10\.[0-9]{4,6}/[A-Za-z0-9.()_;:-]{1,20}[A-Za-z0-9]", fullmatch=True)

_TEXT_KEYS = ["title", "container-title", "collection-title", "publisher", "publisher-place",
              "genre", "medium", "note", "abstract", "keyword", "language", "URL", "ISBN",
              "ISSN", "event-title", "archive", "call-number", "title-short", "original-title",
              "jurisdiction", "dimensions", "status", "version", "citation-key"]  # fmt: skip
_NUMBER_KEYS = ["volume", "issue", "page", "number", "edition", "number-of-pages",
                "collection-number", "chapter-number"]  # fmt: skip
_NAME_KEYS = ["author", "editor", "translator", "container-author", "director", "recipient"]
_DATE_KEYS = ["issued", "accessed", "original-date", "event-date"]


@st.composite
def csl_items(draw: st.DrawFn) -> dict[str, Any]:
    """A valid CSL-JSON item with a random selection of standard and extra keys."""
    item: dict[str, Any] = {"id": draw(st.one_of(text, st.integers(0, 10**6))),
                            "type": draw(st.sampled_from(ITEM_TYPES))}  # fmt: skip
    for key in draw(st.lists(st.sampled_from(_TEXT_KEYS), unique=True, max_size=8)):
        item[key] = draw(text)
    for key in draw(st.lists(st.sampled_from(_NUMBER_KEYS), unique=True, max_size=5)):
        item[key] = draw(number)
    for key in draw(st.lists(st.sampled_from(_NAME_KEYS), unique=True, max_size=3)):
        item[key] = draw(st.lists(name, min_size=1, max_size=4))
    for key in draw(st.lists(st.sampled_from(_DATE_KEYS), unique=True, max_size=2)):
        item[key] = draw(date)
    if draw(st.booleans()):
        item["DOI"] = draw(doi)
    if draw(st.booleans()):
        item["x-topics"] = draw(st.lists(st.sampled_from(["pool-formation", "rent-sharing"])))
    if draw(st.booleans()):
        item["x-et-al"] = True
    if draw(st.booleans()):
        item["custom"] = {"a": draw(text)}
    return item
