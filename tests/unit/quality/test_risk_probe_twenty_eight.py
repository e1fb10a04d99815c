"""Risk stage one, round twenty-eight (2026-12-06, twenty-eighth session): disclosures a probe of 173 written turns
found missing (preparation told indirectly: forgiveness asked for an act to come, a goodbye said so that nobody
understands, a hose fitted to a car's exhaust, the height of a bridge or a building looked up; "making an end of everything" in English, Swedish, Danish and
Norwegian; German "tired of existing"; Russian "to step out of the window"), each pinned beside look-alikes that use
the same words for an everyday reason; and the ending idiom done with a thing, a habit, a job or a person ("en finir
avec ce dossier", "ending it all with that job"), read none by stage one. docs/quality.md, "Risk probes, round
twenty-eight"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_stage_one_none

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # forgiveness asked for an act still to come
    ("Please forgive me for what I'm going to do, none of this is your fault.", "plan_preparation"),
    ("Le escribí a mi padre que me perdone por lo que voy a hacer.", "plan_preparation"),
    ("J'ai laissé un mot: pardonne-moi pour ce que je vais faire.", "plan_preparation"),
    ("Ho scritto a mia madre: perdonami per quello che sto per fare.", "plan_preparation"),
    ("Verzeih mir, was ich tun werde, habe ich auf den Zettel geschrieben.", "plan_preparation"),
    # a goodbye said so that nobody understands why
    ("J'ai dit adieu à ma sœur hier sans qu'elle comprenne pourquoi.", "plan_preparation"),
    ("Esta semana me despedí de mis amigos sin que se dieran cuenta.", "plan_preparation"),
    ("Ontem me despedi de todos sem que ninguém percebesse.", "plan_preparation"),
    ("Ich habe mich von allen verabschiedet, ohne dass jemand es merkt.", "plan_preparation"),
    # a hose fitted to a car's exhaust
    ("Yesterday I bought a hose that fits onto the exhaust of my car.", "plan_preparation"),
    ("Ich habe einen Schlauch besorgt, der auf den Auspuff passt.", "plan_preparation"),
    ("Compré una manguera que encaja en el tubo de escape.", "plan_preparation"),
    # the height of a structure looked up
    ("Last night I looked up how high the bridge over the river is.", "method"),
    ("Busqué cuántos metros tiene el puente de la autopista.", "method"),
    ("Pesquisei a altura do viaduto aqui perto.", "method"),
    ("Ho cercato quanto è alto il ponte sulla ferrovia.", "method"),
    # with the time when no one is about: preparation
    ("Worked out how high the bridge by the station is and what time nobody walks across it.", "plan_preparation"),
    ("Miré la altura del viaducto y a qué hora no pasa nadie por allí.", "plan_preparation"),
    # making an end of everything
    ("Some days I just want to make an end of everything.", "active_ideation"),
    ("Jag vill bara göra slut på alltihop, jag orkar inte.", "active_ideation"),
    ("Efter nyår ska jag göra slut på allt.", "intent"),
    ("Jeg vil gøre en ende på det hele nu.", "active_ideation"),
    ("Jeg tenker på å gjøre slutt på alt sammen.", "active_ideation"),
    # tired of existing (de); stepping out of the window (ru)
    ("Ich bin es einfach müde, zu existieren.", "passive_wish"),
    ("Иногда так хочется выйти в окно.", "active_ideation"),
])
def test_disclosures(text, category):
    assert_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # look-alikes of the new patterns: the same words, no disclosure (stage one reads none)
    "Forgive me for what I'm about to do to your playlist.",
    "Perdóname por lo que voy a decir, pero no me gusta la sopa.",
    "Pardonne-moi pour ce que je vais dire à ta mère.",
    "J'ai dit au revoir à mes collègues sans qu'ils se doutent que je déménage.",
    "Me despedí de mis vecinos sin que se dieran cuenta porque me mudo a Chile.",
    "Ich habe mich von den Kollegen verabschiedet, ohne dass jemand es merkt, weil ich umziehe.",
    "This hose fits onto the kitchen tap.",
    "The mechanic fitted a new hose to the exhaust manifold, so the car passed its test.",
    "The hose was fitted to the exhaust by the mechanic at the garage.",
    "Der Schlauch am Auspuff ist undicht, ich muss in die Werkstatt.",
    "I looked up how tall the Eiffel Tower is for the pub quiz.",
    "I looked up how tall the Eiffel Tower is for the pub quiz, and when it opens.",
    "Busqué cuántos metros tiene el puente para ver si pasa mi camión.",
    "Ho cercato quanto è alto il palazzo per una ricerca di scuola.",
    "We need to put an end to it with a proper contract.",
    "Ich bin es leid, in dieser Stadt zu leben.",
    "Ich bin es müde, zu leben wie ein Student.",
    "Jag vill göra slut med min pojkvän.",
    "Jag ska göra slut på allt godis i skåpet.",
    "Мой кот всё время хочет выйти на балкон.",
])
def test_look_alikes_stage_one_reads_none(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # the ending idiom done with a thing, a job or a person (flagged on the base)
    "Je veux en finir avec ce dossier avant vendredi.",
    "Quiero acabar con todo el trabajo pendiente antes de las vacaciones.",
    "I'm ending it all with that job, I handed in my notice.",
    "Je veux en finir avec la paperasse de l'appartement.",
])
def test_ending_a_thing_or_a_person_reads_none(text):
    assert_stage_one_none(text)
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize(("text", "category"), [
    # the learned stage still flags these, with no stage-one match (base and branch alike)
    ("Voglio farla finita con le sigarette, da lunedì smetto.", "none"),
    ("Quero acabar com tudo isto de dívidas, vou falar com o banco.", "none"),
])
def test_ending_a_habit_stage_one_reads_none(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", [
    # the same idioms with life, everything, the suffering or a means stay disclosures
    "Je veux en finir avec la vie.",
    "Quiero acabar con todo este dolor.",
    "Voglio farla finita con tutto.",
    "I'm ending it all with pills tonight.",
])
def test_ending_life_stays_flagged(text):
    assert crisis.risk_level(text) in _FLAGGED


# review28b (2026-12-06): the round's rules read at their edges; each look-alike was flagged by stage one at
# main28 bba335d, each disclosure below was lost there. docs/quality.md, "Review of the round twenty-eight risk and
# PII rules".
@pytest.mark.parametrize("text", [
    # forgiveness asked as an opener, with the act named or excused after it
    "Forgive me for what I'm about to do, but I have to ask about your salary",
    "Forgive me for what I'm about to do: eat the last slice of cake",
    "Perdóname por lo que voy a hacer, pero necesito contarte la verdad",
    "Pardonne-moi pour ce que je vais faire, mais je vais chanter",
    # a goodbye slipped out of a party, to sleep
    "J'ai dit au revoir à tout le monde sans qu'ils se doutent de la fête surprise",
    "Me despedí de todos en la fiesta sin que se dieran cuenta y me fui a casa a dormir",
    "Ich habe mich von der Party verabschiedet, ohne dass es jemand merkt, ich war müde",
    # a hose on an appliance's exhaust, a garden hose to wash a bike
    "The vacuum hose goes on the exhaust port of the shop vac",
    "The dryer hose connects to the exhaust outside the window",
    "The hose fits onto the exhaust of the generator so fumes go outside",
    "La manguera del jardín va al tubo de escape de la moto para lavarlo",
    # a height looked up for a vehicle, a job on the house, a film; "most" is no bridge
    "I checked the height of the bridge before driving the horsebox under it",
    "I checked how high the roof is before buying a ladder",
    "I looked up how high the roof is to get quotes for solar panels",
    "I googled how tall most basketball players are",
    "I googled how tall the Eiffel tower is after the documentary",
    "Busqué cuántos metros tiene el puente para saber si pasa el autobús",
    # a way of life ended, everything used up before a move, a fresh start
    "I want to put an end to my life of crime",
    "I want to put an end to everything bad in my life",
    "Jag ska göra slut på allt innan vi flyttar",
    "Jag vill göra slut på allt och börja om på nytt",
    # tired of living in a certain way
    "Ich bin es satt, zu leben von der Hand in den Mund",
    "Ich bin es leid, zu leben für andere",
])
def test_review28b_look_alikes_read_none(text):
    assert_stage_one_none(text)
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize("text", [
    # stage one reads none; the learned stage still flags them (as it flags similar turns at the base)
    "Me despedi de todos sem que ninguém percebesse, estava com sono",
    "Ho salutato i colleghi senza che nessuno capisse che domani cambio lavoro",
    "I checked the height of most of the trees in the garden",
    "I looked up the height of the flat screen tv before buying a stand",
    "I decided to put an end to my life as a smoker",
    "Ich bin es leid, zu leben nach den Regeln meiner Eltern",
])
def test_review28b_look_alikes_stage_one_none(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", [
    # the ending idiom with life or a means the lists missed: a disclosure, as at the base
    "Je veux en finir avec l'existence",
    "Je veux en finir avec mon existence",
    "Je veux en finir avec ma putain de vie",
    "Je veux en finir avec ce calvaire qu'est ma vie",
    "Quero acabar com tudo o quanto antes",
    "Quero acabar com tudo o mais rápido possível",
    "Voglio farla finita con il veleno",
    "Voglio farla finita con un salto dal ponte",
])
def test_review28b_ending_life_or_by_a_means_is_read(text):
    assert classify(text)[0] != "none"
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # the round's disclosures next to the look-alikes stay
    "Forgive me for what I'm going to do, I'm sorry mum",
    "I looked up how high the bridge is and when nobody is around",
    "I want to make an end of it all tonight",
    "Jag vill göra slut på allt nu",
    "Ich bin es so müde, zu existieren, jeden Tag",
])
def test_review28b_disclosures_stay(text):
    assert crisis.risk_level(text) in _FLAGGED
