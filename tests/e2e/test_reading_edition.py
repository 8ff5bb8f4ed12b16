"""In real Chromium: every page of the reading edition (make site) has no serious or critical axe
finding at 1280 and 390 px in both languages, does not scroll sideways on a phone or at 200% text,
fetches nothing from another host, and prints with its notes and sources (a long page with every
part it lays out only near the screen). Through `make serve`'s shape: /read/ is sent by nginx
compressed, with the security headers and no cookie, and the zip opens from a folder."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from deploy.serve import READING_CSP
from harness.browser import DESKTOP, PHONE, assert_accessible, open_page
from liverguide.reading_edition import ARCHIVE
from tests.e2e.test_phone_and_paper import pdf_pages, squash
from tests.e2e.test_serve import SECURITY_HEADERS, get, production

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """The folder over HTTP on a free loopback port, as any plain web host would send it."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def edition_url(edition) -> Iterator[str]:
    with served(edition) as url:
        yield url


def page_names(edition: Path, lang: str) -> list[str]:
    return sorted(p.name for p in (edition / lang).glob("*.html"))


def sideways(page: Page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_every_page_passes_axe_and_fits_and_fetches_nothing_from_another_host(
    browser, edition, edition_url, lang, width
):
    context = browser.new_context(viewport=WIDTHS[width], is_mobile=width == "phone")
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    try:
        for name in page_names(edition, lang):
            page.goto(f"{edition_url}/{lang}/{name}")
            # Every part laid out, as a reader scrolling meets it: the long pages lay out a step only as
            # it nears the screen, and a part not laid out has no boxes to measure (axe read its links
            # as too small to tap, and the sideways check would not see it).
            page.add_style_tag(content="* { content-visibility: visible !important; }")
            assert page.evaluate("document.querySelector('main').innerText.trim().length") > 0, name
            assert sideways(page) <= 0, f"{lang}/{name} scrolls sideways by {sideways(page)}px at {width}"
            if width == "phone":
                # 200% text: the reader's own setting doubles the root size every rem is measured in.
                page.evaluate("document.documentElement.style.fontSize = '225%'")
                assert sideways(page) <= 0, f"{lang}/{name} scrolls sideways at 200% text"
                page.evaluate("document.documentElement.style.fontSize = ''")
            try:
                assert_accessible(page)
            except AssertionError as problem:
                raise AssertionError(f"{lang}/{name} at {width}: {problem}") from None
    finally:
        context.close()
    other_hosts = [url for url in asked if urlparse(url).hostname != "127.0.0.1"]
    assert other_hosts == []
    assert len(asked) > len(page_names(edition, lang))


def test_the_sideways_check_can_fail(browser, tmp_path):
    (tmp_path / "wide.html").write_text(
        '<!DOCTYPE html><meta name="viewport" content="width=device-width"><title>w</title>'
        '<main><div style="width:800px">wide</div></main>',
        encoding="utf-8",
    )
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto((tmp_path / "wide.html").as_uri())
    assert sideways(page) > 0
    context.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_printing_keeps_the_notes_and_sources_and_leaves_out_the_menus(browser, edition_url, content, lang):
    w = content.in_language(lang)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(f"{edition_url}/{lang}/questions.html")
        page.emulate_media(media="print")
        printed = "".join(pdf_pages(page.pdf(format="A4")))
    finally:
        context.close()
    for q in content.questions:
        for note_id in q.notes:
            assert squash(w(content.notes[note_id].title)) in printed, note_id
    assert printed.count(squash(w.ui("sources_heading"))) >= len(content.questions)
    assert squash(w.ui("reading_interactive")) not in printed  # the footer's links are for the screen


# What the long pages lay out only as it nears the screen (the style sheet's content-visibility: auto):
# each such part's start, or each item's when the part is a list.
LATE_PARTS = """() => [...document.querySelectorAll('main *')]
  .filter(e => getComputedStyle(e).contentVisibility === 'auto')
  .flatMap(e => e.querySelector('li') ? [...e.querySelectorAll('li')] : [e])
  .map(e => e.textContent.replace(/\\s+/g, '').slice(0, 16))"""


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["questions.html", "treatments.html", "about.html"])
def test_printing_a_long_page_keeps_every_part_laid_out_late_on_screen(browser, edition_url, lang, name):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(f"{edition_url}/{lang}/{name}")
        parts = page.evaluate(LATE_PARTS)
        page.emulate_media(media="print")
        printed = "".join(pdf_pages(page.pdf(format="A4")))
    finally:
        context.close()
    assert len(parts) >= 5, f"{name}: the long parts are not laid out late any more; update this test"
    missing = [part for part in parts if squash(part) not in printed]
    assert missing == [], f"{lang}/{name}: not on paper: {missing[:3]}"


def test_the_zip_opens_from_a_folder_with_its_links_between_pages_working(browser, edition, tmp_path):
    with zipfile.ZipFile(edition / ARCHIVE) as z:
        z.extractall(tmp_path)
    folder = tmp_path / Path(ARCHIVE).stem
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    try:
        page.goto((folder / "en" / "index.html").as_uri())
        page.locator("nav.pages a[href='glossary.html']").click()
        page.wait_for_url("**/en/glossary.html")
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith(
            "system-ui"
        )  # the style sheet came
        page.locator("nav.languages a[hreflang^='zh']").click()
        page.wait_for_url("**/zh/glossary.html")
    finally:
        context.close()


def test_nginx_sends_the_edition_compressed_with_the_security_headers_and_no_cookie(browser, edition, content):
    with production(replicas=1, extra=[f"--site={edition}"]) as front:
        # The app page's link to its twin leads to it, through the same front.
        page = browser.new_page(viewport=DESKTOP)
        open_page(page, front["url"], "/treatments?lang=zh")
        link = page.get_by_role("link", name=content.in_language("zh").ui("reading_twin"))
        twin = link.evaluate("a => a.href")
        page.close()
        assert twin == front["url"] + "/read/zh/treatments.html"
        assert get(twin)[0] == 200
        for path in ("/read/en/index.html", "/read/zh/questions.html", "/read/style.css", "/read/sitemap.xml"):
            status, headers, body = get(front["url"] + path, encoding="br")
            assert status == 200, path
            assert headers.get("content-encoding") == "br", path
            assert headers["content-security-policy"] == READING_CSP, path
            for name, value in SECURITY_HEADERS.items():
                assert headers[name] == value, (path, name)
            assert "set-cookie" not in headers, path
        assert get(front["url"] + "/read/en/index.html")[1]["cache-control"] == "no-cache"
        status, headers, _ = get(front["url"] + "/read/", encoding="gzip")
        assert status == 200 and headers.get("content-encoding") == "gzip"
        status, headers, body = get(front["url"] + f"/read/{ARCHIVE}", encoding="identity")
        assert status == 200 and body == (edition / ARCHIVE).read_bytes()
