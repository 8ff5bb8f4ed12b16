"""The guide's pages, listed once: the frame's menu, the home page's links, the content checks, every
test that visits each page, and the benchmark are all built from PAGES.

A new page is its file (pages/<id>.py), one entry here (`SitePage("contact")`: its address is its id,
and the rest has defaults), and its words in content/ui.yaml: `nav_<id>` (the menu), `<id>_title` (its
heading) and, if content may link to it, `see_<id>`. The loader refuses content that lacks any of them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Where the reading edition (liverguide/reading_edition.py) lives under the app's address.
READ_PATH = "read/"


@dataclass(frozen=True)
class SitePage:
    id: str  # the file pages/<id>.py and the ui.yaml keys nav_<id>, <id>_title, see_<id>
    url_path: str | None = None  # the address after the host ("" for the home page); the id if not given
    home_icon: str | None = None  # a Material icon name: the home page links here with it
    linkable: bool = True  # content may point to it (`see_also`), and pages link to it
    has_sections: bool = False  # pages.yaml holds texts for it
    reading: bool = False  # a page a reader only reads: the reading edition has its plain HTML twin (make site)

    def __post_init__(self) -> None:
        if self.url_path is None:
            object.__setattr__(self, "url_path", self.id)

    @property
    def file(self) -> str:
        """The page's script, relative to app.py (what st.Page and AppTest take)."""
        return f"pages/{self.id}.py"

    @property
    def address(self) -> str:
        return "/" + (self.url_path or "")  # set from the id when not given (__post_init__)

    @property
    def reading_file(self) -> str:
        """Its reading twin's file in a language's folder of the reading edition (when `reading`)."""
        return "index.html" if self.url_path == "" else f"{self.id}.html"

    def reading_address(self, lang: str) -> str:
        """Its reading twin, relative to the app's root: the edition is served under READ_PATH."""
        return f"{READ_PATH}{lang}/{self.reading_file}"

    @property
    def nav_key(self) -> str:
        return f"nav_{self.id}"

    @property
    def title_key(self) -> str:
        return f"{self.id}_title"

    @property
    def see_key(self) -> str:
        return f"see_{self.id}"


# In menu order. The first is the home page, where an unknown address lands.
PAGES: tuple[SitePage, ...] = (
    SitePage("home", "", linkable=False, has_sections=True, reading=True),
    SitePage("questions", reading=True),
    SitePage("pathway", home_icon="alt_route"),
    SitePage("stages", home_icon="table_rows", has_sections=True, reading=True),
    SitePage("outcomes", home_icon="bar_chart", has_sections=True, reading=True),
    SitePage("treatments", home_icon="medical_services", has_sections=True, reading=True),
    SitePage("decide", home_icon="balance", has_sections=True),
    SitePage("aftercare", home_icon="checklist", has_sections=True, reading=True),
    SitePage("handout", has_sections=True),
    SitePage("glossary", home_icon="menu_book", has_sections=True, reading=True),
    SitePage("about", home_icon="info", has_sections=True, reading=True),
)
HOME = PAGES[0]
# The pages with a plain HTML twin in the reading edition (liverguide/reading_edition.py), in menu order.
READING_PAGES = tuple(p for p in PAGES if p.reading)
BY_ID = {p.id: p for p in PAGES}
# What content may name: pages to link to, and pages whose texts live in pages.yaml ("shared": on several).
LINKABLE_PAGES = tuple(p.id for p in PAGES if p.linkable)
SECTION_PAGES = (*(p.id for p in PAGES if p.has_sections), "shared")
