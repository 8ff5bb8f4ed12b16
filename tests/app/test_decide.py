"""/decide in AppTest: rating for one person and two, the options of the chooser's result, questions
ticked on three pages and typed, reordered and removed, the check questions in consultation mode,
a language switch that keeps everything, the sheet carrying it, and New patient clearing it."""

from __future__ import annotations

from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.decide import Asked, asked_words, checks_on, decision_in_words, known_about, options_of, route_questions
from liverguide.markup import md
from liverguide.pathway import Answers, choose_route
from tests.app.helpers import answer, go, open_app, shown_text
from ui import state


def rate(at, person: str, matter: str, level: str | None, lang: str = "en"):
    at.button_group(key=state.rating(person, matter, lang)).set_value(level).run()
    assert not at.exception
    return at


def family_too(at, lang: str = "en"):
    at.toggle(key=state.per_language(state.DECIDE_FAMILY, lang)).set_value(True).run()
    return at


def tick(at, asked: Asked, lang: str = "en"):
    at.checkbox(key=state.question_tick(asked.kind, asked.ref, lang)).check().run()
    assert not at.exception
    return at


def type_question(at, words: str):
    at.text_input(key=state.MY_QUESTION_TYPED).input(words)
    (add,) = [b for b in at.button if b.proto.is_form_submitter]
    add.click().run()
    assert not at.exception
    return at


def listed(at) -> list[str]:
    return [m.value.split(". ", 1)[1] for m in at.markdown if m.value[:1].isdigit() and "\\. " in m.value[:5]]


def test_without_a_chooser_result_the_page_asks_for_one_and_shows_no_checks(content):
    at = open_app("decide")
    en = content.in_language("en")
    text = shown_text(at)
    assert en.ui("decide_no_result") in text
    assert en.ui("my_questions_empty") in text
    assert content.sections["decide_checks"].heading["en"] not in text  # consultation mode only
    assert [c for c in at.get("button_group") if str(c.key).startswith(state.DECIDE_RATING_PREFIX)]
    assert not [c for c in at.get("button_group") if str(c.key).startswith(state.DECIDE_RATING_PREFIX + "family")]


def test_ratings_are_kept_per_person_and_a_second_tap_takes_one_back(content):
    at = rate(open_app("decide"), "me", "longer_life", "lot")
    assert at.session_state[state.DECIDE_RATINGS]["me"] == {"longer_life": "lot"}
    rate(at, "me", "longer_life", None)
    assert at.session_state[state.DECIDE_RATINGS]["me"] == {}


def test_a_family_member_rates_beside_the_reader_and_the_page_shows_where_they_differ(content):
    en = content.in_language("en")
    at = family_too(open_app("decide"))
    assert en.ui("decide_two_views_none") in shown_text(at)
    rate(at, "me", "longer_life", "lot")
    rate(at, "family", "longer_life", "lot")
    rate(at, "me", "cost", "little")
    rate(at, "family", "cost", "lot")
    text = shown_text(at)
    assert f"**{en.ui('decide_agree')}**: Living as long as possible" in text
    assert "What it costs: The patient: Not much; Family member: A lot" in text
    assert en.ui("decide_talk_about_it") in text
    # Turned off, the family's column goes, and its ratings wait for it.
    at.toggle(key=state.per_language(state.DECIDE_FAMILY, "en")).set_value(False).run()
    assert en.ui("decide_differ") not in shown_text(at)
    assert at.session_state[state.DECIDE_RATINGS]["family"]["cost"] == "lot"


def test_the_options_of_the_result_sit_side_by_side_with_the_reader_s_rating_and_nothing_marked_best(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), **ROUTE)
    go(at, "decide")
    rate(at, "me", "few_repeats", "lot")
    text = shown_text(at)
    assert en.ui("decide_no_best") in text
    assert "#### Not having to come back for more treatments (The patient: A lot)" in [m.value for m in at.markdown]
    result = choose_route(Answers(**ROUTE), content)
    options = options_of(result)
    assert len(options) >= 4 and options[-1] == "palliative", "every treatment any view lists first, and symptom care"
    life, repeats = content.matters["longer_life"], content.matters["few_repeats"]
    for t in options:
        assert en(known_about(content, repeats, t, "hcc")) in text
        assert en(known_about(content, life, t, "hcc")) in text
        assert en(content.treatments[t].feel) in text
    assert en(content.matters["cost"].for_all) in text
    assert f"**{en(content.matters['longer_life'].note)}**" in text  # its numbers are not to be set against each other
    decision = [m.value for m in at.markdown].index(f"**{en.ui('decision_heading')}** {decision_in_words(en, result)}")
    condition = [m.value for m in at.markdown].index(md(en, content.sections["decide_condition"].body))
    assert decision < condition, "the decision comes first, before what the page says about liver cancer"
    for word in ("is the best choice", "we recommend", "you should choose"):
        assert word not in text.lower()


def test_questions_ticked_on_three_pages_and_typed_come_together_in_order(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), **ROUTE)
    first, second = route_questions(ROUTE_RESULT, 2)
    tick(at, second)
    go(at, "treatments")
    tick(at, Asked("treatment", "haic"))
    go(at, "questions")
    walk = Asked("walk", content.questions[0].id)
    tick(at, walk)
    go(at, "decide")
    tick(at, first)  # the result's questions are on this page too
    type_question(at, "Who drives me home?")
    order = [asked_words(en, a) for a in (second, Asked("treatment", "haic"), walk, first)] + ["Who drives me home?"]
    assert listed(at) == order
    at.button(key="my_question_up_4").click().run()
    order[3], order[4] = order[4], order[3]
    assert listed(at) == order
    at.button(key="my_question_down_0").click().run()
    order[0], order[1] = order[1], order[0]
    assert listed(at) == order
    at.button(key="my_question_remove_2").click().run()
    removed = order.pop(2)
    assert listed(at) == order
    assert removed == asked_words(en, walk)
    # Off the list here, unticked where it was ticked.
    go(at, "questions")
    assert at.checkbox(key=state.question_tick("walk", walk.ref, "en")).value is False


def test_an_empty_or_repeated_question_adds_nothing(content):
    at = open_app("decide")
    type_question(at, "   ")
    assert listed(at) == []
    type_question(at, "Is it safe?")
    type_question(at, "Is  it safe? ")
    assert listed(at) == ["Is it safe?"]


def test_a_language_switch_keeps_the_ratings_the_family_and_the_list(content):
    zh = content.in_language("zh")
    at = family_too(rate(open_app("decide"), "me", "keep_liver", "some"))
    rate(at, "family", "keep_liver", "lot")
    type_question(at, "Can I eat?")
    at.segmented_control(key=state.LANG).set_value("zh").run()
    assert not at.exception
    assert at.button_group(key=state.rating("me", "keep_liver", "zh")).value == "some"
    assert at.button_group(key=state.rating("family", "keep_liver", "zh")).value == "lot"
    assert at.toggle(key=state.per_language(state.DECIDE_FAMILY, "zh")).value is True
    assert listed(at) == ["Can I eat?"]
    assert zh.ui("decide_differ") in shown_text(at)


def test_in_consultation_mode_each_check_explains_after_any_answer_and_counts_nothing(content):
    en = content.in_language("en")
    at = open_app("decide", consult="1")
    assert content.sections["decide_checks"].heading["en"] in [h.value for h in at.header]
    at.button_group(key=state.per_language(state.CHECK_TOPIC, "en")).set_value("aftercare").run()
    checks = checks_on(content, "aftercare")
    assert 2 <= len(checks) <= 3
    text = shown_text(at)
    for check in checks:
        assert en(check.question) in text
        assert en(check.explain) not in text  # not before an answer
    check = checks[0]
    wrong = next(o for o in check.options if o != check.right)
    at.button(key=f"check_{check.id}_{wrong}").click().run()
    text = shown_text(at)
    assert f"**{en.ui('check_not_quite')}**: {en(check.explain)}" in text
    at.button(key=f"check_{check.id}_{check.right}").click().run()
    text = shown_text(at)
    assert f"**{en.ui('check_right')}**: {en(check.explain)}" in text
    assert en.ui("check_not_quite") not in text
    # Another topic, and back: the answer given is still shown, nothing is totted up.
    at.button_group(key=state.per_language(state.CHECK_TOPIC, "en")).set_value("numbers").run()
    at.button_group(key=state.per_language(state.CHECK_TOPIC, "en")).set_value("aftercare").run()
    assert en.ui("check_right") in shown_text(at)
    assert set(at.session_state[state.CHECK_ANSWERS]) == {check.id}


def test_the_sheet_carries_what_matters_to_each_person_and_the_reader_s_own_list(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), **ROUTE)
    go(at, "decide")
    family_too(rate(at, "me", "longer_life", "lot"))
    rate(at, "family", "little_hospital", "lot")
    type_question(at, "Who drives me home?")
    go(at, "handout")
    text = shown_text(at)
    assert en.ui("handout_matters") in [s.value for s in at.subheader]
    assert "**The patient**: A lot: Living as long as possible." in text
    assert "**Family member**: A lot: Spending little time in hospital." in text
    assert "- Who drives me home?" in text
    assert en.ui("handout_my_questions") in [s.value for s in at.subheader]
    assert en.ui("ask_heading") not in [s.value for s in at.subheader]  # the reader's list stands in for it


def test_without_ratings_or_questions_the_sheet_is_as_before(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), **ROUTE)
    go(at, "handout")
    headings = [s.value for s in at.subheader]
    assert en.ui("handout_matters") not in headings
    assert en.ui("ask_heading") in headings


def test_new_patient_clears_ratings_the_family_the_list_and_the_checks(content):
    en = content.in_language("en")
    at = family_too(open_app("decide", consult="1"))
    rate(at, "me", "cost", "lot")
    type_question(at, "Who drives me home?")
    check = checks_on(content, "suitable")[0]
    at.button(key=f"check_{check.id}_{check.right}").click().run()
    at.button(key="new_patient").click().run()
    at.button(key="new_patient_yes").click().run()
    kept = {str(k) for k in at.session_state if str(k).startswith(("decide_", "my_question", "check_"))}
    assert not kept
    go(at, "decide")
    assert listed(at) == []
    assert at.button_group(key=state.rating("me", "cost", "en")).value is None
    assert at.toggle(key=state.per_language(state.DECIDE_FAMILY, "en")).value is False
    assert en.ui("check_right") not in shown_text(at)


def test_the_stages_and_the_course_without_treatment_are_shown_only_for_the_common_kind(content):
    """M3: the untreated course (Giannini 2015) is about liver cell cancer; a reader whose bowel cancer
    spread to the liver reads that it is not theirs, and no such number."""
    for lang in ("en", "zh"):
        w = content.in_language(lang)
        common, other = (md(w, content.sections[s].body) for s in ("decide_condition_hcc", "decide_condition_other"))
        at = open_app("decide", lang=lang)  # the chooser does not know the kind yet
        assert common in shown_text(at) and other not in shown_text(at)
        at = answer(open_app("pathway", lang=lang), lang, cancer="metastatic", origin="bowel")
        go(at, "decide", lang=lang)
        text = shown_text(at)
        assert other in text and common not in text and "Giannini" not in text
        assert md(w, content.sections["decide_condition"].body) in text, "the kinds of cancer, for everyone"
