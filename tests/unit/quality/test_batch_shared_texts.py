"""A batch's conversations share each text's ``Folded`` form and PII spans (``Assessor.assess_batch``
makes them once a batch): every report and stored conversation is the one each conversation gets
assessed alone, and a text's spans are its own (keyed by the whole text)."""

from __future__ import annotations

from services.quality import scoring
from services.quality.assessor import Assessor
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions

SYSTEM = "You are a supportive counselling assistant."
PII = "My name is Sarah Okafor, you can text me on 07700 900123."
NEAR = "My name is Sarah, you can text me."  # a prefix in common, other spans
PLAIN = "I have been feeling low since I moved to a new city."
ANSWER = "That sounds hard. What has helped you before, when things felt like this?"


def conversation(i: int, *turns: tuple[str, str]) -> Conversation:
    return Conversation(id=f"c{i}", original_format="t",
                        lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64, record_index=i),
                        messages=[Message(role=r, content=c) for r, c in turns])


BATCH = [conversation(0, ("system", SYSTEM), ("user", PII), ("assistant", ANSWER)),
         conversation(1, ("system", SYSTEM), ("user", NEAR), ("assistant", ANSWER)),
         conversation(2, ("system", SYSTEM), ("user", PII), ("assistant", ANSWER), ("user", PLAIN),
                      ("assistant", ANSWER)),
         conversation(3, ("user", PLAIN), ("assistant", ANSWER))]


def test_a_batch_reports_what_each_conversation_gets_alone():
    checks = Assessor().checks(("en",))
    for policy in ("redact", "flag", "exclude"):
        assessed, _ = Assessor().assess_batch(BATCH, QualityOptions(pii_policy=policy), 0.7)
        for original, (stored, report, _) in zip(BATCH, assessed):
            alone, alone_stored = scoring.assess(original, checks, policy)
            assert report.to_document() == alone.to_document()
            assert stored == alone_stored
    redacted = [c for c, _, _ in Assessor().assess_batch(BATCH, QualityOptions(pii_policy="redact"), 0.7)[0]]
    assert redacted[0].messages[1].content == redacted[2].messages[1].content != PII
    assert redacted[1].messages[1].content != redacted[0].messages[1].content


def test_the_shared_spans_are_each_texts_own():
    folded, spans_of = {}, {}
    first, pii = scoring.prepare(BATCH[0], "redact", folded, spans_of)
    second, near = scoring.prepare(BATCH[1], "redact", folded, spans_of)
    assert set(spans_of) >= {SYSTEM, PII, NEAR, ANSWER}
    assert pii != near  # NEAR has no phone number: its spans are not PII's
    assert (first.messages[1].content, second.messages[1].content) == \
        (scoring.prepare(BATCH[0], "redact")[0].messages[1].content,
         scoring.prepare(BATCH[1], "redact")[0].messages[1].content)


def test_the_collector_is_off_while_a_batch_is_assessed_and_on_after(monkeypatch):
    import gc

    from services.quality import assessor as assessor_module

    seen = []
    real = scoring.finish
    monkeypatch.setattr(assessor_module, "finish", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    assert gc.isenabled()
    Assessor().assess_batch(BATCH, QualityOptions(), 0.7)
    assert seen == [False] * len(BATCH) and gc.isenabled()

    def fail(*a, **k):
        raise RuntimeError("a check failed")

    monkeypatch.setattr(assessor_module, "finish", fail)
    try:
        Assessor().assess_batch(BATCH, QualityOptions(), 0.7)
    except RuntimeError:
        pass
    assert gc.isenabled()  # on again however the batch ends
    gc.disable()
    try:
        with assessor_module.collection_paused():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_texts_met_in_an_earlier_batch_are_not_read_again_and_give_the_same_reports(monkeypatch):
    from services.quality import assessor as assessor_module

    checks = Assessor().checks(("en",))
    for policy in ("redact", "flag", "exclude"):
        assessor = Assessor()
        reports = []
        for part in (BATCH[:2], BATCH[2:], BATCH):  # the third batch: every text met before
            reports.extend(assessor.assess_batch(part, QualityOptions(pii_policy=policy), 0.7)[0])
        for original, (stored, report, _) in zip(BATCH + BATCH, reports[:4] + reports[4:]):
            alone, alone_stored = scoring.assess(original, checks, policy)
            assert report.to_document() == alone.to_document()
            assert stored == alone_stored
    read = []
    real = scoring.find_pii
    monkeypatch.setattr(scoring, "find_pii", lambda text, folded: read.append(text) or real(text, folded))
    assessor = Assessor()
    assessor.assess_batch(BATCH[:2], QualityOptions(), 0.7)
    assert sorted(read) == sorted({SYSTEM, PII, NEAR, ANSWER})
    read.clear()
    assessor.assess_batch(BATCH, QualityOptions(), 0.7)
    assert read == [PLAIN]  # the only text the first batch did not have
    off = Assessor()
    off.memo = assessor_module.TextMemo(0)
    read.clear()
    off.assess_batch(BATCH[:2], QualityOptions(), 0.7)
    off.assess_batch(BATCH[:2], QualityOptions(), 0.7)
    assert len(read) == 2 * 4 and off.memo.folded == off.memo.spans == off.memo.normalized == {}


def test_the_memo_keeps_the_newest_texts_up_to_its_size_and_no_long_ones(monkeypatch):
    from services.quality.assessor import MEMO_TEXT_CHARS, TextMemo

    memo = TextMemo(6)  # characters
    folded, spans, normalized = memo.batch()
    long = "x" * (MEMO_TEXT_CHARS + 1)
    for text in ("aa", "bb", long, "cc"):
        folded[text] = spans[text] = text
    normalized["aa"] = b"aa"
    memo.trim()
    assert list(folded) == list(spans) == ["aa", "bb", "cc"]  # the long text went, the rest fit
    assert memo.chars == [6, 6, 2]
    folded, spans, normalized = memo.batch()
    for text in ("ddd", "e"):
        folded[text] = spans[text] = normalized[text] = text
    memo.trim()
    assert list(memo.folded) == list(memo.spans) == ["cc", "ddd", "e"]  # first in, first out
    assert list(memo.normalized) == ["aa", "ddd", "e"] and memo.chars == [6, 6, 6]
    monkeypatch.setenv("DP_QUALITY_TEXT_MEMO", "0")
    assert TextMemo().size == 0 and TextMemo().batch() == ({}, {}, {})
