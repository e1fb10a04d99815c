"""PII speed (thirty-second session, perfpii32): the prescreens of ``_add_ambiguous_cued_names`` and ``_dob_cue``
are necessary conditions of the patterns they guard, so the guarded code gives what the unguarded code gives.

* the pass with every prescreen turned off (``prescreen.leftmost`` always 0, no rare-cue screen, the sign-off and
  ambiguous-word tests always true, ``re``'s own ``finditer``) gives the same spans as the pass as it runs;
* each prescreen is false only where its pattern finds nothing (labelled texts, pieces of cues, generated strings);
* ``_dob_cue`` is the search from the prescreen's leftmost start it replaced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared import prescreen
from shared.pii import detect
from shared.pii import names as pii_names

ROOT = Path(__file__).resolve().parents[3]
TEXTS = [json.loads(line)["text"] for path in sorted((ROOT / "tests" / "support" / "labelled").glob("pii_*.jsonl"))
         if "heldout" not in path.name for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

# pieces of every cue of the pass, with look-alikes around them
CUES = ["my ex jordan keeps", "my uncle bill is", "her name's Summer", "my boyfriend's name is August",
        "the dog's name is Biscuit", "sorry Frank, I know", "Thanks Hope, you", "Hope has been my best friend",
        " and now she won't", "Pat at the foodbank was kind to me, she gave me", "Jordan's dad", " he ",
        "Lulu, my little sister, drew", "Mark, our cousin,", "mój były Kuba", "moja była Ola", "weeks", "jonny said",
        "kez and me got", "me n mark havent", "and i & will are", "grazie, ci sentiamo domani. Fede",
        "thanks. Jo", "Cheers!\n\nMaya.  \n", ". ", "! ", "\n", "Will ", "May ", "Can ", "Robin ", "Hope",
        "I think Grace was", "tbh Rose is", "Honestly Bill said", " is the only one", "Summer is coming",
        "Hope is a good thing", "April", " name", " name is ", "ÉLODIE", "Élodie", "Øyvind", "’s ", "'s ",
        "my friend ", "our ", "their ", ", my ", ", our ", " x", "b. 12.03.1990", "born on", "date of birth",
        "nació el", "doğum günüm", "DOB: ", "stubborn", "reborn", "urodzona", "ur. 1990"]
TEXTY = st.lists(st.sampled_from(CUES) | st.text(alphabet="aAbBhHjJmMsSwW .,!?\n'’-éÉ\t\u2003", max_size=8),
                 max_size=14).map("".join)


def _spans(text: str) -> list[tuple[str, int, int]]:
    spans: list = []
    detect._add_ambiguous_cued_names(text, spans)
    return [(s.kind, s.start, s.end) for s in spans]


@pytest.fixture
def unscreened(monkeypatch):
    """The pass with none of its prescreens: every pattern scanned by ``re`` over the whole text."""
    def run(text: str) -> list[tuple[str, int, int]]:
        with monkeypatch.context() as m:
            m.setattr(prescreen, "leftmost", lambda pattern, text: 0)
            m.setattr(detect, "_rare_cue_screen", lambda: None)
            m.setattr(detect, "_may_sign_off_last", lambda text: True)
            m.setattr(detect, "_ambiguous_word_in", lambda text: True)
            m.setattr(detect, "_screened_finditer", lambda pattern, text, pos, tries=8: pattern.finditer(text, pos))
            return _spans(text)
    return run


def test_the_screened_pass_finds_what_the_unscreened_one_finds_on_labelled_texts(unscreened):
    assert len(TEXTS) > 5000
    found = 0
    for text in TEXTS:
        got = _spans(text)
        assert got == unscreened(text), text
        found += bool(got)
    assert found > 20  # the comparison reaches texts the pass adds names in


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXTY)
def test_the_screened_pass_finds_what_the_unscreened_one_finds_on_generated_texts(unscreened, text):
    assert _spans(text) == unscreened(text)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXTY)
def test_each_prescreen_is_false_only_where_its_pattern_finds_nothing(text):
    if detect._LAST_SIGN_OFF.search(text):
        assert detect._may_sign_off_last(text)
    if any(m.group(1) in pii_names.AMBIGUOUS for m in detect._SUBJECT_START.finditer(text)):
        assert detect._ambiguous_word_in(text)
    screen = detect._rare_cue_screen()
    if screen is not None and any(p.search(text) for p in detect._RARE_CUES):
        assert screen.is_match(text)
    pos = prescreen.leftmost(detect._LOWER_RELATION_NAME, text)
    want = [m.span() for m in detect._LOWER_RELATION_NAME.finditer(text)]
    assert (pos is None and not want) or [m.span() for m in detect._screened_finditer(
        detect._LOWER_RELATION_NAME, text, pos)] == want


@pytest.mark.parametrize("text, want", [
    ("grazie, ci sentiamo domani. Fede", True), ("Thanks so much.\n\n  Maya.  \n", True), ("ok. Jo!", True),
    ("ok. jo", False), ("ok, Jo", False), ("Jo", False), ("", False), ("ok.Jo", False), ("ok. Élodie", True),
])
def test_the_sign_off_test_on_its_forms(text, want):
    assert detect._may_sign_off_last(text) is want
    if not want:
        assert detect._LAST_SIGN_OFF.search(text) is None


def test_the_dob_cue_is_the_search_it_replaced():
    def old(text: str) -> bool:
        pos = prescreen.leftmost(detect._DOB_CUE, text)
        return pos is not None and detect._DOB_CUE.search(text, pos) is not None
    texts = TEXTS + ["I was born on 3 May", "stubborn as ever", "date of birth: 1/2/90", "nació el 3", "DOB 1990"]
    assert [detect.prescreen.holds(detect._DOB_CUE, t) for t in texts] == [old(t) for t in texts]
    assert sum(map(old, texts)) > 10


@pytest.mark.parametrize("text", ["my mum joé " * 30 + "my mum jo said", "xmy mum jo " * 20 + "my ex jordan keeps",
                                  "my mum jo said " * 20, "my mum joé my mum jo said " * 12, "our nan bill is"])
def test_the_screened_scan_after_many_refused_starts(text):
    """Past ``tries`` starts the pattern refuses, ``re`` scans on: the same matches either way."""
    pos = prescreen.leftmost(detect._LOWER_RELATION_NAME, text)
    want = [m.span() for m in detect._LOWER_RELATION_NAME.finditer(text)]
    for tries in (0, 1, 8, 1000):
        assert [m.span() for m in detect._screened_finditer(detect._LOWER_RELATION_NAME, text, pos, tries)] == want
