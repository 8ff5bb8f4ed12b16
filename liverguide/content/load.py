"""Read every file in content/ into liverguide.content.model objects, and refuse broken content with a
clear message: each error names the file, the item id and the field, so an editor can find and mend it
without reading code.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import TypeAdapter, ValidationError

from liverguide import answers, routes
from liverguide.content.model import (
    CHECK_TOPICS,
    COMPARE_KEYS,
    EVIDENCE_LEVELS,
    ID_PATTERN,
    UI_FILE,
    AftercareItem,
    Change,
    Check,
    Content,
    FirstChoiceList,
    FirstChoices,
    Item,
    Known,
    Matter,
    Meta,
    Note,
    Outcome,
    PathwayQuestion,
    PathwayResult,
    Question,
    Section,
    Source,
    StageRow,
    Term,
    Text,
    Treatment,
    text_fields,
)
from liverguide.markup import term_ids
from liverguide.site import PAGES

ItemT = TypeVar("ItemT", bound=Item)

# The content folder: content/ beside the code, or another one named by this setting (the tests
# point it at small fixture folders, the way a test config would in a Flask app).
CONTENT_SETTING = "LIVERGUIDE_CONTENT"
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"


def content_folder() -> Path:
    return Path(os.environ.get(CONTENT_SETTING) or DEFAULT_CONTENT_DIR)


# Text columns: `label` holds the default language; `label_zh` (for example) another language.
OUTCOME_TEXT_COLUMNS = text_fields(Outcome)
# Without source_short, the label stands in.
OPTIONAL_COLUMNS = ("source_short",)
OUTCOME_COLUMNS = tuple(field for field in Outcome.model_fields if field not in OPTIONAL_COLUMNS)

# pydantic's own errors, in plain words for an editor. Our own come as refuse(...) errors.
_WORDS = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling)",
    "string_type": "empty text",
    "string_too_short": "empty text",
    "string_pattern_mismatch": "ids are lower_snake_case: letters, digits and _",
    "date_type": "needs a date like 2026-11-27",
    "tuple_type": "needs a list with at least one entry",
    "dict_type": "needs answer ids with their words, like 'yes: {en: Yes}'",
}
_TEXT = TypeAdapter(Text)


class ContentError(Exception):
    """A content file is broken. The message names the file, the item and the field."""

    def __init__(self, file: str, problem: str, item: str | None = None, field: str | None = None):
        self.file, self.item, self.field, self.problem = file, item, field, problem
        where = file
        if item is not None:
            where += f", item '{item}'"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")


def explain(exc: ValidationError) -> tuple[str, str | None, str | None]:
    """(words, field, language) of the error to mend first.

    The first of: the id, then misspelled fields (alphabetically), then each field in order (the file's own).
    The field is spelled as in Content.all_texts: 'key_points[2]' (counting from 1), 'options.yes'.
    """
    errors = exc.errors(include_url=False)

    def order(error: Any) -> tuple[int, str]:
        if error["loc"][:1] == ("id",):
            return 0, ""
        return (1, str(error["loc"])) if error["type"] == "extra_forbidden" else (2, "")

    first = min(errors, key=order)
    facts, loc = first.get("ctx") or {}, first["loc"]
    kind = first["type"]
    if kind == "too_short":  # an empty list, or an empty map of answers
        kind = "dict_type" if isinstance(first["input"], Mapping) else "tuple_type"
    words = facts["problem"] if kind == "content" else _WORDS.get(kind, first["msg"])
    field = str(loc[0]) + "".join(f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in loc[1:]) if loc else None
    # A rule over several fields names the one to mend (inside a nested part: 'sign_off.on').
    field = ".".join(f for f in (field, facts.get("field")) if f) or None
    return words, field, facts.get("lang")


# ---------------------------------------------------------------------------------------------
# Files


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: Any):
        super().__init__(f"duplicate key {key!r}")
        self.key = key


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping with the same key twice (PyYAML keeps the last silently)."""


def _construct_unique_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _DuplicateKey(key)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def _read_yaml(root: Path, name: str) -> Any:
    path = root / name
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(name, "the file is missing") from None
    except UnicodeDecodeError:
        raise ContentError(name, "the file is not UTF-8 text") from None
    try:
        return yaml.load(raw, Loader=_StrictLoader)
    except _DuplicateKey as exc:
        raise ContentError(name, "duplicate id (the same key appears twice)", item=str(exc.key)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" near line {mark.line + 1}" if mark else ""
        raise ContentError(name, f"the file does not parse as YAML{line}: {getattr(exc, 'problem', exc)}") from None


def _read_items(root: Path, cls: type[ItemT], known: Known) -> list[ItemT]:
    data = _read_yaml(root, cls.FILE)
    if not isinstance(data, list):
        raise ContentError(cls.FILE, "expected a list of items, each starting with '- id: ...'")
    items: list[ItemT] = []
    seen: set[str] = set()
    for n, raw in enumerate(data, 1):
        if not isinstance(raw, Mapping):
            raise ContentError(cls.FILE, "each item must be a mapping of fields", item=f"#{n}")
        # A field left empty counts as left out; an item without a usable id is named by its place.
        fields = {key: value for key, value in raw.items() if value is not None}
        named = fields.get("id")
        if not (isinstance(named, str) and named.strip()):
            fields.pop("id", None)
            named = f"#{n}"
        elif named in seen:
            raise ContentError(cls.FILE, "duplicate id", item=named, field="id")
        try:
            item = cls.model_validate(fields, context=known)
        except ValidationError as exc:
            words, field, _ = explain(exc)
            raise ContentError(cls.FILE, words, item=named, field=field) from None
        seen.add(item.id)
        items.append(item)
    return items


def _by_id(items: list[ItemT]) -> dict[str, ItemT]:
    return {item.id: item for item in items}


def _read_meta(root: Path) -> Meta:
    data = _read_yaml(root, Meta.FILE)
    if not isinstance(data, Mapping):
        raise ContentError(Meta.FILE, "expected fields like 'default_language: en'")
    given = {key: value for key, value in data.items() if value not in (None, "", {})}  # empty is missing
    try:
        meta = Meta.model_validate(given)
    except ValidationError as exc:
        words, field, _ = explain(exc)
        raise ContentError(Meta.FILE, words, field=field) from None
    return meta


def _read_ui(root: Path, known: Known) -> dict[str, dict[str, str]]:
    data = _read_yaml(root, UI_FILE)
    if not isinstance(data, Mapping):
        raise ContentError(UI_FILE, "expected one entry per label, like 'next: {en: Next}'")
    ui = {}
    for key, value in data.items():
        try:
            ui[str(key)] = _TEXT.validate_python(value, context=known)
        except ValidationError as exc:
            raise ContentError(UI_FILE, explain(exc)[0], item=str(key), field="text") from None
    for level in EVIDENCE_LEVELS:
        if f"evidence_{level}" not in ui:
            problem = "each evidence level needs its plain words (the levels are listed in liverguide/content/model.py)"
            raise ContentError(UI_FILE, problem, item=f"evidence_{level}")
    for topic in CHECK_TOPICS:
        if f"check_topic_{topic}" not in ui:
            problem = "each check topic needs its heading (the topics are listed in liverguide/content/model.py)"
            raise ContentError(UI_FILE, problem, item=f"check_topic_{topic}")
    for page in PAGES:
        if page.nav_key not in ui:
            problem = f"the page '{page.id}' needs this label (the pages are listed in liverguide/site.py)"
            raise ContentError(UI_FILE, problem, item=page.nav_key)
        # Its title and the links to it say its menu name unless they have words of their own.
        for label in (page.title_key, *([page.see_key] if page.linkable else [])):
            ui.setdefault(label, ui[page.nav_key])
    return ui


def _read_outcomes(root: Path, known: Known) -> tuple[Outcome, ...]:
    name = Outcome.FILE
    try:
        with open(root / name, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
            header = rows[0].keys() if rows else []
    except FileNotFoundError:
        raise ContentError(name, "the file is missing") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ContentError(name, f"the file does not parse as CSV: {exc}") from None
    for column in OUTCOME_COLUMNS:
        if column not in header:
            raise ContentError(name, "required column is missing", field=column)
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, 2):  # row 1 is the header
        item = f"row {n} ({row.get('id') or 'no id'})"
        for column in OUTCOME_COLUMNS:
            if not (row.get(column) or "").strip():
                raise ContentError(name, "empty value", item, column)
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if row["id"] in seen or not ID_PATTERN.match(row["id"]):
            raise ContentError(name, "duplicate id" if row["id"] in seen else "ids are lower_snake_case", item, "id")
        seen.add(row["id"])
        try:
            outcomes.append(Outcome.model_validate(_outcome_fields(row, known), context=known))
        except ValidationError as exc:
            words, field, lang = explain(exc)
            if lang not in (None, known.default_language):
                field = f"{field}_{lang}"  # the column that holds that language
            raise ContentError(name, words, item, field) from None
    if sum(o.in_seed for o in outcomes) != 1:
        raise ContentError(name, "exactly one row needs in_seed true: the clinic's own figure", field="in_seed")
    return tuple(outcomes)


def _outcome_fields(row: Mapping[str, str], known: Known) -> dict[str, Any]:
    """A row's cells as Outcome's fields: the text in `label` and, say, `label_zh` become one Text."""
    fields: dict[str, Any] = {f: row[f] for f in Outcome.model_fields if f in row and f not in OUTCOME_TEXT_COLUMNS}
    for column in OUTCOME_TEXT_COLUMNS:
        text = {known.default_language: row.get(column) or row["label"]}
        for lang in known.languages:
            if lang != known.default_language and row.get(f"{column}_{lang}"):
                text[lang] = row[f"{column}_{lang}"]
        fields[column] = text
    return fields


# ---------------------------------------------------------------------------------------------
# The whole guide, and the checks between its items


def load_content(root: Path) -> Content:
    """Read and check every content file under `root`. Raises ContentError on the first problem."""
    root = Path(root)
    meta = _read_meta(root)
    languages = tuple(meta.languages)
    sources = _by_id(_read_items(root, Source, Known(languages, meta.default_language)))
    known = Known(languages, meta.default_language, frozenset(sources))

    ui = _read_ui(root, known)
    sections = _by_id(_read_items(root, Section, known))
    notes = _by_id(_read_items(root, Note, known))
    glossary = _by_id(_read_items(root, Term, known))
    questions = tuple(_read_items(root, Question, known))
    pathway_questions = _by_id(_read_items(root, PathwayQuestion, known))
    pathway_results = _by_id(_read_items(root, PathwayResult, known))
    staging = _by_id(_read_items(root, StageRow, known))
    first_choices = _by_id(_read_items(root, FirstChoices, known))
    _check_pathway(pathway_questions, pathway_results, staging, first_choices, ui)
    _check_questions(questions, notes)
    outcomes = _read_outcomes(root, known)
    treatments = _by_id(_read_items(root, Treatment, known))
    aftercare = tuple(_read_items(root, AftercareItem, known))
    listed = {**staging, **first_choices}
    _check_treatments(treatments, glossary, listed, questions, aftercare)
    matters = _by_id(_read_items(root, Matter, known))
    _check_matters(matters, treatments, listed)
    checks = tuple(_read_items(root, Check, known))
    for topic in CHECK_TOPICS:
        if not any(c.topic == topic for c in checks):
            raise ContentError(Check.FILE, f"the topic '{topic}' has no check questions")
    changes = tuple(_read_items(root, Change, known))
    _check_changes(changes)
    content = Content(
        meta=meta,
        ui=ui,
        sources=sources,
        sections=sections,
        questions=questions,
        notes=notes,
        glossary=glossary,
        pathway_questions=pathway_questions,
        pathway_results=pathway_results,
        staging=staging,
        first_choices=first_choices,
        outcomes=outcomes,
        treatments=treatments,
        aftercare=aftercare,
        matters=matters,
        checks=checks,
        changes=changes,
    )
    for file, item, field, text in content.all_texts():
        for words in text.values():
            for term_id in term_ids(words):
                if term_id not in glossary:
                    raise ContentError(file, f"unknown glossary term '{term_id}' (not in glossary.yaml)", item, field)
    return content


def _check_changes(changes: tuple[Change, ...]) -> None:
    for newer, older in zip(changes, changes[1:], strict=False):
        if older.day > newer.day:
            raise ContentError(Change.FILE, "list the changes newest first", older.id, "day")
    if not changes:
        raise ContentError(Change.FILE, "there are no changes: list at least the first version")


def _check_questions(questions: tuple[Question, ...], notes: Mapping[str, Note]) -> None:
    file = Question.FILE
    for q in questions:
        for note_id in q.notes:
            if note_id not in notes:
                raise ContentError(file, f"unknown note id '{note_id}' (not in notes.yaml)", q.id, "notes")
    if not questions:
        raise ContentError(file, "there are no questions")


def _check_treatments(
    treatments: Mapping[str, Treatment],
    glossary: Mapping[str, Term],
    listed: Mapping[str, FirstChoiceList],
    questions: tuple[Question, ...],
    aftercare: tuple[AftercareItem, ...],
) -> None:
    for t in treatments.values():
        if t.term not in glossary:
            problem = f"unknown glossary term '{t.term}' (not in glossary.yaml)"
            raise ContentError(Treatment.FILE, problem, t.id, "term")
    warned = {t for a in aftercare if a.kind == "warning" for t in a.treatments}
    for q in questions:
        if q.call_now is not None and q.call_now not in warned:
            problem = f"no call-now signs in aftercare.yaml for treatment '{q.call_now}'"
            raise ContentError(Question.FILE, problem, q.id, "call_now")
        for treatment_id in q.treatments:
            if treatment_id not in treatments:
                problem = f"unknown treatment '{treatment_id}' (not in treatments.yaml)"
                raise ContentError(Question.FILE, problem, q.id, "treatments")
    for item in listed.values():
        for treatment_id in item.first:
            if treatment_id not in treatments:
                problem = f"unknown treatment '{treatment_id}' (not in treatments.yaml)"
                raise ContentError(item.FILE, problem, item.id, "first")
    for a in aftercare:
        for treatment_id in a.treatments:
            if treatment_id not in treatments:
                problem = f"unknown treatment '{treatment_id}' (not in treatments.yaml)"
                raise ContentError(AftercareItem.FILE, problem, a.id, "treatments")


# A number that says how many people something happened to, or how long they lived: it must say whose
# it is (treatments.yaml `weigh: {<matter>@<kind>: ...}`), so no reader sees another disease's numbers.
OUTCOME_NUMBER = re.compile(
    r"\bout of 100\b|\b\d+(?:\.\d+)?\s+in\s+100\b|\b(?:lived|live|alive|survival)\b[^.]*?\b\d+(?:\.\d+)?\s+months\b",
    re.IGNORECASE,
)


def _check_matters(
    matters: Mapping[str, Matter], treatments: Mapping[str, Treatment], listed: Mapping[str, FirstChoiceList]
) -> None:
    """/decide sets every option of a chooser result beside every matter, for the reader's kind of
    cancer (routes.KINDS): each treatment a list that kind can be shown names, and care for symptoms
    only, says something about each matter for that kind (its comparison cell, or a `weigh` cell for
    the kind, for a mixed group, or for any reader) and what it can feel like. A `weigh` cell never
    says again what a comparison cell says, and a cell with numbers says whose they are."""
    if not matters:
        raise ContentError(Matter.FILE, "there are no matters to weigh")
    for t in treatments.values():
        for key, text in (t.weigh or {}).items():
            matter_id, _, kind = key.partition("@")
            matter = matters.get(matter_id)
            if matter is None:
                problem = f"unknown matter '{matter_id}' (not in matters.yaml)"
                raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{key}")
            if kind and kind not in (*routes.KINDS, routes.ANY_KIND):
                problem = f"unknown kind '{kind}' (use {', '.join((*routes.KINDS, routes.ANY_KIND))})"
                raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{key}")
            if matter.for_all is not None:
                problem = f"'{matter_id}' has one text for every option (matters.yaml for_all)"
                raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{key}")
            if t.compared and matter.compare is not None:
                problem = f"the comparison cell compare.{matter.compare} already says this"
                raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{key}")
            if not kind and (number := OUTCOME_NUMBER.search(text.get("en", ""))):  # the pattern is English
                problem = (
                    f"'{number.group()}': a number must say whose it is; write the key as {matter_id}@<kind> "
                    f"({', '.join(routes.KINDS)}, or {routes.ANY_KIND} for a mixed group the text names)"
                )
                raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{key}")
    for kind, list_ids in routes.LISTS_BY_KIND.items():
        options = dict.fromkeys([*(t for list_id in list_ids for t in listed[list_id].first), routes.SYMPTOM_CARE])
        for treatment_id in options:
            t = treatments[treatment_id]
            weigh = t.weigh or {}
            for matter in matters.values():
                answered = matter.for_all is not None or (t.compared and matter.compare in COMPARE_KEYS)
                keys = (f"{matter.id}@{kind}", f"{matter.id}@{routes.ANY_KIND}", matter.id)
                if not answered and not any(k in weigh for k in keys):
                    problem = (
                        f"what is known about '{matter.id}' for {kind} readers is missing "
                        f"(weigh.{matter.id} or weigh.{matter.id}@{kind})"
                    )
                    raise ContentError(Treatment.FILE, problem, t.id, f"weigh.{matter.id}@{kind}")
            if t.feel is None:
                problem = f"an option {kind} readers weigh on /decide needs what it can feel like"
                raise ContentError(Treatment.FILE, problem, t.id, "feel")


def _check_pathway(
    questions: Mapping[str, PathwayQuestion],
    results: Mapping[str, PathwayResult],
    staging: Mapping[str, StageRow],
    first_choices: Mapping[str, FirstChoices],
    ui: Mapping[str, Text],
) -> None:
    """The chooser's words must cover exactly the questions and answers its rules know, and every
    result, stage, list and flowchart label the rules can name (liverguide/routes.py)."""
    for name, allowed in answers.ALLOWED.items():
        if name not in questions:
            raise ContentError(PathwayQuestion.FILE, "the chooser needs this question", item=name)
        if tuple(questions[name].options) != allowed:
            problem = f"options must be {', '.join(allowed)}, in that order"
            raise ContentError(PathwayQuestion.FILE, problem, name, "options")
    for name in questions:
        if name not in answers.ALLOWED:
            raise ContentError(PathwayQuestion.FILE, "not a question the chooser asks", item=name, field="id")
    for summary in routes.ALL_RESULTS:
        if summary not in results:
            raise ContentError(PathwayResult.FILE, "the chooser needs this result", item=summary)
    for (system, stage), row in routes.STAGE_ROWS.items():
        if row not in staging:
            raise ContentError(StageRow.FILE, f"the stage table needs {system} stage {stage}", item=row)
    for row in staging:
        if row not in routes.STAGE_ROWS.values():
            raise ContentError(StageRow.FILE, "not a stage the chooser knows", item=row, field="id")
    for list_id in routes.FIRST_CHOICES:
        if list_id not in first_choices:
            raise ContentError(FirstChoices.FILE, "the chooser needs this list", item=list_id)
    for list_id in first_choices:
        if list_id not in routes.FIRST_CHOICES:
            raise ContentError(FirstChoices.FILE, "not a list the chooser names", item=list_id, field="id")
    labels = [f"node_{node}" for node in routes.ALL_NODES] + [e.label for e in routes.EDGES if e.label]
    labels += [f"view_{view}" for view in routes.ALL_VIEWS]
    for label in labels:
        if label not in ui:
            raise ContentError(UI_FILE, "the chooser needs this label (liverguide/routes.py)", item=label)
