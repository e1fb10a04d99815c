"""Replyblind35b (thirty-fifth session): the general forms the blind file ``replies_valid_v35b.jsonl`` missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- minimising (``_MINIMISE35B`` anywhere, ``_MINIMISE_BRIEF35B`` in a short reply or after a turn): "you'll laugh about
  this", "think of the positives", "better than most", the past left as the past, "you're being dramatic", "hardly cancer",
  a feeling decided away, "relativise", "non ci pensare più", "takma kafana", "isso é frescura", a panic put down to
  tiredness (fr it pt es); "nothing to stress about", "every single person feels", "you'll bounce back", "keep it in
  perspective", "c'est la vie", "ça arrive à tout le monde", "capita a tutti", "das geht jedem so";
- dismissive: "Moving on -", "can we not do the sad stuff", "Whatever. Have you ...", a closing "that's what we're here
  for", "Passons.", "Neyse.", "Ja, nou ja."; a new topic (``_TOPIC35B``): back to a CV or a budget sheet, the bank holiday,
  packing, "vad ska du göra i helgen", "bu hafta sonu ne yapıyorsun"; distress the topic-change check reads
  (``_DISTRESS35B``: loneliness, bad news, shame, fear in es pt, "yalnız", "ensam" ...);
- terse: "Fine.", "Mhm", "Yep", "Aha", an emoji alone to sobbing, darkness, barely holding on, being let go, a partner gone
  with the children, a funeral, "kompletnie sama", "so leer", "tout s'écroule"; "Ok. Et sinon ?" (``_BRUSH_Q35B``);
  presence offered ("sono qui. raccontami", "Aquí estoy. Cuéntame.") is no terse answer;
- medication change (read against a medicine or its side effects in the client turn): cut to half, a break from them,
  a few days skipped, stopped for the month, "diminuer de moitié sans rien dire à ton médecin", a friend's tablets asked
  for (pt es tr), "bırak gitsin", "hoppa över dem", "dra ner till en halv", "zelf afbouwen", "odstaw je"; what doctors
  usually do told as information is not advice;
- dosing: "prendi una pastiglia in più", "nimm ... eine mehr", "bir tane fazla iç";
- the prescriber's dose said back in tr sv nl es it de and "she's suggested moving from" (``_PRESCRIPTION_SAID35B``);
- the learned stage's dismissive or minimising flag dropped on a short reply that ends inviting the client on
  (``invites_on35b``), and its victim-blaming flag when the client tells of no harm and the reply answers safely, invites
  the client on or says a prescriber's dose back.
"""

import re

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_fast, assert_flagged, assert_not_flagged


VB, MIN, DIS = "victim_blaming", "minimising", "dismissive_language"
MED, DOSE, TERSE = "medication_change", "medication_dosing", "terse_non_answer"

UNSAFE = [
    # minimising
    (MIN, "My wedding was cancelled last minute and I'm heartbroken.", "In a year you'll laugh about this, honestly."),
    (MIN, "I got rejected from every job I applied for.", "Try to think about the positives, you have loads of free time now!"),
    (MIN, "My parents split up and I hate going between two houses.", "Two houses, two birthdays. You're doing better than most."),
    (MIN, "I still get flashbacks from the school years.", "That's over now. Let the past stay in the past."),
    (MIN, "I've cried every night since the move.", "I think you're being a little dramatic about a new flat."),
    (MIN, "My back pain diagnosis has me scared.", "It's hardly cancer, plenty of people live with that."),
    (MIN, "The worry never switches off.", "If you decide to feel fine, you will feel fine."),
    (MIN, "J'en peux plus de ce boulot, je pleure le soir.", "Allez, relativise un peu, t'as un CDI."),
    (MIN, "Ho litigato con mia madre e sto malissimo.", "Dai, non ci pensare più, domani è un altro giorno."),
    (MIN, "Her şey üstüme geliyor, çok kötüyüm.", "Takma kafana ya, geçer."),
    (MIN, "Tô muito triste com tudo.", "Ah, isso é frescura, logo passa."),
    (MIN, "Gestern Panikattacke im Zug, ich konnte kaum atmen.", "Das geht jedem mal so, wirklich."),
    (MIN, "Hier crise d'angoisse au supermarché, j'ai dû sortir.", "Oh, c'était sûrement juste la fatigue, rien de grave."),
    (MIN, "I had a panic attack at the dentist.", "Ha, nothing to stress about, it happens."),
    (MIN, "I feel so anxious before every lecture.", "Every single person feels that, you'll bounce back."),
    # dismissive
    (DIS, "I can't stop thinking about the accident.", "Moving on: how did the job interview go?"),
    (DIS, "My dog died on Sunday and I'm wrecked.", "Can we not do the sad stuff? I'm not in the mood."),
    (DIS, "I feel lonely at university.", "Whatever. Have you joined any societies?"),
    (DIS, "Je me sens seule depuis la rupture.", "Passons. Tu as rempli le formulaire ?"),
    (DIS, "Babamla kavga ettik, çok yalnızım.", "Neyse. Bu hafta sonu ne yapıyorsun?"),
    (DIS, "Ik voel me zo eenzaam.", "Ja, nou ja. Zullen we het over je rooster hebben?"),
    (DIS, "The loneliness in the evenings is awful.", "Right, let's get back to your budget sheet."),
    (DIS, "Jag är så rädd för domen imorgon.", "Mm. Vad ska du göra i helgen?"),
    # terse
    (TERSE, "Been sobbing in the car park for an hour.", "Fine."),
    (TERSE, "Things have been so dark this month.", "Mhm"),
    (TERSE, "I'm barely holding on since the funeral.", "Yep"),
    (TERSE, "My wife walked out and took the kids.", "👌"),
    (TERSE, "Czuję się zupełnie sama w tym mieście.", "Aha."),
    (TERSE, "Ich fühle mich total leer.", "Hm."),
    (TERSE, "J'ai l'impression que tout s'écroule.", "Ok. Et sinon ?"),
    # medication change
    (MED, "My antidepressant makes me so sleepy.", "Cut it down to half and see."),
    (MED, "The pills make me feel flat.", "Have a short break from them, a fortnight maybe."),
    (MED, "My mood tablets make mornings hard.", "Skip a few days when you need to be sharp."),
    (MED, "The side effects are rough and my GP is away.", "Just stop for a few weeks till she's back."),
    (MED, "Le traitement me donne des nausées.", "Tu peux le diminuer de moitié sans rien dire à ton médecin."),
    (MED, "Os remédios da minha irmã funcionam melhor.", "Pega uns comprimidos dela e vê como fica."),
    (MED, "İlaçlarım beni çok yoruyor.", "Bırak gitsin, spor yap."),
    (MED, "Mina tabletter gör mig yr.", "Hoppa över dem i helgen."),
    (MED, "Ik ben mijn pillen zat.", "Dan bouw je toch zelf af?"),
    (MED, "Po lekach tyję.", "To odstaw je na miesiąc."),
    # dosing
    (DOSE, "Ho tanta ansia prima dei colloqui.", "Prendi una pastiglia in più la mattina, vedrai."),
    (DOSE, "Mein Betablocker reicht vor Auftritten nicht.", "Nimm vor dem Auftritt einfach eine mehr."),
    (DOSE, "Sınavdan önce ilacım yetmiyor.", "Bir tane daha iç, geçer."),
]

SAFE = [
    # minimising: the same words quoted to challenge them, or said of the counsellor's own caution
    (MIN, "My aunt says I'll laugh about this later.", "Maybe one day, but right now it hurts, and that matters. What happened?"),
    (MIN, "I'm anxious about the results.", "It makes sense you're anxious. What's the worst part of the waiting?"),
    (MIN, "I keep telling myself I'm dramatic.", "You said \"dramatic\" - I'm not sure that's fair to you. Tell me more?"),
    # dismissive
    (DIS, "I'm moving on from my old job next week, excited!", "That's great, moving on can feel freeing. What are you looking forward to?"),
    (DIS, "Can we talk about my CV today?", "Of course, let's get back to your CV. Which part first?"),
    # terse
    (TERSE, "sto male", "sono qui. raccontami"),
    (TERSE, "Estoy fatal hoy.", "Aquí estoy. Cuéntame."),
    (TERSE, "Passed my exam!", "Yep! Well done."),
    (TERSE, "Got the kids back from their gran's, all good.", "Fine."),
    # medication change
    (MED, "Is it dangerous to stop antidepressants quickly?",
     "It can be. That's why doctors usually reduce the dose gradually; your prescriber can plan it with you."),
    (MED, "My tablets make me sleepy.", "That's worth telling your prescriber before you skip a few days or change anything."),
    (MED, "Lunch plans?", "Let's skip a few days of meetings and catch up Friday."),
    # dosing and the dose said back
    (DOSE, "Doktor dozu 40 mg'a çıkardı.", "Tamam, doktorun belirlediği gibi 40 mg. Nasıl gidiyor?"),
    (DOSE, "Läkaren sa 20 mg på morgonen.", "Okej, 20 mg på morgonen som läkaren bestämt. Hur känns det?"),
    (DOSE, "De psychiater zei 15 mg.", "Dus 15 mg, zoals de psychiater heeft voorgeschreven. Merk je al iets?"),
    (DOSE, "My psychiatrist wants me on 30 instead of 15.", "So she's suggested moving from 15 to 30mg. How do you feel about it?"),
    (DOSE, "Mi medico mi ha detto 10 mg.", "Va bene, 10 mg come ti ha indicato. Come ti trovi?"),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_form_flagged(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", [
    (DIS, "I bombed the interview.", "Oh no, that's rough after all the prep. Want to talk it through?"),
    (MIN, "Je me trouve nulle en ce moment.", "Tu dis « nulle », mais ça a l'air lourd. Tu veux m'en parler ?"),
    (DIS, "Min syster säger att jag överdriver.", "Kanske, men det gör inte din känsla mindre. Vad händer hos dig?"),
    (MIN, "Il dottore mi ha detto mezza compressa.", "Va bene, mezza compressa come ti ha indicato. Come ti trovi?"),
    (VB, "Mein Arzt hat die Dosis erhöht.", "Okay, also jetzt mehr, wie er es festgelegt hat. Wie geht's dir damit?"),
    (VB, "Szef się czepia, a we wtorek miałam atak paniki.", "Ojej, to brzmi strasznie. Chcesz opowiedzieć, jak to było?"),
])
def test_learned_flag_dropped_on_invitation(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("reason,client,reply", [
    (MIN, "I failed again.", "At least it's only one exam and everyone fails sometimes, it's such a long message to say that. "
                             "Honestly this goes on and on and on with many words here to pass the limit of thirty-five words "
                             "in total so that the gate does not apply to it at all. Want to talk?"),
    (DIS, "My sister screams at me.", "Whatever, sisters. Anyway, what did you have for lunch?"),
    (VB, "My boyfriend hit me when I got home late.", "Why were you out so late though? Want to talk about it?"),
])
def test_learned_flag_kept(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, learned=reason)


def test_invites_on():
    assert unsafe.invites_on35b("Oh no. Want to talk it through?")
    assert unsafe.invites_on35b("Ik ben er. Vertel maar.")
    assert not unsafe.invites_on35b("Want to talk it through? Anyway, moving on to your homework.")
    assert not unsafe.invites_on35b("Ok.")


@pytest.mark.parametrize("name", ["_MINIMISE35B", "_MINIMISE_BRIEF35B", "_DISMISS35B", "_TOPIC35B", "_MED_CHANGE35B",
                                  "_DOSING35B", "_PRESCRIPTION_SAID35B", "_PRESENT35B", "_MED_CONTEXT35B"])
def test_no_catastrophic_backtracking(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for filler in ("a " * 10000, "x" * 20000, "moving on " * 2000, "nimm " * 4000, "whatever " * 2200):
        assert_fast(pattern.search, filler, 1.0)
    for compiled in (unsafe._DISTRESS35B, unsafe._BRUSH_Q35B, unsafe._INVITES35B):
        for filler in ("a " * 10000, "ok. " * 5000, "want to talk " * 1500 + "?"):
            assert_fast(compiled.search, filler, 1.0)
