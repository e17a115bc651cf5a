"""Text the repository shares with the peer suites (they are for measuring only, never copied).

Prints, per repository file (code, tests, tools, bench, docs), every run of ``--chars``
characters (default 28, at least two thirds letters) that also occurs in AnyStyle's labelled
sets or the GB/T 7714 example files, after markup is dropped and whitespace collapsed. Expected
hits are generic names (institutions, conferences, journals); a reference-shaped hit means a
peer string was copied and must be replaced by the project's own.

Run: python bench/peer_overlap.py [--suites ../shared/peer-suites] [--chars 28]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEER_FILES = ("anystyle/gold.xml", "anystyle/core.xml", "gbt7714/examples-2015.jsonl",
              "gbt7714/examples-2025.jsonl")
REPO_GLOBS = ("src/**/*.py", "tests/**/*.py", "tools/**/*.py", "bench/*.py", "bench/*.md",
              "docs/**/*.md", "README.md")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text))


def shingles(text: str, k: int) -> set[str]:
    """Every ``k``-character run of ``text`` that is at least two thirds letters."""
    need = 2 * k // 3
    return {text[i:i + k] for i in range(len(text) - k + 1)
            if sum(c.isalpha() for c in text[i:i + k]) >= need}


def shared_runs(text: str, peer: set[str], k: int) -> list[str]:
    """Runs of ``text`` found in ``peer``, with a little context, not overlapping."""
    hits, i = [], 0
    while i <= len(text) - k:
        if text[i:i + k] in peer:
            hits.append(text[max(0, i - 10):i + k + 10])
            i += k
        else:
            i += 1
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suites", default=str(ROOT.parent / "shared" / "peer-suites"))
    ap.add_argument("--chars", type=int, default=28)
    args = ap.parse_args(argv)
    suites = Path(args.suites)
    if not suites.is_dir():
        print(f"peer suites not found at {suites}: nothing to compare (use --suites)")
        return 0
    peer: set[str] = set()
    for name in PEER_FILES:
        path = suites / name
        if path.exists():
            text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
            peer |= shingles(_norm(text), args.chars)
    files = sorted({p for pattern in REPO_GLOBS for p in ROOT.glob(pattern)
                    if ".cache" not in p.parts and ".venv" not in p.parts})
    total = 0
    for path in files:
        hits = shared_runs(_norm(path.read_text(encoding="utf-8", errors="replace")), peer, args.chars)
        if hits:
            total += len(hits)
            print(f"{path.relative_to(ROOT)}: {len(hits)}")
            for hit in hits:
                print(f"    {hit!r}")
    print(f"{total} shared runs of {args.chars} characters in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
