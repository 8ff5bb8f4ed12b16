"""/treatments : what each kind of interventional therapy is, side by side, with after-care close by."""

import streamlit as st

from ui import blocks
from ui import treatments as view
from ui.content import get_content, language
from ui.frame import both_languages, side_by_side

content = get_content()
lang = language(content)
# ?show=tace (from a pathway result) puts that treatment first; anything else is ignored.
asked = st.query_params.get(view.TREATMENT_PARAM)
asked = asked if asked in content.treatments else None

st.title(content.ui_text("treatments_title", lang))
blocks.section(content, "treatments_intro", lang)
jump = " · ".join(f"[{content.text(t.short, lang)}](#{t.id})" for t in content.treatments.values())
st.markdown(f"{content.ui_text('jump_to', lang)} {jump} · [{content.ui_text('compare_heading', lang)}](#compare)")
blocks.see_also(content, "aftercare", lang)

view.drawing(content, lang)
langs = both_languages(content, lang)
order = sorted(content.treatments.values(), key=lambda t: t.id != asked)
for treatment in order:
    for column, shown in zip(side_by_side(langs), langs, strict=True):
        with column:
            view.section(content, treatment, shown, asked=treatment.id == asked, anchor=shown == lang)
view.comparison(content, lang)
blocks.see_also(content, "aftercare", lang)
blocks.talk_to_team(content, lang)
