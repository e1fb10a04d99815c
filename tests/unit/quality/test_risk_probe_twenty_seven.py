"""Risk stage one, round twenty-seven (2026-12-06, twenty-seventh session): disclosures a probe of 150 written
turns found missing (plan and preparation without a death word, attempts told by a stomach pumped or waking in
intensive care in other languages, charcoal with tape), each pinned beside look-alikes that use the same words
for an everyday reason (a move, a new job, retiring, a wedding, a barbecue, drink, a pet). Stage one names the
disclosures; the learned stage confirms them as it does every pattern-named turn. docs/quality.md, "Risk probes,
round twenty-seven"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # preparation without a death word
    ("Deleted my accounts and wrote my passwords down for my brother for after.", "plan_preparation"),
    ("I've been saying goodbye to people without them realising, one coffee at a time.", "plan_preparation"),
    ("I've asked my neighbour to take the cat after next Friday. She has no idea what it's for.", "plan_preparation"),
    ("I arranged for my sister to take the dog, she thinks I'm going travelling.", "plan_preparation"),
    # debts settled and possessions given away in one turn
    ("Had a long call with the bank and finally cleared the credit card. Then I rang the landlord and gave notice. "
     "I've given most of my clothes to the charity shop and my books to a friend. It feels tidy now.", "plan_preparation"),
    ("Hoy fui al banco y dejé pagadas todas mis deudas. También le di mi guitarra a un amigo, ya no hace falta.",
     "plan_preparation"),
    # the future cancelled
    ("I cancelled the dentist and the gym because I won't be around to use them.", "intent"),
    ("I haven't made any plans after the 20th, there won't be an after for me.", "intent"),
    # a vehicle wished to hit me
    ("Honestly I'd be fine if a bus hit me tomorrow.", "passive_wish"),
])
def test_english_disclosures(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize(("text", "category"), [
    ("Ich bin auf der Intensivstation aufgewacht, sie haben mir den Magen ausgepumpt.", "recent_attempt"),
    ("Ik werd wakker op de spoedeisende hulp, ze hadden mijn maag leeggepompt.", "recent_attempt"),
    ("Я очнулась в реанимации, мне промыли желудок.", "recent_attempt"),
    ("Вчера мне промыли желудок.", "recent_attempt"),
    ("我在急诊室醒来，他们给我洗了胃。", "recent_attempt"),
    ("目が覚めたら救急病院で、胃洗浄をされていた。", "recent_attempt"),
    ("Aku bangun di UGD, perutku dikuras.", "recent_attempt"),
    ("Comprei carvão e fita e guardei no porta-malas do carro.", "plan_preparation"),
    ("我买了木炭和胶带，放在车里。", "plan_preparation"),
    ("Ich habe schon einen Tag ausgesucht, danach ist alles vorbei.", "plan_preparation"),
    ("Benden sonra bakması için kedimi arkadaşıma verdim.", "plan_preparation"),
])
def test_other_language_disclosures(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # the same acts for an everyday reason (each read as preparation on the base)
    "Since I'm retiring in June I wrote goodbye letters to my pupils.",
    "We picked the date for the wedding, June the 14th!",
    "I bought charcoal for the barbecue on Saturday.",
    "J'ai donné mes vêtements à une association parce que je déménage.",
    "Ho regalato i miei vestiti perché mi trasferisco in un appartamento più piccolo.",
    "كتبت رسالة وداع لزملائي لأنني سأنتقل إلى عمل جديد.",
])
def test_everyday_reasons_read_none(text):
    assert classify(text)[0] == "none"
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize("text", [
    # look-alikes of the new patterns: the same words, no disclosure
    "I wrote the wifi password down for the guests for after dinner.",
    "I've been saying goodbye to the neighbours without them realising we're moving.",
    "I asked mum to take the kids on Saturday, she thinks I'm going to the gym but it's for her surprise party.",
    "I won't be around to use the car next month, I'm moving to Spain.",
    "I'd be fine if a bus came soon, it's freezing at this stop.",
    "Mir wurde der Magen ausgepumpt, weil ich zu viel Alkohol getrunken hatte.",
    "Der Tierarzt hat unserem Hund den Magen ausgepumpt.",
    "Мне промыли желудок, потому что я отравился грибами.",
    "我买了木炭和胶带，周末烧烤要用。",
    "Comprei carvão e fita adesiva para o churrasco de domingo.",
    "Benden sonra nöbete gelen hemşire hastalara bakacak.",
    "Perutku dikuras karena keracunan makanan di pesta.",
    "Wir haben einen Tag für die Hochzeit ausgesucht.",
    "We're moving to Leeds so I paid off the credit card and gave my clothes away.",
    "Pagué todas mis deudas y le di mi guitarra a mi primo porque me mudo a Chile.",
    "Le di mi guitarra a mi primo por su cumpleaños.",
])
def test_look_alikes_read_none(text):
    assert crisis.risk_level(text) not in _FLAGGED


# Second pass (branch riskprobe27b, docs/quality.md "Risk probes, round twenty-seven, second pass"): food refused
# as a punishment of oneself, hitting oneself and a lighter held to the arm in other languages, never to have been
# born and a car wished to run me over in other languages, an attempt told in Italian and Japanese, ideation in
# texting ("kms", "ctb", "unalive"), a car kept at speed towards a wall. Each beside look-alikes of the same words.
@pytest.mark.parametrize(("text", "category"), [
    ("Je ne mange plus rien pendant deux jours pour me punir.", "nssi"),
    ("Passo dias sem comer como castigo por ser assim.", "nssi"),
    ("Głodzę się za karę, kiedy coś mi nie wyjdzie.", "nssi"),
    ("Я морю себя голодом в наказание за то, что я такая.", "nssi"),
    ("When I mess up at work I don't eat for the rest of the day, as a punishment.", "nssi"),
    ("Wenn ich versage, schlage ich mich selbst, bis blaue Flecken kommen.", "nssi"),
    ("A veces me doy golpes en la cabeza contra la pared hasta que me duele.", "nssi"),
    ("När ångesten blir för stark håller jag tändaren mot armen.", "nssi"),
    ("Keşke hiç doğmamış olsaydım.", "passive_wish"),
    ("Jag önskar att jag aldrig hade fötts.", "passive_wish"),
    ("Ich wünschte, ich wäre nie geboren.", "passive_wish"),
    ("Queria que um carro me atropelasse no caminho para o trabalho.", "passive_wish"),
    ("काश मैं कल सुबह उठूँ ही नहीं।", "passive_wish"),
    ("Ho provato a farla finita col gas della macchina, mi ha trovato mio fratello.", "recent_attempt"),
    ("先月、ロープを使って死のうとしたけど、途中で切れた。", "recent_attempt"),
    ("kms fr this time, im so done with everything", "active_ideation"),
    ("been thinking about ctb a lot lately", "active_ideation"),
    ("work was a mess today and i had to get two buses. honestly i wanna kms, i'm so tired of everything.",
     "active_ideation"),
    ("Every time I drive home I look at the concrete wall on the bypass and think about not braking.", "method"),
])
def test_second_pass_disclosures(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    "I didn't eat after midnight because of the blood test this morning.",
    "My parents used to punish me by sending me to bed without dinner.",
    "Ayuno en Ramadán, no como nada hasta que se pone el sol.",
    "Ich schlage mich irgendwie durch, der neue Job ist hart.",
    "Me doy golpes con todos los muebles, soy muy torpe.",
    "Jag håller tändaren mot ljuset tills det tar sig.",
    "Ojalá hubiera nacido en los sesenta, me encanta esa música.",
    pytest.param("Ich wünschte, ich wäre in Italien geboren.", marks=pytest.mark.xfail(strict=True, reason="the learned stage flags it, no pattern "
                                                 "matches (base too); left to the learned stage")),
    "Keşke daha önce doğmuş olsaydım, o konserleri görürdüm.",
    pytest.param("Quase um carro me atropelou hoje na passadeira.", marks=pytest.mark.xfail(strict=True, reason="the learned stage flags it, no pattern "
                                                 "matches (base too); left to the learned stage")),
    "Ho provato a farla finita col fumo, ma ho ripreso dopo una settimana.",
    pytest.param("Ho provato a farla finita con lui, ma continua a scrivermi.", marks=pytest.mark.xfail(strict=True, reason="the learned stage flags it, no pattern "
                                                 "matches (the base's 'farla finita' pattern did); left to the learned stage")),
    "lol i got unalived by a sniper in the first minute, gg",
    "gonna unalive this boss tonight, wish me luck",
    "i don't wanna kms, i'm just tired of this job",
    "On the ice I try not to brake hard near the wall of the car park.",
])
def test_second_pass_look_alikes_read_none(text):
    assert crisis.risk_level(text) not in _FLAGGED


# Second pass: an injury met in the kitchen or food skipped before a big meal out is set aside as the other
# accidents are (``_ACCIDENTAL``); said to be on purpose or to punish oneself it stays a disclosure (``_MEANT``).
@pytest.mark.parametrize("text", [
    "I've been starving myself all day because we're going out for a big dinner tonight.",
    "Me quemé la mano sacando la bandeja del horno.",
    "Queimei o braço ao tirar a travessa do forno, que dor.",
])
def test_second_pass_kitchen_and_meal_read_none(text):
    assert crisis.risk_level(text) not in _FLAGGED


@pytest.mark.parametrize("text", [
    "I've been starving myself for days to punish myself, even though we're going out for a big dinner.",
    "Me quemé el brazo a propósito, no fue sacando la bandeja del horno.",
])
def test_second_pass_meant_injuries_stay_flagged(text):
    assert classify(text)[0] == "nssi"
    assert crisis.risk_level(text) in _FLAGGED
