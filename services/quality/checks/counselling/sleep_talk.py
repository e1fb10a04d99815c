"""Talk of sleeping badly ("I can't sleep at night", "Od tygodni źle śpię", "Ik slaap al weken slecht",
"Non riesco a dormire bene da settimane"): a complaint a counsellor hears every day, not a disclosure
of suicide or self-harm risk.

The learned risk stage read such turns in other languages as a passive wish, self-harm or even a
recent attempt (its router sends them on the sleep word, one of the cues of "I want to sleep forever"),
and the reply checks then wanted a safety response. ``crisis.everyday_alone`` reads a client turn
without these spans when stage one finds no disclosure in it, as it does for medication talk
(``medication_talk``). A turn that also speaks of sleeping for ever or not waking up keeps its words
("no puedo dormir y ojalá no despertara": ``_WAKE_WISH``).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

SLEEP_TROUBLE = re.compile("|".join([
    # en
    r"\b(?:can'?t|cannot|couldn'?t|unable to|struggl\w* to|hard to|trouble|problems?|difficulty) (?:get to |fall(?:ing)? |"
    r"stay(?:ing)? )?(?:sleep(?:ing)?|asleep)\b",
    r"\b(?:i'?ve been |i )?(?:sleep(?:ing)?|slept) (?:so |really |very )?(?:badly|poorly|terribly|little|bad)\b",
    r"\binsomnia\b|\bsleepless nights?\b",
    # es
    r"\bno (?:puedo|consigo|logro|pude) (?:dormir|conciliar el sueño)\b|\bduermo (?:muy )?(?:mal|fatal|poco)\b|\binsomnio\b",
    # fr
    r"\b(?:je )?dors (?:très |trop )?(?:mal|peu)\b|\bn'arrive (?:pas|plus) à (?:dormir|m'endormir)\b|\binsomnies?\b",
    # de
    r"\bschlafe (?:\w+ ){0,3}?(?:schlecht|kaum|wenig)\b|\bkann (?:\w+ )?(?:nicht|kaum) (?:ein)?schlafen\b|\bschlaflos\w*|"
    r"\bSchlafprobleme\w*|\bSchlafstörung\w*",
    # it
    r"\bnon riesco a (?:dormire|addormentarmi)\b|\bdormo (?:molto |troppo )?(?:male|poco)\b|\binsonnia\b",
    # pt
    r"\bnão (?:consigo|durmo) (?:dormir|direito|bem)\b|\bdurmo (?:muito )?(?:mal|pouco)\b|\bins[ôo]nia\b",
    # pl
    r"\b(?:źle|słabo|mało|kiepsko) śpię\b|\bśpię (?:źle|słabo|mało|kiepsko)\b|\bnie mogę (?:za)?snąć\b|\bbezsenno\w*",
    # nl
    r"\bslaap (?:\w+ ){0,3}?(?:slecht|weinig|nauwelijks)\b|\bkan (?:\w+ )?niet (?:in)?slapen\b|\bslapeloos\w*",
    # tr
    r"\b(?:iyi )?uyuyam[ıi]yorum\b|\buykusuzluk\w*|\buyku (?:sorunu|problemi)\w*",
    # ru
    r"плохо сплю|не могу (?:за)?снуть|не могу уснуть|бессонниц\w*",
]), _I)

# sleeping for ever, not waking up: the wish the sleep words also carry
_WAKE_WISH = re.compile(
    r"\b(?:forever|for ever|never wake|not wake|don'?t wake|didn'?t wake|eternal\w*|para siempre|no despertar\w*|"
    r"pour toujours|ne (?:plus |pas )?me réveiller|für immer|nicht mehr aufwach\w*|per sempre|non svegliarmi|para sempre|"
    r"não acordar|na zawsze|nie obudzić|voor altijd|niet meer wakker|sonsuza|uyanmasam|uyanmak istemiyorum)\b|"
    r"навсегда|не проснуться|не просыпаться", _I)


def sleep_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that complain of sleeping badly; none when the turn also speaks of sleeping
    for ever or not waking up (``_WAKE_WISH``)."""
    if _WAKE_WISH.search(text):
        return []
    return [m.span() for m in SLEEP_TROUBLE.finditer(text)]
