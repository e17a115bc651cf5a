"""CSL rendering: bibliographies and in-text citations through citeproc-py, corrected.

Modules: :mod:`.styles` (lookup, aliases), :mod:`.style_file` (reading a style file safely),
:mod:`.style_check` (is it a usable CSL 1.0 style), :mod:`.engine` (safe parsing, cache),
:mod:`.fixes` (the correctness layer over citeproc-py), :mod:`.gbt7714` (language-aware
GB/T 7714 terms), :mod:`.formats` (text / HTML / Markdown), :mod:`.api` (public functions).
"""

from __future__ import annotations

from .api import render_bibliography, render_citations
from .styles import StyleInfo, available_styles, find_style, search_styles

__all__ = [
    "StyleInfo",
    "available_styles",
    "find_style",
    "render_bibliography",
    "render_citations",
    "search_styles",
]
