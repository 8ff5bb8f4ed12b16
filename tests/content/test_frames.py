"""Both frames (IPDAS Q4): a number of people out of 100 who were alive (or died) is said together
with the rest of the hundred, in the same sentence or the next: "31 out of 100 were alive 2 years
after TACE, and 69 were not". One frame alone makes an outcome look better or worse than it is."""

from __future__ import annotations

import re

import pytest

OUT_OF_100 = re.compile(r"\b\d+(?:\.\d+)?\s+out of\s+100\b", re.IGNORECASE)
LIFE_OR_DEATH = re.compile(r"\b(?:alive|lived|survived|died|deaths?)\b", re.IGNORECASE)
OTHER_FRAME = re.compile(r"\b(?:not|none)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def one_frame_only(english: str) -> list[str]:
    """The sentences of an English text that give people out of 100 alive (or dead) without the rest."""
    sentences = SENTENCE_END.split(english)
    found = []
    for i, sentence in enumerate(sentences):
        if OUT_OF_100.search(sentence) and LIFE_OR_DEATH.search(sentence):
            said = sentence + " " + (sentences[i + 1] if i + 1 < len(sentences) else "")
            if not OTHER_FRAME.search(said):
                found.append(sentence)
    return found


def test_every_out_of_100_who_lived_or_died_is_said_in_both_frames(content):
    found = [
        f"{file}: {item}.{field}: {sentence}"
        for file, item, field, text in content.all_texts()
        for sentence in one_frame_only(text.get("en", ""))
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("After TACE, about 32 out of 100 were alive at five years (Lencioni, 2016).", 1),
        ("After TACE, about 32 out of 100 were alive at five years, and 68 were not (Lencioni, 2016).", 0),
        ("About 32 out of 100 were alive at five years. The other 68 were not.", 0),
        ("About 2 out of 100 had a serious problem.", 0),  # not about living or dying
        ("Fewer than 1 out of 100 people died because of it. One had bleeding.", 1),
    ],
)
def test_the_frame_check_catches_one_frame_alone(text, flagged):
    assert len(one_frame_only(text)) == flagged
