"""Reports made once, reused: the quality report a ``highest_quality`` merge made of a kept
conversation travels with it (``shared.events.PriorQualityReport``), and a later run over the
merged dataset takes it instead of assessing that conversation again, when nothing it depends
on has changed.

A report is a pure function of the conversation's messages and of:

- the run's quality options: PII policy, languages and tiers (the threshold is not in the report:
  the verdict is decided again from the score);
- the check table (each check's class, name, tier, weight and reason) and the service's
  check settings (``max_turn_chars``, ``min_conversation_chars``);
- the scorer: ``SCORER_VERSION`` (bump it when a check's logic changes) and, so that a change
  nobody bumped for still counts, a digest of the scoring code and data (the checks, the PII
  detector, the prefilters, the risk models' files);
- the risk stage in use (the MiniLM encoder, or the char n-gram stage when it is switched off
  with ``DP_RISK_MINILM=0`` or not installed), whether the learned reply stage runs
  (``DP_REPLY_MINILM``) and whether its screen decides in front of MiniLM (``DP_REPLY_SCREEN``).

All of it is hashed into the **fingerprint** (:func:`fingerprint`); the prior report is also
bound to the exact messages it was made of (``messages_sha256``, before any redaction). When
both match, the report is restored (:func:`restore`: the same document a fresh assessment
gives). Otherwise the conversation is assessed, as always.

What a reused report does not skip: the PII policy is applied to the conversation again (with
``redact``, a report that found personal data has its conversation redacted by the same
detector, so what is stored and exported is what a fresh assessment stores), and the dedup
signature of every conversation is computed from its text as before, so duplicates across the
run are decided exactly as without reuse (``assessor.Assessor.assess_batch``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import orjson

from services.quality.checks import TIERS, Check
from services.quality.scoring import SCORER_VERSION, QualityReport
from shared.conversation import Conversation, Message
from shared.events import PriorQualityReport, QualityOptions

_QUALITY = Path(__file__).resolve().parent
_SHARED = _QUALITY.parent.parent / "shared"
# what a report is computed with: every file here (recursively) goes into the code digest
_SCORING_SOURCES = (_QUALITY / "scoring.py", _QUALITY / "pii.py", _QUALITY / "pii_names.py", _QUALITY / "checks",
                    _QUALITY / "models", _SHARED / "pii", _SHARED / "prefilter.py", _SHARED / "prescreen.py")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 over the scoring code and data files (path and bytes, in path order)."""
    h = hashlib.sha256()
    for source in _SCORING_SOURCES:
        files = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
        for path in files:
            if path.suffix == ".pyc" or "__pycache__" in path.parts:
                continue
            h.update(str(path.relative_to(_QUALITY.parent.parent)).encode() + b"\x00")
            h.update(path.read_bytes())
    return h.hexdigest()


def risk_stage() -> str:
    """Which learned risk stage this process uses (loads it once, as the first assessment does)."""
    from services.quality.checks.counselling import reply_model
    from services.quality.checks.counselling.risk_model import minilm_model

    risk = minilm_model()
    # the risk stage's encoder (DP_RISK_ENCODER): its own model file ("minilm" alone: L6, as before it had a choice)
    stage = "char_ngrams" if risk is None else "minilm" if risk.encoder == "L6" else f"minilm_{risk.encoder}"
    m = reply_model.model()
    if m is None:
        return stage + "/no_reply_stage"
    stage += f"/reply_{m.encoder}"  # the reply stage's encoder (DP_REPLY_ENCODER): its own model files
    return stage if reply_model.screen() is not None else stage + "/no_reply_screen"


def fingerprint(options: QualityOptions, checks: Sequence[Check], *, max_turn_chars: int,
                min_conversation_chars: int, code: str | None = None, stage: str | None = None) -> str:
    """What a report made with these options, checks and settings depends on, hashed."""
    payload = {
        "scorer_version": SCORER_VERSION,
        "code": code if code is not None else code_digest(),
        "risk_stage": stage if stage is not None else risk_stage(),
        "pii_policy": options.pii_policy,
        "languages": list(options.languages),
        "tiers": list(options.tiers),
        "checks": [[f"{type(c).__module__}.{type(c).__qualname__}", c.name, c.tier, c.weight, c.reason]
                   for c in checks],
        "max_turn_chars": max_turn_chars,
        "min_conversation_chars": min_conversation_chars,
    }
    return hashlib.sha256(orjson.dumps(payload)).hexdigest()


def messages_sha256(messages: Sequence[Message]) -> str:
    """The messages a report is about (role, content, name, metadata: all the checks read)."""
    return hashlib.sha256(orjson.dumps([m.model_dump(mode="json", exclude_none=True) for m in messages],
                                       option=orjson.OPT_SORT_KEYS)).hexdigest()


def compact(report: QualityReport) -> dict:
    """The report document as a prior report keeps it: without the passing checks (each
    ``{"passed": true}``, restored from the check table) and without ``version`` (in the
    fingerprint)."""
    doc = orjson.loads(orjson.dumps(report.to_document()))  # a copy: nothing shared with the live report
    doc.pop("version")
    doc["checks"] = {name: c for name, c in doc["checks"].items() if not c.get("passed")}
    return doc


def restore(doc: dict, checks: Sequence[Check]) -> QualityReport:
    """The report :func:`compact` kept, as a fresh assessment makes it (checks in table order)."""
    failed = doc.get("checks") or {}
    return QualityReport(
        score=float(doc["score"]), tiers=dict(doc["tiers"]), flags=list(doc["flags"]),
        checks={c.name: failed.get(c.name, {"passed": True}) for c in checks},
        recommendations=[dict(r) for r in doc["recommendations"]], tags=list(doc["tags"]),
        risk_level=doc["risk_level"], therapeutic=dict(doc["therapeutic"]), pii=dict(doc["pii"]),
        excluded=bool(doc["excluded"]), risk_category=doc["risk_category"], risk_turns=list(doc["risk_turns"]),
        tiers_run=list(doc.get("tiers_run", TIERS)), reused=True)


def prior_report(report: QualityReport, conversation: Conversation, fingerprint_: str) -> PriorQualityReport:
    """What a merge stores with a conversation it scored (``conversation`` as assessed, before
    redaction)."""
    return PriorQualityReport(fingerprint=fingerprint_, messages_sha256=messages_sha256(conversation.messages),
                              report=compact(report))


def reusable(prior: PriorQualityReport | None, conversation: Conversation, fingerprint_: str,
             checks: Sequence[Check]) -> QualityReport | None:
    """The prior report as the run's own, when it was made with the run's fingerprint of these
    very messages; else None (assess the conversation)."""
    if prior is None or prior.fingerprint != fingerprint_:
        return None
    if prior.messages_sha256 != messages_sha256(conversation.messages):
        return None
    try:
        return restore(prior.report, checks)
    except (KeyError, TypeError, ValueError):  # not a report this code wrote: assess instead
        return None
