"""Repairs on picked spans: fields the labeller ran together, split when the shape is clear."""

from __future__ import annotations

import re

from ..months import ENGLISH, month_words
from .abbrev import ends_in_abbreviation
from .gbt import PLACEHOLDER

__all__ = ["repair", "repair_gbt"]

_CONTAINER_TAIL = re.compile(
    r"^(.+?)\.\s+((?:[A-Z][\w'’-]*\.?\s?){1,4}(?:,\s*[A-Z][\w.]*)?)\s*[:：]\s*([^:：]{2,}?)[\s.,;]*$"
)
_PLACE_COLON = re.compile(r"^\[?([^:：\d\[\]]{2,60}?)\]?\s*[:：]\s*(\S.*)$")
_THESIS_GENRE = re.compile(r"thesis|dissertation|学位论文|博士论文|硕士论文|mémoire|thèse|tesis|doktorarbeit", re.I)
_YEAR_AFTER = re.compile(r"^(.+?)\s*[,，]\s*c?\d{4}\b")
_IN_SPLIT = re.compile(r"^(.{4,}?[^\s.])(?:[.。]|(?<=[?？!]))\s+[Ii]n:?\s+(\S.{3,})$")
_VOL_PAGES = re.compile(r"^(\d{1,4})(?:\s*[,:]\s*|\s+)([A-Z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?)[.,;]?$")
_JOURNAL_VOL_PAGES = re.compile(r"^([A-Z][^\d,;:]{1,60}?),\s*(\d{1,4}),\s*([A-Z]?\d+(?:[-–][A-Z]?\d+)?)[.,;]?$")
_VOL_ISSUE = re.compile(r"^(\d{1,4})\s*[(（]([^()（）]{1,12})[)）][.,:;]?$")
_BARE_NUMBER = re.compile(r"\d{1,4}[.,;:]?")
_CONTAINER_VOL_PAGES = re.compile(r"^(.+?[^\d\s,])[,\s]+(\d{1,4}),\s*([A-Z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?)[.,;]?$")
_MONTH_HEAD = "|".join(w.capitalize() for w in month_words(ENGLISH, full=False))
_CONTAINER_DATE = re.compile(rf",\s*(?:{_MONTH_HEAD})[a-z]*\.?(?:\s+\d{{1,2}})?[.,]?$")
_VANCOUVER_WEB = re.compile(
    r"([^.\[\]\s][^.\[\]]{1,200}?)\s?\[Internet\]\.\s?[^.\[\]]{0,40}?\d{4}[^.\[\]]{0,30}?\s?"
    r"\[(?:cited|updated)[^\]]{0,40}\]\.\s*([^\[\]]{2,400}?)\.?\s+Available from"
)
_PLACE_COMMA_PUBLISHER = re.compile(r"^([A-Z][^\d,:;()]{1,40}),\s+([A-Z][^\d,:;().]{3,60}?)[,.]?$")
_GENRE_HEAD = re.compile(
    r"^\[?((?:Ph\.?\s?D\.?|Doctoral|Master['’]?s|Bachelor['’]?s|Diploma)\s+(?:thesis|dissertation))\]?(.*)$", re.I
)
_COMMA_TAIL = re.compile(
    r"^(.{4,}?[^\s,]),\s+((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for|on|in|&)){0,5})$"
)
_LOWER_START = re.compile(r"[a-z]+\s")
_PAREN_IMPRINT = re.compile(r"\(\s*([^(),]{2,80}?),\s*([^()]{2,80}?),\s*\d{4}\s*\)")
_QUOTE_SPLIT = re.compile(r"^[“\"]?([^“”\"]{4,}?)[.,]?[”\"]\s*[.,]?\s+(\S[^“”\"]{3,})$")
_LINK_WORDS = r"of|the|and|for|in|on|&|de|des|du|la|le|les|et|en|für|und|der|die|das|del|della|di|y"
_JOURNAL_TAIL = re.compile(
    rf"^(.{{8,}}?[^\s.A-Z])\.\s+((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*\.?|of|the|and|for|in|on|&)"
    rf"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’&-]*\.?|{_LINK_WORDS}|[IVX]+)){{0,7}})$"
)
_ABBREVIATED = re.compile(r"(?=.*\.)(?:[A-Z][a-z]{0,6}\.?\s+)+[A-Z][a-z]{0,6}")
_SHORT_WORD_END = re.compile(r"(?:^|\s)[A-Z][a-z]{1,3}$")
_QUESTION_SPLIT = re.compile(r"^(.+?[?？])\s+([A-Z][^?？]{2,})$")
_TRAILING_NUMBER = re.compile(
    r"^(.+?)\s*[:：]\s*((?:[A-Z]{1,4}(?:/[A-Z])?\s?)?\d[\d.\s—–-]*\d[A-Z]?\d?|[A-Z]{2}\d+[A-Z]?\d?)$"
)
_LEADING_SEGMENT = re.compile(r"^([^.。]{2,120}?)(?:\.\s+|。|\.(?=[\u4e00-\u9fff]))(\S.*)$")
_INSTITUTION_END = re.compile(r"(?:委员会|协会|学会|中心|大学|学院|研究所|研究院|实验室|局|部|院|公司|组织|集团|办公厅|政府|银行)$")
_INSTITUTION_WORD = re.compile(
    r"\b(?:Organi[sz]ation|Association|Institute|University|Committee|Council|Agency|Office|"
    r"Bureau|Society|Inc|Ltd|Corporation|Commission|Department|Ministry|Center|Centre|"
    r"Foundation|Bank|Consortium)\b\.?$"
)


def _split_place(raw: dict[str, str], text: str) -> None:
    """``Place: Publisher`` read as one place: the part after the colon is (or starts) the publisher."""
    m = _PLACE_COLON.match(raw["place"])
    if not m:
        return
    head, tail = m.group(1).strip(), m.group(2).strip()
    cut = _YEAR_AFTER.match(tail)
    if cut:
        tail = cut.group(1)
    if "publisher" not in raw:
        raw["place"], raw["publisher"] = head, tail
        return
    pub = raw["publisher"]
    for joined in (f"{tail} {pub}", f"{tail}{pub}"):
        if joined in text:
            raw["place"], raw["publisher"] = head, joined
            return


_PLACE_IN_TITLE_END = re.compile(r"^(.{4,}?[^\s.A-Z][.?!])\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}),$")
_TOWN = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}),")
_PLACE_AND_BEFORE = re.compile(r"(?:^|[.,;:)]\s)([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s+(?:and|&)\s+$")
_PLACE_AFTER_STOP = re.compile(r"^.*[^\s.A-Z][a-z]{2}\.\s+([A-Z][^.]{2,40})$")


def _place_edges(raw: dict[str, str], text: str) -> None:
    """Fix the edges of a place the labeller cut or ran on.

    ``Title. Woods Hole,`` + ``Massachusetts:``: the town was read into the title;
    ``London and`` + ``New York:``: the first of two places was read as another field;
    ``Olav Brandtsen. New York``: a place run on from the words before a full stop.
    """
    place = raw["place"]
    for key in ("title", "genre", "container"):
        value = raw.get(key, "")
        if not value or f"{value} {place}" not in text:
            continue
        m = _PLACE_IN_TITLE_END.match(value)
        if m:  # "Title. Woods Hole," + "Massachusetts:"
            raw[key], raw["place"] = m.group(1), f"{m.group(2)}, {place}"
            if key == "genre" and "title" not in raw:
                raw["title"] = raw.pop("genre")  # "Title. Reading," read as a genre
            return
        m = _TOWN.fullmatch(value)
        if m and key != "title":  # "Belo Horizonte," (as a container) + "Brazil:"
            raw.pop(key)
            raw["place"] = f"{m.group(1)}, {place}"
            return
    at = text.find(place)
    b = _PLACE_AND_BEFORE.search(text, max(0, at - 60), at) if at > 0 else None
    if b:
        raw["place"] = text[b.start(1) : at] + place
        for key in ("publisher", "title", "note"):
            if raw.get(key, "").strip() == text[b.start(1) : at].strip():
                raw.pop(key)
        return
    m = _PLACE_AFTER_STOP.match(place)
    if m:
        raw["place"] = m.group(1)


def _volume_from_neighbours(raw: dict[str, str]) -> None:
    """A journal volume read into the pages, issue, number or container span.

    ``92 99-115`` or ``30, 520-540`` as pages, ``109(2):`` as issue, ``74,`` as an issue with
    no cue and no brackets, ``Fjord Physics B 41, R10233–R10237`` as container, ``MNRAS, 316,
    326`` as pages.
    """
    journal = "container" in raw and "publisher" not in raw
    for key in ("pages", "number", "issue"):
        if key in raw and (key == "pages" or journal):
            m = _VOL_PAGES.match(raw[key].strip())
            if m and (key == "pages" or "pages" not in raw):
                value = raw.pop(key)
                raw["volume"], raw["pages"] = m.group(1), value[m.start(2) :]
                return
    if "pages" in raw and "container" not in raw:
        m = _JOURNAL_VOL_PAGES.match(raw["pages"].strip())
        if m:
            raw["container"], raw["volume"], raw["pages"] = m.group(1), m.group(2), m.group(3)
            return
    if "issue" in raw:
        m = _VOL_ISSUE.match(raw["issue"].strip())
        if m:
            raw["volume"], raw["issue"] = m.group(1), m.group(2)
            return
        if journal and _BARE_NUMBER.fullmatch(raw["issue"].strip()):
            raw["volume"] = raw.pop("issue")
            return
    if "container" in raw and "pages" not in raw and len(raw["container"]) < 300:
        m = _CONTAINER_VOL_PAGES.match(raw["container"].strip())
        if m:
            raw["container"], raw["volume"], raw["pages"] = m.group(1), m.group(2), m.group(3)


def _title_from_container(raw: dict[str, str]) -> None:
    """Find a missing title in the container.

    An article's ``Title. Journal`` read as one container is split; a book's container (or
    series) with nothing else to be the title is the title. Not for a thesis (its container is
    the institution) nor a bare fragment with no names.
    """
    if _THESIS_GENRE.search(raw.get("genre", "")) or not ({"author", "editor"} & raw.keys()):
        return
    journal = bool({"volume", "issue", "pages"} & raw.keys())
    if "container" in raw:
        m = _JOURNAL_TAIL.match(raw["container"].rstrip(" ,;:")) or _QUESTION_SPLIT.match(raw["container"].rstrip(" ,;:."))
        if m and journal and not _ABBREVIATED.fullmatch(m.group(1)) and not ends_in_abbreviation(m.group(1)) and not (  # not "J. Am. Chem" + "Soc."
            _SHORT_WORD_END.search(m.group(1)) and m.group(2).endswith(".")
        ):  # nor "Fjord Sci" + "Rev."
            raw["title"], raw["container"] = m.group(1), m.group(2)
        elif not journal and "editor" not in raw:
            raw["title"] = raw.pop("container")
    elif "collection" in raw and not journal:
        raw["title"] = raw.pop("collection")


def _title_cut_into_container(raw: dict[str, str], text: str) -> None:
    """``Title cut in`` + ``two parts. Journal Name``: the title's end was read into the container.

    Only when the title ends inside a phrase (on a letter or digit) and the container holds a
    full stop after a word, then a short run of capitalised words.
    """
    title, container = raw["title"], raw["container"]
    if not title[-1:].isalnum() or f"{title} {container}" not in text:
        return
    m = _JOURNAL_TAIL.match(container.rstrip(" ,;:"))
    if m and not m.group(1)[:1].isdigit():
        raw["title"], raw["container"] = f"{title} {m.group(1)}", m.group(2)


def _genre_spill(raw: dict[str, str], text: str) -> None:
    """``PhD thesis, KU`` + ``Leuven, Leuven``: words after the genre phrase start the next field."""
    genre = raw.get("genre", "")
    m = _GENRE_HEAD.match(genre)
    if not m or not m.group(2).strip(" ,.;"):
        return
    rest = m.group(2).strip(" ,.;")
    for key in ("place", "publisher", "container"):
        if key in raw and f"{rest} {raw[key]}" in text:
            raw["genre"], raw[key] = m.group(1), f"{rest} {raw[key]}"
            return


def _report_issuer(raw: dict[str, str], text: str) -> None:
    """Read the issuing body of a report as its publisher.

    IEEE reports: ``“Title,” Centre for Housing Studies, Melbourne, TR 46, 2004`` -- the
    issuing body read as a container (or split between container and publisher).
    """
    if "number" not in raw or "container" not in raw or {"volume", "issue", "pages"} & raw.keys():
        return
    if "publisher" not in raw:
        raw["publisher"] = raw.pop("container")
    elif f"{raw['container']} {raw['publisher']}" in text:
        raw["publisher"] = f"{raw.pop('container')} {raw['publisher']}"


def _publisher_from_neighbours(raw: dict[str, str], text: str) -> None:
    """Find a publisher read as another field.

    The awarding institution of a thesis read as container or place (``Doctoral
    dissertation, KU Leuven``), and an APA-style ``Title. Publisher.`` read as a place (no
    colon after it).
    """
    journal = bool({"volume", "issue", "pages"} & raw.keys())
    if _THESIS_GENRE.search(raw.get("genre", "")) and not journal:
        if "container" in raw:
            raw["publisher"] = raw.pop("container")
            return
        if "place" in raw:
            parts = [p.strip() for p in raw["place"].strip(" .,;").split(",")]
            raw["publisher"] = parts[0]
            if len(parts) > 1:
                raw["place"] = ", ".join(parts[1:])
            else:
                raw.pop("place")
            return
    place = raw.get("place", "").strip()
    m = _PLACE_COMMA_PUBLISHER.match(place)
    if m and "publisher" not in raw and not journal and re.search(re.escape(place) + r"\s*,?\s*(?:c?\d{4})", text):
        raw["place"], raw["publisher"] = m.group(1), m.group(2)  # "Lyon, Éditions Rhône, 1998"
        return
    if place.endswith(".") and "," not in place and ":" not in place and not journal and "[" not in text:
        raw["publisher"] = raw.pop("place")


def repair(raw: dict[str, str], text: str = "") -> dict[str, str]:
    """Split fields the labeller ran together, when the shape leaves no doubt.

    ``Container. Place: Publisher`` read as one container (no place or publisher found), and
    ``Title? Journal`` read as one title in an article that has a volume, issue or pages but
    no container.
    """
    for key in ("place", "publisher"):
        if key in raw and PLACEHOLDER.fullmatch(raw[key].strip(" .,:;：，")):
            raw.pop(key)  # "[S.l.]", "[出版者不详]": unknown, no value
    if "place" in raw and len(raw["place"]) < 200:
        _split_place(raw, text)
    if "volume" not in raw:
        _volume_from_neighbours(raw)
    if "author" not in raw and "title" in raw and len(raw["title"]) < 600:
        m = _LEADING_SEGMENT.match(raw["title"])
        if m and _INSTITUTION_END.search(m.group(1)) and not re.search(r"[:：]", m.group(1)):
            raw["author"], raw["title"] = m.group(1), m.group(2)  # "生态环境部环境规划院. 标题"
    if "container" in raw and "publisher" not in raw and "place" not in raw and len(raw["container"]) < 400:
        m = _CONTAINER_TAIL.match(raw["container"])
        if m:
            raw["container"], raw["place"], raw["publisher"] = m.group(1), m.group(2), m.group(3)
    if "title" in raw and "container" in raw and len(raw["container"]) < 600:
        _title_cut_into_container(raw, text)
    if "title" in raw and "container" in raw and _LOWER_START.match(raw["container"]) and raw["title"][-1:].isalnum() and (
        f"{raw['title']} {raw['container']}" in text
    ):  # "Wildfire smoke in Mediterranean cities", "Comparative studies of ...": one title cut in two
        raw["title"] = f"{raw['title']} {raw.pop('container')}"
    if "title" in raw and "container" not in raw and len(raw["title"]) < 600 and ({"volume", "issue", "pages"} & raw.keys()):
        m = _QUESTION_SPLIT.match(raw["title"])
        if m:
            raw["title"], raw["container"] = m.group(1), m.group(2)
    web = "publisher" not in raw and ("url" in raw or "://" in text) and not ({"volume", "issue", "pages"} & raw.keys())
    if "title" not in raw and len(raw.get("container", "")) < 600:
        _title_from_container(raw)
    if "title" in raw and "container" not in raw and len(raw["title"]) < 600 and (
        web or {"volume", "pages"} & raw.keys()
    ):
        m = _JOURNAL_TAIL.match(raw["title"].rstrip(" ,;:"))
        if m:  # "Title. J Neurosci", "Title. Nano Letters": an article's journal read into its title
            raw["title"], raw["container"] = m.group(1), m.group(2)
    if "title" in raw and "container" not in raw and len(raw["title"]) < 600 and web:
        m = _COMMA_TAIL.match(raw["title"].rstrip(" ,;:.")) or _QUESTION_SPLIT.match(raw["title"].rstrip(" ,;:."))
        if m:  # "Title, Site Name. Available at:", "Title? Site Name. https://...": the site in the title
            raw["title"], raw["container"] = m.group(1), m.group(2)
    if "title" in raw and "container" in raw and len(raw["title"]) < 600:
        m = _IN_SPLIT.match(raw["title"])
        if m and f"{m.group(2)} {raw['container']}" in text:  # "Title? in Book? Subtitle"
            raw["title"], raw["container"] = m.group(1), f"{m.group(2)} {raw['container']}"
    if "place" in raw and "publisher" not in raw and "," in raw["place"]:
        for m in _PAREN_IMPRINT.finditer(text):  # Nature: "(Publisher, Place, 2001)"
            if f"{m.group(1)}, {m.group(2)}" == raw["place"].strip(" ,.;:()"):
                raw["publisher"], raw["place"] = m.group(1).strip(), m.group(2).strip()
                break
    if "title" in raw and "container" not in raw and len(raw["title"]) < 600:
        m = _IN_SPLIT.match(raw["title"]) or _QUOTE_SPLIT.match(raw["title"])
        if m:  # "Title. In: Book", "“Title.” Book": the container was read into the title
            raw["title"], raw["container"] = m.group(1), m.group(2)
    _genre_spill(raw, text)
    _report_issuer(raw, text)
    if "publisher" not in raw:
        _publisher_from_neighbours(raw, text)
    if "container" in raw:
        raw["container"] = _CONTAINER_DATE.sub("", raw["container"])  # "Site Name, October 5"
    at = text.find("[Internet]")
    m = _VANCOUVER_WEB.search(text, max(0, at - 220), at + 600) if at >= 0 else None
    if m and raw.get("title", "").strip(" .") == m.group(1).strip():
        raw["title"], raw["container"] = m.group(2), m.group(1)
    if "publisher" in raw and "place" not in raw and len(raw["publisher"]) < 200:
        m = _PLACE_COLON.match(raw["publisher"])
        if m and not any(ch.isdigit() for ch in m.group(1)):
            raw["place"], raw["publisher"] = m.group(1).strip(), m.group(2).strip()
    if "place" in raw and len(raw["place"]) < 200:
        _place_edges(raw, text)
    return raw


def repair_gbt(raw: dict[str, str], code: str, analytic: bool) -> None:
    """Split GB/T 7714 shapes the labeller ran together.

    ``Title: CN1234567A[P]`` and ``Title: GB/T 7714—2015[S]`` (number), ``Institution. Title[M]``
    read as one title, ``[M]// Editor. Book`` read as one container.
    """
    base = code.split("/")[0]
    if base in ("P", "S") and "number" not in raw and "title" in raw:
        m = _TRAILING_NUMBER.match(raw["title"])
        if m:
            raw["title"], raw["number"] = m.group(1), m.group(2)
    if "author" not in raw and "title" in raw and len(raw["title"]) < 600:
        m = _LEADING_SEGMENT.match(raw["title"])
        if m and (_INSTITUTION_END.search(m.group(1)) or _INSTITUTION_WORD.search(m.group(1))):
            raw["author"], raw["title"] = m.group(1), m.group(2)
    if analytic and "editor" not in raw and "container" in raw and len(raw["container"]) < 600:
        m = _LEADING_SEGMENT.match(raw["container"])
        if m:
            raw["editor"], raw["container"] = m.group(1), m.group(2)

