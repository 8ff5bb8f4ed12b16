"""deploy/k8s: every manifest is valid against the Kubernetes API schema of the newest release that
kubernetes-validate bundles (strict: an unknown field is an error), and the manifests agree with what
`make serve` runs: the command, port, health address, environment and user, read from deploy/serve.py,
the Makefile and the Containerfile, never copied here. Each check of our own is shown failing on a
broken copy of the manifests."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import PurePosixPath

import kubernetes_validate
import pytest
import yaml

from deploy import serve
from tests.conftest import ROOT

K8S = ROOT / "deploy" / "k8s"
KUSTOMIZATION = yaml.safe_load((K8S / "kustomization.yaml").read_text())
MAKEFILE = (ROOT / "Makefile").read_text()
CONTAINERFILE = (ROOT / "Containerfile").read_text()


def generator_files(generator: dict) -> list[tuple[str, str]]:
    """(key, file) of a kustomize generator's `files`: `key=path`, or the path's own name as key."""
    pairs = []
    for entry in generator.get("files", []):
        key, _, path = entry.rpartition("=")
        pairs.append((key or PurePosixPath(path).name, path))
    return pairs


def generated() -> list[dict]:
    """The ConfigMap and Secret that kustomize makes from the hospital's own files (kept out of git),
    with empty values: the schema and the references are checked, not the hospital's contents."""
    made = []
    for kind, field in (("ConfigMap", "configMapGenerator"), ("Secret", "secretGenerator")):
        for g in KUSTOMIZATION.get(field, []):
            data = {key: "" for key, _ in generator_files(g)}
            made.append({"apiVersion": "v1", "kind": kind, "metadata": {"name": g["name"]}, "data": data})
    return made


def manifests() -> list[dict]:
    docs = []
    for name in KUSTOMIZATION["resources"]:
        docs += [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]
    return docs + generated()


def by_kind(docs: list[dict]) -> dict[str, dict]:
    kinds = [d["kind"] for d in docs]
    assert len(kinds) == len(set(kinds)), f"one of each kind expected: {kinds}"
    return {d["kind"]: d for d in docs}


# Read from the code, once.
def makefile_default(name: str) -> str:
    return re.search(rf"^{name}\s*\?=\s*(\S+)", MAKEFILE, flags=re.M).group(1)


SERVE_RECIPE = re.search(r"^serve:.*\n\t(.+)$", MAKEFILE, flags=re.M).group(1)
CMD = json.loads(re.search(r"^CMD (\[.*\])$", CONTAINERFILE, flags=re.M).group(1))
IMAGE_USER = int(re.search(r"^USER (\d+)", CONTAINERFILE, flags=re.M).group(1))
IMAGE_PORT = int(re.search(r"^EXPOSE (\d+)$", CONTAINERFILE, flags=re.M).group(1))


def serve_options() -> set[str]:
    """The options deploy/serve.py's own parser takes (its --help)."""
    helped = subprocess.run([sys.executable, "-m", "deploy.serve", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert helped.returncode == 0, helped.stderr
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", helped.stdout)) - {"--help"}


SERVE_OPTIONS = serve_options()


def option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


def disagreements(docs: list[dict]) -> list[str]:
    """Where the manifests differ from what `make serve` runs, or from the rules of docs/deploy.md."""
    k = by_kind(docs)
    problems: list[str] = []
    deployment, service, ingress = k["Deployment"], k["Service"], k["Ingress"]
    pod = deployment["spec"]["template"]["spec"]
    (guide,) = pod["containers"]
    command = guide.get("command", []) + guide.get("args", [])
    env = {e["name"]: e for e in guide.get("env", [])}
    ports = {p.get("name"): p["containerPort"] for p in guide.get("ports", [])}

    # The command: serve.py as the Makefile runs it, and as the image runs it.
    module = re.search(r"-m (\S+)", SERVE_RECIPE).group(1)
    if command[1:3] != ["-m", module]:
        problems.append(f"the pod does not run `-m {module}` as `make serve` does: {command}")
    if command != CMD:
        problems.append(f"the pod's command {command} is not the Containerfile's CMD {CMD}")
    args = command[3:]
    for flag in (f for f in args if f.startswith("--")):
        if flag not in SERVE_OPTIONS:
            problems.append(f"deploy/serve.py has no option {flag}")
    for flag in re.findall(r"--[a-z-]+", SERVE_RECIPE):
        if flag not in args:
            problems.append(f"`make serve` sets {flag} and the pod does not")
    if option(args, "--replicas") != makefile_default("REPLICAS"):
        problems.append(f"--replicas {option(args, '--replicas')} is not the Makefile's REPLICAS")

    # The port: the one serve.py is told, everywhere.
    port = int(option(args, "--port") or 0)
    if ports.get("http") != port or IMAGE_PORT != port:
        problems.append(f"--port {port}, containerPort {ports.get('http')}, EXPOSE {IMAGE_PORT} differ")
    if service["spec"]["ports"][0]["targetPort"] not in ("http", port):
        problems.append("the Service does not send to the pod's port")

    # The health address, in all three probes.
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        get = guide.get(probe, {}).get("httpGet")
        if not get:
            problems.append(f"no {probe}")
        elif get["path"] != serve.HEALTH_PATH or get["port"] not in ("http", port):
            problems.append(f"the {probe} asks {get['port']}{get['path']}, not {port}{serve.HEALTH_PATH}")
        elif guide[probe].get("timeoutSeconds", 1) < 10:
            problems.append(f"the {probe} gives a busy pod less than 10 s (docs/deploy.md)")

    # The environment: nginx where the Makefile puts it, the cookie secret from the Secret, the
    # hospital file from the ConfigMap.
    if env.get("NGINX", {}).get("value") != makefile_default("NGINX"):
        problems.append("NGINX is not the Makefile's")
    secret_ref = env.get(serve.COOKIE_SECRET_ENV, {}).get("valueFrom", {}).get("secretKeyRef", {})
    secrets = {g["name"]: [key for key, _ in generator_files(g)] for g in KUSTOMIZATION.get("secretGenerator", [])}
    if secret_ref.get("key") not in secrets.get(secret_ref.get("name"), []):
        problems.append(f"{serve.COOKIE_SECRET_ENV} does not come from the cookie Secret")
    hospital = env.get("LIVERGUIDE_HOSPITAL", {}).get("value")
    maps = {g["name"]: [key for key, _ in generator_files(g)] for g in KUSTOMIZATION.get("configMapGenerator", [])}
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    mounted = False
    for m in guide.get("volumeMounts", []):
        cm = volumes.get(m["name"], {}).get("configMap")
        if cm and hospital and PurePosixPath(hospital).parent == PurePosixPath(m["mountPath"]):
            items = {i["path"]: i["key"] for i in cm.get("items", [])}
            key = items.get(PurePosixPath(hospital).name)
            mounted = key in maps.get(cm["name"], [])
    if not mounted:
        problems.append(f"LIVERGUIDE_HOSPITAL ({hospital}) is not the hospital ConfigMap's file")

    # Never root, nothing written but the emptyDir where serve.py makes its temp folder.
    if not pod.get("securityContext", {}).get("runAsNonRoot"):
        problems.append("the pod may run as root")
    if pod.get("securityContext", {}).get("runAsUser") != IMAGE_USER:
        problems.append(f"runAsUser is not the Containerfile's USER {IMAGE_USER}")
    context = guide.get("securityContext", {})
    if not context.get("readOnlyRootFilesystem") or context.get("allowPrivilegeEscalation") is not False:
        problems.append("the root file system is writable, or privileges can grow")
    tmp = env.get("TMPDIR", {}).get("value", "/tmp")
    if not any(m["mountPath"] == tmp and "emptyDir" in volumes.get(m["name"], {}) for m in guide["volumeMounts"]):
        problems.append(f"serve.py's temp folder ({tmp}) is not on an emptyDir")
    for kind in ("requests", "limits"):
        if set(guide.get("resources", {}).get(kind, {})) != {"cpu", "memory"}:
            problems.append(f"no cpu and memory {kind}")

    # A reader stays on one pod: cookie affinity, WebSocket time-outs well past Streamlit's ping,
    # and no access log.
    notes = ingress["metadata"].get("annotations", {})
    if notes.get("nginx.ingress.kubernetes.io/affinity") != "cookie":
        problems.append("the Ingress has no cookie affinity")
    for timeout in ("proxy-read-timeout", "proxy-send-timeout"):
        if int(notes.get(f"nginx.ingress.kubernetes.io/{timeout}", 60)) < 10 * serve.PING_S:
            problems.append(f"the Ingress's {timeout} would cut an open tab's WebSocket")
    if notes.get("nginx.ingress.kubernetes.io/enable-access-log") != "false":
        problems.append("the Ingress keeps an access log")
    backends = [p["backend"]["service"] for r in ingress["spec"]["rules"] for p in r["http"]["paths"]]
    if any(b["name"] != service["metadata"]["name"] for b in backends):
        problems.append("the Ingress sends to another Service")

    # The budget, the autoscaler and the Service all find the Deployment's pods.
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for kind, selector in (
        ("PodDisruptionBudget", k["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"]),
        ("Service", service["spec"]["selector"]),
    ):
        if not selector or any(labels.get(key) != value for key, value in selector.items()):
            problems.append(f"the {kind} does not select the guide's pods")
    hpa = k["HorizontalPodAutoscaler"]["spec"]
    if hpa["scaleTargetRef"]["name"] != deployment["metadata"]["name"] or hpa["minReplicas"] < 2:
        problems.append("the autoscaler does not keep at least two of the guide's pods")
    return problems


def test_every_manifest_is_valid_against_the_newest_kubernetes_api_schema():
    version = kubernetes_validate.latest_version()
    checked = []
    for doc in manifests():
        assert version.startswith(kubernetes_validate.validate(doc, version, strict=True)), doc["kind"]
        checked.append(doc["kind"])
    print(f"valid against Kubernetes {version}: {', '.join(checked)}")
    assert {"Deployment", "Service", "Ingress", "PodDisruptionBudget", "HorizontalPodAutoscaler"} <= set(checked)
    assert {"ConfigMap", "Secret"} <= set(checked)


@pytest.mark.parametrize(
    "where, value",
    [
        (("spec", "replicas"), "two"),  # a wrong type
        (("spec", "template", "spec", "containers", 0, "readinessProbes"), {}),  # a misspelt field
    ],
)
def test_the_schema_check_refuses_a_broken_deployment(where, value):
    doc = copy.deepcopy(by_kind(manifests())["Deployment"])
    node = doc
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = value
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def unlisted_manifests(resources: list[str]) -> set[str]:
    """Manifests in the folder that kustomize would not apply, or listed and missing."""
    return set(resources) ^ {p.name for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml"}


def kept_in(gitignore: str, containerignore: str) -> list[str]:
    """The hospital's own files (its hospital file, its cookie secret) that git or the image would keep."""
    generators = (*KUSTOMIZATION["configMapGenerator"], *KUSTOMIZATION["secretGenerator"])
    names = [f for g in generators for _, f in generator_files(g)]
    return [n for n in names if n not in gitignore.split() or f"deploy/k8s/{n}" not in containerignore.split()]


def unknown_make_targets(containerfile: str) -> list[str]:
    """The `make` targets the Containerfile runs that the Makefile lacks (so no install steps of its own)."""
    runs = re.findall(r"^RUN (.+)$", containerfile, flags=re.M)
    targets = [t for run in runs for line in re.findall(r"\bmake ([^&]+)", run) for t in line.split()]
    venv = re.search(r"^VENV\s*:=\s*(\S+)", MAKEFILE, flags=re.M).group(1)
    rules = MAKEFILE.replace("$(VENV)", venv)
    missing = [t for t in targets if not re.search(rf"^{re.escape(t)}:", rules, flags=re.M)]
    return missing if targets else ["(none run)"]


def test_the_kustomization_applies_every_manifest_in_the_folder():
    assert unlisted_manifests(KUSTOMIZATION["resources"]) == set()


def test_the_hospital_s_own_files_are_kept_out_of_git_and_the_image():
    assert kept_in((K8S / ".gitignore").read_text(), (ROOT / ".containerignore").read_text()) == []


def test_the_image_is_built_by_the_makefile_s_own_targets():
    assert unknown_make_targets(CONTAINERFILE) == []


def test_the_folder_and_image_checks_can_fail():
    assert unlisted_manifests(KUSTOMIZATION["resources"][1:]) == {KUSTOMIZATION["resources"][0]}
    assert kept_in("hospital.toml", "deploy/k8s/hospital.toml") == ["cookie-secret"]
    assert unknown_make_targets(CONTAINERFILE.replace("make nginx", "make install-nginx")) == ["install-nginx"]
    assert unknown_make_targets("FROM debian\nRUN apt-get install -y nginx\n") == ["(none run)"]


def test_the_hospital_variable_is_the_one_the_guide_reads():
    reader = ROOT / "liverguide" / "hospital.py"
    if not reader.exists():
        pytest.skip("liverguide/hospital.py (issue 27, part 1) is not on this branch yet")
    assert "LIVERGUIDE_HOSPITAL" in reader.read_text() + MAKEFILE


def _set(path: tuple, value) -> Callable[[dict[str, dict]], None]:
    def change(k: dict[str, dict]) -> None:
        node = k
        for step in path[:-1]:
            node = node[step]
        if value is None:
            del node[path[-1]]
        else:
            node[path[-1]] = value

    return change


POD = ("Deployment", "spec", "template", "spec")
GUIDE = (*POD, "containers", 0)
NOTES = ("Ingress", "metadata", "annotations")
BROKEN = {
    "another module": (_set((*GUIDE, "command", 2), "deploy.other"), "as `make serve` does"),
    "not the image's command": (_set((*GUIDE, "args", 1), "127.0.0.1"), "Containerfile's CMD"),
    "an option serve.py lacks": (_set((*GUIDE, "args", 0), "--address"), "no option --address"),
    "a make serve option left out": (_set((*GUIDE, "args"), ["--port", "8080"]), "sets --replicas"),
    "other replicas": (_set((*GUIDE, "args", 5), "3"), "Makefile's REPLICAS"),
    "another port": (_set((*GUIDE, "ports", 0, "containerPort"), 9090), "differ"),
    "the Service elsewhere": (_set(("Service", "spec", "ports", 0, "targetPort"), 9090), "pod's port"),
    "no liveness probe": (_set((*GUIDE, "livenessProbe"), None), "no livenessProbe"),
    "another health path": (_set((*GUIDE, "readinessProbe", "httpGet", "path"), "/healthz"), "readinessProbe asks"),
    "an impatient probe": (_set((*GUIDE, "livenessProbe", "timeoutSeconds"), 1), "less than 10 s"),
    "another nginx": (_set((*GUIDE, "env", 0, "value"), "/usr/bin/nginx"), "NGINX"),
    "a cookie secret by another name": (_set((*GUIDE, "env", 2, "name"), "COOKIE_SECRET"), "cookie Secret"),
    "the hospital file elsewhere": (_set((*GUIDE, "env", 1, "value"), "/etc/hospital.toml"), "LIVERGUIDE_HOSPITAL"),
    "root allowed": (_set((*POD, "securityContext", "runAsNonRoot"), False), "as root"),
    "another user": (_set((*POD, "securityContext", "runAsUser"), 1000), "runAsUser"),
    "a writable root": (_set((*GUIDE, "securityContext", "readOnlyRootFilesystem"), False), "writable"),
    "no emptyDir for /tmp": (_set((*GUIDE, "volumeMounts", 0, "mountPath"), "/scratch"), "emptyDir"),
    "no limits": (_set((*GUIDE, "resources", "limits"), None), "limits"),
    "no affinity": (_set((*NOTES, "nginx.ingress.kubernetes.io/affinity"), None), "cookie affinity"),
    "a short WebSocket": (_set((*NOTES, "nginx.ingress.kubernetes.io/proxy-read-timeout"), "60"), "proxy-read"),
    "an access log": (_set((*NOTES, "nginx.ingress.kubernetes.io/enable-access-log"), "true"), "access log"),
    "an Ingress to another Service": (
        _set(("Ingress", "spec", "rules", 0, "http", "paths", 0, "backend", "service", "name"), "x"),
        "another Service",
    ),
    "a budget for other pods": (
        _set(("PodDisruptionBudget", "spec", "selector", "matchLabels"), {"app": "x"}),
        "PodDisruptionBudget",
    ),
    "one pod allowed": (_set(("HorizontalPodAutoscaler", "spec", "minReplicas"), 1), "at least two"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_each_check_of_the_manifests_can_fail(case):
    change, expected = BROKEN[case]
    docs = copy.deepcopy(manifests())
    change(by_kind(docs))
    problems = disagreements(docs)
    assert any(expected in p for p in problems), problems
