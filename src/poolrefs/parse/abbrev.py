"""Words journal titles abbreviate (ISO 4 style), shared by the journal-name repairs."""

from __future__ import annotations

__all__ = ["ends_in_abbreviation", "is_abbreviation"]

#: Abbreviated title words: ``J. Appl. Phys.``, ``IEEE Trans. Tides``.
_ABBREVIATIONS = frozenset(
    [
        "Acad", "Acta", "Adv", "Am", "Anal", "Ann", "Appl", "Approx", "Arch", "Astron", "Astrophys",
        "Biochem", "Biol", "Br", "Bull", "Can", "Cell", "Chem", "Clin", "Comm", "Commun", "Comput",
        "Control", "Curr", "Discr", "Dyn", "Earth", "Ecol", "Econ", "Eng", "Environ", "Eur", "Exp",
        "Gen", "Geol", "Geophys", "Hum", "Inf", "Int", "Jpn", "Lett", "Mater", "Math", "Mech", "Med",
        "Mol", "Natl", "Neurosci", "Nucl", "Opt", "Phys", "Planet", "Proc", "Psychol", "Q", "Rep",
        "Res", "Rev", "Sci", "Soc", "Softw", "Stat", "Struct", "Surv", "Syst", "Technol", "Theor",
        "Trans", "Univ", "Zool",
    ]
)  # fmt: skip


def is_abbreviation(word: str) -> bool:
    """A word a journal name abbreviates: one or two letters, an acronym, or a listed word."""
    return len(word) <= 2 or word.isupper() or word in _ABBREVIATIONS


def ends_in_abbreviation(text: str) -> bool:
    """Whether the last word of ``text`` is a listed abbreviation (``IEEE Trans``)."""
    words = text.split()
    return bool(words) and words[-1].rstrip(".") in _ABBREVIATIONS
