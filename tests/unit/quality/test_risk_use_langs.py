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
