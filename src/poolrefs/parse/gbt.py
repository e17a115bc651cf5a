"""GB/T 7714 structure: fields recovered from the shape of a reference with a type code.

A GB/T 7714 reference (2015 and 2025 editions) is a sequence of segments ended by full stops,
with the type code (``[M]``, ``[J/OL]``...) right after the title::

    Authors. Title: other title information[M]. Translators, 译. Edition. Place: Publisher, Year: Pages.
    Authors. Title[J]. Journal, Year, Volume(Issue): Pages.
    Authors. Title[M]// Editors. Book: volume. Place: Publisher, Year: Pages.
    Holder. Title: CN101234567A[P]. Date.

The labeller reads most of this right but can misplace a boundary (an author absorbing the
main title, a place absorbing the publisher, a volume left in the title). These rules read the
segments themselves and return the fields they are sure of; the caller lets them override
the labelled spans.
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER", "gbt_fields", "split_title_volume"]

#: Placeholders for an unknown place or publisher (GB/T 7714 and Latin forms).
PLACEHOLDER = re.compile(r"[\[［](?:出版地不详|出版者不详|出版社不详|S\.\s?l\.|s\.\s?n\.|n\.\s?p\.|sine loco|sine nomine)[\]］]", re.I)

_CITATION_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|［\d{1,4}］|\d{1,3}\.(?!\d))\s*")
# A segment boundary: a full stop followed by a space or a CJK character (not a lower-case
# word, as in "Univ. of Bergen", and not a dotted initial run such as "U.S.").
_BOUNDARY = re.compile(r"(?<![A-Z]\.[A-Z])\.\s+(?![a-z])|\.(?=[\u3400-\u9fff《“])|。")
_CJK = re.compile(r"[\u3400-\u9fff]")
_URL_TAIL = re.compile(r"\s*(?:(?:https?|ftp)://|www\.|DOI\s*[:：]|doi\s*[:：])")

_VOLUME_TAIL = re.compile(
    r"^(?P<title>.+?)\s*[:：]\s*(?P<volume>第\s*[\d一二三四五六七八九十百]+\s*[卷册辑]|"
    r"[\d一二三四五六七八九十百]+\s*卷|[上中下]册?|\d{4}\s*年卷|제\s*\d+\s*권)$"
)
_COLLECTION_VOLUME = re.compile(
    r"^(?P<collection>[^:：]+?)\s*[:：]\s*(?P<volume>第\s*[\d一二三四五六七八九十百]+\s*卷)\s+(?P<title>\S.*)$"
)
_ID_TAIL = re.compile(
    r"^(?P<title>.+)\s*[:：]\s*(?P<number>[A-Za-z]{0,8}(?:[/-][A-Za-z]{1,8})*[\s-]?\d[\w/.\-—–]*(?:\s[\w/.\-—–]+){0,2}|"
    r"[\u4e00-\u9fff]{1,8}[［\[〔(（]\d{4}[］\]〕)）]\s*\d+\s*号)$"
)
_LEADING_STANDARD = re.compile(
    r"^(?P<number>[A-Z]{1,5}(?:/[A-Z]{1,5})*\s?[A-Z]?\d[\d.]*(?:-\d+)*(?:\s?[—–-]\s?\d{4}|:\d{4})"
    r"(?:\([a-z]{2,3}\))?)\s+(?P<title>\S.*)$"
)
_RUN_OF_ISSUES = re.compile(r"^\d{4}\s*(?:[,，]\s*\d+\s*)?[(（]\d+[)）]\s*[-—–]")
_SCALE = re.compile(r"^1\s*:\s*[\d,]+$")
_YEAR_ONLY = re.compile(r"^\d{4}$")

_PLACE_PUBLISHER = re.compile(
    r"^(?P<place>[^:：\d\[\]【】]{1,60}?)\s*[:：]\s*(?P<publisher>[^:：\[\]]+?)\s*[,，]\s*c?(?P<year>\d{4})(?!\d)"
)
_SOURCE_DATE = re.compile(
    r"^(?P<publisher>[^()（）\[\]]{2,120}?)\s*[(（](?P<date>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)[)）]"
    r"\s*(?:\[(?P<accessed>\d{4}-\d{1,2}-\d{1,2})\])?$"
)
_LEADING_DATE = re.compile(r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})(?!\d)")
_NUMBER_YEAR = re.compile(r"(?:[—–-]|:)(?P<year>(?:1[89]|20)\d\d)(?:\([a-z]{2,3}\))?$")
_OPEN_IMPRINT = re.compile(r"[:：].*(?:^|[\s:：,，])[A-Z]$")
_PLACE_ONLY = re.compile(r"^(?P<place>[^:：\d\[\]]{1,60}?)\s*[,，]\s*c?\d{4}")
_EDITION = re.compile(
    r"^(?:\d+\s*版|第?\s*[\d一二三四五六七八九十]+\s*版|[\u4e00-\u9fff\d\s]{0,8}(?:版|刻本|影印本|修订本|"
    r"增订本|抄本|稿本|写本|石印本|铅印本|重印本)|\d+(?:st|nd|rd|th)\s+ed(?:ition)?\.?|"
    r"(?:Rev|Revised|New|Enl|Enlarged)\.?\s+ed(?:ition)?\.?)$",
    re.I,
)
_TRANSLATORS = re.compile(r"^(?P<names>.+?)[,，\s]*(?:等)?译$|^(?:trans(?:lated)?\.?\s+by\s+)(?P<names2>.+)$", re.I)
_JOURNAL = re.compile(r"^(?P<container>[^,，\d][^,，]*?)\s*[,，]\s*\d{4}")
_VOLUME_ISSUE = re.compile(
    r"[,，]\s*\d{4}\s*(?:[,，]\s*(?P<volume>[^,，()（）:：\s][^,，()（）:：]*?))?\s*"
    r"[(（](?P<issue>[^)）]{1,12})[)）]"
)
_ANY_CODE = re.compile(r"\[([A-Z]{1,3}(?:/[A-Z]{1,3})?)\]")


def split_title_volume(title: str) -> dict[str, str]:
    """A title with its volume after a colon, split: ``沿海港口志: 第 3 卷`` -> title + volume.

    ``海洋工程全书: 第 2 卷 港口工程`` gives a collection title, a volume and a title.
    """
    m = _COLLECTION_VOLUME.match(title)
    if m:
        return {"collection": m.group("collection"), "volume": m.group("volume"), "title": m.group("title")}
    m = _VOLUME_TAIL.match(title)
    if m:
        return {"title": m.group("title"), "volume": m.group("volume")}
    return {"title": title}


def _segments(text: str) -> list[str]:
    out = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        seg = text[pos : m.start()].strip()
        if seg:
            out.append(seg)
        pos = m.end()
    tail = text[pos:].strip(" .。")
    if tail:
        out.append(tail)
    return out


def _join_initials(segs: list[str]) -> list[str]:
    """``Bergen: A. B. Fjordvik, 2003`` was cut at the initials of the publisher: rejoin."""
    out: list[str] = []
    for seg in segs:
        if out and _OPEN_IMPRINT.search(out[-1]):
            out[-1] = f"{out[-1]}. {seg}"
        else:
            out.append(seg)
    return out


def _looks_like_names(part: str) -> bool:
    """A responsible-party segment: names or institutions, not a sentence of a title."""
    if len(part) > 200 or not part:
        return False
    pieces = re.split(r"[,，;；、]", part)
    return all(len(p.split()) <= 8 for p in pieces)


def gbt_fields(text: str, code_start: int, code_end: int, code: str) -> dict[str, str]:
    """Fields read from the GB/T 7714 shape around the type code at ``code_start:code_end``."""
    out: dict[str, str] = {}
    base = code.split("/")[0]
    lead = _CITATION_NUMBER.match(text)
    pre = text[lead.end() if lead else 0 : code_start]
    if ("[" in pre and "[" not in pre.lstrip()[:1]) or _ANY_CODE.search(pre):
        return out  # a second code or a bracket inside: not the simple shape
    _head(pre, base, out)
    post = text[code_end:]
    url = _URL_TAIL.search(post)
    body = post[: url.start()] if url else post
    sm = re.search(r"(?<![:/])//", body)
    slash = sm.start() if sm else -1
    analytic = slash >= 0
    if analytic:  # segments between the code and "//" belong to the part: "王小明, 译//"
        _imprint(_segments(body[:slash].strip(" .。")), out)
        body = body[slash + 2 :]
    body = body.lstrip(" .。")
    segs = _join_initials(_segments(body))
    if analytic and segs:
        _container_part(segs, out)
    elif base == "J" and segs and _RUN_OF_ISSUES.match(segs[0]):
        out["type"], out["volume"] = "periodical", segs[0]  # the journal itself: "1984, 1(1)-."
        _imprint(segs[1:], out)
    elif base in ("J", "N") and segs:
        while len(segs) > 1 and _TRANSLATORS.match(segs[0]):  # "[J]. 王小明, 译. Journal, 2011 (2)"
            _imprint(segs[:1], out)
            segs = segs[1:]
        _serial(body, segs, out)
    else:
        if base == "C":
            out["container"] = ""  # proceedings as a whole: a book
        _imprint(segs, out)
    std_year = out.pop("std_year", None)
    if std_year and "date" not in out:
        out["date"] = std_year
    return out


def _head(pre: str, base: str, out: dict[str, str]) -> None:
    pre = pre.strip()
    if not pre:
        return
    bounds = list(_BOUNDARY.finditer(pre))
    if len(bounds) > 1 and _SCALE.match(pre[bounds[-1].end() :].strip()):
        pre = pre[: bounds[-1].start()]  # a map: "Title. 1:25000[CM]"
        bounds.pop()
    if bounds:
        last = bounds[-1]
        author, title = pre[: last.start()].strip(), pre[last.end() :].strip()
        if not title or not _looks_like_names(author):
            return
        out["author"] = author
    else:
        title = pre
        out["author"] = ""
    if base == "S":
        m = _LEADING_STANDARD.match(title)
        if m:
            out["number"], title = m.group("number"), m.group("title")
            year = _NUMBER_YEAR.search(out["number"])
            if year:
                out["std_year"] = year.group("year")  # "GB/T 3792—2021": the standard's year
    if base in ("P", "S", "R", "A") and "number" not in out:
        m = _ID_TAIL.match(title)
        if m and not _YEAR_ONLY.match(m.group("number")) and not _VOLUME_TAIL.match(title):
            out["number"], title = m.group("number"), m.group("title")
    out.update(split_title_volume(title))


def _imprint(segs: list[str], out: dict[str, str]) -> None:
    for seg in segs:
        seg = PLACEHOLDER.sub("?", seg)  # "[出版地不详]: [出版者不详], 2001", "[S.l.]: [s.n.], 1990"
        if _EDITION.match(seg):
            out.setdefault("edition", seg)
            continue
        m = _TRANSLATORS.match(seg)
        if m and len(seg) < 120:
            out.setdefault("translator", m.group("names") or m.group("names2") or "")
            continue
        m = _PLACE_PUBLISHER.match(seg)
        if m and "publisher" not in out:
            out["place"], out["publisher"] = m.group("place").strip(), m.group("publisher").strip()
            for key in ("place", "publisher"):
                if out[key] == "?":
                    out[key] = ""  # unknown: no field (the caller drops empty values)
            out.setdefault("date", m.group("year"))
            continue
        m = _SOURCE_DATE.match(seg)
        if m and "publisher" not in out and not re.fullmatch(r"V\d[\d.]*", m.group("publisher")):
            out["publisher"], out["date"] = m.group("publisher").strip(), m.group("date")
            if m.group("accessed"):
                out["accessed"] = m.group("accessed")
            continue
        m = _LEADING_DATE.match(seg)
        if m and "date" not in out:
            out["date"] = m.group("date")
            continue
        m = _PLACE_ONLY.match(seg)
        if m and "place" not in out and "publisher" not in out and not _CJK.search(m.group("place")):
            out["place"] = m.group("place").strip()


def _container_part(segs: list[str], out: dict[str, str]) -> None:
    """``// Editors. Book: volume. Edition. Place: Publisher, Year: Pages``."""
    rest = segs
    first_is_book = len(segs) < 2 or bool(
        _PLACE_PUBLISHER.match(segs[1]) or _EDITION.match(segs[1]) or _PLACE_ONLY.match(segs[1])
    )
    if first_is_book:
        out["editor"] = ""
        book, rest = segs[0], segs[1:]
    else:
        if not _looks_like_names(segs[0]):
            return
        out["editor"], book, rest = segs[0], segs[1], segs[2:]
    parts = split_title_volume(book)
    out["container"] = parts["title"]
    if "volume" in parts:
        out["volume"] = parts["volume"]
    _imprint(rest, out)


def _serial(body: str, segs: list[str], out: dict[str, str]) -> None:
    """``Journal, Year, Volume(Issue): Pages``; ``Journal, Year(Issue)``."""
    m = _JOURNAL.match(segs[0])
    if m:
        out["container"] = m.group("container").strip()
    m = _VOLUME_ISSUE.search(segs[0])
    if m:
        if m.group("volume"):
            out["volume"] = m.group("volume").strip()
        out["issue"] = m.group("issue").strip()
