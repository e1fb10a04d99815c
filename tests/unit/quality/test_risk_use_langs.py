"""Stage one in the 14 languages the learned stage reads with USE-m3 (``risk_use_langs``, fourteenth
session): a disclosure in each C-SSRS category's general form is named by stage one (before this
module, Korean, Japanese, Turkish, Arabic and Thai had no stage-one pattern at all, and USE alone
missed many of these turns), and the hard negatives of each language (idioms of dying, a friend's
risk, past and recovered, negation, news and study, accidents and haircuts) are not."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk, risk_use_langs
from services.quality.checks.prefilter import Folded

DISCLOSURES = [
    # ko: without spaces, slang, the negation after the verb not present
    ("ko", "active_ideation", "죽고싶다 진짜"),
    ("ko", "active_ideation", "진짜 죽고 싶어요 요즘"),
    ("ko", "active_ideation", "자살하고싶다 ㅠㅠ"),
    ("ko", "nssi", "나 어제 또 자해함"),
    ("ko", "nssi", "손목 그었어 방금"),
    ("ko", "method", "아파트 옥상에서 뛰어내릴까 봐"),
    ("ko", "intent", "다음주에 자살할 거야"),
    ("ko", "plan_preparation", "수면제 모아놨어 언제든 먹으려고"),
    ("ko", "recent_attempt", "응급실에서 깼어 약 먹고"),
    ("ko", "passive_wish", "그냥 사라지고 싶다"),
    # ja
    ("ja", "active_ideation", "死にたい…"),
    ("ja", "nssi", "リスカした"),
    ("ja", "recent_attempt", "昨日ODした"),
    ("ja", "passive_wish", "消えたいなあ"),
    ("ja", "method", "橋から飛び降りたい"),
    ("ja", "intent", "明日死ぬつもり"),
    # zh
    ("zh", "intent", "今晚就去死"),
    ("zh", "nssi", "割腕了"),
    ("zh", "active_ideation", "真的活不下去了"),
    # tr: with and without diacritics, the person and the negation in the verb
    ("tr", "active_ideation", "intihar etmek istiyorum"),
    ("tr", "active_ideation", "olmek istiyorum artik"),
    ("tr", "nssi", "kendimi kesiyorum"),
    ("tr", "nssi", "Kolumu sigarayla yakıyorum kimse bilmiyor"),
    ("tr", "intent", "yarin kendimi oldurecegim"),
    ("tr", "recent_attempt", "dun butun haplari ictim hastanede uyandim"),
    # pl
    ("pl", "active_ideation", "chcę umrzeć"),
    ("pl", "nssi", "tnę się"),
    ("pl", "nssi", "tne sie od roku"),
    ("pl", "intent", "Postanowiłem, że w sobotę się zabiję."),
    # pt es it nl de fr
    ("pt", "active_ideation", "quero morrer"),
    ("pt", "nssi", "me cortei de novo"),
    ("pt", "intent", "ja decidi, sabado eu me mato"),
    ("es", "nssi", "me corto los brazos"),
    ("it", "intent", "ho deciso, sabato mi ammazzo"),
    ("nl", "active_ideation", "ik wil dood"),
    ("nl", "nssi", "als ik boos ben brand ik mezelf met een aansteker"),
    ("de", "nssi", "wenn ich wütend bin, verbrenne ich mich mit dem Feuerzeug"),
    ("fr", "nssi", "je me suis encore scarifiée hier soir"),
    # ar ru th
    ("ar", "active_ideation", "بدي أموت"),
    ("ru", "active_ideation", "хочу умереть"),
    ("th", "active_ideation", "อยากตาย"),
    ("th", "nssi", "กรีดแขนตัวเองอีกแล้วเมื่อคืน"),
]

HARD_NEGATIVES = [
    ("ko", "죽고 싶지는 않아요 그냥 힘들어요"),  # negation after the verb
    ("ko", "자해 안 해요"),
    ("ko", "친구가 자살하고 싶대요"),  # a friend's
    ("ko", "배고파 죽겠다"),  # idiom
    ("ko", "감기약 몇 알 먹어야 돼요?"),  # a medication question
    ("ko", "자살 예방 캠페인 기사 봤어"),
    ("ko", "돈에 목을 매는 사람"),  # "to be desperate for money"
    ("ko", "책상에 머리 박고 잤어"),
    ("ko", "내가 없으면 우리 팀 망해"),
    ("ko", "고등학교 때 자해했었는데 지금은 완전 괜찮아요"),
    ("ja", "死にたくない"),
    ("ja", "死にたいわけじゃない、ただ疲れてる"),
    ("ja", "友達がリスカしてる"),
    ("ja", "恥ずかしくて消えたい"),
    ("ja", "飛び込み営業がつらい"),
    ("ja", "自殺のニュースを見た"),
    ("zh", "我朋友割腕了"),
    ("zh", "笑死了"),
    ("tr", "intihar etmek istemiyorum"),
    ("tr", "arkadaşım kendini kesiyor"),
    ("tr", "elimi kestim yemek yaparken"),
    ("tr", "ben olmasam bu iş yürümez"),
    ("tr", "lisedeyken kendimi keserdim ama yıllardır yapmıyorum"),
    ("tr", "on yıl önce intihar girişiminde bulundum, şimdi hayatım çok güzel"),
    ("pl", "nie chcę umrzeć"),
    ("pl", "gryzę się tym egzaminem"),
    ("pl", "wzięłam wszystkie dokumenty"),
    ("pl", "brat mówi że chce umrzeć"),
    ("pt", "me machuquei no futebol"),
    ("pt", "No livro, o personagem escreve uma carta de despedida antes da guerra."),
    ("es", "hace ocho años intenté suicidarme, hoy estoy bien y tengo dos hijos"),
    ("nl", "nee, ik denk niet aan zelfmoord, ik heb gewoon veel stress"),
    ("de", "ich habe mich beim Kochen geschnitten"),
    ("fr", "Je n'ai aucune envie de mourir, je suis juste stressé."),
    ("ru", "не хочу умирать"),
    ("ar", "ما بدي أموت"),
    ("ar", "قبل سنوات حاولت الانتحار والآن أنا بخير"),
    ("th", "ไม่อยากตาย"),
]


@pytest.mark.parametrize("lang,category,text", DISCLOSURES)
def test_disclosure_is_named_by_stage_one(lang, category, text):
    assert risk.classify.__wrapped__(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("lang,text", HARD_NEGATIVES)
def test_hard_negative_is_not_a_disclosure(lang, text):
    folded = Folded(text)
    assert not any(risk_use_langs.find(c, text, folded)[1] for c in risk_use_langs.ASCII_PATTERNS)


def test_english_meets_no_pattern():
    for text in ("I want to kill the bugs in my code", "My teacher said the happy test was fine",
                 "I cut my hair yesterday and I'm dying to show you", "She took all her pills on time today",
                 "I've been thinking about suicide prevention training at work"):
        folded = Folded(text)
        assert not any(risk_use_langs.find(c, text, folded)[0] for c in risk_use_langs.ASCII_PATTERNS)


def test_every_branch_has_a_guard_literal():
    # a branch whose guard passes every text would run on every turn (the module's cost promise)
    for branches in (*risk_use_langs._ASCII_BRANCHES.values(), *risk_use_langs._RAW_BRANCHES.values()):
        for branch in branches:
            assert not risk_use_langs.guard(branch).may_match(Folded("the quick brown fox jumps over the lazy dog")), branch.pattern


# -- round eleven (2026-12-05): plan and preparation, passive wish, oblique ideation; denials --------

ROUND11_DISCLOSURES = [
    # a date chosen, things given away, a dose looked up, pills put aside, arrangements left in writing
    ("zh", "plan_preparation", "日子已经选好了，下个月初"),
    ("ko", "plan_preparation", "날짜 잡았어 이번 달 말일"),
    ("ja", "plan_preparation", "その日はもう決めてる"),
    ("tr", "plan_preparation", "günü seçtim, pazar olacak"),
    ("pl", "plan_preparation", "wybrałam datę, przed świętami"),
    ("it", "plan_preparation", "ho già fissato la data, nessuno lo sa"),
    ("pt", "plan_preparation", "ja escolhi o dia, ninguem sabe"),
    ("nl", "plan_preparation", "ik heb de datum gekozen, niemand weet het"),
    ("zh", "plan_preparation", "把所有的衣服都送人了"),
    ("ja", "plan_preparation", "大切な物は全部妹に譲った"),
    ("it", "plan_preparation", "ho dato via tutto, non mi serve più niente"),
    ("tr", "plan_preparation", "eşyalarımı arkadaşlarıma verdim"),
    ("zh", "plan_preparation", "在网上搜了什么药过量会致死"),
    ("nl", "plan_preparation", "ik heb gegoogeld welke dosis dodelijk is"),
    ("pl", "plan_preparation", "szukałem jaka dawka jest śmiertelna"),
    ("it", "plan_preparation", "le pillole le ho messe da parte nell'armadio"),
    ("th", "plan_preparation", "เขียนจดหมายลาถึงพ่อแล้ว"),
    # passive wish: tired of living, better off without me, hoping not to wake
    ("zh", "passive_wish", "活着好累啊"),
    ("ko", "passive_wish", "이제 그만 살고 싶다"),
    ("ja", "passive_wish", "生きることに疲れちゃった"),
    ("ja", "passive_wish", "僕なんかいない方がいい"),
    ("tr", "passive_wish", "yaşamaktan bıktım artık"),
    ("pl", "passive_wish", "jestem zmęczona życiem"),
    ("it", "passive_wish", "sarebbe meglio per tutti se sparissi, starebbero tutti meglio senza di me"),
    ("pt", "passive_wish", "to cansada de viver"),
    ("nl", "passive_wish", "ze zijn beter af zonder mij"),
    ("de", "passive_wish", "ich bin lebensmüde"),
    ("fr", "passive_wish", "je suis fatigué de vivre"),
    # oblique active ideation: one step off the platform, ending it all; double negation
    ("zh", "active_ideation", "站在桥上想往前走一步"),
    ("ko", "active_ideation", "그냥 다 끝내고 싶어"),
    ("ja", "active_ideation", "もう全部終わりにしたい"),
    ("it", "active_ideation", "sul ponte penso che basterebbe un passo"),
    ("pl", "active_ideation", "na peronie myślę że wystarczy jeden krok"),
    ("pt", "active_ideation", "penso em acabar com tudo"),
    ("ko", "active_ideation", "죽고 싶지 않은 날이 없어"),
    ("it", "active_ideation", "non c'è giorno in cui non voglia morire"),
    # a negation that affirms is no denial ("nothing but the thought", "I can't stop")
    ("ko", "active_ideation", "요즘 죽고 싶다는 생각밖에 안 들어"),
    ("ko", "nssi", "또 팔 그었어 멈출 수가 없어"),
    ("ko", "method", "옥상 문이 열려 있는지 보고 왔어"),
]

# denied: stage one cuts the denial away, so the turn is decided without the learned stage reading the
# denied words as a disclosure (``risk.without_negated``; before, no stage-one match or none cut)
ROUND11_DENIALS = [
    ("ko", "죽고 싶지는 않아 그냥 좀 쉬고 싶어"),
    ("ko", "자살할 생각은 전혀 없어요"),
    ("ko", "자해 같은 건 절대 안 해"),
    ("ja", "死にたくない、ただ眠りたい"),
    ("ja", "自殺なんて考えたことないよ"),
    ("ja", "リスカはもうしてない"),
    ("zh", "我不想死，只是想休息"),
    ("zh", "我从来没想过自杀"),
    ("tr", "ölmek istemiyorum, sadece dinlenmek istiyorum"),
    ("tr", "kendime asla zarar vermem"),
    ("tr", "artık kendimi kesmiyorum"),
    ("pl", "nie chcę umierać, chcę odpocząć"),
    ("it", "non penso più al suicidio"),
    ("it", "non è che voglio morire, voglio cambiare lavoro"),
    ("pt", "nao tenho nenhuma intencao de tirar minha vida"),
    ("es", "no tengo ninguna intención de quitarme la vida"),
    ("nl", "ik zou mezelf nooit iets aandoen"),
    ("ru", "я не хочу умирать, просто устала"),
    ("ar", "ما أبي أموت، أبي أرتاح"),
    ("th", "ไม่อยากตาย แค่อยากนอน"),
]

ROUND11_NOT_DISCLOSURES = [
    ("ko", "친구가 날짜 정했대 결혼식"),
    ("it", "ho scelto la data del matrimonio"),
    ("pt", "escolhi a data da viagem"),
    ("tr", "tarihi belirledim, düğün haziranda"),
    ("zh", "我把书送给同学了"),
    ("ja", "友達が全部終わりにしたいって言ってた"),
    ("it", "mio cugino dice che è stanco di vivere"),
    ("ar", "بسبب ما يفعله زوجي بي أفكر في الانتحار."),  # "ما" as "what": no negation (a disclosure)
]


@pytest.mark.parametrize("lang,category,text", ROUND11_DISCLOSURES)
def test_round_eleven_disclosure_is_named_by_stage_one(lang, category, text):
    assert risk.classify.__wrapped__(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("lang,text", ROUND11_DENIALS)
def test_round_eleven_denial_is_cut_by_stage_one(lang, text):
    assert risk.classify.__wrapped__(text) == ("none", True)
    assert risk._negation_cut.__wrapped__(text) is not None
    assert risk.denied(text)


@pytest.mark.parametrize("lang,text", ROUND11_NOT_DISCLOSURES[:-1])
def test_round_eleven_hard_negative_is_not_a_disclosure(lang, text):
    assert risk.classify.__wrapped__(text)[0] == "none"


def test_arabic_ma_as_what_is_no_negation():
    text = ROUND11_NOT_DISCLOSURES[-1][1]
    assert risk.without_negated(text) is None  # the learned stage reads the turn, as before round eleven


def test_denial_patterns_leave_english_alone():
    for text in ("No, I'm not suicidal, I just feel tired", "I have no thoughts of suicide", "Non-fiction about suicide",
                 "no way I'd ever die on that hill"):
        folded = Folded(text)
        assert not any(risk_use_langs._denials(c, text, folded) for c in risk_use_langs.ASCII_PATTERNS)
        assert all(not neg for *_, neg in risk_use_langs.negation_spans(text, folded))


def test_every_denial_branch_has_a_guard_literal():
    for branches in (*risk_use_langs._DENIAL_ASCII_BRANCHES.values(), *risk_use_langs._DENIAL_RAW_BRANCHES.values()):
        for branch in branches:
            assert not risk_use_langs.guard(branch).may_match(Folded("the quick brown fox jumps over the lazy dog")), branch.pattern
