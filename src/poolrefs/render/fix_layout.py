"""``cs:layout`` for citeproc-py: bibliography entries and citations.

Part of the correctness layer, see :mod:`.fixes`.
"""

from __future__ import annotations

import re
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import String, join

from . import gbt7714
from .formats import LEFT, RIGHT
from .state import STATE, start_item

__all__ = ["Layout"]


class Layout(model.Layout):  # type: ignore[misc]
    """Fixes ``second_field_align_space``, ``citation_number_collapse``; GB/T entry locales."""

    def render_bibliography(self, citation_items: Any) -> list[Any]:
        """Entries, with the label column spaced and per-entry language terms."""
        align = self.getparent().get("second-field-align")
        substitute = self.getparent().get("subsequent-author-substitute")
        out = []
        for item in citation_items:
            self.repressed: dict[str, list[str]] = {}
            start_item(self.get_root(), item.reference)
            with gbt7714.entry_locale(self.get_root(), item.reference):
                texts = []
                for child in self.iterchildren():
                    try:
                        text = child.render(item)
                    except VariableError:
                        continue
                    if text is not None and str(text) != "":
                        texts.append(text)
            if not texts:
                continue
            aligned = bool(align) and len(texts) > 1
            body = join(texts[1:] if aligned else texts)
            names = getattr(STATE, "first_names", None)
            if substitute is not None and names:
                body = self._substitute(body, names, substitute)
            entry = self.format(self.wrap(body))
            if aligned:  # the label column and the rest (HTML: citeproc-js's two divs)
                entry = String(f"{LEFT[0]}{texts[0]}{LEFT[1]} {RIGHT[0]}{entry}{RIGHT[1]}")
            out.append(entry)
        return out

    def _substitute(self, body: Any, names: str, substitute: str) -> Any:
        """Fix ``subsequent_author_substitute`` (rule ``complete-all``)."""
        previous = self.__dict__.get("_poolrefs_previous_names")
        self.__dict__["_poolrefs_previous_names"] = names
        text = str(body)
        if previous == names and names in text:
            return String(text.replace(names, substitute, 1))
        return body

    def render_citation(self, citation: Any, callback: Any) -> Any:
        """One citation: cites in input order (or the style's), collapsed as asked."""
        parent = self.getparent()
        cites = [c for c in citation.cites if not c.is_bad()]  # input order (citeproc-js)
        if parent.sort is not None:
            cites = parent.sort.sort(cites, self)
        rendered = []
        names = []
        shown = []
        for cite in cites:
            text = self._cite(cite)
            if text is not None:
                rendered.append((cite.number, cite.get("prefix", "") + text + cite.get("suffix", "")))
                names.append(getattr(STATE, "first_names", None))
                shown.append(cite)
                parent.cites.append(cite)
        texts = [t for _, t in rendered]
        collapse = parent.get("collapse")
        by_year = collapse in ("year", "year-suffix", "year-suffix-ranged")
        if collapse == "citation-number":
            texts = _collapse(rendered)
        elif (by_year or parent.get("cite-group-delimiter") is not None) and len(texts) > 1:
            entries = _regroup(list(zip(shown, texts, names, strict=True)))
            return self._collapse_years(
                citation, [e[0] for e in entries], [e[1] for e in entries],
                [e[2] for e in entries], callback, shorten=by_year,
            )
        texts += [callback(c) or f"{c.key}?" for c in citation.cites if c.is_bad()]
        return self.format(self.wrap(self.join(texts)))

    def _cite(self, cite: Any, *, without_names: bool = False) -> Any:
        self.repressed = {}
        start_item(self.get_root(), cite.reference)
        STATE.suppress_names = without_names
        try:
            return self.render_children(cite)
        except VariableError:
            return None
        finally:
            STATE.suppress_names = False

    def _collapse_years(
        self, citation: Any, cites: list[Any], texts: list[Any], names: list[Any], callback: Any,
        *, shorten: bool = True,
    ) -> Any:
        """Fix ``year_collapse``: ``(Doe, 2000, 2001)`` for ``collapse="year"``."""
        parent = self.getparent()
        inner = parent.get("cite-group-delimiter", ", ")
        outer = parent.get("after-collapse-delimiter", self.get("delimiter", ""))
        by_suffix = parent.get("collapse", "").startswith("year-suffix")
        suffix_delim = parent.get("year-suffix-delimiter", inner)
        groups: list[list[Any]] = []
        merged: set[int] = set()
        previous = None
        last_year: Any = None
        for cite, text, name in zip(cites, texts, names, strict=False):
            year = _year_of(cite)
            suffix = cite.reference.get("year_suffix")
            if name and name == previous and by_suffix and suffix and year == last_year:
                groups[-1][-1] = _add_suffix(groups[-1][-1], str(suffix), suffix_delim,
                                             parent.get("collapse") == "year-suffix-ranged")
                merged.add(id(groups[-1][-1]))
            elif name and name == previous:
                short = self._cite(cite, without_names=True) if shorten else None
                groups[-1].append(cite.get("prefix", "") + (short or text) + cite.get("suffix", ""))
            else:
                groups.append([text])
            previous, last_year = name, year
        joined = []
        for group in groups:
            text = group[0]
            for before, after in zip(group, group[1:], strict=False):
                text = join([text, after], outer if id(before) in merged else inner)
            joined.append(text)
        out = joined[0]
        for index, text in enumerate(joined[1:], start=1):
            out = join([out, text], outer if len(groups[index - 1]) > 1 else self.get("delimiter", ""))
        bad = [callback(c) or f"{c.key}?" for c in citation.cites if c.is_bad()]
        return self.format(self.wrap(self.join([out, *bad])))


def _regroup(entries: list[tuple[Any, Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """Cites by the same authors move next to the first of them (cite grouping)."""
    order: list[Any] = []
    groups: dict[Any, list[tuple[Any, Any, Any]]] = {}
    for entry in entries:
        key = entry[2] or id(entry)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(entry)
    return [entry for key in order for entry in groups[key]]


def _year_of(cite: Any) -> Any:
    issued = cite.reference.get("issued")
    return getattr(issued, "get", lambda key: None)("year") if issued is not None else None


def _add_suffix(text: Any, suffix: str, delimiter: str, ranged: bool) -> str:
    """Append a year suffix to a collapsed cite (``2015a,b``; ranged: ``2015c–e``)."""
    text = str(text)
    if ranged:
        match = re.search(r"([a-z])(?:\u2013([a-z]))?$", text)
        if match:
            last = match.group(2) or match.group(1)
            if ord(suffix) == ord(last) + 1:
                start = match.group(1)
                prev = text[: match.start()]
                # a range needs three letters: a,b -> a–c
                if match.group(2) or prev.endswith(delimiter):
                    return f"{prev}{start}\u2013{suffix}" if match.group(2) else _range_from(prev, start, suffix, delimiter)
    return f"{text}{delimiter}{suffix}"


def _range_from(prev: str, start: str, suffix: str, delimiter: str) -> str:
    head = prev[: -len(delimiter)]
    if head and head[-1].isalpha() and ord(head[-1]) == ord(start) - 1:
        return f"{head}\u2013{suffix}"
    return f"{prev}{start}{delimiter}{suffix}"


def _collapse(rendered: list[tuple[int, Any]]) -> list[Any]:
    out: list[Any] = []
    run: list[tuple[int, Any]] = []
    for number, text in [*rendered, (-10, None)]:
        if run and number == run[-1][0] + 1:
            run.append((number, text))
            continue
        if len(run) >= 3:
            out.append(String(f"{run[0][1]}\u2013{run[-1][1]}"))
        else:
            out.extend(t for _, t in run)
        run = [(number, text)] if text is not None else []
    return out


