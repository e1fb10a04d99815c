"""Assess one conversation: PII by the run's policy, every check by tier, risk tags,
therapeutic sub-scores; turn it all into a 0..1 score, flags and recommendations.

A run may choose its tiers (``QualityOptions.tiers``): the caller passes only the chosen tiers'
checks and names the tiers; without ``counselling`` the risk tags and therapeutic sub-scores are
not computed either (they read client and counsellor turns as the counselling tier does), and the
report says which tiers ran (``tiers_run``, in the document only when not all of them did, so a
default report is the document it always was)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from services.quality.checks import TIERS, Check
from services.quality.checks.counselling.crisis import view_risk
from services.quality.checks.counselling.crisis import view_harm_by_others, view_risk_category, view_risk_turns
from services.quality.checks.counselling.therapeutic import signals
from services.quality.checks.prefilter import Folded
from services.quality.checks.view import ConversationView
from services.quality.pii import find_pii, redact
from shared.conversation import Conversation

# The scorer's version: in every report document, and in the fingerprint of prior reports
# (``reuse``): bump it when what a check finds changes, so that no report made before is reused.
SCORER_VERSION = 2
# a client turn tells of harm another person does to them (``crisis.view_harm_by_others``): a tag, not a flag
SAFEGUARDING_HARM = "safeguarding:harm_by_others"
PiiPolicy = Literal["redact", "exclude", "flag"]

PII_RECOMMENDATION = {
    "redact": "personal data was replaced by typed placeholders",
    "exclude": "personal data found: excluded by the run's policy; redact it to keep the conversation",
    "flag": "personal data found: redact it before training or sharing",
}


@dataclass
class QualityReport:
    score: float
    tiers: dict[str, float] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    checks: dict[str, dict] = field(default_factory=dict)
    recommendations: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    risk_level: str = "none"
    therapeutic: dict[str, float] = field(default_factory=dict)
    pii: dict[str, int] = field(default_factory=dict)
    excluded: bool = False
    risk_category: str = "none"  # the most severe C-SSRS category over the client turns
    risk_turns: list[dict] = field(default_factory=list)  # {"turn", "category", "level"} per disclosing turn
    # the tiers whose checks ran, in table order; in the document only when not every tier ran
    tiers_run: list[str] = field(default_factory=lambda: list(TIERS))
    # restored from a prior report (``reuse``), not assessed in this run; not part of the document
    reused: bool = field(default=False, compare=False)

    def to_document(self) -> dict:
        doc = {"score": self.score, "tiers": self.tiers, "flags": self.flags, "checks": self.checks,
               "recommendations": self.recommendations, "tags": self.tags, "risk_level": self.risk_level,
               "therapeutic": self.therapeutic, "pii": self.pii, "excluded": self.excluded,
               "version": SCORER_VERSION, "risk_category": self.risk_category, "risk_turns": self.risk_turns}
        if len(self.tiers_run) != len(TIERS):
            doc["tiers_run"] = self.tiers_run
        return doc


def apply_pii_policy(conversation: Conversation, policy: PiiPolicy,
                     folded: dict[str, Folded] | None = None,
                     spans_of: dict[str, list] | None = None) -> tuple[Conversation, Counter]:
    """The conversation as the policy leaves it, and the PII kinds found. ``folded`` collects
    each message's ``Folded`` text for the checks to reuse; ``spans_of``, each message's PII spans
    (``find_pii``, a function of the text alone), so that a text met again (a batch's repeated
    system prompt, a question asked with each of its answers) is not read twice."""
    folded = {} if folded is None else folded
    spans_of = {} if spans_of is None else spans_of
    found: Counter = Counter()
    messages = []
    for m in conversation.messages:
        spans = spans_of.get(m.content)
        if spans is None:
            f = folded.get(m.content)
            if f is None:
                f = folded[m.content] = Folded(m.content)
            spans = spans_of[m.content] = find_pii(m.content, f)
        found.update(s.kind for s in spans)
        messages.append(m.model_copy(update={"content": redact(m.content, spans)}) if spans and policy == "redact"
                        else m)
    if found and policy == "redact":
        conversation = conversation.model_copy(update={"messages": messages})
    return conversation, found


def assess(conversation: Conversation, checks: Sequence[Check], pii_policy: PiiPolicy = "flag",
           tiers: Sequence[str] = TIERS) -> tuple[QualityReport, Conversation]:
    """The report, and the conversation as it should be stored and exported (redacted
    when the policy says so; its id stays the source's). ``checks`` are those of ``tiers``."""
    view, pii = prepare(conversation, pii_policy)
    return finish(view, pii, checks, pii_policy, tiers), view.conversation


def prepare(conversation: Conversation, pii_policy: PiiPolicy = "flag", folded: dict[str, Folded] | None = None,
            spans_of: dict[str, list] | None = None) -> tuple[ConversationView, Counter]:
    """The first half of ``assess``: the conversation as the policy leaves it, as the checks
    read it, and the PII kinds found. (``Assessor.assess_batch`` prepares a whole batch, so
    that the learned risk stage can encode its client turns together, then finishes each;
    it passes the batch's ``folded`` texts and PII ``spans_of`` texts, shared by its
    conversations: each is a function of the text alone.)"""
    folded = {} if folded is None else folded
    conversation, pii = apply_pii_policy(conversation, pii_policy, folded, spans_of)
    return ConversationView(conversation, folded), pii


def finish(view: ConversationView, pii: Counter, checks: Sequence[Check],
           pii_policy: PiiPolicy = "flag", tiers_run: Sequence[str] = TIERS) -> QualityReport:
    """The second half of ``assess``: every check (``checks``: those of ``tiers_run``), the risk
    tags and therapeutic sub-scores (with the counselling tier) and the score."""
    tiers = dict.fromkeys(tiers_run, 1.0)
    report = QualityReport(score=1.0, tiers_run=list(tiers_run))
    for check in checks:
        detail = check.examine(view)
        if detail is None:
            report.checks[check.name] = {"passed": True}
            continue
        tiers[check.tier] *= 1.0 - check.weight
        report.flags.append(check.reason)
        report.checks[check.name] = {"passed": False, "reason": check.reason, "detail": detail, "tier": check.tier}
        advice = check.recommendation + (f" ({detail})" if check.reason == "outdated_terminology" else "")
        report.recommendations.append({"reason": check.reason, "recommendation": advice})
    if pii:
        report.pii = dict(pii)
        reason = "pii_redacted" if pii_policy == "redact" else "pii_excluded" if pii_policy == "exclude" \
            else "pii_detected"
        report.flags.append(reason)
        report.recommendations.append({"reason": reason, "recommendation": PII_RECOMMENDATION[pii_policy]})
        report.excluded = pii_policy == "exclude"
    if "counselling" in tiers:
        report.risk_level = view_risk(view)
        if report.risk_level != "none":
            report.tags.append(f"risk:{report.risk_level}")
        if report.risk_level in ("moderate", "high"):
            report.risk_turns = view_risk_turns(view)
            report.risk_category = view_risk_category(view)
            report.tags.append(f"risk_category:{report.risk_category}")
        if view_harm_by_others(view):  # abuse told of: a safeguarding matter, never a defect
            report.tags.append(SAFEGUARDING_HARM)
        report.therapeutic = signals(view)
    report.tiers = {t: round(v, 4) for t, v in tiers.items()}
    score = 1.0
    for v in tiers.values():
        score *= v
    report.score = round(max(0.0, min(1.0, score)), 4)
    return report


def score_conversation(conversation: Conversation, checks: Sequence[Check],
                       pii_policy: PiiPolicy = "flag", tiers: Sequence[str] = TIERS) -> QualityReport:
    return assess(conversation, checks, pii_policy, tiers)[0]
