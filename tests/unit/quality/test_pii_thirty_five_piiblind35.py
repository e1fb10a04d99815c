"""Thirty-fifth session (piiblind35): mends of the general forms the blind file ``pii_valid_v35.jsonl`` missed or
flagged (identifiers and dates of birth as people type them): dates of birth with the year in words in other languages
and in Chinese numerals (``WORDED_DATE_PATTERN``), a birthday without its year after a birthday word or an age about to
be reached (``BIRTHDAY_PATTERN``), more birth cues ("d/o/b", "nascimento", "nasceu", "doğumluyum", "Doğum:", "föddes",
"生" after a Chinese date), year-first dates with dots and Roman-numeral months; id cues cut short or inflected ("cod.
fisc.", "kimliğim", "tc'si"), a DNI typed in lower case with a hyphen, an NHS number further from its cue (by its
checksum), a cue read as another cue's value; no card from a voucher or warranty code, no phone from six pairs of
digits. Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import time

import pytest

from shared.pii import detect
from shared.pii.detect import find_pii, find_pii_plain
from tests.support.blind import assert_no_pii, assert_pii, kinds as _kinds


# -- dates of birth with the year in words -------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("naci el cuatro de junio de mil novecientos ochenta y dos, en Cádiz", "cuatro de junio de mil novecientos ochenta y dos"),
    ("nacida el quince de enero de dos mil tres", "quince de enero de dos mil tres"),
    ("je suis née le onze février mille neuf cent soixante-dix-huit", "onze février mille neuf cent soixante-dix-huit"),
    ("il est né le deux mai deux mille dix", "deux mai deux mille dix"),
    ("Ich wurde am vierten Juli neunzehnhundertzweiundachtzig geboren.", "vierten Juli neunzehnhundertzweiundachtzig"),
    ("sono nato il nove ottobre millenovecentonovantuno", "nove ottobre millenovecentonovantuno"),
    ("nasci a treze de maio de dois mil e quatro", "treze de maio de dois mil e quatro"),
    ("geboren op vijf maart negentienhonderdnegentig", "vijf maart negentienhonderdnegentig"),
    ("urodził się szóstego maja dwa tysiące drugiego roku", "szóstego maja dwa tysiące drugiego roku"),
    ("yirmi bir ekim bin dokuz yüz seksen dört doğumluyum", "yirmi bir ekim bin dokuz yüz seksen dört"),
    ("jag är född den femte maj nittonhundraåttiosex", "femte maj nittonhundraåttiosex"),
    ("出生日期：一九八八年十月二十日", "一九八八年十月二十日"),
    ("我女儿是二〇一五年六月一日出生的", "二〇一五年六月一日"),
    ("dob twenty first of march eighty two", "twenty first of march eighty two"),
])
def test_a_birth_date_with_its_year_in_words(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "el cuatro de junio de mil novecientos ochenta y dos empezó la guerra",  # no birth cue
    "mi padre murió el tres de marzo de dos mil diez",
    "le onze février mille neuf cent soixante-dix-huit, la tempête",
    "Am vierten Juli neunzehnhundertzweiundachtzig haben sie geheiratet.",
    "二〇一五年六月一日开业",
    "on the seventh of july ninety six people came",
])
def test_a_worded_date_that_is_no_birth(text):
    assert_no_pii(text, "DOB")


# -- a birthday without its year -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("my birthday is the 21st of march and nobody remembers", "21st of march"),
    ("Birthday: 11/23 (I'd rather not give the year)", "11/23"),
    ("bday's Oct 3", "Oct 3"),
    ("he'll be 40 on 6 July, a big one", "6 July"),
    ("my son turned 7 on the 14th of January", "14th of January"),
    ("cumplo 18 el 2 de abril", "2 de abril"),
    ("mi cumpleaños es el veinte de mayo", "veinte de mayo"),
    ("faço 15 anos no dia 9 de setembro", "9 de setembro"),
    ("compio 16 anni il 3 marzo", "3 marzo"),
    ("mon anniversaire c'est le 12 juin", "12 juin"),
    ("ich werde am 5. April 18", "5. April"),
    ("ik word 16 op 2 mei", "2 mei"),
    ("skończę 18 lat 4 lipca", "4 lipca"),
    ("jag fyller 16 den 8 augusti", "8 augusti"),
    ("urodziny mam 14.03", "14.03"),
    ("我的生日是3月15日", "3月15日"),
])
def test_a_birthday_without_its_year(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "my birthday card came on 3 May",  # a noun between the cue and a date: another event
    "birthday dinner at 7.30 tonight",
    "o aniversário de casamento é dia 12 de junho",  # a wedding anniversary
    "l'anniversaire de mariage c'est le 14 juillet",
    "the dose will be 20 on 3 May",
    "turned 40 in 2019",
    "our anniversary is 14/02",
])
def test_a_date_beside_a_birthday_word_that_is_no_birthday(text):
    assert_no_pii(text, "DOB")


# -- birth cues ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("d/o/b 12/11/88", "12/11/88"),
    ("CPF e nascimento 4 de abril de 1991", "4 de abril de 1991"),
    ("a minha filha nasceu em 15/03/2014", "15/03/2014"),
    ("o bebê nasceu em 12/03/2024", "12/03/2024"),  # a baby after the article is a person
    ("la niña nació el 12/04/2015", "12/04/2015"),
    ("5 Ocak 1987 doğumluyum", "5 Ocak 1987"),
    ("03/02/2005 doğumlu, üniversite öğrencisi", "03/02/2005"),
    ("Ad: -- / Doğum: 1979-06-30", "1979-06-30"),
    ("hon föddes 2011-09-14", "2011-09-14"),
    ("我1992年7月8日生，属猴", "1992年7月8日"),
    ("出生年月日1979.06.30", "1979.06.30"),
    ("F. nac. 14/XI/1983", "14/XI/1983"),
    ("ur. 7.IV.1992", "7.IV.1992"),
])
def test_more_birth_cues_and_shapes(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "doğum izni 12.03.2026'da başlıyor",  # maternity leave: "doğum" with no colon
    "1992年7月8日生产的批次",  # "生产": produced
    "version 2024.11.30 is out",
    "chapter 3/IV/2001 of the statute",
    "o nascimento do projeto foi em 2019",  # a year alone
    "O projeto nasceu 15/03/2020 na pandemia.",  # a thing's birth ("nasceu" after an article and a noun)
    "a empresa nasceu em 12/04/1985",
])
def test_look_alikes_of_the_new_birth_cues(text):
    assert_no_pii(text, "DOB")


# -- national ids --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("cod. fisc. RSSMRA85T10A562S (per la ricevuta)", "RSSMRA85T10A562S"),
    ("kimliğim 10000000146 formda yazıyor", "10000000146"),
    ("babamın tc'si 10000000146", "10000000146"),
    ("en el banco puse 12345678-z así en minúscula", "12345678-z"),
    ("the form wants my nhs number and i only have it as 9434765919 without spaces", "9434765919"),
    ("Ausweis, Steuer-ID: 86 095 742 719 – reicht das?", "86 095 742 719"),
])
def test_an_id_after_a_cut_or_inflected_cue_or_typed_loosely(text, value):
    assert_pii(text, "NATIONAL_ID", value)


@pytest.mark.parametrize("text", [
    "the nhs appointment letter says to ring 0161 496 0000 before you come",  # a phone far from "nhs"
    "puse 12345678-a en el formulario",  # a DNI's shape whose letter fails
    "kimliğim yanımda değil, sipariş no 10000000146",
])
def test_look_alikes_of_the_loosened_ids(text):
    assert_no_pii(text, "NATIONAL_ID")


def test_an_nhs_number_far_from_its_cue_needs_its_checksum():
    assert _kinds("my nhs number and i only have it as 9434765918 in my notes", "NATIONAL_ID") == []
    assert _kinds("nhs number 9434765918", "NATIONAL_ID") == ["9434765918"]  # right after it, a typo is still one


# -- cards and phones ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the voucher code is 4111 1111 1111 1111, is that a gift card?",
    "warranty no. 4111-1111-1111-1111 on the receipt",
    "Gutschein 4111111111111111 eingelöst",
])
def test_a_code_that_names_itself_is_no_card(text):
    assert_no_pii(text, "CARD")


@pytest.mark.parametrize("text", [
    "my card is 4111 1111 1111 1111, the voucher didn't work",
    "paid with 4111 1111 1111 1111 yesterday",
])
def test_cards_still_found(text):
    assert _kinds(text, "CARD") == ["4111 1111 1111 1111"]


def test_six_pairs_of_digits_are_no_phone():
    assert _kinds("lottery numbers 04 11 19 27 33 41 every saturday", "PHONE") == []
    assert _kinds("ring me on 06 12 34 56 78", "PHONE") == ["06 12 34 56 78"]


# -- oracle and speed ----------------------------------------------------------------------------------------------

def test_the_new_dates_are_found_the_same_by_the_plain_oracle():
    for text in ("nací el tres de marzo de mil novecientos noventa", "出生日期：一九九〇年三月三日",
                 "my birthday is the 9th of june", "cumpleaños el treinta de octubre", "no date here at all",
                 "cod. fisc. RSSMRA85T10A562S", "the voucher code is 4111 1111 1111 1111"):
        assert find_pii(text) == find_pii_plain(text)


def test_no_catastrophic_backtracking_on_long_inputs():
    for text in ("birthday is the on the " * 900, "turned 9 on the " * 1300, "tres de marzo de mil novecientos " * 600,
                 "trzeciego marca tysiąc dziewięćset dziewięćdziesiątego " * 350, "on beş mayıs bin dokuz yüz " * 800,
                 "一九九〇年三月" * 3000, "nhs " + "a" * 20000, "3/III/" * 3500, "04 " * 7000):
        text = text[:20000] + " born"
        t0 = time.process_time()
        for pattern in (detect.WORDED_DATE_PATTERN, detect.BIRTHDAY_PATTERN, detect.NHS_PATTERN):
            pattern.findall(text)
        assert time.process_time() - t0 < 2.0
