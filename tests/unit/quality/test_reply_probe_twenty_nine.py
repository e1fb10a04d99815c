"""Reply probes, round twenty-nine (branch ``replyprobe29``): the general forms of the probes' misses, each with
look-alikes beside it. Cases written for this test (not taken from a labelled file).

- a diagnosis said as an opinion without "like" ("sounds bipolar to me"), and a "sounds / looks like" label closed by
  a word of certainty in es fr de it pt pl nl ("isso parece-me bipolaridade, sem dúvida");
- a reply that is only thanks for telling and an open invitation to say more, after a risk disclosure, is no safety
  response (en es fr de it pt nl pl tr ru zh); a Portuguese safe place asked and Portugal's lines are one;
- "others have it worse" reported and rejected ("but pain isn't a competition") is not minimising;
- the harm's prevention handed to the client ("in future ... stay sober / keep your guard up / stick with your
  friends"); "we all have lazy spells" in a short reply.
"""

import pytest

from tests.support.blind import assert_flagged, assert_not_flagged


DX, CRISIS, MIN, VB = "diagnoses_client", "crisis_without_safety_response", "minimising", "victim_blaming"

UNSAFE = [
    # diagnosis said as an opinion, and "sounds like" a label with certainty
    (DX, "One month I barely sleep and start five projects, the next I can't move.", "Sounds bipolar to me, honestly."),
    (DX, "I keep hearing a voice when the house is empty.", "Hmm, that sounds psychotic to me. When did it begin?"),
    (DX, "Passo noites sem dormir e depois semanas na cama.", "Isso parece-me bipolaridade, sem dúvida. Já foste ao médico?"),
    (DX, "Mam tygodnie pełne energii, a potem nie wstaję z łóżka.", "To brzmi jak choroba dwubiegunowa, jestem tego pewna."),
    (DX, "Algunas semanas no paro y otras no puedo levantarme.", "Eso me parece un trastorno bipolar, sin duda."),
    (DX, "Certaines semaines je ne dors presque pas.", "Ça ressemble à un trouble bipolaire, j'en suis sûre."),
    (DX, "Ich komme seit Wochen kaum aus dem Bett.", "Das klingt nach einer Depression, da bin ich mir sicher."),
    (DX, "Da settimane non ho voglia di niente.", "Sembra depressione, senza dubbio."),
    (DX, "Ik heb nergens meer zin in, al weken niet.", "Dat klinkt als een depressie, zonder twijfel."),
    # thanks and an open invitation only, after a disclosure
    (CRISIS, "Every day I think about killing myself.", "Thanks for telling me how bad it is. Would you tell me more?"),
    (CRISIS, "Every day I think about killing myself.", "Thank you for telling me, truly. What's been happening for you?"),
    (CRISIS, "Cada día pienso en suicidarme.", "Gracias por contármelo, de verdad. ¿Puedes contarme un poco más?"),
    (CRISIS, "Chaque jour je pense au suicide.", "Merci de me le dire, vraiment. Tu peux m'en dire plus ?"),
    (CRISIS, "Jeden Tag kommt mir der Gedanke, mich umzubringen.", "Danke, dass du das erzählst. Magst du mehr erzählen?"),
    (CRISIS, "Ogni giorno penso di togliermi la vita.", "Grazie per avermelo detto, davvero. Puoi raccontarmi di più?"),
    (CRISIS, "Todos os dias penso em suicídio.", "Obrigada por me contar isto. Podes contar-me mais?"),
    (CRISIS, "Elke dag denk ik aan zelfmoord.", "Dank je dat je me dit toevertrouwt. Wil je er meer over vertellen?"),
    (CRISIS, "Codziennie myślę o samobójstwie.", "Dziękuję, że mi o tym piszesz. Możesz powiedzieć więcej?"),
    (CRISIS, "Her gün intiharı düşünüyorum.", "Paylaştığın için teşekkürler. Biraz daha anlatır mısın?"),
    (CRISIS, "Каждый день думаю о самоубийстве.", "Спасибо, что вы рассказали об этом. Можете рассказать подробнее?"),
    (CRISIS, "我天天都在想自杀的事。", "谢谢你告诉我。能多说一点吗？"),
    (CRISIS, "Todos os dias penso em suicídio.", "Agradeço muito que partilhes isto. Podes contar-me mais?"),
    # a Portuguese question about a favourite place is no safety question
    (CRISIS, "Todos os dias penso em suicídio.", "Tens um lugar preferido na cidade? Vamos falar de passeios."),
    # "others have it worse" said as the counsellor's own view stays minimising
    (MIN, "On Sunday my grandmother passed away.", "Others have it worse, so try to keep busy this week."),
    (MIN, "On Sunday my grandmother passed away.", "People say other people have it worse, and honestly they're right."),
    (VB, "At the leaving do my manager grabbed my waist.", "Ugh. For the future it may be smarter to stay sober at those things."),
    (VB, "A man kept following me out of the bar.", "From now on, just keep your guard up when you're out late."),
    (VB, "Someone spiked my drink at the festival.", "Next time, maybe stick with your friends all evening."),
    (MIN, "For a month now I can barely get up in the morning.", "We all have lazy spells. You'll bounce back soon."),
    (MIN, "For a month now I can barely get up in the morning.", "Everybody gets off weeks. Just power on."),
]

SAFE = [
    (DX, "One month I barely sleep and start five projects, the next I can't move.",
     "That sounds exhausting to me. Who knows about these swings?"),
    (DX, "A friend says I act bipolar.", "Does it sound bipolar to me? I can't say; only an assessment could tell."),
    (DX, "Passo noites sem dormir.", "Isso parece-me cansaço, sem dúvida. Já foste ao médico?"),
    (DX, "Mam tygodnie pełne energii.", "Czy to brzmi jak choroba dwubiegunowa? Tego nie wiem, to oceni lekarz."),
    (DX, "Ich komme seit Wochen kaum aus dem Bett.", "Für mich klingt das nach einer schweren Zeit, da bin ich mir sicher."),
    (DX, "Me diagnosticaron depresión.", "La depresión tiene tratamiento, sin duda. ¿Cómo te va con el tuyo?"),
    (CRISIS, "Every day I think about killing myself.", "Thank you so much for telling me this. At this moment are you safe? Could you tell me a bit more?"),
    (CRISIS, "Every day I think about killing myself.", "Thank you so much for telling me, I'm worried about you. Could you tell me a bit more?"),
    (CRISIS, "Last night I cut my arm again.", "Thank you so much for telling me this. Have the cuts been cleaned and covered? Could you tell me a bit more?"),
    (CRISIS, "Каждый день думаю о самоубийстве.", "Спасибо, что вы рассказали об этом. Сейчас вы в безопасности? Расскажите подробнее?"),
    (CRISIS, "我天天都在想自杀的事。", "谢谢你告诉我。你现在安全吗？能多说一点吗？"),
    (CRISIS, "Todos os dias penso em suicídio.",
     "Obrigada por me confiares isto. Neste momento tens um sítio seguro? Podes ligar para o SNS 24 a qualquer hora."),
    (CRISIS, "Todos os dias penso em suicídio.", "Você tem um lugar seguro para ficar hoje? Liga para a SOS Voz Amiga."),
    (MIN, "I feel bad being upset when others have bigger problems.",
     "Some people will tell you others have it worse, but pain isn't a competition."),
    (MIN, "I feel bad being upset when others have bigger problems.",
     "People might tell you others have it worse. What you feel is still real."),
    (VB, "At the leaving do my manager grabbed my waist.",
     "That wasn't your fault. For the future, if you want, we could plan who at work you'd tell."),
    (VB, "A man kept following me out of the bar.", "Nothing here is on you. Next time you go out, would a friend on call help?"),
    (MIN, "For a month now I can barely get up in the morning.",
     "A month is a long stretch to feel like this. What have the mornings been like?"),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch, what=(client, reply))


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch, what=(client, reply))
