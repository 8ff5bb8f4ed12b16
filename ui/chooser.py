"""The pathway chooser's Streamlit pieces: the questions as widgets, the result, and the flowchart."""

from __future__ import annotations

import streamlit as st

from liverguide.content import Content
from liverguide.pathway import (
    ALLOWED,
    EDGES,
    QUESTION_NODES,
    ROUTE_NODES,
    Answers,
    Result,
    answered_so_far,
    flowchart_dot,
    questions_to_ask,
)
from ui import blocks
from ui.treatments import links as treatment_links

ANSWERS_KEY = "pw_answers"  # the reader's answers by question, kept for the whole visit


def answers_given() -> dict[str, str]:
    return st.session_state.setdefault(ANSWERS_KEY, {})


def radio_key(field: str, lang: str) -> str:
    # One widget per language: a radio whose option words change keeps its value on the server but
    # shows no choice in the browser (seen in Chromium), so a switch draws a new one from the answers.
    return f"pw_{field}_{lang}"


def answers_so_far() -> Answers:
    return answered_so_far(answers_given())[0]


def ask_questions(content: Content, lang: str, *, one_step: bool = False) -> Answers:
    """Show each question that applies to the answers so far, and return the answers given.

    One step (consultation mode): the answers so far in one line with a Back button, and only the
    next question, so the shared screen holds one thing at a time.
    """
    if one_step:
        answers, current = answered_so_far(answers_given())
        _so_far(content, lang, answers)
        if current:
            _question(content, current, lang)
        return answers
    given: dict[str, str | None] = {}
    asked: set[str] = set()
    while True:
        pending = [f for f in questions_to_ask(Answers(**given)) if f not in asked]
        if not pending or given.get("health") == "poor":
            return Answers(**given)
        field = pending[0]
        asked.add(field)
        given[field] = _question(content, field, lang)


def _so_far(content: Content, lang: str, answers: Answers) -> None:
    given = [(f, getattr(answers, f)) for f in ALLOWED if getattr(answers, f) is not None]
    if not given:
        return
    words = [
        content.labelled(content.text(content.pathway_questions[f].short, lang), _option(content, f, v, lang), lang)
        for f, v in given
    ]
    st.markdown(f"**{content.ui_text('pathway_so_far', lang)}** {content.separator(lang).join(words)}")
    st.button(
        content.ui_text("pathway_back", lang),
        key="pathway_back",
        icon=":material/undo:",
        on_click=_forget,
        args=(given[-1][0],),
    )


def _option(content: Content, field: str, value: str, lang: str) -> str:
    return content.text(content.pathway_questions[field].options[value], lang)


def _forget(field: str) -> None:
    answers_given().pop(field, None)
    for key in [k for k in st.session_state if str(k).startswith(f"pw_{field}_")]:
        st.session_state[key] = None


def _remember(field: str, key: str) -> None:
    answers_given()[field] = st.session_state[key]


def _question(content: Content, field: str, lang: str) -> str | None:
    q = content.pathway_questions[field]
    stored = answers_given().get(field)
    key = radio_key(field, lang)
    with st.container(border=True):
        st.markdown(f"**{content.text(q.question, lang)}**")
        st.markdown(blocks.md(content, q.help, lang))
        return st.radio(
            content.text(q.question, lang),
            options=ALLOWED[field],
            index=ALLOWED[field].index(stored) if stored else None,
            format_func=lambda option: content.text(q.options[option], lang),
            key=key,
            on_change=_remember,
            args=(field, key),
            label_visibility="collapsed",
        )


def has_answers() -> bool:
    return any(value is not None for value in answers_given().values())


def start_again() -> None:
    """Clear every answer, ready for the next reader.

    The radios are set to None rather than deleted: a deleted key leaves the browser showing the old choice.
    """
    answers_given().clear()
    for key in [k for k in st.session_state if str(k).startswith("pw_") and k != ANSWERS_KEY]:
        st.session_state[key] = None


def show_result(content: Content, result: Result, lang: str) -> None:
    summary = content.pathway_results[result.summary]
    st.header(content.ui_text("pathway_result", lang))
    with st.container(border=True):
        st.subheader(content.text(summary.headline, lang))
        for field in ("why", "involves"):
            words = blocks.md(content, getattr(summary, field), lang)
            st.markdown(content.labelled(f"**{content.ui_text(field, lang)}**", words, lang))
        treatment_links(content, summary.treatments, lang)
        st.markdown(f"**{content.ui_text('ask_heading', lang)}**")
        st.markdown("\n".join(f"- {content.text(question, lang)}" for question in summary.ask))
        blocks.sources(content, [*result.sources, *summary.sources], lang)
    for note_id in result.notes:
        blocks.note(content, note_id, lang)
    texts = [summary.why, summary.involves, *(content.notes[n].body for n in result.notes)]
    blocks.words_used(content, blocks.terms_in(content, texts, lang), lang)


def node_labels(content: Content, lang: str) -> dict[str, str]:
    labels = {
        node: content.text(content.pathway_questions[field].short, lang) for field, node in QUESTION_NODES.items()
    }
    labels.update({node: content.ui_text(f"node_{node}", lang) for node in ROUTE_NODES.values()})
    return labels


def path_in_words(content: Content, lang: str, path: tuple[str, ...], answers: Answers) -> str:
    """The reader's path as text, each question with the answer given: the chart's text alternative."""
    labels = node_labels(content, lang)
    fields_by_node = {node: field for field, node in QUESTION_NODES.items()}
    steps = []
    for node in path:
        field = fields_by_node.get(node)
        value = getattr(answers, field) if field else None
        if value is None:
            steps.append(labels[node])
        else:
            steps.append(
                content.labelled(
                    labels[node], content.text(content.pathway_questions[field].options[value], lang), lang
                )
            )
    return " → ".join(steps)


def show_flowchart(content: Content, lang: str, path: tuple[str, ...], answers: Answers) -> None:
    labels = node_labels(content, lang)
    edge_labels = {label_id: content.ui_text(label_id, lang) for _, _, label_id in EDGES}
    path_words = path_in_words(content, lang, path, answers)
    st.subheader(content.ui_text("flowchart_heading", lang))
    st.graphviz_chart(
        flowchart_dot(labels, edge_labels, path),
        width="stretch",
        alt=content.ui_text("flowchart_alt", lang, path=path_words),
    )
    st.markdown(content.ui_text("flowchart_key", lang))
    st.markdown(f"**{content.ui_text('your_path', lang)}** {path_words}")
