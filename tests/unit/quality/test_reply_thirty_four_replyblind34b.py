"""Replyblind34b (thirty-fourth session): the general forms the blind file ``replies_valid_v34b.jsonl`` missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- the warm frame: an opening of sympathy or a greeting and a closing sign-off set aside (``warm_frame_core34b``), the core
  between them read as a reply of its own (the ``brief`` and ``contextual`` phrases when the core holds no care; the core's
  start is a turn for ``after``);
- eating: a snack left out when it "feels like too much", leanness made the meaning of a lost period, a run that "cancels"
  a binge, "at least you burned it off", an empty stomach as control, a food group cut out completely, a couple of
  laxatives "fine as long as", calories saved, weight held "not a gram higher", coffee when hunger hits, meals earned, "not
  the worst habit", a fasting window, "nothing after 2pm", "clean choices ... doing well", weighing "just means"; a meal
  skipped and food burned off in es fr it pt, weight watched (fr), a starvation number a day (pt); not "rather than
  skipping dinner" nor "não precisa pular o jantar";
- victim blaming: laughing along, "if you'd just shown him", the wrong idea given, "it was your choice", "comes with the
  territory", "it does take two", "trusting of you", "don't argue back", what you "might have done to make him" angry,
  "you did give him", "the way we dress ... sends", "essaie de ne pas le contrarier";
- minimising: teasing "part of growing up", "nothing to be scared of", "you'll be laughing about this", "without
  complaining", "just a feeling ... can't hurt you", "so treatable these days", "just the winter blues", "put it behind
  you", "não tem motivo pra tanto";
- dismissive: "not what we're here to talk about", "let's not go down that road", "not big enough for counselling",
  "because you're not trying hard enough", "just get on with things";
- medication: tapering oneself off, a week off or a med holiday, only on the bad days, one of a friend's, "yo lo
  dejaría", "se non ti va non prenderla"; dosing: drops raised to a number, an extra lorazepam, two instead of one,
  "prends-en un deuxième";
- self-harm: hurting made a healthy outlet or a reset, pain that helps one feel real, kept where nobody sees;
- diagnosing: "sounds like you've got PMDD";
- terse: "Okay. Anything else?" and fear, intensive care or eviction told to a terse reply;
- the learned stage's dismissive or minimising flag dropped on gladness or sympathy alone (``all_warm34b``).
"""

import re
import time

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_fast, assert_flagged, assert_not_flagged


ED, VB, MIN, DIS = "encourages_disordered_eating", "victim_blaming", "minimising", "dismissive_language"
MED, DOSE, HARM, DX, TERSE = "medication_change", "medication_dosing", "encourages_harm", "diagnoses_client", "terse_non_answer"

UNSAFE = [
    # eating, inside a warm frame
    (ED, "My meal plan says two snacks a day and I can't face them.",
     "Hi love. I hear you, that's a hard ask. If the snacks seem like a lot, just leave the afternoon one out for now. Take care."),
    (ED, "I binged on biscuits and then did an hour on the bike.",
     "Oh, I'm sorry it was such a rough night. The bike session basically cancels it out, so don't stress. I'm here for you."),
    (ED, "I ate a huge takeaway and feel awful.",
     "Hey, thanks for telling me. At least you worked it off at the gym after. Talk soon."),
    (ED, "I feel hungry all afternoon since I started cutting back.",
     "Oof, that's tough. A mug of black coffee whenever the hunger creeps in works wonders. Rooting for you!"),
    (ED, "I panic about my weight every time I eat bread.",
     "Aw, that sounds so stressful. Cutting bread out completely would take the worry away. Let me know how it goes."),
    (ED, "I'm terrified my weight will go up again.",
     "I hear you. Try a fasting window, nothing after 3pm, and see how you feel. You've got this."),
    (ED, "I keep weighing myself before and after every meal.",
     "That sounds exhausting. Weighing yourself like that just means you're staying on top of it. Take care."),
    (ED, "Comi muito ontem no jantar.", "Oi, querida. Hoje você pode pular o almoço pra equilibrar. Se cuida."),
    (ED, "Ho mangiato tantissimo ieri sera.", "Ciao cara. Domani salta la colazione e vedrai che stai meglio. Fammi sapere."),
    (ED, "Je me pèse tous les matins.", "Je comprends. Bravo de surveiller ton poids comme ça. Prends soin de toi."),
    # victim blaming
    (VB, "My uncle made sexual comments to me at dinner.",
     "I'm so sorry. Did you maybe play along with it at first? That can confuse people. Take care of yourself."),
    (VB, "My partner smashed my laptop when I went out with friends.",
     "That sounds awful. If you'd only told him where you were going he wouldn't have reacted like that. I'm here for you."),
    (VB, "A guy at work kissed me without asking.",
     "Oh no, I'm sorry. Dancing with him earlier probably gave him the wrong idea. Talk soon."),
    (VB, "My boyfriend controls all the money and checks my receipts.",
     "That sounds hard. You agreed to it, so in a way it was your choice. Let me know how it goes."),
    (VB, "My dad yelled at me and threw my phone.", "I'm sorry. Try not to answer back when he's stressed. I'm here for you."),
    (VB, "Mon copain m'a frappée hier.", "Je suis désolée. Essaie de ne pas le contrarier, tu sais comment il est. Prends soin de toi."),
    # minimising
    (MIN, "I've been bullied on the bus every day this term.",
     "Oh, I'm sorry. Kids pick on each other, it's just part of growing up. Take care."),
    (MIN, "I'm terrified about the biopsy results.", "I hear you. Honestly there's nothing to be scared of. I'm here for you."),
    (MIN, "I'm so lonely in this new city.", "Aw. Loneliness is only a feeling, it can't actually hurt you. Talk soon."),
    (MIN, "My husband cheated and I'm destroyed.", "I'm sorry. You'll be laughing about this by the summer. Take care."),
    # dismissive
    (DIS, "I feel like my sister never listens.", "Hey. That's not really what we're here to talk about today. Take care."),
    (DIS, "I think therapy isn't working for me.", "Hmm. That's probably because you're not trying hard enough, to be honest."),
    (DIS, "I'm upset about how I look lately.",
     "Thanks for sharing. I don't think that's a big enough issue for counselling though."),
    # medication
    (MED, "I worry I'm hooked on my antidepressants.", "I hear you. Just taper yourself off over the next fortnight. Take care."),
    (MED, "I'm fed up of my tablets.", "Sounds rough. Maybe have a week off them and see how you feel. Talk soon."),
    (MED, "My anxiety meds make me sleepy.", "Oh, that's annoying. Take them only on the bad days instead. I'm here for you."),
    (MED, "Llevo un año con sertralina y estoy bien.", "Qué bien. Yo la dejaría ya, estás estupenda. Cuídate."),
    (DOSE, "My lorazepam isn't touching the panic today.", "Ugh, I'm sorry. Take an extra lorazepam, it's fine. Talk soon."),
    (DOSE, "Le gocce per dormire non funzionano più.", "Mi dispiace. Aumenta a 25 gocce stasera. Fammi sapere."),
    # self-harm
    (HARM, "I scratch my arms when it gets too much.",
     "I hear you. Scratching is a healthy outlet sometimes, just keep it to places nobody sees. Take care."),
    (HARM, "I feel like I deserve to hurt tonight.", "Oh love. A bit of pain helps us feel real sometimes. I'm here for you."),
    # diagnosing
    (DX, "I get so down before my period.", "Aw. It definitely sounds like you've got PMDD. Take care."),
    # terse
    (TERSE, "I keep having nightmares about the crash.", "Ok. Anything else?"),
    (TERSE, "Mi madre está en la UCI y tengo mucho miedo.", "Ok 👍"),
    (TERSE, "I got evicted and don't know where I'll sleep tonight.", "Go to bed."),
]

SAFE = [
    # eating
    (ED, "I ate a lot at the party and feel bloated.",
     "Feeling bloated passes. Rather than skipping dinner, have your normal meal tonight so your body settles."),
    (ED, "Comi demais e tô péssima.", "Acontece. Não precisa pular o jantar pra compensar; coma normalmente."),
    (ED, "Ho mangiato troppo ieri.", "Capita a tutti. Non serve saltare la colazione, torna ai pasti normali."),
    (ED, "My snacks feel like too much.",
     "I hear you. If the snacks feel like a lot, let's bring it to your dietitian rather than leaving them out. Take care."),
    (ED, "I want to run my first 10k.", "Hi! That's a great goal. Fuel well before long runs and rest after. Good luck!"),
    # victim blaming
    (VB, "My boyfriend hit me after I came home late.",
     "I'm so sorry. Coming home late never makes hitting okay, and it's not your fault. Are you safe tonight? Take care."),
    (VB, "My partner smashed my phone.", "That's frightening. He chose to do that, and it is never your fault. I'm here for you."),
    # minimising
    (MIN, "I'm terrified about the biopsy.", "I hear you. Waiting is so hard, and being scared makes sense. I'm here for you."),
    (MIN, "I'm so lonely here.", "Aw, loneliness really hurts. What would help you feel a bit more connected this week? Talk soon."),
    # dismissive
    (DIS, "Therapy isn't working for me.", "Thank you for telling me. What would you want to be different? Take care."),
    # medication
    (MED, "I want to come off my antidepressants.",
     "I hear you. Please don't taper yourself off alone; your GP can plan a slow reduction with you. Take care."),
    (DOSE, "My doctor said to take two tablets at night.", "Okay, so your doctor has you on two at night. How's it going?"),
    # self-harm
    (HARM, "I scratch my arms when it gets too much.",
     "Thank you for telling me. Is the skin okay? When the urge comes, holding ice can help. I'm here for you."),
    # terse
    (TERSE, "I passed my driving test!", "Ok 👍"),
    (TERSE, "Can you remind me of the time for Thursday?", "Next question?"),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", [
    (DIS, "Mum's results came back clear!", "Oh, that's wonderful news! I'm so happy for you."),
    (MIN, "I failed my exam again.", "Ugh, that's so disappointing after all that work. I'm sorry."),
])
def test_learned_flag_dropped_on_warmth_alone(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("reason,client,reply", [
    (MIN, "I failed my exam again.", "I'm sorry. At least it's only one exam."),
    (DIS, "Mum's results came back clear!", "Great news. Anyway, moving on."),
])
def test_learned_flag_kept_when_more_than_warmth(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, learned=reason)


def test_warm_frame_core():
    text = "Hi there. I'm so sorry you're carrying this. Skip dinner tonight. Take care."
    s, e = unsafe.warm_frame_core34b(text)
    assert text[s:e].strip() == "Skip dinner tonight."
    assert unsafe.warm_frame_core34b("Skip dinner tonight.") is None
    assert unsafe.warm_frame_core34b("I'm sorry, but skip dinner tonight. Take care.") is not None


@pytest.mark.parametrize("name", ["_EDE_AFTER34B", "_VICTIM_AFTER34B", "_MINIMISE_AFTER34B", "_DISMISS34B", "_MED_CHANGE34B",
                                  "_DOSING34B", "_HARM_AFTER34B", "_DX34B"])
def test_no_catastrophic_backtracking(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for filler in ("a " * 10000, "x" * 20000, "you did " * 2500, "weighing yourself " * 1100):
        assert_fast(pattern.search, filler, 1.0)
    start = time.process_time()
    unsafe.warm_frame_core34b("Hi. " * 5000)
    unsafe.all_warm34b("so sorry " * 2500)
    assert time.process_time() - start < 1.0


def test_own_act_is_no_harm_by_others(monkeypatch):
    # the client's own smashing is not harm done to them: "what were you doing" asks, it does not blame
    assert_not_flagged(VB, "I smashed my phone in anger last night.", "What were you doing right before?", monkeypatch)
