"""English round eleven (fourteenth session): stage one reads preparation, passive wish and active
ideation in their general form, which it read as nothing before (``risk._EN11``): a preparation act
"for when I'm gone" or "for whoever finds me", goodbyes nobody knew were goodbyes, a pet handed over,
how high a fall must be, a dry run or a rehearsal of the act, stocking up on painkillers; welcoming
death, "better if I'd never been born", "can't wait for my life to be over", wanting it all to end,
"wouldn't care if I died", hoping to be hit or to get cancer; thinking about ending oneself,
"thoughts of not being here", googling ways to die, "can't stop thinking about taking my own life";
driving off a pier as a thought. The same words in everyday planning (a will, a move, a rehearsal for
a play), a hope or a worry about something else, third person, study and negation stay none."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

DISCLOSURES = [
    # preparation
    ("plan_preparation", "paid back everyone i owe money so its clean when im gone"),
    ("plan_preparation", "Left the spare key under the mat for whoever finds me."),
    ("plan_preparation", "deleted all my photos, dont want anything left after i go"),
    ("plan_preparation", "Sold the car, won't need it where I'm going."),
    ("plan_preparation", "I said my goodbyes at dinner and nobody even noticed."),
    ("plan_preparation", "said goodbye to my nan today for real"),
    ("plan_preparation", "I handed my cat to the lady next door this morning."),
    ("plan_preparation", "I looked up how high the car park is, it's enough of a fall."),
    ("plan_preparation", "did a dry run last night with the belt"),
    ("plan_preparation", "I keep rehearsing it, step by step, every detail."),
    ("plan_preparation", "I rehearsed how I'd do it while everyone slept."),
    ("plan_preparation", "Been stocking up on paracetamol from different shops."),
    # passive wish
    ("passive_wish", "id welcome death at this point"),
    ("passive_wish", "Death would be a relief, honestly."),
    ("passive_wish", "It'd be easier for all of them if I'd never been born."),
    ("passive_wish", "I should never have been born."),
    ("passive_wish", "can't wait for my life to be over"),
    ("passive_wish", "I want it all to end."),
    ("passive_wish", "I wouldn't care if I died tonight."),
    ("passive_wish", "wouldnt mind if a lorry hit me on the way home"),
    ("passive_wish", "I hope I get knocked down crossing the road."),
    ("passive_wish", "Part of me is hoping the lump is something terminal."),
    # active ideation
    ("active_ideation", "I sit at my desk thinking about ending myself."),
    ("active_ideation", "I keep having thoughts of not being here anymore."),
    ("active_ideation", "fantasising about topping myself again"),
    ("active_ideation", "Looked up how to commit suicide on my lunch break."),
    ("active_ideation", "I've been searching for suicide methods."),
    ("active_ideation", "I can't stop thinking about taking my own life."),
    # means
    ("method", "I keep thinking of driving off the pier at night."),
]

NOT_DISCLOSURES = [
    "We cleared out the loft and labelled everything, so the kids know what's what when I'm gone, along with my will.",
    "I'll leave the key under the mat for the cleaner when I'm not in.",
    "I'll tidy the kitchen after I go to the shops.",
    "Said my goodbyes to the team today, new job on Monday.",
    "I sent my dog to my mum's for the weekend while I'm away.",
    "I took my cat to the vets this morning.",
    "I've been researching how high the Shard is for my project.",
    "How long does it take for paracetamol to work?",
    "Dry run of the wedding speech went great.",
    "I rehearsed my lines for the play all evening.",
    "Stocking up on tins before the storm.",
    "I'd welcome a change of job.",
    "My nan says she'd welcome death, she's 97 and tired.",
    "I wish he had never been born.",
    "can't wait for this exam to be over",
    "I want it all to be perfect for the wedding.",
    "I wouldn't care if it rained on the day.",
    "I wouldn't mind a holiday.",
    "I hope it's not cancer, the scan is on Friday.",
    "I hope I get the job.",
    "My brother keeps thinking about ending himself and I'm scared.",
    "I'm not thinking about ending myself, I promise.",
    "The paper looks at how often teenagers search for suicide methods online.",
    "I've been googling flights to Spain.",
    "Our lecture was on how people look up ways to die online.",
    "I can't stop thinking about taking my life in a new direction.",
    "We drove off the ferry and onto the coast road.",
    "I never want to drive into the river like in that film.",
]


@pytest.mark.parametrize(("category", "text"), DISCLOSURES)
def test_stage_one_reads_the_disclosure(category, text):
    assert classify(text) == (category, True)


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_stage_one_reads_no_disclosure(text):
    assert classify(text)[0] == "none"


@pytest.mark.parametrize("text", [
    "I'm not thinking about ending myself.",  # the learned stage read ideation
])
def test_a_denial_stage_one_now_reads_stays_none(text):
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", [
    "I keep rehearsing it in my head, every step, what I'd do first, where I'd sit.",  # no pattern before
    "can't stop thinking about taking my own life",  # a negation before
])
def test_both_stages_find_the_turn_at_risk(text):
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")
