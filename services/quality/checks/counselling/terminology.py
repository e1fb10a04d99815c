"""Clinical terms checked against DSM-5-TR names: outdated or non-standard terms used as a
current diagnosis are flagged with the current term. A term introduced as history
("formerly called Asperger's") is fine."""

from __future__ import annotations

import re

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.prefilter import Folded, guard

CURRENT_TERMS: dict[str, str] = {
    r"multiple personality disorder|split personality": "dissociative identity disorder",
    r"manic[- ]depressi(?:on|ve(?: illness| disorder)?)": "bipolar disorder",
    r"asperger'?s(?: syndrome| disorder)?|asperger syndrome": "autism spectrum disorder",
    r"mental(?:ly)? retard(?:ation|ed)": "intellectual disability (intellectual developmental disorder)",
    r"hypochondria(?:sis)?": "illness anxiety disorder or somatic symptom disorder",
    r"gender identity disorder": "gender dysphoria",
    r"dysthymi(?:a|c disorder)": "persistent depressive disorder",
    r"pervasive developmental disorder|childhood disintegrative disorder": "autism spectrum disorder",
    r"shell[- ]shock": "posttraumatic stress disorder",
    r"attention deficit disorder": "attention-deficit/hyperactivity disorder",
    r"senile dementia|senility": "major or mild neurocognitive disorder",
    r"(?:conversion )?hysteria": "functional neurological symptom disorder (conversion disorder)",
    r"frigidity": "female sexual interest/arousal disorder",
    r"alcoholism": "alcohol use disorder",
}
_TERMS = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), current) for p, current in CURRENT_TERMS.items()]
_HISTORICAL = re.compile(r"\b(?:formerly|previously|once|used to be|no longer|old term|outdated|what was called|"
                         r"known as)\b[^.!?]{0,30}$", re.IGNORECASE)


_ANY = re.compile(rf"\b(?:{'|'.join(CURRENT_TERMS)})\b", re.IGNORECASE)


def outdated_terms(text: str, folded: Folded | None = None) -> list[tuple[str, str]]:
    """(term as written, current term) for each outdated term used as current; ``folded``
    is ``Folded(text)`` when the caller has it."""
    if not guard(_ANY).may_match(folded or Folded(text)) or not _ANY.search(text):
        return []
    found = []
    for pattern, current in _TERMS:
        for m in pattern.finditer(text):
            if not _HISTORICAL.search(text[max(0, m.start() - 50):m.start()]):
                found.append((m.group(0), current))
                break
    return found


class OutdatedTerminology(Check):
    name = "outdated_terminology"
    reason = "outdated_terminology"
    tier = "counselling"
    weight = 0.1
    recommendation = "use current DSM-5-TR terms"

    def examine(self, view: ConversationView) -> str | None:
        found = outdated_terms(view.text("assistant"), view.folded("assistant"))
        return "; ".join(f"{old!r} is now {new!r}" for old, new in found) or None
