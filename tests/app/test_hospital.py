"""AppTest: with a hospital's file (LIVERGUIDE_HOSPITAL), every page says whose guide it is and who
checked it, the sheet and after-care carry its numbers, the treatments page its own words and what it
does not offer; a broken file stops the guide with the calm message; without one, nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.hospital import HOSPITAL_SETTING, for_hospital, load_hospital
from liverguide.markup import plain
from tests.app.helpers import open_app, shown_text
from tests.conftest import ROOT
from ui.content import CONTENT_BROKEN

EXAMPLE = ROOT / "deploy" / "hospital.example.toml"
NUMBERS = ("+44 20 7946 0000", "+44 20 7946 0999")


@pytest.fixture
def hospital_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Serve the guide with the worked example, changed by (old, new) pairs."""

    def use(*changes: tuple[str, str]) -> Path:
        text = EXAMPLE.read_text(encoding="utf-8")
        for old, new in changes:
            assert old in text, old
            text = text.replace(old, new, 1)
        path = tmp_path / "hospital.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(HOSPITAL_SETTING, str(path))
        return path

    return use


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("page", ["home", "treatments", "aftercare", "about"])
def test_every_page_says_whose_guide_it_is_and_who_checked_it_instead_of_the_draft_notice(
    content, hospital_file, page, lang
):
    hospital = load_hospital(hospital_file(), content)
    w = for_hospital(content, hospital).in_language(lang)
    at = open_app(page, lang=lang)
    shown = shown_text(at)
    assert plain(hospital.name[lang]) in shown and plain(hospital.team[lang]) in shown
    assert w.ui("reviewed_notice", who=w.content.meta.reviewed_by[lang], date=w.day(hospital.sign_off.on)) in shown
    assert w.ui("draft_notice") not in [x.value for x in at.warning]


def test_a_sign_off_older_than_the_content_s_last_change_brings_the_draft_notice_back(content, hospital_file):
    assert content.meta.updated.isoformat() == "2026-12-06", "the test signs off the day before the last change"
    hospital_file(("on = 2026-12-06", "on = 2026-12-05"))
    at = open_app("home")
    assert content.in_language("en").ui("draft_notice") in [x.value for x in at.warning]
    assert "Mei Chen" not in shown_text(at)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_prints_the_hospital_s_numbers_in_place_of_the_line_to_write_on(content, hospital_file, lang):
    hospital = load_hospital(hospital_file(), content)
    w = content.in_language(lang)
    at = open_app("handout", lang=lang)
    shown = shown_text(at)
    for number in NUMBERS:
        assert f"**{number}**" in shown, number
    assert w.ui("phone_working_hours", team=plain(hospital.team[lang])) in shown
    assert w.ui("phone_out_of_hours") in shown
    assert plain(hospital.name[lang]) in shown
    assert not [t for t in at.text_input if t.key == "handout_phone"], "no number to type: the hospital's are printed"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_after_care_s_call_now_box_has_the_hospital_s_numbers(content, hospital_file, lang):
    hospital_file()
    w = content.in_language(lang)
    at = open_app("aftercare", lang=lang, show="tace")
    shown = shown_text(at)
    assert w.ui("warning_heading") in shown
    for number in NUMBERS:
        assert f"**{number}**" in shown, number


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_treatments_page_shows_the_hospital_s_own_words_and_what_it_does_not_offer(content, hospital_file, lang):
    hospital = load_hospital(hospital_file(), content)
    w = content.in_language(lang)
    at = open_app("treatments", lang=lang)
    shown = shown_text(at)
    name = plain(hospital.name[lang])
    assert plain(hospital.notes["tace"][lang]) in shown
    assert w.ui("hospital_note") in shown, "marked as the hospital's own words"
    not_offered = w.ui("hospital_not_offered", hospital=name)
    assert shown.count(not_offered) == len(content.treatments) - len(hospital.offered)
    assert w(content.treatments["tare"].what) in shown, "a treatment it does not offer is still explained"


def test_the_hospital_s_languages_and_default_are_the_guide_s(content, hospital_file):
    hospital_file(
        ('languages = ["en", "zh"]', 'languages = ["zh"]'), ('default_language = "en"', 'default_language = "zh"')
    )
    at = open_app("home", lang="en")  # a link asking for English, which this hospital does not offer
    assert at.session_state["lang"] == "zh"
    assert content.in_language("zh").ui("home_title") in [t.value for t in at.title]


def test_a_broken_hospital_file_stops_the_guide_with_the_calm_message(hospital_file, capfd):
    path = hospital_file(('"+44 20 7946 0000"', '"0800 LIVER"'))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert [e.value for e in at.error] == [CONTENT_BROKEN]
    said = capfd.readouterr().err
    assert str(path) in said and "phones.working_hours" in said and "no letters" in said


def test_without_a_hospital_file_the_sheet_has_the_line_to_write_on_and_the_draft_notice(content, monkeypatch):
    monkeypatch.delenv(HOSPITAL_SETTING, raising=False)
    at = open_app("handout")
    assert [t for t in at.text_input if t.key == "handout_phone"], "the team types its number"
    shown = shown_text(at)
    assert "\\_" * 24 in shown and "7946" not in shown
    assert content.in_language("en").ui("draft_notice") in [x.value for x in at.warning]
