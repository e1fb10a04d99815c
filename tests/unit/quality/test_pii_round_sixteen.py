"""PII round sixteen (2026-12-05, seventeenth session): names as counselling clients write them
(docs/quality.md, "PII round sixteen"). Cases written for these tests (not taken from any labelled
file). Every positive fails on the code before the round (209dc08); the hard negatives guard the new
rules: lower-case words that are names elsewhere, places, brands, pets, characters, words after a
title, plurals that are no family, other scripts' ordinary words."""

from __future__ import annotations

import pytest

from shared.pii import find_pii, redact
from shared.pii import names as names_module
from tests.support.pii import names


# lower-case gazetteer names in texting style after a verb or a preposition, or opening the text
# before "and i", "and me", "is the", "thinks"
TEXTING = [
    ("honestly i just want to talk to nathan again", ["nathan"]),
    ("im so done with fiona rn", ["fiona"]),
    ("cant stop thinking abt marcus tbh", ["marcus"]),
    ("i really miss chioma, she moved to leeds", ["chioma"]),
    ("went to bethany's and her mum shouted at us", ["bethany"]),
    ("scared of seeing declan at the party tomorrow", ["declan"]),
    ("my mum hates it when i hang out with jasmine", ["jasmine"]),
    ("should i just block connor everywhere", ["connor"]),
    ("tbh megan is the only person who listens", ["megan"]),
    ("ngl rhiannon and i havent spoken in weeks", ["rhiannon"]),
    ("lauren and me fell out over nothing", ["lauren"]),
    ("j'en ai marre, je suis toujours chez camille", ["camille"]),
    ("ich war gestern bei tobias und hab nur geheult", ["tobias"]),
]

# a title of another language before a surname; Irish particles; German nouns after a name
TITLES_PARTICLES = [
    ("Madame Perrault ne me laisse jamais parler en classe.", ["Perrault"]),
    ("Mevrouw Jansen belde mijn moeder zonder het mij te vragen.", ["Jansen"]),
    ("Meneer Dekker zei dat ik lui was.", ["Dekker"]),
    ("Señora Ibarrola me trata como a una niña.", ["Ibarrola"]),
    ("I still talk to Pádraig Ó Dónaill every week, he gets me.", ["Pádraig Ó Dónaill"]),
    ("Ich habe mit Lukas Stress wegen der Wohnung.", ["Lukas"]),
    ("Seit ich mit Emil Schluß gemacht habe, schlafe ich kaum.", ["Emil"]),
]

# other scripts: a Devanagari relation word with its possessive before a name and a postposition;
# Chinese nicknames (Arabic was measured and left out: see the hard negatives)
SCRIPTS = [
    ("मेरा बॉयफ्रेंड अमित मुझसे बात नहीं करता।", ["अमित"]),
    ("मेरी बहन सुनीता हमेशा मुझे डांटती है।", ["सुनीता"]),
    ("हमारी पड़ोसन कमला को सब पता है।", ["कमला"]),
    ("我跟小美分手了，心里很难受。", ["小美"]),
    ("我和阿杰又吵了一架。", ["阿杰"]),
]

# Indonesian sign-offs, nicknames before "(short for", a family by its plural next door
OTHER = [
    ("Makasih sudah mendengarkan.\nSalam hangat,\nTegar", ["Tegar"]),
    ("Hormat saya,\nAgung", ["Agung"]),
    ("Bash (short for Sebastian) keeps turning up at my work.", ["Bash", "Sebastian"]),
    ("The Okafors across the road have been so kind to us.", ["Okafors"]),
    ("the Brennans upstairs fight every single night", ["Brennans"]),
]


@pytest.mark.parametrize("text, want", TEXTING)
def test_lower_case_texting_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", TITLES_PARTICLES)
def test_titles_particles_and_nouns_after_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", SCRIPTS)
def test_names_in_other_scripts(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", OTHER)
def test_sign_offs_nicknames_families(text, want):
    assert names(text) == want


# hard negatives: nothing is a name here
NEGATIVES = [
    "i miss summer so much, winter is killing me",              # seasons
    "went to tesco and cried in the car park",                  # a shop
    "talked to my gp about sertraline and melatonin",           # medication
    "scared of seeing the dentist on monday",                   # weekdays
    "i keep thinking about hope and whether i have any",        # a word that is a name
    "with grace and patience we got through it",
    "i may go to the gym, i will try",
    "cara mia, ti penso sempre",                                # Italian words that are names elsewhere
    "ben çok yorgunum ve kimse anlamıyor",                      # Turkish "I"
    "zase jsem se pohádala s mámou, nikdo o tom neví",          # Czech "tom"
    "jeg føler meg tom og trist",                               # Norwegian "tom"
    "The Joneses of this world make me feel small.",            # no neighbour's place after it
    "I feel like Hermione in the library, always studying.",    # a character
    "My brother plays Mario Kart with me when I'm low.",
    "Jolene is the only song that makes me cry.",
    "My dog (short for nothing, he's just Dog) sleeps on my bed.",  # a common word before "(short for"
    "Madame Bovary is the book we're reading in class.",        # a title of a work
    "Ich habe mit der Arbeit Stress und kann nicht schlafen.",  # a noun, no name
    "صديقتي لا تفهمني أبدا.",                                    # a particle after the relation word
    "زوجي يصرخ علي كل يوم.",                                     # a verb after the relation word
    "मेरी दोस्त ने मुझसे बात करना बंद कर दिया।",                   # a postposition after the relation word
    "मेरा भाई खुद को दोष देता है।",                                 # "self" before a postposition
    "मेरे पति कहते हैं कि मैं बेकार हूँ।",                           # a verb after the relation word
    "أختي حاولت أن تساعدني.",                                    # a verb after the relation word
    "我和小孩一起去公园了。",                                       # 小孩, a child
    "Salam dari Jakarta, semoga kalian baik.",                  # a greeting mid-line, no name after it
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text):
    assert names(text) == []


def test_redaction_stays_typed():
    text = "told my mum abt nathan and then Madame Perrault called"
    assert redact(text, find_pii(text)) == "told my mum abt [NAME] and then Madame [NAME] called"


def test_texting_names_leave_out_words_of_other_languages():
    listed = names_module.texting_gazetteer()
    for word in ("ben", "mia", "cara", "uma", "ada", "hans", "elif", "olive", "jihad", "milan"):
        assert word not in listed
    assert {"tom", "kwame", "aoife", "priya"} <= listed


# the texting rule ran only on text in texting style (a lower-case start or a lower-case "i"); round
# seventeen dropped that guard: a client who capitalises "I" still writes a name in lower case now
# and then (the third case gave [] before; test_pii_round_seventeen.py)
@pytest.mark.parametrize("text, want", [
    ("omg i went to see nathan yesterday", ["nathan"]),
    ("Yesterday i went to see nathan and it was awful", ["nathan"]),
    ("Yesterday I went to see nathan and it was awful.", ["nathan"]),
])
def test_texting_style_guard(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text,email_or_handle", [
    (" and jane.doe@example.com415-555-0134", None),  # found by the reference comparison's hypothesis strings
    ("email me at tom.smith@gmail.com and i will", "tom.smith@gmail.com"),
    ("i miss kwame_b@outlook.com so much", "kwame_b@outlook.com"),
])
def test_a_texting_name_inside_an_address_is_no_name(text, email_or_handle):
    spans = find_pii(text)
    assert [s for s in spans if s.kind == "NAME"] == []
    assert [s.text for s in spans if s.kind == "EMAIL"] == ([email_or_handle] if email_or_handle else [])
