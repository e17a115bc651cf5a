"""Render the correctness-layer cases with citeproc-js into golden files (node needed here only).

    python tools/make_fix_goldens.py            # writes tests/golden/render/fixes.json
    python tools/make_fix_goldens.py --check    # exit 1 if fixes.json is stale

Reads ``tests/golden/render/fix_cases.json`` (one case per fix in
``src/poolrefs/render/fixes.py``: style, items, ``bibliography`` or ``citation`` mode) and
stores citeproc-js's text output next to each case.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import citeproc_js  # noqa: E402

CASES = ROOT / "tests" / "golden" / "render" / "fix_cases.json"
OUT = ROOT / "tests" / "golden" / "render" / "fixes.json"


def build() -> dict[str, object]:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    with citeproc_js.CiteprocJS() as cjs:
        for case in cases:
            if case["mode"] == "citation":
                case["expected"] = cjs.citations(case["items"], case["style"], clusters=case["clusters"])
            else:
                case["expected"] = cjs.bibliography(case["items"], case["style"])
    return {
        "engine": f"citeproc-js {citeproc_js.pinned_version()}",
        "format": "text",
        "cases": cases,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text
        print("stale" if stale else "up to date")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
