"""make load: 20 readers at once, each in its own browser session, each taking a different route
through the pathway chooser, the walk-through and the numbers. Every session must finish without an
error and see only its own answers; the run prints how fast clicks were answered under that load.
Exits 1 if any session failed (a load test, not a timed test: the times are printed, never judged).

`--mode protocol` (make load MODE=protocol READERS=100): no browsers; READERS readers speaking
Streamlit's own messages (bench/protocol.py) through the production shape (deploy/serve.py), each on
its own route through the chooser and the walk-through, checked as above (own route, own place), then
the same number clicking through /questions and /pathway at a busy reader's pace. Exits 1 on any
error or cross-session leak.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from playwright.async_api import async_playwright

from harness.browser import CHROMIUM, CHROMIUM_ARGS, CLICK_AND_WAIT, IDLE, ROOT, serve
from harness.journeys import routes
from liverguide.content import Content, load_content
from liverguide.pathway import Answers, choose_route
from liverguide.site import BY_ID

SESSIONS = 20
# A click not answered in this long counts as an error. Generous: 20 browsers share the machine's
# two cores with the server, and the numbers page loads plotly's code in each of them at once.
LIMIT_MS = 120_000


@cache
def guide() -> Content:
    """The guide's content, read on first use: importing this module reads nothing."""
    return load_content(ROOT / "content")


async def wait_idle(page) -> None:
    await page.locator(IDLE).wait_for(state="attached")
    await page.locator("[data-testid=stMain] [data-testid=stSkeleton]").first.wait_for(state="detached")


async def go(page, name: str, lang: str) -> None:
    """To another page by the frame's Menu (same session), waiting for its title: idle alone can come too early."""
    w = guide().in_language(lang)
    # The frame's Menu (in consultation mode, as here, it is the only menu).
    await page.get_by_test_id("stPopoverButton").filter(has_text=w.ui("menu")).click()
    menu = page.get_by_test_id("stPopoverBody")
    await menu.get_by_role("link", name=w.ui(BY_ID[name].nav_key), exact=True).click()
    title = page.get_by_test_id("stMain").get_by_role("heading", level=1)
    await title.filter(has_text=w.ui(BY_ID[name].title_key)).wait_for()
    await wait_idle(page)


async def timed_click(page, locator, check: str, times: list[float]) -> None:
    handle = await locator.element_handle()
    elapsed = await handle.evaluate(CLICK_AND_WAIT, [check, LIMIT_MS])
    if elapsed is None:
        raise RuntimeError(f"a click was not answered in {LIMIT_MS / 1000:.0f} s (waiting for: {check[-90:]})")
    times.append(elapsed)
    await wait_idle(page)


async def reader(browser, url: str, n: int, given: dict[str, str], times: list[float]) -> str | None:
    """One reader's visit; None if all went as it should, else what went wrong."""
    lang = "en" if n % 2 == 0 else "zh"
    context = await browser.new_context()
    context.set_default_timeout(LIMIT_MS)
    page = await context.new_page()
    main = page.get_by_test_id("stMain")
    try:
        # Consultation mode: one question per screen, so every answer changes what the screen shows.
        await page.goto(f"{url}/pathway?lang={lang}&consult=1")
        await wait_idle(page)
        headline = guide().pathway_results[choose_route(Answers(**given), guide()).summary].headline[lang]
        fields = list(given)
        for i, (field, value) in enumerate(given.items()):
            after = guide().pathway_questions[fields[i + 1]].question[lang] if i + 1 < len(fields) else headline
            check = f"document.querySelector('[data-testid=stMain]').innerText.includes({json.dumps(after)})"
            words = guide().pathway_questions[field].options[value][lang]
            box = main.locator(f".st-key-question_box_{field}")  # consultation mode: each answer a button
            await timed_click(page, box.get_by_role("button", name=words, exact=True), check, times)
        steps = 1 + n % 6
        await go(page, "questions", lang)
        for step in range(steps):
            expected = json.dumps(guide().questions[step + 1].question[lang])
            check = f"document.querySelector('[data-testid=stMain] h2')?.textContent === {expected}"
            button = main.get_by_role("button", name=guide().in_language(lang).ui("next")).first
            await timed_click(page, button, check, times)
        await go(page, "outcomes", lang)
        check = "document.querySelectorAll('[data-testid=stMain] [data-testid=stPlotlyChart]').length >= 3"
        show = main.get_by_role("button", name=guide().in_language(lang).ui("show_numbers"))
        await timed_click(page, show, check, times)
        # Back to the chooser and the walk-through: this reader's own answers and place, no one else's.
        await go(page, "pathway", lang)
        text = await main.inner_text()
        others = {r.headline[lang] for r in guide().pathway_results.values()} - {headline}
        if headline not in text or any(h in text for h in others):
            return f"reader {n}: the chooser does not show this reader's route"
        await go(page, "questions", lang)
        place = guide().in_language(lang).ui("progress", n=steps + 1, total=len(guide().questions))
        if place not in await main.inner_text():
            return f"reader {n}: the walk-through is not at this reader's question"
        return None
    except Exception as exc:  # a failed visit is reported with the rest, not raised
        shot = Path(tempfile.gettempdir()) / f"liverguide-load-reader-{n}.png"
        await page.screenshot(path=shot, full_page=True)
        lines = str(exc).splitlines() + [f"(screenshot: {shot})"]
        waiting = next((line.strip() for line in lines if "waiting for" in line), "")
        return f"reader {n} ({lang}, {given}): {type(exc).__name__}: {lines[0]} {waiting} {lines[-1]}"
    finally:
        await context.close()


async def run(url: str) -> tuple[list[str | None], list[float], float]:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        times: list[float] = []
        start = time.perf_counter()
        outcomes = await asyncio.gather(
            *(reader(browser, url, n, given, times) for n, given in enumerate(routes(guide(), SESSIONS)))
        )
        elapsed = time.perf_counter() - start
        await browser.close()
    return list(outcomes), times, elapsed


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def protocol_main(readers: int, replicas: int, duration_s: float) -> int:
    from bench.protocol_load import front, line, measure

    failed = 0
    with front(replicas) as shape:
        ramp = min(30.0, readers / 10)
        for scenario in ("route", "questions", "pathway"):
            m = measure(shape, readers, scenario, "busy", duration_s, ramp)
            print(line(m), flush=True)
            for problem in m["first_errors"]:
                print(f"  FAILED {problem}")
            failed += m["errors"]
            if scenario == "route" and m["readers_done"] != readers:
                print(f"  FAILED only {m['readers_done']} of {readers} readers finished their route")
                failed += 1
    print(f"Errors and leaks: {failed}")
    return 1 if failed else 0


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="make load")
    parser.add_argument("--mode", choices=["browser", "protocol"], default="browser")
    parser.add_argument("--readers", type=int, default=100, help="protocol mode: readers at once (at most 1000)")
    parser.add_argument("--replicas", type=int, default=2, help="protocol mode: app processes behind nginx")
    parser.add_argument("--duration", type=float, default=60, help="protocol mode: seconds of clicking per scenario")
    args = parser.parse_args()
    if args.mode == "protocol":
        return protocol_main(min(args.readers, 1000), args.replicas, min(args.duration, 3600))
    return browser_main()


def browser_main() -> int:
    with serve() as server:
        before = cpu_seconds(server.process.pid)
        outcomes, times, elapsed = asyncio.run(run(server.url))
        server_cpu = cpu_seconds(server.process.pid) - before
    failed = [o for o in outcomes if o]
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"{SESSIONS} readers at once, {len(times)} timed clicks, {elapsed:.1f} s in all")
    print(f"Click to updated view under load: median {statistics.median(times):.0f} ms, 95th percentile {p95:.0f} ms")
    print(
        f"The server used {server_cpu:.1f} s of CPU in those {elapsed:.0f} s ({server_cpu / elapsed:.0%} of one core); "
        f"the {SESSIONS} browsers share the machine's {os.cpu_count()} cores with it"
    )
    print(f"Sessions that finished as they should: {SESSIONS - len(failed)} of {SESSIONS}")
    for problem in failed:
        print(f"  FAILED {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
