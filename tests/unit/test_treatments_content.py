"""Treatments in content: each says who should not have it; the interventional ones carry comparison
cells (and then the day, stay, side effects and recovery), the other treatments may leave them out."""

from __future__ import annotations

import pytest

from liverguide.content import ContentError, load_content

OTHER = """
    - id: transplant
      term: tace
      sources: [trial_2020]
      evidence: [studies]
      checked: 2026-12-01
      short: {en: Transplant}
      name: {en: Liver transplant}
      what: {en: A new liver.}
      who: {en: Some people.}
      not_for: {en: People whose cancer has spread.}
"""


def error_for(folder) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(folder.root)
    return info.value


def test_a_treatment_without_who_should_not_have_it_is_refused(content_folder):
    content_folder.edit("treatments.yaml", "  not_for: {en: Not for people whose liver is failing.}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("treatments.yaml", "tace", "not_for")
    assert "missing" in str(err)


def test_an_empty_who_should_not_have_it_is_refused(content_folder):
    words = "not_for: {en: Not for people whose liver is failing.}"
    content_folder.edit("treatments.yaml", words, 'not_for: {en: " "}')
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("treatments.yaml", "tace", "not_for")


def test_who_should_not_have_it_is_graded_and_walked_like_any_body_text(content_folder):
    content = load_content(content_folder.root)
    fields = [field for file, item, field, _ in content.all_texts() if (file, item) == ("treatments.yaml", "tace")]
    assert "not_for" in fields
    bodies = dict(((file, item), text) for file, item, text in content.body_texts("en"))
    assert "Not for people whose liver is failing." in bodies[("treatments.yaml", "tace")]


def test_a_treatment_outside_the_comparison_needs_no_day_stay_or_cells(content_folder):
    (content_folder.root / "treatments.yaml").write_text(
        (content_folder.root / "treatments.yaml").read_text(encoding="utf-8") + OTHER.replace("\n    ", "\n")
    )
    content = load_content(content_folder.root)
    other = content.treatments["transplant"]
    assert not other.compared and other.compare is None and other.day is None and other.side_effects is None
    assert content.treatments["tace"].compared
    # Its texts are walked without the fields it leaves out.
    fields = [f for file, item, f, _ in content.all_texts() if (file, item) == ("treatments.yaml", "transplant")]
    assert fields == ["short", "name", "what", "who", "not_for"]


def test_a_treatment_in_the_comparison_still_needs_its_day(content_folder):
    content_folder.edit("treatments.yaml", "  day: {en: The day.}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item) == ("treatments.yaml", "tace")
    assert "comparison" in str(err) and "day" in str(err)


def test_comparison_cells_out_of_order_are_refused(content_folder):
    content_folder.edit("treatments.yaml", "    reaches: {en: Artery}\n", "")
    err = error_for(content_folder)
    assert (err.file, err.item, err.field) == ("treatments.yaml", "tace", "compare")
    assert "reaches, stay, repeats, main_effects" in str(err)
