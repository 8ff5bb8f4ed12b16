"""The image (Containerfile) started with podman under the restrictions deploy/k8s gives the pod,
read from the Deployment: its command, user, read-only root with the emptyDir, no capabilities, its
environment and the hospital file's folder. No network at all (`--network none`): the checks ask
nginx from inside the container, on its own loopback.

`make image` builds the image (from a Debian root made by debootstrap) and runs this file with
LIVERGUIDE_IMAGE set; without an image these tests are skipped, saying so."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import yaml

from deploy import serve
from tests.conftest import ROOT

IMAGE = os.environ.get("LIVERGUIDE_IMAGE")
PODMAN = shutil.which("podman")
pytestmark = pytest.mark.skipif(
    not (IMAGE and PODMAN),
    reason="no image to start (LIVERGUIDE_IMAGE unset or podman missing): `make image` builds one and runs these",
)
DEPLOYMENT = yaml.safe_load((ROOT / "deploy" / "k8s" / "deployment.yaml").read_text())
POD = DEPLOYMENT["spec"]["template"]["spec"]
(GUIDE,) = POD["containers"]
PORT = GUIDE["ports"][0]["containerPort"]
# Debian's crun cannot start a container under this machine's hybrid cgroups; runc can.
RUNTIME = ["--runtime", "runc"] if shutil.which("runc") else []

# Run inside the container by its own Python: what a probe and a browser would get from nginx.
ASK = """
import json, re, urllib.request
def get(path, encoding="identity"):
    request = urllib.request.Request("http://127.0.0.1:%d" + path, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=10) as r:
        return r.status, dict(r.headers), r.read()
_, _, health = get("%s")
_, headers, page = get("/")
script = re.search(rb'<script[^>]*src="\\./(static/js/[^"]+)"', page).group(1).decode()
_, script_headers, _ = get("/" + script, "br")
print(json.dumps({"health": health.decode(), "csp": "Content-Security-Policy" in headers,
                  "script_encoding": script_headers.get("Content-Encoding")}))
"""


def podman(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([PODMAN, *RUNTIME, *args], capture_output=True, text=True, check=check)


def run_options(hospital_dir: Path) -> list[str]:
    """The pod's restrictions as podman options, from the Deployment."""
    context, pod_context = GUIDE["securityContext"], POD["securityContext"]
    options = ["--network", "none", "--user", f"{pod_context['runAsUser']}:{pod_context['runAsGroup']}"]
    options += ["--workdir", GUIDE["workingDir"]]
    # Below this machine's own limits (raising them needs a capability the session lacks).
    options += ["--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096"]
    if context.get("readOnlyRootFilesystem"):
        options += ["--read-only", "--read-only-tmpfs=false"]
    options += [f"--cap-drop={c}" for c in context["capabilities"]["drop"]]
    if context.get("allowPrivilegeEscalation") is False:
        options += ["--security-opt", "no-new-privileges"]
    volumes = {v["name"]: v for v in POD["volumes"]}
    for mount in GUIDE["volumeMounts"]:
        volume = volumes[mount["name"]]
        if "emptyDir" in volume:
            options += ["--tmpfs", f"{mount['mountPath']}:rw,size={volume['emptyDir']['sizeLimit'][:-2]}m,mode=1777"]
        elif "configMap" in volume:
            options += ["--volume", f"{hospital_dir}:{mount['mountPath']}:ro"]
    for e in GUIDE["env"]:
        value = e.get("value") or secrets.token_urlsafe(32)  # the Secret's, made here
        options += ["--env", f"{e['name']}={value}"]
    return options


@pytest.fixture(scope="module")
def container():
    hospital_dir = Path(tempfile.mkdtemp(prefix="liverguide-hospital-"))
    example = ROOT / "deploy" / "hospital.example.toml"
    if example.exists():  # the file the ConfigMap would hold
        shutil.copy(example, hospital_dir / "hospital.toml")
    hospital_dir.chmod(0o755)
    name = f"liverguide-image-test-{os.getpid()}"
    podman("run", "-d", "--name", name, *run_options(hospital_dir), IMAGE, *GUIDE["command"], *GUIDE["args"])
    # The pod's own start-up allowance (its startupProbe): past it, the cluster would restart it.
    probe = GUIDE["startupProbe"]
    deadline = time.monotonic() + probe["periodSeconds"] * probe["failureThreshold"]
    answer, asked = None, None
    while answer is None and time.monotonic() < deadline:
        asked = podman("exec", name, ".venv/bin/python", "-c", ASK % (PORT, serve.HEALTH_PATH), check=False)
        if asked.returncode == 0:
            answer = json.loads(asked.stdout)
        elif podman("inspect", "-f", "{{.State.Running}}", name).stdout.strip() != "true":
            break
        else:
            time.sleep(1)
    if answer is None and asked is not None:
        print(f"the last question to the container's nginx:\n{asked.stdout}{asked.stderr}")
    yield name, answer
    podman("rm", "-f", "-t", "0", name, check=False)
    shutil.rmtree(hospital_dir, ignore_errors=True)


def test_the_image_serves_the_guide_under_the_pod_s_restrictions(container):
    name, answer = container
    logs = podman("logs", name, check=False)
    assert answer is not None, f"the container did not answer its health address:\n{logs.stdout}{logs.stderr}"
    assert answer["health"] == "ok" and answer["csp"]
    # Streamlit's files compressed at build time, used from the read-only image as they are.
    assert answer["script_encoding"] == "br"
    assert "precompressed" in logs.stdout


def test_every_process_in_the_container_runs_as_the_pod_s_user(container):
    name, answer = container
    assert answer is not None
    listed = podman("exec", name, "sh", "-c", "for p in /proc/[0-9]*; do grep ^Uid: $p/status; done").stdout
    uids = {line.split()[1] for line in listed.splitlines()}
    assert uids == {str(POD["securityContext"]["runAsUser"])}, listed


def test_sigterm_stops_it_cleanly_within_the_pod_s_grace_period(container):
    name, answer = container
    assert answer is not None
    podman("stop", "-t", str(POD["terminationGracePeriodSeconds"]), name)
    code = podman("inspect", "-f", "{{.State.ExitCode}}", name).stdout.strip()
    assert code == "0", podman("logs", name, check=False).stdout  # 137 would mean it was killed
