"""Topic taxonomies: the data model, loading from TOML or JSON, and validation.

A taxonomy file names its topics; each topic has an id, English and Chinese labels, a
definition, weighted cue groups and negative cue groups::

    [taxonomy]
    id = "patent-pools"
    threshold = 0.5

    [[topics]]
    id = "pool-formation"
    label = { en = "Pool formation and membership", zh = "专利池的形成与成员" }
    definition = "Why, when and how pools form ..."

    [[topics.cues]]
    weight = 1.0
    en = ["pool ~ formation", "coalition formation"]
    zh = ["联盟 ~ 形成", "组建"]

    [[topics.negative]]
    weight = 1.0
    en = ["information"]

    [[topics.context]]          # optional: the topic is tagged only in this context
    en = ["pool", "alliance"]
    zh = ["联盟", "池"]

    [terms.collective]          # optional: named term sets, used in cues as "$collective"
    en = ["pool", "alliance", "consortium"]
    zh = ["联盟", "池"]

A cue part written ``$name`` stands for every term of the set ``name`` in the cue's language
(``"$collective ~ formation"`` matches "alliance formation" and "consortium formation"; a
cue that is only ``"$collective"`` stands for the terms themselves). The variants of one cue
count once, as one cue.

A cue group may name topics it yields to (``yields-to = ["innovation-effects"]``): its cues
count for their topic only on references where none of those topics is tagged (at the
taxonomy's own thresholds, whatever threshold the caller asks for). In "Does joining a pool
raise patenting?" joining is the cause of an innovation effect, not a study of who joins, while
"To join or not to join" alone is. A topic named in ``yields-to`` may not have yielding cues
itself, so whether it is tagged never depends on a yield.

Context groups (optional) restrict a topic to references that mention one of their terms in
any field read (a topic defined for pools and alliances is not tagged on a paper about
innovation in general); their weights are ignored. Context-negative groups
(``[[topics.context-negative]]``) name phrases in which a context term does not count
("cooperative game" is no cooperation of firms).

English cues are matched on word stems (``forming a pool`` matches ``pool ~ formation``); parts
joined by ``~`` must occur near each other in any order. Chinese cues are matched on characters.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import FormatError
from .taxonomy_file import taxonomy_from_data
from .taxonomy_types import DEFAULT_FIELD_WEIGHTS, Cue, Taxonomy, Topic

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "DEFAULT_FIELD_WEIGHTS",
    "Cue",
    "Taxonomy",
    "Topic",
    "default_taxonomy",
    "load_taxonomy",
    "parse_taxonomy",
]

_DEFAULT_FILE = "topics-patent-pools.toml"


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (TOML, or JSON by its ``.json`` suffix).

    Args:
        path: the file; ``None`` for the packaged default (patent pools and alliances).

    Returns:
        The validated taxonomy.

    Raises:
        FormatError: the file is not valid TOML/JSON or a topic is malformed; the message
            names the file, the topic and the field.
        OSError: the file cannot be read.

    Example:
        >>> tax = load_taxonomy()
        >>> "rent-sharing" in tax.topic_ids
        True
    """
    if path is None:
        return default_taxonomy()
    p = Path(path)
    text = p.read_text(encoding="utf-8-sig")
    return parse_taxonomy(text, source=str(p), fmt="json" if p.suffix.lower() == ".json" else "toml")


_DEFAULT: list[Taxonomy] = []


def default_taxonomy() -> Taxonomy:
    """The packaged taxonomy (read once)."""
    if not _DEFAULT:
        data = resources.files("poolrefs").joinpath("data").joinpath(_DEFAULT_FILE)
        text = data.read_text(encoding="utf-8")
        _DEFAULT.append(parse_taxonomy(text, source=f"<package>/{_DEFAULT_FILE}"))
    return _DEFAULT[0]


def parse_taxonomy(text: str, *, source: str = "<string>", fmt: str = "toml") -> Taxonomy:
    """Validate taxonomy text (``fmt`` ``"toml"`` or ``"json"``) into a :class:`Taxonomy`."""
    try:
        data: Any = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"not valid {fmt.upper()}: {exc}", source=source) from exc
    return taxonomy_from_data(data, source=source)
