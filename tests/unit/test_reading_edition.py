"""The reading edition (liverguide/reading_edition.py, make site): every page parses as HTML without
an error, every link between its pages and every anchor resolves, each page says who it is for to
search engines (title, description, language, its twin in the other language, a canonical address),
the Chinese pages hold no English but names and citations, nothing comes from another host, the zip
holds the whole edition, and a broken content file stops the build with the app's message."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urldefrag, urlparse
from xml.etree import ElementTree

import html5lib
import pytest

from liverguide.content import ContentError, load_content
from liverguide.i18n import HTML_LANG
from liverguide.reading_edition import ARCHIVE, local_href
from liverguide.site import READ_PATH, READING_PAGES
from tests.conftest import ROOT, SITE_URL
from tests.e2e.test_languages import english_leaks, meant_in_english
from tests.edition_pages import hrefs, ids, pages, parse, text_of

EDITION_URL = SITE_URL + READ_PATH


def test_every_page_parses_as_html_without_an_error(edition):
    assert len(pages(edition)) > 2 * len(READING_PAGES)
    for page in pages(edition):
        try:
            parse(page.read_text(encoding="utf-8"))
        except html5lib.html5parser.ParseError as error:
            pytest.fail(f"{page.relative_to(edition)}: {error}")


def test_the_html_check_can_fail():
    with pytest.raises(html5lib.html5parser.ParseError):
        parse("<!DOCTYPE html><title>t</title><p>a</div>")
    with pytest.raises(html5lib.html5parser.ParseError):
        parse("<title>no doctype</title>")


def test_every_reading_page_has_its_twin_in_every_language(edition, content):
    for lang in content.meta.languages:
        for page in READING_PAGES:
            assert (edition / lang / page.reading_file).is_file(), f"{lang}/{page.reading_file}"
    names = {lang: sorted(p.name for p in (edition / lang).glob("*.html")) for lang in content.meta.languages}
    assert len({tuple(n) for n in names.values()}) == 1, names


def test_no_page_gives_two_elements_the_same_id(edition):
    """An anchor must name one place (and a screen reader's labels one element)."""
    for page in pages(edition):
        found = [e.get("id") for e in parse(page.read_text(encoding="utf-8")).iter() if e.get("id")]
        assert len(found) == len(set(found)), (
            page.relative_to(edition),
            sorted(i for i in found if found.count(i) > 1),
        )


def broken_links(edition: Path) -> list[str]:
    """Links from a page to a page or anchor of the edition that is not there."""
    broken = []
    anchors: dict[Path, set[str]] = {}
    for page in pages(edition):
        root = parse(page.read_text(encoding="utf-8"))
        for href in hrefs(root):
            if urlparse(href).scheme or href.startswith("//"):
                continue  # the app, a source's own page: another site's business
            path, anchor = urldefrag(href)
            target = (page.parent / path).resolve() if path else page
            if not target.is_file():
                broken.append(f"{page.relative_to(edition)}: {href} (no such file)")
                continue
            if target.suffix == ".html" and target not in anchors:
                anchors[target] = ids(parse(target.read_text(encoding="utf-8")))
            if anchor and anchor not in anchors.get(target, set()):
                broken.append(f"{page.relative_to(edition)}: {href} (no such anchor)")
    return broken


def test_every_link_and_anchor_between_the_pages_resolves(edition):
    assert broken_links(edition) == []


def test_the_link_check_can_fail(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.html").write_text(
        '<!DOCTYPE html><title>a</title><a href="b.html">b</a><a href="#gone">x</a>'
        '<a href="a.html#here" id="here">y</a>',
        encoding="utf-8",
    )
    assert broken_links(tmp_path) == ["en/a.html: b.html (no such file)", "en/a.html: #gone (no such anchor)"]


def test_a_glossary_word_links_to_its_entry_on_the_glossary_page():
    assert local_href("glossary?term=tace&lang=zh") == "glossary.html#tace"
    assert local_href("https://doi.org/10.1/x") == "https://doi.org/10.1/x"


def test_every_page_says_its_language_title_description_twins_and_canonical_address(edition, content):
    for lang in content.meta.languages:
        for page in sorted((edition / lang).glob("*.html")):
            root = parse(page.read_text(encoding="utf-8"))
            where = f"{lang}/{page.name}"
            assert root.get("lang") == HTML_LANG[lang], where
            assert root.findtext(".//title").strip(), where
            (description,) = [m.get("content") for m in root.iter("meta") if m.get("name") == "description"]
            assert len(description) > 20, where
            links = {(link.get("rel"), link.get("hreflang")): link.get("href") for link in root.iter("link")}
            assert links["canonical", None] == f"{EDITION_URL}{lang}/{page.name}", where
            for other in content.meta.languages:
                assert links["alternate", HTML_LANG[other]] == f"{EDITION_URL}{other}/{page.name}", where


def test_the_sitemap_lists_every_page_and_robots_txt_points_to_it(edition):
    sitemap = ElementTree.parse(edition / "sitemap.xml").getroot()
    listed = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    written = {EDITION_URL + p.relative_to(edition).as_posix() for p in pages(edition) if p.parent != edition}
    assert listed == written
    assert f"Sitemap: {EDITION_URL}sitemap.xml" in (edition / "robots.txt").read_text(encoding="utf-8")


def test_nothing_on_a_page_is_fetched_from_anywhere_and_no_page_has_a_script(edition):
    """The only thing a page loads is the style sheet beside it (links to sources are links, not loads)."""
    for page in pages(edition):
        root = parse(page.read_text(encoding="utf-8"))
        assert not list(root.iter("script")), page
        loads = [e.get("src") for e in root.iter() if e.get("src")]
        loads += [link.get("href") for link in root.iter("link") if link.get("rel") == "stylesheet"]
        assert all(not urlparse(url).scheme and not url.startswith("//") for url in loads), (page, loads)
    assert "url(" not in (edition / "style.css").read_text(encoding="utf-8")


def test_the_chinese_pages_hold_no_english_but_names_and_citations(edition, content):
    """The app's own check (tests/e2e/test_languages.py), on each Chinese page's whole text; the clinic's
    own words, quoted in English and marked as English (lang="en"), are meant."""
    meant = meant_in_english(content)
    leaks = {}
    for page in sorted((edition / "zh").glob("*.html")):
        text = text_of(parse(page.read_text(encoding="utf-8")).find("body"), skip_lang="en")
        if found := english_leaks(text, meant):
            leaks[page.name] = found
    assert not leaks


def test_the_zip_holds_the_whole_edition_in_one_folder(edition):
    with zipfile.ZipFile(edition / ARCHIVE) as z:
        names = set(z.namelist())
    folder = Path(ARCHIVE).stem
    expected = {f"{folder}/{p.relative_to(edition).as_posix()}" for p in edition.rglob("*") if p.is_file()}
    assert names == expected - {f"{folder}/{ARCHIVE}"}


def test_a_broken_content_file_stops_make_site_with_the_file_item_and_field(content_folder, tmp_path):
    """The same words the app logs (ui/content.py): "liverguide: content error: questions.yaml, item
    'q_one', field 'meaning'...", exactly as the loader words it."""
    content_folder.edit("questions.yaml", "meaning: {en: Ask your team.}", "meaning: {en: ''}")
    with pytest.raises(ContentError) as refused:
        load_content(content_folder.root)
    assert (refused.value.file, refused.value.item) == ("questions.yaml", "q_one")
    done = subprocess.run(
        [sys.executable, "-m", "liverguide.reading_edition", "--out", str(tmp_path / "site")],
        cwd=ROOT,
        env={"LIVERGUIDE_CONTENT": str(content_folder.root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert f"liverguide: content error: {refused.value}" in done.stderr, done.stderr
    assert not (tmp_path / "site").exists()
