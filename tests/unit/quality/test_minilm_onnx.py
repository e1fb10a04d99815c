"""MiniLM on onnxruntime, batched (issues 10 and 12: the learned risk stage's cost): the ONNX graph
built from the same weights gives the numpy pass's embeddings, one turn or many at a time with
their padding masked; ``assess_batch`` hands a batch's client turns to the learned stage at once
and gets the same reports as one conversation at a time; a batch of everyday turns loads no
encoder."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from services.quality.assessor import Assessor
from services.quality.checks.counselling import crisis, minilm, risk_model
from services.quality.scoring import assess
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions

pytest.importorskip("onnxruntime")

TEXTS = [
    "I don't want to wake up tomorrow.",
    "Sleep.",
    "My sister keeps telling everyone that she would be better off without us, and I don't know how to help "
    "her when she gets like this; she has started giving her things away and writing letters to people.",
    "I have been cutting my arms again when the evenings get bad, nobody knows.",
    "How do I tell my manager that I need a day off for a hospital appointment?",
    "word " * 300,  # past the 128 word pieces: truncated, like the numpy pass
]


@pytest.fixture(scope="module")
def encoders():
    try:
        minilm.model_dir()
    except minilm.ModelMissing:
        pytest.skip("MiniLM weights not installed")
    minilm._one_blas_thread()
    return minilm.MiniLM(cache=0), minilm.OnnxMiniLM(cache=0, int8=False)  # every call a forward pass


def test_onnx_graph_gives_the_numpy_embeddings_one_at_a_time_and_batched(encoders):
    reference, onnx = encoders
    ref = np.array([reference.encode(t) for t in TEXTS])
    one = np.array([onnx.encode(t) for t in TEXTS])
    many = onnx.encode_batch(TEXTS)
    assert many.shape == (len(TEXTS), 384) and many.dtype == np.float32
    assert np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)
    assert (one * ref).sum(1).min() > 0.99999
    assert (many * ref).sum(1).min() > 0.99999  # padded rows: padding is masked out of attention and mean
    assert np.array_equal(onnx.encode_batch(TEXTS), many)  # deterministic
    assert onnx.encode_batch([]).shape == (0, 384)


def test_the_embedding_cache_is_exact_bounded_and_counts_hits(encoders):
    """A text seen before is not encoded again: the cache returns the vector the forward pass
    gave, and keeps the texts used last (least recently used dropped first)."""
    _, onnx = encoders
    calls = []
    cached = minilm.OnnxMiniLM.__new__(minilm.OnnxMiniLM)
    cached.__dict__.update(onnx.__dict__)
    cached.cache = minilm.EmbeddingCache(3)

    def forward(texts):
        calls.append(list(texts))
        return onnx._encode_many(texts)

    cached._encode_many = forward
    first = cached.encode_batch(TEXTS[:3] + TEXTS[:1])  # a repeat within a batch is encoded once
    assert calls == [TEXTS[:3]]
    assert np.array_equal(first, onnx.encode_batch(TEXTS[:3] + TEXTS[:1]))
    again = cached.encode_batch([TEXTS[1], TEXTS[0]])
    assert calls == [TEXTS[:3]] and np.array_equal(again, first[[1, 0]])
    assert (cached.cache.hits, len(cached.cache)) == (2, 3)
    cached.encode(TEXTS[3])  # full: the least recently used (TEXTS[2]) goes
    cached.encode_batch(TEXTS[:2])
    assert calls == [TEXTS[:3], [TEXTS[3]]]
    cached.encode(TEXTS[2])
    assert calls[-1] == [TEXTS[2]] and len(cached.cache) == 3
    again[0, 0] = 7.0  # a caller writing into what it got does not reach the cache
    assert np.array_equal(cached.encode(TEXTS[1]), first[1])
    off = minilm.EmbeddingCache(0)
    off.put("x", first[0])
    assert len(off) == 0


@pytest.fixture(scope="module")
def int8_encoder(encoders):
    return minilm.OnnxMiniLM(cache=0, int8=True)


INT8_MIN_COSINE = 0.97  # measured on 1,365 real replies and client turns: min 0.977, mean 0.993


def test_int8_graph_gives_embeddings_near_the_float32_ones_each_a_function_of_its_text(encoders, int8_encoder):
    """``DP_MINILM_INT8=1``'s graph: weight products in int8, embeddings within ``INT8_MIN_COSINE``
    of the float32 graph's (and not the same: it is another graph). Activations are quantised
    per forward pass, so it encodes one text per pass: a text's embedding is the same alone or
    in a batch with others."""
    _, fp32 = encoders
    ref = fp32.encode_batch(TEXTS)
    many = int8_encoder.encode_batch(TEXTS)
    cos = (many * ref).sum(1)
    assert many.shape == (len(TEXTS), 384) and np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)
    assert cos.min() > INT8_MIN_COSINE and cos.mean() > 0.985
    assert cos.min() < 0.9999  # the int8 products really ran
    alone = np.array([int8_encoder.encode(t) for t in TEXTS])
    assert np.array_equal(alone, many)
    assert np.array_equal(int8_encoder.encode_batch(TEXTS[::-1]), many[::-1])


def test_dp_minilm_int8_switches_the_graph(monkeypatch, encoders, int8_encoder):
    _, fp32 = encoders
    monkeypatch.delenv("DP_MINILM_INT8", raising=False)
    assert minilm.int8_enabled() is False  # the default: float32
    default = minilm.OnnxMiniLM(cache=0)
    assert default.int8 is False and np.array_equal(default.encode(TEXTS[0]), fp32.encode(TEXTS[0]))
    monkeypatch.setenv("DP_MINILM_INT8", "1")
    switched = minilm.OnnxMiniLM(cache=0)
    assert switched.int8 is True and np.array_equal(switched.encode(TEXTS[0]), int8_encoder.encode(TEXTS[0]))
    monkeypatch.setenv("DP_MINILM_INT8", "0")
    assert minilm.int8_enabled() is False


def test_batches_group_every_turn_once_with_little_padding():
    lengths = [5, 120, 7, 8, 60, 61, 62, 9, 128, 6, 64, 63, 5, 5, 5, 5, 5, 5, 5, 5, 5]
    groups = minilm.batches(lengths)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for g in groups:
        assert len(g) <= minilm.BATCH
        padded = len(g) * max(lengths[i] for i in g)
        assert padded - sum(lengths[i] for i in g) <= minilm.PADDING * padded + 1e-9


def _conversation(i: int, client: str) -> Conversation:
    lineage = Lineage(dataset_id="d", source_name="s", source_sha256="0", record_index=i)
    return Conversation(id=f"c{i}", original_format="t", lineage=lineage, messages=[
        Message(role="user", content=client),
        Message(role="assistant", content="Thank you for telling me. Are you safe right now?"),
        Message(role="user", content="Yes. " + client),
    ])


def test_assess_batch_gives_the_reports_of_one_conversation_at_a_time(encoders):
    conversations = [_conversation(i, t) for i, t in enumerate(TEXTS[:5] * 2)]
    options = QualityOptions()
    checks = Assessor().checks(tuple(options.languages))

    def clear():
        for f in (crisis.risk_level, crisis.risk_category, risk_model.learned_category):
            f.cache_clear()

    clear()
    one = [assess(c, checks, options.pii_policy)[0].to_document() for c in conversations]
    clear()
    counts = dict(risk_model.STAGE_COUNTS)
    batched, _ = Assessor().assess_batch(conversations, options, 0.5, dedup=False)
    assert [r.to_document() for _, r, _ in batched] == one
    assert risk_model.STAGE_COUNTS["minilm"] > counts["minilm"]  # the learned stage did read some turns
    clear()


def test_prefetch_encodes_only_what_minilm_reads_and_a_batch_of_everyday_turns_loads_no_encoder():
    code = ("from services.quality.checks.counselling import minilm, risk_model\n"
            "from services.quality.checks.counselling.crisis import risk_level\n"
            "turns = ['How do I ask my manager for a raise?', 'We moved house last spring.']\n"
            "assert risk_model.prefetch(turns) == 0\n"
            "assert minilm.encoder.cache_info().currsize == 0, 'everyday turns loaded the encoder'\n"
            "turns.append('I wish I could fall asleep and never wake up.')\n"
            "if risk_model.minilm_model() is not None:\n"
            "    assert risk_model.prefetch(turns) == 1\n"
            "    assert risk_model.prefetch(turns) == 0  # seen: the caches answer\n"
            "    assert risk_level(turns[-1]) in ('moderate', 'high')\n")
    subprocess.run([sys.executable, "-c", code], check=True)
