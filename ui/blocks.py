"""Blocks that pages share: text with glossary words, sources, the care-team box, the disclaimer."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import streamlit as st

from liverguide.content import Content, Text, replace_terms, term_ids
from liverguide.i18n import LANGUAGE_PARAM


def glossary_link(term_id: str, lang: str) -> str:
    # Relative, so it works under any base path; Streamlit opens Markdown links in a new tab, which
    # keeps the reader's place (and answers) in this one. The new tab is a new visit: it needs ?lang=.
    return f"glossary?term={term_id}&{LANGUAGE_PARAM}={lang}"


def md(content: Content, text: Text, lang: str) -> str:
    """Markdown for `text` in `lang`, with each glossary word in bold and linked to its entry."""
    return marked(content, content.text(text, lang), lang)


def marked(content: Content, words: str, lang: str) -> str:
    """Markdown for words already in `lang`, with each glossary word in bold and linked to its entry."""

    def shown(term_id: str, shown_words: str | None) -> str:
        name = shown_words or content.text(content.glossary[term_id].term, lang)
        return f"[**{name}**]({glossary_link(term_id, lang)})"

    return replace_terms(words, shown)


def terms_in(content: Content, texts: Iterable[Text], lang: str) -> list[str]:
    """Glossary ids marked in any of `texts`, in reading order, without repeats."""
    return list(dict.fromkeys(t for text in texts for t in term_ids(content.text(text, lang))))


def words_used(content: Content, ids: list[str], lang: str) -> None:
    """A short list of the medical words on this screen, each with how to say it and what it means."""
    if not ids:
        return
    lines = []
    for term_id in ids:
        term = content.glossary[term_id]
        name, say, meaning = (content.text(t, lang) for t in (term.term, term.say, term.definition))
        word = content.ui_text("word_with_sound", lang, word=f"[**{name}**]({glossary_link(term_id, lang)})", say=say)
        lines.append(f"- {content.labelled(word, meaning, lang)}")
    # Folded away to keep each step short; the words themselves are bold in the text above.
    with st.expander(content.ui_text("words_used", lang, n=len(ids))):
        st.markdown("\n".join(lines))


def note(content: Content, note_id: str, lang: str) -> None:
    """An evidence or context note in a box: its title, its words and its sources."""
    n = content.notes[note_id]
    with st.container(border=True):
        # Flagged notes are where guidelines or trials differ from the clinic; say so in the label.
        label = content.ui_text("evidence_note" if n.flag else "note_label", lang)
        st.markdown(f"**{content.labelled(label, content.text(n.title, lang), lang)}**")
        st.markdown(md(content, n.body, lang))
        sources(content, n.sources, lang)
        see_also(content, n.see_also, lang)


def see_also(content: Content, page: str | None, lang: str) -> None:
    """A link to the page that shows more (a page link keeps the session; a Markdown link would not)."""
    if page:
        st.page_link(f"pages/{page}.py", label=content.ui_text(f"see_{page}", lang), icon=":material/arrow_forward:")


def source_line(content: Content, source_ids: Iterable[str], lang: str) -> str:
    """One line of short citations, each linked: 'Reig M, Forner A, ... (2022)'."""
    parts = []
    for source_id in source_ids:
        label, link = content.citation(source_id, lang), content.sources[source_id].link
        parts.append(f"[{label}]({link})" if link else label)
    return content.separator(lang).join(parts)


def sources(content: Content, source_ids: Iterable[str], lang: str) -> None:
    ids = list(dict.fromkeys(source_ids))
    if ids:
        st.markdown(
            content.labelled(f"**{content.ui_text('sources_heading', lang)}**", source_line(content, ids, lang), lang)
        )


def section(content: Content, section_id: str, lang: str, *, boxed: bool = False) -> None:
    """A heading and body from pages.yaml."""
    s = content.sections[section_id]
    box = st.container(border=True) if boxed else st.container()
    with box:
        st.subheader(content.text(s.heading, lang))
        st.markdown(md(content, s.body, lang))


def talk_to_team(content: Content, lang: str) -> None:
    section(content, "talk_to_team", lang, boxed=True)


def disclaimer(content: Content, lang: str) -> None:
    section(content, "disclaimer", lang, boxed=True)


def draft_notice(content: Content, lang: str) -> None:
    """Until a care team has checked the content, every page says so."""
    if content.meta.status == "draft":
        st.warning(content.ui_text("draft_notice", lang), icon=":material/info:")


def review_dates(content: Content, lang: str) -> None:
    meta = content.meta
    st.markdown(
        content.ui_text(
            "updated_on", lang, date=day(content, meta.updated, lang), next=day(content, meta.next_review, lang)
        )
    )


def day(content: Content, d: date, lang: str) -> str:
    """A date as the language writes it: '27 November 2026', '2026年11月27日'."""
    return content.ui_text("date", lang, d=d)
