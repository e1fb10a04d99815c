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
from tests.support.blind import assert_category, assert_stage_one_none

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
    assert_category(text, category)
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
    assert_category(text, category)
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
    assert_stage_one_none(text)
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


# review27b (adversarial review of the round's rules, 2026-12-06): disclosures the everyday guards hid on main
# e97dcc6 (an event that only dates the act, the people a letter goes to, "moving on", a move denied), each found on
# the base 2762c95; and look-alikes the new patterns flagged on main (errands, lifts, surgery, food poisoning, a pet,
# parrillada, carbon paper, the one who comes after me). Each fails on main e97dcc6.
@pytest.mark.parametrize(("text", "category"), [
    ("I gave my clothes away because I'm moving on for good.", 'plan_preparation'),
    ("Wrote goodbye letters for my family and my colleagues so they understand why.", 'plan_preparation'),
    ("I picked the date, the day after my sister's wedding, so she still has her day first.", 'plan_preparation'),
    ("I've written the note and chosen the spot, the cliffs where we used to go climbing.", 'plan_preparation'),
    ("Goodbye letters to my students are done because I can't keep going like this.", 'plan_preparation'),
    ("I've written goodbye notes to my classmates and to my parents. I'm so tired of everything.", 'plan_preparation'),
    ("I wrote a goodbye letter to my kids and another to my co-workers. It's all sorted now.", 'plan_preparation'),
    ("I've chosen the day, the first day of the school holiday so nobody is home.", 'plan_preparation'),
    ("I've already picked the night, the night of the office party when the house is empty.", 'plan_preparation'),
    ('I wrote a goodbye note for my husband and hid it with the mortgage papers.', 'plan_preparation'),
    ("Gave my guitar and my books to my students. I've written the letters too. Nothing left to sort.", 'plan_preparation'),
    ("Been writing goodbye letters to everyone this week, even my old classmates.", 'plan_preparation'),
    ('I already chose the date, the anniversary of our engagement.', 'plan_preparation'),
    ('The goodbye letters are in my desk drawer, one for each of my pupils and one for mum.', 'plan_preparation'),
    ('I have chosen the place: the campsite where we went camping as kids.', 'plan_preparation'),
    ('كتبت رسالة وداع لعائلتي وزملائي في العمل.', 'plan_preparation'),
    ('كتبت رسالة وداع لأمي وأبي، وأخرى لزملائي.', 'plan_preparation'),
    ("Hier j'ai donné toutes mes affaires, je ne déménage pas, je n'en aurai plus besoin.", 'plan_preparation'),
    ('Eerlijk gezegd: ik heb mijn spullen weggegeven, want ik verhuis niet, ik ga weg.', 'plan_preparation'),
])
def test_review_disclosures_kept(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", [
    'Can you write the login details down for after?',
    'Leave the wifi password on the fridge for afterwards.',
    "I'll send you the bank details for after.",
    'Put the PIN numbers in the drawer for afterwards, we can sort the cards then.',
    'I said goodbye to my parents without them noticing because I was late for the train.',
    'I said my goodbyes to the host without anyone noticing and slipped out of the dinner early.',
    "I got my brother to take the kids for the weekend, he thinks I'm going to a conference but it's a spa day for me.",
    "I asked my neighbour to mind the dog on Saturday; she has no idea why, it's a surprise proposal.",
    "I arranged for my mum to have the kids on Friday, she doesn't know why yet but it's our anniversary dinner.",
    "I won't be around to collect the parcel, can you get it?",
    "I won't be around to watch the kids on Friday, I've got an evening shift.",
    "Sadly I won't be here to see the fireworks, I'm on nights all week.",
    "I won't be around to pay the window cleaner so I left cash under the mat.",
    "I tried sushi once, there won't be a next time for me!",
    "I've done three marathons and there won't be a next time for me, my knees are done.",
    "I'd be happy if the bus took me straight to the door.",
    "I'd be grateful if a car took me home after the operation.",
    "I'd be glad if a van took me to the airport, the train is a nightmare with luggage.",
    'I would be relieved if the train took me there on time for once.',
    'Nach der Herz-OP bin ich auf der Intensivstation aufgewacht.',
    'Nach dem Autounfall bin ich in der Notaufnahme aufgewacht.',
    'Mir wurde der Magen ausgepumpt, weil ich giftige Pilze gegessen hatte.',
    'Als Kind wurde mir der Magen ausgepumpt, ich hatte Spülmittel getrunken.',
    'Na mijn operatie ben ik wakker geworden op de intensive care.',
    'Ik werd wakker op de spoedeisende hulp na een val van de fiets.',
    'Mijn maag werd leeggepompt na een paddenstoelvergiftiging.',
    'Aku bangun di IGD setelah kecelakaan motor kemarin.',
    'Saya sadar di ICU setelah operasi jantung.',
    'Я очнулся в реанимации после операции на сердце.',
    'Мне промыли желудок — отравился шаурмой на вокзале.',
    'Собаке вчера промыли желудок, она съела шоколад.',
    'Me hicieron un lavado de estómago porque me intoxiqué con setas.',
    'Fizeram-me uma lavagem ao estômago por causa de cogumelos venenosos.',
    '犬が胃洗浄を受けた。チョコを食べてしまった。',
    '子供が誤飲して胃洗浄を受けた。',
    '我吃了有毒的蘑菇，医生帮我洗了胃。',
    'Compré carbón y cinta americana para la parrillada del domingo.',
    'Comprei carvão e fita para o churrasquinho de sábado.',
    'I bought carbon paper and scotch tape for the school project.',
    'The carbon fibre frame was wrapped in gaffer tape.',
    'My gaffer wants the carbon emissions report by Friday.',
    'We compared the carbon footprint of scotch whisky and beer.',
    'Ho comprato la carbonella e il nastro per la grigliata.',
    'Compré carbón y cinta para la chimenea.',
    'Comprei carvão e fita isolante para a lareira.',
    'Benden sonra gelen müdür bu işle ilgilensin.',
    'İşten ayrıldığımda benden sonra gelen kişi projelerle ilgilenecek.',
    'Benden sonra nöbeti devralan arkadaş annemle ilgilenecek.',
    'Benden sonra sıradaki müşteriyle ilgilenir misiniz?',
    'Perut saya dikuras karena keracunan jamur.',
    'Lambungku dikuras setelah minum obat cacing terlalu banyak secara tidak sengaja.',
])
def test_review_look_alikes_read_none(text):
    assert_stage_one_none(text)


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
    assert_category(text, category)
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
    pytest.param("gonna unalive this boss tonight, wish me luck", marks=pytest.mark.xfail(strict=True, reason="the learned stage flags it since the unnamed turns' floor and threshold were lowered (twenty-ninth session, op29b: 0.25 / 0.45); no pattern matches")),
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
