"""How the guide is laid out for a reader at home and for a shared screen in a consultation.

Consultation mode is for a nurse and a patient looking at one screen: large text, large targets,
one step at a time. The sizes are checked in a real browser (tests/e2e/test_consult.py); the style
sheet that applies them is in ui/style.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    consult: bool
    body_px: int  # body text size
    target_px: int  # least height of buttons and of each choice (44 at least: a finger's tap)
    one_step: bool  # the pathway asks one question per screen
    chart_px: int  # the charts' text, about as much smaller than the body as a caption


AT_HOME = Layout(consult=False, body_px=18, target_px=44, one_step=False, chart_px=14)
CONSULTATION = Layout(consult=True, body_px=22, target_px=48, one_step=True, chart_px=18)


def layout_for(consult: bool) -> Layout:
    return CONSULTATION if consult else AT_HOME
