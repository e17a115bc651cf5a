"""GB/T 7714 reference forms that CSL styles do not produce, written part by part.

Covers the 2015 and 2025 editions and common journal practice: type codes (``[J]``, ``[M]``,
``[C]//``, ``[D]``, ``[R]``, ``[EB/OL]``, ``[J/OL]``, ``[P]``, ``[S]``, ``[N]``), bracketed
access dates, ``(5)`` issues without a volume, ``In: ... (Eds)``, full-width punctuation and
missing spaces after full stops. Each part carries its label, so nothing needs aligning.
"""

from __future__ import annotations

import random
from typing import Any

Part = tuple[str, str | None]


def _initials(given: str, rng: random.Random, dots: bool) -> str:
    letters = [p[0] for p in given.replace("-", " -").replace(".", " ").split() if p and p[0] != "-"]
    hyphen = "-" in given
    if hyphen and len(letters) == 2:
        return f"{letters[0]}.-{letters[1]}." if dots else f"{letters[0]} -{letters[1]}" if rng.random() < 0.5 else f"{letters[0]}-{letters[1]}"
    return (". ".join(letters) + ".") if dots else " ".join(letters)


def name_text(name: dict[str, Any], rng: random.Random, upper: bool) -> str:
    if "literal" in name:
        return str(name["literal"])
    family = name["family"].upper() if upper else name["family"]
    return f"{family} {_initials(name['given'], rng, dots=rng.random() < 0.15)}"


def names_parts(names: list[dict[str, Any]], label: str, rng: random.Random, p: dict[str, str], zh: bool) -> list[Part]:
    upper = rng.random() < 0.5
    shown = names if len(names) <= 3 else names[:3]
    parts: list[Part] = []
    for i, name in enumerate(shown):
        if i:
            parts.append((p["comma"], label))
        parts.append((name_text(name, rng, upper), label))
    if len(names) > 3:
        parts.append((p["comma"], label))
        parts.append(("等" if zh else rng.choice(["et al", "et al."]), label))
    return parts


def _punct(rng: random.Random, zh: bool, edition: str) -> dict[str, str]:
    full = edition == "2025" and rng.random() < (0.8 if zh else 0.6)
    stop = "." if (zh and rng.random() < 0.4) else ". "
    return {
        "comma": "，" if full else rng.choice([", ", ", ", ","]),
        "colon": "：" if full else rng.choice([": ", ":", ": "]),
        "stop": stop,
        "lp": rng.choice(["（", " （"]) if full and rng.random() < 0.5 else rng.choice(["(", "(", " ("]),
        "rp": "）" if full and rng.random() < 0.5 else ")",
    }


def _date_text(d: list[int]) -> str:
    return "-".join([str(d[0])] + [f"{x:02d}" for x in d[1:]])


def render_gbt(rec: dict[str, Any], rng: random.Random) -> list[Part]:
    """One record as a GB/T 7714-style reference, as labelled parts."""
    zh = rec.get("language") == "zh-CN"
    edition = rng.choice(["2015", "2025", "2005"])
    p = _punct(rng, zh, edition)
    kind = rec["type"]
    code = {"article-journal": "J", "book": "M", "chapter": "M", "paper-conference": "C",
            "thesis": "D", "report": "R", "webpage": "EB/OL", "article-newspaper": "N",
            "patent": "P", "standard": "S"}[kind]
    online = "URL" in rec and kind != "webpage" and rng.random() < 0.5
    use_code = rng.random() < 0.75
    parts: list[Part] = []
    if rng.random() < 0.15:
        parts += [(f"[{rng.randint(1, 60)}]", "citation-number"), (rng.choice(["", " "]), None)]
    if rec.get("author") and rng.random() < 0.95:
        parts += names_parts(rec["author"], "author", rng, p, zh)
        parts.append((p["stop"], None))
    title = rec["title"]
    if zh and rng.random() < 0.1:
        title = rng.choice([f"{rng.randint(1950, 2024)}年", f"《{title[:4]}》", "“十四五”时期"]) + title
    if zh and rng.random() < 0.3:
        title += p["colon"] + rng.choice(["基于", "以", "兼论", "第 ", "第"]) + rng.choice(["面板数据的分析", "中国为例", "制度设计", "1 卷", "2 册", "3 辑"])
    parts.append((title, "title"))
    if kind == "standard" and rec.get("number"):
        parts += [(p["colon"], None), (rec["number"], "number")]
    if kind == "patent":
        parts += [(p["colon"], None), (rec["number"], "number")]
    if use_code:
        c = f"{code}/OL" if online and "/" not in code else code
        parts.append((f"[{'A' if kind == 'chapter' and edition == '2005' else c}]", "genre"))
    if kind in ("chapter", "paper-conference"):
        if use_code and rng.random() < 0.8:
            parts.append(("//", None))
        else:
            parts += [(p["stop"], None), ("In", None), (rng.choice([": ", ":", " "]), None)]
        if rec.get("editor"):
            parts += names_parts(rec["editor"], "editor", rng, p, zh)
            if zh:
                parts.append((rng.choice(["", "，主编", ", 编"]), "editor"))
            else:
                parts.append((rng.choice([" (Eds)", " (Eds.)", ", ed", " (ed.)", ""]), "editor"))
            parts.append((p["stop"], None))
        parts.append((rec["container-title"], "container"))
    if rec.get("translator"):
        parts.append((p["stop"], None))
        parts += names_parts(rec["translator"], "translator", rng, p, zh)
        parts += [(p["comma"].rstrip() if zh else ", ", None), ("译" if zh else "trans", "translator")]
    if rec.get("edition"):
        parts += [(p["stop"], None), (f"{rec['edition']}版" if zh else f"{rec['edition']}{'nd' if rec['edition'] == '2' else 'rd' if rec['edition'] == '3' else 'th'} ed", "edition")]
    year = str(rec["issued"]["date-parts"][0][0]) if rec.get("issued") else None
    if kind == "article-journal":
        container = rec["container-title"]
        if zh and rng.random() < 0.2:
            container += rng.choice([" ", ""]) + rng.choice(["(", "（"]) + rng.choice(["社会科学版", "自然科学版", "哲学社会科学版", "电子版"]) + rng.choice([")", "）"])
        parts += [(p["stop"], None), (container, "container")]
        if year:
            parts += [(p["comma"], None), (year, "date")]
        vol, iss = rec.get("volume"), rec.get("issue")
        if vol and rng.random() < 0.9:
            parts += [(p["comma"], None), (vol, "volume")]
        elif not vol and iss and rng.random() < 0.5:
            parts.append((p["comma"], None))
        if iss:
            parts += [(p["lp"], None), (iss, "issue"), (p["rp"], None)]
        if rec.get("page"):
            parts += [(p["colon"], None), (rec["page"], "pages")]
    elif kind == "article-newspaper":
        parts += [(p["stop"], None), (rec["container-title"], "container"), (p["comma"], None),
                  (_date_text(rec["issued"]["date-parts"][0]), "date")]
        if rec.get("page"):
            parts += [(p["lp"], None), (rec["page"], "pages"), (p["rp"], None)]
    elif kind == "patent":
        parts += [(p["stop"], None), (_date_text(rec["issued"]["date-parts"][0]), "date")]
    elif kind == "webpage":
        if rec.get("container-title") and rng.random() < 0.5:
            parts += [(p["stop"], None), (rec["container-title"], "container")]
        if rec.get("issued"):
            parts += [(p["stop"], None), (p["lp"], None), (_date_text(rec["issued"]["date-parts"][0]), "date"), (p["rp"], None)]
    else:
        if rec.get("publisher-place") or rec.get("publisher"):
            parts.append((p["stop"], None))
        if rec.get("publisher-place"):
            where = rec["publisher-place"]
            if not zh and rng.random() < 0.1:
                where = where.upper()
            parts += [(where, "place"), (p["colon"], None)]
        if rec.get("publisher"):
            parts.append((rec["publisher"], "publisher"))
        if year:
            parts += [(p["comma"], None), (year, "date")]
        if rec.get("page"):
            parts += [(p["colon"], None), (rec["page"], "pages")]
    if rec.get("accessed"):
        if kind != "webpage" or not rec.get("issued"):
            parts.append((p["stop"] if rng.random() < 0.6 else "", None))
        parts += [("[", None), (_date_text(rec["accessed"]["date-parts"][0]), "accessed"), ("]", None)]
    if rec.get("URL"):
        parts += [(p["stop"], None), (rec["URL"], "url")]
    if rec.get("DOI") and rng.random() < 0.6:
        parts += [(p["stop"], None), (rng.choice(["DOI:", "doi:", "DOI: ", "https://doi.org/"]), None), (rec["DOI"], "doi")]
    if rng.random() < 0.85:
        parts.append((".", None))
    for i in range(len(parts) - 1):  # often no full stop after a question mark
        if parts[i][1] == "title" and parts[i][0].endswith(("?", "!", "？", "！")) and parts[i + 1] == (p["stop"], None) and rng.random() < 0.5:
            parts[i + 1] = (" ", None)
    return [(t, lab) for t, lab in parts if t]

