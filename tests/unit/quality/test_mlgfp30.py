"""Risk stage one, mends from the false flags of ``general_langs.jsonl`` (everyday non-crisis user turns in 15
languages, written blind by the ``mlgfp30`` helper, thirtieth session, 2026-12-06): everyday life talk
(``life_talk``: quarrels with a flatmate, a partner or the family; having finished or settled everything before a
holiday or a trip; feeling lonely or crying; idioms of being killed for a small fault or dying of laughter, hunger
or shame) is cut by ``crisis.everyday_alone``, so the learned stage no longer reads it as risk in languages other
than English. Each pinned beside look-alikes that stay at risk (a wish to die, goodbye letters, self-injury beside
the same talk). And the separate first-look floor for cue-less turns of other languages
(``risk_model.FOREIGN_CUELESS_FLOOR``), a setting off by default. docs/quality.md, "mlgfp30 (thirtieth session)"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis, risk_model
from services.quality.checks.counselling.life_talk import life_spans


# each read as risk by the base code (learned stage alone), everyday talk: none
@pytest.mark.parametrize("text", [
    # quarrels
    "Ich habe seit Wochen Streit mit meinem Mitbewohner",
    "ルームメイトとまた喧嘩した",
    "Aku berantem lagi sama teman kos",
    # settled everything, then a holiday or a trip
    "Her şeyi bitirdim, yarın tatile çıkıyorum",
    "Ho chiuso tutto e domani parto per le ferie",
    "Wszystko skończyłam, jutro jadę na wakacje",
    # lonely, crying
    "Je me sens seule tous les soirs et je pleure",
    "Akhir-akhir ini aku merasa kesepian",
    "أشعر بالوحدة كثيرا",
    # idioms: killed by someone for being late, dying of embarrassment
    "또 늦으면 엄마한테 죽는다",
    "kalau telat lagi aku bakal dibunuh mama",
    "كنت رح أموت من الإحراج في العرض",
])
def test_everyday_life_talk_reads_none(text):
    assert crisis.risk_category(text) == "none"


# look-alikes that were none and stay none
@pytest.mark.parametrize("text", [
    "Weer ruzie met mijn huisgenoot over de afwas",
    "Опять поругалась с мужем из-за денег",
    "又跟室友吵架了，好烦",
    "Alles erledigt, morgen geht es in den Urlaub",
    "Всё доделал, завтра ухожу в отпуск",
    "Ich fühle mich abends so einsam und weine oft",
    "요즘 너무 외로워요",
    "Si llego tarde otra vez mi madre me mata",
    "Umieram ze śmiechu z tego filmu",
])
def test_look_alikes_stay_none(text):
    assert crisis.risk_category(text) == "none"


# the same talk beside a disclosure: still at risk
@pytest.mark.parametrize(("text", "category"), [
    ("Me siento sola y quiero morirme", "active_ideation"),
    ("Je me sens seule, je veux disparaître", "passive_wish"),
    ("Ich habe alles erledigt, die Briefe geschrieben, morgen ist es vorbei", "plan_preparation"),
    ("Ho litigato con mio padre e ho pensato di uccidermi", "active_ideation"),
    ("Czuję się samotna i chcę umrzeć", "active_ideation"),
    ("Kendimi yalnız hissediyorum, ölmek istiyorum", "active_ideation"),
    ("Мне одиноко, хочу умереть", "active_ideation"),
    ("Her şeyi hallettim, vedalaşma mektubumu yazdım", "plan_preparation"),
    ("Aku merasa kesepian dan ingin bunuh diri", "active_ideation"),
    ("أشعر بالوحدة وأريد أن أموت", "active_ideation"),
])
def test_disclosure_beside_life_talk_stays(text, category):
    assert crisis.risk_category(text) == category


def test_life_spans_keep_every_word_beside_death_or_goodbyes():
    assert life_spans("Ich habe Streit mit meinem Mitbewohner") != []
    assert life_spans("Ich habe Streit mit meinem Mitbewohner und denke an den Tod") == []
    assert life_spans("Me siento sola, tengo las pastillas guardadas") == []
    # settling everything with no holiday or trip word is no span (it may be a goodbye)
    assert life_spans("Her şeyi hallettim, yarın gidiyorum") == []
    assert life_spans("Ich habe alles erledigt, morgen ist es vorbei") == []
    # an idiom is cut, and death words inside it do not keep the turn whole
    assert life_spans("Si llego tarde mi madre me mata") != []


def test_foreign_cueless_floor_is_off_by_default(monkeypatch):
    m = risk_model.minilm_model()
    if m is None:
        pytest.skip("no learned stage installed")
    assert risk_model.FOREIGN_CUELESS_FLOOR is None
    text = "Сегодня грустно, всё валится из рук"
    assert risk_model._floor_threshold(m, text, "none")[0] == m.s1_floor
    named = risk_model._floor_threshold(m, text, "passive_wish")
    monkeypatch.setattr(risk_model, "FOREIGN_CUELESS_FLOOR", 0.5)
    assert risk_model._floor_threshold(m, text, "none")[0] == max(m.s1_floor, 0.5)
    # English, or a turn a pattern named, keeps its floor
    assert risk_model._floor_threshold(m, "Today I just feel a bit down", "none")[0] == m.s1_floor
    assert risk_model._floor_threshold(m, text, "passive_wish") == named


def test_run_on_quarrel_span_stops_at_whom():
    # a turn without stops: the quarrel's span takes at most three words after "com", and medicines keep every word
    text = "briguei com meu pai ontem fico olhando os remédios na gaveta e pensando em tomar todos"
    assert crisis.risk_category(text) != "none"
