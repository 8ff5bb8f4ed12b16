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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest in bare mode warns on every run

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liverguide.content import load_content  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port, _healthy, serve, wait_for_app  # noqa: E402

RUNS = 5  # fresh browser sessions per page
CLICKS = 10  # clicks per interaction
RERUNS = 20  # AppTest reruns per page
SESSIONS = 20
RESULTS = ROOT / "bench" / "results.json"
CONTENT = load_content(ROOT / "content")
# (path, page file, target ratio to the one-line app): text pages 1.2, the chooser 1.4, the charts 2.0.
PAGES = [
    ("/", "pages/home.py", 1.2),
    ("/questions", "pages/questions.py", 1.2),
    ("/pathway", "pages/pathway.py", 1.4),
    ("/outcomes", "pages/outcomes.py", 2.0),
    ("/treatments", "pages/treatments.py", 1.2),
    ("/aftercare", "pages/aftercare.py", 1.2),
    ("/handout", "pages/handout.py", 1.2),
    ("/glossary", "pages/glossary.py", 1.2),
    ("/about", "pages/about.py", 1.2),
]
CLICK_TARGET_MS, RERUN_TARGET_MS, SESSION_TARGET_MB = 150, 30, 1.0

# In the page: click, then time until the view shows what the click asked for (a MutationObserver,
# so Playwright's own round trips are not counted). `check` is a JavaScript condition; in it,
# `rerunDone` is true once the app has been seen running after the click and is idle again (a very
# quick rerun may never show as running, so prefer a check on what the page shows). After `limit`
# ms without it, the click counts as lost (null), and the run goes on.
CLICK_AND_WAIT = """(el, [check, limit]) => new Promise((resolve) => {
  const app = document.querySelector('[data-testid=stApp]');
  let ran = false;
  const done = new Function('rerunDone', 'return ' + check);
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running') ran = true;
    if (done(ran && state === 'notRunning')) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
  setTimeout(() => { observer.disconnect(); resolve(null); }, limit);
  el.click();
})"""


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
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true", f"--server.port={port}"]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not _healthy(url):
            time.sleep(0.02)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def page_ready_ms(browser, url: str, main_text: str | None) -> float:
    """Milliseconds from navigation start (a fresh browser session) to ready: the app idle and the
    page's main content visible (its first heading, or for the one-line app its text)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    main = page.get_by_test_id("stMain")
    (main.get_by_role("heading", level=1) if main_text is None else main.get_by_text(main_text)).first.wait_for()
    elapsed = page.evaluate("performance.now()")
    context.close()
    return elapsed


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
    total = len(CONTENT.questions)
    for n in range(CLICKS):
        step = n % (total - 1)
        if step == 0 and n:
            restart = page.get_by_test_id("stMain").get_by_role("button", name=CONTENT.ui_text("restart", "en")).first
            click_ms(page, restart, f"!{shows(CONTENT.questions[-1].question['en'])}")
        expected = json.dumps(CONTENT.questions[step + 1].question["en"])
        check = f"document.querySelector('[data-testid=stMain] h2')?.textContent === {expected}"
        button = page.get_by_test_id("stMain").get_by_role("button", name=CONTENT.ui_text("next", "en")).first
        times.append(click_ms(page, button, check))
    context.close()
    return times


ROUTE = [
    ("health", "good"),
    ("cancer", "primary"),
    ("stage", "middle"),
    ("tumour_size", "larger"),
    ("resectable", "no"),
]


def shows(text: str) -> str:
    """A check that the main area shows `text`."""
    return f"document.querySelector('[data-testid=stMain]').innerText.includes({json.dumps(text)})"


def pathway_clicks(browser, url: str) -> list[float]:
    """Answers in the chooser as a nurse gives them (consultation mode, one question per screen),
    each timed until the next question, or the route, shows."""
    questions = CONTENT.pathway_questions
    headline = CONTENT.pathway_results["interventional_primary"].headline["en"]
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "/pathway?lang=en&consult=1")
    wait_for_app(page)
    main = page.get_by_test_id("stMain")
    times = []
    while len(times) < CLICKS:
        for i, (field, option) in enumerate(ROUTE):
            after = questions[ROUTE[i + 1][0]].question["en"] if i + 1 < len(ROUTE) else headline
            radio = main.get_by_test_id("stRadio").get_by_role("radio", name=questions[field].options[option]["en"])
            times.append(click_ms(page, radio, shows(after)))
        again = main.get_by_role("button", name=CONTENT.ui_text("start_again", "en")).first
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
    for path, script, _ in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(script).run()
        for _ in range(3):
            at.run()
        times = []
        for _ in range(RERUNS):
            start = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - start) * 1000)
        result[path] = statistics.median(times)
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


def main() -> None:
    baseline_script = Path(tempfile.mkdtemp()) / "one_line.py"
    baseline_script.write_text('import streamlit as st\nst.write("hello")\n')
    results: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    say("starting each server three times")
    results["start_s"] = {
        "baseline": statistics.median(start_to_healthy(baseline_script) for _ in range(3)),
        "guide": statistics.median(start_to_healthy(ROOT / "app.py") for _ in range(3)),
    }
    with serve(baseline_script) as (base_url, base_proc), serve() as (guide_url, guide_proc):
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page_ready_ms(browser, base_url, "hello")  # warm both servers (first imports, caches)
            for path, _, _ in PAGES:
                page_ready_ms(browser, guide_url + path, None)
            # The one-line app is measured between the pages, all through the run, and its median over
            # every run is the yardstick: a single page's few runs swing by 0.1 s on this machine.
            guide_ms, base_ms = {}, []
            for path, _, _ in PAGES:
                say(f"page ready: {path}")
                base_ms += [page_ready_ms(browser, base_url, "hello") for _ in range(RUNS)]
                guide_ms[path] = statistics.median(page_ready_ms(browser, guide_url + path, None) for _ in range(RUNS))
            base = statistics.median(base_ms)
            results["baseline_page_ready_ms"] = base
            results["pages"] = {
                path: {"guide_ms": guide_ms[path], "ratio": guide_ms[path] / base, "target": target}
                for path, _, target in PAGES
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
            browser.close()
    say("AppTest reruns")
    results["apptest_rerun_ms"] = apptest_rerun_ms()
    results["targets"] = targets(results)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


def targets(r: dict) -> list[dict]:
    rows = [
        {"what": f"page ready {path}", "value": p["ratio"], "target": p["target"], "unit": "x one-line app"}
        for path, p in r["pages"].items()
    ]
    rows += [
        {"what": f"click: {name}", "value": ms, "target": CLICK_TARGET_MS, "unit": "ms"}
        for name, ms in r["clicks_ms"].items()
    ]
    rows += [
        {"what": f"AppTest warm rerun {path}", "value": ms, "target": RERUN_TARGET_MS, "unit": "ms"}
        for path, ms in r["apptest_rerun_ms"].items()
    ]
    per = r["memory_mb"]["guide"]["per_extra_session"]
    rows.append({"what": "memory per extra session", "value": per, "target": SESSION_TARGET_MB, "unit": "MB"})
    for row in rows:
        row["met"] = row["value"] <= row["target"]
    return rows


def table(r: dict) -> str:
    lines = [f"Machine: {r['machine']}   {r['when']}", ""]
    lines.append(f"One-line app, page ready: {r['baseline_page_ready_ms']:.0f} ms (median of {len(PAGES) * RUNS})")
    lines.append(
        f"Server start to healthy: guide {r['start_s']['guide']:.2f} s, one-line app {r['start_s']['baseline']:.2f} s"
    )
    mem = r["memory_mb"]
    lines.append(
        f"Server memory, 1 / {SESSIONS} sessions: guide {mem['guide']['one_session']:.0f} / "
        f"{mem['guide'][f'{SESSIONS}_sessions']:.0f} MB, one-line app {mem['baseline']['one_session']:.0f} / "
        f"{mem['baseline'][f'{SESSIONS}_sessions']:.0f} MB"
    )
    lines += ["", f"{'what':<34}{'value':>10}  {'target':>8}  {'unit':<15}met", "-" * 74]
    for row in r["targets"]:
        extra = ""
        if row["what"].startswith("page ready"):
            p = r["pages"][row["what"].removeprefix("page ready ")]
            extra = f"  ({p['guide_ms']:.0f} ms)"
        met = "yes" if row["met"] else "NO"
        lines.append(f"{row['what']:<34}{row['value']:>10.2f}  {row['target']:>8.2f}  {row['unit']:<15}{met}{extra}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
