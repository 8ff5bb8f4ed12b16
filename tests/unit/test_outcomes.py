"""liverguide.outcomes: the figures and the numbers in words say what outcomes.csv says."""

from __future__ import annotations

import pytest

from liverguide.content import ENDPOINTS
from liverguide.outcomes import (
    bars,
    chart_alt,
    chart_whose,
    endpoints_for,
    for_endpoint,
    frequency,
    icon_array_figure,
    known_for,
    out_of_100,
    outcomes_in_words,
    survival_chart,
    the_rest,
    whose,
)
from liverguide.routes import KINDS


def test_percent_becomes_people_out_of_100_rounding_halves_up():
    assert [out_of_100(v) for v in (68.5, 63.1, 49.7, 3.1, 0, 100)] == [69, 63, 50, 3, 0, 100]


def test_the_words_say_more_than_for_a_lower_bound(content):
    en = content.in_language("en")
    seed = next(o for o in content.outcomes if o.in_seed)
    assert frequency(en, seed) == "more than 60 out of 100"
    exact = next(o for o in content.outcomes if o.id == "rfa_3cm_5y")
    assert frequency(en, exact) == "63 out of 100"


def test_the_rest_of_the_hundred_turns_a_bound_around(content):
    en = content.in_language("en")
    seed = next(o for o in content.outcomes if o.in_seed)
    assert the_rest(en, seed) == "fewer than 40 out of 100"
    assert the_rest(en, next(o for o in content.outcomes if o.id == "rfa_3cm_5y")) == "37 out of 100"


@pytest.mark.parametrize("endpoint", ["5y_survival", "5y_relative_survival"])
def test_the_chart_has_one_bar_per_row_of_its_endpoint_highest_first(endpoint, content):
    en = content.in_language("en")
    rows = for_endpoint(content, endpoint)
    fig = survival_chart(bars(en, endpoint), axis_title="x")
    (trace,) = fig.data
    assert list(trace.x) == [o.value for o in rows]
    assert list(trace.x) == sorted(trace.x, reverse=True)
    assert all(o.endpoint == endpoint for o in rows)


def test_only_the_clinic_s_figure_is_drawn_open_ended_hatched_and_labelled_more_than(content):
    en = content.in_language("en")
    chart_bars = bars(en, "5y_survival")
    fig = survival_chart(chart_bars, axis_title="x")
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    seed_index = next(i for i, b in enumerate(chart_bars) if b.is_clinic)
    assert len(arrows) == 1
    assert (arrows[0].ax, arrows[0].y) == (60, fig.data[0].y[seed_index]) and arrows[0].x > 60
    patterns = list(fig.data[0].marker.pattern.shape)
    assert patterns[seed_index] == "/" and set(patterns) - {"/"} == {""}
    labels = [a.text for a in fig.layout.annotations if not a.showarrow]
    assert labels[seed_index].startswith("<b>more than 60 out of 100</b>")


def test_hover_shows_population_treatment_and_source(content):
    en = content.in_language("en")
    seed_bar = next(b for b in bars(en, "5y_survival") if b.is_clinic)
    assert "Who was in the group:" in seed_bar.hover and "Treatment:" in seed_bar.hover
    assert "The clinic's Q&A" in seed_bar.hover


@pytest.mark.parametrize("filled", [0, 32, 60, 69, 100])
def test_the_icon_array_has_exactly_100_people_with_the_right_number_filled(filled):
    shapes = icon_array_figure(filled).layout.shapes
    assert len(shapes) == 200  # a head and a body for each person
    assert sum(s.name == "filled" for s in shapes) == 2 * filled
    assert sum(s.name == "empty" for s in shapes) == 2 * (100 - filled)
    assert all(s.fillcolor == "white" for s in shapes if s.name == "empty")  # hollow, not only another colour


def test_the_icon_array_refuses_an_impossible_number():
    with pytest.raises(ValueError):
        icon_array_figure(101)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("endpoint", ["5y_survival", "5y_relative_survival"])
def test_the_numbers_in_words_give_one_block_per_group_with_its_number_who_treatment_and_source(
    content, lang, endpoint
):
    w = content.in_language(lang)
    rows = for_endpoint(content, endpoint)
    blocks = outcomes_in_words(w, endpoint).split("\n\n- ")
    assert len(blocks) == len(rows)
    for block, o in zip(blocks, rows, strict=True):
        lines = block.removeprefix("- ").split("  \n  ")
        # The group and its number together in bold, then one short line each: nothing is a cramped cell.
        said = frequency(w, o)
        if endpoint == "5y_survival":  # both frames: alive, and the rest of the hundred
            said = w.ui("freq_alive_and_not", freq=said, rest=the_rest(w, o))
        assert lines == [
            f"**{w.labelled(w(o.label), said)}**",
            w.labelled(w.ui("col_who"), w(o.population)),
            w.labelled(w.ui("col_whose"), whose(w, o.about)),
            w.labelled(w.ui("col_treatment"), w(o.treatment)),
            w.labelled(w.ui("col_source"), w(o.source_short)),
            w.evidence(o),
        ]
    if endpoint == "5y_survival" and lang == "en":
        assert "more than 60 out of 100 alive, fewer than 40 out of 100 not**" in outcomes_in_words(w, endpoint)


def test_a_long_axis_title_is_wrapped_so_a_phone_does_not_cut_it(content):
    en = content.in_language("en")
    title = en.ui("axis_5y_relative_survival")
    fig = survival_chart(bars(en, "5y_relative_survival"), axis_title=title)
    lines = fig.layout.xaxis.title.text.split("<br>")
    assert len(lines) > 1 and all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == title
    assert lines == ["People out of 100 alive after five years", "(relative survival)"], "broken at the bracket"
    zh = content.in_language("zh")
    fig = survival_chart(bars(zh, "5y_relative_survival"), axis_title=zh.ui("axis_5y_relative_survival"))
    assert fig.layout.xaxis.title.text.split("<br>")[-1] == "（相对生存率）"
    assert fig.layout.margin.b >= 36 + 20 * len(lines), "room below the axis for every line"


def test_the_alt_text_names_every_group_and_number(content):
    en = content.in_language("en")
    alt = chart_alt(en, "5y_survival")
    for b in bars(en, "5y_survival"):
        assert b.label in alt and b.text in alt


def test_the_first_picture_is_a_sourced_row_not_the_clinic_s(content):
    from liverguide.outcomes import FIRST_PICTURE

    first = next(o for o in content.outcomes if o.id == FIRST_PICTURE)
    assert not first.in_seed and first.source_id != "qa_source" and first.endpoint == "5y_survival"


def test_each_bar_s_label_has_room_for_its_lines_above_it(content):
    """The layout in lines: every label's lines fit between the bar above and its own bar (the drawn
    chart is checked in Chromium, tests/e2e/test_outcomes.py)."""
    en = content.in_language("en")
    fig = survival_chart(bars(en, "5y_survival"), axis_title="x")
    labels = [a for a in fig.layout.annotations if not a.showarrow]
    half = fig.data[0].width / 2
    for previous_y, label in zip((-half, *fig.data[0].y), labels, strict=False):
        lines = label.text.count("<br>") + 1
        assert label.y - lines >= previous_y + half, label.text


# Whose numbers: a reader sees only the groups that had their kind of cancer (M3).


def test_a_reader_of_a_known_kind_sees_only_the_groups_that_had_it(content):
    for kind in KINDS:
        for endpoint in ENDPOINTS:
            rows = for_endpoint(content, endpoint, kind)
            assert all(kind in o.about for o in rows), (kind, endpoint)
            assert {b.label for b in bars(content.in_language("en"), endpoint, kind)} == {o.label["en"] for o in rows}
    # Before the chooser knows the kind, every group; all of today's groups had cancer that started in the liver.
    assert sum(len(for_endpoint(content, e)) for e in ENDPOINTS) == len(content.outcomes)
    assert endpoints_for(content, None) == endpoints_for(content, "hcc") == ENDPOINTS
    assert endpoints_for(content, "bile_duct") == ("5y_relative_survival",)  # the US records count it
    assert endpoints_for(content, "bowel_spread") == endpoints_for(content, "spread") == ()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_chart_and_every_number_in_words_says_whose_cancer_it_is_about(content, lang):
    w = content.in_language(lang)
    hcc, bile_duct = w.ui("kind_hcc"), w.ui("kind_bile_duct")
    assert chart_whose(w, "5y_survival") == w.ui("outcomes_whose", kinds=hcc)
    assert chart_whose(w, "5y_relative_survival") == w.ui("outcomes_whose", kinds=w.one_of([hcc, bile_duct]))
    assert chart_whose(w, "5y_relative_survival", "bile_duct") == chart_whose(w, "5y_relative_survival")
    for endpoint in ENDPOINTS:
        said = outcomes_in_words(w, endpoint)
        assert said.count(w.labelled(w.ui("col_whose"), "")) == len(for_endpoint(content, endpoint))
        for b in bars(w, endpoint):
            assert w.labelled(w.ui("col_whose"), "") in b.hover


def test_for_a_kind_no_chart_is_about_the_page_has_what_the_guide_knows_of_it(content):
    """What a reader whose bowel cancer spread to the liver gets instead of numbers for another disease:
    COLLISION's serious problems and Fiorentini's medians, each with its group, from /decide's table."""
    bowel = known_for(content, "bowel_spread")
    said = " ".join(k.text["en"] for k in bowel if k.has_number)
    assert "7 out of 100" in said and "20 out of 100" in said and "COLLISION" in said
    assert "22 months" in said and "15 months" in said and "Fiorentini" in said
    assert all("bowel" in k.text["en"] for k in bowel if k.has_number)  # each with its group
    weigh = {(t.id, key) for t in content.treatments.values() for key in (t.weigh or {})}
    assert {(k.treatment_id, f"{k.matter_id}@bowel_spread") for k in bowel} == {
        (t, key) for t, key in weigh if key.endswith("@bowel_spread")
    }
    # A kind with words but no numbers, and one the guide says nothing of alone.
    assert known_for(content, "net_spread") and not any(k.has_number for k in known_for(content, "net_spread"))
    assert known_for(content, "spread") == ()
