"""The shipped sources: each names its authors as people's names, or says it is an organisation's."""

from __future__ import annotations

import re

import pytest

# "Reig M, Forner A, Rimola J, et al.", "van Lienden KP", "Gómez Muñoz FM"; a remark in brackets may follow.
PERSON = re.compile(r"^[^\W\d_][\w'’\- ]* [A-Z]{1,3}$")
NOT_CHECKED = "Authors not checked ("  # honest when a stored copy did not show the names


def looks_like_people(authors: str) -> bool:
    if authors.startswith(NOT_CHECKED):
        return True
    names = [part.strip() for part in re.sub(r"\s*\([^)]*\)$", "", authors).split(",")]
    return all(PERSON.match(name) or name == "et al." for name in names)


def test_every_authors_field_has_the_shape_of_people_s_names(content):
    odd = [f"{s.id}: {s.authors}" for s in content.sources.values() if s.authors and not looks_like_people(s.authors)]
    assert not odd, "put an organisation under `organisation:`, not `authors:`:\n" + "\n".join(odd)


@pytest.mark.parametrize(
    "journal",
    ["Cardiovascular and Interventional Radiology", "Cochrane Database of Systematic Reviews (CD009498)"],
)
def test_the_authors_check_can_fail_on_a_journal_name(journal):
    assert not looks_like_people(journal)


def test_the_authors_check_takes_real_names():
    assert looks_like_people("Aarts BM, Gómez Muñoz FM, Wildiers H, et al.")
    assert looks_like_people("Riemsma RP, Bala MM, Wolff R, Kleijnen J (the 2013 version's authors)")
