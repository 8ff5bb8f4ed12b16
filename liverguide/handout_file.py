"""The take-home sheet as one self-contained HTML file that opens and prints anywhere, offline: inline
style, no scripts, no images, no fonts to fetch. Glossary marks become bold words (there is no glossary
on paper); what the team typed is escaped, never read as markup. The sheet's parts come from
liverguide/handout.py."""

from __future__ import annotations

import html
import re

from liverguide.content import Words
from liverguide.handout import Handout, Part, paper_citation
from liverguide.i18n import HTML_LANG
from liverguide.markup import replace_terms

_STYLE = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif;
       font-size: 9.5pt; line-height: 1.2; color: #1a1a1a; max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .2em; } h2 { font-size: 13pt; margin: .5em 0 .15em; }
p, ul { margin: .2em 0; } li { margin: 0; } .made { color: #333; }
.box { border: 2px solid #1a1a1a; border-radius: 6px; padding: .2em .8em .5em; margin: .6em 0;
       break-inside: avoid; page-break-inside: avoid; }
.box h2 { margin-top: .4em; }
.evidence { border: 1px solid #1a1a1a; border-radius: 6px; padding: .2em .8em .4em; margin: .6em 0;
            font-size: 9pt; line-height: 1.2; }
.evidence p { margin: .25em 0; orphans: 3; widows: 3; }
.phone { border-top: 1px solid #1a1a1a; margin-top: .5em; padding-top: .2em; }
.phone .number { font-size: 20pt; font-weight: bold; margin: .1em 0; }
.numbers { display: flex; flex-wrap: wrap; column-gap: 2em; } .numbers p { margin: 0; }
.phone .line { min-height: 2em; }
.line { border-bottom: 1px solid #1a1a1a; min-height: 1.6em; margin: .2em 0 .4em; }
.sources { font-size: 7.5pt; margin: .1em 0; }
h1, h2 { break-after: avoid; page-break-after: avoid; } li { break-inside: avoid; }
@page { size: A4; margin: 10mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


# A backslash before a punctuation mark keeps it a plain character (CommonMark): words from a hospital's
# file come escaped (liverguide/markup.py `plain`).
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_KEPT = re.compile("\x00([0-9]+)\x00")


def _inline(markdown: str) -> str:
    """Escaped HTML for one of our short Markdown texts: **bold**, _italic_ and links; nothing else
    gets through, and an escaped mark stays the character it is."""
    kept: list[str] = []

    def keep(mark: re.Match) -> str:
        kept.append(mark.group(1))
        return f"\x00{len(kept) - 1}\x00"

    text = html.escape(_ESCAPED.sub(keep, markdown))
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![\w/])_(.+?)_(?!\w)", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', text)
    return _KEPT.sub(lambda n: html.escape(kept[int(n.group(1))]), text)


def _blocks(markdown: str) -> str:
    """Paragraphs and '- ' or '1. ' lists of one text."""
    out, items = [], []
    for line in markdown.splitlines() + [""]:
        bullet = re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)", line)
        if bullet:
            items.append(f"<li>{_inline(bullet.group(1))}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line.strip():
            out.append(f"<p>{_inline(line)}</p>")
    return "".join(out)


def handout_html(w: Words, h: Handout) -> str:
    """One file that opens and prints anywhere, offline: no scripts, no images, no fonts to fetch.
    `w` is in the sheet's language."""

    def words(markdown: str) -> str:  # a glossary mark becomes its words, in bold (no glossary on paper)
        return replace_terms(markdown, lambda t, shown: f"**{shown or w(w.content.glossary[t].term)}**")

    def part_html(part: Part) -> str:
        inner = "".join(_blocks(words(p)) for p in part.paragraphs)
        if part.items:
            inner += "<ul>" + "".join(f"<li>{_inline(words(i))}</li>" for i in part.items) + "</ul>"
        return f"<h2>{html.escape(part.heading)}</h2>{inner}"

    def written(value: str) -> str:
        return "".join(f"<p>{html.escape(line)}</p>" for line in value.splitlines())

    body = [f"<h1>{_inline(h.title)}</h1>", f"<p class='made'>{_inline(h.made)}</p>"]
    # The number to call sits inside the box, right under the signs, so the two never part.
    if h.phones:  # the hospital's numbers side by side, each under whose it is (as tall as one number)
        number = (
            "<div class='numbers'>"
            + "".join(
                f"<div><p>{_inline(w.labelled(whose, ''))}</p><p class='number'>{html.escape(n)}</p></div>"
                for whose, n in h.phones
            )
            + "</div>"
        )
    elif h.phone:
        number = f"<p class='number'>{html.escape(h.phone)}</p>"
    else:
        number = "<div class='line'></div>"
    # A hospital's numbers say whose they are; a number typed in, or the line, is under a label.
    label = "" if h.phones else f"<p><strong>{html.escape(w.ui('handout_phone'))}</strong></p>"
    phone = f"<div class='phone'>{label}{number}</div>"
    body.append(f"<section class='box call-now'>{part_html(h.call_now)}{phone}</section>")
    body += [
        f"<section class='evidence'>{part_html(part)}</section>"
        if part.boxed
        else f"<section>{part_html(part)}</section>"
        for part in h.parts
    ]
    body.append(f"<h2>{html.escape(w.ui('handout_notes'))}</h2><div class='line'>{written(h.notes)}</div>")
    cited = []
    for source_id in h.sources:
        label, link = html.escape(paper_citation(w, source_id)), w.content.sources[source_id].link
        cited.append(f'<a href="{html.escape(link)}">{label}</a>' if link else label)
    body.append(
        f"<p class='sources'><strong>{html.escape(w.ui('sources_heading'))}</strong> "
        f"{html.escape(w.separator).join(cited)}</p>"
    )
    body.append(f"<p class='sources'>{_inline(h.about)}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{HTML_LANG[h.lang]}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_inline(h.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
