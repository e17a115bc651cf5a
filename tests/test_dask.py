"""poolrefs.dask on a real local cluster of worker processes: same records as one process."""

from __future__ import annotations

import pytest

from poolrefs.records import parse_record
from tests.conftest import SEED_TXT

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

import poolrefs.dask  # noqa: E402


def inputs() -> list[str]:
    seed = SEED_TXT.read_text(encoding="utf-8").splitlines()
    variants = [line.replace("2011", "2019").replace(", 等", "") for line in seed]
    hostile = ["", "   ", "((((((", "专利池" * 50, "\u202eKato A.\u202c Patent pools. 2004.", "x\x00y"]
    return seed + variants + hostile


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.slow
def test_bag_and_series_give_the_single_process_records(client: object) -> None:
    texts = inputs()
    expected = [parse_record(text) for text in texts]

    bag = db.from_sequence(texts, npartitions=8)
    assert poolrefs.dask.parse(bag).compute() == expected

    series = dd.from_pandas(pd.Series(texts, index=range(100, 100 + len(texts)), name="ref"), npartitions=5)
    result = poolrefs.dask.parse(series).compute()
    assert list(result) == expected
    assert list(result.index) == list(range(100, 100 + len(texts))) and result.name == "ref"

    tagged = poolrefs.dask.parse(db.from_sequence(texts, npartitions=4), tag=True).compute()
    assert tagged == [parse_record(text, tag=True) for text in texts]
    assert any(record.get("x-topics") for record in tagged)

    # every worker loaded the model once (per tag flag), however many partitions it ran
    counts = client.run(poolrefs.dask.load_count)  # type: ignore[attr-defined]
    assert len(counts) == 2
    assert all(c["plain"] <= 1 and c["tagged"] <= 1 for c in counts.values())
    assert sum(c["plain"] for c in counts.values()) >= 1


def test_missing_values_in_a_series_are_failures_not_crashes() -> None:
    assert parse_record(None)["x-error"].startswith("TypeError")  # type: ignore[arg-type]
    records = poolrefs.dask.parse_partition(["Kato A. Patent pools. 2004.", ""])
    assert [r["x-raw"] for r in records] == ["Kato A. Patent pools. 2004.", ""]


def test_parse_rejects_other_collections() -> None:
    with pytest.raises(TypeError, match="dask Bag"):
        poolrefs.dask.parse(["not", "a", "bag"])
