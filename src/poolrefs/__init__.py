"""poolrefs: parse, resolve, tag, render and link-check bibliographic references.

Public API (see ``DESIGN.md``)::

    import poolrefs
    refs = poolrefs.read_csl_json(text)
    bib = poolrefs.write_bibtex(refs)
"""

from __future__ import annotations

from .csl_json import read_csl_json, write_csl_json
from .dates import DateValue, parse_date_text
from .errors import (
    FormatError,
    ItemFailure,
    ParseError,
    PoolrefsError,
    ServiceError,
    UnknownNameError,
)
from .model import Reference
from .names import Name
from .parse import parse_reference, parse_references, split_reference_lines

__version__ = "0.1.0"

__all__ = [
    "DateValue",
    "FormatError",
    "ItemFailure",
    "Name",
    "ParseError",
    "PoolrefsError",
    "Reference",
    "ServiceError",
    "UnknownNameError",
    "__version__",
    "parse_reference",
    "parse_references",
    "parse_date_text",
    "read_bibtex",
    "read_bibtex_report",
    "read_csl_json",
    "split_reference_lines",
    "write_bibtex",
    "write_csl_json",
]
