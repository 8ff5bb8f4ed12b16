"""The reading edition: every page a reader only reads (site.READING_PAGES), as plain HTML written from
the same content and the same Markdown the app's pages show, in every language, with one small style
sheet, no scripts, no cookies and nothing from another host. `make site` runs it:

    python -m liverguide.reading_edition --out site [--site-url https://guide.example.org/]

The pages live under <out>/<lang>/ and link to each other by relative addresses, so the folder (and
the zip made of it) opens from a disk with no server. The app is at --site-url, and the edition is
served under it at read/ (deploy/serve.py); canonical addresses, hreflang and sitemap.xml use both.
Pure Python: no Streamlit (the layering test and ruff hold it to that).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from html import escape, unescape
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from liverguide import outcomes, reading
from liverguide.aftercare import (
    aftercare_choice_for,
    aftercare_choices,
    aftercare_for,
    treatments_with_aftercare,
    weeks_in_words,
)
from liverguide.content import (
    COMPARE_KEYS,
    ENDPOINTS,
    Content,
    ContentError,
    Evidenced,
    Treatment,
    Words,
    content_folder,
    load_content,
)
from liverguide.drawings import artery_svg
from liverguide.i18n import HTML_LANG, LANGUAGE_PARAM, SORTED_BY_SOUND, columns, sort_key
from liverguide.markup import md, question_group, question_origin, source_line, table_cell, terms_in, word_line
from liverguide.site import BY_ID, READ_PATH, READING_PAGES, SitePage
from liverguide.staging import LEVEL, LEVELS
from liverguide.views import SYSTEMS, stage_named

TEMPLATES = Path(__file__).with_name("reading_templates")
# The one archive of the whole edition, beside the pages (its own name in every language's footer).
ARCHIVE = "liverguide-reading.zip"
# The app's pages a reader answers or chooses in, linked from every reading page.
INTERACTIVE = ("pathway", "outcomes", "decide", "handout")
# The app reads ?show=<treatment> on /treatments and /aftercare (ui/treatments.py TREATMENT_PARAM).
SHOW_PARAM = "show"
DESCRIPTION_CHARS = 160
DESCRIPTION_MIN_COLUMNS = 60  # a sentence, not a label (a Chinese character is two columns)

# Markdown as the app's pages show it: CommonMark with tables; raw HTML in content stays text.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")
# The app's glossary links ("glossary?term=tace&lang=en") become anchors on the glossary page.
_GLOSSARY_LINK = re.compile(r"^glossary\?term=([a-z0-9_]+)(?:&.*)?$")


def local_href(href: str) -> str:
    """An address in the app's Markdown, as the reading edition's: a glossary word to its entry."""
    if found := _GLOSSARY_LINK.match(href):
        return f"glossary.html#{found.group(1)}"
    return href


def _link_open(renderer, tokens, idx, options, env):  # markdown-it's signature for a render rule
    token = tokens[idx]
    token.attrSet("href", local_href(str(token.attrGet("href") or "")))
    return renderer.renderToken(tokens, idx, options, env)


_MARKDOWN.add_render_rule("link_open", _link_open)


def html_of(markdown: str) -> Markup:
    """Markdown (as the app hands it to st.markdown) as HTML."""
    return Markup(_MARKDOWN.render(markdown))


def inline_html_of(markdown: str) -> Markup:
    return Markup(_MARKDOWN.renderInline(markdown))


@dataclass(frozen=True)
class ReadingPage:
    """One file of the edition: <lang>/<name>.html, the twin of an app page (with its query)."""

    name: str  # the file's name without .html: "index", "questions", "aftercare-tace"
    twin: SitePage
    template: str
    title: str
    context: dict = field(default_factory=dict)
    query: tuple[tuple[str, str], ...] = ()  # the app page's own query (?show=tace), besides the language
    description: str = ""  # what a search result shows under the title; else the page's first paragraph

    @property
    def file(self) -> str:
        return f"{self.name}.html"


def page_file(page_id: str) -> str:
    """The reading twin's file of an app page, relative to its language's folder."""
    return BY_ID[page_id].reading_file


class Blocks:
    """The blocks the app's pages share (ui/blocks.py), as HTML from the same Markdown."""

    def __init__(self, w: Words, app_url: str) -> None:
        self.w = w
        self.app_url = app_url

    def md(self, markdown: str) -> Markup:
        return html_of(markdown)

    def inline(self, markdown: str) -> Markup:
        return inline_html_of(markdown)

    def text(self, text) -> Markup:  # a content text, glossary words marked
        return html_of(md(self.w, text))

    def ui(self, key: str, **values) -> str:
        return self.w.ui(key, **values)

    def sources(self, source_ids: Iterable[str]) -> Markup:
        ids = list(dict.fromkeys(source_ids))
        if not ids:
            return Markup("")
        line = self.w.labelled(f"**{self.w.ui('sources_heading')}**", source_line(self.w, ids))
        return Markup('<div class="sources">') + html_of(line) + Markup("</div>")

    def how_we_know(self, *items: Evidenced) -> Markup:
        return Markup('<div class="evidence">') + html_of(self.w.evidence(*items)) + Markup("</div>")

    def section(self, section_id: str, *, boxed: bool = False, level: int = 2) -> Markup:
        s = self.w.content.sections[section_id]
        heading = Markup(f'<h{level} id="{section_id}">') + self.w(s.heading) + Markup(f"</h{level}>")
        body = heading + html_of(md(self.w, s.body))
        return Markup('<section class="box">' if boxed else "<section>") + body + Markup("</section>")

    def see_also(self, page_id: str | None) -> Markup:
        """A link to the page that shows more: its reading twin, or the app page for one a reader answers in."""
        if not page_id:
            return Markup("")
        page = BY_ID[page_id]
        href = page_file(page_id) if page.reading else self.app(page_id)
        return Markup('<p class="more"><a href="{}">→ {}</a></p>').format(href, self.w.ui(page.see_key))

    def note(self, note_id: str) -> Markup:
        n = self.w.content.notes[note_id]
        label = self.w.ui("evidence_note" if n.flag else "note_label")
        return (
            Markup('<aside class="box note">')
            + html_of(f"**{self.w.labelled(label, self.w(n.title))}**")
            + html_of(md(self.w, n.body))
            + self.sources(n.sources)
            + self.how_we_know(n)
            + self.see_also(n.see_also)
            + Markup("</aside>")
        )

    def words_used(self, term_ids: list[str]) -> Markup:
        if not term_ids:
            return Markup("")
        heading = Markup("<h3>{}</h3>").format(self.w.ui("words_used", n=len(term_ids)))
        return heading + html_of("\n".join(word_line(self.w, t) for t in term_ids))

    def talk_to_team(self) -> Markup:
        return self.section("talk_to_team", boxed=True)

    def disclaimer(self) -> Markup:
        return self.section("disclaimer", boxed=True)

    def review_dates(self) -> Markup:
        meta = self.w.content.meta
        return html_of(self.w.ui("updated_on", date=self.w.day(meta.updated), next=self.w.day(meta.next_review)))

    def app(self, page_id: str, **query: str) -> str:
        """The app page's address, in this language."""
        return f"{self.app_url}{BY_ID[page_id].url_path}?{urlencode({LANGUAGE_PARAM: self.w.lang, **query})}"

    def treatment_link(self, treatment_id: str) -> str:
        return f"treatments.html#{treatment_id}"

    def aftercare_link(self, treatment_id: str) -> Markup:
        """'What to expect after TACE', to its after-care page (none for a treatment without one)."""
        if treatment_id not in treatments_with_aftercare(self.w.content):
            return Markup("")
        label = self.w.ui("after_link", name=self.w.treatment_name(treatment_id, in_sentence=True))
        return Markup('<p class="more"><a href="{}">→ {}</a></p>').format(aftercare_file(self.w, treatment_id), label)


def aftercare_file(w: Words, treatment_id: str) -> str:
    """The after-care page that holds this treatment's list (drug cards share drug treatment's)."""
    choice = aftercare_choice_for(w.content, treatment_id)
    if choice is None:
        raise KeyError(treatment_id)
    return f"aftercare-{choice}.html"


# Each page's parts, in the app page's order (pages/<id>.py); the templates lay them out.


def home(w: Words) -> list[ReadingPage]:
    more = [p for p in READING_PAGES if p.id != "home"]
    return [ReadingPage("index", BY_ID["home"], "home.html", w.ui("home_title"), {"more": more})]


def questions(w: Words) -> list[ReadingPage]:
    steps = []
    for q in w.content.questions:
        warnings = aftercare_for(w.content, q.call_now).call_now if q.call_now else ()
        texts = [q.answer, *q.key_points, *(item.text for item in warnings), q.meaning]
        texts += [w.content.notes[n].body for n in q.notes]
        lines = [f"- {md(w, point)}" for point in q.key_points]
        lines += [f"    - {md(w, item.text)}" for item in warnings]
        steps.append(
            {
                "q": q,
                "group": question_group(w, q),
                "origin": question_origin(w, q),
                "key_points": "\n".join(lines),
                "evidence_items": (q, *warnings),
                "terms": terms_in(w, texts),
                "sources": [*q.sources, *(s for item in warnings for s in item.sources)],
                "original": q.original,
                "translation": q.original_translation.get(w.lang) if q.original and q.original_translation else None,
            }
        )
    return [ReadingPage("questions", BY_ID["questions"], "questions.html", w.ui("questions_title"), {"steps": steps})]


def _compared(w: Words) -> list[Treatment]:
    return [t for t in w.content.treatments.values() if t.compared]


def treatments(w: Words) -> list[ReadingPage]:
    compared = _compared(w)
    others = [t for t in w.content.treatments.values() if not t.compared]
    main = " · ".join(f"[{w(t.short)}](#{t.id})" for t in compared)
    jump = [f"{w.ui('jump_to')} {main} · [{w.ui('compare_heading')}](#compare)"]
    if others:
        jump.append(
            w.labelled(
                f"[{w.ui('other_treatments_heading')}](#other)", " · ".join(f"[{w(t.short)}](#{t.id})" for t in others)
            )
        )
    labels = {key: w.ui(f"drawing_{key}") for key in ("liver", "tumour", "artery", "vein", "tube")}
    name_column = w.ui("col_treatment_name")
    tables = []
    for key in COMPARE_KEYS:
        heading = w.ui(f"compare_{key}")
        lines = [f"| {name_column} | {heading} |", "|---|---|"]
        lines += [f"| {table_cell(w(t.name))} | {table_cell(w(t.compare[key]))} |" for t in compared if t.compare]
        tables.append(f"**{heading}**\n\n" + "\n".join(lines))
    context = {
        "compared": compared,
        "others": others,
        "jump": jump,
        "drawing": Markup(artery_svg(labels, alt=w.ui("drawing_alt"))),
        "drawing_section": w.content.sections["treatments_drawing"],
        "tables": tables,
        "treatment_parts": lambda t: treatment_parts(w, t),
    }
    return [ReadingPage("treatments", BY_ID["treatments"], "treatments.html", w.ui("treatments_title"), context)]


def treatment_parts(w: Words, t: Treatment) -> list[str]:
    """One treatment's lines as ui/treatments.treatment_section shows them (Markdown)."""
    parts = [f"**{md(w, t.name)}**"]
    parts.append(w.labelled(f"**{w.ui('t_what')}**", md(w, t.what)))
    parts.append(w.labelled(f"**{w.ui('t_who')}**", md(w, t.who)))
    parts.append(w.labelled(f"**{w.ui('not_for_heading')}**", md(w, t.not_for)))
    for name in ("day", "stay"):
        if (text := getattr(t, name)) is not None:
            parts.append(w.labelled(f"**{w.ui(f't_{name}')}**", md(w, text)))
    if t.side_effects:
        parts.append(w.labelled(f"**{w.ui('t_side_effects')}**", ""))
        parts.append("\n".join(f"- {md(w, effect)}" for effect in t.side_effects))
    if t.recovery is not None:
        parts.append(w.labelled(f"**{w.ui('t_recovery')}**", md(w, t.recovery)))
    if t.feel is not None:
        parts.append(w.labelled(f"**{w.ui('feel_heading')}**", md(w, t.feel)))
    return parts


def aftercare(w: Words) -> list[ReadingPage]:
    choices = aftercare_choices(w.content)
    hub = ReadingPage("aftercare", BY_ID["aftercare"], "aftercare.html", w.ui("aftercare_title"), {"choices": choices})
    pages = [hub]
    for choice in choices:
        care = aftercare_for(w.content, choice)
        checkups = "\n".join(f"- {w.labelled(f'**{weeks_in_words(w, a)}**', md(w, a.text))}" for a in care.checkups)
        context = {
            "care": care,
            "name": w.treatment_name(choice),
            "call_now": "  \n".join(f"☐ {md(w, a.text)}" for a in care.call_now),
            "normal": [
                (w.ui(f"phase_{phase}"), "\n".join(f"- {md(w, a.text)}" for a in items)) for phase, items in care.normal
            ],
            "normal_items": [a for _, items in care.normal for a in items],
            "checkups": checkups,
        }
        name = w.treatment_name(choice, in_sentence=True)
        pages.append(
            ReadingPage(
                f"aftercare-{choice}",
                BY_ID["aftercare"],
                "aftercare_one.html",
                w.ui("after_treatment", treatment=name),
                context,
                ((SHOW_PARAM, choice),),
                # Its first paragraph is the call-now list, which reads badly under a search result.
                description=w.ui("reading_aftercare_description", treatment=name),
            )
        )
    return pages


def glossary(w: Words) -> list[ReadingPage]:
    terms = w.content.glossary
    sound = "say" if w.lang in SORTED_BY_SOUND else "term"
    by_sound = sorted(terms, key=lambda t: sort_key(w(getattr(terms[t], sound))))
    others = [lang for lang in w.content.meta.languages if lang != w.lang]
    entries = []
    for term_id in by_sound:
        term = terms[term_id]
        entries.append(
            {
                "id": term_id,
                "term": term,
                "others": [w.labelled(w.ui(f"lang_name_{o}"), f"**{term.term[o]}**") for o in others],
                "say": f"{w.ui('say_it')} _{w(term.say)}_",
            }
        )
    return [ReadingPage("glossary", BY_ID["glossary"], "glossary.html", w.ui("glossary_title"), {"entries": entries})]


def outcome_pages(w: Words) -> list[ReadingPage]:
    """The gate (as the app opens), and the numbers on a page of their own, reached only by asking."""
    gate = ReadingPage("outcomes", BY_ID["outcomes"], "outcomes.html", w.ui("outcomes_title"))
    endpoints = []
    for endpoint in ENDPOINTS:
        rows = outcomes.for_endpoint(w.content, endpoint)
        pictures = []
        if endpoint == "5y_survival":
            for o in rows:
                n = outcomes.out_of_100(o.value)
                label = w.ui("icons_alt", n=n, sentence=outcomes.picture_sentence(w, o))
                pictures.append(
                    {
                        "o": o,
                        "caption": outcomes.picture_caption(w, o),
                        "svg": Markup(outcomes.icon_array_svg(n, label=label)),
                        "open": w.ui("icons_key_open", n=n) if o.bound == "at_least" else None,
                    }
                )
        table_rows = [
            (w(o.label), outcomes.frequency(w, o), w(o.population), w(o.treatment), w(o.source_short)) for o in rows
        ]
        endpoints.append(
            {
                "id": endpoint,
                "heading": w.ui(f"chart_{endpoint}"),
                "whose": outcomes.chart_whose(w, endpoint),
                "rows": table_rows,
                "measure": w.ui(f"endpoint_{endpoint}"),
                "pictures": pictures,
                "in_words": outcomes.outcomes_in_words(w, endpoint),
            }
        )
    context = {"endpoints": endpoints, "source_ids": [o.source_id for o in w.content.outcomes]}
    numbers = ReadingPage(
        "outcomes-numbers", BY_ID["outcomes"], "outcomes_numbers.html", w.ui("reading_numbers_title"), context
    )
    return [gate, numbers]


def stages(w: Words) -> list[ReadingPage]:
    rows = [(row.system, row.stage, row_id) for row_id, row in w.content.staging.items()]
    levels = []
    for level in LEVELS:
        columns = []
        for system in SYSTEMS:
            boxes = []
            for sys_, name, row_id in rows:
                if sys_ == system and LEVEL[sys_, name] == level:
                    row = w.content.staging[row_id]
                    boxes.append(
                        {
                            "row": row,
                            "id": row_id,
                            "name": f"**{w.labelled(w.ui(f'view_{system}'), stage_named(w, row))}**",
                            "first": [
                                (t, w.ui("numbered", n=n, text=w(w.content.treatments[t].short)))
                                for n, t in enumerate(row.first, 1)
                            ],
                        }
                    )
            columns.append(boxes)
        levels.append({"id": level, "heading": w.ui(f"stage_level_{level}"), "columns": columns})
    return [ReadingPage("stages", BY_ID["stages"], "stages.html", w.ui("stages_title"), {"levels": levels})]


def about(w: Words) -> list[ReadingPage]:
    changes = "\n".join(f"- **{w.day(c.day)}**: {md(w, c.text)}" for c in w.content.changes)
    header = f"| {w.ui('reading_col_page')} | {w.ui('reading_col_en')} | {w.ui('reading_col_zh')} |\n|---|---|---|"
    levels = [
        f"| {w.ui(f'nav_{r.page}')} | {w.ui('reading_grade', grade=r.grade, hardest=r.hardest)} "
        f"| {w.ui('reading_characters', n=r.characters)} |"
        for r in reading.page_levels(w.content)
    ]
    lines = []
    for s in w.content.sources.values():
        title = f"[{s.title}]({s.link})" if s.link else f"{s.title} ({s.location})"
        when = w.ui("web_page_read", date=w.day(s.read)) if s.read else w.source_year(s.id)
        lines.append(f"1. {s.by.rstrip('.')}. {title}. {when}.")
    context = {"changes": changes, "levels": "\n".join([header, *levels]), "sources": "\n".join(lines)}
    return [ReadingPage("about", BY_ID["about"], "about.html", w.ui("about_title"), context)]


PAGE_MAKERS = {
    "home": home,
    "questions": questions,
    "stages": stages,
    "outcomes": outcome_pages,
    "treatments": treatments,
    "aftercare": aftercare,
    "glossary": glossary,
    "about": about,
}


def pages_of(w: Words) -> list[ReadingPage]:
    """Every file of one language, in menu order."""
    return [page for p in READING_PAGES for page in PAGE_MAKERS[p.id](w)]


def description(html: str) -> str:
    """The page's first paragraph of some length, as plain words, cut at DESCRIPTION_CHARS (what a
    search result or a chat app's link preview shows under the title)."""
    main = html[html.index("<main") :]
    for paragraph in re.findall(r"<p>(.*?)</p>", main, re.S):
        words = unescape(" ".join(re.sub(r"<[^>]+>", "", paragraph).split()))
        if columns(words) >= DESCRIPTION_MIN_COLUMNS:
            return words if len(words) <= DESCRIPTION_CHARS else words[: DESCRIPTION_CHARS - 1].rstrip() + "…"
    return ""


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def build(content: Content, out: Path, site_url: str) -> list[Path]:
    """Write the whole edition into `out` (emptied first) and return the pages written."""
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    edition_url = site_url + READ_PATH
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = _environment()
    languages = list(content.meta.languages)
    written: list[Path] = []
    names_by_lang = {}
    for lang in languages:
        w = content.in_language(lang)
        blocks = Blocks(w, site_url)
        pages = pages_of(w)
        names_by_lang[lang] = [p.file for p in pages]
        folder = out / lang
        folder.mkdir()
        for page in pages:
            body = env.get_template(page.template).render(w=w, b=blocks, page=page, **page.context)
            html = env.get_template("base.html").render(
                w=w,
                b=blocks,
                page=page,
                body=Markup(body),
                html_lang=HTML_LANG[lang],
                languages=[(other, HTML_LANG[other], content.meta.languages[other]) for other in languages],
                edition_url=edition_url,
                app_href=blocks.app(page.twin.id, **dict(page.query)),
                interactive=[(blocks.app(p), w.ui(BY_ID[p].nav_key)) for p in INTERACTIVE],
                nav=[(page_file(p.id), w.ui(p.nav_key), p.id) for p in READING_PAGES],
                description="",
                archive=ARCHIVE,
                labels={
                    "skip": w.ui("reading_skip"),
                    "app_page": w.ui("reading_app_page"),
                    "interactive": w.ui("reading_interactive"),
                    "pages": w.ui("reading_pages"),
                    "offline": w.ui("reading_offline"),
                    "language": w.ui("language_switch"),
                    "site": w.ui("app_title"),
                },
                notices=notices(w),
            )
            html = html.replace(
                '<meta name="description" content="">',
                f'<meta name="description" content="{escape(page.description or description(html))}">',
                1,
            )
            path = folder / page.file
            path.write_text(html, encoding="utf-8")
            written.append(path)
    (out / "style.css").write_text((TEMPLATES / "style.css").read_text(encoding="utf-8"), encoding="utf-8")
    index = env.get_template("index.html").render(
        languages=[
            (lang, HTML_LANG[lang], content.meta.languages[lang], content.in_language(lang).ui("app_title"))
            for lang in languages
        ],
        edition_url=edition_url,
    )
    (out / "index.html").write_text(index, encoding="utf-8")
    written.append(out / "index.html")
    (out / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {edition_url}sitemap.xml\n", encoding="utf-8")
    (out / "sitemap.xml").write_text(sitemap(edition_url, names_by_lang), encoding="utf-8")
    archive(out)
    return written


def notices(w: Words) -> list[str]:
    """The frame's notices, as every app page shows them (ui/blocks.draft_notice), as of the build."""
    meta = w.content.meta
    shown = []
    if meta.status == "draft":
        shown.append(w.ui("draft_notice"))
    if meta.review is not None:
        who, day = meta.review
        shown.append(w.ui("reviewed_notice", who=w(who), date=w.day(day)))
    if meta.overdue(date.today()):
        shown.append(w.ui("review_overdue", date=w.day(meta.next_review)))
    return shown


def sitemap(edition_url: str, names_by_lang: dict[str, list[str]]) -> str:
    """sitemap.xml: every page of every language, each with its twins in the other languages."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for lang, names in names_by_lang.items():
        for name in names:
            lines.append(f"  <url><loc>{escape(edition_url + lang + '/' + name)}</loc>")
            for other in names_by_lang:
                if name in names_by_lang[other]:
                    lines.append(
                        f'    <xhtml:link rel="alternate" hreflang="{HTML_LANG[other]}" '
                        f'href="{escape(edition_url + other + "/" + name)}"/>'
                    )
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def archive(out: Path) -> Path:
    """One zip of the whole edition, inside a folder of its own name, that opens from a disk: every
    link between its pages is relative (the test opens the unzipped copy with file://)."""
    path = out / ARCHIVE
    folder = Path(ARCHIVE).stem
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for file in sorted(out.rglob("*")):
            if file.is_file() and file != path:
                z.write(file, f"{folder}/{file.relative_to(out).as_posix()}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("site"))
    parser.add_argument(
        "--site-url", default="http://localhost:8501/", help="the app's address (the edition is at read/ under it)"
    )
    args = parser.parse_args(argv)
    try:
        content = load_content(content_folder())
    except ContentError as exc:
        print(f"liverguide: content error: {exc}", file=sys.stderr)
        return 1
    written = build(content, args.out, args.site_url)
    print(f"reading edition: {len(written)} pages in {args.out}/ ({ARCHIVE} beside them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
