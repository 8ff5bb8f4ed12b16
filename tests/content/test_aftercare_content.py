"""The shipped after-care: every treatment the guide explains has, in every language, a timeline of
what is often normal, call-now signs and the usual check-ups, each item with sources (the loader
refuses an item without them) and an evidence level."""

from __future__ import annotations

import pytest

from liverguide.aftercare import aftercare_for, treatments_with_aftercare

# The treatments issue 18 names: each gets its own after-care.
AFTERCARE_TREATMENTS = ("tace", "ablation", "haic", "tare", "pve", "resection")


@pytest.mark.parametrize("treatment", AFTERCARE_TREATMENTS)
def test_each_treatment_has_its_days_its_call_now_signs_and_its_check_ups(content, treatment):
    assert treatment in treatments_with_aftercare(content), f"aftercare.yaml has nothing for {treatment}"
    care = aftercare_for(content, treatment)
    assert care.call_now, "call-now signs"
    assert care.normal, "what is often normal, by phase"
    assert care.checkups, "the usual check-ups"
    for item in care.items:
        assert item.sources and item.evidence, item.id
        assert all(item.text.get(lang, "").strip() for lang in content.meta.languages), item.id


def test_a_call_now_sign_is_a_short_phrase_that_reads_in_a_list(content):
    """Signs sit in a list on the page and in one line per treatment on the sheet: no full stop of their own."""
    for item in content.aftercare:
        if item.kind == "warning":
            assert not item.text["en"].rstrip().endswith("."), item.id
            assert not item.text["zh"].rstrip().endswith("。"), item.id
