"""Selecting a generation's conversations and splitting them, free of Kafka and MongoDB.

Given every candidate conversation of the generation's sources (with its verdict, its keys
and where its rendered record sits in the spool), in this order:

1. **filters**: the run's pass verdict (or ``min_quality_score``), flags, languages, tags; a
   conversation a run excluded for PII never comes back;
2. **conflicts**: the same conversation (equal user turns after case and whitespace folding)
   from several sources is kept from one source only (``highest_quality``: the source of the
   best scored copy; ``newest``: the most recently registered dataset; ``first``: the source
   listed first), ties going to the source listed first;
3. **duplicates** (``keep_one``): one conversation per near-duplicate cluster of a run, the
   best scored (ties: the cluster's representative, then source order);
4. **splits**: each conversation's *group* (thread, question or cluster) is hashed with the
   seed to a number in [0, 1) that picks the split by the cumulative ratios, so a group never
   spans two splits and the same seed gives the same assignment;
5. **order**: within a split, by a seeded hash of the conversation id (``shuffle``) or in
   source order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from shared.conversation import Conversation, fold
from shared.production import SPLITS, GenerationConfig, GenerationFilters, GenerationSource

PII_EXCLUDED = "pii_excluded"


@dataclass
class Candidate:
    """One conversation of one source, as far as selection needs it."""

    id: str
    source: int  # index into the generation's sources (their rank order)
    run_id: str
    dataset_id: str
    record_index: int
    part: int
    score: float
    passed: bool
    flags: tuple[str, ...] = ()
    cluster: str = ""  # "<run_id>:<cluster representative>"
    key: str = ""  # conversation_key: the same conversation across sources
    group: str = ""  # what may not span two splits
    tags: tuple[str, ...] = ()
    language: str | None = None
    sensitive: bool = False  # comes from a flag-policy run, or carries unredacted PII
    pii_unredacted: bool = False
    offset: int = 0  # where its rendered record is in the spool
    length: int = 0

    @property
    def position(self) -> tuple[int, int, int, str]:
        return (self.source, self.record_index, self.part, self.id)


@dataclass
class Selection:
    splits: dict[str, list[Candidate]]
    excluded: Counter = field(default_factory=Counter)
    conflicts_resolved: int = 0
    duplicates_dropped: int = 0

    @property
    def selected(self) -> list[Candidate]:
        return [c for split in SPLITS for c in self.splits.get(split, [])]


# ------------------------------------------------------------------------- keys


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def group_key(conversation: Conversation, group_by: str, run_id: str, cluster_id: str | None) -> str:
    if group_by == "question":
        first = next((m.content for m in conversation.messages if m.role == "user"), "")
        return "q:" + _digest(fold(first))
    if group_by == "cluster":
        return f"c:{run_id}:{cluster_id or conversation.id}"
    tree = (conversation.metadata or {}).get("message_tree_id")
    if tree:
        return f"t:{tree}"
    lineage = conversation.lineage
    if lineage.record_key:
        return f"k:{lineage.record_key}"
    return f"r:{lineage.dataset_id}:{lineage.record_index}"


def unit_interval(seed: int, key: str) -> float:
    """A uniform number in [0, 1) from the seed and a key (64 bits of SHA-256)."""
    return int(hashlib.sha256(f"{seed}\x00{key}".encode()).hexdigest()[:16], 16) / 2**64


def assign_split(group: str, seed: int, ratios: dict[str, float]) -> str:
    u = unit_interval(seed, group)
    cumulative = 0.0
    last = next(s for s in reversed(SPLITS) if ratios.get(s, 0.0) > 0)
    for split in SPLITS:
        ratio = ratios.get(split, 0.0)
        if ratio <= 0:
            continue
        cumulative += ratio
        if u < cumulative:
            return split
    return last  # rounding: the ratios add up to 1 within 1e-6


def language_of(conversation: Conversation, min_letters: int = 40, sample_chars: int = 300) -> str:
    """py3langid on the user and assistant text (as the quality stage detects it); ``und``
    when there is too little text to tell."""
    text = "\n".join(m.content for m in conversation.messages if m.role in ("user", "assistant"))
    sample = text[:sample_chars]
    if sum(map(str.isalpha, sample)) < min_letters:
        return "und"
    import py3langid

    return py3langid.classify(sample)[0]


# ------------------------------------------------------------------------- steps


def prefilter(passed: bool, score: float, flags: Sequence[str], filters: GenerationFilters) -> str | None:
    """The reason a verdict is dropped before its conversation is even read, or None."""
    if PII_EXCLUDED in flags:
        return "pii_excluded"
    if filters.min_quality_score is None:
        if not passed:
            return "below_threshold"
    elif score < filters.min_quality_score:
        return "below_min_score"
    if filters.exclude_flags and set(flags) & set(filters.exclude_flags):
        return "excluded_flag"
    return None


def content_filter(candidate: Candidate, filters: GenerationFilters) -> str | None:
    """The reasons needing the conversation itself (its stored tags, its language)."""
    if filters.tags and not set(candidate.tags) & set(filters.tags):
        return "missing_tag"
    if filters.exclude_tags and set(candidate.tags) & set(filters.exclude_tags):
        return "excluded_tag"
    if filters.languages and (candidate.language or "und") not in filters.languages:
        return "language"
    return None


def source_order(sources: Sequence[GenerationSource], policy: str) -> dict[int, int]:
    """Preference of each source (lower wins) under a conflict policy other than highest_quality."""
    if policy == "newest":
        ranked = sorted(range(len(sources)),
                        key=lambda i: (sources[i].dataset_created_at, sources[i].run_created_at, -i), reverse=True)
        return {i: n for n, i in enumerate(ranked)}
    return {i: i for i in range(len(sources))}


def resolve_conflicts(candidates: Iterable[Candidate], policy: str,
                      sources: Sequence[GenerationSource]) -> tuple[list[Candidate], int]:
    """Keep each conversation (by key) from one source; returns the kept and how many copies
    from other sources were dropped."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(c.key, []).append(c)
    preference = source_order(sources, policy)
    kept: list[Candidate] = []
    dropped = 0
    for copies in by_key.values():
        if len({c.source for c in copies}) == 1:
            kept.extend(copies)
            continue
        if policy == "highest_quality":
            best = min(copies, key=lambda c: (-c.score, c.position))
            winner = best.source
        else:
            winner = min((c.source for c in copies), key=lambda s: (preference[s], s))
        for c in copies:
            if c.source == winner:
                kept.append(c)
            else:
                dropped += 1
    return kept, dropped


def keep_one_per_cluster(candidates: Iterable[Candidate]) -> tuple[list[Candidate], int]:
    by_cluster: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_cluster.setdefault(c.cluster or f"{c.run_id}:{c.id}", []).append(c)
    kept = []
    for cluster, members in by_cluster.items():
        representative = cluster.split(":", 1)[1]
        kept.append(min(members, key=lambda c: (-c.score, c.id != representative, c.position)))
    return kept, sum(len(m) for m in by_cluster.values()) - len(kept)


def select(candidates: Iterable[Candidate], config: GenerationConfig,
           sources: Sequence[GenerationSource], excluded: Counter | None = None) -> Selection:
    """Steps 1 (the content part; verdict-level filters ran in :func:`prefilter`) to 5."""
    excluded = excluded if excluded is not None else Counter()
    kept = []
    for c in candidates:
        reason = content_filter(c, config.filters)
        if reason:
            excluded[reason] += 1
        else:
            kept.append(c)
    kept, conflicts = resolve_conflicts(kept, config.conflict_policy, sources)
    duplicates = 0
    if config.duplicates == "keep_one":
        kept, duplicates = keep_one_per_cluster(kept)
    ratios = config.splits.ratios()
    splits: dict[str, list[Candidate]] = {s: [] for s in SPLITS if ratios[s] > 0}
    for c in kept:
        splits[assign_split(c.group, config.splits.seed, ratios)].append(c)
    seed = config.splits.seed
    for split, members in splits.items():
        if config.shuffle:
            members.sort(key=lambda c: (unit_interval(seed, "order:" + c.id), c.position))
        else:
            members.sort(key=lambda c: c.position)
    return Selection(splits=splits, excluded=excluded, conflicts_resolved=conflicts, duplicates_dropped=duplicates)


def counts(selection: Selection, sources: Sequence[GenerationSource], candidates: int,
           not_renderable: int) -> dict[str, Any]:
    """The manifest's counts: per split, per source (dataset), per flag, and what was dropped why."""
    selected = selection.selected
    per_source: Counter = Counter()
    per_flag: Counter = Counter()
    for c in selected:
        per_source[sources[c.source].dataset_id] += 1
        per_flag.update(set(c.flags))
    return {
        "candidates": candidates,
        "selected": len(selected),
        "splits": {s: len(m) for s, m in selection.splits.items()},
        "sources": dict(sorted(per_source.items())),
        "flags": dict(sorted(per_flag.items())),
        "excluded": dict(sorted(selection.excluded.items())),
        "conflicts_resolved": selection.conflicts_resolved,
        "duplicates_dropped": selection.duplicates_dropped,
        "not_renderable": not_renderable,
        "pii_unredacted": sum(c.pii_unredacted for c in selected),
        "sensitive_conversations": sum(c.sensitive for c in selected),
    }
