"""AppTest: the after-care page opens with the call-now signs as boxes to tick by hand, then lists
what is often normal, with no boxes; the print instruction is for the screen only."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from tests.app.helpers import open_app, shown_text


def keyed_blocks(at: AppTest) -> list[tuple[str, Block]]:
    """The page's containers that have a key, in the order shown (a block's id ends with its key)."""
    found = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            if isinstance(child, Block):
                block_id = getattr(child.proto, "id", "")
                if block_id:
                    found.append((block_id.rsplit("-", 1)[-1], child))
                walk(child)

    walk(at.main)
    return found


def said_in(block: Block) -> str:
    return " ".join([*(m.value for m in block.markdown), *(h.value for h in block.subheader)])


def test_the_call_now_signs_come_first_as_boxes_to_tick_and_the_normal_items_have_no_box(content):
    at = open_app("aftercare")
    en = content.in_language("en")
    text = shown_text(at)
    for item in content.aftercare:
        if item.kind == "warning":
            assert f"☐ {item.text['en']}" in text
        else:
            assert item.text["en"] in text and f"☐ {item.text['en']}" not in text
    headings = [s.value for s in at.subheader]
    intro = en(content.sections["aftercare_intro"].heading)
    assert headings[0] == en.ui("warning_heading"), "the call-now list comes right under the title"
    assert headings.index(intro) == 1 and headings.index(en.ui("normal_heading")) == 2
    boxes = dict(keyed_blocks(at))
    assert boxes["aftercare_call_now"].proto.flex_container.border, "the signs are in a box"
    assert all(
        f"☐ {a.text['en']}" in said_in(boxes["aftercare_call_now"]) for a in content.aftercare if a.kind == "warning"
    )


def test_the_print_instruction_is_for_the_screen_only(content):
    at = open_app("aftercare")
    instruction = content.sections["aftercare_print"].heading["en"]
    # The print style sheet (ui/style.py) hides every container whose key starts with screen_only.
    holding = [key for key, block in keyed_blocks(at) if instruction in said_in(block)]
    assert holding and all(key.startswith("screen_only") for key in holding)
