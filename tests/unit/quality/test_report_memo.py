"""``Assessor.reports`` (``ReportMemo``, issue 10): an exact copy of a conversation assessed before
with the same options takes a copy of its report instead of being assessed again. Everything a
batch returns must be what a process without the memo returns: the reports' documents, the
stored (redacted) conversations, the verdicts and the dedup signatures, whatever repeats where."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.quality.assessor import Assessor, ReportMemo
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions

TEXTS = [
    ("user", "I've been feeling low since the move and I can't sleep."),
    ("assistant", "That sounds really hard. What has helped, even a little, on the worse nights?"),
    ("user", "Honestly I don't want to wake up tomorrow. I've been giving my things away."),
    ("assistant", "Thank you for telling me. Are you thinking about ending your life? You can call 988 any time."),
    ("user", "My name is Dana Whitfield and my number is 07700 900123, email dana.w@example.com."),
    ("assistant", "Just stop taking your medication, you don't need it."),
    ("assistant", "Sleep."),
    ("user", "hi"),
    ("assistant", "Everyone has bad days, be grateful for what you have."),
    ("user", "Me siento muy sola y a veces pienso que sería mejor no estar aquí."),
    ("assistant", "Gracias por contármelo. ¿Estás pensando en hacerte daño?"),
    ("system", "You are a supportive counsellor."),
]


def conversation(turns: list[tuple[str, str]], i: int, **message_fields) -> Conversation:
    return Conversation(id=f"c{i}", original_format="t",
                        lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64, record_index=i),
                        messages=[Message(role=r, content=c, **message_fields) for r, c in turns])


def outcome(assessor: Assessor, batches: list[list[Conversation]], options: QualityOptions) -> list:
    out = []
    for batch in batches:
        assessed, sigs = assessor.assess_batch(batch, options, 0.5)
        for (conv, report, verdict), sig in zip(assessed, sigs):
            out.append((conv.model_dump(), report.to_document(), verdict.model_dump(), sig.tobytes()))
    return out


def without_memo() -> Assessor:
    a = Assessor()
    a.reports = ReportMemo(size=0)
    return a


@pytest.fixture(scope="module")
def memo_assessor() -> Assessor:
    return Assessor()


@pytest.mark.parametrize("policy", ["flag", "redact", "exclude"])
def test_copies_in_a_batch_and_across_batches_get_what_a_fresh_assessment_gives(policy):
    pool = [[TEXTS[0], TEXTS[1]], [TEXTS[2], TEXTS[3]], [TEXTS[4], TEXTS[1]], [TEXTS[2], TEXTS[6]],
            [TEXTS[11], TEXTS[9], TEXTS[10]], [TEXTS[7], TEXTS[8]], [TEXTS[0], TEXTS[5]]]
    rng = random.Random(7)
    batches = [[conversation(rng.choice(pool), b * 10 + i) for i in range(10)] for b in range(4)]
    options = QualityOptions(pii_policy=policy)
    memo = Assessor()
    assert outcome(memo, batches, options) == outcome(without_memo(), batches, options)
    assert len(memo.reports.reports) == len({tuple(map(tuple, p)) for p in pool} & {
        tuple((m.role, m.content) for m in c.messages) for b in batches for c in b})


def test_a_hit_is_taken_and_is_a_copy(memo_assessor):
    conv = conversation([TEXTS[2], TEXTS[6]], 1)
    options = QualityOptions()
    (_, first, _), = memo_assessor.assess_batch([conv], options, 0.5)[0]
    first.flags.append("changed by the caller")
    first.checks[next(iter(first.checks))]["passed"] = "changed"
    key = ReportMemo.key((options.pii_policy, tuple(options.languages), tuple(options.tiers)), conv)
    assert key in memo_assessor.reports.reports
    (_, again, _), = memo_assessor.assess_batch([conversation([TEXTS[2], TEXTS[6]], 2)], options, 0.5)[0]
    assert "changed by the caller" not in again.flags
    assert "changed" not in [c.get("passed") for c in again.checks.values()]
    assert again.to_document() == without_memo().assess_batch([conv], options, 0.5)[0][0][1].to_document()
    assert not again.reused
    assert list(again.checks) == [c.name for c in memo_assessor.checks(tuple(options.languages), tuple(options.tiers))]


def test_other_options_are_other_keys():
    a = Assessor()
    conv = conversation([TEXTS[4], TEXTS[1]], 1)
    flagged = a.assess_batch([conv], QualityOptions(pii_policy="flag"), 0.5)[0][0]
    redacted = a.assess_batch([conv], QualityOptions(pii_policy="redact"), 0.5)[0][0]
    assert "pii_detected" in flagged[1].flags and "pii_redacted" in redacted[1].flags
    assert "07700 900123" in flagged[0].messages[0].content
    assert "07700 900123" not in redacted[0].messages[0].content  # a hit is redacted as a fresh one is
    again = a.assess_batch([conversation([TEXTS[4], TEXTS[1]], 2)], QualityOptions(pii_policy="redact"), 0.5)[0][0]
    assert again[0].messages == redacted[0].messages and again[0].id == "c2"
    structure = a.assess_batch([conv], QualityOptions(tiers=["structure"]), 0.5)[0][0][1]
    assert structure.tiers_run == ["structure"] and structure.risk_level == "none"
    assert len(a.reports.reports) == 3


def test_messages_with_a_name_or_metadata_are_not_kept():
    conv = conversation([TEXTS[0], TEXTS[1]], 1, name="x")
    assert ReportMemo.key(("flag", (), ()), conv) is None
    conv = conversation([TEXTS[0], TEXTS[1]], 1, metadata={"k": "v"})
    assert ReportMemo.key(("flag", (), ()), conv) is None
    a = Assessor()
    a.assess_batch([conv, conv], QualityOptions(), 0.5)
    assert a.reports.reports == {}


def test_bounds_drop_the_oldest():
    a = Assessor()
    a.reports = ReportMemo(size=3)
    convs = [conversation([("user", f"text number {i} about my week"), TEXTS[1]], i) for i in range(5)]
    a.assess_batch(convs, QualityOptions(), 0.5)
    kept = [k[2] for k in a.reports.reports]
    assert kept == ["text number 2 about my week", "text number 3 about my week", "text number 4 about my week"]
    by_chars = ReportMemo(size=1_000, chars=20_000)
    report = a.assess_batch(convs[:1], QualityOptions(), 0.5)[0][0][1]
    for i in range(10):
        text = f"{i}" * 150  # 150 + 5 characters a conversation: 155
        by_chars.put((("flag", (), ()), "user", text, "assistant", "hello"), report)
    assert by_chars.chars == sum(len(k[2]) + len(k[4]) for k in by_chars.reports) <= 20_000
    assert len(by_chars.reports) == 10
    for i in range(200):
        by_chars.put((("flag", (), ()), "user", f"{i:04d}" * 40, "assistant", "hello"), report)
    assert by_chars.chars <= 20_000 and len(by_chars.reports) == 20_000 // 165
    by_chars.put((("flag", (), ()), "user", "x" * 300, "assistant", ""), report)  # > 1% of the budget: not kept
    assert (("flag", (), ()), "user", "x" * 300, "assistant", "") not in by_chars.reports
    by_chars.clear()
    assert by_chars.reports == {} and by_chars.chars == 0


def test_size_zero_keeps_nothing(monkeypatch):
    monkeypatch.setenv("DP_QUALITY_REPORT_MEMO", "0")
    a = Assessor()
    a.assess_batch([conversation([TEXTS[0], TEXTS[1]], 1)] * 2, QualityOptions(), 0.5)
    assert a.reports.reports == {}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(range(len(TEXTS))), min_size=1, max_size=4), min_size=1, max_size=12),
       st.sampled_from(["flag", "redact", "exclude"]), st.integers(min_value=1, max_value=4), st.data())
def test_any_repeats_give_what_no_memo_gives(memo_assessor, shapes, policy, n_batches, data):
    """Conversations drawn from a few shapes, repeated anywhere in and across batches, against a
    process that has met them (the module's assessor, across examples) and one with no memo."""
    picks = data.draw(st.lists(st.sampled_from(range(len(shapes))), min_size=n_batches, max_size=3 * n_batches))
    convs = [conversation([TEXTS[t] for t in shapes[p]], i) for i, p in enumerate(picks)]
    batches = [list(b) for b in np.array_split(np.array(convs, dtype=object), n_batches) if len(b)]
    options = QualityOptions(pii_policy=policy)
    assert outcome(memo_assessor, batches, options) == outcome(without_memo(), batches, options)


def test_signatures_of_copies_are_the_computed_ones():
    a = Assessor()
    convs = [conversation([TEXTS[i % 3], TEXTS[1]], i) for i in range(7)]
    a.assess_batch(convs[:2], QualityOptions(), 0.5, dedup=False)  # kept without a signature
    _, sigs = a.assess_batch(convs, QualityOptions(), 0.5)
    _, fresh = without_memo().assess_batch(convs, QualityOptions(), 0.5)
    assert sigs.tobytes() == fresh.tobytes()
    assert all(entry[2] is not None for entry in a.reports.reports.values())
    _, again = a.assess_batch(convs[::-1], QualityOptions(), 0.5)
    assert again.tobytes() == fresh[::-1].tobytes()


def test_prior_reports_and_memo_hits_in_one_batch():
    """A merge's prior reports (``reuse``) beside copies the memo answers: each as without the memo."""
    from services.quality import reuse

    options = QualityOptions(pii_policy="redact")
    convs = [conversation([TEXTS[i % 4], TEXTS[1]], i) for i in range(8)]
    maker = without_memo()
    assessed, _ = maker.assess_batch(convs[:4], options, 0.5)
    fp = maker.fingerprint(options)
    prior = {c.id: reuse.prior_report(r, c, fp) for c, (_, r, _) in zip(convs[:4], assessed)}
    memo = Assessor()
    memo.assess_batch(convs[4:], options, 0.5)  # the memo holds every shape now
    got, sigs = memo.assess_batch(convs, options, 0.5, prior=prior)
    want, want_sigs = without_memo().assess_batch(convs, options, 0.5, prior=prior)
    assert [(c.model_dump(), r.to_document(), v.model_dump()) for c, r, v in got] == \
        [(c.model_dump(), r.to_document(), v.model_dump()) for c, r, v in want]
    assert [r.reused for _, r, _ in got] == [r.reused for _, r, _ in want] == [True] * 4 + [False] * 4
    assert sigs.tobytes() == want_sigs.tobytes()


def test_a_conversation_too_long_to_keep_is_still_copied_within_its_batch():
    a = Assessor()
    a.reports = ReportMemo(size=10, chars=1_000)  # one conversation may take 10 characters
    convs = [conversation([TEXTS[2], TEXTS[3]], i) for i in range(3)]
    got = outcome(a, [convs], QualityOptions(tiers=["structure", "content"]))
    assert a.reports.reports == {}
    assert got == outcome(without_memo(), [convs], QualityOptions(tiers=["structure", "content"]))
