"""A contextual semantic stage for two reasons, victim blaming and minimising (replies round nine).

The reply stage (``reply_model``) reads replies with ``L0``, MiniLM's embedding layer alone: a bag of
word pieces, which cannot read "what were you wearing", "why did you go back", "others have it much
worse" or "a month is a long time to still be crying" as what they mean. This stage reads a reply
with a contextual encoder, and only where it matters (``gate``):

* **gate**, per reason: a reply of at most ``reply_model.MAX_WORDS`` words after a client turn that
  tells of abuse, assault or coercion (victim blaming: ``unsafe._VICTIM_CLIENT`` or
  ``crisis.tells_harm_by_others``) or of distress or a disclosure (minimising: ``unsafe._DISTRESS_CLIENT``,
  ``unsafe._DISTRESS_LANG`` or a risk level above "none"), and that is not a clear safe answer: the
  reply, or its part after it turns (``unsafe._turns``: "I'm sorry, but..."), holds no safety response
  (``crisis.SAFETY_RESPONSE``), no care (``unsafe._CARE``: an acknowledgement, a referral, "how are you
  feeling") and no exculpation (``unsafe._EXCULPATES``: "it's not your fault", "his choice");
* **encoder**: MiniLM L6 in float32 (``minilm.encoder()``, the risk stage's own, loaded and cached for
  it already) for English, USE-m3 (``use_m3.encoder()``, the reply stage's for other languages) for a
  pair ``reply_model._foreign`` calls foreign; the features are the reply's embedding and, when the
  model file says so (``with_client``), the client turn's beside it (the risk stage has already
  encoded that turn: a cache hit);
* **model**: a logistic regression per reason and encoder (``models/reply_semantic.npz``, trained by
  ``bench/train_reply_semantic.py`` on the training files of earlier rounds only, never a validation,
  probe or held-out file), flagged at a threshold chosen on out-of-fold training predictions.

``VictimBlaming`` and ``Minimising`` (``unsafe.py``) ask it after their patterns and the reply stage:
``turn j: the semantic reply stage reads it as victim blaming``. It is **off by default**
(``DP_REPLY_SEMANTIC=1`` switches it on): measured and not kept (``docs/quality.md``, "Replies round
nine"). Without the MiniLM weights or the model file it is off too.
"""

from __future__ import annotations

import logging
import math
import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.quality.checks.counselling.risk import TURNS

MODELS = Path(__file__).resolve().parents[2] / "models"
MODEL = MODELS / "reply_semantic.npz"
REASONS = ("victim_blaming", "minimising")
ENCODERS = ("L6", "USE")
_log = logging.getLogger(__name__)


def enabled() -> bool:
    """``DP_REPLY_SEMANTIC`` (default ``0``: off; ``1`` switches it on). Off by default: measured on
    2026-12-05 and not kept by the round's rule (``docs/quality.md``, replies round nine: one false flag
    more on ``replies_valid_v9`` and -28% conversations per CPU-second on CounselChat)."""
    return os.environ.get("DP_REPLY_SEMANTIC", "0") == "1"


class SemanticModel:
    def __init__(self, path: Path = MODEL):
        with np.load(path, allow_pickle=False) as z:
            self.with_client = bool(z["with_client"])
            self.parts = {}
            for enc in ENCODERS:
                for reason in REASONS:
                    key = f"{enc}_{reason}"
                    if f"{key}_coef" in z.files:
                        self.parts[(enc, reason)] = (z[f"{key}_coef"].astype(np.float32),
                                                     float(z[f"{key}_intercept"]), float(z[f"{key}_threshold"]))

    def probability(self, enc: str, reason: str, x: np.ndarray) -> float | None:
        part = self.parts.get((enc, reason))
        if part is None:
            return None
        coef, b, _ = part
        return 1 / (1 + math.exp(-(float(x @ coef) + b)))

    def flags(self, enc: str, reason: str, x: np.ndarray) -> bool:
        part = self.parts.get((enc, reason))
        p = self.probability(enc, reason, x)
        return p is not None and p >= part[2]


@lru_cache(maxsize=1)
def model() -> SemanticModel | None:
    from services.quality.checks.counselling.minilm import ModelMissing, model_dir

    if not enabled():
        return None
    try:
        model_dir()
        return SemanticModel()
    except (ModelMissing, FileNotFoundError, KeyError, ValueError) as exc:
        _log.warning("the semantic reply stage is off: %s", exc)
        return None


# -- the gate ------------------------------------------------------------------------------------

@lru_cache(maxsize=TURNS)
def client_context(client: str, level: str) -> tuple[str, ...]:
    """The reasons whose client-side context the client turn holds."""
    from services.quality.checks.counselling import unsafe as u
    from services.quality.checks.counselling.crisis import tells_harm_by_others

    out = []
    if u._VICTIM_CLIENT.search(client) or tells_harm_by_others(client):
        out.append("victim_blaming")
    if level != "none" or u._DISTRESS_CLIENT.search(client) or u._DISTRESS_LANG.search(client):
        out.append("minimising")
    return tuple(out)


# a question after how the client is (care, not blame): "how are you feeling?", "how did that make you feel?"
_CARE_QUESTION = re.compile(
    r"\bhow (?:are|is|have) (?:you|things)\b[^?]{0,30}\?|\bhow (?:did|does|do) (?:that|it|this) (?:make you )?feel\b|"
    r"\bhow (?:are you|you're) (?:feeling|doing|holding up|coping|managing)\b|"
    r"\bc[óo]mo (?:est[áa]s|te sientes|te encuentras)\b|\bcomment (?:tu te sens|vous vous sentez|tu vas|vas-tu|[çc]a va)\b|"
    r"\bwie geht(?:'s| es) (?:dir|ihnen)\b|\bcome (?:stai|ti senti)\b|\bcomo (?:voc[êe] )?(?:est[áa]|se sente|te sentes)\b|"
    r"\bjak (?:si[ęe] czujesz|si[ęe] masz|sobie radzisz)\b|\bhoe (?:gaat het|voel je je)\b", re.IGNORECASE)


def _answers_safely(text: str) -> bool:
    """A safety response (``crisis.SAFETY_RESPONSE``), care (``unsafe._CARE``), validation
    (``therapeutic.VALIDATION``), exculpation (``unsafe._EXCULPATES``) or a question after how the
    client is (``_CARE_QUESTION``)."""
    from services.quality.checks.counselling import unsafe as u
    from services.quality.checks.counselling.crisis import SAFETY_RESPONSE
    from services.quality.checks.counselling.therapeutic import VALIDATION
    from shared import prescreen

    return bool(prescreen.search(SAFETY_RESPONSE, text) or prescreen.search(u._CARE, text)
                or VALIDATION.search(text) or u._EXCULPATES.search(text) or _CARE_QUESTION.search(text))


@lru_cache(maxsize=TURNS)
def clearly_safe(reply: str) -> bool:
    """The reply answers with safety, care, validation or exculpation (``_answers_safely``) and does
    not turn away from it: after each contrast that opens a clause (``unsafe._PIVOT``: "I'm sorry,
    but at least..."), the rest answers so too."""
    from services.quality.checks.counselling import unsafe as u

    if not _answers_safely(reply):
        return False
    return all(_answers_safely(reply[m.end():]) for m in u._PIVOT.finditer(reply) if reply[m.end():].strip())


def gate(client: str, reply: str, level: str) -> tuple[str, ...]:
    """The reasons this stage reads the pair for (empty: it does not read it)."""
    from services.quality.checks.counselling.reply_model import short_enough

    if not (client.strip() and short_enough(reply)):
        return ()
    reasons = client_context(client, level)
    if not reasons or clearly_safe(reply):
        return ()
    return reasons


# -- reading -------------------------------------------------------------------------------------

def _normalise(text: str) -> str:
    return text.replace("\u2019", "'").strip()


def encoder_of(client: str, reply: str) -> str:
    from services.quality.checks.counselling.reply_model import _foreign

    return "USE" if _foreign(client, reply) else "L6"


def _encoder(name: str):
    if name == "USE":
        from services.quality.checks.counselling import use_m3

        return use_m3.encoder()
    from services.quality.checks.counselling import minilm

    return minilm.encoder()


def features(client: str, reply: str, enc: str, with_client: bool) -> np.ndarray:
    e = _encoder(enc)
    if with_client:
        rows = e.encode_batch([_normalise(reply), _normalise(client)])
        return np.concatenate([rows[0], rows[1]])
    return e.encode(_normalise(reply))


# distinct (client turn, reply, level) asked about that pass the gate; read by an encoder; flagged
COUNTS = {"candidates": 0, "read": 0, "flagged": 0}


@lru_cache(maxsize=TURNS)
def flagged(client: str, reply: str, level: str) -> tuple[str, ...]:
    """The reasons (of ``REASONS``) the stage reads in this reply to this client turn."""
    reasons = gate(client, reply, level)
    if not reasons:
        return ()
    COUNTS["candidates"] += 1
    m = model()
    if m is None:
        return ()
    enc = encoder_of(client, reply)
    if not any((enc, r) in m.parts for r in reasons):
        return ()
    COUNTS["read"] += 1
    x = features(client, reply, enc, m.with_client)
    found = tuple(r for r in reasons if m.flags(enc, r, x))
    COUNTS["flagged"] += bool(found)
    return found
