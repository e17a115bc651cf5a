"""Write citeproc-js golden files for the renderer's tests (node needed here, never in tests).

    python tools/make_render_goldens.py                       # the 16 acceptance styles
    python tools/make_render_goldens.py --styles ieee apa --items references/x.csl.json
    python tools/make_render_goldens.py --check               # exit 1 if a golden is stale

One file per style, ``tests/golden/render/<style>.json``::

    {"style": "apa", "engine": "citeproc-js 2.4.63", "format": "text",
     "sources": {"references/...csl.json": 20, "bench/data/render_records.json": 48},
     "items": [CSL-JSON, x- keys dropped],
     "bibliography": [entry text, in the style's order], "entry_ids": [item id per entry],
     "citation_mode": "registry", "clusters": [[item id, ...], ...], "citations": [text, ...],
     "citations_append": [text, ...]}

All item files are rendered together as one bibliography (ids must be unique across them).
Clusters: every item alone, in item order (so citation numbers follow item order both in
citeproc-js and in an engine numbering by first citation), then a few multi-item clusters.
``citations``: each cluster rendered on its own after every item is registered ("registry"
mode: citeproc-js ``makeCitationCluster``); ``citations_append``: the clusters as one document
in order (``appendCitationCluster``; positions such as ibid and subsequent short forms apply;
final texts), which is how ``poolrefs.render_citations`` treats its input. Text format is citeproc-js's ``text`` output, one entry
per string, trailing newline removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import citeproc_js  # noqa: E402
from citeproc_js import clusters_for  # noqa: E402
from render_styles import ACCEPTANCE  # noqa: E402

DEFAULT_ITEMS = [
    ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json",
    ROOT / "bench" / "data" / "render_records.json",
]
OUT = ROOT / "tests" / "golden" / "render"
Item = dict[str, Any]


def load_items(paths: list[Path]) -> tuple[list[Item], dict[str, int]]:
    items: list[Item] = []
    sources = {}
    for path in paths:
        loaded = citeproc_js.clean_items(json.loads(path.read_text(encoding="utf-8")))
        sources[_rel(path)] = len(loaded)
        items.extend(loaded)
    ids = [str(item["id"]) for item in items]
    dupes = sorted({key for key in ids if ids.count(key) > 1})
    if dupes:
        raise SystemExit(f"duplicate item ids across {', '.join(sources)}: {', '.join(dupes[:10])}")
    return items, sources


def _rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def goldens(
    styles: list[str], items: list[Item], sources: dict[str, int], fmt: str
) -> dict[str, str]:
    ids = [str(item["id"]) for item in items]
    clusters = clusters_for(ids)
    jobs = []
    for style in styles:
        job = citeproc_js.bib_job(items, style, format=fmt, mode="both")
        jobs.append(job | {"id": style, "clusters": clusters, "citation_mode": "registry"})
        doc = citeproc_js.bib_job(items, style, format=fmt, mode="citation")
        jobs.append(doc | {"id": style, "clusters": clusters, "citation_mode": "append"})
    out = {}
    with citeproc_js.CiteprocJS() as cjs:
        results = cjs.run(jobs)
        for style, result, document in zip(styles, results[::2], results[1::2], strict=True):
            for failed in (result, document):
                if failed["error"]:
                    raise SystemExit(f"citeproc-js failed on {style}: {failed['error']}")
            golden = {
                "style": style,
                "engine": f"citeproc-js {citeproc_js.pinned_version()}",
                "format": fmt,
                "sources": sources,
                "bibliography_from_citations": result["bibliography_from_citations"],
                "items": items,
                "bibliography": result["bibliography"],
                "entry_ids": result["entry_ids"],
                "citation_mode": "registry",
                "clusters": clusters,
                "citations": result["citations"],
                "citations_append": document["citations"],
            }
            out[style] = json.dumps(golden, ensure_ascii=False, indent=1) + "\n"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--styles", nargs="*", default=ACCEPTANCE)
    parser.add_argument("--items", nargs="*", type=Path, default=DEFAULT_ITEMS)
    parser.add_argument("--format", choices=["text", "html"], default="text")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only verify the committed goldens")
    args = parser.parse_args()
    items, sources = load_items(args.items)
    stale = []
    for style, text in goldens(args.styles, items, sources, args.format).items():
        safe = Path(style).stem if style.endswith(".csl") else style
        path = args.out / f"{safe}.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {_rel(path)}")
    if stale:
        print("stale goldens: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
