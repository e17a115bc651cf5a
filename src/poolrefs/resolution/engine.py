"""``poolrefs.resolve``: find each reference's DOI and registry record, in bounded parallel.

Order per reference:

1. a DOI in the reference -> verified with the doi.org handle API, then its record fetched
   from Crossref, else DataCite, else doi.org content negotiation (a DOI that is not
   registered falls through to a search, and the bad DOI is reported);
2. an IEEE Xplore link -> the IEEE API when a key is set; otherwise (or when IEEE has no
   record) a validated Crossref search on the reference's own title and authors;
3. otherwise a validated Crossref bibliographic search (see :mod:`.validate`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from ..errors import ParseError, PoolrefsError
from ..identifiers import normalize_doi
from ..model import Reference
from .discrepancies import Discrepancy, find_discrepancies
from .enrich import enrich_reference
from .result import Candidate, Resolution
from .services import Registries
from .validate import MIN_EVIDENCE, Scored, choose, evidence, normalised_score, similarity

__all__ = ["Resolver", "SearchSettings", "as_items", "coerce_reference", "search_query"]

_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?:\b(?:doi|DOI)\s*:?\s*)?\b10\.\d{4,9}/\S+|\[\s*\d{4}-\d{1,2}-\d{1,2}\s*\]"
    r"|\b(?:URL|Available)\s*:", re.I
)
_DANGLING = re.compile(r"(?:\s*[.,;:])+(?=\s*[.,;:]|\s*$)")


@dataclass(frozen=True)
class SearchSettings:
    """Thresholds of validated search (see :mod:`poolrefs.resolution.validate`)."""

    rows: int = 10
    min_score: float = 0.4
    min_similarity: float = 0.7
    margin: float = 0.05


def coerce_reference(item: Reference | str) -> Reference:
    """A :class:`Reference` as is; text parsed with ``poolrefs.parse_reference``.

    Raises:
        ParseError: the text cannot be parsed, or no parser is installed.
    """
    if isinstance(item, Reference):
        return item
    if not isinstance(item, str):
        raise ParseError(f"expected a Reference or reference text, got {type(item).__name__}")
    try:
        parse: Callable[[str], Reference] = importlib.import_module("poolrefs.parse").parse_reference
    except (ImportError, AttributeError) as exc:
        raise ParseError("resolving text needs the reference parser (poolrefs.parse)", text=item) from exc
    return parse(item)


def search_query(ref: Reference, *, bibliographic: bool = True) -> str:
    """The text sent to Crossref: the raw citation without URLs, DOIs and access dates.

    Without raw text (or with ``bibliographic=False``, used for IEEE links) the query is
    built from the fields: authors' surnames, then (bibliographic only) year, title,
    container, volume, issue and pages.
    """
    if bibliographic and ref.raw:
        return _DANGLING.sub("", " ".join(_URL.sub(" ", ref.raw).split())).strip()
    names = " ".join(n.family or n.literal or n.given or "" for n in ref.authors[:6])
    if not bibliographic:
        return " ".join(f"{ref.title or ''} {names}".split())
    parts = [names, str(ref.year or ""), ref.title, ref.container_title, ref.volume, ref.issue, ref.page]
    return " ".join(" ".join(str(p) for p in parts if p).split())


class Resolver:
    """Resolves references one by one (thread-safe; share one per batch).

    Args:
        registries: the service calls (with their HTTP client).
        settings: validated-search thresholds.
        enrich: replace each matched reference by its merge with the registry record.
    """

    def __init__(self, registries: Registries, settings: SearchSettings, *, enrich: bool = False):
        self.registries = registries
        self.settings = settings
        self.enrich = enrich

    def resolve_all(
        self,
        items: list[Reference | str],
        *,
        workers: int,
        progress: Callable[[Resolution], None] | None = None,
    ) -> list[Resolution]:
        """Resolve a batch with at most ``workers`` references in progress; input order kept."""
        results: list[Resolution | None] = [None] * len(items)
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items) or 1))) as pool:
            futures = {pool.submit(self.resolve_one, item): i for i, item in enumerate(items)}
            for future in as_completed(futures):
                result = future.result()
                results[futures[future]] = result
                if progress is not None:
                    progress(result)
        return [r for r in results if r is not None]

    def resolve_one(self, item: Reference | str) -> Resolution:
        """Resolve one reference; every failure becomes an ``error`` result, never an exception."""
        ref = item if isinstance(item, Reference) else Reference(raw=str(item))
        try:
            ref = coerce_reference(item)
            result = self._dispatch(ref)
        except PoolrefsError as exc:
            return Resolution(reference=ref, status="error", message=str(exc))
        except Exception as exc:  # one bad item must not stop a batch
            return Resolution(
                reference=ref, status="error", message=f"internal error ({type(exc).__name__}): {exc}"
            )
        if self.enrich and result.status == "matched" and result.record is not None:
            result = result.model_copy(update={"reference": enrich_reference(ref, result.record)})
        return result

    # ----- strategies --------------------------------------------------------------

    def _dispatch(self, ref: Reference) -> Resolution:
        if ref.doi:
            try:
                doi = normalize_doi(ref.doi)
            except ValueError as exc:
                raise ParseError(str(exc), text=ref.doi) from exc
            return self._by_doi(ref, doi)
        number = ref.ieee_article_number
        if number:
            return self._by_ieee(ref, number)
        return self._by_search(ref, search_query(ref))

    def _by_doi(self, ref: Reference, doi: str) -> Resolution:
        reg = self.registries
        if not reg.handle_exists(doi):
            found = self._by_search(ref.model_copy(update={"doi": None}), search_query(ref))
            note = f"cited DOI {doi} is not registered (doi.org handle API)"
            if found.status != "matched":
                return found.model_copy(update={"message": f"{note}; {found.message}"})
            bad = Discrepancy(field="DOI", cited=doi, registered=found.doi or "")
            return found.model_copy(
                update={"message": f"{note}; found by search", "discrepancies": [bad, *found.discrepancies]}
            )
        record, source = reg.crossref_work(doi), "crossref"
        if record is None:
            record, source = reg.datacite_work(doi), "datacite"
        if record is None:
            record, source = reg.csl_work(doi), "doi.org"
        return self._authoritative(ref, doi, record, source, "cited DOI")

    def _by_ieee(self, ref: Reference, number: str) -> Resolution:
        if self.registries.endpoints.ieee_api_key:
            record = self.registries.ieee_article(number)
            if record is not None:
                return self._authoritative(ref, record.doi, record, "ieee", f"IEEE article {number}")
        return self._by_search(ref, search_query(ref, bibliographic=False))

    def _authoritative(
        self, ref: Reference, doi: str | None, record: Reference | None, source: str, what: str
    ) -> Resolution:
        """A match by identifier: certain, but checked against the citation all the same."""
        if record is None:
            return Resolution(reference=ref, doi=doi, source="doi.org", confidence=0.9, status="matched",
                              message=f"{what} is registered but no registry has metadata for it")
        message = f"{what} verified"
        confidence = 1.0
        if evidence(ref, record) >= MIN_EVIDENCE:
            sim = similarity(ref, record)
            confidence = 0.5 + 0.5 * sim
            if sim < self.settings.min_similarity:
                message = f"{what} resolves to a record unlike the citation (similarity {sim:.2f})"
        return Resolution(
            reference=ref, doi=doi or record.doi, record=record, source=source, confidence=confidence,
            status="matched", discrepancies=find_discrepancies(ref, record), message=message,
        )

    def _by_search(self, ref: Reference, query: str) -> Resolution:
        s = self.settings
        if len(query.split()) < 2 or not ref.title:
            return Resolution(reference=ref, status="unmatched",
                              message="too little to search for (a title and one more field are needed)")
        found, hits = self.registries.crossref_search(query, rows=s.rows, min_score=s.min_score * len(query))
        scored = [
            Scored(record, normalised_score(score, query), similarity(ref, record))
            for record, score in hits
            if normalised_score(score, query) >= s.min_score
        ]
        status, chosen = choose(scored, min_similarity=s.min_similarity, margin=s.margin)
        if status == "matched":
            best = chosen[0]
            return Resolution(
                reference=ref, doi=best.record.doi, record=best.record, source="crossref",
                confidence=best.similarity, status="matched",
                discrepancies=find_discrepancies(ref, best.record),
                message=f"validated search match (similarity {best.similarity:.2f})",
            )
        if status == "ambiguous":
            cands = [Candidate(doi=c.record.doi, title=c.record.title, similarity=c.similarity) for c in chosen]
            shown = ", ".join(f"{c.doi} ({c.similarity:.2f})" for c in cands)
            return Resolution(reference=ref, source="crossref", status="ambiguous", candidates=cands,
                              confidence=chosen[0].similarity / len(chosen),
                              message=f"{len(cands)} candidates pass validation and are close: {shown}")
        best_sim = max((c.similarity for c in scored), default=0.0)
        return Resolution(
            reference=ref, status="unmatched",
            message=(f"no candidate passed validation ({found} found, {len(scored)} above the "
                     f"score threshold, best similarity {best_sim:.2f})"),
        )


def as_items(refs: Reference | str | Iterable[Reference | str]) -> list[Reference | str]:
    """One reference or text, or an iterable of them, as a list."""
    if isinstance(refs, (Reference, str)):
        return [refs]
    return list(refs)
