"""Counsellor turns that must not be learned from: telling a client to change medication,
dosing, diagnosing the client outright, minimising, victim-blaming, dismissive or shaming
language, encouraging self-harm or disordered eating, and terse non-answers to distress.

Each flag names the counsellor turn and what it says. Each check reads a phrase in its
context, four ways (the fourth, ``after``, below the list):

- ``pattern``: phrases unsafe wherever the counsellor says them, unless negated or reported
  ("don't stop taking them", "if someone tells you you're crazy", a question about what the
  client believes), or, for medication, unless the same sentence hands the decision to a
  prescriber ("talk to your GP before you stop") without brushing the prescriber aside ("you
  don't need to wait for your doctor").
- ``brief``: phrases unsafe when they are the substance of a short reply ("Everyone has bad
  days.", "At least you still have a job.") but ordinary in a long answer that explains and
  validates ("everyone has some anxiety, it is what helps us respond to stress...": real
  counsellors' answers on CounselChat use them that way), or that acknowledges first ("lots of
  people feel that way, and it can be really limiting. What is hardest?"), unless a second
  such phrase follows.
- ``contextual``: phrases unsafe only as an answer to what the client said ("keep it up" to
  someone eating 600 calories a day, "go ahead" to someone who wants to hurt themselves, "bin
  them" to someone talking about their pills), and only when the reply holds no safety
  response, acknowledgement or referral (a reply that acknowledges and asks about safety is
  safe).

A reply can acknowledge first and then blame, dismiss or encourage harm ("I'm so sorry. Still,
what were you wearing?"). So the part after the reply *turns* (a contrast opening a clause, or the
end of an opening acknowledgement: ``_turns``) is read on its own: ``contextual`` applies to it
when it alone holds no care, and ``after`` holds the phrases of each reason that are unsafe there
(questions about the client's own conduct after a harm disclosure, "you're overthinking it",
"it's just a dog", "as long as it works", "a sign it's working"), unless the sentence
exculpates the client or forbids the change."""

from __future__ import annotations

import itertools
import re
from typing import ClassVar

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.counselling import reply_model, reply_semantic
from services.quality.checks.counselling.reply_model import more_words_than
from services.quality.checks.counselling.crisis import (LEVELS, MEANS_AWAY31B, SAFETY_ASKED_LANGS, SAFETY_LANGS, SAFETY_REFERRED_LANGS,
                                                        SAFETY_RESPONSE, turn_risk)
from services.quality.checks.counselling.task_frame import impersonal_instruction, text_task
from services.quality.checks.counselling.therapeutic import OPEN_QUESTION, REFLECTION, VALIDATION
from services.quality.checks.prefilter import pruned
from services.quality.checks.unspaced import HAN_KANA, han_kana, terse_words
from shared import prescreen

_I = re.IGNORECASE
_WORD = re.compile(r"\w+")
# Reported, negated, hypothetical or questioned speech is not the counsellor saying it: "doesn't
# mean you have an anxiety disorder", "if someone tells you that you're crazy", "because you have
# autism?", "it's possible that you have depression".
_HEDGED = re.compile(r"(?:\bnot|n't|\bno|\bif|\bwhether|\bbecause|\btells?(?: you)?|\bsays?|\bthinks?|"
                     r"\bmeans?(?: that)?|\bwhy)\b[^.!?]{0,25}$", _I)
_NEGATED = re.compile(r"(?<!\bwhy )(?:\b(?:not|never|no|don'?t|didn'?t|isn'?t|wasn'?t|without|nobody|no one)\b|n't)[^.!?,]{0,20}$",
                      _I)
_PRESCRIBER = re.compile(r"\b(?:prescriber|prescribing|doctor|gp|psychiatrist|pharmacist|nurse|clinician|"
                         r"médecin|arzt|ärztin|médico|medico|lekarz\w*|医生)\b", _I)
# ... and a prescriber named only to be brushed aside is no hedge
_BYPASS = re.compile(r"\b(?:(?:don'?t|do not|no) need (?:to )?(?:wait for|ask|check with|see|bother|involve|tell|run it)|"
                     r"without (?:asking|telling|checking|seeing|bothering|waiting)|instead of (?:asking|seeing|waiting)|"
                     r"(?:doctors?|gps?) (?:just|only|always) (?:want|push|over)|yourself\b|"
                     r"(?:doctor|gp|prescriber|psychiatrist|pharmacist)s? (?:won'?t|will not|wouldn'?t|doesn'?t|don'?t) "
                     r"(?:mind|notice|care|know|need to know))", _I)
# replies round twenty-eight, second pass: the prescriber kept out of it in es fr de it pt pl nl ("ton médecin n'a
# pas besoin de le savoir", "dein Arzt muss das nicht wissen", "pas besoin de demander au médecin"): not a hand-over.
# Kept apart from ``_BYPASS``, which is also a feature of the learned stage (``reply_model``), left as trained.
_BYPASS_LANG = re.compile(
                     r"\b(?:(?:m[ée]decin|psychiatre|m[ée]dic[oa]|psiquiatra|arzt|[äa]rztin|psychiater\w*|psichiatra|lekarz\w*|"
                     r"huisarts|arts|dokter|doktor\w*) (?:n'a pas besoin de|n'a pas [àa]|no tiene (?:por qu[ée]|que|necesidad de)|"
                     r"no necesita|muss (?:das|es|davon) (?:nicht|nichts)|braucht (?:das|es|davon) (?:nicht|nichts)|"
                     r"non (?:deve|ha bisogno di)|n[ãa]o (?:precisa|tem de|tem que)|nie musi|hoeft (?:het|dat|dit) niet)"
                     r"[^.!?]{0,20}\b(?:savoir|saber|wissen|erfahren|saperlo|sapere|wiedzie[ćc]|weten|enterarse)|"
                     r"pas besoin de (?:demander|consulter|pr[ée]venir|lui en parler|en parler)|"
                     r"no (?:hace falta|necesitas|tienes que) (?:preguntar|consultar|avisar|dec[ií]rselo)|"
                     r"(?:musst|brauchst) (?:deinen arzt |deine [äa]rztin |ihn |sie )?(?:nicht|nichts|nicht extra) (?:zu )?(?:fragen|sagen)|"
                     r"non (?:c'[èe] )?bisogno di (?:chiedere|dirlo|avvisare)|n[ãa]o precisas? de (?:perguntar|consultar|avisar|dizer))", _I)
# replyblind35b: the change made "without telling" the prescriber, in fr es de it pt nl ("sans rien dire à ton médecin",
# "sin decirle nada a tu médico", "ohne deinen Arzt zu fragen", "senza dirlo al medico", "sem falar pro médico", "zonder je
# huisarts te vragen"): the prescriber brushed aside, not a hand-over
_BYPASS_LANG = re.compile(_BYPASS_LANG.pattern + r"|\b(?:sans (?:rien |le |lui |en )?(?:dire|demander|parler|pr[ée]venir)|"
                          r"sin (?:dec[ií]rselo|decirle|decir(?:le)? nada|consultar|avisar)|ohne (?:\w+ )?(?:zu fragen|zu sagen|bescheid)|"
                          r"senza (?:dirlo|dire niente|chiedere|avvisare)|sem (?:falar|contar|dizer|avisar)|zonder (?:het )?(?:te vragen|"
                          r"te zeggen|te overleggen|\w+ (?:huisarts|arts|dokter) te))\b[^.!?]{0,30}\b(?:m[ée]decin|psy\w*|docteur|"
                          r"m[ée]dic[oa]|arzt|[äa]rztin|huisarts|arts|dokter|doctor)\b|\bohne (?:deinen|deine|den|die) (?:arzt|[äa]rztin)\b", _I)
# A reply that cares for the client: a safety response, an acknowledgement, a referral.
_CARE = re.compile(
    r"\b(?:sorry|that sounds|it sounds like|sounds (?:really|so|very)|must (?:be|feel)|i hear|i'?m (?:here|worried|concerned)|"
    r"worried about you|not judging|no judg(?:e)?ment|gp|doctor|prescriber|dietitian|eating disorder (?:service|team|charity)|"
    r"therapist|counsell?or|support (?:line|service|group)|how (?:are|have) you (?:been )?(?:feeling|managing|coping)|"
    r"how (?:do|does|did) (?:it|that|you) feel|what'?s (?:been )?(?:going on|happening)|lo siento|siento que|no te juzgo|"
    r"désolée?|je suis là|tut mir leid|bin (?:für dich )?da|sinto muito|estou aqui|mi dispiace|sono qui|przykro mi|"
    r"jestem tu|很抱歉|我在这里|我很担心|glad (?:you|u) (?:asked|told|said|shared|reached)|"
    # replies round fourteen: sorrow and condolence said in other words and languages ("Das tut mir sehr
    # leid", "lamento imenso", "qué pena", "my condolences")
    r"tut mir (?:\w+ )?leid|(?:lo )?lament(?:o|amos)|qu[ée] pena|"
    r"condolences|condolencias|condol[ée]ances|condoglianze|p[êe]sames|beileid|"
    r"je suis (?:vraiment |tellement |si |tr[èe]s )?d[ée]sol[ée]e?)\b", _I)
# review31: a negation whose clause goes on with "or"/"nor" up to the phrase ("don't need to X or Y"): Y is denied too
_NEGATED_OR = re.compile(r"(?:\b(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|shouldn'?t|mustn'?t|without)\b|n't)"
                         r"[^.!?;:,]{0,50}\b(?:or|nor)\s+(?:to\s+|try\s+to\s+)?$", re.IGNORECASE)


# Where a reply turns: a contrast at the start of a clause ("but", "though", "still", "that said",
# "anyway", "then again", "honestly", "on the bright side"), or the end of an opening
# acknowledgement ("I'm so sorry that happened." / "I hear you,"). What follows is read on its own:
# an acknowledgement before it does not make it safe.
_PIVOT = re.compile(
    r"(?:^|(?<=[.!?;:,\n])|(?<=\s[-\u2013\u2014]))\s*(?:but|though|although|still|that said|having said that|"
    r"anyway|anyhow|then again|however|honestly|to be (?:honest|blunt|fair|frank)|on the bright side|in that case|"
    r"at the same time|even so|regardless|mind you|out of curiosity|pero|sin embargo|aun así|de todas formas|mais|"
    r"cependant|quand même|aber|trotzdem|jedoch|allerdings|mas|porém|contudo|mesmo assim|però|comunque|tuttavia|ale|"
    r"jednak|mimo to)\b|(?<=\w) (?:though|honestly|anyway)\b|但是|不过|可是", _I)
_OPENING_ACK = re.compile(
    r"^\s*(?:(?:okay|ok|well|oh),? )?(?:i'?m (?:so |really |very )?(?:sorry|glad you told me)|i hear|i get|i understand|"
    r"i can (?:see|hear|tell)|i appreciate|i know|thank(?:s| you)|that (?:sounds|must)|it sounds|sounds|"
    r"that'?s (?:disappointing|hard|tough|awful|rough)|what a|lo siento|entiendo|te entiendo|d[ée]sol[ée]e?|je comprends|"
    r"tut mir leid|ich verstehe|das klingt|sinto muito|entendo|mi dispiace|capisco|przykro mi|rozumiem)\b[^.!?]*[.!?,]|"
    r"^\s*(?:我理解|很抱歉|我明白|听起来)[^。！？，,]*[。！？，,]", _I)


def _turns(text: str) -> list[int]:
    """Offsets where a reply turns (see ``_PIVOT``, ``_OPENING_ACK``), first to last."""
    starts = [m.end() for m in _PIVOT.finditer(text) if m.end() > 0]
    ack = _OPENING_ACK.match(text)
    if ack:
        starts.append(ack.end())
    return sorted(set(starts))


def learned(view: ConversationView, flag: str) -> str | None:
    """The learned stage's (``reply_model``) flag ``flag`` on the first counsellor turn it reads
    it in, naming the turn and the reason; None when the stage reads none (or is off)."""
    found = view.memo.get("reply_model")
    if found is None:
        found = view.memo["reply_model"] = []
        for i, j in _pairs(view):
            reasons = reply_model.flagged_reasons(view.messages[i].content, view.messages[j].content, turn_risk(view, i))
            found.extend((j, reply_model.REASON_FLAGS[r]) for r in reasons)
    for j, f in found:
        if f == flag:
            return f"turn {j}: the learned reply stage reads it as {f.replace('_', ' ')}"
    return None


def flagged_turn(detail: str) -> int:
    """The counsellor turn a flag's detail names ("turn 3: ...")."""
    return int(detail.split(":", 1)[0].split()[1])


def learned_unless(view: ConversationView, flag: str, *cared: re.Pattern) -> str | None:
    """``learned``, dropped when the reply it names holds any of ``cared`` (a safety question, a crisis
    line or care, in words the stage's own features do not read)."""
    found = learned(view, flag)
    if found is not None and cared:
        reply = view.messages[flagged_turn(found)].content
        if any(prescreen.search(p, reply) for p in cared):
            return None
    return found


def semantic(view: ConversationView, reason: str) -> str | None:
    """The semantic stage's (``reply_semantic``) flag for ``reason`` on the first counsellor turn it
    reads it in; None when it reads none (or is off). Replies answering a general task are not read."""
    found = view.memo.get("reply_semantic")
    if found is None:
        found = view.memo["reply_semantic"] = []
        for i, j in _semantic_pairs(view):
            found.extend((j, r) for r in reply_semantic.flagged(view.messages[i].content, view.messages[j].content,
                                                                  turn_risk(view, i)))
    for j, r in found:
        if r == reason:
            return f"turn {j}: the semantic reply stage reads it as {r.replace('_', ' ')}"
    return None


def _pairs(view: ConversationView) -> list[tuple[int, int]]:
    """(client turn, the counsellor reply to it) of every reply the learned stage reads (once a view);
    none when the stage is off (``reply_model.model()`` is None: ``flagged_reasons`` reads nothing,
    so the gate's word counts and vocabulary searches are not run)."""
    out = view.memo.get("reply_pairs")
    if out is None:
        out = view.memo["reply_pairs"] = []
        if reply_model.model() is None:
            return out
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant" or not reply_model.short_enough(msg.content):
                continue
            i = _client_index(view, j)
            if i is not None and task_reply(view, j) is None and \
                    reply_model.gate(view.messages[i].content, msg.content, turn_risk(view, i)) and \
                    not _closing33l(view, i, msg.content):
                out.append((i, j))
    return out


# replyblind33b (33L): a short goodbye or "you're welcome" answering a client's short thanks or goodnight, in es fr de it pt nl
# pl and English ("Vale, me voy a dormir ya." / "Vale, descansa. Mañana seguimos si quieres", "Dzięki za rozmowę." / "Nie ma
# za co. Pisz, kiedy chcesz", "Bedankt voor het luisteren." / "Graag gedaan. Je mag altijd terugkomen", "Tot morgen!" /
# "Tot morgen, slaap lekker!"): the learned and semantic stages do not read it (they read warm sign-offs in other languages
# as dismissive or minimising); the patterns still do
_CLOSING_CLIENT33L = re.compile(
    r"\b(?:gracias|merci|danke|grazie|obrigad[oa]|dzi[ęe]k(?:i|uj[ęe])|bedankt|thanks|thank (?:you|u)|thx|bye|adi[óo]s|"
    r"hasta (?:ma[ñn]ana|luego)|[àa] demain|bis morgen|a domani|at[ée] amanh[ãa]|tot morgen|do jutra|buenas noches|bonne nuit|"
    r"gute nacht|buona ?notte|boa noite|goedenacht|welterusten|dobranoc|good ?night|night|me voy a dormir|je vais dormir|"
    r"ich geh(?:e)? (?:jetzt )?schlafen|vado a dormire|vou dormir|ik ga slapen|id[ęe] spa[ćc])\b", re.IGNORECASE)
_CLOSING_REPLY33L = re.compile(
    r"\b(?:de nada|no hay de qu[ée]|descansa|de rien|avec plaisir|repose-toi|gern(?:e| geschehen)?|prego|di niente|figurati|"
    r"nie ma za co|graag gedaan|slaap (?:lekker|goed)|[śs]pij dobrze|dors bien|schlaf gut|dormi bene|durma bem|dorme bem|"
    r"hasta ma[ñn]ana|[àa] demain|bis morgen|a domani|at[ée] amanh[ãa]|tot morgen|do jutra|buenas noches|bonne nuit|gute nacht|"
    r"buona ?notte|boa noite|welterusten|dobranoc|take care|sleep well|anytime|you'?re welcome|no worries)\b", re.IGNORECASE)


def _closing33l(view: ConversationView, i: int, reply: str) -> bool:
    """A short closing reply (at most 14 words) to a short thanks or goodnight (at most 12 words) the risk detector reads
    nothing in: word counts first, so that a longer reply costs one split."""
    client = view.messages[i].content
    return (len(reply.split()) <= 14 and len(client.split()) <= 12 and _CLOSING_REPLY33L.search(reply) is not None
            and _CLOSING_CLIENT33L.search(client) is not None and turn_risk(view, i) == "none")


def _semantic_pairs(view: ConversationView) -> list[tuple[int, int]]:
    """(client turn, the counsellor reply to it) of the replies the semantic stage may read (once a
    view): those the reply stage reads (``_pairs``: its gate is part of the semantic stage's, which
    reads only replies it scores) scored at least the lowest of ``reply_semantic.NEAR`` (or not scored
    yet); none when the stage is off."""
    out = view.memo.get("semantic_pairs")
    if out is None:
        out = view.memo["semantic_pairs"] = []
        if reply_semantic.model() is None:
            return out
        low = min(reply_semantic.NEAR.values())
        for i, j in _pairs(view):
            p = reply_model._SCORES.get((view.messages[i].content, view.messages[j].content))
            if p is None or p >= low:
                out.append((i, j))
    return out


def prefetch_replies(views: list[ConversationView]) -> int:
    """Hand the learned reply stage every candidate reply of these conversations at once (a few
    batched MiniLM passes); ``learned`` then finds them read. Then the semantic stage its candidates
    (``reply_semantic.prefetch``: its gate reads the reply stage's scores, one batched pass per
    encoder), when it is on. Returns how many were encoded."""
    items = [(view.messages[i].content, view.messages[j].content, turn_risk(view, i))
             for view in views for i, j in _pairs(view)]
    n = reply_model.prefetch(items) if items else 0
    if reply_semantic.model() is not None:
        more = [(view.messages[i].content, view.messages[j].content, turn_risk(view, i))
                for view in views for i, j in _semantic_pairs(view)]
        n += reply_semantic.prefetch(more) if more else 0
    return n


def _client_index(view: ConversationView, j: int) -> int | None:
    """The index of the last client turn before message ``j`` (None: there is none)."""
    for i in range(j - 1, -1, -1):
        if view.messages[i].role == "user":
            return i
    return None


def _client_before(view: ConversationView, j: int) -> str:
    """The text of the last client turn before message ``j`` ("" when there is none)."""
    i = _client_index(view, j)
    return "" if i is None else view.messages[i].content


def task_reply(view: ConversationView, j: int) -> str | None:
    """Whether counsellor turn ``j`` answers a general task rather than a client (``task_frame``),
    remembered by the view: "text" after a task about given text (the reply is that text
    translated, edited, classified...: not the counsellor speaking to the client, so no reply check
    reads it), "instruction" after an impersonal instruction (no one speaks of themselves: the
    checks that ask how a reply answers the client's distress do not apply; phrases unsafe wherever
    they are said still do when the exchange is on the check's topic, its ``context``: "switch to
    renewable energy" is no change of medication), None otherwise, or when the client turn
    discloses risk all the same (moderate or high, ``turn_risk``)."""
    memo = view.memo.setdefault("task_reply", {})
    if j in memo:
        return memo[j]
    i = _client_index(view, j)
    kind = None
    if i is not None:
        client = view.messages[i].content
        kind = "text" if text_task(client) is not None else "instruction" if impersonal_instruction(client) else None
        if kind is not None and LEVELS.index(turn_risk(view, i)) >= LEVELS.index("moderate"):
            kind = None
    memo[j] = kind
    return kind


def _words(view: ConversationView, text: str) -> int:
    """``len(_WORD.findall(text))`` of a message's text, counted once per text (``Folded.remembered``)."""
    return view.fold(text).remembered("words", lambda: len(_WORD.findall(text)))


def _sentence(text: str, m: re.Match) -> tuple[int, int]:
    s = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i != -1]
    return s, min(ends, default=len(text))


def _sentence_has(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    s, e = _sentence(text, m)
    return pattern.search(text, s, e) is not None


def _waves_off_prescriber(text: str, m: re.Match) -> bool:
    """The sentence names a prescriber as the one to decide ("talk to your GP before you stop"),
    and does not brush the prescriber aside ("you don't need to wait for your doctor")."""
    s, e = _sentence(text, m)
    return _PRESCRIBER.search(text, s, e) is not None and _BYPASS.search(text, s, e) is None \
        and _BYPASS_LANG.search(text, s, e) is None


# replyblind34b: the unsafe clause inside a warm reply, in the wording families its blind file missed (see docs/quality.md,
# "replyblind34b"). Each is read where its check reads the family: ``after`` (once the reply turns from a warm opener,
# against the client's own words), ``contextual`` (the medication checks, against a medicine the client names) or ``pattern``.
# eating: a planned snack left out when it "feels like too much", a lost period or weight made leanness, a run that cancels a
# binge or food "burned off", an empty stomach as control, a food group cut out completely, purging or laxatives "fine as
# long as", calories saved for later, weight held "not a gram higher", water or coffee when hunger hits, earning meals, chewing
# and spitting "not the worst habit", the edge taken off hunger; skipping a meal, burning off what was eaten and weight watched
# in es fr de it pt
_EDE_AFTER34B = (
    r"\bif (?:the |your )?(?:snacks?|meals?|portions?|meal plan) (?:feels?|seems?|are|is) (?:like )?(?:too much|a lot)\b[^.!?]{0,40}"
    r"\b(?:leave|skip|drop|cut)\b|\b(?:just |mostly |only |probably )?means you(?:'re| are) (?:getting |becoming )?(?:lean|leaner|fit|"
    r"fitter|toned|disciplined|in shape)\b|"
    r"\b(?:run|workout|gym session|walk|exercise|session)\b[^.!?]{0,30}\bcancels? (?:\w+ ){0,2}?(?:out|the binge|the meal|it)\b|"
    r"\b(?:at least|good thing|luckily) you (?:burn(?:ed|t)?|worked|ran) (?:it|that|them) off\b|"
    r"\ban empty stomach (?:can be|is|feels)\b[^.!?]{0,30}\b(?:good|grounding|great|nice|control|clean)\b|"
    r"\bcut(?:ting)? (?:\w+ ){0,2}?(?:carbs|sugar|fats?|meals?|food groups?|bread|dinner) out (?:completely|entirely|altogether)\b|"
    r"\b(?:a couple|one or two|a few|just one)\b[^.!?]{0,30}\b(?:is|are|'s) (?:totally |perfectly )?(?:fine|ok(?:ay)?|alright)\b"
    r"[^.!?]{0,30}\bas long as\b|"
    r"\bsave (?:up )?(?:your |some )?calories\b|\bkeep your weight (?:exactly )?where it is\b|\bnot a (?:gram|pound|kilo|pound more) higher\b|"
    r"\b(?:glass of water|black coffee|sparkling water|chewing gum|cup of tea)\b[^.!?]{0,40}\bwhen(?:ever)? (?:the )?hunger\b|"
    r"\bhunger\b[^.!?]{0,30}\b(?:usually|always|soon) passes\b|"
    r"\bearn(?:ing)? (?:your|the) (?:meals?|food|dinner|treats?)\b[^.!?]{0,30}\b(?:great|good|smart|healthy|motivator)\b|"
    r"\bnot the worst habit\b|\btake the edge off (?:the |your )?(?:hunger|appetite|cravings)\b|"
    r"(?<!serve )(?<!bisogno di )(?<!precisa )(?<!precisas )(?<!besoin de )(?<!falta )(?<!necesitas )(?<!no )(?<!pas )(?<!non )"
    r"(?<!não )(?<!nao )(?<!sem )(?<!sans )(?<!senza )(?<!sin )"
    r"\b(?:s[áa]ltate (?:la |el )?(?:cena|comida|desayuno)|saltarte (?:la |el )?(?:cena|comida|desayuno)|"
    r"sauter (?:le |la )?(?:d[îi]ner|petit-d[ée]jeuner|d[ée]jeuner|repas)|salta(?:re)? (?:la |il )?(?:cena|pranzo|colazione)|"
    r"pular (?:o |a )?(?:jantar|almo[çc]o|caf[ée] da manh[ãa]))\b|"
    r"\bbruci (?:subito )?quello che hai mangiato\b|\bbr[ûu]ler ce que tu as mang[ée]\b|\bquemar lo que (?:has )?comid\w*\b|"
    r"\bqueimar o que (?:voc[êe] )?comeu\b|\bverbrennst du (?:das|es) (?:gleich )?wieder\b|"
    r"\b(?:c'est bien|bravo|super) de (?:garder un [œo]e?il sur|surveiller) ton poids\b|\bdiszipliniert\b[^.!?]{0,20}\bweiter so\b|"
    r"\bse [ée] s[óo] de vez em quando,? n[ãa]o precisa (?:se )?preocupar\b|"
    r"\b(?:really |very |super )?clean (?:choices|eating|foods?)\b[^.!?]{0,30}\b(?:doing (?:well|great|so well)|good job|well done)\b|"
    r"\b(?:try|do|start) (?:a |an )?(?:fasting window|intermittent fast(?:ing)?|water fast|juice (?:cleanse|fast|day))\b|"
    r"\bnothing (?:to eat )?after [1-9] ?(?:pm|p\.m\.|o'?clock)\b|"
    r"\bweighing yourself\b[^.!?]{0,30}\b(?:just means|is (?:fine|normal|good)|on top of)\b|"
    r"\b(?:[4-9]\d{2}|1[01]\d{2}) (?:calorias|calor[ií]as|calories|kalorien|kcal) (?:por dia|al d[ií]a|par jour|pro tag|am tag|"
    r"al giorno|a day|per day)\b")
_EATING_CLIENT34B = (r"\b(?:snacks?|period|dieting|binge\w*|empty|carbs|quilos|kilos|calories|jantar|cena|d[îi]ner|abendessen|p[èe]s[eo]|safe foods?|"
                     r"weight|weighing)\b")
# victim blaming: laughing along asked about, a risk the client "was always going to" run, "if you'd just shown him", the wrong
# idea given, control made "your choice", harassment that "comes with the territory", "it does take two", trust called naive
# "of you", the client told to avoid writing or saying what upsets the abuser or not to argue back, what the client "might have
# done to make him" angry, drinking watched "for the future", a key given or a door left; "essaie de ne pas le contrarier";
# the harm told as a smashed phone, sexual comments, money controlled, harassment, a diary read, a forced kiss, yelling,
# punching, pushing, a slap (fr)
_VICTIM_AFTER34B = (
    r"\bdid you (?:maybe |perhaps |ever )?(?:laugh|play|go) along\b|\bwas always going to (?:be (?:risky|dangerous)|end badly|happen)\b|"
    r"\bif you'?d (?:just |only )?\w+\b[^.!?]{0,50}\b(?:he|she|they) (?:probably |likely )?(?:wouldn'?t|would not)\b|"
    r"\b(?:gave|give|given|giving) (?:him|her|them) the wrong (?:idea|impression|signals?)\b|"
    r"\b(?:in a way|partly|kind of|technically),? it was your (?:own )?(?:choice|decision|doing)\b|\bcomes? with the territory\b|"
    r"\bit (?:does|really|always) takes? two\b|\b(?:a bit|rather|too|very|quite) (?:trusting|careless|naive|gullible) of you\b|"
    r"\b(?:avoid|don'?t|stop|try not to) (?:writing|saying|doing|wearing|posting) (?:\w+ )?(?:things|anything|stuff|what) "
    r"(?:that'?ll|that will|that would|that might|which|to) (?:upset|annoy|anger|provoke|set off|wind up)\w* (?:him|her|them)\b|"
    r"\bwhat you (?:might|may|could) have (?:done|said) to (?:make|set|upset|annoy|anger|provoke)\w* (?:him|her|them)\b|"
    r"\b(?:try not to|don'?t|do not|never) (?:argue|answer|talk) back\b|\bkeep(?:ing)? an eye on how much you (?:drink|drank)\b|"
    r"\byou did (?:give|leave|go|post|wear|drink|flirt|send|lend)\b|"
    r"\b(?:essaie|essayez|[ée]vite)(?:z)? de ne pas (?:le|la|les) (?:contrarier|provoquer|[ée]nerver|agacer)\b|"
    r"\b(?:sending|giving|lending|transferring) (?:money|cash|your savings)\b[^.!?]{0,60}\bwas always going to\b|"
    r"\bthe way (?:we|you|people|women|girls) dress\b[^.!?]{0,40}\b(?:send|give|draw|attract|invite)\w*\b")
_VICTIM_CLIENT34B = (r"(?<!\bI )(?<!\bi )\b(?:smash(?:ed|es)? my|punch(?:ed|es)? (?:the wall|walls)|sexual comments|controls? (?:all )?(?:the |my |our )?(?:money|finances)|harass\w*|"
                     r"took my (?:stuff|things)|reads? my (?:diary|messages|texts|phone)|goes mad|forced a kiss|kissed me|"
                     r"yell(?:ed|s)? at me|punch(?:ed|es)? me|push(?:ed|es)? me|gifl\w*|m'a frapp\w*)\b")
# minimising: teasing made part of growing up, "nothing to be scared of", "you'll be laughing about this", care "without
# complaining", money "just money", a feeling that "can't hurt you", "more than many can say", "so treatable these days",
# "in the grand scheme", "não tem motivo pra tanto", "des gens plus malheureux que toi"
_MINIMISE_AFTER34B = (
    r"\b(?:kids|children|teenagers|teens) (?:tease|bully|pick on|are mean to) each other\b|\bjust part of growing up\b|"
    r"\bnot (?:really )?something to be (?:traumati[sz]ed|upset|scared|worried|afraid) (?:about|of|by)\b|"
    r"\bthere'?s (?:honestly |really )?nothing to be (?:scared|afraid|worried|upset|traumati[sz]ed)\b|"
    r"\byou'?ll be laughing about (?:this|it)\b|\b(?:people|others|lots of people) (?:\w+ ){0,4}?without complaining\b|"
    r"\bmoney is (?:just|only) money\b|\bnot worth losing sleep over\b|"
    r"\b(?:is|'s) (?:just|only) a feeling\b[^.!?]{0,30}\bcan'?t (?:actually |really )?hurt you\b|\bmore than many can say\b|"
    r"\bso treatable (?:these days|now|nowadays)\b|\bin the grand scheme(?: of things)?\b|"
    r"\bn[ãa]o tem motivo (?:pra|para) tanto\b|\bdes gens (?:bien |beaucoup )?plus malheureux que toi\b|"
    r"\bgeh[öo]rt (?:halt |eben |doch )?zum erwachsenwerden\b|\bjust the (?:winter|january|monday|baby) blues\b|"
    r"\bput (?:it|this|that|the past|what happened) behind you\b")
# dismissive: "not what we're here to talk about", "let's not go down that road", "not big enough for counselling", "not trying
# hard enough", "just get on with things", "no hace falta darle más vueltas"
_DISMISS34B = (
    r"\b(?:that'?s|this is|it'?s) not (?:really )?what we'?re here (?:to (?:talk about|discuss)|for)\b|\blet'?s not go down that road\b|"
    r"\bnot (?:a )?big enough (?:issue|problem|deal|thing) for (?:counselling|therapy|us|a session)\b|"
    r"\b(?:probably |just )?because you'?re not trying hard enough\b|\byou'?re not trying hard enough\b|"
    r"\b(?:i )?(?:don'?t|do not) (?:really )?think (?:that'?s|it'?s|this is) (?:a )?big enough (?:issue|problem|deal|thing) for "
    r"(?:counselling|therapy|us|a session)\b|\bjust get on with (?:things|it|life)\b|\bno hace falta darle m[áa]s vueltas\b")
# medication: tapering oneself off, a week or a holiday off the tablets, taking them only on the bad days, one of a friend's,
# "you don't need it ... skip it", "yo lo dejaría", "se non ti va non prenderla", "tu pourrais l'arrêter", "vai diminuindo por
# conta própria" (read against a medicine the client names)
_MED_CHANGE34B = (
    r"\btaper yourself off\b|\bwean yourself off\b|\b(?:take|have) a (?:week|few days|couple of (?:days|weeks)|break|holiday) off "
    r"(?:them|it|your meds|the meds|your (?:tablets|pills|medication))\b|\bmed(?:ication|s)? holiday\b|"
    r"\btake (?:them|it) (?:only )?on the bad days\b|\b(?:take|taking|have|having) one of (?:hers|his|theirs)\b|"
    r"\byou don'?t (?:really )?need (?:it|them)\b[^.!?]{0,40}\b(?:skip|stop|drop|ditch) (?:it|them)\b|"
    r"\byo (?:lo|la|los|las) dejar[ií]a\b|\bse non ti va,? non (?:la |lo |le |li )?prender(?:la|lo|le|li)?\b|"
    r"\btu pourrais (?:l'|les )arr[êe]ter\b|\b(?:vai|v[áa]) diminuindo por conta pr[óo]pria\b|\bpor conta pr[óo]pria at[ée] parar\b")
# dosing: drops or mg raised to a number, an extra or a second tablet, two instead of one, half of someone else's
_DOSING34B = (
    r"\b(?:aumenta|sube|augmente|erh[öo]he?|aumente|raise|go up) (?:\w+ ){0,2}?(?:a |to |auf |[àa] |para |fino a )?\d+ ?"
    r"(?:gocce|gotas|gouttes|tropfen|drops|mg)\b|"
    r"\btake an? (?:extra|additional|second) (?:one|tablet|pill|dose|capsule|\w+am|\w+ine|\w+pam)\b|"
    r"\b(?:tomarte|tomar|take|prendre|nehmen|prendere) (?:two|dos|deux|zwei|due) (?:instead of|en vez de|au lieu d'une|statt|invece di) "
    r"(?:one|una|uno|eine)\b|\bprends-en (?:un|une) (?:deuxi[èe]me|autre|de plus)\b|\bhalf (?:of )?one of (?:hers|his|theirs)\b")
# self-harm: hurting made a healthy outlet or a reset, "keep snapping", pain that "helps us feel real", kept where nobody sees,
# "if you really need it, it's okay"
_HARM_AFTER34B = (
    r"\b(?:punching|hitting|scratching|snapping|burning|cutting)(?: \w+)? (?:is|can be) a (?:healthy|good|safe|great|fine) "
    r"(?:way|outlet|release)\b|\bkeep snapping\b|\bpain (?:can be|is) a (?:good|great|healthy) (?:reset|release|outlet)\b|"
    r"\b(?:a (?:little|bit of) )?pain helps (?:us|you) (?:to )?feel (?:real|alive|something)\b|"
    r"\bkeep it to (?:places|somewhere|spots|areas) (?:no ?one|nobody|people won'?t)\b|"
    r"\bif you (?:really )?need (?:it|to),? (?:it'?s|that'?s) (?:okay|ok|fine|alright)\b")
_MINIMISE_CLIENT34B = (r"\b(?:bullied|cheated|destroyed|lonely|terrified|cancer|flashbacks?|debt|drowning|exhausted|caring for|"
                       r"grades|failure|served|can'?t sleep|pesadelos|malheureu\w*|vide|gemobbt)\b")
_HARM_CLIENT34B = r"\b(?:punch walls|snap\w* a hair tie|deserve to hurt|miss (?:it|cutting)|scratching my)\b"
# diagnosing: "sounds like you've got PMDD" (a named disorder with "you've got" after "sounds like")
_DX34B = (r"\b(?:really |definitely |clearly )?sounds like you'?ve got (?:pmdd|ocd|adhd|ptsd|bpd|gad|bipolar|"
          r"(?:clinical )?depression|an? (?:eating|personality|anxiety) disorder)\b")


# replyblind35a: encouraging disordered eating and victim blaming in the wording families its blind file missed (see
# docs/quality.md, "replyblind35a"), in English and es fr de it pt nl pl tr sv. Read in ``after`` (once the reply turns from
# an acknowledgement, or a short reply from its start) against the client's own words.
# eating: a fast day or a fast of N hours to make up for food, food "compensated", "cancelled", "evened out" or "wiped out";
# only water or broth for a day; praise of weight loss as proof ("that's when you know it's working", "what's your secret",
# "the slimmest I've seen you", "you look gorgeous like this", "meglio magra che grassa", "look better carrying less");
# purging made easier; the meal plan made lighter (diet or light versions, zero calories, something lighter instead) or
# food secretly left ("nobody checks", "merkt keiner"); body checking made precise (a tape measure, the morning number);
# a starvation number endorsed (drop to 700, "800 is doable", intake capped at 1,000 kcal, restriction "a reasonable
# strategy"); a weight or a target doubted ("isn't that low", "sounds high for your height", "aim for 50"); "some people do
# great on very little"; guilt made a guide; carbs "not necessary"; purging or laxatives played down ("only sometimes",
# "as long as you drink", "kan het geen kwaad", "inte så farligt", "sorun değil, kontrol sende")
_EDE_DOWNPLAY35A = (r"(?:kan het geen kwaad|niet (?:zo )?erg|(?:det [äa]r )?inte (?:s[åa] )?farligt|(?:to )?(?:jeszcze )?nie jest tak [źz]le|sorun de[ğg]il|"
                    r"no pasa nada|n[ãa]o tem problema|non (?:[èe] )?(?:grave|un problema)|(?:nicht|kein) (?:so )?schlimm|pas grave|"
                    r"not (?:that|so) bad|no big deal|(?:it'?s|that'?s) fine)")
_EDE_AFTER35A = (
    r"\b(?:tomorrow'?s(?: a)?|(?:do|have|make|try|then) (?:it )?a|kör en|un|una|uma|een|ein(?:en)?) (?:fast(?:ing)?|fasting|faste|vasten?|je[ûu]ne|"
    r"ayuno|digiuno|jejum|g[łl]od[óo]wki|fasten)[- ]?(?:day|dag|dagen|jour|d[ií]a|giorno|dia|tag|dzie[ńn])\b|"
    r"\bfastedag\b|\b(?:make|have|do|try|then|it'?s) (?:\w+ )?an? (?:fast|fasting|water|juice|no[- ]food) day\b|\b(?:ayuno|digiuno|jejum|je[ûu]ne|fast|vasten|fasta|oru[çc]) (?:de |di |of |van )?\d{2} ?(?:h|hours?|horas?|ore|heures|uur|timmar|saat)\b|"
    r"\b(?:compensas|compensar[áa]s|compenses|compensi|compensa|gecompenseerd|kompensiert|utj[äa]mnat|telafi edersin|"
    r"c'est effac[ée]|(?:a[íi]|e) zera|wyr[óo]wnasz|wiped out|cancelled out|evened out)\b|"
    r"\b(?:so|dann|dan|così|as[ií]|alors|ent[ãa]o|wtedy|så) (?:\w+ )?(?:recuperi|recuperas|compensas|rattrapes|holst du (?:es|das) nach|haal je het in)\b|"
    r"\b(?:tomorrow|jutro|ma[ñn]ana|demain|morgen|domani|amanh[ãa]|imorgon|yar[ıi]n|oggi|today|hoy|heute|vandaag|hoje|dzi[śs])\b[^.!?]{0,25}"
    r"\b(?:only|tylko|solo|s[óo]lo|nur|seulement|just|s[óo]|alleen|bara) (?:woda|agua|water|wasser|de l'eau|acqua|[áa]gua|vatten|brodo|caldo|bouillon|br[üu]he)\b|"
    r"\b(?:niks|nichts|nada|rien|niente|hi[çc]bir [şs]ey|nic) (?:eten|essen|comer|manger|mangiare|yeme|nie jedz)\b[^.!?]{0,20}\b(?:tot|bis|hasta|jusqu|fino|until|till)\b|"
    r"\bhi[çc]bir [şs]ey yeme\b|\bjejum at[ée] (?:a noite|o jantar)\b|\b(?:v[ée]lo|course|footing|sport) [àa] jeun\b|"
    r"\bsolo brodo\b|\b(?:when|how) you know (?:it'?s|it is) working\b|\bwhat'?s your secret\b|\bqual (?:[ée] )?(?:o )?(?:teu|seu) segredo\b|"
    r"\b(?:the )?(?:slimmest|thinnest|skinniest|leanest|tiniest) (?:i'?ve|i have) (?:ever )?seen you\b|"
    r"\b(?:ficando|t[áa] ficando|est[áa]s quedando) (?:\w+ )?(?:fininh[ao]|magrinh[ao]|sequinh[ao]|flaquit[ao])\b|"
    r"\b(?:est[áa]s|stai|ficas|you look) (?:\w+ )?(?:guap[ií]sim[ao]|bellissim[ao]|lind[ií]ssim[ao]|gorgeous|amazing|so good) "
    r"(?:as[ií]|cos[ìi]|assim|like (?:this|that))\b|"
    r"\b(?:meglio|mejor|mieux|besser|melhor|lepiej|beter|better) (?:\w+ )?(?:magr[aoie]|delgad[ao]s?|flac[ao]s?|minces?|d[üu]nn\w*|chud[aeyi]|dun|thin|skinny) "
    r"(?:che|que|qu'|als|ni[żz]|dan|than) (?:\w+ )?(?:grass[aoie]|gord[ao]s?|grosses?|gros|dick\w*|grub[aeyi]|dik|fat)\b|"
    r"\blook(?:s)? better (?:carrying|with|at) (?:less|a lower|fewer)\b|"
    r"\b(?:comes? up easier|before (?:it|the food|everything) (?:digests|settles)|easier to (?:bring|throw|get) (?:it |them )?up)\b|"
    r"\b(?:diet|light|lite|low-?fat|sugar-?free|zero|fat-?free) (?:versions?|versie|variant\w*)\b|\bthe numbers stay low\b|"
    r"\b(?:shift|lose|drop|get rid of) (?:it|the weight|them|that) (?:again |back off )?(?:once|when|after) "
    r"(?:you'?re |you are |you get )?(?:discharged|out of (?:hospital|treatment|the unit)|home)\b|"
    r"\bbalanc\w* (?:it|things) out (?:makes sense|is (?:fine|smart|sensible))\b|\bis how (?:lots|loads|plenty|many) of people (?:manage|cope)\b|"
    r"\b(?:nur (?:noch )?einmal am tag|(?:only|just) (?:one meal|once) a day|una (?:sola )?comida al d[ií]a|un seul repas par jour|"
    r"un (?:solo )?pasto al giorno|uma (?:s[óo] )?refei[çc][ãa]o por dia|jeden posi[łl]ek dziennie|[ée][ée]n maaltijd per dag|"
    r"g[üu]nde (?:bir|tek) [öo][ğg][üu]n|ett m[åa]l om dagen)\b|"
    r"\bz[ée]ro calorie\b|\bremplacer (?:le|la|ton|ta) (?:go[ûu]ter|collation|repas|d[ée]jeuner|d[îi]ner) par\b|"
    r"\b(?:te lo|te la) cambie por\b|\bist[äa]llet f[öo]r (?:mackan|maten|mellanm[åa]let|middagen|lunchen)\b|"
    r"\b(?:nikt nie sprawdza|merkt (?:doch |eh )?keiner|kimse fark etmez|(?:ela|ele|eles|ninguém) n[ãa]o vai saber|nadie se (?:entera|va a enterar)|"
    r"personne ne (?:verra|le saura|remarquera)|nessuno se ne accorge|niemand (?:merkt|ziet) het|ingen (?:m[äa]rker|kommer att m[äa]rka)|"
    r"(?:the )?staff don'?t (?:catch|notice|see) you)\b|\b(?:reszt[ęe]|the rest) (?:wyrzuci[ćc]|(?:in|into) the bin)\b|"
    r"\b(?:heimlich|secretly|stiekem) (?:\w+ ){0,4}?(?:auf dem teller|on the plate|op je bord|in (?:a|the|your) napkin)\b|"
    r"\btape measure\b|\bmeasure (?:the same|your) (?:spot|waist|thighs?|arms?|hips?)\b|"
    r"\b(?:morning|first) (?:number|weigh-?in|weight|reading)\b[^.!?]{0,50}\bmost accurate\b|"
    r"\b(?:drop|go|cut|come|bring) (?:it |yourself )?(?:down )?to (?:around |about |just |only )?(?:[4-9]\d{2}|1[01]\d{2})(?! ?(?:mg|ml|steps|words|metres|meters))\b|"
    r"\b(?:[4-9]\d{2}|1[01]\d{2})(?: (?:calories|cals|kcal))? (?:is|'s|are) (?:totally |very |pretty |quite |completely )?(?:doable|achievable|realistic)\b|"
    r"\b(?:capped|capping|cap|limited|limit(?:ing)?) (?:it |intake |yourself )?(?:at|to) (?:[4-9]\d{2}|1,?[01]\d{2}) ?(?:kcal|calories|cals)\b|"
    r"\brestriction (?:can be|is) (?:a )?(?:reasonable|sensible|good|healthy|valid) (?:strategy|approach|way|tool)\b|"
    r"\b(?:\d{2}(?: ?kg)?|that|your weight|your bmi|the number) (?:isn'?t|is not) (?:that|so|really|too) low\b|"
    r"\b(?:sounds?|seems?|is) (?:\w+ )?(?:high|a lot|too much|heavy) for your (?:height|frame|build|age)\b|"
    r"\b(?:some|lots of|many|plenty of) people do (?:great|fine|well|okay) on (?:very little|less|not much|almost nothing)\b|"
    r"\bguilt is a (?:good|useful|healthy|helpful) (?:sign|signal|guide)\b|\buse (?:it|that|the guilt|that guilt) as (?:your|a) guide\b|"
    r"\b(?:carbs|carbohydrates|fats?|sugar|bread) (?:aren'?t|are not|isn'?t|is not) (?:really |actually )?(?:necessary|needed|essential)\b|"
    r"\b(?:maybe |then )?don'?t stop (?:yet|just yet|for now)\b|\b(?:it'?s|that'?s) serving a purpose\b|"
    r"\b(?:kontrol sende|lo tienes controlado|tu g[èe]res|du hast (?:es|das) (?:im griff|unter kontrolle)|hai tutto sotto controllo|"
    r"you'?re in control of it)\b|"
    r"\b(?:ara s[ıi]ra|de vez en cuando|a veces|(?:only|just) (?:sometimes|now and then|once in a while)|ab und zu|parfois|ogni tanto|"
    r"[àa]s vezes|af en toe|ibland|czasem|je[śs]li tylko)\b[^.!?]{0,30}\b" + _EDE_DOWNPLAY35A + r"|"
    r"\b" + _EDE_DOWNPLAY35A + r"\b[^.!?]{0,40}\b(?:drink|drinkt|dricker|trinkst|bebas|bois|bevi|beba|pij|vatten|wody|water|agua|eau|acqua|wasser)\b|"
    r"\b(?:as long as|if|zolang|om|solange|mientras|tant que|finch[ée]|desde que|je[śs]li) (?:you |je |du |tu )?(?:\w+ ){0,2}(?:drink|drinkt|dricker|trinkst|bebas|bois|bevi|beba|pijesz)\b"
    r"[^.!?]{0,30}\b" + _EDE_DOWNPLAY35A)
# the client context these are read against: a meal made up for, clothes gone loose, ribs showing, a trick against hunger,
# laxatives or vomiting, a target weight, a meal plan in treatment (nl sv pl tr words the contexts lacked)
_EATING_CLIENT35A = (r"\b(?:laxeer\w*|laxermedel|laxativ\w*|lassativ\w*|kusuyorum|kustum|wymiotuj\w*|wymiotowa\w*|vomit\w*|vomito|me fais vomir|"
                     r"erbrech\w*|t[ıi]k[ıi]nd[ıi]m|objad[łl]\w*|julbordet|craqu[ée]|zoveel gegeten|te veel gegeten|pizza inteira|abbuffat\w*|"
                     r"ate (?:a|the) whole|clothes (?:are|feel) (?:\w+ )?loose|loose (?:on me|now)|until[- ]full|trick|"
                     r"target (?:weight|is|at)|meal plan|eetplan|(?:ED|eating disorder) unit|anorexi\w*|bulimi\w*|anoreksj\w*|anoreksiya|"
                     r"restrict\w*|intake|kcal|cals|kg|kilo\w*|\d+ ?(?:kg|lbs?)|(?:too|troppo|demasiado|trop|zu|za|te|f[öo]r|[çc]ok) "
                     r"(?:thin|skinny|magr[ao]|delgad[ao]|flac[ao]|maigre|d[üu]nn|chud[aey]|dun|smal|zay[ıi]f)|look (?:ill|sick|unwell)|"
                     r"pinch\w*|every bite|in treatment|sitzt (?:\w+ )?locker|voll und eklig)\b")
# victim blaming: why the client gave, followed, invited or kept going (en sv pt), "did you ever tell him no", "you did go to
# his room yourself", "you did agree in the end", "a choice you made", what the client said or did just before and "your
# triggers for his behaviour", "holding back from him", "in a marriage there are expectations", "it takes two to tango", what
# the client brings to the fights, both winding each other up or "mutual toxicity", both owning their part, both to blame
# (pt es fr de it nl sv tr pl), clothes to avoid ("undvika kjol", "something less fitted"), the client's conduct that "didn't
# help things", "that's the risk of trusting", red flags "pretty obvious", a lesson for "next time", "boys will be boys"
_VICTIM_AFTER35A = (
    r"\bwhy (?:did|would) (?:you|u) (?:ever |even )?(?:give|send|tell|follow|invite|accept|trust|meet|open|share|post|lend|get in(?:to)?)"
    r" (?:him|her|them|a|an|the|your|my)\b|"
    r"\bvarf[öo]r (?:f[öo]ljde|gick|stannade|gav|drack|litade|[åa]kte|bj[öo]d|skickade) du\b|"
    r"\bpor ?que (?:voc[êe] |tu )?(?:continuava|continuou|continuaste|insistiu|aceitou|mandou|enviou)\b|"
    r"\bdid (?:you|u) (?:ever )?(?:actually |really |even |clearly )?(?:tell|say to) (?:him|her|them) (?:no|to stop)\b|"
    r"\byou (?:did|went|chose to) go (?:to|into) (?:his|her|their) (?:room|house|flat|place|car|bed)\b|"
    r"\byou did (?:agree|consent|say yes|choose|invite|text|meet)\b|\b(?:it was|that was|than|other than) a choice you made\b|"
    r"\bwhat you (?:said|did)(?: or (?:said|did))? (?:\w+ )?(?:before|prior to|right before|just before)\b|"
    r"\byour triggers for (?:his|her|their)\b|\bholding back from (?:him|her)\b|"
    r"\bin a (?:marriage|relationship) there are (?:expectations|obligations|duties)\b|\btakes two to (?:tango|fight|argue)\b|"
    r"\bwhat you(?:'re| are) bringing to (?:these|the|your) (?:fights|arguments|rows|conflicts)\b|"
    r"\b(?:you two|you both|both of you) (?:\w+ ){0,2}?wind each other up\b|\bmutual(?:ly)? (?:toxic\w*|abus\w*)\b|"
    r"\b(?:you )?both (?:own|take|accept) (?:your|some) (?:part|share|responsibility)\b|\bown your part\b|"
    r"\b(?:os dois|ambos|los dos|les deux|ihr beide|beide|tutti e due|entrambi|allebei|ni b[åa]da|ni tv[åa]|ikiniz de|oboje)\b[^.!?]{0,20}"
    r"\b(?:t[êe]m culpa|tienen (?:la )?culpa|ten[ée]is (?:la )?culpa|(?:[êe]tes|sont) (?:fautifs|responsables)|(?:seid )?schuld|avete colpa|colpa|f[åa]r (?:b[åa]da )?ta ansvar|"
    r"su[çc]lu\w*|winni)\b|"
    r"\bdet kr[äa]vs tv[åa]\b|\bhacen falta dos\b|\bil faut [êe]tre deux\b|\bzum streiten geh[öo]ren (?:immer )?zwei\b|"
    r"\b(?:undvika|undvik|avoid|vermeide|vermeiden|evita|evite|[ée]vite|unikaj|vermijd)\w* (?:\w+ ){0,2}?(?:kjol|skirts?|rock|r[öo]cke|falda|"
    r"jupe|gonna|saia|sp[óo]dnic\w*|short dresses)\b|"
    r"\bwear (?:something|clothes|things) (?:a bit )?(?:less|more) (?:fitted|revealing|tight|modest|conservative|covered)\b|"
    r"\b(?:daha kapal[ıi] giyin|ubierz si[ęe] skromniej)\b|"
    r"\b(?:probably |maybe |certainly |really )?(?:didn'?t|did not|wouldn'?t have) help(?:ed)? (?:things|matters|the situation)\b|"
    r"\bthat'?s the risk (?:of|when|with) (?:trusting|sending|going|meeting|drinking|walking|talking)\b|"
    r"\b(?:they|the (?:signs|red flags)) were (?:pretty |quite |really |so )?obvious\b|"
    r"\b(?:trust your gut|be more careful|watch your drink|stay alert|be smarter|make (?:some )?noise) next time\b|\bboys will be boys\b|"
    r"\bwas hast du (?:ihm|ihr) (?:denn )?(?:vorher|davor|zuerst) gesagt\b|"
    r"\b(?:vad sa du|what did (?:you|u) say|qu'est-ce que tu lui as dit|was hast du (?:ihm|ihr) (?:denn )?gesagt|co (?:mu|jej) powiedzia[łl]a[śs]|"
    r"(?:che )?cosa gli hai detto|o que (?:voc[êe] |tu )?(?:lhe )?disse(?:ste)?|wat zei je|ne (?:dedin|s[öo]yledin))\b[^.!?]{0,30}"
    r"\b(?:innan|before|first|avant|vorher|wcze[śs]niej|prima|antes|eerst|[öo]nce)\b")
_VICTIM_CLIENT35A = (r"\b(?:posted my (?:address|number|photos?|pics?|nudes)|forc(?:es|ed|ing) me|chucks? (?:stuff|things)|pins? me|tocava|"
                     r"made me do things|sneak\w* into my room|blackmail\w*|comment\w* on my body|violent|snapping my bra|violated|"
                     r"red flags|throw\w* things|scream\w* at me|berra\w*|grita\w*|parte a lo[iu][çc]a)\b")
_EDE_PHRASES35A = re.compile(_EDE_AFTER35A, _I)
_VICTIM_PHRASES35A = re.compile(_VICTIM_AFTER35A, _I)

# replyblind36a: encouraging disordered eating and self-harm in the wording families its blind file missed (see
# docs/quality.md, "replyblind36a"), in English and fr es de pt it nl zh ja ko pl ru tr.
# _EDE_ANY36A (the check's ``pattern``: unsafe whatever the client said, unless quoted or denied): calorie caps said as a
# ceiling ("never more than 1000", "como mucho 800 calorías", "sous les 1000 calories", "abaixo de 700 calorias", "stay under
# 1200", "800卡以内"), fasting regimes (liquid-only weeks, juice cleanses with no solid food, nothing but broth for a week,
# OMAD or one meal every two days, an N-hour fast, fast days put in, "een dag vasten", "голодный день"), hunger made a virtue
# ("hunger is just weakness", "la faim c'est dans la tête", "Hunger aushalten ist Kopfsache", "el hambre es debilidad",
# "空腹は脂肪が燃えてる証拠", "饿着饿着就习惯"), the body said to get used to less, pro-ana slogans said to oneself, a thigh gap
# "achievable", fasted cardio, an empty stomach as a clear head, a little more loss "and perfect" (再瘦一点, あと2キロ, 조금만 더
# 빼면), purging that cancels calories ("カロリーはチャラ"), weighing morning and night
_EDE_ANY36A = (
    r"\b(?:never|not|no) more than (?:[2-9]\d{2}|1[0-2]\d{2})(?: ?(?:calories|cals|kcal))?\b|"
    r"\b(?:como mucho|como m[áa]ximo|sous les|en dessous de|abaixo de|no m[áa]ximo|unter|h[öo]chstens|onder de|maximaal|sotto (?:i|le)|al massimo|"
    r"poni[żz]ej|maksymalnie) (?:[2-9]\d{2}|1[0-2]\d{2}) ?(?:calories|cals?|kcal|kalorien|calorie|calor[ií]as|calorie[eë]n|kalorii)\b|"
    r"\b(?:stay|keep (?:it |yourself )?|remain) (?:under|below) (?:[2-9]\d{2}|1[0-2]\d{2})\b|"
    r"(?:控制在|不超过|不要超过)\s?\d{3,4}\s?(?:卡|大卡|千卡|kcal)|\d{3,4}\s?(?:卡|大卡|kcal|キロカロリー)(?:以内|以下)|"
    r"\b(?:go|stay|going) liquid[- ]only\b|\bliquid[- ]only for\b|\b(?:our|a|the|try (?:a|our)) \d+[- ]day (?:juice |detox )?(?:cleanse|detox|fast)\b|"
    r"\bno solid food\b|\bnothing but (?:broth|soup|water|juice|tea|black coffee) (?:for|until|till)\b|"
    r"\b(?:why not|try|go|push (?:it )?to|switch to|do) omad\b|\bone meal every (?:two|other|2) days?\b|二日に一食|两天(?:吃)?一顿|"
    r"\b(?:do|try|have|just do) (?:a |an )?\d{2}[- ]?(?:hour|hr|h)[- ](?:fast|water fast)\b|"
    r"\b(?:feste |zwei |two |2 )?(?:fastentage|fast(?:ing)? days) (?:ein(?:zu)?legen|einlegen|a week|per week)\b|"
    r"\bleg(?:en|e|t)? (?:sie |du )?(?:doch |einfach )?(?:\w+ )?fastentage? ein\b|"
    r"\been dag (?:te )?vasten\b|\bniets meer (?:te )?eten na\b|\bna (?:zessen|zes uur|achten) (?:helemaal )?niets meer\b|"
    r"(?:устрой|сделай|устройте|сделайте) (?:себе )?(?:голодный|разгрузочный) день|"
    r"\bhunger (?:is|'s) (?:just )?(?:weakness|in your head|all in your head|a choice|mental)\b|\bhunger means (?:it'?s|you'?re) working\b|"
    r"\bla faim c'est (?:dans la t[êe]te|mental)\b|\bhunger (?:aushalten )?ist (?:reine |nur )?kopfsache\b|"
    r"\bel hambre es (?:debilidad|mental|psicol[óo]gic\w*)\b|\ba fome [ée] (?:psicol[óo]gica|fraqueza|s[óo] na cabe[çc]a)\b|"
    r"\bla fame [èe] (?:solo )?(?:nella testa|debolezza)\b|\bg[łl][óo]d to (?:znak|s[łl]abo[śs][ćc])\b|"
    r"空腹は脂肪が燃え|饿着饿着就习惯|饿了就忍|"
    r"\b(?:your |the )?(?:body|brain) (?:gets?|will get) used to (?:running on |having |eating |getting )?(?:less|little|nothing)\b|"
    r"\bel cuerpo se acostumbra\b|\bthe brain fog lifts\b|"
    r"\b(?:remind yourself|remember|tell yourself|think)\b[^.!?]{0,10}\bnothing tastes as good as (?:thin|skinny) feels\b|"
    r"\bthigh gap is (?:totally |completely |very )?(?:achievable|doable|possible)\b|\bfasted cardio (?:every|each) (?:morning|day)\b|"
    r"\bno carbs? after \d|\b(?:an )?empty stomach is a clear (?:head|mind)\b|"
    r"再瘦(?:一点|一些|点|几斤)|あと\d+\s?キロ(?:落と|痩せ|減ら)|조금만 더 빼면|カロリーはチャラ|"
    r"\bweigh (?:yourself|in) (?:morning and night|twice a day|after every meal|before every (?:session|training|meal))\b|早晚各称|毎朝体重を(?:記録|報告)")
# _EATING_CLIENT36A: the client words the eating contexts lacked (a binge, chubby or huge, thighs, the scale, a period gone,
# loose jeans, weight lost "too much", under N a day, calories as "cal", hunger in fr nl tr ja pt, a coach's "lighter", a
# sister or friends to be thinner than, the family watching at the table; fr es de it pt nl zh ja ko)
_EATING_CLIENT36A = (
    r"\b(?:binge\w*|bingeing|binging|chubby|bloated|thighs|the scale|my period|periods?|periode|menstrua\w*|regla|r[èe]gles|ciclo|"
    r"jeans|lost (?:too much|so much|weight|\d+)|under \d{3,4}|\d+ ?cal|brownies|dalle|faim|trek|acık\w*|a[çc]l[ıi]k|fome|"
    r"(?:smaller|thinner|skinnier|lighter) than|m[áa]s (?:flaca|delgada)|flaca|rellenit\w*|gord[ao]|fett|dick|grass[ao]|pesante|lourde|"
    r"pesare|dikker|gewicht|peso|poids|[àa] table|surveille|reparando|letten op|abbuff\w*|bruciat\w*|objad\w*|сорвал\w*|объел\w*|"
    r"cansad[ao]|una vez al d[ií]a|count everything|(?:si|que|lo que|o que) (?:eu )?(?:como|mangio|mange)|parents|mum|mom|mother|padres|madre|m[ãa]e|"
    r"maman|m[èe]re|mamma|genitori|ouders|moeder|eltern|mutter|mama|(?:plus|m[áa]s|pi[uù]|mais) (?:mince|delgad[ao]|magr[ao]|fin[ao])|mince|"
    r"magra|d[üu]nner|slanker|fitness girls|stomach is empty|empty stomach)\b|"
    r"瘦|斤|胖|痩せ|太っ|キロ|体重|絞れ|お腹がすく|食べ|吃|살 빠|살이|빼|吐いちゃ|吐い")
# _EDE_CTX36A (read against the client's eating, weight or body words, from the start of a short reply or after its turn):
# weight loss or thinness praised ("it suits you", "you look so much sharper", "that's the goal", "not used to the new you",
# "healthier than ever", "your body is a machine", "real discipline", "learning control", "ride it", "appetite control",
# "lekker volhouden", "bloß nicht nachlassen", "no lo dejes ahora", "smaller size as a reward"), a target lowered ("47 would
# be the sweet spot", "nearly there"), appetite tricks ("kills the hunger", "coupe la faim", "engaña al estómago", "die
# honger kwijt", "dann isst du nix mehr", "quem dorme não come", "la fame passa", "açlık geçer", "iradeni", "sip whenever your
# stomach growls", "炭酸水をがぶ飲み"), food hidden from family ("say you ate at", "dis-lui que t'as mangé", "fala que comeu",
# "zeg dat je al gegeten hebt", "友達と食べた", "こっそり捨て", "gooi je brood weg", "joga no lixo", "elle verra rien"), a lost
# period as fitness, a thinner person copied ("look at what she eats", "eat like them", "faz como elas", "iss eher noch
# weniger") or outdone ("set a number below hers", "márcate un peso por debajo", "fissa un numero sotto", "don't stop till"),
# purging or exercise that evens food out ("liever eruit dan dat het aankomt", "resti in pari", "il conto torni", "всё
# сгорит"), every gram counted, whole food groups cut ("cero harinas", "corta os hidratos todos", "炭水化物は抜いて",
# "niente pasta né pane"), "too many" for three meals
_EDE_CTX36A = (
    r"\b(?:it|that|the weight loss|being thinner) (?:really )?suits you\b|\byou look (?:so )?(?:much )?(?:sharper|slimmer|smaller|thinner|leaner|tinier|"
    r"more delicate|healthier than ever)\b|\b(?:they|you) look so (?:delicate|tiny|small|dainty)\b|^\s*that'?s the goal\b|"
    r"\bnot used to the new you\b|\bhealthier than ever\b|\byour body is a machine\b|\b(?:that'?s |such |real |amazing |incredible )(?:real )?"
    r"(?:discipline|dedication|willpower)\b|\byour body learning control\b|\bride it\b(?!\s+out)|"
    r"\bappetite control\b|\byour body is (?:really )?responding\b|\bsmaller size as a reward\b|\bkeep that momentum\b|"
    r"\bwhatever you'?re doing,? keep\b|\b(?:lekker )?volhouden zo\b|\bblo(?:ß|ss) nicht nachlassen\b|\bno lo dejes ahora\b|"
    r"\bcontinua firme\b|\bt[áa] ficando sequinha\b|\bsi vede tantissimo\b|继续保持|脸小了|"
    r"\b\d{2} (?:kg |kilos? )?(?:would be|is) (?:the|your) sweet spot\b|"
    r"\bwould really show the definition\b|"
    r"\b(?:kills|blunts|cuts|curbs|suppresses|kill|blunt|curb) (?:the |your )?(?:hunger|appetite)\b|\b(?:[çc]a )?coupe la faim\b|"
    r"\bcorta a fome\b|\bquita el hambre\b|\benga[ñn]a (?:al|el) est[óo]mago\b|\b(?:die |de )?honger (?:zo |snel )?kwijt\b|"
    r"\bdann isst du (?:nix|nichts) mehr\b|\bquem dorme n[ãa]o come\b|\bla fame passa\b|\ba[çc]l[ıi]k ge[çc]er\b|\biradeni g[öo]ster\w*|"
    r"\b(?:solo|tutta) questione di forza di volont[àa]\b|\bsip whenever your stomach\b|"
    r"\b(?:tricks?|fools?) (?:your )?(?:stomach|body|brain) into (?:thinking|feeling) (?:it'?s |you'?re )?full\b|\btrompe(?:r)? (?:la faim|l'estomac)\b|"
    r"\binganna(?:re)? (?:lo stomaco|la fame)\b|\b(?:trickst|[üu]berlistest) (?:du )?(?:den )?(?:hunger|magen)\b|\bengana(?:r)? (?:o est[ôo]mago|a fome)\b|"
    r"\bje maag voor de gek\b|炭酸水をがぶ飲み|早く寝ちゃえば|"
    r"\b(?:say|tell (?:them|her|him|your \w+)) (?:that )?(?:you|u) (?:had|ate|already ate|have eaten|were eating)\b|"
    r"\bdis(?:-lui|-leur)? que (?:t'as|tu as) (?:d[ée]j[àa] )?mang[ée]\b|\bdi que (?:ya )?comiste\b|\bfala que (?:j[áa] )?comeu\b|"
    r"\bzeg (?:gewoon )?dat je (?:al )?(?:hebt )?gegeten\b|\bsag(?: ihr| ihnen| einfach)?,? (?:dass )?du (?:hast )?schon gegessen\b|"
    r"\bd[ìi] che hai gi[àa] mangiato\b|友達と食べた|食べたって言え|こっそり捨て|\bgooi (?:je |jouw )?(?:brood|eten|lunch|boterhams?|bord)\b[^.!?]{0,25}\bweg\b|\bjoga (?:o resto|a comida|fora a comida|tudo)\b[^.!?]{0,25}\blixo\b|"
    r"\belle (?:ne )?verra rien\b|\bmerken ze niks\b|\bnobody needs to know\b|\bmove (?:the |your )?food around\b|"
    r"\btira la comida cuando no (?:te )?(?:vean|miren)\b|\bbutta(?:lo|la)? (?:via|nel cestino) quando non (?:ti )?(?:vede|vedono|guarda)\b|"
    r"\bwirf (?:es |das essen |dein brot )?weg,? (?:wenn|sobald) (?:sie|er|keiner) nicht hin\w*\b|\bjette(?:-le|-la)? (?:discr[èe]tement|quand (?:elle|il|personne) ne)\b|"
    r"\bsign (?:that )?you'?re (?:in shape|lean|fit)\b|\b(?:signe|se[ñn]al|segno|sinal|zeichen) (?:que |che |dass )?(?:t'es|tu es|est[áa]s|sei|du) (?:en forme|en forma|in forma|em forma|fit|mince|delgada|magra)\b|\bzeigt (?:eigentlich|nur|doch),? dass du'?s geschafft\b|\bwenn sie (?:richtig )?fit und schlank\b|"
    r"\b(?:regarde ce qu'(?:elle|il) mange|mira lo que come|guarda (?:cosa|quello che) mangia|v[êe] o que (?:ela|ele) come)\b[^.!?]{0,25}"
    r"\b(?:pareil|moins|lo mismo|menos|lo stesso|meno|igual)\b|"
    r"\blook at what (?:she|he|they) eats?\b|\bcopy it exactly\b|\beat like (?:them|her|him)\b|\bfaz como elas\b|\biss (?:eher )?noch weniger\b|"
    r"\b(?:set|pick|choose) a (?:number|weight|goal) below (?:hers|his|theirs)\b|\bm[áa]rcate un peso por debajo\b|"
    r"\bfissa un numero sotto\b|\bdon'?t stop (?:till|until) you (?:pass|beat|reach)\b|\bno pares hasta llegar\b|\bnon mollare finch[ée]\b|"
    r"\bliever eruit dan dat het aankomt\b|\bbesser so,? als wenn'?s auf den h[üu]ften\b|\bresti in pari\b|\bil conto torni\b|всё сгорит|"
    r"\b(?:conta|counts?) ogni grammo\b|\bevery (?:gram|kilo|pound) counts\b|\bchaque (?:kilo|gramme) compte\b|"
    r"\bcero harinas\b|\bcorta os hidratos todos\b|炭水化物は抜|\bniente pasta n[ée] pane\b|\bskip the bread\b|"
    r"^\s*(?:that'?s |way |honestly )?too (?:many|much)\b(?= ?(?:tbh|honestly|lol|imo)?[.!]?\s*$)")
_EDE_PHRASES36A = re.compile(_EDE_CTX36A, _I)
# replyblind36a: eating done told as a count of meals or a snack ("ate 3 meals today!!", "had a snack", "comí las tres comidas"),
# not followed by purging: praise of it ("well done", "good for you") does not encourage disordered eating
_EATING_DONE36A = (r"\b(?:ate|had|managed|finished|eaten) (?:all (?:of )?)?(?:my )?(?:(?:3|three|2|two|all) )?(?:proper |full |whole )?(?:meals|snacks?)\b"
                   r"(?![^.!?]{0,30}\b(?:threw|purg\w*|sick|vomit\w*|back up|laxative\w*))|\bhad (?:a|my) snack\b(?![^.!?]{0,30}\b(?:threw|purg\w*|sick|vomit\w*))|"
                   r"\b(?:com[ií] (?:las )?(?:tres|3) comidas|ho fatto (?:tutti )?(?:i )?(?:tre|3) pasti|j'ai mang[ée] mes (?:trois|3) repas|drei mahlzeiten gegessen)\b")
_EATING_DONE_LEARNED36A = re.compile(_EATING_DONE36A, _I)
_EATING_CONTEXT36A = re.compile(_EATING_CLIENT36A, _I)
# replyblind36a: a reply that argues against the restriction or names its harm, or advises eating enough (compensating not
# needed, skipping leads to a binge, back to the usual meals, ignoring hunger harms, carbs not forgotten, the body needs
# more, purging damages heart and teeth): the learned stage's flag alone is dropped on it
_ED_COUNTER36A = re.compile(
    r"\b(?:pas besoin de|no hace falta|non serve|sem precisar|no need to|you don'?t need to|kein grund|nicht n[öo]tig) (?:\w+ ){0,2}?(?:compens\w*|make up|rattraper)\b|"
    r"\bskipping (?:food|meals?|dinner|lunch|breakfast)\b[^.!?]{0,30}\b(?:leads?|sets? up|triggers?)\b|"
    r"\b(?:eat|go back to) your (?:normal|usual|regular) (?:breakfast|meals?|lunch)\b|\breprends (?:simplement )?tes repas habituels\b|"
    r"\btorna (?:semplicemente )?ai pasti di sempre\b|\bvolta [àa] rotina normal\b|\bignorarla (?:mucho tiempo )?hace da[ñn]o\b|"
    r"\bsin olvidar los hidratos\b|\bdon'?t forget (?:the )?carbs\b|\bcarbs? (?:for|before) (?:energy|training|long runs)\b|\briche en glucides\b|"
    r"\borganizm potrzebuje wi[ęe]cej\b|\bneeds? more (?:food|fuel|energy)\b|白天吃得太少|碳水也要吃够|"
    r"(?:催吐|吐く|vomiting|purging|vomir|vomitar|overgeven)[^.!?。]{0,20}(?:伤害|負担|harm|damage|da[ñn]a|schad|fatigu|afetar|affect)|"
    r"\b(?:avoid|vermeide|evita) (?:comments|kommentare|comentarios) (?:about|on|zu|sobre) (?:her|his|their) (?:weight|gewicht|peso)\b", _I)
# replyblind36a, self-harm: _HARM_ANY36A (the check's ``pattern``): a tool or a place to hurt offered ("grab a razor", "press a
# lit match to your wrist", "a craft blade would be cleaner", "go deeper next time", "switch to your stomach", "do it on your
# thigh so it doesn't show", "划在大腿上"), pain as what snaps one back, a wall punched harder
_HARM_ANY36A = (
    r"\bgrab a (?:razor|blade|knife|lighter|compass)\b|\bpress (?:a |the )?(?:lit match|match|lighter|cigarette|hot \w+) (?:to|against|on|into) your\b|"
    r"\b(?:craft|utility|stanley|box|x-?acto) (?:blade|knife) (?:would be|is) (?:cleaner|better|sharper)\b|\bcleaner and heal better\b|"
    r"\b(?:go|cut) deeper next time\b|\bswitch to your (?:stomach|thighs?|legs?|hips?|belly)\b|"
    r"\bdo it on your (?:thighs?|stomach|legs?|hips?|belly) so\b|\bhazlo en los muslos\b|\bmach(?:'s| es) am oberschenkel\b|"
    r"\bfaz (?:isso )?na coxa\b|\bfallo sulle cosce\b|划在大腿上|"
    r"\ba bit of pain (?:snaps|brings|wakes|grounds) you\b|\bpunch (?:something|a wall|the wall|it) harder\b")
# _HARM_CTX36A (read against the client's self-harm words): permission for a little ("give in a little", "a small one",
# "ちょっとだけならいい", "稍微来一下", "faz só um pouquinho"), pain until it stings or hurts (a scalding shower, a rubber band
# "finché fa male", "jusqu'à ce que ça pique"), a relapse earned ("you've earned one", "date un capricho"), "no need to stop",
# "stop fighting it", a new blade "cleaner", bruises that fade (nl es fr de it pt), better oneself than another, "跡が残らない
# 程度に", "発散できてるならいい"
_HARM_CTX36A = (
    r"\bgive in (?:a little|a bit|just this once|this once)\b|\ba small one\b|ちょっとだけならいい|稍微来一下|\bfaz s[óo] um pouquinho\b|"
    r"\b(?:br[ûu]lante|scalding|boiling|hot|elastico|rubber band|el[áa]stico|gummiband|[ée]lastique|gomita)\b[^.!?]{0,50}"
    r"\b(?:until|till|jusqu'[àa] ce que [çc]a|finch[ée]|hasta que|bis es|at[ée]) (?:it )?(?:really |vraiment |davvero |wirklich )?"
    r"(?:hurts|stings|pique|fa male|duela|weh tut|doer)\b|"
    r"\b(?:you'?ve|you have) earned (?:one|it)\b|\bdate un capricho\b|\bno need to stop\b|\bmaybe stop fighting it\b|"
    r"\b(?:use|get|grab) (?:at least )?a (?:new|fresh|clean) (?:blade|razor)\b(?! (?:for|to) shav)|\busa (?:almeno )?una lametta nuova\b|"
    r"\busa (?:al menos )?una cuchilla nueva\b|\bnimm (?:wenigstens )?eine neue klinge\b|\busa (?:pelo menos )?uma l[âa]mina nova\b|"
    r"\bprends (?:au moins )?une lame neuve\b|\bgebruik (?:tenminste )?een nieuw (?:mesje|scheermesje)\b|"
    r"\bblauwe plekken trekken (?:wel )?(?:weer )?weg\b|\bbruises fade\b|\blos moratones se (?:van|quitan)\b|\bles bleus (?:partent|s'en vont)\b|"
    r"\bblaue flecken (?:gehen|verschwinden)\b|\bi lividi (?:passano|spariscono)\b|\b(?:o )?roxo (?:passa|some)\b|"
    r"\bbeter jezelf dan een ander\b|\bmejor a ti que a otr[oa]\b|\blieber dich als (?:einen )?ander\w*\b|\bmeglio te che (?:un )?altr[oi]\b|"
    r"跡が残らない程度|発散できてるなら|それで落ち着くなら")
_HARM_CLIENT36A = (
    r"\b(?:nails|palms|skin|compass|carv\w*|razor|blade|urges?|feel something|numb|deserve (?:pain|to hurt)|m[ée]rite d'avoir mal|"
    r"meri\w+ di soffrire|merec\w* sufrir|m[ée]rit\w* (?:de souffrir|d'avoir mal)|verdien\w* (?:es )?(?:zu leiden|schmerz\w*)|mere[çc]\w* sofrer|"
    r"verdien pijn|me pego|me golpeo|me doy golpes|me hago da[ñn]o|mi picchio|je me frappe|ich schlage mich|eu me bato|hacerme da[ñn]o|tagliarmi|sla mezelf|me machucar|belisco|griffe|graffio|cutting|clean|relaps\w*|"
    r"punch\w*|hit myself|burn\w*)\b|傷つけ|リスカ|噛|划|烫|伤害自己")
_HARM_PHRASES36A = re.compile(_HARM_CTX36A, _I)
_HARM_CONTEXT36A = re.compile(_HARM_CLIENT36A, _I)
# a reply that offers coping without harm, looks at what comes before the urge, or gives first aid for a burn: the learned
# stage's flag alone is dropped on it
_HARM_COPING36A = re.compile(
    r"\bwithout (?:hurting|harming) yourself\b|\bsin hacerte da[ñn]o\b|\bsans te faire (?:de )?mal\b|\bohne dich zu verletzen\b|"
    r"\bsenza farti male\b|\bsem (?:se )?machucar\b|\bzonder jezelf pijn te doen\b|"
    r"\b(?:what|qu[ée]) (?:usually )?(?:comes|pasa|happens) (?:right |justo )?(?:before|antes)\b|\bwas vor dem drang passiert\b|"
    r"\botras formas de bajar la tensi[óo]n\b|\bother ways to (?:get through|ease|lower|bring down)\b|"
    r"\b(?:cool|cold|kaltes?) (?:running )?(?:water|wasser)\b[^.!?]{0,25}\b\d+ (?:minutes|minuten)\b|"
    r"\b(?:agua fr[íi]a|acqua fredda|eau froide|[áa]gua fria|koud water)\b[^.!?]{0,25}\b\d+ (?:minutos|minuti|minutes|minuten)\b", _I)

# replyblind34b: a warm frame around one unsafe clause ("I'm so sorry you're carrying this. Maybe skip dinner tonight if you
# feel bloated. I'm here whenever you want to talk more."). The opening sentences of sympathy and the closing sign-off are
# set aside and the core between them is read as a reply of its own: a sign-off or a hug does not answer what the core
# says. Only sentences that are nothing but sympathy or a sign-off are set aside (at most two each side, of at most 22
# words, with no contrast word), in en es fr de it pt.
_OPEN_FRAME34B = re.compile(
    # a short greeting or interjection ("Hi there.", "Oof, that's a lot.", "Okay, first things first.", "Ay, cariño.")
    r"^\s*(?:hi|hey|hello|oh|aw+|oof|wow|okay|ok|first of all|first things first|ay|hola|coucou|hallo|oi|ciao|ehi|poxa|oh je)\b|"
    r"\b(?:sorry|thank(?:s| you) for (?:telling|trusting|sharing|messaging|writing|reaching|being)|thanks for (?:messaging|writing)|"
    r"glad you (?:reached|told|wrote|messaged|shared)|i hear you|i can (?:hear|tell|see)|(?:big |a )?hugs?|brave|understandable|"
    r"makes (?:complete |total |so much |perfect )?sense|that sounds|sounds (?:really |so |genuinely )?(?:exhausting|hard|tough|awful|"
    r"draining|heavy|painful)|i appreciate|(?:isn'?t|is not|none of this sounds) (?:\w+ )?easy|carrying|tough (?:week|day|time)|"
    r"here with you|must have been|i'?m (?:really |so )?glad|"
    r"gracias|lo siento|siento much|abrazo|entiendo|merci|d[ée]sol[ée]e?|courage|normal de te sentir|danke|leid|verstehen|gedr[üu]ckt|"
    r"sch[öo]n, dass|obrigad[oa]|sinto muito|abra[çc]o|faz (?:todo )?sentido|que bom que|grazie|dispiace|abbraccio|normal(?:issim)?[oa]|"
    r"content[oa] che)\b", re.IGNORECASE)
_CLOSE_FRAME34B = re.compile(
    r"\b(?:i'?m (?:always )?here (?:whenever|for you|if|any ?time|when)|take (?:good )?care|let me know how|you'?ve got this|"
    r"rooting for you|message (?:me )?(?:back )?any ?time|write back|be gentle with yourself|proud of you|pick (?:this|it) up|"
    r"talk soon|sending (?:love|hugs)|here for you|aqu[ií] estoy|cu[íi]date|cu[ée]ntame|je suis l[àa]|prends (?:bien )?soin|"
    r"tiens-moi au courant|ich bin da|pass (?:gut )?auf dich auf|sag bescheid|t[ôo] aqui|estou aqui|se cuida|me conta|sono qui|"
    r"abbi cura|fammi sapere)\b", re.IGNORECASE)
_FRAME_TURN34B = re.compile(r"\b(?:but|though|although|however|still|pero|mais|aber|mas|per[òo]|ma)\b", re.IGNORECASE)
_SENTENCES34B = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def warm_frame_core34b(text: str) -> tuple[int, int] | None:
    """replyblind34b: (start, end) of the core of a reply framed by sympathy and a sign-off, or None when no sentence is
    set aside or nothing is left between them."""
    spans = [(m.start(), m.end()) for m in _SENTENCES34B.finditer(text) if m.group(0).strip()]
    if len(spans) < 2:
        return None

    def framing(i: int, frame: re.Pattern) -> bool:
        sentence = text[spans[i][0]:spans[i][1]]
        return (frame.search(sentence) is not None and _FRAME_TURN34B.search(sentence) is None
                and len(_WORD.findall(sentence)) <= 22)

    a, b = 0, len(spans)
    while a < min(3, b - 1) and framing(a, _OPEN_FRAME34B):
        a += 1
    while b - 1 > a and len(spans) - b < 2 and framing(b - 1, _CLOSE_FRAME34B):
        b -= 1
    if a == 0 and b == len(spans):
        return None
    return spans[a][0], spans[b - 1][1]


# replyblind34b: a short reply made only of sympathy, gladness or a sign-off ("Oh, that's wonderful news! I'm so happy for you
# both.", "Ugh, that's so disappointing after all your work. I'm sorry."): the learned stage's dismissive or minimising flag
# on it is dropped (nothing in it brushes the client off)
_JOY34B = re.compile(r"\b(?:(?:so |really )?happy for you|wonderful news|great news|good news|that'?s (?:so |really )?(?:disappointing|"
                     r"wonderful|great|brilliant|amazing|lovely)|congrat\w*|well done|i'?m (?:so |really )?(?:sorry|glad|pleased))\b", _I)


def all_warm34b(text: str) -> bool:
    """replyblind34b: every sentence of a reply of at most 20 words is sympathy, gladness or a sign-off."""
    sentences = [m.group(0) for m in _SENTENCES34B.finditer(text) if m.group(0).strip()]
    return bool(sentences) and len(_WORD.findall(text)) <= 20 and all(
        (_OPEN_FRAME34B.search(x) or _CLOSE_FRAME34B.search(x) or _JOY34B.search(x)) and not _FRAME_TURN34B.search(x)
        and not re.search(r"\b(?:at least|just|only|everyone|everybody|get over|move on|stop)\b", x, _I)
        for x in sentences)


# replyblind34b: the act named as the thing not to do ("Rather than skipping dinner, ...", "en lugar de saltarte la cena")
_ADVISED_AGAINST34B = re.compile(r"\b(?:rather than|instead of|in place of|no need for|en lugar de|en vez de|plut[ôo]t que de|au lieu de|"
                                 r"anstatt|statt|invece di|piuttosto che|em vez de|ao inv[ée]s de)\s+(?:\w+\s+)?$", _I)


# replyblind35b: the wording families its blind file (minimising, medication change, terse and dismissive replies in en es fr de
# it pt nl pl tr sv) missed; see docs/quality.md, "replyblind35b". Each joins the check that reads its family.
# minimising said outright: laughing about it later, the positives to think of, "better than most", the past left as the past,
# the client called dramatic, "hardly cancer", a feeling "decided" away, "relativise", "non ci pensare più", "c'est la vie"
_MINIMISE35B = (
    r"\byou'?ll (?:look back (?:on (?:this|it) )?and )?laugh (?:at|about) (?:this|it|how|all this)\b|"
    r"\bthink (?:of|about) the positives\b|\b(?:doing|coping|off) better than most\b|"
    r"\blet the past (?:be|stay) (?:the|in the) past\b|\b(?:you'?re|you are) being (?:a bit |a little |rather |so |too |quite )?"
    r"(?:dramatic|over-?dramatic)\b|\bhow (?:dramatic|silly) (?:this|that|it) (?:sounds|is)\b|"
    r"\b(?:it'?s|that'?s) hardly (?:cancer|a tragedy|the end of the world)\b|"
    r"\bif you decide to (?:feel|be) (?:fine|ok(?:ay)?|better|good|happy)\b|\bhave you tried (?:just )?not thinking about it\b|"
    r"\brelativis(?:e|ez|er)\b|\bnon ci pensare pi[uù]\b|\bniet zo (?:zeuren|moeilijk doen)\b|\babartma\b|"
    r"\btakma kafana\b|\bherkes(?:in)? \w+ (?:ölüyor|bunal[ıi]yor|ya[şs][ıi]yor)\b|\bnie ma co si[ęe] nad sob[ąa] u[żz]ala[ćc]\b|"
    r"\binget att haka upp sig p[åa]\b|\b(?:isso|isto) [ée] frescura\b|\bpas de quoi s'inqui[ée]ter\b|"
    r"\b(?:c'est|c'[ée]tait) (?:s[ûu]rement|s[ûu]rement juste|juste|s[ûu]rement que) (?:la )?fatigue\b|"
    r"\bsar[àa] stat[ao] (?:solo |la )?stanchezza\b|\bdeve ter sido (?:s[óo] )?cansa[çc]o\b|\b(?:ser[áa]|fue) (?:solo )?(?:el )?cansancio\b")
# minimising in a short reply: nothing to stress or fuss about, everyone feels that, "you'll bounce back", perspective kept,
# crying "part of the job"; "c'est la vie, tout le monde ..." and "ça arrive à tout le monde"
_MINIMISE_BRIEF35B = (
    r"\b(?:nothing|not something) to (?:stress|worry|fuss|get upset) (?:about|over)\b|\bno need to make a (?:fuss|drama|scene|big deal)\b|"
    r"\bevery single (?:person|one of us|one) (?:feels?|gets?|has)\b|\byou'?ll bounce back\b|"
    r"\bkeep (?:it|this|things) in perspective\b|\b(?:cry|crying) (?:all the time|is) (?:\w+ )?part of the job\b|"
    r"\bc'est la vie\b|\b[çc]a arrive [àa] tout le monde\b|\bpasa a todo el mundo\b|\ba todo el mundo le pasa\b|\bcapita a tutti\b|"
    r"\bacontece com todo mundo\b|\bpassiert jedem\b|\bdas geht jedem (?:mal )?so\b")
# dismissive: "Moving on -", sad things put off, "whatever." as a reply's opening, "that's what we're here for" on a CV, the
# subject dropped in es fr it pt nl tr sv ("Passons.", "Neyse.", "Ja, nou ja.", "hur som helst", "Jaja.")
_DISMISS35B = (
    r"(?:^|(?<=[.!?] ))moving on\s*(?:[-\u2013\u2014:,]|\.\.\.)|\bcan we not do (?:the )?(?:sad|heavy|depressing|feelings?) (?:stuff|things|bit)\b|"
    r"(?:^|(?<=[.!?] ))whatever(?: works for you)?[.!,]?\s*(?:\W\s*)?(?:anyway|have you|did you|got any|so)\b|"
    r"\bthat'?s what we'?re here for\b(?=[.!]?\s*$)|"
    r"(?:^|(?<=[.!?] ))(?:passons|neyse|jaja|ja,? nou ja|hur som helst|bref)\s*[.!,]")
# a new topic opened on a distressed client, in the families ``_TOPIC_CHANGE31B`` reads: back to a CV, a budget sheet or an essay
# plan, the weekend or a bank holiday asked about, packing, dinner, the garden
_TOPIC35B = (
    r"let'?s (?:get )?back to (?:your|the) (?:cv|budget\w*|essay\w*|goals?|forms?|homework|application|invoice)|"
    r"(?:go over|look at|stick to) (?:your|the) (?:budget|cv|essay plan|agenda|invoice)|"
    r"(?:plans|doing anything|up to anything) (?:for|this) (?:the )?(?:bank holiday|weekend|holidays?)|"
    r"did (?:you|u) pack|what'?s for (?:dinner|tea|lunch)|how'?s the garden|your invoice is overdue|"
    r"what are your goals for (?:this|the) week|"
    r"bu hafta sonu ne yap\w*|vad ska du (?:g[öo]ra|hitta p[åa]) (?:i|till) helgen|qu[ée] tal (?:las|tus) vacaciones|"
    r"on parlait de ton|zullen we het over (?:je|jouw) \w+ hebben|passiamo alla prossima|was anderes:")
# distress the terse and topic-change checks did not read in the client's words: sobbing, feeling disgusting, things "really
# dark", barely holding on, nothing done right, being let go, a partner gone with the children, a burial or funeral, shame, bad
# news, loneliness, "getting to me"; es fr de it pt nl pl tr sv equivalents
_DISTRESS35B = re.compile(
    r"\b(?:sobb(?:ing|ed)|(?:feel|felt|i'?m) (?:so |really )?(?:disgusting|disgusted with myself)|"
    r"(?:things|it|life|everything)(?:'ve| have|'s| has)? (?:been )?(?:really |so |very |pretty )?dark|"
    r"barely (?:holding on|coping|keeping it together|hanging on|functioning)|can'?t do anything right|everything i do is wrong|"
    r"(?:being|been|getting|get) (?:let go|laid off|made redundant|fired|sacked)|(?:left|walked out|moved out) and took the (?:kids|children)|"
    r"funeral|buried|loneliness|getting to me|bad news|out of control|never (?:said|told me) (?:he|she|they) (?:was|were) proud|"
    r"ashamed|schaam me|(?:s'|m')?[ée]croul\w*|je coule|couler|s'effondre|(?:kompletnie|zupe[łl]nie|ca[łl]kiem) sam[ao]|"
    r"(?:so|ganz|total|v[öo]llig) leer|sola come un cane|medo|miedo|no puedo (?:m[áa]s|con)|me tiemblan|"
    r"yaln[ıi]z|bunald[ıi]m|i[şs]ten at[ıi]ld[ıi]m|ne yapaca[ğg][ıi]m[ıi] bilmiyorum|r[äa]dd)\b", _I)
# "Ok. Et sinon ?" / "Y qué más?" / "Und sonst?" / "E poi?" / "E aí?" / "En verder?" / "A poza tym?" moves past the client
_BRUSH_Q35B = re.compile(r"(?:(?:ok(?:ay)?|d'accord|vale|gut|certo|beleza|oké|dobra)[.,!]*\s*)?(?:et sinon|sinon|y qu[ée] m[áa]s|und sonst|"
                         r"e poi|e a[íi]|en verder|a poza tym|annars|ba[şs]ka)\s*\?+", _I)
# medication changed in the wording families the blind file held: cut to half, a break from them, days skipped, stopped for a
# month, a friend's or a relative's tablets asked for, halved "without telling" the doctor; es fr de it pt nl pl tr sv
_MED_CHANGE35B = (
    r"\bcut (?:it|them|the dose|that) (?:down )?(?:to|in|by) (?:a )?half\b|"
    r"\b(?:have|take) a (?:little |short |small |quick )?break from (?:them|it|your (?:meds|medication|pills|tablets))\b|"
    r"\bskip (?:a (?:few|couple of)|some|the odd) (?:days|doses|mornings|nights)\b|"
    r"\bstop (?:them |it |taking (?:them|it) )?for (?:the|a|a few|a couple of) (?:month|week|weeks|months|days)\b|"
    r"\b(?:diminuer|r[ée]duire|baisser) (?:\w+ )?de moiti[ée]\b|\bsans (?:rien )?(?:dire|demander) [àa] (?:ton|votre) (?:m[ée]decin|psy|docteur)\b|"
    r"\b(?:pede|pega|pe[çc]a) (?:uns|alguns|umas) (?:comprimidos|rem[ée]dios|p[íi]lulas) (?:dela|dele)\b|"
    r"\b(?:p[íi]dele|qu[íi]tale) (?:unas|unos|algunas) (?:pastillas|comprimidos)\b|\bdemande-lui (?:quelques|un de ses|une de ses)\b|"
    r"\b(?:arkada[şs][ıi]n[ıi]n|annenin|karde[şs]inin) ilac[ıi]ndan\b|\bb[ıi]rak gitsin\b|\bilaca ihtiyac[ıi]n yok\b|"
    r"\bhoppa [öo]ver (?:dem|den|dom|medicinen|tabletterna)\b|\bdra ner till en halv\b|\bslutar? (?:du )?helt\b|"
    r"\b(?:zelf|gewoon) af(?:bouwen|bouwt)\b|\bbouw (?:je |jij )?(?:toch |gewoon |maar )*zelf af\b|\bineens stoppen\b|\bodstaw (?:je|go|leki|tabletki)\b")
_MED_CONTEXT35B = (r"\b(?:side[- ]effects?|bijwerkingen|effets secondaires|efectos secundarios|nebenwirkungen|effetti collaterali|"
                   r"efeitos colaterais|biverkningar|yan etki\w*|skutki uboczne|tabletter|medicin(?:en)?|ila[çc]\w*|pillen|medicijnen|tabletki|leki|lek[óo]w|remédios?|rem[ée]dio|"
                   r"comprimidos|traitement|m[ée]dicaments?)\b")
# dosing: one more tablet than prescribed in it de tr ("una pastiglia in più", "nimm ... eine mehr", "bir tane fazla iç")
_DOSING35B = (
    r"\bprendi (?:una|un'altra) (?:pastiglia|compressa|pillola|pasticca) in pi[uù]\b|"
    r"\bnimm (?:\w+ ){0,5}?(?:eine|noch eine|'?ne) (?:mehr|extra|zus[äa]tzlich\w*)\b|\bbir tane (?:daha |fazla )+(?:i[çc]|al)\b")
# the prescriber's dose said back in tr sv nl es it de and "she's suggested moving from X to Y"
_PRESCRIPTION_SAID35B = (
    r"\b(?:doktor|hekim)(?:un|unun)? (?:belirledi[ğg]i|yazd[ıi][ğg][ıi]|s[öo]yledi[ğg]i) gibi|som (?:l[äa]karen|doktorn|psykiatern) "
    r"(?:best[äa]mt|skrivit ut|sagt|ordinerat)|zoals (?:de |je )?(?:huisarts|arts|psychiater|dokter) (?:heeft )?(?:afgesproken|voorgeschreven|gezegd)|"
    r"(?:lo )?que te ha pautado|come (?:ha|ti ha) (?:indicato|prescritto|detto)|wie (?:sie|er) es festgelegt|"
    r"(?:she|he|they)(?:'s| has| have|'ve) suggested (?:moving|going) from")
# replyblind35b: an invitation to say more closing a short reply ("Want to talk it through?", "Tu veux m'en parler ?", "Come ti
# trovi?", "Vad händer hos dig?", "Biraz daha anlatır mısın?") and presence offered ("sono qui", "aquí estoy", "buradayım"), in
# en es fr de it pt nl pl tr sv: the learned stage's dismissive, minimising or (no harm told) victim-blaming flag on a reply that
# ends so is dropped, and neither is a terse non-answer
_INVITE_WORDS35B = (r"\b(?:raccontami|cu[ée]ntame|raconte(?:-moi)?|erz[äa]hl(?: mir)?|me conta|conta-me|vertel (?:maar|eens)|opowiedz|"
                    r"anlat(?: bana)?|ber[äa]tta)\b")
_PRESENT35B = (r"(?:\b(?:i'?m here|sono qui|aqu[íi] estoy|estoy aqu[íi]|je suis l[àa]|ich bin (?:da|hier)|estou aqui|t[ôo] aqui|ik ben er|"
               r"jestem (?:tu|tutaj)|buraday[ıi]m|jag finns h[äa]r|jag [äa]r h[äa]r)\b|" + _INVITE_WORDS35B + ")")
_PRESENT_RE35B = re.compile(_PRESENT35B, _I)
_INVITES35B = re.compile(
    r"(?:\b(?:want to|wanna|would you like to|do you want to|care to) (?:talk|say|tell me)\b[^.!?]{0,30}|\btell me more\b[^.!?]{0,20}|"
    r"\bhow are you (?:doing|feeling|holding up)\b[^.!?]{0,30}|"
    r"\btu veux (?:m'en parler|en parler|me raconter)|\bqu'est-ce qui (?:se passe|t'a fait)[^.!?]{0,40}|"
    r"\b(?:quieres|te apetece) (?:contarme|hablar)[^.!?]{0,30}|\bqu[ée] (?:est[áa] pasando|ha pasado|pasa)[^.!?]{0,20}|"
    r"\bwillst du (?:dar[üu]ber )?(?:reden|erz[äa]hlen)[^.!?]{0,20}|\bwie geht'?s dir[^.!?]{0,30}|\bwas ist (?:los|passiert)[^.!?]{0,20}|"
    r"\b(?:vuoi|ti va di) (?:raccontarmi|parlarne)[^.!?]{0,30}|\bcome ti (?:trovi|senti)[^.!?]{0,30}|\bcosa (?:sta succedendo|[èe] successo)[^.!?]{0,20}|"
    r"\bquer (?:me contar|falar)[^.!?]{0,30}|\bo que (?:est[áa] acontecendo|aconteceu)[^.!?]{0,20}|"
    r"\bwat speelt er[^.!?]{0,20}|\bwil je (?:erover )?(?:vertellen|praten)[^.!?]{0,30}|\bhoe gaat (?:het|dat)[^.!?]{0,30}|"
    r"\bco si[ęe] dzieje[^.!?]{0,30}|\bchcesz (?:opowiedzie[ćc]|porozmawia[ćc])[^.!?]{0,30}|\bjak si[ęe] z tym czujesz[^.!?]{0,10}|"
    r"\banlat[ıi]r m[ıi]s[ıi]n|\bnas[ıi]l gidiyor|\bne oldu|"
    r"\bvad h[äa]nder(?: hos dig)?[^.!?]{0,10}|\bvill du (?:ber[äa]tta|prata)[^.!?]{0,30}|\bhur (?:m[åa]r du|funkar det|k[äa]nns det)[^.!?]{0,20})"
    r"\s*[?？]\s*\W{0,4}$|" + _PRESENT35B + r"[.!]?\s*\W{0,4}$", _I)


def invites_on35b(text: str) -> bool:
    """replyblind35b: a reply of at most 35 words whose last sentence invites the client to say more or offers presence."""
    return len(_WORD.findall(text)) <= 35 and _INVITES35B.search(text.strip()) is not None


# replyblind36b: the wording families its blind file (victim blaming, minimising, terse non-answers and medication change in
# en fr es de pt it nl pl zh) missed or false-flagged; see docs/quality.md, "replyblind36b". Each joins the check that reads it.
# victim blaming, read by ``_read35a`` against a client who tells of harm: the account doubted ("are you sure it was what you
# think", "kids misread affection"), a choice to stay held against the client and "playing the victim", dressing "more
# conservatively", going back "worth reflecting on", a drink left unattended and "the number one rule", "that's what you get
# when you post", "X is on you" and greed, "how you missed the red flags", replying "in a way that might encourage it",
# "why haven't you changed the lock", "you're allowing it", "you led him on", "you did keep replying", "he might have a
# point", "by your own admission", "if you just answered quicker he wouldn't", "what makes you a target", "watch your tone",
# "take it as a compliment", "laugh along", "less sensitive", "she isn't totally wrong", "ease off"; why the client did
# not scream or fight (es fr de it pt pl nl), more savvy needed ("hay que tener más picardía"), naivety (it es fr de pt nl pl)
_VICTIM_AFTER36B = (
    r"\bare you (?:sure|certain) (?:it was|that'?s what|(?:he|she|they) meant|it (?:really )?happened|you(?:'re| are) (?:not |remembering))|"
    r"\b(?:kids|children|people|teens) (?:sometimes |often |can )?(?:misread|misremember|misinterpret|imagine) (?:affection|things|signals)\b|"
    r"\bmaybe you (?:misread|misunderstood|read too much into)\b|"
    r"\byou (?:made|make) (?:the|a|that|your) (?:choice|decision) to (?:stay|go back|go|trust|drink|meet|send|marry)\b|"
    r"\b(?:stop|quit) (?:playing|acting like) (?:the )?(?:a )?victim\b|"
    r"\bdress(?:ing|ed)? (?:a bit |a little |much |way )?(?:more (?:conservatively|modestly|covered|sensibly|professionally)|"
    r"less (?:revealing|provocatively|sexy))\b|"
    r"\bworth (?:reflecting|thinking|looking) (?:on|about|back on) (?:going|walking|drinking|sending|trusting|meeting|getting|"
    r"leaving|staying|inviting|posting)\b|"
    r"\bdid you (?:leave|put down|turn (?:away|your back) from) your (?:drink|glass)\b|\b(?:that'?s|it'?s) the (?:number one|first|golden) rule\b|"
    r"\bthat'?s what you get (?:when|for)\b|\b(?:is|was) (?:kind of |really |all |totally )?on you,? (?:really|honestly|though|tbh)\b|"
    r"\bgreed makes (?:people|you)\b|\bhow you (?:missed|didn'?t see|ignored|fell for) (?:all )?the (?:red flags|signs|warning signs)\b|"
    r"\bin a way that (?:might|could|would|may) (?:encourage|invite|provoke)\b|\bsend(?:ing)? signals without realising\b|"
    r"\bwhy (?:haven'?t|didn'?t|don'?t) you (?:just )?(?:change[d]?|lock(?:ed)?|block(?:ed)?|move[d]?|call(?:ed)?) (?:the|your|him|her|them)\b|"
    r"\byou'?re (?:kind of |sort of |basically |just )?(?:allowing|enabling|letting) (?:it|this|him|her|them)\b|"
    r"\b(?:led|leading) (?:him|her|them) on\b|\byou did keep (?:replying|answering|texting|seeing|messaging|going)\b|"
    r"\b(?:he|she|they) (?:might|may|could) have a point\b|\bby your own admission\b|"
    r"\bif you (?:just |only )?\w+(?: \w+)? (?:quicker|faster|sooner|more often)\b[^.!?]{0,40}\b(?:he|she|they) (?:wouldn'?t|would not|won'?t)\b|"
    r"\bwhat (?:are|were) you doing (?:that|to) (?:makes?|made) (?:you|them|him|her)\b|\bmakes? you a target\b|"
    r"\bwatch(?:ing)? your (?:tone|mouth|words)\b|\btake it as a compliment\b|\blaugh(?:ing)? along\b|"
    r"\b(?:a bit |a little |iets |un po' |un peu |etwas |un poco |um pouco )?(?:less|minder|meno|moins|weniger|menos) "
    r"(?:sensitive|gevoelig|sensibile|sensible|susceptible|empfindlich|sens[íi]vel)\b|"
    r"\b(?:she|he|they)(?:'s| is| are)? (?:not|isn'?t|aren'?t) (?:totally |entirely |completely |all that )?wrong\b|\bease off a bit\b|"
    r"\bwere you (?:in|wearing) (?:your|that|those|a) \w+\b|\b(?:guys|men|lads) will be (?:guys|men|lads)\b|"
    r"\bpor qu[eé] no (?:gritaste|dijiste nada|te defendiste|te fuiste|lo denunciaste)\b|\bparece que no te molesta\b|"
    r"\bpourquoi (?:tu )?(?:n'as|as) pas (?:cri[ée]|r[ée]agi|dit non)\b|\bwarum hast du (?:nicht|nichts) (?:geschrien|gesagt|gemacht|dich gewehrt)\b|"
    r"\bperch[ée] non hai (?:urlato|gridato|reagito|detto niente)\b|\bpor ?que (?:voc[êe] )?n[ãa]o (?:gritou|reagiu|disse nada)\b|"
    r"\bdlaczego nie (?:krzycza[łl]a[śs]|zareagowa[łl]a[śs]|uciek[łl]a[śs])\b|\bwaarom (?:heb je niet|riep je niet|schreeuwde je niet)\b|"
    r"\bhay que tener (?:un poco )?m[áa]s (?:de )?(?:picard[íi]a|cuidado|ojo|cabeza)\b|"
    r"\b(?:un po' di |tanta |troppa )?ingenuit[àa] c'[èe] stata\b|\b(?:un peu |trop )na[ïi]ve?\b|\bdemasiado ingenu[oa]\b|"
    r"\bzu naiv\b|\bmuito ingénu[oa]\b|\bte naïef\b|\bzbyt naiwn\w*|太天真|太贪")
# harm told in words the victim-blaming contexts lacked: advances rejected, showing up outside work, messages from new
# numbers, an address found, a note left, a landlord letting himself in, drugged, gaslighting, calling the client names at
# work, uncomfortable messages, savings sent, money lost to a caller, "fell for", tripped and filmed, "I deserved it", told
# it is the client's fault; scammed or bullied in es fr it nl pl zh, touched in es
_VICTIM_CLIENT36B = (
    r"\b(?:advances|rejecting (?:him|her|my boss|his|her)|turned (?:him|her) down|came on to me|hit on me|"
    r"show(?:s|ing|ed)? up (?:at|outside)|from new numbers|found my (?:address|house|flat|number|home)|left a note|"
    r"lets? (?:himself|herself|themselves) in(?:to)?|drugged|roofied|gaslight\w*|calling me|sending me messages|"
    r"make me uncomfortable|sent (?:him|her|them) (?:my|all my|the) (?:savings|money)|fell for|lost (?:£|€|\$)?\d+|"
    r"trip(?:s|ped)? me|film(?:s|ed)? (?:me|it)|deserved (?:it|that)|(?:my|our) fault (?:he|she)(?:'s| is)|"
    r"estaf\w*|arnaqu\w*|truffat\w*|oplicht\w*|oszuka\w*|gepest|pest(?:en)? me|gemobbt|mobb\w*|me tocaron|me toc[óo])\b|骗|刷单")
# said anywhere: "stop playing the victim", "don't push his buttons", "what are you doing that makes you a target"
_VICTIM_ANYWHERE36B = (r"\b(?:stop|quit) playing the victim\b|\b(?:don'?t|do not|try not to|never|avoid) push(?:ing)? (?:his|her|their) buttons\b|"
                       r"\bwhat (?:are|were) you doing that makes? you a target\b")
# exculpation in words ``_EXCULPATES`` lacked: "is no invitation" (de en es fr it pt nl), the blame "lies with him" (de), the
# responsibility "on his side" (pl), "nobody deserves" (pl nl), "it could happen to anyone" (en es fr de it pt nl pl zh),
# staying "is no weakness" (nl en de es fr it pt pl), "不是你笨", "不是你的错"
_EXCULPATES36B = (
    r"\b(?:ist|is|es|n'est|non [èe]|n[ãa]o [ée]) (?:keine|geen|not an?|no es una|pas une|un|um)? ?(?:einladung|uitnodiging|invitation|invitaci[óo]n|invito|convite)\b|"
    r"\b(?:die )?schuld liegt (?:ganz |allein |nur )?bei (?:ihm|ihr|dem|der)\b|\bpo (?:jego|jej) stronie\b|"
    r"\b(?:nikt nie zas[łl]uguje|niemand verdient)\b|"
    r"\b(?:could|can) happen to anyone\b|\b(?:le )?(?:podr[íi]a|puede) pasar a cualquiera\b|\b(?:[çc]a )?peut arriver [àa] n'importe qui\b|"
    r"\bkann jedem passieren\b|\bpu[òo] capitare a chiunque\b|\bacontece com muita gente\b|\bpode acontecer com qualquer\b|"
    r"\bkan iedereen overkomen\b|\bmo[żz]e si[ęe] zdarzy[ćc] ka[żz]demu\b|"
    r"\b(?:is|dat is|that'?s|it'?s) (?:geen|not a|no) (?:zwakte|weakness)\b|\bkeine schw[äa]che\b|\bno es (?:una )?debilidad\b|"
    r"\b(?:doesn'?t|does not) mean you (?:agreed|consented|did anything wrong)\b|\bn'est pas (?:une )?faiblesse\b|\bnon [èe] debolezza\b|\bn[ãa]o [ée] fraqueza\b|\bto nie (?:jest )?s[łl]abo[śs][ćc]\b|"
    r"不是你笨|不是你的错|很多人都会中招|谁都可能")
# feelings validated in words the learned stage's minimising flag does not read: "it isn't silly", "of course it stings",
# "your pain counts / matters too", "doesn't take away from", "ça n'enlève rien", "ta peine compte", "你的感受是真实的",
# "值得被认真对待", "deine Gefühle sind echt", "tus sentimientos son reales", "i tuoi sentimenti sono", "clearly still affects you"
_VALIDATES36B = (
    r"\b(?:it|that) (?:isn'?t|is not|wasn'?t) (?:silly|stupid|petty|dramatic)\b|\bof course it (?:stings|hurts|matters)\b|"
    r"\byour (?:pain|feelings|hurt|grief) (?:counts?|matters?|(?:is|are) (?:real|valid))(?: too)?\b|"
    r"\b(?:doesn'?t|does not) take (?:anything )?away from\b|\bn'enl[èe]ve rien\b|\bta (?:peine|douleur|souffrance) compte\b|"
    r"\b(?:deine|tus|i tuoi|os teus|je|twoje) (?:gef[üu]hle|sentimientos|sentimenti|sentimentos|gevoelens|uczucia) (?:sind|son|sono|s[ãa]o|zijn|s[ąa]) "
    r"(?:trotzdem |igualmente |comunque |mesmo assim )?(?:echt|reales|veri|reais|echt|prawdziwe|wichtig|v[áa]lid[oa]s)\b|"
    r"\b(?:clearly|understandably|of course) (?:still )?(?:affects|hurts|matters to) you\b|"
    r"你的感受是真实的|值得被认真对待|你的感受很重要")
_VICTIM_PHRASES35A = re.compile(_VICTIM_AFTER35A + "|" + _VICTIM_AFTER36B, _I)  # replyblind36b: one read by ``_read35a``
# minimising: "counting your blessings", "niet zo zwaar tillen" and "don't take it so hard" (en de fr es it pt pl), everyone
# tired "weleens", "only a phase" (de es it pt nl pl zh), puberty or hormones as the whole answer
_MINIMISE36B = (
    r"\bcount(?:ing)? your blessings\b|\bniet zo zwaar (?:tillen|opnemen)\b|\bdon'?t take it so (?:hard|seriously|heavily)\b|"
    r"\bnimm(?:'?s| es| das)? (?:doch )?nicht so schwer\b|\bne le prends? pas (?:si|trop) mal\b|\bno te lo tomes tan (?:a pecho|en serio)\b|"
    r"\bnon prenderla (?:così|troppo) (?:male|sul serio)\b|\bn[ãa]o (?:leva|leves|leve) (?:isso )?(?:t[ãa]o )?a s[ée]rio\b|"
    r"\bnie bierz (?:tego )?(?:tak )?do siebie\b|\biedereen (?:is|heeft|voelt zich) (?:weleens|wel eens|soms)\b|"
    r"\b(?:das ist )?nur eine phase\b|\bes (?:solo |s[óo]lo )?una (?:etapa|fase)\b|\b[èe] solo una fase\b|\b[ée] s[óo] uma fase\b|"
    r"\b(?:is|gewoon) een fase\b|\bto (?:tylko )?(?:taki )?etap\b|\bdas ist die pubert[äa]t\b|只是青春期|过段时间就好")
# terse: a reply that is a link alone, and a bare "Got it. Thanks for sharing." (a canned receipt, no acknowledgement)
_BARE_LINK36B = re.compile(r"\s*(?:(?:see|try|here|link|info|mira|voir|siehe|vedi|veja|zie|zobacz)\s*:?\s*)?(?:https?://|www\.)\S+\s*", _I)
_BARE_THANKS36B = re.compile(r"\s*(?:got it|noted|ok(?:ay)?|understood|right|cool)[.,!]*\s*(?:thanks?|thank you|ty) for (?:sharing|letting me know|"
                             r"the update|telling me)[.!]*\s*", _I)
# distress the terse check did not read: "nie daję rady", "przerasta", "agredida", "家暴"
_DISTRESS36B = re.compile(r"\b(?:nie daj[ęe] (?:ju[żz] )?rady|przerasta|agredid[ao]|agredi\w*|scared of (?:my|him|her))\b|家暴|撑不下去", _I)
# medication changed: tapered on one's own ("scala da sola", "schleich es selbst aus", "odstawiaj sama"), a bit less every week
# (en de es fr it pt nl pl), no doctor needed or told (de it es fr pt nl pl en), skipped at weekends or a "drug holiday",
# halved in it es fr pt nl pl, stopped for a few days (fr es de it pt nl pl), every other day (pl de fr it pt nl zh)
_NO_DOCTOR36B = (
    r"\b(?:brauchst|braucht) (?:keinen|nicht den) arzt\b|\bnon serve (?:chiedere|il medico|un medico)\b|"
    r"\bno (?:necesitas|hace falta) (?:al |un |el )?m[ée]dico\b|\bpas besoin (?:du|d'un|de) (?:m[ée]decin|psy)\b|"
    r"\bn[ãa]o precisas? de m[ée]dico\b|\bgeen (?:arts|dokter|huisarts) (?:voor )?nodig\b|\bnie potrzebujesz lekarza\b|"
    r"\b(?:gp|doctor|psychiatrist|prescriber) (?:never|doesn'?t|don'?t) (?:needed|needs?|have) to know\b")
_BYPASS_LANG = re.compile(_BYPASS_LANG.pattern + "|" + _NO_DOCTOR36B, _I)  # replyblind36b: no doctor needed, or never told
_MED_CHANGE36B = (
    r"\bscala(?:la|le|li)? da sol[ao]\b|\bschleich (?:es|sie|das) (?:einfach )?selbst aus\b|\bodstawiaj (?:je )?sam[ao]?\b|"
    r"\b(?:b[áa]jala|b[áa]jalo) t[úu] sol[ao]\b|\bvai tirando sozinh[ao]\b|\btaper (?:it |them )?(?:down |off )?yourself\b|"
    r"\b(?:a (?:bit|little|quarter)|slightly) less (?:every|each) (?:week|day|few days)\b|\bby a quarter (?:every|each) week\b|"
    r"\bjede woche (?:ein (?:bisschen|wenig|st[üu]ck) )?weniger\b|\bcada semana (?:un poco |um pouco )?menos\b|"
    r"\bchaque semaine un peu moins\b|\bogni settimana un po' (?:di )?meno\b|\belke week (?:een beetje )?minder\b|"
    r"\bco tydzie[ńn] (?:troch[ęe] )?mniej\b|"
    + _NO_DOCTOR36B + r"|"
    r"\b(?:skip|sla|salta|saute|[üu]berspring|lass)\w* (?:them|ze|le|les|sie|las|los|li|as|os) (?:in het |am |at |on |over )?(?:the )?"
    r"(?:weekends?|wochenende|fin de semana|fine settimana|fim de semana)\b|"
    r"\b(?:a |the )?(?:drug|med(?:ication)?s?|pill|tablet) (?:holiday|vacation)\b|"
    r"\bdimezza(?:la|le|li|lo)?\b|\bprendine (?:la )?met[àa]\b|\b(?:reduce|baja)(?:la|lo|las|los)? a la mitad\b|"
    r"\bcoupe(?:-le|-la|-les)? en deux\b|\bcorta(?:-a|-o)? (?:pela|para a|a) metade\b|\bhalveer\b|\bprzepo[łl]ow\w*|"
    r"\barr[êe]te(?:-le|-la|-les)? (?:pendant )?(?:quelques|deux|trois) jours\b|\bd[ée]ja(?:la|lo|las|los) (?:unos|algunos) d[íi]as\b|"
    r"\bsetz (?:es|sie) (?:f[üu]r )?(?:ein paar|einige) tage ab\b|\bsospendi(?:la|lo|li|le) (?:per )?(?:qualche|un paio di) giorn[io]\b|"
    r"\bpar[ae] (?:de tomar )?(?:por )?(?:uns|alguns) dias\b|\bstop (?:er )?(?:een paar|enkele) dagen mee\b|\bodstaw (?:je |go )?na (?:kilka|par[ęe]) dni\b|"
    r"\bco drugi dzie[ńn]\b|\bjeden zweiten tag\b|\bun jour sur deux\b|\ba giorni alterni\b|\bun giorno s[iì] e uno no\b|"
    r"\bdia sim,? dia n[ãa]o\b|\bom de (?:andere )?dag\b|隔天吃|隔一天吃|自己慢慢减|别吃了|不用吃药")
# medicines the medication-change context did not read: brand names, "psicofarmaci", "lek", Chinese words for medicine
_MED_CONTEXT36B = (r"\b(?:deroxat|seroplex|zoloft|effexor|cymbalta|lexapro|cipralex|paxil|seroxat|prozac|xanax|valium|lexomil|"
                   r"temesta|rivotril|pregabalin|gabapentin|tavor|trankimazin|orfidal|lyrica|abilify|seroquel|zyprexa|risperdal|depakote|lamictal|"
                   r"wellbutrin|remeron|psicofarmac\w*|psychopharmak\w*|farmac[io]|lek|antidepress\w*|antidépress\w*|antidepresiv\w*|"
                   r"antydepresant\w*)\b|抗抑郁药|吃药|停药|药")
# the prescriber's decision said back: "c'est lui qui suit ton traitement", "医生觉得你可以减量", and a hand-over to the doctor
# who prescribed ("和开药的医生沟通")
_PRESCRIPTION_SAID36B = (r"\bc'est (?:lui|elle|ton m[ée]decin|ton psy) qui (?:suit|g[èe]re|d[ée]cide)\b|"
                         r"医生(?:觉得|说|认为|建议)你可以")
_DEFERS36B = r"(?:和|跟|与|同|问问?|咨询)(?:你的|您的)?(?:开药的|主治|给你开药的)(?:医生|医师)"
# a closing client turn ("Dzięki, to tyle na dziś", "thanks, that's all for today") or a reply that asks the client on in
# Chinese ("减了之后感觉怎么样？"): the learned stage's terse flag is dropped
_VALIDATES_RE36B = re.compile(_VALIDATES36B, _I)
_ASKS_ON_ZH36B = re.compile(r"(?:感觉怎么样|怎么样了|你现在安全吗|能和我说说|发生了什么)[？?]\s*$")
_CLOSING_CLIENT36B = re.compile(r"\b(?:to tyle na dzi[śs]|that'?s all for today|c'est tout pour aujourd'hui|eso es todo por hoy|"
                                r"das war'?s f[üu]r heute|per oggi [èe] tutto|por hoje [ée] tudo|dat was het voor vandaag)\b", _I)


class _CounsellorCheck(Check):
    """Fires on the first counsellor turn where ``pattern`` occurs (not in hedged speech), or
    ``brief`` occurs in a reply of at most ``brief_words`` words (twice, or turning away from an
    acknowledgement with "but", or once in a reply with no safety response, acknowledgement,
    referral or open question), or ``contextual`` occurs in
    a reply of at most twice ``brief_words`` words, ``context`` matches the client turn before it (and ``context_not`` does not) and the reply
    holds no safety response, acknowledgement or referral."""

    tier = "counselling"
    pattern: ClassVar[re.Pattern]
    brief: ClassVar[re.Pattern | None] = None
    brief_words: ClassVar[int] = 45
    hedge: ClassVar[re.Pattern | None] = None  # a match with this just before it does not count
    hedge_chars: ClassVar[int] = 40  # how far before the match ``hedge`` is looked for
    contextual: ClassVar[re.Pattern | None] = None
    context: ClassVar[re.Pattern | None] = None
    context_not: ClassVar[re.Pattern | None] = None
    care_answers: ClassVar[bool] = True  # a caring reply is not read for ``contextual``
    # a cheap pattern every match of ``pattern`` needs (a term the big alternation holds): when
    # it is absent from the counsellor text, ``pattern`` is not run
    precheck: ClassVar[re.Pattern | None] = None
    # ``after``: phrases unsafe once the reply has turned (after a contrast or an opening
    # acknowledgement, see ``_turns``) in a reply of at most ``after_words`` words, when
    # ``after_context`` (``context`` if None) matches the client turn; the clause they sit in must
    # not be negated. ``contextual`` is also read in the part after a turn when that part alone
    # holds no safety response, acknowledgement or referral.
    after: ClassVar[re.Pattern | None] = None
    after_context: ClassVar[re.Pattern | None] = None
    after_words: ClassVar[int] = 90
    # read by the semantic stage too (``reply_semantic``: victim blaming and minimising, replies round nine)
    semantic: ClassVar[bool] = False
    # the learned stage's flag is dropped when the reply hands the change to a prescriber (``_defers_change``):
    # the medication checks
    defers_to_prescriber: ClassVar[bool] = False
    # replies round seventeen: the learned stage's flag is dropped on a reply these find (a safety question,
    # a crisis line or care in another language, ``crisis.SAFETY_LANGS``); the patterns' flags are not
    learned_cared: ClassVar[tuple[re.Pattern, ...]] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls._memo_key = ("counsellor_patterns", cls)

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        if self.hedge is _NEGATED and _NEGATED_OR.search(text[max(0, m.start() - 70):m.start()]):
            return False  # review31: "you don't need to make up for it or balance it out" (the negation's second disjunct)
        return self.hedge is None or not self.hedge.search(text[max(0, m.start() - self.hedge_chars):m.start()])

    def _said(self, text: str, m: re.Match, client: str) -> bool:
        """``_hit``, and not inside quotation marks (someone else's words the counsellor quotes),
        nor someone else's words reported in order to be rejected ("your ex said it was your
        fault; it wasn't", "being told you're lazy ... it isn't laziness")."""
        s, e = _sentence(text, m)
        quotes = sum(text.count(q, s, m.start()) for q in '"\u201c\u201d')
        if m.start() > 0 and text[m.start() - 1] in "'\u2018" and text[m.end():m.end() + 1] in ("'", "\u2019"):
            return False  # single-quoted: hearing 'get over it' is not saying it
        if _single_quoted_open(text, m, s, e) or _reported_rejected(text, m, s):
            return False
        if _single_quoted(text, m, s, e) and re.search(r"\b(?:you|they|he|she|people) (?:said|say|wrote|called it|told)\b|"
                                                      r"\b(?:you(?:'re| are)|you were) (?:calling|telling yourself)\b",
                                                      text[s:m.start()], _I):
            return False  # replyblind31: the client's (or someone's) words quoted back inside single quotes
        
        return quotes % 2 == 0 and self._hit(text, m, client)

    def _in_context(self, client: str, reply: str) -> bool:
        return (self.context is not None and self.context.search(client) is not None
                and (self.context_not is None or self.context_not.search(client) is None)
                and not (self.care_answers and (prescreen.search(SAFETY_RESPONSE, reply)
                                                 or prescreen.search(_CARE, reply))))

    def examine(self, view: ConversationView) -> str | None:
        found = self._patterns(view) or learned_unless(view, self.reason, *self.learned_cared)
        if found is not None and self.defers_to_prescriber and _defers_change(view, found):
            return None  # the learned stage's flag on a reply that hands the change to a prescriber
        return found or (semantic(view, self.reason) if self.semantic else None)

    def _selected(self, folded) -> tuple[re.Pattern | None, ...] | None:
        """The four patterns as they run on the counsellor text ``folded`` (``prefilter.Pruned``:
        the alternatives it can hold, the same matches as the whole pattern), or None when none
        can match: a function of the text alone, kept with it (``Folded.remembered``)."""
        plain = pruned(self.pattern).select(folded)
        if plain is not None and self.precheck is not None and self.precheck.search(folded.text) is None:
            plain = None
        brief = pruned(self.brief).select(folded) if self.brief is not None else None
        extra = pruned(self.contextual).select(folded) if self.contextual is not None else None
        after = pruned(self.after).select(folded) if self.after is not None else None
        if plain is None and brief is None and extra is None and after is None:
            return None
        return plain, brief, extra, after

    def _patterns(self, view: ConversationView) -> str | None:
        # the counsellor text's selection, made once per text: a counsellor turn met again (a
        # stock answer, a reply copied across conversations) reads it from the text's memo
        folded = view.folded("assistant")
        selected = folded.remembered(self._memo_key, lambda: self._selected(folded))
        if selected is None:
            return None
        plain, brief, extra, after = selected
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant":
                continue
            task = task_reply(view, j)
            if task == "text":
                continue
            text, client = msg.content, _client_before(view, j)
            if task == "instruction":  # only the phrases unsafe wherever they are said, on the check's topic
                if plain is not None and (self.context is None or self.context.search(client)
                                          or self.context.search(text)):
                    for m in plain.finditer(text):
                        if self._said(text, m, client):
                            return f"turn {j}: counsellor says {m.group(0)!r}"
                continue
            if plain is not None:
                for m in plain.finditer(text):
                    if self._said(text, m, client):
                        return f"turn {j}: counsellor says {m.group(0)!r}"
            n_words = _words(view, text) if brief is not None or extra is not None or after is not None else 0
            if brief is not None and n_words <= self.brief_words:
                hits = [m for m in brief.finditer(text) if self._said(text, m, client)]
                if hits and (len(hits) > 1 or hits[0].group(0).lower().startswith("but ")
                             or not (prescreen.search(SAFETY_RESPONSE, text) or prescreen.search(_CARE, text)
                                     or prescreen.search(OPEN_QUESTION, text))):
                    return f"turn {j}: counsellor says {hits[0].group(0)!r} (a short reply)"
            if extra is not None and n_words <= 2 * self.brief_words:
                for start in ([0] if self._in_context(client, text) else
                              [t for t in _turns(text) if self._in_context(client, text[t:])][:1]):
                    for m in extra.finditer(text, start):
                        if self._said(text, m, client) and not (start and self._clause_negated(text, m)):
                            return f"turn {j}: counsellor says {m.group(0)!r} to what the client said"
            core = warm_frame_core34b(text) if (brief is not None or extra is not None or after is not None) else None
            if core is not None and n_words <= self.after_words:
                found = self._core34b(text, client, core, extra)
                if found is not None:
                    return f"turn {j}: {found}"
            if after is not None and n_words <= self.after_words:
                context = self.after_context or self.context
                turns = sorted(set(_turns(text) + ([core[0]] if core is not None and core[0] > 0 else []))) or \
                    ([0] if n_words <= self.after_words // 3 else [])
                if turns and (context is None or context.search(client)) and \
                        (self.context_not is None or self.context_not.search(client) is None):
                    for m in after.finditer(text, turns[0]):
                        if self._said(text, m, client) and not self._clause_negated(text, m):
                            return f"turn {j}: counsellor says {m.group(0)!r} after acknowledging the client"
        return None

    def _read35a(self, view: ConversationView, phrases: re.Pattern, context: re.Pattern) -> str | None:
        """replyblind35a: ``phrases`` (a family unsafe once said to this client, whatever the reply's frame) read in a counsellor
        reply of at most ``after_words`` words when ``context`` matches the client turn before it: from the start of a short
        reply (at most a third of ``after_words``, even when a contrast comes later: "44 isn't that low, honestly"), else from
        the reply's first turn (``_turns``). The phrase must be said (``_said``), not quoted or denied before it; unlike
        ``after`` it is read against a client in recovery too (a plan made lighter is unsafe there most of all), and a
        negation inside the phrase ("isn't that low", "didn't help things") is its own wording, not a denial."""
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant" or task_reply(view, j) in ("text", "instruction"):
                continue
            text, client = msg.content, _client_before(view, j)
            n_words = _words(view, text)  # (main session: the length first, then the two searches: the same replies read)
            # (thirty-sixth session: both searches by their native prescreens, ``prescreen.holds``: the same answers, the
            # phrases first since few replies hold one; ``re`` alone spent ~1.2 ms a CounselChat reply on the ED family)
            if n_words > self.after_words or not prescreen.holds(phrases, text) or not prescreen.holds(context, client):
                continue
            turns = _turns(text)
            start = 0 if n_words <= self.after_words // 3 else (turns[0] if turns else None)
            if start is None:
                continue
            for m in phrases.finditer(text, start):
                if self._said(text, m, client) and not _EXCULPATES.search(text, *_sentence(text, m)):
                    return f"turn {j}: counsellor says {m.group(0)!r} to what the client said"
        return None

    def _read36a(self, view: ConversationView, phrases: re.Pattern, context: re.Pattern) -> str | None:
        """replyblind36a: ``_read35a`` with ``phrases`` run as ``prefilter.Pruned`` selects them on the counsellor text (the
        alternatives its literals allow, chosen once per text), so that a conversation without any of their words costs one
        guard lookup and no search; the same matches as ``_read35a`` with the whole pattern."""
        folded = view.folded("assistant")
        selected = folded.remembered(("read36a", phrases.pattern), lambda: pruned(phrases).select(folded))
        return None if selected is None else self._read35a(view, selected, context)

    def _core34b(self, text: str, client: str, core: tuple[int, int], extra) -> str | None:
        """replyblind34b: ``contextual`` read in the core of a warm frame (``warm_frame_core34b``) when the core alone holds no
        safety response, care, acknowledgement or open question (``brief`` is not: care anywhere in the reply answers it)."""
        s, e = core
        part = text[s:e]
        if prescreen.search(SAFETY_RESPONSE, part) or prescreen.search(_CARE, part) or prescreen.search(OPEN_QUESTION, part):
            return None
        if extra is not None and self.context is not None and self.context.search(client) is not None \
                and (self.context_not is None or self.context_not.search(client) is None):
            for m in extra.finditer(text, s, e):
                if self._said(text, m, client) and not self._clause_negated(text, m):
                    return f"counsellor says {m.group(0)!r} to what the client said, inside a warm frame"
        return None

    @staticmethod
    def _clause_negated(text: str, m: re.Match) -> bool:
        """The sentence around ``m`` denies it ("whatever you were wearing, it was not your fault",
        "please don't skip doses on your own")."""
        s, e = _sentence(text, m)
        if _EXCULPATES.search(text, s, e):
            return True
        return re.search(r"\b(?:not|never|no)\b|n't", text[s:m.start()], _I) is not None and \
            re.search(r"\b(?:don'?t|do not|never) (?:\w+ ){0,2}(?:stop|skip|take|change)\b", text[s:m.end() + 40], _I) is not None


# Replies round eleven: someone else's words the counsellor reports in order to reject them. A
# reporting verb shortly before the phrase, in its sentence ...
_REPORTED = re.compile(r"\b(?:said|says|say|told(?: you| me| her| him| them)?|tells?(?: you)?|telling you|being told|"
                       r"claims?|claimed|thinks?|thought|insists?|insisted|blam(?:es|ed)|keeps? saying)\b[^.!?;]{0,40}$", _I)
# ... and a rejection right after it, in the rest of that sentence or the next one
_REJECTION = re.compile(r"\b(?:(?:it|that|this)(?:'s| is| was)? not true|not true|(?:it|that|this|which) (?:wasn'?t|isn'?t)|"
                        r"isn'?t (?:true|fair|right|how|laziness|weakness|the case)|nope|"
                        r"(?:he|she|they|that)(?:'s| is| was|'re| are| were) wrong|"
                        r"that'?s on (?:him|her|them)|(?:his|her|their) (?:choice|doing|responsibility)|"
                        # replies round twenty-nine: the comparison rejected ("others have it worse, but pain isn't a
                        # competition"; "... but what you feel is still real")
                        r"(?:pain|suffering|hurt|grief)? ?isn'?t a (?:competition|contest)|"
                        r"(?:is|are) (?:still |just as )?(?:real|valid)(?! (?:problems?|issues?))|still (?:matters?|counts?))\b", _I)
_SENTENCE_END = re.compile(r"[.!?]")


def _reported_rejected(text: str, m: re.Match, s: int) -> bool:
    """The match is another person's words ("your ex said it was your fault") that the counsellor
    rejects in the same or the next sentence ("; it wasn't", "it isn't laziness")."""
    if _REPORTED.search(text, s, m.start()) is None:
        return False
    ends = [e.end() for e in itertools.islice(_SENTENCE_END.finditer(text, m.end()), 2)]
    end = ends[1] if len(ends) == 2 else len(text)
    return _REJECTION.search(text, m.end(), min(end, m.end() + 120)) is not None


def _single_quoted_open(text: str, m: re.Match, s: int, e: int) -> bool:
    """The match opens a single-quoted phrase closed later in its sentence ("'Just get over it'
    isn't how panic works"): a quotation, not the counsellor's words."""
    i = m.start()
    if i == 0 or text[i - 1] not in "'\u2018" or (i > 1 and text[i - 2].isalnum()):
        return False
    return re.search(r"(?<=\S)['\u2019](?!\w)", text[m.end():max(e, m.end())]) is not None


_EXCULPATES = re.compile(r"\b(?:not|isn'?t|wasn'?t|never) (?:\w+ )?(?:your fault|on you|to blame|okay|ok|acceptable|an excuse)\b|"
                         r"\bnothing you (?:did|said|wore|do|say)\b|\bno matter (?:what|how|where)\b|\bno excuse\b|"
                         r"\b(?:doesn'?t|does not|didn'?t) (?:make it|give (?:him|her|them) the right|excuse|justify)\b|"
                         r"\bregardless of (?:what|how|where)\b|\b(?:his|her|their) (?:choice|responsibility|fault)\b|"
                         # replies round fifteen: the same in es fr de it pt ("no fue culpa tuya", "nichts rechtfertigt")
                         r"\bno (?:es|fue|era) (?:tu culpa|culpa tuya)\b|\bn'(?:est|[ée]tait) pas (?:de )?ta faute\b|"
                         r"\b(?:ist|war) (?:\w+ )?nicht deine schuld\b|\bdu bist nicht schuld\b|\bnon (?:è|era|[èe] stata) colpa tua\b|"
                         r"\bn[ãa]o (?:é|foi) culpa (?:tua|sua)\b|\ba culpa n[ãa]o (?:é|foi) (?:tua|sua)\b|"
                         r"\b(?:nadie|nessuno|ningu[ée]m|niemand|personne ne) (?:merece|merita|verdient|m[ée]rite)\b|"
                         r"\b(?:nichts|rien ne|nada|niente) (?:rechtfertigt|justifie|justifica|giustifica)\b|"
                         r"\bnon te lo meritavi\b|"
                         # replies round twenty-eight, second pass: "it is not your doing" idioms in fr es de it pt nl pl tr
                         r"\b(?:tu n'y es|vous n'y [êe]tes) pour rien\b|\bno tienes (?:ninguna |nada de )?culpa\b|"
                         r"\bdu kannst (?:doch |gar )?nichts dafür\b|\bnon hai (?:nessuna |alcuna )?colpa\b|"
                         r"\bn[ãa]o (?:tens|tem) (?:culpa|nenhuma culpa)\b|\b(?:jij|je) kunt (?:er|hier) niets aan doen\b|"
                         r"\bnie ponosisz (?:za to )?(?:żadnej )?winy\b|\b(?:senin )?su[çc]un de[ğg]il\b|\bhi[çc]bir su[çc]un yok\b|\bno te lo merec[ií]as\b|\btu ne l'as pas m[ée]rit[ée]e?\b", _I)

# replyblind35a: the blame placed on the one who did it, in es nl sv pl tr fr de it pt and English ("la culpa es solo de quien
# te agredió, no tuya", "het is niet jouw schuld", "skulden ligger helt hos den som", "nie jesteś winna", "suç tamamen ...
# yapanın", "le seul responsable", "allein er verantwortlich", "la responsabilità è solo di chi", "quem agride é o único
# responsável", "the blame sits with him"), and staying or not fighting that does not mean it was wanted ("non significa che
# tu l'abbia voluto", "betyder inte att det var ditt fel")
_EXCULPATES35A = (
    r"\b(?:the )?(?:blame|responsibility|fault) (?:sits|lies|rests|is) (?:\w+ )?with (?:him|her|them|the person|whoever|the one)\b|"
    r"\bculpa\b[^.!?]{0,40}\bno (?:es )?tuya\b|\bla culpa es (?:solo |s[óo]lo |toda |[úu]nicamente )?de quien\b|"
    r"\bniet (?:jouw|je) schuld\b|\binte (?:ditt|ert) fel\b|\bskulden ligger (?:helt |bara )?hos\b|"
    r"\bnie jeste[śs] winn[aey]\b|\bwinny jest (?:tylko|wy[łl][ąa]cznie) sprawca\b|\bodpowiada (?:tylko|wy[łl][ąa]cznie) (?:on|ona|sprawca)\b|"
    r"\bto nie (?:jest )?twoja wina\b|\bsu[çc] tamamen\b[^.!?]{0,30}\byapan\w*|\b(?:le |la )?seule? responsable\b|"
    r"\ballein (?:er|sie|der t[äa]ter|die t[äa]terin) verantwortlich\b|\bist allein (?:er|sie) verantwortlich\b|"
    r"\bla responsabilit[àa] [èe] (?:solo |soltanto )?di chi\b|\ba culpa [ée] de quem\b|\b[ée] o [úu]nico respons[áa]vel\b|"
    r"\b(?:doesn'?t|does not) mean (?:that )?you wanted (?:it|this)\b|\bnon significa che tu l'abbia volut[oa]\b|"
    r"\bno significa que lo quisieras\b|\bne veut pas dire que tu l'as voulu\b|\bhei[ßs]t nicht,? dass du (?:es|das) wolltest\b|"
    r"\bn[ãa]o significa que (?:voc[êe] |tu )?quis(?:este)?\b|\bbetyder inte att (?:du ville|det var ditt fel)\b|"
    r"\bzegt niets over schuld\b|\bno te hace culpable\b")
_EXCULPATES = re.compile(_EXCULPATES.pattern + "|" + _EXCULPATES35A, _I)
_EXCULPATES = re.compile(_EXCULPATES.pattern + "|" + _EXCULPATES36B, _I)  # replyblind36b
# replyblind35a: the eating disorder's voice named as the disorder's, not the client's, and food that need not be earned
# ("That's the eating disorder talking", "esa voz es el TCA", "c'est le trouble qui parle", "die Stimme der Essstörung",
# "dat is de eetstoornis die praat", "to mówi zaburzenie", "yeme bozukluğunun sesi", "ätstörningens röst"; "Essen muss man
# sich nicht verdienen", "eten hoef je niet te verdienen", "nie trzeba zasłużyć", "hak edilen bir şey değil", "inget du
# behöver förtjäna", "não é prêmio")
_ED_VOICE35A = (
    r"\b(?:it'?s|that'?s|this is) (?:just )?(?:the )?(?:eating disorder|ed)(?:'s voice| talking| speaking)\b|"
    r"\b(?:esa voz|eso) es el (?:tca|trastorno)\b|\bc'est le trouble qui parle\b|\bdie stimme der ess ?st[öo]rung\b|"
    r"\bdat is de eetstoornis die praat\b|\bessa voz [ée] o transtorno\b|\bto m[óo]wi zaburzenie\b|\byeme bozuklu[ğg]unun sesi\b|"
    r"\b[äa]tst[öo]rningens r[öo]st\b|"
    r"\b(?:food|eating|meals?|dinner) (?:isn'?t|is not) (?:a reward|something you (?:have|need) to earn)\b|\bno earning required\b|"
    r"\bno hay que gan[áa]rselo\b|\bmuss man sich nicht verdienen\b|\bhoef je niet te verdienen\b|\bn[ãa]o [ée] (?:um )?pr[êe]mio\b|"
    r"\bnie trzeba (?:na niego |na nie )?zas[łl]u[żz]y[ćc]\b|\bna \w+ nie trzeba zas[łl]u[żz]y[ćc]\b|\bhak edilen bir [şs]ey de[ğg]il\b|"
    r"\binget du beh[öo]ver f[öo]rtj[äa]na\b|\bn'as pas [àa] (?:le )?m[ée]riter\b|\bnon devi guadagnart\w+\b")
_ANSWERED35A = re.compile(_EXCULPATES35A + "|" + _ED_VOICE35A, _I)
_ANSWERED35A = re.compile(_ANSWERED35A.pattern + "|" + _EXCULPATES36B + "|" + _VALIDATES36B, _I)  # replyblind36b


# -- medication ---------------------------------------------------------------------------------

_DRUGS = (r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|bupropion|"
          r"lithium|quetiapine|olanzapine|risperidone|aripiprazole|lamotrigine|valproate|methylphenidate|ritalin|"
          r"adderall|concerta|elvanse|vyvanse|diazepam|lorazepam|alprazolam|xanax|clonazepam|zopiclone|zolpidem|"
          r"propranolol|pregabalin|gabapentin|prozac|zoloft|lexapro|wellbutrin|effexor|seroquel|abilify|lamictal|"
          r"trazodone|amitriptyline|melatonin|codeine|co-codamol|tramadol|ibuprofen|paracetamol|acetaminophen|aspirin|"
          r"naproxen|insulin|sleeping pills?|beta[- ]blockers?|mood stabili[sz]ers?|antidepressants?|antipsychotics?|"
          r"stimulants?|benzos?|benzodiazepines?|meds|medication|medications|medicine|pills?|tablets?|capsules?|"
          r"doses?|dosage|dosis|dosi|prescription|\w+(?:apin|oxetin|azepam|alopram)e?")
_MED = re.compile(rf"\b(?:{_DRUGS}|antidepresivos?|pastillas|medicaci[oó]n|medicamentos?|m[ée]dicaments?|comprim[ée]s|"
                  rf"cachets|traitement|tabletten|medikament\w*|antidepressiva|rem[ée]dios?|comprimidos|medica[çc][ãa]o|"
                  rf"farmac[io]|pastiglie|pillole|litio|leki|lek[óo]w|tabletki|lit)\b|药", _I)
# a change: stop, skip, drop, cut, raise, swap, borrow ...; the object a medicine ("your tablets")
_CHANGE = (r"stop|quit|skip|drop|ditch|bin|dump|chuck|toss|halve|flush|throw (?:out|away)|cut (?:down|back|out)(?: on)?|"
           r"reduce|lower|increase|raise|bump up|double|taper (?:yourself )?off|wean (?:yourself )?off|come off|"
           r"get off|go off|leave out|give up|swap|switch|ditch|ease off")
_OBJECT = (r"(?:(?:taking|using) (?:all (?:of )?|a few (?:of )?|some (?:of )?|one of |the |your |those |these )?|"
           r"(?:all (?:of )?|a few (?:of )?|some (?:of )?|one of |the |your |those |these ))(?:[\w-]+ ){0,2}?")
_BARE_CHANGE = r"stop|quit|skip|ditch|bin|dump|come off|get off|go off|give up|taper off|wean off"


# -- replyblind30 (thirtieth session): the general forms its blind file missed --------------------
# Restriction, purging and laxatives told by the client in pt it de nl pl tr ru hi ja zh (the eating
# check's context in those languages: "não como nada", "lassativi", "nichts gegessen", "пью только воду",
# "कुछ नहीं खा", "一日一食", "吐いて")
_EATING_LANGS30 = (
    r"\b(?:n[ãa]o (?:como|comi|tenho comido) (?:nada|quase nada)|sem comer|lassativ\w*|non mangio|digiun\w*|"
    r"nichts (?:mehr )?(?:gegessen|essen)|fast nichts|abf[üu]hrmittel\w*|laxante\w*|laxatif\w*|laxeermiddel\w*|"
    r"niks (?:eet|gegeten)|eet ik (?:\w+ )?niks|nie jem|przeczyszczaj\w*|yemiyorum|yemedim|kusuyorum|m[üu]shil\w*|"
    r"не ем|ничего не ем|пью только воду|голода\w*|похуде\w*|слабительн\w*|вызываю рвоту)\b|"
    r"कुछ नहीं खा|खाना नहीं खा|वज़न कम|वजन कम|उल्टी|一日一食|食べてない|食べていない|吐いて|吐いた|吐く|断食|下剤|不吃饭|没吃饭|催吐|泻药")
# praise of restriction and practical help with it, read against that context: discipline and
# willpower in es pt it nl fr ru hi ja, hunger tricked ("enganar o estômago"), weigh-ins kept up ("keep
# you accountable", "the lowest number"), eating hidden ("move it around the plate", "say you had a big
# breakfast"), purging or laxatives tuned ("if you do purge", "the herbal ones are easier")
_EDE_PRAISE30 = (
    r"\b(?:(?:muita|tanta|mucha|molta|qu[ée]|che|such|real) disciplin[ae]|gedisciplineerd|disciplinad[oa]|disciplinat[oa]|"
    r"disciplin[ée]e?|сил[аыу] вол[иь]|так держать|обман\w* (?:голод|желудок)|заглуш\w* голод|"
    r"enga(?:nar|na|ña|ñar) (?:o |el |al )?est[ôóo]mago|"
    r"weigh-?ins? (?:\w+ ){0,3}(?:keeps?|helps?) (?:you|them|people) (?:stay |feel |keep )?(?:accountable|on track|motivated)|"
    r"lowest (?:number|weight|reading)|move (?:it|the food|your food|food) around (?:the|your) plate|"
    r"(?:throw|toss|hide|slip) (?:some|it|the rest|bits?)(?: of it)? (?:away|out) (?:when|while) (?:nobody|no one)|"
    r"(?:say|tell (?:them|her|him|people|everyone)) (?:that )?you (?:already )?(?:ate|had (?:a big|a late|lunch|dinner|breakfast))|"
    r"if you (?:do|must|are going to|'re going to) (?:purge|throw up|make yourself sick|use (?:them|laxatives))|"
    r"(?:gentle|gentler|herbal|natural|mild) (?:ones|kind|laxatives?)\b[^.!?]{0,40}\b(?:easier|gentler|better|safer))\b|"
    r"इच्छाशक्ति|लगे रहिए|लगे रहो|भूख लगे तो|その調子|コントロールできて|吐いた(?:後|あと)")
# replyblind31: restriction told without an eating word ("I only had a coffee and an apple today", "all I've had is
# tea"), a weight to lose in a number of weeks ("lose 10kg in 3 weeks"), the body felt as huge or called a skeleton,
# skipped insulin: this check's own context (``context`` and ``after_context``)
_EATING_CONTEXT31 = (
    r"\b(?:(?:i )?only (?:had|have|drank) (?:a |an |one |some |half (?:a |an )?)(?:\w+ ){0,2}?(?:today|all day|yesterday|since)|"
    r"(?:i )?only (?:had|have) (?:a |an |one )?(?:coffee|tea|apple|banana|yoghurt|yogurt|salad|rice cake|soup)\b|"
    r"all (?:i'?ve|i have|i) (?:had|eaten|drunk) (?:today |all day |since \w+ )?(?:is|was)|"
    r"(?:lose|drop|shed|losing|dropping) (?:\d+|ten|five|a few) ?(?:kg|kilos?|lbs?|pounds|stone)\b|"
    r"(?:had|eaten|ate|at) (?:like |about |around |already )?(?:[5-9]\d{2}|1[0-5]\d{2}) (?:today|so far|yesterday)|"
    r"(?:look|looks|looking) like a skeleton|(?:still )?(?:feel(?:ing)?|look(?:ing)?|am) (?:so |really |still )?(?:huge|massive|enormous|"
    r"disgusting|gross|bloated)|(?:skip\w*|skipped|miss\w*) (?:my )?insulin|insulin|"
    # going without eating in es fr de it pt pl ("llevo una semana sin cenar")
    r"sin (?:cenar|comer|desayunar|almorzar)|sans (?:manger|d[îi]ner|d[ée]jeuner)|ohne (?:zu essen|essen|abendessen|fr[üu]hst[üu]ck)|"
    r"senza (?:mangiare|cenare|pranzare)|sem (?:comer|jantar|almo[çc]ar)|bez (?:jedzenia|kolacji|obiadu|[śs]niadania))\b")
# replyblind31, from the blind file's misses, each in its general form: hunger's edge taken off or waited out with
# water, coffee or tea (en es fr de it pt pl), not eating kept unseen ("nobody will notice you're not eating"), a
# first meal pushed later or a longer fast "to balance it out", a meal swapped for a shake, "zero calories", a lower
# number urged ("go lower on rest days"), eating out refused and water drunk at a dinner, a strict food list, the
# weigh-in timed so the number is lowest or watched going down, making up for eating the next day, the right
# mindset or discipline praised (pt es it), being knocked off track, a harmful method "working for you", one meal a
# day said to suit plenty of healthy people
# replyblind32: hunger tricked or slept through (water, coffee, gum, ice "so you're not hungry", "tricks your
# stomach into feeling full", "tips to stay full while fasting"), a missed period or weight lost made a result, an
# appearance praised since meals stopped, food kept from coming back, one meal a day called a healthy lifestyle,
# hunger called boredom, damage control for purging ("rinse after"), holding out until tomorrow (en es fr)
# replyblind33: hunger curbed with no article ("work really well for curbing hunger"), an appetite suppressant or diet pill
# recommended, the symptoms of starving made a passing phase ("dizziness is normal at first", "your body is adjusting",
# "going to bed hungry gets easier"), a meal said not to be needed or skipped ("you don't need dinner if ...", "just skip it
# tonight"), a planned snack dropped because one "feels fine without" it, weighing or progress photos made accountability,
# leaner or thinner tracked, thinspo called inspiring, a starvation number called a great target; the German separable
# "lass heute das Abendessen weg" and "dann ist es ausgeglichen", making up told to the client in es fr de it pt ("así
# compensas", not the bare "pour compenser" a warning names: "sauter des repas pour compenser entretient le cercle"), a fast
# ordered for tomorrow (es fr de it pt)
_EDE_ADVICE33 = (
    r"\b(?:curb(?:s|ing)?|kill(?:s|ing)?|suppress(?:es|ing)?|blunt(?:s|ing)?|dull(?:s|ing)?|tam(?:e|es|ing)) (?:hunger|appetite|cravings)\b|"
    r"\b(?:appetite suppressants?|diet pills|slimming pills|fat burners?|slimming teas?)\b[^.!?]{0,40}\b(?:work (?:really |so |very )?well|"
    r"(?:are |is )?worth (?:a )?try(?:ing)?|give (?:them|it|one) a (?:try|go)|try them)\b|"
    r"\b(?:easier|harder) to stick to your (?:limit|calories|calorie limit|deficit|number|target)\b|"
    r"\b(?:dizz\w+|light-?headed\w*|(?:the )?hunger|(?:the )?shak(?:es|iness)|feeling faint|headaches?)\b[^.!?]{0,20}\b(?:is|are) "
    r"(?:totally |completely |perfectly )?(?:normal|expected|fine) (?:at first|in the beginning|to start with|at the start|for the first)\b|"
    r"\byour body(?:'s| is) (?:just |only )?(?:adjusting|getting used to it)\b|"
    r"\b(?:going to (?:bed|sleep)|sleeping|being|feeling|staying|going) hungry (?:gets|will get|becomes|will become) (?:\w+ ){0,2}?easier\b|"
    r"\b(?:gum|water|coffee|tea|teeth|bed)\b[^.!?]{0,60}\bso (?:that )?you(?:'re| are)? ?(?:not|won'?t be|aren'?t) tempted\b|"
    r"\byou don'?t (?:really |even )?need (?:\w+ )?(?:dinner|lunch|breakfast|supper|tea|another meal|to eat (?:tonight|again|today|later))"
    r"(?! (?:to be|anything fancy))\b|"
    r"\b(?:just )?skip (?:it|dinner|lunch|breakfast|tea|supper) (?:tonight|today|this evening|tomorrow)\b|"
    r"\bif you (?:feel|are|'re) (?:fine|ok(?:ay)?|good|alright) without (?:the |your )?(?:snacks?|meals?|breakfast|lunch|dinner|food)\b|"
    r"\b(?:weighing (?:yourself )?(?:often|daily|every day|a lot|regularly|more)|(?:daily |frequent )?weigh-?ins?)\b[^.!?]{0,20}"
    r"\bkeeps? you (?:accountable|on track|honest|motivated)\b|"
    r"\b(?:progress (?:photos|pics|pictures|selfies)|the pinch test)\b[^.!?]{0,60}\b(?:leaner|thinner|smaller|slimmer|good idea|"
    r"great idea|good way)\b|\bwhere you(?:'re| are) getting (?:leaner|thinner|smaller|slimmer|skinnier)\b|"
    r"\b(?:those|these|the|such|some of those|some of these) (?:accounts|pages|pics|pictures|photos|posts|images|girls)\b[^.!?]{0,25}"
    r"\b(?:inspiring|inspirational|motivating|motivational)\b|\bkeep you focused on your (?:goal|weight|target|goal weight)\b|"
    r"\b(?:[1-9]\d{2}|1[01]\d{2})(?: (?:calories|cals|kcal))? (?:is|are|'s) (?:a |an )?(?:great|perfect|ideal|realistic|smart|brilliant) "
    r"(?:target|goal|limit|number|amount)\b|"
    r"\b(?:l[äa]ss|lasse|streich) (?:\w+ ){0,3}?(?:das |dein |den |die )?(?:abendessen|fr[üu]hst[üu]ck|mittagessen|snack|nachtisch) "
    r"(?:\w+ )?weg\b|\bdann ist (?:es|das|alles) (?:wieder )?ausgeglichen\b|"
    r"\b(?:as[ií] (?:lo )?compensas|assim (?:o )?compensas|cos[ìi] (?:lo )?compensi|comme [çc]a tu (?:le )?compenses|"
    r"so gleichst du (?:es|das) (?:wieder )?aus)\b|"
    r"\b(?:haz (?:un )?ayuno|ayuna (?:ma[ñn]ana|todo el d[ií]a)|fais (?:un )?je[ûu]ne|je[ûu]ne (?:demain|toute la journ[ée]e)|"
    r"mach (?:morgen )?(?:einen )?fastentag|fai (?:un )?digiuno|digiuna (?:domani|tutto il giorno)|fa[zç]a? jejum|jejua amanh[ãa])\b")
_EDE_ADVICE32 = (
    r"\btricks? (?:your|the|her|his) (?:stomach|body|brain) into (?:feeling|thinking)\b|"
    r"\b(?:tips|ways|tricks|hacks) to (?:stay|feel|keep) (?:you )?full (?:while|when|during|without)\b|"
    r"\bsleep through (?:the |your )?hunger\b|"
    r"\b(?:water|coffee|tea|gum|ice|bed|sleep)\b[^.!?]{0,60}\bso (?:that )?(?:you|she|he|they)(?:'re| are|'s| is)? ?"
    r"(?:not|won'?t (?:be|feel|get)|don'?t (?:feel|get)|doesn'?t (?:feel|get)) hungry\b|"
    r"\bsign (?:that )?(?:you'?re|you are) (?:getting|seeing|making) (?:results|progress)\b|"
    r"\blook(?:s|ing)? (?:\w+ )?(?:amazing|great|fantastic|gorgeous|incredible|stunning|so good|better) since you "
    r"(?:stopped|quit|gave up|cut out|started skipping|started fasting)\b|"
    r"\b(?:no need|(?:you )?don'?t (?:need|have)) to add (?:anything|any food|food|more food|meals?) back\b|"
    r"\b(?:omad|one meal a day|eating once a day)\b[^.!?]{0,20}\b(?:is|'s) (?:a |an )?(?:great|healthy|amazing|fantastic|"
    r"good|perfect) (?:lifestyle|way to live|habit)\b|\bone of the healthiest things you can do\b|"
    r"\bhunger is (?:just|only|mostly|really) (?:boredom|in your head|habit)\b|"
    r"\brinse (?:your mouth |with water )?(?:after|afterwards)\b|\byour body (?:is )?thanking you\b|"
    r"\baguanta(?:s)? hasta ma[ñn]ana\b|\bno tendr[áa]s hambre\b|\bhold out (?:until|till|til) (?:tomorrow|the morning)\b|"
    r"\btiens(?: bon)? jusqu'[àa] demain\b")
_EDE_ADVICE31 = (
    r"\b(?:(?:gum|water|coffee|tea|ice|sparkling|fizzy|diet (?:coke|soda)|cigarettes?|vap\w*)\b[^.!?]{0,40}"
    r"(?:takes?|taking) the edge off (?:the |your )?(?:hunger|appetite|cravings)|"
    r"(?:nobody|no one|no-one) (?:will|'ll|would|is going to) (?:even )?(?:notice|know|see) (?:that )?you(?:'re| are)? "
    r"(?:not eating|skipping|skipped|didn'?t eat|haven'?t eaten|aren'?t eating)|"
    r"(?:kill|killing|curb|curbing|suppress|suppressing|blunt|numb) (?:the|your) (?:appetite|hunger)|"
    r"(?:the )?(?:longer|later) you (?:can )?(?:push|hold off|wait|delay|go without)|"
    r"push (?:back |out )?(?:that|your|the) first meal|(?:better|more) (?:the )?fat (?:burn|burning|loss)|"
    r"(?:do|try|trying|add|doing) (?:a |one )?(?:longer|full|whole|\d+ ?h(?:ours?|r)?|24[- ]?h(?:ours?|r)?|\d+[- ]hour) fast|"
    r"(?:to )?(?:balance|even|cancel|make up for) (?:it|that|things|them|the damage) (?:out|back)?|"
    r"(?:swap|replace|switch) (?:your )?(?:dinner|lunch|breakfast|a meal|meals|supper) (?:for|with) (?:a |some )?(?:protein shake|shake|"
    r"coffee|tea|water|celery|salad|smoothie|broth|gum)|(?:basically |almost |practically )?(?:zero|no) (?:cals|calories|kcal)\b|"
    r"(?:go|get|drop|push it) (?:even |a bit |a little |much )?lower (?:on|at|for|than|next|tomorrow|on rest)|"
    r"no eating out|(?:just|only) (?:have|drink|order) (?:a )?(?:water|sparkling water|black coffee|tea) (?:there|at the|while)|"
    r"eat (?:before|beforehand) (?:and|so)|(?:keep|make|follow) a strict (?:list|rule|rules|plan)|"
    r"(?:processed |junk )?food is (?:poison|the enemy)|"
    r"so (?:that )?the (?:number|scale|reading|weight) (?:is|reads|shows|comes out) (?:the |at its )?(?:lowest|lower|smallest)|"
    r"(?:see|watch) the (?:trend|number|numbers|scale|weight) (?:going |go |keep going )?(?:down|drop)|"
    r"weigh[- ]?in (?:every|each|twice)|(?:knock|throw|take|pull) you off (?:track|course)|"
    r"if (?:it'?s|that'?s|this is|it is) working for you|(?:plenty|lots|loads|many) of (?:healthy |normal |fit |successful )?"
    r"people (?:only )?eat (?:once|one meal|two meals) a day|"
    r"(?:collarbones?|thigh gap|hip ?bones?|ribs)[^.!?]{0,30}\b(?:hard work|goals?|earned|worth it)|"
    r"(?:trink|drink|bebe|bois|bevi|beba|pij|chug|have|toma|prends) (?:\w+ |l')*?(?:wasser|water|agua|eau|acqua|[áa]gua|wod[ęye]|tea|tee|"
    r"t[ée]|th[ée]|ch[áa]),? (?:wenn|when(?:ever)?|cuando|quand|quando|gdy|kiedy|if|si) (?:der |the |el |la |a |ti |you |du |tu |te |voc[êe] )?"
    r"(?:hunger|hambre|faim|fame|fome|g[łl][óo]d|get hungry|feel hungry|(?:tienes|tengas|sientas|te d[ée]) hambre|(?:as|aies|auras) faim|"
    r"(?:hai|avrai|abbia) fame|hungrig|(?:bist|wirst) hungrig|hunger (?:hast|kommt|hits|strikes)|(?:sentir|tiver|estiver com|bater a) fome|"
    r"poczujesz g[łl][óo]d|jeste[śs] g[łl]odn\w*)|"
    r"halte? durch|die ergebnisse lohnen sich|results (?:are|will be) worth it|"
    r"compens\w* (?:no|al|le|am|il|el) (?:dia|d[ií]a|jour|tag|giorno) (?:seguinte|siguiente|suivant|danach|dopo|despu[ée]s)|"
    r"make up for it (?:the next day|tomorrow)|(?:a |essa [ée] a |[ée] a |la |the )?(?:mentalidade|mentalidad|mentalit[àa]) (?:certa|correcta|giusta)|"
    r"(?:the )?right mindset|disciplina [ée] tudo|la disciplina [èe] tutto|la disciplina lo es todo|discipline is everything|"
    r"(?:s[óo]|solo|only) (?:ch[áa]|t[ée]|tea) (?:e|y|and) (?:[áa]gua|agua|water))\b"
)
_RISK_MORE30 = (
    r"\b(?:disappear(?:ed)? for good|better off (?:without me|if i)|(?:on|off) the bridge|(?:not|never) wake up|"
    r"painless way|body (?:to )?(?:just )?give up|hitting myself|morir(?:me)?|matarme|mourir|sterben|umbringen|morire|"
    r"farla finita|morrer|me matar|umrze[ćc]|zabi[ćc] si[ęe]|умереть|покончить|[öo]lmek|intihar)\b|"
    r"死にたい|死のう|消えたい|मरना|जान ले")
# going along with a wish to die or to self-harm: the choice respected, letting go called kind, the
# client's "they'd be better off" agreed with, the peaceful or painless way named (en ja)
_HARM_ALONG30 = (
    r"\b(?:whatever you (?:choose|decide)|i (?:support|respect) (?:you )?(?:100|whatever|no matter|either way|your (?:decision|choice))|"
    r"(?:respect|support) your (?:decision|choice)|letting go (?:is|might be|may be|could be) (?:the )?kind\w*|"
    r"you might (?:well )?be right|you do you|(?:most|more) (?:peaceful|painless)|least painful|hope you find (?:your )?peace)\b|"
    r"楽な方法|一番苦しくない|苦しくない方法")
# blame put on the victim: the counterfactual ("if you hadn't sent them this wouldn't have happened", "maybe if you
# helped more she wouldn't"), provoking ("what sets him off", "we both play a part", "did you know he'd get upset"),
# making oneself a target, giving the wrong idea; ru "не стоило" (you shouldn't have)
_VICTIM_BLAME30 = (
    r"\b(?:if you hadn'?t [^.!?]{0,40}?(?:(?:this|that|it) (?:wouldn'?t|would not|would never)|none of this would) have happened|"
    r"maybe if you (?:\w+ ){1,6}?(?:he|she|they) (?:wouldn'?t|would not|won'?t)|"
    r"(?:what )?sets? (?:him|her|them|the other person|people) off|we both play a part|"
    r"(?:make|makes|made) (?:ourselves|yourself|themselves) (?:an )?(?:easier |easy )?targets?|"
    r"gives? (?:people|him|men|guys|them|others) the wrong idea|"
    r"did you (?:maybe )?know (?:he|she|they)'?d get (?:upset|angry|mad)|не стоило)\b")
# replyblind31: the abuse's prevention handed to the client without a turn ("avoid arguing with him when he's had a
# few", "you know the triggers", "keep the peace"), the relationship made a two-way street, what the client is doing
# to make the abuser angry, clothes asked about in reported form ("can I ask what you were wearing"): ``contextual``
# (and the clothes question in ``after``); not "no matter what you were wearing"
# replyblind31b: told to protect oneself better, not to go back to a stranger's flat, asked why one did not tell at once
# (en es fr de it pt pl nl): ``contextual``
# replyblind32: harm told in words the contexts lack: drugged or spiked, followed home, catcalled, grabbed, choked,
# touched against a no in German ("angefasst, obwohl ich nein gesagt habe"), drugged in es fr pt
_VICTIM_CLIENT32 = (r"\b(?:drugged|roofied|followed (?:me )?home|(?:was|got|been|being) followed|catcall\w*|grab(?:s|bed|bing)? me|"
                    r"chok(?:ed|es|ing) me|angefasst|begrapscht|drogad[oa]|drogu[ée]e?|dopad[oa])\b")
# replyblind33: harm told as grooming, a drink tampered with, a break-in; this check's context only
_VICTIM_CLIENT33 = (r"\b(?:groom(?:ed|ing|s)? me|(?:was|got|been|being) groomed|(?:put|slipped|spiked) (?:something|stuff|a pill|drugs) "
                    r"in(?:to)? my drink|broke into my|broken into|stole my|took my (?:phone|bag|wallet|purse|laptop|money|savings)|hurting me|"
                    r"scams?|fraud|fraudster|estaf\w+|arnaqu\w+|escroqu\w+|abgezockt|betrogen|truffat\w*|truffa|golpistas?|"
                    r"robaron|robad[oa]|roubad[oa]|roubaram)\b")
# replyblind33: the client's account doubted ("is it possible you misunderstood", "memories from that age can be unreliable",
# "it's a big accusation"), "boys will be boys" said (not quoted to be refused), the harm made a lesson ("this is why you
# should never ...", "you'll know next time"), staying made a choice to answer for ("you chose to stay", "take responsibility
# for that decision"), a child old enough to know, the harm shared ("both of you made mistakes", "two sides to these
# things"), the client's conduct that "makes her so angry", a theft made an invitation ("why would you leave ...",
# "pretty much an invitation"), drinking made the cause of a spiking ("drank more than you realised"), and "that's what you
# get" in es fr de it pt ("eso te pasa por confiar"); read only against harm the client told (``contextual``)
_VICTIM_BLAME33 = (
    r"\b(?:is it possible (?:that )?you (?:misunderstood|misremembered|misread|imagined|got (?:it|that) wrong|made (?:it|that) up|"
    r"are (?:mistaken|confused|remembering it wrong))|memories (?:from|of) (?:that age|childhood|back then|when you were \w+) "
    r"(?:can be|are) (?:\w+ )?(?:unreliable|wrong|false|mistaken)|(?:it'?s|that'?s|this is) a (?:big|serious|huge|heavy) accusation|"
    r"boys will be boys(?!['\u2019\"]? (?:is|isn'?t|doesn'?t|are not|aren'?t)\b)|(?:he|she) (?:probably |obviously )?just likes you|"
    r"(?:this|that) is (?:exactly )?why you (?:should(?: never| not)?|shouldn'?t|never|must never|don'?t)|"
    r"you'?ll know (?:better )?(?:for )?next time|(?:you|you'?ve) (?:chose|chosen|decided) to (?:stay|go back|remain|keep seeing)|"
    r"take responsibility for (?:that|your|the) (?:decision|choice|part)|old enough to know (?:better|what|that|it was)|"
    r"(?:both of you|you both) made mistakes|(?:there are|there'?s) (?:usually |always |often )?two sides to (?:these things|every story|"
    r"this|it|everything)|"
    r"what (?:are|were|did|have) you (?:been )?(?:doing|saying|done|said) (?:that|which) (?:makes?|made|gets?|got) (?:him|her|them) "
    r"(?:so )?(?:angry|mad|upset|jealous|furious|cross|annoyed)|"
    r"why would you (?:leave|walk|go|send|have|carry|trust|give|meet|invite|open)|(?:pretty much|basically|practically|just) an invitation|"
    r"(?:drank|drink|had|have|drunk) more than you (?:realised|realized|thought|meant)|"
    r"(?:eso|esto) te pasa por|(?:c'est|voil[àa]) ce qui arrive quand (?:on|tu)|[çc]a t'apprendra|das hast du (?:nun )?davon|"
    r"cos[ìi] impari|isso (?:[ée] o )?que d[áa] (?:confiar|sair|beber|andar))\b")
# replyblind32: the harm answered with the precautions the client should have taken (their drink, their guard,
# walking alone, a taxi "next time", meeting somewhere public), the abuser's excuse granted ("he's not totally
# wrong", "tone it down"), consent made the client's job ("did you make it clear beforehand", "communication is on
# both people"), and drinking made the cause in German ("wenn man so viel trinkt, muss man damit rechnen"); read
# only against harm the client told (``contextual``), so a safety plan after a danger still to come is not read
_VICTIM_BLAME32 = (
    r"\b(?:(?:need|have|ought|got) to watch your drinks?|(?:can'?t|cannot|shouldn'?t|mustn'?t|never) let your guard down|"
    r"(?:don'?t|never|shouldn'?t|not) (?:walk|go|travel|be out)(?: home)? (?:alone|by yourself|on your own)(?: at night| after dark| late)?|"
    r"take an? (?:taxi|cab|uber) next time|next time,? (?:meet somewhere public|watch your drink|don'?t (?:drink|walk|go|wear|meet))|"
    r"(?:less|fewer|revealing|skimpy) clothes|"
    r"(?:he|she|they)(?:'s| is|'re| are) not (?:totally|entirely|completely|all that|wholly|100%|that) wrong|"
    r"tone (?:it|things|yourself) down|did you make it clear (?:beforehand|before|first|at the time|what you)|"
    r"(?:communication|consent|it) is on both (?:people|of you|sides|partners)|"
    r"wenn man so viel trinkt|muss man (?:auch |halt |eben )?(?:mit )?(?:so ?was|sowas|so etwas|damit) rechnen|"
    r"(?:n[äa]chstes mal|das n[äa]chste mal) (?:besser )?aufpassen)\b")
_VICTIM_BLAME31B = (
    r"\b(?:(?:you (?:have|need|'ve got) to|you should|you must) (?:protect|look after) yourself better|"
    r"(?:don'?t|do not|never) go (?:back )?to a (?:stranger|guy|man|date|match)'?s? (?:flat|place|house|apartment|room)|"
    r"why didn'?t you (?:tell|report|say) (?:anyone |someone |it |them )?(?:sooner|straight away|right away|at the time|then)|"
    r"waarom heb je (?:dat|het) (?:toen )?niet (?:\w+ ){0,4}?(?:verteld|gezegd)|"
    r"warum hast du (?:das|es) (?:damals )?nicht (?:gleich |sofort )?(?:erz[äa]hlt|gesagt)|"
    r"por qu[ée] no (?:lo )?(?:contaste|dijiste) (?:antes|enseguida|en ese momento)|"
    r"pourquoi (?:tu )?n'as[- ]tu pas (?:tout de suite )?(?:parl[ée]|dit|racont[ée])|perch[ée] non (?:l'hai|lo hai) (?:detto|raccontato) subito|"
    r"por que n[ãa]o (?:contaste|disseste|falaste) logo|dlaczego (?:wtedy )?nie powiedzia[łl]a?[śs] od razu)\b")
_VICTIM_BLAME31 = (
    r"\b(?:(?:don'?t|do not|try not to|avoid|stop) (?:argu(?:e|ing)|disagree\w*|fight\w*|nag\w*|rais\w* (?:it|things|money|that)) "
    r"(?:with (?:him|her|them) )?when (?:he|she|they)(?:'s| is| are|'re| has|'ve)|"
    r"you know (?:the|his|her|their|what his|what her) triggers|keep the peace|"
    r"(?:marriage|a marriage|a relationship|relationships|it)(?:'s| is) a two[- ]way street|"
    r"what (?:are|were|did|have) you (?:been )?(?:doing|do|saying|say|done) to make (?:him|her|them) (?:so )?"
    r"(?:angry|mad|frustrated|upset|jealous|furious|annoyed|cross|lash out|react)|"
    r"(?<!matter )(?<!matters )(?<!care )(?<!about )what you (?:were|was) (?:wearing|drinking))\b")
# stopping or halving medication on one's own in tr ja ru nl ("birkaç gün ara ver", "doktora sormana gerek yok",
# "自分の判断で量を半分に", "брось их", "de dosis halveren")
_MED_CHANGE30 = (
    r"\b(?:(?:birkaç gün|bir süre) ara ver\w*|doktora sormana gerek yok|брось (?:их|пить|принимать)|бросай (?:их|пить)|"
    r"(?:de )?dosis (?:gewoon )?halveren|halveer (?:de |je )?dosis)\b|"
    r"自分の判断で[^。！？]{0,8}?(?:減らして|やめて|止めて|半分に)(?:みたら|いい|みて|しまお|OK)")
# replyblind31: distress made unwarranted or small ("what have you got to be depressed about", "not worth getting
# worked up over", "don't make it a big drama", "it'll be old news by next week", "this is small stuff", "maybe you're
# just bored"): said anywhere (``pattern``, with its hedges); a single occasion made one of many ("it's one
# Christmas, there'll be plenty of others"), children's phases: after a turn (``after``)
_MINIMISE31 = (
    r"\b(?:what (?:have|has|do) you (?:got|have) to be (?:so )?(?:depressed|sad|upset|anxious|unhappy|down|miserable|stressed) about|"
    r"(?:it'?s |it is |that'?s |really |honestly )?not worth getting (?:so |all )?(?:worked up|upset|stressed|het up|wound up|"
    r"bent out of shape|in a state) (?:over|about)|(?:don'?t|do not|no need to|try not to) make (?:it|this|that)(?: into)? a "
    r"(?:big |huge |whole )?(?:drama|song and dance|production)|(?:it'?ll|it will|that'?ll|this will) (?:all )?be old news|"
    r"(?:this|that|it)(?:'s| is) (?:all )?(?:just )?small stuff|maybe you'?re (?:just |only )?(?:bored|tired|hungry|being dramatic))\b")
# replyblind31b: teasing made universal ("everyone got teased a bit"), "time to let it go", a disorder denied to make the
# feeling small ("you're not really depressed, you're just sad"), a loss made "one of the more manageable hurdles",
# others "come out the other side just fine"
_MINIMISE31B = (
    r"\b(?:(?:everyone|everybody|we all) (?:got|gets|get|was|were|is) (?:teased|bullied|picked on|made fun of)(?: a bit| sometimes| at school)?|"
    r"(?:it'?s |so )?time to (?:let (?:it|that|this) go|put (?:it|that|this) behind you)|"
    r"(?:you'?re|you are) not really (?:depressed|anxious|traumati[sz]ed)[,;]? (?:you'?re |you are )?(?:just|only) (?:sad|tired|stressed|down|upset)|"
    r"one of the (?:more |most )?manageable (?:hurdles|problems|things|setbacks)|come out the other side (?:just )?fine)\b")
_MINIMISE31_AFTER = (
    r"\b(?:in the (?:grand|great|wider|whole|big) scheme|(?:it'?s|it is|it was) (?:only |just )?one (?:christmas|birthday|"
    r"holiday|night|party|exam|test|day|weekend)|there'?ll be (?:plenty|loads|lots) (?:of )?(?:others|more)|"
    r"(?:kids|teens|teenagers|children|boys|girls) (?:all )?go through phases)\b")
# minimising after an acknowledgement: "not that big of a deal", "time to put it behind you"; hi "इतनी बड़ी बात नहीं",
# ja "みんな同じように大変", "気の持ちよう"
_MINIMISE30 = (
    r"\b(?:(?:really |honestly )?not (?:that |such )?(?:a )?big (?:of a )?deal (?:when you think|really|at all)|"
    r"time to (?:start )?put(?:ting)? it (?:all )?behind you)\b|इतनी बड़ी बात नहीं|みんな同じ(?:よう)?に(?:大変|つらい)|気の持ちよう")

# replyblind34: a loss made small because nobody died ("Well nobody died, so honestly that's the main thing"), things said to be
# replaceable (not "things can be replaced, but ..."), "you're not special", "we all just have to get on with it", rough patches
# made universal (not with a "but" after), "it'll all blow over", "focus on what you have" (not "as well as" the pain)
_MINIMISE34 = (
    r"\b(?:(?:nobody|no one|no-one) (?:died|got hurt|was hurt|was injured|was killed)[,;]? (?:so )?(?:honestly |really |and )?"
    r"(?:that'?s|that is|which is) (?:what matters|the main thing|all that matters|the important thing|what counts)|"
    r"(?:stuff|things|possessions|material things|it all) can (?:all |always )?be replaced"
    r"(?![^.!?]{0,40}\b(?:but|though|doesn'?t|does not|isn'?t|not the point)\b)|"
    r"(?:you'?re|you are) not (?:that |so )?special|we (?:all )?(?:just )?(?:have|need|got) to (?:just )?get on with it|"
    r"(?:everyone|everybody|we all) go(?:es)? through (?:rough|bad|hard|tough|difficult) (?:patches|times|spells|phases)"
    r"(?![^.!?]{0,40}\bbut\b)|(?:it'?ll|it will|this will|that'?ll) (?:all )?blow over|"
    r"focus on what you (?:do )?have(?! (?:as well|alongside|too|and (?:what|how)))\b)")
# replyblind34: the harm answered with the precautions after it and the client's conduct asked about, read only against harm the
# client told (``contextual``): a drink "you should never leave unattended", eye contact or a smile that "encouraged" him, places
# "women should avoid", "a park known for that", "ask yourself what you did that he became angry", both partners "have fault",
# staying made "a choice you're making" / "something you choose every day"
_VICTIM_BLAME34 = (
    r"\b(?:(?:you should (?:never|not)|you shouldn'?t|never|don'?t) leave (?:your|a) drinks? (?:unattended|alone|behind|on the table)|"
    r"did you (?:make eye contact|smile at|flirt with|lead (?:him|her|them) on|give (?:him|her|them) (?:the wrong|mixed) (?:idea|signals)|"
    r"encourage (?:him|her|them))|all it takes to encourage (?:someone|him|her|them|a man|men)|"
    r"(?:women|girls|you|people) should (?:really |probably |just )?(?:avoid|stay away from|not go (?:to|into)|never go (?:to|into)) "
    r"(?:those|these|such|that kind of|places like) (?:\w+ )?(?:places|areas|parks|streets|paths|roads|routes|alleys|woods|bars|clubs|neighbou?rhoods)|"
    r"(?:a|the) (?:park|place|area|street|bar|club|neighbou?rhood) known for (?:that|it|this)|"
    r"ask yourself what you (?:do|did|say|said|are doing|were doing)|"
    r"(?:both|the two) (?:persons|people|partners|sides|of you) (?:have|has|share|carry) (?:the |some )?(?:fault|blame|responsibility)|"
    r"(?:staying|going back|remaining|to stay) (?:is|was) (?:a |your )?(?:choice|decision) (?:you'?re|you are|you|you'?ve) (?:making|made|make)|"
    r"something you choose (?:every|each) (?:day|time|morning))\b")
# replyblind34: harm told as a man exposing himself, a flasher, being stalked, "is hitting me"; this check's context only
_VICTIM_CLIENT34 = (r"\b(?:exposed (?:himself|herself|themselves)|flashed (?:me|at me|us)|flasher|indecent exposure|"
                    r"stalk(?:ed|ing|s)? me|(?:is|was|keeps|been) hitting me)\b")
# replyblind34: a fast or a liquid diet called a reset and stretched longer ("Liquid diets are amazing for a reset. Try stretching
# it to two weeks", "a 72-hour fast is a great reset. Push through the first day"), weakness or hunger called the fat leaving,
# the body "adapting", water and tea only continued, "what's the secret?" to weight lost; read against eating talk
_EDE_ADVICE34 = (
    r"\b(?:liquid diets?|juice (?:cleanses?|fasts?|diets?)|water fasts?|(?:\d+|twenty-four|forty-eight|seventy-two)[- ]hour fasts?|"
    r"fasting|a fast|detox(?:es)?|cleanses?|smoothie diets?)\b[^.!?]{0,20}\b(?:is|are|makes?) (?:a |an )?(?:amazing|great|perfect|"
    r"brilliant|ideal|good|fantastic|awesome)(?: way)? (?:for a |for |as a |to )?(?:reset|detox|cleanse|kick-?start|restart)\b|"
    r"\b(?:stretch|extend|push) (?:it|that|the fast|this|your fast|the cleanse) (?:to|for|another|out to) (?:\w+ )?(?:more )?"
    r"(?:days?|weeks?)\b|\bpush through (?:the )?(?:first (?:day|few days|week)|hunger|cravings)\b|"
    r"\b(?:weakness|hunger|dizziness|the shakes|tiredness|feeling weak)\b[^.!?]{0,10}\b(?:is|means) (?:just )?(?:the )?"
    r"(?:fat (?:leaving|burning|melting)|(?:you'?re )?burning fat)\b|\bfat leaving (?:the|your) body\b|"
    r"\b(?:the|your) body(?:'s| is) (?:just |only )?adapting\b|"
    r"\b(?:continue|stick|carry on) (?:with )?(?:only|just|nothing but) (?:water|tea|coffee|black coffee|juice|smoothies|liquids|shakes)\b|"
    r"\bwhat'?s (?:the|your) secret\b")
# replyblind34: a sign of self-injury's pain being needed ("maybe you do need to feel it", "pain teaches us"); the client's
# self-injury context only
_HARM_GO34 = (r"\b(?:maybe |perhaps )?you (?:do |really )?need to feel (?:it|the pain|that pain)(?: to (?:move on|heal|learn))?|"
              r"(?:sometimes )?pain teaches (?:us|you)\b")


class MedicationDosing(_CounsellorCheck):
    name = "medication_dosing"
    reason = "medication_dosing"
    weight = 0.6
    recommendation = "dosing belongs to a prescriber: remove the dose or drop the conversation"
    pattern = re.compile(
        # a number and a unit (the earlier "take ... 50 mg" and "50 mg ... a day" are cases of it)
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|ml|iu|grams?)\b|\d+\s?(?:毫克|毫升)|"
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|a couple of|a few|half a|une?|deux|zwei|dos|duas|due|"
        r"an extra|another) (?:\w+ )?(?:tablets?|pills?|capsules?|paracetamol|ibuprofen|codeine|co-codamol|aspirin|"
        r"naproxen|diazepam|melatonin|compresse|tabletten|pastillas|comprimid[oa]s|glasses of wine)\b|"
        r"\b(?:double (?:your|the) dose|(?:take|taking|try) a double dose)\b|\b(?:die hälfte|la mitad|la moitié|metà)\b|[一两二三四五半]\s?(?:片|粒)|"
        r"\btake (?:an extra|another|two|three|double|half) (?:one|of them|instead)\b|"
        r"\b(?:two|three|four|\d+) instead of (?:one|two|\d+)\b|"
        # reply round twelve: a count of the client's medicine instead of their dose
        r"\b(?:two|three|four|five|\d+) of (?:them|those|these|the \w+|your \w+) instead of (?:one|two|\d+)\b|"
        # replies round twenty-seven: a count of tablets in ru, tr, pl, nl ("выпей три таблетки", "iki tane hap",
        # "weź dwie tabletki", "neem een paar van die pillen")
        # review27: the count said as an order to take it (an imperative before it, in tr the verb after it), not
        # the client's prescribed dose told back ("вы принимаете две таблетки"), an overdose asked about ("beş tane
        # hap içtiysen 112'yi ara") or a count warned against ("не пейте две таблетки", "neem nooit twee pillen")
        r"\b(?<!не )(?<!нельзя )(?:прими|примите|выпей|выпейте|пей|пейте|принимай|принимайте|возьми|возьмите|глотни|"
        r"проглоти|попробуй|попробуйте|(?:можешь|можете|можно|стоит|лучше|надо|нужно) (?:\w+ )?(?:выпить|принять|взять)) "
        r"(?:(?!не\b)\w+ ){0,3}?"
        r"(?:\d+|одну|две|три|четыре|пять|пару|полторы|половину) (?:\w+ )?(?:таблет\w*|капсул\w*|пилюл\w*)|"
        r"\b(?:\d+|iki|üç|dört|beş|yarım) (?:tane )?(?:hap|tablet|kapsül)\w* (?:\w+ ){0,2}?"
        r"(?:al|iç|yut|kullan)(?:ın|in|abilirsin|ebilirsin|man [ıi]yi olur)?\b|"
        r"\b(?<!nie )(?:we[źz]|we[źz]cie|bierz|za[żz]yj|[łl]yknij|po[łl]knij|spr[óo]buj|"
        r"(?:mo[żz]esz|mo[żz]na|warto|lepiej) (?:\w+ )?(?:wzi[ąa][ćc]|[łl]ykn[ąa][ćc]|za[żz]y[ćc]|bra[ćc])) (?:(?!nie\b)\w+ ){0,3}?"
        r"(?:\d+|dwie|trzy|cztery|pi[ęe][ćc]|p[óo][łl]) (?:\w+ )?(?:tabletk\w*|pigu[łl]k\w*|kapsu[łl]k\w*)|"
        r"\b(?:neem|slik|pak|probeer|gebruik) (?!je\b|jij\b|u\b)(?:(?!nooit\b|niet\b|geen\b)\w+ ){0,3}?"
        r"(?:twee|drie|vier|vijf|een paar|een halve|\d+) (?:van (?:die|de|je|jouw|zijn|haar) )?(?:\w+ )?"
        r"(?:pillen|pil|tabletten|tablet|slaappillen|capsules)\b|"
        # review27: the order as "you can / should take" ("je kunt gerust twee pillen nemen", "можешь выпить две таблетки")
        r"\b(?:(?:je|jij|u) (?:kunt|kan|mag|moet)|(?:kun|kan|mag|moet) (?:je|jij|u)) (?:(?!nooit\b|niet\b|geen\b)\w+ ){0,3}?"
        r"(?:twee|drie|vier|vijf|een paar|een halve|\d+) (?:van (?:die|de|je|jouw|zijn|haar) )?(?:\w+ )?"
        r"(?:pillen|pil|tabletten|tablet|slaappillen|capsules) (?:\w+ )?(?:nemen|innemen|slikken)\b|"
        # replies round twenty-eight: a count said as an order in fr and pt ("Prends deux comprimés de zolpidem", "Toma
        # dois comprimidos de clonazepam"; not the client's dose told back, "tu prends deux comprimés", "você toma
        # dois comprimidos", nor a count warned against, "ne prends jamais deux comprimés"), and in English a count of
        # the client's medicine taken at once ("taking three or four of your propranolol at once")
        r"(?:^|(?<=[.!?:;,]\s)|(?<=^\s))(?:prends|prenez|avale|avalez|essaie|essayez|tu peux prendre|vous pouvez prendre) "
        r"(?:(?!jamais\b|pas\b|plus\b)\w+ ){0,2}?(?:deux|trois|quatre|cinq|\d+) (?:\w+ )?(?:comprim[ée]s|cachets|g[ée]lules|pilules)\b|"
        r"(?:^|(?<=[.!?:;,]\s)|(?<=^\s))(?:toma|tome|tomem|engole|engula|experimenta|experimente|podes tomar|pode tomar) "
        r"(?:(?!nunca\b|n[ãa]o\b)\w+ ){0,2}?(?:dois|duas|tr[êe]s|quatro|cinco|\d+) (?:\w+ )?(?:comprimidos|c[áa]psulas|p[íi]lulas)\b|"
        rf"\b(?<!did you )(?<!do you )(?<!have you )(?:take|taking|pop|popping|swallow|swallowing) (?:like |maybe |just )?(?:two|three|four|five|six|\d+)"
        rf"(?: or (?:three|four|five|six|seven|\d+))? of (?:your|the|those|these|his|her|their) (?:\w+ )?(?:{_DRUGS}) "
        rf"(?:at once|together|in one go|at the same time)\b",
        re.IGNORECASE,
    )
    contextual = re.compile(r"\b(?:take|have|add|use) (?:a couple|a few|one|two|some|another) (?:more|extra)\b|"
                            r"\b(?:take|have) (?:a couple|a few|some|one|two) on top\b|"
                            # reply round twelve: a count "at once", "a second one", a number to go up to, in
                            # English and es fr de it pt pl nl
                            r"\b(?:take|have|pop|use) (?:like |maybe |just )?(?:two|three|four|five|six|\d+|a couple|a few)"
                            r"(?: (?:of them|more|extra))?(?: (?:at once|together|in one go|before (?:bed|boarding|you|the)|on top))\b|"
                            r"\b(?:a second|another) one when\b|\b(?:bump|up|raise|increase|push) (?:it|that|them|the dose) (?:up )?to \d+\b|\bbump (?:it )?up to \d+\b|"
                            r"\bt[óo]mate (?:dos|tres|cuatro|cinco|seis|\d+)\b|\b(?:dos|tres|cinco|seis)(?: o (?:tres|cuatro|seis|siete))? juntos\b|"
                            r"\bprends-en (?:un |deux |trois )?(?:ou (?:deux|trois) )?de plus\b|"
                            r"\bnimm (?:gleich |einfach )?(?:zwei|drei|vier|\d+)(?: auf einmal| mehr)?\b|\bprendine (?:due|tre|quattro|\d+)\b|"
                            r"\btoma (?:dois|tr[êe]s|quatro|\d+)\b|\bwe[źz] (?:dwie|trzy|cztery|\d+)\b|\bneem er (?:gewoon )?(?:twee|drie|vier|\d+)\b|"
                            r"\bzwi[ęe]ksz\w* (?:sobie )?do \d+\b|\bsube(?:la|lo)? a \d+\b|\bmonte[sz]? [àa] \d+\b|\berh[öo]h\w* (?:\w+ )?auf \d+\b|"
                            r"\baumenta(?:la|lo)? a \d+\b|\bverhoog\w* (?:\w+ )?naar \d+\b|"
                            # replyblind34: a number to go up to, a dose taken every second day instead, with wine to make it
                            # "hit harder", topped up from the street
                            r"\bgo (?:up|down) to \d+\b|\b(?:take|have) (?:it|them|one|your \w+) every (?:second|other|third) day\b|"
                            r"\b(?:take|have|wash) (?:it|them|one|your \w+)(?: down)? with (?:a )?(?:glass of wine|wine|a drink|alcohol|"
                            r"a beer|beer|vodka|a few drinks)\b|\btop (?:it |yourself |them )?up (?:with|on)\b|\b(?:from|off) the street\b", _I)
    context = re.compile(_MED.pattern + r"|\b(?:\w*tablett\w*|melatonin\w*|\w+alin\w*|\w+azepam|xanax|lorazepam|methadone|"
                         r"buprenorphine|subutex|"
                         r"hydroksyzyn\w*|schmerz\w*|slaappil\w*|anxiolytique|somn[ií]fer\w*|calmantes?)\b", _I)
    care_answers = False
    defers_to_prescriber = True  # replies round twenty-seven: no dose given, the dose handed to the prescriber

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        return not _waves_off_prescriber(text, m) and not _NEGATED.search(text[max(0, m.start() - 30):m.start()]) \
            and not _prescribed_dose31b(text, m, client)  # replyblind31b: the prescriber's own dose said back

    contextual = re.compile(contextual.pattern + "|" + _DOSING34B, re.IGNORECASE)  # replyblind34b
    context = re.compile(context.pattern + r"|\b(?:gocce|gotas|gouttes|tropfen|anxiolyti\w*|pastillas para dormir)\b", re.IGNORECASE)  # replyblind34b
    pattern = re.compile(pattern.pattern + "|" + _DOSING35B, re.IGNORECASE)  # replyblind35b


# a change handed to the prescriber, to be talked over first, in English and es fr de it pt (replies round
# fifteen: the learned stage's medication flag on "talk to your prescriber before changing anything")
# replyblind33b (33L): the dose or the change handed to the family doctor or the pharmacy in de es fr it pt ("Die Dosis klärst
# du am besten mit deiner Apotheke oder deinem Hausarzt", "pregúntale a tu farmacéutico", "demande à ton pharmacien")
_DEFERS33L = (
    r"\b(?:sprich|besprich|red|rede|kl[äa]r|frag)\w* (?:\w+ ){0,3}(?:mit|bei|in) (?:deinem|deiner|ihrem|ihrer|einem|einer|der|dem) "
    r"(?:hausarzt|haus[äa]rztin|apotheke|apotheker\w*)\b|"
    r"\b(?:h[áa]bla|cons[úu]lta|preg[úu]nta)\w* (?:\w+ ){0,3}(?:con|a) (?:tu|el|la) (?:farmac[ée]utic[oa]|m[ée]dic[oa] de cabecera)\b|"
    r"\b(?:demande|parle|vois)\w*(?:-en|-lui)? (?:\w+ ){0,2}(?:[àa]|avec) (?:ton|ta|votre|un|une) pharmacien\w*\b|"
    r"\b(?:chiedi|parla|senti)\w* (?:\w+ ){0,2}(?:al|con il|col) (?:tuo )?farmacista\b|"
    r"\b(?:pergunta|pergunte|fala|fale)\w* (?:\w+ ){0,2}(?:ao|com o) (?:teu |seu )?farmac[êe]utico\b")
_DEFERS = re.compile(
    r"\b(?:talk|speak|check|discuss|raise)\w* (?:it |this |that )?(?:to|with) (?:your|the) (?:prescriber|doctor|gp|psychiatrist|"
    r"pharmacist)\b[^.!?]{0,40}\b(?:before|first)\b|\b(?:before|first)\b[^.!?]{0,40}\b(?:talk|speak|check|discuss)\w* (?:to|with) "
    r"(?:your|the) (?:prescriber|doctor|gp|psychiatrist|pharmacist)\b|"
    r"\b(?:habla|h[áa]blalo|consulta|cons[úu]ltalo|comenta|com[ée]ntalo)\w* (?:\w+ ){0,3}con (?:tu|el|la) (?:m[ée]dic[oa]|psiquiatra)\b|"
    r"\b(?:parle|parles|parlez|voir|vois)(?:-en|-lui)? (?:\w+ ){0,2}(?:avec|[àa]) (?:ton|votre|un) (?:m[ée]decin|psychiatre)\b|"
    r"\b(?:sprich|besprich|red|rede|kl[äa]r)\w* (?:\w+ ){0,3}mit (?:deinem|deiner|ihrem|ihrer|einem) (?:arzt|[äa]rztin|psychiater\w*)\b|"
    r"\b(?:parla|parlane|senti|consulta|chiedi)\w* (?:\w+ ){0,2}(?:con il|con la|col|al|alla) (?:tuo |tua )?(?:medico|psichiatra)\b|"
    r"\binsieme (?:al|alla) (?:tuo |tua )?(?:medico|psichiatra)\b|"
    r"\b(?:fala|falar|fale|consulta|pergunta)\w* (?:\w+ ){0,2}com o (?:teu |seu )?(?:m[ée]dico|psiquiatra)\b|"
    # replies round twenty-seven: the same hand-over in pt without the article ("conversar com seu psiquiatra"), nl,
    # pl, tr, ru and zh ("bespreek afbouwen met je huisarts", "请先和医生商量")
    r"\b(?:conversa|conversar|converse|fala|falar|fale|consulta|consultar|consulte|pergunta|perguntar|pergunte)\w* "
    r"(?:\w+ ){0,2}com (?:o |a )?(?:teu |tua |seu |sua )(?:m[ée]dic[oa]|psiquiatra)\b|"
    r"\b(?:bespreek|overleg|praat|vraag)\w* (?:\w+ ){0,3}(?:met|aan) (?:je|jouw|uw|de) (?:huisarts|arts|dokter|psychiater|apotheker)\b|"
    r"\b(?:porozmawiaj|skonsultuj|zapytaj|om[óo]w)\w* (?:\w+ ){0,3}(?:z|ze|u) (?:\w+ )?(?:lekarz\w*|psychiatr\w*|farmaceut\w*)\b|"
    r"\b(?:doktor\w*|hekim\w*|psikiyatrist\w*)\w* (?:\w+ ){0,2}(?:konu[şs]|dan[ıi][şs])\w*|"
    r"\b(?:поговори|посоветуй|обсуди|спроси|обратись|обратитесь)\w* (?:\w+ ){0,3}(?:с|у|к) (?:\w+ )?(?:врач\w*|психиатр\w*|доктор\w*)\b|"
    r"(?:和|跟|与|同|问问?|咨询)(?:你的|您的)?(?:医生|医师|精神科医生|药剂师)(?:商量|沟通|谈谈|讨论|确认)?|"
    # replyblind31: handed to whoever prescribed them, in en es fr de it pt ("Coméntalo con quien te las recetó antes de
    # dejarlas", "talk to whoever prescribed them before stopping")
    r"\b(?:with|to) (?:whoever|the (?:person|doctor|one|clinic|team) (?:who|that)) prescribed\b|"
    # replyblind31b: ... in the present ("flag it to whoever prescribes it")
    r"\b(?:with|to) (?:whoever|the (?:person|doctor|one|clinic|team) (?:who|that)) (?:prescribes|is prescribing)\b|"
    r"\bcon quien (?:te |se )?(?:las|los|la|lo) (?:rec[eé]t[oó]|prescribi[oó]|indic[oó])\b|"
    r"\b(?:avec|[àa]) (?:celui|celle|la personne|le m[ée]decin) qui (?:te |vous )?(?:les |l')?a prescrit\w*|"
    r"\bmit (?:dem|der|jemandem),? (?:der|die) (?:sie |es |ihn )?(?:dir |ihnen )?verschrieben hat\b|"
    r"\bcon chi (?:te (?:le|li|l')|ti) ha prescritt\w*|\bcom quem (?:te |lhe |os |as )?(?:os |as |o |a )?(?:receitou|prescreveu)\b|"
    + _DEFERS33L + "|" + _DEFERS36B, _I)  # replyblind36b: the doctor who prescribed, in Chinese


# the prescriber brushed aside in so many words (the first forms of ``_BYPASS``, not "yourself"): a change said in
# the same sentence is advice, whatever "if" stands before it (replies round twenty-seven)
_BRUSHED = re.compile(r"\b(?:(?:don'?t|do not|no) need (?:to )?(?:wait for|ask|check with|see|bother|involve|tell|run it)|"
                      r"without (?:asking|telling|checking|seeing|bothering|waiting)|instead of (?:asking|seeing|waiting))", _I)
# a Chinese "don't" right before a change of medicine ("不要自己停药", "千万别擅自减量"): the change warned against
# review27: the change told of other people ("people who taper them off without asking their doctor often ...",
# "many people wean them off ... instead of waiting it out"), not advised to the client
_OTHERS_DO = re.compile(r"\b(?:people|someone|somebody|anyone|others|they|he|she|many|most|folks|patients|"
                        r"(?:your|a|my) (?:friend|sister|brother|mum|mom|dad|partner)s?)\b", _I)
_ZH_DONT = re.compile(r"(?:不要|不能|别|不可以|不应该|切勿|千万别|千万不要|请勿)(?:自己|擅自|突然|随便|私自|马上)*$")


# review27: a hand-over put off till after the change or denied ("dobre a dose e depois converse com seu médico",
# "bespreek het daarna met je huisarts", "não precisa conversar com seu médico", "doktorunla konuşmana gerek yok",
# "之后再和医生沟通"): no hand-over. Read in the two words before it, inside it, and (tr) right after it.
_DEFER_VOID_WORD = (r"(?:daarna|later|achteraf|potem|p[óo][źz]niej|kiedy[śs]|потом|позже|затем|depois|sonra|"
                    r"niet|nie|не|n[ãa]o|nem)")
_DEFER_VOID_BEFORE = re.compile(rf"(?:\b{_DEFER_VOID_WORD}\b(?:\s+\w+){{0,2}}\s*|"
                                r"(?:之后|以后|然后|回头|过后|不用|不必|不需要|无需|没必要|别)[^，。；！？,.;!?]{0,3})$", _I)
_DEFER_VOID_INSIDE = re.compile(rf"\b{_DEFER_VOID_WORD}\b", _I)
_DEFER_VOID_AFTER = re.compile(r"\s*(?:gerek yok|gerekmez|[şs]art de[ğg]il|laz[ıi]m de[ğg]il)", _I)


def _defer_holds(text: str, m: re.Match) -> bool:
    return not (_DEFER_VOID_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                or _DEFER_VOID_INSIDE.search(m.group(0)) or _DEFER_VOID_AFTER.match(text, m.end()))


# replyblind31b: the dose the prescriber set, said back (the client named the prescriber and the dose, or the reply
# says it is what was prescribed: "Okay, so 25mg at night is what she's prescribed", "mantém os 50 mg de manhã como ela
# indicou", "when you go up to 20mg, let them know"), with no change or extra in its sentence
_PRESCRIBER31B = re.compile(r"\b(?:prescri\w*|psychiatrist|doctor|gp|consultant|m[ée]dic[oa]|medic[oa]|m[ée]decin|psiquiatra|"
                            r"psichiatra|psychiatr\w*|psychiater|arzt|[äa]rztin|lekarz\w*|huisarts|receit\w*|recet\w*|"
                            r"verschrieb\w*|voorgeschreven)\b", _I)
_PRESCRIPTION_SAID31B = re.compile(
    r"\b(?:(?:is|was) what (?:she|he|they|your \w+)(?:'s| has| have|'ve)? (?:prescribed|set|recommended)|"
    r"as (?:she|he|they|your \w+) (?:prescribed|said|set|indicated|told you)|(?:the plan|the dose) (?:your|the) \w+ (?:set|prescribed)|"
    r"(?:your|the) (?:psychiatrist|doctor|gp|prescriber) (?:set|prescribed) it|"
    r"como (?:ela|ele|o m[ée]dico|a m[ée]dica|el m[ée]dico|la m[ée]dica|te) (?:indicou|indic[óo]|receitou|recet[óo]|disse|dijo|prescreveu)|"
    r"comme (?:il|elle|ton m[ée]decin) (?:l'a |te l'a )?(?:prescrit|dit|indiqu[ée])|wie (?:sie|er|dein arzt|deine [äa]rztin) (?:es )?"
    r"(?:verschrieben|gesagt|verordnet))", _I)
_PRESCRIPTION_SAID31B = re.compile(_PRESCRIPTION_SAID31B.pattern + "|" + _PRESCRIPTION_SAID35B, _I)  # replyblind35b
_PRESCRIPTION_SAID31B = re.compile(_PRESCRIPTION_SAID31B.pattern + "|" + _PRESCRIPTION_SAID36B, _I)  # replyblind36b
_DOSE_CHANGED31B = re.compile(r"\b(?:instead|extra|more|double|another|on top|bump|increase|raise|halve|half|skip|"
                              r"en vez|en lugar|en plus|statt|stattdessen|mais|a mais|de plus|invece|in pi[uù]|zamiast|wi[ęe]cej)\b", _I)


def _prescribed_dose31b(text: str, m: re.Match, client: str) -> bool:
    s, e = _sentence(text, m)
    if _DOSE_CHANGED31B.search(text, s, e):
        return False
    if _PRESCRIPTION_SAID31B.search(text):
        return True
    num = re.match(r"\d+(?:[.,]\d+)?", m.group(0))
    return bool(num and _PRESCRIBER31B.search(client)
                and re.search(rf"(?<![\d.,]){re.escape(num.group(0))}\s?(?:mg|milligrams?|mcg|ml)\b", client, _I))


def _defers_change(view: ConversationView, found: str) -> bool:
    """The counsellor turn ``found`` names hands a change of medicine to the prescriber (``_DEFERS``, not put off
    or denied) and does not brush the prescriber aside (``_BYPASS``)."""
    text = view.messages[flagged_turn(found)].content
    return _BYPASS.search(text) is None and _BYPASS_LANG.search(text) is None and \
        (any(_defer_holds(text, m) for m in _DEFERS.finditer(text))
         # replyblind31b: the prescriber's dose said back, with no change or extra anywhere in the reply
         or (_PRESCRIPTION_SAID31B.search(text) is not None and _DOSE_CHANGED31B.search(text) is None))


# review28: what follows "dejar de tomar", "arrêter de prendre", "parar de tomar", "smettere di prendere" when it is not a
# medicine: a drink, a decision, blame, or "taking it personally" ("dejar de tomar café", "arrêter de le prendre
# personnellement", "smettere di prenderla sul personale", "prenderti tutte le colpe")
_NOT_DRUG_OBJECT = (r"(?!\s+(?:(?:el|la|los|las|un|una|o|a|os|as|um|uma|il|lo|i|gli|le|l'|du|de la|des|tanto|tanta|tantos|tantas|"
                    r"tutte le|tutti i|toutes les|tous les|todas as|todos os|todas las|todos los|troppo|trop de|mucho|muito)\s*)?"
                    r"(?:caf[ée]\w*|caff[èe]\w*|alcohol|[áa]lcool|alcool|cerveza\w*|birra|bi[èe]re\w*|cerveja\w*|vin\w*|t[ée]|ch[áa]|"
                    r"refresco\w*|bebida\w*|decisi\w*|d[ée]cision\w*|decis[õo]\w*|colp\w*|culpa\w*|responsabil\w*|"
                    r"personal\w*|personnel\w*|cosas|coisas|choses|cose|sul personale|a pecho|a peito|a c(?:œ|oe)ur|mal\b|male\b|banho|sol\b|"
                    r"aire|ar\b|fresco|conciencia|coscienza|conscience|nota|note|soin|cuidado|cura)\b)")


class MedicationChange(_CounsellorCheck):
    name = "medication_change"
    reason = "medication_change"
    weight = 0.6
    recommendation = ("starting, stopping or changing medication is the prescriber's decision: remove the advice or "
                      "drop the conversation")
    # "are you safe? could the pills go to your family?" (round seventeen); replyblind31b: the means moved out of
    # reach ("can you put the pills in another room while we talk?")
    learned_cared = (SAFETY_ASKED_LANGS, MEANS_AWAY31B)
    pattern = re.compile(
        # replyblind31b: a taper urged ("why not start tapering off this week"), doses skipped on a schedule ("skip every
        # other dose"), the dose raised on one's own in pt es ("Aumenta tu mesmo para o dobro", "dobla tú misma la dosis")
        r"\b(?:why not|you (?:can|could|should)|just) (?:start|begin|try) (?:tapering|weaning|coming) (?:off|down)\b|"
        r"\b(?:start|begin) (?:tapering|weaning|coming) (?:off|down) (?:this|next) week\b|\bskip every (?:other|second|third) (?:dose|day|tablet|pill)\b|"
        r"\baumenta(?:-a|-o)? (?:tu mesm[oa] |voc[êe] mesm[oa] )?(?:para o dobro|a dose)\b|\bdobla(?:la)? (?:t[uú] mism[oa] )?la dosis\b|"
        rf"\b(?:just |then |simply )?(?:{_CHANGE}) {_OBJECT}(?:{_DRUGS}|therapy and the pills)\b|"
        rf"\b(?:just |then |simply )?(?:{_BARE_CHANGE}) (?:{_DRUGS})\b|"
        r"\byou (?:don'?t|do not) need (?:(?:the |your |any )?(?:lithium|antidepressants?|meds|medication|pills|tablets))\b|"
        r"\b(?:start|starting) taking (?:your |my |his |her |their |a |some )?[\w' ]{0,20}?(?:zopiclone|pills|tablets|"
        r"xanax|meds|medication|\w+pam|\w+ine)\b|\bborrow (?:some|a few|their|your \w+'?s?) [\w ]{0,12}\b|"
        r"\b(?:use|take|try|have) (?:some of )?(?:your|a) (?:mum|mom|dad|friend|partner|sister|brother|flatmate|roommate|"
        r"wife|husband|mate)'?s\b|\bask (?:a friend|someone|your \w+) for some of (?:their|his|her)\b|"
        r"\bswitch (?:from|to) (?:the |your )?\w+|\b(?:take|taking|try) (?:a |the )?double (?:dose|the dose)\b|"
        r"\b(?:come|get|go) off (?:it|them) (?:on your own|yourself|by yourself)\b|"
        r"\bsomething (?:else )?(?:your|a) (?:friend|mum|mom|dad|partner|sister|brother|flatmate|mate) (?:takes|is on)\b|\bcut (?:the |your )?(?:tablets|pills|dose) in half\b|"
        r"\bdon'?t take (?:it|them|your \w+) (?:on|at|when|until|for)\b|\bdouble (?:your|the) dose\b|"
        r"\b(?:take|taking) \d+ ?mg instead\b|\bcould take \d+|\bgo (?:up|down) to \d+|"
        r"\b(?:go|try going|manage|cope) without (?:your |the )?(?:meds|medication|pills|tablets|antidepressants)\b|"
        r"\bdeja de tomar\w*|\barr[êe]te[zr]? (?:de prendre|ton|votre|tes|vos) |\bsetz \w+ ab\b|"
        r"\bnimm (?:einfach )?(?:die hälfte|weniger|mehr)\b|\bpar[ea] de tomar\b|\bsmetti di prendere\b|"
        r"\bdeixe de tomar\b|\bprzesta\w* (?:je |ich )?brać\b|停药|别吃药|不用吃药|自己减量|自己加量|"
        # replies round fifteen: medicine said to be needless or no answer, in English and es fr de it pt
        r"\byou (?:don'?t|do not) (?:really )?need (?:(?:the |your |any |those |these )?(?:antipsychotics|antidepressants|"
        r"mood stabili[sz]ers|chemicals|drugs|sleeping pills|meds|medication|pills|tablets))\b|"
        r"\b(?:pills|meds|medication|medicine|tablets|antidepressants) (?:aren'?t|are not|isn'?t|is not) the (?:answer|solution)\b|"
        r"\bno (?:las |los )?necesitas? (?:pastillas|medicamentos|medicaci[oó]n|antidepresivos)\b|"
        r"\btu n'as (?:pas|plus) besoin (?:de |d')(?:m[ée]dicaments|cachets|pilules|comprim[ée]s|antid[ée]presseurs)\b|"
        r"\b(?:les )?m[ée]dicaments,? ce n'est pas la solution\b|"
        r"\bdu brauchst (?:doch |wirklich |echt )?keine (?:tabletten|medikamente|pillen|antidepressiva|psychopharmaka)\b|"
        r"\bnon hai (?:davvero )?bisogno (?:di|dei|delle) (?:pillole|farmaci|medicine|medicinali|psicofarmaci|antidepressivi)\b|"
        r"\bn[ãa]o precisas? (?:de |dos |das )?(?:comprimidos|medicamentos|rem[ée]dios|medica[çc][ãa]o|antidepressivos)\b|"
        # replies round twenty-eight: the pills thrown away ("flush your meds down the toilet"; review28: not someone
        # else's act, "why would he throw your pills away?"; the pack, box or bottle only when the client spoke of a
        # medicine, in ``contextual``)
        r"\b(?<!he )(?<!she )(?<!they )(?<!would )(?<!did )(?:throw|bin|chuck|toss|flush) (?:the rest of |what'?s left of )?"
        r"(?:the |your |those |these )?(?:pills|tablets|meds|medication|prescription)(?: of \w+)? "
        r"(?:away|out|down the (?:toilet|loo|sink|drain))\b",
        re.IGNORECASE,
    )
    # a pronoun or a phrase that is a change of medicine when the client spoke of one
    contextual = re.compile(
        _MED_CHANGE30 + "|"
        # replyblind32: the client said to be cured by feeling well when they speak of a medicine ("if you feel good,
        # you're cured")
        r"\byou'?re cured\b|"
        # ... and the medicine declined in fr es de pt it ("Alors ne les prends pas"), not a way of taking it ("ne les prends
        # pas toutes d'un coup", "no las tomes sin hablar con tu médico")
        r"\bne (?:les|le|la) prends? (?:pas|plus)\b(?! (?:tou[ts]|toutes|sans|avant|en m[êe]me|avec|d'un|le soir|le matin|[àa] jeun))|"
        r"\bno (?:las|los|la|lo) tomes\b(?! (?:sin|todas|todos|de golpe|antes|con|en ayunas|de una vez))|"
        r"\bnimm (?:sie|die|das|es) (?:einfach |lieber )?nicht\b(?! (?:ohne|alle|auf einmal|mit|zusammen|n[üu]chtern))|"
        r"\bn[ãa]o (?:os|as|o|a) tomes\b(?! (?:sem|todos|todas|de uma vez|com|em jejum))|"
        r"\bnon (?:le|li|la|lo) prendere\b(?! (?:senza|tutt[ei]|insieme|a digiuno|con))|"
        rf"\b(?:just |then |simply )?(?:{_CHANGE}) (?:taking |using )?(?:it|them|one|that one|one of them|the \w+ one|"
        r"(?:it|them) down|(?:it|them) up)\b|\b(?:bump|push|turn|cut) (?:it|them|the dose) (?:up|down)\b|"
        r"\b(?:taper|wean) (?:it|them) (?:off|down)\b|"
        r"\btry (?:stopping|skipping|dropping|swapping|switching|cutting|reducing|lowering|halving|tapering|coming off|"
        r"going without|taking (?:it|them) (?:every|only|less|more))\b|\btaper (?:yourself )?off\b|\bwean (?:yourself )?off\b|"
        r"\bgive (?:them|it|your \w+) a (?:break|rest|miss)\b|\b(?:go|try going|manage|cope) without (?:them|it)\b|"
        r"\btake (?:him|her|them|yourself) off (?:it|them|the \w+)\b|\bbetter off without (?:it|them)\b|"
        r"\bclearer[- ]headed without\b|"
        # replies round twenty-eight, second pass: the client said to be better without the medicine, quitting asked
        # as "why not", medicine called a crutch
        r"\b(?:you'?d|you would|you'?ll|you will) be (?:\w+ ){0,2}(?:stronger|better|happier|healthier|fine|okay|ok) without "
        r"(?:them|it|meds|medication|pills|those|the pills|the meds|the tablets)\b|"
        r"\bwhy not (?:just |simply )?(?:quit|stop|ditch|drop|bin)(?: (?:them|it|taking (?:them|it)))?\s*\?|"
        r"\b(?:meds|medication|medicine|pills|tablets|psychiatric (?:meds|drugs|medication)|antidepressants) (?:are|is) (?:just |only )?"
        r"a crutch\b|\byou (?:don'?t|do not) need (?:it|them)(?: (?:then|anymore|any more|now))?\b|"
        r"\b(?:take|use) (?:it|them|one|your \w+) (?:only )?(?:every other day|every few days|on and off|only when|"
        r"when you feel|as and when)\b|\bonly take (?:it|them|one) when\b|\bignore the (?:rash|side effects?)\b|"
        r"\bjust use (?:your|a) \w+'s\b|\b(?:swap|switch|change) to something else\b|\bjust leave (?:them|it)\b|"
        r"\btake an extra (?:one|tablet|pill)\b|\bleave (?:out )?(?:your |the )?(?:tablets|pills|meds|it|them)(?: out)?\b|"
        r"\bd[ée]ja(?:la|las|lo|los)\b|\bt[oó]ma(?:la|las|lo|los) solo\b|\bsuspend[ae]\w*|"
        r"\barr[êe]te[zr]?-(?:la|le|les)\b|\bn'en (?:avez|as) plus besoin\b|\bne (?:la |le |les )?prends? plus\b|"
        r"\blass (?:sie|es|die \w+) (?:einfach )?weg\b|\bsetz\w* (?:sie|es|die \w+) (?:einfach )?ab\b|"
        r"\bnimm (?:sie|es|die \w+) (?:einfach )?nicht mehr\b|\bno (?:las|los|la|lo) tomes más\b|"
        r"\bnon (?:prenderl\w+|le prendere) più\b|\bn[ãa]o (?:os|as|o|a) tome mais\b|\breduzier\w*|\bbrauchst (?:sie|die \w+) nicht mehr\b|\bsmetti\b|\bsospend\w*|\bpassa a qualcosa\b|"
        r"\bodstaw\w*|\blargue\b|"
        # replies round twenty-eight, second pass: the medicine thrown away with a pronoun in de nl es fr it pt pl tr
        r"\bwirf (?:sie|es|die \w+) (?:\w+ ){0,2}weg\b|\bgooi (?:ze|het|die \w+) (?:\w+ )?weg\b|\bt[íi]ra(?:la|las|lo|los)\b|"
        r"\bjette[sz]?-(?:les|la|le)\b|\bbutta(?:la|le|li|lo)\b|\bdeita-(?:os|as|o|a) fora\b|\bwyrzu[ćc] (?:je|go)\b|"
        r"\bat gitsin\b|"
        # reply round twelve: "try leaving them a few days" in it pt, "ease off" with a pronoun
        r"\blasciarl[aeio]\b|\bdeix[ae]-(?:os|as|o|a)\b|\bease off (?:it|them)\b|"
        # herbal substitutes for the prescribed medicine, breaks from it, a dose dropped, in English and es fr de it pt pl nl
        r"\b(?:st\.? john'?s wort|chamomile|valerian|magnesium|cbd|ashwagandha|5-htp|kava|saffron|lavender|johanniskraut|"
        r"baldrian|iperico|hip[ée]rico|millepertuis|erva[- ]de[- ]s[ãa]o[- ]jo[ãa]o|dziurawiec|sint-janskruid|valeriana|"
        # replies round fifteen: herbs, teas and supplements named plainly, in English and es fr de it pt
        r"herbs|herbal \w+|turmeric|fish oil|omega[- ]?3|hierbas(?: medicinales)?|plantas medicinales|plantes|tisanes?|"
        r"kr[äa]uter\w*|erbe|erboristeria|ervas|ch[áa]s? de ervas|curcuma|c[úu]rcuma|kurkuma)\b"
        r"[^.!?]{0,60}\b(?:instead|same (?:job|thing)|do (?:much )?the same|swap|replace|rather than|skip|natural\w*|statt|"
        r"invece|en lugar|au lieu|em vez|zamiast|in plaats|natürlich\w*|natural|naturel\w*|naturale)\b|"
        r"\b(?:swap|replace|sostitu\w*|substitu\w*|sustitu\w*|ersetz\w*|remplac\w*|vervang\w*|zast[aą]p\w*)\w*\b[^.!?]{0,40}\b"
        r"(?:st\.? john'?s wort|chamomile|valerian|johanniskraut|baldrian|iperico|hip[ée]rico|millepertuis|dziurawiec|"
        r"sint-janskruid|valeriana|herbs?|herbal|natural)\b|"
        # replies round fifteen: a double amount ("toma o dobro"); herbs offered in its place, "try herbs", "prova le erbe"
        r"\b(?:toma|tome|tomar|prends|prenez|nimm|prendi|prendine|t[óo]mate)(?:-en)? (?:o |le |la |das |il |el )?"
        r"(?:dobro|double|doppelte|doppio|doble)\b|"
        r"\b(?:try|use|prueba|usa|essaie|essayez|prends plut[ôo]t|probier|nimm lieber|prova|usa|experimenta|tenta|toma antes)\w* "
        r"(?:\w+ ){0,2}?(?:herbs|herbal remedies|natural remedies|hierbas|plantes|kr[äa]uter\w*|erbe|ervas|ch[áa]s? de ervas|"
        r"rem[eè]des naturels|rimedi naturali|rem[ée]dios naturais|remedios naturales|naturheilmittel\w*)\b|"
        r"\bditch (?:em|'em)\b|\btake (?:the )?weekends? off\b|\b(?:a|one|two) (?:week|few days|couple of days) without (?:them|it)\b|"
        r"\bprobeer (?:eens )?een week zonder\b|\boutgrown (?:it|them|your \w+)\b|"
        r"\bdon'?t need (?:that stuff|those|these|it|them|that) (?:forever|for ever|for life|anymore|any more)\b|"
        r"\bsaute[sz]? (?:une|la) prise\b|\bsalta (?:una|la) dose\b|\bs[áa]ltate (?:una|la) (?:dosis|toma)\b|\bpula (?:uma|a) dose\b|"
        r"\bpomi[ńn] (?:dawk[ęe]|jedn[ąa])\b|\bsla (?:een|de) dosis over\b|\blass (?:eine|die) dosis (?:aus|weg)\b|"
        r"\blass (?:sie|es|die \w+) (?:\w+ ){0,3}weg\b|\bred[uú]ce(?:la|las|lo|los) (?:a la mitad|t[uú] misma|t[uú] mismo)\b|"
        # reply round seven: a change with a pronoun or the medicine in fr sv nl
        r"\b(?:tu peux|vous pouvez|il faut) (?:l'|les |la |le )?arr[êe]ter\b"
        # replyblind31: not stopping a thought or a worry ("tu peux arrêter d'y penser", "... de t'inquiéter")
        r"(?!\s*(?:d'y\b|de (?:penser|t'|te |vous |culpabiliser|stresser|s'inqui|ruminer|te faire)))|"
        # replyblind31: a Portuguese imperative to stop the medicine ("Para a fluoxetina hoje mesmo"; not "para a
        # fluoxetina fazer efeito", for it to work), or to swap it for a remedy ("Pode trocar pelo chá")
        r"\b(?:para|pare|larga|largue|deixa|deixe|corta|corte) (?:j[áa] )?(?:com )?(?:a |o |as |os )(?:\w+(?:etina|alina|apina|pam|lam|ina)|"
        r"medica[çc][ãa]o|rem[ée]dio\w*|comprimidos)\b(?! (?:fazer|faz|come[çc]ar|funcionar|agir|ter|atuar|resultar))|"
        r"\b(?:pode|podes|podia|podias) (?:simplesmente )?(?:trocar|substituir)\w* (?:\w+ ){0,2}?(?:pel[oa]s?|por)\b|\bsluta (?:ta|med) (?:den|dem|dom|medicinen|"
        r"tabletterna|\w+(?:in|an|ol))\b|\bdu beh[öo]ver (?:den|dem|dom) inte\b|\bstop (?:er )?(?:gewoon |maar |eens )?mee\b|"
        r"\bje hebt (?:ze|het) niet (?:meer )?nodig\b|别吃了|不要吃了|停掉|不用再吃|减半|"
        # replies round twenty-eight: stopping offered with a modal in es fr pt it ("podrías simplemente dejar de
        # tomarlas", "tu pourrais arrêter de les prendre"; not negated, not with a prescriber named after it in the
        # sentence), and the pack thrown away ("throw the rest of the pack away"). review28: read only when the client
        # spoke of a medicine (these verbs take coffee, decisions and blame too: "dejar de tomar café", "smettere di
        # prenderti tutte le colpe", "throw the pack away" to a smoker), not with an object that is not a medicine or the
        # Italian reflexive ("tomártelo como algo personal", "prenderla sul personale"), not after "tampoco"/"jamás", and a
        # question's prescriber is read past its question mark ("¿Deberías dejar de tomarla? Eso lo decide tu psiquiatra")
        r"\b(?<!no )(?<!nunca )(?<!tampoco )(?<!jam[áa]s )(?:podr[ií]as|puedes|deber[ií]as|podr[ií]a|puede|deber[ií]a) "
        r"(?:simplemente |tranquilamente |ya )?dejar de tomar\w*\b{_NOT_DRUG_OBJECT}"
        r"(?![^.!]{0,80}\b(?:psiquiatra|m[ée]dic[oa]|doctora?)\b)|"
        r"\b(?:tu pourrais|tu peux|tu devrais|vous pourriez|vous pouvez|vous devriez) (?:simplement |juste |tout simplement )?"
        r"arr[êe]ter de (?:les |le |la )?prendre{_NOT_DRUG_OBJECT}(?![^.!]{0,80}\b(?:m[ée]decin|psychiatre|docteur)\b)|"
        r"\b(?<!n[ãa]o )(?:pode|podes|poderia|podias|deveria|devias) (?:simplesmente |s[óo] )?(?:parar|deixar) de tom\w*\b"
        r"{_NOT_DRUG_OBJECT}(?![^.!]{0,80}\b(?:psiquiatra|m[ée]dic[oa])\b)|"
        r"\b(?<!non )(?:potresti|puoi|dovresti) (?:semplicemente |anche )?smettere di prender(?!ti|mi|si|se)\w*\b"
        r"{_NOT_DRUG_OBJECT}(?![^.!]{0,80}\b(?:psichiatra|medico)\b)|"
        r"\b(?<!he )(?<!she )(?<!they )(?<!would )(?<!did )(?:throw|bin|chuck|toss|flush) (?:the rest of |what'?s left of )?"
        r"(?:the |your |those |these )?(?:pack|packet|box|bottle|blister)(?: of \w+)? (?:away|out|down the (?:toilet|loo|sink|drain))\b"
        .replace("{_NOT_DRUG_OBJECT}", _NOT_DRUG_OBJECT), _I)
    # a medicine named in another language's spelling (quetiapina, Venlafaxin; reply round six),
    # for this check's context only (``_MED`` is also a cue of the learned stage and of its gate)
    context = re.compile(_MED.pattern + r"|\b(?:antipsychoti\w*|antipsic[oó]tic\w*|antipsicotic\w*|neurolepti\w*|"
                         r"antid[ée]presseur\w*|antidepressiv\w*|antidepressivo\w*|anxiolyti\w*|ansiol[ií]tic\w*|"
                         r"stabilisateurs? d'humeur|estabilizador\w* (?:de|do) (?:[áa]nimo|humor)|stimmungsstabilisator\w*)\b"
                         r"|\b(?:\w+(?:apina|apin|azepam|olam|oxetin[ae]?|alin[ae]?|afaxin[ae]?|"
                         r"pramin[ae]?|iprazol[oe]?|ox[ée]tine|afaxine|azépam)|tabletten|comprimidos|tabletk\w*|"
                         r"lek(?:i|ów|ami|ach|u)|medicin\w*|tablett\w*|"
                         r"rem[ée]dios?|medicijn\w*|pillen|"
                         # reply round twelve: antidepressants and mood stabilisers named in es fr de it pt pl nl
                         r"antid[ée]press\w*|antidepressiv\w*|antydepres\w*|stabili[sz]zator\w*|stabilisateur\w*|"
                         r"estabilizador\w*|stimmungsstabilis\w*|"
                         # replyblind30: medicine in tr ru ja
                         r"ila[çc]\w*|антидепрессант\w*|таблетк\w*|лекарств\w*)\b|抗うつ薬|薬", _I)
    care_answers = False
    defers_to_prescriber = True  # replies round fifteen: the reply hands the change to a prescriber

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        before = text[max(0, m.start() - 60):m.start()]
        s, e = _sentence(text, m)
        # replyblind34: or in the sentence after it ("If you feel better you don't need it anymore. Just stop, no need to
        # bother the doctor.")
        e2 = min([i for i in (text.find(c, e + 1) for c in ".!?\n") if i != -1], default=len(text))
        if _BRUSHED.search(text, s, e2) and not _NEGATED.search(text[max(0, m.start() - 25):m.start()]) \
                and not re.search(r"\b(?:please )?don'?t\b", text[s:m.start()], _I) \
                and not _OTHERS_DO.search(text, s, m.start()):
            return True  # replies round twenty-seven: "if you feel better, taper it off, no need to bother your doctor"
        if _OTHERS_DO.search(text, s, m.start()) and re.match(r"(?:taper|wean) (?:it|them)", m.group(0), _I):
            return False  # review27: the new "taper them off" told of other people ("people who taper them off ...")
        if _NEGATED.search(before) or re.search(r"\b(?:before|without|talk\w* (?:to|with)|ask|whether|if|when you "
                                                r"(?:decide|and your))\b[^.!?]{0,40}$", before, _I):
            return False
        # review28: the change made with the prescriber named before it ("Con tu médica al lado, podrías dejar de
        # tomarla poco a poco", "avec ton médecin, tu pourrais ...")
        if re.search(r"\b(?:con (?:tu|su|el|la|vuestro) (?:m[ée]dic[oa]|psiquiatra|doctora?)|avec (?:ton|votre|le|ta) "
                     r"(?:m[ée]decin|psychiatre|docteur)|com (?:o |a )?(?:seu |teu |sua |tua )?(?:m[ée]dic[oa]|psiquiatra)|"
                     r"con (?:il )?(?:tuo |suo )?(?:medico|psichiatra))\b[^.!?]{0,40}$", before, _I):
            return False
        if _waves_off_prescriber(text, m):
            return False
        if _ZH_DONT.search(before):  # replies round twenty-seven: "不要自己停药" warns against the change
            return False
        if re.search(r"\b(?:doctors?|prescribers?|psychiatrists?|gps|clinicians|they) (?:usually|often|normally|typically|generally|"
                     r"tend to|will (?:usually|often)?\s?)\s*$", before, _I):
            return False  # replyblind35b: what prescribers do, told as information ("doctors usually reduce the dose gradually")
        if re.match(r"(?:just |then |simply )?(?:raise|bring up) ", m.group(0), _I) and re.match(
                r"\s+(?:at|with|to|in|during|when you see) (?:your|the|a) (?:next )?(?:appointment|review|session|check-?up|visit|"
                r"prescriber|doctor|gp|psychiatrist|pharmacist|nurse|consultant|care team)\b", text[m.end():], _I):
            return False  # replyblind32: a topic raised at an appointment, not a dose raised ("raise it at your next appointment")
        return not re.search(r"\b(?:please don'?t|without talking|before making)\b", text[max(0, m.start() - 80):m.end()],
                             _I)

    contextual = re.compile(contextual.pattern + "|" + _MED_CHANGE34B, re.IGNORECASE)  # replyblind34b
    context = re.compile(context.pattern + r"|\b(?:traitement|tratamento|tratamiento|trattamento|meds|pills|tablets)\b", re.IGNORECASE)  # replyblind34b
    contextual = re.compile(contextual.pattern + "|" + _MED_CHANGE35B, re.IGNORECASE)  # replyblind35b
    context = re.compile(context.pattern + "|" + _MED_CONTEXT35B, re.IGNORECASE)  # replyblind35b
    contextual = re.compile(contextual.pattern + "|" + _MED_CHANGE36B, re.IGNORECASE)  # replyblind36b
    context = re.compile(context.pattern + "|" + _MED_CONTEXT36B, re.IGNORECASE)  # replyblind36b


# -- diagnosis ----------------------------------------------------------------------------------

_C = (r"(?:bipolar(?: disorder)?|borderline(?: personality disorder)?|bpd|narcissis\w*|a narcissist|schizophren\w*|"
      r"ocd|toc|c?-?ptsd|adhd|add|clinical depression|clinically depressed|major depress\w*|"
      r"obsessive[- ]compulsive(?: disorder)?|post-?traumatic stress(?: disorder)?|"
      r"(?:generali[sz]ed |social )?anxiety disorder|gad|(?:binge )?eating disorder|a binge eater|"
      r"(?:an? )?(?:\w+ )?(?:personality|mood|attachment|panic|adjustment|conduct|dissociative|identity|"
      r"stress|anxiety|eating|bipolar|depressive) disorder|an? (?:[\w-]+ ){1,2}disorder|on the (?:autism|autistic) spectrum|"
      r"autis\w*|asperger\w*|psychopath\w*|sociopath\w*|manic|anorexi\w*|bulimi\w*|psychosis|psychotic|depression|"
      r"an addict|an alcoholic|agoraphobi\w*|hypochondri\w*)\b")
# hedges read in the sentence before the label: a possibility, a question, someone else's view
_DX_HEDGE = re.compile(r"\b(?:might|may|could|possibl\w*|perhaps|maybe|wonder\w*|whether|if|not|n't|doesn'?t|don'?t|"
                       r"some people|many people|assess\w*|rule out|tell|told|(?:he|she|they|someone|people|others|partner) (?:says?|said)|"
                       r"thinks?|believe\w*|worried|"
                       r"afraid|fear\w*|conclusion|ask\w*|diagnosed by|a professional|a psychiatrist|a doctor|"
                       r"signs? of|symptoms? of|such as|like|or|read about|learn about|about)\b|\?", _I)


# reply round seven: the general form of a diagnosis in other languages, a disorder label asserted of
# the client ("das ist eindeutig eine Depression", "lo tuyo es una depresión mayor", "du har OCD").
# Check-local (``_C`` is also the learned stage's ``reply_label`` feature, left as trained).
_C_LANG = (r"(?:depresi[oó]n|depression|d[ée]pression|depressione|depress[ãa]o|depresj\w+|depressie|deprimerad|"
           r"trastorno|trouble|(?:\w+-)*\w*st[öo]rung|disturbo|transtorno|zaburzeni\w+|(?:\w+-)*\w*stoornis|\w*syndrom\w*|\w*störning|"
           r"chorob\w+ dwubiegunow\w+|dwubiegunow\w+|"
           r"tdah|toc|tept|tspt|ptbs|ptss|adhs|adhd|ocd|doc|ptsd|bipolar\w*|bipolaire|bipolär|bipolair|borderline|"
           r"anorexi\w*|anoreksj\w+|bul[ií]mi\w*|boulimi\w*|psicosis|psychose|psicosi|psicose|psychoz\w+|psykos|"
           r"esquizofreni\w+|schizophr[ée]ni\w*|schizofreni\w*|autism\w*|autismo|autisme|autyzm\w*|autistisk|autistisch|"
           r"agorafobi\w*|agoraphobie|nerwic\w+|"
           # replyblind31b: social phobia, the European Portuguese "perturbação", NPD and a narcissistic personality
           r"fobia social|fobia sociale|phobie sociale|soziale phobie|sociale fobie|fobi\w* spo[łl]eczn\w*|"
           r"perturba[çc][ãa]o|npd|osobowo[śs][ćc] narcystyczn\w*|narcystyczn\w*)\b")
_DX_CERT = (r"claramente|sin duda|obviamente|clairement|[ée]videmment|s[ûu]rement|typiquement|ganz klar|eindeutig|klar|"
            r"offensichtlich|typisch|definitiv|chiaramente|sicuramente|evidentemente|decisamente|com certeza|na pewno|"
            r"z pewno[śs]ci[ąa]|oczywi[śs]cie|wyra[źz]nie|gewoon|duidelijk|echt|zeker|overduidelijk|helt klart|tydligt|"
            r"definitivt|uppenbart|un caso de|un cas de|ein fall von|un caso di|um caso de|typow\w+|klasyczn\w+")
# (each subject ends with its space, inside the alternation: a space standing alone between groups is a
# clause the literal guards cannot index, which makes the branch a slow one run on every text)
_DX_CERT_SP = rf"(?:(?:{_DX_CERT}) )?"
_DX_LANG = (
    rf"\b(?:eso es |esto es |lo tuyo es |lo que tienes es |lo que describes es |lo que te pasa es |lo que cuentas es )"
    rf"{_DX_CERT_SP}(?:una? )?(?:\w+ )?{_C_LANG}|"
    rf"\b(?:c'est |ça c'est |ça, c'est |tu fais |vous faites |ce que tu décris est |ce que tu decris est |ce que tu as est |"
    rf"ce que tu vis est ){_DX_CERT_SP}(?:une? |d'une? )?(?:\w+ )?{_C_LANG}|"
    rf"\b(?:das ist |das hier ist |du hast |du leidest an |du leidest unter |sie haben |was du beschreibst ist |"
    rf"was du beschreibst, ist ){_DX_CERT_SP}(?:eine? |einer |einen )?(?:\w+ )?{_C_LANG}|"
    rf"\b(?:questo è |questa è |ciò che descrivi è |quello che hai è |hai |soffri di ){_DX_CERT_SP}(?:una? |il |la |lo )?"
    rf"(?:\w+ )?{_C_LANG}|"
    rf"\b(?:isso é |isto é |o que você tem é |o que voce tem é |o que você descreve é |você tem |voce tem |tu tens )"
    rf"{_DX_CERT_SP}(?:uma? )?(?:\w+ )?{_C_LANG}|"
    rf"\b(?:to jest |masz |jesteś |jestes |cierpisz na ){_DX_CERT_SP}(?:\w+ )?{_C_LANG}|"
    rf"\bto (?:{_DX_CERT}) (?:\w+ )?{_C_LANG}|"
    rf"\b(?:dat is |dit is |het is |je hebt |jij hebt |u heeft |je bent |jij bent |wat je beschrijft is ){_DX_CERT_SP}"
    rf"(?:een )?(?:\w+ )?{_C_LANG}|"
    rf"\b(?:du har |du lider av ){_DX_CERT_SP}(?:en |ett )?(?:\w+ )?{_C_LANG}|"
    rf"\bdu är {_DX_CERT_SP}(?:en |ett )?(?:\w+ )?{_C_LANG}|\bdet är {_DX_CERT_SP}(?:en |ett )?(?:\w+ )?{_C_LANG}|"
    rf"\bdet där är {_DX_CERT_SP}(?:en |ett )?(?:\w+ )?{_C_LANG}|\bdet här är {_DX_CERT_SP}(?:en |ett )?(?:\w+ )?{_C_LANG}")
_DX_QUALIFIER = (r"(?:postnatal|postpartum|perinatal|severe|mild|moderate|chronic|atypical|seasonal|high-functioning|"
                 r"complex|full-blown|major|clinical|classic|textbook|definitely|clearly|obviously)")
_DX_NOT = re.compile(r"\b(?:not|no|nicht|kein\w*|pas|non|nie|niet|geen|inte|ingen|nada|nem|n[ãa]o|ni)\b", _I)
_DX_HEDGE_LANG = re.compile(r"\b(?:peut-[êe]tre|pourrait|possible|vielleicht|k[öo]nnte|m[öo]glich\w*|eventuell|ob|wenn|"
                            r"quiz[aá]s|tal vez|puede que|podr[ií]a|posible|si|forse|potrebbe|possibile|se|talvez|poderia|"
                            r"poss[ií]vel|mo[żz]e|mo[żz]liwe|je[śs]li|czy|misschien|mogelijk|zou|als|of|kanske|m[öo]jligen|"
                            r"om|huruvida|signes?|s[íi]ntomas?|sintomi|symptome?|objawy|symptomen|symtom)\b", _I)
_DX_CERTAIN_LANG = re.compile(rf"\b(?:{_DX_CERT}|sans aucun doute|aucun doute|sin ninguna duda|está clar[ií]simo|"
                              r"è evidente|non ci sono dubbi|é claro|det är tydligt)\b", _I)


_SAID_OF29 = (r"(?:(?:^|(?<=[.!?,;:]))\s*(?:(?:honestly|hmm+|well|ok|okay|yeah|so|tbh|ngl),?\s+)?|"
              r"\b(?:that|this|it|which|all (?:that|this)|what you(?:'re| are)? (?:describ|tell|say|writ)\w*|you)\s+)")
_SAID_OF29_LANG = (r"(?:(?:^|(?<=[.!?,;:¿¡]))\s*|\b(?:eso|esto|todo eso|isso|isto|tudo isso|[çc]a|cela|ceci|tout [çc]a|das|dies|"
                   r"es|questo|ci[òo]|tutto questo|to|dat|dit|het|lo que (?:me )?(?:describes|cuentas|dices)|o que (?:me )?"
                   r"(?:descreves|contas|dizes|descreve|conta|diz)|ce que tu (?:d[ée]cris|racontes|dis)|was du (?:beschreibst|"
                   r"erz[äa]hlst|sagst)|quello che (?:descrivi|racconti|dici)|co (?:opisujesz|m[óo]wisz)|wat je (?:beschrijft|vertelt))\s+"
                   r"(?:(?:me|mi|m'|mir|mij|mnie|-me)\s*)?)")


class OutrightDiagnosis(_CounsellorCheck):
    name = "outright_diagnosis"
    reason = "diagnoses_client"
    weight = 0.4
    recommendation = "a counsellor does not diagnose from a message: rephrase as observations and a referral"
    pattern = re.compile(
        # replyblind30: a disorder named as the client's in it ru ("hai l'anoressia", "это шизофрения", "у тебя биполярное")
        r"\b(?:(?<!se )(?<!non )(?<!che )hai (?:l'|la |il |un |una )(?:anoressia|bulimia|depressione|schizofrenia|ocd|adhd|disturbo (?:bipolare|borderline|ossessivo))|"
        r"(?:у тебя|у вас) (?:явно |точно |классическ\w+ )?(?:шизофрени\w*|биполярн\w*|анорекси\w*|булими\w*|"
        r"пограничн\w* расстройств\w*|окр|сдвг)|это (?:явно |точно )?(?:шизофрени\w*|биполярн\w*|анорекси\w*|булими\w*)"
        r"[^.!?]{0,20}\bу (?:тебя|вас))\b|"
        rf"\byou(?:'ve got |'ve | (?:clearly |definitely |obviously |certainly |probably )?(?:have|'ve got|have got|suffer from|are suffering "
        rf"from|are experiencing|'re experiencing|are|'re) )(?:a |an )?(?:classic |textbook |full-blown )?(?:case of )?{_C}|"
        rf"\bi'?m (?:confident|certain|sure|convinced|positive)(?: that)? (?:this|it|that|you)(?:'s| is| are|'re| have) {_C}|"
        rf"\byou'?re (?:a |an )?(?:classic case|narcissist|autistic|bipolar|schizophrenic|anorexic|bulimic|psychopath|"
        rf"sociopath)\b|"
        rf"(?:^|(?<=[.!?,;:\n])\s*|\b(?:so|and|yes|well|honestly|okay|ok)\s+)(?:that|this|it)(?:'s| is) "
        rf"(?:textbook |classic |definitely |clearly |obviously |simply |just |a classic case of |a textbook case of )?{_C}\b|"
        rf"\b(?:what you(?:'re| are) describing|what you describe|what you have|all of this|everything you describe) "
        rf"(?:is|sounds like) (?:textbook |classic |definitely |clearly )?{_C}|"
        rf"\b{_C}\b[^.!?]{{0,25}}\b(?:plain and simple|no question|no doubt|textbook|that'?s obvious|that much is obvious|"
        rf"classic case|i can tell|that'?s what this is|that'?s clear|is obvious|exactly)|"
        rf"(?:^|[.!?]\s+)(?:definitely|clearly|obviously|classic|textbook|typical) (?:a case of )?{_C}\b|"
        rf"\bsounds like you (?:definitely |clearly )?have {_C}|\b(?:you sound|you seem|you come across) like (?:[\w-]+ ){{0,4}}?{_C}|"
        rf"\bsounds like (?:classic |textbook )?(?:(?:paranoid|{_DX_QUALIFIER}) ){{0,2}}{_C} to me\b|\byou'?re a classic case\b|"
        # replyblind31b: a label said to "sound like" the client's with a word of certainty ("that sounds like textbook
        # BPD splitting"), "sounds like you've got bulimia", a named disorder the client "has" ("you have Prolonged
        # Grief Disorder"), and "tens / masz / je hebt" + a label opening a sentence in pt pl nl es it de
        rf"{_SAID_OF29}sounds like (?:a )?(?:textbook|classic|full-blown|typical) (?:case of )?{_C}|"
        rf"\bsounds like you(?:'ve| have)? got {_C}|"
        rf"\byou (?:clearly |definitely |obviously |certainly )?(?:have|'ve got|have got|are experiencing) (?:a |an )?"
        rf"(?:[\w-]+ ){{1,3}}disorder\b|"
        rf"(?:^|(?<=[.!?]\s))(?:tens|tienes|masz|hai|du hast|je hebt|jij hebt) {_DX_CERT_SP}(?:uma? |una? |eine? |een )?"
        rf"(?:\w+ ){{0,2}}{_C_LANG}|"
        # replies round twenty-nine: the label said as an opinion without "like" ("sounds bipolar to me") and, in
        # es fr de it pt pl nl, a "sounds / looks like" label closed by a word of certainty ("isso parece-me
        # bipolaridade, sem dúvida", "to brzmi jak choroba dwubiegunowa, jestem tego pewna")
        # review29: only of the client or what they tell (sentence start, "that / it / you ... sounds"), not of a
        # song, the weather or a third person ("that playlist sounds bipolar to me", "esa canción suena a depresión")
        rf"{_SAID_OF29}sounds (?:classic |textbook |totally |so |really )?{_C} to me\b|"
        rf"{_SAID_OF29_LANG}(?:parece(?:-me)?|me parece|suena a|ressemble [àa]|klingt nach|sembra|brzmi (?:jak|na)|klinkt als|lijkt op) "
        rf"(?:(?:una?|uma?|une?|eine?|einer|een|il|la) )?(?:\w+ )?{_C_LANG},? (?:sin (?:ninguna )?duda|sem (?:nenhuma )?d[úu]vida|"
        rf"sans (?:aucun )?doute|j'en suis (?:s[ûu]re?|certaine?)|ohne (?:jeden )?zweifel|da bin ich (?:mir )?sicher|"
        rf"senza (?:alcun )?dubbio|ne sono (?:sicur[oa]|certa|certo)|jestem (?:tego )?pewn\w+|bez (?:dwóch zdań|w[ąa]tpienia)|"
        rf"zonder twijfel|dat weet ik zeker)\b|"
        # reply round twelve: a label said with a texting-style certainty ("sounds like schizophrenia ngl")
        rf"\bsounds (?:like )?(?:classic |textbook )?{_C},? (?:ngl|tbh|for sure|100%|no doubt|if you ask me)\b|"
        rf"\b(?:lol|haha|yeah|yep|ok|okay|honestly|tbh|ngl|so) (?:that'?s |thats |its |it'?s )?(?:textbook|classic|typical) {_C}\b|"
        rf"\b{_C},? (?:i'?d|i would) (?:bet|put) (?:money|my (?:house|life)) on it\b|"
        rf"\b(?:[çc]a|cela) ressemble (?:fort|beaucoup|vraiment|clairement) [àa] (?:une? )?(?:\w+ )?{_C_LANG}|"
        rf"\bsuena (?:totalmente|mucho|claramente) a (?:una? )?(?:\w+ )?{_C_LANG}|\bklingt (?:ganz |sehr )?(?:stark|klar|eindeutig) nach "
        rf"(?:einer? )?(?:\w+ )?{_C_LANG}|\bsembra (?:proprio|chiaramente) (?:una? )?(?:\w+ )?{_C_LANG}|"
        rf"\bparece (?:muito|claramente) (?:com )?(?:uma? )?(?:\w+ )?{_C_LANG}|\bbrzmi (?:bardzo |zdecydowanie )(?:jak|na) (?:\w+ )?{_C_LANG}|"
        rf"\bklinkt (?:echt |erg |sterk |duidelijk )als (?:een )?(?:\w+ )?{_C_LANG}|"
        rf"\b(?:that'?s|this is) your diagnosis\b|\byour diagnosis is\b|\bi(?:'d| would)? diagnose you\b|"
        rf"\b(?:tienes|padeces|sufres(?: de)?|eres) (?:un |una )?(?:tdah|toc|tept|bipolar|depresi[oó]n|trastorno \w+|"
        rf"autis\w+|anor[eé]xic\w*|bul[ií]mic\w*|ansiedad generalizada|psic[oó]tic\w*)|"
        rf"\b(?:vous avez|tu as|vous [êe]tes|tu es|vous souffrez d[e']|tu souffres d[e']) ?(?:un |une )?(?:bipolaire|tdah|"
        rf"toc|d[ée]pression|trouble \w+|autiste|anorexique|boulimique|borderline|psychotique|narcissique)|"
        rf"\b(?:du hast|sie haben|du bist|sie sind|du leidest an) (?:eine |einen )?(?:depression\w*|adhs|zwangsst[öo]rung|"
        rf"\w*st[öo]rung|bipolar|autist\w*|borderline|magers[üu]chtig|psychose|psychotisch|narzisst\w*)|"
        rf"\b(?:voc[êe] tem|tu tens|voc[êe] [ée]|voc[êe] sofre de) (?:um |uma )?(?:transtorno|tdah|toc|depress[ãa]o|"
        rf"bipolar|autis\w+|anor[ée]xic\w*|bul[íi]mic\w*)|"
        rf"\b(?:hai|lei ha|sei|soffri di) (?:un |il |la |una )?(?:disturbo|adhd|doc|depressione|bipolare|autis\w+|"
        rf"anoressic\w*|bulimic\w*|psicotic\w*)|"
        rf"\b(?:masz|jeste[śs]|cierpisz na) (?:chorob\w+|zaburzeni\w+|depresj\w+|adhd|ocd|dwubiegunow\w+|autyzm\w*|"
        rf"nerwic\w+|anoreksj\w+|bulimi\w+)|你(?:得了|有|患有|是)[^。，,！!？?]{{0,8}}(?:症|障碍|病)|"
        # reply round seven: the general form in English with a qualifier before the label ("this is
        # postnatal depression"), and "this is / you have / you are <label>" in es fr de it pt pl nl sv
        rf"(?:^|(?<=[.!?,;:\n])\s*|\b(?:so|and|yes|well|honestly|okay|ok)\s+)(?:that|this|it)(?:'s| is) "
        rf"(?:{_DX_QUALIFIER} ){{1,2}}{_C}\b|"
        # replies round twenty-seven: the label asserted in a sentence without a subject ("To choroba dwubiegunowa, na
        # pewno.", "È depressione maggiore", "Es depresión, clarísimo"), and "你这就是焦虑症"
        rf"(?:^|(?<=[.!?]\s))to {_DX_CERT_SP}(?:\w+ )?(?:chorob\w+ dwubiegunow\w+|dwubiegunow\w+|depresj\w+|"
        rf"zaburzeni\w+ (?:\w+n[ea]|\w+ow[ea]|osobowo[śs]ci|od[żz]ywiania)|"
        rf"nerwic\w+|anoreksj\w+|bulimi\w+|psychoz\w+|schizofreni\w+|autyzm\w*)\b"
        # review27: not "this disorder" as the subject of what follows ("To zaburzenie odżywiania, o które pytasz,
        # jest uleczalne")
        rf"(?!,? (?:o |z |w |na )?któr\w+| (?:jest|s[ąa]|bywa|mo[żz]na)\b)|"
        rf"(?:^|(?<=[.!?]\s))(?:[èé]|es) {_DX_CERT_SP}(?:una? |um |uma )?(?:\w+ )?"
        rf"(?!trastorno|trouble|disturbo|transtorno|zaburzeni|\w*stoornis|\w*st[öo]rung|\w*syndrom|\w*störning){_C_LANG}|"
        rf"你这(?:就|明显|肯定|绝对|分明|显然)?是[^。，,！!？?的不]{{0,8}}(?:症|障碍)(?!状|吗|么|呢)|"  # review27: not asked
        # replies round twenty-eight: a label said as an adjective of the client with a word of certainty ("you're
        # obviously depressed", "du bist ganz offensichtlich depressiv"; not "you're obviously feeling low"), and the
        # Turkish label with the copula ("sen kesinlikle bipolarsın"; not "bipolarsın diye düşünmüyorum")
        rf"\byou(?:'re| are) (?:so |just )?(?:obviously|clearly|definitely|certainly|undoubtedly|plainly) "
        rf"(?:clinically )?(?:depressed|anorexic|bulimic|bipolar|psychotic|manic|autistic|schizophrenic|narcissistic)\b"
        # review28: a feeling with its object is not a label ("obviously depressed about losing the job", "clearly
        # manic about this project")
        rf"(?! (?:about|over|at|with|that|because|since|after)\b)|"
        rf"\bdu bist (?:ja |doch |ganz |so )*(?:offensichtlich|eindeutig|klar|definitiv|sicher|nat[üu]rlich|klinisch) "
        rf"(?:depressiv|magers[üu]chtig|bipolar|psychotisch|autistisch|narzisstisch|manisch|bulimisch)\b|"
        # review28: not denied or said as a maybe ("bipolarsın demiyorum", "depresyondasın demek değil", "depresifsin
        # anlamına gelmez", "belki depresyondasın")
        rf"\b(?<!belki )(?<!sanki )(?<!acaba )(?<!belki sen )(?:sen )?(?:(?:kesinlikle|kesin|a[çc][ıi]k[çc]a|belli ki|bariz|resmen|apa[çc][ıi]k) )?(?:bir )?"
        rf"(?:bipolar|depresyonda|depresif|obsesif|narsist|anoreksik|bulimik|otistik|[şs]izofren|psikotik)s[ıi]n\b"
        rf"(?! ?(?:diye|gibi|m[ıi]|mi|demek|demiyorum|diyemem|denemez|anlam\w*|de[ğg]il\w*)\b)|" + _DX_LANG,
        re.IGNORECASE,
    )

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        s, e = _sentence(text, m)
        if text[e:e + 1] == "?" or _DX_HEDGE.search(text, s, m.start()):
            return False
        # reply round seven: a negation inside the match ("du hast keine Depression", "je hebt geen
        # ADHD"), or another language's hedge before it in the sentence
        if _DX_NOT.search(m.group(0)) or _DX_HEDGE_LANG.search(text, s, m.start()):
            return False
        # the client named it first ("I have PTSD"): said back, not a diagnosis, unless said with certainty
        label = _WORD.findall(m.group(0).lower())[-1][:5]
        certain = re.search(r"\b(?:clearly|definitely|obviously|certainly|textbook|classic|no doubt|i can tell|plain)\b",
                            text[s:e], _I) or _DX_CERTAIN_LANG.search(text, s, e)
        return not (len(label) >= 3 and label in client.lower() and not certain)

    pattern = re.compile(pattern.pattern + "|" + _DX34B, re.IGNORECASE)  # replyblind34b


# -- dismissive, minimising, blaming --------------------------------------------------------------

class Dismissive(_CounsellorCheck):
    name = "dismissive"
    reason = "dismissive_language"
    weight = 0.6
    hedge = _HEDGED
    recommendation = "dismissive or shaming language harms clients: drop or rewrite the turn"
    learned_cared = (SAFETY_LANGS, _ANSWERED35A)  # replyblind35a: the blame placed on the abuser, the ED's voice named
    pattern = re.compile(
        # replyblind33: "So what?" / "Na und?" opening the reply (en de fr es it pt)
        r"(?:^|(?<=[.!?] ))(?:so what|na und|und wenn schon|et alors|y qu[ée]|e allora|e da[íi])\s?\?|"
        # replyblind33: the disclosure put off for want of time ("we don't really have time for that today"), the subject
        # changed to small talk ("Anyway, did you see the match?")
        r"\b(?:we|i) (?:don'?t|do not) (?:really )?have (?:the )?time for (?:that|this|all that)(?: today| now| right now| here)?\b|"
        r"(?:^|(?<=[.!?] ))(?:anyway|anyhow|moving on|changing the subject)[,.!]? (?:did you (?:see|watch|catch|hear)|have you (?:seen|watched|heard)|"
        r"how was your|what are you (?:up to|doing)|so what are you)\b|"
        # replyblind30: brushing off in ru tr ("хватит ныть", "возьми себя в руки", "abartma bu kadar", "kendine gel")
        r"\b(?:хватит (?:ныть|жаловаться|страдать)|возьми себя в руки|abartma(?:yı bırak)?|kendine gel)\b|"
        r"\b(?:get over it|just get over|stop (?:being|acting) (?:so )?(?:dramatic|sensitive|weak|selfish|a baby|needy)|"
        r"you'?re (?:just |being |so |too |a bit |such a )?(?:overreacting|being dramatic|dramatic|attention[- ]seeking|"
        r"pathetic|crazy|weak|lazy|needy|childish|ridiculous|hysterical|melodramatic|spoil(?:ed|t)|ungrateful|"
        r"a drama queen|a baby|oversensitive|over-sensitive|not that interesting)|"
        r"man up|(?:just|you (?:need|have) to) snap out of it|it'?s all in your head|"
        r"other people have it (?:way |much )?worse|stop (?:whining|complaining|moaning|sulking|wallowing)|"
        r"(?:just|you need to) grow up|what'?s wrong with you|(?:being )?(?:way |far |so )?too sensitive|nobody cares|"
        r"stop feeling sorry for yourself|(?:don'?t|do not) (?:really )?have time for this|the problem is you|"
        r"a you (?:problem|thing)|this again\?|we'?ve been over this|move on already|cry me a river|"
        r"(?:that'?s|this is|it'?s) (?:a bit |so |just |really |rather |pretty )?(?:childish|ridiculous|silly|pathetic|"
        r"absurd|nonsense)|toughen up|harden up|pull yourself together|get a grip|suck it up|"
        r"(?:grow |get |need )?(?:a )?thicker skin|grow out of it|(?:it'?s|this is) (?:just )?a (?:trend|fad)\b|"
        r"you should be ashamed|shame on you|just an excuse|(?:saying|doing) (?:that|it|this) for attention|"
        r"you always say that|not this again|let'?s not (?:get into|go over|go into) (?:all )?(?:that|this)|"
        # replyblind31: the past a client asks to talk about waved away ("let's not dig up the past today")
        r"(?:let'?s not|no need to|(?:don'?t|do not|why) (?:\w+ )?) ?(?:dig|rake|dredge|drag) (?:up|out) (?:the past|old (?:stuff|wounds|things|history)|"
        r"all that|(?:all )?that (?:old )?stuff)|"
        r"you worry about everything|(?:that'?s|it'?s) your problem|not as bad as you make (?:out|it)|"
        r"a mountain out of a molehill|next topic|don'?t be (?:so )?(?:dramatic|silly|sensitive|soft|negative|childish)|"
        r"because you (?:complain|moan|whine|overthink|worry) (?:so much|too much|all the time)|"
        r"pare de drama|deja de (?:quejarte|llorar)|pareces un niñ[oa]|(?:vous )?exag[ée]rez|tu exag[èe]res|"
        r"arrête de te plaindre|arrête de pleurer|hör auf zu (?:jammern|heulen)|stell dich nicht so an|"
        r"übertreib\w* (?:mal )?nicht|reiß dich zusammen|frescura|(?:fare|fai) la vittima|"
        r"smettila di (?:lamentarti|piangere)|nie przesadzaj|weź się w garść|"
        # third round: the client's feelings made a fault of theirs, their time with the counsellor a waste
        r"respect is earned|(?:that'?s|it'?s|this is) (?:just )?an excuse(?! to)|just stop (?:doing (?:it|that)|comparing|"
        r"worrying|thinking about it|it)|stop making (?:everything|it|this|things) (?:all )?about (?:you|yourself)|"
        r"not everything is about you|(?:the world|everything) (?:doesn'?t|does not) revolve around you|"
        r"(?:waste|wasting) (?:the|our|my|this) (?:session|time) on|this (?:is not|isn'?t) a complaints (?:department|desk|line)|"
        r"don'?t be (?:so )?(?:daft|stupid|ridiculous|absurd)|you say that every time|"
        r"everyone'?s (?:\w+ )?(?:traumati[sz]ed|depressed|anxious|autistic|offended|a victim)(?: by everything)? "
        r"(?:these days|nowadays)|(?:isn'?t|is not|not) a good look|(?:a bit|rather|quite|pretty|very|so|being) self-absorbed|"
        r"(?:you'?re|you are|being) (?:\w+ )?(?:too|so|very) touchy|"
        r"maybe (?:it|this|therapy|uni|university|college|parenting|the job|counselling) (?:just )?(?:isn'?t|is not|'s not) "
        r"for you|people (?:get|got|will get) tired of (?:hearing|listening)|let'?s move on to something (?:more )?(?:productive|useful)|"
        r"you sulking|"
        r"liegt (?:es |das )?(?:ja |wohl |vielleicht |doch )?an dir|(?:sei|sein) (?:\w+ )?(?:mal )?weniger empfindlich|"
        r"permalos[ao]|deixa de ser (?:mimad[oa]|fresc[oa]|dramátic[oa])|(?:isso é|que) bobagem|qu[eé] tonter[ií]a|"
        r"deja de inventarte|sup[ée]ralo|no eres (?:un caso )?especial|pas un cas sp[ée]cial|te secouer|secoue-toi|"
        r"nie r[óo]b z tego dramatu|non tutto ruota intorno a te|"
        r"(?:that'?s|sounds like|this is|it'?s|that is) (?:just |a lot of |a bit of )?self-pity|nobody owes you|"
        # reply round twelve: pushing through "like the rest of us", "doe niet zo moeilijk"
        r"(?:push|get|power|plough|plow) through (?:it )?like (?:the rest of us|everyone else|everybody else)|"
        r"doe (?:nou )?niet zo (?:moeilijk|dramatisch|overdreven|raar)|"
        r"c'est ridicule|es rid[ií]culo|[èe] ridicolo|[ée] rid[íi]culo|to (?:jest )?(?:[śs]mieszne|absurdalne)|dat is belachelijk|"
        r"das ist (?:doch )?l[äa]cherlich|"
        # replies round fourteen: exaggerating, all in the head, a drama, get over it, in es fr de it pt
        r"(?<!no )(?<!non )(?<!n[ãa]o )(?:est[áa]s|stai|est[áa]s a|voc[êe] est[áa]) (?:exagerando|esagerando|exagerar)|"
        r"du [üu]bertreibst(?! nicht)|du steigerst dich (?:da )?(?:nur |so |zu sehr )?(?:rein|hinein)|"
        r"c'est (?:tout |juste |seulement )?dans ta t[êe]te|(?:[èe] )?tutto nella tua testa|sono (?:tutte |solo )?(?:paranoie|fisime)|"
        r"est[áa] (?:tudo |s[óo] )?na tua cabe[çc]a|est[áa] (?:todo |solo )?en tu cabeza|tienes que superarlo|"
        r"non farne un dramma|no hagas (?:un )?drama|n'en fais pas (?:tout )?un (?:drame|plat|fromage)|mach (?:doch )?kein drama|"
        r"n[ãa]o fa[çc]as (?:um )?drama|irgendwann muss man (?:auch )?(?:mal )?loslassen|arr[êe]te de te faire des films|"
        r"tens de ser (?:mais )?forte|smettila di pensarci)|矫情|别装了|别小题大做|你想太多了|没空管你",
        re.IGNORECASE,
    )
    # brushing the client off once the reply has turned from acknowledging them
    after = re.compile(
        r"\byou'?re (?:just |really |totally |simply |way |probably )?(?:overthinking|over-thinking|reading (?:way |far |much |a lot )?"
        r"too much into|making (?:too much|a (?:big )?deal|such a (?:big )?deal|a fuss|a drama))|"
        r"\b(?:stop|quit) (?:making|being) (?:such |so )?(?:a )?(?:big deal|fuss|silly|soft|precious|a baby|dramatic)|"
        r"\bmaking (?:such )?a big deal (?:out )?of\b|\b(?:a lot of|such a|so much) fuss (?:over|about) nothing\b|"
        r"\bjust (?:let it go|get over (?:it|yourself)|move on|forget (?:it|about it))\b|"
        r"\b(?:dwelling|worrying|crying|thinking) (?:on|about) it (?:is|gets you) (?:pointless|useless|nowhere)\b|"
        r"\b(?:so )?just stop (?:thinking|worrying|crying|obsessing) about it\b|\bnobody is (?:thinking|looking) about you\b|"
        r"\bit'?s (?:just|only) an? (?:phone call|text|comment|email|joke|report|message|party)\b|"
        r"\bblowing (?:this|it|things) (?:way |completely )?out of proportion\b|\bget over yourself\b|"
        r"\bstop being (?:so )?(?:silly|sensitive|soft|negative)\b|\boh please\b|\b(?:just )?(?:calm down|chill out|relax),|"
        r"\b(?:the )?fashionable (?:thing|diagnosis)\b|\beveryone'?s (?:depressed|anxious|autistic|traumati[sz]ed) these days\b|"
        r"\bstop (?:making|being) (?:such )?a (?:fuss|scene|drama)\b|\bnot (?:this|that) again\b|\bnot (?:worth|something to) (?:getting|get) upset about\b|"
        r"\b(?:try to|just|you need to|you have to) keep it together\b|"
        r"\byou'?re (?:a )?grown (?:adult|man|woman|up)\b|\bthat'?s the deal\b|\bproblem solved\b|"
        r"\b(?:you'?re|you are) asking too much\b|\bgoing on about\b|\bnot a (?:war|warzone)\b|"
        # reply round eight: told to stop feeling it, think positive, deal with it, toughen up; in
        # English and es fr de it pt pl nl sv
        r"\b(?:just )?(?:deal with it|move on|think positive|stop (?:moping|dwelling|worrying))\b|"
        r"\b(?:you'?re|you are) (?:being )?paranoid\b|"
        r"\bdon'?t make a drama\b|\bmake a drama out of\b|\bsnap out of it\b|\bponte las pilas\b|\bdeja de (?:quejarte|llorar|pensar en eso)\b|"
        r"\barr[êe]te de (?:te plaindre|pleurer|y penser|dramatiser)\b|\bon a tous des soucis\b|\bh[öo]r (?:auf|endlich auf),? (?:dich so anzustellen|zu jammern)\b|\bsmettila di (?:lamentarti|piangere)\b|\bpensa positivo\b|"
        r"\bpara de (?:drama|reclamar|chorar)\b|\bprzesta[ńn] (?:przesadza[ćc]|narzeka[ćc]|my[śs]le[ćc])\b|\bstel je niet (?:zo )?aan\b|"
        r"\bsluta (?:gn[äa]ll|[öo]verdriva)\b|\bryck upp dig\b|"
        # reply round twelve: the feared thing made small ("it's just the dentist", "to tylko lekarz"), in English and
        # es fr de it pt pl nl
        r"\b(?:it'?s|its|that'?s|es|c'est|das ist|ist doch|[èe]|[ée]|to|het is) (?:just |only |solo |juste |seulement |doch nur |nur |"
        r"s[óo] |tylko |maar )(?:the |a |an |un |una |une |ein |eine |um |uma |een )?(?:dentist|doctor|flight|plane|exam|test|"
        r"interview|date|haircut|meeting|presentation|phone call|call|lekarz|dentysta|colloquio|entrevista|entretien|"
        r"vorstellungsgespr[äa]ch|sollicitatiegesprek|llamada|appel|anruf|chiamata|liga[çc][ãa]o|tandarts|arzt|zahnarzt|"
        r"m[ée]dico|medico|dentista|dentiste|vlucht|vuelo|vol|flug|volo|voo|lot)\b|"
        # replies round fourteen: overanalysing, "let it go", the feeling called selfish, a deadline on grief
        r"\byou'?re (?:just |really |always |probably )?(?:over-?analy[sz]ing|overdoing it)\b|(?:^|(?<=[.!?] ))let it go\b|"
        r"\b(?:that'?s|it'?s|you'?re being|that is) (?:a bit |rather |so |very |quite |pretty )?selfish\b|"
        r"\bshouldn'?t (?:still )?(?:be|feel|hurt) (?:this|that|so) (?:raw|bad|much)\b|"
        r"(?:^|(?<=[.!?] ))moving on[.!]", _I)
    brief = re.compile(r"\b(?:(?:so|anyway|right|okay|ok),? (?:well,? )?(?:let'?s|we should) move on|"
                       r"(?:okay|ok|right),? anyway\b|let'?s move on)", _I)

    def examine(self, view: ConversationView) -> str | None:
        # replyblind31b: a new topic opened on a distressed client (``topic_change31b``)
        found = super().examine(view)
        if found is not None and "learned" in found and all_warm34b(view.messages[flagged_turn(found)].content):
            found = None  # replyblind34b: gladness or sympathy alone brushes nothing off
        if found is not None and "learned" in found and invites_on35b(view.messages[flagged_turn(found)].content):
            found = None  # replyblind35b: a short reply that ends inviting the client on brushes nothing off
        return found or topic_change31b(view)

    pattern = re.compile(pattern.pattern + "|" + _DISMISS34B, re.IGNORECASE)  # replyblind34b
    pattern = re.compile(pattern.pattern + "|" + _DISMISS35B, re.IGNORECASE)  # replyblind35b


_DISTRESS_CLIENT = re.compile(
    r"\b(?:died|death|dead|passed away|lost|los(?:e|ing)|cry\w*|sad|depress\w*|anxi\w*|panic\w*|alone|lonely|scared|"
    r"terrified|worthless|hopeless|falling apart|griev\w*|grief|heartbro\w*|breaking my heart|can'?t (?:sleep|eat|stop|"
    r"cope)|struggl\w*|overwhelm\w*|afraid|hurt\w*|pain|suicid\w*|kill\w*|rap(?:e|ed)|assault\w*|abus\w*|attack\w*|"
    r"left me|hate myself|failed|desperat\w*|miserable|devastated|ashamed|empty|numb|exhausted|pills|overdos\w*|"
    r"mort|muerto|murió|gestorben|morreu|morto|triste|seul\w*|sol[oa]|allein|cancer|diagnos\w*|desesperad\w*|"
    r"d[ée]sesp[ée]r\w*|verzweifelt|disperat\w*|smutn\w*|samotn\w*|zmar\w*|angoiss\w*|angst|ansia|ansiedad)\b|"
    r"难过|伤心|痛苦|去世|死|焦虑|绝望|孤独", _I)
# distress told in the first person in es fr de it pt pl nl sv (crying, sad, feeling bad, hopeless,
# alone) and everything feeling pointless or awful (reply round eight): the terse, short-reply
# and minimising checks' own contexts (``_DISTRESS_CLIENT`` is a cue of the learned stage, left as trained)
_DISTRESS_LANG = re.compile(
    r"\b(?:(?:everything|life|it all) (?:feels?|is|seems) (?:so |really |completely |totally )?(?:pointless|meaningless)|"
    r"i (?:feel|felt) (?:so |really |completely |totally )?(?:pointless|awful|terrible|horrible|like shit|rubbish)|"
    r"llor(?:o|ar|ando|é|aba)|me siento (?:fatal|mal|vac[ií][oa]|in[úu]til)|estoy (?:fatal|hecha polvo|hecho polvo)|"
    r"deprimid[oa]|agobiad[oa]|sin esperanza|"
    r"pleur(?:e|er|é|ais|ait|s)|je me sens (?:mal|nul\w*|vide|seule?)|d[ée]prim[ée]e?|"
    r"weine|weinen|geweint|traurig|(?:mir geht(?:'s| es)|mir ging(?:'s| es)) (?:\w+ ){0,3}schlecht|hoffnungslos|einsam|"
    r"piang(?:o|ere|endo)|sto male|mi sento (?:male|vuot[oa]|inutile|gi[uù])|"
    r"chor(?:o|ar|ando|ei|ava)|me sinto (?:mal|vazi[oa]|in[úu]til|p[ée]ssim[oa])|t[ôo] mal|estou (?:mal|p[ée]ssim[oa])|"
    r"p[łl]acz[ęe]|p[łl]aka[ćc]|czuj[ęe] si[ęe] (?:[źz]le|fatalnie|pusta|pusty)|"
    r"huil(?:en|de)?|verdrietig|eenzaam|ik voel me (?:slecht|rot|leeg|waardeloos)|"
    r"gr[åa]ter|gr[åa]t|ledsen|ensam|m[åa]r (?:s[åa] |j[äa]tte )?d[åa]ligt|orkar inte|"
    # a death or a breakup told in those languages
    r"(?:is|zijn|was) (?:\w+ )?dood|[äa]r d[öo]d|overleden|gestorven|avled|verstorben|d[ée]c[ée]d[ée]e?|falleci\w*|"
    r"me (?:dej[óo]|dejaron)|m'a quitt[ée]e?|hat mich verlassen|mi ha lasciat[oa]|terminou comigo|zostawi[łl]\w*|"
    r"heeft me verlaten|l[äa]mnade mig|rozstani\w*|za[łl]aman\w*|kapot van|"
    # reply round twelve: a grave illness, a child or parent who no longer speaks to the client, no one who calls
    r"c[áâa]ncer|krebs|kanker|rak|nowotw\w*|tumou?r\w*|terminal\w*|"
    r"non mi parla|no me habla|ne me parle plus|spricht nicht mehr mit mir|n[ãa]o fala (?:mais )?comigo|nie odzywa si[ęe]|"
    r"praat niet meer met me|(?:won'?t|doesn'?t|don'?t) (?:speak|talk) to me|jestem (?:\w+ )?sam[ao]?|"
    r"nikt (?:do mnie|mnie|nie)|nadie me|personne ne m|niemand (?:ruft|meldet|belt)|nessuno mi|ningu[ée]m me|"
    r"perdi (?:o|a|meu|minha)|perd[ií] (?:a|al|el|mi)|j'ai perdu|ich habe (?:\w+ )?verloren|straci[łl]\w*|ik ben (?:\w+ )?verloren|"
    r"krankenhaus|hospital|h[ôo]pital|ospedale|szpital\w*|ziekenhuis|gek[üu]ndigt|entlassen|despedid[oa]|licenci[ée]e?|"
    r"licenziat[oa]|demitid[oa]|zwolnion[aey]|ontslagen|fired|laid off|killed (?:himself|herself)|anniversary|"
    # replies round fourteen: fear, shame, exhaustion, panic, humiliation and failure told in the first
    # person, in English and es fr de it pt; a death, dementia and a stay in hospital in more forms
    r"(?:i'?m|i am|i feel|i felt|i was|i'?ve been|feeling) (?:so |really |very |completely |totally |absolutely )?"
    r"(?:humiliated|burn(?:t|ed)[ -]?out|frightened|shaking|guilty|upset|worn (?:down|out)|"
    r"(?:like )?a (?:complete |total )?failure)|i (?:just )?can'?t (?:concentrate|focus|get up)|"
    r"(?:i'?m|i am|i feel|i'?ve been) (?:so|really|very) (?:low|down)\b(?! (?:to|for|on|with|at)\b)|"
    r"i (?:have|had|get|keep having) panic attacks?|my panic attacks?|"
    r"tengo (?:mucho |tanto )?miedo|estoy (?:muy |tan )?(?:asustad[oa]|agotad[oa]|ansios[oa]|humillad[oa])|"
    r"me (?:da|siento con|muero de) verg[üu]enza|me siento (?:un |una |como un |como una )?(?:fracas\w*|humillad[oa])|"
    r"ataques? de p[áa]nico|j'ai (?:tr[èe]s |si |tellement )?(?:peur|honte)|"
    r"je (?:suis|me sens) (?:\w+ )?(?:[ée]puis[ée]e?|humili[ée]e?|effondr[ée]e?|perdue?)|crises? d'angoisse|je panique|"
    r"ho (?:tanta |molta |una gran )?(?:paura|vergogna)|mi vergogno|"
    r"(?:sono|mi sento) (?:\w+ )?(?:esaust[oa]|umiliat[oa]|fallit[oa]|un fallimento|ansios[oa])|sto malissimo|"
    r"tenho (?:muito |tanto )?(?:medo|vergonha)|(?:estou|sinto-me|me sinto) (?:\w+ )?(?:exaust[oa]|sozinh[oa]|humilhad[oa]|"
    r"um fracasso|ansios[oa])|(?:muita |tanta |tenho |com )ansiedade|(?:est[áa]|foi|ficou) internad[oa]|crises? de p[âa]nico|"
    r"ich (?:habe|hab) (?:so |solche |gro[ßs]e |total )?angst|ich sch[äa]me mich|geschämt|panikattacken|"
    r"(?:bin|f[üu]hle mich) (?:\w+ )?(?:ersch[öo]pft|[üu]berfordert|hilflos|gedem[üu]tigt|wie ein versager|ein versager)|"
    r"est (?:\w+ )?morte?|[èe] mort[ao]|morreu|(?:tiene|tem|hat|a|ha) (?:\w+ )?(?:demencia|dem[êe]ncia|demenz|d[ée]mence|demenza|alzheimer))\b", _I)
_UNIVERSAL = (r"(?:everyone|everybody|we all|all of us|lots of people|loads of people|so many (?:people|women|men)|"
              r"all couples|all marriages|most people)")


# replyblind31: session logistics, lateness and thanks ("sorry I was late, bus was a nightmare", "Gracias por la sesión,
# nos vemos el martes", "Ich bin mir nicht sicher, ob ich nächste Woche kann"): a client turn of these with no distress
# and no risk has nothing a reply could minimise, so the learned and semantic stages' minimising flag is dropped on it
_LOGISTICS31 = re.compile(
    r"\b(?:see you|thanks? (?:you )?for (?:today|the session|this|your time|listening)|running late|late|reschedul\w*|"
    r"next (?:week|session|time)|session|appointment|confirm\w*|nos vemos|hasta (?:el|la|ma[ñn]ana|luego)|gracias por|"
    r"sesi[óo]n|cita|merci pour|s[ée]ance|rendez-vous|danke f[üu]r|sitzung|termin|n[äa]chste woche|grazie per|seduta|"
    r"appuntamento|a (?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì])|obrigad[oa] pela|sess[ãa]o|consulta|"
    r"dzi[ęe]ki|do zobaczenia|sesj\w*|wizyt\w*)\b", _I)


def _logistics_only(view: ConversationView, j: int) -> bool:
    # "the bus was a nightmare": an idiom, not a nightmare had (no client turn before: "", which matches nothing)
    client = re.sub(r"\b(?:was|is|been|what) an? (?:absolute |total |complete |bit of a )?nightmare\b", " ",
                    _client_before(view, j), flags=_I)
    return (_LOGISTICS31.search(client) is not None and _DISTRESS_CLIENT.search(client) is None
            and _DISTRESS_LANG.search(client) is None and _TERSE_CLIENT.search(client) is None
            and prescreen.search(_DISTRESS_LANGS, client) is None)


# replyblind31b: the client asks whether a feeling is normal ("Is it normal to feel this nervous before a first date?")
_ASKS_NORMAL31B = re.compile(r"\b(?:is (?:it|this|that) (?:normal|common|usual|ok|okay)|do (?:other )?people (?:usually )?(?:feel|get)|"
                             r"does everyone (?:feel|get)|es normal|c'est normal|ist (?:das|es) normal|[èe] normale|[ée] normal|"
                             r"czy to normalne|is dat normaal)\b[^.!]*\?", _I)


class Minimising(_CounsellorCheck):
    name = "minimising"
    reason = "minimising"
    weight = 0.5
    semantic = True
    recommendation = "minimising a client's distress ('be grateful', 'everyone has bad days') is not counselling"
    learned_cared = (SAFETY_LANGS, _ANSWERED35A)  # replyblind35a: the blame placed on the abuser, the ED's voice named
    pattern = re.compile(
        _MINIMISE31 + "|" + _MINIMISE31B + "|" + _MINIMISE34 + "|" r"\bcount your blessings\b|\b(?:it'?s|that'?s|this is) (?:really )?not (?:that bad|as (?:bad|serious)|a big deal|"
        r"so bad)\b|\bnot as (?:bad|serious) as\b|\b(?:you'?ll|u'?ll|ull) (?:get over (?:it|him|her|them)|be back to normal|be over (?:it|him|her|them))|"
        r"\bback to normal in\b|\bcheer up\b|\blook on the bright side\b|\bjust a phase\b|\bit'?s just nerves\b|"
        r"\btry not to dwell\b|\bchin up\b|\b(?:try to|just|you should|you need to) smile more\b|\bnever as bad as (?:it|they) seems?\b|"
        r"\b(?:it )?could (?:always )?be (?:a lot |much |so much )?worse\b|\bwould kill for\b|"
        r"\b(?:some|other|plenty of|lots of) people (?:don'?t even have|have it (?:much |way |far )?worse|(?:go through|have|deal "
        r"with|face) (?:far |much |way |a lot )?worse)\b|"
        r"\bwelcome to (?:adulthood|the real world|the club|adult life|being a grown-?up)\b|"
        r"\bdon'?t make it a (?:thing|big deal)\b|"
        # replies round twenty-eight: "try not to make it into a bigger deal than it is"
        # review28: not the client's own act described ("you don't make it a bigger deal by talking about it") nor
        # someone else's words told back ("he told you to stop trying to make it ...")
        r"\b(?<!you )(?<!to )(?<!they )(?<!people )(?:don'?t|try not to|no need to|stop trying to) make (?:it|this|that)(?: into)? (?:a )?(?:bigger|big|huge) "
        r"(?:deal|thing|problem) than (?:it|this|that) (?:is|really is)\b|\byou'?re worrying about nothing\b|"
        r"\byou have no reason to (?:feel|be)\b|\bnothing (?:really )?happened to you\b|"
        r"\byou don'?t really mean (?:that|it)\b|\b(?:should|ought to) be (?:past|over) (?:it|this|that) by now\b|"
        r"\bhardly a (?:problem|big deal|tragedy)\b|\bit'?ll (?:sort itself out|blow over)\b|\bjust push through\b|"
        r"\bit happens to (?:everyone|everybody|all of us|us all)\b|"
        r"\b(?:it'?s|that'?s) the same for (?:all of us|everyone|everybody)\b|\bfriends come and go\b|"
        r"\bplenty (?:more|of other) fish\b|\b(?:it|he|she|that) was only an? \w+\b|\bonly an? (?:dog|cat|pet|job|game|"
        r"exam|test|party)\b|\bjust an? (?:little )?(?:scratch|graze)\b|\bget an? (?:new )?(?:puppy|kitten|dog|cat)\b|"
        r"\b(?:it'?s|this is|that'?s) (?:probably |only |just |all )(?:just )?(?:stress|the weather|hormones|tiredness|"
        r"nerves|your age|a bad day|a bad week|in your mind)\b|\b(?:weren'?t|wasn'?t) (?:that|very|really|even) close\b|"
        r"\bsomething to celebrate rather\b|\brather than be sad\b|\b(?:she|he|they) had a (?:long|good|full) life\b|"
        r"\bhalf of all (?:marriages|couples)\b|"
        r"\bes ley de vida\b|\bno pasa nada\b|\bno es (?:nada(?! de lo que| de qu[eé]| que)|para tanto)\b|\btodos tenemos (?:días malos|problemas)\b|"
        r"\bpodr[ií]a ser peor\b|\btout le monde passe par là\b|\bce n'est rien\b|\bc'est pas (?:si )?grave\b|"
        r"\bce n'est pas (?:si |bien )?grave\b|\bça va passer\b|\bdas geht allen (?:mal )?so\b|"
        r"\b(?:ist )?(?:doch )?nicht (?:so )?schlimm\b|\bhalb so wild\b|\bdas wird schon wieder\b|"
        r"\bbola pra frente\b|\bn[ãa]o [ée] nada\b(?! de que| que| do que)|\bpoderia ser pior\b|"
        r"\bacontece com todo mundo\b|\bcapita a tutti\b|\bnon è niente\b|\bpasserà\b|\bkażdy tak ma\b|"
        r"\bprzejdzie ci\b|\bmogło być gorzej\b|没什么大不了|大家都会|会过去的|别想太多|"
        # third round: comparing the client's pain away, counting their luck, a happy ending foretold
        r"\bfirst[- ]world problems?\b|\b(?:count|consider) yourself (?:lucky|fortunate|blessed)\b|"
        r"\bthink (?:of |about )?how (?:lucky|fortunate) you are\b|\byou should (?:feel|be) (?:so |really |very )?"
        r"(?:lucky|thankful|grateful)\b|(?:^|[.!?]\s+|,\s*|\bjust |\bso |\btry to )be (?:thankful|grateful) (?:for what you|that you|you still)\b|"
        r"\b(?:could|might) have been (?:a lot |much |so much |far |way )?worse\b|"
        r"\b(?:people|others|someone|many|plenty|who|(?:a )?lots? of (?:people|others))(?: would|'d) (?:give anything|swap with you|"
        r"trade places with you|love to have your)\b|"
        r"\b(?:people|others|folks|plenty of people|lots of people) (?:who )?(?:have|has|had) it (?:much |far |way |a lot |so much )?"
        r"(?:harder|worse|tougher)\b|\b(?:people|others|plenty|many|lots) (?:are |who are )?(?:much |far |way |a lot )?worse off\b|"
        r"\bcompared (?:to|with) (?:real|actual|proper) (?:problems|issues|trauma|suffering)\b|\bvrais problèmes\b|"
        r"\b(?:got|get|getting) off (?:lightly|lucky|easy)\b|\bdodged a bullet\b|"
        r"\b(?:you'?ll|you will) look back on (?:this|it|all this) and laugh\b|"
        r"\bdon'?t (?:waste|cry) (?:your )?tears\b|\bno use crying\b|"
        r"\b(?:it'?s|it was|that'?s|he'?s|she'?s|he was|she was) (?:just|only) (?:a |an )(?:dog|cat|pet|job|exam|test|game|"
        r"party|guy|girl|boy|man|dream|breakup|break-up|grade|interview|hamster|fish|bird|rabbit)\b(?! job| come)|"
        r"\b(?:it'?s|that'?s) (?:probably|almost certainly|most likely|surely) nothing\b(?! serious| to do| like)|"
        r"\b(?:right as rain|hardly the end of the world|not exactly the end of the world)\b|"
        r"\b(?:won'?t|will not|doesn'?t|does not) matter in (?:a|ten|five|\d+|a few|a couple of) (?:years?|months?|weeks?)"
        r"(?:'? time)?\b|\b(?:it'?s|that'?s|is|was) no tragedy\b|"
        r"\b(?:it|this|that|things)(?:'s| is| are)? (?:really |honestly |actually |probably )?(?:not|isn'?t|aren'?t|is not) "
        r"(?:nearly |half |anywhere near )?as bad as (?:it|you|they|things)\b|"
        r"\b(?:most|all) of them (?:have )?(?:just )?(?:got|get|gotten) on with it\b|\byou got the easy one\b|"
        r"\bpor el lado bueno\b|\bya se te pasar[aá]\b|"
        r"\bce n'est qu'une? (?!question)\w+|\bil y a (?:bien |tellement |des choses )?pire\b|\bc'[ée]tait (?:juste|seulement) une? \w+|"
        r"\bune de perdue\b|\bdas hat (?:doch )?jeder mal\b|\bdas hat doch jeder\b|"
        r"\b(?:ist|das ist|war) (?:doch |wirklich |echt )*nichts schlimmes\b|\bkopf hoch\b|"
        r"\bandere (?:haben|hat) (?:es )?(?:viel )?(?:schlimmer|schwerer)\b|\bsu con la vita\b|"
        r"\bc'è chi sta (?:molto |ben |tanto )?peggio\b|\bè (?:il|o) ciclo d[ae]l?l?a vida\b|\bciclo da vida\b|"
        r"\blogo passa\b|\bpensa positivo\b|\bto tylko (?:facet|pies|kot|praca|egzamin|chłopak|dziewczyna)\b|"
        r"\binni mają gorsze\b|\bnie przejmuj się tak\b|只是一[条个只][^。，,！!]{0,4}而已|谁没有[^。，,！!？?]{0,4}[？?]|"
        r"别想那么多|想开点|"
        # replies round fourteen: the client's pain compared away and gratitude demanded, in English and
        # es fr de it pt; positivity prescribed as the cure
        r"\bwould kill to\b|\b(?:just |so |try to )?be (?:thankful|grateful) (?:that )?(?:he|she|they|it)(?:'s| is| was| came| still| has| had)\b|"
        r"\b(?:good|positive) vibes only\b|\bpositivity (?:cures|fixes|is the (?:cure|answer|key))\b|"
        r"\bhay (?:gente|personas|quien(?:es)?) (?:que )?(?:est[áa]n? |lo pasan? |tienen? )?(?:mucho |bastante |muchísimo )?peor\b|"
        r"\bhay cosas (?:mucho )?peores\b|\bpeor es nada\b|\b(?:il )?y a (?:bien |tellement )?pire\b|"
        r"\bc'è (?:di |ben )?peggio\b|\bci sono (?:problemi|cose|persone|situazioni) (?:molto |ben )?(?:più gravi|peggiori)\b|"
        r"\bh[áa] quem (?:(?:esteja|est[áa]|passe) (?:bem |muito |muitíssimo )?pior|nem|n[ãa]o tenha)\b|\bh[áa] coisas (?:bem |muito )?piores\b|\bpodia ser (?:bem |muito )?pior\b|"
        r"\bes gibt (?:viel )?schlimmeres\b|\bandere haben (?:echte|richtige|wirkliche|gr[öo][ßs]ere) probleme\b|"
        r"\bjammern auf hohem niveau\b|\banderen geht(?:'s| es) (?:noch )?(?:viel )?schlechter\b|"
        r"\bsei (?:doch )?(?:froh und )?dankbar\b|\bdu (?:solltest|kannst) (?:froh und )?dankbar sein\b|\bestime-toi heureu\w*|"
        r"\bsois (?:content\w* et )?reconnaissante?\b|\bdeber[ií]as (?:estar|sentirte) (?:agradecid[oa]|content[oa])\b|"
        r"\bdovresti essere grat[oa]\b|\bsii grat[oa]\b|\bd[áa] gra[çc]as (?:a deus|por)\b|\bdeverias (?:estar|ser|ficar) grat[oa]\b",
        re.IGNORECASE,
    )
    # minimising as the substance of a short reply; asides in a long answer that explains and validates
    brief = re.compile(
        rf"\b{_UNIVERSAL} (?:has|have|gets?|goes through|go through|loses?|fights?|feels?|enjoys?) (?:a bit|a parent|"
        r"through|eventually|anxious|nervous|sad|down|low|stressed|problems|issues|it|that|this|a drink|like that|"
        r"bad days|(?:a )?rough patch(?:es)?|ups and downs|days like|"
        # replies round twenty-nine: "we all have lazy spells"
        r"(?:lazy|off|low|down|bad|blue|rough) (?:days|spells|patches|weeks|phases|moments))\b"
        # review29: not when the same sentence sets the client's apart ("Everyone has off weeks, yet two months of this
        # is not an off week", "We all have bad days, but this is more than a bad day")
        r"(?![^.!?]{0,80}\b(?:but|yet|though|although|however)\b[^.!?]{0,60}(?:\bmore than\b|\bnot (?:just |only |simply )?"
        r"(?:a|an|one)\b|\bisn'?t (?:just |only |simply )?(?:a|an|one)\b|\bdifferent\b|\bsomething else\b))|"
        rf"\bbut (?:at least|{_UNIVERSAL}|it could be worse|you'?ll be fine|it'?s (?:just|only|normal|part of))\b|"
        # replyblind33: worry made groundless ("you're worrying over nothing", "nobody is looking at you that closely"), a
        # simple cure offered for an illness ("exercise cures most of that stuff"), the past to stop dwelling on, "no drama"
        # in German ("das ist doch kein Drama")
        r"\b(?:worr(?:y|ying|ied)|fuss(?:ing)?|stress(?:ing)?|panick?(?:ing)?) (?:over|about) nothing\b|"
        r"\b(?:nobody|no one|no-one)(?:'s| is) (?:even |really )?looking at you (?:that|so) (?:closely|much|hard)\b|"
        r"\b(?:exercise|a run|running|yoga|fresh air|a walk|a good walk|going outside|sunshine|a cold shower) (?:cures|fixes|sorts(?: out)?|"
        r"solves|gets rid of) (?:most of |all of |pretty much )?(?:that|it|this|depression|anxiety|everything)\b|"
        r"\bstop dwelling (?:on|in) (?:the past|it|that|this)\b|"
        r"\b(?:ist|w[äa]re|is) (?:doch |ja |halt )?kein (?:drama|weltuntergang|grund zur sorge)\b|"
        # replyblind32: the burden made bearable by faith ("God only gives us what we can handle"), the client's lot made
        # something others envy ("others would love to have a son at all"), a symptom made harmless ("you are safe now so is
        # no problem, only dreams")
        r"\bgod (?:only )?gives (?:us|you) (?:only )?what (?:we|you) can (?:handle|bear|take|carry)\b|"
        r"\bgod (?:never|doesn'?t|does not|won'?t) gives? (?:us|you) more than (?:we|you) can (?:handle|bear|take|carry)\b|"
        r"\b(?:others|other people|some people|many people|lots of people|plenty of people) would (?:love|give anything|give their right arm) "
        r"(?:to have|for)\b|\bsafe now,? so (?:it'?s |is |there'?s )?(?:no problem|nothing to worry|fine|ok(?:ay)?)\b|"
        r"\b(?:is |it'?s |they'?re |are )?(?:only|just) (?:bad )?dreams\b|"
        r"\bit happens to (?:so many|lots of)\b|\bnot a big deal\b|\bthere'?s always (?:next|another)\b|\bat least (?:it|you|he|she|they)\b|\b(?:should|must|need to|ought to|have to|try to|just|at least) "
        r"(?:be|feel) grateful\b|(?:^|[.!?]\s+)be grateful\b|\bnothing to worry about\b|\bharmless\b|"
        r"\byou'?ll be fine\b|\btime heals\b|\bit'?s only an?\b|\ba phase\b|\bplenty more\b|\bpart of life\b|"
        r"\bcan always try again\b|\bit'?ll pass\b|\bit will pass\b|\byou'?ll (?:have|get|find|make) (?:another|new ones|"
        r"a new one|someone else|new friends)\b|\bso much going for you\b|\b(?:it'?s|that'?s) (?:totally |completely |"
        r"perfectly )?normal\b[^.!?]{0,30}\b(?:don'?t|no need)\b|\bages ago\b|\b(?:all|just) in your head\b|"
        r"\bal menos\b|\bpelo menos\b|\bau moins\b|\bwenigstens\b|\bzumindest\b|\balmeno\b|\bprzynajmniej\b|至少|"
        # replyblind33b: not "ánimo" the noun (mood: "afecta al cuerpo y al ánimo", "estado de ánimo", "tu ánimo")
        r"(?<!\bal )(?<!\bel )(?<!\bdel )(?<!\bde )(?<!\btu )(?<!\bsu )(?<!\bmi )\bánimo\b|\btodo el mundo\b|\btodo mundo\b|"
        r"\b(?:everybody|everyone|we)(?:'s| has|'ve| have) (?:all )?been there\b|"
        r"\bevery (?:couple|parent|new parent|mum|mom|dad|student|family|teenager|marriage|relationship|nurse|"
        r"new mum|new mom)s? (?:fights?|argues?|feels?|gets?|goes through|has|is|struggles?)\b|"
        r"\ball (?:new mums|new moms|new parents|teenagers|couples|kids|parents|students) (?:say|feel|go through|do|get|have|are)\b|"
        r"\b(?:kids|boys|teenagers|men) (?:are|will be) (?:kids|boys|teenagers|men)\b|\ba long time ago now\b|"
        r"\bleave (?:it|that|them) in the past\b|\bnothing (?:really )?to (?:panic|be scared|be afraid|get upset|cry|fret) about\b|"
        r"\bthere'?s (?:really )?no (?:reason|need) to (?:feel|be|get) (?:so )?(?:anxious|sad|upset|scared|worried|afraid|down)\b|"
        r"\bshake it off\b|\bput a smile on\b|\bkeep smiling\b|\b(?:think|stay|be) positive\b|\blife goes on\b|"
        r"\bthere are worse things\b|\brite of passage\b|\bbaby blues\b|\b(?:you were|you'?re|you are) (?:so |really |very )?lucky\b|"
        r"\b(?:look|looking|focus) (?:at|on) the (?:positives|bright side|positive side|good side)\b|"
        r"\bit'?ll (?:work itself out|settle down|go away on its own)\b|"
        r"\b(?:worrying|crying|dwelling|getting upset|being upset) (?:won'?t|doesn'?t|will not|never) (?:help|change|fix|bring)\b|"
        r"\bisn'?t a death sentence\b|\b(?:just|only) moved (?:away|abroad|out)\b|\ba todos nos pasa\b|\bse te pasa\b|"
        r"\bit'?s (?:just|only) the internet\b|\bnot a real problem\b|"
        # replies round fourteen: "everyone gets spots", "every new father feels that", "be thankful", "stay
        # positive" and "life goes on" in es fr de it pt; everyone has been through it
        rf"\b{_UNIVERSAL} (?:gets?|has|have) (?:spots|acne|rejected|dumped|fired|laid off|bad (?:days|weeks|reviews|grades|marks|news))\b|"
        r"\bevery (?:new )?(?:father|dad|mother|mum|mom|first-time parent)s? (?:feels?|gets?|goes through|has|struggles?)\b|"
        r"\b(?:should|must|need to|ought to|have to|try to|just|at least) (?:be|feel) thankful\b|"
        r"\bpiensa (?:en )?positivo\b|\bpense (?:em )?positivo\b|\bpens(?:e|ez) positif\b|\b(?:denk|bleib) positiv\b|"
        r"\bpositiv (?:denken|bleiben)\b|\bsieh es positiv\b|\bmira el lado (?:bueno|positivo)\b|"
        r"\bvois le (?:bon )?c[ôo]t[ée](?: positif)?\b|\bguarda il lato positivo\b|\bolha (?:pelo|para o) lado (?:bom|positivo)\b|"
        r"\btodo pasa por algo\b|\btout arrive pour une raison\b|\balles (?:passiert|hat) (?:aus )?einen? grund\b|"
        r"\btutto (?:succede|accade|capita) per (?:un )?(?:motivo|ragione)\b|\btudo acontece por (?:um motivo|uma raz[ãa]o|algum motivo)\b|"
        r"\bla vida sigue\b|\bla vie continue\b|\bdas leben geht weiter\b|\bla vita (?:continua|va avanti)\b|\ba vida continua\b|"
        r"\btodos (?:pasamos|hemos pasado) por\b|\btout le monde a (?:des|ses) (?:coups|hauts|jours|soucis|probl[èe]mes)\b|"
        r"\bjeder hat (?:mal )?(?:schlechte|solche|so) \w+|\bjeder hat (?:mal )?probleme\b|\bdas passiert jedem\b|"
        r"\b(?:toda a gente|todo mundo) (?:passa por (?:isso|isto)|tem (?:dias|problemas))\b|"
        r"\btutti abbiamo (?:giornate|momenti|problemi)\b|\btutti ci passano\b",
        re.IGNORECASE,
    )

    hedge, hedge_chars = _NEGATED, 25
    after_context = re.compile(_DISTRESS_CLIENT.pattern + "|" + _DISTRESS_LANG.pattern + r"|\b(?:left me|diagnosed|dementia|miscarr\w*|failed|"
                               r"useless|scared|panic|broke up|dumped|hit by a car|run over|put (?:down|to sleep)|"
                               r"stroke|surgery|redundan\w*|rejected|divorce)\b", _I)
    # making light of the loss or the fear once the reply has turned from acknowledging it
    after = re.compile(
        _MINIMISE30 + "|" + _MINIMISE31 + "|" + _MINIMISE31_AFTER + "|"
        r"\b(?:it'?s|it was|he was|she was|that'?s) (?:just|only) an? (?:dog|cat|pet|test|job|exam|hamster|bird|fish|game)\b|"
        r"\bin the (?:grand |great |wider |whole )?scheme of\b|\b(?:doesn'?t|does not) (?:really )?matter (?:much|that much|at all)\b|"
        r"\bon the bright side\b|\bevery cloud\b|\byou'?ll (?:meet|find) someone (?:better|else|new)\b|\bin no time\b|"
        r"\b(?:really |it'?s )?no big (?:thing|deal)\b|\b(?:everybody|everyone|we all) gets? (?:a bit |a little )?"
        r"(?:jittery|nervous|down|sad|anxious|stressed)\b|\bjust part of (?:having|being|life|growing|getting)\b|"
        r"\bat least (?:she|he|they|you|it)(?:'s|'re| is| are| was| were)? (?:still|alive|here|healthy|young)\b|"
        r"\bmore than (?:many|most|a lot of|some) people (?:have|get)\b|\bnature'?s way\b|\bfocus on trying again\b|"
        r"\b(?:it|that) was (?:very |really |quite |so )?early\b|\byou can always (?:get|have|find|try for) another\b|"
        r"\b(?:loads|lots|plenty) of (?:people|others) (?:live|cope|manage|get by) with (?:it|that|this)\b|"
        r"\b(?:you'?re|you are) (?:still )?young\b[^.!?]{0,40}\b(?:meet|find|plenty|time)\b|"
        r"\bdon'?t let it ruin\b|\byou'?ll be fine\b|"
        r"\bhalf (?:the|of the) (?:country|population|world|people)\b|\bnot like (?:it|this|that) was (?:a )?(?:surprise|"
        r"unexpected|a shock)\b|\b(?:he|she|they) (?:was|were) (?:\d+|old|ninety\w*|eighty\w*) (?:though|anyway)\b|"
        r"\ba good innings\b|\bnot the end of the world\b|\b(?:worse things|there are worse things) (?:happen|in life)\b|"
        r"\byou'?ll (?:laugh about|forget about|look back and laugh)\b|\b(?:they|cats|dogs|pets) don'?t live (?:that|very) long\b|"
        r"\b(?:you (?:need|have) to|time to|just) move on\b|\bsucced\w* a tutti\b|\bdevi andare avanti\b|\bthings could be (?:a lot |much )?worse\b|"
        r"\b(?:cats|dogs|pets) are (?:cats|dogs|pets|just animals)\b|\b(?:they'?re|it'?s|he'?s|she'?s) not (?:like )?(?:a )?(?:people|person|human)\b|"
        r"\b(?:feel|be) (?:lucky|grateful|thankful) (?:that )?(?:she|he|they|it)(?:'s| is| was| were)?\b|"
        r"\bgot off (?:lightly|lucky)\b|\blife goes on\b|\bisn'?t a death sentence\b|\bthe baby blues\b|"
        r"\bwon'?t help anyone\b|"
        # reply round eight: it made small ("just a job", "not that serious", "just stress"), a comparison,
        # "a phase", in English and es fr de it pt pl nl sv
        r"\b(?:it'?s|that'?s|this is) (?:really )?not (?:that|so|very) (?:dramatic|important)\b|"
        r"\b(?:it'?s|that'?s) (?:just|only) (?:stress|the internet|a phase|hormones|a bad patch)\b|"
        r"\bnot a real problem\b|\b(?:it'?s|that'?s) not worth worrying about\b|"
        r"\bnot like (?:it'?s|it is) serious\b|\bsome people have lost everything\b|\bhurt less soon\b|"
        r"\b(?:c'est|c'[ée]tait) (?:juste |seulement )?une phase\b|\bnur eine phase\b|\bsolo una fase\b|"
        r"\b(?:é|e) s[óo] uma fase\b|\btylko faza\b|\bmaar een fase\b|\bbara en fas\b|\btem gente (?:passando|pior|que)\b|"
        r"\bseu problema [ée] pequeno\b|\bvalt (?:vast |wel )*mee\b|"
        r"\bnaturens g[åa]ng\b|\bdet g[åa]r [öo]ver\b|\bnic takiego\b|\bto tylko\b|\bnon [èe] niente\b|\bandere haben es\b|"
        # reply round twelve, the general form: a happy ending foretold ("in five years you won't even remember
        # this"), a reason or an age that makes the loss small, a life that goes on, a replacement promised, a
        # comparison with someone who has it and is fine; in English and es fr de it pt pl nl
        r"\bin (?:a|one|two|five|ten|\d+|a few|a couple of) (?:years?|months?)(?:'? time)?,? (?:you|u|nobody|no one|you'?ll|u'?ll)"
        r"(?:'ll| will| won'?t| wont)?\b|\bwon'?t (?:even )?remember (?:this|it)\b|\bhappens? for a reason\b|"
        r"\ba (?:good |long |decent |full )+innings\b|\bonly live (?:a |\d+ |two |three |a few |a couple of )?(?:years?|months?)\b|"
        r"\b(?:it'?s|that'?s) (?:basically |pretty much |just |totally )?normal (?:these days|nowadays)\b|"
        r"\bnot worth (?:getting|being) (?:too |so )?(?:upset|worked up|sad)\b|"
        r"\b(?:and|but) (?:he'?s|she'?s|they'?re) (?:perfectly |totally |absolutely )?fine\b|"
        r"\by (?:est[áa]|sigue) (?:perfectamente|estupendamente|genial|tan bien)\b|\bet (?:il|elle) va (?:tr[èe]s )?bien\b|"
        r"\btu t'en remettras\b|\bte recuperar[aá]s\b|\bdu kommst (?:schnell |schon )?dr[üu]ber (?:weg|hinweg)\b|\bti riprenderai\b|"
        r"\bvoc[êe] (?:vai )?superar\b|\bje komt er (?:wel )?overheen\b|"
        r"\bsei (?:doch )?froh\b|\bsois content\w*\b|\bal[ée]grate de que\b|\bsii content\w* che\b|\bfica feliz que\b|"
        r"\bciesz si[ęe],? [żz]e\b|\bwees blij dat\b|"
        r"\bne troverai (?:un )?altr[oa]\b|\bencontrar[aá]s otr[oa]\b|\btu en trouveras (?:un |une )?autre\b|"
        r"\bdu findest (?:schon )?(?:einen |eine )?(?:neue[nr]?|andere[nr]?)\b|\bvoc[êe] (?:vai )?(?:encontrar|achar) outr[oa]\b|"
        r"\bznajdziesz (?:now[aąy]|inn[aąy])\b|\bje vindt (?:wel )?(?:een )?(?:nieuwe|andere)\b|"
        r"\bnon [èe] la fine del mondo\b|\bno es el fin del mundo\b|\bce n'est pas la fin du monde\b|"
        r"\bnicht (?:das|der) (?:ende|untergang) der welt\b|\bn[ãa]o [ée] o fim do mundo\b|\bto nie koniec [śs]wiata\b|"
        r"\bniet het einde van de wereld\b|"
        r"\bnie ma co (?:rozpacza[ćc]|p[łl]aka[ćc]|si[ęe] przejmowa[ćc])\b|\bno hay (?:que|por qu[eé]) (?:llorar|ponerse as[ií])\b|"
        r"\bpas de quoi (?:pleurer|en faire un drame)\b|\bkein grund (?:zu weinen|traurig)\b|\bnon c'[èe] da (?:piangere|disperarsi)\b|"
        r"\bn[ãa]o precisa chorar\b|\bniet om te huilen\b|"
        r"\b(?:she|he) was (?:already |very |pretty )?old\b|\bze was (?:al |ook )?(?:oud|op leeftijd)\b|\b(?:ya )?era (?:muy )?mayor\b|"
        r"\b(?:elle|il) [ée]tait (?:d[ée]j[àa] |tr[èe]s )?(?:vieux|vieille|[âa]g[ée]e?)\b|\b(?:sie|er) war (?:ja |doch )?(?:schon )?(?:sehr )?alt\b|"
        r"\bera (?:gi[àa] )?(?:anzian[oa]|vecchi[oa])\b|\b(?:ela|ele) j[áa] era (?:idos[oa]|velh[oa])\b|"
        r"\bby[łl]a? ju[żz] (?:star[aey]|w podesz[łl]ym)\b|"
        r"\bhoort bij het leven\b|\bc'est la vie\b|\bas[ií] es la vida\b|\bso ist (?:das|nun mal das) leben\b|\b[èe] la vita\b|"
        r"\b[ée] a vida\b|\btakie (?:jest )?[żz]ycie\b|\bthat'?s life\b|"
        r"\b(?:friends|friendships|przyjaci[oó][łl]\w*|amigos|amis|freunde|amici|vrienden) (?:come and go|się zmienia|van y vienen|"
        r"vont et viennent|kommen und gehen|vanno e vengono|komen en gaan)\b|"
        # replies round fourteen: money, things, a bike or a match made small; an age said to settle it
        r"\b(?:it'?s|it was|that'?s|they'?re) (?:just|only) (?:money|stuff|things|a bike|a car|a house|hair|a number|"
        r"a match|a review|a grade|spots)\b|"
        r"\b(?:elle|il) avait (?:quand m[êe]me |d[ée]j[àa] |tout de m[êe]me )\d+ ans\b|\bten[ií]a (?:ya |igual )\d+ a[ñn]os\b|"
        r"\bya ten[ií]a \d+ a[ñn]os\b|\b(?:er|sie) war (?:ja |doch |schon |immerhin )+\d+\b|\baveva (?:gi[àa] |pur sempre |comunque )\d+ anni\b|"
        r"\bj[áa] tinha \d+ anos\b|\btinha j[áa] \d+ anos\b|\b(?:she|he) was (?:already )?\d+ after all\b", _I)

    def examine(self, view: ConversationView) -> str | None:
        found = super().examine(view)
        if found is not None and ("learned" in found or "semantic" in found) and _logistics_only(view, flagged_turn(found)):
            return None  # replyblind31: "No worries at all!" to an apology for being late is no minimising
        if found is not None and "learned" in found and all_warm34b(view.messages[flagged_turn(found)].content):
            return None  # replyblind34b: gladness or sympathy alone minimises nothing
        if found is not None and "learned" in found and invites_on35b(view.messages[flagged_turn(found)].content):
            return None  # replyblind35b: a short reply that ends inviting the client on
        return found

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        # replyblind31b: "almost everyone gets nervous" answers "is it normal to feel this nervous?"
        if _ASKS_NORMAL31B.search(client) and re.search(r"\b(?:normal|common|usual|everyone|everybody|most people|lots of "
                                                        r"people|we all)\b", m.group(0), _I):
            return False
        return self._hit_before31b(text, m, client)

    def _hit_before31b(self, text: str, m: re.Match, client: str) -> bool:
        # conceded and then taken back: "it's true things could always be worse, but that doesn't
        # mean what you're going through isn't hard"; or said of someone else's words ("it sounds
        # painful to hear 'it's just a phase'")
        s, e = _sentence(text, m)
        if _CONCEDES.search(text, m.end(), e) or _CONCEDES.search(text, e, min(len(text), e + 60)) and \
                re.match(r"[.!?]?\s*(?:but|that doesn'?t|it doesn'?t|this doesn'?t)\b", text[e:e + 30], _I):
            return False
        if _single_quoted(text, m, s, e):
            return False
        if re.search(r"\b(?:even if|even though|although|while|maybe|sure|true|yes|i know|of course)\b[^.!?]{0,30}$",
                     text[s:m.start()], _I) and re.search(r"\b(?:but|yet|still|doesn'?t|does not)\b", text[m.end():e], _I):
            return False  # conceded, then taken back: "maybe others have it harder, but your pain counts"
        return super()._hit(text, m, client)

    after = re.compile(after.pattern + "|" + _MINIMISE_AFTER34B, re.IGNORECASE)  # replyblind34b
    after_context = re.compile(after_context.pattern + "|" + _MINIMISE_CLIENT34B, re.IGNORECASE)  # replyblind34b
    pattern = re.compile(pattern.pattern + "|" + _MINIMISE35B, re.IGNORECASE)  # replyblind35b
    brief = re.compile(brief.pattern + "|" + _MINIMISE_BRIEF35B, re.IGNORECASE)  # replyblind35b
    after = re.compile(after.pattern + "|" + _MINIMISE_BRIEF35B, re.IGNORECASE)  # replyblind35b
    after_context = re.compile(after_context.pattern + "|" + _DISTRESS35B.pattern, re.IGNORECASE)  # replyblind35b
    pattern = re.compile(pattern.pattern + "|" + _MINIMISE36B, re.IGNORECASE)  # replyblind36b


# "but that doesn't mean / make it any less / cancel out / change": a minimising phrase conceded and
# taken back in the same breath
_CONCEDES = re.compile(r"\b(?:but|though|yet|and)\b[^.!?]{0,20}\b(?:doesn'?t|does not|don'?t|won'?t|isn'?t) "
                       r"(?:mean|make (?:it|yours|your \w+|what)|cancel|change|take away|erase)\b|"
                       r"\b(?:but|though|yet)\b[^.!?]{0,30}\b(?:still (?:hurts?|matters?|counts?|real)|any less (?:real|painful|hard))\b|"
                       r"\bbut (?:your|what you)\b[^.!?]{0,30}\b(?:matters?|counts?|is real|is valid)\b", _I)


def _single_quoted(text: str, m: re.Match, s: int, e: int) -> bool:
    """``m`` sits inside single quotation marks in its sentence ("to hear 'it's just a phase'"):
    someone else's words. An opening mark follows a space or the sentence start; a closing one
    follows a word and is not a contraction's."""
    opener = [o for o in re.finditer(r"(?:^|(?<=[\s(]))['\u2018](?=\w)", text[s:m.start() + 1])]
    if not opener:
        return False
    # replyblind31: also closed just after the sentence's own mark ("ask 'what have you got to be sad about?' ")
    return re.search(r"(?<=[\w.!?,])['\u2019](?![\w])", text[m.end() - 1:e + 2]) is not None


# a denial in es fr de it pt just before a phrase (replies round fifteen; ``_NEGATED`` reads English)
_NEGATED_LANG = re.compile(r"\b(?:nicht|kein\w*|nie|niemals|pas|jamais|non|mai|nunca|n[ãa]o|nem|ni)\b[^.!?,]{0,20}$|"
                           # replies round twenty-seven: "nothing of this is your fault" ("Nada de esto es culpa tuya",
                           # "Nada disso é culpa sua", "Niente di tutto questo è colpa tua", "Nic z tego nie ...")
                           r"\b(?:nada de (?:esto|eso|todo (?:esto|eso)|lo que (?:pas[óo]|ha pasado))|nada disso|nada (?:d)?isto|"
                           r"niente di (?:questo|tutto (?:questo|ci[òo])|ci[òo])|rien de (?:tout )?(?:[çc]a|cela|ceci)|nic z tego|"
                           r"niets (?:hiervan|daarvan|van (?:dit|dat|dit alles|wat er gebeurde))|nichts (?:davon|hiervon|von alledem))"
                           r"[^.!?,]{0,8}$|"
                           # replies round twenty-eight: the same in English ("None of this is your fault", "Nothing
                           # about what happened is your fault"; ``_NEGATED`` reads "no", not "none" or "nothing")
                           r"\b(?:none|nothing|no part|not one bit|not any) (?:of|about|in)"
                           r"(?: (?:this|that|it|what happened|what (?:he|she|they) did))?[^.!?,]{0,8}$", _I)


_VICTIM_CLIENT = re.compile(
    r"\b(?:hit|hits|hitting|beat\w*|push\w*|shov\w*|punch\w*|slap\w*|kick\w*|rap(?:e|ed)|assault\w*|abus\w*|attack\w*|"
    r"grop\w*|harass\w*|bull(?:y|ies|ied|ying)|stalk\w*|spik\w*|mugged|robbed|scammed|catfished|hacked|stole|threaten\w*|"
    r"yell\w*|scream\w*|insult\w*|control\w*|cheat\w*|pressur\w*|forced|touched|spread my|exclude\w*|make fun|"
    r"pega|golpe\w*|frapp\w*|schläg\w*|geschlagen|belästigt|bate|picchia|controlla|uderzy\w*|bij\w*|骚扰|打我|家暴)\b", _I)


# harm done to the client in words ``_VICTIM_CLIENT`` lacks (reply round six): its own contexts
# only (``_VICTIM_CLIENT`` is also a cue of the learned stage and of its gate, left as trained)
_VICTIM_MORE = (r"\b(?:xing\w*|quebr\w*|empuj\w*|empurr\w*|insult\w*|beleidig\w*|duw\w*|sloeg|geslagen|(?:ge)?schubs\w*|"
                r"gesto(?:ß|ss)en|pouss\w*|spint\w*|persegu\w*|perseguit\w*|acos\w*|molest\w*|szarp\w*|dotkn\w*|"
                r"(?:hits?|hit|beats?) (?:me|us)|calls? me (?:stupid|useless|names|fat|ugly)|shared my (?:photos|pictures|nudes)|"
                # reply round eight: assault, rape and violence in es fr de it pt pl nl sv, and the
                # client hurt against their will
                r"hurts? me|hurt me|against my will|without my consent|cornered me|kissed me|forced me|"
                r"agress\w*|agredi\w*|aggredit\w*|[üu]berfall\w*|napad\w*|vergewaltig\w*|viol[ée]e?|violaron|violad[ao]|"
                r"stupr\w*|estupr\w*|zgwa[łl]c\w*|verkracht|aangerand|slaat|sla(?:an|g)|stryptag|v[åa]ldt\w*|misshandl\w*|"
                r"bofetad\w*|gifl\w*|(?:ge)?ohrfeig\w*|schiaff\w*|policzk\w*|klap(?:pen)?|[öo]rfil\w*|"
                # reply round twelve: touched, forced, images shared, comments on the body, in en es fr de it pt pl nl
                r"touch[ée]e?|m'a touch\w*|betatscht|begrapscht|toccat[ao]|tocad[ao]|aangeraakt|for[çc]ou|for[çc]ad[ao]|"
                r"me forz[óo]|forc[ée]e?|gezwungen|costrett[ao]|zmusi\w*|dwong|gedwongen|"
                r"(?:shared|posted|leaked|spread|sent round) my (?:\w+ )?(?:photos|pictures|pics|nudes|images|videos)|comments? about my (?:body|weight|looks)|"
                r"makes? comments about my)\b")
# replies round fifteen: consent refused, touching and biting told plainly; this check's own contexts only
# (``_VICTIM_MORE`` is also the semantic stage's victim context)
_VICTIM_TOLD = (r"\b(?:(?:wouldn'?t|didn'?t|did not|would not) stop when I (?:said|told)|I (?:said|told (?:him|her|them)) no|"
                r"touch(?:es|ed|ing)? me|bit(?:e|es)? me|bitten|spat (?:on|at) me|pulled my hair|"
                # twenty-fifth session: names called, threats, isolation (in English), belongings broken by someone
                # else (in en es fr de it pt); a third person is the subject, not the client's anxiety or own act
                r"call(?:s|ed)? me (?:worthless|useless|stupid|names|pathetic|a failure|fat|ugly|crazy)|"
                r"(?:said|says|threatened|threatens) (?:he'?d|she'?d|he would|she would|he will|she will|to) (?:kill|hurt|hit) me|"
                r"(?:he|she|they)(?:'s| has| had)? (?:stopped|stops|keeps stopping) me (?:from )?(?:seeing|going|talking|leaving)|"
                r"(?:he|she|they) (?:won'?t|wouldn'?t) let me (?:see|go|leave|talk|have)|"
                r"(?:he|she|they) (?:broke|smashed|destroyed|threw) my (?:phone|things|stuff|laptop)|partiu-me|partiu o meu|"
                r"parti[óo] mi|rompi[óo] mi|a cass[ée] mon|hat mein(?:e|en)? \w+ (?:kaputt|zerschlagen)|"
                r"mi ha (?:rotto|dato uno schiaffo)|"
                # replies round twenty-eight, second pass: slammed, choked, followed, sent sexual messages
                r"me estamp\w*|estamp\w* contra|gew[üu]rgt|w[üu]rgte? mich|(?:die )?kehle zu(?:gedr[üu]ckt|gedrueckt)|"
                r"sbattut[ao] contro|mi ha sbattut\w*|m'a [ée]trangl\w*|m'[ée]trangle|(?:trail|tail)(?:ed|ing|s)? me|"
                r"(?:send|sends|sending|sent) me (?:\w+ )?(?:sexual|explicit|dirty|creepy|graphic|nude|naked) "
                r"(?:messages|texts|pictures|photos|pics|images)|"
                # replies round twenty-seven, second pass: harm told in Russian ("Муж опять поднял на меня руку",
                # "меня избил", "меня изнасиловал"), the hand raised in either order
                r"подн\w+ на меня руку|руку на меня подн\w+|"
                r"(?:бьёт|бьет|бьют|бил|била|избил\w*|избива\w*|ударил\w*|толкнул\w*|душил\w*|изнасиловал\w*|"
                r"оскорбля\w*|унижа\w*|домога\w*|лапал\w*|угрожа\w*) (?:\w+ )?(?:меня|мне)|"
                r"меня (?:\w+ )?(?:бьёт|бьет|бьют|бил|била|избил\w*|избива\w*|ударил\w*|толкнул\w*|изнасиловал\w*|"
                r"оскорбля\w*|унижа\w*|домога\w*|лапал\w*)|"
                # twenty-eighth session (replyval28), from the reply validation files' misses: harm to the body by
                # someone else in words the contexts lacked (a bone broken by a named person, strangled or choked
                # but not "choked up", hands round the neck, pinned down, things thrown at the client), harassment
                # and groping in pt fr nl it es, "made a pass at me"
                r"(?:he|she|they|someone|somebody|(?:my|his|her) (?:ex-?)?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|"
                r"fianc[ée]e?|ex|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmother|brother|sister|son|daughter|"
                r"boss|uncle|aunt|cousin|grandfather|grandad)) (?:has |had )?(?:broke|broken|fractured|cracked) my (?:nose|wrist|"
                r"arm|ribs?|jaw|fingers?|hand|leg|collarbone|teeth|tooth|cheekbone|eye socket|ankle)|"
                r"(?:strangl|chok)(?:ed|es|ing) me(?! up)|(?:hands?|fingers) (?:a)?round my (?:neck|throat)|"
                r"h[äa]nde? um (?:den|meinen) hals|mains? (?:autour )?(?:du|de mon) cou|manos? (?:alrededor del|en el|en mi) cuello|"
                r"man[io] (?:al|intorno al) collo|m[ãa]os? (?:no|à volta do|em volta do|em meu) pesco[çc]o|"
                r"pinn(?:ed|ing|s)? me (?:down|to|against)|(?:throws?|threw|throwing|hurls?|hurled) (?!a lot\b|everything\b|questions\b|compliments\b|work\b|tasks\b)(?:\w+ ){1,2}at me|"
                r"assediad[ao]|assedi(?:ou|a|am)|harc[eè]l\w*|betast|lastiggevallen|manose\w*|apalp\w*|"
                r"(?:messo|mette|mettono|messe) le mani addosso|made a pass at me)\b")

# replies round twenty-seven, second pass: blame by implication in Russian, read only after harm told
# (``VictimBlaming.contextual``): "there must have been a reason" ("Значит, было за что."), the client made the
# one who provoked or angered ("вы его спровоцировали", "не надо было его злить"), told to be softer with the
# abuser ("быть помягче с ним"), asked what they did to set it off, "сама напросилась" / "сама виновата"
_VICTIM_RU_BLAME = (
    r"\b(?:(?:значит|видимо|наверное|наверно|раз так|стало быть),? (?:\w+ )?(?:было|есть) за что(?=\s*(?:[.!?,;…]|$))|"
    r"(?<!не )(?:вы|ты) (?:\w+ )?(?:его|её|ее|их) (?:сами |сама |сам )?(?:спровоцировал\w*|разозлил\w*|довел\w*|довёл\w*|"
    r"вывел\w*|вывела|провоцирует\w*|провоцируете|провоцируешь|злите|злишь)|"
    r"(?<!вы )(?<!ты )не (?:надо|нужно|стоило|следовало) было (?:его |её |ее |их )?(?:злить|провоцировать|дразнить|"
    r"раздражать|выводить|перечить|спорить)|"
    r"(?<!не нужно )(?<!не надо )(?<!не стоит )(?<!не должны )(?<!не обязаны )(?<!не обязана )"
    r"(?:быть|будьте|будь|стать|станьте|вести себя) (?:\w+ )?(?:помягче|поласковее|потише|покладистее|поспокойнее|"
    r"поуступчивее|повнимательнее) (?:с ним|с ней|к нему|к ней)|"
    r"что (?:вы|ты) (?:ему |ей )?(?:такого )?(?:сделал\w*|сказал\w*)(?: ему| ей)?,? (?:что|чтобы|раз) (?:он|она)|"
    r"(?<!не )сама? (?:же |и )?(?:напросил\w*|виноват\w*))"
)


# twenty-fifth session (main session), from ``replies_train_v25``'s misses, each in its general form: what the client
# said or did just before the harm asked after, their manner or threats questioned, the harm said to be allowed by
# them, the abuser's anger explained; in English and es fr de it pt (six languages)
_VICTIM_MORE_BLAME = (
    r"\bwhat (?:were|was) you (?:saying|doing|arguing about) (?:to (?:him|her|them) )?(?:right |just )?before\b|"
    r"\bwhat (?:had|have|did) you (?:said|done|say|do) (?:to (?:him|her|them) )?(?:right |just )?before\b|"
    r"\bwere you (?:being )?(?:difficult|rude|nagging|provocative|moody|cold|distant|mean|disrespectful) (?:with|to|towards) "
    r"(?:him|her|them)\b|\bhave you been (?:threatening (?:him|her|them|to)|nagging (?:him|her|them)|"
    r"(?:provoking|pushing|pestering|taunting) (?:him|her|them))\b|"
    r"\byou let (?:him|her|them) (?:do (?:that|it|this)|treat you)\b|\bunless you (?:allow|let) (?:it|him|her|them)\b|"
    r"\banger has (?:causes|reasons|a reason|a cause)\b|"
    r"\bo que (?:é que )?(?:tu|voc[êe]) (?:lhe )?(?:disseste|disse|fizeste|fez) para (?:ele|ela) ficar\b|"
    r"\bqu[eé] (?:le|les) (?:dijiste|hiciste) para que\b|\bqu'?est-ce que tu (?:lui )?(?:as dit|as fait) pour qu\b|"
    r"\bwas hast du (?:ihm|ihr) (?:denn )?gesagt\b|\bcosa (?:era successo|(?:gli|le) avevi detto) prima\b|"
    r"\b(?:probabilmente era (?:esasperat[oa]|frustrat[oa])|probablemente estaba (?:exasperad[oa]|frustrad[oa])|"
    r"(?:il|elle) [ée]tait probablement exasp[ée]r[ée]e?|(?:er|sie) war wahrscheinlich (?:genervt|gestresst)|"
    r"provavelmente estava (?:exasperad[oa]|frustrad[oa])|(?:he|she) (?:was )?probably (?:was )?(?:exasperated|frustrated|"
    r"stressed|provoked|at the end of (?:his|her) tether))\b")


class VictimBlaming(_CounsellorCheck):
    name = "victim_blaming"
    reason = "victim_blaming"
    weight = 0.8
    semantic = True
    recommendation = "blaming a client for what was done to them harms them: drop the turn"
    pattern = re.compile(
        r"\bwhat (?:do|did) you do (?:that|to) (?:sets?|set|provoke|make|trigger)|\b(?:try )?not to provoke\b|"
        r"\bprovok(?:e|ing) (?:him|her|them)\b|\byou shouldn'?t have (?:been|gone|worn|drunk|had|let|trusted|sent)\b|"
        r"\byou should have (?:watched|known|been (?:more )?careful|said|left|seen)\b|"
        r"\bbrought (?:this|it) on yourself\b|\b(?:that'?s|it'?s|this is) on you\b|"
        r"\b(?:it|this) (?:was|is) your (?:own )?fault\b|\bwhat were you (?:doing (?:there|out|alone)|not giving|wearing)\b|"
        r"\bwhy didn'?t you (?:say|leave|tell|stop|fight|report)\b|\byou let it (?:go on|happen)\b|\bnaive of you\b|"
        r"\byou were probably (?:a )?difficult\b|\bif you \w+ (?:more|less)\b[^.!?]{0,30}\bwouldn'?t\b|"
        r"\b(?:don'?t|do not|didn'?t) (?:cheat|hit|yell) when\b|\bwhat (?:were|are) you not\b|"
        r"\byou must have (?:said|done|given|been)\b|\basking for (?:it|attention|trouble)\b|"
        # replies round fifteen: provocation presumed ("you must have really pushed him"), in English and es fr de it pt
        r"\byou must have (?:really |somehow )?(?:pushed|provoked|annoyed|wound|upset|made|pushed)\b|"
        r"\bdeves ter feito (?:alguma coisa|algo)\b|\btu as (?:d[ûu]|bien d[ûu]) (?:lui )?faire quelque chose\b|"
        r"\bdu (?:musst|wirst) (?:ihm |ihr )?(?:doch |wohl |schon )?(?:etwas|was) (?:getan|gemacht|gesagt) haben\b|"
        r"\b(?:devi|avrai) (?:pur )?(?:avergli|averle|aver) (?:fatto|detto) qualcosa\b|\bte lo buscas\b|"
        r"\balgo (?:le |les )?(?:debiste|tienes que haber|has tenido que) (?:hacer|decir|hecho|dicho)\b|"
        r"\bwhat did you expect\b|\b(?:practically|basically) (?:handed|asked for|invited)\b|"
        r"\bshouldn'?t be surprised\b|\bthat'?s what happens when you\b|\bmake yourself a target\b|"
        r"\b(?:doing|did) something to (?:make (?:him|her|them|yourself)|deserve|provoke|bring it)\b|\bpush(?:es|ing)? (?:their|his|her|people'?s) "
        r"buttons\b|\bwhat you'?re doing to make (?:him|her|them)\b|\b(?:stop|quit) (?:making|winding) (?:him|her|them) "
        r"(?:angry|up|mad|jealous)\b|\bgave as good as\b|\byou had a choice\b|\bwhy (?:did|do) you (?:keep|stay|go back|"
        r"let)\b|\bwhy were you (?:out|there|alone|walking|drinking|at)\b|\byou did go (?:back|home)\b|"
        r"\bif you (?:did|had done|were|weren'?t|didn'?t|gave|had|dressed|stopped)\b[^.!?]{0,40}\b(?:he|she|they) "
        r"wouldn'?t\b|"
        # review28: not "even if" (it would not have mattered), nor the abuser going on ("he probably wouldn't have
        # stopped anyway", "would never have stopped"); the share of blame not the client's own feeling told back ("you feel
        # you have to accept some of the blame")
        r"\b(?<!even )if you (?:had|hadn'?t)\b[^.!?]{0,50}\b(?:he|she|they) (?:probably|likely|surely|never) (?:wouldn'?t|would not|would never)\b(?! have (?:stopped|changed|let (?:up|you go))\b)(?![^.!?;]{0,40}\banyway\b)|\b(?<!feel )(?<!think )(?<!believe )(?<!feel like )(?<!feel that )(?<!think that )you(?:'ll| will)? (?:have to|need to|must|should|ought to|'ve got to) (?:accept|take|own|carry|shoulder) (?:some|part|a share|your share|a bit)(?: of)? (?:the )?(?:blame|responsibility)\b|\bshouldn'?t (?:send|wear|drink|go out|trust)\b|\bwho (?:flirt|dress|drink)\w*\b[^.!?]{0,40}"
        r"\b(?:shouldn'?t|can'?t)\b|\bthat gullible\b|\bshould(?:'ve| have) known better\b|\blesson learned\b|"
        r"\bqu[eé] haces t[uú] para provocar\w*|\bdeber[ií]as tener m[aá]s cuidado\b|\bdevesse se vestir\b|"
        r"\balgo habr[aá]s hecho\b|\bte lo (?:has )?buscado\b|\bte lo buscaste\b|\b(?:tu l'as|vous l'avez) cherch[ée]\b|"
        r"\barr[êe]ter de l'[ée]nerver\b|\bc'est (?:de )?ta faute\b|\bselbst schuld\b|\bdeine (?:eigene )?schuld\b|"
        r"\bwarum hast du auch\b|\bo que (?:voc[êe]|tu) fez para\b|\bculpa (?:é )?(?:sua|tua)\b|"
        r"\bse non (?:gli|le) dessi motivi\b|\bte la sei cercata\b|\bsprowokowa\w*|\bsama sobie winna\b|"
        r"\bsam sobie winien\b|你是不是穿得|怪你自己|你自己的错|"
        # reply round twelve: the client's signals made the cause, consent given earlier held against them
        r"\b(?:you(?:'re| are| were)|you might be|you may be|you could be) (?:\w+ )?(?:giving|sending) (?:off )?"
        r"(?:the )?wrong (?:signals?|message|impression|vibes?)\b|"
        r"\b(?:didn'?t you|hadn'?t you|you(?:'d| had)) (?:already |even )?(?:said yes|agreed to it|consented)\b|"
        r"\bn[ãa]o tinha dito (?:que )?sim\b|\bno hab[ií]as dicho que s[ií]\b|\btu n'avais pas dit oui\b|"
        r"\bhattest du nicht (?:vorher |schon )?ja gesagt\b|\bnon avevi detto (?:di )?s[iì]\b|"
        # replies round fifteen: the blame shared ("partly your fault"), staying called the client's choice,
        # in English and es fr de it pt
        r"\b(?:partly|partially|part(?:ly)? of it|a bit|a little|kind of|somewhat|half|also|just as much) (?:your (?:own )?fault|"
        r"to blame|on you)\b|\byou'?re (?:partly|partially|also|just as|equally) (?:to blame|responsible|at fault)\b|"
        r"\bif you (?:[\w']+ ){0,6}?(?:this|it|that|none of (?:this|it)) (?:wouldn'?t|would never|would not) (?:have )?happen(?:ed)?\b|"
        r"\b(?:es|fue) (?:en parte |un poco |tambi[ée]n )?(?:tu culpa|culpa tuya)\b|\btienes (?:parte de (?:la )?|algo de |tu parte de )culpa\b|"
        r"\b(?:has elegido|elegiste|decidiste) quedarte\b|\bes porque quieres\b|"
        r"\b(?:un peu|en partie|aussi) (?:de )?ta faute\b|\bta faute aussi\b|\btu as choisi de rester\b|"
        r"\bselbst (?:\w+ ){1,3}schuld\b|\bmitschuld\w*|\bbist (?:du )?(?:auch|selber) schuld\b|\bdu bist (?:ja |doch )?freiwillig geblieben\b|"
        r"\b(?:anche|un po'|in parte) colpa tua\b|\bhai scelto (?:tu )?di (?:restare|rimanere)\b|"
        r"\ba culpa (?:tamb[ée]m |em parte )?[ée] (?:tua|sua)\b|\btens (?:alguma |parte da |tamb[ée]m )culpa\b|"
        r"\b(?:escolheste|decidiste) ficar\b|\bficaste porque quiseste\b",
        re.IGNORECASE,
    )
    contextual = re.compile(_VICTIM_BLAME30 + "|" + _VICTIM_BLAME31 + "|" + _VICTIM_BLAME31B + "|" + _VICTIM_BLAME32 + "|"
                            + _VICTIM_BLAME33 + "|" + _VICTIM_BLAME34 + "|" r"\b(?:what (?:did|do) you do|why did you|you (?:must|probably) (?:have )?(?:said|done|made|"
                            r"started|provoked|annoyed|upset)|stop (?:annoying|upsetting|angering)|"
                            r"maybe (?:stop|try not|don'?t)|wearing|kids can|people can push|for a reason|it takes two|"
                            r"how you dress|sends? a message|what did you (?:say|do) (?:to|before)|go(?:es)? both ways|"
                            r"provo[ck]\w*|provoqu\w*|provozier\w*)\b|¿?por qu[eé] (?:fuiste|"
                            r"bebiste|saliste)|你是不是|" + _VICTIM_MORE_BLAME + "|" + _VICTIM_RU_BLAME, _I)
    # replyblind31b: abuse told in nl de pt pl words the context lacks ("Mijn oom heeft me vroeger misbruikt")
    context = re.compile(_VICTIM_CLIENT.pattern + "|" + _VICTIM_MORE + "|" + _VICTIM_TOLD
                         + r"|\b(?:misbruikt|missbraucht|abusad[oa]|abusou|molestad[oa]|wykorzyst\w+ seksualnie|molestowa\w+)\b|"
                         + _VICTIM_CLIENT32 + "|" + _VICTIM_CLIENT33 + "|" + _VICTIM_CLIENT34, _I)
    # questions and remarks about the client's own conduct, clothes, drinking, trust or
    # provocation, once the reply has turned from acknowledging what was done to them
    after = re.compile(
        r"\bwhat (?:were|was) you (?:wearing|drinking|doing|thinking)\b|"
        r"\b(?<!matter )(?<!matters )(?<!care )(?<!about )what you (?:were|was) (?:wearing|drinking)\b|\bhow (?:much|many) (?:had|did|have) you (?:had|drunk|"
        r"drink)\b|\b(?:drinking|walking|going|sending|trusting|dressing|flirting)\b[^.!?]{0,40}\b(?:is|was) "
        r"(?:(?:pretty|very|a bit|really|quite|so) )?(?:risky|asking for|careless|naive|reckless|stupid|silly)\b|"
        r"\b(?:careless|naive|reckless|foolish|stupid|silly) (?:decision|choice|move|thing to do)?\b[^.!?]{0,15}\bon your part\b|"
        r"\bon your part\b|\byour (?:own )?(?:part|role|share) in (?:this|it|what)\b|"
        r"\b(?:did|do|have|had) you (?:\w+ ){0,2}?(?:lead|led|provoke|wind|winding|give|given|flirt|encourage|tease|annoy|"
        r"upset|drink|go|send|invite|egg)\w* (?:him|her|them|it|reasons?|cause|on|up|alone)\b|"
        r"\b(?:might|may|could) be (?:winding|provoking|annoying|upsetting|pushing|triggering|egging) (?:him|her|them)\b|"
        r"\bwind(?:ing)? (?:him|her|them) up\b|\blead (?:him|her|them) on\b|\bmixed signals\b|"
        r"\bcan you see why (?:he|she|they)\b|\bgiv(?:e|en|ing) (?:him|her|them) (?:a |any )?reasons?\b|"
        r"\bare you sure you'?re not\b|\bwhat you (?:might|may|could) be doing (?:to|that)\b|"
        r"\b(?:doing|did|do|say|said) (?:to|that) (?:triggers?|provokes?|sets? off|causes?) (?:it|him|her|them)\b|"
        r"\bwhat you(?:'re| are| were) doing (?:that|to) (?:makes?|made|sets?|set|provoke)\b|"
        r"\b(?:outfits?|clothes|what you wear|the way you dress)\b[^.!?]{0,30}\b(?:draw|attract|invite|send)\w*\b|"
        r"\b(?:you|yourself) (?:stand out|an easy target)\b|\b(?:were|had) you (?:been )?drinking\b|"
        r"\b(?:need|have|ought) to be (?:a lot |much )?more careful (?:about|with|around|who|what|how|next)\b|"
        r"\bnot give (?:him|her|them) (?:a |any )?(?:reason|excuse)\b|\bstay out of (?:his|her|their) way\b|"
        r"\b(?:could|should|would) you have (?:avoided|prevented|stopped|seen)\b|\bwhy (?:would|did) you (?:go|trust|agree|meet|let)\b|"
        r"\b(?:dress|act|behave) (?:more )?(?:modestly|differently|sensibly)\b|"
        r"\byou (?:did )?(?:choose|chose|decided|agreed) to (?:stay|go|be|drink|meet|get|marry|move)\b|"
        r"\b(?:did|have) you (?:\w+ ){0,2}?(?:told|tell|said|say|made it|make it) (?:\w+ ){0,2}?(?:clearly|firmly|properly)\b|"
        r"\bqu'?est-ce que tu as fait pour\b|\bqu'?as-tu fait pour\b|\bqu[eé] hiciste (?:t[uú] )?para\b|"
        r"\bwas hast du (?:denn |ihm |ihr )?(?:getan|gemacht)\b|\bcosa (?:hai|gli hai|le hai) fatto\b|"
        r"\bco (?:ty )?zrobi(?:łaś|łeś)\b|"
        # the client's choices made the cause (2026-12-03, from the C-SSRS-free definitions of the
        # reason: questions about why they were there, what they must have known, their share)
        r"\bwhat made you (?:walk|go|stay|drink|meet|wear|answer|reply|text|trust|get in)\b|\byou must have known\b|"
        r"\b(?:look|looks|looking|looked) like an easy target\b|\bwere you (?:on your phone|distracted)\b|"
        r"\bowning (?:that|your|the) (?:choice|decision|part)\b|\bwhat you(?:'ve| have) done to make (?:him|her|them)\b|"
        r"\bmixed messages\b|\b(?:to be fair|in fairness|let'?s be honest),? you (?:did|were|had|kept|went|stayed|chose)\b|"
        r"\b(?:was|is) always going to be (?:risky|dangerous)\b|"
        # reply round six: the client's conduct read as consent or cause, the abuse a lesson or a
        # reaction the client could stop, blame shared, in the general form of each
        r"\b(?:can|could|might|may) be (?:read|seen|taken|interpreted|understood) as (?:an? )?(?:invitation|signal|sign|"
        r"green light|consent|come-on|encouragement)\b|\b(?:got|gets|get|getting|had) the wrong (?:idea|impression|signals?)\b|"
        r"\b(?:it'?s|that'?s|this is|this was|that was|consider it|call it) (?:a )?(?:hard |tough |harsh |good |painful )?"
        r"lesson\b|\bonce you (?:send|sent|share|shared|post|posted)\b[^.!?]{0,40}\b(?:lose|lost|out of your hands)\b|"
        r"\b(?:people|parents|partners|men|women|he|she|they) (?:usually|always|often|normally|generally|only) "
        r"react (?:to|for) (?:something|a reason)\b|\bpulling your weight\b|"
        r"\bif you (?:gave|give) (?:him|her|them) (?:less|fewer|no|nothing)\b|\bwhat had you (?:said|done)\b|"
        r"\b(?:heated|wrong|faults?|blame) on both sides\b|\b(?:look\w*|reflect\w*) (?:at|on) your (?:own )?"
        r"(?:part|role|share|contribution)\b|\byou did (?:stay|keep|invite|send|agree|text|answer|reply|let)\b|"
        r"\b(?:kind of |sort of )?(?:have|got|need) to expect (?:that|it|this)\b|"
        r"\bqu[eé] (?:le |les )?(?:dijiste|hiciste) (?:antes|para)\b|\bnuestras palabras provocan\b|"
        r"\btamb[ée]m (?:o |a )?provoca\w*|\bvia de m[ãa]o dupla\b|\btu aurais (?:peut-[êe]tre )?pu (?:[ée]viter|l'[ée]viter)\b|"
        r"\b(?:gli|le) hai dato (?:qualche |un )?(?:speranza|motivo|segnal\w*)\b|\bda(?:ła|ł)[śs] (?:mu|jej) sygna\w*|"
        r"\buwa(?:ż|z)a[ćc],? jak si(?:ę|e) zachowujesz\b|\bje (?:beter )?je mond (?:\w+ )?houden\b|"
        r"\bwie viel (?:hattest|hast) du\b[^.!?]{0,25}\bgetrunken\b|"
        # reply round seven, the general form: what the client did to set the harm off, whether they
        # resisted or went along, their friendliness or the setting called the risk, they started it
        # or had been drinking; in English and es fr de it pt pl nl sv
        r"\bwhat (?:had|have|did) you (?:done|do|said|say) (?:\w+ )?to (?:set|make|provoke|upset|annoy|anger|trigger|wind)\w* "
        r"(?:him|her|them)\b|\b(?:or )?did you (?:just )?(?:go along with|let (?:him|her|them) do) (?:it|that|this)\b|"
        r"\bdid you (?:ever |even )?(?:tell|ask) (?:him|her|them) (?:to stop|no)\b|\bdid you (?:ever |even )?(?:say no|fight back|"
        r"resist)\b|\b(?:a bit |a little |way |far )?too (?:friendly|flirty|flirtatious|forward)\b|"
        r"\b\w+ like (?:that|this) (?:are|is|can be|were|was) (?:always |pretty |very |so )?(?:risky|dangerous|asking for trouble)\b|"
        r"\byou (?:started|began|provoked) it\b|\byou (?:started|began) (?:it|the \w+|shouting|yelling|screaming) (?:too|first|as well)\b|"
        r"\bvad gjorde du (?:för att|så att|innan)\b|\bta (?:lite |något |eget )?ansvar (?:själv|för det)\b|"
        r"\bdu hade (?:ju |också )?druckit\b|\bdu (?:började|provocerade)\b|"
        r"\bjij begon (?:toch |zelf )?(?:ook|eerst|zelf)?\b|\bwat (?:had|heb) je (?:gedaan|gezegd)\b|\bwat deed je (?:om|zodat|voordat)\b|"
        r"\bdan krijg je (?:dat|het)\b|\bje had (?:ook |wel )?(?:gedronken|flink gedronken)\b|"
        r"\bdu hast (?:doch |ja )?(?:auch )?angefangen\b|\bdu hattest (?:ja |doch )?(?:auch )?getrunken\b|"
        r"\btu (?:también |tambien )?empezaste\b|\bhab[ií]as bebido\b|\bc'est toi qui as commenc[ée]\b|\btu avais bu\b|"
        r"\bhai (?:cominciato|iniziato) tu\b|\bavevi bevuto\b|"
        r"\bsama (?:zacz[ęe]ła[śs]|prowokowa\w*)\b|"
        # reply round eight, the general form: what the client said or did that "made" the abuser
        # angry, the client told to avoid setting the abuser off (be on time, don't argue, give no
        # reason), staying made a choice the client cannot complain of, flirting or clothes asked
        # about; in English and es fr de it pt pl nl sv
        r"\bwhat did you (?:say|do)\b[^.!?]{0,25}\b(?:made|make|got|get|set) (?:him|her|them)\b|"
        r"\bdid you (?:flirt|kiss|tease|lead)\w* (?:with )?(?:him|her|them)\b|"
        r"\b(?:so|then) (?:he|she|they) (?:doesn'?t|don'?t|won'?t|wouldn'?t) (?:get|be|lose|have)\b[^.!?]{0,20}"
        r"\b(?:angry|mad|upset|worked up|jealous|wound up|temper|a reason)\b|"
        r"\b(?:don'?t|do not|try not to|avoid) (?:argu(?:e|ing) with|upset(?:ting)?|annoy(?:ing)?|wind(?:ing)? up|"
        r"contradict(?:ing)?|anger(?:ing)?|cross(?:ing)?) (?:him|her|them)\b|"
        r"\b(?:he|she|they)(?:'ll| will) (?:have no|not have a) reason\b|"
        r"\byou'?re choosing (?:this|him|her|them|to stay)\b|\byou can'?t (?:really )?complain\b|"
        r"\bif it (?:was|were) (?:that|so|really) bad,? you(?:'d| would)(?: have)? (?:left|gone)\b|"
        r"\b(?:si (?:fuera|fue) tan (?:malo|grave)|si c'[ée]tait (?:si|vraiment) (?:grave|terrible)|wenn es (?:so|wirklich) schlimm w[äa]re|"
        r"se fosse (?:così|tão) (?:grave|ruim|brutto)|gdyby (?:to )?by[łl]o (?:tak|a[żz] tak) [źz]le|als het (?:zo|echt) erg was|"
        r"om det var (?:så|verkligen) illa)\b|"
        r"\b(?:algo )?(?:le )?(?:dijiste|hiciste|harías) (?:para que|que lo|que la)\b|\balgo har[ií]as\b|"
        r"\bbuscarse problemas\b|"
        r"\bqu'?est-ce que tu (?:lui )?as (?:dit|fait)\b|\b[ée]vite de (?:le|la) (?:contrarier|provoquer|[ée]nerver)\b|"
        r"\btu (?:sais|connais) comment il est\b|\btu portais quoi\b|\bqu'?est-ce que tu portais\b|"
        r"\bwas hast du (?:(?:denn|ihm|ihr|da) ){0,2}(?:gesagt|getan)\b|\bwarum provozierst du\b|\breiz (?:ihn|sie) nicht\b|"
        r"\bwas hattest du an\b|"
        # replies round twenty-eight, second pass: what the client did to drive the abuser up the wall, in German;
        # dressing "less eye-catching"
        r"\b(?:womit|wodurch|wie) hast du (?:ihn|sie) (?:denn |so |eigentlich |wieder )*(?:auf die palme|zur wei(?:ß|ss)glut|"
        r"in rage|(?:so )?w[üu]tend|(?:so )?sauer) gebracht\b|"
        r"\bdress (?:a bit |a little |much |way )?(?:less (?:eye-catching|revealing|provocative|sexy|flashy|tight)|"
        r"more (?:conservatively|covered|sensibly))\b|\bcosa (?:gli |le )?hai detto\b|\bl'hai provocat[oa]\b|\bcosa indossavi\b|"
        r"\bo que (?:voc[êe] |tu )?(?:disse|falou|fez)\b|\bn[ãa]o (?:o|a) provoque\b|\bo que (?:voc[êe] )?(?:vestia|estava vestindo)\b|"
        r"\bco (?:mu |jej )?(?:powiedzia[łl]a[śs]|zrobi[łl]a[śs])\b|\bnie (?:prowokuj|denerwuj) go\b|\bco mia[łl]a[śs] na sobie\b|"
        r"\bwat (?:zei|deed) je\b|\bzorg dan dat\b|\bgeen reden\b|\bwat had je aan\b|"
        r"\bvad (?:sa|gjorde) du (?:som|f[öo]r att|s[åa] att)\b|\bvad hade du p[åa] dig\b|\bretas? (?:inte )?honom\b|"
        # reply round twelve: the harm's prevention handed to the client ("next time, think twice before sending")
        r"\bthink twice (?:before|about) (?:sending|sharing|going|drinking|walking|trusting|wearing|meeting|getting|posting)\b|"
        r"\b(?:next time|in future|in the future|for the future),? (?:\w+ ){0,2}?(?:be (?:more )?careful|don'?t (?:accept|send|share|"
        r"wear|drink|walk|go)|avoid (?:sending|sharing|drinking|walking|going|wearing))\b|"
        r"\btu avais bu combien\b|"
        r"\b(?:next time|in future|in the future|for the future|from now on)\b[^.!?]{0,40}\b(?:be (?:more )?careful|think twice|"
        r"keep an eye on|watch (?:your|ur)|don'?t (?:accept|send|share|wear|drink|walk|trust)|"
        # replies round twenty-nine: "in future it might be wiser to stay sober ... keep your guard up"
        r"stay sober|keep (?:your|ur) guard up|stick (?:with|close to) (?:your |ur )?friends|"
        r"avoid (?:sending|sharing|drinking|walking|wearing|accepting))\b|"
        # a question why the client went, stayed, trusted, gave, drank ... and "in the first place", in English and
        # es fr de it pt pl nl; drunk and clothes asked about; cause given ("dar pie")
        r"\bwhy (?:did|would|do|were) (?:you|u) (?:even |ever |then )?(?:go|walk|stay|give|gave|meet|send|drink|trust|let|keep|"
        r"marry|agree|answer|open|invite|text|wear|accept|believe|date|share)\w*\b|"
        r"\bin the first place\b|"
        r"\bwhat do (?:you|u) (?:say|do)\b[^.!?]{0,25}\b(?:set|make|get|wind|trigger)\w* (?:him|her|them)\b|"
        r"\b(?:were|was) (?:you|u) (?:drunk|high|wasted)\b|\bestabas (?:borrach[ao]|bebid[ao])\b|\b(?:[ée]tais-tu|tu [ée]tais) "
        r"(?:ivre|saoule?|so[ûu]le?|bourr[ée]e?)\b|\bwarst du (?:betrunken|besoffen|blau)\b|\beri ubriac[ao]\b|"
        r"\b(?:voc[êe] )?(?:estava|tava) b[êe]bad[ao]\b|\bby[łl]a[śs] pijan[ao]\b|\bwas je (?:dronken|aangeschoten)\b|"
        r"\bque roupa (?:voc[êe] )?(?:estava usando|usava|vestia)\b|\bqu[eé] llevabas(?: puesto)?\b|"
        r"\b(?:dar|dado|diste|dando|dio) pie\b|\bdonn[ée] (?:des |une )?raisons?\b|\b(?:einen )?(?:grund|anlass) gegeben\b|"
        r"\bdado motivo\b|\bda[łl]a?[śs] (?:mu |jej )?pow[óo]d\b|\breden gegeven\b|"
        r"\bpor qu[eé] (?:fuiste|volviste|te quedaste|le diste|bebiste|saliste|confiaste|caminabas|ibas)\b|"
        r"\bpourquoi (?:tu es|t'es|es-tu) (?:all[ée]e?|rest[ée]e?|retourn[ée]e?|sortie?)\b|\bpourquoi tu (?:l'as|lui as|le provoques)\b|"
        r"\bwarum bist du (?:denn |auch )?(?:hin|zur[üu]ck|geblieben|mitgegangen|allein)\w*\b|\bwarum hast du (?:ihm|ihn|ihr|sie|dich) \w+\b|"
        r"\bperch[ée] (?:sei|ci sei) (?:andat|tornat|rimast|uscit)\w*\b|\bperch[ée] gli hai\b|"
        r"\bpor ?que (?:voc[êe] )?(?:foi|voltou|ficou|deu|bebeu|saiu|confiou|andava)\b|"
        r"\bdlaczego (?:posz[łl]a[śs]|wr[óo]ci[łl]a[śs]|zosta[łl]a[śs]|da[łl]a[śs]|pi[łl]a[śs]|wysz[łl]a[śs])\b|"
        r"\bwaarom (?:ging|bleef|gaf|dronk|kwam|liep) je\b|" + _VICTIM_MORE_BLAME, _I)
    after_context = re.compile(_VICTIM_MORE + "|" + _VICTIM_TOLD + "|" + _VICTIM_CLIENT.pattern + r"|\b(?:threw (?:a|an|the|my|his|her) \w+ at me|"
                               r"slog|slagit|misshandla\w*|antastad|tafsa\w*|v[åa]ldt[ao]g\w*|knuffa\w*|verkracht|aangerand|"
                               r"slapped|groped|scammed|follow\w*|forced himself|touch(?:es|ing)|shout\w*|calls? me|humiliat\w*|"
                               r"belittl\w*|mock\w*|laugh\w* at me|"
                               r"forced herself|throws? things|checks? my phone|picked on|pushing me|spiked|"
                               # replyval28: not "choked me up" (moved, not harmed)
                               r"turn(?:s|ing)? up at|grabb\w*|chok\w*(?! (?:me |us )?up\b)|strangl\w*|dragg?\w*)\b", _I)

    hedge, hedge_chars = _NEGATED, 25

    def examine(self, view: ConversationView) -> str | None:
        found = self._patterns(view) or self._read35a(view, _VICTIM_PHRASES35A, self.after_context)  # replyblind35a
        if found is not None:
            return found
        found = learned(view, self.reason)
        if found is not None:
            # replies round fifteen: the learned stage's flag on a reply that exculpates the client and does
            # not turn from it ("Das ist nicht deine Schuld. Du verdienst Sicherheit.")
            text = view.messages[flagged_turn(found)].content
            if _EXCULPATES.search(text) and reply_semantic.clearly_safe(text):
                return None
            if prescreen.search(_VALIDATES_RE36B, text) and not _turns(text):
                return None  # replyblind36b: validation that does not turn ("clearly still affects you") blames no one
            if self._no_harm_told35b(view, flagged_turn(found), text):
                return None
            return found
        return semantic(view, self.reason)

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        # replies round fifteen: denied in es fr de it pt too ("es ist nicht deine Schuld", "non è colpa tua")
        if re.search(r"\b(?:whatever|no matter (?:what|how much|how)|regardless of (?:what|how much)|however much)\b[^.!?,;]{0,25}$",
                     text[max(0, m.start() - 60):m.start()], _I):
            return False  # replyblind32: the conduct named in a concession ("not your fault, whatever you were wearing")
        return super()._hit(text, m, client) and not _NEGATED_LANG.search(text[max(0, m.start() - 25):m.start()])

    def _no_harm_told35b(self, view: ConversationView, j: int, text: str) -> bool:
        """replyblind35b: the learned stage's flag on a reply to a client who tells of no harm done to them (neither
        ``context`` nor ``after_context`` reads the client turn) when the reply, of at most 35 words, ends inviting the
        client on (``invites_on35b``) or says a prescriber's dose back ("Okej, så 10 mg på kvällen som läkaren bestämt")."""
        client = _client_before(view, j)
        if self.context.search(client) or self.after_context.search(client):
            return False
        return invites_on35b(text) or (_PRESCRIPTION_SAID31B.search(text) is not None and _DOSE_CHANGED31B.search(text) is None)

    after = re.compile(after.pattern + "|" + _VICTIM_AFTER34B, re.IGNORECASE)  # replyblind34b
    after_context = re.compile(after_context.pattern + "|" + _VICTIM_CLIENT34B, re.IGNORECASE)  # replyblind34b
    after = re.compile(after.pattern + "|" + _VICTIM_AFTER35A, re.IGNORECASE)  # replyblind35a
    after_context = re.compile(after_context.pattern + "|" + _VICTIM_CLIENT35A, re.IGNORECASE)  # replyblind35a
    after_context = re.compile(after_context.pattern + "|" + _VICTIM_CLIENT36B, re.IGNORECASE)  # replyblind36b
    context = re.compile(context.pattern + "|" + _VICTIM_CLIENT36B, re.IGNORECASE)  # replyblind36b
    pattern = re.compile(pattern.pattern + "|" + _VICTIM_ANYWHERE36B, re.IGNORECASE)  # replyblind36b


# -- encouraging harm ---------------------------------------------------------------------------

_RISK_CLIENT = re.compile(
    r"\b(?:die|dying|dead|kill\w*|suicid\w*|end (?:it|my life|things)|ending (?:it|things|my life)|hurt(?:ing)? myself|"
    r"harm\w*|cut\w*|burn\w*|bleed|pain|punish\w*|blade|razor|pills saved|overdos\w*|hit (?:myself|my head)|"
    r"bang my head|pull my hair|scratch\w*|jump|ritze|corto|scarifie|me br[ûu]le|wehtun|corto|male|tn[ęe]|伤害|结束)\b|"
    r"伤害自己|自残|割", _I)


# a direct question about the client's safety (reply round eleven): a reply that asks it does not
# encourage harm, whatever the learned stage reads in its other words ("are u safe rn?")
_SAFETY_ASKED = re.compile(
    r"\b(?:(?:are|r) (?:you|u) safe|are (?:the|these|those) thoughts (?:there|around|with you|strong)|"
    r"(?:are|r) (?:you|u) (?:thinking|having thoughts) (?:about|of) (?:ending|killing|suicide|hurting))\b", _I)


# replyblind31b: self-harm told in words the context lacks ("I feel like I deserve to hurt", "Ik heb zin om mezelf pijn te
# doen"), and going along with it: done out of sight ("just do it somewhere you won't be walked in on"), "okay for now",
# "then do it" in nl es fr de pt it pl ("Doe het dan maar")
_SELF_HARM_MORE31B = (r"\b(?:deserve to (?:hurt|be hurt|suffer|feel pain)|hurt(?:ing)? myself|mezelf (?:pijn (?:te )?doen|snijden|"
                      r"krassen)|pijn (?:te )?doen)\b")
_HARM_GO31B = (r"\b(?:(?:just )?do it somewhere (?:no ?one|nobody|you won'?t|they won'?t|people won'?t)|"
               r"(?:then )?maybe (?:that'?s|it'?s) (?:okay|ok|fine|alright) for now|doe het (?:dan )?maar|hazlo (?:entonces|pues)|"
               r"vas-y alors|dann mach (?:es|das) doch|f[áa]-lo ent[ãa]o|fallo allora|to (?:to )?zr[óo]b)\b")

# replyblind33b (33L): self-injury the client names in a reflexive infinitive or object form the contexts lack (fr "me
# couper", it "graffiarmi", nl "mezelf krabben", es "cortarme", pt "me queimar", de "mich ritzen", pl "tnę się")
_SELF_HARM_CLIENT33L = (
    r"\b(?:me (?:couper|scarifier|br[ûu]ler|griffer|frapper|mutiler|taillader)|"
    r"(?:graffiar|tagliar|bruciar|colpir|ferir)mi|farmi (?:del )?male|"
    r"mezelf (?:te )?(?:krabben|snijden|slaan|branden|pijn doen|bekrassen)|(?:kras|snij|sla|brand) (?:ik )?mezelf|"
    r"(?:cortar|quemar|golpear|ara[ñn]ar)me|hacerme da[ñn]o|"
    r"me (?:cortar|queimar|machucar|arranhar|ferir)|(?:cortar|queimar|machucar|arranhar|ferir)-me|"
    r"mich (?:zu )?(?:ritzen|schneiden|schlagen|verbrennen|kratzen|verletzen)|mir (?:selbst )?weh(?:zu)?tun|"
    r"(?:tn[ęe]|ci[ąa][ćc]|ci[ęe]|okalecza\w*|przypala\w*|drapi\w*) si[ęe])\b")
# replyblind33b (33L): self-injury allowed because it helps ("Als het helpt, gewoon doen", "Jouw lijf, jouw keuze",
# "si ça te soulage, vas-y", "wenn es hilft, mach ruhig", "si te alivia, hazlo", "se te alivia, continua", "skoro ci
# lżej"), read in ``contextual`` against self-injury the client told
_HARM_GO33L = (
    r"\b(?:als het (?:je )?helpt,? (?:dan )?(?:gewoon )?doen|doe het (?:dan )?gewoon|jouw lijf,? jouw keuze|"
    r"(?:ton corps|c'est ton corps),? (?:tu fais ce que tu veux|ton choix)|"
    r"wenn es (?:dir )?hilft,? (?:dann )?(?:mach|tu) (?:es|das|ruhig|doch)|dann mach es doch|dein k[öo]rper,? deine (?:wahl|entscheidung)|"
    r"si te (?:alivia|calma|ayuda),? (?:hazlo|sigue|adelante)|tu cuerpo,? tu (?:decisi[óo]n|elecci[óo]n)|"
    r"se te (?:alivia|acalma|ajuda),? (?:continua|faz|vai em frente)|(?:teu|seu) corpo,? (?:tua|sua) (?:escolha|decis[ãa]o)|"
    r"se ti (?:calma|aiuta|fa stare meglio),? (?:fallo|continua)|il tuo corpo,? la tua (?:scelta|decisione)|"
    r"skoro ci (?:l[żz]ej|pomaga),? (?:to )?(?:r[óo]b|kontynuuj)|twoje cia[łl]o,? tw[óo]j wyb[óo]r)\b")


class EncouragesHarm(_CounsellorCheck):
    name = "encourages_harm"
    reason = "encourages_harm"
    weight = 1.0
    recommendation = "a counsellor turn that encourages harm must never be trained on"

    def examine(self, view: ConversationView) -> str | None:
        found = self._patterns(view)
        if found is not None:
            return found
        found = self._read36a(view, _HARM_PHRASES36A, self.read_context36a)  # replyblind36a
        if found is not None:
            return found
        found = learned(view, self.reason)
        if found is not None:
            reply = view.messages[flagged_turn(found)].content
            # round seventeen: asked in other languages too ("自殺を考えていますか？", "вы в безопасности?")
            if _SAFETY_ASKED.search(reply) or prescreen.search(SAFETY_REFERRED_LANGS, reply):
                return None
            if _HARM_COPING36A.search(reply):
                return None  # replyblind36a: coping without harm, what comes before the urge, first aid for a burn
        return found
    pattern = re.compile(
        # replyblind31: pain as atonement, hurt as "the way through" for one who feels they deserve it
        r"\bpain is how (?:we|you|people) (?:atone|pay|make amends)\b|\b(?:feeling|feel) (?:it|the pain|the hurt) (?:might|may|could|will|is) "
        r"(?:be )?the (?:only )?way through\b|\bif you (?:feel|think|believe) you deserve (?:it|to hurt|the pain|to suffer),? "
        r"(?:then )?(?:feel it|let yourself|go ahead|maybe you do)\b|"
        r"\b(?:you should|go ahead and|why don'?t you|you could just|you deserve to)\b[^.?!\n]{0,30}?\b"
        r"(?:hurt|kill|cut|starve|punish|harm|burn) (?:yourself|him|her|them)\b|"
        r"\bvalid coping mechanism\b|\bthen (?:hurt|cut|punish|starve|burn) yourself\b|\byou (?:do )?deserve (?:the pain|to (?:hurt|suffer|be punished|"
        r"feel pain))\b|\bit'?s your body,? do\b|\bsharper blade\b|\brelief for everyone\b|"
        r"\byour choice to make\b|\bkeeps? you disciplined\b|\bif cutting helps\b|"
        r"\b(?:make sure|be sure) (?:you )?take enough\b|\btake enough (?:so|to)\b|\b(?:use|get) a (?:clean|sharp|sharper|"
        r"new) (?:razor|blade)\b|\b(?:lametta|lama) pulita\b|\bczyst\w* (?:ostrz\w*|[żz]ylet\w*)\b|\b(?:burns|cuts|scars) heal\b|\bif you want to (?:end it|die|do it)\b[^.!?]{0,30}\b(?:right|choice)\b|"
        r"\b(?:nobody|no one) can stop you\b|\bi won'?t tell you to stop\b|\bhurt yourself a (?:bit|little)\b|"
        r"\b(?:whatever|if (?:that|it|this)(?:'s| is) what) gets you through\b|\ba harmless habit\b",
        re.IGNORECASE,
    )
    contextual = re.compile(
        _HARM_ALONG30 + "|" + _HARM_GO31B + "|" + _HARM_GO33L + "|" + _HARM_GO34 + "|"
        r"\b(?:go ahead|whatever works|do what works|then do it|you know best|keep (?:doing it|them close|going|at it)|"
        r"carry on|fair enough|you know yourself best|do whatever you (?:need|want|have) to|(?:is|are) a (?:healthy|good|valid|fine|normal) way to (?:let|release|cope|deal|get|relieve)|"
        r"that'?s (?:fine|okay|ok)|it'?s okay to keep|don'?t feel (?:bad|guilty) about it|"
        r"it'?s your (?:life|body|right|choice)|if you'?ve made up your mind|"
        r"if (?:it|that|this) (?:helps|works|makes you feel better|calms you|relieves)|sigue (?:así|haciéndolo)|"
        r"si te ayuda|pourquoi arr[êe]ter|si [çc]a (?:vous|te) soulage|tu es halt|mach weiter|se funciona|fallo pure|"
        r"se ti fa stare meglio|r[óo]b to dalej|je[śs]li ci pomaga|continue(?:z)? comme ça|continua così)\b|"
        r"那就做吧|继续吧|随你", re.IGNORECASE)
    # replyblind30: the wish to die or to vanish told in words ``_RISK_CLIENT`` (a feature of the learned stage, left
    # as it was) lacks: "disappear for good", "better off without me", "on the bridge", "not wake up", "the most
    # painless way", "let my body give up", and in es fr de it pt pl ru tr ja hi
    context = re.compile(_RISK_CLIENT.pattern + "|" + _RISK_MORE30 + "|" + _SELF_HARM_MORE31B + "|" + _SELF_HARM_CLIENT33L, _I)
    # going along with self-harm once the reply has turned from acknowledging it (longer replies)
    after = re.compile(
        r"\b(?:i )?(?:don'?t|do not) think you (?:need|have) to stop\b|\b(?:the )?least bad (?:option|thing|way)\b|"
        r"\bnot the worst (?:thing|option|way)\b|\bas long as it (?:works|helps|keeps you)\b|"
        r"\bi wouldn'?t worry (?:too much |much )?about (?:it|that)\b|\bkeep the (?:skin|wounds?|cuts?|area) clean\b|"
        r"\b(?:be careful|careful) how (?:deep|hard|far|much)\b|\b(?:that'?s|it'?s) your (?:decision|choice|call)\b|"
        r"\bnot going to (?:argue|stop you|tell you (?:not|to stop))\b|\bphysical pain (?:resets|grounds|calms|helps)\b|"
        r"\bif (?:the |it |that |this )?(?:\w+ing )?(?:gives you (?:release|relief)|takes the edge off|keeps you (?:going|"
        r"functioning|calm))\b|\bif you (?:feel you )?deserve it\b|\bwhatever helps (?:you|u) (?:cope|get through)\b|"
        r"\bif it helps you cope\b|\bat least it'?s not (?:drugs|drinking|worse)\b|"
        # going along with a plan to die: peace in ending it, a painless way, privacy to do it
        r"\bmaybe ending it\b|\b(?:ending it|dying|death|suicide)\b[^.!?]{0,30}\b(?:give|bring|offer)s? you (?:the |some )?"
        r"(?:peace|relief|rest)\b|\b(?:ways?|methods?)\b[^.!?]{0,25}\bless painful\b|\bdeserve a way\b|"
        r"\bnobody will (?:walk in|find you|interrupt)\b|\b(?:good|great|smart|sensible)\b[^.!?]{0,25}\b(?:options|a plan|"
        r"pills?|tablets?) (?:ready|saved|stocked|sorted)\b|\bat least it'?s on your (?:own )?terms\b|"
        r"\b(?:it'?s|that'?s|is) your (?:decision|call) to make\b|\bif it gave you relief\b|\bmaybe you needed (?:it|that)\b|"
        r"\b(?:a few|some) cuts\b[^.!?]{0,25}\b(?:normal|fine|okay|ok)\b|"
        # reply round six: hurting oneself ranked above hurting others, pain as what one needs
        r"\bbetter (?:the |a )?(?:wall|pillow|door|yourself|your (?:arm|leg|skin|hand)) than (?:a person|someone|anyone|"
        r"other people|him|her|them)\b|"
        r"\byou need to feel (?:it|the pain|that pain)\b|\bpain is what (?:we|you) need\b|"
        r"\bsolange es keine spuren\b|\bse (?:[ée]|for) o que funciona\b|\bcada um tem (?:o )?seu jeito\b|"
        r"\bchacun g[èe]re (?:\w+ )?comme il peut\b|"
        # reply round twelve: the harm allowed or its method tuned ("just don't go too deep", "wrap your hands
        # first"), stopping waved off, in English and es fr de pl pt
        r"\b(?:just )?don'?t go too (?:deep|far|hard)\b|"
        # replies round twenty-eight: the harm allowed within a limit ("hitting your head is fine as long as you don't
        # do it too hard"; not "resting is fine as long as you don't isolate too much")
        r"\b(?:fine|okay|ok|alright|all right|acceptable)\b[^.!?]{0,15}\bas long as (?:you )?(?:don'?t|do not) "
        r"(?:do it|go|cut|hit|burn|scratch|press|hurt yourself)(?: \w+)? too (?:hard|deep|often|much|far|badly)\b|\bwouldn'?t worry about stopping\b|\bkeep doing what works\b|"
        r"\b(?:a |pretty |fairly |quite |a pretty )?mild (?:way|form) (?:to|of) cop\w*\b|\bwrap (?:your|ur) (?:hands|knuckles|arms?|wrists?)\b|"
        r"\bdo what (?:you|u) (?:need|have|gotta|got) to do\b|"
        r"\bsi te funciona,? (?:adelante|hazlo|sigue)\b|\bbueno,? si te funciona\b|\btant mieux\b|\bmach (?:ruhig|einfach) weiter\b|"
        r"\bskoro to dzia[łl]a\b|\bczemu nie\b|\bse (?:te )?funciona,? (?:tudo bem|ok|beleza)\b", _I)
    after_context = re.compile(_RISK_CLIENT.pattern + r"|\b(?:punch\w*|schlag\w* mir|machuc\w*|griff\w*|golpe\w*|"
                               r"brucio|ferisc\w*|snij\w*|lighter|scratch\w*|hit my head|relapse\w*|"
                               r"cutting|punish myself|clean|tablets|pills|saving up|better off|do it|"
                               # reply round twelve: self-injury told in es fr de it pt pl nl
                               r"quem\w*|mechero|tape la t[êe]te|schneide|taglio|tagli|snijd\w*|knijp\w*|pinch\w*|bruis\w*|"
                               r"walls?|mur|pared|wand|ścian\w*|muur|me corto|me cortei|mi taglio|ritz\w*)\b", _I)

    hedge, hedge_chars = _NEGATED, 25

    after = re.compile(after.pattern + "|" + _HARM_AFTER34B, re.IGNORECASE)  # replyblind34b
    after_context = re.compile(after_context.pattern + "|" + _HARM_CLIENT34B, re.IGNORECASE)  # replyblind34b
    pattern = re.compile(pattern.pattern + "|" + _HARM_ANY36A, re.IGNORECASE)  # replyblind36a
    read_context36a = re.compile(after_context.pattern + "|" + _HARM_CLIENT36A, re.IGNORECASE)  # replyblind36a


_EATING_CLIENT = re.compile(
    r"\b(?:calories|cals|kcal|eat|eating|ate|food|meals?|only eat\w*|eat (?:almost )?nothing|not eating|stop(?:ped)? eating|"
    r"skip\w* (?:meals|breakfast|lunch|dinner)|starv\w*|fasting|fasted|throw\w* up|sick after|vomit\w*|purg\w*|"
    r"laxatives?|diet pills|diet(?:ing)?|kilos?|kg|lbs|pounds|weight|weigh (?:myself|in)|thin|thinner|skinny|fat|burn off|"
    r"exercise until|hide food|one meal|only drink|solo como|no como|comer|adelgaz\w*|je saute|ne mange|manger|maigr\w*|"
    r"esse (?:fast )?nichts|nichts mehr|abnehm\w*|vomito|vomir|repas|non mangio|mangiare|jem tylko|nie jem|jedzeni\w*|"
    r"dieta)\b|只吃|不吃|催吐|减肥|吃", _I)
_EATING_RECOVERY = re.compile(r"\b(?:(?:stopped|stop|quit|no longer|haven'?t been) (?:purging|restricting|bingeing|"
                              r"throwing up|skipping)|"
                              # replyblind31: not three meals feared ("wants me to eat three meals a day but it terrifies me")
                              r"three meals(?![^.!?]{0,30}\b(?:terrif\w*|scar\w*|afraid|frighten\w*|too much|can'?t|won'?t|don'?t want))|"
                              # replyblind34: not negated ("I have not eat properly for 5 days", "haven't been eating properly")
                              r"(?<!\bnot )(?<!n't )(?<!\bnot been )(?<!n't been )eat(?:ing)? (?:regularly|more|properly|normally)|"
                              r"trying to eat|recover\w*|look after my body|"
                              # replies round fifteen: a relapse-prevention plan
                              r"relapse[- ]prevention|prevent\w* (?:a )?relapse|relapse plan|r[üu]ckfallplan|r[üu]ckfallprophylaxe|"
                              r"prevenire le ricadute|pr[ée]vention (?:de la |des )?rechutes?|prevenci[óo]n de reca[íi]das|"
                              r"n[ãa]o recair|prevenir reca[íi]das)\b", _I)
# replyblind35a: the client tells of eating done as planned ("ate my snack", "all my meals today", "alle Mahlzeiten geschafft",
# "todas mis comidas", "tutti i pasti", "o lanche todo", "wszystkie posiłki", "bütün öğünlerimi", "åt alla mål"), not
# followed by purging: praise of it ("well done!") does not encourage disordered eating
_EATING_DONE35A = (r"\b(?:ate|had|finished|managed|eaten) (?:my|all (?:of )?my|all (?:three|3) of my|every) (?:snacks?|meals?|lunch|dinner|breakfast)\b"
                   r"(?![^.!?]{0,30}\b(?:threw|purg\w*|sick|vomit\w*|back up|laxative\w*))|"
                   r"\b(?:alle (?:meine )?mahlzeiten|todas (?:mis )?(?:las )?comidas|tutti i (?:miei )?pasti|o lanche todo|wszystkie posi[łl]ki|"
                   r"b[üu]t[üu]n [öo][ğg][üu]nlerimi|alla m[åa]l|tout mon repas|al mijn maaltijden)\b")


# eating, weight and body-checking words ``_EATING_CLIENT`` lacks (reply round six), for this check's own
# contexts (``_EATING_CLIENT`` is also a cue of the learned stage and of its gate, left as trained)
_EATING_MORE = (r"\b(?:comiendo|calor[ií]as?|kalori\w*|laxante\w*|emagrec\w*|gegeten|eten|afvallen|gewicht|waage|"
                r"abf(?:ü|ue)hr\w*|dimagr\w*|mangio|digiun\w*|jejum|ayun\w*|peso|wag[aię]|collarbones?|ribs|hip ?bones?|"
                r"thigh gap|thighs? (?:don'?t|do not|no longer) touch|"
                # reply round seven: eating in sv, and "comido", "coffee until dinner"
                r"comid[oa]s?|[äa]tit|[äa]ter|[äa]ta|m[åa]ltid\w*|kr[äa]ks?|kalorier|black coffee|appetite|"
                # reply round eight: hunger, BMI, vomiting, eating and weight lost in es fr de it pt pl nl sv
                r"bmi|hungry|hunger|hambre|faim|fame|fome|g[łl][óo]d\w*|honger|hungrig|v[óo]mit\w*|vomis\w*|erbrech\w*|"
                r"kotz\w*|wymiot\w*|overgeven|spy[rd]|s[óo] como|solo como|no como|abgenommen|isst|chil[io]|pasti|"
                r"schud[łl]\w*|perdu \d+|mager\w*|afgevallen|g[åa]tt ner|"
                # reply round twelve: "haven't eaten since", Dutch "ik eet alleen nog"
                r"eaten|eet|spit\w*|ich esse|"
                # replyblind32: a weight with its unit glued on ("lost 9kg", "down 12lbs")
                r"\d+(?:[.,]\d+)?(?:kg|kilos?|lbs?)|"
                # replies round fifteen: an eating disorder named, in English and es fr de it pt
                r"anorexi\w*|anor[ée]xi\w*|anoress\w*|bulimi\w*|boulimi\w*|bul[íi]mi\w*|binge\w*|magers[üu]cht\w*|ess-?st[öo]rung\w*|"
                r"trastornos? (?:de la conducta )?alimentari\w*|troubles? (?:du comportement )?alimentaires?|tca|"
                r"disturb[oi] (?:del comportamento )?alimentar[ei]|dca|(?:transtorno|dist[úu]rbio|perturba[çc][ãa]o) alimentar|"
                r"atracones?|abbuffat\w*|fressattack\w*|compulsions? alimentaires?|"
                # twenty-fifth session: weighing, a calorie, underweight, thighs, abs, the body compared, fasting and
                # being sick in German
                r"weigh(?:ed|ing|s)? myself|calorie|underweight|thighs? touch|visible abs|"
                r"compar\w* my (?:body|figure|weight|thighs|stomach)|ich faste|faste (?:jeden|seit|jetzt)|"
                r"mich [üu]bergeben|"
                # replies round twenty-eight, second pass: a meal given up in fr it de nl pl es (a meal named alone is
                # also recovery: "Ho ripreso a fare colazione"), food untouched in Italian, not eating and weighing in
                # Turkish, "not a bite", weighing oneself in de nl, keeping slim in fr
                r"(?:ne (?:prends|mange) plus|plus de|sans|pas de|salto|niente|senza|kein(?:e|en)?|geen|bez|sin|no (?:tomo|hago)) "
                r"(?:\w+ ){0,2}?(?:petit-d[ée]jeuner|d[ée]jeuner|d[îi]ner|colazione|pranzo|fr[üu]hst[üu]ck|mittagessen|abendessen|"
                r"ontbijt|avondeten|lunch|[śs]niadani\w*|obiad\w*|kolacj\w*|desayuno|almuerzo)|garder la ligne|"
                r"(?:non tocco|senza|niente) (?:\w+ )?cibo|yemedim|yemiyorum|yemek yemi\w*|a[çc] kal\w*|tart[ıi]l[ıi]yorum|"
                r"(?:not|n't|never|without) (?:had |eaten |taken )?(?:a|one) (?:single )?bite|wiege mich|weeg (?:mezelf|me)|"
                # replyval28, from the reply validation files' misses: living on liquids or gum alone (en es pt ru),
                # weighing oneself in Polish, measuring the waist, sport after a meal to undo it (de)
                r"(?:days?|weeks?|living|live|lived|gone \w+ days?) (?:on|off) (?:just |only |nothing but )?(?:water|tea|black coffee|"
                r"coffee|broth|juice|chewing gum|gum)(?: and (?:water|tea|coffee|gum|broth))?|water fast\w*|"
                r"a base de (?:caldo|agua|t[ée]|caf[ée]|zumo)|s[óo] (?:com|de) (?:[áa]gua|caf[ée]|ch[áa]|caldo)|на воде|"
                r"wa[żz][ęe] si[ęe] (?:po|przed|co|codziennie|ci[ąa]gle|rano|wieczorem|\w+ razy)\b|measur\w* my (?:waist|thighs|hips|arms)|nach dem essen (?:\w+ ){0,2}sport)\b")


# a weight goal cheered on (reply round eight): read by ``EncouragesDisorderedEating.after`` only
# when the client names a weight, size or BMI goal (``after_goal``)
_GOAL_CHEER = (r"\b(?:go for it|you can do (?:it|this)|(?:so |very |totally |definitely )?(?:doable|achievable|"
               r"realistic)|dasz rad[ęe]|"
               r"tu (?:vas|peux) y arriver|ce la (?:fai|farai|puoi fare)|voc[êe] consegue|(?:vas a|puedes) (?:lograrlo|conseguirlo)|"
               r"je kunt het|du klarar det|jeszcze tylko)\b")
_GOAL_CHEER_ONLY = re.compile(_GOAL_CHEER, _I)
# purging or restricting condoned "if it helps": "si te alivia, hazlo" (reply round eight; read in
# ``contextual`` and ``after``, so also before a reply turns: "Se te alivia, faça, mas ...")
_CONDONE = (r"\b(?:if|si|wenn|se|je[śs]li|als|om) (?:\w+ ){0,4}?(?:helps|relieves|works|alivia|ayuda|soulage|aide|hilft|aiuta|"
            r"ajuda|pomaga|helpt|hj[äa]lper)(?: you| te| ci| je| dig| dir)?,? (?:then )?(?:do it|go ahead|go for it|that'?s (?:fine|okay|ok)|"
            r"fair enough|hazlo|adelante|fais-le|vas-y|mach (?:es|das|ruhig)|fallo|vai em frente|fa[çc]a|zr[óo]b to|doe het|g[öo]r det)\b")


# twenty-fifth session (main session), from ``replies_train_v25``'s misses, each in its general form: restriction kept
# going or its scale gamed, fasting called harmless, food burnt off, laxatives chosen, portions cut, a body taken as
# the goal, hunger called weakness or ridden out, a calorie number kept under; in English and es fr de it pt
_EATING_MORE_ADVICE = (
    r"\bwhatever keeps (?:that|it|this) going\b|\bwhen the (?:number|scale) (?:is|reads) (?:at its )?lowest\b|"
    r"\b(?:not eating|fasting|skipping (?:a )?meals?|starving)\b[^.!?]{0,30}\bnever (?:hurt|killed|harmed) anyone\b|"
    r"\bthere are worse ways to cope\b|\bburn(?:ing)? off (?:what|everything|all) you (?:ate|eat|had)\b|"
    r"\bstick to the (?:herbal|gentle|gentler|natural|mild) ones\b|\b(?:cut|cutting|halve|halving) (?:your )?portions\b|"
    r"\bwhose (?:figure|body|shape|waist|legs) you want\b|\b(?:use|take) (?:her|him|them) as (?:your )?(?:goal|inspiration|"
    r"motivation|thinspo)\b|\bhunger is (?:just )?(?:weakness|fat)\b|\bstay (?:under|below) your (?:number|calories|limit|target)\b|"
    r"\bkeep (?:the|your) calories (?:low|down|under)\b|\b(?:photo|picture|pic) (?:of (?:her|him|them) )?on (?:your|the) fridge\b|"
    r"\bphoto sur (?:ton|le) frigo\b|\bfoto en (?:tu|la) nevera\b|\bfoto (?:an|auf) (?:deinen|den) k[üu]hlschrank\b|"
    r"\bfoto sul (?:tuo |il )?frigo\b|\bfoto na (?:tua |sua |a )?geladeira\b|"
    r"\bunterdr[üu]ck\w* (?:den |deinen )?hunger\b|\bkontrolle [üu]ber dein gewicht\b|"
    r"\baguenta(?:s)? at[ée] (?:ao |o |a )?(?:jantar|almo[çc]o)\b|\baguanta(?:s)? hasta (?:la cena|el almuerzo|la comida)\b|"
    r"\bhold out (?:until|till|til) (?:dinner|lunch|tea|supper)\b|\btiens(?: bon)? jusqu'au (?:d[îi]ner|d[ée]jeuner)\b|"
    r"\bhalte? (?:bis zum (?:abendessen|mittagessen) durch|durch bis zum (?:abendessen|mittagessen))\b|"
    r"\bresisti fino a (?:cena|pranzo)\b")


# the restricting act named as what harms ("skipping meals can take a real toll on you", "... is hard on your body",
# "... isn't safe"): a warning, read right after the act (replies round twenty-seven)
_EATING_HARMS = re.compile(
    r"\s+(?:(?:like (?:that|this)|so often|for (?:days|weeks|that long|so long)|every day|regularly) )?"
    r"(?:(?:often|can|could|may|might|will|would|does|do|really|quickly|soon) ){0,2}"
    r"(?:takes? a (?:\w+ )?toll|hurts?|harms?|damages?|strains?|weakens?|wears? (?:you|your body) (?:down|out)|"
    r"(?:is|are|be|gets?) (?:really |very |so |quite |pretty )?(?:hard|tough|rough) on|"
    r"(?:is|are|be) (?:really |very |so |quite |pretty )?(?:risky|dangerous|harmful|unsafe)|"
    r"(?:isn'?t|aren'?t|is not|are not) (?:good|healthy|safe) for|leaves? you (?:weak|dizzy|exhausted|drained|shaky)|"
    # replyblind32: the act named as the body's alarm ("... is your body asking for fuel")
    r"(?:is|are) your body (?:asking|telling you|crying out|begging|signalling|signaling|running (?:low|on empty))|"
    # replies round twenty-eight, second pass: the same warning in fr es it de pt ("Sauter le dîner peut t'épuiser")
    r"(?:peut|peuvent|risque de|va) (?:t'|te |vous )?(?:[ée]puiser|fatiguer|affaiblir|faire du mal|nuire)|"
    r"puede (?:agotarte|debilitarte|hacerte da[ñn]o)|pu[òo] (?:sfinirti|indebolirti|farti male)|"
    r"kann dich (?:schw[äa]chen|ersch[öo]pfen|krank machen)|pode (?:esgotar-te|enfraquecer-te|fazer-te mal)|"
    # review28: the harm it did before ("... is what put you in hospital last time")
    r"(?:is|was) what (?:put|landed|sent|got) you (?:in|into) (?:the )?hospital|(?:is|was) what (?:made you (?:so )?ill|nearly killed you))\b", _I)


# review27: the harm waved off right after it is named ("... harms nobody", "... is hard on you only for the first
# week", "... can be tough on you at first, but push through"): no warning
_HARM_CONCEDED = re.compile(
    r"\s+(?:nobody|no one|nothing|less|only)\b|"
    r"[^.!?]*?\b(?:at first|in the beginning|for the first (?:few )?(?:days?|weeks?)|(?:only|just) (?:for|at|until|in) |"
    r"but (?:push|keep|stick|it works|you'?ll)|push through|worth it|you'?ll get used)", _I)


# replyblind31: a reply that hands eating to a dietitian, nutritionist or eating-disorder service (en es fr de it pt pl),
# not brushed aside ("no need for a dietitian", "forget the nutritionist"): the learned stage's flag alone is dropped on it
_DIET_REFERRAL = re.compile(
    r"\b(?:(?:registered |sports )?dieti[tc]ian|nutritionist|dietista(?:-nutricionista)?|nutricionista|di[ée]t[ée]ticien\w*|"
    r"nutritionniste|ern[äa]hrungsberater\w*|ern[äa]hrungsfachkraft|di[äa]tassistent\w*|nutrizionista|dietolog\w*|dietetyk\w*|"
    r"eating disorder (?:service|team|clinic|charity|helpline)|beat(?:'s)? helpline)\b", _I)
_REFERRAL_BRUSHED = re.compile(r"\b(?:don'?t|do not|no) need\b|\b(?:skip|forget|ignore|without|instead of|never mind|"
                               r"sin|sans|ohne|senza|sem|bez|olvida|oublie|vergiss)\b[^.!?]{0,15}$", _I)


def _refers_eating(text: str) -> bool:
    return any(not _REFERRAL_BRUSHED.search(text[max(0, m.start() - 30):m.start()]) for m in _DIET_REFERRAL.finditer(text))


# replyblind31b: purging or restriction envied ("honestly jealous, I wish I could do that"), restriction leaned into,
# foods kept under a calorie number with a strict log, the one meal skipped too and hunger said to pass (it)
# ... and the client's purging or restricting told in those words ("I threw up after dinner again", "when I restrict")
# replyblind33: eating told by a food, a snack plan, hunger, thinspo, weighing or body checking ("I went for pizza", "my dietitian
# wants me to have snacks", "always hungry in the evenings", "thinspo accounts", "weighing myself", "checking my collarbones")
_EATING_CONTEXT33 = (r"\b(?:pizza|cake|chocolate|crisps|burgers?|takeaway|dessert|ice cream|biscuits|cookies|sweets|candy|fries|"
                     r"snacks?|dietitian|hungry|hunger|appetite|thinspo\w*|pro-?ana|pro-?mia|weighing myself|collarbones?|hip ?bones?|"
                     r"huge lunch|big lunch|viel gegessen|atrac[óo]n|abendessen)\b")
# replyblind34: meals replaced by drinks ("drinking only smoothies and water for a week", "a liquid diet")
_EATING_CONTEXT34 = r"\b(?:smoothies?|(?:protein |meal replacement )?shakes|juices?|liquid diet|drinking only|only drinking|nothing but water)\b"
_EATING_CONTEXT31B = r"\b(?:threw up|throw(?:ing)? up|make myself (?:sick|throw up)|made myself sick|restrict(?:ing|ed)?|purg(?:e|ed|ing))\b"
_EDE_ENVY31B = (r"\b(?:(?:so |honestly |kinda |lowkey )?(?:jealous|envious)\b[^.!?]{0,40}\bi wish i (?:could|had)|"
                r"i wish i (?:could|had the willpower to) (?:do that|not eat|skip|throw up|purge|eat (?:that|so) little)|"
                r"lean into (?:it|the restriction|restricting|that)|foods? under \d+ (?:calories|cals|kcal)|"
                r"(?:keep|stick to) a strict (?:food |calorie )?log|saltare anche (?:quello|quel pasto|il pranzo|la cena)|"
                r"la fame (?:passa|se ne va))\b")

# replyblind33b (33L: es fr de it pt nl pl and informal English, kept apart from replyblind33's English forms): fasting
# or restriction called discipline ("Vasten is pure zelfdiscipline", "Il digiuno è disciplina pura", "Fasten ist echte
# Selbstdisziplin"), hunger said to go away on its own after the trick ("dann vergeht der Hunger", "dan voel je de honger
# niet", "głód szybko minie", "hunger is going away when you sleep"), weighing every day advised ("Pesa-te todos os dias",
# "Pesati ogni mattina"), purging condoned as long as one feels lighter after it (de nl: "Solange du dich danach besser
# fühlst", "Als je je daarna lichter voelt"); read in ``contextual`` and ``after`` against an eating context
_EDE_ADVICE33L = (
    r"\b(?:(?:pure|pura|puro|echte|wahre|vera|vero|real|true|czysta|prawdziwa|echt) (?:zelf|selbst|auto|self-?|samo)?"
    r"(?:discipline|disziplin|disciplina|dyscyplina)|(?:discipline|disciplina|disziplin) (?:pura|puro|pure)|"
    r"(?:vergeht|verschwindet) (?:dir |auch )?(?:der |dein )?hunger|(?:der |dein )?hunger (?:vergeht|verschwindet)|"
    r"(?:voel|merk) je (?:de |je |geen |die )?honger (?:niet|minder)|(?:de |je )?honger (?:gaat|verdwijnt|zakt) (?:weg|over|vanzelf)|"
    r"g[łl][óo]d (?:szybko |sam |zaraz |od razu )?(?:minie|mija|przejdzie|przechodzi|zniknie|znika)|"
    r"hunger (?:is|will be) (?:going|gone) away|hunger (?:will )?go(?:es)? away|"
    r"(?:la )?faim (?:passe|s'en va|dispara[îi]t)|(?:la )?fame (?:passa|sparisce|se ne va)|(?:a )?fome (?:passa|vai embora|some|desaparece)|"
    r"se (?:te |le )?(?:quita|pasa|va) el hambre|"
    r"(?:pesa-te|p[ée]sate|pesati|p[èe]se-toi|wieg dich|weeg je(?:zelf)?|wa[żz] si[ęe]|weigh (?:yourself|urself|ur ?self))\b[^.!?]{0,20}?"
    r"\b(?:todos os dias|todas as manh[ãa]s|cada (?:ma[ñn]ana|d[ií]a|dia)|todos los d[ií]as|todas las ma[ñn]anas|ogni (?:mattina|giorno)|"
    r"tous les (?:matins|jours)|jeden (?:morgen|tag)|t[äa]glich|elke (?:ochtend|dag)|codziennie|ka[żz]dego (?:ranka|dnia)|"
    r"every (?:morning|day)|daily)|"
    r"solange (?:du dich|es dir) (?:danach |dabei |damit )?(?:besser|leichter|gut)|"
    r"als je je (?:daarna |erna |er )?(?:lichter|beter|goed) (?:bij )?voelt)\b")
# replyblind33b: the client's eating told in words the contexts lack: hunger in pl ("chce mi się jeść", "jestem głodna"),
# German "Heißhunger", Dutch fasting in the first person ("ik vast"), a weight in quilos/chili/kilo, "só comi" (pt),
# a meal skipped in French ("j'ai sauté le déjeuner"), being sick in German and Dutch ("übergebe mich", "geef over")
_EATING_CONTEXT33L = (r"\b(?:chce mi si[ęe] je[śs][ćc]|jestem (?:taka |taki |strasznie |bardzo )?g[łl]odn[aey]|hei[ßs]hunger|"
                      r"ik vast|ik ben aan het vasten|\d+ ?(?:quilos?|chili|kilo|kilogram\w*)|s[óo] comi|"
                      r"saut[ée] (?:le|mon|les|des) (?:d[ée]jeuner|d[îi]ner|repas|petit-d[ée]jeuner)|"
                      r"[üu]bergebe (?:ich )?mich|mich (?:zu )?[üu]bergeben|geef (?:ik )?(?:\w+ )?over|overgeven)\b")


class EncouragesDisorderedEating(_CounsellorCheck):
    name = "encourages_disordered_eating"
    reason = "encourages_disordered_eating"
    weight = 1.0
    recommendation = "a counsellor turn that encourages restriction, purging or compensating must never be trained on"
    pattern = re.compile(
        r"\b(?:get(?:ting)?|bring) it down to \d+|\bskip(?:ping)? (?:meals|dinner|breakfast|lunch)\b|"
        r"\b(?:skip|stop) eating\b|\bdon'?t eat (?:carbs|after|anything)\b|\bstop eating after\b|\bfasting for\b|"
        r"\bfast for (?:a|\d+) (?:week|days)\b|\bpurging helps\b|\bcan never be too thin\b|\blaxatives are\b|"
        r"\bblack coffee when you'?re hungry\b|\bweigh yourself every\b|\bthe more you burn\b|\bclever trick\b|"
        r"\bwater fast\b|\b(?:chew|chewing) gum instead\b|\binstead of (?:lunch|dinner|breakfast|eating|a meal)\b|"
        r"\b(?:under|less than|below) \d+ (?:calories|cals|kcal|a day)\b|\b(?:aim|stick) (?:for|to) (?:under|less than|"
        r"below) \d+|\bthin by\b|\banother (?:few|couple of|\d+) (?:kilos|pounds|kg|lbs)\b|\b(?:faster|quicker) results\b|"
        r"\bwhat they don'?t know\b|\bno pain,? no gain\b|\b(?:stay|keep) (?:slim|thin|skinny)\b|"
        r"\bsalta (?:anche )?(?:la cena|il pranzo|i pasti)\b|\bno comas\b|\barrête de manger\b|\bhör auf zu essen\b|"
        r"\bpare de comer\b|\bsaute[zr]? aussi\b|"
        # replyblind31: a first meal pushed ever later, a full day's fast tried, meals swapped for a shake or celery
        r"\bthe (?:longer|later) you (?:can )?(?:push|hold off|delay|put off) (?:that |your |the )?(?:first meal|eating|breakfast)\b|"
        r"\b(?:try|trying|do|doing) (?:a )?full 24 ?h(?:ours?|rs?)?\b|"
        r"\bswap (?:your )?(?:dinner|lunch|breakfast|meals?) for (?:a )?(?:protein shake|black coffee|celery|water)\b|\badelgazar[aá]s\b|\bnimmst du (?:schnell )?ab\b|"
        r"\bmanter o peso\b|\bjeszcze ograniczy\w*|\bvedrai che risultati\b|更瘦|瘦下来|"
        # replies round fifteen: a calorie target at starvation level ("stick to 500 calories a day"), in English and es fr de it pt
        r"\b(?:stick to|aim for|keep (?:it )?(?:to|under|below|at)|limit yourself to|no more than|max(?:imum)? of|stay (?:under|below)|"
        r"get (?:it )?down to|qu[ée]date en|no pases de|m[áa]ximo|pas plus de|reste (?:sous|[àa])|maximum|nicht mehr als|"
        r"h[öo]chstens|maximal|bleib (?:unter|bei)|non pi[uù] di|sotto le|massimo|n[ãa]o mais de|abaixo das|fica nas) "
        r"(?:[1-9]\d{2}|1[01]\d{2}) ?(?:calories|cals|kcal|kalorien|calorie|calor[ií]as)\b|"
        # replies round twenty-eight: the target reached by cutting down ("cutting down to around 800 calories a day")
        # review28: not asked of someone else's advice ("did someone tell you to go down to 1000 calories?"), and "a day"
        # read with it so that a harm said after it is seen ("cutting down to 800 calories a day is dangerous")
        r"\b(?<!tell you to )(?<!told you to )(?:cut|cutting|get|getting|go|going|bring|bringing|drop|dropping) (?:it |yourself )?down to (?:around |about |roughly |just |only )?"
        r"(?:[1-9]\d{2}|1[01]\d{2}) ?(?:calories|cals|kcal)(?: a day| per day| daily)?\b|"
        r"\b(?:[1-9]\d{2}|1[01]\d{2}) (?:would be|w[äa]re|serait|ser[ií]a|sarebbe|seria) (?:even |noch |encore |a[uú]n |ancora |ainda )?"
        r"(?:better|besser|mieux|mejor|meglio|melhor)\b|"
        # replies round fifteen: looks said to gain from thinness ("you'd look better thinner"), in English and es fr de it pt
        r"\b(?:you'?d|you would|you'?ll|you will|you could) look (?:\w+ )?(?:better|prettier|hotter|great|amazing|perfect|fitter|"
        r"good) (?:if you (?:lost|dropped|were)|(?:a bit |a little |even |much |so much )?(?:thinner|slimmer|skinnier|lighter)|"
        r"with (?:a few|less|fewer|\d+) )|\b(?:thinner|slimmer|skinnier) (?:would|will|really) (?:look|suit)|"
        r"\b(?:m[áa]s|plus|noch|pi[uù]|mais) (?:guap|bonit|lind|jolie?|belle?|h[üu]bsch|sch[öo]n|bell[ae]|perfeit|perfett|parfait|sexy)"
        r"\w*[^.!?]{0,25}\b(?:delgad\w*|flac\w*|mince|maigre|d[üu]nn\w*|schlank\w*|magr[ae]|kilos? de moins|kilos? menos|"
        r"kilo weniger|chili in meno|quilos? a menos|quilos? menos)|"
        r"\b(?:delgad\w*|flac\w*|mince|maigre|d[üu]nn\w*|schlank\w*|magr[ae]|con (?:dos|tres|unos) kilos menos|"
        r"avec (?:deux|trois|quelques) kilos de moins)[^.!?]{0,20}\b(?:m[áa]s|plus|noch|pi[uù]|mais|ancora) "
        r"(?:guap|bonit|lind|jolie?|belle?|h[üu]bsch|sch[öo]n|bell[ae]|perfeit|perfett|parfait|sexy)\w*",
        re.IGNORECASE,
    )
    contextual = re.compile(
        _EDE_PRAISE30 + "|" + _EDE_ENVY31B + "|"
        r"\b(?:well done|keep it up|keep going(?! to (?:treatment|therapy|(?:her|his|their|your) (?:sessions|appointments|treatment|therapist|dietitian)))|impressive|amazing|fantastic|brilliant|great (?:idea|commitment|job|work)|"
        r"that'?s great|good for you|smart|clever|dedication|discipline|disciplined|willpower|self-control|"
        r"you look (?:fantastic|great|amazing)|perfect|(?:drop|lose|shed) (?:the|more|a few|some)? ?(?:weight|kilos|pounds)|"
        r"it'?s okay to keep|tudo bem|très bien|continue(?:z)? comme ça|continua così|brav[oa]|sigue así|"
        r"qu[eé] disciplina|mach weiter|weiter so|super|ottimo|[śs]wietnie|continue assim|they'?re jealous|"
        r"fuerza de voluntad|buena idea|boa ideia|bonne id[ée]e|gute idee|buona idea|dobry pomys\w*|goed idee|goud waard|"
        r"bleib dran|dyscyplin\w*|disziplin\w*|you worked (?:so |really )?hard for|love that for you|"
        # reply round twelve: restriction praised as health
        r"(?:very|so|super|really|heel|zo|sehr|muy|tr[èe]s|molto|muito|bardzo) (?:healthy|gezond|gesund|sano|sain|saud[áa]vel|zdrowo)|"
        r"your body will thank you|je lichaam zal je dankbaar zijn|dein k[öo]rper wird (?:es )?dir danken|tu cuerpo te lo agradecer[áa]|"
        r"(?:great|good|healthy|right|strong) (?:mindset|attitude)|gute einstellung|(?:smart|clever|great|neat) hack|"
        r"(?:the |a )?(?:cleanse|detox)|stay disciplined|very doable|"
        r"au moins tu ne grossis|al menos no engordas|almeno non ingrassi|pelo menos n[ãa]o engorda|przynajmniej nie tyjesz|"
        r"good for (?:the|your) figure|gut f[üu]r die figur|bueno para la figura|bon pour la ligne|buono per la linea|"
        r"dobre dla figury|goed voor je figuur|"
        # replies round fifteen: "just eat less", weight lost faster, in English and es fr de it pt
        r"eat less|come menos|mange(?:z)? moins|iss (?:einfach |halt |doch )?weniger|mangia (?:di )?meno|"
        r"(?:lose|drop|shed) (?:it|weight|the weight|kilos|pounds) (?:faster|quicker|quickly|fast)|(?:faster|quicker) weight loss|"
        r"nimmst du (?:noch |viel )?(?:schneller |mehr |schnell )?ab|adelgazar[áa]s|adelgazas (?:m[áa]s )?(?:r[áa]pido|deprisa)|"
        r"maigriras|tu perdras (?:plus vite|du poids|vite)|dimagrirai|(?:vedrai che|cos[ìi]) dimagrisci|"
        r"(?:vais|vai) emagrecer|emagreces (?:mais )?(?:depressa|r[áa]pido)|mangi meno|comes menos|manges moins|isst (?:du )?weniger|"
        # fasting called harmless, weight gain warned off
        r"(?:fast\w*|je[ûu]ne\w*|ayun\w*|fasten|digiun\w*|jejum)[^.!?]{0,40}(?:won'?t (?:hurt|harm)|ne (?:te |vous )?fera pas (?:de )?mal|"
        r"no te (?:har[áa]|va a hacer) da[ñn]o|schadet (?:dir )?nicht|non (?:ti )?(?:fa|far[àa]) male|n[ãa]o (?:te )?faz mal)|"
        r"don'?t (?:\w+ ){0,4}?gain (?:any |the )?(?:weight|pounds|kilos|it back)|n[ãa]o (?:ganhes|ganhe) peso|n[ãa]o engordes|"
        r"no (?:engordes|ganes peso|subas de peso)|ne (?:grossis|prends) pas(?: de poids)?|nimm (?:blo[ßs] |ja |bitte )?nicht zu|"
        r"non ingrassare|non prendere peso|"
        # thinness praised, weight loss welcomed
        r"(?:you look|you'?re looking|stai|est[áa]s|tu es|t'es|du siehst|du bist|ficas) (?:\w+ ){0,2}?(?:so |really |très |sehr |muy |molto |t[ãa]o |cos[ìi] )?"
        r"(?:thin|skinny|slim|slimmer|thinner|magr[ao]|delgad[ao]|flac[ao]|mince|d[üu]nn|schlank|magrinh[ao])|"
        r"(?:enjoy|love) (?:the|your) (?:weight loss|new figure|new body)|(?:slimmer|thinner|skinnier) than ever)\b|"
        # replies round twenty-eight, second pass: willpower praised in it pt fr de nl pl tr; the restriction or checking
        # said to keep "everything under control" in es it pt de nl pl tr; one more day held out for results
        r"\b(?:forza di volont[àa]|for[çc]a de vontade|volont[ée] de fer|willenskraft|wilskracht|si[łl]a woli|silna wola|irade|"
        r"(?:as[ií]|cos[ìi]|assim|so|zo|dzi[ęe]ki temu|b[öo]ylece) (?:\w+ ){0,2}?(?:todo|tutto|tudo|alles|wszystko|her [şs]ey) "
        r"(?:bajo control|sotto controllo|sob control[eo]|im griff|onder controle|pod kontrol[ąa]|kontrol[üu]nde)|"
        r"(?:one more|another) (?:day|week)[^.!?]{0,40}\b(?:results?|difference)|(?:un d[ií]a m[áa]s|ancora un giorno|"
        r"noch einen tag|nog een dag|jeszcze (?:jeden )?dzie[ńn]|bir g[üu]n daha|mais um dia|un jour de plus|encore un jour)"
        r"[^.!?]{0,40}(?:resultad\w*|risultat\w*|ergebnis\w*|resultaat\w*|efekt\w*|sonu[çc]\w*|r[ée]sultat\w*|dif+eren\w*|"
        r"unterschied|verschil|r[óo][żz]nic\w*|fark\w*))|"
        r"很好|继续坚持|" + _CONDONE + "|" + _EATING_MORE_ADVICE + "|" + _EDE_ADVICE31 + "|" + _EDE_ADVICE32 + "|" + _EDE_ADVICE33 + "|" + _EDE_ADVICE33L + "|" + _EDE_ADVICE34, re.IGNORECASE)
    context = re.compile(_EATING_CLIENT.pattern + "|" + _EATING_MORE + "|" + _EATING_LANGS30 + "|" + _EATING_CONTEXT31 + "|"
                         + _EATING_CONTEXT31B + "|" + _EATING_CONTEXT33 + "|" + _EATING_CONTEXT34 + "|" + _EATING_CONTEXT33L, _I)
    context_not = re.compile(_EATING_RECOVERY.pattern + "|" + _EATING_DONE35A, _I)  # replyblind35a: eating done as planned
    context_not = re.compile(context_not.pattern + "|" + _EATING_DONE36A, _I)  # replyblind36a: three meals or a snack eaten
    after_context = re.compile(_EATING_CLIENT.pattern + "|" + _EATING_MORE + "|" + _EATING_LANGS30 + "|" + _EATING_CONTEXT31 + "|"
                               + _EATING_CONTEXT31B + "|" + _EATING_CONTEXT33 + "|" + _EATING_CONTEXT34 + "|" + _EATING_CONTEXT33L + r"|\b(?:eaten|chew\w* and spit\w*|fast(?:ed)? for|collarbones?|"
                               r"ribs|hip ?bones?|thigh gap|in the mirror|run(?:ning)? twice|made myself sick|"
                               # reply round eight: a meal named, eaten in es fr de it pt pl sv
                               r"breakfast|lunch|dinner|snacks?|com[ií]|mang[ée]|gegessen|mangiat\w*|pranzo|cena|"
                               r"zjad[łl]\w*|[åa]t)\b", _I)
    # praise or practical help for restriction, purging and compensating, after an acknowledgement
    after = re.compile(
        r"\b(?:impressive|amazing|great|real|admirable|such) (?:self-?)?(?:discipline|control|willpower|dedication)\b|"
        r"\b(?:one meal|skipping|fasting|not eating|only eating|restricting|purging|laxatives)\b[^.!?]{0,30}\b(?:good|great|healthy|"
        r"sensible|solid) (?:routine|habit|plan|approach|idea)\b|"
        r"\bsign (?:that )?(?:it'?s|it is) working\b|\bkeep (?:that|this|the) (?:habit|routine)\b|"
        r"\b(?:smart|clever|good|great) way to (?:stay|keep|lose|burn|control|manage)\b|\bburning it off\b|"
        r"\bstay on track\b|\b(?:just )?use them for (?:a|the|\d+)\b|\bas long as you (?:drink|stay|keep)\b|"
        r"\bmake weight\b|\ba few more (?:weeks|days|kilos|pounds)\b|\bwhere you want to be\b|"
        r"\b(?:lots|loads|plenty) of people do (?:that|this|it) to (?:manage|control|keep|lose)\b|"
        r"\b(?:it'?s|that'?s) probably (?:fine|okay|ok)\b|\b(?:a )?quick fix\b|\b(?:lots|loads|plenty) of (?:models|dancers|athletes|"
        r"people|girls|guys) do (?:that|this|it)\b|\byou'?ll look (?:great|amazing|fantastic)\b|\b(?:summer|beach) body\b|"
        r"\bworth it (?:in the end|for the)\b|\b(?:really |very )?(?:cleansing|detoxing)\b|\bgo with it\b|"
        # body-checking praised, purging and laxatives played down, and help to keep them up
        r"\bgood way to track (?:your )?progress\b|\b(?:bones?|ribs|collarbones?|hip ?bones?|thigh gap)\b[^.!?]{0,40}"
        r"\b(?:motivating|progress)\b|\b(?:purging|throwing up|being sick|vomiting|laxatives?)\b[^.!?]{0,25}"
        r"\b(?:isn'?t|won'?t|not) (?:going to )?(?:hurt|harm|a problem|the end of the world)\b|"
        r"\b(?:stay hydrated|drink (?:plenty of |lots of )?water) (?:when|while|if) you (?:take|use|purge|fast)\b|"
        r"\bpushing through (?:the )?(?:pain|injur\w*) shows\b|\b(?:might|may) (?:just )?be jealous\b|"
        r"\bstick to what keeps you\b|\bdon'?t have to eat (?:more|anything) just because\b|"
        # reply round six: a starvation-level number endorsed, results praised, restriction a hack
        r"\b(?:[1-9]\d{2}|1[01]\d{2})\b(?: (?:calories|cals|kcal|kalorii|calor[ií]as))?[^.!?]{0,12}\b(?:is|are|to|es|est|ist|è|é) "
        r"(?:a |an |very |totally |perfectly |quite |pretty |un |une |ein |een )?(?:manageable|fine|okay|ok|plenty|enough|"
        r"(?:good|solid|sensible|reasonable|safe|healthy|dobry|buen|bon|guter|goede|buon) (?:limit|ceiling|cap|target|"
        r"number|goal|limite|l[ií]mite|grenze|limiet))\b|\b(?:you'?re|you are) (?:seeing|getting) (?:results|progress)\b|"
        r"\bso it'?s working\b|\b(?:all )?(?:that|your|the) hard work (?:has )?paid off\b|"
        r"\b(?:common|handy|useful|neat|good|great|smart) (?:hack|trick)\b|"
        # reply round seven: restriction said to work, hunger suppressed, a harmful method condoned
        # while it "works" or makes the client feel lighter; praise in sv nl pl
        r"\b(?:restricting|fasting|starving|the diet|not eating|skipping meals|purging|cutting back)\b[^.!?]{0,20}\b(?:is|are) "
        r"(?:really |totally |definitely |clearly )?working\b|\b(?:best|great|good|perfect|ideal) appetite (?:killer|suppressant)s?\b|"
        r"\bas long as (?:they'?re|it'?s|they are|it is) (?:working|helping)\b|"
        r"\bif (?:that'?s what|it|that|this) (?:helps|makes) you feel (?:lighter|thinner|better|in control|cleaner)\b|"
        r"\bwenn (?:du dich|es dir) (?:damit |dadurch )?(?:leichter|besser)\b[^.!?]{0,25}\b(?:gut|okay|ok|in ordnung)\b|"
        r"\b(?:bra|starkt|snyggt) jobbat\b|\b(?:fortsätt så|fortsatt sa)\b|\bom det (?:funkar|fungerar|hjälper) (?:för dig )?så\b|"
        r"\bga zo door\b|\bgoed bezig\b|\btak trzymaj\b|"
        # reply round eight, the general form: hunger ridden out or suppressed (water, coffee, gum,
        # ice, sleep), food earned by exercise or hunger, a meal dropped or extra exercise to make
        # up for one, purging or restricting condoned "if it helps", a weight goal cheered on; in
        # English and es fr de it pt pl nl sv
        r"\b(?:fills? (?:you|your (?:stomach|belly)|the stomach) up|keeps? (?:the )?hunger (?:away|at bay|down)|"
        r"(?:the )?hunger (?:passes|goes away|fades|stops)|curbs? (?:the |your )?(?:hunger|appetite|cravings)|"
        r"(?:kills?|suppress\w*|dulls?|numbs?|blunts?) (?:the |your )?(?:hunger|appetite)|"
        r"barely notice you (?:skipped|missed)|you won'?t (?:even )?(?:feel|notice) (?:the )?hung(?:er|ry))\b|"
        r"\b(?:calma|enga[ñn]a|mata) (?:el )?hambre\b|\b(?:coupe|calme|trompe) (?:la )?faim\b|\bcoupe-faim\b|"
        r"\b(?:der )?hunger (?:geht|vergeht) (?:weg|vorbei)\b|\bf[üu]llt den magen\b|\btoglie la fame\b|"
        r"\b(?:tira|engana|mata) a fome\b|\b(?:zabija|oszukuje|oszukasz) g[łl][óo]d\b|\b(?:stilt|onderdrukt) (?:de |je )?honger\b|"
        r"\b(?:d[äa]mpar|st[äa]ller) hungern\b|"
        r"\b(?:you )?earn(?:ed|s|ing)? (?:it|your (?:food|meals?|dinner|lunch|breakfast|snacks?|treats?)|the (?:food|meal|snack|treat))\b|"
        r"\bmovement first\b|\bmerece[sr]? (?:a |la )?(?:comida|comer)\b|\bm[ée]rite[sr]? (?:de manger|ton repas|le repas)\b|"
        r"\bverdien(?:st|t) (?:dir )?(?:das|dein) essen\b|\bti meriti (?:il cibo|di mangiare)\b|\bf[öo]rtj[äa]nar (?:maten|att [äa]ta)\b|"
        r"\bzas[łl]u[żz]y[łl]a?[śs] na (?:jedzenie|posi[łl]ek)\b|"
        r"\b(?:skip|drop|miss) (?:the next|tomorrow'?s|a|one) (?:meal|breakfast|lunch|dinner)\b|"
        r"\b(?:it|that|this) (?:all )?(?:evens|balances|cancels) (?:it |itself |things )?out\b|\b(?:burn|work) (?:it|that|them) off\b|"
        r"\bextra (?:cardio|run|workout|miles?|laps?)\b|"
        r"\bsa(?:ute[sz]?|uter) (?:le |ton )?(?:repas|d[îi]ner|d[ée]jeuner|petit-d[ée]jeuner)\b|\bsupprime[sz]? (?:le |ton )?(?:repas|d[îi]ner|d[ée]jeuner|go[ûu]ter)\b|"
        r"\bc'est compens[ée]\b|\b(?:l[äa]ss|lasse|streich) (?:einfach |doch )?(?:das |dein )?(?:abendessen|fr[üu]hst[üu]ck|mittagessen)\b|"
        r"\b(?:s[áa]ltate|s[áa]ltese|quita) (?:la )?(?:cena|comida|merienda)\b|\bpul[ae] o (?:jantar|almo[çc]o|caf[ée] da manh[ãa])\b|"
        r"\bjedz (?:mniej|tylko)\b|\bsla (?:het |je )?(?:avondeten|ontbijt|lunch) over\b|\bhoppa [öo]ver (?:middagen|lunchen|frukosten)\b|"
        r"\bif (?:throwing up|being sick|purging|fasting|skipping (?:meals|it)|laxatives?) (?:helps|relieves|calms|soothes|works|gets you)\b|"
        r"\bthat'?s something at least\b|" + _CONDONE + "|"
        r"\b(?:brush your teeth|drink (?:some |plenty of |lots of )?water|stay hydrated) (?:after|afterwards)\b|"
        r"\bbebe agua despu[ée]s\b|\bbois de l'eau apr[èe]s\b|\btrink danach\b|"
        + _GOAL_CHEER + "|" + _EATING_MORE_ADVICE + "|" + _EDE_ADVICE31 + "|" + _EDE_ADVICE32 + "|" + _EDE_ADVICE33 + "|" + _EDE_ADVICE33L + "|" + _EDE_ADVICE34, _I)
    # a weight, size or BMI goal the client names: ``after``'s cheering on ("go for it", "doable")
    # is read against it
    after_goal = re.compile(r"\b(?:\d+ ?(?:kg|kilos?|lbs?|pounds|stone)|bmi|size (?:\d|zero)|goal weight|"
                            r"(?:quiero|voglio|quero|je veux|ich will|chc[ęe]|ik wil|jag vill) (?:\w+ ){0,3}(?:pesar|wa[żz]y[ćc]|wegen|v[äa]ga|"
                            r"descendre|unter|under))\b", _I)

    hedge, hedge_chars = _NEGATED, 25

    def examine(self, view: ConversationView) -> str | None:
        found = super().examine(view)
        if found is not None and "learned" in found:
            reply = view.messages[flagged_turn(found)].content
            if _refers_eating(reply):
                return None  # replyblind31: the learned stage alone, on a reply that refers to a dietitian
            if _ED_COUNTER36A.search(reply) or _EATING_DONE_LEARNED36A.search(_client_before(view, flagged_turn(found))):
                found = None  # replyblind36a: the learned stage alone, on a reply that argues against the restriction or
                # praises meals eaten as planned
        return (found or self._read35a(view, _EDE_PHRASES35A, self.after_context)  # replyblind35a
                or self._read36a(view, _EDE_PHRASES36A, self.read_context36a))  # replyblind36a

    def _hit(self, text: str, m: re.Match, client: str) -> bool:
        if _ADVISED_AGAINST34B.search(text, max(0, m.start() - 40), m.start()):
            return False  # replyblind34b: "Rather than skipping dinner, go back to your normal meals"
        if _GOAL_CHEER_ONLY.fullmatch(m.group(0)) and not self.after_goal.search(client):
            return False  # "go for it" cheers a weight goal, not a step in recovery
        # described, not advised: "you might ... skip meals, which sets you up for poor sleep"
        s, _ = _sentence(text, m)
        if re.match(r"[^.!?]{0,30}?\b(?:often|can|could|may|might|tends? to|usually|only) (?:\w+ ){0,2}?(?:keeps?|makes?|leads?|"
                    r"causes?|sets?|triggers?|worsens?|feeds?|fuels?|backfires?|prolongs?|restarts?|leaves?)\b", text[m.end():], _I):
            return False  # replies round fifteen: "skipping meals after a binge often keeps the cycle going"
        if re.search(r"\b(?:whether|wonder(?:ing)? if|ask(?:ing)? (?:you )?if)\b[^.!?,]{0,20}$", text[s:m.start()], _I):
            return False  # replyblind32: the act inside a question asked ("I'd gently ask whether skipping meals has become ...")
        harm = _EATING_HARMS.match(text, m.end())
        if harm and not _HARM_CONCEDED.match(text, harm.end()):
            return False  # replies round twenty-seven: the act is the subject of a harm ("skipping meals can take a toll")
        return super()._hit(text, m, client) and not re.search(
            # replyblind30: a sign listed, not advised ("signs can include ... skipping meals")
            r"\b(?:might|tend to|often|people who|which|may|signs?|symptoms?|includ\w*|such as)\b", text[s:m.start()], _I)

    after = re.compile(after.pattern + "|" + _EDE_AFTER34B, re.IGNORECASE)  # replyblind34b
    after_context = re.compile(after_context.pattern + "|" + _EATING_CLIENT34B, re.IGNORECASE)  # replyblind34b
    after = re.compile(after.pattern + "|" + _EDE_AFTER35A, re.IGNORECASE)  # replyblind35a
    after_context = re.compile(after_context.pattern + "|" + _EATING_CLIENT35A, re.IGNORECASE)  # replyblind35a
    pattern = re.compile(pattern.pattern + "|" + _EDE_ANY36A, re.IGNORECASE)  # replyblind36a
    read_context36a = re.compile(after_context.pattern + "|" + _EATING_CLIENT36A, re.IGNORECASE)  # replyblind36a


# -- terse non-answers --------------------------------------------------------------------------

_ACKNOWLEDGE = re.compile(
    r"\b(?:sorry|hear|here|sounds|understand\w*|glad|thank\w*|that must|that's (?:hard|awful|painful)|"
    r"lo siento|désolée?|tut mir leid|sinto muito|mi dispiace|je suis là|przykro|"
    r"tut mir (?:\w+ )?leid|lament(?:o|amos)|qu[ée] pena|que pena|condol\w+|p[êe]sames|beileid)\b|抱歉|难过|我在", re.IGNORECASE)


# distress told in the first person in words ``_DISTRESS_CLIENT`` lacks (reply round six): not
# coping, not getting up, feeling alone or unseen, nightmares, "I can't take any more" in eight languages
_TERSE_CLIENT = re.compile(
    r"\b(?:can'?t (?:get out of bed|go on|take (?:it|this|any more)|do this any ?more|breathe|function|face (?:it|anyone))|"
    # replyblind31: hated by everyone, drinking or coping "getting bad", something to get through
    r"(?:everyone|everybody|they all|the whole (?:class|school|team)) (?:at \w+ |in \w+ )?(?:hates?|ignores?) me|"
    r"(?:it'?s|it is|things are|this is) getting (?:really |so |too )?(?:bad|worse|out of hand|out of control)|"
    r"(?:just )?to get through (?:it|the day|the night|each day|the week)|"
    r"(?:i'?m|i am) (?:drowning|not coping|falling apart|at breaking point)|(?:nobody|no one) (?:notices|cares|listens)|"
    # replyblind33: bullied, hating school or one's life, lied to or betrayed, a job lost and no way forward (en de es fr it pt)
    r"(?:i'?m|i am|i'?ve been|i was|been|being|get|getting) bullied|i hate (?:school|my life|myself|everything|it here)|"
    r"(?:been )?lying to me|betrayed me|i feel betrayed|(?:meinen|den) job verloren|wei(?:ß|ss) (?:einfach )?nicht (?:mehr )?weiter|"
    r"perdi (?:o |meu |o meu )?(?:emprego|trabalho)|(?:he )?perdido (?:mi|el) trabajo|perdu mon (?:travail|emploi|boulot)|"
    r"perso il (?:lavoro|posto)|"
    # replyblind32: a stillbirth or miscarriage, a relapse, someone in intensive care
    # replyblind34: a pet put down, "I'm wrecked / gutted", fired or laid off, everything pointless or heavy
    r"(?:was|got|had to be|been) put (?:down|to sleep)|(?:i'?m|i am|i feel) (?:so |completely |absolutely |totally |just )?"
    r"(?:wrecked|gutted|shattered|crushed)|(?:i was|i got|i'?ve been|i have been|just got) (?:fired|sacked|laid off|let go|made redundant)|"
    r"(?:everything|life|it all) (?:feels|seems|is) (?:so |really |just |completely )?(?:pointless|heavy|hopeless|meaningless)|"
    r"stillborn|stillbirth|miscarr\w*|i (?:have |'ve )?relapsed|(?:is|'s|was) in (?:the )?(?:icu|intensive care)|"
    r"nightmares?|flashbacks?|i feel (?:so |really |completely |totally )?(?:invisible|useless|broken|stuck|lost|"
    r"like a failure|like nothing)|never (?:good )?enough|"
    r"no aguanto|n[ãa]o aguento|n'en peux plus|kann nicht mehr|non ce la faccio|nie daj(?:ę|e) rady|"
    r"kan (?:het|dit) niet meer|"
    # replyblind30: feeling bad told in tr ru pt with an intensifier ("Çok kötü hissediyorum", "Мне очень плохо", "Tô muito mal")
    r"(?:çok |berbat )?kötü hissediyorum|berbat hissediyorum|çok kötüyüm|dayanamıyorum|kimse beni anlamıyor|"
    r"мне (?:очень |так |совсем |сейчас )?(?:плохо|хреново|паршиво)|(?:t[ôo]|estou) (?:muito|t[ãa]o|super|bem) mal|"
    # replies round twenty-seven: a feeling told with an intensifier ("je me sens complètement vide", "ik voel me echt
    # waardeloos"), and no one who cares, in es fr it pt nl pl de
    r"me siento (?:muy|tan|totalmente|completamente|realmente|super) (?:fatal|mal|vac[ií][oa]|in[úu]til|sol[oa]|perdid[oa])|"
    r"je me sens (?:tr[èe]s|si|tellement|compl[èe]tement|totalement|vraiment|trop) (?:mal|nul\w*|vide|seule?|perdue?|inutile)|"
    r"mi sento (?:molto|cos[ìi]|davvero|proprio|completamente|totalmente) (?:male|vuot[oa]|inutile|gi[uù]|sol[oa]|pers[oa])|"
    r"me sinto (?:muito|t[ãa]o|completamente|totalmente|realmente) (?:mal|vazi[oa]|in[úu]til|sozinh[oa]|perdid[oa])|"
    r"ik voel me (?:zo|heel|erg|echt|helemaal|totaal) (?:slecht|rot|leeg|waardeloos|alleen|eenzaam|nutteloos)|"
    r"czuj[ęe] si[ęe] (?:bardzo|tak|strasznie|zupe[łl]nie|ca[łl]kiem) (?:[źz]le|pust[ay]|samotn\w+|bezu[żz]yteczn\w+)|"
    r"ich f[üu]hle mich (?:so|total|v[öo]llig|echt|richtig|ganz) (?:leer|wertlos|allein|einsam|nutzlos|schlecht)|"
    r"ningu[ée]m (?:se importa|liga) (?:comigo|pra mim|para mim)|a nadie le importo|nadie se preocupa por m[ií]|"
    r"personne ne se soucie de moi|nessuno si (?:preoccupa|interessa|cura) di me|"
    r"niemand (?:k[üu]mmert sich um mich|interessiert sich f[üu]r mich|geeft om mij)|nikogo nie obchodz[ęe]|"
    # replies round twenty-seven, second pass: feeling bad told in the inverted German order or as "mies"
    # ("Heute geht es mir wirklich mies"), the Portuguese progressive ("Estou me sentindo muito mal"), a Polish
    # adverb of feeling bad ("Czuję się okropnie"); not negated ("geht es mir nicht schlecht") nor only tired
    r"geht(?:'s| es) mir (?:(?!nicht\b|gar\b|kein\w*\b)\w+ ){0,2}(?:schlecht|mies|beschissen|dreckig|elend)|"
    r"mir geht(?:'s| es) (?:(?!nicht\b|gar\b|kein\w*\b)\w+ ){0,2}(?:mies|beschissen|dreckig|elend)|"
    r"(?:estou|t[ôo]|ando|tenho andado) (?:me )?sentindo(?:-me)? (?:muito |t[ãa]o |bem |super )?(?:mal|p[ée]ssim[oa]|vazi[oa]|sozinh[oa]|in[úu]til)|"
    r"czuj[ęe] si[ęe] (?:\w+ )?(?:okropnie|strasznie|fatalnie|beznadziejnie|podle|koszmarnie)"
    r"(?! (?:zm[ęe]czon\w*|[śs]pi[ąa]c\w*|g[łl]odn\w*|przezi[ęe]bion\w*|najedzon\w*)))\b"
    # review27: not a feeling about a slip toward the counsellor ("ik voel me zo slecht dat ik je niet terugbelde",
    # "mi sento molto male per averti fatto aspettare", "je me sens très mal à l'aise de demander") or about a subject
    # one is bad at ("je me sens trop nulle en maths")
    r"(?!,? (?:dat|omdat) ik (?:je|jou|u|jullie)\b|,? (?:dass|weil) ich (?:dich|sie|euch|den termin|die sitzung)\b|"
    r",? per aver(?:ti|vi|la|lo)\b|,? per (?:non )?aver\w* (?:fatto|dimenticato|saltato|perso) (?:aspettare|la seduta|l'appuntamento|la sessione)|"
    r",? por (?:ter|haber|não ter|no haber) (?:esquecido|olvidado|faltado|perdido) (?:a |la |nossa |nuestra )?(?:sess[ãa]o|sesi[óo]n|cita|consulta)|"
    r",? por (?:llegar|chegar) (?:tarde|atrasad[oa])|,? d'avoir (?:oubli|annul|rat)\w*|"
    r" [àa] l'aise| en (?:maths?|fran[çc]ais|anglais|sport|cuisine|physique|chimie)\b|,? de (?:te |vous )?(?:demander|d[ée]ranger))", _I)


# Replies round seventeen: distress told by the client in ja zh ko ru uk tr pl nl sv id hi ar el he vi (a
# death, a stay in hospital, fear, loneliness, crying, panic, no sleep, a lost job, a divorce, being shut
# out): the terse and short-reply checks' context in those languages, as ``_DISTRESS_LANG`` is in es fr de
# it pt pl nl sv (it is also the semantic stage's gate, left as it was)
_DISTRESS_LANGS = re.compile(
    r"亡くな|死んだ|入院|怖い|不安|寂しい|孤独|泣い|泣き|つらい|辛い|苦しい|パニック|眠れな|限界|失業|クビ|離婚|いじめ|無視され|"
    r"去世|走了|死了|住院|害怕|焦虑|寂寞|哭|难受|崩溃|惊恐|失眠|睡不着|辞退|失业|离婚|孤立|欺负|"
    r"돌아가셨|죽었|입원|무서|불안|외로|울어|울고|힘들어|괴로|공황|잠을 못|이혼|해고|따돌|"
    r"\b(?:умер(?:ла|ли)?|погиб\w*|скончал\w*|в больниц\w*|боюсь|страшно|тревог\w*|одиноко|одинок\w*|плачу|плакать|"
    r"тяжело|паник\w*|паническ\w*|не сплю|уволили|развод\w*|травл\w*|помер(?:ла|ли)?|загину\w*|у лікарн\w*|боюся|"
    r"тривог\w*|самотн\w*|важко|панічн\w*|звільнили|розлуч\w*|"
    r"öldü|vefat\w*|kaybettim|hastane\w*|korkuyorum|kaygı\w*|yalnız\w*|ağlıyorum|panik\w*|uyuyamıyorum|kovuldum|boşan\w*|"
    r"umar[łl]\w*|nie [żz]yje|w szpitalu|boj[ęe] si[ęe]|lęk\w*|p[łl]acz[ęe]|atak\w* paniki|nie [śs]pi[ęe]|rozw[óo]d\w*|"
    r"is dood|(?:ik ben|ben ik) (?:zo |heel |erg |echt )?bang|paniekaanval\w*|slaap (?:al \w+ )?niet|scheiding|"
    r"har d[öo]tt|(?:han|hon|\w+n) dog (?:ig[åa]r|i natt|i morse|f[öo]rra|pl[öo]tsligt)|g[åa]tt bort|sjukhus\w*|r[äa]dd|panikattack\w*|sover inte|uppsagd|skilsm[äa]ss\w*|"
    r"meninggal|wafat|rumah sakit|takut|cemas|kesepian|menangis|serangan panik|tidak bisa tidur|dipecat|bercerai|"
    r"πέθανε|νοσοκομείο|φοβάμαι|μόνος|μόνη|κλαίω|πανικ\w*|δεν κοιμάμαι|απολύθηκα|διαζύγιο|"
    r"qua đời|bệnh viện|sợ hãi|cô đơn|khóc|hoảng loạn|mất ngủ|đuổi việc|ly hôn)\b|"
    r"देहांत|गुज़र गए|गुजर गए|मर गय|मर गई|अस्पताल|डर लग|अकेला|अकेली|रोता|रोती|पैनिक|नींद नहीं|नौकरी चली|तलाक|"
    r"توفي|توفيت|مات|ماتت|المستشفى|خائف|أخاف|وحدة|وحيد|أبكي|هلع|لا أستطيع النوم|فقدت عملي|الطلاق|"
    r"נפטר|בית חולים|מפחד|בודד|בוכה|חרדה|לא ישן|פוטרתי|גירושין", _I)
# sorrow, condolence and acknowledgement in those languages ("お悔やみ申し上げます", "Мне очень жаль", "Başın
# sağ olsun", "Het spijt me", "Turut berduka", "البقاء لله"): the terse and short-reply checks' own
_ACK_LANGS = re.compile(
    r"お悔やみ|残念|ご愁傷|つらかった|辛かった|大変でした|节哀|难过|遗憾|心疼|유감|안타깝|명복|힘드셨|"
    # replyblind33b (33L): thanks for sharing and gladness in pt pl es fr de it nl ("Obrigado por partilhares a tua história. Fico
    # feliz que hoje estejas bem", "Dziękuję, że się tym dzielisz. Cieszę się")
    r"\b(?:obrigad[oa] por (?:partilhar|compartilhar)\w*|fico (?:muito )?feliz (?:que|por)|dzi[ęe]kuj[ęe],? [żz]e si[ęe] (?:tym |tym ze mn[ąa] )?dzielisz|"
    r"ciesz[ęe] si[ęe],? [żz]e|gracias por compartir\w*|me alegra (?:mucho )?(?:saber|que)|merci (?:de|pour) (?:partager|ton partage)|"
    r"danke,? dass du (?:das |es )?(?:teilst|erz[äa]hlst)|sch[öo]n,? dass (?:du|es dir)|freut mich,? dass|"
    r"grazie per (?:averlo )?condivis\w*|sono content[oa] (?:che|di)|fijn dat (?:je|het)|dank je (?:wel )?voor het delen)\b|"
    r"\b(?:жаль|соболезну\w*|сочувству\w*|шкода|співчува\w*|üzgünüm|başın sağ\w*|geçmiş olsun|çok üzüldüm|"
    r"wsp[óo][łl]czuj[ęe]|gecondoleerd|wat erg|wat rot|het spijt me|beklagar|vad tr[åa]kigt|jag [äa]r ledsen|"
    r"turut berduka|ikut sedih|λυπάμαι|συλλυπητήρια|xin chia buồn|rất tiếc|thật buồn)\b|"
    r"दुख हुआ|अफ़सोस|अफसोस|\bafsos\b|آسف|آسفة|البقاء لله|عزائي|أعزيك|رحمه الله|מצטער|משתתף בצער|משתתפת בצער", _I)


# an emoji that holds the client (a heart, a hug) acknowledges; a thumbs-up or a laugh does not
_CARING_EMOJI = re.compile("[\u2764\u2665\U0001f49b\U0001f499\U0001f49c\U0001f49a\U0001f9e1\U0001f90d\U0001f497\U0001f496"
                           "\U0001f495\U0001f493\U0001f49e\U0001f91d\U0001f917\U0001fac2\U0001f64f]")
_SYMBOL = re.compile(r"[^\w\s.,!?;:'\"()\-]")


# replies round fourteen: a reply made only of filler words ("Got it. Moving on.", "Right, okay.", "Va bene.",
# "Bon, d'accord.") is a non-answer up to ``_FILLER_WORDS`` words, not only up to ``max_words``
_FILLERS = frozenset(
    "ok okay k kk right alright noted fine sure got it yep yup yeah yes mm mmm hm hmm cool next moving on anything else "
    "question so well then gut alles klar na und vale bueno bien entendido bon d accord entendu va bene capito certo "
    "t tá ta beleza entendi".split())
_FILLER_WORDS = 8
_THANKS32 = frozenset("thanks thank you thx ty cheers".split())


_TERSE_LEARNED_MAX = 15
# replyblind31b: a one- or two-word challenge that asks nothing ("And?", "So?", "¿Y?", "Et alors ?", "Und?", "E allora?",
# "E daí?", "En?", "No i?", "I co?")
_BRUSH_Q31B = re.compile(r"[¿]?\s*(?:and|so|and so|so what|y|et|et alors|alors|und|und jetzt|na und|e|e allora|allora|e ent[ãa]o|"
                         r"e da[íi]|en|nou en|no i|i co|i)\s*\?+[.!]*", _I)


# replyblind33: a reply of punctuation alone ("?", "??", "...", "?!")
_BARE_MARK33 = re.compile(r"[?¿!.…]{1,4}")
# replyblind34: a bare question word that asks the client to justify or count ("Why?", "What for?", "How much?", "How come?"):
# a brush-off, unlike a question that takes up the client's word ("Stuck how?")
_BARE_WH34 = re.compile(r"(?:and |so |but )?(?:why|why not|what for|how much|how many|how come|since when|like what|what now|"
                        r"who cares)\s*\?+[.!]*", _I)


# replyblind34b: "Okay. Anything else?" / "Next question?" moves past the client (a brush-off, as "And?"); fear, intensive care
# and losing one's home told to a terse reply (en es fr de it pt)
_BRUSH_Q34B = re.compile(r"(?:(?:ok(?:ay)?|right|fine|sure|noted|k|cool|vale|d'accord|gut|certo|beleza)[.,!]*\s*)?"
                         r"(?:anything else|what else|next(?: question| q| one)?|something else|algo m[áa]s|autre chose|sonst noch (?:was|etwas)|"
                         r"altro|mais alguma coisa)\s*\?+", _I)
_TERSE_CLIENT34B = re.compile(
    r"\b(?:uci|icu|tengo (?:mucho |much[ií]simo |tanto )?miedo|j'ai (?:tellement |tr[èe]s |si )?peur|ich habe (?:solche |so |gro(?:ß|ss)e )?angst|"
    r"ho (?:tanta |molta |cos[ìi] tanta )?paura|(?:estou com|tenho|t[ôo] com) (?:muito |tanto )?medo|evicted|homeless|"
    r"nowhere to (?:sleep|go|stay)|where i'?(?:ll|m going to) sleep|(?:so |really )?(?:scared|terrified|frightened))\b", _I)


class TerseNonAnswer(Check):
    name = "terse_non_answer"
    reason = "terse_non_answer"
    tier = "counselling"
    weight = 0.6
    recommendation = "a one-word or few-word answer to a distressed client, with no acknowledgement: not counselling"

    def __init__(self, max_words: int = 3) -> None:
        self.max_words = max_words

    def examine(self, view: ConversationView) -> str | None:
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant" or len(msg.content) > 60:
                continue
            words = _WORD.findall(msg.content)
            cjk = han_kana(msg.content)  # Chinese and Japanese have no spaces: two characters a word
            if cjk:
                words = _WORD.findall(HAN_KANA.sub(" ", msg.content)) + ["" for _ in range(0, cjk, 2)]
            if not words and _SYMBOL.search(msg.content) and not _CARING_EMOJI.search(msg.content):
                words = [""]  # an emoji alone ("👍", "😂") is a reply of one word
            if not words and _BARE_MARK33.fullmatch(msg.content.strip()):
                words = [""]  # replyblind33: a bare "?", "??" or "..." answers nothing (a brush-off, as "And?")
            bare36b = _BARE_LINK36B.fullmatch(msg.content) is not None or _BARE_THANKS36B.fullmatch(msg.content) is not None
            if bare36b:
                words = [""]  # replyblind36b: a link alone, or a canned "Got it. Thanks for sharing.", is one word
            # replyblind32: a filler with a bare thanks ("Noted, thanks.", "Ok thx") thanks for information, it does not
            # acknowledge: its "thanks" is not read as ``_ACKNOWLEDGE``
            thanked = any(w.lower() in _FILLERS for w in words) and all(
                w.lower() in _FILLERS or w.lower() in _THANKS32 for w in words)
            if not words or (_ACKNOWLEDGE.search(msg.content) and not thanked and not bare36b) \
                    or (prescreen.search(_ACK_LANGS, msg.content) and not bare36b) \
                    or _PRESENT_RE35B.search(msg.content) \
                    or task_reply(view, j):
                continue
            if not bare36b and (len(words) > self.max_words or len(msg.content) > 40):
                # replyblind34: fillers with a bare thanks ("Hm, well, noted, thanks.") as fillers alone
                if len(words) > _FILLER_WORDS or not (thanked or all(w.lower() in _FILLERS for w in words)):
                    continue
            i = _client_index(view, j)
            if i is not None and (_DISTRESS_CLIENT.search(view.messages[i].content) or turn_risk(view, i) != "none"
                                  # a short question ("Stuck how?") asks the client on: not to these words; a bare
                                  # "And?" / "No i?" / "Et alors ?" brushes them off (replyblind31b)
                                  or (("?" not in msg.content or _BRUSH_Q31B.fullmatch(msg.content.strip())
                                       or _BARE_MARK33.fullmatch(msg.content.strip())
                                       or _BARE_WH34.fullmatch(msg.content.strip())
                                       or _BRUSH_Q34B.fullmatch(msg.content.strip())
                                       or _BRUSH_Q35B.fullmatch(msg.content.strip()))
                                      and (_TERSE_CLIENT.search(view.messages[i].content)
                                           or _TERSE_CLIENT34B.search(view.messages[i].content)
                                           or _DISTRESS35B.search(view.messages[i].content)
                                           or _DISTRESS36B.search(view.messages[i].content)
                                           or VictimBlaming.context.search(view.messages[i].content)  # replyblind36b: harm told
                                           or _DISTRESS31B.search(view.messages[i].content)
                                                                  or _DISTRESS_LANG.search(view.messages[i].content)
                                                                  or prescreen.search(_DISTRESS_LANGS, view.messages[i].content)))):
                return f"turn {j}: {msg.content.strip()!r} to a distressed client, no acknowledgement"
        found = learned_unless(view, self.reason, SAFETY_LANGS)  # round seventeen: care in another language is not terse
        # replyblind30: a reply of more than ``_TERSE_LEARNED_MAX`` words (Han and kana two characters a word) is no
        # one-word or near-empty answer, whatever the learned stage reads ("よくある副作用の一つです。自己判断で...")
        if found is not None and terse_words(view.messages[flagged_turn(found)].content) > _TERSE_LEARNED_MAX:
            return None
        if found is not None and (_ASKS_ON_ZH36B.search(view.messages[flagged_turn(found)].content)
                                  or _closing_client36b(view, flagged_turn(found))):
            return None  # replyblind36b: a Chinese question asking the client on; a sign-off to a client who closes
        return found


def _closing_client36b(view: ConversationView, j: int) -> bool:
    """replyblind36b: the client turn before ``j`` closes the session ("Dzięki, to tyle na dziś")."""
    client = _client_before(view, j)
    return len(client) <= 80 and _CLOSING_CLIENT36B.search(client) is not None


# -- short replies that pass over distress --------------------------------------------------------

# Anything that shows the client was heard: acknowledgement, validation, a question, praise, a
# referral, normalising psychoeducation ("many people...", "that's common and treatable").
_HEARD = re.compile(
    # replyblind33: two feelings held together ("You can be grateful for the job and still be exhausted by it. Both are true.")
    r"\bboth (?:are|can be|things are|things can be) true\b|\band still (?:be|feel) (?:\w+ )?(?:exhausted|tired|sad|hurt|struggling|"
    r"upset|angry|lonely|overwhelmed|burnt out|burned out|low)\b|"
    r"\b(?:glad|well done|congrat\w*|proud|wonderful|brilliant|great news|makes sense|understandable|natural|valid|"
    r"no right way|common|treatable|help|support|together|with you|(?:not|wasn'?t|isn'?t) (?:your fault|silly|stupid|weak)|"
    r"(?:didn'?t|don'?t) deserve|brave|courage|take your time|no rush|carrying|alone|effort|responsib\w+|you matter|"
    r"gentle|kind to yourself|look after yourself|take care|nothing wrong|perfectly (?:ok|okay|normal|fine)|good thing|"
    r"ok(?:ay)? to|professional|assessment|counsel\w*|therap\w*|many (?:people|survivors|of us)|part of your family|"
    r"médecin|klingt|arzt|ärztin|médico|medico|lekarz\w*|musi być|trudn\w*|jestem tutaj|je m'inquiète|inquiet\w*|"
    r"preocup\w*|sorg\w*|capisco|entiendo|comprends|verstehe|entendo|rozumiem|difficile|difícil|schwer|dif[ií]cil)\b|"
    r"[?？؟\u037e]|医生|理解|难受|辛苦|"
    # replyblind31b: listening offered ("You can talk to me. I'm listening.", "Ik ben er, vertel maar"), "not your fault" in
    # es fr de it pt pl nl, a prescriber named in any form ("flag it to whoever prescribes it")
    r"\b(?:i'?m listening|talk to me|ik ben er|vertel maar|je t'[ée]coute|te escucho|ti ascolto|estou a ouvir|s[łl]ucham ci[ęe]|"
    r"ich h[öo]re dir zu|n[ãa]o [ée] (?:a )?(?:culpa tua|tua culpa)|no es (?:tu culpa|culpa tuya)|ce n'est pas (?:de )?ta faute|"
    r"nicht deine schuld|non [èe] colpa tua|to nie (?:jest )?twoja wina|niet (?:jouw|je) schuld|prescrib\w*)\b|"
    # reply round eleven: the prescriber or pharmacist the reply sends the client to, in plain words
    r"\b(?:psychiatr\w*|psiquiatra|psichiatra|pharmacien\w*|farmac[eê]utic\w*|farmacist\w*|apothek\w*|apotheker|"
    r"pharmacist|prescriber|the surgery|worth (?:raising|mentioning|telling|asking|bringing up)|"
    r"haus(?:arzt|[äa]rztin)|huisarts|klinkt|holding up|how (?:are|r) (?:you|u) (?:doing|feeling|holding))\b|"
    # replies round fourteen: "you're not useless", "it makes sense" in es fr de it pt
    r"\b(?:n'es pas|n'êtes pas|no eres|no est[áa]s|du bist nicht|non sei|n[ãa]o [ée]s|n[ãa]o est[áa]s) (?:\w+ )?"
    r"(?:nul\w*|b[êe]te|stupide|faible|seule?|exag[ée]r\w*|tont[oa]|d[ée]bil|sol[oa]|exagerando|dumm|schwach|allein|"
    r"stupid[oa]|debole|esagerando|est[úu]pid[oa]|frac[oa]|sozinh[oa]|a exagerar)\b|"
    r"\b(?:tiene (?:todo el )?sentido|faz (?:todo o |muito )?sentido|ha (?:molto |senz'altro )?senso|(?:ça|cela) a (?:du|tout son) sens|"
    r"(?:macht|ergibt) (?:total |absolut )?sinn)\b|"
    # replies round fourteen: a loved one or an animal held as family ("Ele fazia parte da família")
    r"\b(?:parte d[ae] (?:la |sua |tua |tu |minha )?fam[ií]li[ae]|parte della (?:tua |sua )?famiglia|de la famille|"
    r"teil (?:der|deiner|eurer) familie|part of the family)\b|"
    # validation in es fr de it pt pl nl sv (reply round eight: distress in those languages reaches
    # this check too): "you have the right to cry", "it's human", "that's understandable"
    r"\b(?:(?:tienes|tiene) derecho|es humano|es normal|es comprensible|(?:tu as|vous avez) le droit|c'est humain|"
    r"c'est normal|c'est compr[ée]hensible|l[ée]gitime|du darfst|das ist menschlich|(?:das ist|ist) (?:ganz )?(?:normal|verst[äa]ndlich)|"
    r"hai (?:il )?diritto|[èe] umano|[èe] normale|[èe] comprensibile|(?:voc[êe] )?tem (?:o )?direito|[ée] humano|[ée] normal|"
    r"[ée] compreens[íi]vel|masz prawo|to ludzkie|to normalne|to zrozumia[łl]e|je mag|dat is menselijk|(?:dat is|is) (?:heel )?"
    r"(?:normaal|begrijpelijk)|du f[åa]r|det [äa]r m[äa]nskligt|det [äa]r (?:helt )?(?:normalt|f[öo]rst[åa]eligt))\b", _I)


# The short-reply check's own reading of risk words: "die" not as the German article before a noun ("Ich habe
# die Übungen gemacht": reply probes, round twenty-seven, second pass; "I want to die. I ..." is still read, its
# full stop between). ``_RISK_CLIENT`` itself, a feature of the learned reply stage, is left as it was.
# replyblind35b: an invitation to say more ("cuéntame", "raccontami", "vertel maar"), and "understandable" or a doctor in tr and
# sv, show the client was heard (presence alone, "I'm here", does not: it can open a reply that passes over the client)
_HEARD = re.compile(_HEARD.pattern + "|" + _INVITE_WORDS35B + r"|\b(?:anla[şs][ıi]l[ıi]r|doktor\w*|hekim\w*|l[äa]kare\w*)\b", _I)
# replyblind36b: exculpation and validation in the words ``_EXCULPATES36B`` and ``_VALIDATES36B`` read ("Dat is geen zwakte",
# "It doesn't mean you agreed", "Isso acontece com muita gente") show the client was heard
_HEARD = re.compile(_HEARD.pattern + "|" + _EXCULPATES36B + "|" + _VALIDATES36B, _I)
_RISK_CLIENT_UNHEARD = re.compile(_RISK_CLIENT.pattern.replace(r"\b(?:die|", r"\b(?:die(?!\s+(?-i:[A-ZÄÖÜ])\w)|", 1), _I)
assert _RISK_CLIENT_UNHEARD.pattern != _RISK_CLIENT.pattern


class UnacknowledgedDistress(Check):
    """A short reply (at most ``max_words`` words) to a client turn that tells of distress, risk,
    harm done to them, medication or eating, with nothing that shows the client was heard: no
    acknowledgement, validation, question, safety response or referral ("Get out more." to "I'm
    so lonely I cry every night"). The crisis check asks this of risk disclosures; this asks it of
    distress in general, and only of short replies, since a long answer that explains is not
    passing over the client (CounselChat's answers)."""

    name = "unacknowledged_distress"
    reason = "unacknowledged_distress"
    tier = "counselling"
    weight = 0.4
    recommendation = ("a short reply that passes over the client's distress (no acknowledgement, question or "
                      "referral): a poor counselling example, review it or keep it out of training")

    def __init__(self, max_words: int = 30) -> None:
        self.max_words = max_words
        self._longer = more_words_than(max_words)

    def _unheard(self, text: str) -> bool:
        """Whether the reply ``text`` is short (1 to ``max_words`` words) and holds no
        acknowledgement, safety response, care, reflection or validation: a function of the text
        alone, kept with it (``Folded.remembered``)."""
        cjk = han_kana(text)
        # words past ``max_words`` are not counted: the reply is too long either way (one
        # ``re`` match tells, without a match object a word)
        words = (terse_words(text, cjk) if cjk
                 else self.max_words + 1 if self._longer.match(text) else len(_WORD.findall(text)))
        return not (not words or words > self.max_words or prescreen.search(_HEARD, text)
                    or prescreen.search(SAFETY_RESPONSE, text) or prescreen.search(_CARE, text)
                    or prescreen.search(SAFETY_LANGS, text) or prescreen.search(_ACK_LANGS, text)
                    or REFLECTION.search(text) or VALIDATION.search(text))

    def examine(self, view: ConversationView) -> str | None:
        key = ("unheard", self.max_words)
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant":
                continue
            text = msg.content
            if not view.fold(text).remembered(key, lambda: self._unheard(text)) or task_reply(view, j):
                continue
            i = _client_index(view, j)
            if i is None:
                continue
            client = view.messages[i].content
            if any(p.search(client) for p in (_DISTRESS_CLIENT, _VICTIM_CLIENT, _RISK_CLIENT_UNHEARD, _MED, _EATING_CLIENT,
                                              _DISTRESS_LANG)) or prescreen.search(_DISTRESS_LANGS, client) \
                    or turn_risk(view, i) != "none":
                return f"turn {j}: a short reply that passes over what the client said in turn {i}"
        return None


# -- replyblind31b: the subject changed on a distressed client ------------------------------------

# Distress ``_DISTRESS_CLIENT``, ``_DISTRESS_LANG`` and ``_TERSE_CLIENT`` lack (replyblind31b): failing at
# everything, not coping, getting worse, needing to see someone, something hard to tell, no one understanding,
# panic attacks and a bad patch, burnout, feeling bad, not getting out of bed, in en es fr de it pt nl pl
_DISTRESS31B = re.compile(
    r"\b(?:failing at|not coping|getting worse|need (?:to see|to talk to) someone|something (?:hard|difficult|painful) "
    r"(?:about|to tell|that happened)|(?:nobody|no one) understands me|can'?t (?:even )?shower|"
    r"attacchi di panico|fase (?:muito |bem )?(?:m[áa]|dif[íi]cil)|esgotamento|burn-?out|"
    r"jest mi (?:\w+ )?(?:[źz]le|ci[ęe][żz]ko|smutno)|nie mog[ęe] wsta[ćc]|waardeloos|"
    r"personne ne me (?:voit|comprend)|(?:den ganzen tag|die ganze nacht) geweint|muy sola|muy solo)\b", _I)
# the client asking for the change of subject, or with nothing to be heard ("can we talk about something else?",
# "I don't want to talk about it today", "just wanted to say hi"): a new topic is what they asked for
_ASKS_OTHER_TOPIC31B = re.compile(
    r"\b(?:(?:can|could) we (?:just )?(?:talk|chat) about (?:something|anything) else|(?:can|could) we (?:just )?(?:talk|chat) about "
    r"(?:football|the match|films?|music|your|something (?:fun|nice|lighter))|(?:don'?t|do not) (?:want|wanna) to (?:talk|go on) about "
    r"(?:it|this|that|him|her)|let'?s talk about something else|just wanted to say hi|(?:i'?m|i am) (?:okay|ok|fine|good) today|"
    r"hablemos de otra cosa|no quiero hablar de (?:eso|ello)|parlons d'autre chose|je ne veux pas en parler|"
    r"lass uns (?:über|von) (?:was|etwas) anderes|ich will nicht dar[üu]ber reden|parliamo d'altro|non voglio parlarne|"
    r"vamos falar de outra coisa|n[ãa]o quero falar (?:disso|sobre isso)|laten we het over iets anders|ik wil er niet over praten|"
    r"porozmawiajmy o czym[śs] innym|nie chc[ęe] o tym rozmawia[ćc])\b", _I)
# replyblind33b (33L): the subject changed in so many words or a pastime asked about, in es fr de it pt nl pl and informal
# English ("cambiando de tema", "sinon t'as regardé le match ?", "Lasciamo perdere queste cose tristi. Che fai stasera?",
# "Dobra, zmieńmy temat", "Heb je trouwens ... gezien?", "let's talk about something more happy", "what is your favourite
# movie?"): alternatives of ``_TOPIC_CHANGE31B``, read on a distressed client only
_TOPIC_CHANGE33L = (
    r"cambiando de tema|cambiemos de tema|hablemos de (?:algo|otra cosa) (?:m[áa]s )?(?:alegre|bonito|divertido)|"
    r"changeons de sujet|changement de sujet|sinon,? (?:t'as|tu as) (?:vu|regard[ée])|"
    r"(?:anderes|neues) thema|themawechsel|lass uns (?:lieber )?(?:über|von) (?:was|etwas) (?:sch[öo]nes|anderes|lustiges) reden|"
    r"lasciamo perdere (?:queste|questi|ste) (?:cose|discorsi)|cambiamo (?:discorso|argomento)|che (?:fai|facciamo) stasera|"
    r"mudando de assunto|(?:vamos )?mudar de assunto|(?:viste|viu) o jogo|"
    r"(?:heb|had) je trouwens|(?:een )?ander onderwerp|"
    r"zmie[ńn]my temat|zmieniaj[ąa]c temat|co robisz w (?:weekend|sobot[ęe]|niedziel[ęe])|"
    r"let'?s talk about something (?:more |a bit more )?(?:happy|happier|fun|nice|nicer|positive|cheerful|lighter)|"
    r"what(?:'s| is) (?:your|ur) fav(?:ou?rite)? (?:movie|film|song|food|colou?r|show|band)")
# a new, unrelated topic opened on the client (a match, a series, dinner, the weekend, holiday plans, paperwork,
# last week's homework), the disclosure parked or sent elsewhere ("this isn't the sub for this", "try messaging
# again tomorrow", "I don't do relationship stuff", "keep things light"), in en es fr de it pt nl pl; read in a reply
# (or the part after its turn) with no acknowledgement, care or safety response
_TOPIC_CHANGE31B = re.compile(
    r"\b(?:(?:did|have) (?:you|u) (?:see|seen|watch|watched|catch|caught) (?:the|that|last night'?s|the new|that new) "
    r"(?:match|game|film|movie|show|series|episode|derby|final|news|new)|are we still on for|"
    r"what (?:do|did) (?:you|u) (?:want|fancy) for (?:dinner|tea|lunch|breakfast|supper)|"
    r"what (?:are|r) (?:you|u) (?:doing|up to) (?:this|at the|on the|for the) weekend|"
    r"(?:keep|keeping) (?:things|it) light|(?:chat|talk) about (?:your|the) (?:holiday|weekend|summer|christmas) plans|"
    r"let'?s (?:park|shelve) (?:that|this|it)\b|"
    r"i'?d rather (?:we )?(?:focus on|stick to|get (?:back )?to) (?:the |your |last week'?s )?(?:homework|worksheet|agenda|plan|"
    r"thought records?|exercises?|forms?|paperwork)|let'?s not make a (?:fuss|thing|big thing|scene)|"
    r"(?:try|just) (?:messaging|message|texting|text|calling|call|writing) (?:us |me )?(?:again|back) (?:tomorrow|later|another time)|"
    r"i (?:don'?t|do not) (?:really )?do (?:relationship|emotional|feelings?|sad|heavy|deep|personal) (?:stuff|things|talk|chats?)|"
    r"(?:this|that) (?:isn'?t|is not|'s not) (?:really )?the (?:sub|subreddit|place|forum|thread|group|channel|chat) for (?:this|that)|"
    r"back to the (?:topic|subject|point|thread)|drama queen|"
    r"(?:now|next) (?:we|let'?s) (?:talk about|do|look at|move (?:on )?to|go (?:on )?to|discuss) (?:your |the )?(?:visa|documents?|"
    r"forms?|paperwork|application|bills?|rent|homework|schedule|timetable)|"
    r"(?:has|habéis|has) visto (?:la|el) (?:nueva|nuevo|serie|partido|pel[ií]cula)|no (?:vamos a hablar|hablemos) de eso|"
    r"on ne va pas y passer (?:la journ[ée]e|des heures|la nuit|la soir[ée]e|la semaine)|"
    r"was machst du (?:eigentlich |denn |so )?(?:am|dieses|übers) wochenende|lass uns (?:lieber )?über was anderes reden|"
    r"non ho tempo per (?:queste cose|questo|ste cose)|ne parliamo un'altra volta|"
    r"n[ãa]o vamos falar (?:disso|sobre isso)|j[áa] viste o (?:jogo|filme|epis[óo]dio)|"
    r"zullen we het over iets (?:leukers|anders|gezelligers) hebben|"
    r"nie rozczulajmy si[ęe]|co (?:tam )?w pracy\?|" + _TOPIC_CHANGE33L + r")", _I)
_TOPIC_CHANGE31B = re.compile(_TOPIC_CHANGE31B.pattern[:-1] + "|" + _TOPIC35B + ")", _I)  # replyblind35b


# replyblind33b (33L): hurting oneself told in the reflexive past the risk detector may not read ("mi sono fatta male di
# nuovo", "znowu zrobiłam sobie krzywdę", "me hice daño", "je me suis fait du mal", "ich habe mich verletzt", "ik heb mezelf
# pijn gedaan", "eu me machuquei"): distress for ``topic_change31b``
_HURT_SELF33L = re.compile(
    r"\b(?:mi sono (?:fatt[ao] male|ferit[ao]|tagliat[ao])|zrobi[łl]\w* sobie krzywd\w*|me (?:he )?hice da[ñn]o|"
    r"je me suis (?:fait du mal|bless[ée]e?|coup[ée]e?)|ich (?:habe|hab) mich (?:\w+ )?(?:verletzt|geritzt|geschnitten)|"
    r"ik heb mezelf (?:\w+ )?(?:pijn gedaan|gesneden|verwond)|(?:eu )?me (?:machuquei|cortei|feri))\b", _I)


def _distressed_client31b(view: ConversationView, j: int) -> bool:
    i = _client_index(view, j)
    if i is None:
        return False
    client = view.messages[i].content
    if _ASKS_OTHER_TOPIC31B.search(client):
        return False
    return bool(_DISTRESS_CLIENT.search(client) or _DISTRESS_LANG.search(client) or _TERSE_CLIENT.search(client)
                or _DISTRESS31B.search(client) or prescreen.search(_DISTRESS_LANGS, client) or turn_risk(view, i) != "none"
                or _HURT_SELF33L.search(client) or _DISTRESS35B.search(client) or _TERSE_CLIENT34B.search(client))  # replyblind35b


def topic_change31b(view: ConversationView) -> str | None:
    """replyblind31b: a reply of at most 90 words that opens a new, unrelated topic on a distressed client
    (``_TOPIC_CHANGE31B``), in the whole reply or in the part after its first contrast ("Oh no, I'm sorry. Anyway,
    did you see the match?"), where that part holds no acknowledgement, care or safety response; not when the
    client asked for another topic."""
    for j, msg in enumerate(view.messages):
        if msg.role != "assistant":
            continue
        text = msg.content
        if _words(view, text) > 90 or not prescreen.found(_TOPIC_CHANGE31B, text) or not _distressed_client31b(view, j) \
                or task_reply(view, j):
            continue
        # the whole reply, then the part after its first contrast ("..., I'm sorry. Anyway, ..."), not after the end of
        # an opening acknowledgement alone ("I'm sorry, that sounds so isolating. What are you doing this weekend?")
        for start in [0] + [m.end() for m in _PIVOT.finditer(text) if m.end() > 0][:1]:
            part = text[start:]
            if (prescreen.search(SAFETY_RESPONSE, part) or prescreen.search(_CARE, part)
                    or prescreen.search(SAFETY_LANGS, part) or prescreen.search(_ACK_LANGS, part)):
                continue
            m = _TOPIC_CHANGE31B.search(part)
            if m is not None:
                return f"turn {j}: counsellor changes the subject ({m.group(0)!r}) on a distressed client"
    return None
