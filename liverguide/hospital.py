"""A hospital's own file: one checked TOML file that makes the guide theirs. Its name and its team's,
the numbers to call (printed large on every take-home sheet and after-care list), which treatments
it offers, its own notes on them (shown as the hospital's words, beside the guide's), the languages
it offers, and who checked this version for it.

Read by `load_hospital(path)`, checked by the pydantic model below in the content's way: a broken
file raises HospitalError (a ValueError) naming the file, the field and what is allowed. Everything
in it is plain words: no markup characters get in, every text has a length limit, and the pages
escape what they show (liverguide/markup.py `plain`, liverguide/handout_file.py).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, ValidationError, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from liverguide.content import Content, ContentError, content_folder, load_content
from liverguide.content.load import explain
from liverguide.content.model import OneOf, refuse
from liverguide.markup import plain

# The hospital file: its path in this setting (`make run HOSPITAL=...` and `make serve HOSPITAL=...`
# set it); without one the guide runs as it always has.
HOSPITAL_SETTING = "LIVERGUIDE_HOSPITAL"

# Longest texts, in characters: a name fits a line of the sheet; a note, two or three lines.
NAME_MAX = 80
NOTE_MAX = 240
PHONE_MAX = 25
# Characters that Markdown or HTML would read as markup, and controls. Plain words need none of them.
MARKUP = re.compile(r"[<>\[\]{}*_`\\#|~^$]|[\x00-\x08\x0b-\x1f\x7f]")
# A phone number: digits, with spaces, + at the start, brackets, dots, dashes or slashes between them.
PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
MIN_DIGITS = 3  # short hospital extensions and emergency numbers are real numbers too


class HospitalError(ContentError, ValueError):
    """The hospital file is broken. The message names the file, the field and what is allowed."""


@dataclass(frozen=True)
class Guide:
    """What a hospital file is checked against: pydantic's validation context."""

    languages: tuple[str, ...]
    treatments: tuple[str, ...]
    today: date


def _guide(info: ValidationInfo) -> Guide:
    if not isinstance(info.context, Guide):
        raise TypeError("validate a hospital file with context=Guide(...)")
    return info.context


def _plain_words(value: Any, *, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise refuse('needs plain words in quotes, like "Riverside Hospital"')
    words = " ".join(value.split())
    if (found := MARKUP.search(words)) is not None:
        raise refuse(f"plain words only: {found.group()!r} is markup (leave out < > [ ] {{ }} * _ ` \\ # | ~ ^ $)")
    if len(words) > limit:
        raise refuse(f"is {len(words)} characters long; at most {limit} are allowed")
    return words


def _in_languages(value: Any, info: ValidationInfo, *, limit: int) -> dict[str, str]:
    """Words in each language, like `en = "..."` and `zh = "..."`; the model checks that every
    language the hospital offers has its words."""
    known = _guide(info).languages
    if not isinstance(value, Mapping) or not value:
        raise refuse(f'needs words in each language, like en = "..." (the guide has {", ".join(known)})')
    out = {}
    for lang, words in value.items():
        if lang not in known:
            raise refuse(f"unknown language '{lang}' (the guide has {', '.join(known)})", field=lang)
        try:
            out[lang] = _plain_words(words, limit=limit)
        except PydanticCustomError as exc:
            raise refuse(exc.message(), field=lang) from None
    return out


def _phone(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise refuse('needs the number in quotes, like "+44 20 7946 0000"')
    number = " ".join(value.split())
    if not PHONE.match(number) or number.count("+") > 1:
        raise refuse(f"{number!r} is not a phone number: use digits, spaces, + ( ) . - / only, no letters")
    if sum(c.isdigit() for c in number) < MIN_DIGITS or len(number) > PHONE_MAX:
        raise refuse(f"{number!r} is not a phone number: {MIN_DIGITS} to {PHONE_MAX} characters, mostly digits")
    return number


def _language(value: Any, info: ValidationInfo) -> str:
    known = _guide(info).languages
    if value not in known:
        raise refuse(f"unknown language {value!r} (the guide has {', '.join(known)})")
    return value


def _treatment(value: Any, info: ValidationInfo, *, field: str | None = None) -> str:
    known = _guide(info).treatments
    if value not in known:
        problem = f"unknown treatment {value!r} (the guide's treatments are {', '.join(known)})"
        raise refuse(problem, **({"field": field} if field else {}))
    return value


def _treatments(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not value:
        raise refuse('needs a list of treatment ids, like ["tace", "ablation"]')
    ids = tuple(_treatment(v, info) for v in value)
    if len(set(ids)) < len(ids):
        raise refuse("names a treatment twice")
    return ids


def _notes(value: Any, info: ValidationInfo) -> dict[str, dict[str, str]]:
    if not isinstance(value, Mapping):
        raise refuse('needs one table per treatment, like [notes.tace] with en = "..."')
    out = {}
    for treatment, words in value.items():
        _treatment(treatment, info, field=treatment)
        try:
            out[treatment] = _in_languages(words, info, limit=NOTE_MAX)
        except PydanticCustomError as exc:  # named as notes.tace.en
            raise refuse(
                exc.message(), field=".".join(filter(None, (treatment, (exc.context or {}).get("field"))))
            ) from None
    return out


def _day(value: Any) -> date:
    if not isinstance(value, date):
        raise refuse("needs a date without quotes, like 2026-12-01")
    return value if type(value) is date else date(value.year, value.month, value.day)


Names = Annotated[dict[str, str], PlainValidator(partial(_in_languages, limit=NAME_MAX))]
Phone = Annotated[str, PlainValidator(_phone)]
Language = Annotated[str, PlainValidator(_language)]
Languages = Annotated[tuple[Language, ...], Field(min_length=1)]
TreatmentIds = Annotated[tuple[str, ...], PlainValidator(_treatments)]
Notes = Annotated[dict[str, dict[str, str]], PlainValidator(_notes)]
Day = Annotated[date, PlainValidator(_day)]


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Phones(Part):
    working_hours: Phone  # the team, in working hours
    out_of_hours: Phone  # evenings, nights, weekends and holidays


class SignOff(Part):
    """Who checked this version of the guide for the hospital, and when: its team, or a named clinician
    with their role."""

    by: Annotated[Literal["team", "clinician"], OneOf("needs one of {choices}")]
    clinician: Names | None = None
    role: Names | None = None
    on: Day

    @model_validator(mode="after")
    def _who_and_when(self, info: ValidationInfo) -> SignOff:
        if self.by == "clinician" and (self.clinician is None or self.role is None):
            raise refuse("a clinician's sign-off needs their name (clinician) and their role", field="clinician")
        if self.by == "team" and (self.clinician is not None or self.role is not None):
            raise refuse('the team signs as the team: take out clinician and role, or set by = "clinician"')
        if self.on > _guide(info).today:
            raise refuse(f"{self.on.isoformat()} is in the future: give the day the check was made", field="on")
        return self


class Hospital(Part):
    """One hospital's file, checked. Every text is plain words, in each language the hospital offers."""

    languages: Languages  # the languages the guide offers at this hospital, from the guide's own
    default_language: Language
    name: Names  # the hospital's name
    team: Names  # the team that looks after people having these treatments
    phones: Phones
    offered: TreatmentIds  # the guide's treatments this hospital gives; the others are explained, and say so
    notes: Notes = {}  # per treatment: the hospital's own words, shown beside the guide's text
    sign_off: SignOff | None = None

    @model_validator(mode="after")
    def _every_language_it_offers(self) -> Hospital:
        if len(set(self.languages)) < len(self.languages):
            raise refuse("names a language twice", field="languages")
        if self.default_language not in self.languages:
            problem = f"'{self.default_language}' is not one of this hospital's languages ({', '.join(self.languages)})"
            raise refuse(problem, field="default_language")
        texts: list[tuple[str, Mapping[str, str]]] = [("name", self.name), ("team", self.team)]
        texts += [(f"notes.{t}", words) for t, words in self.notes.items()]
        if self.sign_off is not None and self.sign_off.clinician is not None:
            texts += [("sign_off.clinician", self.sign_off.clinician)]
        if self.sign_off is not None and self.sign_off.role is not None:
            texts += [("sign_off.role", self.sign_off.role)]
        for field, words in texts:
            if missing := [lang for lang in self.languages if lang not in words]:
                raise refuse(f"needs words in {', '.join(missing)} (each language the hospital offers)", field=field)
        return self

    def offers(self, treatment: str) -> bool:
        return treatment in self.offered


def hospital_path() -> Path | None:
    """The hospital file the environment names, or None (an empty setting is none)."""
    return Path(setting) if (setting := os.environ.get(HOSPITAL_SETTING, "").strip()) else None


def load_hospital(path: Path | str, content: Content | None = None, *, today: date | None = None) -> Hospital:
    """Read and check a hospital file against the guide's content (by default, the content folder's).
    Raises HospitalError naming the file, the field and what is allowed."""
    path = Path(path)
    content = content if content is not None else load_content(content_folder())
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problem = f"the file is missing (set {HOSPITAL_SETTING} to a hospital file, or leave it empty)"
        raise HospitalError(name, problem) from None
    except UnicodeDecodeError:
        raise HospitalError(name, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise HospitalError(name, f"the file does not parse as TOML: {exc}") from None
    known = Guide(tuple(content.meta.languages), tuple(content.treatments), today or date.today())
    try:
        return Hospital.model_validate(data, context=known)
    except ValidationError as exc:
        words, field, _ = explain(exc)
        raise HospitalError(name, words, field=field) from None


def signed_by(content: Content, hospital: Hospital, lang: str) -> str:
    """Who checked the guide for the hospital, in one language, as Markdown (the file's words escaped)."""
    s, w = hospital.sign_off, content.in_language(lang)
    assert s is not None
    where = {"team": plain(hospital.team[lang]), "hospital": plain(hospital.name[lang])}
    if s.by == "clinician" and s.clinician is not None and s.role is not None:
        return w.ui("signed_by_clinician", name=plain(s.clinician[lang]), role=plain(s.role[lang]), **where)
    return w.ui("signed_by_team", **where)


def for_hospital(content: Content, hospital: Hospital | None) -> Content:
    """The guide as this hospital offers it: in its languages, its default first; and checked by its
    sign-off, unless the content changed after it (then the draft notice is back until they check it
    again). Without a hospital, the guide as it is."""
    if hospital is None:
        return content
    meta = content.meta
    update: dict[str, Any] = {
        "languages": {lang: meta.languages[lang] for lang in hospital.languages},
        "default_language": hospital.default_language,
    }
    sign_off = hospital.sign_off
    if sign_off is not None and sign_off.on >= meta.updated:
        who = {lang: signed_by(content, hospital, lang) for lang in hospital.languages}
        update |= {"status": "reviewed", "reviewed_by": who, "reviewed_on": sign_off.on}
    elif sign_off is not None:  # checked an older version: this one is a draft again
        update |= {"status": "draft", "reviewed_by": None, "reviewed_on": None}
    return dataclasses.replace(content, meta=meta.model_copy(update=update))
