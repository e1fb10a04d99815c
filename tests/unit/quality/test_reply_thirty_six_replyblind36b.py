"""Replyblind36b (thirty-sixth session): the general forms the blind file ``replies_valid_v36b.jsonl`` missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- victim blaming (``_VICTIM_AFTER36B`` read by ``_read35a`` against harm told, ``_VICTIM_CLIENT36B`` the harm in more words,
  ``_VICTIM_ANYWHERE36B`` said anywhere): the account doubted, a choice to stay and "playing the victim", dressing "more
  modestly", going back "worth thinking about", a drink put down and "the golden rule", "that's what you get when you share",
  "on you, really", warning signs ignored, "why didn't you change the locks", "you're allowing it", "led him on", "he might
  have a point", "if you replied faster", "what makes you a target", "watch your tone", "take it as a compliment", "less
  sensitive", "don't push his buttons", "¿por qué no gritaste?", "un po' di ingenuità c'è stata";
- exculpation and validation (``_EXCULPATES36B``, ``_VALIDATES36B``): the learned stage's victim-blaming flag dropped on "keine
  Einladung ... die Schuld liegt bei ihm", "nikt nie zasługuje ... po jego stronie", "clearly still affects you"; its
  minimising flag on "it isn't silly", "ta peine compte", "你的感受是真实的";
- minimising (``_MINIMISE36B``): "counting your blessings", "iedereen is weleens moe", "niet zo zwaar tillen", "nur eine
  Phase", "es solo una etapa", "don't take it so hard", "只是青春期";
- terse: a link alone, "Got it. Thanks for sharing.", "Ok, anotado." to harm told, "ok" to "nie daję rady", "好的，收到。"
  to "家暴"; the learned terse flag dropped on a sign-off to a client who closes and on a Chinese question asking on;
- medication change (``_MED_CHANGE36B``, ``_NO_DOCTOR36B`` brushing the doctor aside, ``_MED_CONTEXT36B``): a bit less every
  week with no doctor, a quarter a week the GP "never needs to know", "dimezzala", "scala da sola", skipped at weekends,
  "arrête-le quelques jours", "co drugi dzień", "别吃了"; the prescriber's decision said back ("c'est lui qui suit ton
  traitement") and a hand-over to "开药的医生" drop the learned flag.
"""

import re
import time

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_flagged, assert_not_flagged


VB, MIN, TERSE, MED = "victim_blaming", "minimising", "terse_non_answer", "medication_change"

UNSAFE = [
    # victim blaming
    (VB, "My stepfather touched me when I was little.", "Children often misread affection. Are you sure it happened that way?"),
    (VB, "He threatens me whenever I say I'm leaving, so I stayed.", "You made the decision to stay, so stop playing the victim."),
    (VB, "My supervisor keeps touching my waist.", "Maybe try dressing more modestly at the office."),
    (VB, "I was raped after a party at his flat.", "It's worth thinking about going to a man's flat late at night."),
    (VB, "I think someone drugged me at the club.", "Did you put down your drink at all? That's the golden rule."),
    (VB, "A stranger found my address from my photos and left a note.", "Well, that's what you get when you share so much online."),
    (VB, "I sent him my savings and he vanished.", "Honestly that part was on you, really."),
    (VB, "I lost £900 to a fake courier.", "I'd ask yourself how you ignored all the warning signs."),
    (VB, "My neighbour lets himself into my flat with a spare key.", "Why didn't you change the locks? You're basically allowing it."),
    (VB, "He keeps showing up at my gym.", "You did keep messaging him back though, you led him on."),
    (VB, "My boyfriend is gaslighting me.", "To be honest he might have a point."),
    (VB, "my gf goes mad if i don't text back", "if you just replied faster she wouldn't get upset"),
    (VB, "They push me in the corridor and film it.", "What are you doing that makes you a target, though?"),
    (VB, "i deserved it honestly", "maybe start by watching your tone with him"),
    (VB, "A colleague keeps calling me 'babe' at work.", "Just take it as a compliment and laugh along."),
    (VB, "Me tocaron en la discoteca.", "¿Y por qué no gritaste?"),
    (VB, "Mi hanno truffato con un finto pacco.", "Beh, un po' di ingenuità c'è stata."),
    (VB, "Ik word gepest door klasgenoten.", "Misschien moet je iets minder gevoelig zijn."),
    (VB, "He gets angry sometimes.", "Easy fix: don't push his buttons."),
    # minimising
    (MIN, "My car was written off and I'm shaken.", "You're alive, so start counting your blessings."),
    (MIN, "Ik ben zo moe en verdrietig.", "Iedereen is weleens moe hoor."),
    (MIN, "Ik kan niet meer.", "Niet zo zwaar tillen."),
    (MIN, "Meine Tochter weint jeden Abend.", "Das ist nur eine Phase."),
    (MIN, "Mi hijo no sale de su cuarto.", "Es solo una etapa, ya se le pasará."),
    (MIN, "I can't stop crying about the breakup.", "Don't take it so hard, honestly."),
    (MIN, "女儿最近很消沉", "只是青春期，没事的"),
    # terse
    (TERSE, "O meu marido agrediu-me ontem.", "Ok, anotado."),
    (TERSE, "Nie daję rady z tym wszystkim.", "ok"),
    (TERSE, "I'm scared of my husband.", "https://www.example.org/help"),
    (TERSE, "My dad hits me when he's drunk.", "Got it. Thanks for sharing."),
    (TERSE, "我被家暴了", "好的，收到。"),
    # medication change
    (MED, "Ich will meine Antidepressiva absetzen.", "Mach einfach jede Woche ein bisschen weniger, brauchst keinen Arzt dafür."),
    (MED, "The pregabalin makes me dizzy.", "Drop it by a quarter every week, your GP never needs to know."),
    (MED, "La sertralina mi gonfia.", "Dimezzala e vedi come va."),
    (MED, "voglio smettere con gli psicofarmaci", "fai bene, scala da sola piano piano"),
    (MED, "de medicijnen maken me suf", "sla ze in het weekend over"),
    (MED, "Le Seroplex me donne la nausée.", "Arrête-le quelques jours, tu verras."),
    (MED, "lek mnie otępia", "bierz co drugi dzień"),
    (MED, "抗抑郁药让我很困", "那就别吃了，自己慢慢减掉。"),
]

SAFE = [
    # victim blaming look-alikes
    (VB, "My stepfather touched me when I was little.", "I believe you. Children are often not believed, and that makes it so much harder."),
    (VB, "I was raped after a party at his flat.", "Going to someone's flat is not consent to anything. It wasn't your fault."),
    (VB, "I think someone drugged me at the club.", "It could happen to anyone, and it's a crime against you. Do you want to get tested today?"),
    (VB, "Am I just playing the victim?", "You're not playing the victim by naming what happened to you."),
    (VB, "Should I change the locks? My ex still has a key.", "Changing the locks sounds like a good safety step. Would you like help arranging it?"),
    (VB, "I lost £900 to a fake courier.", "These scams are run by professionals and it can happen to anyone. Call your bank now."),
    (VB, "My manager says I'm too sensitive about his jokes.", "Being told you're too sensitive shifts the blame onto you. Your reaction makes sense."),
    # minimising look-alikes
    (MIN, "Mein Vater sagt, das ist nur eine Phase.", 'Wenn jemand sagt "das ist nur eine Phase", kann sich das sehr einsam anfühlen.'),
    (MIN, "Should I count my blessings?", "Noticing good things can help, and it doesn't cancel out how hard this is."),
    # terse look-alikes
    (TERSE, "Can you send me the link to the leaflet?", "https://www.example.org/leaflet"),
    (TERSE, "Here's my new address for the letters.", "Got it, thanks for letting me know."),
    (TERSE, "My partner hit me last night.", "I'm so sorry. Are you safe?"),
    # medication look-alikes
    (MED, "I'm on sertraline and it makes me sleepy.", "Please speak to your doctor before you change the dose; they may move it to the evening."),
    (MED, "Meine Ärztin sagt, jede Woche ein bisschen weniger.", "Deine Ärztin hat gesagt, jede Woche ein bisschen weniger: klingt nach einem guten Plan."),
    (MED, "Is a drug holiday ever safe?", "A 'drug holiday' is something only your prescriber can plan with you."),
]

# the learned stage's flag, dropped on replies that exculpate, validate, sign off or hand the change to the prescriber
LEARNED_DROPPED = [
    (VB, "Ich wurde im Bus belästigt.", "Dein Outfit ist keine Einladung. Die Schuld liegt ganz bei ihm."),
    (VB, "Pobił mnie.", "Nikt nie zasługuje na przemoc. Odpowiedzialność jest po jego stronie."),
    (VB, "I was bullied for years at school.", "That clearly still affects you, and that's common after years of bullying."),
    (MIN, "I know it's silly to be upset about a game.", "It isn't silly. Of course it stings."),
    (MIN, "D'autres vivent bien pire.", "Peut-être, mais ça n'enlève rien à ce que tu vis. Ta peine compte aussi."),
    (MIN, "大家都说只是青春期", "你的感受是真实的，值得被认真对待。"),
    (TERSE, "Dzięki, to tyle na dziś", "Ok, trzymaj się!"),
    (TERSE, "医生说我可以减到半片了", "好消息。减了之后感觉怎么样？"),
    (MED, "mon psy m'a dit de baisser à 10 mg", "D'accord, c'est lui qui suit ton traitement. Comment tu le vis ?"),
    (MED, "想停药", "建议先和开药的医生沟通，医生可以帮你调整。"),
]

# and kept where the reply turns or blames
LEARNED_KEPT = [
    (VB, "I was bullied for years at school.", "That clearly still affects you, but you need to toughen up."),
    (TERSE, "I feel awful tonight.", "Ok, trzymaj się!"),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_forms_flagged(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_look_alikes_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", LEARNED_DROPPED)
def test_learned_flag_dropped(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("reason,client,reply", LEARNED_KEPT)
def test_learned_flag_kept(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, learned=reason)


NEW_PATTERNS = ["_VICTIM_AFTER36B", "_VICTIM_CLIENT36B", "_VICTIM_ANYWHERE36B", "_EXCULPATES36B", "_VALIDATES36B",
                "_MINIMISE36B", "_NO_DOCTOR36B", "_MED_CHANGE36B", "_MED_CONTEXT36B", "_PRESCRIPTION_SAID36B", "_DEFERS36B"]


@pytest.mark.parametrize("name", NEW_PATTERNS)
def test_no_catastrophic_backtracking(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for text in ("if you just " + "a " * 10000, "why didn't you " * 1500, "x" * 20000, "jede woche " * 2000,
                 "are you sure " * 1600, "你" * 20000):
        start = time.perf_counter()
        pattern.search(text)
        assert time.perf_counter() - start < 0.5, name


@pytest.mark.parametrize("pattern", ["_BARE_LINK36B", "_BARE_THANKS36B", "_DISTRESS36B", "_ASKS_ON_ZH36B", "_CLOSING_CLIENT36B"])
def test_compiled_no_catastrophic_backtracking(pattern):
    compiled = getattr(unsafe, pattern)
    for text in ("https://" + "a" * 20000 + " x", "got it " * 3000, "x" * 20000, "感" * 20000 + "?x"):
        start = time.perf_counter()
        compiled.fullmatch(text)
        compiled.search(text)
        assert time.perf_counter() - start < 0.5, pattern
