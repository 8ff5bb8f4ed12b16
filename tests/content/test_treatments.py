"""The shipped treatments: each says, in every language, who should not have it; the other
treatments the guide promises are there; one wording for how long post-embolization syndrome lasts;
and a number for one kind of cancer names that kind."""

from __future__ import annotations

from liverguide.content.load import OUTCOME_NUMBER
from liverguide.routes import KINDS

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


# A reader's own kind of cancer, as the studies' groups are named in treatments.yaml (routes.KINDS).
KIND_WORDS = {
    "hcc": ("liver cell cancer", "肝细胞癌"),
    "bile_duct": ("bile duct", "胆管癌"),
    "bowel_spread": ("bowel cancer", "肠癌"),
    "net_spread": ("neuroendocrine", "神经内分泌"),
}


def test_a_number_for_one_kind_of_cancer_names_that_kind_in_its_own_words(content):
    """M3: a number shown only to readers of one kind says, in both languages, whose cancer it is about
    (the key decides who sees it; the words tell the reader)."""
    assert set(KIND_WORDS) | {"spread"} == set(KINDS)
    unnamed = []
    for t in content.treatments.values():
        for key, text in (t.weigh or {}).items():
            kind = key.partition("@")[2]
            if kind in KIND_WORDS and OUTCOME_NUMBER.search(text["en"]):
                en, zh = KIND_WORDS[kind]
                if en not in text["en"] or zh not in text["zh"]:
                    unnamed.append(f"{t.id} weigh.{key}")
    assert unnamed == []
