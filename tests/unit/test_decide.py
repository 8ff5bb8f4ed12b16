"""Deciding together, the pure parts: the options side by side built from content for a result, two
people's ratings, the question list's operations, the words of each kind of question, and the
loader's refusals for matters, weigh cells and check questions."""

from __future__ import annotations

import pytest

from harness.journeys import one_per_result
from liverguide.content import ContentError, load_content
from liverguide.content.load import OUTCOME_NUMBER
from liverguide.decide import (
    MAX_QUESTION_LENGTH,
    Asked,
    asked_words,
    known_about,
    moved,
    option_grid,
    options_of,
    ratings_in_words,
    route_questions,
    toggled,
    two_views,
    with_own,
    without,
)

# ---------------------------------------------------------------------------------------------
# The options side by side


def test_every_result_s_options_have_something_known_about_every_matter(content):
    """IPDAS 2.1.1 and Q4: every option of every result (care for symptoms only among them, and never
    a step towards another option) has every row and what it can feel like; a number in a cell is
    about the reader's own kind of cancer (or a mixed group the text names)."""
    for _, result in one_per_result(content):
        summary, treatments = result.summary, options_of(result)
        if not result.treatments:
            assert treatments == (), "no options while the lists wait on where the cancer started"
            continue
        assert treatments[-1] == "palliative" and "pve" not in treatments, summary
        grid = option_grid(content, treatments, result.kind)
        assert [row.matter.id for row in grid.rows] == list(content.matters)
        for row in grid.rows:
            if row.matter.for_all is None:
                assert [t for t, _ in row.cells] == list(treatments), (summary, row.matter.id)
                assert all(text["en"] and text["zh"] for _, text in row.cells)
                for t, text in row.cells:
                    weigh = content.treatments[t].weigh or {}
                    own = (weigh.get(f"{row.matter.id}@{result.kind}"), weigh.get(f"{row.matter.id}@any"))
                    assert not OUTCOME_NUMBER.search(text["en"]) or text in own, (summary, t, row.matter.id)
            else:
                assert row.cells == ()
        assert [t for t, _ in grid.feel] == list(treatments) and all(f["en"] and f["zh"] for _, f in grid.feel)
        # Every source the table rests on is listed once.
        assert len(grid.sources) == len(set(grid.sources))
        for t in treatments:
            assert set(content.treatments[t].sources) <= set(grid.sources)


def test_a_treatment_in_the_comparison_answers_with_its_comparison_cell_and_others_with_their_own(content):
    stay = content.matters["little_hospital"]
    assert stay.compare == "stay"
    assert known_about(content, stay, "tace", "hcc") == content.treatments["tace"].compare["stay"]
    assert known_about(content, stay, "resection", "hcc") == content.treatments["resection"].weigh["little_hospital"]
    # A number is shown only to its own kind of reader; others read what holds for any reader.
    life, tace = content.matters["longer_life"], content.treatments["tace"].weigh
    assert known_about(content, life, "tace", "hcc") == tace["longer_life@hcc"]
    assert known_about(content, life, "tace", "bowel_spread") == tace["longer_life@bowel_spread"]
    assert known_about(content, life, "tace", "spread") == tace["longer_life"]
    assert not OUTCOME_NUMBER.search(tace["longer_life"]["en"])
    liver = content.matters["keep_liver"]
    assert (
        known_about(content, liver, "resection", "bile_duct") == content.treatments["resection"].weigh["keep_liver@any"]
    )


def test_a_weigh_cell_names_its_source_and_a_result_without_treatments_has_an_empty_table(content):
    for t in content.treatments.values():
        for matter, text in (t.weigh or {}).items():
            assert "(" in text["en"] and "（" in text["zh"], (t.id, matter)
    grid = option_grid(content, (), "hcc")
    assert all(row.cells == () for row in grid.rows)


# ---------------------------------------------------------------------------------------------
# Ratings


def test_two_views_compare_only_what_both_rated(content):
    me = {"longer_life": "lot", "little_hospital": "some", "cost": "little"}
    family = {"longer_life": "lot", "little_hospital": "lot", "keep_liver": "some"}
    views = two_views(content, me, family)
    assert views.agree == ("longer_life",)
    assert views.differ == ("little_hospital",)
    assert two_views(content, me, {}) == two_views(content, {}, {})


def test_ratings_in_words_go_from_most_to_least_in_the_page_s_order(content):
    en, zh = content.in_language("en"), content.in_language("zh")
    ratings = {"cost": "lot", "longer_life": "lot", "keep_liver": "little"}
    assert ratings_in_words(en, ratings) == (
        "A lot: Living as long as possible; What it costs. Not much: Keeping my liver working."
    )
    assert ratings_in_words(zh, ratings) == "非常看重：尽可能活得长；花多少钱。不太看重：保住肝功能。"
    assert ratings_in_words(en, {}) == ""


# ---------------------------------------------------------------------------------------------
# My questions


A, B, C = Asked("walk", "q_x"), Asked("route", "surgery_1"), Asked("treatment", "tace")


def test_a_tick_adds_at_the_end_and_a_second_tick_takes_it_off():
    assert toggled((), A) == (A,)
    assert toggled((A,), B) == (A, B)
    assert toggled((A, B), A) == (B,)


def test_moves_stop_at_either_end_and_remove_takes_one():
    assert moved((A, B, C), 2, -1) == (A, C, B)
    assert moved((A, B, C), 0, 1) == (B, A, C)
    assert moved((A, B, C), 0, -1) == (A, B, C)
    assert moved((A, B, C), 2, 1) == (A, B, C)
    assert moved((A, B, C), 5, -1) == (A, B, C)
    assert without((A, B, C), 1) == (A, C)
    assert without((A,), 3) == (A,)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Can my   daughter come? ", "Can my daughter come?"),
        ("**bold** [[tace]] <b>hi</b> `x` | #", "bold tace b hi /b x"),
        ("- - a list item", "a list item"),
        ("2. a numbered one", "2 a numbered one"),
        ("3) another", "3 another"),
        ("   ", None),
        ("***", None),
    ],
)
def test_a_typed_question_is_kept_as_plain_words(typed, kept):
    result = with_own((), typed)
    assert result == ((Asked("own", kept),) if kept else ())


def test_a_typed_question_is_cut_at_its_limit_and_not_added_twice():
    long = with_own((), "why " * 100)
    assert len(long[0].ref) <= MAX_QUESTION_LENGTH
    once = with_own((A,), "Same?")
    assert with_own(once, " Same? ") == once


def test_each_kind_of_question_reads_in_the_reader_s_language(content):
    en, zh = content.in_language("en"), content.in_language("zh")
    q = content.questions[0]
    assert asked_words(en, Asked("walk", q.id)) == en(q.question)
    first, second = route_questions("hcc_surgery", 2)
    assert second == Asked("route", "hcc_surgery_2")
    assert asked_words(zh, second) == zh(content.pathway_results["hcc_surgery"].ask[1])
    assert asked_words(en, Asked("treatment", "tace")) == "Could TACE be an option for me? Why, or why not?"
    assert asked_words(zh, Asked("own", "我自己的问题")) == "我自己的问题"


# ---------------------------------------------------------------------------------------------
# The loader's refusals


WEIGH = """  weigh:
    longer_life: {en: "Longer (Smith, 2020)."}
"""
FEEL = """  feel: {en: "Often done again (Smith, 2020)."}
"""


@pytest.mark.parametrize(
    ("file", "old", "new", "item", "field", "words"),
    [
        # A matter that gives both kinds of answer.
        (
            "matters.yaml",
            "  compare: stay\n",
            "  compare: stay\n  for_all: {en: Ask.}\n",
            "little_hospital",
            None,
            "not both",
        ),
        ("matters.yaml", "  compare: stay\n", "  compare: cost\n", "little_hospital", "compare", "is not one of"),
        # A weigh cell for a matter that does not exist, or one its comparison cell already answers.
        (
            "treatments.yaml",
            "  compare:\n",
            WEIGH.replace("longer_life", "wellbeing") + "  compare:\n",
            "tace",
            "weigh.wellbeing",
            "unknown matter",
        ),
        (
            "treatments.yaml",
            "  compare:\n",
            WEIGH.replace("longer_life", "little_hospital") + "  compare:\n",
            "tace",
            "weigh.little_hospital",
            "already says this",
        ),
        (
            "treatments.yaml",
            "  compare:\n",
            WEIGH.replace("longer_life", "cost") + "  compare:\n",
            "tace",
            "weigh.cost",
            "one text for every option",
        ),
        # A list of first choices names a treatment that says nothing about a matter, or not what it
        # can feel like.
        (
            "staging.yaml",
            "  first: [drugs]\n",
            "  first: [tace]\n",
            "tace",
            "weigh.longer_life@hcc",
            "what is known about 'longer_life' for hcc readers is missing",
        ),
        # A number that does not say whose it is, and a kind of reader that does not exist.
        (
            "treatments.yaml",
            '    longer_life: {en: "Longer (Smith, 2020)."}\n',
            '    longer_life: {en: "31 out of 100 were alive (Smith, 2020)."}\n',
            "drugs",
            "weigh.longer_life",
            "a number must say whose it is",
        ),
        (
            "treatments.yaml",
            '    longer_life: {en: "Longer (Smith, 2020)."}\n',
            '    longer_life@liver: {en: "Longer (Smith, 2020)."}\n',
            "drugs",
            "weigh.longer_life@liver",
            "unknown kind 'liver'",
        ),
        # Check questions: the right answer among the answers, two answers at least, a known topic.
        ("checks.yaml", "  right: a\n", "  right: c\n", "check_suitable", None, "not one of the options"),
        ("checks.yaml", "    b: {en: That one}\n", "", "check_suitable", None, "at least two answers"),
        ("checks.yaml", "  topic: suitable\n", "  topic: cost\n", "check_suitable", "topic", "is not one of"),
        ("checks.yaml", "  sources: [trial_2020]\n", "  sources: []\n", "check_suitable", "sources", "at least one"),
    ],
)
def test_the_loader_refuses_what_deciding_together_could_not_show(content_folder, file, old, new, item, field, words):
    content_folder.edit(file, old, new)
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    err = info.value
    assert err.file == (file if file != "staging.yaml" else "treatments.yaml"), str(err)
    assert err.item == item and words in str(err), str(err)
    if field:
        assert err.field == field, str(err)


def test_an_option_needs_what_it_can_feel_like(content_folder):
    content_folder.edit("staging.yaml", "  first: [drugs]\n", "  first: [tace]\n")
    content_folder.edit("treatments.yaml", "  compare:\n", WEIGH + "  compare:\n")
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.item, info.value.field) == ("tace", "feel"), str(info.value)


def test_the_weigh_cell_the_result_needs_is_enough(content_folder):
    content_folder.edit("staging.yaml", "  first: [drugs]\n", "  first: [tace]\n")
    content_folder.edit("treatments.yaml", "  compare:\n", WEIGH + FEEL + "  compare:\n")
    content = load_content(content_folder.root)
    grid = option_grid(content, ("tace",), "hcc")
    assert [(row.matter.id, row.cells or row.matter.for_all) for row in grid.rows] == [
        ("longer_life", (("tace", {"en": "Longer (Smith, 2020)."}),)),
        ("little_hospital", (("tace", {"en": "A night"}),)),
        ("cost", {"en": "Ask the hospital."}),
    ]


def test_every_check_topic_needs_a_question_and_a_heading(content_folder):
    content_folder.edit("checks.yaml", "  topic: numbers\n", "  topic: aftercare\n")
    with pytest.raises(ContentError, match="the topic 'numbers' has no check questions"):
        load_content(content_folder.root)
    content_folder.edit("checks.yaml", "  topic: aftercare\n", "  topic: numbers\n")
    content_folder.edit("ui.yaml", "check_topic_numbers: {en: Topic numbers}\n", "")
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert info.value.item == "check_topic_numbers"
