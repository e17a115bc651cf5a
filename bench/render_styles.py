"""The style lists of the rendering benches and golden files."""

from __future__ import annotations

# Issue 4's acceptance styles: >= 95% of entries identical to citeproc-js.
ACCEPTANCE = [
    "apa",
    "chicago-author-date",
    "ieee",
    "elsevier-vancouver-no-et-al",
    "harvard-cite-them-right",
    "modern-language-association",
    "nature",
    "elsevier-harvard",
    "springer-basic-author-date",
    "american-medical-association",
    "american-sociological-association",
    "cell",
    "acm-sig-proceedings",
    "the-lancet",
    "china-national-standard-gb-t-7714-2015-numeric",
    "china-national-standard-gb-t-7714-2015-author-date",
]
# More popular styles: note styles (chicago-notes-bibliography, mhra-notes), a dependent style
# (plos-one -> plos), ISO 690, publishers' numeric and author-date house styles.
MORE = [
    "apa-6th-edition",
    "chicago-notes-bibliography",
    "chicago-shortened-notes-bibliography",
    "american-chemical-society",
    "american-political-science-association",
    "bmj",
    "elsevier-with-titles",
    "springer-basic-brackets",
    "springer-lecture-notes-in-computer-science",
    "science",
    "iso690-author-date-en",
    "frontiers",
    "multidisciplinary-digital-publishing-institute",
    "nlm-citation-sequence",
    "plos-one",
    "taylor-and-francis-chicago-author-date",
    "mhra-notes",
]
POPULAR = ACCEPTANCE + MORE
