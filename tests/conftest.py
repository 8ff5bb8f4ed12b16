"""Shared fixtures: the guide's own content (once per run), a copy of it to set one thing in, and a
small, valid content folder that each test can break in one place."""

from __future__ import annotations

import csv
import io
import re
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml

from liverguide.answers import ALLOWED
from liverguide.content import CONTENT_SETTING, OUTCOME_TEXT_COLUMNS, Content, ContentError, load_content
from liverguide.content.model import CHECK_TOPICS, EVIDENCE_LEVELS
from liverguide.routes import ALL_NODES, ALL_RESULTS, ALL_VIEWS, EDGES, FIRST_CHOICES, STAGE_ROWS
from liverguide.site import PAGES

ROOT = Path(__file__).resolve().parents[1]

MINIMAL = {
    "meta.yaml": """
        default_language: en
        languages: {en: English}
        updated: 2026-11-27
        next_review: 2027-11-27
        status: draft
    """,
    "sources.yaml": """
        - id: qa_source
          title: Clinic Q&A
          authors: A clinic
          year: undated
          location: held by the editors
        - id: trial_2020
          title: A trial
          authors: Smith J
          year: 2020
          doi: 10.1000/xyz
    """,
    "pages.yaml": """
        - id: home_who_for
          page: home
          sources: []
          heading: {en: Who it is for}
          body: {en: People with liver cancer.}
    """,
    "notes.yaml": """
        - id: note_one
          flag: F1
          sources: [trial_2020]
          evidence: [trials]
          checked: 2026-11-27
          title: {en: A note}
          body: {en: Trials say something else.}
    """,
    "glossary.yaml": """
        - id: tace
          sources: [trial_2020]
          term: {en: TACE}
          say: {en: tayss}
          definition: {en: A treatment through the artery.}
    """,
    "questions.yaml": """
        - id: q_one
          kind: source
          label: {en: Who}
          sources: [qa_source]
          evidence: [clinic]
          checked: 2026-11-27
          notes: [note_one]
          question: {en: "Who can have it?"}
          answer: {en: "Many people can have [[tace]]."}
          key_points:
            - {en: One point.}
          meaning: {en: Ask your team.}
          original: The clinic's words.
    """,
}


def _pathway_files() -> dict[str, str]:
    """Pathway questions, results, stage rows and first-choice lists that cover exactly what the
    chooser knows (liverguide/answers.py, liverguide/routes.py); every list names drug treatment."""
    questions = []
    for name, allowed in ALLOWED.items():
        options = "".join(f'            "{o}": {{en: Option {o}}}\n' for o in allowed)
        questions.append(
            f"        - id: {name}\n          sources: []\n          short: {{en: Short}}\n"
            f"          question: {{en: Question}}\n          help: {{en: Help.}}\n          options:\n{options}"
        )
    results = [
        f"        - id: {s}\n          sources: [qa_source]\n          evidence: [clinic]\n"
        f"          checked: 2026-11-27\n          headline: {{en: Headline}}\n          decision: {{en: Deciding.}}\n"
        f"          why: {{en: Why.}}\n          involves: {{en: What.}}\n          ask:\n            - {{en: Ask.}}\n"
        for s in ALL_RESULTS
    ]
    listed = "          first: [drugs]\n          grade: B\n          sources: [trial_2020]\n"
    listed += "          evidence: [guidelines]\n          checked: 2026-11-27\n"
    stages = [
        f'        - id: {row}\n          system: {system}\n          stage: "{stage}"\n{listed}'
        f"          name: {{en: early}}\n          means: {{en: One tumour.}}\n"
        for (system, stage), row in STAGE_ROWS.items()
    ]
    lists = [
        f"        - id: {list_id}\n          view: {list_id.split('_')[0]}\n{listed}          says: {{en: It says.}}\n"
        for list_id in FIRST_CHOICES
    ]
    return {
        "pathway_questions.yaml": "\n" + "".join(questions),
        "pathway_results.yaml": "\n" + "".join(results),
        "staging.yaml": "\n" + "".join(stages),
        "first_choices.yaml": "\n" + "".join(lists),
    }


def _chooser_labels() -> str:
    """The ui.yaml labels the chooser's flowchart and views need (the loader refuses a guide without them)."""
    keys = [f"node_{node}" for node in ALL_NODES] + [f"view_{view}" for view in ALL_VIEWS]
    keys += list(dict.fromkeys(e.label for e in EDGES if e.label))
    return "".join(f"{key}: {{en: Label {key}}}\n" for key in keys)


def _page_labels() -> str:
    """The ui.yaml labels that liverguide.site's pages need (the loader refuses a guide without them)."""
    keys = [key for p in PAGES for key in (p.nav_key, p.title_key, *([p.see_key] if p.linkable else []))]
    return "".join(f"{key}: {{en: Label {key}}}\n" for key in keys)


MINIMAL.update(_pathway_files())
MINIMAL["ui.yaml"] = (
    textwrap.dedent("""
        next: {en: Next}
        labelled: {en: "{label}: {value}"}
        list_separator: {en: ";"}
        citation: {en: "{who} ({year})"}
        undated: {en: undated}
        date: {en: "{d.day} {d:%B %Y}"}
        word_with_sound: {en: "{word} (say it: _{say}_)"}
        evidence_line: {en: "How we know: {levels}. Checked {day}."}
    """)
    + _page_labels()
    + _chooser_labels()
    + "".join(f"evidence_{level}: {{en: Level {level}}}\n" for level in EVIDENCE_LEVELS)
    + "".join(f"check_topic_{topic}: {{en: Topic {topic}}}\n" for topic in CHECK_TOPICS)
)
MINIMAL["treatments.yaml"] = """
    - id: tace
      term: tace
      sources: [trial_2020]
      evidence: [trials]
      checked: 2026-11-27
      short: {en: TACE}
      name: {en: TACE}
      what: {en: What it is.}
      who: {en: Who it is for.}
      not_for: {en: Not for people whose liver is failing.}
      day: {en: The day.}
      stay: {en: A night.}
      side_effects:
        - {en: Fever.}
      recovery: {en: A week.}
      compare:
        reaches: {en: Artery}
        stay: {en: A night}
        repeats: {en: Often}
        main_effects: {en: Fever}
    - id: drugs
      term: tace
      sources: [trial_2020]
      evidence: [trials]
      checked: 2026-11-27
      short: {en: Drugs}
      name: {en: Drug treatment}
      what: {en: Medicine.}
      who: {en: Late stage.}
      not_for: {en: Not when the liver is failing.}
      weigh:
        longer_life: {en: "Longer (Smith, 2020)."}
        little_hospital: {en: "A day visit (Smith, 2020)."}
      feel: {en: "Visits every few weeks (Smith, 2020)."}
    - id: palliative
      term: tace
      sources: [trial_2020]
      evidence: [trials]
      checked: 2026-11-27
      short: {en: Palliative care}
      name: {en: Care for symptoms}
      what: {en: Care that eases troubles.}
      who: {en: Anyone.}
      not_for: {en: No one.}
      weigh:
        longer_life: {en: "It does not aim at the cancer (Smith, 2020)."}
        little_hospital: {en: "At home or in a clinic (Smith, 2020)."}
      feel: {en: "A real choice (Smith, 2020)."}
"""
MINIMAL["aftercare.yaml"] = """
    - id: warn_fever
      treatments: [tace]
      kind: warning
      sources: [trial_2020]
      evidence: [hospitals]
      checked: 2026-11-27
      text: {en: A high fever}
"""
MINIMAL["matters.yaml"] = """
    - id: longer_life
      statement: {en: Living as long as possible}
    - id: little_hospital
      compare: stay
      statement: {en: Spending little time in hospital}
    - id: cost
      statement: {en: What it costs}
      for_all: {en: Ask the hospital.}
"""
MINIMAL["checks.yaml"] = "".join(
    f"""
    - id: check_{topic}
      topic: {topic}
      sources: [trial_2020]
      evidence: [trials]
      checked: 2026-11-27
      question: {{en: "Which one?"}}
      options:
        a: {{en: This one}}
        b: {{en: That one}}
      right: a
      explain: {{en: It is this one.}}"""
    for topic in CHECK_TOPICS
)
MINIMAL["outcomes.csv"] = """
    id,label,endpoint,value,bound,unit,population,about,treatment,source_id,evidence,checked,in_seed
    seed_5y,The clinic's figure,5y_survival,60,at_least,percent,Small,hcc,Clinic,qa_source,clinic,2026-11-27,true
    trial_5y,A trial,5y_survival,63.1,exact,percent,162 people,hcc bile_duct,Ablation,trial_2020,trials,2026-11-27,false
"""
MINIMAL["changes.yaml"] = """
    - id: first_version
      day: 2026-11-27
      text: {en: The first version.}
"""


class ContentFolder:
    """A content folder in a temp dir; `write` replaces one file to break it."""

    def __init__(self, root: Path):
        self.root = root
        for name, text in MINIMAL.items():
            self.write(name, text)

    def write(self, name: str, text: str) -> None:
        (self.root / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture text {old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def add_language(self, lang: str, name: str) -> None:
        """Offer `lang` too, with every text translated (as '<lang>: <English>'), so one can then be broken."""
        self.edit("meta.yaml", "languages: {en: English}", f"languages: {{en: English, {lang}: {name}}}")

        def translated(node):
            if isinstance(node, dict) and "en" in node:
                return {**node, lang: f"{lang}: {node['en']}"}
            if isinstance(node, dict):
                node = {k: translated(v) for k, v in node.items()}
                if "original" in node:
                    node["original_translation"] = {lang: f"{lang}: {node['original']}"}
                return node
            return [translated(v) for v in node] if isinstance(node, list) else node

        for path in self.root.glob("*.yaml"):
            if path.name != "meta.yaml":
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
                path.write_text(yaml.safe_dump(translated(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO((self.root / "outcomes.csv").read_text(encoding="utf-8"))))
        for row in rows:
            row.update({f"{c}_{lang}": f"{lang}: {row.get(c) or row['label']}" for c in OUTCOME_TEXT_COLUMNS})
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (self.root / "outcomes.csv").write_text(out.getvalue(), encoding="utf-8")


@pytest.fixture
def content_folder(tmp_path: Path) -> ContentFolder:
    return ContentFolder(tmp_path)


# ---------------------------------------------------------------------------------------------
# The guide's own content


@pytest.fixture(scope="session")
def content() -> Content:
    """The shipped content, read once for the whole run.

    If an edit broke it, the one test that loads it directly (tests/content/test_promised.py) fails
    with the file, item and field; every test that needs it is skipped with the same words, and the
    tests that do not need it still run.
    """
    try:
        return load_content(ROOT / "content")
    except ContentError as exc:
        pytest.skip(f"the guide's content does not load: {exc}")


# A care team that exists only in the tests, for a reviewed copy of the guide.
REVIEWERS = {"en": "the test hospital's liver cancer team", "zh": "测试医院肝癌团队"}


class GuideCopy:
    """A copy of the guide's content folder, for tests of what the content says at one time (draft
    or reviewed, the dates): set the one thing the test is about, instead of relying on today's values."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch):
        shutil.copytree(ROOT / "content", root)
        self.root, self._monkeypatch = root, monkeypatch

    def set_meta(self, field: str, value: str) -> None:
        path = self.root / "meta.yaml"
        text, n = re.subn(rf"(?m)^{field}:.*$", f"{field}: {value}", path.read_text(encoding="utf-8"))
        assert n == 1, f"meta.yaml has no single '{field}:' line"
        path.write_text(text, encoding="utf-8")

    def mark_reviewed(self, on: str = "2026-12-20") -> None:
        """As a care team's check would leave it: status reviewed, with who checked it and the day."""
        self.set_meta("status", "reviewed")
        path = self.root / "meta.yaml"
        with path.open("a", encoding="utf-8") as f:
            f.write(f"reviewed_by:\n  en: {REVIEWERS['en']}\n  zh: {REVIEWERS['zh']}\nreviewed_on: {on}\n")

    def content(self) -> Content:
        return load_content(self.root)

    def use(self) -> None:
        """Serve this folder instead of content/ (AppTest runs the app in this process)."""
        self._monkeypatch.setenv(CONTENT_SETTING, str(self.root))


@pytest.fixture
def guide_copy(content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GuideCopy:
    """(Needs the shipped content to load, like every test that uses it.)"""
    return GuideCopy(tmp_path / "content", monkeypatch)


# ---------------------------------------------------------------------------------------------
# The reading edition


@pytest.fixture(scope="session")
def edition(content: Content, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reading edition of the shipped content (make site), built once for the run into a temp folder."""
    from liverguide.reading_edition import build

    out = tmp_path_factory.mktemp("edition") / "site"
    build(content, out, SITE_URL)
    return out


SITE_URL = "https://guide.example.org/"
