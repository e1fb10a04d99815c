"""Selecting and splitting a generation: filters, conflict and duplicate policies, and the
split assignment's guarantees (properties over many generated groups)."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from services.production.generation import (
    Candidate, assign_split, counts, group_key, keep_one_per_cluster, language_of, prefilter, resolve_conflicts,
    select,
)
from shared.production import GenerationConfig, GenerationFilters, GenerationSource, SplitOptions
from tests.support.factories import conversation

RUN = "a" * 32


def sources(n: int, created: list[str] | None = None, policy: str = "redact") -> list[GenerationSource]:
    created = created or [f"2025-01-0{i + 1}T00:00:00+00:00" for i in range(n)]
    return [GenerationSource(run_id=RUN, dataset_id=f"d{i}", rank=i, dataset_created_at=created[i],
                             run_created_at=created[i], pii_policy=policy) for i in range(n)]


def cand(id: str, source: int = 0, score: float = 0.9, key: str | None = None, cluster: str | None = None,
         group: str | None = None, record_index: int = 0, flags=(), tags=(), language=None) -> Candidate:
    return Candidate(id=id, source=source, run_id=RUN, dataset_id=f"d{source}", record_index=record_index, part=0,
                     score=score, passed=True, flags=tuple(flags), cluster=f"{RUN}:{cluster or id}",
                     key=key or id, group=group or id, tags=tuple(tags), language=language)


def config(**overrides) -> GenerationConfig:
    return GenerationConfig(run_ids=[RUN], **overrides)


# ----------------------------------------------------------------- splits


ratios = st.tuples(st.integers(0, 10), st.integers(0, 10), st.integers(0, 10)).filter(lambda t: sum(t) > 0).map(
    lambda t: {"train": t[0] / sum(t), "validation": t[1] / sum(t), "test": t[2] / sum(t)})
groups = st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=60)


@settings(deadline=None)
@given(groups, ratios, st.integers(0, 2**31 - 1))
def test_same_seed_same_assignment_and_a_split_only_with_a_share(keys, r, seed):
    for key in keys:
        split = assign_split(key, seed, r)
        assert split == assign_split(key, seed, r)
        assert r[split] > 0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3)), min_size=1, max_size=120), ratios,
       st.integers(0, 1000), st.booleans())
def test_no_group_spans_two_splits(members, r, seed, shuffle):
    """Conversations sharing a group (thread, question or cluster) land in one split, whatever
    else is going on (several sources, conflicting copies, duplicates)."""
    cands = [cand(f"c{i}", source=src, group=f"g{g}", key=f"k{i}", record_index=i)
             for i, (g, src) in enumerate(members)]
    cfg = config(splits=SplitOptions(**r, seed=seed), shuffle=shuffle, duplicates="keep_all")
    selection = select(cands, cfg, sources(4))
    where: dict[str, set[str]] = {}
    for split, chosen in selection.splits.items():
        for c in chosen:
            where.setdefault(c.group, set()).add(split)
    assert all(len(s) == 1 for s in where.values())
    assert sorted(c.id for c in selection.selected) == sorted(c.id for c in cands)


@pytest.mark.parametrize("r", [(0.8, 0.1, 0.1), (0.5, 0.25, 0.25), (0.7, 0.3, 0.0), (1 / 3, 1 / 3, 1 / 3)])
def test_ratios_are_kept_approximately_over_many_groups(r):
    ratio = dict(zip(("train", "validation", "test"), r, strict=True))
    n = 20_000
    tally = Counter(assign_split(f"group-{i}", 42, ratio) for i in range(n))
    for split, share in ratio.items():
        assert abs(tally[split] / n - share) < 0.015, (split, tally)


def test_another_seed_moves_groups():
    r = {"train": 0.5, "validation": 0.25, "test": 0.25}
    a = [assign_split(f"g{i}", 1, r) for i in range(500)]
    b = [assign_split(f"g{i}", 2, r) for i in range(500)]
    assert a != b and Counter(a).keys() == Counter(b).keys()


def test_ratios_must_add_up_to_one():
    with pytest.raises(ValidationError, match="must be 1"):
        SplitOptions(train=0.8, validation=0.3, test=0.1)
    with pytest.raises(ValidationError):
        SplitOptions(train=-0.1, validation=0.6, test=0.5)
    assert SplitOptions(train=0.7, validation=0.2, test=0.1).ratios()["test"] == 0.1
    with pytest.raises(ValidationError, match="at least one"):
        GenerationConfig()


def test_group_keys():
    a = conversation(("user", "  How do I   SLEEP?"), ("assistant", "Try a routine."), record_index=3)
    b = conversation(("user", "how do i sleep?"), ("assistant", "Something else."), record_index=9)
    assert group_key(a, "question", RUN, None) == group_key(b, "question", RUN, None)
    assert group_key(a, "thread", RUN, None) != group_key(b, "thread", RUN, None)
    keyed = a.model_copy(update={"lineage": a.lineage.model_copy(update={"record_key": "q17"})})
    assert group_key(keyed, "thread", RUN, None) == "k:q17"
    tree = a.model_copy(update={"metadata": {"message_tree_id": "t1"}})
    assert group_key(tree, "thread", RUN, None) == "t:t1"
    assert group_key(a, "cluster", RUN, "rep") == f"c:{RUN}:rep"
    assert group_key(a, "cluster", RUN, None) == f"c:{RUN}:{a.id}"


# ----------------------------------------------------------------- filters


def test_prefilter_uses_the_run_verdict_or_the_minimum_score():
    f = GenerationFilters()
    assert prefilter(True, 0.9, [], f) is None
    assert prefilter(False, 0.9, [], f) == "below_threshold"
    assert prefilter(True, 0.9, ["pii_excluded"], GenerationFilters(min_quality_score=0.0)) == "pii_excluded"
    low = GenerationFilters(min_quality_score=0.3)
    assert prefilter(False, 0.4, [], low) is None  # below the run's threshold, above the generation's
    assert prefilter(True, 0.2, [], low) == "below_min_score"
    assert prefilter(True, 0.9, ["near_duplicate", "too_short"], GenerationFilters(exclude_flags=["too_short"])) \
        == "excluded_flag"


def test_content_filters_tags_and_languages():
    cands = [cand("en", tags=["risk:low"], language="en"), cand("de", language="de"),
             cand("hi", tags=["risk:high"], language="en"), cand("und", language="und")]
    sel = select(cands, config(filters=GenerationFilters(languages=["en"])), sources(1))
    assert sorted(c.id for c in sel.selected) == ["en", "hi"] and sel.excluded == {"language": 2}
    sel = select(cands, config(filters=GenerationFilters(tags=["risk:low", "risk:high"])), sources(1))
    assert sorted(c.id for c in sel.selected) == ["en", "hi"] and sel.excluded == {"missing_tag": 2}
    sel = select(cands, config(filters=GenerationFilters(exclude_tags=["risk:high"])), sources(1))
    assert sorted(c.id for c in sel.selected) == ["de", "en", "und"] and sel.excluded == {"excluded_tag": 1}


def test_filter_names_are_validated():
    with pytest.raises(ValidationError):
        GenerationFilters(languages=["English"])
    with pytest.raises(ValidationError):
        GenerationFilters(exclude_flags=["DROP TABLE"])


def test_language_of():
    text = "I have been feeling anxious about work and I cannot sleep at night, what should I do about it?"
    c = conversation(("user", text), ("assistant", "It sounds like work has been weighing on you a lot lately."))
    assert language_of(c) == "en"
    assert language_of(conversation(("user", "hi"), ("assistant", "hello"))) == "und"


# ----------------------------------------------------------------- conflicts and duplicates


def test_conflict_policies():
    # the same conversation (key k) in three sources; d1 has the best copy, d2 is the newest dataset
    cands = [cand("a", source=0, score=0.7, key="k"), cand("b", source=1, score=0.95, key="k"),
             cand("c", source=2, score=0.8, key="k"), cand("solo", source=2, key="other")]
    srcs = sources(3, created=["2025-01-01", "2025-01-02", "2025-03-01"])
    kept, dropped = resolve_conflicts(cands, "highest_quality", srcs)
    assert sorted(c.id for c in kept) == ["b", "solo"] and dropped == 2
    kept, dropped = resolve_conflicts(cands, "newest", srcs)
    assert sorted(c.id for c in kept) == ["c", "solo"] and dropped == 2
    kept, dropped = resolve_conflicts(cands, "first", srcs)
    assert sorted(c.id for c in kept) == ["a", "solo"] and dropped == 2


def test_conflict_ties_go_to_the_source_listed_first():
    cands = [cand("x", source=1, score=0.8, key="k"), cand("y", source=0, score=0.8, key="k")]
    kept, _ = resolve_conflicts(cands, "highest_quality", sources(2))
    assert [c.id for c in kept] == ["y"]
    same_day = sources(2, created=["2025-01-01", "2025-01-01"])
    kept, _ = resolve_conflicts(cands, "newest", same_day)
    assert [c.id for c in kept] == ["y"]


def test_copies_within_one_source_are_left_to_the_duplicate_policy():
    cands = [cand("a", key="k"), cand("b", key="k")]
    kept, dropped = resolve_conflicts(cands, "first", sources(1))
    assert len(kept) == 2 and dropped == 0


def test_keep_one_per_cluster_prefers_score_then_the_representative():
    cands = [cand("rep", cluster="rep", score=0.8), cand("dup1", cluster="rep", score=0.9),
             cand("dup2", cluster="rep", score=0.9, record_index=5), cand("x", cluster="x", score=0.8),
             cand("x2", cluster="x", score=0.8, record_index=1)]
    kept, dropped = keep_one_per_cluster(cands)
    assert sorted(c.id for c in kept) == ["dup1", "x"] and dropped == 3


def test_select_end_to_end_counts():
    srcs = sources(2, policy="redact")
    cands = [cand("a", source=0, key="k1", cluster="a"), cand("a2", source=0, key="k2", cluster="a", score=0.5),
             cand("b", source=1, key="k1", score=0.99), cand("c", source=1, key="k3", flags=("too_short",))]
    cfg = config(conflict_policy="first", splits=SplitOptions(train=1.0, validation=0.0, test=0.0))
    sel = select(cands, cfg, srcs)
    assert list(sel.splits) == ["train"]
    assert sorted(c.id for c in sel.selected) == ["a", "c"]
    assert sel.conflicts_resolved == 1 and sel.duplicates_dropped == 1
    tally = counts(sel, srcs, candidates=6, not_renderable=1)
    assert tally["splits"] == {"train": 2} and tally["sources"] == {"d0": 1, "d1": 1}
    assert tally["flags"] == {"too_short": 1} and tally["candidates"] == 6 and tally["not_renderable"] == 1


def test_order_is_deterministic_and_shuffle_depends_on_the_seed():
    cands = [cand(f"c{i}", record_index=i, group="one") for i in range(50)]
    one = SplitOptions(train=1.0, validation=0.0, test=0.0, seed=1)
    a = [c.id for c in select(cands, config(splits=one), sources(1)).selected]
    b = [c.id for c in select(list(reversed(cands)), config(splits=one), sources(1)).selected]
    assert a == b and a != [f"c{i}" for i in range(50)]
    plain = [c.id for c in select(cands, config(splits=one, shuffle=False), sources(1)).selected]
    assert plain == [f"c{i}" for i in range(50)]
    other = SplitOptions(train=1.0, validation=0.0, test=0.0, seed=2)
    assert [c.id for c in select(cands, config(splits=other), sources(1)).selected] != a
