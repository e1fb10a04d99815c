"""The risk stage's rule figures for a learned-stage model file, read by the runtime detector: on
``risk_valid_v3``, ``risk_valid_lang``, ``risk_valid_v4``, ``risk_valid_v5`` and (round seven)
``risk_valid_v6`` and (rounds eight and nine) ``risk_valid_v7``, ``risk_valid_v8`` and (thirteenth session) ``risk_valid_v9`` and (fourteenth session) ``risk_valid_v10``, ``risk_valid_v10_use``, ``risk_valid_v11``, ``risk_valid_v11_use`` and ``risk_valid_v11_langs`` and (fifteenth session) ``risk_valid_v12`` and ``risk_valid_v12_use`` and (sixteenth session) ``risk_valid_v13`` and ``risk_valid_v13_langs`` and (seventeenth session) ``risk_valid_v14`` and (eighteenth session) ``risk_valid_v15`` and (nineteenth session) ``risk_valid_v16`` and (twentieth session) ``risk_valid_v17`` and (twenty-first session) ``risk_valid_v18`` and (twenty-second session) ``risk_valid_v20`` and (written blind) ``risk_valid_indep22``, ``risk_valid_indep23`` and (twenty-third session) ``risk_valid_v23`` and (twenty-ninth session, written blind, then mended from) ``risk_valid_v29`` and (thirtieth session, written blind in English, then mended from) ``risk_valid_v30`` and (thirtieth session, written blind in eleven languages, then mended from) ``risk_valid_v30_langs`` and (thirty-first session, written blind in English from writers unlike the earlier ones, then mended from) ``risk_valid_v31`` and (thirty-first session, written blind in ten languages, then mended from) ``risk_valid_v31_langs`` and (thirty-first session, written blind in other Englishes, then mended from) ``risk_valid_v31c`` and (thirty-second session, written blind in fifteen languages, then mended from) ``risk_valid_v32`` and (thirty-third session, written blind in twelve languages, then mended from) ``risk_valid_v33_langs`` and (thirty-third session, written blind in English from unseen writers and dialects, then mended from) ``risk_valid_v33`` and (thirty-fourth session, written blind in English weighted to self-injury in plain words, then mended from) ``risk_valid_v34`` and (thirty-fourth session, written blind in French, Chinese, code-switched English and five more languages, then mended from) ``risk_valid_v34c`` and (thirty-fourth session, written blind in French, Chinese and nine more languages, then mended from) ``risk_valid_v34_langs`` and (thirty-fifth session, written blind in French, Chinese and ten more languages, then mended from) ``risk_valid_v35_langs`` and (thirty-fifth session, written blind in seventeen languages weighted to self-injury in plain words, then mended from) ``risk_valid_v35_nssi`` and (thirty-sixth session, written blind in French and Chinese the way natives type, then mended from) ``risk_valid_v36_frzh`` and (thirty-sixth session, written blind in English weighted to plans, methods, intent and wishes told without death words, then mended from) ``risk_valid_v36_en`` (``evaluation.evaluate_risk``: precision, recall, at-risk turns found) and the ``general_val``
client turns tagged moderate/high (``bench/general_false_positives.py``'s measure, the whole
assessment). Never reads a held-out file.

    [DP_RISK_ENCODER=USE] python bench/risk_validation.py [--model PATH] [--json] [--floor-scale X] [--cueless-floor F]

``--cueless-floor F`` (thirtieth session): a probe of ``risk_model.FOREIGN_CUELESS_FLOOR``, a separate first-look
floor for routed turns with no pattern and no cue in a language other than English (off by default).

``--model``: a file written by ``bench/train_risk_minilm.py --out PATH`` (default: the encoder's
committed file, ``risk_model.minilm_path``); it must name the encoder ``DP_RISK_ENCODER`` names.

    python bench/risk_validation.py --losses FILE [FILE ...] [--show]
    python bench/risk_validation.py --files FILE [FILE ...]

    python bench/risk_validation.py --refs FILE [FILE ...] [--split train|valid] [--show]

(thirty-seventh session) ``--refs``: a labelled file that refers to CounselChat rows (``*.refs``, resolved by
``bench/corpora.py:counselchat_refs``; ``at_risk`` and ``category`` in place of ``label`` and ``negative_kind``),
read as ``--files`` reads a file, one reading a ``split`` (both by default), with the false flags by stage
(``pattern``: ``risk.classify`` of stage one; ``learned``: the learned stage alone) and their ids; ``--show``
prints the text of the ``train`` half's false flags and misses only.

(thirty-third session) ``--files``: one reading of the named files (a new blind file's first reading): precision,
recall, recall by category and by language, false flags by kind of hard negative and by language.

(round twenty) Where each file's missed at-risk turns are lost, counted by stage: ``alone`` (a rule of
``crisis.risk_category`` decided "none" before the learned stage: harm by others, everyday, injury or third
person alone), ``no_cue`` (the router: no pattern and no cue), ``task``, ``first_look`` (under the first
look's floor), ``threshold`` (the learned stage read it and scored it under its threshold), each with the
turn's language; and the false flags by who flagged them (a pattern or the learned stage alone). ``--show``
prints the missed turns' text, for training files only (a validation file's misses are never printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling import risk_model  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
VALIDATION = ("risk_valid_v3.jsonl", "risk_valid_lang.jsonl", "risk_valid_v4.jsonl", "risk_valid_v5.jsonl",
              "risk_valid_v6.jsonl", "risk_valid_v7.jsonl", "risk_valid_v8.jsonl", "risk_valid_v9.jsonl",
              "risk_valid_v10.jsonl", "risk_valid_v10_use.jsonl", "risk_valid_v11.jsonl", "risk_valid_v11_use.jsonl",
              "risk_valid_v11_langs.jsonl", "risk_valid_v12.jsonl",
              "risk_valid_v12_use.jsonl", "risk_valid_v13.jsonl", "risk_valid_v13_langs.jsonl",
              "risk_valid_v14.jsonl", "risk_valid_v15.jsonl", "risk_valid_v16.jsonl",
              "risk_valid_v17.jsonl", "risk_valid_v18.jsonl", "risk_valid_v20.jsonl",
              "risk_valid_indep22.jsonl", "risk_valid_indep23.jsonl", "risk_valid_v23.jsonl",
              "risk_valid_v29.jsonl", "risk_valid_v30.jsonl", "risk_valid_v30_langs.jsonl",
              "risk_valid_v31.jsonl", "risk_valid_v31_langs.jsonl",
              "risk_valid_v31c.jsonl", "risk_valid_v32.jsonl",
              "risk_valid_v33_langs.jsonl", "risk_valid_v33.jsonl",
              "risk_valid_v34.jsonl", "risk_valid_v34c.jsonl",
              "risk_valid_v34_langs.jsonl", "risk_valid_v35_langs.jsonl", "risk_valid_v35_nssi.jsonl",
              "risk_valid_v36_frzh.jsonl", "risk_valid_v36_en.jsonl")


def loss_stage(text: str) -> str:
    """Where the runtime loses an at-risk turn that ``crisis.risk_category`` reads "none"."""
    from services.quality.checks.counselling import crisis as c

    read = c.reading(text)
    if c.harm_alone(read) or c.everyday_alone(read) or c.injury_alone(read) or c.third_alone(read):
        return "alone"
    rest = c._negated_rest(read)
    if rest == "":
        return "negated"
    target = rest if rest is not None else (c._denial_rest(read) or read)
    m = risk_model.minilm_model()
    route = risk_model._route(m, target)
    return route if isinstance(route, str) else "threshold"


def losses(paths: list[Path], show: bool) -> None:
    from collections import Counter

    from services.quality.checks.counselling import crisis as c
    from services.quality.checks.counselling import risk as r

    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        lost: Counter = Counter()
        by_lang: Counter = Counter()
        false_flags: Counter = Counter()
        shown = []
        for row in rows:
            got = c.risk_category(row["text"])
            if row["label"] != "none" and got == "none":
                stage = loss_stage(row["text"])
                lost[stage] += 1  # noqa
                by_lang[(stage, row.get("lang", "en"))] += 1
                shown.append((stage, row.get("lang", "en"), row["label"], row["text"]))
            elif row["label"] == "none" and got != "none":
                who = "pattern" if r.classify(c.reading(row["text"]))[0] != "none" else "learned"
                false_flags[who] += 1
                shown.append((f"false flag by {who}: {got}", row.get("lang", "en"), row.get("negative_kind"), row["text"]))
        at_risk = sum(row["label"] != "none" for row in rows)
        print(f"{path.name}: {at_risk} at risk, {sum(lost.values())} missed: {dict(lost)}; false flags {dict(false_flags)}")
        print("  by stage and language: " + ", ".join(f"{s}/{lang} {n}" for (s, lang), n in sorted(by_lang.items())))
        if show and "_valid" not in path.name and "heldout" not in path.name and not path.name.endswith("_val.jsonl"):
            for stage, lang, label, text in sorted(shown):
                print(f"    [{stage}] {lang} {label}: {text}")


def files_report(paths: list[Path]) -> None:
    """(thirty-third session) One reading of the named files: precision and recall, recall by category and by
    language, false flags by kind of hard negative and by language (no text printed)."""
    from collections import Counter

    from services.quality.evaluation import evaluate_risk

    for path in paths:
        r = evaluate_risk(path)
        rows = {json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()}
        negatives = Counter(row.get("lang", "en") for row in rows.values() if row["label"] == "none")
        false_by_lang = Counter(rows[m["id"]].get("lang", "en") for m in r["mistakes"] if m["expected"] == "none")
        print(f"{path.name}: P {r['at_risk_precision']:.3f} R {r['at_risk_recall']:.3f} "
              f"(category accuracy {r['category_accuracy']:.3f}, {r['examples']} turns)")
        print("  recall by category: " + ", ".join(f"{k} {v:.3f}" for k, v in r["recall_by_category"].items()))
        print("  recall by language: " + ", ".join(f"{k} {v:.3f}" for k, v in r["recall_by_language"].items()))
        print("  false flags by kind: " + ", ".join(f"{k} {v:.3f}" for k, v in
                                                   r["false_positive_rate_by_negative_kind"].items()))
        print("  false flags by language: " + ", ".join(f"{k} {false_by_lang[k]}/{n}" for k, n in sorted(negatives.items())))


def refs_report(paths: list[Path], splits: list[str], show: bool) -> None:
    """(thirty-seventh session) ``--refs``: each split of a CounselChat reference file, read as ``files_report``
    reads a file, with the false flags and misses by stage and id (text for the train half with ``show``)."""
    import tempfile

    from corpora import counselchat_refs

    from services.quality.checks.counselling import crisis as c
    from services.quality.checks.counselling import risk as r

    for path in paths:
        resolved = counselchat_refs(path)
        for split in splits:
            rows = [o for o in resolved if o["split"] == split]
            with tempfile.TemporaryDirectory() as tmp:
                tmp_path = Path(tmp) / f"{path.stem}_{split}.jsonl"
                tmp_path.write_text("".join(json.dumps(
                    {"id": o["id"], "text": o["client"], "lang": o["lang"],
                     "label": o["category"] if o["at_risk"] else "none",
                     "negative_kind": None if o["at_risk"] else o["category"]}, ensure_ascii=False) + "\n"
                    for o in rows), encoding="utf-8")
                files_report([tmp_path])
                from services.quality.evaluation import evaluate_risk

                mistakes = evaluate_risk(tmp_path)["mistakes"]
            text = {o["id"]: o["client"] for o in rows}
            for m in mistakes:
                if m["expected"] == "none":
                    who = "pattern" if r.classify(c.reading(text[m["id"]]))[0] != "none" else "learned"
                    kind = f"false flag by {who}: {m['got']}"
                else:
                    kind = f"missed {m['expected']}"
                print(f"    {m['id']} [{kind}]" + (f": {text[m['id']]}" if show and split == "train" else ""))


def main() -> None:
    if "--refs" in sys.argv:
        ap = argparse.ArgumentParser()
        ap.add_argument("--refs", nargs="+", type=Path, required=True)
        ap.add_argument("--split", choices=("train", "valid"), action="append")
        ap.add_argument("--show", action="store_true")
        args = ap.parse_args()
        assert not any("heldout" in p.name for p in args.refs), "never a held-out file"
        refs_report([p if p.exists() else LABELLED / p for p in args.refs], args.split or ["train", "valid"], args.show)
        return
    if "--losses" in sys.argv:
        ap = argparse.ArgumentParser()
        ap.add_argument("--losses", nargs="+", type=Path, required=True)
        ap.add_argument("--show", action="store_true")
        args = ap.parse_args()
        assert not any("heldout" in p.name for p in args.losses), "never a held-out file"
        losses([p if p.exists() else LABELLED / p for p in args.losses], args.show)
        return
    if "--files" in sys.argv:
        ap = argparse.ArgumentParser()
        ap.add_argument("--files", nargs="+", type=Path, required=True)
        args = ap.parse_args()
        assert not any("heldout" in p.name for p in args.files), "never a held-out file"
        files_report([p if p.exists() else LABELLED / p for p in args.files])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--floor-scale", type=float, default=None,
                    help="a probe: every first-look floor of the model times this (0: every routed turn is scored)")
    ap.add_argument("--cueless-floor", type=float, default=None,
                    help="a probe (thirtieth session): the first-look floor of routed turns with no pattern and no cue "
                         "in a language other than English (risk_model.FOREIGN_CUELESS_FLOOR; off by default)")
    args = ap.parse_args()
    if args.cueless_floor is not None:
        risk_model.FOREIGN_CUELESS_FLOOR = args.cueless_floor
    if args.model:
        m = risk_model.MiniLMRiskModel(args.model)
        risk_model._minilm_model.cache_clear()
        risk_model._minilm_model = lambda: m  # the runtime's loader, pointed at this file
    m = risk_model.minilm_model()
    assert m is not None, "no learned stage"
    if args.floor_scale is not None:
        m.s1_floor *= args.floor_scale
        m.pattern_s1_floor_en *= args.floor_scale
        m.pattern_s1_floor_other *= args.floor_scale
    from general_false_positives import general_records, measure

    from services.quality.evaluation import evaluate_risk

    out = {"encoder": m.encoder, "route_foreign": m.route_foreign, "model": str(args.model or risk_model.minilm_path())}
    found = 0
    for name in VALIDATION:
        r = evaluate_risk(LABELLED / name)
        at_risk = sum(json.loads(line)["label"] != "none" for line in (LABELLED / name).read_text().splitlines() if line.strip())
        tp = round(r["at_risk_recall"] * at_risk)
        found += tp
        flagged = round(tp / r["at_risk_precision"]) if r["at_risk_precision"] else 0
        out[name] = {"precision": r["at_risk_precision"], "recall": r["at_risk_recall"], "found": tp, "at_risk": at_risk,
                     "flagged": flagged,
                     "recall_by_language": r.get("recall_by_language")}
    out["found_all"] = found
    out["flagged_all"] = sum(out[name]["flagged"] for name in VALIDATION)
    out["at_risk_all"] = sum(out[name]["at_risk"] for name in VALIDATION)
    g = measure(general_records(), "general_val.json", 0)
    out["general_val_moderate_high"] = g["risk_turns_moderate_high"]
    out["stage_counts"] = dict(risk_model.STAGE_COUNTS)
    if args.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    print(f"{out['encoder']} route_foreign={out['route_foreign']} found {found} of {out['at_risk_all']}, "
          f"{out['flagged_all']} flagged; general_val moderate/high {out['general_val_moderate_high']}")
    for name in VALIDATION:
        v = out[name]
        print(f"  {name}: R {v['recall']:.3f} / P {v['precision']:.3f} ({v['found']} of {v['at_risk']}, {v['flagged']} flagged)")


if __name__ == "__main__":
    main()
