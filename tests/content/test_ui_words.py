"""ui.yaml holds every interface label once: each label the code asks for by name exists, and each
label is used by the code, by name or by a prefix the code builds names from (f"level_{level}"), so
no editor keeps translating a label no reader sees."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

CODE = [p for folder in ("liverguide", "ui", "pages", "deploy") for p in (ROOT / folder).rglob("*.py")]
CODE.append(ROOT / "app.py")
# The reading edition's templates ask for labels as the code does: b.ui("key").
CODE += sorted((ROOT / "liverguide" / "reading_templates").glob("*.html"))
ASKED = re.compile(r"""\bui\(\s*["']([a-z][a-z0-9_]*)["']""")  # w.ui("key")
NAMED = re.compile(r"""["']([a-z][a-z0-9_]*)["']""")  # any name in quotes: a key handed on ("check_right")
BUILT = re.compile(r"""f["']([a-z][a-z0-9_]*_)\{""")  # f"level_{level}"


def labels_asked_for(code: str) -> set[str]:
    return set(ASKED.findall(code))


def unused_labels(keys: set[str], code: str) -> list[str]:
    named, prefixes = set(NAMED.findall(code)), tuple(BUILT.findall(code))
    return sorted(k for k in keys if k not in named and not k.startswith(prefixes))


def all_code() -> str:
    return "\n".join(Path(p).read_text(encoding="utf-8") for p in CODE)


def test_every_label_the_code_asks_for_by_name_exists(content):
    assert not labels_asked_for(all_code()) - set(content.ui)


def test_every_label_is_used(content):
    assert unused_labels(set(content.ui), all_code()) == []


def test_the_label_checks_can_fail():
    code = 'w.ui("menu")\nw.ui(f"level_{level}")\nkey = "check_right"\n'
    assert labels_asked_for(code) == {"menu"}
    assert unused_labels({"menu", "level_lot", "check_right", "talk_to_team_heading"}, code) == ["talk_to_team_heading"]
