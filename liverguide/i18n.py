"""Languages: which one a reader gets, from what they asked for and what the content offers."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGE_PARAM = "lang"


def pick_language(requested: str | None, available: Mapping[str, str], default: str) -> str:
    """The requested language if the guide has it; otherwise the default (an unknown ?lang= is ignored)."""
    if requested and requested.strip().lower() in available:
        return requested.strip().lower()
    return default
