"""poolrefs: parse, resolve, tag, render and link-check bibliographic references.

Public API (see ``DESIGN.md``)::

    import poolrefs
    refs = poolrefs.read_csl_json(text)
    bib = poolrefs.write_bibtex(refs)
"""

from __future__ import annotations

from .bibtex import ReferenceList, read_bibtex, write_bibtex
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
from .links import LinkResult, check_links
from .model import Reference
from .names import Name
from .parse import parse_reference, parse_references, split_reference_lines
from .render import render_bibliography, render_citations
from .resolution import (
    Candidate,
    Discrepancy,
    Resolution,
    ResolutionStatus,
    enrich_reference,
    find_discrepancies,
    resolve,
)
from .topics import TopicTag, load_taxonomy, tag, tag_many

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "DateValue",
    "Discrepancy",
    "FormatError",
    "ItemFailure",
    "LinkResult",
    "Name",
    "ParseError",
    "PoolrefsError",
    "Reference",
    "ReferenceList",
    "Resolution",
    "ResolutionStatus",
    "ServiceError",
    "TopicTag",
    "UnknownNameError",
    "__version__",
    "check_links",
    "enrich_reference",
    "find_discrepancies",
    "load_taxonomy",
    "parse_date_text",
    "parse_reference",
    "parse_references",
    "read_bibtex",
    "read_csl_json",
    "render_bibliography",
    "render_citations",
    "resolve",
    "split_reference_lines",
    "tag",
    "tag_many",
    "write_bibtex",
    "write_csl_json",
]
