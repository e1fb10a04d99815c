"""Review of the twenty-ninth session's rules (branch ``review29``): the false positives and negatives that
``riskblind29``, ``replyprobe29`` and ``piiprobe29`` caused, each a case written for this review (not taken from a
labelled file), with the true readings each fix must keep beside it. docs/quality.md, "Review of the twenty-ninth
session's rules"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from tests.support.blind import assert_flagged, assert_not_flagged, assert_risk_category
from tests.support.pii import spans

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize("text", [
    # veins or wrists cut in a fall or by accident, in the past and recovered, or denied
    "Al caerme de la bici me corté las muñecas con los cristales del escaparate.",
    "Caí de skate e abri os pulsos no asfalto, levei três pontos.",
    "Cadendo dalla scala mi sono tagliata i polsi sul vetro della finestra.",
    "En tombant de vélo, je me suis coupé les poignets sur le gravier.",
    "Je me suis ouvert les poignets en cassant la vitre par accident.",
    "Quando avevo sedici anni mi sono tagliata le vene, adesso sto bene da tanto.",
    "Ich habe mir nie die Pulsadern aufgeschnitten, das war nur ein Gedanke.",
    "Ik heb mijn polsen niet doorgesneden, ik heb er alleen aan gedacht.",
    # Italian "ho preso tutte le ...": eye drops, fetched from a drawer
    "Ieri ho preso tutte le gocce per gli occhi che mi ha dato l'oculista.",
    "Stamattina ho preso tutte le compresse dal cassetto e le ho portate dalla nonna.",
])
def test_no_attempt(text):
    assert crisis.risk_category(text) != "recent_attempt"


@pytest.mark.parametrize("text", [
    # "not an accident" said of a car crash or a fire in another sentence
    "Me corté cortando cebolla. Lo del coche no fue un accidente, el otro conductor iba borracho.",
    "Me queimei no forno ontem. O incêndio do prédio não foi um acidente, disse a polícia.",
    "Ontem me cortei descascando batatas. E o acidente do meu pai não foi um acidente, foi falha do travão.",
    # the eyes not opened until a time, the morning not coming too early, for a span: tiredness
    "I'm so wrecked I want to close my eyes and never open them again for a whole weekend.",
    "Honestly I hope the morning doesn't come for me too early, I'm wiped out.",
    "Espero no abrir los ojos hasta las once, estoy agotada después del turno.",
    "Espero não abrir os olhos antes das dez, estou exausta da viagem.",
    "Spero di non riaprire gli occhi fino a mezzogiorno, sono distrutta.",
    "J'aimerais ne plus ouvrir les yeux avant midi, je suis crevée.",
    "Soms hoop ik dat ik mijn ogen nooit meer open doe om vijf uur voor die vroege dienst.",
    # tablets put aside for someone else, contraceptives, out of children's reach
    "J'ai mis de côté les cachets de ma mère pour son infirmière.",
    pytest.param("Ieri ho messo da parte le medicine per la nonna, gliele porto domenica.", marks=pytest.mark.xfail(
        strict=True, reason="stage one reads it none (review29); the learned stage flags it since the unnamed turns' floor "
        "and threshold were lowered (twenty-ninth session, op29b: 0.25 / 0.45)")),
    "Tengo da parte le pillole anticoncezionali in borsa per sicurezza.",
    "Ich habe die Tabletten zur Seite gelegt, damit die Kinder nicht rankommen.",
    # German subject-dropped burning at the oven
    "Am Backofen verbrenne mich jeden Tag fast, der Griff ist kaputt.",
])
def test_not_flagged(text):
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize(("text", "category"), [
    # the true readings beside them
    ("Ayer me corté las venas en el baño, no quería seguir.", "recent_attempt"),
    ("Domenica mi sono tagliato le vene, mi ha trovato mio fratello.", "recent_attempt"),
    ("Ho preso tutte le gocce di Lexotan che avevo, volevo solo dormire per sempre.", "recent_attempt"),
    ("Me corté con el cuchillo el jueves y no fue un accidente, quería sentir algo.", "nssi"),
    ("Me corté anoche con la cuchilla. No fue un accidente.", "nssi"),
    ("I keep wishing I could close my eyes and never open them again, I'm so done with life.", "passive_wish"),
    ("Depuis un mois j'ai mis de côté tous mes cachets, au cas où je voudrais en finir.", "plan_preparation"),
    ("Ich habe Schlaftabletten gehortet, über dreißig Stück.", "plan_preparation"),
    ("Verbrenne mich jeden Abend mit dem Feuerzeug, keiner weiß es.", "nssi"),
    # Polish "kiedyś ..." is past only without "ale teraz" after it
    ("Kiedyś myślałam, że to minie, ale teraz codziennie chcę umrzeć.", "active_ideation"),
])
def test_still_flagged(text, category):
    assert_risk_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


DX, MIN = "diagnoses_client", "minimising"


@pytest.mark.parametrize(("reason", "client", "reply"), [
    # a label said of a playlist, the weather, a third person, a song
    (DX, "We made a playlist for the party and it jumps all over the place.",
     "Ha, that playlist sounds bipolar to me! Did people dance?"),
    (DX, "The weather here goes from snow to sunshine in an hour.",
     "That weather sounds bipolar to me, honestly. Do you get out much?"),
    (DX, "My mum's moods swing wildly and she spends all her savings in a week.",
     "Your mum sounds bipolar to me, honestly, but only a doctor could say."),
    (DX, "Mi banda favorita sacó un disco muy triste.",
     "Esa canción suena a depresión, sin duda, pero la melodía es preciosa."),
    # the universal phrase set against the client's longer trouble
    (MIN, "For two months I can't get out of bed or eat properly.",
     "Everyone has off weeks, yet two months of this is not an off week. Can we look at it together?"),
])
def test_reply_passes(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize(("reason", "client", "reply"), [
    (DX, "I sleep two hours then clean the whole house, then crash for days.", "Sounds bipolar to me, no question."),
    (DX, "I sleep two hours then clean the whole house, then crash for days.", "That sounds bipolar to me, honestly."),
    (DX, "Algunas semanas no duermo y otras no me levanto.", "Lo que describes me parece un trastorno bipolar, sin duda."),
    (MIN, "For two months I can't get out of bed or eat properly.", "We all have low spells. Chin up!"),
    (MIN, "For two months I can't get out of bed or eat properly.", "Everyone has off weeks, it will pass."),
])
def test_reply_still_flagged(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("text", [
    "Nací en Cádiz y el tres de mayo de 2018 me mudé a Madrid.",
    "Eu nasci no Porto e a cinco de junho de 2017 casei.",
    "My birthday party is the venue's due May 2026 booking.",
])
def test_no_dob(text):
    assert [t for k, t in spans(text) if k == "DOB"] == []


@pytest.mark.parametrize(("text", "dob"), [
    ("Nací en Cádiz el tres de mayo de 1988.", "tres de mayo de 1988"),
    ("Sono nato il due maggio 1990 a Lecce.", "due maggio 1990"),
    ("Born in Leeds on 3 May 1990.", "3 May 1990"),
])
def test_dob_kept(text, dob):
    assert ("DOB", dob) in spans(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Thanks so much Priya and Hope the move goes smoothly!", ["Priya"]),
    ("Love you Mia and Hope your exam goes well tomorrow.", ["Mia"]),
    ("I had lunch with Rose and Grace on Friday.", ["Grace", "Rose"]),
])
def test_joined_word_name(text, want):
    assert sorted(t for k, t in spans(text) if k == "NAME") == want
