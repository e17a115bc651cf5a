"""Values for the record types whose fields the parser learns worst: theses, reports, patents,
web pages, and publishers or institutions without a cue word.

Synthetic like ``parser_records``: assembled from word parts and number patterns, so no
evaluation string can leak into training. Every function takes a seeded ``random.Random``.
"""

from __future__ import annotations

import random

# Coined one-word names ("Stonebridge", "Fernhollow"): publishers, sites and places that carry no
# cue word, so the parser must place them by position and punctuation alone.
_HEADS = ["Stone", "Fern", "Ash", "Birch", "Elm", "Willow", "Maple", "Hazel", "Rowan", "Heron",
          "Lark", "Wren", "Falcon", "Otter", "Copper", "Amber", "Slate", "Flint", "Marble", "Pine",
          "Moss", "Glen", "Dale", "Brook", "Mill", "Bell", "Crown", "Lantern", "Compass", "Anchor",
          "Beacon", "Quill", "Ink", "Vellum", "Arbor", "Summit", "Tide", "Sea", "Sun", "Moon",
          "Star", "Wind", "Frost", "Thorn", "Ivy", "Clover", "Sage", "Juniper", "Orchard", "Kestrel"]
_TAILS = ["bridge", "hollow", "field", "ford", "wood", "mere", "moor", "crest", "well", "haven",
          "stead", "worth", "ley", "holm", "wick", "combe", "point", "light", "mark", "press",
          "house", "ridge", "vale", "wynd", "croft", "shore", "fall", "water", "lea", "garth"]
_PUB_SUFFIX = ["", "", "", " Books", " Publishing", " Press", " Academic", " & Sons", " Editions",
               " Media", " House", " Verlag", " Éditions", " Academic Press", " University Press"]
_INST_HEAD = ["Centre for", "Center for", "Institute for", "Institute of", "Federal Office for",
              "Office of", "Bureau of", "Agency for", "Council for", "Foundation for",
              "Commission on", "Department of", "Ministry of", "Laboratory for", "Observatory of",
              "Network for", "Council on", "Forum for", "Programme on", "Unit for"]
_INST_TOPIC = ["Housing Studies", "Energy Transition", "Water Futures", "Urban Mobility",
               "Climate Research", "Public Policy", "Labour Economics", "Health Statistics",
               "Digital Markets", "Innovation Policy", "Regional Development", "Food Security",
               "Education Research", "Migration Studies", "Competition Law", "Patent Analytics",
               "Standards Research", "Technology Assessment", "Fiscal Studies", "Rural Affairs",
               "Ocean Science", "Transport Safety", "Social Research", "Economic Research"]
_INST_PRE = ["", "", "", "National ", "European ", "International ", "Federal ", "Royal ", "Swiss ",
             "Nordic ", "African ", "Pacific ", "Scottish ", "Canadian ", "Asian "]
_UNI = ["University of {c}", "{c} University", "Universidad de {c}", "Università di {c}",
        "Universität {c}", "Université de {c}", "{c} Institute of Technology", "KU {c}",
        "{c} State University", "Technical University of {c}", "University College {c}",
        "{w} College", "{w} University", "Universidade de {c}", "{c} School of Economics"]
_UNI_ZH = ["{p}大学", "{p}理工大学", "{p}师范大学", "{p}财经大学", "{p}交通大学", "中国{f}大学",
           "{p}科技大学", "中国科学院{f}研究所", "{p}工业大学", "{p}农业大学"]
PLACES_ZH_MORE = ["四川", "山东", "湖南", "湖北", "河南", "吉林", "辽宁", "云南", "福建", "江西", "厦门",
                  "大连", "青岛", "重庆", "兰州", "昆明", "哈尔滨", "郑州", "苏州", "深圳"]
FIELDS_ZH_MORE = ["政法", "地质", "矿业", "石油", "药科", "传媒", "人民", "海洋", "林业", "科学技术"]
THESIS_GENRES = ["PhD thesis", "PhD dissertation", "Ph.D. thesis", "Ph.D. dissertation",
                 "Doctoral dissertation", "Doctoral thesis", "Master's thesis", "Master’s thesis",
                 "MSc thesis", "MA thesis", "MPhil thesis", "Dissertation", "Thesis",
                 "Bachelor's thesis", "Habilitation thesis", "DPhil thesis", "Doctoral Dissertation"]
THESIS_GENRES_ZH = ["博士学位论文", "硕士学位论文", "博士论文", "硕士论文", "学位论文"]
REPORT_GENRES = ["Technical Report", "Working Paper", "Discussion Paper", "Research Report",
                 "Policy Brief", "Occasional Paper", "Report", "White Paper", "Staff Report",
                 "Briefing Paper", "Technical Note", "Research Memorandum"]
REPORT_SERIES = ["NBER Working Paper", "CEPR Discussion Paper", "IZA Discussion Paper",
                 "Policy Research Working Paper", "OECD Science, Technology and Industry Working Papers",
                 "Staff Working Paper", "CESifo Working Paper", "Working Paper Series",
                 "Technical Report Series", "Research Paper Series", "RAND Reports",
                 "Discussion Papers", "Occasional Papers"]
REPORT_GENRES_ZH = ["研究报告", "技术报告", "工作论文", "调研报告", "年度报告"]
SITE_WORDS = ["Blog", "Portal", "Notes", "News", "Observatory", "Hub", "Digest", "Review Online",
              "Insights", "Data Portal", "Lab Notes", "Newsroom", "Wiki", "Monitor", "Briefings"]
SITES_ZH = ["国家知识产权局", "中国政府网", "人民网", "新华网", "中国知网", "中国科学院", "科学网",
            "澎湃新闻", "国务院新闻办公室", "世界知识产权组织", "工业和信息化部"]
TLDS = ["org", "com", "net", "gov", "edu", "int", "eu", "org.uk", "ac.uk", "de", "fr", "cn", "gov.cn",
        "edu.cn", "jp", "io", "info", "ch", "nl"]


def coined(rng: random.Random) -> str:
    """A made-up capitalised word such as "Flintmere"."""
    return rng.choice(_HEADS) + rng.choice(_TAILS)


def coined_publisher(rng: random.Random) -> str:
    """A publisher name that is one coined word, often without a cue word."""
    if rng.random() < 0.2:
        return f"{coined(rng)} & {rng.choice(_HEADS)}"
    return coined(rng) + rng.choice(_PUB_SUFFIX)


def institution(rng: random.Random) -> str:
    """A research centre, agency or office: "Federal Office for Water Futures"."""
    name = rng.choice(_INST_PRE) + rng.choice(_INST_HEAD) + " " + rng.choice(_INST_TOPIC)
    if rng.random() < 0.15:
        name = f"{coined(rng)} {rng.choice(['Institute', 'Foundation', 'Centre', 'Trust', 'Group'])}"
    return name


def university(rng: random.Random, city: str, zh: bool) -> str:
    if zh:
        return rng.choice(_UNI_ZH).format(p=rng.choice(PLACES_ZH_MORE), f=rng.choice(FIELDS_ZH_MORE))
    return rng.choice(_UNI).format(c=city, w=coined(rng))


def report_number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return str(rng.randint(1, 39999))
    if r < 0.35:
        return f"{rng.randint(1, 99)}-{rng.randint(1, 999):03d}"
    if r < 0.5:
        return f"{rng.choice(['TR', 'WP', 'DP', 'RR', 'TN', 'PB'])} {rng.randint(1, 999)}"
    if r < 0.65:
        return f"{rng.choice(['TR', 'WP', 'RR', 'CS-TR', 'MSR-TR', 'UCB/EECS'])}-{rng.randint(1990, 2025)}-{rng.randint(1, 150):02d}"
    if r < 0.75:
        return f"No. {rng.randint(1, 9999)}"
    if r < 0.85:
        return f"{rng.randint(1990, 2025)}/{rng.randint(1, 99):02d}"
    if r < 0.93:
        return f"{''.join(rng.choice('ABCDEFGHIKLMNPRSTW') for _ in range(rng.randint(2, 4)))}-{rng.randint(100, 99999)}"
    return f"{rng.randint(1, 9999)}{rng.choice(['a', 'b', 'R', ''])}"


def patent_number(rng: random.Random) -> str:
    office = rng.choice(["CN", "CN", "US", "US", "EP", "JP", "WO", "DE", "KR", "GB", "FR"])
    r = rng.random()
    if office == "CN":
        core = f"{rng.randint(100000000, 119999999)}" if r < 0.7 else f"{rng.randint(200810000000, 202399999999)}.{rng.randint(0, 9)}"
        kind = rng.choice(["A", "B", "U", "C", ""])
    elif office == "US":
        n = rng.randint(4000000, 11999999)
        core = f"{n:,}" if r < 0.4 else str(n) if r < 0.8 else f"{rng.randint(2000, 2024)}/{rng.randint(1, 999999):07d}"
        kind = rng.choice(["B1", "B2", "A1", "A", ""])
    elif office == "WO":
        core = f"{rng.randint(1995, 2024)}/{rng.randint(1, 199999):06d}"
        kind = rng.choice(["A1", "A2", ""])
    elif office == "JP":
        core = f"{rng.randint(1990, 2024)}-{rng.randint(1, 299999)}" if r < 0.5 else str(rng.randint(2000000, 7999999))
        kind = rng.choice(["A", "B2", ""])
    else:
        core = str(rng.randint(100000, 3999999))
        kind = rng.choice(["A1", "B1", "A2", "A", ""])
    sep = rng.choice(["", "", " "])
    return f"{office}{sep}{core}{(' ' if sep and kind and rng.random() < 0.7 else '')}{kind}"


def site_name(rng: random.Random, zh: bool, topic: str) -> str:
    if zh:
        return rng.choice(SITES_ZH)
    r = rng.random()
    if r < 0.35:
        return f"{coined(rng)} {rng.choice(SITE_WORDS)}"
    if r < 0.6:
        return f"{' '.join(w.capitalize() for w in topic.split()[:2])} {rng.choice(SITE_WORDS)}"
    if r < 0.8:
        return institution(rng)
    return coined(rng)


def web_url(rng: random.Random, site: str) -> str:
    host = "".join(ch for ch in site.lower() if ch.isascii() and ch.isalnum())[:18] or coined(rng).lower()
    host = rng.choice(["", "www.", "blog.", "data.", "news."]) + host + "." + rng.choice(TLDS)
    path = "/".join(rng.choice(["posts", "news", "2021", "data", "reports", "articles", "en", "topics", "pub"]) for _ in range(rng.randint(1, 3)))
    return f"{rng.choice(['https', 'https', 'http'])}://{host}/{path}/{rng.randint(10, 99999)}" + rng.choice(["", "", ".html", ".htm", "/", ".pdf", "?id=" + str(rng.randint(1, 9999))])


_ZH_ORG_PRE = ["中华人民共和国", "国家", "中国", "国务院", "全国", "北京市", "上海市", "广东省", "江苏省", "浙江省",
               "湖北省", "四川省", "深圳市", "天津市", ""]
_ZH_ORG = ["食品药品监督管理局", "知识产权局", "统计局", "环境保护局", "科学技术委员会", "标准化研究院",
           "信息中心", "互联网络信息中心", "人民政府", "教育厅", "发展和改革委员会", "科学院", "社会科学院",
           "图书馆学会", "标准化技术委员会", "广播电视总局", "卫生健康委员会", "气象局", "专利保护协会"]
_ZH_UNIT = ["", "", "", "课题组", "办公厅", "办公室", "研究中心", "编辑委员会", "新闻办公室", "科技标准司",
            "信息分类编码研究所", "研究组", "编写组", "文献情报中心"]
_JA_ORG = ["図書館用語辞典編集委員会", "日本図書館協会", "特許庁", "文部科学省", "日本経済団体連合会",
           "国立国会図書館", "経済産業省", "日本学術会議"]


def zh_institution(rng: random.Random, ja: bool = False) -> str:
    """A Chinese (or Japanese) corporate author: "上海市食品药品监督管理局课题组"."""
    if ja:
        return rng.choice(_JA_ORG)
    return rng.choice(_ZH_ORG_PRE) + rng.choice(_ZH_ORG) + rng.choice(_ZH_UNIT)


def standard_number(rng: random.Random, zh: bool) -> str:
    """A standard's number: "GB/T 3792.4—2009", "GB 15618-1995", "ISO 690:2021"."""
    dash = rng.choice(["-", "—", "—", "–"])
    part = f".{rng.randint(1, 9)}" if rng.random() < 0.3 else ""
    if zh or rng.random() < 0.2:
        code = rng.choice(["GB/T", "GB/T", "GB", "GY/T", "WS/T", "JGJ", "YY/T", "GB/Z", "NB/T", "DL/T", "SL"])
        return f"{code} {rng.randint(100, 40000)}{part}{dash}{rng.randint(1985, 2024)}"
    code = rng.choice(["ISO", "ISO", "IEC", "ISO/IEC", "IEEE Std", "ANSI/NISO Z39.", "EN", "DIN", "IEC/IEEE", "ASTM"])
    if code.endswith("."):
        return f"{code}{rng.randint(2, 99)}-{rng.randint(1990, 2024)}"
    if code == "ASTM" or rng.random() < 0.1:
        return f"{code} {rng.choice('ABCDEFG')}{rng.randint(1, 999)}-{rng.randint(1990, 2024)}"
    if rng.random() < 0.2:
        part = f"-{rng.randint(1, 30)}" + (f"-{rng.randint(1, 9)}" if rng.random() < 0.3 else "")
    return f"{code} {rng.randint(100, 30000)}{part}:{rng.randint(1990, 2024)}"
