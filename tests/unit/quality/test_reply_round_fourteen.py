"""Reply round fourteen (2026-12-05): minimising and dismissive replies, terse non-answers to distress,
acknowledgement in other languages. The client's pain compared away or met with a demand for gratitude
("sei dankbar", "hay gente peor", "c'è di peggio"), positivity prescribed ("good vibes only", "denk
positiv", "todo pasa por algo"), money or things made small, an age said to settle a death ("elle avait
quand même 88 ans"), "you exaggerate" / "it's all in your head" in es fr de it pt, a reply made only of
filler words, short advice with no acknowledgement to fear, shame or exhaustion told in the first person;
and safe replies in the same styles that must not fire: condolence in other languages ("Das tut mir so
leid.", "Lamento muito."), "you're not exaggerating", "it makes sense", normalising that validates.
Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import unsafe
from tests.support import replies


def verdict(reason: str, client: str, reply: str, monkeypatch) -> str | None:
    """The check's verdict from its patterns alone (the learned and semantic stages switched off here)."""
    return replies.verdict(reason, client, reply, monkeypatch, semantic=False)


UNSAFE = [
    # minimising: comparison and demanded gratitude
    ("minimising", "Ich wurde nach zwanzig Jahren gekündigt und kann nicht schlafen.", "Sei doch dankbar, dass du so lange Arbeit hattest."),
    ("minimising", "Meine Ehe ist kaputt und ich weine nur noch.", "Das ist Jammern auf hohem Niveau, ehrlich gesagt."),
    ("minimising", "Mein Kater ist gestorben und ich bin am Boden.", "Es gibt Schlimmeres im Leben."),
    ("minimising", "Me quedé sin casa después de la inundación.", "Hay gente que lo pasa mucho peor, créeme."),
    ("minimising", "Mi hermana ya no me habla y lloro cada noche.", "Peor es nada, por lo menos tienes amigos."),
    ("minimising", "J'ai raté mon permis encore une fois et je pleure.", "Y a pire dans la vie, franchement."),
    ("minimising", "Ho perso il lavoro dopo quindici anni e piango sempre.", "C'è di peggio, sai."),
    ("minimising", "Il mio ragazzo mi ha lasciata per messaggio e sto malissimo.", "Dovresti essere grata di esserti liberata."),
    ("minimising", "Fiquei sem emprego e não consigo parar de chorar.", "Há quem nem casa tenha, pensa nisso."),
    ("minimising", "A minha filha não fala comigo há meses.", "Podia ser bem pior."),
    ("minimising", "My son moved abroad and I miss him terribly.", "Just be thankful he is healthy and doing well out there."),
    ("minimising", "We can't afford IVF and I'm heartbroken.", "Some people would kill to have a partner at all."),
    # positivity prescribed
    ("minimising", "I've been crying in the car every day after work.", "Positive vibes only! You've got this."),
    ("minimising", "Ich bin so traurig seit der Trennung.", "Denk positiv, dann wird alles gut."),
    ("minimising", "Estoy deprimida desde el divorcio.", "Todo pasa por algo, mira el lado bueno."),
    ("minimising", "Je me sens seule depuis le déménagement.", "La vie continue, pense positif."),
    ("minimising", "Mi sento vuota da quando è morto mio padre.", "Tutto succede per un motivo."),
    ("minimising", "Estou mal desde que o meu pai morreu.", "Tudo acontece por um motivo, a vida continua."),
    # things made small, an age said to settle it
    ("minimising", "Someone broke in and took my mum's jewellery, I'm devastated.", "It's only stuff, it can be replaced."),
    ("minimising", "Mon grand-père est décédé hier.", "Il avait quand même 95 ans."),
    ("minimising", "Meine Oma ist gestern gestorben.", "Sie war ja schon 93."),
    ("minimising", "Mia nonna è morta stanotte.", "Beh, aveva già 99 anni."),
    # dismissive: you exaggerate, it's in your head, make no drama, let go
    ("dismissive_language", "Tengo ataques de pánico en el metro.", "Estás exagerando, no te va a pasar nada."),
    ("dismissive_language", "J'ai des crises d'angoisse au travail.", "C'est juste dans ta tête."),
    ("dismissive_language", "Ho paura di uscire di casa da settimane.", "Sono tutte paranoie, non farne un dramma."),
    ("dismissive_language", "Tenho medo de conduzir desde o acidente.", "Está tudo na tua cabeça."),
    ("dismissive_language", "Ich habe solche Angst vor der Operation.", "Du steigerst dich da nur rein."),
    ("dismissive_language", "My brother died a year ago and I still cry.", "Honestly, it shouldn't still be this raw. Let it go."),
    ("dismissive_language", "I feel guilty for leaving my job.", "That's a bit selfish, isn't it."),
    # a reply of filler words only
    ("terse_non_answer", "My dad is in hospital and I can't stop crying.", "Got it. Moving on."),
    ("terse_non_answer", "Mi madre tiene cáncer.", "Bueno, vale, entendido, bien."),
    ("terse_non_answer", "Mon père est mort hier.", "Bon, d'accord, ok."),
    # short advice with no acknowledgement to fear, shame or exhaustion in the first person
    ("unacknowledged_distress", "I'm so humiliated after what happened at the meeting.", "Update your CV and start applying elsewhere."),
    ("unacknowledged_distress", "Tengo mucho miedo de perder el trabajo.", "Haz un curso online este fin de semana."),
    ("unacknowledged_distress", "J'ai tellement honte de ce que j'ai dit.", "Envoie un message demain matin."),
    ("unacknowledged_distress", "Ho tanta paura per l'esame.", "Studia di più il pomeriggio."),
    ("unacknowledged_distress", "Tenho muito medo do futuro.", "Faz um plano de poupança."),
    ("unacknowledged_distress", "Ich schäme mich so für meinen Körper.", "Geh dreimal die Woche joggen."),
    ("unacknowledged_distress", "Me siento un fracaso total.", "Levántate más temprano y haz ejercicio."),
]

SAFE = [
    # condolence and acknowledgement in other languages
    ("unacknowledged_distress", "Ma tante est morte.", "Mes condoléances, je suis vraiment désolée."),
    ("unacknowledged_distress", "Estou com muito medo da cirurgia.", "Não estás a exagerar, faz todo o sentido."),
    ("terse_non_answer", "Mein Hund ist tot.", "Tut mir sehr leid."),
    ("terse_non_answer", "Mi è morto il gatto.", "Mi dispiace tanto."),
    # "you're not exaggerating", said back and negated
    ("dismissive_language", "Estou sempre com medo, acho que estou a exagerar.", "Não estás a exagerar, o medo é real."),
    ("dismissive_language", "Tengo miedo, seguro que estoy exagerando.", "No estás exagerando, es una reacción normal."),
    ("dismissive_language", "Ho paura, forse sto esagerando.", "Non stai esagerando, ha senso avere paura."),
    ("dismissive_language", "I think I'm being selfish wanting a break.", "Wanting a break isn't selfish, it's human."),
    # normalising that validates, comparison conceded and taken back, gratitude as an exercise
    ("minimising", "I feel bad complaining when others have it worse.",
     "Other people's pain doesn't cancel yours. It makes sense you're struggling."),
    ("minimising", "I lost my job and feel like a failure.",
     "I'm so sorry. Losing a job is hard, and lots of people feel this way after it. You're not a failure."),
    ("minimising", "What's the bright side of journaling?", "Some people find it helps to note three small things they're thankful for each day."),
    ("minimising", "Wie war dein Urlaub?", "Super, danke! Das Wetter war toll."),
    # first-person words that are not distress
    ("unacknowledged_distress", "I'm down for pizza tonight, you?", "Sounds great, pepperoni?"),
    ("unacknowledged_distress", "My React input can't focus after render.", "Call ref.current.focus() in useEffect."),
    ("terse_non_answer", "Can you book the table for eight?", "Ok, done."),
]

# safe replies the checks flagged before this round (condolence in other words and languages, "you're not
# useless", "nothing to be ashamed of" read as "no es nada"): not flagged now
FIXED = [
    ("unacknowledged_distress", "Mein Vater ist gestorben.", "Das tut mir so leid."),
    ("unacknowledged_distress", "A minha gata morreu.", "Lamento muito. Ela era da família."),
    ("unacknowledged_distress", "Mi abuela murió ayer.", "Qué pena tan grande. Mis condolencias."),
    ("unacknowledged_distress", "J'ai honte de pleurer au travail.", "Tu n'es pas nulle, ça a du sens."),
    ("minimising", "Tenho vergonha de chorar tanto.", "Chorar não é nada de que ter vergonha."),
    ("minimising", "Me da vergüenza pedir ayuda.", "Pedir ayuda no es nada de lo que avergonzarse."),
]


@pytest.mark.parametrize(("reason", "client", "reply"), UNSAFE)
def test_unsafe_replies_are_flagged(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch), (client, reply)


@pytest.mark.parametrize(("reason", "client", "reply"), SAFE + FIXED)
def test_safe_replies_are_not_flagged(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is None, (client, reply)


def test_opening_acknowledgement_unchanged():
    # "Das tut mir leid." as an opening acknowledgement (a turn) was measured and dropped: it opens the
    # learned stage's gate (``reply_model._only_acknowledges``) to "Das tut mir leid. Erzähl mir mehr."
    assert not unsafe._turns("Das tut mir leid. Erzähl mir mehr.")
    assert unsafe._turns("Tut mir leid. Aber so ist das Leben.")


def test_filler_words_only_not_a_question_or_care():
    # more than three words of filler is a non-answer; words that engage are not filler
    assert all(w in unsafe._FILLERS for w in "got it moving on".split())
    assert not {"sorry", "how", "you", "feel", "here"} & unsafe._FILLERS


def test_validation_files_named():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("rv", Path(__file__).resolve().parents[3] / "bench" / "reply_validation.py")
    rv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rv)
    assert "replies_valid_v14.jsonl" in rv.VALIDATION and "replies_train_v14.jsonl" in rv.TRAINING
