"""Reading level: every English body text in content/ reads at grade 8 or below (Flesch-Kincaid).

Headings, questions, glossary terms and treatment names are left out (glossary-marked words are
replaced by a one-syllable stand-in), as are the clinic's quoted words.
"""

from __future__ import annotations

import textstat

from liverguide.content import BODY_FIELDS, replace_terms

MAX_GRADE = 8.0


def grade(text: str) -> float:
    plain = replace_terms(text, lambda term_id, words: "term")
    return textstat.flesch_kincaid_grade(plain)


def test_every_english_body_text_reads_at_grade_8_or_below(content):
    rows = sorted(((grade(text), file, item) for file, item, text in content.body_texts("en")), reverse=True)
    assert rows, "no body texts found"
    too_hard = [row for row in rows if row[0] > MAX_GRADE]
    table = "\n".join(f"  {g:5.1f}  {file}: {item}" for g, file, item in rows[:10])
    print(f"\nHardest texts (Flesch-Kincaid grade, limit {MAX_GRADE}):\n{table}")
    assert not too_hard, f"{len(too_hard)} text(s) read above grade {MAX_GRADE}:\n{table}"


def test_the_grade_check_can_fail():
    hard = "Interventional oncological modalities necessitate comprehensive multidisciplinary evaluation."
    assert grade(hard) > MAX_GRADE


def test_every_file_with_running_prose_is_graded(content):
    graded = {file for file, _, _ in content.body_texts("en")}
    assert graded == set(BODY_FIELDS)
