"""Self-injury and the other categories in plain English words (thirty-fourth session, helper ``riskblind34b``, from
the blind ``risk_valid_v34``'s misses and false flags): wounds one gives oneself, being made to hold a hand over a
flame, a fist driven into a wall "wanting the knuckles broken", wanting to ruin one's own face, a pain that "helps",
scabs torn "so they never heal", scratching with a pin or a blade, "being dead sounds peaceful", hoping the plane goes
down, a voice in one's head saying "kill yourself", "I meant to die" told after an act, pills collected "to take all at
once"; and set aside: a negation that covers the second of two coordinated verbs ("never thought about burning or
scratching myself"), "so hungry I could die", a splinter dug out with a needle, a scratch in a sentence of hives or
eczema, punishing oneself by staying in, old scars "from hurting myself", "when I was at school".

Kept in a module of its own (read by ``risk``: ``PATTERNS`` beside the other modules', so that every pattern sits behind
the literal pruning of ``risk._COMPILED``; ``set_aside`` at the end of ``risk._disclosure``) so that the session's
other mends to ``risk.py`` merge apart. None of these regexes is one of the learned stage's features.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_BODY = (r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?|palms?|fingers?|face|cheeks?|"
         r"shoulders?|chest|neck|feet|foot)")
# accident, chore and care words that make a wound or a scratch an everyday one ("the cut I gave myself shaving")
_ACCIDENT_AFTER = (r"(?![^.!?]{0,40}\b(?:shaving|cooking|chopping|baking|gardening|by accident|accidental\w*|by mistake|"
                   r"on the (?:oven|stove|hob|pan|tray|grill|barbecue|bbq))\b)")

PATTERNS: dict[str, list[str]] = {
    "nssi": [
        # wounds one gives oneself ("dress the wounds I give myself", "a wound I made myself", "the burns I do to
        # myself"); not "a haircut I gave myself" (no word start inside "haircut"), nor one met shaving or cooking
        r"\b(?:wounds?|cuts?|gash(?:es)?|burns?|marks|scratches|bruises|scars|injur(?:y|ies)|sores?)\b (?:that |which )?i "
        r"(?:give|gave|make|made|do|did|inflict|inflicted|put|leave|left) (?:on |to )?myself\b" + _ACCIDENT_AFTER,
        # made to hold a hand over a flame ("I make myself hold my hand over the gas ring for a count of ten")
        r"\b(?:make|makes|made|making) myself (?:hold|keep|put|press|touch|grip|squeeze)\b[^.!?]{0,40}\b(?:flames?|gas ring|"
        r"hob|stove|candle|lighter|iron|radiator|hot ?plate|kettle|boiling water|cooker|fire|blade|razor|nettles?)\b",
        # a fist driven into a thing, then why: the hand was meant to break ("Punched the garage wall four times ... I
        # wanted my knuckles broken"); a record or a game broken is no hand
        r"\b(?:punched|punch|punching|hit|hitting|slammed|smashed|thumped|bashed|kicked|kicking)\b[^.!?]{0,60}\b(?:wall|door|"
        r"frame|window|mirror|bricks?|brickwork|tree|locker|cupboard|fridge|post|fence|dashboard|steering wheel|desk|table|"
        r"tiles?|radiator|floor)\b[^\n]{0,80}?\bi (?:wanted|want|needed|was trying|tried) (?:my (?:knuckles?|hands?|fists?|"
        r"fingers?|wrists?|toes?|foot|feet) (?:to )?(?:broken|break|bleed|bloody|smashed|split|busted|hurt)|to (?:break|smash|"
        r"bust|split) my (?:knuckles?|hands?|fists?|fingers?|wrists?|toes?|foot))\b",
        # wanting to ruin one's own face or body ("I want to ruin my face because I hate it"); not with make-up, products
        # or the sun
        r"\bi (?:want|wanted|need|needed|try|tried|am trying|'m trying) to (?:ruin|wreck|destroy|scar|disfigure|mutilate|"
        r"damage|mess up) my (?:own )?(?:face|body|skin|arms?|legs?|looks|thighs?|hands?)\b(?![^.!?]{0,30}\b(?:with (?:\w+ )?"
        r"(?:make-?up|products?|the sun|sunbeds?|tanning|bleach|retinol|acids?|dye)|in the sun)\b)",
        # a pain that helps, after an act on the body ("I chew the skin around my nails until they bleed and then keep
        # going because the pain helps")
        r"\b(?:chew\w*|bit(?:e|es|ing)?|pick\w*|scratch\w*|pull\w*|tear\w*|tore|rip\w*|dig\w*|pinch\w*|hit\w*|punch\w*|"
        r"burn\w*|scrap(?:e|ed|es|ing)|bang\w*|slap\w*|squeez\w*)\b[^.!?]{0,80}\b(?:because|cos|cause|coz|as|since) "
        r"(?:the pain|it hurting|the hurt|the sting|feeling it) (?:helps|calms|grounds|distracts|makes me feel)\b",
        # scabs torn so they never heal, and scars wanted to stay ("I keep tearing at the scabs on my arms so they never
        # heal. I want the scars to stay.")
        r"\b(?:tear\w*|tore|pick\w*|rip\w*|scratch\w*|reopen\w*|open\w* up|peel\w*|pull\w*)\b[^.!?]{0,30}\b(?:scabs?|"
        r"wounds?|cuts|scars?|stitches)\b[^.!?]{0,30}\bso (?:they|it) (?:never|don'?t|doesn'?t|won'?t|can'?t|cannot|do "
        r"not) heal\b",
        r"\bi (?:want|need) (?:the|my|these|those) (?:scars?|marks?|wounds?|cuts|bruises?) to (?:stay|last|show|be "
        r"permanent|never (?:fade|heal)|stay open)\b(?! (?:hidden|covered|small|neat|clean|flat|dry)\b)",
        # scratching or carving with a pin or a blade, without an object or on the body ("back to it, scratching with a
        # safety pin", "scraping my arm with my keys"); not a lottery card, paint, an itch or an accident
        r"\b(?:scratch\w*|scrap(?:e|es|ed|ing)|carv\w*|etch\w*) (?:(?:at |into )?(?:myself|me|my " + _BODY + r") )?"
        r"(?:with|using) (?:a |the |my |an )?(?:safety pins?|pins?|needles?|paper ?clips?|compass|blades?|razors?|scissors|"
        r"knife|sharpener|broken glass|glass|nail file|keys?|staples?|drawing pins?)\b(?![^.!?]{0,60}\b(?:accident\w*|"
        r"by mistake|lottery|scratch ?cards?|paint|itch\w*|eczema|rash|bites?|mosquito|splinters?)\b)",
        # a blade or a lighter, then used on the body ("I snapped the blade out of a sharpener at school and used it on
        # my wrist"); shaving is read as everyday (``everyday``)
        r"\b(?:blades?|razors?|sharpener|knife|scalpel|compass|safety pin|broken glass|scissors|lighter|cig(?:arette)?)\b"
        r"[^.!?]{0,60}?\b(?:used|using|use|pressed|ran|dragged|held) (?:it|them|one)\b[^.!?]{0,15}?\b(?:on|across|into|"
        r"along|over|against|to) my " + _BODY + r"\b",
    ],
    "passive_wish": [
        # being dead said to sound good ("Being dead sounds peaceful"), at a sentence's start or after "think"
        r"(?:^|(?<=[.!?,;:] )|(?<=\bthat )|(?<=\bthink )|(?<=\bhonestly )|(?<=\bsometimes )|(?<=\bjust ))(?:being dead|to be "
        r"dead|not existing|not being (?:here|alive|around)|never waking up|not waking up) (?:sounds|seems|feels|would be|"
        r"'d be|looks) (?:so |really |quite |kind of |kinda |pretty |very )?(?:peaceful|nice|restful|relaxing|(?:like )?a "
        r"relief|appealing|tempting|good|better|lovely|easier|calm|quiet|like (?:rest|peace|a rest|bliss|freedom))\b",
        # hoping the plane goes down with oneself on it ("When the plane shook I caught myself hoping it would go down")
        r"\b(?:plane|flight|aircraft|jet|turbulence)\b[^.!?]{0,60}\b(?:caught myself|i was|i'm|i am|i kept|i keep|part of me "
        r"(?:was|is)) (?:hoping|wishing|praying)\b[^.!?]{0,12}\b(?:it|we|the plane|the flight) (?:would|will|'d|might|"
        r"could) (?:just )?(?:crash|go down|fall out of the sky|drop out of the sky)\b",
    ],
    "active_ideation": [
        # a voice in one's head telling one to die ("My head keeps saying kill yourself"); not "I'm going to die" of panic.
        # Not "... telling me to kill myself", which the older patterns read from "kill myself" on: a match begun at the
        # subject would take theirs and be read negated by a "no" four words before it
        r"\b(?:my (?:head|brain|mind|thoughts?|inner voice)|a voice|the voices?|voices|something (?:inside me|in my head))\b "
        r"(?:keeps? |kept |is |are |was |were |just )?(?:saying|telling me|tells me|says|shouting|shouts|screaming|screams|"
        r"whispering|whispers|yelling|yells|repeating)\b[^.!?]{0,12}?\b(?:kill (?:yourself|urself|ya ?self)|kys|end your "
        r"life|(?<!going )(?<!gonna )to die|should die|just die|go die)\b",
    ],
    "recent_attempt": [
        # the act's aim told after it ("... stepped off, but I landed on the lower roof. I meant to die."); not dye
        # misspelt ("I meant to die my hair"), nor ending things with someone
        r"\bi (?:meant|intended|was (?:trying|meaning)) to (?:die|end it|end my life|kill myself|not wake up)\b(?! (?:my|her|"
        r"his|the|it|them|laughing|with|for)\b)",
    ],
    "plan_preparation": [
        # pills collected to take at once ("I'm collecting them to take all at once"): the speaker in the match, so that
        # "them" is not read as another subject; not children collected and taken somewhere
        r"\b(?:i'?m|i am|i'?ve been|ive been|i)\s+(?:collecting|saving|stockpiling|hoarding|stashing|keeping|putting aside|"
        r"holding onto)\s+(?:them|these|those|(?:my|the) (?:pills|tablets|meds|medication|painkillers|sleeping \w+|"
        r"paracetamol|insulin|capsules))\b[^.!?]{0,30}\bto (?:take|swallow|down) (?:them |it )?(?:all )?(?:at once|in one "
        r"go|at the same time|all together)\b(?!\s+(?:to|for|into|on)\b)",
    ],
}


# -- matches set aside by their sentence ---------------------------------------------------------------------------
# a negation before the first of two verbs joined by "or"/"nor" covers the second ("I've never once thought about
# burning or scratching myself", "I'm not hitting or hurting myself"); not past "but", "know" or "why" ("I don't know
# why I keep hitting or scratching myself")
_NEG_COORD = re.compile(r"\b(?:not|never|no|dont|didnt|havent|wont|wouldnt|\w+n't)\b(?:\s+(?!but\b|so\b|because\b|though\b|"
                        r"then\b|and\b|know\b|knew\b|why\b|until\b|when\b|till\b)[\w']+){1,6}\s*,?\s+(?:or|nor)\s+$", _I)
# the idiom "so hungry I could die" (an adjective of an everyday state before "I could die")
_SO_COULD_DIE = re.compile(r"\bso (?:very |damn |bloody |freaking )?(?:hungry|happy|embarrassed|bored|full|hot|cold|"
                           r"excited|thirsty|jealous|mortified|proud|sleepy|nervous|stuffed|in love|annoyed|ashamed)"
                           r"(?: right now| rn)?,? (?:that )?$", _I)
_COULD_DIE = re.compile(r"^(?:i )?could (?:just )?die\b", _I)
# a splinter, a thorn or glass dug out ("had to dig it out with a needle")
_DUG_OUT = re.compile(r"^dig\w* (?:it|them|(?:the|a|an) \w+) out\b", _I)
# a scratch of an itch: a skin condition or bites in the sentence, and no word of purpose
_ITCH = re.compile(r"\b(?:hives|eczema|rash\w*|itch\w*|bites|bitten|chicken ?pox|psoriasis|allerg\w*|dermatitis|mosquito\w*|"
                   r"hay ?fever|scabies|lice|nits|sunburn\w*|flea\w*|washing powder|detergent)\b", _I)
_PURPOSE = re.compile(r"\b(?:on purpose|deliberately|to hurt|to feel|punish\w*|deserve\w*|so it hurts|the pain|make it bleed|"
                      r"hate myself|till it bleeds|until it bleeds)\b", _I)
# punishing oneself by staying in or with work, not by an act on the body
_PUNISH_BY = re.compile(r" (?:by (?:not |never )?(?:going|staying|seeing|buying|watching|letting|doing|working|studying|"
                        r"cancel\w*|avoid\w*|isolat\w*|keeping|skipping (?:the |my )?(?:party|parties|gym|holiday|trip|film|"
                        r"match|game|night out|treats?))\b|with (?:extra |more )?(?:work|revision|chores|overtime|study\w*|"
                        r"homework|hours|exercise)\b)", _I)
# shaving, where a razor and a nick on the legs are everyday ("got a new razor and used it on my legs")
_SHAVING = re.compile(r"\bshav(?:e|es|ed|ing)\b", _I)
# the scars of a past act ("my old scars from hurting myself") and school days ("When I was at school I carved ...")
_OLD_SCARS = re.compile(r"\b(?:old|faded|white|silver|silvery|healed|childhood|teenage) scars? (?:from|of) (?:when )?$", _I)
_SCHOOL_DAYS = re.compile(r"\b(?:when|while) i was (?:at|in) (?:school|uni|university|college|secondary(?: school)?|"
                          r"primary(?: school)?|sixth form|boarding school|(?:year|grade) \d+)\b", _I)


def set_aside(text: str, s: int, e: int, m: re.Match, recent: bool) -> bool:
    """For ``risk._disclosure``: a match (its sentence ``text[s:e]``) under a negation of the first of two coordinated
    verbs, or told of old scars or of school days without a recent time."""
    before = text[s:m.start()]
    if " or " in before[-40:] or " nor " in before[-40:]:
        if _NEG_COORD.search(before[-120:]):
            return True
    if not recent and ("scar" in before or "school" in before or "uni" in before or "college" in before
                       or "year" in before or "grade" in before):
        if _OLD_SCARS.search(before[-60:]) or _SCHOOL_DAYS.search(before):
            return True
    return False


def everyday(category: str, text: str, m: re.Match) -> bool:
    """For ``risk._everyday``: a match ``risk._disclosure`` took that is an idiom or an everyday act ("so hungry I could
    die", a splinter dug out with a needle, an itch scratched, punishing oneself by staying in), so that a turn of
    nothing else is decided "none" by stage one (``crisis.injury_alone``)."""
    matched = m.group(0)
    if category == "active_ideation" and "die" in matched and _COULD_DIE.match(matched):
        return bool(_SO_COULD_DIE.search(text, max(0, m.start() - 60), m.start()))
    if category != "nssi":
        return False
    if matched[:3].lower() == "dig" and _DUG_OUT.match(matched):
        return True
    lower = matched.lower()
    if "scratch" in lower or "punish" in lower or "shav" in text:
        from services.quality.checks.counselling.spans import sentence_span

        s, e = sentence_span(text, m.start(), m.start(), ".!?;\n")
        if "scratch" in lower and _ITCH.search(text, s, e) and not _PURPOSE.search(text, s, e):
            return True
        if lower[:6] == "punish" and _PUNISH_BY.match(text, m.end()):
            return True
        if _SHAVING.search(text, s, e) and not _PURPOSE.search(text, s, e):
            return True
    return False
