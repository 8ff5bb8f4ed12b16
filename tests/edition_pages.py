"""Reading the reading edition's pages as a browser's parser does: strictly (any parse error fails),
their words, their links and their anchors. Shared by the unit, AppTest and browser tests."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib

from liverguide.reading_edition import html_of


def parse(html: str) -> Element:
    """The page as the HTML standard parses it; html5lib.html5parser.ParseError on any parse error
    (a stray end tag, a missing doctype, an unclosed element where the standard says it is an error)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(html)


def pages(edition: Path) -> list[Path]:
    return sorted(edition.rglob("*.html"))


def text_of(element: Element, *, skip_lang: str | None = None) -> str:
    """Every word inside the element, in order; without any part marked as being in `skip_lang`."""
    if skip_lang and (element.get("lang") or "").startswith(skip_lang):
        return element.tail or ""
    inner = (element.text or "") + "".join(text_of(child, skip_lang=skip_lang) for child in element)
    return inner + (element.tail or "")


def squeezed(text: str) -> str:
    """Without any white space: the app and the page may break lines differently, never words."""
    return "".join(text.split())


def words_of_markdown(markdown: str) -> str:
    """What a reader sees of a Markdown text (the app's st.markdown), as plain words."""
    return text_of(parse(f"<!DOCTYPE html><title>t</title><body>{html_of(markdown)}</body>").find("body"))


def main_text(page: Path) -> str:
    """The words of a page's main part (what the page says, not its menus), without white space."""
    root = parse(page.read_text(encoding="utf-8"))
    return squeezed(text_of(root.find(".//main")))


def ids(root: Element) -> set[str]:
    return {e.get("id") for e in root.iter() if e.get("id")}


def hrefs(root: Element) -> list[str]:
    return [e.get("href") for e in root.iter("a") if e.get("href")]
