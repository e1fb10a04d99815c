"""Round eleven of stage one in the languages the learned stage reads with an English encoder
(``risk_langs``, fourteenth session): the general forms its first round missed, written for phrasings
unlike its author's (hanging, poison, an overdose, word-order inversions such as "prøvde jeg",
"se zabiju", romanised Hindi spellings such as "mrna", "khudkhushi", "jahar", "suicide" in Latin
letters inside Devanagari Hindi, Indonesian chat spelling "pgn"). Before it, ``classify`` gave none
of these a category (each case below fails on the code of before). Someone else's, a denial and a
recovered past stay mentions; and "en" (the Nordic article) is no longer read as the Hungarian
first person "én"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify
from services.quality.checks.prefilter import Folded

DISCLOSURES = [
    # (text, category) - sentences written for this test, not taken from the labelled files
    ("सच में अब जीना नहीं चाहती", "passive_wish"),
    ("रोज़ सोचता हूँ कि सुसाइड कर लूँ", "active_ideation"),
    ("फंदा तैयार है, पंखे से लटक जाऊँगी", "method"),
    ("चाकू से बाँह पर कट लगाता हूँ", "nssi"),
    ("sach me mrna chahta hu", "active_ideation"),
    ("khudkhushi ke khayal roz aate hain", "active_ideation"),
    ("kal raat jahar pi liya tha maine", "recent_attempt"),
    ("jag tänker hänga mig i förrådet", "method"),
    ("jeg har ikke lyst til at leve længere", "passive_wish"),
    ("i går prøvde jeg å henge meg", "recent_attempt"),
    ("otin yliannostuksen viikonloppuna", "recent_attempt"),
    ("zítra se zabiju", "intent"),
    ("předávkovala jsem se v pátek", "recent_attempt"),
    ("am luat o supradoză aseară", "recent_attempt"),
    ("mi-e dor să mor de atâta timp", "active_ideation"),
    ("хочу повіситися", "method"),
    ("думки про суїцид не відпускають", "active_ideation"),
    ("gw pgn mati aja", "active_ideation"),
    ("aku mau gantung diri", "method"),
    ("aku sering ngelukain diri", "nssi"),
]

MENTIONS = [
    "mera bhai bolta hai woh mar jana chahta hai",                    # a brother's
    "pehle khudkushi ke khayal aate the, ab kaafi time se theek hu",  # past and recovered
    "hon sa att hon tog en överdos igår",                             # hers ("en" is not "én")
    "мій брат хоче повіситися",                                       # a brother's
    "मेरे भाई ने कहा कि वो पंखे से लटक जाएगा",                          # a brother's
    "gw gak pgn mati kok, cuma capek",                                # a denial
]


@pytest.mark.parametrize("text,category", DISCLOSURES)
def test_round_eleven_disclosures_are_found_by_stage_one(text, category):
    assert classify(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("text", MENTIONS)
def test_round_eleven_someone_elses_a_denied_or_a_recovered_one_is_a_mention(text):
    # before round eleven none of these held a match (``mentioned`` False)
    assert classify(text) == ("none", True)
