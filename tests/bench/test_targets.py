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
