"""PII round twenty-seven (2026-12-06, branch ``piiprobe27``): misses and false spans a probe of 190 written texts
found (names after relation words in 15 languages, sign-offs, greetings, texting; phones, postcodes, dates of
birth, national ids, handles, e-mails, IBANs in other countries' formats; hard negatives in the same shapes), each
mended in its general form, with the look-alikes that must stay as they were:

- a Japanese name holding the iteration mark 々 after a kin word and の ("同僚の佐々木さんに"; "奈々" only before an
  honorific), not a word ending in it ("母の日々の", "友達の人々が");
- an Aadhaar number after its cue in Hindi, Marathi or Bengali ("आधार नंबर", "আধার নম্বর"), not "आधार" as "basis";
- a desk, an office or a label signing off or greeted ("Many thanks,\\nFront Desk", "— Anonymous", "I spoke to
  Reception") is no person;
- a lower-case name after a kin title used as a form of address or after more kin words ("i told aunty folake",
  "my granny maria"), not "uncle sam" or "aunt jemima" without a possessive.
"""

from __future__ import annotations

import pytest

from tests.support.pii import names, spans


@pytest.mark.parametrize(("text", "want"), [
    # Japanese: 々 inside a name after a kin word
    ("同僚の佐々木さんにまた仕事を押し付けられた。", ("NAME", "佐々木")),
    ("上司の野々村さんが怒鳴った。", ("NAME", "野々村")),
    ("友達の美々ちゃんと喧嘩した。", ("NAME", "美々")),
    # Aadhaar after its cue in Indian scripts
    ("मेरा आधार नंबर 4679 5821 2002 है", ("NATIONAL_ID", "4679 5821 2002")),
    ("मेरा आधार कार्ड नंबर 467958212018 है", ("NATIONAL_ID", "467958212018")),
    ("আমার আধার নম্বর 4679 5821 2002", ("NATIONAL_ID", "4679 5821 2002")),
    # lower-case names after kin titles
    ("i told aunty folake everything and she laughed", ("NAME", "folake")),
    ("uncle tunde came round again last night", ("NAME", "tunde")),
    ("my granny maria is in hospital", ("NAME", "maria")),
    ("my grandpa james is in a care home now", ("NAME", "james")),
    ("i told my aunty folake about the panic attacks", ("NAME", "folake")),
])
def test_found(text, want):
    assert want in spans(text)


@pytest.mark.parametrize("text", [
    # words that end in 々 after a kin word and の
    "母の日々の小言がつらい。",
    "友達の人々が集まった。",
    "上司の色々な話を聞いた。",
    "兄の我々への態度が変わった。",
    # "आधार" as "basis", a helpline after the Aadhaar cue
    "इस आधार पर 2019 में फैसला हुआ",
    "आधार केंद्र का फोन 1947 है",
    # a desk, an office or a label in a name's place
    "Many thanks,\nFront Desk",
    "Thanks,\nReception",
    "Kind regards,\nHelp Desk",
    "Thanks,\nAdmissions Office",
    "Best,\nHead Office",
    "great service\n— Anonymous",
    "thanks\n- Admin",
    "Dear Head Office,\nplease cancel my booking",
    "I spoke to Reception yesterday and they were rude.",
    "Cordialement,\nLe Secrétariat",
    "Viele Grüße\nIhre Rezeption",
    # kin words with a public figure, a brand or no name
    "uncle sam wants his taxes again",
    "aunt jemima pancakes for breakfast",
    "my uncle said no",
    "aunty said i could stay",
])
def test_not_found(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Many thanks,\nPriya", "Priya"),  # a name after the same sign-off stays
    ("Thanks,\nPriyanka\nReception", "Priyanka"),  # a name above the desk's line
    ("my uncle sam is a plumber", "sam"),  # with a possessive, a name
    ("姉の奈々ちゃんが来た。", "奈々"),  # 々 ending a name before an honorific
])
def test_names_kept(text, name):
    assert name in names(text)


@pytest.mark.parametrize(("text", "given"), [
    # review27b: a given name before a desk's word signs as a person of that desk (the name was lost on main e97dcc6)
    ("Cheers,\nPriya Reception", "Priya"),
    ("Best wishes,\nAmy Billing", "Amy"),
    ("Regards,\nMike Admin", "Mike"),
    ("Thanks so much,\nRuth Management", "Ruth"),
])
def test_review_given_name_before_desk_word(text, given):
    assert any(n.startswith(given) for n in names(text))
