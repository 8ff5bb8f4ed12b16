"""make bench, the reading edition (make site, served under /read/ by make serve's nginx): for each
page in each language, against something measured in the same run:

- first words on the emulated slow phone (150 ms, 1.6 Mbit/s, cache disabled): the reading page vs
  its app page, both through nginx;
- bytes of a first visit to the reading page (everything fetched, as sent: compressed);
- page ready on the fast path (a fresh browser session, to the load event), measured last in rounds
  over every page, vs the one-line Streamlit page.
"""

from __future__ import annotations

import statistics
from urllib.parse import urlencode

from bench import targets
from bench.protocol_load import front
from bench.serve_bench import MARKS, SLOW
from harness.browser import one_line_ready_ms
from liverguide.content import Content
from liverguide.reading_edition import pages_of
from liverguide.site import READ_PATH

RUNS = 3
# A reading page loads in about a tenth of a second, so the machine's noise is a large part of one
# load; its page ready is the median of more loads (they are cheap) than the slow-phone figures.
READY_ROUNDS = 9
# When the reading page's first words show (its <main> has text), from navigation start.
STATIC_MARKS = """
window.__lg = {};
const lgMark = () => {
  const main = document.querySelector('main');
  if (!window.__lg.words && main && main.innerText.trim()) window.__lg.words = performance.now();
};
new MutationObserver(lgMark).observe(document, {subtree: true, childList: true, characterData: true});
document.addEventListener('DOMContentLoaded', lgMark);
"""


def slow_first_words(browser, url: str, marks: str) -> float | None:
    context = browser.new_context()
    context.add_init_script(marks)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW)
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    try:
        page.goto(url, wait_until="commit", timeout=180_000)
        page.wait_for_function("() => window.__lg.words", timeout=180_000)
        return page.evaluate("window.__lg").get("words")
    finally:
        context.close()


def first_visit_bytes(browser, url: str) -> int:
    """Bytes on the wire (headers and bodies, as received) until the page has loaded."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    received: list[float] = []
    cdp.on("Network.loadingFinished", lambda e: received.append(e["encodedDataLength"]))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    context.close()
    return int(sum(received))


def ready_ms(browser, url: str) -> float:
    """A fresh browser session, navigation start to the load event (the page is whole: no script runs)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="load")
    elapsed = page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart")
    context.close()
    return elapsed


def reading_measures(browser, baseline_url: str, content: Content, say) -> dict:
    """Each reading page and its app page, through one make serve shape.

    Page ready is measured last, in rounds over every reading page, each round beside loads of the
    one-line page: measured right after an app page, a reading page shared the machine with the app
    servers still finishing those sessions, and a page's figure moved with its neighbours'."""
    pages: dict[str, dict] = {}
    static_urls: dict[str, str] = {}
    with front(2) as shape:
        for lang in content.meta.languages:
            for reading_page in pages_of(content.in_language(lang)):  # every file, sub-pages too
                name = f"/{READ_PATH}{lang}/{reading_page.file}"
                say(f"reading edition: {name}")
                static_url = static_urls[name] = shape.url + name
                query = urlencode({"lang": lang, **dict(reading_page.query)})
                app_url = f"{shape.url}{reading_page.twin.address}?{query}"
                ready_ms(browser, static_url)  # warm
                static_words = [slow_first_words(browser, static_url, STATIC_MARKS) for _ in range(RUNS)]
                app_words = [slow_first_words(browser, app_url, MARKS) for _ in range(RUNS)]
                pages[name] = {
                    "slow_first_words_ms": _median(static_words),
                    "app_slow_first_words_ms": _median(app_words),
                    "bytes": statistics.median(first_visit_bytes(browser, static_url) for _ in range(RUNS)),
                }
        base_ms: list[float] = []
        ready: dict[str, list[float]] = {name: [] for name in static_urls}
        for round_number in range(READY_ROUNDS):
            say(f"reading edition: page ready, round {round_number + 1} of {READY_ROUNDS}")
            base_ms += [one_line_ready_ms(browser, baseline_url) for _ in range(RUNS)]
            for name, static_url in static_urls.items():
                ready[name].append(ready_ms(browser, static_url))
    base = statistics.median(base_ms)
    for name, p in pages.items():
        p["ready_ms"] = statistics.median(ready[name])
        p["slow_ratio"] = p["slow_first_words_ms"] / p["app_slow_first_words_ms"]
        p["ready_ratio"] = p["ready_ms"] / base
    return {"baseline_page_ready_ms": base, "pages": pages}


def _median(values: list[float | None]) -> float:
    answered = [v for v in values if v is not None]
    return statistics.median(answered) if answered else float("inf")


def rows(r: dict) -> list[dict]:
    out = []
    for name, p in r.get("reading", {}).get("pages", {}).items():
        out += [
            {
                "what": f"read slow/app {name}",
                "value": p["slow_ratio"],
                "target": targets.READING_SLOW_FIRST_WORDS.limit,
                "unit": targets.READING_SLOW_FIRST_WORDS.unit,
                "note": f"({p['slow_first_words_ms']:.0f} vs {p['app_slow_first_words_ms']:.0f} ms)",
            },
            {
                "what": f"read slow words {name}",
                "value": p["slow_first_words_ms"],
                "target": targets.READING_SLOW_FIRST_WORDS_MS.limit,
                "unit": targets.READING_SLOW_FIRST_WORDS_MS.unit,
            },
            {
                "what": f"read bytes {name}",
                "value": p["bytes"] / 1000,
                "target": targets.READING_FIRST_VISIT_BYTES.limit,
                "unit": targets.READING_FIRST_VISIT_BYTES.unit,
            },
            {
                "what": f"read ready {name}",
                "value": p["ready_ratio"],
                "target": targets.READING_PAGE_READY.limit,
                "unit": targets.READING_PAGE_READY.unit,
                "note": f"({p['ready_ms']:.0f} ms)",
            },
        ]
    return out
