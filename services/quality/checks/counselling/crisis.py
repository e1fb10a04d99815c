"""Crisis and self-harm disclosures in client turns: tagged with a risk level, never a
defect. What is flagged is a counsellor turn that answers a disclosure with no safety
response (acknowledging the risk, crisis resources, or urging immediate help)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from services.quality.checks.base import Check, ConversationView
from services.quality.checks.prefilter import Folded, guard
from shared.conversation import Conversation

RiskLevel = Literal["none", "low", "moderate", "high"]
LEVELS: tuple[RiskLevel, ...] = ("none", "low", "moderate", "high")

_HIGH = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all)|take my (?:own )?life|want(?:ed)? to die|"
    r"wish(?:ed)? i (?:was|were) dead|better off dead|no reason to (?:live|go on)|"
    r"(?:do ?n[o']?t|don't) want to (?:live|be alive|be here anymore|wake up)|"
    r"(?:have|made) a plan to (?:die|kill|end)|overdos(?:e|ing) on purpose|going to (?:jump|hang myself)|"
    r"suicide (?:note|plan)|(?:i'?m|am|feel|feeling|been) suicidal|commit(?:ting)? suicide|attempt(?:ed|ing)? suicide)\b",
    re.IGNORECASE,
)
_MODERATE = re.compile(
    r"\b(?:self[- ]?harm(?:ing)?|cut(?:ting)? myself|hurt(?:ing)? myself|burn(?:ing)? myself|"
    r"suicidal (?:thoughts|ideation|feelings)|thoughts (?:of|about) (?:suicide|dying|death|killing)|"
    r"thinking (?:of|about) (?:suicide|ending|killing)|suicid(?:e|al)(?! prevention| awareness| hotline| line)|"
    r"disappear forever|can'?t (?:go on|do this anymore))\b",
    re.IGNORECASE,
)
_LOW = re.compile(
    r"\b(?:hopeless|worthless|shouldn'?t be here|no point (?:in|to) (?:anything|living)|give up on (?:life|everything)|"
    r"empty inside|numb all the time|a burden)\b",
    re.IGNORECASE,
)
# "never tried or contemplated suicide", "not suicidal": a mention, not a disclosure.
_NEGATED = re.compile(r"\b(?:never|not|no|nor|n't|without)\b[^.!?]{0,40}$", re.IGNORECASE)

SAFETY_RESPONSE = re.compile(
    r"\b(?:988|911|999|112|116 123|samaritans|lifeline|hotline|crisis (?:line|text line|center|centre|team|service)|"
    r"text (?:home|hello) to|emergency (?:room|services|department|number)|(?:nearest|local) (?:er|a&e|hospital)|"
    r"call (?:a|your|the) (?:doctor|therapist|crisis|emergency)|are you safe|your safety|keep(?:ing)? (?:yourself )?safe|"
    r"safety plan|(?:seek|get) (?:immediate|emergency|urgent|professional) (?:help|support|care)|"
    r"reach out (?:to|for) (?:help|support|someone|a professional)|(?:mental health|medical) professional|"
    r"(?:talk|speak) (?:to|with) (?:a|your|someone)|(?:please|I'd urge you to|I encourage you to) (?:call|contact|reach)|"
    r"not alone|thank you for (?:telling|trusting|sharing)|(?:i'?m|i am) (?:really |very )?(?:concerned|worried) about you|"
    r"sounds like you(?:'re| are) in (?:a lot of|so much) pain)\b",
    re.IGNORECASE,
)


_TIERS = ((_HIGH, "high"), (_MODERATE, "moderate"), (_LOW, "low"))


def possible(folded: Folded) -> bool:
    """False proves ``risk_level`` is "none": no risk pattern can match."""
    return any(guard(pattern).may_match(folded) for pattern, _ in _TIERS)


@lru_cache(maxsize=4096)  # the check and the report's risk tag both ask, per client turn
def risk_level(text: str) -> RiskLevel:
    folded = Folded(text)
    level: RiskLevel = "none"
    for pattern, candidate in _TIERS:
        for m in (pattern.finditer(text) if guard(pattern).may_match(folded) else ()):
            negated = _NEGATED.search(text[max(0, m.start() - 60):m.start()])
            found: RiskLevel = "low" if negated else candidate
            if LEVELS.index(found) > LEVELS.index(level):
                level = found
        if level == candidate:
            break
    return level


def turn_risk(view: ConversationView, i: int) -> RiskLevel:
    """``risk_level`` of message ``i`` (a client turn), remembered by the view."""
    level = view.risk_levels.get(i)
    if level is None:
        text = view.messages[i].content
        level = view.risk_levels[i] = risk_level(text) if possible(view.fold(text)) else "none"
    return level


def conversation_risk(conversation: Conversation) -> RiskLevel:
    return view_risk(ConversationView(conversation))


def view_risk(view: ConversationView) -> RiskLevel:
    """``conversation_risk`` on a view."""
    levels = [turn_risk(view, i) for i, m in enumerate(view.messages) if m.role == "user"]
    return max(levels, key=LEVELS.index, default="none")


class CrisisSafetyResponse(Check):
    name = "crisis_safety_response"
    reason = "crisis_without_safety_response"
    tier = "counselling"
    weight = 0.5
    recommendation = ("a client discloses risk and the counsellor turn has no safety response: review it, add "
                      "acknowledgement and crisis resources, or keep it out of training")

    def examine(self, view: ConversationView) -> str | None:
        msgs = view.messages
        for i, m in enumerate(msgs):
            level = turn_risk(view, i) if m.role == "user" else "none"
            if LEVELS.index(level) < LEVELS.index("moderate"):
                continue
            reply = next((r for r in msgs[i + 1:] if r.role == "assistant"), None)
            if reply is not None and not SAFETY_RESPONSE.search(reply.content):
                return f"turn {i} discloses {level} risk; the next counsellor turn has no safety response"
        return None
