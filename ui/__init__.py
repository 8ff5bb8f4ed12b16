"""Streamlit pieces shared by the pages: cached content, language, and the blocks every page uses."""
