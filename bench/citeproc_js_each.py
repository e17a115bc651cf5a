"""Each CSL item rendered alone by citeproc-js, fast: one engine, one node process per style.

The parser bench needs every held-out record as its own one-entry bibliography, for nine
styles. The general bridge (``bench/citeproc_js.py``) starts a new engine per job, which is
slow for 1,600 one-item jobs; ``citeproc_js/render_each.mjs`` keeps one engine per style and
calls ``updateItems([id])`` per item. The npm package, style XML (dependent styles resolved to
their parent) and locales are the general bridge's, so both read the same files. Renderings
are cached on disk by a hash of (citeproc-js version, style XML, language, items).

    >>> from citeproc_js_each import render  # doctest: +SKIP
    >>> render([{"id": "a", "type": "book", "title": "T"}], "apa")  # doctest: +SKIP
    ['T. (n.d.).']
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

from citeproc_js import ensure_installed, locales_dir, pinned_version, style_xml

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
SCRIPT = HERE / "citeproc_js" / "render_each.mjs"


class CiteprocJsError(RuntimeError):
    """citeproc-js could not be run."""


def render(
    items: list[dict[str, Any]],
    style: str,
    *,
    lang: str | None = None,
    fmt: str = "text",
    cache: bool = True,
) -> list[str | None]:
    """Each item rendered alone as a bibliography entry (``None`` where citeproc-js failed)."""
    xml = style_xml(style)
    key = hashlib.sha256(
        json.dumps([pinned_version(), xml, lang, fmt, items], sort_keys=True).encode()
    ).hexdigest()[:24]
    cached = CACHE / "renderings" / f"{key}.json"
    if cache and cached.is_file():
        out: list[str | None] = json.loads(cached.read_text(encoding="utf-8"))
        return out
    job = {
        "modules": str(ensure_installed().parent),
        "style": xml,
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
