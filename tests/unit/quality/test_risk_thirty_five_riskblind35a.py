"""Thirty-fifth session, helper riskblind35a (docs/quality.md, "riskblind35a: non-suicidal self-injury in plain words in
17 languages"): the general forms the blind file ``risk_valid_v35_nssi`` showed missing or misread, each with the
look-alikes that must stay unflagged (``risk_nssi35``, ``life_talk.EVERYDAY35`` and the readers in ``risk``,
``risk_langs`` and ``risk_use_langs``). The sentences here are new: none is a line of the file.

1. Self-injury in plain words: pinching to bruises, biting one's own hand or arm, a fist or the head against a wall
   "until", scratching to blood, a lighter, a cigarette or hot metal on the skin, ice and salt, marks one made oneself
   with a blade, the cover story taken back, a band pulled tight round the arm, one's own stitches pulled out.
2. Readers: an animal's act and another's body set aside; "again" is not read inside "against"; German "verletze mich
   nicht" negated; Hindi "jab tak ... nahi" is "until", not a negation; "not an accident" / "it was me" in fr es pt it
   de; birthday candles and fires as accidents (a candle alone is not); theses, workshops and talks as frames.
3. Read as everyday (``life_talk.EVERYDAY35``): idioms of self-reproach and frustration naming a blow to oneself as a
   wish or a conditional, tattoos and piercings, knocks in sport and cuts in the kitchen told as such, nails bitten
   as a habit; not when the sentence holds purpose, scars, hiding or urges.
"""

import re
import time

import pytest

from services.quality.checks.counselling import risk_nssi35
from services.quality.checks.counselling.crisis import risk_category
from services.quality.checks.counselling.life_talk import EVERYDAY35
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_no_risk, assert_risk, assert_risk_category

AT_RISK = [
    # pinching to bruises
    ("me pellizco las piernas hasta que salen moratones, así me calmo", "nssi"),
    ("szczypię się w uda aż do krwi, jak mam zły dzień", "nssi"),
    ("jag nyper mig själv i armen tills den blir blå", "nssi"),
    ("когда тревожно, щипаю себя до синяков", "nssi"),
    ("不开心就掐自己掐到发紫", "nssi"),
    ("pas stres aku cubit paha sampai merah biru", "nssi"),
    ("मैं खुद को चिकोटी काटती हूँ जब गुस्सा आता है", "nssi"),
    ("لما أتوتر أقرص نفسي لحد ما يصير أزرق", "nssi"),
    # biting one's own hand or arm
    ("I bite my own forearm until it bruises when I mess up", "nssi"),
    ("mi mordo il polso fino a lasciare i segni", "nssi"),
    ("biter mig själv i handen när jag är arg", "nssi"),
    # fists and heads against walls "until"
    ("Gestern habe ich mit der Faust gegen die Tür geschlagen, bis die Knöchel bluteten", "nssi"),
    ("je cogne contre le mur jusqu'à saigner des mains", "nssi"),
    ("anoche me di cabezazos contra el armario hasta que me dolió todo", "nssi"),
    ("sinirlenince duvara yumruk atıyorum bilerek, elim morardı", "nssi"),
    ("ik sla mezelf op mijn benen als ik faal", "nssi"),
    # a lighter, a cigarette or hot metal on the skin
    ("I held a heated key against my thigh last night", "nssi"),
    ("タバコで腕を焦がしてしまった、またやった", "nssi"),
    ("я снова прижигаю запястье, когда всё бесит", "nssi"),
    ("昨晚又用烟头烫手背了", "nssi"),
    ("بحرق ذراعي بالسيجارة كل ما أتضايق", "nssi"),
    ("I put ice with salt on my wrist again and I do it most nights", "nssi"),
    # marks one made oneself with a blade
    ("ieri mi sono fatta dei taglietti sul polso con la lametta", "nssi"),
    ("as marquinhas na coxa que eu mesma fiz ontem ainda ardem", "nssi"),
    ("カッターで太ももに線をつけた", "nssi"),
    ("semalem goresin lengan pake silet", "nssi"),
    ("razor se kalai pe kharoch diya kal raat", "nssi"),
    # the cover story taken back
    ("las marcas del brazo me las hice yo, no fue la gata", "nssi"),
    ("die Brandwunden hab ich mir selbst zugefügt", "nssi"),
    ("falei pra minha tia que foi o gato, mas fui eu", "nssi"),
    # a band pulled tight; stitches pulled out
    ("I pulled a rubber band really tight around my wrist and left it till my fingers went white", "nssi"),
    ("I picked out my own stitches last night", "nssi"),
    # the wall idiom's look-alike with an "until" after it
    ("I keep banging my head against the wall until I feel dizzy", "nssi"),
    # Hindi "until ... nahi" is until, not a negation
    ("blade se haath pe kharoch diya jab tak khoon nahi nikla", "nssi"),
    # "not an accident" in French keeps a burn told beside an accident word
    ("c'était pas un accident, c'est moi qui me suis brûlée sur le bras", "nssi"),
]

NONE = [
    # an animal's act; another's body
    "the dog bit my hand so hard yesterday when I took his bone",
    "our kitten scratched my arm until it bled, she hates the vet",
    "my brother bites his own arm when he's angry, he's 6",
    # "against" is not "again"
    "banging my head against the wall with this tax return all day",
    # German negation after the verb
    "Ich verletze mich nicht, die Kratzer sind von der Katze.",
    # birthday candles and fires
    "burned my hand with the lighter lighting the bonfire lol",
    # theses, workshops and talks
    "Für meine Masterarbeit lese ich Studien zu Selbstverletzung bei Jugendlichen.",
    "Vou dar uma palestra sobre automutilação na escola dos meus filhos",
    # idioms of self-reproach and frustration as wishes or conditionals
    "Ich könnte mir in den Hintern beißen, weil ich den Zug verpasst habe",
    "ik kan mezelf wel voor mijn kop slaan, sleutels weer vergeten",
    "Me daría cabezazos contra la pared, se me olvidó la reunión",
    "pengen jedotin kepala ke meja gara2 skripsi",
    "气得我想拿头撞墙，报告又被退回来了",
    # tattoos, piercings, sport, kitchen, nails
    "Hice un tatuaje en la muñeca el sábado, me dolió bastante",
    "Zrobiłam piercing w nosie, trochę piecze",
    "Beim Handball einen Ball ins Gesicht bekommen, Nase blutet",
    "料理中に包丁で指を少し切った",
    "I bite my nails when I'm reading, terrible habit",
]


@pytest.mark.parametrize("text,category", AT_RISK)
def test_self_injury_in_plain_words(text, category):
    assert_risk_category(text, category)


@pytest.mark.parametrize("text", NONE)
def test_look_alikes_stay_unflagged(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", [
    # purpose, scars or hiding in the sentence keep an everyday span off
    "got a tattoo to cover the scars from burning myself last week",
    "in hockey practice I hit my own shin with the stick on purpose till it bled",
])
def test_everyday_spans_keep_off_purpose(text):
    assert_risk(text)


def test_candle_alone_is_not_an_accident():
    assert risk_category("I burn my arm with a candle when it gets too much") == "nssi"


@pytest.mark.parametrize("text", [
    "scratched " * 2000, "ice and salt " * 1500, "me pellizco " * 1600, "c'est moi qui " * 1400,
    "bite my nails " * 1400, "tattoo " * 2800, "щипаю себя " * 1800, "掐自己" * 6000,
])
def test_no_catastrophic_backtracking(text):
    text = text[:20_000]
    start = time.process_time()
    classify.__wrapped__(text)
    EVERYDAY35.search(text)
    for patterns in risk_nssi35.PATTERNS.values():
        for p in patterns:
            re.compile(p, re.IGNORECASE).search(text)
    for group in (risk_nssi35.USE_RAW, risk_nssi35.LANGS_ASCII, risk_nssi35.LANGS_RAW):
        for patterns in group.values():
            for p in patterns:
                re.compile(p, re.IGNORECASE).search(text)
    assert time.process_time() - start < 5.0
