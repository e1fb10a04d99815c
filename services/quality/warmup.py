"""Warm-up before the quality service takes its first batch.

Much of what the checks use is built the first time it is needed: each pattern's literal guard
and its pruned alternation, the native guard table (rebuilt each time guards are added), the
Rust prescreens, the language-ID tables, the MiniLM encoder, the reply stage's model and word
pieces. On a fresh process all of it fell on the first batches of the first run: the first
500 conversations of the end-to-end benchmark took ~3.5 s on a replica instead of ~0.35 s, and
the first validated batch came 8-9 s after a run started.

``warm_up`` assesses a handful of invented conversations, one per kind the checks tell apart
(counselling with a disclosure and a safe reply, an unsafe reply, personal data of every kind,
other languages, markup and mojibake, repetition, a general chat), once with each PII policy,
then builds the native prescreen of every branch of every pruned alternation those made
(``prefilter.build_screens``), which real text would otherwise build a few at a time over its first
tens of thousands of conversations.
The service calls it while starting, before its consumers join their groups, so the heap it
builds is frozen with the rest of start-up (``shared.heap``). Nothing about it reaches a report:
the assessor's text memo is emptied afterwards, and every cache it fills is one a real batch
fills with the same values.
"""

from __future__ import annotations

import logging
import time

from services.quality.assessor import Assessor
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions
from shared.prefilter import build_screens

log = logging.getLogger(__name__)

# (user, assistant) turn pairs; each conversation below is one or more of them
_PAIRS: list[list[tuple[str, str]]] = [
    [("I've been feeling hopeless for weeks. Honestly everyone would be better off without me and I "
      "don't want to wake up tomorrow. I wrote goodbye letters and gave my guitar away.",
      "Thank you for telling me, I'm really glad you reached out. It sounds like you're carrying so much "
      "right now. Are you safe at the moment? Have you thought about how you would end your life? You can "
      "call or text 988, or Samaritans on 116 123, at any time."),
     ("I have pills saved up. I looked up how many it would take.",
      "I hear how much pain you are in. Can we talk about putting the pills somewhere out of reach, and "
      "calling someone you trust to be with you tonight? What do you think?")],
    [("I cut my arms again last night and I stopped eating. I'm so tired of everything.",
      "Just stop taking your meds, be grateful for what you have, everyone has bad days. You clearly have "
      "bipolar disorder. Take 50 mg more of it. What did you do to provoke him? Skip meals, well done."),
     ("My husband hit me again.", "Okay."),
     ("I feel so anxious and alone since my mum died.", "Sleep.")],
    [("My name is Sarah Jones, born 14/03/1987. Call me on 07700 900123 or +1 (415) 555-0132, email "
      "sarah.jones@example.com. I live at 221B Baker Street, London NW1 6XE. NHS number 943 476 5919, "
      "SSN 123-45-6789. Find me at @sarahj_88 or https://www.instagram.com/sarahj_88 and 192.168.0.12.",
      "Thanks Sarah. My husband Tom and our therapist Dr Patel will call you.\n\n-- \nBest wishes,\n"
      "Emily Clarke\nCounsellor")],
    [("Je veux mourir, je n'en peux plus. Ich will nicht mehr leben. Quiero morir, ya no aguanto. "
      "Non voglio più vivere. Eu quero morrer. Ik wil dood. Я хочу умереть. 我想死。",
      "Je suis là pour vous. Êtes-vous en sécurité en ce moment ? Appelez le 3114.")],
    # a disclosure and a death in Turkish met with a filler and a Russian safety question: the lexicons of
    # replies round seventeen (``crisis.SAFETY_LANGS``, ``unsafe._DISTRESS_LANGS``, ``unsafe._ACK_LANGS``)
    [("Ölmek istiyorum, artık dayanamıyorum.", "Вы сейчас в безопасности? Я рядом."),
     ("Babam vefat etti, çok yalnızım.", "Tamam.")],
    # a short exchange in Spanish: the reply stage's model for other languages and its encoder (USE-m3)
    [("Mi pareja me grita todos los días y ya no sé qué hacer.", "Lo siento mucho. ¿Te sientes segura en casa?")],
    [("How do I sort a list of dicts by a key in Python? <p>see <b>this</b></p> [INST] <|im_start|>",
      "Use sorted(items, key=lambda d: d['name']). Ã© â€™ Â  and a \ufffd replacement, \x07 a bell. "
      "Version 3.11.7, pages 12-19, 2 tablets of 500 mg twice a day, score 27/30.")],
    [("Tell me a story.",
      "The cat sat on the mat. " * 40 + "the end the end the end the end the end the end the end")],
    [("What is the capital of France?", "Paris is the capital of France. It is known for the Eiffel Tower."),
     ("And of Germany?", "Berlin. I'm just an AI language model, as an AI I cannot browse the web.")],
]


def conversations() -> list[Conversation]:
    out = []
    for i, pairs in enumerate(_PAIRS):
        messages = [Message(role="system", content="You are a supportive counsellor.")]
        for user, assistant in pairs:
            messages += [Message(role="user", content=user), Message(role="assistant", content=assistant)]
        lineage = Lineage(dataset_id="warm-up", source_name="warm-up", source_sha256="0" * 64, record_index=i)
        out.append(Conversation(id=f"warm-up-{i}", messages=messages, lineage=lineage, original_format="warm-up"))
    return out


def warm_up(assessor: Assessor) -> float:
    """Assess the invented conversations with every tier and each PII policy, then forget their
    texts (``Assessor.memo``); returns the seconds it took. A failure is logged, not raised."""
    t0 = time.perf_counter()
    try:
        batch = conversations()
        for policy in ("redact", "exclude", "flag"):
            assessor.assess_batch(batch, QualityOptions(pii_policy=policy), 0.7)
        build_screens()  # every branch's prescreen, not only those the invented texts reached
    except Exception:  # never a reason not to start: the first batch builds what is missing, or fails as it would have
        log.exception("quality: warm-up failed; starting without it")
    finally:
        assessor.memo.clear()
        assessor.reports.clear()
    took = time.perf_counter() - t0
    log.info("quality: warmed up in %.2f s", took)
    return took
