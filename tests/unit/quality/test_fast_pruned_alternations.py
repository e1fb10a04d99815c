"""``prefilter.Pruned`` (run only the alternatives of a large alternation whose literals a text
holds) gives the matches of the whole pattern, on generated texts built from the patterns' own
phrases and on every labelled text; and the risk classifier built on it equals the plain one."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.checks import default_checks
from services.quality.checks.counselling import crisis, risk, risk_en31c, risk_en33, risk_langs, risk_use_langs, therapeutic
from shared import prefilter
from services.quality.checks.prefilter import Folded, alternatives, pruned

LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"

PATTERNS = [p for _, p in risk._COMPILED] + [risk.ANY, crisis.SAFETY_RESPONSE, therapeutic.REFLECTION,
                                             therapeutic.VALIDATION, therapeutic.ADVICE, therapeutic.OPEN_QUESTION]
PATTERNS += [getattr(c, a) for c in default_checks() for a in ("pattern", "brief", "contextual")
             if isinstance(getattr(c, a, None), re.Pattern)]


def labelled_texts() -> list[str]:
    out = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        if "heldout" in path.name:  # the blind sets are read only by tests marked ``heldout``
            continue
        for line in path.read_text().splitlines():
            item = json.loads(line)
            out += [item["client"], item["reply"]] if "client" in item else [item["text"]]
    return out


TEXTS = labelled_texts()
PHRASES = [
    "I want to die", "kill myself", "suicidal", "better off without me", "not wake up", "gave away my guitar",
    "took all my pills", "cut my arms", "years ago", "my friend", "in the book", "stop taking your meds",
    "you have bipolar", "get over it", "at least you", "what did you do to provoke", "go ahead", "well done",
    "skip meals", "50 mg", "two tablets", "it sounds like", "you should", "that makes sense", "What do you think?",
    "are you safe", "988", "samaritans", "quiero morir", "je veux mourir", "ich will sterben", "İ", "ı", "ſ",
    "\u2019", "\n", ".", "?", " ",
]


def spans(pattern, text):
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)] if pattern is not None else []


def assert_same(text: str) -> None:
    folded = Folded(text)
    for pattern in PATTERNS:
        p = pruned(pattern)
        assert spans(p.select(folded), text) == spans(pattern, text), pattern.pattern[:60]
        if p.branches:
            assert p.keep(folded) == tuple(i for i, g in enumerate(p.branches) if g.may_match(folded))


def plain_classify(text: str):
    mentioned = False
    for category, pattern in risk._COMPILED:
        for m in pattern.finditer(text):
            mentioned = True
            if risk._disclosure(text, m) and not risk._everyday(category, text, m):  # round twelve's everyday words
                return category, True
        for m in risk._CJK_COMPILED[category].finditer(text):  # Chinese / Russian, not pruned
            mentioned = True
            # (riskblind34) things given away for a move are no plan ("我把旧衣服 ... 送给了表妹，下个月要搬去上海了")
            if risk._cjk_disclosure(text, m) and not (category == "plan_preparation" and risk._cjk_move34(text, m)):
                return category, True
        # the languages USE-m3 does not read (``risk_langs``), without their guards
        for pattern, read in ((risk_langs.ASCII[category], text), (risk_langs.RAW[category], text.lower())):
            for m in pattern.finditer(read):
                mentioned = True
                if risk_langs.disclosure(read, m) and not (category == "nssi" and risk_langs._accidental(read, m)):
                    return category, True
        # USE-m3's own languages (``risk_use_langs``), branch by branch without their guards
        for branches, read in ((risk_use_langs._ASCII_BRANCHES[category], text),
                               (risk_use_langs._RAW_BRANCHES[category], text.lower())):
            for branch in branches:
                for m in branch.finditer(read):
                    mentioned = True
                    if risk_use_langs.disclosure(read, m) and not (category == "nssi" and risk._romance_everyday(text)):
                        return category, True
        # their denials (round twelve: "死にたくない", "자살 생각은 없어요"): a mention, never a disclosure
        for branches, read in ((risk_use_langs._DENIAL_ASCII_BRANCHES.get(category, []), text),
                               (risk_use_langs._DENIAL_RAW_BRANCHES.get(category, []) if not text.isascii() else [], text.lower())):
            mentioned = mentioned or any(branch.search(read) for branch in branches)
    return "none", mentioned


def test_alternatives_give_back_the_pattern():
    for pattern in PATTERNS:
        parts = alternatives(pattern)
        assert len(parts) > 1 or pattern in (therapeutic.OPEN_QUESTION,)
        joined = re.compile("|".join(parts), pattern.flags & ~re.UNICODE)
        for text in TEXTS[:300]:
            assert spans(joined, text) == spans(pattern, text)


def test_split_handles_classes_escapes_and_groups():
    assert alternatives(re.compile(r"a[|]b|c\|d|(?:e|f)g")) == ["a[|]b", r"c\|d", "(?:e|f)g"]
    assert alternatives(re.compile(r"\b(?:x|y[)|]z)\b")) == [r"\b(?:x)\b", r"\b(?:y[)|]z)\b"]
    assert alternatives(re.compile(r"\b(?:x|y)(?:z)")) == [r"\b(?:x|y)(?:z)"]  # the group does not end it
    assert alternatives(re.compile(r"(a)|b")) == ["(a)|b"]  # capture groups: not split


@pytest.mark.parametrize("chunk", range(4))
def test_pruned_equals_whole_pattern_on_labelled_texts(chunk):
    for text in TEXTS[chunk::4]:
        assert_same(text)
        # (thirty-first session) classify reads riskblind31c's spelling and dialect forms first (``risk_en31c``), and
        # (thirty-third session) riskblind33b's Scots, Irish and Australian forms after them (``risk_en33``)
        assert risk.classify.__wrapped__(text) == plain_classify(
            risk.read_clitics(risk_en33.read_spelling(risk_en31c.read_spelling(text))))


@st.composite
def texts(draw):
    parts = draw(st.lists(st.sampled_from(PHRASES) | st.sampled_from(TEXTS) | st.text(max_size=8), max_size=8))
    text = " ".join(parts)
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if f else c for c, f in zip(text, flips))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_pruned_equals_whole_pattern_on_generated_texts(text):
    assert_same(text)
    assert risk.classify.__wrapped__(text) == plain_classify(risk.read_clitics(text))


@pytest.mark.parametrize("hot_uses", [1, 3, 10**9])
def test_branch_prescreens_and_combined_ones_give_the_same_matches(monkeypatch, hot_uses):
    # a set of several kept branches is first tried branch by branch, each with its own
    # prescreen, and after ``HOT_USES`` uses through one combined prescreen: both forms (and the
    # switch between them, at 3) must leave ``select`` and ``locate`` with the pattern's matches
    monkeypatch.setattr(prefilter, "HOT_USES", hot_uses)
    fresh = [(pattern, prefilter.Pruned(pattern)) for pattern in PATTERNS]
    several = 0
    for text in TEXTS[::7] + [" ".join(PHRASES)] * 4:
        folded = Folded(text)
        for pattern, p in fresh:
            whole = spans(pattern, text)
            assert spans(p.select(folded), text) == whole, pattern.pattern[:60]
            located = p.locate(folded)
            if located is None:
                assert whole == []
            else:
                chosen, pos = located
                assert [(m.start(), m.end(), m.group(0)) for m in chosen.finditer(text, pos)] == whole
            several += any(e is not None and e[2] for e in p._by_mask.values())
    assert several  # the several-branch form was met
