"""Suicide and self-harm risk in a client turn, by C-SSRS category (Columbia Suicide Severity
Rating Scale: wish to be dead, active ideation, method, intent, plan or preparatory acts, and
suicidal behaviour; plus non-suicidal self-injury).

First stage, recall-oriented: one pattern per category (English, Spanish, French, German,
Portuguese, Italian, Polish, Dutch; Chinese and a few Russian phrasings in ``_CJK``, read by
``_cjk_disclosure``), written on what a disclosure *says* (a wish not to wake up, others
better off, loss of meaning, injuring oneself in plain words, preparatory acts), not on a
few keywords. Each match is then read in its sentence:

* negated ("I'm not suicidal", "I'd never hurt myself", "no tengo ganas de morir");
* someone else speaking or spoken of ("my son said he wants to die", "a friend who cuts");
* past and recovered ("when I was 16", "years ago", "in recovery", "clean for 3 years"),
  unless the sentence also says it is recent ("again", "last week", "yesterday");
* fiction, news, study and prevention work ("in the book", "for my dissertation",
  "suicide prevention training").

A match read as one of these counts as a *mention*: the level is "low", the category none.
Generic intent ("I'm going to do it", "I've made up my mind") counts only next to another
risk cue in the same turn. The learned second stage (``risk_model``) only sees the turns this
stage cannot decide: a weak cue (hopeless, burden, numb) and no category.

Two more pattern sets are read after each category's own: ``risk_langs`` (the languages the learned
stage reads as fragments) and ``risk_use_langs`` (the 14 languages it reads with USE-m3, Korean,
Japanese, Turkish, Arabic and Thai among them, which had no pattern here).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from services.quality.checks.counselling import risk_cc37, risk_en31c, risk_en33, risk_en34b, risk_en36b, risk_langs, risk_nssi35, risk_use_langs
from services.quality.checks.counselling.spans import sentence_span
from services.quality.checks.prefilter import Folded, pruned

Category = Literal["recent_attempt", "plan_preparation", "intent", "method", "active_ideation", "nssi",
                   "passive_wish", "none"]
# most severe first (the label of a turn is the most severe category present)
CATEGORIES: tuple[Category, ...] = ("recent_attempt", "plan_preparation", "intent", "method", "active_ideation",
                                    "nssi", "passive_wish", "none")
LEVEL_OF: dict[str, str] = {"recent_attempt": "high", "plan_preparation": "high", "intent": "high",
                            "method": "high", "active_ideation": "high", "nssi": "moderate",
                            "passive_wish": "moderate", "none": "none"}

_I = re.IGNORECASE
_SELF_END = (r"(?:kill(?:ing|ed)? my ?self|end(?:ing|ed)? (?:my (?:own )?life|it all|things|it|my suffering)|"
             r"take (?:my (?:own )?life|my life)|taking my (?:own )?life|suicide|commit(?:ting)? suicide|"
             r"die by my own hand|not (?:be )?(?:alive|here))")
_DEATH = r"(?:dying|death|die|dead|suicid\w*|ending (?:it|things|my life)|kill(?:ing)? myself|end (?:it|things|my life))"

# Round twelve (fifteenth session): everyday objects of the words of self-injury and overdose, read as
# no match at all ("I cut my hours", "I cut the crusts off", "me corté el pelo", "cortei o cabelo",
# "overdosed on coffee"); a part of the body stays ("I cut my arm"), for the sentence to decide
# (``_everyday_injury``).
_CUT_WHAT = (r"(?! (?:the|a|an|his|her|their|our|some|back|down|out|off|up|in|into|through|across|corners|ties|costs?|"
             # round twenty: ending a relationship ("I cut all ties with my ex", "cut all contact", "cut every tie")
             r"(?:all|any|every|most) (?:ties?|contact|communication|links?|connections?|bonds?)|contact|"
             r"him|them|it|class|school|my (?!(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body|forearms?|"
             r"upper arms?|self|ankles?|sides?|chest|calves|belly)\b)\w+)\b)")
_CUT_HAIR = (r"(?! (?:el|la|los|las|mi|mis|o|a|os|as|meu|minha|meus|minhas) (?:pelo|cabello|flequillo|fleco|u[ñn]as|barba|"
             r"puntas|melena|cabelo|franja|unhas|pontas|dedo|bigote|bigode)\b)")
_OVERDOSED_ON = (r"(?! on (?:coffee|caffeine|espresso|energy drinks?|red bull|chocolate|sugar|sweets|candy|cake|biscuits|"
                 r"cookies|carbs|cheese|pizza|crisps|netflix|tv|telly|the series|box ?sets?|anime|k-?dramas?|memes|tiktok|"
                 r"social media|nostalgia|cuteness|sun|sunshine|christmas|festive|cardio|the gym|exercise|drama|reality tv|"
                 r"podcasts|music|love|work|revision|studying|caffeine)\b)")

# a count of tablets taken that is an overdose's, not a dose's: five or more, and not a dose's unit or a time
_OD_COUNT = (r"(?:[5-9]|[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty)(?!\d| ?(?:mg|mcg|µg|ml|g|milligrams?|"
             r"micrograms?|grams?|units?|drops?|puffs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|"
             r"percent|%|pence|p|pounds?|quid|dollars?|euros?)\b)")

# Round twenty-seven, second pass: "farla finita con/col ..." is done with a habit or a person ("col fumo", "con
# lui"), unless life, everything or a means follows ("con la vita", "con tutto", "col gas").
_FINITA_WITH = (r"(?!\s*(?:con|col|coi|colla|cogli)\b(?![^.!?]{0,30}\b(?:vita|tutto|tutti|mondo|me stess[oa]|gas|pillole|"
                r"pastiglie|farmaci|medicin\w*|corda|coltell\w*|lamett\w*|monossido|treno|tubo|sofferenza|dolore)\b))")

# review27c: tablets carried or handled, not swallowed ("took a handful of meds out of the blister pack", "took a
# whole box of tablets off the shelf", "took a bottle of pills round the ward")
_HANDLED = r"(?! (?:(?:out of|off) (?:the|a|an|this|that|its|their) |(?:back|away|home|round|around|into|in to|down to|up to)\b))"

_PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        r"\b(?:tried|attempted|trying) (?:to )?(?:kill(?:ing)? myself|end (?:it|my (?:own )?life|things)|"
        r"take my (?:own )?life|hang myself|drown myself|jump|overdose|commit suicide|die)",
        # ccfp37: not an attempt at talking, reaching out, explaining ... (``risk_cc37.ATTEMPTED_EVERYDAY``)
        r"\b(?:i|i've|i have|i'd|just) (?:made |had )?(?:an? )?(?:suicide )?attempt(?:ed)?(?: suicide| on my life)?\b"
        + risk_cc37.ATTEMPTED_EVERYDAY,
        r"\bsuicide attempt\b",
        # a count is five or more and no unit or time (twenty-seventh session: "I took 2 of my pills" and "I took 50 mg
        # of sertraline as prescribed" were read as attempts)
        r"\b(?:i )?(?:took|swallowed|taken) (?:an? )?(?:overdose|(?:all|a (?:whole )?(?:bottle|packet|box)|everything|"
        r"" + _OD_COUNT + r") (?:of )?(?:my |the )?[\w' ]{0,25}?(?:pills|tablets|painkillers|sertraline|meds|medication|"
        r"paracetamol|in the cabinet))" + _HANDLED,
        # an overdose just taken, told by its amount (twenty-seventh session, main session's probe: "I took a handful
        # of pills an hour ago", "swallowed a whole strip of paracetamol", "took like 20 of my sleeping pills", "necked
        # a load of co-codamol", "took my whole week's supply at once"); not by accident, not for a pain named
        # the writer's act: "I", "I've", a sentence's first word (pro-drop "Took like 20 ..."), not "the dog swallowed"
        r"(?:^|(?<=[.!?\n] )|(?<=\n)|(?<=\bi )|(?<=\bi've )|(?<=\bive )|(?<=\bi have )|(?<=\bi had ))"
        # review27c: not quoted speech ('She told me "I took a handful of pills"')
        r"(?<![\"“‘]i )(?<![\"“‘]i've )(?<![\"“‘]ive )(?<![\"“‘]i have )(?<![\"“‘]i had )"
        r"(?<!\bif i )(?<!\bwhen i )(?<!\bonce i )(?<!\bunless i )(?:just |then |also |literally |actually |basically )?"
        r"(?:took|taken|swallowed|necked|downed|popped)(?: (?:just|all|like|about|around|over|nearly|"
        r"almost|maybe|probably))? (?:(?:a (?:large|huge|big|massive|lethal|dangerous) (?:amount|number|quantity|dose)|"
        r"a (?:whole |full |entire )?(?:handful|fistful|load|bunch|pile|heap|lot|strip|"
        r"blister(?: pack)?|sheet|packet|pack|box|bottle|tub|jar)|handfuls|loads|" + _OD_COUNT + r"|(?:two|three|four|"
        r"several|\d+) (?:whole |full )?(?:strips|packets|packs|boxes|bottles|sheets|blister packs)|(?:way |far )?too "
        r"many) (?:of )?(?:my |the |his |her |their |mum'?s |mom'?s |dad'?s |these |those )?(?:(?!of\b)[\w' -]){0,25}?"
        r"(?:pills|tablets|painkillers|meds|medication|medicine|paracetamol|co-?codamol|codeine|ibuprofen|aspirin|"
        r"tylenol|advil|antidepressants|sleeping pills|sleepers|benzos|xanax|diazepam|zopiclone|sertraline|citalopram|"
        r"fluoxetine|prozac|quetiapine|seroquel|lithium)\b"
        # review27c: tablets carried or handled, not swallowed ("took a handful of meds out of the blister pack to
        # count them"), and no noun between the amount and the tablets ("took loads of photos of pills")
        r"" + _HANDLED + r"|(?:my|the) (?:whole|entire) (?:\w+'?s )?(?:supply|"
        r"prescription|stash|stockpile)(?: of \w+)? (?:at once|in one go|all at once|together))"
        # an overdose taken not to die is self-injury (``_EN10``'s nssi pattern reads it)
        r"(?![^.!?]{0,60}\b(?:by accident|by mistake|accidentally|mistakenly|(?:not|wasn'?t|wasnt|weren'?t) (?:really |even )?"
        r"(?:to|trying to|meaning to|wanting to|out to|going to) (?:die|kill myself|end it)|for (?:my|the|a) (?:\w+ )?(?:back|"
        r"head\w*|pain|period\w*|cramps|tooth\w*|migraine\w*|cold|flu|fever|hangover|knee|neck|shoulder|injury)\b))",
        r"\boverdosed\b" + _OVERDOSED_ON,
        r"\b(?:i )?(?:walked|drove|stepped|jumped) (?:into|off|in front of) [\w ]{0,20}on purpose",
        r"\b(?:drove|crashed) [\w ]{0,20}into [\w ]{0,10}(?:wall|tree|car)s? on purpose",
        r"\b(?:cut|slit|stabbed)\b[^.!?]{0,40}\b(?<!not )(?:to die|meaning to die|to end it)\b|\bcut my wrists\b|"
        r"\b(?:on purpose|meaning|hoping) to (?:die|not wake up)\b",
        r"\bwoke up (?:in (?:the )?hospital|on the floor)|\b(?:got|was) (?:discharged|out of the ward)|"
        r"\bin (?:icu|intensive care)\b|\bwith the cord around my neck\b|\bthe rope snapped\b|\bthe bar broke\b|"
        r"\bclimbed over the railing\b|\bit didn'?t work\b",
        # es fr de pt it
        r"\bintent[eé] (?:suicidarme|matarme|quitarme la vida)|\bintento de suicidio\b",
        r"\btentative de suicide\b|\bj'ai (?:essay[eé]|tent[eé]) de (?:me tuer|me suicider|mourir|mettre fin)",
        r"\bversucht,? mich (?:umzubringen|zu töten)|\bsuizidversuch\b",
        r"\btentei (?:me matar|suic[ií]dio|tirar minha vida)|\btentativa de suic[ií]dio\b",
        r"\bho tentato (?:il suicidio|di uccidermi|di togliermi la vita)|\btentato suicidio\b",
    ],
    "plan_preparation": [
        r"\b(?:wrote|written|writing|write) (?:a |my |some )?(?:suicide |goodbye |farewell )?(?:notes?|letters?|messages?|emails?) "
        r"(?:to|for) (?!(?:my |an? |the )?(?:ex|exes|ex-\w+|younger self|future self|past self|inner child)\b)(?:my |everyone|family|parents|mum|mom|dad|kids|best friend|\w+)"
        # riskblind32: not a letter never to be sent (a therapy exercise, a letter to an ex or to one's younger self)
        r"(?![^.!?]{0,60}\b(?:never (?:going to |gonna )?send|won'?t (?:ever )?send|not (?:going to|gonna) send|never sent|"
        r"didn'?t send|no intention of sending|to burn)\b)",
        r"\b(?:suicide|goodbye|farewell) (?:note|letter|message|email)s?\b|\bwrote a note\b",
        r"\b(?:giving|gave|given) (?:away )?(?:all |most )?(?:of )?(?:my |away my )[\w ]{0,25}"
        r"(?:things|stuff|possessions|clothes|books|games|guitar|ps5|belongings)|\bgiving (?:my )?(?:things|stuff) away\b|"
        r"\b(?:been )?giving away my\b|\bgave (?:most of )?my [\w ]{0,20}away\b",
        r"\bsaid goodbye to\b[^.!?]{0,60}\b(?:without telling|that'?s what it was|for the last time)",
        r"\b(?:stockpil|sav|hoard|collect|hid|hiding)(?:e|ed|ing)? (?:up )?(?:my |all my )?[\w ]{0,15}"
        r"(?:pills|tablets|meds|medication|insulin|sleeping tablets)",
        r"\b(?:instead of taking them|more than i would ever need|counting how many i'?d need)\b",
        r"\b(?:looked up|googled|researching|researched|reading about|read up on|searched)\b[^.!?]{0,60}"
        r"(?:lethal|fatal|how much|how many|would take|overdose|kill|to die|enough to)",
        r"\b(?:i )?(?:have|made|got|'ve got|worked out) (?:a|my|the|exactly) ?(?:plan|when and where)\b(?! for (?:the|my) (?:week|day|future|career)|"
        r" to (?!(?:die|kill|end|do it|take|jump|overdose|go through)\b))",
        r"\bplan (?:to|for how to) (?:die|kill|end|do it)|\bsuicide plan\b",
        r"\b(?:bought|buying|got|ordered) (?:a |some )?(?:rope|lot of pills|pills online|a packet every time|hose|charcoal)\b",
        r"\b(?:picked|chosen|chose|decided on) (?:the )?(?:bridge|date|day|place|night|spot)\b",
        r"\b(?:updated|wrote|made) (?:my )?will\b|\bwritten down all my passwords\b|\bcancelled my (?:phone|contract)\b|"
        r"\bfound someone to take my (?:cat|dog)\b|\blife insurance\b[^.!?]{0,40}suicide",
        r"\beverything ready\b|\bgot what i need\b|\bpractis(?:e|ing)\b[^.!?]{0,30}\bknot\b|\btying the knot to practi",
        r"\b(?:drove|went) to [\w ]{0,30} to check how (?:deep|high)",
        r"\bclear(?:ed)? out my room\b|\bwon'?t need them\b",
        # es fr de pt it
        r"\bcartas? de despedida\b|\bregal[eé] (?:mis|todas mis) cosas\b|\bguardando pastillas\b",
        r"\blettre d'adieu\b|\bdonn[eé] (?:mon|mes) [\w ]{0,15}\b(?:à|a) |\bj'ai un plan\b",
        r"\babschiedsbrief\b|\btabletten gesammelt\b|\bhabe einen plan\b",
        r"\bcartas? de despedida\b|\bdei (?:as )?minhas coisas\b|\bjuntando rem[eé]dios\b",
        r"\blettera d'addio\b|\bmesso da parte (?:le )?(?:pillole|pastiglie)\b|\bregalato le mie cose\b",
    ],
    "intent": [
        r"\b(?:i'?m|i am|im) (?:actually |really |finally )?(?:going|gonna) (?:to )?(?:do it|go through with it)"
        r"(?=\s*(?:[.!]|$|tonight|soon|this time|now|today|and i don'?t want))",
        r"\b(?:i'?m|i am|im) (?:going|gonna) (?:to )?(?:kill myself|end (?:it|my life|things|it all)(?! with\b| between\b)|jump\b|"
        # riskblind34c: not dying of boredom, laughter or embarrassment ("I'm gonna die of boredom here")
        r"take all my pills|die\b(?! (?:of|from) (?:boredom|laughter|laughing|embarrassment|shame|cringe|hunger|thirst|heat|"
        r"excitement|curiosity|old age)\b)|commit suicide)",
        r"\bi (?:will|'ll) (?:kill myself|end (?:it|my life|things)|take my (?:own )?life)",
        r"\b(?:i )?intend to (?:take my (?:own )?life|kill myself|die|end)",
        r"(?:\b(?:tonight|this weekend|soon) i'?m (?:ending|going to end) (?:it|my life|things)|\bi'?m ending it)\b"
        # round thirteen: not a night ended with a bath, a relationship ended with someone
        r"(?! (?:with|between)\b(?![^.!?]{0,25}\b(?:pills|tablets|rope|belt|knife|blade|gun|overdose|paracetamol|insulin|razor|"
        r"noose|meds)\b))",
        r"\bwon'?t be (?:alive|here|around) (?:by|after|much longer|next)|\bnot (?:going to be|gonna be) (?:here|around|alive)\b|"
        r"\bdon'?t (?:plan|intend) (?:to be|on being) (?:alive|here|around)|\bdon'?t think i'?ll be around\b|"
        r"\bplanning on not waking up\b|\bnot going to be here after\b",
        r"\bmade up my mind to die\b|\bdecided to (?:die|end (?:it|my life)|kill myself)\b",
        # es fr de pt it
        r"\bvoy a (?:suicidarme|matarme|quitarme la vida)\b",
        r"\b(?:j'ai d[ée]cid[ée]|je vais) (?:de )?(?:mettre fin à mes jours|me suicider|me tuer)\b",
        r"\bich werde mir [\w ]{0,20}das leben nehmen\b|\bich werde mich umbringen\b|"
        r"\bich werde mich (?:(?!nicht\b|nie\b|niemals\b)\w+ ){1,3}umbringen\b",  # twenty-ninth session: words between
        r"\bvou me matar\b|\bvou (?:tirar|acabar com) a minha vida\b",
        r"\bho deciso di (?:uccidermi|togliermi la vita|farla finita)\b|\bmi uccider[oò]\b",
    ],
    "method": [
        r"\b(?:pills|tablets|painkillers|meds|medication|insulin|rope|belt|cord|gun|knife|blade|bridge|cliff|balcony|"
        r"roof|train|tracks|platform|traffic|the sea|lake|river|gas|overdos\w*|jump\w*|hang\w*|drown\w*)\b[^.!?]{0,80}"
        r"\b(?:think(?:ing)? (?:about|of) (?:dying|death|ending it|killing myself|suicide|not being here)|want(?:ing)? to die)\b",
        r"\b(?:think(?:ing)? (?:about|of) (?:dying|death|ending it|killing myself|suicide)|want(?:ing)? to die)\b[^.!?]{0,80}"
        r"\b(?:pills|tablets|painkillers|meds|medication|insulin|rope|belt|cord|gun|knife|blade|bridge|cliff|balcony|"
        r"roof|train|tracks|platform|traffic|the sea|lake|river|gas|overdos\w*|jump\w*|hang\w*|drown\w*)\b",
        r"\b(?:cliff|bridge|edge|roof|balcony|railing)\b[^.!?]{0,80}\b(?:going over|over the edge|go over)\b",
        r"\b(?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)?) (?:off|from|in front of|under) (?:the |a )?"
        r"(?:bridge|train|balcony|roof|building|cliff|car park|top floor|window|tower)",
        # ccfp37: not hanging out or hanging with someone (``risk_cc37.HANG_SOCIAL``)
        r"\b(?:think|thought|thinking|wonder\w*|imagin\w*|picture|consider\w*|keep looking at)\b[^.!?]{0,60}\b"
        r"(?:jump\w*|hang\w*\b" + risk_cc37.HANG_SOCIAL + r"|overdos\w*|drown\w*|gun|rope|the pills|my pills|sleeping tablets|painkillers|bridge|cliff|"
        r"balcony|top floor|train|knife|belt|gas oven|insulin|walking into the sea|into a tree|into traffic|"
        r"suffocat\w*|car running|how many of my pills|cutting deep enough|medicine drawer)",
        r"\bif i did it\b|\bhow i'?d do it\b|\bwhich painkillers would do it\b|\bcatch(?:es|ing)? my eye\b|"
        r"\bedge of the platform\b|\bhow easy it would be\b|\bhigh enough\b",
        r"\b(?:take|taking|swallow\w*) (?:all|every|everything|the whole)\b[^.!?]{0,30}"
        r"(?:pills|tablets|meds|medicine|insulin|at once)",
        # es fr de pt it
        r"\b(?:tomarme|tomar) todas las pastillas\b|\btirarme (?:del|de un|al) (?:puente|tren|edificio)\b",
        r"\bsauter (?:du|d'un) (?:pont|immeuble|balcon)\b|\bme jeter sous (?:le|un) train\b",
        r"\bvor den zug (?:zu )?werfen\b|\bvon der brücke springen\b",
        r"\btomar todos os rem[eé]dios\b|\bpular da ponte\b|\bme jogar\b",
        r"\bbuttarmi (?:dal|da un|sotto)\b",
    ],
    "active_ideation": [
        r"\b(?:thinking|thought|thoughts|think|considering|contemplating|contemplated)\b (?:a lot |seriously |more |lately )?"
        r"(?:about |of |that )?[^.!?]{0,20}?\b(?:killing myself|suicide|dying|being dead|death|ending (?:my (?:own )?life|it(?: all)?|things)|"
        r"taking my (?:own )?life|my own funeral)",
        r"\bsuicidal\b(?! (?:prevention|awareness|friends?|person|people|patients?|clients?|son|daughter|"
        r"brother|sister|partner|teens?|teenagers?|youth|callers?|students?|individuals?|relatives?|thoughts in (?:others|people)))",
        r"\b(?:want|wanting|wanted|urge) to (?:kill myself|end (?:my (?:own )?life|it(?: all)?|things)|take my (?:own )?life|"
        r"commit suicide)\b",
        r"\b(?:i|i'?ve been|really|just|still) (?:really )?(?:want(?:ing|ed)?|wanna) to die\b",
        r"\bi (?:could|should) (?:just )?(?:end my life|kill myself|make it happen)\b|\bnot be alive by choice\b",
        r"\bthe idea of (?:just )?ending (?:it|my life)\b|\bsuicide might be the answer\b",
        r"\bdoing something about it\b",
        r"\bending (?:it|things) (?:all )?(?:is|seems|feels)\b",
        r"\b(?:mind|brain|head|thoughts?) (?:goes|go|keeps? going|went|turns?)\b[^.!?]{0,20}\b(?:killing myself|suicide|dying|ending it)",
        r"\bkill(?:ing)? myself\b|\bend(?:ing)? my (?:own )?life\b|\btak(?:e|ing) my (?:own )?life\b",
        # es fr de pt it
        r"\bquitarme la vida\b|\bsuicidarme\b|\bmatarme\b|\bganas de morir(?:me)?\b|\bquiero morir(?:me)?\b",
        r"\bme suicider\b|\bme tuer\b|\bmettre fin à (?:mes jours|ma vie)\b|\benvie de mourir\b|\bje veux mourir\b",
        r"\bmich umzubringen\b|\bmich umbringen\b|\bsuizid\w*\b|\bich will sterben\b|\bmir das leben (?:zu )?nehmen\b|"
        # twenty-ninth session: words between "mich" and the verb ("Ich will mich jeden Tag umbringen")
        r"\bmich (?:(?!nicht\b|nie\b|niemals\b|selbst\b)\w+ ){1,3}(?:umbringen|umzubringen)\b|"
        # thirtieth session: "Ich möchte sterben", "ich will nur noch sterben", "Manchmal möchte ich sterben", "Ich würde am
        # liebsten sterben" were read none (only "ich will sterben" was known); not negated, not "für dich / vor Scham sterben"
        r"\b(?:ich (?:will|m[öo]chte?|w[üu]rde (?:am liebsten|lieber|gern(?:e)?))|(?:will|m[öo]chte?) ich|"
        r"(?<=\bich\b)[^.!?;]{1,80}? und (?:will|m[öo]chte?))\b"
        r"(?: (?!nicht\b|nie\b|niemals\b|kein\w*\b|dass\b|f[üu]r\b|vor\b)\w+){0,3} sterben\b(?! ?(?:f[üu]r|vor)\b)",
        r"\bme matar\b|\btirar (?:a )?minha vida\b|\bquero morrer\b|\bvontade de morrer\b",
        r"\btogliermi la vita\b|\buccidermi\b|\bvoglio morire\b|\bfarla finita\b" + _FINITA_WITH,
    ],
    "nssi": [
        r"\bself[- ]?harm(?:ing|ed)?\b(?! (?:awareness|prevention|risk|resources|programme|program))",
        r"\b(?:cut|cutting|burn(?:ed|ing|t)?|hurt(?:ing)?|harm(?:ing|ed)?|punish(?:ing|ed)?|hit(?:ting)?|scratch(?:ed|ing)?|"
        r"bit(?:e|ing)|stab(?:bed|bing)?|starv(?:e|ed|ing)) myself\b",
        r"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|carv\w*|bang\w*|punch\w*|slamm?\w*|pick\w*|dig\w*|bit\w*|press\w*|"
        r"snap\w*|using|used|use)\b[^.!?]{0,50}\b(?:my|the) (?:arms?|wrists?|thighs?|legs?|skin|forearm|palms?|head|"
        r"knuckles|hand|stomach|body)\b[^.!?]{0,60}\b(?:bleed|blood|raw|bruis\w*|marks?|welts?|on purpose|deserved|"
        r"until|whenever|when|again(?!st)|to feel|knife|blade|lighter|every)",
        # riskblind30: a cut or a burn said to help ("I just cut my arm on Sunday because it was the only thing that helped");
        # not an ointment or a remedy that helped, not an injury met by accident (``_everyday``)
        r"\b(?:cut|cutting|burn(?:ed|t|ing)?|carv\w*|slash\w*|slic\w*)\b[^.!?]{0,50}\b(?:my|the) (?:arms?|wrists?|thighs?|legs?|skin|forearm|stomach)\b"
        r"(?![^.!?]{0,60}\b(?:cream|ointment|antiseptic|plaster|bandage|ice|aloe|water|doctor|nurse|stitches)\b)"
        r"[^.!?]{0,60}\b(?:(?:it|that) (?:\w+ )?(?:helps|helped|calms|calmed)|(?:the )?only (?:thing|way) (?:that )?(?:helps|helped|works|worked))\b",
        r"\b(?:my (?:arms?|wrists?|thighs?|legs?|skin)|forearm)\b[^.!?]{0,40}\b(?:scars?|marks|cuts|burns|circles)\b",
        r"\b(?:razor|blade|knife|lighter|compass|cigarettes?|hot (?:iron|spoon|knife|coin|metal|pan|key)|paperclip|rubber band)\b[^.!?]{0,40}\b"
        r"(?:on|into|against|to) (?:my )?(?:skin|arms?|wrists?|thighs?|legs?|forearm)",
        r"\b(?:carv\w*|cut|scratch\w*|etch\w*)\b[^.!?]{0,30}\b(?:into|on) my (?:skin|arms?|forearm|wrists?|thighs?|legs?|stomach)\b",
        r"\bburned myself with\b|\bburn(?:ed|t) my (?:wrist|arm|skin|hand)\b|\bmak(?:e|ing) myself bleed\b|"
        r"\b(?:new |three |\w+ )marks on my\b(?![^.!?]{0,30}\b(?:are|were|is|'re) (?:from|off|because of) (?:the |my |our )?(?:cats?|dogs?|kitten|puppy|rabbit|brambles?|roses?|thorns?|rugby|football|hockey|training|gym|gardening|work|seatbelt|watch|strap|bag|bra|jeans|glasses|vaccin\w*|jabs?|drip|cannula|blood tests?)\b)|\bkeep a blade\b|\bblade in my\b|\bhurt my body\b|"
        r"\bwhen (?:that isn'?t enough|the numbness)[^.!?]{0,30}\b(?:cut|cutting)\b|\bi cut\b" + _CUT_WHAT + r"|\bi'?ve been cutting\b|"
        r"\bi (?:hit|punch) (?:myself|the wall)\b|\b(?:punch|hit)(?:ing)? the wall until\b",
        # es fr de pt it
        r"\bme (?:he estado )?cort(?:o|ando|é)\b" + _CUT_HAIR + r"|\bme hago daño\b|\bautolesi\w*",
        r"\bje me scarifie\b|\bje me (?:coupe|blesse|fais du mal|brûle)\b|\bscarification\w*\b|\bautomutil\w*",
        r"\bich ritze mich\b(?! (?:nicht|nie|niemals)\b)|\britzen\b|\bverletze mich\b(?! (?:nicht|nie|niemals|kein\w*)\b)|\bselbstverletz\w*",
        r"\beu me corto\b" + _CUT_HAIR + r"|\bme cortei\b" + _CUT_HAIR + r"|\bme machuco\b|\bautomutila\w*|\bautoles\w*",
        r"\bmi taglio\b|\bmi faccio del male\b|\bautolesion\w*",
    ],
    "passive_wish": [
        r"\b(?:better off|happier|fine|easier) (?:without me|if i (?:was|were|wasn'?t|weren'?t|was not) (?:gone|here|dead|around|in the picture|"
        r"not here))|\bbetter (?:off )?without me\b|\bbetter off dead\b",
        r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|in the picture|alive)\b",
        r"\b(?:not|never|don'?t|didn'?t|wouldn'?t|won'?t) (?:want to |wanna )?(?:wake up|woke up|waking up)\b|"
        r"\bhop(?:e|ing) (?:that )?i (?:just )?(?:don'?t|won'?t|never) wake up\b|\bnever woke up\b|"
        r"\bgo to sleep and (?:never|not) wake\b|\bdisappointed that i woke up\b|\btake me in my sleep\b",
        r"\bwish(?:ed)? i (?:was|were|had) (?:dead|never been born|not born|gone)\b|\bwish i had never been born\b|"
        r"\bwished i was dead\b",
        r"\b(?:don'?t|do not|dont) (?:really )?want to (?:live|be alive|exist|be here)\b|\bnot (?:want|wanting) to (?:live|exist)\b|"
        r"\bdon'?t want to be here anymore\b|\bno (?:reason|point) (?:to|in) (?:live|living|go(?:ing)? on|keep going|being alive)\b|"
        r"\bno reason (?:at all|to keep going)\b|\bno reason at all\b",
        r"\b(?:tired|sick) of (?:being alive|living|existing|life)\b|\bwant everything to stop\b|\bwant me to stop\b|"
        r"\bdisappear (?:forever|and not)|\b(?:just )?(?:fade|slip) (?:out|away)\b|\bnot (?:have to )?exist\b|"
        r"\bnot to exist\b|\bstop existing\b",
        r"\b(?:do ?n'?t|can'?t|cannot|no longer) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|anything|"
        r"any of it)|\b(?:point (?:of|in) (?:living|any of it|life|going on)|point in living)\b|\blost all (?:its |of its )?meaning\b|"
        r"\blife (?:has no|doesn'?t have any|has lost its) meaning\b|\bnothing (?:means anything|left for me)\b|"
        r"\bliving (?:feels|is|seems) pointless\b|\bwhat'?s the point\b|\bpointless\b[^.!?]{0,20}\b(?:life|living|alive)|"
        r"\bnothing (?:felt|feels) worth it\b|\bwaiting for it to be over\b|\bwould all be over\b",
        r"\bwhether i live or die\b|\bhit by a (?:bus|car)\b[^.!?]{0,40}\brelieved\b|"
        r"\bwouldn'?t be so bad if (?:someone|something|a car)\b|\btaking up space\b|"
        r"\bonly (?:still )?here because of\b|\bcan'?t go on\b|\bdon'?t want to be alive\b|\bwant(?:ed)? to be dead\b|"
        r"\bnobody would (?:miss me|notice)\b|\bwouldn'?t (?:even )?notice\b[^.!?]{0,20}\bgone\b",
        # twenty-sixth session, from written probes: the same wishes in other words ("everything would be simpler
        # if I were gone", "I won't be a burden for much longer", "I don't see myself being here at Christmas",
        # "I just want to rest forever", "I wouldn't still be here",
        # "I'm a waste of oxygen"); gone for a weekend, a move or a trip is not (``_everyday``)
        r"\b(?:simpler|easier|better|lighter|calmer|happier)\b[^.!?]{0,30}\bif i (?:was|were) (?:gone|dead|no longer here)\b"
        r"(?![^.!?]{0,6}\bfor\b)|"
        r"\bwon'?t be (?:a |an )?(?:problem|burden|bother|nuisance|worry) (?:to (?:anyone|you|them) )?(?:for )?(?:much|any) longer\b|"
        r"\b(?:don'?t|can'?t) see myself (?:being |still )?(?:here|alive|around) (?:at|for|by) (?:christmas|my (?:next )?birthday|"
        r"the new year|new year'?s?|next (?:week|month|year))\b|"
        r"\bno (?:reason|point) for me to (?:live|keep going|go on|be here|stay alive|carry on)\b(?![^.!?,;]{0,3}\b(?:to|with|at|in|on|for|the)\b)|"
        r"\b(?:just )?not be (?:anymore|any more)(?=\s*(?:[.!?,;]|$))|"
        r"\bi (?:wouldn'?t|would not) still be (?:here|alive|around)\b(?!\s+(?:in|at|on|with|for)\b)|"
        r"\b(?:i'?m|i am|im|i feel like) (?:just |such )?(?:a |an )?(?:complete |total )?waste of (?:oxygen|space|air)\b(?![^.!?,;]{0,3}\b(?:on|in|at|for) (?:the|my|this|that)\b)",
        # es fr de pt it
        r"\bmejor sin m[ií]\b|\bno despertar(?:a|me)?\b|\bno quiero (?:vivir|despertar)\b|\bojal[aá] (?:me muriera|no despertara)\b",
        r"\bne plus (?:jamais )?me r[ée]veiller\b|\bmieux sans moi\b|\bne (?:vois|trouve) plus (?:aucun )?sens\b|"
        r"\bje ne veux plus vivre\b",
        r"\bnicht mehr aufzuwachen\b|\bnicht mehr aufwachen\b|\bbesser dran ohne mich\b|\bbesser ohne mich\b|"
        r"\bnicht mehr leben\b|\bkeine lust mehr zu leben\b|"
        # thirtieth session: "Ich will tot sein", "ich wär am liebsten tot" (not "fast tot", "wäre tot gewesen")
        r"\bich (?:will|m[öo]chte?) (?:(?!nicht\b|nie\b|niemals\b|fast\b|beinahe\b)\w+ ){0,2}tot sein\b|"
        r"\bich w[äa]re?\b(?: (?!nicht\b|nie\b|fast\b|beinahe\b)\w+){0,2} (?:lieber|gern(?:e)?|am liebsten) tot\b(?! gewesen)",
        r"\bn[aã]o acordar mais\b|\bmelhor sem mim\b|\bse eu n[aã]o existisse\b|\bn[aã]o quero mais viver\b",
        r"\bnon svegliarmi più\b|\bmeglio senza di me\b|\bnon ha più senso\b|\bnon voglio più vivere\b",
    ],
}

# More phrasings per category (issue 12, second round), written from the categories' definitions:
# passive wishes and loss of meaning in plain words, preparatory acts without "suicide", and the
# other languages (pt it pl es fr de nl). Chinese is in ``_CJK`` (no word boundaries, no case).
# riskval28: named strong drugs a stash is made of (read with collecting / saving up / hoarding, never alone)
_STRONG_DRUG = (r"(?:morphine|fentanyl|oxycodone|oxycontin|codeine|co-?codamol|tramadol|zopiclone|zolpidem|diazepam|"
                r"temazepam|lorazepam|amitriptyline|painkillers|paracetamol|sleeping (?:pills|tablets))"
                r"(?: (?:patches|pens|tablets|pills))?\b")

_MORE: dict[str, list[str]] = {
    "recent_attempt": [
        r"\btentei (?:me )?(?:matar|enforcar|suicid\w*|acabar com a minha vida)\b|\btomei todos os (?:comprimidos|rem[eé]dios)\b",
        r"\bho tentato di (?:uccidermi|impiccarmi|buttarmi|farla finita)\b|\bho preso tutte le (?:pillole|pastiglie)\b",
        r"\bpr[oó]bowa[lł]\w* si[eę] (?:zabi[cć]|powiesi[cć]|otru[cć])|\bpo[lł]kn[eę][lł]\w* (?:ca[lł]e|wszystkie)",
        r"\bintent[eé] (?:ahorcarme|tirarme|cortarme las venas)\b|\bme tom[eé] todas las pastillas\b",
        r"\bj'ai (?:essay[eé]|tent[eé]) de me (?:pendre|jeter|noyer)\b|\bj'ai aval[eé] (?:toute|tous)"
        # (main session, thirty-first) not food: "j'ai avalé toute une boîte de chocolats" (``life_talk.FOOD31``)
        r"(?![^.!?\n]{0,40}\b(?:chocolats?|bonbons|biscuits|g[âa]teaux?|glace|chips|cookies|pralin[ée]s|madeleines|pizza|"
        r"c[ée]r[ée]ales|fromage|pain|brioches?|crêpes|pâtes|frites)\b)",
        r"\bversucht,? mich (?:zu erh[äa]ngen|aufzuh[äa]ngen|zu vergiften)\b|\balle tabletten genommen\b",
        r"\bprobeerde (?:mezelf|me) (?:te )?(?:doden|ophangen|van het leven)\b",
    ],
    "plan_preparation": [
        r"\b(?:gave|given|rehomed) (?:away )?my (?:cat|dog|pets?|rabbit|bird)s?\b",
        r"\b(?:researching|researched|looked up|googled|read up on) (?:which |what |the )?(?:methods?|ways to die|"
        r"painless ways)\b|\bnarrowed it down\b",
        r"\b(?:collect|sav|hoard|gather|stash)(?:e|ed|ing) (?:up )?[\w' ]{0,25}(?:pills|tablets|meds|medication)\b",
        # twenty-eighth session (riskval28), from validation misses: a named strong drug (morphine patches, sleeping
        # tablets, someone else's painkillers) collected, saved up, hoarded or kept as a stash, not only "pills|tablets";
        # not collected from the pharmacy, saved up FOR, or gathered to hand back or throw away
        r"(?:^|(?<=[.!?\n] )|\bi(?:'ve|ve| have| had|'m|m| am| was)? )(?:been |also |just |secretly |quietly |now )*"
        r"(?:collect|sav|hoard|gather|stash|stockpil)(?:e|ed|ing) (?:up )?(?:(?!\b(?:from|at|for|to)\b)[\w' ]){0,25}"
        r"\b" + _STRONG_DRUG + r"(?![^.!?]{0,20}\b(?:from|at) (?:the )?(?:pharmacy|chemist|surgery|hospital|gp|doctor))"
        r"(?![^.!?]{0,40}\b(?:to (?:take|hand|give|send) (?:them |it )?back|to (?:return|dispose|throw|bin|hand in)|"
        r"for (?:disposal|the (?:pharmacy|chemist|hospice|nurse)))\b)",
        r"\bi(?:'ve|ve| have)? (?:got|have|keep|kept|hid|hide|hiding|made) (?:a|my) (?:secret |little |hidden |small )?stash of (?:my |his |her |their )?(?:(?!my\b|his\b|her\b)\w+'?s )?(?:old |spare |leftover )?"
        + _STRONG_DRUG,
        r"\bsold my [\w ]{0,25}\b(?:and gave|gave the money)\b",
        # twenty-sixth session, from written probes: possessions given away AND affairs put in order in one turn
        # (a will, passwords, goodbyes), in either order; pills kept back from a prescription ("the rest in a jar")
        r"\b(?:giv(?:ing|en)|gave) (?:away )?(?:a lot of |all of |most of |all )?my (?:stuff|things|belongings|possessions)\b"
        r"[\s\S]{0,300}\b(?:(?:made|wrote|sorted|updated|did) (?:out )?my will|goodbye (?:notes?|letters?))\b|"
        r"\b(?:(?:made|wrote|sorted|updated|did) (?:out )?my will|goodbye (?:notes?|letters?))\b[\s\S]{0,300}\b(?:giv(?:ing|en)|gave) "
        r"(?:away )?(?:a lot of |all of |most of |all )?my (?:stuff|things|belongings|possessions)\b",
        r"\b(?:pills|tablets|meds|dose|prescription|paracetamol|painkillers)\b[\s\S]{0,160}\b(?:keep|keeping|kept|hiding|hid|"
        r"putting|put) (?:the rest|the extras?|the spares?|the leftovers?|the ones i don'?t take)\b[^.!?]{0,30}\b(?:in a (?:jar|tin|sock|"
        r"box|bag)|aside|hidden|where no one)\b(?![^.!?]{0,40}\b(?:(?:like|as) (?:the|my) (?:pharmacist|doctor|gp|nurse)|in case|for when|next time|flare|cupboard|"
        r"cabinet|kitchen))",
        r"\b(?:what|which) (?:dose|amount) [\w ]{0,30}(?:would be|is) (?:fatal|lethal|enough)\b",
        r"\b(?:scheduled|set up) (?:a |my )?(?:last|final) (?:message|post|email)\b|\bfor when i'?m gone\b",
        r"\bwho gets my (?:things|stuff)\b|\b(?:escrevi|escribí|ho scritto|j'ai [ée]crit|napisa[lł]\w*) [\w ]{0,20}"
        r"(?:cartas?|lettere|lettres?|list\w*)\b[^.!?]{0,40}\b(?:despedida|addio|adieu|po[żz]egna)",
        r"\bdose letal\b|\bdosis letal\b|\bdose letale\b|\bdose mortelle\b|\bt[öo]dlich\w* dosis\b|\bdosis (?:ist )?t[öo]dlich\b|"
        r"\b[sś]miertel\w* dawk|\bdawka (?:jest )?[sś]miertel",
        r"\b(?:pesquisei|busqu[eé]|cercato|cherch[eé]|gegoogelt|sprawdza[lł]\w*)\b[^.!?]{0,50}\b(?:letal|letale|mortel\w*|"
        r"t[öo]dlich|[sś]miertel\w*|per morire|para morir|para morrer|pour mourir)",
        r"\bguardando (?:os |las |mis )?(?:comprimidos|rem[eé]dios|pastillas)\b|\bmettendo da parte\b|\bmets de c[oô]t[eé] mes\b|"
        r"\bsammle [\w ]{0,15}tabletten\b|\bzbieram tabletki\b",
        r"\b(?:dei|regal[eé]|ho regalato|j'ai donn[eé]|verschenkt|rozda[lł]\w*) (?:o |a |os |as |el |la |los |mis |meu |minha |"
        r"meus |minhas |le |mes |toutes mes |tutte le |meine |swoje )?[\w ]{0,25}\b(?:cosas|coisas|cose|affaires|sachen|"
        r"rzeczy|guitarra|viol[aã]o|roupas|ropa|chitarra|v[eê]tements)\b",
        r"\bafscheidsbrie\w*\b|\bpozegnaln\w*|\bpo[żz]egnaln\w*",
    ],
    "intent": [
        # twenty-sixth session: expecting not to live to a date ("I don't think I'll make it to my birthday")
        r"\bdon'?t think i'?ll (?:make it|be (?:here|alive|around)) (?:to|till|until|for|by|past) "
        r"(?:my (?:next )?birthday|christmas|new year|next year|another year)(?=\s*(?:[.!?,;]|$))",
        r"\b(?:i'?ve|i have) (?:decided|made (?:up )?my (?:mind|peace with it))\b[^.!?]{0,60}\b(?:not (?:going to|gonna) be here|"
        r"end|die|kill|do it|jump|take)|\bmy mind is made up\b|\btonight'?s the night\b",
        r"\bi'?m (?:going|gonna) to take (?:all of it|my life|them all)\b|\b(?:i'?m )?killing myself (?:after|on|this|tonight|before)\b",
        r"\b(?:ya )?lo decid[ií]\b|\bme voy a (?:quitar la vida|matar|suicidar)\b|\b(?:j'ai d[ée]cid[ée]|c'est d[ée]cid[ée])\b[^.!?]{0,40}"
        r"\b(?:je le fais|mourir|en finir|mettre fin)|\bje vais (?:me suicider|me tuer|en finir)\b",
        r"\bj[áa] decidi\b|\bvou (?:acabar com tudo|me matar|tirar minha vida)\b|\bla faccio finita\b|\bho deciso\b[^.!?]{0,30}\blo faccio\b",
        r"\bheute nacht bringe ich mich um\b|\bich bringe mich um\b(?! (?:den|meinen|meine|die|das) (?:verstand|schlaf|nerven|ruhe|job|existenz|geld)\b)|\bich habe mich entschieden\b[^.!?]{0,40}\b(?:mache ich es|sterben|umbringen)|"
        r"\bich habe (?:mich )?(?:beschlossen|entschieden),? mich (?:\w+ ){0,4}umzubringen\b",  # twenty-ninth session
        r"\bpostanowi[lł]\w*\b[^.!?]{0,40}\bto zrobi[eę]\b|\bodbior[eę] sobie [zż]ycie\b|\bzabij[eę] si[eę]\b",
    ],
    "method": [
        r"\b(?:how many|how much|which (?:pills|tablets))\b[^.!?]{0,30}\b(?:it would take|i'?d (?:need|use|take)|would (?:do it|be enough))\b",
        r"\b(?:running|run|left) the (?:car|engine) (?:running )?in (?:the |a )?(?:closed )?garage\b",
        r"\bknow exactly (?:which|what|how)\b[^.!?]{0,30}\b(?:pills|tablets|i'?d (?:use|do it))",
        r"\b(?:quantos|cuantas|cu[aá]ntas|combien|wie viele|ile)\b[^.!?]{0,30}\b(?:seriam suficientes|bastariam|necesitar[ií]a|"
        r"faudrait|reichen w[üu]rden|by wystarczy[lł]o)",
        r"\b(?:penso|pienso|je pense|ich denke|my[sś]l[eę])\b[^.!?]{0,30}\b(?:me jogar|tirarme|buttarmi|sauter|springen|skocz\w*)\b",
    ],
    "active_ideation": [
        r"\b(?:i )?(?:should|could) (?:just )?(?:die|kill myself)\b(?! (?:of|from|laughing))",
        # twenty-sixth session: ending it weighed as a way out of pain ("if I ended it, at least the pain would stop")
        r"\bif i (?:ended|end) it(?: all)?\b(?! with\b| between\b| there\b| here\b| now\b)(?![^.!?]*\b(?:broke up|break up|relationship|divorce|marriage)\b)[^.!?]{0,40}\b(?:pain|hurt|hurting|suffering) would (?:stop|end|be over|go away)\b",
        r"\bpart of me (?:really |just )?wants to die\b|\bwanna die\b|\bwant to die so\b",
        r"\bsuicide (?:feels|seems|is|looks) like (?:the|my) (?:only|best|last)\b",
        r"\b(?:tenho pensado em|penso em) (?:tirar|suic|me matar|morrer)|\bpensamentos suicidas\b|\btirar (?:a )?minha pr[oó]pria vida\b",
        r"\bpensieri (?:di suicidio|suicid\w*)\b|\bpens[oa] (?:di|al) (?:togliermi|suicid\w*|uccidermi|morire)\b",
        r"\bmy[sś]l[eę] o (?:tym,? [zż]eby si[eę] zabi[cć]|samob[oó]j)|\bmy[sś]li samob[oó]jcze\b|\bchc[eę] umrze[cć]\b|"
        r"\bodebra[cć] sobie [zż]ycie\b|\bzabi[cć] si[eę]\b",
        r"\bpienso en (?:suicidarme|matarme|quitarme la vida|morir)\b|\bquiero morirme\b|\bj'ai envie de mourir\b|"
        r"\bpense (?:à|a) me suicider\b|\bmir das leben zu nehmen\b|\bvan het leven te beroven\b|\bwil (?:dood|sterven)\b",
        # twelfth session: "I have thought about suicide" in the past tense of the languages that lacked it
        r"\b(?:ich habe|hab(?:e)? ich|ich hab)\b[^.!?]{0,30}\ban (?:selbstmord|suizid) gedacht\b|"
        r"\bdenke (?:oft |st[äa]ndig |manchmal )?an (?:selbstmord|suizid)\b|\bmy[sś]la[lł]\w* o samob[oó]j\w*|"
        r"\bho pensato (?:al suicidio|di (?:togliermi la vita|uccidermi|suicidarmi))\b|"
        r"\bpensei em (?:me suicidar|me matar|tirar (?:a )?minha (?:pr[oó]pria )?vida)\b|"
        r"\b(?:ik heb|heb ik) (?:al )?(?:vaak |soms )?aan zelfmoord gedacht\b|\bik denk (?:vaak |soms |steeds )?aan zelfmoord\b|\been einde aan mijn leven (?:te )?maken\b|"
        r"\bhe pensado en (?:suicidarme|matarme|quitarme la vida)\b|"
        r"\bj'ai pens[ée] (?:à|a) (?:me suicider|me tuer|mettre fin à mes jours)\b",
    ],
    "nssi": [
        r"\b(?:burn|cut|scratch|bite|hit|punch)\b[^.!?]{0,30}\b(?:on purpose|where no one (?:can )?see|so i can feel)\b",
        r"\bsh['’](?:ing|d|ed)\b",  # "been sh'ing again": self-harm as clients abbreviate it
        # twenty-sixth session: covering the body in the heat so that no one sees the marks
        r"^(?![\s\S]*\b(?:eczema|psoriasis|acne|sunburn|weight|tattoos?|stretch marks|scars? from (?:my |the )?surgery)\b)"
        r"[\s\S]*\b(?:hoodies?|long sleeves|jumpers?|sweaters?)\b[^.!?]{0,40}\b(?:all summer|in summer|in the heat|when it'?s hot)\b"
        r"[\s\S]{0,120}\b(?:can'?t (?:tell|show)|(?:hide|hiding|cover|covering)|don'?t want (?:anyone|anybody|people|them|her|him) "
        r"to see|so (?:no ?one|nobody) (?:can )?sees?)\b[^.!?]{0,25}\b(?:what'?s underneath|what is underneath|the marks|the cuts)\b",
        r"\b(?:take|put|press|hold) (?:the |a )?(?:lighter|blade|razor|knife|cigarette|iron|straighteners)\b[^.!?]{0,20}\bto my\b",
        r"\b(?:dig|digging) my nails into\b|\bstarving myself as (?:a )?punishment\b|\bhurt myself so\b",
        r"\b(?:hit|hitting|punch|punching|slap|slapping) (?:my own|myself in the) (?:face|head|legs?|arms?|stomach)\b",
        r"\b(?:i|and|then) (?:just |then |also |literally )?(?:cut|slice|slash) my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b(?! (?:on|open on) (?:a|the|some) )",
        r"\bme (?:corto|queimo|arranho|machuco)\b" + _CUT_HAIR + r"|\bqueimo (?:o |meu )?bra[cç]o\b|\bmi (?:brucio|graffio|taglio)\b",
        r"\bme (?:quemo|corto|rasguño|ara[nñ]o)\b" + _CUT_HAIR + r"|\bje me (?:griffe|br[uû]le)\b|\bich (?:ritze|kratze|verbrenne) mi(?:ch|r)\b",
        r"\btn[eę] si[eę]\b|\bprzypalam\b|\brobi[eę] sobie krzywd[eę]\b|\bokaleczam\b|\bsnijd (?:mezelf|mij)\b",
    ],
    "passive_wish": [
        r"\bhop(?:e|ing) (?:something|someone|a (?:car|bus|truck)) (?:happens to|hits?|would hit) me\b",
        r"\b(?:angry|annoyed|upset|disappointed|sad) (?:that|when) i (?:woke up|opened my eyes|wake up|am still here|'m still here)\b",
        r"\b(?:better|happier|easier|free)\b[^.!?]{0,40}\bif (?:i|i'?d) (?:was|were|just wasn'?t|wasn'?t|weren'?t) "
        r"(?:out of the picture|part of it|gone|around|here|in it)\b",
        r"\b(?:don'?t|can'?t) see why i'?m still (?:going|here|alive|trying)\b|\bcan'?t find a (?:single )?reason to (?:get up|live|keep going|stay)\b",
        r"\b(?:wouldn'?t|won'?t|would not) (?:fight it|step out of the way|get out of the way)\b",
        r"\bwaiting (?:around )?(?:to die|for (?:it|my life) to (?:end|be over))\b|\buntil it'?s (?:all )?over\b",
        r"\b(?:go to |fall a)?sleep (?:for good|forever)\b|\bnot come back\b|\bdon'?t (?:want to )?come back\b",
        r"\b(?:pray|praying|hope|hoping|wish|wishing) (?:not to|to not|never to|i could not|i'?d not) wake\b",
        r"\benvy (?:people|those|anyone) who(?:'ve| have)? (?:already )?(?:gone|died|passed)\b|\bpeaceful (?:it must be )?to be dead\b",
        r"\b(?:empty of|no|without any) meaning\b[^.!?]{0,20}\b(?:life|living|anymore)\b|\b(?:life|my life) (?:feels|is) (?:completely )?empty of meaning\b",
        r"\b(?:lighter|better) without me\b|\bweight on (?:everybody|everyone|them)\b|\bwish i could (?:just )?(?:disappear|vanish|stop existing)\b",
        r"\bn[aã]o acordar (?:nunca )?mais\b|\bsem sentido\b[^.!?]{0,20}\bviver\b|\bn[aã]o vejo (?:mais )?sentido\b|\bdeixa(?:r|sse) de existir\b|"
        r"\bn[aã]o ter nascido\b",
        r"\bnon (?:trovo|vedo) pi[uù] (?:un |alcun )?senso\b|\bnon esistere pi[uù]\b|\bvorrei (?:solo )?sparire\b|\bstarebbe(?:ro)? meglio senza di me\b|"
        r"\bspero di non svegliarmi\b",
        r"\bnie obudzi[cć]\b|\blepiej beze mnie\b|\bnie widz[eę] sensu\b|\bmam do[sś][cć] [zż]ycia\b|\bchcia[lł]\w* (?:po prostu )?znikn[aą][cć]\b",
        r"\bno (?:le )?encuentro sentido\b|\bestar[ií]a(?:n)? mejor sin m[ií]\b|\bdejar de existir\b|\bno despertar\b",
        r"\bne (?:pas|plus) me r[ée]veiller\b|\bserai(?:en)?t mieux sans moi\b|\bne plus exister\b|\bdispara[iî]tre\b",
        r"\bkeinen sinn mehr\b|\bnicht mehr (?:da sein|existieren|aufwachen)\b|\bohne mich besser\b|\bverschwinden\b[^.!?]{0,30}\bnicht mehr\b",
        r"\bniet meer wakker\b|\bbeter af zonder mij\b",
        # twelfth session: the wish to be dead said outright, which only the learned stage read (or nothing did)
        r"\b(?:ojal[aá]|quisiera|me gustar[ií]a) (?:estar|estuviera|estuviese) muert[oa]\b|\bpreferir[ií]a estar muert[oa]\b|"
        r"\bestar[ií]a mejor muert[oa]\b|\b(?:preferirei|vorrei) (?:essere|esser) mort[oa]\b|"
        r"\b(?:preferia|preferiria|queria|gostaria de) estar mort[oa]\b|\bw[äa]re (?:ich )?lieber tot\b|"
        r"\bich w[üu]nschte?,? ich w[äa]re tot\b|\b(?:je pr[ée]f[ée]rerais|j'aimerais|je voudrais) [êe]tre morte?\b|"
        r"\bik (?:wou|wilde|zou willen) dat ik dood was\b|\bik ben liever dood\b|\bwola[lł]\w* by[cć] martw\w*\b|"
        r"\bchcia[lł]\w* nie [zż]y[cć]\b|\b(?:ik )?wil (?:ik )?niet meer leven\b",
        # twenty-eighth session (riskval28), from validation misses: an accident or an illness hoped for by the writer
        # (the plane going down, someone hitting me, the scan coming back bad); not hoped NOT to happen, not someone
        # else's hope, not "hit me up / hit me with" (contact, news)
        r"(?:\bpart of me (?:still |secretly )?(?:hopes|is hoping|was hoping|wishes)|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
        r"(?<!\bwho )(?<!\beveryone )(?<!\bnobody )\b(?:hope|hoping|pray|praying)) (?:that )?(?:(?:the|my|this|our|a) (?:\w+ )?"
        r"(?:plane|flight|turbulence|bus|car|lorry|truck|train|ferry|scan|results?|biopsy|tests?|tumou?r|lump)|someone|somebody|"
        r"something) (?:(?!not\b|never\b|won\b|doesn\b|don\b|isn\b)\w+ ){0,2}?(?:goes down|go down|went down|crash(?:es|ed)?|"
        r"takes? (?:us|me) (?:down|out)|comes? back (?:bad|positive|as cancer|malignant)|is (?:bad|cancer|terminal|malignant)|"
        r"hits? me|runs? me over|knocks? me (?:down|over))\b(?! (?:up|back|with)\b)",
        # the same with the wish said as "I wouldn't be upset / it wouldn't be the worst thing" around "if a bus hit me"
        r"\bif (?:the |my |a |an )?(?:plane|flight|train|bus|car|lorry|truck|ferry|coach)\b[^.!?]{0,40}\b(?:crashed|went down|"
        r"goes down|sank|came off|hit me|hits me)\b[^.!?]{0,40}\bi (?:honestly |really |genuinely )?(?:wouldn'?t|would not|wouldnt) "
        r"(?:be (?:that |too |very |all that )?(?:sad|upset|bothered|sorry)|mind|care)\b|"
        r"\b(?:wouldn'?t|would not|wouldnt) be the worst thing\b[^.!?]{0,20}\bif (?:the |my |a |an )?(?:plane|flight|train|bus|car|"
        r"lorry|truck|ferry|coach)\b[^.!?]{0,30}\b(?:crashed|went down|goes down|sank|hit me|hits me)\b",
    ],
}
for _c, _ps in _MORE.items():
    _PATTERNS[_c].extend(_ps)

# English round ten (fourteenth session, ``risk_train_v10.jsonl``): disclosures said the way clients
# write them, in their general form. Self-injury in slang ("sh", relapsing after N days clean), with
# the dropped g of chat ("cuttin again"), hiding the marks, injuring oneself deliberately, hurting a
# part of the body until it bleeds or bruises, an overdose taken "not to die"; intent as the last
# message, the last night, not making it to a day; means with oneself as target (stepping in front
# of a bus or lorry, lying on the line, going off a height); attempts told by their aftermath (a
# stomach pumped, waking up in A&E, "OD'd"); ideation said indirectly ("so close to ending it",
# "catch the bus, if you know what I mean", not wanting to be around any more).
_NUM = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty[\w-]*|thirty[\w-]*|"
        r"forty[\w-]*|fifty[\w-]*|sixty[\w-]*|a few|a couple of|several)")
_BODY = (r"(?:face|hips?|ankles?|shins?|chest|neck|fingers?|scalp|cheeks?|hands?|lips?|skin|arms?|upper arms?|wrists?|"
         r"thighs?|legs?|forearms?|stomach|belly|tummy|knuckles|fists?|head|body|sides?|shoulders?|feet|toes|nail ?beds|"
         r"cuticles)")
_ACCIDENT = (r"(?![^.!?]{0,80}\b(?:accident\w*|chopping|cooking|baking|slipped|tripped|fell|falling|shaving|playing|"
             r"football|rugby|netball|hockey|training|gym|oven|kettle|iron(?:ing)?|stove|kitchen|dog|cat|bike|surgery|"
             r"operation|eczema|acne|mosquito|bites?|rash)\b)")
# a relapse into drink, drugs, smoking or gambling is another struggle
_ADDICTION = (r"(?![^.!?]{0,40}\b(?:drink\w*|alcohol|booze|drugs?|weed|coke|cocaine|heroin|smok\w*|vap\w*|cigarettes?|"
              r"gambl\w*|porn|sober|sobriety|aa|na|meetings?|binge\w*|bulimi\w*)\b)")
# marks another person left ("the marks from my stepdad's belt", "the bruises he leaves")
_NOT_OWN = r"(?![^.!?]{0,30}\b(?:from (?:my |his |her |the )?\w+'s|from (?:him|her|them)|(?:he|she|they) (?:left|leaves|gave))\b)"
# Common words a pattern needs ("is", "the", "car", "hit", "until") are checked in a lookahead
# ("(?=(?:seems|feels|is) )"): the guards take no literal from one, so the one scan of every
# message over every guard's literals does not report them at each occurrence (written plainly,
# they cost ~5% of the quality stage's throughput on CounselChat).
_EN10: dict[str, list[str]] = {
    "recent_attempt": [
        r"\b(?:pumped|pump|pumping) my stomach\b|\bmy stomach (?:was |got )?pumped\b",
        r"\b(?:tried|trying|attempted) to o\.?d\b|\bi (?:o\.?d'?d|o\.?d'?ed|od'?d)\b",
        r"\bwoke up (?:in (?:a&e|icu|resus|intensive care|a hospital bed|the ward|the (?:psych|mental health) ward)|"
        r"on the (?:bathroom |kitchen |bedroom )?floor)\b",
        r"\bi (?:tried|did try)\b(?:,| and| but)[^.!?]{0,20}\b(?:i'?m still here|survived|woke up|it failed|failed)\b",
        r"\b(?:out of|back from|home from|discharged from) (?:the )?(?:hospital|a&e|icu|ward|psych ward)\b[^.!?]{0,30}\b"
        r"(?=(?:after|for|because of) )[\w ]{3,20}?\b(?:overdose|pills|tablets|attempt)\b",
        r"\b(?:survived|since|after) my (?:last |latest |recent |first |second |third )?(?:suicide )?attempt\b(?! (?:at|to|of|on|in)\b)",
    ],
    "intent": [
        r"\b(?:this is|this'?ll be|this will be) (?:the|my) (?:very )?last (?=(?:message|text|post|thing|words?|goodbye|note)\b)\w+\b"
        r"(?! (?:about|of|on|in|from|before|for (?:today|now|tonight|a while|this)|until|till|til|to the group|on the topic))",
        r"\b(?:this is|it'?s|tonight is|tonight'?s|today is) my (?:very )?last (?:night|day)\b(?=\s*(?:[.!]|$|alive|on earth|here))|"
        r"\b(?:my )?last (?:day|night) (?:alive|on (?:this )?earth)\b",
        r"\b(?:i'?m|i am|im|i) (?:not (?:gonna|going to)|won'?t|wont|will not|never gonna) (?=(?:make it|last|be (?:here|around|alive)|"
        r"see) )\w+(?: (?:it|here|around|alive))? (?:to |till |until |past |through |for )?(?:the |next |this )?(?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|tomorrow|weekend|christmas|new year|my birthday)\b(?!'s| (?:session|meeting|class|lecture|shift|"
        r"party|appointment|game|match|practice|training|deadline|without))",
        r"\b(?=(?:imma|ima|i'?mma|finna|fixing to|fixin to|bout to|about to|gonna|going to)\b)[\w']+(?: to)? (?:just |finally |really )?"
        r"(?:end it(?: all)?|end my life|kill myself|kms|unalive (?:my ?self|meself))\b(?![^.!?]{0,40}\b(?:with|between)\b)"
        r"(?=[^.!?]{0,30}\b(?:tonight|tomorrow|today|this (?:time|week|weekend)|for real|fr|no cap|now|soon)\b)",
        r"\b(?=(?:i'?m|im|i am|i will|i'?ll|gonna|going to)\b)[\w']+(?: am| will| to)? (?:\w+ )?(?:leav(?:e|ing)|depart(?:ing)?) "
        r"this (?:world|earth|life)\b|"
        r"\b(?:i'?m )?sorry for everything\b[.,!\s]*(?:good ?bye|bye|farewell|love you all|i love you)\b(?=\s*(?:[.!]|$))|"
        r"\b(?:good ?bye|farewell)\b[.,!\s]*(?:i'?m )?sorry for everything\b",
    ],
    "method": [
        r"\b(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself|jump(?:ing)?|run(?:ning)?) (?:out )?(?:in front of|under) "
        r"(?=(?:a |the |an )?(?:bus|lorry|truck|train|car|van|tram|coach|oncoming \w+)\b)(?:a |the |an )?\w+",
        r"\b(?:lie|lying|lay|laying|lie down|lying down) (?:down )?(?:on|across) (?=(?:the )?(?:tracks|railway(?: line)?|rail(?:way)? "
        r"lines?|line|level crossing)\b)(?:the )?\w+",
        r"\b(?:go(?:ing)?|went|step(?:ping)?|throw(?:ing)? myself) (?:off|over) (?=(?:the |a )?(?:top floor|ledge|railing|"
        r"roof|balcony|bridge|cliff|car park|multi[- ]stor\w*|tower block|overpass|flyover|footbridge|viaduct)\b)(?:the |a )?\w+",
        r"\b(?:count(?:ed|ing)?|lin(?:ed|ing) up|lay(?:ing)? out|laid out|sort(?:ed|ing) out) (?:out |up )?(?:all )?(?:of )?"
        r"[\w']+ (?:\w+ )?(?:pills|tablets|meds|painkillers)\b[^.!?]{0,60}\b(?=(?:enough(?! (?:to last|for (?:the |a |another |next |"
        r"this |my )?(?:month|weeks?|year|trip|holiday|fortnight)|until|till|left))|would (?:do it|take|kill)|to die|lethal|fatal)\b)",
        r"\b(?=(?:think\w*|thought|imagin\w*|pictur\w*|tempted|urges?|could|want(?:ed)? to|wanna|wonder\w*)\b)\w[^.!?]{0,45}\b"
        r"(?:swerv\w*|crash\w*|driv\w*|steer\w*)\b[^.!?]{0,25}\b(?=(?:into|off|in front of)\b)[^.!?]{0,25}\b(?:a wall|the wall|"
        r"a tree|lorr(?:y|ies)|trucks?|the cliff|a cliff|the river|oncoming|the barrier|a barrier|a pillar|the edge)\b",
        r"\b(?:overdos\w*|hanging|jumping|drowning|(?:the |my )?pills|(?:the |my )?tablets|a gun|the train|the bridge|the rope)\b"
        r"[^.!?]{0,30}\b(?=(?:seems?|feels?|looks?|would be|is|sounds?) )[\w ]{2,22}?\b(?:easiest|quickest|best|least painful|"
        r"most painless|only|cleanest|surest) (?:way|option|method|choice)\b(?! to (?!die|end|kill|do it|go)\w)",
        r"\bhow (?:many|much)\b[^.!?]{0,25}\b(?:pills|tablets|paracetamol|tylenol|ibuprofen|insulin|painkillers|meds|"
        r"co-?codamol|aspirin|antidepressants|sertraline|citalopram)\b[^.!?]{0,15}\b(?:would it take|does it take|would kill|"
        r"would be (?:fatal|lethal|enough)|to die|to kill)\b(?! to (?!die|kill|end)\w)",
    ],
    "active_ideation": [
        r"\b(?:so |really |very |this |too )?close to (?:ending (?:it(?: all)?|things|my life)|killing myself|unaliving myself|"
        r"taking my (?:own )?life)\b(?! with)",
        r"\b(?:catch|catching|take|taking|get|getting) the (?:forever )?bus\b[^.!?]{0,30}\b(?:if you know what i mean|"
        r"you know what i mean|iykyk|permanently|for good|forever)\b",
        r"\b(?:thinking|thought|thoughts|think|considering) (?:about |of )?(?:just )?(?:unaliving|offing) myself\b|"
        r"\b(?:wanna|want to|gonna|going to) (?:unalive|off) (?:my ?self|meself)\b",
        r"\b(?=(?:think\w*|thought|consider\w*|want\w*|wanna)\b)\w+ (?:about |of |bout )?(?:just )?not (?:being|be) "
        r"(?:around|here|alive)\b"
        r"(?! (?:for|at|when|this|next|tomorrow|tonight|on|in|until|till|to see|to hear)\b)",
        r"\bmake (?:it|everything|this|the pain|all of it|it all) stop (?:for good|forever|permanently)\b",
        r"\b(?:die|dying|death|end(?:ing)? it|go(?:ing)?) by my own hand\b|"
        r"\b(?:i'?m|i am|im|i feel|feeling) (?:so |totally |completely |just |honestly |really )?ready to (?:die|end it|end my life)\b"
        r"(?! on\b)",
        r"\b(?:want|wanna|wish|ready) (?:to )?leave this (?:world|earth|life)\b",
    ],
    "nssi": [
        # "sh" (self-harm) in chat: relapsing on it, urges, days without it, doing it again
        # (each alternative written out: its literals, not " sh", are what the guards look for)
        r"\b(?:relapsed on|relapse on|relapsing on|relapsed with|did|do|doing|done|urges to|urge to|thoughts of|want to|"
        r"wanted to|wanna|stop|stopped|clean from|free from|days without|weeks without|months without|days off|weeks off) "
        r"sh\b(?![*!@#])|"
        r"\bsh (?:again|urges?|thoughts?|scars?|marks?|wounds?|cuts?|relapse|free|clean)\b",
        # relapsing after N days (weeks, months) clean, either way round
        r"\brelaps\w*\b" + _ADDICTION + r"[^!?\n]{0,50}?\b" + _NUM + r" (?:days?|weeks?|months?) clean\b(?! (?:from|of|off) (?:the )?"
        r"(?:drink|alcohol|booze|drugs?|weed|coke|cocaine|heroin|smok\w*|vap\w*|gambl\w*|porn))|"
        r"\b" + _NUM + r" (?:days?|weeks?|months?) clean\b(?! (?:from|of|off) (?:the )?(?:drink|alcohol|booze|drugs?|weed|coke|"
        r"cocaine|heroin|smok\w*|vap\w*|gambl\w*|porn))[^!?\n]{0,40}?\brelaps\w*" + _ADDICTION,
        r"\brelaps\w*\b" + _ADDICTION + r"[^.!?]{0,30}\b(?:cut\w*|burn\w*|blade|razor|sh\b|self[- ]?harm\w*|hurt\w* myself)|"
        r"\bcut (?:deeper|too deep|so deep)\b",
        r"\b(?:urges?|need|craving|itch) to (?:cut|burn|hurt myself|harm myself|self[- ]?harm|sh)\b(?=\s*(?:[.,!?;]|$|is|was|"
        r"again|so|really|has|keeps?|comes?|gets?|won'?t|tonight|today|right now|myself|my (?:arms?|legs?|wrists?|thighs?|skin)))",
        r"\b(?=(?:bang|bash|slam|hit|smash|knock))\w+ my (?:head|fists?|hands?|face) (?:on|against|into) (?=(?:the |a |my )?(?:wall|walls|"
        r"desk|floor|door|table|steering wheel|mirror|radiator)\b)(?:the |a |my )?\w+(?: wheel)?\b(?=[^.!?]{0,30}\b(?:whenever|until|"
        r"till|til|on purpose|every time|everytime|to (?:feel|stop|calm|punish)|so (?:i|that)|when i(?:'?m| am| get| feel)? "
        r"(?:so |really |too )?(?:angry|upset|stressed|overwhelmed|anxious|sad|frustrated|panick\w*|mad|furious))\b)",
        # the dropped g of chat ("been cuttin again", "hurtin myself")
        r"\b(?:cuttin|hurtin|burnin|harmin|scratchin|slicin)'?\b(?: (?:my ?self|meself|again))|"
        r"\b(?:i|i'?ve|ive|i'?m|im|been)\b[\w' ]{0,10}?\b(?:cut|cutting|burning|hurting|harming|scratching) "
        r"(?:myself |meself )?again\b",
        # days or weeks without it, counted ("4 days without cutting myself")
        r"\b" + _NUM + r" (?:days?|weeks?) (?:without |since (?:i (?:last )?)?)(?=(?:hurting|harming|cutting|"
        r"burning|hurt|harmed|cut|burned|burnt) )\w+ (?:myself|meself)?\b",
        # hiding the marks
        r"\b(?=(?:hid(?:e|es|ing)?|cover(?:s|ed|ing)?(?: up)?|conceal\w*|so (?:no ?one|nobody|people|anyone|my \w+|\w+) "
        r"(?:doesn'?t|don'?t|can'?t|won'?t|wouldn'?t|couldn'?t|never) (?:see|sees|notice|notices|ask|asks))\b)\w[^.!?]{0,70}?\b"
        r"(?:the|my|these|those|fresh|new) (?:marks|scars|cuts|burns|wounds|scabs)\b" + _ACCIDENT + _NOT_OWN,
        # injuring oneself deliberately
        r"\b(?=(?:been|keep|kept|started|start|begun|begin) )\w+ (?:\w+ )?(?:to )?(?:injur(?:e|ing)|wound(?:ing)?|mutilat(?:e|ing)|"
        r"bruis(?:e|ing)|scald(?:ing)?) (?:myself|meself)\b|"
        r"\b(?:deliberately|intentionally|purposely|purposefully)\b (?:\w+ )?(?:injur\w*|hurt\w*|harm\w*|wound\w*|cut\w*|"
        r"burn\w*|scald\w*|bruis\w*|hit\w*|punch\w*|strik\w*|mutilat\w*) (?:myself|meself|my " + _BODY + r")\b",
        # a part of the body hurt until it bleeds, bruises or goes raw
        r"\b(?=(?:scratch\w*|pick\w*|dig\w*|bit(?:e|es|ing|ten)?|pinch\w*|punch\w*|hit|hits|hitting|kick\w*|smash\w*|"
        r"slam\w*|bang\w*|stab\w*|claw\w*|scrap(?:e|ed|es|ing)|gouge\w*|carv\w*|burn\w*|cut|cuts|cutting)\b)\w+" + _ACCIDENT +
        r"[^.!?]{0,50}?\b(?=" + _BODY + r"\b)\w+(?: \w+)?\b[^.!?]{0,50}?\b(?=(?:till|until|til) (?:it|they|i|there|its|it's|theyre|"
        r"they're|the skin|my)\b)\w+[^.!?]{0,20}\b(?:bleed\w*|bled|blood\w*|raw|bruis\w*|welt\w*|splits?|purple|black and blue|"
        r"scabs?)",
        # marks on the body, named first
        r"\b(?:fresh|new|my) (?:cuts|burns|scars|wounds|scratches|welts|scabs)\b (?=(?:on|all over|across|up|down) (?:my|me) "
        + _BODY + r"\b)" + _ACCIDENT,
        # an overdose taken not to die
        r"\b(?=(?:took|take|taking|swallowed|swallow|overdosed?)\b)\w+[^.!?]{0,20}?\b(?=(?:a (?:load|bunch|handful|lot|pile|heap|"
        r"strip|box|bottle|packet|whole)|loads|handfuls?|like \d+|\d\d+|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty)\b|too many|"
        r"way more|all|everything|extra|double|triple))\w[^.!?]{0,70}?[,;]? ?\b(?=(?:not|wasn'?t|wasnt|weren'?t) )\w+'?\w* "
        r"(?:really |even )?(?:to|trying to|meaning to|wanting to|wanna|going to|out to) (?:die|kill myself|end it)\b",
    ],
    "passive_wish": [
        r"\b(?:don'?t|do not|dont) (?:really )?(?:want|wanna) (?:to )?be around (?=any ?more|any longer)any ?\w+\b"
        r"(?! (?:those|these|them|him|her|people|that|this|the|such|toxic|my|at|in|with)\b)",
    ],
}
for _c, _ps in _EN10.items():
    _PATTERNS[_c].extend(_ps)

# English round eleven (docs/quality.md): preparation, passive wish and active ideation in their
# general form. Common words stay in lookaheads, as in ``_EN10``, so the guards take no literal from them.
_GONE = (r"(?:when i'?m gone|after i'?m gone|once i'?m gone|when i'?m dead|after i'?m dead|"
         r"after i go\b(?! (?:to|on|back|home|away|out|in|into|abroad|for|through|there|shopping|off)\b)|"
         r"(?:for )?whoever finds me|won'?t (?:be )?need(?:ing)? (?:it|them|any of it|anything) where i'?m going)")
_EN11: dict[str, list[str]] = {
    "plan_preparation": [
        # a preparation act and "when I'm gone" / "whoever finds me" in one sentence (not a will or insurance)
        r"\b(?=(?:delet|paid|pay|settl|cancel|sort|tidi|tidy|clean|clear|wip|gave|giv|left|leav|wrote|writ|arrang|"
        r"label|pack|return|post|sent|hand|put)\w*\b)\w+\b(?![^.!?]{0,100}\b(?:my|a|our|the) wills?\b|[^.!?]{0,100}\b(?:insurance|"
        r"pension|retire\w*)\b)[^.!?]{0,80}?\b" + _GONE,
        r"\b(?:for |to )?whoever finds me\b|\bwon'?t (?:be )?need(?:ing)? (?:it|them|any of it|anything) where i'?m going\b",
        # goodbyes nobody knew were goodbyes
        r"\bsaid (?:my )?goodbyes?\b[^.!?]{0,60}\b(?=(?:for real|for good|(?:they|nobody|no one|no-one) (?:didn'?t |did not )?"
        r"(?:even )?(?:noticed?|knew|know|realis\w*|realiz\w*))\b)\w+",
        # pets handed over for good
        r"\b(?:gave|given|handed|sent|posted) (?:over )?my (?:cats?|dogs?|pets?|rabbits?|hamsters?|kitten|puppy|birds?|fish) to\b"
        r"(?! (?:the vets?|the groomers?|kennels|look after|mind|walk)\b)(?![^.!?]{0,40}\b(?:for the|for a|while i|until|till|back)\b)",
        # how high a fall must be, how long it takes
        r"\b(?=(?:look|googl|research|search|check|read|work)\w*\b)\w+(?: up| out| up on)?\b[^.!?]{0,30}\bhow (?:high|tall|far|"
        r"deep|long)\b[^.!?]{0,40}\b(?=(?:to be sure|to die|to kill|would kill|would be fatal|is fatal|fall|drop|bleed out|"
        r"to drown)\b)\w+",
        # rehearsing the act
        r"\b(?:dry|practice|test|trial) run\b[^.!?]{0,25}\b(?:the |a |my )?(?:belt|rope|cord|noose|knot|pills|ligature)\b|"
        r"\brehears(?:e|ed|ing) (?:it|the whole thing)\b[^.!?]{0,30}\b(?:every (?:step|detail)|step by step)\b|"
        r"\brehears(?:e|ed|ing) (?:how (?:i'?d|i would|i'?ll|to) (?:do it|die|kill|end|jump|hang)|my (?:suicide|death))\b",
        r"\bstock(?:ed|ing)? up on (?:paracetamol|painkillers|pills|tablets|sleeping (?:pills|tablets)|insulin|co-?codamol)\b",
    ],
    "passive_wish": [
        r"\b(?:i'?d|id|i would|i will|i'?ll)(?: \w+)? welcome death\b|\bdeath would be (?:a )?(?:welcome|relief|mercy|release)\b",
        r"\b(?:better|easier|happier)\b[^.!?]{0,30}\bif (?:i (?:was|were|had)|i'?d) never (?:been )?born\b|"
        r"\bi (?:should|should not|shouldn'?t) (?:never )?have been born\b",
        r"\bcan'?t wait (?:to die|to be dead|for death|for (?:my life|life|it all|this life|my existence) to (?:be over|end))\b",
        r"\b(?:want|wish|need) (?:it all|all of it|my life) to (?:end|stop|be over)\b",
        r"(?:\bi |^\s*)(?:honestly |really |truly |genuinely |just )?(?:wouldn'?t|wouldnt|would not|won'?t|wont) (?:really |even |honestly )?"
        r"(?:care|mind) if\b[^.!?]{0,40}\b(?:i (?:died|was dead|were dead|didn'?t wake up|never woke up)|hit me|killed me|"
        r"took me|with me (?:on|in) it)\b",
        r"\bhop(?:e|ing) (?:that )?i (?:get|got) (?:hit|run over|knocked down)\b(?! (?:in|on) (?:the|a) (?:game|match))|"
        r"\b(?=hop(?:e|ing)\b)\w+(?:(?!\b(?:not|never|doesn'?t|won'?t|isn'?t|nothing)\b)[^.!?]){0,30}\b(?:it'?s terminal|something terminal|"
        r"something incurable|(?:get|got|catch) cancer|and die\b|(?:finally )?(?:kills|takes) me\b)",
    ],
    "active_ideation": [
        r"\b(?=(?:think\w*|thought\w*|consider\w*|want\w*|wanna|urges?|fantasi[sz]\w*|dream\w*)\b)\w+ (?:about |of |bout )?(?:just )?"
        r"(?:ending|end|killing|kill|offing|off|topping|top|unaliving|unalive) (?:my ?self|meself)\b|"
        r"\bthoughts (?:about |of )(?:just )?not (?:being|be) (?:around|here|alive)\b(?! (?:for|at|when|this|next|tomorrow|tonight|"
        r"on|in|until|till|to see|to hear)\b)",
        r"(?:^\s*|(?<=[.!?\n])\s*|\b(?:i|i'?ve|ive|i'?m|im|i was|been|keep|kept|started)\s+(?:\w+\s+)?)"
        r"(?=(?:googl|search|look|research|read)\w*\b)\w+(?: up| about| up on| on| for)?\s(?:\w+ )?(?:painless |quick |easy |the best )?"
        r"(?:(?:ways to|ways of|how to) (?:die|kill myself|end (?:it|my life)|commit suicide|top myself)|suicide methods)\b",
    ],
    "method": [
        r"\b(?=(?:think\w*|thought|imagin\w*|pictur\w*|tempted|urges?|could|want(?:ed)? to|wanna|wonder\w*)\b)\w[^.!?]{0,30}\b"
        r"(?:drive|driving|drove|driven) (?:my |the )?(?:car )?(?:off|over|into) (?:the |a )?(?:coast road|pier|quay|harbour|cliffs?|"
        r"edge|bridge|river|sea|lake|reservoir|quarry|dam)\b",
    ],
}
for _c, _ps in _EN11.items():
    _PATTERNS[_c].extend(_ps)

# English round thirteen (docs/quality.md): risk told indirectly, which phrase lists missed: intent
# without "suicide" (a day that "is it", "there won't be a next year for me", ctb / kms with a time),
# method as access or rehearsal (a ligature tried, an engine left running in a closed garage, the edge
# of a platform or roof, a railing leaned over, how many of a means "would be enough", a bath and a
# toaster, a means stared at with a thought), active ideation in plain words ("suicide feels like the
# answer", "ctb thoughts"), preparation in everyday acts (which of my things goes to whom, a funeral
# planned), an attempt told by its antidote, and self-injury in plain words (burning skin with a
# lighter, hitting one's body with an object, scratching it with a blade or a compass). Written from
# the training file ``risk_train_v13``, the brief and probes of my own; a wording only the validation
# file held was not written. Common words stay in lookaheads, as in ``_EN10``, so the guards take no
# literal from them.
_MEANS13 = (r"(?:pills|tablets|meds|medication|painkillers|paracetamol|insulin(?: pens?)?|codeine|tramadol|"
            r"sleeping (?:pills|tablets)|antidepressants|sertraline|citalopram|rope|noose|belt|knife|knives|blade|blades|"
            r"razors?|gun|shotgun|rifle)")
_EN13: dict[str, list[str]] = {
    "recent_attempt": [
        r"\b(?:antidote|parvolex|acetylcysteine)\b[^.!?]{0,60}\b(?=(?:the (?:paracetamol|overdose|pills|tablets)|i'?d (?:taken|"
        r"swallowed)|my overdose)\b)\w+",
    ],
    "plan_preparation": [
        r"\b(?=(?:which|what) )\w+ of my (?:things|stuff|belongings|possessions|clothes|books|jewellery|jewelry)\b[^.!?]{0,30}\b"
        r"(?=(?:goes|go|should (?:go|have|get)|gets?|to have|to get)\b)\w+(?![^.!?]{0,60}\b(?:charity|shop|sell\w*|sold|"
        r"storage|mov(?:e|ing)|ebay|vinted|donat\w*|new (?:flat|house|place))\b)|\bwho gets what\b",
        r"\b(?=(?:plann?\w*|pick\w*|chose|chosen|choos\w*|made|making|wrote|writ\w*|organis\w*|organiz\w*) )\w+ (?:\w+ ){0,3}?"
        r"(?:for |of )?(?:my|my own) funeral\b(?![^.!?]{0,40}\b(?:insurance|pre-?paid|policy|plan provider|"
        r"joke|when i'?m (?:old|80|90|100))\b)",
    ],
    "intent": [
        r"\b(?:this (?:weekend|week|friday|saturday|sunday)|tonight|today|tomorrow|(?:on )?(?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)) (?:is|'s) (?=it\b)\w+(?=\s*(?:[.!]|$|for me\b))",
        r"\bthere won'?t be (?:a|an|any) (?:next|another) (?=(?:month|week|year|christmas|summer|birthday|term|semester)"
        r"\s*(?:[.!,]|$|for me\b))\w+",
        r"\b(?=(?:i'?ll|ill|i will|imma|ima|gonna|going to|finna|about to|bout to)\b)[\w']+(?: will| to)? (?:just |finally )?"
        r"(?:ctb|kms|unalive (?:my ?self|meself))\b(?![^.!?]{0,40}\b(?:with|between)\b)(?=[^.!?]{0,40}\b(?:tonight|tomorrow|"
        r"today|this (?:time|week|weekend)|for real|fr|now|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"after|before|when)\b)",
    ],
    "method": [
        r"\b(?=(?:sat|sit|sitting|sits|stayed|waited|lay|lying)\b)\w+ in (?:the |my |our )?(?:closed |locked |shut )?(?:car|garage)\b"
        r"[^.!?]{0,60}\b(?:engine|car) (?:running|on)\b(?![^.!?]{0,60}\b(?:warm\w*|heat\w*|defrost\w*|wait\w*|charg\w*|radio|"
        r"practice|pick(?:ing)? (?:up|him|her)|cold|freezing|traffic)\b)|"
        r"\bleft (?:it|the (?:car|engine)) running\b[^.!?]{0,40}\bgarage\b",
        r"\b(?=(?:stood|stand|standing|stands|sat|sit|sitting|waited|wait|waiting|lean\w*|hung|hanging|climbed|climbing)\b)\w+ "
        r"(?:right |up )?(?=(?:on|at|by|over|near) )\w+ (?:the )?(?:very )?(?:edge|top|railing|rail|ledge|parapet) of (?:the |a |my )?"
        r"(?:\w+ )?(?:platform|roof|rooftop|bridge|cliff|car ?park|multi[- ]?stor\w*|building|tower|balcony|quarry|"
        r"flyover|overpass|viaduct|footbridge)\b(?![^.!?]{0,80}\b(?:photos?|pictures?|selfies?|sunset|views?|scenery|tourists?|"
        r"fireworks|guard|told off|drone|camera)\b)",
        r"\blean(?:ed|ing|t|s)? over (?:the |a )?(?:railing|rail|edge|parapet|balcony|ledge)\b[^.!?]{0,60}\b(?=(?:till|until|til|"
        r"imagin\w*|think\w*|look(?:ing)? down|for ages|for an hour|letting go|let go|falling|fall)\b)\w+",
        r"\b(?:tied|tie|tying|tried|trying|test(?:ed|ing)?|practis\w*|practic\w*|tighten\w*|put|wrapped|knotted)\b[^.!?]{0,40}\b"
        r"(?:belt|rope|noose|scarf|cord|cable|ligature|dressing gown cord)\b[^.!?]{0,40}\b(?:(?:a)?round my neck|"
        r"to the (?:banister|bannister|beam|hook|loft hatch|door ?frame)|just to see|to see if it (?:would )?hold|"
        r"(?:a bit )?(?:more|tighter) each time)(?![^.!?]{0,40}\b(?:hammock|swing|washing|clothes|bike|boat|tent|climb\w*|"
        r"tree ?house|decorations?|lights|bunting|plants?|flags?|costume|to (?:hang|hold|dry|secure|tie) (?:the|a|my|up|some))\b)",
        r"\b(?=(?:know|knew|worked out|work out|calculat\w*|figur\w*|count\w*|wonder\w*|thinking)\b)[\w ]{0,25}?\bhow (?:many|much)\b"
        r"(?: (?:of )?(?:them|those|these|it|(?:my |the |his |her |\w+'s )?(?:\w+ )?" + _MEANS13 + r"))? (?:would be enough|it would take|"
        r"would do it|would kill)\b(?![^.!?]{0,30}\bfor (?:the|a|my|our) (?:trip|holiday|week|month|party|year)\b)",
        r"\b(?=(?:bath|bathtub|tub)\b)\w+[^.!?]{0,60}\b(?:toaster|hair ?dryer|hairdryer|electric heater|extension lead)\b|"
        r"\b(?:toaster|hair ?dryer|hairdryer)\b[^.!?]{0,40}\b(?=(?:into|in) the (?:bath|tub)\b)\w+",
        r"\bunder (?:the )?(?:bath )?water\b[^.!?]{0,60}\bnot (?:come|coming) (?:back )?up\b",
        r"\b(?=(?:keep|kept|been|started|stare|staring|stared|look|looking|looked)\b)\w+ (?:\w+ )?(?=(?:at|into) )\w+ (?:the |my |a |\w+'?s )?"
        r"(?:box of |bottle of |packets? of )?(?:\w+ )?" + _MEANS13 + r"\b(?:[^.!?]{0,40}\b(?=(?:think\w*|imagin\w*|"
        r"how many|enough|wonder\w*|and (?:count\w*|think\w*|wonder\w*))\b)\w+)(?![^.!?]{0,40}\b(?:remember|forgot|forget|"
        r"expir\w*|refill|prescription|took my)\b)",
    ],
    "active_ideation": [
        r"\b(?:suicide|killing myself|ending (?:it(?: all)?|my life|things)|taking my (?:own )?life|unaliving(?: myself)?|kms|ctb)\b"
        r"(?:(?!\b(?:not|never|isn'?t|wasn'?t|no)\b)[^.!?]){0,25}\b(?=(?:seems|feels|is|looks|sounds)\b)\w+\b"
        r"(?:(?!\b(?:not|never|no)\b)[^.!?]){0,20}?\b(?:the (?:only |best |right |easiest |obvious )?"
        r"(?:answer|way out|solution|option|choice|exit|escape)|my only (?:option|way out|choice))\b",
        r"\b(?:ctb|kms|unaliving|sewerslide) (?:thoughts?|urges?|ideation)\b",
        r"\b(?:thoughts?|urges?) (?:about |of |to )(?:ctb|kms|unaliving)\b",
        r"\b(?:ctb|kms|unaliving (?:my ?self|meself)|killing myself|suicide|ending (?:it|my life|things)) (?:is|are) "
        r"(?:always )?all i (?:can )?think about\b",
    ],
    "nssi": [
        r"\b(?=(?:burn\w*|stub\w*|press\w*|hold\w*|held)\b(?:\s+(?!with\b|using\b|against\b)[\w']+){0,5}?\s+(?:my )?"
        + _BODY + r"\b)[^.!?]{0,60}?\b(?=(?:with|using|against) )\w+ (?:a |the |my |some )?(?:cigarettes?|lighters?|matches|"
        r"hot (?:spoon|knife|metal|water|iron)|straighteners|candle)\b" + _ACCIDENT,
        r"\b(?=(?:hit|hits|hitting|bash\w*|smash\w*|beat\w*|whack\w*|punch\w*|slap\w*|thump\w*)\b)\w+ (?:my(?:self)?|my own) (?:in the )?"
        + _BODY + r"\b[^.!?]{0,30}\bwith (?:a |the |my )?(?:hairbrush|brush|belt|ruler|book|stick|bat|shoe|phone|fists?)\b",
        r"\b(?=(?:scratch\w*|pick\w*|dig\w*|carv\w*|gouge\w*|scrap(?:e|ed|es|ing)|rub|rubs|rubb\w*)\b)\w+ [^.!?]{0,40}\b(?=(?:with|using) )\w+ "
        r"(?:a |the |my )?(?:compass|needle|blade|razor|scissors|nail file|ruler|paperclip|knife|broken glass)\b"
        + _ACCIDENT,
    ],
    "passive_wish": [
        r"\bif (?:the |my )?(?:plane|train|bus|car|ferry|coach)\b[^.!?]{0,40}\b(?:crashed|went down|goes down|sank|came off|hit me)\b"
        r"[^.!?]{0,40}\bi (?:wouldn'?t|would not|wouldnt) (?:be (?:sad|upset|bothered|sorry)|mind|care)\b",
    ],
}
for _c, _ps in _EN13.items():
    _PATTERNS[_c].extend(_ps)

# Round twenty-seven (twenty-seventh session, from written probes, docs/quality.md "Risk probes, round
# twenty-seven"): preparation without a death word (passwords left "for after", goodbyes said without the
# others realising, a pet or the children handed over with the reason kept from the one who takes them),
# the future cancelled ("I won't be around to use them", "there won't be an after for me") and a vehicle
# wished to hit me. Everyday reasons (a move, a new job, retiring, a wedding, a barbecue) read none
# (``_PREP_EVERYDAY`` in ``_everyday``; ``_AWAY_REASON`` for "won't be around").
_DEPENDANT = r"(?:cats?|dogs?|pets?|kids|children|son|daughter|rabbits?|hamsters?|kitten|puppy|birds?|horse|tortoise)"
_DEBTS27 = (r"\b(?:paid off|cleared|settled|paying off|clearing|settling|pagu[ée]|dej[ée] pagad[ao]s|sald[ée]|liquid[ée]) "
            r"(?:off )?(?:all |every |the |my |todas |mis |las )*(?:debts?|credit cards?|loans?|overdraft|what i owe|deudas|"
            r"pr[ée]stamos|tarjetas?)\b")
_GIVEN27 = (r"(?:\b(?:giv(?:ing|en)|gave) (?:away )?(?:a lot of |all of |most of |all |most )?(?:of )?my (?:stuff|things|belongings|"
            r"possessions|clothes|books|guitar)\b|\b(?:le di|les di|regal[ée]|di) (?:mi|mis|toda mi) (?:guitarra|ropa|cosas|libros|"
            r"bici|coche|consola)\b)")
_EN27: dict[str, list[str]] = {
    "plan_preparation": [
        # debts settled and possessions given away in one turn, in either order (en, es)
        _DEBTS27 + r"[\s\S]{0,300}" + _GIVEN27 + "|" + _GIVEN27 + r"[\s\S]{0,300}" + _DEBTS27,
        # (review27b) one's own passwords, not the wifi's or "the bank details" sent for after
        r"\bmy (?:\w+ )?(?:passwords?|pin numbers?|log-?ins?|bank details|account details)\b[^.!?]{0,60}\bfor (?:after|afterwards)"
        r"(?=\s*(?:[.!?,;]|$))",
        r"\b(?:saying|said|say) (?:my )?goodbyes? to\b[^.!?]{0,50}\bwithout (?:them|anyone|anybody|people|him|her|any of them) "
        r"(?:even )?(?:realis\w*|realiz\w*|knowing)\b",  # (review27b) not "noticing": slipping out early
        r"\b(?:asked|arranged for|arranging for|got|sorted (?:it )?for) (?:my |our |the )?\w+(?: \w+)? to (?:take|have|keep|look after|"
        r"mind|adopt) (?:my |the |our )?" + _DEPENDANT + r"\b[\s\S]{0,120}?\b(?:(?:she|he|they) (?:has|have) no idea "
        r"(?:why|what (?:it'?s|it is) for)|(?:she|he|they) (?:doesn'?t|don'?t|does not|do not) know (?:why|the real reason|what for)|"
        r"(?:she|he|they) thinks? (?:i'?m|i am) (?:going|just|off|doing|away|travell?ing))"
        # (review27b) not when the real reason is told after it ("but it's a spa day", "it's a surprise")
        r"(?![^.!?]{0,60}\b(?:but it'?s|it'?s (?:a|an|our|my|for)|surprise|anniversary|birthday|proposal|party)\b)",
    ],
    "intent": [
        r"\bwon'?t be (?:around|here|alive) (?:any ?more |anymore )?to (?:use|need|see|enjoy|wear|read|finish|pay|collect|watch|"
        r"open|spend)\b",
        r"\bthere (?:won'?t|wont|will not|isn'?t going to|is not going to) be (?:an? )?(?:after|afterwards|future|tomorrow|"
        r"next (?:year|month|week)) for me\b",  # (review27b) not "a next time": never again
    ],
    "passive_wish": [
        r"\b(?:i'?d|i would|id|i'?d honestly|i would honestly) (?:be |feel )?(?:fine|okay|ok|alright|happy|relieved|glad|grateful|"
        r"not mind)\b[^.!?]{0,20}\bif (?:a|the|some) (?:bus|car|truck|lorry|train|van|tram) (?:hit|hits|ran over|runs over|"
        r"knocked down) me\b",  # (review27b) not "took me": a lift
    ],
}
for _c, _ps in _EN27.items():
    _PATTERNS[_c].extend(_ps)

# Round twenty-seven, second pass (branch riskprobe27b, docs/quality.md "Risk probes, round twenty-seven, second
# pass"): food refused as a punishment of oneself (en es fr pt it de nl pl); hitting oneself against a wall or "until
# it hurts" (de es); a lighter held against one's arm (sv); never to have been born (es pt fr it de nl pl tr sv) and a
# car wished to run me over (pt es it fr); an attempt told in Italian with "ho provato a" ("farla finita" not of
# smoking or a person: "con"/"col" only with a means after it); ideation in texting ("wanna kms", "thinking about
# ctb", "kms fr", "wanting to unalive"; not "got unalived", not "unalive this boss"); the car kept at speed towards a
# wall, a tree or a pillar, "not braking" (en fr).
_PUNISH27B = (r"(?:to punish myself|as (?:a )?punishment|pour me punir|comme punition|en guise de punition|para castigarme|"
              r"como castigo|para me castigar|para me punir|pra me punir|pra me castigar|per punirmi|come punizione|"
              r"um mich (?:selbst )?zu bestrafen|zur strafe|als strafe|om mezelf te straffen|als straf|za kar[eę]|"
              r"zeby sie ukarac|żeby się ukarać|"
              # twenty-eighth session: not deserving food said as the reason ("because I don't deserve food")
              r"(?:because|since|as|cause|cos) i (?:don'?t|do not) deserve (?:to eat|food|it|a meal|anything))")
_NOFOOD27B = (r"(?:starv\w* myself|i (?:don'?t|do not|won'?t|stop|stopped|refuse to) eat\w*|i (?:go|went) without (?:food|eating)|"
              r"i skip\w* (?:meals|food|eating)|je ne mange (?:plus )?(?:rien|pas)|je ne mange plus|je me prive de (?:nourriture|manger)|"
              r"no como(?: nada)?|dejo de comer|me mato de hambre|paso (?:\w+ ){0,2}sin comer|pas[eé] (?:\w+ ){0,2}sin comer|"
              r"passo (?:\w+ ){0,2}sem comer|passei (?:\w+ ){0,2}sem comer|nao como|não como|deixo de comer|passo fome|"
              r"non mangio|salto i pasti|ich esse (?:\w+ ){0,2}nichts|esse ich (?:\w+ ){0,2}nichts|ich hungere|hungere ich|"
              r"ik eet (?:\w+ ){0,2}niets|eet ik (?:\w+ ){0,2}niets|ik hongere|glodze sie|głodzę się|nie jem|"
              r"i (?:haven'?t|have not|hadn'?t) eaten (?:anything )?(?:in|for) (?:\w+ ){0,2}days?)")
_HIT27B = (r"(?:ich schlage mich|schlage ich mich|ich schlag mich|schlag ich mich) (?:selbst|ins gesicht|auf den kopf|"
           r"gegen (?:den kopf|die wand)|mit (?:der faust|den f[äa]usten)|(?:selbst )?bis\b)")
_BORN27B = (r"\bojal[áa] (?:nunca )?no hubiera nacido\b|\b(?:quisiera|querr[íi]a|preferir[íi]a) no haber nacido\b|"
            r"\b(?:queria|quisera|preferia|gostaria de) n[ãa]o ter nascido\b|\bquem me dera n[ãa]o ter nascido\b|"
            r"\bj'aurais (?:pr[ée]f[ée]r[ée]|aim[ée]|voulu) ne (?:jamais|pas) (?:na[îi]tre|[êe]tre n[ée]e?)\b|"
            r"\bsi seulement je n'[ée]tais (?:jamais |pas )n[ée]e?\b|"
            r"\b(?:vorrei|avrei voluto|preferirei|preferivo) non essere (?:mai )?nat[oa]\b|\bse solo non fossi (?:mai )?nat[oa]\b|"
            r"\b(?:ich )?w[üu]nschte?,? ich w[äa]re nie(?:mals)? geboren\b|\bw[äa]re ich (?:doch )?nie(?:mals)? geboren\b|"
            r"\bwas ik (?:maar )?nooit geboren\b|\bik wou dat ik (?:nooit|niet) geboren was\b|"
            r"\b(?:wola[łl](?:a|e)?bym|chcia[łl](?:a|e)?bym) si[eę] nie urodzi[cć]\b|"
            r"\bkeske (?:hi[cç] )?do[gğ](?:mam[ıi][sş] olsayd[ıi]m|masayd[ıi]m|mam[ıi][sş] olsam)\b|"
            r"\bkeşke (?:hi[cç] )?do[gğ](?:mam[ıi][sş] olsayd[ıi]m|masayd[ıi]m|mam[ıi][sş] olsam)\b|"
            r"\bj(?:ag)? önskar (?:att )?jag (?:aldrig )?(?:hade|skulle ha) (?:aldrig )?(?:fötts|blivit född)\b|"
            r"\bjag önskar (?:att )?jag aldrig föddes\b")
_RUNOVER27B = (r"\b(?:queria|quisera|tomara|oxal[áa]) que (?:um|o|uma) (?:carro|autocarro|[ôo]nibus|cami[ãa]o|caminh[ãa]o|comboio|trem) "
               r"me (?:atropelasse|atingisse|matasse)\b|"
               r"\b(?:ojal[áa]|quisiera|quer[íi]a) que (?:un|el) (?:coche|carro|auto|autob[úu]s|cami[óo]n|tren) me "
               r"(?:atropellara|atropellase|arrollara|arrollase|pillara|matara)\b|"
               r"\bvorrei che (?:una|un|il|la|l') ?(?:macchina|auto|autobus|camion|treno) mi (?:investisse|travolgesse|"
               r"mettesse sotto|uccidesse)\b|"
               r"\bj'aimerais (?:qu'une|qu'un|que le|que la) ?(?:voiture|bus|camion|train) me (?:renverse|[ée]crase|percute|tue)\b")
_EN27B: dict[str, list[str]] = {
    "recent_attempt": [
        r"\bho (?:provato|cercato) a (?:uccidermi|ammazzarmi|togliermi la vita|impiccarmi|buttarmi)\b|"
        r"\bho (?:provato|cercato) a farla finita\b" + _FINITA_WITH,
    ],
    "method": [
        r"\b(?:walls?|trees?|pillars?|bridges?|barriers?|lorr(?:y|ies)|trucks?)\b[^.!?]{0,80}\b(?:think\w*|thought|imagin\w*|"
        r"tempted|how easy it would be|wonder\w*)\b[^.!?]{0,40}\b(?:not brak\w*|not (?:to )?brake|keep(?:ing)? my foot down)\b",
        r"\b(?:think\w*|thought|imagin\w*|tempted|how easy it would be|wonder\w*)\b[^.!?]{0,40}\b(?:not brak\w*|not (?:to )?brake|"
        r"keep(?:ing)? my foot down)\b[^.!?]{0,60}\b(?:walls?|trees?|pillars?|bridges?|barriers?|lorr(?:y|ies)|trucks?)\b",
        r"\b(?:mur|arbre|pilier|pont|camion)\b[^.!?]{0,80}\b(?:je me dis|j'imagine|il suffirait|je pense|j'ai envie)\b[^.!?]{0,40}"
        r"\b(?:ne pas freiner|ne plus freiner)\b",
    ],
    "active_ideation": [
        r"(?:^|(?<=[.!?,;])\s*|\bi(?:'?m|'?ve| am| have)? )(?:been |just |really |kinda |lowkey |literally |honestly |still |always |keep )?"
        r"(?:(?:thinking|thinkin|thought) (?:about|of|bout|abt) |(?:wanna|want to|wanting to|wanted to|tryna|gonna|going to|finna) "
        r"(?:just |really |literally |actually )?)(?:kms|ctb|sewerslide|sewer slide|unalive(?: my ?self| meself)?)\b"
        r"(?!\s+(?:this|that|the|him|her|them|you|it|every\w*|some\w*)\b)",
        r"(?:^|(?<=[.!?,;])\s*)kms\s+(?:fr|frfr|for real|no cap|this time|tonight)\b",
    ],
    "nssi": [
        _NOFOOD27B + r"[^.!?]{0,60}" + _PUNISH27B,
        _PUNISH27B + r"[^.!?]{0,60}" + _NOFOOD27B,
        _HIT27B,
        r"\bme (?:doy|pego) (?:golpes|pu[ñn]etazos|cabezazos)[^.!?]{0,30}(?:contra la pared|hasta que (?:me )?(?:duel|sangr|salg)\w*|"
        r"hasta sangrar|a prop[óo]sito|para castigarme)",
        r"\b(?:håller|haller|trycker) (?:jag )?(?:tändaren|tandaren|cigaretten|strykjärnet|strykjarnet)[^.!?]{0,15}\bmot "
        r"(?:armen|huden|handen|låret|laret|benet)\b",
    ],
    "passive_wish": [_BORN27B, _RUNOVER27B],
}
for _c, _ps in _EN27B.items():
    _PATTERNS[_c].extend(_ps)

# Round twenty-eight (riskprobe28): written variants of preparation, attempts and passive wishes.
# A clause that ends after "what I'm going to do" (not "... to say", not "... to do to the kitchen").
# (review28b) Not a clause that goes on to name the act or to excuse it ("forgive me for what I'm about to do: eat the
# last slice", "..., but I have to ask about your salary", "perdóname por lo que voy a hacer, pero necesito contarte"):
# no colon, and no "but" after the comma.
_DO_END28 = (r"(?=\s*(?:[.!?;]|$|,(?!\s*(?:but|pero|mais|ma|mas|aber|maar|however|though|it'?s (?:a|just|only))\b)|"
             r"\b(?:and|y|et|e|und|en)\b))")
# The height of a structure one could jump from, looked up (not a mountain, not for a van, a project or a climb:
# ``_HEIGHT_EVERYDAY28`` in ``_everyday``).
_STRUCTURE28 = (r"(?:bridges?|viaducts?|buildings?|tower(?: block)?s?|block of flats|car ?parks?|multi-storeys?|roofs?|"
                r"balcon(?:y|ies)|cliffs?|puente|viaducto|edificio|torre|azotea|balc[óo]n|acantilado|ponte|viaduto|"
                r"pr[ée]dio|edif[ií]cio|terra[çc]o|varanda|fal[ée]sia|viadotto|palazzo|terrazza|balcone|scogliera|pont|"
                r"viaduc|immeuble|b[âa]timent|toit|falaise|br[üu]cke|hochhaus|geb[äa]ude|turm|dach|brug|viaduct|gebouw|"
                r"dak|wiadukt|wie[żz]owiec|budynek|dach)")  # (review28b) not "most", "flat": English words ("how tall most players are")
# The height of a structure looked up (``_EN28``: method; with the time when no one is about: plan_preparation).
_HEIGHT28 = (
        r"\b(?:looked up|googled|searched|checked|researched|found out|worked out) (?:how (?:high|tall)|the height of)\b[^.!?]{0,40}\b"
        + _STRUCTURE28 + r"\b|"
        r"\b(?:busqu[ée]|mir[ée]|averig[üu][ée]|comprob[ée]) (?:cu[áa]ntos metros (?:tiene|mide)|la altura del?|qu[ée] altura tiene|"
        r"cu[áa]n alto es)\b[^.!?]{0,30}\b" + _STRUCTURE28 + r"\b|"
        r"\b(?:pesquisei|procurei|vi|verifiquei|confirmei) (?:a altura d[oa]|quantos metros tem|qual [ée] a altura d[oa]|"
        r"que altura tem)\b[^.!?]{0,30}\b" + _STRUCTURE28 + r"\b|"
        r"\bho (?:cercato|controllato|guardato|verificato) (?:quanto (?:è|e'|sia) alt[oa]|l'altezza d(?:el|ella|ei|i))\b[^.!?]{0,30}\b"
        + _STRUCTURE28 + r"\b|"
        r"\bj'ai (?:regard[ée]|cherch[ée]|v[ée]rifi[ée]) (?:la hauteur d[ue]|combien mesure)\b[^.!?]{0,30}\b" + _STRUCTURE28 + r"\b")
_UNSEEN28 = (r"(?:when|what time|which (?:night|day|time)|quietest|nobody|no one|no-one|security|cu[áa]ndo|a qu[ée] hora|nadie|"
             r"quando|a que horas?|ningu[ée]m|a che ora|nessuno|quand|[àa] quelle heure|personne|wann|niemand)\b")
_EN28: dict[str, list[str]] = {
    "plan_preparation": [
        # forgiveness asked for an act still to come ("forgive me for what I'm going to do")
        r"\bforgive me for what i'?m (?:about|going) to do\b" + _DO_END28 + "|"
        r"\bperd[óo]n(?:ame|enme|a|e|en)(?: me)? por lo que (?:voy a hacer|estoy a punto de hacer|har[ée])\b" + _DO_END28 + "|"
        r"\bque me perdone(?:n)? por lo que (?:voy a hacer|estoy a punto de hacer|har[ée])\b" + _DO_END28 + "|"
        r"\b(?:(?:me )?perdo(?:e|em|a)(?:-me)?|perd[ãa]o) (?:pelo|por aquilo) que (?:vou fazer|estou prestes a fazer|farei)\b" + _DO_END28 + "|"
        r"\bpardonne(?:z|s)?[- ]moi (?:pour|de) ce que (?:je vais|j'vais|je m'appr[êe]te [àa]) faire\b" + _DO_END28 + "|"
        r"\bqu'(?:il|elle|ils|elles) me pardonne(?:nt)? (?:pour|de) ce que (?:je vais|j'vais) faire\b" + _DO_END28 + "|"
        r"\bperdona(?:temi|mi) per (?:quello|ci[òo]) che (?:sto per fare|far[òo])\b" + _DO_END28 + "|"
        r"\b(?:verzeih|vergib|vergebt|verzeiht)(?:t)? mir,? (?:f[üu]r das,? )?was ich (?:tun|machen) werde\b" + _DO_END28,
        # a goodbye said so that no one understands why (English: ``_EN27``'s "without them realising")
        r"\b(?:dit|dire|dis) (?:adieu|au revoir) [^.!?]{0,50}\bsans qu'(?:ils|elles?|il|on|personne) (?:ne )?(?:comprenne|"
        r"comprennent|se doute|se doutent|le sache|le sachent|devine|devinent|s'en rende|s'en rendent)\b|"
        r"\b(?:despedirme|me desped[íi]|me estoy despidiendo) de\b[^.!?]{0,50}\bsin que (?:nadie |ellos |ellas |(?:lo|la|los|las) )?"
        r"(?:se (?:den|d[ée]|diera|dieran) cuenta|sepa|sepan|supiera|supieran|entienda|entiendan|entendiera|entendieran|sospeche|"
        r"sospechen|sospechara|sospecharan|note|noten|notara|notaran)\b|"
        r"\b(?:me despedi|despedi-me|despedir-me|me despedir) de\b[^.!?]{0,50}\bsem que (?:ningu[ée]m |eles |elas |ela |ele )?"
        r"(?:percebesse|percebessem|perceba|percebam|soubesse|soubessem|entendesse|entendessem|desconfiasse|desconfiassem)\b|"
        r"\b(?:ho salutato|ho detto addio a|sto salutando)\b[^.!?]{0,50}\bsenza che (?:nessuno |loro |lei |lui )?(?:capisse|capissero|"
        r"se ne accorgesse|se ne accorgessero|sapesse|sapessero|sospettasse|sospettassero)\b|"
        r"\b(?:verabschiedet|verabschiede)\b[^.!?]{0,50}\bohne dass (?:sie|er|jemand|es jemand|irgendwer) (?:es |etwas )?"
        r"(?:merkt|merkten|gemerkt hat|ahnt|ahnte|ahnten|versteht|verstand|verstanden|wusste|wussten)\b",
        # a hose fitted to a car's exhaust
        r"\bhose(?:pipe)?\b[^.!?]{0,50}\b(?:fits?|fitted|attach\w*|tape\w*|connect\w*|run\w*|goes) (?:on ?to |onto |to |into |over |on )?"
        r"(?:the |my |a )?(?:car'?s? )?exhaust\b(?![^.!?]{0,60}\b(?:mechanics?|repair\w*|service|mot|garage)\b)|"
        r"\bschlauch\w*\b[^.!?]{0,50}\b(?:auf|an|[üu]ber|in) (?:den|meinen) auspuff\w*|"
        r"\b(?:tuyau|durite)\b[^.!?]{0,50}\b(?:au|sur le|dans le) pot d'[ée]chappement\b|"
        r"\bmanguera\b[^.!?]{0,50}\b(?:al|en el|del) tubo de escape\b|"
        r"\bmangueira\b[^.!?]{0,50}\b(?:ao|no|do) (?:tubo de )?(?:escape|escapamento)\b|"
        r"\btubo\b[^.!?]{0,50}\b(?:alla|sulla|nella) marmitta\b|"
        r"\bslang\b[^.!?]{0,50}\b(?:op|aan|in) de uitlaat\b",
        # the height looked up with the time when no one is about ("and when security does their rounds")
        r"(?:" + _HEIGHT28 + r")[^.!?]{0,80}\b" + _UNSEEN28,
    ],
    "method": [
        # the height of a bridge, a building or a roof looked up (the labelled sets' category for it: method; with the
        # time when nobody is there, plan_preparation above)
        _HEIGHT28,
    ],
    "active_ideation": [
        r"\b(?:make|making|put|putting) an end (?:of|to) (?:everything|it all|my life|myself)\b"
        # (review28b) not a way of life or a part of it ended: "my life of crime", "my life as a smoker", "everything bad
        # in my life"
        r"(?!\s+(?:with|at|for|of|as|bad|wrong|negative|toxic|between|about|related)\b)",
    ],
    "passive_wish": [
        # German "tired of existing" ("ich bin es so müde, zu existieren"; not "müde, zu warten", "leid, so zu leben")
        r"\bich bin (?:es )?(?:so |einfach |echt |total |wirklich )?(?:m[üu]de|leid|satt),? (?:zu )?(?:existieren|leben)\b"
        # (review28b) + nach, von, für...: "nach den Regeln", "von der Hand in den Mund", "für andere"
        r"(?!\s+(?:wie|in|hier|so|mit|ohne|bei|unter|allein|im|nach|von|vom|f[üu]r|auf|als|zwischen|neben|dort|da)\b)",
    ],
}
for _c, _ps in _EN28.items():
    _PATTERNS[_c].extend(_ps)

# Twenty-eighth session (main session's probe): dying as the only way out, and the wish to die that does not
# go away, said as nouns ("Dying seems like the only solution now", "The desire to die never leaves me"); the
# same in other languages: ``risk_use_langs._V28_ASCII``.
_EN28_MAIN: dict[str, list[str]] = {
    "active_ideation": [
        r"\b(?:dying|death|killing myself|ending (?:it(?: all)?|my life)|taking my (?:own )?life)\b (?:just |really |honestly )?"
        r"(?:seems|feels|looks|is|sounds) (?:like )?(?:the|my) (?:only|last|best) (?:way out|solution|option|answer|escape)\b",
        r"\bthe (?:wish|desire|urge|need|longing|pull|want) to (?:die|be dead|kill myself|end (?:it(?: all)?(?!(?: all)? with\b)|my life)|not (?:be here|exist)|"
        r"stop existing)\b[^.!?,;]{0,30}?\b(?:(?:won'?t|will not|doesn'?t|does not) (?:go away|leave me|let (?:me )?go|stop|fade|ease)|"
        r"never (?:goes away|leaves me|lets (?:me )?go|stops|fades|eases)|(?:is|are) always there|"
        r"keeps? (?:getting stronger|growing|coming back)|(?:is|are) getting stronger)\b",
    ],
}
for _c, _ps in _EN28_MAIN.items():
    _PATTERNS[_c].extend(_ps)

# Twenty-eighth session (main session's probe): wanting it all to be over for good, with words between ("I'm so done
# with everything, I just want it to be over for good"); not the exams, a week or a relationship.
_OVER28 = (r"\bi(?:'?d| would)? (?:just |really |honestly |so |only )*(?:want|wish|need)(?:ed)? (?:(?:it all|everything|all of (?:it|this)|"
           r"my life|this life|existing|living) (?:all )?to (?:be over|end|stop)\b|it (?:all )?to (?:be over|end|stop) "
           r"(?:for good|forever|permanently|once and for all)\b)"
           r"(?![^.!?]{0,60}\b(?:relationship|marriage|break ?up|divorce|with (?:him|her|them)|exams?|semester|term|week|shift|"
           r"project|trial|case|contract|job|pain|flight|holiday|meeting|process|season)\b)")
_PATTERNS["passive_wish"].append(_OVER28)

# Round twenty-eight, second pass (riskprobe28b): a wish that one's heart stops ("I hope my heart just gives out"; not
# "stops racing", not a fear of it: "Angst, dass mein Herz stehen bleibt"); which pills would be enough, fr and pt.
_HEART_NOT28B = (r"(?![^.!?]{0,12}\b(?:racing|pounding|hurting|aching|breaking|fluttering|skipping|so fast|beating (?:so|this|that) "
                 r"(?:fast|hard)|rasen|so schnell|tan (?:r[áa]pido|fuerte)|acelerad\w*|de s'emballer|si vite|cos[iì] veloce|"
                 r"t[ãa]o r[áa]pido|zo snel)\b)")
_EN28B: dict[str, list[str]] = {
    "passive_wish": [
        r"\b(?:i (?:just |really )?(?:hope|wish|pray)|hoping|wishing|praying)\b[^.!?]{0,20}\bmy heart (?:will |would |just |simply |"
        r"finally |would just |will just )*(?:stops?|stopped|gives? out|gave out|packs? in|quits?|gives? up)\b" + _HEART_NOT28B + "|"
        r"\b(?:ich )?(?:hoffe|w[üu]nsche (?:ich )?mir|w[üu]nschte)\b[^.!?]{0,30}\bmein herz\b[^.!?]{0,25}\b(?:stehen ?bleibt|stehen ?bliebe|"
        r"aufh[öo]rt zu schlagen|aufh[öo]ren w[üu]rde zu schlagen|versagt)\b" + _HEART_NOT28B + "|"
        r"\b(?:ojal[áa]|espero que|quisiera que|rezo para que)\b[^.!?]{0,20}(?:\bse me (?:pare|parara|detenga|detuviera) el coraz[óo]n|"
        r"\b(?:mi|el) coraz[óo]n (?:se )?(?:pare|parara|detenga|detuviera|deje de latir|dejara de latir))\b" + _HEART_NOT28B + "|"
        r"\b(?:j'esp[èe]re|je prie pour|si seulement)\b[^.!?]{0,20}\bmon c(?:œ|oe)ur\b[^.!?]{0,15}\b(?:l[âa]cher?|l[âa]chera|s'arr[êe]ter?|"
        r"s'arr[êe]tera|arr[êe]te de battre|arr[êe]ter de battre|flancher?)\b" + _HEART_NOT28B + "|"
        r"\b(?:spero|vorrei|prego)\b[^.!?]{0,20}\b(?:il )?(?:mio )?cuore\b[^.!?]{0,15}\b(?:si fermi|si fermasse|smetta di battere|"
        r"smettesse di battere|ceda|cedesse)\b" + _HEART_NOT28B + "|"
        r"\b(?:tomara que|espero que|queria que|rezo para que)\b[^.!?]{0,20}\b(?:o )?(?:meu )?cora[çc][ãa]o\b[^.!?]{0,10}\b(?:pare|"
        r"parasse|deixe de bater|deixasse de bater)\b" + _HEART_NOT28B + "|"
        r"\b(?:ik )?(?:hoop|wou|wens|zou willen)\b[^.!?]{0,20}\bmijn hart\b[^.!?]{0,25}\b(?:mee ophoudt|stopt|stilstaat|stil staat|"
        r"ophoudt met kloppen|stopt met kloppen)\b" + _HEART_NOT28B,
    ],
    "nssi": [
        # a burn or a scratch done on purpose, it es fr pt de ("mi sono bruciata il braccio con l'accendino apposta")
        r"\bmi sono (?:bruciat[oa]|ustionat[oa]|graffiat[oa]|tagliuzzat[oa])\b[^.!?]{0,50}\b(?:apposta|di proposito|volontariamente)\b|"
        r"\bme (?:quem[ée]|ara[ñn][ée])\b[^.!?]{0,50}\b(?:a prop[óo]sito|adrede|queriendo)\b|"
        r"\bje me suis (?:br[ûu]l[ée]e?|griff[ée]e?)\b[^.!?]{0,50}\b(?:expr[èe]s|volontairement|d[ée]lib[ée]r[ée]ment)\b|"
        r"\b(?:me queimei|queimei-me|me arranhei|arranhei-me)\b[^.!?]{0,50}\b(?:de prop[óo]sito|propositadamente|por querer)\b|"
        r"\bhabe mich\b[^.!?]{0,40}\b(?:absichtlich|mit absicht|extra)\b[^.!?]{0,30}\b(?:verbrannt|verbr[üu]ht|gekratzt|aufgekratzt)\b",
    ],
    "method": [
        r"\bje sais (?:exactement |tr[èe]s bien |d[ée]j[àa] )?(?:quels|combien de) (?:m[ée]dicaments|cachets|comprim[ée]s|pilules)"
        r"(?: [^.!?,]{0,20})? (?:suffiraient|suffirait|il (?:me )?faudrait)\b"
        r"(?![^.!?]{0,30}\b(?:soigner|calmer|traiter|soulager|grippe|migraine|douleur|fi[èe]vre|rhume|mal de)\b)|"
        r"\b(?:eu )?sei (?:exatamente |bem |j[áa] )?(?:quais|quantos) (?:comprimidos|rem[ée]dios|medicamentos)"
        r"(?: [^.!?,]{0,20})? (?:bastariam|seriam suficientes|chegariam)\b"
        r"(?![^.!?]{0,30}\b(?:tratar|curar|aliviar|gripe|enxaqueca|dor|febre|constipa[çc][ãa]o)\b)",
    ],
}
for _c, _ps in _EN28B.items():
    _PATTERNS[_c].extend(_ps)

# Twenty-ninth session (riskblind29, from the blind-written ``risk_valid_v29``'s misses): the passive wish that the
# morning not come "for me" or that one's eyes not open again ("I hope the morning just doesn't come for me", "I want
# to close my eyes and never open them again"); not an alarm, a shift, an exam or another day one dreads.
_DREAD29 = (r"(?![^.!?]{0,60}\b(?:exam\w*|test|interview|meeting|deadline|appointment|dentist|presentation|shift|alarm|school|"
            r"work|monday|results|court|hearing|flight|surgery|operation|deliver\w*|parcel|post)\b)"
            # review29: for a span of time or too early ("... never open them again for a whole weekend", "I hope the
            # morning doesn't come for me too early"): tiredness
            r"(?! ?(?:for (?:a |an |the |\d+ |\w+ )(?:whole |full |entire |good |few )?(?:weekend|week|days?|hours?|minutes?|"
            r"while|month|year)s?|(?:too|so|that) (?:early|soon|fast|quickly))\b)")
_EN29: dict[str, list[str]] = {
    "passive_wish": [
        r"\b(?:i (?:just |really |sometimes |secretly )?(?:hope|wish|pray)|hoping|wishing|praying)\b[^.!?]{0,40}\b(?:the )?(?:next )?"
        r"(?:morning|tomorrow|day) (?:just |simply )?(?:doesn'?t|does not|won'?t|will not|wouldn'?t|never) (?:come|comes|arrive|arrives) "
        r"(?:at all )?for me\b" + _DREAD29 + "|"
        r"\b(?:close|shut|closing|shutting) my eyes (?:and|n) (?:just |simply )?(?:never|not) (?:open|opening|have to open) (?:them|my eyes) "
        r"(?:ever )?again\b(?! (?:until|till|til|before)\b)" + _DREAD29 + "|"
        r"\b(?:i (?:just |really )?(?:hope|wish|pray|want)|hoping|wishing)\b[^.!?]{0,30}\b(?:i(?:'d| would| will)? )?never (?:have to )?"
        r"open my eyes (?:ever )?again\b(?! (?:until|till|til|before)\b)" + _DREAD29,
    ],
}
for _c, _ps in _EN29.items():
    _PATTERNS[_c].extend(_ps)

# Thirty-first session (riskblind31, from the blind-written ``risk_valid_v31``'s misses; writers unlike the earlier
# files': older adults, tradesmen, farmers, veterans, paramedics and police, gambling debt, teenagers).
# - passive wish: a fatal accident or a job one does not come home from, met with indifference or hope ("Wouldn't
#   bother me if a wagon took me out", "Wouldn't be the worst thing if the bull got me", "I hope we get a job where I
#   don't make it home", "If I didn't come back from a shift I don't think I'd mind"); the thing that nearly killed one
#   wished to have done so ("I wish the IED had done its job", "half wish I'd gone under the quad", "Should've been me
#   that didn't come back. Wish it had been."); "a wish to die" (so that "I've no wish to die" is read as a denial)
# - an attempt told by its means without a risk word: a gun's barrel in one's mouth, a rope round one's neck, a poison drunk
# - a plan by logistics: helium with a hood ordered, a named drug (sertraline, gabapentin ...) saved up and hidden,
#   affairs settled beside not expecting to see the new year; intent: "no intention of seeing another winter"
_SUBJ31 = r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n])|(?<=\bi )|(?<=\bi've )|(?<=\bive )|(?<=\bi had )|(?<=\bthen ))"
_DRUG31 = (r"(?:sertraline|citalopram|escitalopram|fluoxetine|prozac|mirtazapine|amitriptyline|nortriptyline|venlafaxine|"
           r"duloxetine|quetiapine|olanzapine|lithium|gabapentin|pregabalin|propranolol|diazepam|zopiclone|zolpidem|"
           r"temazepam|lorazepam|codeine|co-?codamol|tramadol|morphine|oxycodone|oxycontin|fentanyl|paracetamol|"
           r"antidepressants|painkillers|sleeping (?:pills|tablets)|sleepers|meds|pills|tablets)")
_EN31: dict[str, list[str]] = {
    "recent_attempt": [
        _SUBJ31 + r"(?:put|held|had|pressed|stuck|shoved) (?:the |a |my )?(?:gun|barrel|muzzle|pistol|rifle|shotgun|revolver)"
        r"(?: barrel)? (?:in|into|to|against|under) my (?:mouth|head|temple|chin)\b",
        # the rope on one's neck (tied to a beam it is a method, as round thirteen reads it)
        _SUBJ31 + r"(?:had|put|tied|got|looped|pulled|tightened) (?:the |a |my )?(?:rope|noose|cord|belt|flex|cable|ligature)"
        r" (?:round|around|on|over) my neck\b"
        r"(?![^.!?]{0,60}\b(?:carry\w*|coil\w*|hoist\w*|pulley|swing|scarf|costume|climb\w*|ladder)\b)",
        _SUBJ31 + r"(?:drank|drunk|swallowed|downed|necked) (?:a |the |some |half (?:a |the )?|most of (?:a |the )?)?(?:whole )?"
        r"(?:(?:bottle|canister|can|tin|cup|glass|jug|mug|capful|bucket)s? (?:of )?)?(?:the )?(?:weed ?killer|bleach|antifreeze|"
        r"anti-freeze|paraquat|sheep dip|pesticide|insecticide|herbicide|rat poison|slug pellets|drain cleaner|paint stripper|"
        r"white spirit|poison(?![- ](?:ivy|oak|sumac|dart|frog|control|cent(?:re|er)|pen|apple|mushrooms?)\b)|roundup|glyphosate)\b"
        r"(?![^.!?]{0,40}\b(?:by accident|by mistake|accidentally|thinking it was|thought it was)\b)",
    ],
    "plan_preparation": [
        r"\bhelium\b(?![^.!?]{0,100}\b(?:balloons?|party|birthday|inflat\w*|blimp|weather)\b)[^.!?]{0,30}\b(?:hood(?! of\b)|bag|mask|tubing)\b"
        r"[^.!?]{0,30}\b(?:arriv\w*|came|comes|coming|ordered|bought|delivered|here|ready|sorted)\b|"
        r"\b(?:ordered|bought|got|getting|ordering|buying|delivered|arriv\w+|comes?|coming)\b[^.!?]{0,20}\bhelium\b"
        r"(?![^.!?]{0,100}\b(?:balloons?|party|birthday|inflat\w*|blimp|weather)\b)[^.!?]{0,30}\b(?:hood(?! of\b)|bag|mask|tubing|regulator)\b",
        r"\b(?:stockpil\w*|saving|saved|hoarding|hoarded|stash\w*|squirrel\w*|putting aside|put aside|keeping back|kept back) "
        r"(?:up |away |back )?(?:all |some |a few )?(?:of )?(?:my |the |mum'?s |mom'?s |dad'?s |nan'?s )?" + _DRUG31 + r"\b"
        r"(?![^.!?]{0,60}\b(?:pharmac\w*|chemist|prescription|repeat|holiday|trip|travel\w*|run out|running out)\b)"
        r"(?=[^.!?]{0,80}\b(?:socks?|under (?:my|the) (?:bed|mattress|floor\w*)|drawer|tin|jar|box|hid\w*|instead of taking|"
        r"not taking|for (?:like |about |nearly |over |the (?:last|past) )?(?:\d+|a few|a couple of|two|three|four|five|six|several) "
        r"(?:weeks|months)|got (?:about |like |around |nearly |over |maybe )?\d+|\d+ (?:of them|now|so far|ish)))",
        r"\b(?:(?:put|got|sorted|set) (?:all )?my affairs in order|(?:changed|made|updated|rewrote|redone|re-?did) my will|"
        r"(?:the|my) will is (?:with|at|in))\b"
        r"(?=[\s\S]{0,300}\b(?:do not|don'?t|dont|won'?t|will not|shan'?t) (?:expect to |plan to |intend to )?(?:see|be here for|"
        r"be around for|make it to|be here at|be around at) (?:the new year|christmas|easter|(?:another|the next|next) (?:winter|"
        r"christmas|year|spring|summer|birthday)|my (?:next )?birthday)\b)"
        r"(?![\s\S]{0,400}\b(?:oncolog\w*|prognosis|consultant|doctors? (?:say|said|says|gave|give)|weeks to live|months to live|"
        r"terminal\w*|hospice|palliative|cancer)\b)",
    ],
    "intent": [
        r"\b(?:no|not the slightest|have no|don'?t have (?:any|the)|do not have (?:any|the)) intention of (?:seeing|living (?:to see|"
        r"through|past)|making it (?:to|through)|being (?:here|around|alive) (?:for|at|by|in)) (?:another|the next|next|the new|"
        r"this|one more) (?:winter|christmas|year|spring|summer|autumn|birthday|new year)\b",
    ],
    "passive_wish": [
        r"\b(?:wouldn'?t|would not|wouldnt) (?:be the worst thing|bother me|upset me|be a bad thing|be so bad|trouble me)\b"
        r"[^.!?]{0,25}\bif (?:the|a|an|some|that|one of (?:the|them|those)) [\w-]+(?: [\w-]+)? (?:got|gets|took|takes|hit|hits|"
        r"killed|kills|ran|runs|crushed|crushes|finished|finishes|flattened|flattens) me\b"
        r"(?! (?:off|out) (?:the|of|for|to|from|my)\b| (?:up|back|with|home|along|round|to|for|in|into)\b)(?: out| over| off| down)?\b",
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\b[^.!?]{0,40}\b(?:i|we) (?:don'?t|do not|won'?t|never|wouldn'?t|didn'?t) "
        r"(?:make it|come|get) (?:home|back)\b(?=\s*(?:[.!?,;]|$|again|alive|one day|some day|from (?:a|one|this|that|the) "
        r"(?:shift|job|call|tour|run)))",
        r"\bif i (?:didn'?t|did not|don'?t|never|wasn'?t to|weren'?t to) (?:make it|come|get) (?:home|back)\b"
        r"(?! (?:in time|on time|before|until|till|for (?:tea|dinner|lunch|christmas)))[^.!?]{0,40}\b(?:i )?(?:wouldn'?t|would not|"
        r"don'?t think i'?d|doubt i'?d|not sure i'?d|honestly wouldn'?t) (?:\w+ )?(?:mind|care|be (?:too |that |all that )?"
        r"(?:bothered|upset|sad|sorry))\b",
        r"\bwish(?:ed)? (?:the|that|this) (?:[\w-]+ ){1,2}?(?:had|'d|would have|would've) (?:finished me(?: off)?|"
        r"got me|taken me|killed me)\b(?!\s+(?:a|an|the|some|one|two|my|his|her|tickets?|in|into|out|home|there|back|up)\b)|"
        # review31: "done its job" only of something that can kill (not the dishwasher or the plumber)
        r"\bwish(?:ed)? (?:the|that|this) (?:[\w-]+ )?(?:ied|bomb|mine|bullet|round|shot|gun|blast|explosion|grenade|crash|"
        r"car|lorry|truck|train|bus|cancer|tumou?r|overdose|pills|tablets|rope|noose|fall|stroke|heart attack|accident|"
        r"bull|tractor|quad|fire|sea|river|tumble|surgery|op|operation|virus|covid) (?:had|'d|would have|would've) done its job\b",
        r"\bshould(?:'ve| have| of) been me\b[^.!?]{0,30}\b(?:didn'?t (?:come back|come home|make it|survive)|died|got killed|"
        r"was killed)\b[.!?]?\s*(?:i )?(?:\w+ )?wish(?:ed)? (?:it )?(?:had|'d|was)\b|"
        r"\bwish(?:ed)? it (?:had|'d) been me\b[^.!?]{0,20}\b(?:that|who|instead)\b[^.!?]{0,20}\b(?:died|didn'?t (?:come back|"
        r"make it|survive)|got killed|was killed)\b",
        r"\b(?:wish(?:ed)?|wishes) i(?:'d| had| would have|'d have) (?:gone under|died|been killed|been crushed|not survived|"
        r"not (?:made it|come) out|drowned|not woken up|not been found)\b"
        r"(?! (?:the radar|the knife|of (?:laughter|embarrassment|shame|boredom)|laughing|out)\b)",
        r"\bwish to (?:die|be dead)\b",
    ],
    "active_ideation": [
        # only after a negation, so that "im not gonna kms dw" is read as a denial (a bare "gonna kms" is often hyperbole)
        r"(?:(?<=\bnot )|(?<=\bnever )|(?<=\bdont )|(?<=\bdon't )|(?<=\bwont )|(?<=\bwon't ))(?:gonna|going to|wanna|want to) kms\b",
    ],
    "nssi": [
        # a tool taken to one's own body ("I've been taking the fencing pliers to my own hand", "took a Stanley knife to my
        # forearm"); not to one's hair, a car or a hedge
        r"\b(?:tak(?:e|es|ing)|took|taken) (?:a|the|my|his|dad'?s) (?:[\w-]+ ){0,2}?(?:knife|knives|blade|razor|pliers|scissors|"
        r"lighter|hammer|belt|compass|pin|needle|sharpener|glass|nail file|scalpel|cutter|box cutter|secateurs|wire brush|"
        r"sandpaper|iron|tongs|straighteners) to my (?:own )?(?:arms?|wrists?|thighs?|legs?|skin|hands?|forearms?|stomach|"
        r"face|chest|fingers?|body|hips?|ankles?)\b",
    ],
    "method": [
        # walking, wading or driving into water, a pit or traffic, thought of with what it would do ("I think about walking
        # into the slurry pit. It'd be quick"); not a swim, a paddle or a walk
        r"\b(?:think\w*|thought|wonder\w*|imagin\w*|pictur\w*|consider\w*)\b[^.!?]{0,40}\b(?:walk\w*|wad\w*|stepp?\w*|jump\w*|"
        r"driv\w*|throw\w* myself|go(?:ing)?) (?:into|in|off|in front of|under) (?:the |a )?(?:slurry (?:pit|lagoon|tank|store)|sea|"
        r"river|loch|lake|reservoir|canal|quarry|estuary|weir|dam|traffic|motorway|silage clamp|grain (?:bin|silo))\b"
        r"(?![^.!?]{0,30}\b(?:swim\w*|paddl\w*|dip|surf\w*|fish\w*|holiday|for a walk)\b)"
        r"(?=[\s\S]{0,80}\b(?:quick|easy|over|end|never come back|nobody would|no one would|not come (?:back|out)|peaceful|"
        r"painless|die|dead|for good|take me)\b)",
        # a means said to be a peaceful or quick way to go ("would insulin be a peaceful way to go?")
        r"\b(?:insulin|pills|tablets|an overdose|overdosing|hanging|drowning|carbon monoxide|helium|gas|jumping|the exhaust|"
        r"painkillers|paracetamol|morphine|sleeping (?:pills|tablets)|a gun|the gun|the shotgun|the rifle|the train|the bridge) "
        r"(?:be|is|would be|'d be|are) (?:a |the )?(?:most )?(?:peaceful|painless|quick|quiet|easy|gentle|sure|quickest|easiest) "
        r"(?:way|ways) (?:to go|to die|to end it|out)\b(?![^.!?]{0,20}\b(?:for|to) (?:him|her|them|my \w+|his|their|a \w+)\b)"
        # review31: a way to go somewhere or out of a place ("the quickest way to go to Leeds", "way out of town")
        r"(?! (?:to|there|home|into|via|by|from|of(?! (?:this|my|it all) ?(?:life|world|misery|pain|mess)?\b)|through|round|around|"
        r"back|about|in|on|with)\b)",
    ],
}
_EN31["plan_preparation"].append(
    # a pet rehomed and then "nothing keeping me" ("Found a lovely couple to take Biscuit. Told them I'm moving abroad,
    # which isn't true. He goes Friday and then there's nothing keeping me"); not a move to another town or job
    r"\b(?:found (?:a (?:\w+ )?(?:home|couple|family)|someone|somebody|a new home) (?:to take|for)|rehom\w*|gave away|given away|"
    r"giving away)\b[\s\S]{0,200}?\bnothing (?:keeping|holding|left for) me\b(?: here)?"
    r"(?! (?:in|from|at) (?:this|the|that) (?:town|city|village|country|area|job|place|house|flat)\b)(?=\s*(?:[.!?,;]|$|now|anymore|any more))")
_EN31["intent"].extend([
    # death told as a deadline ("I'll be dead by Monday. The bookies can chase that."); not dead on one's feet, tired,
    # or killed by someone else ("mum will kill me, I'll be dead by Monday")
    r"\b(?:i'?ll|ill|i will|i'?m gonna|i'?m going to) be (?:dead|gone|six feet under) (?:by|before|come) (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|the end of the (?:week|month)|next week|christmas|"
    r"new year|my birthday)\b(?![^.!?]{0,30}\b(?:on my feet|tired|knackered|exhausted|lol|haha|jk|if)\b)",
    # "I'm doing it soon" after a death word that names what "it" is ("what happens to your pension if you die by suicide?
    # Only I'm doing it soon"); the match starts at the death word
    r"\b(?:suicide|kill(?:ing)? myself|die|dying|end(?:ing)? (?:it|my life)|take my (?:own )?life)\b[\s\S]{0,120}?"
    r"\b(?:i'?m|im|i am) (?:doing|going through with) it (?:soon|tonight|tomorrow|this (?:week|weekend)|on (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday))\b",
])
_EN31["passive_wish"].append(
    # "I'd be quite content not to wake up one of these mornings"
    r"\b(?:content|happy|glad|relieved|fine|okay|ok|ready|pleased) (?:enough )?(?:just )?(?:not to|to not|never to) (?:wake up|wake(?! up))"
    r"(?! (?:early|before|until|till|til|for|on|at|in the night)\b)")
_EN31["recent_attempt"].append(
    # found by someone with the means still there ("my sergeant found me in the car in the woods with the engine going and
    # the windows taped"); not after a fall, a fit or a hypo
    r"\bfound me\b(?![^.!?]{0,100}\b(?:fall|fell|fit|seizure|hypo|diabetic|fainted|collapsed)\b)[^.!?]{0,60}\b(?:engine (?:running|going|on)|hose\b|exhaust|windows? taped|noose|hanging(?! (?:around|about|out|on|up|off)\b)|not breathing|"
    r"with (?:the |a )?(?:rope|pills|tablets|empty (?:packets|bottles?|boxes)))"
    r"(?![^.!?]{0,40}\b(?:fall|fell|fit|seizure|hypo|diabetic|fainted|collapsed)\b)")
for _c, _ps in _EN31.items():
    _PATTERNS[_c].extend(_ps)
# riskblind32: a birthday or a holiday one will not live to see, said to be one's own choice ("not gonna make it to my
# 30th and thats my choice"); not a party or a trip missed ("not going to make it to my 30th party, my choice to work")
_PATTERNS["intent"].append(
    r"\b(?:not|never) (?:gonna|going to|gunna) (?:make it to|see|be (?:here|around) (?:for|by|at)) (?:my |next |this )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)|birthday|bday|christmas|xmas|new year|graduation)\b"
    r"(?! (?:party|dinner|drinks|do|celebration|bash|meal|trip|gig|lunch)\b)[^.!?]{0,40}\b(?:my (?:own )?(?:choice|decision)|"
    r"i'?ve decided|i decided|by choice)\b")

# Chinese (and Russian) phrasings: matched case-sensitively, since the guards only take ASCII
# literals from case-insensitive patterns; ``possible`` reaches them through ``CUES_RAW``.
_CJK: dict[str, str] = {
    "recent_attempt": r"(?:吞了|吃了)(?:一整瓶|一整盒|所有的?|全部的?)药|(?:上周|昨天|前几天|前天|上个月)[^。，！？]{0,6}(?:试过|尝试|试图)(?:上吊|自杀|跳楼|割腕)|"
                      r"пыталась? (?:покончить|повеситься|отравиться)",
    "plan_preparation": r"遗书|遺書|(?:东西|東西)都送|送给了|致死|(?:攒|存|囤)了[^。，！？]{0,6}药|(?:查|搜)了[^。，！？]{0,10}(?:多少|致命|死)|"
                        r"прощальн\w* письм",
    "intent": r"(?:已经)?决定了[^。！？]{0,15}(?:结束|自杀|死)|今晚[^。！？]{0,8}(?:自杀|结束)|结束一切|"
              r"(?:я )?(?:покончу|убью себя)",
    "method": r"吃多少[^。！？]{0,4}(?:才够|会死)|(?:想|会想)(?:着)?跳下去|想跳楼|安眠药[^。！？]{0,15}(?:够|多少)",
    "active_ideation": r"想(?:要)?(?:结束|了结)自己的生命|(?<!不)想死(?!你|您|他|她|它|我了)|自杀的念头|想自杀|想要自杀|"
                       r"думаю о том,? чтобы покончить|хочу умереть|покончить с собой",
    "nssi": r"割(?:自己|手|腕|伤)|烫自己|(?:故意)?伤害自己|自残|划(?:自己|手)|режу себе|порезы",
    "passive_wish": r"不要再醒|不想(?:再)?醒|(?:没有我|沒有我)[^。！？]{0,10}(?:更好|好过)|活着没有(?:任何)?意义|从来没有出生|不想活|"
                    r"не проснуться|лучше без меня",
}
_CJK_COMPILED = {c: re.compile(p) for c, p in _CJK.items()}
# riskblind34c: "要不" (how about) and "不如" (might as well) are no negation ("要不我亲手结束这一切算了")
# riskblind36a: "不知道 / 不清楚 / 不确定" (I don't know whether) negates nothing ("不知道烧炭会不会很难受")
_CJK_NEG = re.compile(r"(?:没有|沒有|没|(?<!要)不(?!如|知道|晓得|曉得|清楚|确定|確定)|不会|从不|并不|从来没|冇|唔)[^，。！？,.!?]{0,3}$")
# riskblind34c: "我爸 / 我妈 ..." (my father, my mother) is a third person ("我爸最近总说活着没意思"); riskblind34: also
# "老妈 / 俺妈", traditional "我媽" and the grandparents, not after "to / with / for" ("给我妈打电话")
_CJK_SUBJECT = re.compile(r"(?<![给跟和对向把給對])(?:我|俺|老)(?:妈|媽|爸)(?![妈媽爸])|"
                          # riskblind36a: a pupil or a student (not "I am a student"), Cantonese father and mother
                          r"(?<!是)(?<!是个)(?<!是個)(?:学生|學生)(?!时|時)|(?<![给跟和对向把給對俾同])(?:阿爸|阿媽|阿妈|老豆|老竇|阿爺|阿嫲)|"
                          r"(?<![给跟和对向把給對])我(?:爸|妈|媽|哥|姐|弟|妹|爷爷|爺爺|奶奶|外婆|外公)|"
                          r"媽媽|奶奶|爷爷|爺爺|外婆|姥姥|我(?!们)|她|他|朋友|儿子|女儿|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|同学|同事|主角|人物|闺蜜|老公|老婆|男朋友|女朋友|室友|表哥|表姐|表妹|表弟")
_CJK_FRAME = re.compile(r"小说|电影|书里|这本书|新闻|报道|研究|论文|志愿者|热线|预防|培训|主角|"
                        # riskblind35b: a series' heroine or hero, a pharmacist's reminder, a Japanese detective story and its characters
                        r"那部剧|這部劇|那部劇|这部剧|女主|男主|剧情|劇情|药师|藥師|药剂师|藥劑師|小説|推理|登場人物")
_CJK_PAST = re.compile(r"(?:\d+|[一二三四五六七八九十几多]+)年前|小时候|以前|曾经|"
                       # riskblind34: "those years" as the time ("那几年天天想死，现在回头看，幸好挺过来了")
                       r"那(?:几|幾)年|那段(?:时间|時間|日子)|那些年|"
                       # riskblind33: school or university days as the time ("高中的时候我会伤害自己")
                       r"(?:高中|初中|中学|大学|上学|读书|念书|國中|中學|大學|讀書)的(?:时候|時候)|"
                       # riskblind30b: Russian years ago, in childhood or at school ("десять лет назад я пыталась ...")
                       r"(?:\d+|\w+) (?:лет|год|года) назад|в детстве|в юности|в школе|когда-то|"
                       # riskblind32: an age told as the time ("в 19 лет я пыталась ...", "когда мне было 16")
                       r"\bв (?:\d{1,2}|\w+надцать|двадцать) (?:лет|год|года)\b|когда мне было (?:\d{1,2}|\w+)")
_CJK_RECOVERED = re.compile(r"现在[^。！？]{0,4}(?:很好|好了|好多了|没事)|已经走出来|"
                            # riskblind36a: self-injury given up, a clean anniversary ("戒掉自残两周年打卡")
                            r"(?:戒掉|戒了|已戒|戒断|戒斷)(?:了)?(?:自残|自殘|自伤|自傷|划手|劃手)|(?:自残|自殘|自伤|自傷)(?:已经|已經)?戒(?:了|掉)|"
                            # riskblind34: got through it at last ("幸好挺过来了", "總算熬過來了")
                            r"(?:幸好|还好|還好|终于|終於|总算|總算|已经|已經)(?:还是|還是)?(?:挺|熬|撑|撐)(?:过来|過來)了|"
                            # riskblind33: not so for many years ("现在已经好多年没这样了")
                            r"(?:好多|很多|好几|好幾|多)年(?:都)?(?:没|沒)(?:有)?(?:这样|這樣|再)|"
                            r"сейчас[^.!?;\n]{0,15}(?:всё|все) (?:хорошо|в порядке|нормально)|давно (?:прошло|позади)")


# Cues that are not a disclosure on their own (legacy "low"), and the second stage's trigger.
WEAK = re.compile(
    r"\b(?:hopeless|worthless|a burden|burden to|empty inside|numb|no point|give up|can'?t do this|"
    r"shouldn'?t be here|disappear|sin esperanza|hoffnungslos|sans espoir|sem esperança|senza speranza|"
    r"die|dying|dead|death|kill\w*|suicid\w*|hurt|harm|cut\w*|overdose|pills|end it|morir|mourir|sterben|morrer|"
    r"morire|vivre|leben|vivir|viver|vivere)\b", _I)

for _c, _ps in risk_en31c.PATTERNS.items():  # riskblind31c: other Englishes' phrasings (``risk_en31c``)
    _PATTERNS[_c].extend(_ps)
for _c, _ps in risk_en33.PATTERNS.items():  # riskblind33b: more Englishes' phrasings (``risk_en33``)
    _PATTERNS[_c].extend(_ps)
for _c, _ps in risk_en34b.PATTERNS.items():  # riskblind34b: self-injury and the rest in plain words (``risk_en34b``)
    _PATTERNS[_c].extend(_ps)
for _c, _ps in risk_nssi35.PATTERNS.items():  # riskblind35a: self-injury in plain words, en and Latin scripts (``risk_nssi35``)
    _PATTERNS[_c].extend(_ps)
for _c, _ps in risk_en36b.PATTERNS.items():  # riskblind36b: plans, methods, intent, wishes without death words (``risk_en36b``)
    _PATTERNS[_c].extend(_ps)
_COMPILED: list[tuple[str, re.Pattern]] = [(c, re.compile("|".join(f"(?:{p})" for p in ps), _I))
                                           for c, ps in _PATTERNS.items()]
ANY = re.compile("|".join(f"(?:{p})" for ps in _PATTERNS.values() for p in ps), _I)

# -- reading a match in its sentence ---------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?;\n]*(?:[.!?;\n]+|$)")
_NEG = re.compile(
    r"(?:\b(?:not|never|no|nor|without|nothing like|no longer|hardly|nicht|nichts|keine?|nunca|jamais|pas|non|nie|niet|"
    # riskblind30b: the negative determiners of fr nl it pt es ("j'ai aucune envie de mourir", "geen zin om dood te gaan")
    r"aucune?|geen|nessuna?|nessun|nenhuma?|ninguna?|ning[uú]n|"
    # riskblind31b: the Arabizi negation of Levantine and Egyptian chat ("ana mesh suicidal wallah")
    r"mesh|mish|mush|msh|"
    # riskblind36a: Quebec "pu" (no longer) before a wish ("j'ai pu envie de mourir")
    r"pu(?=\s+(?:envie|le go[uû]t)\b|\s*$)|"
    r"não|nao|mai|ni|dont|cant|wont|didnt|doesnt|isnt|wasnt|wouldnt|couldnt|havent|hasnt|hadnt|aint)\b|(?<=\w)n't\b)"
    r"(?:\s+(?!but\b|and\b|so\b|because\b|though\b|then\b)[\w']+){0,4}\s*$", _I)
_NEG_AFTER = re.compile(r"^[^.!?]{0,25}\b(?:or anything|or whatever|nothing like that)\b|"
                        r"^[^.!?]{0,40}\b(?:and|but) i (?:honestly |truthfully )?said no\b", _I)
_FIRST = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine|yo|je|j'|ich|eu|io|mi|me|mich|mir|moi)\b|\bj'|"
                    r"\b\w+(?:rme|rmi)\b", _I)
_THIRD = re.compile(
    r"\b(?:he|she|they|he's|she's|they're|him|her|his|them|himself|herself|themselves|someone|somebody|people|anyone|"
    r"person|friend|mate|son|daughter|brother|sister|mum|mom|mother|dad|father|husband|wife|partner|boyfriend|"
    r"girlfriend|roommate|flatmate|coworker|colleague|client|student|patient|child|kid|teen|teenager|cousin|"
    r"uncle|aunt|grandfather|grandmother|grandad|grandma|neighbour|neighbor|boy|girl|man|woman|singer|character|"
    r"villain|heroine|hero|protagonist|who|mi (?:hermano|hermana|hijo|hija|amig[oa])|ma (?:meilleure )?amie|"
    r"mon (?:fils|ami|frère)|mein\w* (?:freund\w*|bruder|schwester|sohn|tochter)|minha amiga|meu amigo|"
    r"mio figlio|mia figlia|il mio amico|la mia amica|dice|dit|sagt|falou|diz|ha detto|elle|il|ella|él|er|sie|ele|ela|lui|lei|"
    r"brat|siostra|syn|c[oó]rka|mama|tata|m[aą][zż]|[zż]ona|przyjaci\w*|kole[zż]an\w*|kolega|m[oó]wi|powiedzia\w*|"
    r"mijn (?:vriend\w*|broer|zus|zoon|dochter)|zegt|zij|hij)\b", _I)
_PAST = re.compile(
    r"\b(?:years? ago|a decade ago|decades? ago|long (?:time )?ago|when i was (?:a |an )?(?:kid|child|teen\w*|younger|little|"
    r"\d+|in)|as a (?:teen\w*|kid|child)|in (?:high school|secondary school|university|college|my (?:teens|twenties|"
    r"thirties|youth))|back in|back then|in the past|at (?:1\d|2\d)\b|in (?:19|20)\d\d|since then|"
    r"(?:\d+|many|several|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years|"
    r"when i was (?:(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\w*)|"
    r"hace (?:\d+|dos|tres|cinco|diez|muchos) a[ñn]os|h[áa] (?:\d+|dois|tr[eê]s|cinco|dez|muitos) anos|"
    r"vor (?:\d+|zwei|drei|f[üu]nf|zehn|vielen) jahren|(?:\d+|dieci|due|tre|cinque|molti) anni fa|"
    r"il y a (?:\d+|deux|trois|cinq|dix) ans|(?:\d+|dwa|trzy|pi[eę][cć]|dziesi[eę][cć]|wiele|kilka|kilkana[śs]cie|par[eę]|sze[śs][ćc]|siedem|osiem) lat temu|jaren geleden|for years now|long time since|a long time|"
    r"anni fa|hace años|vor jahren|anos atrás|há anos|il y a (?:\d+|dix|des) ans|"
    r"(?:много |несколько |\d+ )?лет назад|в юности|в детстве|قبل سنوات|منذ سنوات|सालों पहले|बरसों पहले|"
    r"latami|dawno temu|da ragazz[oa]|da giovane|de adolescente|quando era (?:adolescente|jovem|mais nov[oa]))\b|"
    r"昔は|何年も前|若い頃|学生の頃", _I)
_RECOVERED = re.compile(
    r"\b(?:in recovery|recovered|that passed|not there anymore|got help|free of (?:that|it)|"
    # clean for months, unless the sentence says it ended ("3 months clean and relapsed on Sunday")
    r"(?:(?:years|months) clean|clean for (?:\d+|many|several|a few|over) (?:years|months))(?![^.!?]{0,40}\brelaps)|stable|ormai sto bene|ora sto bene|aujourd'hui je vais|hoy estoy bien|hoje estou bem|heute geht es mir gut|dzi[sś] jestem|celebrating being alive|life is (?:genuinely )?good|behind me|i'?m (?:in )?a (?:much )?better place|"
    r"je vais (?:beaucoup )?mieux|ça va mieux|sto bene|estou bem|estoy bien|es geht mir (?:wieder )?gut|nu gaat het goed|"
    r"jestem w dobrym miejscu|сейчас вс[её] хорошо|теперь вс[её] хорошо|الآن أنا بخير|अब मैं ठीक)\b|今は元気|今は大丈夫", _I)
_RECENT = re.compile(
    r"\b(?:again|last (?:week|night|month|weekend|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|(?<!ago )(?:today|tonight|this (?:week|morning|month|weekend))|lately|recently|(?:days?|weeks?) ago|"
    r"(?:two|three|four|few|couple of) (?:days|weeks) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|relapsed|right now|earlier)\b", _I)
_USED_TO = re.compile(r"\bused to\b[^.!?]{0,15}$", _I)
_FRAME = re.compile(
    r"\b(?:in the (?:book|novel|film|movie|show|series|game|story|play|documentary|podcast|article|news)|"
    r"(?:book|novel|film|movie|documentary|podcast|article|study|report|lecture|seminar|module|essay|story|"
    r"dissertation|thesis|coursework|poems?|plot)\b[^.!?]{0,20}\b(?:i'?m|about|on|says?|said|covered|where|has|was|"
    r"looks at|explores|examines)\b|novela|protagonista|ksi[aą][zż]\w*|powie[sś]\w*|bohater\w*|"
    r"clinicians?|researchers?|schulung|ehrenamt\w*|telefonseelsorge|\w*pr[äa]vention|"
    r"(?:writing|reading|researching|studying) (?:a |my |an |the )?(?:short )?(?:story|novel|dissertation|essay|thesis|"
    r"coursework|book|study)|for my (?:class|course|coursework|essay|dissertation|thesis|module|exam|research|"
    r"psychology|nursing)|the (?:main )?(?:character|heroine|villain|protagonist)|news|prevention|awareness|"
    r"training|volunteer\w*|peer support\w*|first aider|workshop|campaign\w*|support group|crisis line|"
    r"gatekeeper|listener|charity|pharmacology|toxicology|in (?:class|lecture|the lecture)|chatbot|template|roman|romanzo|livro|libro|libri|película|film|pr[äa]vention|"
    # riskblind35a: theses, workshops and talks in de fr pt es it ("Für meine Bachelorarbeit untersuche ich ...", "un atelier pour
    # les profs sur les signes d'automutilation", "uma palestra sobre autolesão")
    r"bachelorarbeit|masterarbeit|doktorarbeit|seminararbeit|hausarbeit|atelier|ateliers|sensibilisation|palestras?|oficinas?|"
    # riskblind36a: a script and its character ("Pour mon scénario, le personnage écrit des lettres d'adieu")
    r"sc[ée]nario|personnage|sceneggiatura|personaggio|guion|gui[óo]n|roteiro|drehbuch|"
    r"talleres|taller|charlas?|conferencias?|laboratori[oa] per|formazione|fortbildung|workshops)\b", _I)


# Someone else's threat or intent against the speaker, just before a match whose first person is
# only the object of its infinitive ("mein Mann hat mir gedroht, mich umzubringen", "il veut me tuer",
# "ella quiere matarme", "lui vuole uccidermi"): the killing is the other's, the speaker is its target
# (a disclosure of abuse, not of suicidal thinking), the threat or wish a few characters before the match
# ("gedroht, ", "amenazó con ", "menacée de "), no further: "siento una amenaza constante y quiero matarme"
# stays a disclosure. "Ich habe gedroht, mich umzubringen" and "je veux
# me tuer" stay disclosures: the threat or the wish is the speaker's.
_AGAINST_ME = re.compile(
    r"\b(?:hat (?:mir )?(?:damit |schon )?gedroht|(?:hatte|hätte) mir (?:damit |schon )?gedroht|droht\b(?: mir)?|"
    r"(?:drohte|drohten|drohen) mir|me (?:ha |había )?amenaz\w*|amenaz(?:ó|a)\b|ha amenazado|m'a menac[ée]e?|"
    r"m'avait menac[ée]e?|(?:il|elle) (?:a |avait )?menac[ée]|me menace\w*|me amea[çc]\w*|amea[çc](?:ou|a)\b(?:-me)?|"
    r"mi (?:ha |aveva )?minacciat[oa]|(?:ha|aveva) minacciat[oa]|mi minacci\w*|minaccia\b|threaten(?:ed|s|ing)? me|"
    r"(?:er|sie|il|elle|él|ella|ele|ela|lui|lei|he|she|they) (?:will|wollte|wollen|quiere|quer[ií]a|veut|voulait|quer|"
    r"queria|vuole|voleva|va a|vai|wants? to|wanted to)|"
    # twenty-ninth session: a person named by a possessive ("Mein Vater will mich umbringen", "Mi padre quiere matarme")
    r"(?:mein(?:e|er)?|dein(?:e|er)?|unser(?:e)?|mi|mis|mon|ma|mes|meu|minha|il mio|la mia) (?:\w+ ){1,2}(?:will|wollte|wollen|"
    r"wird|werden|quiere|quer[ií]a|veut|voulait|va|quer|queria|vuole|voleva|vai))\b[^.!?]{0,12}$", _I)
_OBJECT_CLITIC = re.compile(r"\b(?:mich|me)\b|\b\w+(?:rme|rmi)\b", _I)
_SPEAKER_SUBJECT = re.compile(r"\b(?:ich|je|j'|yo|eu|io|i|myself)\b", _I)

# Round twelve (fifteenth session): everyday words read in their sentence. Kept apart from ``_PAST``,
# ``_RECOVERED`` and ``_RECENT``, which are also the learned stage's features (``risk_model``): these
# only decide stage one's reading.
# - an injury met by accident: the thing it was met on ("on a fence", "on the oven tray"), the task or
#   sport it came with ("shaving", "chopping onions", "lifting the sofa"), or said outright ("by
#   accident", "clumsy"); Spanish and Portuguese likewise ("cocinando", "cortando cebola"). Read only
#   for self-injury (``classify``), and never when the turn says it was meant, hidden or lied about
#   ("on purpose", "told the nurse I caught it on a nail", "they're not from the cat").
_ACCIDENTAL = re.compile(
    r"\b(?:on|off|from) (?:a |an |the |some |that |this |our |his |her |my \w+'s )?(?:\w+ ){0,2}?"
    r"(?:fence|nails?|gate|(?:barbed )?wire|stove|hob|oven(?: tray)?|baking tray|tray|pan|kettle|iron|radiator|toaster|grill|"
    r"bbq|barbecue|broken glass|glass|tin|can|lid|paper|rocks?|shells?|brambles|thorns?|nettles|rose ?bush|roses|step|"
    r"steps|stairs|kerb|curb|corner|door|cupboard|table|shelf|branch|metal|glue gun|straighteners|curling (?:iron|tongs)|"
    r"engine|exhaust|bike|chain|machine|mandoline|grater|tool|saw|drill|coral|sink|boot|dishwasher|fryer|chip pan)\b|"
    # riskblind35a: a flame met lighting birthday candles, a fire or fireworks, not a candle alone ("burned my fingers with the lighter trying to
    # get the birthday candles going")
    r"\b(?:birthday candles?|candles? (?:going|lit|on (?:the|a|her|his|my) cake)|lighting (?:the |some |a )?(?:candles?|fire|bonfire|"
    r"barbecue|bbq|fireworks?)|birthday cake|bonfire|camp ?fire|fireworks?|sparklers?|fire ?pit|log burner|wood ?burner)\b|"
    r"\b(?:accident\w*|by mistake|clumsy|shaving|cooking|chopping|slicing (?:the |some |an? )?\w+|peeling|grating|baking|"
    r"gardening|pruning|weeding|lifting|moving (?:house|furniture|the \w+)|ironing|diy|sewing|climbing|cycling|skating|"
    r"skateboarding|surfing|hiking|sparring|rugby|football|hockey|netball|slipped|tripped|fell off|fell over|falling off|"
    r"tetanus|getting (?:the|a) \w+ out|taking (?:the|a) \w+ out|opening (?:a|the|an) \w+|"
    r"cocinando|cortando (?:el |la |los |las |una |un )?(?:tomates?|cebollas?|pan|verduras?|cebola|tomates|legumes|p[aã]o|"
    r"carne)|pelando|descascando|fazendo (?:o|a) (?:jantar|almo[cç]o|comida)|cozinhando|en la cocina|na cozinha|sin querer|"
    r"sem querer|por accidente|por acidente|accidentalmente|acidentalmente|afeit[aá]ndome|fazendo a barba|en la playa|na praia|"
    r"con la plancha|no forno|en el horno|com [óo]leo|tirando (?:o|a) \w+|"
    # round twenty-seven, second pass: a tray or a pan taken out of the oven; food skipped before a big meal out
    r"sacando (?:la |el |una |un )?(?:bandeja|olla|sart[ée]n|pizza|fuente|asadera)|(?:del|de la) (?:horno|sart[ée]n|olla)|"
    r"(?:do|da) (?:forno|frigideira|panela)|going out for (?:a |the |our )?(?:big |huge |massive |fancy )?"
    r"(?:dinner|meal|lunch|buffet|feast|curry|roast)|saving (?:room|myself|space) for|all[- ]you[- ]can[- ]eat)\b", _I)
_MEANT = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|purposely|purposefully|meant to|wanted (?:it )?to (?:hurt|bleed|feel)|"
    r"to punish|deserved?|not an accident|wasn'?t an accident|not (?:from|on) the|(?:it|that) was me|i did it|they'?re not|"
    r"it wasn'?t|i didn'?t\W*$|i didn'?t[.!]|lie[ds]?|lying|pretend\w*|excuse|cover(?:ed)? (?:it|them)|hid(?:e|ing)?|"
    r"(?:every ?(?:one|body)|people|they|mum|mom|dad|nurse|doctor|teacher|boss|he|she) (?:thinks?|believes?)|"
    r"told (?:\w+ ){0,3}(?:it was|i |that)|said (?:it was|i )|nobody (?:knows|sees)|no one (?:knows|sees)|"
    r"urges?|relaps\w*|self[- ]?harm\w*|scars?|a prop[óo]sito|de prop[óo]sito|adrede|propositalmente|queriendo|"
    # riskblind35a: "it was me" in fr es pt it de ("c'est moi qui ..."); its "not an accident" forms are read as
    # ``_MEANT29``'s, in the injury's sentence (the merge: review29's car crash in another sentence is no purpose)
    r"c'est moi qui|fui yo|lo hice yo|fui eu|sono stat[oa] io|war ich selbst|"
    r"when (?:i|the) (?:get|feel|am|'m|was|anger|pain|urge|numbness)\w*|overwhelm\w*|anger|angry|upset|numb|panic\w*|"
    r"hate myself|to feel|cop(?:e|ing)|punish\w*)", _I)
# - "killing myself" at the gym, with overtime, trying to finish a thesis: an idiom of effort, when no
#   thought, wish or plan comes before it
_KILL_IDIOM = re.compile(
    r"^\s+(?:at (?:the )?(?:gym|work|office|job|uni|school|college|practice|training)|with (?:these|this|that|all|work|"
    r"extra|overtime|revision|training|the (?:gym|training|revision|workload|overtime|hours))|trying to|to (?:get|finish|make|"
    r"pay|keep|meet|hit|lose|impress|please|fit|save|afford)|working|studying|revising|training|laughing|"
    r"over (?:this|these|that|nothing|the (?:exam|essay|project|deadline|wedding))|for (?:this|these|that|nothing|no) )", _I)
# riskblind29: "it was not an accident" in es pt it fr de nl ("lo del viernes no fue un accidente, me corté ...");
# review29: it counts in the injury's own sentence, or in another with no subject but a pronoun ("Me corté. No fue un
# accidente."), not said of a car crash or a fire in another sentence ("Me corté cortando cebolla. Lo del coche no fue
# un accidente").
_MEANT29 = re.compile(
    r"\b(?:no (?:fue|era|ha sido) (?:un )?accidente|n[ãa]o foi (?:um |nenhum )?acidente|non (?:[èe] stato|era|fu) (?:un )?incidente|"
    r"n'(?:[ée]tait|est) pas un accident|(?:war|ist) kein (?:unfall|versehen)|(?:was|is) geen ongeluk|"
    # riskblind35a's forms ("c'était pas un accident", "no fue sin querer", "echt kein Unfall")
    r"(?:c'[ée]tait|cetait|ce n'[ée]tait) pas (?:un )?accident|no fue (?:sin querer|por accidente)|n[ãa]o foi sem querer|"
    r"kein (?:unfall|versehen))\b", _I)
_MEANT29_BARE = re.compile(r"\s*(?:(?:y|e|et|und|en|pero|mas|mais|ma|aber|maar|and|but)\s+)?(?:(?:eso|esto|isso|isto|aquilo|"
                           r"ci[òo]|questo|quello|ce|[çc]a|cela|das|es|dies|het|dat|dit)\s+)?(?:c')?\s*", _I)


def _meant(text: str, s: int, e: int) -> bool:
    """Whether an injury in the sentence ``text[s:e]`` is said to be on purpose: ``_MEANT`` anywhere in the turn, or
    "not an accident" (``_MEANT29``) in that sentence or in a sentence of its own."""
    if _MEANT.search(text):
        return True
    for x in _MEANT29.finditer(text):
        xs, _ = _sentence_at(text, x.start())
        if s <= x.start() < e or _MEANT29_BARE.fullmatch(text, xs, x.start()):
            return True
    return False


_KILL_WANTED = re.compile(r"\b(?:think\w*|thought\w*|want\w*|wanna|going to|gonna|will|'ll|plan\w*|urges?|about|of|"
                          r"could|should|might|tempted|decided|ready|feel like)\b[^.!?]{0,20}$", _I)
# - past and recovered, beside ``_PAST`` and ``_RECOVERED``: "years back", "in my late teens", romanised
#   Hindi ("college ke time", "saal pehle", "ab sab theek hai"); a relapse told after the recovery
#   ("I'm in recovery but last night I cut again") keeps the match.
_PAST_MORE = re.compile(
    r"\b(?:years back|yrs? ago|ages ago|(?:a )?(?:long )?while back|way back|"
    # riskblind30: got through it (told without a recent time: "i was suicidal at uni but got thru it")
    r"(?:got|came|made it|pulled) (?:through|thru)(?: (?:it|that|all that|the worst))?(?=\s*(?:[.!,;]|$|and|now))|"
    r"in my (?:early |late |mid[- ])(?:teens|twenties|thirties)|"
    # riskblind31: a year written "'93", "'03", "the '80s" (three years back or more: '30 to '99, '00 to '19)
    r"(?:in|back in|since|from|during|around) (?:the )?'(?:[3-9]\d|[01]\d)s?(?!\w)|"
    r"ke (?:time|waqt|dinon|dino)|saal pehle|school time|(?:school|college) (?:mein|me) (?:tha|thi)|college ke din\w*)\b|"
    # riskblind29: an age or a span of years said with any number word in es pt it fr de nl pl ("Hace doce años
    # intenté ...", "Mit neunzehn habe ich einmal versucht ...", "Quando avevo diciotto anni ho tentato ...", "Kiedyś
    # próbowałam ..., ale to było dawno"); not "a dos años de" (a distance), not "mit zehn Leuten"
    r"\b(?:hace (?:ya |m[áa]s de |casi )?(?:\w+ ){1,2}a[ñn]os|cuando ten[íi]a (?:\d+|\w+) a[ñn]os|"
    r"quando (?:eu )?tinha (?:\d+|\w+) anos|h[áa] (?:mais de |quase )?(?:\w+ ){1,2}anos|"
    r"quando avevo (?:\d+|\w+) anni|(?:\w+ ){1,2}anni fa|"
    r"quand j'avais (?:\d+|\w+) ans|il y a (?:plus de |presque )?(?:\w+ ){1,2}ans|"
    r"(?:\w+ )?jahre her|vor (?:\w+ ){1,2}jahren|als ich (?:\d+|\w+)(?: jahre alt)? war|"
    r"mit (?:\d{1,2}|dreizehn|vierzehn|f[üu]nfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig)(?: jahren)?"
    r"(?= (?:hatte|war|wollte|lag|landete|kam)\b| (?:habe|hab) ich (?:\w+ ){0,4}(?:versucht|probiert|genommen|geschluckt|geritzt|gedacht)\b)|"
    r"toen ik (?:\d+|\w+) (?:jaar|was)|(?:\w+ ){1,2}jaar geleden|"
    r"kiedy[śs] \w+[łl](?:am|em|a|o|y|i)\b(?![^.!?]*\b(?:ale|a) (?:teraz|dzi[śs]|znowu|ostatnio)\b(?! (?:jest|czuj\w+ si[ęe]|mam si[ęe]) (?:dobrze|lepiej|ok)))|to by[łl]o dawno|gdy mia[łl](?:a|e)?m (?:\d+|\w+) lat)\b", _I)
_RECOVERED_MORE = re.compile(
    r"\b(?:ab (?:sab |main |mai )?(?:bilkul )?(?:theek|thik|better)|life'?s (?:\w+ )?good|"
    r"(?:been|i'?ve been) (?:well|fine|okay|ok|good) (?:for|since|ever since)|"
    # round thirteen: "I used to hit myself, haven't since I started meds"
    r"(?:haven'?t|havent|have not) (?:done (?:it|that) )?(?:since|in (?:years|months|ages|a long time|over a year))|"
    r"not since (?:i|then))\b", _I)
_AFTER_CLEAN = re.compile(r"\bafter\s+(?:\S+\s+){0,3}$", _I)  # "cut again after 2 years clean": a relapse
# a relapse told after a recovery: a word of recurrence, or "but" and a recent time
_RELAPSE_AFTER = re.compile(
    r"\b(?:again|relaps\w*|slipped|phir se|dobara|(?:but|though|yet|par|lekin|magar)\b[^.!?;\n]{0,60}?\b(?:last (?:night|week)|"
    r"yesterday|tonight|this (?:morning|week)|kal raat|parso|pichh?le hafte))\b", _I)
_RECENT_MORE = re.compile(r"\b(?:kal raat|parso|phir se|dobara|pichhle hafte)\b", _I)
# - someone else's risk, then the speaker's own said as "so have I", "I do too": the match is the speaker's too
_ECHO = re.compile(
    r"\b(?:so (?:have|do|am|did|was) i|i (?:do|have|am|did|was)(?: (?:it|that))? (?:too|as well)|"
    r"i'?(?:ve|m)? ?(?:been |started |begun )?(?:doing|feeling|feel|do) (?:it|that|the same)(?: \w+)? (?:too|as well)|"
    r"me too|same (?:here|for me))\b", _I)


_ROMANCE_HURT = re.compile(r"\bme (?:cort|quem|queim|machuc|arranh|rasgu|lastim)\w*", _I)


def _romance_everyday(text: str) -> bool:
    """Round twelve: ``risk_use_langs``' self-injury in a Spanish or Portuguese turn ("me corté cortando
    tomates", "me queimei no forno") whose every such verb sits in a sentence that tells an accident, in a
    turn that says nothing of its being meant."""
    found = False
    for m in _ROMANCE_HURT.finditer(text):
        s, e = _sentence_at(text, m.start())
        if not _ACCIDENTAL.search(text, s, e) or _meant(text, s, e):
            return False
        found = True
    return found


# Round thirteen: the everyday sense of words an indirect disclosure shares.
# - not being here or around for a holiday because one is working, travelling, moving ("I won't be here
#   for Christmas, I'm working a double")
_HERE_MATCH = re.compile(r"\b(?:here|around)\b", _I)
# (review27b) after "won't be around to <verb>": an errand missed for work or handed on ("I won't be around to watch the
# kids on Friday, I've got an evening shift", "... to collect the parcel, can you get it?", "... so I left cash under the mat")
_ERRAND_AFTER = re.compile(r"\b(?:(?:can|could|would) you|working late|on (?:nights|earlies|lates)|(?:evening|night|late|early|day|"
                           r"double) shift|left (?:the )?(?:cash|money|keys?|it))\b", _I)
_AWAY_REASON = re.compile(
    r"\b(?:(?:i'?m|i am|im|we'?re|we are|i'?ll be|we'?ll be|i will be)\s+(?:\w+\s+)?(?:working|travell?ing|flying|moving|away|"
    r"abroad|visiting|staying|spending|going (?:to (?!(?:kill|end|die|do|take|jump|overdose|hang)\b)|away|abroad|home|back))|"
    r"on holiday|on vacation|a trip|work(?:ing)? (?:a )?(?:double|shift|nights|overtime)|deploy\w*|new job|"
    r"moving (?:to|house|abroad|out)|emigrat\w*)\b", _I)
# ... or a recovery or a deadline ("I won't be a bother much longer, my cast comes off next week")
_DEADLINE = re.compile(r"\b(?:cast|heal\w*|recover\w*|finish\w*|heading home|going home|tomorrow|next week|comes off|"
                       r"discharged|back on my feet|(?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"the weekend)|builders?|exams? (?:are|is) over|deadline)\b", _I)
_LONGER_OR_SEE = re.compile(r"\b(?:much|any) longer\b|\bsee myself\b", _I)
# - waking up in hospital after an accident, an operation, a faint
_WOKE = re.compile(r"^(?:woke|came round|came to|come round|woken|coming round)\b", _I)
_WOKE_REASON = re.compile(
    r"\b(?:crash\w*|accident\w*|fell|fall(?:en)?|faint\w*|passed out|collapsed|seizure|operation|surgery|anaesthetic|"
    r"anesthetic|appendix|broken \w+|fractur\w*|knocked out|hit by|collision|hypo|stroke|heart attack|covid|"
    r"pneumonia|food poisoning)\b", _I)
_ATTEMPT_WORD = re.compile(r"\b(?:on purpose|overdose\w*|pills|tablets|took|taken|swallow\w*|attempt\w*|meant|tried|"
                           r"myself|to die|not wake|didn'?t work)\b", _I)
# - a platform, bridge or cliff edge visited for a photo or the view
_MEANS_PLACE = re.compile(r"\b(?:edge|platform|bridge|cliff|roof|balcony|railing|ledge)\b", _I)
_SIGHTSEEING = re.compile(r"\b(?:photos?|pictures?|selfies?|sunset|views?|scenery|tourists?|fireworks|drone|camera|"
                          r"steam train|train ?spotting)\b", _I)
# - pills looked at to remember whether a dose was taken
_PILLS_MATCH = re.compile(r"\b(?:pills|tablets|meds|medication|painkillers|insulin)\b", _I)
_DOSE_CARE = re.compile(r"\b(?:can'?t remember|cannot remember|forgot|forget|whether i(?:'d| had)? (?:took|taken|had)|"
                        r"if i(?:'d| had)? (?:took|taken|already)|expir\w*|refill|prescription|pill organi[sz]er|dosette)\b", _I)
_THOUGHT = re.compile(r"\b(?:think\w*|thought\w*|imagin\w*|jump\w*|want\w*|tempt\w*|die|dying|end it|kill\w*|let go|"
                      r"enough|how many|wonder\w*)\b", _I)
# - "if I have to sit through one more meeting I'm going to kill myself": hyperbole of annoyance
_IF_MORE = re.compile(r"\bif (?:i|we) (?:have|had|'ve got|got|need) to\b[^.!?]{0,80}\b(?:one more|another|again|any ?more)\b"
                      r"[^.!?]{0,40}$", _I)


# - (round twenty-seven) a soft preparation (a goodbye letter, a date or a place picked, charcoal bought, things given
#   away, passwords written down) for an everyday reason in its sentence: a move, a new job, retiring, a wedding, a
#   barbecue, a mortgage; not when the sentence also speaks of death or of not being here
_PREP_SOFT = re.compile(r"\b(?:goodbye|farewell|adieu|au revoir|desped[ií]\w*|salutato|addio|verabschied\w*|letters?|notes?|messages?|date|day|night|place|spot|charcoal|gave|giv\w*|"
                        r"donn\w*|regal\w*|passwords?|will|debts?|deudas|loans?|credit)\b|\b" + _DEPENDANT + r"\b", _I)
# (review27b) a change of one's own is a reason by itself ("since I'm retiring", "we're moving"; not "moving on"); an
# event only when the act is for it or because of it ("for the wedding", "for our engagement party"), not an event
# that only dates it or a place named by it ("the night of the office party", "the cliffs where we went climbing");
# the people a letter goes to (pupils, colleagues, classmates) are no reason
_PREP_EVERYDAY = re.compile(
    r"\b(?:retir\w*|moving(?! on\b)|we'?re moving(?! on\b)|emigrat\w*|relocat\w*|new (?:job|role|company|position|school)|"
    r"leaving (?:the|my|this|our) (?:job|school|company|firm|team|area|country|city|class)|last day (?:at|of) (?:work|school)|"
    r"graduat\w*|(?:for|because(?: of)?|since|as|'?cause|cos|before|ahead of) (?:\w+'?s? ){0,3}?(?:wedding|engagement|party|"
    r"christening|holiday|vacation|honeymoon|trip|barbecue|barbeque|bbq|braai|grill\w*|picnic|camping|climbing|mortgage)|"
    r"a smaller (?:flat|place|house)|"
    r"d[ée]m[ée]nag\w*(?! pas\b)|trasferisc\w*|traslo\w*|mudan[çc]a|me mudo|mudamos|umzug|ziehe um|umziehen|umziehe|umgezogen|przeprowadz\w*|"
    r"verhuis\w*(?! niet\b)|ta[şs][ıi]n\w*|"
    # riskblind34c: leaving to study, work or live elsewhere in French ("parce que je pars étudier à Montréal"); a barbecue
    # in Chinese ("bought charcoal for the 烧烤 tonight")
    r"(?:je |on )?pars (?:[ée]tudier|travailler|vivre|m'installer|en erasmus|faire mes [ée]tudes)|pour mes [ée]tudes)\b|"
    r"烧烤|燒烤|烤肉|露营|露營", _I)  # (review27b) not a move denied: "je ne déménage pas"
_PREP_DEATH = re.compile(r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end (?:it|my life|things)|gone|not (?:be )?(?:here|around|"
                         r"alive)|won'?t be (?:here|around)|rope|pills|tablets|overdose|jump\w*|hang\w*|noose|last|anymore|"
                         r"without me|after me|after i'?m)\b", _I)
# Round twenty-eight, second pass: a sleep wished for with its time limit ("not wake up until noon", "no quiero
# despertar temprano"); "better off without me" said of a meeting, a team or a firm; pills that work for an ailment
_ROPE28B = re.compile(r"\brope\b", _I)
_ROPE_USE28B = re.compile(r"\b(?:to (?:tie|secure|tow|lash|moor|fix|hang (?:the |a |up )?(?:washing|hammock|swing|clothes))|"
                          r"for (?:the |my |our |a )?(?:kayak|canoe|boat|tent|climbing|swing|washing|towing|trailer|roof rack|"
                          r"hammock|dog|garden))\b", _I)
# a death word of any language, without the German and Dutch article "die"
_DEATH28B = re.compile(r"\b(?:to die|i'?d die|dying|dead|death|suicid\w*|kill\w*|end (?:it|my life|things)|hang\w*|noose|"
                       r"not (?:be )?(?:here|around|alive)|won'?t be (?:here|around)|sterben|tot|umbringen|morir\w*|muert[eo]|"
                       r"mourir|mort|morire|morte|matar\w*|suicid\w*)\b", _I)
_WAKE28B = re.compile(r"\b(?:wake|woke|waking|despertar(?:me)?)\b", _I)
_WAKE_UNTIL28B = re.compile(
    r"(?:\s+up)?\s+(?:(?:until|till|til|before|for) (?:at least |about |around )?(?:\d|noon|midday|lunch\w*|ten|eleven|twelve|nine|"
    r"(?:the |this |next )?(?:morning|afternoon|weekend|holidays?|summer|spring|christmas|easter|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|week|year|exams? (?:are|is) over)|tomorrow|the alarm)|temprano|tan temprano|antes de las?\b|"
    r"hasta (?:las|el mediod[ií]a|la tarde|el (?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)))", _I)
_BETTER_OFF28B = re.compile(r"\b(?:better off|ohne mich besser|mejor sin m[ií])\b", _I)
_ORG28B = re.compile(r"\b(?:meeting|team|company|firm|project|department|office|band|club|committee|business|shop|squad|"
                     r"firma|abteilung|projekt|verein|equipo|empresa|proyecto|oficina|reuni[óo]n)\b", _I)
_PERSONS28B = re.compile(r"\b(?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|friends|everyone|everybody|they|"
                         r"people|familie|kinder|eltern|alle|familia|hijos|padres|todos)\b", _I)
_AILMENT28B = re.compile(r"\b(?:work|works|worked|help|helps|helped) (?:for|with|against|on) (?:my|the|a|her|his) (?:\w+ )?(?:migraines?|"
                         r"headaches?|back|pain|period|cramps|allergies|hay ?fever|cold|flu|sleep|insomnia|anxiety|nausea|"
                         r"arthritis|asthma|blood pressure|acid|reflux)\b", _I)
# (review28b) the hose on an exhaust (round twenty-eight's pattern) of an appliance, or to wash or clean: an exhaust
# port or vent, a vacuum, a dryer, a generator, an air conditioner, a garden hose ("the vacuum hose goes on the exhaust
# port of the shop vac", "la manguera del jardín va al tubo de escape de la moto para lavarlo"); not a window, which the
# car's method uses too
_EXHAUST28 = re.compile(r"\b(?:exhaust|auspuff\w*|escape|escapamento|[ée]chappement|marmitta|uitlaat)\b", _I)
_APPLIANCE28 = re.compile(
    r"\b(?:exhaust (?:port|vent|duct|fan|outlet)s?|vacuum|vac|hoover|dryer|tumble|generator|air ?con\w*|extractor|"
    r"wash\w*|clean\w*|garden|jard[ií]n|lav(?:ar|arlo|arla|ado|er|age)|limpiar\w*|aspirador\w*|secadora|generador|staubsauger|"
    r"trockner|generator|waschen|aspirapolvere|asciugatrice|aspirateur|s[èe]che-linge|g[ée]n[ée]rateur)\b", _I)
# (review28b) a goodbye said unnoticed for an everyday reason in its sentence: leaving a party or a surprise kept, going
# to sleep, a new job ("me despedí de todos en la fiesta sin que se dieran cuenta y me fui a casa a dormir"); only for
# the goodbye (round twenty-eight's pattern), not for the other soft preparations
_GOODBYE28 = re.compile(r"\b(?:adieu|au revoir|desped[ií]\w*|salutato|addio|verabschied\w*)\b", _I)
_GOODBYE_EVERYDAY28 = re.compile(
    r"\b(?:f[êe]te|fiesta|festa|party|feier|soir[ée]e|surprise|sorpresa|surpresa|[üu]berraschung\w*|a dormir|para dormir|"
    r"zum schlafen|schlafen gegangen|com sono|ho sonno|ten[ií]a sue[ñn]o|j'avais sommeil|war m[üu]de|cambio lavoro|"
    r"cambiare lavoro|nuovo lavoro|nuevo trabajo|cambio de trabajo|novo emprego|mudar de emprego|nouveau (?:travail|boulot|"
    r"poste|job)|neue[nr]? (?:job|stelle)|jobwechsel)\b", _I)
_WHEN_BEFORE = re.compile(r"\b(?:when|while|whilst|once)\b[^.!?,;]{0,30}$", _I)  # "it'll be when the kids are on the school trip"
# Round twenty-eight: a height looked up for a vehicle's clearance, a project, a climb, photos or curiosity
_HEIGHT_MATCH28 = re.compile(r"\b(?:how (?:high|tall)|height|altura|metros|alt[oa]|altezza|hauteur|combien mesure)\b", _I)
_HEIGHT_LOOKUP28 = re.compile(r"(?:looked up|googled|searched|checked|researched|found out|worked out|busqu[ée]|mir[ée]|"
                              r"averig[üu][ée]|comprob[ée]|pesquisei|procurei|vi|verifiquei|confirmei|ho|j'ai)\b", _I)
_HEIGHT_EVERYDAY28 = re.compile(
    r"\b(?:vans?|lorr(?:y|ies)|trucks?|campers?|caravans?|motorhomes?|buses|bus|clearance|trailers?|camion\w*|cami[óo]n\w*|"
    r"caminh[ãa]o|furgon\w*|carrinha|lkw|wohnmobil|busje|vrachtwagen|projects?|proyecto|projeto|progetto|projet|projekt|homework|"
    r"school|deberes|tarea|trabalho de casa|compiti|devoirs?|hausaufgabe\w*|huiswerk|photos?|pictures?|fotos?|drones?|hik\w*|climb\w*|"
    r"abseil\w*|bungee|tours?|visit\w*|randonn\w*|escalad\w*|arrampic\w*|klettern|senderismo|caminhada|escursion\w*|quiz|trivia|"
    r"curious|curiosity|curiosidad|curiosidade|curiosit[àa]|curiosit[ée]|neugier\w*|architect\w*|engineer\w*|ingenier\w*|engenh\w*|"
    r"ingegner\w*|ing[ée]nieur\w*|scuola|escuela|colegio|escola|[ée]cole|schule|szko\w*|ricerca|quiz|"
    # (review28b) a job on the house, a thing bought to fit, a lorry's kin, a film seen, an essay
    r"ladders?|gutters?|solar|panels?|scaffold\w*|horse ?box\w*|tvs?|television|ceilings?|documentar\w*|films?|movies?|"
    r"roofers?|quotes?|insurance|survey\w*|paint\w*|wardrobes?|furniture|essays?|assignments?|autob[úu]s|autocarro)\b", _I)
# Round twenty-eight: "ending it with him", "end it with that job": a person, a relationship or a job ended
_END_IT28 = re.compile(r"\b(?:end(?:ing|ed)?|finish(?:ing)?) (?:it|it all|things)$", _I)
_WITH_WHOM28 = re.compile(
    r"(?:\s+all)?\s+with (?:him|her|them|(?:my|that|this|the) (?:boyfriend|girlfriend|partner|husband|wife|fianc[ée]e?|ex|boss|job|gf|bf|"
    r"guy|girl|man|woman|company|relationship|lease|contract|course|degree|band|club|team|gym|diet|habit|(?:\w+ )?friendship))\b", _I)


# riskval28: a strong drug collected for someone cared for, an errand in its sentence (the pharmacy, the prescription,
# a dosette box), or gathered to be handed back
_STASH_DRUG28 = re.compile(r"\b(?:collect|sav|hoard|gather|stash|stockpil)\w*\b[\s\S]*\b" + _STRONG_DRUG, re.I)
_STASH_ERRAND28 = re.compile(r"\b(?:pharmacy|pharmacist|chemist|prescriptions?|dosette|surgery|gp|district nurse|hospice|"
                             r"disposal|dispose|take (?:them |it )?back|hand (?:them |it )?(?:back|in)|return (?:them|it))\b", re.I)


# riskblind31: a jump or a death word after "if I have to ... one more time" ("... im gonna jump out the window")
_ALL31 = re.compile(r"\b(?:took|take|taking|swallow\w*|had|necked|downed) (?:them |it |those |these )?(?:all|the lot|every (?:one|last one)|"
                    r"the whole (?:lot|box|packet|bottle|strip))\b", _I)
_HYPERBOLE31 = re.compile(r"\b(?:jump\w*|die|dead)\b", _I)
_WANT_DIE31 = re.compile(r"\b(?:want|wanna|wanted) (?:to )?die\b", _I)
_GAME31 = re.compile(r"\b(?:boss(?:es)?|level|game|gaming|respawn\w*|checkpoint|raid|ranked|lobby|controller|elden ring|dark souls|"
                     r"fortnite|minecraft|valorant|roblox|got killed|died (?:like )?\d+ times)\b", _I)
_LAUGH31 = re.compile(r"\b(?:lmao|lmfao|lol|haha\w*|xd)\b|😂|🤣|💀", _I)
# riskblind31: a will made or changed for an everyday reason in its sentence, no death word in the turn
_WILL31 = re.compile(r"\bwill\b", _I)
_WILL_EVERYDAY31 = re.compile(
    r"\b(?:solicitor|lawyer|power of attorney|lpa|everyone should|everybody should|grown[- ]?up|mortgage|new baby|baby'?s here|"
    r"now (?:we|i)'?(?:ve| have) (?:got |had )?(?:the |a )?(?:baby|kids?|house)|getting married|got married|wedding|divorce|"
    r"inheritance tax|estate planning|probate|retire\w*|financial adviser)\b", _I)


# riskblind34: vanishing under the duvet or the blankets, a cosy weekend (fr es it pt nl), not a wish to be gone
_VANISH34 = re.compile(r"\b(?:dispara[iî]tre|desaparecer|sparire|sumir|desaparecer|verdwijnen)$", _I)
_UNDER_COVERS34 = re.compile(r"(?:\s+[\w']+){0,2}?\s+(?:sous|bajo|debajo de|sotto|debaixo d[aoe]s?|onder)\s+(?:ma |la |mes |les |une |mon |le |mi |mis |"
                             r"las |el |il |i |le |as |os |a |o |mijn |m'n |de |het |l')?(?:couettes?|couvertures?|plaid|draps?|s[áa]banas?|mantas?|"
                             r"edred[óo]n|coperte|coperta|piumone|lenzuol[ai]|cobertas?|cobertores?|edredom|len[çc][óo]is|dekens?|dekbed)\b", _I)


# thirty-fifth session: "I'm going to die" inside a frame of fear or belief ("I feel like", "convinced", "my head keeps
# telling me", "scared"): a panic attack's or a health fear's dread of dying, not an intent; still intent with a time
# ("... I'm going to die tonight") or anything of preparing a death in the turn
_FEAR_FRAME35 = re.compile(
    r"\b(?:feel(?:s|ing)? like|felt like|convinced|sure|certain|positive|thought|think|thinking|telling me|tells me|told me|"
    r"saying|says|scared|afraid|terrified|frightened|petrified|worried|worry|fear|fearing|panic\w*|anxious|"
    r"(?:heart attack|chest pain|can'?t breathe)\b[^.!?]{0,20}\band)(?: that)?[\s,]+$", _I)
_DIE_WHEN35 = re.compile(r"[^.!?]{0,25}\b(?:tonight|today|tomorrow|soon|this week(?:end)?|on purpose|by my own hand|when i|before|"
                         r"after (?:the|my|i)|by (?:the|next)|i (?:want|wanna|don'?t care|am ready|'m ready))\b", _I)
_SELF_DEATH35 = re.compile(r"\b(?:pills?|tablets?|overdose|rope|noose|notes?|letters?|goodbyes?|plan\w*|kill (?:myself|me)|suicid\w*|"
                           r"end (?:it|my life|things)|want(?:ed)? to die|wanna die|wish i (?:was|were) dead|ready to (?:die|go)|"
                           r"bridge|jump\w*|gun|blade|razor|wrists?|hang\w*)\b", _I)


def _everyday(category: str, text: str, m: re.Match) -> bool:
    """Round twelve: a match ``_disclosure`` took that is an injury met by accident (self-injury only)
    or the idiom of effort "killing myself at the gym". Round thirteen: not being around for a holiday
    for work or travel, waking up in hospital after an accident, a platform or cliff edge for a photo,
    pills looked at to remember a dose, "kill myself" after "if I have to ... one more"."""
    if risk_en31c.everyday(category, text, m):  # riskblind31c: "tired of life in this hostel"
        return True
    if risk_en34b.everyday(category, text, m):  # riskblind34b: "so hungry I could die", an itch, a splinter, shaving
        return True
    if category == "nssi":
        s, e = _sentence_at(text, m.start())
        return bool(_ACCIDENTAL.search(text, s, e)) and not _meant(text, s, e)
    matched = m.group(0).lower()
    if category in ("method", "plan_preparation") and _HEIGHT_LOOKUP28.match(matched) and _HEIGHT_MATCH28.search(matched):  # round twenty-eight
        s, e = _sentence_at(text, m.start())
        if _HEIGHT_EVERYDAY28.search(text, s, max(e, m.end())) and not _PREP_DEATH.search(text):
            return True
    if category in ("intent", "active_ideation", "recent_attempt") and _END_IT28.search(matched) and _WITH_WHOM28.match(text, m.end()):
        return True  # round twenty-eight: "I'm ending it all with that job"; thirty-fifth: "I tried to end it with him"
    if category == "intent" and matched.endswith("die") and _FEAR_FRAME35.search(text, max(0, m.start() - 40), m.start()) \
            and not _DIE_WHEN35.match(text, m.end()) and not _SELF_DEATH35.search(text):
        return True  # thirty-fifth session: "my head keeps telling me I'm going to die" in a panic attack
    if category == "passive_wish" and _VANISH34.search(matched) and _UNDER_COVERS34.match(text, m.end()) and not _PREP_DEATH.search(text):
        return True  # riskblind34: "envie de disparaître sous ma couette tout le week-end avec des séries"
    if category == "passive_wish" and _WAKE28B.search(matched) and _WAKE_UNTIL28B.match(text, m.end()):
        return True  # round twenty-eight b: "go to sleep and not wake up until noon on Saturday"
    if category == "passive_wish" and _BETTER_OFF28B.search(matched) and _org_better_off28b(text):
        return True  # round twenty-eight b: "that meeting would be better off without me"
    if category == "active_ideation" and _WANT_DIE31.search(matched):
        s, e = _sentence_at(text, m.start())
        if _GAME31.search(text, s, e) and _LAUGH31.search(text, m.end(), e + 12):
            return True  # riskblind31: "got killed like 40 times in elden ring tonight i wanna die lmao"
    if category == "plan_preparation" and _WILL31.search(matched) and not _PREP_DEATH.search(text):
        s, e = _sentence_at(text, m.start())
        if _WILL_EVERYDAY31.search(text, s, max(e, m.end())):
            return True  # riskblind31: "I've just made my will and a lasting power of attorney, my solicitor says everyone should"
    if category == "plan_preparation" and _STASH_DRUG28.search(matched) and not _DEATH28B.search(text):
        s, e = _sentence_at(text, m.start())
        if _STASH_ERRAND28.search(text, s, max(e, m.end())):
            return True  # riskval28: "the pharmacy messed up, so I collected a week of his morphine patches myself"
    if category == "plan_preparation" and _ROPE28B.search(matched):
        s, e = _sentence_at(text, m.start())
        if _ROPE_USE28B.search(text, m.end(), e) and not _DEATH28B.search(text):
            return True  # round twenty-eight b: "bought a rope to tie down the kayak"
    if category == "method" and _PILLS_MATCH.search(matched):
        s, e = _sentence_at(text, m.start())
        if _AILMENT28B.search(text, m.start(), e) and not _THOUGHT.search(text, m.end(), e):
            return True  # round twenty-eight b: "which tablets work for my migraines"
    if category == "plan_preparation" and _EXHAUST28.search(matched) and not _PREP_DEATH.search(text):
        s, e = _sentence_at(text, m.start())
        if _APPLIANCE28.search(text, s, max(e, m.end())):
            return True  # review28b: a vacuum's, a dryer's or a generator's exhaust; a hose to wash a bike
    if category == "plan_preparation" and _GOODBYE28.search(matched) and not _PREP_DEATH.search(text):
        s, e = _sentence_at(text, m.start())
        if _GOODBYE_EVERYDAY28.search(text, s, max(e, m.end())):
            return True  # review28b: a goodbye slipped out of a party, to sleep, before a new job
    if category == "plan_preparation" and _PREP_SOFT.search(matched):
        s, e = _sentence_at(text, m.start())
        e = max(e, m.end())
        reason = _PREP_EVERYDAY.search(text, s, e)
        # the reason in its sentence; a death word anywhere in the turn, or the event only the time chosen, keeps it
        if reason and not _WHEN_BEFORE.search(text, s, reason.start()) and not _PREP_DEATH.search(text):
            return True
    if category == "intent" and _HERE_MATCH.search(matched):
        return bool(_AWAY_REASON.search(text, m.end(), m.end() + 120) or
                    " to " in matched and _ERRAND_AFTER.search(text, m.end(), m.end() + 120))
    if category == "passive_wish" and _LONGER_OR_SEE.search(matched):  # "..., I'm moving out next week"
        return bool(_AWAY_REASON.search(text, max(0, m.start() - 120), m.end() + 120) or
                    _DEADLINE.search(text, max(0, m.start() - 120), m.end() + 120))
    if category == "recent_attempt" and _WOKE.match(matched):
        return bool(_WOKE_REASON.search(text)) and not _ATTEMPT_WORD.search(text)
    if category == "method":
        s, e = _sentence_at(text, m.start())
        if _MEANS_PLACE.search(matched) and _SIGHTSEEING.search(text, s, e) and not _THOUGHT.search(text):
            return True
        if _PILLS_MATCH.search(matched) and _DOSE_CARE.search(text, s, e) and not _THOUGHT.search(text, m.end(), e) \
                and not _ALL31.search(text, m.end(), e):  # riskblind31: "... if i took them all" is no dose forgotten
            return True
    if matched.endswith(("kill myself", "kms")) or matched.endswith("end it") or (
            category in ("intent", "method", "active_ideation", "passive_wish") and _HYPERBOLE31.search(matched)):
        s, _ = _sentence_at(text, m.start())
        if _IF_MORE.search(text, s, m.start()):
            return True
    if matched.endswith(("killing myself", "kill myself")):
        s, _ = _sentence_at(text, m.start())
        verb = m.end() - len("killing myself" if matched.endswith("killing myself") else "kill myself")
        # a thought or wish before the verb, in the match ("thinking about killing myself") or before it
        return bool(_KILL_IDIOM.match(text[m.end():])) and not _KILL_WANTED.search(text, s, verb)
    return False



def _org_better_off28b(text: str) -> bool:
    """Round twenty-eight b: every "better off without me" of the turn said of a meeting, a team, a project or a firm
    (no person named before it in its sentence) and no death word in the turn."""
    found = False
    for m in _BETTER_OFF28B.finditer(text):
        s, _ = _sentence_at(text, m.start())
        if not _ORG28B.search(text, s, m.start()) or _PERSONS28B.search(text, s, m.start()):
            return False
        found = True
    return found and not _DEATH28B.search(text)

def _sentence_at(text: str, start: int) -> tuple[int, int]:
    return sentence_span(text, start, start, ".!?;\n")  # at most ``SENTENCE_REACH`` either side (slow31)


# A span of years that runs up to now is not the past (twenty-ninth session): "I've been thinking about killing
# myself every day for two years", "Hace dos años que pienso en matarme", "Há dois anos que penso em me matar",
# "Depuis deux ans, je pense au suicide", "Seit zwei Jahren ...", "Sono due anni che ...", "Od dwóch lat ...". Taken
# out of the sentence before the past readers (``_PAST``, ``_PAST_MORE``) look at it; "two years ago", "Hace dos años
# intenté" (no "que"), "il y a deux ans", "vor zwei Jahren" stay past. English only with a present or perfect verb in
# the sentence ("For two years I was cutting" stays past).
_YEARS_N = r"(?:\d+|a few|a couple of|many|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_ONGOING_EN = re.compile(rf"\bfor (?:the (?:last|past) )?{_YEARS_N} years\b(?! ago)|\b(?:over|in|for) the (?:last|past) "
                         rf"(?:{_YEARS_N} |few |couple of )?years\b", _I)
_NOW_EN = re.compile(r"\b(?:i'?ve|i have|i'?m|i am|have been|still|now|these days)\b|\bi (?:think|want|wish|feel|cut|hurt|"
                     r"hit|burn|keep|can'?t|don'?t)\b", _I)
_ONGOING_LANGS = re.compile(
    r"\bhace (?:ya |m[áa]s de |casi )?(?:\w+ ){1,2}a[ñn]os que\b|\bdesde hace (?:\w+ ){1,2}a[ñn]os\b|"
    r"\bh[áa] (?:j[áa] |mais de |quase )?(?:\w+ ){1,2}anos que\b|\bdepuis (?:plus de |presque )?(?:\w+ ){1,2}ans\b|"
    r"\bseit (?:\w+ ){1,2}jahren\b|\bda (?:pi[uù] di )?(?:\w+ ){1,2}anni\b|\bsono (?:gi[àa] )?(?:\w+ ){1,2}anni che\b|"
    r"\bod (?:\w+ ){1,2}lat\b", _I)


# riskblind31: "back in the summer", "back in September" (this year's) and "after twelve years of this" (a span up to now)
# are no past: cut before ``_PAST`` reads "back in" or "twelve years"; "back in the summer of 1998" stays past
_SEASON31 = re.compile(
    r"\bback in (?:the )?(?:summer|spring|autumn|fall|winter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b(?! of\b| \d| when\b)|\bafter (?:\w+ ){1,2}years of (?:this|it|that|the \w+|my \w+|\w+ing)\b"
    r"(?! (?:therapy|treatment|recovery|being clean|sobriety|help)\b)", _I)


def _without_ongoing(sentence: str) -> str:
    """The sentence without its spans of years that run up to now (``_ONGOING_EN``, ``_ONGOING_LANGS``)."""
    out = _ONGOING_LANGS.sub(" ", sentence)
    if _NOW_EN.search(out):
        out = _ONGOING_EN.sub(" ", out)
    return out


# riskblind31: third-person subjects ``_THIRD`` (a learned-stage feature, left as it is) does not name: pronouns typed
# without their apostrophe ("shes gonna kms tonight"), people in the plural or "one of" them ("if one of the lads is
# thinking of ending it")
_THIRD31 = (r"\b(?:shes|hes|theyre|theyve|lads|blokes|fellas|guys|mates|colleagues|workers|men|women|kids|friends|"
            r"one of (?:the|my|our|them|those|his|her|their)\b(?: \w+)?)\b")
# riskblind32: the texting words for a partner or friend after "my" ("my gf tried to overdose last month"), as subjects
_THIRD32 = r"\bmy (?:gf|bf|bff|hubby|wifey|fianc[eé]e?|bestie|stepdad|stepmum|stepmom|step ?(?:son|daughter|brother|sister))\b"


def _disclosure(text: str, m: re.Match) -> bool:
    """Whether a match is the speaker's own, current, literal risk (not negated, not someone
    else's, not past and recovered, not in fiction, news, study or prevention work)."""
    s, e = _sentence_at(text, m.start())
    before, sentence, matched = text[s:m.start()], text[s:e], m.group(0)
    if _negated(text, m):
        return False
    if not _FIRST.search(matched):
        subjects = [x for x in re.finditer(rf"{_THIRD32}|{_FIRST.pattern}|{_THIRD.pattern}|{_THIRD31}", before, _I)
                    if not risk_langs.article_not_subject(x.group(0), text[s + x.end():e], sentence)
                    and not risk_langs.object_of_preposition(before[:x.start()])]
        if subjects and not _FIRST.fullmatch(subjects[-1].group(0)) and not _ECHO.search(text, m.end()):
            return False
    elif _OBJECT_CLITIC.search(matched) and not _SPEAKER_SUBJECT.search(matched) and _AGAINST_ME.search(before):
        return False
    recent = _RECENT.search(sentence) or _RECENT_MORE.search(sentence) or risk_en31c.RECENT.search(sentence)
    recovered = _RECOVERED.search(sentence) or _RECOVERED_MORE.search(sentence)
    if recovered and (s + recovered.start() > m.start() or not _RELAPSE_AFTER.search(sentence, recovered.end())) \
            and not (recent and _AFTER_CLEAN.search(sentence, 0, recovered.start())):
        return False
    if not recent:
        timed = _SEASON31.sub(" ", _without_ongoing(sentence))
        if "years" in timed:  # riskblind36b: years still to come are no past ("for the next few years", "for 100 years")
            timed = risk_en36b.FUTURE_YEARS.sub(" ", timed)
        if _PAST.search(timed) or _PAST_MORE.search(timed) or _USED_TO.search(before):
            return False
    if _FRAME.search(sentence) or risk_en31c.set_aside(sentence, bool(recent)):
        return False
    if risk_en33.set_aside(text, s, e, m.start(), bool(recent)):  # riskblind33b: a song quoted, a past dated next
        return False
    if risk_en34b.set_aside(text, s, e, m, bool(recent)):  # riskblind34b: a negated first verb, idioms, itches, the past
        return False
    if risk_nssi35.set_aside(text, s, m):  # riskblind35a: an animal's act, another's body
        return False
    if risk_en36b.set_aside(text, s, e, m):  # riskblind36b: a game, a holiday, someone else's estate, a rope ladder
        return False
    if risk_cc37.set_aside(text, s, e, m):  # ccfp37: a habit or a substance that harms, not self-injury
        return False
    return True

# riskblind34c: the idiom of exasperation "(so hard, angry, tired, a queue so long ...) that I could die", "X得 / X到" ("这道数学题难到我想死
# 的心都有了"); not "想死的心" alone; a thing or a pet given away for a move, studies or work elsewhere in its sentence ("猫送给了
# 我姐养，因为我要去深圳打工了"), unless the turn speaks of death, of not coming back or of not being here
_CJK_IDIOM34C = re.compile(r"(?:到|得)[^。！？，]{0,4}想死的心都有|"
                           # riskblind36a: worn out, fed up or furious "I could almost die" (累成狗 想死的心都有了), not wanting to live in
                           # others' expectations or in the past (我不想活在别人的期待里了)
                           r"(?:累成狗|累死了?|烦死了?|煩死了?|气死了?|氣死了?|崩溃了?|崩潰了?|累趴了?)[^。！？]{0,6}想死的心都有|"
                           r"不想活在[^。！？\n]{0,8}(?:期待|期望|眼光|阴影|陰影|影子|标准|標準|过去|過去|回忆|回憶|谎言|謊言)|"
                           # riskblind35b: overtime, heat, hunger, cold or sleepiness "to the point of wanting to die" ("加班加到想死")
                           r"(?:加班加|上班上|上课上|上課上|热|熱|饿|餓|冷|困)(?:到|得)想死(?!的心)")
_CJK_GIVEN34C = re.compile(r"送给|送給|送人")
_CJK_AWAY34C = re.compile(r"(?:因为|因為|要去|我要去|准备去|準備去)[^。！？]{0,10}(?:打工|上班|工作|读书|讀書|上学|上學|留学|留學|读研|讀研|出国|出國)|"
                          r"搬家|搬去|搬到|出国|出國|留学|留學")
_CJK_DEATH34C = re.compile(r"死|自杀|自殺|轻生|輕生|不会回来|不會回來|不在了|走了以后|走了以後|遗书|遺書|最后|最後")


# riskblind34: things given away or sold for a move or going abroad in the sentence ("我把旧衣服和书都送给了表妹，下个月要搬去
# 上海了"); a death word, the means or a goodbye in the turn keeps it
_CJK_MOVE34 = re.compile(r"搬家|搬去|搬到|要搬|搬走|搬出去|出国|出國|留学|留學|移民|换房子|換房子|断舍离|斷捨離")
_CJK_DARK34 = re.compile(r"死|自杀|自殺|轻生|輕生|遗书|遺書|告别|告別|最后|最後|不在了|走了以后|药|藥|绳|繩|跳")


def _cjk_move34(text: str, m: re.Match) -> bool:
    s, e = _cjk_sentence_at(text, m)
    return bool(re.search(r"送|卖|賣|扔|捐", m.group(0)) or re.search(r"送|卖|賣|扔|捐", text[max(s, m.start() - 12):m.end()])) \
        and bool(_CJK_MOVE34.search(text, s, e)) and not _CJK_DARK34.search(text)


def _cjk_disclosure(text: str, m: re.Match) -> bool:
    """``_disclosure`` for a Chinese (or Russian) match: negation just before it, the last subject
    before it in its sentence, past and recovered, fiction / news / prevention framing."""
    s, e = _cjk_sentence_at(text, m)
    before, sentence = text[s:m.start()], text[s:e]
    if _cjk_negated(text, m):
        return False
    subjects = _CJK_SUBJECT.findall(before)
    if subjects and subjects[-1] != "我" or re.search(r"\b(?:она|он|подруга|друг|сын|дочь)\b", before):
        return False
    if _CJK_RECOVERED.search(text[s:]) or _CJK_PAST.search(sentence) and not re.search(r"(?i)最近|上周|昨天|前几天|又|недавно|вчера|опять|снова|на прошлой неделе", sentence):
        return False
    if _CJK_IDIOM34C.search(sentence):
        return False  # riskblind34c: "这道题难到我想死的心都有了"
    if _CJK_GIVEN34C.search(m.group(0)) and _CJK_AWAY34C.search(sentence) and not _CJK_DEATH34C.search(text):
        return False  # riskblind34c: "猫送给了我姐养，因为我要去深圳打工了"
    return _CJK_FRAME.search(sentence) is None


# Client turns each per-turn cache of the counselling tier keeps, by exact text (least recently used
# dropped first): what a turn's risk reading found is asked again by the check, the report's tags and
# the reply stage, and a run meets the same turns again (a question with each of its answers, stock
# openers, a corpus's near-copies). 32,768 turns: a few MB of results per cache, plus the texts.
TURNS = 32_768


# European Portuguese puts the clitic after the infinitive with a hyphen ("Quero matar-me", "Estou a pensar em
# matar-me", "cortar-me"): read as the proclitic form the patterns know ("quero me matar"); only a verb's infinitive
# (-ar/-er/-ir, -ôr) before "-me" (twenty-ninth session)
_PT_ENCLITIC = re.compile(r"\b(\w+?(?:ar|er|ir|[ôo]r))-me\b(?!-)", re.IGNORECASE)


# riskblind30: British and Australian euphemisms of killing oneself ("top myself", "do myself in", "doing meself
# in", "topped himself") read as the words the patterns know ("kill myself"), so that every construction that
# reads "kill myself" (intent, ideation, wanting, hyperbole set aside) reads them too
_EN_SELF = r"(my ?self|meself|himself|herself|themselves)"
_EN_EUPHEMISM = re.compile(rf"\b(?:(top|tops|topping|topped) {_EN_SELF}|(do|does|doing|did|done) {_EN_SELF} in)\b", re.IGNORECASE)
_EN_KILL = {"top": "kill", "tops": "kills", "topping": "killing", "topped": "killed", "do": "kill", "does": "kills",
            "doing": "killing", "did": "killed", "done": "killed"}


# "top myself" as outdoing oneself: "I don't know how I'll top myself after that", "hard to top myself next year"
_TOP_OUTDO_BEFORE = re.compile(r"\b(?:how (?:will |would |can |could |do |am |did )?i(?:'?ll| will| can| could)?(?: ever)?|"
                               r"can'?t|cannot|never|hard to|try to|trying to|have to|need to|going to have to) $", re.IGNORECASE)
_TOP_OUTDO_AFTER = re.compile(r" (?:after(?! (?:what|everything|all (?:this|that|of)|he|she|they|my|i)\b)|next (?:year|time|season)|this (?:year|time|season))\b", re.IGNORECASE)


def _read_euphemism(m: re.Match) -> str:
    if m.group(1):
        before = m.string[max(0, m.start() - 30):m.start()]
        if _TOP_OUTDO_BEFORE.search(before) or _TOP_OUTDO_AFTER.match(m.string, m.end()):
            return m.group(0)
    verb, self_ = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    self_ = "myself" if self_.lower() in ("meself", "my self") else self_
    return f"{_EN_KILL[verb.lower()]} {self_}"


# riskblind31: "asking for a friend" / "hypothetically" and then the friend owned as the writer ("(its me)", "my friend
# is me", "she is me"): the friend, "you" and "someone" are the speaker, read in the first person ("how do u stop thinking
# about killing urself ... (its me obviously)"); not "it's me again", not a friend who is someone else
_HEDGE31 = re.compile(r"\basking for (?:a|my) (?:friend|mate|pal)\b|\bhypothetically\b|\bfor a friend\b", re.IGNORECASE)
_OWNED31 = re.compile(r"\b(?:(?:it'?s|its|it is) (?:obviously |actually |really |just |totally |literally )?me|(?:the|my) (?:friend|mate|pal) "
                      r"(?:is|=) (?:obviously |actually |really |literally )?me|(?:she|he|they) (?:is|are) (?:obviously |actually |really )?me|"
                      r"(?:obviously|actually|ok it'?s|okay it'?s) me)\b(?! again\b| here\b| speaking\b)", re.IGNORECASE)
_OWN_WORDS31 = {"u": "I", "you": "I", "ur": "my", "your": "my", "urself": "myself", "yourself": "myself",
                "herself": "myself", "himself": "myself", "themselves": "myself", "themself": "myself",
                "someone": "I", "somebody": "I", "my friend": "I", "my mate": "I", "she": "I", "he": "I",
                "she's": "I'm", "he's": "I'm", "shes": "I'm", "hes": "I'm", "her": "my", "his": "my"}
_OWN_SWAP31 = re.compile(r"\b(?:my friend|my mate|" + "|".join(sorted((w for w in _OWN_WORDS31 if " " not in w), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)


def _owned_hedge(text: str) -> str:
    """The text with a hedged friend owned as the writer read in the first person (``_HEDGE31``, ``_OWNED31``)."""
    if not (_HEDGE31.search(text) and _OWNED31.search(text)):
        return text
    owned = _OWNED31.search(text)
    head = _OWN_SWAP31.sub(lambda x: _OWN_WORDS31[x.group(0).lower()], text[:owned.start()])
    return head + text[owned.start():]


def read_clitics(text: str) -> str:
    """The text with European Portuguese enclitics read as proclitics (``_PT_ENCLITIC``) and English euphemisms
    of killing oneself read as such (``_EN_EUPHEMISM``): what the patterns see."""
    if "-me" in text or "-Me" in text or "-ME" in text:
        text = _PT_ENCLITIC.sub(r"me \1", text)
    lower = text.lower()
    if "friend" in lower or "mate" in lower or "pal" in lower or "hypothetically" in lower:
        text = _owned_hedge(text)
        lower = text.lower()
    if "self" in lower and ("top" in lower or "do" in lower or "did" in lower):
        text = _EN_EUPHEMISM.sub(_read_euphemism, text)
    return text


@lru_cache(maxsize=TURNS)
def classify(text: str) -> tuple[Category, bool]:
    """(most severe category disclosed, whether risk language was at least mentioned)."""
    return _classify(read_clitics(risk_en33.read_spelling(risk_en31c.read_spelling(text))))


def _classify(text: str) -> tuple[Category, bool]:
    mentioned = False
    folded = Folded(text)
    wide = not text.isascii()
    more_langs = risk_langs.may_match(folded)  # the languages USE-m3 does not read (``risk_langs``)
    use_langs = risk_use_langs.may_match(folded)  # USE-m3's own languages (``risk_use_langs``)
    for category, full in _COMPILED:
        # only the alternatives the text holds the literals of (same matches: ``prefilter.Pruned``)
        located = pruned(full).locate(folded)  # no match starts before ``pos``
        if located is not None:
            pattern, pos = located
            for m in pattern.finditer(text, pos):
                mentioned = True
                if _disclosure(text, m) and not _everyday(category, text, m):
                    return category, True  # type: ignore[return-value]
        if wide:
            for m in _CJK_COMPILED[category].finditer(text):
                mentioned = True
                if _cjk_disclosure(text, m) and not (category == "plan_preparation" and _cjk_move34(text, m)):
                    return category, True  # type: ignore[return-value]
        if more_langs:
            seen, disclosed = risk_langs.find(category, text, folded)
            mentioned = mentioned or seen
            if disclosed:
                return category, True  # type: ignore[return-value]
        if use_langs:
            seen, disclosed = risk_use_langs.find(category, text, folded)
            mentioned = mentioned or seen
            if disclosed and not (category == "nssi" and _romance_everyday(text)) and not (
                    category == "passive_wish" and _org_better_off28b(text)):  # round twenty-eight b
                return category, True  # type: ignore[return-value]
    return "none", mentioned


@lru_cache(maxsize=TURNS)
def everyday_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Round twelve: the sentences of a turn's stage-one matches when every match (``_PATTERNS``,
    ``risk_langs``, ``risk_use_langs``) is an injury met by accident or the idiom of effort that
    ``classify`` set aside (``_everyday``; "Jag skar mig på en glasbit på stranden"); () when some match is
    anything else (a disclosure, a denial, someone else's ...) or there is none."""
    spans: list[tuple[int, int]] = []
    folded = Folded(text)
    for category, full in _COMPILED:
        located = pruned(full).locate(folded)
        if located is not None:
            pattern, pos = located
            for m in pattern.finditer(text, pos):
                if not (_disclosure(text, m) and _everyday(category, text, m)):
                    return ()
                spans.append(_sentence_at(text, m.start()))
        if not text.isascii() and any(True for _ in _CJK_COMPILED[category].finditer(text)):
            return ()
    if risk_langs.may_match(folded):
        found = risk_langs.everyday_spans(text, folded)
        if found is None:
            return ()
        spans.extend(found)
    if risk_use_langs.may_match(folded):
        for category in CATEGORIES[:-1]:
            if risk_use_langs.find(category, text, folded)[0] and not (category == "nssi" and _romance_everyday(text)):
                return ()
        if _romance_everyday(text):
            spans.extend(_sentence_at(text, m.start()) for m in _ROMANCE_HURT.finditer(text))
    return tuple(sorted(set(spans)))


def without_everyday(text: str) -> str | None:
    """``text`` without the sentences of ``everyday_spans`` (None when there are none)."""
    spans = everyday_spans(text)
    if not spans:
        return None
    keep, at = [], 0
    for s, e in spans:
        if s > at:
            keep.append(text[at:s])
        at = max(at, e + 1)
    keep.append(text[at:])
    return " ".join(k.strip() for k in keep if k.strip())


# riskblind31: a negation that is not the match's: "I'd be lying if I said I hadn't thought about ..." (litotes), "not
# fussed if I don't wake up" (indifference: the wish itself), a negation inside an "if" clause before the speaker's own
# main clause ("If the accumulator doesn't come in I'm killing myself"); and a question put to the speaker answered no
# ("The health visitor asked if I'd had thoughts of harming myself and honestly no, never")
_LYING31 = re.compile(r"\b(?:be|been|was|'d be) lying if i (?:said|say|told (?:you|anyone))\b", _I)
_INDIFFERENT31 = re.compile(r"\b(?:not|n'?t|never) (?:really |that |too |even |overly |all that )?(?:fussed|bothered|arsed|worried|"
                            r"care|mind)\b[^.!?,;]{0,6}\b(?:if|whether)\b[^.!?,;]{0,20}$", _I)
_IF_CLAUSE31 = re.compile(r"\b(?:if|unless)\b[^.!?,;]{0,60}$", _I)
_MAIN_I31 = re.compile(r"\b(?:i'?m|im|i am|i will|i'?ll|ill|i'?d|i would|i'?m going|i'?m gonna|i swear)\b", _I)
_ASKED31 = re.compile(r"\basked (?:me )?(?:if|whether)\b", _I)
_ANSWER_NO31 = re.compile(r"[^.!?]{0,30}?(?:\band\b|\bbut\b|,|:)\s*(?:honestly|truthfully|to be honest|tbh|the answer (?:is|was))?,?\s*"
                          r"(?:no|nope|never)\b(?!\s+(?:one|body|where|longer|more|matter)\b)", _I)


def _negated(text: str, m: re.Match) -> bool:
    """Whether ``_disclosure`` rules a match out for a negation before or after it in its sentence
    ("je n'ai jamais pensé à me suicider", "I don't have any plan to harm myself"; Chinese and Russian
    matches: ``_cjk_negated``)."""
    # (slow31) ``_NEG_AFTER.match``: each of its branches is anchored (``^``) at the text after the match, so ``search``
    # found the same and tried every later position of the sentence for nothing
    s, e = _sentence_at(text, m.start())
    before = risk_langs.without_portuguese_no(text[s:m.start()], text[s:e])[-40:]
    if _CANT_STOP.search(before) and _SELF_WORD.search(m.group(0)):  # "I can't stop thinking about suicide": it affirms
        return bool(_NEG_AFTER.match(text[m.end():e]))
    if _GIVE_UP_NOT34.search(before):  # riskblind34: "não vou desistir de me matar" (not giving it up affirms it)
        return bool(_NEG_AFTER.match(text[m.end():e]))
    # (main session) riskblind31's readings look at most 400 characters back: read over the whole sentence, every match
    # of a turn of thousands of risk phrases without a stop re-read it (3 CPU s on 20,000 characters of "I cut ")
    full = text[max(s, m.start() - 400):m.start()]
    if _LYING31.search(full) or _INDIFFERENT31.search(full):  # riskblind31: litotes and indifference affirm
        return False
    neg = _NEG.search(full)
    if neg and _IF_CLAUSE31.search(full, 0, neg.start()) and (_MAIN_I31.search(full, neg.start()) or _MAIN_I31.match(m.group(0))):
        return False  # riskblind31: the negation is the condition's ("if the bet doesn't come in I'm killing myself")
    if _ASKED31.search(full) and _ANSWER_NO31.match(text, m.end(), e):
        return True  # riskblind31: a question put to the speaker, answered no
    knowing = _KNOWING.search(before)  # the subject "I" in ``before`` or at the match's start
    if knowing and not _STARTS_I.search(knowing.group(0)) and not _STARTS_I.match(m.group(0)):
        knowing = None
    return bool(_NEG.search(before) and not knowing or _NEG_AFTER.match(text[m.end():e])
                or _INFINITIVE.match(m.group(0)) and _NEG_COMMA.search(before))


# Round thirteen: a negation of someone's knowing or seeing, then the speaker's act ("so she doesn't see
# where I've been burning my hands", "I don't know why I keep cutting myself", "I didn't tell my mum I
# took them"): what is negated is the knowing, not the act
_KNOWING = re.compile(
    r"\b(?:know|knows|knew|see|sees|saw|notice[sd]?|realis\w*|realiz\w*|understand\w*|suspect\w*|tell|told|guess\w*)\b"
    r"(?: (?!i\b|i'|ive\b|im\b|if\b|whether\b)[\w']+){0,2}? (?:that |where |how |why |when |what )?(?:(?:i|i'?ve|i'?m|i'?d|ive|im)\b[\w' ]{0,20})?$", _I)
_STARTS_I = re.compile(r"(?:i|i'?ve|i'?m|i'?d|ive|im)\b", _I)
_SELF_WORD = re.compile(r"\b(?:suicid\w*|kill\w*|myself|cut\w*|burn\w*|hurt\w*|harm\w*|end(?:ing)? (?:it|my life|things)|"
                        r"tak(?:e|ing) my own life)\b", _I)
# riskblind34: a negated giving up affirms what follows it ("dessa vez não vou desistir de me matar", "no voy a desistir de
# matarme", "je ne vais pas renoncer à me tuer", "non rinuncerò a farla finita"); the giving-up verb just before the match
_GIVE_UP_NOT34 = re.compile(r"\b(?:n[ãa]o|no|ne|non|nicht|niet)\b(?:\s+[\w']+){0,3}?\s+(?:desistir|desisto|desistirei|renunciar|renuncio|renunciarei|"
                            r"renoncer|renonce|renoncerai|rinunciare|rinuncio|rinuncer[òo]|aufgeben|opgeven)\s+(?:de|a|[àa]|an|van|d')?\s*$", _I)
_CANT_STOP = re.compile(r"\b(?:can'?t|cannot|can not|couldn'?t) (?:stop|help|quit)\b(?:\s+[\w']+){0,2}\s*$", _I)


# German puts a comma before an infinitive clause, so the negation of "Ich habe nie daran gedacht, mich
# umzubringen" / "keine Absicht, mich umzubringen" stands before the comma: read only when the match is
# that clause (an object pronoun, then a zu-infinitive), not a clause of its own ("..., ich will sterben")
_INFINITIVE = re.compile(r"(?:mich|mir|sich)\b[^,.!?;]*?\b(?:\w+zu\w+en|zu \w+en)\b", _I)
_NEG_COMMA = re.compile(r"\b(?:nie|niemals|nicht|keine?[nm]?)\b(?:\s+\w+){0,4},\s*$", _I)


def _cjk_sentence_at(text: str, m: re.Match) -> tuple[int, int]:
    """The sentence of a Chinese (or Russian) match, as ``_cjk_disclosure`` reads it."""
    return sentence_span(text, m.start(), m.end(), "。！？；\n.!?;")  # at most ``SENTENCE_REACH`` either side (slow31)


def _cjk_negated(text: str, m: re.Match) -> bool:
    """``_negated`` for a Chinese (or Russian) match: a negation just before it ("没有想过自杀")."""
    before = text[_cjk_sentence_at(text, m)[0]:m.start()]
    # (slow31) the Russian negation's word first, as a substring (``никогда`` holds no ``не``): without one the
    # pattern cannot match, and it no longer tries every position of a long sentence ("我想死我想死...") for nothing
    # ``_CJK_NEG`` ends at the text's end (``$``, which may stand before a last newline) and is at most six
    # characters long, with no look-behind: the last eight characters hold every match it can find (slow31)
    return bool(_CJK_NEG.search(before[-8:]) or ("не" in before or "никогда" in before)
                and re.search(r"\b(?:не|никогда)\s+(?:\w+\s+){0,2}$", before))


# A negation that affirms (litotes): "can't stop thinking about", "wouldn't mind if I didn't wake up",
# "no paro de pensar en", "ya no me importaría": the learned stage reads such turns, never this veto
_AFFIRMING = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t) stop\b|\bwould(?:n'?t| not) (?:mind|care)\b|\bdon'?t (?:mind|care) if\b|"
    r"\b(?:no|não|nao) (?:paro|consigo parar|dejo) de\b|\bno puedo dejar de\b|\bimportar[ií]a\b|"
    r"\bn'arr[êe]te pas de\b|\bne me d[ée]rangerait pas\b|\bm'en ficherais\b|\bsmetto\b|\bdispiacerebbe\b|"
    r"\bimporterebbe\b|\bh[öo]re? nicht auf\b|\bnichts dagegen\b|\bw[äa]re mir egal\b|\bprzesta\w*\b|"
    r"\bobchodzi\w*\b|\bniet stoppen\b|\bniet (?:erg|uit) (?:vinden|maken)\b|"
    # not living, waking or being here is the wish itself ("ojalá no despertara nunca", "je ne veux plus vivre")
    r"\b(?:don'?t|do not|not|no longer|never|wouldn'?t|didn'?t) (?:really )?(?:want(?:ing)? to |wanna |wish to )?"
    r"(?:live|be alive|be here|exist|wake(?: up)?|go on|keep going|be around)\b|"
    r"\bno (?:quiero |quisiera )?(?:seguir )?(?:vivir|despertar\w*|existir|estar aqu[ií])\b|"
    r"\bne (?:veux |voudrais )?(?:plus |pas )?(?:vivre|me r[ée]veiller|exister|[êe]tre l[àa])\b|"
    r"\bnicht mehr (?:leben|aufwachen|da sein|existieren)\b|\bnie mehr aufwachen\b|"
    r"\bnon (?:voglio |vorrei )?(?:pi[uù] )?(?:vivere|svegliarmi|esistere|esserci)\b|"
    r"\bn[ãa]o (?:quero |queria )?(?:mais )?(?:viver|acordar|existir|estar aqui)\b|"
    r"\bnie (?:chc[eę] |chcia[łl]\w* )?(?:ju[żz] )?(?:[żz]y[ćc]|obudzi[ćc]|budzi[ćc]|istnie[ćc])\b|"
    r"\bniet meer (?:leven|wakker|bestaan|hier zijn)\b|не (?:хочу )?(?:жить|проснуться|просыпаться|существовать)", _I)
_CLAUSE_END = re.compile(r"[,:]|\s(?:but|pero|mais|aber|ma|mas|ale|maar|men|но|але|and|y|et|und|e|i|en)\s", _I)
_SHORT = 30  # words: a longer stretch without a sentence end (a run-on message) is never cut away


def without_negated(text: str) -> str | None:
    """``text`` without the clauses of its risk patterns' matches when every match is negated (and
    there is at least one), else None: a turn whose only risk language is negated ("Je n'ai jamais
    pensé à me suicider, je suis juste épuisée") is decided by stage one as long as what is left
    holds no cue; else what is left is read instead of the turn (``crisis._negated_rest``). A match
    ruled out for another reason (past, someone else's, fiction) or taken as a disclosure, a negated
    match in a run-on stretch, and a negation that affirms (``_AFFIRMING``) give None."""
    cut = _negation_cut(text)
    return None if cut is None else cut[0]


def denied(text: str) -> frozenset[str]:
    """The categories of the negated matches ``without_negated`` cut away ("I've never self harmed":
    nssi); empty when it cuts nothing."""
    cut = _negation_cut(text)
    return frozenset() if cut is None else cut[1]


def without_denials(text: str) -> str | None:
    """``text`` without the clauses of its negated matches when it also holds a disclosure ("I'm not
    suicidal. I just want to sleep forever and never wake up" -> "I just want to sleep forever and never
    wake up"): the learned stage reads that instead of the turn, so the denial of one thing does not
    count against another (``crisis.risk_category``). None when no match is negated (or a negation
    affirms, or a negated match sits in a run-on stretch)."""
    cut = _negation_cut(text, False)
    return None if cut is None or not cut[1] else cut[0]


@lru_cache(maxsize=TURNS)
def _negation_cut(text: str, strict: bool = True) -> tuple[str, frozenset[str]] | None:
    """(``text`` without its negated matches' clauses, their categories). ``strict``: None as soon as
    one match is not negated; else such matches stay (with their clauses) and only the negated ones
    are cut."""
    cut: list[tuple[int, int]] = []
    categories: set[str] = set()
    folded = Folded(text)
    wide = not text.isascii()
    for category, full in _COMPILED:
        located = pruned(full).locate(folded)
        if located is not None:
            pattern, pos = located
            for m in pattern.finditer(text, pos):
                s, e = _sentence_at(text, m.start())
                after = _CLAUSE_END.search(text, m.end(), e)  # "..., but tonight I have the pills ready" stays
                end = after.start() if after else e
                # a negation that affirms, in the match's clause, is no denial ("can't stop thinking about")
                if not _negated(text, m) or _AFFIRMING.search(text, s, end):
                    if strict:
                        return None
                    continue
                if len(text[s:e].split()) > _SHORT:
                    return None
                cut.append((s, end))
                categories.add(category)
        if wide:
            for m in _CJK_COMPILED[category].finditer(text):
                if not _cjk_negated(text, m):
                    if strict:
                        return None
                    continue
                cut.append(_cjk_sentence_at(text, m))
                categories.add(category)
    if risk_use_langs.may_match(folded):
        # USE-m3's own languages (round twelve): their denials and negated matches are cut (each with its
        # sentence) only when all of them are negated, each sentence is short, and the turn without the
        # denials' own words holds no pattern and reads as none to the learned stage (round eleven cut a
        # denial's whole clause and lost disclosures said beside it)
        # (slow31) read lazily, up to the first span that rules the cut out (as ``all`` stopped there before)
        spans, every = [], True
        for span in risk_use_langs.iter_negation_spans(text, folded):
            spans.append(span)
            s, e, _, _, _, neg = span
            if not (neg and len(text[s:e].split()) <= _SHORT):
                every = False
                break
        if spans and every:
            left = _cut(text, cut + [(ms, me - 1) for _, _, ms, me, _, _ in spans])
            if classify(left) == ("none", False) and _reads_none(left):
                cut += [(s, e) for s, e, _, _, _, _ in spans]
                categories.update(c for _, _, _, _, c, _ in spans)
    if not cut:
        return None
    return _cut(text, cut), frozenset(categories)


_WIDE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _reads_none(text: str) -> bool:
    """Whether next to nothing is left of a turn (under two words: a pronoun, an ending, "我", "어요";
    a Chinese, Japanese or Korean character counts half a word) or the learned stage reads what is left
    as none (it reads a lone "我" as risk)."""
    wide = len(_WIDE_CHAR.findall(text))
    if wide / 2 + len(re.findall(r"\w+", _WIDE_CHAR.sub(" ", text))) < 2:
        return True
    from services.quality.checks.counselling.risk_model import learned_category

    return learned_category(text) in (None, "none")


def _cut(text: str, cut: list[tuple[int, int]]) -> str:
    """``text`` without the spans ``cut`` (each up to its sentence end, comma or conjunction)."""
    keep, at = [], 0
    for s, e in sorted(cut):
        if s > at:
            keep.append(text[at:s])
        at = max(at, e + 1)  # past the sentence end, the comma or the space before the conjunction
    keep.append(text[at:])
    return " ".join(k.strip() for k in keep if k.strip())
