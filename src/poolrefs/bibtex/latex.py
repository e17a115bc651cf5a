"""LaTeX decoding of BibTeX values: bibtexparser's middleware, without its cost on plain text.

bibtexparser decodes every value with pylatexenc, and building its decoder (a LaTeX context
database) is costly. Most values hold no LaTeX at all: a value without any character or
ligature that pylatexenc would change is returned as it is, and one shared middleware (with
its decoder) serves every call. The output is exactly bibtexparser's
(``tests/test_bibtex_latex.py`` checks both on random text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bibtexparser.middlewares import LatexDecodingMiddleware

__all__ = ["FastLatexDecoding", "shared_decoding"]

# What pylatexenc's latex2text changes: macros and groups (\ { }), math ($), ties (~), comments
# (%), alignment (&), and the ligatures -- --- `` '' ?` !`.
_LATEX = re.compile(r"[\\{}$~%&]|--|``|''|[?!]`")


class FastLatexDecoding(LatexDecodingMiddleware):
    """bibtexparser's LaTeX decoding, skipping values with nothing to decode."""

    def _transform_python_value_string(self, python_string: str) -> tuple[str, str]:
        if _LATEX.search(python_string) is None:
            return python_string, ""
        result: tuple[str, str] = super()._transform_python_value_string(python_string)
        return result


@lru_cache(maxsize=1)
def shared_decoding() -> FastLatexDecoding:
    """One decoding middleware for the process (its decoder is built once)."""
    return FastLatexDecoding()
