"""The fast LaTeX decoding is bibtexparser's decoding, only faster on plain values."""

from __future__ import annotations

from bibtexparser.middlewares import LatexDecodingMiddleware
from hypothesis import given
from hypothesis import strategies as st

from poolrefs.bibtex.latex import FastLatexDecoding, shared_decoding

_PLAIN = LatexDecodingMiddleware()
_FAST = FastLatexDecoding()

# letters, spaces and every character or ligature part pylatexenc treats specially
_ALPHABET = st.sampled_from(list("ab Zé李 \t\n-`'?!.,;:\"<>^_#@\\{}$~%&") + ["\\'e", "\\\"o", "{\\ss}"])


@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_fast_decoding_gives_what_bibtexparser_gives(text: str) -> None:
    assert _FAST._transform_python_value_string(text) == _PLAIN._transform_python_value_string(text)


def test_known_values() -> None:
    for text, decoded in [("Research Policy", "Research Policy"), ("1--20", "1–20"),
                          ("M{\\\"u}ller", "Müller"), ("``x''", "“x”"), ("50\\% off", "50% off")]:
        assert _FAST._transform_python_value_string(text) == (decoded, "")


def test_one_shared_decoder() -> None:
    assert shared_decoding() is shared_decoding()
