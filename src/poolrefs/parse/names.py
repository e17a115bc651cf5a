"""Splitting a labelled author / editor / translator span into names.

Handles the shapes reference styles print: ``Smith, J., & Jones, K. L.`` (inverted pairs),
``J. Smith, K. L. Jones and A. Brown`` (given first), ``Lampe R L, Moser P`` (Vancouver and
GB/T 7714: family then initials, dots optional), ``Smith, John, and Jane Doe`` (first inverted),
``SMITH, J.; JONES, K.`` (semicolons), hyphenated initials (``Hwang T -L`` -> ``T.-L.``),
particles (``De Belsunce H``, ``van der Berg, A.``), Chinese names written whole (``李明星`` ->
李 + 明星), institutions (kept as literals) and truncation (``等``, ``et al.``).
"""

from __future__ import annotations

import re

from ..names import Name, is_cjk, split_cjk_name

__all__ = ["split_names"]

_LINE_BREAK_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")
_CJK_AND = re.compile(r"\s*(?:,\s*)?(?:\band\b|&|\bund\b|\bet\b(?!\s*al))\s*")
_CJK_SEPARATOR = re.compile(r"\s*[,，、;；]\s*|\s+(?=[\u4e00-\u9fff])")
_NAME_SPLIT = re.compile(r"[\s,;]+")
_SEMICOLON = re.compile(r"[;；]")
_SPACED_HYPHEN = re.compile(r"\s+-\s*")
_LETTERS = re.compile(r"[^\W\d_]+")
_HYPHEN = re.compile(r"\s*-\s*")
_HYPHENATED_INITIALS = re.compile(r"[A-ZА-ЯЁ]\.?(?:-[A-ZА-ЯЁ]\.?)+")
_ONE_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.?")
_HYPHEN_INITIAL = re.compile(r"-[A-ZА-ЯЁ]\.?")

_ETAL = re.compile(
    r"(?:,?\s*(?:et\s*al\b\.?|and\s+others\b|u\.\s*a\.|等(?:人)?|他|ほか|外)\s*\.?)\s*$", re.I
)
_CJK_ROLE_END = re.compile(r"(?:(?<=等)|[\s,，、]+)(?:主编|编著|编|译)[\s.。]*$")
_INNER_ETAL = re.compile(r"[,，、]\s*(?:等|et\s+al\.?)\s*(?=[,，、.;]|$)")
_SUFFIX = re.compile(r"^(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$")
_ROLE_TERMS = re.compile(
    r"[\s,(（]*(?:\(?\b(?:eds?|editors?|hrsg|hg|dir|coord|comp|trans|transl|tr|éds?)"
    r"(?:\.|\b(?=\s*(?:[),;:]|$)))\)?|\b(?:edited|translated)\s+by\b|\bed\.\s*by\b"
    r"|(?:等编著|等主编|等编|等译|主编|编著|编|译|（编）|\(编\))(?=[\s,，、;；.。)）:：]|$))[\s.,)）:]*",
    re.I,
)
_LEAD_TERMS = re.compile(
    r"^\s*(?:in\s*:\s*|in\s+(?=[A-Z])|[(（]\s*(?:eds?|editors?|hrsg|éds?)\.?\s+|edited\s+by\s+|"
    r"ed\.\s*by\s+|eds?\.\s+|by\s+|translated\s+by\s+|trans\.\s+|tr\.\s+|[(（]\s*)+",
    re.I,
)
_AND = re.compile(r"\s*(?:,\s*)?(?:&|\b[Aa]nd\b|\bAND\b|\bund\b|\by\b|\bet\b(?!\s*al)|和|与|及)\s*")
_GIVEN_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_INITIAL = re.compile(r"^(?:-?[A-ZА-ЯЁ]\.?(?:-[A-ZА-ЯЁ]\.?)*|[A-ZА-ЯЁ]{2,3}|(?:[A-ZА-ЯЁ]\.){2,3})$")
_RUN = re.compile(r"^[A-ZА-ЯЁ]{2,3}$")
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "vander", "bin", "ibn", "al", "el", "st"]
)
_INSTITUTION = re.compile(
    r"\b(?:organi[sz]ation|association|institute|university|universit[äé]|committee|council|"
    r"agency|office|bureau|society|group|inc|ltd|llc|corporation|corp|company|commission|"
    r"department|ministry|center|centre|foundation|bank|consortium|project|team|board|"
    r"academy|administration|service|network|alliance|union|federation|authority|"
    r"laboratory|press|national|international|world|federal|government|force|statistics|survey|"
    r"institut|organisation|programme|secretariat|observatory|museum|library|archives?)\b",
    re.I,
)
_CJK_INST = re.compile(r"(?:委员会|协会|学会|中心|大学|学院|研究所|研究院|局|部|院|公司|组织|集团|办公室|政府|银行|联盟)$")


_FULL_WIDTH = str.maketrans({"，": ", ", "；": "; ", "：": ": ", "（": "(", "）": ")", "．": "."})


_LETTER = re.compile(r"[^\W\d_]")


def split_names(text: str) -> tuple[list[Name], bool]:
    """Names in a labelled span and whether the list was truncated (et al. / 等)."""
    if not is_cjk(text):
        text = text.translate(_FULL_WIDTH)
    text = _LINE_BREAK_HYPHEN.sub("", _LEAD_TERMS.sub("", text.strip()))
    text = text.strip(" .,;:，。；：、")
    text = _CJK_ROLE_END.sub("", text)
    et_al = False
    m = _ETAL.search(text)
    if m:
        et_al = True
        text = text[: m.start()]
    text, n = _INNER_ETAL.subn("", text)
    et_al = et_al or n > 0
    text = _ROLE_TERMS.sub(" ", text).strip(" .,;:，。；：、")
    text = _balance(text)
    if not _LETTER.search(text):  # "———.": a ditto mark for the entry above, no name
        return [], et_al
    if is_cjk(text):
        return _cjk_names(text), et_al
    return _western_names(text), et_al


def _balance(text: str) -> str:
    """Drop a bracket left unpaired by the span's edges (``Watson, K.)``, ``(Smith, J.``)."""
    while text and text[-1] in ")）" and text.count("(") + text.count("（") < text.count(")") + text.count("）"):
        text = text[:-1].rstrip(" .,;:")
    while text and text[0] in "(（" and text.count("(") + text.count("（") > text.count(")") + text.count("）"):
        text = text[1:].lstrip(" .,;:")
    return text


def _cjk_names(text: str) -> list[Name]:
    text = _CJK_AND.sub(", ", text)  # "林晨 and 赵立新", "罗明 & 王雪梅"
    out = []
    for piece in _CJK_SEPARATOR.split(text):
        piece = piece.strip(" .")
        if not piece:
            continue
        if is_cjk(piece) and 2 <= len(piece) <= 4 and not _CJK_INST.search(piece) and " " not in piece:
            family, given = split_cjk_name(piece)
            out.append(Name(family=family, given=given or None))
        elif is_cjk(piece):
            out.append(Name(literal=piece))
        else:
            out.extend(_western_names(piece))
    return out


def _western_names(text: str) -> list[Name]:
    if _INSTITUTION.search(text) and (
        ("," not in text and ";" not in text)
        or not any(_INITIAL.match(w) for w in _NAME_SPLIT.split(text) if w)
    ):
        return [Name(literal=text)]
    if ";" in text or "；" in text:
        pieces = [p for chunk in _SEMICOLON.split(text) for p in [_AND.sub(" ", chunk).strip()] if p]
        names = []
        for p in pieces:
            if "," in p:
                family, _, given = p.partition(",")
                names.append(_person(family.strip(), given.strip()))
            else:
                single = _single(p)
                if single:
                    names.append(single)
        return [n for n in names if n]
    text = _AND.sub(", ", text)
    pieces = [p.strip() for p in text.split(",") if p.strip(" .")]
    out: list[Name] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        words = piece.split()
        if _SUFFIX.match(piece) and out and out[-1].family:
            out[-1] = out[-1].model_copy(update={"suffix": piece if piece.endswith(".") else piece + "."})
            i += 1
            continue
        if nxt is not None and _familyish(words) and _givenish(nxt, inverted_seen=bool(out) or len(words) > 1):
            out.append(_person(piece, nxt))
            i += 2
            continue
        name = _single(piece)
        if name:
            out.append(name)
        i += 1
    return out


def _familyish(words: list[str]) -> bool:
    if not words or len(words) > 4:
        return False
    if any(_INITIAL.match(w) and not _RUN.match(w) for w in words):
        return False
    if len(words) > 1 and _INITIAL.match(words[-1]):  # "Wang DZ": a whole Vancouver name
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES or w[:1] in "'’" for w in words)


def _givenish(piece: str, *, inverted_seen: bool) -> bool:
    words = _upper_initials(piece).replace(".", ". ").split()
    while len(words) > 1 and words[-1] in _PARTICLES:  # "F. von": a particle after the given names
        words.pop()
    if not words or len(words) > 3:
        return False
    if all(_INITIAL.match(w) for w in words):
        return True
    if inverted_seen and _INITIAL.match(words[0]) and not _INITIAL.match(words[-1]):
        return False  # "E. Volkova" after the first name of a list: a whole name, given name first
    # Full given names ("Smith, John", "Moreau, Jean-Baptiste"): one or two capitalised words;
    # two words without an initial only for the first name of a list ("García, María José"),
    # where the next piece cannot be a whole name of its own.
    if not all(w[:1].isupper() and _GIVEN_WORD.fullmatch(w) for w in words):
        return False
    return len(words) == 1 or any(_INITIAL.match(w) for w in words) or (len(words) == 2 and not inverted_seen)


def _single(piece: str) -> Name | None:
    piece = piece.strip(" .")
    if not piece:
        return None
    if _INSTITUTION.search(piece):
        return Name(literal=piece)
    words = _SPACED_HYPHEN.sub(" -", piece).split()
    particle: list[str] = []
    while len(words) > 2 and words[-1] in _PARTICLES and _INITIAL.match(words[-2]):
        particle.insert(0, words.pop())  # "Weizsäcker F von": a particle printed last
    if particle:
        name = _single(" ".join(words))
        if name and name.family:
            return name.model_copy(update={"dropping_particle": " ".join(particle)})
    if len(words) == 1:
        return Name(family=words[0])
    if all(_INITIAL.match(w) for w in words):  # "LI Y", "WU XQ": family first
        return _person(words[0], " ".join(words[1:]))
    k = len(words)
    while k > 1 and (
        _INITIAL.match(words[k - 1])
        or (words[k - 1].islower() and len(words[k - 1]) <= 4 and k >= 3 and _INITIAL.match(words[k - 2]))
    ):
        k -= 1
    if k < len(words):  # trailing initials: "Lampe R L", "Hwang T -L", "De Belsunce H"
        return _person(" ".join(words[:k]), " ".join(words[k:]))
    # Given names first: "J. K. Smith", "John Smith", "Ludwig van Beethoven".
    j = len(words) - 1
    while j > 1 and words[j - 1].lower() in _PARTICLES:
        j -= 1
    return _person(" ".join(words[j:]), " ".join(words[:j]))


def _person(family: str, given: str) -> Name:
    family = family.strip(" .,")
    given = given.strip(" ,")
    particle: list[str] = []
    words = given.split()
    while len(words) > 1 and words[-1] in _PARTICLES:  # "Weizsäcker, F. von"
        particle.insert(0, words.pop())
    given = _format_given(_upper_initials(" ".join(words)))
    if is_cjk(family) and not given:
        f, g = split_cjk_name(family)
        return Name(family=f, given=g or None)
    if not family:
        return Name(literal=given)
    if given and family.isupper() and len(family) > 1:
        family = _LETTERS.sub(lambda m: m.group().capitalize(), family)
    return Name(family=family, given=given or None, dropping_particle=" ".join(particle) or None)


_LOWER_INITIAL = re.compile(r"(?<![^\s.])([a-z])(?:\.(?=\s|$)|$)")
_UPPER_INITIAL = re.compile(r"(?<![^\s.])[A-Z]\.")


def _upper_initials(given: str) -> str:
    """``J. w.`` -> ``J. W.``: a lower-case initial among capital ones (a typo or OCR slip)."""
    if not _UPPER_INITIAL.search(given) or not _LOWER_INITIAL.search(given):
        return given
    return _LOWER_INITIAL.sub(lambda m: m.group(1).upper() + ".", given)


def _format_given(given: str) -> str:
    """``R L`` -> ``R. L.``; ``T -L`` -> ``T.-L.``; ``KL`` -> ``K. L.``; names stay as written."""
    if not given:
        return ""
    words = _HYPHEN.sub("-", given).replace(".", ". ").split()
    out: list[str] = []
    for w in words:
        if _RUN.match(w) and len(words) <= 2:
            out.extend(f"{c}." for c in w)
        elif _HYPHENATED_INITIALS.fullmatch(w):
            out.append("-".join(f"{p.strip('.')}." for p in w.split("-")))
        elif _ONE_INITIAL.fullmatch(w):
            out.append(f"{w[0]}.")
        elif _HYPHEN_INITIAL.fullmatch(w) and out:
            out[-1] = out[-1] + f"-{w[1]}."
        else:
            out.append(w)
    return " ".join(out).replace(". -", ".-")
