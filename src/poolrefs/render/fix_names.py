"""``cs:name`` rewritten for citeproc-py (part of the correctness layer, see :mod:`.fixes`)."""

from __future__ import annotations

import re
from typing import Any

from citeproc import model
from citeproc.string import String, join

from ..names import is_cjk
from .source import ET_AL_KEY
from .state import ADDED_NAMES_KEY, GIVEN_KEY, STATE

__all__ = ["Name", "initialize_given"]


def initialize_given(given: str, mark: str, *, hyphen: bool = True, all_words: bool = True) -> str:
    """Initialise given names as citeproc-js does (fixes ``initialize_false`` and abbreviations).

    A word written with a period (``Ph.``, ``ME.``) is already an abbreviation and is kept; a
    single letter is an initial; other words become their initial (``all_words``) or stay
    whole (``initialize="false"``). Lower-case words (particles) are kept.
    """
    if not all_words:  # citeproc-js: "T.-L." -> "T. L." when names are not initialised
        given = re.sub(r"(?<=\b\w\.)-(?=\w\b)", " ", given)
    parts = given.split("-") if hyphen else [given.replace("-", " ")]
    out = []
    for part in parts:
        pieces = []
        for match in re.finditer(r"([^\s.]+)(\.?)", part):
            word, dot = match.groups()
            if word[:1].islower() and len(word) > 1 and not dot:
                pieces.append(word + " ")
            elif dot or len(word) == 1:
                pieces.append(word + mark)
            elif all_words:
                pieces.append(word[0] + mark)
            else:
                pieces.append(word + " ")
        out.append("".join(pieces).strip())
    return "-".join(p for p in out if p)


class Name(model.Name):  # type: ignore[misc]
    """``cs:name`` rewritten.

    Fixes ``cjk_names``, ``initialize_false``,
    ``delimiter_precedes_last``, ``et_al_use_last`` and ``truncated_author_list``.
    """

    def process(
        self, item: Any, variable: str, context: Any = None, sort_options: Any = None, **kwargs: Any
    ) -> Any:
        """The names of ``variable``, as citeproc-js renders them."""

        def opt(name: str) -> Any:
            return self.get_option(name, context, sort_options)

        sorting = bool(sort_options and sort_options.get("poolrefs-sort"))
        self._sorting = sorting
        names = list(item.reference.get(variable, []))
        truncated_source = variable == "author" and bool(item.reference.get(ET_AL_KEY))
        et_al_min, use_first = opt("et-al-min"), opt("et-al-use-first")
        use_first = max(use_first, self._added_names(item, context))
        truncate = bool(et_al_min) and len(names) >= et_al_min and len(names) > use_first
        form = opt("form")
        if form == "count":
            return use_first if truncate else len(names)
        shown = names[:use_first] if truncate else names
        use_last = (
            truncate and opt("et-al-use-last") and not truncated_source
            and use_first <= et_al_min - 2
        )  # fmt: skip
        order = opt("name-as-sort-order")
        inverted = [
            "literal" not in name and (sorting or order == "all" or (order == "first" and i == 0))
            for i, name in enumerate(shown)
        ]
        outputs = [self._one(n, inverted[i], form, opt, context) for i, n in enumerate(shown)]
        if outputs and form == "short" and self._given_added(item, context):
            mark = opt("initialize-with")
            given = shown[0].parts()[0]
            if given and "literal" not in shown[0] and not is_cjk(shown[0].parts()[1]):
                shown_given = given if mark is None else initialize_given(given, mark)
                outputs[0] = f"{shown_given} {outputs[0]}"
        delimiter = opt("delimiter")
        if sorting:
            return String(join(outputs, delimiter))
        if use_last:
            last = self._one(names[-1], order == "all", form, opt, context)
            ellipsis = "\u2026"
            return String(str(join(outputs, delimiter)) + delimiter + ellipsis + " " + last)
        et_al = self.et_al() if (truncate or truncated_source) else None
        if et_al:
            rule = opt("delimiter-precedes-et-al")
            if _precedes(rule, len(outputs), inverted[-1] if inverted else False):
                return String(str(join(outputs, delimiter)) + delimiter + str(et_al))
            return String(str(join(outputs, delimiter)) + " " + str(et_al))
        and_ = opt("and")
        if and_ and len(outputs) > 1:
            term = self.get_single_term(name="and") if and_ == "text" else "&"
            rule = opt("delimiter-precedes-last")
            sep = delimiter if _precedes(rule, len(outputs) - 1, inverted[-2]) else " "
            head = str(join(outputs[:-1], delimiter))
            return String(f"{head}{sep}{term} {outputs[-1]}")
        return String(join(outputs, delimiter)) if outputs else None

    def render(self, *args: Any, **kwargs: Any) -> Any:
        """``form="count"`` gives a number for ``cs:names`` to add up (not a string)."""
        result = self.process(*args, **kwargs)
        return result if isinstance(result, int) else self.markup(result)

    def _given_added(self, item: Any, context: Any) -> bool:
        """``disambiguate-add-givenname`` (primary name) applies to this citation."""
        override = getattr(STATE, "given_override", None)
        if override is not None:
            return bool(override)
        if not item.reference.get(GIVEN_KEY):
            return False
        where = context if context is not None else self
        return bool(where.xpath_search("./ancestor::cs:citation"))

    def _added_names(self, item: Any, context: Any) -> int:
        """Names added by ``disambiguate-add-names`` (citations only)."""
        override = getattr(STATE, "names_override", None)
        if override is not None:
            return int(override)
        added = item.reference.get(ADDED_NAMES_KEY)
        if not added:
            return 0
        where = context if context is not None else self
        return int(added) if where.xpath_search("./ancestor::cs:citation") else 0

    def _one(self, name: Any, inverted: bool, form: str, opt: Any, context: Any) -> str:
        given, family, dp, ndp, suffix = name.parts()
        sorting = getattr(self, "_sorting", False)
        if "literal" in name:
            return str(family)
        if is_cjk(family) and (not given or is_cjk(given)):
            given_part, family_part = self._parts(given or "", family)
            return str(family_part) if form == "short" else f"{family_part}{given_part}"
        mark = opt("initialize-with")
        if given and mark is not None:
            given = initialize_given(
                given, mark, hyphen=bool(opt("initialize-with-hyphen")),
                all_words=str(self.get("initialize", "true")).lower() != "false",
            )
        if form == "short":
            given, family = self._parts(given, " ".join(p for p in (ndp, family) if p))
            return str(family)
        demote = opt("demote-non-dropping-particle")
        if sorting and demote != "never":
            demote = "display-and-sort"  # particles sort after the family name
        if inverted:
            if demote in ("never", "sort-only"):
                family = " ".join(p for p in (ndp, family) if p)
                given = " ".join(p for p in (given, dp) if p)
            else:
                given = " ".join(p for p in (given, dp, ndp) if p)
            given, family = self._parts(given, family)
            return str(opt("sort-separator")).join(str(p) for p in (family, given, suffix) if p)
        family = " ".join(p for p in (dp, ndp, family) if p)
        given, family = self._parts(given, family)
        text = " ".join(str(p) for p in (given, family) if p)
        return f"{text}, {suffix}" if suffix and name.get("comma-suffix") else (
            f"{text} {suffix}" if suffix else text)

    def _parts(self, given: Any, family: Any) -> tuple[Any, Any]:
        for part in self.findall("cs:name-part", self.nsmap):
            given, family = part.format_part(given, family)
        return given, family


def _precedes(rule: str, count: int, last_inverted: bool) -> bool:
    if rule == "always":
        return True
    if rule == "never":
        return False
    if rule == "after-inverted-name":
        return last_inverted
    return count >= 2


