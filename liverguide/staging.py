"""The stage of cancer that started in the liver (hepatocellular carcinoma, HCC), worked out from a
reader's plain answers, in the European system (BCLC 2022, kept in 2025) and the Chinese one (CNLC).

Only this mapping is code. What each stage means in words, and what each guide lists first at it,
are in content/staging.yaml with their sources and grades.

- BCLC: D is being in bed or a chair for more than half the day (ECOG 3 to 4) or a failing liver;
  C is cancer grown into a large blood vessel or spread outside the liver, or being less active
  (ECOG 1 to 2) because of the cancer: the 2022 update counts only cancer-related symptoms, so being
  less active for another reason leaves the tumours to decide; 0 is one tumour up to 2 cm; A is one
  tumour, or two or three each up to 3 cm; B is more than that.
- CNLC: IV is ECOG 3 to 4 or a failing liver (Child-Pugh C); IIIb is spread outside the liver; IIIa a
  large vessel; then Ia one tumour up to 5 cm, Ib one over 5 cm or two or three up to 3 cm, IIa two
  or three with the largest over 3 cm, IIb four or more. ECOG 0 to 2 stay in stages I to III.

Signs that the liver is failing (yellow skin or eyes, a swelling belly, new confusion) stand in for
Child-Pugh C, which a reader cannot know; the team's own tests decide.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import product
from types import SimpleNamespace
from typing import Protocol, cast

NOT_SURE = "unsure"
# Day to day, as the ECOG scale counts it (Oken 1982): full = 0, light = 1, self_care = 2, resting = 3 or 4.
LESS_ACTIVE = ("light", "self_care")
ACTIVITY = ("full", *LESS_ACTIVE, "resting")
CAUSES = ("cancer", "other")  # why a person is less active
LIVER_SIGNS = ("none", "some")
TUMOURS = ("one", "two_three", "four_plus")
YES_NO = ("yes", "no")
# The largest tumour, in cm; each band includes its upper edge (up_to_2 is 2 cm or less).
SIZES = ("up_to_2", "2_to_3", "3_to_5", "5_to_10", "over_10")
UP_TO_3 = SIZES[:2]
UP_TO_5 = SIZES[:3]

BCLC_STAGES = ("0", "A", "B", "C", "D")
CNLC_STAGES = ("Ia", "Ib", "IIa", "IIb", "IIIa", "IIIb", "IV")
# Each stage in plain words, for setting the two systems side by side (content/staging.yaml names them).
LEVELS = ("early", "middle", "late", "end")
LEVEL = {
    ("bclc", "0"): "early",
    ("bclc", "A"): "early",
    ("bclc", "B"): "middle",
    ("bclc", "C"): "late",
    ("bclc", "D"): "end",
    ("cnlc", "Ia"): "early",
    ("cnlc", "Ib"): "early",
    ("cnlc", "IIa"): "middle",
    ("cnlc", "IIb"): "middle",
    ("cnlc", "IIIa"): "late",
    ("cnlc", "IIIb"): "late",
    ("cnlc", "IV"): "end",
}
# What the reader can say their team told them (answers.py told_bclc, told_cnlc), as each system writes it.
TOLD_BCLC = {stage.lower(): stage for stage in BCLC_STAGES}
TOLD_CNLC = {stage.lower(): stage for stage in CNLC_STAGES}
# The questions the stage rests on, in asking order (what `missing` names), each with every answer
# it can have but "not sure".
DETAIL_ANSWERS = {
    "activity": ACTIVITY,
    "activity_cause": CAUSES,
    "liver_signs": LIVER_SIGNS,
    "tumours": TUMOURS,
    "largest": SIZES,
    "vessels": YES_NO,
    "spread": YES_NO,
}
DETAILS = tuple(DETAIL_ANSWERS)
SYSTEMS = ("bclc", "cnlc")


class StagingAnswers(Protocol):
    """What staging reads of a reader's answers (liverguide.answers.Answers), read-only."""

    @property
    def activity(self) -> str | None: ...

    @property
    def activity_cause(self) -> str | None: ...

    @property
    def liver_signs(self) -> str | None: ...

    @property
    def tumours(self) -> str | None: ...

    @property
    def largest(self) -> str | None: ...

    @property
    def vessels(self) -> str | None: ...

    @property
    def spread(self) -> str | None: ...

    @property
    def told_system(self) -> str | None: ...

    @property
    def told_bclc(self) -> str | None: ...

    @property
    def told_cnlc(self) -> str | None: ...


def not_known(value: str | None) -> bool:
    return value in (None, NOT_SURE)


def gated(answers: StagingAnswers) -> bool:
    """The safety gate: in bed or a chair for more than half the day (ECOG 3 to 4), or a sign that the
    liver is failing. Treatment aimed at the liver is then not advised, whatever else is answered."""
    return answers.activity == "resting" or answers.liver_signs == "some"


def last_stage_given(answers: StagingAnswers) -> bool:
    """The team gave the last stage (BCLC D or CNLC IV) for a system the details leave unsettled: as
    at the safety gate, the route is given and nothing more is asked."""
    given = _told(answers)
    return given in (("bclc", "D"), ("cnlc", "IV")) and bool(staged(answers).told)


@dataclass(frozen=True)
class Staging:
    bclc: str | None  # one of BCLC_STAGES, or None when the answers do not settle it
    cnlc: str | None  # one of CNLC_STAGES, or None
    missing: tuple[str, ...] = ()  # the questions whose answers would settle what is None, in asking order
    told: tuple[str, ...] = ()  # the systems ("bclc", "cnlc") taken from the stage the team gave
    # The systems where the team's stage, as the reader gave it, cannot be squared with the details
    # (the details are used; the page says so and asks the reader to check with the team).
    told_differs: tuple[str, ...] = ()
    # The system settled by matching the team's stage in the other system with the details: the
    # Chinese IIIa the team gave is always the European C, for example.
    matched: tuple[str, ...] = ()
    # Every stage each system could still be, in the system's order, from the details and the team's
    # stage: one stage once settled. Worked out from the rest, so left out of comparisons.
    bclc_could_be: tuple[str, ...] = field(default=(), compare=False)
    cnlc_could_be: tuple[str, ...] = field(default=(), compare=False)

    @property
    def settled(self) -> bool:
        return self.bclc is not None and self.cnlc is not None

    def could_be(self, system: str) -> tuple[str, ...]:
        return self.bclc_could_be if system == "bclc" else self.cnlc_could_be


def _in_asking_order(fields: list[str]) -> tuple[str, ...]:
    return tuple(f for f in DETAILS if f in fields)


def _health_unknown(a: StagingAnswers) -> list[str]:
    """ECOG and liver signs not known: the last stage (BCLC D, CNLC IV) cannot be ruled out."""
    return [f for f in ("activity", "liver_signs") if not_known(getattr(a, f))]


def _bclc(a: StagingAnswers) -> tuple[str | None, list[str]]:
    if gated(a):
        return "D", []
    unknown = _health_unknown(a)
    cancer_made_less_active = a.activity in LESS_ACTIVE and a.activity_cause == "cancer"
    if a.vessels == "yes" or a.spread == "yes" or cancer_made_less_active:
        return (None, unknown) if unknown else ("C", [])
    if a.activity in LESS_ACTIVE and not_known(a.activity_cause):
        unknown.append("activity_cause")
    unknown += [f for f in ("vessels", "spread") if not_known(getattr(a, f))]
    burden, more = _bclc_burden(a.tumours, a.largest)
    unknown += more
    return (None, unknown) if unknown else (burden, [])


def _bclc_burden(tumours: str | None, largest: str | None) -> tuple[str | None, list[str]]:
    if tumours == "four_plus":
        return "B", []
    if tumours == "one":
        if largest == "up_to_2":
            return "0", []
        return ("A", []) if largest in SIZES else (None, ["largest"])
    if tumours == "two_three":
        if largest in UP_TO_3:
            return "A", []
        return ("B", []) if largest in SIZES else (None, ["largest"])
    return None, ["tumours", *(["largest"] if not_known(largest) else [])]


def _cnlc(a: StagingAnswers) -> tuple[str | None, list[str]]:
    if gated(a):
        return "IV", []
    unknown = _health_unknown(a)  # ECOG 1 to 2 stay in stages I to III, whatever the cause
    if a.spread == "yes":
        return (None, unknown) if unknown else ("IIIb", [])
    if not_known(a.spread):
        unknown.append("spread")
    if a.vessels == "yes":
        return (None, unknown) if unknown else ("IIIa", [])
    if not_known(a.vessels):
        unknown.append("vessels")
    burden, more = _cnlc_burden(a.tumours, a.largest)
    unknown += more
    return (None, unknown) if unknown else (burden, [])


def _cnlc_burden(tumours: str | None, largest: str | None) -> tuple[str | None, list[str]]:
    if tumours == "four_plus":
        return "IIb", []
    if tumours == "one":
        if largest in UP_TO_5:
            return "Ia", []
        return ("Ib", []) if largest in SIZES else (None, ["largest"])
    if tumours == "two_three":
        if largest in UP_TO_3:
            return "Ib", []
        return ("IIa", []) if largest in SIZES else (None, ["largest"])
    return None, ["tumours", *(["largest"] if not_known(largest) else [])]


def stage_from_details(a: StagingAnswers) -> Staging:
    """The stage from the reader's answers about the person and the tumours alone."""
    return _staging(a, use_told=False)


def staged(a: StagingAnswers) -> Staging:
    """The stage from the details, and where they leave a system unsettled, the stage the team gave.
    The details win where they settle a system: a reader may mix up letters, the details do not."""
    return _staging(a, use_told=True)


def _staging(a: StagingAnswers, *, use_told: bool) -> Staging:
    settled = dict(zip(SYSTEMS, (_bclc(a), _cnlc(a)), strict=True))
    stages = {system: stage for system, (stage, _) in settled.items()}
    missing = {system: list(fields) for system, (_, fields) in settled.items()}
    possible: Set[tuple[str, str]] = _possible(tuple(getattr(a, f) for f in DETAILS))
    told: list[str] = []
    differs: list[str] = []
    matched: list[str] = []
    given = _told(a) if use_told else None
    if given:
        system, given_stage = given
        fits = {pair for pair in possible if pair[SYSTEMS.index(system)] == given_stage}
        if not fits:
            differs.append(system)  # the details rule out the stage the reader was given
        else:
            possible = fits
            if stages[system] is None:
                stages[system], missing[system] = given_stage, []
                told.append(system)
            other = SYSTEMS[1 - SYSTEMS.index(system)]
            matches = {pair[SYSTEMS.index(other)] for pair in fits}
            if stages[other] is None and len(matches) == 1:
                stages[other], missing[other] = matches.pop(), []
                matched.append(other)
    could_be = {system: _in_order(system, {pair[i] for pair in possible}) for i, system in enumerate(SYSTEMS)}
    for system, stage in stages.items():
        if stage:
            could_be[system] = (stage,)
    return Staging(
        stages["bclc"],
        stages["cnlc"],
        _in_asking_order(missing["bclc"] + missing["cnlc"]),
        tuple(told),
        tuple(differs),
        tuple(matched),
        could_be["bclc"],
        could_be["cnlc"],
    )


def _in_order(system: str, stages: set[str]) -> tuple[str, ...]:
    return tuple(s for s in (BCLC_STAGES if system == "bclc" else CNLC_STAGES) if s in stages)


@cache
def _possible(details: tuple[str | None, ...]) -> frozenset[tuple[str, str]]:
    """(BCLC, CNLC) for every way the details not known could be answered, the others as given
    (why a person is less active matters only if they are)."""
    given = dict(zip(DETAILS, details, strict=True))
    less_active_possible = not_known(given["activity"]) or given["activity"] in LESS_ACTIVE

    def answers_for(name: str) -> tuple[str | None, ...]:
        if name == "activity_cause" and not less_active_possible:
            return (None,)
        value = given[name]
        return DETAIL_ANSWERS[name] if not_known(value) else (value,)

    pairs: set[tuple[str, str]] = set()
    for combo in product(*(answers_for(name) for name in DETAILS)):
        complete = cast(StagingAnswers, SimpleNamespace(**dict(zip(DETAILS, combo, strict=True))))
        # Every detail answered: each system gives a stage.
        pairs.add((cast(str, _bclc(complete)[0]), cast(str, _cnlc(complete)[0])))
    return frozenset(pairs)


def _told(a: StagingAnswers) -> tuple[str, str] | None:
    """(system, stage) as the reader says the team gave it, or None."""
    if a.told_system == "bclc" and a.told_bclc in TOLD_BCLC:
        return "bclc", TOLD_BCLC[a.told_bclc]
    if a.told_system == "cnlc" and a.told_cnlc in TOLD_CNLC:
        return "cnlc", TOLD_CNLC[a.told_cnlc]
    return None


def stage_if(a: StagingAnswers, field: str, options: tuple[str, ...]) -> tuple[tuple[str, Staging], ...]:
    """What each answer to one question still missing would mean for the stage, the others as given:
    ((answer, Staging), ...) for each answer in `options` but "not sure"."""
    return tuple((value, stage_from_details(replace(a, **{field: value}))) for value in options if value != NOT_SURE)  # type: ignore[type-var]
