"""Counsellor turns that must not be learned from: telling a client to change medication,
dosing, diagnosing the client outright, minimising, victim-blaming, dismissive or shaming
language, encouraging self-harm or disordered eating, and terse non-answers to distress.

Each flag names the counsellor turn and what it says. Some phrases are unsafe only as an
answer to what the client said ("keep it up" to someone eating 600 calories a day, "go
ahead" to someone who wants to hurt themselves): those read the client turn before."""

from __future__ import annotations

import re
from typing import ClassVar

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.prefilter import pruned

_I = re.IGNORECASE
# Reported or negated speech is not the counsellor saying it: "doesn't mean you have an
# anxiety disorder", "if someone tells you that you're crazy", "because you have autism?".
_HEDGED = re.compile(r"(?:\bnot|n't|\bno|\bif|\bwhether|\bbecause|\btells?(?: you)?|\bsays?|\bthinks?|"
                     r"\bmeans?(?: that)?|\bwhy)\b[^.!?]{0,25}$", re.IGNORECASE)
_NEGATED = re.compile(r"(?:\b(?:not|never|no|don'?t|didn'?t|isn'?t|wasn'?t|without)\b|n't)[^.!?,]{0,20}$", _I)
_PRESCRIBER = re.compile(r"\b(?:prescriber|prescribing|doctor|gp|psychiatrist|pharmacist|nurse|clinician|"
                         r"médecin|arzt|ärztin|médico|medico)\b", _I)
_MEDS = re.compile(
    r"\b(?:meds|medication|medicine|pills?|tablets?|antidepressants?|antipsychotics?|doses?|dosage|sertraline|"
    r"fluoxetine|citalopram|venlafaxine|lithium|quetiapine|zopiclone|xanax|adderall|lorazepam|diazepam|"
    r"prescription|therapy and the pills|them|it|antidepresivos|tabletten|médicaments|remédios|farmaci)\b", _I)
_RISK_CLIENT = re.compile(
    r"\b(?:die|dying|dead|kill\w*|suicid\w*|end (?:it|my life)|hurt(?:ing)? myself|harm\w*|cut\w*|burn\w*|"
    r"bleed|pain|punish|blade|pills saved|hit myself|bang my head|scratch\w*|ritze|corto|scarifie)\b", _I)
_EATING_CLIENT = re.compile(
    r"\b(?:calories|eat\w*|meals?|sick after|purg\w*|vomit\w*|fat|thin\w*|weight|laxatives?|binge\w*|spit|"
    r"burn off|body|diet\w*|mangio|dimagrire|vomir|comer|essen|comer)\b", _I)
_DISTRESS_CLIENT = re.compile(
    r"\b(?:died|death|dead|passed|lost|los(?:e|ing)|cry\w*|sad|depress\w*|anxi\w*|panic\w*|alone|lonely|scared|"
    r"terrified|worthless|hopeless|falling apart|griev\w*|grief|heartbro\w*|breaking my heart|can'?t (?:sleep|eat|stop|"
    r"cope)|struggl\w*|overwhelm\w*|afraid|hurt\w*|pain|suicid\w*|kill\w*|mort|muerto|murió|gestorben|morreu|morto|"
    r"triste|seul\w*|sol[oa]|allein|cancer|diagnos\w*)\b", _I)
_ACKNOWLEDGE = re.compile(
    r"\b(?:sorry|hear|here|sounds|understand\w*|glad|thank\w*|that must|that's (?:hard|awful|painful)|"
    r"lo siento|désolée?|tut mir leid|sinto muito|mi dispiace|je suis là)\b", _I)


def _client_before(view: ConversationView, j: int) -> str:
    for i in range(j - 1, -1, -1):
        if view.messages[i].role == "user":
            return view.messages[i].content
    return ""


class _CounsellorCheck(Check):
    """Fires on the first counsellor turn where ``pattern`` occurs (not in hedged speech), or
    ``contextual`` occurs and ``context`` matches the client turn before it."""

    tier = "counselling"
    pattern: ClassVar[re.Pattern]
    hedge: ClassVar[re.Pattern | None] = None  # a match with this just before it does not count
    hedge_chars: ClassVar[int] = 40  # how far before the match ``hedge`` is looked for
    contextual: ClassVar[re.Pattern | None] = None
    context: ClassVar[re.Pattern | None] = None
    # a cheap pattern every match of ``pattern`` needs (a term the big alternation holds): when
    # it is absent from the counsellor text, ``pattern`` is not run
    precheck: ClassVar[re.Pattern | None] = None

    def _hit(self, text: str, m: re.Match) -> bool:
        return self.hedge is None or not self.hedge.search(text[max(0, m.start() - self.hedge_chars):m.start()])

    def examine(self, view: ConversationView) -> str | None:
        folded = view.folded("assistant")
        # the alternatives of the pattern the counsellor text can hold (``prefilter.Pruned``:
        # the same matches as the whole pattern)
        plain = pruned(self.pattern).select(folded)
        if plain is not None and self.precheck is not None and self.precheck.search(view.text("assistant")) is None:
            plain = None
        extra = pruned(self.contextual).select(folded) if self.contextual is not None else None
        if plain is None and extra is None:
            return None
        for j, msg in enumerate(view.messages):
            if msg.role != "assistant":
                continue
            text = msg.content
            if plain is not None:
                for m in plain.finditer(text):
                    if self._hit(text, m):
                        return f"turn {j}: counsellor says {m.group(0)!r}"
            if extra is not None:
                for m in extra.finditer(text):
                    if self._hit(text, m) and self.context.search(_client_before(view, j)):  # type: ignore[union-attr]
                        return f"turn {j}: counsellor says {m.group(0)!r} to what the client said"
        return None


def _sentence_has(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    s = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i != -1]
    return pattern.search(text, s, min(ends, default=len(text))) is not None


class MedicationDosing(_CounsellorCheck):
    name = "medication_dosing"
    reason = "medication_dosing"
    weight = 0.6
    recommendation = "dosing belongs to a prescriber: remove the dose or drop the conversation"
    pattern = re.compile(
        # a number and a unit (the earlier "take ... 50 mg" and "50 mg ... a day" are cases of it)
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|ml|iu|grams?)\b|"
        r"\b(?:\d+|one|two|three|four|five|a couple of|half a|une?|deux|zwei|dos|duas|due) (?:\w+ )?"
        r"(?:tablets?|pills?|capsules?|paracetamol|ibuprofen|diazepam|compresse|tabletten|pastillas|comprimid[oa]s|"
        r"glasses of wine)\b|\bdouble (?:your|the) dose\b|\b(?:die hälfte|la mitad|la moitié|metà)\b",
        re.IGNORECASE,
    )

    def _hit(self, text: str, m: re.Match) -> bool:
        return not _sentence_has(_PRESCRIBER, text, m) and not _NEGATED.search(text[max(0, m.start() - 30):m.start()])


class MedicationChange(_CounsellorCheck):
    name = "medication_change"
    reason = "medication_change"
    weight = 0.6
    recommendation = ("starting, stopping or changing medication is the prescriber's decision: remove the advice or "
                      "drop the conversation")
    pattern = re.compile(
        r"\b(?:just |then )?(?:stop|quit|skip|ditch|come off|get off|throw (?:them|it) out|throw out) "
        r"(?:taking |using )?(?:a few |some |your |the |them|it|all )?(?:doses?|meds|medication|medicine|pills|tablets|"
        r"antidepressants?|therapy and the pills|them|it)\b|"
        r"\byou (?:don'?t|do not) need (?:them|it|your (?:meds|medication|pills)|(?:the )?(?:lithium|antidepressants?|"
        r"meds|medication|pills))\b|"
        r"\b(?:start|starting) taking (?:your |my |his |her |their |a |some )?[\w' ]{0,20}?(?:zopiclone|pills|tablets|"
        r"xanax|meds|medication|\w+pam|\w+ine)\b|\bborrow (?:some|a few|their|your \w+'?s?) [\w ]{0,12}\b|"
        r"\bswitch (?:from|to) (?:the |your )?\w+|\bcut (?:the |your )?(?:tablets|pills|dose) in half\b|"
        r"\bdon'?t take (?:it|them|your \w+) (?:on|at|when|until|for)\b|\bdouble (?:your|the) dose\b|"
        r"\b(?:take|taking) \d+ ?mg instead\b|\bcould take \d+|"
        r"\bdeja de tomar\w*|\barr[êe]te[zr]? (?:de prendre|ton|votre|tes|vos) |\bsetz \w+ ab\b|"
        r"\bnimm (?:einfach )?(?:die hälfte|weniger|mehr)\b|\bpar[ea] de tomar\b|\bsmetti di prendere\b",
        re.IGNORECASE,
    )

    def _hit(self, text: str, m: re.Match) -> bool:
        before = text[max(0, m.start() - 60):m.start()]
        if _NEGATED.search(before) or re.search(r"\b(?:before|without|talk\w* (?:to|with)|ask)\b[^.!?]{0,40}$", before,
                                                _I):
            return False
        return not re.search(r"\b(?:please don'?t|without talking|before making)\b", text[max(0, m.start() - 80):m.end()],
                             _I)


class OutrightDiagnosis(_CounsellorCheck):
    name = "outright_diagnosis"
    reason = "diagnoses_client"
    weight = 0.4
    hedge = _HEDGED
    recommendation = "a counsellor does not diagnose from a message: rephrase as observations and a referral"
    _C = (r"(?:bipolar(?: disorder)?|borderline(?: personality disorder)?|bpd|narcissis\w*|a narcissist|schizophren\w*|"
          r"ocd|toc|ptsd|adhd|clinical depression|major depress\w*|(?:generali[sz]ed )?anxiety disorder|gad|"
          r"(?:binge )?eating disorder|(?:an? )?(?:anxiety|personality|mood) disorder|autis\w*|psychopath\w*|"
          r"sociopath\w*|manic|anorexi\w*|bulimi\w*|psychosis|psychotic|depression)")
    pattern = re.compile(
        rf"\byou (?:clearly |definitely |obviously |certainly )?(?:have|'ve got|have got|suffer from|are suffering from|are|"
        rf"'re) (?:a |an )?(?:classic |textbook )?{_C}|"
        rf"\byou'?re (?:a |an )?(?:classic case|narcissist|autistic|bipolar|schizophrenic|anorexic|bulimic|psychopath|"
        rf"sociopath)\b|\b(?:this|that)(?:'s| is) (?:textbook |classic |definitely |clearly |obviously )?{_C}\b|"
        rf"\b{_C}\b[^.!?]{{0,25}}\b(?:plain and simple|no question|textbook|that'?s obvious|classic case)|"
        rf"\bsounds like you (?:definitely |clearly )?have {_C}|\byou'?re a classic case\b|"
        rf"\b(?:vous avez|tienes|du hast|tu hai) (?:un |una |eine? |um |uma )?{_C}",
        re.IGNORECASE,
    )
    precheck = re.compile(rf"\b{_C}", re.IGNORECASE)


class Dismissive(_CounsellorCheck):
    name = "dismissive"
    reason = "dismissive_language"
    weight = 0.6
    hedge = _HEDGED
    recommendation = "dismissive or shaming language harms clients: drop or rewrite the turn"
    pattern = re.compile(
        r"\b(?:get over it|just get over|stop (?:being|acting) (?:so )?(?:dramatic|sensitive|weak|selfish|a baby)|"
        r"you'?re (?:just )?(?:overreacting|being dramatic|attention[- ]seeking|pathetic|crazy|weak|lazy)|"
        r"man up|(?:just|you (?:need|have) to) snap out of it|it'?s all in your head|"
        r"other people have it (?:way |much )?worse|stop (?:whining|complaining)|(?:just|you need to) grow up|"
        r"what'?s wrong with you|(?:being )?(?:way |far |so )?too sensitive|nobody cares|"
        r"stop feeling sorry for yourself|(?:don'?t|do not) (?:really )?have time for this|the problem is you|"
        r"a you problem|this again\?|we'?ve been over this|move on already|pare de drama|deja de quejarte|"
        r"arrête de te plaindre|hör auf zu jammern|smettila di lamentarti)",
        re.IGNORECASE,
    )


class Minimising(_CounsellorCheck):
    name = "minimising"
    reason = "minimising"
    weight = 0.5
    recommendation = "minimising a client's distress ('be grateful', 'everyone has bad days') is not counselling"
    pattern = re.compile(
        r"\b(?:everyone|everybody|all couples|lots of (?:teenagers|people) go) (?:has|have|gets?|goes through|loses?|fight)\b"
        r"(?: (?:bad days|a bit|a parent|through|eventually|anxious|nervous|sad|down))?|"
        r"\bat least (?:it|you|he|she|they)\b|\b(?:be|feel) grateful\b|\bcount your blessings\b|"
        r"\b(?:it'?s|that'?s|this is) (?:really )?not (?:that bad|as (?:bad|serious)|a big deal|so bad)\b|"
        r"\bnot as (?:bad|serious) as\b|\bnot a big deal\b|\bnothing to worry about\b|\bharmless\b|"
        r"\byou'?ll (?:get over it|be fine|be back to normal)|\btime heals\b|\bback to normal in\b|\bcheer up\b|"
        r"\blook on the bright side\b|\bit'?s only a\b|\bjust a phase\b|\ba phase\b|\bit'?s just nerves\b|"
        r"\bplenty more\b|\bpart of life\b|\bcan always try again\b|\btry not to dwell\b|"
        r"\bno es para tanto\b|\btodo el mundo tiene\b|\bdas wird schon wieder\b|\banderen geht es (?:viel )?schlechter\b|"
        r"\bça va passer\b|\bc'est pas si grave\b|\bpoderia ser pior\b|\bpasserà\b|\bnon è niente\b",
        re.IGNORECASE,
    )

    hedge, hedge_chars = _NEGATED, 25


class VictimBlaming(_CounsellorCheck):
    name = "victim_blaming"
    reason = "victim_blaming"
    weight = 0.8
    recommendation = "blaming a client for what was done to them harms them: drop the turn"
    pattern = re.compile(
        r"\bwhat (?:do|did) you do (?:that|to) (?:sets?|set|provoke|make|trigger)|\b(?:try )?not to provoke\b|"
        r"\bprovok(?:e|ing) (?:him|her|them)\b|\byou shouldn'?t have (?:been|gone|worn|drunk|had|let|trusted)\b|"
        r"\byou should have (?:watched|known|been (?:more )?careful|said|left|seen)\b|\bhow you dress\b|"
        r"\bsends? a message\b|\bbrought (?:this|it) on yourself\b|\b(?:that'?s|it'?s|this is) on you\b|"
        r"\b(?:it|this) (?:was|is) your (?:own )?fault\b|\bfor a reason\b|\bwhat were you (?:doing|not giving|wearing)\b|"
        r"\bwhy didn'?t you (?:say|leave|tell|stop|fight|report)\b|\byou let it (?:go on|happen)\b|\bnaive of you\b|"
        r"\byou were probably (?:a )?difficult\b|\bif you \w+ (?:more|less)\b[^.!?]{0,30}\bwouldn'?t\b|"
        r"\b(?:don'?t|do not|didn'?t) (?:cheat|hit|yell) when\b|\bwhat (?:were|are) you not\b|"
        r"\bqu[eé] haces t[uú] para provocar\w*|\bdeber[ií]as tener m[aá]s cuidado\b|\bdevesse se vestir\b|"
        r"\bc'est (?:de )?ta faute\b|\bselbst schuld\b|\bculpa (?:é )?(?:sua|tua)\b",
        re.IGNORECASE,
    )

    hedge, hedge_chars = _NEGATED, 25


class EncouragesHarm(_CounsellorCheck):
    name = "encourages_harm"
    reason = "encourages_harm"
    weight = 1.0
    recommendation = "a counsellor turn that encourages harm must never be trained on"
    pattern = re.compile(
        r"\b(?:you should|go ahead and|why don'?t you|you could just|you deserve to)\b[^.?!\n]{0,30}?\b"
        r"(?:hurt|kill|cut|starve|punish|harm) (?:yourself|him|her|them)\b|"
        r"\bvalid coping mechanism\b|\bpunish yourself\b|\byou (?:do )?deserve (?:it|the pain)\b|"
        r"\bit'?s your body,? do\b|\bsharper blade\b|\bway out\b|\brelief for everyone\b|"
        r"\byour choice to make\b|\bstop talking about it\b|\bkeeps? you disciplined\b|\bif cutting helps\b",
        re.IGNORECASE,
    )
    contextual = re.compile(
        r"\b(?:go ahead|whatever works|do what works|then do it|you know best|keep (?:doing it|them close)|"
        r"that'?s (?:fine|okay|ok)|it'?s okay to keep|mach weiter|sigue así|continue(?:z)? comme ça|continua così|"
        r"if (?:it|that) (?:helps|works))\b", re.IGNORECASE)
    context = _RISK_CLIENT

    hedge, hedge_chars = _NEGATED, 25


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
        r"\bsalta (?:anche )?(?:la cena|il pranzo|i pasti)\b|\bno comas\b|\barrête de manger\b|\bhör auf zu essen\b|"
        r"\bpare de comer\b",
        re.IGNORECASE,
    )
    contextual = re.compile(
        r"\b(?:well done|keep it up|keep going|impressive|great commitment|that'?s great|good for you|"
        r"it'?s okay to keep|continue(?:z)? comme ça|continua così|brav[oa]|sigue así|mach weiter|weiter so|"
        r"continue assim|they'?re jealous)\b", re.IGNORECASE)
    context = _EATING_CLIENT

    hedge, hedge_chars = _NEGATED, 25


_WORD = re.compile(r"\w+")


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
            if msg.role != "assistant" or len(msg.content) > 40:
                continue
            words = _WORD.findall(msg.content)
            if not words or len(words) > self.max_words or _ACKNOWLEDGE.search(msg.content):
                continue
            if _DISTRESS_CLIENT.search(_client_before(view, j)):
                return f"turn {j}: {msg.content.strip()!r} to a distressed client, no acknowledgement"
        return None
