"""Finnish "I have thought about suicide" in the past participle, and Finnish relatives as third persons
(twenty-eighth session). "ajatella" grades its consonant: "ajattelen" (I think) but "olen ajatellut" (I have
thought); "miettiä": "mietin" / "olen miettinyt"; "harkita": "olen harkinnut". Stage one held only the first
forms, so "Olen ajatellut itsemurhaa joka päivä" was read none by both stages. With the participle read, a
relative's ("Veljeni on ajatellut itsemurhaa") would have been the writer's: "veljeni", "äitini", "poikani",
"hän" now count as third persons.
"""
import pytest

from services.quality.checks.counselling import crisis

FLAGGED = ("moderate", "high")


@pytest.mark.parametrize("text", [
    "Olen ajatellut itsemurhaa joka päivä",
    "Olen harkinnut itsemurhaa",
    "Olen miettinyt itsemurhaa viime aikoina",
])
def test_the_past_participle_is_read(text):
    assert crisis.risk_category(text) == "active_ideation"


@pytest.mark.parametrize("text", [
    "En ole koskaan ajatellut itsemurhaa",
    "Veljeni on ajatellut itsemurhaa",
    "Veljeni ajattelee itsemurhaa",
    "Hän on miettinyt itsemurhaa",
    "Äitini on harkinnut itsemurhaa",
    "Poikani on ajatellut itsemurhaa",
])
def test_a_negation_or_a_relative_is_not_flagged(text):
    assert crisis.risk_level(text) not in FLAGGED
