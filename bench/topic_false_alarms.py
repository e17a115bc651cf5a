"""Topic tagging on references from other fields: how often a mission topic is tagged wrongly.

The peer suites hold about 3,300 real references nobody wrote for poolrefs: AnyStyle's
hand-labelled sets (humanities, medicine, computing, law...) and the GB/T 7714 standard's
examples (Chinese and English). Almost none is about patent pools or alliances, so every
mission tag on them is a candidate false alarm, listed with its evidence for a reader to judge.
This measures the tagger's precision on text it was never tuned on (the suites are for
measuring only: no cue was ever written from them). The plain substring peer of
``topic_accuracy.py`` (same taxonomy terms, no stems, proximity or negatives) is measured on the
same references in the same run.

The references are built from the suites' labelled title and container (AnyStyle) and from the
BibTeX source (GB/T), so the figure is about tagging, not parsing.

Run: python bench/topic_false_alarms.py [--suites ../shared/peer-suites] [--taxonomy FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gold import read_anystyle  # noqa: E402  (bench/, the script's dir)
from poolrefs import PoolrefsError, Reference, load_taxonomy, read_bibtex, tag  # noqa: E402
from topic_accuracy import MISSION, substring_peer  # noqa: E402

ANYSTYLE = ("anystyle/gold.xml", "anystyle/core.xml")
GBT = ("gbt7714/examples-2015.jsonl", "gbt7714/examples-2025.jsonl")


def anystyle_refs(suites: Path) -> Iterator[tuple[str, Reference]]:
    """(reference text, record of its labelled title and container) for each AnyStyle string."""
    for name in ANYSTYLE:
        for text, gold in read_anystyle((suites / name).read_text(encoding="utf-8")):
            if gold.get("title"):
                fields = {k: gold[k] for k in ("title", "container-title") if gold.get(k)}
                yield text, Reference.from_csl({"type": gold.get("type") or "article"} | fields)


def gbt_refs(suites: Path) -> Iterator[tuple[str, Reference]]:
    """(formatted example, record read from its BibTeX source) for each GB/T 7714 example."""
    for name in GBT:
        for line in (suites / name).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            try:
                refs = read_bibtex(entry["bibtex"])
            except PoolrefsError:
                continue
            if refs and refs[0].title:
                yield entry["expected"], refs[0]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites")
    ap.add_argument("--taxonomy", type=Path, help="a taxonomy file (default: the package's)")
    args = ap.parse_args(argv)
    if not (args.suites / ANYSTYLE[0]).is_file():
        print(f"peer suites not found at {args.suites}: nothing to measure (use --suites)")
        return 0
    taxonomy = load_taxonomy(args.taxonomy)
    peer = substring_peer(taxonomy)
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    tagged: list[tuple[str, Reference, list[str]]] = []
    peer_tagged: Counter[str] = Counter()
    for source, refs in (("anystyle", anystyle_refs(args.suites)), ("gbt7714", gbt_refs(args.suites))):
        for text, ref in refs:
            if text in seen:  # AnyStyle's two sets share 209 strings
                continue
            seen.add(text)
            counts[source] += 1
            found = [f"{t.topic}: {' | '.join(t.evidence)}" for t in tag(ref, taxonomy=taxonomy)
                     if t.topic in MISSION]
            if found:
                tagged.append((source, ref, found))
            if set(peer(ref)) & set(MISSION):
                peer_tagged[source] += 1
    total = sum(counts.values())
    print(f"references from other fields: {total} "
          f"({', '.join(f'{n} {s}' for s, n in counts.items())})")
    ours = len(tagged)
    theirs = sum(peer_tagged.values())
    print(f"with a mission topic: poolrefs {ours} ({ours / total:.2%}); "
          f"substring peer {theirs} ({theirs / total:.2%})"
          + (f"; ratio {theirs / ours:.1f}x fewer" if ours else ""))
    for topic, n in sorted(Counter(f.split(":")[0] for _, _, fs in tagged for f in fs).items()):
        print(f"  {topic}: {n}")
    print("each one, to judge (a reference really on pools or alliances is not a false alarm):")
    for source, ref, found in tagged:
        print(f"  [{source}] {ref.title}\n      {'; '.join(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
