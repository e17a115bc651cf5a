"""Write the rendering bench's record sets (CSL-JSON), reproducibly.

    python bench/make_render_records.py            # writes both files
    python bench/make_render_records.py --check    # fails if the committed files differ

Two sets of varied, realistic items: ``bench/data/render_records.json`` (the tuning set) and
``bench/data/render_records_heldout.json`` (held out: never tune the renderer on it). Every
vocabulary pool (names, titles, journals, publishers...) is shuffled with a fixed seed and split
in two halves, one per set, so the held-out set shares no name or title with the tuning set.
Each set covers, on purpose: journal articles, books, chapters with editors, conference papers,
theses, reports, web pages with access dates, patents, standards, newspaper articles; Chinese
items (``language: zh-CN``, CJK family/given names); particles (van der, de) both as separate
fields and inside ``family``; suffixes (Jr.); institutional (literal) authors; more than 3 and
more than 7 authors; same-author-same-year pairs; titles with question marks and quotes; DOIs,
URLs and page ranges such as 5-51 and 112-119.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
SEED = 7714
Item = dict[str, Any]

FAMILIES = [
    "Shapiro",
    "Lerner",
    "Tirole",
    "Gilbert",
    "Merges",
    "Heller",
    "Eisenberg",
    "Lemley",
    "Bessen",
    "Schmalensee",
    "Quint",
    "Aoki",
    "Nagaoka",
    "Kim",
    "Choi",
    "Brenner",
    "Joshi",
    "Nerkar",
    "Vakili",
    "Delcamp",
    "Baron",
    "Pohlmann",
    "Galasso",
    "Schankerman",
    "Williams",
    "Sampat",
    "Moser",
    "Lampe",
    "Hall",
    "Ziedonis",
    "Graham",
    "Somaya",
    "Teece",
    "Contreras",
    "Layne-Farrar",
    "Padilla",
    "Llanes",
    "Trento",
    "Farrell",
    "Simcoe",
    "Rysman",
    "Blind",
    "Bekkers",
    "Baumol",
    "O'Brien",
    "Müller",
    "Østergaard",
    "Sánchez",
    "Nakamura",
    "Dubois",
    "Weiß",
    "Kowalski",
]
GIVENS = [
    "Carl",
    "Josh",
    "Jean",
    "Richard",
    "Robert",
    "Michael",
    "Rebecca",
    "Mark",
    "James",
    "Daniel",
    "Anne",
    "Sadao",
    "Reiko",
    "Jay Pil",
    "Steffen",
    "Amol",
    "Atul",
    "Keyvan",
    "Henry",
    "Justus",
    "Tim",
    "Alberto",
    "Heidi",
    "Bhaven",
    "Petra",
    "Ryan",
    "Bronwyn",
    "Rosemarie",
    "Stuart",
    "Deepak",
    "David",
    "Jorge",
    "Jorge L.",
    "Gaston",
    "Chiara",
    "Joseph",
    "Timothy",
    "Marc",
    "Knut",
    "Rudi",
    "William J.",
    "Mary-Ellen",
    "Hans Peter",
    "J. R.",
    "E.",
    "Li-Wei",
    "Ana María",
]
PARTICLES = [
    {"family": "Pol", "given": "Balthasar", "non-dropping-particle": "van der"},
    {"family": "Belsunce", "given": "Hélène", "non-dropping-particle": "de"},
    {"family": "Vries", "given": "Jan", "non-dropping-particle": "de"},
    {"family": "Berg", "given": "Pieter", "non-dropping-particle": "van den"},
    {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
    {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"},
    {"family": "van der Meer", "given": "Sanne"},
    {"family": "de la Cruz", "given": "Maria"},
    {"family": "van Dijk", "given": "Thomas"},
    {"family": "di Stefano", "given": "Lucia"},
]
SUFFIXED = [
    {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
    {"family": "Gates", "given": "William H.", "suffix": "III"},
    {"family": "Fisher", "given": "William W.", "suffix": "Jr."},
    {"family": "Davis", "given": "Ralph", "suffix": "Sr."},
]
INSTITUTIONS = [
    "World Intellectual Property Organization",
    "European Commission",
    "U.S. Department of Justice",
    "OECD",
    "United States Patent and Trademark Office",
    "World Health Organization",
    "European Patent Office",
    "Federal Trade Commission",
]
CJK_FAMILIES = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "高",
    "林",
    "罗",
    "欧阳",
    "司马",
    "诸葛",
    "上官",
]
CJK_GIVENS = [
    "明",
    "伟",
    "芳",
    "秀英",
    "建国",
    "晓东",
    "丽",
    "强",
    "海燕",
    "志明",
    "静",
    "磊",
    "小红",
    "国强",
    "文博",
    "子涵",
    "一鸣",
    "雪",
    "嘉怡",
    "宏伟",
]
CJK_INSTITUTIONS = [
    "国家知识产权局",
    "中国标准化研究院",
    "国务院发展研究中心",
    "中国科学院科技战略咨询研究院",
    "工业和信息化部电子知识产权中心",
    "世界知识产权组织",
]
EN_TITLES = [
    "Navigating the patent thicket: cross licenses, patent pools, and standard setting",
    "Efficient patent pools",
    "The tragedy of the anticommons revisited",
    "Can patents deter innovation? The anticommons in biomedical research",
    "Patent pools and the direction of innovation: evidence from the nineteenth-century sewing machine industry",
    "Standard-essential patents and royalty stacking: theory and evidence",
    "Do patent pools encourage innovation?",
    "Who joins a patent pool, and why?",
    "Complementary patents and market structure",
    "The economics of standard setting organizations",
    "Royalty rates in patent pools: a structural estimation",
    "Open innovation and patent pools in the pharmaceutical industry",
    "What drives the formation of patent pools? Evidence from video coding standards",
    "Competition policy and patent pools: the MPEG-2 case",
    "Intellectual property and the organization of research",
    "The Medicines Patent Pool: access to HIV treatment through voluntary licensing",
    "Inventing around a pool: substitution and entry",
    "Patent quality and the value of pooled portfolios",
    "Grantback clauses and follow-on innovation",
    "Cooperation or conflict? Firms' strategies in standards consortia",
    "A theory of patent pools with asymmetric information",
]
QUOTED_TITLES = [
    'Licensing in the shadow of "FRAND": evidence from mobile telecommunications',
    'Are patent pools "pro-competitive"? A review of antitrust guidance',
    "Technology transfer through licensing: the role of 'essential' patents",
    '"Patent thickets" and the market for ideas',
]
ZH_TITLES = [
    "专利联盟对技术创新的影响研究",
    "标准必要专利许可费率的确定方法",
    "我国专利池运营模式探析",
    "专利联盟形成机理与治理结构研究",
    "专利池中的反垄断问题：以DVD专利池为例",
    "技术标准化与专利联盟协同发展研究",
    "知识产权密集型产业发展路径研究",
    "专利许可中的FRAND原则及其适用",
    "产业技术创新战略联盟的专利共享机制",
    "专利联盟利益分配机制研究——基于Shapley值法",
    "开放式创新背景下的专利运营",
    "医药专利池与药品可及性",
]
EN_JOURNALS = [
    ("Research Policy", "10.1016/j.respol"),
    ("Management Science", "10.1287/mnsc"),
    ("The RAND Journal of Economics", "10.1111/1756-2171"),
    ("Science", "10.1126/science"),
    ("Journal of Economic Perspectives", "10.1257/jep"),
    ("International Journal of Industrial Organization", "10.1016/j.ijindorg"),
    ("American Economic Review", "10.1257/aer"),
    ("Strategic Management Journal", "10.1002/smj"),
    ("Nature Biotechnology", "10.1038/nbt"),
    ("Journal of Law and Economics", "10.1086/jle"),
    ("Telecommunications Policy", "10.1016/j.telpol"),
    ("PLOS ONE", "10.1371/journal.pone"),
]
ZH_JOURNALS = [
    "科学学研究",
    "中国软科学",
    "科研管理",
    "情报杂志",
    "知识产权",
    "管理世界",
    "科技进步与对策",
    "中国科技论坛",
    "经济研究",
    "研究与发展管理",
]
PUBLISHERS = [
    ("MIT Press", "Cambridge, MA"),
    ("Oxford University Press", "Oxford"),
    ("Cambridge University Press", "Cambridge"),
    ("Edward Elgar", "Cheltenham"),
    ("Springer", "Cham"),
    ("Princeton University Press", "Princeton, NJ"),
    ("Routledge", "London"),
    ("University of Chicago Press", "Chicago"),
    ("Elsevier", "Amsterdam"),
    ("Harvard University Press", "Cambridge, MA"),
]
ZH_PUBLISHERS = [
    ("科学出版社", "北京"),
    ("知识产权出版社", "北京"),
    ("北京大学出版社", "北京"),
    ("上海人民出版社", "上海"),
    ("武汉大学出版社", "武汉"),
    ("清华大学出版社", "北京"),
]
UNIVERSITIES = [
    "Stanford University",
    "University of California, Berkeley",
    "Massachusetts Institute of Technology",
    "Katholieke Universiteit Leuven",
    "London School of Economics",
    "University of Tokyo",
]
ZH_UNIVERSITIES = [
    ("华中科技大学", "武汉"),
    ("清华大学", "北京"),
    ("浙江大学", "杭州"),
    ("同济大学", "上海"),
    ("南京大学", "南京"),
]
CONFERENCES = [
    (
        "Proceedings of the 2019 IEEE International Conference on Standardization and Innovation",
        "Geneva",
    ),
    ("Proceedings of the ACM Conference on Economics and Computation", "Phoenix, AZ"),
    ("2018 ITU Kaleidoscope: Machine Learning for a 5G Future", "Santa Fe"),
    ("Proceedings of the 12th International Conference on Innovation and Management", "Wuhan"),
]
SITES = [
    ("https://www.mpegla.com", "MPEG LA"),
    ("https://www.wipo.int", "WIPO"),
    ("https://www.via-la.com", "Via Licensing Alliance"),
    ("https://medicinespatentpool.org", "Medicines Patent Pool"),
    ("https://www.avanci.com", "Avanci"),
    ("https://www.sisvel.com", "Sisvel"),
]
STANDARDS = [
    (
        "ISO",
        "ISO 690:2021",
        "Information and documentation — Guidelines for bibliographic references and citations to information resources",
    ),
    (
        "International Telecommunication Union",
        "ITU-T H.264",
        "Advanced video coding for generic audiovisual services",
    ),
    (
        "IEEE",
        "IEEE 802.11-2020",
        "IEEE Standard for Information Technology—Telecommunications and Information Exchange between Systems",
    ),
    ("ETSI", "ETSI TS 138 211", "5G; NR; Physical channels and modulation"),
]
ZH_STANDARDS = [
    ("国家市场监督管理总局", "GB/T 7714—2015", "信息与文献 参考文献著录规则"),
    (
        "全国信息与文献标准化技术委员会",
        "GB/T 25000.51—2016",
        "系统与软件工程 系统与软件质量要求和评价",
    ),
    ("国家知识产权局", "GB/T 29490—2013", "企业知识产权管理规范"),
]
PAGE_RANGES = [
    "5-51",
    "112-119",
    "1-20",
    "243-251",
    "1223-1227",
    "327-341",
    "99-104",
    "1001-1015",
    "45-9",
    "3-14",
    "101-111",
    "2001-2048",
    "e0213456",
]


def split_pool(rng: random.Random, pool: list[Any], half: int) -> list[Any]:
    shuffled = pool[:]
    rng.shuffle(shuffled)
    mid = len(shuffled) // 2
    return shuffled[:mid] if half == 0 else shuffled[mid:]


class Maker:
    """Builds one set's items from its half of every pool."""

    def __init__(self, half: int, seed: int) -> None:
        split = random.Random(SEED)
        self.pools = {name: split_pool(split, pool, half) for name, pool in POOLS.items()}
        self.pools["pages"] = PAGE_RANGES  # shared: page ranges are formats, not content
        self.rng = random.Random(seed)
        self.items: list[Item] = []

    def pick(self, pool: str) -> Any:
        return self.rng.choice(self.pools[pool])

    def person(self) -> dict[str, str]:
        given = self.pick("givens")
        if self.rng.random() < 0.25:  # initials only, as many reference lists give them
            given = " ".join(
                part[0] + "." for part in given.replace("-", " ").split() if part[0].isalpha()
            )
        return {"family": self.pick("families"), "given": given}

    def people(self, n: int) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        while len(out) < n:
            person = self.person()
            if all(p["family"] != person["family"] for p in out):
                out.append(person)
        return out

    def cjk_people(self, n: int) -> list[dict[str, str]]:
        return [
            {"family": self.pick("cjk_families"), "given": self.pick("cjk_givens")}
            for _ in range(n)
        ]

    def year(self) -> int:
        return self.rng.randint(1995, 2024)

    def add(self, item: Item) -> Item:
        ordered = {"id": f"{item['type']}-{len(self.items) + 1:02d}", **item}
        item.clear()
        item.update(ordered)
        self.items.append(item)
        return item

    def authors(self, zh: bool) -> list[dict[str, str]]:
        n = self.rng.choice([1, 1, 2, 2, 3, 3, 4, 5])
        return self.cjk_people(n) if zh else self.people(n)

    def journal_article(
        self,
        *,
        zh: bool = False,
        authors: list[dict[str, str]] | None = None,
        year: int | None = None,
    ) -> Item:
        item: Item = {"type": "article-journal"}
        if zh:
            item["language"] = "zh-CN"
            item.update(
                title=self.pick("zh_titles"), **{"container-title": self.pick("zh_journals")}
            )
        else:
            journal, prefix = self.pick("journals")
            item.update(title=self.pick("titles"), **{"container-title": journal})
            if self.rng.random() < 0.7:
                item["DOI"] = (
                    f"{prefix}.{self.rng.randint(2000, 2024)}.{self.rng.randint(100, 99999)}"
                )
        item["author"] = authors if authors is not None else self.authors(zh)
        item["issued"] = {"date-parts": [[year or self.year()]]}
        item["volume"] = str(self.rng.randint(1, 60))
        if self.rng.random() < 0.8:
            item["issue"] = str(self.rng.randint(1, 12))
        item["page"] = self.pick("pages")
        return self.add(item)

    def book(self, *, zh: bool = False, edition: bool = False) -> Item:
        publisher, place = self.pick("zh_publishers" if zh else "publishers")
        item: Item = {
            "type": "book",
            "author": self.authors(zh),
            "publisher": publisher,
            "publisher-place": place,
            "issued": {"date-parts": [[self.year()]]},
        }
        if zh:
            item.update(language="zh-CN", title=self.pick("zh_titles"))
        else:
            item["title"] = self.pick("titles")
            item["ISBN"] = (
                f"978-0-{self.rng.randint(100, 999)}-{self.rng.randint(10000, 99999)}-{self.rng.randint(0, 9)}"
            )
        if edition:
            item["edition"] = str(self.rng.randint(2, 5))
        return self.add(item)

    def chapter(self, *, zh: bool = False) -> Item:
        publisher, place = self.pick("zh_publishers" if zh else "publishers")
        item: Item = {
            "type": "chapter",
            "author": self.authors(zh),
            "editor": self.cjk_people(2) if zh else self.people(self.rng.choice([1, 2, 3])),
            "publisher": publisher,
            "publisher-place": place,
            "issued": {"date-parts": [[self.year()]]},
            "page": self.pick("pages"),
        }
        if zh:
            item.update(
                language="zh-CN",
                title=self.pick("zh_titles"),
                **{"container-title": "知识产权经济学论文集"},
            )
        else:
            item.update(
                title=self.pick("titles"),
                **{
                    "container-title": f"Innovation Policy and the Economy, Volume {self.rng.randint(1, 24)}"
                },
            )
        return self.add(item)

    def conference(self) -> Item:
        name, place = self.pick("conferences")
        item: Item = {
            "type": "paper-conference",
            "author": self.people(self.rng.choice([2, 3, 4])),
            "title": self.pick("titles"),
            "container-title": name,
            "event-place": place,
            "publisher": "IEEE",
            "publisher-place": "Piscataway, NJ",
            "issued": {"date-parts": [[self.year()]]},
            "page": self.pick("pages"),
        }
        if self.rng.random() < 0.5:
            item["DOI"] = f"10.1109/CONF.{self.year()}.{self.rng.randint(1000000, 9999999)}"
        return self.add(item)

    def thesis(self, *, zh: bool = False) -> Item:
        if zh:
            university, place = self.pick("zh_universities")
            item: Item = {
                "type": "thesis",
                "language": "zh-CN",
                "author": self.cjk_people(1),
                "title": self.pick("zh_titles"),
                "genre": "博士学位论文",
                "publisher": university,
                "publisher-place": place,
            }
        else:
            item = {
                "type": "thesis",
                "author": self.people(1),
                "title": self.pick("titles"),
                "genre": self.rng.choice(
                    ["PhD thesis", "Doctoral dissertation", "Master's thesis"]
                ),
                "publisher": self.pick("universities"),
            }
        item["issued"] = {"date-parts": [[self.year()]]}
        return self.add(item)

    def report(self) -> Item:
        author: list[dict[str, str]] = [{"literal": self.pick("institutions")}]
        item: Item = {
            "type": "report",
            "author": author,
            "title": self.pick("titles"),
            "publisher": author[0]["literal"],
            "number": f"WP-{self.rng.randint(1, 99)}/{self.rng.randint(10, 24)}",
            "genre": "Working paper",
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12)]]},
            "URL": f"https://www.example.org/reports/{self.rng.randint(1000, 9999)}.pdf",
        }
        return self.add(item)

    def webpage(self, *, zh: bool = False) -> Item:
        site, name = self.pick("sites")
        year = self.year()
        item: Item = {
            "type": "webpage",
            "title": self.pick("zh_titles" if zh else "titles"),
            "container-title": name,
            "URL": f"{site}/news/{year}/{self.rng.randint(100, 999)}",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "accessed": {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }
        if zh:
            item.update(language="zh-CN", author=[{"literal": self.pick("cjk_institutions")}])
        elif self.rng.random() < 0.5:
            item["author"] = self.people(1)
        return self.add(item)

    def patent(self, *, zh: bool = False) -> Item:
        if zh:
            item: Item = {
                "type": "patent",
                "language": "zh-CN",
                "author": self.cjk_people(2),
                "title": "一种基于区块链的专利许可费分配方法",
                "number": f"CN{self.rng.randint(100000000, 119999999)}A",
                "publisher": "中国",
            }
        else:
            item = {
                "type": "patent",
                "author": self.people(self.rng.choice([1, 2])),
                "title": "Method and apparatus for decoding video data in a pooled licensing environment",
                "number": f"US {self.rng.randint(7, 11)},{self.rng.randint(100, 999)},{self.rng.randint(100, 999)} B2",
                "publisher": "U.S. Patent and Trademark Office",
            }
        item["issued"] = {
            "date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }
        return self.add(item)

    def standard(self, *, zh: bool = False) -> Item:
        body, number, title = self.pick("zh_standards" if zh else "standards")
        item: Item = {
            "type": "standard",
            "author": [{"literal": body}],
            "title": title,
            "number": number,
            "publisher": body,
            "issued": {"date-parts": [[self.year()]]},
        }
        if zh:
            item.update(language="zh-CN", publisher="中国标准出版社", **{"publisher-place": "北京"})
        return self.add(item)

    def newspaper(self) -> Item:
        item: Item = {
            "type": "article-newspaper",
            "author": self.people(1),
            "title": self.pick("titles"),
            "container-title": self.rng.choice(
                ["The New York Times", "Financial Times", "The Economist"]
            ),
            "issued": {
                "date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            },
            "page": f"B{self.rng.randint(1, 12)}",
        }
        return self.add(item)

    def build(self, size: int) -> list[Item]:
        # The features every set must cover, then random items up to ``size``.
        self.journal_article(authors=[self.pick("particles"), *self.people(1)])["page"] = "5-51"
        self.journal_article(authors=self.people(2))["page"] = "112-119"
        self.journal_article().update(title=self.pick("quoted_titles"))
        self.book().update(title=self.pick("questions"))
        self.journal_article(authors=[self.pick("particles")])
        self.book(edition=True)
        self.journal_article(authors=[self.pick("suffixed"), *self.people(1)])
        self.journal_article(authors=self.people(5))  # > 3 authors
        self.journal_article(authors=self.people(9))  # > 7 authors
        self.conference().update(author=self.people(8))
        self.journal_article(zh=True, authors=self.cjk_people(4))
        self.journal_article(zh=True, authors=self.cjk_people(8))
        twins, year = self.people(2), self.year()
        self.journal_article(authors=twins, year=year)
        self.journal_article(authors=[dict(p) for p in twins], year=year)  # year-suffix pair
        zh_twin = self.cjk_people(1)
        self.journal_article(zh=True, authors=zh_twin, year=year)
        self.journal_article(zh=True, authors=[dict(p) for p in zh_twin], year=year)
        self.book(zh=True)
        self.chapter()
        self.chapter(zh=True)
        self.thesis()
        self.thesis(zh=True)
        self.report()
        self.webpage()
        self.webpage(zh=True)
        self.patent()
        self.patent(zh=True)
        self.standard()
        self.standard(zh=True)
        self.newspaper()
        makers = [
            self.journal_article,
            self.journal_article,
            self.book,
            self.chapter,
            self.conference,
            self.thesis,
            self.report,
            self.webpage,
            self.patent,
            self.standard,
            self.newspaper,
        ]
        while len(self.items) < size:
            make = self.rng.choice(makers)
            zh = (
                make not in (self.conference, self.report, self.newspaper)
                and self.rng.random() < 0.3
            )
            make(zh=True) if zh else make()  # type: ignore[operator]
        return self.items


POOLS: dict[str, list[Any]] = {
    "families": FAMILIES,
    "givens": GIVENS,
    "particles": PARTICLES,
    "suffixed": SUFFIXED,
    "institutions": INSTITUTIONS,
    "cjk_families": CJK_FAMILIES,
    "cjk_givens": CJK_GIVENS,
    "cjk_institutions": CJK_INSTITUTIONS,
    "titles": EN_TITLES,
    "quoted_titles": QUOTED_TITLES,
    "questions": [t for t in EN_TITLES if t.endswith("?")],
    "zh_titles": ZH_TITLES,
    "journals": EN_JOURNALS,
    "zh_journals": ZH_JOURNALS,
    "publishers": PUBLISHERS,
    "zh_publishers": ZH_PUBLISHERS,
    "universities": UNIVERSITIES,
    "zh_universities": ZH_UNIVERSITIES,
    "conferences": CONFERENCES,
    "sites": SITES,
    "standards": STANDARDS,
    "zh_standards": ZH_STANDARDS,
    "pages": PAGE_RANGES,
}
SETS = {"render_records.json": (0, SEED), "render_records_heldout.json": (1, SEED + 1)}


def generate() -> dict[str, str]:
    out = {}
    for name, (half, seed) in SETS.items():
        items = Maker(half, seed).build(48)
        out[name] = json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only verify the committed files")
    args = parser.parse_args()
    stale = []
    for name, text in generate().items():
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            DATA.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(json.loads(text))} items)")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
