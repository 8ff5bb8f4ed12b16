"""liverguide.markup: glossary words become bold links in the reader's language, sources one line."""

from __future__ import annotations

from liverguide.content import load_content
from liverguide.markup import glossary_link, marked, md, source_line, table_cell, terms_in, word_line


def test_a_glossary_link_is_relative_and_keeps_the_language():
    assert glossary_link("tace", "zh") == "glossary?term=tace&lang=zh"


def test_a_marked_word_is_bold_and_linked_with_its_own_name_or_the_shown_words(content_folder):
    w = load_content(content_folder.root).in_language("en")
    assert marked(w, "Ask about [[tace]].") == "Ask about [**TACE**](glossary?term=tace&lang=en)."
    assert marked(w, "Ask about [[tace|this]].") == "Ask about [**this**](glossary?term=tace&lang=en)."
    assert md(w, {"en": "[[tace]]"}) == "[**TACE**](glossary?term=tace&lang=en)"


def test_terms_in_gives_each_marked_word_once_in_reading_order(content_folder):
    w = load_content(content_folder.root).in_language("en")
    assert terms_in(w, [{"en": "[[tace]] and [[tace|it]]"}, {"en": "no words"}]) == ["tace"]


def test_a_word_line_has_the_word_how_to_say_it_and_what_it_means(content_folder):
    w = load_content(content_folder.root).in_language("en")
    line = word_line(w, "tace")
    assert line.startswith("- ") and "[**TACE**](glossary?term=tace&lang=en)" in line
    assert "tayss" in line and "A treatment through the artery." in line


def test_a_source_line_links_each_source_once(content_folder):
    w = load_content(content_folder.root).in_language("en")
    line = source_line(w, ["trial_2020", "qa_source", "trial_2020"])
    assert line.count("Smith J") == 1
    assert "(https://doi.org/10.1000/xyz)" in line and "A clinic" in line and "; " in line


def test_a_table_cell_stays_on_one_line_with_its_bars_escaped():
    assert table_cell("one\n two | three") == "one two \\| three"
