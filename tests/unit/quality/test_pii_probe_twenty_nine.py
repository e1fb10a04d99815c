"""PII round twenty-nine (2026-12-06, branch ``piiprobe29``): misses a probe of 161 written texts found (names as
clients write them in ten languages, addresses, handles, phones, national ids, dates of birth in words), each mended
in its general form, with the look-alikes that must stay as they were:

- a date of birth whose day is a word: a cardinal in Spanish, French, Portuguese, Italian ("el tres de mayo de
  1988", "le vingt-deux janvier 1995", "a cinco de junho de 1990", "il ventitré marzo 1992") or a German ordinal
  ("am dritten Oktober 1987"), and Italian "del" before the year; still only with a birth cue (not "El tres de mayo
  de 2020 empecé terapia");
- a name that is also a word joined by "and"/"&" to a one-word name just found ("with Rose and Grace"), not before
  a capital word ("Tom and Hope Street"), not a month ("Henry and June") and not a word after a sentence-opening verb ("Anna and will power").
docs/quality.md, "PII probes, round twenty-nine".
"""

from __future__ import annotations

import pytest

from tests.support.pii import names, spans


@pytest.mark.parametrize(("text", "dob"), [
    ("Nací el catorce de febrero de 1979 en Sevilla.", "catorce de febrero de 1979"),
    ("Je suis né le trente et un décembre 1984, juste avant minuit.", "trente et un décembre 1984"),
    ("Elle est née le vingt-sept juin 2001.", "vingt-sept juin 2001"),
    ("Eu nasci a vinte e três de agosto de 1996.", "vinte e três de agosto de 1996"),
    ("Sono nato il ventitré marzo 1992 a Bari.", "ventitré marzo 1992"),
    ("Sono nata il primo aprile del 1993.", "primo aprile del 1993"),
    ("Ich bin am einundzwanzigsten Mai 1983 geboren.", "einundzwanzigsten Mai 1983"),
    ("Geboren bin ich am zwölften Juli 1975.", "zwölften Juli 1975"),
])
def test_dob_with_the_day_in_words(text, dob):
    assert ("DOB", dob) in spans(text)


@pytest.mark.parametrize("text", [
    "El catorce de febrero de 2019 empecé a ir a terapia.",
    "Le vingt-sept juin 2021, on a déménagé à Lille.",
    "Am dritten Oktober 2022 hat meine Therapie angefangen.",
    "Il ventitré marzo 2020 ho perso il lavoro.",
    "A vinte e três de agosto de 2018 mudámos de casa.",
])
def test_a_date_in_words_without_a_birth_cue_is_no_dob(text):
    assert [k for k, _ in spans(text) if k == "DOB"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("Last weekend I went hiking with Priya and Hope.", ["Priya", "Hope"]),
    ("I had coffee with Rose and Grace before my shift.", ["Rose", "Grace"]),
    ("My flatmates are Tomasz & Will and they never clean.", ["Tomasz", "Will"]),
])
def test_word_name_joined_to_a_name(text, want):
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("I walked with Tom and Hope Street was closed off.", ["Tom"]),
    ("Between Jess and will power I have nothing left.", ["Jess"]),
    ("Honestly, Anna and Will I ever be happy again?", ["Anna"]),
    ("I sent the bill and Hope it arrives on time.", []),
    # piiblind31b: "Henry" is now dropped too, a book title after "reread" (the pin is that "June" stays a word)
    ("I reread Henry and June: From a Journal of Love last winter.", []),
])
def test_a_word_after_and_stays_a_word(text, want):
    assert names(text) == want


# the German cue "erreichen" in the second person ("du erreichst mich unter ..."), as friends write it
@pytest.mark.parametrize(("text", "phone"), [
    ("Ab Montag erreichst du mich unter 0157 8841 2093.", "0157 8841 2093"),
    ("Wenn was ist, erreichst du mich auf dem Handy: 0176 5512 3308", "0176 5512 3308"),
])
def test_german_second_person_reach_cue(text, phone):
    assert ("PHONE", phone) in spans(text)


@pytest.mark.parametrize("text", [
    "Du erreichst mich nie, die Bestellnummer ist 4471 2290 1183.",
    "Du erreichst die Station in 20 Minuten mit der Linie 0157.",
])
def test_german_reach_cue_is_no_phone_by_itself(text):
    assert [k for k, _ in spans(text) if k == "PHONE"] == []
