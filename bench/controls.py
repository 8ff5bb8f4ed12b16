"""What each kind of control costs a first visit: page-ready time of a page with one control, as a
ratio to the same page without it, in fresh browser sessions against one server in the same run.

    .venv/bin/python -m bench.controls [RUNS]

Streamlit's browser code loads each kind of element's code the first time a page shows one, so a
page's ready time grows with the kinds of controls it uses, not with how many. This measures the
kinds the guide uses (and lighter ones that could stand in), one at a time; docs/performance.md
has the table. It never fails on time.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import textwrap
from pathlib import Path

from playwright.sync_api import sync_playwright

from harness.browser import CHROMIUM, CHROMIUM_ARGS, page_ready_ms, serve

# One page per control, chosen by ?control=; each shows the same title first (what "ready" waits for).
APP = textwrap.dedent("""
    import streamlit as st

    control = st.query_params.get("control", "none")
    st.title("A page")
    if control == "segmented_control":
        st.segmented_control("Language", ["English", "中文"], default="English", key="c")
    elif control == "pills":
        st.pills("Go to", ["One", "Two", "Three"], key="c")
    elif control == "popover":
        with st.popover("Menu"):
            st.markdown("Inside")
    elif control == "expander":
        with st.expander("Words used"):
            st.markdown("Inside")
    elif control == "button":
        st.button("New patient", key="c")
    elif control == "selectbox":
        st.selectbox("Go to a question", ["One", "Two", "Three"], key="c")
    elif control == "toggle":
        st.toggle("Both languages", key="c")
    elif control == "radio":
        st.radio("Answer", ["Yes", "No", "Not sure"], index=None, key="c")
    elif control == "html_script":
        st.html("<script>document.documentElement.lang = 'en';</script>", unsafe_allow_javascript=True)
    elif control == "html_style":
        st.html("<style>h1 { letter-spacing: 0; }</style>")
    elif control == "bordered_container":
        with st.container(border=True):
            st.markdown("Inside")
    elif control == "caption":
        st.caption("How we know: trials.")
    elif control == "text_input":
        st.text_input("Find a word", key="c")
    elif control == "download_button":
        st.download_button("Download", data="x", file_name="x.txt")
    st.markdown("Some words under it.")
""")
CONTROLS = (
    "segmented_control",
    "pills",
    "popover",
    "expander",
    "button",
    "selectbox",
    "toggle",
    "radio",
    "html_script",
    "html_style",
    "bordered_container",
    "caption",
    "text_input",
    "download_button",
)


def main(runs: int = 7) -> None:
    script = Path(tempfile.mkdtemp()) / "controls.py"
    script.write_text(APP)
    rows = {}
    with serve(script) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page_ready_ms(browser, server.url, None)  # warm the server
        for control in CONTROLS:
            print(f"control: {control}", file=sys.stderr, flush=True)
            # Interleaved, so a machine that slows down slows both sides alike.
            without, with_it = [], []
            for _ in range(runs):
                without.append(page_ready_ms(browser, server.url + "/?control=none", None))
                with_it.append(page_ready_ms(browser, server.url + f"/?control={control}", None))
            rows[control] = (statistics.median(with_it), statistics.median(without))
        browser.close()
    print("| control | ready with it / without (ms) | ratio |\n|---|---|---|")
    for control, (with_ms, without_ms) in sorted(rows.items(), key=lambda r: r[1][0] / r[1][1], reverse=True):
        print(f"| `{control}` | {with_ms:.0f} / {without_ms:.0f} | {with_ms / without_ms:.2f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
