"""Per-stage progress (records, rate, ETA) and the run's error tolerance, from batch records."""

from datetime import UTC, datetime, timedelta

from shared.run_ledger import stage_progress, tolerance_breach

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


RECORDS = {i: 100 for i in range(10)}  # 10 batches of 100 source records


def test_processed_rate_and_eta_of_a_stage_half_way():
    done = [(i, at(i + 1)) for i in range(5)]  # one batch a second
    p = stage_progress(done, RECORDS, 1000, T0, ended=False)
    assert p == {"processed": 500, "total": 1000, "rate": 100.0, "eta_s": 5.0}


def test_eta_shrinks_as_batches_are_done_and_is_null_at_the_end():
    etas = [stage_progress([(i, at(i + 1)) for i in range(n)], RECORDS, 1000, T0, ended=False)["eta_s"]
            for n in range(1, 11)]
    assert etas[:-1] == sorted(etas[:-1], reverse=True) and len(set(etas[:-1])) == 9
    assert etas[-1] is None  # the stage is done
    ended = stage_progress([(0, at(1))], RECORDS, 1000, T0, ended=True)
    assert ended["eta_s"] is None and ended["processed"] == 100  # cancelled: what was done stays


def test_nothing_known_yet():
    assert stage_progress([], RECORDS, None, None, ended=False) == {"processed": 0, "total": None, "rate": None,
                                                                      "eta_s": None}
    # a total still unknown (acquisition could not estimate it): a rate, no ETA
    p = stage_progress([(0, at(2))], RECORDS, None, T0, ended=False)
    assert p["rate"] == 50.0 and p["eta_s"] is None


def test_out_of_order_batches_count_by_their_own_records():
    p = stage_progress([(7, at(1)), (2, at(2))], {2: 30, 7: 70}, 100, T0, ended=False)
    assert p["processed"] == 100 and p["eta_s"] is None


def state(failed: int, total: int | None, tolerance: float | None = None, estimate: bool = False) -> dict:
    doc = {"counts": {"failed": failed}, "records_total": total,
           "stages": {"acquisition": {"total_is_estimate": estimate}},
           "failures": [{"stage": "quality", "batch_index": 3, "records": failed, "error": "FaultInjected: boom"}]}
    if tolerance is not None:
        doc["error_tolerance"] = tolerance
    return doc


def test_failures_within_the_tolerance_let_the_run_go_on():
    assert tolerance_breach(state(0, 1000)) is None
    assert tolerance_breach(state(100, 1000)) is None  # exactly 10%: not more than the default
    assert tolerance_breach(state(300, 1000, tolerance=0.5)) is None
    assert tolerance_breach(state(100, None)) is None  # no total known yet: judged later


def test_failures_past_the_tolerance_fail_the_run_with_the_reason():
    reason = tolerance_breach(state(101, 1000))
    assert reason.startswith("error tolerance exceeded: 101 of 1000 records failed (10.1% > 10.0%)")
    assert "quality batch 3" in reason and "FaultInjected: boom" in reason
    assert "of about 5000" in tolerance_breach(state(600, 5000, estimate=True))
    assert tolerance_breach(state(1, 1000, tolerance=0.0)) is not None
