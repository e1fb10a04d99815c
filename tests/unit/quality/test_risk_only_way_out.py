"""Death as the only way out, and the wish to die that does not go away, said as nouns (twenty-eighth session).

Before, stage one and the learned stage read most of these as none in every language but one or two
("Selbstmord scheint mir der einzige Ausweg", "Il desiderio di morire non se ne va", "The desire to die
never leaves me"). docs/quality.md, "Probes of written variants, main session (2026-12-06, twenty-eighth
session)".
"""
import pytest

from services.quality.checks.counselling import crisis

FLAGGED = ("moderate", "high")

DISCLOSURES = [
    "Le suicide me semble la seule issue",
    "Selbstmord scheint mir der einzige Ausweg",
    "O suicídio parece a única saída",
    "El suicidio me parece la única salida",
    "Zelfmoord lijkt de enige uitweg",
    "Samobójstwo wydaje mi się jedynym wyjściem",
    "Il suicidio è l'unica soluzione per me",
    "Intihar tek çıkış yolu gibi geliyor",
    "La única salida es el suicidio",
    "A única saída é morrer",
    "L'unica soluzione è morire",
    "Der einzige Ausweg ist der Tod",
    "De enige uitweg is de dood",
    "Der Wunsch zu sterben geht nicht weg",
    "De wens om dood te gaan gaat niet weg",
    "Chęć śmierci mnie nie opuszcza",
    "Ölme isteği geçmiyor",
    "El deseo de morir no se me va",
    "Il desiderio di morire non se ne va",
    "Dying seems like the only solution now",
    "The desire to die never leaves me",
    "The wish to be dead keeps getting stronger",
]

LOOK_ALIKES = [
    "El suicidio nunca es la única salida",
    "El suicidio no es la única salida, hay ayuda",
    "Le suicide n'est jamais la seule solution",
    "Na palestra falamos que o suicídio não é a única saída",
    "Intihar asla tek çözüm değil",
    "Der Tod meines Vaters war für ihn der einzige Ausweg",
    "Mi hermano dice que el suicidio es la única salida",
    "Ele acha que a única saída é morrer",
    "Mein Bruder sagt, der Wunsch zu sterben geht nicht weg",
    "La única salida del edificio estaba cerrada",
    "Der einzige Ausweg aus dem Vertrag ist die Kündigung",
    "La muerte de mi abuela, la única que me entendía",
    "Il desiderio di morire nei pazienti terminali è un tema del corso",
    "In het boek is de dood de enige uitweg voor de held",
    "Die einzige Lösung ist mehr Schlaf",
    "La única solución es hablar con mi jefe",
    "Dying is never the only solution",
    "The desire to die at home is common among patients",
    "My mum said the wish to die never left her in those years",
    "Buying a house seems like the only solution",
    "The urge to eat never goes away when I diet",
    # (review28b) the ending idiom done with a person or a job, told as the only way out or a wish that stays
    "Farla finita con lui era l'unica soluzione, mi tradiva",
    "L'envie d'en finir avec ce boulot ne me quitte pas",
    "The desire to end it all with this job never leaves me",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_death_as_the_only_way_out_or_a_wish_that_stays_is_ideation(text):
    assert crisis.risk_category(text) == "active_ideation"
    assert crisis.risk_level(text) in FLAGGED


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text):
    assert crisis.risk_level(text) not in FLAGGED
