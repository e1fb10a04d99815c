"""Per-text memos of the quality checks (issue 10): each keeps what is a function of one text alone,
so a conversation assessed with texts met before gets what it gets with every text new.

* ``_CounsellorCheck``: the four patterns as they run on the counsellor text (``_selected``), kept
  with its ``Folded`` form;
* ``EncodingDamage``: mojibake counted per message (no match holds a newline) and summed;
* ``MarkupLeftovers``: template and HTML matches per message, in order, unless a message leaves a
  tag open (an HTML match could then run into the next message: the joined text is read);
* ``Language.prefetch``: the label of each sample, kept from one batch to the next;
* ``therapeutic.signals`` (and ``_present``, ``_advice``, which ``OverAdvice`` reads): functions of
  the counsellor text, kept with it;
* ``UnacknowledgedDistress``: whether a reply is short and shows no sign of hearing, kept per reply.

Each is compared with the code it replaces (the reference functions below, as they were), on
labelled counselling replies, on generated conversations (hypothesis) and with texts met again.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks import content, encoding
from services.quality.checks.base import ConversationView
from services.quality.checks.counselling import therapeutic, unsafe
from services.quality.checks.counselling.unsafe import _CounsellorCheck
from services.quality.checks.prefilter import guard, pruned
from shared.conversation import Conversation, Lineage, Message

LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"


def conversation(*turns: tuple[str, str], i: int = 0) -> Conversation:
    return Conversation(id=f"c{i}", original_format="t",
                        lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64, record_index=i),
                        messages=[Message(role=r, content=c) for r, c in turns])


def pairs() -> list[tuple[str, str]]:
    out = []
    for path in sorted(LABELLED.glob("replies_*.jsonl")):
        if "heldout" in path.name:  # the blind sets are read only by tests marked ``heldout``
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("client") and row.get("reply"):
                out.append((row["client"], row["reply"]))
    return out


# -- the code these memos replace --------------------------------------------------------------

def old_patterns(check: _CounsellorCheck, view: ConversationView) -> str | None:
    """``_CounsellorCheck._patterns`` before its selection was kept per text."""
    folded = view.folded("assistant")
    plain = pruned(check.pattern).select(folded)
    if plain is not None and check.precheck is not None and check.precheck.search(view.text("assistant")) is None:
        plain = None
    brief = pruned(check.brief).select(folded) if check.brief is not None else None
    extra = pruned(check.contextual).select(folded) if check.contextual is not None else None
    after = pruned(check.after).select(folded) if check.after is not None else None
    if plain is None and brief is None and extra is None and after is None:
        return None
    return "selected"  # the rest of ``_patterns`` reads the same four patterns


def old_encoding(view: ConversationView) -> str | None:
    problems = []
    if guard(encoding._MOJIBAKE).may_match(view.folded()) and (n := len(encoding._MOJIBAKE.findall(view.text()))) >= 2:
        problems.append(f"{n} mojibake sequences")
    stats = [view.stats(m.content) for m in view.messages]
    if replacements := sum(s[6] for s in stats):
        problems.append(f"{replacements} replacement characters")
    if any(s[5] for s in stats):
        problems.append("control characters")
    return "; ".join(problems) or None


def old_markup(view: ConversationView) -> str | None:
    text, folded = view.text(), view.folded()
    found = ((encoding._TEMPLATE.findall(text)[:3] if guard(encoding._TEMPLATE).may_match(folded) else [])
             + (encoding._HTML.findall(text)[:3] if guard(encoding._HTML).may_match(folded) else []))
    return f"found {found}" if found else None


COUNSELLOR = [cls() for cls in (unsafe.MedicationDosing, unsafe.MedicationChange, unsafe.OutrightDiagnosis,
                                unsafe.Dismissive, unsafe.Minimising, unsafe.VictimBlaming, unsafe.EncouragesHarm,
                                unsafe.EncouragesDisorderedEating)]


def test_every_counsellor_check_has_its_own_memo_key():
    keys = [c._memo_key for c in COUNSELLOR]
    assert len(set(keys)) == len(keys)


def test_counsellor_checks_read_the_same_with_texts_met_again():
    rows = pairs()
    assert len(rows) > 500
    shared: dict = {}
    for rnd in range(2):  # the second round meets every text again (its selection kept)
        for i, (client, reply) in enumerate(rows):
            c = conversation(("user", client), ("assistant", reply), i=i)
            for check in COUNSELLOR:
                fresh = check.examine(ConversationView(c))
                again = check.examine(ConversationView(c, shared))
                assert fresh == again, (type(check).__name__, reply)
                if rnd == 0:
                    # the selection is the one the old code made: None exactly when it found none
                    view = ConversationView(c)
                    assert (check._patterns(view) is None) >= (old_patterns(check, view) is None)
                    assert (check._selected(view.folded("assistant")) is None) == \
                        (old_patterns(check, view) is None)


def test_counsellor_checks_on_several_counsellor_turns():
    rows = pairs()
    rng = random.Random(7)
    shared: dict = {}
    for i in range(300):
        picked = rng.sample(rows, 3)
        turns = [t for client, reply in picked for t in (("user", client), ("assistant", reply))]
        c = conversation(*turns, i=i)
        for check in COUNSELLOR:
            assert check.examine(ConversationView(c)) == check.examine(ConversationView(c, shared))


PIECES = ["Ã©", "Ã", "\u00a9", "â€™", "â€", "\u2122", "Â ", "Â", "\u00a0", "ðŸ", "\ufffd", "\x07", "<p>", "<p", "</div >",
          "<br/>", "<BR>", "<b", "<i class='x'>", ">", "<", "&nbsp;", "&amp", "&#39;", "<|im_start|>", "<|", "|>",
          "[INST]", "[/INST]", "<<SYS>>", "</s>", "<s>", "\n", " ", "a", "p", "hello", "é"]
message = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=10).map("".join)
roles = st.sampled_from(["user", "assistant", "system"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(roles, message), max_size=5))
def test_encoding_and_markup_checks_are_the_old_ones(turns):
    c = conversation(*turns)
    shared: dict = {}
    for view in (ConversationView(c), ConversationView(c, shared), ConversationView(c, shared)):
        assert encoding.EncodingDamage().examine(view) == old_encoding(ConversationView(c))
        assert encoding.MarkupLeftovers().examine(view) == old_markup(ConversationView(c))


def test_markup_across_messages_reads_the_joined_text():
    # a tag left open in one message closes in the next: one match across the newline
    c = conversation(("user", "see <p class='a'"), ("assistant", "b'> and <br> then &amp;"))
    view = ConversationView(c)
    assert encoding.MarkupLeftovers().examine(view) == old_markup(ConversationView(c))
    assert "<p class='a'\\nb'>" in encoding.MarkupLeftovers().examine(view)  # the match's repr
    assert encoding._tag_left_open("a <p") and not encoding._tag_left_open("a <p> b") \
        and not encoding._tag_left_open("no tag") and encoding._tag_left_open("> <")


def test_mojibake_counts_sum_over_messages():
    c = conversation(("user", "cafÃ© Ã"), ("assistant", "\u00a9 itâ€™s ðŸ"))
    assert encoding.EncodingDamage().examine(ConversationView(c)) == old_encoding(ConversationView(c)) \
        == "3 mojibake sequences"


def test_language_prefetch_keeps_each_samples_label(monkeypatch):
    rows = pairs()[:400]
    check = content.Language()
    others = ["Hola, me siento muy triste y no sé qué hacer con mi vida. " * 3,
              "Je me sens seul depuis que j'ai déménagé, et je ne dors plus. " * 3, "short"]
    convs = [conversation(("user", client), ("assistant", reply), i=i) for i, (client, reply) in enumerate(rows)]
    convs += [conversation(("user", t), ("assistant", t), i=i) for i, t in enumerate(others)]
    calls: list[int] = []
    real = content.language_id.classify_many
    monkeypatch.setattr(content.language_id, "classify_many", lambda texts: calls.append(len(texts)) or real(texts))
    for rnd in range(2):
        views = [ConversationView(c) for c in convs + convs[:50]]  # repeats within a batch too
        check.prefetch(views)
        for view, c in zip(views, convs + convs[:50]):
            assert check.examine(view) == check.examine(ConversationView(c))  # no prefetch: ``detect``
    samples = {check.sample(ConversationView(c).text("user", "assistant")) for c in convs} - {None}
    assert calls == [len(samples)]  # each sample classified once, none in the second round


def test_language_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(content, "LANGUAGE_MEMO", 10)
    check = content.Language()
    convs = [conversation(("user", f"I have been feeling low for {i} weeks and nothing seems to help me."), i=i)
             for i in range(25)]
    check.prefetch([ConversationView(c) for c in convs])
    assert len(check._labels) <= 13
    views = [ConversationView(c) for c in convs]
    check.prefetch(views)
    assert [check.examine(v) for v in views] == [check.examine(ConversationView(c)) for c in convs]


# -- therapeutic signals and unacknowledged distress ---------------------------------------------

def old_signals(view: ConversationView) -> dict[str, float]:
    """``therapeutic.signals`` before it was kept per text (its ``_present`` and ``_advice``)."""
    def present(pattern):
        located = pruned(pattern).locate(view.folded("assistant"))
        if located is None:
            return 0.0
        run, pos = located
        text = view.text("assistant")
        end = text.rfind("?") + 1 if pattern is therapeutic.OPEN_QUESTION else len(text)
        return 1.0 if run.search(text, pos, end) is not None else 0.0

    text = view.text("assistant")
    if not text:
        return {"reflection": 0.0, "validation": 0.0, "open_questions": 0.0, "advice_load": 0.0, "score": 0.0}
    reflection, validation = present(therapeutic.REFLECTION), present(therapeutic.VALIDATION)
    open_q = present(therapeutic.OPEN_QUESTION)
    located = pruned(therapeutic.ADVICE).locate(view.folded("assistant"))
    n_advice = len(located[0].findall(text, located[1])) if located is not None else 0
    advice = min(1.0, n_advice / max(1, len(therapeutic._SENTENCE_END.findall(text)))) if n_advice else 0.0
    score = round((reflection + validation + open_q) / 3 * (1.0 - 0.5 * advice), 3)
    return {"reflection": reflection, "validation": validation, "open_questions": open_q,
            "advice_load": round(advice, 3), "score": score}


def old_unacknowledged(check: unsafe.UnacknowledgedDistress, view: ConversationView) -> str | None:
    """``UnacknowledgedDistress.examine`` before its reply test was kept per text (with replies round
    seventeen's safety responses, condolence and distress in other languages, applied here as there; since
    replies round twenty-seven, second pass, the risk words without the German article "die" before a noun)."""
    for j, msg in enumerate(view.messages):
        if msg.role != "assistant":
            continue
        text = msg.content
        cjk = 0 if text.isascii() else len(unsafe.HAN_KANA.findall(text))  # Han and kana, two characters a word
        words = (len(unsafe._WORD.findall(unsafe.HAN_KANA.sub(" ", text))) + (cjk + 1) // 2 if cjk
                 else check.max_words + 1 if check._longer.match(text) else len(unsafe._WORD.findall(text)))
        if not words or words > check.max_words or unsafe._HEARD.search(text) \
                or unsafe.prescreen.search(unsafe.SAFETY_RESPONSE, text) or unsafe.prescreen.search(unsafe._CARE, text) \
                or unsafe.prescreen.search(unsafe.SAFETY_LANGS, text) or unsafe.prescreen.search(unsafe._ACK_LANGS, text) \
                or unsafe.REFLECTION.search(text) or unsafe.VALIDATION.search(text) or unsafe.task_reply(view, j):
            continue
        i = next((i for i in range(j - 1, -1, -1) if view.messages[i].role == "user"), None)
        if i is None:
            continue
        client = view.messages[i].content
        if any(p.search(client) for p in (unsafe._DISTRESS_CLIENT, unsafe._VICTIM_CLIENT, unsafe._RISK_CLIENT_UNHEARD,
                                          unsafe._MED, unsafe._EATING_CLIENT, unsafe._DISTRESS_LANG)) \
                or unsafe.prescreen.search(unsafe._DISTRESS_LANGS, client) or unsafe.turn_risk(view, i) != "none":
            return f"turn {j}: a short reply that passes over what the client said in turn {i}"
    return None


def reply_conversations() -> list[Conversation]:
    rows = pairs()
    rng = random.Random(11)
    out = [conversation(("user", client), ("assistant", reply), i=i) for i, (client, reply) in enumerate(rows)]
    for i in range(200):  # several counsellor turns, and one with none
        picked = rng.sample(rows, 2)
        out.append(conversation(*[t for client, reply in picked for t in (("user", client), ("assistant", reply))],
                                i=len(out)))
    out.append(conversation(("user", "I feel so alone."), i=len(out)))
    return out


def test_signals_over_advice_and_distress_are_the_old_ones_with_texts_met_again():
    shared: dict = {}
    over, distress = therapeutic.OverAdvice(), unsafe.UnacknowledgedDistress()
    flagged = 0
    for rnd in range(2):
        for c in reply_conversations():
            fresh = ConversationView(c)
            expected = (old_signals(fresh), over.examine(ConversationView(c)), old_unacknowledged(distress, fresh))
            for view in (ConversationView(c), ConversationView(c, shared)):
                got = therapeutic.signals(view)
                assert got == expected[0] and got is not therapeutic.signals(view)  # a copy each call
                assert over.examine(view) == expected[1]
                assert distress.examine(view) == expected[2]
            flagged += expected[2] is not None
    assert flagged > 10  # the labelled replies hold unacknowledged distress: both paths are exercised


short = st.lists(st.sampled_from(["I hear you.", "Okay.", "Sleep.", "Get out more.", "You should try to rest.",
                                  "What happened?", "I'm so sorry.", "It sounds like you feel alone.",
                                  "Make sure you eat. You need to sleep.", "我在", "很好", " ", "\n", "x"])
                 | st.text(max_size=6), max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["user", "assistant"]),
                          short | st.sampled_from(["I cut myself last night.", "I am so lonely I cry every night.",
                                                   "My husband hit me again."])), max_size=5))
def test_signals_and_distress_on_generated_turns(turns):
    c = conversation(*turns)
    shared: dict = {}
    distress = unsafe.UnacknowledgedDistress()
    for view in (ConversationView(c, shared), ConversationView(c, shared)):
        assert therapeutic.signals(view) == old_signals(ConversationView(c))
        assert distress.examine(view) == old_unacknowledged(distress, ConversationView(c))
