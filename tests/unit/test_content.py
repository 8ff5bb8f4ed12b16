"""liverguide.content: valid content loads; each kind of broken content gets its own clear error."""

from __future__ import annotations

import pytest

from liverguide.content import ContentError, load_content, replace_terms, term_ids
from tests.conftest import ROOT


def error_for(folder) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(folder.root)
    return info.value


def test_the_guide_s_own_content_loads():
    content = load_content(ROOT / "content")
    assert len(content.questions) >= 7
    assert "qa_source" in content.sources
    assert [q.kind for q in content.questions[:3]] == ["source"] * 3


def test_a_small_valid_folder_loads_into_typed_objects(content_folder):
    content = load_content(content_folder.root)
    q = content.questions[0]
    assert q.id == "q_one" and q.question["en"] == "Who can have it?"
    assert q.notes == ("note_one",) and q.sources == ("qa_source",)
    assert content.sources["trial_2020"].link == "https://doi.org/10.1000/xyz"
    assert content.ui_text("next", "en") == "Next"


def test_a_missing_required_field_names_file_item_and_field(content_folder):
    content_folder.edit("questions.yaml", "  meaning: {en: Ask your team.}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("questions.yaml", "q_one", "meaning")
    assert "questions.yaml" in str(err) and "q_one" in str(err) and "meaning" in str(err)
    assert "missing" in str(err)


def test_an_empty_text_is_refused(content_folder):
    content_folder.edit("glossary.yaml", "definition: {en: A treatment through the artery.}", 'definition: {en: "  "}')
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("glossary.yaml", "tace", "definition")
    assert "empty text" in str(err)


def test_a_duplicate_id_in_a_list_is_refused(content_folder):
    content_folder.write(
        "notes.yaml",
        """
        - id: note_one
          flag: F1
          sources: [trial_2020]
          title: {en: A note}
          body: {en: Trials say something else.}
        - id: note_one
          flag: F2
          sources: [trial_2020]
          title: {en: Another}
          body: {en: More words.}
    """,
    )
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("notes.yaml", "note_one", "id")
    assert "duplicate id" in str(err)


def test_a_duplicate_key_in_the_ui_strings_is_refused(content_folder):
    content_folder.write("ui.yaml", "next: {en: Next}\nnext: {en: Onward}\n")
    err = error_for(content_folder)
    assert (err.file, err.item) == ("ui.yaml", "next")
    assert "duplicate id" in str(err)


def test_an_unknown_source_id_is_named(content_folder):
    content_folder.edit("notes.yaml", "sources: [trial_2020]", "sources: [trial_2020, nowhere_1999]")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("notes.yaml", "note_one", "sources")
    assert "nowhere_1999" in str(err) and "sources.yaml" in str(err)


def test_a_file_that_does_not_parse_is_named_with_its_line(content_folder):
    content_folder.write("glossary.yaml", "- id: tace\n  term: {en: TACE\n  say: [\n")
    err = error_for(content_folder)
    assert err.file == "glossary.yaml"
    assert "does not parse" in str(err) and "line" in str(err)


def test_a_missing_file_is_named(content_folder):
    (content_folder.root / "notes.yaml").unlink()
    err = error_for(content_folder)
    assert err.file == "notes.yaml" and "missing" in str(err)


def test_a_source_without_any_way_to_find_it_is_refused(content_folder):
    content_folder.edit("sources.yaml", "  doi: 10.1000/xyz\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("sources.yaml", "trial_2020", "url")


def test_a_misspelled_field_is_refused_rather_than_ignored(content_folder):
    content_folder.edit("notes.yaml", "sources: [trial_2020]", "soruces: [trial_2020]")
    err = error_for(content_folder)
    assert err.item == "note_one" and err.field in ("soruces", "sources")


def test_a_text_without_the_default_language_is_refused(content_folder):
    content_folder.add_language("zh", "中文")
    content_folder.edit("notes.yaml", "en: A note\n", "")
    err = error_for(content_folder)
    assert (err.item, err.field) == ("note_one", "title") and "language 'en'" in str(err)


def test_a_fully_translated_folder_loads_in_both_languages(content_folder):
    content_folder.add_language("zh", "中文")
    content = load_content(content_folder.root)
    assert content.ui_text("next", "zh") == "zh: Next"
    assert content.questions[0].original_translation == {"zh": "zh: The clinic's words."}
    assert content.outcomes[0].population["zh"] == "zh: Small liver cancer"


def test_a_missing_translation_is_refused_naming_the_id(content_folder):
    content_folder.add_language("zh", "中文")
    content_folder.edit("glossary.yaml", "zh: 'zh: A treatment through the artery.'\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("glossary.yaml", "tace", "definition")
    assert "no text in language 'zh'" in str(err)


def test_an_untranslated_outcome_cell_is_refused_naming_the_row(content_folder):
    content_folder.add_language("zh", "中文")
    content_folder.edit("outcomes.csv", "zh: Ablation", "")
    err = error_for(content_folder)
    assert (err.file, err.field) == ("outcomes.csv", "treatment_zh") and "trial_5y" in err.item


def test_the_clinic_s_words_need_a_translation_but_never_a_rewrite_in_their_own_language(content_folder):
    content_folder.add_language("zh", "中文")
    content_folder.edit("questions.yaml", "original_translation:", "original_translation:\n    en: Better words.\n   ")
    err = error_for(content_folder)
    assert (err.item, err.field) == ("q_one", "original_translation") and "original" in str(err)


def test_a_text_in_a_language_the_guide_does_not_offer_is_refused(content_folder):
    content_folder.edit("notes.yaml", "title: {en: A note}", "title: {en: A note, xx: Eine}")
    err = error_for(content_folder)
    assert (err.item, err.field) == ("note_one", "title") and "unknown language 'xx'" in str(err)


def test_an_unknown_glossary_word_is_named(content_folder):
    content_folder.edit("questions.yaml", "[[tace]]", "[[tace]] and [[haic]]")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("questions.yaml", "q_one", "answer")
    assert "haic" in str(err)


def test_an_unknown_note_id_is_named(content_folder):
    content_folder.edit("questions.yaml", "notes: [note_one]", "notes: [note_two]")
    err = error_for(content_folder)
    assert (err.item, err.field) == ("q_one", "notes") and "note_two" in str(err)


def test_a_clinic_question_needs_the_clinic_s_own_words(content_folder):
    content_folder.edit("questions.yaml", "  original: The clinic's words.\n", "")
    err = error_for(content_folder)
    assert (err.item, err.field) == ("q_one", "original")


def test_glossary_marks_are_found_and_replaced():
    text = "Ask about [[tace|TACE]] and [[ablation]], then [[tace]] again."
    assert term_ids(text) == ["tace", "ablation"]
    assert replace_terms(text, lambda t, w: f"<{w or t}>") == "Ask about <TACE> and <ablation>, then <tace> again."


def test_meta_needs_a_known_status(content_folder):
    content_folder.edit("meta.yaml", "status: draft", "status: finished")
    err = error_for(content_folder)
    assert (err.file, err.field) == ("meta.yaml", "status") and "draft" in str(err)


def test_a_read_date_that_is_not_a_date_is_refused(content_folder):
    content_folder.edit("sources.yaml", "  doi: 10.1000/xyz\n", "  doi: 10.1000/xyz\n  read: last week\n")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("sources.yaml", "trial_2020", "read")


def test_pathway_options_must_match_the_rules(content_folder):
    content_folder.edit("pathway_questions.yaml", '    "larger": {en: Option larger}\n', "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("pathway_questions.yaml", "tumour_size", "options")
    assert "small, larger, unsure" in str(err)


def test_every_pathway_result_needs_its_words(content_folder):
    text = (content_folder.root / "pathway_results.yaml").read_text()
    start = text.index("- id: supportive")
    end = text.index("- id:", start + 1)
    (content_folder.root / "pathway_results.yaml").write_text(text[:start] + text[end:])
    err = error_for(content_folder)
    assert (err.file, err.item) == ("pathway_results.yaml", "supportive")
