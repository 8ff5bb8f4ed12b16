"""liverguide.i18n: the reader gets a language the guide offers, whatever the URL or browser says."""

from liverguide.i18n import even_wrap, pick_language, sort_key, wrap

LANGS = {"en": "English", "zh": "中文"}


def test_a_language_the_guide_offers_is_used():
    assert pick_language(["zh"], LANGS, "en") == "zh"
    assert pick_language([" ZH "], LANGS, "en") == "zh"


def test_a_browser_locale_counts_by_its_language():
    assert pick_language(["zh-CN"], LANGS, "en") == "zh"
    assert pick_language(["zh_Hant_TW"], LANGS, "en") == "zh"
    assert pick_language(["en-GB"], LANGS, "zh") == "en"


def test_the_first_usable_candidate_wins_and_unknown_ones_are_skipped():
    assert pick_language(["en", "zh"], LANGS, "en") == "en"
    assert pick_language(["klingon", None, "zh-TW"], LANGS, "en") == "zh"


def test_an_unknown_or_empty_language_falls_back_to_the_default():
    assert pick_language(["klingon"], LANGS, "en") == "en"
    assert pick_language(["", None], LANGS, "en") == "en"
    assert pick_language([], LANGS, "en") == "en"


def test_wrapping_counts_a_chinese_character_as_two_columns():
    lines = wrap("消融，单个肿瘤小于 2 厘米，且本来也可以做手术的人。", 20)
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == "消融，单个肿瘤小于2厘米，且本来也可以做手术的人。"
    assert all(sum(2 if "\u4e00" <= ch <= "\u9fff" or ch in "，。" else 1 for ch in line) <= 20 for line in lines)


def test_wrapping_breaks_english_at_spaces_and_never_before_closing_punctuation():
    assert wrap("Is the liver working well enough?", 16) == ["Is the liver", "working well", "enough?"]
    assert not any(line.startswith(("，", "。", "）")) for line in wrap("甲乙丙丁戊己庚辛，壬癸（子丑）。" * 3, 8))


def test_pinyin_sorts_without_its_tone_marks():
    assert sort_key("Jiè Rù") == "jie ru"
    assert sorted(["zhǒng liú", "ān quán", "gān ái"], key=sort_key) == ["ān quán", "gān ái", "zhǒng liú"]


def test_even_wrapping_leaves_no_word_or_character_alone_on_the_last_line():
    assert even_wrap("Where the cancer started", 16) == ["Where the", "cancer started"]
    assert wrap("Where the cancer started", 16) == ["Where the cancer", "started"]
    assert [len(line) for line in even_wrap("有肝衰竭的迹象或大部分时间卧床", 12)] == [5, 5, 5]


def test_a_name_inside_a_sentence_keeps_capitals_only_for_a_short_name(content):
    """m8: 'Read about ablation', 'Could liver transplant be an option', but TACE as written."""
    en, zh = content.in_language("en"), content.in_language("zh")
    assert [en.in_sentence(n) for n in ("Ablation", "Liver transplant", "TACE", "TARE (Y-90)", "HAIC")] == [
        "ablation",
        "liver transplant",
        "TACE",
        "TARE (Y-90)",
        "HAIC",
    ]
    assert zh.in_sentence("消融") == "消融"
    assert en.ui("read_about", name=en.in_sentence(en(content.treatments["ablation"].short))) == "Read about ablation"
