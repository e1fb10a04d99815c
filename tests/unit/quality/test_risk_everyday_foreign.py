"""Everyday counselling complaints in other languages (sleep, stress at work, quarrels, exam nerves,
wondering about a diagnosis; no word of dying) are no disclosure: before the thirteenth session 8 of
these 45 read moderate or high (sleeping badly as a recent attempt or a plan, "Penso di avere la
depressione" as active ideation). Written with the stage-one spans in mind (``sleep_talk``,
``diagnosis_talk``, ``medication_talk``): a regression guard, not a measure."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis

COMPLAINTS = [
    'Creo que tengo ansiedad desde que empecé el trabajo nuevo.',
    'No duermo bien desde hace semanas y estoy muy cansada.',
    'Mi novio y yo discutimos todo el tiempo por tonterías.',
    'Me cuesta concentrarme en clase y mis notas han bajado.',
    '¿Es normal sentirse tan nerviosa antes de un examen?',
    "Je me demande si j'ai un TDAH, je n'arrive pas à me concentrer.",
    'Je dors mal depuis des semaines à cause du stress au travail.',
    'Ma mère et moi on se dispute tout le temps.',
    "J'ai l'impression que personne ne m'écoute au boulot.",
    "Est-ce que c'est normal d'avoir des crises d'angoisse le matin?",
    'Ich glaube, ich habe eine Angststörung.',
    'Ich schlafe seit Wochen schlecht und bin ständig müde.',
    'Mein Chef setzt mich unter Druck und ich kann nicht abschalten.',
    'Ich streite mich oft mit meiner Schwester.',
    'Ist es normal, dass ich vor Prüfungen so nervös bin?',
    'Penso di avere la depressione, non ho voglia di fare niente.',
    'Non riesco a dormire bene da settimane.',
    'Litigo sempre con il mio ragazzo per cose stupide.',
    'Al lavoro mi sento sempre sotto pressione.',
    'È normale avere attacchi di panico prima di parlare in pubblico?',
    'Acho que tenho TDAH, não consigo me concentrar em nada.',
    'Não durmo direito há semanas.',
    'Brigo muito com a minha mãe.',
    'Estou muito estressada com a faculdade.',
    'É normal sentir ansiedade antes de uma entrevista de emprego?',
    'Myślę, że mam depresję, nic mnie nie cieszy.',
    'Od tygodni źle śpię.',
    'Ciągle kłócę się z mężem.',
    'W pracy jestem pod ogromną presją.',
    'Czy to normalne, że tak się stresuję przed egzaminem?',
    'Ik denk dat ik een burn-out heb.',
    'Ik slaap al weken slecht.',
    'Ik heb vaak ruzie met mijn vriend.',
    'Mijn werk geeft me veel stress.',
    'Is het normaal dat ik zo zenuwachtig ben voor een sollicitatie?',
    'Sanırım depresyondayım, hiçbir şeyden zevk almıyorum.',
    'Haftalardır iyi uyuyamıyorum.',
    'Annemle sürekli tartışıyoruz.',
    'İşte çok stres altındayım.',
    'Мне кажется, у меня депрессия, ничего не радует.',
    'Я уже несколько недель плохо сплю.',
    'Мы постоянно ссоримся с мужем.',
    'На работе я под постоянным давлением.',
    'No puedo dormir por las noches.',
    'Je suis épuisée, je travaille trop.',
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_an_everyday_complaint_is_no_disclosure(text):
    assert crisis.risk_level(text) in ("none", "low")
