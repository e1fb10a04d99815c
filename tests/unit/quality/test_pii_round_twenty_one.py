"""PII round twenty-one (2026-12-05): identifiers in international formats (docs/quality.md, "PII
round twenty-one"). Cases written for these tests (not taken from any labelled file; the ids were
generated with python-stdnum, none is in `pii_train_v21` or `pii_valid_v21`). Every positive fails
on the code before the round (4923e87, the data-first commit); the hard negatives (amounts,
counts and years after a word of living, "born '90s", ids named with no number) pass on both."""

from __future__ import annotations

import pytest

from shared.pii import find_pii, redact


def found(text: str, kind: str) -> list[str]:
    return [s.text for s in find_pii(text) if s.kind == kind]


POSTCODES = [
    ("j'habite maintenant à 69003 Lyon, et je ne dors plus", ["69003"]),
    ("ich wohne seit März in 50667 Köln", ["50667"]),
    ("vivo en 46001 Valencia con mi tía", ["46001"]),
    ("mieszkamy teraz w 31-042 Kraków", ["31-042"]),
    ("we wonen in 3511 LX Utrecht", ["3511 LX"]),
    ("abito in 40121 Bologna da sola", ["40121"]),
    ("moramos em 20040-002 Rio de Janeiro", ["20040-002"]),
    ("minha morada é 4000-322 Porto", ["4000-322"]),
    ("jag bor på 411 03 Göteborg nu", ["411 03"]),
    ("I live in 3012 Bern with my partner", ["3012"]),
    ("my address is 600028 Chennai, near the temple", ["600028"]),
]


@pytest.mark.parametrize("text, expected", POSTCODES)
def test_postcode_where_someone_lives(text, expected):
    assert found(text, "POSTCODE") == expected


IDS = [
    ("mi RUT es 17.584.053-2 y lo piden en la clínica", ["17.584.053-2"]),
    ("RUT: 25.120.506-K", ["25.120.506-K"]),
    ("mi CUIT es 20207020509", ["20207020509"]),
    ("моето ЕГН е 8206053170", ["8206053170"]),
    ("minu isikukood on 47209178797", ["47209178797"]),
    ("mano asmens kodas 49301167128", ["49301167128"]),
    ("moj OIB je 71226836783", ["71226836783"]),
    ("AMKA 18126969841", ["18126969841"]),
    ("moja EMŠO je 0512969503124", ["0512969503124"]),
    ("my CNIC is 3520287350462", ["3520287350462"]),
    ("NRIC 680314149263, for the clinic form", ["680314149263"]),
    ("my resident registration number is 850217-1843721", ["850217-1843721"]),
    ("numer PESEL syna: 89031098330", ["89031098330"]),
    ("PESEL mojego taty: 72100215620", ["72100215620"]),
]


@pytest.mark.parametrize("text, expected", IDS)
def test_national_ids_after_their_cue(text, expected):
    assert found(text, "NATIONAL_ID") == expected


def test_pesel_after_its_cue_is_no_phone():
    assert found("numer PESEL mojego taty: 72100215620", "PHONE") == []


BIRTH_YEARS = [
    ("born '94, so thirty next year", ["'94"]),
    ("I was born in ’01 and I feel ancient", ["’01"]),
]


@pytest.mark.parametrize("text, expected", BIRTH_YEARS)
def test_birth_year_with_its_apostrophe(text, expected):
    assert found(text, "DOB") == expected


HARD_NEGATIVES = [
    "ich lebe von 12000 Euro im Jahr",
    "ich wohne seit 2019 in Köln",
    "we lived in 1998 Sydney was hosting the games",
    "vivo con 30000 Pesos al mes",
    "I live 20 minutes from the clinic",
    "I live with 3 flatmates in Leeds",
    "my address book has 400 Contacts in it",
    "the rent where I live went up 12000 in total",
    "a born '90s kid, that's me",
    "born 1990s style, my mum says",
    "my RUT card expired",
    "PESEL is needed for the form",
    "order 72100215620 never came",
    "she was born in the 90s",
    "moved to 2 different schools",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(text):
    assert [s for s in find_pii(text) if s.kind in ("POSTCODE", "DOB", "NATIONAL_ID")] == []


def test_redaction_is_typed():
    out = redact("mi RUT es 17.584.053-2 y vivo en 46001 Valencia")
    assert "17.584.053-2" not in out and "46001" not in out
    assert "[NATIONAL_ID]" in out and "[POSTCODE]" in out
