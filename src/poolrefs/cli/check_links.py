"""``poolrefs check-links FILE``: check every URL and DOI of a reference file or link list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..links import (
    STATUSES,
    LinkResult,
    check_links,
    exclude_urls,
    is_link_line,
    links_in_references,
)
from .inputs import FORMATS, detect_format, load_references, read_text
from .link_report import summary, to_json, to_markdown, to_text
from .progress import item_progress

__all__ = ["collect_links", "register"]


def register(sub: Any) -> None:
    """Add the ``check-links`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "check-links",
        help="check every URL and DOI in a reference file or a list of links",
        description=(
            "Check every URL and DOI in FILE: a reference list (text), BibTeX, CSL-JSON, or "
            "a plain list of URLs/DOIs (one per line). Exit status 1 when a link is broken "
            "(see --fail-on)."
        ),
    )
    p.add_argument("input", metavar="FILE", help="input file (- for stdin)")
    p.add_argument("--from", dest="from_format", choices=(*FORMATS, "links"),
                   help="input format (default: detected)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="write a JSON report")
    out.add_argument("--markdown", action="store_true", help="write a Markdown report")
    p.add_argument("-o", "--output", help="write the report to this file (default: stdout)")
    p.add_argument("--exclude", action="append", default=[], metavar="REGEX",
                   help="skip links matching this regular expression (repeatable)")
    p.add_argument("--fail-on", default="broken", metavar="STATUSES",
                   help="comma-separated statuses that make the exit status 1 (default: broken)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per request (default 10)")
    p.add_argument("--retries", type=int, default=2, help="retries on 5xx/429/timeouts (default 2)")
    p.add_argument("--concurrency", type=int, default=32, help="requests in flight (default 32)")
    p.add_argument("--per-host", type=int, default=4, help="requests in flight per host (default 4)")
    p.add_argument("--no-cache", action="store_true", help="ignore and do not update the result cache")
    p.add_argument("--doi-url", help="doi.org base URL (default: POOLREFS_DOI_URL or https://doi.org)")
    p.add_argument("--mailto", help="contact address for the User-Agent (default: POOLREFS_MAILTO)")
    p.set_defaults(func=run)


def collect_links(path: str, declared: str | None = None) -> tuple[list[str], list[str]]:
    """The links in a file, and messages about entries that could not be read."""
    if declared == "links" or (declared is None and _is_link_list(path)):
        return [line.strip() for line in read_text(path).splitlines() if line.strip()], []
    refs, failures = load_references(path, declared)
    return links_in_references(refs), [str(f) for f in failures]


def _is_link_list(path: str) -> bool:
    if detect_format(path) != "text":
        return False
    lines = [line for line in read_text(path).splitlines() if line.strip()]
    return bool(lines) and all(is_link_line(line) for line in lines)


def run(args: argparse.Namespace) -> int:
    """Check the links and report; exit 1 when a link has a --fail-on status."""
    fail_on = {s.strip() for s in args.fail_on.split(",") if s.strip()}
    unknown = fail_on - set(STATUSES)
    if unknown:
        print(f"poolrefs: error: unknown status in --fail-on: {', '.join(sorted(unknown))} "
              f"(known: {', '.join(STATUSES)})", file=sys.stderr)
        return 2
    links, problems = collect_links(args.input, args.from_format)
    for problem in problems:
        print(f"poolrefs: skipped {problem}", file=sys.stderr)
    try:
        links, excluded = exclude_urls(links, args.exclude)
    except ValueError as exc:
        print(f"poolrefs: error: {exc}", file=sys.stderr)
        return 2
    results = _check(links, args)
    source = "<stdin>" if args.input == "-" else args.input
    _write_report(results, args, source, excluded)
    offline = sum(r.status == "offline" for r in results)
    if offline:
        print(f"poolrefs: {_offline_note(results)}; {offline} link(s) marked offline, "
              "not broken", file=sys.stderr)
    return 1 if any(r.status in fail_on for r in results) else 0


def _offline_note(results: list[LinkResult]) -> str:
    first = next(r for r in results if r.status == "offline")
    return first.message.removeprefix("handle API: ")


def _check(links: list[str], args: argparse.Namespace) -> list[LinkResult]:
    options: dict[str, Any] = {
        "timeout": args.timeout, "retries": args.retries, "concurrency": args.concurrency,
        "per_host": args.per_host, "cache": not args.no_cache, "doi_url": args.doi_url,
        "mailto": args.mailto,
    }
    if not links:
        return []
    with item_progress(
        "checking links", len(set(links)), describe=lambda r: f"{r.status} {r.url}"
    ) as advance:
        return check_links(links, progress=advance, **options)


def _write_report(results: list[LinkResult], args: argparse.Namespace, source: str,
                  excluded: list[str]) -> None:
    if args.json:
        text = to_json(results, source=source, excluded=excluded)
    elif args.markdown:
        text = to_markdown(results, source=source, excluded=excluded)
    elif not args.output and sys.stdout.isatty():
        _rich_table(results, excluded)
        return
    else:
        text = to_text(results)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


_COLOURS = {"ok": "green", "redirected": "cyan", "broken": "bold red", "blocked": "yellow",
            "rate-limited": "yellow", "server-error": "red", "timeout": "magenta",
            "invalid": "red", "offline": "dim"}


def _rich_table(results: list[LinkResult], excluded: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Links", show_lines=False)
    for name in ("status", "HTTP", "link", "details"):
        table.add_column(name, overflow="fold")
    for r in results:
        details = r.message
        if r.landing is not None:
            details += f"\nlanding: {r.landing.status} {r.landing.url}"
        colour = _COLOURS[r.status]
        table.add_row(f"[{colour}]{r.status}[/]", str(r.http_status or ""), r.url, details)
    totals = Table(title="Summary")
    totals.add_column("status")
    totals.add_column("count", justify="right")
    for status, count in summary(results).items():
        if count:
            totals.add_row(f"[{_COLOURS[status]}]{status}[/]", str(count))
    if excluded:
        totals.add_row("excluded", str(len(excluded)))
    console = Console()
    console.print(table)
    console.print(totals)
