"""Risk detection in two stages (issue 12): cues and patterns first, the MiniLM stage on what they
cannot decide. The model loads offline from installed files, once and lazily; a turn without a
cue never reaches it; negation, tense and who is speaking are read; a missing model falls back
to the char n-gram stage; the bench prints the figures."""

from __future__ import annotations

import json
import socket
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from services.quality.checks.counselling import crisis, minilm, risk_model
from services.quality.checks.counselling.crisis import risk_category, risk_level
from services.quality.checks.counselling.risk_cues import CUE_FEATURE_NAMES, IDIOM, cue_features, has_cue
from services.quality.checks.counselling.risk_model import (
    MINILM_PATH, MiniLMRiskModel, _stage_one_names, learned_category, model_input, stage_one_features,
)
from services.quality.checks.prefilter import Folded

ROOT = Path(__file__).resolve().parents[3]


def _clear():
    for f in (learned_category, risk_category, risk_level, risk_model.minilm_model, risk_model.second_stage):
        f.cache_clear()


@pytest.fixture
def fresh():
    _clear()
    yield
    _clear()


# -- the model loads offline, once, lazily ---------------------------------------------------

def test_encoder_loads_from_installed_files_with_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the model tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    m = minilm.MiniLM()
    import os
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    e = m.encode("I don't want to wake up tomorrow.")
    assert e.shape == (384,) and e.dtype == np.float32 and np.isclose(float(e @ e), 1.0, atol=1e-5)
    assert np.array_equal(e, m.encode("I don't want to wake up tomorrow."))  # deterministic
    near, far = m.encode("I wish I could sleep and never wake up."), m.encode("The train to Leeds is delayed.")
    assert float(e @ near) > float(e @ far) + 0.2  # it embeds meaning, not noise


def test_safetensors_reader_reads_what_the_format_says(tmp_path):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([1.5, -2.0], dtype=np.float16)
    header = {"a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
              "b": {"dtype": "F16", "shape": [2], "data_offsets": [24, 28]}, "__metadata__": {"format": "np"}}
    raw = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + a.tobytes() + b.tobytes())
    out = minilm.load_safetensors(path)
    assert set(out) == {"a", "b"} and np.array_equal(out["a"], a) and np.array_equal(out["b"], b)


def test_importing_the_checks_loads_no_model():
    code = ("import services.quality.app, services.quality.checks.counselling.crisis\n"
            "from services.quality.checks.counselling import minilm, risk_model\n"
            "assert minilm.encoder.cache_info().currsize == 0\n"
            "assert risk_model.minilm_model.cache_info().currsize == 0\n"
            "from services.quality.checks.counselling.crisis import risk_category\n"
            "risk_category('How do I ask my manager for a raise?')\n"
            "assert minilm.encoder.cache_info().currsize == 0, 'an everyday turn loaded the model'\n"
            "risk_category('I wish I could fall asleep and never wake up.')\n"
            "assert minilm.encoder.cache_info().currsize == 1\n"
            "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


# USE-langs 520,000 since the twenty-sixth session: the all-writers file (riskneg5) trains on every writer's file,
# and its char n-gram vocabulary, which rides in the same file, is about twice round seven's
@pytest.mark.parametrize("encoder, dim, limit", [("L6", 384, 200_000), ("USE-langs", 384 + 512, 520_000)])
def test_model_file_is_small_and_matches_the_feature_code(encoder, dim, limit):
    """``L6``'s file and the default's (``USE-langs``, round seven: [MiniLM | USE])."""
    path = risk_model.minilm_path(encoder)
    assert path.exists() and path.stat().st_size < limit
    m = MiniLMRiskModel(path, encoder)
    assert m.char is not None  # the char n-gram logits ride in the same file
    assert m.coef.shape == (dim + len(_stage_one_names()) + len(risk_model.CHAR_NAMES),)
    assert len(m.features("anything")) == len(_stage_one_names()) + len(risk_model.CHAR_NAMES)
    assert 0.0 < m.s1_floor < m.threshold < 1.0 or 0.0 < m.threshold < 1.0
    assert set(m.categories) == {"recent_attempt", "plan_preparation", "intent", "method", "active_ideation",
                                 "nssi", "passive_wish"}
    assert len(stage_one_features("anything")) == len(_stage_one_names())
    assert risk_model.minilm_model() is risk_model.minilm_model()  # one per process


def test_model_refuses_features_it_was_not_trained_on(tmp_path):
    with np.load(MINILM_PATH) as z:
        fields = dict(z)
    fields["stage_one"] = np.array(["something", "else"])
    path = tmp_path / "m.npz"
    np.savez(path, **fields)
    with pytest.raises(ValueError, match="retrain"):
        MiniLMRiskModel(path, "L6")


# -- the cascade: what reaches MiniLM --------------------------------------------------------

def test_a_turn_without_any_cue_never_reaches_the_model(fresh, monkeypatch):
    m = risk_model.minilm_model()
    monkeypatch.setattr(m, "assess", lambda *a: (_ for _ in ()).throw(AssertionError("MiniLM ran")))
    for text in ("How do I ask my manager for a raise?", "Wir streiten uns oft über Geld.",
                 "What's a good way to start journaling?"):
        assert not has_cue(text)
        assert learned_category(text) == "none"


def test_cues_reach_disclosures_without_keywords():
    for text in ("I've been giving my records away and wrote my sister a letter.",
                 "I looked at my belt last night and wondered.",
                 "Some nights I hope I just don't open my eyes again.",
                 "Napisałam list pożegnalny.", "我写好了遗书。", "Ich habe Abschiedsbriefe geschrieben."):
        assert has_cue(text), text
        assert crisis.possible(Folded(text)), text  # the guard that skips turns must not skip these


def test_long_turns_are_read_from_their_cue_sentences():
    filler = "We talked about the weekend and the weather and what to cook for dinner. " * 12
    text = filler + "I have been saving my tablets in a drawer. " + filler
    picked = model_input(text)
    assert "saving my tablets" in picked and len(picked) < len(text) / 4
    assert model_input("short turn") == "short turn"


# -- what the turns mean: negation, tense, speaker, languages --------------------------------

@pytest.mark.parametrize("text, category", [
    ("I wish I could fall asleep and never wake up.", "passive_wish"),
    ("Everyone would be better off if I just wasn't here anymore.", "passive_wish"),
    ("I want to kill myself, I think about it every day.", "active_ideation"),
    ("I took an overdose on Saturday and woke up in hospital.", "recent_attempt"),
    ("I've written letters to my family and given my guitar away.", "plan_preparation"),
    ("I burn my arm with a lighter when it gets too much.", "nssi"),
])
def test_disclosures_are_found(text, category):
    assert risk_category(text) == category
    assert risk_level(text) in ("moderate", "high")


@pytest.mark.parametrize("text", [
    "Chciałabym zasnąć i już się nie obudzić.",  # pl
    "我最近一直在想自杀。",  # zh
    "Quiero quitarme la vida.",  # es
    "Je pense à me tuer tous les jours.",  # fr
])
def test_disclosures_in_other_languages(text):
    assert risk_category(text) != "none"


@pytest.mark.parametrize("text", [
    "I'm not suicidal, I'm just exhausted from work.",  # negation
    "I would never hurt myself, I just need to vent.",  # negation
    "My brother told me he wants to kill himself and I don't know how to help him.",  # third person
    "When I was fifteen I used to cut, but I haven't for ten years and I'm doing well.",  # past, recovered
    "For my psychology essay I'm comparing suicide rates across Europe.",  # academic
    "I'm training as a crisis line volunteer and we practise asking about suicide.",  # prevention
    "My feet are killing me after that shift.",  # idiom
    "The plants on my balcony died while I was away.",  # everyday
])
def test_hard_negatives_are_not_disclosures(text):
    assert risk_category(text) == "none"
    assert risk_level(text) in ("none", "low")


def test_cue_features_read_idioms_and_negation():
    names = dict(zip(CUE_FEATURE_NAMES, cue_features("I'm not suicidal, this job is killing me")))
    assert names["idiom"] == 1.0 and names["negated_cue"] == 1.0 and names["negation_as_wish"] == 0.0
    names = dict(zip(CUE_FEATURE_NAMES, cue_features("I don't want to wake up tomorrow")))
    assert names["negation_as_wish"] == 1.0  # a negation that is itself the wish
    assert IDIOM.search("my phone died") and not IDIOM.search("I want to die")


# -- without the model ------------------------------------------------------------------------

def test_without_the_minilm_weights_the_char_ngram_stage_stands_in(fresh, monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("DP_RISK_MINILM_DIR", str(tmp_path))  # no model.safetensors there
    assert risk_model.minilm_model() is None
    assert "MiniLM stage unavailable" in caplog.text
    assert learned_category("I want to kill myself.") is None
    assert risk_category("I want to kill myself.") == "active_ideation"  # patterns still decide
    assert risk_category("How do I ask my manager for a raise?") == "none"


def test_dp_risk_minilm_0_switches_the_learned_stage_off(fresh, monkeypatch, caplog):
    monkeypatch.setenv("DP_RISK_MINILM", "0")
    assert risk_model.minilm_model() is None
    assert "switched off" in caplog.text
    assert learned_category("I keep thinking everyone would be better off without me.") is None
    assert risk_category("I want to kill myself.") == "active_ideation"


# -- the bench prints the figures ---------------------------------------------------------------

@pytest.mark.heldout
def test_the_bench_prints_risk_figures_for_both_splits():
    out = subprocess.run([sys.executable, "bench/quality_labelled_sets.py"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    body, targets = out.stdout.rsplit("}\n", 1)
    figures = json.loads(body + "}")
    assert figures["heldout"]["risk_v2"] != "missing"  # risk_heldout_v2.jsonl is in the repository
    for split, name in (("tuning", "risk"), ("heldout", "risk"), ("heldout", "risk_v2")):
        risk = figures[split][name]
        if risk == "missing":
            continue
        assert 0.0 <= risk["at_risk_recall"] <= 1.0 and 0.0 <= risk["at_risk_precision"] <= 1.0
        assert "mistakes" not in risk  # items of the held-out split are never printed by default
    assert "risk recall >= 0.95" in targets


def test_cues_reach_disclosures_in_other_scripts_and_registers():
    """The router must let through disclosures in the other supported languages and scripts, and
    euphemisms without a death word: the model decides, but only on what reaches it."""
    for text in ("أفكر في الانتحار كثيرا", "消えてしまいたい", "मैं मरना चाहता हूं", "я устала жить",
                 "jai envie den finir", "i think about offing myself", "i want out. permanently",
                 "mi prendo a pugni in testa", "bato a cabeça na parede"):
        assert has_cue(text), text
        assert crisis.possible(Folded(text)), text


def test_the_char_ngram_features_read_every_language():
    m = risk_model.minilm_model()
    at_risk = m.char.features("最近总是想自杀，真的想死")
    calm = m.char.features("今天天气很好，我们去公园散步")
    assert at_risk[0] > calm[0] and at_risk[1] > calm[1]
