"""make bench's targets are declared once (bench/targets.py): every page with its own target is a real
page, and the table bench prints holds each measure to the target declared for it."""

from __future__ import annotations

from bench import targets
from bench.bench import measured_against_targets
from liverguide.site import BY_ID


def test_every_page_with_its_own_target_is_a_page_of_the_guide():
    assert set(targets.PAGE_READY_BY_PAGE) <= set(BY_ID)
    assert targets.page_ready("about") == targets.PAGE_READY
    assert targets.page_ready("outcomes").limit > targets.PAGE_READY.limit


def test_the_table_holds_each_measure_to_its_declared_target_and_can_say_not_met():
    results = {
        "clicks_ms": {"a tap": targets.CLICK.limit + 1},
        "apptest_rerun_ms": {"/": targets.RERUN.limit - 1},
        "memory_mb": {"guide": {"per_extra_session": targets.SESSION_MEMORY.limit}},
    }
    rows = {row["what"]: row for row in measured_against_targets(results)}
    assert rows["click: a tap"]["target"] == targets.CLICK.limit and rows["click: a tap"]["met"] is False
    assert rows["AppTest warm rerun /"]["met"] is True
    assert rows["memory per extra session"]["met"] is True  # at the limit is met


def test_each_reading_page_is_held_to_the_reading_edition_s_targets_and_can_fail():
    page = {"slow_ratio": 0.5, "slow_first_words_ms": 900, "app_slow_first_words_ms": 1800, "bytes": 20_000}
    page |= {"ready_ratio": 0.1, "ready_ms": 90}
    rows = {row["what"]: row for row in measured_against_targets({"reading": {"pages": {"/read/en/index.html": page}}})}
    assert rows["read slow/app /read/en/index.html"]["met"] is False  # 0.5 > 0.35
    assert rows["read slow words /read/en/index.html"]["met"] is True
    assert rows["read bytes /read/en/index.html"]["value"] == 20 and rows["read bytes /read/en/index.html"]["met"]
    assert rows["read ready /read/en/index.html"]["target"] == targets.READING_PAGE_READY.limit
