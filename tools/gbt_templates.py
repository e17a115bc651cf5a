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

_CN_NUM = "一二三四五六七八九十"
# GB/T 7714 4.1/8.2: a volume or part number written after the title proper, behind a colon.
_VOLUME_ZH = ["第 {n} 卷", "第{n}卷", "第 {n} 册", "第{n}册", "卷 {n}", "卷{n}", "第{c}卷", "{c}卷",
              "第 {n} 辑", "上", "下", "上册", "下册", "中册", "第{c}册", "{n}"]
_VOLUME_EN = ["Vol. {n}", "vol. {n}", "Volume {n}", "Part {n}", "Book {n}", "Vol {n}", "{n}"]
# 8.3: the edition statement after the title (and type code), first editions not given.
_EDITION_ZH = ["{n} 版", "{n}版", "第 {n} 版", "第{n}版", "修订版", "修订本", "增订本", "刻本", "影印本",
               "重印本", "新 1 版", "{w}书局影印本", "{w}刻本", "{n} 版修订本"]
_EDITION_EN = ["{o} ed", "{o} ed.", "{o} edn", "{o} edition", "Rev. ed.", "Rev ed", "Revised edition",
               "New ed.", "{o} rev. ed.", "Reprint ed."]
_REIGN = ["清光绪{c}年", "清同治{c}年", "清乾隆{c}年", "清道光{c}年", "明万历{c}年", "民国{c}年"]
# Transliterated entries: GB/T 7714 keeps the original script (6.1); family name then initials.
_RU_FAMILY = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Козлов",
              "Новиков", "Морозов", "Волков", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов"]
_RU_INITIAL = "АБВГДЕИКЛМНОПРСТЮЯ"
_RU_WORDS = ["развитие", "патентных", "пулов", "инновационной", "экономики", "анализ", "технологий",
             "стандартов", "исследование", "модели", "рынка", "лицензирования", "методы", "системы",
             "проблемы", "управления", "региональной", "политики", "науки", "промышленности"]
_RU_JOURNALS = ["Вопросы экономики", "Экономика и математические методы", "Патенты и лицензии",
                "Вестник Московского университета", "Проблемы прогнозирования", "Форсайт"]
_RU_PLACES = [("Москва", "Наука"), ("Санкт-Петербург", "Питер"), ("Москва", "Экономика"),
              ("Новосибирск", "Издательство СО РАН"), ("Москва", "Юрайт")]
_JA_FAMILY = ["山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "山本"]
_JA_GIVEN = ["太郎", "花子", "一郎", "健", "誠", "裕子", "直樹", "美穂", "浩", "恵子"]
_JA_TITLE = ["{a}の{b}に関する研究", "{a}と{b}", "{a}における{b}の分析", "{a}制度の現状と課題",
             "日本の{a}", "{a}論"]
_JA_TOPIC = ["特許", "知的財産", "技術標準", "イノベーション", "ライセンス", "独占禁止法", "産業政策",
             "パテントプール", "研究開発", "図書館"]
_JA_PUB = [("東京", "有斐閣"), ("東京", "岩波書店"), ("京都", "京都大学学術出版会"), ("東京", "日本評論社"),
           ("大阪", "大阪大学出版会"), ("東京", "東洋経済新報社")]


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


def _volume_text(rng: random.Random, zh: bool) -> str:
    n = rng.randint(1, 40)
    forms = _VOLUME_ZH if zh else _VOLUME_EN
    return rng.choice(forms).format(n=n, c=_CN_NUM[min(n, 10) - 1])


def _edition_text(rng: random.Random, zh: bool, number: str | None) -> str:
    n = int(number) if number and number.isdigit() else rng.randint(2, 9)
    if zh:
        return rng.choice(_EDITION_ZH).format(n=n, w=rng.choice(["同文", "中华", "商务", "世界", "扫叶山房"]))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
    return rng.choice(_EDITION_EN).format(o=f"{n}{suffix}")


def foreign_record(rng: random.Random, rid: str) -> dict[str, Any]:
    """A Russian or Japanese record for the GB/T template (original script, as 7714 keeps it)."""
    if rng.random() < 0.5:
        authors = [{"family": rng.choice(_RU_FAMILY), "given": ". ".join(rng.sample(_RU_INITIAL, rng.randint(1, 2))) + "."}
                   for _ in range(rng.choice([1, 1, 2, 3, 4]))]
        words = rng.sample(_RU_WORDS, rng.randint(3, 6))
        rec: dict[str, Any] = {"id": rid, "author": authors, "title": " ".join(words).capitalize()}
        if rng.random() < 0.6:
            rec.update(type="article-journal", **{"container-title": rng.choice(_RU_JOURNALS)})
            rec["volume"] = str(rng.randint(1, 80)) if rng.random() < 0.6 else None
            rec["issue"] = str(rng.randint(1, 12))
            rec["page"] = f"{(a := rng.randint(1, 300))}-{a + rng.randint(1, 30)}"
        else:
            place, pub = rng.choice(_RU_PLACES)
            rec.update(type="book", publisher=pub, **{"publisher-place": place})
    else:
        authors = [{"literal": rng.choice(_JA_FAMILY) + rng.choice(_JA_GIVEN)} for _ in range(rng.choice([1, 1, 2, 3]))]
        if rng.random() < 0.25:
            authors = [{"literal": rng.choice(["図書館用語辞典編集委員会", "日本図書館協会", "特許庁", "文部科学省", "国立国会図書館", "経済産業省"])}]
        a, b = rng.sample(_JA_TOPIC, 2)
        rec = {"id": rid, "author": authors, "title": rng.choice(_JA_TITLE).format(a=a, b=b), "language": "ja"}
        if rng.random() < 0.5:
            rec.update(type="article-journal", **{"container-title": rng.choice(_JA_TOPIC) + rng.choice(["研究", "学会誌", "ジャーナル", "論集"])})
            rec["volume"] = str(rng.randint(1, 80))
            rec["issue"] = str(rng.randint(1, 12))
            rec["page"] = f"{(a1 := rng.randint(1, 300))}-{a1 + rng.randint(1, 30)}"
        else:
            place, pub = rng.choice(_JA_PUB)
            rec.update(type="book", publisher=pub, **{"publisher-place": place})
    rec["issued"] = {"date-parts": [[rng.randint(1960, 2024)]]}
    return {k: v for k, v in rec.items() if v is not None}


def render_fragment(rec: dict[str, Any], rng: random.Random) -> list[Part]:
    """One element group of a record, as the standard's rules show them on their own."""
    zh = rec.get("language") in ("zh-CN", "ja")
    p = _punct(rng, zh, rng.choice(["2015", "2025"]))
    year = str(rec["issued"]["date-parts"][0][0]) if rec.get("issued") else str(rng.randint(1900, 2024))
    pick = rng.randrange(5)
    parts: list[Part] = []
    if pick == 0 and rec.get("author"):
        parts = names_parts(rec["author"], "author", rng, p, zh)
    elif pick == 1:
        parts = [(rec["title"], "title")]
        if rng.random() < 0.4:
            parts += [(p["colon"], None), (_volume_text(rng, zh), "volume")]
        parts.append((f"[{rng.choice(['M', 'M', 'J', 'C', 'R', 'D', 'S'])}]", "genre"))
    elif pick == 2 and rec.get("publisher"):
        if rec.get("publisher-place"):
            parts += [(rec["publisher-place"], "place"), (p["colon"], None)]
        parts += [(rec["publisher"], "publisher"), (p["comma"], None), (year, "date")]
    elif pick == 3 and (rec.get("volume") or rec.get("issue")):
        parts = [(year, "date")]
        if rec.get("volume"):
            parts += [(p["comma"], None), (rec["volume"], "volume")]
        if rec.get("issue"):
            parts += [(p["lp"], None), (rec["issue"], "issue"), (p["rp"], None)]
        if rec.get("page"):
            parts += [(p["colon"], None), (rec["page"], "pages")]
    else:
        parts = [(rec.get("publisher-place") or rec["title"], "place" if rec.get("publisher-place") else "title")]
        parts += [(p["comma"], None), (year, "date")]
    if rng.random() < 0.8:
        parts.append((".", None))
    return [(t, lab) for t, lab in parts if t]


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


def render_standard_2025(rec: dict[str, Any], rng: random.Random) -> list[Part]:
    """GB/T 7714—2025 8.9: a standard as "number  title[S]", no responsible body in front."""
    zh = rec.get("language") == "zh-CN"
    p = _punct(rng, zh, "2025")
    title = rec["title"]
    if rng.random() < 0.4:  # a standard's title often has two or three parts set off by spaces
        title = (rng.choice(["信息与文献", "信息技术", "数据元", "知识产权管理"]) + rng.choice([" ", "  "]) + title) if zh else \
            rng.choice(["Information and documentation", "Information technology", "Road vehicles"]) + rng.choice([" --- ", " — ", "--"]) + title
    online = "URL" in rec and rng.random() < 0.5
    parts: list[Part] = [(rec["number"], "number"), (" ", None), (title, "title"), ("[S/OL]" if online else "[S]", "genre")]
    if rng.random() < 0.4 and rec.get("publisher"):
        parts.append((p["stop"], None))
        if rec.get("publisher-place"):
            parts += [(rec["publisher-place"], "place"), (p["colon"], None)]
        parts += [(rec["publisher"], "publisher"), (p["comma"], None), (str(rec["issued"]["date-parts"][0][0]), "date")]
    if online:
        parts += [(p["stop"], None), (rec["URL"], "url")]
    parts.append((".", None))
    return parts


def render_gbt(rec: dict[str, Any], rng: random.Random) -> list[Part]:
    """One record as a GB/T 7714-style reference, as labelled parts."""
    zh = rec.get("language") in ("zh-CN", "ja")
    edition = rng.choice(["2015", "2025", "2005"])
    kind = rec["type"]
    if kind == "standard" and rec.get("number") and rng.random() < 0.45:
        return render_standard_2025(rec, rng)
    p = _punct(rng, zh, edition)
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
        title += p["colon"] + rng.choice(["基于", "以", "兼论", "从", ""]) + rng.choice(["面板数据的分析", "中国为例", "制度设计", "案例研究", "理论与实践"])
    parts.append((title, "title"))
    if kind in ("book", "report", "standard") and rng.random() < 0.12:
        parts += [(p["colon"], None), (_volume_text(rng, zh), "volume")]
    if kind == "report" and rec.get("number") and rng.random() < 0.8:
        parts += [(p["colon"], None), (rec["number"], "number")]
    if kind == "standard" and rng.random() < 0.3:  # 8.2: a part of a standard is part of its title
        part = f"第 {rng.randint(1, 9)} 部分" if zh else f"Part {rng.randint(1, 9)}"
        parts.append((p["colon"] + part + rng.choice([" ", "  ", ": "]) + (rng.choice(["通则", "术语", "数据格式", "非书资料", "试验方法"]) if zh else "general requirements"), "title"))
    if kind == "standard" and rec.get("number"):
        parts += [(p["colon"], None), (rec["number"], "number")]
    if kind == "patent":
        number = rec["number"]
        if zh and number.startswith("CN") and rng.random() < 0.3:  # a bare application number
            number = f"{rng.randint(200010000000, 202399999999)}.{rng.randint(0, 9)}"
        parts += [(p["colon"], None), (number, "number")]
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
        if kind == "chapter" and rng.random() < 0.15:
            parts += [(p["colon"], None), (_volume_text(rng, zh), "volume")]
    if rec.get("translator"):
        parts.append((p["stop"], None))
        parts += names_parts(rec["translator"], "translator", rng, p, zh)
        parts += [(p["comma"].rstrip() if zh else ", ", None), ("译" if zh else "trans", "translator")]
    if rec.get("edition") or (kind in ("book", "chapter", "report") and rng.random() < 0.08):
        parts += [(p["stop"], None), (_edition_text(rng, zh, rec.get("edition")), "edition")]
    year = str(rec["issued"]["date-parts"][0][0]) if rec.get("issued") else None
    if year and kind == "book" and zh and rng.random() < 0.05:  # old imprints: "1865（清同治四年）"
        year = str(rng.randint(1644, 1911)) + rng.choice(["（", "("]) + rng.choice(_REIGN).format(c=rng.choice(_CN_NUM)) + rng.choice(["）", ")"])
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
            if zh and rng.random() < 0.04:  # 8.8.2: supplements and combined issues
                iss = rng.choice(["增刊", "增刊 ", "增"]) + str(rng.randint(1, 4))
            elif rng.random() < 0.04:
                iss = f"{iss}/{int(iss.split('-')[0].split('/')[0]) + 1}" if iss[:1].isdigit() else iss
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
        if rec.get("page") or (kind == "book" and zh and rng.random() < 0.05):
            page = rec.get("page") or f"{(a := rng.randint(1, 9))}-{a + rng.randint(1, 9)}"
            if zh and (not rec.get("page") or rng.random() < 0.08):  # front matter: "序1-4", "前言 2", "扉页"
                page = rng.choice(["序", "前言", "序言", "导言"]) + rng.choice(["", " "]) + page if rng.random() < 0.8 else rng.choice(["扉页", "封二", "封底"])
            parts += [(p["colon"], None), (page, "pages")]
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

