"""English as written by writers the detector had not seen (thirty-first session, helper ``riskblind31c``, from the
blind ``risk_valid_v31c``'s misses and false flags): Nigerian, Ghanaian, Kenyan, South Asian, South-East Asian and
Caribbean English, typing and voice-to-text slips, clinicians, people in custody.

Kept in a module of its own (read by ``risk``: ``read_spelling`` before the patterns, ``PATTERNS`` beside theirs,
``RECENT`` and ``set_aside`` in ``risk._disclosure``) so that the session's other mends to ``risk.py`` merge apart.
None of these regexes is one of the learned stage's features (``risk._NEG``, ``_PAST``, ``_RECENT``, ``_FRAME`` ...
are left as they were).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE

# -- spelling: slips and dialect forms read as the words the patterns know ------------------------------------------
# "kil my self", "kill miself" (Jamaican), "kill maself", "tek mi own life", "i tride to ovrdose", "dissappear"; only the
# word's own misspellings, each read as one standard word (the rest of the turn is left as written)
_SELF = r"(?:my ?self|mi ?self|meself|maself|myslf|mysef|myselfe)"
_SPELLING: tuple[tuple[re.Pattern, Any], ...] = (
    (re.compile(rf"\b(?:kil|kll|kiil|kil+)(ing|in'?|ed|s)?\s*{_SELF}\b", _I),
     lambda m: "kill" + ("ing" if (m.group(1) or "").startswith("in") else m.group(1) or "") + " myself"),
    (re.compile(rf"\b(hurt|harm|cut|burn|hang|drown|kill|killing|hurting|harming|cutting|burning|hanging|drowning) "
                rf"(?:mi ?self|meself|maself|myslf|mysef|my self(?![- ]?(?:esteem|worth|image|confidence|respect|care|love|doubt|belief|"
                rf"-)))\b", _I), r"\1 myself"),
    (re.compile(r"\b(?:tek|tak|take|tekin|takin|taking)\s+(?:mi|me|ma|muh)\s+(?:own\s+)?life\b", _I), "take my own life"),
    (re.compile(r"\b(?:tride|tryed|tryd|triedd)\b", _I), "tried"),
    (re.compile(r"\b(?:ovr|ova|ove|over)\s?do[sz](e|ed|es|ing)\b", _I), r"overdos\1"),
    (re.compile(r"\bdis{1,2}ap{1,2}e{1,2}a?r", _I), "disappear"),
    # Caribbean "mi" as the subject before an English verb ("mi did try", "when mi was 19", "mi wish mi coulda"); not
    # Spanish or Italian "mi" (my, me), which no English verb follows
    (re.compile(r"\bmi (?=a (?:go|gwine|gwan)\b|(?:was|did|am|waan|want|wish|feel|tink|think|try|tried|cut|give|gave|write|wrote|done|cyaan|cant|"
                r"nuh|nah|coulda|could|woulda|would|will|keep|tired|know|go|going|use|used|start|started)\b)", _I), "i "),
)


def read_spelling(text: str) -> str:
    """``text`` with the slips and dialect forms of ``_SPELLING`` read as the standard words."""
    lower = text.lower()
    if not any(k in lower for k in ("kil", "kll", "self", "slf", "sef", "own life", "tride", "try", "dos", "doz", "dis", "mi ")):
        return text
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


# -- patterns ---------------------------------------------------------------------------------------------------------
_VEHICLE = r"(?:bus|car|truck|lorry|danfo|molue|trotro|tro-tro|matatu|jeepney|okada|keke|tricycle|train|taxi|van|tram|lorry)"
_POISON = (r"(?:sniper|weed ?killer|rat ?poison|rat ?killer|pesticides?|insecticides?|herbicides?|paraquat|gramoxone|"
           r"organophosphates?|bleach|poison(?![- ](?:ivy|oak|sumac|dart|frog|control|cent(?:re|er)|pen|apple|mushrooms?)\b)|kerosene|acid|dettol)")
_THINKING = r"(?:think\w*|thought\w*|tink\w*|imagin\w*|pictur\w*|wonder\w*|consider\w*|keep seeing|fantasi[sz]\w*|dream\w* (?:of|about))"
PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # a poison drunk or swallowed by the writer ("Swallowed rat poison.", "Last Friday I drank the sniper inside my room");
        # not by accident; someone else's ("my son swallowed bleach") is set aside by ``risk._disclosure``
        r"(?:^|(?<=[.!?\n] )|(?<=\bi )|(?<=\bi've )|(?<=\bi had )|(?<=\bmi ))(?:just |then |also |actually )?"
        r"(?:drank|drunk|drink|swallowed|ingested|took|taken) (?:some |the |a |di |a (?:bottle|cup|sachet|glass|tin) of |half a bottle of )?"
        r"(?:[\w-]+ )?" + _POISON + r"\b(?![^.!?]{0,40}\b(?:by accident|by mistake|accidentally|mistakenly|thinking it was)\b)",
        # Pidgin's bare "try" and "did try" of a past act ("I try kill myself yesterday with panadol")
        r"\bi (?:try|did try|bin try|don try|done try) (?:to )?(?:kill myself|end my (?:own )?life|take my (?:own )?life|hang myself|"
        r"drown myself)\b",
        # a train stepped in front of (the way is itself the method), or any vehicle whose driver braked in time
        r"\bi (?:jumped|threw myself|stepped|walked|lay down|laid down) (?:in front of|under|onto the tracks? of) (?:a |the |an )?"
        r"(?:[\w-]+ ){0,2}?(?:train|local|express|tram|metro|mrt|lrt)\b(?!'s|\s*(?:doors?|tickets?|station|timetable|windows?|barriers?))"
        r"(?![^.!?]{0,50}\b(?:to (?:save|grab|get|stop|catch|push|pull|help|rescue)|by accident|accidentally|slipped|tripped|"
        r"without looking|didn'?t (?:see|look)|in the game|in the film)\b)",
        r"\bi (?:jumped|threw myself|stepped|walked|ran) (?:out )?in front of (?:a |the |an )?(?:[\w-]+ ){0,2}?" + _VEHICLE +
        r"\b[^.!?]{0,50}\b(?:the )?(?:driver|motorman|conductor) (?:braked|stopped|swerved|managed to stop|hit the brakes)\b",
    ],
    "intent": [
        # going to hang, drown, shoot or poison oneself (as "going to kill myself" is read)
        # (a negation before it is read by ``risk._negated``: "I'm not going to hang myself like they think")
        r"\b(?:going|gonna) (?:to )?(?:hang|drown|shoot|poison|gas|electrocute) myself\b",
        # "going to take my own life" (as "going to kill myself"), and the future of Pidgin and Creole: "I go kill myself",
        # "Anytime from now I go end my life", "mi a go tek mi own life" (read "i a go take my own life")
        r"\b(?:i'?m|i am|im) (?:actually |really |finally |definitely )?(?:going|gonna) (?:to )?take my (?:own )?life\b|"
        r"\bi (?:go|a go|gon|gwine|gwan|wan go|fit go|don decide to) (?:kill myself|end my (?:own )?life|take my (?:own )?life)\b",
    ],
    "plan_preparation": [
        # a last or (Creole) "likkle" note left for someone ("mi write a likkle note fi mi granny"); a note for a birthday or
        # an errand is set aside by ``risk._everyday`` (``_PREP_EVERYDAY``); "a little / short note" is not read (errands)
        r"\b(?:wrote|written|writing|write|left|leave|leaving)\b (?:a |some |one |my )?(?:likkle |lickle |last |final )(?:notes?|letters?) (?:to|for|fi) (?:my|mi|me|ma|everyone|family|\w+)\b"
        # review31: a last note at work or school (to the team, before leaving the company)
        r"(?![^.!?]{0,60}\b(?:team|colleagues|co-?workers|boss|manager|class|students|pupils|clients|customers|landlord|"
        r"tenants|company|job|office|school|retire\w*|leaving do|handover|shift)\b)",
        # a lethal amount looked up or asked for oneself ("how many paracetamol would it take for someone my size",
        # "wat is the lethal amount of insulin for a non diabetic. im askin 4 myself", "Been googling which bridge ... is
        # high enough"); a patient's, a novel's or an assignment's question names no self
        r"\bhow (?:many|much) (?:[\w-]+ ){0,2}(?:would|does|will|do|should) it take\b[^.!?]{0,40}\b(?:for (?:someone|somebody|a person) "
        r"(?:my|of my) (?:size|weight|age)|for me\b|to kill me\b|my (?:size|weight))",
        r"\b(?:lethal|fatal|deadly) (?:amount|dose|quantity|number)\b[^\n]{0,80}?\b(?:ask\w* (?:for|4) myself|for myself|for me\b|"
        r"my (?:size|weight))",
        r"\b(?:googl(?:e|ed|ing)|searching|searched|looking up|looked up|researching|researched)\b"
        # (main session) not health anxiety: "googling my symptoms and convincing myself I have something fatal"
        r"(?![^.!?]{0,80}\b(?:symptoms?|illness\w*|disease\w*|cancer|tumou?rs?|conditions?|diagnos\w*|rash|lump|moles?|"
        r"headaches?|allerg\w*|virus|infection)\b)[^.!?]{0,60}"
        r"\b(?:lethal|fatal|would take|to die|enough to|high enough|deep enough|painless)\b",
        # medicines got from several chemists so nobody notices ("I don buy the tablets from three different chemists so
        # dem no go suspect", "writing myself scripts at two different pharmacies so no one notices")
        r"\b(?:tablets|pills|meds|medication|paracetamol|panadol|painkillers|scripts|prescriptions|sleeping \w+|insulin|"
        r"codeine|tramadol)\b[^.!?]{0,50}\b(?:from|at|in) (?:two|three|four|five|several|different|multiple|various|\d+) "
        r"(?:different |separate )?(?:chemists?|pharmac(?:y|ies)|drugstores?|shops|stores|doctors|clinics|gps)\b[^.!?]{0,20}"
        r"\b(?:so|to|that)\b[^.!?]{0,25}\b(?:suspect\w*|notice\w*|ask\w* questions|question\w* me|find out|catch on|know)\b",
    ],
    "method": [
        # seeing oneself hanging or falling ("Keep picturing myself hanging from the ceiling fan")
        r"\b(?:pictur\w*|imagin\w*|visuali[sz]\w*|keep seeing)\b myself (?:hanging|jumping|drowning|falling|lying dead|dead)\b"
        # review31: hanging curtains, falling asleep or in love, drowning in work
        r"(?! (?:the|a|an|my|his|her|some|up|out|around|about|asleep|over|in love|for joy|in (?:work|paperwork|debt|emails|"
        r"homework|assignments|love))\b)",
        # stepping in front of a vehicle, thought of ("when the trotro passes I think of just stepping in front of it")
        r"\b" + _VEHICLE + r"s?\b[^.!?]{0,60}\b" + _THINKING + r"\b[^.!?]{0,30}\b(?:step\w*|jump\w*|walk\w*|throw\w* myself|run\w*|"
        r"lie down|lying down) (?:out )?(?:in front of|under) (?:it|one|them)\b"
        # review31: stepping out to catch, board or flag the vehicle down
        r"(?![^.!?]{0,20}\bto (?:catch|board|get on|flag|hail|stop|wave)\b)|"
        r"\b" + _THINKING + r"\b[^.!?]{0,30}\b(?:step\w*|jump\w*|walk\w*|throw\w* myself|run\w*) (?:out )?(?:in front of|under) "
        r"(?:a |the |an |one of the )?(?:[\w-]+ ){0,2}?" + _VEHICLE + r"s?\b",
        # a method named in one sentence, the thought of dying "that way" in the next ("I wonder if carbon monoxide from a
        # car is painless. I've been thinking about killing myself that way.")
        r"\b" + _THINKING + r" (?:about |of )?(?:killing myself|ending it|ending my life|dying|doing it|suicide) "
        r"(?:that way|like that|this way|with (?:it|that|them|those)|using (?:it|that|them))\b",
        # a poison or a gun in a thought ("I keep thinking about drinking the sniper", "the thought of shooting myself")
        r"\b" + _THINKING + r"\b[^.!?]{0,60}\b(?:drink\w*|swallow\w*|tak\w*|tek|tekin|using|use|buy\w*) "
        r"(?:the |some |a |di |that |of )?(?:bottle of )?" + _POISON + r"\b"
        # review31: a poison bought or used for the garden, pests or cleaning
        r"(?![^.!?]{0,40}\b(?:garden|lawn|weeds|yard|patio|drive(?:way)?|allotment|crops|field|rats?|mice|pests?|slugs|ants|"
        r"roaches|cockroach\w*|wasps?|toilet|drains?|sink|clean\w*|laundry|whites)\b)",
        r"\b" + _THINKING + r"\b[^.!?]{0,60}\bshoot(?:ing)? myself\b",
    ],
    "nssi": [
        # Pidgin's habitual "dey" ("I dey use blade cut my hand small small", "I dey burn my arm with candle"): a cut, a burn
        # or a blow to the writer's own body; an accident in the kitchen is set aside by ``risk._everyday``
        r"\b(?:i|mi) (?:dey|de|don|bin|kin|dey use|don dey|still dey)\b[^.!?]{0,25}\b(?:cut|burn|scratch|slash|carve|hit|beat|flog|"
        r"stab|bite|pinch)\w* (?:my|mi|ma) (?:own )?(?:hands?|arms?|wrists?|thighs?|legs?|skin|body|belly|stomach|head|face)\b"
        r"(?![^.!?]{0,40}\b(?:cook\w*|kitchen|by accident|by mistake|mistake|farm|work|slip\w*|fall|fell|shav\w*)\b)",
        # Taglish verbs of English "cut" ("Nagcu-cut na naman ako", "nag-cut ulit ako"); not cutting class or hair
        r"\b(?:nag|mag)-?(?:cu-?)?cut\b(?![- ](?:ng |ako ng |kami ng )?(?:class|klase|buhok|hair|school|eskwela))",
    ],
    "active_ideation": [
        # ellipsis after others' lives: "... people who end their own lives, because I've been wanting to end mine"
        r"\b(?:end|ending|ended|take|taking|took) (?:their|his|her|people'?s|our) (?:own )?li(?:fe|ves)\b[^\n]{0,80}?"
        r"\b(?:i(?:'ve| have)? been (?:wanting|thinking|wishing)|i (?:want|wanna|think|keep thinking|wish)|want(?:ing)?|thinking)"
        r" (?:to |about |of )?(?:end(?:ing)?|tak(?:e|ing)) mine\b",
    ],
    "passive_wish": [
        # Taglish wishes not to wake or to be dead ("Sana hindi na lang ako magising bukas", "sana mamatay na lang ako",
        # "ayoko nang mabuhay")
        r"\bsana\b[^.!?]{0,15}\bhindi na (?:lang )?(?:ako )?(?:magising|gumising|magigising)\b|"
        r"\bsana (?:mamatay|mawala) na (?:lang )?ako\b|\bayoko (?:na|nang) (?:mabuhay|mag-?exist)\b",
        # asking God to take one ("Asking God to take me tonight", "Allah please take me, I'm so tired", "Lord, call me home");
        # not taken to a place or through a trial, not "take me as I am"
        r"\b(?:ask\w*|beg\w*|pray\w*|plead\w*)\b[^.!?]{0,20}\b(?:god|the lord|lord|allah|jesus|bhagwan|dios|diyos|the almighty)\b "
        r"(?:to )?(?:just |please )?(?:take|call) me\b(?! (?:to|through|out of|back|there|with|as|by|into|on|for)\b)|"
        r"\b(?:god|lord|allah|jesus|bhagwan|father god)\b,? (?:please |just |abeg |oh |o )?(?:take|call) me\b"
        r"(?! (?:to|through|out of|back|there|with|as|by|into|on|for|seriously)\b)",
        # a wish to be dead said with "could" ("Mi wish mi coulda just dead inna mi sleep", "I wish I could just die"); not
        # dying of laughter, of shame or for a thing
        r"\bi (?:just |sometimes |really )?wish i (?:coulda|could(?: have)?|woulda|would(?: have)?|'d) (?:just )?(?:be |have )?"
        r"(?:dead|died|die)\b(?! (?:of|from|laughing|for|with|to)\b)",
        # a vehicle wished to hit the writer ("Sometimes I wish a danfo would just hit me on my way to work")
        r"\b(?:i (?:just |sometimes |secretly |honestly )?(?:wish|hope|pray)|wishing|hoping|praying)\b (?:that )?(?:a|an|the|some|one) "
        r"(?:[\w-]+ ){0,2}?" + _VEHICLE + r" (?:would|will|could|'d) (?:just |simply )?(?:hit|run me over|knock me (?:down|over)|"
        r"crush|kill|take) me\b|"
        r"\b(?:i (?:just |sometimes )?(?:wish|hope|pray)|wishing|hoping|praying)\b (?:that )?(?:a|an|the|some|one) "
        r"(?:[\w-]+ ){0,2}?" + _VEHICLE + r" (?:would|will|could|'d) (?:just |simply )?run me over\b",
    ],
}

# -- reading a match in its sentence ----------------------------------------------------------------------------------
# the thoughts or urges come back now ("My thoughts of killing myself are back, stronger this time, like when I was in
# uni"): a recent time beside a comparison with the past
RECENT = re.compile(r"\b(?:thoughts?|urges?|feelings?|voices?|cravings?)\b[^.!?]{0,40}\b(?:are|is|'re|'s|have|'ve|has) "
                    r"(?:come |coming |creeping |crept )?back\b|\bback again\b", _I)
# a film, a series or a novel of other traditions ("That teleserye last night had the lead trying to jump off the bridge")
_FRAME = re.compile(r"\b(?:teleseryes?|telenovelas?|k-?dramas?|c-?dramas?|j-?dramas?|nollywood|bollywood|tollywood|soap operas?|"
                    r"soaps?|anime|manga|webtoon|drama series|tv series|serials?|sitcom)\b", _I)
# a past told by the time of a drinking or using life or of custody, without a recent time ("When I was drinking I
# tried to end it twice")
_PAST = re.compile(r"\bwhen i was (?:still )?(?:drinking|using|on (?:drugs|the streets|heroin|meth|crack|the gear)|an addict|"
                   r"in (?:active )?addiction|in my addiction|inside|in (?:prison|jail|juvie))\b", _I)


def set_aside(sentence: str, recent: bool) -> bool:
    """Whether ``risk._disclosure`` sets a match aside for its sentence: a film or series frame (``_FRAME``), or
    without a recent time a past of drinking, using or custody (``_PAST``)."""
    return bool(_FRAME.search(sentence) or not recent and _PAST.search(sentence))


# -- everyday readings of a match -------------------------------------------------------------------------------------
# tired of life in a place ("I'm tired of life in this hostel", "sick of life in Lagos"): the place, not living (not
# "in this world", "on this earth")
_TIRED_OF_LIFE = re.compile(r"\b(?:tired|sick) of (?:this )?life\b", _I)
_LIFE_IN_PLACE = re.compile(r"\s+(?:in|at|here in|out here in|on) (?!(?:this|the) (?:world|earth|planet|body)\b)"
                            r"(?:(?:this|the|that|my|our) )?(?:[\w-]+ ){0,2}?(?:hostel|dorm\w*|city|town|village|estate|house|flat|"
                            r"compound|camp|country|job|office|school|ward|prison|cell|barracks|hall|campus|[A-Z][a-z]+)\b")


def everyday(category: str, text: str, m: re.Match) -> bool:
    """For ``risk._everyday``: a match of ``category`` this module reads as everyday talk (``_TIRED_OF_LIFE`` of a
    place)."""
    if category == "passive_wish" and _TIRED_OF_LIFE.search(m.group(0)):
        return bool(_LIFE_IN_PLACE.match(text, m.end()))
    return False
