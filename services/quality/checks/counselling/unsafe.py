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
from services.quality.checks.counselling.reply_safety import learned
from services.quality.checks.prefilter import pruned

_I = re.IGNORECASE
# any drug name or class, for the medication pattern families
_MED_NAME = (r"(?:meds|medications?|medicines?|pills|tablets|doses?|antidepressants?|antipsychotics?|ssris?|benzos?|"
             r"stimulants?|(?:mood )?stabili[sz]ers?|sleeping (?:tablets|pills)|beta[- ]blockers?|lithium|xanax|adderall|"
             r"ritalin|valium|prozac|zoloft|\w+(?:oxetine|aline|pram|afaxine|apine|azepam|olam|idone|trigine|phenidate|"
             r"amine|ine|pam|done))")
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
    # the labelled reason (``evaluation.REPLY_FLAGS``) the learned stage (``reply_safety``) is
    # asked for when no pattern fires, and what it is, for the detail
    label: ClassVar[str | None] = None
    label_text: ClassVar[str] = ""

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
            return self._learned(view)
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
        return self._learned(view)

    def _learned(self, view: ConversationView) -> str | None:
        return learned(view, self.label, self.label_text) if self.label is not None else None


def _sentence_has(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    s = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i != -1]
    return pattern.search(text, s, min(ends, default=len(text))) is not None


class MedicationDosing(_CounsellorCheck):
    name = "medication_dosing"
    label, label_text = "dosing", "a dose"
    reason = "medication_dosing"
    weight = 0.6
    recommendation = "dosing belongs to a prescriber: remove the dose or drop the conversation"
    pattern = re.compile(
        # a number and a unit (the earlier "take ... 50 mg" and "50 mg ... a day" are cases of it)
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|ml|iu|grams?)\b|"
        r"\b(?:\d+|one|two|three|four|five|a couple of|half a|une?|deux|zwei|dos|duas|due) (?:\w+ )?"
        r"(?:tablets?|pills?|capsules?|paracetamol|ibuprofen|diazepam|compresse|tabletten|pastillas|comprimid[oa]s|"
        r"glasses of wine)\b|\bdouble (?:your|the) dose\b|\b(?:die hälfte|la mitad|la moitié|metà)\b"
        r"|\d+\s?毫克|[一两二三四五]片|\b(?:go|bump it|put it|increase it|up it) (?:up )?to \d+|"
        r"\b(?:half|a quarter of) (?:a|an|one) \w+(?:pam|ine|ol)\b|\b(?:tome|tómate|prendi|prenez|nimm|weź) \d+",
        re.IGNORECASE,
    )

    def _hit(self, text: str, m: re.Match) -> bool:
        return not _sentence_has(_PRESCRIBER, text, m) and not _NEGATED.search(text[max(0, m.start() - 30):m.start()])


class MedicationChange(_CounsellorCheck):
    name = "medication_change"
    label, label_text = "medication_change", "advice to start, stop or change medication"
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
        r"\bnimm (?:einfach )?(?:die hälfte|weniger|mehr)\b|\bpar[ea] de tomar\b|\bsmetti di prendere\b"
        # broader families: an imperative about medication with any drug name or class
        rf"|\b(?:taper|wean) (?:yourself |him |her )?off\b|\b(?:come|get|go) off (?:the |your |it|them)|"
        rf"\b(?:stop|quit|drop|ditch|bin|skip|halve|reduce|lower|increase|up|raise|bump up|swap|switch|replace|leave out|"
        rf"take (?:a break|him off|her off|them off))\b[^.!?]{{0,20}}\b{_MED_NAME}|"
        rf"\b{_MED_NAME}\b[^.!?]{{0,15}}\b(?:cold turkey|every other day|only (?:at|on) (?:weekends|workdays|bad days))|"
        rf"\b(?:take|have) (?:them|it|your \w+) (?:only )?(?:every other day|when you feel|on bad days)\b|"
        rf"\b(?:ask|get|borrow) (?:a friend|someone|your \w+) for (?:some )?(?:of )?(?:their |his |her )?{_MED_NAME}|"
        rf"\bkeep taking (?:it|them) and ignore\b|\b(?:bin|throw away) (?:them|it|your (?:pills|meds|tablets))\b|"
        rf"\bready to come off\b|\byou can (?:just )?drop (?:that|the \w+|it|them)\b|"
        rf"\b(?:lass|setz) (?:sie|es|die \w+) (?:einfach )?(?:weg|ab)\b|\barr[êe]tez-(?:la|le|les)\b|"
        rf"\bpare de tomar\b|\bsmetti\b|\bodstaw\b|停药|别吃了|\bt[óo]malas solo\b",
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
    label, label_text = "diagnosing", "a diagnosis of the client"
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
        rf"\b(?:vous avez|tienes|du hast|tu hai) (?:un |una |eine? |um |uma )?{_C}"
        # broader: a label applied to the client ("what you're describing is", "you're on the
        # spectrum", "your symptoms fit"), and the label words of other languages
        rf"|\b(?:what you'?re describing|what you describe|your symptoms?|this|that|it)(?:'s| is| are| fits?| matches?)"
        rf"(?: exactly| clearly| definitely| obviously)? (?:a |an )?(?:textbook |classic )?{_C}|"
        rf"\byou'?re (?:clinically depressed|on the (?:autism |autistic )?spectrum|a (?:binge eater|hypochondriac)|"
        rf"(?:clearly |definitely )?(?:depressed|bipolar|anorexic|obsessive|paranoid))\b|"
        rf"\byou(?:'re| are) experiencing (?:psychosis|mania|a manic episode)\b|\bthat'?s your diagnosis\b|"
        rf"\b(?:tienes|vous avez|du hast|voc[êe] tem|hai|masz|sei|vous [êe]tes|eres|du bist|voc[êe] [ée]) "
        rf"(?:un |una |eine? |um |uma )?(?:tdah|toc|tdah|trastorno|transtorno|disturbo|zaburzenie|chorob\w+|"
        rf"depresi[oó]n|depression|d[ée]pression|depressione|depress[ãa]o|depresj\w+|bipolaire|bipolar\w*|"
        rf"borderline|autist\w*|ansiedad|anorex\w*)|你得了|你(?:有|是)[^。，]{{0,6}}(?:症|障碍|病)",
        re.IGNORECASE,
    )
    precheck = re.compile(rf"\b{_C}|\b(?:clinically|spectrum|hypochondriac|binge eater|depressed|bipolar\w*|anorex\w*|"
                          r"obsessive|paranoid|psychosis|mania|manic|diagnosis|tdah|toc|trastorno|transtorno|disturbo|"
                          r"zaburzenie|chorob\w+|depres\w+|d[ée]pression|borderline|autist\w*|ansiedad)\b|你得了|"
                          r"你(?:有|是)[^。，]{0,6}(?:症|障碍|病)", re.IGNORECASE)


class Dismissive(_CounsellorCheck):
    name = "dismissive"
    label, label_text = "dismissive", "dismissive language"
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
        r"arrête de te plaindre|hör auf zu jammern|smettila di lamentarti)"[:-1] + (
        r"|cry me a river|not that interesting|you worry about everything|pull yourself together|too needy|"
        r"just an excuse|(?:that'?s|this is) ridiculous|toughen up|(?:it'?s )?a (?:trend|phase you'?ll)|grow out of it|"
        r"you should be ashamed|stop (?:moaning|crying|sulking)|attention[- ]seek\w*|saying that for attention|"
        r"don'?t be (?:silly|stupid|ridiculous)|deja de llorar|vous exag[ée]rez|stell dich nicht so an|"
        r"(?:isso [ée] )?frescura|smettila di fare la vittima|we[źz] si[ęe] w gar[śs][ćc]|别矫情|jetzt übertreib)"),
        re.IGNORECASE,
    )


class Minimising(_CounsellorCheck):
    name = "minimising"
    label, label_text = "minimising", "minimising"
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
        r"\bça va passer\b|\bc'est pas si grave\b|\bpoderia ser pior\b|\bpasserà\b|\bnon è niente\b"
        # broader families: comparison with others, "only", "normal/common so no matter", "you have no
        # reason", "should be over it", cheerfulness in answer to pain
        r"|\b(?:could|can) (?:always )?be worse\b|\bwe all (?:feel|get|have|go through)\b|"
        r"\beveryone (?:feels?|goes|gets|grieves) (?:like that|that way|through (?:it|this))\b|"
        r"\b(?:it|he|she) (?:was|is) only (?:a|an|the)\b|\bit'?s (?:just|only) (?:stress|the weather|hormones|a scratch|"
        r"a little|a bad patch|a rough patch|exams?)\b|\bjust a (?:little|small) \w+|"
        r"\b(?:happens to (?:everyone|so many|most people|all of us)|totally normal|completely normal)\b[^.!?]{0,40}"
        r"(?:don'?t|no need|you'?ll|just|chin up)|\bdon'?t make (?:it|this) a (?:thing|big deal)\b|"
        r"\b(?:have|had) no reason to (?:feel|be)\b|\bshould be (?:past|over) (?:it|this) by now\b|"
        r"\b(?:worrying|worried|upset) (?:about|over) nothing\b|\bjust push through\b|\bchin up\b|"
        r"\b(?:you'?ll|you will) (?:make new ones|have another|find someone else|meet someone)\b|"
        r"\bcome and go\b|\bin no time\b|\bwelcome to (?:adulthood|the club|real life)\b|"
        r"\b(?:some|other) people (?:don'?t even|have it worse|would (?:kill|love))\b|\bwould kill for\b|"
        r"\bdon'?t really mean (?:that|it)\b|\bso much going for you\b|\bsomething to celebrate\b|"
        r"\bla vida sigue\b|\bes ley de vida\b|\bno pasa nada\b|\bce n'est rien\b|\btout le monde passe\b|"
        r"\bnicht schlimm\b|\bgeht allen (?:mal )?so\b|\bbola pra frente\b|\bpelo menos\b|\bsuccede a tutti\b|"
        r"\bnon è niente di grave\b|\bkażdy tak ma\b|\bnie przesadzaj\b|没什么大不了|大家都会",
        re.IGNORECASE,
    )

    hedge, hedge_chars = _NEGATED, 25


class VictimBlaming(_CounsellorCheck):
    name = "victim_blaming"
    label, label_text = "victim_blaming", "blaming the client"
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
        r"\bc'est (?:de )?ta faute\b|\bselbst schuld\b|\bculpa (?:é )?(?:sua|tua)\b"
        # broader families: what the client did/wore/said made it happen; "asking for it"
        r"|\byou must have (?:said|done|wound|provoked|led|given|been)\b|\bit takes two\b|\basking for (?:it|trouble|attention)\b|"
        r"\bwhat did you expect\b|\byou (?:practically|basically) (?:handed|asked|invited)\b|\bgave as good as\b|"
        r"\bwhy (?:were you|did you (?:keep|go|stay|get|let|agree)|would you)\b[^.!?]{0,40}\?|"
        r"\bif you (?:did|had|were|earned|dressed|listened|stopped|didn'?t)\b[^.!?]{0,40}\b(?:wouldn'?t|won'?t|would not)\b|"
        r"\b(?:stop|quit) (?:making|winding|upsetting) (?:him|her|them)\b|\bdoing something to (?:make|deserve)\b|"
        r"\bshouldn'?t be surprised\b|\bthat'?s what happens when you\b|\byou had a choice\b|"
        r"\balgo habr[aá]s hecho\b|\btu l'as cherch[ée]\b|\bdas ist deine schuld\b|\bo que (?:voc[êe]|tu) fez\b|"
        r"\bse non gli dessi\b|\bsprowokowa\w+|穿得太",
        re.IGNORECASE,
    )

    hedge, hedge_chars = _NEGATED, 25


class EncouragesHarm(_CounsellorCheck):
    name = "encourages_harm"
    label, label_text = "encouraging_self_harm", "encouragement of self-harm"
    reason = "encourages_harm"
    weight = 1.0
    recommendation = "a counsellor turn that encourages harm must never be trained on"
    pattern = re.compile(
        r"\b(?:you should|go ahead and|why don'?t you|you could just|you deserve to)\b[^.?!\n]{0,30}?\b"
        r"(?:hurt|kill|cut|starve|punish|harm) (?:yourself|him|her|them)\b|"
        r"\bvalid coping mechanism\b|\bpunish yourself\b|\byou (?:do )?deserve (?:it|the pain)\b|"
        r"\bit'?s your body,? do\b|\bsharper blade\b|\bway out\b|\brelief for everyone\b|"
        r"\byour choice to make\b|\bstop talking about it\b|\bkeeps? you disciplined\b|\bif cutting helps\b"
        # broader: permission or instruction about harming oneself
        r"|\bif (?:that'?s|it'?s) what gets you through\b|\bwhatever gets you through\b|"
        r"\bdo it if you need\b|\bit'?s your (?:life|right)\b[^.!?]{0,30}"
        r"\b(?:end|die|if you want)|\bnobody can stop you\b|\b(?:a |is a )?healthy way to\b[^.!?]{0,30}\b(?:pressure|pain|out)\b|"
        r"\bhurt yourself a bit\b|\bclean (?:razor|blade)\b|\bburns heal\b|"
        r"\bwon'?t tell you to stop\b|\bdon'?t feel bad about it\b|"
        r"\bsi te ayuda,? sigue\b|\bpourquoi arr[êe]ter\b|\bdann tu es\b|\bse funciona\b|\bfallo pure\b|"
        r"\bto r[óo]b to dalej\b|那就做吧",
        re.IGNORECASE,
    )
    contextual = re.compile(
        r"\b(?:go ahead|whatever works|do what works|then do it|you know best|keep (?:doing it|them close)|"
        r"that'?s (?:fine|okay|ok)|it'?s okay to keep|mach weiter|sigue así|continue(?:z)? comme ça|continua così|"
        r"if (?:it|that) (?:helps|works)|carry on|harmless habit|take enough|so it (?:actually )?works|keep going)\b", re.IGNORECASE)
    context = _RISK_CLIENT

    hedge, hedge_chars = _NEGATED, 25


class EncouragesDisorderedEating(_CounsellorCheck):
    name = "encourages_disordered_eating"
    label, label_text = "encouraging_disordered_eating", "encouragement of disordered eating"
    reason = "encourages_disordered_eating"
    weight = 1.0
    recommendation = "a counsellor turn that encourages restriction, purging or compensating must never be trained on"
    pattern = re.compile(
        r"\b(?:get(?:ting)?|bring) it down to \d+|\bskip(?:ping)? (?:meals|dinner|breakfast|lunch)\b|"
        r"\b(?:skip|stop) eating\b|\bdon'?t eat (?:carbs|after|anything)\b|\bstop eating after\b|\bfasting for\b|"
        r"\bfast for (?:a|\d+) (?:week|days)\b|\bpurging helps\b|\bcan never be too thin\b|\blaxatives are\b|"
        r"\bblack coffee when you'?re hungry\b|\bweigh yourself every\b|\bthe more you burn\b|\bclever trick\b|"
        r"\bsalta (?:anche )?(?:la cena|il pranzo|i pasti)\b|\bno comas\b|\barrête de manger\b|\bhör auf zu essen\b|"
        r"\bpare de comer\b"
        # broader: praise of restriction/weight loss, fasting and purging advice, calorie ceilings
        r"|\bwater fast\b|\b(?:instead of|rather than) (?:lunch|dinner|breakfast|eating|meals?)\b|"
        r"\bunder \d+ (?:calories|kcal)\b|\b(?:aim|stick) (?:for|to) (?:under|less than|below) \d+\b|"
        r"\bdiet pills? (?:are|is) fine\b|\btake (?:a couple|some|a few) more\b[^.!?]{0,30}\bresults\b|"
        r"\bdecent way to (?:stay|keep|get) (?:slim|thin)\b|\banother few (?:kilos|pounds|kg)\b|"
        r"\bkeeps? the hunger away\b|\bno pain,? no gain\b|\bwhat they don'?t know\b|"
        r"\b(?:you'?ll|you will) (?:drop|lose) the weight\b|\bthin by\b|"
        r"\bsautez aussi\b|\bso nimmst du\b|\bas[íi] adelgazar[aá]s\b|\bpuedes comer menos\b|\bmożesz jeszcze ograniczyć\b|"
        r"你会更瘦|继续坚持",
        re.IGNORECASE,
    )
    contextual = re.compile(
        r"\b(?:well done|keep it up|keep going|impressive|great commitment|that'?s great|good for you|"
        r"it'?s okay to keep|continue(?:z)? comme ça|continua così|brav[oa]|sigue así|mach weiter|weiter so|"
        r"continue assim|they'?re jealous)\b", re.IGNORECASE)
    # praise of the restriction itself, read with the client turn before it
    contextual = re.compile(contextual.pattern[:-3] + r"|amazing|fantastic|impressive self-control|"
                            r"willpower|dedication|discipline|smart thinking|ottimo|super|świetnie|很好|qué disciplina)\b",
                            re.IGNORECASE)
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
        return learned(view, "terse_non_answer", "a terse non-answer to distress")
