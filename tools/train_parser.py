"""Train the reference parser's CRF on the generated data and write the package model.

Usage::

    python tools/gen_parser_data.py --out build/parser-data
    python tools/train_parser.py --data build/parser-data --model src/poolrefs/data/parser.crfsuite

Training is deterministic for a given data set (L-BFGS, fixed parameters). The dev split (held-out
styles and record seeds) is reported as token accuracy; field accuracy is measured by
``bench/parse_accuracy.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import pycrfsuite  # noqa: E402

from poolrefs.parse.features import sequence_features  # noqa: E402
from poolrefs.parse.tokens import tokenize  # noqa: E402


def load(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row["text"]
            starts = {s: lab for s, _, lab in row["spans"]}
            tokens = tokenize(text)
            labels = [starts.get(t.start, "note") for t in tokens]
            rows.append((text, labels))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="build/parser-data")
    ap.add_argument("--model", default="src/poolrefs/data/parser.crfsuite")
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    args = ap.parse_args()
    data = Path(args.data)
    train = load(data / "train.jsonl")
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.time()
    for text, labels in train:
        trainer.append(sequence_features(text, tokenize(text)), labels)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.possible_transitions": True, "feature.minfreq": 2,
    })
    trainer.train(args.model)
    print(f"trained on {len(train)} references in {time.time() - t0:.0f} s -> {args.model}")
    tagger = pycrfsuite.Tagger()
    tagger.open(args.model)
    dev = load(data / "dev.jsonl")
    right = total = 0
    for text, labels in dev:
        pred = tagger.tag(sequence_features(text, tokenize(text)))
        right += sum(p == g for p, g in zip(pred, labels, strict=True))
        total += len(labels)
    print(f"dev token accuracy {right / max(total, 1):.4f} on {len(dev)} references")


if __name__ == "__main__":
    main()
