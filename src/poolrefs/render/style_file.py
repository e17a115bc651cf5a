"""Reading a CSL style file safely, with a clear error for every way the file can be bad.

The file is read as bytes, checked to be text in its encoding (UTF-8 unless the XML
declaration or a byte-order mark says otherwise), refused if it has a ``<!DOCTYPE>`` (DTDs and
entity declarations: CSL needs none, and they are how XML files attack their readers), and
parsed with a parser that expands no entities and reads nothing from the network.

Errors name the file and say where: :class:`~poolrefs.FormatError` with ``source``, ``line``
and ``column`` for bad content; :class:`~poolrefs.UnknownNameError` for a file that is not
there (a path the user may have mistyped, with the close file names beside it).
"""

from __future__ import annotations

import codecs
import difflib
import io
import re
import stat
from pathlib import Path

from lxml import etree

from ..errors import FormatError, PoolrefsError, UnknownNameError

__all__ = [
    "MAX_STYLE_BYTES",
    "missing_style_file",
    "parse_style_file",
    "read_style_bytes",
    "safe_parser",
    "style_file_error",
]

#: The largest style file read (the largest shipped style is about 250 KB).
MAX_STYLE_BYTES = 16 * 2**20
_OTHER_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARED = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_PROLOG_ITEM = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)
_POSITION_SUFFIX = re.compile(r", line \d+, column \d+$")
_UNDEFINED_ENTITY = re.compile(r"^Entity '([^']*)' not defined")
_ENTITY_HINT = (
    "; CSL styles may use only the predefined XML entities (&amp; &lt; &gt; &quot; &apos;) "
    "and numeric character references such as &#160;"
)


def safe_parser() -> etree.XMLParser:
    """An XML parser that expands no entities and reads nothing from the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True,
    )


def missing_style_file(path: Path, hint: str = "") -> UnknownNameError:
    """The error for a style path that is not there, with close file names beside it."""
    try:
        siblings = {p.stem: p.name for p in path.parent.glob("*.csl") if p.is_file()}
    except OSError:
        siblings = {}
    close = difflib.get_close_matches(path.stem, list(siblings), n=5, cutoff=0.7)
    return UnknownNameError(
        "style file",
        str(path),
        [str(path.with_name(siblings[stem])) for stem in close],
        message=f"style file {str(path)!r} not found{hint}",
    )


def style_file_error(path: Path, exc: OSError) -> PoolrefsError:
    """The error for a style path that cannot be read (raise it ``from exc``)."""
    if isinstance(exc, FileNotFoundError):
        return missing_style_file(path)
    if isinstance(exc, IsADirectoryError):
        return FormatError("is a directory, not a CSL style file", source=str(path))
    reason = exc.strerror or type(exc).__name__
    return FormatError(f"cannot read the style file: {reason}", source=str(path))


def read_style_bytes(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable, non-file or huge path is a clear error.

    Only regular files are opened (a FIFO would block, ``/dev/zero`` never end), and at most
    :data:`MAX_STYLE_BYTES` are read.
    """
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise FormatError("not a regular file (a device or pipe?)", source=str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_STYLE_BYTES + 1)
    except OSError as exc:
        raise style_file_error(path, exc) from exc
    except FormatError:
        raise
    except ValueError as exc:  # "embedded null byte"
        raise FormatError(f"not a usable file name: {exc}", source=repr(str(path))) from exc
    if len(data) > MAX_STYLE_BYTES:
        raise FormatError(
            f"larger than {MAX_STYLE_BYTES // 2**20} MiB; CSL styles are a few hundred KB at most",
            source=str(path),
        )
    return data


def parse_style_file(path: Path, parser: etree.XMLParser | None = None) -> etree._ElementTree:
    """Read and parse a style file safely.

    Args:
        path: the ``.csl`` file.
        parser: the parser to use (its entity and network settings must be those of
            :func:`safe_parser`; the engine adds its element classes); a new safe parser if
            ``None``.

    Raises:
        UnknownNameError: the file does not exist.
        FormatError: unreadable, not text in its encoding, has a DOCTYPE, or is not
            well-formed XML; with the line and column where known.
    """
    data = read_style_bytes(path)
    source = str(path)
    _check_utf8(data, source)
    offset = _doctype_offset(data)
    if offset is not None:
        raise _doctype_error(source, data, offset)
    try:
        tree = etree.parse(io.BytesIO(data), parser or safe_parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, data, source) from exc
    if tree.docinfo.doctype:  # in an encoding the byte scan above cannot read (UTF-16...)
        raise _doctype_error(source, data, None)
    return tree


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[start:].decode("utf-8", "replace")) + 1


def _check_utf8(data: bytes, source: str) -> None:
    """UTF-8 (the default) must decode; other declared encodings are left to the parser."""
    if data.startswith(_OTHER_BOMS):
        return
    declared = _DECLARED.match(data.removeprefix(codecs.BOM_UTF8).lstrip())
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_column(data, exc.start)
        raise FormatError(
            f"not UTF-8: byte 0x{data[exc.start]:02X} cannot be decoded ({exc.reason}); "
            "save the style as UTF-8",
            source=source, line=line, column=column,
        ) from exc


def _doctype_offset(data: bytes) -> int | None:
    """Where ``<!DOCTYPE`` starts in the prolog (after the declaration, comments, PIs)."""
    pos = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    while match := _PROLOG_ITEM.match(data, pos):
        pos = match.end()
    while pos < len(data) and data[pos : pos + 1].isspace():
        pos += 1
    return pos if data.startswith(b"<!DOCTYPE", pos) else None


def _doctype_error(source: str, data: bytes, offset: int | None) -> FormatError:
    line, column = _line_column(data, offset) if offset is not None else (None, None)
    return FormatError(
        "has a <!DOCTYPE> declaration, refused for safety: DTDs and entity declarations can "
        "read local files, reach the network or expand without bound, and CSL styles need "
        "none; remove the DOCTYPE and write the characters themselves (or &#...; references)",
        source=source, line=line, column=column,
    )


def _syntax_error(exc: etree.XMLSyntaxError, data: bytes, source: str) -> FormatError:
    message = _POSITION_SUFFIX.sub("", str(exc.msg or exc))
    line, column = exc.position if exc.position else (None, None)
    if not data.strip():
        return FormatError("the style file is empty", source=source)
    if message.startswith("Document is empty"):
        message = "no XML element found (is this a CSL style file?)"
    elif message.startswith("Excessive depth in document"):
        message = "elements nested more than 256 deep"
    elif _UNDEFINED_ENTITY.match(message):
        message += _ENTITY_HINT
    return FormatError(
        f"not well-formed XML: {message}", source=source, line=line, column=column or None
    )
