"""How the guide is laid out for a reader at home and for a shared screen in a consultation.

Consultation mode is for a nurse and a patient looking at one screen: large text, large targets,
one step at a time. The sizes are checked in a real browser (tests/e2e/test_consult.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    consult: bool
    body_px: int  # body text size
    target_px: int  # least height of buttons and of each choice
    one_step: bool  # the pathway asks one question per screen


AT_HOME = Layout(consult=False, body_px=18, target_px=40, one_step=False)
CONSULTATION = Layout(consult=True, body_px=22, target_px=48, one_step=True)


def layout_for(consult: bool) -> Layout:
    return CONSULTATION if consult else AT_HOME


# Hidden on paper: the menu, the toolbar, the guide's own controls, and buttons. Shown on paper:
# folded sections (Chromium's ::details-content), so a print has the page's whole content.
PRINT_CSS = """
@media print {
  html { font-size: 13px !important; }
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] li { font-size: 13px !important; }
  [data-testid="stVerticalBlockBorderWrapper"], section { break-inside: avoid; }
  header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stToolbar"], .st-key-frame_bar,
  [class*="st-key-screen_only"],
  [data-testid="stButton"], [data-testid="stDownloadButton"] { display: none !important; }
  details::details-content {
    content-visibility: visible !important; display: block !important; height: auto !important;
  }
  details > summary svg { display: none !important; }
}
"""


# Headings wrap into even lines: a Chinese heading otherwise leaves one character alone on a phone.
SCREEN_CSS = """
h1, h2, h3 { text-wrap: balance; }
"""


def css(layout: Layout) -> str:
    """The style sheet for a layout: numbers from the Layout only, never content."""
    rules = [SCREEN_CSS, PRINT_CSS]
    if layout.consult:
        rules.append(
            f"""
html {{ font-size: {layout.body_px}px; }}
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] li {{ font-size: {layout.body_px}px; }}
[data-testid="stMain"] button {{ min-height: {layout.target_px}px; }}
[data-testid="stMain"] [data-testid="stRadio"] label,
[data-testid="stMain"] [data-testid="stCheckbox"] label {{ min-height: {layout.target_px}px; align-items: center; }}
[data-testid="stSidebar"] {{ display: none; }}
"""
        )
    return "<style>" + "\n".join(rules) + "</style>"
