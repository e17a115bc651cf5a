r"""BibTeX / BibLaTeX input and output (the only module that imports bibtexparser).

Example:
    >>> refs = read_bibtex(r'@article{k, author={M{\"u}ller, Hans}, title={T}, year=2001}')
    >>> refs[0].authors[0].family
    'Müller'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import FormatError
from ..model import Reference
from .reader import ReferenceList, read_bibtex_text
from .writer import write_bibtex_text

__all__ = ["ReferenceList", "read_bibtex", "write_bibtex"]


def read_bibtex(
    text_or_path: str | os.PathLike[str], *, source: str | None = None, strict: bool = False
) -> ReferenceList:
    """Read BibTeX or BibLaTeX entries into references.

    Every well-formed entry is read; each entry that cannot be read is kept in the returned
    list's ``failures`` (line number and reason), never silently dropped. Braces and LaTeX
    accents are decoded to Unicode; names are split into family/given/particle/suffix;
    unknown fields are kept (``extras["x-bibtex"]``) and written back by :func:`write_bibtex`.

    Args:
        text_or_path: BibTeX text, or a ``pathlib.Path`` / path string of a ``.bib`` file.
        source: a name for messages (defaults to the file name or ``"<string>"``).
        strict: raise :class:`~poolrefs.FormatError` if any entry failed.

    Returns:
        The references, in file order, with a ``failures`` attribute.
    """
    text, name = _load(text_or_path)
    result = read_bibtex_text(text, source=source or name)
    if strict and result.failures:
        first = result.failures[0]
        raise FormatError(
            f"{len(result.failures)} entry(ies) could not be read; first: {first.reason}",
            source=first.source,
            line=first.line,
        )
    return result


def write_bibtex(refs: Iterable[Reference]) -> str:
    """Serialise references as BibLaTeX text (UTF-8; LaTeX specials escaped).

    Entry types and fields follow BibLaTeX (``journaltitle``, ``date``, ``location`` is read
    too); fields poolrefs does not know (kept from a BibTeX source) are written back.
    ``read_bibtex(write_bibtex(refs))`` gives the same ``to_csl()`` output.
    """
    return write_bibtex_text(refs)


def _load(text_or_path: str | os.PathLike[str]) -> tuple[str, str]:
    if isinstance(text_or_path, os.PathLike) or (
        isinstance(text_or_path, str)
        and "\n" not in text_or_path
        and "@" not in text_or_path
        and text_or_path.strip()
        and _is_file(text_or_path)
    ):
        path = Path(text_or_path)
        try:
            return path.read_text(encoding="utf-8-sig"), str(path)
        except UnicodeDecodeError as exc:
            raise FormatError(f"not UTF-8 text (byte {exc.start})", source=str(path)) from exc
    if not isinstance(text_or_path, str):
        raise FormatError(f"expected BibTeX text or a path, got {type(text_or_path).__name__}")
    return text_or_path, "<string>"


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except OSError:  # e.g. a long one-line string: "File name too long"
        return False
