"""Parse (and tag) reference strings on a Dask cluster: ``pip install 'poolrefs[dask]'``.

Each partition is parsed by :func:`poolrefs.records.parse_record`, the function the
streaming CLI uses, so the records are the same as single-process ones (without ``x-line``).
A worker process loads the parser model (and the topic taxonomy) once, on its first
partition, and keeps it in a module-level cache for every later partition.

Example:
    >>> import dask.bag as db                                   # doctest: +SKIP
    >>> from distributed import Client, LocalCluster            # doctest: +SKIP
    >>> import poolrefs.dask                                    # doctest: +SKIP
    >>> client = Client(LocalCluster(n_workers=4))              # doctest: +SKIP
    >>> lines = db.read_text("refs-*.txt").map(str.rstrip).filter(None)  # doctest: +SKIP
    >>> poolrefs.dask.parse(lines, tag=True).map(json.dumps).to_textfiles("out-*.jsonl")  # doctest: +SKIP

The same through ``map_partitions`` by hand (e.g. inside a larger pipeline)::

    records = bag.map_partitions(poolrefs.dask.parse_partition, tag=True)
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import Any

from .records import load_models, parse_record

__all__ = ["load_count", "parse", "parse_partition"]

#: Model loads in this process, by ``tag`` flag (a worker loads once per flag).
_LOADED: dict[bool, int] = {}


def parse(data: Any, *, tag: bool = False) -> Any:
    """Parse a Dask bag or a Dask dataframe series of reference strings, lazily.

    Args:
        data: a ``dask.bag.Bag`` of strings, or a ``dask.dataframe.Series`` of strings.
        tag: add topic tags (``x-topics``) to each record.

    Returns:
        The same kind of collection, of records (dicts: the CSL-JSON item with ``x-raw``, or
        ``x-raw`` and ``x-error`` for an input that could not be parsed), in input order and
        (for a series) with the same index. Nothing runs until it is computed.

    Raises:
        ImportError: Dask is not installed (``pip install 'poolrefs[dask]'``).
        TypeError: ``data`` is neither a bag nor a series.
    """
    bag = _import("dask.bag")
    if isinstance(data, bag.Bag):
        return data.map_partitions(parse_partition, tag=tag)
    if type(data).__name__ == "Series" and type(data).__module__.startswith("dask"):
        import pandas as pd

        meta = pd.Series(dtype=object, name=data.name)
        return data.map_partitions(_parse_series, tag=tag, meta=meta)
    raise TypeError(f"expected a dask Bag or dask dataframe Series, got {type(data).__name__}")


def parse_partition(texts: Iterable[str], *, tag: bool = False) -> list[dict[str, Any]]:
    """Parse one partition (any iterable of strings) into records, loading the model once."""
    _ensure_loaded(tag)
    return [parse_record(text, tag=tag) for text in texts]


def load_count() -> dict[str, int]:
    """How often this process loaded the models (``{"pid", "plain", "tagged"}``); for tests."""
    return {"pid": os.getpid(), "plain": _LOADED.get(False, 0), "tagged": _LOADED.get(True, 0)}


def _parse_series(series: Any, *, tag: bool = False) -> Any:
    import pandas as pd

    records = parse_partition((str(text) for text in series), tag=tag)
    return pd.Series(records, index=series.index, name=series.name, dtype=object)


def _ensure_loaded(tag: bool) -> None:
    if tag not in _LOADED:
        load_models(tag=tag)
        _LOADED[tag] = _LOADED.get(tag, 0) + 1


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(
            f"poolrefs.dask needs Dask ({exc.name or name} is missing): "
            "pip install 'poolrefs[dask]'"
        ) from exc
