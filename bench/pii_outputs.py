"""What ``find_pii`` and ``redact`` give, as digests per corpus, and what PII costs per conversation.

    python bench/pii_outputs.py                 # print the digests (JSON)
    python bench/pii_outputs.py --write         # record them in tests/support/pii_outputs.json
    python bench/pii_outputs.py --write --skip-heldout   # the same, the held-out digests kept as recorded (unread)
    python bench/pii_outputs.py --time [--n 20000] [--corpus counselchat|sharegpt] [--rounds 3]
    python bench/pii_outputs.py --stage [--n 20000] [--corpus counselchat|sharegpt] [--rounds 1]

The digests cover every message's spans (kind, start, end, text) and its redacted text, in
order, for: the PII labelled sets (``pii.jsonl``, ``pii_tuning.jsonl``, ``pii_train_extra.jsonl``,
``pii_train_v7.jsonl``, ``pii_train_v8.jsonl``, ``pii_train_v9.jsonl``, ``pii_valid_v9.jsonl`` and, as
a digest only, the held-out files: nothing of theirs is printed), every CounselChat row,
the first 5,000 gen.py ShareGPT conversations of the bench file (when it is on this machine), and
seeded strings of PII-like pieces (hypothesis-generated strings are compared with a frozen copy
of the code before the speed work instead: hypothesis draws constants from the modules loaded, so
its strings change with the code).
``tests/unit/quality/test_pii_outputs_unchanged.py`` recomputes them: a speed change to
``shared.pii`` must leave every one of them as recorded.

``--time`` runs the PII stage as ``apply_pii_policy`` does (``Folded`` per message, then
``find_pii`` and ``redact``) on CounselChat rows or ShareGPT conversations, cycling them to
``--n``, and prints CPU microseconds per conversation (``process_time``, the median of
``--rounds`` passes after a warm-up pass; the ``Folded`` construction, its digit count and its
guard-table scan are timed apart, since the checks reuse them: PII would otherwise pay for the
scan only on the texts where it asks a guard first). ``--stage`` times the whole quality stage the same way (``Assessor.assess_batch``
in batches of 500, every check, dedup, as ``bench/quality_throughput.py`` does on CounselChat),
on either corpus. To compare with older code, run this file with ``PYTHONPATH`` set to a checkout
of it (the corpora and ``--time``/``--stage`` import ``shared`` and ``services`` from there); without
``PYTHONPATH`` the script measures the checkout it sits in (``bench/_checkout.py``), whichever checkout the venv
was installed from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
if not os.environ.get("PYTHONPATH"):
    # This checkout's code, not the checkout the venv was installed from (a git worktree sharing
    # the venv would otherwise record the other checkout's outputs, as happened in the thirtieth
    # session). With PYTHONPATH set, that checkout is measured instead (to compare with older code).
    import _checkout  # noqa: E402,F401

from corpora import SHAREGPT, counselchat_records, sharegpt_records, standardized  # noqa: E402
LABELLED = ROOT / "tests" / "support" / "labelled"
RECORD = ROOT / "tests" / "support" / "pii_outputs.json"
TUNING = ("pii.jsonl", "pii_tuning.jsonl", "pii_train_extra.jsonl", "pii_train_v7.jsonl", "pii_train_v8.jsonl",
          "pii_train_v9.jsonl", "pii_valid_v9.jsonl")
HELDOUT = ("pii_heldout.jsonl", "pii_heldout_v2.jsonl", "pii_heldout_v3.jsonl", "pii_heldout_v4.jsonl")  # digests only: never printed


def _texts_of(name: str) -> list[str]:
    with open(LABELLED / name, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def counselchat_messages() -> list[list[str]]:
    return [[m.content for m in c.messages] for c in standardized(counselchat_records(), "cc")]


def sharegpt_messages(n: int = 5000) -> list[list[str]] | None:
    if not SHAREGPT.exists():
        return None
    return [[m.content for m in c.messages] for c in standardized(sharegpt_records(n), "sharegpt.jsonl")]


PIECES = ["415-555-0134", "(415) 555-0134", "+44 7700 900123", "07700 900123", "123-45-6789", "AB123456C",
          "QQ 12 34 56 C", "4111 1111 1111 1111", "192.168.0.1", "12 Baker Street", "born on 3 March 1990",
          "d.o.b. 12/03/1990", "w123", "mp3", "x4111111111111111", "a192.168.0.1", "id_415-555-0134", "/555-0134",
          "-415-555-0134", "٣٤٥-٦٧-٨٩٠١", " ", "\n", "call me", "my name is Jane", "e@x.io", "SW1A1AA", "LS6 2AB",
          "RSSMRA85T10A562S", "NHS ", "DNI ", "fe80::1", "NY 11215", "Flat 2, 18 Queen's Drive", "07700 900461",
          "Tom", "Priya", "my husband ", "Dr. ", "Hi ", "Thanks,\n", "— ", "xx ", "Sarah Okafor", "Will", "May",
          "Jordan", "I asked ", " said", "my bf jake", "hi sarah,", "Mr de Souza", "我丈夫王建国", "李医生", "Kasią",
          "jane.doe@example.com", "tom.ashworth88 at gmail dot com", "@sam_r92", "u/throwaway_22",
          "my insta is lucy.makes.art", "https://instagram.com/lucy", "PESEL 44051401359 ", "ł", "Calle Mayor 14",
          "Hauptstraße 5", "M13 9PL", "zip 90210", "D02 X285", "Eircode ", "DOB: ", "née le 3 mars 1990",
          "Samaritans on 116 123", "version 1.2.3.4", ", ", ". ", "!", "?", "é", "É", "ß", "İ", "ﬁ", "Σ", "\t",
          "Best,\nJonathan Reyes", "\nM. Okafor, PsyD", "- J.", "the Wellbeing Hub said", "Yusuf and I",
          "Taylor Swift", "our cat Bella", "St Mary", "Self-care", "O'Neill", "McAllister", "Jean-Luc", "Élodie"]


def seeded_texts(n: int = 3000, seed: int = 20261202) -> list[str]:
    """Strings of PII-like pieces, random letters and punctuation (deterministic)."""
    rng = random.Random(seed)
    alphabet = "abcAB Zz019 .,-/@:\n'’()+#_éłß"
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.6:
                parts.append(rng.choice(PIECES))
            else:
                parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))))
        out.append("".join(parts))
    return out


def outputs(texts) -> str:
    """sha256 over each text's spans and redacted text."""
    from shared.pii import find_pii, redact
    from shared.prefilter import Folded

    h = hashlib.sha256()
    for text in texts:
        spans = find_pii(text, Folded(text))
        h.update(repr([(s.kind, s.start, s.end, s.text) for s in spans]).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
        h.update(redact(text, spans).encode("utf-8", "surrogatepass"))
        h.update(b"\x01")
        assert find_pii(text) == spans  # with and without the caller's Folded
    return h.hexdigest()


def corpora() -> dict[str, object]:
    """name -> a callable giving its texts (None when the corpus is not on this machine)."""
    found: dict[str, object] = {name: (lambda name=name: _texts_of(name)) for name in TUNING + HELDOUT}
    found["counselchat"] = lambda: [t for c in counselchat_messages() for t in c]
    found["sharegpt_5000"] = lambda: (lambda m: None if m is None else [t for c in m for t in c])(sharegpt_messages())
    found["seeded"] = seeded_texts
    return found


def digests(skip_heldout: bool = False) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))["digests"] if RECORD.exists() else {}
    for name, texts in corpora().items():
        if skip_heldout and name in HELDOUT:
            out[name] = recorded.get(name)
            continue
        got = texts()
        if got is None:  # not on this machine (the gen.py file before a bench made it): keep what was recorded
            print(f"{name}: not on this machine, its recorded digest kept", file=sys.stderr)
            out[name] = recorded.get(name)
        else:
            out[name] = outputs(got)
    return out


def time_stage(corpus: str, n: int, rounds: int) -> None:
    from shared.pii import find_pii, redact
    from shared.prefilter import NATIVE_GUARDS, Folded

    conversations = counselchat_messages() if corpus == "counselchat" else sharegpt_messages(min(n, 100_000))
    conversations = [conversations[i % len(conversations)] for i in range(n)]

    def fold():  # the Folded texts, their digits and guard-table scans: shared with the checks
        folded = [[Folded(t) for t in c] for c in conversations]
        for fs in folded:
            for f in fs:
                f.digits  # noqa: B018 (computed once, cached)
                if NATIVE_GUARDS:
                    f.passes()
        return folded

    def pii(folded):
        for c, fs in zip(conversations, folded):
            for t, f in zip(c, fs):
                spans = find_pii(t, f)
                if spans:
                    redact(t, spans)

    pii(fold())  # warm: compiled patterns, prescreens, the guard table
    fold_us, pii_us = [], []
    for _ in range(rounds):
        c0 = time.process_time()
        folded = fold()
        c1 = time.process_time()
        pii(folded)
        c2 = time.process_time()
        fold_us.append((c1 - c0) / n * 1e6)
        pii_us.append((c2 - c1) / n * 1e6)
    print(json.dumps({"corpus": corpus, "n": n, "pii_us_per_conversation": round(statistics.median(pii_us), 1),
                      "rounds": [round(x, 1) for x in pii_us],
                      "fold_us_per_conversation": round(statistics.median(fold_us), 1)}))


def time_whole_stage(corpus: str, n: int, rounds: int) -> None:
    from services.quality.assessor import Assessor
    from shared.events import QualityOptions

    records = counselchat_records(n) if corpus == "counselchat" else sharegpt_records(n)
    conversations = standardized(records, "cc" if corpus == "counselchat" else "sharegpt.jsonl")
    assessor = Assessor()
    options = QualityOptions()
    assessor.assess_batch(conversations[:10], options, 0.7)  # load the language model
    cpu = []
    for _ in range(rounds):
        c0 = time.process_time()
        for i in range(0, len(conversations), 500):
            assessor.assess_batch(conversations[i:i + 500], options, 0.7)
        cpu.append(time.process_time() - c0)
    print(json.dumps({"corpus": corpus, "n": len(conversations), "stage_us_per_conversation":
                      [round(c / len(conversations) * 1e6) for c in cpu],
                      "conversations_per_cpu_second": [round(len(conversations) / c) for c in cpu]}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--stage", action="store_true")
    ap.add_argument("--corpus", default="counselchat", choices=("counselchat", "sharegpt"))
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip-heldout", action="store_true",
                    help="never open the held-out files: keep their recorded digests as they are (a helper that "
                         "may not read them records the rest; the lead re-records those)")
    args = ap.parse_args()
    if args.time:
        time_stage(args.corpus, args.n, args.rounds)
        return
    if args.stage:
        time_whole_stage(args.corpus, args.n, args.rounds)
        return
    record = {"digests": digests(args.skip_heldout)}
    if args.write:
        RECORD.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=1))


if __name__ == "__main__":
    main()
