"""The soak run: the production shape (deploy/serve.py, two processes) for a long time, with readers
who come, take their route through the chooser and the walk-through (checked: own route, own place),
and leave, a fixed number at a time, so that thousands of sessions start and end. The memory of each
app process is sampled every 30 s. Bounded (duration, readers at once), loopback only.

    python -m bench.soak --minutes 60 --readers 20 --out bench/soak.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path

from bench.protocol_load import Result, front, route_reader, rss_mb

PACE = (2.0, 6.0)


async def soak(shape, minutes: float, readers: int, out: Path) -> Result:
    result = Result()
    deadline = time.monotonic() + 60 * minutes
    start = time.monotonic()
    sessions = 0

    async def seat(n: int) -> None:
        nonlocal sessions
        await asyncio.sleep(n * 0.5)
        i = n
        while time.monotonic() < deadline:
            sessions += 1
            try:
                await route_reader(shape.url, i, PACE, deadline, result)
            except Exception as exc:  # every failure is counted and written, never raised
                result.errors.append(f"reader {i}: {type(exc).__name__}: {exc}")
            i += readers

    async def sample() -> None:
        with out.open("w") as f:
            while time.monotonic() < deadline:
                row = {
                    "minute": round((time.monotonic() - start) / 60, 2),
                    "rss_mb": [round(rss_mb(p), 1) for p in shape.pids],
                    "sessions_started": sessions,
                    "readers_done": result.readers_done,
                    "clicks": len(result.times),
                    "errors": len(result.errors),
                }
                f.write(json.dumps(row) + "\n")
                f.flush()
                await asyncio.sleep(30)

    await asyncio.gather(sample(), *(seat(n) for n in range(readers)))
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("bench/soak.jsonl"))
    args = parser.parse_args()
    with front(2) as shape:
        result = asyncio.run(soak(shape, min(args.minutes, 24 * 60), min(args.readers, 200), args.out))
    print(json.dumps(result.summary()))
    for problem in result.errors[:10]:
        print("FAILED", problem)
    return 1 if result.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
