"""The guide's content: typed, checked objects (model.py), read from content/ by load_content (load.py).

Other modules import from here; the names below are the ones they use.
"""

from liverguide.content.load import CONTENT_SETTING, OUTCOME_TEXT_COLUMNS, ContentError, content_folder, load_content
from liverguide.content.model import (
    AFTERCARE_PHASES,
    BODY_FIELDS,
    CHECK_TOPICS,
    COMPARE_KEYS,
    ENDPOINTS,
    AftercareItem,
    Check,
    Content,
    Evidenced,
    Matter,
    Outcome,
    Question,
    Text,
    Treatment,
)
from liverguide.content.words import Words

__all__ = [
    "AFTERCARE_PHASES",
    "BODY_FIELDS",
    "COMPARE_KEYS",
    "ENDPOINTS",
    "OUTCOME_TEXT_COLUMNS",
    "CHECK_TOPICS",
    "CONTENT_SETTING",
    "AftercareItem",
    "Check",
    "Content",
    "ContentError",
    "Evidenced",
    "Matter",
    "Outcome",
    "Question",
    "Text",
    "Treatment",
    "Words",
    "content_folder",
    "load_content",
]
