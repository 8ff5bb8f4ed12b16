"""After a treatment (aftercare.yaml): what is often normal day by day, the signs that mean "call your
care team now", and the usual check-ups; and the check-ups as a calendar file (iCalendar, RFC 5545)
with reminders phrased "ask your team about...", in the reader's language.

Pure Python: the page (pages/aftercare.py), the walk-through's warning step and the take-home sheet
read the same lists from here. The treatment date a reader types goes only into the file they download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from liverguide.content import AFTERCARE_PHASES, AftercareItem, Content, Text, Words
from liverguide.markup import replace_terms


@dataclass(frozen=True)
class Aftercare:
    """One treatment's after-care, in the order a reader needs it."""

    treatment: str  # a treatments.yaml id
    call_now: tuple[AftercareItem, ...]
    normal: tuple[tuple[str, tuple[AftercareItem, ...]], ...]  # (phase, its items), phases in time order
    checkups: tuple[AftercareItem, ...]  # soonest first

    @property
    def items(self) -> tuple[AftercareItem, ...]:
        return (*self.call_now, *(a for _, items in self.normal for a in items), *self.checkups)


def treatments_with_aftercare(content: Content) -> list[str]:
    """The treatments that have after-care of their own, in the treatments page's order."""
    covered = {t for a in content.aftercare for t in a.treatments}
    return [t for t in content.treatments if t in covered]


def aftercare_choices(content: Content) -> list[str]:
    """The treatments the after-care page offers to choose from: those with after-care of their own,
    less any whose every item an earlier one already has (the drug cards for bile duct cancer and
    for spread share drug treatment's list), so no two buttons open the same list."""
    items = {t: {a.id for a in content.aftercare if t in a.treatments} for t in treatments_with_aftercare(content)}
    chosen: list[str] = []
    for t, mine in items.items():
        if not any(mine <= items[c] for c in chosen):
            chosen.append(t)
    return chosen


def aftercare_choice_for(content: Content, treatment: str) -> str | None:
    """The button that opens this treatment's after-care (its own, or the earlier one that holds it all)."""
    mine = {a.id for a in content.aftercare if treatment in a.treatments}
    if not mine:
        return None
    return next(c for c in aftercare_choices(content) if mine <= {a.id for a in content.aftercare if c in a.treatments})


def call_now_groups(content: Content, treatments: tuple[str, ...]) -> list[tuple[tuple[str, ...], list[AftercareItem]]]:
    """The call-now signs of these treatments (those with after-care of their own, in the order
    given), each sign once, grouped by the treatments it is for: ((TACE, ablation), [signs of both]),
    ((TACE,), [TACE's own]), ... Groups come in the order their first sign is met."""
    mine = [t for t in treatments if t in treatments_with_aftercare(content)]
    groups: dict[tuple[str, ...], list[AftercareItem]] = {}
    placed: set[str] = set()
    for t in mine:
        for item in aftercare_for(content, t).call_now:
            if item.id not in placed:
                placed.add(item.id)
                groups.setdefault(tuple(x for x in mine if x in item.treatments), []).append(item)
    return list(groups.items())


def aftercare_for(content: Content, treatment: str) -> Aftercare:
    mine = [a for a in content.aftercare if treatment in a.treatments]
    by_phase = ((phase, tuple(a for a in mine if a.kind == "normal" and a.when == phase)) for phase in AFTERCARE_PHASES)
    checkups = sorted((a for a in mine if a.kind == "checkup"), key=lambda a: a.weeks or ())
    return Aftercare(
        treatment,
        tuple(a for a in mine if a.kind == "warning"),
        tuple((phase, items) for phase, items in by_phase if items),
        tuple(checkups),
    )


MONTHS_FROM_WEEK = 12  # from here on a reader counts in months ("about 3 months"), not weeks


def weeks_in_words(w: Words, item: AftercareItem) -> str:
    """'Weeks 4 to 6 after treatment', 'Week 2 after treatment', or from week 12 on 'About 3 months
    after treatment', in the reader's language."""
    weeks = item.weeks or ()
    if weeks[0] >= MONTHS_FROM_WEEK:
        months = [round(n * 7 / 30.44) for n in weeks]
        if len(months) == 2 and months[0] != months[1]:
            return w.ui("checkup_months_range", start=months[0], end=months[1])
        return w.ui("checkup_months", months=months[0])
    if len(weeks) == 2:
        return w.ui("checkup_weeks_range", start=weeks[0], end=weeks[1])
    return w.ui("checkup_week", week=weeks[0])


def checkup_day(treated: date, item: AftercareItem) -> date:
    """The day a check-up's reminder goes on: the first week it may fall in, counted from the treatment."""
    return treated + timedelta(weeks=(item.weeks or (0,))[0])


# ---------------------------------------------------------------------------------------------
# The calendar file


def plain(w: Words, text: Text) -> str:
    """A text without its glossary marks or Markdown: the words a calendar shows."""
    words = replace_terms(w(text), lambda term_id, shown: shown or w(w.content.glossary[term_id].term))
    return re.sub(r"\*\*|__", "", words)


def calendar(w: Words, treatment: str, treated: date, *, made: datetime | None = None) -> str:
    """An iCalendar file with one all-day reminder per usual check-up after `treatment` given on
    `treated`, each with an alarm the morning before. Nothing else about the reader goes into it."""
    care = aftercare_for(w.content, treatment)
    name = w.in_sentence(plain(w, w.content.treatments[treatment].short))
    stamp = (made or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Liver cancer treatment guide//After-care reminders//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for item in care.checkups:
        day = checkup_day(treated, item)
        summary = w.ui("calendar_summary", treatment=name)
        about = w.labelled(weeks_in_words(w, item), plain(w, item.text))
        description = "\n\n".join([about, w.ui("calendar_note")])
        lines += [
            "BEGIN:VEVENT",
            # Unique per check-up and day, the same every time the file is made (a second download
            # replaces the first in a calendar instead of doubling it).
            f"UID:{item.id}-{treated:%Y%m%d}-{w.lang}@liverguide.invalid",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT15H",  # 9 in the morning of the day before
            f"DESCRIPTION:{_escape(summary)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def _fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets (UTF-8), never inside a character; continuation lines start
    with one space."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)
