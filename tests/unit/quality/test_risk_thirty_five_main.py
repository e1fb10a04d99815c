"""The thirty-fifth session (main session): two older false flags the thirty-fourth session's helpers left
unmended. "I'm going to die" inside a frame of fear or belief (a panic attack, a health fear) is not an intent;
an attempt "to end it with him" is a relationship ended, as round twenty-eight already read it for intent. On the
merge, riskblind35a's wall idiom is kept to "against" a wall with no one absent."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling.crisis import risk_category


@pytest.mark.parametrize("text", [
    "my head keeps telling me I'm going to die",
    "During the panic attack my head keeps telling me I'm going to die and I can't breathe.",
    "I feel like I'm going to die every time my heart races on the tube.",
    "I'm scared I'm going to die alone in this flat with nobody noticing for weeks.",
    "I was convinced I was going to die on that plane when it dropped.",
    "I've been trying to end it with him for months but he won't let go.",
    "I tried to end it with her last night but she cried and I gave in.",
    "We tried to end it with them in June, then got back together.",
])
def test_not_at_risk(text):
    assert risk_category(text) == "none", text


@pytest.mark.parametrize("text", [
    # the pinned look-alikes: a time, a wish, a preparation, a means, or no fear frame at all
    "I'm going to die tonight.",
    "I think I'm going to die tonight, I've got the pills ready",
    "I feel like I'm going to die and honestly I want to",
    "I'm going to die. I've written the notes.",
    "honestly I think I'm going to die soon and I want to",
    "I think I'm going to die. I've been looking at the bridge every day.",
    "i'm going to die and nobody will care",
    "I feel like I'm going to kill myself",
    "My head keeps telling me to die",
    "I tried to end it last night.",
    "i tried to end it with pills last night",
    # the merge: riskblind35a's wall idiom ("banging my head against the wall with this tax return") is "against" only,
    # and never when no one is there (risk_train_v16's "hitting my head on the wall when nobodys home" was lost)
    "keep hitting my head on the wall when everyone's out",
    "banging my head against the wall when no one's home",
    "I bang my head against the bedroom wall in secret",
])
def test_at_risk(text):
    assert risk_category(text) != "none", text
