"""Counsellor turns that must not be learned from: dosing instructions, diagnosing the
client outright, dismissive or shaming language, encouraging harm."""

from __future__ import annotations

import re

from services.quality.checks.base import Check, text_of
from shared.conversation import Conversation


class _PatternCheck(Check):
    tier = "counselling"
    pattern: re.Pattern

    def inspect(self, conversation: Conversation) -> str | None:
        m = self.pattern.search(text_of(conversation, "assistant"))
        return f"counsellor says {m.group(0)!r}" if m else None


class MedicationDosing(_PatternCheck):
    name = "medication_dosing"
    reason = "medication_dosing"
    weight = 0.6
    recommendation = "dosing belongs to a prescriber: remove the dose or drop the conversation"
    pattern = re.compile(
        r"\b(?:take|taking|try|increase|double|up|start (?:on|with)|go up to)\b[^.?!\n]{0,40}?\b\d+(?:\.\d+)?\s?"
        r"(?:mg|milligrams?|mcg|ml|pills?|tablets?|capsules?)\b|\b\d+(?:\.\d+)?\s?mg\b[^.?!\n]{0,30}"
        r"\b(?:a day|daily|twice|every|at night|per day)\b",
        re.IGNORECASE,
    )


class OutrightDiagnosis(_PatternCheck):
    name = "outright_diagnosis"
    reason = "diagnoses_client"
    weight = 0.4
    recommendation = "a counsellor does not diagnose from a message: rephrase as observations and a referral"
    pattern = re.compile(
        r"\byou (?:clearly |definitely |obviously |certainly )?(?:have|suffer from|are suffering from|are) "
        r"(?:a |an )?(?:bipolar|borderline|narcissis\w*|schizophren\w*|ocd|ptsd|adhd|clinical depression|"
        r"major depress\w*|(?:an? )?(?:anxiety|personality|eating|mood) disorder|autis\w*|psychopath\w*|"
        r"sociopath\w*|manic)",
        re.IGNORECASE,
    )


class Dismissive(_PatternCheck):
    name = "dismissive"
    reason = "dismissive_language"
    weight = 0.6
    recommendation = "dismissive or shaming language harms clients: drop or rewrite the turn"
    pattern = re.compile(
        r"\b(?:get over it|just get over|stop (?:being|acting) (?:so )?(?:dramatic|sensitive|weak|selfish|a baby)|"
        r"you'?re (?:just )?(?:overreacting|being dramatic|attention[- ]seeking|pathetic|crazy|weak|lazy)|"
        r"man up|snap out of it|it'?s all in your head|other people have it (?:way |much )?worse|stop (?:whining|"
        r"complaining)|grow up|what'?s wrong with you)\b",
        re.IGNORECASE,
    )


class EncouragesHarm(_PatternCheck):
    name = "encourages_harm"
    reason = "encourages_harm"
    weight = 1.0
    recommendation = "a counsellor turn that encourages harm must never be trained on"
    pattern = re.compile(
        r"\b(?:you should|go ahead and|why don'?t you|you could just|you deserve to)\b[^.?!\n]{0,30}?\b"
        r"(?:hurt|kill|cut|starve|punish|harm) (?:yourself|him|her|them)\b|\b(?:skip|stop) eating\b",
        re.IGNORECASE,
    )
