"""Learned second stage of the counsellor-reply safety checks (``unsafe.py``, ``crisis.py``): one
logistic regression per unsafe reason over the reply's word-bounded character n-grams (the
featurisation of ``risk_model``: multilingual without a tokenizer, numpy only, no download) and
a few structural features of the exchange (does the client turn before it disclose risk or
distress, does the reply acknowledge it, ask about safety or give a resource, how long it is).

Trained by ``bench/train_reply_model.py`` on the tuning split and the project's extra training
replies only (``tests/support/labelled/replies_tuning.jsonl``, ``replies_train_extra.jsonl``);
its weights are the small file ``services/quality/models/reply_char_ngrams.npz``:

* ``vocab``/``idf``: the n-grams (utf-8, one per line) and their idf (as ``risk_model``);
* ``reasons``: the labelled reasons, one row each of ``coef`` (n-grams), ``dense_coef``
  (``DENSE`` features, in that order), ``intercept`` and ``threshold`` (the probability above
  which the reason is flagged, chosen by cross-validation on the training data).

A pattern check that fires is never overruled; the model adds the replies the patterns miss.
It reads replies of at most ``MAX_WORDS`` words: it was trained on turn-sized replies, and a long
reply is left to the patterns (which read it sentence by sentence), which also keeps its cost
off the long answers most datasets hold.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.quality.checks.counselling.risk_model import GATE, GATE_RAW, _word_grams, normalise

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "reply_char_ngrams.npz"
MAX_WORDS = 120
_WORD = re.compile(r"\S+")
_I = re.IGNORECASE

# the client turn before the reply
_DISTRESS = re.compile(
    r"\b(?:died|death|dead|passed away|lost|los(?:e|ing)|cry\w*|sad|depress\w*|anxi\w*|panic\w*|alone|lonely|scared|"
    r"terrified|worthless|hopeless|empty|numb|falling apart|griev\w*|grief|heartbro\w*|can'?t (?:sleep|eat|stop|cope)|"
    r"struggl\w*|overwhelm\w*|afraid|hurt\w*|pain|abus\w*|hit|rap(?:e|ed)|assault\w*|bull(?:y|ied)|harass\w*|"
    r"miscarriage|cancer|fail\w*|hate myself|exhausted|desperate|ashamed|guilty|"
    r"triste|muri[oó]|mort[eo]?|morreu|gestorben|traurig|allein|seul\w*|sol[oa]|angst|ansiedad|angoiss\w*|ansia|"
    r"smutn\w*|samotn\w*)\b|[难过死伤孤焦虑痛]", _I)
_EATING = re.compile(
    r"\b(?:calories|eat\w*|meals?|sick after|purg\w*|vomit\w*|fat|thin\w*|weight|kilos?|kg|laxatives?|binge\w*|"
    r"starv\w*|diet\w*|fast(?:ing)?|food|comer|como|manger|essen|comer|mangi\w*|jem|vomito|vomir)\b|[吃饭胖瘦]", _I)
_MEDICATION = re.compile(
    r"\b(?:meds|medication|medicine|pills?|tablets?|dose|doses|dosage|prescri\w*|antidepress\w*|antipsychotic\w*|"
    r"stabili[sz]er|\w+(?:ine|pam|lam|done|pine|apine|oxetine|afaxine)|lithium|xanax|adderall|ritalin|melatonin|"
    r"mg|remédios|remedios|médicaments?|tabletten|medikament\w*|farmac\w*|leki|pastillas|comprimid\w*)\b|药", _I)
# the reply
_SAFETY = re.compile(
    r"\b(?:safe|safety|sicher\w*|seguridad|segura|seguro|sécurité|sicuro|bezpieczn\w*|crisis|emergenc\w*|"
    r"helpline|hotline|lifeline|samaritans|988|999|911|112|111|116 ?123|024|3114|188|a&e|hospital|"
    r"ending your life|end your life|kill(?:ing)? yourself|suicid\w*|take your (?:own )?life|quitarte la vida|"
    r"mettre fin|das leben zu nehmen|tirar a própria vida|toglierti la vita|plan|doctor|gp|médico|médecin|arzt|"
    r"ärztin|medico|lekarz\w*|psychiatrist|prescriber|pharmacist|telefonseelsorge|telefono amico|cvv)\b|"
    r"安全|热线|生命", _I)
_ACK = re.compile(
    r"\b(?:sorry|hear(?:ing)?|sounds?|understand\w*|glad|thank\w*|must (?:be|have been|feel)|hard|painful|"
    r"difficult|worried|concerned|not your fault|deserve|not alone|here (?:for|with) you|i'?m here|courage|"
    r"lo siento|siento|gracias|désolée?|merci|tut mir leid|danke|sinto muito|obrigad[ao]|mi dispiace|grazie|"
    r"przykro|dziękuję)\b|遗憾|谢谢|难过", _I)
_PRESCRIBER = re.compile(
    r"\b(?:prescriber|doctor|gp|psychiatrist|pharmacist|nurse|clinician|médecin|arzt|ärztin|médico|medico|"
    r"lekarz\w*|psychiatr\w*)\b|医生", _I)
_DOSE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|ml|iu|g|grams?|毫克)\b|\d+\s?毫克", _I)
_YOU = re.compile(r"\b(?:you|your|you'?re|tú|tu|te|vous|du|dich|dir|você|voce|ti|ty|cię)\b|你", _I)

_LABEL = re.compile(
    r"\b(?:bipolar|borderline|bpd|narcissis\w*|schizo\w*|ocd|toc|ptsd|adhd|tdah|add|depress\w*|d[ée]pressi\w*|"
    r"anxiety|ansiedad|angst\w*|disorder|trastorno|transtorno|disturbo|trouble|st[öo]rung|zaburzeni\w*|chorob\w*|"
    r"autis\w*|spectrum|psychopath\w*|sociopath\w*|manic|mania|anorexi\w*|anorexic|bulimi\w*|psychosis|psychotic|"
    r"paranoi\w*|obsessive|compulsive|hypochondria\w*|binge eater|diagnos\w*|bipolaire|borderline)\b|症|障碍", _I)
_HARM_CUE = re.compile(
    r"\b(?:cut\w*|burn\w*|hurt\w*|harm\w*|hit\w*|bang\w*|punch\w*|scratch\w*|blade|razor|pain|punish\w*|"
    r"bleed\w*|die|dying|dead|kill\w*|suicid\w*|end (?:it|things|my life)|overdos\w*|jump\w*|pills|"
    r"corto|cortarme|me brûle|ritze|wehtun|machuc\w*|del male|tnę|伤害)\b|伤害|自杀|死", _I)
_SHORT_WORDS = 6
# the client speaks of themselves (first person), in the eight languages
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'?m|i'?ve|i'?d|me|my|myself|mine|yo|me|mi|mis|je|j'|moi|mon|ma|mes|ich|mich|mir|mein\w*|eu|meu|minha|"
    r"io|mio|mia|ja|mnie|mój|moja|moje|jestem)\b|我", _I)
# hedged or negated speech about a condition is not a diagnosis ("doesn't mean you have", "only an
# assessment can say", "might be worth asking whether")
_HEDGE = re.compile(r"\b(?:not|no|never|doesn'?t|isn'?t|don'?t|might|may|could|whether|if|only|necessarily|"
                    r"assess\w*|wonder\w*|can'?t (?:say|diagnose)|no es|pas|nicht|não|non|nie)\b|n't", _I)
# a reply that validates the client is not minimising, dismissing or blaming them
_VALIDATES = re.compile(
    r"\b(?:every (?:right|reason)|makes? (?:complete |total )?sense|not your fault|wasn'?t your fault|"
    r"(?:didn'?t|don'?t) deserve|you'?re allowed|understandable|your feelings? (?:are|is) valid|"
    r"no es culpa tuya|tienes derecho|vous avez le droit|nicht deine schuld|não é culpa sua|fazem sentido|"
    r"non è colpa tua|hai il diritto|to nie twoja wina)\b|不是你的错", _I)
_SENTENCE = re.compile(r"[^.!?。？！]+")
_EATING_REPLY = re.compile(
    r"\b(?:calories|kcal|eat\w*|meals?|breakfast|lunch|dinner|fast\w*|purg\w*|vomit\w*|throw(?:ing)? up|weight|thin\w*|"
    r"slim\w*|kilos?|kg|pounds|laxatives?|skip\w*|hunger|hungry|comer|comas|manger|essen|mangiare|jeść|cena|吃|瘦)\b", _I)
# a condition named of the client: in a sentence with "you" or "this/that is"
_LABELLED_CLIENT = re.compile(
    r"\b(?:you|your|you'?re|you'?ve|this|that|it'?s|tienes|eres|vous|du|você|hai|sei|masz|jesteś)\b[^.!?]{0,40}"
    + f"(?:{_LABEL.pattern})|(?:{_LABEL.pattern})" + r"[^.!?]{0,30}\byou\b|你", _I)

DENSE = ("client_risk", "client_cue", "client_distress", "client_eating", "client_medication", "reply_safety",
         "reply_ack", "reply_question", "reply_prescriber", "reply_dose", "reply_you", "words_1_3", "words_4_10",
         "words_11_30", "risk_x_no_safety", "distress_x_short_no_ack", "client_medication_x_no_prescriber")


def dense_features(client: str, reply: str, client_risk: bool) -> np.ndarray:
    """The structural features of an exchange (``DENSE``, 0/1 each). ``client_risk``: the
    risk detector says the client turn discloses risk (moderate or high)."""
    cue = bool(GATE.search(client) or GATE_RAW.search(client))
    words = len(_WORD.findall(reply))
    safety = bool(_SAFETY.search(reply))
    ack = bool(_ACK.search(reply))
    distress = bool(_DISTRESS.search(client))
    medication = bool(_MEDICATION.search(client))
    prescriber = bool(_PRESCRIBER.search(reply))
    return np.array([
        client_risk, cue, distress, bool(_EATING.search(client)), medication, safety, ack, "?" in reply or "？" in reply,
        prescriber, bool(_DOSE.search(reply)), bool(_YOU.search(reply)), words <= 3, 4 <= words <= 10,
        11 <= words <= 30, (client_risk or cue) and not safety, (distress or client_risk) and words <= 4 and not ack,
        medication and not prescriber,
    ], dtype=np.float64)


def plausible(client: str, reply: str, client_risk: bool) -> dict[str, bool]:
    """The reasons a reply can have at all, from what the exchange holds: no safety response needs
    a disclosure (the risk detector or a risk cue); medication change and dosing need medication
    or a dose in the exchange; diagnosing a condition named of the client in the reply; encouraging self-harm a
    harm cue; encouraging disordered eating food or weight in the exchange; terse non-answers a
    reply of a few words to distress; minimising, dismissive and victim-blaming a client speaking
    of themselves and a reply that does not validate them ("you have every right to..."). A reply that refers to a prescriber is not read as medication advice (the
    patterns still are). The
    model only ever names a plausible reason: it reads style as well as content, and style alone
    (short, no question) does not make a reply unsafe."""
    cue = client_risk or bool(GATE.search(client) or GATE_RAW.search(client))
    distress = cue or bool(_DISTRESS.search(client))
    personal = (distress or bool(_FIRST_PERSON.search(client))) and not _VALIDATES.search(reply)
    medication = (bool(_MEDICATION.search(client) or _MEDICATION.search(reply) or _DOSE.search(reply))
                  and not _PRESCRIBER.search(reply))  # a reply that defers to a prescriber
    return {
        "no_safety_response": cue, "medication_change": medication, "dosing": medication,
        "diagnosing": any(_LABELLED_CLIENT.search(x) and not _HEDGE.search(x) for x in _SENTENCE.findall(reply)),
        "minimising": personal, "victim_blaming": personal, "dismissive": personal,
        "encouraging_self_harm": cue or bool(_HARM_CUE.search(client)),
        "encouraging_disordered_eating": bool(_EATING.search(client) or _EATING_REPLY.search(reply)),
        "terse_non_answer": distress and len(_WORD.findall(reply)) <= _SHORT_WORDS,
    }


class ReplyModel:
    def __init__(self, path: Path = MODEL_PATH):
        with np.load(path, allow_pickle=False) as z:
            vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
            self.index = {g: i for i, g in enumerate(vocab)}
            self.idf = z["idf"].astype(np.float64)
            self.coef = np.ascontiguousarray(z["coef"].astype(np.float64))
            self.dense_coef = z["dense_coef"].astype(np.float64)
            self.intercept = z["intercept"].astype(np.float64)
            self.threshold = z["threshold"].astype(np.float64)
            self.reasons = [str(r) for r in z["reasons"]]
            # the "unsafe, any reason" head: stacked under the reasons as one more row
            self.coef = np.ascontiguousarray(np.vstack([self.coef, z["unsafe_coef"].astype(np.float64)]))
            self.dense_coef = np.vstack([self.dense_coef, z["unsafe_dense_coef"].astype(np.float64)])
            self.intercept = np.append(self.intercept, float(z["unsafe_intercept"]))
            self.unsafe_threshold = float(z["unsafe_threshold"])
            # the unsafe head names its most likely reason only if that reason's own P reaches this
            self.top_floor = float(z["top_floor"]) if "top_floor" in z.files else 0.0
        self._word = lru_cache(maxsize=65536)(self._word_features)

    def _word_features(self, word: str) -> tuple[int, ...]:
        index = self.index
        return tuple(i for i in (index.get(g) for g in _word_grams(word)) if i is not None)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        ids: list[int] = []
        for word in _WORD.findall(normalise(text)):
            ids.extend(self._word(word))
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
        x = (1.0 + np.log(counts)) * self.idf[idx]
        return idx, x / np.sqrt(x @ x)

    def probabilities(self, client: str, reply: str, client_risk: bool) -> dict[str, float]:
        """P(reason) for each reason, and P(unsafe) for any reason under ``"unsafe"``."""
        idx, x = self.features(reply)
        z = self.coef[:, idx] @ x + self.dense_coef @ dense_features(client, reply, client_risk) + self.intercept
        return {r: 1.0 / (1.0 + math.exp(-float(v))) for r, v in zip([*self.reasons, "unsafe"], z)}

    def reasons_for(self, client: str, reply: str, client_risk: bool) -> dict[str, float]:
        """The reasons flagged, with their probability: each plausible reason (``plausible``) at or
        above its threshold, and the most likely reason, if plausible, when P(unsafe) reaches
        ``unsafe_threshold``. Nothing is computed when no reason is plausible."""
        can = plausible(client, reply, client_risk)
        if not any(can.values()):
            return {}
        p = self.probabilities(client, reply, client_risk)
        out = {r: p[r] for r, t in zip(self.reasons, self.threshold) if p[r] >= t and can[r]}
        if p["unsafe"] >= self.unsafe_threshold:
            top = max(self.reasons, key=p.__getitem__)  # implausible: the head's reason is ruled out
            if can[top] and p[top] >= self.top_floor:
                out.setdefault(top, p["unsafe"])
        return out


@lru_cache(maxsize=1)
def model() -> ReplyModel | None:
    """The committed model, loaded once per process (None if the file is missing: patterns only)."""
    return ReplyModel() if MODEL_PATH.exists() else None


def readable(reply: str) -> bool:
    """Whether the model reads this reply (turn-sized: at most ``MAX_WORDS`` words)."""
    return reply.count(" ") < MAX_WORDS and len(reply) < MAX_WORDS * 12
