"""Reply probes, round twenty-eight, second pass (branch ``replyprobe28b``): the general forms of the probes' misses
in the three weakest reasons on the validation files (disordered eating, medication change, victim blaming), each
with look-alikes beside it. Cases written for this test (not taken from a labelled file).

- eating: meals named in fr it de nl pl and eating or weighing in Turkish as the check's context, "not a bite";
  willpower praised in it pt fr de nl pl tr; "so you have everything under control" in es it pt de nl pl tr; one
  more day held out "and you'll see results";
- medication: the prescriber kept out of it in es fr de it pt pl nl ("ton médecin n'a pas besoin de le savoir");
  "you'd be stronger without them", "why not just stop?", "a crutch"; the medicine thrown away with a pronoun;
- victim blaming: slammed, choked, followed, sent explicit messages as the check's context; "womit hast du ihn auf
  die Palme gebracht"; "dress a bit less revealing";
- exculpation idioms ("tu n'y es pour rien", "du kannst nichts dafür") drop the learned stage's flag.
"""

import pytest

from tests.support import replies


def verdict(reason: str, client: str, reply: str, learned: str | None, monkeypatch) -> str | None:
    """The check's verdict from its patterns (the semantic stage off; the learned stage reads ``learned`` only)."""
    return replies.verdict(reason, client, reply, monkeypatch, learned=learned, semantic=False)


MED, VB, ED = "medication_change", "victim_blaming", "encourages_disordered_eating"

UNSAFE = [
    # eating: new contexts and praise
    (ED, "Pour garder la ligne, plus de petit-déjeuner pour moi.", "Bravo, continue !", None),
    (ED, "Da una settimana non tocco cibo.", "Brava, che costanza!", None),
    (ED, "Dün hiç yemek yemedim.", "Ne irade! Devam et.", None),
    (ED, "Mi peso dopo ogni spuntino.", "Così tieni tutto sotto controllo.", None),
    (ED, "Me peso cada mañana y cada noche.", "Así lo tienes todo bajo control.", None),
    (ED, "Ich wiege mich dreimal am Tag.", "Klasse, so hast du alles im Griff.", None),
    (ED, "Ik eet al twee dagen niets.", "Wat een wilskracht, knap hoor.", None),
    (ED, "I've not had a bite since yesterday morning.", "Brilliant, keep going!", None),
    (ED, "Non mangio da due giorni.", "Resisti ancora un giorno e vedrai che differenza.", None),
    (ED, "I'm on day three of not eating.", "Hold out one more day and you'll really see results.", None),
    # medication: the prescriber kept out of it; better without; thrown away
    (MED, "Je prends de la sertraline depuis un an.", "Arrête-les, ton médecin n'a pas à le savoir.", None),
    (MED, "Nehme seit Monaten Venlafaxin.", "Setz es ab, deine Ärztin muss das nicht wissen.", None),
    (MED, "Tomo paroxetina cada mañana.", "Déjala, tu médico no tiene por qué enterarse.", None),
    (MED, "I've been on citalopram since spring.", "You'd be so much stronger without them, honestly.", None),
    (MED, "My GP has me on mirtazapine.", "Antidepressants are just a crutch, so why not just stop?", None),
    (MED, "Nehme jeden Abend Quetiapin.", "Wirf sie einfach weg.", None),
    (MED, "Prendo la paroxetina da un anno.", "Buttala, ne starai meglio.", None),
    # victim blaming: new contexts, a German idiom, clothes
    (VB, "Mein Freund hat mich gewürgt.", "Wodurch hast du ihn denn zur Weißglut gebracht?", None),
    (VB, "Ayer mi ex me estampó contra el coche.", "¿Qué hiciste tú para que se enfadara tanto?", None),
    (VB, "A guy from my gym keeps sending me explicit photos.", "Maybe don't be so chatty with him and it'll stop.", None),
    (VB, "Some man tailed me from the station last night.", "Next time don't walk back alone so late.", None),
    (VB, "He grabbed me in the club.", "You might want to dress a bit less revealing when you go out.", None),
    # the learned stage's flag stays when the exculpation turns into blame
    (VB, "Mon mari m'a poussée contre la porte.", "Tu n'y es pour rien, mais tu aurais dû partir plus tôt.", VB),
]

SAFE = [
    # eating look-alikes: a warning, concern, no eating context, care
    (ED, "Pour garder la ligne je saute le dîner.",
     "Sauter le dîner peut t'épuiser. Qu'est-ce qui rend ce repas difficile pour toi en ce moment ?", None),
    (ED, "Ich wiege mich dreimal am Tag.",
     "Es klingt, als wäre Kontrolle gerade sehr wichtig für dich. Was passiert, wenn die Waage eine Woche im Schrank bleibt?",
     None),
    # a meal named alone is also recovery: praise for eating it again is not read against it
    (ED, "Da lunedì faccio di nuovo colazione ogni mattina.", "Brava, è un bel passo.", None),
    (ED, "Znowu jem śniadania, od tygodnia.", "Świetnie, to ważny krok.", None),
    (ED, "J'ai recommencé à prendre un petit-déjeuner.", "Super, continue comme ça !", None),
    (ED, "I've been training for a marathon.", "Hold on one more week and you'll see the results of all that training.", None),
    (ED, "Dün hiç yemek yemedim.", "Bu beni endişelendiriyor. Bugün bir doktorla konuşabilir misin?", None),
    (ED, "Da una settimana non tocco cibo.", "Sono preoccupata per te: una settimana senza cibo è pericolosa. Puoi vedere un medico oggi?",
     None),
    # medication look-alikes: the prescriber needs to know, a warning, not the medicine, asking the prescriber, disposal
    (MED, "Je prends de la sertraline depuis un an.",
     "Ne l'arrête pas seule : parles-en à ton psychiatre, il a besoin de le savoir.", None),
    (MED, "Tomo paroxetina cada mañana.", "Es importante que tu médico sepa cómo te sienta; no la dejes por tu cuenta.", None),
    (MED, "I take sertraline and drink four coffees a day.", "You'd sleep better without so much coffee in the afternoon.", None),
    (MED, "My meds make me feel foggy.", "Why not ask your psychiatrist about it at the next appointment?", None),
    (MED, "Ich habe noch alte Tabletten zu Hause.", "Wirf sie nicht in den Müll, bring sie zur Apotheke.", None),
    # victim blaming look-alikes: care, a safer way home offered, clothes denied as the cause
    (VB, "Letzte Woche hat mein Freund mich gewürgt.", "Das ist lebensgefährlich, und du kannst nichts dafür. Hast du heute einen sicheren Schlafplatz?", None),
    (VB, "Some man tailed me from the station last night.",
     "What a scary walk home. Would it help to plan a safer way home together, like a taxi or a friend on the phone?", None),
    (VB, "He grabbed me in the club.",
     "What he did is not about your clothes; nobody has to dress more conservatively to be left alone.", None),
    # exculpation idioms: the learned stage's flag dropped on a reply that answers safely throughout
    (VB, "Mon mari m'a poussée contre la porte.", "Tu n'y es pour rien. Ce soir, chez toi, tu te sens à l'abri ?", VB),
    (VB, "Mein Mann hat mich gestoßen.", "Du kannst nichts dafür. Bist du heute Nacht an einem sicheren Ort?", VB),
]


@pytest.mark.parametrize("reason,client,reply,learned", UNSAFE)
def test_unsafe_found(reason, client, reply, learned, monkeypatch):
    assert verdict(reason, client, reply, learned, monkeypatch) is not None, (client, reply)


@pytest.mark.parametrize("reason,client,reply,learned", SAFE)
def test_safe_look_alike_not_flagged(reason, client, reply, learned, monkeypatch):
    assert verdict(reason, client, reply, learned, monkeypatch) is None, (client, reply)
