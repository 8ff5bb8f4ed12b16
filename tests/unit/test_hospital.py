"""liverguide.hospital: a hospital's file is checked like the content (a broken one is refused with
the file, the field and what is allowed), and it makes the guide the hospital's: its languages, its
sign-off (or the draft notice, when the content changed after it), and its words only as plain text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from harness.journeys import ROUTE
from liverguide.handout import build_handout
from liverguide.handout_file import handout_html
from liverguide.hospital import HOSPITAL_SETTING, NOTE_MAX, Hospital, HospitalError, for_hospital, load_hospital
from liverguide.markup import plain
from liverguide.pathway import Answers, choose_route
from tests.conftest import ROOT

EXAMPLE = ROOT / "deploy" / "hospital.example.toml"
TODAY = date(2026, 12, 6)


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hospital.toml"
    path.write_text(text, encoding="utf-8")
    return path


def changed(old: str, new: str) -> str:
    text = example_text()
    assert old in text, f"the example file has no {old!r}"
    return text.replace(old, new, 1)


def test_the_worked_example_loads(content):
    h = load_hospital(EXAMPLE, content, today=TODAY)
    assert h.name["en"] == "Riverside General Hospital" and h.phones.out_of_hours == "+44 20 7946 0999"
    assert h.offers("tace") and not h.offers("tare")
    assert h.sign_off is not None and h.sign_off.by == "clinician"


LONG_NOTE = "At Riverside, " + "most people stay one night. " * 10

# (what is wrong, the file as broken, the field the message names, words the message says)
BROKEN = [
    ("a missing phone", changed('out_of_hours = "+44 20 7946 0999"\n', ""), "phones.out_of_hours", "required"),
    ("a phone with letters", changed('"+44 20 7946 0000"', '"0800 LIVER"'), "phones.working_hours", "no letters"),
    ("a phone with no digits", changed('"+44 20 7946 0000"', '"( )"'), "phones.working_hours", "digits"),
    ("an unknown treatment", changed('"tae", ', '"tase", '), "offered", "unknown treatment 'tase'"),
    (
        "a note on an unknown treatment",
        changed("[notes.tace]", "[notes.tacy]"),
        "notes.tacy",
        "unknown treatment 'tacy'",
    ),
    ("an unknown language", changed('["en", "zh"]', '["en", "fr"]'), "languages[2]", "unknown language 'fr'"),
    ("a default it does not offer", changed('["en", "zh"]', '["zh"]'), "default_language", "not one of"),
    ("a name in a language the guide lacks", changed('zh = "河畔综合医院"', 'fr = "Hôpital"'), "name.fr", "'fr'"),
    ("a name missing a language", changed('zh = "河畔综合医院"\n', ""), "name", "needs words in zh"),
    ("a sign-off in the future", changed("on = 2026-12-06", "on = 2027-01-06"), "sign_off.on", "in the future"),
    ("a sign-off date in quotes", changed("on = 2026-12-06", 'on = "2026-12-06"'), "sign_off.on", "without quotes"),
    (
        "a clinician without a role",
        changed('role = { en = "consultant interventional radiologist", zh = "介入放射科主任医师" }\n', ""),
        "sign_off.clinician",
        "role",
    ),
    ("an unknown kind of sign-off", changed('by = "clinician"', 'by = "nurse"'), "sign_off.by", "team, clinician"),
    ("markup in a note", changed("stay one night after TACE.", "stay <b>one</b> night."), "notes.tace.en", "markup"),
    ("a link in a note", changed("stay one night after TACE.", "see [our page](http://x)"), "notes.tace.en", "markup"),
    ("a script in a name", changed('"Riverside General Hospital"', '"<script>alert(1)</script>"'), "name.en", "markup"),
    (
        "a note too long",
        changed('"At Riverside, most people stay one night after TACE."', f'"{LONG_NOTE}"'),
        "notes.tace.en",
        f"at most {NOTE_MAX}",
    ),
    ("an empty team name", changed('en = "Liver Cancer Team"', 'en = "  "'), "team.en", "plain words"),
    ("a misspelt field", changed("[phones]", "[phone]"), "phone", "unknown field"),
    ("no treatments offered", changed('offered = ["tace"', "offered = [] #"), "offered", "list of treatment ids"),
]


@pytest.mark.parametrize(("what", "text", "field", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_hospital_file_is_refused_naming_the_file_the_field_and_what_is_allowed(
    content, tmp_path, what, text, field, says
):
    path = write(tmp_path, text)
    with pytest.raises(HospitalError) as caught:
        load_hospital(path, content, today=TODAY)
    error = caught.value
    assert isinstance(error, ValueError), "a broken file is a ValueError"
    message = str(error)
    assert message.startswith(str(path)), message
    assert error.field == field, message
    assert says in message, message


def test_the_broken_cases_are_at_least_ten_kinds():
    assert len({field for _, _, field, _ in BROKEN}) >= 10


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("languages = [\n", "does not parse as TOML"),
        (None, "the file is missing"),
    ],
)
def test_a_file_that_is_not_there_or_not_toml_is_refused_by_name(content, tmp_path, text, says):
    path = write(tmp_path, text) if text is not None else tmp_path / "nowhere.toml"
    with pytest.raises(HospitalError, match=re.escape(says)) as caught:
        load_hospital(path, content, today=TODAY)
    assert str(caught.value).startswith(str(path))


def test_the_guide_as_the_hospital_offers_it_has_its_languages_and_its_sign_off(content, tmp_path):
    h = load_hospital(write(tmp_path, changed('languages = ["en", "zh"]', 'languages = ["zh", "en"]')), content)
    h = h.model_copy(update={"default_language": "zh"})
    served = for_hospital(content, h)
    assert served.meta.default_language == "zh"
    meta = served.meta
    assert meta.status == "reviewed" and meta.reviewed_on == date(2026, 12, 6)
    assert "Dr Mei Chen" in meta.reviewed_by["en"] and "Riverside General Hospital" in meta.reviewed_by["en"]
    assert "陈梅医生" in meta.reviewed_by["zh"] and "河畔综合医院" in meta.reviewed_by["zh"]
    only_english = load_hospital(
        write(tmp_path, changed('languages = ["en", "zh"]', 'languages = ["en"]')), content, today=TODAY
    )
    assert list(for_hospital(content, only_english).meta.languages) == ["en"]


def test_a_sign_off_older_than_the_content_s_last_change_brings_the_draft_notice_back(content, tmp_path):
    h = load_hospital(EXAMPLE, content, today=TODAY)
    older = h.model_copy(update={"sign_off": h.sign_off.model_copy(update={"on": content.meta.updated - timedelta(1)})})
    assert for_hospital(content, older).meta.status == "draft"
    assert for_hospital(content, older).meta.reviewed_by is None
    same_day = h.model_copy(update={"sign_off": h.sign_off.model_copy(update={"on": content.meta.updated})})
    assert for_hospital(content, same_day).meta.status == "reviewed"


def test_a_team_sign_off_names_the_team_and_without_a_file_the_guide_is_as_it_is(content, tmp_path):
    text = changed('by = "clinician"', 'by = "team"')
    text = re.sub(r"(?m)^(clinician|role) = .*\n", "", text)
    h = load_hospital(write(tmp_path, text), content, today=TODAY)
    who = for_hospital(content, h).meta.reviewed_by["en"]
    assert who == "Liver Cancer Team, Riverside General Hospital"
    assert for_hospital(content, None) is content
    unsigned = h.model_copy(update={"sign_off": None})
    assert for_hospital(content, unsigned).meta.status == content.meta.status


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_prints_the_hospital_s_numbers_name_and_sign_off(content, lang):
    h = load_hospital(EXAMPLE, content, today=TODAY)
    served = for_hospital(content, h)
    w = served.in_language(lang)
    answers = Answers(**ROUTE)
    sheet = build_handout(w, answers, today=TODAY, hospital=h)
    assert [number for _, number in sheet.phones] == ["+44 20 7946 0000", "+44 20 7946 0999"]
    assert sheet.title == w.ui("handout_title_from", hospital=plain(h.name[lang]))
    assert plain(h.team[lang]) in sheet.phones[0][0]
    assert w.ui("reviewed_notice", who=served.meta.reviewed_by[lang], date=w.day(TODAY)) in sheet.made
    assert w.ui("draft_notice") not in sheet.made
    page = handout_html(w, sheet)
    for number in ("+44 20 7946 0000", "+44 20 7946 0999", h.name[lang]):
        assert number in page, number
    box = page.split("<section class='box call-now'>")[1].split("</section>")[0]
    assert "+44 20 7946 0999" in box, "the numbers are in the call-now box"
    # Without a hospital, the same sheet as before: a line to write on, no numbers.
    before = build_handout(content.in_language(lang), answers, today=TODAY)
    assert before.phones == () and before.title == w.ui("handout_title")
    assert "<div class='line'></div>" in handout_html(content.in_language(lang), before).split("call-now")[1]


def test_the_sheet_names_the_treatments_the_hospital_does_not_offer_once_and_leaves_its_notes_to_the_pages(content):
    """Its notes (up to 240 characters for each treatment) are on the treatments page, beside the
    guide's text (tests/app/test_hospital.py): the sheet, nearly full, must stay on two pages."""
    h = load_hospital(EXAMPLE, content, today=TODAY)
    w = for_hospital(content, h).in_language("en")
    sheet = build_handout(w, Answers(**ROUTE), today=TODAY, hospital=h)
    said = " ".join(item for part in sheet.parts for item in part.items)
    assert "tace" in choose_route(Answers(**ROUTE), content).treatments
    assert plain(h.notes["tace"]["en"]) not in said and w.ui("hospital_note") not in said
    only_ablation = h.model_copy(update={"offered": ("ablation",)})
    sheet = build_handout(w, Answers(**ROUTE), today=TODAY, hospital=only_ablation)
    said = [item for part in sheet.parts for item in part.items]
    others = [w(content.treatments[t].short) for t in choose_route(Answers(**ROUTE), content).treatments]
    others = [name for name in others if name != w(content.treatments["ablation"].short)]
    line = w.ui("hospital_not_offered_these", hospital=plain(h.name["en"]), treatments=w.separator.join(others))
    assert f"**{line}**" in said, "named once, in one line"


def test_a_script_tag_from_the_file_never_reaches_the_sheet_as_markup(content):
    """The model refuses markup; if a script got past it (built here without the model's checks),
    the sheet's file and its Markdown still show it as words."""
    h = load_hospital(EXAMPLE, content, today=TODAY)
    script = "<script>alert(1)</script>"
    evil = Hospital.model_construct(
        **{**dict(h), "name": {"en": script, "zh": script}, "notes": {"tace": {"en": script, "zh": script}}}
    )
    w = content.in_language("en")
    sheet = build_handout(w, Answers(**ROUTE), today=TODAY, hospital=evil)
    page = handout_html(w, sheet)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "shown as the words it is"
    assert "<script>" not in sheet.title and r"\<script\>" in sheet.title, "escaped for Markdown too"
    assert "<script>" not in " ".join([sheet.made, *(i for part in sheet.parts for i in part.items)])


def test_plain_words_cannot_become_markdown():
    assert plain("[x](http://a) **b** <i> :red[c] $d$") == (r"\[x\]\(http\:\/\/a\) \*\*b\*\* \<i\> \:red\[c\] \$d\$")


def test_the_guide_does_not_start_with_a_broken_hospital_file_and_says_why(tmp_path):
    """`make serve` and `make run` run deploy.serve first (make run with --check): with a broken file
    it exits 1 before any process or nginx starts, naming the file, the field and the problem."""
    broken = write(tmp_path, changed('"+44 20 7946 0000"', '"0800 LIVER"'))
    env = {**os.environ, HOSPITAL_SETTING: str(broken), "NGINX": "/nonexistent/nginx"}
    for args in (["--check"], ["--port", "0", "--replicas", "1"]):
        done = subprocess.run(
            [sys.executable, "-m", "deploy.serve", *args], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert str(broken) in done.stdout and "phones.working_hours" in done.stdout and "no letters" in done.stdout
        assert "does not start" in done.stdout
    env[HOSPITAL_SETTING] = str(EXAMPLE)
    done = subprocess.run([sys.executable, "-m", "deploy.serve", "--check"], cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0, done.stdout
