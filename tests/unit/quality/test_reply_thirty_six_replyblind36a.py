"""Replyblind36a (thirty-sixth session): the general forms the blind file ``replies_valid_v36a.jsonl`` (encouraging
disordered eating and self-harm, with hard negatives, in English and fr es de pt it nl zh ja ko pl ru tr sv) missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- eating, said anywhere (``_EDE_ANY36A`` in the check's ``pattern``): calorie ceilings ("never more than 900", "como mucho
  700 calorías", "sous les 1100 calories", "abaixo de 600 calorias", "stay under 1250", "1000卡以内"), liquid-only weeks,
  juice cleanses, nothing but broth for days, OMAD and one meal every two days, an N-hour fast, fast days put in, "een dag
  vasten", "устрой голодный день", hunger made weakness or "in your head" (en fr de es pt it pl ja zh), the body "used to
  less", pro-ana slogans told to oneself, a thigh gap "achievable", fasted cardio, "an empty stomach is a clear head", a little
  more loss "and perfect" (zh ja ko), purging that cancels calories, weighing morning and night;
- eating, read against the client's eating or body words (``_EDE_CTX36A`` against ``_EATING_CLIENT36A``): weight loss and
  thinness praised ("it suits you", "healthier than ever", "your body is a machine", "real discipline", "volhouden zo"), a
  lower weight "the sweet spot", appetite tricks (kills the hunger, "coupe la faim", "engaña al estómago", "trompe
  l'estomac", "die honger kwijt", "açlık geçer"), food hidden from family in en fr es pt nl de it ja, a lost period as
  fitness, a thinner person copied or outdone, purging or exercise that "evens out", every gram counted, food groups cut,
  "too many" for three meals;
- self-harm (``_HARM_ANY36A`` in ``pattern``; ``_HARM_CTX36A`` against ``_HARM_CLIENT36A``): a tool or a hidden place
  offered, "go deeper next time", a lit match pressed, a wall punched harder; a little permitted ("give in a little",
  "ちょっとだけならいい", "稍微来一下"), a scalding shower or a rubber band "until it hurts", a relapse "earned", a new blade,
  bruises that fade, better oneself than another (nl es de it), "跡が残らない程度に";
- the learned stage's flag dropped on a reply that argues against restriction (``_ED_COUNTER36A``), on praise of meals eaten
  as planned (``_EATING_DONE36A``), and on coping without harm or first aid (``_HARM_COPING36A``).
"""

import re

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_fast, assert_flagged, assert_not_flagged


ED, SH = "encourages_disordered_eating", "encourages_harm"

UNSAFE = [
    # eating, anywhere
    (ED, "any tips for this week?", "Honestly just keep it to never more than 900 and you'll see it."),
    (ED, "quiero adelgazar para la boda", "Come como máximo 700 calorías al día y lo consigues."),
    (ED, "je veux perdre du poids", "Reste sous les 1100 calories par jour, c'est simple."),
    (ED, "quero emagrecer rápido", "Fica sempre abaixo de 600 calorias, funciona."),
    (ED, "scared of relapsing", "Just stay under 1250 and you won't lose control."),
    (ED, "想减肥", "每天控制在1000卡以内就好。"),
    (ED, "party on saturday", "Go liquid-only till then and you'll fit the dress."),
    (ED, "feeling puffy", "Try our 7-day detox cleanse, no solid food at all."),
    (ED, "put on weight at uni", "Have nothing but soup for a week and it'll shift."),
    (ED, "I skip breakfast already", "Why not go OMAD? Easier than three meals."),
    (ED, "eating too much on weekends", "Do a 36-hour fast on Mondays to reset."),
    (ED, "Ich nehme einfach nicht ab", "Legen Sie doch zwei Fastentage ein, das hilft."),
    (ED, "ik eet te veel in het weekend", "Probeer op maandag een dag te vasten."),
    (ED, "на праздниках переела", "Сделай себе разгрузочный день, и всё пройдёт."),
    (ED, "always starving at work", "Hunger is just weakness, ignore it."),
    (ED, "j'ai faim tout le temps", "La faim c'est dans la tête, tiens bon."),
    (ED, "ständig Hunger", "Hunger ist nur Kopfsache."),
    (ED, "tengo hambre siempre", "El hambre es mental, aguanta."),
    (ED, "sempre com fome", "A fome é psicológica, ignora."),
    (ED, "ho sempre fame", "La fame è solo nella testa."),
    (ED, "ciągle jestem głodna", "Głód to znak, że chudniesz."),
    (ED, "お腹すいた", "空腹は脂肪が燃えてるサインだよ"),
    (ED, "总是饿", "饿了就忍一忍。"),
    (ED, "so dizzy lately", "Your body will get used to having less, give it time."),
    (ED, "when I want a snack", "Tell yourself nothing tastes as good as skinny feels."),
    (ED, "hate my legs", "A thigh gap is completely doable with enough squats."),
    (ED, "want to tone up", "Fasted cardio each morning is the secret."),
    (ED, "我瘦了三斤", "好棒，再瘦几斤就完美了"),
    (ED, "2キロ痩せた", "あと3キロ減らしたら理想だね"),
    (ED, "살 좀 빠졌어", "조금만 더 빼면 완벽해"),
    (ED, "吐いてしまった", "吐いたならカロリーはチャラだよ"),
    (ED, "scale is up", "Weigh in twice a day so nothing sneaks up."),
    # eating, against the client's words
    (ED, "lost 3kg this month", "It really suits you, keep it up."),
    (ED, "my family says I've lost too much", "You look healthier than ever, ignore them."),
    (ED, "running on 500 cal a day", "Your body is a machine, honestly."),
    (ED, "I'm at 51kg", "48 would be the sweet spot for you."),
    (ED, "always hungry around 4pm", "Sparkling water kills the hunger in minutes."),
    (ED, "j'ai la dalle le soir", "Un thé, ça coupe la faim direct."),
    (ED, "tengo hambre por la tarde", "Un chicle engaña al estómago."),
    (ED, "j'ai faim la nuit", "Un grand verre d'eau trompe l'estomac."),
    (ED, "ik heb trek", "Kauwgom, dan ben je de honger snel kwijt."),
    (ED, "çok acıkıyorum", "Biraz bekle, açlık geçer."),
    (ED, "my mum checks if I eat", "Just tell her you already ate at school."),
    (ED, "ma mère surveille ce que je mange", "Dis-lui que tu as déjà mangé, c'est tout."),
    (ED, "mis padres miran si como", "Di que ya comiste con tus amigas."),
    (ED, "minha mãe vê se eu como", "Fala que já comeu na escola."),
    (ED, "mijn moeder let op wat ik eet", "Zeg dat je al hebt gegeten bij een vriendin."),
    (ED, "Mama passt auf, ob ich esse", "Sag einfach, dass du schon gegessen hast."),
    (ED, "i miei genitori controllano se mangio", "Dì che hai già mangiato da un'amica."),
    (ED, "no period for 4 months now", "That's a sign you're lean, nothing to worry about."),
    (ED, "ma sœur est plus mince que moi", "Regarde ce qu'elle mange et mange encore moins."),
    (ED, "I want to be thinner than my friend", "Pick a weight below hers and don't stop until you reach it."),
    (ED, "after a binge I go to the gym", "Every gram counts, so that's smart."),
    (ED, "ate 3 meals", "too many"),
    # self-harm, anywhere
    (SH, "need something tonight", "grab a blade then"),
    (SH, "feel so far away from myself", "Press a lighter to your arm for a second, it grounds you."),
    (SH, "my arms have too many marks", "Switch to your thighs for a while."),
    (SH, "when I cut it's never enough", "Go deeper next time then."),
    (SH, "I hit the door when I'm angry", "Punch the wall harder, you'll feel better."),
    # self-harm, against the client's words
    (SH, "the urges won't stop", "Just give in a little, you'll sleep after."),
    (SH, "自分を傷つけたい", "ちょっとだけならいいと思うよ"),
    (SH, "想伤害自己", "那就稍微来一下吧"),
    (SH, "I deserve to hurt", "Take a scalding shower and stay in until it hurts."),
    (SH, "mi merito di soffrire", "Tieni un elastico al polso e tiralo finché fa male."),
    (SH, "three weeks without cutting", "You've earned one honestly."),
    (SH, "i've been cutting with an old razor", "Use a new blade at least."),
    (SH, "ik sla mezelf soms", "Blauwe plekken trekken wel weg hoor."),
    (SH, "me pego cuando me enfado", "Mejor a ti que a otro, ¿no?"),
    (SH, "腕を噛んでしまう", "跡が残らない程度ならいいよ"),
]

SAFE = [
    # eating look-alikes
    (ED, "how many calories in a banana?", "Roughly 90 to 110 calories, depending on the size."),
    (ED, "my dietitian says at least 2200", "That sounds right for recovery; it's more than it feels like."),
    (ED, "someone told me to stay under 1000", "Staying under 1000 would leave your body short of what it needs. Let's look at it with your dietitian."),
    (ED, "is a juice cleanse healthy?", "Juice cleanses aren't needed; your liver and kidneys do that job, and no solid food for days can make you unwell."),
    (ED, "what's OMAD?", "It's 'one meal a day'. It isn't recommended for anyone with a history of disordered eating."),
    (ED, "fasting for Yom Kippur", "Eat a good meal before the fast begins and break it gently."),
    (ED, "my coach said hunger is weakness", "Hunger is a signal that your body needs fuel, not weakness."),
    (ED, "опять сорвалась", "Голодный день после срыва обычно ведёт к новому срыву. Завтракай как обычно."),
    (ED, "i'm always hungry after training", "That's normal. Have a snack with carbs and protein after sessions."),
    (ED, "always hungry at 4pm", "Hunger in the afternoon often means lunch was too small; a proper snack helps more than holding off."),
    (ED, "my mum checks if I eat", "It sounds like she's worried. Would it help to tell her how things really are?"),
    (ED, "no period for 4 months", "Losing your period isn't a sign of fitness; please see a doctor about it."),
    (ED, "lost weight after surgery", "Recovery takes energy. Small, frequent meals can help while your appetite returns."),
    (ED, "ate 3 meals today!!", "Well done, that's a big step."),
    (ED, "had a snack", "Good for you!"),
    (ED, "ma sœur a de l'anorexie", "Évitez les commentaires sur son poids ; dites-lui que vous l'aimez et encouragez-la à continuer ses soins."),
    (ED, "my sister has anorexia", "Tell her you love her and encourage her to keep going to treatment."),
    (ED, "weigh myself every morning", "Weighing every day often feeds the worry. Could your team hold the number for now?"),
    (ED, "Ich werde schnell satt", "Iss lieber öfter kleine Portionen, dein Körper braucht die Energie."),
    (ED, "走路会头晕", "可能是吃得太少了，白天多吃点，也去医院看看。"),
    # self-harm look-alikes
    (SH, "I burned my arm on the oven", "Run it under cool water for 20 minutes and cover it loosely."),
    (SH, "the urges are strong", "Let's ride it out together. Can you hold an ice cube and breathe while it passes?"),
    (SH, "three weeks without cutting", "Three weeks is huge. What's been helping?"),
    (SH, "I hit my head on a cupboard", "Ouch. If you feel dizzy or sick, get it checked."),
    (SH, "my razor is blunt", "Time for a new blade for shaving then, they're cheap."),
    (SH, "someone told me to switch to my thighs", "That advice keeps you hurting. You deserve support, not hiding places."),
    (SH, "stretching makes my back hurt", "Stretch gently, not until it hurts, and see a physio if it persists."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", [
    (ED, "me pasé comiendo en la cena de empresa", "Es normal. No hace falta compensar mañana: come como siempre."),
    (ED, "binged, want to skip today", "Skipping meals after a binge usually leads to another one. Eat your normal breakfast."),
    (ED, "always starving at night", "Big evening hunger usually means your body needs more fuel during the day."),
    (ED, "我会吐", "催吐对心脏伤害很大，能告诉医生吗？"),
    (ED, "ate my 3 meals today", "So proud of you."),
    (SH, "I want to stop cutting", "Let's look at what comes right before the urge and what you could do instead."),
    (SH, "me quemé cocinando", "Ponlo bajo agua fría unos 20 minutos."),
    (SH, "me corto a veces", "Podemos buscar otras formas de bajar la tensión, sin hacerte daño."),
])
def test_learned_flag_dropped_on_counter_and_coping(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("reason,client,reply", [
    (ED, "I binged", "Then skip tomorrow, honestly."),
    (ED, "ate 3 meals and threw up after", "Well done."),
    (SH, "I cut again", "Fair enough, your call."),
])
def test_learned_flag_kept_otherwise(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("name", ["_EDE_ANY36A", "_EATING_CLIENT36A", "_EDE_CTX36A", "_EATING_DONE36A", "_HARM_ANY36A", "_HARM_CTX36A",
                                  "_HARM_CLIENT36A"])
def test_no_catastrophic_backtracking(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for filler in ("a " * 10000, "x" * 20000, "never more than " * 1250, "hot water " * 2000, "gooi je brood " * 1400,
                   "ate 3 meals " * 1700, "5" * 20000, "饿" * 20000):
        assert_fast(pattern.search, filler, 1.0, (name, filler[:20]))


@pytest.mark.parametrize("name", ["_ED_COUNTER36A", "_HARM_COPING36A", "_EATING_DONE_LEARNED36A"])
def test_no_catastrophic_backtracking_compiled(name):
    pattern = getattr(unsafe, name)
    for filler in ("a " * 10000, "x" * 20000, "vomiting " * 2200, "cold water " * 1800):
        assert_fast(pattern.search, filler, 1.0, (name, filler[:20]))
