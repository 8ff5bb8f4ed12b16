"""A protocol-level reader: no browser, one asyncio WebSocket speaking Streamlit's own protobuf messages
(streamlit.proto.BackMsg_pb2 / ForwardMsg_pb2), as the browser does:

1. GET the page (the server sets the `_streamlit_xsrf` cookie; nginx sets `lg_route`).
2. Open the WebSocket at /_stcore/stream with the subprotocols ["streamlit", <xsrf token>] and the
   cookies, and an Origin of the same host.
3. The first BackMsg is `rerun_script` with the page's url path (page_name) and query string; every
   widget change is `rerun_script` with the widget states (the page's hash from the server, the
   widget ids read from the deltas, a button as trigger_value, a radio as its shown words).
4. Each run is read until `script_finished`; it must finish without an exception element and show
   what the reader expects (a heading's text, found in the run's deltas).

Used by `make load MODE=protocol` (bench/load.py) and `make bench` (bench/bench.py). Loopback only:
`open_reader` refuses any other host. tests/bench/ tests the message handling without a server.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

LOOPBACK = ("127.0.0.1", "localhost", "::1")
RUN_LIMIT_S = 60  # a run not finished in this long counts as an error (a time-out), never a wall-clock check
FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


class ReaderError(Exception):
    """A run that did not do what a reader expects: an exception shown, a wrong page, a time-out."""


def rerun_message(
    *,
    query_string: str = "",
    page_name: str = "",
    page_script_hash: str = "",
    widgets: list[WidgetState] = (),
) -> bytes:
    """A BackMsg asking for a script run, as the browser sends it (serialized)."""
    msg = BackMsg()
    msg.rerun_script.query_string = query_string
    msg.rerun_script.page_name = page_name
    msg.rerun_script.page_script_hash = page_script_hash
    msg.rerun_script.widget_states.widgets.extend(widgets)
    return msg.SerializeToString()


def decode(data: bytes) -> ForwardMsg:
    msg = ForwardMsg()
    msg.ParseFromString(data)
    return msg


def elements(messages: list[ForwardMsg]):
    """Every element drawn in these messages: (its kind, e.g. "button", and the element's own message)."""
    for msg in messages:
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            kind = element.WhichOneof("type")
            if kind:
                yield kind, getattr(element, kind)


def widget_id(messages: list[ForwardMsg], key: str, kind: str | None = None) -> str | None:
    """The id of the widget with this user key (Streamlit's ids end in `-<key>`), the last drawn."""
    found = None
    for k, element in elements(messages):
        if (kind is None or k == kind) and getattr(element, "id", "").endswith("-" + key):
            found = element.id
    return found


def widget_ids_with(messages: list[ForwardMsg], key_part: str, kind: str) -> list[str]:
    return [e.id for k, e in elements(messages) if k == kind and key_part in getattr(e, "id", "")]


def exceptions(messages: list[ForwardMsg]) -> list[str]:
    """The exceptions a run showed (st.exception or an uncaught error): their type and message."""
    return [f"{e.type}: {e.message}" for k, e in elements(messages) if k == "exception"]


def texts(messages: list[ForwardMsg]) -> list[str]:
    """The words of headings and Markdown drawn in a run (what the expected-page check reads)."""
    out = []
    for kind, element in elements(messages):
        if kind == "heading":
            out.append(element.body)
        elif kind == "markdown":
            out.append(element.body)
    return out


def headings(messages: list[ForwardMsg]) -> list[str]:
    return [e.body for k, e in elements(messages) if k == "heading"]


def page_hash(messages: list[ForwardMsg], current: str = "") -> str:
    """The page's script hash the server says is running (new_session, navigation or metadata)."""
    for msg in messages:
        kind = msg.WhichOneof("type")
        if kind == "new_session" and msg.new_session.page_script_hash:
            current = msg.new_session.page_script_hash
        elif kind == "navigation" and msg.navigation.page_script_hash:
            current = msg.navigation.page_script_hash
    return current


def page_hashes_by_path(messages: list[ForwardMsg]) -> dict[str, str]:
    """url path ("" for home) -> page script hash, from the navigation the frame declares."""
    out: dict[str, str] = {}
    for msg in messages:
        kind = msg.WhichOneof("type")
        pages = (
            msg.navigation.app_pages
            if kind == "navigation"
            else msg.new_session.app_pages
            if kind == "new_session"
            else []
        )
        for p in pages:
            out[p.url_pathname] = p.page_script_hash
    return out


def radio_state(wid: str, shown_words: str) -> WidgetState:
    state = WidgetState(id=wid)
    state.string_value = shown_words
    return state


def button_state(wid: str) -> WidgetState:
    state = WidgetState(id=wid)
    state.trigger_value = True
    return state


@dataclass
class Run:
    messages: list[ForwardMsg]
    seconds: float  # from sending the BackMsg to script_finished

    @property
    def headings(self) -> list[str]:
        return headings(self.messages)

    @property
    def text(self) -> str:
        return "\n".join(texts(self.messages))


@dataclass
class Reader:
    """One reader's session over one WebSocket."""

    url: str
    query_string: str
    ws: object = None
    page_script_hash: str = ""
    pages: dict[str, str] = field(default_factory=dict)
    widgets: dict[str, WidgetState] = field(default_factory=dict)  # values the reader has set
    last: Run | None = None
    times: list[float] = field(default_factory=list)
    route: str | None = None  # nginx's lg_route cookie: which process serves this reader

    async def run(self, payload: bytes) -> Run:
        start = time.perf_counter()
        await self.ws.send(payload)
        messages: list[ForwardMsg] = []
        deadline = time.monotonic() + RUN_LIMIT_S
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReaderError(f"no script_finished in {RUN_LIMIT_S} s")
            try:
                data = await asyncio.wait_for(self.ws.recv(), timeout=left)
            except TimeoutError:
                raise ReaderError(f"no script_finished in {RUN_LIMIT_S} s") from None
            if isinstance(data, str):
                continue
            msg = decode(data)
            messages.append(msg)
            if msg.WhichOneof("type") == "script_finished":
                if msg.script_finished in FINISHED:
                    break
                if msg.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise ReaderError("the script did not compile")
                # FINISHED_EARLY_FOR_RERUN: the app asked for a rerun; its next run follows.
        run = Run(messages, time.perf_counter() - start)
        shown = exceptions(messages)
        if shown:
            raise ReaderError(f"the run showed an exception: {shown[0]}")
        self.page_script_hash = page_hash(messages, self.page_script_hash)
        self.pages.update(page_hashes_by_path(messages))
        self.last = run
        self.times.append(run.seconds)
        return run

    async def open_page(self, path: str) -> Run:
        return await self.run(rerun_message(query_string=self.query_string, page_name=path.strip("/")))

    async def go(self, path: str) -> Run:
        """To another page in the same session, as the menu does (the page's hash)."""
        target = self.pages.get(path.strip("/"))
        if target is None:
            raise ReaderError(f"no page {path!r} in the navigation the server sent")
        self.widgets = {}
        return await self.run(
            rerun_message(query_string=self.query_string, page_script_hash=target, page_name=path.strip("/"))
        )

    async def set_widgets(self, *changed: WidgetState) -> Run:
        """A widget change: every value the reader has set, with this change (a trigger only once)."""
        for state in changed:
            if state.WhichOneof("value") != "trigger_value":
                self.widgets[state.id] = state
        triggers = [s for s in changed if s.WhichOneof("value") == "trigger_value"]
        states = [*self.widgets.values(), *triggers]
        return await self.run(
            rerun_message(query_string=self.query_string, page_script_hash=self.page_script_hash, widgets=states)
        )

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


def get_cookies(url: str) -> dict[str, str]:
    """GET the page as a browser does first; the cookies it sets (XSRF token, nginx's route)."""
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"}), timeout=60) as r:
        r.read()
        jar = SimpleCookie()
        for header in r.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    return {k: m.value for k, m in jar.items()}


async def open_reader(base_url: str, path: str, query_string: str = "") -> tuple[Reader, Run]:
    """A new reader on `path`: GET it, open the WebSocket, run the page. Loopback only."""
    parsed = urlparse(base_url)
    if parsed.hostname not in LOOPBACK:
        raise ValueError(f"load is sent to this machine only, not to {parsed.hostname}")
    address = f"{base_url}{path}" + (f"?{query_string}" if query_string else "")
    cookies = await asyncio.to_thread(get_cookies, address)
    subprotocols = ["streamlit", cookies.get("_streamlit_xsrf", "")]
    ws = await websockets.connect(
        f"ws://{parsed.netloc}/_stcore/stream",
        subprotocols=[p for p in subprotocols if p],
        origin=f"{parsed.scheme}://{parsed.netloc}",
        additional_headers={"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())},
        max_size=None,
        open_timeout=RUN_LIMIT_S,
        ping_interval=None,
    )
    reader = Reader(base_url, query_string, ws, route=cookies.get("lg_route"))
    return reader, await reader.open_page(path)
