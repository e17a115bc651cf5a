"""How far two labellings of the mission topics agree (inter-annotator agreement).

    python bench/topic_agreement.py                  # holdout4's labels vs the second labelling
    python bench/topic_agreement.py --details        # plus every disagreement with both whys
    python bench/topic_agreement.py A.json B.json    # any two label sources
    python bench/topic_agreement.py 'references/h[567]-*.csl.json' B.json   # several files as A

A source argument names one file or several, separated by commas; each part may be a glob
pattern (quote it). The files of one source are merged into one labelling (an id in two of them
is an error); when a source has several files, a one-line summary per file follows the report.
``--agreed OUT.json`` writes the items both labellings agree on (same ambiguity mark and, when not
ambiguous, the same mission topics) as a ``{"labels": [...]}`` file, e.g. to score a tagger on them.

A label source is either a CSL-JSON list whose items carry ``x-topics`` (and optionally
``x-topics-ambiguous``, ``x-why``), or a ``{"labels": [...]}`` file whose entries carry ``id``,
``x-topics``, ``x-topics-ambiguous`` and ``why``. Items are joined on ``id``; items without an
``x-topics`` key are unlabelled and skipped. Only the mission topics (pool-formation,
innovation-effects, rent-sharing) count; other topic names are ignored.

Printed: items in common; how many each source marks ambiguous and how many both do; then, on
the items neither marks ambiguous, per-topic counts (A, B, both), per-topic Cohen's kappa,
the micro-F1 of one labelling against the other (symmetric: 2*both / (A + B) summed over
topics) and the share of items whose whole topic set is identical.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_A = ROOT / "references" / "patent-pool-topics-holdout4.csl.json"
DEFAULT_B = ROOT / "references" / "patent-pool-topics-holdout4-second-labels.json"
MISSION_TOPICS = ("pool-formation", "innovation-effects", "rent-sharing")


class LabelFileError(ValueError):
    """A label source that cannot be read (which file, what is wrong)."""


@dataclass(frozen=True)
class Label:
    """One item's labels in one source."""

    topics: frozenset[str]
    ambiguous: bool
    why: str
    title: str


@dataclass(frozen=True)
class TopicAgreement:
    """Counts and kappa for one topic over the scored items."""

    topic: str
    in_a: int
    in_b: int
    both: int
    kappa: float | None


@dataclass(frozen=True)
class Agreement:
    """The comparison of two label sources."""

    common: int
    only_a: int
    only_b: int
    ambiguous_a: int
    ambiguous_b: int
    ambiguous_both: int
    scored: int
    identical_sets: int
    topics: tuple[TopicAgreement, ...]
    micro_f1: float | None
    topic_disagreements: tuple[str, ...]
    ambiguity_disagreements: tuple[str, ...]


def _entry_label(entry: Mapping[str, Any], where: str, why_key: str) -> Label | None:
    if "x-topics" not in entry:
        return None
    topics = entry["x-topics"]
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise LabelFileError(f"{where}: x-topics must be a list of strings, got {topics!r}")
    ambiguous = entry.get("x-topics-ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise LabelFileError(f"{where}: x-topics-ambiguous must be true or false")
    why = entry.get(why_key) or entry.get("x-why") or entry.get("why") or ""
    return Label(
        topics=frozenset(t for t in topics if t in MISSION_TOPICS),
        ambiguous=ambiguous,
        why=str(why),
        title=str(entry.get("title") or ""),
    )


def load_labels(path: Path) -> dict[str, Label]:
    """Read a CSL-JSON list or a ``{"labels": [...]}`` file into id -> Label.

    Raises:
        LabelFileError: unreadable JSON, an unknown shape, an entry without a string ``id``,
            a duplicate id, or malformed ``x-topics`` / ``x-topics-ambiguous``.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelFileError(f"{path}: cannot read JSON ({exc})") from exc
    if isinstance(data, list):
        entries, why_key = data, "x-why"
    elif isinstance(data, dict) and isinstance(data.get("labels"), list):
        entries, why_key = data["labels"], "why"
    else:
        raise LabelFileError(f"{path}: expected a CSL-JSON list or an object with a 'labels' list")
    labels: dict[str, Label] = {}
    for index, entry in enumerate(entries):
        where = f"{path} item {index}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise LabelFileError(f"{where}: expected an object with a string 'id'")
        label = _entry_label(entry, where, why_key)
        if label is None:
            continue
        if entry["id"] in labels:
            raise LabelFileError(f"{where}: duplicate id {entry['id']!r}")
        labels[entry["id"]] = label
    return labels


def source_paths(spec: str) -> list[Path]:
    """The files one source argument names: comma-separated parts, each a path or glob pattern.

    Raises:
        LabelFileError: an empty part, or a glob pattern that matches no file.
    """
    paths: list[Path] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            raise LabelFileError(f"{spec!r}: empty file name in the source list")
        if glob.has_magic(part):
            matches = sorted(glob.glob(part))
            if not matches:
                raise LabelFileError(f"{part}: the pattern matches no file")
            paths.extend(Path(m) for m in matches)
        else:
            paths.append(Path(part))
    return paths


def load_sources(paths: Sequence[Path]) -> dict[Path, dict[str, Label]]:
    """Read several label files (see load_labels) and check that no id occurs in two of them.

    Returns:
        file -> (id -> Label), in the given order; merge the values for the whole source.

    Raises:
        LabelFileError: as load_labels, or an id labelled in two of the files.
    """
    per_file: dict[Path, dict[str, Label]] = {}
    seen: dict[str, Path] = {}
    for path in paths:
        labels = load_labels(path)
        for item_id in labels:
            if item_id in seen:
                raise LabelFileError(f"{path}: id {item_id!r} is also labelled in {seen[item_id]}")
            seen[item_id] = path
        per_file[path] = labels
    return per_file


def _merged(per_file: Mapping[Path, Mapping[str, Label]]) -> dict[str, Label]:
    merged: dict[str, Label] = {}
    for labels in per_file.values():
        merged.update(labels)
    return merged


def file_summary(name: str, result: Agreement) -> str:
    """One line summing up a comparison restricted to one file's items."""
    amb_either = result.ambiguous_a + result.ambiguous_b - result.ambiguous_both
    return (
        f"{name}: common {result.common}, ambiguous A {result.ambiguous_a} B {result.ambiguous_b}"
        f" both {result.ambiguous_both} either {amb_either}, scored {result.scored},"
        f" micro-F1 {_num(result.micro_f1)}, identical {result.identical_sets}/{result.scored}"
    )


def cohen_kappa(in_a: int, in_b: int, both: int, n: int) -> float | None:
    """Cohen's kappa for one yes/no label given the marginal counts; None when undefined.

    ``in_a`` and ``in_b`` are how many of the ``n`` items each labeller says yes to, ``both``
    how many both say yes to. Undefined (None) when chance agreement is 1 (both labellers say
    the same thing to every item) or there are no items.
    """
    if n == 0:
        return None
    neither = n - in_a - in_b + both
    observed = (both + neither) / n
    pa, pb = in_a / n, in_b / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def _line(item_id: str, a: Label, b: Label, name_a: str, name_b: str) -> str:
    def show(label: Label) -> str:
        if label.ambiguous:
            return "ambiguous"
        return ", ".join(sorted(label.topics)) or "[]"

    title = a.title or b.title
    head = f"{item_id}  {title}" if title else item_id
    return f"{head}\n    {name_a}: {show(a)}  -- {a.why}\n    {name_b}: {show(b)}  -- {b.why}"


def compare(
    a: Mapping[str, Label], b: Mapping[str, Label], *, names: tuple[str, str] = ("A", "B")
) -> Agreement:
    """Compare two labellings on their common ids (see the module docstring)."""
    common = sorted(set(a) & set(b))
    scored = [i for i in common if not a[i].ambiguous and not b[i].ambiguous]
    per_topic = []
    tp = fp_fn = 0
    for topic in MISSION_TOPICS:
        in_a = sum(topic in a[i].topics for i in scored)
        in_b = sum(topic in b[i].topics for i in scored)
        both = sum(topic in a[i].topics and topic in b[i].topics for i in scored)
        per_topic.append(
            TopicAgreement(topic, in_a, in_b, both, cohen_kappa(in_a, in_b, both, len(scored)))
        )
        tp += both
        fp_fn += in_a + in_b - 2 * both
    micro_f1 = 2 * tp / (2 * tp + fp_fn) if tp + fp_fn else None
    return Agreement(
        common=len(common),
        only_a=len(set(a) - set(b)),
        only_b=len(set(b) - set(a)),
        ambiguous_a=sum(a[i].ambiguous for i in common),
        ambiguous_b=sum(b[i].ambiguous for i in common),
        ambiguous_both=sum(a[i].ambiguous and b[i].ambiguous for i in common),
        scored=len(scored),
        identical_sets=sum(a[i].topics == b[i].topics for i in scored),
        topics=tuple(per_topic),
        micro_f1=micro_f1,
        topic_disagreements=tuple(
            _line(i, a[i], b[i], *names) for i in scored if a[i].topics != b[i].topics
        ),
        ambiguity_disagreements=tuple(
            _line(i, a[i], b[i], *names) for i in common if a[i].ambiguous != b[i].ambiguous
        ),
    )


def agreed_labels(a: Mapping[str, Label], b: Mapping[str, Label]) -> list[dict[str, Any]]:
    """The common items both labellings agree on, as ``{"labels": [...]}`` entries (id order).

    Agreement means both mark the item ambiguous, or neither does and the mission topic sets
    are equal. The ``why`` joins both labellers' reasons.
    """
    out: list[dict[str, Any]] = []
    for item_id in sorted(set(a) & set(b)):
        la, lb = a[item_id], b[item_id]
        if la.ambiguous != lb.ambiguous or (not la.ambiguous and la.topics != lb.topics):
            continue
        topics = [] if la.ambiguous else [t for t in MISSION_TOPICS if t in la.topics]
        out.append(
            {
                "id": item_id,
                "x-topics": topics,
                "x-topics-ambiguous": la.ambiguous,
                "why": f"A: {la.why} | B: {lb.why}",
            }
        )
    return out


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(result: Agreement, *, names: tuple[str, str], details: bool) -> str:
    """The printed report."""
    name_a, name_b = names
    lines = [
        f"A = {name_a}",
        f"B = {name_b}",
        f"items in common: {result.common}"
        f" (only in A: {result.only_a}, only in B: {result.only_b})",
        f"ambiguous: A {result.ambiguous_a}, B {result.ambiguous_b}, both {result.ambiguous_both}"
        f", either {result.ambiguous_a + result.ambiguous_b - result.ambiguous_both}",
        f"scored (neither ambiguous): {result.scored}",
        "",
        f"{'topic':<20}{'A':>5}{'B':>5}{'both':>6}{'kappa':>8}",
    ]
    for t in result.topics:
        lines.append(f"{t.topic:<20}{t.in_a:>5}{t.in_b:>5}{t.both:>6}{_num(t.kappa):>8}")
    lines += [
        "",
        f"micro-F1 (A vs B, symmetric): {_num(result.micro_f1)}",
        f"identical topic sets: {result.identical_sets}/{result.scored}",
    ]
    if details:
        lines += ["", f"topic disagreements ({len(result.topic_disagreements)}):"]
        lines += result.topic_disagreements
        lines += ["", f"ambiguity disagreements ({len(result.ambiguity_disagreements)}):"]
        lines += result.ambiguity_disagreements
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "a", nargs="?", default=str(DEFAULT_A), help="first label source (FILE[,FILE...], globs ok)"
    )
    parser.add_argument(
        "b",
        nargs="?",
        default=str(DEFAULT_B),
        help="second label source (FILE[,FILE...], globs ok)",
    )
    parser.add_argument("--details", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--agreed", type=Path, metavar="OUT", help="write the items both agree on to OUT (JSON)"
    )
    args = parser.parse_args(argv)
    try:
        files_a = load_sources(source_paths(args.a))
        files_b = load_sources(source_paths(args.b))
    except LabelFileError as exc:
        print(f"topic_agreement: {exc}", file=sys.stderr)
        return 2
    a, b = _merged(files_a), _merged(files_b)
    names = (
        " + ".join(p.name for p in files_a),
        " + ".join(p.name for p in files_b),
    )
    print(format_report(compare(a, b, names=("A", "B")), names=names, details=args.details))
    for side, per_file, other in (("A", files_a, b), ("B", files_b, a)):
        if len(per_file) < 2:
            continue
        print(f"\nper file of {side}:")
        for path, labels in per_file.items():
            result = compare(labels, other) if side == "A" else compare(other, labels)
            print(file_summary(path.name, result))
    if args.agreed is not None:
        agreed = agreed_labels(a, b)
        note = f"items on which {names[0]} and {names[1]} agree (bench/topic_agreement.py --agreed)"
        try:
            args.agreed.write_text(
                json.dumps({"_source": note, "labels": agreed}, ensure_ascii=False, indent=1)
                + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            print(f"topic_agreement: {args.agreed}: cannot write ({exc})", file=sys.stderr)
            return 2
        scored = sum(not e["x-topics-ambiguous"] for e in agreed)
        print(f"\nagreed items written to {args.agreed}: {len(agreed)} ({scored} not ambiguous)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
