"""The parser's training-data generator (``tools/``): labels are consistent and aligned."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import gen_parser_data as gen  # noqa: E402
from gbt_templates import foreign_record, render_fragment, render_gbt  # noqa: E402
from parser_labels import label_tokens, strip_sentinels  # noqa: E402
from parser_noise import OPS, add_noise  # noqa: E402
from parser_records import make_record  # noqa: E402


def _marked(*pieces: tuple[str, str | None]) -> tuple[str, list[str | None]]:
    out = ""
    for text, label in pieces:
        out += f"{gen.OPEN[label]}{text}{gen.CLOSE[label]}" if label else text
    return strip_sentinels(out, gen.CODES)


def _labels(text: str, labels: list[str | None], rec: dict[str, object] | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], lab) for s, e, lab in label_tokens(text, labels, rec)]


@pytest.mark.parametrize(
    "pieces",
    [
        # Nature: "in Book (ed. Watson, K.) 140–176"
        [("T", "title"), (". in ", None), ("Book", "container"), (" (ed. ", None), ("Watson", "editor"),
         (", K.) 140–176", None)],
        # APA: "In K. Watson (Eds.), Book"
        [("T", "title"), (". In K. ", None), ("Watson", "editor"), (" (Eds.), ", None), ("Book", "container")],
        # Vancouver: "In: Watson K, editors. Book"
        [("T", "title"), (". In: ", None), ("Watson", "editor"), (" K, editors. ", None), ("Book", "container")],
        # Chicago: "In Book, edited by K. Watson, 1–2"
        [("T", "title"), (". In ", None), ("Book", "container"), (", edited by K. ", None), ("Watson", "editor"),
         (", 1–2.", None)],
    ],
)
def test_role_words_and_their_brackets_take_the_editor_label(pieces: list[tuple[str, str | None]]) -> None:
    text, labels = _marked(*pieces)
    tokens = _labels(text, labels, {"editor": [{"family": "Watson", "given": "K."}]})
    roles = [(t, lab) for t, lab in tokens if t.lower() in {"ed", "eds", "editors", "edited", "by", "(", ")"}]
    assert roles, tokens
    assert all(lab == "editor" for _, lab in roles), tokens


def test_edition_words_stay_edition() -> None:
    text, labels = _marked(("A title", "title"), (" (2nd ed.). ", None), ("Press", "publisher"))
    tokens = _labels(text, labels, {"edition": "2"})
    assert [lab for t, lab in tokens if t in ("(", "2nd", "ed", ")")] == ["edition"] * 4


def test_translator_role_words() -> None:
    text, labels = _marked(("A title", "title"), (" (K. ", None), ("Watson", "translator"), (", Trans.). ", None),
                           ("Press", "publisher"))
    tokens = _labels(text, labels, {"translator": [{"family": "Watson", "given": "K."}]})
    assert [lab for t, lab in tokens if t in ("Trans", "(", ")")] == ["translator"] * 3


def test_medium_brackets_are_notes() -> None:
    text, labels = _marked(("Journal", "container"), (" [Internet]. 2014;", None), ("15", None))
    tokens = _labels(text, labels, {"issued": {"date-parts": [[2014]]}})
    assert [lab for t, lab in tokens if t in ("[", "Internet", "]")] == ["note"] * 3


def test_glued_dates_are_spaced_and_labels_stay_aligned() -> None:
    text, labels = _marked(("T", "title"), (". 2006Apr. [cited 2018Oct1].", None))
    fixed, fixed_labels = gen.unglue_dates(text, labels)
    assert "2006 Apr" in fixed and "2018 Oct 1" in fixed
    assert len(fixed) == len(fixed_labels)
    assert fixed_labels[0] == "title"


def test_noise_keeps_one_label_per_character() -> None:
    rng = random.Random(5)
    text, labels = _marked(("Smith", "author"), (", J. (2001). ", None), ("Learning from documentary film", "title"),
                           (". “Quoted”: ", None), ("Journal of Things", "container"), (", 3, pp. 4–5.", None))
    for op, _ in OPS:
        for _ in range(20):
            t, lab = op(text, labels, rng)
            assert len(t) == len(lab)
    for _ in range(200):
        t, lab = add_noise(text, labels, rng, rate=1.0)
        assert len(t) == len(lab)
        # every character of the title word "documentary" keeps the title label
        for m in re.finditer("document", t):
            assert lab[m.start()] == "title"


def test_records_are_reproducible() -> None:
    assert make_record(random.Random(3), "x") == make_record(random.Random(3), "x")
    kinds = {make_record(random.Random(k), "x")["type"] for k in range(300)}
    assert {"thesis", "report", "webpage", "patent"} <= kinds


def test_report_and_patent_records_carry_numbers() -> None:
    recs = [make_record(random.Random(k), "x") for k in range(2000)]
    reports = [r for r in recs if r["type"] == "report"]
    patents = [r for r in recs if r["type"] == "patent"]
    assert sum("number" in r for r in reports) > 0.6 * len(reports)
    assert all(re.match(r"^[A-Z]{2}", r["number"]) for r in patents)
    theses = [r for r in recs if r["type"] == "thesis"]
    assert all(r.get("genre") and r.get("publisher") for r in theses)


def test_gbt_template_parts_are_labelled_as_written() -> None:
    rng = random.Random(11)
    seen_volume = seen_edition = 0
    for k in range(3000):
        rec = foreign_record(rng, f"f{k}") if k % 10 == 0 else make_record(rng, f"g{k}", zh=k % 2 == 0)
        parts = render_fragment(rec, rng) if k % 17 == 0 else render_gbt(rec, rng)
        for text, label in parts:
            if re.fullmatch(r"第 ?\d+ ?[卷册辑]|Vol\. \d+", text):
                assert label == "volume", parts
                seen_volume += 1
            if text in ("刻本", "影印本", "修订版") or re.fullmatch(r"\d+ ?版", text):
                assert label == "edition", parts
                seen_edition += 1
            assert label in (None, *gen.FIELDS.values(), *gen.ROLES.values(), "volume", "issue", "pages", "date",
                             "accessed", "edition", "citation-number", "place", "genre"), parts
    assert seen_volume > 10 and seen_edition > 10


def test_cue_words_before_a_number_are_not_the_number() -> None:
    text, labels = _marked(("Centre for Studies", "publisher"), ("; 2016. Report No.: ", None), ("TR 46", "number"), (".", None))
    tokens = _labels(text, labels, {"issued": {"date-parts": [[2016]]}})
    assert [lab for t, lab in tokens if t in ("Report", "No", "TR", "46")] == ["note", "note", "number", "number"]
    assert [lab for t, lab in tokens if t == "2016"] == ["date"]


def test_combined_and_supplement_issues_are_labelled_whole() -> None:
    for issue in ("5/6", "8/9/10", "Suppl 2"):
        text, labels = _marked(("Journal", "container"), (f", 12({issue}), 30-39.", None))
        tokens = _labels(text, labels, {"volume": "12", "issue": issue, "page": "30-39"})
        texts = [t for t, _ in tokens]
        inside = tokens[texts.index("(") + 1 : texts.index(")")]
        assert [lab for _, lab in inside] == ["issue"] * len(inside), tokens
        assert [lab for t, lab in tokens if t in ("12", "30", "39")] == ["volume", "pages", "pages"], tokens


def test_shape_templates_are_labelled_reproducible_and_varied() -> None:
    from parser_shapes import SHAPES, render_shape

    def run(seed: int) -> list[list[tuple[str, str | None]]]:
        rng = random.Random(seed)
        return [render_shape(rng, f"s{k}") for k in range(1500)]

    out = run(5)
    assert out == run(5)
    allowed = {None, "author", "title", "container", "collection", "volume", "issue", "pages", "date",
               "publisher", "place", "citation-number", "note", "doi", "translator", "editor", "number", "genre"}
    texts = []
    for parts in out:
        assert {lab for _, lab in parts} <= allowed, parts
        text = "".join(t for t, _ in parts)
        assert ".." not in text and "  " not in text, text
        texts.append(text)
        labels = [lab for t, lab in parts for _ in t]
        spans = label_tokens(text, labels, None)
        assert {lab for _, _, lab in spans} >= {"author", "date"} or "container" in {lab for _, _, lab in spans}, text
    # The shapes the module promises are all there.
    assert any(re.search(r"\d{4}, \d+, \(\d+\), \d+", t) for t in texts)  # Journal 2004, 95, (2), 649-655.
    assert any("« " in t for t in texts) and any(re.search(r"\bn° ?\d", t) for t in texts)
    assert any("In: " in t for t in texts) and any(re.search(r"\d{4};\d+\(\d+\)", t) for t in texts)
    assert any(re.search(r"\bv\. \d+, pp?\. ", t) for t in texts)
    assert len(SHAPES) >= 10


def test_medium_bracket_and_its_stop_are_notes_not_the_venue() -> None:
    text = "Ryan A. Patent pools [Online]. Slate Portal 12."
    labels: list[str | None] = [None] * len(text)
    for word, lab in (("Ryan", "author"), ("Patent pools", "title"), ("Slate Portal", "container")):
        at = text.index(word)
        labels[at:at + len(word)] = [lab] * len(word)
    got = _labels(text, labels)
    assert [lab for tok, lab in got if tok in ("[", "Online", "]")] == ["note"] * 3
    assert got[[tok for tok, _ in got].index("Slate") - 1] == (".", "note")


def test_year_suffix_noise_keeps_the_date_label() -> None:
    from parser_noise import year_suffix

    text = "Smith, J. (1994). Title. Journal 5."
    labels: list[str | None] = [None] * len(text)
    out, out_labels = year_suffix(text, labels, random.Random(1))
    assert re.search(r"\(1994[a-c]\)", out) and len(out_labels) == len(out)
    rec = {"issued": {"date-parts": [[1994]]}}
    assert ("1994" + out[out.index("1994") + 4], "date") in _labels(out, out_labels, rec)
