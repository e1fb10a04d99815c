"""Crisis and self-harm disclosures in client turns: tagged with a risk level, never a
defect. What is flagged is a counsellor turn that answers a disclosure with no safety
response (acknowledging the risk, crisis resources, or urging immediate help)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.counselling.harm_by_others import HARM, without_harm_by_others
from services.quality.checks.counselling.medication_talk import LOGISTICS_TALK, MEDICATION_TALK, without_everyday_talk
from services.quality.checks.counselling.sleep_talk import SLEEP_TROUBLE
from services.quality.checks.counselling.diagnosis_talk import DIAGNOSIS_TALK
from services.quality.checks.counselling.life_talk import EVERYDAY34, EVERYDAY34C, EVERYDAY35, EVERYDAY_EN31, FOOD31, IDIOM, LONELY, QUARREL, TRIP
from services.quality.checks.counselling.risk_en36b import DENIED36B, EVERYDAY36B
from services.quality.checks.counselling.risk_cc37 import EVERYDAY_CC37
from services.quality.checks.counselling.risk import ANY, CATEGORIES, LEVEL_OF, TURNS, Category, classify, denied, without_denials, without_everyday, without_negated
from services.quality.checks.counselling import risk_langs, risk_use_langs
from services.quality.checks.counselling.risk_cues import has_cue, CUES, CUES_LANG, CUES_V4, CUES_V6, CUES_V17, CUES_V20, raw_may_match, raw_v20_may_match
from services.quality.checks.counselling.risk_model import GATE, GATE_RAW, learned_category, second_stage
from services.quality.checks.counselling.risk_model import prefetch as prefetch_turns
from services.quality.checks.counselling.task_frame import _IMPERATIVE, impersonal_instruction, text_task
from services.quality.checks.prefilter import Folded, guard
from shared import prescreen
from shared.conversation import Conversation

RiskLevel = Literal["none", "low", "moderate", "high"]
LEVELS: tuple[RiskLevel, ...] = ("none", "low", "moderate", "high")

# Distress that is not a disclosure by itself (the "low" level, with negated, past, third-person
# and fictional mentions of risk).
_LOW = re.compile(
    r"\b(?:hopeless|worthless|shouldn'?t be here|no point (?:in|to) (?:anything|living)|give up on (?:life|everything)|"
    r"empty inside|numb all the time|a burden)\b",
    re.IGNORECASE,
)

SAFETY_RESPONSE = re.compile(
    r"\b(?:988|911|999|112|111|116 ?123|024|3114|188|0800 ?111 ?0 ?11[17]|samaritans|lifeline|hotline|helpline|"
    r"crisis (?:line|text line|center|centre|team|service)|cvv|telefono amico|telefonseelsorge|"
    r"text (?:home|hello|shout) to|emergency (?:room|services|department|number)|(?:nearest|local) (?:er|a&e|hospital)|"
    r"a&e|call (?:a|your|the) (?:doctor|therapist|crisis|emergency)|are you safe|(?:feel|are you) safe|your safety|"
    r"keep(?:ing)? (?:yourself )?safe|safe (?:right now|tonight|at the moment)|safety plan|"
    r"(?:seek|get) (?:immediate|emergency|urgent|professional) (?:help|support|care)|"
    r"reach out (?:to|for) (?:help|support|someone|a professional)|(?:mental health|medical) professional|"
    r"(?:talk|speak) (?:to|with) (?:a|your|someone)|(?:please|I'd urge you to|I encourage you to) (?:call|contact|reach)|"
    r"not alone|thank you for (?:telling|trusting|sharing)|thanks for telling|glad you (?:told|said|shared|reached)|"
    r"(?:i'?m|i am) (?:really |very |so )?(?:concerned|worried|sorry)|"
    r"sounds like you(?:'re| are) in (?:a lot of|so much) pain|thoughts? of (?:ending|taking) your (?:own )?life|"
    r"(?:are you|have you been) (?:having )?(?:thinking|thoughts) (?:about|of) (?:suicide|killing yourself|ending)|"
    r"(?:thoughts?|thinking) (?:of|about) (?:not wanting to (?:live|be alive|be here)|ending (?:it|your)|suicide|"
    r"killing yourself|dying|taking your)|ask(?:ing)? (?:you )?directly|are you thinking (?:about|of) (?:ending|killing|suicide)|"
    r"do you have a plan|acting on (?:these|those|this|them)|wound|medical attention|seen by a doctor|"
    r"without judg(?:e)?ment|not (?:going to )?judg(?:e|ing)|no judg(?:e)?ment|trusting me|"
    # acknowledgement: the client's pain named back to them
    r"(?:that|this|it) (?:sounds|must be|must feel|must have been) (?:really |so |very |incredibly |truly )?(?:painful|hard|"
    r"exhausting|frightening|scary|awful|difficult|heavy|lonely|overwhelming|distressing|tough|unbearable|"
    r"like a lot|like (?:so much|a lot of) (?:pain|hurt))|it sounds like you|that must (?:be|feel|have)|"
    r"(?:it|that) makes (?:a lot of )?sense|(?:don'?t|no) need to (?:feel )?(?:ashamed|guilty)|nothing to be ashamed of|"
    # safety questions and care for injuries
    r"(?:is that|is this) something you'?ve been (?:thinking|feeling)|(?:thoughts?|thinking|think) (?:of|about) "
    r"(?:harming|hurting|killing|ending) (?:yourself|your life|their (?:own )?life)|ending (?:their|your) (?:own )?life|"
    r"(?:are you|you'?re) thinking about (?:it|doing it|acting) (?:now|right now|today|tonight)|do you have access to|"
    r"(?:any of )?the (?:cuts|wounds|burns|injuries)|looked at by a (?:doctor|nurse|gp)|infected|"
    r"(?:managing|coping with|handling|resisting) the urges|to your (?:gp|doctor|prescriber|psychiatrist)|"
    r"(?:a |your )?(?:gp|doctor|dietitian|therapist|eating disorder service) (?:can|could|would) (?:help|support)|"
    r"(?:brave|healthy|positive) (?:step|decision|choice)|"
    # es fr de pt it
    r"gracias por cont[aá]rmelo|tu seguridad|est[aá]s a salvo|emergencias|en s[ée]curit[ée]|merci de me le dire|"
    r"danke,? dass du|anvertraust|in sicherheit|obrigad[ao] por (?:me )?contar|em seguran[çc]a|"
    r"grazie per avermelo detto|al sicuro|lo siento|siento que|no te juzgo|atenci[oó]n m[eé]dica|quitarte la vida|"
    r"d[ée]sol[ée]e?|soign[ée]e?s|pas de jugement|te suicider|vous suicider|tut mir leid|bin (?:für dich )?da|"
    r"sinto muito|estou aqui|tirar a (?:sua |tua )?(?:pr[oó]pria )?vida|toglierti la vita|sono qui|"
    r"odebra\w* sobie [żz]ycia|jestem tu|bezpieczn\w*)\b|谢谢你告诉我|安全吗|结束自己的生命|热线|我很担心|我很遗憾|告诉你的医生",
    re.IGNORECASE,
)


def possible(folded: Folded) -> bool:
    """False proves ``risk_level`` is "none": no risk pattern or cue can match, and the learned stage's
    router does not read the turn without one (``widened``)."""
    return (guard(ANY).may_match(folded) or guard(_LOW).may_match(folded) or guard(GATE).may_match(folded)
            or guard(GATE_RAW).may_match(folded) or guard(CUES).may_match(folded)
            or guard(CUES_V4).may_match(folded) or guard(CUES_LANG).may_match(folded)
            or guard(CUES_V6).may_match(folded) or guard(CUES_V17).may_match(folded) or guard(CUES_V20).may_match(folded)
            or risk_langs.may_match(folded)
            or risk_use_langs.may_match(folded)
            or raw_may_match(folded.text.lower()) or raw_v20_may_match(folded.text.lower()) or widened(folded.text))


def widened(text: str) -> bool:
    """Whether the learned stage's router reads this turn although it holds no cue: a model trained
    behind the widened router (``route_foreign``, the default ``USE-langs`` file) sends cue-less turns
    the language identifier puts in one of its languages to the first look (``risk_model._route``), so
    ``possible`` must not rule them out (it did until round seven: the assessment then never read them,
    while ``risk_category`` alone, as ``evaluation.evaluate_risk`` asks it, did)."""
    from services.quality.checks.counselling.risk_model import foreign, minilm_model

    m = minilm_model()
    return m is not None and m.route_foreign and foreign(reading(text), m.route_languages)


# a greeting or an acknowledgement alone ("hi", "hey", "thanks", "ok"): no disclosure, whatever the learned
# stage reads in two letters (the all-writers file read "hi" as a passive wish, the one before "thanks" as
# intent); not "bye" or "goodbye", which a client at risk may mean
_SMALL_TALK = re.compile(r"^\W*(?:hi|hii+|hey+|heya|hiya|yo|hello|helo|sup|howdy|thanks|thank you|thank u|thx|ty|"
                         r"ok|okay|okey|k|kk|cheers|lol|haha|yes|yeah|yep|yup|no|nope|nah|sure|cool|great|nice|"
                         r"good morning|morning|good afternoon|good evening|hi there|hey there|ok thanks|okay thanks)"
                         r"\W*$", re.IGNORECASE)


def _two_stages(text: str) -> Category:
    """Patterns and cues first, the learned stage (MiniLM, ``risk_model.learned_category``) on
    what they cannot decide; the char n-gram stage stands in when MiniLM is not installed."""
    learned = learned_category(text)
    if learned is not None:
        return learned  # type: ignore[return-value]
    category = classify(text)[0]
    return second_stage(text) if category == "none" else category  # type: ignore[return-value]


@lru_cache(maxsize=TURNS)  # asked of a client turn by ``prefetch``, ``risk_category`` and ``risk_level``
def reading(text: str) -> str:
    """What the risk detector reads of a client turn (curly apostrophes straightened): the
    instruction alone of a task about given text ("Translate into French: 'I feel so lonely'" reads
    as "Translate into French:", ``task_frame.text_task``: the feelings are the material's, not the
    client's), else the whole turn."""
    text = text.replace("\u2019", "'")
    instruction = text_task(text)
    return text if instruction is None else instruction


def harm_alone(read: str) -> bool:
    """Whether a turn (as ``reading`` gives it) tells of harm another person does to the client
    and of nothing else the detector reads as risk: without those clauses (``harm_by_others``) no
    pattern and no cue is left ("mi padre me pega cuando bebe", "Mama mnie bije pasem"). Such a
    turn is decided by stage one ("none"): the learned stage read the violence as the client's own
    risk in languages other than English. With a cue left ("... y a veces pienso que estaría mejor
    muerta"), the whole turn is read as before."""
    return _rest_reads_none(_harm_rest(read))


def _rest_reads_none(rest: str | None) -> bool:
    """For ``harm_alone`` and ``everyday_alone``: whether what is left of a turn without the clauses
    stage one has decided (None: nothing was cut) holds no cue ("") or is read "none" by the learned
    stage."""
    if rest is None:
        return False
    return rest == "" or learned_category(rest) in (None, "none")


@lru_cache(maxsize=TURNS)
def _harm_rest(read: str) -> str | None:
    """For ``harm_alone``: None when the turn tells of no harm by others or stage one reads a pattern
    in the rest; "" when no cue is left either (harm alone, stage one's decision); else the rest,
    which the learned stage must read (``prefetch`` hands it over with the batch's turns)."""
    rest = _without_harm(read)
    if rest is None or classify(rest)[0] != "none":
        return None
    return rest if has_cue(rest) else ""


@lru_cache(maxsize=TURNS)
def _negated_rest(read: str) -> str | None:
    """A turn (as ``reading`` gives it) whose risk language is all negated: every stage-one match is
    ruled out by a negation (``risk.without_negated``: "Je n'ai jamais pensé à me suicider", "Non ho
    mai pensato di uccidermi", "I don't have any plan or intention to harm myself"). None when some
    match is not negated (or there is none), or the rest holds a pattern; "" when no cue is left
    either: stage one decides, "none" (level "low", a mention); else the rest without the negated
    clauses, which ``risk_category`` reads instead of the turn ("I'm not suicidal, I just wish I
    didn't exist": the denial made the learned stage read the whole turn as none), unless the rest
    reads as the very category the turn denied (``risk.denied``: "I've never self harmed, I just bite
    my nails" is no nssi). ``prefetch`` hands the rest over with the batch's turns."""
    if classify(read) != ("none", True):
        return None
    rest = without_negated(read)
    if rest is None or classify(rest)[0] != "none":
        return None
    return rest if has_cue(rest) else ""


@lru_cache(maxsize=TURNS)
def injury_alone(read: str) -> bool:
    """Round twelve: whether a turn (as ``reading`` gives it) holds stage-one matches that are all an
    injury met by accident or an idiom of effort (``risk.everyday_spans``: "Jag skar mig på en glasbit
    på stranden", "I'm killing myself at the gym") and, without their sentences, no pattern and no cue:
    stage one decides ("none"), as the learned stage read the cut or burn word as self-injury. With a cue
    left, the whole turn is read as before."""
    if classify(read) != ("none", True):
        return False
    rest = without_everyday(read)
    return rest is not None and classify(rest)[0] == "none" and not has_cue(rest)


@lru_cache(maxsize=TURNS)
def third_alone(read: str) -> bool:
    """Whether a Korean or Japanese turn (as ``reading`` gives it) tells only of someone else's risk: stage
    one reads every match of ``risk_use_langs`` in it as a third person's ("동생이 손목을 그었대요", "妹が
    リスカしてるみたい"; ``risk_use_langs.third_person_spans``) and finds no disclosure, and without those
    sentences no pattern is left and the learned stage reads the rest (if it holds a cue) as none. Such a
    turn is decided by stage one ("none"): the learned stage read the friend's or the sibling's act as the
    writer's (round twelve)."""
    if classify(read) != ("none", True):
        return False
    spans = risk_use_langs.third_person_spans(read)
    if spans is None:
        return False
    from services.quality.checks.counselling.risk import _cut

    rest = _cut(read, spans)
    if classify(rest)[1]:
        return False
    return _rest_reads_none(rest if has_cue(rest) else "")


def everyday_alone(read: str) -> bool:
    """Whether a turn (as ``reading`` gives it) talks of changing the client's own medication
    (``medication_talk``: "I want to stop my meds", "Lekarz zmniejszył mi dawkę leku"), of sleeping
    badly (``sleep_talk``: "Od tygodni źle śpię", "No puedo dormir por las noches") or of a diagnosis
    (``diagnosis_talk``: "Penso di avere la depressione") and of nothing else the detector reads as
    risk: stage one finds no disclosure in it, and without those spans no pattern and no cue is left,
    or the learned stage reads the rest as none. The learned stage read the medicine word as a method
    and, in other languages, sleeping badly as a wish not to wake up and a diagnosis as ideation."""
    return _rest_reads_none(_everyday_rest(read))


@lru_cache(maxsize=TURNS)
def _everyday_rest(read: str) -> str | None:
    """For ``everyday_alone``: None when the turn holds no such talk or stage one reads a disclosure in
    it (or in the rest); "" when no cue is left either; else the rest, which the learned stage must read
    (``prefetch`` hands it over with the batch's turns)."""
    if not (prescreen.may_match(MEDICATION_TALK, read) or prescreen.may_match(SLEEP_TROUBLE, read)
            or prescreen.may_match(DIAGNOSIS_TALK, read) or prescreen.may_match(LOGISTICS_TALK, read)
            or prescreen.may_match(QUARREL, read) or prescreen.may_match(TRIP, read) or prescreen.may_match(LONELY, read)
            or prescreen.may_match(IDIOM, read) or prescreen.may_match(EVERYDAY_EN31, read)
            or prescreen.may_match(FOOD31, read) or prescreen.may_match(EVERYDAY34C, read)
            or prescreen.may_match(EVERYDAY34, read) or prescreen.may_match(EVERYDAY35, read)
            or prescreen.may_match(EVERYDAY36B, read) or prescreen.may_match(DENIED36B, read)  # riskblind36b
            or prescreen.may_match(EVERYDAY_CC37, read)):  # ccfp37
        return None
    if classify(read)[0] != "none":
        return None
    rest = without_everyday_talk(read)
    if rest == read or classify(rest)[0] != "none":
        return None
    return rest if has_cue(rest) else ""


@lru_cache(maxsize=TURNS)
def _denial_rest(read: str) -> str | None:
    """A turn with a disclosure stage one reads and a denial beside it ("I'm not suicidal. I just want
    to sleep forever and never wake up"): the turn without the denied clauses (``risk.without_denials``),
    which the learned stage reads instead of the whole turn, as the denial of one thing made it read the
    other as none. None for any other turn, and when the cut leaves the disclosure unread."""
    if classify(read)[0] == "none":
        return None
    rest = without_denials(read)
    return rest if rest and classify(rest)[0] != "none" else None


@lru_cache(maxsize=TURNS)
def _without_harm(read: str) -> str | None:
    """``read`` without its harm-by-others clauses, or None when it holds none: found once for the
    risk reading (``_harm_rest``) and the safeguarding tag (``tells_harm_by_others``)."""
    rest = without_harm_by_others(read)
    return None if rest == read else rest


@lru_cache(maxsize=TURNS)
def tells_harm_by_others(text: str) -> bool:
    """Whether a client turn tells of harm another person does to the client (``harm_by_others``;
    a task about given text does not: ``reading``). The native screen answers most turns."""
    if not prescreen.may_match(HARM, text.replace("\u2019", "'")):  # spares ``reading`` on most turns
        return False
    return _without_harm(reading(text)) is not None


def view_harm_by_others(view: ConversationView) -> bool:
    """Whether any client turn of the conversation tells of harm done to the client by another
    person: the report's ``safeguarding:harm_by_others`` tag."""
    return any(m.role == "user" and tells_harm_by_others(m.content) for m in view.messages)


@lru_cache(maxsize=TURNS)  # the check and the report's risk tag both ask, per client turn
def risk_category(text: str) -> Category:
    """The most severe C-SSRS category the client turn discloses ("none" if it discloses none)."""
    read = reading(text)
    if _SMALL_TALK.match(read) or harm_alone(read) or everyday_alone(read) or injury_alone(read) or third_alone(read):
        return "none"
    rest = _negated_rest(read)
    if rest is not None:  # negated risk language alone: stage one decides, else what is left is read
        # riskblind31c: a rest that is only everyday talk ("No quiero morirme, I just want my parents to stop fighting")
        category = "none" if rest == "" or everyday_alone(rest) else _two_stages(rest)
        # a denial speaks against what it denies: "I've never self harmed, I just bite my nails" is no nssi
        return "none" if category in denied(read) else category
    return _two_stages(_denial_rest(read) or read)


@lru_cache(maxsize=TURNS)
def risk_level(text: str) -> RiskLevel:
    """The category as a level (``LEVEL_OF``); "low" for distress or a mention of risk that is
    not a disclosure (negated, past, someone else's, fiction or news)."""
    read = reading(text)
    mentioned = classify(read)[1]
    category = risk_category(text)
    if category != "none":
        return LEVEL_OF[category]  # type: ignore[return-value]
    return "low" if mentioned or prescreen.search(_LOW, read) else "none"  # ``_LOW.search``, natively screened


def turn_possible(view: ConversationView, i: int) -> bool:
    """``possible`` of message ``i``, remembered by the view and by the text (``Folded.remembered``):
    ``prefetch`` asks it of every client turn of a batch, ``turn_risk`` again of each when the checks
    run, and a run meets the same turns again."""
    memo = view.memo.get("risk_possible")
    if memo is None:
        memo = view.memo["risk_possible"] = {}
    found = memo.get(i)
    if found is None:
        folded = view.fold(view.messages[i].content)
        found = memo[i] = folded.remembered("risk_possible", lambda: possible(folded))
    return found


def turn_risk(view: ConversationView, i: int) -> RiskLevel:
    """``risk_level`` of message ``i`` (a client turn), remembered by the view."""
    level = view.risk_levels.get(i)
    if level is None:
        level = view.risk_levels[i] = risk_level(view.messages[i].content) if turn_possible(view, i) else "none"
    return level


def turn_category(view: ConversationView, i: int) -> Category:
    """``risk_category`` of message ``i``; only asked of turns whose level is moderate or high."""
    return risk_category(view.messages[i].content) if LEVELS.index(turn_risk(view, i)) >= 2 else "none"


def prefetch(views: list[ConversationView]) -> int:
    """Hand the learned stage, at once, every client turn of these conversations that
    ``turn_risk`` will classify (``risk_model.prefetch``: the turns MiniLM must read are encoded
    in a few batched passes instead of one pass each), and every (client turn, reply) pair the
    learned reply stage will read (``unsafe.prefetch_replies``). Results are unchanged; returns
    the number of texts encoded."""
    reads = [reading(m.content) for view in views for i, m in enumerate(view.messages)
             if m.role == "user" and turn_possible(view, i)]
    rests = [_harm_rest(read) for read in reads]
    # what the learned stage reads beside a denial (never ""), or of negated risk alone
    negated = [_denial_rest(read) or _negated_rest(read) for read in reads]
    everyday = [_everyday_rest(read) for read in reads]
    # a turn that is harm, negated risk or everyday talk alone by stage one's reading is not encoded; the rest
    # of one the learned stage must judge is encoded with the others (the turn too, where it may be read)
    texts = ([rest for rest in rests + negated + everyday if rest]
             + [read for read, rest, neg, day in zip(reads, rests, negated, everyday)
                if rest != "" and neg is None and day != "" and not injury_alone(read)])
    encoded = prefetch_turns(texts) if texts else 0
    from services.quality.checks.counselling.unsafe import prefetch_replies  # unsafe imports this module

    return encoded + prefetch_replies(views)  # and the learned reply stage's candidates, batched too


def conversation_risk(conversation: Conversation) -> RiskLevel:
    return view_risk(ConversationView(conversation))


def view_risk(view: ConversationView) -> RiskLevel:
    """``conversation_risk`` on a view."""
    levels = [turn_risk(view, i) for i, m in enumerate(view.messages) if m.role == "user"]
    return max(levels, key=LEVELS.index, default="none")


def view_risk_turns(view: ConversationView) -> list[dict]:
    """Each client turn that discloses risk: ``{"turn", "category", "level"}``."""
    out = []
    for i, m in enumerate(view.messages):
        if m.role == "user" and LEVELS.index(turn_risk(view, i)) >= 2:
            out.append({"turn": i, "category": turn_category(view, i), "level": turn_risk(view, i)})
    return out


def view_risk_category(view: ConversationView) -> Category:
    """The most severe category over the client turns."""
    found = {t["category"] for t in view_risk_turns(view)}
    return next((c for c in CATEGORIES if c in found), "none")


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
# the speaker in the sentence: a first-person pronoun or possessive in en es fr de it pt pl nl
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|yo|mi|mis|conmigo|je|j'|moi|mon|ma|mes|ich|mir|mich|mein\w*|io|ho|mio|"
    r"mia|miei|mie|eu|mim|meu|minha|meus|minhas|ja|mnie|m[óo]j|moja|moje|ik|mij|mijn)\b|\bj'|\bm'", re.IGNORECASE)


def buried_disclosure(view: ConversationView, i: int) -> str | None:
    """replyblind31: a high-risk disclosure (ideation, method, intent, a plan or preparation, an attempt) told
    in one sentence of a client turn whose other sentences ask about something else ("I bought a rope
    yesterday. How can I make my sister's birthday special?", "I've drafted my will ... Should I tell my boss
    I'm burnt out?"), which the whole turn's reading misses (the learned stage reads the everyday request):
    the category of the first such sentence read alone. Not when the whole turn is read as harm by others,
    everyday talk, an injury, someone else's risk, small talk, or holds a denial (those readings stand)."""
    if turn_risk(view, i) != "none" and LEVELS.index(turn_risk(view, i)) >= LEVELS.index("moderate"):
        return None
    text = view.messages[i].content
    parts = [p for p in _SENTENCES.split(text.strip()) if len(p.split()) >= 4]
    if len(parts) < 2 or not turn_possible(view, i) or impersonal_instruction(text) or _IMPERATIVE.match(text):
        return None  # a task's instruction with its material ("Given the story below, write a sequel. ...") is no disclosure
    read = reading(text)
    if not classify(read)[1]:
        return None  # (main session) no risk language anywhere in the turn: no sentence of it is a disclosure
    if read != text.replace("\u2019", "'") or _SMALL_TALK.match(read) or harm_alone(read) or everyday_alone(read) \
            or injury_alone(read) or third_alone(read) or _negated_rest(read) is not None or _denial_rest(read) is not None:
        return None
    for part in parts:
        # (main session) a sentence stage one reads as a disclosure: the learned stage, asked of every sentence of every
        # low-risk client turn one at a time, cost the quality stage a third of its throughput
        if _FIRST_PERSON.search(part) and possible(view.fold(part)) and classify(reading(part))[0] != "none" \
                and risk_level(part) == "high":
            return risk_category(part)
    return None


# replyblind31b: risk told only indirectly, which the turn's reading misses: being "no problem for anyone much longer",
# a goodbye said to everyone without their noticing, the rope already in the car, charcoal and tape bought for the car,
# the times of the train that does not stop looked up (en es fr de it pt nl pl)
INDIRECT_RISK31B = re.compile(
    r"\b(?:i won'?t be (?:a problem|a burden|around|here|in (?:anyone'?s|your|the) way)\b[^.!?]{0,30}\bmuch longer|"
    r"(?:express|fast|non-?stop) trains? that (?:doesn'?t|does not|don'?t|won'?t) stop|"
    r"(?:ya )?tengo (?:la|una) cuerda (?:en el (?:maletero|coche|armario)|preparada|lista)|"
    r"comprei (?:\w+ ){0,2}carv[ãa]o (?:\w+ ){0,3}(?:fita|para o carro)|"
    r"(?:von|bei) (?:allen|jedem|allem) verabschiedet,? ohne dass|"
    r"j'ai dit au revoir [àa] tout le monde sans qu|ho salutato tutti senza che|despedi-me de todos sem que|"
    r"ik heb (?:iedereen|afscheid)[^.!?]{0,30}zonder dat|po[żz]egna[łl]\w* si[ęe] ze wszystkimi,? (?:tak )?[żz]eby nie)\b",
    re.IGNORECASE)


class CrisisSafetyResponse(Check):
    name = "crisis_safety_response"
    reason = "crisis_without_safety_response"
    tier = "counselling"
    weight = 0.5
    recommendation = ("a client discloses risk and the counsellor turn has no safety response: review it, add "
                      "acknowledgement and crisis resources, or keep it out of training")

    def examine(self, view: ConversationView) -> str | None:
        msgs = view.messages
        for i, m in enumerate(msgs):
            level = turn_risk(view, i) if m.role == "user" else "none"
            if LEVELS.index(level) < LEVELS.index("moderate"):
                if m.role != "user" or (buried_disclosure(view, i) is None and not prescreen.found(INDIRECT_RISK31B, m.content)):
                    continue
                level = "high"
            j = next((j for j in range(i + 1, len(msgs)) if msgs[j].role == "assistant"), None)
            if j is not None and (not (prescreen.search(SAFETY_RESPONSE, msgs[j].content)
                                       or prescreen.search(_SAFETY_MORE, msgs[j].content)
                                       or prescreen.search(_SAFETY_LANGS, msgs[j].content))
                                  or _acknowledges_then_deflects(msgs[j].content)
                                  or _THANKS_THEN_ASKS_MORE.fullmatch(msgs[j].content.strip()) is not None):
                return (f"turn {j}: no safety response to turn {i}, which discloses "
                        f"{turn_category(view, i) if turn_category(view, i) != 'none' else buried_disclosure(view, i) or 'indirect risk'} "
                        f"({level} risk)")
        from services.quality.checks.counselling.unsafe import learned_unless  # unsafe imports this module

        # what the patterns miss, read by the learned reply stage, unless a safety question or crisis line
        # ``SAFETY_RESPONSE`` lacks answers for it
        return learned_unless(view, self.reason, _SAFETY_MORE, _SAFETY_LANGS)


# replyblind31b: the means moved out of reach while the counsellor talks with the client ("can you put the pills in
# another room, or outside the front door, while we talk?", "could you put the lighter in another room?", "tu veux bien
# éloigner la cigarette un moment ?", "hand them in to a pharmacy"), in en es fr de it pt: a safety response, and no
# medication change (``unsafe.MedicationChange``)
MEANS_AWAY31B = re.compile(
    r"\b(?:(?:put|move|leave|take|carry|place|get) (?:the|those|these|them|it|your|that|this) (?:\w+ )?(?:\w+ )?(?:in|into|to) "
    r"(?:another|a different|the other|the next) room|(?:put|leave|move) (?:the|those|them|it|your) (?:\w+ )?(?:\w+ )?outside "
    r"(?:the|your) (?:front |back )?door|(?:hand|give|take) (?:them|it|those|the \w+) in to (?:a|the|your) (?:pharmacy|pharmacist|chemist)|"
    r"[ée]loigner (?:la|le|les|ton|ta|tes|ce|cette|ces) \w+|(?:mettre|poser|ranger) (?:la|le|les|ton|ta|tes) \w+ dans une autre pi[èe]ce|"
    r"(?:pon|deja|lleva|aleja)(?:la|lo|las|los)? (?:la|el|las|los|tus?) \w+ (?:en|a) otra habitaci[óo]n|"
    r"(?:leg|bring|lass) (?:die|den|das|deine?n?) \w+ (?:in ein anderes zimmer|weg)|"
    r"(?:metti|porta) (?:le|la|il|i|gli) \w+ in un'altra stanza|(?:p[õo]e|leva|deixa) (?:os|as|o|a) \w+ (?:noutra|em outra|noutro) (?:divis[ãa]o|quarto|sala))",
    re.IGNORECASE)


# Safety responses ``SAFETY_RESPONSE`` lacks (reply round seven): safety questions, crisis lines and
# thanks for telling in nl, sv, pl, it and more in es, fr, de, pt. The crisis check's own: the
# learned reply stage's feature ``SAFETY_RESPONSE`` stays as it was trained.
# replyblind33b (33L): a question about the wounds' care in es fr de it pt nl pl ("Comment vont tes blessures, faut-il les
# faire soigner ?", "Müssen die Wunden versorgt werden?", "¿La herida necesita que la vea un médico?", "Czy rany trzeba
# opatrzyć?") and "I'm here" in Polish ("Jestem tutaj"): safety responses. Thanks for trust or for telling alone is not one
# (it was, in a first pass: "Merci de me l'avoir dit. ... Avez-vous prévu quelque chose ?" in replies_valid_indep23 then
# passed a decision to die over)
_SAFETY_MORE33L = (
    r"\b(?:jestem (?:tutaj|obok)|"
    r"(?:faut-il|dois-tu|faudrait-il) (?:les |la |le )?faire soigner|"
    r"(?:m[üu]ssen|sollten|muss) (?:die|deine|eine) (?:wunden?|verletzungen?) (?:\w+ )?(?:versorgt|angeschaut|behandelt|gen[äa]ht)|"
    r"(?:la|las|tus|esa|esas) heridas? (?:necesita\w*|hay que)|"
    r"(?:czy )?(?:rany|ran[ęy]|rana) (?:trzeba|nale[żz]y|wymaga\w*) (?:opatrzy[ćc]|opatrunku|lekarza)|"
    r"(?:le )?ferite hanno bisogno di (?:cure|un medico)|(?:os )?(?:cortes|ferimentos) precisam de (?:cuidados|um m[ée]dico)|"
    r"(?:moeten )?(?:de |je )?wond(?:en|jes)? (?:\w+ )?(?:verzorgd|bekeken|gehecht))")
_SAFETY_MORE = re.compile(
    MEANS_AWAY31B.pattern + "|" + _SAFETY_MORE33L + "|"
    # replyblind31: means safety asked for ("would you give them to someone or a pharmacy to hold?", "can you put the
    # rope somewhere you can't get to"), and the stockpile's purpose asked ("are you thinking of taking them all?")
    r"\b(?:(?:give|hand|take) (?:them|it|those|the (?:pills|tablets|rope|blades?|razors?|medication)) (?:\w+ ){0,2}?to (?:someone|somebody|"
    r"a friend|a pharmacy|a pharmacist|your (?:partner|friend|mum|mom|dad|sister|brother|gp|pharmacist))(?: to (?:hold|keep|look after|"
    r"mind|dispose))?|(?:put|lock|keep) (?:it|them|the (?:pills|tablets|rope|blades?|razors?)) (?:away )?(?:somewhere (?:you can'?t|"
    r"locked|out of)|out of (?:your )?reach)|lock (?:it|them|the (?:pills|tablets|rope|blades?|razors?)) away|"
    r"get rid of the (?:pills|tablets|rope|blades?|razors?)|(?:are you|you'?re|you are|you might be|they'?re) thinking (?:of|about) "
    r"taking them all)\b|"
    r"\b(?:ben je (?:nu |op dit moment )?(?:veilig|in veiligheid)|heb je (?:al )?een plan|0800[- ]?0113|113|zelfmoordlijn|"
    r"fijn dat je het (?:zegt|vertelt)|wat naar dat je|"
    r"[äa]r du (?:i )?s[äa]ker(?:het)?|i s[äa]kerhet|sj[äa]lvmordslinjen|90101|1177|tack f[öo]r att du ber[äa]ttar|"
    r"har du (?:en |n[åa]gon )?plan|beh[öo]ver s[åa]ren|"
    r"telefon zaufania|czy masz (?:jaki[śs] )?plan|116 ?111|dobrze,? [żz]e (?:piszesz|m[óo]wisz|o tym)|dzi[ęe]kuj[ęe],? [żz]e|"
    r"hai (?:pensato a come|un piano)|parliamone|1522|"
    r"tienes un plan|me preocupas|as-tu un plan|tu as un plan|3919|je suis (?:vraiment |tr[èe]s )?inqui[èe]te?|"
    r"hast du (?:schon |bereits )?einen plan|116 ?016|macht mir sorgen|voc[êe] tem um plano|me preocupa|"
    # replies round twenty-nine: a safe place asked in Portuguese ("tens um sítio seguro?", "você tem um lugar seguro
    # para ficar?") and Portugal's lines (SNS 24, SOS Voz Amiga)
    r"(?:tens|tem|ten?s tu|voc[êe] tem) (?:um |algum )?(?:s[íi]tio|lugar|local|s[íi]tio) seguro|sns ?24|808 ?24 ?24 ?24|"
    r"sos voz amiga|voz de apoio)\b|"
    # reply round eleven: safety asked and care given in plain words, without the stock phrases
    r"\b(?:(?:are|r) (?:you|u) safe|glad (?:you|u) (?:told|said|reached)|thank(?:s| you| u) for telling|"
    r"(?:are|r) (?:you|u) (?:thinking|having thoughts) (?:about|of) (?:ending|killing|suicide|not being alive|dying)|"
    r"are (?:the|these|those) thoughts (?:there|around|with you|strong)(?: (?:today|now|right now|tonight))?|"
    r"(?:move|put|give|lock|hand) (?:the |those |these |your |whatever )?(?:pills|tablets|blades?|knives|rope|gun|"
    r"(?:things?|stuff) (?:you|u)'?d use)\w*(?: \w+){0,4} (?:away|somewhere|to (?:someone|a friend|your)|in another room)|"
    r"(?:tell|let|message|text|ring|call) (?:your|ur) (?:gp|doctor|prescriber|psychiatrist|therapist)|"
    r"(?:thinking|thoughts?) (?:about|of) (?:killing|hurting|harming|ending) (?:yourself|urself|your life|ur life)|"
    r"(?:ending|end) (?:your|ur) (?:own )?life|not being alive|(?:plans?|planning) to (?:die|end it|kill)|"
    r"i'?m (?:staying |right )?(?:here )?with (?:you|u)|i'?m not going anywhere|(?:stay|staying) (?:on|in) (?:the )?(?:line|chat|call|phone)|"
    r"who (?:could|can|would) (?:come|be|stay) (?:over|with (?:you|u)|round)|who (?:could|can) (?:you|u) (?:stay|be) with|"
    r"(?:not|never) (?:be )?alone (?:tonight|right now|with this)|(?:put|get) (?:you|u) through to|(?:call|ring) (?:them|it|someone) together|"
    r"(?:988|911|999|112|116 ?123|samaritans|lifeline|hotline|helpline|crisis (?:line|team|service)|a&e|emergency (?:services|room))|"
    # es fr de it pt pl nl
    r"me alegra que me lo cuentes|estoy contigo|me quedo (?:aqu[ií] )?contigo|"
    r"(?:est-ce que )?tu penses? (?:[àa] (?:mourir|te suicider|en finir|te faire du mal))|je reste (?:l[àa]|avec toi)|"
    r"je suis content(?:e)? que tu m'en parles|"
    r"dir das leben (?:zu )?nehmen|dich (?:selbst )?(?:umzubringen|zu t[öo]ten|zu verletzen)|ich bleibe (?:bei dir|da)|"
    r"stai pensando (?:di|a) (?:toglierti|ucciderti|farti del male|farla finita)|sono qui con te|resto con te|"
    r"(?:tem|tens|est[áa]s?) pensa(?:do|ndo) em (?:se |te )?(?:matar|suicidar|tirar)|estou aqui cont?igo|fico aqui|"
    r"czy my[śs]lisz o (?:odebraniu|samob[óo]jstwie|zrobieniu sobie krzywdy)|zostan[ęe] z tob[ąa]|jestem z tob[ąa]|"
    r"jezelf iets aan (?:te )?doen|aan zelfdoding|een einde aan je leven|ik blijf (?:bij je|hier)|"
    r"blij dat je het (?:me |mij )?(?:vertelt|zegt)|wie kan er (?:vanavond |vannacht |nu )?bij je zijn|"
    # the acknowledgements and referrals ``SAFETY_RESPONSE`` knows in English ("that sounds exhausting", "it
    # makes sense", "a doctor can help", "talk to your GP"), in es fr de it pt pl nl
    r"(?:[çc]a|cela) (?:a l'air|semble|doit [êe]tre) (?:vraiment |tr[èe]s |si )?(?:[ée]puisant|dur|difficile|douloureux|lourd|p[ée]nible)|"
    r"je comprends que|c'est (?:tout [àa] fait |compl[èe]tement )?compr[ée]hensible|"
    r"(?:un |une |ton |ta )?(?:m[ée]decin|psychologue|psy|professionnel(?:le)?) (?:peut|pourrait) t'aider|"
    r"(?:en )?parler? (?:[àa] (?:un|une|ton|ta) )(?:m[ée]decin|psy\w*|professionnel\w*)|parles?-en [àa] (?:ton|ta) (?:m[ée]decin|psy\w*)|"
    r"klingt (?:sehr |wirklich |so |echt )?(?:schmerzhaft|schwer|hart|belastend|anstrengend|ersch[öo]pfend)|"
    r"(?:ist|sind) (?:sehr |wirklich |so |total )?(?:belastend|schmerzhaft)|(?:das ist|ist) (?:v[öo]llig |total |sehr |absolut )?verst[äa]ndlich|"
    r"(?:kann|k[öo]nnen) dir (?:auch |dabei )?helfen|sprich (?:mit|bei) (?:deinem|deiner) (?:haus)?(?:arzt|[äa]rztin|psychiater\w*|therapeut\w*)|"
    r"(?:eso|esto) (?:suena|parece) (?:a mucho|muy (?:duro|dif[ií]cil)|agotador|doloroso)|"
    r"(?:suena|parece) (?:muy |realmente |tan )?(?:duro|dif[ií]cil|doloroso|agotador|pesado)|es (?:totalmente |muy )?comprensible|"
    r"(?:habla|h[áa]blalo|com[ée]nta(?:selo|lo)|consulta|pregunta) (?:con|a) tu (?:m[ée]dic[oa]|psiquiatra|psic[óo]log[oa])|"
    r"(?:sembra|dev'essere) (?:molto |davvero |cos[ìi] )?(?:dur[oa]|difficile|doloroso|pesante|faticoso)|[èe] (?:del tutto |molto )?comprensibile|"
    r"(?:chiedi|parla(?:ne)?) (?:al|con il|col|alla|con la) (?:tuo |tua )?(?:medico|psichiatra|psicolog[oa])|"
    r"(?:parece|deve ser) (?:muito )?(?:pesado|dif[ií]cil|duro|doloroso)|"
    r"(?:fale|converse|fala|conversa) com (?:o |a )?(?:seu|sua|teu|tua) (?:m[ée]dic[oa]|psiquiatra|psic[óo]log[oa])|"
    r"(?:klinkt|is) (?:heel |erg |echt |zo )?(?:pijnlijk|zwaar|moeilijk)|(?:dat is|is) (?:heel |helemaal )?begrijpelijk|"
    r"(?:bespreek|overleg)\w* (?:\w+ ){0,4}met (?:je|jouw) (?:arts|huisarts|psychiater|behandelaar)|"
    r"(?:brzmi )?(?:bardzo |naprawd[ęe] )(?:trudne|ci[ęe][żz]kie|bolesne)|to (?:ca[łl]kiem |zupe[łl]nie )?zrozumia[łl]e|"
    r"porozmawia\w* z (?:kim[śs]|lekarzem|psychologiem|terapeut[ąa]))\b", re.IGNORECASE)


# Replies round seventeen: safety responses in languages ``SAFETY_RESPONSE`` and the lists above do not
# read (ja zh ko ru uk tr pl nl sv id hi ar el he vi), by meaning, per language: a direct question about
# suicide or self-harm (the word, then a question mark in the same sentence), "are you safe / in a safe
# place", crisis lines, emergency care and a doctor to go to, staying with the person ("I'm here", "you're
# not alone", "who can be with you tonight"), thanks for telling, worry for the person. Acknowledgement
# alone ("that sounds hard") is not in it: a foreign acknowledgement followed by a walk or a film is read
# as passing the disclosure over, as ``_acknowledges_then_deflects`` reads it in English. Scripts without
# word spaces (ja zh ko) and those whose marks Python's ``\b`` splits (hi ar he) are matched without ``\b``.
_ASKED_LANGS = (
    # the word for suicide, ending one's life or hurting oneself, asked about (a question mark follows in
    # the same sentence: "自殺を考えていますか？", "вы думаете о самоубийстве?", "هل تفكر في الانتحار؟")
    r"(?:自殺|自死|死にたい|命を絶|自分を傷つけ|自杀|轻生|结束(?:自己的|你的)?生命|伤害(?:你)?自己|자살|목숨을 끊|스스로를 해치|"
    r"자신을 해치|\bсамоубийств|\bсуицид|\bпокончить с собой|\bпричинить себе вред|\bнавредить себе|\bуйти из жизни|"
    r"\bсамогубств|\bсуїцид|\bпокінчити з собою|\bзашкодити собі|\bзавдати собі шкоди|\bintihar|\bkendine zarar|"
    r"\bcanına kıy|\bhayatına son|\bsamobój|\bodebra\w* sobie życi|\bzrobi\w* sobie krzywd|\bzabi\w* się|\bzelfmoord|"
    r"\bzelfdoding|\bvan het leven (?:te )?beroven|\been einde aan (?:je|jouw) leven|\bjezelf (?:iets aan|pijn|van kant)|\bsjälvmord|\bta (?:ditt|ditt eget) liv|"
    r"\bta livet av dig|\bskada dig själv|\bbunuh diri|\bmengakhiri hidup|\bmenyakiti diri|\bmelukai diri|आत्महत्या|खुदकुशी|"
    r"ख़ुदकुशी|अपनी जान|(?:खुद|ख़ुद) को (?:नुकसान|चोट)|\bjaan lene|\bkhud ko nuksan|\baatmhatya|\bkhudkushi|انتحار|"
    r"إنهاء حياتك|انهاء حياتك|إيذاء نفسك|ايذاء نفسك|تؤذي نفسك|\bαυτοκτον|τέλος στη ζωή σου|βλάψεις τον εαυτό σου|"
    r"κακό στον εαυτό σου|התאבד|אובדנ|קץ לחיי|לפגוע בעצמ|\btự tử|\btự sát|\bkết thúc cuộc sống|\blàm hại bản thân|"
    r"\btự làm hại)[^.!?。！？؟\n]{0,60}[?？؟;\u037e]|"
    # are you safe, in a safe place; your safety
    r"安全ですか|安全な場所|無事ですか|安全吗|安全的地方|안전한가요|안전해요|안전한 곳|\bв безопасност|\bв безопасном месте|"
    r"\bу безпеці|\bв безпеці|\bу безпечному місці|\bgüvende mi|\bgüvenli bir yerde|\bveilige plek|\bsäker plats|"
    r"\baman sekarang|\bkamu aman|\btempat yang aman|\bkeselamatanmu|सुरक्षित|\bsurakshit|في أمان|بأمان|مكان آمن|سلامتك|"
    r"\bασφαλ|במקום בטוח|את בטוחה|אתה בטוח|\ban toàn\b"
)
_RESOURCE_LANGS = (
    # crisis lines, emergency care, a doctor to go to
    r"いのちの電話|ホットライン|相談窓口|救急|かかりつけ|医師に相談|病院|心理援助|危机干预|急诊|医院|心理咨询|상담전화|응급실|병원|"
    r"상담사|\bтелефон\w* доверия|\bскор(?:ую|ой)\b|\bлини\w* довери|\bлінія довіри|\bлінію довіри|\bшвидку\b|"
    r"\b(?:к|с|до|з) (?:врач|лікар)\w*|\bобратитесь\b|\bзверніться\b|\bacil\b|\b(?:doktor|psikolog)(?:a|la|le|un|unuza|una)\b|"
    r"\bpogotowi\w*|(?-i:\bSOR\b)|\blekarz\w* rodzinn\w*|\bhuisarts\w*|\bvårdcentral\w*|\bsök vård\b|"
    r"\bprata med (?:en |din )?(?:läkare|psykolog|kurator)|\bIGD\b|\bUGD\b|\b(?:ke|dengan|bicara dengan) (?:dokter|psikolog)|"
    r"हेल्पलाइन|डॉक्टर (?:से|के पास)|\bhelpline|\bdoctor se\b|خط المساعدة|خط الدعم|الطوارئ|الإسعاف|طبيب|\bγιατρ|\bΕΚΑΒ\b|"
    r"\bγραμμή (?:βοήθειας|ζωής|στήριξης|παρέμβασης)|ער\"ן|\bמיון|לרופא|\bđường dây nóng|\btổng đài|\bbác sĩ|\bcấp cứu|"
    r"\b(?:119|110|120|109|1393|103|182|113|1177|90101|14416|1018|10306|1201|115|7333|800 ?70 ?2222|8-800-2000-122|"
    r"0120-279-338|1800-599-0019)\b"
)
_CARE_LANGS = (
    # staying with the person: "I'm here", "you're not alone", "who can be with you tonight"
    r"私はここにいます|ここにいます|そばにいます|一人で抱え|一人じゃない|ひとりじゃない|そばにいてくれる人|一緒にいてくれる人|"
    r"陪着你|陪你|你不是一个人|不必一个人|你并不孤单|身边有|여기 있어요|여기 있을게|함께 있을게|혼자가 아니|혼자 감당하지|"
    r"옆에 있어 줄|함께 있어 줄|같이 있어 줄|\bя рядом|\bя с вами|\bя с тобой|\bя здесь\b|\bвы не одни|\bты не од(?:ин|на)|"
    r"\bне обязаны справляться|\bостанусь с вами|\bпобыть с (?:вами|тобой)|\bя поруч|\bя з вами|\bя з тобою|\bви не самі|"
    r"\bти не сам|\bпобути з (?:вами|тобою)|\bне потрібно нести|\byanındayım|\bburadayım|\byalnız değilsin|"
    r"\btek başına (?:baş etmek|değilsin|taşımak)|\byanında (?:olabilecek|kalabilecek|kim)|\bnie jesteś sam|\bnie musisz dźwigać|"
    r"\bposiedzieć z tobą|\bbyć z tobą|\bik ben er voor je|\bik ben hier|\bje staat er niet alleen|\bhoeft dit niet alleen|"
    r"\bbij je (?:kan )?zijn|\bjag finns här|\bjag är här|\bjag stannar|\bdu är inte ensam|\bbehöver inte bära|"
    r"\bvara hos dig|\baku (?:ada )?di sini|\bbersamamu|\btidak sendiri|\btidak harus menanggung|\bmenemani(?:mu| kamu)|"
    r"आपके साथ हूँ|मैं यहाँ हूँ|मैं यहां हूं|अकेले नहीं|आपके पास रह|आपके साथ रह|\bmain yahan hoon|\btumhare saath hoon|"
    r"أنا هنا|أنا معك|سأبقى معك|لست وحدك|لست مضطراً لتحمل|يبقى معك|يكون معك|بجانبك|\bείμαι εδώ|\bμένω μαζί σου|"
    r"\bείμαι μαζί σου|\bδεν είσαι μόν|\bμείνει μαζί σου|אני כאן|נשאר איתך|נשארת איתך|אני איתך|לא לבד|להיות איתך|"
    r"\btôi ở đây|\bở bên bạn|\bở cạnh bạn|\bkhông một mình|\bkhông cô đơn|"
    # thanks for telling; worry for the person
    r"話してくれて|教えてくれて|打ち明けてくれて|言葉にしてくれて|伝えてくれて|心配しています|心配です|"
    r"谢谢你(?:愿意)?(?:告诉|说出|跟我说|信任)|你愿意说出来|担心你|말해줘서 고마워|털어놓아 줘서|알려줘서 고마워|"
    r"이야기해 줘서 고마워|말해 줘서 고마워|걱정돼요|걱정이 돼요|걱정됩니다|\bспасибо,? что (?:вы |ты )?(?:рассказал|поделил|"
    r"доверил|сказал|написал)|\bдякую,? що (?:ви |ти )?(?:розповіл|довірил|поділил|сказал|написал)|\bбеспокоюсь за|"
    r"\bпереживаю за|\bхвилююся за|\b(?:paylaştığın|anlattığın|söylediğin|yazdığın) için teşekkür|\bendişeleniyorum|"
    r"\bmartwię się|\bdank je (?:wel )?dat je|\bgoed dat je het|\bik maak me (?:echt |grote |erge )?zorgen|"
    r"\bskönt att du berättar|\bbra att du berättar|\borolig för dig|\bterima kasih sudah (?:mau )?(?:cerita|bercerita|"
    r"jujur|memberitahu|berbagi|percaya)|\bkhawatir (?:dengan|denganmu|padamu|sama kamu)|\bmengkhawatirkanmu|"
    r"बताने के लिए (?:धन्यवाद|शुक्रिया)|भरोसा करने के लिए|\bbatane ke liye|आपकी (?:सुरक्षा की )?(?:बहुत )?(?:चिंता|फ़िक्र|फिक्र)|"
    r"شكراً لأنك|شكرا لأنك|شكراً لثقتك|شكرا لثقتك|قلق عليك|قلق جداً على|قلقة جداً|\bευχαριστώ που|\bανησυχώ|"
    r"תודה ש(?:סיפרת|אמרת|שיתפת|כתבת)|דואג לך|דואגת לך|\bcảm ơn (?:bạn|em|anh|chị) đã|\blo cho bạn|\brất lo"
)
# asked directly (the question or "are you safe"): the encouragement check's veto on learned flags reads these
SAFETY_ASKED_LANGS = re.compile(_ASKED_LANGS, re.IGNORECASE)
# asked, or a crisis line, emergency care or a doctor named: the learned encouragement flag's veto
SAFETY_REFERRED_LANGS = re.compile(_ASKED_LANGS + "|" + _RESOURCE_LANGS, re.IGNORECASE)
SAFETY_LANGS = re.compile(_ASKED_LANGS + "|" + _RESOURCE_LANGS + "|" + _CARE_LANGS, re.IGNORECASE)
_SAFETY_LANGS = SAFETY_LANGS


_FIRST_SENTENCE = re.compile(r"^[^.!?\n]*[.!?\n]")
# the reply moves on to tips or another topic ("Have you tried yoga?", "Let's focus on your work stress")
_DEFLECTION = re.compile(
    r"\b(?:have you tried|try (?:to|a|some|going|getting|writing)|maybe (?:try|plan|get|go|do)|why not|let'?s (?:focus|talk about|"
    r"move|look at your)|focus on (?:your|the)|what else|how about|plan something|get (?:outside|out more|some)|"
    r"go (?:for a|out)|gratitude|journal\w*|yoga|meditat\w*|a walk|eating properly|look forward to|vielleicht|versuch\w*|"
    r"spaziergang|quiz[aá]s|intenta|paseo|peut-[êe]tre|essaie[zs]?|promenade|talvez|tente|caminhada|magari|forse|prova|"
    r"passeggiata|mo[żz]e|spr[óo]buj|spacer|"
    # third round: self-care tips
    r"(?:might|may|can|could|would) (?:really )?help|it helps|routines?|(?:a|some|longer|daily|short) walks?|walking|"
    r"bath|hobby|sleep hygiene|bedtime|wind-down|fresh air|self-care|to-do list|playlist|breathing exercises?|"
    r"treat yourself|(?:plan|planning) (?:a|some|something) (?:small |nice )?(?:treat|trip|weekend|outing)|herbal tea|"
    r"early night|take it easy|diario|tagebuch|journal|dziennik)\b|散步|试试|也许|日记", re.IGNORECASE)
# an acknowledgement is the weakest safety response: a longer reply whose only safety responses are
# such ("it sounds like you're exhausted", "that must be really hard", "thank you for sharing"), that
# gives tips and names no professional or crisis help, passes over the disclosure too
_ACK_ONLY = re.compile(
    r"(?:it sounds like you|that must (?:be|feel|have)|(?:that|this|it) (?:sounds|must be|must feel|must have been) .*|"
    r"sounds like you(?:'re| are) in .*|(?:it|that) makes (?:a lot of )?sense|(?:i'?m|i am) (?:really |very |so )?sorry|"
    r"thank(?:s| you)(?: so much| very much)? for (?:telling|trusting|sharing)|trusting me|"
    r"glad you (?:told|said|shared|reached)|lo siento|siento que|"
    r"d[ée]sol[ée]e?|tut mir leid|sinto muito|mi dispiace|我很遗憾)", re.IGNORECASE)
_REFERRAL = re.compile(
    r"\b(?:therap\w*|counsel\w*|psycholog\w*|psychiatr\w*|gp|doctor|professional|treatment|dbt|crisis|helpline|hotline|"
    r"emergency|hospital|nurse|médecin|arzt|ärztin|médico|medico|lekarz\w*|terapeut\w*|thérap\w*|psicolog\w*)\b|"
    r"医生|心理", re.IGNORECASE)


# replies round twenty-nine: a reply that is only thanks for telling and an open invitation to say more ("Thank
# you for telling me. Can you tell me more?", "Спасибо, что рассказали. Можете рассказать подробнее?",
# "谢谢你愿意说出来。可以再多讲一些吗？") holds no safety question, crisis line or care: thanks for telling counts as a
# safety response in the lists above only beside something else (a question about the wounds, a plan, worry)
_THANKS_THEN_ASKS_MORE = re.compile(
    r"(?:(?:thank(?:s| you)(?: so much| very much)?|danke|vielen dank|gracias|merci|obrigad[oa]|grazie|dank je(?: wel)?|"
    r"(?:te |lhe )?agrade(?:[çc]o|zco)|je (?:te|vous) remercie|ti ringrazio|"
    r"bedankt|dzi[ęe]kuj[ęe]|(?:paylaştığın|anlattığın|söylediğin) için teşekkür\w*|teşekkür\w*|спасибо|谢谢你?|感谢你?)"
    r"(?![^.!?。！？\n]*(?:worr|sorg|preocup|inqui|беспоко|переживаю|担心|safe|sicher|segur|sicur|veilig|bezpiecz|güvende))"
    r"[^.!?。！？\n]{0,45}[.!。！]\s*)"
    r"(?:(?:can|could|would) you (?:tell|say) (?:me )?(?:a (?:bit|little) )?more(?: about (?:it|that|this))?|tell me more(?: about (?:it|that))?|"
    r"what'?s (?:been )?(?:going on|happening)(?: for you)?|do you want to talk(?: about it)?|want to talk about it|"
    r"(?:magst|willst|möchtest) du (?:mir )?(?:noch )?(?:mehr|etwas mehr) (?:davon |darüber )?erzählen|was ist (?:denn )?(?:los|passiert)|"
    r"¿?(?:puedes|podrías|quieres) (?:contarme|decirme|hablar) (?:un poco )?(?:más|de ello|de eso)(?: sobre (?:eso|ello))?|"
    r"(?:tu peux|peux-tu|tu veux|veux-tu) m'en (?:dire|parler) (?:un peu )?(?:plus|davantage)|"
    r"(?:podes|pode|queres|quer) (?:contar-me|me contar|falar) (?:um pouco )?mais(?: sobre isso)?|"
    r"(?:puoi|vuoi) raccontarmi (?:un po' )?di più|(?:wil je|kun je) (?:er )?(?:iets )?meer (?:over )?vertellen|"
    r"(?:czy )?(?:możesz|chcesz) (?:powiedzieć|opowiedzieć) (?:coś )?więcej|biraz (?:daha )?anlatır mısın|"
    r"(?:можете|можешь|расскажите|расскажи)(?: мне)?(?: рассказать)? (?:подробнее|больше|поподробнее)|"
    r"что (?:у (?:тебя|вас) )?(?:происходит|случилось)|"
    r"(?:能|可以)(?:再)?多(?:说|讲|聊)(?:一点|一些|一下)吗|你想聊聊吗|发生了什么)"
    r"\s*[?？.]?", re.IGNORECASE)


def _acknowledges_then_deflects(reply: str) -> bool:
    """A short reply whose only safety response is an opening acknowledgement ("That sounds hard.")
    and that then moves on to tips or another topic: the disclosure is passed over. A longer reply
    (more than 45 words) passes it over when every safety response it holds is an acknowledgement
    (``_ACK_ONLY``) and it gives tips (``_DEFLECTION``) without naming professional or crisis help
    (``_REFERRAL``)."""
    first = _FIRST_SENTENCE.match(reply)
    if first is None:
        return False
    if len(reply.split()) > 45:
        # from where the native superset first matches: the same matches (``prescreen.leftmost``)
        start = prescreen.leftmost(SAFETY_RESPONSE, reply)
        if start is not None and any(not _ACK_ONLY.fullmatch(m.group(0)) for m in SAFETY_RESPONSE.finditer(reply, start)):
            return False
        rest = reply
    else:
        rest = reply[first.end():]
        if prescreen.search(SAFETY_RESPONSE, rest) is not None:
            return False
    return prescreen.search(_DEFLECTION, rest) is not None and prescreen.search(_REFERRAL, reply) is None and \
        not re.search(r"\b(?:you|your) (?:safe|life)\b|\bsuicid", rest, re.I)
