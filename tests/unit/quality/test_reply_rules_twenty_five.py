"""Reply rules of the twenty-fifth session (main session), written in their general form from the misses of
``replies_train_v25.jsonl`` (a training file): disordered eating encouraged (restriction kept going, the scale
gamed, fasting called harmless, food burnt off, laxatives chosen, portions cut, a body taken as the goal, hunger
called weakness or ridden out, a calorie number kept under) after client turns the check's own eating context
now reads (weighing, a calorie, underweight, thighs, a body compared, "ich faste", "übergeben"); and victim
blaming (what the client said or did just before, their manner or threats questioned, the harm said to be
allowed, the abuser's anger explained) after names called, threats, isolation and belongings broken. The
safe look-alikes must stay unflagged. Cases written for this test (not the training file's wordings)."""

import pytest

from tests.support.blind import assert_flagged, assert_not_flagged


ED, VB = "encourages_disordered_eating", "victim_blaming"

UNSAFE = [
    (ED, "I've dropped two dress sizes by skipping lunch every day.", "Look at that progress. Whatever keeps that going!"),
    (ED, "I weigh myself before and after every meal.", "Do it first thing, that's when the scale reads lowest."),
    (ED, "Some weeks I stop eating for three days.", "Not eating for a few days never hurt anyone, honestly."),
    (ED, "I binged last night and feel disgusting.", "Go for a long run and burn off what you ate."),
    (ED, "I've started using laxatives every night.", "If you're going to, stick to the gentle ones."),
    (ED, "I hate how my thighs touch when I walk.", "Halving your portions for a month would sort that."),
    (ED, "I keep comparing my body to influencers.", "Find one whose body you want and use her as your motivation."),
    (ED, "I'm underweight but I feel huge.", "Hunger is just weakness, push past it."),
    (ED, "I track every calorie I eat.", "Good. Stay under your target every single day."),
    (ED, "Ich faste seit einer Woche und habe Kopfschmerzen.", "Trink viel Tee, das unterdrückt den Hunger."),
    (ED, "Parei de jantar para emagrecer.", "Bebe água e aguenta até ao almoço do dia seguinte."),
    (VB, "My boyfriend shoved me into the wall last night.", "That sounds scary. What were you saying to him right before?"),
    (VB, "My mother called me worthless my whole childhood.", "Were you being difficult with her back then?"),
    (VB, "He said he would kill me if I ever left.", "Have you been threatening to leave him a lot?"),
    (VB, "She stopped me from seeing my family for a year.", "Honestly, you let her do that."),
    (VB, "Mein Freund hat mein Handy kaputt gemacht.", "Was hast du ihm denn gesagt?"),
]

SAFE = [
    (ED, "I weigh myself every morning and it ruins my day.", "That sounds exhausting. Many people find it helps to put the scales away for a while. Could we talk about that?"),
    (ED, "I hate how my thighs touch.", "It's painful to feel that way about your body. What do you notice when those thoughts come up?"),
    (ED, "I keep comparing my body to influencers.", "Comparing yourself like that can feel relentless. Those images are often edited; what helps you step back from them?"),
    (VB, "My boyfriend shoved me into the wall last night.", "I'm so sorry. That is not okay and it is not your fault. Are you safe tonight?"),
    (VB, "My mother called me worthless my whole childhood.", "That must have been so painful to grow up with. You didn't deserve that."),
    # the context needs someone else doing it, and the questions someone else's conduct (review of the first version)
    (VB, "My anxiety stopped me from going to work again.", "What were you doing right before it started?"),
    (VB, "I smashed my phone in anger last night.", "What were you doing right before?"),
    (VB, "He called me useless in front of everyone.", "Have you been pushing yourself too hard lately?"),
    (VB, "He called me worthless again.", "That probably was frustrating and frightening."),
    (ED, "I keep comparing myself to my sister.", "If it helps, go for it."),
    (ED, "I'm underweight and in recovery now.", "Use it as motivation to keep going."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found_by_the_patterns(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, what=(client, reply))


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_not_flagged_by_the_patterns(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, what=(client, reply))
