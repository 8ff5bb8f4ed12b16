"""AppTest: the treatments page shows every treatment with who should not have it and how we know,
the comparison of the interventional ones and the drawing; a link puts one first."""

from __future__ import annotations

from liverguide.markup import md
from tests.app.helpers import open_app, shown_text
from ui import state


def test_the_treatments_page_shows_every_treatment_and_the_comparison(content):
    at = open_app("treatments")
    headers = [h.value for h in at.header]
    for t in content.treatments.values():
        assert t.short["en"] in headers
    tables = [m.value for m in at.markdown if "|---|---|" in m.value]
    assert len(tables) == 4  # one small table per comparison question
    for t in content.treatments.values():
        assert (t.name["en"] in tables[0]) == t.compared, t.id  # only the interventional ones are compared
    assert content.in_language("en").ui("other_treatments_heading") in headers
    assert at.get("image"), "the artery drawing is missing"


def test_each_treatment_shows_who_should_not_have_it_and_how_we_know(content):
    at = open_app("treatments")
    w = content.in_language("en")
    text = shown_text(at)
    said = [c.value for c in at.markdown]
    for t in content.treatments.values():
        assert w.labelled(f"**{w.ui('not_for_heading')}**", md(w, t.not_for)) in text, t.id
        assert w.evidence(t) in said, t.id


def test_the_other_treatments_come_after_the_comparison(content):
    at = open_app("treatments")
    w = content.in_language("en")
    headers = [h.value for h in at.header]
    compare, other = headers.index(w.ui("compare_heading")), headers.index(w.ui("other_treatments_heading"))
    assert compare < other
    for t in content.treatments.values():
        assert (headers.index(t.short["en"]) > other) == (not t.compared), t.id


def test_a_link_from_a_pathway_result_puts_that_treatment_first(content):
    at = open_app("treatments", show="haic")
    shorts = {t.short["en"] for t in content.treatments.values()}
    assert [h.value for h in at.header if h.value in shorts][0] == content.treatments["haic"].short["en"]
    assert content.in_language("en").ui("you_asked") in shown_text(at)


def test_a_link_to_one_of_the_other_treatments_puts_it_first_too(content):
    at = open_app("treatments", show="transplant")
    shorts = [t.short["en"] for t in content.treatments.values()]
    shown = [h.value for h in at.header if h.value in shorts]
    assert shown[0] == content.treatments["transplant"].short["en"]
    assert shown.count(content.treatments["transplant"].short["en"]) == 1  # not shown again in its list


def test_an_unknown_treatment_in_the_link_is_ignored(content):
    at = open_app("treatments", show="nonsense")
    shorts = [t.short["en"] for t in content.treatments.values()]
    assert [h.value for h in at.header if h.value in shorts] == shorts


def test_side_by_side_shows_who_should_not_have_it_in_both_languages(content):
    at = open_app("treatments", show="transplant")
    at.toggle(key=state.BOTH_LANGUAGES).set_value(True).run()
    assert not at.exception
    text = shown_text(at)
    for lang in ("en", "zh"):
        w = content.in_language(lang)
        assert w.labelled(f"**{w.ui('not_for_heading')}**", md(w, content.treatments["transplant"].not_for)) in text
