"""Read and write CSL-JSON (a list of items, or one item) losslessly."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .errors import FormatError
from .model import Reference

__all__ = ["read_csl_json", "write_csl_json"]


def read_csl_json(text: str, *, source: str | None = None) -> list[Reference]:
    """Parse CSL-JSON text (an array of items, or a single item object) into references.

    Args:
        text: the JSON document. (The CLI reads files; the library takes text.)
        source: a name for error messages (a file name).

    Raises:
        FormatError: invalid JSON (with line and column) or an invalid item (with its index
            and id).

    Example:
        >>> [r.title for r in read_csl_json('[{"id": "a", "type": "book", "title": "T"}]')]
        ['T']
    """
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", source=source, line=exc.lineno
        ) from exc
    except (RecursionError, ValueError) as exc:  # nesting too deep; integer too long
        raise FormatError(f"unreadable JSON: {exc}", source=source) from exc
    items = data if isinstance(data, list) else [data]
    refs = []
    for index, item in enumerate(items):
        try:
            refs.append(Reference.from_csl(item))
        except FormatError as exc:
            raise FormatError(f"item {index + 1}: {exc.reason}", source=source) from exc
    return refs


def write_csl_json(refs: Iterable[Reference], *, extras: bool = True, indent: int = 2) -> str:
    """Serialise references as a CSL-JSON array (UTF-8 text, CJK unescaped).

    Args:
        refs: the references.
        extras: include poolrefs' non-standard keys (``x-raw``, ``x-provenance``...).
        indent: JSON indentation.
    """
    items = [r.to_csl(extras=extras) for r in refs]
    return json.dumps(items, ensure_ascii=False, indent=indent) + "\n"
