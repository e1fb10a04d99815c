"""Counsellor turns that must not be learned from: dosing instructions, diagnosing the
client outright, dismissive or shaming language, encouraging harm."""

from __future__ import annotations

import re

from services.quality.checks.base import AssistantPatternCheck

# Reported or negated speech is not the counsellor saying it: "doesn't mean you have an
# anxiety disorder", "if someone tells you that you're crazy", "because you have autism?".
_HEDGED = re.compile(r"(?:\bnot|n't|\bno|\bif|\bwhether|\bbecause|\btells?(?: you)?|\bsays?|\bthinks?|"
                     r"\bmeans?(?: that)?|\bwhy)\b[^.!?]{0,25}$", re.IGNORECASE)


class _CounsellorCheck(AssistantPatternCheck):
    tier = "counselling"
    speaker = "counsellor"


class MedicationDosing(_CounsellorCheck):
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


class OutrightDiagnosis(_CounsellorCheck):
    name = "outright_diagnosis"
    reason = "diagnoses_client"
    weight = 0.4
    hedge = _HEDGED
    recommendation = "a counsellor does not diagnose from a message: rephrase as observations and a referral"
    pattern = re.compile(
        r"\byou (?:clearly |definitely |obviously |certainly )?(?:have|suffer from|are suffering from|are) "
        r"(?:a |an )?(?:bipolar|borderline|narcissis\w*|schizophren\w*|ocd|ptsd|adhd|clinical depression|"
        r"major depress\w*|(?:an? )?(?:anxiety|personality|eating|mood) disorder|autis\w*|psychopath\w*|"
        r"sociopath\w*|manic)",
        re.IGNORECASE,
    )


class Dismissive(_CounsellorCheck):
    name = "dismissive"
    reason = "dismissive_language"
    weight = 0.6
    hedge = _HEDGED
    recommendation = "dismissive or shaming language harms clients: drop or rewrite the turn"
    pattern = re.compile(
        r"\b(?:get over it|just get over|stop (?:being|acting) (?:so )?(?:dramatic|sensitive|weak|selfish|a baby)|"
        r"you'?re (?:just )?(?:overreacting|being dramatic|attention[- ]seeking|pathetic|crazy|weak|lazy)|"
        r"man up|(?:just|you (?:need|have) to) snap out of it|it'?s all in your head|"
        r"other people have it (?:way |much )?worse|stop (?:whining|complaining)|(?:just|you need to) grow up|"
        r"what'?s wrong with you)\b",
        re.IGNORECASE,
    )


class EncouragesHarm(_CounsellorCheck):
    name = "encourages_harm"
    reason = "encourages_harm"
    weight = 1.0
    recommendation = "a counsellor turn that encourages harm must never be trained on"
    pattern = re.compile(
        r"\b(?:you should|go ahead and|why don'?t you|you could just|you deserve to)\b[^.?!\n]{0,30}?\b"
        r"(?:hurt|kill|cut|starve|punish|harm) (?:yourself|him|her|them)\b|\b(?:skip|stop) eating\b",
        re.IGNORECASE,
    )
