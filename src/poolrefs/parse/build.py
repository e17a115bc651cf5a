"""From labelled tokens to a clean :class:`~poolrefs.model.Reference`."""

from __future__ import annotations

import re
from typing import Any

from ..dates import DateValue
from ..identifiers import normalize_doi
from ..model import Reference
from ..names import Name
from . import fields as F
from .boundaries import label_runs
from .gbt import gbt_fields
from .names import split_names
from .numspans import fix_number_spans, split_number_pages
from .relabel import relabel
from .repair import repair, repair_gbt
from .reshape import reshape, reshape_numbers
from .tokens import Token
from .types import infer_type

__all__ = ["build_reference", "group_spans"]

_IN_CUE = re.compile(r"\s*(?:in\b|//)")
_ANALYTIC = re.compile(r"(?<![:/])//")
_IN_WORD = re.compile(r"\s*in\b")
_ISBN_CUE = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*", re.I)
_DOI_URL = re.compile(r"https?://(?:dx\.)?doi\.org/", re.I)

_CODE = re.compile(r"\[([A-Z]{1,3}(?:/[A-Z]{1,3})?)\]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CUE_ONLY = re.compile(r"[\s,.(]*(?:eds?|editors?|hrsg|hg|éds?)[\s.,)]*", re.I)
_ED_CUE_BEFORE = re.compile(r"\b(?:eds?\.|edited\s+by|éds?\.|hrsg\.(?:\s+v(?:on)?\.)?)\s*$", re.I)
_EDITOR_SUFFIX = re.compile(r"(?:\(\s*(?:eds?|hrsg|hg|éds?|dir)\.?\s*\)|\beds?\.|\beditors?|主编|编)[\s.,:;)]*$", re.I)


def group_spans(text: str, tokens: list[Token], labels: list[str]) -> list[tuple[str, int, int]]:
    """Consecutive tokens with one label, as (label, start, end) character spans."""
    runs = label_runs(labels[: len(tokens)])
    return [(label, tokens[i].start, tokens[j - 1].end) for label, i, j in runs]


_ACCESS_BEFORE = re.compile(
    r"(?:accessed|retrieved|viewed|cited|consulted|访问日期|引用日期|检索日期)\W{0,3}(?:on\s+)?$", re.I
)
_RANGE_LIKE = re.compile(r"\s*\d{4}\s*[-–]\s*\d{1,4}\b")
_ROMAN_VALUE = re.compile(r"(?<![A-Za-z])[IVXLC]{1,7}(?![A-Za-z])")
_NEEDS_DIGIT = frozenset({"volume", "issue", "pages", "date", "accessed"})
_NAME_LABELS = frozenset({"author", "editor", "translator"})
_LONGEST = frozenset({"container", "collection", "publisher", "place"})


def _cue_only(lab: str, value: str) -> bool:
    """A number field's span that holds only its cue word ("vol.", "pp."), no value."""
    if lab not in _NEEDS_DIGIT or any(ch.isdigit() for ch in value):
        return False
    if lab == "pages" and "页" in value:
        return False
    return not (lab in ("volume", "issue") and _ROMAN_VALUE.search(value))  # "Vol. XII" has one


def _pick_spans(text: str, spans: list[tuple[str, int, int]]) -> dict[str, str]:
    """One span per label: the first, or for text fields the one with most letters.

    A date right after an access cue ("Accessed:", "[cited", "引用日期") is the access date.
    """
    raw: dict[str, str] = {}
    weight: dict[str, int] = {}
    for lab, s, e in spans:
        if lab == "date" and _ACCESS_BEFORE.search(text, max(0, s - 30), s):
            lab = "accessed"
        value = " ".join(text[s:e].split())  # collapsed: keeps later steps linear
        if _cue_only(lab, value):
            continue
        if lab not in _NAME_LABELS and not any(ch.isalnum() for ch in value):
            continue  # a bracket or stop alone: no value ("———." as author is a ditto mark)
        if lab == "date" and "date" in raw and _RANGE_LIKE.match(raw["date"]) and not _RANGE_LIKE.match(value):
            raw[lab] = value  # "264, 1772-1775 (1994)": the first "date" was a page range
        elif lab not in raw:
            raw[lab] = value
            weight[lab] = len(value)
        elif lab in _LONGEST:
            w = len(value)
            if w > weight[lab]:
                raw[lab], weight[lab] = value, w
    return raw


def build_reference(text: str, tokens: list[Token], labels: list[str]) -> Reference:
    """Assemble the reference: clean each field, split names, infer type and language."""
    labels = relabel(text, tokens, labels)
    spans = fix_number_spans(text, group_spans(text, tokens, labels))
    raw = _pick_spans(text, spans)
    split_number_pages(raw)
    reshape_numbers(raw)
    raw = repair(raw, text)
    reshape(raw, text)
    edited = _edited_book(text, spans)
    code_match = _CODE.search(text)
    gbt_type = None
    if code_match:
        found = gbt_fields(text, code_match.start(), code_match.end(), code_match.group(1))
        gbt_type = found.pop("type", None)
        for key, value in found.items():
            if value:
                raw[key] = value
            else:
                raw.pop(key, None)
        if not found:
            repair_gbt(raw, code_match.group(1), text[code_match.end() : code_match.end() + 2] == "//")
    values: dict[str, Any] = {}
    shape: dict[str, str] = {}
    code = None
    m = _CODE.search(text)
    if m:
        code = m.group(1)
    et_al = False
    if "editor" in raw and _CUE_ONLY.fullmatch(raw["editor"]):
        raw.pop("editor")  # ", eds." alone: the cue of the names before it
    if "author" in raw and "editor" not in raw and (edited or _EDITOR_SUFFIX.search(raw["author"])):
        raw["editor"] = raw.pop("author")
    if edited and "title" not in raw and "container" in raw:
        raw["title"] = raw.pop("container")  # "Zhang X, editor. Title. Place: Publisher"  # "Zhang, X. (Ed.). (1982). Title": an edited book
    for label, attr in (("author", "authors"), ("editor", "editors"), ("translator", "translators")):
        if label in raw:
            names, truncated = _names(raw[label])
            if names:
                values[attr] = names
                shape[label] = "y"
            et_al = et_al or (truncated and label == "author")
    if "author" not in raw and "editor" in raw and not edited and not _has_container(raw) and not (
        _ED_CUE_BEFORE.search(text, 0, max(0, text.find(raw["editor"])))
    ):  # no "ed." / "edited by" before the names: a name list read as editors is the authors
        values["authors"] = values.pop("editors", [])
    _text_fields(raw, values, shape)
    _number_fields(raw, values, shape)
    _date_fields(raw, values, shape)
    _identifier_fields(text, raw, values, shape)
    if "container" in raw and _IN_CUE.match(raw["container"], re.I):
        shape["in"] = "y"
    if "in" not in shape and "editor" in raw and _IN_WORD.match(raw["editor"], re.I):
        shape["in"] = "y"
    values["type"] = infer_type(shape, code)
    if code_match and gbt_type:
        values["type"] = gbt_type
    if m and _ANALYTIC.search(text, m.end()) and values["type"] in ("book", "article-journal", "report"):
        values["type"] = "chapter"  # "[M]//": a part of a book
    if "genre" in values and _CODE.fullmatch(values["genre"].strip("[]").join("[]")):
        values.pop("genre")
    if (values["type"] in ("report", "patent", "standard") and "issue" in values
            and not {"number", "volume", "container_title"} & values.keys()):
        values.pop("issue")  # a report's "No. 12" read as an issue: its number
        values["number"] = F.clean_text(raw["issue"])
    lang = _language(values.get("title") or text)
    if lang:
        values["language"] = lang
    if et_al:
        values["et_al"] = True
    ref = Reference(raw=text, **values)
    provenance = {key: "parsed" for key in ref.to_csl(extras=False)}
    if et_al:
        provenance["x-et-al"] = "parsed"
    return ref.model_copy(update={"provenance": provenance})



_EDITOR_AFTER = re.compile(r"\s*[,.]?\s*(?:\((?:eds?|editors?|hrsg|éds?)\.?\)|(?:eds?|Eds?)\.(?!\s*by)|editors?\b)[\s.,]", re.I)


def _edited_book(text: str, spans: list[tuple[str, int, int]]) -> bool:
    """Whether the first name span is followed by (or ends with) an editor cue.

    ``Zhang, X. (Ed.).``, ``Smith, J., eds. 2001.``, ``[4] O. Smith, Ed., Title``.
    """
    for lab, s, e in spans:
        if lab in ("author", "editor"):
            return _EDITOR_AFTER.match(text + " ", e) is not None or (
                _EDITOR_SUFFIX.search(text[s:e]) is not None and not _IN_CUE.match(text, s)
                and not re.match(r"\s*(?:edited|ed\.)\s+by", text[s:e], re.I)
            )
        if lab not in ("citation-number", "note"):
            return False
    return False


def _has_container(raw: dict[str, str]) -> bool:
    return "container" in raw


def _names(span: str) -> tuple[list[Name], bool]:
    try:
        return split_names(span)
    except ValueError:
        return [], False


def _text_fields(raw: dict[str, str], values: dict[str, Any], shape: dict[str, str]) -> None:
    for label, attr in (("title", "title"), ("container", "container_title"),
                        ("collection", "collection_title")):
        if label in raw:
            value = F.clean_title(_unwrap(raw[label].rstrip(" .,;:")) if label == "collection" else raw[label])
            if value:
                values[attr] = value
                shape[label] = value
    for label, attr in (("publisher", "publisher"), ("place", "publisher_place"), ("genre", "genre"),
                        ("note", "note")):
        if label in raw and label != "note":
            value = F.clean_text(raw[label])
            if label == "place" and value.isupper() and len(value) > 3:
                value = value.title()
            if label == "genre":
                value = _unwrap(value)
            if value and not (label == "genre" and _CODE.fullmatch(value if value.startswith("[") else f"[{value}]")):
                values[attr] = value
                shape[label] = value
            elif label == "genre":
                shape["genre"] = ""


def _number_fields(raw: dict[str, str], values: dict[str, Any], shape: dict[str, str]) -> None:
    for label, attr in (("volume", "volume"), ("issue", "issue")):
        if label in raw:
            value = F.clean_number(raw[label]) if not _CJK_PART.search(raw[label]) else None
            if _ISSUE_RUN.search(raw[label]):
                value = F.clean_text(raw[label])  # a periodical's holdings: "1957(1)-1990(4)"
            if value is None and _CJK_PART.search(raw[label]):
                value = F.clean_text(raw[label])  # "第 4 册", "四卷", "上", "增刊 2"
            if value:
                values[attr] = value
                shape[label] = value
    if "number" in raw:
        value = _unwrap(F.clean_text(raw["number"]))
        kind = _NUMBER_KIND.match(value)
        if kind and kind.end() < len(value):  # "Report WP 49", "Working Paper 123"
            if "genre" not in values:
                values["genre"] = shape["genre"] = kind.group(1)
            value = value[kind.end() :]
        value = re.sub(r"^(?:number|nr\.?)\s*", "", value, flags=re.I)
        if value:
            values["number"] = value
            shape["number"] = value
    if "pages" in raw:
        value = F.clean_pages(raw["pages"])
        if value:
            values["page"] = value
            shape["pages"] = value
    if "edition" in raw:
        value = F.clean_edition(raw["edition"])
        if value:
            values["edition"] = value


_NUMBER_KIND = re.compile(
    r"((?:technical|research|working|discussion|policy)?\s*(?:report|paper|rep\.)|patent)\s+(?=\S*\d)", re.I
)


_ISSUE_RUN = re.compile(r"[)）]\s*[-—–]")
_CJK_PART = re.compile(r"[册上下辑增年一二三四五六七八九十]")


def _unwrap(value: str) -> str:
    """``(WP 31)``, ``[PhD thesis]``, ``硕士学位论文]`` -> the text inside; ``2016(en)`` kept."""
    while len(value) >= 2 and value[0] in "([【（" and value[-1] in ")]】）":
        value = value[1:-1].strip()
    if value and value[0] in "([【（" and not any(c in value for c in ")]】）"):
        value = value[1:].strip()
    if value and value[-1] in ")]】）" and not any(c in value for c in "([【（"):
        value = value[:-1].strip()
    return value


def _date_fields(raw: dict[str, str], values: dict[str, Any], shape: dict[str, str]) -> None:
    for label, attr in (("date", "issued"), ("accessed", "accessed")):
        if label in raw:
            date: DateValue | None = F.clean_date(raw[label])
            if date is not None:
                values[attr] = date
                shape[label] = "y"


def _identifier_fields(text: str, raw: dict[str, str], values: dict[str, Any], shape: dict[str, str]) -> None:
    doi = F.find_doi(raw["doi"]) if "doi" in raw else None
    url = F.find_url(raw["url"]) if "url" in raw else None
    if url is None:
        url = F.find_url(text)
    if url:
        url = F.extend_url(url, text)  # "http://dx.doi. org/10.1/x": wrapped at a space
    if doi is None:
        doi = F.find_doi(text)
    if url and _DOI_URL.match(url):
        doi = doi or F.find_doi(url)
        url = None
    if doi:
        try:
            values["doi"] = normalize_doi(doi)
            shape["doi"] = doi
        except ValueError:
            pass
    if url:
        values["url"] = url
        shape["url"] = url
    cued = _ISBN_CUE.search(text) if "isbn" not in raw else None
    isbn_text = raw.get("isbn") or (text[cued.end() : cued.end() + 24] if cued else None)
    if isbn_text:  # the labelled span, else the number after an "ISBN" cue
        isbn = F.clean_identifier(isbn_text)
        if isbn:
            values["isbn"] = isbn


def _language(text: str) -> str | None:
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh-CN"
    return None
