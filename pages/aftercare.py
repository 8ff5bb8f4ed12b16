"""/aftercare : what is often normal in the first week after treatment, and the signs that mean
"call your care team now", as a checklist that prints."""

import streamlit as st

from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("aftercare_title", lang))
blocks.section(content, "aftercare_intro", lang)

for kind, heading in (("warning", "warning_heading"), ("normal", "normal_heading")):
    items = [a for a in content.aftercare if a.kind == kind]
    box = st.container(border=True) if kind == "warning" else st.container()
    with box:
        st.subheader(content.ui_text(heading, lang))
        # Plain boxes to tick by hand on paper; they are not widgets, so nothing is recorded.
        st.markdown("  \n".join(f"☐ {blocks.md(content, a.text, lang)}" for a in items))
        blocks.sources(content, dict.fromkeys(s for a in items for s in a.sources), lang)

blocks.section(content, "aftercare_ablation", lang)
blocks.section(content, "aftercare_print", lang)
blocks.talk_to_team(content, lang)
