"""Field-level accuracy and speed of the reference parser, per field and per suite.

Run: ``python bench/parse_accuracy.py [--suites PATH] [--limit N] [--json OUT]``

Suites (each skipped with a message when its data is absent):

* ``seed``: ``references/cas-bulletin-2018-patent-alliances.txt`` vs its curated CSL-JSON.
* ``gbt7714-2015`` / ``gbt7714-2025``: the GB/T 7714 standards' example references
  (``PATH/gbt7714/examples-*.jsonl``): the formatted text is parsed and compared with the
  entry's BibTeX fields (read by ``poolrefs.read_bibtex``), as far as the text shows them.
* ``anystyle``: AnyStyle's hand-labelled gold set (``PATH/anystyle/gold.xml``); the text is
  the spans joined with spaces. Label mapping and multi-span rules: ``bench/gold.py``.
* ``heldout``: ``bench/data/heldout_records.json`` (``bench/make_heldout_records.py``)
  rendered by citeproc-js in APA, Chicago author-date, IEEE, Vancouver, Harvard, MLA,
  Nature, AMA and GB/T 7714 numeric, scored against the record as far as each rendering
  shows it.

A field counts when the gold has it (and, for structured gold, when the text shows it);
accuracy = matched / counted. The soft-match rule is documented in ``bench/scoring.py``:
case, whitespace, surrounding punctuation, quotes, a leading "In"/"In:" and "pp."/"p." are
ignored; en dash == hyphen; page ranges are expanded ("112–19" == "112-119"); names are
compared as family + initials (CJK names as their whole text); CJK text is compared exactly
after punctuation normalisation; ``issued`` compares the year, ``accessed`` the full date.

In the same run, refextract (``pip install refextract`` into ``bench/.cache/refextract-venv``)
is measured on the seed and GB/T suites when it installs; otherwise the reason is printed.

Speed: ``parse_references`` over all suite strings repeated to at least ``--speed-n``
strings, in this one process (pinned to one CPU where the OS allows), and
``parse_reference`` one string at a time; references per second, and the ratio to refextract.

Until ``poolrefs.parse_references`` exists, ``--parser auto`` falls back to a bench-only
regex BASELINE (``peers.baseline_parse``), clearly labelled in the output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402
import suites as S  # noqa: E402
from scoring import FIELDS, score_record  # noqa: E402

SUITE_ORDER = ["seed", "gbt7714-2015", "gbt7714-2025", "anystyle", "heldout"]
REFEXTRACT_SUITES = ["seed", "gbt7714-2015", "gbt7714-2025"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ----- collecting cases ---------------------------------------------------------------------


def collect(args: argparse.Namespace) -> dict[str, list[S.Case]]:
    wanted = set(args.only or SUITE_ORDER)
    out: dict[str, list[S.Case]] = {}
    if "seed" in wanted:
        out["seed"] = S.seed_cases()
    peer = args.suites
    for edition in ("2015", "2025"):
        if f"gbt7714-{edition}" not in wanted:
            continue
        if (peer / "gbt7714" / f"examples-{edition}.jsonl").is_file():
            out[f"gbt7714-{edition}"] = S.gbt_cases(peer, edition)
        else:
            log(f"skip gbt7714-{edition}: {peer}/gbt7714/examples-{edition}.jsonl not found")
    if "anystyle" in wanted:
        if (peer / "anystyle" / "gold.xml").is_file():
            out["anystyle"] = S.anystyle_cases(peer)
        else:
            log(f"skip anystyle: {peer}/anystyle/gold.xml not found")
    if "heldout" in wanted:
        try:
            out["heldout"] = list(S.heldout_cases(records_path=args.heldout_records))
        except Exception as exc:  # node/npm missing, npm offline...
            log(f"skip heldout: {exc}")
    if args.limit:
        # evenly spaced, so a limited run still sees every style and part of a suite
        out = {k: v[:: max(1, -(-len(v) // args.limit))][: args.limit] for k, v in out.items()}
    return out


# ----- scoring ------------------------------------------------------------------------------


class Tally:
    """matched / counted per field, plus whole-record matches."""

    def __init__(self) -> None:
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.records = 0
        self.exact = 0
        self.failures = 0
        self.seconds = 0.0

    def add(self, result: dict[str, bool], *, failed: bool = False) -> None:
        self.records += 1
        self.failures += failed
        self.exact += all(result.values())
        for f, ok in result.items():
            cell = self.fields[f]
            cell[0] += ok
            cell[1] += 1

    def accuracy(self, exclude: tuple[str, ...] = ()) -> tuple[float, int, int]:
        ok = sum(c[0] for f, c in self.fields.items() if f not in exclude)
        n = sum(c[1] for f, c in self.fields.items() if f not in exclude)
        return (ok / n if n else float("nan")), ok, n

    def as_json(self) -> dict[str, Any]:
        acc, ok, n = self.accuracy()
        return {
            "records": self.records, "exact_records": self.exact, "failures": self.failures,
            "matched": ok, "counted": n, "accuracy": acc, "accuracy_excl_type": self.accuracy(("type",))[0],
            "seconds": self.seconds, "refs_per_second": self.records / self.seconds if self.seconds else None,
            "fields": {f: {"matched": c[0], "counted": c[1], "accuracy": c[0] / c[1]}
                       for f, c in sorted(self.fields.items(), key=lambda kv: FIELDS.index(kv[0]))},
        }  # fmt: skip


def evaluate(
    cases: list[S.Case], run: peers.Run, misses: list[str], show: int
) -> tuple[Tally, dict[str, Tally]]:
    total: Tally = Tally()
    groups: defaultdict[str, Tally] = defaultdict(Tally)
    total.seconds = run.seconds
    for i, (case, pred) in enumerate(zip(cases, run.preds, strict=True)):
        result = score_record(case.gold, pred)
        total.add(result, failed=i in run.errors)
        if case.group:
            groups[case.group].add(result, failed=i in run.errors)
        if case.gold.get("type"):
            groups[f"@{case.gold['type']}"].add(result, failed=i in run.errors)
        wrong = [f for f, ok in result.items() if not ok]
        if wrong and len(misses) < show:
            detail = "; ".join(f"{f}: gold={case.gold.get(f)!r} got={pred.get(f)!r}" for f in wrong)
            misses.append(
                f"[{case.suite}{'/' + case.group if case.group else ''} {case.key}] {case.text}\n      {detail}"
            )
    return total, dict(groups)


# ----- output -------------------------------------------------------------------------------


def cell(t: Tally | None, field: str) -> str:
    if t is None or field not in t.fields:
        return "-"
    ok, n = t.fields[field]
    return f"{ok / n:.3f} ({n})"


def table(columns: dict[str, Tally], title: str) -> str:
    names = list(columns)
    width = max(14, *(len(n) + 2 for n in names))
    lines = [title, "field".ljust(18) + "".join(n.rjust(width) for n in names)]
    for f in FIELDS:
        if any(f in t.fields for t in columns.values()):
            lines.append(f.ljust(18) + "".join(cell(columns[n], f).rjust(width) for n in names))
    for label, excl in (("ALL FIELDS", ()), ("all but type", ("type",))):
        row = []
        for n in names:
            acc, _, cnt = columns[n].accuracy(excl)
            row.append(f"{acc:.3f} ({cnt})".rjust(width))
        lines.append(label.ljust(18) + "".join(row))
    return "\n".join(lines)


def summary(name: str, t: Tally) -> str:
    acc, ok, n = t.accuracy()
    rate = f"{t.records / t.seconds:,.0f} refs/s" if t.seconds else "n/a refs/s"
    return (
        f"{name}: {t.records} refs, field accuracy {acc:.3f} ({ok}/{n}), excl. type "
        f"{t.accuracy(('type',))[0]:.3f}, exact records {t.exact}/{t.records}, "
        f"{t.failures} failures, {rate}"
    )


# ----- speed --------------------------------------------------------------------------------


def pin_one_cpu() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def speed(texts: list[str], target: int, runner: str) -> dict[str, Any]:
    batch = (texts * (target // max(1, len(texts)) + 1))[: max(target, len(texts))]
    note = pin_one_cpu()
    if runner == "poolrefs":
        import poolrefs

        start = time.perf_counter()
        poolrefs.parse_references(batch)
        batch_s = time.perf_counter() - start
        start = time.perf_counter()
        for text in batch:
            poolrefs.parse_reference(text)
        one_s = time.perf_counter() - start
    else:
        batch_s = peers.run_baseline(batch).seconds
        one_s = batch_s
    return {
        "strings": len(batch),
        "cpu": note,
        "batch_seconds": batch_s,
        "one_by_one_seconds": one_s,
        "batch_refs_per_second": len(batch) / batch_s,
        "one_by_one_refs_per_second": len(batch) / one_s,
    }


# ----- main ---------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Field-level accuracy and speed of the reference parser."
    )
    ap.add_argument(
        "--suites",
        type=Path,
        default=S.ROOT.parent / "shared" / "peer-suites",
        help="peer-suites folder (default: ../shared/peer-suites from the repo root)",
    )
    ap.add_argument(
        "--limit", type=int, default=0, help="at most N references per suite (evenly spaced)"
    )
    ap.add_argument("--json", type=Path, help="write all numbers as JSON here")
    ap.add_argument(
        "--heldout-records", type=Path, default=S.HELDOUT,
        help="records for the heldout suite (e.g. a fresh seed of bench/make_heldout_records.py)",
    )
    ap.add_argument("--parser", choices=["auto", "poolrefs", "baseline"], default="auto")
    ap.add_argument("--only", nargs="+", choices=SUITE_ORDER, help="run only these suites")
    ap.add_argument("--no-refextract", action="store_true", help="skip the refextract comparison")
    ap.add_argument(
        "--speed-n", type=int, default=5000, help="strings for the speed run (default 5000)"
    )
    ap.add_argument(
        "--show-misses", type=int, default=0, help="print up to N mismatched references"
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    runner = args.parser
    if runner == "auto":
        runner = "poolrefs" if peers.poolrefs_available() else "baseline"
    if runner == "poolrefs" and not peers.poolrefs_available():
        log("poolrefs.parse_references is not available in this checkout")
        return 2
    label = (
        "poolrefs"
        if runner == "poolrefs"
        else "BASELINE (bench-only regexes, not the poolrefs parser)"
    )
    print(f"parser: {label}")
    cases = collect(args)
    if runner == "poolrefs":  # load the model outside every timed region
        import poolrefs

        poolrefs.parse_reference("Warm-up A. A title. A journal, 2001, 1(2): 3-4.")
    run_parser = peers.run_poolrefs if runner == "poolrefs" else peers.run_baseline

    misses: list[str] = []
    totals: dict[str, Tally] = {}
    groups: dict[str, dict[str, Tally]] = {}
    runs: dict[str, peers.Run] = {}
    for name in SUITE_ORDER:
        if name not in cases:
            continue
        runs[name] = run_parser([c.text for c in cases[name]])
        totals[name], groups[name] = evaluate(cases[name], runs[name], misses, args.show_misses)

    print()
    print(table(totals, "Field accuracy (matched fraction, counted fields in brackets)"))
    print()
    for name, t in totals.items():
        print(summary(name, t))
    styles = {k: t for k, t in groups.get("heldout", {}).items() if not k.startswith("@")}
    if styles:
        print()
        print(table(styles, "Held-out records rendered by citeproc-js, by style"))
        print()
        for style, t in styles.items():
            print(summary(f"heldout/{style}", t))
        print()
        for kind, t in sorted(groups["heldout"].items()):
            if kind.startswith("@"):
                print(summary(f"heldout/type {kind[1:]}", t))
    out: dict[str, Any] = {
        "parser": label, "suites": {n: t.as_json() for n, t in totals.items()},
        "heldout_styles": {s: t.as_json() for s, t in styles.items()},
        "by_item_type": {n: {k[1:]: t.as_json() for k, t in g.items() if k.startswith("@")}
                         for n, g in groups.items()},
        "errors": {n: {cases[n][i].key: e for i, e in r.errors.items()} for n, r in runs.items() if r.errors},
    }  # fmt: skip

    all_texts = [c.text for n in SUITE_ORDER for c in cases.get(n, [])]
    out["speed"] = speed(all_texts, args.speed_n, runner) if all_texts else None
    if out["speed"]:
        sp = out["speed"]
        print(
            f"\nspeed ({sp['strings']} strings, one process, {sp['cpu']}): parse_references "
            f"{sp['batch_refs_per_second']:,.0f} refs/s; parse_reference one by one "
            f"{sp['one_by_one_refs_per_second']:,.0f} refs/s"
        )

    if not args.no_refextract:
        out["refextract"] = compare_refextract(cases, totals, out["speed"])
    for line in misses:
        print(line)
    if args.json:
        args.json.write_text(
            json.dumps(out, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
        print(f"\nwrote {args.json}")
    return 0


def compare_refextract(
    cases: dict[str, list[S.Case]], ours: dict[str, Tally], speed_info: dict[str, Any] | None
) -> dict[str, Any] | None:
    names = [n for n in REFEXTRACT_SUITES if n in cases]
    if not names:
        return None
    python = peers.ensure_refextract(log)
    if python is None:
        print("\nrefextract: not measured (see the message above)")
        return {"available": False}
    texts = [c.text for n in names for c in cases[n]]
    try:
        run = peers.run_refextract(python, texts)
    except RuntimeError as exc:
        print(f"\nrefextract: not measured: {exc}")
        return {"available": False, "error": str(exc)}
    theirs: dict[str, Tally] = {}
    start = 0
    for n in names:
        part = peers.Run(
            run.preds[start : start + len(cases[n])],
            0.0,
            {i - start: e for i, e in run.errors.items() if start <= i < start + len(cases[n])},
        )
        theirs[n], _ = evaluate(cases[n], part, [], 0)
        start += len(cases[n])
    columns: dict[str, Tally] = {}
    for n in names:
        columns[f"{n} ours"] = ours[n]
        columns[f"{n} refex"] = theirs[n]
    print()
    print(table(columns, "poolrefs vs refextract (same strings, same scorer)"))
    rate = len(texts) / run.seconds if run.seconds else float("inf")
    ours_rate = speed_info["batch_refs_per_second"] if speed_info else float("nan")
    print(
        f"\nrefextract: {len(texts)} strings in {run.seconds:.2f} s = {rate:,.1f} refs/s; ours "
        f"{ours_rate:,.0f} refs/s: {ours_rate / rate:,.0f}x refextract's speed"
    )
    for n in names:
        print(summary(f"refextract/{n}", theirs[n]))
    return {
        "available": True,
        "strings": len(texts),
        "seconds": run.seconds,
        "refs_per_second": rate,
        "speed_ratio": ours_rate / rate,
        "suites": {n: t.as_json() for n, t in theirs.items()},
    }


if __name__ == "__main__":
    raise SystemExit(main())
