"""CSL text-case transformations as citeproc-js applies them.

Pure string functions used by :mod:`.fixes`: title case keeps stop words lower case (except
first word and after a colon), capitalises each part of a hyphenated word, and never touches a
word that already has a capital or a digit (acronyms, ``iPhone``, ``MPEG2``).
"""

from __future__ import annotations

import re

__all__ = ["STOP_WORDS", "capitalize_all", "capitalize_first", "sentence_case", "title_case"]

#: citeproc-js's stop words (``CSL.SKIP_WORDS``): articles, conjunctions, prepositions.
STOP_WORDS = frozenset(
    ["a", "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among", "amongst", "an", "and", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "c", "ca", "circa", "de", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near", "next", "nor", "notwithstanding", "of", "off", "on", "onto", "or", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "so", "than", "the", "through", "thru", "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "via", "vis-à-vis", "with", "within", "without", "v", "v.", "vs", "vs.", "von", "van", "yet"]
)

_SEPARATOR = re.compile(r"[\s\-\u2010-\u2015/]+")
_WORD = re.compile(r"[^\s\-\u2010-\u2015/]+|[\s\-\u2010-\u2015/]+")


def _cap(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def capitalize_first(text: str) -> str:
    """Capitalise the first letter of the text when its first word is all lower case."""
    match = re.search(r"\S+", text)
    if not match or match.group().lower() != match.group():
        return text
    return text[: match.start()] + _cap(match.group()) + text[match.end() :]


def capitalize_all(text: str) -> str:
    """Capitalise the first letter of every all-lower-case word."""
    return "".join(_cap(t) if t.islower() else t for t in _WORD.findall(text))


def title_case(text: str) -> str:
    """English title case: lower-case words become capitalised unless they are stop words.

    The first and last words, the first word after a colon, period, question or exclamation
    mark, and a stop word before a hyphen (``Pro-Environmental``) are always capitalised. Words containing a capital letter or a digit are left as they are.
    """
    out = []
    start = True
    tokens = _WORD.findall(text)
    words = [i for i, t in enumerate(tokens) if not _SEPARATOR.fullmatch(t)]
    last = words[-1] if words else -1
    for index, token in enumerate(tokens):
        if _SEPARATOR.fullmatch(token):
            out.append(token)
            continue
        bare = re.sub(r"^\W+|\W+$", "", token)
        plain = bare.islower() and not any(c.isdigit() for c in bare)
        before_hyphen = (
            token[:1].isalpha() and index + 1 < len(tokens) and tokens[index + 1][:1] in "-\u2010\u2011"
        )
        if plain and (start or index == last or before_hyphen or bare not in STOP_WORDS):
            token = _cap(token)
        out.append(token)
        start = token.rstrip("”’\"')]").endswith((":", ".", "?", "!"))
    return "".join(out)


def sentence_case(text: str) -> str:
    """Capitalise the first word; lower-case other words unless the whole text is upper case."""
    if text.isupper():
        text = text.lower()
    return capitalize_first(text)
