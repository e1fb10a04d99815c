"""Plans, methods, intent and wishes told in English without a death word (thirty-sixth session, helper
``riskblind36b``, from the blind ``risk_valid_v36_en``'s misses and false flags): methods weighed against each other
("what's less painful, jumping or drowning"), "the thing with the compass" on one's body, burning one's fingertips "on
purpose", medication tipped together into one jar, packs bought "at each" of several pharmacies, "ctb on the 3rd", a kit of bag, tubing and canister, what "that forum" swears is peaceful, a knot tested
"to see if it would take my weight", the fence found "where it is lowest", "the how and the when", cards for the
children's birthdays "seeing as I won't be there", squaring things away "before I go", "haven't got as far as when",
being found with a bag or a cord over one's head or neck; switching oneself off "like a light", taking oneself "off
the board", "sewerslide", "yeeting myself off this planet", bringing things "to a close on my own terms", making it
all stop "myself"; hoping the lump or the scan is "something bad", "something would happen to me", being "erased",
"I'd be fine if the plane went down", "oh no, still here", "I'd rather not be in it" of life, "wish I was never there
in this world", Pidgin "Lord, carry me go"; "my intention is to be gone", "won't be on this earth next week", "I'm
going to make sure of it" after not being around, "id take myself out" on a condition, "Friday is when I'm doing it".

Set aside (``set_aside``, for ``risk._disclosure``): "tonight's the night" for telling one's parents, a proposal or a
date; "unalive" aimed at someone else; "not exist for two weeks" of a holiday; "disappear into my duvet" in the cold;
letters to one's future self or a time capsule; a list of who gets what from someone else's house; not wanting to
wake up tomorrow because of a test; a rope ladder, a tow rope or a skipping rope bought; a hammock, a punching bag or a
swing hung; a jump off a tower in a game (``_GAME``, for a match that holds the jump only).
And read as everyday talk (``EVERYDAY36B``, for ``crisis.everyday_alone`` through ``life_talk.life_spans``) when
the learned stage alone read them as risk: pictures hung, money put aside for a holiday, Secret Santa, a tow rope,
dead last in a quiz, pets rehomed because of a move, a hospital bag at 38 weeks, "my will to live left the building"
in a meeting, an out-of-office auto-reply, "end this man's career" in a game, waking up when the renovation is done,
"never been born in November", "tired of being the responsible one", "where we're doing it" of a party, money "enough
for a holiday", "a ghost at work", a fence the dog can't jump; each widened to its sentence by ``life_talk`` unless the
rest of the sentence names death, goodbyes or the means; and a denial of medicines kept back (``DENIED36B``, never
widened). ``FUTURE_YEARS``: years still to come ("for the next few years", "sleep for 100 years") are cut from the
sentence before ``risk._disclosure`` reads it for the past.

Kept in a module of its own (read by ``risk``: ``PATTERNS`` beside the other modules', so that every pattern sits
behind the literal pruning of ``risk._COMPILED``; ``set_aside`` at the end of ``risk._disclosure``) so that the
session's other mends to ``risk.py`` merge apart. None of these regexes is one of the learned stage's features.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_PILLS = r"(?:tablets|pills|meds|medication|medicines?|capsules|paracetamol|painkillers|prescriptions?|dosette|blister packs?|blisters|strips)"
_METHOD_NOUN = (r"(?:jumping|drowning|hanging|overdos\w*|pills|tablets|bleeding out|the train|a train|the bridge|gas|carbon monoxide|"
                r"the car|the exhaust|a gun|the gun)")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week)"

PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # found with a bag or a cord over one's head or round one's neck ("Mum found me with the bag over my head on
        # Thursday"); a scarf, a hat or headphones are no such thing
        r"\bfound me\b[^.!?]{0,30}\b(?:plastic bag|bag|belt|rope|cord|ligature|noose|cable|flex|dressing gown cord)\b "
        r"(?:over|round|around|on|tied round|tied around) my (?:head|neck|face)\b",
    ],
    "plan_preparation": [
        # "ctb" (catch the bus) on a date ("ctb on the 3rd. everything's sorted"); not a weekday alone, which round
        # thirteen reads as intent ("i'll ctb on sunday when everyone's at church")
        r"\bctb(?:ing)? (?:on|by|before|after) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|christmas|new year|my birthday)\b",
        # medication tipped, emptied or put together into one jar, bag or pot ("tipped the whole month's dosette into a
        # jam jar"); not into a dosette box or an organiser, nor taken back to the pharmacy or binned
        r"\b(?:tipped|emptied|poured|popped|pushed|decanted|put|collected|gathered)\b (?:out )?(?:all (?:of )?|the whole |every |a "
        r"whole |the entire |all the )(?:my |the |of my )?(?:\w+'?s? )?" + _PILLS + r"\b[^.!?]{0,20}\b(?:into|in) (?:a|one|the|an|my|this) "
        r"(?!dosette|pill ?box|organi[sz]er|weekly|tray)(?:[\w-]+ ){0,2}(?:jar|bag|pot|tub|bottle|envelope|sock|tin|container|pile|bowl|cup|"
        r"glass|mug|box)\b(?![^.!?]{0,40}\b(?:pharmac\w*|chemist|return\w*|disposal|dispos\w*|bin|organi[sz]er|dosette|recycl\w*)\b)",
        # packs bought at each of several pharmacies ("Three pharmacies in one afternoon, two packs at each")
        r"\b(?:two|three|four|five|six|several|different|multiple|\d+) (?:different )?(?:chemists|pharmacies|shops|supermarkets|"
        r"drugstores|petrol stations)\b[^.!?]{0,40}\b(?:a |one |two |three |\d+ )?(?:packs?|boxes|packets|strips|bottles) "
        r"(?:at|from|in) each\b",
        # a kit of bag, tubing and a gas canister ("Bag, tubing, the canister. It's all in the spare room")
        r"\b(?:bag|hood)s?\b[^.!?]{0,30}\b(?:tubing|tubes?|hose)\b[^.!?]{0,40}\b(?:canisters?|cylinders?|helium|nitrogen|"
        r"regulators?)\b",
        # something got or ordered on the word of a forum that it is peaceful or works ("ordered the stuff that forum
        # swears is peaceful")
        r"\b(?:ordered|bought|got|getting|received|sourced|arrived)\b[^.!?]{0,30}\b(?:forum|thread|subreddit|site|website|group "
        r"chat)\b (?:\w+ )?(?:recommends?|recommended|swears?|swore|suggests?|suggested|says|said)\b[^.!?]{0,20}\b(?:is |are |it'?s "
        r")?(?:peaceful|painless|gentle|quick|reliable|foolproof|works)\b",
        # a knot or a cord tied to a banister, a beam or a hook to see whether it takes one's weight ("Tied it to the
        # banister last night to see if it would take my weight"); not a hammock, a swing or climbing gear
        r"\b(?:tied|tying|tie|fixed|looped|knotted|hung)\b(?:(?!hammock|swing|climbing|harness|rope ladder|pull-?up|punch\w*)"
        r"[^.!?]){0,40}\b(?:banisters?|bannisters?|beam|rafters?|hook|door ?frame|door handle|curtain rail|stair ?rail|loft hatch|"
        r"pipe|railing)\b[^.!?]{0,40}\b(?:take|hold|bear|support|carry) my weight\b",
        # the place where the fence or the railing is lowest, looked for ("find where the fence is lowest. I know which
        # bit now"); not for a dog, sheep or deer
        r"\b(?:where|which bit|the spot|the place|the part)\b[^.!?]{0,20}\b(?:fence|railing|barrier|rail|guard ?rail)s? (?:is|are) "
        r"(?:lowest|the lowest|low enough|shortest|easiest to (?:climb|get over)|missing|broken)\b(?![^.!?]{0,40}\b(?:dog|dogs|"
        r"sheep|deer|fox|horse|cows?|goats?|kids?|toddler|ball)\b)",
        # "the how and the when" worked out ("worked it all out. the how, the when and the where"), or wanting the nerve
        r"\b(?:worked|figured|planned|sorted|mapped|thought)\b (?:it|everything|it all) (?:all )?out\b[.:,;!]* ?(?:-+ )?the how\b",
        r"\bthe how,? (?:and )?the when\b[^\n]{0,60}?\b(?:nerve|bottle it|bottling it|courage|guts|go through)\b",
        # cards or letters for the children's later birthdays "seeing as I won't be there"
        r"\b(?:cards?|letters?|notes?|messages?|videos?)\b[^.!?]{0,60}\b(?:birthdays?|weddings?|graduations?|when (?:they|she|he)"
        r"(?:'re| are| is|'s) older)\b[^.!?]{0,60}\b(?:seeing as|since|because|as|cos|'cause) i (?:won'?t|will not|wont|'?m not going "
        r"to|am not going to) be (?:there|here|around)\b",
        # squaring things away before one goes ("It's me squaring things away before I go"); not before going on a trip
        r"\b(?:squar\w*|tid(?:y|ying|ied)|wrap\w*|tie|ties|tied|tying|settl\w*) (?:up |away |off )?(?:things|everything|it all|my affairs|affairs|loose "
        r"ends|my stuff)(?: \w+)? (?:away |up |off |in order )?before i (?:go|leave|'?m gone|am gone)\b(?! (?:on|to|away|abroad|"
        r"back|home|out|in|into|for|off|travel\w*|overseas|there|tomorrow|next|this|shopping)\b)",
        # things given away slowly so that nobody notices ("Giving my plants away to colleagues one at a time so it
        # doesn't look weird")
        r"\b(?:giv(?:e|es|ing)|gave|hand(?:ing|ed)|sell(?:ing)?|sold|donat\w*) (?:away )?my\b[^.!?]{0,50}\b(?:away|out|off)\b"
        r"[^.!?]{0,40}\b(?:so (?:it|that it|nobody|no one|no-one|people|they) (?:doesn'?t|does not|won'?t|wont|don'?t|isn'?t|"
        r"wouldn'?t) (?:look|seem|notice|suspect|get suspicious|twig|clock|ask|realis|realiz)\w*|so (?:nobody|no one|no-one) (?:notices|"
        r"suspects|asks|twigs|clocks|realises|realizes|knows)\b)",
    ],
    "intent": [
        # "id take myself out" on a condition ("if the results came back bad id take myself out"); not for a treat
        r"\bif\b[^.!?]{0,60}\b(?:i'?d|id|i would|i will|i'?ll) take myself out\b(?! (?:for|to|on|with|of|shopping|somewhere|"
        r"dancing|alone|myself|again)\b)",
        # a day named as when it is done ("Friday is when I'm doing it")
        r"\b" + _DAY + r"(?: night)? is (?:when|the night|the day) (?:i'?m|im|i am|i'?ll|i will) (?:doing it|going to do it|gonna do "
        r"it|going through with it)\b(?!,? (?:the|my|our) \w+)",
        # a stated intention to be gone ("My intention is to be gone before my birthday"); not from the office or by noon
        r"\b(?:my intention is|i (?:fully )?intend|i'?ve decided|i have decided|i'?m determined|i am determined) to (?:be gone|not be "
        r"(?:here|around|alive)|no longer be (?:here|around|alive))\b(?! (?:from|at|by) (?:\d|the office|work|noon|midday|lunch|"
        r"five|six|seven|eight))",
        # not being on this earth by a time ("i wont be on this earth next week")
        r"\b(?:won'?t|wont|will not|shan'?t) (?:still )?be (?:on (?:this )?(?:earth|planet)|in this world|walking this earth)\b "
        r"(?:by|after|next|this|come|on|at|much longer|for long|past)\b",
        # not being around, then making sure of it ("Won't still be around at Christmas. I'm going to make sure of it")
        r"\b(?:won'?t|wont|will not|not) (?:still )?be (?:around|here|alive|breathing)\b[^.!?]{0,40}[.!?,]? ?(?:and )?(?:i'?m|im|i am|"
        r"i will|i'?ll) (?:going to |gonna )?make sure (?:of it|of that|it happens)\b",
        # the last week here, "and I don't mean the job"
        r"\blast (?:week|day|night|month|weekend|christmas|birthday|summer) (?:here|around|on (?:this )?earth|alive)\b[^.!?]{0,30}\b"
        r"(?:and )?i (?:don'?t|do not|dont) mean (?:the|my|at) \w+",
    ],
    "method": [
        # methods weighed against each other ("whats less painful jumping or drowning", "which is quicker, the train or
        # pills")
        r"\b(?:less painful|least painful|more painless|most painless|less pain|quicker|quickest|fastest|easiest|surest|"
        r"more peaceful|most peaceful|more certain)\b[^.!?]{0,20}\b" + _METHOD_NOUN + r"\b[^.!?]{0,6}\bor\b[^.!?]{0,6}\b"
        + _METHOD_NOUN + r"\b",
        # "If I were to go, it would be off the harbour wall"
        r"\bif i (?:were|was) (?:ever )?to (?:go|do it|do something|end it)\b[^.!?]{0,30}\bit(?:'d| would| will|'ll) be (?:off|under|"
        r"in front of|jumping|hanging|drowning|pills|tablets|an overdose|the (?:bridge|train|river|cliffs?|sea|motorway))\b",
        # the method in mind, the time not yet ("I haven't got as far as when")
        r"\b(?:haven'?t|have not|havent|not) (?:got|gotten|come|gone) as far as (?:the )?(?:when|a date|the date|a day|picking a "
        r"(?:day|date))\b",
    ],
    "active_ideation": [
        # switching oneself off like a light, for good ("The thought of switching myself off like a light")
        r"\b(?:switch|turn|shut|unplug|power)\w* (?:myself|me) (?:off|down)\b,? (?:like a (?:light|lamp|switch|tv|machine|computer|"
        r"plug|telly)|for good|permanently|forever|for ever)\b",
        # taken off the board, the planet ("taking myself off the board altogether")
        r"\b(?:tak(?:e|es|ing|en)|took) (?:myself|me) off (?:the (?:board|planet|face of the earth)|this (?:planet|earth))\b",
        # "sewerslide" and its spellings thought of
        r"\b(?:think\w*|thought\w*|consider\w*|contemplat\w*|want\w*|wanna|urges?|about|of)\b[^.!?]{0,20}\bsewer[ -]?slid\w*",
        # yeeting oneself off the planet, out of existence
        r"\byeet\w* (?:myself|me|meself) (?:off|out of|from)\b (?:this |the )?(?:planet|earth|existence|world|reality|life)\b",
        # bringing things to a close on one's own terms ("bringing things to a close on my own terms")
        r"\bbring\w* (?:things|it all|my life|everything|my days|my story) to (?:a close|an end|a halt) (?:on my own terms|myself|"
        r"for good|permanently)\b",
        r"\bbring\w* my (?:own )?(?:life|days|story) to (?:a close|an end)\b",
        # making it all stop oneself ("the thought that I could just make it all stop myself")
        r"\bmake (?:it|everything|it all|this|the pain) (?:all )?stop (?:myself|for good|permanently|forever|for ever)\b",
    ],
    "nssi": [
        # "the thing with the compass / lighter" done on one's body ("did the thing with the compass on my hip")
        r"\b(?:did|do|doing|does|done) (?:the|that|my) (?:\w+ )?thing with (?:the|a|my) (?:compass|lighter|blade|razor|sharpener|"
        r"scissors|pin|safety pin|needle|knife|lighter|cigarette|lighters)\b[^.!?]{0,30}\b(?:on|to|into|across) my (?:wrists?|arms?|"
        r"forearms?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?|shoulders?|chest|ribs|side)\b",
        # burning one's fingertips or hands on purpose ("Been burning my fingertips on the hob on purpose")
        r"\b(?:burn\w*|scald\w*|sing(?:e|ed|eing))\b (?:my|me) (?:own )?(?:fingers?|fingertips?|hands?|palms?|arms?|wrists?|legs?|"
        r"thighs?|skin|stomach|ankles?)\b[^.!?]{0,40}\b(?<!not )(?<!n't )(?:on purpose|deliberately|intentionally|purposely|purposefully)\b",
    ],
    "passive_wish": [
        # skipping the rest of one's life ("wish i could sleep for 100 years and skip the rest of my life")
        r"\b(?:skip|fast[- ]forward through|sleep through) the rest of (?:my life|it all|life|my days)\b(?! (?:admin|story|plans))",
        # hoping something happens to oneself ("Part of me wishes something would happen to me, an accident")
        r"\b(?:wish\w*|hop\w*|pray\w*)\b (?:that )?something (?:bad )?(?:would|could|will|might) happen to me\b",
        # so as not to have to keep going ("so I don't have to keep going")
        r"\bso (?:that )?i (?:don'?t|do not|wouldn'?t|won'?t|dont|wont) have to (?:keep going|carry on|go on|keep living|exist|be "
        r"here any ?more)\b(?! (?:to|into|back|with|at|in)\b)",
        # switched off for good ("I'd like to be switched off permanently")
        r"\b(?:be|get|being) (?:switched|turned|shut|unplugged|powered) (?:off|down) (?:permanently|for good|forever|for ever)\b",
        # the plane or the car going down welcomed ("I'd be fine if the plane went down on the way to Spain")
        r"\bi(?:'?d| would) (?:honestly )?(?:be (?:fine|okay|ok|happy|relieved|glad|at peace)|welcome it) if (?:the|my|our) "
        r"(?:plane|flight|jet|car|bus|coach|train|ferry|boat|lift|elevator) (?:went down|goes down|crashed|crashes|came down|sank|"
        r"fell)\b",
        # wanting to be erased ("I want to be erased. Not hurt, just erased"); not from a list, a chat or a register
        r"\bi (?:want|wish|'d like|would like|just want|need) to be (?:erased|deleted|wiped out|unmade|rubbed out|scrubbed out)\b"
        r"(?! from (?:the|this|that|their|his|her|a|my) (?:list|group|chat|database|system|records?|photos?|register|app|site))",
        # the lump or the scan hoped to be bad ("kinda hoping the lump is something bad so i can just be done")
        r"\b(?:hop\w*|wish\w*|pray\w*)\b (?:that )?(?:the|my|this) (?:lump|scan|biopsy|tests?|results?|mole|tumou?r|mri|ct|"
        r"x-?ray|bloods?)\b[^.!?]{0,20}\b(?:is|are|comes? back|turns? out)\b (?:to be |as )?(?:something )?(?:bad|cancer\w*|serious|"
        r"terminal|malignant|the worst)\b",
        # disappointed to be still here ("my first thought is 'oh no, still here'")
        r"\b(?:oh no|ugh|damn|dammit|damn it|fuck|shit|typical|great)[,.!' ]{1,3}(?:i'?m |im |i am )?still (?:here|alive|breathing)\b"
        r"(?![^.!?]{0,3}\b(?:at|in|on|waiting|for|with)\b)",
        r"\b(?:disappointed|gutted|annoyed|sad|angry) (?:that )?(?:i'?m|im|i am|i woke up) still (?:here|alive|breathing)\b",
        # life, and rather not being in it ("Life is a lot right now and honestly I'd rather not be in it")
        r"\blife\b[^.!?]{0,50}\bi(?:'?d| would) (?:rather|prefer to) not be (?:in it|part of it|a part of it|here|around|alive)\b",
        # never in this world ("i wish i was never there in this world")
        r"\bwish(?:ed)? i (?:was|were|had) never (?:there |here |been )?(?:in|on|born (?:in|into)) (?:this|the) (?:world|earth)\b",
        # Pidgin and plain: the Lord asked to carry one away ("Lord, just carry me go")
        r"\b(?:lord|god|jesus|oluwa|chineke|baba god)\b,? (?:just |abeg |please |pls |biko )?(?:carry me go|take me (?:now|away now)|"
        r"call me home)\b",
    ],
}

# -- set aside: a match that is not the speaker's own risk -------------------------------------------------------------
_SET_ASIDE = re.compile("|".join([
    # "tonight's the night" of telling one's parents, a proposal, a date, a gig
    r"\b(?:tonight|today|tomorrow|saturday|friday)(?:'s| is) the (?:night|day)\b[^.!?]{0,3}[.!?]? ?(?:i'?m |im |i am |we'?re )?(?:finally )?"
    r"(?:telling|asking|proposing|coming out|going to (?:ask|tell|propose|see)|meeting|seeing|moving|starting)\b",
    # "unalive" aimed at someone else ("gonna unalive my brother if he eats my leftovers")
    r"\bunalive (?:my (?!self)\w+|him|her|them|you|u|this|that|the|his|their|everyone)\b",
    # "not exist" for a holiday of a fixed length
    r"\bnot exist (?:for (?:a|one|two|three|\d+|the) (?:week|weekend|day|days|weeks|fortnight|month|holiday|night)s?|until (?:monday|"
    r"january|the new year|next week))\b",
    # disappearing into the duvet in the cold
    r"\bdisappear into (?:my|the|a) (?:duvet|blanket|covers|quilt|bed|sofa|hoodie)\b[^.!?]{0,30}\b(?:cold|freezing|baltic|rain\w*|"
    r"snow\w*|weather|heating|winter|monday)\b",
    # a letter to one's future self, a time capsule
    r"\b(?:letters?|notes?) to (?:my|our|your|their) future sel(?:f|ves)\b|\btime capsule\b",
    # who gets what from someone else's house or things
    r"\bwho gets what (?:from|of) (?:(?:my )?(?:gran|nan|grandma|granny|grandad|grandpa|mum|mom|dad|aunt|uncle|auntie)\w*'?s?|her|his|"
    r"their|the (?:estate|house))\b|\bwho gets (?:who|what) (?:for|in) (?:the )?secret santa\b",
    # not wanting to wake up tomorrow because of a test or a shift
    r"\bwant to wake up (?:tomorrow|on \w+day|in the morning)\b[^.!?]{0,10}\b(?:because|bc|cos|cause|coz|as)\b[^.!?]{0,20}\b(?:test|exam|"
    r"interview|presentation|shift|appointment|dentist|school|work|meeting|monday|results?|deadline)\b",
    # ropes of everyday use
    r"\b(?:rope ladder|rope swing|skipping rope|jump rope|tow ?rope|climbing rope|rope lights|washing line)\b",
    # things hung for leisure or exercise (a hammock tied to the beam "to see if it would hold my weight")
    r"\b(?:hammock|rope swing|tyre swing|punch(?:ing)? bag|pull-?up bar|aerial silks?|trapeze|hanging chair|swing seat)\b",
]), _I)
# a jump off a tower or a ledge in a game ("finally beat the boss by jumping off the tower at the exact frame"): read for
# a match that holds the jump only, so that a game named beside a disclosure keeps it
_GAME = re.compile(r"\b(?:beat|beating|killed|kill) the boss\b|\bboss fight\b|\bspeedrun\w*|\brespawn\w*|\bcheckpoint\b|"
                   r"\bin[- ]game\b", _I)
_SET_ASIDE_LITERALS = ("hammock", "swing", "punch", "pull", "silks", "trapeze", "hanging chair", "night", "day", "unalive", "exist", "disappear", "future", "capsule", "who gets",
                       "wake up", "rope", "tow", "washing line")


def set_aside(text: str, s: int, e: int, m: re.Match) -> bool:
    """For ``risk._disclosure``: a match in a sentence (``text[s:e]``, or the turn for a sentence-spanning form) that
    is an everyday act, a game, a plan for a holiday or someone else's estate (``_SET_ASIDE``)."""
    lower = text.lower()
    if "jump" in m.group(0).lower() and _GAME.search(text, max(0, s - 120), min(len(text), e + 160)):
        return True
    if not any(w in lower for w in _SET_ASIDE_LITERALS):
        return False
    return _SET_ASIDE.search(text, max(0, s - 120), min(len(text), e + 160)) is not None


# -- everyday talk the learned stage alone read as risk -----------------------------------------------------------------
# a denial of medicines kept back ("no i havent got anything saved up or hidden"), never widened to its sentence
DENIED36B = re.compile(r"\b(?:haven'?t|havent|have not|don'?t have|dont have|not got)\b (?:got )?(?:anything|any(?: \w+)?|nothing) "
                       r"(?:saved up|saved|hidden|stashed|stockpiled|put by|hoarded)\b(?: or (?:hidden|stashed|saved|stockpiled))?", _I)
FUTURE_YEARS = re.compile(r"\b(?:for|over|in) the (?:next|coming) (?:few|couple of|\d+|two|three|four|five|ten|many|several) years\b|"
                          r"\bfor (?:a )?(?:\d+|hundred|thousand|a hundred|a thousand) years\b", _I)

EVERYDAY36B = re.compile("|".join([
    r"\bhang(?:ing)? (?:up )?(?:the|some|a|my|our|those|these) (?:new )?(?:pictures?|photos?|frames?|curtains?|washing|laundry|"
    r"clothes|shelf|shelves|mirror|art|prints?|decorations|lights|bunting|coat|posters?|paintings?|blinds)\b",
    r"\b(?:putting|put|saving|saved|setting|set) (?:my |some |the |a bit of |all my |our )?(?:\w+ )?(?:money|cash|wages|tips|pennies|"
    r"pocket money|allowance)\b(?: \w+)? aside\b",
    r"\bsecret santa\b",
    r"\b(?:fence|gate|hedge)\b[^.!?]{0,40}\b(?:dogs?|puppy|sheep|horses?|goats?|chickens?|cows?|cats?|kids?|toddler)\b (?:can'?t|cannot|"
    r"won'?t|doesn'?t|don'?t) (?:jump|get|escape|climb)",
    r"\btow(?:ing)? ropes?\b",
    r"\b(?:came|come|finished|finish|was|were|placed|ended up|coming) dead last\b",
    r"\brehom\w*\b[^.!?]{0,60}\b(?:because|bc|cos|cause|as|since|due to)\b[^.!?]{0,30}\b(?:new (?:flat|house|place|home|job|"
    r"landlord)|landlord|allerg\w*|moving|move|emigrat\w*|relocat\w*|tenancy|lease|the baby|allow pets|no pets|pets allowed)\b",
    r"\b(?:hospital|labou?r|birth|maternity) bag\b(?: \w+)?(?: packed)?",
    r"\bmy will to live (?:left|has left|just left|died|evaporated|packed up|went)\b[^.!?]{0,40}\b(?:meeting|lecture|class|call|"
    r"queue|traffic|exam|shift|presentation|lesson|zoom|webinar|seminar|training)\b",
    r"\b(?:out of (?:the )?office|auto-?reply|ooo)\b[^.!?\n]{0,80}",
    r"\bend (?:this|that|his|her|their|ur|your) (?:man'?s |mans |guy'?s |kid'?s |whole ){0,3}(?:career|game|run|streak|lobby)\b",
    r"\band wake up (?:when|once|after) (?:this|the|my) (?:renovation|exams?|winter|term|semester|build|building work|move|"
    r"wedding|project|heatwave|election|season|week|month|year|strike|works?|extension)\b(?: is| are)?(?: finished| done| over)?",
    r"\bnever been born (?:in|on|during|at) (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|christmas|summer|winter|spring|autumn)\b",
    r"\btired of being the (?:responsible|only|sensible|organised|organized|designated|reliable) one\b",
    r"\b(?:there'?s|i'?ve got|i have|got|saved|that'?s) enough (?:money |saved |put by )?for (?:a |the |our |my )?(?:holiday|trip|"
    r"flights?|deposit|tenerife|lanzarote|majorca|mallorca|spain|greece|ibiza|benidorm|florida|disney\w*|vegas|bali|thailand|"
    r"dubai|festival|concert|\w+ (?:holiday|trip|break))\b",
    r"\bfeel(?:ing|s)? like a ghost (?:at|in) (?:work|school|class|the office|uni|college|my (?:house|family|office|own home|job))\b",
    r"\b(?:where|when|how) we(?:'re| are|re|'ll| will) (?:doing|do|having|hold\w*) it\b[^.!?\n]{0,60}\b(?:paintball\w*|party|"
    r"picnic|bbq|barbecue|wedding|reception|shoot|gig|match|stag|hen do|reunion|quiz|birthday|camping|proposal|sleepover|"
    r"rehearsal|laser ?tag)\b",
]), _I)
