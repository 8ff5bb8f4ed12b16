"""AppTest: every body text the app shows on a page a reader only reads appears on that page's reading
twin (make site), in every language, and every such app page links to its twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from liverguide import outcomes
from liverguide.aftercare import aftercare_choices
from liverguide.site import BY_ID, READING_PAGES
from tests.app.helpers import go, open_app
from tests.edition_pages import main_text, squeezed, words_of_markdown
from ui import state

# What the app shows that its reading twin does not, and why: the frame's Menu explains consultation
# mode (a setting of the app), the app's link to the twin, and what only a choice in the app brings:
# the hint before a treatment is chosen, and the calendar file made from a date the reader types.
APP_ONLY = (
    "consult_toggle",
    "consult_help",
    "reading_twin",
    "aftercare_choose_hint",
    "calendar_intro",
    "calendar_no_date",
)
APP_ONLY_HEADINGS = ("calendar_heading",)


def shown(at: AppTest) -> list[str]:
    """Every text the page shows as body text or a heading, in Markdown as the app hands it over."""
    elements = [*at.title, *at.header, *at.subheader, *at.markdown, *at.caption]
    return [str(e.value) for e in elements]


def app_states(at: AppTest, page_id: str, content, lang: str) -> list[list[str]]:
    """What the app page shows, in each state a reader can put it in by reading (every question, every
    treatment's after-care, the numbers and each group's picture)."""
    go(at, page_id, lang=lang)
    states = [shown(at)]
    if page_id == "questions":
        for place, q in enumerate(content.questions):
            at.session_state[state.QA_POSITION] = place
            if q.original:
                at.session_state[state.original_toggle(q.id)] = True
            states.append(shown(at.run()))
    if page_id == "aftercare":
        for choice in aftercare_choices(content):
            at.session_state[state.AFTERCARE_TREATMENT] = choice
            states.append(shown(at.run()))
    if page_id == "outcomes":
        at.session_state[state.OUTCOMES_SHOWN] = True
        states.append(shown(at.run()))
        for o in outcomes.for_endpoint(content, "5y_survival"):
            at.selectbox(key=state.OUTCOMES_GROUP).set_value(o.id).run()
            states.append(shown(at))
    assert not at.exception
    return states


def twin_files(edition: Path, lang: str, page_id: str) -> list[Path]:
    """The reading twin of an app page: its file, and the files it opens into (each after-care, the numbers)."""
    folder = edition / lang
    first = folder / BY_ID[page_id].reading_file
    return [first, *sorted(folder.glob(f"{page_id}-*.html"))]


def missing_words(app_texts: list[str], page_words: str, app_only: set[str]) -> list[str]:
    """The app's texts whose words the page does not have (white space aside), but for `app_only`."""
    skipped = {squeezed(words_of_markdown(text)) for text in app_only}
    missing = []
    for text in dict.fromkeys(app_texts):
        words = squeezed(words_of_markdown(text))
        if words and words not in skipped and words not in page_words:
            missing.append(text)
    return missing


@pytest.fixture(scope="module")
def app() -> AppTest:
    return open_app()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("page_id", [p.id for p in READING_PAGES])
def test_every_body_text_the_app_shows_is_on_the_reading_twin(app, edition, content, page_id, lang):
    w = content.in_language(lang)
    app_only = {w.ui(key) for key in (*APP_ONLY, *APP_ONLY_HEADINGS)}
    page_words = "".join(main_text(f) for f in twin_files(edition, lang, page_id))
    texts = [text for texts in app_states(app, page_id, content, lang) for text in texts]
    assert len(texts) > 3
    assert missing_words(texts, page_words, app_only) == []


def test_the_same_words_check_can_fail():
    page_words = squeezed("Who it is for People with liver cancer.")
    assert missing_words(["**People** with liver cancer.", "Talk to your care team."], page_words, set()) == [
        "Talk to your care team."
    ]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_a_reader_only_reads_links_to_its_reading_twin_and_no_other_page_does(app, content, lang):
    label = content.in_language(lang).ui("reading_twin")
    for page in BY_ID.values():
        go(app, page.id, lang=lang)
        links = [m.value for m in app.markdown if label in str(m.value)]
        assert links == ([f"[{label}]({page.reading_address(lang)})"] if page.reading else []), page.id
