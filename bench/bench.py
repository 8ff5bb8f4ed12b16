"""make bench: how fast the guide opens and reacts, and how much memory it takes, as ratios to a
one-line Streamlit app measured in the same run on the same machine. It prints; it never fails on
time (a loaded machine is slower, but both sides slow down together)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, serve, wait_for_app  # noqa: E402

RUNS = 5
PAGES = ["/", "/questions", "/pathway", "/outcomes", "/treatments", "/glossary"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def page_ready(browser, url: str) -> float:
    """Seconds from navigation in a fresh browser session to the app being idle."""
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    wait_for_app(page)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def click_to_update(browser, url: str) -> float:
    """Seconds from clicking Next in the walk-through to the next question showing."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/questions")
    wait_for_app(page)
    start = time.perf_counter()
    page.get_by_test_id("stMain").get_by_role("button", name="Next").first.click()
    page.get_by_test_id("stMain").get_by_text("Question 2 of").wait_for()
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main() -> None:
    baseline_script = Path(tempfile.mkdtemp()) / "one_line.py"
    baseline_script.write_text('import streamlit as st\nst.write("Hello")\n')
    with serve(baseline_script) as (base_url, base_proc), serve() as (guide_url, guide_proc):
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            # Warm both servers (first imports, caches) before timing.
            page_ready(browser, base_url)
            page_ready(browser, guide_url)
            base = statistics.median(page_ready(browser, base_url) for _ in range(RUNS))
            print(f"Baseline (one-line app), page ready: {base:.2f} s (median of {RUNS})\n")
            print(f"{'page':<14}{'median s':>10}{'ratio':>8}")
            for path in PAGES:
                t = statistics.median(page_ready(browser, guide_url + path) for _ in range(RUNS))
                print(f"{path:<14}{t:>10.2f}{t / base:>8.2f}")
            click = statistics.median(click_to_update(browser, guide_url) for _ in range(RUNS))
            print(f"\nNext click to next question: {click:.2f} s ({click / base:.2f} x baseline page ready)")
            browser.close()
        base_mb, guide_mb = rss_mb(base_proc.pid), rss_mb(guide_proc.pid)
        ratio = guide_mb / base_mb
        print(f"Server memory after the runs: guide {guide_mb:.0f} MB, baseline {base_mb:.0f} MB, ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
