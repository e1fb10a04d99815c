"""German "mich ... umbringen" with words between (twenty-ninth session), and another person named by a possessive
who wants to kill the client ("Mein Vater will mich umbringen", "Mi padre quiere matarme": harm by others, not the
client's own risk)."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk

OWN = [
    "Ich will mich jeden Tag umbringen.",
    "Am liebsten würde ich mich einfach umbringen.",
    "Seit zwei Jahren will ich mich jeden Tag umbringen.",
    "Ich habe darüber nachgedacht, mich vielleicht umzubringen.",
]

NOT_OWN = [
    "Mein Vater will mich umbringen.",
    "Mi padre quiere matarme.",
    "Mein Chef wird mich heute umbringen, ich bin zu spät.",
    "Ich will mich nicht umbringen, ich bin nur müde.",
    "Mein Freund droht, mich umzubringen.",
]


@pytest.mark.parametrize("text", OWN)
def test_own_wish_with_words_between(text):
    assert risk.classify(text)[0] == "active_ideation"


@pytest.mark.parametrize("text", NOT_OWN)
def test_another_named_by_a_possessive_or_a_denial_is_none(text):
    assert risk.classify(text)[0] == "none"


@pytest.mark.parametrize("text", ["Ich werde mich nächste Woche umbringen.", "Ich werde mich heute Nacht umbringen."])
def test_will_with_a_time_between_is_intent(text):
    assert risk.classify(text)[0] == "intent"


def test_decided_with_a_time_between_is_intent():
    assert risk.classify("Ich habe beschlossen, mich nach den Prüfungen umzubringen.")[0] == "intent"
    assert risk.classify("Ich habe beschlossen, mich nicht mehr zu ärgern.")[0] == "none"
