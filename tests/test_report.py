from __future__ import annotations

import re

from poolrefs.report import (
    Discrepancy,
    LinkBadge,
    ReportData,
    ReportEntry,
    TopicBadge,
    render_report,
)
from poolrefs.report.chart import works_per_year_chart

HOSTILE = '<script>alert("x")</script>'


def _data() -> ReportData:
    entries = (
        ReportEntry("a", "Entry &lt;A&gt;", 2010, (TopicBadge("pool-formation", 0.9, ("pool formation",)),)),
        ReportEntry(
            "b",
            "Entry B",
            2012,
            (TopicBadge("rent-sharing", 0.7, (HOSTILE,)),),
            doi="10.1000/b",
            resolution="matched",
            confidence=0.97,
            links=(LinkBadge("https://x.org/" + HOSTILE, "broken", HOSTILE),),
            discrepancies=(Discrepancy("container-title", HOSTILE, "Real Journal"),),
        ),
        ReportEntry("c" + HOSTILE, "Entry C", None),
    )
    labels = {"pool-formation": "Pool formation", "rent-sharing": "Rent sharing"}
    return ReportData("Title " + HOSTILE, "apa", entries, labels, ("note " + HOSTILE,))


def test_report_escapes_everything_but_rendered_entries() -> None:
    page = render_report(_data())
    assert "<script>alert" not in page
    assert page.count("<script>") == 1  # the page's own filter script
    assert "&lt;script&gt;" in page


def test_report_structure() -> None:
    page = render_report(_data())
    assert len(re.findall(r'<li class="entry" data-ref=', page)) == 3
    assert 'data-topics="rent-sharing"' in page
    assert 'data-filter-topic="pool-formation"' in page
    assert "<svg" in page and "registry match 0.97" in page
    assert "1 work(s) without a year not shown." in page
    assert "http" not in page.split("<body>")[0].replace("http://www.w3.org", "")  # nothing fetched


def test_report_is_deterministic() -> None:
    assert render_report(_data()) == render_report(_data())


def test_chart_stacks_topics_per_year() -> None:
    svg = works_per_year_chart(_data().entries, ["pool-formation", "rent-sharing"], {})
    assert svg.count('data-topic="pool-formation"') == 1
    assert svg.count('data-topic="rent-sharing"') == 1
    assert ">2011<" in svg  # empty years between first and last are kept on the axis
    assert works_per_year_chart((), [], {}).startswith("<p")
