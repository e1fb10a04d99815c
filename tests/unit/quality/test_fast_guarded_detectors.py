"""PII, crisis and terminology detection with guards equal the plain detectors (every
pattern always run), on texts assembled from the phrases they look for, mutated."""


from hypothesis import example, given, settings
from hypothesis import strategies as st

from services.quality import pii
from shared.pii import detect as pii_detect
from services.quality.checks.counselling import crisis
from services.quality.checks.prefilter import Folded
from services.quality.checks.counselling.terminology import _HISTORICAL, _TERMS, outdated_terms

PHRASES = [
    "jane.doe@example.com", "(555) 123-4567", "+44 7700 900123", "07700 900123", "123-45-6789", "AB 12 34 56 C",
    "4111 1111 1111 1111", "192.168.0.1", "born on 12/03/1990", "DOB: 3 March 1985", "221 Baker Street, Apt 4",
    "My name is Sarah", "call me Bob", "This is Mom", "\nBest,\nJohn\n", "https://facebook.com/x",
    "my husband Tom", "Hi Marcus,", "— Priya", "xx Chloe", "Dr. Patel", "mi marido Carlos", "NHS 434 771 2782",
    "@sam_r92", "SW1A 1AA", "NY 11215", "DNI 55641228L", "+44 (0)20 7946 0958", "fe80::1ff:fe23:4567:890a",
    "née le 12 mai 1988", "14 Wellington Road, ", "28013 Madrid", "our cat Bella", "Taylor Swift",
    "HTTPS://LINKEDIN.COM/IN/ME", "Https://x.org/users/1", "I want to die", "not suicidal", "I've been cutting myself",
    "I feel hopeless", "never wanted to kill myself", "suicide hotline", "better off without me", "wake up",
    "gave away my", "me corto", "years ago", "my friend", "pills", "thinking about dying", "manic depression",
    "formerly called Asperger's", "Dr. PAtel", "J. McAllister", "Mrs J. Patel", "alcoholism", "İ", "ı", "ſ", "\u212a", "Σ", "é", "2", "\n", " ", ".", "?",
]
LOOK_ALIKE = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"}


def plain_pii(text: str) -> list[pii.Span]:
    """Every pattern, then every name rule, unguarded. (Since issue 12 profile URLs are found
    without "http" too, and names are found by pii_names after the patterns.)"""
    spans: list[pii.Span] = []
    for kind, pattern, group in pii.PATTERNS:
        pii.add_matches(kind, pattern, group, text, spans)
    pii_detect._add_in_context(text, spans)  # piiblind32's spans found by what the others found, as find_pii
    return pii.add_names(text, spans)


def plain_risk(text: str) -> str:
    """``risk_level`` with every risk pattern always run (no guard)."""
    return crisis.risk_level.__wrapped__(text)


def plain_terms(text: str) -> list[tuple[str, str]]:
    found = []
    for pattern, current in _TERMS:
        for m in pattern.finditer(text):
            if not _HISTORICAL.search(text[max(0, m.start() - 50):m.start()]):
                found.append((m.group(0), current))
                break
    return found


@st.composite
def texts(draw):
    parts = draw(st.lists(st.sampled_from(PHRASES) | st.text(max_size=8), max_size=12))
    text = " ".join(parts)
    flips = draw(st.lists(st.integers(0, 2), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if f == 1 else LOOK_ALIKE.get(c, c) if f == 2 else c for c, f in zip(text, flips))


@settings(max_examples=400, deadline=None)
@given(texts())
@example("— Priya Dr. PAtel")  # CI55: the plain mirror lacked piiblind32's in-context spans (a title's initial)
def test_guarded_detectors_equal_plain_ones(text):
    assert pii.find_pii(text) == plain_pii(text)
    guarded = crisis.risk_level(text) if crisis.possible(Folded(text)) else "none"
    assert guarded == plain_risk(text)
    assert outdated_terms(text) == plain_terms(text)
