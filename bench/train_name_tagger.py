"""Train the learned name tagger (``shared/pii/name_tagger.py``, PII round twenty-three) on the PII
TRAINING files only: ``pii.jsonl``, ``pii_tuning.jsonl`` and every ``pii_train_*.jsonl`` (never a
``pii_valid_*`` or held-out file), with the client turns and answers of ``general_train.jsonl`` (the
general-domain training negatives) as texts without a name.

    python bench/train_name_tagger.py [--out DIR] [--no-gazetteer] [--no-words] [--no-general]
        [--C 8] [--select net|precision] [--precision 0.95] [--files F ...]
        [--veto] [--first-person pronoun|endings] [--knowledge]
        [--all-writers] [--runtime-cues] [--fold-models DIR] [--fit-training-only] [--threshold T]

The detector's model (``shared/pii/data``, PII round twenty-six) is made by
``--no-gazetteer --select net --veto --first-person pronoun --knowledge --out shared/pii/data``.

Each candidate token (a capitalised name-shaped token, not one of the detector's common words, not
opening a sentence or a line, outside and not next to the spans of every other kind the rules found)
is a row; it is a positive when it lies in an occurrence of one of the text's NAME span texts. A
logistic regression (``liblinear``, L2, ``--C``) is fitted on hashed binary features. The threshold
is chosen by 5-fold cross-validation on the same files (fold = item index mod 5): the out-of-fold
probabilities are used as the detector would use them (only tokens no rule NAME span covers or
touches, runs of capitalised tokens whole), and each threshold of 0.50, 0.51, ..., 0.99, 0.995,
0.998, 0.999 is scored by the NAME spans the tagger ADDS (kind and text as ``evaluate_pii`` counts
them, against the labels the rules left unfound). ``--select net`` (default) takes the threshold with
the most true added spans net of false ones; ``--select precision`` the lowest one at which the
detector's NAME precision (rules and tagger, out of fold) reaches ``--precision`` (the rules alone read
0.948 on these files, so it falls back to 0.999). Writes ``name_tagger.npy`` (float32 weights),
``name_tagger_words.npy`` (the lower-case words of the training text, a bit set) and
``name_tagger.json`` (bias, threshold, options, the cross-validation table) in ``--out`` (default
``/tmp/name_tagger``: the detector does not read the tagger, see docs/quality.md). Deterministic: two
runs give the same files (md5).
"""

from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's packages first)

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.pii import detect, name_rules, name_tagger  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
C = 8.0  # chosen by the same cross-validation among 0.1, 0.5, 2, 8, 32 (docs/quality.md)
FOLDS = 5


def training_files() -> list[Path]:
    files = [LABELLED / "pii.jsonl", LABELLED / "pii_tuning.jsonl"] + sorted(LABELLED.glob("pii_train_*.jsonl"))
    for f in files:
        if "heldout" in f.name or "valid" in f.name:
            raise SystemExit(f"refused: {f.name} is not a training file")
    return files


BLIND = ("pii_valid_indep22.jsonl", "pii_valid_indep23.jsonl", "pii_valid_v36_names.jsonl")


def all_writer_files() -> list[Path]:
    """The training files and every validation file but ``BLIND``, sorted by name (nameall37)."""
    files = sorted(training_files() + list(LABELLED.glob("pii_valid_*.jsonl")), key=lambda f: f.name)
    files = [f for f in files if f.name not in BLIND]
    for f in files:
        if "heldout" in f.name or f.name in BLIND:
            raise SystemExit(f"refused: {f.name} is not a training file")
    return files


def load(files: list[Path]) -> list[dict]:
    items = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def general_negatives() -> list[dict]:
    """``general_train.jsonl``'s client turns and answers (general-domain negatives written for the
    project, a training file: no person's name) as texts without a NAME span."""
    out = []
    for line in (LABELLED / "general_train.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out += [{"text": row[k], "spans": []} for k in ("client", "reply") if row.get(k)]
    return out


def positives(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Character spans of the labelled names in ``text``: each label's occurrences at word bounds, as
    many as the label is counted."""
    out = []
    for name, count in Counter(names).items():
        at, found = 0, 0
        while found < count:
            j = text.find(name, at)
            if j < 0:
                break
            at = j + 1
            if (j > 0 and text[j - 1].isalnum()) or (j + len(name) < len(text) and text[j + len(name)].isalnum()):
                continue
            out.append((j, j + len(name)))
            found += 1
    return out


# The risk, replies and general training files whose words the word bit reads, frozen (twenty-seventh
# session): until then every such file was read by a glob, so a new risk or replies training file changed
# the committed tagger (and its md5 test asked for a retrain) though the tagger was not its purpose. A new
# PII training file still enters (it is the tagger's training data); ``--vocabulary-glob`` reads every
# training file again, for a deliberate refresh (the list in the model's meta then says what was read).
VOCABULARY_FILES = (
    "general_train.jsonl",
    "replies_train_extra.jsonl", "replies_train_v10.jsonl", "replies_train_v11.jsonl", "replies_train_v12.jsonl",
    "replies_train_v13.jsonl", "replies_train_v14.jsonl", "replies_train_v15.jsonl", "replies_train_v23.jsonl",
    "replies_train_v23b.jsonl", "replies_train_v25.jsonl", "replies_train_v5.jsonl", "replies_train_v6.jsonl",
    "replies_train_v7.jsonl", "replies_train_v8.jsonl", "replies_train_v9.jsonl", "replies_tuning.jsonl",
    "replies_written3_train.jsonl", "replies_written4_train.jsonl", "replies_written_train.jsonl",
    "risk_train_everyday.jsonl", "risk_train_everyday_en.jsonl", "risk_train_everyday_langs.jsonl",
    "risk_train_everyday_long.jsonl", "risk_train_extra.jsonl", "risk_train_lang.jsonl", "risk_train_more.jsonl",
    "risk_train_stockpile_en.jsonl", "risk_train_v10.jsonl", "risk_train_v10_use.jsonl", "risk_train_v11.jsonl",
    "risk_train_v11_langs.jsonl", "risk_train_v11_use.jsonl", "risk_train_v12.jsonl", "risk_train_v12_use.jsonl",
    "risk_train_v13.jsonl", "risk_train_v13_langs.jsonl", "risk_train_v14.jsonl", "risk_train_v15.jsonl",
    "risk_train_v16.jsonl", "risk_train_v17.jsonl", "risk_train_v20.jsonl", "risk_train_v23.jsonl",
    "risk_train_v3.jsonl", "risk_train_v4.jsonl", "risk_train_v5.jsonl", "risk_train_v6.jsonl", "risk_train_v7.jsonl",
    "risk_train_v8.jsonl", "risk_train_v9.jsonl", "risk_train_wordsalad.jsonl", "risk_tuning.jsonl",
)


def vocabulary_files(glob: bool = False) -> list[Path]:
    """The files the word bit reads: every PII training file (and ``pii.jsonl``) and ``VOCABULARY_FILES``, or
    with ``glob`` every risk, replies, general and PII training file (the list before the freeze)."""
    def training(f: Path) -> bool:
        return (("train" in f.name or "tuning" in f.name) and "heldout" not in f.name and "valid" not in f.name
                and f.name.split("_")[0] in (("risk", "replies", "general", "pii") if glob else ("pii",)))

    found = [f for f in sorted(LABELLED.glob("*.jsonl")) if training(f)]
    if not glob:
        found = sorted(found + [LABELLED / n for n in VOCABULARY_FILES], key=lambda f: f.name)
    return found + [LABELLED / "pii.jsonl"]


def vocabulary(glob: bool = False) -> np.ndarray:
    """The lower-case words of the project's training text as a bit set (``name_tagger.WORD_BITS`` bits,
    ``name_tagger.word_hash``): the client turns and replies of ``vocabulary_files``' risk, replies and general
    training files, and the PII training texts without their NAME spans (lower-case names: "me and connor")."""
    bits = np.zeros(name_tagger.WORD_BITS // 8, dtype=np.uint8)
    names = vocabulary_files(glob)

    def strings(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for k, v in x.items():
                if k not in ("id", "spans", "label", "lang", "topic", "reasons", "negative_kind"):
                    yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)

    for f in names:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            texts = list(strings(row))
            if f.name.startswith("pii"):
                for span in row.get("spans", []):
                    if span["kind"] == "NAME":
                        texts = [t.replace(span["text"], " ") for t in texts]
            for t in texts:
                for m in name_tagger._WORD.finditer(t):
                    w = m.group(0)
                    if w.islower():
                        h = name_tagger.word_hash(w)
                        bits[h >> 3] |= 1 << (h & 7)
    return bits


def rows(item: dict, gazetteer: bool, words_set=None, drop: frozenset = frozenset(), runtime_cues: bool = False):
    """(feature indices, label) of each candidate token of ``item``, and what the detector needs to
    simulate the tagger on it: the rules' spans, the candidates it would score."""
    text = item["text"]
    # piiblind31: the institution pass (``detect._drop_institution_names``) runs after the tagger, which never sees its
    # drops; the rows are read without it, as the committed model was trained
    # piiblind31b: so are the rows read without that session's name cues and drops (``detect.NAME_CUES_31B``)
    saved, detect.DROP_INSTITUTIONS = detect.DROP_INSTITUTIONS, False
    saved_cues, detect.NAME_CUES_31B = detect.NAME_CUES_31B, False
    # piiblind36a: and without the thirty-sixth session's name cues (``name_rules.CUES_36A``)
    # (nameall37: ``runtime_cues`` keeps them on, as the detector runs them before the tagger)
    saved_36a, name_rules.CUES_36A = name_rules.CUES_36A, bool(runtime_cues)
    try:
        rule = detect.find_pii(text)  # the rules (the tagger is not wired into the detector)
    finally:
        detect.DROP_INSTITUTIONS = saved
        detect.NAME_CUES_31B = saved_cues
        name_rules.CUES_36A = saved_36a
    other = [(s.start, s.end) for s in rule if s.kind != "NAME"]
    rule_names = [(s.start, s.end) for s in rule if s.kind == "NAME"]
    gold = positives(text, [s["text"] for s in item["spans"] if s["kind"] == "NAME"])
    words = [m.span() for m in name_tagger._WORD.finditer(text)]
    index = {s: i for i, (s, _e) in enumerate(words)}
    out = []
    for s, e in name_tagger.candidates(text, other):
        i = index.get(s)
        if i is None:
            continue
        covered = any(a <= e + 1 and s - 1 <= b for a, b in rule_names)  # as ``candidates`` leaves out
        rule_name = any(not (a < e and s < b) for a, b in rule_names)
        label = any(a <= s and e <= b for a, b in gold)
        out.append((s, e, covered, name_tagger.hashed(name_tagger.features(text, words, i, rule_name, gazetteer, words_set, drop)),
                    int(label)))
    return rule, out


def matrix(feats: list[list[int]]) -> csr_matrix:
    indptr, indices = [0], []
    for f in feats:
        u = sorted(set(f))
        indices.extend(u)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                      shape=(len(feats), name_tagger.DIM))


def fit(X, y, c: float = C) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(X, y)
    return model


def added(items, prepared, probs_by_item, threshold: float, gates: dict | None = None) -> tuple[int, int]:
    """(true, false) NAME spans the tagger adds over the rules at ``threshold``; with ``gates`` (a model meta's
    ``veto``, ``knowledge`` and ``first_person``) as the detector applies them (nameall37's ``--select-gated``)."""
    tp = fp = 0
    gates = gates or {}
    for item, (rule, toks), probs in zip(items, prepared, probs_by_item):
        text = item["text"]
        expected = Counter(s["text"] for s in item["spans"] if s["kind"] == "NAME")
        expected.subtract(Counter(s.text for s in rule if s.kind == "NAME"))
        scored = [(s, e, p) for (s, e, covered, _f, _y), p in zip(toks, probs) if not covered
                  and not (gates.get("veto") and name_tagger.vetoed(text, s, e))
                  and not (gates.get("knowledge") and name_tagger.known(text, s, e))]
        gate = gates.get("first_person")
        if gate and not name_tagger._FIRST_PERSON.search(text) and \
                not (gate == "endings" and name_tagger._FIRST_PERSON_ENDINGS.search(text)):
            continue
        for s, e in name_tagger.runs(text, scored, threshold):
            if expected[text[s:e]] > 0:
                expected[text[s:e]] -= 1
                tp += 1
            else:
                fp += 1
    return tp, fp


def main(argv=None) -> None:
    enabled = name_tagger.ENABLED
    name_tagger.ENABLED = False  # the rules alone: the tagger learns what they leave, never from its own spans
    try:
        train(argv)
    finally:
        name_tagger.ENABLED = enabled


def train(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp/name_tagger"))
    ap.add_argument("--C", type=float, default=C, help="the inverse L2 strength of the logistic regression")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--no-words", action="store_true", help="without the training text's lower-case words")
    ap.add_argument("--no-general", action="store_true", help="without general_train.jsonl's turns as negatives")
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--drop", nargs="*", default=[], choices=name_tagger.FAMILIES,
                    help="feature families left out (name_tagger.FAMILIES), to measure what each buys out of fold")
    ap.add_argument("--select", choices=("precision", "net"), default="net",
                    help="precision: the lowest threshold whose out-of-fold NAME precision (rules and tagger) "
                         "is at least --precision; net: the threshold adding the most true spans net of false ones")
    ap.add_argument("--veto", action="store_true",
                    help="the model's meta asks the detector for the veto of its other lists (name_tagger.vetoed)")
    ap.add_argument("--first-person", choices=("pronoun", "endings"),
                    help="the model's meta asks for the first-person gate: a first-person word (pronoun), or also "
                         "a first-person verb of the languages that drop the pronoun (endings)")
    ap.add_argument("--knowledge", action="store_true",
                    help="the model's meta asks for the veto of drugs, countries and subdivisions (name_tagger.known)")
    ap.add_argument("--vocabulary-glob", action="store_true",
                    help="the word bit reads every risk, replies and general training file found by name, not the "
                         "frozen VOCABULARY_FILES (a deliberate refresh; the meta lists what was read)")
    ap.add_argument("--all-writers", action="store_true",
                    help="every PII training and validation file but BLIND, folds grouped by file (nameall37)")
    ap.add_argument("--runtime-cues", action="store_true",
                    help="the rows read with name_rules.CUES_36A on, as the detector runs them before the tagger")
    ap.add_argument("--fold-models", type=Path, help="also write each fold's model in DIR/fold<k> and DIR/folds.json")
    ap.add_argument("--fit-training-only", action="store_true",
                    help="fit on the training files' rows only (the committed design on the all-writers folds)")
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the selected one")
    ap.add_argument("--select-gated", action="store_true",
                    help="the out-of-fold table read with the gates the detector applies (--veto, --knowledge, "
                         "--first-person), as the runtime adds spans (nameall37)")
    args = ap.parse_args(argv)
    files = args.files or (all_writer_files() if args.all_writers else training_files())
    gazetteer = not args.no_gazetteer
    items, origin = [], []
    for f in files:
        loaded = load([f])
        items += loaded
        origin += [f.name] * len(loaded)
    if not args.files and not args.no_general:
        negatives = general_negatives()
        items += negatives
        origin += ["general_train.jsonl"] * len(negatives)
    bits = None if args.no_words else vocabulary(args.vocabulary_glob)
    words_set = None if bits is None else bits.tolist()
    drop = frozenset(args.drop)
    prepared = [rows(item, gazetteer, words_set, drop, args.runtime_cues) for item in items]
    flat = [(k, t) for k, (_r, toks) in enumerate(prepared) for t in toks]
    X = matrix([t[3] for _k, t in flat])
    y = np.array([t[4] for _k, t in flat])
    if args.all_writers:  # a file's texts in one fold (a writer not seen); general_train's negatives by text
        file_fold = {f.name: i % FOLDS for i, f in enumerate(files)}
        item_fold = [k % FOLDS if o == "general_train.jsonl" else file_fold[o] for k, o in enumerate(origin)]
    else:
        file_fold, item_fold = {}, [k % FOLDS for k in range(len(items))]
    fold_of = np.array([item_fold[k] for k, _t in flat])
    fittable = np.array([not (args.fit_training_only and "valid" in origin[k]) for k, _t in flat], dtype=bool)
    oof = np.zeros(len(flat))
    fold_fits = {}
    for fold in range(FOLDS):
        train, test = (fold_of != fold) & fittable, fold_of == fold
        if y[train].min() == y[train].max():
            continue
        fold_fits[fold] = fit(X[train], y[train], args.C)
        oof[test] = fold_fits[fold].predict_proba(X[test])[:, 1]
    probs_by_item, at = [], 0
    for _r, toks in prepared:
        probs_by_item.append(oof[at:at + len(toks)].tolist())
        at += len(toks)
    table = []
    gates = {"veto": args.veto, "knowledge": args.knowledge, "first_person": (
        True if args.first_person == "pronoun" else args.first_person)} if args.select_gated else None
    for threshold in [t / 100 for t in range(50, 100)] + [0.995, 0.998, 0.999]:
        tp, fp = added(items, prepared, probs_by_item, threshold, gates)
        table.append({"threshold": threshold, "tp": tp, "fp": fp,
                      "precision": round(tp / (tp + fp), 4) if tp + fp else None})
    rule_tp = rule_fp = 0
    for item, (rule, _toks) in zip(items, prepared):
        expected = Counter(s["text"] for s in item["spans"] if s["kind"] == "NAME")
        found = Counter(s.text for s in rule if s.kind == "NAME")
        hit = sum((expected & found).values())
        rule_tp, rule_fp = rule_tp + hit, rule_fp + sum(found.values()) - hit
    for r in table:
        r["name_precision"] = round((rule_tp + r["tp"]) / (rule_tp + rule_fp + r["tp"] + r["fp"]), 4)
    if args.threshold is not None:
        chosen = next((r for r in table if r["threshold"] == args.threshold), None)
        if chosen is None:
            raise SystemExit(f"--threshold {args.threshold} is not one of the table's")
    elif args.select == "net":  # the most true spans net of false ones; the higher threshold on a tie
        chosen = max(reversed(table), key=lambda r: r["tp"] - r["fp"])
    else:  # the lowest threshold at which the detector's NAME precision (rules and tagger) holds
        chosen = next((r for r in table if r["name_precision"] >= args.precision), table[-1])
    model = fit(X[fittable], y[fittable], args.C)
    weights = model.coef_[0].astype(np.float32)
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "name_tagger.npy", weights, allow_pickle=False)
    if bits is not None:
        np.save(args.out / "name_tagger_words.npy", bits, allow_pickle=False)
    meta = {
        "bias": float(np.float32(model.intercept_[0])),
        "threshold": chosen["threshold"],
        "gazetteer": gazetteer,
        "words": bits is not None,
        **({"drop": sorted(drop)} if drop else {}),
        # options the detector applies (not the training nor the out-of-fold table below, which read every candidate)
        **({"veto": True} if args.veto else {}),
        **({"first_person": True if args.first_person == "pronoun" else "endings"} if args.first_person else {}),
        **({"knowledge": True} if args.knowledge else {}),
        "dim": name_tagger.DIM,
        "C": args.C,
        "target_precision": args.precision,
        "select": args.select,
        "rules_name": {"tp": rule_tp, "fp": rule_fp},
        "files": [f.name for f in files],
        **({"folds": "by file", "fit_training_only": args.fit_training_only} if args.all_writers else {}),
        **({"runtime_cues": True} if args.runtime_cues else {}),
        **({"select_gated": True} if args.select_gated else {}),
        **({"vocabulary_files": [f.name for f in vocabulary_files(args.vocabulary_glob)]} if bits is not None else {}),
        "texts": len(items),
        "candidates": int(len(y)),
        "positives": int(y.sum()),
        "cross_validation": table,
    }
    (args.out / "name_tagger.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    if args.fold_models is not None:
        for fold, fitted in fold_fits.items():
            d = args.fold_models / f"fold{fold}"
            d.mkdir(parents=True, exist_ok=True)
            np.save(d / "name_tagger.npy", fitted.coef_[0].astype(np.float32), allow_pickle=False)
            if bits is not None:
                np.save(d / "name_tagger_words.npy", bits, allow_pickle=False)
            fold_meta = {k: v for k, v in meta.items() if k != "cross_validation"}
            fold_meta["bias"] = float(np.float32(fitted.intercept_[0]))
            fold_meta["fold"] = fold
            (d / "name_tagger.json").write_text(json.dumps(fold_meta, indent=1) + "\n", encoding="utf-8")
        (args.fold_models / "folds.json").write_text(json.dumps(file_fold, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} texts, {len(y)} candidates, {int(y.sum())} positives; rules' NAME {rule_tp} true, "
          f"{rule_fp} false; threshold {chosen['threshold']} (out-of-fold added spans: {chosen['tp']} true, "
          f"{chosen['fp']} false; NAME precision {chosen['name_precision']})")
    for r in table[::5] + table[-3:]:
        print(f"  {r['threshold']:.3f}: +{r['tp']} true, +{r['fp']} false (NAME precision {r['name_precision']})")


if __name__ == "__main__":
    main()
