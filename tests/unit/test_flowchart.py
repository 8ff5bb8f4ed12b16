"""liverguide.flowchart: every route drawn, the reader's path marked by more than colour, its labels
in the reader's language, and the same path in words."""

from __future__ import annotations

import re

from liverguide.flowchart import LINE_COLUMNS, edge_labels, flowchart_dot, label_lines, node_labels, path_in_words
from liverguide.i18n import wrap
from liverguide.pathway import EDGES, QUESTION_NODES, ROUTE_NODES, Answers, choose_route
from tests.journeys import ROUTE


def test_the_flowchart_marks_the_path_with_thick_edges_and_a_double_border_not_colour_alone():
    labels = {node: node.replace("_", " ") for node in [*QUESTION_NODES.values(), *ROUTE_NODES.values()]}
    edge_labels = {label: label for _, _, label in EDGES}
    path = choose_route(Answers(**ROUTE)).steps
    dot = flowchart_dot(labels, edge_labels, path)
    assert dot.startswith("digraph") and dot.rstrip().endswith("}")
    assert "q_resectable -> r_interventional [" in dot
    on_path = next(line for line in dot.splitlines() if "q_resectable -> r_interventional" in line)
    off_path = next(line for line in dot.splitlines() if "q_resectable -> r_surgery" in line)
    assert "penwidth=3" in on_path and "style=bold" in on_path
    assert "style=dashed" in off_path and "penwidth" not in off_path
    end = next(line for line in dot.splitlines() if line.strip().startswith("r_interventional ["))
    assert "peripheries=2" in end
    assert dot.count("peripheries=2") == 1


def test_flowchart_labels_are_quoted_safely():
    labels = {"q_health": 'Say "hi"'}
    dot = flowchart_dot(labels, {label: "x" for _, _, label in EDGES})
    assert 'label="Say \\"hi\\""' in dot


def test_every_node_and_edge_has_words_in_every_language(content):
    for lang in content.meta.languages:
        w = content.in_language(lang)
        assert set(node_labels(w)) == {*QUESTION_NODES.values(), *ROUTE_NODES.values()}
        assert all(node_labels(w).values()) and all(edge_labels(w).values())


def test_the_path_in_words_gives_each_question_with_the_answer_given(content):
    answers = Answers(**ROUTE)
    en = content.in_language("en")
    words = path_in_words(en, choose_route(answers).steps, answers)
    questions = content.pathway_questions
    expected = [en.labelled(questions[f].short["en"], questions[f].options[v]["en"]) for f, v in ROUTE.items()]
    assert words == " → ".join([*expected, en.ui("node_r_interventional")])


def test_the_path_in_words_uses_the_language_s_own_colon(content):
    answers = Answers(**ROUTE)
    zh = content.in_language("zh")
    words = path_in_words(zh, choose_route(answers).steps, answers)
    assert "：" in words and ": " not in words


def test_labels_are_short_even_lines_so_the_chart_stays_narrow_on_a_phone():
    # Greedy wrapping at 12 columns would leave "来" alone on a line; even lines do not.
    assert label_lines("从别处转移而来") == ["从别处转", "移而来"]
    assert label_lines("any answer (it changes the notes)") == ["any answer", "(it changes", "the notes)"]
    assert label_lines("no") == ["no"]


def test_every_label_in_every_language_is_drawn_in_lines_of_at_most_12_columns_at_16_px_or_more(content):
    for lang in content.meta.languages:
        w = content.in_language(lang)
        dot = flowchart_dot(node_labels(w), edge_labels(w), choose_route(Answers(**ROUTE)).steps)
        labels = re.findall(r'label="((?:[^"\\]|\\.)*)"', dot)
        assert len(labels) == len(node_labels(w)) + len(EDGES)
        for label in labels:
            assert all(wrap(line, LINE_COLUMNS) == [line] for line in label.split("\\n")), label
    sizes = [int(n) for n in re.findall(r"fontsize=(\d+)", dot)]
    assert sizes and min(sizes) >= 16, "12-column lines at 16 px or more: 12 CSS px at 390 px once drawn at these sizes"
