"""Resolution: DOIs and registered metadata for references, and what the citation got wrong.

Public names are re-exported from :mod:`poolrefs`.
"""

from __future__ import annotations

from .api import resolve
from .discrepancies import Discrepancy, find_discrepancies
from .enrich import enrich_reference
from .result import Candidate, Resolution, ResolutionStatus

__all__ = [
    "Candidate",
    "Discrepancy",
    "Resolution",
    "ResolutionStatus",
    "enrich_reference",
    "find_discrepancies",
    "resolve",
]
