"""Write ``bench/data/heldout_records.json``: held-out CSL-JSON records for the parser bench.

These records are for *measuring* the parser on strings it has never seen: their vocabulary
(names, title words, journals, publishers, places) and random seed are this script's own and
share nothing with the parser's training generator. The bench renders them with citeproc-js
(another CSL processor than the training renderer) in common styles and scores the parse
against the record.

Run: ``python bench/make_heldout_records.py`` (deterministic; ``--seed`` and ``--count``).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "heldout_records.json"

# (given, family) or (given, family, particle-dict); many cultures, diacritics, particles.
PEOPLE: list[tuple[str, str, dict[str, str]]] = [
    ("Chinonso", "Okafor", {}), ("Adaeze", "Nwosu", {}), ("Kwame", "Mensah", {}),
    ("Priyanka", "Raghunathan", {}), ("Venkat", "Subramaniam", {}), ("Aarav", "Deshpande", {}),
    ("Layla", "Haddad", {}), ("Omar", "Al-Farsi", {}), ("Yusuf", "Demirtaş", {}),
    ("Haruto", "Nakamura", {}), ("Yui", "Takahashi", {}), ("Ji-woo", "Park", {}),
    ("Min-jun", "Choi", {}), ("Thi Lan", "Nguyen", {}), ("Duc Anh", "Tran", {}),
    ("María José", "García-Márquez", {}), ("Joaquín", "Ibáñez", {}),
    ("Ana", "Silva", {"dropping-particle": "da"}), ("João Pedro", "Carvalho Neto", {}),
    ("Pieter", "Berg", {"non-dropping-particle": "van den"}), ("Lotte", "Vries", {"non-dropping-particle": "de"}),
    ("Friedrich", "Weizsäcker", {"dropping-particle": "von"}), ("Jürgen", "Schäfer", {}),
    ("Hélène", "Lefèvre", {}), ("Jean-Baptiste", "Moreau", {}), ("Siobhán", "O'Sullivan", {}),
    ("Ciarán", "McAuliffe", {}), ("Agnieszka", "Wiśniewska", {}), ("Tomasz", "Kowalczyk", {}),
    ("Dmitri", "Sokolov", {}), ("Ekaterina", "Volkova", {}), ("Nikos", "Papadopoulos", {}),
    ("Søren", "Østergaard", {}), ("Ingrid", "Lindqvist", {}), ("Aino", "Mäkinen", {}),
    ("Mihail", "Popescu", {}), ("Zoltán", "Kovács", {}), ("Rachel", "Goldberg", {}),
    ("Tamar", "Ben-David", {}), ("Kirra", "Watson", {}), ("Tane", "Ngata", {}),
    ("Emily", "Hartley-Brown", {}), ("Marcus", "Whitfield", {}), ("Grace", "Abernathy", {}),
    ("Daniel", "Osei-Bonsu", {}), ("Fatima", "Zahra", {}), ("Ravi", "Iyer", {}),
    ("Li", "Wei", {}), ("Xiaoming", "Zhang", {}), ("Mei-Ling", "Chou", {}),
]  # fmt: skip
CJK_PEOPLE = [
    ("欧阳", "晓峰"), ("司马", "云"), ("王", "雪梅"), ("刘", "建国"), ("陈", "思远"), ("赵", "立新"),
    ("孙", "悦"), ("周", "文博"), ("吴", "海燕"), ("郑", "国华"), ("黄", "子涵"), ("林", "晨"),
    ("何", "静怡"), ("高", "志强"), ("罗", "明"), ("梁", "嘉欣"),
]  # fmt: skip
INSTITUTIONS = [
    "World Meteorological Organization", "European Environment Agency",
    "National Academies of Sciences, Engineering, and Medicine", "Organisation for Economic Co-operation and Development",
    "Statistics Canada", "International Energy Agency",
]  # fmt: skip
CJK_INSTITUTIONS = ["国家统计局", "中国气象局国家气候中心", "生态环境部环境规划院"]

TOPICS = [
    "groundwater recharge", "coastal erosion", "urban heat islands", "soil microbial diversity",
    "sepsis mortality", "pediatric asthma", "antibiotic stewardship", "sleep quality",
    "code-switching", "heritage language maintenance", "second language acquisition",
    "lithium-ion battery degradation", "perovskite solar cells", "graphene membranes",
    "monetary policy transmission", "informal credit markets", "housing affordability",
    "protein folding", "bird migration", "coral bleaching", "wildfire smoke",
    "remote work", "museum audiences", "medieval manuscripts", "public transit ridership",
]  # fmt: skip
PATTERNS = [
    "{Topic} in {place}: evidence from a {adj} study",
    "Rethinking {topic}",
    "What drives {topic}? A {adj} analysis",
    "{Topic} and {topic2}: a review",
    "A {adj} model of {topic}",
    "Measuring {topic} across {place}",
    "The long shadow of {topic}: lessons for {topic2}",
    "Does {topic} matter for {topic2}?",
]  # fmt: skip
ADJ = ["longitudinal", "comparative", "Bayesian", "mixed-methods", "cross-sectional", "spatial"]
PLACES = [
    "West Africa",
    "the Andes",
    "Southeast Asia",
    "the Baltic region",
    "rural Ontario",
    "Mediterranean cities",
    "the Pacific Islands",
    "the Nile basin",
]
JOURNALS = [
    ("Journal of Hydrologic Systems", "J Hydrol Syst"), ("Coastal Dynamics Review", None),
    ("Annals of Respiratory Care", None), ("Language Contact Quarterly", None),
    ("Energy Materials Letters", None), ("Review of Household Finance", None),
    ("Ecology & Migration", None), ("Urban Climate Research", None),
    ("Manuscript Studies Today", None), ("Transport Policy and Practice", None),
]  # fmt: skip
CJK_TOPICS = [
    "城市热岛效应",
    "地下水补给",
    "数字普惠金融",
    "乡村振兴",
    "新能源汽车产业",
    "碳排放交易",
    "高校图书馆服务",
    "中医药国际化",
    "黄河流域生态保护",
    "人工智能伦理",
]
CJK_JOURNALS = [
    "地理科学进展",
    "经济研究参考",
    "中国环境管理",
    "图书情报工作",
    "科学学研究",
    "水利学报",
]
CJK_PUBLISHERS = [
    ("科学出版社", "北京"),
    ("高等教育出版社", "北京"),
    ("上海人民出版社", "上海"),
    ("浙江大学出版社", "杭州"),
    ("武汉大学出版社", "武汉"),
]
CJK_SCHOOLS = [("南京大学", "南京"), ("中山大学", "广州"), ("四川大学", "成都")]
PUBLISHERS = [
    ("Meridian Academic Press", "Leeds"),
    ("Harbourline Books", "Halifax"),
    ("Northgate University Press", "Evanston, IL"),
    ("Springbank", "Berlin"),
    ("Palisade Publishing", "Singapore"),
    ("Cedar & Finch", "Toronto"),
]
SCHOOLS = [
    ("University of Ghana", "Legon"),
    ("McGill University", "Montréal"),
    ("University of Otago", "Dunedin"),
    ("KU Leuven", "Leuven"),
    ("Universidad de Chile", "Santiago"),
]
CONFERENCES = [
    ("International Conference on Coastal Engineering", "Lisbon, Portugal"),
    ("Annual Meeting of the Society for Linguistic Typology", "Kyoto, Japan"),
    ("European Battery Symposium", "Graz, Austria"),
    ("Workshop on Transit Data Science", "Bogotá, Colombia"),
]
AGENCIES = [
    ("Institute for Water Futures", "Nairobi"),
    ("Centre for Housing Studies", "Melbourne"),
    ("Federal Office for Energy Transition", "Bern"),
]
SITES = [
    "https://www.waterfutures.example.org",
    "https://transitlab.example.net",
    "https://data.example.gov",
    "https://blog.example.com",
]


class Maker:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0

    def person(self) -> dict[str, Any]:
        given, family, extra = self.r.choice(PEOPLE)
        if self.r.random() < 0.25:  # initials only, as many sources store them
            given = " ".join(p[0] + "." for p in given.replace("-", " ").split())
        return {"family": family, "given": given, **extra}

    def authors(self, low: int = 1, high: int = 5) -> list[dict[str, Any]]:
        if self.r.random() < 0.07:
            return [{"literal": self.r.choice(INSTITUTIONS)}]
        count = self.r.choice(
            [c for c in (1, 1, 2, 2, 3, 4, 6, 8) if low <= c <= high + 3 * (high >= 5)]
        )
        names: list[dict[str, Any]] = []
        while len(names) < count:
            p = self.person()
            if all(p["family"] != n.get("family") for n in names):
                names.append(p)
        return names

    def cjk_authors(self) -> list[dict[str, Any]]:
        if self.r.random() < 0.1:
            return [{"literal": self.r.choice(CJK_INSTITUTIONS)}]
        picks = self.r.sample(CJK_PEOPLE, self.r.choice([1, 2, 3, 4]))
        return [{"family": f, "given": g} for f, g in picks]

    def title(self) -> str:
        t1, t2 = self.r.sample(TOPICS, 2)
        text = self.r.choice(PATTERNS).format(
            topic=t1,
            Topic=t1[0].upper() + t1[1:],
            topic2=t2,
            adj=self.r.choice(ADJ),
            place=self.r.choice(PLACES),
        )
        return text[0].upper() + text[1:]

    def cjk_title(self) -> str:
        a, b = self.r.sample(CJK_TOPICS, 2)
        return self.r.choice(
            [
                f"{a}对{b}的影响研究",
                f"{a}的时空演变及驱动因素",
                f"基于面板数据的{a}分析：以{b}为例",
                f"{a}与{b}的耦合协调关系",
            ]
        )

    def year(self) -> int:
        return self.r.randint(1978, 2024)

    def pages(self) -> str:
        first = self.r.randint(1, 1800)
        return f"{first}-{first + self.r.randint(3, 40)}"

    def doi(self) -> str:
        return f"10.{self.r.randint(1000, 9999)}/{self.r.choice(['jhs', 'cdr', 'arc', 'lcq'])}.{self.year()}.{self.r.randint(100, 99999)}"

    def new(self, type_: str, **fields: Any) -> dict[str, Any]:
        self.n += 1
        item = {"id": f"h{self.n:03d}", "type": type_, **fields}
        return {k: v for k, v in item.items() if v not in (None, "", [])}

    def date(self, year: int, full: bool = False) -> dict[str, Any]:
        if full:
            return {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    # ----- item types ------------------------------------------------------------------

    def article(self) -> dict[str, Any]:
        journal, _ = self.r.choice(JOURNALS)
        y = self.year()
        return self.new(
            "article-journal",
            author=self.authors(),
            title=self.title(),
            **{"container-title": journal},
            issued=self.date(y),
            volume=str(self.r.randint(1, 120)),
            issue=str(self.r.randint(1, 12)) if self.r.random() < 0.8 else None,
            page=self.pages() if self.r.random() < 0.85 else f"e{self.r.randint(1000, 99999)}",
            DOI=self.doi() if self.r.random() < 0.5 else None,
        )

    def book(self) -> dict[str, Any]:
        pub, place = self.r.choice(PUBLISHERS)
        edited = self.r.random() < 0.2
        return self.new(
            "book",
            author=None if edited else self.authors(high=3),
            editor=self.authors(high=3) if edited else None,
            title=self.title(),
            publisher=pub,
            **{"publisher-place": place},
            issued=self.date(self.year()),
            edition=str(self.r.choice([2, 3, 4])) if self.r.random() < 0.25 else None,
        )

    def chapter(self) -> dict[str, Any]:
        pub, place = self.r.choice(PUBLISHERS)
        return self.new(
            "chapter",
            author=self.authors(high=3),
            editor=self.authors(high=3),
            title=self.title(),
            **{"container-title": self.title(), "publisher-place": place},
            publisher=pub,
            issued=self.date(self.year()),
            page=self.pages(),
        )

    def conference(self) -> dict[str, Any]:
        conf, place = self.r.choice(CONFERENCES)
        pub, _ = self.r.choice(PUBLISHERS)
        return self.new(
            "paper-conference",
            author=self.authors(),
            title=self.title(),
            **{
                "container-title": f"Proceedings of the {conf}",
                "event-place": place,
                "publisher-place": self.r.choice(PUBLISHERS)[1],
            },
            publisher=pub,
            issued=self.date(self.year()),
            page=self.pages(),
            DOI=self.doi() if self.r.random() < 0.4 else None,
        )

    def thesis(self) -> dict[str, Any]:
        school, place = self.r.choice(SCHOOLS)
        return self.new(
            "thesis",
            author=[self.person()],
            title=self.title(),
            publisher=school,
            **{"publisher-place": place},
            genre=self.r.choice(["PhD thesis", "Master's thesis", "Doctoral dissertation"]),
            issued=self.date(self.year()),
        )

    def report(self) -> dict[str, Any]:
        agency, place = self.r.choice(AGENCIES)
        return self.new(
            "report",
            author=self.authors(high=3),
            title=self.title(),
            publisher=agency,
            **{"publisher-place": place},
            number=f"{self.r.choice(['WP', 'TR', 'No.'])} {self.r.randint(1, 60)}",
            issued=self.date(self.year()),
            URL=f"{self.r.choice(SITES)}/reports/{self.r.randint(100, 999)}.pdf"
            if self.r.random() < 0.4
            else None,
        )

    def webpage(self) -> dict[str, Any]:
        y = self.r.randint(2010, 2022)
        site = self.r.choice(SITES)
        return self.new(
            "webpage",
            author=self.authors(high=2),
            title=self.title(),
            **{
                "container-title": self.r.choice(
                    ["Water Futures Blog", "Transit Lab Notes", "Open Data Portal"]
                )
            },
            issued=self.date(y, full=self.r.random() < 0.5),
            URL=f"{site}/{self.r.choice(['posts', 'notes', 'data'])}/{self.r.randint(1000, 9999)}",
            accessed=self.date(self.r.randint(2023, 2025), full=True),
        )

    def cjk(self) -> dict[str, Any]:
        kind = self.r.choice(
            ["article-journal", "article-journal", "book", "thesis", "paper-conference"]
        )
        base: dict[str, Any] = {
            "language": "zh-CN",
            "author": self.cjk_authors(),
            "title": self.cjk_title(),
            "issued": self.date(self.year()),
        }
        if kind == "article-journal":
            base.update(
                {
                    "container-title": self.r.choice(CJK_JOURNALS),
                    "volume": str(self.r.randint(1, 45)),
                    "issue": str(self.r.randint(1, 12)),
                    "page": self.pages(),
                }
            )
        elif kind == "book":
            pub, place = self.r.choice(CJK_PUBLISHERS)
            base.update({"publisher": pub, "publisher-place": place})
        elif kind == "thesis":
            school, place = self.r.choice(CJK_SCHOOLS)
            base.update(
                {
                    "author": base["author"][:1],
                    "publisher": school,
                    "publisher-place": place,
                    "genre": self.r.choice(["博士学位论文", "硕士学位论文"]),
                }
            )
        else:
            pub, place = self.r.choice(CJK_PUBLISHERS)
            base.update(
                {
                    "container-title": f"第{self.r.randint(3, 20)}届全国{self.r.choice(CJK_TOPICS)}学术会议论文集",
                    "publisher": pub,
                    "publisher-place": place,
                    "page": self.pages(),
                }
            )
        return self.new(kind, **base)


PLAN = [
    ("article", 0.26),
    ("book", 0.12),
    ("chapter", 0.1),
    ("conference", 0.1),
    ("thesis", 0.08),
    ("report", 0.08),
    ("webpage", 0.08),
    ("cjk", 0.18),
]


def make(count: int, seed: int) -> list[dict[str, Any]]:
    maker = Maker(seed)
    out = []
    for kind, share in PLAN:
        for _ in range(max(1, round(count * share))):
            out.append(getattr(maker, kind)())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=180)
    ap.add_argument("--seed", type=int, default=7714_2026)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = make(args.count, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(records)} records to {args.out}")


if __name__ == "__main__":
    main()
