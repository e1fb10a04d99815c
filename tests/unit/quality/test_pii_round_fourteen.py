"""PII round fourteen (2026-12-05, fifteenth session): a maintained given-name list
(``shared/pii/data/listed_given.txt``, from the 1990 US Census files of the ``names`` package and
Faker's person providers; docs/quality.md, "PII round fourteen"). Cases written for these tests
(not taken from any labelled file). Every positive test fails on the code before the round
(d5282cf); the hard negatives (capitalised words, brands, places, works, public figures, German
nouns that are listed names) guard against the list reaching too far."""

from __future__ import annotations

import pytest

from shared.pii import name_rules
from shared.pii.names import gazetteer
from tests.support.pii import names


# a listed given name the gazetteer lacks, mid-sentence, in the client's own voice
@pytest.mark.parametrize("text, want", [
    ("I was meant to have coffee with Lucinda but I bailed.", ["Lucinda"]),
    ("Honestly Mortimer is the only one who still calls me.", ["Mortimer"]),
    ("We spent the whole weekend at the lake and Roscoe barely spoke to me.", ["Roscoe"]),
    ("I keep thinking Cornelius hates me now.", ["Cornelius"]),
    ("Ich habe gestern mit Reinhold telefoniert und danach nur geweint.", ["Reinhold"]),
    ("Mi madre y Hermenegildo no se soportan, y yo estoy en medio.", ["Hermenegildo"]),
    ("Je pense souvent à Lucinda et ça me fait mal.", ["Lucinda"]),
    ("Jag har inte pratat med Torbjörn sedan i somras.", ["Torbjörn"]),
    ("I got a long message from Mortimer last night and cried.", ["Mortimer"]),   # what comes from a person
    ("The receptionist, Roscoe, was rude to me again.", ["Roscoe"]),              # an apposition after "The x,"
])
def test_listed_given_name_mid_sentence(text, want):
    assert names(text) == want


# opening a sentence only before "and I" (other openers are left to the verb rules of round two;
# English "X and I" was found before the round)
@pytest.mark.parametrize("text, want", [
    ("Cornelius y yo ya no hablamos.", ["Cornelius"]),
    ("Leocadia et moi, on ne se parle plus.", ["Leocadia"]),
    ("Cosima und ich streiten nur noch.", ["Cosima"]),
])
def test_listed_given_name_before_and_i(text, want):
    assert names(text) == want


# lower case only after a possessive and a relation word
@pytest.mark.parametrize("text, want", [
    ("my flatmate thaddeus never pays the bills on time", ["thaddeus"]),
    ("our neighbour genoveva has been checking on me", ["genoveva"]),
])
def test_lower_case_listed_name_after_relation(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "I'm dying to see the new Marvel film with my friends.",           # a brand after "the new"
    "My daughter wants a Barbie for her birthday and I can't afford it.",  # a brand after "a"
    "I have always wanted to see the Nile before I die.",             # a place after "the"
    "My Mac crashed and I lost my whole essay.",                      # a product after "my"
    "Mein Handy ist kaputt und ich fühle mich abgeschnitten.",        # a German noun after "Mein"
    "In my favourite book, Augustus is the one who dies.",            # a character after a work word
    "I was reading about Julius Caesar for my exam.",                 # after a capitalised word
    "We moved to Columbus, OH last year and I know nobody.",          # a city before a state
    "I took a flight from Columbus and cried the whole way.",         # "from" a place
    "Valentine's Day makes me feel so alone.",                        # "'s Day"
    "I think Valentine's Day is the worst day of my year.",           # mid-sentence too
    "Newton's laws were the only thing I understood at school.",      # a sentence opener, no "and I"
    "Compare the river Nile with the Rhine.",                         # no first person
    "Venus is the second planet from the Sun.",                       # a sentence opener
    "The lecture on Kelvin and Celsius scales was boring.",           # no first person
])
def test_listed_names_not_taken_here(text):
    assert "Marvel" not in names(text) and "Barbie" not in names(text) and "Nile" not in names(text) \
        and "Mac" not in names(text) and "Handy" not in names(text) and "Augustus" not in names(text) \
        and "Caesar" not in names(text) and "Columbus" not in names(text) and "Valentine" not in names(text) \
        and "Newton" not in names(text) and "Venus" not in names(text) and "Kelvin" not in names(text)


@pytest.mark.parametrize("text", [
    "my friend said it would get better",        # a word after the relation
    "my brother keeps asking for money",
])
def test_lower_case_words_after_relation_are_no_names(text):
    assert names(text) == []


def test_list_is_not_the_gazetteer_and_leaves_out_words():
    listed = name_rules.listed_given()
    assert len(listed) > 10_000
    assert listed.isdisjoint(gazetteer())
    for word in ("Will", "Hope", "Grace", "Valencia", "Danish", "Noël", "Mark", "Faith"):
        assert word not in listed
    assert {"Thaddeus", "Lucinda", "Reinhold", "Torbjörn"} <= listed
