"""The shipped treatments: each says, in every language, who should not have it; the other
treatments the guide promises are there; and one wording for how long post-embolization syndrome lasts."""

from __future__ import annotations

# Not interventional therapy, but a team may talk about them: listed after the comparison. Other
# pages link these ids (?show=transplant), so they are promised.
OTHER_TREATMENTS = ("transplant", "drugs", "radiotherapy", "tace_ablation", "palliative")
# The one wording for how long post-embolization syndrome lasts (University of Utah's guide).
PES_LASTS = {"en": "several days, up to about a week", "zh": "常常持续几天，最长约一周"}


def test_every_treatment_says_who_should_not_have_it_in_every_language(content):
    for t in content.treatments.values():
        for lang in content.meta.languages:
            assert t.not_for[lang].strip(), f"{t.id}: no not_for in {lang}"
        assert t.not_for["en"] != t.who["en"], t.id


def test_the_other_treatments_are_there_outside_the_comparison(content):
    for treatment_id in OTHER_TREATMENTS:
        assert treatment_id in content.treatments, treatment_id
        assert not content.treatments[treatment_id].compared, treatment_id
    compared = [t.id for t in content.treatments.values() if t.compared]
    assert compared == ["tace", "tae", "haic", "ablation", "tare", "pve"]


def test_post_embolization_syndrome_lasts_the_same_everywhere(content):
    texts = [content.glossary["post_embolization_syndrome"].definition]
    for treatment_id in ("tace", "tae"):
        t = content.treatments[treatment_id]
        texts += [t.side_effects[0], t.compare["main_effects"]]
    for text in texts:
        for lang, words in PES_LASTS.items():
            cell = text[lang].replace(";", ",").replace("；", "，")
            assert words in cell, (lang, text[lang])
        assert "few days" not in text["en"] and "通常" not in text["zh"]


def test_tace_names_the_death_risk_with_its_reviews_and_the_large_tumour_risk(content):
    death = content.treatments["tace"].side_effects[2]["en"]
    for words in ("1 to 2 out of 100", "0.6", "15,351", "2.4", "Marelli, 2007", "10 cm or more"):
        assert words in death, words
