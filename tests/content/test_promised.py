"""The shipped content: it loads, and it holds what the guide promises its readers."""

from __future__ import annotations

from liverguide.content import load_content
from liverguide.markup import term_ids
from tests.conftest import ROOT

# Each treatment the guide explains (README, /treatments): the six aimed at the liver, compared side
# by side, and the others a team may talk about.
PROMISED_TREATMENTS = {"tace", "tae", "haic", "ablation", "tare", "pve"}
PROMISED_OTHER_TREATMENTS = {"resection", "transplant", "drugs", "radiotherapy", "tace_ablation", "palliative"}
# Drug treatment for the cancers the two staging systems do not cover (the chooser's other views).
PROMISED_OTHER_TREATMENTS |= {"drugs_spread", "drugs_bile_duct"}
# The signs that mean "call your care team now" after TACE (hospitals' patient sheets).
PROMISED_WARNING_SIGNS = ("fever", "pain", "vomiting", "bleeding or swelling", "yellow", "cold, numb")


def test_the_guide_s_own_content_loads():
    """The one test that fails, naming file, item and field, when an edit breaks the content; the
    tests that need the real content are then skipped with the same message."""
    content = load_content(ROOT / "content")
    assert content.questions and "qa_source" in content.sources


def test_the_walk_through_starts_with_the_clinic_s_three_questions(content):
    assert [q.kind for q in content.questions[:3]] == ["source"] * 3


def test_every_treatment_the_guide_promises_is_there(content):
    assert set(content.treatments) == PROMISED_TREATMENTS | PROMISED_OTHER_TREATMENTS
    assert {t.id for t in content.treatments.values() if t.compared} == PROMISED_TREATMENTS


def test_the_after_care_checklist_has_every_warning_sign_the_guide_promises(content):
    warnings = " ".join(a.text["en"] for a in content.aftercare if a.kind == "warning").lower()
    for sign in PROMISED_WARNING_SIGNS:
        assert sign in warnings, sign


def test_glossary_words_are_marked_in_the_texts(content):
    marked = {t for *_, text in content.all_texts() for words in text.values() for t in term_ids(words)}
    assert marked, "no glossary words are marked at all: the links to /glossary would never show"


def test_the_outcomes_hold_the_clinic_s_figure_as_a_lower_bound(content):
    seed = [o for o in content.outcomes if o.in_seed]
    assert len(seed) == 1
    (seed,) = seed
    assert (seed.value, seed.bound, seed.endpoint, seed.source_id) == (60, "at_least", "5y_survival", "qa_source")
