"""Shared pieces of the hand-written reference shapes (``parser_shapes``, ``parser_shapes_lang``):
names in the forms reference lists print them, pages, years, titles and venues.
"""

from __future__ import annotations

import random
from typing import Any

from parser_records import CITIES, PLACES, journal, make_record
from parser_vocab import abbreviate_journal

Part = tuple[str, str | None]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
}  # fmt: skip
def _initials(given: str, rng: random.Random, style: str) -> str:
    letters = [p[0].upper() for p in given.replace("-", " ").replace(".", " ").split() if p]
    if style == "bare":
        return "".join(letters)
    if style == "tight":
        return ".".join(letters) + "."
    return ". ".join(letters) + "."


def person(name: dict[str, Any], rng: random.Random, form: str, caps: bool = False) -> str:
    """One name: "inv" Family, I.; "invsp" Family I.; "van" Family IJ; "dir" I. Family;
    "full" Given Family; "fullinv" Family, Given; "paren" FAMILY (I.)."""
    if "literal" in name:
        return str(name["literal"])
    family = name["family"].upper() if caps else name["family"]
    given = name.get("given", "")
    ini = _initials(given, rng, rng.choice(["spaced", "spaced", "tight"]))
    if form == "inv":
        return f"{family}, {ini}"
    if form == "invsp":
        return f"{family} {ini}"
    if form == "van":
        return f"{family} {_initials(given, rng, 'bare')}"
    if form == "dir":
        return f"{ini} {family}"
    if form == "full":
        return f"{given} {family}"
    if form == "fullinv":
        return f"{family}, {given}"
    return f"{family} ({ini})"


def names(rec: dict[str, Any], rng: random.Random, role: str, forms: list[str], *, seps: tuple[str, str] = (", ", " and "),
          caps: bool = False, most: int = 12) -> list[Part]:
    people = [n for n in rec.get(role) or [] if "x-cjk" not in n]
    shown = people[:most]
    out: list[Part] = []
    for i, n in enumerate(shown):
        if i:
            out.append((seps[1] if i == len(shown) - 1 and len(shown) == len(people) else seps[0], role))
        out.append((person(n, rng, forms[min(i, len(forms) - 1)], caps), role))
    if len(people) > len(shown):
        out.append((rng.choice([", et al.", " et al.", " et al", ", et al"]), role))
    return out


def page_text(rec: dict[str, Any], rng: random.Random) -> str:
    page = str(rec.get("page") or f"{(a := rng.randint(1, 900))}-{a + rng.randint(1, 40)}")
    if "-" in page and rng.random() < 0.3:
        page = page.replace("-", rng.choice(["–", " - ", "–"]))
    return page


def year_text(rec: dict[str, Any], rng: random.Random) -> str:
    d = rec.get("issued", {}).get("date-parts", [[rng.randint(1950, 2024)]])[0]
    return str(d[0])


def title_text(rec: dict[str, Any], rng: random.Random) -> str:
    title = str(rec["title"])
    r = rng.random()
    if r < 0.12:  # titles with commas, places and asides
        title += rng.choice([", ", ", ", " - "]) + rng.choice(CITIES + PLACES) + rng.choice(["", ", " + rng.choice(["Canada", "South Africa", "Germany", "USA", "France"])])
    elif r < 0.18:
        title += rng.choice([" (abstract)", " (in Russian)", " (in German)", " (dossier)", " (Review)"])
    elif r < 0.24:
        title = title.rstrip(".?") + "?"
    return title


def venue_text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return journal(rng, False)
    if r < 0.8:
        return abbreviate_journal(journal(rng, False), rng)
    letters = "ABCDEFGHIJKLMNOPRSTUVW"
    acr = "".join(rng.choice(letters) for _ in range(rng.randint(2, 5)))
    return rng.choice([acr, f"{acr[0]}&{acr[-1]}", f"{acr[:2]}/{acr[2:] or 'X'}"])


def en_record(rng: random.Random, rid: str, kinds: tuple[str, ...]) -> dict[str, Any]:
    for _ in range(50):
        rec = make_record(rng, rid, zh=False)
        rec["author"] = [n for n in rec.get("author") or [] if "x-cjk" not in n]
        if rec["type"] in kinds and rec["author"]:
            return rec
    rec["type"] = kinds[0]
    rec["author"] = rec["author"] or [{"family": "Smith", "given": "J."}]
    return rec
