"""Risk round sixteen (nineteenth session): indirect disclosures the learned stage must read
(preparatory acts and passive wishes in plain everyday words) against hard negatives of the same
words. Nothing in the detector changed this round (``docs/quality.md``, "Round sixteen"): a retrain
of the learned stage and the candidate stage-one patterns and router cues failed the round's rule.
These tables pin what the detector reads now: the round's disclosures it finds, its hard negatives
that stay none, and (strict xfail) the disclosures the *router* never lets through to the learned
stage, which is what lost most of them. The training script reads a named long turn as the runtime
does when asked to (``--window-features``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling import risk_model as rm
from services.quality.checks.counselling.risk_model import undecided

REPO = Path(__file__).resolve().parents[3]

# (category found, text): risk_train_v16 disclosures found by the detector (the learned stage decides
# most of them: no pattern names them)
FOUND = [
    "I rehomed Biscuit with my neighbour yesterday and told her I won't be able to look after him after this month.",
    "There's a box of my mum's old sleeping tablets in the glovebox now, just in case tonight turns out to be the night.",
    "Cancelled my phone contract and the gym from the end of the month, I won't be needing either of them.",
    "gave my playstation and all my games to my cousin today told him i wont need them where im going",
    "Bought a length of rope at the hardware shop and hid it in the shed where nobody goes.",
    "I wrote down the songs I want at the funeral and who gets my records, and put it with the insurance papers.",
    "I've been driving out to the quarry in the evenings to see where the fence is broken.",
    "Picked up the hosepipe and the tape from the garden centre, the garage is ready.",
    "Some nights I ask the Lord to take me in my sleep so I don't have to face another morning.",
    "If the plane went down on the way back I honestly wouldn't mind.",
    "I'd be fine if a lorry hit me on the way to work, it would save everyone the bother.",
    "When the doctor said it might be cancer, part of me was relieved it might all be over.",
    "I stood on the bridge on my walk home thinking about climbing over the railing.",
    "Every time I drive over the viaduct I think about how easy it would be to turn the wheel.",
    "By the time the kids are back from their dad's I won't be here any more, it's decided.",
    "I'm not going to be around for Christmas, I've decided, so don't bother with my present.",
    "Would a whole bottle of my insulin be enough to stop my heart?",
    "On Friday I walked into the sea meaning not to come back, a dog walker pulled me out.",
    "I keep a pencil sharpener blade in my pencil case for when it gets bad at school.",
    "pressed the hot iron on my wrist again last night, it helps for like a minute",
    "Le he dado mi perro a mi vecina para siempre y he dejado cartas para mis hijos en el cajón.",
    "J'ai mis de côté tous mes somnifères depuis un mois, au cas où je me décide.",
    "Ho regalato la mia chitarra e scritto una lettera per mia madre, la troverà dopo.",
    "Tenho guardado os comprimidos numa caixa escondida, para o caso de decidir acabar com tudo.",
    # round sixteen's router misses that round seventeen's stems (``risk_cues.CUES_V17``: "takes me",
    # medicines by name, "a different chemist") let through, and the learned stage finds
    "I keep praying the Lord takes me home.",
    "I've been stocking up on the co-codamol every time I go to a different chemist.",
]

# risk_train_v16 hard negatives of the same words that the detector reads as none
NOT_AT_RISK = [
    "We finally made our wills at the solicitor's after the baby was born, it feels very grown up.",
    "We had to rehome our cat because my son turned out to be allergic, I cried all the way home.",
    "finally climbed over the overhang on the red route at bouldering!! so buzzing",
    "The Lord took my grandmother peacefully in her sleep last night, she was ninety-six.",
    "I pray every evening that God will keep my children safe on their travels.",
    "im dying to see the new bond film omg",
    "Giving away all the baby clothes now that we've decided we're done having kids.",
    "Cancelled my gym membership, I never went anyway.",
    "I've made up my mind, I'm quitting my job and moving to Lisbon.",
    "How many paracetamol can I take in a day for a toothache?",
    "Which bridge in town has the best view of the fireworks?",
    "My brother tried to hang himself two years ago and he's doing really well now.",
    "I used to cut myself at school but I've been clean for six years.",
    "Our church runs a group for people bereaved by suicide and I help with the tea.",
    "Nearly got hit by a bus this morning, scared me half to death.",
    "Dad's put all his passwords and the insurance papers in a folder for us, he's very organised.",
    "I'm not going to be around at Christmas, we're spending it with Tom's parents in Wales.",
    "My nan keeps saying she's ready to go and she hopes God takes her soon, she's 94.",
    "Burnt my arm on the oven tray again, I really need longer gloves.",
    "Scratched my legs to bits on the brambles picking blackberries.",
    "I attempted to take my life when I was nineteen; I am now forty and have been well for many years.",
    "In the novel the father walks into the sea at the end, I didn't see it coming.",
    "Hemos hecho testamento en el notario ahora que tenemos casa, qué alivio.",
    "On a confié le chien à mes parents pendant nos vacances en Grèce.",
    "Si je dois refaire ce rapport je vais me jeter par la fenêtre.",
]

# disclosures (probes written beside risk_train_v16) that hold no router cue: the learned stage never
# reads them. Strict: when a change lets them through and they are found, move them to FOUND (round
# seventeen moved two).
ROUTER_MISSES = [
    "I hope I don't make it to my next birthday.",
    "Honestly I'd welcome an accident at this point.",
    "I've booked a hotel room for Friday night so nobody I love finds me.",
    "If something happened to me tomorrow I'd be okay with it.",
    "I made a list of who to leave my things to.",
    "I've made peace with it, this week I'm going.",
]


@pytest.fixture(autouse=True)
def _fresh():
    rm.learned_category.cache_clear()
    rm._named_window.cache_clear()
    yield


def _learned_stage():
    if rm.minilm_model() is None:
        pytest.skip("the learned stage is not installed")


@pytest.mark.parametrize("text", FOUND)
def test_the_indirect_disclosure_is_found(text):
    _learned_stage()
    assert crisis.risk_category(text) != "none"


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_the_hard_negative_of_the_same_words_stays_none(text):
    _learned_stage()
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", ROUTER_MISSES)
def test_the_router_does_not_pass_it(text):
    assert not undecided(text)


@pytest.mark.xfail(strict=True, reason="round sixteen: the router holds no cue for these (measured, not changed)")
@pytest.mark.parametrize("text", ROUTER_MISSES)
def test_the_router_miss_is_found(text):
    _learned_stage()
    assert crisis.risk_category(text) != "none"


def _training_script():
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("the training script needs scikit-learn")
    sys.path.insert(0, str(REPO / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("train_risk_minilm_r16", REPO / "bench" / "train_risk_minilm.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REPO / "bench"))
    return module


EVERY = [
    "The boiler packed in again on Tuesday and the landlord still hasn't sent anyone.",
    "My daughter has a school trip to the zoo next week and I still need to sign the form.",
    "We watched a film about a haunted lighthouse on Friday and it was rubbish.",
    "I'm dead tired from the commute, the trains are always late.",
    "The car failed its MOT on a tyre, which was another ninety pounds.",
    "My dad keeps sending me articles about pensions.",
    "I tried a new curry recipe last night and it was actually decent.",
    "The neighbours have had builders in since March and the drilling starts at eight.",
]
NAMED_LONG = " ".join(EVERY[:3] + ["I've been cutting my arms again with a razor."] + EVERY[3:])


def test_window_features_read_a_named_long_turn_as_the_runtime_does():
    script = _training_script()
    assert len(NAMED_LONG) > rm.LONG_TURN and rm._named_window(NAMED_LONG) is not None
    runtime = rm.stage_one_features(rm._named_window(NAMED_LONG))
    script.WINDOW_FEATURES[0] = True
    try:
        assert script.s1_features(NAMED_LONG) == runtime
        assert script.s1_category(NAMED_LONG) == rm._stage_one_category(NAMED_LONG) == "nssi"
    finally:
        script.WINDOW_FEATURES[0] = False
    # the default (the committed model's training): the whole turn
    assert script.s1_features(NAMED_LONG) == rm.stage_one_features(NAMED_LONG)
    assert script.s1_features(NAMED_LONG) != runtime  # the film and "dead tired" speak in the whole turn


def test_window_features_leave_short_and_unnamed_turns_alone():
    script = _training_script()
    script.WINDOW_FEATURES[0] = True
    try:
        for text in (FOUND[0], " ".join(EVERY)):
            assert script.s1_features(text) == rm.stage_one_features(text)
    finally:
        script.WINDOW_FEATURES[0] = False
