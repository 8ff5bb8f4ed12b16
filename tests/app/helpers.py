"""AppTest helpers: open the guide from its entry point, as a reader's browser would, on any page,
and answer the chooser through its widgets."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from liverguide.site import BY_ID
from tests.conftest import ROOT
from ui.state import pathway_choice, pathway_radio


def open_app(page_id: str | None = None, **query: str) -> AppTest:
    """Run app.py, then switch to a page (by its id in liverguide/site.py) with these query parameters.

    A generous timeout: cold imports on a loaded 2-core machine.
    """
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    assert not at.exception
    if page_id:
        go(at, page_id, **query)
    return at


def go(at: AppTest, page_id: str, **query: str) -> AppTest:
    """To another page in the same session."""
    at.query_params.update(query)
    at.switch_page(BY_ID[page_id].file).run()
    assert not at.exception
    return at


def answer(at: AppTest, lang: str = "en", **answers: str) -> AppTest:
    """Answer pathway questions in the order given: through their radios (one per language), or in
    consultation mode (one question per screen) through the answer's button."""
    for field, value in answers.items():
        if at.session_state["layout"].one_step:
            at.button(key=pathway_choice(field, value)).click().run()
        else:
            at.radio(key=pathway_radio(field, lang)).set_value(value).run()
        assert not at.exception
    return at


def shown_text(at: AppTest) -> str:
    """Everything the page says in Markdown, subheadings and table cells, as one string."""
    cells = [str(cell) for t in at.table for cell in t.value.to_numpy().ravel()]
    return " ".join([*(m.value for m in at.markdown), *(h.value for h in at.subheader), *cells])


def step_button(at: AppTest, kind: str, where: str = "bottom"):
    """The walk-through's Previous or Next button at the top or the bottom (its key names the question it is on)."""
    (button,) = [b for b in at.button if str(b.key).startswith(f"qa_{kind}_{where}_")]
    return button
