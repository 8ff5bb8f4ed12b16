"""liverguide.layout: consultation mode is larger and one step at a time."""

from liverguide.layout import AT_HOME, CONSULTATION, layout_for


def test_consultation_mode_is_large_and_one_step_at_a_time():
    assert layout_for(True) is CONSULTATION and layout_for(False) is AT_HOME
    assert CONSULTATION.body_px >= 22 and CONSULTATION.target_px >= 44 and CONSULTATION.one_step
    assert not AT_HOME.consult and not AT_HOME.one_step


def test_every_tap_target_is_a_finger_high_at_home_too_and_charts_grow_with_the_text():
    assert AT_HOME.target_px >= 44 and CONSULTATION.target_px >= AT_HOME.target_px
    assert CONSULTATION.chart_px / AT_HOME.chart_px >= CONSULTATION.body_px / AT_HOME.body_px * 0.95
