"""liverguide.flowchart: each kind of cancer's chart drawn, through the stage to the route, the
reader's path marked by more than colour, its labels in the reader's language, and the same path in
words."""

from __future__ import annotations

import re

import pytest

from harness.journeys import ROUTE
from liverguide.answers import GROUPS, Answers
from liverguide.flowchart import LINE_COLUMNS, edge_labels, flowchart_dot, label_lines, node_labels, path_in_words
from liverguide.i18n import wrap
from liverguide.pathway import choose_route
from liverguide.routes import ALL_NODES, EDGES, edges_of, nodes_of


def test_the_flowchart_marks_the_path_with_thick_edges_and_a_double_border_not_colour_alone(content):
    en = content.in_language("en")
    result = choose_route(Answers(**ROUTE), content)
    dot = flowchart_dot(node_labels(en, result.group), edge_labels(en, result.group), result.steps)
    assert dot.startswith("digraph") and dot.rstrip().endswith("}")
    on_path = next(line for line in dot.splitlines() if "q_resectable -> r_interventional" in line)
    off_path = next(line for line in dot.splitlines() if "q_resectable -> r_surgery" in line)
    assert "penwidth=3" in on_path and "style=bold" in on_path
    assert "style=dashed" in off_path and "penwidth" not in off_path
    stage = next(line for line in dot.splitlines() if line.strip().startswith("s_early ["))
    assert "penwidth=2" in stage, "the stage box is on the path"
    end = next(line for line in dot.splitlines() if line.strip().startswith("r_interventional ["))
    assert "peripheries=2" in end and dot.count("peripheries=2") == 1


def test_the_chart_follows_the_questions_to_the_stage_and_then_the_options(content):
    result = choose_route(Answers(**ROUTE), content)
    assert result.steps == ("q_cancer", "q_kind", "q_activity", "q_liver", "q_tumours", "q_spread", "s_early",
                            "q_resectable", "r_interventional")  # fmt: skip


def test_each_kind_of_cancer_has_its_own_chart_with_only_the_boxes_that_can_apply():
    assert "q_origin" not in nodes_of("hcc") and "s_early" not in nodes_of("metastatic")
    assert {"s_early", "s_middle", "s_late", "s_end", "s_unknown", "q_told"} <= set(nodes_of("hcc"))
    assert "q_liver_only" in nodes_of("metastatic") and "q_spread" in nodes_of("bile_duct")
    assert set(nodes_of("unknown")) == {"q_cancer", "q_activity", "q_liver", "r_supportive", "r_ask_team"}
    for group in GROUPS:
        pairs = [(e.source, e.target) for e in edges_of(group)]
        assert len(pairs) == len(set(pairs)), f"one arrow per pair of boxes in the {group} chart"


def test_flowchart_labels_are_quoted_safely():
    dot = flowchart_dot({"q_cancer": 'Say "hi"'}, [("q_cancer", "q_kind", 'a "b"')])
    assert 'label="Say \\"hi\\""' in dot and 'label="a \\"b\\""' in dot


def test_an_arrow_without_words_is_drawn_without_a_label():
    dot = flowchart_dot({"a": "A", "b": "B"}, [("a", "b", "")])
    assert "a -> b [style=dashed];" in dot


def test_every_box_and_every_arrow_label_has_words_in_every_language(content):
    for lang in content.meta.languages:
        w = content.in_language(lang)
        for group in GROUPS:
            assert set(node_labels(w, group)) == set(nodes_of(group)) and all(node_labels(w, group).values())
            labelled = [
                label for (_, _, label), e in zip(edge_labels(w, group), edges_of(group), strict=True) if e.label
            ]
            assert all(labelled)
        assert all(w.ui(f"node_{n}") for n in ALL_NODES)


def test_the_path_in_words_gives_each_question_with_the_answer_given_then_the_stage_and_the_route(content):
    answers = Answers(**ROUTE)
    en = content.in_language("en")
    words = path_in_words(en, choose_route(answers, content).steps, answers)
    q = content.pathway_questions

    def said(*fields):
        return en.separator.join(en.labelled(q[f].short["en"], q[f].options[ROUTE[f]]["en"]) for f in fields)

    expected = [said("cancer"), said("kind"), said("activity"), said("liver_signs"), said("tumours", "largest")]
    expected += [said("vessels", "spread"), en.ui("node_s_early"), said("resectable"), en.ui("node_r_interventional")]
    assert words == " → ".join(expected)


def test_the_path_in_words_uses_the_language_s_own_colon(content):
    answers = Answers(**ROUTE)
    zh = content.in_language("zh")
    words = path_in_words(zh, choose_route(answers, content).steps, answers)
    assert "：" in words and ": " not in words


def test_labels_are_short_even_lines_so_the_chart_stays_narrow_on_a_phone():
    # Greedy wrapping at 12 columns would leave "来" alone on a line; even lines do not.
    assert label_lines("从别处转移而来") == ["从别处转", "移而来"]
    assert label_lines("any answer (it changes the notes)") == ["any answer", "(it changes", "the notes)"]
    assert label_lines("no") == ["no"]


@pytest.mark.parametrize("group", GROUPS)
def test_every_label_in_every_language_is_drawn_in_lines_of_at_most_12_columns_at_16_px_or_more(content, group):
    for lang in content.meta.languages:
        w = content.in_language(lang)
        dot = flowchart_dot(node_labels(w, group), edge_labels(w, group))
        labels = re.findall(r'label="((?:[^"\\]|\\.)*)"', dot)
        assert len(labels) == len(nodes_of(group)) + sum(1 for e in edges_of(group) if e.label)
        for label in labels:
            assert all(wrap(line, LINE_COLUMNS) == [line] for line in label.split("\\n")), label
    sizes = [int(n) for n in re.findall(r"fontsize=(\d+)", dot)]
    assert sizes and min(sizes) >= 16, "12-column lines at 16 px or more: 12 CSS px at 390 px once drawn at these sizes"
    assert {e.label for e in EDGES if e.label} <= set(content.ui), "every arrow's words are in ui.yaml"
