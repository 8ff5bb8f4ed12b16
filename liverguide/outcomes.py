"""The quoted outcomes as numbers people understand: "X out of 100", bars that show what is only a
lower bound, a static picture of 100 people, and the same numbers in words. Pure Python: plotly
figures and Markdown built from content, with words in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from html import escape

import plotly.graph_objects as go

from liverguide.content import ENDPOINTS, Content, Outcome, Text, Words
from liverguide.content.load import OUTCOME_NUMBER
from liverguide.i18n import even_wrap, wrap

# Okabe-Ito colour-blind-safe pair; the clinic's bar also has a hatch pattern, so colour is never the only cue.
STUDY_COLOUR = "#0072B2"
CLINIC_COLOUR = "#E69F00"
EMPTY_LINE = "#767676"  # 4.5:1 on white
TEXT_COLOUR = "#262730"
# The 100-person picture opens on a number from a named study (Nishikawa 2011: ablation of one
# tumour of 3 cm or less), not on the clinic's "more than 60", which names no study, treatment or size.
FIRST_PICTURE = "rfa_3cm_5y"
# Every 5-year group on the page is of cancer that started in the liver, treated at an early or middle
# stage. A reader whose chooser result is one of these sees the group nearest to it first; any other
# reader (a late stage, another kind, spread to the liver) sees no picture until they pick a group,
# with a line that none of the groups is like theirs.
PICTURE_FOR_RESULT = {"hcc_surgery": FIRST_PICTURE, "hcc_early": FIRST_PICTURE, "hcc_middle": "tace_review_5y"}


def first_picture(result_summary: str | None) -> str | None:
    """The group the 100-person picture opens on: the nearest to the reader's result, the sourced
    ablation group before the chooser has one, and none when no group is like the reader's."""
    if result_summary is None:
        return FIRST_PICTURE
    return PICTURE_FOR_RESULT.get(result_summary)


def out_of_100(value: float) -> int:
    """A percent as a whole number of people out of 100, rounding halves up (68.5 -> 69)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def frequency(w: Words, outcome: Outcome) -> str:
    """'63 out of 100', 'more than 60 out of 100' or 'fewer than 5 out of 100'."""
    return w.ui(f"freq_{outcome.bound}", n=out_of_100(outcome.value))


def the_rest(w: Words, outcome: Outcome) -> str:
    """The other frame, the rest of the hundred: '37 out of 100', 'fewer than 40 out of 100'."""
    other = {"exact": "exact", "at_least": "at_most", "at_most": "at_least"}[outcome.bound]
    return w.ui(f"freq_{other}", n=100 - out_of_100(outcome.value))


def picture_sentence(w: Words, outcome: Outcome) -> str:
    """What a group's 100-person picture shows, as one sentence: '63 out of 100 people were alive...'
    (as it goes into the picture's description: 'Picture of 100 people, 63 of them filled in: ...')."""
    return w.ui(
        "icons_sentence",
        freq=frequency(w, outcome),
        rest=the_rest(w, outcome),
        group=w(outcome.population),
        treatment=w(outcome.treatment),
    )


def picture_caption(w: Words, outcome: Outcome) -> str:
    """The sentence shown above the picture, in bold, starting with a capital ('More than 60 out of 100...')."""
    sentence = picture_sentence(w, outcome)
    return f"**{sentence[:1].upper()}{sentence[1:]}**"


def fitting(content: Content, kind: str | None) -> list[Outcome]:
    """The rows a reader is shown, in file order: for a reader whose kind of cancer is known
    (pathway.kind_of), only the groups that had it; every row before the chooser knows it."""
    return [o for o in content.outcomes if kind is None or kind in o.about]


def for_endpoint(content: Content, endpoint: str, kind: str | None = None) -> list[Outcome]:
    """The rows of one endpoint a reader is shown, highest first (one endpoint per chart)."""
    return sorted((o for o in fitting(content, kind) if o.endpoint == endpoint), key=lambda o: -o.value)


def endpoints_for(content: Content, kind: str | None) -> tuple[str, ...]:
    """The charts with a number about this kind of cancer (every chart when the kind is not known)."""
    return tuple(e for e in ENDPOINTS if for_endpoint(content, e, kind))


def whose(w: Words, kinds: Sequence[str]) -> str:
    """The kinds of cancer a number is about, in the reader's words: 'liver cell cancer (HCC), which
    started in the liver, or bile duct cancer inside the liver'."""
    return w.one_of([w.ui(f"kind_{k}") for k in kinds])


def chart_whose(w: Words, endpoint: str, kind: str | None = None) -> str:
    """The line under a chart's heading: 'These numbers are about ...', every kind its groups had."""
    kinds = dict.fromkeys(k for o in for_endpoint(w.content, endpoint, kind) for k in o.about)
    return w.ui("outcomes_whose", kinds=whose(w, list(kinds)))


@dataclass(frozen=True)
class KnownFor:
    """What deciding together's table says about one matter for one treatment, for one kind of cancer
    (treatments.yaml `weigh: {<matter>@<kind>: ...}`), and whether it gives a number."""

    treatment_id: str
    matter_id: str
    text: Text

    @property
    def has_number(self) -> bool:
        return OUTCOME_NUMBER.search(self.text["en"]) is not None  # the pattern is English


def known_for(content: Content, kind: str) -> tuple[KnownFor, ...]:
    """Everything the guide says from studies of this kind of cancer alone, treatment by treatment in
    page order: for a reader some chart on the outcomes page is not about."""
    return tuple(
        KnownFor(t.id, matter_id, text)
        for t in content.treatments.values()
        for matter_id in content.matters
        if (text := (t.weigh or {}).get(f"{matter_id}@{kind}")) is not None
    )


def _wrap(text: str, width: int) -> str:
    return "<br>".join(wrap(text, width))


def _even_lines(text: str, width: int) -> list[str]:
    """Two lines at a bracket when that fits ("... after five years / (relative survival)"); else
    as few lines as `wrap` gives, made as even as they can be (no "率）" alone on the last line)."""
    for bracket in ("（", " ("):
        head, found, tail = text.rpartition(bracket)
        parts = [head.strip(), (found + tail).strip()]
        if found and head.strip() and len(wrap(text, width)) > 1 and all(wrap(p, width) == [p] for p in parts):
            return parts
    return even_wrap(text, width) or [""]


@dataclass(frozen=True)
class Bar:
    """One bar with its words already in the reader's language."""

    label: str
    source: str
    value: float
    open_ended: bool  # "more than": drawn with an arrow, not as a bar that ends at the value
    text: str  # "more than 60 out of 100"
    heading: str  # the text in bold and its source, written above the bar
    hover: str
    is_clinic: bool
    note: str = ""  # under the clinic's bar: where to read what its figure fits


def bars(w: Words, endpoint: str, kind: str | None = None) -> list[Bar]:
    result = []
    for o in for_endpoint(w.content, endpoint, kind):
        source, text = w(o.source_short), frequency(w, o)
        hover = "<br>".join(
            [
                f"<b>{w(o.label)}</b>",
                w.labelled(w.ui("col_who"), w(o.population)),
                w.labelled(w.ui("col_whose"), whose(w, o.about)),
                w.labelled(w.ui("col_treatment"), w(o.treatment)),
                w.labelled(w.ui("col_source"), source),
            ]
        )
        result.append(
            Bar(
                label=w(o.label),
                source=source,
                value=o.value,
                open_ended=o.bound == "at_least",
                text=text,
                heading=w.ui("bar_text", n=f"<b>{text}</b>", source=source),
                hover=hover,
                is_clinic=o.in_seed,
                note=w.ui("bar_clinic_note") if o.in_seed else "",
            )
        )
    return result


# The bar chart is laid out in lines of label text: each bar's label takes its own lines above it, so
# a label of four lines never reaches the bar above (a fixed slot per bar let it, in English).
BAR_LINES = 1.4  # a bar's thickness, in lines
GAP_LINES = 1.0  # between a bar and the next label


def survival_chart(
    chart_bars: Sequence[Bar], *, axis_title: str, label_width: int = 40, font_px: int = 14
) -> go.Figure:
    """Horizontal bars, highest first, each with its number, group and source written above it
    (full width, wrapped, so nothing is cut off on a phone). The axis title is wrapped too: plotly
    centres it and cuts both ends when it is wider than the chart (a 390 px phone has about 350 px).

    A "more than" figure is drawn as a bar to its lower bound plus an arrow that keeps going, so
    nobody reads it as ending there. The clinic's bar is hatched as well as coloured.
    """
    labels = []
    for b in chart_bars:
        text = f"{b.heading}<br>{_wrap(b.label, label_width)}"
        if b.note:
            text += f"<br><i>{_wrap(b.note, label_width)}</i>"
        labels.append(text)
    ys, top = [], 0.0
    for text in labels:
        top += text.count("<br>") + 1 + 0.3  # the label's lines, and a little air under them
        ys.append(top + BAR_LINES / 2)
        top += BAR_LINES + GAP_LINES
    fig = go.Figure(
        go.Bar(
            x=[b.value for b in chart_bars],
            y=ys,
            orientation="h",
            width=BAR_LINES,
            marker={
                "color": [CLINIC_COLOUR if b.is_clinic else STUDY_COLOUR for b in chart_bars],
                "pattern": {"shape": ["/" if b.is_clinic else "" for b in chart_bars], "fgcolor": TEXT_COLOUR},
                "line": {"color": TEXT_COLOUR, "width": 1},
            },
            hovertext=[b.hover for b in chart_bars],
            hoverinfo="text",
            name="",
        )
    )
    title_lines = _even_lines(axis_title, label_width)
    for y, b, text in zip(ys, chart_bars, labels, strict=True):
        fig.add_annotation(
            x=0, y=y - BAR_LINES / 2 - 0.15, text=text, showarrow=False, xanchor="left", yanchor="bottom",
            align="left", xref="x",
        )  # fmt: skip
        if b.open_ended:
            fig.add_annotation(
                x=min(b.value + 20, 100), y=y, ax=b.value, ay=y, xref="x", yref="y", axref="x", ayref="y",
                showarrow=True, arrowhead=2, arrowsize=1.2, arrowwidth=2.5, arrowcolor=TEXT_COLOUR, text="",
            )  # fmt: skip
    line_px = round(font_px * 1.5)  # a line of annotation text, with room to spare
    bottom = 36 + 20 * len(title_lines)
    fig.update_layout(
        height=round(top * line_px) + 8 + bottom,
        margin={"l": 8, "r": 8, "t": 8, "b": bottom},
        showlegend=False,
        plot_bgcolor="white",
        font={"size": font_px, "color": TEXT_COLOUR},
        hoverlabel={"align": "left"},
    )
    # The axis's words in the text colour too: the app's chart theme greys them below 4.5:1 on white.
    fig.update_xaxes(
        range=[0, 102],
        tickvals=[0, 20, 40, 60, 80, 100],
        title={"text": "<br>".join(title_lines), "font": {"color": TEXT_COLOUR}},
        tickfont={"color": TEXT_COLOUR},
        gridcolor="#dddddd",
    )
    fig.update_yaxes(visible=False, range=[top, 0], fixedrange=True)
    return fig


def icon_array_figure(filled: int, *, total: int = 100, per_row: int = 10) -> go.Figure:
    """A static picture of `total` people, the first `filled` solid and the rest hollow.

    Person-shaped icons and one fixed denominator (100) are what people read best (Galesic 2009;
    Zikmund-Fisher 2014); solid versus hollow carries the meaning, not colour alone. Each icon is
    two shapes named "filled" or "empty" (head and body), which is how the tests count them.
    """
    if not 0 <= filled <= total:
        raise ValueError(f"filled must be between 0 and {total}, got {filled}")
    shapes = []
    for i in range(total):
        x, y = i % per_row, -(i // per_row)
        state = "filled" if i < filled else "empty"
        fill = STUDY_COLOUR if state == "filled" else "white"
        line = {"color": STUDY_COLOUR if state == "filled" else EMPTY_LINE, "width": 1.5}
        head = {"type": "circle", "x0": x - 0.13, "x1": x + 0.13, "y0": y + 0.12, "y1": y + 0.38}
        body = {"type": "path", "path": f"M {x - 0.24},{y - 0.42} L {x - 0.2},{y + 0.02} Q {x},{y + 0.12} "
                f"{x + 0.2},{y + 0.02} L {x + 0.24},{y - 0.42} Z"}  # fmt: skip
        for shape in (head, body):
            shapes.append({**shape, "name": state, "fillcolor": fill, "line": line, "layer": "above"})
    rows = -(-total // per_row)
    fig = go.Figure(
        go.Scatter(x=[-0.5, per_row - 0.5], y=[0.5, -rows + 0.5], mode="markers", opacity=0, hoverinfo="skip")
    )
    fig.update_layout(
        shapes=shapes,
        height=420,
        margin={"l": 4, "r": 4, "t": 4, "b": 4},
        plot_bgcolor="white",
        showlegend=False,
    )
    fig.update_xaxes(visible=False, range=[-0.6, per_row - 0.4], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-rows + 0.4, 0.6], scaleanchor="x", fixedrange=True)
    return fig


def icon_array_svg(filled: int, *, label: str, total: int = 100, per_row: int = 10) -> str:
    """The same picture of 100 people as icon_array_figure, as SVG text for the reading edition: the
    first `filled` solid, the rest hollow (the meaning is in solid or hollow, not in colour alone)."""
    if not 0 <= filled <= total:
        raise ValueError(f"filled must be between 0 and {total}, got {filled}")
    people = []
    for i in range(total):
        x, y = i % per_row, i // per_row
        state = "filled" if i < filled else "empty"
        fill, line = (STUDY_COLOUR, STUDY_COLOUR) if state == "filled" else ("white", EMPTY_LINE)
        people.append(
            f'<g class="{state}" fill="{fill}" stroke="{line}" stroke-width="0.04">'
            f'<circle cx="{x + 0.5}" cy="{y + 0.25}" r="0.13"/>'
            f'<path d="M {x + 0.26},{y + 0.92} L {x + 0.3},{y + 0.48} Q {x + 0.5},{y + 0.38} '
            f'{x + 0.7},{y + 0.48} L {x + 0.74},{y + 0.92} Z"/></g>'
        )  # fmt: skip
    rows = -(-total // per_row)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {per_row} {rows}" role="img" '
        f'aria-label="{escape(label)}" class="people">{"".join(people)}</svg>'
    )


def outcomes_in_words(w: Words, endpoint: str, kind: str | None = None) -> str:
    """One chart's numbers in words, its text alternative: a Markdown list with one short block per
    group (the group and its number in bold, then who, the treatment and the source, a line each),
    so each number stays with its group and source and fits a phone without a cramped table."""
    blocks = []
    for o in for_endpoint(w.content, endpoint, kind):
        said = frequency(w, o)
        if endpoint == "5y_survival":  # both frames; relative survival has no plain "the rest"
            said = w.ui("freq_alive_and_not", freq=said, rest=the_rest(w, o))
        lines = [
            f"**{w.labelled(w(o.label), said)}**",
            w.labelled(w.ui("col_who"), w(o.population)),
            w.labelled(w.ui("col_whose"), whose(w, o.about)),
            w.labelled(w.ui("col_treatment"), w(o.treatment)),
            w.labelled(w.ui("col_source"), w(o.source_short)),
            w.evidence(o),
        ]
        blocks.append("- " + "  \n  ".join(lines))
    return "\n\n".join(blocks)  # a loose list: a little space between the groups


def chart_alt(w: Words, endpoint: str, kind: str | None = None) -> str:
    items = w.separator.join(
        w.labelled(w.ui("bar_text", n=b.label, source=b.source), b.text) for b in bars(w, endpoint, kind)
    )
    return w.ui("chart_alt", measure=w.ui(f"endpoint_{endpoint}"), items=items)
