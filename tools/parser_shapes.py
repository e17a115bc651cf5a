"""Reference shapes no CSL style produces, written part by part like the GB/T templates.

Real reference lists hold many hand-made or house styles: comma-only lists ending in the year
(``Family, I., Title, Journal, v. 12, pp. 3-9. 1999.``), author lists whose later names are not
inverted, chemistry and physics references without a title (``Abbrev. J. 2011, 14, 2087.``),
astronomy's ``1996, ApJ, 512, 207``, Vancouver variants (``2012;77(4): 301-9``), French
(``NOM, Prénom. Titre. Ville : ÉDITEUR, 2012. 200 p. (Collection).``, ``« titre »``, ``n° 5``,
month names), German (``In: Zeitschrift 2014, 4/5, 48-53``, ``(Hrsg.)``), Italian and Spanish
notes, humanities notes (``Given Family, Title (Place: Publisher, 1992).``), newspapers with a
day and month and computer-science venues (``19(3) 450-491, September 1994``). Every part
carries its label. Records come from ``parser_records``; everything is synthetic.
"""

from __future__ import annotations

import random
import re
from typing import Any

from parser_kinds import report_number
from parser_records import CITIES, PLACES, en_title, journal
from parser_shape_parts import (
    MONTHS,
    Part,
    en_record,
    names,
    page_text,
    title_text,
    venue_text,
    year_text,
)
from parser_shapes_lang import shape_french, shape_german, shape_newspaper, shape_note
from parser_vocab import abbreviate_journal


def shape_comma(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``Family, I., Family, I., Title, Journal, v. 24, p. 265. 1989.`` and relatives."""
    caps = rng.random() < 0.2
    parts = names(rec, rng, "author", ["inv"], seps=(", ", rng.choice([", ", " and ", ", and "])), caps=caps)
    parts += [(", ", None), (title_text(rec, rng), "title"), (", ", None), (venue_text(rng), "container"), (", ", None)]
    vol = str(rec.get("volume") or rng.randint(1, 300))
    vcue = rng.choice(["", "", "v. ", "vol. ", "Vol. ", "vol.", "Vol "])
    parts.append((vcue + vol, "volume"))
    if rec.get("issue") and rng.random() < 0.4:
        parts += [(rng.choice([", no. ", ", No. ", " ("]), None), (str(rec["issue"]), "issue")]
        if parts[-2][0] == " (":
            parts.append((")", None))
    year = year_text(rec, rng)
    if rng.random() < 0.3:  # SIAM: "60 (1993), pp. 295-337."
        parts += [(" (", None), (year, "date"), ("), ", None), (rng.choice(["pp. ", "p. ", ""]) + page_text(rec, rng), "pages"), (".", None)]
        return parts
    parts += [(", ", None), (rng.choice(["p. ", "pp. ", "P. ", "", "", "pp "]) + page_text(rec, rng), "pages")]
    parts += [(rng.choice([". ", ", "]), None), (year, "date"), (rng.choice([".", "", "."]), None)]
    return parts


def shape_stoplist(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``Family, I., I. Family and I. Family. Title. Journal 137, 1493-1502. 2015.``"""
    parts = names(rec, rng, "author", ["inv", "dir"], seps=(", ", rng.choice([" and ", " & ", ", and "])))
    parts += [(". ", None), (title_text(rec, rng), "title"), (". ", None), (journal(rng, False), "container"), (" ", None)]
    vol = str(rec.get("volume") or rng.randint(1, 300))
    parts.append((vol, "volume"))
    r = rng.random()
    if rec.get("issue") and r < 0.4:
        parts += [("(", None), (str(rec["issue"]), "issue"), (")", None)]
    elif rec.get("issue") and r < 0.55:
        parts += [(": ", None), (str(rec["issue"]), "issue")]
    page = page_text(rec, rng)
    if rng.random() < 0.1:
        page = rng.choice(["EL", "e", "S"]) + page.replace("-", "-" + page[:0])
    parts += [(rng.choice([", ", ": ", ":"]), None), (page, "pages"), (". ", None), (year_text(rec, rng), "date"), (".", None)]
    if rng.random() < 0.15:
        parts.append((rng.choice([" *", " †", " *†"]), None))
    return parts


def shape_chem(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """Chemistry and physics: ``I. Family, I. Family, Abbrev. J. 2011, 14, 2087.`` (title optional)."""
    r = rng.random()
    parts: list[Part] = []
    if r < 0.5:
        parts += names(rec, rng, "author", ["dir"], seps=(", ", rng.choice([", ", " and ", ", and "])))
        parts.append((", ", None))
        with_title = rng.random() < 0.2
    else:
        parts += names(rec, rng, "author", ["inv"], seps=("; ", rng.choice(["; ", "; ", " and "])))
        with_title = rng.random() < 0.75
        parts.append((", " if with_title else rng.choice([", ", " "]), None))
    if with_title:
        parts += [(title_text(rec, rng), "title"), (rng.choice([". ", ", "]), None)]
    venue = abbreviate_journal(journal(rng, False), rng) if rng.random() < 0.6 else journal(rng, False)
    parts.append((venue, "container"))
    vol, year = str(rec.get("volume") or rng.randint(1, 150)), year_text(rec, rng)
    first = page_text(rec, rng) if rng.random() < 0.6 else str(rng.randint(1, 9999))
    s = rng.random()
    if s < 0.35:  # Journal 2004, 95, (2), 649-655.
        parts += [(rng.choice([" ", ", "]), None), (year, "date"), (", ", None), (vol, "volume")]
        if rec.get("issue") and rng.random() < 0.6:
            parts += [(", (", None), (str(rec["issue"]), "issue"), (")", None)]
        parts += [(", ", None), (first, "pages"), (".", None)]
    elif s < 0.6:  # J. Appl. Phys. 87, pp. 334–344 (2000)
        parts += [(" ", None), (vol, "volume"), (", ", None), (rng.choice(["pp. ", "p. ", ""]) + first, "pages"),
                  (" (", None), (year, "date"), (")", None), (rng.choice(["", ".", ";"]), None)]
    elif s < 0.8:  # Journal 10, (10), 4242-4248.
        parts += [(" ", None), (vol, "volume")]
        if rec.get("issue"):
            parts += [(", (", None), (str(rec["issue"]), "issue"), (")", None)]
        parts += [(", ", None), (first, "pages"), (".", None)]
    else:  # Journal, 2014, 26, 14-19.
        parts += [(", ", None), (year, "date"), (", ", None), (vol, "volume"), (", ", None), (first, "pages"), (".", None)]
    return parts


def shape_astro(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``Family, I., Family, I., & Family, I. 1996, ApJ, 512, 207``."""
    form = rng.choice(["inv", "invsp"])
    parts = names(rec, rng, "author", [form], seps=(", ", rng.choice([", & ", ", ", " & ", " and "])))
    parts += [(rng.choice([", ", " ", ". "]), None), (year_text(rec, rng), "date"), (", ", None)]
    if rng.random() < 0.3:
        parts += [(title_text(rec, rng), "title"), (", ", None)]
    parts += [(venue_text(rng) if rng.random() < 0.7 else abbreviate_journal(journal(rng, False), rng), "container"), (", ", None)]
    parts += [(str(rec.get("volume") or rng.randint(1, 900)), "volume"), (", ", None), (str(rng.randint(1, 2999)), "pages")]
    return parts


def shape_vancouver(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``Family IJ, Family I. Title. Abbrev. 2012;77(4): 301-9.`` and its variants."""
    parts = names(rec, rng, "author", ["van"], seps=(", ", ", "), most=rng.choice([6, 12]))
    venue = abbreviate_journal(journal(rng, False), rng) if rng.random() < 0.6 else journal(rng, False)
    parts += [(". ", None), (title_text(rec, rng), "title"), (". ", None), (venue, "container"), (rng.choice([". ", " "]), None)]
    year, vol = year_text(rec, rng), str(rec.get("volume") or rng.randint(1, 200))
    iss = str(rec.get("issue") or rng.randint(1, 12))
    page = page_text(rec, rng)
    s = rng.random()
    if s < 0.3:
        parts += [(year, "date"), (rng.choice([";", "; "]), None)]
    elif s < 0.55:
        parts += [(f"{year} {rng.choice(MONTHS['en'])[:3]}" + (f" {rng.randint(1, 28)}" if rng.random() < 0.5 else ""), "date"), (";", None)]
    elif s < 0.75:
        parts += [(year, "date"), (rng.choice([" ", ". "]), None)]
    else:
        parts += [(year, "date"), (". ", None)]
    parts += [(vol, "volume"), ("(", None), (iss, "issue"), (")", None), (rng.choice([": ", ":", " "]), None), (page, "pages"), (".", None)]
    return parts

def shape_cs(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``I. Family and I. Family. Title. Journal, 19(3) 450-491, September 1994.``"""
    parts = names(rec, rng, "author", ["dir"], seps=(", ", rng.choice([", and ", " and "])))
    parts += [(". ", None), (title_text(rec, rng), "title"), (". ", None), (venue_text(rng) if rng.random() < 0.4 else journal(rng, False), "container"), (", ", None)]
    vol, page, year = str(rec.get("volume") or rng.randint(1, 60)), page_text(rec, rng), year_text(rec, rng)
    s = rng.random()
    if s < 0.4 and rec.get("issue"):
        parts += [(vol, "volume"), ("(", None), (str(rec["issue"]), "issue"), (") ", None), (page, "pages")]
    elif s < 0.7:
        parts += [(vol, "volume"), (":", None), (page, "pages")]
    else:
        parts += [(vol, "volume"), (" ", None), (page.split("-")[0], "pages")]
    parts += [(", ", None), (f"{rng.choice(MONTHS['en'])} {year}" if rng.random() < 0.5 else year, "date"), (".", None)]
    return parts


def shape_wiki(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """Wiki-style: ``Family, Given; Family, Given (Month Year). "Title". Journal 4 (2): 12–19. doi:...``"""
    parts = names(rec, rng, "author", [rng.choice(["fullinv", "inv"])], seps=("; ", "; "), most=6)
    year = year_text(rec, rng)
    date = f"{rng.choice(MONTHS['en'])} {year}" if rng.random() < 0.4 else year
    title = title_text(rec, rng)
    close = '" ' if title.endswith("?") else rng.choice(['". ', '", ', '." '])
    parts += [(" (", None), (date, "date"), (")", None), ('. "', None), (title, "title"), (close, None)]
    parts += [(journal(rng, False), "container"), (" ", None), (str(rec.get("volume") or rng.randint(1, 99)), "volume")]
    if rec.get("issue"):
        parts += [(" (", None), (str(rec["issue"]), "issue"), (")", None)]
    if rng.random() < 0.8:
        parts += [(": ", None), (page_text(rec, rng), "pages")]
    parts.append((".", None))
    if rec.get("DOI"):
        parts += [(rng.choice([" doi:", " doi:", " DOI: "]), None), (str(rec["DOI"]), "doi")]
    return parts


def shape_endnote(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """EndNote numbered: ``Family, I., et al., Title. Abbrev J, 2004. 115(6): p. 515-24.``"""
    parts = names(rec, rng, "author", ["inv"], seps=(", ", rng.choice([", and ", ", "])), most=rng.choice([1, 3, 6]))
    venue = abbreviate_journal(journal(rng, False), rng) if rng.random() < 0.5 else journal(rng, False)
    parts += [(", ", None), (title_text(rec, rng), "title"), (". ", None), (venue, "container"), (", ", None), (year_text(rec, rng), "date"), (". ", None)]
    parts.append((str(rec.get("volume") or rng.randint(1, 200)), "volume"))
    if rec.get("issue"):
        parts += [("(", None), (str(rec["issue"]), "issue"), (")", None)]
    parts += [(": ", None), (rng.choice(["p. ", "p. ", ""]) + page_text(rec, rng), "pages"), (".", None)]
    return parts


_XPLORE = ["{t}, {y}. {a} '{yy}. IEEE International Conference on", "{t}, {y}. Proceedings of the {n}th IEEE Conference on",
           "{t} ({a}), {y} IEEE International Symposium on", "{t}, {y}. {a} {y}. Proceedings"]


def shape_conference(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """Computer science and engineering papers in proceedings, Xplore-style venue names included."""
    form = rng.choice(["dir", "full"])
    parts = names(rec, rng, "author", [form], seps=(", ", rng.choice([", and ", " and "])))
    title = title_text(rec, rng)
    quoted = rng.random() < 0.5
    parts += [(', “' if quoted else ". ", None), (title, "title"), (',” ' if quoted else ". ", None)]
    y = year_text(rec, rng)
    acr = "".join(rng.choice("ACDEGIMNPRSTUW") for _ in range(rng.randint(3, 5)))
    field = rng.choice(["Robotics and Automation", "Decision and Control", "Acoustics, Speech and Signal Processing",
                        "Computer Vision", "Communications", "Intelligent Transportation Systems", "Data Engineering"])
    if rng.random() < 0.4:
        venue = rng.choice(_XPLORE).format(t=field, y=y, a=acr, yy=y[2:], n=rng.randint(2, 50))
    else:
        venue = rng.choice(["Proceedings of the {n}th {c}", "Proc. {n}th {c}", "{c} ({a} {y})", "{n}th {c}"]).format(
            n=rng.randint(2, 50), c=rng.choice(["International Conference on ", "Annual Symposium on ", "Workshop on ", "ACM Conference on "]) + field, a=acr, y=y)
    parts += [(rng.choice(["in ", "In ", "In "]), "container"), (venue, "container")]
    if rng.random() < 0.3:
        parts += [(", ", None), (rng.choice(["vol. ", "volume "]) + str(rng.randint(1, 9)), "volume")]
    if rng.random() < 0.4:
        parts += [(", ", None), (rng.choice(CITIES + PLACES), "place")]
    s = rng.random()
    if s < 0.5:
        parts += [(", ", None), (rng.choice(["pages ", "pp. ", "pp. ", ""]) + page_text(rec, rng), "pages"), (", ", None),
                  ((rng.choice(MONTHS["en"]) + " " if rng.random() < 0.4 else "") + y, "date"), (".", None)]
    else:
        parts += [(", ", None), ((rng.choice(MONTHS["en"]) + " " if rng.random() < 0.4 else "") + y, "date"), (", ", None),
                  (rng.choice(["pp. ", "pages ", "p. "]) + page_text(rec, rng), "pages"), (".", None)]
    if rng.random() < 0.25:
        parts += [(" ", None), (rng.choice(["IEEE", "ACM", "USENIX Association", "Springer", "ACM Press", "IEEE Computer Society"]), "publisher"), (".", None)]
    return parts


def shape_report(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """Technical reports: ``I. Family, “Title,” Institute, City, Tech. Rep. 12, 2019.`` and relatives."""
    inst = rng.choice([f"{rng.choice(CITIES)} {rng.choice(['Institute', 'Laboratory', 'Research Centre', 'University'])}",
                       f"Department of {rng.choice(['Computer Science', 'Economics', 'Physics', 'Statistics'])}, {rng.choice(CITIES)} University"])
    city, number, y = rng.choice(CITIES + PLACES), str(rng.randint(1, 999)), year_text(rec, rng)
    cue = rng.choice(["No. ", "Tech. Rep. ", "Technical Report ", "Rep. No. ", "Report "])
    if rng.random() < 0.6:  # the number with its series letters: "TR 46", "WP-2019-07"
        cue, number = "", str(rec.get("number") or report_number(rng))
    if rng.random() < 0.5:
        parts = names(rec, rng, "author", ["dir"], seps=(", ", rng.choice([", and ", " and "])))
        parts += [(", “", None), (title_text(rec, rng), "title"), (",” ", None), (inst, "publisher"), (", ", None), (city, "place"),
                  (", ", None), (cue, None), (number, "number"), (", ", None), (y, "date"), (".", None)]
    else:
        parts = names(rec, rng, "author", ["dir", "full"][rng.randrange(2):], seps=(", ", ", and "))
        parts += [(". ", None), (title_text(rec, rng), "title"), (". ", None)]
        if rng.random() < 0.5:
            parts += [(rng.choice(["Technical report", "Working paper", "Tech. rep."]), "genre"), (", ", None)]
        parts += [(inst, "publisher"), (", ", None), ((rng.choice(MONTHS["en"]) + " " if rng.random() < 0.5 else "") + y, "date"), (".", None)]
    return parts


_NOTES = [", to appear", ". To appear", " (in press)", ". In press", ". Special issue on {t}", " (with comments by {n})",
          ". See also: {t}", ", forthcoming", " (submitted)", ". Reprinted in {t}"]


def _add_note(rng: random.Random, parts: list[Part]) -> list[Part]:
    note = rng.choice(_NOTES).format(t=en_title(rng), n=f"{rng.choice('ABCDEFGHJKLMPRST')}. {rng.choice(CITIES)}")
    lead = len(note) - len(note.lstrip(" ,.("))
    piece = [(note[:lead], None), (note[lead:].rstrip(")"), "note")] + ([(")", None)] if note.endswith(")") else [])
    if parts and parts[-1] == (".", None):
        return parts[:-1] + piece + [(".", None)]
    return parts + piece


SHAPES = [(shape_comma, 16, ("article-journal",)), (shape_stoplist, 10, ("article-journal",)),
          (shape_chem, 16, ("article-journal",)), (shape_astro, 6, ("article-journal",)),
          (shape_vancouver, 10, ("article-journal",)), (shape_french, 14, ("article-journal", "book")),
          (shape_german, 10, ("article-journal", "book")), (shape_note, 10, ("book",)),
          (shape_newspaper, 6, ("article-journal", "book", "report")), (shape_cs, 8, ("article-journal",)),
          (shape_wiki, 5, ("article-journal",)), (shape_endnote, 6, ("article-journal",)),
          (shape_conference, 8, ("paper-conference", "chapter")), (shape_report, 4, ("report", "article-journal"))]


_OPEN_Q = "\"“«‘"
_CLOSE_Q = "\"”»’"


def _quotes_to_title(parts: list[Part]) -> list[Part]:
    """Quotation marks around a title take its label, as in the CSL renderings."""
    out: list[Part] = []
    for i, (t, lab) in enumerate(parts):
        before = i + 1 < len(parts) and parts[i + 1][1] == "title" and lab is None
        after = i > 0 and parts[i - 1][1] == "title" and lab is None
        if before and t.rstrip(" ").endswith(tuple(_OPEN_Q)):
            core = t.rstrip(" ")
            cut = len(core) - 1
            out += [(t[:cut], None), (t[cut:], "title")]
        elif after and (m := re.match(r" ?[,.?]?[\"”»’]", t)):
            out += [(t[: m.end()], "title"), (t[m.end() :], None)]
        else:
            out.append((t, lab))
    return out


def render_shape(rng: random.Random, rid: str) -> list[Part]:
    """One record in one of the shapes above, as labelled parts (numbering sometimes in front)."""
    fn, _, kinds = rng.choices(SHAPES, weights=[w for _, w, _ in SHAPES])[0]
    rec = en_record(rng, rid, kinds)
    parts = fn(rng, rec)
    if rng.random() < 0.06:
        parts = _add_note(rng, parts)
    if rng.random() < 0.2:
        parts = [(rng.choice([f"{rng.randint(1, 120)}. ", f"[{rng.randint(1, 90)}] ", f"{rng.randint(1, 99)} "]), "citation-number")] + parts
    out: list[Part] = []
    for t, lab in _quotes_to_title(parts):
        if t and out and out[-1][0].endswith(".") and t.startswith("."):
            t = t[1:]  # "Family, I." + ". Title": one full stop
        if t:
            out.append((t, lab))
    return out
