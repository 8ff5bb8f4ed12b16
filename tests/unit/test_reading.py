"""liverguide.reading: the reading measures the tests hold content to and /about publishes."""

from __future__ import annotations

import pytest

from liverguide import reading
from liverguide.content import BODY_FIELDS
from liverguide.site import BY_ID


def test_the_grade_check_can_fail():
    hard = "Interventional oncological modalities necessitate comprehensive multidisciplinary evaluation."
    assert reading.grade(hard) > reading.MAX_GRADE
    assert reading.grade("The tube goes in. It comes out at the end.") < reading.MAX_GRADE


def test_glossary_words_and_links_count_as_short_words():
    marked = "Ask about [[transarterial_chemoembolization|chemoembolization]] and [the sheet](https://example.org/x)."
    assert reading.grade(marked) == reading.grade("Ask about term and the sheet.")


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("我们一起看。医生说明。", [5, 4]),
        ("这是一个很长的句子，中间只有逗号", [16]),
        ("[[tace|经动脉化疗栓塞术]]要住院吗？常常要。", [12, 3]),  # a glossary word counts as shown
        ("看[说明](https://example.org/x)。", [3]),
    ],
)
def test_chinese_sentence_lengths_count_characters_between_sentence_ends(text, lengths):
    assert reading.sentence_lengths(text) == lengths
    assert reading.characters_per_sentence(text) == pytest.approx(sum(lengths) / len(lengths))


def test_the_chinese_sentence_check_can_fail():
    assert max(reading.sentence_lengths("这是一个非常非常长的句子" * 10 + "。")) > reading.MAX_SENTENCE


def test_every_file_with_prose_is_placed_on_a_page():
    placed = set(reading.FILE_PAGES) | {"pages.yaml"}  # sections name their own page
    assert set(BODY_FIELDS) <= placed
    assert all(page in BY_ID for pages in reading.FILE_PAGES.values() for page in pages)


def test_each_page_s_level_is_worked_out_from_its_own_texts(content):
    rows = {row.page: row for row in reading.page_levels(content)}
    assert {"questions", "treatments", "about"} <= set(rows)
    for row in rows.values():
        assert 0 < row.grade <= row.hardest <= reading.MAX_GRADE, row
        assert row.characters > 0, row
    treatments = list(reading.page_texts(content, "treatments", "en"))
    assert any(content.treatments["tace"].what["en"] in text for text in treatments)
    assert not any(content.questions[0].answer["en"] in text for text in treatments)
