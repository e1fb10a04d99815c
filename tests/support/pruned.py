"""What the ``prefilter.Pruned`` equivalence tests share (``tests/unit/quality/test_fast_pruned_*.py``): the
alternations the checks prune, every labelled text once (the blind ``heldout`` files left out), the phrases the
generated texts are built from, each whole pattern's matches on a text (run once and shared by every comparison
that needs them), and ``plain_classify``, the unguarded, unpruned reference of ``risk.classify``.

The comparisons are those the single test file made before it was split: ``Pruned.select`` against the whole
pattern for every pattern on every text, ``Pruned.keep`` against each branch guard's ``may_match``, and
``classify`` against ``plain_classify``. Only repeated work is gone: a text that stands in several labelled
files (or twice in one) is checked once, and the whole pattern runs once per text, its matches serving both
the ``select`` comparison and ``plain_classify`` (whose risk category patterns are ``PATTERNS``' first seven)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from services.quality.checks import default_checks
from services.quality.checks.counselling import crisis, risk, risk_en31c, risk_en33, risk_langs, risk_use_langs, therapeutic
from services.quality.checks.prefilter import Folded, pruned

LABELLED = Path(__file__).resolve().parent / "labelled"

PATTERNS = [p for _, p in risk._COMPILED] + [risk.ANY, crisis.SAFETY_RESPONSE, therapeutic.REFLECTION,
                                             therapeutic.VALIDATION, therapeutic.ADVICE, therapeutic.OPEN_QUESTION]
PATTERNS += [getattr(c, a) for c in default_checks() for a in ("pattern", "brief", "contextual")
             if isinstance(getattr(c, a, None), re.Pattern)]
# ``plain_classify`` reads the category patterns' matches from ``whole`` (they are the first of ``PATTERNS``)
N_CATEGORIES = len(risk._COMPILED)
assert all(PATTERNS[i] is p for i, (_, p) in enumerate(risk._COMPILED))


def labelled_texts() -> list[str]:
    """Every text of every labelled file but the blind ones, in file order (duplicates kept)."""
    out = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        if "heldout" in path.name:  # the blind sets are read only by tests marked ``heldout``
            continue
        for line in path.read_text().splitlines():
            item = json.loads(line)
            out += [item["client"], item["reply"]] if "client" in item else [item["text"]]
    return out


# each distinct text once, in the order it is first met (~4% of the labelled texts are repeats)
TEXTS = list(dict.fromkeys(labelled_texts()))
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


def whole(text: str) -> list[list[re.Match]]:
    """Each of ``PATTERNS``' matches on ``text``, the whole pattern run as it is (no pruning, no guard)."""
    return [list(pattern.finditer(text)) for pattern in PATTERNS]


def match_spans(matches: list[re.Match]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def assert_same(text: str, matches: list[list[re.Match]] | None = None) -> list[list[re.Match]]:
    """``Pruned.select`` gives every pattern's whole matches on ``text`` (``matches``: ``whole(text)``, when
    the caller has it), and ``Pruned.keep`` the branches whose guards pass. Returns the whole matches."""
    if matches is None:
        matches = whole(text)
    folded = Folded(text)
    for pattern, found in zip(PATTERNS, matches):
        p = pruned(pattern)
        assert spans(p.select(folded), text) == match_spans(found), pattern.pattern[:60]
        if p.branches:
            assert p.keep(folded) == tuple(i for i, g in enumerate(p.branches) if g.may_match(folded))
    return matches


def classify_reads(text: str) -> str:
    """The text ``classify`` reads the risk patterns in: riskblind31c's spelling and dialect forms first
    (``risk_en31c``, thirty-first session), riskblind33b's Scots, Irish and Australian forms after them
    (``risk_en33``, thirty-third session), then the clitics."""
    return risk.read_clitics(risk_en33.read_spelling(risk_en31c.read_spelling(text)))


def plain_classify(text: str, matches: list[list[re.Match]] | None = None):
    """``classify`` unguarded and unpruned. ``matches``: ``whole(text)`` (of this very text), whose first
    ``N_CATEGORIES`` lists are the category patterns' matches; without it they are run here."""
    mentioned = False
    for c, (category, pattern) in enumerate(risk._COMPILED):
        for m in (matches[c] if matches is not None else pattern.finditer(text)):
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


def assert_labelled(text: str) -> None:
    """A labelled text: ``assert_same``, and ``classify`` equal to ``plain_classify`` (which reuses the whole
    category patterns' matches when the text ``classify`` reads is the text itself, as it mostly is)."""
    matches = assert_same(text)
    read = classify_reads(text)
    assert risk.classify.__wrapped__(text) == plain_classify(read, matches if read == text else None)
