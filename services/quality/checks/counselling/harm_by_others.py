"""Harm another person does to the client ("my dad hits me", "mi padre me pega", "il me frappe",
"mein Vater schlägt mich", "mnie bije", "beni dövüyor", "يضربني", "打我", "殴られ", "저를 때려요"): a
disclosure for safeguarding, not of the client's own suicide or self-harm risk.

The risk detector reads a client turn without these clauses (``crisis.reading``): the learned
stage read the violence itself as the client's risk (a Spanish "mi padre me pega cuando bebe" as a
passive wish, a Polish "popchnął mnie na ścianę" as a plan), while what the client says of
themselves stays: "Mi padre me pega y a veces pienso que estaría mejor muerta" reads "Mi padre y a
veces pienso que estaría mejor muerta". A clause is only the other's act with the client as its
object (a third-person subject, or in English the subject named; a third-person verb form with the
object clitic elsewhere; passive forms in Japanese), never the client's own act on themselves ("je
me frappe", "me pego", "打自己") and never a verb a disclosure is made of ("me quita las ganas de
vivir", "it's killing me" are not here).
"""

from __future__ import annotations

import re

from services.quality.checks.counselling.spans import without_spans
from shared import prescreen

_I = re.IGNORECASE
_PERSON_EN = (r"(?:he|she|they|someone|somebody|people|(?:my|our|the|his|her|their|a|some) (?:[\w']+ ){0,2}?"
              r"(?:dad|father|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fianc\w*|brother|sister|step\w+|uncle|aunt|"
              r"cousin|teacher|boss|manager|coach|kids|boys|girls|guys?|man|men|classmates?|friends?|neighbou?rs?|landlord|"
              r"grand\w+|son|daughter|parents?|family|carer|bully|bullies|colleagues?|coworkers?))")
_VERB_EN = (r"(?:hit(?:s|ting)?|beat(?:s|ing|en)?(?: up)?|punch(?:es|ed)?|kick(?:s|ed)?(?= me (?!out))|slap(?:s|ped)?|"
            r"push(?:es|ed)?(?= me (?!to |into (?!the |a )))|"
            r"shove[sd]?|chok(?:e|es|ed)|strangl(?:e|es|ed)|grab(?:s|bed)?|threaten(?:s|ed)?|(?:yell|scream|shout)(?:s|ed)? at|"
            r"insult(?:s|ed)?|bull(?:y|ies|ied)|rap(?:e|es|ed)|assault(?:s|ed)?|abus(?:e|es|ed)|attack(?:s|ed)?|lock(?:s|ed)?|"
            r"sp(?:it|its|at) on|harass(?:es|ed)?|stalk(?:s|ed)?|molest(?:s|ed)?|touch(?:es|ed)|trip(?:s|ped)?|whip(?:s|ped)?|"
            r"belt(?:s|ed)?)")
HARM = re.compile("|".join([
    # en: a third person, up to three words (always, keeps, has been), the verb, me
    rf"\b{_PERSON_EN} (?:\w+ ){{0,3}}?{_VERB_EN} me\b(?: up)?",
    # es / pt / it / fr: the clitic, a third-person form of a violence verb
    r"\bme (?:ha |han |había |habían )?(?:pega(?:n|ba|ban)?|pegó|pegado|golpe(?:a|an|aba|aban|ó|ado)|empuj(?:a|an|ó|aba|ado)|"
    r"abofete(?:a|an|ó|ado)|pate(?:a|an|ó|ado)|maltrat(?:a|an|ó|aba|ado)|insult(?:a|an|ó|aba|ado)|grit(?:a|an|ó|aba|ado)|"
    r"viol(?:ó|a|ado)|amenaz(?:a|an|ó|aba|ado)|estrangul(?:a|an|ó|aba|ado)|acos(?:a|an|ó|aba|ado)|humill(?:a|an|ó|aba|ado))\b",
    r"\bme (?:bate(?:m|u|ram|ia)?|empurr(?:a|am|ou|aram)|xing(?:a|am|ou)|agrid(?:e|em|iu)|espanc(?:a|am|ou|aram)|chut(?:a|am|ou))\b",
    r"\b(?:bate|bateu|espancou|empurrou|agrediu)-me\b",
    r"\bmi (?:ha |hanno |aveva )?(?:picchi(?:a|ano|ava|ato|ata)|colpisc(?:e|ono)|colpit[oa]|sping(?:e|ono)|spint[oa]|"
    r"prend(?:e|ono) a (?:calci|schiaffi|pugni)|pres[oa] a (?:calci|schiaffi|pugni)|insult(?:a|ano|ava|ato|ata)|"
    r"maltratt(?:a|ano|ava|ato|ata)|urla(?:no)? (?:contro|addosso))\b",
    r"(?<!\bje )(?<!\bj')\b(?:me |m')(?:frapp(?:e|ent|ait|aient)|gifl(?:e|ent|ait)|bat(?:tent|tait)?|pouss(?:e|ent|ait)|"
    r"insult(?:e|ent|ait)|tap(?:e|ent|ait)|cogn(?:e|ent|ait)|harc[eè]l(?:e|ent|ait)|humili(?:e|ent|ait)|viol(?:e|ent|ait))\b",
    r"\b(?:m'a|m'ont|m'avait|m'avaient) (?:\w+ )?(?:frapp|gifl|battu|pouss|viol|insult|tap|cogn|harcel|humili|étrangl|etrangl)\w*",
    # de
    r"\b(?:schlägt|schlagen|schlug|schlugen|tritt|treten|schubst|schubsen|schubste|verprügelt|verprügeln|würgt|würgte|"
    r"beschimpft|beschimpfen|bedroht|bedrohen|belästigt|belästigen|misshandelt|misshandeln|schreit|schreien) mich\b(?: an)?",
    r"\b(?:hat|haben|hatte|hatten) mich (?:\w+ ){0,3}?(?:geschlagen|getreten|geschubst|verprügelt|gewürgt|vergewaltigt|"
    r"beschimpft|bedroht|belästigt|misshandelt|angeschrien|gestoßen)\b",
    # nl
    r"\b(?:slaat|slaan|sloeg|sloegen|schopt|schoppen|schopte|schopten|duwt|duwen|duwde|duwden|mishandelt|mishandelen|"
    r"bedreigt|bedreigde|scheldt|schelden|schold|pest|pesten|pestte|pestten)(?: ze| hij| zij)? (?:me|mij)\b(?: uit)?",
    r"\bgeeft (?:me|mij) (?:klappen|een klap|slaag|een trap)\b",
    r"\b(?:heeft|hebben|had|hadden) (?:me|mij) (?:\w+ ){0,2}?(?:geslagen|geschopt|geduwd|mishandeld|bedreigd|verkracht|uitgescholden)\b",
    # pl
    r"\b(?:bije|biją|bił|biła|bili|biły|uderzy\w*|popchn\w*|popycha\w*|kopie|kopią|kopał\w*|szarpie|szarpał\w*|dusił\w*|"
    r"wyzywa\w*|poniża\w*|zgwałcił\w*|pobił\w*) mnie\b",
    r"\bmnie (?:\w+ )?(?:bije|biją|bił|biła|bili|uderzy\w*|popchn\w*|popycha\w*|kopie|kopią|kopał\w*|szarpie|pobił\w*)\b",
    r"\bkrzycz\w* na mnie\b|\bgrozi\w* mi\b",
    # tr
    r"\b(?:beni|bana) (?:\w+ ){0,2}?(?:dövüyor\w*|dövdü\w*|döver|tekmeli\w*|itti\w*|itiyor\w*|vuruyor\w*|vurdu\w*|"
    r"bağırıyor\w*|bağırdı\w*|tehdit (?:ediyor|etti)\w*|aşağılıyor\w*)",
    r"\b(?:kemerle|sopayla|tokatla) (?:\w+ )?(?:vuruyor|vurdu|dövüyor|dövdü)\w*",
    # ru
    r"\b(?:бьёт|бьет|бьют|бил|била|били|избивает|избил|избила|ударил|ударила|толкнул|толкнула|душил|душила|оскорбляет) меня\b",
    r"\bменя (?:\w+ )?(?:бьёт|бьет|бьют|бил|била|избивает|избил|ударил|толкнул)\b|\bугрожа\w* мне\b",
    # ar: a violence verb with the attached "me" (ـني)
    r"[يت]?(?:ضرب|دفع|ركل|هدد|شتم|صفع|خنق|يضرب)(?:ون|ان|وا)?ن?ني",
    # zh / ja / ko
    r"(?:打|踢|抽|推|骂|掐|揍|扇|威胁)我(?!自己|电话|手机)",
    r"(?:殴られ|叩かれ|蹴られ|突き飛ばされ|怒鳴られ|脅され)",
    r"(?:저를|나를|날)\s*(?:\S+\s+){0,2}?(?:때려|때렸|때리|밀었|밀어|발로 차)\S*",
]), _I)


# a negated act is none: "he never touches me", "no me pega", "ne me frappe pas", "schlägt mich nicht"
_NEGATED_IN = re.compile(r"\b(?:never|not|no longer|doesn't|didn't|don't|won't|wouldn't|hasn't|hadn't|isn't)\b|n't\b", _I)
_NEGATED_BEFORE = re.compile(r"\b(?:no|non|não|nao|ne|nie|не)\s*$", _I)
# ("plus" only where its clause ends: "il me frappe plus." no longer, "plus fort" harder; Portuguese
# "mais" is "more" without the "não" before that ``_NEGATED_BEFORE`` reads)
_NEGATED_AFTER = re.compile(r"\s*(?:nicht|niet|pas|jamais)\b|\s*plus\s*(?:[.,;!?]|$)", _I)


def harm_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause in which another person harms the speaker."""
    if not prescreen.may_match(HARM, text):  # the native screen's no: ~2 us, where ``re`` takes ~250 on a long turn
        return []
    return [m.span() for m in HARM.finditer(text)
            if not (_NEGATED_IN.search(m.group(0)) or _NEGATED_BEFORE.search(text, max(0, m.start() - 5), m.start())
                    or _NEGATED_AFTER.match(text, m.end()))]


def without_harm_by_others(text: str) -> str:
    """``text`` without its harm-by-others clauses (the rest joined by single spaces), or ``text``
    itself when it holds none."""
    return without_spans(text, harm_spans(text))
