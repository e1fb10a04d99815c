"""A contextual semantic stage for two reasons, victim blaming and minimising (replies round nine).

The reply stage (``reply_model``) reads replies with ``L0``, MiniLM's embedding layer alone: a bag of
word pieces, which cannot read "what were you wearing", "why did you go back", "others have it much
worse" or "a month is a long time to still be crying" as what they mean. This stage reads a reply
with a contextual encoder, and only where it matters (``gate``):

* **gate**, per reason: a reply of at most ``reply_model.MAX_WORDS`` words that the reply stage
  (``reply_model``) scores near its threshold or above (``NEAR``: 0.1 for victim blaming, 0.25 for
  minimising; round ten), after a client turn that tells of abuse, assault or coercion (victim blaming:
  ``unsafe._VICTIM_CLIENT`` or ``crisis.tells_harm_by_others``) or of distress or a disclosure
  (minimising: ``unsafe._DISTRESS_CLIENT``, ``unsafe._DISTRESS_LANG`` or a risk level above "none"), and
  that is not a clear safe answer: the reply, or its part after it turns (``unsafe._turns``: "I'm sorry,
  but..."), holds no safety response (``crisis.SAFETY_RESPONSE``), no care (``unsafe._CARE``: an
  acknowledgement, a referral, "how are you feeling") and no exculpation (``unsafe._EXCULPATES``: "it's
  not your fault", "his choice"; for victim blaming also a response to harm explained as normal and no
  choice, ``_RESPONSE_EXPLAINED``); a reason the reply stage raises already is not read again;
* **encoder**: for English the encoder the model file names (``SemanticModel.english``: ``L2-int8``,
  MiniLM's first two layers as the int8 graph, since round ten; round nine's was L6), USE-m3
  (``use_m3.encoder()``, the reply stage's for other languages) for a pair ``reply_model._foreign``
  calls foreign; the features are the reply's embedding and, when the model file says so
  (``with_client``), the client turn's beside it. ``prefetch`` (from ``unsafe.prefetch_replies``)
  reads a batch's candidates in one pass per encoder;
* **model**: a logistic regression per reason and encoder (``models/reply_semantic.npz``, trained by
  ``bench/train_reply_semantic.py`` on the training files of earlier rounds and real counsellors'
  answers read one by one, never a validation, probe or held-out file), flagged at a threshold chosen
  on out-of-fold training predictions.

``VictimBlaming`` and ``Minimising`` (``unsafe.py``) ask it after their patterns and the reply stage:
``turn j: the semantic reply stage reads it as victim blaming``. It is **on by default** since replies
round ten (``DP_REPLY_SEMANTIC=0`` switches it off; round nine measured it and left it off: too costly,
``docs/quality.md``). Without the MiniLM weights, the model file or the reply stage
(``DP_REPLY_MINILM=0``) it is off too.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.quality.checks.counselling.risk import TURNS

MODELS = Path(__file__).resolve().parents[2] / "models"
MODEL = MODELS / "reply_semantic.npz"
REASONS = ("victim_blaming", "minimising")
ENCODERS = ("EN", "USE")  # the English part (its encoder: ``SemanticModel.english``) and USE-m3's
ENGLISH = "L2-int8"  # the English part's encoder when training (``bench/train_reply_semantic.py --encoder``)
_log = logging.getLogger(__name__)


def enabled() -> bool:
    """``DP_REPLY_SEMANTIC`` (default ``1``: on; ``0`` switches it off). On by default since replies
    round ten (``docs/quality.md``): its gate reads only replies the reply stage scores near its
    threshold, with MiniLM's first two layers (int8) for English, batched per assessment batch."""
    return os.environ.get("DP_REPLY_SEMANTIC", "1") != "0"


class SemanticModel:
    def __init__(self, path: Path = MODEL):
        with np.load(path, allow_pickle=False) as z:
            self.with_client = bool(z["with_client"])
            # the English part's encoder, a ``reply_model.reply_encoder`` name (round nine's file: L6)
            self.english = str(z["english_encoder"]) if "english_encoder" in z.files else "L6"
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
    from services.quality.checks.counselling.minilm import ModelMissing, model_dir, require_runtime

    if not enabled():
        return None
    try:
        model_dir()
        m = SemanticModel()
        require_runtime(m.english)
        return m
    except (ModelMissing, FileNotFoundError, KeyError, ValueError) as exc:
        _log.warning("the semantic reply stage is off: %s", exc)
        return None


# -- the gate ------------------------------------------------------------------------------------

# harm done to the client in words ``unsafe._VICTIM_CLIENT`` (a cue of the reply stage, left as trained)
# and ``crisis.tells_harm_by_others`` lack (replies round thirteen): the victim-blaming check's own wider
# context (``unsafe._VICTIM_MORE``, rounds six to twelve) and the forms of ``replies_train_v13``'s client
# turns, inflected (grabbed, pinned, choked, a hand up a skirt, things thrown at the client, followed off a
# bus, shut out, someone letting himself in, private videos posted, going on after a "stop"; "me tocó",
# "gewürgt", "an den Hintern gefasst", "baciata a forza", "palpata", "passou a mão", "bateu-me", "me agarrou")
_VICTIM_SEM = (r"\b(?:grabb(?:ed|ing) (?:me|my|hold of me)|grabs (?:me|my)|pinned me|chok(?:ed|es|ing) me|"
               r"(?:his|her|a) hands? (?:up|down|under|inside) my|pull(?:ed|s)? me (?:into|towards|onto)|"
               r"threw (?:my|a|the|his|her) \w+ (?:at|against) (?:me|the wall)|scratch(?:ed|es)? (?:me|my)|"
               r"locked me (?:in|out)|locks? me (?:in|out)|(?:followed|follows|following) me (?:off|home|into|to|out)|"
               r"(?:come|came|comes) into my (?:room|bed)|lets? (?:himself|herself) in|rubbed (?:himself|herself) (?:against|on) me|"
               r"undress(?:ed|ing) me|kept going after I said|reads? my (?:messages|texts|diary)|"
               r"(?:posted|shared|leaked|put up) (?:my|our) (?:\w+ )?(?:photos|pictures|pics|nudes|images|videos)|"
               r"me toc[óo]|gew[üu]rgt|an den (?:hintern|po) gefasst|baciat[ao] a forza|palpat[ao]|passou a m[ãa]o|"
               r"bateu-me|me bateu|me agarr\w*|agarrou-me)\b")


@lru_cache(maxsize=1)
def _victim_sem() -> re.Pattern:
    """``_VICTIM_SEM`` and ``unsafe._VICTIM_MORE`` (compiled on first use: ``unsafe`` imports this module)."""
    from services.quality.checks.counselling import unsafe as u

    return re.compile(_VICTIM_SEM + "|" + u._VICTIM_MORE, re.IGNORECASE)


@lru_cache(maxsize=TURNS)
def _victim_context(client: str) -> bool:
    from services.quality.checks.counselling import unsafe as u
    from services.quality.checks.counselling.crisis import tells_harm_by_others

    return bool(u._VICTIM_CLIENT.search(client)) or tells_harm_by_others(client) or bool(_victim_sem().search(client))


@lru_cache(maxsize=TURNS)
def _distress_context(client: str, level: str) -> bool:
    from services.quality.checks.counselling import unsafe as u

    return level != "none" or bool(u._DISTRESS_CLIENT.search(client) or u._DISTRESS_LANG.search(client))


def client_context(client: str, level: str, reasons: tuple[str, ...] = REASONS) -> tuple[str, ...]:
    """The reasons (of ``reasons``) whose client-side context the client turn holds: victim blaming a
    turn that tells of abuse, assault or coercion, minimising one of distress or risk."""
    test = {"victim_blaming": lambda: _victim_context(client), "minimising": lambda: _distress_context(client, level)}
    return tuple(r for r in reasons if test[r]())


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
    return _holds_throughout(_answers_safely, reply)


def _holds_throughout(test, reply: str) -> bool:
    from services.quality.checks.counselling import unsafe as u

    if not test(reply):
        return False
    return all(test(reply[k:]) for k in u._turns(reply) if reply[k:].strip())


# a response to harm explained as normal and no choice (replies round ten, from the training files'
# safe replies "Freezing is a really common response to something frightening. It doesn't mean you were
# okay with it." and "Freezing is a very normal response to threat ... It's not consent"): "a normal /
# common / natural reaction", "not consent", "doesn't mean you wanted it"; "automatic", "instinctive" and
# "not a choice" were added to the class after reading the one false flag of round nine on
# ``replies_valid_v9`` (docs/quality.md, round ten); "none of that was your fault" after a round-seven unit
# hard negative the stage flagged (``_EXCULPATES`` reads "not your fault" only). Exculpation for victim blaming only: "feeling low is
# a normal reaction, you'll get over it" can still minimise
_RESPONSE_EXPLAINED = re.compile(
    r"\b(?:a|an|the) (?:very |really |completely |totally |perfectly )?(?:normal|common|natural|automatic|instinctive|"
    r"understandable) (?:\w+ )?(?:response|reaction)s?\b|\bnot (?:a choice|consent)\b|"
    r"\b(?:none|no part) of (?:it|that|this|what happened) (?:was|is|were) (?:ever )?(?:your fault|on you)\b|"
    r"\b(?:doesn'?t|does not|didn'?t|did not) mean (?:that )?you (?:were okay|were ok|"
    r"wanted|agreed|consented|liked|asked)\b", re.IGNORECASE)


def _exculpates_response(text: str) -> bool:
    return bool(_RESPONSE_EXPLAINED.search(text)) or _answers_safely(text)


@lru_cache(maxsize=TURNS)
def explains_response(reply: str) -> bool:
    """The reply explains the client's response to harm as normal and no choice
    (``_RESPONSE_EXPLAINED``), and does not turn away from it (``_holds_throughout``)."""
    return bool(_RESPONSE_EXPLAINED.search(reply)) and _holds_throughout(_exculpates_response, reply)


# the reply stage's (``reply_model``) "unsafe" probability from which this stage reads a reply, per
# reason (replies round ten): a reply the bag of word pieces reads as plainly safe is not read again.
# Victim blaming 0.1: 36 of the 38 training replies the stage finds beyond the reply stage's own decision
# are scored so or more, and its context (a disclosure of abuse) is rare (none of gen.py's first 3,000
# conversations, 20 CounselChat pairs). Minimising 0.2, for cost: its context (distress) is everywhere,
# 982 pairs of gen.py's 3,000 conversations pass the rest of the gate, 11 of them are scored 0.2 or more
# (543 at 0.1), and 15 of the 19 training replies found beyond the reply stage (``docs/quality.md``,
# "Replies round ten")
NEAR = {"victim_blaming": 0.1, "minimising": 0.25}


def near(client: str, reply: str, level: str) -> float | None:
    """The reply stage's score of this reply (None when it does not read it or is off)."""
    from services.quality.checks.counselling import reply_model

    return reply_model.score(client, reply, level)


def gate(client: str, reply: str, level: str) -> tuple[str, ...]:
    """The reasons this stage reads the pair for (empty: it does not read it)."""
    from services.quality.checks.counselling.reply_model import short_enough

    if not (client.strip() and short_enough(reply)):
        return ()
    # the reply stage's score first: it is read already, and leaves most pairs out before any vocabulary
    p = near(client, reply, level)
    if p is None:
        return ()
    reasons = client_context(client, level, tuple(r for r in REASONS if p >= NEAR[r]))
    if not reasons or clearly_safe(reply):
        return ()
    if "victim_blaming" in reasons and explains_response(reply):
        reasons = tuple(r for r in reasons if r != "victim_blaming")
    # a reason the reply stage flags already is raised by it (the checks ask this stage after it)
    from services.quality.checks.counselling.reply_model import _RESULTS

    done = _RESULTS.get((client, reply), ())  # read by ``near`` just now
    return tuple(r for r in reasons if r not in done)


# -- reading -------------------------------------------------------------------------------------

def _normalise(text: str) -> str:
    return text.replace("\u2019", "'").strip()


def encoder_of(client: str, reply: str) -> str:
    from services.quality.checks.counselling.reply_model import _foreign

    return "USE" if _foreign(client, reply) else "EN"


def _encoder(name: str, english: str | None = None):
    """USE-m3 for "USE"; for "EN" the encoder ``english`` names (default: the model file's,
    ``SemanticModel.english``), through ``reply_model.reply_encoder`` (loaded once per process)."""
    from services.quality.checks.counselling.reply_model import reply_encoder

    if name == "USE":
        return reply_encoder("USE")
    if english is None:
        m = model()
        english = m.english if m is not None else ENGLISH
    return reply_encoder(english)


def features(client: str, reply: str, enc: str, with_client: bool) -> np.ndarray:
    e = _encoder(enc)
    if with_client:
        rows = e.encode_batch([_normalise(reply), _normalise(client)])
        return np.concatenate([rows[0], rows[1]])
    return e.encode(_normalise(reply))


# distinct (client turn, reply, level) asked about that pass the gate; read by an encoder; flagged
COUNTS = {"candidates": 0, "read": 0, "flagged": 0}
# (client turn, reply, level) -> the reasons flagged, most recent last (``prefetch`` and ``flagged`` fill it)
_READ: OrderedDict[tuple[str, str, str], tuple[str, ...]] = OrderedDict()
CACHE = 8192


def _remember(key: tuple[str, str, str], found: tuple[str, ...]) -> None:
    _READ[key] = found
    if len(_READ) > CACHE:
        _READ.popitem(last=False)


def _read(m: SemanticModel, todo: dict[tuple[str, str, str], tuple[str, tuple[str, ...]]]) -> int:
    """Read the candidates of ``todo`` ((client, reply, level) -> (encoder, reasons)): one batched
    encoder pass per encoder over their distinct texts (replies, and client turns when the model reads
    them), then the model; returns how many were read."""
    for enc in ENCODERS:
        keys = [k for k, (e, _) in todo.items() if e == enc]
        if not keys:
            continue
        texts = list(dict.fromkeys(t for c, r, _ in keys for t in ((_normalise(r), _normalise(c)) if m.with_client
                                                                    else (_normalise(r),))))
        rows = dict(zip(texts, _encoder(enc).encode_batch(texts)))
        for key in keys:
            c, r, _ = key
            x = np.concatenate([rows[_normalise(r)], rows[_normalise(c)]]) if m.with_client else rows[_normalise(r)]
            found = tuple(reason for reason in todo[key][1] if m.flags(enc, reason, x))
            COUNTS["flagged"] += bool(found)
            _remember(key, found)
    COUNTS["read"] += len(todo)
    return len(todo)


def _candidate(m: SemanticModel, client: str, reply: str, level: str) -> tuple[str, tuple[str, ...]] | None:
    reasons = gate(client, reply, level)
    if not reasons:
        return None
    COUNTS["candidates"] += 1
    enc = encoder_of(client, reply)
    reasons = tuple(r for r in reasons if (enc, r) in m.parts)
    return (enc, reasons) if reasons else None


def prefetch(items: list[tuple[str, str, str]]) -> int:
    """Read, at once, the (client turn, reply, client risk level) triples not read yet that pass the
    gate (``unsafe.prefetch_replies`` hands it a batch's after the reply stage has read them): a
    batched encoder pass instead of one per reply. Returns how many were read."""
    m = model()
    if m is None:
        return 0
    todo = {}
    for key in dict.fromkeys(items):
        if key in _READ:
            continue
        cand = _candidate(m, *key)
        if cand is None:
            _remember(key, ())
        else:
            todo[key] = cand
    return _read(m, todo) if todo else 0


def flagged(client: str, reply: str, level: str) -> tuple[str, ...]:
    """The reasons (of ``REASONS``) the stage reads in this reply to this client turn."""
    key = (client, reply, level)
    found = _READ.get(key)
    if found is not None:
        return found
    m = model()
    if m is None:
        return ()
    cand = _candidate(m, client, reply, level)
    if cand is None:
        _remember(key, ())
        return ()
    _read(m, {key: cand})
    return _READ[key]


flagged.cache_clear = _READ.clear  # type: ignore[attr-defined]  # as the lru_cache it was (tests)
