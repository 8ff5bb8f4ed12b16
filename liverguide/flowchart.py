"""The pathway chooser drawn: the questions, the stage and the routes for the reader's kind of cancer
as a Graphviz flowchart with the reader's path marked, its labels in the reader's language, and the
same path in words (the chart's text alternative). Each kind of cancer has a chart of its own
(liverguide/routes.py EDGES), so a phone shows only the boxes that can apply.
"""

from __future__ import annotations

from itertools import pairwise

from liverguide.answers import QUESTION_NODES, Answers
from liverguide.content import Words
from liverguide.i18n import columns, even_wrap
from liverguide.routes import edges_of, nodes_of


def node_labels(w: Words, group: str) -> dict[str, str]:
    """Each box of one kind of cancer's chart, with its words."""
    return {node: w.ui(f"node_{node}") for node in nodes_of(group)}


def edge_labels(w: Words, group: str) -> list[tuple[str, str, str]]:
    """Each arrow of the chart: (from, to, words); words are empty where the boxes say enough."""
    return [(e.source, e.target, w.ui(e.label) if e.label else "") for e in edges_of(group)]


def path_in_words(w: Words, path: tuple[str, ...], answers: Answers) -> str:
    """The reader's path as text, each question with the answer given:
    'Where it started: In the liver → ... → Early: BCLC 0 or A → Treatment aimed at the liver'."""
    steps = []
    for node in path:
        given = [(f, getattr(answers, f)) for f in QUESTION_NODES.get(node, ()) if getattr(answers, f) is not None]
        if given:
            questions = w.content.pathway_questions
            said = [w.labelled(w(questions[f].short), w(questions[f].options[value])) for f, value in given]
            steps.append(w.separator.join(said))
        else:
            steps.append(w.ui(f"node_{node}"))
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
# Boxes drawn a row lower than Graphviz would put them, so that no row holds more than three boxes
# and the chart stays narrow enough for a phone (edge -> Graphviz minlen). An arrow in LOOSE is drawn
# but does not set the rows: the end stage then sits beside the safety questions that lead to it.
LOOSE = {("q_told", "s_end")}
LOWER_ROW = {
    ("q_resectable", "r_ask_team"): 2,
    ("q_resectable", "r_drugs_first"): 2,
    ("q_told", "s_unknown"): 2,
    ("q_liver", "r_ask_team"): 2,
}


def flowchart_dot(node_labels: dict[str, str], edges: list[tuple[str, str, str]], path: tuple[str, ...] = ()) -> str:
    """Graphviz DOT for one chart, with the reader's path marked by thick, solid edges and a double
    border on its end node (not by colour alone); other edges are thin and dashed."""
    on_path = set(pairwise(path))
    end = path[-1] if path else None
    lines = [
        "digraph routes {",
        '  graph [rankdir=TB, nodesep=0.1, ranksep=0.3, fontname="sans-serif"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555", fontname="sans-serif",'
        f" fontsize={NODE_FONT_SIZE}, margin=0.1];",
        f'  edge [color="#555555", fontname="sans-serif", fontsize={EDGE_FONT_SIZE}];',
    ]
    for node, label in node_labels.items():
        attrs = [f'label="{_dot_text(label)}"', f"width={_min_width(label):.2f}"]
        if node in QUESTION_NODES:  # the questions in one straight column, the stages and routes beside it
            attrs.append('group="questions"')
        if node in path:
            attrs += ['fillcolor="#dbe9f6"', 'color="#0b3d6b"', "penwidth=2"]
        if node == end:
            attrs += ["peripheries=2", 'fontname="sans-serif bold"']
        lines.append(f"  {node} [{', '.join(attrs)}];")
    for source, target, label in edges:
        attrs = [f'label="{_dot_text(label, EDGE_LINE_COLUMNS)}"'] if label else []
        if (source, target) in LOWER_ROW:
            attrs.append(f"minlen={LOWER_ROW[source, target]}")
        if (source, target) in LOOSE:
            attrs.append("constraint=false")
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
