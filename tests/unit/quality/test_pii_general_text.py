"""False PII spans found by reading every span ``find_pii`` gives on general text (CounselChat's questions and
answers, the Alpaca subset's instructions, inputs and outputs: 15,490 distinct texts, no labelled PII), and the
true spans of the same shapes that must stay. Each false case below was a span before its fix (2026-12-06,
twenty-fifth session): a cued id that is words, a decimal fraction read as a card, "String 2" as a German
"-ring" street, a hex colour as a UK postcode, "QQ" inside a word as the Chinese messenger, capitalised
gerunds and Spanish pronouns before a speech verb, a word that is also a name opening a question ("Can you",
"Hope this helps"; a no-break space after the full stop now opens a sentence too), sentence openers never names
("Easier said", "Hello. First,"), and the items of a dash list read as sign-offs."""

from __future__ import annotations

import pytest

from tests.support.pii import spans


@pytest.mark.parametrize("text", [
    # a cued id taken by its length alone must be id-shaped: a third of it digits
    "Two U.S. states allow people to obtain a driver's license at the age of 16.",
    "Most states let you get a driving licence at the age of 17: New Jersey does not.",
    # the digits after a decimal point are a fraction, not a card
    "The rod measured 50.26548245743669 cm after the correction.",
    # English words ending in "ring" (or gerunds) before a number are no German street
    "String 1: This is an example String 2: This string should contain the example.",
    "Spring 2024 semester starts soon and Monitoring 3 is on the list.",
    # a CSS colour
    "background-color: #E5E5EA;",
    # "QQ" inside a word is not the Chinese messenger
    "find any GSA or LGBTIQQ youth group that you can attend confidentially",
    # a capitalised gerund or a Spanish pronoun before a speech verb is no person
    "You can discuss some details.Having said that, I wonder if you could ask her.",
    "It seems as though you are moving on. Having said that, give it time.",
    "Fui diagnosticada con depresión severa.El dijo que intentaría y nunca lo hizo.",
    # a word that is also a name opening a question or a wish, after a full stop and a no-break space too
    "Are you a writer?\xa0 Can you write stories or poetry about the life you imagine?",
    "Imagine it together. Hope this helps!",
    # sentence openers that are never names
    "I would spend it with my family! Easier said than done when we are living apart.",
    "Hello. First, I am so sorry you are experiencing this.",
    "Why did you get married?  Would it bother you if your spouse did the same?",
    "Get some questions asked.  Be sure to ask about their fee.",
    # the last item of a list written with dashes is no sign-off
    "Planets  - Mercury  - Venus  - Earth  - Mars  - Jupiter  - Saturn  - Uranus  - Neptune",
    "Mammals: - Horses - Cows - Pigs - Sheep",
    "Transform these words into a sentence: Car - Ran - Windshield",
    "Feedback categories:\n- Questions\n- Suggestions\n- Other",
])
def test_general_text_has_no_span(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("my driving licence number is SMITH 710238 JJ 9AB", ("NATIONAL_ID", "SMITH 710238 JJ 9AB")),
    ("Mi DNI es 12345678Z.", ("NATIONAL_ID", "12345678Z")),
    ("the codice fiscale is RSSMRA85T10A562S", ("NATIONAL_ID", "RSSMRA85T10A562S")),
    ("card 4111 1111 1111 1111 expires soon", ("CARD", "4111 1111 1111 1111")),
    ("We live at Schillerstraße 14 now.", ("ADDRESS", "Schillerstraße 14")),
    ("The office is at Kaiserring 10 in Mannheim.", ("ADDRESS", "Kaiserring 10")),
    ("my postcode is M13 9PL", ("POSTCODE", "M13 9PL")),
    ("加我QQ号 abcde123", ("HANDLE", "abcde123")),
    ("ok speak Thursday - Moz", ("NAME", "Moz")),
    ("Thanks so much for listening.\n— Priya", ("NAME", "Priya")),
    ("Ngozi said she would call me back.", ("NAME", "Ngozi")),
    ("I told Hope I would call her after work.", ("NAME", "Hope")),
    ("Will said he would come to the session.", ("NAME", "Will")),
])
def test_true_spans_of_the_same_shapes_stay(text, want):
    assert want in spans(text)
