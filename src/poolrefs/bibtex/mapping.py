"""Pure mapping tables between BibTeX/BibLaTeX and CSL (no bibtexparser here)."""

from __future__ import annotations

__all__ = [
    "CSL_TO_ENTRY",
    "ENTRY_TO_CSL",
    "LANGID_TO_CSL",
    "NAME_FIELDS",
    "THESIS_GENRES",
    "VERBATIM_FIELDS",
]

#: BibTeX/BibLaTeX entry type -> CSL item type.
ENTRY_TO_CSL = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "bookinbook": "chapter",
    "inbook": "chapter",
    "booklet": "pamphlet",
    "collection": "book",
    "mvcollection": "book",
    "incollection": "chapter",
    "suppbook": "chapter",
    "suppcollection": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "mvproceedings": "book",
    "manual": "report",
    "mastersthesis": "thesis",
    "phdthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "misc": "document",
    "online": "webpage",
    "www": "webpage",
    "electronic": "webpage",
    "patent": "patent",
    "periodical": "periodical",
    "suppperiodical": "article-journal",
    "unpublished": "manuscript",
    "manuscript": "manuscript",
    "archive": "manuscript",
    "standard": "standard",
    "dataset": "dataset",
    "software": "software",
    "map": "map",
    "video": "motion_picture",
    "movie": "motion_picture",
    "audio": "song",
    "music": "song",
    "image": "graphic",
    "artwork": "graphic",
    "legislation": "legislation",
    "jurisdiction": "legal_case",
    "legal": "legislation",
    "letter": "personal_communication",
    "newspaper": "article-newspaper",
    "preprint": "article",
    "reference": "book",
    "mvreference": "book",
    "inreference": "entry-encyclopedia",
    "review": "review",
    "performance": "performance",
}

#: CSL item type -> the entry type written (each reads back to the same CSL type).
#: CSL types missing here are written as ``@misc`` with ``entrysubtype = {<csl type>}``.
CSL_TO_ENTRY = {
    "article-journal": "article",
    "book": "book",
    "chapter": "incollection",
    "pamphlet": "booklet",
    "paper-conference": "inproceedings",
    "report": "report",
    "thesis": "thesis",
    "document": "misc",
    "webpage": "online",
    "patent": "patent",
    "periodical": "periodical",
    "manuscript": "unpublished",
    "standard": "standard",
    "dataset": "dataset",
    "software": "software",
    "map": "map",
    "motion_picture": "video",
    "song": "audio",
    "graphic": "image",
    "legislation": "legislation",
    "legal_case": "jurisdiction",
    "personal_communication": "letter",
    "article-newspaper": "newspaper",
    "article": "preprint",
    "entry-encyclopedia": "inreference",
    "review": "review",
    "performance": "performance",
}

#: Default genre for thesis entry types without a ``type`` field.
THESIS_GENRES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}

#: Name-list fields and their CSL variables.
NAME_FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "bookauthor": "container-author",
    "recipient": "recipient",
    "director": "director",
}

#: Fields whose values are taken verbatim (no LaTeX decoding).
VERBATIM_FIELDS = frozenset(
    {"url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc",
     "date", "urldate", "eventdate", "origdate"}
)  # fmt: skip

#: BibLaTeX ``langid`` values -> CSL language codes (and back).
LANGID_TO_CSL = {
    "chinese": "zh-CN",
    "english": "en-US",
    "american": "en-US",
    "british": "en-GB",
    "german": "de-DE",
    "ngerman": "de-DE",
    "french": "fr-FR",
    "japanese": "ja-JP",
    "russian": "ru-RU",
    "spanish": "es-ES",
    "italian": "it-IT",
    "korean": "ko-KR",
    "portuguese": "pt-PT",
    "dutch": "nl-NL",
}
