"""Inferring the CSL item type from GB/T 7714 type codes and from the shape of a reference."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["TYPE_CODES", "infer_type"]

#: GB/T 7714 document type codes (carrier suffixes such as ``/OL`` are ignored).
TYPE_CODES = {
    "J": "article-journal", "M": "book", "C": "paper-conference", "A": "chapter",
    "D": "thesis", "R": "report", "N": "article-newspaper", "P": "patent", "S": "standard",
    "EB": "webpage", "DB": "dataset", "PP": "article", "CP": "software", "G": "book", "Z": "document",
    "A/OL": "chapter", "DS": "dataset", "K": "book", "CM": "map", "MP": "map",
}  # fmt: skip

_PROCEEDINGS = re.compile(
    r"\b(?:proceedings|proc\.|conference|conf\.|symposium|workshop|congress|colloquium|"
    r"meeting|summit|convention)\b|会议|论文集|研讨会|年会",
    re.I,
)
_THESIS = re.compile(
    r"\b(?:thesis|dissertation|ph\.?\s?d|doctoral|master'?s|diplom|habilitation)\b|学位论文|博士|硕士",
    re.I,
)
_REPORT = re.compile(
    r"\b(?:report|working\s+paper|discussion\s+paper|technical\s+note|white\s+paper|"
    r"bureau|institute|research\s+council|agency|office|commission|department|ministry|"
    r"research\b(?!\s+press)|center|centre|organi[sz]ation|world\s+bank|oecd|nber)\b|报告|研究所|研究院|研究中心",
    re.I,
)
_UNIVERSITY = re.compile(r"\buniversi(?:ty|tät|té|teit|tà|tat|dad|dade)\b|\bhochschule\b|大学|学院", re.I)
_PRESS = re.compile(r"\bpress\b|出版社|publish|verlag|éditions|books\b|书局|印书馆", re.I)
_NEWSPAPER = re.compile(r"\b(?:times|post|herald|tribune|gazette|daily|news)\b|日报|晚报|(?<![学通年画周])报$", re.I)
_PATENT = re.compile(r"\b(?:patent|[A-Z]{2}\s?\d{6,}[A-Z]?\d?)\b|专利", re.I)
_STANDARD = re.compile(r"\b(?:ISO|IEC|GB(?:/T)?|ANSI|DIN|BS|EN)\s?\d+")


def infer_type(fields: Mapping[str, str], code: str | None) -> str:
    """The CSL type for a parsed reference.

    Args:
        fields: cleaned field values by label (``container``, ``publisher``, ``pages``...).
        code: the GB/T 7714 type code without brackets (``J``, ``EB/OL``), if printed.
    """
    if code:
        key = code.upper()
        base = key.split("/")[0]
        found = TYPE_CODES[key] if key in TYPE_CODES else TYPE_CODES.get(base, "")
        if found == "paper-conference" and "container" not in fields:
            return "book"
        if found:
            return found
    return _by_shape(fields)


def _by_shape(f: Mapping[str, str]) -> str:
    container = f.get("container", "")
    publisher = f.get("publisher", "")
    if f.get("genre") and _THESIS.search(f["genre"]):
        return "thesis"
    if f.get("number") and _STANDARD.search(f["number"]):
        return "standard"
    if f.get("number") and _PATENT.search(f["number"] + " " + f.get("genre", "")):
        return "patent"
    if f.get("number") and not f.get("volume") and not f.get("issue") and (
        publisher or _REPORT.search(f.get("genre", ""))
    ):
        return "report"
    if container:
        if _PROCEEDINGS.search(container):
            return "paper-conference"
        if f.get("url") and not (f.get("volume") or f.get("issue") or f.get("pages") or f.get("doi") or publisher):
            return "webpage"  # a blog or site name: no volume, issue, pages or publisher
    if container:
        if _PROCEEDINGS.search(container):
            return "paper-conference"
        if f.get("editor") or f.get("in") or (publisher and not f.get("volume")):
            return "chapter"
        if _NEWSPAPER.search(container) and not f.get("volume"):
            return "article-newspaper"
        if f.get("volume") or f.get("issue") or f.get("pages"):
            return "article-journal"
        if f.get("url") and not f.get("date"):
            return "webpage"
        return "article-journal"
    if f.get("url") and not publisher and not f.get("date"):
        return "webpage"
    if f.get("url") and f.get("accessed") and not publisher:
        return "webpage"
    if publisher:
        if _UNIVERSITY.search(publisher) and not _PRESS.search(publisher):
            return "thesis"
        if _REPORT.search(publisher) or f.get("number") or f.get("collection", "").lower().find("paper") >= 0:
            return "report"
        return "book"
    if f.get("number"):
        return "report"
    if f.get("url"):
        return "webpage"
    return "article-journal" if f.get("volume") else "book" if f.get("place") else "document"
