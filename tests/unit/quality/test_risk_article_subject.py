"""Spanish "el" and Italian "il" read as articles, not as a third person (twenty-eighth session).

A sentence-initial article was read by stage one's subject reader as the third-person pronoun
("él", French "il"), so the writer's own disclosure was read as someone else's and decided none.
docs/quality.md, "Probes of written variants, main session (2026-12-06, twenty-eighth session)".
"""
import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk_langs import article_not_subject

FLAGGED = ("moderate", "high")

DISCLOSURES = [
    ("El suicidio se me pasa por la cabeza", "active_ideation"),
    ("El suicidio se me pasa por la cabeza cada noche desde que perdí el trabajo", "active_ideation"),
    ("Il mese scorso ho provato a farla finita col gas", "recent_attempt"),
    ("Il mese scorso ho provato a farla finita con le pastiglie", "recent_attempt"),
]

# someone else's risk, told with the pronoun: still not the writer's
THIRD_PERSON = [
    "Él se quiere matar y no sé qué hacer",
    "el se quiere matar y no se que hacer",
    "el dijo que quiere morirse",
    "el intentó suicidarse el mes pasado",
    "Il veut se tuer, il me l'a dit hier",
    "Il dit qu'il veut mourir",
    "Il a essayé de se suicider la semaine dernière",
    "Il mio amico vuole uccidersi",
    "Lui ha provato a farla finita il mese scorso",
]


@pytest.mark.parametrize("text,category", DISCLOSURES)
def test_a_sentence_initial_article_is_no_third_person(text, category):
    assert crisis.risk_category(text) == category
    assert crisis.risk_level(text) in FLAGGED


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_the_pronoun_still_reads_as_someone_else(text):
    assert crisis.risk_level(text) not in FLAGGED


@pytest.mark.parametrize("word,after,sentence,article", [
    ("El", " suicidio se me pasa", "El suicidio se me pasa por la cabeza", True),
    ("el", " mes pasado", "el mes pasado lo intenté", True),
    ("el", " se quiere matar", "el se quiere matar", False),
    ("el", " no quiere vivir", "el no quiere vivir", False),
    ("el", " intento de suicidio", "el intento de suicidio", True),
    ("el", " intentó matarse", "el intentó matarse", False),
    ("Il", " mese scorso ho provato", "Il mese scorso ho provato a farla finita col gas", True),
    ("Il", " veut mourir", "Il veut mourir, il me l'a dit", False),
    ("Il", " pense au suicide", "Il pense au suicide tous les jours", False),
    ("he", " wants to die", "he wants to die", False),
])
def test_article_reading(word, after, sentence, article):
    assert article_not_subject(word, after, sentence) is article
