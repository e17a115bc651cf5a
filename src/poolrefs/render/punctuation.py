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

__all__ = ["clean_punctuation", "smart_apostrophes"]

_MARK = "[\ue000-\ue01f]"
_CLOSERS = "”’»」』\"'"


def smart_apostrophes(text: str) -> str:
    """A straight apostrophe after a letter or digit becomes a typographic one."""
    return re.sub(r"(?<=[^\W_])'", "\u2019", text)


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
