"""liverguide.aftercare: one treatment's after-care in reading order; the content model refuses an
item without sources, phase or weeks where its kind needs them; the calendar file reads back, in a
kept iCalendar parser, as one reminder per check-up on the right day, in the reader's language."""

from __future__ import annotations

import textwrap
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from liverguide.aftercare import (
    _fold,
    aftercare_for,
    calendar,
    checkup_day,
    plain,
    treatments_with_aftercare,
    weeks_in_words,
)
from liverguide.content import AFTERCARE_PHASES, ContentError, load_content
from tests.conftest import MINIMAL

TREATED = date(2027, 1, 28)  # so the weeks cross a month's end
MADE = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)

# After the small folder's one call-now sign: one item of each other kind and phase.
MORE_ITEMS = """
    - id: later
      treatments: [tace]
      kind: normal
      when: weeks_after
      sources: [trial_2020]
      evidence: [hospitals]
      checked: 2026-11-27
      text: {en: Tired for some weeks.}
    - id: first
      treatments: [tace]
      kind: normal
      when: first_day
      sources: [trial_2020]
      evidence: [hospitals]
      checked: 2026-11-27
      text: {en: Sore where the tube went in.}
    - id: scan_late
      treatments: [tace]
      kind: checkup
      weeks: [12]
      sources: [trial_2020]
      evidence: [guidelines]
      checked: 2026-11-27
      text: {en: "A scan, then every 3 months; ask about it, please."}
    - id: scan_soon
      treatments: [tace]
      kind: checkup
      weeks: [4, 6]
      sources: [trial_2020]
      evidence: [hospitals]
      checked: 2026-11-27
      text: {en: "Blood tests and a [[tace|scan]]."}
"""
ITEMS = MINIMAL["aftercare.yaml"].rstrip() + MORE_ITEMS


def test_one_treatment_s_after_care_comes_in_reading_order(content_folder):
    content_folder.write("aftercare.yaml", ITEMS)
    care = aftercare_for(load_content(content_folder.root), "tace")
    assert [a.id for a in care.call_now] == ["warn_fever"]
    assert [(phase, [a.id for a in items]) for phase, items in care.normal] == [
        ("first_day", ["first"]),
        ("weeks_after", ["later"]),
    ], "phases in time order, an empty phase left out"
    assert [a.id for a in care.checkups] == ["scan_soon", "scan_late"], "soonest first"
    assert [p for p, _ in care.normal] == [p for p in AFTERCARE_PHASES if p in dict(care.normal)]


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (
            "  sources: [trial_2020]\n  evidence: [hospitals]\n  checked: 2026-11-27\n  text: {en: A high",
            "  sources: []\n  evidence: [hospitals]\n  checked: 2026-11-27\n  text: {en: A high",
            "sources",
            "at least one source",
        ),
        (
            "  treatments: [tace]\n  kind: warning",
            "  treatments: []\n  kind: warning",
            "treatments",
            "at least one treatment",
        ),
        (
            "  treatments: [tace]\n  kind: warning",
            "  treatments: [tacee]\n  kind: warning",
            "treatments",
            "unknown treatment 'tacee'",
        ),
        ("  when: weeks_after\n", "", None, "`when`"),
        ("  weeks: [12]\n", "", None, "`weeks`"),
        ("  weeks: [4, 6]\n", "  weeks: [6, 4]\n", "weeks", "[from, to]"),
        ("  weeks: [4, 6]\n", "  weeks: [four]\n", "weeks", "whole numbers"),
        ("  when: first_day\n", "  when: first_month\n", "when", "first_month"),
        ("  kind: checkup\n  weeks: [12]", "  kind: check\n  weeks: [12]", "kind", "unknown kind 'check'"),
    ],
)
def test_the_model_refuses_an_after_care_item_that_does_not_say_enough(content_folder, old, new, field, words):
    content_folder.write("aftercare.yaml", ITEMS)
    content_folder.edit("aftercare.yaml", old, new)
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    err = info.value
    assert err.file == "aftercare.yaml" and err.item and words in str(err), str(err)
    if field:
        assert err.field == field, str(err)


def test_a_walk_through_step_may_show_only_a_treatment_that_has_call_now_signs(content_folder):
    content_folder.edit("questions.yaml", "- id: q_one\n", "- id: q_one\n  call_now: pve\n")
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.item, info.value.field) == ("questions.yaml", "q_one", "call_now")


def test_only_treatments_with_items_are_offered_in_the_treatments_page_s_order(content_folder):
    content_folder.write("aftercare.yaml", ITEMS)
    assert treatments_with_aftercare(load_content(content_folder.root)) == ["tace"]


# ---------------------------------------------------------------------------------------------
# The calendar file


def read_back(text: str) -> icalendar.Calendar:
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", ""), "CRLF line ends only"
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n")), "folded at 75 octets"
    return icalendar.Calendar.from_ical(text)


CALENDAR_WORDS = """
    checkup_week: {en: "Week {week} after treatment"}
    checkup_weeks_range: {en: "Weeks {start} to {end} after treatment"}
    checkup_months: {en: "About {months} months after treatment"}
    checkup_months_range: {en: "About {start} to {end} months after treatment"}
    calendar_summary: {en: "Ask your team about your check-up after {treatment}"}
    calendar_note: {en: "A reminder, counted from the day you typed; your team sets your own dates."}
"""


def test_the_calendar_has_one_reminder_per_check_up_on_its_day_and_reads_back(content_folder):
    content_folder.write("aftercare.yaml", ITEMS)
    content_folder.write("ui.yaml", MINIMAL["ui.yaml"] + textwrap.dedent(CALENDAR_WORDS))
    w = load_content(content_folder.root).in_language("en")
    cal = read_back(calendar(w, "tace", TREATED, made=MADE))
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    events = cal.walk("VEVENT")
    care = aftercare_for(w.content, "tace")
    assert len(events) == len(care.checkups) == 2
    for event, item in zip(events, care.checkups, strict=True):
        start = event.decoded("DTSTART")
        assert start == TREATED + timedelta(weeks=item.weeks[0]) == checkup_day(TREATED, item)
        assert event.decoded("DTEND") == start + timedelta(days=1), "an all-day reminder"
        assert str(event["SUMMARY"]) == w.ui("calendar_summary", treatment="TACE")
        assert plain(w, item.text) in str(event["DESCRIPTION"]), "commas and semicolons survive escaping"
        assert w.ui("calendar_note") in str(event["DESCRIPTION"])
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER") == -timedelta(hours=15)
    assert date(2027, 2, 25) == events[0].decoded("DTSTART"), "4 weeks after 28 January"
    assert "[[" not in calendar(w, "tace", TREATED, made=MADE), "glossary marks become plain words"
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids) and uids == [
        str(e["UID"]) for e in read_back(calendar(w, "tace", TREATED)).walk("VEVENT")
    ]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_guide_s_own_calendars_read_back_in_the_reader_s_language(content, lang):
    w = content.in_language(lang)
    for treatment in treatments_with_aftercare(content):
        care = aftercare_for(content, treatment)
        events = read_back(calendar(w, treatment, TREATED, made=MADE)).walk("VEVENT")
        assert len(events) == len(care.checkups), treatment
        for event in events:
            assert w.in_sentence(w(content.treatments[treatment].short)).replace("[[", "")[:2] in str(event["SUMMARY"])


def test_folding_never_cuts_a_character_in_two():
    line = "DESCRIPTION:" + "肝" * 60  # 3 octets each
    folded = _fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert _fold("short") == "short"


@pytest.mark.parametrize(
    ("weeks", "words"),
    [
        ([2], "Week 2 after treatment"),
        ([4, 6], "Weeks 4 to 6 after treatment"),
        ([13], "About 3 months after treatment"),
        ([13, 26], "About 3 to 6 months after treatment"),
        ([12, 13], "About 3 months after treatment"),
    ],
)
def test_a_check_up_s_time_reads_in_weeks_and_later_in_months(content_folder, weeks, words):
    content_folder.write("aftercare.yaml", ITEMS.replace("weeks: [12]", f"weeks: {weeks}"))
    content_folder.write("ui.yaml", MINIMAL["ui.yaml"] + textwrap.dedent(CALENDAR_WORDS))
    content = load_content(content_folder.root)
    w = content.in_language("en")
    item = next(a for a in content.aftercare if a.id == "scan_late")
    assert weeks_in_words(w, item) == words


def test_a_sign_two_treatments_share_is_given_once_under_both(content):
    """The sheet's call-now box: TACE's and ablation's shared signs on one line for both, each sign once."""
    from liverguide.aftercare import aftercare_for, call_now_groups

    groups = call_now_groups(content, ("tace", "ablation", "resection"))
    placed = [a.id for _, signs in groups for a in signs]
    assert len(placed) == len(set(placed))
    wanted = {a.id for t in ("tace", "ablation", "resection") for a in aftercare_for(content, t).call_now}
    assert set(placed) == wanted
    shared = dict(groups)[("tace", "ablation")]
    assert {a.id for a in shared} == {
        a.id for a in aftercare_for(content, "tace").call_now if "ablation" in a.treatments
    }
    assert all(len(treatments) >= 1 for treatments, _ in groups)
    assert call_now_groups(content, ("palliative",)) == []  # no after-care of its own


def test_no_two_buttons_on_the_after_care_page_open_the_same_list(content):
    from liverguide.aftercare import aftercare_choice_for, aftercare_choices

    choices = aftercare_choices(content)
    lists = [frozenset(a.id for a in content.aftercare if t in a.treatments) for t in choices]
    assert len(set(lists)) == len(lists)
    # Every treatment with after-care opens a list holding all of its own items.
    for t in treatments_with_aftercare(content):
        shown = aftercare_choice_for(content, t)
        assert shown in choices
        mine = {a.id for a in content.aftercare if t in a.treatments}
        assert mine <= {a.id for a in content.aftercare if shown in a.treatments}, t
    assert aftercare_choice_for(content, "drugs_spread") == "drugs"
