"""The walk-through's words, checked where code can check them: the clinic is never credited with a
hedge it did not make, every question readers ask next rests on a source beyond the clinic's sheet,
the call-now list lives in one place, and the audit's wording fixes stay fixed."""

from __future__ import annotations

import re

import pytest

# The follow-up topics issue 14 asked for (section 8 of the content audit), by question id.
NEW_TOPICS = (
    "q_after_treatment",
    "q_coming_back",
    "q_hepatitis_b",
    "q_transplant",
    "q_other_liver_treatments",
    "q_drugs",
    "q_palliative",
    "q_clinical_trials",
    # Issue 25: what a cancer charity's pages on this would not leave out.
    "q_kinds",
    "q_team",
    "q_cirrhosis",
    "q_conversion",
    "q_support",
)
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def english_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def walk_through_texts(content):
    """(item id, English text) of every text in the walk-through and its notes."""
    for file, item, _field, text in content.all_texts():
        if file in ("questions.yaml", "notes.yaml"):
            yield item, text


def test_no_sentence_that_speaks_for_the_clinic_says_not_all(content):
    # The clinic said "should be preferred ... whatever the stage"; the limit comes from the guidelines.
    for item, text in walk_through_texts(content):
        for sentence in english_sentences(text["en"]):
            if "clinic" in sentence.lower():
                assert "not all" not in sentence.lower(), f"{item}: {sentence}"
                assert "for many but" not in sentence.lower(), f"{item}: {sentence}"


def test_every_question_readers_ask_next_rests_on_a_source_beyond_the_clinic_s_sheet(content):
    for q in content.questions:
        if q.kind == "follow_up":
            assert [s for s in q.sources if s != "qa_source"], q.id
            assert "clinic" not in q.evidence or len(q.evidence) > 1, q.id


@pytest.mark.parametrize("topic", NEW_TOPICS)
def test_each_new_topic_is_a_short_sourced_follow_up(content, topic):
    by_id = {q.id: q for q in content.questions}
    assert topic in by_id
    q = by_id[topic]
    assert q.kind == "follow_up"
    assert q.checked <= content.meta.updated
    # Short: a phone screen or two of answer and key points.
    words = len(" ".join([q.answer["en"], *(p["en"] for p in q.key_points)]).split())
    assert words <= 170, f"{topic}: {words} words"


def test_the_call_now_list_is_not_copied_into_the_walk_through(content):
    """One list: the warning-signs step shows aftercare.yaml's items (ui/walkthrough.py) and keeps no copy."""
    (step,) = [q for q in content.questions if q.call_now]
    own = " ".join(text["en"] for text in [step.answer, *step.key_points, step.meaning])
    for item in content.aftercare:
        if item.kind == "warning":
            assert item.text["en"] not in own, item.id


def test_the_audit_s_wording_fixes_stay_fixed(content):
    en = {item: text["en"] for item, text in walk_through_texts(content)}
    zh = {item: text["zh"] for item, text in walk_through_texts(content)}
    everything_en = " ".join(en.values())
    everything_zh = " ".join(zh.values())
    assert not re.search(r"\bgut\b", everything_en), "say 'the digestive tract (the food pipe, stomach and bowel)'"
    assert "Often, yes" not in everything_en
    assert "This works well in the liver" not in everything_en
    assert "主要指南有两个" not in everything_zh
    assert "都能达到" not in everything_zh
    assert "目前的研究都没有" not in everything_zh
    # Finding 19: the Terzi measure is a liver score, in people with one tumour.
    assert "weaker liver blood tests" not in everything_en


def test_notes_no_longer_cite_easl_2018_for_the_liver_failing_rule(content):
    for note_id in ("note_not_every_stage", "note_who_is_suitable_differs", "pw_health_check"):
        note = content.notes[note_id]
        assert "easl_2018" not in note.sources and "easl_eortc_2012" in note.sources, note_id
    assert "cochrane_2020" not in content.notes["note_who_is_suitable_differs"].sources


def test_no_question_cites_the_unverified_london_clinic_page(content):
    for q in content.questions:
        assert "london_clinic_liver" not in q.sources, q.id


def test_the_second_audit_s_findings_stay_fixed(content):
    """The content audit of 2026-12-06, where code can see a finding (issue 25)."""
    t = content.treatments
    # M6: TACE's card says when guides advise against it, and that Chinese guides differ.
    assert "large blood vessel" in t["tace"].not_for["en"] and "CNLC, 2022" in t["tace"].not_for["en"]
    # M7: immunotherapy's limits, and the varices check, on the drug card.
    assert "transplant" in t["drugs"].not_for["en"] and "food pipe" in t["drugs"].not_for["en"]
    # M8: hepatitis B can flare during TACE, HAIC or drug treatment; test first.
    q = {x.id: x for x in content.questions}
    said = " ".join([q["q_hepatitis_b"].answer["en"], *(k["en"] for k in q["q_hepatitis_b"].key_points)])
    assert "HAIC" in said and "test" in said and "hwang_2020_asco_hbv" in q["q_hepatitis_b"].sources
    # M9: the 2022 Barcelona guide did not list radiotherapy.
    assert "2022 BCLC guide did not list it" in q["q_other_liver_treatments"].answer["en"]
    # m2: one Chinese name for tremelimumab.
    assert not any("曲美木单抗" in text.get("zh", "") for _, _, _, text in content.all_texts())
    # m3, m4, m14, m15, m5
    assert "whose tumour had gone" in q["q_coming_back"].answer["en"]
    assert "ablation about as good as surgery" in q["q_metastatic"].key_points[3]["en"]
    assert "in older studies" in t["tace"].side_effects[2]["en"]
    assert any(s["en"].startswith("Death because of the operation") for s in t["resection"].side_effects)
    assert "wider rules" in t["transplant"].not_for["en"]
    # m11: wherever the network meta-analysis's ranking is given, its caveat goes with it.
    for file, item, field, text in content.all_texts():
        if "Katsanos, 2017" in text.get("en", "") and "came first" in text["en"]:
            assert "cannot" in text["en"] and "best" in text["en"], (file, item, field)


def test_after_tace_and_ablation_the_call_now_signs_include_a_failing_liver_and_bleeding(content):
    """Audit M11: liver failure is the main serious risk after TACE; bleeding inside after both."""
    from liverguide.aftercare import aftercare_for

    for treatment in ("tace", "ablation"):
        ids = {a.id for a in aftercare_for(content, treatment).call_now}
        assert {"warn_yellow", "warn_confused_swollen", "warn_bleeding_inside"} <= ids, treatment
    assert "ablation_warn_breath" in {a.id for a in aftercare_for(content, "ablation").call_now}
    for treatment in ("drugs", "drugs_bile_duct", "drugs_spread"):  # audit M7
        ids = {a.id for a in aftercare_for(content, treatment).call_now}
        assert {"haic_warn_fever", "haic_warn_diarrhoea", "drugs_warn_breath"} <= ids, treatment
