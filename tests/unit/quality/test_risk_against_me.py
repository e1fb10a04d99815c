"""Stage one reads "kill me" said of another's threat or intent as the speaker's target, not as the
speaker's own ideation (``risk._AGAINST_ME``): in German, French, Spanish, Portuguese and Italian the
infinitive's object pronoun ("mich umzubringen", "me tuer", "matarme", "me matar", "uccidermi") was
taken for a first-person disclosure. The speaker's own threat or wish stays a disclosure."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk

OTHERS = [
    "Mein Mann hat mir gedroht, mich umzubringen, wenn ich gehe.",
    "Er will mich umbringen, ich habe solche Angst vor ihm.",
    "Sie hat mir damit gedroht, mich umzubringen.",
    "Il veut me tuer, il l'a dit devant mes enfants.",
    "Mon mari m'a menacée de me tuer si je pars.",
    "Mi padre me amenazó con matarme.",
    "Ella quiere matarme, lo juro.",
    "Ele quer me matar, estou com medo.",
    "O meu ex ameaçou-me de me matar.",
    "Lui vuole uccidermi, mi ha minacciato di nuovo.",
    "Mi ha minacciato di uccidermi se parlo.",
    # a third person's form of the threat verb just before the infinitive
    "Mi ex amenazó con matarme si lo dejo.",
    "Il a menacé de me tuer hier soir.",
    "Er droht, mich umzubringen.",
    "Ele ameaçou me matar na frente dos meus filhos.",
    "Mio marito minaccia di uccidermi.",
]
OWN = [
    "Ich habe meiner Mutter gedroht, mich umzubringen, und jetzt bereue ich es.",
    "Ich will mich umbringen.",
    "Ich denke jeden Tag daran, mich umzubringen.",
    "Je veux me tuer ce soir.",
    "Quiero matarme, ya no aguanto más.",
    "Tengo ganas de matarme.",
    "Quero me matar.",
    "Voglio uccidermi.",
    "He threatened me and now I want to kill myself.",
    # the speaker's own threat verb
    "Amenacé con matarme y mi madre lloró.",
    "J'ai menacé de me tuer devant eux.",
    "Ich drohe damit, mich umzubringen, wenn das so weitergeht.",
    "Ameacei me matar ontem.",
    "Ho minacciato di uccidermi.",
    # forms of the threat verb that are, or could be, first person
    "He amenazado con matarme muchas veces.",
    "Ich drohte damit, mich umzubringen.",
    "Eu ameaçava me matar quando bebia.",
    # a threat word further back does not hide the speaker's wish
    "Siento una amenaza constante y quiero matarme.",
    "Il y a une menace partout, je veux me tuer.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_a_threat_against_the_speaker_is_not_their_ideation(text):
    category, mentioned = risk.classify(text)
    assert category == "none" and mentioned


@pytest.mark.parametrize("text", OWN)
def test_the_speakers_own_threat_or_wish_stays_a_disclosure(text):
    assert risk.classify(text)[0] == "active_ideation"
