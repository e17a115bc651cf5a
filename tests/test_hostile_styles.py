"""Malicious CSL style files are refused (or rendered inertly), never obeyed.

External entities must not read local files or reach the network, entity expansion must not
blow up (billion laughs, quadratic blow-up), and absurd nesting must not exhaust the stack.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from poolrefs import PoolrefsError, Reference, render_bibliography
from tests.test_hostile_inputs import time_limit

SECRET = "TOP-SECRET-7f3a"
BODY = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Evil &X;</title><id>evil</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title"/><text value=" [&X;]"/></layout></bibliography>
</style>
"""
HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
REF = Reference(id="a", type="book", title="Patent pools")


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request (none must arrive)."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            body = f'<!ENTITY X "{SECRET}">'.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def render_style(path: Path) -> list[str] | None:
    """Render with the style; ``None`` when it was refused with a PoolrefsError."""
    with time_limit(10):
        try:
            return render_bibliography([REF], style=str(path), format="text")
        except PoolrefsError as exc:
            assert SECRET not in str(exc)
            return None


def write_style(tmp_path: Path, doctype: str, body: str = BODY) -> Path:
    path = tmp_path / "evil.csl"
    path.write_text(HEAD + doctype + "\n" + body, encoding="utf-8")
    return path


def test_control_a_harmless_style_renders(tmp_path: Path) -> None:
    path = write_style(tmp_path, '<!DOCTYPE style [<!ENTITY X "fine">]>')
    out = render_style(path)
    assert out is None or out[0].startswith("Patent pools")
    plain = write_style(tmp_path, "", BODY.replace("&X;", "ok"))
    assert render_style(plain) == ["Patent pools [ok]"]


def test_external_file_entity_is_not_read(tmp_path: Path, secret_file: Path) -> None:
    path = write_style(tmp_path, f'<!DOCTYPE style [<!ENTITY X SYSTEM "file://{secret_file}">]>')
    out = render_style(path)
    assert SECRET not in "".join(out or [])


def test_external_network_entity_and_dtd_are_not_fetched(
    tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    url, hits = listener
    doctypes = [
        f'<!DOCTYPE style [<!ENTITY X SYSTEM "{url}/entity">]>',
        f'<!DOCTYPE style SYSTEM "{url}/dtd">',
        f'<!DOCTYPE style [<!ENTITY % p SYSTEM "{url}/param"> %p;]>',
    ]
    for doctype in doctypes:
        out = render_style(write_style(tmp_path, doctype))
        assert SECRET not in "".join(out or [])
    assert hits == []


def test_billion_laughs_is_not_expanded(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    out = render_style(write_style(tmp_path, f'<!DOCTYPE style [{entities}<!ENTITY X "&l9;">]>'))
    assert len("".join(out or [])) < 10_000


def test_quadratic_blowup_is_not_expanded(tmp_path: Path) -> None:
    doctype = f'<!DOCTYPE style [<!ENTITY X "{"a" * 50_000}">]>'
    body = BODY.replace("[&X;]", "[" + "&X;" * 5_000 + "]")
    out = render_style(write_style(tmp_path, doctype, body))
    assert len("".join(out or [])) < 10_000


@pytest.mark.parametrize(
    "content",
    [
        "not xml at all",
        "",
        HEAD + "<style" + "<a>" * 100_000,
        HEAD + "<a>" * 100_000 + "</a>" * 100_000,
        HEAD + '<style xmlns="http://purl.org/net/xbiblio/csl"><citation><layout>'
        + '<group>' * 5_000 + "</group>" * 5_000 + "</layout></citation></style>",
        "\x00\x01\x02" * 1000,
    ],
    ids=["text", "empty", "unclosed", "deep-elements", "deep-csl-groups", "binary"],
)
def test_garbage_style_files_are_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.csl"
    path.write_text(content, encoding="utf-8")
    assert render_style(path) is None
