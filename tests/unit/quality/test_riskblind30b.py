"""Risk stage one, mends from the misses and false flags of ``risk_valid_v30_langs.jsonl``, a validation file of 330
client turns in eleven languages (fr nl zh it pt tr id de es hi ru) written blind by the ``riskblind30b`` helper
before reading the detector (thirtieth session, 2026-12-06): one's own skin scratched, bitten or hit till it bleeds or
bruises (es pt it fr de nl, romanised and Devanagari Hindi) and Indonesian "nyundut" (a cigarette burn); the wish not
to be there any more (de, nl) and Hindi "life has no point"; suicidal thoughts as a noun phrase (nl de it es); German
"ich bring mich um" with its subject first and Devanagari Hindi "I will kill myself"; a hanging or a death tried in
Hindi; a bridge's railing climbed in the first person (an interrupted attempt); and the false flags: a negative
determiner before the risk words ("aucune envie de mourir"), a Hindi son or daughter as the subject, a Russian attempt
dated years ago and told as over, dying of shame and "I could shoot myself that ...". Each pinned beside look-alikes.
The file's figures are no longer blind after these mends. docs/quality.md, "riskblind30b (thirtieth session)"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from tests.support.blind import assert_category, assert_no_risk, assert_stage_one_none

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # own skin scratched, bitten or hit till it bleeds or bruises
    ("Ieri sera mi sono graffiato le gambe fino a sanguinare, non so perché lo faccio.", "nssi"),
    ("Depois da briga arranhei as pernas até sair sangue.", "nssi"),
    ("Anoche me arañé los muslos hasta sangrar otra vez.", "nssi"),
    ("Je me suis griffée les bras jusqu'au sang après la dispute.", "nssi"),
    ("Nach dem Streit hab ich mir die Beine blutig gekratzt.", "nssi"),
    ("Gestern habe ich mir die Unterarme aufgekratzt, bis es geblutet hat.", "nssi"),
    ("Kal maine apne pair itne khuroche ki khoon nikla.", "nssi"),
    ("कल मैंने अपनी बाँह को इतना खरोंचा कि खून निकल आया।", "nssi"),
    ("Semalem aku nyundut lengan pake rokok lagi.", "nssi"),
    # not there any more, life without point
    ("Manchmal wünschte ich, ich wäre einfach nicht mehr da.", "passive_wish"),
    ("Eerlijk gezegd hoeft het leven voor mij niet meer.", "passive_wish"),
    ("Soms wil ik er gewoon niet meer zijn.", "passive_wish"),
    ("Kabhi kabhi lagta hai jeene ka koi matlab hi nahi.", "passive_wish"),
    ("अब लगता है जीने का कोई मतलब ही नहीं।", "passive_wish"),
    # suicidal thoughts as a noun phrase
    ("Ik heb steeds vaker gedachten aan zelfmoord.", "active_ideation"),
    ("Ich habe seit Monaten Gedanken an Selbstmord.", "active_ideation"),
    ("Ho spesso pensieri di suicidio la notte.", "active_ideation"),
    ("Tengo pensamientos de suicidio desde hace semanas.", "active_ideation"),
    # intent: German subject first, Devanagari Hindi
    ("Wenn das so weitergeht, ich bring mich heute um.", "intent"),
    ("इस बार सच में, मैं ख़ुद को मार डालूँगी।", "intent"),
    # a hanging or a death tried (hi), a railing climbed (nl de fr it)
    ("Pichle mahine maine phansi lagane ki koshish ki thi.", "recent_attempt"),
    ("कल रात मैंने मरने की कोशिश की थी।", "recent_attempt"),
    ("Gisteren ben ik over de reling van de brug geklommen, de politie haalde me terug.", "recent_attempt"),
    ("Letzte Woche bin ich schon über das Geländer geklettert, dann kam ein Passant.", "recent_attempt"),
    ("Dimanche j'avais déjà enjambé la rambarde du pont quand un homme m'a attrapée.", "recent_attempt"),
    ("Sabato ho scavalcato il parapetto del ponte, mi ha fermata un ragazzo.", "recent_attempt"),
])
def test_disclosures(text, category):
    assert_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # an itch or a bite scratched; a fall
    "Ho grattato le punture di zanzara fino a sanguinare, che fastidio.",
    "Je me suis gratté les piqûres de moustique jusqu'au sang.",
    "Hab mir die Mückenstiche aufgekratzt, bis es geblutet hat.",
    "Me rasqué las picaduras de mosquito hasta sangrar.",
    "Machchar ke kaatne ko itna khuroch diya ki khoon nikal aaya.",
    # not there any more in a place; something not needed any more
    "Am liebsten wäre ich nicht mehr da in dieser Firma, ich suche einen neuen Job.",
    "De afspraak bij de tandarts hoeft voor mij niet meer, ik heb geen pijn.",
    # negated thoughts, another's attempt, a railing climbed for a photo
    "Ik heb geen gedachten aan zelfmoord, ik ben alleen moe.",
    "Mere dost ne phanda lagane ki koshish ki thi, main bahut dara hua hu.",
    "Ik ben over de reling geklommen om een foto van de zonsondergang te maken.",
    # the false flags of the blind reading, as general forms
    "Je suis épuisée mais j'ai aucune envie de mourir, rassure-toi.",
    "Non ho nessuna voglia di morire, sono solo stanca.",
    "मेरी बेटी अपनी कलाई काटती है, मैं बहुत परेशान हूँ।",
    "Пятнадцать лет назад я пытался покончить с собой, сейчас у меня всё хорошо.",
])
def test_look_alikes(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # dying of shame, "I could shoot myself that ..." (the learned stage read them as risk)
    "Quase morri de vergonha quando tropecei no palco.",
    "Me morí de la vergüenza cuando se me cayó la bandeja.",
    "Ich könnte mich erschießen, dass ich das Ticket nicht gekauft habe.",
])
def test_idioms(text):
    assert_no_risk(text)


@pytest.mark.parametrize(("text", "category"), [
    # an idiom beside a disclosure, a recent Russian attempt: still read
    ("Morri de vergonha no trabalho. Ontem me cortei de novo.", "nssi"),
    ("Недавно я пыталась покончить с собой, десять лет назад тоже.", "recent_attempt"),
    # a parent or a child as the object of a postposition is no third-person subject
    ("मैंने पापा के लिए आखिरी चिट्ठी लिख दी है।", "plan_preparation"),
    ("बेटी को स्कूल छोड़ा, फिर मैंने अपनी कलाई काटी।", "nssi"),
])
def test_still_read(text, category):
    assert crisis.risk_level(text) in _FLAGGED
