"""The main job: resolve, tag, render and check the links of a reference list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..links import LinkResult, check_links
from ..links.network import resolves
from ..model import Reference
from ..render.api import render_entries
from ..render.styles import find_style
from ..resolution import Resolution, resolve
from ..resolution.services import Endpoints
from ..topics import TopicTag, tag

__all__ = [
    "DEFAULT_STYLES",
    "FORMATS",
    "BuildOptions",
    "BuildResult",
    "StageProgress",
    "run_build",
    "with_ids",
]

DEFAULT_STYLES = ("china-national-standard-gb-t-7714-2015-numeric", "apa")
FORMATS = ("text", "html", "markdown")
STAGES = ("resolve", "tag", "render", "links")


class StageProgress(Protocol):
    """Receives progress, one stage at a time (the CLI draws bars or prints lines)."""

    def start(self, stage: str, total: int) -> None:
        """A stage begins with ``total`` steps."""

    def advance(self, stage: str, steps: int = 1) -> None:
        """``steps`` more steps of ``stage`` are done."""

    def finish(self, stage: str, summary: str) -> None:
        """The stage ended; ``summary`` says what it did."""


class _Silent:
    def start(self, stage: str, total: int) -> None:
        pass

    def advance(self, stage: str, steps: int = 1) -> None:
        pass

    def finish(self, stage: str, summary: str) -> None:
        pass


@dataclass(frozen=True)
class BuildOptions:
    """What to build and how.

    Attributes:
        styles: CSL style ids (or aliases / paths) to render bibliographies in.
        offline: do not use the network (resolution answers from the cache only; links are
            reported ``offline``). The build also goes offline by itself when no
            well-known host resolves.
        links: check every URL and DOI.
        resolve_options: keyword arguments for :func:`poolrefs.resolve` (mailto, base URLs...).
        link_options: keyword arguments for :func:`poolrefs.check_links`.
    """

    styles: tuple[str, ...] = DEFAULT_STYLES
    offline: bool = False
    links: bool = True
    resolve_options: dict[str, Any] = field(default_factory=dict)
    link_options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildResult:
    """Everything a build computed, in input order (``references[i]`` is the i-th input).

    Attributes:
        references: the references with ids, enriched where a registry match was found.
        resolutions: one per reference; ``None`` entries were skipped (offline, not cached).
        tags: topic tags per reference.
        links: per reference, the check results of its URL and DOI.
        bibliographies: style -> format -> ``(reference index, entry)`` in bibliography order.
        offline: whether the network was unavailable or not used.
        notes: what could not be done, in words a person reads.
    """

    references: list[Reference]
    resolutions: list[Resolution | None]
    tags: list[list[TopicTag]]
    links: list[list[LinkResult]]
    bibliographies: dict[str, dict[str, list[tuple[int, str]]]]
    offline: bool
    notes: list[str]


def with_ids(refs: Sequence[Reference]) -> list[Reference]:
    """The references with unique ids: kept when present, ``ref01``... when missing."""
    width = max(2, len(str(len(refs))))
    seen: set[str] = set()
    out = []
    for index, ref in enumerate(refs, start=1):
        base = str(ref.id) if ref.id not in (None, "") else f"ref{index:0{width}d}"
        key, n = base, 1
        while key in seen:
            n += 1
            key = f"{base}-{n}"
        seen.add(key)
        out.append(ref if key == ref.id else ref.model_copy(update={"id": key}))
    return out


def run_build(
    refs: Sequence[Reference],
    options: BuildOptions | None = None,
    progress: StageProgress | None = None,
) -> BuildResult:
    """Resolve, tag, render and link-check ``refs``; nothing is written here.

    One failing reference never stops the others (resolution and link failures are data);
    an unknown style raises :class:`~poolrefs.UnknownNameError` before any network work.
    """
    options = options or BuildOptions()
    for style in options.styles:
        find_style(style)  # an unknown style fails now, before any network work
    bar = progress or _Silent()
    refs = with_ids(refs)
    notes: list[str] = []
    offline = options.offline or not _registry_reachable(options.resolve_options)
    if offline and not options.offline:
        notes.append("No network: resolution used cached answers only.")
    resolutions = _resolve(refs, options, offline, bar, notes)
    enriched = [
        r.reference if r is not None and r.status == "matched" else ref
        for ref, r in zip(refs, resolutions, strict=True)
    ]
    bar.start("tag", len(enriched))
    tags = []
    for ref in enriched:
        tags.append(tag(ref))
        bar.advance("tag")
    bar.finish("tag", f"{sum(1 for t in tags if t)} of {len(tags)} references tagged")
    bibliographies = _render(enriched, options.styles, bar)
    links = _links(enriched, options, bar, notes)
    return BuildResult(enriched, resolutions, tags, links, bibliographies, offline, notes)


def _registry_reachable(resolve_options: dict[str, Any]) -> bool:
    """Whether Crossref's host (as configured) resolves; bounded, no request sent."""
    host = Endpoints.from_options(resolve_options).hostname("crossref_url")
    return bool(host) and resolves(host, 3.0)


def _resolve(
    refs: list[Reference],
    options: BuildOptions,
    offline: bool,
    bar: StageProgress,
    notes: list[str],
) -> list[Resolution | None]:
    bar.start("resolve", len(refs))
    results = resolve(
        refs,
        **{"offline": offline, **options.resolve_options, "enrich": True},
        progress=lambda _: bar.advance("resolve"),
    )
    kept: list[Resolution | None] = [
        None if offline and r.status == "error" else r for r in results
    ]
    skipped = sum(1 for r in kept if r is None)
    matched = sum(1 for r in kept if r is not None and r.status == "matched")
    if skipped:
        notes.append(f"Resolution skipped for {skipped} reference(s): offline and not in the cache.")
    bar.finish("resolve", f"{matched} matched, {skipped} skipped, {len(refs)} references")
    return kept


def _render(
    refs: list[Reference], styles: tuple[str, ...], bar: StageProgress
) -> dict[str, dict[str, list[tuple[int, str]]]]:
    bar.start("render", len(styles) * len(FORMATS))
    out: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for style in styles:
        out[style] = {}
        for fmt in FORMATS:
            out[style][fmt] = render_entries(refs, style, fmt)
            bar.advance("render")
    bar.finish("render", f"{len(styles)} style(s) x {len(FORMATS)} formats")
    return out


def link_targets(ref: Reference) -> list[str]:
    """The links of a reference that are checked: its URL and its DOI."""
    return [t for t in (ref.url, ref.doi) if t]


def _links(
    refs: list[Reference],
    options: BuildOptions,
    bar: StageProgress,
    notes: list[str],
) -> list[list[LinkResult]]:
    targets = [link_targets(ref) for ref in refs]
    flat = [t for ts in targets for t in ts]
    if not options.links:
        notes.append("Links were not checked (--no-links).")
        return [[] for _ in refs]
    bar.start("links", len(flat))
    if options.offline:
        results = [LinkResult(url=t, status="offline", message="not checked: --offline") for t in flat]
        bar.advance("links", len(flat))
    else:  # check_links tells by itself when there is no network (links come out offline)
        results = check_links(flat, **options.link_options, progress=lambda _: bar.advance("links"))
    if any(r.status == "offline" for r in results) and not options.offline:
        notes.append("No network: links were not checked (reported offline, not broken).")
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    bar.finish("links", ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no links")
    grouped, start = [], 0
    for ts in targets:
        grouped.append(results[start : start + len(ts)])
        start += len(ts)
    return grouped
