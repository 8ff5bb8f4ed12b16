"""make bench: how fast the guide opens and answers, and how much memory it takes, against a one-line
Streamlit app measured in the same run on the same machine. It prints one table, writes it to
bench/results.json, and says for each target whether it is met. It never fails on time: a loaded
machine is slower, and both sides slow down together (docs/performance.md explains each number).
"""

from __future__ import annotations

import json
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench import reading_bench, serve_bench, targets
from harness.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    CLICK_AND_WAIT,
    ONE_LINE_APP,
    ROOT,
    one_line_ready_ms,
    page_ready_ms,
    serve,
    wait_for_app,
)
from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.content import Content, load_content
from liverguide.site import PAGES

logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest in bare mode warns on every run

RUNS = 5  # fresh browser sessions per page
CLICKS = 10  # clicks per interaction
RERUNS = 20  # AppTest reruns per page
SESSIONS = 20
RESULTS = ROOT / "bench" / "results.json"


@cache
def guide() -> Content:
    """The guide's content, read on first use: importing this module reads nothing."""
    return load_content(ROOT / "content")


# BENCH_PARTS=serve,readers runs only those parts (pages: the browser table of the guide served
# directly; serve: nginx in front, bytes and the slow phone; readers: the protocol-level load;
# reading: the reading edition's pages against their app pages, bench/reading_bench.py).
PARTS = set(os.environ.get("BENCH_PARTS", "pages,serve,readers,reading").split(","))


def say(what: str) -> None:
    """Progress, on stderr: a full run takes a few minutes."""
    print(f"[{time.strftime('%H:%M:%S')}] {what}", file=sys.stderr, flush=True)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_to_healthy(script: Path) -> float:
    """Seconds from starting `streamlit run` to its health check answering."""
    with serve(script) as server:
        return server.start_s


def click_ms(page: Page, locator, check: str) -> float:
    elapsed = locator.element_handle().evaluate(CLICK_AND_WAIT, [check, 15_000])
    wait_for_app(page)
    return elapsed


def walkthrough_clicks(browser, url: str) -> list[float]:
    """Next, from question to question (and round again), timed until the next question shows."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/questions?lang=en")
    wait_for_app(page)
    times = []
    en = guide().in_language("en")
    total = len(guide().questions)
    for n in range(CLICKS):
        step = n % (total - 1)
        if step == 0 and n:
            restart = page.get_by_test_id("stMain").get_by_role("button", name=en.ui("restart")).first
            click_ms(page, restart, f"!{shows(guide().questions[-1].question['en'])}")
        expected = json.dumps(guide().questions[step + 1].question["en"])
        check = f"document.querySelector('[data-testid=stMain] h2')?.textContent === {expected}"
        button = page.get_by_test_id("stMain").get_by_role("button", name=en.ui("next")).first
        times.append(click_ms(page, button, check))
    context.close()
    return times


def shows(text: str) -> str:
    """A check that the main area shows `text`."""
    return f"document.querySelector('[data-testid=stMain]').innerText.includes({json.dumps(text)})"


def pathway_clicks(browser, url: str) -> list[float]:
    """Answers in the chooser as a nurse gives them (consultation mode, one question per screen),
    each timed until the next question, or the route, shows."""
    questions = guide().pathway_questions
    headline = guide().pathway_results[ROUTE_RESULT].headline["en"]
    route = list(ROUTE.items())
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/pathway?lang=en&consult=1")
    wait_for_app(page)
    main = page.get_by_test_id("stMain")
    times = []
    while len(times) < CLICKS:
        for i, (field, option) in enumerate(route):
            after = questions[route[i + 1][0]].question["en"] if i + 1 < len(route) else headline
            box = main.locator(f".st-key-question_box_{field}")  # consultation mode: each answer a button
            button = box.get_by_role("button", name=questions[field].options[option]["en"], exact=True)
            times.append(click_ms(page, button, shows(after)))
        again = main.get_by_role("button", name=guide().in_language("en").ui("start_again")).first
        click_ms(page, again, f"!{shows(headline)}")
    context.close()
    return times[:CLICKS]


def median_of_answered(times: list[float | None]) -> float:
    answered = [t for t in times if t is not None]
    return statistics.median(answered) if answered else float("nan")


def apptest_rerun_ms() -> dict[str, float]:
    """Median warm rerun of each page, in process (the whole app: frame and page)."""
    from streamlit.testing.v1 import AppTest

    result = {}
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(page.file).run()
        for _ in range(3):
            at.run()
        times = []
        for _ in range(RERUNS):
            start = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - start) * 1000)
        result[page.address] = statistics.median(times)
    return result


def memory_per_session(browser, url: str, proc, path: str) -> tuple[float, float, float]:
    """Server RSS with 1 open session and with SESSIONS, and MB per extra session."""
    contexts = []

    def open_one() -> None:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + path)
        wait_for_app(page)
        contexts.append(context)

    open_one()
    time.sleep(1)
    one = rss_mb(proc.pid)
    for _ in range(SESSIONS - 1):
        open_one()
    time.sleep(1)
    many = rss_mb(proc.pid)
    for context in contexts:
        context.close()
    return one, many, (many - one) / (SESSIONS - 1)


def page_measures(browser, base_url: str, base_proc, guide_url: str, guide_proc, results: dict) -> None:
    """The browser table: every page's ready time, clicks and memory, the guide served directly."""
    one_line_ready_ms(browser, base_url)  # warm both servers (first imports, caches)
    for page in PAGES:
        page_ready_ms(browser, guide_url + page.address, None)
    # The one-line app is measured between the pages, all through the run, and its median over
    # every run is the yardstick: a single page's few runs swing by 0.1 s on this machine.
    guide_ms, base_ms = {}, []
    for page in PAGES:
        say(f"page ready: {page.address}")
        base_ms += [one_line_ready_ms(browser, base_url) for _ in range(RUNS)]
        ready = (page_ready_ms(browser, guide_url + page.address, None) for _ in range(RUNS))
        guide_ms[page.address] = statistics.median(ready)
    base = statistics.median(base_ms)
    results["baseline_page_ready_ms"] = base
    results["pages"] = {
        p.address: {"guide_ms": ms, "ratio": ms / base, "target": targets.page_ready(p.id).limit}
        for p in PAGES
        for ms in [guide_ms[p.address]]
    }
    say("clicks")
    clicks = {"walkthrough_next": walkthrough_clicks(browser, guide_url)}
    clicks["pathway_answer"] = pathway_clicks(browser, guide_url)
    results["clicks_ms"] = {name: median_of_answered(times) for name, times in clicks.items()}
    results["clicks_lost"] = {name: times.count(None) for name, times in clicks.items()}
    say(f"memory with 1 and {SESSIONS} sessions")
    base_mem = memory_per_session(browser, base_url, base_proc, "/")
    guide_mem = memory_per_session(browser, guide_url, guide_proc, "/questions")
    names = ("one_session", f"{SESSIONS}_sessions", "per_extra_session")
    results["memory_mb"] = {
        "baseline": dict(zip(names, base_mem, strict=True)),
        "guide": dict(zip(names, guide_mem, strict=True)),
    }


def main() -> None:
    baseline_script = Path(tempfile.mkdtemp()) / "one_line.py"
    baseline_script.write_text(ONE_LINE_APP)
    results: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    if "pages" in PARTS:
        say("starting each server three times")
        results["start_s"] = {
            "baseline": statistics.median(start_to_healthy(baseline_script) for _ in range(3)),
            "guide": statistics.median(start_to_healthy(ROOT / "app.py") for _ in range(3)),
        }
    with serve(baseline_script) as base_server, serve() as guide_server:
        base_url, base_proc, guide_url, guide_proc = (
            base_server.url,
            base_server.process,
            guide_server.url,
            guide_server.process,
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            if "pages" in PARTS:
                page_measures(browser, base_url, base_proc, guide_url, guide_proc, results)
            if "serve" in PARTS:
                results["front"] = serve_bench.front_measures(browser, guide_url, base_url, say)
            if "reading" in PARTS:
                results["reading"] = reading_bench.reading_measures(browser, base_url, guide(), say)
            browser.close()
    if "readers" in PARTS:
        results["readers"] = serve_bench.reader_measures(say)
    if "pages" in PARTS:
        say("AppTest reruns")
        results["apptest_rerun_ms"] = apptest_rerun_ms()
    results["targets"] = measured_against_targets(results)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


def measured_against_targets(r: dict) -> list[dict]:
    rows = [
        {
            "what": f"page ready {path}",
            "value": p["ratio"],
            "target": p["target"],
            "unit": targets.PAGE_READY.unit,
            "note": f"({p['guide_ms']:.0f} ms)",
        }
        for path, p in r.get("pages", {}).items()
    ]
    rows += [
        {"what": f"click: {name}", "value": ms, "target": targets.CLICK.limit, "unit": targets.CLICK.unit}
        for name, ms in r.get("clicks_ms", {}).items()
    ]
    rows += [
        {"what": f"AppTest warm rerun {path}", "value": ms, "target": targets.RERUN.limit, "unit": targets.RERUN.unit}
        for path, ms in r.get("apptest_rerun_ms", {}).items()
    ]
    if "memory_mb" in r:
        per = r["memory_mb"]["guide"]["per_extra_session"]
        memory = targets.SESSION_MEMORY
        rows.append({"what": "memory per extra session", "value": per, "target": memory.limit, "unit": memory.unit})
    rows += serve_bench.rows(r)
    rows += reading_bench.rows(r)
    for row in rows:
        row["met"] = row["value"] <= row["target"]
    return rows


def table(r: dict) -> str:
    lines = [f"Machine: {r['machine']}   {r['when']}", ""]
    if "pages" in r:
        lines.append(f"One-line app, page ready: {r['baseline_page_ready_ms']:.0f} ms (median of {len(PAGES) * RUNS})")
        lines.append(
            f"Server start to healthy: guide {r['start_s']['guide']:.2f} s, "
            f"one-line app {r['start_s']['baseline']:.2f} s"
        )
        mem = r["memory_mb"]
        lines.append(
            f"Server memory, 1 / {SESSIONS} sessions: guide {mem['guide']['one_session']:.0f} / "
            f"{mem['guide'][f'{SESSIONS}_sessions']:.0f} MB, one-line app {mem['baseline']['one_session']:.0f} / "
            f"{mem['baseline'][f'{SESSIONS}_sessions']:.0f} MB"
        )
    lines += ["", f"{'what':<34}{'value':>10}  {'target':>8}  {'unit':<15}met", "-" * 74]
    for row in r["targets"]:
        met = "yes" if row["met"] else "NO"
        note = f"  {row['note']}" if row.get("note") else ""
        lines.append(f"{row['what']:<34}{row['value']:>10.2f}  {row['target']:>8.2f}  {row['unit']:<15}{met}{note}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
