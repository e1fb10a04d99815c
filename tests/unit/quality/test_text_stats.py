"""Per-message ``text_stats`` (one native pass for the general checks) changes no result.

* ``dp_native.text_stats`` gives what its Python twin ``view.py_text_stats`` gives (word
  counts by ``str.split``, the sample's letters, control and replacement characters), on
  every whitespace and control character Python knows, on generated text and at the
  sample's boundary;
* the checks that read it (``Gibberish``, ``Repetition``, ``NoEmptyTurns``,
  ``EncodingDamage``) answer in ``examine`` what their ``inspect`` (the code before, which
  splits, strips and searches the text itself) answers;
* the assessor's whole output (report documents, stored conversations, verdicts, dedup
  signatures) on 100 CounselChat conversations, 150 gen.py-style ShareGPT ones and 200 odd ones is the
  same with those checks' ``examine`` and with their ``inspect`` (the slow path), and with the
  native ``text_stats`` and the Python twin."""

from __future__ import annotations

import csv
import json
import os
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.quality.assessor import Assessor
from services.quality.checks import view as view_module
from services.quality.checks.content import Gibberish, Repetition
from services.quality.checks.encoding import EncodingDamage
from services.quality.checks.turns import NoEmptyTurns
from services.quality.checks.view import STATS_SAMPLE, ConversationView, py_text_stats
from services.standardization.standardize import standardize_records
from shared.conversation import Conversation
from shared.events import QualityOptions, RawRecord
from tests.support.factories import conversation

if os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("DP_QUALITY_NATIVE") == "1":
    import dp_native
else:
    dp_native = pytest.importorskip("dp_native")

COUNSELCHAT = Path(__file__).resolve().parents[4] / "shared" / "datasets" / "counselchat_20200325.csv"
SPACES = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
CONTROLS = "".join(map(chr, [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
ODD = ["\ufffd", "é", "ß", "日本", "İ", "\u00a0", "\u2028", "\x85", "\u3000", "\u200b", "Ⅻ", "²", "\u0345", "💬",
       "Ã©", "â€™"]
PIECES = st.sampled_from(["word", "w123", " ", "  ", "\n", "\t", "x", "THE", "a.b", *SPACES, *CONTROLS, *ODD])
TEXT = st.lists(PIECES, max_size=120).map("".join)
ANY = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


def native(text: str, sample: int = STATS_SAMPLE):
    return dp_native.text_stats(text, sample)


def test_every_python_whitespace_and_control_character():
    for ch in SPACES + CONTROLS + "".join(ODD) + "abcXYZ019_.-":
        for text in (ch, f"a{ch}b", f"{ch}{ch}word{ch}", f"w1{ch}"):
            assert native(text) == py_text_stats(text), repr(ch)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(0, 130))
def test_generated_text_and_sample_boundaries(text, sample):
    assert native(text, sample) == py_text_stats(text, sample)


@settings(max_examples=150, deadline=None)
@given(ANY, st.integers(0, 40))
def test_arbitrary_code_points(text, sample):
    assert native(text, sample) == py_text_stats(text, sample)


def test_long_text_cut_inside_a_word():
    text = ("abc é " * 500) + "tail\ufffd\x01"
    for sample in (0, 1, 2, 3, 1999, 2000, 2001, len(text) - 1, len(text), len(text) + 5):
        assert native(text, sample) == py_text_stats(text, sample)


def _counselchat(n: int) -> list[Conversation]:
    if not COUNSELCHAT.exists():
        return []
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:n]
    records = [RawRecord(index=i, data=r | {"questionID": str(i)}) for i, r in enumerate(rows)]
    return standardize_records(records, dataset_id="t", source_name="cc", source_sha256="0").conversations


def _sharegpt(n: int) -> list[Conversation]:
    """gen.py-style ShareGPT conversations (the end-to-end benchmark's text: pseudo-words with
    digits, a few common words), made here with a fixed seed."""
    rng = random.Random(7)
    common = "i feel like that is the a and to of it you my me have been really anxious sad work sleep".split()

    def text() -> str:
        words = [rng.choice(common) if rng.random() < 0.45 else f"w{int(rng.paretovariate(1.0)) % 5000}"
                 for _ in range(rng.randint(20, 120))]
        return " ".join(words).capitalize() + "."

    records = []
    for i in range(n):
        turns = [{"from": "human" if t % 2 == 0 else "gpt", "value": text()} for t in range(rng.choice((2, 4, 6, 8)))]
        records.append(RawRecord(index=i, data={"id": f"c{i}", "conversations": turns, "system": "Be kind."}))
    return standardize_records(records, dataset_id="t", source_name="t.jsonl", source_sha256="0").conversations


def _odd_conversations() -> list[Conversation]:
    rng = random.Random(3)
    out = []
    for i in range(200):
        turns = []
        for _ in range(rng.randint(1, 5)):
            pieces = [rng.choice(["word", "w12", " ", "\n", "é", "\ufffd", "\x01", "\x7f", "\u00a0", "\x1c", "Ã©",
                                  "â€™", "!!!", "%%%%", "a" * 20, "  ", "日本語"]) for _ in range(rng.randint(0, 60))]
            turns.append((rng.choice(["user", "assistant", "assistant", "system"]), "".join(pieces)))
        out.append(conversation(*turns, record_index=i))
    return out


CHECKS = (Gibberish(), Gibberish(min_chars=5), Repetition(min_words=3), NoEmptyTurns(), EncodingDamage())


@pytest.mark.parametrize("source", ["odd", "sharegpt", "counselchat"])
def test_checks_examine_as_they_inspect(source):
    conversations = {"odd": _odd_conversations, "sharegpt": lambda: _sharegpt(200),
                     "counselchat": lambda: _counselchat(300)}[source]()
    if not conversations:
        pytest.skip("CounselChat is not on this machine")
    for c in conversations:
        view = ConversationView(c)
        for check in CHECKS:
            assert check.examine(view) == check.inspect(c), (check.name, c.id)


def _everything(conversations: list[Conversation], policies: int = 2) -> list[str]:
    assessor = Assessor()
    out = []
    for policy in ("redact", "flag")[:policies]:
        assessed, sigs = assessor.assess_batch(conversations, QualityOptions(pii_policy=policy), 0.7)
        out += [json.dumps([c.model_dump(mode="json"), r.to_document(), v.model_dump(mode="json")], sort_keys=True)
                for c, r, v in assessed]
        out.append(sigs.tobytes().hex())
    return out


def test_assessor_output_is_the_slow_paths(monkeypatch):
    conversations = _counselchat(100) + _sharegpt(150) + _odd_conversations()
    fast = _everything(conversations)
    monkeypatch.setattr(view_module, "text_stats", py_text_stats)
    assert _everything(conversations, policies=1) == fast[:len(fast) // 2]
    for cls in (Gibberish, Repetition, NoEmptyTurns, EncodingDamage):  # the code before: inspect
        monkeypatch.setattr(cls, "examine", lambda self, view: self.inspect(view.conversation))
    assert _everything(conversations) == fast


@pytest.mark.parametrize("text", [
    "我最近总是很焦虑，不知道为什么。晚上睡不着，白天也没有精神，感觉什么都做不好。",
    "仕事のストレスで眠れなくて、毎朝吐き気がします。どうしたらいいかわかりません。",
    "ช่วงนี้ฉันนอนไม่หลับเลยและรู้สึกเหนื่อยมากทุกวันไม่รู้จะทำอย่างไรดี",
    "それはとてもつらいですね。眠れない状態が続くと体にも負担がかかります。",
])
def test_sentences_of_scripts_written_without_spaces_are_not_gibberish(text):
    """Chinese, Japanese and Thai write words without spaces: a sentence is one whitespace "word" of 30+
    characters, which the mean word length read as gibberish (every such message of 30 visible characters
    or more was flagged until the twenty-third session). Their characters count half a word each."""
    c = conversation(("user", text), ("assistant", text))
    for check in (Gibberish(), Gibberish(min_chars=5)):
        assert check.inspect(c) is None and check.examine(ConversationView(c)) is None


@pytest.mark.parametrize("text", [
    "%%%% $$$$ #### @@@@ !!!! ^^^^ &&&& **** %%%% $$$$",
    "aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQgZW5jb2RlZCBkYXRhIHRoYXQgZ29lcyBvbg==",
    "日本語" * 3 + "aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQgZW5jb2RlZCBkYXRh" * 2,
])
def test_symbols_and_encoded_data_are_still_gibberish(text):
    c = conversation(("user", "help"), ("assistant", text))
    for check in (Gibberish(), Gibberish(min_chars=5)):
        assert check.inspect(c) is not None and check.examine(ConversationView(c)) is not None
