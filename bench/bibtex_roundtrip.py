"""Measure BibTeX reading and round-tripping on the GB/T 7714 standard's example entries.

For every entry (field ``bibtex``) of ``<suites>/gbt7714/examples-*.jsonl``:
1. ``read_bibtex`` must read it without a failure;
2. ``read_bibtex(write_bibtex(refs))`` must give the same ``to_csl()`` output.
Prints the counts and every mismatch. The suites are read in place, never copied.

    python bench/bibtex_roundtrip.py [--suites ../shared/peer-suites]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import poolrefs

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites")
    args = parser.parse_args()
    files = sorted((args.suites / "gbt7714").glob("examples-*.jsonl"))
    if not files:
        print(f"no GB/T 7714 examples under {args.suites}; pass --suites", file=sys.stderr)
        return 2
    total = read_ok = round_ok = 0
    problems: list[str] = []
    start = time.perf_counter()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            example = json.loads(line)
            total += 1
            refs = poolrefs.read_bibtex(example["bibtex"])
            if refs.failures or len(refs) != 1:
                problems.append(f"{example['key']}: read failed: {[str(f) for f in refs.failures]}")
                continue
            read_ok += 1
            again = poolrefs.read_bibtex(poolrefs.write_bibtex(refs))
            if len(again) == 1 and again[0].to_csl() == refs[0].to_csl():
                round_ok += 1
            else:
                problems.append(f"{example['key']}: round trip differs")
    elapsed = time.perf_counter() - start
    print(f"GB/T 7714 examples ({', '.join(p.name for p in files)}): {total} BibTeX entries")
    print(f"  read without error:            {read_ok}/{total}")
    print(f"  read(write(refs)) == refs:      {round_ok}/{read_ok}")
    print(f"  time: {elapsed:.2f} s ({2 * total / elapsed:.0f} entries/s read+write+read)")
    for problem in problems:
        print("  -", problem)
    speed(files)
    return 0 if read_ok == round_ok == total else 1


def speed(files: list[Path], repeat: int = 20) -> None:
    """Reading all entries as one .bib, against bibtexparser decoding the same (same run)."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

    entries = [json.loads(line)["bibtex"] for path in files
               for line in path.read_text(encoding="utf-8").splitlines()]
    # every copy under its own keys: a repeated key is a duplicate, which both readers refuse
    text = "\n".join(re.sub(r"^(\s*@\w+\s*\{\s*)([^,\s]+)", rf"\g<1>\g<2>-{copy}", entry, count=1)
                     for copy in range(repeat) for entry in entries)

    def peer() -> bibtexparser.Library:  # bibtexparser with the decoding poolrefs needs (names, LaTeX)
        return bibtexparser.parse_string(text, append_middleware=[
            SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()])

    start = time.process_time()
    refs = poolrefs.read_bibtex(text)
    timings = {"poolrefs.read_bibtex": time.process_time() - start}
    start = time.process_time()
    library = peer()
    timings["bibtexparser (parse, names, LaTeX)"] = time.process_time() - start
    ours, theirs = timings.values()
    print(f"  speed, the examples {repeat} times ({len(text):,} characters; {len(refs)} records,"  # one key is in both files
          f" {len(refs.failures)} failures; bibtexparser {len(library.entries)} entries), CPU time:")
    for name, seconds in timings.items():
        print(f"    {name:36} {seconds:.2f} s ({len(text) / seconds / 1e6:.2f} M chars/s)")
    print(f"    poolrefs / bibtexparser time ratio {ours / theirs:.2f} (poolrefs also builds"
          " and validates the records)")


if __name__ == "__main__":
    sys.exit(main())
