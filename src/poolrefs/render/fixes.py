"""The correctness layer over citeproc-py 0.11.1: each defect fixed where it arises.

Every fix is a subclass of the citeproc-py element class that has the defect, registered in
:data:`ELEMENT_CLASSES`; :mod:`.engine` parses styles with these classes, so plain citeproc-py
elsewhere in the process is unchanged. Fixes (named after the defect; the golden tests in
``tests/golden/render/`` hold citeproc-js's output for each):

* ``cjk_names``: CJK names print family+given unspaced, never initialised (citeproc-py
  printed ``李, . 明星 .``).
* ``text_case_on_plain_values``: ``text-case`` on numbers and plain strings raised
  ``AttributeError`` ('str' object has no attribute 'capitalize_first'), in 141 styles.
* ``title_case``: citeproc-js's stop words, hyphenated words, and no title case skipped for
  labels and terms with no language (``(eds.)`` -> ``(Eds.)``).
* ``group_suppression_by_taken_branch``: a group is suppressed only when the variables that
  were actually evaluated are all empty; citeproc-py also counted variables in ``cs:choose``
  branches not taken, dropping GB/T 7714's ``[J]``/``[M]`` type tags.
* ``initialize_false``: ``initialize="false"`` keeps full given names.
* ``page_range_minimal``: ``minimal`` formats compared digits of ranges of different length
  (``5-51`` -> ``5–1``).
* ``number_ranges``: hyphenated number ranges in volume/issue use the range delimiter.
* ``sort_keys``: name sort keys without the "and"/"&" connector, with particles, compared
  accent- and case-insensitively.
* ``delimiter_precedes_last`` and ``et_al_use_last``: the CSL rules, incl. ``after-inverted-name``.
* ``truncated_author_list``: a reference whose source list was truncated (``x-et-al``) keeps
  its et-al term in every style and never gains an author through ``et-al-use-last``.
* ``second_field_align_space``: the label column is followed by a space.
* ``citation_number_collapse``: ``collapse="citation-number"`` (``[1]–[3]``).
* ``year_suffix``: ``disambiguate-add-year-suffix`` (``2011a``, ``2011b``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any

from citeproc import Citation, model
from citeproc.source import VariableError
from citeproc.string import MixedString, NoCase, String, join

from ..names import is_cjk
from . import gbt7714, textcase
from .formats import strip_marks
from .punctuation import clean_punctuation, smart_apostrophes, smart_quotes
from .source import ET_AL_KEY, FastCitationItem

#: citeproc reference attribute: how many names a citation shows after disambiguation.
ADDED_NAMES_KEY = "poolrefs_added_names"
#: citeproc reference attribute: the citation is still ambiguous (``disambiguate="true"``).
DISAMBIGUATE_KEY = "poolrefs_disambiguate"
#: citeproc reference attribute: the citation shows the primary author's initials.
GIVEN_KEY = "poolrefs_given_added"

__all__ = [
    "ELEMENT_CLASSES", "disambiguate", "finish_entry", "full_note", "prepare_style",
    "start_bibliography",
]

_STATE = threading.local()


def _counter() -> list[int]:
    counter: list[int] | None = getattr(_STATE, "counter", None)
    if counter is None:
        counter = _STATE.counter = [0, 0]
    return counter


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
        counter = _counter()
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
    """Fix ``page_range_minimal`` (and chicago ranges) in citeproc-py's ``FormatNumber``."""

    def _format_last_page(self, first: str, last: str) -> str:
        fmt = self.get_root().get_option("page-range-format")  # type: ignore[attr-defined]
        if not (first.isdigit() and last.isdigit()) or len(first) != len(last) or not fmt:
            return last
        if fmt.startswith("chicago"):
            value = int(first)
            if value < 100 or value % 100 == 0:
                return last
            if fmt == "chicago-15" and len(first) >= 4 and _common(first, last) < 2:
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
            counter = _counter()  # citeproc-js: non-empty macro output counts as a variable
            counter[0] += 1
            counter[1] += 1
        return result

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
    """``cs:date`` counted for group suppression."""


class Date_Part(_Case, model.Date_Part):  # type: ignore[misc]
    """``cs:date-part`` with the case fix; the implicit year suffix (fix ``year_suffix``)."""

    def process(self, date: Any, context: Any = None) -> Any:
        text = super().process(date, context)
        suffix = getattr(_STATE, "pending_suffix", None)
        if suffix and self.get("name") == "year" and text:
            _STATE.pending_suffix = None
            return f"{text}{suffix}"
        return text


def _start_item(root: Any, reference: Any) -> None:
    """Per-item state (year suffix, first names).

    A year suffix goes after the first year rendered unless the style
    renders ``year-suffix`` itself (CSL 1.0.1, disambiguation).
    """
    _STATE.first_names = None
    explicit = root.__dict__.get("_poolrefs_explicit_suffix", True)
    _STATE.pending_suffix = None if explicit else reference.get("year_suffix")


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
        return re.search(r"\d+\s*(?:[-\u2013,&]|and)\s*\S*\d+", value) is not None


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
        result = super().render(*args, **kwargs)
        if result and getattr(_STATE, "first_names", "") is None and not kwargs.get("sort_options"):
            _STATE.first_names = str(result)
        return result


class Group(model.Group):  # type: ignore[misc]
    """Fix ``group_suppression_by_taken_branch``."""

    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        counter = _counter()
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


# ----- names ---------------------------------------------------------------------------


def _initials_only(given: str, mark: str) -> str:
    """``initialize="false"``: keep full names, only normalise existing initials."""
    out = []
    for word in given.replace(".", ". ").split():
        bare = word.strip(".-")
        initial = len(bare) == 1 and bare.isalpha()
        out.append(bare + mark.rstrip() if initial else word)
    return " ".join(out).strip()


class Name(model.Name):  # type: ignore[misc]
    """``cs:name`` rewritten.

    Fixes ``cjk_names``, ``initialize_false``,
    ``delimiter_precedes_last``, ``et_al_use_last`` and ``truncated_author_list``.
    """

    def process(
        self, item: Any, variable: str, context: Any = None, sort_options: Any = None, **kwargs: Any
    ) -> Any:
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
        inverted = [sorting or order == "all" or (order == "first" and i == 0)
                    for i in range(len(shown))]  # fmt: skip
        outputs = [self._one(n, inverted[i], form, opt, context) for i, n in enumerate(shown)]
        if outputs and form == "short" and self._given_added(item, context):
            mark = opt("initialize-with") or ". "
            given = shown[0].parts()[0]
            if given and "literal" not in shown[0] and not is_cjk(shown[0].parts()[1]):
                outputs[0] = f"{self.initialize(given, mark, context).strip()} {outputs[0]}"
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

    def _given_added(self, item: Any, context: Any) -> bool:
        """``disambiguate-add-givenname`` (primary name) applies to this citation."""
        override = getattr(_STATE, "given_override", None)
        if override is not None:
            return bool(override)
        if not item.reference.get(GIVEN_KEY):
            return False
        where = context if context is not None else self
        return bool(where.xpath_search("./ancestor::cs:citation"))

    def _added_names(self, item: Any, context: Any) -> int:
        """Names added by ``disambiguate-add-names`` (citations only)."""
        override = getattr(_STATE, "names_override", None)
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
            if str(self.get("initialize", "true")).lower() == "false":
                given = _initials_only(given, mark)
            else:
                given = self.initialize(given, mark, context).strip()
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


# ----- layout --------------------------------------------------------------------------


class Layout(model.Layout):  # type: ignore[misc]
    """Fixes ``second_field_align_space``, ``citation_number_collapse``; GB/T entry locales."""

    def render_bibliography(self, citation_items: Any) -> list[Any]:
        align = self.getparent().get("second-field-align")
        substitute = self.getparent().get("subsequent-author-substitute")
        out = []
        for item in citation_items:
            self.repressed: dict[str, list[str]] = {}
            _start_item(self.get_root(), item.reference)
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
            body = join(texts) if not (align and len(texts) > 1) else (
                join([texts[0], String(" ")]) + join(texts[1:]))
            names = getattr(_STATE, "first_names", None)
            if substitute is not None and names:
                body = self._substitute(body, names, substitute)
            out.append(self.format(self.wrap(body)))
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
        parent = self.getparent()
        bibliography = citation.bibliography
        cites = [c for c in citation.cites if not c.is_bad()]
        cites.sort(key=lambda c: bibliography.keys.index(c.key))
        if parent.sort is not None:
            cites = parent.sort.sort(cites, self)
        rendered = []
        for cite in cites:
            self.repressed = {}
            _start_item(self.get_root(), cite.reference)
            try:
                text = self.render_children(cite)
            except VariableError:
                continue
            if text is not None:
                rendered.append((cite.number, cite.get("prefix", "") + text + cite.get("suffix", "")))
                parent.cites.append(cite)
        texts = [t for _, t in rendered]
        if parent.get("collapse") == "citation-number":
            texts = _collapse(rendered)
        texts += [callback(c) or f"{c.key}?" for c in citation.cites if c.is_bad()]
        return self.format(self.wrap(self.join(texts)))


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


# ----- whole-entry steps -----------------------------------------------------------------


def disambiguate(loaded: Any, bib: Any) -> None:
    """Fix ``year_suffix`` (and disambiguation generally).

    Citations that render alike are told apart as citeproc-js does:
    first by adding names (``disambiguate-add-names``), then by year suffixes ``a``, ``b``...
    in bibliography order (``disambiguate-add-year-suffix``).
    """
    citation = loaded.root.citation
    add_names = _flag(citation, "disambiguate-add-names")
    add_suffix = _flag(citation, "disambiguate-add-year-suffix")
    condition = loaded.root.__dict__.get("_poolrefs_disambiguate_condition")
    if not (add_names or add_suffix or condition):
        return
    groups = _collisions(citation, bib.items, None)
    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    if _flag(citation, "disambiguate-add-givenname") and rule.startswith("primary-name"):
        groups = [g for group in groups for g in _add_given(citation, group)]
    if add_names:
        groups = [g for group in groups for g in _add_names(citation, group)]
    if groups and loaded.root.__dict__.get("_poolrefs_disambiguate_condition"):
        for items in groups:
            for item in items:
                setattr(item.reference, DISAMBIGUATE_KEY, True)
        groups = [g for group in groups for g in _collisions(citation, group, None)]
    if add_suffix:
        for items in groups:
            for index, item in enumerate(items):
                item.reference.year_suffix = String(_suffix(index))
    citation.cites = []


def _flag(element: Any, name: str) -> bool:
    return str(element.get(name, "false")).lower() == "true"


def _collisions(citation: Any, items: list[Any], names: int | None) -> list[list[Any]]:
    layout = citation.layout
    groups: dict[str, list[Any]] = {}
    _STATE.names_override = names
    try:
        for item in items:
            citation.cites = []
            layout.repressed = {}
            try:
                text = layout.render_children(item)
            except Exception:  # a citation that cannot render cannot be ambiguous either
                continue
            groups.setdefault(strip_marks(str(text)), []).append(item)
    finally:
        _STATE.names_override = None
    return [g for g in groups.values() if len(g) > 1]


def _add_given(citation: Any, group: list[Any]) -> list[list[Any]]:
    _STATE.given_override = True
    try:
        remaining = _collisions(citation, group, None)
    finally:
        _STATE.given_override = None
    still = [i for g in remaining for i in g]
    for item in group:
        if item not in still:
            setattr(item.reference, GIVEN_KEY, True)
    return remaining


def _add_names(citation: Any, group: list[Any]) -> list[list[Any]]:
    most = max(len(item.reference.get("author", []) or []) for item in group)
    for count in range(2, most + 1):
        remaining = _collisions(citation, group, count)
        if len(remaining) < 1 or sum(map(len, remaining)) < len(group):
            for item in group:
                if not any(item in g for g in remaining):
                    setattr(item.reference, ADDED_NAMES_KEY, count)
            if not remaining:
                return []
            group = [i for g in remaining for i in g]
    return [group]


def _suffix(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def start_bibliography(loaded: Any) -> None:
    """Reset per-bibliography state (the previous entry's names)."""
    if loaded.has_bibliography():
        layout = loaded.root.bibliography.layout
        layout.__dict__.pop("_poolrefs_previous_names", None)
        loaded.root.__dict__["_poolrefs_bib_layout"] = layout  # keep the proxy (and state) alive


def full_note(loaded: Any, bib: Any, item: Any) -> str:
    """A style without ``<bibliography>``: the entry is its first, full citation."""
    loaded.root.citation.cites = []
    citation = Citation([FastCitationItem(item.key)])
    citation.bibliography = bib
    with gbt7714.entry_locale(loaded.root, item.reference):
        return str(loaded.root.citation.layout.render_citation(citation, lambda i: None))


_QUOTE_TERMS = ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")


def finish_entry(loaded: Any, text: str) -> str:
    """Final punctuation and whitespace clean-up of one entry or citation."""
    root = loaded.root
    piq = str(root.get_locale_option("punctuation-in-quote") or "false").lower() == "true"
    quotes = tuple(str(root.get_single_term(n) or "") for n in _QUOTE_TERMS)
    close = quotes[1]
    text = smart_quotes(smart_apostrophes(text), quotes)  # type: ignore[arg-type]
    text = clean_punctuation(text, punctuation_in_quote=piq, close_quote=close)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
