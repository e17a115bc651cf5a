"""One JSON record per reference string: the unit of streaming and cluster output.

A record is the CSL-JSON item of the parsed reference (``x-raw`` keeps the input text), plus:

* ``x-line``: the input's 1-based line number (streaming only; used to resume);
* ``x-topics``: ``[{"topic", "score", "evidence"}...]`` when tagging was asked for;
* for an input that could not be parsed, only ``x-line``, ``x-raw`` and ``x-error``
  (``"ErrorClass: message"``): failures are data, a batch never aborts on one input.

:func:`parse_record` is the one function every batch path (the ``--jsonl`` CLI, the process
pool, :mod:`poolrefs.dask`) calls, so they all give the same records.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["ParseTask", "dumps_record", "load_models", "parse_record"]


def load_models(*, tag: bool = False) -> None:
    """Load the parser model (and the topic taxonomy) into this process, once.

    Idempotent: the parser and the tagger keep what they load in module-level caches, so a
    worker process calling this from its initializer pays the loading cost once.
    """
    from .parse.labeller import tagger

    tagger()
    if tag:
        from .topics import default_taxonomy

        default_taxonomy()


def parse_record(text: str, *, line: int | None = None, tag: bool = False) -> dict[str, Any]:
    """Parse one reference string into its JSON record; never raises for bad input.

    Args:
        text: the reference string.
        line: the input line number, stored as ``x-line`` when given.
        tag: add topic tags (``x-topics``).

    Returns:
        The record (see the module docstring); ``x-raw`` is always ``text``.
    """
    from .parse import parse_reference

    record: dict[str, Any] = {} if line is None else {"x-line": line}
    if not isinstance(text, str):  # e.g. a missing value in a dataframe column
        record.update({"x-raw": None, "x-error": f"TypeError: expected a string, got {type(text).__name__}"})
        return record
    try:
        ref = parse_reference(text)
        item: dict[str, Any] = ref.to_csl()
        if tag:
            from .topics import tag as tag_reference

            item["x-topics"] = [_tag_dict(t) for t in tag_reference(ref)]
    except Exception as exc:  # noqa: BLE001 - a batch keeps every failure as data
        record.update({"x-raw": text, "x-error": f"{type(exc).__name__}: {exc}"})
        return record
    record.update(item)
    record["x-raw"] = text
    return record


def dumps_record(record: dict[str, Any]) -> str:
    """One record as a single JSON line (no newline; CJK kept, lone surrogates escaped)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "backslashreplace"
    ).decode("utf-8")


@dataclass(frozen=True)
class ParseTask:
    """The streaming chunk task: parse (and optionally tag) each line into a JSON line.

    Blank lines give no record. Picklable, so it can run in worker processes.
    """

    tag: bool = False

    def load(self) -> None:
        """Load the models in this process (called once per worker by the pool initializer)."""
        load_models(tag=self.tag)

    def __call__(self, chunk: list[tuple[int, str]]) -> list[str]:
        """Parse one chunk of ``(line_number, text)`` pairs into JSON lines."""
        return [
            dumps_record(parse_record(text, line=number, tag=self.tag))
            for number, text in chunk
            if text.strip()
        ]


def _tag_dict(tag: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(tag) and not isinstance(tag, type):
        return dataclasses.asdict(tag)
    return {"topic": tag.topic, "score": tag.score, "evidence": list(tag.evidence)}
