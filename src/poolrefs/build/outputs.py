"""The files of a build, as text: file name -> content (the CLI writes them)."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from ..bibtex import write_bibtex
from ..csl_json import write_csl_json
from ..errors import PoolrefsError
from ..render.styles import find_style
from ..report import render_report
from .pipeline import BuildResult
from .report_data import report_data

__all__ = ["output_files", "style_file_stem"]

_EXTENSIONS = {"text": "txt", "html": "html", "markdown": "md"}


def style_file_stem(style: str) -> str:
    """A file-name-safe name for a style (its id; the file name for a path)."""
    try:
        name = find_style(style).id
    except PoolrefsError:  # an unresolvable name still gets a usable stem
        name = style
    name = name.rsplit("/", 1)[-1].removesuffix(".csl")
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name) or "style"


def output_files(result: BuildResult, *, title: str) -> dict[str, str]:
    """Every output file of a build, in a stable order, with deterministic content."""
    files = {
        "references.json": write_csl_json(result.references),
        "references.bib": write_bibtex(result.references),
    }
    for style, formats in result.bibliographies.items():
        stem = style_file_stem(style)
        for fmt, entries in formats.items():
            files[f"bibliography.{stem}.{_EXTENSIONS[fmt]}"] = _bibliography(entries, fmt, stem)
    files["topics.csv"] = _topics_csv(result)
    files["resolution.json"] = _json(_resolution_rows(result))
    files["links.json"] = _json(_link_rows(result))
    files["report.html"] = render_report(report_data(result, title=title))
    return files


def _bibliography(entries: list[tuple[int, str]], fmt: str, stem: str) -> str:
    texts = [text for _, text in entries]
    if fmt == "html":
        items = "\n".join(f"  <li>{t}</li>" for t in texts)
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>Bibliography ({stem})</title></head>\n<body>\n<ol>\n{items}\n</ol>\n"
            "</body></html>\n"
        )
    separator = "\n\n" if fmt == "markdown" else "\n"
    return separator.join(texts) + "\n"


def _topics_csv(result: BuildResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "topics", "scores", "evidence"])
    for ref, tags in zip(result.references, result.tags, strict=True):
        writer.writerow(
            [
                ref.id,
                ";".join(t.topic for t in tags),
                ";".join(f"{t.score:.3f}" for t in tags),
                ";".join(" | ".join(t.evidence) for t in tags),
            ]
        )
    return out.getvalue()


def _resolution_rows(result: BuildResult) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for ref, res in zip(result.references, result.resolutions, strict=True):
        if res is None:
            rows.append(
                {"id": ref.id, "status": "skipped", "doi": ref.doi, "confidence": None,
                 "source": None, "message": "offline: not in the cache", "discrepancies": []}
            )  # fmt: skip
            continue
        rows.append(
            {
                "id": ref.id,
                "status": res.status,
                "doi": res.doi,
                "confidence": round(res.confidence, 3),
                "source": res.source,
                "message": res.message,
                "discrepancies": [d.model_dump() for d in res.discrepancies],
            }
        )
    return rows


def _link_rows(result: BuildResult) -> list[dict[str, Any]]:
    return [
        {"id": ref.id, **link.to_dict()}
        for ref, links in zip(result.references, result.links, strict=True)
        for link in links
    ]


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
