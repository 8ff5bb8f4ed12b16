"""make bench, the production shape (deploy/serve.py): what nginx in front changes for a reader, and how
many readers the app processes hold. Called by bench/bench.py; every figure is a ratio to, or a
comparison with, something measured in the same run (docs/performance.md explains each).

- Bytes of a first visit to a text page through nginx vs the same page served directly.
- On an emulated slow phone connection (Chromium's CDP Network.emulateNetworkConditions: 150 ms
  latency, 1.6 Mbit/s down, cache disabled): the first words of the page through nginx vs directly,
  and when the loading line shows; then a second visit (cache on) vs the one-line app's second visit.
- Readers at a busy pace (a click every 1-3 s) with the protocol-level client (bench/protocol.py):
  the p95 of a click for one process (pinned to one core) with the default and the production
  settings, and for two processes behind nginx; 200 calm readers (a click every 10-30 s).
"""

from __future__ import annotations

import os
import statistics

from bench import targets
from bench.protocol_load import direct, front, measure, memory_per_session

TEXT_PAGE = "/about"
SLOW = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
SLOW_RUNS = 5
# When the loading line and the app's first words appear, from navigation start, seen in the page.
MARKS = """
window.__lg = {};
const lgMark = () => {
  const t = performance.now();
  if (!window.__lg.loading && document.querySelector('[data-testid=lgLoading]')) window.__lg.loading = t;
  const main = document.querySelector('[data-testid=stMain]');
  if (!window.__lg.words && main && main.innerText.trim()) window.__lg.words = t;
};
new MutationObserver(lgMark).observe(document, {subtree: true, childList: true, characterData: true});
// When the page opens its WebSocket: after Streamlit's probes of /_stcore/health (one address, or
// two at a deep address before nginx's BASE_URL_SCRIPT), before the first run's messages.
const LgWebSocket = window.WebSocket;
window.WebSocket = function (...args) {
  if (!window.__lg.ws) window.__lg.ws = performance.now();
  return new LgWebSocket(...args);
};
window.WebSocket.prototype = LgWebSocket.prototype;
for (const k of ["CONNECTING", "OPEN", "CLOSING", "CLOSED"]) window.WebSocket[k] = LgWebSocket[k];
"""


def first_visit_bytes(browser, url: str) -> int:
    """Bytes on the wire (headers and bodies, as received) for a first visit, until the page is ready."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    received: list[float] = []
    cdp.on("Network.loadingFinished", lambda e: received.append(e["encodedDataLength"]))
    page.goto(url)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    page.get_by_test_id("stMain").locator("h1").first.wait_for()
    page.wait_for_timeout(1000)  # late chunks (widget code) still finishing
    context.close()
    return int(sum(received))


def slow_visits(browser, url: str) -> dict[str, float | None]:
    """A first visit (cache disabled) and a second (cache on) on the emulated slow connection."""
    context = browser.new_context()
    context.add_init_script(MARKS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW)
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    out: dict[str, float | None] = {}
    try:
        # Not waiting for "load": the marks in the page say when the words showed.
        page.goto(url, wait_until="commit", timeout=180_000)
        page.wait_for_function("() => window.__lg.words", timeout=180_000)
        first = page.evaluate("window.__lg")
        out["first_words_ms"], out["loading_ms"] = first.get("words"), first.get("loading")
        page.wait_for_timeout(1500)
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
        page.goto(url, wait_until="commit", timeout=180_000)
        page.wait_for_function("() => window.__lg.words", timeout=180_000)
        second = page.evaluate("window.__lg")
        out["second_words_ms"], out["second_ws_ms"] = second.get("words"), second.get("ws")
    finally:
        context.close()
    return out


def second_visit(browser, url: str) -> float | None:
    """Only the second visit's first words on the slow connection (the first visit at full speed,
    which leaves the same cache): for the comparisons that say which part costs what."""
    context = browser.new_context()
    context.add_init_script(MARKS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        page.goto(url, wait_until="commit", timeout=180_000)
        page.wait_for_function("() => window.__lg.words", timeout=180_000)
        page.wait_for_timeout(1500)  # late chunks (widget code) into the cache
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW)
        page.goto(url, wait_until="commit", timeout=180_000)
        page.wait_for_function("() => window.__lg.words", timeout=180_000)
        return page.evaluate("window.__lg").get("words")
    finally:
        context.close()


def median_of(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def front_measures(browser, direct_url: str, baseline_url: str, say) -> dict:
    """The reader's side: bytes and the slow connection, through nginx vs direct."""
    load_before = round(os.getloadavg()[0], 1)
    with front(2) as shape:
        say("first-visit bytes through nginx and directly")
        for url in (shape.url, direct_url):
            first_visit_bytes(browser, url + TEXT_PAGE)  # warm (first imports, nginx's cache)
        front_bytes = statistics.median(first_visit_bytes(browser, shape.url + TEXT_PAGE) for _ in range(3))
        direct_bytes = statistics.median(first_visit_bytes(browser, direct_url + TEXT_PAGE) for _ in range(3))
        say("the emulated slow connection (150 ms, 1.6 Mbit/s): through nginx, directly, the one-line app")
        slow_front = [slow_visits(browser, shape.url + TEXT_PAGE) for _ in range(SLOW_RUNS)]
        slow_direct = [slow_visits(browser, direct_url + TEXT_PAGE) for _ in range(SLOW_RUNS)]
        slow_base = [slow_visits(browser, baseline_url) for _ in range(SLOW_RUNS)]
        # Which part is what: the guide at its home address (no deep-address probe), and the
        # one-line app at a deep address (the probe, with none of the guide's code). Interleaved.
        say("second visits: the guide's home through nginx, the one-line app at a deep address")
        parts: dict[str, list] = {"front_root": [], "baseline_deep": []}
        for _ in range(SLOW_RUNS):
            parts["front_root"].append(second_visit(browser, shape.url + "/"))
            parts["baseline_deep"].append(second_visit(browser, baseline_url.rstrip("/") + "/deep"))
    return {
        "page": TEXT_PAGE,
        "load_average": [load_before, round(os.getloadavg()[0], 1)],  # at the start and the end
        "bytes": {"front": front_bytes, "direct": direct_bytes, "ratio": front_bytes / direct_bytes},
        "slow": {
            "front_first_words_ms": median_of(slow_front, "first_words_ms"),
            "direct_first_words_ms": median_of(slow_direct, "first_words_ms"),
            "front_loading_ms": median_of(slow_front, "loading_ms"),
            "front_second_words_ms": median_of(slow_front, "second_words_ms"),
            "baseline_second_words_ms": median_of(slow_base, "second_words_ms"),
            "front_second_ws_ms": median_of(slow_front, "second_ws_ms"),
            "baseline_second_ws_ms": median_of(slow_base, "second_ws_ms"),
            "front_root_second_words_ms": median_of([{"v": v} for v in parts["front_root"]], "v"),
            "baseline_deep_second_words_ms": median_of([{"v": v} for v in parts["baseline_deep"]], "v"),
            "runs": {"front": slow_front, "direct": slow_direct, "baseline": slow_base, **parts},
        },
    }


# Readers: levels from the targets (100 on one process; 1.6 x as many on two behind nginx).
ONE_PROCESS_READERS = 100
TWO_PROCESS_READERS = 160
CALM_READERS = 200
BUSY_S, CALM_S = 30, 60


def reader_measures(say) -> dict:
    runs = []
    for settings in ("defaults", "production"):
        say(f"readers: one process, {settings} settings, 30 and {ONE_PROCESS_READERS} busy readers")
        with direct(settings) as shape:
            for scenario in ("questions", "pathway"):
                runs.append(measure(shape, 30, scenario, "busy", BUSY_S, 5))
                if settings == "production":
                    runs.append(measure(shape, ONE_PROCESS_READERS, scenario, "busy", BUSY_S, 10))
            if settings == "production":
                runs.append(measure(shape, CALM_READERS, "questions", "calm", CALM_S, 20))
                say("memory per session: 100 protocol readers on one process")
                memory = memory_per_session(shape, 100)
    say(f"readers: two processes behind nginx, {TWO_PROCESS_READERS} busy, {CALM_READERS} calm")
    with front(2) as shape:
        for scenario in ("questions", "pathway"):
            runs.append(measure(shape, TWO_PROCESS_READERS, scenario, "busy", BUSY_S, 16))
        runs.append(measure(shape, CALM_READERS, "pathway", "calm", CALM_S, 20))
    return {"runs": runs, "memory": memory}


def rows(r: dict) -> list[dict]:
    """The table rows of bench/bench.py (value, target, unit; met is value <= target)."""
    out = []
    f = r.get("front")
    if f:
        out.append(
            {
                "what": f"first-visit bytes {f['page']}, nginx",
                "value": f["bytes"]["ratio"],
                "target": targets.FIRST_VISIT_BYTES.limit,
                "unit": targets.FIRST_VISIT_BYTES.unit,
                "note": f"({f['bytes']['front'] / 1e6:.2f} of {f['bytes']['direct'] / 1e6:.2f} MB)",
            }
        )
        s = f["slow"]
        if s["front_first_words_ms"] and s["direct_first_words_ms"]:
            out.append(
                {
                    "what": "slow phone: first words, nginx",
                    "value": s["front_first_words_ms"] / s["direct_first_words_ms"],
                    "target": targets.SLOW_FIRST_WORDS.limit,
                    "unit": targets.SLOW_FIRST_WORDS.unit,
                    "note": f"({s['front_first_words_ms']:.0f} vs {s['direct_first_words_ms']:.0f} ms)",
                }
            )
        if s["front_loading_ms"]:
            out.append(
                {
                    "what": "slow phone: loading line",
                    "value": s["front_loading_ms"],
                    "target": targets.SLOW_LOADING_LINE.limit,
                    "unit": targets.SLOW_LOADING_LINE.unit,
                }
            )
        if s["front_second_words_ms"] and s["baseline_second_words_ms"]:
            out.append(
                {
                    "what": "slow phone: 2nd visit - one-line's",
                    "value": s["front_second_words_ms"] - s["baseline_second_words_ms"],
                    "target": targets.SLOW_SECOND_VISIT.limit,
                    "unit": targets.SLOW_SECOND_VISIT.unit,
                    "note": f"({s['front_second_words_ms']:.0f} vs {s['baseline_second_words_ms']:.0f} ms"
                    + (
                        f"; guide at / {s['front_root_second_words_ms']:.0f}, one-line at /deep "
                        f"{s['baseline_deep_second_words_ms']:.0f})"
                        if s.get("front_root_second_words_ms") and s.get("baseline_deep_second_words_ms")
                        else ")"
                    ),
                }
            )
    memory = r.get("readers", {}).get("memory")
    if memory:
        out.append(
            {
                "what": "memory per session (protocol)",
                "value": memory["per_session_mb"],
                "target": targets.SESSION_MEMORY.limit,
                "unit": targets.SESSION_MEMORY.unit,
                "note": f"({memory['one_mb']:.0f} MB with 1, {memory['100_mb']:.0f} with 100)",
            }
        )
    for m in r.get("readers", {}).get("runs", []):
        label = f"{m['readers']} {m['pace']} {m['scenario']}: " + (
            "2 behind nginx" if "nginx" in m["shape"] else m["shape"].replace("one process, ", "1 proc ")
        )
        out.append(
            {
                "what": label[:34],
                "value": m["p95_ms"] if m["p95_ms"] is not None else float("inf"),
                "target": targets.READER_P95.limit,
                "unit": targets.READER_P95.unit,
                "note": f"(errors {m['errors']}, CPU/click {m['server_cpu_per_interaction_ms']} ms)",
            }
        )
        errors = targets.READER_ERRORS
        out.append({"what": label[:28] + " errors", "value": m["errors"], "target": errors.limit, "unit": errors.unit})
    return out
