"""Realistic damage to rendered references, applied to the text and its character labels at once.

Reference lists pasted from PDFs and word processors are not clean CSL output: full stops go
missing, words are hyphenated at line ends ("Con- ference"), family names are set in capitals,
French typography puts spaces before colons and uses guillemets, spaces double. Each function
here keeps one label per character, so token labels stay right after the change.
"""

from __future__ import annotations

import random
import re

Labels = list[str | None]

_LONG_WORD = re.compile(r"[^\W\d_]{8,}")


def _insert(text: str, labels: Labels, at: int, piece: str, label: str | None) -> tuple[str, Labels]:
    return text[:at] + piece + text[at:], labels[:at] + [label] * len(piece) + labels[at:]


def drop_stop(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """Remove one full stop or comma that separates two fields ("Title Journal 12")."""
    spots = [i for i in range(1, len(text) - 1) if text[i] in ".," and text[i + 1] == " " and labels[i] != labels[i + 2 if i + 2 < len(text) else i]]
    if not spots:
        return text, labels
    i = rng.choice(spots)
    return text[:i] + text[i + 1:], labels[:i] + labels[i + 1:]


def hyphen_break(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """Split a long word as a line-end hyphenation left it: "Con- ference"."""
    words = [m for m in _LONG_WORD.finditer(text) if labels[m.start()] in ("title", "container", "author", "editor", "publisher")]
    if not words:
        return text, labels
    m = rng.choice(words)
    at = m.start() + rng.randint(3, len(m.group()) - 3)
    return _insert(text, labels, at, rng.choice(["- ", "-", " "]), labels[at])


def caps_names(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """Author family names in capitals ("DULONG R.", "ROUSSILLON, René")."""
    out = list(text)
    for m in re.finditer(r"[^\W\d_]{2,}", text):
        if labels[m.start()] == "author" and (m.end() >= len(text) or text[m.end()] in ", ") and m.group()[0].isupper():
            out[m.start():m.end()] = m.group().upper()
    return "".join(out), labels


def french_spacing(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """A space before ":" and ";" and guillemets for quotation marks."""
    out_t: list[str] = []
    out_l: Labels = []
    for ch, lab in zip(text, labels, strict=True):
        if ch in ":;" and out_t and out_t[-1] != " ":
            out_t.append(" ")
            out_l.append(lab)
        if ch in "“”":
            piece = "« " if ch == "“" else " »"
            out_t.extend(piece)
            out_l.extend([lab] * 2)
            continue
        out_t.append(ch)
        out_l.append(lab)
    return "".join(out_t), out_l


def double_space(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """A doubled space somewhere between words."""
    spots = [i for i, ch in enumerate(text) if ch == " "]
    if not spots:
        return text, labels
    i = rng.choice(spots)
    return _insert(text, labels, i, " ", labels[i])


def semicolon_page(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """Drop the space after "pp." or "p." ("pp.65-85") as some typesetting does."""
    m = re.search(r"\bpp?\. (?=\d)", text)
    if not m:
        return text, labels
    i = m.end() - 1
    return text[:i] + text[i + 1:], labels[:i] + labels[i + 1:]


def repeated_author(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """The author list replaced by a dash, as a bibliography prints a repeated author: "———."."""
    first_other = next((i for i, lab in enumerate(labels) if lab not in ("author", None)), len(labels))
    authored = [i for i in range(first_other) if labels[i] == "author"]
    if not authored or text[0] in "[(0123456789":
        return text, labels
    cuts = [k for k in (text.find(sep, authored[-1] + 1) for sep in (". ", " (")) if 0 < k <= first_other]
    cuts = cuts or [k for k in [text.find(", ", authored[-1] + 1)] if 0 < k <= first_other]
    if not cuts:
        return text, labels
    cut = min(cuts)
    dash = rng.choice(["———", "——", "---", "–––"])
    return dash + text[cut:], ["author"] * len(dash) + labels[cut:]


def year_suffix(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """A disambiguating letter after the year, as author-date lists print it: "(1994a)", "2015b."."""
    spots = [m.end() for m in re.finditer(r"(?<=[( ])(?:1[6-9]|20)\d\d(?=[).,;:])", text) if labels[m.start()] in ("date", None)]
    if not spots:
        return text, labels
    return _insert(text, labels, spots[0], rng.choice("aabbc"), labels[spots[0] - 1])


def markup(text: str, labels: Labels, rng: random.Random) -> tuple[str, Labels]:
    """Typesetting tags left in exported text around a venue or title: "<italic>Journal</italic>"."""
    for want in rng.sample(["container", "title"], 2):
        at = [i for i, lab in enumerate(labels) if lab == want]
        if at and at[-1] - at[0] + 1 == len(at):
            start, end = at[0], at[-1] + 1
            while end > start and text[end - 1] in ".,;: ":
                end -= 1
            tag = rng.choice(["italic", "i", "em"])
            text, labels = _insert(text, labels, end, f"</{tag}>", want)
            return _insert(text, labels, start, f"<{tag}>", want)
    return text, labels


OPS = [(drop_stop, 3), (hyphen_break, 2), (caps_names, 2), (french_spacing, 1), (double_space, 1), (semicolon_page, 1),
       (repeated_author, 1), (year_suffix, 2),
       (markup, 1)]


def add_noise(text: str, labels: Labels, rng: random.Random, rate: float = 0.25) -> tuple[str, Labels]:
    """With probability ``rate``, apply one or two of the damages above."""
    if rng.random() >= rate:
        return text, labels
    for _ in range(rng.choice([1, 1, 2])):
        op = rng.choices([f for f, _ in OPS], weights=[w for _, w in OPS])[0]
        text, labels = op(text, labels, rng)
    return text, labels
