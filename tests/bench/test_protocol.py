"""The protocol-level reader's own message handling (bench/protocol.py), with no server: messages
built and read as Streamlit's protobuf classes, and a fake WebSocket that plays a server's answers."""

from __future__ import annotations

import asyncio
import concurrent.futures

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.protocol import (
    Reader,
    ReaderError,
    button_state,
    decode,
    exceptions,
    headings,
    open_reader,
    page_hash,
    page_hashes_by_path,
    radio_state,
    rerun_message,
    widget_id,
    widget_ids_with,
)


def button(key: str, label: str = "Next") -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.button.id = f"$$ID-0123abcd-{key}"
    msg.delta.new_element.button.label = label
    return msg


def radio(key: str, options: list[str]) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.radio.id = f"$$ID-89ef-{key}"
    msg.delta.new_element.radio.options.extend(options)
    return msg


def heading(text: str) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.heading.body = text
    msg.delta.new_element.heading.tag = "h1"
    return msg


def exception(kind: str, message: str) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.exception.type = kind
    msg.delta.new_element.exception.message = message
    return msg


def finished(status=ForwardMsg.FINISHED_SUCCESSFULLY) -> ForwardMsg:
    msg = ForwardMsg()
    msg.script_finished = status
    return msg


def navigation(current: str, pages: dict[str, str]) -> ForwardMsg:
    msg = ForwardMsg()
    msg.navigation.page_script_hash = current
    for path, script_hash in pages.items():
        page = msg.navigation.app_pages.add()
        page.url_pathname = path
        page.page_script_hash = script_hash
    return msg


def test_a_first_visit_asks_for_a_run_of_the_page_with_its_query_string():
    msg = BackMsg()
    msg.ParseFromString(rerun_message(query_string="lang=zh&consult=1", page_name="pathway"))
    assert msg.WhichOneof("type") == "rerun_script"
    assert msg.rerun_script.query_string == "lang=zh&consult=1"
    assert msg.rerun_script.page_name == "pathway"
    assert list(msg.rerun_script.widget_states.widgets) == []


def test_a_widget_change_carries_its_state_a_button_as_a_trigger_and_a_radio_as_its_words():
    data = rerun_message(
        page_script_hash="abc",
        widgets=[button_state("$$ID-1-qa_next_top_0"), radio_state("$$ID-2-pw_health_en", "Good")],
    )
    msg = BackMsg()
    msg.ParseFromString(data)
    states = {s.id: s for s in msg.rerun_script.widget_states.widgets}
    assert msg.rerun_script.page_script_hash == "abc"
    assert states["$$ID-1-qa_next_top_0"].trigger_value is True
    assert states["$$ID-2-pw_health_en"].string_value == "Good"


def test_a_forward_message_decodes_as_sent():
    sent = heading("Questions and answers")
    assert decode(sent.SerializeToString()) == sent


def test_a_widget_is_found_by_its_key_not_by_a_key_that_only_begins_the_same():
    messages = [button("qa_next_top_11"), button("qa_next_top_1"), radio("pw_health_en", ["Good", "Poor"])]
    assert widget_id(messages, "qa_next_top_1") == "$$ID-0123abcd-qa_next_top_1"
    assert widget_id(messages, "qa_next_top_2") is None
    assert widget_id(messages, "pw_health_en", "radio") == "$$ID-89ef-pw_health_en"
    assert widget_id(messages, "pw_health_en", "button") is None
    assert widget_ids_with(messages, "-qa_next_top_1", "button") == [
        "$$ID-0123abcd-qa_next_top_11",
        "$$ID-0123abcd-qa_next_top_1",
    ]


def test_an_exception_delta_is_found_and_a_clean_run_has_none():
    assert exceptions([heading("Home"), exception("KeyError", "'lang'")]) == ["KeyError: 'lang'"]
    assert exceptions([heading("Home"), button("x")]) == []


def test_the_page_hash_and_the_pages_come_from_the_navigation_message():
    messages = [navigation("h-questions", {"": "h-home", "questions": "h-questions"}), heading("Q")]
    assert page_hash(messages) == "h-questions"
    assert page_hash([heading("Q")], "before") == "before"
    assert page_hashes_by_path(messages) == {"": "h-home", "questions": "h-questions"}
    assert headings(messages) == ["Q"]


def run(coroutine):
    """The coroutine to its end on a loop of its own (in a thread: Playwright's sync tests, in the
    same pytest run, keep an event loop running in the main thread)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class FakeSocket:
    """Plays one server answer per message sent; records what was sent."""

    def __init__(self, *answers: list[ForwardMsg]):
        self.answers = list(answers)
        self.sent: list[bytes] = []
        self.queue: list[bytes] = []

    async def send(self, data: bytes) -> None:
        self.sent.append(data)
        self.queue += [m.SerializeToString() for m in self.answers.pop(0)]

    async def recv(self) -> bytes:
        if not self.queue:
            await asyncio.sleep(3600)
        return self.queue.pop(0)


def test_a_run_reads_to_script_finished_through_an_early_finish_for_a_rerun():
    ws = FakeSocket(
        [navigation("h1", {"questions": "h1"}), heading("Old"), finished(ForwardMsg.FINISHED_EARLY_FOR_RERUN),
         heading("Questions and answers"), finished()]
    )  # fmt: skip
    reader = Reader("http://127.0.0.1:1", "lang=en", ws)
    result = run(reader.open_page("/questions"))
    assert result.headings == ["Old", "Questions and answers"]
    assert reader.page_script_hash == "h1" and reader.pages == {"questions": "h1"}
    assert len(reader.times) == 1


def test_a_run_that_shows_an_exception_is_an_error():
    reader = Reader("http://127.0.0.1:1", "", FakeSocket([heading("Home"), exception("ValueError", "x"), finished()]))
    with pytest.raises(ReaderError, match="ValueError: x"):
        run(reader.open_page("/"))


def test_a_script_that_does_not_compile_is_an_error():
    reader = Reader("http://127.0.0.1:1", "", FakeSocket([finished(ForwardMsg.FINISHED_WITH_COMPILE_ERROR)]))
    with pytest.raises(ReaderError, match="compile"):
        run(reader.open_page("/"))


def test_a_run_that_never_finishes_is_a_time_out(monkeypatch):
    monkeypatch.setattr("bench.protocol.RUN_LIMIT_S", 0.05)
    reader = Reader("http://127.0.0.1:1", "", FakeSocket([heading("Home")]))
    with pytest.raises(ReaderError, match="no script_finished"):
        run(reader.open_page("/"))


def test_a_widget_change_resends_the_values_set_before_but_a_trigger_only_once():
    ws = FakeSocket([finished()], [finished()], [finished()])
    reader = Reader("http://127.0.0.1:1", "lang=en", ws, page_script_hash="h")
    run(reader.set_widgets(radio_state("r1", "Good")))
    run(reader.set_widgets(button_state("b1")))
    run(reader.set_widgets(radio_state("r2", "Late")))
    sent = []
    for data in ws.sent:
        msg = BackMsg()
        msg.ParseFromString(data)
        sent.append(sorted(s.id for s in msg.rerun_script.widget_states.widgets))
    assert sent == [["r1"], ["b1", "r1"], ["r1", "r2"]]


def test_load_goes_to_this_machine_only():
    with pytest.raises(ValueError, match="this machine only"):
        run(open_reader("http://example.org", "/"))


def test_the_expected_page_check_can_fail():
    from bench.protocol import Run
    from bench.protocol_load import expect_heading

    run = Run([heading("Home")], 0.01)
    expect_heading(run, "Home", "home")
    with pytest.raises(ReaderError, match="expected the heading"):
        expect_heading(run, "Questions and answers", "/questions")
