"""How often poolrefs's rendering is identical to citeproc-js, entry by entry; and how fast.

    python bench/render_agreement.py                 # all sections
    python bench/render_agreement.py --diffs         # plus every differing entry
    python bench/render_agreement.py --only agreement --styles apa ieee
    python bench/render_agreement.py --only gbt --suites ../shared/peer-suites
    python bench/render_agreement.py --only speed --speed-items 600

Sections:
  agreement  the seed list (x- keys dropped) and both record sets (``bench/data``) in 33 popular
             styles, rendered by citeproc-js (the reference) and by each Python engine available
             (``poolrefs``; plain ``citeproc-py`` side by side). An entry agrees when the same
             text (whitespace aside, see ``citeproc_js.normalise``) is among the engine's entries;
             the order of entries is reported separately. Summary lines for the 16 acceptance
             styles and for all styles.
  gbt        the GB/T 7714 standards' examples (peer suite, ``--suites``) in
             china-national-standard-gb-t-7714-2015-numeric: exact matches with the standard's
             ``expected`` text and mean normalised similarity (difflib ratio), per edition and
             engine, citeproc-js included as a reference point.
  speed      N generated items (default 600) in APA: poolrefs (or citeproc-py) vs citeproc-js
             in the same run. citeproc-js's time excludes node start-up (measured inside node);
             the wall time with start-up is printed too. Cold = first call, warm = best of 3.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import citeproc_js
import gbt_examples
import make_render_records
import render_engines
from citeproc_js import normalise
from render_styles import ACCEPTANCE, POPULAR

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seed": ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json",
    "tuning": ROOT / "bench" / "data" / "render_records.json",
    "heldout": ROOT / "bench" / "data" / "render_records_heldout.json",
}
GBT_STYLE = "china-national-standard-gb-t-7714-2015-numeric"
Item = dict[str, Any]


def load_set(path: Path) -> list[Item]:
    return citeproc_js.clean_items(json.loads(path.read_text(encoding="utf-8")))


def _matches(reference: list[str], other: list[str]) -> tuple[int, list[str], list[str]]:
    pool = Counter(other)
    missing = []
    for entry in reference:
        if pool[entry] > 0:
            pool[entry] -= 1
        else:
            missing.append(entry)
    return len(reference) - len(missing), missing, list(pool.elements())


def compare(
    reference: Sequence[str], other: Sequence[str]
) -> tuple[int, int, bool, list[tuple[str, str]]]:
    """Entries of ``reference`` found in ``other`` (whitespace aside, and strictly after
    collapsing whitespace), whether the order is the same, and the unmatched pairs."""
    keys = [citeproc_js.same_key(e) for e in reference]
    other_keys = [citeproc_js.same_key(e) for e in other]
    same, _missing, _extra = _matches(keys, other_keys)
    strict, missing, extra = _matches(
        [normalise(e) for e in reference], [normalise(e) for e in other]
    )
    pairs = []
    for entry in missing:  # pair each miss with its most similar leftover
        best = max(extra, key=lambda e: difflib.SequenceMatcher(None, entry, e).ratio(), default="")
        if best:
            extra.remove(best)
        if citeproc_js.same_key(entry) != citeproc_js.same_key(best):
            pairs.append((entry, best))
    common = set(keys) & set(other_keys)  # order judged on the entries both have
    ordered = [k for k in keys if k in common] == [k for k in other_keys if k in common]
    return same, strict, ordered, pairs


GBT_STYLES = {GBT_STYLE, "china-national-standard-gb-t-7714-2015-author-date"}
_ET_AL_BEFORE_PUNCT = re.compile(r"et al\.(?=[,;:)\]])")
_ORDINAL_EDITION = re.compile(r"\b(\d+)(?:st|nd|rd|th) ed\.")


def gbt_terms(text: str) -> str:
    """Issue 4's intended GB/T 7714 deviation from citeproc-js undone: the official style prints
    the Chinese terms for every entry, poolrefs picks them by the entry's language ("et al." and
    "2nd ed." for English entries). Used only for the separately reported 'terms allowed' line."""
    text = _ET_AL_BEFORE_PUNCT.sub("等", text).replace("et al.", "等.")
    return _ORDINAL_EDITION.sub(r"\1 版", text)


def render_all(engine: str, items: list[Item], style: str) -> tuple[list[str], str | None]:
    try:
        return render_engines.BIBLIOGRAPHY[engine](items, style, "text"), None
    except Exception as exc:  # failures are data: count the set as not rendered
        return [], f"{type(exc).__name__}: {str(exc)[:300]}"


def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:5.1f}%" if den else "   n/a"


def agreement(
    cjs: citeproc_js.CiteprocJS,
    styles: list[str],
    engines: list[str],
    diffs: bool,
    citation_mode: str = "append",
) -> None:
    sets = {name: load_set(path) for name, path in SETS.items()}
    jobs = [
        citeproc_js.bib_job(items, style) | {"id": [name, style]}
        for name, items in sets.items()
        for style in styles
    ]
    reference = {tuple(r["id"]): r for r in cjs.run(jobs)}
    totals: dict[tuple[str, str, str], list[int]] = {}  # (engine, set, scope) -> [same, all]
    header = "style".ljust(52) + "".join(
        f"{s[:7] + ' ' + e[:8]:>17}" for s in sets for e in engines
    )
    print(
        f"\n== Agreement with citeproc-js {citeproc_js.pinned_version()}: identical entries "
        "(whitespace aside; 'strict' = only runs of whitespace collapsed); "
        "'*' = order of the common entries differs, '!' = engine error =="
    )
    print(header)
    report = []
    for style in styles:
        cells = []
        for set_name, items in sets.items():
            ref = reference[(set_name, style)]
            if ref["error"]:
                print(
                    f"citeproc-js failed on {style}/{set_name}: {ref['error'][:200]}",
                    file=sys.stderr,
                )
                cells.extend(["js-error"] * len(engines))
                continue
            expected = ref["bibliography"]
            for engine in engines:
                got, error = render_all(engine, items, style)
                same, strict, ordered, pairs = compare(expected, got)
                allowed = same
                if style in GBT_STYLES:
                    allowed = compare(
                        [gbt_terms(e) for e in expected], [gbt_terms(e) for e in got]
                    )[0]
                mark = "!" if error else (" " if ordered else "*")
                cells.append(f"{same:>3}/{len(expected):<3}{pct(same, len(expected))}{mark}")
                for scope in ("all", "acceptance") if style in ACCEPTANCE else ("all",):
                    acc = totals.setdefault((engine, set_name, scope), [0, 0, 0, 0])
                    acc[0] += same
                    acc[1] += len(expected)
                    acc[2] += strict
                    acc[3] += allowed
                if diffs and (pairs or error):
                    report.append((style, set_name, engine, error, pairs))
        print(style[:51].ljust(52) + "".join(f"{c:>17}" for c in cells))
    for scope, label in (
        ("acceptance", f"the {len(ACCEPTANCE)} acceptance styles"),
        ("all", f"all {len(styles)} styles"),
    ):
        for engine in engines:
            parts = []
            for set_name in sets:
                same, total, strict, allowed = totals.get((engine, set_name, scope), [0, 0, 0, 0])
                parts.append(
                    f"{set_name} {pct(same, total).strip()} ({same}/{total}; "
                    f"strict {pct(strict, total).strip()}; "
                    f"GB/T terms allowed {pct(allowed, total).strip()})"
                )
            print(f"OVERALL {label}, {engine}: " + "; ".join(parts))
    citation_agreement(cjs, sets, styles, engines, diffs, citation_mode)
    for style, set_name, engine, error, pairs in report:
        print(f"\n--- {style} / {set_name} / {engine}" + (f": ERROR {error}" if error else ""))
        for want, got in pairs:
            print(f"  citeproc-js: {want}\n  {engine:>11}: {got or '(no entry)'}")


def citation_agreement(
    cjs: citeproc_js.CiteprocJS,
    sets: dict[str, list[Item]],
    styles: list[str],
    engines: list[str],
    diffs: bool,
    citation_mode: str,
) -> None:
    """In-text citations, cluster by cluster (``citeproc_js.clusters_for``: every item alone,
    then multi-item clusters). ``citation_mode`` "append": the clusters are one document
    (positions, ibid, subsequent short forms; final texts), as ``poolrefs.render_citations``
    renders them; "registry": each cluster alone after all items are registered."""
    clusters = {
        name: citeproc_js.clusters_for([str(it["id"]) for it in items])
        for name, items in sets.items()
    }
    jobs = [
        citeproc_js.bib_job(items, style, mode="citation")
        | {"id": [name, style], "clusters": clusters[name], "citation_mode": citation_mode}
        for name, items in sets.items()
        for style in styles
    ]
    reference = {tuple(r["id"]): r for r in cjs.run(jobs)}
    totals: dict[tuple[str, str, str], list[int]] = {}
    print(
        f"\n== Citations: identical clusters (whitespace aside), citeproc-js mode {citation_mode!r} =="
    )
    print("style".ljust(52) + "".join(f"{s[:7] + ' ' + e[:8]:>17}" for s in sets for e in engines))
    misses = []
    for style in styles:
        cells = []
        for set_name, items in sets.items():
            ref = reference[(set_name, style)]
            want = ref["citations"] or []
            for engine in engines:
                try:
                    got = render_engines.CITATIONS[engine](items, style, clusters[set_name], "text")
                    error = ""
                except Exception as exc:  # failures are data
                    got, error = [], f"{type(exc).__name__}: {str(exc)[:200]}"
                same = 0
                for w, g in zip(want, got + [""] * len(want), strict=False):
                    if citeproc_js.same_key(w) == citeproc_js.same_key(g):
                        same += 1
                    elif diffs:
                        misses.append((style, set_name, engine, w, g or error))
                cells.append(
                    f"{same:>3}/{len(want):<3}{pct(same, len(want))}{'!' if error else ' '}"
                )
                for scope in ("all", "acceptance") if style in ACCEPTANCE else ("all",):
                    acc = totals.setdefault((engine, set_name, scope), [0, 0])
                    acc[0] += same
                    acc[1] += len(want)
        print(style[:51].ljust(52) + "".join(f"{c:>17}" for c in cells))
    for scope, label in (
        ("acceptance", f"the {len(ACCEPTANCE)} acceptance styles"),
        ("all", f"all {len(styles)} styles"),
    ):
        for engine in engines:
            parts = [
                f"{n} {pct(*totals.get((engine, n, scope), [0, 0])).strip()}"
                f" ({'/'.join(map(str, totals.get((engine, n, scope), [0, 0])))})"
                for n in sets
            ]
            print(f"OVERALL citations, {label}, {engine}: " + "; ".join(parts))
    for style, set_name, engine, want, got in misses:
        print(
            f"  {style} / {set_name} / {engine}\n    citeproc-js: {want}\n    {engine:>11}: {got}"
        )


def gbt(cjs: citeproc_js.CiteprocJS, suites: Path, engines: list[str], diffs: bool) -> None:
    folder = suites / "gbt7714"
    files = sorted(folder.glob("examples-*.jsonl"))
    if not files:
        print(f"\n== GB/T 7714 examples: skipped, no {folder}/examples-*.jsonl (use --suites) ==")
        return
    print(f"\n== GB/T 7714 standard examples in {GBT_STYLE}: exact match / mean similarity ==")
    for path in files:
        examples = gbt_examples.load(path)
        converted = [gbt_examples.to_csl(ex["bibtex"]) for ex in examples]
        items = [(items[0] if items else None) for items, _ in converted]
        via = converted[0][1] if converted else "-"
        jobs = [
            citeproc_js.bib_job([it], GBT_STYLE) | {"id": i}
            for i, it in enumerate(items)
            if it is not None
        ]
        js = {
            r["id"]: (r["bibliography"] or [""])[0] if not r["error"] else "" for r in cjs.run(jobs)
        }
        outputs = {"citeproc-js": [js.get(i, "") for i in range(len(items))]}
        for engine in engines:
            outputs[engine] = []
            for it in items:
                got, _error = render_all(engine, [it], GBT_STYLE) if it else ([], None)
                outputs[engine].append(got[0] if got else "")
        print(
            f"{path.name}: {len(examples)} examples, BibTeX converted with {via}"
            + (
                " (the CSL style follows the 2015 edition; 2025 uses full-width punctuation)"
                if "2025" in path.name
                else ""
            )
        )
        for engine, texts in outputs.items():
            exact, loose, ratios, misses = 0, 0, [], []
            for ex, text in zip(examples, texts, strict=True):
                got = normalise(strip_label(text))
                want = normalise(ex["expected"])
                exact += got == want
                loose += citeproc_js.same_key(got) == citeproc_js.same_key(want)
                ratios.append(difflib.SequenceMatcher(None, got, want).ratio())
                if got != want:
                    misses.append((ex["key"], want, got))
            mean = sum(ratios) / len(ratios) if ratios else 0.0
            print(
                f"  {engine:>12}: exact {exact}/{len(examples)} ({pct(exact, len(examples)).strip()}), "
                f"whitespace aside {loose}/{len(examples)} ({pct(loose, len(examples)).strip()}), "
                f"mean similarity {mean:.3f}"
            )
            if diffs and engine != "citeproc-js":
                for key, want, got in misses:
                    print(f"    {key}\n      expected: {want}\n      {engine:>8}: {got}")


def strip_label(text: str) -> str:
    """A numeric style's entry without its leading ``[n]`` label."""
    stripped = text.lstrip()
    if (
        stripped.startswith("[")
        and "]" in stripped[:8]
        and stripped[1 : stripped.index("]")].isdigit()
    ):
        return stripped[stripped.index("]") + 1 :]
    return text


def speed(cjs: citeproc_js.CiteprocJS, engines: list[str], n: int, style: str = "apa") -> None:
    items = make_render_records.Maker(0, seed=2024).build(n)
    job = citeproc_js.bib_job(items, style)
    print(f"\n== Speed: {n} items in {style} (bibliography), same run ==")
    js_in, js_wall = [], []
    for _ in range(3):
        began = time.perf_counter()
        (result,) = cjs.run([job])
        js_wall.append(time.perf_counter() - began)
        js_in.append(result["elapsed_ms"] / 1000)
    began = time.perf_counter()
    with citeproc_js.CiteprocJS() as fresh:
        fresh.run([job])
    js_fresh = time.perf_counter() - began
    rows = [
        ("citeproc-js, in node (excl. node start-up)", js_in[0], min(js_in)),
        ("citeproc-js, incl. JSON pipe (excl. start-up)", js_wall[0], min(js_wall)),
        (f"citeproc-js, incl. node start-up ({cjs.startup_s:.2f} s)", js_fresh, js_fresh),
    ]
    for engine in engines:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            render_engines.BIBLIOGRAPHY[engine](items, style, "text")
            times.append(time.perf_counter() - began)
        rows.append((engine, times[0], min(times)))
    print(f"{'renderer':<52}{'cold s':>9}{'warm s':>9}{'items/s':>10}")
    for name, cold, warm in rows:
        print(f"{name:<52}{cold:>9.3f}{warm:>9.3f}{n / warm:>10.0f}")
    warm_of = {name: warm for name, _cold, warm in rows}
    for engine in engines:
        warm = warm_of[engine]
        print(
            f"ratio citeproc-js (excl. start-up, warm) / {engine} (warm): {min(js_in) / warm:.2f}"
            f"  (>1 means {engine} is faster); incl. start-up: {js_fresh / warm:.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--styles", nargs="*", default=POPULAR)
    parser.add_argument(
        "--engines",
        nargs="*",
        default=None,
        help="Python engines (default: every available of poolrefs, citeproc-py)",
    )
    parser.add_argument("--only", choices=["agreement", "gbt", "speed"], action="append")
    parser.add_argument("--diffs", action="store_true", help="print every differing entry")
    parser.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites")
    parser.add_argument(
        "--citation-mode",
        choices=["append", "registry", "preview"],
        default="append",
        help="how citeproc-js renders the citation clusters (see citeproc_js/render.mjs)",
    )
    parser.add_argument("--speed-items", type=int, default=600)
    args = parser.parse_args()
    engines = args.engines or render_engines.available()
    sections = args.only or ["agreement", "gbt", "speed"]
    print(
        f"engines: citeproc-js {citeproc_js.pinned_version()} (reference) vs {', '.join(engines)}"
    )
    with citeproc_js.CiteprocJS() as cjs:
        if "agreement" in sections:
            agreement(cjs, args.styles, engines, args.diffs, args.citation_mode)
        if "gbt" in sections:
            gbt(cjs, args.suites, engines, args.diffs)
        if "speed" in sections:
            speed(cjs, engines, args.speed_items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
