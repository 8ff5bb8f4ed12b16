"""Treatments, glossary and after-care content: complete, sourced, and linked up."""

from __future__ import annotations

import pytest

from liverguide.content import COMPARE_KEYS, ContentError, load_content, term_ids
from liverguide.drawings import artery_svg
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
REQUIRED_TREATMENTS = {"tace", "tae", "haic", "ablation", "tare", "pve"}


def test_every_treatment_the_guide_promises_is_there_complete_and_sourced():
    assert set(CONTENT.treatments) == REQUIRED_TREATMENTS
    for t in CONTENT.treatments.values():
        assert t.sources, t.id
        assert tuple(t.compare) == COMPARE_KEYS, t.id
        assert t.term in CONTENT.glossary, t.id


def test_every_glossary_entry_and_after_care_item_cites_a_source():
    assert all(term.sources for term in CONTENT.glossary.values())
    assert all(item.sources for item in CONTENT.aftercare)


def test_the_after_care_checklist_has_every_warning_sign_the_guide_promises():
    warnings = " ".join(a.text["en"] for a in CONTENT.aftercare if a.kind == "warning").lower()
    for sign in ("fever", "pain", "vomiting", "bleeding or swelling", "yellow", "cold, numb"):
        assert sign in warnings, sign


def test_every_marked_word_anywhere_has_a_glossary_entry():
    marked = {t for _, _, _, text in CONTENT.all_texts() for words in text.values() for t in term_ids(words)}
    assert marked, "no glossary words are marked at all"
    assert marked <= set(CONTENT.glossary)


def test_pathway_results_link_only_to_treatments_that_exist():
    linked = {t for r in CONTENT.pathway_results.values() for t in r.treatments}
    assert linked and linked <= set(CONTENT.treatments)


def test_a_treatment_with_a_missing_comparison_cell_is_refused(content_folder):
    content_folder.edit("treatments.yaml", "    repeats: {en: Often}\n", "")
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.item, info.value.field) == ("treatments.yaml", "tace", "compare")


def test_an_after_care_item_of_unknown_kind_is_refused(content_folder):
    content_folder.edit("aftercare.yaml", "kind: warning", "kind: maybe")
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.item, info.value.field) == ("aftercare.yaml", "warn_fever", "kind")


def test_the_artery_drawing_names_every_part_and_escapes_its_words():
    labels = {"liver": "Liver", "tumour": "Tumour <b>", "artery": "Artery", "vein": "Vein", "tube": "Tube & wire"}
    svg = artery_svg(labels)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Tumour &lt;b&gt;" in svg and "Tube &amp; wire" in svg
    assert "stroke-dasharray" in svg  # the vein differs from the artery by line style, not colour alone
