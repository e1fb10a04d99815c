"""The quality service's start-up warm-up (``services/quality/warmup.py``): on a fresh process it
builds what the checks otherwise build on the first batches (every pattern's guard and pruned
alternation, every branch's native prescreen), changes no report, and leaves no text behind in the assessor's memo."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from services.quality.assessor import Assessor
from services.quality.warmup import conversations, warm_up

ROOT = Path(__file__).resolve().parents[3]

# a fresh interpreter: the guards and pruned alternations a process has built are module state,
# which other tests in this one have filled already
SCRIPT = r"""
import hashlib, json, sys
from services.quality.assessor import Assessor
from services.quality.warmup import warm_up
from shared import prefilter, prescreen
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions

rows = [json.loads(line) for line in open(sys.argv[2])]
batch = []
for i, item in enumerate(rows):
    turns = [("user", item["client"]), ("assistant", item["reply"])] if "client" in item else [("user", item["text"])]
    batch.append(Conversation(id=f"c{i}", original_format="t", messages=[Message(role=r, content=c) for r, c in turns],
                              lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64, record_index=i)))
if sys.argv[1] == "warm":
    warm_up(Assessor())
before = (len(prefilter.GUARDS.guards), len(prefilter._PRUNED))
digest = hashlib.sha256()
for policy in ("redact", "flag"):
    assessed, sigs = Assessor().assess_batch(batch, QualityOptions(pii_policy=policy), 0.7)
    for stored, report, verdict in assessed:
        digest.update(json.dumps([stored.model_dump(mode="json"), report.to_document(),
                                  verdict.model_dump(mode="json")], sort_keys=True, default=str).encode())
    digest.update(sigs.tobytes())
after = (len(prefilter.GUARDS.guards), len(prefilter._PRUNED))
# pruned alternations and branches whose native prescreen is not built yet
unscreened = sum(id(q) not in prescreen._PRESCREENS for p in prefilter._PRUNED.values()
                 for q in [p.pattern] + [b.pattern for b in p.branches])
# branches not yet read for needs_non_ascii, required_non_ascii and their superset source
unread = sum(b not in p._non_ascii_of or b not in p._required_of or b not in p._sources
             for p in prefilter._PRUNED.values() for b in range(len(p.branches)))
print(json.dumps({"before": before, "after": after, "digest": digest.hexdigest(), "unscreened": unscreened,
                  "unread": unread,
                  "native": prescreen.NATIVE is not None}))
"""


def run(mode: str, sample: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT, mode, str(sample)], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_warm_up_builds_what_real_batches_need_and_changes_no_report(tmp_path):
    # every validation file (risk, replies, PII, general; 17+ languages), a sixth of each: text the
    # warm-up's invented conversations were not written from; never a held-out file
    labelled = ROOT / "tests" / "support" / "labelled"
    files = sorted(p for p in labelled.glob("*.jsonl")
                   if ("_valid" in p.name or p.name.endswith("_val.jsonl")) and "heldout" not in p.name)
    assert len(files) >= 20
    sample = tmp_path / "sample.jsonl"
    lines = []
    for path in files:
        lines += path.read_text().splitlines()[::6]
    sample.write_text("\n".join(lines) + "\n")
    warm, cold = run("warm", sample), run("cold", sample)
    assert warm["digest"] == cold["digest"]
    assert cold["after"][0] > cold["before"][0]  # without it, the batches build guards
    # with it, every guard and pruned alternation the batches use is there already
    assert warm["after"] == warm["before"], (warm, cold)
    # and every branch's prescreen (``prefilter.build_screens``), which the batches alone leave unbuilt
    if warm["native"]:
        assert warm["unscreened"] == 0 and cold["unscreened"] > 100, (warm, cold)
    # and every branch read once for what ``Pruned._entry`` and ``_combine`` ask of it (a parse each)
    assert warm["unread"] == 0 and cold["unread"] > 100, (warm, cold)


def test_warm_up_leaves_no_text_in_the_memo():
    assessor = Assessor()
    assert warm_up(assessor) >= 0
    assert not (assessor.memo.folded or assessor.memo.spans or assessor.memo.normalized)
    assert assessor.memo.chars == [0, 0, 0]
    assert len({c.id for c in conversations()}) == len(conversations()) >= 7


def test_a_failing_warm_up_does_not_stop_the_start(caplog):
    assessor = Assessor()

    def broken(*args, **kwargs):
        raise RuntimeError("model file unreadable")

    assessor.assess_batch = broken
    assert warm_up(assessor) >= 0
    assert "warm-up failed" in caplog.text and "model file unreadable" in caplog.text
