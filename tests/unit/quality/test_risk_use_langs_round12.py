"""Stage one in USE-m3's 14 languages, round twelve (``risk_use_langs``, fifteenth session, 2026-12-05).

Recall: round eleven's patterns back (a plan or preparation, a passive wish, active ideation said
obliquely) and more general forms in Chinese (simplified, traditional, chat slang) and Polish, the
weakest languages on the blind sets. Precision, narrowly: a negation binds only its own clause (a comma or
a "but" ends it), a denial is cut by stage one only when nothing else in the turn holds a pattern or a
cue (round eleven cut a denial's whole clause and lost disclosures said beside it), and a Korean or
Japanese turn that tells only of someone else's risk is decided as none (``crisis.third_alone``)."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk, risk_use_langs
from services.quality.checks.prefilter import Folded, guard

DISCLOSURES = [
    # zh: simplified, traditional, chat slang
    ("zh", "passive_wish", "要是我不在了，爸妈应该会轻松很多吧"),
    ("zh", "passive_wish", "真的不想再撑下去了"),
    ("zh", "passive_wish", "每天都希望一觉不醒"),
    ("zh", "passive_wish", "活著好累，不想活了"),
    ("zh", "plan_preparation", "在网上查了安眠药要吃几瓶"),
    ("zh", "plan_preparation", "药片我都藏起来了，攒了二十多颗了"),
    ("zh", "plan_preparation", "后事我已经交代好了"),
    ("zh", "plan_preparation", "我的书和衣服都分给同学了，反正以后用不上了"),
    ("zh", "intent", "明天一早就从天台跳下去"),
    ("zh", "active_ideation", "好想紫砂"),
    ("zh", "nssi", "又拿美工刀划了手臂"),
    # pl: with and without diacritics
    ("pl", "passive_wish", "Nie chcę już żyć"),
    ("pl", "passive_wish", "nie chce juz zyc"),
    ("pl", "passive_wish", "Wszyscy mieliby spokój, gdyby mnie nie było"),
    ("pl", "passive_wish", "Chciałabym po prostu zasnąć i nigdy się nie obudzić"),
    ("pl", "plan_preparation", "Odkładam tabletki od lekarza, mam już sporo"),
    ("pl", "plan_preparation", "Oddałam kota sąsiadce, już mi nie będą potrzebne jego rzeczy"),
    ("pl", "plan_preparation", "Sprawdzałam, ile tabletek trzeba"),
    ("pl", "intent", "W piątek to zrobię"),
    ("pl", "nssi", "Nie umiem przestać się ciąć"),
    ("pl", "nssi", "Wczoraj znowu przypalałam się zapalniczką"),
    # the others
    ("tr", "passive_wish", "Artık yaşamak bile istemiyorum"),
    ("it", "passive_wish", "Non ce la faccio più a vivere"),
    ("it", "intent", "Domani la faccio finita"),
    ("ja", "plan_preparation", "通帳の暗証番号はメモに書いて残した"),
    ("th", "plan_preparation", "เก็บยาไว้ในลิ้นชักเยอะแล้ว"),
    ("ko", "passive_wish", "내가 없어지면 다들 편할 거야"),
    ("pt", "plan_preparation", "Já organizei tudo pra quando eu não estiver mais aqui"),
    ("es", "plan_preparation", "Ya no los voy a necesitar, regalé todos mis libros"),
    ("de", "plan_preparation", "Ich habe den Tag festgelegt, es ist alles geregelt"),
    # round eleven's, back
    ("it", "plan_preparation", "ho scelto il giorno, sarà dopo il compleanno"),
    ("zh", "active_ideation", "没有一天不想死"),
    ("nl", "passive_wish", "Ik ben het leven zo moe"),
]

# a negation or a denial beside a disclosure it does not bind: at risk, and stage one says so
WITH_NEGATION = [
    ("it", "Non voglio morire, ma non ce la faccio più a vivere così"),
    ("tr", "Ölmek istemiyorum ama artık yaşamak da istemiyorum"),
    ("zh", "不想死，但是活着太累了，真想一觉不醒"),
    ("pl", "Nie chcę się zabić, ale codziennie myślę, że byłoby lepiej, gdyby mnie nie było"),
    ("pl", "Nie jestem pijana, naprawdę chcę się zabić"),
    ("ko", "죽고 싶진 않은데 내가 없어지면 다들 편할 거야"),
]

# the negation bound to the very verb or noun it denies, and nothing else: not at risk
DENIALS = [
    ("pl", "Nigdy nie myślałem o samobójstwie"),
    ("zh", "我从来没有想过自杀"),
    ("it", "Non ho mai pensato di farmi del male"),
    ("ja", "自分を傷つけるようなことは絶対しません"),
    ("tr", "Kendimi öldürmeyi hiç düşünmedim"),
    ("ko", "자살 생각은 없어요"),
    ("nl", "Ik doe mezelf geen pijn"),
    ("pt", "Nunca me machuquei de propósito"),
]

# someone else's risk, an idiom: stage one names no disclosure
HARD_NEGATIVES = [
    ("zh", "我闺蜜上周割腕了，我该怎么陪她"),
    ("zh", "想死你了，快回来吧"),
    ("pl", "Mój brat mówi, że nie chce już żyć"),
    ("nl", "Ik wil niet dood, ik wil gewoon een nacht doorslapen"),
    ("tr", "Kendimi kesmiyorum, kedi tırmaladı kolumu"),
]

THIRD_PERSON = [("ko", "동생이 손목을 그었대요"), ("ja", "妹がリスカしてるみたい"), ("ko", "친구가 자해를 한대요"),
                ("ja", "友達が死にたいって言ってる")]
THIRD_PERSON_WITH_OWN = [("ko", "동생이 손목을 그었대요. 나도 죽고 싶어"), ("ja", "妹がリスカしてるみたい。私も死にたい")]


@pytest.mark.parametrize("lang,category,text", DISCLOSURES)
def test_disclosure_is_named_by_stage_one(lang, category, text):
    assert risk.classify.__wrapped__(text) == (category, True)
    assert crisis.possible(Folded(text))


@pytest.mark.parametrize("lang,text", WITH_NEGATION)
def test_a_negation_beside_a_disclosure_does_not_hide_it(lang, text):
    assert risk.classify.__wrapped__(text)[0] != "none"
    assert crisis.risk_category(text) != "none"


@pytest.mark.parametrize("lang,text", DENIALS)
def test_a_bound_denial_alone_is_decided_none_by_stage_one(lang, text):
    assert risk.classify.__wrapped__(text) == ("none", True)  # a mention
    assert risk.without_negated(text) == ""  # cut by stage one: nothing left
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("lang,text", HARD_NEGATIVES)
def test_hard_negative_is_not_a_disclosure(lang, text):
    assert risk.classify.__wrapped__(text)[0] == "none"


def test_a_denial_is_not_cut_when_the_turn_holds_a_cue_elsewhere():
    # the sentence's own words are left to the learned stage: nothing is cut
    text = "Nie mam myśli samobójczych. Ale nie widzę już sensu w niczym i nie śpię od tygodni"
    assert risk_use_langs.negation_spans(text, Folded(text))
    assert risk.without_negated(text) is None


@pytest.mark.parametrize("lang,text", THIRD_PERSON)
def test_someone_elses_risk_in_korean_and_japanese_is_none(lang, text):
    assert risk_use_langs.third_person_spans(text)
    assert crisis.third_alone(crisis.reading(text))
    assert crisis.risk_category(text) == "none"
    assert crisis.risk_level(text) == "low"  # still a mention


@pytest.mark.parametrize("lang,text", THIRD_PERSON_WITH_OWN)
def test_someone_elses_risk_beside_the_writers_own_is_read(lang, text):
    assert not crisis.third_alone(crisis.reading(text))
    assert crisis.risk_category(text) != "none"


def test_the_any_masks_hold_every_branch():
    # a sum of bits carries when two branches share a guard: the masks are ORs
    for branches, mask in ((risk_use_langs._ASCII_ALL, risk_use_langs._ASCII_ANY_MASK),
                           (risk_use_langs._RAW_ALL, risk_use_langs._RAW_ANY_MASK)):
        for b in branches:
            assert mask >> guard(b).gid & 1, b.pattern


def test_every_denial_branch_has_a_guard_literal():
    for branches in (*risk_use_langs._DENIAL_ASCII_BRANCHES.values(), *risk_use_langs._DENIAL_RAW_BRANCHES.values()):
        for branch in branches:
            assert not guard(branch).may_match(Folded("the quick brown fox jumps over the lazy dog")), branch.pattern


def test_english_meets_no_denial():
    for text in ("I never thought about suicide", "No, I don't want to die", "I would never hurt myself",
                 "Nope, not suicidal, just tired of work"):
        folded = Folded(text)
        assert not risk_use_langs.negation_spans(text, folded)
