"""The guide's words in one reader's language: interface labels, the language's colon and list
marks, citations, dates and the evidence line. The reader's formatting, apart from the models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from liverguide.content.model import EVIDENCE_LEVELS

if TYPE_CHECKING:
    from liverguide.content.model import Content, Evidenced, Text

# Marks that already end a label: Words.labelled adds no colon after them.
LABEL_ENDS = ("?", ":", "？", "：")


@dataclass(frozen=True)
class Words:
    """The guide's words in one reader's language, so helpers take one object instead of (content, lang)."""

    content: Content
    lang: str

    def __call__(self, text: Text) -> str:
        """The text in this language (the loader made sure every text has every language)."""
        return text[self.lang]

    def ui(self, key: str, **values: Any) -> str:
        return self(self.content.ui[key]).format(**values)

    def labelled(self, label: str, value: str) -> str:
        """'Label: value' with the language's own colon (Chinese uses a full-width one). A label that
        is a question or already ends in a colon gets no second mark: 'Can surgery remove it? No'."""
        if label.endswith(LABEL_ENDS):
            return f"{label} {value}" if label.isascii() or label[-1].isascii() else f"{label}{value}"
        return self.ui("labelled", label=label, value=value)

    def sentences(self, *parts: str) -> str:
        """Sentences or phrases one after the other: with a space in English, none in Chinese (its
        full-width marks carry their own space). Empty parts are left out."""
        space = " " if self.ui("sentence_end").isascii() else ""
        return space.join(part for part in parts if part)

    @staticmethod
    def in_sentence(name: str) -> str:
        """A name as it reads inside a sentence: 'Read about ablation', 'Could liver transplant be an
        option', but 'TACE' and 'TARE (Y-90)' as written (a first word with more capitals is a short
        name). Languages without capitals are unchanged."""
        first = name.split(" ", 1)[0]
        if first[:1].isupper() and not any(c.isupper() for c in first[1:]):
            return name[:1].lower() + name[1:]
        return name

    def treatment_name(self, treatment_id: str, *, in_sentence: bool = False) -> str:
        """A treatment's short name in this language ('TACE', 'Liver surgery'); with `in_sentence`, as
        it reads inside one ('After liver surgery')."""
        name = self(self.content.treatments[treatment_id].short)
        return self.in_sentence(name) if in_sentence else name

    def one_of(self, names: list[str]) -> str:
        """'TACE', 'TACE or ablation', 'TACE; ablation or HAIC': names of things one of which is meant."""
        if len(names) == 1:
            return names[0]
        return self.ui("or_between", first=self.separator.join(names[:-1]), last=names[-1])

    @property
    def separator(self) -> str:
        """Between items in a line: '; ' in English, '；' in Chinese (its full-width marks carry their own space)."""
        mark = self.ui("list_separator")
        return mark + " " if mark.isascii() else mark

    def citation(self, source_id: str) -> str:
        """A short citation: 'Reig M, Forner A, Rimola J, et al. (2022)', or the source's own name."""
        source = self.content.sources[source_id]
        who = self(source.name) if source.name else source.by
        return self.ui("citation", who=who, year=self.source_year(source_id))

    def source_year(self, source_id: str) -> str:
        year = self.content.sources[source_id].year
        return self.ui("undated") if year == "undated" else year

    def evidence(self, *items: Evidenced) -> str:
        """'How we know: trials that compared treatments; guideline advice. Checked 27 November 2026.'
        For several items (a list on one screen): every level any of them rests on, and the oldest check."""
        given = {level for item in items for level in item.evidence}
        levels = self.separator.join(self.ui(f"evidence_{level}") for level in EVIDENCE_LEVELS if level in given)
        return self.ui("evidence_line", levels=levels, day=self.day(min(item.checked for item in items)))

    def day(self, d: date) -> str:
        """A date as the language writes it: '27 November 2026', '2026年11月27日'."""
        return self.ui("date", d=d)
