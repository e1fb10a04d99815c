"""General-purpose instructions among client turns: structural guards that keep the counselling
tier from reading a task as a disclosure.

The counselling tier runs on every conversation, and general instruction data (coding, maths,
writing and translation tasks, trivia) is full of the words it listens for: "kill the process",
"jump to line 42", "translate 'I feel so lonely'", "list synonyms for sad". Two shapes of client
turn are not a client telling of themselves, whatever words they hold:

- ``text_task``: a task about given text (translate, edit, rewrite, proofread, summarise,
  classify, find the synonyms, antonyms or parts of speech of, detect the tone or language of,
  "how do you say", "what does ... mean"), when the instruction itself holds no first-person
  word: the feeling words are in the material (quoted, or after the instruction's colon or line
  break), not said by the client. Returns the instruction without its material, which is what
  the risk detector then reads ("Rewrite my suicide note: ..." keeps its first person and is not
  a text task; "Translate this: 'I want to die'" reads as "Translate this:").
- ``impersonal_instruction``: an English instruction (ASCII, with an English function word) that
  opens with an imperative task verb
  ("Give", "Compare", "Describe", "Write", "List", ...) and holds no first-person word at all (no
  I, me, my, we, us, our): nobody is speaking of themselves. The learned risk stage does not read
  it (the patterns still do: "Write a poem about wanting to die" is still read by them), and the
  reply checks that ask how a reply answers a client's distress do not apply to its answer.

Both are deliberately narrow: a turn with any first-person word, or that does not open with a
task verb, is read as before. Measured on the counselling labelled sets' training and validation
parts (``tests/unit/quality/test_task_frame.py`` keeps the at-risk turns out of both guards).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_OPENING = (r"^\s*(?:(?:please|pls|kindly|now|ok(?:ay)?|hi|hello|hey)[,!.]?\s+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?)?"
            r"(?:(?:briefly|quickly|concisely|carefully|succinctly|then|also)\s+)?")

# verbs of a task about text, at the start of the turn (en, es, fr, de, pt, it, pl, nl, zh)
_TEXT_VERBS = (
    r"translate|edit|rewrite|re-write|rephrase|reword|paraphrase|proofread|proof-read|correct|fix the (?:grammar|spelling|"
    r"punctuation|typos?|errors?)|summari[sz]e|sum up|classify|categori[sz]e|label|tag|identify|detect|analy[sz]e|"
    r"convert|change|transform|turn|make (?:this|the|these|each|it)|shorten|simplify|expand|capitali[sz]e|punctuate|"
    r"spell|count|tokeni[sz]e|rank|sort|alphabeti[sz]e|order|reorder|rearrange|extract|underline|circle|replace|"
    r"check (?:the|this|these|for)|improve (?:the|this|these)|complete (?:the|this)|fill in|split|combine|join|"
    r"find (?:the|all|a|an|any|\d+|three|five|ten) (?:\w+ )?(?:synonyms?|antonyms?|words?|verbs?|nouns?|adjectives?|"
    r"adverbs?|errors?|mistakes?|subject|object|rhym\w*|idioms?|emotion|tone|sentiment|theme|metaphor|simile|"
    r"figure of speech|part of speech|tense|language)|"
    r"(?:give|list|provide|name|generate|suggest|write|find|what (?:is|are)|what'?s)(?: me)?(?: (?:a|an|the|some|\d+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\w+ more))?(?: (?:other|good|common|english|formal|informal))? "
    r"(?:synonyms?|antonyms?|opposites?|rhym\w*|idioms?|words? (?:for|that|meaning|with)|adjectives? (?:for|to)|plural|"
    r"past tense|comparative|superlative|noun form|adjective form|verb form|ipa|pronunciation|root|etymology|"
    r"meaning|definition|sentiment|tone|mood|emotion|part of speech|tense|language)|"
    r"how (?:do|would|can) (?:you|i|one) (?:say|write|spell|pronounce|translate)|what does .{1,80} mean|"
    r"what is the meaning of|is (?:it|this) (?:correct|right|grammatical)|which (?:is|sentence|word) (?:is )?correct|"
    r"traduc\w*|traduis\w*|tradu[zs]\w*|tradu\w*|übersetz\w*|ubersetz\w*|corrig\w*|correggi\w*|korrigier\w*|"
    r"popraw\w*|przetłumacz\w*|przetlumacz\w*|vertaal\w*|resum\w*|riassum\w*|zusammenfass\w*|fasse .{0,20} zusammen|"
    r"reescrib\w*|réécri\w*|reecri\w*|riscriv\w*|umschreib\w*|formule\w*|reformul\w*|"
    r"(?:da(?:me)?|donne(?:-moi)?|nenne|dammi|d[aê]-me)(?: \w+){0,3} (?:sin[oó]nimos?|synonymes?|synonyme|sinonimi|"
    r"ant[oó]nimos?|antonymes?|antonyme|contrari)"
)
_TEXT_TASK = re.compile(_OPENING + r"(?:" + _TEXT_VERBS + r")\b", _I)
_TEXT_TASK_ZH = re.compile(r"^\s*(?:请)?(?:帮我)?(?:把|将)?.{0,12}(?:翻译|改正|修改|改写|纠正|润色|总结|概括)|"
                           r"^\s*(?:给我|请给出|列出).{0,6}(?:近义词|同义词|反义词)")

# imperative task verbs an English instruction opens with ("Given a list of numbers, sort ..." too)
_IMPERATIVE = re.compile(_OPENING + r"(?:given (?:a|an|the|two|three|this|these|some|following)\b|" + (
    r"give|compare|contrast|develop|describe|name|write|generate|create|list|compile|enumerate|explain|translate|summari[sz]e|"
    r"classify|categori[sz]e|identify|find|calculate|compute|convert|suggest|design|construct|compose|provide|"
    r"analy[sz]e|evaluate|outline|rewrite|edit|predict|determine|produce|propose|rank|sort|brainstorm|"
    r"formulate|paraphrase|rephrase|reword|cite|state|define|draft|build|implement|debug|solve|discuss|research|"
    r"recommend|select|choose|pick|match|fill|complete|arrange|reorder|correct|detect|extract|insert|add|delete|"
    r"remove|change|transform|turn|estimate|illustrate|plan|organi[sz]e|prepare|convert|assign|count|proofread|"
    r"simplify|shorten|expand|elaborate|summarise|tell|show|teach|recite|reverse|spell|label|tag|group|divide|"
    r"separate|split|combine|merge|replace|locate|look up|search|find out|come up with|think of|offer|devise|"
    r"invent|render|code|program|sketch|draw|plot|graph|chart|tabulate|format|encode|decode|encrypt|decrypt|"
    r"optimi[sz]e|refactor|test|verify|validate|check|review|critique|rate|score|grade|measure|quantify|"
    r"make (?:a|an|the|up|sure|some|\d+|two|three|four|five|ten|this|these|each|it (?:more|less|shorter|longer|sound))"
) + r")\b", _I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|"
                           r"ours|ourselves)\b", _I)
# the first person of the other languages a text task may be written in (an instruction in them
# that holds one is not a text task)
_FIRST_PERSON_OTHER = re.compile(
    r"\b(?:yo|mi|mis|me|moi|mon|ma|mes|je|j'|ich|mein\w*|mich|mir|eu|meu|minha|meus|minhas|io|mio|mia|miei|mie|"
    r"ja|mój|moja|moje|mnie|mi|ik|mijn|mij)\b|我", _I)
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|"
                     r"(?<!\w)'[^'\n]+'(?!\w)")
_ASCII_ISH = re.compile(r"^[\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0-\u00ff]*$")
# English it must be ("Describe la mejor forma de morir" opens with a Spanish imperative too)
_ENGLISH = re.compile(r"\b(?:the|a|an|of|to|and|for|with|this|that|these|those|following|given|between|from|into|"
                      r"about|how|what|which|is|are|in|on|its|their|your)\b", _I)


def _instruction(text: str) -> str:
    """The instruction of a task turn without its material: the first line when more lines follow
    (the given input), else the part before the first colon when text follows it, and without
    quoted spans."""
    head, sep, tail = text.strip().partition("\n")
    if sep and tail.strip():
        text = head
    else:
        before, colon, after = text.partition(":")
        if colon and after.strip() and "//" not in after[:2]:
            text = before + ":"
    return _QUOTED.sub(" ", text)


def text_task(text: str) -> str | None:
    """The instruction of a task about given text, without its material (see the module
    docstring), or None when the turn is not one: it does not open with such a task, or its
    instruction holds a first-person word (the material may be the client's own words)."""
    if not (_TEXT_TASK.match(text) or _TEXT_TASK_ZH.match(text)):
        return None
    instruction = _instruction(text)
    asked = _ASKING.sub("", instruction.replace("\u2019", "'"), count=1)
    if _FIRST_PERSON.search(asked) or _FIRST_PERSON_OTHER.search(asked):
        return None
    return instruction


# "how do I say ...", "give me five antonyms of ...": the first person of the one asking about
# language, not speaking of themselves (in a text task only)
_ASKING = re.compile(_OPENING + r"(?:how (?:do|would|can) i (?:say|write|spell|pronounce|translate)|"
                     r"(?:give|tell|show|find|list|provide|write|send) me)\b", _I)


def impersonal_instruction(text: str) -> bool:
    """An English instruction with no first-person word: opening with an imperative task verb, or
    (replies round twenty-six) such a verb opening a later sentence, or a factual wh-question with no
    second-person word either, the last two only when no word of a client's life or distress is in
    the turn (``_PERSONAL``)."""
    opening = _IMPERATIVE.match(text) is not None
    asked = not opening and _FACT_QUESTION.match(text) is not None
    later = not opening and not asked and _LATER_IMPERATIVE.search(text) is not None
    if not (opening or asked or later) or _ASCII_ISH.match(text) is None:
        return False
    plain = text.replace("\u2019", "'")
    if _FIRST_PERSON.search(plain) is not None:
        return False
    if opening:
        return _ENGLISH.search(text) is not None or _ENGLISH_MORE.search(text) is not None
    if asked and (_SECOND_PERSON.search(plain) is not None or len(text.split()) < 3 or _WHAT_IF.match(plain)):
        return False  # "What should you do?"; "Why keep going?", "What if he leaves?" are no task
    if later and _ENGLISH.search(text) is None:
        return False
    # (review of the session: "Why won't he text back?", "He left last night. Explain that to the kids")
    if _PERSONAL.search(plain) is not None:
        return False
    # a question names its subject ("Who wrote Hamlet?"), not "he" or "they"; a later instruction may say "them"
    # ("The following numbers are given ... Sort them"), not "he" or "she"
    return (_THIRD_PERSON if asked else _THIRD_PERSON_ONE).search(plain) is None


_WHAT_IF = re.compile(r"\s*what if\b", _I)
# someone in the client's life spoken of: a factual question names its subject, not "he" or "they"; a later
# instruction may say "them" ("Sort them"), so it is held to the singular and the life words only
_THIRD_ONE_WORDS = (r"he|she|him|her|hers|himself|herself|he's|she's|fault|marriage|relationship|ex|leave|leaves|left|"
                    r"goodbye|text back|restraining")
_THIRD_PERSON_ONE = re.compile(rf"\b(?:{_THIRD_ONE_WORDS})\b", _I)
_THIRD_PERSON = re.compile(rf"\b(?:{_THIRD_ONE_WORDS}|they|them|theirs|themselves|they're|going on|keep going|be here|"
                           r"use of)\b", _I)


# replies round twenty-six: the general forms of a task given to an assistant. An English function
# word may be missing from a short instruction ("Name three capitals", "List prime numbers")
_ENGLISH_MORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|some|all|each|every|several|"
                           r"few|many|examples?|ways?|tips?|types?|kinds?|facts?|words?|sentences?|numbers?|"
                           r"items?|list|steps?|ideas?|reasons?|differences?|similarities|synonyms?|names?)\b", _I)
# a task verb opening a later sentence or line ("Here is a paragraph. Summarise it.", "Consider the
# list below.\nSort it"): the verbs of a task only, not the everyday ones (tell, show, make, stop)
# (thirty-first session, slow31) The sentence break is read without backtracking: ``\n[^\S\n]*+`` (the spaces after
# the LAST line break of a run, where ``\n\s*`` read the whole run again from every line break, quadratic: 96 CPU s
# on 20,000 newlines) and ``\s++`` (what follows is a word, never a space, so giving a space back never matched).
# ``search`` finds a match exactly when the old form did (tests/unit/quality/test_pathological_inputs.py).
_LATER_IMPERATIVE = re.compile(
    r"(?:[.!?:;]\s++|\n[^\S\n]*+)(?:(?:please|now|then|also)\s+)?(?:(?:can|could|would|will) you\s+(?:please\s+)?)?"
    r"(?:list|compile|enumerate|name|give (?!up\b|in\b)|generate|write|create|describe|explain|summari[sz]e|"
    r"classify|categori[sz]e|translate|suggest|provide|identify|find|calculate|compute|compare|contrast|rewrite|"
    r"edit|outline|brainstorm|convert|sort|rank|paraphrase|rephrase|reword|proofread|analy[sz]e|evaluate|define|"
    r"draft|compose|construct|design|determine|predict|estimate|solve|extract|format|tabulate|debug|implement|"
    r"refactor)\b", _I)
# a factual question: a wh-word opening the turn ("What is the capital of Peru?", "How many moons
# does Mars have?", "Who wrote Hamlet?")
_FACT_QUESTION = re.compile(_OPENING + r"(?:what|which|who|whom|whose|when|where|why|how)\b", _I)
_SECOND_PERSON = re.compile(r"\b(?:you|you're|youre|you've|you'd|you'll|your|yours|yourself|yourselves|u|ur|ya|"
                            r"y'all|yall|thou|thee|thy)\b", _I)
# the words of a client's life, body, harm or distress: a later-sentence instruction or a question
# that holds one may be a client speaking without "I" ("Everything is hopeless. List reasons to live.",
# "What's the point of living?", "How many pills is a lethal dose?") and stays a client turn
_PERSONAL = re.compile(
    r"\b(?:die|dies|died|dying|death|deaths|dead|deadly|kill\w*|suicid\w*|overdos\w*|od|lethal|fatal|pills?|"
    r"tablets?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|xanax|sleeping|hang\w*|noose|rope|jump\w*|"
    r"bridge|cliff|cut|cuts|cutting|self[- ]?harm\w*|harm\w*|hurt\w*|pain\w*|bleed\w*|blood|poison\w*|gun|guns|"
    r"weapon\w*|knife|knives|razor\w*|blade\w*|wrist\w*|starv\w*|fast|fasting|calorie\w*|cals?|kcals?|weigh\w*|fat|thin|"
    r"skinny|vomit\w*|purg\w*|laxative\w*|binge\w*|diet\w*|eat|eats|eating|ate|food|meals?|hungry|hunger|"
    r"anorexi\w*|bulimi\w*|body|bodies|abus\w*|rap(?:e|ed|ist)|assault\w*|beat\w*|hit|hits|hitting|violen\w*|"
    r"stalk\w*|bully\w*|bullied|sad|sadness|depress\w*|anxi\w*|lonel\w*|alone|hopeless\w*|worthless\w*|"
    r"useless|empty|numb|tired|exhaust\w*|cry|cries|crying|scared|afraid|fear\w*|panic\w*|stress\w*|grief|"
    r"griev\w*|miss|missing|point|pointless|meaning\w*|life|lives|live|living|alive|hate\w*|care|cares|love|"
    r"loved|nobody|no one|anyone|everyone|everybody|everything|anymore|bother|worth|unhappy|happy|feel\w*|"
    r"emotion\w*|mental\w*|therap\w*|psych\w*|drug\w*|alcohol\w*|drunk|drink\w*|addict\w*|medic\w*|meds|"
    r"dose\w*|dosage|mg|sertraline|prozac|lithium|divorce\w*|breakup|broke up|cheat\w*|sex\w*|pregnan\w*|"
    r"parents?|mom|mum|dad|mother|father|husband|wife|boyfriend|girlfriend|partner|friends?|family|"
    r"grave|funeral|bury|buried|wrong with|normal|okay|ok|still|even|so hard|always|never|nothing|matters?|"
    r"give up|give in|end it|way out|stop|cope|coping|losing|lost|loss|help|support|suffer\w*|struggl\w*|hard|"
    r"difficult|deal with|get over|move on|heal\w*|recover\w*|trauma\w*|ptsd|crisis|hotline|helpline|"
    r"counsel\w*|sleep\w*|asleep|insomnia|wake|waking|unconscious|melatonin|supplements?|vitamins?|"
    r"milligrams?|antidepressants?|benzo\w*|opioids?|opiates?|fentanyl|heroin|insulin|painkillers?|prescri\w*|"
    r"doctors?|hospital\w*|symptoms?|disorders?|diagnos\w*|ill|illness|sick|enough|painless\w*|fastest|quickest|"
    r"easiest|quietest|toxic\w*|drown\w*|suffocat\w*|carbon monoxide|gas|oven|fumes|bleach|antifreeze|cyanide|"
    r"arsenic|railway|train tracks|rooftop|roof|ledge|balcony|storey\w*|veins?|arter\w*|neck|surviv\w*|mix\w*|"
    r"amount of|how much of)\b", _I)


def general_task(text: str) -> bool:
    """Either shape: a task about text or an impersonal instruction."""
    return text_task(text) is not None or impersonal_instruction(text)
