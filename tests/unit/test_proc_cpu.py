"""bench/proc_cpu.py: CPU seconds per part of the machine, read from /proc (Linux)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import proc_cpu  # noqa: E402

linux = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


@pytest.mark.parametrize(("argv", "part"), [
    (["/w/.venv/bin/python", "-m", "uvicorn", "--factory", "services.quality.app:create_app", "--port", "9103"],
     "quality"),
    (["python", "-m", "uvicorn", "--factory", "gateway.app:create_app"], "gateway"),
    (["python", "-m", "uvicorn", "--factory", "services.acquisition.app:create_app"], "acquisition"),
    (["python", "-m", "uvicorn", "other.app:app"], "uvicorn"),
    (["/usr/lib/jvm/bin/java", "-Xmx1G", "-cp", "/x/kafka/libs/*", "kafka.Kafka", "server.properties"], "kafka"),
    (["/w/.local/bin/ferretdb", "--listen-addr=127.0.0.1:27017"], "ferretdb"),
    (["postgres: dp dp 127.0.0.1(5432) idle"], "postgres"),
    (["/usr/bin/python3", "bench/compare.py"], "python3"),
    ([""], "?"),
])
def test_part_names(argv, part):
    assert proc_cpu.part_name(argv) == part


def test_replicas_add_up_and_new_processes_count_from_zero():
    before = {1: ("quality", 100), 2: ("quality", 50), 3: ("kafka", 10), 9: ("gone", 5)}
    after = {1: ("quality", 100 + 2 * proc_cpu.TICKS), 2: ("quality", 50 + proc_cpu.TICKS),
             3: ("kafka", 10), 4: ("ferretdb", proc_cpu.TICKS // 2),
             5: ("python3", 1)}  # under min_s: left out
    used = proc_cpu.cpu_by_part(before, after)
    assert used == {"quality": 3.0, "ferretdb": 0.5}
    assert list(used) == ["quality", "ferretdb"]  # largest first


def test_a_recycled_pid_of_another_part_counts_from_zero():
    used = proc_cpu.cpu_by_part({7: ("gateway", 10 * proc_cpu.TICKS)}, {7: ("quality", proc_cpu.TICKS)})
    assert used == {"quality": 1.0}


@linux
def test_this_process_is_seen_using_cpu():
    before = proc_cpu.snapshot()
    me = os.getpid()
    assert me in before
    part = before[me][0]
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    used = proc_cpu.cpu_by_part(before, proc_cpu.snapshot())
    assert used.get(part, 0) >= 0.2


def test_memory_trend_reports_each_parts_halves():
    samples = [{"quality": 100.0, "gateway": 50.0}, {"quality": 140.0, "gateway": 52.0},
               {"quality": 150.0}, {"quality": 130.0, "gateway": 51.0}]
    trend = proc_cpu.memory_trend(samples)
    assert trend["quality"] == {"first": 100.0, "peak": 150.0, "last": 130.0,
                                "peak_first_half": 140.0, "peak_second_half": 150.0}
    assert trend["gateway"] == {"first": 50.0, "peak": 52.0, "last": 51.0,
                                "peak_first_half": 52.0, "peak_second_half": 51.0}
    assert proc_cpu.memory_trend([]) == {}


def test_memory_trend_gives_the_peak_of_each_tenth_from_ten_samples():
    samples = [{"quality": float(v)} for v in (10, 30, 20, 40, 50, 50, 45, 60, 60, 55, 61, 70, 65, 64, 66)]
    trend = proc_cpu.memory_trend(samples)["quality"]
    # 15 samples: tenths of 1 or 2 samples, [0:1], [1:3], [3:4], [4:6], [6:7], [7:9], [9:10], [10:12], [12:13], [13:15]
    assert trend["by_tenth"] == [10.0, 30.0, 40.0, 50.0, 45.0, 60.0, 55.0, 70.0, 65.0, 66.0]
    assert "by_tenth" not in proc_cpu.memory_trend(samples[:9])["quality"]


@linux
def test_this_process_resident_memory_is_read():
    me = proc_cpu.part_name(Path(f"/proc/{os.getpid()}/cmdline").read_bytes().decode().rstrip("\0").split("\0"))
    ballast = bytearray(64 * 2**20)  # 64 MB, touched
    ballast[::4096] = b"x" * len(ballast[::4096])
    assert proc_cpu.rss_by_part()[me] >= 64
    assert proc_cpu.rss_by_part(("no-such-part",)) == {}
    del ballast
