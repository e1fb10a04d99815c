"""Content-tier checks: repetition, boilerplate and refusals, language, gibberish, and
whether the answer is in proportion to the question."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from services.quality.checks.base import AssistantPatternCheck, Check, text_of
from shared.conversation import Conversation

_WORD = re.compile(r"\w+", re.UNICODE)


def repetition_stats(text: str) -> dict[str, float]:
    """Gopher's repetition measures (Rae et al. 2021, "Scaling Language Models", app. A):
    duplicate-line fraction, the share of characters in the most frequent 2/3/4-gram, and
    the share of characters in duplicated 5-grams."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    line_counts = Counter(lines)
    dup_lines = sum(c for c in line_counts.values() if c > 1) / len(lines) if lines else 0.0
    words = _WORD.findall(text.lower())
    total = sum(len(w) for w in words) or 1
    stats = {"dup_line_frac": dup_lines}
    for n in (2, 3, 4):
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            stats[f"top_{n}gram_char_frac"] = (count * sum(len(w) for w in gram)) / total if count > 1 else 0.0
        else:
            stats[f"top_{n}gram_char_frac"] = 0.0
    grams5 = Counter(tuple(words[i:i + 5]) for i in range(len(words) - 4))
    dup_positions: set[int] = set()
    for i in range(len(words) - 4):
        if grams5[tuple(words[i:i + 5])] > 1:
            dup_positions.update(range(i, i + 5))
    stats["dup_5gram_char_frac"] = sum(len(words[i]) for i in dup_positions) / total
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

    def inspect(self, conversation: Conversation) -> str | None:
        for m in conversation.messages:
            if m.role != "assistant" or len(m.content.split()) < self.min_words:
                continue
            stats = repetition_stats(m.content)
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

    def detect(self, text: str) -> str | None:
        sample = text[: self.sample_chars]
        if sum(map(str.isalpha, sample)) < self.min_letters:
            return None
        import py3langid

        return py3langid.classify(sample)[0]

    def inspect(self, conversation: Conversation) -> str | None:
        if not self.expected:
            return None
        lang = self.detect(text_of(conversation, "user", "assistant"))
        return None if lang is None or lang in self.expected else f"detected {lang!r}, expected {sorted(self.expected)}"


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

    def inspect(self, conversation: Conversation) -> str | None:
        for m in conversation.messages:
            sample = m.content[: self.sample_chars]
            words = sample.split()
            visible = sum(map(len, words))
            if visible < self.min_chars:
                continue
            letters = sum(map(str.isalpha, sample)) / visible
            if letters < self.min_letter_ratio:
                return f"{m.role} turn is {letters:.0%} letters"
            mean = visible / len(words)
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
