"""The result of resolving one reference."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Reference
from .discrepancies import Discrepancy

__all__ = ["Candidate", "Resolution", "ResolutionStatus"]

ResolutionStatus = Literal["matched", "ambiguous", "unmatched", "error"]


class Candidate(BaseModel):
    """A registry record considered for a reference (kept for ambiguous results)."""

    model_config = ConfigDict(frozen=True)

    doi: str | None
    title: str | None
    similarity: float


class Resolution(BaseModel):
    """What resolution found for one reference.

    Attributes:
        reference: the input reference (enriched from ``record`` when ``enrich=True``).
        doi: the DOI of the matched work (``None`` unless ``status`` is ``matched``, or
            ``unmatched`` with a cited DOI that does not exist).
        record: the registry's metadata as a :class:`~poolrefs.model.Reference`, ready to
            merge (see :func:`poolrefs.enrich_reference`).
        source: where the answer came from: ``crossref``, ``datacite``, ``doi.org``, ``ieee``
            (``None`` when nothing was found).
        confidence: belief in [0, 1] that ``doi`` names the cited work.
        status: ``matched`` | ``ambiguous`` | ``unmatched`` | ``error``.
        discrepancies: fields where the citation disagrees with ``record``.
        message: a human-readable explanation (why unmatched, which error...).
        candidates: for ``ambiguous``, the close candidates.
    """

    model_config = ConfigDict(frozen=True)

    reference: Reference
    doi: str | None = None
    record: Reference | None = None
    source: str | None = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    status: ResolutionStatus
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    message: str = ""
    candidates: list[Candidate] = Field(default_factory=list)
