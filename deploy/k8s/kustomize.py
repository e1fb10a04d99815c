"""The kustomize binary the project builds its manifests with, and the checker of what it
builds, both compiled from the Go module proxy and cached.

    python deploy/k8s/kustomize.py install          # build both once (cached), print their paths
    python deploy/k8s/kustomize.py build [DIR]      # kustomize build (default: overlays/example)
    python deploy/k8s/kustomize.py check [DIR]      # build, then validate against the API's Go types

``go install sigs.k8s.io/kustomize/kustomize/v5@<KUSTOMIZE_VERSION>`` into
``~/.cache/dataset-pipeline/kustomize-<version>/`` (``DP_CACHE_DIR`` moves the cache, as for
deploy/local/infra.py), so a fresh clone reuses it. Needs Go on PATH (the FerretDB launcher
does too). v5.8.1 is the newest release whose go.mod accepts Go 1.24+.

The checker (``validate/``, its own Go module pinning k8s.io/api and the Prometheus Operator's
types) decodes every built document strictly into its Go type: offline, no schema download.
It is cached under ``validate-<hash of its sources>/``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("DP_CACHE_DIR", Path.home() / ".cache" / "dataset-pipeline"))
KUSTOMIZE_VERSION = "v5.8.1"
MODULE = "sigs.k8s.io/kustomize/kustomize/v5"


def binary() -> Path:
    return CACHE / f"kustomize-{KUSTOMIZE_VERSION}" / "kustomize"


def install() -> Path:
    target = binary()
    if target.exists():
        return target
    go = shutil.which("go")
    if go is None:
        raise SystemExit("kustomize is built with Go: put Go 1.24+ on PATH")
    print(f"[k8s] building kustomize {KUSTOMIZE_VERSION} from the Go module proxy", file=sys.stderr, flush=True)
    partial = target.parent.with_name(target.parent.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    env = {**os.environ, "GOBIN": str(partial), "CGO_ENABLED": "0", "GOFLAGS": "-buildvcs=false",
           "GOTOOLCHAIN": "local"}
    subprocess.run([go, "install", f"{MODULE}@{KUSTOMIZE_VERSION}"], check=True, env=env, cwd=partial)
    shutil.rmtree(target.parent, ignore_errors=True)
    partial.rename(target.parent)
    return target


def validator() -> Path:
    src = HERE / "validate"
    digest = hashlib.sha256(b"".join((src / f).read_bytes() for f in ("main.go", "go.mod", "go.sum"))).hexdigest()
    target = CACHE / f"k8s-validate-{digest[:12]}" / "validate"
    if target.exists():
        return target
    go = shutil.which("go")
    if go is None:
        raise SystemExit("the manifest checker is built with Go: put Go 1.24+ on PATH")
    print("[k8s] building the manifest checker (k8s.io/api types)", file=sys.stderr, flush=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    env = {**os.environ, "CGO_ENABLED": "0", "GOFLAGS": "-buildvcs=false", "GOTOOLCHAIN": "local"}
    subprocess.run([go, "build", "-o", str(partial), "."], check=True, env=env, cwd=src)
    partial.rename(target)
    return target


def validate(yaml_text: str) -> subprocess.CompletedProcess:
    """Run the checker on built YAML: exit 0 and ``CHECKED n``, or 1 and one ``INVALID`` line each."""
    return subprocess.run([str(validator())], input=yaml_text, capture_output=True, text=True, timeout=60)


def build(directory: Path) -> str:
    """The YAML ``kustomize build`` makes of ``directory`` (raises with kustomize's message)."""
    out = subprocess.run([str(install()), "build", str(directory)], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"kustomize build {directory} failed:\n{out.stderr}")
    return out.stdout


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "install"
    if cmd == "install":
        print(install())
        print(validator())
    elif cmd == "build":
        sys.stdout.write(build(Path(argv[1]) if len(argv) > 1 else HERE / "overlays" / "example"))
    elif cmd == "check":
        out = validate(build(Path(argv[1]) if len(argv) > 1 else HERE / "overlays" / "example"))
        sys.stdout.write(out.stdout + out.stderr)
        return out.returncode
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
