"""Stage one reads disclosures in the languages the learned stage reads with an English encoder
(``risk_langs``, thirteenth session): Hindi in Devanagari and romanised, Swedish, Danish, Norwegian,
Finnish, Czech, Ukrainian, Romanian, Hungarian, Greek, Vietnamese, Indonesian, Hebrew, Bengali,
Urdu, Tagalog and Swahili, by the general form of each C-SSRS category. Before it, the patterns
read none of these (``classify`` gave "none"). Someone else's risk, a denial, the past and
recovered, news and study, and the idioms of dying stay none: a match read so is a mention."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk_langs
from services.quality.checks.counselling.risk import classify
from services.quality.checks.prefilter import Folded

DISCLOSURES = [
    # (text, category) - sentences written for this test, not taken from the labelled files
    ("मुझे अब मरने का मन करता है, कुछ अच्छा नहीं लगता", "active_ideation"),
    ("कल रात मैंने ज़हर खा लिया था", "recent_attempt"),
    ("sach bolu to marne ka mann karta hai roz", "active_ideation"),
    ("exam ke baad main nahi rahunga, decide kar liya hai", "intent"),
    ("jag vill bara dö just nu", "active_ideation"),
    ("försökte ta livet av mig i söndags", "recent_attempt"),
    ("jeg har skrevet et afskedsbrev til min mor", "plan_preparation"),
    ("jeg kutter meg igjen, klarer ikke å stoppe", "nssi"),
    ("haluan vaan kuolla pois täältä", "active_ideation"),
    ("viiltelen taas, en tiedä miksi", "nssi"),
    ("chci umřít, fakt už nemůžu", "active_ideation"),
    ("řežu se každý večer", "nssi"),
    ("думаю про самогубство весь час", "active_ideation"),
    ("ріжу собі руки, коли нікого немає вдома", "nssi"),
    ("vreau să mor, sincer", "active_ideation"),
    ("am scris o scrisoare de adio pentru sora mea", "plan_preparation"),
    ("meg akarok halni, elegem van", "active_ideation"),
    ("búcsúlevelet írtam anyának", "plan_preparation"),
    ("θέλω να πεθάνω, τίποτα δεν έχει νόημα", "active_ideation"),
    ("κόβω τα χέρια μου κάθε βράδυ", "nssi"),
    ("dạo này mình muốn chết lắm", "active_ideation"),
    ("mình hay rạch tay khi buồn", "nssi"),
    ("jujur aku pengen mati aja", "active_ideation"),
    ("aku minum racun semalam", "recent_attempt"),
    ("אני רוצה למות, נמאס לי", "active_ideation"),
    ("כתבתי מכתב פרידה לאמא", "plan_preparation"),
    ("আমার মরে যেতে ইচ্ছে করে সবসময়", "active_ideation"),
    ("میرا مرنے کو دل کرتا ہے", "active_ideation"),
    ("gusto ko nang mamatay talaga", "active_ideation"),
    ("nataka kufa, nimechoka na maisha", "active_ideation"),
]

NOT_THE_CLIENTS = [
    "मेरा दोस्त कहता है कि वो मरना चाहता है",          # a friend's wish
    "meri behen apne haath pe blade se kaatti thi, ab woh theek hai",  # someone else's, past
    "min syster säger att hon vill dö",                 # a sister's wish
    "jeg vil ikke dø, jeg er bare træt",                # a denial
    "nuorena viiltelin, nyt menee hyvin",               # past and recovered
    "kamarád říká, že chce umřít",                      # a friend's (third-person verb)
    "мій брат каже, що хоче вбити себе",                # a brother's
    "nu vreau să mor, vreau doar să dorm",              # a denial
    "nem akarok meghalni, csak pihenni",                # a denial (no pattern reads it)
    "ο φίλος μου θέλει να αυτοκτονήσει",                # a friend's (third-person verb)
    "bạn mình muốn tự tử, mình phải làm gì",            # a friend's ("my friend": the possessive follows)
    "temen aku pengen mati katanya",                    # a friend's (the same in Indonesian)
    "aku gak ada niat bunuh diri kok",                  # a denial
    "ngakak sampe mau mati liat video ini",             # an idiom
    "החבר שלי רוצה למות, מה עושים",                     # a friend's
    "আমার বন্ধু আত্মহত্যা করতে চায়",                     # a friend's (third-person verb)
    "gusto na niyang mamatay sabi ng kapatid ko",       # a sibling's (third-person pronoun)
    "rafiki yangu anataka kujiua",                      # a friend's (third-person prefix)
    "skriver en uppsats om självmord bland unga",       # study
]

ENGLISH = [
    "I want to vanish from social media for a while.",
    "The card game was hard but we had fun.",
    "My mate said the train was late again.",
    "We watched a film about a bridge in Sweden.",
]


@pytest.mark.parametrize("text,category", DISCLOSURES)
def test_a_disclosure_in_a_language_use_does_not_read_is_found_by_stage_one(text, category):
    assert classify(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("text", NOT_THE_CLIENTS)
def test_someone_elses_a_denied_a_past_or_a_framed_one_is_not_a_disclosure(text):
    assert classify(text)[0] == "none"


MENTIONS = [
    "min syster säger att hon vill dö",
    "nuorena viiltelin, nyt menee hyvin",
    "мій брат каже, що хоче вбити себе",
    "aku gak ada niat bunuh diri kok",
    "ngakak sampe mau mati liat video ini",
    "החבר שלי רוצה למות, מה עושים",
    "मेरा दोस्त कहता है कि वो मरना चाहता है",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_match_read_as_not_the_clients_is_a_mention(text):
    # the learned stage reads a mention as one (``mentioned``): before, these held no match at all
    assert classify(text) == ("none", True)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_not_read_by_the_other_languages_patterns(text):
    assert not any(p.search(text) for p in risk_langs.ASCII.values())
    assert not any(p.search(text.lower()) for p in risk_langs.RAW.values())
