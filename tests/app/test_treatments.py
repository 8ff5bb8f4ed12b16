"""AppTest: the treatments page shows every treatment, the comparison and the drawing; a link puts one first."""

from __future__ import annotations

from tests.app.helpers import open_app, shown_text


def test_the_treatments_page_shows_every_treatment_and_the_comparison(content):
    at = open_app("treatments")
    headers = [h.value for h in at.header]
    for t in content.treatments.values():
        assert t.short["en"] in headers
    tables = [m.value for m in at.markdown if "|---|---|" in m.value]
    assert len(tables) == 4  # one small table per comparison question
    assert all(t.name["en"] in tables[0] for t in content.treatments.values())
    assert at.get("image"), "the artery drawing is missing"


def test_a_link_from_a_pathway_result_puts_that_treatment_first(content):
    at = open_app("treatments", show="haic")
    shorts = {t.short["en"] for t in content.treatments.values()}
    assert [h.value for h in at.header if h.value in shorts][0] == content.treatments["haic"].short["en"]
    assert content.in_language("en").ui("you_asked") in shown_text(at)


def test_an_unknown_treatment_in_the_link_is_ignored(content):
    at = open_app("treatments", show="nonsense")
    shorts = [t.short["en"] for t in content.treatments.values()]
    assert [h.value for h in at.header if h.value in shorts] == shorts
