"""Generate realistic, varied reference strings from templates (fixed seed, streamed).

Styles: GB/T 7714 (Chinese and English; [J] [M] [C] [D] [R] [EB/OL] [P]), APA, IEEE,
Vancouver, Chicago, Harvard and MLA, with optional list numbering. Only for benchmarks: the
strings are synthetic (no real corpus is copied), varied enough that caches cannot help.

    python bench/refgen.py --n 1000 > refs.txt
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator

FAMILIES = ["Smith", "Lerner", "Tirole", "Shapiro", "Kato", "Langinier", "Lampe", "Moser",
            "Gilbert", "Aoki", "Nagaoka", "Brenner", "Quint", "Schmidt", "Müller", "García",
            "Dequiedt", "Versaevel", "Joshi", "Nerkar", "Vakili", "Layne-Farrar", "Chen", "Wang",
            "Li", "Zhang", "Liu", "Yang", "van der Berg", "O'Brien", "Kim", "Park", "Rossi",
            "Dubois", "Nakamura", "Iversen", "Novak", "Kowalski", "Andersson", "Santos"]  # fmt: skip
GIVEN = ["John", "Jean", "Carl", "Akira", "Corinne", "Ryan", "Petra", "Richard", "Reiko",
         "Sadao", "Steffen", "Daniel", "Hans", "María", "Vincent", "Thierry", "Amol", "Atul",
         "Kristina", "Anne", "Wei", "Li", "Xiaoming", "Hui", "Jun", "Min-jung", "Marco"]  # fmt: skip
ZH_FAMILY = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
             "高", "林", "何", "郭", "马", "罗", "欧阳", "司马"]  # fmt: skip
ZH_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "建华", "晓东", "志强"]  # fmt: skip
TOPICS = ["patent pools", "patent alliances", "standard-essential patents", "FRAND licensing",
          "royalty stacking", "cross-licensing", "technology standards", "complementary patents",
          "antitrust policy", "innovation incentives", "pool formation", "rent sharing",
          "licensing fees", "patent thickets", "open innovation", "R&D cooperation",
          "the DVD consortium", "MPEG-2", "4G LTE", "biotechnology", "semiconductors"]  # fmt: skip
FRAMES = ["{A} and {B}: evidence from {C}", "The economics of {A}", "{A}, {B} and market competition",
          "Do {A} promote {B}?", "Welfare effects of {A}", "A theory of {A} with {B}",
          "{A} in {C}: a case study", "Strategic {A}: an empirical analysis",
          "When do firms join {A}?", "{A} revisited", "On the stability of {A}",
          "Incentives for {A} under {B}"]  # fmt: skip
ZH_TOPICS = ["专利池", "专利联盟", "标准必要专利", "许可费", "技术标准", "反垄断", "创新绩效",
             "交叉许可", "利益分配", "形成机理", "产业联盟", "知识产权", "运行模式", "演化博弈"]  # fmt: skip
ZH_FRAMES = ["{A}的{B}研究", "基于{A}的{B}分析", "{A}对{B}的影响", "{A}与{B}: 理论与实证",
             "我国{A}{B}问题探析", "{A}中的{B}机制研究", "论{A}的{B}"]  # fmt: skip
JOURNALS = ["Journal of Industrial Economics", "RAND Journal of Economics", "Research Policy",
            "American Economic Review", "Management Science", "Strategic Management Journal",
            "International Journal of Industrial Organization", "Journal of Law and Economics",
            "Economic Inquiry", "Industrial and Corporate Change", "Technovation",
            "IEEE Communications Magazine", "Telecommunications Policy", "Nature Biotechnology"]  # fmt: skip
ZH_JOURNALS = ["科研管理", "中国软科学", "科学学研究", "管理世界", "中国工业经济", "知识产权",
               "情报杂志", "科技进步与对策", "研究与发展管理", "中国科学院院刊", "经济研究"]  # fmt: skip
PUBLISHERS = [("Cambridge", "MIT Press"), ("Oxford", "Oxford University Press"),
              ("New York", "Springer"), ("Cheltenham", "Edward Elgar"), ("Chicago", "University of Chicago Press")]  # fmt: skip
ZH_PUBLISHERS = [("北京", "科学出版社"), ("北京", "知识产权出版社"), ("上海", "上海人民出版社"),
                 ("北京", "清华大学出版社"), ("北京", "经济科学出版社")]  # fmt: skip
SCHOOLS = ["清华大学", "北京大学", "中国科学院大学", "浙江大学", "华中科技大学"]


class Gen:
    """One reference at a time from a seeded random generator."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def person(self) -> tuple[str, str]:
        return self.pick(FAMILIES), self.pick(GIVEN)

    def people(self, low: int = 1, high: int = 6) -> list[tuple[str, str]]:
        return [self.person() for _ in range(self.r.randint(low, high))]

    def zh_people(self) -> list[str]:
        return [self.pick(ZH_FAMILY) + self.pick(ZH_GIVEN) for _ in range(self.r.randint(1, 5))]

    def title(self) -> str:
        a, b, c = self.r.sample(TOPICS, 3)
        text = self.pick(FRAMES).format(A=a, B=b, C=c)
        return text[0].upper() + text[1:]

    def zh_title(self) -> str:
        a, b = self.r.sample(ZH_TOPICS, 2)
        return self.pick(ZH_FRAMES).format(A=a, B=b)

    def year(self) -> int:
        return self.r.randint(1965, 2025)

    def pages(self, sep: str = "-") -> str:
        first = self.r.randint(1, 1500)
        return f"{first}{sep}{first + self.r.randint(1, 40)}"

    def doi(self) -> str:
        return f"10.{self.r.randint(1000, 99999)}/{self.pick(['j', 's', 'rje', 'jie'])}.{self.year()}.{self.r.randint(1, 99999):05d}"

    def vol_issue(self) -> tuple[int, int]:
        return self.r.randint(1, 120), self.r.randint(1, 12)


def _initials(given: str) -> str:
    return "".join(part[0] for part in given.replace("-", " ").split())


def gbt_zh(g: Gen) -> str:
    names = g.zh_people()
    authors = ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")
    kind = g.r.random()
    if kind < 0.6:
        v, i = g.vol_issue()
        return f"{authors}. {g.zh_title()}[J]. {g.pick(ZH_JOURNALS)}, {g.year()}, {v}({i}): {g.pages()}."
    if kind < 0.8:
        place, pub = g.r.choice(ZH_PUBLISHERS)
        return f"{authors}. {g.zh_title()}[M]. {place}: {pub}, {g.year()}."
    if kind < 0.9:
        return f"{names[0]}. {g.zh_title()}[D]. 北京: {g.pick(SCHOOLS)}, {g.year()}."
    return (f"{authors}. {g.zh_title()}[EB/OL]. ({g.year()}-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)})"
            f"[2024-03-0{g.r.randint(1, 9)}]. http://www.cnipa.gov.cn/art/{g.r.randint(1000, 9999)}.html.")  # fmt: skip


def gbt_en(g: Gen) -> str:
    people = g.people()
    names = [f"{f.upper() if g.r.random() < 0.2 else f} {_initials(gv)}" for f, gv in people[:3]]
    authors = ", ".join(names) + (", et al" if len(people) > 3 else "")
    v, i = g.vol_issue()
    kind = g.r.random()
    if kind < 0.75:
        return f"{authors}. {g.title()}[J]. {g.pick(JOURNALS)}, {g.year()}, {v}({i}): {g.pages()}."
    place, pub = g.r.choice(PUBLISHERS)
    return f"{authors}. {g.title()}[M]. {place}: {pub}, {g.year()}."


def apa(g: Gen) -> str:
    people = g.people(1, 4)
    names = [f"{f}, {'. '.join(_initials(gv))}." for f, gv in people]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    v, i = g.vol_issue()
    doi = f" https://doi.org/{g.doi()}" if g.r.random() < 0.6 else ""
    if g.r.random() < 0.8:
        return f"{authors} ({g.year()}). {g.title()}. {g.pick(JOURNALS)}, {v}({i}), {g.pages('–')}.{doi}"
    return f"{authors} ({g.year()}). {g.title()}. {g.r.choice(PUBLISHERS)[1]}.{doi}"


def ieee(g: Gen) -> str:
    people = g.people(1, 5)
    names = [f"{'. '.join(_initials(gv))}. {f}" for f, gv in people]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
    authors = authors.replace(", and ", " and ") if len(names) == 2 else authors
    v, i = g.vol_issue()
    if g.r.random() < 0.7:
        return (f"{authors}, \u201c{g.title()},\u201d {g.pick(JOURNALS)}, vol. {v}, no. {i}, "
                f"pp. {g.pages('–')}, {g.pick(['Jan.', 'Mar.', 'Jun.', 'Sep.', 'Dec.'])} {g.year()}.")  # fmt: skip
    return (f"{authors}, \u201c{g.title()},\u201d in Proc. IEEE Int. Conf. Communications, "
            f"{g.pick(['Paris, France', 'Beijing, China', 'Seattle, WA, USA'])}, {g.year()}, pp. {g.pages('–')}.")  # fmt: skip


def vancouver(g: Gen) -> str:
    people = g.people(1, 8)
    names = [f"{f} {_initials(gv)}" for f, gv in people[:6]] + (["et al"] if len(people) > 6 else [])
    v, i = g.vol_issue()
    return f"{', '.join(names)}. {g.title()}. {g.pick(JOURNALS)}. {g.year()};{v}({i}):{g.pages()}."


def chicago(g: Gen) -> str:
    (f1, g1), *rest = g.people(1, 3)
    authors = f"{f1}, {g1}" + "".join(f", and {gv} {f}" for f, gv in rest)
    v, i = g.vol_issue()
    if g.r.random() < 0.7:
        return f"{authors}. {g.year()}. \u201c{g.title()}.\u201d {g.pick(JOURNALS)} {v} ({i}): {g.pages('–')}."
    place, pub = g.r.choice(PUBLISHERS)
    return f"{authors}. {g.year()}. {g.title()}. {place}: {pub}."


def harvard(g: Gen) -> str:
    people = g.people(1, 3)
    names = [f"{f}, {_initials(gv)}." for f, gv in people]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    v, i = g.vol_issue()
    return f"{authors} ({g.year()}) '{g.title()}', {g.pick(JOURNALS)}, {v}({i}), pp. {g.pages()}. doi:{g.doi()}."


def mla(g: Gen) -> str:
    (f1, g1), *rest = g.people(1, 3)
    authors = f"{f1}, {g1}" + (", et al" if rest else "")
    v, i = g.vol_issue()
    return f"{authors}. \u201c{g.title()}.\u201d {g.pick(JOURNALS)}, vol. {v}, no. {i}, {g.year()}, pp. {g.pages()}."


STYLES: list[tuple[float, Callable[[Gen], str]]] = [
    (0.25, gbt_zh), (0.12, gbt_en), (0.18, apa), (0.12, ieee), (0.1, vancouver),
    (0.09, chicago), (0.08, harvard), (0.06, mla),
]  # fmt: skip


def references(n: int, *, seed: int = 20241124) -> Iterator[str]:
    """``n`` reference strings, deterministic for a seed, one style drawn per reference."""
    g = Gen(seed)
    weights = [w for w, _ in STYLES]
    makers = [m for _, m in STYLES]
    for index in range(n):
        text = g.r.choices(makers, weights)[0](g)
        roll = g.r.random()
        if roll < 0.15:
            text = f"[{index % 200 + 1}] {text}"
        elif roll < 0.2:
            text = f"{index % 200 + 1}. {text}"
        yield text


def write_references(path: str, n: int, *, seed: int = 20241124) -> None:
    """Stream ``n`` references to ``path``, one per line."""
    with open(path, "w", encoding="utf-8") as fh:
        for text in references(n, seed=seed):
            fh.write(text + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20241124)
    args = ap.parse_args()
    for text in references(args.n, seed=args.seed):
        sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
