"""Streamlit's static files, compressed once at the highest levels (brotli 11, gzip 9), for nginx to
send as they are (`brotli_static`, `gzip_static`) instead of compressing each answer on the fly at a
lower level. deploy/serve.py calls `prepare()` at start; docs/deploy.md says why and where.

    python -m deploy.precompress     # build (or find) the folder for the installed Streamlit, print it

The folder is a copy of the installed `streamlit/static` with a `.br` and a `.gz` beside every file
that compresses, named by the Streamlit version and a digest of every file's path and bytes: another
release, or any changed file, is another folder, so nginx can never send a stale file. It is built
in a temporary folder and renamed into place when complete; a folder without its `.complete` marker
is never used. It lives outside the repository: `/var/cache/liverguide` for root (nginx's workers,
user nobody, can read it; root's home they cannot), else `$XDG_CACHE_HOME/liverguide` (or
`~/.cache/liverguide`); `LIVERGUIDE_STATIC_CACHE` overrides both.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import fcntl
import gzip
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import brotli

# Text files (fonts in woff2 and the images are compressed already). Smaller files gain nothing.
COMPRESSIBLE = {".js", ".mjs", ".css", ".json", ".svg", ".html", ".map", ".txt", ".wasm", ".ttf", ".otf", ".xml"}
MIN_BYTES = 256
COMPLETE = ".complete"
KEEP_DAYS = 30  # folders of other releases not used for this long are removed


def streamlit_static() -> tuple[Path, str]:
    from importlib.metadata import version

    import streamlit

    return Path(streamlit.__file__).parent / "static", version("streamlit")


def cache_root() -> Path:
    if os.environ.get("LIVERGUIDE_STATIC_CACHE"):
        return Path(os.environ["LIVERGUIDE_STATIC_CACHE"])
    if os.geteuid() == 0:
        return Path("/var/cache/liverguide")
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "liverguide"


def source_files(source: Path) -> list[Path]:
    return sorted(p for p in source.rglob("*") if p.is_file() and not p.is_symlink())


def digest(source: Path, files: list[Path]) -> str:
    """Of every file's path and bytes: a folder name that changes whenever any file does."""
    h = hashlib.sha256()
    for p in files:
        h.update(str(p.relative_to(source)).encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:20]


def compress_one(path: str) -> tuple[int, int, int]:
    """Write path.br and path.gz beside it (each only if smaller); their sizes, 0 when not written."""
    data = Path(path).read_bytes()
    sizes = [len(data), 0, 0]
    for i, (suffix, packed) in enumerate(
        ((".br", lambda: brotli.compress(data, quality=11)), (".gz", lambda: gzip.compress(data, 9, mtime=0))), 1
    ):
        out = packed()
        if len(out) < len(data):
            Path(path + suffix).write_bytes(out)
            sizes[i] = len(out)
    return tuple(sizes)


def _lower_priority() -> None:
    with contextlib.suppress(OSError):
        os.nice(10)  # the app processes and readers come first


def build(source: Path, files: list[Path], target: Path, say=print) -> None:
    tmp = target.with_name(f".build-{target.name}-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    for p in files:
        dest = tmp / p.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, dest)
    todo = sorted(
        (str(tmp / p.relative_to(source)) for p in files if p.suffix in COMPRESSIBLE and p.stat().st_size >= MIN_BYTES),
        key=lambda p: -Path(p).stat().st_size,  # the largest first, so the workers finish together
    )
    total = sum(Path(p).stat().st_size for p in todo)
    say(f"compressing Streamlit's {len(todo)} text files ({total / 1e6:.0f} MB) once, at brotli 11 and gzip 9 ...")
    start = time.monotonic()
    workers = max(1, min(len(todo), os.cpu_count() or 1))
    with concurrent.futures.ProcessPoolExecutor(workers, initializer=_lower_priority) as pool:
        sizes = list(pool.map(compress_one, todo))
    br = sum(s[1] or s[0] for s in sizes)
    say(f"... done in {time.monotonic() - start:.0f} s: {total / 1e6:.1f} MB, {br / 1e6:.1f} MB as brotli")
    (tmp / COMPLETE).write_text(f"{len(todo)} files compressed\n")
    for d in [tmp, *(p for p in tmp.rglob("*") if p.is_dir())]:
        d.chmod(0o755)  # nginx's workers read it (user nobody when run as root)
    try:
        tmp.rename(target)
    except OSError:  # built meanwhile by another start: keep that one
        shutil.rmtree(tmp, ignore_errors=True)


def readable_by_others(folder: Path) -> bool:
    """Every folder on the way can be passed through by another user (nginx's workers as nobody)."""
    return all(p.stat().st_mode & 0o001 for p in [folder, *folder.parents])


def prune(root: Path, keep: Path) -> None:
    """Folders of other releases that no start has used for KEEP_DAYS days."""
    limit = time.time() - KEEP_DAYS * 86400
    for d in root.glob("streamlit-*"):
        marker = d / COMPLETE
        if d != keep and (not marker.exists() or marker.stat().st_mtime < limit):
            shutil.rmtree(d, ignore_errors=True)


def prepare(say=print, source: Path | None = None, version: str | None = None, root: Path | None = None) -> Path:
    """The folder for the installed Streamlit's static files (or `source`, for the tests), built
    first if there is none yet."""
    if source is None:
        source, version = streamlit_static()
    files = source_files(source)
    root = root or cache_root()
    target = root / f"streamlit-{version}-{digest(source, files)}"
    if (target / COMPLETE).exists() and root.is_dir() and not os.access(root, os.W_OK):
        # Built into an image whose root file system is read-only (deploy/k8s): used as it is, with
        # nothing to lock, mark as used or prune.
        return target
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two starts at once build it once
        if not (target / COMPLETE).exists():
            shutil.rmtree(target, ignore_errors=True)  # an incomplete folder is never used
            build(source, files, target, say)
        os.utime(target / COMPLETE)
        prune(root, target)
    return target


if __name__ == "__main__":
    print(prepare(say=lambda m: print(m, file=sys.stderr)))
