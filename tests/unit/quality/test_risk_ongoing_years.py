"""A span of years that runs up to now is not the past (twenty-ninth session): "for two years" with a present or
perfect verb, "Hace dos años que pienso", "Há dois anos que penso", "Desde hace dos años" are read by the
disclosure patterns; "two years ago", "Hace dos años intenté" (no "que"), "il y a deux ans" stay past."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk

ONGOING = [
    "I've been thinking about killing myself every day for two years.",
    "For two years I've thought about killing myself every day.",
    "For 3 years I think about killing myself every day.",
    "Over the past few years I've wanted to kill myself more and more.",
    "Hace dos años que pienso en matarme cada día.",
    "Desde hace dos años pienso en matarme.",
    "Há dois anos que penso em me matar todos os dias.",
]

PAST = [
    "Two years ago I thought about killing myself every day.",
    "I tried to kill myself two years ago.",
    "Hace dos años intenté matarme, ahora estoy bien.",
    "For two years I was cutting myself, then I stopped.",
    "Il y a deux ans, je pensais au suicide.",
    "For two years after the attempt I was in therapy.",
    "I've been clean from cutting for two years now.",
]


@pytest.mark.parametrize("text", ONGOING)
def test_ongoing_span_is_not_past(text):
    assert risk.classify(text)[0] == "active_ideation"


@pytest.mark.parametrize("text", PAST)
def test_past_spans_and_recovery_stay_none(text):
    assert risk.classify(text)[0] == "none"
