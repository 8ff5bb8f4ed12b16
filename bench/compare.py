"""Page-ready ratios of this tree and of other commits, in one run: each served from its own copy,
every page measured in turn against the one-line Streamlit app, all interleaved, so a machine that
slows down slows every side alike. For "before and after" numbers, and for finding which change
made a page slower.

    make compare BEFORE="<commit> [<commit> ...]" [PAGES="/ /questions"] [RUNS=5]
    .venv/bin/python -m bench.compare [--pages "/ /questions"] [--runs 5] COMMIT [COMMIT ...]

Each commit is copied out with `git archive` into a temporary folder and served with this tree's
virtual environment (its requirements must match closely enough to run). It prints one Markdown
table; it never fails on time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from harness.browser import CHROMIUM, CHROMIUM_ARGS, ONE_LINE_APP, ROOT, one_line_ready_ms, page_ready_ms, serve
from liverguide.site import PAGES


def copy_of(commit: str, into: Path) -> Path:
    """The project as it was at `commit` (its tracked files), in a folder of its own."""
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
    folder = into / commit.replace("/", "_")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def measure(commits: list[str], addresses: list[str], runs: int) -> dict[str, dict[str, float]]:
    """For each address, each side's median page-ready time over `runs` fresh sessions, as a ratio
    to the median of every one-line run; sides are 'this tree' and each commit."""
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="liverguide-compare-")))
        baseline = work / "one_line.py"
        baseline.write_text(ONE_LINE_APP)
        roots = {"this tree": ROOT} | {c: copy_of(c, work) for c in commits}
        base = stack.enter_context(serve(baseline))
        urls = {name: stack.enter_context(serve(root / "app.py", root=root)).url for name, root in roots.items()}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            one_line_ready_ms(browser, base.url)  # warm every server (first imports, caches)
            for url in urls.values():
                for address in addresses:
                    page_ready_ms(browser, url + address, None)
            base_ms: list[float] = []
            side_ms: dict[str, dict[str, list[float]]] = {name: {a: [] for a in addresses} for name in urls}
            # In rounds over every page, so each page's runs are spread over the whole run like the
            # one-line app's (page by page, the first page read 0.2 higher in one run than alone).
            for n in range(runs):
                print(f"round {n + 1} of {runs}", file=sys.stderr, flush=True)
                for address in addresses:
                    base_ms.append(one_line_ready_ms(browser, base.url))
                    for name, url in urls.items():
                        side_ms[name][address].append(page_ready_ms(browser, url + address, None))
            browser.close()
    one_line = statistics.median(base_ms)
    print(f"one-line app: {one_line:.0f} ms (median of {len(base_ms)})", file=sys.stderr)
    return {name: {a: statistics.median(ms) / one_line for a, ms in by.items()} for name, by in side_ms.items()}


def table(ratios: dict[str, dict[str, float]]) -> str:
    names = list(ratios)
    lines = ["| Page | " + " | ".join(f"`{n}`" if n != "this tree" else n for n in names) + " |"]
    lines.append("|---" * (len(names) + 1) + "|")
    for address in next(iter(ratios.values())):
        lines.append(f"| `{address}` | " + " | ".join(f"{ratios[n][address]:.2f} ×" for n in names) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commits", nargs="+", help="commits to set beside this tree (hashes, tags, HEAD~3)")
    every = " ".join(p.address for p in PAGES)
    parser.add_argument("--pages", type=str.split, default=every.split(), help='addresses, as "/ /questions"')
    parser.add_argument("--runs", type=int, default=5, help="fresh sessions per page and side")
    args = parser.parse_args(argv)
    print(table(measure(args.commits, args.pages, args.runs)))


if __name__ == "__main__":
    main()
