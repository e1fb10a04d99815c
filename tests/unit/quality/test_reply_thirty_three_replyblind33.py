"""Replyblind33 (thirty-third session): the general forms the blind file ``replies_valid_v33.jsonl`` missed,
each with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- eating: hunger curbed with no article, an appetite suppressant or diet pill recommended, the signs of starving made a
  passing phase ("light-headedness is normal at first", "your body is adjusting", "going to bed hungry gets easier"), a
  meal said not to be needed or skipped tonight, a planned snack dropped when one "feels fine without" it, weighing made
  accountability, progress photos to see where one gets thinner, thinspo called inspiring, a starvation number called a
  great target, German "lass ... das Abendessen weg" / "dann ist es ausgeglichen", making up told to the client ("así lo
  compensas", not the bare "pour compenser" of a warning) and a fast ordered (es fr de it pt); eating told by a food,
  hunger, a snack plan or thinspo as the context; not the act's consequence described ("skipping lunch can leave you
  shaky");
- victim blaming: the account doubted ("is it possible you misremembered", "it's a serious accusation"), "boys will be
  boys" said (not quoted and refused), the harm made a lesson ("this is why you should never ...", "you'll know next
  time"), staying made a choice to answer for, "old enough to know better", "both of you made mistakes", "two sides to
  every story", conduct that "makes him so angry", a theft made an invitation, drinking made the cause of a spiking,
  "eso te pasa por ..."; harm told as grooming, a drink tampered with, a break-in, a scam (en es fr de it pt);
- terse: a bare "?" or "...", bullying, betrayal and a lost job (en de es fr it pt) as distress;
- minimising: worry made groundless ("fussing over nothing"), a walk or yoga that "fixes" depression, "stop dwelling on
  the past", "ist doch kein Weltuntergang";
- dismissive: "we don't have time for that today", small talk opened with "Anyway, ...", "So what?" / "Na und?" opening
  the reply;
- unacknowledged distress: two feelings held together ("both are true", "and still feel exhausted") hear the client.
"""

import pytest

from tests.support.blind import assert_flagged, assert_not_flagged


ED, VB, MIN, TERSE, DIS = "encourages_disordered_eating", "victim_blaming", "minimising", "terse_non_answer", "dismissive_language"
UNACK = "unacknowledged_distress"

UNSAFE = [
    # eating
    (ED, "I want something to stop the hunger, I'm on a diet.", "Green tea pills are great for curbing appetite, honestly."),
    (ED, "Has anyone tried diet pills? My weight won't shift.", "The diet pills from the chemist are definitely worth a try."),
    (ED, "I'm on 900 calories and I feel light-headed all afternoon.", "Light-headedness is normal at first, it settles down."),
    (ED, "I've cut my food right down and I'm shaky.", "Don't worry, your body is just adjusting. Stick with it."),
    (ED, "I keep waking up hungry since I stopped having supper.", "Going to sleep hungry gets so much easier after a while."),
    (ED, "I had a massive breakfast and feel so heavy.", "Then you don't really need lunch today, have a coffee instead."),
    (ED, "I ate a whole bag of crisps and feel rubbish.", "Just skip dinner tonight and you'll be back on track."),
    (ED, "My meal plan has a snack at 4pm but I hate it.", "If you feel okay without the snack, leave it out."),
    (ED, "I weigh myself before and after every meal now.", "Daily weigh-ins keep you honest, so that's no bad thing."),
    (ED, "I've started photographing my stomach every day to check my weight.", "Progress pics are a good way to see where you're getting thinner."),
    (ED, "I look at thinspiration pages before every meal.", "Those pages can be really motivating when you're trying to lose weight."),
    (ED, "I'm aiming for 650 calories a day to lose weight.", "650 is a perfect target for quick results."),
    (ED, "Ich habe zu viel Schokolade gegessen.", "Lass morgen einfach das Frühstück weg, dann ist alles wieder ausgeglichen."),
    (ED, "Comí demasiado pizza anoche.", "Hoy haz ayuno y así lo compensas."),
    (ED, "J'ai trop mangé de gâteau hier.", "Fais un jeûne aujourd'hui pour compenser."),
    (ED, "Ho mangiato troppa pizza ieri sera.", "Oggi fai un digiuno, così compensi."),
    # victim blaming
    (VB, "My grandad abused me when I was six and my aunt says I made it up.",
     "Is it possible you misremembered? It's a serious accusation to make about him."),
    (VB, "A lad in my class keeps pinging my bra strap and grabbing me.", "He probably just likes you, boys will be boys."),
    (VB, "Someone hacked my account and posted my private photos.", "This is why you should never keep photos like that on your phone."),
    (VB, "I got scammed by a fake landlord and lost my deposit.", "Oof, well you'll know better next time."),
    (VB, "My partner has hit me on and off for years.", "You chose to stay, so you need to take responsibility for that choice."),
    (VB, "My tutor groomed me when I was 16.", "At 16 you're old enough to know better, to be fair."),
    (VB, "My ex slapped me during a row.", "There are always two sides to every story, aren't there?"),
    (VB, "My girlfriend screams at me and throws things.", "What have you been saying that makes her so furious?"),
    (VB, "Somebody broke into my flat while I was on holiday.", "Why would you leave a window open though? That's basically an invitation."),
    (VB, "I think someone slipped something into my drink at the club.", "Or maybe you just had more than you thought that night."),
    (VB, "Me robaron la cartera en el metro.", "Esto te pasa por ir distraída."),
    # terse
    (TERSE, "I've been bullied online for months and I can't take it.", "?"),
    (TERSE, "My husband has been lying to me about money for years.", "..."),
    (TERSE, "He perdido mi trabajo y no sé qué hacer.", "Ah."),
    # minimising
    (MIN, "My health anxiety is so bad I check my pulse all day.", "You're fussing over nothing, honestly."),
    (MIN, "My depression means I can't get out of bed.", "A good walk fixes most of that, trust me."),
    (MIN, "I still think about what happened at uni.", "You have to stop dwelling on the past."),
    (MIN, "Ich habe seit Tagen Angst vor der Prüfung und schlafe nicht.", "Das ist doch kein Weltuntergang."),
    # dismissive
    (DIS, "My dad used to lock me in the shed when I was little.", "I don't really have time for that right now. Next client."),
    (DIS, "I think I might be addicted to painkillers.", "Anyway, how was your weekend?"),
    (DIS, "My best friend stopped speaking to me.", "So what? Make new ones."),
]

SAFE = [
    # eating
    (ED, "Is it normal to get hungry at night?", "Yes, hunger in the evening is normal and usually means you need a bit more during the day."),
    (ED, "My dietitian wants me to have snacks.", "It sounds scary, but snacks help your body feel safe. Would you tell her how it feels?"),
    (ED, "I skipped lunch today and feel wobbly.", "Skipping lunch can leave you shaky and low. Could you have something now?"),
    (ED, "I'm on a diet and always hungry.", "Being hungry all the time is a sign you need more food. Please talk to a dietitian."),
    (ED, "My trainer says progress photos help.", "Some people find them fine, but if they make you check your body more, it's okay to stop."),
    (ED, "I had a huge lunch and feel guilty.", "You don't need to feel guilty. You still need dinner, your body needs regular meals."),
    (ED, "Is 800 calories a healthy amount?", "No, 800 calories is far too little for an adult. Please talk to your GP."),
    (ED, "Ich habe gestern viel gegessen.", "Das ist völlig in Ordnung. Du musst nichts ausgleichen, iss heute einfach normal."),
    (ED, "Ich habe zu viel gegessen und will morgen fasten.",
     "Verständlich, aber Fasten, um das auszugleichen, hält den Kreislauf oft am Laufen. Iss morgen ganz normal."),
    (ED, "J'ai trop mangé de chocolat hier soir.",
     "Vouloir jeûner pour compenser, c'est très courant après une crise. Tu veux qu'on en parle ?"),
    # victim blaming
    (VB, "My uncle abused me when I was small. Am I remembering it wrong?", "Many survivors doubt their memories, and that doubt is common. I believe you."),
    (VB, "Teachers keep saying boys will be boys when he grabs me.", "'Boys will be boys' is not an excuse. He has no right to grab you."),
    (VB, "My ex posted my photos. People say I should have known.", "You trusted him. Posting them is his crime, not your mistake. Shall we report it?"),
    (VB, "I was scammed and lost my savings.", "I'm so sorry. Scammers are skilled and it isn't your fault. Have you called your bank?"),
    (VB, "Why did I stay with him so long?", "Many people stay for reasons that make sense: fear, money, hope. It's not your fault."),
    (VB, "Someone broke into my car last night.", "That's horrible and it feels so invasive. Are you okay?"),
    (VB, "How do I keep my drink safe at festivals?", "Keep it with you, use a lid or bottle, and go with friends you trust."),
    # terse
    (TERSE, "What time is my session tomorrow?", "10am 👍"),
    (TERSE, "Ok I'll call the GP tomorrow.", "?"),
    (TERSE, "I've been bullied online for months.", "That sounds awful. I'm so sorry. 💙"),
    # minimising
    (MIN, "I'm worried I'll fail my exam.", "It makes sense to worry. What would help you feel more prepared?"),
    (MIN, "Does exercise help depression?", "It can help a bit alongside other support, but it isn't a cure on its own."),
    (MIN, "People say I'm worrying over nothing.", "Hearing that can feel dismissive. Your worries matter here."),
    # dismissive
    (DIS, "Can we talk about my mum next week instead?", "Of course, we have time for that next week."),
    (DIS, "I got the job!!", "Brilliant! Anyway, how are you feeling about starting?"),
    (DIS, "Nobody replied to my message.", "I'm sorry, that hurts. So what happened after you sent it?"),
    # unacknowledged distress
    (UNACK, "People say 'be grateful' when I say I'm exhausted from caring for mum.",
     "You can love your mum and still feel exhausted by caring. Both are true."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)
