"""How easy the guide is to read: the measures the tests hold the content to and /about publishes.

English: the Flesch-Kincaid grade (US school year) of the running prose, with glossary words
replaced by a one-syllable stand-in (each is explained where it appears). Chinese has no grade
formula we could check, so we measure sentence length in characters (glossary words as shown).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import textstat

from liverguide.content import Content
from liverguide.markup import replace_terms
from liverguide.site import PAGES

MAX_GRADE = 8.0  # every English body text reads at grade 8 or below
MAX_MEAN_SENTENCE = 30  # Chinese characters, over all the Chinese prose; plain-language guides aim at about 20 to 25
MAX_SENTENCE = 110  # the longest ones carry a number with its study, group and source

# Which pages show each file's running prose (pages.yaml sections name their own page). Notes sit
# beside the walk-through's answers and under the chooser's results.
FILE_PAGES = {
    "questions.yaml": ("questions",),
    "notes.yaml": ("questions", "pathway"),
    "pathway_questions.yaml": ("pathway",),
    "pathway_results.yaml": ("pathway", "handout"),
    "staging.yaml": ("stages", "pathway", "handout"),
    "first_choices.yaml": ("pathway", "handout"),
    "treatments.yaml": ("treatments", "decide"),
    "aftercare.yaml": ("aftercare", "handout"),
    "matters.yaml": ("decide",),
    "checks.yaml": ("decide",),
    "glossary.yaml": ("glossary",),
    "changes.yaml": ("about",),
}
_ZH_SENTENCE_END = re.compile(r"[。！？\n]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def grade(text: str) -> float:
    """Flesch-Kincaid grade of English text."""
    return textstat.flesch_kincaid_grade(_LINK.sub(r"\1", replace_terms(text, lambda term_id, words: "term")))


def sentence_lengths(text: str) -> list[int]:
    """The length of each sentence of Chinese `text`, in characters (spaces left out, glossary words as shown)."""
    plain = _LINK.sub(r"\1", replace_terms(text, lambda term_id, words: words or "术语"))
    return [len(re.sub(r"\s", "", s)) for s in _ZH_SENTENCE_END.split(plain) if s.strip()]


def characters_per_sentence(text: str) -> float:
    """The average sentence length of Chinese `text`, in characters (0 if it has no sentence)."""
    lengths = sentence_lengths(text)
    return sum(lengths) / len(lengths) if lengths else 0.0


@dataclass(frozen=True)
class PageLevel:
    page: str  # a liverguide.site page id
    grade: float  # English, Flesch-Kincaid, of the page's prose read as one text
    hardest: float  # English, the grade of its hardest single text
    characters: float  # Chinese, characters per sentence over the page's prose


def page_texts(content: Content, page: str, lang: str) -> Iterator[str]:
    """The running prose a reader meets on `page`, in `lang`."""
    for file, item, text in content.body_texts(lang):
        section = content.sections.get(item) if file == "pages.yaml" else None
        if (section.page == page) if section else page in FILE_PAGES.get(file, ()):
            yield text


def page_levels(content: Content) -> list[PageLevel]:
    """One row per page that has prose of its own, in menu order."""
    rows = []
    for page in PAGES:
        english = list(page_texts(content, page.id, "en"))
        if english:
            chinese = "\n".join(page_texts(content, page.id, "zh"))
            rows.append(
                PageLevel(
                    page=page.id,
                    grade=grade("\n".join(english)),
                    hardest=max(grade(text) for text in english),
                    characters=characters_per_sentence(chinese),
                )
            )
    return rows
