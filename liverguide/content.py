"""Load every file in content/ into typed objects, and refuse broken content with a clear message.

Every patient-facing text is a `Text`: a mapping from language code to words. Each error names the
file, the item id and the field, so an editor can find and mend it without reading code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from liverguide import pathway

Text = Mapping[str, str]

# [[term_id]] or [[term_id|shown words]] marks a glossary word inside any text.
GLOSSARY_MARK = re.compile(r"\[\[([a-z0-9_]+)(?:\|([^\]]+))?\]\]")
ID_PATTERN = re.compile(r"^[a-z0-9_]+$")

QUESTION_KINDS = ("source", "follow_up")
SECTION_PAGES = ("home", "about", "outcomes", "treatments", "glossary", "aftercare", "handout", "shared")
# Pages that content may point to with `see_also`.
LINKABLE_PAGES = ("questions", "pathway", "outcomes", "treatments", "glossary", "aftercare", "handout", "about")
COMPARE_KEYS = ("reaches", "stay", "repeats", "main_effects")
AFTERCARE_KINDS = ("normal", "warning")
# Running prose per file, graded for reading level (Content.body_texts).
BODY_FIELDS = {
    "pages.yaml": {"body"},
    "questions.yaml": {"answer", "key_points", "meaning"},
    "notes.yaml": {"body"},
    "glossary.yaml": {"definition"},
    "pathway_questions.yaml": {"help"},
    "pathway_results.yaml": {"why", "involves", "ask"},
    "treatments.yaml": {"what", "who", "day", "stay", "side_effects", "recovery"},
    "aftercare.yaml": {"text"},
}
ENDPOINTS = ("5y_survival", "5y_relative_survival")
BOUNDS = ("exact", "at_least", "at_most")
UNITS = ("percent",)
OUTCOME_COLUMNS = (
    "id",
    "label",
    "endpoint",
    "value",
    "bound",
    "unit",
    "population",
    "treatment",
    "source_id",
    "in_seed",
)
# Text columns: `label` holds the default language; `label_zh` (for example) another language.
OUTCOME_TEXT_COLUMNS = ("label", "population", "treatment", "source_short")
META_STATUSES = ("draft", "reviewed")


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


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    authors: str
    year: str
    url: str | None = None
    doi: str | None = None
    location: str | None = None
    read: date | None = None
    name: Text | None = None  # for short citations where authors' names would not help the reader

    @property
    def link(self) -> str | None:
        if self.url:
            return self.url
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    label: Text
    question: Text
    answer: Text
    key_points: tuple[Text, ...]
    meaning: Text
    notes: tuple[str, ...]
    sources: tuple[str, ...]
    original: str | None = None  # the clinic's words as we have them (in the default language)
    original_translation: Text | None = None  # our translation of `original` into each other language
    see_also: str | None = None  # a page (LINKABLE_PAGES) that shows more on this


@dataclass(frozen=True)
class Note:
    id: str
    title: Text
    body: Text
    sources: tuple[str, ...]
    flag: str | None = None  # the research notes' F1 to F7, where guidelines differ from the clinic
    see_also: str | None = None  # a page (LINKABLE_PAGES) that shows more on this


@dataclass(frozen=True)
class PathwayQuestion:
    id: str  # a field of liverguide.pathway.Answers
    short: Text
    question: Text
    help: Text
    options: Mapping[str, Text]  # answer id -> words, in the order shown
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PathwayResult:
    id: str  # liverguide.pathway.Result.summary
    headline: Text
    why: Text
    involves: Text
    ask: tuple[Text, ...]
    sources: tuple[str, ...]
    treatments: tuple[str, ...] = ()  # treatments.yaml ids that "what it involves" links to


@dataclass(frozen=True)
class Term:
    id: str
    term: Text
    say: Text
    definition: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    id: str
    page: str
    heading: Text
    body: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Treatment:
    id: str
    term: str  # glossary id of its name
    short: Text  # for links, which must fit a phone on one line
    name: Text
    what: Text
    who: Text
    day: Text
    stay: Text
    side_effects: tuple[Text, ...]
    recovery: Text
    compare: Mapping[str, Text]  # COMPARE_KEYS -> a short cell
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AftercareItem:
    id: str
    kind: str  # normal or warning
    text: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """One number from outcomes.csv: a share of a group of people, with its provenance."""

    id: str
    label: Text
    endpoint: str  # one of ENDPOINTS; each chart shows one endpoint
    value: float  # percent, 0 to 100
    bound: str  # exact, at_least ("more than") or at_most
    unit: str
    population: Text
    treatment: Text
    source_id: str
    source_short: Text
    in_seed: bool  # the clinic's own figure


@dataclass(frozen=True)
class Meta:
    default_language: str
    languages: Mapping[str, str]
    updated: date
    next_review: date
    # "draft" until a liver cancer care team has checked this version; then "reviewed".
    status: str


@dataclass(frozen=True)
class Content:
    meta: Meta
    sources: Mapping[str, Source]
    ui: Mapping[str, Text]
    sections: Mapping[str, Section]
    questions: tuple[Question, ...]
    notes: Mapping[str, Note]
    glossary: Mapping[str, Term]
    pathway_questions: Mapping[str, PathwayQuestion]
    pathway_results: Mapping[str, PathwayResult]
    outcomes: tuple[Outcome, ...]
    treatments: Mapping[str, Treatment]
    aftercare: tuple[AftercareItem, ...]

    def text(self, text: Text, lang: str) -> str:
        """The text in `lang` (the loader made sure every text has every language)."""
        return text[lang]

    def ui_text(self, key: str, lang: str, **values: Any) -> str:
        return self.text(self.ui[key], lang).format(**values)

    def citation(self, source_id: str, lang: str) -> str:
        """A short citation: 'Reig M, Forner A, Rimola J, et al. (2022)', or the source's own name."""
        s = self.sources[source_id]
        who = self.text(s.name, lang) if s.name else s.authors
        return self.ui_text("citation", lang, who=who, year=self.source_year(source_id, lang))

    def source_year(self, source_id: str, lang: str) -> str:
        year = self.sources[source_id].year
        return self.ui_text("undated", lang) if year == "undated" else year

    def separator(self, lang: str) -> str:
        """Between items in a line: '; ' in English, '；' in Chinese (its full-width marks carry their own space)."""
        mark = self.ui_text("list_separator", lang)
        return mark + " " if mark.isascii() else mark

    def labelled(self, label: str, value: str, lang: str) -> str:
        """'Label: value' with the language's own colon (Chinese uses a full-width one)."""
        return self.ui_text("labelled", lang, label=label, value=value)

    def all_texts(self) -> Iterator[tuple[str, str, str, Text]]:
        """(file, item id, field, text) for every patient-facing text."""
        for key, text in self.ui.items():
            yield "ui.yaml", key, "text", text
        for source in self.sources.values():
            if source.name:
                yield "sources.yaml", source.id, "name", source.name
        for s in self.sections.values():
            yield "pages.yaml", s.id, "heading", s.heading
            yield "pages.yaml", s.id, "body", s.body
        for q in self.questions:
            yield "questions.yaml", q.id, "label", q.label
            yield "questions.yaml", q.id, "question", q.question
            yield "questions.yaml", q.id, "answer", q.answer
            for i, point in enumerate(q.key_points, 1):
                yield "questions.yaml", q.id, f"key_points[{i}]", point
            yield "questions.yaml", q.id, "meaning", q.meaning
        for n in self.notes.values():
            yield "notes.yaml", n.id, "title", n.title
            yield "notes.yaml", n.id, "body", n.body
        for t in self.glossary.values():
            yield "glossary.yaml", t.id, "term", t.term
            yield "glossary.yaml", t.id, "say", t.say
            yield "glossary.yaml", t.id, "definition", t.definition
        for pq in self.pathway_questions.values():
            for field in ("short", "question", "help"):
                yield "pathway_questions.yaml", pq.id, field, getattr(pq, field)
            for option, words in pq.options.items():
                yield "pathway_questions.yaml", pq.id, f"options.{option}", words
        for r in self.pathway_results.values():
            for field in ("headline", "why", "involves"):
                yield "pathway_results.yaml", r.id, field, getattr(r, field)
            for i, question in enumerate(r.ask, 1):
                yield "pathway_results.yaml", r.id, f"ask[{i}]", question
        for o in self.outcomes:
            for field in OUTCOME_TEXT_COLUMNS:
                yield "outcomes.csv", o.id, field, getattr(o, field)
        for t in self.treatments.values():
            for field in ("short", "name", "what", "who", "day", "stay", "recovery"):
                yield "treatments.yaml", t.id, field, getattr(t, field)
            for i, effect in enumerate(t.side_effects, 1):
                yield "treatments.yaml", t.id, f"side_effects[{i}]", effect
            for key, cell in t.compare.items():
                yield "treatments.yaml", t.id, f"compare.{key}", cell
        for a in self.aftercare:
            yield "aftercare.yaml", a.id, "text", a.text

    def body_texts(self, lang: str) -> Iterator[tuple[str, str, str]]:
        """(file, item id, running text) of each item's body, for reading-level checks.

        Derived from all_texts, so every field is in exactly one place. Headings, questions, names of
        terms, how-to-say lines, UI labels, comparison cells and the clinic's quoted words are left
        out: they are not our running prose.
        """
        grouped: dict[tuple[str, str], list[str]] = {}
        for file, item, field, text in self.all_texts():
            if field.split("[")[0] in BODY_FIELDS.get(file, ()):
                grouped.setdefault((file, item), []).append(text.get(lang, ""))
        for (file, item), parts in grouped.items():
            yield file, item, "\n".join(parts)


def term_ids(text: str) -> list[str]:
    """Glossary ids marked in `text`, in order, without repeats."""
    return list(dict.fromkeys(m.group(1) for m in GLOSSARY_MARK.finditer(text)))


def replace_terms(text: str, shown: Callable[[str, str | None], str]) -> str:
    """`text` with each glossary mark replaced by shown(term_id, words_or_None)."""
    return GLOSSARY_MARK.sub(lambda m: shown(m.group(1), m.group(2)), text)


# ---------------------------------------------------------------------------------------------
# Loading


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


# Field kinds: text (a Text in every language), translation (a Text in every language but the default),
# texts (a non-empty list of Text), options (answer id -> Text), str, date,
# sources (source ids), ids (other ids, checked by the caller). A trailing "?" means optional.
SCHEMAS: dict[str, dict[str, str]] = {
    "sources.yaml": {
        "title": "str",
        "authors": "str",
        "year": "str",
        "url": "str?",
        "doi": "str?",
        "location": "str?",
        "read": "date?",
        "name": "text?",
    },
    "pages.yaml": {"page": "str", "heading": "text", "body": "text", "sources": "sources"},
    "questions.yaml": {
        "kind": "str",
        "label": "text",
        "question": "text",
        "answer": "text",
        "key_points": "texts",
        "meaning": "text",
        "original": "str?",
        "original_translation": "translation?",
        "notes": "ids",
        "sources": "sources",
        "see_also": "page?",
    },
    "notes.yaml": {"flag": "str?", "title": "text", "body": "text", "sources": "sources", "see_also": "page?"},
    "pathway_questions.yaml": {
        "short": "text",
        "question": "text",
        "help": "text",
        "options": "options",
        "sources": "sources",
    },
    "pathway_results.yaml": {
        "headline": "text",
        "why": "text",
        "involves": "text",
        "ask": "texts",
        "sources": "sources",
        "treatments": "ids?",
    },
    "treatments.yaml": {
        "term": "str",
        "short": "text",
        "name": "text",
        "what": "text",
        "who": "text",
        "day": "text",
        "stay": "text",
        "side_effects": "texts",
        "recovery": "text",
        "compare": "options",
        "sources": "sources",
    },
    "aftercare.yaml": {"kind": "str", "text": "text", "sources": "sources"},
    "glossary.yaml": {"term": "text", "say": "text", "definition": "text", "sources": "sources"},
}


class _Checker:
    """Validates raw YAML values for one file, with the language and source lists in hand."""

    def __init__(self, file: str, languages: Mapping[str, str], default: str, source_ids: set[str]):
        self.file, self.languages, self.default, self.source_ids = file, languages, default, source_ids

    def error(self, problem: str, item: str | None = None, field: str | None = None) -> ContentError:
        return ContentError(self.file, problem, item=item, field=field)

    def text(self, value: Any, item: str, field: str, translation: bool = False) -> dict[str, str]:
        if isinstance(value, str):
            raise self.error("needs one text per language, like 'en: ...'; found a plain string", item, field)
        if not isinstance(value, Mapping) or not value:
            raise self.error("needs one text per language, like 'en: ...'", item, field)
        for lang, words in value.items():
            if lang not in self.languages:
                raise self.error(
                    f"unknown language '{lang}' (meta.yaml lists {', '.join(self.languages)})", item, field
                )
            if not isinstance(words, str) or not words.strip():
                raise self.error(f"empty text for language '{lang}'", item, field)
        for lang in self.languages:
            if lang not in value and not (translation and lang == self.default):
                raise self.error(f"no text in language '{lang}' (each text needs every language)", item, field)
        if translation and self.default in value:
            raise self.error(f"a translation needs no '{self.default}' text: that is the original", item, field)
        return {lang: words.strip() for lang, words in value.items()}

    def items(self, data: Any, schema: Mapping[str, str]) -> list[dict[str, Any]]:
        if not isinstance(data, list):
            raise self.error("expected a list of items, each starting with '- id: ...'")
        seen: set[str] = set()
        result = []
        for n, raw in enumerate(data, 1):
            label = f"#{n}"
            if not isinstance(raw, Mapping):
                raise self.error("each item must be a mapping of fields", item=label)
            item_id = raw.get("id")
            if not isinstance(item_id, str) or not item_id.strip():
                raise self.error("required field is missing", item=label, field="id")
            if not ID_PATTERN.match(item_id):
                raise self.error("ids are lower_snake_case: letters, digits and _", item=item_id, field="id")
            if item_id in seen:
                raise self.error("duplicate id", item=item_id, field="id")
            seen.add(item_id)
            result.append(self.fields(raw, item_id, schema))
        return result

    def fields(self, raw: Mapping[str, Any], item: str, schema: Mapping[str, str]) -> dict[str, Any]:
        unknown = set(raw) - set(schema) - {"id"}
        if unknown:
            raise self.error("unknown field (check the spelling)", item, sorted(unknown)[0])
        out: dict[str, Any] = {"id": item}
        for field, kind in schema.items():
            optional = kind.endswith("?")
            kind = kind.rstrip("?")
            if field not in raw or raw[field] is None:
                if optional:
                    continue
                raise self.error("required field is missing", item, field)
            value = raw[field]
            if kind == "str":
                if isinstance(value, (int, float, date)) and not isinstance(value, bool):
                    value = str(value)
                if not isinstance(value, str) or not value.strip():
                    raise self.error("empty text", item, field)
                out[field] = " ".join(value.split()) if field == "original" else value.strip()
            elif kind == "page":
                if value not in LINKABLE_PAGES:
                    raise self.error(f"unknown page '{value}' (use {', '.join(LINKABLE_PAGES)})", item, field)
                out[field] = value
            elif kind == "date":
                if not isinstance(value, date):
                    raise self.error("needs a date like 2026-11-27", item, field)
                out[field] = value
            elif kind in ("text", "translation"):
                out[field] = self.text(value, item, field, translation=kind == "translation")
            elif kind == "options":
                if not isinstance(value, Mapping) or not value:
                    raise self.error("needs answer ids with their words, like 'yes: {en: Yes}'", item, field)
                out[field] = {str(k): self.text(v, item, f"{field}.{k}") for k, v in value.items()}
            elif kind == "texts":
                if not isinstance(value, list) or not value:
                    raise self.error("needs a list with at least one entry", item, field)
                out[field] = tuple(self.text(v, item, f"{field}[{i}]") for i, v in enumerate(value, 1))
            elif kind in ("sources", "ids"):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise self.error("needs a list of ids, like [qa_source]", item, field)
                if kind == "sources":
                    for source_id in value:
                        if source_id not in self.source_ids:
                            raise self.error(f"unknown source id '{source_id}' (not in sources.yaml)", item, field)
                out[field] = tuple(value)
        return out


def load_content(root: Path) -> Content:
    """Read and check every content file under `root`. Raises ContentError on the first problem."""
    root = Path(root)
    meta = _load_meta(root)
    langs, default = meta.languages, meta.default_language

    raw_sources = _Checker("sources.yaml", langs, default, set()).items(
        _read_yaml(root, "sources.yaml"), SCHEMAS["sources.yaml"]
    )
    for s in raw_sources:
        if not (s.get("url") or s.get("doi") or s.get("location")):
            raise ContentError("sources.yaml", "needs a url, a doi or a location", item=s["id"], field="url")
    sources = {s["id"]: Source(**s) for s in raw_sources}
    source_ids = set(sources)

    def items(name: str) -> list[dict[str, Any]]:
        return _Checker(name, langs, default, source_ids).items(_read_yaml(root, name), SCHEMAS[name])

    ui = _load_ui(root, langs, default)
    sections = {s["id"]: Section(**s) for s in items("pages.yaml")}
    notes = {n["id"]: Note(**n) for n in items("notes.yaml")}
    glossary = {t["id"]: Term(**t) for t in items("glossary.yaml")}
    questions = tuple(Question(**q) for q in items("questions.yaml"))
    pathway_questions = {q["id"]: PathwayQuestion(**q) for q in items("pathway_questions.yaml")}
    pathway_results = {r["id"]: PathwayResult(**r) for r in items("pathway_results.yaml")}
    _check_pathway(pathway_questions, pathway_results)

    for s in sections.values():
        if s.page not in SECTION_PAGES:
            raise ContentError("pages.yaml", f"unknown page '{s.page}' (use {', '.join(SECTION_PAGES)})", s.id, "page")
    for q in questions:
        if q.kind not in QUESTION_KINDS:
            raise ContentError(
                "questions.yaml", f"unknown kind '{q.kind}' (use {' or '.join(QUESTION_KINDS)})", q.id, "kind"
            )
        for note_id in q.notes:
            if note_id not in notes:
                raise ContentError("questions.yaml", f"unknown note id '{note_id}' (not in notes.yaml)", q.id, "notes")
        if q.kind == "source" and (not q.original or "qa_source" not in q.sources):
            raise ContentError(
                "questions.yaml", "a question from the clinic needs its original words and qa_source", q.id, "original"
            )
        if q.original and len(langs) > 1 and not q.original_translation:
            raise ContentError(
                "questions.yaml",
                "the clinic's words need a translation for each other language",
                q.id,
                "original_translation",
            )
    if not questions:
        raise ContentError("questions.yaml", "there are no questions")

    outcomes = _load_outcomes(root, langs, default, source_ids)
    treatments = {t["id"]: Treatment(**t) for t in items("treatments.yaml")}
    aftercare = tuple(AftercareItem(**a) for a in items("aftercare.yaml"))
    _check_treatments(treatments, glossary, pathway_results, aftercare)
    content = Content(
        meta,
        sources,
        ui,
        sections,
        questions,
        notes,
        glossary,
        pathway_questions,
        pathway_results,
        outcomes,
        treatments,
        aftercare,
    )
    for file, item, field, text in content.all_texts():
        for words in text.values():
            for term_id in term_ids(words):
                if term_id not in glossary:
                    raise ContentError(file, f"unknown glossary term '{term_id}' (not in glossary.yaml)", item, field)
    return content


def _check_treatments(
    treatments: Mapping[str, Treatment],
    glossary: Mapping[str, Term],
    results: Mapping[str, PathwayResult],
    aftercare: tuple[AftercareItem, ...],
) -> None:
    for t in treatments.values():
        if t.term not in glossary:
            raise ContentError(
                "treatments.yaml", f"unknown glossary term '{t.term}' (not in glossary.yaml)", t.id, "term"
            )
        if tuple(t.compare) != COMPARE_KEYS:
            raise ContentError(
                "treatments.yaml", f"compare needs {', '.join(COMPARE_KEYS)}, in that order", t.id, "compare"
            )
    for r in results.values():
        for treatment_id in r.treatments:
            if treatment_id not in treatments:
                raise ContentError(
                    "pathway_results.yaml",
                    f"unknown treatment '{treatment_id}' (not in treatments.yaml)",
                    r.id,
                    "treatments",
                )
    for a in aftercare:
        if a.kind not in AFTERCARE_KINDS:
            raise ContentError(
                "aftercare.yaml", f"unknown kind '{a.kind}' (use {' or '.join(AFTERCARE_KINDS)})", a.id, "kind"
            )


def _check_pathway(questions: Mapping[str, PathwayQuestion], results: Mapping[str, PathwayResult]) -> None:
    """The chooser's words must cover exactly the questions and answers its rules know."""
    for name, allowed in pathway.ALLOWED.items():
        if name not in questions:
            raise ContentError("pathway_questions.yaml", "the chooser needs this question", item=name)
        if tuple(questions[name].options) != allowed:
            raise ContentError(
                "pathway_questions.yaml", f"options must be {', '.join(allowed)}, in that order", name, "options"
            )
    for name in questions:
        if name not in pathway.ALLOWED:
            raise ContentError("pathway_questions.yaml", "not a question the chooser asks", item=name, field="id")
    for summary in pathway.SUMMARIES:
        if summary not in results:
            raise ContentError("pathway_results.yaml", "the chooser needs this result", item=summary)


def _load_outcomes(root: Path, languages: Mapping[str, str], default: str, source_ids: set[str]) -> tuple[Outcome, ...]:
    name = "outcomes.csv"
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
    outcomes, seen = [], set()
    for n, row in enumerate(rows, 2):  # row 1 is the header
        item = f"row {n} ({row.get('id') or 'no id'})"

        def bad(problem: str, column: str, item: str = item) -> ContentError:
            return ContentError(name, problem, item=item, field=column)

        for column in OUTCOME_COLUMNS:
            if not (row.get(column) or "").strip():
                raise bad("empty value", column)
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if row["id"] in seen or not ID_PATTERN.match(row["id"]):
            raise bad("duplicate id" if row["id"] in seen else "ids are lower_snake_case", "id")
        seen.add(row["id"])
        try:
            value = float(row["value"])
        except ValueError:
            raise bad(f"not a number: {row['value']!r}", "value") from None
        if not 0 <= value <= 100:
            raise bad(f"{value:g} is outside 0 to 100", "value")
        for column, allowed in (
            ("endpoint", ENDPOINTS),
            ("bound", BOUNDS),
            ("unit", UNITS),
            ("in_seed", ("true", "false")),
        ):
            if row[column] not in allowed:
                raise bad(f"{row[column]!r} is not one of {', '.join(allowed)}", column)
        if row["source_id"] not in source_ids:
            raise bad(f"unknown source id '{row['source_id']}' (not in sources.yaml)", "source_id")
        # source_short is optional: without it, the label stands in.
        texts = {column: {default: row.get(column) or row["label"]} for column in OUTCOME_TEXT_COLUMNS}
        for column in OUTCOME_TEXT_COLUMNS:
            for lang in languages:
                if lang != default:
                    if not row.get(f"{column}_{lang}"):
                        raise bad(f"no text in language '{lang}' (each text needs every language)", f"{column}_{lang}")
                    texts[column][lang] = row[f"{column}_{lang}"]
        outcomes.append(
            Outcome(
                id=row["id"],
                endpoint=row["endpoint"],
                value=value,
                bound=row["bound"],
                unit=row["unit"],
                source_id=row["source_id"],
                in_seed=row["in_seed"] == "true",
                **texts,
            )
        )
    if sum(o.in_seed for o in outcomes) != 1:
        raise ContentError(name, "exactly one row needs in_seed true: the clinic's own figure", field="in_seed")
    return tuple(outcomes)


def _load_meta(root: Path) -> Meta:
    data = _read_yaml(root, "meta.yaml")
    if not isinstance(data, Mapping):
        raise ContentError("meta.yaml", "expected fields like 'default_language: en'")
    for field in ("default_language", "languages", "updated", "next_review"):
        if data.get(field) in (None, "", {}):
            raise ContentError("meta.yaml", "required field is missing", field=field)
    languages = data["languages"]
    if not isinstance(languages, Mapping) or not all(isinstance(v, str) and v.strip() for v in languages.values()):
        raise ContentError("meta.yaml", "needs language codes with their names, like 'en: English'", field="languages")
    if data["default_language"] not in languages:
        raise ContentError("meta.yaml", "the default language is not in languages", field="default_language")
    for field in ("updated", "next_review"):
        if not isinstance(data[field], date):
            raise ContentError("meta.yaml", "needs a date like 2026-11-27", field=field)
    if data.get("status") not in META_STATUSES:
        raise ContentError("meta.yaml", f"needs one of {', '.join(META_STATUSES)}", field="status")
    return Meta(data["default_language"], dict(languages), data["updated"], data["next_review"], data["status"])


def _load_ui(root: Path, languages: Mapping[str, str], default: str) -> dict[str, dict[str, str]]:
    data = _read_yaml(root, "ui.yaml")
    if not isinstance(data, Mapping):
        raise ContentError("ui.yaml", "expected one entry per label, like 'next: {en: Next}'")
    check = _Checker("ui.yaml", languages, default, set())
    return {str(key): check.text(value, str(key), "text") for key, value in data.items()}
