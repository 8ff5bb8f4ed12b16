"""The pathway chooser drawn: every route as a Graphviz flowchart with the reader's path marked, its
labels in the reader's language, and the same path in words (the chart's text alternative)."""

from __future__ import annotations

from itertools import pairwise

from liverguide.content import Words
from liverguide.i18n import wrap
from liverguide.pathway import EDGES, QUESTION_NODES, ROUTE_NODES, Answers

FIELD_OF_NODE = {node: field for field, node in QUESTION_NODES.items()}


def node_labels(w: Words) -> dict[str, str]:
    """Each node's words: a question's short name, or a route's."""
    labels = {node: w(w.content.pathway_questions[field].short) for field, node in QUESTION_NODES.items()}
    labels.update({node: w.ui(f"node_{node}") for node in ROUTE_NODES.values()})
    return labels


def edge_labels(w: Words) -> dict[str, str]:
    return {label_id: w.ui(label_id) for _, _, label_id in EDGES}


def path_in_words(w: Words, path: tuple[str, ...], answers: Answers) -> str:
    """The reader's path as text, each question with the answer given: 'Health: Good → ... → Route'."""
    labels = node_labels(w)
    steps = []
    for node in path:
        field = FIELD_OF_NODE.get(node)
        value = getattr(answers, field) if field else None
        if value is None:
            steps.append(labels[node])
        else:
            steps.append(w.labelled(labels[node], w(w.content.pathway_questions[field].options[value])))
    return " → ".join(steps)


def flowchart_dot(node_labels: dict[str, str], edge_labels: dict[str, str], path: tuple[str, ...] = ()) -> str:
    """Graphviz DOT for every route, with the reader's path marked by thick, solid edges and a
    double border on its end node (not by colour alone); other edges are thin and dashed."""
    on_path = set(pairwise(path))
    end = path[-1] if path else None
    lines = [
        "digraph routes {",
        '  graph [rankdir=TB, nodesep=0.25, ranksep=0.3, fontname="sans-serif"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555", fontname="sans-serif",'
        " fontsize=16, margin=0.1];",
        '  edge [color="#555555", fontname="sans-serif", fontsize=14];',
    ]
    for node, label in node_labels.items():
        attrs = [f'label="{_dot_text(label)}"']
        if node in path:
            attrs += ['fillcolor="#dbe9f6"', 'color="#0b3d6b"', "penwidth=2"]
        if node == end:
            attrs += ["peripheries=2", 'fontname="sans-serif bold"']
        lines.append(f"  {node} [{', '.join(attrs)}];")
    for source, target, label_id in EDGES:
        attrs = [f'label="{_dot_text(edge_labels[label_id])}"']
        if (source, target) in on_path:
            attrs += ['color="#0b3d6b"', "penwidth=3", "style=bold"]
        else:
            attrs += ["style=dashed"]
        lines.append(f"  {source} -> {target} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines)


def _dot_text(text: str, width: int = 16) -> str:
    """Quoted for DOT and wrapped into short lines, so the chart stays narrow enough for a phone."""
    lines = wrap(text, width) or [""]
    return "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines)
