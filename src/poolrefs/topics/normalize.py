"""Text normalisation for topic matching: folding, English word stems, Chinese characters.

Folding keeps the text's length, so a span found in the folded text is the same span in the
original text; evidence is always sliced from the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["WORD", "contains_cjk", "fold", "stem", "stem_words", "tokenize"]

# Traditional -> simplified for characters common in this literature; folding is per character
# so offsets are kept. Not a full converter: a missing character simply does not match.
_TRAD = (
    "專专 聯联 權权 許许 創创 價价 標标 準准 營营 運运 藥药 壟垄 斷断 競竞 爭争 費费 組组 "
    "構构 機机 制制 產产 業业 術术 與与 對对 問问 題题 論论 關关 係系 經经 濟济 導导 響响 "
    "響响 實实 證证 變变 報报 協协 區区 設设 計计 發发 資资 綜综 談谈 規规 範范 監监 "
    "醫医 療疗 衛卫 廣广 東东 學学 國国 會会 體体 員员 參参 頒颁 戰战 略略 質质 數数 "
    "據据 絡络 網网 場场 驗验 倫伦 線线 為为 將将 從从 並并 們们 這这 個个 種种 於于 "
    "聚聚 動动 態态 穩稳 進进 穀谷 談谈 權权 級级 優优 勢势 總总 結结 盤盘 縮缩 務务 "
    "評评 估估 預预 測测 模模 擬拟 盈盈 虧亏 稅税 讓让 轉转 換换 價价 錢钱 額额 貢贡 獻献 "
    "紛纷 訴诉 訟讼 侵侵 護护 維维 歐欧 盟盟 華华 圖图 書书 館馆 開开 啟启 選选 擇择"
)
_TRAD_MAP = {ord(pair[0]): pair[1] for pair in _TRAD.split()}


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled lazily; every character maps to exactly one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if code in _TRAD_MAP:
            out = _TRAD_MAP[code]
        else:
            norm = unicodedata.normalize("NFKC", char).lower()
            out = norm if len(norm) == 1 else char.lower() if len(char.lower()) == 1 else char
            out = _TRAD_MAP.get(ord(out), out) if len(out) == 1 else out
        self[code] = out
        return out


_TABLE = _FoldTable()
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: An English word token of folded text (``r&d`` and ``don't`` are one token).
WORD = re.compile(r"[a-z0-9]+(?:[&'’][a-z0-9]+)*")


def fold(text: str) -> str:
    """Lower-case, width- and script-folded text of exactly the same length as ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def contains_cjk(text: str) -> bool:
    """Whether the text has any CJK ideograph (and so needs character matching)."""
    return not text.isascii() and _CJK.search(text) is not None


def tokenize(folded: str) -> list[tuple[str, int, int]]:
    """English word tokens of folded text as ``(stem, start, end)`` triples."""
    matches = list(WORD.finditer(folded))
    stems = stem_words([m.group() for m in matches])
    return [(s, m.start(), m.end()) for s, m in zip(stems, matches, strict=True)]


# "form" as a noun ("organizational forms", "the form of") is not "formation": it gets its own
# stem when "of" follows it or one of these words comes before it.
_NOUN_FORM = "form(n)"
_BEFORE_NOUN_FORM = frozenset((
    "a", "the", "this", "that", "its", "their", "new", "legal", "organizational",
    "organisational", "organization", "governance", "different", "alternative", "various",
    "hybrid", "contractual", "institutional", "corporate", "ownership", "business", "other",
    "such", "specific", "particular", "optimal", "common", "main", "basic", "simplified", "short",
    "long", "written",
))


def stem_words(words: list[str]) -> list[str]:
    """Stems of consecutive folded words (see :func:`stem`), with the noun "form" kept apart."""
    stems = [stem(w) for w in words]
    for i, word in enumerate(words):
        if word in ("form", "forms") and (
            (i + 1 < len(words) and words[i + 1] == "of")
            or (i > 0 and words[i - 1] in _BEFORE_NOUN_FORM)):
            stems[i] = _NOUN_FORM
    return stems


_SPELLING = {
    "licence": "license", "licences": "licenses", "licenced": "licensed",
    "licencing": "licensing", "behaviour": "behavior", "behaviours": "behaviors",
    "organisation": "organization", "organisations": "organizations", "programme": "program",
    # Latin plurals the suffix rules cannot see
    "consortia": "consortium", "criteria": "criterion", "curricula": "curriculum",
    # plurals too short for the suffix rules
    "jvs": "jv", "ups": "up",  # "tie-ups", "break-ups"
}
# Words whose suffix is not a suffix (or whose stem would collide with another word).
_EXCEPTIONS = {
    "government": "government", "governments": "government", "news": "news",
    "series": "series", "species": "species", "process": "process", "analysis": "analysis",
    "thesis": "thesis", "basis": "basis", "crisis": "crisis", "status": "status",
    "consensus": "consensus", "across": "across", "less": "less", "this": "this",
    "us": "us", "has": "has", "was": "was", "is": "is", "as": "as", "its": "its",
    "antitrust": "antitrust", "trust": "trust", "national": "national", "nation": "nation",
    "international": "international", "station": "station", "ration": "ration",
    "patenting": "patenting",  # the activity, not the noun "patent"
    # derivations whose meaning has left the root's ("accession to a pool" is not "access",
    # "originator companies" are not "origins")
    "accession": "accession", "accessions": "accession",
    "originator": "originator", "originators": "originator",
}
# (suffix, replacement), tried in order; the first whose remaining stem is >= 3 letters wins.
_SUFFIXES = (
    ("isations", ""), ("izations", ""), ("isation", ""), ("ization", ""),
    ("atives", ""), ("ative", ""), ("itives", ""), ("itive", ""),
    ("ations", ""), ("ation", ""), ("utions", "ut"), ("ution", "ut"),
    ("itions", ""), ("ition", ""), ("ions", ""), ("ion", ""),
    ("ators", ""), ("ator", ""), ("ments", ""), ("ment", ""), ("nesses", ""), ("ness", ""),
    ("ities", ""), ("ity", ""), ("ives", ""), ("ive", ""),
    ("ances", ""), ("ance", ""), ("ences", ""), ("ence", ""), ("ants", ""), ("ant", ""),
    ("ables", ""), ("able", ""), ("ating", ""), ("ated", ""), ("ates", ""), ("ate", ""),
    ("izing", ""), ("ising", ""), ("izes", ""), ("ises", ""), ("ized", ""), ("ised", ""),
    ("ize", ""), ("ise", ""), ("ings", ""), ("ing", ""), ("ied", "y"),
    ("ed", ""), ("ly", ""),
)
_DOUBLE = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem that maps a word's inflections and common derivations together.

    ``formation``, ``forming``, ``forms`` and ``formed`` all become ``form``; ``royalties``
    becomes ``royalty``; ``licence`` and ``licensing`` become ``licens``. Non-alphabetic
    tokens (numbers, ``r&d``) are returned unchanged.

    Examples:
        >>> stem("formation"), stem("pools"), stem("sharing")
        ('form', 'pool', 'shar')
    """
    if word.endswith(("'s", "’s")):  # a possessive: "the alliance's" is "alliance"
        word = word[:-2]
    word = _SPELLING.get(word, word)
    if word in _EXCEPTIONS:
        return _EXCEPTIONS[word]
    if not word.isalpha() or len(word) <= 3:
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("es") and word[-3] in "xz" or word.endswith(("ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            if suffix in ("ed", "ing", "ings") and word.endswith(_DOUBLE):
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word
