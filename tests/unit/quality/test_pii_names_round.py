"""The names round (2026-12-04, twelfth session): names in running text without an explicit cue.
Cases written for these tests (not taken from any labelled file)."""

from __future__ import annotations

import pytest

from tests.support.pii import spans, names


# the larger gazetteer: common given names and diminutives of many origins, anywhere capitalised
@pytest.mark.parametrize("text, want", [
    ("Honestly Gosia is the only one at work who checks on me.", ["Gosia"]),
    ("We stopped at Wiebke's on the way back and I cried in her kitchen.", ["Wiebke"]),
    ("I owe Chinedu an apology for Saturday.", ["Chinedu"]),
    ("It has been hard since Sjoerd moved to the night shift.", ["Sjoerd"]),
    ("La settimana scorsa Gennaro non è venuto a prendermi.", ["Gennaro"]),
    ("Wczoraj Jarek znowu nie wrócił na noc.", ["Jarek"]),
])
def test_gazetteer_names(text, want):
    assert names(text) == want


# names that are also words, places, works or months need a cue
@pytest.mark.parametrize("text", [
    "We watched Moana with the kids and I zoned out.",
    "Kuba to piękny kraj, ale nigdy tam nie byłam.",
    "Everton lost again and my dad sulked all evening.",
    "Prudence is the word my gran lived by.",
    "Alba is where we went on honeymoon.",
])
def test_ambiguous_names_need_a_cue(text):
    assert names(text) == []


# a Polish given name in another case, from the gazetteer's nominative (only in Polish text)
@pytest.mark.parametrize("text, want", [
    ("Wczoraj spałam u Gosi, bo bałam się wrócić.", ["Gosi"]),
    ("Ciągle myślę o Tomku, chociaż minęły dwa lata.", ["Tomku"]),
    ("Zadzwoniłam do Bartka, ale nie odebrał.", ["Bartka"]),
    ("Obiecałam Wojtkowi, że przyjdę na terapię.", ["Wojtkowi"]),
    ("Pokłóciłam się z Jarkiem o pieniądze.", ["Jarkiem"]),
])
def test_polish_cases(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "Byłam w Krakowie i w Gdańsku, nic nie pomogło.",   # places in the locative
    "Polska to mój dom, ale czuję się obco.",
    "Mamy zawsze się martwią, wiem.",
    "Tomku is not a name in an English sentence",        # no Polish letters: not tried
])
def test_polish_cases_hard_negatives(text):
    assert names(text) == []


# Chinese: a common surname and one or two characters between a person preposition or a clause
# start and a verb, a time word or a particle
@pytest.mark.parametrize("text, want", [
    ("我昨天晚上跟王芳吵了一架。", ["王芳"]),
    ("孙磊总是不接我的电话。", ["孙磊"]),
    ("下班以后我去徐静家坐了一会儿。", ["徐静"]),
    ("我没有告诉何伟，我怕他担心。", ["何伟"]),
])
def test_chinese_names_without_a_cue(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "周末我一个人在家，什么都不想做。",
    "我马上就要考试了，压力很大。",
    "方法我都试过了，还是睡不着。",
    "高中的时候我就开始失眠了。",
    "我跟朋友说了，他们都不理解。",
    "白天还好，晚上就特别难受。",
])
def test_chinese_names_hard_negatives(text):
    assert names(text) == []


# coordination with a gazetteer name
@pytest.mark.parametrize("text, want", [
    ("Honestly Priya and Oyelaran are the only ones who get it.", ["Priya", "Oyelaran"]),
    ("We spent Christmas with Zbigniew and Aurelka this year.", ["Zbigniew", "Aurelka"]),
    ("Ich habe Tekle und Jonas seit Wochen nicht gesehen.", ["Tekle", "Jonas"]),
])
def test_coordination(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "We read Romeo and Juliet by Shakespeare in class and I cried.",                 # a work and its author
    "The national parks of Banff and Jasper were our last trip before the divorce.",  # places
])
def test_coordination_hard_negatives(text):
    assert "Romeo" not in names(text) and "Banff" not in names(text)


# a cleft sentence
@pytest.mark.parametrize("text, want", [
    ("It was Oyinlola who drove me to the hospital that night.", ["Oyinlola"]),
    ("Honestly it's Taavetti who keeps the family together.", ["Taavetti"]),
])
def test_cleft(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "It was Christmas when it all fell apart.",
    "It was Thursday that I finally called the helpline.",
])
def test_cleft_hard_negatives(text):
    assert names(text) == []


# Italian "Mia" before a relation word is "my"; Mia the name stays
def test_italian_possessive_is_no_name():
    assert names("Mia madre Graziella non mi parla da un mese.") == ["Graziella"]
    assert names("Mia zia dice che sono troppo sensibile.") == []
    assert names("I told Mia everything and she just hugged me.") == ["Mia"]


# a lower-case name after a lower-case name and "and"
def test_lower_case_coordination():
    assert names("i told priya and kasia about it and they were so kind") == ["priya", "kasia"]
    assert names("i told priya and then went home") == ["priya"]


# context rules for a name the gazetteer does not know (invented names, so no list can hold them)
@pytest.mark.parametrize("text, want", [
    ("Should I tell Quorinna that I relapsed?", ["Quorinna"]),
    ("I blocked Zedrick on everything last week.", ["Zedrick"]),
    ("We stayed at Ovyena's flat for a week after the fire.", ["Ovyena"]),
    ("I went round to Tarquilla's after work and we talked.", ["Tarquilla"]),
    ("When Ezravel found out, she stopped talking to me.", ["Ezravel"]),
    ("Desde que Yarumi se fue, mi madre no sale de casa.", ["Yarumi"]),
    ("Depuis que Corvinne est partie, je dors mal.", ["Corvinne"]),
    ("Lo peor es que Anselmino se lo contó a todos.", ["Anselmino"]),
    ("Ieri sera Velmiro mi ha urlato contro.", ["Velmiro"]),
    ("Hier soir, Drézanne m'a demandé de partir.", ["Drézanne"]),
    ("Le pedí a Itzaroa que viniera conmigo.", ["Itzaroa"]),
    ("J'ai tout raconté à Oriavelle hier soir.", ["Oriavelle"]),
    ("Ho chiesto a Pelagrino di non chiamarmi.", ["Pelagrino"]),
    ("Ik heb het aan Fimkje verteld.", ["Fimkje"]),
])
def test_context_rules_for_unknown_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "Seit Ostern geht es mir schlechter.",                         # a holiday after a clause opener
    "Since Lockdown started I have not left the flat.",
    "I cried in Sainsbury's car park again.",                      # a shop's possessive, no person noun after
    "Hier soir, Mathieu Lefèvre m'a encore écrit.",                # checked below: not the surname alone
    "I asked if Spotify me could be blocked, lol.",                # English "me" is no clitic
    "Ich glaube, dass Angst mich lähmt.",                          # German nouns before "mich"
    "Ich habe ihn seit Wochen nicht gesehen.",
    "Barcelona me gusta mucho, pero no puedo volver.",
    "Dios me ha dado fuerzas para seguir.",
    "My GP referred me to the Wellbeing Service's team.",
    "I have talked to my fiance. Better to know now than later.",  # a relation word ends the sentence
])
def test_context_rules_hard_negatives(text):
    got = names(text)
    assert "Lefèvre" not in got and all(n in ("Mathieu Lefèvre",) for n in got)


@pytest.mark.parametrize("text", [
    "On m'a prescrit du Seroplex 10 mg le matin.",
    "Siempre me dice que exagero.",
    "the kids are off school. When Im in the bath I just cry.",
    "Je m'appelle comme ma grand-mère.",   # "m'appelle" is no "m'a"
])
def test_function_words_are_no_subjects(text):
    assert names(text) == []


@pytest.mark.parametrize("text, want", [
    ("I keep comparing myself to Quillane, who has her life sorted.", ["Quillane"]),
    ("The only one I trust is Tavurio, and he lives miles away.", ["Tavurio"]),
    ("Orsolyne, if you read this, I'm sorry.", ["Orsolyne"]),
    ("Sorry Zembrak, I won't make Thursday's session.", ["Zembrak"]),
    ("Hablé con Yeraldine por videollamada y lloramos.", ["Yeraldine"]),
    ("Fui a casa de Marivel porque no aguantaba más.", ["Marivel"]),
    ("Je suis allée chez Lounielle pour ne pas rester seule.", ["Lounielle"]),
    ("Ik ben bij Fenneke gaan slapen.", ["Fenneke"]),
    ("Não sei como falar com o Cauêzinho sobre isso.", ["Cauêzinho"]),
])
def test_relative_vocative_and_with(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "However, you might find that the feelings pass.",
    "Together, you and your therapist can work on it.",
    "Rather, you are being honest with yourself.",
    "Back in August, he asked for a break.",
    "Scientists on Earth who study this disagree.",
    "He grew up in the Midwest, and he never left.",
    "The kids are her Property, and he knows it.",
])
def test_relative_and_vocative_hard_negatives(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Mąż mnie popchnął, kiedy się kłóciliśmy.",              # a relation word, capitalised
    "Solange es nicht schlimmer wird, ist alles gut.",        # German "solange"
])
def test_words_before_a_clitic_or_at_a_start(text):
    assert names(text) == []


# an IBAN after an IBAN-shaped run that opened early ("es 71..." taken for a country and check digits)
def test_iban_after_an_early_false_start():
    text = "Mi NIE es Y1876595Q y mi cuenta ES91 2100 0418 4502 0005 1332, para el alquiler."
    assert ("IBAN", "ES91 2100 0418 4502 0005 1332") in spans(text)
    assert ("IBAN", "DE89 3704 0044 0532 0130 00") in spans("Ref es 12 ab cd ef gh ij kl and DE89 3704 0044 0532 0130 00")
    assert not any(k == "IBAN" for k, _ in spans("La cita es 12 de mayo y no tengo cuenta todavía."))


# the Belgian national number after its French and Dutch names
@pytest.mark.parametrize("text, want", [
    ("Mon numéro de registre national : 93.05.18-223.61", "93.05.18-223.61"),
    ("Mon numéro national est le 93.05.18-223.61, je crois", "93.05.18-223.61"),
    ("Mijn INSZ is 93051822361.", "93051822361"),
])
def test_belgian_national_number(text, want):
    assert ("NATIONAL_ID", want) in spans(text)


# handles after an inflected platform name or a first-person "I am" in other languages
@pytest.mark.parametrize("text, want", [
    ("na Discordzie jestem szara_sowa_41, napisz", "szara_sowa_41"),
    ("sur insta je suis mila.dessine_", "mila.dessine_"),
    ("en insta soy lunita_triste22", "lunita_triste22"),
])
def test_handles_with_more_fillers(text, want):
    assert ("HANDLE", want) in spans(text)


@pytest.mark.parametrize("text", [
    "na Instagramie jestem rzadko, bo mnie to dołuje",
    "on insta I am never happy",
])
def test_handles_with_more_fillers_hard_negatives(text):
    assert not any(k == "HANDLE" for k, _ in spans(text))
