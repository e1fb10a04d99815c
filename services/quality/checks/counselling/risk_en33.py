"""English as written by writers the detector had not seen (thirty-third session, helper ``riskblind33b``, from the
blind ``risk_valid_v33``'s misses): Scots, Irish and Australian slang for killing oneself, the dropped "g" of speech,
the British "for ever", the South Asian hanging from the ceiling fan, being cut down, tablets bought in several
chemists, a fist driven into a thing "because I wanted it to hurt", everyone "happy" without the writer, "better I
was never born".

Kept in a module of its own (read by ``risk``: ``read_spelling`` after ``risk_en31c.read_spelling``, ``PATTERNS``
beside theirs, so that every pattern sits behind the literal pruning of ``risk._COMPILED`` and the readers of
``risk._disclosure``) so that the session's other mends to ``risk.py`` merge apart. None of these regexes is one of the
learned stage's features.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE

# -- spelling: dialect forms read as the words the patterns know ------------------------------------------------------
# Scots reflexives "masel", "mysel", "ma sel" ("toppin masel", "tae dae masel in", "scratched masel raw"); never the
# start of a longer word ("myselfie")
_SCOTS_SELF = re.compile(r"\b(?:masel|mysel|masell|mysell|ma sel)\b", _I)
# the dropped "g" of speech before a reflexive or "it" ("toppin myself", "endin it all", "doin myself in")
_G_DROPPED = re.compile(r"\b(topp|do|kill|end|hang|drown|off|hurt|harm|burn|cutt|scratch|think|finish)in'?(?= (?:my ?self|meself|it)\b)", _I)
# ... and before "about" ("thinkin aboot endin it aw"); Scots "aboot" (about) and "tae" (to) before a verb of the patterns
_G_DROPPED_ABOUT = re.compile(r"\b(think|dream|talk|obsess|fantasis|fantasiz)in'?(?= (?:about|aboot|of)\b)", _I)
_SCOTS_ABOUT = re.compile(r"\baboot\b", _I)
_SCOTS_TO = re.compile(r"\btae(?= (?:dae|do|kill|end|top|hang|drown|take|jump|hurt|harm|cut|burn|die)\b)", _I)
# Scots negation read as English, so that ``risk._NEG`` sees it ("I'm nae thinkin o' daein masel in", "I wouldnae hurt
# masel", "I didnae try"): "nae" after a first-person subject, and the "-nae" verbs
_SCOTS_NAE = re.compile(r"\b(i'?m|i am|am|i'?ve|i'?d|i'?ll|i)\s+nae\b", _I)
_SCOTS_NAE_VERB = re.compile(r"\b(dinnae|dinna|cannae|canna|wouldnae|wouldna|couldnae|couldna|didnae|didna|isnae|wasnae|"
                             r"hav(?:e)?nae|huvnae|willnae|wullnae|shouldnae|doesnae|disnae)\b", _I)
_SCOTS_NAE_AS = {"dinnae": "don't", "dinna": "don't", "cannae": "can't", "canna": "can't", "wouldnae": "wouldn't",
                 "wouldna": "wouldn't", "couldnae": "couldn't", "couldna": "couldn't", "didnae": "didn't", "didna": "didn't",
                 "isnae": "isn't", "wasnae": "wasn't", "havnae": "haven't", "havenae": "haven't", "huvnae": "haven't",
                 "willnae": "won't", "wullnae": "won't", "shouldnae": "shouldn't", "doesnae": "doesn't", "disnae": "doesn't"}
# Scots "dae / daein / daen" (do, doing, done) before "myself in" (read as "do myself in" by ``risk._EN_EUPHEMISM``)
_SCOTS_DO = re.compile(r"\b(dae|daein|daen)(?= (?:myself|meself) in\b)", _I)
_SCOTS_DO_AS = {"dae": "do", "daein": "doing", "daen": "done"}
# Scots "aw" (all) after "end it" ("endin it aw"); never "aw" alone (an interjection)
_SCOTS_ALL = re.compile(r"\b(end|ends|ending|ended) it aw\b", _I)
# "do away with myself" and "knock myself off" (British, Irish, Australian): killing oneself; not "knocked myself off
# my bike / the ladder / balance" (an object after "off" is a fall)
_AWAY_WITH = re.compile(r"\b(do|does|doing|did|done) away with (myself|meself)\b", _I)
_KNOCK_OFF = re.compile(r"\b(knock|knocks|knocking|knocked) (myself|meself) off\b(?! (?:the|my|a|an|his|her|their|our|balance|"
                        r"course|track|guard|\w+ (?:bike|ladder|horse|roof|chair|stool|wall|list)))", _I)
_KILL = {"do": "kill", "does": "kills", "doing": "killing", "did": "killed", "done": "killed", "knock": "kill",
         "knocks": "kills", "knocking": "killing", "knocked": "killed"}
# the British "for ever" after a verb of going or sleeping ("wish I could go to sleep for ever")
_FOR_EVER = re.compile(r"\b(sleep|asleep|disappear|vanish|go away|gone|rest|close my eyes|stay asleep) for ever\b", _I)


def read_spelling(text: str) -> str:
    """``text`` with the dialect forms above read as the standard words (each guarded by its literal)."""
    lower = text.lower()
    if "sel" in lower and ("masel" in lower or "mysel" in lower or "ma sel" in lower):
        text = _SCOTS_SELF.sub("myself", text)
        lower = text.lower()
    if "in" in lower:
        if "self" in lower or " it" in lower:
            text = _G_DROPPED.sub(lambda m: m.group(1) + "ing", text)
        if "about" in lower or "aboot" in lower or " of" in lower:
            text = _G_DROPPED_ABOUT.sub(lambda m: m.group(1) + "ing", text)
        if "dae" in lower:
            text = _SCOTS_DO.sub(lambda m: _SCOTS_DO_AS[m.group(1).lower()], text)
    if "na" in lower and ("nae" in lower or "dinna" in lower or "canna" in lower or "didna" in lower or "wouldna" in lower
                          or "couldna" in lower):
        text = _SCOTS_NAE.sub(r"\1 not", text)
        text = _SCOTS_NAE_VERB.sub(lambda m: _SCOTS_NAE_AS.get(m.group(1).lower(), m.group(1)), text)
    if "aboot" in lower:
        text = _SCOTS_ABOUT.sub("about", text)
    if "tae " in lower:
        text = _SCOTS_TO.sub("to", text)
    if " aw" in lower:
        text = _SCOTS_ALL.sub(r"\1 it all", text)
    if "away with" in lower:
        text = _AWAY_WITH.sub(lambda m: f"{_KILL[m.group(1).lower()]} myself", text)
    if "knock" in lower:
        text = _KNOCK_OFF.sub(lambda m: f"{_KILL[m.group(1).lower()]} myself", text)
    if "for ever" in lower:
        text = _FOR_EVER.sub(r"\1 forever", text)
    return text


# -- patterns -------------------------------------------------------------------------------------------------------
# the cloths and cords a hanging from the ceiling fan is spoken of with (South Asia: dupatta, chunni, odhni, saree)
_CLOTH = r"(?:dupatta|duppatta|chunni|chunri|odhni|orhni|saree|sari|gamcha|rope|noose|bedsheet|bed ?sheet)"
_FAN = r"(?:ceiling |pankha |the |my |room )?(?:fan|pankha)"
# accidents and chores with a fan and a cloth ("my dupatta got caught in the fan", "cleaning the fan with an old saree")
_FAN_EVERYDAY = (r"(?![^.!?]{0,60}\b(?:caught|tangl\w*|stuck|blew|blown|blowing|flew|flying|dry\w*|clean\w*|dust\w*|wip\w*|"
                 r"fix\w*|install\w*|bought|buy\w*|accident\w*)\b)")
_THINK = r"(?:think\w*|thought\w*|imagin\w*|pictur\w*|wonder\w*|tempt\w*|look\w* at|stare\w* at|keep seeing)"
PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # a hanging from the fan tried ("tried with the fan and dupatta, the dupatta tore"); the past or another's is set
        # aside by ``risk._disclosure``
        r"\b(?:i |i've |ive )?(?:tried|attempted|try)\b" + _FAN_EVERYDAY + r"[^.!?]{0,30}\b(?:" + _FAN + r"\b[^.!?]{0,30}\b"
        + _CLOTH + r"|" + _CLOTH + r"\b[^.!?]{0,30}\b" + _FAN + r")\b",
        # cut down by the people who found the writer hanging ("Got cut down by the officers on Wednesday", "they cut me
        # down"); not cut down to size, from a team or a list, by an illness, nor hours or trees cut down
        r"(?:^|(?<=[.!?\n] )|(?<=\bi )|(?<=\bi've ))(?:got|was|been|had been) cut down (?:by|from)\b(?! (?:the |my |a )?(?:team|squad|"
        r"shortlist|list|rota|flu|virus|covid|illness|injur\w*|boss|manager|coach|teacher|size|hours|budget))",
        r"\b(?:they|he|she|(?:the )?(?:officers?|staff|screws?|guards?|police|cops?|paramedics?|nurses?)|my (?:dad|mum|mom|brother|"
        r"sister|partner|husband|wife|flatmate|roommate|housemate|mate|friend|son|daughter|cellie|cellmate|pad ?mate)) cut me down\b"
        r"(?! to size)",
    ],
    "plan_preparation": [
        # strips, packs or boxes of tablets bought from several chemists ("bought 2 extra strips of the sleeping tablets
        # from different chemists"); not in a shortage, nor for someone else
        r"\b(?:bought|buying|buy|got|getting|collected|collecting|picked up)\b[^.!?]{0,25}\b(?:strips?|packs?|packets?|boxes|"
        r"bottles|tubs?)\b[^.!?]{0,25}\b(?:tablets|pills|paracetamol|panadol|painkillers|sleeping \w+|meds|codeine|tramadol)\b"
        r"[^.!?]{0,25}\b(?:from|at|in) (?:two|three|four|five|several|different|multiple|various|\d+) (?:different |separate )?"
        r"(?:chemists?|pharmac(?:y|ies)|medical (?:shops|stores)|drugstores?|shops)\b(?![^.!?]{0,50}\b(?:shortage|out of stock|"
        r"sold out|in stock|for (?:my|our|the) (?:mum|mom|dad|mother|father|nan|gran\w*|kids?|son|daughter|husband|wife|clinic|"
        r"camp|charity)))",
    ],
    "method": [
        # the fan and a cloth thought of ("When I see the ceiling fan at night I think about the dupatta", "keep looking at
        # the fan and my chunni")
        r"\b" + _THINK + r"\b" + _FAN_EVERYDAY + r"[^.!?]{0,40}\b(?:" + _FAN + r"\b[^.!?]{0,30}\b" + _CLOTH + r"|" + _CLOTH
        + r"\b[^.!?]{0,30}\b" + _FAN + r")\b",
        r"\b" + _FAN + r"\b" + _FAN_EVERYDAY + r"[^.!?]{0,40}\b" + _THINK + r"\b[^.!?]{0,20}\b" + _CLOTH + r"\b",
    ],
    "nssi": [
        # a fist driven into a thing, then why: it was meant to hurt ("Punched the ute door frame till my hand swelled up.
        # Wanted it to hurt."); not a punch bag, a game or a fight with someone
        r"\b(?:punched|punch|punching|hit|hitting|slammed|smashed|thumped|bashed) (?:my (?:fists?|hands?|knuckles?) (?:into|against|through|"
        r"on) )?(?:the |a |my |our )?(?:[\w-]+ ){0,2}?(?:wall|door|"
        r"frame|window|mirror|brick\w*|tree|locker|cupboard|fridge|post|fence|dashboard|steering wheel|desk|table|drawer)\b"
        r"(?![^.!?]{0,30}\bby (?:accident|mistake)\b)[^\n]{0,60}?\b(?:wanted (?:it|them) to (?:hurt|bleed|break)|i wanted to (?:hurt|"
        r"feel) (?:it|myself|the pain)|to hurt myself)\b",
    ],
    "passive_wish": [
        # everyone happy or relieved without the writer ("Everyone would be happy without me"); not for a night or a trip
        r"\b(?:every(?:one|body)|they|the world|my family|my (?:kids|children|parents|wife|husband)|people)(?: all)? (?:would|'d|will|"
        r"'ll) (?:all )?be (?:so |much |more |a lot )?(?:happy|glad|relieved|fine) (?:without me|if i (?:was|were|wasn'?t|"
        r"weren'?t) (?:gone|here|around|dead))\b(?![^.!?]{0,30}\b(?:for (?:a|one|the) (?:night|day|week|weekend|bit|while)|"
        r"tonight|this weekend|at the|on (?:the )?(?:trip|holiday|night out)|while i'?m (?:away|off|on))\b)",
        # better never born ("Better I was never born", "it'd be better if I had never been born")
        r"\bbetter (?:that |if )?i (?:was|were|had|'d) (?:never|not) (?:been )?born\b",
    ],
}


# -- matches set aside by their sentence or the next ----------------------------------------------------------------
# words quoted from a song ("The lyrics go 'wish I could disappear'", "the chorus is like 'I wanna die tonight'")
_SONG = re.compile(r"\b(?:lyrics?|song|track|chorus|verse|hook|refrain|the line|the bars?|he raps|she raps|he sings|she sings|"
                   r"they sing)\b[^.!?]{0,15}?\b(?:go|goes|went|say|says|said|is|was|is like|goes like|sings?|sang|raps?)\b"
                   r"[^.!?]{0,8}$", _I)
# a past state dated by the next sentence ("I was suicidal for a couple of years. That was 2008."): the match's sentence
# tells it in the past, the next says when
_WAS_PAST = re.compile(r"\b(?:i was|i were|i used to|i had|i'd had|i tried|i attempted|i cut|i burned|i took)\b", _I)
_DATED_NEXT = re.compile(r"[.!;]*\s*(?:that|this|it|all that|all this) (?:was|were|is|'s) (?:all )?(?:in |back in |around |about )?"
                         r"(?:(?:19|20)\d\d\b|(?:\w+ ){1,2}years ago\b|years ago\b|ages ago\b|decades ago\b|a long time ago\b|"
                         r"a lifetime ago\b|long ago\b|(?:\w+ )?years back\b)", _I)


def set_aside(text: str, s: int, e: int, start: int, recent: bool) -> bool:
    """For ``risk._disclosure``: a match (starting at ``start``, its sentence ``text[s:e]``) quoted from a song
    (``_SONG`` just before it), or without a recent time told in the past and dated by the next sentence."""
    if _SONG.search(text, s, start):
        return True
    return not recent and bool(_WAS_PAST.search(text, s, e)) and bool(_DATED_NEXT.match(text, e))
