"""liverguide.layout: consultation mode is larger and one step at a time; printing hides the menu."""

from liverguide.layout import AT_HOME, CONSULTATION, css, layout_for


def test_consultation_mode_is_large_and_one_step_at_a_time():
    assert layout_for(True) is CONSULTATION and layout_for(False) is AT_HOME
    assert CONSULTATION.body_px >= 22 and CONSULTATION.target_px >= 44 and CONSULTATION.one_step
    assert not AT_HOME.consult and not AT_HOME.one_step


def test_the_style_sheet_is_style_only_and_sizes_text_only_in_consultation_mode():
    home, consult = css(AT_HOME), css(CONSULTATION)
    for sheet in (home, consult):
        assert sheet.startswith("<style>") and sheet.endswith("</style>") and "<script" not in sheet
        assert "@media print" in sheet and "details::details-content" in sheet
    assert "font-size: 22px" in consult and "font-size: 22px" not in home
