"""The correctness layer over citeproc-py 0.11.1: each defect fixed where it arises.

Every fix is a subclass of the citeproc-py element class that has the defect (here, in
:mod:`.fix_names` and :mod:`.fix_layout`), registered in :data:`ELEMENT_CLASSES`, or a step
around the engine (:mod:`.steps`, :mod:`.punctuation`, :mod:`.source`). :mod:`.engine` parses
styles with these classes, so plain citeproc-py elsewhere in the process is unchanged. Each fix
is named after the defect; ``tests/golden/render/fixes.json`` holds citeproc-js's output for
each (``tests/test_render_fixes.py``). Upstream citeproc-py issues are given where one exists.

* ``cjk_names``: CJK names print family+given unspaced, never initialised (citeproc-py
  printed ``李, . 明星 .``).
* ``text_case_on_plain_values``: ``text-case``/``strip-periods`` on numbers and plain strings
  raised ``AttributeError`` ('str' object has no attribute 'capitalize_first') in 141 styles
  (citeproc-py#100, citeproc-py#156).
* ``title_case``: citeproc-js's stop words, hyphenated words, first/last word, and title case
  for labels and terms with no language (``(eds.)`` -> ``(Eds.)``).
* ``group_suppression_by_taken_branch``: a group is suppressed only when the variables that
  were actually evaluated are all empty (non-empty macros and sub-groups count as rendered);
  citeproc-py also counted variables in ``cs:choose`` branches not taken, dropping GB/T 7714's
  ``[J]``/``[M]`` type tags.
* ``initialize_false``: ``initialize="false"`` keeps full given names; existing initials
  and abbreviations (``Ph.``) are normalised as citeproc-js does.
* ``page_range_minimal``: ``minimal`` compared digits of ranges of different length
  (``5-51`` -> ``5–1``); abbreviated ends, prefixes and chicago-15/16 rules (citeproc-py#198).
* ``number_ranges``: hyphenated number ranges in volume/issue use the range delimiter.
* ``sort_keys``: name sort keys without the "and"/"&" connector, particles after the family
  name, accent- and case-insensitive; Chinese styles order Chinese entries first, by pinyin
  (citeproc-py#215).
* ``particles``: particles written inside family/given names (``van der Meer``) are read as
  particles.
* ``delimiter_precedes_last`` and ``et_al_use_last``: the CSL rules, incl.
  ``after-inverted-name``.
* ``truncated_author_list``: a reference whose source list was truncated (``x-et-al``) keeps
  its et-al term in every style and never gains an author through ``et-al-use-last``.
* ``label_of_empty_variable``: no label (``p.``) for an empty variable.
* ``label_plural_thousands``: ``9,959,675`` is one number; ``213, and 235`` is plural.
* ``type_test_any_value``: ``type="thesis manuscript"`` matches either type.
* ``second_field_align_space``: the label column is followed by a space.
* ``citation_number_collapse``: ``collapse="citation-number"`` (``[1]–[3]``).
* ``year_collapse``: ``collapse="year"``/``"year-suffix"`` (``Doe 2000, 2001``, ``2000a, b``).
* ``year_suffix``: disambiguation as citeproc-js does it: given-name initials, added names,
  ``disambiguate="true"`` conditions, then year suffixes (implicit after the first year when
  the style has no ``year-suffix`` variable) (citeproc-py#215).
* ``disambiguate_add_names``: see ``year_suffix``.
* ``subsequent_author_substitute``: ``———`` for a repeated author list.
* ``punctuation_in_quote`` and ``smart_quotes``: punctuation moves inside closing quotes per
  locale, straight and nested quotes become the locale's (:mod:`.punctuation`).
* ``no_bibliography_full_note``: styles without ``<bibliography>`` give full citations.
* ``season_ranges``: a season written as a month (13-16, or EDTF's 21-24) is the season, and
  a season prints its long term whatever the month part's form; citeproc-py dropped the month,
  dropped short-form seasons and failed on numeric-form months (:mod:`.source`, ``Date_Part``).
* ``date_ranges``: a date range within one year (``Mar.–May 1999``, ``March 2–9``,
  ``Spring–Summer``) failed with a ``TypeError`` in styles whose date sits inside ``cs:choose``
  (IEEE and many others), vanished where only the year is shown, and printed a day span before
  its month; every range kept the parts' affixes inside the span and ignored
  ``range-delimiter`` (GB/T 7714's ``1998/1999``).
* ``rich_text_markup``: ``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<sc>`` in values are
  formatting; nested italics flip to normal in HTML (:mod:`.formats`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import MixedString, NoCase, String

from ..names import is_cjk
from . import gbt7714, textcase
from .fix_layout import Layout
from .fix_names import Name
from .formats import strip_marks
from .state import DISAMBIGUATE_KEY, STATE
from .state import counter as variable_counter
from .steps import disambiguate, finish_entry, full_note, start_bibliography

__all__ = [
    "ELEMENT_CLASSES", "disambiguate", "finish_entry", "full_note", "prepare_style",
    "start_bibliography",
]


# ----- text case -----------------------------------------------------------------------

_CASES = {
    "lowercase": str.lower,
    "uppercase": str.upper,
    "capitalize-first": textcase.capitalize_first,
    "capitalize-all": textcase.capitalize_all,
    "title": textcase.title_case,
    "sentence": textcase.sentence_case,
}


class _Case:
    """Fix ``text_case_on_plain_values`` and ``title_case``."""

    def case(self, text: Any, language: str | None = None) -> Any:
        text_case = self.get("text-case")  # type: ignore[attr-defined]
        if text_case is None or text is None:
            return text
        if text_case == "title" and language and not language.startswith("en"):
            return text
        func = _CASES.get(text_case)
        if func is None:
            return text
        if isinstance(text, MixedString):
            return MixedString([s if isinstance(s, NoCase) else String(func(str(s))) for s in text])
        if isinstance(text, NoCase):
            return text
        return String(func(str(text)))


# ----- counting variables for group suppression ---------------------------------------


class _Counted:
    """Count variables evaluated and rendered (fix ``group_suppression_by_taken_branch``)."""

    def _counts(self) -> bool:
        return True

    def render(self, *args: Any, **kwargs: Any) -> Any:
        counter = variable_counter()
        counts = self._counts()
        if counts:
            counter[0] += 1
        result = super().render(*args, **kwargs)  # type: ignore[misc]
        if counts and result not in (None, ""):
            counter[1] += 1
        return result


_NUMBER_VARIABLES = {
    "volume", "issue", "number", "edition", "collection-number", "chapter-number",
    "number-of-pages", "number-of-volumes", "part", "supplement", "printing",
}  # fmt: skip
_RANGE = re.compile(r"^\s*(\w*\d+\w*)\s*[-\u2013]\s*(\w*\d+\w*)\s*$")


class _PageRange:
    """Fix ``page_range_minimal``: ranges as citeproc-js formats them.

    (Mixed into citeproc-py's ``Text`` and ``Number``, which provide ``get_single_term``
    and ``format_number``.)

    Abbreviated ends are expanded first (``1536-38`` -> 1538), then ``page-range-format``
    applies; ends with different prefixes (``N110-5``) stay as written.
    """

    def _process(self, value: Any, variable: str) -> Any:
        if variable.startswith("page"):
            delim = str(self.get_single_term(name="page-range-delimiter") or "\u2013")  # type: ignore[attr-defined]
        else:
            delim = "\u2013"
        pieces = re.split(r"(\s*,\s*|\s+&\s+|\s+and\s+)", str(value))
        out = []
        for index, piece in enumerate(pieces):
            if index % 2:
                out.append(", " if "," in piece else f" {piece.strip()} ")
            else:
                out.append(self._range(piece, variable, delim))
        return String("".join(out))

    def _range(self, text: str, variable: str, delim: str) -> str:
        match = re.fullmatch(r"\s*(\w+?)\s*(?:-+|\u2013)\s*(\w+)\s*", text)
        if not match:
            return str(self.format_number(text.strip()))  # type: ignore[attr-defined]
        first, last = match.groups()
        if variable == "page-first":
            return first
        a = re.fullmatch(r"(.*?)(\d+)", first)
        b = re.fullmatch(r"(.*?)(\d+)", last)
        if not a or not b:
            roman = re.fullmatch(r"[ivxlcdm]+", first, re.I) and re.fullmatch(r"[ivxlcdm]+", last, re.I)
            return f"{first}{delim}{last}" if roman else text.strip()
        (pa, na), (pb, nb) = a.groups(), b.groups()
        as_written = f"{first}-{last}"
        if pb and pb != pa or pa and not pb:
            return as_written
        fmt = self.get_root().get_option("page-range-format")  # type: ignore[attr-defined]
        if variable != "page" or not fmt:
            number = self.format_number  # type: ignore[attr-defined]
            return f"{number(first)}{delim}{number(last)}"
        if len(nb) < len(na) and int(na[: len(na) - len(nb)] + nb) > int(na):
            nb = na[: len(na) - len(nb)] + nb
        if int(nb) < int(na):
            return as_written
        short = self._format_last_page(na, nb)
        return f"{pa}{na}{delim}{pa if short == nb else ''}{short}"

    def _format_last_page(self, first: str, last: str) -> str:
        fmt = self.get_root().get_option("page-range-format")  # type: ignore[attr-defined]
        if not (first.isdigit() and last.isdigit()) or len(first) != len(last) or not fmt:
            return last
        if fmt.startswith("chicago"):
            value = int(first)
            if value < 100 or value % 100 == 0:
                return last
            if fmt in ("chicago", "chicago-15") and len(first) >= 4 and _common(first, last) < 2:
                return last
            fmt = "minimal" if value % 100 < 10 else "minimal-two"
        if fmt == "expanded":
            return last
        keep = 2 if fmt == "minimal-two" else 1
        index = min(_common(first, last), len(last) - keep)
        return last[max(index, 0) :]


def _common(first: str, last: str) -> int:
    count = 0
    for a, b in zip(first, last, strict=False):
        if a != b:
            break
        count += 1
    return count


class Text(_Case, _Counted, _PageRange, model.Text):  # type: ignore[misc]
    """``cs:text`` with the case, range and counting fixes."""

    def _counts(self) -> bool:
        # year-suffix is generated, not a variable of the item (as in citeproc-js)
        return "variable" in self.attrib and self.get("variable") != "year-suffix"

    def render(self, *args: Any, **kwargs: Any) -> Any:
        result = super().render(*args, **kwargs)
        if "macro" in self.attrib and result not in (None, ""):
            counter = variable_counter()  # citeproc-js: non-empty macro output counts as a variable
            counter[0] += 1
            counter[1] += 1
        return result

    def strip_periods(self, string: Any) -> Any:
        """Fix ``text_case_on_plain_values`` for ``strip-periods`` on numbers too."""
        return super().strip_periods(String(str(string)) if isinstance(string, int) else string)

    def _variable(self, item: Any, context: Any) -> Any:
        text = super()._variable(item, context)
        variable = self.get("variable")
        if variable in _NUMBER_VARIABLES and text is not None:
            match = _RANGE.match(str(text))
            if match:
                delim = self.get_single_term(name="page-range-delimiter") or "\u2013"
                text = String(f"{match.group(1)}{delim}{match.group(2)}")
        return text


class Number(_Case, _Counted, _PageRange, model.Number):  # type: ignore[misc]
    """``cs:number`` with the case, range and counting fixes."""


class Date(_Counted, model.Date):  # type: ignore[misc]
    """``cs:date`` counted for group suppression; fix ``date_ranges``."""

    def render_date_range(self, date_range: Any, show_parts: Any = None, context: Any = None) -> Any:
        if not callable(getattr(context, "join", None)):
            # the context citeproc-py passes down may be any element (an ``if`` branch, whose
            # ``join`` looks up a child and is None); the date itself joins then
            context = self
        begin, end = date_range.begin, date_range.end
        if end.is_nil():
            return super().render_date_range(date_range, show_parts, context)
        return self._range(begin, end, list(show_parts or ("year", "month", "day")), context)

    def _range(self, begin: Any, end: Any, show: list[str], context: Any) -> Any:
        """Fix ``date_ranges``: ``March 2–9, 1999``, ``Mar.–May 1999``, ``1998/1999`` (GB/T).

        citeproc-py failed on same-year ranges (a ``TypeError`` in styles whose date sits in
        ``cs:choose``; a season has no month to compare), dropped them where only the year is
        shown, put a day span before its month, kept the affixes inside the span and ignored
        ``range-delimiter``. As citeproc-js: the parts that differ form one span, begin–end, in
        the style's order of the parts and between the parts both dates share; inside the span
        the begin's last suffix and the end's first prefix are dropped, and the delimiter is
        the ``range-delimiter`` of the largest part that differs.
        """
        if begin.year != end.year:
            differing = ["year", "month", "day"]
        elif begin.get("month", begin.get("season")) != end.get("month", end.get("season")):
            differing = ["month", "day"]
        elif begin.get("day") != end.get("day"):
            differing = ["day"]
        else:
            differing = []
        elements = {child.get("name"): child for child in self.iterchildren()}
        order = [name for name in elements if name in show]
        run = [part for part in order if part in differing]
        if not run:  # the parts shown are the same in both dates
            return self.render_single_date(begin, show, context)
        first, last = order.index(run[0]), order.index(run[-1])
        before = self.render_single_date(end, order[:first], context) if first else None
        after = self.render_single_date(end, order[last + 1:], context) if last + 1 < len(order) else None
        start = self.render_single_date(begin, run, context)
        stop = self.render_single_date(end, run, context)
        if not (start and stop):
            return self.render_single_date(begin, show, context)
        start = _strip_affix(start, elements[run[-1]].get("suffix", ""), at_end=True)
        stop = _strip_affix(stop, elements[run[0]].get("prefix", ""), at_end=False)
        largest = next(name for name in ("year", "month", "day") if name in differing and name in run)
        delimiter = elements[largest].get("range-delimiter") or self.unicode_character("EN DASH")
        joiner = context if self.is_locale_date() else self  # as citeproc-py joins a date's parts
        return joiner.join([before, start + delimiter + stop, after])


def _strip_affix(text: Any, affix: str, *, at_end: bool) -> Any:
    """``text`` without ``affix`` and spaces at its end (or start), keeping the string classes."""
    if isinstance(text, MixedString):
        parts = list(list.__iter__(text))  # MixedString indexes its characters, not its parts
        if not parts:
            return text
        index = -1 if at_end else 0
        parts[index] = _strip_affix(parts[index], affix, at_end=at_end)
        return MixedString(parts)
    if isinstance(text, str):
        plain = str(text)
        if at_end:
            plain = plain[: len(plain) - len(affix)] if affix and plain.endswith(affix) else plain
            return text.__class__(plain.rstrip())
        plain = plain[len(affix):] if affix and plain.startswith(affix) else plain
        return text.__class__(plain.lstrip())
    return text


class Date_Part(_Case, model.Date_Part):  # type: ignore[misc]
    """``cs:date-part`` with the case fix; the implicit year suffix (fix ``year_suffix``)."""

    def process(self, date: Any, context: Any = None) -> Any:
        if self.get("name") == "month" and "month" not in date and "season" in date:
            return self._season(date, context)
        text = super().process(date, context)
        suffix = getattr(STATE, "pending_suffix", None)
        if suffix and self.get("name") == "year" and text:
            STATE.pending_suffix = None
            return f"{text}{suffix}"
        return text


    def _season(self, date: Any, context: Any) -> Any:
        """Fix ``season_ranges``: a season prints its long term whatever the month's form.

        citeproc-py looked up a short season term (there is none: the date part vanished) and
        failed an assertion on ``form="numeric"`` (260 styles could not render the entry).
        """
        context = self if context is None else context
        try:  # the style's own attributes for the part, as citeproc-py merges them
            expr = f'./cs:date-part[@name="{self.get("name")}"]'
            self.attrib.update(dict(context.xpath_search(expr)[0].attrib))
        except (AttributeError, IndexError):
            pass
        season = date.season
        if str(season) in ("1", "2", "3", "4"):
            return context.get_single_term(name=f"season-{int(season):02}")
        return str(season)


class Label(_Case, model.Label):  # type: ignore[misc]
    """``cs:label`` with the case fix; fix ``label_of_empty_variable`` (``p .``)."""

    def process(self, item: Any, variable: Any = None, plural: Any = None, context: Any = None,
                **kwargs: Any) -> Any:
        name = self.get("variable")
        missing = name and name != "locator" and name.replace("-", "_") not in item.reference
        if variable is None and missing:
            return None
        if variable is None and name == "locator" and not item.has_locator:
            return None
        return super().process(item, variable, plural, context, **kwargs)

    def _is_plural(self, item: Any) -> bool:
        """Fix ``label_plural_thousands``: ``9,959,675`` is one number, not a list."""
        name = self.get("variable")
        try:
            value = item.locator.identifier if name == "locator" else item.reference[
                name.replace("-", "_")]
        except (VariableError, KeyError, AttributeError):
            return False
        if name.startswith("number-of"):
            return str(value).strip().isdigit() and int(str(value)) > 1
        value = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", str(value))
        and_term = re.escape(str(self.get_single_term(name="and") or "and"))
        separator = rf"(?:[-\u2013,&]|\s(?:{and_term}|and)\s)"
        return re.search(rf"\d\s*{separator}\D*\d", value) is not None


class If(model.If):  # type: ignore[misc]
    """Fix ``type_test_any_value``.

    ``type="thesis manuscript"`` is true for either type
    (an item has one type), also under the default ``match="all"``.
    """

    def _type(self, item: Any) -> list[bool]:
        types = self.__dict__.get("_poolrefs_types")
        if types is None:
            types = self.__dict__["_poolrefs_types"] = frozenset(self.get("type").lower().split())
        return [item.reference.type in types]

    def render(self, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        """Fix ``disambiguate_condition``.

        ``disambiguate="true"`` holds only for citations
        still ambiguous after adding names (citeproc-py treated it as always true).
        """
        if "disambiguate" in self.attrib:
            wanted = self.get("disambiguate") == "true"
            if bool(item.reference.get(DISAMBIGUATE_KEY)) != wanted:
                raise model.ConditionFailed
            if len(self.attrib) == 1 or (len(self.attrib) == 2 and "match" in self.attrib):
                return self.render_children(item, context=context, delimiter=delimiter, **kwargs)
        return super().render(item, context=context, delimiter=delimiter, **kwargs)


class Else_If(If):
    """``cs:else-if`` with the ``If`` fixes."""


class Name_Part(_Case, model.Name_Part):  # type: ignore[misc]
    """``cs:name-part`` with the case fix."""


class Names(_Counted, model.Names):  # type: ignore[misc]
    """``cs:names`` counted for group suppression.

    Remembers an entry's first names for
    ``subsequent-author-substitute``.
    """

    def render(self, *args: Any, **kwargs: Any) -> Any:
        if getattr(STATE, "suppress_names", False) and not kwargs.get("sort_options"):
            return None  # the author of a collapsed cite is already shown
        result = super().render(*args, **kwargs)
        if result and getattr(STATE, "first_names", "") is None and not kwargs.get("sort_options"):
            STATE.first_names = str(result)
        return result


class Group(model.Group):  # type: ignore[misc]
    """Fix ``group_suppression_by_taken_branch``."""

    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        counter = variable_counter()
        called, rendered = counter
        output = []
        delimiter = self.get("delimiter", "")
        for child in self.iterchildren():
            try:
                if isinstance(child, model.Choose):
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None and str(text) != "":
                output.append(text)
        if output and (counter[0] == called or counter[1] > rendered):
            # citeproc-js: a group that renders counts as a non-empty variable for its parent
            counter[0] += 1
            counter[1] += 1
            return self.join(output)
        raise VariableError


# ----- sorting -------------------------------------------------------------------------


def collation_key(text: Any, *, han_first: bool = False) -> str | None:
    """Accent- and case-insensitive sort key; ``None`` for empty values (sorted last).

    With ``han_first`` (Chinese styles, as a zh collation does) Han text sorts before Latin,
    in pinyin order.
    """
    if text is None:
        return None
    value = strip_marks(str(text))
    value = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    value = re.sub(r"^[\W_]+", "", value).casefold()
    if han_first and value and is_cjk(value[0]):
        from pypinyin import Style, lazy_pinyin  # GB/T 7714 orders Chinese by pinyin

        value = "\u0001" + " ".join(lazy_pinyin(value, style=Style.TONE3)) + "\u0001" + value
    return value or None


class Key(model.Key):  # type: ignore[misc]
    """Fix ``sort_keys``."""

    def sort_keys(self, items: Any, context: Any) -> list[Any]:
        han_first = gbt7714.is_multilingual(self.get_root())
        if "macro" not in self.attrib:
            variable = self.get("variable", "").replace("-", "_")
            keys = super().sort_keys(items, context)
            if variable in model.NAMES or variable not in model.DATES + model.NUMBERS + [
                "citation_number"
            ]:
                return [collation_key(k, han_first=han_first) for k in keys]
            return list(keys)
        layout = context.get_layout()
        options: dict[str, Any] = {"name-as-sort-order": "all", "poolrefs-sort": True}
        for option in ("names-min", "names-use-first", "names-use-last"):
            if option in self.attrib:
                options[option.replace("names", "et-al")] = self.get(option)
        macro = self.get_macro(self.get("macro"))
        keys = []
        for item in items:
            layout.repressed = {}
            text = macro.render(item, context=context, sort_options=options)
            keys.append(collation_key(text, han_first=han_first))
        return keys


#: CSL element name -> corrected class.
ELEMENT_CLASSES: dict[str, type[Any]] = {
    "text": Text, "number": Number, "date": Date, "date-part": Date_Part, "label": Label,
    "name-part": Name_Part, "names": Names, "group": Group, "name": Name, "key": Key,
    "layout": Layout, "if": If, "else-if": Else_If,
}  # fmt: skip


def prepare_style(root: Any) -> None:
    """Prepare a parsed style for the corrected classes.

    Gives every ``cs:names`` outside ``cs:substitute`` an explicit ``cs:name`` child, so the
    corrected :class:`Name` renders it (citeproc-py would create its own uncorrected one).
    """
    ns = "{http://purl.org/net/xbiblio/csl}"
    root.__dict__["_poolrefs_explicit_suffix"] = any(
        el.get("variable") == "year-suffix" for el in root.iter(f"{ns}text")
    )
    root.__dict__["_poolrefs_disambiguate_condition"] = any(
        "disambiguate" in el.attrib for el in root.iter(f"{ns}if", f"{ns}else-if")
    )
    for names in root.iter(f"{ns}names"):
        parent = names.getparent()
        if parent is not None and parent.tag == f"{ns}substitute":
            continue
        if names.find(f"{ns}name") is None:
            names.insert(0, names.makeelement(f"{ns}name", {}))


