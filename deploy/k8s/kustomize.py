"""The kustomize binary the project builds its manifests with, installed from the Go module proxy.

    python deploy/k8s/kustomize.py install          # build it once (cached), print its path
    python deploy/k8s/kustomize.py build [DIR]      # kustomize build (default: overlays/example)

``go install sigs.k8s.io/kustomize/kustomize/v5@<KUSTOMIZE_VERSION>`` into
``~/.cache/dataset-pipeline/kustomize-<version>/`` (``DP_CACHE_DIR`` moves the cache, as for
deploy/local/infra.py), so a fresh clone reuses it. Needs Go on PATH (the FerretDB launcher
does too). v5.8.1 is the newest release whose go.mod accepts Go 1.24+.
"""

from __future__ import annotations

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
    elif cmd == "build":
        sys.stdout.write(build(Path(argv[1]) if len(argv) > 1 else HERE / "overlays" / "example"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
