"""Field repairs on the picked raw spans, for shapes the labeller splits or joins wrongly.

Run after :func:`poolrefs.parse.repair.repair`, on the raw field texts (one per label):

* a book title cut in two, its second half read as a container (``Salt and`` +
  ``Silence: Essays.`` before ``Place: Publisher``): joined back into the title;
* a title ending on a function word (``… in New``, ``Ice and``) runs on into the field
  right after it, up to that field's first full stop;
* a volume span holding more than the volume: ``3(1)``, ``vol. 7, no. 2`` give volume and
  issue; a lone issue-marked number (``n°88``, ``No. 12``) read as the volume is the issue;
* an article's journal read into the end of its title (``Title (dossier). Revue des
  soins, mai``): the last sentence, when short and capitalised, is the container (a month
  name left at its end belongs to the date);
* comma-separated articles (``Title, J. Tide Res., 5, 1-9``): a journal name after the
  title's last comma is the container (and a bare number after it the volume); a title cut
  mid-phrase with the rest in the container is joined and cut again at its last comma; a
  short capitalised tail after the title's last comma right before the container
  (``Tides, SIAM`` + ``J. of Tides``) starts the container;
* a journal name whose abbreviated head was read into the field before it (``Title, J.
  Geophys`` + ``Tides``; ``J.`` + ``ACM`` read as a publisher): the head joins the container;
* ``1997, ApJ,`` read as the date of an article with no container: the journal split off;
* an issue span holding the pages (``(1) 1-39,``) or carrying a volume cue (``volume 54,``);
* a volume read into the pages (``volume 12, pages 1349–1385``) or into the end of the title
  (``Title, volume 45``; ``Title, volume 374 of Lecture Notes``, the series too);
* a place's head after a full stop read into another field (``2nd ed. Peoria,`` +
  ``Illinois:``), its tail at the end of the reference left out (``Leeds`` + ``, United
  Kingdom.``), and a place after a company suffix in the publisher (``Fjord-Holt, Inc,
  Cherry Hill``) join the place;
* journal numbers read as one report number after a container (``137, 1493-1502. 2015.``):
  volume, issue, pages and a trailing year; a trailing year read into a container
  (``Journal of Tides. 2014``) is the date;
* a month left at the end of a place (``Duluth, MN, November``) belongs to the date;
* the end of a title read into the container before the journal (``Melt rocks of Lake
  Tyri,`` + ``Norway. Fjord Letters``): the words before the container's last full stop go
  back to the title;
* a status or special-issue tail on a container (``Fjord Optics, to appear``, ``…,
  Special Issue on Tides``) is not the journal's name: it goes to the note;
* a journal's volume read into its container (``Journal of Money, Vol. XII``, ``Planning
  Review, XLIV``): split off when the reference has no volume.
"""

from __future__ import annotations

import re

from ..months import ENGLISH, FRENCH, SEASONS, month_words
from .abbrev import is_abbreviation
from .cues import ISSUE_CUE, VOLUME_CUE
from .numspans import ISSUE_PAGES, YEAR_PAGES

__all__ = ["reshape", "reshape_numbers"]

_ARTICLE_PARTS = frozenset({"volume", "issue", "pages"})
_IN_CUE = re.compile(r"\s*(?:in\b|//)", re.I)
_CONTAINER_WORD = re.compile(
    r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|journal|review|transactions"
    r"|bulletin|annals|quarterly|magazine|letters|newsletter|handbook|encyclopedia|series)\b",
    re.I,
)


_LINK = r"of|the|and|for|in|on|to|at|a|an|&|de|des|du|la|le|les|et|en|für|und|der|die|das|del|della|di|y"
_LONE_ISSUE = re.compile(rf"^\s*{ISSUE_CUE}\s*\w[\w/-]*[\s.,;:]*$", re.I)
_VOLUME_ISSUE = re.compile(
    rf"^\s*(?:{VOLUME_CUE}\s*)?(\w{{1,6}})\s*,?\s*(?:\(\s*(?:{ISSUE_CUE}\s*)?([\w/&\s-]{{1,12}}?)\s*\)"
    rf"|[,;]?\s*{ISSUE_CUE}\s*(\w[\w/-]*))[\s.,;:]*$",
    re.I,
)

_CONTAINER_VOLUME = re.compile(
    rf"^(.{{3,}}?[^\s,])(?:,?\s+{VOLUME_CUE}\s*|[,.]\s+)((?-i:[IVXLC]+)|(?<=\.\s)\d{{1,4}}|(?<=\.)\d{{1,4}})[\s.,;:]*$",
    re.I,
)

_LAST_SENTENCE = re.compile(r"^(.*[a-zà-ÿ)\]])\.\s+([A-ZÀ-Þ][^.?!]*)$")
_MONTH_END = re.compile(rf",?\s+(?:{'|'.join(month_words(ENGLISH, FRENCH))})\.?$", re.I)

_TRAILING_VOLUME = re.compile(r",\s*(\d{1,4})[\s,.]*$")
_JOURNAL_WORD = r"(?:[A-ZÀ-Þ][\w'’&.-]*|of|the|and|for|on|in|&|de|des|der|für|und)"
_COMMA_JOURNAL = re.compile(rf"^(.{{8,}}?[^\s,]),\s+([A-ZÀ-Þ][\w'’&.-]*(?:\s+{_JOURNAL_WORD}){{0,7}})$")
_SHORT_TAIL = re.compile(r"^(.{8,}?[^\s,]),\s+((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)?)$")

_ABBREV_WORD = r"(?:[A-Z][a-z]?|[A-Z]{2,5}|[A-Z][a-z]{2,8})"
_HEAD_BEFORE = re.compile(rf"(?:^|(?<=[,.;:\"”’']\s))((?:{_ABBREV_WORD}\.\s+){{1,4}})$")
_ONLY_ABBREVIATIONS = re.compile(rf"(?:{_ABBREV_WORD}\.\s*){{1,4}}")

_DATE_JOURNAL = re.compile(r"^\(?((?:1[5-9]|20)\d\d[a-z]?)\)?,\s*([A-Z][^\d,;()]{0,40}?)[\s,.]*$")

_CUED_VOLUME = re.compile(rf"^\s*{VOLUME_CUE}\s*\w", re.I)

_VOLUME_PAGES = re.compile(rf"^\s*{VOLUME_CUE}\s*(\w{{1,6}})\s*[,;]\s*((?:pp?\.|pages?\b)\s*\S.*)$", re.I)
_TITLE_VOLUME = re.compile(rf"^(.{{8,}}?)[,.]\s+{VOLUME_CUE}\s*(\d{{1,4}})(?:\s+of\s+(\S.{{3,}}?))?[\s.,;]*$", re.I)

_TAG = r"(?:</?\w+>)?"
_TITLE_TAIL = re.compile(
    rf"^(.+?[^\s.A-Z])\.\s+({_TAG}[A-ZÀ-Þ][\w'’&-]*\.?(?:\s+(?:[A-ZÀ-Þ][\w'’&-]*\.?|{_LINK}|[IVX]+)){{0,7}}{_TAG})[\s,;:]*$"
)

_CONTAINER_STATUS = re.compile(
    r"^(.{3,}?)[\s,.;:]*(?:[(\[]\s*)?\b((?:to\s+appear|in\s+press|forthcoming|submitted|accepted)\b.*"
    r"|special\s+issue\s+on\b.*)$",
    re.I,
)

_TITLE_THEN_PLACE = re.compile(r"^(.{3,}?[^\s.])\.\s+([A-ZÀ-Þ][\w'’]+(?:[\s-][\w'’]+){0,3})\s*:$")
_OPEN_DATE_END = re.compile(
    rf"\s*\((?:{'|'.join([*SEASONS, *month_words(ENGLISH, full=False)])})[a-z]*\.?[\s,]*$",
    re.I,
)
_TOWN_BEFORE = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}),\s$")
_REGION_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})[.,]?\s*$")
_SEGMENT_BEFORE = re.compile(r"(?<=[.]\s)([A-Z][^.,;:]{1,60}),\s$")
_COMPANY_THEN_PLACE = re.compile(r"^(.+?,?\s(?:Inc|Ltd|Co|Corp|LLC|GmbH)\.?),\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})$")

_NUMBER_RUN = re.compile(
    r"^\s*(\d{1,4})\s*(?:\(([^()]{1,10})\))?\s*[,:]\s*([A-Z]{0,2}\d+(?:\s*[-–]\s*[A-Z]{0,2}\d+)?)"
    r"\s*[.,;]?\s*(?:\(?((?:1[5-9]|20)\d\d)\)?)?[^\w]*$"
)
_CONTAINER_YEAR = re.compile(r"^(.{3,}?)[.,]?\s+((?:1[5-9]|20)\d\d)[.,]?$")

_DANGLING = re.compile(
    r"\s(?:the|of|on|in|and|for|from|to|at|with|a|an|by|des|de|du|la|le|les|dans|au|aux|der|die|das|und|im|zur|zum"
    r"|New)$"
)
_FIRST_STOP = re.compile(r"(?<=[a-zà-ÿ)\]])\.\s+(?=\S)")


def reshape(raw: dict[str, str], text: str) -> None:
    """Apply the repairs of the module docstring to ``raw`` in place."""
    if "issue" in raw:
        _issue_parts(raw)
    if "volume" not in raw:
        _volume_elsewhere(raw, text)
    if "volume" in raw and "issue" not in raw:
        _volume_parts(raw)
    if "title" in raw and (_ARTICLE_PARTS & raw.keys() or _TRAILING_VOLUME.search(raw["title"])):
        _comma_journal(raw, text)
    if "title" in raw and "container" not in raw and _ARTICLE_PARTS & raw.keys():
        _journal_in_title(raw)
    if "container" in raw:
        _container_tail(raw)
    if "container" in raw and "title" in raw and _ARTICLE_PARTS & raw.keys():
        _title_tail_in_container(raw, text)
    if "container" in raw and _ARTICLE_PARTS & raw.keys():
        _journal_head(raw, text)
    if "date" in raw and "container" not in raw and _ARTICLE_PARTS & raw.keys():
        m = _DATE_JOURNAL.match(raw["date"])
        if m and not _MONTH_END.match(" " + m.group(2)):
            raw["date"], raw["container"] = m.group(1), m.group(2)
    if "title" in raw and "publisher" in raw and "place" not in raw:
        m = _TITLE_THEN_PLACE.match(raw["title"])
        if m:  # "Titre. Ville :" + "ÉDITEUR": the imprint's place read into the title
            raw["title"], raw["place"] = m.group(1), m.group(2)
    if "place" in raw:
        _place_parts(raw, text)
    if "place" in raw and "," in raw["place"]:
        raw["place"] = _MONTH_END.sub("", raw["place"].rstrip(" ,;:.")) or raw["place"]
    if "container" in raw:  # "Review. IX (Autumn," + "1969)": the date's opening read into the container
        raw["container"] = _OPEN_DATE_END.sub("", raw["container"]) or raw["container"]
    if ("publisher" in raw and not {"title", "container", "place"} & raw.keys()
            and {"volume", "pages"} <= raw.keys()):
        raw["container"] = raw.pop("publisher")  # "E. Haug, P. Lian, Micro Tides 2012, 12, 2231."
    if "container" in raw and "volume" not in raw:
        m = _CONTAINER_VOLUME.match(raw["container"])
        if m:
            raw["container"], raw["volume"] = m.group(1), m.group(2)
    if "title" in raw and _DANGLING.search(raw["title"]):
        _title_run_on(raw, text)
    if "title" in raw and "container" in raw:
        _book_title_cut(raw, text)


def _book_title_cut(raw: dict[str, str], text: str) -> None:
    """``Salt and`` + ``Silence: Essays.`` then an imprint: one book title cut in two.

    Only for a book shape (a place or publisher, no volume, issue or pages), when the title
    part stops inside a phrase (on a letter, digit or comma, not a full stop or a closing
    quote), the container has no ``In`` cue and no word that names a container, and the two
    follow each other in the text.
    """
    if _ARTICLE_PARTS & raw.keys() or not {"place", "publisher"} & raw.keys():
        return
    title, container = raw["title"], raw["container"]
    if not (title[-1:].isalnum() or title.endswith(",")):
        return
    if _IN_CUE.match(container) or _CONTAINER_WORD.search(container):
        return
    if f"{title} {container}" in text:
        raw["title"] = f"{title} {raw.pop('container')}"


def _volume_parts(raw: dict[str, str]) -> None:
    """``3(1)`` / ``vol. 7, no. 2`` -> volume + issue; ``n°88`` as the volume -> the issue."""
    value = raw["volume"]
    if len(value) > 40:
        return
    if _LONE_ISSUE.match(value):
        raw["issue"] = raw.pop("volume")
        return
    m = _VOLUME_ISSUE.match(value)
    if m:
        raw["volume"], raw["issue"] = m.group(1), m.group(2) or m.group(3)


def _journal_in_title(raw: dict[str, str]) -> None:
    """``Title (dossier). Revue des soins, mai`` in an article with no container: split."""
    title = raw["title"].rstrip(" ,;:")
    m = _LAST_SENTENCE.match(title)
    if not m or len(m.group(1).split()) < 2:
        return
    journal = _MONTH_END.sub("", m.group(2)).rstrip(" ,;:")
    if journal and len(journal.split()) <= 8:
        raw["title"], raw["container"] = m.group(1) + ".", journal


def _comma_journal(raw: dict[str, str], text: str) -> None:
    """``Title, J. Tide Res., 5`` and its cut variants: the journal after the last comma."""
    title = raw["title"].rstrip(" ;:")
    container = raw.get("container")
    if container is None:
        m = _TRAILING_VOLUME.search(title)
        head = title[: m.start()] if m and "volume" not in raw else title.rstrip(",")
        j = _COMMA_JOURNAL.match(head)
        if j and _looks_like_journal(j.group(2)):
            raw["title"], raw["container"] = j.group(1), j.group(2)
            if m and "volume" not in raw:
                raw["volume"] = m.group(1)
        return
    between = _between(raw["title"], container, text)
    if between is None:
        return
    tail = _SHORT_TAIL.match(title)
    if tail and between == " " and not raw["title"].endswith(".") and container[:1].isupper():
        raw["title"], raw["container"] = tail.group(1), f"{tail.group(2)} {container}"
        return  # "Tides, SIAM" + "J. of Tides"
    if title[-1:].isalnum() and ", " in container:  # "A robust" + "method ..., Math. Tides,"
        j = _COMMA_JOURNAL.match(f"{title}{between}{container}".rstrip(" ,;:"))
        if j and _looks_like_journal(j.group(2)):
            raw["title"], raw["container"] = j.group(1), j.group(2)


def _between(first: str, second: str, text: str) -> str | None:
    """The text between two adjacent field values (a space, or a stop and a space), else None."""
    at = text.find(first)
    if at < 0:
        return None
    rest = text[at + len(first) : at + len(first) + 3]
    for gap in (" ", ". "):
        if rest.startswith(gap) and text.startswith(second, at + len(first) + len(gap)):
            return gap
    return None


def _looks_like_journal(name: str) -> bool:
    """An abbreviated or capitalised journal name: ``Math. Tides``, ``J. Tide Programming``."""
    words = name.split()
    return "." in name or (len(words) >= 2 and all(w[:1].isupper() or len(w) <= 4 for w in words))


def _journal_head(raw: dict[str, str], text: str) -> None:
    """``Title, J. Approx`` + ``Theory``: the journal's abbreviated head joins the container."""
    container = raw["container"].strip()
    if _ONLY_ABBREVIATIONS.fullmatch(container) and "publisher" in raw:
        gap = _between(raw["container"], raw["publisher"], text)
        if gap is not None:  # "J." + "ACM," read as a publisher
            raw["container"] = f"{container}{gap}{raw.pop('publisher')}".rstrip(" ,;:")
        return
    at = text.find(container, 1)
    m = None
    while at > 0 and m is None:
        m = _HEAD_BEFORE.search(text, max(0, at - 40), at)
        at = text.find(container, at + 1)
    if not m or not all(is_abbreviation(w.rstrip(".")) for w in m.group(1).split()):
        return
    head = m.group(1).strip()
    title = raw.get("title", "").rstrip()
    for cut in (head, head.rstrip(".")):
        if title.endswith(cut) and len(title) > len(cut) + 3:
            raw["title"] = title[: -len(cut)].rstrip(" ,;:")
            raw["container"] = f"{head} {container}"
            return


def _issue_parts(raw: dict[str, str]) -> None:
    """``(1) 1-39,`` as the issue: issue and pages; ``volume 54,`` as the issue: the volume."""
    issue = raw["issue"]
    m = ISSUE_PAGES.match(issue)
    v = _VOLUME_ISSUE.match(issue)
    y = YEAR_PAGES.match(issue)
    if y and "pages" not in raw:  # "(1995) 12-19": the year, not an issue, then the pages
        del raw["issue"]
        raw["pages"] = y.group(2)
        raw.setdefault("date", y.group(1))
    elif m and "pages" not in raw:
        raw["issue"], raw["pages"] = m.group("issue") or m.group("cued"), m.group("pages")
    elif v and "volume" not in raw and v.group(2):  # "4, (3)," read as the issue
        raw["volume"], raw["issue"] = v.group(1), v.group(2)
    elif "volume" not in raw and _CUED_VOLUME.match(issue) and not re.search(ISSUE_CUE, issue, re.I):
        raw["volume"] = raw.pop("issue")


def _volume_elsewhere(raw: dict[str, str], text: str) -> None:
    """``volume 12, pages 1-9`` as the pages; ``Title, volume 374 of Series`` as the title."""
    m = _VOLUME_PAGES.match(raw.get("pages", ""))
    if m:
        raw["volume"], raw["pages"] = m.group(1), m.group(2)
        return
    m = _TITLE_VOLUME.match(raw.get("title", ""))
    if m:
        raw["title"], raw["volume"] = m.group(1), m.group(2)
        if m.group(3):
            series = m.group(3)
            if "collection" in raw and f"{series} {raw['collection']}" in text:
                series = f"{series} {raw['collection']}"
            raw["collection"] = series


def _title_tail_in_container(raw: dict[str, str], text: str) -> None:
    """``Melt rocks of Lake Tyri,`` + ``Norway. Fjord Letters``: the head goes to the title."""
    title, container = raw["title"], raw["container"]
    if not (title[-1:].isalnum() or title.endswith(",")) or len(container) > 300:
        return
    m = _TITLE_TAIL.match(container)
    if m and len(m.group(1).split()) <= 6 and _between(title, container, text) == " ":
        raw["title"], raw["container"] = f"{title} {m.group(1)}", m.group(2)


def _container_tail(raw: dict[str, str]) -> None:
    """``Fjord Optics, to appear`` / ``…, Special Issue on Tides``: the tail is a note."""
    m = _CONTAINER_STATUS.match(raw["container"])
    if m:
        raw["container"] = m.group(1)
        raw.setdefault("note", m.group(2).strip(" ()[],.;:"))


def _place_parts(raw: dict[str, str], text: str) -> None:
    """Join a place's head or tail read into other fields (see the module docstring)."""
    place = raw["place"].strip(" ,.;:")
    pub = raw.get("publisher", "")
    m = _COMPANY_THEN_PLACE.match(pub.strip(" ,;:"))
    if m and f"{m.group(2)}, {place}" in text:  # "Fjord-Holt, Inc, Cherry Hill" + "New Jersey"
        raw["publisher"], raw["place"] = m.group(1), f"{m.group(2)}, {place}"
        return
    at = text.find(place)
    if at <= 0:
        return
    head = _TOWN_BEFORE.search(text, max(0, at - 60), at)
    if head and not head.group(1).isupper():  # "ISP PAN, Warszawa": an acronym is the publisher
        town = head.group(1)
        for key in ("title", "edition", "genre", "container", "note"):
            value = raw.get(key, "").rstrip(" ,")
            if key != "title" and value == town:
                raw.pop(key)
                break
            if value.endswith(f". {town}") or value.endswith(f"ed. {town}"):
                raw[key] = value[: -len(town)].rstrip()
                break
        else:
            town = ""
        if town:
            raw["place"] = f"{town}, {place}"
            return
    tail = _REGION_AFTER.match(text, at + len(place))
    if not tail or any(ch.isdigit() for ch in tail.group(1)):
        return
    region = tail.group(1).rstrip(".")
    if pub.strip(" ,.;:") == region:  # "Fjord Press, Leeds, United Kingdom." with the region as publisher
        before = _SEGMENT_BEFORE.search(text, max(0, at - 80), at)
        if not before:
            return
        raw["publisher"] = before.group(1)
    raw["place"] = f"{place}, {region}"  # "Leeds" + ", United Kingdom."


def reshape_numbers(raw: dict[str, str]) -> None:
    """Journal numbers read as one number span after a container (run before the repairs).

    ``Journal`` + ``137, 1493-1502. 2015.``; ``Journal. 2014`` + ``44(4)``: the date.
    """
    if "container" in raw:
        _numbers_after_container(raw)


def _numbers_after_container(raw: dict[str, str]) -> None:
    m = _NUMBER_RUN.match(raw.get("number", ""))
    if m and not _ARTICLE_PARTS & raw.keys():
        raw.pop("number")
        raw["volume"], raw["pages"] = m.group(1), m.group(3)
        if m.group(2):
            raw["issue"] = m.group(2)
        if m.group(4) and "date" not in raw:
            raw["date"] = m.group(4)
    y = _CONTAINER_YEAR.match(raw["container"].rstrip())
    if y and "date" not in raw and _ARTICLE_PARTS & raw.keys():
        raw["container"], raw["date"] = y.group(1), y.group(2)


def _title_run_on(raw: dict[str, str], text: str) -> None:
    """``The Social Tides of English in New`` + ``York City.``: the title runs on."""
    title = raw["title"]
    for key in ("container", "place", "publisher", "genre", "collection"):
        value = raw.get(key)
        if value is None or _between(title, value, text) != " ":
            continue
        parts = _FIRST_STOP.split(value, maxsplit=1)
        raw["title"] = f"{title} {parts[0]}"
        if len(parts) > 1:
            raw[key] = parts[1]
        else:
            raw.pop(key)
        return
