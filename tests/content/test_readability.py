"""Reading level: every English body text in content/ reads at grade 8 or below (Flesch-Kincaid), by
the same code that publishes each page's level on /about (liverguide/reading.py).

Headings, questions, glossary terms and treatment names are left out (glossary-marked words are
replaced by a one-syllable stand-in), as are the clinic's quoted words.
"""

from __future__ import annotations

from liverguide.content import BODY_FIELDS
from liverguide.reading import MAX_GRADE, grade


def test_every_english_body_text_reads_at_grade_8_or_below(content):
    rows = sorted(((grade(text), file, item) for file, item, text in content.body_texts("en")), reverse=True)
    assert rows, "no body texts found"
    too_hard = [row for row in rows if row[0] > MAX_GRADE]
    table = "\n".join(f"  {g:5.1f}  {file}: {item}" for g, file, item in rows[:10])
    print(f"\nHardest texts (Flesch-Kincaid grade, limit {MAX_GRADE}):\n{table}")
    assert not too_hard, f"{len(too_hard)} text(s) read above grade {MAX_GRADE}:\n{table}"


def test_every_file_with_running_prose_is_graded(content):
    graded = {file for file, _, _ in content.body_texts("en")}
    assert graded == set(BODY_FIELDS)
