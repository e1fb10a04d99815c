"""Cost of each stage of client-turn risk detection on CounselChat client turns (real counselling
questions): model load time, the share of turns each stage decides, and milliseconds per turn of
the patterns + cue lexicon (stage one), the first look (stage one's features through a small
regression) and MiniLM (stage two), on the turns that reach each.

    [DP_RISK_ENCODER=L6] python bench/risk_stage_cost.py [--n 900]

The learned stage runs on the encoder ``DP_RISK_ENCODER`` names (``risk_model.encoder_name``);
``cpu_ms_per_turn`` is process CPU time (``time.process_time``), the others wall time.

Round twenty-one: each turn is routed and held as the runtime holds it (``risk_model._route`` and
``_floor_threshold``): stage one's category read as the learned stage reads it (``_stage_one_category``),
impersonal instructions left out, a passive wish past the floor, and the floor and threshold of its route (a
named turn ``pattern_threshold``; a turn only round twenty's wider router reads ``WIDE_THRESHOLD``; the
others ``threshold``). Before, every turn was held to ``s1_floor`` and ``threshold``.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import csv
import json
import time
from pathlib import Path

from services.quality.checks.counselling.risk_cues import has_cue
from services.quality.checks.counselling.risk_model import (
    FLOOR_EXEMPT, _floor_threshold, _stage_one_category, encoder_name, minilm_model, model_input, risk_encoder,
)
from services.quality.checks.counselling.task_frame import impersonal_instruction

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "counselchat_20200325.csv"


def route(m, turns: list[str]) -> list[tuple[str, str]]:
    """(turn, stage one's category) of the turns the runtime's router sends on (``risk_model._route``): a
    pattern, or a cue (or a language the router widens for) outside an impersonal instruction."""
    from services.quality.checks.counselling.risk_model import foreign

    out = []
    for text in turns:
        category = _stage_one_category(text)
        if category == "none" and not (has_cue(text) or m.route_foreign and foreign(text, m.route_languages)):
            continue
        if category == "none" and impersonal_instruction(text):
            continue
        out.append((text, category))
    return out


def look(m, undecided: list[tuple[str, str]]) -> list[tuple[str, str, list[float], float, tuple[float, float]]]:
    """The first look's score of each routed turn, with the floor and threshold its route holds it to."""
    return [(text, cat, f, m.first_look(f), _floor_threshold(m, text, cat)) for text, cat in undecided
            for f in [m.features(text)]]


def past_floor(looked) -> list[tuple[str, list[float], float]]:
    """The turns MiniLM reads (a category of ``FLOOR_EXEMPT`` stage one named skips the floor), each with its threshold."""
    return [(text, f, ft[1]) for text, cat, f, p, ft in looked if cat in FLOOR_EXEMPT or p >= ft[0]]


def read(m, to_model) -> list[bool]:
    """Whether the learned stage flags each turn MiniLM reads, at the threshold of its route."""
    return [m.assess(text, f)[0] >= threshold for text, f, threshold in to_model]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=900)
    args = ap.parse_args()
    with open(DATA, newline="", encoding="utf-8") as fh:
        turns = list(dict.fromkeys(r["questionText"] for r in csv.DictReader(fh) if r.get("questionText")))[:args.n]
    t0 = time.perf_counter()
    m = minilm_model()
    risk_encoder()
    load = time.perf_counter() - t0
    t = time.perf_counter()
    undecided = route(m, turns)
    stage_one = time.perf_counter() - t
    t = time.perf_counter()
    looked = look(m, undecided)
    first_look = time.perf_counter() - t
    to_model = past_floor(looked)
    t, c = time.perf_counter(), time.process_time()
    flagged = sum(read(m, to_model))
    stage_two, stage_two_cpu = time.perf_counter() - t, time.process_time() - c
    tok = getattr(risk_encoder(), "tokenizer", None)  # MiniLM's word pieces (USE's encoders have none here)
    tokens = sum(len(tok.encode(model_input(text)).ids) for text, _, _ in to_model) if tok is not None else 0
    n = len(turns)
    print(json.dumps({
        "encoder": encoder_name(), "client_turns": n, "mean_chars": round(sum(map(len, turns)) / n),
        "model_load_s": round(load, 2),
        "stage_one": {"turns": n, "ms_per_turn": round(stage_one / n * 1e3, 3)},
        "first_look": {"turns": len(undecided), "share": round(len(undecided) / n, 3),
                       "ms_per_turn": round(first_look / max(1, len(undecided)) * 1e3, 3)},
        "minilm": {"turns": len(to_model), "share": round(len(to_model) / n, 3),
                   "mean_tokens": round(tokens / max(1, len(to_model)), 1) if tok is not None else None,
                   "ms_per_turn": round(stage_two / max(1, len(to_model)) * 1e3, 2),
                   "cpu_ms_per_turn": round(stage_two_cpu / max(1, len(to_model)) * 1e3, 2)},
        "flagged": flagged,
        "ms_per_client_turn_all_stages": round((stage_one + first_look + stage_two) / n * 1e3, 3),
    }, indent=2))


if __name__ == "__main__":
    main()
