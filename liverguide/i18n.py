"""Languages: which one a reader gets, from what they asked for and what the content offers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

LANGUAGE_PARAM = "lang"
# The page's <html lang> per guide language, so screen readers use the right voice.
HTML_LANG = {"en": "en", "zh": "zh-Hans"}


def pick_language(candidates: list[str | None], available: Mapping[str, str], default: str) -> str:
    """The first candidate the guide offers, else the default.

    Candidates are tried in order (say: the URL's ?lang=, the choice made earlier, the browser's
    locale). Each may be a bare code ("zh") or a locale ("zh-CN", "zh_Hant_TW"); unknown ones are
    skipped, so a wrong ?lang= falls back instead of failing.
    """
    for candidate in candidates:
        code = re.split(r"[-_]", (candidate or "").strip().lower())[0]
        if code in available:
            return code
    return default


def columns(text: str) -> int:
    """How wide `text` is on a line, in columns: a Chinese character (or full-width mark) counts as two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, a Chinese character counting as two.

    Breaks at spaces where there are any, and between Chinese characters anywhere (Chinese has no
    spaces); never after an opening bracket or before closing punctuation.
    """
    tokens = re.findall(
        r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+|\s+", text
    )
    lines, line = [], ""
    for token in tokens:
        joined = line + token
        no_break_before = token[0] in NO_LINE_START
        no_break_after = bool(line) and line[-1] in NO_LINE_END
        if line.strip() and columns(joined.rstrip()) > width and not no_break_before and not no_break_after:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = joined
    if line.strip():
        lines.append(line.strip())
    return lines


def even_wrap(text: str, width: int) -> list[str]:
    """`text` in as few lines of at most `width` columns as `wrap` gives, made as even as they can
    be: a label never ends on one Chinese character or one short word alone."""
    lines = wrap(text, width)
    while width > 1 and len(narrower := wrap(text, width - 1)) == len(lines):
        lines, width = narrower, width - 1
    return lines


# CJK punctuation, ideographs and full-width forms: each one a place where a line may break.
WIDE = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
NO_LINE_START = "，。、；：？！）》」』】,.;:?!)%"
NO_LINE_END = "（《「『【("

# Languages whose glossary sorts by how a word sounds (its pinyin), not by how it is written.
SORTED_BY_SOUND = {"zh"}


def sort_key(text: str) -> str:
    """For dictionary order: no tone marks or accents, no case ('jiè rù' sorts as 'jie ru')."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)).casefold()
