"""Token features for the sequence labeller.

Per-token features depend only on the token text and are cached; context features (neighbours,
the field-separator count, bracket depth, what was seen earlier) are computed in one linear
pass over the sequence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..months import ENGLISH, month_words
from .tokens import Token

__all__ = ["sequence_features", "token_features"]

_MONTHS = frozenset(month_words(ENGLISH))
_CJK_CUES = {
    "出版社": "pub", "书局": "pub", "出版": "pub", "印书馆": "pub", "大学": "univ", "学院": "univ",
    "研究所": "inst", "研究院": "inst", "委员会": "inst", "中心": "inst", "学报": "jour",
    "杂志": "jour", "期刊": "jour", "研究": "res", "论文集": "proc", "会议": "proc", "报": "paper",
    "北京": "city", "上海": "city", "南京": "city", "广州": "city", "天津": "city", "武汉": "city",
    "杭州": "city", "成都": "city", "西安": "city", "长沙": "city", "深圳": "city", "东京": "city",
    "等": "etal", "译": "trans", "编": "ed", "主编": "ed", "年": "nian", "月": "yue", "日": "ri",
    "卷": "juan", "期": "qi", "第": "di", "版": "ban", "页": "ye", "引用日期": "acc",
}  # fmt: skip
_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_COLLAPSE = re.compile(r"(.)\1{2,}")
_OPEN = frozenset("([{（【《“‘\"")
_CLOSE = frozenset(")]}）】》”’")
_STOPS = frozenset(".。")


@lru_cache(maxsize=32_768)  # bounded: flat memory in long streaming runs
def token_features(text: str, kind: str) -> tuple[str, ...]:
    """Features of one token that depend only on its text (cached)."""
    low = text.lower()
    feats = [f"k={kind}"]
    if kind == "cjk":
        feats += [
            f"c1={text[0]}",
            f"c-1={text[-1]}",
            f"c-2={text[-2:]}",
            f"clen={min(len(text), 12)}",
        ]
        feats += [f"cue={v}" for k, v in _CJK_CUES.items() if k in text]
        if len(text) <= 4:
            feats.append(f"w={text}")
        return tuple(feats)
    if kind in ("url", "doi", "code", "isodate"):
        if kind == "code":
            feats.append(f"w={text}")
        if kind == "url":
            feats.append(f"doiurl={'doi.org' in low}")
        return tuple(feats)
    feats.append(f"w={low[:20]}")
    shape = _COLLAPSE.sub(r"\1\1", text.translate(_SHAPE_MAP))
    feats.append(f"sh={shape[:8]}")
    if kind == "num":
        n = len(text)
        feats.append(f"nlen={min(n, 6)}")
        if n == 4 and 1500 <= int(text) <= 2039:
            feats.append("year")
    elif kind == "word":
        feats.append(f"suf={low[-3:]}")
        feats.append(f"pre={low[:3]}")
        if text.isupper():
            feats.append("allcaps" if len(text) > 1 else "initial")
        elif text[0].isupper():
            feats.append("cap")
        if low in _MONTHS:
            feats.append("month")
        if len(text) == 1:
            feats.append("single")
    return tuple(feats)


def _shape(tok: Token) -> str:
    t = tok.text
    if tok.kind == "word":
        if len(t) == 1 and t.isupper():
            return "I"
        if t.isupper():
            return "A"
        if t[0].isupper():
            return "C"
        return "l" if t.isalpha() else "m"
    if tok.kind == "num":
        return "Y" if len(t) == 4 and 1500 <= int(t) <= 2039 else "d"
    if tok.kind == "punct":
        return t
    return tok.kind[:2]


def _cls(tok: Token) -> str:
    if tok.kind in ("word", "num"):
        return tok.text.lower()[:12]
    if tok.kind == "cjk":
        return "CJK" if len(tok.text) > 2 else tok.text
    if tok.kind == "punct":
        return tok.text
    return tok.kind.upper()


def sequence_features(text: str, tokens: list[Token]) -> list[list[str]]:
    """Features for every token of one reference string (one linear pass)."""
    n = len(tokens)
    cls = ["BOS", "BOS"] + [_cls(t) for t in tokens] + ["EOS", "EOS"]
    sh = ["^", "^", "^"] + [_shape(t) for t in tokens] + ["$", "$", "$"]
    gaps = [tokens[i].end < tokens[i + 1].start for i in range(n - 1)] + [False]
    out: list[list[str]] = []
    stops = 0
    depth = 0
    seen_year = seen_code = seen_url = seen_colon = seen_in = False
    prev_initial = False
    for i, tok in enumerate(tokens):
        feats = list(token_features(tok.text, tok.kind))
        spaced_before = i > 0 and gaps[i - 1]
        spaced_after = gaps[i]
        p1, n1 = cls[i + 1], cls[i + 3]
        feats += [
            "p1=" + p1,
            "n1=" + n1,
            "p2=" + cls[i],
            "n2=" + cls[i + 4],
            "p1n1=" + p1 + "|" + n1,
            f"seg={min(stops, 6)}",
            f"pos={10 * i // n}",
            f"sp={int(spaced_before)}{int(spaced_after)}",
            "s4=" + sh[i] + sh[i + 1] + sh[i + 2] + sh[i + 3],
            "s3=" + sh[i + 2] + sh[i + 3] + sh[i + 4],
            "s5=" + sh[i + 1] + sh[i + 2] + sh[i + 3] + sh[i + 4] + sh[i + 5],
            "sn=" + sh[i + 3] + sh[i + 4] + sh[i + 5],
        ]
        if depth:
            feats.append("inbr")
        if seen_year:
            feats.append("afteryear")
        if seen_code:
            feats.append("aftercode")
        if seen_url:
            feats.append("afterurl")
        if seen_colon:
            feats.append("aftercolon")
        if seen_in:
            feats.append("afterin")
        out.append(feats)
        kind = tok.kind
        t = tok.text
        if kind == "punct":
            if t in _STOPS and (spaced_after or i + 1 == n or tokens[i + 1].kind == "cjk"):
                if not prev_initial:
                    stops += 1
                    seen_colon = False
            elif t in _OPEN:
                depth += 1
            elif t in _CLOSE and depth:
                depth -= 1
            elif t in ":：":
                seen_colon = True
        elif kind == "code":
            seen_code = True
            stops += 1
        elif kind == "isodate" or (kind == "num" and len(t) == 4 and 1500 <= int(t) <= 2039):
            seen_year = True
        elif kind == "url":
            seen_url = True
        elif kind == "word" and t in ("In", "in") and i and tokens[i - 1].text in ".,;)]":
            seen_in = True  # "In: editors (Eds). Book", ". in Book (eds ...)", "], In"
        if t == "/" and i + 1 < n and tokens[i + 1].text == "/":
            seen_in = True  # GB/T 7714 "[M]//"
        prev_initial = kind == "word" and len(t) == 1
    return out
