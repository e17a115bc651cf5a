"""Parsers the bench can measure: poolrefs, a bench-only baseline, and refextract (a peer).

Every parser is reduced to ``texts -> list of CSL-JSON-like dicts`` (failures as ``{}`` plus
an error message), so one scorer serves all.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REFEXTRACT_VENV = HERE / ".cache" / "refextract-venv"


@dataclass
class Run:
    """Predictions for a list of texts, with the time spent and failures kept as data."""

    preds: list[dict[str, Any]]
    seconds: float
    errors: dict[int, str] = field(default_factory=dict)


# ----- poolrefs -----------------------------------------------------------------------------


def poolrefs_available() -> bool:
    try:
        import poolrefs
    except ImportError:
        return False
    return hasattr(poolrefs, "parse_references") and hasattr(poolrefs, "parse_reference")


def run_poolrefs(texts: list[str]) -> Run:
    """``poolrefs.parse_references`` over ``texts`` (one by one where the batch call fails)."""
    import poolrefs

    start = time.perf_counter()
    try:
        refs = poolrefs.parse_references(texts)
        return Run([r.to_csl() for r in refs], time.perf_counter() - start)
    except Exception:  # the batch call failed: find out which items, keep the rest
        pass
    preds: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    for i, text in enumerate(texts):
        try:
            preds.append(poolrefs.parse_reference(text).to_csl())
        except Exception as exc:
            preds.append({})
            errors[i] = f"{type(exc).__name__}: {exc}"
    return Run(preds, time.perf_counter() - start, errors)


# ----- bench-only baseline (NOT a parser of the package) -------------------------------------

_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_DOI = re.compile(r"10\.\d{4,9}/\S+[^\s.,;]")
_URL = re.compile(r"https?://\S+[^\s.,;]")
_PAGES = re.compile(r"(?<![\d.])(\d{1,5})\s*[-\u2013]\s*(\d{1,5})(?![\d.])")


def baseline_parse(text: str) -> dict[str, Any]:
    """BASELINE, for developing the harness only: regexes for year, DOI, URL and pages, and
    the text before the first full stop as one literal author. Never shipped in the package."""
    out: dict[str, Any] = {}
    if m := _YEAR.search(text):
        out["issued"] = {"date-parts": [[int(m.group(1))]]}
    if m := _DOI.search(text):
        out["DOI"] = m.group(0)
    if m := _URL.search(text):
        out["URL"] = m.group(0)
    if m := _PAGES.search(text):
        out["page"] = f"{m.group(1)}-{m.group(2)}"
    head = re.split(r"[.\u3002]\s*", text, maxsplit=2)
    if len(head) > 1 and head[0].strip():
        out["author"] = [{"literal": head[0].strip()}]
        out["title"] = head[1].strip()
    return out


def run_baseline(texts: list[str]) -> Run:
    start = time.perf_counter()
    preds = [baseline_parse(t) for t in texts]
    return Run(preds, time.perf_counter() - start)


# ----- refextract (peer, in its own venv) ----------------------------------------------------

_REFEXTRACT_KEYS = {
    "title": "title", "journal_title": "container-title", "journal_volume": "volume",
    "journal_page": "page", "doi": "DOI", "url": "URL", "isbn": "ISBN", "publisher": "publisher",
}  # fmt: skip


def refextract_to_csl(rec: dict[str, Any]) -> dict[str, Any]:
    """refextract's record -> CSL keys (author stays text; the year becomes ``issued``)."""
    out: dict[str, Any] = {csl: rec[key] for key, csl in _REFEXTRACT_KEYS.items() if rec.get(key)}
    if rec.get("author"):
        out["author"] = str(rec["author"])
    year = rec.get("journal_year") or rec.get("year")
    if year and str(year)[:4].isdigit():
        out["issued"] = {"date-parts": [[int(str(year)[:4])]]}
    if out.get("DOI"):
        out["DOI"] = str(out["DOI"]).removeprefix("doi:")
    return out


def ensure_refextract(log: Callable[[str], None]) -> Path | None:
    """The refextract venv's python, installing it with pip on first use; None if that fails."""
    python = REFEXTRACT_VENV / "bin" / "python"
    if python.is_file() and _imports(python):
        return python
    log("installing refextract into bench/.cache/refextract-venv (pip install refextract) ...")
    steps = [
        [sys.executable, "-m", "venv", str(REFEXTRACT_VENV)],
        [str(python), "-m", "pip", "install", "-q", "refextract"],
    ]
    for cmd in steps:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log(
                f"refextract unavailable: {' '.join(cmd[-2:])} failed: {done.stderr.strip()[-400:]}"
            )
            return None
    if not _imports(python):
        log("refextract unavailable: installed but `import refextract` fails")
        return None
    return python


def _imports(python: Path) -> bool:
    done = subprocess.run(
        [str(python), "-c", "import refextract"], capture_output=True, check=False
    )
    return done.returncode == 0


def run_refextract(python: Path, texts: list[str]) -> Run:
    done = subprocess.run(
        [str(python), str(HERE / "refextract_worker.py")],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"refextract worker failed: {done.stderr.strip()[-800:]}")
    data = json.loads(done.stdout)
    preds: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    for i, rec in enumerate(data["results"]):
        if "error" in rec:
            errors[i] = rec["error"]
            preds.append({})
        else:
            preds.append(refextract_to_csl(rec))
    return Run(preds, data["seconds"], errors)
