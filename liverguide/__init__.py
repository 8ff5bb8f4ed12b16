"""Pure-Python core of the liver-therapy guide: content, rules and figures. Never imports streamlit."""
