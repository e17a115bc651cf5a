"""poolrefs.resolve against a fake Crossref/doi.org/DataCite/IEEE server on 127.0.0.1."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import poolrefs
from poolrefs import DateValue, Name, Reference, Resolution

from .netservers import RawServer, closed_port, silent
from .registry_data import CSL_ONLY, DATACITE, DECOYS, IEEE, SEED_WORKS
from .registry_fake import API_KEY, FakeRegistries, Fault

SEED = Path(__file__).parent.parent / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
EXPECTED = {ref: work["DOI"] for ref, work in SEED_WORKS.items()}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRegistries]:
    with FakeRegistries(list(SEED_WORKS.values()) + DECOYS, datacite=DATACITE, csl=CSL_ONLY, ieee=IEEE) as fake:
        yield fake


@pytest.fixture
def fake(server: FakeRegistries) -> FakeRegistries:
    server.reset()  # each test has its own empty cache (conftest) and a clean request log
    return server


@pytest.fixture(scope="module")
def seed() -> list[Reference]:
    return poolrefs.read_csl_json(SEED.read_text(encoding="utf-8"))


def by_id(results: list[Resolution]) -> dict[str, Resolution]:
    return {str(r.reference.id): r for r in results}


def ref(**fields: object) -> Reference:
    return Reference.model_validate(fields)


# ----- acceptance -------------------------------------------------------------------


@pytest.mark.parametrize("key", [None, API_KEY], ids=["no-ieee-key", "ieee-key"])
def test_seed_works_present_are_matched_and_absent_ones_are_not(
    fake: FakeRegistries, seed: list[Reference], key: str | None
) -> None:
    results = by_id(poolrefs.resolve(seed, **fake.options(ieee_api_key=key)))
    assert len(results) == 20
    for ref_id, result in results.items():
        if ref_id in EXPECTED:
            assert (result.status, result.doi) == ("matched", EXPECTED[ref_id]), (ref_id, result.message)
            assert 0.9 <= result.confidence <= 1.0
            assert result.record is not None and result.record.doi == EXPECTED[ref_id]
        else:
            assert result.status == "unmatched", (ref_id, result.doi, result.message)
            assert result.doi is None and result.record is None
    if key:
        assert {results[r].source for r in ("ref06", "ref08", "ref12")} == {"ieee"}
        assert results["ref09"].source == "crossref"  # not in the IEEE API: validated search
    else:
        assert fake.count("ieee") == 0


def test_journal_of_industrial_organization_discrepancy(fake: FakeRegistries, seed: list[Reference]) -> None:
    result = by_id(poolrefs.resolve(seed[:3], **fake.options()))["ref03"]
    assert [(d.field, d.cited, d.registered) for d in result.discrepancies] == [
        ("container-title", "Journal of Industrial Organization", "International Journal of Industrial Organization")
    ]
    # matched seed works cited correctly report nothing (case, diacritics, "&" folded away)
    others = by_id(poolrefs.resolve(seed, **fake.options()))
    assert others["ref02"].discrepancies == []  # Leveque/Meniere vs Lévêque/Ménière
    assert others["ref13"].discrepancies == []  # "&" vs "&amp;"


def test_second_run_sends_nothing_and_offline_mode_answers_from_cache(
    fake: FakeRegistries, seed: list[Reference]
) -> None:
    first = poolrefs.resolve(seed, **fake.options(ieee_api_key=API_KEY))
    sent = fake.count()
    assert sent >= 20
    second = poolrefs.resolve(seed, **fake.options(ieee_api_key=API_KEY))
    assert fake.count() == sent
    assert [(r.status, r.doi) for r in second] == [(r.status, r.doi) for r in first]
    offline = poolrefs.resolve(seed, **fake.options(ieee_api_key=API_KEY, offline=True))
    assert fake.count() == sent
    assert [(r.status, r.doi, r.discrepancies) for r in offline] == [(r.status, r.doi, r.discrepancies) for r in first]


def test_offline_without_cache_is_an_error_per_reference(fake: FakeRegistries, seed: list[Reference]) -> None:
    results = poolrefs.resolve(seed[:4], **fake.options(offline=True))
    assert fake.count() == 0
    assert {r.status for r in results} == {"error"}
    assert all("offline" in r.message or "cache" in r.message for r in results)


# ----- identifiers ------------------------------------------------------------------


def test_cited_doi_is_verified_and_fetched_from_crossref(fake: FakeRegistries, seed: list[Reference]) -> None:
    cited = seed[2].model_copy(update={"doi": "https://doi.org/10.1016/J.IJINDORG.2010.08.006"})
    [result] = poolrefs.resolve(cited, **fake.options())
    assert (result.status, result.source, result.confidence) == ("matched", "crossref", 1.0)
    assert [d.field for d in result.discrepancies] == ["container-title"]
    assert [p for _, p, _ in fake.requests] == [
        "/api/handles/10.1016/J.IJINDORG.2010.08.006", "/works/10.1016/J.IJINDORG.2010.08.006"]


def test_datacite_and_content_negotiation_fallbacks(fake: FakeRegistries) -> None:
    arxiv, medra = poolrefs.resolve(
        [ref(doi="10.48550/arXiv.2101.01234"), ref(doi="10.1400/123456", title="Pools di brevetti e concorrenza")],
        **fake.options(),
    )
    assert (arxiv.status, arxiv.source, arxiv.record and arxiv.record.title) == (
        "matched", "datacite", "Pure patent pools and royalty stacking")
    assert (medra.status, medra.source, medra.record and medra.record.volume) == ("matched", "doi.org", "14")


def test_unregistered_doi_falls_back_to_search_and_is_reported(fake: FakeRegistries, seed: list[Reference]) -> None:
    wrong = seed[1].model_copy(update={"doi": "10.1016/j.infoecopol.2011.99.999"})
    [result] = poolrefs.resolve(wrong, **fake.options())
    assert (result.status, result.doi) == ("matched", EXPECTED["ref02"])
    assert result.discrepancies[0].field == "DOI"
    assert "not registered" in result.message
    [fixed] = poolrefs.resolve(wrong, enrich=True, **fake.options())
    assert fixed.reference.doi == EXPECTED["ref02"] and fixed.reference.provenance["DOI"] == "crossref"
    [alone] = poolrefs.resolve(ref(doi="10.9999/nothing.here"), **fake.options())
    assert alone.status == "unmatched" and "not registered" in alone.message


def test_doi_pointing_at_another_work_lowers_confidence(fake: FakeRegistries, seed: list[Reference]) -> None:
    mixed = seed[18].model_copy(update={"doi": EXPECTED["ref03"]})  # Kato 2004 with Layne-Farrar's DOI
    [result] = poolrefs.resolve(mixed, **fake.options())
    assert result.status == "matched" and result.confidence < 0.75
    assert "unlike the citation" in result.message
    assert {"title", "author", "container-title"} <= {d.field for d in result.discrepancies}


def test_wrong_ieee_key_is_an_error_with_the_key_hidden(fake: FakeRegistries, seed: list[Reference]) -> None:
    [result] = poolrefs.resolve(seed[5], **fake.options(ieee_api_key="wrong-key-123"))
    assert result.status == "error" and "403" in result.message
    assert "wrong-key-123" not in result.message


# ----- validated search -------------------------------------------------------------


def test_two_close_candidates_are_ambiguous(fake: FakeRegistries) -> None:
    # no year, volume or pages: the journal article and its working paper both fit
    vague = ref(title="Patent pool formation: timing matters",
                authors=[Name(family="Leveque"), Name(family="Meniere")])
    [result] = poolrefs.resolve(vague, **fake.options())
    assert result.status == "ambiguous" and result.doi is None
    assert {c.doi for c in result.candidates} == {EXPECTED["ref02"], "10.2139/ssrn.1107445"}
    assert 0 < result.confidence <= 0.5


def test_enrich_merges_the_record(fake: FakeRegistries, seed: list[Reference]) -> None:
    [result] = poolrefs.resolve(seed[2], enrich=True, **fake.options())
    assert result.reference.container_title == "International Journal of Industrial Organization"
    assert result.reference.provenance["container-title"] == "crossref"
    assert result.reference.doi == EXPECTED["ref03"]
    assert result.reference.extras["x-topics"] == ["pool-formation", "rent-sharing"]  # kept


def test_too_little_to_search(fake: FakeRegistries) -> None:
    [result] = poolrefs.resolve(ref(authors=[Name(family="Kato")], issued=DateValue(parts=[[2004]])), **fake.options())
    assert result.status == "unmatched" and fake.count() == 0


def test_text_input_uses_the_parser_when_present(fake: FakeRegistries) -> None:
    text = ("Kato A. Patent pool enhances market competition. International Review of Law and "
            "Economics, 2004, 24(2):255-268.")
    [result] = poolrefs.resolve(text, **fake.options())
    if importlib.util.find_spec("poolrefs.parse") is None:
        assert result.status == "error" and "parser" in result.message
        assert result.reference.raw == text
    else:
        assert (result.status, result.doi) == ("matched", EXPECTED["ref19"])


def test_progress_callback_sees_every_result(fake: FakeRegistries, seed: list[Reference]) -> None:
    seen: list[Resolution] = []
    results = poolrefs.resolve(seed, progress=seen.append, **fake.options())
    assert len(seen) == 20 and {id(r) for r in seen} == {id(r) for r in results}
    assert [r.reference.id for r in results] == [r.id for r in seed]  # input order kept


# ----- faults -----------------------------------------------------------------------


def test_429_burst_with_retry_after_is_waited_out(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.inject("crossref", Fault(429, retry_after="1"), Fault(429, retry_after="1"))
    started = time.monotonic()
    [result] = poolrefs.resolve(seed[18], **fake.options())
    assert (result.status, result.doi) == ("matched", EXPECTED["ref19"])
    assert fake.count("crossref") == 3
    assert time.monotonic() - started >= 1.8


def test_5xx_is_retried(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.inject("crossref", Fault(500), Fault(503))
    [result] = poolrefs.resolve(seed[18], **fake.options())
    assert result.status == "matched" and fake.count("crossref") == 3


def test_persistent_5xx_fails_one_reference_not_the_batch(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.inject("crossref", Fault(503), Fault(503), Fault(503))
    results = by_id(poolrefs.resolve(seed[:5], workers=1, **fake.options()))
    assert results["ref01"].status == "error" and "503" in results["ref01"].message
    assert [results[r].status for r in ("ref02", "ref03", "ref05")] == ["matched"] * 3


def test_garbage_json_is_an_error_for_that_reference(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.inject("crossref", Fault(garbage=True))
    results = by_id(poolrefs.resolve(seed[:3], workers=1, **fake.options()))
    assert results["ref01"].status == "error" and "not JSON" in results["ref01"].message
    assert results["ref03"].status == "matched"


def test_slow_answer_is_retried_after_its_timeout(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.inject("crossref", Fault(delay=1.5))
    [result] = poolrefs.resolve(seed[18], **fake.options(timeout=0.5, retries=1))
    assert result.status == "matched" and fake.count("crossref") == 2


def test_refused_connections_fail_the_batch_fast_with_a_clear_message(seed: list[Reference]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    results = poolrefs.resolve(seed, crossref_url=url, doi_url=url, timeout=2.0, retries=3)
    assert time.monotonic() - started < 3.0
    assert {r.status for r in results} == {"error"}
    assert all("crossref" in r.message or "refused" in r.message for r in results)
    assert sum("not retried" in r.message for r in results) >= 10


def test_silent_service_trips_the_breaker(seed: list[Reference]) -> None:
    with RawServer(silent) as server:
        started = time.monotonic()
        results = poolrefs.resolve(seed, crossref_url=server.url, timeout=0.4, retries=1)
        elapsed = time.monotonic() - started
    assert {r.status for r in results} == {"error"}
    # without the breaker: 20 references x 2 attempts x 0.4 s / 3 in flight = 5.3 s at least
    assert elapsed < 3.5
    assert server.connections < 20


# ----- configuration and limits -----------------------------------------------------


def test_base_urls_and_key_from_environment(
    fake: FakeRegistries, seed: list[Reference], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("POOLREFS_CROSSREF_URL", "POOLREFS_DOI_URL", "POOLREFS_DATACITE_URL", "POOLREFS_IEEE_URL"):
        monkeypatch.setenv(var, fake.url + "/")
    monkeypatch.setenv("POOLREFS_IEEE_API_KEY", API_KEY)
    monkeypatch.setenv("POOLREFS_MAILTO", "env@example.org")
    results = by_id(poolrefs.resolve([seed[2], seed[5]], retries=0))
    assert results["ref03"].doi == EXPECTED["ref03"] and results["ref06"].source == "ieee"
    assert [q.get("mailto") for s, _, q in fake.requests if s == "crossref"] == ["env@example.org"]


def test_crossref_concurrency_is_capped_at_3(seed: list[Reference]) -> None:
    with FakeRegistries(list(SEED_WORKS.values()) + DECOYS, latency=0.05, rate_limit=None) as slow:
        results = poolrefs.resolve(seed, workers=10, **slow.options())
        assert slow.peak["crossref"] == 3
    assert sum(r.status == "matched" for r in results) == len(EXPECTED)


def test_empty_batch() -> None:
    assert poolrefs.resolve([]) == []


def test_unexpected_input_type_is_an_error_result(fake: FakeRegistries) -> None:
    [result] = poolrefs.resolve([42], **fake.options())  # type: ignore[list-item]
    assert result.status == "error" and "expected a Reference" in result.message


def test_search_without_select_when_the_server_refuses_it(fake: FakeRegistries, seed: list[Reference]) -> None:
    fake.refuse_select = True
    try:
        results = by_id(poolrefs.resolve(seed[:3], workers=1, **fake.options()))
    finally:
        fake.refuse_select = False
    assert results["ref03"].doi == EXPECTED["ref03"]
    selects = ["select" in q for s, _, q in fake.requests if s == "crossref"]
    assert selects == [True, False, False, False]  # refused once, then never asked again


def test_seed_with_raw_text_queries(fake: FakeRegistries, seed: list[Reference]) -> None:
    # the query is then the citation as printed (URLs and access dates removed)
    lines = (SEED.parent / "cas-bulletin-2018-patent-alliances.txt").read_text(encoding="utf-8").splitlines()
    with_raw = [r.model_copy(update={"raw": line}) for r, line in zip(seed, lines, strict=True)]
    results = by_id(poolrefs.resolve(with_raw, **fake.options()))
    for ref_id, result in results.items():
        expected = ("matched", EXPECTED[ref_id]) if ref_id in EXPECTED else ("unmatched", None)
        assert (result.status, result.doi) == expected, (ref_id, result.message)
    queries = [q["query.bibliographic"] for s, _, q in fake.requests if s == "crossref"]
    assert not any("http" in q or "[20" in q for q in queries)
