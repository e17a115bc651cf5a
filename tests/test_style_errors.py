"""Every way a CSL style file can be bad gives a clear error naming the file, what and where.

Missing files are UnknownNameError (with close names); bad content is FormatError with
``file:line[:column]``; nothing is a raw traceback from lxml or citeproc-py, and the CLI shows
one line with exit code 1.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from poolrefs import (
    DateValue,
    FormatError,
    Name,
    PoolrefsError,
    Reference,
    UnknownNameError,
    render_bibliography,
    render_citations,
)
from poolrefs.cli import main
from poolrefs.render import engine, find_style, style_file
from poolrefs.render.style_check import check_style
from poolrefs.render.style_file import parse_style_file
from poolrefs.render.styles import _styles_root

CSL = "http://purl.org/net/xbiblio/csl"
REF = Reference(
    type="article-journal", title="Patent pools", authors=[Name(family="Kato", given="A.")],
    issued=DateValue(parts=[[2004]]), container_title="Research Policy",
)
TEXT_LAYOUT = '<layout><text variable="title"/></layout>'
Render = Callable[..., list[str]]
RENDERERS = pytest.mark.parametrize(
    "render", [render_bibliography, render_citations], ids=["bibliography", "citations"]
)


def style_xml(
    citation: str = TEXT_LAYOUT,
    bibliography: str | None = TEXT_LAYOUT,
    *,
    head: str = '<?xml version="1.0" encoding="utf-8"?>\n',
    attrs: str = 'class="in-text" version="1.0"',
    extra: str = "",
) -> str:
    """A small valid independent style, one element per line (so lines can be asserted)."""
    bib = f"<bibliography>\n{bibliography}\n</bibliography>\n" if bibliography is not None else ""
    return (
        f'{head}<style xmlns="{CSL}" {attrs}>\n'
        "<info><title>T</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>\n"
        f"{extra}<citation>\n{citation}\n</citation>\n{bib}</style>\n"
    )


def write(tmp_path: Path, content: str | bytes, name: str = "bad.csl") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def refusal(path: Path, render: Render = render_bibliography) -> PoolrefsError:
    """The error rendering with the style gives (it must be a PoolrefsError)."""
    with pytest.raises(PoolrefsError) as info:
        render([REF], style=str(path))
    return info.value


# ----- the file itself -------------------------------------------------------------------


def test_control_the_small_style_renders(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml())
    assert render_bibliography([REF], style=str(path)) == ["Patent pools"]
    assert render_citations([REF], style=str(path)) == ["Patent pools"]


@RENDERERS
def test_missing_file_says_not_found_and_suggests_close_files(tmp_path: Path, render: Render) -> None:
    write(tmp_path, style_xml(), "my-style.csl")
    error = refusal(tmp_path / "mystyle.csl", render)
    assert isinstance(error, UnknownNameError)
    assert str(error).startswith(f"style file {str(tmp_path / 'mystyle.csl')!r} not found")
    assert error.suggestions == [str(tmp_path / "my-style.csl")]


def test_missing_file_named_like_a_shipped_style_points_to_the_id(tmp_path: Path) -> None:
    error = refusal(tmp_path / "APA.csl")
    assert isinstance(error, UnknownNameError)
    assert "not found (for the shipped style, give its id 'apa')" in str(error)


def test_missing_path_without_csl_suffix_is_a_file_not_an_id(tmp_path: Path) -> None:
    error = refusal(tmp_path / "styles" / "mine")
    assert isinstance(error, UnknownNameError) and "not found" in str(error)
    assert "unknown style" not in str(error)


def test_directory_is_not_a_style_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csl"
    folder.mkdir()
    error = refusal(folder)
    assert isinstance(error, FormatError)
    assert str(error) == f"{folder}: is a directory, not a CSL style file"


def test_unreadable_file_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, style_xml())
    real = Path.open

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    error = refusal(path)
    assert isinstance(error, FormatError)
    assert str(error) == f"{path}: cannot read the style file: Permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_pipe_or_device_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csl"
    os.mkfifo(fifo)  # opening it would block until a writer comes
    error = refusal(fifo)
    assert isinstance(error, FormatError) and str(error) == f"{fifo}: not a regular file (a device or pipe?)"
    if Path("/dev/zero").exists():  # reading it would never end
        assert "not a regular file" in str(refusal(Path("/dev/zero")))


def test_huge_file_is_refused_after_reading_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(style_file, "MAX_STYLE_BYTES", 2**20)
    path = write(tmp_path, style_xml() + "<!--" + "x" * 2**20 + "-->")
    error = refusal(path)
    assert isinstance(error, FormatError) and str(error) == (
        f"{path}: larger than 1 MiB; CSL styles are a few hundred KB at most"
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml())
    path.chmod(0)
    try:
        assert "cannot read the style file: Permission denied" in str(refusal(path))
    finally:
        path.chmod(0o644)


def test_not_utf8_gives_line_column_and_byte(tmp_path: Path) -> None:
    data = style_xml().replace("<title>T</title>", "<title>Caf\u00e9</title>").encode("latin-1")
    error = refusal(write(tmp_path, data))
    assert isinstance(error, FormatError) and (error.line, error.column) == (3, 17)
    assert str(error).startswith(f"{tmp_path / 'bad.csl'}:3:17: not UTF-8: byte 0xE9 cannot be")


def test_other_declared_encodings_are_read(tmp_path: Path) -> None:
    latin = style_xml(head='<?xml version="1.0" encoding="ISO-8859-1"?>\n').replace(
        '<text variable="title"/>', '<text value="caf\u00e9"/>', 1
    )
    assert render_citations([REF], style=str(write(tmp_path, latin.encode("latin-1")))) == ["café"]
    utf16 = style_xml(head='<?xml version="1.0" encoding="UTF-16"?>\n').encode("utf-16")
    assert render_citations([REF], style=str(write(tmp_path, utf16, "u16.csl"))) == ["Patent pools"]


def test_unsupported_declared_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml(head='<?xml version="1.0" encoding="klingon"?>\n'))
    error = refusal(path)
    assert isinstance(error, FormatError) and error.line == 1
    assert "not well-formed XML: Unsupported encoding: klingon" in str(error)


def test_malformed_xml_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml().replace("</citation>", "</citaton>"))
    error = refusal(path)
    assert isinstance(error, FormatError) and (error.line, error.column) == (6, 11)
    assert str(error) == (
        f"{path}:6:11: not well-formed XML: Opening and ending tag mismatch: citation line 4 "
        "and citaton"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "the style file is empty"),
        ("  \n", "the style file is empty"),
        ("not xml at all", "not well-formed XML: Start tag expected, '<' not found"),
        ("\x00\x01\x02" * 10, "no XML element found (is this a CSL style file?)"),
        ("<a>" * 1000, "elements nested more than 256 deep"),
    ],
    ids=["empty", "blank", "text", "binary", "deep"],
)
def test_garbage_is_named_plainly(tmp_path: Path, content: str, reason: str) -> None:
    error = refusal(write(tmp_path, content))
    assert isinstance(error, FormatError) and reason in str(error)
    assert "XML_PARSE_HUGE" not in str(error)


def test_undeclared_entity_explains_what_csl_allows(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml().replace("<title>T</title>", "<title>&nbsp;T</title>"))
    error = refusal(path)
    assert isinstance(error, FormatError) and error.line == 3
    assert "not well-formed XML: Entity 'nbsp' not defined; CSL styles may use only" in str(error)
    assert "&#160;" in str(error)


@pytest.mark.parametrize(
    ("doctype", "line"),
    [
        ('<!DOCTYPE style [<!ENTITY t "fine">]>', 2),
        ('<!DOCTYPE style [<!ENTITY t SYSTEM "file:///etc/passwd">]>', 2),
        ('<!DOCTYPE style SYSTEM "http://127.0.0.1:9/csl.dtd">', 2),
        ('<!-- a comment -->\n<?pi x?>\n  <!DOCTYPE style [<!ENTITY % p "x">]>', 4),
        ("<!DOCTYPE style>", 2),
    ],
    ids=["internal-entity", "file-entity", "external-dtd", "after-comment-and-pi", "bare"],
)
@RENDERERS
def test_doctype_is_refused_for_safety(tmp_path: Path, doctype: str, line: int, render: Render) -> None:
    head = f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n'
    path = write(tmp_path, style_xml(head=head).replace("<title>T", "<title>&t;T"))
    error = refusal(path, render)
    assert isinstance(error, FormatError) and error.line == line
    assert f"{path}:{line}:" in str(error)
    assert "<!DOCTYPE> declaration, refused for safety" in str(error)
    assert "unknown" not in str(error) and "root:" not in str(error)


def test_doctype_in_utf16_is_refused_too(tmp_path: Path) -> None:
    head = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE style [<!ENTITY t "x">]>\n'
    error = refusal(write(tmp_path, style_xml(head=head).encode("utf-16")))
    assert isinstance(error, FormatError) and "refused for safety" in str(error)


# ----- XML that is not a usable CSL style ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<html><body/></html>", 'not a CSL style: the root element is <html>, not <style xmlns="'),
        ('<svg xmlns="http://www.w3.org/2000/svg"/>',
         "the root element is <svg> in namespace 'http://www.w3.org/2000/svg'"),
        ('<style version="1.0"><citation/></style>', "not a CSL style: <style> has no namespace"),
        ('<style xmlns="http://example.org/csl" version="1.0"/>',
         "<style> has namespace 'http://example.org/csl'; CSL needs xmlns="),
        (f'<locale xmlns="{CSL}" version="1.0" xml:lang="en-US"/>', "a CSL locale file, not a style"),
    ],
    ids=["html", "svg", "no-namespace", "other-namespace", "locale"],
)
def test_xml_that_is_not_a_csl_style(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path, content)
    error = refusal(path)
    assert isinstance(error, FormatError) and str(error).startswith(f"{path}:1: ")
    assert reason in str(error)
    with pytest.raises(FormatError):  # find_style itself refuses (build fails before any work)
        find_style(str(path))


@pytest.mark.parametrize(
    ("attrs", "reason"),
    [
        ('class="in-text"', '<style> has no version attribute: CSL 1.0 styles declare version="1.0"'),
        ('class="in-text" version="0.8"', "unsupported CSL version '0.8'"),
        ('class="in-text" version="1.1mlz1"', "unsupported CSL version '1.1mlz1'"),
    ],
    ids=["none", "0.8", "csl-m"],
)
def test_unsupported_versions(tmp_path: Path, attrs: str, reason: str) -> None:
    error = refusal(write(tmp_path, style_xml(attrs=attrs)))
    assert isinstance(error, FormatError) and error.line == 2 and reason in str(error)


def test_csl_101_and_102_versions_are_accepted(tmp_path: Path) -> None:
    for version in ("1.0", "1.0.1", "1.0.2"):
        path = write(tmp_path, style_xml(attrs=f'class="in-text" version="{version}"'), f"{version}.csl")
        assert render_citations([REF], style=str(path)) == ["Patent pools"]


def test_neither_independent_nor_dependent(tmp_path: Path) -> None:
    content = re.sub(r"<citation>.*?</citation>\n", "", style_xml(), flags=re.S)
    error = refusal(write(tmp_path, content))
    assert isinstance(error, FormatError) and error.line == 2
    assert "neither an independent CSL style (it has no <citation>) nor a dependent" in str(error)


@pytest.mark.parametrize(
    ("citation", "bibliography", "line", "reason"),
    [
        ("", TEXT_LAYOUT, 4, "<citation> has no <layout>: nothing to render"),
        (TEXT_LAYOUT, "", 7, "<bibliography> has no <layout>: nothing to render"),
        ('<layout><text macro="missing"/></layout>', None, 5,
         "<text> calls macro 'missing', which the style does not define"),
        (TEXT_LAYOUT, '<sort><key macro="missing"/></sort>' + TEXT_LAYOUT, 8,
         "<key> calls macro 'missing', which the style does not define"),
        (TEXT_LAYOUT, "<sort><key/></sort>" + TEXT_LAYOUT, 8,
         "sort <key> has neither a variable nor a macro to sort by"),
        ("<layout><text/></layout>", None, 5, "<text> has none of variable, macro, term or value"),
        ("<layout><names/></layout>", None, 5, "<names> has no variable attribute"),
        ("<layout><date/></layout>", None, 5, "<date> has no variable attribute"),
        ('<layout><date variable="issued" form="long"/></layout>', None, 5,
         "<date> has form='long'; CSL allows 'text' or 'numeric'"),
    ],
    ids=["citation-layout", "bibliography-layout", "undefined-macro", "undefined-sort-macro",
         "empty-sort-key", "empty-text", "names-variable", "date-variable", "date-form"],
)
@RENDERERS
def test_style_lacking_what_rendering_needs(
    tmp_path: Path, citation: str, bibliography: str | None, line: int, reason: str, render: Render
) -> None:
    path = write(tmp_path, style_xml(citation, bibliography))
    error = refusal(path, render)
    assert isinstance(error, FormatError) and error.line == line
    assert str(error) == f"{path}:{line}: {reason}"


@pytest.mark.parametrize(
    ("calls", "macros", "reason"),
    [
        ("title", "<macro><text value='x'/></macro>\n", "<macro> has no name attribute"),
        ("m", "<macro name='m'><text macro='m'/></macro>\n", "macro 'm' calls itself without end"),
        ("a", "<macro name='a'><text macro='b'/></macro>\n<macro name='b'><group><text macro='c'/>"
         "</group></macro>\n<macro name='c'><text macro='a'/></macro>\n",
         "macros call each other without end: a -> b -> c -> a"),
    ],
    ids=["nameless", "self", "cycle"],
)
def test_bad_macros(tmp_path: Path, calls: str, macros: str, reason: str) -> None:
    text = '<text variable="title"/>' if calls == "title" else f'<text macro="{calls}"/>'
    path = write(tmp_path, style_xml(f"<layout>{text}</layout>", None, extra=macros))
    error = refusal(path)
    assert isinstance(error, FormatError) and str(error) == f"{path}:4: {reason}"


def test_deep_macro_chain_is_fine_and_checked_without_recursion(tmp_path: Path) -> None:
    chain = "".join(f"<macro name='m{i}'><text macro='m{i + 1}'/></macro>\n" for i in range(3000))
    chain += "<macro name='m3000'><text variable='title'/></macro>\n"
    path = write(tmp_path, style_xml('<layout><text macro="m0"/></layout>', None, extra=chain))
    root = parse_style_file(path).getroot()
    check_style(root, str(path))  # no RecursionError, no error


def test_locale_date_formats_need_no_variable(tmp_path: Path) -> None:
    locale = ("<locale><date form='numeric'><date-part name='year'/></date></locale>\n")
    path = write(tmp_path, style_xml(extra=locale))
    assert render_citations([REF], style=str(path)) == ["Patent pools"]


def test_every_shipped_style_passes_the_checks() -> None:
    root = _styles_root()
    for path in [*root.glob("*.csl"), *(root / "dependent").glob("*.csl")]:
        check_style(parse_style_file(path).getroot(), str(path))


def test_style_edited_into_a_bad_one_after_a_good_load(tmp_path: Path) -> None:
    path = write(tmp_path, style_xml())
    assert render_bibliography([REF], style=str(path)) == ["Patent pools"]
    path.write_text(style_xml(bibliography=""), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    error = refusal(path)
    assert isinstance(error, FormatError) and "<bibliography> has no <layout>" in str(error)
    path.unlink()
    assert "not found" in str(refusal(path))


# ----- dependent styles ------------------------------------------------------------------


def dependent_xml(parent: str, locale: str = "en-GB") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="{CSL}" version="1.0" '
        f'default-locale="{locale}">\n<info><title>D</title><id>d</id>\n'
        f'<link href="http://www.zotero.org/styles/{parent}" rel="independent-parent"/>\n'
        "</info>\n</style>\n"
    )


def test_dependent_style_file_renders_with_its_parent(tmp_path: Path) -> None:
    path = write(tmp_path, dependent_xml("apa", "de-DE"), "my-journal.csl")
    info = find_style(str(path))
    assert (info.id, info.parent, info.locale) == ("my-journal", "apa", "de-DE")
    (entry,) = render_bibliography([REF], style=str(path))
    assert entry.startswith("Kato, A. (2004).")


@RENDERERS
def test_dependent_style_whose_parent_is_missing(tmp_path: Path, render: Render) -> None:
    path = write(tmp_path, dependent_xml("americn-political-science-association"), "dep.csl")
    error = refusal(path, render)
    assert isinstance(error, UnknownNameError)
    assert str(error).startswith(
        f"{path}:4: the independent parent 'americn-political-science-association' of this "
        "dependent style is not a style poolrefs ships; did you mean"
    )
    assert "american-political-science-association" in error.suggestions
    assert f"unknown style {str(path)!r}" not in str(error)


def test_dependent_style_whose_parent_is_itself_dependent(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, dependent_xml("nature-digest"), "dep.csl"))
    assert isinstance(error, UnknownNameError)
    assert "the independent parent 'nature-digest' of this dependent style is a dependent" in str(error)


def test_dependent_style_with_unknown_default_locale(tmp_path: Path) -> None:
    path = write(tmp_path, dependent_xml("apa", "xx-YY"), "dep.csl")
    error = refusal(path)
    assert isinstance(error, UnknownNameError)
    assert str(error).startswith("unknown locale 'xx-YY' (the default-locale of dependent style 'dep')")
    assert render_bibliography([REF], style=str(path), locale="en-US")  # an explicit locale wins


# ----- engine failures outside the per-entry loop ----------------------------------------


def test_engine_failure_while_sorting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(loaded: object, bib: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(engine.fixes, "disambiguate", broken)
    for render in (render_bibliography, render_citations):
        with pytest.raises(PoolrefsError, match=r"style 'apa' cannot render the references \("):
            render([REF], style="apa")


def test_unknown_style_ids_are_unchanged() -> None:
    with pytest.raises(UnknownNameError, match=r"^unknown style 'apaa'; did you mean apa"):
        find_style("apaa")


# ----- CLI ---------------------------------------------------------------------------------


@pytest.fixture
def refs_file(tmp_path: Path) -> Path:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([REF.to_csl()]), encoding="utf-8")
    return path


BAD_STYLES: dict[str, tuple[str | bytes, str]] = {
    "doctype": (style_xml(head='<!DOCTYPE style [<!ENTITY t "x">]>\n'), ":1:1: has a <!DOCTYPE>"),
    "malformed": (style_xml().replace("</citation>", "</citaton>"), ":6:11: not well-formed XML"),
    "no-bibliography-layout": (style_xml(bibliography=""), ":7: <bibliography> has no <layout>"),
    "dependent-missing-parent": (dependent_xml("no-such-parent"), ":4: the independent parent"),
    "not-utf8": (
        style_xml().replace("T</title>", "\u00e9</title>").encode("latin-1"), ":3:14: not UTF-8"
    ),
}


@pytest.mark.parametrize("kind", list(BAD_STYLES))
@pytest.mark.parametrize("command", ["render", "render-citations", "build"])
def test_cli_shows_one_line_and_exits_1(
    tmp_path: Path, refs_file: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str
) -> None:
    content, reason = BAD_STYLES[kind]
    style = write(tmp_path, content, "bad.csl")
    out = tmp_path / "out"
    argv = {
        "render": ["render", str(refs_file), "--style", str(style)],
        "render-citations": ["render", str(refs_file), "--style", str(style), "--citations"],
        "build": ["build", str(refs_file), "-o", str(out), "--offline", "--no-links",
                  "--style", str(style)],
    }[command]
    assert main(argv) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert lines[-1].startswith(f"poolrefs: error: {style}{reason}")
    assert "Traceback" not in captured.err and captured.out == ""
    assert not out.exists()  # build stopped before doing (or writing) anything


# ----- names that are no usable path, and files that change (found in review) -----------


def test_a_style_name_that_cannot_be_a_path_is_a_clear_error() -> None:
    with pytest.raises(FormatError, match="not a usable file name"):
        find_style("a\x00b.csl")
    with pytest.raises(UnknownNameError):
        find_style("x" * 300)  # too long for a file name: looked up as an id


def test_a_style_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    def dependent(parent: str, locale: str) -> str:
        return (f'<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" '
                f'default-locale="{locale}"><info><title>t</title><id>x</id>'
                f'<link href="http://www.zotero.org/styles/{parent}" rel="independent-parent"/></info></style>')

    path = tmp_path / "mine.csl"
    path.write_text(dependent("apa", "en-US"), encoding="utf-8")
    assert find_style(str(path)).parent == "apa"
    path.write_text(dependent("ieee", "de-DE"), encoding="utf-8")
    info = find_style(str(path))
    assert (info.parent, info.locale) == ("ieee", "de-DE")
    path.write_text("garbage", encoding="utf-8")
    with pytest.raises(FormatError, match="not well-formed XML"):
        find_style(str(path))
