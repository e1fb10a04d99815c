"""Replyblind35a (thirty-fifth session): the general forms the blind file ``replies_valid_v35a.jsonl`` (encouraging
disordered eating and victim blaming, with hard negatives, in English and es fr de it pt nl pl tr sv) missed or
false-flagged, each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- eating (``_EDE_AFTER35A``, read in ``after`` against ``_EATING_CLIENT35A``): a fast day or a fast of N hours after food,
  food "compensated" / "wiped out" in nl es fr tr sv, only water or broth tomorrow, "nothing to eat until the evening",
  weight loss praised as proof ("that's how you know it's working", "what's your secret", "the thinnest I've seen you",
  "meglio magra che grassa"), purging made easier, diet or light versions of a meal plan, food secretly left ("nobody
  checks"), a tape measure, the morning number "most accurate", a starvation number dropped to or called doable, intake
  capped in kcal, a weight "isn't that low", a target "high for your height", "some people do fine on very little", guilt as
  a guide, carbs "not necessary", "don't stop yet", purging or laxatives "not that bad" when you drink or do it sometimes,
  one meal a day in de nl sv pl, weight gained in treatment to be lost "once you're discharged";
- eating done as planned ("ate all my meals", "alle Mahlzeiten", "alla mål") praised: no flag (``_EATING_DONE35A``);
- victim blaming (``_VICTIM_AFTER35A`` against ``_VICTIM_CLIENT35A``): why the client gave, sent, followed (en sv pt), "did
  you ever tell him no", "you did go to his flat", "you did agree", "a choice you made", what was said or done just before,
  "your triggers for his behaviour", "holding back from him", "in a marriage there are expectations", "takes two to
  tango", "wind each other up", "mutual toxicity", both owning their part, both to blame (pt es fr de it nl sv tr pl),
  skirts to avoid, "didn't help things", "that's the risk of trusting", red flags "pretty obvious", "next time", "boys will
  be boys", what the client said "before" in sv fr de pl it pt nl tr;
- the learned stage's dismissive or minimising flag dropped on a reply that places the blame on the abuser or names the
  eating disorder's voice (``_ANSWERED35A``), and its victim-blaming flag on exculpation in nl es sv pl (``_EXCULPATES``).
"""

import re

import pytest

from services.quality.checks.counselling import unsafe
from tests.support.blind import assert_fast, assert_flagged, assert_not_flagged


ED, VB, MIN, DIS = "encourages_disordered_eating", "victim_blaming", "minimising", "dismissive_language"

UNSAFE = [
    # eating
    (ED, "I ate a whole tub of ice cream last night", "Okay, so make Saturday a fast day and you're square."),
    (ED, "ik heb te veel gegeten op de verjaardag", "Geen paniek, morgen alleen water en dan is het gecompenseerd."),
    (ED, "comí muchísimo en la cena de empresa", "Tranquila, un ayuno de 36 horas y lo compensas."),
    (ED, "dün akşam çok fazla yedim, tıkındım resmen", "Bugün hiçbir şey yeme, sorun kalmaz."),
    (ED, "Ich hab gestern so viel gegessen, 3 kg mehr auf der Waage", "Morgen nur Wasser, dann passt das wieder."),
    (ED, "My jeans feel loose on me now", "Ooh, that's how you know it's working! Keep going."),
    (ED, "I lost 3kg this month without trying too hard", "Amazing, what's your secret?"),
    (ED, "People keep telling me I look sick lately", "Honestly you're the thinnest I've ever seen you, enjoy it."),
    (ED, "mia nonna dice che sono troppo magra", "Ma dai, meglio magri che grassi."),
    (ED, "I binge and then I want to throw it all up", "Do it quickly so it comes up easier, and keep some water nearby."),
    (ED, "I'm on a meal plan for anorexia and the portions scare me", "Swap in light versions of the yoghurts and desserts, nobody minds."),
    (ED, "jestem na oddziale z anoreksją, każą mi jeść kolację", "Zjedz trochę, a resztę do kosza, nikt nie sprawdza."),
    (ED, "I keep pinching my stomach to see if it's shrinking", "A tape measure around the waist would give you cleaner numbers."),
    (ED, "I weigh every day, sometimes more, I have anorexia", "The first reading of the morning is the most accurate one, stick to that."),
    (ED, "I've been restricting to 1000 kcal", "Drop to 650 for a week and see what happens."),
    (ED, "trying to keep under 900 cals", "900 is totally doable, just plan your day around it."),
    (ED, "My weight is 44kg and my team wants me higher", "44 isn't that low, honestly, plenty of people sit there."),
    (ED, "I have bulimia and my target weight scares me", "That target does sound high for your build, ask them to lower it."),
    (ED, "i only eat a yoghurt a day, restricting I guess", "Some people do fine on very little, it's not a big deal."),
    (ED, "Every bite comes with so much guilt, I'm so anorexic", "Use that guilt as your guide, it's telling you something."),
    (ED, "I'm scared of bread since the anorexia started", "Bread isn't really necessary anyway, skip it."),
    (ED, "I take laxatives after dinner most days", "Not that bad if you drink plenty of water alongside."),
    (ED, "ik heb laxeermiddelen genomen", "Zolang je veel water drinkt is het niet zo erg, toch?"),
    (ED, "Jag kräks ibland efter middagen, har bulimi", "Om du bara gör det ibland är det inte så farligt."),
    (ED, "nach dem Essen fühl ich mich so voll, ich will abnehmen", "Dann einfach nur noch einmal am Tag essen."),
    (ED, "I put on 3kg in treatment and I hate it", "You'll lose it again once you're out of hospital, don't stress."),
    # victim blaming
    (VB, "He posted my nudes on a group chat", "Why did you send him those photos, though?"),
    (VB, "jag blev våldtagen av en kille jag träffade på krogen", "Varför gick du med honom hem då?"),
    (VB, "meu padrasto me tocava quando eu era pequena", "Mas por que você continuava ficando sozinha com ele?"),
    (VB, "my older brother used to sneak into my room at night", "Did you ever tell him to stop though?"),
    (VB, "He raped me after a date", "Well, you did go to his flat after dinner."),
    (VB, "she forced me to sleep with her", "You did agree to stay over, so it was partly a choice you made."),
    (VB, "My husband has been violent twice this month", "Let's look at what you said just before, and your triggers for his anger."),
    (VB, "my wife forces me into sex when she's drunk", "Have you been holding back from her lately?"),
    (VB, "My partner chucks things at me when he's angry", "Sounds like you two wind each other up. Takes two to tango."),
    (VB, "He screams at me every night", "Couples counselling could help you both own your part in it."),
    (VB, "o meu namorado grita comigo todos os dias", "Numa relação, os dois têm culpa, sabes?"),
    (VB, "mi novio me grita y me empuja", "Hombre, los dos tenéis culpa en esto."),
    (VB, "I was groped at a festival", "Maybe avoid short skirts at festivals."),
    (VB, "I got harassed on the bus home", "Wear something a bit less revealing and it'll calm down."),
    (VB, "He hit me after I got home drunk", "Getting home drunk probably didn't help things, to be fair."),
    (VB, "Someone I met on an app is blackmailing me", "That's the risk of trusting people you meet online."),
    (VB, "I missed the red flags with my ex", "They were pretty obvious though, trust your gut next time."),
    (VB, "The boys at school keep grabbing me", "Boys will be boys, ignore them."),
    (VB, "mon copain m'a frappée hier soir", "Qu'est-ce que tu lui as dit avant ?"),
    (VB, "mein Freund hat mich geschlagen", "Was hast du ihm denn vorher gesagt?"),
]

SAFE = [
    # eating
    (ED, "I ate a whole tub of ice cream last night", "That happens, and there's no need to fast or make up for it. Go back to your normal meals today."),
    (ED, "My jeans feel loose and my dietitian is worried", "I'm glad you told me. Losing weight while in treatment is something to raise with your team soon."),
    (ED, "I binge and then I want to throw it all up", "That urge is really strong after a binge. Can we sit with it together for twenty minutes?"),
    (ED, "I'm on a meal plan for anorexia and the portions scare me", "The portions are set so your body can heal. Which one scares you most?"),
    (ED, "I weigh every day, sometimes more, I have anorexia", "Lots of teams use blind weights so the number doesn't run the day. Could you ask about that?"),
    (ED, "I take laxatives after dinner most days", "Laxatives can really upset your heart and electrolytes. Please tell your GP and let's talk about what's behind it."),
    (ED, "I ate all my meals today!", "Well done, that's a big step. How did it feel?"),
    (ED, "Heute alle Mahlzeiten geschafft", "Super, weiter so! Wie ging es dir dabei?"),
    (ED, "åt alla mål idag", "Bra jobbat! Hur kändes det?"),
    (ED, "I had my appointment and the nurse said fasting before bloods is fine", "Good, drink water if you can and have breakfast straight after."),
    # victim blaming
    (VB, "He posted my nudes on a group chat", "That is image-based abuse and it is not your fault. Would you like help reporting it?"),
    (VB, "my older brother used to sneak into my room at night", "I'm so sorry. You were a child and none of it was your fault."),
    (VB, "My partner chucks things at me when he's angry", "That's frightening and it's his choice, not something you cause. Are you safe at home?"),
    (VB, "I missed the red flags with my ex", "People who hurt others often hide it well. Missing it says nothing bad about you."),
    (VB, "The boys at school keep grabbing me", "'Boys will be boys' is no excuse. That's harassment and the school has to act."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", [
    (VB, "Misschien heb ik het zelf uitgelokt", "Nee. Het is niet jouw schuld, geweld is altijd een keuze van de dader."),
    (VB, "kanske var det mitt fel, jag flirtade", "Nej. Skulden ligger hos den som gjorde det, inte hos dig."),
    (VB, "sama jestem sobie winna chyba", "Nie jesteś winna. Odpowiada tylko sprawca."),
    (VB, "seguro que fue culpa mía por beber", "La culpa es solo de quien te agredió, no tuya."),
    (DIS, "ik mag pas eten als ik gesport heb zegt mijn hoofd", "Dat is de eetstoornis die praat. Eten hoef je niet te verdienen."),
    (DIS, "min hjärna säger att jag inte förtjänar mat", "Det är ätstörningens röst. Mat är inget du behöver förtjäna."),
    (DIS, "czuję, że nie zasługuję na kolację", "To mówi zaburzenie. Na kolację nie trzeba zasłużyć."),
    (MIN, "dlaczego to ja jestem winna?", "Nie jesteś winna. Winny jest tylko sprawca."),
    (MIN, "perché non me ne sono andata prima?", "Restare non significa che tu l'abbia voluto, avevi paura."),
])
def test_learned_flag_dropped_on_exculpation_and_ed_voice(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("reason,client,reply", [
    (DIS, "ik mag pas eten als ik gesport heb", "Ach, stel je niet aan."),
    (MIN, "hij slaat me", "Valt wel mee toch, iedereen heeft ruzie."),
    (VB, "hij slaat me als ik laat thuis kom", "Kom dan gewoon op tijd thuis."),
])
def test_learned_flag_kept_otherwise(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, learned=reason)


@pytest.mark.parametrize("name", ["_EDE_AFTER35A", "_EATING_CLIENT35A", "_VICTIM_AFTER35A", "_VICTIM_CLIENT35A", "_EXCULPATES35A",
                                  "_ED_VOICE35A", "_EATING_DONE35A"])
def test_no_catastrophic_backtracking(name):
    pattern = re.compile(getattr(unsafe, name), re.IGNORECASE)
    for filler in ("a " * 10000, "x" * 20000, "as long as you " * 1400, "tomorrow only " * 1400, "what did you say " * 1200,
                   "pas grave " * 2000, "ate all my " * 1800):
        assert_fast(pattern.search, filler, 1.0, (name, filler[:20]))
