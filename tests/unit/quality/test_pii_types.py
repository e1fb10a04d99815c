"""PII by type and by hard negative (issue 12, item 4): names without "my name is" (relations,
signature blocks, sign-offs, person verbs), handles with and without "@", profile URLs,
checksummed national ids (NHS, SSN, DNI, PESEL, CPF, Chinese resident id), UK and international
phones, postcodes of several countries, dates of birth, emails and street addresses; against doses,
scores, non-birth dates, versions, page ranges, times, amounts and helplines. Inputs that vary are
property tests; the written-for-the-project set pii_train_extra.jsonl has a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric
from stdnum.gb import nhs

from services.quality.evaluation import evaluate_pii
from shared.pii import find_pii, redact
from shared.pii.names import AMBIGUOUS, COMMON, NOT_NAMES, PLACES, PUBLIC_FIGURES, gazetteer

EXTRA = Path(__file__).resolve().parents[2] / "support" / "labelled" / "pii_train_extra.jsonl"


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_pii(text)]


@pytest.mark.parametrize("text, expected", [
    # names without an introduction
    ("I think my therapist (Marguerite) is getting fed up with me", [("NAME", "Marguerite")]),
    ("The kids' father, Dominic, has them at weekends", [("NAME", "Dominic")]),
    ("I met a guy called Marek at the group", [("NAME", "Marek")]),
    ("Ngozi said I should come here", [("NAME", "Ngozi")]),
    ("I'm scared of what Lorcan will do when he finds out", [("NAME", "Lorcan")]),
    ("Auntie Pam always knew", [("NAME", "Pam")]),
    ("moja terapeutka, pani Zielińska, jest na urlopie", [("NAME", "Zielińska")]),
    ("Regards\nOluwadamilare Bakare\nPeer Support Worker", [("NAME", "Oluwadamilare Bakare")]),
    ("speak soon\nTash x", [("NAME", "Tash")]),
    ("cheers, speak Thursday - Moz", [("NAME", "Moz")]),
    ("sorry for the long message. - J.", [("NAME", "J")]),
    ("我丈夫王建国每天晚上都喝酒", [("NAME", "王建国")]),
    ("我的咨询师李医生说我需要多休息", [("NAME", "李")]),
    # handles and profile URLs
    ("my insta is lucy.makes.art but it's private", [("HANDLE", "lucy.makes.art")]),
    ("snapchat: kaylaa_xo22", [("HANDLE", "kaylaa_xo22")]),
    ("he posts as u/quietstorm_91 on the sub", [("HANDLE", "u/quietstorm_91")]),
    ("find me on mastodon, @rowan@mastodon.social", [("HANDLE", "@rowan@mastodon.social")]),
    ("my discord is fernbrook#0912", [("HANDLE", "fernbrook#0912")]),
    ("her youtube is youtube.com/@vlogswithvee", [("URL", "youtube.com/@vlogswithvee")]),
    # national ids
    ("my hospital number is 480 689 9909, it's on the letter", [("NATIONAL_ID", "480 689 9909")]),
    ("679 574 2288 is my NHS number", [("NATIONAL_ID", "679 574 2288")]),
    ("我的身份证号码是110105198507123018", [("NATIONAL_ID", "110105198507123018")]),
    ("passport number 533380006, they kept it", [("NATIONAL_ID", "533380006")]),
    ("my personnummer is 850709-9805", [("NATIONAL_ID", "850709-9805")]),
    ("DNI 12345678-Z", [("NATIONAL_ID", "12345678-Z")]),
    # phones
    ("我的手机号是13912345678，晚上可以打给我", [("PHONE", "13912345678")]),
    ("call me at +1 (303) 555-0114", [("PHONE", "+1 (303) 555-0114")]),
    ("llámame al 600 123 456 esta noche", [("PHONE", "600 123 456")]),
    ("new mobile: +48 512 345 678", [("PHONE", "+48 512 345 678")]),
    # postcodes and addresses
    ("I'm in Toronto now, postal code M5V 2T6", [("POSTCODE", "M5V 2T6")]),
    ("my Eircode is D02 X285", [("POSTCODE", "D02 X285")]),
    ("Austin, Texas 78701", [("POSTCODE", "78701")]),
    ("PLZ 80331, direkt in der Altstadt", [("POSTCODE", "80331")]),
    ("vivo en Calle Mayor 14, 3º B, 28013 Madrid", [("ADDRESS", "Calle Mayor 14, 3º B"), ("POSTCODE", "28013")]),
    ("abito in via Garibaldi 12, 20121 Milano", [("ADDRESS", "via Garibaldi 12"), ("POSTCODE", "20121")]),
    ("my address is 350 5th Avenue, New York, NY 10118", [("ADDRESS", "350 5th Avenue"), ("POSTCODE", "10118")]),
    ("the refuge moved me to 77 Kingsway, Cardiff CF10 3AT", [("ADDRESS", "77 Kingsway"), ("POSTCODE", "CF10 3AT")]),
    ("我住在北京市朝阳区建国路88号，邮编100022", [("ADDRESS", "建国路88号"), ("POSTCODE", "100022")]),
    # dates of birth
    ("我1990年3月5日出生", [("DOB", "1990年3月5日")]),
    ("D.O.B.: 1992-12-01", [("DOB", "1992-12-01")]),
    ("I was born in March 1991", [("DOB", "March 1991")]),
    ("b. 22.08.1974", [("DOB", "22.08.1974")]),
    ("DOB: 4th July '85", [("DOB", "4th July '85")]),
    # fifth round: lower-case names after a strong cue, inflected names, an initial under a sign-off
    ("my bf ryan keeps going through my phone", [("NAME", "ryan")]),
    ("hi sarah, sorry I missed the session", [("NAME", "sarah")]),
    ("i told jess everything", [("NAME", "jess")]),
    ("Marguerite keeps sending me voice notes", [("NAME", "Marguerite")]),
    ("Obi from work covered my shift", [("NAME", "Obi")]),
    ("Rozmawiałam z Kasią o tym wszystkim", [("NAME", "Kasią")]),
    ("Sincerely,\nM. Okafor, PsyD", [("NAME", "M. Okafor")]),
    ("我和前男友陈浩分手了", [("NAME", "陈浩")]),
    # handles after "its"/"IG:", and before their platform
    ("add me on snap its leahh.b", [("HANDLE", "leahh.b")]),
    ("IG: kat_makes_pots", [("HANDLE", "kat_makes_pots")]),
    ("I'm lizzie_draws on tumblr if anyone wants to talk", [("HANDLE", "lizzie_draws")]),
    # obfuscated emails
    ("it's tom.ashworth88 at gmail dot com", [("EMAIL", "tom.ashworth88 at gmail dot com")]),
    ("contact: priya[at]outlook.com", [("EMAIL", "priya[at]outlook.com")]),
    # national ids: more cues and checksums, the id's end, a Luhn-valid id that is no card
    ("mon numéro de sécu c'est 2 85 05 75 123 456 23", [("NATIONAL_ID", "2 85 05 75 123 456 23")]),
    ("my TFN is 217 415 288 and the ATO has it wrong", [("NATIONAL_ID", "217 415 288")]),
    ("SA ID 9001034225168, I moved from Durban", [("NATIONAL_ID", "9001034225168")]),
    ("my GP surgery has me as 3832364056 on the system", [("NATIONAL_ID", "3832364056")]),
    ("NIP 5159045847", [("NATIONAL_ID", "5159045847")]),
    ("OHIP 1234-567-890-AB, it expired", [("NATIONAL_ID", "1234-567-890-AB")]),
    ("DNI 32.456.789, soy argentina", [("NATIONAL_ID", "32.456.789")]),
    # addresses: unit/number, building names, more suffixes, lower case, German prepositions, "nº"
    ("she's at 2/14 Cowper Street, Glebe NSW 2037", [("ADDRESS", "2/14 Cowper Street"), ("POSTCODE", "2037")]),
    ("Flat 7, Ashdown Court, 12 Selborne Road", [("ADDRESS", "Flat 7, Ashdown Court, 12 Selborne Road")]),
    ("Apartment 3, 45 Harbour View, Cork", [("ADDRESS", "Apartment 3, 45 Harbour View")]),
    ("i live at 27 elm road and he knows it", [("ADDRESS", "27 elm road")]),
    ("wir wohnen Am Sonnenhang 3, 79100 Freiburg", [("ADDRESS", "Am Sonnenhang 3"), ("POSTCODE", "79100")]),
    ("Rua das Laranjeiras, nº 45, Rio de Janeiro", [("ADDRESS", "Rua das Laranjeiras, nº 45")]),
    ("I'm in m13 9pl, is there anything near me?", [("POSTCODE", "m13 9pl")]),
    ("meu CEP é 01310-100", [("POSTCODE", "01310-100")]),
    # sixth round
    ("I was referred to Dr. van der Berg at the clinic", [("NAME", "van der Berg")]),
    ("my wee sister Morven is being bullied", [("NAME", "Morven")]),
    ("(+44) 7700 900123", [("PHONE", "(+44) 7700 900123")]),
    ("Personalausweisnummer L01X00T47", [("NATIONAL_ID", "L01X00T47")]),
])
def test_each_type(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "they upped my quetiapine to 150mg at night and 25 mg in the morning",
    "GAD-7: 15/21, PHQ-9: 17/27",
    "my appointment is 3rd June 2025 at 2pm",
    "I've been clean since 2 January 2022",
    "running iOS 17.4.1, the journaling app won't open",
    "Version 10.0.19045.3803 of Windows is what the IT guy said",
    "read pages 112-134 of the workbook before Thursday",
    "train at 07:42, arrives 09:15",
    "rent went up by £175 to £1,395 a month",
    "policy number 8832 4410 9921, the insurer won't pay",
    "Telefonseelsorge 0800 111 0 111, die sind immer erreichbar",
    "Beyond Blue on 1300 22 4636 helped me",
    "Childline is 0800 1111",
    "I saw the Nurse Practitioner today",
    "went to 2 Hyde Park concerts",
    "Marcus Aurelius quotes are on my wall",
    "we watched Harry Potter and I cried at the end",
    "Rosie the cat knocked over my meds",
    "Matthew 11:28 has been getting me through",
    "I deleted my insta for a month and felt better",
    "code A12 B345 on the box",
    "我每天吃50毫克的舍曲林，已经三个月了",
    "下次咨询是2025年4月8日下午三点",
    "the Wellbeing Hub said to fill in the form",
    "she lives in Camden and I live in Hackney",
    "the 24 Hour Park Run is a charity thing",
    "Im Jahr 2019 habe ich angefangen",
    "email me at the usual address",
    "version 2.0 on instagram broke everything",
    "I drink too much Dr Pepper when I'm anxious",
    "my Apple Watch says my heart rate is 110",
    "Good Morning Britain had a segment on anxiety",
    "we watched Miracle on 34th Street and I cried",
    "Boundaries: Where You End and I Begin",
    "to forgive is hard. Forgiveness doesn't mean it was okay",
    "(Lyrics to a song)",  # a capitalised word after nothing but "(" (this raised IndexError)
    " (Chorus)",
])
def test_hard_negatives(text):
    assert found(text) == []


def _nhs_number(draw_digits: str) -> str | None:
    for check in "0123456789":
        if nhs.is_valid(draw_digits + check):
            return draw_digits + check
    return None


@settings(max_examples=60, deadline=None)
@given(st.integers(400_000_000, 799_999_999), st.sampled_from(["my hospital number is {}", "Patient ID: {}",
                                                               "NHS no. {}", "{} is my NHS number"]))
def test_checksummed_nhs_numbers_are_ids(stem, template):
    number = _nhs_number(str(stem))
    if number is None:
        return
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    assert found(template.format(spaced)) == [("NATIONAL_ID", spaced)]


@settings(max_examples=60, deadline=None)
@given(st.integers(400_000_000, 799_999_999))
def test_a_number_after_hospital_alone_needs_its_checksum(stem):
    digits = str(stem)
    wrong = next(d for d in "0123456789" if not nhs.is_valid(digits + d))
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}{wrong}"
    assert ("NATIONAL_ID", spaced) not in found(f"the hospital said {spaced} times")


@settings(max_examples=60, deadline=None)
@given(st.integers(400_000_000, 799_999_999))
def test_a_hospital_number_named_as_one_is_an_id_even_with_a_typo(stem):
    # the fifth PII pass: an explicit cue ("hospital number") is enough, a mistyped check digit
    # is still someone's number
    digits = str(stem)
    wrong = next(d for d in "0123456789" if not nhs.is_valid(digits + d))
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}{wrong}"
    assert ("NATIONAL_ID", spaced) in found(f"my hospital number is {spaced}")


def _ric_valid(number: str) -> bool:
    try:
        return ric.is_valid(number)
    except KeyError:  # python-stdnum 2.2 fails on some region codes it lists without a county
        return False


@settings(max_examples=40, deadline=None)
@given(st.integers(110_101, 659_999), st.dates(), st.integers(0, 999))
def test_chinese_resident_ids_by_checksum(region, born, serial):
    stem = f"{region}{born.year:04d}{born.month:02d}{born.day:02d}{serial:03d}"
    if not 1900 <= born.year <= 2029:
        return
    number = next((stem + c for c in "0123456789X" if _ric_valid(stem + c)), None)
    if number is None:  # a region code stdnum does not know
        return
    assert found(f"我的身份证号码是{number}") == [("NATIONAL_ID", number)]


@settings(max_examples=60, deadline=None)
# a gazetteer name that is also a common word, an assistant, a place or a public figure ("Alexa")
# is left alone on purpose
@given(st.sampled_from(sorted(gazetteer() - AMBIGUOUS - COMMON - NOT_NAMES - PLACES - PUBLIC_FIGURES)),
       st.sampled_from(["my husband {}", "my therapist, {}, said", "Thanks, {}", "Best wishes,\n{}",
                        "I texted {} last night", "xx {}", "{} said I should come here"]))
def test_gazetteer_names_by_every_cue(name, template):
    assert ("NAME", name) in found(template.format(name))


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 999), st.sampled_from(["mg", " mg", "mcg", " ml", "kg", " units"]),
       st.sampled_from(["sertraline", "lithium", "insulin", "quetiapine"]))
def test_doses_are_not_pii(amount, unit, drug):
    assert found(f"they put me on {drug} {amount}{unit} twice a day") == []


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 30), st.integers(0, 99), st.integers(0, 9999))
def test_versions_pages_scores_times_and_amounts_are_not_pii(a, b, c):
    texts = [f"version {a}.{b}.{c}", f"pages {c}-{c + b + 1}", f"PHQ-9 went from {a} to {b % 28}",
             f"score {a}/{b + 1}", f"{a % 24:02d}:{b % 60:02d}", f"£{c}.{b:02d}", f"${c:,}"]
    for text in texts:
        assert found(text) == [], text


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 28), st.integers(1, 12), st.integers(1990, 2026))
def test_dates_are_birth_dates_only_with_a_birth_cue(day, month, year):
    date = f"{day:02d}/{month:02d}/{year}"
    assert found(f"my next session is on {date}") == []
    assert found(f"date of birth {date}") == [("DOB", date)]


def test_redaction_keeps_placeholders_typed():
    text = "my insta is lucy.makes.art, NHS 679 574 2288, 我的手机号是13912345678, Thanks, Imogen"
    assert redact(text) == "my insta is [HANDLE], NHS [NATIONAL_ID], 我的手机号是[PHONE], Thanks, [NAME]"


def test_floor_on_the_set_written_for_the_project():
    r = evaluate_pii(EXTRA)
    assert r["precision"] >= 0.97 and r["recall"] >= 0.97, r["by_kind"]
