"""Every target `make bench` holds a measure to, declared once: one row each, with its limit and unit
(a measure meets its target when value <= limit). bench.py and serve_bench.py read them from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    limit: float
    unit: str


# Page ready in a fresh browser session, as a ratio to a one-line Streamlit page in the same run: text
# pages 1.2, the chooser 1.4, the pages with charts or many widgets 2.0 (keyed by liverguide.site id).
PAGE_READY = Target(1.2, "x one-line app")
PAGE_READY_BY_PAGE = {"pathway": Target(1.4, "x one-line app"), "outcomes": Target(2.0, "x one-line app")}
PAGE_READY_BY_PAGE["decide"] = PAGE_READY_BY_PAGE["outcomes"]
CLICK = Target(150, "ms")  # a click answered
RERUN = Target(30, "ms")  # an AppTest warm rerun
SESSION_MEMORY = Target(1.0, "MB")  # each extra session, in a browser or by protocol
FIRST_VISIT_BYTES = Target(0.40, "x direct")  # through nginx, against the app served directly
SLOW_FIRST_WORDS = Target(0.5, "x direct")  # an emulated slow phone, first words through nginx
SLOW_LOADING_LINE = Target(1500, "ms")  # the loading line nginx writes into the first HTML
SLOW_SECOND_VISIT = Target(300, "ms")  # a second visit's first words, beyond the one-line app's
READER_P95 = Target(500, "ms p95")  # a click answered under load
READER_ERRORS = Target(0, "errors")


def page_ready(page_id: str) -> Target:
    return PAGE_READY_BY_PAGE.get(page_id, PAGE_READY)


# The reading edition (make site, served under /read/ by make serve), each page against the app.
READING_SLOW_FIRST_WORDS = Target(0.35, "x its app page")  # slow phone, first words, both through nginx
READING_SLOW_FIRST_WORDS_MS = Target(1500, "ms")  # the same, in time
READING_FIRST_VISIT_BYTES = Target(60, "KB")  # everything a first visit fetches, as sent (compressed)
READING_PAGE_READY = Target(0.25, "x one-line app")  # page ready on the fast path
