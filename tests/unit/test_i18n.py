"""liverguide.i18n: the reader gets a language the guide offers, whatever the URL says."""

from liverguide.i18n import pick_language

LANGS = {"en": "English", "zh": "中文"}


def test_a_language_the_guide_offers_is_used():
    assert pick_language("zh", LANGS, "en") == "zh"
    assert pick_language(" ZH ", LANGS, "en") == "zh"


def test_an_unknown_or_empty_language_falls_back_to_the_default():
    assert pick_language("klingon", LANGS, "en") == "en"
    assert pick_language("", LANGS, "en") == "en"
    assert pick_language(None, LANGS, "en") == "en"
