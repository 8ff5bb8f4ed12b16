"""In real Chromium, through the production shape (`make serve`: deploy/serve.py, nginx in front of two
app processes on loopback ports): compressed answers, security headers, a CSP that the guide never
trips, nothing sent to another host, both processes used, deep addresses and the loading line, and
the faults (a process stopped under a reader, a rolling restart, a process that will not start)."""

from __future__ import annotations

import concurrent.futures
import contextlib
import gzip
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from deploy.serve import SESSION_BURST, SESSION_RATE
from liverguide.site import BY_ID, PAGES
from tests.e2e.browser import DESKTOP, ROOT, choose, free_port, go, main, open_page, wait_for_app

# While Streamlit finds its base path, a deep link makes Chromium log these two harmless 404s.
BENIGN_404_SUFFIXES = ("/_stcore/health", "/_stcore/host-config")
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
# Every CSP violation and uncaught error, recorded in the page from its very first script.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
"""
LATE_SMALL = {"health": "good", "cancer": "primary", "stage": "late", "tumour_size": "small", "resectable": "no"}


@contextlib.contextmanager
def production(replicas: int = 2, extra: list[str] | None = None) -> Iterator[dict]:
    """`make serve` on a free loopback port; yields its state (url, pids, ports). Stopped after."""
    state_file = Path(tempfile.mkdtemp(prefix="liverguide-serve-test-")) / "state.json"
    port = free_port()
    log = open(state_file.with_name("serve.log"), "w")
    command = [sys.executable, "-m", "deploy.serve", f"--port={port}", f"--replicas={replicas}"]
    proc = subprocess.Popen(
        [*command, f"--state={state_file}", *(extra or [])], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 120
        while not state_file.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"make serve did not start: {state_file.with_name('serve.log').read_text()}")
            time.sleep(0.1)
        yield {**json.loads(state_file.read_text()), "state_file": state_file, "process": proc}
    finally:
        proc.send_signal(signal.SIGINT)  # as Ctrl+C
        code = proc.wait(timeout=60)
        log.close()
    assert code == 0, f"make serve exited with {code}: {state_file.with_name('serve.log').read_text()}"
    state = json.loads(state_file.read_text())
    for pid in [state["nginx_pid"], *(r["pid"] for r in state["replicas"])]:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text(), (
            f"process {pid} outlived make serve"
        )


def state_now(front: dict) -> dict:
    return json.loads(front["state_file"].read_text())


@pytest.fixture(scope="module")
def front(content) -> Iterator[dict]:
    with production() as state:
        yield state


def watched_context(browser):
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(WATCH)
    return context


def route_of(context) -> str | None:
    return next((c["value"] for c in context.cookies() if c["name"] == "lg_route"), None)


def get(url: str, encoding: str = "gzip") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=60) as r:
        return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()


@pytest.mark.parametrize("page_id", [p.id for p in PAGES])
def test_every_page_opens_compressed_with_security_headers_and_no_csp_violation(browser, front, content, page_id):
    en = content.in_language("en")
    context = watched_context(browser)
    page = context.new_page()
    responses = []
    page.on("response", lambda r: responses.append(r))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        open_page(page, front["url"], BY_ID[page_id].address)
        expect(main(page).get_by_role("heading", level=1)).to_have_text(en.ui(f"{page_id}_title"))
        wait_for_app(page)
        violations = page.evaluate("window.__violations")
        document = next(r for r in responses if r.request.resource_type == "document")
        headers = document.all_headers()
        texts = [
            r
            for r in responses
            if r.status == 200 and r.headers.get("content-type", "").startswith(TEXT_TYPES) and r.url != "about:blank"
        ]
        # Below nginx's gzip_min_length (256 bytes) compression would only add bytes.
        plain = [
            r.url
            for r in texts
            if r.headers.get("content-encoding") not in ("gzip", "br")
            and int(r.headers.get("content-length", 1e9)) >= 256
        ]
    finally:
        context.close()
    assert headers.get("content-encoding") in ("gzip", "br"), headers
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, (name, headers.get(name))
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "http" not in csp
    assert "camera=()" in headers["permissions-policy"] and "geolocation=()" in headers["permissions-policy"]
    assert headers.get("server") == "nginx", "the server must not say its version"
    assert headers.get("cache-control") == "no-cache"
    assert len(texts) > 10, "the first visit should load Streamlit's code"
    assert plain == [], f"text answers sent uncompressed: {plain}"
    assert violations == [], violations
    assert [e for e in errors if "404" not in e] == []


def test_hashed_files_are_cached_for_a_year_and_the_page_is_not(front):
    _, _, body = get(front["url"] + "/", encoding="identity")
    script = body.decode().split('src="./static/js/')[1].split('"')[0]
    _, headers, _ = get(f"{front['url']}/static/js/{script}", encoding="br")
    assert headers["cache-control"] == "public, immutable, max-age=31536000"
    assert headers["content-encoding"] == ("br" if front["brotli"] else "gzip")
    assert get(front["url"] + "/about")[1]["cache-control"] == "no-cache"


def test_the_loading_line_and_the_guide_s_name_are_in_the_first_html_in_both_languages(front, content):
    status, headers, body = get(front["url"] + "/pathway")
    html = gzip.decompress(body).decode() if headers.get("content-encoding") == "gzip" else body.decode()
    root = html.split('<div id="root">', 1)[1]
    for lang in ("en", "zh"):
        assert content.in_language(lang).ui("app_title") in root.split("</div></div>")[0]
    assert "Loading" in root and "正在加载" in root


def test_walking_the_guide_through_the_front_trips_no_csp_and_sends_nothing_off_the_server(
    browser, front, content, tmp_path
):
    """The parts most likely to need more than 'self': the flowchart, plotly charts, the download."""
    en = content.in_language("en")
    context = watched_context(browser)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        open_page(page, front["url"], "/pathway")
        for field, option in LATE_SMALL.items():
            choose(page, en, field, option)
        expect(main(page).get_by_test_id("stGraphVizChart").locator("svg")).to_be_visible()
        violations = page.evaluate("window.__violations")
        go(page, en, "handout")
        with page.expect_download() as info:
            main(page).get_by_role("button", name=en.ui("handout_download")).click()
        info.value.save_as(tmp_path / "sheet.html")
        assert (tmp_path / "sheet.html").stat().st_size > 1000
        go(page, en, "outcomes")
        main(page).get_by_role("button", name=en.ui("show_numbers")).click()
        expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(3)
        expect(main(page).get_by_test_id("stPlotlyChart").first.locator("svg").first).to_be_visible()
        wait_for_app(page)
        violations += page.evaluate("window.__violations")
    finally:
        context.close()
    host = urlparse(front["url"]).netloc
    off_host = sorted(
        {u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != host}
    )
    assert requests and off_host == [], off_host
    assert violations == [], violations
    assert [e for e in errors if "404" not in e] == [], errors


def test_the_violation_watch_can_fail(browser, front):
    """Our CSP check sees a violation when there is one: an image from another host (TEST-NET,
    never routed), which the policy blocks in the page before any request is made."""
    context = watched_context(browser)
    page = context.new_page()
    try:
        page.goto(front["url"] + "/about")
        page.evaluate(
            "() => { const i = document.createElement('img'); i.src = 'http://192.0.2.1/x.png';"
            " document.body.append(i); }"
        )
        page.wait_for_function("() => window.__violations.length > 0", timeout=30_000)
        assert "img-src blocked http://192.0.2.1/x.png" in page.evaluate("window.__violations")[0]
    finally:
        context.close()


def test_both_processes_get_readers(browser, front):
    contexts = [browser.new_context() for _ in range(4)]
    try:
        for context in contexts:
            page = context.new_page()
            open_page(page, front["url"], "/questions")
        routes = {route_of(c) for c in contexts}
    finally:
        for context in contexts:
            context.close()
    assert routes == {"r0", "r1"}, routes


def test_a_deep_address_lands_on_the_nearest_page_or_home(page: Page, front, content):
    en = content.in_language("en")
    open_page(page, front["url"], "/questions/extra?lang=en")
    assert urlparse(page.url).path == "/questions" and "lang=en" in page.url
    expect(main(page).get_by_role("heading", level=1)).to_have_text(en.ui("questions_title"))
    open_page(page, front["url"], "/nowhere/at/all")
    assert urlparse(page.url).path == "/"
    # Streamlit's own probes while it finds its base path stay its 404s, and its own paths are
    # never sent to a page (Streamlit answers unknown files itself).
    host, port = urlparse(front["url"]).hostname, urlparse(front["url"]).port
    for probe in ("/questions/_stcore/health", "/questions/_stcore/host-config", "/questions/static/x.js"):
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request("GET", probe)
        response = connection.getresponse()
        assert response.status != 302 and response.getheader("Location") is None, probe
        if "_stcore" in probe:
            assert response.status == 404, probe
        connection.close()


def test_a_runaway_client_is_limited_and_a_ward_of_readers_is_not(front):
    """Opening sessions far faster than a ward of tablets would gets 429 after the burst."""
    host, port = urlparse(front["url"]).hostname, urlparse(front["url"]).port

    def opens(n: int) -> list[int]:
        statuses = []
        connection = http.client.HTTPConnection(host, port, timeout=60)
        for _ in range(n):
            connection.request("GET", "/_stcore/stream")
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            if response.will_close:
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.close()
        return statuses

    ward = opens(60)  # sixty tablets behind one address open the guide at once
    assert 429 not in ward
    time.sleep(SESSION_BURST / SESSION_RATE)  # the burst allowance refills
    # Bounded: 8 clients on loopback, 1200 requests, a few seconds.
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        runaway = [s for part in pool.map(opens, [150] * 8) for s in part]
    assert 429 in runaway, "a runaway client was never limited"
    assert runaway.count(429) > 100, runaway.count(429)


def test_request_bodies_over_the_limit_are_refused(front):
    host, port = urlparse(front["url"]).hostname, urlparse(front["url"]).port
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("POST", "/_stcore/upload_file/x/y", body=b"x" * (2 * 1024 * 1024))
    assert connection.getresponse().status == 413
    connection.close()


# Faults: each on its own production shape, since they stop processes.


def no_error_on_screen(page: Page) -> bool:
    text = page.evaluate("document.body.innerText")
    return "Connection error" not in text and page.get_by_test_id("stException").count() == 0


def test_a_stopped_process_brings_its_reader_back_to_a_working_page_and_new_readers_get_no_error(browser, content):
    en = content.in_language("en")
    with production() as front:
        context = browser.new_context()
        page = context.new_page()
        open_page(page, front["url"], "/pathway")
        choose(page, en, "health", "good")  # mid-chooser
        route = route_of(context)
        victim = front["replicas"][int(route[1:])]
        os.kill(victim["pid"], signal.SIGKILL)
        # New readers during the outage: all get the page.
        for _ in range(3):
            with contextlib.closing(browser.new_context()) as other:
                new = other.new_page()
                open_page(new, front["url"], "/questions")
                expect(main(new).get_by_role("heading", level=1)).to_have_text(en.ui("questions_title"))
                assert no_error_on_screen(new)
        # The reader: back on a working page (connected, the chooser answering) within a generous wait.
        page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(timeout=60_000)
        wait_for_app(page)
        assert no_error_on_screen(page)
        # The page answers: with or without the answer restored, "poor" on the first question leads to a result.
        choose(page, en, "health", "poor")
        headline = en(content.pathway_results["supportive"].headline)
        expect(main(page).get_by_role("heading", name=headline)).to_be_visible()
        assert no_error_on_screen(page)
        context.close()
        # serve.py noticed and started the process again.
        deadline = time.monotonic() + 120
        while state_now(front)["replicas"][int(route[1:])]["starts"] < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert state_now(front)["replicas"][int(route[1:])]["starts"] == 2


def test_a_rolling_restart_shows_no_reader_an_error_page(browser, content):
    en = content.in_language("en")
    with production() as front:
        readers = []
        for _ in range(2):
            context = browser.new_context()
            page = context.new_page()
            open_page(page, front["url"], "/pathway")
            choose(page, en, "health", "good")
            readers.append((context, page))
        assert {route_of(c) for c, _ in readers} == {"r0", "r1"}
        os.kill(front["pid"], signal.SIGHUP)
        deadline = time.monotonic() + 180
        seen_errors = []
        while any(r["starts"] < 2 for r in state_now(front)["replicas"]) and time.monotonic() < deadline:
            for _, page in readers:
                if not no_error_on_screen(page):
                    seen_errors.append(page.evaluate("document.body.innerText")[:300])
            time.sleep(0.2)
        assert all(r["starts"] == 2 for r in state_now(front)["replicas"]), "the rolling restart did not finish"
        for context, page in readers:
            page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(timeout=60_000)
            wait_for_app(page)
            assert no_error_on_screen(page)
            expect(main(page).get_by_test_id("stRadio").first).to_be_visible()
            context.close()
        assert seen_errors == []


def serve_once(port: int, **env: str) -> subprocess.CompletedProcess:
    """`make serve`'s script with one process, run to its end (these tests expect it to refuse to start)."""
    command = [sys.executable, "-m", "deploy.serve", f"--port={port}", "--replicas=1"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180, env={**os.environ, **env})


def test_a_process_that_will_not_start_is_reported_not_hidden(tmp_path):
    # An app file that does not exist: streamlit exits at once.
    result = serve_once(free_port(), LIVERGUIDE_SERVE_APP=str(tmp_path / "missing.py"))
    assert result.returncode == 1
    assert "did not start" in result.stdout and "port" in result.stdout, result.stdout


def test_a_front_port_already_taken_is_reported(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = serve_once(taken.getsockname()[1])
    assert result.returncode == 1
    assert "nginx did not start" in result.stdout and "Address already in use" in result.stdout, result.stdout
