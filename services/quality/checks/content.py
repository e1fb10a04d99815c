"""Content-tier checks: repetition, boilerplate and refusals, language, gibberish, and
whether the answer is in proportion to the question."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from itertools import compress

from services.quality.checks import language_id
from services.quality.checks.unspaced import UNSPACED_SCRIPT
from shared.native import NATIVE
from services.quality.checks.base import AssistantPatternCheck, Check, ConversationView
from services.quality.checks.view import STATS_SAMPLE
from shared.conversation import Conversation

_WORD = re.compile(r"\w+", re.UNICODE)
# samples whose language ``Language.prefetch`` keeps (at most ~300 characters each: ~15 MB)
LANGUAGE_MEMO = 50_000
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII = re.compile(r"[\x00-\x7f]+")  # runs of ASCII, dropped to leave the others


def count_letters(text: str) -> int:
    """``sum(map(str.isalpha, text))``: the ASCII letters by one bytes.translate (a C loop),
    then the few non-ASCII characters one by one."""
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + count_non_ascii_letters(text)


def count_non_ascii_letters(text: str) -> int:
    """``sum(map(str.isalpha, text))`` over the non-ASCII characters of ``text`` (what is left once
    the ASCII runs are dropped: ``re`` matches a long run at once, where a search for the rare
    non-ASCII character tries every position; ~4x faster on counselling text)."""
    return sum(map(str.isalpha, _ASCII.sub("", text)))


REPETITION_STATS = ("dup_line_frac", "top_2gram_char_frac", "top_3gram_char_frac", "top_4gram_char_frac",
                    "dup_5gram_char_frac")


def repetition_stats(text: str) -> dict[str, float]:
    """Gopher's repetition measures (``py_repetition_stats``), natively when ``dp_native`` is
    installed: the same figures, ~20x faster."""
    if NATIVE is not None:
        return dict(zip(REPETITION_STATS, NATIVE.repetition_stats(text)))
    return py_repetition_stats(text)


def py_repetition_stats(text: str) -> dict[str, float]:
    """Gopher's repetition measures (Rae et al. 2021, "Scaling Language Models", app. A):
    duplicate-line fraction, the share of characters in the most frequent 2/3/4-gram, and
    the share of characters in duplicated 5-grams.

    Counted incrementally: an n-gram can only occur twice where its (n-1)-gram prefix does,
    so each longer n-gram is counted only at the starts of repeated shorter ones (every
    occurrence of a repeated n-gram is among them, in text order, so its count and the
    first-seen tie-break of ``Counter.most_common`` are those of a full count)."""
    stripped = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in stripped if ln]
    dup_lines = sum(c for c in Counter(lines).values() if c > 1) / len(lines) if lines else 0.0
    words = _WORD.findall(text.lower())
    lengths = list(map(len, words))
    total = sum(lengths) or 1
    stats = {"dup_line_frac": dup_lines}
    grams = list(zip(words, words[1:]))
    starts: list[int] | range = range(len(grams))  # where an n-gram may occur more than once
    duplicated = 0
    for n in (2, 3, 4, 5):
        if n > 2:
            starts = [i for i in starts if i + n <= len(words)]
            grams = [tuple(words[i:i + n]) for i in starts]
        counts = Counter(grams)
        if n < 5:
            stats[f"top_{n}gram_char_frac"] = 0.0
            if counts:
                gram, count = counts.most_common(1)[0]
                if count > 1:
                    stats[f"top_{n}gram_char_frac"] = (count * sum(map(len, gram))) / total
        starts = list(compress(starts, map((1).__lt__, map(counts.__getitem__, grams))))
        if n == 5 and starts:
            covered = bytearray(len(words))
            for i in starts:
                covered[i:i + 5] = b"\x01\x01\x01\x01\x01"
            duplicated = sum(compress(lengths, covered))
    stats["dup_5gram_char_frac"] = duplicated / total
    return stats


class Repetition(Check):
    name = "repetition"
    reason = "repetitive_text"
    tier = "content"
    weight = 0.5
    recommendation = "the text repeats itself (a generation loop or a scraping artefact): trim or drop it"
    # Gopher's thresholds
    LIMITS = {"dup_line_frac": 0.30, "top_2gram_char_frac": 0.20, "top_3gram_char_frac": 0.18,
              "top_4gram_char_frac": 0.16, "dup_5gram_char_frac": 0.15}

    def __init__(self, min_words: int = 50) -> None:
        self.min_words = min_words

    def examine(self, view: ConversationView) -> str | None:
        return self._first_over(view.messages, lambda text: view.stats(text)[0],  # len(text.split())
                                lambda text: view.fold(text).remembered("repetition", lambda: repetition_stats(text)))

    def inspect(self, conversation: Conversation) -> str | None:
        return self._first_over(conversation.messages, lambda text: len(text.split()), repetition_stats)

    def _first_over(self, messages, words, measured) -> str | None:
        """The first assistant turn of at least ``min_words`` words (``words(text)``) over a limit
        (``measured(text)``: its ``repetition_stats``, kept with the text by ``examine``)."""
        for m in messages:
            if m.role != "assistant" or words(m.content) < self.min_words:
                continue
            stats = measured(m.content)
            over = {k: round(v, 2) for k, v in stats.items() if v > self.LIMITS[k]}
            if over:
                return f"assistant turn over Gopher limits: {over}"
        return None


BOILERPLATE = re.compile(
    r"\bas an ai(?: language model)?\b|\bas a (?:large )?language model\b|\bi(?:'m| am) (?:just )?an ai\b|"
    r"\bi(?:'m| am) sorry,? but i (?:can(?:no|')t|am unable to)\b|\bi can(?:no|')t (?:help|assist) with (?:that|this)\b|"
    r"\bi(?:'m| am) (?:not able|unable) to (?:provide|help|assist)\b|\bmy (?:knowledge|training) cut-?off\b|"
    r"\bi do(?:n'|\s+no)t have (?:personal )?(?:opinions|feelings|emotions)\b|\bopenai\b",
    re.IGNORECASE,
)


class Boilerplate(AssistantPatternCheck):
    name = "boilerplate"
    reason = "refusal_or_boilerplate"
    tier = "content"
    weight = 0.5
    recommendation = "an AI disclaimer or refusal is not a counselling answer: replace or drop"
    pattern = BOILERPLATE


class Language(Check):
    """Offline language identification with py3langid (its model ships in the package)."""

    name = "language"
    reason = "unexpected_language"
    tier = "content"
    weight = 0.6
    recommendation = "the conversation is not in the dataset's language(s): route it to the right dataset"

    def __init__(self, expected: Sequence[str] = ("en",), min_letters: int = 40, sample_chars: int = 300) -> None:
        self.expected = set(expected)
        self.min_letters = min_letters
        self.sample_chars = sample_chars
        # label by sample, kept from one batch to the next (``prefetch``): a sample met again is
        # a dict lookup instead of a classification
        self._labels: dict[str, str] = {}

    def sample(self, text: str) -> str | None:
        """The part of ``text`` classified, or None when it has too few letters to tell."""
        sample = text[: self.sample_chars]
        return None if count_letters(sample) < self.min_letters else sample

    def detect(self, text: str) -> str | None:
        sample = self.sample(text)
        return None if sample is None else language_id.classify(sample)  # py3langid's label, vectorised

    def prefetch(self, views: Sequence[ConversationView]) -> None:
        """Classify the samples of a batch's conversations in one native call (their byte walks
        side by side: ``language_id.classify_many``); ``examine`` then finds the label in the
        view's memo. The same labels as ``detect``, one by one."""
        if not self.expected:
            return
        key = ("language", self.sample_chars, self.min_letters)
        samples = [self.sample(view.text("user", "assistant")) for view in views]
        known = self._labels
        todo = list(dict.fromkeys(s for s in samples if s is not None and s not in known))
        if todo:
            known.update(zip(todo, language_id.classify_many(todo)))
        for view, sample in zip(views, samples):
            view.memo[key] = None if sample is None else known[sample]
        if len(known) > LANGUAGE_MEMO:  # first in, first out: drop the older half
            for sample in list(itertools.islice(known, len(known) // 2)):
                del known[sample]

    def examine(self, view: ConversationView) -> str | None:
        if not self.expected:
            return None
        key = ("language", self.sample_chars, self.min_letters)
        lang = view.memo[key] if key in view.memo else self.detect(view.text("user", "assistant"))
        return None if lang is None or lang in self.expected else f"detected {lang!r}, expected {sorted(self.expected)}"


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han): a sentence of them
# is one whitespace "word" of thirty characters, which the mean word length read as non-words; each of
# their characters counts half a word there (``unspaced.UNSPACED_SCRIPT``)
def _words_with_unspaced(sample: str, n_words: int) -> float:
    return n_words + len(UNSPACED_SCRIPT.findall(sample)) / 2


class Gibberish(Check):
    name = "gibberish"
    reason = "gibberish"
    tier = "content"
    weight = 0.6
    recommendation = "mostly symbols or non-words: likely a broken scrape or encoded data"

    def __init__(self, min_letter_ratio: float = 0.6, max_mean_word_len: float = 15.0, min_chars: int = 30,
                 sample_chars: int = 2000) -> None:
        self.min_letter_ratio = min_letter_ratio
        self.max_mean_word_len = max_mean_word_len
        self.min_chars = min_chars
        self.sample_chars = sample_chars

    def examine(self, view: ConversationView) -> str | None:
        if self.sample_chars != STATS_SAMPLE:
            return self.inspect(view.conversation)
        for m in view.messages:
            # the sample's words, their characters and its letters (``text_stats``): what
            # ``inspect`` computes with str.split and ``count_letters``
            _, n_words, visible, ascii_letters, ascii, _, _ = view.stats(m.content)
            if visible < self.min_chars:
                continue
            if not ascii:
                ascii_letters += count_non_ascii_letters(m.content[: self.sample_chars])
            letters = ascii_letters / visible
            if letters < self.min_letter_ratio:
                return f"{m.role} turn is {letters:.0%} letters"
            mean = visible / (n_words if ascii else _words_with_unspaced(m.content[: self.sample_chars], n_words))
            if mean > self.max_mean_word_len:
                return f"{m.role} turn has a mean word length of {mean:.0f}"
        return None

    def inspect(self, conversation: Conversation) -> str | None:
        for m in conversation.messages:
            sample = m.content[: self.sample_chars]
            words = sample.split()
            visible = sum(map(len, words))
            if visible < self.min_chars:
                continue
            letters = count_letters(sample) / visible
            if letters < self.min_letter_ratio:
                return f"{m.role} turn is {letters:.0%} letters"
            mean = visible / _words_with_unspaced(sample, len(words))
            if mean > self.max_mean_word_len:
                return f"{m.role} turn has a mean word length of {mean:.0f}"
        return None


class AnswerProportion(Check):
    name = "answer_proportion"
    reason = "answer_out_of_proportion"
    tier = "content"
    weight = 0.3
    recommendation = "a long question answered in a few words (or the reverse): check the pairing"

    def __init__(self, min_ratio: float = 0.05, long_question_chars: int = 300) -> None:
        self.min_ratio = min_ratio
        self.long_question_chars = long_question_chars

    def inspect(self, conversation: Conversation) -> str | None:
        msgs = conversation.messages
        for q, a in zip(msgs, msgs[1:]):
            if q.role == "user" and a.role == "assistant" and len(q.content) >= self.long_question_chars:
                ratio = len(a.content) / len(q.content)
                if ratio < self.min_ratio:
                    return f"a {len(q.content)}-char question answered in {len(a.content)} chars"
        return None
