"""The official CSL processor test fixtures through poolrefs's renderer and plain citeproc-py.

    python bench/csl_test_suite.py                       # pass counts, failures by feature
    python bench/csl_test_suite.py --show 'name_*'       # expected vs poolrefs for some fixtures
    python bench/csl_test_suite.py --suites ../shared/peer-suites

Each fixture (``citation`` and ``bibliography`` modes; others are counted as skipped) is run
twice in the same process: through poolrefs's rendering layer (corrected element classes, safe
parsing, poolrefs's punctuation and disambiguation steps, HTML serialisation) and through plain
citeproc-py 0.11.1 (its own classes and HTML formatter). Outputs are compared with the fixture's
RESULT after HTML character references are decoded and whitespace runs are collapsed. Citation
clusters come from CITATIONS or CITATION-ITEMS (else every item in one cluster); locators,
prefixes and suffixes are passed through. Failures are grouped by feature (the fixture name
prefix). The fixtures are read from ``--suites`` only and never copied.
"""

from __future__ import annotations

import argparse
import fnmatch
import html
import io
import json
import re
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle  # noqa: E402
from citeproc import formatter as cp_formatter  # noqa: E402
from citeproc.source import Locator  # noqa: E402
from citeproc.source.json import CiteProcJSON  # noqa: E402

from poolrefs import Reference  # noqa: E402
from poolrefs.render import engine, fixes  # noqa: E402
from poolrefs.render.formats import MarkFormatter, serialize  # noqa: E402
from poolrefs.render.source import FastCitationItem, build_source  # noqa: E402
from poolrefs.render.styles import find_style  # noqa: E402

SECTION = re.compile(r">>=+ ([A-Z-]+) =+>>\n(.*?)\n<<=+ \1 =+<<", re.S)
MODES = ("citation", "bibliography")


def parse_fixture(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    return {name: body for name, body in SECTION.findall(text)}


def normalise(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r">\s+<", "><", text).strip()


def clusters_of(fx: dict[str, str], items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    if "CITATIONS" in fx:
        return [c[0]["citationItems"] for c in json.loads(fx["CITATIONS"])]
    if "CITATION-ITEMS" in fx:
        return [list(c) for c in json.loads(fx["CITATION-ITEMS"])]
    return [[{"id": item["id"]} for item in items]]


def expected_lines(fx: dict[str, str]) -> list[str]:
    lines = fx["RESULT"].splitlines()
    if "CITATIONS" in fx:
        lines = [re.sub(r"^(\.\.|>>)\[\d+\] ", "", line) for line in lines]
    return lines


def _cite_item(spec: dict[str, Any], make: Callable[..., Any]) -> Any:
    extra = {k: spec[k] for k in ("prefix", "suffix") if k in spec}
    if "locator" in spec:
        extra["locator"] = Locator(spec.get("label", "page"), spec["locator"])
    return make(str(spec["id"]), **extra)


def _bib_html(entries: list[str]) -> str:
    body = "\n".join(f'  <div class="csl-entry">{e}</div>' for e in entries)
    return f'<div class="csl-bib-body">\n{body}\n</div>'


def _items(fx: dict[str, str]) -> list[dict[str, Any]]:
    items = json.loads(fx["INPUT"])
    for index, item in enumerate(items, start=1):
        item.setdefault("id", f"ITEM-{index}")
    return items  # type: ignore[no-any-return]


def run_poolrefs(fx: dict[str, str], style_path: Path) -> str:
    items = _items(fx)
    refs = [Reference.from_csl(item) for item in items]
    loaded = engine.load_style(find_style(str(style_path)))
    source, keys = build_source(refs)
    key_of = {str(item["id"]): key for item, key in zip(items, keys, strict=True)}
    with engine.render_lock:
        bib = CitationStylesBibliography(loaded, source, MarkFormatter)
        clusters = clusters_of(fx, items)
        cites = [
            Citation([_cite_item({**c, "id": key_of.get(str(c["id"]), str(c["id"]))}, FastCitationItem) for c in cl])
            for cl in clusters
        ]
        for citation in cites:
            bib.register(citation)
        if fx["MODE"] == "bibliography":
            for key in keys:
                bib.register(Citation([FastCitationItem(key)]))
        if loaded.has_bibliography():
            bib.sort()
        fixes.disambiguate(loaded, bib)
        if fx["MODE"] == "citation":
            out = []
            for citation in cites:
                text = str(bib.cite(citation, lambda item: None))
                out.append(serialize(fixes.finish_entry(loaded, text), "html"))
            return "\n".join(out)
        fixes.start_bibliography(loaded)
        layout = loaded.root.bibliography.layout
        entries = []
        for item in bib.items:
            texts = layout.render_bibliography([item])
            if texts:
                entries.append(serialize(fixes.finish_entry(loaded, str(texts[0])), "html"))
        return _bib_html(entries)


def run_citeproc_py(fx: dict[str, str], style_path: Path) -> str:
    items = _items(fx)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(items)
        style = CitationStylesStyle(str(style_path), validate=False)
        bib = CitationStylesBibliography(style, source, cp_formatter.html)
        cites = [Citation([_cite_item(c, CitationItem) for c in cl]) for cl in clusters_of(fx, items)]
        for citation in cites:
            bib.register(citation)
        if fx["MODE"] == "bibliography":
            for item in items:
                bib.register(Citation([CitationItem(str(item["id"]))]))
        if style.has_bibliography():
            bib.sort()
        if fx["MODE"] == "citation":
            return "\n".join(str(bib.cite(c, lambda item: None)) for c in cites)
        return _bib_html([str(e) for e in bib.bibliography()])


def run_one(runner: Callable[[dict[str, str], Path], str], fx: dict[str, str], style: Path) -> tuple[bool, str]:
    try:
        got = runner(fx, style)
    except Exception as exc:  # an engine failure is a failed fixture, never a crash
        return False, f"ERROR {type(exc).__name__}: {exc}"[:300]
    want = "\n".join(expected_lines(fx)) if fx["MODE"] == "citation" else fx["RESULT"]
    return normalise(got) == normalise(want), got


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites")
    parser.add_argument("--show", help="glob of fixture names whose outputs to print")
    args = parser.parse_args()
    folder = args.suites / "csl-test-suite" / "fixtures"
    if not folder.is_dir():
        print(f"CSL test suite not found at {folder}; pass --suites", file=sys.stderr)
        return 2
    passed: Counter[str] = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    skipped = total = 0
    timing: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(folder.glob("*.txt")):
            fx = parse_fixture(path)
            mode = fx.get("MODE", "").strip()
            if mode not in MODES or "CSL" not in fx or "INPUT" not in fx:
                skipped += 1
                continue
            fx["MODE"] = mode
            total += 1
            style = Path(tmp) / f"{path.stem}.csl"
            style.write_text(fx["CSL"], encoding="utf-8")
            for name, runner in (("poolrefs", run_poolrefs), ("citeproc-py", run_citeproc_py)):
                began = time.perf_counter()
                ok, got = run_one(runner, fx, style)
                timing[name] += time.perf_counter() - began
                if ok:
                    passed[name] += 1
                elif name == "poolrefs":
                    failures[path.stem.split("_")[0]].append(path.stem)
                if args.show and fnmatch.fnmatch(path.stem, args.show) and name == "poolrefs":
                    print(f"--- {path.stem} ({'pass' if ok else 'FAIL'})")
                    print("want:", normalise(fx["RESULT"]))
                    print("got: ", normalise(got))
    print(f"CSL processor fixtures (citation + bibliography modes): {total} run, {skipped} skipped")
    for name in ("poolrefs", "citeproc-py"):
        print(f"  {name:<12} {passed[name]:>4}/{total} passed ({passed[name] / total:.1%}) in {timing[name]:.1f} s")
    print("poolrefs failures by feature:")
    for feature, names in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"  {feature:<14} {len(names):>3}: {' '.join(n.split('_', 1)[1] for n in names[:12])}"
              + (" ..." if len(names) > 12 else ""))
    return 0


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    sys.exit(main())
