"""The guide's style sheet: rules written against Streamlit's page structure (its test ids and
classes), so they live beside the other Streamlit code. Only numbers from a Layout go in, never content.
"""

from __future__ import annotations

from liverguide.layout import Layout

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
    """The style sheet for a layout."""
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
