"""One count of words for scripts written without spaces (``services.quality.checks.unspaced``): Han and
kana two characters a word, for the terse checks and the learned stage's terse decision alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.quality.checks.base import ConversationView
from services.quality.checks.counselling import reply_model, unsafe
from services.quality.checks.unspaced import UNSPACED_SCRIPT, han_kana, terse_words
from tests.support.factories import conversation

DISTRESS = "I can't go on anymore. I feel completely broken and nobody notices."


@pytest.mark.parametrize("text, expected", [
    ("ok", 1), ("I hear you.", 3), ("はい", 1), ("そっかあ", 2),
    ("どうしてそうおもうの", 5),  # a whole question in hiragana: five words, not one
    ("お悔やみ申し上げます。", 5), ("辛かったね", 3), ("OK，我明白", 3), ("", 0),
    ("ขอโทษ", 1),  # Thai is not counted two characters a word: its words are longer
])
def test_terse_words(text, expected):
    assert terse_words(text) == expected
    assert reply_model.terse_words(text) == expected


@given(st.text(max_size=40))
def test_han_kana_never_lowers_the_word_count_of_text_without_them(text):
    if han_kana(text) == 0:
        assert terse_words(text) == len(__import__("re").findall(r"\w+", text))
    assert terse_words(text) >= 0


def view(reply: str) -> ConversationView:
    return ConversationView(conversation(("user", DISTRESS), ("assistant", reply)))


@pytest.mark.parametrize("reply", ["どうしてそうおもうの", "いつからそうかんじているの"])
def test_a_question_in_kana_is_not_a_one_word_answer(reply):
    """Han alone was counted before: a sentence in hiragana was one word, a terse non-answer."""
    assert unsafe.TerseNonAnswer().examine(view(reply)) is None


@pytest.mark.parametrize("reply", ["はい", "ふーん", "そっかあ", "了解"])
def test_a_bare_word_in_japanese_or_chinese_is_still_terse(reply):
    assert unsafe.TerseNonAnswer().examine(view(reply)) is not None


def test_the_gibberish_measure_keeps_its_wider_class():
    assert UNSPACED_SCRIPT.search("ขอโทษ") and UNSPACED_SCRIPT.search("はい") and not UNSPACED_SCRIPT.search("ok")
