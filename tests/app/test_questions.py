"""AppTest: the walk-through moves as a reader expects, keeps its place, and shows the clinic's words on request."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.aftercare import aftercare_for
from tests.app.helpers import go, open_app, shown_text, step_button


@pytest.fixture
def walk() -> AppTest:
    return open_app("questions")


def shown_question(at: AppTest) -> str:
    return at.header[0].value


def progress_text(at: AppTest) -> str:
    return at.get("progress")[0].proto.text


def question(content, i: int) -> str:
    return content.questions[i].question["en"]


def test_the_walk_through_starts_at_question_one_with_its_progress(walk, content):
    assert shown_question(walk) == question(content, 0)
    assert progress_text(walk) == f"Question 1 of {len(content.questions)}"
    assert step_button(walk, "previous", "bottom").disabled


def test_next_and_previous_move_one_question(walk, content):
    step_button(walk, "next", "bottom").click().run()
    assert shown_question(walk) == question(content, 1)
    assert progress_text(walk) == f"Question 2 of {len(content.questions)}"
    step_button(walk, "previous", "bottom").click().run()
    assert shown_question(walk) == question(content, 0)


def test_the_buttons_at_the_top_move_one_question_too(walk, content):
    step_button(walk, "next", "top").click().run()
    assert shown_question(walk) == question(content, 1)
    step_button(walk, "previous", "top").click().run()
    assert shown_question(walk) == question(content, 0)


def test_the_last_question_offers_a_fresh_start_instead_of_next(walk, content):
    total = len(content.questions)
    for _ in range(total - 1):
        step_button(walk, "next", "bottom").click().run()
    assert progress_text(walk) == f"Question {total} of {total}"
    assert not [b for b in walk.button if str(b.key).startswith("qa_next_")]
    walk.button(key="qa_restart_bottom").click().run()
    assert shown_question(walk) == question(content, 0)
    assert progress_text(walk) == f"Question 1 of {total}"


def test_a_fresh_start_closes_the_clinic_s_words_for_the_next_reader(walk, content):
    first = content.questions[0]
    walk.toggle(key=f"qa_original_{first.id}").set_value(True).run()
    walk.selectbox(key="qa_jump").select(len(content.questions) - 1).run()
    walk.button(key="qa_restart_top").click().run()
    assert walk.toggle(key=f"qa_original_{first.id}").value is False


def test_jump_goes_straight_to_any_question(walk, content):
    walk.selectbox(key="qa_jump").select(4).run()
    assert shown_question(walk) == question(content, 4)
    assert progress_text(walk) == f"Question 5 of {len(content.questions)}"
    step_button(walk, "next", "bottom").click().run()
    assert shown_question(walk) == question(content, 5)


def test_the_position_survives_reruns_and_a_visit_to_another_page(walk, content):
    step_button(walk, "next", "bottom").click().run()
    step_button(walk, "next", "bottom").click().run()
    walk.run()
    assert shown_question(walk) == question(content, 2)
    go(walk, "about")
    go(walk, "questions")
    assert shown_question(walk) == question(content, 2)


def test_a_clinic_question_shows_its_notes_and_its_original_words_on_request(walk, content):
    first = content.questions[0]
    text = shown_text(walk)
    for note_id in first.notes:
        assert content.notes[note_id].title["en"] in text
    assert first.original[:40] not in text
    walk.toggle(key=f"qa_original_{first.id}").set_value(True).run()
    assert first.original[:40] in shown_text(walk)


def test_side_by_side_shows_the_question_in_both_languages(content):
    at = open_app("questions", lang="zh")
    at.toggle(key="both_languages").set_value(True).run()
    headers = [h.value for h in at.header]
    assert content.questions[0].question["zh"] in headers and content.questions[0].question["en"] in headers


def test_the_clinic_s_words_come_with_a_translation_marked_as_ours(content):
    at = open_app("questions", lang="zh")
    q = content.questions[0]
    at.toggle(key=f"qa_original_{q.id}").set_value(True).run()
    shown = shown_text(at)
    assert q.original in shown and q.original_translation["zh"] in shown
    assert content.in_language("zh").ui("original_translated") in shown


# --- Questions readers ask next (issue 14): each can be reached, says how we know, and the call-now list is one list


def follow_ups(content) -> list[int]:
    return [i for i, q in enumerate(content.questions) if q.kind == "follow_up"]


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.markdown]


def test_the_clinic_s_questions_come_first_then_the_questions_readers_ask_next(content):
    kinds = [q.kind for q in content.questions]
    assert kinds == sorted(kinds, key=lambda kind: kind != "source"), "a clinic question sits among the follow-ups"
    assert kinds.count("follow_up") >= 10


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_jump_list_names_each_group_where_it_starts(content, lang):
    words = content.in_language(lang)
    at = open_app("questions", lang=lang)
    options = at.selectbox(key="qa_jump").options
    first_follow_up = follow_ups(content)[0]
    assert words.ui("qa_group_clinic") in options[0]
    assert words.ui("qa_group_next") in options[first_follow_up]
    assert words(content.questions[first_follow_up].label) in options[first_follow_up]
    assert sum(words.ui("qa_group_next") in option for option in options) == 1


def test_every_question_readers_ask_next_can_be_reached_and_shows_how_we_know(walk, content):
    en = content.in_language("en")
    for i in follow_ups(content):
        q = content.questions[i]
        walk.selectbox(key="qa_jump").select(i).run()
        assert not walk.exception
        assert shown_question(walk) == q.question["en"]
        assert f"**{en.ui('qa_group_next')}**" in [m.value for m in walk.markdown]
        # The evidence line sits under the key points; the call-now step adds its after-care items' levels.
        extra = aftercare_for(content, q.call_now).call_now if q.call_now else ()
        assert en.evidence(q, *extra) in captions(walk), q.id
        text = shown_text(walk)
        assert en.citation(next(s for s in q.sources if s != "qa_source")) in text, q.id


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_warning_signs_step_shows_every_call_now_item_of_the_after_care_page(content, lang):
    at = open_app("questions", lang=lang)
    place = next(i for i, q in enumerate(content.questions) if q.call_now)
    at.selectbox(key="qa_jump").select(place).run()
    shown = shown_text(at)
    warnings = aftercare_for(content, content.questions[place].call_now).call_now
    assert warnings
    for item in warnings:
        assert item.text[lang] in shown, item.id
    # Their sources are listed with the step's own.
    words = content.in_language(lang)
    for source_id in {s for item in warnings for s in item.sources}:
        assert words.citation(source_id) in shown, source_id


def test_no_other_step_shows_the_call_now_list(walk, content):
    warning = next(item for item in content.aftercare if item.kind == "warning" and "tace" in item.treatments)
    for i, q in enumerate(content.questions):
        if not q.call_now:
            walk.selectbox(key="qa_jump").select(i).run()
            assert warning.text["en"] not in shown_text(walk), q.id


def test_a_follow_up_leads_on_to_its_treatment_on_the_treatments_page(walk, content):
    linked = [(q.id, t) for q in content.questions for t in q.treatments]
    assert linked, "some follow-ups lead on to a treatment"
    en = content.in_language("en")
    places = {q.id: i for i, q in enumerate(content.questions)}
    for q_id, treatment_id in linked:
        walk.selectbox(key="qa_jump").select(places[q_id]).run()
        labels = [link.proto.label for link in walk.get("page_link")]
        assert en.ui("read_about", name=en.in_sentence(en(content.treatments[treatment_id].short))) in labels, q_id
