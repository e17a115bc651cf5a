"""Soft-match rule for field-level parser accuracy (used by ``bench/parse_accuracy.py``).

A *gold* record and a *predicted* record are both CSL-JSON-like dicts. Each gold field is
compared with the predicted value of the same CSL key; a field counts (is scored) only when
the gold has it. The soft-match rule:

* Text (title, container-title, collection-title, publisher, publisher-place, genre, number):
  Unicode NFKC (full-width punctuation and ligatures fold to ASCII), case folded, quotation
  marks dropped, all dashes read as ``-``, all whitespace removed, a leading ``In`` / ``In:``
  removed, surrounding punctuation and brackets stripped. Inner punctuation still counts.
  CJK text gets exactly this treatment: after punctuation normalisation it must be equal.
* Pages: as text, plus a leading ``pp.`` / ``p.`` / ``pages`` removed, ``--`` and en dashes
  read as ``-``, and abbreviated ranges expanded (``112–19`` == ``112-119``).
* Volume, issue: as text, plus a leading ``vol.`` / ``volume`` / ``no.`` / ``n°`` /
  ``issue`` / ``第`` and trailing ``卷`` / ``期`` removed; a number word is its number
  (``Two`` == ``2``). Edition: the number, from digits or
  an ordinal word (``2nd ed.`` == ``2`` == ``第2版`` == ``Second``), else as text.
* Names (author, editor, translator): each name becomes a key, family name (particles
  included, spaces and hyphens removed, case folded) + given-name initials (``Ralph L.`` ->
  ``rl``; ``RL`` -> ``rl``; ``T.-L.`` -> ``tl``); institutional (literal) names and names
  without a given name key as their whole text; CJK names as their whole text (family +
  given, punctuation normalised). Two structured lists match when the key lists are equal,
  in order; when the gold says the list was truncated (``x-et-al``), the prediction must say
  so too. When one side is free text (AnyStyle's labelled author span, refextract's author
  string), it is split into words, the connectives ``and``/``&``/``et al``/``eds``/``ed``/
  ``by``/``in``/``trans``/``等``/``编``/``译`` dropped, and the text matches when its words
  are used up exactly by the other side's family names (whole words) and given-name initials
  (one-letter words, or the first letter of a spelled-out given name), as multisets.
* Dates: ``issued`` compares the year only (gold styles print no more in most suites);
  ``accessed`` compares the date parts to the gold's precision.
* DOI: case folded, whitespace and surrounding brackets removed, ``doi:`` /
  ``https://doi.org/`` / ``http://dx.doi.org/`` prefixes removed (also stacked:
  ``DOI:http://dx.doi.org/10.…``). URL: the text rule
  (so case folded too). ISBN: digits and ``X``.
* type: the CSL item type, exactly.
* An article number may be read as ``page`` or ``number``: a gold page matches a predicted
  number (when the prediction has no page) and the other way round.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

NAME_FIELDS = ("author", "editor", "translator")
TEXT_FIELDS = (
    "title", "container-title", "collection-title", "publisher", "publisher-place", "genre",
    "number", "URL",
)  # fmt: skip
#: Every field the bench scores, in table order.
FIELDS = (
    "type", "author", "editor", "translator", "title", "container-title", "collection-title",
    "edition", "volume", "issue", "page", "number", "issued", "accessed", "publisher",
    "publisher-place", "genre", "URL", "DOI", "ISBN",
)  # fmt: skip

_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_QUOTES = dict.fromkeys(
    map(
        ord,
        "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f",
    ),
    None,
)
_EDGE = (
    " \t\n.,;:!?()[]{}<>/\\|*~_-\u3001\u3002\uff0c\uff1a\uff1b\u3010\u3011\u300a\u300b\u3008\u3009"
)
_IN_PREFIX = re.compile(r"^\s*in\b\s*:?\s*", re.IGNORECASE)
_PAGE_PREFIX = re.compile(
    r"^\s*(?:pages?\b|pp?\.|pp?(?=\s*\d)|s\.)\s*(?=[\dA-Za-z])", re.IGNORECASE
)
_NUM_PREFIX = re.compile(
    r"^\s*(?:vol(?:ume)?\.?|n[°º]|no\.?|nr\.?|num(?:ber)?\.?|issue|iss\.?|第)\s*", re.IGNORECASE
)
_NUM_SUFFIX = re.compile(r"\s*(?:卷|期|册|辑)\s*$")
_RANGE = re.compile(r"^([A-Za-z]*)(\d+)-([A-Za-z]*)(\d+)$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CONNECTIVES = frozenset(
    [
        "and",
        "&",
        "et",
        "al",
        "etal",
        "eds",
        "ed",
        "edd",
        "edited",
        "editor",
        "editors",
        "by",
        "in",
        "trans",
        "transl",
        "translated",
        "translator",
        "trad",
        "hrsg",
        "hg",
        "und",
        "等",
        "编",
        "主编",
        "编著",
        "著",
        "译",
        "合著",
    ]
)


# ----- text --------------------------------------------------------------------------------


def fold(text: str) -> str:
    """NFKC, case folded, dashes unified, quotes dropped (no whitespace change)."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES).casefold()


def norm_text(value: Any) -> str:
    """The text soft-match key: see the module docstring."""
    text = fold(str(value))
    text = _IN_PREFIX.sub("", text)
    text = text.strip(_EDGE)
    return re.sub(r"\s+", "", text)


def expand_range(text: str) -> str:
    """``112-19`` -> ``112-119``, ``S12-19`` -> ``S12-S19``; other text unchanged."""
    m = _RANGE.match(text)
    if not m:
        return text
    p1, first, p2, last = m.groups()
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{p1}{first}-{p2 or p1}{last}"


def norm_page(value: Any) -> str:
    """Page soft-match key: prefixes off, dashes unified, ranges expanded."""
    text = fold(str(value)).strip(_EDGE)
    text = _PAGE_PREFIX.sub("", text)
    text = re.sub(r"\s+", "", text).strip(_EDGE)
    text = re.sub(r"-+", "-", text)
    return expand_range(text)


_WORDS_1_TO_20 = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_NUMBER_WORDS = {w: str(i + 1) for i, w in enumerate(_WORDS_1_TO_20)}


def norm_number(value: Any) -> str:
    """Volume / issue soft-match key (a number word is its number: ``Two`` == ``2``)."""
    text = fold(str(value)).strip(_EDGE)
    text = _NUM_PREFIX.sub("", text)
    text = _NUM_SUFFIX.sub("", text)
    key = norm_text(text)
    return _NUMBER_WORDS.get(key, key)


_ORDINALS = {
    w: str(i + 1)
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ]
    )
}


def norm_edition(value: Any) -> str:
    """Edition soft-match key: the first number (or ordinal word), else the text."""
    text = fold(str(value))
    m = re.search(r"\d+", text)
    if m:
        return m.group(0)
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b", text):
            return number
    return norm_text(re.sub(r"\b(?:ed|edn|edition)\b\.?", "", text))


_DOI_PREFIX = re.compile(r"^(?:doi:|https?://(?:dx\.)?doi\.org/|(?:dx\.)?doi\.org/)")


def norm_doi(value: Any) -> str:
    """DOI soft-match key: the bare DOI (any ``doi:`` / resolver prefixes, also stacked as
    in ``DOI:http://dx.doi.org/10.…``, and surrounding brackets removed)."""
    text = re.sub(r"\s+", "", fold(str(value))).strip(_EDGE)
    while (m := _DOI_PREFIX.match(text)) is not None:
        text = text[m.end() :]
    return text.strip(_EDGE)


def norm_isbn(value: Any) -> str:
    """ISBN soft-match key."""
    return re.sub(r"[^0-9x]", "", fold(str(value)))


# ----- dates -------------------------------------------------------------------------------


def date_parts(value: Any) -> list[int]:
    """Date parts (year, month, day as far as known) of a CSL date, a year, or date text."""
    if value is None:
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if parts and parts[0]:
            out = []
            for p in parts[0]:
                try:
                    out.append(int(p))
                except (TypeError, ValueError):
                    break
            return out
        for key in ("raw", "literal"):
            if value.get(key):
                return date_parts(str(value[key]))
        return []
    text = fold(str(value))
    m = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)", text)
    if not m:
        return []
    return [int(g) for g in m.groups() if g]


def match_date(gold: Any, pred: Any, *, year_only: bool) -> bool:
    """Dates match on the year (``year_only``) or on the gold's date parts."""
    g, p = date_parts(gold), date_parts(pred)
    if not g or not p:
        return False
    if year_only:
        return g[0] == p[0]
    return p[: len(g)] == g


# ----- names -------------------------------------------------------------------------------


def is_cjk(text: str) -> bool:
    """True when the text contains a CJK character."""
    return bool(_CJK.search(text))


def initials(given: str) -> str:
    """Initials of a given name: ``Ralph L.`` -> ``rl``, ``RL`` -> ``rl``, ``T.-L.`` -> ``tl``."""
    out: list[str] = []
    for part in re.split(r"[\s.\-\u2010]+", unicodedata.normalize("NFKC", given)):
        letters = [c for c in part if c.isalpha()]
        if not letters:
            continue
        if len(letters) <= 3 and all(c.isupper() for c in letters) and len(part) == len(letters):
            out.extend(c.casefold() for c in letters)  # a run of initials: "RL"
        else:
            out.append(letters[0].casefold())
    return "".join(out)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-.,'\u2019]+", "", fold(text))


def name_key(name: Mapping[str, Any]) -> tuple[str, str]:
    """(family key, initials) of a CSL name object; literal and CJK names key as whole text."""
    literal = name.get("literal")
    if literal:
        return norm_text(literal), ""
    family = str(name.get("family") or "")
    given = str(name.get("given") or "")
    if is_cjk(family + given):
        return norm_text(family + given), ""
    particles = [name.get("dropping-particle"), name.get("non-dropping-particle")]
    full_family = " ".join(str(p) for p in (*particles, family) if p)
    if not given:
        return norm_text(full_family).replace("-", ""), ""
    return _squash(full_family), initials(given)


def _text_words(text: str) -> list[str]:
    """Words of a free-text name list, case kept, connectives and "et al." dropped."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    text = re.sub(r"(?<=\w)-\s+(?=\w)", "", text)  # "Mur- phy": a line-break hyphen
    text = re.sub(r"\b[Ee]t\.?\s*[Aa]l\b\.?", " ", text)
    words: list[str] = []
    for raw in re.split(r"[\s,;:&()\[\]/\u3001]+", text):
        for piece in raw.split("."):
            w = piece.strip(_EDGE)
            if w and w.casefold() not in _CONNECTIVES:
                words.append(w)
    return words


def _family_words(text: str) -> list[str]:
    return [w.casefold().replace("-", "") for w in _text_words(text)]


def names_match_text(text: str, names: Iterable[Mapping[str, Any]]) -> bool:
    """Free-text name list vs structured names, by word multisets (see module docstring)."""
    families: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for name in names:
        fam, ini = name_key(name)
        if name.get("literal") or is_cjk(fam):
            families.update([fam] if is_cjk(fam) else _family_words(str(name["literal"])))
            continue
        parts = ("dropping-particle", "non-dropping-particle", "family")
        families.update(_family_words(" ".join(str(name.get(k) or "") for k in parts)))
        given.update(ini)
    if not families:
        return False
    for word in _text_words(text):
        key = norm_text(word) if is_cjk(word) else word.casefold().replace("-", "")
        if families[key] > 0:
            families[key] -= 1
            continue
        if is_cjk(word):
            return False
        letters = initials(word)
        need = Counter(letters)
        if any(given[c] < n for c, n in need.items()):
            return False
        given.subtract(need)
    return not (+families) and not (+given)


def match_names(
    gold: Any, pred: Any, *, gold_et_al: bool = False, pred_et_al: bool = False
) -> bool:
    """Names match: structured key lists in order (and the et-al flag), or text vs structure."""
    if not gold or not pred:
        return False
    if isinstance(gold, str) and isinstance(pred, str):
        return sorted(_text_words(gold)) == sorted(_text_words(pred))
    if isinstance(gold, str):
        return names_match_text(gold, pred)
    if isinstance(pred, str):
        return names_match_text(pred, gold)
    if gold_et_al and not pred_et_al:
        return False
    return [name_key(n) for n in gold] == [name_key(n) for n in pred]


# ----- one field ----------------------------------------------------------------------------

_NORMALISERS = {
    "page": norm_page,
    "volume": norm_number,
    "issue": norm_number,
    "edition": norm_edition,
    "DOI": norm_doi,
    "ISBN": norm_isbn,
}


def _match(field: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    g, p = gold.get(field), pred.get(field)
    if p is None or p == "" or p == []:
        return False
    if field in NAME_FIELDS:
        return match_names(
            g,
            p,
            gold_et_al=bool(gold.get("x-et-al")) and field == "author",
            pred_et_al=bool(pred.get("x-et-al")),
        )
    if field == "issued":
        return match_date(g, p, year_only=True)
    if field == "accessed":
        return match_date(g, p, year_only=False)
    if field == "type":
        return str(g) == str(p)
    normalise = _NORMALISERS.get(field, norm_text)
    return normalise(g) == normalise(p)


def match_field(field: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether ``pred`` has the gold value of ``field`` under the soft-match rule.

    An article number may be read as ``page`` or as ``number``: either counts for the other.
    """
    if _match(field, gold, pred):
        return True
    other = {"page": "number", "number": "page"}.get(field)
    if other and not pred.get(field) and pred.get(other):
        return norm_page(gold[field]) == norm_page(pred[other])
    return False


def score_record(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, bool]:
    """Field -> matched, for every scored field the gold has."""
    return {f: match_field(f, gold, pred) for f in FIELDS if gold.get(f) not in (None, "", [])}
