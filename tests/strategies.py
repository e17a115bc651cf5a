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


# ----- hostile strings (tests/test_hostile_inputs.py) ----------------------------------------

CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])) + "\u2028\u2029"
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u3000\u00a0\u2009\ufffc\ufffd"
EMOJI = ["😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇨🇳", "🇺🇸", "❤️", "\U0001f9d1\u200d\U0001f52c", "🔥" * 3,
         "#\ufe0f\u20e3", "\U000e0067\U000e0062"]  # fmt: skip
#: Lone surrogates, both as real code points and as the escapes JSON would carry.
SURROGATES = ["\ud800", "\udfff", "\udc80abc", "x\ud83d", "\\ud800", "\\udfff\\ud800", "\\u0000"]
SCRIPTS = ["专利池", "專利聯盟", "Патентный пул", "براءة الاختراع", "פטנט", "पेटेंट", "สิทธิบัตร",
           "특허 풀", "パテントプール", "Ἑλληνικά", "Z̴̢̛͓̈́a̸̡̛l̷̨̈g̵̢̛o", "e\u0301\u0301\u0301",
           "ﬁﬂ", "ＡＢＣ１２３", "𝔓𝔞𝔱𝔢𝔫𝔱", "𠀀𪚥"]  # fmt: skip
PUNCTUATION_RUNS = [".", ",", ";", ":", "-", "–", "—", "/", "\\", "&", "'", '"', "“", "”", "‘",
                    "’", "。", "，", "、", "：", "；", "《", "》", "·", "…", "?", "!", "*", "_",
                    "~", "|", "@", "#", "%", "$", "^", "=", "+", "<", ">", "`"]  # fmt: skip
OPENERS = "([{<（【〔《「『"
CLOSERS = ")]}>）】〕》」』"
FRAGMENTS = ["Kato A.", "Lerner J, Tirole J.", "et al.", "等.", "Patent pools", "[J].", "[M].",
             "[EB/OL].", "2004", "(2019)", "1-10.", "pp. 5–9", "vol. 3", "no. 2", "doi:10.1000/182",
             "https://doi.org/10.1/x", "http://", "ISBN 978-7-03-000000-0", "Beijing: Science Press",
             "J Ind Econ,", "Proc. IEEE", "In:", "Ed.", "[1]", "1.", "(", ")", "“", "”",
             "arXiv:2101.00001", "2020-13-45", "19999", "0000", "-1"]  # fmt: skip


def _run(pieces: str | list[str]) -> st.SearchStrategy[str]:
    """A run of 1..200 repetitions of one piece (pathological repetition)."""
    return st.tuples(st.sampled_from(list(pieces)), st.integers(1, 200)).map(lambda t: t[0] * t[1])


@st.composite
def nested_brackets(draw: st.DrawFn) -> str:
    """Deeply nested (possibly unbalanced, possibly mixed) brackets around some text."""
    depth = draw(st.integers(1, 300))
    kinds = draw(st.lists(st.integers(0, len(OPENERS) - 1), min_size=1, max_size=3))
    opens = "".join(OPENERS[kinds[i % len(kinds)]] for i in range(depth))
    closes = "".join(CLOSERS[kinds[i % len(kinds)]] for i in reversed(range(depth)))
    middle = draw(st.sampled_from(FRAGMENTS))
    cut = draw(st.integers(0, depth))  # unbalanced when cut < depth
    return opens + middle + closes[: len(closes) - (depth - cut)]


hostile_piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(alphabet=CONTROL_CHARS, min_size=1, max_size=5),
    st.text(alphabet=BIDI_MARKS + INVISIBLES, min_size=1, max_size=5),
    st.sampled_from(EMOJI),
    st.sampled_from(SURROGATES),
    st.sampled_from(SCRIPTS),
    _run(PUNCTUATION_RUNS),
    _run([o for o in OPENERS] + [c for c in CLOSERS]),
    nested_brackets(),
    st.text(min_size=1, max_size=10),  # any code point, surrogates included
    st.just(" "),
)

#: A hostile string: realistic reference fragments mixed with everything that breaks parsers.
hostile_text = st.lists(hostile_piece, min_size=0, max_size=25).map("".join)


def huge_strings(size: int = 1_000_000) -> dict[str, str]:
    """Deterministic huge inputs (about ``size`` characters each), by name."""
    ref = "Kato A, Lerner J. Patent pool enhances market competition[J]. J Ind Econ, 2004, 52(2): 1-10. "
    return {
        "repeated-reference": (ref * (size // len(ref) + 1))[:size],
        "one-word": "a" * size,
        "spaces": " " * size,
        "dots": "." * size,
        "commas-and-spaces": ", " * (size // 2),
        "nested-parens": "(" * (size // 2) + ")" * (size // 2),
        "open-braces": "{" * size,
        "cjk": ("专利池促进了市场竞争" * (size // 10 + 1))[:size],
        "digits": "1" * size,
        "bidi-and-controls": (BIDI_MARKS + CONTROL_CHARS) * (size // 50),
        "emoji": "👩‍👩‍👧‍👦" * (size // 7),
        "doi-like": ("10.1000/" + "x" * 50 + " ") * (size // 59),
        "url-like": "https://example.org/" + "a/" * (size // 2),
    }


@st.composite
def hostile_bibtex(draw: st.DrawFn) -> str:
    """BibTeX text: entries with hostile keys, types and field values, or raw garbage."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            parts.append(draw(hostile_text))
            continue
        etype = draw(st.sampled_from(["article", "book", "misc", "inproceedings", "thesis",
                                      "string", "comment", "preamble", draw(hostile_text)]))  # fmt: skip
        key = draw(st.one_of(st.just("k"), hostile_text))
        fields = []
        for _ in range(draw(st.integers(0, 6))):
            name = draw(st.sampled_from(["title", "author", "editor", "year", "date", "month",
                                         "pages", "journal", "doi", "url", "langid", "crossref",
                                         "note", draw(hostile_text)]))  # fmt: skip
            value = draw(hostile_text)
            style = draw(st.sampled_from(["{%s}", '"%s"', "%s", "{{%s}}", "%s # {x}"]))
            fields.append(f"{name} = {style % value}")
        parts.append(f"@{etype}{{{key},\n  " + ",\n  ".join(fields) + "\n}")
    return "\n\n".join(parts)


@st.composite
def hostile_csl_json(draw: st.DrawFn) -> str:
    """CSL-JSON text: valid items with hostile strings, broken shapes, or broken JSON."""
    import json

    kind = draw(st.sampled_from(["items", "shapes", "text"]))
    if kind == "text":
        return draw(hostile_text)
    if kind == "shapes":
        value = draw(st.recursive(
            st.one_of(st.none(), st.booleans(), st.floats(allow_nan=True), st.integers(),
                      hostile_text),
            lambda inner: st.one_of(st.lists(inner, max_size=4),
                                    st.dictionaries(st.sampled_from(_TEXT_KEYS + _NAME_KEYS +
                                                    _DATE_KEYS + _NUMBER_KEYS + ["id", "type",
                                                    "date-parts", "family", "x-raw"]), inner,
                                                    max_size=5)),
            max_leaves=20,
        ))  # fmt: skip
        return json.dumps(value, ensure_ascii=draw(st.booleans()))
    items = draw(st.lists(csl_items(), min_size=1, max_size=3))
    for item in items:
        for key in draw(st.lists(st.sampled_from(_TEXT_KEYS), unique=True, max_size=4)):
            item[key] = draw(hostile_text)
    return json.dumps(items, ensure_ascii=draw(st.booleans()))
