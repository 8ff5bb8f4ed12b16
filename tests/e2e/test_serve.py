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
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import brotli
import pytest
from playwright.sync_api import Page, expect

from deploy import precompress
from deploy.serve import BASE_URL_SCRIPT, PRODUCTION_SETTINGS, SESSION_BURST, SESSION_RATE, cores_for
from harness.browser import DESKTOP, ROOT, choose, free_port, go, main, open_page, production, wait_for_app
from liverguide.outcomes import FIRST_PICTURE
from liverguide.site import BY_ID, PAGES

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
LATE_SMALL = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "tumours": "one",
              "largest": "2_to_3", "vessels": "yes", "spread": "no", "resectable": "no"}  # fmt: skip


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


# The font files (Streamlit's, in /static/media/) a first visit may fetch. Source Sans upright:
# Streamlit's index.html preloads it. Material Symbols (375 KB): Streamlit's popover draws its
# chevron with it, so the frame's Menu fetches it on every page whatever icons the guide asks for.
# Source Sans italic (138 KB) only where a page means italic: the "say it" sounds of medical words
# (content/ui.yaml `word_with_sound` on /questions' word lists, and the glossary's). Nowhere else:
# italic for a label or a source's title made every first visit fetch it (docs/performance.md).
UPRIGHT, ICONS, ITALIC = "SourceSansVF-Upright.", "MaterialSymbols-Rounded.", "SourceSansVF-Italic."
ITALIC_MEANT = {"questions", "glossary"}


@pytest.mark.parametrize("page_id", [p.id for p in PAGES])
def test_a_first_visit_fetches_only_the_fonts_its_page_needs(browser, front, content, page_id):
    title = content.in_language("en").ui(f"{page_id}_title")
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    fonts: list[str] = []
    page.on("request", lambda r: r.resource_type == "font" and fonts.append(urlparse(r.url).path.rsplit("/")[-1]))
    try:
        open_page(page, front["url"], BY_ID[page_id].address)
        expect(main(page).get_by_role("heading", level=1)).to_have_text(title)
        wait_for_app(page)
        page.evaluate("document.fonts.ready.then(() => document.fonts.status)")  # every font asked for has arrived
        page.wait_for_timeout(300)
    finally:
        context.close()
    allowed = (UPRIGHT, ICONS, ITALIC) if page_id in ITALIC_MEANT else (UPRIGHT, ICONS)
    assert [f for f in fonts if not f.startswith(allowed)] == [], f"{BY_ID[page_id].address} fetched {fonts}"
    # The watch sees fonts at all (these two are on every page).
    assert any(f.startswith(UPRIGHT) for f in fonts) and any(f.startswith(ICONS) for f in fonts), fonts


def test_hashed_files_are_cached_for_a_year_and_the_page_is_not(front):
    _, _, body = get(front["url"] + "/", encoding="identity")
    script = body.decode().split('src="./static/js/')[1].split('"')[0]
    _, headers, _ = get(f"{front['url']}/static/js/{script}", encoding="br")
    assert headers["cache-control"] == "public, immutable, max-age=31536000"
    assert headers["content-encoding"] == ("br" if front["brotli"] else "gzip")
    assert get(front["url"] + "/about")[1]["cache-control"] == "no-cache"


# What Chromium sends (brotli first when the answer is br, then gzip).
CHROME_ENCODINGS = "gzip, deflate, br, zstd"


def static_names(front) -> list[str]:
    """The page's own script and style sheet, a widget's code the guide loads later, and a font."""
    _, _, body = get(front["url"] + "/", encoding="identity")
    html = body.decode()
    script = "static/js/" + html.split('src="./static/js/')[1].split('"')[0]
    css = "static/css/" + html.split('href="./static/css/')[1].split('"')[0]
    root = Path(front["static_root"])
    later = sorted(p.relative_to(root).as_posix() for p in (root / "static" / "js").glob("PlotlyChart.*.js"))
    font = html.split('href="./static/media/')[1].split('"')[0]
    return [script, css, *later, f"static/media/{font}"]


def test_streamlit_s_files_are_sent_precompressed_and_are_its_own_bytes(front):
    """nginx sends the .br (brotli 11) and .gz (gzip 9) files deploy/precompress.py wrote, and each
    decompresses to the very bytes the app process itself serves for that name."""
    assert front["brotli_static"] == front["brotli"]
    root = Path(front["static_root"])
    replica = f"http://127.0.0.1:{front['replicas'][0]['port']}"
    for name in static_names(front):
        _, _, own = get(f"{replica}/{name}", encoding="identity")
        compressible = not name.endswith(".woff2")
        for accept, encoding, decode in (
            (CHROME_ENCODINGS, "br" if front["brotli"] else "gzip", brotli.decompress),
            ("gzip", "gzip", gzip.decompress),
            ("identity", None, lambda b: b),
        ):
            status, headers, body = get(f"{front['url']}/{name}", encoding=accept)
            assert status == 200, name
            assert headers.get("content-encoding") == (encoding if compressible else None), (name, accept, headers)
            if compressible:
                assert (decode(body) if encoding else body) == own, (name, accept)
                if encoding:
                    assert body == (root / f"{name}.{'br' if encoding == 'br' else 'gz'}").read_bytes(), name
                assert headers.get("vary") == "Accept-Encoding", (name, headers)
            else:
                assert body == own, name  # fonts (woff2) are compressed already: sent as they are
            assert headers["cache-control"] == "public, immutable, max-age=31536000"
            assert headers["content-type"].startswith(("text/javascript", "text/css", "font/woff2")), headers
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
            assert headers.get("x-content-type-options") == "nosniff"
    # A name that is not one of the release's files: the process's answer (its page), never kept.
    status, headers, _ = get_status(f"{front['url']}/static/js/not-a-file.js")
    assert headers["content-type"].startswith("text/html") and headers["cache-control"] == "no-cache"


@pytest.fixture
def readable_tmp() -> Iterator[Path]:
    """A folder nginx's workers (user nobody, when run as root) can read, unlike pytest's tmp_path."""
    folder = Path(tempfile.mkdtemp(prefix="liverguide-cache-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_file_missing_from_nginx_s_folder_is_asked_of_the_reader_s_process(readable_tmp, monkeypatch):
    """As during an upgrade's rolling restart, when a process runs a release whose files the folder
    does not have yet: the reader still gets the file, from their own process, compressed."""
    installed = precompress.prepare(say=lambda _: None)
    cache = readable_tmp / "cache"
    shutil.copytree(installed, cache / installed.name)
    script = next((cache / installed.name / "static" / "js").glob("Tooltip.*.js"))
    for path in (script, script.with_name(script.name + ".br"), script.with_name(script.name + ".gz")):
        path.unlink()
    monkeypatch.setenv("LIVERGUIDE_STATIC_CACHE", str(cache))
    with production(replicas=1) as front:
        assert front["static_root"] == str(cache / installed.name)
        name = f"static/js/{script.name}"
        _, _, own = get(f"http://127.0.0.1:{front['replicas'][0]['port']}/{name}", encoding="identity")
        status, headers, body = get(f"{front['url']}/{name}", encoding=CHROME_ENCODINGS)
        assert status == 200 and headers.get("content-encoding") == ("br" if front["brotli"] else "gzip")
        assert (brotli.decompress(body) if front["brotli"] else gzip.decompress(body)) == own
        assert headers["cache-control"] == "public, immutable, max-age=31536000"
        assert headers["content-type"].startswith(("text/javascript", "application/javascript"))
        # The files the folder has still come from it, as compressed once.
        present = next((cache / installed.name / "static" / "js").glob("Text.*.js"))
        _, headers, body = get(f"{front['url']}/static/js/{present.name}", encoding=CHROME_ENCODINGS)
        if front["brotli_static"]:
            assert body == present.with_name(present.name + ".br").read_bytes()


def get_status(url: str, method: str = "GET", body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def test_the_precompressed_folder_is_named_by_its_files_so_it_is_never_stale(tmp_path):
    source = tmp_path / "static"
    (source / "static" / "js").mkdir(parents=True)
    script = source / "static" / "js" / "main.abc.js"
    script.write_text("console.log('the guide');\n" * 200)
    (source / "static" / "js" / "tiny.js").write_text("x")
    cache = tmp_path / "cache"
    first = precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache)
    assert first.name.startswith("streamlit-9.9-") and (first / precompress.COMPLETE).exists()
    assert brotli.decompress((first / "static/js/main.abc.js.br").read_bytes()) == script.read_bytes()
    assert gzip.decompress((first / "static/js/main.abc.js.gz").read_bytes()) == script.read_bytes()
    assert not (first / "static/js/tiny.js.br").exists()  # too small to gain: sent as it is
    assert precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache) == first
    # Any changed byte is another folder.
    script.write_text("console.log('the guide, changed');\n" * 200)
    second = precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache)
    assert second != first
    assert brotli.decompress((second / "static/js/main.abc.js.br").read_bytes()) == script.read_bytes()
    # A folder left half-built (no marker) is built again, never used as it is.
    (second / precompress.COMPLETE).unlink()
    (second / "static/js/main.abc.js.br").write_bytes(b"half")
    third = precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache)
    assert third == second
    assert brotli.decompress((third / "static/js/main.abc.js.br").read_bytes()) == script.read_bytes()


def test_the_agent_api_is_off_in_the_processes_and_refused_by_nginx(front):
    """Streamlit 1.67's agent API (`/_stcore/agent/*`) would let a program drive the app over HTTP."""
    assert "--server.enableAgentApi=false" in PRODUCTION_SETTINGS
    paths = ["/_stcore/agent/openapi.json", "/_stcore/agent/interact", "/_stcore/agent/mcp", "/_stcore/agent/"]
    paths += ["/about/_stcore/agent/mcp", "/questions/_stcore/agent/interact", "/_stcore/agent"]
    for path in paths:
        for method, body in (("GET", None), ("POST", b"{}")):
            status, headers, _ = get_status(front["url"] + path, method, body)
            assert status == 404, (path, method, status)
            assert headers.get("x-frame-options") == "DENY", path
    # The process itself says it is off (behind nginx, as a second line).
    replica = f"http://127.0.0.1:{front['replicas'][0]['port']}"
    status, _, body = get_status(replica + "/_stcore/agent/interact", "POST", b"{}")
    assert status == 403 and b"not_available" in body, (status, body[:200])
    # The page no longer links to it.
    _, _, page = get(front["url"] + "/about", encoding="identity")
    assert b'_stcore/agent/openapi.json" />' not in page and b'rel="service-desc"' not in page


def test_streamlit_s_metrics_are_refused_by_nginx_at_any_depth(front):
    """Each process answers `/_stcore/metrics` (its sessions, caches and memory) to anyone; no
    setting turns it off in 1.67, so nginx refuses it, as it does the agent API."""
    paths = ["/_stcore/metrics", "/_stcore/metrics/", "/_stcore/metrics?families=session_events"]
    paths += ["/about/_stcore/metrics", "/questions/extra/_stcore/metrics", "//_stcore/metrics", "/_stcore/%6detrics"]
    for path in paths:
        for method in ("GET", "HEAD", "OPTIONS", "POST"):
            status, headers, body = get_status(front["url"] + path, method, b"{}" if method == "POST" else None)
            assert status == 404, (path, method, status)
            assert headers.get("x-frame-options") == "DENY", path
            assert b"session" not in body and b"cache" not in body, (path, method, body[:200])
    # The process itself answers it (so the 404 above is nginx's, not a route that went away).
    replica = f"http://127.0.0.1:{front['replicas'][0]['port']}"
    status, headers, body = get_status(replica + "/_stcore/metrics")
    assert status == 200 and headers.get("content-type", "").startswith("application/openmetrics-text"), status
    # Streamlit's own requests still pass (the location matches `metrics` as a whole segment only).
    assert get_status(front["url"] + "/_stcore/health")[0] == 200


def paths_asked(browser, url: str, address: str, heading: str) -> list[str]:
    """Every path a fresh page asks for (requests and its WebSocket) until it shows `heading`."""
    context = browser.new_context()
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda r: asked.append(urlparse(r.url).path))
    page.on("websocket", lambda ws: asked.append(urlparse(ws.url).path))
    try:
        open_page(page, url, address)
        expect(main(page).get_by_role("heading", level=1)).to_have_text(heading)
        wait_for_app(page)
    finally:
        context.close()
    return asked


def test_a_deep_address_finds_the_server_at_the_root_without_probing_its_own_address(browser, front, content):
    """nginx tells Streamlit's page where its server is (BASE_URL_SCRIPT), so a deep link asks for
    `/_stcore/health` and `/_stcore/host-config` once, at the root, and not first at `/about/`
    (two 404s and a pause on every visit). The health check itself is never cached."""
    _, _, page_html = get(front["url"] + "/about", encoding="identity")
    assert page_html.decode().count(BASE_URL_SCRIPT) == 1
    en = content.in_language("en")
    for address, page_id in (("/about", "about"), ("/questions?lang=en", "questions")):
        asked = paths_asked(browser, front["url"], address, en.ui(f"{page_id}_title"))
        probes = [p for p in asked if p.endswith(BENIGN_404_SUFFIXES)]
        assert sorted(set(probes)) == ["/_stcore/health", "/_stcore/host-config"], probes
        assert "/_stcore/stream" in asked
    status, headers, body = get_status(front["url"] + "/_stcore/health")
    assert (status, body) == (200, b"ok") and headers.get("cache-control") == "no-cache"


def test_the_loading_line_and_the_guide_s_name_are_in_the_first_html_in_both_languages(front, content):
    status, headers, body = get(front["url"] + "/pathway")
    html = gzip.decompress(body).decode() if headers.get("content-encoding") == "gzip" else body.decode()
    root = html.split('<div id="root">', 1)[1]
    for lang in content.meta.languages:  # from ui.yaml, so a new language brings its own line
        w = content.in_language(lang)
        assert w.ui("app_title") in root.split("</div></div>")[0]
        assert w.ui("loading_guide") in root


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
        # A late stage: the 100-person picture opens on no group (none is like it) until one is picked.
        expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(2)
        wait_for_app(page)
        first = next(o for o in content.outcomes if o.id == FIRST_PICTURE)
        picker = main(page).get_by_test_id("stSelectbox").get_by_role("combobox")
        picker.click()
        picker.press("ArrowDown")  # opens the list, as a keyboard reader would
        page.get_by_role("option", name=en(first.label), exact=True).click()
        wait_for_app(page)
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
    # m3: a page's address in other capitals opens the page; an address that is no page opens home
    # in the reader's language, with no "Page not found" in Streamlit's English over it.
    zh = content.in_language("zh")
    open_page(page, front["url"], "/Pathway?lang=zh")
    assert urlparse(page.url).path == "/pathway" and "lang=zh" in page.url
    expect(main(page).get_by_role("heading", level=1)).to_have_text(zh.ui("pathway_title"))
    open_page(page, front["url"], "/nothing?lang=zh")
    assert urlparse(page.url).path == "/" and "lang=zh" in page.url
    expect(main(page).get_by_role("heading", level=1)).to_have_text(zh.ui("home_title"))
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("Page not found")).to_have_count(0)
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
        choose(page, en, "cancer", "primary")  # mid-chooser
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
        # The page answers: with or without the answer restored, "not sure" where the cancer started and
        # "mostly in bed" lead to a result.
        choose(page, en, "cancer", "unsure")
        choose(page, en, "activity", "resting")
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
            choose(page, en, "cancer", "primary")
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


# Issue 15: no 'unsafe-inline' for scripts. Every inline script the page holds is allowed by its hash.


def script_hash(text: str) -> str:
    import base64
    import hashlib

    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def test_script_src_has_no_unsafe_inline_only_the_hashes_of_the_page_s_own_inline_scripts(front):
    """Each hash in the policy is one of the scripts the page can hold: Streamlit's and nginx's in the
    first HTML (each of them listed), and the guide's constants (ui/marks.py: one per language, and
    the watch for marks). A script that changed by one byte would be blocked, and the CSP test of
    every page would show it."""
    import re

    from ui.marks import page_scripts

    _, headers, body = get(front["url"] + "/about", encoding="identity")
    directives = dict(d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";"))
    script_src = directives["script-src"].split()
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, script_src
    assert "'self'" in script_src and "'wasm-unsafe-eval'" in script_src
    in_page = re.findall(r"<script>(.*?)</script>", body.decode(), flags=re.S)
    assert BASE_URL_SCRIPT.removeprefix("<script>").removesuffix("</script>") in in_page
    expected = {script_hash(s) for s in [*in_page, *page_scripts()]}
    assert {s for s in script_src if s.startswith("'sha256-")} == expected
    from liverguide.i18n import HTML_LANG

    assert len(page_scripts()) == len(HTML_LANG) + 1, "the `<html lang>` script for each language, and the watch"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_in_consultation_mode_no_page_trips_the_policy_and_the_guide_s_scripts_run(browser, front, content, lang):
    """Through the front, on every page in both languages (consultation mode, where the chooser asks
    one question per screen): no CSP violation, the page's language is set (the frame's constant
    script ran), focus goes to the next question's first answer after an answer by keyboard, and the
    bottom Next brings the next question's heading up with focus on it (the watch acted on its marks)."""
    from liverguide.i18n import HTML_LANG

    w = content.in_language(lang)
    context = watched_context(browser)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    violations: list[str] = []
    try:
        for p in PAGES:
            open_page(page, front["url"], f"{p.address}?lang={lang}&consult=1")
            expect(main(page).get_by_role("heading", level=1)).to_have_text(w.ui(p.title_key))
            expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[lang])
            page.wait_for_function("() => window.lgMarks instanceof Set")
            if p.id == "pathway":
                first = w(content.pathway_questions["cancer"].options["primary"])
                main(page).locator(".st-key-question_box_cancer").get_by_role("button", name=first, exact=True).focus()
                page.keyboard.press("Enter")
                box = main(page).locator(".st-key-question_box_kind")
                expect(box.get_by_role("button").first).to_be_focused()
            if p.id == "questions":
                main(page).get_by_role("button", name=w.ui("next")).last.click()
                heading = main(page).get_by_role("heading", level=2, name=w(content.questions[1].question))
                expect(heading).to_be_focused()
                expect(heading).to_be_in_viewport()
            wait_for_app(page)
            violations += [f"{p.address}: {v}" for v in page.evaluate("window.__violations")]
    finally:
        context.close()
    assert violations == [], violations
    assert [e for e in errors if "404" not in e] == [], errors


def test_an_inline_script_one_byte_off_the_guide_s_own_is_blocked_and_reported(browser, front):
    """The policy allows the guide's scripts by their exact bytes: the same script with one more
    space does not run, and the violation watch (the CSP test of every page) reports it."""
    from ui.marks import LANG_SCRIPTS

    context = watched_context(browser)
    page = context.new_page()
    try:
        open_page(page, front["url"], "/about?lang=en")
        changed = LANG_SCRIPTS["zh"] + " "
        page.evaluate(
            "(text) => { const s = document.createElement('script'); s.textContent = text; document.body.append(s); }",
            changed,
        )
        page.wait_for_function("() => window.__violations.length > 0", timeout=30_000)
        assert "script-src" in page.evaluate("window.__violations")[0]
        assert page.evaluate("document.documentElement.lang") == "en", "the changed script did not run"
    finally:
        context.close()


def test_each_app_process_runs_on_a_core_of_its_own_when_there_are_enough(front):
    """PIN=auto (the default): with at least as many usable cores as processes, process i runs only
    on core i, so two busy processes never wait for one core while the other is free."""
    usable = sorted(os.sched_getaffinity(0))
    replicas = front["replicas"]
    if len(usable) < len(replicas):
        pytest.skip(f"this machine lets us use {len(usable)} core(s) for {len(replicas)} processes: nothing to pin")
    for i, replica in enumerate(replicas):
        assert replica["cores"] == [usable[i]]
        assert os.sched_getaffinity(replica["pid"]) == {usable[i]}, f"process {i} is not on core {usable[i]}"
        threads = Path(f"/proc/{replica['pid']}/task").iterdir()
        assert all(os.sched_getaffinity(int(t.name)) == {usable[i]} for t in threads), "every thread too"


def test_pin_no_leaves_the_processes_to_the_kernel():
    assert cores_for(2, "no") == [None, None]
    assert cores_for(len(os.sched_getaffinity(0)) + 1, "auto") == [None] * (len(os.sched_getaffinity(0)) + 1)
    with production(replicas=1, extra=["--pin=no"]) as state:
        (replica,) = state["replicas"]
        assert replica["cores"] == [] and os.sched_getaffinity(replica["pid"]) == os.sched_getaffinity(0)
