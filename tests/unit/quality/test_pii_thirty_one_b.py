"""Thirty-first session (piiblind31b): mends of the general forms the blind file ``pii_valid_v31b.jsonl`` missed
(names as counselling clients write them): names that are also words after a cue only a person takes (a relation
word before a lower-case name and a person's verb, "X's name is", "sorry X,", a sentence's subject taken up by a
pronoun, "X's dad", "X is the only one"), unlisted names (a text's first word before "said"/"and me", an apposition
"X, my little sister,", a closing's last word, the Polish "mój były X"), Korean "Park Min-jun"; and "names" dropped:
a month after a day's number or a preposition, a given name before a regnal number, a figure of devotion, a
sentence-opening adverb in "-ly". Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import pytest

from tests.support.blind import assert_name, assert_no_name
from tests.support.pii import names as _names


@pytest.mark.parametrize("text,name", [
    ("my ex mark is threatening to post my pics", "mark"),
    ("our uncle frank was always drunk at christmas", "frank"),
    ("her boyfriend jack said she was lying", "jack"),
    ("my cousin summer has stopped replying", "summer"),
    ("her name's Faith and she sits behind me in maths", "Faith"),
    ("My daughter's name is Amber, she is 4", "Amber"),
    ("thanks Grace, that really helped", "Grace"),
    ("Hi Will, sorry I went quiet", "Will"),
    ("Faith has stopped talking to me since she moved schools", "Faith"),
    ("Ruby was at the party too and she saw everything", "Ruby"),
    ("Frank's mum rang the police on us", "Frank"),
    ("Honestly Grace is the only person who gets me", "Grace"),
    ("Bilal, my older brother, found my notes", "Bilal"),
    ("Kinga, our youngest daughter, has stopped eating", "Kinga"),
    ("jonno said i was being pathetic", "jonno"),
    ("me n mark are done for good this time", "mark"),
    ("thanks for tonight. speak soon. Tomi", "Tomi"),
    ("mój były Olek nadal ma klucze", "Olek"),
])
def test_a_name_that_is_a_word_or_unlisted_beside_a_persons_cue(text, name):
    assert_name(text, name)


@pytest.mark.parametrize("text", [
    "my mum will kill me if she finds out",
    "my dad may never forgive me",
    "my sister said the gas bill is overdue",
    "the film's name is Summer Wars and he loves it",
    "Mark my words, he will regret it",
    "Will he ever change? I doubt it",
    "Hope you're well, she said",
    "Hope is what keeps her going",
    "Faith is not something he ever had",
    "Rose gold is the colour she picked",
    "Grace period ends friday and he says he can't pay",
    "Summer is always hard for her",
    "London, my home town, feels empty now",
    "Monday, my worst day, went fine",
    "someone said i was being weird",
    "everyone said she was fine",
    "me and may have talked about it",
    "grazie, ci sentiamo domani. Buonanotte",
    "thanks for listening. Goodnight",
    "Chelsea lost again and he was furious",
    "my dog's name is Rose and she is 3",
    "our cat's name is Jack, he's ginger",
])
def test_the_same_words_as_words_stay_unflagged(text):
    assert_no_name(text)


@pytest.mark.parametrize("text", [
    "My hearing is on 12 May and I'm terrified",
    "Im Mai ziehe ich aus",
    "I start the new job in June",
    "Papież Jan Paweł II to idol mojej babci",
    "We learnt about Henry VIII and his wives",
    "my nan prays to the Virgin Mary every night",
    "Finally slept a full night",
])
def test_months_monarchs_devotion_and_adverbs_are_no_names(text):
    assert_no_name(text)


@pytest.mark.parametrize("text,name", [
    ("Me and June are going to the cinema", "June"),
    ("I got so angry at Aarav I threw my phone", "Aarav"),
    ("Emily never listens to me", "Emily"),
    ("my boyfriend Mark Jones III", "Mark Jones"),
])
def test_look_alikes_of_the_drops_stay_names(text, name):
    assert any(name in n for n in _names(text))


def test_a_korean_surname_that_is_a_word_before_a_hyphenated_given_name():
    assert "Park Min-jun" in _names("Park Min-jun from work keeps calling me")
    assert "Song Ji-ho" in _names("I told my friend Song Ji-ho everything")


@pytest.mark.parametrize("text,name", [
    ("Mi tía, Carmen Ruiz de los Ríos, me crió", "Carmen Ruiz de los Ríos"),
    ("my ex Joana Costa dos Santos still has my stuff", "Joana Costa dos Santos"),
    ("my mentor Anke Jansen van der Meer left the firm", "Anke Jansen van der Meer"),
])
def test_a_full_name_is_completed_over_a_particle_surname(text, name):
    assert_name(text, name)


@pytest.mark.parametrize("text,names", [
    ("Ana García y Pedro López vinieron a verme", ["Ana García", "Pedro López"]),
    ("my friend Jean Dupont de Paris came", ["Jean Dupont"]),
])
def test_a_particle_before_a_place_or_a_second_person_is_not_taken(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "I'm re-reading Anne Shirley books from when I was little",
    "we're studying Jane Eyre and it's too close to home",
    "Boxing Day was the worst day of the year",
    "Amazon Prime Day is when I overspend",
])
def test_a_books_title_after_reading_and_a_holidays_day_are_no_names(text):
    assert_no_name(text)


@pytest.mark.parametrize("text,name", [
    ("I was reading Sarah's messages when she walked in", "Sarah"),
    ("my teacher Amy Day is lovely", "Amy Day"),
])
def test_look_alikes_of_the_reading_and_holiday_drops_stay_names(text, name):
    assert_name(text, name)
