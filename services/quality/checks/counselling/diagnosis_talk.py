"""Wondering about, or reporting, a diagnosis ("I think I have ADHD", "Penso di avere la depressione",
"Myślę, że mam depresję", "mi psicóloga dice que tengo TLP"): a question a counsellor hears every day,
not a disclosure of suicide or self-harm risk.

The learned risk stage read such short turns in other languages as active ideation or a method (the
router sends them on the label or the language). ``crisis.everyday_alone`` reads a client turn without
these spans when stage one finds no disclosure in it, as it does for medication and sleep talk. A span
is a frame of thinking, wondering or being told, then a disorder's name within the same clause.
"""

from __future__ import annotations

import re

_LABEL = (r"(?:depressi\w*|depresi\w*|d[ée]pression\w*|depress[ãa]o|depresj\w*|depresyon\w*|депресси\w*|"
          r"anxiety|ansiedad|anxi[ée]t[ée]|angstst[öo]rung|ansia|ansiedade|l[eę]k\w* uogólnion\w*|angststoornis|anksiyete\w*|"
          r"тревожн\w*|adhd|add|tdah|adhs|tda|ocd|toc|doc|zwangsst[öo]rung|bipolar\w*|bipolair\w*|bpd|tlp|borderline|"
          r"ptsd|tept|ptbs|ptss|burn-?out|autism\w*|autismo|autisme|autyzm\w*|otizm|аутизм\w*|dyslexi\w*|dislexia)")
_FRAME = (r"(?:i think|i wonder (?:if|whether)|maybe|i might|could i|do you think|(?:i was|i've been|got) diagnosed with|"
          r"my (?:doctor|gp|psychiatrist|psychologist|therapist) (?:says|said|thinks)|"
          r"creo que|me pregunto si|quiz[áa]s?|tal vez|me diagnosticaron|(?:mi|la) (?:psic[óo]log[oa]|psiquiatra|m[ée]dic[oa]) dice que|"
          r"je pense que|je crois que|je me demande si|peut-[êe]tre|on m'a diagnostiqu[ée]|(?:mon|ma) (?:psy\w*|m[ée]decin) (?:dit|pense) que|"
          r"ich glaube|ich frage mich,? ob|vielleicht|diagnostiziert|mein(?:e)? (?:arzt|[äa]rztin|psycholog\w*|therapeut\w*) (?:sagt|meint)|"
          r"penso di|credo di|mi chiedo se|forse|mi hanno diagnosticato|(?:il mio|la mia) (?:psicolog\w*|medico|psichiatra) dice che|"
          r"acho que|me pergunto se|talvez|fui diagnosticad[ao]|(?:meu|minha) (?:psic[óo]log\w*|m[ée]dic\w*|psiquiatra) diz que|"
          r"my[śs]l[eę],? [żz]e|zastanawiam si[eę],? czy|mo[żz]e|zdiagnozowano|(?:m[óo]j|moja) (?:psycholo\w*|lekar\w*|psychiatr\w*) (?:m[óo]wi|twierdzi)|"
          r"ik denk dat|ik vraag me af of|misschien|gediagnosticeerd|mijn (?:psycholoog|arts|huisarts|psychiater) zegt|"
          r"san[ıi]r[ıi]m|galiba|belki|te[şs]his kondu|мне кажется|думаю|может быть|наверное|поставили диагноз)")

DIAGNOSIS_TALK = re.compile(rf"(?<!\w){_FRAME}(?:[^\S\n]+[^\s.!?;]+){{0,6}}?[^\S\n]+(?:an? |the |la |el |le |une? |die |eine |il |lo |o |uma? |een )?"
                            rf"{_LABEL}\b|(?<!\w){_FRAME}[^\S\n]+{_LABEL}\w*", re.IGNORECASE)


def diagnosis_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that wonder about or report a diagnosis."""
    return [m.span() for m in DIAGNOSIS_TALK.finditer(text)]
