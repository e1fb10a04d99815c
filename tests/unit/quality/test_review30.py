"""review30 (thirtieth session): adversarial review of merge30's counselling-tier mends.

- "top myself after what happened" is a euphemism of killing oneself, not outdoing oneself ("top myself after
  that presentation" still is): ``risk._TOP_OUTDO_AFTER`` no longer takes "after what / everything / all this".
- de "ich bring mich um den Verstand / den Schlaf" is an idiom, not intent.
- es / pt scratched or bitten till it bleeds by someone else ("meu gato arranhou", "me mordió"): the verb's third
  person is no self-injury.
- Hindi third-person pronouns (उसने, उन्होंने, उसको, उसे; romanised usne, unhone, usko) are a subject other than
  the speaker.
- ``life_talk._DARK``: "forever" (für immer, para siempre, pour toujours, per sempre, voor altijd, na zawsze,
  навсегда, 永远, ...) keeps every word, so "settled everything before the holiday ... gone forever" is not cleared."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, life_talk

READS = [
    ("i want to top myself after what happened", "risk"),
    ("Habe alles erledigt vor dem Urlaub, meine Katze ist versorgt, danach bin ich weg für immer", "risk"),
    ("maine phanda lagane ki koshish ki kal raat", "risk"),
    ("मैंने फंदा लगाने की कोशिश की", "risk"),
    ("usne mujhe chhod diya, maine phanda lagane ki koshish ki", "risk"),
    ("Ich bring mich heute Nacht um", "risk"),
    ("ho pensieri di suicidio da settimane", "risk"),
    ("arranhei os meus braços até sangrar de novo", "risk"),
]


@pytest.mark.parametrize("text,expected", READS)
def test_reads_risk(text, expected):
    assert crisis.risk_category(text) != "none"


STAYS_NONE = [
    "I don't know how I'll top myself after that presentation, it went so well.",
    "Ich bring mich um den Verstand mit dieser Steuererklärung",
    "Ich bringe mich um den Schlaf mit diesem Projekt",
    "उसने फंदा लगाने की कोशिश की, मेरी बहन ने",
    "usne phanda lagane ki koshish ki",
    "ho finito tutto e domani parto per le ferie",
    "Il libro parla di pensieri di suicidio negli adolescenti",
    "El libro trata de pensamientos de suicidio en adolescentes",
]


@pytest.mark.parametrize("text", STAYS_NONE)
def test_stays_none(text):
    assert crisis.risk_category(text) == "none"


def test_third_person_scratch_is_no_stage_one_self_injury():
    from services.quality.checks.counselling.risk import classify
    assert classify("meu gato arranhou os meus braços até sangrar")[0] == "none"


def test_forever_keeps_every_word():
    assert life_talk.life_spans("Habe alles erledigt vor dem Urlaub, danach bin ich für immer weg") == []
    assert life_talk.life_spans("Habe alles erledigt vor dem Urlaub") != []
