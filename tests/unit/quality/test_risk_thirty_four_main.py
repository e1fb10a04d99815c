"""The thirty-fourth session's merge (main session): riskblind34's and riskblind34c's readings of Chinese family
words joined, and a charcoal method in a sealed room kept from riskblind34c's barbecue reading."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling.crisis import risk_category


@pytest.mark.parametrize("text", [
    # lost on the merge by the barbecue reading (risk_train_v13): the room is sealed, the charcoal is the means
    "I put the charcoal barbecue in the bedroom and sealed the window with tape. I didn't light it. Yet.",
    "买了木炭，把卧室窗户用胶带封住了",
    # the writer's own wish beside a family word after "to / with" (riskblind34) or with nothing before it
    "给我妈打电话的时候我想死",
    "要不我亲手结束这一切算了",
    "não vou desistir de me matar",
    # risk_train_v23's turn round twenty-one left missed (test_risk_round_twenty_one.STILL_MISSED until this merge)
    "quand ça va pas je me brûle le bras avec mon briquet",
])
def test_at_risk(text):
    assert risk_category(text) != "none", text


@pytest.mark.parametrize("text", [
    "Bought charcoal for the barbecue on Saturday, the kids are excited.",
    "We sealed the deal and bought charcoal for the grill.",
    "买了木炭准备周末烧烤",
    # a parent's words (riskblind34c, riskblind34)
    "我爸最近总说活着没意思",
    "我媽最近總說活著沒意思",
])
def test_not_at_risk(text):
    assert risk_category(text) == "none", text
