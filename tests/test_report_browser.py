"""The build's report page in a real headless Chromium (Debian's package), no network.

Skipped when Chromium or Playwright is missing, unless POOLREFS_REQUIRE_BROWSER=1 (set by
.ci/run, which installs Chromium), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from poolrefs import read_csl_json
from poolrefs.build import BuildOptions, output_files, run_build

from .conftest import SEED_CSL

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("POOLREFS_REQUIRE_BROWSER") == "1"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("chromium is not installed (POOLREFS_REQUIRE_BROWSER=1)")
        pytest.skip("chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            raise
        pytest.skip("playwright is not installed")
    refs = read_csl_json(SEED_CSL.read_text(encoding="utf-8"))
    html = output_files(run_build(refs, BuildOptions(offline=True)), title="Seed")["report.html"]
    path: Path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.problems = []
        tab.on("console", lambda m: m.type in ("error", "warning") and tab.problems.append(m.text))
        tab.on("pageerror", lambda e: tab.problems.append(str(e)))
        tab.on("request", lambda r: r.url.startswith("file:") or tab.problems.append(r.url))
        tab.goto(path.as_uri())
        yield tab
        browser.close()


@pytest.mark.allow_hosts(["127.0.0.0/8", "::1"])
def test_page_loads_cleanly_with_all_entries_and_chart(page: Any) -> None:
    assert page.problems == []  # no console errors, no request leaving the file
    assert page.locator("li.entry[data-ref]").count() == 20
    assert page.locator("li.entry:visible").count() == 20
    assert page.locator("svg.chart rect").count() > 0
    assert page.locator("#shown").inner_text() == "20 of 20 entries shown"


@pytest.mark.allow_hosts(["127.0.0.0/8", "::1"])
def test_topic_filter_hides_other_entries(page: Any) -> None:
    page.click('[data-filter-topic="rent-sharing"]')
    visible = page.locator("li.entry:visible")
    assert 0 < visible.count() < 20
    for i in range(visible.count()):
        assert "rent-sharing" in visible.nth(i).get_attribute("data-topics").split()
    page.click('[data-filter-topic=""]')
    assert page.locator("li.entry:visible").count() == 20
    assert page.problems == []
