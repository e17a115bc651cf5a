"""Turn a rendered reference with character labels into labelled tokens for training.

Shared by the CSL renderings (labels come from sentinel characters around values, and from
searching for dates, numbers and given names that styles reformat) and by the GB/T 7714
templates (every part is labelled as it is written).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from poolrefs.parse.tokens import Token, tokenize  # noqa: E402

NAME_ROLES = ("author", "editor", "translator")
MONTHS = {
    1: "jan january", 2: "feb february", 3: "mar march", 4: "apr april", 5: "may",
    6: "jun june", 7: "jul july", 8: "aug august", 9: "sep sept september", 10: "oct october",
    11: "nov november", 12: "dec december",
}  # fmt: skip
SUFFIX_TERMS = {"ed", "eds", "edn", "edition", "nd", "rd", "th", "st", "trans", "tr", "版", "译",
                "编", "主编", "等", "et", "al", "others", "editor", "editors", "hrsg", "dir", "éd"}
OPENERS = set("([{（【《“‘\"«")
CLOSERS = set(")]}）】》”’\"»")
# Role words next to a name list belong to that list, with their brackets and abbreviation
# dots: "(eds", "(Ed.)", ", editors", "edited by", "Hrsg.", "trans.", "译", "主编" are all
# labelled like the names they qualify, in every style (post-processing strips them).
ROLE_WORDS = {
    "editor": {"ed", "eds", "editor", "editors", "edited", "edit", "hrsg", "hg", "hgg", "éd", "éds",
               "dir", "dirs", "coord", "comp", "comps", "red", "redaktion", "主编", "编", "编著", "herausgegeben"},
    "translator": {"trans", "transl", "translated", "translator", "translators", "tr", "trad", "übers",
                   "übersetzt", "译", "翻译", "译者"},
}  # fmt: skip
_ROLE_LINKS = {"by", "von", "par", "and", "&"}
# Words a style prints before a report or patent number ("Report No.: 12", "Rep. TR-7"); the
# number's value is what the record holds, so the cue is not part of it.
NUMBER_CUES = {"report", "rep", "no", "nr", "number", "num", "nº", "n°", "patent", "pat"}
# Medium markers are neither the title nor the venue: "[Internet]", "[Online]", "[serial online]".
MEDIUM_WORDS = {"internet", "online", "serial", "electronic", "cd", "rom", "microform", "database", "homepage",
                "www", "document"}
_QUOTES = set('"“”«»‘’„')


_NO_DATE = re.compile(r"\b(?:n\.\s?d|s\.\s?d|o\.\s?J|undated|no date|sine anno)\b\.?", re.I)


def strip_sentinels(marked: str, codes: dict[str, str]) -> tuple[str, list[str | None]]:
    """Remove sentinel characters; return the clean text and one label per character."""
    text: list[str] = []
    labels: list[str | None] = []
    stack: list[str] = []
    for ch in marked:
        if ch in codes:
            label = codes[ch]
            if label.startswith("/"):
                if stack:
                    stack.pop()
            else:
                stack.append(label)
            continue
        text.append(ch)
        labels.append(stack[-1] if stack else None)
    return "".join(text), labels


def _free(labels: list[str | None], tok: Token) -> bool:
    return all(labels[i] is None for i in range(tok.start, tok.end))


def _given_parts(rec: dict[str, Any], role: str) -> set[str]:
    parts: set[str] = set()
    for name in rec.get(role, []):
        for piece in re.split(r"[\s.\-]+", name.get("given", "")):
            if piece:
                parts.add(piece.lower())
                parts.add(piece[0].lower())
    return parts


def label_tokens(text: str, labels: list[str | None], rec: dict[str, Any] | None) -> list[tuple[int, int, str]]:
    """Token spans with labels; unlabelled tokens are resolved by search and attachment."""
    tokens = tokenize(text)
    tl: list[str | None] = []
    for tok in tokens:
        lab = next((labels[i] for i in range(tok.start, tok.end) if labels[i]), None)
        tl.append(lab)
    if rec is not None:
        for m in _NO_DATE.finditer(text):
            for tok_i, tok in enumerate(tokens):
                if tok.start >= m.start() and tok.end <= m.end() and tl[tok_i] is None:
                    tl[tok_i] = "date"
        _find_dates(tokens, tl, rec)
        _find_numbers(tokens, tl, rec)
        _find_given(tokens, tl, rec)
    _number_cues(tokens, tl)
    for i, tok in enumerate(tokens):  # GB/T 7714 type codes ("[J/OL]") are the genre, as in the templates
        if tok.kind == "code" and tl[i] is None:
            tl[i] = "genre"
    _medium(tokens, tl)
    _attach(tokens, tl)
    _roles(tokens, tl)
    return [(t.start, t.end, lab or "note") for t, lab in zip(tokens, tl, strict=True)]


def _date_tokens(rec: dict[str, Any], key: str) -> tuple[str | None, set[str]]:
    d = rec.get(key)
    if not d:
        return None, set()
    parts = d["date-parts"][0]
    extra: set[str] = set()
    if len(parts) > 1:
        extra |= set(MONTHS[parts[1]].split()) | {str(parts[1]), f"{parts[1]:02d}"}
    if len(parts) > 2:
        extra |= {str(parts[2]), f"{parts[2]:02d}", "st", "nd", "rd", "th"}
    return str(parts[0]), extra


def _find_dates(tokens: list[Token], tl: list[str | None], rec: dict[str, Any]) -> None:
    for key, label in (("issued", "date"), ("accessed", "accessed")):
        year, extra = _date_tokens(rec, key)
        if year is None:
            continue
        for i, tok in enumerate(tokens):
            if tl[i] is None and (tok.text == year or (tok.kind == "isodate" and tok.text.startswith(year))
                                  or (len(tok.text) == 5 and tok.text.startswith(year) and tok.text[4] in "abcde")):
                tl[i] = label
                for step in (-1, 1):
                    j = i + step
                    while 0 <= j < len(tokens) and tl[j] is None:
                        t = tokens[j].text.lower().rstrip(".")
                        if t in extra:
                            tl[j] = label
                        elif t not in {",", "-", "/", "年", "月", "日", "."}:
                            break
                        j += step


def _lead_number(tokens: list[Token]) -> int:
    """How many tokens a leading citation number takes: "[12]", "(3)", "12." (0 when none)."""
    k = 1 if tokens and tokens[0].text in "[(" else 0
    if len(tokens) > k + 1 and tokens[k].kind == "num" and (k == 0 or tokens[k + 1].text in "])"):
        return k + 2 if tokens[k + 1].text in ".])" else k + 1
    return 0


def _find_numbers(tokens: list[Token], tl: list[str | None], rec: dict[str, Any]) -> None:
    for key, label in (("volume", "volume"), ("issue", "issue"), ("edition", "edition"),
                       ("page", "pages"), ("number", "number")):
        value = rec.get(key)
        if not value:
            continue
        want = [t.text for t in tokenize(str(value))]
        if len(want) > 1 and not want[0].isdigit():  # "Suppl 2", "S1", "No. 7": the whole value in a row
            at = next((i for i in range(len(tokens) - len(want) + 1)
                       if all(tl[i + k] is None and tokens[i + k].text == w for k, w in enumerate(want))), None)
            if at is not None:
                for k in range(at, at + len(want)):
                    tl[k] = label
                continue
        first = re.split(r"[-–/]", str(value))[0]
        for i, tok in enumerate(tokens):
            if i < _lead_number(tokens):  # "[1] ...": the citation number is not the page "1"
                continue
            if tl[i] is None and (tok.text == first or re.fullmatch(re.escape(first) + r"(?:st|nd|rd|th|e|er|d)", tok.text)):
                tl[i] = label
                j = i  # a range or a combined issue: "112-119", "5/6", "8/9/10"
                while key in ("page", "issue") and j + 2 < len(tokens) and tokens[j + 1].text in "-–—‐/" and tokens[j + 2].kind == "num" and tl[j + 2] is None:
                    tl[j + 1] = tl[j + 2] = label
                    j += 2
                break


def _find_given(tokens: list[Token], tl: list[str | None], rec: dict[str, Any]) -> None:
    given = {role: _given_parts(rec, role) for role in NAME_ROLES}
    for i, tok in enumerate(tokens):
        if tl[i] is not None or tok.kind != "word":
            continue
        low = tok.text.lower()
        pieces = list(low) if tok.text.isupper() and len(low) <= 3 else [low]
        best: tuple[int, str] | None = None
        for role in NAME_ROLES:
            if not all(piece in given[role] for piece in pieces):
                continue
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(tokens) and abs(j - i) <= 8:
                    if tl[j] == role:
                        if best is None or abs(j - i) < best[0]:
                            best = (abs(j - i), role)
                        break
                    if tl[j] is not None:
                        break
                    j += step
        if best is not None:
            tl[i] = best[1]


def _attach(tokens: list[Token], tl: list[str | None]) -> None:
    n = len(tokens)
    # Citation number: a leading number before any labelled token.
    for i, tok in enumerate(tokens):
        if tl[i] is not None:
            break
        if tok.kind == "num":
            tl[i] = "citation-number"
            for j in range(i):
                tl[j] = "citation-number"
            if i + 1 < n and tokens[i + 1].text in ".)]" and tl[i + 1] is None:
                tl[i + 1] = "citation-number"
            break
    # Words between two tokens of the same name role, and suffix terms, join the previous field.
    prev = [None] * n
    last: str | None = None
    for i in range(n):
        prev[i] = last
        if tl[i] is not None:
            last = tl[i]
    nxt: list[str | None] = [None] * n
    last = None
    for i in range(n - 1, -1, -1):
        nxt[i] = last
        if tl[i] is not None:
            last = tl[i]
    orig = list(tl)
    for i, tok in enumerate(tokens):
        if tl[i] is not None:
            continue
        low = tok.text.lower()
        if tok.kind == "punct" and i and orig[i - 1] is None and tokens[i - 1].kind in ("word", "cjk") and tl[i - 1] == nxt[i]:
            tl[i] = tl[i - 1]
            continue
        if (tok.text in _QUOTES and i and tokens[i - 1].end == tok.start and prev[i] is not None
                and (i + 1 == n or tokens[i + 1].start > tok.end or tokens[i + 1].kind == "punct")):
            tl[i] = prev[i]  # a quote glued to the word before it (and not to the next) closes that field
            continue
        if prev[i] is not None and prev[i] == nxt[i]:
            tl[i] = prev[i]
        elif tok.kind == "punct" and tok.text not in OPENERS:
            tl[i] = prev[i] or nxt[i]
        elif low in SUFFIX_TERMS and prev[i] is not None:
            tl[i] = prev[i]
        else:
            tl[i] = nxt[i] or prev[i]


def _medium(tokens: list[Token], tl: list[str | None]) -> None:
    """``[Internet]``, ``[Online]``, ``[serial online]``: bracketed medium words -> note (before
    attachment, so the stop after the bracket is not pulled into the field before it)."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.text not in "[(" or i + 2 >= n:
            continue
        j = i + 1
        while j < n and tokens[j].kind == "word" and tokens[j].text.lower() in MEDIUM_WORDS:
            j += 1
        if j > i + 1 and j < n and tokens[j].text in ")]" and all(tl[k] is None for k in range(i, j + 1)):
            for k in range(i, j + 1):
                tl[k] = "note"


def _roles(tokens: list[Token], tl: list[str | None]) -> None:
    """Give a role-word group the label of the names it qualifies (see ``ROLE_WORDS``)."""
    n = len(tokens)
    i = 0
    while i < n:
        low = tokens[i].text.lower()
        role = next((r for r, words in ROLE_WORDS.items() if low in words), None)
        if role is None:
            i += 1
            continue
        start = end = i  # inclusive token range of the group
        while end + 1 < n and (tokens[end + 1].text.lower() in ROLE_WORDS[role] or tokens[end + 1].text.lower() == "by"):
            end += 1
        if end + 1 < n and tokens[end + 1].text == "." and tokens[end].kind == "word":
            end += 1
        opened = start > 0 and tokens[start - 1].text in "(（["
        if opened:
            start -= 1
        if opened and end + 1 < n and tokens[end + 1].text in ")）]":
            end += 1
        before = tl[start - 1] if start > 0 else None
        if before in (None,) or (start > 0 and tokens[start - 1].kind == "punct" and before not in NAME_ROLES):
            k = start - 1
            while k >= 0 and tokens[k].kind == "punct" and k >= start - 2:
                k -= 1
            before = tl[k] if k >= 0 else None
        after = tl[end + 1] if end + 1 < n else None
        if (before == role or after == role) and not (low == "ed" and before == "edition"):
            for k in range(start, end + 1):
                tl[k] = role
        i = end + 1


def _number_cues(tokens: list[Token], tl: list[str | None]) -> None:
    """Unlabelled cue words right before a number value ("Report No.:") -> note."""
    for i in range(1, len(tokens)):
        if tl[i] != "number" or tl[i - 1] is not None:
            continue
        j = i - 1
        while j >= 0 and tl[j] is None and (tokens[j].text.lower() in NUMBER_CUES or tokens[j].text in ".:"):
            j -= 1
        while j + 1 < i and tokens[j + 1].kind == "punct":  # a stop before the cue ends the last field
            j += 1
        for k in range(j + 1, i):
            tl[k] = "note"
