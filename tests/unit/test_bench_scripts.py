"""The pure parts of bench/compare.py and bench/consecutive_runs.py: arguments, ratios, tables,
the peer's output. No servers, no timing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import compare  # noqa: E402
import consecutive_runs  # noqa: E402


def test_compare_defaults(monkeypatch):
    monkeypatch.delenv("DP_LOCAL_BASE_PORT", raising=False)  # a developer's own stack ports move the default
    args = compare.parse_args([])
    assert args.n == 100_000
    assert args.perf_dir == compare.DEFAULT_PERF_DIR
    assert args.batch_size == 500
    assert args.service_base_port == 9101
    assert not args.skip_project and not args.skip_peer and not args.keep_dataset
    assert args.peer_python is None and args.out is None


def test_compare_overrides():
    args = compare.parse_args(["--n", "3000", "--perf-dir", "/x/perf", "--work-dir", "/tmp/w",
                               "--gateway", "http://127.0.0.1:8100", "--service-base-port", "9201",
                               "--skip-peer", "--api-key", "k"])
    assert (args.n, args.perf_dir, args.work_dir) == (3000, Path("/x/perf"), Path("/tmp/w"))
    assert (args.gateway, args.service_base_port, args.api_key) == ("http://127.0.0.1:8100", 9201, "k")
    assert args.skip_peer


@pytest.mark.parametrize("argv", [["--n", "0"], ["--skip-project", "--skip-peer"], ["--n", "many"]])
def test_compare_refuses(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        compare.parse_args(argv)
    assert exc.value.code == 2


def test_ratio():
    assert compare.ratio(600, 7500) == 0.08
    assert compare.ratio(1, 3) == 0.333
    assert compare.ratio(1, 3, digits=1) == 0.3
    assert compare.ratio(None, 5) is None
    assert compare.ratio(5, None) is None
    assert compare.ratio(5, 0) is None


def test_summarize_and_table():
    s = compare.summarize({"status": "completed", "conversations_per_s": 700.0},
                          {"end_to_end_rows_per_s": 7000}, {"end_to_end_rows_per_s": 14000})
    assert s["figures"] == {"project_conversations_per_s": 700.0, "obvious_rows_per_s": 7000, "tuned_rows_per_s": 14000}
    assert s["ratios"] == {"project_vs_obvious": 0.1, "project_vs_tuned": 0.05}
    assert json.loads(json.dumps(s)) == s
    lines = compare.format_table(s).splitlines()
    assert len(lines) == 4
    assert "conversations/s" in lines[0] and "project/this" in lines[0]
    assert lines[1].startswith("project") and "700.0" in lines[1] and lines[1].rstrip().endswith("-")
    assert "7,000.0" in lines[2] and lines[2].endswith("0.100")
    assert "14,000.0" in lines[3] and lines[3].endswith("0.050")
    assert len({len(line) for line in lines}) == 1  # aligned columns


def test_summarize_missing_parts():
    s = compare.summarize(None, {"end_to_end_rows_per_s": 7000}, None)
    assert s["figures"]["project_conversations_per_s"] is None
    assert s["ratios"] == {"project_vs_obvious": None, "project_vs_tuned": None}
    failed = compare.summarize({"status": "failed", "conversations_per_s": 10.0}, {"end_to_end_rows_per_s": 7000}, None)
    assert failed["ratios"]["project_vs_obvious"] is None  # a failed run has no figure
    assert "-" in compare.format_table(s)


def test_parse_peer_output():
    line = {"num_proc": 2, "end_to_end_rows_per_s": 14000}
    out = "Generating train split: 100 examples\nsome warning {not json\n" + json.dumps(line) + "\n"
    assert compare.parse_peer_output(out) == line
    with pytest.raises(ValueError):
        compare.parse_peer_output("no json here\n")


def test_consecutive_defaults_and_refusals():
    args = consecutive_runs.parse_args([])
    assert (args.n, args.runs, args.start_stack) == (20_000, 10, False)
    args = consecutive_runs.parse_args(["--n", "2000", "--runs", "2", "--start-stack"])
    assert (args.n, args.runs, args.start_stack) == (2000, 2, True)
    for argv in (["--runs", "0"], ["--n", "0"]):
        with pytest.raises(SystemExit):
            consecutive_runs.parse_args(argv)


def test_warmup_runs():
    assert compare.warmup_runs(None, "started") == 1
    assert compare.warmup_runs(None, "existing") == 0
    assert compare.warmup_runs(0, "started") == 0
    assert compare.warmup_runs(3, "existing") == 3
    assert compare.parse_args([]).warmup is None
    assert consecutive_runs.parse_args(["--warmup", "2"]).warmup == 2


def _run(rate: float | None, status: str = "completed") -> dict:
    return {"status": status, "run_s": 10.0, "conversations_per_s": rate, "exported": 2000}


def test_summarize_runs():
    s = consecutive_runs.summarize_runs([_run(1000.0), _run(950.0), _run(900.0)])
    assert (s["runs"], s["completed"], s["first_per_s"], s["last_per_s"]) == (3, 3, 1000.0, 900.0)
    assert s["ratio_last_first"] == 0.9 and s["within_15pct"] is True
    assert (s["min_per_s"], s["max_per_s"]) == (900.0, 1000.0)
    assert s["ratio_last_second"] == 0.947
    cold = consecutive_runs.summarize_runs([_run(500.0), _run(1000.0), _run(980.0)])
    assert cold["ratio_last_first"] == 1.96 and cold["ratio_last_second"] == 0.98
    slow = consecutive_runs.summarize_runs([_run(1000.0), _run(800.0)])
    assert slow["ratio_last_first"] == 0.8 and slow["within_15pct"] is False
    assert consecutive_runs.summarize_runs([_run(1000.0)])["within_15pct"] is None  # one run compares nothing
    failed = consecutive_runs.summarize_runs([_run(1000.0), _run(None, "failed")])
    assert failed["completed"] == 1 and failed["within_15pct"] is None
    assert consecutive_runs.summarize_runs([])["ratio_last_first"] is None


def test_format_runs_table():
    runs = [_run(1000.0), _run(880.0)]
    text = consecutive_runs.format_runs_table(runs, consecutive_runs.summarize_runs(runs))
    lines = text.splitlines()
    assert "conversations/s" in lines[0]
    assert lines[1].split()[:2] == ["1", "completed"] and "1,000.0" in lines[1]
    assert "880.0" in lines[2]
    assert lines[-1] == "last/first: 0.880 (goal met: the last run at least 0.85 x the first)"  # two runs: no last/second
    three = [_run(500.0), _run(1000.0), _run(900.0)]
    assert consecutive_runs.format_runs_table(three, consecutive_runs.summarize_runs(three)).splitlines()[-1] == (
        "last/second: 0.900 (the first run warms the caches)")


FAKE_GEN = """
import random, sys
rng = random.Random(1234)
VOCAB = ["w%d" % i for i in range(300)]
WEIGHTS = [1.0 / (i + 1) for i in range(len(VOCAB))]
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1])):
        words = [rng.choices(VOCAB, weights=WEIGHTS, k=1)[0] for _ in range(rng.randint(3, 9))]
        words += rng.choices(VOCAB, k=2) + rng.choices(VOCAB, weights=[1] * len(VOCAB), k=3)
        f.write(" ".join(words) + "\\n")
"""


def test_fast_gen_writes_the_same_bytes(tmp_path):
    import subprocess

    gen = tmp_path / "gen.py"
    gen.write_text(FAKE_GEN)
    fast, plain = tmp_path / "fast.txt", tmp_path / "plain.txt"
    subprocess.run(compare.gen_command(gen, 500, fast), check=True)
    subprocess.run(compare.gen_command(gen, 500, plain, fast=False), check=True)
    assert fast.read_bytes() == plain.read_bytes()
    assert len(fast.read_text().splitlines()) == 500


def _status(*lags):
    return {"services": [{"name": name, "lag": lag, "consumer_groups": [{"group_id": name}] if groups else []}
                         for name, lag, groups in lags]}


def test_queued_work_names_services_with_lag_and_those_unread():
    busy, unknown = compare.queued_work(_status(("quality", 12, True), ("production", 0, True),
                                                ("standardization", None, True), ("gateway", None, False)))
    assert busy == {"quality": 12}
    assert unknown == ["standardization"]  # a service without consumer groups has no lag to read
    assert compare.queued_work(_status(("quality", 0, True))) == ({}, [])


class _StatusClient:
    """Answers GET /api/v1/system/status with the given documents, one per call (the last repeats)."""

    def __init__(self, *docs):
        self.docs, self.calls = list(docs), 0

    async def get(self, path):
        assert path == "/api/v1/system/status"
        doc = self.docs[min(self.calls, len(self.docs) - 1)]
        self.calls += 1

        class R:
            def raise_for_status(self):
                pass

            def json(self):
                return doc
        return R()


def test_waits_for_queued_work_to_drain():
    import asyncio

    client = _StatusClient(_status(("quality", 40, True)), _status(("quality", 3, True)), _status(("quality", 0, True)))
    asyncio.run(compare.wait_until_idle(client, timeout=30, poll=0))
    assert client.calls == 3


def test_refuses_to_time_while_work_stays_queued():
    import asyncio

    client = _StatusClient(_status(("quality", 40, True), ("production", 2, True)))
    with pytest.raises(SystemExit, match="queued work.*'quality': 40"):
        asyncio.run(compare.wait_until_idle(client, timeout=0, poll=0))
    assert client.calls == 1


def test_idle_timeout_argument():
    assert compare.parse_args([]).idle_timeout == 600
    assert compare.parse_args(["--idle-timeout", "0"]).idle_timeout == 0
    assert consecutive_runs.parse_args(["--idle-timeout", "5"]).idle_timeout == 5


def test_a_training_report_names_its_commit_command_and_library_versions(monkeypatch):
    import _checkout

    monkeypatch.setattr(sys, "argv", ["train_risk_minilm.py", "--with", "risk_train_v6.jsonl"])
    got = _checkout.provenance()
    assert got["argv"] == ["--with", "risk_train_v6.jsonl"]
    assert got["versions"]["numpy"] == __import__("numpy").__version__
    assert set(got["versions"]) >= {"scikit-learn", "onnxruntime", "tokenizers"}
    if (_checkout.ROOT / ".git").exists():  # a clone or a worktree (.git is a file there)
        assert len(got["commit"]) == 40 and all(c in "0123456789abcdef" for c in got["commit"])
        assert isinstance(got["tracked_changes"], bool)
    json.dumps(got)  # written into the report as it is


def test_dedup_memory_bench_finds_every_planted_copy():
    """bench/dedup_memory.py resolves its synthetic run in a child process: every exact and near copy
    it planted is an entry (random keys never collide), and it reports the child's peak memory."""
    import json
    import subprocess
    import sys

    res = subprocess.run([sys.executable, str(BENCH / "dedup_memory.py"), "--n", "3000", "--batch", "200"],
                         capture_output=True, text=True, check=True, timeout=120)
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["entries"] == out["planted"] > 200 and out["batches"] == 15
    assert out["peak_mb"] >= 0 and len(out["digest"]) == 16
