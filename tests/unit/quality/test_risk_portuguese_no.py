"""Portuguese "no" ("em" + "o") is no negation (twenty-eighth session; riskprobe28 found it).

The negation readers of stage one took the contraction for the Spanish negation, so "No mês passado tentei me
matar" was read as denied and decided none by both stages. docs/quality.md, "Probes of written variants, main
session (2026-12-06, twenty-eighth session)".
"""
import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk_langs import without_portuguese_no

FLAGGED = ("moderate", "high")

DISCLOSURES = [
    "No mês passado tentei matar-me",
    "No mês passado tentei me matar com remédios",
    "No fim de semana pensei em me matar",
    "No trabalho penso em me matar o dia todo",
    "No domingo tomei todos os comprimidos da caixa",
]

# Spanish negations, Portuguese negations, someone else's, fiction: not flagged
LOOK_ALIKES = [
    "No quiero morir, solo quiero dormir",
    "No me corto desde hace un año",
    "No, nunca pensei em me matar",
    "No pienso en suicidarme, tranquila",
    "No quiero matarme, solo estoy cansada",
    "No tengo ganas de morir",
    "Não quero morrer",
    "No mês passado meu irmão tentou se matar",
    "No filme o personagem tenta se matar",
    # (review28b) English and Spanish sentences with words Portuguese shares ("as", "do", "os", "nos", "da"): the
    # negation stays a negation
    "No os preocupéis, nos da igual, no pienso matarme",
    "No, da igual, no pienso suicidarme",
    "As I said, I have no plan to kill myself",
    "As I do every week: no thoughts of suicide",
    "I do have no intention to kill myself",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_a_disclosure_after_portuguese_no_is_read(text):
    assert crisis.risk_level(text) in FLAGGED


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_negations_and_look_alikes_are_not_flagged(text):
    assert crisis.risk_level(text) not in FLAGGED


def test_the_contraction_is_rewritten_only_in_a_portuguese_sentence():
    assert without_portuguese_no("No mês passado ", "No mês passado tentei me matar") == "em mês passado "
    assert without_portuguese_no("No ", "No quiero morir") == "No "
    assert without_portuguese_no("No me ", "No me corto desde hace un año") == "No me "
