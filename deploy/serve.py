"""make serve: the production shape on one machine. Debian's nginx in front of REPLICAS Streamlit
processes on loopback ports, with the production settings, one cookie secret made at start, sticky
sessions by cookie, compression, caching, security headers and limits (deploy/nginx.conf.template).

    python -m deploy.serve --port 8501 --replicas 2 [--listen 127.0.0.1] [--state FILE]

Ctrl+C (or SIGTERM) stops everything it started. SIGHUP restarts the app processes one at a time,
each only after the one before answers its health check again (a rolling restart). A process that
stops by itself is reported and started again; a process that will not start at all is reported
with the end of its log, and `make serve` exits 1. docs/deploy.md says how and why.
"""

from __future__ import annotations

import argparse
import base64
import ctypes
import hashlib
import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from deploy import precompress
from liverguide.i18n import HTML_LANG
from liverguide.site import PAGES

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).with_name("nginx.conf.template")
NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
# Sends the .br files that deploy/precompress.py wrote (Debian: libnginx-mod-http-brotli-static).
BROTLI_STATIC_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
# The app each process runs (a test points it at a file that does not exist, to see the report).
APP = Path(os.environ.get("LIVERGUIDE_SERVE_APP", ROOT / "app.py"))

# Settings for the app processes in production, on the command line so that `make run` (and
# .streamlit/config.toml) keep today's behaviour for editors. docs/performance.md measures each.
PRODUCTION_SETTINGS = (
    # Streamlit forces a full garbage collection after every script run: 56% of a busy process's
    # CPU in the issue's profile. Python's own collector still runs as usual.
    "--runner.postScriptGC=false",
    # No watching of the source files: nothing changes them under a running server.
    "--server.fileWatcherType=none",
    "--server.runOnSave=false",
    "--server.headless=true",
    "--browser.gatherUsageStats=false",
    "--logger.level=warning",
    # Off by default in 1.67; written out so that nobody turns it on by accident: it would let any
    # program drive the app over HTTP (nginx refuses /_stcore/agent/ as well: docs/deploy.md).
    "--server.enableAgentApi=false",
)
PING_S = 30  # server.websocketPingInterval: keeps an idle reader's WebSocket open through nginx
# Streamlit's own health address, asked of each process and, through nginx, by any load balancer
# or cluster in front (deploy/k8s reads it from here in its tests).
HEALTH_PATH = "/_stcore/health"
# Streamlit's server.cookieSecret from the environment: the same for every process of every copy.
COOKIE_SECRET_ENV = "STREAMLIT_SERVER_COOKIE_SECRET"

# The page before the app's code has arrived (inside <div id="root">, which React replaces). The
# guide's name comes from content/ui.yaml (app_title); these loading words are the deploy's own.

# Per address (see the template): new sessions per second, their burst, and open connections.
SESSION_RATE = 20
SESSION_BURST = 400
CONN_LIMIT = 1000

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)


def content_security_policy() -> str:
    """Nothing from another host. Streamlit's page needs inline styles (its style engine writes
    <style> elements), data: and blob: images (charts, icons), blob: workers, WebAssembly (its
    protobuf decoder: 'wasm-unsafe-eval' allows no JavaScript eval), and its WebSocket to the same
    host ('self' covers ws: on the same origin).

    Inline scripts: no 'unsafe-inline'. Each inline script the page may hold is allowed by the
    sha256 of its text, computed here from the same constants that write it: Streamlit's own in its
    index.html (the installed copy the app processes serve), nginx's BASE_URL_SCRIPT, and the
    guide's (ui/marks.py: the `<html lang>` script per language and the one script that watches
    for marks; every other part of the guide only draws marks, never a script). Any other inline
    script is blocked and reported (tests/e2e/test_serve.py watches for that on every page). No
    script ever comes from another host, and no reader's text is ever put into a script."""
    from ui.marks import page_scripts  # here, not at the top: it imports Streamlit, which serve.py itself never needs

    index = (precompress.streamlit_static()[0] / "index.html").read_text()
    streamlit_scripts = re.findall(r"<script>(.*?)</script>", index, flags=re.S)
    base_url = BASE_URL_SCRIPT.removeprefix("<script>").removesuffix("</script>")
    inline = dict.fromkeys([*streamlit_scripts, base_url, *page_scripts()])  # in order, once each
    hashes = [f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline]
    scripts = " ".join(["'self'", *hashes, "'wasm-unsafe-eval'"])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-src 'self' blob: data:",
            "media-src 'self' data: blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


# The reading edition's pages load nothing but their own style sheet: no script, no font, no image
# file (drawings are inline SVG), no frame, no form.
READING_CSP = "; ".join(
    [
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
# What make site writes (liverguide/reading_edition.py), served under /read/.
SITE = ROOT / "site"


def prepare_reading_edition(site: Path, target: Path) -> Path:
    """A copy of the reading edition in nginx's own folder (its workers may not read the checkout),
    with every text file's .br (brotli 11) and .gz (gzip 9) beside it, as Streamlit's files have.
    An empty folder if the edition was not built (make serve builds it first)."""
    if target.exists():
        shutil.rmtree(target)
    if site.is_dir():
        shutil.copytree(site, target)
    else:
        target.mkdir()
        say(f"note: no reading edition in {site} (`make site` writes it): /read/ is empty")
    for path in target.rglob("*"):
        if path.suffix in (".html", ".css", ".xml", ".txt"):
            precompress.compress_one(str(path))
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


def guide_names() -> dict[str, tuple[str, str]]:
    """The guide's name and its loading line in each of its languages, from the content (ui.yaml
    app_title and loading_guide: one place for every word, and a new language brings its own)."""
    from liverguide.content import load_content

    content = load_content(Path(os.environ.get("LIVERGUIDE_CONTENT", ROOT / "content")))
    return {
        lang: (w.ui("app_title"), w.ui("loading_guide"))
        for lang in content.meta.languages
        if (w := content.in_language(lang))
    }


def loading_html(names: dict[str, tuple[str, str]]) -> str:
    """The guide's name and a loading line in each language: plain HTML with inline styles (no
    quote marks nginx would end its string at, no `$` it would read as a variable)."""
    parts = []
    for lang, (name, line) in names.items():
        name, line = html.escape(name, quote=False), html.escape(line, quote=False)
        parts.append(
            f'<p lang="{HTML_LANG[lang]}" style="margin:0 0 1.5rem">'
            f'<span style="display:block;font-size:1.6rem;font-weight:600">{name}</span>{line}</p>'
        )
    text = "".join(parts)
    if "'" in text or "$" in text:
        raise ValueError(f"the loading text would break the nginx config (a ' or a $): {text}")
    return (
        '<div data-testid="lgLoading" role="status" style="font-family:system-ui,sans-serif;'
        f'max-width:40rem;margin:3rem auto;padding:0 1.25rem;color:#262730;line-height:1.5">{text}</div>'
    )


# Streamlit's page first looks for its server at the page's own address (`/about/_stcore/health` and
# `/about/_stcore/host-config`), and only after those 404s and a 100 ms pause at the root: on a phone
# that is a round trip and the pause before the WebSocket opens, on every visit to any page but
# home. The guide is always served at the root of its host, so nginx tells the page so
# (`window.__streamlit.BACKEND_BASE_URL`, read by Streamlit's frontend before it connects): it
# probes the root only, the same place it would have settled on. Constant, so a CSP hash can allow it.
BASE_URL_SCRIPT = '<script>window.__streamlit={BACKEND_BASE_URL:location.origin+"/"}</script>'


def base_url_script() -> str:
    if "'" in BASE_URL_SCRIPT or "$" in BASE_URL_SCRIPT:
        raise ValueError("the base-address script would break the nginx config (a ' or a $)")
    return BASE_URL_SCRIPT


def headers_block(csp: str, indent: str, cookie: bool) -> str:
    lines = [f'add_header Content-Security-Policy "{csp}" always;']
    lines += [f'add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS]
    if cookie:
        lines.append("add_header Set-Cookie $lg_route_cookie always;")
    return "\n".join(indent + line for line in lines)


def render_config(
    *,
    listen: str,
    port: int,
    replica_ports: list[int],
    prefix: Path,
    names: dict[str, tuple[str, str]],
    brotli: bool,
    static_root: Path,
    brotli_static: bool | None = None,
    read_root: Path | None = None,
) -> str:
    """The nginx configuration: the template with this run's ports, folder, pages and words."""
    csp = content_security_policy()

    def server(p: int, extra: str = "") -> str:
        return f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=3s{extra};"

    # New readers take turns (round robin): lg_all carries only their first page, so the turns
    # alternate (Streamlit's static files come from nginx's own copy, deploy/precompress.py).
    upstreams = ["    upstream lg_all {", *(server(p) for p in replica_ports), "        keepalive 16;", "    }"]
    for i, p in enumerate(replica_ports):
        upstreams += [f"    upstream lg_r{i} {{", server(p)]
        upstreams += [server(q, " backup") for q in replica_ports if q != p]
        upstreams += ["        keepalive 16;", "    }"]
    if brotli_static is None:
        brotli_static = brotli and BROTLI_STATIC_MODULE.exists()
    modules = [f"load_module {BROTLI_MODULE};"] if brotli else []
    modules += [f"load_module {BROTLI_STATIC_MODULE};"] if brotli_static else []
    # gzip_static answers before the brotli filter could: with brotli on the fly only, a browser that
    # takes both would get gzip. So the .gz files are sent only when the .br files are too, or with no brotli.
    static = ["brotli_static on;"] if brotli_static else []
    static += ["gzip_static on;"] if brotli_static or not brotli else []
    values = {
        "load_modules": "\n".join(modules) or "# (Debian's brotli module is not installed)",
        "static_root": str(static_root),
        "static_compression": "\n".join("            " + line for line in static)
        or "            # (no brotli_static: Debian's libnginx-mod-http-brotli-static is not installed)",
        "base_url_script": base_url_script(),
        "user": "user nobody nogroup;" if os.geteuid() == 0 else "# (not root: workers run as this user)",
        "prefix": str(prefix),
        "listen": listen,
        "port": str(port),
        "session_rate": str(SESSION_RATE),
        "session_burst": str(SESSION_BURST),
        "conn_limit": str(CONN_LIMIT),
        "ping": str(PING_S),
        "brotli": (
            "    brotli on;\n    brotli_comp_level 5;\n    brotli_min_length 256;\n"
            "    brotli_types text/plain text/css text/javascript application/javascript application/json\n"
            "                 application/manifest+json image/svg+xml application/xml font/ttf font/otf\n"
            "                 application/vnd.ms-fontobject application/wasm text/csv;"
            if brotli
            else "    # (no brotli: Debian's libnginx-mod-http-brotli-filter is not installed)"
        ),
        "upstreams": "\n".join(upstreams),
        "route_groups": "\n".join(f'        "r{i}" lg_r{i};' for i in range(len(replica_ports))),
        # $upstream_addr lists every process tried; the last is the one that answered.
        "route_names": "\n".join(f'        "~127\\.0\\.0\\.1:{p}$" r{i};' for i, p in enumerate(replica_ports)),
        # From the page registry: /questions/anything -> /questions.
        "deep_addresses": "\n".join(
            f'        "~^/{re.escape(p.url_path)}/" "/{p.url_path}";' for p in PAGES if p.url_path
        ),
        # Each page's own address as it is, and in any other capitals to it (a map's plain strings
        # ignore case, so the page's own address is a case-sensitive pattern, checked first).
        "page_addresses": "\n".join(
            line
            for p in PAGES
            if p.url_path
            for line in (
                f'        "~^/{re.escape(p.url_path)}$" "";',
                f'        "~*^/{re.escape(p.url_path)}$" "/{p.url_path}";',
            )
        ),
        "server_headers": headers_block(csp, "        ", cookie=True),
        "location_headers": headers_block(csp, "            ", cookie=False),
        "read_root": str(read_root or prefix / "read"),
        "read_headers": headers_block(READING_CSP, "            ", cookie=False),
        "loading_html": loading_html(names),
        "title": html.escape(" · ".join(name for name, _ in names.values()), quote=False),
    }
    text = TEMPLATE.read_text()
    for key, value in values.items():
        text = text.replace("@@{" + key + "}", value)
    left = re.findall(r"@@\{\w+\}", text)
    if left:
        raise ValueError(f"unfilled in the nginx template: {left}")
    return text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str, timeout: float = 10) -> bool:
    """/_stcore/health answers ok. Generous: a busy process answers slowly, but it is not down."""
    try:
        return urllib.request.urlopen(f"{url}{HEALTH_PATH}", timeout=timeout).read() == b"ok"
    except OSError:
        return False


def _die_with_parent() -> None:
    """In the child, before exec: if serve.py itself is killed, the kernel stops its children too."""
    os.setsid()  # Ctrl+C reaches serve.py only; serve.py stops the rest in order
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def cores_for(replicas: int, pin: str) -> list[set[int] | None]:
    """The cores each app process may run on. `pin` "auto" (the default): when this machine lets us
    use at least one core per process, process i gets core i of its own, so two busy processes do
    not take turns on one core while another sits idle (measured: docs/performance.md, "Two
    processes"); with fewer cores than processes, or `pin` "no", the kernel places them as it likes."""
    allowed = sorted(os.sched_getaffinity(0))
    if pin == "no" or len(allowed) < replicas:
        return [None] * replicas
    return [{allowed[i]} for i in range(replicas)]


def say(message: str) -> None:
    print(f"[serve] {message}", flush=True)


@dataclass
class Replica:
    index: int
    port: int
    log: Path
    env: dict[str, str]
    cores: set[int] | None = None  # the cores it may run on (cores_for), or None for any
    process: subprocess.Popen | None = None
    starts: int = 0
    stopping: bool = field(default=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [sys.executable, "-m", "streamlit", "run", str(APP), *PRODUCTION_SETTINGS]
        command += [f"--server.port={self.port}", "--server.address=127.0.0.1"]
        command += [f"--server.websocketPingInterval={PING_S}"]
        cores = self.cores

        def before_exec() -> None:
            _die_with_parent()
            if cores:  # before exec, so every thread the process starts inherits it
                os.sched_setaffinity(0, cores)

        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=self.env, preexec_fn=before_exec
            )
        self.starts += 1
        self.stopping = False

    def wait_healthy(self, limit_s: float = 90) -> str | None:
        """None once it answers its health check, else why not (with the end of its log)."""
        deadline = time.monotonic() + limit_s
        while not healthy(self.url, timeout=5):
            if self.process.poll() is not None:
                return f"process {self.index} (port {self.port}) exited with {self.process.returncode}\n{self.tail()}"
            if time.monotonic() > deadline:
                return f"process {self.index} (port {self.port}) did not answer in {limit_s:.0f} s\n{self.tail()}"
            time.sleep(0.1)
        return None

    def tail(self, lines: int = 15) -> str:
        text = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return "\n".join(f"    | {line}" for line in text[-lines:]) or "    | (no output)"

    def stop(self) -> None:
        self.stopping = True
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def hospital_problem() -> str | None:
    """What is wrong with the hospital file the environment names (LIVERGUIDE_HOSPITAL), in words;
    None when it is fine or there is none. Checked before anything starts: the app processes would
    refuse it too, and a guide without its numbers must not look as if it were running."""
    from liverguide.content import ContentError, content_folder, load_content
    from liverguide.hospital import HOSPITAL_SETTING, hospital_path, load_hospital

    path = hospital_path()
    if path is None:
        return None
    try:
        load_hospital(path, load_content(content_folder()))
    except ContentError as exc:  # HospitalError, or the content itself
        return f"the hospital file ({HOSPITAL_SETTING}) is broken, so the guide does not start: {exc}"
    return None


class Stop(Exception):
    pass


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8501)))
    parser.add_argument("--replicas", type=int, default=int(os.environ.get("REPLICAS", 2)))
    parser.add_argument("--listen", default=os.environ.get("LISTEN", "127.0.0.1"), help="nginx's address")
    parser.add_argument("--state", type=Path, help="write the ports and process ids here, as JSON (for tests)")
    parser.add_argument("--check", action="store_true", help="only check the hospital file (make run does)")
    parser.add_argument("--site", type=Path, default=SITE, help="the reading edition to serve under /read/ (make site)")
    parser.add_argument("--no-brotli", action="store_true", help="gzip only, even if Debian's brotli module exists")
    parser.add_argument(
        "--pin",
        choices=("auto", "no"),
        default=os.environ.get("PIN", "auto"),
        help="auto: each app process on a core of its own when there are enough cores; no: let the kernel place them",
    )
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    return args


class Supervisor:
    """nginx in front of the app processes: started, watched (a process that stops is started
    again), restarted one at a time on SIGHUP, and stopped, nginx first."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.prefix = Path(tempfile.mkdtemp(prefix="liverguide-serve-"))
        self.prefix.chmod(0o755)  # nginx's workers (nobody, when run as root) use its temp folders
        # One secret for every process (XSRF tokens made by one are accepted by the others), made now,
        # kept only in the environment of this run's processes, never written to the repository.
        # Several machines behind one load balancer pass the same one in (docs/deploy.md).
        secret = os.environ.get(COOKIE_SECRET_ENV) or secrets.token_urlsafe(32)
        env = {**os.environ, COOKIE_SECRET_ENV: secret}
        from liverguide.hospital import HOSPITAL_SETTING

        if hospital := os.environ.get(HOSPITAL_SETTING, "").strip():  # the app processes run from ROOT
            env[HOSPITAL_SETTING] = str(Path(hospital).resolve())
            say(f"hospital file: {env[HOSPITAL_SETTING]}")
        cores = cores_for(args.replicas, args.pin)
        self.replicas = [
            Replica(i, free_port(), self.prefix / f"app-{i}.log", env, cores[i]) for i in range(args.replicas)
        ]
        self.brotli = BROTLI_MODULE.exists() and not args.no_brotli
        self.brotli_static = self.brotli and BROTLI_STATIC_MODULE.exists()
        self.config = self.prefix / "nginx.conf"
        self.names = guide_names()
        self.static_root: Path | None = None
        self.read_root = prepare_reading_edition(args.site, self.prefix / "read")
        self.nginx: subprocess.Popen | None = None
        self.restart_requested = False

    def on_signal(self, signum: int, _frame: object) -> None:
        if signum == signal.SIGHUP:
            self.restart_requested = True
        else:
            raise Stop

    def write_state(self) -> None:
        if not self.args.state:
            return
        state = {
            "url": f"http://{self.args.listen}:{self.args.port}",
            "pid": os.getpid(),
            "nginx_pid": self.nginx.pid if self.nginx else None,
            "prefix": str(self.prefix),
            "brotli": self.brotli,
            "brotli_static": self.brotli_static,
            "static_root": str(self.static_root),
            "replicas": [
                {"port": r.port, "pid": r.process.pid, "starts": r.starts, "cores": sorted(r.cores or ())}
                for r in self.replicas
            ],
        }
        tmp = self.args.state.with_suffix(".tmp")
        tmp.write_text(json.dumps(state))
        tmp.replace(self.args.state)

    def write_config(self) -> None:
        self.config.write_text(
            render_config(
                listen=self.args.listen,
                port=self.args.port,
                replica_ports=[r.port for r in self.replicas],
                prefix=self.prefix,
                names=self.names,
                brotli=self.brotli,
                static_root=self.static_root,
                brotli_static=self.brotli_static,
                read_root=self.read_root,
            )
        )

    def start(self) -> str | None:
        """Everything started, or what stopped it."""
        for r in self.replicas:
            r.start()
        # While the processes start: the folder of precompressed static files (built once per
        # Streamlit release, about a minute on two cores; found at once after that).
        try:
            self.static_root = precompress.prepare(say=say)
        except OSError as exc:
            return f"could not prepare the compressed static files, so nothing is served: {exc}"
        if os.geteuid() == 0 and not precompress.readable_by_others(self.static_root):
            say(f"note: nginx's workers (user nobody) cannot read {self.static_root}: the processes send the files")
        for r in self.replicas:
            if problem := r.wait_healthy():
                return f"an app process did not start, so nothing is served:\n{problem}"
        self.write_config()
        nginx = subprocess.Popen(
            [NGINX, "-p", str(self.prefix), "-c", str(self.config)],
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
        )
        self.nginx = nginx
        deadline = time.monotonic() + 30
        while not healthy(f"http://127.0.0.1:{self.args.port}", timeout=5):
            if nginx.poll() is not None or time.monotonic() > deadline:
                err = _stderr(nginx) if nginx.poll() is not None else "(still starting)"
                return f"nginx did not start on port {self.args.port}:\n{err}\n(config: {self.config})"
            time.sleep(0.1)
        self.write_state()
        return None

    def announce(self) -> None:
        args, brotli = self.args, self.brotli
        precompressed = ", Streamlit's files precompressed" if self.brotli_static or not brotli else ""
        say(
            f"the guide is served on http://{args.listen}:{args.port} by nginx "
            f"({'brotli and gzip' if brotli else 'gzip'}{precompressed}) in front of {len(self.replicas)} processes "
            f"(ports {', '.join(str(r.port) for r in self.replicas)}); Ctrl+C stops it all, "
            f"`kill -HUP {os.getpid()}` restarts the processes one at a time. Logs: {self.prefix}"
        )

    def watch(self) -> int:
        """Until nginx stops (1) or a signal stops it all (Stop): a process that stopped is started
        again, and SIGHUP restarts every process, one at a time."""
        while True:
            time.sleep(0.5)
            if self.nginx is None or self.nginx.poll() is not None:
                returncode = self.nginx.returncode if self.nginx else None
                say(f"nginx stopped (exit {returncode}), so serve stops too:\n{_stderr(self.nginx)}")
                return 1
            for r in self.replicas:
                if r.process.poll() is not None and not r.stopping:
                    say(f"process {r.index} (port {r.port}) stopped (exit {r.process.returncode}); starting it again")
                    r.start()
                    problem = r.wait_healthy()
                    say(f"process {r.index} is back" if not problem else f"it did not come back:\n{problem}")
                    self.write_state()
            if self.restart_requested:
                self.restart_requested = False
                self.rolling_restart()

    def rolling_restart(self) -> None:
        # After an upgrade: the new release's files, compressed, before its processes start (names
        # nginx's folder lacks meanwhile are asked of the reader's own process).
        try:
            fresh = precompress.prepare(say=say)
        except OSError as exc:
            say(f"could not prepare the new release's compressed files ({exc}); nginx keeps the old")
            fresh = self.static_root
        if fresh != self.static_root and self.nginx is not None:
            self.static_root = fresh
            self.write_config()
            self.nginx.send_signal(signal.SIGHUP)  # nginx rereads its configuration gracefully
            self.write_state()
            say(f"nginx now sends Streamlit's files from {self.static_root}")
        say("rolling restart: one process at a time")
        for r in self.replicas:
            r.stop()
            r.start()
            problem = r.wait_healthy()
            self.write_state()
            if problem:
                say(f"rolling restart stopped: {problem}")
                return
            say(f"process {r.index} restarted (port {r.port})")

    def stop(self, keep_logs: bool) -> None:
        """nginx first (gracefully: it finishes the answers under way), then every process."""
        if self.nginx and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()
        for r in self.replicas:
            r.stop()
        if not keep_logs:
            shutil.rmtree(self.prefix, ignore_errors=True)


def _stderr(process: subprocess.Popen | None) -> str:
    if process is None or process.stderr is None:
        return ""
    return process.stderr.read().decode(errors="replace").strip()


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if problem := hospital_problem():
        say(problem)
        return 1
    if args.check:
        return 0
    if not Path(NGINX).exists():
        say(f"nginx not found at {NGINX}: `make serve` installs Debian's nginx-light (as root)")
        return 1
    supervisor = Supervisor(args)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, supervisor.on_signal)
    code = 0
    try:
        if problem := supervisor.start():
            say(problem)
            return 1
        supervisor.announce()
        code = supervisor.watch()
    except Stop:
        say("stopping")
    finally:
        # The logs stay only when nginx stopped on its own, to be read.
        supervisor.stop(keep_logs=code != 0)
    return code


if __name__ == "__main__":
    sys.exit(main())
