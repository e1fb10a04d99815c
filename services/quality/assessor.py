"""The quality service's work on a batch, free of Kafka and MongoDB: assess every
conversation with the run's options (or take the prior report a merge stored with it, when
it was made with the same fingerprint: ``reuse``), decide pass/fail, compute dedup signatures.

Only the checks of the run's tiers run (``QualityOptions.tiers``); without the counselling tier
the batch's risk prefetch (the learned risk and reply stages' MiniLM passes) is skipped too. PII
detection and the PII policy are no tier: they apply to every conversation.

Duplicates are not decided here: which copy is the original depends on every earlier batch of
the run, which another replica may be scoring right now. Each conversation's signature travels
with its verdict, and production resolves the run's clusters in input order at its end
(``shared.dedup``)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache

import numpy as np

from services.quality import reuse
from services.quality.checks import TIERS, Check, default_checks
from services.quality.checks.content import Language
from services.quality.dedup import signatures
from services.quality.checks.counselling.crisis import prefetch as prefetch_risk
from services.quality.scoring import QualityReport, apply_pii_policy, finish, prepare
from shared.conversation import Conversation
from shared.prefilter import Folded, prescan
from shared.dedup import RECOMMENDATION, resolve
from shared.events import ConversationVerdict, PriorQualityReport, QualityOptions

Assessed = tuple[Conversation, QualityReport, ConversationVerdict]

TEXT_MEMO = 16_000_000  # characters of message text whose folded form and PII spans outlive their batch
MEMO_TEXT_CHARS = 4_096  # longer texts are not kept: they rarely come again and cost the most memory
REPORT_MEMO = 20_000  # conversations whose report outlives their batch (an exact copy met again takes it)
REPORT_MEMO_CHARS = 8_000_000  # ... and at most this many characters of their messages' text


def text_memo_size() -> int:
    """``DP_QUALITY_TEXT_MEMO`` (default ``TEXT_MEMO``): how many characters of message text
    ``TextMemo`` keeps from one batch to the next (0: none; each batch still shares its own)."""
    return max(0, int(os.environ.get("DP_QUALITY_TEXT_MEMO", TEXT_MEMO)))


class TextMemo:
    """What is a function of a message's text alone, kept from one batch to the next: its
    ``Folded`` form (with the guard literals found in it and what ``Folded.remembered`` keeps), its
    PII spans (``find_pii``) and its normalised form for the dedup signatures. Chat
    data repeats texts across a run (system prompts, greetings, stock answers, a question asked
    with each of its answers, a corpus's near-copies), and each met again costs a dict lookup
    instead of a fold, a literal scan and a PII read (~a tenth of the stage's CPU on gen.py text).

    A batch reads and fills three plain dicts (``folded``, ``spans``, ``normalized``); ``trim`` then drops texts
    longer than ``MEMO_TEXT_CHARS`` and the oldest texts beyond ``size`` characters in all (first
    in, first out: a dict keeps insertion order). Memory: the texts, their folded copies and ~200
    bytes each (~25 MB per million characters of ASCII text). Results do not depend on it: a hit
    is what the text would give again."""

    def __init__(self, size: int | None = None) -> None:
        self.size = text_memo_size() if size is None else size
        self.folded: dict = {}
        self.spans: dict = {}
        self.normalized: dict = {}
        self.chars = [0, 0, 0]  # the characters each dict holds
        self._before = (0, 0, 0)  # their lengths when the current batch began

    def _memos(self) -> tuple[dict, dict, dict]:
        return self.folded, self.spans, self.normalized

    def batch(self) -> tuple[dict, dict, dict]:
        """The dicts a batch shares (fresh ones when the memo keeps nothing). One batch at a time:
        the service assesses on its event loop's thread."""
        if self.size <= 0:
            return {}, {}, {}
        self._before = tuple(len(m) for m in self._memos())
        return self._memos()

    def clear(self) -> None:
        """Forget every text."""
        for memo in self._memos():
            memo.clear()
        self.chars = [0, 0, 0]
        self._before = (0, 0, 0)

    def trim(self) -> None:
        """After a batch: drop its long texts, then the oldest texts beyond ``size`` characters."""
        if self.size <= 0:
            return
        for k, (memo, before) in enumerate(zip(self._memos(), self._before)):
            added = [t for _, t in zip(range(len(memo) - before), reversed(memo))]  # the batch's new texts
            for text in added:
                if len(text) > MEMO_TEXT_CHARS:
                    del memo[text]
                else:
                    self.chars[k] += len(text)
            if self.chars[k] > self.size:
                dropped = []
                for text in memo:
                    if self.chars[k] <= self.size:
                        break
                    self.chars[k] -= len(text)
                    dropped.append(text)
                for text in dropped:
                    del memo[text]


def report_memo_size() -> int:
    """``DP_QUALITY_REPORT_MEMO`` (default ``REPORT_MEMO``): how many conversations' reports
    ``ReportMemo`` keeps (0: none)."""
    return max(0, int(os.environ.get("DP_QUALITY_REPORT_MEMO", REPORT_MEMO)))


def clone(report: QualityReport, checks: dict[str, dict] | None = None) -> QualityReport:
    """A report equal to ``report`` that shares no list or dict with it; with ``checks``, those
    (the caller's own) instead of copies of its checks."""
    return QualityReport(
        score=report.score, tiers=dict(report.tiers), flags=list(report.flags),
        checks={name: dict(detail) for name, detail in report.checks.items()} if checks is None else checks,
        recommendations=[dict(r) for r in report.recommendations], tags=list(report.tags),
        risk_level=report.risk_level, therapeutic=dict(report.therapeutic), pii=dict(report.pii),
        excluded=report.excluded, risk_category=report.risk_category,
        risk_turns=[dict(t) for t in report.risk_turns], tiers_run=list(report.tiers_run))


class ReportMemo:
    """Reports of whole conversations, kept from one batch to the next: a conversation whose
    messages are an exact copy of one assessed before with the same options takes a copy of its
    report instead of being assessed again. A report is a pure function of the messages and of
    what ``reuse.fingerprint`` hashes (``services/quality/reuse.py``), and within one process only
    the options of that list vary, so the key is the options and every message's role and text.
    Chat corpora hold exact copies (scraped dumps, a dataset uploaded twice, a question kept with
    each of its answers), and a run over a dataset already run in this process meets every
    conversation again. Messages with a ``name`` or ``metadata`` are not kept (rare; the key
    would have to hold every field). Duplicates are not decided from it: every conversation still
    gets its dedup signature, and production marks the copies.

    At most ``size`` conversations and ``chars`` characters of their text, the oldest dropped
    first (first in, first out: a hit does not refresh its entry). A report is kept without its
    passing checks (restored from the check table, as ``reuse.restore`` does) and with its
    signature row: ~2.5 KB each (measured), plus the key's texts (shared with ``TextMemo`` only
    while both hold the same string objects), so at most ~50 MB and 8 M characters per process with
    the defaults. One batch at a time, like ``TextMemo``: the service assesses on its event loop's
    thread, and two threads in ``put`` at once would miscount ``chars``."""

    def __init__(self, size: int | None = None, chars: int = REPORT_MEMO_CHARS) -> None:
        self.size = report_memo_size() if size is None else size
        self.max_chars = chars
        self.chars = 0
        # key -> [report without its passing checks, characters of the key's texts, dedup signature or None]
        self.reports: dict[tuple, list] = {}

    @staticmethod
    def key(options: tuple, conversation: Conversation) -> tuple | None:
        parts: list = [options]
        for m in conversation.messages:
            if m.name is not None or m.metadata:
                return None
            parts.append(m.role)
            parts.append(m.content)
        return tuple(parts)

    def get(self, key: tuple | None, checks: Sequence[Check]) -> QualityReport | None:
        """A fresh copy of the report kept for ``key``, its checks in ``checks``' order."""
        kept = self.reports.get(key) if key is not None and self.size > 0 else None
        if kept is None:
            return None
        failed = kept[0].checks
        return clone(kept[0], {c.name: dict(failed[c.name]) if c.name in failed else {"passed": True} for c in checks})

    def put(self, key: tuple | None, report: QualityReport) -> None:
        if key is None or self.size <= 0 or key in self.reports:
            return
        chars = sum(len(p) for p in key[2::2])
        if chars > self.max_chars // 100:  # one conversation may take at most 1% of the budget
            return
        failed = {name: dict(detail) for name, detail in report.checks.items() if not detail.get("passed")}
        self.reports[key] = [clone(report, failed), chars, None]
        self.chars += chars
        while len(self.reports) > self.size or self.chars > self.max_chars:
            _, dropped, _ = self.reports.pop(next(iter(self.reports)))
            self.chars -= dropped

    def signature(self, key: tuple | None) -> np.ndarray | None:
        """The dedup signature row kept with ``key``'s report (a function of the texts alone)."""
        kept = self.reports.get(key) if key is not None else None
        return None if kept is None else kept[2]

    def keep_signature(self, key: tuple | None, row: np.ndarray) -> None:
        kept = self.reports.get(key) if key is not None else None
        if kept is not None and kept[2] is None:
            kept[2] = row.copy()

    def signatures(self, conversations: Sequence[Conversation], keys: Sequence[tuple | None],
                   normalized: dict) -> np.ndarray:
        """``dedup.signatures`` of the batch, computed only for the conversations whose copy
        (in the memo, or earlier in the batch) has none yet."""
        known = [self.signature(k) for k in keys]
        first: dict[tuple, int] = {}
        todo = []
        for i, k in enumerate(keys):
            if known[i] is None and (k is None or k not in first):
                todo.append(i)
                if k is not None:
                    first[k] = i
        computed = signatures([conversations[i] for i in todo], normalized)
        if len(todo) == len(conversations):
            out = computed
        else:
            out = np.empty((len(conversations), computed.shape[1]), dtype=computed.dtype)
            out[todo] = computed
            for i, k in enumerate(keys):
                if known[i] is not None:
                    out[i] = known[i]
                elif k is not None and first[k] != i:
                    out[i] = out[first[k]]
        for i in todo:
            self.keep_signature(keys[i], out[i])
        return out

    def clear(self) -> None:
        self.reports.clear()
        self.chars = 0


class Assessor:
    def __init__(self, max_turn_chars: int = 16_000, min_conversation_chars: int = 10) -> None:
        self.max_turn_chars = max_turn_chars
        self.min_conversation_chars = min_conversation_chars
        self.memo = TextMemo()
        self.reports = ReportMemo()

    @lru_cache(maxsize=32)  # noqa: B019 - a handful of language and tier sets per process
    def checks(self, languages: tuple[str, ...], tiers: tuple[str, ...] = TIERS) -> tuple[Check, ...]:
        """The check table's checks of ``tiers``, in table order."""
        return tuple(c for c in default_checks(self.max_turn_chars, self.min_conversation_chars, languages)
                     if c.tier in tiers)

    @lru_cache(maxsize=32)  # noqa: B019 - a handful of option sets per process
    def _fingerprint(self, pii_policy: str, languages: tuple[str, ...], tiers: tuple[str, ...]) -> str:
        return reuse.fingerprint(QualityOptions(pii_policy=pii_policy, languages=list(languages), tiers=list(tiers)),
                                 self.checks(languages, tiers), max_turn_chars=self.max_turn_chars,
                                 min_conversation_chars=self.min_conversation_chars)

    def fingerprint(self, options: QualityOptions) -> str:
        """Of everything a report made with ``options`` in this process depends on (``reuse``)."""
        return self._fingerprint(options.pii_policy, tuple(options.languages), tuple(options.tiers))

    def assess_batch(self, conversations: list[Conversation], options: QualityOptions, threshold: float,
                     dedup: bool = True, prior: Mapping[str, PriorQualityReport] | None = None,
                     ) -> tuple[list[Assessed], np.ndarray | None]:
        """Every conversation's report, stored form (redacted by policy) and verdict; and, when
        ``dedup``, the batch's dedup signatures (``shared.dedup``), computed on the original text.

        ``prior``: reports made before, by conversation id (a merge's); one made with this
        process's fingerprint for ``options``, of the same messages, is taken instead of assessing
        (its report says ``reused``); the PII policy is still applied to the conversation and its
        signature still computed, as for any other.

        Python's cyclic garbage collector is held off meanwhile (``collection_paused``)."""
        with collection_paused():
            try:
                return self._assess_batch(conversations, options, threshold, dedup, prior)
            finally:
                self.memo.trim()

    def _assess_batch(self, conversations: list[Conversation], options: QualityOptions, threshold: float,
                      dedup: bool, prior: Mapping[str, PriorQualityReport] | None,
                      ) -> tuple[list[Assessed], np.ndarray | None]:
        tiers = tuple(options.tiers)
        checks = self.checks(tuple(options.languages), tiers)
        fingerprint = self.fingerprint(options) if prior else ""
        reused = [reuse.reusable(prior.get(c.id), c, fingerprint, checks) if prior else None for c in conversations]
        # an exact copy of a conversation assessed before (this batch or an earlier one) takes its report
        options_key = (options.pii_policy, tuple(options.languages), tiers)
        keys = [ReportMemo.key(options_key, c) for c in conversations]
        remembered: list[QualityReport | None] = [None] * len(conversations)
        first_of: dict[tuple, int] = {}  # a copy within this batch waits for its first's report
        for i, key in enumerate(keys):
            if reused[i] is not None or key is None:
                continue
            remembered[i] = self.reports.get(key, checks)
            if remembered[i] is None:
                first_of.setdefault(key, i)
        # each text's ``Folded`` form and PII spans, made once: texts repeat across a batch's
        # conversations (a system prompt, a question with each of its answers) and across batches
        # (``TextMemo``)
        folded, spans_of, normalized = self.memo.batch()
        copies = {i for i, key in enumerate(keys) if key in first_of and first_of[key] != i}
        # the guard literals of the texts PII is about to read for the first time (``apply_pii_policy``
        # makes their ``Folded`` form when it has no spans for them), back to back before it: the
        # same scans, one after another rather than between PII's regexes (``prescan``)
        fresh_texts = [m.content for i, c in enumerate(conversations)
                       if reused[i] is None and remembered[i] is None and i not in copies
                       for m in c.messages if m.content not in spans_of and m.content not in folded]
        for text in fresh_texts:
            if text not in folded:
                folded[text] = Folded(text)
        prescan(folded[text] for text in fresh_texts)
        prepared = {i: prepare(c, options.pii_policy, folded, spans_of) for i, c in enumerate(conversations)
                    if reused[i] is None and remembered[i] is None and i not in copies}
        views = [view for view, _ in prepared.values()]
        # every message's guard literals, back to back (the checks read them all)
        prescan(view.fold(m.content) for view in views for m in view.messages)
        if "counselling" in tiers:  # only the counselling tier (its checks, risk tags) reads them
            prefetch_risk(views)  # MiniLM reads the batch's undecided turns at once
        for check in checks:
            if isinstance(check, Language):
                check.prefetch(views)  # language ID of the batch in one native call
        out = []
        fresh: dict[int, QualityReport] = {}
        for i, original in enumerate(conversations):
            report = reused[i] or remembered[i]
            if report is None and i in copies:
                report = clone(fresh[first_of[keys[i]]])
            if report is None:
                view, pii = prepared[i]
                report, conversation = finish(view, pii, checks, options.pii_policy, tiers), view.conversation
                if keys[i] is not None and reused[i] is None:
                    fresh[i] = report
                    self.reports.put(keys[i], report)
            elif report.pii and options.pii_policy == "redact":  # stored and exported as a fresh one would be
                conversation, _ = apply_pii_policy(original, options.pii_policy, folded, spans_of)
            else:
                conversation = original
            passed = report.score >= threshold and not report.excluded
            out.append((conversation, report, ConversationVerdict(id=original.id, score=report.score, passed=passed,
                                                                  flags=list(report.flags), cluster_id=original.id)))
        return out, (self.reports.signatures(conversations, keys, normalized) if dedup else None)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (unless it was off already), on again
    after it, however it ends. A batch allocates a match object, a generator, a list a word or a
    turn by the hundred thousand, nearly all freed at once by reference counting; each 700 of them
    started a young-generation collection, each tenth of those an older one, and a few times a
    batch a full one over every object the process holds (models, caches, the broker's state:
    0.07-0.15 s each on a warm process; all of it ~4-6% of the stage's CPU on gen.py text). Held off, the
    allocations are counted all the same, so the first allocation after the batch starts one
    young collection, which finds what cycles the batch left. Outputs do not depend on it. Two
    threads in it at once leave it on when both are done: only the one that turned it off turns
    it back on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def mark_duplicates(assessed: list[Assessed], sigs: np.ndarray) -> None:
    """Resolve duplicates within one set of conversations (a validation request is its own
    run) and mark them in the reports and verdicts, in place."""
    clusters = resolve(sigs)
    for i in clusters.duplicates():
        conversation, report, verdict = assessed[i]
        flag = clusters.flag(int(i))
        cluster = assessed[int(clusters.near[i])][2].id
        report.flags.append(flag)
        report.recommendations.append({"reason": flag, "recommendation": RECOMMENDATION})
        verdict.flags.append(flag)
        verdict.cluster_id = cluster
