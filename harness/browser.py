"""The plumbing that the browser tests, make bench and make load share: Debian's Chromium, the guide
served as `make run` or as `make serve` on a free port of this machine, waiting for the app, and the
reader's actions. It imports no test and no benchmark: both import it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Browser, Locator, Page, expect

from deploy.serve import free_port, healthy
from liverguide.content import Words
from liverguide.markup import replace_terms
from liverguide.site import BY_ID

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Stop Chromium calling home on a closed network; root needs --no-sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen
    start_s: float  # from starting `streamlit run` to its health check answering


@contextlib.contextmanager
def serve(script: Path = ROOT / "app.py", env: dict[str, str] | None = None, root: Path = ROOT) -> Iterator[Server]:
    """The guide (or another script, for the benchmark's baseline), served as `make run` serves it,
    on a free port of this machine, with `env` added to its environment, from the project folder
    `root` (another commit's copy, for bench/compare.py).

    The server's output goes to a log file in the temp folder, named by port, for debugging.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true"]
    command += [f"--server.port={port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none"]
    with open(Path(tempfile.gettempdir()) / f"liverguide-e2e-{port}.log", "w") as log:
        # Run from the project folder, so .streamlit/config.toml applies to the baseline too.
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=root, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
        try:
            deadline = time.monotonic() + 60
            while not healthy(url, timeout=1):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the guide's server did not start; see {log.name}")
                time.sleep(0.02)
            yield Server(url, proc, time.perf_counter() - start)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@contextlib.contextmanager
def production(replicas: int = 2, extra: list[str] | None = None) -> Iterator[dict]:
    """`make serve` (deploy/serve.py) on a free loopback port; yields its state (url, pids, ports),
    with the state file and the process. Stopped after as by Ctrl+C, which must end it cleanly and
    leave no process behind."""
    state_file = Path(tempfile.mkdtemp(prefix="liverguide-serve-")) / "state.json"
    log_file = state_file.with_name("serve.log")
    command = [sys.executable, "-m", "deploy.serve", f"--port={free_port()}", f"--replicas={replicas}"]
    with open(log_file, "w") as log:
        proc = subprocess.Popen(
            [*command, f"--state={state_file}", *(extra or [])], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            # Generous: the first start after a Streamlit upgrade compresses its files (deploy/precompress.py).
            deadline = time.monotonic() + 600
            while not state_file.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"make serve did not start: {log_file.read_text()}")
                time.sleep(0.1)
            yield {**json.loads(state_file.read_text()), "state_file": state_file, "process": proc}
        finally:
            proc.send_signal(signal.SIGINT)  # as Ctrl+C
            code = proc.wait(timeout=60)
    if code != 0:
        raise RuntimeError(f"make serve exited with {code}: {log_file.read_text()}")
    state = json.loads(state_file.read_text())
    for pid in [state["nginx_pid"], *(r["pid"] for r in state["replicas"])]:
        if Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text():
            raise RuntimeError(f"process {pid} outlived make serve")


def wait_for_app(page: Page) -> None:
    """Wait until the script has finished and nothing is still loading (as Streamlit's own e2e tests do)."""
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(state="attached")
    page.locator(IDLE).wait_for(state="attached")
    expect(page.get_by_test_id("stMain").get_by_test_id("stSkeleton")).to_have_count(0)


# The yardstick every page is measured against: a one-line Streamlit page, ready when its word shows.
ONE_LINE_APP = 'import streamlit as st\nst.write("hello")\n'


def one_line_ready_ms(browser: Browser, url: str) -> float:
    """page_ready_ms of the one-line page (ONE_LINE_APP) served at `url`."""
    return page_ready_ms(browser, url, "hello")


def page_ready_ms(browser: Browser, url: str, main_text: str | None) -> float:
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


def open_page(page: Page, url: str, path: str) -> None:
    page.goto(url + path)
    wait_for_app(page)


def main(page: Page) -> Locator:
    """The page's own content, below the frame's menu."""
    return page.get_by_test_id("stMain")


def choose(page: Page, w: Words, field: str, option: str) -> None:
    """Answer a pathway question by clicking its words, inside the box that holds it ("Yes", "No" and
    "I am not sure" answer more than one question), and wait for the rerun."""
    words = w(w.content.pathway_questions[field].options[option])
    # Within the box's radio group: while a rerun draws, the box can briefly hold the same words twice.
    box = main(page).locator(f".st-key-question_box_{field}")
    box.get_by_role("radiogroup").get_by_text(words, exact=True).click()
    wait_for_app(page)


def open_menu(page: Page, w: Words) -> Locator:
    """Open the frame's Menu (its pages, and consultation mode); gives the open menu."""
    page.get_by_test_id("stPopoverButton").filter(has_text=w.ui("menu")).click()
    menu = page.get_by_test_id("stPopoverBody")
    expect(menu).to_be_visible()
    return menu


def go(page: Page, w: Words, page_id: str) -> None:
    """To another page by the frame's Menu, in the same session (a new address would start a new one)."""
    target = BY_ID[page_id]
    open_menu(page, w).get_by_role("link", name=w.ui(target.nav_key), exact=True).click()
    # Idle alone can come too early (before the new page's run has started): wait for its title.
    expect(main(page).get_by_role("heading", level=1)).to_have_text(w.ui(target.title_key))
    wait_for_app(page)


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


@contextlib.contextmanager
def browser_page(browser, width: str) -> Iterator[Page]:
    """A fresh session in a new browser context at "desktop" (1280 px) or "phone" (390 px) width."""
    context = browser.new_context(viewport=DESKTOP if width == "desktop" else PHONE, is_mobile=width == "phone")
    try:
        yield context.new_page()
    finally:
        context.close()


# The gates every screen passes.

SCREENSHOTS = ROOT / "screenshots"
AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def assert_accessible(page: Page) -> None:
    """axe-core (the copy bundled with axe-playwright-python) finds no serious or critical WCAG 2.2 AA problem."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("(o) => axe.run(document, o)", {"runOnly": {"type": "tag", "values": AXE_TAGS}})
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


def photograph_and_check(page: Page, name: str) -> None:
    """A screenshot to look at, then the gates every screen passes: something is drawn, nothing
    scrolls sideways, no link label is cut off, and axe finds no serious or critical problem."""
    screenshot(page, name)
    drawn = page.evaluate("document.querySelector('[data-testid=stMain]').innerText.trim().length")
    assert drawn > 0, f"{name}: the page shows no text"
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
    cut = page.evaluate(
        "Array.from(document.querySelectorAll('[data-testid=stPageLink-NavLink] p, "
        "[data-testid=stPageLink-NavLink] span')).filter(e => e.scrollWidth > e.clientWidth + 1)"
        ".map(e => e.textContent)"
    )
    assert cut == [], f"link labels cut off in {name}: {cut}"
    assert_accessible(page)


# The tallest picture taken: the treatments page at 200% text with every table open is over 200,000 px
# tall, which took Chromium minutes to draw (and once lost the app's connection); nobody reads that far.
SCREENSHOT_MAX_PX = 10_000


def screenshot(page: Page, name: str) -> Path:
    """The page from its top: Streamlit scrolls inside its own container, so grow the window to fit
    it first (up to SCREENSHOT_MAX_PX)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size(
        {"width": size["width"], "height": min(max(size["height"], height + 100), SCREENSHOT_MAX_PX)}
    )
    wait_for_app(page)
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(size)
    return path


def words_shown(w: Words, text: str) -> str:
    """A text as the page shows its words: glossary marks as their words, no bold marks."""
    return replace_terms(text, lambda term_id, shown: shown or w(w.content.glossary[term_id].term)).replace("**", "")
