"""Readers without browsers (bench/protocol.py), many at once, each clicking at a reader's pace, against
one app process (direct, default or production settings) or the production shape (deploy/serve.py).

Scenarios: `questions` (the walk-through: Next, and Start again at the end), `pathway` (the chooser in
consultation mode: every answer of a route, then Start again), `route` (the check of `make load`:
the chooser, then the walk-through, then back to both: the reader must see only their own route and
place). Every run must finish without an exception and show the expected page. Bounded: readers,
duration and a time-out per run; loopback only.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bench.protocol import ReaderError, button_state, open_reader, widget_id, widget_ids_with
from harness.browser import production
from harness.journeys import routes
from liverguide.content import Content, load_content
from liverguide.pathway import Answers, choose_route
from ui.state import pathway_choice

ROOT = Path(__file__).resolve().parents[1]


@cache
def guide() -> Content:
    """The guide's content, read on first use: importing this module reads nothing."""
    return load_content(ROOT / "content")


PACES = {"busy": (1.0, 3.0), "calm": (10.0, 30.0)}  # seconds between a reader's clicks


@dataclass
class Result:
    times: list[float] = field(default_factory=list)  # seconds per interaction (send to script_finished)
    first_pages: list[float] = field(default_factory=list)  # a new reader's first run
    errors: list[str] = field(default_factory=list)
    readers_done: int = 0
    routes: dict[str, int] = field(default_factory=dict)  # nginx's lg_route -> readers

    def percentile(self, q: float, values: list[float] | None = None) -> float:
        values = sorted(self.times if values is None else values)
        if not values:
            return float("nan")
        return values[min(len(values) - 1, round(q * (len(values) - 1)))]

    def summary(self) -> dict:
        return {
            "interactions": len(self.times),
            "median_ms": round(1000 * statistics.median(self.times)) if self.times else None,
            "p95_ms": round(1000 * self.percentile(0.95)) if self.times else None,
            "p99_ms": round(1000 * self.percentile(0.99)) if self.times else None,
            "first_page_median_ms": round(1000 * statistics.median(self.first_pages)) if self.first_pages else None,
            "errors": len(self.errors),
            "readers_done": self.readers_done,
            "routes": self.routes,
        }


def full_routes() -> list[dict[str, str]]:
    return routes(guide(), 20)


async def pause(pace: tuple[float, float], deadline: float) -> bool:
    """A reader's pause before the next click; False when the run's time is up."""
    wait = random.uniform(*pace)
    if time.monotonic() + wait > deadline:
        return False
    await asyncio.sleep(wait)
    return True


def expect_heading(run, words: str, what: str) -> None:
    if not any(words in h for h in run.headings):
        raise ReaderError(f"{what}: expected the heading {words[:60]!r}, saw {run.headings[:4]}")


async def questions_reader(url: str, n: int, pace, deadline: float, result: Result) -> None:
    lang = "en" if n % 2 == 0 else "zh"
    w = guide().in_language(lang)
    reader, run = await open_reader(url, "/questions", f"lang={lang}")
    result.first_pages.append(run.seconds)
    result.routes[reader.route or "direct"] = result.routes.get(reader.route or "direct", 0) + 1
    try:
        expect_heading(run, w.ui("questions_title"), "/questions")
        place = 0
        while await pause(pace, deadline):
            ids = widget_ids_with(reader.last.messages, f"-qa_next_top_{place}", "button")
            if ids:
                run = await reader.set_widgets(button_state(ids[0]))
                place += 1
            else:
                run = await reader.set_widgets(button_state(widget_id(reader.last.messages, "qa_restart_top")))
                place = 0
            result.times.append(run.seconds)
            expect_heading(run, w(guide().questions[place].question), f"question {place + 1}")
        result.readers_done += 1
    finally:
        await reader.close()


async def answer_route(reader, w, given: dict[str, str], pace, deadline: float, result: Result) -> bool:
    """Every answer of a route, one screen each (consultation mode); False if the time ran out first."""
    fields = list(given)
    for i, (field_id, value) in enumerate(given.items()):
        if not await pause(pace, deadline):
            return False
        # Consultation mode: each answer is a button (ui/chooser.py).
        wid = widget_id(reader.last.messages, pathway_choice(field_id, value), "button")
        if wid is None:
            raise ReaderError(f"the chooser does not ask {field_id!r} (headings: {reader.last.headings[:3]})")
        run = await reader.set_widgets(button_state(wid))
        result.times.append(run.seconds)
        if i + 1 < len(fields):
            after = w(guide().pathway_questions[fields[i + 1]].question)
            if after not in run.text:
                raise ReaderError(f"after {field_id}={value}, the next question is not shown")
    headline = w(guide().pathway_results[choose_route(Answers(**given), guide()).summary].headline)
    expect_heading(reader.last, headline, f"the route for {given}")
    return True


async def pathway_reader(url: str, n: int, pace, deadline: float, result: Result) -> None:
    lang = "en" if n % 2 == 0 else "zh"
    w = guide().in_language(lang)
    given = full_routes()[n % 20]
    reader, run = await open_reader(url, "/pathway", f"lang={lang}&consult=1")
    result.first_pages.append(run.seconds)
    result.routes[reader.route or "direct"] = result.routes.get(reader.route or "direct", 0) + 1
    try:
        expect_heading(run, w.ui("pathway_title"), "/pathway")
        while await answer_route(reader, w, given, pace, deadline, result):
            if not await pause(pace, deadline):
                break
            reader.widgets = {}
            run = await reader.set_widgets(button_state(widget_id(reader.last.messages, "pathway_start_again_top")))
            result.times.append(run.seconds)
        result.readers_done += 1
    finally:
        await reader.close()


async def route_reader(url: str, n: int, pace, deadline: float, result: Result) -> None:
    """make load's check, at the protocol level: own route and own place, no one else's."""
    lang = "en" if n % 2 == 0 else "zh"
    w = guide().in_language(lang)
    given = full_routes()[n % 20]
    far = time.monotonic() + 3600
    reader, run = await open_reader(url, "/pathway", f"lang={lang}&consult=1")
    result.first_pages.append(run.seconds)
    result.routes[reader.route or "direct"] = result.routes.get(reader.route or "direct", 0) + 1
    try:
        await answer_route(reader, w, given, pace, far, result)
        steps = 1 + n % 6
        await reader.go("/questions")
        for place in range(steps):
            await pause(pace, far)
            run = await reader.set_widgets(
                button_state(widget_ids_with(reader.last.messages, f"-qa_next_top_{place}", "button")[0])
            )
            result.times.append(run.seconds)
            expect_heading(run, w(guide().questions[place + 1].question), f"question {place + 2}")
        run = await reader.go("/pathway")
        headline = w(guide().pathway_results[choose_route(Answers(**given), guide()).summary].headline)
        others = {w(r.headline) for r in guide().pathway_results.values()} - {headline}
        shown = " ".join(run.headings)
        if headline not in shown or any(h in shown for h in others):
            raise ReaderError(f"reader {n}: the chooser does not show this reader's route")
        run = await reader.go("/questions")
        if w(guide().questions[steps].question) not in run.headings:
            raise ReaderError(f"reader {n}: the walk-through is not at this reader's question")
        result.readers_done += 1
    finally:
        await reader.close()


SCENARIOS = {"questions": questions_reader, "pathway": pathway_reader, "route": route_reader}


async def run_load(url: str, readers: int, scenario: str, pace: str, duration_s: float, ramp_s: float) -> Result:
    result = Result()
    deadline = time.monotonic() + ramp_s + duration_s
    reader = SCENARIOS[scenario]

    async def one(n: int) -> None:
        await asyncio.sleep(ramp_s * n / max(1, readers))
        try:
            await reader(url, n, PACES[pace], deadline, result)
        except (ReaderError, OSError, asyncio.TimeoutError) as exc:
            result.errors.append(f"reader {n}: {type(exc).__name__}: {exc}")
        except Exception as exc:  # a closed socket and the like: reported, never raised
            result.errors.append(f"reader {n}: {type(exc).__name__}: {exc}")

    await asyncio.gather(*(one(n) for n in range(readers)))
    return result


# The servers under load.

DEFAULT_FLAGS = ["--server.headless=true", "--server.fileWatcherType=auto"]


def cpu_seconds(pid: int) -> float:
    fields_ = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields_[11]) + int(fields_[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Shape:
    url: str
    pids: list[int]  # the app processes
    name: str


@contextlib.contextmanager
def direct(settings: str = "production", cpu: int | None = 0) -> Iterator[Shape]:
    """One app process on a free loopback port, pinned to one core (as the issue measured)."""
    from deploy.serve import PRODUCTION_SETTINGS, free_port, healthy

    port = free_port()
    flags = list(PRODUCTION_SETTINGS) if settings == "production" else DEFAULT_FLAGS
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), *flags]
    command += [f"--server.port={port}", "--server.address=127.0.0.1"]
    if cpu is not None:
        command = ["taskset", "-c", str(cpu), *command]
    log = open(Path(tempfile.gettempdir()) / f"liverguide-load-{port}.log", "w")
    proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while not healthy(f"http://127.0.0.1:{port}", timeout=5):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the app did not start; see {log.name}")
            time.sleep(0.1)
        yield Shape(f"http://127.0.0.1:{port}", [proc.pid], f"one process, {settings} settings")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@contextlib.contextmanager
def front(replicas: int = 2) -> Iterator[Shape]:
    """The production shape (deploy/serve.py) on a free loopback port."""
    with production(replicas) as info:
        yield Shape(info["url"], [r["pid"] for r in info["replicas"]], f"{replicas} processes behind nginx")


def measure(shape: Shape, readers: int, scenario: str, pace: str, duration_s: float, ramp_s: float) -> dict:
    before = [cpu_seconds(p) for p in shape.pids]
    client_before = time.process_time()
    start = time.perf_counter()
    result = asyncio.run(run_load(shape.url, readers, scenario, pace, duration_s, ramp_s))
    elapsed = time.perf_counter() - start
    cpu = sum(cpu_seconds(p) for p in shape.pids) - sum(before)
    client_cpu = time.process_time() - client_before
    out = {
        "shape": shape.name,
        "scenario": scenario,
        "pace": pace,
        "readers": readers,
        "seconds": round(elapsed, 1),
        **result.summary(),
        "server_cpu_per_interaction_ms": round(1000 * cpu / max(1, len(result.times) + len(result.first_pages)), 1),
        "server_cpu_share": round(cpu / elapsed, 2),
        # The readers themselves share the machine's cores with the server: this much of one core.
        "client_cpu_share": round(client_cpu / elapsed, 2),
        "load_average": round(os.getloadavg()[0], 1),
        "rss_mb": [round(rss_mb(p)) for p in shape.pids],
        "first_errors": result.errors[:5],
    }
    return out


def line(m: dict) -> str:
    return (
        f"{m['shape']:<34} {m['scenario']:<9} {m['pace']:<4} {m['readers']:>4} readers: "
        f"{m['interactions']:>5} clicks, median {m['median_ms']} ms, p95 {m['p95_ms']} ms, "
        f"first page {m['first_page_median_ms']} ms, errors {m['errors']}, "
        f"CPU/click {m['server_cpu_per_interaction_ms']} ms, server {m['server_cpu_share']} / readers "
        f"{m['client_cpu_share']} of a core, load {m['load_average']}, RSS {m['rss_mb']} MB, routes {m['routes']}"
    )


async def _open_many(url: str, n: int) -> list:
    readers = []
    for i in range(n):
        reader, _ = await open_reader(url, "/questions", f"lang={'en' if i % 2 == 0 else 'zh'}")
        readers.append(reader)
    return readers


def memory_per_session(shape: Shape, n: int = 100) -> dict:
    """RSS of one process with 1 reader, then with n open, then after all have left (their sessions
    are kept for server.disconnectedSessionTTL, at most 128 of them, in case they come back)."""
    pid = shape.pids[0]

    async def go() -> dict:
        first = await _open_many(shape.url, 1)
        await asyncio.sleep(2)
        one = rss_mb(pid)
        many = await _open_many(shape.url, n - 1)
        await asyncio.sleep(2)
        full = rss_mb(pid)
        for reader in first + many:
            await reader.close()
        await asyncio.sleep(5)
        left = rss_mb(pid)
        return {"one_mb": one, f"{n}_mb": full, "per_session_mb": (full - one) / (n - 1), "after_leaving_mb": left}

    return asyncio.run(go())
