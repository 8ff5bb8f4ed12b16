"""liverguide.content: valid content loads; each kind of broken content gets its own clear error."""

from __future__ import annotations

from datetime import date

import pytest

from liverguide.answers import ALLOWED
from liverguide.content import BODY_FIELDS, ContentError, load_content
from liverguide.content.model import (
    ITEM_TYPES,
    Item,
    Known,
    NonEmpty,
    Options,
    Text,
    Texts,
    Translation,
    text_fields,
    texts_of,
)
from liverguide.markup import replace_terms, term_ids

HEADER = "id,label,endpoint,value,bound,unit,population,about,treatment,source_id,evidence,checked,in_seed\n"
SEED = "seed_5y,Clinic,5y_survival,60,at_least,percent,Small,hcc,Interventional,qa_source,clinic,2026-11-27,true\n"
GOOD_ROW = "x_5y,A,5y_survival,63,exact,percent,People,hcc,RFA,trial_2020,trials,2026-11-27,false\n"


def row_with(column: str, value: str) -> str:
    """GOOD_ROW with one cell changed."""
    cells = dict(zip(HEADER.strip().split(","), GOOD_ROW.strip().split(","), strict=True))
    return ",".join({**cells, column: value}.values()) + "\n"


def error_for(folder) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(folder.root)
    return info.value


def broken(content_folder, row: str) -> ContentError:
    content_folder.write("outcomes.csv", HEADER + SEED + row)
    return error_for(content_folder)


def test_a_small_valid_folder_loads_into_typed_objects(content_folder):
    content = load_content(content_folder.root)
    q = content.questions[0]
    assert q.id == "q_one" and q.question["en"] == "Who can have it?"
    assert q.notes == ("note_one",) and q.sources == ("qa_source",)
    assert content.sources["trial_2020"].link == "https://doi.org/10.1000/xyz"
    assert content.in_language("en").ui("next") == "Next"


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
          evidence: [trials]
          checked: 2026-11-27
          title: {en: A note}
          body: {en: Trials say something else.}
        - id: note_one
          flag: F2
          sources: [trial_2020]
          evidence: [trials]
          checked: 2026-11-27
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
    assert content.in_language("zh").ui("next") == "zh: Next"
    assert content.questions[0].original_translation == {"zh": "zh: The clinic's words."}
    assert content.outcomes[0].population["zh"] == "zh: Small"


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
    content_folder.edit("pathway_questions.yaml", '    "3_to_5": {en: Option 3_to_5}\n', "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("pathway_questions.yaml", "largest", "options")
    assert f"options must be {', '.join(ALLOWED['largest'])}, in that order" in str(err)


def test_every_pathway_result_needs_its_words(content_folder):
    text = (content_folder.root / "pathway_results.yaml").read_text()
    start = text.index("- id: supportive")
    end = text.index("- id:", start + 1)
    (content_folder.root / "pathway_results.yaml").write_text(text[:start] + text[end:])
    err = error_for(content_folder)
    assert (err.file, err.item) == ("pathway_results.yaml", "supportive")


# outcomes.csv


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (row_with("source_id", "nowhere_1999"), "source_id", "nowhere_1999"),
        (row_with("bound", "about"), "bound", "about"),
        (row_with("unit", "per mille"), "unit", "per mille"),
        (row_with("value", "163"), "value", "outside 0 to 100"),
        (row_with("value", "-1"), "value", "outside 0 to 100"),
        (row_with("value", "lots"), "value", "not a number"),
        (row_with("endpoint", "10y_survival"), "endpoint", "10y_survival"),
        (row_with("population", ""), "population", "empty"),
        (row_with("about", ""), "about", "empty"),
        (row_with("about", "hcc liver"), "about", "unknown kind 'liver'"),
        (row_with("in_seed", "maybe"), "in_seed", "maybe"),
        (row_with("id", "seed_5y"), "id", "duplicate"),
        (row_with("evidence", ""), "evidence", "empty"),
        (row_with("checked", "last week"), "checked", "last week"),
    ],
)
def test_a_bad_row_is_refused_naming_the_row_and_the_column(content_folder, row, column, words):
    err = broken(content_folder, row)
    assert err.file == "outcomes.csv" and err.field == column
    assert err.item.startswith("row 3 (")
    assert words in str(err)


def test_a_missing_column_is_named(content_folder):
    content_folder.write("outcomes.csv", HEADER.replace(",bound", "") + GOOD_ROW.replace(",exact", ""))
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.field) == ("outcomes.csv", "bound")
    # Whose cancer the group had: without it no page could leave the number out for another kind.
    content_folder.write("outcomes.csv", HEADER.replace(",about", "") + GOOD_ROW.replace(",hcc", ""))
    with pytest.raises(ContentError) as info:
        load_content(content_folder.root)
    assert (info.value.file, info.value.field) == ("outcomes.csv", "about")


def test_exactly_one_row_is_the_clinic_s_figure(content_folder):
    err = broken(content_folder, SEED.replace("seed_5y", "seed_again"))
    assert err.field == "in_seed"


def test_an_unknown_field_in_meta_is_refused_too(content_folder):
    content_folder.edit("meta.yaml", "status: draft", "status: draft\nstatuss: reviewed")
    err = error_for(content_folder)
    assert (err.file, err.field) == ("meta.yaml", "statuss") and "unknown field" in str(err)


# The pages' labels


@pytest.mark.parametrize(("label", "page"), [("nav_home", "home"), ("nav_glossary", "glossary")])
def test_every_page_of_the_site_needs_its_menu_name_in_ui_yaml(content_folder, label, page):
    content_folder.edit("ui.yaml", f"{label}: {{en: Label {label}}}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("ui.yaml", label, None)
    assert f"the page '{page}' needs this label (the pages are listed in liverguide/site.py)" in str(err)


def test_a_page_s_title_and_links_say_its_menu_name_unless_they_have_their_own(content_folder):
    content_folder.edit("ui.yaml", "glossary_title: {en: Label glossary_title}\n", "")
    content_folder.edit("ui.yaml", "see_pathway: {en: Label see_pathway}\n", "")
    ui = load_content(content_folder.root).ui
    assert ui["glossary_title"] == ui["nav_glossary"] == {"en": "Label nav_glossary"}
    assert ui["see_pathway"] == {"en": "Label nav_pathway"}
    assert ui["pathway_title"] == {"en": "Label pathway_title"}  # its own words kept


def test_a_page_content_may_not_link_to_needs_no_see_label(content_folder):
    assert "see_home" not in load_content(content_folder.root).ui


# The walk over every text, derived from the field types


def test_every_text_is_walked_with_its_field_spelled_as_in_error_messages(content_folder):
    rows = {(file, item, field): text for file, item, field, text in load_content(content_folder.root).all_texts()}
    assert rows[("treatments.yaml", "tace", "compare.reaches")] == {"en": "Artery"}
    assert rows[("questions.yaml", "q_one", "key_points[1]")] == {"en": "One point."}
    assert rows[("pathway_questions.yaml", "largest", "options.3_to_5")] == {"en": "Option 3_to_5"}
    assert rows[("ui.yaml", "next", "text")] == {"en": "Next"}
    assert rows[("outcomes.csv", "seed_5y", "source_short")] == {"en": "The clinic's figure"}  # the label stands in


def test_an_item_s_texts_come_in_the_order_its_fields_are_declared(content_folder):
    rows = load_content(content_folder.root).all_texts()
    fields = [field for file, item, field, _ in rows if (file, item) == ("treatments.yaml", "tace")]
    assert fields == [
        *("short", "name", "what", "who", "not_for", "day", "stay", "recovery", "side_effects[1]"),
        *("compare.reaches", "compare.stay", "compare.repeats", "compare.main_effects"),
    ]


def test_the_clinic_s_words_and_our_translation_of_them_are_not_walked(content_folder):
    content_folder.add_language("zh", "中文")
    rows = load_content(content_folder.root).all_texts()
    assert {field for _, item, field, _ in rows if item == "q_one"} == {
        *("label", "question", "answer", "key_points[1]", "meaning"),
    }


def test_a_new_field_is_walked_from_its_type_alone():
    class Leaflet(Item):
        FILE = "leaflets.yaml"

        title: Text
        steps: Texts
        choices: Options
        quoted: Translation
        code: NonEmpty
        subtitle: Text | None = None

    fields = {
        "id": "leaflet_one",
        "title": {"en": "Title", "zh": "标题"},
        "steps": [{"en": "One", "zh": "一"}, {"en": "Two", "zh": "二"}],
        "choices": {"yes": {"en": "Yes", "zh": "是"}},
        "quoted": {"zh": "引用"},
        "code": "A1",
    }
    leaflet = Leaflet.model_validate(fields, context=Known(("en", "zh"), "en"))
    assert [spelled for _, spelled, _ in texts_of(leaflet)] == ["title", "steps[1]", "steps[2]", "choices.yes"]
    assert text_fields(Leaflet) == ("title", "steps", "choices", "subtitle")


def test_body_texts_join_each_item_s_body_fields_and_leave_out_the_rest(content_folder):
    bodies = {(file, item): text for file, item, text in load_content(content_folder.root).body_texts("en")}
    assert bodies[("questions.yaml", "q_one")] == "Many people can have [[tace]].\nOne point.\nAsk your team."
    assert bodies[("treatments.yaml", "tace")] == "\n".join(
        (
            "What it is.",
            "Who it is for.",
            "Not for people whose liver is failing.",
            "The day.",
            "A night.",
            "A week.",
            "Fever.",
        )
    )
    assert bodies[("aftercare.yaml", "warn_fever")] == "A high fever"
    assert bodies[("changes.yaml", "first_version")] == "The first version."
    assert {file for file, _ in bodies} == set(BODY_FIELDS)  # not ui.yaml, sources.yaml nor outcomes.csv


def test_each_body_field_is_a_text_field_of_its_class():
    for cls in ITEM_TYPES:
        assert set(cls.BODY) <= set(text_fields(cls)), cls.__name__


# Words: the guide in one reader's language


def test_words_give_every_text_and_label_in_the_reader_s_language(content):
    en, zh = content.in_language("en"), content.in_language("zh")
    question = content.questions[0].question
    assert (en(question), zh(question)) == (question["en"], question["zh"])
    assert en.ui("progress", n=2, total=9) == "Question 2 of 9"
    assert (en.labelled("Sources", "two"), zh.labelled("来源", "两个")) == ("Sources: two", "来源：两个")
    assert (en.separator, zh.separator) == ("; ", "；")
    assert (en.day(date(2026, 11, 27)), zh.day(date(2026, 11, 27))) == ("27 November 2026", "2026年11月27日")
    assert en.citation("bclc_2022") == "Reig M, Forner A, Rimola J, et al. (2022)"
    assert zh.citation("qa_source") == "这家医院的问答资料（无日期）"
    assert (en.source_year("qa_source"), en.source_year("bclc_2022")) == ("undated", "2022")


def test_a_language_without_an_html_lang_code_is_refused(content_folder):
    content_folder.add_language("xx", "Xx")
    err = error_for(content_folder)
    assert (err.file, err.field) == ("meta.yaml", "languages")
    assert "'xx'" in str(err) and "HTML_LANG" in str(err)


def test_a_label_that_is_a_question_gets_no_second_mark(content):
    en, zh = content.in_language("en"), content.in_language("zh")
    assert en.labelled("Can surgery remove it?", "No") == "Can surgery remove it? No"
    assert zh.labelled("能做手术切除吗？", "不能") == "能做手术切除吗？不能"
    assert en.labelled("Sources:", "two") == "Sources: two"
    assert en.labelled("Sources", "two") == "Sources: two"


# Evidence on every item: how we know it, and when it was last checked


@pytest.mark.parametrize(
    ("file", "item", "field"),
    [
        ("questions.yaml", "q_one", "evidence"),
        ("notes.yaml", "note_one", "checked"),
        ("treatments.yaml", "tace", "evidence"),
        ("aftercare.yaml", "warn_fever", "checked"),
    ],
)
def test_an_item_without_its_evidence_level_or_checked_date_is_refused(content_folder, file, item, field):
    text = (content_folder.root / file).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines(keepends=True) if line.strip().startswith(f"{field}:"))
    content_folder.edit(file, line, "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == (file, item, field)
    assert "missing" in str(err)


def test_an_unknown_evidence_level_is_refused_with_the_levels_to_use(content_folder):
    content_folder.edit("notes.yaml", "evidence: [trials]", "evidence: [hearsay]")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("notes.yaml", "note_one", "evidence[1]")
    assert "hearsay" in str(err) and "trials, reviews" in str(err)


def test_each_evidence_level_needs_its_plain_words(content_folder):
    content_folder.edit("ui.yaml", "evidence_clinic: {en: Level clinic}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item) == ("ui.yaml", "evidence_clinic")


def test_the_evidence_line_names_every_level_in_order_and_the_oldest_check(content_folder):
    content = load_content(content_folder.root)
    w = content.in_language("en")
    note, treatment = content.notes["note_one"], content.treatments["tace"]
    assert w.evidence(note) == "How we know: Level trials. Checked 27 November 2026."
    a, b = content.aftercare[0], content.questions[0]
    assert w.evidence(b, a) == "How we know: Level hospitals; Level clinic. Checked 27 November 2026."
    assert w.evidence(treatment) == w.evidence(note)


def test_the_changes_are_listed_newest_first(content_folder):
    content_folder.write(
        "changes.yaml",
        """
        - id: older
          day: 2026-11-27
          text: {en: The first version.}
        - id: newer
          day: 2026-12-01
          text: {en: A fix.}
        """,
    )
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("changes.yaml", "newer", "day")
    assert "newest first" in str(err)


def test_a_question_that_leads_on_to_an_unknown_treatment_is_refused(content_folder):
    content_folder.edit("questions.yaml", "  notes: [note_one]\n", "  notes: [note_one]\n  treatments: [nowhere]\n")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("questions.yaml", "q_one", "treatments")
    assert "nowhere" in str(err) and "treatments.yaml" in str(err)


@pytest.mark.parametrize(
    "change",
    [
        ("  authors: Smith J\n", ""),  # neither
        ("  authors: Smith J\n", "  authors: Smith J\n  organisation: A hospital\n"),  # both
    ],
)
def test_a_source_needs_its_authors_or_its_organisation_not_both(content_folder, change):
    content_folder.edit("sources.yaml", *change)
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("sources.yaml", "trial_2020", "authors")
