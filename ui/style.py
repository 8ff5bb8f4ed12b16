"""The guide's style sheet: rules written against Streamlit's page structure (its test ids and
classes), so they live beside the other Streamlit code. Only numbers from a Layout go in, never content.
"""

from __future__ import annotations

from liverguide.flowchart import EDGE_FONT_SIZE, NODE_FONT_SIZE
from liverguide.layout import Layout

# Hidden on paper: the menu, the toolbar, the guide's own controls, and buttons. Shown on paper:
# folded sections (Chromium's ::details-content), so a print has the page's whole content.
PRINT_CSS = """
@media print {
  html { font-size: 13px !important; }
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] li { font-size: 13px !important; }
  [data-testid="stVerticalBlockBorderWrapper"], section { break-inside: avoid; }
  /* The take-home sheet: the call-now box (with the phone number in it) never splits across pages. */
  .st-key-call_now, .st-key-aftercare_call_now, [class*="st-key-handout_part_"] {
    break-inside: avoid !important; page-break-inside: avoid !important;
  }
  [data-testid="stMain"] .st-key-call_now_number [data-testid="stMarkdownContainer"] p,
  [data-testid="stMain"] [class*="st-key-hospital_number_"] [data-testid="stMarkdownContainer"] strong {
    font-size: 20px !important;
  }
  header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stToolbar"], .st-key-frame_bar,
  [class*="st-key-screen_only"],
  [data-testid="stButton"], [data-testid="stDownloadButton"] { display: none !important; }
  details::details-content {
    content-visibility: visible !important; display: block !important; height: auto !important;
  }
  details > summary svg { display: none !important; }
}
"""

# On screen, for every layout:
# - The root size follows the reader's own text-size setting (a percentage of it, not Streamlit's
#   fixed px), so a phone's large-text setting enlarges the guide too.
# - Headings wrap into even lines (a Chinese heading otherwise leaves one character alone on a
#   phone), break long words with a hyphen, not anywhere, and shrink on a narrow screen so a long
#   word still fits at large text.
# - On a phone: the frame's own Menu replaces Streamlit's unlabelled sidebar arrow, so Streamlit's
#   header goes and the page starts higher; no chain-link icons beside headings (a tap on a heading
#   showed them); the draft notice is compact.
# - A hospital's phone numbers large (they are the line a worried reader looks for).
# - Buttons in a row wrap onto two rows when their words do not fit.
# - The flowchart's words at the sizes its drawing was laid out for (Streamlit draws every label
#   at 0.6rem, which a phone then shrinks to about 9 px).
# - Small print (the "How we know" lines) dark enough to read on the tinted boxes too: Streamlit's
#   caption is faded (opacity 0.6) to about 3:1 on white, below the 4.5:1 that small text needs.
SCREEN_CSS = """
html { font-size: ROOT_PERCENT% !important; }
[class*="st-key-hospital_number_"] [data-testid="stMarkdownContainer"] strong { font-size: 1.6rem; }
h1, h2, h3 { text-wrap: balance; hyphens: auto; overflow-wrap: normal; word-break: normal; }
[data-testid="stMain"] h1 { font-size: clamp(1.1rem, 9vw, 2.75rem); }
[data-testid="stMain"] h2 { font-size: clamp(1rem, 7vw, 2.25rem); }
[data-testid="stMain"] h3 { font-size: clamp(1rem, 6.5vw, 1.75rem); }
/* The frame's bar (menu, language, New patient) goes on to a second line rather than off the side. */
.st-key-frame_bar, .st-key-frame_bar [data-testid="stButtonGroup"] > div { flex-wrap: wrap; }
/* A table on a narrow or large-text screen (40em: 640 px at normal text, 1280 px at 200%): one block
   per row, its first cell in bold, so nothing runs off the side; the heading above says what it is. */
@media (max-width: 40em) {
  [data-testid="stMarkdownContainer"] table, [data-testid="stMarkdownContainer"] tbody,
  [data-testid="stMarkdownContainer"] tr, [data-testid="stMarkdownContainer"] td { display: block; width: auto; }
  [data-testid="stMarkdownContainer"] thead { display: none; }
  [data-testid="stMarkdownContainer"] table { border: none; }
  [data-testid="stMarkdownContainer"] tr { border-top: 1px solid #d5d5d9; padding: 0.4rem 0; }
  [data-testid="stMarkdownContainer"] td { border: none; padding: 0.1rem 0; }
  [data-testid="stMarkdownContainer"] td:first-child { font-weight: 600; }
}
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [data-testid="stButton"]) { flex-wrap: wrap; }
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [data-testid="stButton"]) > [data-testid="stColumn"] {
  min-width: min(100%, 9em);
}
[data-testid="stButton"] button p, [data-testid="stPopoverButton"] p,
[data-testid="stPageLink-NavLink"] p, [data-testid="stPageLink-NavLink"] span { white-space: normal; }
/* A line to write on (the sheet's notes) stays one line, cut at the edge of a phone, not wrapped. */
[class*="st-key-write_line"] [data-testid="stMarkdownContainer"] p { white-space: nowrap; overflow: hidden; }
/* Keyboard focus plain to see (Streamlit's is a faint grey background on answers and links), and no
   "link to heading" icons: each was a tab stop of its own, on every heading. */
[data-testid="stMain"] a:focus-visible, [data-testid="stMain"] button:focus-visible,
[data-testid="stMain"] [data-testid="stRadio"] label:has(input:focus-visible),
[data-testid="stMain"] [data-testid="stCheckbox"] label:has(input:focus-visible) {
  outline: 3px solid #0b57d0; outline-offset: 2px;
}
[data-testid="stHeaderActionElements"] { display: none; }
[data-testid="stCaptionContainer"] { opacity: 1; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #55555f; }
[data-testid="stGraphVizChart"] svg g.node text { font-size: NODE_FONTpx; }
[data-testid="stGraphVizChart"] svg g.edge text { font-size: EDGE_FONTpx; }
/* A mark (ui/marks.py) takes no room (Streamlit would put a gap before it). */
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-lg_mark_"]),
[class*="st-key-lg_mark_"] { display: none !important; }
@media (max-width: 640px) {
  header[data-testid="stHeader"] { display: none; }
  [data-testid="stMainBlockContainer"] { padding-top: 1rem; }
  .st-key-draft_notice [data-testid="stAlertContainer"] { padding: 0.35rem 0.75rem; }
  /* The after-care box's heading a little smaller on a phone: with one button per kind of after-care
     above it, the box's first signs still show on the first screen. */
  .st-key-aftercare_call_now h3 { font-size: 1.3rem; }
}
"""


def css(layout: Layout) -> str:
    """The style sheet for a layout."""
    # A percentage of the browser's own text size (16 px unless the reader changed it).
    screen = SCREEN_CSS.replace("ROOT_PERCENT", f"{layout.body_px / 16 * 100:g}")
    screen = screen.replace("NODE_FONT", str(NODE_FONT_SIZE)).replace("EDGE_FONT", str(EDGE_FONT_SIZE))
    # Every button and choice at least a finger's tap high, at home too (on screen: paper has none).
    targets = f"""@media screen {{
[data-testid="stMain"] button {{ min-height: {layout.target_px}px; }}
[data-testid="stMain"] [data-testid="stRadio"] label,
[data-testid="stMain"] [data-testid="stCheckbox"] label {{ min-height: {layout.target_px}px; align-items: center; }}
}}"""
    rules = [screen, PRINT_CSS, targets]
    if layout.consult:
        rules.append(
            """
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] li { font-size: 1rem; }
[data-testid="stSidebar"] { display: none; }
/* Less space above the page at the larger text, so a laptop's first screen (1280 x 900) holds the
   first question's answers: Streamlit leaves 6rem, and its header is 3.75rem of 16 px. */
@media (min-width: 641px) { [data-testid="stMainBlockContainer"] { padding-top: max(4rem, 64px); } }
.st-key-draft_notice [data-testid="stAlertContainer"] { padding: 0.35rem 0.75rem; }
"""
        )
    return "<style>" + "\n".join(rules) + "</style>"


# /handout on paper: a little tighter than the screen (text 12 px, lines close together, half the
# space between blocks, headings 17 px, list items without space between them). The evidence box may
# split across the page end, never leaving fewer than three lines of a note on either side; the
# sources are smaller, with no blank space after them; the draft notice (or who checked it) is not
# printed above the sheet, whose made-on line says it already. The two heaviest sheets, with everything a reader can
# add, still fit two A4 pages (tests/e2e/test_phone_and_paper.py and test_decide.py print them).
HANDOUT_PRINT = """<style>@media print {
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] li {
    font-size: 12px !important; line-height: 1.25 !important; }
  .st-key-handout_evidence, .st-key-handout_evidence [data-testid="stVerticalBlockBorderWrapper"] {
    break-inside: auto !important; page-break-inside: auto !important; }
  .st-key-handout_evidence [data-testid="stMarkdownContainer"] p { orphans: 3; widows: 3; }
  .st-key-handout_sources [data-testid="stMarkdownContainer"] p {
    font-size: 9px !important; line-height: 1.2 !important; }
  [data-testid="stMainBlockContainer"] { padding-bottom: 0 !important; }
  [data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.45rem !important; }
  [data-testid="stMain"] h2, [data-testid="stMain"] h3 { font-size: 17px !important; padding: 0.2rem 0 0 !important; }
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] li { margin: 0 !important; }
  .st-key-draft_notice, .st-key-reviewed_notice { display: none !important; }
}</style>"""
