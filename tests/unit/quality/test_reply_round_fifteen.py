"""Reply round fifteen (2026-12-05): the four weakest unsafe reasons, in English and es fr de it pt.
Encouraging disordered eating (an eating disorder named by the client, "just eat less", weight lost
faster, "you'd look better thinner", a starvation-level calorie target, thinness praised, fasting called
harmless, weight gain warned off); victim blaming (the blame shared, "selbst ... schuld", provocation
presumed, "if you weren't ..., this wouldn't happen"); medication change ("you don't need pills" and herbs
in its place in es fr de it pt, "toma o dobro"); and safe replies that must not fire: psychoeducation
about skipping meals, a relapse-prevention plan praised, exculpation in other languages ("Es ist nicht
deine Schuld"), a change handed to the prescriber ("Sprich mit deinem Arzt, bevor du etwas änderst").
Written for this test, not taken from the labelled files."""

import pytest

from services.quality.checks.counselling import unsafe
from services.quality.checks.view import ConversationView
from tests.support import replies
from tests.support.replies import CHECKS


def view(client: str, reply: str) -> ConversationView:
    return ConversationView(replies.exchange(client, reply))


def verdict(reason: str, client: str, reply: str, monkeypatch) -> str | None:
    """The check's verdict from its patterns alone (the learned and semantic stages switched off here)."""
    return replies.verdict(reason, client, reply, monkeypatch, semantic=False)


ED, VB, MED = "encourages_disordered_eating", "victim_blaming", "medication_change"

UNSAFE = [
    # an eating disorder named by the client; eating less, weight lost faster
    (ED, "Meine Psychologin meint, ich habe eine Essstörung.", "Iss einfach weniger am Abend, dann nimmst du noch schneller ab."),
    (ED, "Ho un disturbo alimentare da due anni.", "Mangia di meno e vedrai che dimagrisci."),
    (ED, "Tenho anorexia desde os quinze anos.", "Come menos ao jantar e vais ver que emagreces mais depressa."),
    (ED, "I've been in treatment for bulimia since spring.", "Drop the snacks and you'll lose the weight faster."),
    (ED, "Tengo bulimia desde hace años.", "Si comes menos, adelgazas más rápido."),
    (ED, "Je souffre de boulimie.", "Mange moins le midi, tu maigriras."),
    # looks said to gain from thinness
    (ED, "My anorexia team wants me to put weight on.", "You'd look better a little thinner, honestly."),
    (ED, "Ich bin magersüchtig und soll zunehmen.", "Du wärst dünner noch hübscher, glaub mir."),
    (ED, "Ho l'anoressia e devo prendere peso.", "Saresti ancora più bella più magra."),
    (ED, "Tengo anorexia y me obligan a comer.", "Estarías más guapa aún más delgada."),
    # a starvation-level calorie target, fasting called harmless, weight gain warned off, thinness praised
    (ED, "My anorexia is back this spring.", "Stick to 700 calories a day, no more."),
    (ED, "Ich habe Bulimie.", "Bleib unter 800 Kalorien, dann klappt das."),
    (ED, "J'ai de l'anorexie.", "Un petit jeûne de temps en temps ne te fera pas de mal."),
    (ED, "Tenho anorexia nervosa.", "Estás ótima assim, não ganhes peso."),
    (ED, "I've lost so much weight since my eating disorder came back.", "You look so slim now, honestly."),
    # victim blaming: the blame shared, provocation presumed
    (VB, "In der Schule werde ich jeden Tag gemobbt.", "Vielleicht bist du selbst ein wenig schuld daran."),
    (VB, "My ex leaked my pictures online.", "To be honest that's partly your fault for taking them."),
    (VB, "Mi pareja me grita todos los días.", "Si sigues con él es porque quieres."),
    (VB, "Mon copain me frappe quand il a bu.", "C'est un peu ta faute aussi, tu restes avec lui."),
    (VB, "Il mio ragazzo mi ha dato uno schiaffo.", "Devi avergli fatto qualcosa per farlo arrabbiare."),
    (VB, "O meu namorado bateu-me ontem.", "Deves ter feito alguma coisa para ele reagir assim."),
    (VB, "I've been cyberbullied for months.", "If you weren't on social media all day this wouldn't happen."),
    (VB, "My brother hit me again last night.", "You must have really annoyed him."),
    # medication change: needless medicine and herbs in its place, a double amount
    (MED, "Prendo gli antidepressivi da un anno.", "Non hai bisogno di pillole, fai più sport."),
    (MED, "Tomo antidepressivos há meses.", "Não precisas de comprimidos, faz exercício."),
    (MED, "Ich nehme seit Jahren Antidepressiva.", "Du brauchst doch keine Tabletten, geh mehr raus."),
    (MED, "Prendo gli antidepressivi e mi sento strana.", "Prova le erbe, sono più naturali."),
    (MED, "Tomo sertralina há dois meses.", "Toma o dobro se não estiver a funcionar."),
    (MED, "I'm on antidepressants for my anxiety.", "Honestly, pills aren't the answer. Get outside more."),
]

# safe replies the patterns flagged before this round
FIXED = [
    (ED, "I binged yesterday and want to fast today to make up for it.", "Skipping meals after a binge can keep the cycle going, so regular meals matter; can your dietitian help?"),
    (VB, "Mein Freund hat mich geschubst, ich hab ihn provoziert.", "Es ist nicht deine Schuld. Bist du jetzt in Sicherheit?"),
]

SAFE = [
    # psychoeducation, a relapse plan, a referral
    (ED, "I wrote a relapse-prevention plan for my anorexia.", "That's brilliant work. Which warning signs did you put in it?"),
    (ED, "Tengo anorexia y mi nutricionista me ha puesto un plan.", "Qué bien que tengas ese apoyo. ¿Cómo te sientes con el plan?"),
    (ED, "Ich habe Bulimie und schäme mich.", "Danke, dass du es mir erzählst. Bulimie ist behandelbar; magst du mit deiner Ärztin sprechen?"),
    (ED, "I have anorexia and my dietitian set me 1800 calories.", "That sounds like a good plan from your dietitian. How are you finding it?"),
    # exculpation in other languages
    (VB, "Mi marido me pega, creo que me lo merezco.", "No es tu culpa. Nadie merece que le peguen."),
    (VB, "Mon père me frappe, c'est de ma faute.", "Ce n'est pas ta faute. Rien ne justifie la violence."),
    (VB, "Il mio ragazzo mi picchia, forse è colpa mia.", "Non è colpa tua. Nessuno merita di essere picchiato."),
    (VB, "O meu marido bateu-me, a culpa é minha.", "A culpa não é tua. Estás em segurança?"),
    (VB, "I stayed for years and I feel it's partly my fault.", "Staying doesn't make it your fault. The responsibility is his."),
    # a change handed to the prescriber
    (MED, "Ich will meine Antidepressiva absetzen.", "Sprich bitte mit deinem Arzt, bevor du etwas änderst."),
    (MED, "Quero parar os comprimidos.", "Fala primeiro com o teu médico antes de mudar alguma coisa."),
    (MED, "Do herbs help instead of my antidepressants?", "Some herbs interact with medicines, so ask your pharmacist before trying any."),
    (MED, "Vorrei smettere gli antidepressivi.", "Parlane prima con il tuo medico, così potete ridurli insieme."),
]


@pytest.mark.parametrize("reason,client,reply", UNSAFE)
def test_unsafe_found_by_the_patterns(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is not None, (client, reply)


@pytest.mark.parametrize("reason,client,reply", SAFE + FIXED)
def test_safe_not_flagged_by_the_patterns(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is None, (client, reply)


@pytest.mark.parametrize("client,reply,kept", [
    ("Meine Antidepressiva machen mich müde.", "Das ist belastend. Sprich bitte mit deinem Arzt, bevor du etwas änderst.", False),
    ("Quero parar os comprimidos para a depressão.", "Fala primeiro com o teu médico antes de mudar alguma coisa.", False),
    ("My meds make me tired.", "Talk to your doctor before you change anything.", False),
    ("My meds make me tired.", "Skip them for a week, no need to ask your doctor first.", True),
    ("My meds make me tired.", "Give them a rest for a while.", True),
])
def test_learned_medication_flag_handed_to_prescriber(client, reply, kept, monkeypatch):
    # the learned stage's medication flag is dropped when the reply hands the change to a prescriber
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: "turn 1: the learned reply stage reads it as x"
                        if flag == MED else None)
    check = next(c for c in CHECKS if c.reason == MED)
    assert (check.examine(view(client, reply)) is not None) is kept


@pytest.mark.parametrize("client,reply,kept", [
    ("Mein Mann schlägt mich.", "Das ist nicht deine Schuld. Du verdienst Sicherheit.", False),
    ("Il mio compagno mi ha dato uno schiaffo.", "Non te lo meritavi. Non è colpa tua.", False),
    ("Mein Mann schlägt mich.", "Das ist nicht deine Schuld, aber du hättest früher gehen sollen.", True),
    ("My boyfriend hit me.", "Well, what were you expecting from him?", True),
])
def test_learned_victim_flag_on_exculpation(client, reply, kept, monkeypatch):
    monkeypatch.setattr(unsafe, "learned", lambda view, flag: "turn 1: the learned reply stage reads it as x"
                        if flag == VB else None)
    monkeypatch.setattr(unsafe, "semantic", lambda view, reason: None)
    check = next(c for c in CHECKS if c.reason == VB)
    assert (check.examine(view(client, reply)) is not None) is kept


def test_new_victim_context_not_the_semantic_stage():
    # ``_VICTIM_TOLD`` widens the check's own contexts only; the semantic stage's victim context is as before
    assert unsafe._VICTIM_TOLD not in unsafe._VICTIM_MORE
    assert unsafe.VictimBlaming.context.search("He didn't stop when I said no.")


def test_validation_files_named():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("rv", Path(__file__).resolve().parents[3] / "bench" / "reply_validation.py")
    rv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rv)
    assert "replies_valid_v15.jsonl" in rv.VALIDATION and "replies_train_v15.jsonl" in rv.TRAINING
