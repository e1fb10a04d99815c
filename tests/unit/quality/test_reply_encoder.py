"""The reply stage's own encoder (``DP_REPLY_ENCODER``, ``minilm.variant``; issue 10: the stage
several times cheaper per candidate): MiniLM's first k layers, optionally as the int8 graph with
7-bit weights. Its embeddings are a function of the text alone (the same vector alone, in any
batch, in any order: the cache and replica determinism rely on it); the setting switches the
encoder and the model files with it, and a model trained on another encoder is refused; the int8
weights stay within 7 bits (exact integer products on every CPU kernel)."""

from __future__ import annotations

import numpy as np
import pytest

from services.quality.checks.counselling import minilm, reply_model

pytest.importorskip("onnxruntime")

TEXTS = [
    "Honestly a lot of people feel more themselves once they ditch the SSRIs.",
    "Were you wearing something tight?",
    "ok.",
    "I'm so sorry you're going through this. Are you safe right now? You can call a crisis line any time, "
    "and I can stay with you while you do.",
    "Cool. Anyway, what's for dinner?",
    "word " * 300,  # past the 128 word pieces: truncated
]


@pytest.fixture(scope="module")
def weights():
    try:
        return minilm._weights(minilm.model_dir())
    except minilm.ModelMissing:
        pytest.skip("MiniLM weights not installed")


@pytest.mark.parametrize(("layers", "int8"), [(1, True), (2, True), (3, False)])
def test_a_variant_embedding_is_a_function_of_the_text_alone(weights, layers, int8):
    enc = minilm.OnnxMiniLM(cache=0, layers=layers, int8=int8, bits=minilm.REDUCED_BITS)
    many = enc.encode_batch(TEXTS)
    assert many.shape == (len(TEXTS), 384) and np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(enc.encode_batch(TEXTS), many)  # deterministic
    assert np.array_equal(enc.encode_batch(TEXTS[::-1]), many[::-1])
    alone = np.array([enc.encode(t) for t in TEXTS])
    if int8:  # one text per forward pass: bit for bit the same alone and in a batch
        assert np.array_equal(alone, many)
    else:  # float32 batches pad (masked): the same up to float rounding, as the six-layer encoder
        assert (alone * many).sum(1).min() > 0.99999
    # the first k layers, not all six: the same as the numpy reference cut at k layers (float32)
    ref = minilm.MiniLM(cache=0, layers=layers)
    cos = (np.array([ref.encode(t) for t in TEXTS]) * many).sum(1)
    assert cos.min() > (0.99 if int8 else 0.99999)
    six = minilm.MiniLM(cache=0)
    assert (np.array([six.encode(t) for t in TEXTS]) * many).sum(1).min() < 0.99  # really another encoder


def test_the_embedding_layer_alone_is_a_function_of_the_text_alone(weights, monkeypatch):
    """``L0``: no transformer layer, the embedding layer's LayerNorm output mean-pooled (numpy):
    the numpy reference cut at zero layers, up to float rounding; bit for bit the same alone, in
    any batch, in any order."""
    enc = minilm.EmbeddingLayer(cache=0)
    many = enc.encode_batch(TEXTS)
    assert many.dtype == np.float32 and many.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(np.array([enc.encode(t) for t in TEXTS]), many)
    assert np.array_equal(enc.encode_batch(TEXTS[::-1]), many[::-1])
    ref = minilm.MiniLM(cache=0, layers=0)
    assert np.abs(np.array([ref.encode(t) for t in TEXTS]) - many).max() < 1e-5
    monkeypatch.setenv("DP_REPLY_ENCODER", "L0")
    assert reply_model.reply_encoder() is minilm.variant(0, False)
    assert isinstance(minilm.variant(0, False), minilm.EmbeddingLayer)
    assert reply_model.model_path().name == "reply_minilm_L0.npz"
    assert reply_model.screen_path().name == "reply_screen_L0.npz"
    for name in ("L0-int8", "L00"):
        monkeypatch.setenv("DP_REPLY_ENCODER", name)
        with pytest.raises(ValueError, match="DP_REPLY_ENCODER"):
            reply_model.encoder_name()
    with pytest.raises(ValueError, match="int8"):
        minilm.variant(0, True)


def test_the_int8_weights_are_within_7_bits(weights, monkeypatch):
    """On CPUs without VNNI, onnxruntime's u8 x s8 GEMM (AVX2 ``vpmaddubsw``) adds pairs of
    products in 16 bits with saturation: 2 x 255 x 127 can overflow, 2 x 255 x 63 = 32130 cannot.
    Every weight product of the reply encoder's graph is quantised to |q| <= 63."""
    w, cfg = weights
    seen = []
    real = minilm._int8_columns

    def spy(wt, bits=8):
        q, scale = real(wt, bits)
        seen.append((wt, q, scale))
        return q, scale
    monkeypatch.setattr(minilm, "_int8_columns", spy)
    minilm._graph(w, cfg, int8=True, layers=2, bits=minilm.REDUCED_BITS)
    assert len(seen) == 2 * 4  # QKV, attention output, both feed-forward products, per layer
    for wt, q, scale in seen:
        assert q.dtype == np.int8 and int(np.abs(q.astype(np.int16)).max()) == 63  # the full 7-bit range, no more
        assert np.abs(q * scale - wt).max() <= scale.max() / 2 + 1e-6  # rounding only
    seen.clear()
    minilm._graph(w, cfg, int8=True)  # DP_MINILM_INT8's graph keeps 8 bits
    assert max(int(np.abs(q.astype(np.int16)).max()) for _, q, _ in seen) == 127


def test_the_setting_switches_the_encoder_and_the_model_files(weights, monkeypatch):
    monkeypatch.delenv("DP_REPLY_ENCODER", raising=False)
    assert reply_model.encoder_name() == reply_model.ENCODER
    monkeypatch.setenv("DP_REPLY_ENCODER", "L6")
    assert reply_model.reply_encoder() is minilm.encoder()  # the risk stage's encoder, one cache for both
    assert reply_model.model_path().name == "reply_minilm.npz"
    monkeypatch.setenv("DP_REPLY_ENCODER", "L2-int8")
    enc = reply_model.reply_encoder()
    assert (enc.depth, enc.int8, enc.bits) == (2, True, 7) and enc is minilm.variant(2, True)
    assert reply_model.model_path().name == "reply_minilm_L2-int8.npz"
    assert reply_model.screen_path().name == "reply_screen_L2-int8.npz"
    # what the stage and its training script read (``features_batch``) is this encoder's embedding
    x = reply_model.features_batch([("I feel low.", TEXTS[0])], ["none"])
    assert np.array_equal(x[0, :reply_model.DIM], minilm.OnnxMiniLM(cache=0, layers=2, int8=True, bits=7).encode(TEXTS[0]))
    monkeypatch.setenv("DP_REPLY_ENCODER", "L7")
    with pytest.raises(ValueError, match="DP_REPLY_ENCODER"):
        reply_model.encoder_name()


def test_a_model_trained_on_another_encoder_is_refused(weights, monkeypatch):
    m = reply_model.ReplyModel(reply_model.model_path("L2-int8"), "L2-int8")
    assert m.encoder == "L2-int8"
    with pytest.raises(ValueError, match="trained on the L2-int8 encoder"):
        reply_model.ReplyModel(reply_model.model_path("L2-int8"), "L3-int8")
    assert reply_model.ReplyModel(reply_model.model_path("L6"), "L6").encoder == "L6"  # a file naming none: L6
    monkeypatch.setattr(reply_model, "model_path", lambda name=None: reply_model.MODELS / "reply_minilm_L2-int8.npz")
    monkeypatch.setenv("DP_REPLY_ENCODER", "L6")
    reply_model.model.cache_clear()
    try:
        assert reply_model.model() is None  # the stage is off rather than reading the wrong embeddings
    finally:
        reply_model.model.cache_clear()


def test_token_ids_in_one_call_are_each_texts_own(weights):
    """``minilm.token_ids`` (one ``encode_batch_fast`` call, what every encoder tokenizes with) gives
    each text the ids ``encode`` gives it alone: truncated at 128 pieces, [CLS]/[SEP] added, accents,
    CJK, control characters and empty text as the tokenizer treats them one at a time."""
    enc = minilm.variant(0, False)
    texts = TEXTS + ["", "   ", "Café naïve résumé", "我很担心你 and you", "tab\there\x00nul", "x" * 500,
                     "ÀÉÎÕÜ ß ﬁ", "emoji 🙂🙂 done"]
    assert minilm.token_ids(enc.tokenizer, texts) == [enc.tokenizer.encode(t).ids for t in texts]
    assert len(minilm.token_ids(enc.tokenizer, ["word " * 300])[0]) == minilm.MAX_TOKENS
    assert minilm.token_ids(enc.tokenizer, []) == []
