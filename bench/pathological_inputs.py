"""Adversarial turns of ~20,000 characters (the API's turn size) timed through every stage that reads
a turn's text, so that no input can hang the quality stage (docs/performance.md, "Pathological inputs").

    python bench/pathological_inputs.py [--size 20000] [--only NAME[,NAME]] [--top 15] [--json]

Inputs (``inputs()``): one repeated word in Latin, Cyrillic, CJK, Devanagari and Arabic script;
repeated short phrases holding risk cue words ("want to die ", "my mum ", "not ", "kill ", ...); runs of
digits, digits with spaces or dashes (the PII number scanners), "@" and "." runs, URL-ish strings,
20,000 characters without a space, alternating punctuation, newlines, emoji, mixed-script words.

Stages timed per input (``time.process_time``, CPU seconds of this process: the machine is shared):

- ``risk``: ``crisis.risk_category`` of the input as a client turn (both stages: patterns and learned);
- ``reply_risk`` / ``reply_neutral``: ``scoring.assess`` with every check (``default_checks``) of a two-turn
  conversation whose counsellor reply is the input, answering a risk turn / a neutral turn;
- ``pii``: ``shared.pii.find_pii`` then ``redact`` on the input;
- ``assess_client`` / ``assess_reply``: the whole ``Assessor.assess_batch`` (as ``bench/quality_throughput.py``
  builds it, after the service's warm-up) of a one-conversation batch with the input as the client turn
  (answered by an ordinary reply) / as the counsellor reply (to a risk turn).

Every stage reads its own copy of the input (a distinct one-word prefix), so that no per-text cache
(``crisis``' lru caches, the learned stages' caches, the Assessor's memos) answers a later stage from an
earlier one. Target: no input above ~1 s for the whole assessment of one conversation.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import time
from collections.abc import Callable

from services.quality.assessor import Assessor
from services.quality.checks import default_checks
from services.quality.checks.counselling import crisis
from services.quality.scoring import assess
from services.quality.warmup import warm_up
from shared.conversation import Conversation, Lineage, Message
from shared.events import QualityOptions
from shared.pii import find_pii, redact

RISK_TURN = "I can't do this anymore. I want to die and I have been cutting my arms again."
NEUTRAL_TURN = "Work has been busy lately and I'd like some tips on planning my week."
ORDINARY_REPLY = ("Thank you for telling me. That sounds really hard. Are you safe right now? "
                  "You can call or text 988 at any time.")


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters (cut at the end)."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def inputs(size: int = 20_000) -> dict[str, str]:
    """The adversarial turns, by name, each ``size`` characters (or about that)."""
    f = lambda unit: _fill(unit, size)  # noqa: E731
    out = {
        # one repeated word, five scripts
        "latin_word": f("khuroch "),
        "latin_word_hello": f("hello "),
        "latin_word_cap": f("Sarah "),
        "cyrillic_word": f("привет "),
        "cyrillic_risk_word": f("умереть "),
        "cjk_word": f("你好"),
        "cjk_risk_word": f("我想死"),
        "cjk_word_spaced": f("你好 "),
        "devanagari_word": f("नमस्ते "),
        "devanagari_risk_word": f("मरना "),
        "arabic_word": f("مرحبا "),
        "arabic_risk_word": f("أموت "),
        # repeated short phrases holding risk cue words
        "phrase_want_to_die": f("want to die "),
        "phrase_i_want_to_die": f("I want to die. "),
        "phrase_my_mum": f("my mum "),
        "phrase_not": f("not "),
        "phrase_kill": f("kill "),
        "phrase_kill_myself": f("kill myself "),
        "phrase_cut": f("I cut "),
        "phrase_dont_want": f("I don't want to "),
        "phrase_mixed_cues": f("my mum said not to kill myself or want to die "),
        "phrase_pills": f("pills "),
        "phrase_suicide": f("suicide "),
        "word_i": f("I "),
        "phrase_not_suicidal": f("I'm not suicidal. "),
        "phrase_dont_want_to_die": f("I don't want to die "),
        "phrase_tried": f("tried to kill myself "),
        "phrase_third": f("she wants to die "),
        "phrase_harm_by_others": f("my mum hit me "),
        "phrase_overdose": f("overdose pills "),
        # risk cue phrases in other languages (risk_langs, risk_use_langs readers)
        "phrase_es": f("quiero morir "),
        "phrase_es_neg": f("no quiero morir "),
        "phrase_fr": f("je veux mourir "),
        "phrase_de": f("ich will sterben "),
        "phrase_pt": f("não quero viver "),
        "phrase_ru": f("хочу умереть "),
        "phrase_hi_roman": f("main marna chahta hoon "),
        "phrase_hi": f("मैं मरना चाहता हूँ "),
        "phrase_ja": f("死にたい"),
        "phrase_zh_neg": f("我没有想过自杀"),
        "phrase_tr": f("ölmek istiyorum "),
        "phrase_ar": f("أريد أن أموت "),
        # PII number scanners
        "digits": f("0123456789"),
        "digits_spaced": f("1 "),
        "digits_groups_spaced": f("123 456 "),
        "digits_dashed": f("12-34-"),
        "digits_dash_space": f("1 - "),
        "phone_like": f("+44 7700 900123 "),
        "digits_dots": f("1.2."),
        "digits_slash": f("12/03/"),
        # e-mail / URL-ish
        "at_run": f("@"),
        "dot_run": f("."),
        "at_dot": f("a@b."),
        "at_word": f("@sarahj "),
        "email_like": f("sarah.jones@example.com "),
        "url_like": f("http://a.b/"),
        "www_run": f("www."),
        "url_words": f("https://www.example.com/path?x=1 "),
        # no space
        "nospace_a": f("a"),
        "nospace_ab": f("ab"),
        "nospace_word": f("khuroch"),
        "nospace_die": f("die"),
        "nospace_alnum": f("a1"),
        # punctuation, whitespace, emoji
        "punct_alt": f(".,"),
        "punct_alt2": f("!?"),
        "punct_mixed": f("-_./:;'\"()[]"),
        "apostrophes": f("'"),
        "newlines": f("\n"),
        "word_newline": f("die\n"),
        "tabs_spaces": f(" \t"),
        "emoji": f("😀"),
        "emoji_spaced": f("😭 "),
        # mixed script
        "mixed_script": f("abcпривет "),
        "mixed_script2": f("die死मरना "),
        "hindi_roman_cue": f("khuroch khoon "),
    }
    return out


def _conversation(cid: str, client: str, reply: str) -> Conversation:
    lineage = Lineage(dataset_id="pathological", source_name="pathological", source_sha256="0" * 64, record_index=0)
    return Conversation(id=cid, original_format="pathological", lineage=lineage,
                        messages=[Message(role="user", content=client), Message(role="assistant", content=reply)])


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    c0 = time.process_time()
    out = fn()
    return time.process_time() - c0, out


def stages(assessor: Assessor) -> dict[str, Callable[[str], object]]:
    checks = default_checks()
    options = QualityOptions()

    def reply(client: str) -> Callable[[str], object]:
        return lambda text: sorted(assess(_conversation("r", client, text), checks)[0].flags)

    def pii(text: str) -> object:
        spans = find_pii(text)
        return len(spans), len(redact(text, spans))

    def whole(client_side: bool) -> Callable[[str], object]:
        def run(text: str) -> object:
            conv = (_conversation("a", text, ORDINARY_REPLY) if client_side
                    else _conversation("a", RISK_TURN, text))
            assessed, _ = assessor.assess_batch([conv], options, 0.7)
            return sorted(assessed[0][1].flags)
        return run

    return {"risk": crisis.risk_category, "reply_risk": reply(RISK_TURN), "reply_neutral": reply(NEUTRAL_TURN),
            "pii": pii, "assess_client": whole(True), "assess_reply": whole(False)}


# a distinct neutral first word per stage: no per-text cache carries one stage's work to the next
PREFIX = {"risk": "", "reply_risk": "so ", "reply_neutral": "well ", "pii": "", "assess_client": "and ",
          "assess_reply": "then "}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=20_000)
    ap.add_argument("--only", default="", help="input names, comma-separated")
    ap.add_argument("--stages", default="", help="stage names, comma-separated (default: all)")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    assessor = Assessor()
    c0 = time.process_time()
    warm_up(assessor)
    warm = time.process_time() - c0
    run = stages(assessor)
    if args.stages:
        run = {k: v for k, v in run.items() if k in args.stages.split(",")}
    items = inputs(args.size)
    if args.only:
        items = {k: v for k, v in items.items() if k in args.only.split(",")}
    rows = []
    for name, text in items.items():
        row: dict = {"input": name, "chars": len(text)}
        for stage, fn in run.items():
            seconds, out = _timed(lambda: fn(PREFIX[stage] + text))
            row[stage] = round(seconds, 3)
            row[stage + "_out"] = out
        rows.append(row)
        if not args.json:
            print(f"  {name:24s} " + " ".join(f"{s}={row[s]:.3f}" for s in run), flush=True)
    worst = sorted(rows, key=lambda r: -max(r[s] for s in run))
    if args.json:
        print(json.dumps({"warm_up_cpu_s": round(warm, 2), "rows": rows}, indent=1, ensure_ascii=False, default=str))
        return
    print(f"\nwarm-up {warm:.1f} CPU s; slowest {args.top} of {len(rows)} inputs (CPU seconds):")
    print("| input | " + " | ".join(run) + " |")
    print("|---|" + "---:|" * len(run))
    for r in worst[:args.top]:
        print(f"| {r['input']} | " + " | ".join(f"{r[s]:.3f}" for s in run) + " |")


if __name__ == "__main__":
    main()
