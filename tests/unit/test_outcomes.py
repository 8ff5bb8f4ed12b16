"""liverguide outcomes: outcomes.csv is checked row by row, and the figures say what the data says."""

from __future__ import annotations

import pytest

from liverguide.content import ContentError, load_content
from liverguide.outcomes import (
    bars,
    chart_alt,
    for_endpoint,
    frequency,
    icon_array_figure,
    out_of_100,
    outcomes_table,
    survival_chart,
)
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
HEADER = "id,label,endpoint,value,bound,unit,population,treatment,source_id,in_seed\n"
SEED = "seed_5y,The clinic's figure,5y_survival,60,at_least,percent,Small liver cancer,Interventional,qa_source,true\n"


def broken(content_folder, row: str) -> ContentError:
    content_folder.write("outcomes.csv", HEADER + SEED + row)
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    return info.value


def test_the_guide_s_outcomes_hold_the_clinic_s_figure_as_a_lower_bound():
    seed = [o for o in CONTENT.outcomes if o.in_seed]
    assert len(seed) == 1
    (seed,) = seed
    assert (seed.value, seed.bound, seed.endpoint, seed.source_id) == (60, "at_least", "5y_survival", "qa_source")


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("x_5y,A,5y_survival,63,exact,percent,People,RFA,nowhere_1999,false\n", "source_id", "nowhere_1999"),
        ("x_5y,A,5y_survival,63,about,percent,People,RFA,trial_2020,false\n", "bound", "about"),
        ("x_5y,A,5y_survival,63,exact,per mille,People,RFA,trial_2020,false\n", "unit", "per mille"),
        ("x_5y,A,5y_survival,163,exact,percent,People,RFA,trial_2020,false\n", "value", "outside 0 to 100"),
        ("x_5y,A,5y_survival,-1,exact,percent,People,RFA,trial_2020,false\n", "value", "outside 0 to 100"),
        ("x_5y,A,5y_survival,lots,exact,percent,People,RFA,trial_2020,false\n", "value", "not a number"),
        ("x_5y,A,10y_survival,63,exact,percent,People,RFA,trial_2020,false\n", "endpoint", "10y_survival"),
        ("x_5y,A,5y_survival,63,exact,percent,,RFA,trial_2020,false\n", "population", "empty"),
        ("x_5y,A,5y_survival,63,exact,percent,People,RFA,trial_2020,maybe\n", "in_seed", "maybe"),
        ("seed_5y,A,5y_survival,63,exact,percent,People,RFA,trial_2020,false\n", "id", "duplicate"),
    ],
)
def test_a_bad_row_is_refused_naming_the_row_and_the_column(content_folder, row, column, words):
    err = broken(content_folder, row)
    assert err.file == "outcomes.csv" and err.field == column
    assert err.item.startswith("row 3 (")
    assert words in str(err)


def test_a_missing_column_is_named(content_folder):
    content_folder.write(
        "outcomes.csv", HEADER.replace(",bound", "") + "x,A,5y_survival,60,percent,P,T,qa_source,true\n"
    )
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.field) == ("outcomes.csv", "bound")


def test_exactly_one_row_is_the_clinic_s_figure(content_folder):
    err = broken(content_folder, SEED.replace("seed_5y", "seed_again"))
    assert err.field == "in_seed"


def test_percent_becomes_people_out_of_100_rounding_halves_up():
    assert [out_of_100(v) for v in (68.5, 63.1, 49.7, 3.1, 0, 100)] == [69, 63, 50, 3, 0, 100]


def test_the_words_say_more_than_for_a_lower_bound():
    seed = next(o for o in CONTENT.outcomes if o.in_seed)
    assert frequency(CONTENT, seed, "en") == "more than 60 out of 100"
    exact = next(o for o in CONTENT.outcomes if o.id == "rfa_3cm_5y")
    assert frequency(CONTENT, exact, "en") == "63 out of 100"


@pytest.mark.parametrize("endpoint", ["5y_survival", "5y_relative_survival"])
def test_the_chart_has_one_bar_per_row_of_its_endpoint_highest_first(endpoint):
    rows = for_endpoint(CONTENT, endpoint)
    fig = survival_chart(bars(CONTENT, endpoint, "en"), axis_title="x")
    (trace,) = fig.data
    assert list(trace.x) == [o.value for o in rows]
    assert list(trace.x) == sorted(trace.x, reverse=True)
    assert all(o.endpoint == endpoint for o in rows)


def test_only_the_clinic_s_figure_is_drawn_open_ended_hatched_and_labelled_more_than():
    chart_bars = bars(CONTENT, "5y_survival", "en")
    fig = survival_chart(chart_bars, axis_title="x")
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    seed_index = next(i for i, b in enumerate(chart_bars) if b.is_clinic)
    assert len(arrows) == 1
    assert (arrows[0].ax, arrows[0].y) == (60, seed_index) and arrows[0].x > 60
    patterns = list(fig.data[0].marker.pattern.shape)
    assert patterns[seed_index] == "/" and set(patterns) - {"/"} == {""}
    labels = [a.text for a in fig.layout.annotations if not a.showarrow]
    assert labels[seed_index].startswith("<b>more than 60 out of 100</b>")


def test_hover_shows_population_treatment_and_source():
    seed_bar = next(b for b in bars(CONTENT, "5y_survival", "en") if b.is_clinic)
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


def test_the_table_holds_every_number_with_its_group_and_source():
    table = outcomes_table(CONTENT, "5y_survival", "en")
    assert len(table) == len(for_endpoint(CONTENT, "5y_survival"))
    assert "more than 60 out of 100" in set(table["Out of 100 people"])
    assert list(table.columns) == ["Group", "Out of 100 people", "Who was in the group", "Source"]


def test_the_alt_text_names_every_group_and_number():
    alt = chart_alt(CONTENT, "5y_survival", "en")
    for b in bars(CONTENT, "5y_survival", "en"):
        assert b.label in alt and b.text in alt
