"""Per-render state shared by the corrected element classes.

One render at a time per thread; :data:`poolrefs.render.engine.render_lock` serialises renders.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["ADDED_NAMES_KEY", "DISAMBIGUATE_KEY", "GIVEN_KEY", "STATE", "counter", "start_item"]

#: citeproc reference attribute: how many names a citation shows after disambiguation.
ADDED_NAMES_KEY = "poolrefs_added_names"
#: citeproc reference attribute: the citation is still ambiguous (``disambiguate="true"``).
DISAMBIGUATE_KEY = "poolrefs_disambiguate"
#: citeproc reference attribute: the citation shows the primary author's initials.
GIVEN_KEY = "poolrefs_given_added"

STATE = threading.local()


def counter() -> list[int]:
    """Variables evaluated and rendered so far (for group suppression)."""
    counter: list[int] | None = getattr(STATE, "counter", None)
    if counter is None:
        counter = STATE.counter = [0, 0]
    return counter


def start_item(root: Any, reference: Any) -> None:
    """Per-item state (year suffix, first names).

    A year suffix goes after the first year rendered unless the style
    renders ``year-suffix`` itself (CSL 1.0.1, disambiguation).
    """
    STATE.first_names = None
    explicit = root.__dict__.get("_poolrefs_explicit_suffix", True)
    STATE.pending_suffix = None if explicit else reference.get("year_suffix")


