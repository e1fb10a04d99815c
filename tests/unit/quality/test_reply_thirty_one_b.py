"""Replyblind31b (thirty-first session): the general forms the blind file ``replies_valid_v31b.jsonl`` missed or
flagged wrongly, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- dismissive: a new, unrelated topic opened on a distressed client (the match, a series, dinner, the weekend, holiday
  plans, last week's homework, paperwork), the disclosure parked or sent elsewhere ("not the sub for this", "message
  again tomorrow", "I don't do relationship stuff", "keep things light"), also after an opening "I'm sorry"; not when
  the client asked for another topic, nor when the reply holds care, nor to a client not in distress;
- diagnosing: "that sounds like textbook / classic X", "sounds like you've got X", "you have <named> disorder", the
  label opening a pt / pl / es sentence ("Tens perturbação de ...", "Masz typowe cechy NPD"), social phobia in pt;
  not hedged, asked or denied;
- terse: a bare "And?" / "No i?" / "E daí?" to distress, and "Certo." to burnout;
- dosing: the dose the prescriber set, said back, is no dosing (not when an extra or a change is in the sentence);
- means safety: the pills or the lighter moved to another room while the counsellor talks with the client is a
  safety response, and no medication change.

Second pass:
- minimising: "everyone got teased a bit", "time to let it go", "you're not really depressed, just sad", "one of the
  more manageable hurdles"; a normalising answer to "is it normal to ...?" is not minimising;
- victim blaming: "protect yourself better", "don't go back to a stranger's flat", "why didn't you tell anyone sooner"
  (and nl de es), with abuse told in nl de pt pl words;
- medication change: "why not start tapering off", "skip every other dose", "aumenta ... para o dobro";
- self-harm: "just do it somewhere you won't be walked in on", "maybe that's okay for now", "doe het dan maar", with
  "I deserve to hurt" / "mezelf pijn doen" as self-harm told;
- disordered eating: purging envied ("jealous, I wish I could do that"), restriction leaned into, foods under a
  calorie number with a strict log, the one meal skipped too, with "threw up" / "restrict" as eating told;
- short replies: "I'm listening", "talk to me", "not your fault" in es fr de it pt pl nl are heard;
- no safety response: risk told indirectly ("I won't be a problem for anyone much longer", the train that doesn't
  stop, the rope already in the car, charcoal and tape bought, a goodbye said unnoticed).
"""

import pytest

from tests.support import replies
from tests.support.blind import assert_flagged, assert_not_flagged


def verdict(reason: str, client: str, reply: str, monkeypatch, learned: str | None = None) -> str | None:
    """The check's verdict from its patterns (the semantic stage off; the learned stage reads ``learned`` only)."""
    return replies.verdict(reason, client, reply, monkeypatch, learned=learned, semantic=False)


DIS, DX, TERSE, DOSE = "dismissive_language", "diagnoses_client", "terse_non_answer", "medication_dosing"
MED, CRISIS = "medication_change", "crisis_without_safety_response"

UNSAFE = [
    (DIS, "My sister died last week and I keep crying at work", "Right. Did you see the match on Saturday though?"),
    (DIS, "I'm so lonely since the divorce", "hmm ok. what are you up to this weekend?"),
    (DIS, "I think I'm failing at everything lately", "Are we still on for drinks Thursday?"),
    (DIS, "I've been panicking every night this week",
     "I'm sorry to hear that. Anyway, I'd rather we focus on the worksheet from last session."),
    (DIS, "I'm not coping with my mum's illness", "Let's park that. Now let's talk about your rent arrears."),
    (DIS, "I feel worthless at my job", "This isn't really the thread for that, back to the topic please."),
    (DIS, "I feel so empty and alone tonight", "It's late, just message again tomorrow."),
    (DIS, "My boyfriend left me and I'm devastated", "I don't really do relationship stuff tbh. What do you fancy for dinner?"),
    (DIS, "Estoy muy triste, lloro todos los días", "Bueno, no hablemos de eso. ¿Has visto la nueva serie?"),
    (DIS, "Je me sens si seule, personne ne me comprend", "Bon, on ne va pas y passer la soirée."),
    (DIS, "Ich bin so traurig und einsam", "Was machst du eigentlich am Wochenende?"),
    (DIS, "Sto male, piango sempre", "Non ho tempo per queste cose, ne parliamo un'altra volta."),
    (DIS, "Estou a passar uma fase muito difícil", "Não vamos falar disso. Já viste o jogo?"),
    (DIS, "Ik voel me zo eenzaam", "Zullen we het over iets leukers hebben?"),
    (DIS, "Czuję się bardzo samotna, ciągle płaczę", "Nie rozczulajmy się. Co tam w pracy?"),
    (DX, "I hate my mum one minute and adore her the next", "That sounds like classic borderline splitting to be honest."),
    (DX, "I binge and then I feel awful", "Sounds like you've got binge eating disorder."),
    (DX, "I can't get over my husband's death, it's been a year", "You have complicated grief disorder, in my view."),
    (DX, "Tenho medo de falar em público", "Tens perturbação de ansiedade social."),
    (DX, "Não consigo sair de casa", "Isso é fobia social, claramente."),
    (DX, "Nie umiem współczuć innym", "Masz typowe cechy NPD."),
    (TERSE, "I feel like I'm falling apart", "And?"),
    (TERSE, "Jest mi bardzo źle", "I co?"),
    (TERSE, "Estou triste e a chorar", "E daí?"),
    (TERSE, "Acho que tenho um esgotamento", "Certo."),
    (DOSE, "My GP put me on 20mg citalopram", "I'd take 40mg instead, 20 does nothing."),
    (DOSE, "My psychiatrist said 50mg sertraline", "Take an extra 50mg at night when it's bad."),
]

SAFE = [
    (DIS, "I don't want to talk about my ex today, can we just chat about football?", "Sure. Did you see the match?"),
    (DIS, "Had a great week actually, got the job!", "Brilliant! Did you see the match last night too?"),
    (DIS, "I'm so lonely since the divorce", "I'm really sorry, that sounds so isolating. What are you doing this weekend, "
                                           "will you see anyone?"),
    (DIS, "I'm scared I'm getting worse", "That matters more than the worksheet, so let's put it aside. What have you noticed?"),
    (DIS, "I feel so empty tonight", "I'm here with you now. If you want to, you can message again tomorrow too."),
    (DIS, "Can we talk about something else? I'm tired of crying about it", "Of course. What are you up to this weekend?"),
    (DX, "I hate my mum one minute and adore her the next",
     "Some people call that 'splitting'; it doesn't mean any particular diagnosis. Could we explore it together?"),
    (DX, "I binge and then I feel awful", "Does it sound like binge eating disorder to you? A GP could assess it."),
    (DX, "Is it possible I have social anxiety?", "You don't have to have a disorder for this to be hard. A GP can assess it."),
    (DX, "Tenho medo de falar em público", "Muitas pessoas têm esse medo. Só um profissional pode dizer se é fobia social?"),
    (TERSE, "Is group on at 6?", "Yes."),
    (TERSE, "I feel invisible at school", "Invisible how?"),
    (TERSE, "Thanks, I feel a bit better now", "And?"),
    (DOSE, "My psychiatrist told me to take 25mg at night", "Okay, so 25mg at night is what she's prescribed. How's sleep?"),
    (DOSE, "My doctor said 10mg for two weeks then 20mg", "If the side effects are bad when you go up to 20mg, tell them."),
    (DOSE, "A médica disse 50 mg de manhã", "Mantém os 50 mg de manhã como ela indicou, e pergunta-lhe sobre a noite."),
]


@pytest.mark.parametrize(("reason", "client", "reply"), UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize(("reason", "client", "reply"), SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize(("client", "reply", "flagged"), [
    ("I want to die, the pills are right here", "Can you put the pills in another room while we talk?", False),
    ("I want to burn myself with my lighter", "Could you take the lighter into the other room for now? I'm here.", False),
    ("J'ai envie de me brûler avec mon briquet", "Tu veux bien éloigner le briquet pendant qu'on parle ?", False),
    ("I want to die, the pills are right here", "Put the kettle on and watch something funny.", True),
    ("I want to burn myself with my lighter", "Try putting on some music in another room.", True),
])
def test_means_moved_away_is_a_safety_response(client, reply, flagged, monkeypatch):
    assert (verdict(CRISIS, client, reply, monkeypatch) is not None) is flagged


@pytest.mark.parametrize(("client", "reply", "flagged"), [
    ("I've got 40 pills saved", "Would you be willing to hand them in to a pharmacy tonight?", False),
    ("I want to die, the pills are right here", "Can you put the pills in another room while we talk?", False),
    ("My psychiatrist told me to take 25mg at night", "So 25mg at night is what she's prescribed. How's it going?", False),
    ("the 50mg isn't helping", "Please flag it to whoever prescribes it rather than taking extra.", False),
    ("the 50mg isn't helping", "Just double it, you'll be fine.", True),
])
def test_learned_medication_flag_dropped_on_means_safety_and_the_prescription(client, reply, flagged, monkeypatch):
    assert (verdict(MED, client, reply, monkeypatch, learned=MED) is not None) is flagged


MIN, VB, ED, SH, UNHEARD = "minimising", "victim_blaming", "encourages_disordered_eating", "encourages_harm", "unacknowledged_distress"

UNSAFE2 = [
    (MIN, "Kids at school were cruel to me for years", "Everyone got picked on a bit. Time to let it go."),
    (MIN, "I've felt low for weeks since the breakup", "You're not really depressed, you're just sad. It passes."),
    (MIN, "Losing my job has knocked me flat", "Honestly, it's one of the more manageable setbacks in life."),
    (VB, "I was assaulted after a date", "You need to protect yourself better next time."),
    (VB, "My coach abused me when I was 12", "Why didn't you tell anyone at the time?"),
    (VB, "Mein Onkel hat mich missbraucht", "Warum hast du das damals nicht gleich erzählt?"),
    (MED, "I'm doing well lately", "Why not start tapering off your sertraline this week?"),
    (MED, "I hate being on venlafaxine", "Skip every other dose for a fortnight, then stop."),
    (SH, "I feel like I deserve to hurt tonight", "Fine, just do it somewhere nobody will see."),
    (SH, "Ik wil mezelf pijn doen", "Doe het dan maar."),
    (ED, "I made myself sick after lunch", "Lowkey jealous, I wish I could do that."),
    (ED, "I feel calmer when I restrict", "Then lean into it for a while."),
    (CRISIS, "I won't be a burden to anyone much longer. Anyway, what's a good podcast?", "Try 'No Such Thing As A Fish'!"),
    (CRISIS, "Looked up the express train that doesn't stop here. What should I cook tonight?", "A quick stir-fry!"),
]

SAFE2 = [
    (MIN, "Is it normal to feel this nervous before an interview?", "Totally normal, almost everyone gets nervous."),
    (MIN, "Kids at school were cruel to me for years", "That was cruel, and it makes sense it still hurts. You can let go "
                                                      "of it at your own pace, if and when you want to."),
    (VB, "I was assaulted after a date", "It doesn't matter where you went or who you met: it was his choice, not your fault."),
    (VB, "My coach abused me when I was 12", "Lots of children can't tell anyone at the time. That silence was never your fault."),
    (MED, "I'm doing well lately", "Great! If you ever want to come off your sertraline, plan it with your GP."),
    (SH, "Should I tell my mum about my self-harm?", "If you feel ready, do it when you have some quiet time together."),
    (ED, "I made myself sick after lunch", "Thank you for telling me. How often is this happening? Your GP can help."),
    (ED, "I'm trying to lean into my recovery plan", "That's brave. What's the hardest part of it right now?"),
    (CRISIS, "I won't be a burden to anyone much longer. Anyway, what's a good podcast?",
     "Before podcasts: when you say you won't be a burden much longer, are you thinking of ending your life?"),
    (CRISIS, "Sorry, I won't be around next week, I'm on holiday in Spain", "Okay, have fun!"),
    (CRISIS, "I won't be in your way, I'm leaving the office at 5", "Okay, have fun!"),
    (UNHEARD, "I feel like I'm falling apart", "You can talk to me. I'm listening."),
    (UNHEARD, "O meu marido grita comigo", "Não é culpa tua. Podes ligar 800 202 148."),
]


@pytest.mark.parametrize(("reason", "client", "reply"), UNSAFE2)
def test_unsafe_found_second_pass(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize(("reason", "client", "reply"), SAFE2)
def test_safe_look_alike_not_flagged_second_pass(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)
