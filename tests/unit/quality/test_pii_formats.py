"""Formats of personal data that a probe of written variants found missing (2026-12-06, twenty-fifth session):
an SSN after its cue written with dots or en dashes, a handle named by "my handle" or by Reddit without "u/",
dates of birth as forms print them ("12-May-88", "1988/05/12") and an 8-digit BSN; with the near misses that must stay
unflagged ("I can't handle it", a date without a birth cue)."""

from __future__ import annotations

import pytest

from tests.support.pii import spans


@pytest.mark.parametrize(("text", "want"), [
    ("his ssn: 219.09.9999", ("SSN", "219.09.9999")),
    ("SSN 219–09–9999 (my dad's)", ("SSN", "219–09–9999")),
    ("it's 219–09–9999 if you need it", ("SSN", "219–09–9999")),
    ("my handle is janedoe_official", ("HANDLE", "janedoe_official")),
    ("her handle: bloom.and.bruise", ("HANDLE", "bloom.and.bruise")),
    ("my reddit is throwaway_jd22", ("HANDLE", "throwaway_jd22")),
    ("DOB 12-May-88", ("DOB", "12-May-88")),
    ("DOB 1988/05/12", ("DOB", "1988/05/12")),
    ("I was born 1988/5/12.", ("DOB", "1988/5/12")),
    ("BSN: 12345678", ("NATIONAL_ID", "12345678")),  # an old BSN written without its leading 0
])
def test_found(text, want):
    assert want in spans(text)


@pytest.mark.parametrize("text", [
    "I cannot handle it: everything_is too much",
    "how to handle: anger_issues at work",
    "I read it on reddit, it's a good sub",
    "the report of 2023/05/12 says the clinic moved",
    "version 1.23.4567 is out",
    "Reddit's 2023 survey found more users than ever.",
    "on reddit: 3.5 million users",
    "Most people get a driver's license in 2019 and after.",
    "Bring 3 eggs and stir.",
    "Stirring 2 minutes is enough.",
])
def test_not_found(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # a grandparent's name after a kin title in several languages
    ("It has been a year since Nanna Pat passed.", "Pat"),
    ("Nonna Rosa cooked for us every Sunday.", "Rosa"),
    ("Abuela Carmen me crió.", "Carmen"),
    # verbs only a person does to the writer, and habits people complain of
    ("Fenella ghosted me after three dates.", "Fenella"),
    ("Okafor keeps putting me down in meetings.", "Okafor"),
    ("Kowalczyk keeps taking credit for my work.", "Kowalczyk"),
    # an adverb opening the sentence is no organisation's first word
    ("Even Henrietta noticed I was not eating.", "Henrietta"),  # a listed name: the lists must know it
    ("Honestly Lavinia said it was fine.", "Lavinia"),
    ("Yesterday Okechukwu apologised, but it felt hollow.", "Okechukwu"),  # dropped in round nineteen
])
def test_names_found(text, name):
    assert ("NAME", name) in spans(text)


@pytest.mark.parametrize("text", [
    "Apple Watch keeps telling me to breathe, ironic.",
    "My Fitbit says I slept badly.",
    "Also Citizens Advice said it was fine.",
    "Lockdown hit me hard.",  # "hit me" is a person verb mid-sentence only
    "Chemo hit me hard last year.",
    "So Duolingo said I was on a streak.",  # an opener before a word no list knows
    "Kia wouldn't start this morning and I was late.",  # a listed name that is a brand
    "Nanny State rules apply here.",
    "Work kept interrupting my weekend.",
])
def test_no_name(text):
    assert [k for k, _ in spans(text) if k == "NAME"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("صديقي أحمد لا يكلمني.", "أحمد"),  # my friend Ahmed doesn't talk to me
    ("زوجي محمد يصرخ علي.", "محمد"),  # my husband Mohammed shouts at me
    ("أختي مريم مريضة.", "مريم"),  # my sister Maryam is ill
])
def test_common_arabic_given_names_after_a_relation_word(text, name):
    assert ("NAME", name) in spans(text)


def test_arabic_relation_word_before_a_verb_is_no_name():
    assert spans("صديقي لا يكلمني.") == []  # my friend doesn't talk to me


@pytest.mark.parametrize(("text", "want"), [
    ("mieszkam na ulicy Marszałkowskiej 10/5, 00-590 Warszawa", [("ADDRESS", "ulicy Marszałkowskiej 10/5"),
                                                              ("POSTCODE", "00-590")]),
    ("Atatürk Caddesi No: 25 Daire 4, 34000 İstanbul", [("ADDRESS", "Atatürk Caddesi No: 25 Daire 4"),
                                                       ("POSTCODE", "34000")]),
    ("adresim Bağdat Cad. No:112 D:5 Kadıköy", [("ADDRESS", "Bağdat Cad. No:112 D:5")]),
    ("posta kodu 34710", [("POSTCODE", "34710")]),
])
def test_addresses_in_polish_and_turkish(text, want):
    assert spans(text) == want


def test_a_polish_street_without_a_number_is_no_address():
    assert spans("na ulicy Długiej było zimno") == []


@pytest.mark.parametrize(("text", "number"), [
    ("ruf mich an 030 12345678", "030 12345678"),  # a Berlin landline, not a UK 03 organisation line
    ("llámame al 0300 123 4567", "0300 123 4567"),
])
def test_a_call_me_in_another_language_makes_the_number_personal(text, number):
    assert ("PHONE", number) in spans(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Ignatius keeps borrowing money from me and never pays it back.", "Ignatius"),  # a listed name opening a sentence
    ("Ambrose still wants custody of my kids.", "Ambrose"),
])
def test_listed_name_opening_a_sentence_before_a_person_verb(text, name):
    assert ("NAME", name) in spans(text)


@pytest.mark.parametrize("text", ["Tesla keeps crashing.", "Newton thought about gravity."])
def test_no_listed_name_opening_a_sentence(text):
    assert [k for k, _ in spans(text) if k == "NAME"] == []
