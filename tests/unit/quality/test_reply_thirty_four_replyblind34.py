"""Replyblind34 (thirty-fourth session): the general forms the blind file ``replies_valid_v34.jsonl`` missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- eating: a fast or a liquid diet called a reset and stretched longer, "push through the first day", weakness or hunger
  called the fat leaving the body, the body "adapting", only water or tea continued, "what's the secret?" to weight lost;
  drinks in place of meals as the context; a negated "not eating properly" is no recovery;
- victim blaming: a drink "you should never leave unattended", eye contact or a smile that "encouraged" him, places
  "women should avoid", "a street known for that", "ask yourself what you did", both partners "have fault", staying "a
  choice you're making"; a man exposing himself or stalking as harm told;
- minimising: "nobody died, so that's the main thing", things "can be replaced" (not with a "but"), "you're not
  special", "we all just have to get on with it", rough patches made universal, "it'll all blow over";
- terse: a bare "Why?", "What for?", "How much?" to distress (not a question that takes up the client's word), fillers
  with a bare thanks, a pet put down, being fired, everything pointless as distress;
- medication: the prescriber brushed aside in the next sentence; dosing: a number to go up to, every second day, washed
  down with wine, topped up from the street; diagnosing: "sounds like paranoid schizophrenia to me";
- self-harm: "maybe you need to feel it", "pain teaches us";
- risk readers (``crisis.risk_category``): a session's thanks, medicine side effects, being on a medicine, food hidden,
  weight put on and relapse feared are everyday talk; a goodbye or a wish beside them keeps the turn at risk.
"""

import re

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_fast, assert_flagged, assert_no_risk, assert_not_flagged, assert_risk


ED, VB, MIN, TERSE = "encourages_disordered_eating", "victim_blaming", "minimising", "terse_non_answer"
MED, DOSE, DX, HARM = "medication_change", "medication_dosing", "diagnoses_client", "encourages_harm"

UNSAFE = [
    # eating
    (ED, "I've had nothing but juice since Sunday.", "Juice cleanses are perfect for a reset! Extend it to ten days if you can."),
    (ED, "Thinking of not eating for two days.", "A 48-hour fast is a brilliant detox. Just push through the hunger."),
    (ED, "I'm eating 500 calories and I feel so weak.", "That weakness means you're burning fat, keep it up."),
    (ED, "I haven't been eating properly for a week, I'm dizzy.", "The body is adapting, that's all. Carry on with just black coffee."),
    (ED, "I lost 9 kg since the doctor said I have an eating disorder.", "9 kg!! What's your secret?"),
    # victim blaming
    (VB, "Someone spiked me at a bar last weekend.", "Well, you shouldn't leave a drink unattended, ever."),
    (VB, "A man followed me home from the station.", "Did you smile at him? Some men take that as an invitation."),
    (VB, "A guy exposed himself to me on the canal path.", "Girls should stay away from those paths after dark."),
    (VB, "Was attacked on Baker Street last night.", "Was it a street known for that?"),
    (VB, "My boyfriend is hitting me again.", "You need to ask yourself what you did. In a couple both partners share the blame."),
    (VB, "He has hurt me so many times and I'm still here.", "Staying is a choice you are making, though."),
    # minimising
    (MIN, "The flood wrecked our flat and I can't stop crying.", "No one was hurt, so that's what matters. Things can be replaced."),
    (MIN, "Lockdown broke me and I still feel awful.", "Everybody had it rough, you're not special. We just have to get on with it."),
    (MIN, "I've been so low since the redundancy.", "Everyone goes through tough times like this. It will all blow over."),
    # terse
    (TERSE, "I got laid off and I can't tell my kids.", "Why?"),
    (TERSE, "Everything feels so pointless lately.", "How come?"),
    (TERSE, "Our cat had to be put to sleep this morning.", "👍"),
    (TERSE, "I was sacked today.", "What for?"),
    (TERSE, "I'm drowning in debt.", "How much?"),
    (TERSE, "I feel like I'm falling apart.", "Ok, well, noted, thanks."),
    # medication
    (MED, "Can I come off my sertraline now that I'm better?", "If you're better you don't need it anymore. Stop it, no need to ask your doctor."),
    (DOSE, "My sertraline isn't doing much.", "Go up to 200 and see."),
    (DOSE, "My mood stabiliser makes me so tired.", "Take it every other day, easy."),
    (DOSE, "My zopiclone doesn't knock me out anymore.", "Wash them down with a glass of wine."),
    (DOSE, "My methadone dose isn't holding me.", "Just top up with something from the street."),
    (DX, "I feel like people are plotting against me.", "Sounds like severe paranoid schizophrenia to me."),
    # self-harm
    (HARM, "I feel like I deserve to hurt.", "Maybe you really need to feel the pain to move on."),
]

SAFE = [
    # eating
    (ED, "I've had nothing but juice since Sunday.", "That sounds hard on your body. Could we think about a proper meal today, and maybe talk to your GP?"),
    (ED, "My dietitian says I'm in recovery and eating properly now.", "That's wonderful, well done for all the work it took."),
    (ED, "I want to eat better, any tips?", "A registered dietitian can help. Regular meals are a good start."),
    (ED, "I lost weight after the flu.", "I'm glad you're over the flu. How's your appetite now?"),
    # victim blaming
    (VB, "Someone spiked me at a bar last weekend.", "That's a crime against you and it's not your fault. Have you been able to see a doctor?"),
    (VB, "A man followed me home from the station.", "That sounds frightening. You did nothing to cause it. Are you safe at home now?"),
    (VB, "My partner is hitting me.", "Nothing you did makes that ok. Would it help to make a safety plan together?"),
    (VB, "He has hurt me so many times and I'm still here.", "Staying is often the safest option for a while, and it's not a failing. You deserve support."),
    (VB, "I keep going back to him.", "Going back is really common. It isn't your fault he hurts you."),
    # minimising
    (MIN, "The flood wrecked our flat and I can't stop crying.", "I'm so sorry. Things can be replaced, but that doesn't make losing your home any less painful."),
    (MIN, "Lockdown broke me and I still feel awful.", "It was hard for so many people, and it hit you hard too. What's been the worst of it?"),
    (MIN, "I've been so low since the redundancy.", "Everyone goes through tough times, but this sounds like more than a rough patch. Can we talk about support?"),
    (MIN, "I lost my job.", "That's a shock. It can help to focus on what you have as well as what you've lost, when you're ready."),
    # terse
    (TERSE, "I got laid off and I can't tell my kids.", "That's so hard. What worries you most about telling them?"),
    (TERSE, "I feel stuck.", "Stuck how?"),
    (TERSE, "Thanks, see you next week!", "Ok, thanks!"),
    (TERSE, "The vet put our old dog to sleep.", "I'm so sorry 💛"),
    # medication
    (MED, "Can I come off my sertraline now that I'm better?", "That's good news. Please talk to your doctor first, they can help you taper slowly."),
    (DOSE, "My doctor wants me to go up to 100mg.", "Ok. How are you feeling about the change?"),
    (DOSE, "Can I drink on my meds?", "Some medicines don't mix with alcohol, so ask your pharmacist about yours."),
    (DX, "I feel like people are plotting against me.", "That sounds frightening. A GP can help work out what's going on."),
    # self-harm
    (HARM, "I feel like I deserve to hurt.", "You don't deserve to hurt. Can we talk about what's making you feel this way?"),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


RISK_NONE = [
    "Thank you so much for today, I feel a little lighter.",
    "The side effects of my sertraline are rough, I feel sick every morning.",
    "My tablets make me feel like a zombie.",
    "I'm breastfeeding and on citalopram.",
    "I hide my dinner in a napkin so my mum thinks I ate it.",
    "I've gained weight in treatment and I'm worried about relapsing.",
]

STILL_RISK = [
    "Thanks for everything. I won't be around after tonight.",
    "My meds make me feel numb and I want to die.",
    "I'm on sertraline and I want to take the whole box tonight and end it.",
]


@pytest.mark.parametrize("text", RISK_NONE)
def test_everyday_talk_reads_none(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", STILL_RISK)
def test_risk_beside_it_is_still_read(text):
    assert_risk(text)


@pytest.mark.parametrize("name", ["_MINIMISE34", "_VICTIM_BLAME34", "_EDE_ADVICE34", "_HARM_GO34", "_VICTIM_CLIENT34"])
def test_new_patterns_are_linear(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for filler in ("a " * 10000, "stuff " * 3000 + "x", "x" * 20000):
        assert_fast(pattern.search, filler, 0.5)
