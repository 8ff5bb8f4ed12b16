"""The guide's entry point: Streamlit runs this file for every page. The frame (settings, language,
consultation mode, the menu, New patient) is in ui/frame.py; the list of pages in liverguide/site.py."""

from ui.frame import run_frame

run_frame()
