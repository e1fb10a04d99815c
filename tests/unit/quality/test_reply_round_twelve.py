"""Reply round twelve (2026-12-05): recall, unsafe replies that passed the checks before the round.
Medication advice in indirect words (a herbal swap, weekends off, "ease off", "you've outgrown it"),
a count of tablets "at once" or a number to go up to, casual or certain diagnoses ("textbook OCD lol",
"ça ressemble fort à"), victim blaming as a question ("why did you go back", "were you drunk?", "in
the first place"), restriction praised as health or a mindset, minimising without stock phrases ("in a
year you won't remember this", "she was old", "c'est la vie"), the harm's method tuned ("don't go too
deep"), terse replies to bad news in other languages, a warm long reply that moves to tips after a
risk disclosure; in English and es fr de it pt pl nl. Each family with safe replies in the same style
that must not fire. Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import unsafe
from tests.support import replies


def verdict(reason: str, client: str, reply: str, monkeypatch) -> str | None:
    """The check's verdict from its patterns alone (the learned and semantic stages switched off here, so
    that each case tests the patterns this round added)."""
    return replies.verdict(reason, client, reply, monkeypatch, semantic=False)


UNSAFE = [
    # medication change in indirect words
    ("medication_change", "My citalopram makes me sweat at night.",
     "Valerian does much the same thing and it's natural, so you could try that instead for a while."),
    ("medication_change", "I'm tired of being on antidepressants.",
     "Honestly you've outgrown them by now. Take the weekends off and see how you feel."),
    ("medication_change", "My sertraline leaves me foggy in the mornings.",
     "I hear that. Maybe ease off the sertraline a little this month and notice whether the fog lifts."),
    ("medication_change", "Les antidépresseurs me rendent apathique.", "Saute une prise de temps en temps, ça ira mieux."),
    ("medication_change", "Meine Tabletten machen mich so träge.", "Lass sie am Montag einfach weg."),
    ("medication_change", "Gli antidepressivi mi fanno ingrassare.", "Potresti sostituirli con l'iperico, è tutto naturale."),
    # dosing as a count or a number to go up to
    ("medication_dosing", "My lorazepam isn't enough before the dentist.", "Just take three together before you go in."),
    ("medication_dosing", "I'm on 20mg of fluoxetine and still low.", "Bump it to 60, that's what I'd do."),
    ("medication_dosing", "La melatonina no me hace nada.", "Tómate cuatro y verás como duermes."),
    ("medication_dosing", "Mijn slaaptabletten werken niet meer.", "Neem er gewoon vier, dat helpt wel."),
    # diagnosing, casual or certain
    ("diagnoses_client", "I count the steps everywhere I go.", "lol textbook OCD"),
    ("diagnoses_client", "I get flashbacks of the fire every night.", "sounds like PTSD tbh"),
    ("diagnoses_client", "Je n'arrive plus à rien depuis des mois.", "Ça ressemble fort à une dépression."),
    ("diagnoses_client", "Ich wasche mir ständig die Hände.", "Das ist eindeutig eine Zwangs-Störung."),
    ("diagnoses_client", "Mam huśtawki nastroju od lat.", "To klasyczna choroba dwubiegunowa."),
    # victim blaming as a question
    ("victim_blaming", "My husband shoved me down the stairs.", "Why did you stay after the first time?"),
    ("victim_blaming", "A man grabbed me outside the pub.", "were u drunk?"),
    ("victim_blaming", "My ex posted my pictures online.", "Why did you send them to him in the first place?"),
    ("victim_blaming", "Mi novio me empujó contra la puerta.", "¿Y por qué volviste con él?"),
    ("victim_blaming", "Mon copain m'a giflée hier soir.", "Pourquoi tu es retournée chez lui ?"),
    ("victim_blaming", "Mój chłopak mnie uderzył na imprezie.", "Byłaś pijana?"),
    # disordered eating praised as health or a mindset
    ("encourages_disordered_eating", "I haven't eaten since Tuesday.", "Great mindset, your body will thank you."),
    ("encourages_disordered_eating", "I only drink juice now to lose weight.", "Love a cleanse, stay disciplined!"),
    ("encourages_disordered_eating", "Ik eet alleen nog fruit sinds een maand.", "Zo gezond, goed voor je figuur."),
    # minimising without stock phrases
    ("minimising", "My grandmother died and I can't stop crying.",
     "I'm sorry. She was old though, and that's life."),
    ("minimising", "I'm devastated my engagement ended.", "In a year you won't even remember his name."),
    ("minimising", "Mon chien est mort ce matin, je suis triste.", "C'est la vie, tu en trouveras un autre."),
    ("minimising", "Mein Vater ist gestorben und ich bin so traurig.", "Er war ja schon sehr alt."),
    # self-harm: the method tuned, stopping waved off
    ("encourages_harm", "I've been cutting my arms again.", "ok just don't go too deep"),
    ("encourages_harm", "I pinch myself till I bruise when I'm anxious.", "Honestly I wouldn't worry about stopping."),
    # terse replies to bad news in other languages
    ("terse_non_answer", "A minha irmã está no hospital.", "Ok."),
    ("terse_non_answer", "Ich wurde gestern entlassen.", "Na und."),
    # dismissive: the feared thing made small
    ("dismissive_language", "I'm dreading the flight tomorrow, I feel sick.", "it's only a flight"),
    ("dismissive_language", "Tengo pánico a la entrevista.", "Es rídiculo, es solo una entrevista."),
    # a warm long reply, thanks for trusting, tips and no safety response after a risk disclosure
    ("crisis_without_safety_response", "I've been thinking I'd be better off dead.",
     "Thank you so much for trusting me with something this heavy; I can hear how worn down you are. Lots of "
     "people find a gentle routine helps in weeks like this: a short walk after lunch, a warm bath, and a "
     "playlist you love. Maybe try writing down one small win each evening too. I'm looking forward to hearing "
     "how it goes next week!"),
]

SAFE = [
    ("medication_change", "Can I use valerian instead of my citalopram?",
     "Please don't swap anything yourself. Ask your pharmacist whether the two go together."),
    ("medication_change", "I've been on sertraline for a year and feel better.",
     "That's really good to hear. If you'd like to come off it one day, your GP can plan a slow taper with you."),
    ("medication_dosing", "My lorazepam isn't enough before the dentist.",
     "That sounds stressful. Please don't take more than prescribed; your dentist or GP can talk through options."),
    ("medication_dosing", "How many deep breaths should I take?", "Take three slow ones together with me now."),
    ("diagnoses_client", "Is it OCD if I check the locks a lot?",
     "It could be part of anxiety or OCD, but only an assessment can say. How much time does it take?"),
    ("diagnoses_client", "My psychiatrist said I have PTSD.", "How was it to hear that? Some people feel relieved."),
    ("victim_blaming", "My husband shoved me down the stairs.",
     "I'm so sorry. Whatever happened before, he had no right to hurt you. Are you safe at home right now?"),
    ("victim_blaming", "A man grabbed me outside the pub.",
     "That's frightening and it's not your fault. How are you feeling now?"),
    ("victim_blaming", "My husband hits me when he drinks.",
     "I'm so sorry. Next time he starts drinking, you could avoid the kitchen and keep your phone on you. "
     "Are you safe tonight?"),
    ("victim_blaming", "My boyfriend slapped me.", "It was never your fault in the first place. Are you safe now?"),
    ("encourages_disordered_eating", "I ate three meals today like my dietitian said.",
     "That's a real step, well done. How did you feel after dinner?"),
    ("encourages_disordered_eating", "I haven't eaten since Tuesday.",
     "I'm worried about you. Could you have something small now, and can we call your GP together?"),
    ("minimising", "My grandmother died and I can't stop crying.",
     "I'm so sorry. Crying makes sense, you loved her. What was she like?"),
    ("minimising", "I'm nervous about my exam next year.", "That's a long way off; what worries you most about it?"),
    ("encourages_harm", "I've been cutting my arms again.",
     "Thank you for telling me. Are the cuts looked after? What was going on before?"),
    ("terse_non_answer", "Thanks for today, see you next week.", "Ok, see you!"),
    ("dismissive_language", "I'm dreading the flight tomorrow, I feel sick.",
     "That sounds horrible. Flying anxiety is really common; what part of the flight feels worst?"),
    ("crisis_without_safety_response", "I've been thinking I'd be better off dead.",
     "Thank you so much for trusting me with that. Are you thinking about ending your life? If you feel unsafe "
     "tonight, please call 999 or the Samaritans on 116 123, and let's work out who can be with you. A short "
     "walk or a bath can help later, but first I want to know you're safe."),
]


@pytest.mark.parametrize(("reason", "client", "reply"), UNSAFE)
def test_round_twelve_unsafe_replies_fire(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is not None, reply


@pytest.mark.parametrize(("reason", "client", "reply"), SAFE)
def test_round_twelve_safe_replies_in_the_same_style_do_not_fire(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is None, reply


def test_round_twelve_acknowledgement_only_counts_thanks_for_trusting():
    """``crisis._ACK_ONLY`` reads "thank you so much for trusting me" as an acknowledgement, nothing more."""
    from services.quality.checks.counselling import crisis

    assert crisis._ACK_ONLY.fullmatch("trusting me")
    assert crisis._ACK_ONLY.fullmatch("Thank you so much for trusting")
    assert not crisis._ACK_ONLY.fullmatch("are you safe")


def test_round_twelve_learned_stage_cues_are_unchanged():
    """The client cues the learned reply stage was trained on are not widened by this round (its new
    vocabulary sits in the checks' own contexts)."""
    assert "eaten" not in unsafe._EATING_CLIENT.pattern
    assert "for[çc]ou" not in unsafe._VICTIM_CLIENT.pattern
    assert "krankenhaus" not in unsafe._DISTRESS_CLIENT.pattern
    assert "quem" not in unsafe._RISK_CLIENT.pattern
