"""Counting words in scripts written without spaces between words.

``\\w+`` reads a whole Chinese or Japanese sentence as one word, so a check that asks "how many words"
would call a full sentence terse. Two measures, one place:

- :func:`terse_words` (the terse and unheard-reply checks, ``reply_model``'s terse decision): Han and
  kana count two characters a word, every other run of word characters one word. Thai, Lao, Khmer and
  Myanmar are not counted this way: their words are longer than two characters, so the count would call
  a bare Thai "sorry" two or three words.
- :data:`UNSPACED_SCRIPT` (``content``'s gibberish test, a mean word length): those scripts too, half a
  word a character, a lenient bound for a mean.
"""

from __future__ import annotations

import re

HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                             r"\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+")


def han_kana(text: str) -> int:
    """How many Han and kana characters ``text`` holds (0 for ASCII text, without a scan)."""
    return 0 if text.isascii() else len(HAN_KANA.findall(text))


def terse_words(text: str, unspaced: int | None = None) -> int:
    """The words of ``text`` with Han and kana at two characters a word ("お悔やみ申し上げます。" is
    more than one word); ``unspaced``: :func:`han_kana` of it when the caller has it already."""
    unspaced = han_kana(text) if unspaced is None else unspaced
    if not unspaced:
        return len(_WORD.findall(text))
    return len(_WORD.findall(HAN_KANA.sub(" ", text))) + (unspaced + 1) // 2
