"""The shipped Chinese: the same facts as the English, and short plain sentences.

The loader already refuses a missing or empty translation (tests/unit/test_content.py); these
tests check what a loader cannot: that the Chinese says the same numbers, links the same glossary
words, keeps its placeholders, and is not broken by YAML folding.
"""

from __future__ import annotations

import re
import statistics

from liverguide.i18n import WIDE
from liverguide.markup import GLOSSARY_MARK
from liverguide.reading import MAX_MEAN_SENTENCE, MAX_SENTENCE, sentence_lengths

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Numbers written another way in Chinese, checked by hand: "the 1980s" is 20 世纪 80 年代.
WRITTEN_OTHERWISE = {("questions.yaml", "q_who_is_suitable", "key_points[3]"): {"1980"}}


def numbers(text: str) -> set[str]:
    return set(NUMBER.findall(GLOSSARY_MARK.sub("", text)))


def test_the_chinese_gives_every_number_the_english_gives(content):
    differ = []
    for file, item, field, text in content.all_texts():
        if field == "say":  # how to say a word: pinyin spells 90 out
            continue
        lost = numbers(text["en"]) - numbers(text["zh"]) - WRITTEN_OTHERWISE.get((file, item, field), set())
        if lost:
            differ.append(f"{file}: {item}.{field} lacks {sorted(lost)}")
    assert not differ, "\n".join(differ)


def test_the_chinese_links_the_same_glossary_words_and_keeps_placeholders(content):
    differ = []
    for file, item, field, text in content.all_texts():
        marks = [{m.group(1) for m in GLOSSARY_MARK.finditer(text[lang])} for lang in ("en", "zh")]
        holes = [set(re.findall(r"\{(\w+)", text[lang])) for lang in ("en", "zh")]
        if marks[0] != marks[1] or holes[0] != holes[1]:
            differ.append(f"{file}: {item}.{field}")
    assert not differ, "\n".join(differ)


def test_no_chinese_text_has_a_space_between_two_chinese_characters(content):
    # A line break inside a folded YAML block (>-) becomes a space; in Chinese it shows as a gap.
    gaps = [
        f"{file}: {item}.{field}"
        for file, item, field, text in content.all_texts()
        if re.search(rf"[{WIDE}] +[{WIDE}]", text["zh"])
    ]
    assert not gaps, "\n".join(gaps)


def test_chinese_body_texts_keep_sentences_short(content):
    lengths = {(file, item): sentence_lengths(text) for file, item, text in content.body_texts("zh")}
    every = [n for ns in lengths.values() for n in ns]
    mean = statistics.mean(every)
    longest = max((max(ns), file, item) for (file, item), ns in lengths.items())
    print(f"\nChinese sentences: mean {mean:.1f} characters, longest {longest[0]} ({longest[1]}: {longest[2]})")
    assert mean <= MAX_MEAN_SENTENCE
    assert longest[0] <= MAX_SENTENCE, longest


def test_no_chinese_text_or_citation_holds_a_run_of_english_words(content):
    """The browser test reads the Chinese pages a reader opens first; this reads every Chinese text and
    every source's Chinese citation, so a leak on a later step or a rarely cited source is caught too."""
    from tests.e2e.test_languages import english_leaks, meant_in_english

    meant = meant_in_english(content)
    zh = content.in_language("zh")
    leaks = [
        (f"{file}: {item}.{field}", found)
        for file, item, field, text in content.all_texts()
        if (found := english_leaks(text.get("zh", ""), meant))
    ]
    leaks += [(f"sources.yaml: {s}", found) for s in content.sources if (found := english_leaks(zh.citation(s), meant))]
    assert not leaks, leaks
