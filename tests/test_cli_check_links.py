from __future__ import annotations

import json
import shutil
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from poolrefs.cli import main
from poolrefs.cli.check_links import collect_links

from .netservers import CountingServer, reply

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
_real_getaddrinfo = socket.getaddrinfo


@pytest.fixture(autouse=True)
def no_external_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(host, str) or host == "localhost" or host.replace(".", "").isdigit():
            return _real_getaddrinfo(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def route(h: Any) -> None:
    path = h.path
    if path.startswith("/api/handles/10.5555/good"):
        address, port = h.server.server_address[:2]
        base = f"http://{address}:{port}"
        body = {"responseCode": 1, "values": [{"type": "URL", "data": {"value": base + "/ok"}}]}
        reply(h, 200, json.dumps(body).encode(), {"Content-Type": "application/json"})
    elif path.startswith("/api/handles/"):
        reply(h, 404, b'{"responseCode": 100}', {"Content-Type": "application/json"})
    elif path == "/ok":
        reply(h, 200, b"fine")
    elif path == "/forbidden":
        reply(h, 403)
    else:
        reply(h, 404)


@pytest.fixture
def server() -> Any:
    with CountingServer(route) as s:
        yield s


def test_plain_link_list_json_report_and_exit_code(tmp_path: Path, server: Any,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "links.txt"
    listing.write_text(f"{server.url}/ok\n\n{server.url}/missing\n10.5555/good\n", encoding="utf-8")
    code = main(["check-links", str(listing), "--json", "--doi-url", server.url, "--no-cache"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 1
    assert [r["status"] for r in report["results"]] == ["ok", "broken", "ok"]
    assert report["summary"]["broken"] == 1 and report["total"] == 3
    assert report["results"][2]["landing"]["status"] == "ok"
    assert "[3/3]" in err  # plain progress lines when not on a terminal


def test_csl_json_markdown_exclude_and_fail_on(tmp_path: Path, server: Any,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    items = [
        {"id": "a", "type": "article-journal", "title": "A", "URL": f"{server.url}/ok"},
        {"id": "b", "type": "article-journal", "title": "B", "DOI": "10.5555/good",
         "note": f"see also {server.url}/forbidden."},
        {"id": "c", "type": "webpage", "title": "C", "URL": f"{server.url}/skip-me"},
    ]
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    links, problems = collect_links(str(path))
    assert links == [f"{server.url}/ok", "10.5555/good", f"{server.url}/forbidden",
                     f"{server.url}/skip-me"] and problems == []
    report = tmp_path / "report.md"
    code = main(["check-links", str(path), "--markdown", "-o", str(report), "--exclude", "skip-me",
                 "--doi-url", server.url, "--no-cache"])
    text = report.read_text(encoding="utf-8")
    assert code == 0  # blocked is not broken
    assert "| blocked | 1 |" in text and "| ok | 2 |" in text
    assert "1 link(s) excluded" in text and "skip-me" not in text.split("excluded")[1]
    assert main(["check-links", str(path), "--fail-on", "broken,blocked", "--exclude", "skip",
                 "--doi-url", server.url, "--no-cache"]) == 1
    assert main(["check-links", str(path), "--fail-on", "dead"]) == 2
    capsys.readouterr()


def test_seed_list_offline_reports_offline_once_and_fast(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    seed = tmp_path / SEED.name
    shutil.copy(SEED, seed)
    started = time.monotonic()
    code = main(["check-links", str(seed), "--timeout", "2"])
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 0 and took < 5
    assert "offline" in out and "broken" not in out
    assert err.count("no network") == 1


def test_text_reference_list(tmp_path: Path, server: Any) -> None:
    pytest.importorskip("poolrefs.parse")
    path = tmp_path / "refs.txt"
    path.write_text(
        "[1] Kato A. Patent pool enhances market competition. Int Rev Law Econ, 2004, 24(2): "
        f"255-268. {server.url}/ok\n"
        "[2] Lerner J, Tirole J. Efficient patent pools. Am Econ Rev, 2004, 94(3): 691-711. "
        "DOI: 10.5555/good.\n",
        encoding="utf-8",
    )
    links, _ = collect_links(str(path))
    assert f"{server.url}/ok" in links and any("10.5555/good" in link for link in links)


def test_bibtex_file(tmp_path: Path, server: Any) -> None:
    pytest.importorskip("poolrefs.bibtex")
    path = tmp_path / "refs.bib"
    entry = "@article{a, title={A}, url={URL/ok}, doi={10.5555/good}}\n"
    path.write_text(entry.replace("URL", server.url), encoding="utf-8")
    links, _ = collect_links(str(path))
    assert links == [f"{server.url}/ok", "10.5555/good"]
