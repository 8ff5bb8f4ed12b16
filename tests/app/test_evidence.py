"""AppTest: every question, note, treatment, number, after-care list and chooser result a page shows
carries its "How we know" line: the kinds of evidence in plain words, and the day it was last checked."""

from __future__ import annotations

from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.aftercare import aftercare_for
from tests.app.helpers import answer, open_app


def captions(at) -> list[str]:
    return [c.value for c in at.markdown]


def test_a_walk_through_step_shows_how_we_know_its_answer_and_each_of_its_notes(content):
    at = open_app("questions")
    w = content.in_language("en")
    q = content.questions[0]
    shown = captions(at)
    assert w.evidence(q) in shown
    for note_id in q.notes:
        assert w.evidence(content.notes[note_id]) in shown


def test_each_treatment_shows_how_we_know(content):
    shown = captions(open_app("treatments"))
    w = content.in_language("en")
    for t in content.treatments.values():
        assert w.evidence(t) in shown, t.id


def test_the_after_care_lists_show_how_we_know_each_list(content):
    shown = captions(open_app("aftercare", lang="zh", show="tace"))
    w = content.in_language("zh")
    care = aftercare_for(content, "tace")
    for items in (care.call_now, [a for _, phase in care.normal for a in phase], care.checkups):
        assert w.evidence(*items) in shown, items[0].kind


def test_the_chooser_s_result_shows_how_we_know_it(content):
    at = answer(open_app("pathway"), **ROUTE)
    assert content.in_language("en").evidence(content.pathway_results[ROUTE_RESULT]) in captions(at)


def test_the_100_people_picture_shows_how_we_know_its_number(content):
    at = open_app("outcomes")
    at.button(key="outcomes_show").click().run()
    (picked,) = [s for s in at.selectbox if s.label == content.in_language("en").ui("icons_pick")]
    outcome = next(o for o in content.outcomes if o.id == picked.value)
    assert content.in_language("en").evidence(outcome) in captions(at)
