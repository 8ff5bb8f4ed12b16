"""liverguide.flowchart: every route drawn, the reader's path marked by more than colour, its labels
in the reader's language, and the same path in words."""

from __future__ import annotations

from liverguide.flowchart import edge_labels, flowchart_dot, node_labels, path_in_words
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
    expected = [f"{questions[f].short['en']}: {questions[f].options[v]['en']}" for f, v in ROUTE.items()]
    assert words == " → ".join([*expected, en.ui("node_r_interventional")])


def test_the_path_in_words_uses_the_language_s_own_colon(content):
    answers = Answers(**ROUTE)
    zh = content.in_language("zh")
    words = path_in_words(zh, choose_route(answers).steps, answers)
    assert "：" in words and ": " not in words
