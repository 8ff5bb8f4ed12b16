"""The pathway chooser drawn: every route as a Graphviz flowchart with the reader's path marked, its
labels in the reader's language, and the same path in words (the chart's text alternative)."""

from __future__ import annotations

from itertools import pairwise

from liverguide.content import Words
from liverguide.i18n import columns, even_wrap
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


# The chart is drawn as wide as the page: on a 390 px phone that is about 354 px for the whole
# chart, so a label is drawn at its font size x 354 / the drawing's width. The width is set by the
# labels, in characters: short lines keep it near 390 units, so 16 and 18 px labels come out at 14.5
# px and more. Wider lines or more space between nodes shrink every label. Note: Streamlit's own
# chart style draws every label at 0.6rem, whatever these sizes say, until a screen CSS rule gives
# the labels these sizes (tests/e2e/test_phone_and_paper.py measures what is drawn).
NODE_FONT_SIZE = 18
EDGE_FONT_SIZE = 16
LINE_COLUMNS = 12  # a Chinese character counts as two
# Edge labels sit between boxes, where Graphviz leaves them less room than it thinks Chinese needs.
EDGE_LINE_COLUMNS = 8
# Routes drawn a row lower than the others from the same question, so that no row holds more than
# three boxes and the chart stays narrow enough for a phone (edge -> Graphviz minlen).
LOWER_ROW = {("q_resectable", "r_drugs_first"): 2}


def flowchart_dot(node_labels: dict[str, str], edge_labels: dict[str, str], path: tuple[str, ...] = ()) -> str:
    """Graphviz DOT for every route, with the reader's path marked by thick, solid edges and a
    double border on its end node (not by colour alone); other edges are thin and dashed."""
    on_path = set(pairwise(path))
    end = path[-1] if path else None
    lines = [
        "digraph routes {",
        '  graph [rankdir=TB, nodesep=0.2, ranksep=0.3, fontname="sans-serif"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555", fontname="sans-serif",'
        f" fontsize={NODE_FONT_SIZE}, margin=0.1];",
        f'  edge [color="#555555", fontname="sans-serif", fontsize={EDGE_FONT_SIZE}];',
    ]
    for node, label in node_labels.items():
        attrs = [f'label="{_dot_text(label)}"', f"width={_min_width(label):.2f}"]
        if node in path:
            attrs += ['fillcolor="#dbe9f6"', 'color="#0b3d6b"', "penwidth=2"]
        if node == end:
            attrs += ["peripheries=2", 'fontname="sans-serif bold"']
        lines.append(f"  {node} [{', '.join(attrs)}];")
    for source, target, label_id in EDGES:
        attrs = [f'label="{_dot_text(edge_labels[label_id], EDGE_LINE_COLUMNS)}"']
        if (source, target) in LOWER_ROW:
            attrs.append(f"minlen={LOWER_ROW[source, target]}")
        if (source, target) in on_path:
            attrs += ['color="#0b3d6b"', "penwidth=3", "style=bold"]
        else:
            attrs += ["style=dashed"]
        lines.append(f"  {source} -> {target} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines)


def label_lines(text: str, width: int = LINE_COLUMNS) -> list[str]:
    """A label in short, even lines (a Chinese character counts as two columns)."""
    return even_wrap(text, width)


# Graphviz sizes a label from Latin letter widths: it takes a Chinese character for about half its
# real width, so Chinese labels spilled out of their boxes. A box gets a least width from our own
# count (a Chinese character is two columns, a column about half the font size).
COLUMN_EM = 0.5
BOX_MARGIN_IN = 0.2  # both sides: the node's margin=0.1


def _min_width(text: str) -> float:
    """A box's least width in inches, for its widest line at the node font size (72 points an inch)."""
    widest = max((columns(line) for line in label_lines(text)), default=0)
    return widest * COLUMN_EM * NODE_FONT_SIZE / 72 + BOX_MARGIN_IN


def _dot_text(text: str, width: int = LINE_COLUMNS) -> str:
    """Quoted for DOT and wrapped into short, even lines, so the chart stays narrow enough for a phone."""
    lines = label_lines(text, width) or [""]
    return "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines)
