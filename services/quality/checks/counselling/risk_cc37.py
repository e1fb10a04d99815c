"""Real everyday counselling questions the risk detector read as risk (thirty-seventh session, helper ``ccfp37``, from
the false flags of the ``train`` half of ``risk_counselchat_questions.refs``, CounselChat's client questions; the
``valid`` half was read before and after only).

Stage one (``set_aside``, for ``risk._disclosure``, and the patterns' own look-aheads in ``risk.py``): "attempted to
talk with him" (an attempt at talking, reaching out, explaining ...: ``ATTEMPTED_EVERYDAY``, a look-ahead of the bare
"I have attempted" pattern), "hanging with his ex-girlfriend" (socialising: ``HANG_SOCIAL``, a look-ahead of the
"thinking ... hang" method pattern), "I keep drinking even though it's harming myself" (a habit or a substance as what
harms: ``_THING_HARMS``).

The learned stage alone (``EVERYDAY_CC37``, for ``crisis.everyday_alone`` through ``life_talk.life_spans``, each span
widened to its sentence unless the rest of the sentence names death, goodbyes or the means, and never where the rest
of the sentence tells of a hurt to the body): skin picked as a habit (unless it bleeds, is raw, is on purpose or
punishes; not hair pulled, which the labelled files read as self-injury); a habit or a worry one wants to stop;
an urge to throw away or declutter one's things; Santa, the tooth fairy or ghosts real or not (not God:
"if god is real i wish he'd take me"); hating what one sees
in the mirror, faces scribbled out of pictures; waking up feeling better; "beating myself up" over something (not
literally); a hospital visit for an X-ray or a scan; "a reason to be mad"; depersonalisation ("I don't feel like myself",
"watching my life be lived by someone else", realising one's legs are moving); why we are alive stated as "to
reproduce and die" or "to work and pay bills"; trusting someone "enough to tell them".

Kept in a module of its own so that the session's other mends merge apart. None of these regexes is one of the learned
stage's features.
"""

from __future__ import annotations

import re

from services.quality.checks.counselling.spans import sentence_bounds

_I = re.IGNORECASE

# -- stage one ---------------------------------------------------------------------------------------------------------
# "attempted (many times) to talk / reach out / explain ...": a look-ahead after the bare "I have attempted" pattern
# (``risk._PATTERNS["recent_attempt"]``); "I have attempted", "attempted suicide", "attempted to end it" keep it
ATTEMPTED_EVERYDAY = (
    r"(?! (?:(?:many|several|multiple|a few|numerous|countless|so many|a couple of|\d+) times |(?:so )?(?:often|repeatedly|"
    r"again|before|once|twice) )?(?:to|at) (?:talk|talking|speak|speaking|reach|reaching|contact|explain|communicate|"
    r"resolve|fix|discuss|ask|tell|call|text|message|email|apologi[sz]e|reason|reconcile|work (?:on|things|it out|with|"
    r"through)|help|convince|persuade|approach|open up|understand|express|address|confront|bring (?:it|this|that|up)|"
    r"set (?:boundaries|limits)|date|dating|befriend|study|learn|meditate|exercise|journal|meet|connect|engage|"
    r"get (?:him|her|them|my|help|through|along|over|close|back together)|make (?:him|her|them|things|amends|friends|peace|"
    r"conversation|it work)|be (?:nice|kind|friendly|supportive|patient|there|honest|open)|start a conversation|"
    r"have (?:a|the) (?:conversation|talk|discussion)|see (?:a|my|him|her|them|things)|find (?:a|out|help|work|a job)|"
    r"stop (?:drinking|smoking|vaping|using|gambling|eating)|quit (?:drinking|smoking|vaping|gambling)|lose weight|"
    r"diet|therapy|counsel\w*)\b)")

# "hanging" of company ("thinking he was hanging with his ex-girlfriend again", "hanging out", "hanging around with"):
# a look-ahead after ``hang\w*`` of the "thinking ... hang" method pattern; "hanging myself", "hanging from the beam",
# "hang with my belt" keep it
HANG_SOCIAL = (
    r"(?! (?:out|about)\b| around with\b| with (?:him|her|them|friends|people|(?:his|her|my|their|our|your) (?:ex\w*|friends?|"
    r"mates?|boyfriend|girlfriend|bf|gf|crush|cousins?|brothers?|sisters?|colleagues?|co-?workers?|buddies|pals|squad|crew|"
    r"family|new|old|best|group|team|classmates?))\b)")

# a substance or a habit as what harms ("I keep drinking even though it's harming myself and others", "the smoking is
# hurting myself"): not self-injury; "I'm harming myself", "I keep cutting even though it's harming myself" (a self-injury
# word between) keep it
_SUBSTANCE = (r"(?:drinking|drink|alcohol|booze|beer|wine|vodka|weed|pot|smoking|smoke|cigarettes|vaping|vape|drugs|drug use|"
              r"cocaine|coke|meth|heroin|opioids|gambling|binge[- ]?eating|overeating|junk food|porn|addiction)")
_THING_HARMS = re.compile(
    r"\b" + _SUBSTANCE + r"\b(?:(?!\b(?:cut\w*|burn\w*|blades?|razors?|scratch\w*|hit\w*|punch\w*|bang\w*|bit\w*|starv\w*|"
    r"myself)\b)[^.!?\n]){0,60}\b(?:it'?s|it is|it was|that'?s|this is|which is|is|are|keeps?|has been|have been)"
    r"(?: only| just| also| really| slowly| probably| definitely)? (?:harming|hurting|damaging|destroying) myself\b", _I)


def set_aside(text: str, s: int, e: int, m: re.Match) -> bool:
    """For ``risk._disclosure``: a match of harming or hurting oneself whose subject is a thing, a habit or a substance
    (``_THING_HARMS``) in its sentence (``text[s:e]``)."""
    low = m.group(0).lower()
    if "myself" not in low or not ("harm" in low or "hurt" in low or "damag" in low or "destroy" in low):
        return False
    return any(x.start() <= m.end() and x.end() >= m.start() for x in _THING_HARMS.finditer(text, s, e))


# -- everyday talk the learned stage alone read as risk -----------------------------------------------------------------
_NOT_HURT = r"(?![^.!?\n]{0,60}\b(?:bleed\w*|blood\w*|raw|hurts?|pain|punish\w*|until|till|on purpose|scars?|wounds?|open)\b)"

EVERYDAY_CC37 = re.compile("|".join([
    # skin, scabs or cuticles picked as a habit (not "until it bleeds", "on purpose"); not hair pulled, which the labelled
    # files read as self-injury (risk_valid_v23)
    r"\b(?:pick|picks|picking|picked) (?:at )?(?:my|the) (?:skin|face|scabs?|cuticles|lips?|spots|acne|arms?|scalp)\b" + _NOT_HURT,
    r"\b(?:skin[- ]picking|dermatillomania|excoriation)\b" + _NOT_HURT,
    # a habit or a worry one wants to stop ("a bad habit of worrying what others may think of me. I really want to stop it")
    r"\bhabit of (?:thinking|worrying|overthinking|comparing|procrastinating|checking|apologi[sz]ing|caring|people[- ]pleasing|"
    r"second[- ]guessing|obsessing|lying|interrupting|judging)\b[^.!?\n]{0,80}(?:[.!?]\s*(?:i|and i)\b[^.!?\n]{0,20}\b(?:want|need|wish|"
    r"would like|'d like|am trying|'m trying) to (?:stop|quit|break|kick) (?:it|this|that|the habit|doing (?:it|this|that))\b)?",
    r"\b(?:want|need|wish|would like|'d like|trying) to (?:stop|quit) (?:worrying|overthinking|caring (?:so much )?(?:about )?what|"
    r"thinking about what|comparing myself|procrastinating|people[- ]pleasing|second[- ]guessing|obsessing over)\b",
    # an urge to throw away, bin or declutter one's things
    r"\b(?:urge|need|compulsion|impulse|itch) to (?:throw (?:away|out)|get rid of|bin|toss|purge|declutter)\b(?: (?:all|most|some|every\w*))?"
    r"(?: of)? (?:my|our|the) (?:stuff|things|belongings|possessions|clothes|books|papers|furniture)\b",
    r"\b(?:declutter\w*|throwing (?:away|out) (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|clothes))\b",
    # Santa, the tooth fairy, ghosts or magic real or not (not God or heaven: "if god is real i wish he'd take me",
    # risk_train_v3)
    r"\b(?:santa(?: claus)?|father christmas|the tooth fairy|the easter bunny|elves|unicorns|fairies|ghosts?|aliens|"
    r"magic|astrology)\b (?:(?:really |actually |even )?(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|"
    r"are not|is|are|was|wasn'?t|were|weren'?t) (?:really |actually |even |truly |not )?(?:exist|real)|(?:really |actually )?exists?)\b",
    # hating what one sees in the mirror, faces scribbled out of pictures, not liking being in photos
    r"\bhate (?:everything|what|all) i see in the mirror\b|\b(?:scribble|scratch|cross|cut|crop)(?:s|ed|ing)? (?:out|off) my "
    r"face\b[^.!?\n]{0,30}|\b(?:don'?t|do not|never) like (?:being in|having my) (?:pictures|photos|picture|photo)\b(?: taken)?",
    # waking up feeling better
    r"\b(?:feel|felt|feeling) (?:(?:so|much|a lot|really|a bit|way) ){0,2}(?:better|good|great|happy|happier|refreshed|rested|"
    r"amazing|fine)\b[^.!?\n]{0,40}\b(?:by the time|when|after) i (?:woke|wake) up\b[^.!?\n]{0,30}|"
    r"\bwoke up (?:the next morning |next morning |this morning |the next day )?(?:feeling|and felt) (?:(?:so|much|really|a lot) ){0,2}"
    r"(?:better|good|great|happy|happier|refreshed|rested|amazing|fine)\b",
    # beating oneself up over something (not literally)
    r"\bbeat(?:ing|s)? myself up\b(?![^.!?\n]{0,40}\b(?:literally|bruis\w*|punch\w*|hit\w*|fists?|blood)\b)"
    r"(?: (?:for|about|over) (?:it|this|that|everything|things|my \w+))?",
    # a hospital visit for an X-ray or a scan; "a reason to be mad"
    r"\b(?:emergency room|\ber\b|a&e|urgent care|hospital|clinic)\b[^.!?\n]{0,30}\b(?:to get|for|to have) (?:an? |my )?"
    r"(?:x-?rays?|scans?|mri|ct scan|ultrasound|blood (?:test|work))\b(?: (?:of|on) (?:my|the) \w+)?",
    r"\b(?:a|no|every|any|the|good) reason to be (?:mad|angry|upset|jealous|annoyed|sad|hurt|worried|anxious|nervous|"
    r"frustrated|concerned|scared|afraid|pissed)\b",
    # depersonalisation: not feeling like oneself, one's life watched as someone else's, one's legs moving unnoticed
    r"\b(?:don'?t|do not|didn'?t) feel like myself(?: anymore| any more| lately)?\b|"
    r"\bwatching (?:my (?:own )?life|myself)\b[^.!?\n]{0,40}\b(?:someone else|somebody else|a movie|a film|outside|a screen|a dream|"
    r"autopilot)\b|\b(?:before|without) realiz\w* (?:that )?my (?:legs|arms|hands|feet|body) (?:are|were|is|was) moving\b|"
    r"\b(?:depersonali[sz]ation|dereali[sz]ation)\b",
    # why we are alive, stated as to reproduce and die or to work and pay bills
    r"\b(?:why|the reason) (?:i'?m|we'?re|we are|humans are|people are|anyone is|i am) (?:alive|here|born|on (?:this )?earth)\b"
    r"[:,;]? (?:is |it'?s |just |only |simply )*to (?:reproduce|procreate|breed|work|pay (?:bills|taxes)|consume|survive)\b"
    r"(?:[^.!?\n]{0,30}\band (?:then )?die\b)?",
    # tired of pretending to be okay, and not knowing how much longer one can keep pretending or trying (the pretending,
    # not living: "how much longer I can keep going" or "do this" is no such span)
    r"\b(?:exhausting|tiring|draining|tired of|sick of|exhausted (?:of|from)|worn out from) (?:pretending|faking|acting|masking|"
    r"putting on a (?:brave )?face)\b[^.!?\n]{0,60}\bhow (?:much )?long(?:er)? i can (?:keep )?(?:try|trying|pretend\w*|fake it|"
    r"faking it|keep (?:it|this|that) up|hide it|mask it)\b",
    # a habit or a substance that harms (``_THING_HARMS``, set aside by stage one)
    _THING_HARMS.pattern,
    # trusting someone enough to tell them
    r"\btrust (?:my \w+|them|him|her|anyone|anybody|you|people) enough to (?:tell|talk|open up|say)\b",
]), _I)


# a hurt to the body said in the sentence beside a span ("I bite my arms and fingers, pull my hair, scratch my face, or
# punch my thighs"): the span is no everyday talk there, and nothing of the sentence is cut
_SELF_HURT = re.compile(
    r"\b(?:bit(?:e|es|ing)|bitten|bit (?:my|myself|into|through)|scratch\w*|punch\w*|hit(?:s|ting)?|cut(?:s|ting)?|burn\w*|bang\w*|slap\w*|hurt\w*|harm\w*|"
    r"bleed\w*|blood\w*|bruis\w*|scars?|raw|razors?|blades?|on purpose|punish\w*|self[- ]?destructive|kill\w*|die|dying|"
    r"dead|death|suicid\w*)\b", _I)


def everyday_spans(text: str, widen) -> list[tuple[int, int]]:
    """For ``life_talk.life_spans``: the ``EVERYDAY_CC37`` spans of ``text``, each widened by ``widen`` (to its sentence
    unless the rest of it names death, goodbyes or the means), and none where the rest of the sentence tells of a hurt
    to the body (``_SELF_HURT``)."""
    out = []
    for m in EVERYDAY_CC37.finditer(text):
        s, e = m.span()
        start, end = sentence_bounds(text, s, e)
        if _SELF_HURT.search(text[start:s] + " " + text[e:end]):
            continue
        out.append(widen(text, m))
    return out
