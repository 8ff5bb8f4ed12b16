"""The marks inside content texts and the Markdown the pages show from them: glossary words in bold
and linked to their entry, one-line source lists, the medical words a screen uses, table cells.
Pure strings, so they are unit-tested; ui/ only hands them to Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from liverguide.i18n import LANGUAGE_PARAM

if TYPE_CHECKING:  # the content model checks its texts' marks with the functions below
    from liverguide.content import Question, Text, Words

# [[term_id]] or [[term_id|shown words]] marks a glossary word inside any text.
GLOSSARY_MARK = re.compile(r"\[\[([a-z0-9_]+)(?:\|([^\]]+))?\]\]")


def term_ids(text: str) -> list[str]:
    """Glossary ids marked in `text`, in order, without repeats."""
    return list(dict.fromkeys(m.group(1) for m in GLOSSARY_MARK.finditer(text)))


def replace_terms(text: str, shown: Callable[[str, str | None], str]) -> str:
    """`text` with each glossary mark replaced by shown(term_id, words_or_None)."""
    return GLOSSARY_MARK.sub(lambda m: shown(m.group(1), m.group(2)), text)


def glossary_link(term_id: str, lang: str) -> str:
    """Relative, so it works under any base path. Streamlit opens Markdown links in a new tab, which
    keeps the reader's place (and answers) in this one; the new tab is a new visit, so it needs ?lang=."""
    return f"glossary?term={term_id}&{LANGUAGE_PARAM}={lang}"


def marked(w: Words, words: str) -> str:
    """Words already in the reader's language, with each glossary word in bold and linked to its entry."""

    def shown(term_id: str, shown_words: str | None) -> str:
        name = shown_words or w(w.content.glossary[term_id].term)
        return f"[**{name}**]({glossary_link(term_id, w.lang)})"

    return replace_terms(words, shown)


def md(w: Words, text: Text) -> str:
    """A text in the reader's language, glossary words marked up as in `marked`."""
    return marked(w, w(text))


def terms_in(w: Words, texts: Iterable[Text]) -> list[str]:
    """Glossary ids marked in any of `texts`, in reading order, without repeats."""
    return list(dict.fromkeys(t for text in texts for t in term_ids(w(text))))


def word_line(w: Words, term_id: str) -> str:
    """One line of a "words used here" list: the word, linked, how to say it, and what it means."""
    term = w.content.glossary[term_id]
    word = w.ui("word_with_sound", word=f"[**{w(term.term)}**]({glossary_link(term_id, w.lang)})", say=w(term.say))
    return f"- {w.labelled(word, w(term.definition))}"


def source_line(w: Words, source_ids: Iterable[str]) -> str:
    """One line of short citations, each linked: 'Reig M, Forner A, ... (2022); ...'."""
    parts = []
    for source_id in dict.fromkeys(source_ids):
        label, link = w.citation(source_id), w.content.sources[source_id].link
        parts.append(f"[{label}]({link})" if link else label)
    return w.separator.join(parts)


def table_cell(text: str) -> str:
    """A text that stays inside one cell of a Markdown table: one line, its bars escaped."""
    return " ".join(text.split()).replace("|", "\\|")


# Every ASCII punctuation mark: CommonMark lets a backslash make each one a plain character.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def plain(words: str) -> str:
    """Words from outside the guide (a hospital's file) as Markdown that shows them as they are:
    every punctuation mark escaped, so nothing in them can become a link, an image, a heading, HTML
    or a Streamlit colour or icon mark; on one line."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(words.split()))


def question_group(w: Words, q: Question) -> str:
    """The group a question belongs to: the clinic's own questions, or those readers ask next."""
    return w.ui("qa_group_clinic" if q.kind == "source" else "qa_group_next")


def question_origin(w: Words, q: Question) -> str:
    """Whose answer this is: one clinic's view (with notes where studies differ), or sourced follow-up."""
    return w.ui("from_the_clinic" if q.kind == "source" else "follow_up_sourced")
