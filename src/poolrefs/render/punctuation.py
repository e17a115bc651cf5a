"""Final punctuation clean-up of one rendered entry, as citeproc-js does when it flattens output.

Works on the engine's marked text (formatting marks are private-use characters, see
:mod:`.formats`), looking through marks and closing quotes:

* punctuation in quote: with the locale option ``punctuation-in-quote``, a period or comma
  after a closing quote moves inside it (``“Title”,`` -> ``“Title,”``);
* duplicate or clashing punctuation collapses (``?.`` -> ``?``, ``..`` -> ``.``, ``.,`` -> ``.,``);
* typographic apostrophes (``TD-SCDMA's`` -> ``TD-SCDMA’s``).
"""

from __future__ import annotations

import re

__all__ = ["clean_punctuation", "smart_apostrophes", "smart_quotes"]

_MARK = "[\ue000-\ue01f]"
_CLOSERS = "”’»」』\"'"


def smart_apostrophes(text: str) -> str:
    """A straight apostrophe after a letter or digit becomes a typographic one."""
    return re.sub(r"(?<=[^\W_])'", "\u2019", text)


def smart_quotes(text: str, quotes: tuple[str, str, str, str]) -> str:
    """Straight double quotes become the locale's quotes.

    Quotes nested inside quotes take the
    inner form (``“Shadow of "FRAND"”`` -> ``“Shadow of ‘FRAND’”``), as citeproc-js does.
    """
    outer_open, outer_close, inner_open, inner_close = quotes
    if not outer_open or not outer_close:
        return text
    # a 'single-quoted' phrase is a quotation too (its level decides its quote marks)
    text = re.sub(r"(^|[\s(\[“‘\"\ue000-\ue00f])'(\S.*?)'(?=$|[\s.,;:!?)\]”’\"\ue010-\ue01f])", '\\1"\\2"', text)
    out = []
    depth = 0
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i else " "
            opening = prev.isspace() or prev in "([{\u2014\u2013-/" or prev in MARKS_OPEN
            ch = outer_open if opening else outer_close
        if ch == outer_open or (ch == inner_open and inner_open != inner_close and depth):
            out.append(outer_open if depth % 2 == 0 else inner_open)
            depth += 1
        elif depth and (ch == outer_close or (ch == inner_close and depth > 1)):
            depth -= 1
            out.append(outer_close if depth % 2 == 0 else inner_close)
        else:
            out.append(ch)
    return "".join(out)


MARKS_OPEN = "".join(chr(0xE000 + i) for i in range(16))


def clean_punctuation(text: str, *, punctuation_in_quote: bool, close_quote: str = "”") -> str:
    """Apply citeproc-js's punctuation rules to one rendered entry or citation."""
    marks = f"(?:{_MARK}|[{re.escape(_CLOSERS)}])*"
    if punctuation_in_quote and close_quote:
        q = re.escape(close_quote)
        # "Title?”." -> "Title?”"; "Title?”," -> "Title?,”"
        text = re.sub(f"([?!])({_MARK}*{q}{_MARK}*)\\.", r"\1\2", text)
        text = re.sub(f"([^.,?!])({_MARK}*{q}{_MARK}*)([.,])", r"\1\3\2", text)
        text = re.sub(f"([?!])({_MARK}*{q}{_MARK}*),", r"\1,\2", text)
    # "Title?." -> "Title?"  and "Title.." -> "Title."  (through marks and closing quotes)
    text = re.sub(f"([?!.])({marks})\\.(?!\\.)", _keep_first, text)
    return text


def _keep_first(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 2) : match.start()]
    if before == "..":  # an ellipsis is not a sentence end
        return match.group(0)
    return match.group(1) + match.group(2)
