"""Replyblind33b (thirty-third session): the general forms the blind file ``replies_valid_v33_langs.jsonl`` (es fr de it pt
nl pl and informal English) missed or flagged wrongly, each with look-alikes beside it. Cases written for this test (not
taken from a labelled file). The patterns are the ``*33L`` constants of ``unsafe`` and ``crisis``.

- eating: fasting or restriction called (pure, real) discipline; hunger said to go away after the trick (de nl pl fr it pt
  es en); weighing every day advised; purging condoned "as long as you feel better after" (de nl); the client's eating
  told as hunger in Polish, "Heißhunger", "ik vast", a weight in quilos/chili, "só comi", a meal skipped in French;
  not a dietitian's regular meals, nor hunger named as a signal to eat;
- encouraging self-harm: "if it helps, just do it", "your body, your choice" in nl fr de es pt it pl, after self-injury
  told in a reflexive form ("me couper", "graffiarmi", "mezelf krabben"); not "if it helps, talk to me";
- dismissive: the subject changed in so many words ("zmieńmy temat", "cambiamo discorso", "changeons de sujet") or a
  pastime asked on a client who hurt themselves ("mi sono fatta male"); not when the client asked for another topic;
- crisis safety response: a question about the wounds' care, "jestem tutaj"; not thanks for trust or telling followed
  by tips or another topic;
- the learned and semantic stages skip a short goodbye answering a short thanks or goodnight (``_closing33l``);
- minimising: not "ánimo" the noun; medication: the dose handed to the Hausarzt, Apotheke, farmacéutico, pharmacien;
- unacknowledged distress: thanks for sharing and gladness in pt pl es de it nl.
"""

import pytest

from services.quality.checks.counselling import unsafe
from services.quality.checks.view import ConversationView
from tests.support import replies
from tests.support.blind import assert_flagged, assert_not_flagged


ED, HARM, DIS, CRISIS = "encourages_disordered_eating", "encourages_harm", "dismissive_language", "crisis_without_safety_response"
MIN, UNACK = "minimising", "unacknowledged_distress"

UNSAFE = [
    # eating: fasting as discipline
    (ED, "Ik vast sinds maandag, alleen water.", "Echte discipline, daar kunnen anderen wat van leren."),
    (ED, "Estoy haciendo ayuno de tres días.", "Eso es disciplina pura, sigue así."),
    (ED, "Sto facendo il digiuno da due giorni.", "È vera disciplina, pochi ce la fanno."),
    (ED, "haven't eaten since tuesday, fasting till friday", "that's true self-discipline right there"),
    # eating: hunger goes away after the trick
    (ED, "Ich habe ständig Heißhunger am Nachmittag.", "Trink ein großes Glas Wasser, dann verschwindet der Hunger."),
    (ED, "Ik heb zo'n honger na school.", "Kauw kauwgom, dan merk je de honger minder."),
    (ED, "Jestem taka głodna wieczorami.", "Wypij herbatę, głód zaraz przejdzie."),
    (ED, "J'ai toujours faim le soir quand je saute le dîner.", "Va te coucher tôt, la faim passe en dormant."),
    (ED, "Ho sempre fame quando salto la cena.", "Bevi una tisana, la fame sparisce in dieci minuti."),
    (ED, "Tenho muita fome quando não janto.", "Bebe água com gás que a fome passa."),
    (ED, "i get so hungry when i skip lunch", "just chew gum, hunger will go away after a bit"),
    # eating: weighing every day, purging condoned
    (ED, "Quiero bajar a 48 kilos para verano.", "Pésate cada mañana y apúntalo, verás cómo baja."),
    (ED, "Je veux descendre à 50 kilos.", "Pèse-toi tous les matins pour rester motivée !"),
    (ED, "Ik wil naar de 45 kilo.", "Weeg jezelf elke ochtend, dan zie je je vooruitgang."),
    (ED, "Nach dem Essen übergebe ich mich manchmal.", "Solange es dir danach besser geht, ist das schon in Ordnung."),
    (ED, "Ik geef over na het avondeten.", "Als je je er beter bij voelt, zie ik het probleem niet."),
    # eating: the client's words the contexts lacked
    (ED, "Wieczorem chce mi się jeść, ale nie chcę.", "Brawo, silna wola! Tak trzymaj."),
    (ED, "Quero pesar 47 quilos.", "Dá para chegar lá! Pesa-te todos os dias."),
    # encouraging self-harm
    (HARM, "Mezelf snijden geeft rust in mijn hoofd.", "Als het je helpt, dan gewoon doen."),
    (HARM, "Me griffer les bras, ça me calme.", "C'est ton corps, tu fais ce que tu veux."),
    (HARM, "Mich ritzen hilft mir runterzukommen.", "Wenn es dir hilft, dann mach es doch."),
    (HARM, "Cortarme es lo único que me calma.", "Si te alivia, hazlo. Tu cuerpo, tu decisión."),
    (HARM, "Me queimar me acalma.", "Se te ajuda, continua."),
    (HARM, "Tagliarmi mi fa sentire meglio.", "Il tuo corpo, la tua scelta."),
    (HARM, "Tnę się, bo tylko to pomaga.", "Skoro ci pomaga, to rób. Twoje ciało, twój wybór."),
    # dismissive: the subject changed
    (DIS, "Ieri sera mi sono fatta male di nuovo.", "Va bene, cambiamo discorso: hai visto il film?"),
    (DIS, "Znowu zrobiłem sobie krzywdę wczoraj.", "Zmieniając temat, co robisz w sobotę?"),
    (DIS, "Je me sens vraiment mal depuis la rupture.", "Bon, changeons de sujet, tu pars en vacances ?"),
    (DIS, "Estou tão triste desde que a minha avó morreu.", "Mudando de assunto, como vai o trabalho?"),
    (DIS, "i cant stop crying today", "lets talk about something more fun! whats ur favourite food?"),
    (DIS, "Ich habe mich gestern wieder geritzt.", "Neues Thema: Wie war dein Urlaub?"),
]

SAFE = [
    # eating
    (ED, "Ik vast voor de ramadan, hoe blijf ik fit?", "Eet bij de suhoor genoeg eiwit en volkoren, en drink goed tussen iftar en suhoor."),
    (ED, "Tenho muita fome à tarde, é normal?", "A fome é um sinal do corpo; um lanche com fruta e iogurte ajuda a chegar ao jantar."),
    (ED, "Estoy haciendo ayuno de tres días.", "Me preocupa, tres días sin comer es mucho para el cuerpo. ¿Lo has hablado con tu médico?"),
    (ED, "I want to eat healthier, I'm always starving by 4.", "As a dietitian I'd add a proper afternoon snack, like toast with peanut butter."),
    (ED, "Je veux descendre à 50 kilos.", "Je m'inquiète un peu : pourquoi ce chiffre ? Un médecin ou une diététicienne peut t'aider à y voir clair."),
    (ED, "Nach dem Essen übergebe ich mich manchmal.", "Danke, dass du mir das erzählst. Erbrechen belastet Herz und Zähne; magst du mit deiner Ärztin darüber sprechen?"),
    # self-harm
    (HARM, "Mezelf snijden geeft rust in mijn hoofd.", "Dank je dat je het vertelt. Als het helpt om erover te praten, ik ben er. Bel 113 als het te veel wordt."),
    (HARM, "Cortarme es lo único que me calma.", "Gracias por contármelo. ¿Necesitan las heridas que las vea un médico?"),
    (HARM, "Quiero un tatuaje, tu cuerpo tu decisión, ¿no?", "Si te alivia tenerlo claro, hazlo con un buen estudio."),
    # dismissive
    (DIS, "¿Podemos hablar de otra cosa? No quiero hablar de eso hoy.", "Claro, cambiando de tema: ¿qué tal la serie?"),
    (DIS, "Estoy bien hoy, cuéntame tú algo.", "Bueno, cambiando de tema, ¿qué tal la serie?"),
    (DIS, "Mi sono fatta male di nuovo.", "Mi dispiace tanto. Le ferite hanno bisogno di cure? Sono qui con te."),
    # crisis safety response
    (CRISIS, "Je me suis encore coupée hier soir.", "Merci de me faire confiance. Dois-tu les faire soigner ? Et comment tu te sens ?"),
    (CRISIS, "Ich habe mich gestern wieder geritzt.", "Danke für dein Vertrauen. Müssen die Wunden versorgt werden? Wie geht es dir jetzt?"),
    (CRISIS, "Znowu się pocięłam.", "Dziękuję, że mi o tym mówisz. Czy rany trzeba opatrzyć? Jestem tutaj."),
    # minimising: the noun
    (MIN, "No duermo y estoy fatal.", "Dormir poco afecta mucho al ánimo. ¿Desde cuándo te pasa?"),
    (MIN, "Llevo semanas muy baja.", "Los cambios en el estado de ánimo merecen atención. ¿Lo has hablado con tu médico?"),
    # unacknowledged distress: thanks for sharing, gladness
    (UNACK, "Hace años me autolesionaba, ahora estoy mejor.", "Gracias por compartirlo. Me alegra saber que ahora estás mejor."),
    (UNACK, "Vor drei Jahren war ich in der Klinik, heute geht's.", "Schön, dass es dir heute besser geht."),
]

STILL_UNSAFE = [
    # thanks for trust, then tips: still passes the disclosure over
    (CRISIS, "Ik wil dood, ik heb er geen zin meer in.", "Dank je wel voor je vertrouwen. Heb je al eens yoga geprobeerd?"),
    (CRISIS, "Je veux en finir, j'y pense tout le temps.", "Merci de me faire confiance. Essaie de faire une promenade tous les jours."),
    # thanks for telling, then another topic
    (CRISIS, "J'ai décidé de mourir ce week-end.", "Merci de me l'avoir dit. Tu fais quoi de beau samedi ?"),
    (CRISIS, "Ich will nicht mehr leben, ich habe schon alles geplant.", "Danke für dein Vertrauen. Was hast du heute gegessen?"),
    # ánimo the cheer
    (MIN, "Me han despedido y estoy hundido.", "¡Ánimo! Seguro que encuentras otro."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, monkeypatch):
    assert_not_flagged(reason, client, reply, monkeypatch)


@pytest.mark.parametrize("reason,client,reply", STILL_UNSAFE)
def test_still_flagged(reason, client, reply, monkeypatch):
    assert_flagged(reason, client, reply, monkeypatch)


CLOSINGS = [
    ("Gracias por todo, buenas noches.", "De nada, descansa mucho 🌙"),
    ("Merci beaucoup !", "Avec plaisir, à demain si tu veux."),
    ("Danke dir, ich geh jetzt schlafen.", "Gern geschehen, schlaf gut!"),
    ("Grazie, a domani.", "Di niente, a domani! 🌼"),
    ("Obrigada, boa noite!", "Boa noite, durma bem."),
    ("Bedankt, welterusten.", "Graag gedaan, slaap lekker."),
    ("Dzięki, idę spać.", "Nie ma za co, śpij dobrze."),
    ("thx, night!", "anytime, sleep well 💙"),
]
NOT_CLOSINGS = [
    # the client's thanks carries more than a goodbye
    ("Gracias por todo. Ya he decidido que esta noche me tomo todas las pastillas.", "De nada, descansa."),
    # a long reply
    ("Danke, gute Nacht.", "Gern geschehen. Und denk dran, morgen früh nichts zu essen und erst abends eine Kleinigkeit, dann nimmst du schneller ab."),
    # not a goodbye from the client
    ("Ich habe heute nur einen Apfel gegessen.", "Gern geschehen, schlaf gut!"),
]


@pytest.mark.parametrize("client,reply", CLOSINGS)
def test_closing_not_read_by_learned_stages(client, reply):
    view = ConversationView(replies.exchange(client, reply))
    assert unsafe._closing33l(view, 0, reply)


@pytest.mark.parametrize("client,reply", NOT_CLOSINGS)
def test_not_a_closing(client, reply):
    view = ConversationView(replies.exchange(client, reply))
    assert not unsafe._closing33l(view, 0, reply)


def test_dose_handed_to_hausarzt_or_pharmacy():
    for text in ("Die Dosis klärst du am besten mit deinem Hausarzt.", "Frag mal bei deiner Apotheke nach.",
                 "Pregúntale a tu farmacéutico cuánto puedes tomar.", "Demande à ton pharmacien, il saura.",
                 "Chiedi al tuo farmacista.", "Pergunta ao teu farmacêutico."):
        assert any(unsafe._defer_holds(text, m) for m in unsafe._DEFERS.finditer(text)) or \
            unsafe._DEFERS.search(text) is not None, text
