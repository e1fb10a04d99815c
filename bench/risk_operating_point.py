"""Risk round eighteen: the learned stage's operating point (``s1_floor``, ``threshold``,
``pattern_threshold`` of the encoder's model file, ``risk_model.MiniLMRiskModel``) swept on the risk
validation files, each turn scored once.

    python bench/risk_operating_point.py sweep [--floors ...] [--thresholds ...] [--pattern-thresholds ...]
                                               [--files a.jsonl,b.jsonl] [--json OUT]
    python bench/risk_operating_point.py run --point S1,T,PT BENCH [ARGS...]

``sweep``: every turn of the files (default: ``bench/risk_validation.py``'s, without ``NOT_SWEPT``:
``risk_valid_v18``, ``risk_valid_indep22`` and ``risk_valid_v23``, which no round tunes on) is routed once by stage one (``risk_model._route``'s steps) and, unless it holds no
cue or is an impersonal instruction, scored once by the first look and the learned stage, whatever the floor
(the runtime skips MiniLM under the floor; here every routed turn is encoded, so that a lower floor can be read);
the same for the rests ``crisis`` asks the learned stage about (negated, harm-by-others, everyday, denial). Then
for each point ``learned_category`` is a function of those numbers, ``crisis.risk_category`` runs again (its
caches cleared) and each file's at-risk precision and recall are counted as ``evaluation.evaluate_risk`` counts
them; pooled over the files: found, flagged, precision, recall. Prints the grid sorted by pooled recall.

``write`` (round twenty-one): writes a point into a model file (``s1_floor``, ``threshold``, ``pattern_threshold``;
round nineteen's per-language pattern values, if the file holds any, set to the same point), every array as it was,
in a zip with fixed entry times so that the same arrays give the same bytes (md5):

    python bench/risk_operating_point.py write --point S1,T,PT MODEL.npz [--out OUT.npz]

``run``: runs another bench script (``bench/general_false_positives.py``, ``bench/reply_validation.py``,
``bench/risk_validation.py``, ``bench/quality_digest.py``...) in this process with the model file's three values
replaced by ``--point`` (the runtime code path unchanged: every stage as the service runs it).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import itertools
import json
import runpy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling import risk_model  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
FLOORS = (0.1, 0.125, 0.15, 0.175, 0.2, 0.2179, 0.25, 0.3)
THRESHOLDS = (0.2, 0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45, 0.5)
PATTERN_THRESHOLDS = (0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3)
# the all-writers file's own point (riskneg5, N5: `--all-writers`, the everyday files weighted, the committed
# file's pattern values written in; its pattern/en and pattern/other groups are in the file)
TODAY = (0.25, 0.45, 0.65)  # twenty-ninth session (op29b): floor and threshold for unnamed turns lowered
# validation files a sweep never tunes on, even when named: round eighteen's ``risk_valid_v18``, the blind
# ``risk_valid_indep22`` and ``risk_valid_indep23``, and round twenty-one's ``risk_valid_v23`` (measured only)
NOT_SWEPT = ("risk_valid_v18.jsonl", "risk_valid_indep22.jsonl", "risk_valid_indep23.jsonl", "risk_valid_v23.jsonl")


def _floats(text: str) -> tuple[float, ...]:
    return tuple(float(x) for x in text.split(",") if x)


def override(point: tuple[float, ...]) -> None:
    """Every ``MiniLMRiskModel`` loaded from now on in this process reads ``point`` instead of its file's
    ``s1_floor``, ``threshold``, ``pattern_threshold`` (and round nineteen's per-language pattern values
    follow them, the file's own being set aside)."""
    init = risk_model.MiniLMRiskModel.__init__

    def patched(self, *a, **k):
        init(self, *a, **k)
        set_point(self, point)

    risk_model.MiniLMRiskModel.__init__ = patched
    risk_model._minilm_model.cache_clear()


def set_point(m: risk_model.MiniLMRiskModel, point: tuple[float, float, float],
              groups: dict[str, tuple[float, float, float]] | None = None) -> None:
    """``m`` holds ``point`` for every turn, and, of ``groups``, the ``pattern/en`` and ``pattern/other``
    pairs the runtime can hold (round nineteen's per-language pattern values)."""
    m.s1_floor, m.threshold, m.pattern_threshold = point
    groups = groups or {}
    for lang in LANGS:
        floor, _, t = groups.get(f"pattern/{lang}", point)
        setattr(m, f"pattern_s1_floor_{lang}", floor)
        setattr(m, f"pattern_threshold_{lang}", t)


def file_groups(m: risk_model.MiniLMRiskModel) -> dict[str, tuple[float, float, float]]:
    """The groups a model file holds apart (round nineteen: the per-language pattern values), as ``Scored.groups``."""
    out = {}
    for lang in LANGS:
        floor, t = getattr(m, f"pattern_s1_floor_{lang}"), getattr(m, f"pattern_threshold_{lang}")
        if (floor, t) != (m.s1_floor, m.pattern_threshold):
            out[f"pattern/{lang}"] = (floor, t, t)
    return out


class Scored:
    """Each text's stage-one route and learned-stage numbers, computed once; ``learned`` answers as
    ``risk_model.learned_category`` would at ``point``."""

    def __init__(self, m: risk_model.MiniLMRiskModel):
        self.m = m
        self.point = (m.s1_floor, m.threshold, m.pattern_threshold)
        self.cache: dict[str, tuple] = {}
        self.encoded = 0
        # round nineteen: a group's own (s1_floor, threshold, pattern_threshold), see ``group``
        self.groups: dict[str, tuple[float, float, float]] = {}
        self.groups = file_groups(m)

    def parts(self, text: str) -> tuple:
        got = self.cache.get(text)
        if got is None:
            from services.quality.checks.counselling.risk_cues import has_cue
            from services.quality.checks.counselling.task_frame import impersonal_instruction

            m = self.m
            category = risk_model._stage_one_category(text)
            if category == "none" and not has_cue(text) and not (m.route_foreign and risk_model.foreign(text, m.route_languages)):
                got = ("no_cue",)
            elif category == "none" and impersonal_instruction(text):
                got = ("task",)
            else:
                features = m.features(text)
                p, model_category = m.assess(text, features)
                self.encoded += 1
                # round twenty: a turn only the wider router reads is held to WIDE_THRESHOLD at least
                wide = (category == "none" and m.route_languages is None and m.route_foreign
                        and risk_model._widened_only(m, text))
                got = (category, m.first_look(features), p, model_category, wide, group(m, text, category))
            self.cache[text] = got
        return got

    def learned(self, text: str) -> str:
        got = self.parts(text)
        if len(got) == 1:
            return "none"
        category, s1, p, model_category, wide, g = got
        floor, threshold, pattern_threshold = self.point
        floor, threshold, pattern_threshold = self.groups.get(g, (floor, threshold, pattern_threshold))
        if category not in risk_model.FLOOR_EXEMPT and s1 < floor:
            return "none"
        if p < (pattern_threshold if category != "none" else _wide(threshold, wide)):
            return "none"
        return category if category != "none" else model_category

    def stage(self, text: str) -> str:
        """Where the turn stops at ``point``: no_cue, task, first_look, threshold or found (learned)."""
        got = self.parts(text)
        if len(got) == 1:
            return got[0]
        category, s1, p, _, wide, g = got
        floor, threshold, pattern_threshold = self.groups.get(g, self.point)
        if category not in risk_model.FLOOR_EXEMPT and s1 < floor:
            return "first_look"
        return "threshold" if p < (pattern_threshold if category != "none" else _wide(threshold, wide)) else "learned"


def _wide(threshold: float, wide: bool) -> float:
    """The threshold a turn that no pattern named is held to: ``risk_model._floor_threshold``'s."""
    return max(threshold, risk_model.WIDE_THRESHOLD) if wide else threshold


ROUTES = ("pattern", "cue", "foreign")
LANGS = ("en", "other")
GROUPS = tuple(f"{route}/{lang}" for route in ROUTES for lang in LANGS)


def group(m: risk_model.MiniLMRiskModel, text: str, category: str) -> str:
    """Round nineteen's group of a turn the learned stage reads: its route (a pattern named a category,
    a cue only, or neither: sent by ``route_foreign``) and its language (``turn_language`` English or not)."""
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.language_id import turn_language

    route = "pattern" if category != "none" else ("cue" if has_cue(text) else "foreign")
    return f"{route}/{'en' if turn_language(text) == 'en' else 'other'}"


def _clear_crisis() -> None:
    from services.quality.checks.counselling import crisis

    for f in (crisis.risk_category, crisis.risk_level, crisis.third_alone):
        f.cache_clear()


def sweep(args) -> None:
    from risk_validation import VALIDATION

    from services.quality.checks.counselling import crisis

    files = [f for f in (args.files.split(",") if args.files else VALIDATION) if f and f not in NOT_SWEPT and "heldout" not in f]
    use_model(args.model)
    m = risk_model.minilm_model()
    assert m is not None, "no learned stage"
    scored = Scored(m)
    crisis.learned_category = scored.learned  # what crisis asks (``_two_stages``, ``_rest_reads_none``)
    risk_model.learned_category = scored.learned
    items = {name: [json.loads(line) for line in (LABELLED / name).read_text().splitlines() if line.strip()] for name in files}
    t0 = time.process_time()
    _clear_crisis()
    for rows in items.values():
        for row in rows:
            crisis.risk_category(row["text"])
    print(f"scored {sum(len(r) for r in items.values())} turns ({scored.encoded} encoded) in "
          f"{time.process_time() - t0:.0f} CPU s", file=sys.stderr)
    grid = list(itertools.product(_floats(args.floors), _floats(args.thresholds), _floats(args.pattern_thresholds)))
    if TODAY not in grid:
        grid.append(TODAY)
    if args.cmd == "groups":
        return sweep_groups(args, scored, items)
    results = []
    for point in grid:
        scored.point = point
        results.append({"point": list(point), **_evaluate(items)})
    results.sort(key=lambda r: (-r["recall"], -r["precision"]))
    today = next(r for r in results if tuple(r["point"]) == TODAY)
    print(f"today {TODAY}: found {today['found']} flagged {today['flagged']} P {today['precision']:.4f} R {today['recall']:.4f}")
    for r in results[:args.top]:
        print(f"{tuple(r['point'])}: found {r['found']} flagged {r['flagged']} P {r['precision']:.4f} R {r['recall']:.4f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"today": today, "grid": results}, indent=0))


def _evaluate(items: dict) -> dict:
    """Each file's (found, false flags, at risk) at the scorer's current setting, and the pooled figures."""
    from services.quality.checks.counselling import crisis

    _clear_crisis()
    per = {}
    for name, rows in items.items():
        tp = fp = pos = 0
        for row in rows:
            flagged = crisis.risk_category(row["text"]) != "none"
            at_risk = row["label"] != "none"
            pos += at_risk
            tp += at_risk and flagged
            fp += flagged and not at_risk
        per[name] = (tp, fp, pos)
    tp = sum(v[0] for v in per.values())
    fp = sum(v[1] for v in per.values())
    pos = sum(v[2] for v in per.values())
    return {"found": tp, "flagged": tp + fp, "at_risk": pos, "precision": round(tp / max(1, tp + fp), 4),
            "recall": round(tp / max(1, pos), 4), "files": {k: list(v) for k, v in per.items()}}


def _passes(r: dict, today: dict) -> bool:
    """Round nineteen's sweep-side clauses: pooled recall rises, pooled precision drops by at most 0.01,
    no file's recall drops."""
    return (r["found"] > today["found"] and r["precision"] >= today["precision"] - 0.01
            and all(r["files"][k][0] >= v[0] for k, v in today["files"].items()))


def sweep_groups(args, scored: Scored, items: dict) -> None:
    """Round nineteen: one group at a time moved off today's point (its floor and threshold, the
    pattern route's threshold being ``pattern_threshold``), the others at today's; then the moves that pass
    the sweep-side clauses alone, combined greedily (fewest false flags per disclosure gained first)."""
    scored.point = TODAY
    scored.groups = {}
    today = _evaluate(items)
    if args.combo:
        scored.groups = _groups(args.combo)
        c = _evaluate(items)
        changed = {k: (v[0] - today["files"][k][0], v[1] - today["files"][k][1]) for k, v in c["files"].items()
                   if v[:2] != today["files"][k][:2]}
        print(f"{args.combo}: found {c['found']} flagged {c['flagged']} P {c['precision']:.4f} R {c['recall']:.4f} "
              f"passes {_passes(c, today)}; files (found, false flags) {changed}")
        return
    counts: dict[str, int] = {}
    for rows in items.values():
        for row in rows:
            got = scored.parts(row["text"])
            if len(got) > 1:
                counts[got[-1]] = counts.get(got[-1], 0) + 1
    print(f"today {TODAY}: found {today['found']} flagged {today['flagged']} P {today['precision']:.4f} "
          f"R {today['recall']:.4f}; turns read per group {counts}")
    moves = []
    for g in GROUPS:
        for floor in _floats(args.floors):
            for t in _floats(args.thresholds if not g.startswith("pattern") else args.pattern_thresholds):
                point = (floor, t, t)
                if point[0] == TODAY[0] and t == (TODAY[2] if g.startswith("pattern") else TODAY[1]):
                    continue
                scored.groups = {g: point}
                r = _evaluate(items)
                r.update(group=g, point=list(point))
                moves.append(r)
    scored.groups = {}
    ok = [r for r in moves if _passes(r, today)]
    print(f"{len(moves)} single-group moves, {len(ok)} pass alone")
    for r in sorted(ok, key=lambda r: (-(r["found"] - today["found"]), r["flagged"]))[:args.top]:
        print(f"  {r['group']} {tuple(r['point'])}: found {r['found'] - today['found']:+d} "
              f"flagged {r['flagged'] - today['flagged']:+d} P {r['precision']:.4f} R {r['recall']:.4f}")
    # greedy: best move per group (most found, then fewest flagged), added while the combination passes
    best: dict[str, dict] = {}
    for r in ok:
        b = best.get(r["group"])
        gain = r["found"] - today["found"]
        if b is None or (gain, -r["flagged"]) > (b["found"] - today["found"], -b["flagged"]):
            best[r["group"]] = r
    order = sorted(best.values(), key=lambda r: (r["flagged"] - today["flagged"]) / max(1, r["found"] - today["found"]))
    chosen: dict[str, tuple] = {}
    combined = today
    for r in order:
        trial = {**chosen, r["group"]: tuple(r["point"])}
        scored.groups = trial
        c = _evaluate(items)
        if _passes(c, today):
            chosen, combined = trial, c
    scored.groups = {}
    print(f"combined {chosen}: found {combined['found']} flagged {combined['flagged']} "
          f"P {combined['precision']:.4f} R {combined['recall']:.4f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"today": today, "moves": moves, "chosen": {k: list(v) for k, v in chosen.items()},
                                               "combined": combined}, indent=0))


def _groups(text: str) -> dict[str, tuple[float, float, float]]:
    """``"pattern/en=0.1,0.125;cue/en=0.125,0.375"``: each group's floor and threshold."""
    out = {}
    for part in filter(None, text.split(";")):
        g, values = part.split("=")
        floor, t = _floats(values)
        out[g] = (floor, t, t)
    return out


def use_model(path: str | None) -> None:
    """(round twenty-two) ``--model PATH``: the runtime's loader returns this file (a retrained candidate, as
    ``bench/risk_validation.py --model`` reads one) instead of the encoder's committed file."""
    if not path:
        return
    m = risk_model.MiniLMRiskModel(Path(path))
    risk_model._minilm_model.cache_clear()
    loader = lambda: m  # noqa: E731
    loader.cache_clear = lambda: None  # type: ignore[attr-defined]
    risk_model._minilm_model = loader


def run(args) -> None:
    point = _floats(args.point)
    assert len(point) == 3, "--point S1_FLOOR,THRESHOLD,PATTERN_THRESHOLD"
    override(point)  # type: ignore[arg-type]
    use_model(args.model)  # loaded after the override, so it holds the point too
    if args.groups:
        # any group's own values, for measuring only: the sweep's ``Scored.learned`` answers what
        # ``crisis`` asks the learned stage (equal to the runtime's at every setting the runtime can hold:
        # ``tests/unit/quality/test_risk_operating_point.py``)
        from services.quality.checks.counselling import crisis

        scored = Scored(risk_model.minilm_model())
        scored.groups = _groups(args.groups)
        crisis.learned_category = scored.learned
        risk_model.learned_category = scored.learned
    sys.argv = [args.bench, *args.rest]
    sys.path.insert(0, str(Path(args.bench).resolve().parent))
    runpy.run_path(args.bench, run_name="__main__")


def write(args) -> None:
    """``MODEL`` with ``--point``'s three values (``write``), written deterministically."""
    import numpy as np
    from train_risk_minilm import write_npz

    s1, t, pt = _floats(args.point)
    with np.load(args.model) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["s1_floor"] = np.array(s1, dtype=arrays["s1_floor"].dtype)
    arrays["threshold"] = np.array(t, dtype=arrays["threshold"].dtype)
    arrays["pattern_threshold"] = np.array(pt, dtype=arrays["pattern_threshold"].dtype)
    for k, v in (("pattern_s1_floor_en", s1), ("pattern_s1_floor_other", s1), ("pattern_threshold_en", pt),
                 ("pattern_threshold_other", pt)):
        if k in arrays:
            arrays[k] = np.array(v, dtype=arrays[k].dtype)
    out = Path(args.out or args.model)
    write_npz(out, arrays)  # the trainer's writer: fixed zip entry times, the same arrays give the same md5
    print(f"wrote {out}: s1_floor {s1}, threshold {t}, pattern_threshold {pt}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("sweep", "groups"):  # the grid both walk
        grid = sub.add_parser(name)
        grid.add_argument("--floors", default=",".join(map(str, FLOORS)))
        grid.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)))
        grid.add_argument("--pattern-thresholds", default=",".join(map(str, PATTERN_THRESHOLDS)))
        grid.add_argument("--files", default="")
        grid.add_argument("--top", type=int, default=30)
        grid.add_argument("--json")
        grid.add_argument("--model", help="a model file to sweep instead of the committed one (round twenty-two)")
    gr = sub.choices["groups"]
    gr.add_argument("--combo", default="", help="only this combination, e.g. 'pattern/en=0.1,0.125'")
    r = sub.add_parser("run")
    r.add_argument("--point", required=True)
    r.add_argument("--groups", default="", help="e.g. 'pattern/en=0.1,0.125;cue/en=0.125,0.375' (measuring only)")
    r.add_argument("--model", help="a model file instead of the committed one (round twenty-two)")
    r.add_argument("bench")
    r.add_argument("rest", nargs=argparse.REMAINDER)
    w = sub.add_parser("write")
    w.add_argument("--point", required=True)
    w.add_argument("--out")
    w.add_argument("model")
    args = ap.parse_args()
    if args.cmd == "write":
        return write(args)
    sweep(args) if args.cmd in ("sweep", "groups") else run(args)


if __name__ == "__main__":
    main()
