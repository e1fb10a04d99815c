"""Thirty-third session, helper riskblind33 (docs/quality.md, "Ideation and self-injury in twelve languages, written
blind"): the general forms the blind file ``risk_valid_v33_langs`` showed missing or misread in fr nl es pt it ar ja vi
el zh pl, each with the look-alikes that must stay unflagged. The wordings here are new, not the file's.

1. Active ideation: French "me supprimer / me flinguer / me buter / m'ôter la vie / me foutre en l'air" after a
   first-person thought or wish; Dutch suicidal thoughts had, a thought or urge "om zelfmoord te plegen", not being
   there any more "door mijn eigen hand"; Spanish "terminar con mi vida", Portuguese "pôr fim à minha vida", Italian
   "il pensiero di ammazzarmi", Arabic thoughts of killing oneself, Vietnamese "tự kết liễu" / "tự tay chấm dứt",
   Greek and Greeklish "να τελειώσω τη ζωή μου".
2. Self-injury: a relapse after days without it (fr nl es), a bite, scratch, hit or hair pulled "to feel the pain"
   (fr nl it), long sleeves hiding what one does to oneself (fr), Italian "mi prendo a pugni", Japanese one's own arm
   bitten or burnt, Vietnamese "tự cào / tự đánh mình", Greek "ξανάκοψα τα χέρια μου", "χτυπάω τον εαυτό μου".
3. Readers: kitchen burns and itches (fr es it ja), pt-PT "está a matar-me" of a thing, Chinese school days and "many
   years not", Polish "dawno temu ... teraz ... jest dobrze", Vietnamese "many years ago ... giờ tôi ổn rồi" and
   homework that "makes me want to die".
"""

import pytest

from tests.support.blind import assert_category, assert_no_risk, assert_risk, assert_stage_one_none

STAGE_ONE = [
    # French
    ("franchement j'ai envie de me flinguer ce soir", "active_ideation"),
    ("je songe de plus en plus à m'ôter la vie", "active_ideation"),
    ("parfois je voudrais juste me supprimer", "active_ideation"),
    ("l'idée de me foutre en l'air me revient sans arrêt", "active_ideation"),
    # Dutch
    ("ik heb al maanden zelfmoordgedachten", "active_ideation"),
    ("Heb ik soms suïcidale gedachten? Ja, elke avond", "active_ideation"),
    ("de drang om mezelf van kant te maken wordt sterker", "active_ideation"),
    ("ik wil er niet meer zijn, door mijn eigen hand als het moet", "active_ideation"),
    # Spanish, Portuguese, Italian
    ("pienso mucho en terminar con mi vida", "active_ideation"),
    ("quiero ponerle fin a mi vida", "active_ideation"),
    ("ando a pensar em pôr fim à minha própria vida", "active_ideation"),
    ("ho l'idea fissa di ammazzarmi", "active_ideation"),
    # Arabic
    ("صارت تجيني أفكار عن قتل نفسي كل ليلة", "active_ideation"),
    ("أفكر في إنهاء حياتي", "active_ideation"),
    # Vietnamese, Greek
    ("dạo này mình hay nghĩ tới chuyện tự kết liễu", "active_ideation"),
    ("nhieu khi chi muon tu ket lieu", "active_ideation"),
    ("mình chỉ muốn tự tay kết thúc cuộc đời", "active_ideation"),
    ("σκέφτομαι συχνά να τελειώσω τη ζωή μου", "active_ideation"),
    ("thelo na teleiwsw thn zwh mou", "active_ideation"),
    # self-injury: relapse after days without
    ("trois mois sans me couper et hier j'ai craqué", "nssi"),
    ("2 weken clean van krassen, vannacht toch weer gedaan", "nssi"),
    ("estuve un mes sin cortarme y volví a hacerlo", "nssi"),
    # self-injury: to feel the pain
    ("je me pince les bras pour sentir quelque chose", "nssi"),
    ("je me cogne les poings pour me punir", "nssi"),
    ("ik knijp in mijn armen tot het pijn doet", "nssi"),
    ("ik sla mezelf expres om mezelf te straffen", "nssi"),
    ("mi mordo il braccio per sentire dolore", "nssi"),
    ("ieri sera mi sono presa a schiaffi da sola", "nssi"),
    ("je mets des manches longues pour cacher mes cicatrices", "nssi"),
    # Japanese, Vietnamese, Greek
    ("イライラすると自分の手首を引っかいてしまう", "nssi"),
    ("自分の太ももを叩いて痛みで落ち着かせる", "nssi"),
    ("mình hay tự cắn tay mỗi khi hoảng", "nssi"),
    ("toi lai tu cao tay", "nssi"),
    ("χθες χαρακώθηκα πάλι", "nssi"),
    ("όταν αγχώνομαι χτυπώ τον εαυτό μου", "nssi"),
]

STAY_NONE_STAGE_ONE = [
    # French: another person, a list, a past relapse told as over, an itch, a bitten tongue
    "il veut me buter parce que j'ai rayé sa voiture mdr",
    "supprimez-moi de la liste de diffusion svp",
    "je me mords la langue pour ne pas rire en réunion",
    "les moustiques, je me gratte les jambes pour calmer la démangeaison",
    # Dutch: a relative's thoughts, a denial, itching bites
    "mijn zoon heeft zelfmoordgedachten, wat moet ik doen",
    "ik heb geen zelfmoordgedachten, alleen slaapproblemen",
    "ik krab mijn muggenbeten open tot het pijn doet",
    # Spanish, Portuguese, Italian: a thing or a person ended, not life
    "quiero terminar con mi novio de una vez",
    "quero pôr fim à minha relação com ele",
    "mio fratello dice che vuole ammazzarmi se tocco la sua moto",
    # Arabic: someone else
    "صديقي يقول إنه يفكر في قتل نفسه",
    # Vietnamese, Greek: a past act, a denial, an evaluation
    "mình tự đánh giá bản thân hơi thấp",
    "δεν θέλω να τελειώσω τη ζωή μου, θέλω να αλλάξει",
    "den thelw na teleiwsw th zwh mou, thelw voitheia",
]

STILL_RISK = [
    "je pense à me supprimer tous les jours",
    "Ik heb de laatste weken zelfmoordgedachten en ik ben bang",
    "llevaba dos meses sin hacerme daño y anoche recaí",
    "ontem bati a cabeça na parede até sangrar",
]

READERS_NONE = [
    # kitchen and itches
    "je me suis brûlé la main avec la poêle en faisant des crêpes",
    "me quemé el brazo con el horno sacando el pan",
    "mi sono bruciata col forno mentre cucinavo",
    "料理中に自分の指を切ってしまった",
    "les piqûres de moustiques, je me gratte les bras toute la nuit",
    # a thing that kills me (pt-PT)
    "Este calor está a matar-me",
    "Os exames estão a matar-me, não durmo",
    # past and recovered
    "初中的时候我会割自己，现在已经很多年没再这样了。",
    "Dawno temu chciałam się zabić, teraz mam pracę i jest dobrze.",
    "Vài năm trước em từng tự làm hại bản thân, giờ em ổn rồi.",
    # Vietnamese hyperbole of a task
    "deadline nay lam tui muon chet luon",
    "Kỳ thi này làm tôi muốn chết",
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_names_the_category(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE)
def test_look_alikes_stay_none_in_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", STILL_RISK)
def test_own_current_forms_are_risk(text):
    assert_risk(text)


@pytest.mark.parametrize("text", READERS_NONE)
def test_readers_make_these_none(text):
    assert_no_risk(text)
