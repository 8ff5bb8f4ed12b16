"""Neutral headings (IPDAS Q7): no heading, headline or title steers the reader towards an option.
The words doctors use when they advise ("usually", "recommend", "best", and their Chinese) may stand
in a body text that says whose view it is, never above it."""

from __future__ import annotations

import re

import pytest

ADVICE_WORDS = {
    "en": re.compile(r"\b(?:usually|recommend\w*|best)\b", re.IGNORECASE),
    "zh": re.compile("通常|推荐|建议首选|最好|最佳"),
}
HEADING_FIELDS = ("heading", "title", "headline")


def headings(content):
    """Every text shown as a heading: the chooser's result headlines, the pages' section headings,
    the evidence notes' titles, and the words of ui.yaml's *_heading and *_title keys."""
    for file, item, field, text in content.all_texts():
        if field.split(".")[-1] in HEADING_FIELDS or (file == "ui.yaml" and item.endswith(("_heading", "_title"))):
            yield f"{file}: {item}.{field}", text


def advice_in(text: dict[str, str]) -> list[str]:
    found = ((lang, words.search(text.get(lang, ""))) for lang, words in ADVICE_WORDS.items())
    return [f"{lang}: {match.group()}" for lang, match in found if match]


def test_no_heading_steers_towards_an_option(content):
    found = [f"{where} ({', '.join(words)})" for where, text in headings(content) if (words := advice_in(text))]
    assert not found, "\n".join(found)


def test_the_heading_check_reads_every_kind_of_heading(content):
    where = {place.split(":")[0] for place, _ in headings(content)}
    assert {"pathway_results.yaml", "pages.yaml", "notes.yaml", "ui.yaml"} <= where


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ({"en": "The route doctors usually think about", "zh": "医生通常考虑的路线"}, 2),
        ({"en": "Recommended first", "zh": "首先"}, 1),
        ({"en": "Options doctors may discuss with you", "zh": "最佳选择"}, 1),
        ({"en": "Options doctors may discuss with you", "zh": "医生可能会和您讨论的选择"}, 0),
        ({"en": "What a bestseller says", "zh": "说明"}, 0),  # a whole word only
    ],
)
def test_the_heading_check_catches_advice_words_in_either_language(text, caught):
    assert len(advice_in(text)) == caught
