"""The guide's content as frozen, typed objects. Each field is declared once, and its type is its check.

Every patient-facing text is a `Text`: a mapping from language code to words. pydantic checks each
text against the guide's languages, which it gets through its validation context (`Known`). The walk
over every text (`Content.all_texts`) is derived from the same field types.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PlainValidator,
    Strict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from liverguide.i18n import HTML_LANG
from liverguide.routes import KINDS
from liverguide.site import LINKABLE_PAGES, SECTION_PAGES

if TYPE_CHECKING:
    from liverguide.content.words import Words

ID_PATTERN = re.compile(r"^[a-z0-9_]+$")
UI_FILE = "ui.yaml"

# Each kind of value below is spelled once as a Literal (what a type checker reads); its tuple, in the
# same order, is what the code and the messages use.
CompareKey = Literal["reaches", "stay", "repeats", "main_effects"]
COMPARE_KEYS: tuple[CompareKey, ...] = get_args(CompareKey)
Endpoint = Literal["5y_survival", "5y_relative_survival"]
ENDPOINTS: tuple[Endpoint, ...] = get_args(Endpoint)
# After a treatment (aftercare.yaml): what an item is, and for what is often normal, when it happens.
AftercareKind = Literal["warning", "normal", "checkup"]
AFTERCARE_KINDS: tuple[AftercareKind, ...] = get_args(AftercareKind)
AftercarePhase = Literal["first_day", "first_week", "weeks_after"]
AFTERCARE_PHASES: tuple[AftercarePhase, ...] = get_args(AftercarePhase)
# How we know a statement, from the strongest kind of evidence to the weakest. The reader sees each in
# plain words (ui.yaml `evidence_<level>`); an item lists every kind its statements rest on.
EvidenceLevelName = Literal["trials", "reviews", "studies", "registry", "guidelines", "hospitals", "clinic"]
EVIDENCE_LEVELS: tuple[EvidenceLevelName, ...] = get_args(EvidenceLevelName)
# "Did it make sense?" (checks.yaml): the topics a nurse can check, each with its heading in ui.yaml
# (`check_topic_<topic>`), in the order /decide offers them.
CheckTopic = Literal["suitable", "metastatic", "aftercare", "numbers"]
CHECK_TOPICS: tuple[CheckTopic, ...] = get_args(CheckTopic)
# How sure we are of a stage's definition and of a list of first choices (content-facts' grades):
# A read in the source itself; B in a peer-reviewed or official summary; C* only in copies of it,
# which the guide uses and says so where it shows them (ui.yaml `grade_c_star`).
Grade = Literal["A", "B", "C*"]
GRADES: tuple[Grade, ...] = get_args(Grade)
StagingSystem = Literal["bclc", "cnlc"]
STAGING_SYSTEMS: tuple[StagingSystem, ...] = get_args(StagingSystem)


# ---------------------------------------------------------------------------------------------
# Field types


@dataclass(frozen=True)
class Known:
    """What texts and source lists are checked against: pydantic's validation context."""

    languages: tuple[str, ...]
    default_language: str
    source_ids: frozenset[str] = frozenset()


def refuse(problem: str, **facts: str) -> PydanticCustomError:
    """Our own problem, in an editor's words. `facts` help the loader name the field (a text's `lang`)."""
    return PydanticCustomError("content", "{problem}", {"problem": problem, **facts})


def _known(info: ValidationInfo) -> Known:
    if not isinstance(info.context, Known):
        raise TypeError("validate content with context=Known(...): texts are checked against the guide's languages")
    return info.context


def _text(value: Any, info: ValidationInfo, *, translation: bool = False) -> dict[str, str]:
    known = _known(info)
    if isinstance(value, str):
        raise refuse("needs one text per language, like 'en: ...'; found a plain string")
    if not isinstance(value, Mapping) or not value:
        raise refuse("needs one text per language, like 'en: ...'")
    for lang, words in value.items():
        if lang not in known.languages:
            raise refuse(f"unknown language '{lang}' (meta.yaml lists {', '.join(known.languages)})")
        if not isinstance(words, str) or not words.strip():
            raise refuse(f"empty text for language '{lang}'", lang=lang)
    for lang in known.languages:
        if lang not in value and not (translation and lang == known.default_language):
            raise refuse(f"no text in language '{lang}' (each text needs every language)", lang=lang)
    if translation and known.default_language in value:
        raise refuse(f"a translation needs no '{known.default_language}' text: that is the original")
    return {lang: words.strip() for lang, words in value.items()}


def _id_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise refuse("needs a list of ids, like [qa_source]")
    return tuple(value)


def _kinds(value: Any) -> tuple[str, ...]:
    """Kinds of cancer (routes.KINDS), written in a CSV cell with spaces between them: 'hcc bile_duct'."""
    kinds = tuple(str(value).split())
    unknown = [k for k in kinds if k not in KINDS]
    if not kinds or unknown:
        raise refuse(f"unknown kind '{' '.join(unknown)}' (use one or more of {', '.join(KINDS)})")
    return kinds


def _known_source(source_id: str, info: ValidationInfo) -> str:
    if source_id not in _known(info).source_ids:
        raise refuse(f"unknown source id '{source_id}' (not in sources.yaml)")
    return source_id


def _scalar_as_words(value: Any) -> Any:
    """YAML reads `year: 2020` as a number and `title: 2020-01-01` as a date; both are words here."""
    return str(value) if isinstance(value, (int, float, date)) and not isinstance(value, bool) else value


def _answer_ids_as_words(value: Any) -> Any:
    """YAML reads an answer id such as `yes` as True; the chooser knows it as 'yes'."""
    return {str(k): v for k, v in value.items()} if isinstance(value, Mapping) else value


def _levels(value: Any) -> Any:
    """A CSV cell lists levels as 'trials; guidelines'; YAML gives a list, or one word."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    return value


def _iso_day(value: Any) -> Any:
    """A CSV cell holds a date as words, '2026-12-01'; YAML reads it as a date already."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise refuse(f"{value!r} is not a date like 2026-12-01") from None
    return value


def _percent(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise refuse(f"not a number: {value!r}") from None
    if not 0 <= number <= 100:
        raise refuse(f"{number:g} is outside 0 to 100")
    return number


def _true_or_false(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value not in ("true", "false"):
        raise refuse(f"{value!r} is not one of true, false")
    return value == "true"


def _language_names(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        raise refuse("needs language codes with their names, like 'en: English'")
    return dict(value)


@dataclass(frozen=True)
class OneOf:
    """On a Literal (or on str with `allowed`): the words an editor reads for any other value.
    `problem` may use {value} (what they wrote), {choices} (the allowed values as 'a, b, c') and
    {either} (as 'a or b')."""

    problem: str
    # Check the value as NonEmpty words first (a number read as words, trimmed, not empty), so an
    # editor reads the same words for a section's page and a kind as for any other words.
    words_first: bool = False
    allowed: tuple[str, ...] = ()  # for values known only when the program runs (the pages)

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        allowed = self.allowed or get_args(source)
        lists = {"choices": ", ".join(allowed), "either": " or ".join(allowed)}
        inner = core_schema.literal_schema(list(allowed)) if self.allowed else handler(source)

        def reworded(value: Any, validate: ValidatorFunctionWrapHandler) -> Any:
            try:
                return validate(value)
            except ValidationError:
                raise refuse(self.problem.format(value=value, **lists)) from None

        schema = core_schema.no_info_wrap_validator_function(reworded, inner)
        return core_schema.chain_schema([handler.generate_schema(NonEmpty), schema]) if self.words_first else schema


def _known_sources(source_ids: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
    return tuple(_known_source(source_id, info) for source_id in source_ids)


def _at_least_one(what: str) -> AfterValidator:
    def check(ids: tuple[str, ...]) -> tuple[str, ...]:
        if not ids:
            raise refuse(f"needs at least one {what}")
        return ids

    return AfterValidator(check)


# A text in every language the guide offers.
Text = Annotated[dict[str, str], PlainValidator(_text)]
# Our translation of words we quote (the clinic's): every language but the default, which holds the original.
Translation = Annotated[dict[str, str], PlainValidator(partial(_text, translation=True))]
Texts = Annotated[tuple[Text, ...], Field(min_length=1)]
# Constraints come before the BeforeValidator, which pydantic then runs first.
Options = Annotated[dict[str, Text], Field(min_length=1), BeforeValidator(_answer_ids_as_words)]  # id -> words
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), BeforeValidator(_scalar_as_words)]
OneLine = Annotated[NonEmpty, AfterValidator(lambda words: " ".join(words.split()))]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN.pattern)]
Ids = Annotated[tuple[str, ...], PlainValidator(_id_list)]  # other items' ids, checked by the loader
SourceIds = Annotated[Ids, AfterValidator(_known_sources)]
SourceId = Annotated[str, AfterValidator(_known_source)]
Day = Annotated[date, Strict()]  # a YAML date, never a string that looks like one
Percent = Annotated[float, PlainValidator(_percent)]
TrueOrFalse = Annotated[bool, PlainValidator(_true_or_false)]
LanguageNames = Annotated[dict[str, str], PlainValidator(_language_names)]
EvidenceLevel = Annotated[
    EvidenceLevelName, OneOf("unknown evidence level '{value}' (use {choices})", words_first=True)
]
EvidenceLevels = Annotated[tuple[EvidenceLevel, ...], Field(min_length=1), BeforeValidator(_levels)]
CheckedDay = Annotated[Day, BeforeValidator(_iso_day)]

UNKNOWN_PAGE = "unknown page '{value}' (use {choices})"
UNKNOWN_KIND = OneOf("unknown kind '{value}' (use {either})", words_first=True)
NOT_ONE_OF = OneOf("{value!r} is not one of {choices}")
# The pages come from the page registry (liverguide/site.py), so they are checked as words.
SectionPage = Annotated[str, OneOf(UNKNOWN_PAGE, words_first=True, allowed=SECTION_PAGES)]
LinkablePage = Annotated[str, OneOf(UNKNOWN_PAGE, allowed=LINKABLE_PAGES)]


# ---------------------------------------------------------------------------------------------
# Items


class Record(BaseModel):
    """What one content file holds (or one entry of it), checked on the way in and never changed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    FILE: ClassVar[str]
    # The fields of running prose, graded for reading level (Content.body_texts). Headings, questions,
    # names, how-to-say lines, comparison cells and the clinic's quoted words are not our prose.
    BODY: ClassVar[tuple[str, ...]] = ()


class Item(Record):
    id: Id


class Evidenced(Item):
    """An item whose statements the reader may weigh: how we know them, and when we last checked them
    against their sources. The loader refuses such an item without either."""

    evidence: EvidenceLevels
    checked: CheckedDay


class Source(Item):
    FILE = "sources.yaml"

    title: NonEmpty
    # People, as "Reig M, Forner A, Rimola J, et al."; or, for a guideline, a hospital page or the
    # clinic's sheet, the organisation that wrote it: exactly one of the two.
    authors: NonEmpty | None = None
    organisation: NonEmpty | None = None
    year: NonEmpty
    url: NonEmpty | None = None
    doi: NonEmpty | None = None
    location: NonEmpty | None = None
    read: Day | None = None
    name: Text | None = None  # for short citations where authors' names would not help the reader

    @model_validator(mode="after")
    def _written_by_and_found_at(self) -> Source:
        if (self.authors is None) == (self.organisation is None):
            raise refuse("needs its authors (people) or its organisation, one of the two", field="authors")
        if not (self.url or self.doi or self.location):
            raise refuse("needs a url, a doi or a location", field="url")
        return self

    @property
    def by(self) -> str:
        """Who wrote it: the authors, or the organisation."""
        return self.authors or self.organisation or ""

    @property
    def link(self) -> str | None:
        if self.url:
            return self.url
        return f"https://doi.org/{self.doi}" if self.doi else None


class Section(Item):
    FILE = "pages.yaml"
    BODY = ("body",)

    page: SectionPage
    heading: Text
    body: Text
    sources: SourceIds


class Question(Evidenced):
    FILE = "questions.yaml"
    BODY = ("answer", "key_points", "meaning")

    kind: Annotated[Literal["source", "follow_up"], UNKNOWN_KIND]
    label: Text
    question: Text
    answer: Text
    key_points: Texts
    meaning: Text
    original: OneLine | None = None  # the clinic's words as we have them (in the default language)
    original_translation: Translation | None = None
    notes: Ids
    sources: SourceIds
    see_also: LinkablePage | None = None  # a page that shows more on this
    treatments: Ids = ()  # treatments.yaml ids this question leads on to (their sections on /treatments)
    call_now: Id | None = None  # a treatments.yaml id: this step shows its call-now list (aftercare.yaml)

    @model_validator(mode="after")
    def _the_clinic_s_own_words(self, info: ValidationInfo) -> Question:
        if self.kind == "source" and (not self.original or "qa_source" not in self.sources):
            raise refuse("a question from the clinic needs its original words and qa_source", field="original")
        if self.original and len(_known(info).languages) > 1 and not self.original_translation:
            raise refuse("the clinic's words need a translation for each other language", field="original_translation")
        return self


class Note(Evidenced):
    FILE = "notes.yaml"
    BODY = ("body",)

    flag: NonEmpty | None = None  # the research notes' F1 to F7, where guidelines differ from the clinic
    title: Text
    body: Text
    sources: SourceIds
    see_also: LinkablePage | None = None


class Term(Item):
    FILE = "glossary.yaml"
    BODY = ("definition",)

    term: Text
    say: Text
    definition: Text
    sources: SourceIds


class PathwayQuestion(Item):
    FILE = "pathway_questions.yaml"
    BODY = ("help",)

    # The id is a field of liverguide.pathway.Answers; the option ids are its allowed answers, in order.
    short: Text
    question: Text
    help: Text
    options: Options
    sources: SourceIds


class PathwayResult(Evidenced):
    FILE = "pathway_results.yaml"
    BODY = ("decision", "why", "involves", "ask")

    # The id is a liverguide.pathway.Result.summary (liverguide/routes.py RESULTS).
    headline: Text
    # The choice the reader and their team face, in plain words ("You and your team are deciding how
    # to treat ..."): shown first on /decide and on the sheet, with the options named after it.
    decision: Text
    why: Text
    involves: Text
    ask: Texts
    sources: SourceIds


class FirstChoiceList(Evidenced):
    """What one view lists first for a situation, in its own order (treatments.yaml ids, checked by
    the loader), with how sure we are of the list: A read in the source itself, B in a peer-reviewed
    or official summary of it, C* read only in copies (content-facts §1.3: used, and labelled so)."""

    first: Annotated[Ids, _at_least_one("treatment (an id from treatments.yaml)")]
    # False for kinds of treatment named with no order between them: shown as bullets, not numbers.
    ordered: bool = True
    grade: Annotated[Grade, NOT_ONE_OF]
    grade_note: OneLine | None = None  # for editors: which parts rest on which source, when they differ
    sources: Annotated[SourceIds, _at_least_one("source (an id from sources.yaml)")]


class StageRow(FirstChoiceList):
    """One stage of one staging system (staging.yaml): what puts a person there, in plain words, and
    what that guide lists first. The id is liverguide/routes.py STAGE_ROWS' (bclc_a, cnlc_iia ...)."""

    FILE = "staging.yaml"
    BODY = ("means", "note")

    system: Annotated[StagingSystem, NOT_ONE_OF]
    stage: NonEmpty  # as the team writes it: "A", "IIa"
    name: Text  # the stage in a word or two: "early"
    means: Text
    note: Text | None = None  # said under the list, such as BCLC B's three groups

    @model_validator(mode="after")
    def _named_by_its_stage(self) -> StageRow:
        if self.id != f"{self.system}_{self.stage.lower()}":
            raise refuse(f"the id of {self.system} stage {self.stage} is {self.system}_{self.stage.lower()}")
        return self


class FirstChoices(FirstChoiceList):
    """What the clinic says, or what trials and guidelines show, for a situation the staging systems
    do not cover (first_choices.yaml; ids in liverguide/routes.py FIRST_CHOICES)."""

    FILE = "first_choices.yaml"
    BODY = ("says",)

    view: Annotated[Literal["clinic", "evidence"], NOT_ONE_OF]
    says: Text  # the view in a sentence or two, above its list


class Treatment(Evidenced):
    """One treatment on /treatments. The interventional treatments the guide is about carry `compare`
    cells and sit in the side-by-side comparison; other treatments a care team may talk about
    (transplant, drugs, ...) leave them out and are shown in a shorter list of their own."""

    FILE = "treatments.yaml"
    BODY = ("what", "who", "not_for", "day", "stay", "side_effects", "recovery", "weigh", "feel")
    # What a treatment in the comparison must say as well (its cells sum these up).
    COMPARED_NEEDS: ClassVar[tuple[str, ...]] = ("day", "stay", "recovery", "side_effects")

    term: NonEmpty  # glossary id of its name
    short: Text  # for links, which must fit a phone on one line
    name: Text
    what: Text
    who: Text
    not_for: Text  # who should not have it, or should have it only with extra care
    day: Text | None = None
    stay: Text | None = None
    recovery: Text | None = None
    side_effects: Texts | None = None
    compare: Options | None = None  # COMPARE_KEYS -> a short cell; None: not in the comparison
    # /decide: what is known about each thing a reader may weigh, for the matters its comparison
    # cells do not already answer: a matters.yaml id -> a short text naming its source. A text with
    # numbers says whose they are in its key, `<matter>@<kind>` (routes.KINDS, or `any` for a mixed
    # group the text names), and is shown only to readers of that kind.
    weigh: Options | None = None
    # What it can feel like, beyond the body: worry and waiting for scans, work, family, travel, cost.
    feel: Text | None = None
    sources: SourceIds

    @field_validator("compare")
    @classmethod
    def _compare_in_order(cls, compare: dict[str, dict[str, str]] | None) -> dict[str, dict[str, str]] | None:
        if compare is not None and tuple(compare) != COMPARE_KEYS:
            raise refuse(f"compare needs {', '.join(COMPARE_KEYS)}, in that order")
        return compare

    @model_validator(mode="after")
    def _compared_says_enough(self) -> Treatment:
        if self.compare is not None:
            missing = [name for name in self.COMPARED_NEEDS if getattr(self, name) is None]
            if missing:
                raise refuse(f"a treatment in the comparison (with compare cells) needs {', '.join(missing)}")
        return self

    @property
    def compared(self) -> bool:
        """In the side-by-side comparison (an interventional treatment), rather than the other list."""
        return self.compare is not None


def _weeks(value: Any) -> tuple[int, ...]:
    """When a check-up usually is, in weeks after the treatment: [from] or [from, to]."""
    if (
        not isinstance(value, (list, tuple))
        or not 1 <= len(value) <= 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
        or list(value) != sorted(value)
    ):
        raise refuse("needs the weeks after the treatment as [from] or [from, to], whole numbers, like [4, 6]")
    return tuple(value)


Weeks = Annotated[tuple[int, ...], PlainValidator(_weeks)]


class AftercareItem(Evidenced):
    """One statement of what to expect after a treatment: something often normal (in its phase), a
    sign to call the care team now (with its threshold in the text), or a usual check-up (in weeks)."""

    FILE = "aftercare.yaml"
    BODY = ("text",)

    treatments: Annotated[Ids, _at_least_one("treatment (an id from treatments.yaml)")]  # checked by the loader
    kind: Annotated[AftercareKind, OneOf("unknown kind '{value}' (use {choices})", words_first=True)]
    when: Annotated[AftercarePhase, NOT_ONE_OF] | None = None  # normal only
    weeks: Weeks | None = None  # checkup only
    text: Text
    sources: Annotated[SourceIds, _at_least_one("source (an id from sources.yaml)")]

    @model_validator(mode="after")
    def _kind_says_when(self) -> AftercareItem:
        if (self.kind == "normal") != (self.when is not None):
            raise refuse(f"`when` ({', '.join(AFTERCARE_PHASES)}) is needed for kind normal, and only for it")
        if (self.kind == "checkup") != (self.weeks is not None):
            raise refuse("`weeks` is needed for kind checkup, and only for it")
        return self


class Matter(Item):
    """One thing a reader may weigh when deciding ("living as long as possible"), rated on /decide.
    What is known about it for each option comes from the treatment: its comparison cell `compare`
    names (for a treatment in the comparison), else its own `weigh` cell; or, when the guide can say
    only one thing for every option (what it costs), from `for_all`."""

    FILE = "matters.yaml"
    BODY = ("for_all", "note")

    statement: Text  # as the reader would say it, after "What matters to you"
    compare: Annotated[CompareKey, NOT_ONE_OF] | None = None
    for_all: Text | None = None
    note: Text | None = None  # said before the row's cells, such as why its numbers cannot be compared
    sources: SourceIds = ()  # what for_all rests on, if it states a fact (the cost line says the guide has none)

    @model_validator(mode="after")
    def _one_answer(self) -> Matter:
        if self.compare is not None and self.for_all is not None:
            raise refuse("give `compare` (each option's comparison cell) or `for_all` (one text), not both")
        return self


class Check(Evidenced):
    """A "Did it make sense?" question for consultation mode: answers, the right one, and the plain
    explanation shown after any answer (after a wrong one, kindly, as a second go at the point)."""

    FILE = "checks.yaml"
    BODY = ("explain",)

    topic: Annotated[CheckTopic, NOT_ONE_OF]
    question: Text
    options: Options
    right: NonEmpty  # an option id
    explain: Text
    sources: Annotated[SourceIds, _at_least_one("source (an id from sources.yaml)")]

    @model_validator(mode="after")
    def _right_is_an_option(self) -> Check:
        if len(self.options) < 2:
            raise refuse("needs at least two answers")
        if self.right not in self.options:
            raise refuse(f"the right answer '{self.right}' is not one of the options ({', '.join(self.options)})")
        return self


class Outcome(Evidenced):
    """One number from outcomes.csv: a share of a group of people, with its provenance."""

    FILE = "outcomes.csv"

    label: Text
    endpoint: Annotated[Endpoint, NOT_ONE_OF]  # each chart shows one endpoint
    value: Percent
    bound: Annotated[Literal["exact", "at_least", "at_most"], NOT_ONE_OF]  # at_least: "more than"
    unit: Annotated[Literal["percent"], NOT_ONE_OF]
    population: Text
    # Whose cancer the group had (routes.KINDS): a reader whose chooser answers name another kind is
    # not shown the number, and every number shown says whose it is.
    about: Annotated[tuple[str, ...], PlainValidator(_kinds)]
    treatment: Text
    source_id: SourceId
    source_short: Text
    in_seed: TrueOrFalse  # the clinic's own figure


class Change(Item):
    """One dated entry of the guide's "What changed" list on /about, newest first in the file."""

    FILE = "changes.yaml"
    BODY = ("text",)

    day: Day
    text: Text


class Meta(Record):
    FILE = "meta.yaml"

    default_language: NonEmpty
    languages: LanguageNames
    updated: Day
    next_review: Day
    # "draft" until a liver cancer care team has checked this version; then "reviewed".
    # Its default is checked too, so a missing status reads as a wrong one.
    status: Annotated[Literal["draft", "reviewed"], OneOf("needs one of {choices}")] = Field(
        None, validate_default=True
    )

    # Once a care team has checked this version: who they are (a team and its hospital, in every
    # language) and the day; every page and sheet then says so. Both are needed with "reviewed".
    # (meta.yaml is read before the guide's languages are known, so reviewed_by is checked here.)
    reviewed_by: dict[str, NonEmpty] | None = None
    reviewed_on: Day | None = None

    @model_validator(mode="after")
    def _languages_it_can_show(self) -> Meta:
        if self.default_language not in self.languages:
            raise refuse("the default language is not in languages", field="default_language")
        for lang in self.languages:
            if lang not in HTML_LANG:  # screen readers need the page's language (ui/marks.py sets <html lang>)
                problem = f"language '{lang}' has no <html lang> code: add it to HTML_LANG in liverguide/i18n.py"
                raise refuse(problem, field="languages")
        return self

    @model_validator(mode="after")
    def _reviewed_says_by_whom_and_when(self) -> Meta:
        if self.status == "reviewed" and (self.reviewed_by is None or self.reviewed_on is None):
            raise refuse("a reviewed version needs reviewed_by (who checked it) and reviewed_on (the day)")
        if self.status == "draft" and self.reviewed_by is not None:
            raise refuse("a draft has no reviewer yet: set status to reviewed, or take reviewed_by out")
        if self.reviewed_by is not None and (missing := set(self.languages) - set(self.reviewed_by)):
            raise refuse(f"reviewed_by needs a text in {', '.join(sorted(missing))}")
        return self

    @property
    def review(self) -> tuple[Text, date] | None:
        """(who checked this version, the day) once a care team has; None for a draft."""
        if self.status != "reviewed" or self.reviewed_by is None or self.reviewed_on is None:
            return None
        return self.reviewed_by, self.reviewed_on

    def overdue(self, today: date) -> bool:
        """Past the day of the next full check without one (about_update_policy: every page and sheet says so)."""
        return today > self.next_review


# ---------------------------------------------------------------------------------------------
# The walk over every text, from the field types


def _one(name: str, text: Text) -> Iterator[tuple[str, Text]]:
    yield name, text


def _numbered(name: str, texts: tuple[Text, ...]) -> Iterator[tuple[str, Text]]:
    for n, text in enumerate(texts, 1):
        yield f"{name}[{n}]", text


def _keyed(name: str, texts: Mapping[str, Text]) -> Iterator[tuple[str, Text]]:
    for key, text in texts.items():
        yield f"{name}.{key}", text


# Given a field's name and value: each of its texts with the field as an editor spells it.
Spelling = Callable[[str, Any], Iterator[tuple[str, Text]]]


def _spelling(hint: Any) -> Spelling | None:
    """How a field of this type spells its texts, or None if it holds no Text.

    A Translation is left out: it renders the clinic's quoted words, which are theirs, not our text.
    """
    if get_origin(hint) in (Union, types.UnionType):
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
    if hint == Text:
        return _one
    container = get_args(hint)[0] if get_origin(hint) is Annotated else hint
    if get_origin(container) is tuple and get_args(container) == (Text, ...):
        return _numbered
    if get_origin(container) is dict and get_args(container) == (str, Text):
        return _keyed
    return None


@cache
def _text_fields(cls: type[Record]) -> tuple[tuple[str, Spelling], ...]:
    hints = get_type_hints(cls, include_extras=True)
    return tuple((name, spell) for name in cls.model_fields if (spell := _spelling(hints[name])))


def text_fields(cls: type[Record]) -> tuple[str, ...]:
    """The fields of `cls` that hold patient-facing texts, in order."""
    return tuple(name for name, _ in _text_fields(cls))


def texts_of(record: Record) -> Iterator[tuple[str, str, Text]]:
    """(field, field as an editor spells it, text) for each text of `record`: 'key_points[2]', 'options.yes'."""
    for name, spell in _text_fields(type(record)):
        value = getattr(record, name)
        if value is not None:
            for spelled, text in spell(name, value):
                yield name, spelled, text


# ---------------------------------------------------------------------------------------------
# The whole guide


@dataclass(frozen=True)
class Content:
    """The whole guide, as load_content gives it. all_texts walks the fields in this order."""

    meta: Meta
    ui: Mapping[str, Text]
    sources: Mapping[str, Source]
    sections: Mapping[str, Section]
    questions: tuple[Question, ...]
    notes: Mapping[str, Note]
    glossary: Mapping[str, Term]
    pathway_questions: Mapping[str, PathwayQuestion]
    pathway_results: Mapping[str, PathwayResult]
    staging: Mapping[str, StageRow]
    first_choices: Mapping[str, FirstChoices]
    outcomes: tuple[Outcome, ...]
    treatments: Mapping[str, Treatment]
    aftercare: tuple[AftercareItem, ...]
    matters: Mapping[str, Matter]
    checks: tuple[Check, ...]
    changes: tuple[Change, ...]

    def in_language(self, lang: str) -> Words:
        from liverguide.content.words import Words  # words.py builds on this module

        return Words(self, lang)

    def all_items(self) -> Iterator[Item]:
        """Every item, file by file in the order of the fields above."""
        for name in ITEM_FIELDS:
            collection = getattr(self, name)
            yield from collection.values() if isinstance(collection, Mapping) else collection

    def all_texts(self) -> Iterator[tuple[str, str, str, Text]]:
        """(file, item id, field, text) for every patient-facing text."""
        for key, text in self.ui.items():
            yield UI_FILE, key, "text", text
        for item in self.all_items():
            for _, field, text in texts_of(item):
                yield item.FILE, item.id, field, text

    def body_texts(self, lang: str) -> Iterator[tuple[str, str, str]]:
        """(file, item id, running text) of each item's BODY fields, for reading-level checks."""
        for item in self.all_items():
            parts = [text.get(lang, "") for name, _, text in texts_of(item) if name in item.BODY]
            if parts:
                yield item.FILE, item.id, "\n".join(parts)


def _item_type(hint: Any) -> type[Item] | None:
    """Source for a field typed Mapping[str, Source] or tuple[Source, ...]; None for other fields."""
    found = [arg for arg in get_args(hint) if isinstance(arg, type) and issubclass(arg, Item)]
    return found[0] if found else None


# Content's fields that hold items, with the item class: {"sources": Source, ...}.
ITEM_FIELDS: dict[str, type[Item]] = {
    name: item_type for name, hint in get_type_hints(Content).items() if (item_type := _item_type(hint))
}
ITEM_TYPES = tuple(ITEM_FIELDS.values())
# The fields of running prose by file, for tests that check every file's prose is graded.
BODY_FIELDS = {cls.FILE: set(cls.BODY) for cls in ITEM_TYPES if cls.BODY}
