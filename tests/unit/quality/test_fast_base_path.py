"""The base path's speed work (issue 10) leaves every result as it was:

* ``prescreen.search`` gives ``pattern.search``'s match (trying ``re`` only where the native
  superset starts one), on the risk cues and every PII pattern, on real, generated and hostile
  text, with few and many candidates, and without the native module;
* ``find_pii``'s whole-text screens (one native prescreen for all the patterns of a plan) give
  the same spans as running the plan, and rule a text out only when no pattern of it matches;
  the native word-initial digit test on ASCII text is its ``re`` twin;
* with the learned reply stage off, no reply pair is gated and no check reads one;
* the distress check counts a reply's words only up to its limit: the same verdicts; so does the
  reply gate (``reply_model.more_words_than``: one ``re`` match);
* ``crisis.prefetch`` remembers, per view, which client turns may hold risk (``turn_possible``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks.base import ConversationView
from services.quality.checks.counselling import crisis, reply_model, risk_cues, unsafe
from services.quality.checks.counselling.unsafe import UnacknowledgedDistress
from shared import prescreen
from shared.conversation import Conversation, Lineage, Message
from shared.pii import detect
from shared.prefilter import Folded

native = pytest.mark.skipif(prescreen.prescreen(risk_cues.CUES) is None, reason="dp_native not installed")

PIECES = ["I want to die", "hopeless", "a burden", "Worthless", "burdens", "studied", "Die Hard", "dies", "kill me", "skill meter", "suicide", "SUICIDAL",
          "pills", "spills", "bridge", "abridged", "muerte", "морить", "死", "życie", "ÉTAIS PLUS", "plus là",
          "jo.smith@example.com", "call 07700 900123", "born on 3 March 1990", "w123 w4567", "mp3", "NHS 943 476 5919",
          "snapchat: kaylaa_22", "u/someone", "192.168.0.1", "12 Baker Street", "SW1A 1AA", "Dr. van der Berg",
          "İ", "ı", "ſ", "\u212a", "é", "😀", "\u2019", "\n", ".", " ", "-", "@", "/", "_", "x", "1", "a1", " 1"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=12).map("".join)
PATTERNS = [risk_cues.CUES, risk_cues.CUES_RAW, crisis._LOW, re.compile(r"(?<![a-z])a*"), re.compile(r"\bdie\b|x?", re.I),
            re.compile(r"(?<=\d)\d{2}"), *(p for _, p, _ in detect.PATTERNS)]


def same(a: re.Match | None, b: re.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.group(0) == b.group(0)


@native
@settings(max_examples=300, deadline=None)
@given(texts, st.integers(1, 10))
def test_search_is_re_search(text, tries):
    for pattern in PATTERNS:
        assert same(prescreen.search(pattern, text, tries), pattern.search(text)), (pattern.pattern[:60], text)


@native
def test_search_on_many_candidates_and_at_the_end():
    text = "studied " * 200 + "abridged " * 50 + "and then I want to die"
    for tries in (1, 3, 8, 1000):
        m = prescreen.search(risk_cues.CUES, text, tries)
        assert m is not None and same(m, risk_cues.CUES.search(text)) and m.start() > 1800
    assert prescreen.search(risk_cues.CUES, "studied " * 300) is None
    assert same(prescreen.search(re.compile("a*"), ""), re.compile("a*").search(""))
    low = "nie chcę już żyć"
    assert same(prescreen.search(risk_cues.CUES_RAW, low), risk_cues.CUES_RAW.search(low))


def test_search_without_a_prescreen_is_re_search(monkeypatch):
    monkeypatch.setattr(prescreen, "prescreen", lambda pattern: None)  # the Python twin: no native module
    for text in ("I want to die", "studied", ""):
        assert same(prescreen.search(risk_cues.CUES, text), risk_cues.CUES.search(text))


@native
@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_native_word_initial_digit_test_is_the_re_one(text):
    if text.isascii():
        assert detect._word_initial_ascii_digit(text) == (detect._WORD_INITIAL_DIGIT.search(text) is not None)


@native
@settings(max_examples=300, deadline=None)
@given(texts)
def test_whole_text_screens_rule_out_only_texts_no_pattern_of_the_plan_matches(text):
    detect.find_pii("x")  # builds the plans and their screens
    for plan, whole in zip(detect._PLANS, detect._SCREENS):
        if whole is None or whole[0].is_match(text):
            continue
        kept = {id(e[1]) for e in whole[1]}
        assert not any(e[1].search(text) for e in plan if id(e[1]) not in kept), text


@native
@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_pii_with_and_without_the_whole_text_screens(text):
    detect.find_pii("x")
    screened = detect.find_pii(text, Folded(text))
    screens = detect._SCREENS
    try:
        detect._SCREENS = (None, None, None)
        assert detect.find_pii(text, Folded(text)) == screened
    finally:
        detect._SCREENS = screens


@native
def test_whole_text_screens_exist_for_the_plans_of_text_without_word_initial_digits():
    detect.find_pii("x")
    assert detect._SCREENS[0] is not None and detect._SCREENS[1] is not None and detect._SCREENS[2] is None
    assert not detect._SCREENS[1][0].is_match("w123 w4567 the build mp3 passed")
    assert detect._SCREENS[0][0].is_match("write to jo.smith@example.com")
    assert [s.kind for s in detect.find_pii("w123 mail jo.smith@example.com")] == ["EMAIL"]


def view(*turns: tuple[str, str]) -> ConversationView:
    return ConversationView(Conversation(
        id="b", original_format="t", lineage=Lineage(dataset_id="t", source_name="t", source_sha256="0" * 64,
                                                     record_index=0),
        messages=[Message(role=r, content=c) for r, c in turns]))


def test_no_reply_pairs_when_the_stage_is_off(monkeypatch):
    monkeypatch.setattr(reply_model, "model", lambda: None)
    v = view(("user", "My girlfriend slapped me when I forgot her birthday."),
             ("assistant", "Well, what did you do to make her that angry?"))
    assert reply_model.gate(v.messages[0].content, v.messages[1].content, "none")  # a candidate when on
    assert unsafe._pairs(v) == [] and unsafe.learned(v, "victim_blaming") is None
    assert unsafe.prefetch_replies([v]) == 0


@pytest.mark.parametrize("words", [1, 29, 30, 31, 32, 200])
def test_the_distress_check_counts_words_up_to_its_limit(words):
    reply = " ".join(["ok"] * words)
    client = "I feel so hopeless and alone, I cry every night."
    found = UnacknowledgedDistress().examine(view(("user", client), ("assistant", reply)))
    assert (found is not None) == (len(re.findall(r"\w+", reply)) <= 30)
    cjk = UnacknowledgedDistress().examine(view(("user", client), ("assistant", reply + " 好")))
    assert (cjk is not None) == (words + 1 <= 30)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab_1 ,.'\n\t-éß中ـ٣\u200b\u00a0🙂", max_size=200), st.sampled_from([0, 1, 2, 30, 60]))
def test_more_words_than_is_counting_the_words(text, n):
    """The distress check's and the reply gate's word limits: one ``re`` match, the count's answer."""
    assert (reply_model.more_words_than(n).match(text) is not None) == (len(re.findall(r"\w+", text)) > n)


@pytest.mark.parametrize("words", [0, 1, 59, 60, 61, 150])
def test_short_enough_is_the_counted_limit(words):
    reply = " ".join(["ok,"] * words) + " ..."
    assert reply_model.short_enough(reply) == (0 < len(re.findall(r"\w+", reply)) <= reply_model.MAX_WORDS)


RISKY = "I have pills saved up and I'm going to take them all tonight."
BENIGN = "Can you help me plan a birthday party for my sister?"


def test_prefetch_remembers_each_views_own_turns(monkeypatch):
    """``crisis.prefetch`` asks ``possible`` of each client turn once; ``turn_risk`` reads the
    answer the view remembers, its own (two views' turn 1 are two texts)."""
    risky, benign = view(("assistant", "Hi."), ("user", RISKY)), view(("assistant", "Hi."), ("user", BENIGN))
    fresh = [crisis.turn_risk(view(("assistant", "Hi."), ("user", t)), 1) for t in (RISKY, BENIGN)]
    calls = []
    real = crisis.possible
    monkeypatch.setattr(crisis, "possible", lambda folded: calls.append(folded.text) or real(folded))
    crisis.prefetch([benign, risky])  # a memo shared by the views would give the risky turn benign's answer
    assert sorted(calls) == sorted([RISKY, BENIGN])
    assert [crisis.turn_risk(risky, 1), crisis.turn_risk(benign, 1)] == fresh
    assert fresh[0] != "none" and fresh[1] == "none"
    assert len(calls) == 2  # not asked again
