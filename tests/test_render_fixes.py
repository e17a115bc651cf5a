"""Each fix of the correctness layer against citeproc-js's output (golden files).

The goldens are written by ``tools/make_fix_goldens.py`` from ``fix_cases.json``; node is
never needed here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import poolrefs
from poolrefs.render import fixes

GOLDEN = Path(__file__).parent / "golden" / "render" / "fixes.json"
CASES: list[dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _render(case: dict[str, Any]) -> list[str]:
    refs = {item["id"]: poolrefs.Reference.from_csl(item) for item in case["items"]}
    if case["mode"] == "citation":
        groups = [[refs[key] for key in cluster] for cluster in case["clusters"]]
        return poolrefs.render_citations(groups, style=case["style"])
    return poolrefs.render_bibliography(list(refs.values()), style=case["style"])


@pytest.mark.parametrize("case", CASES, ids=[f"{c['fix']}-{c['style']}" for c in CASES])
def test_fix_matches_citeproc_js(case: dict[str, Any]) -> None:
    assert [_norm(x) for x in _render(case)] == [_norm(x) for x in case["expected"]]


def test_every_documented_fix_has_a_golden_case() -> None:
    documented = set(re.findall(r"^\* ``(\w+)``", fixes.__doc__ or "", re.M))
    covered = {case["fix"] for case in CASES}
    untested_by_js = {"truncated_author_list"}  # citeproc-js has no such input: see test_render_api
    assert documented - covered - untested_by_js == set()
