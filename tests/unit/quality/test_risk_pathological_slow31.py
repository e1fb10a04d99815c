"""Pathological client turns and replies (thirty-first session, slow31; docs/performance.md, "Pathological inputs"):
the outputs of the risk stage, PII and the whole assessment on shortened versions of ``bench/pathological_inputs.py``'s
turns (1,500 characters: the outputs of the code before the fixes, 9cc7dc1, recorded there and unchanged by them), and, for each
pattern rewritten so that it cannot read a turn quadratically, that the new form gives the old one's answers on
ordinary sentences. No test here asserts a timing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from pathological_inputs import RISK_TURN, _conversation, inputs  # noqa: E402
from services.quality.checks import default_checks  # noqa: E402
from services.quality.checks.counselling import crisis  # noqa: E402
from services.quality.checks.counselling import task_frame  # noqa: E402
from services.quality.checks.counselling.spans import SENTENCE_REACH, sentence_span  # noqa: E402
from services.quality.scoring import assess  # noqa: E402
from shared.pii import find_pii, redact  # noqa: E402

SIZE = 1500
SHORT = inputs(SIZE)

# crisis.risk_category of each shortened turn, as the code before the fixes read it (a few are learned-stage
# readings of garbage, e.g. "I I I ..." or "1 - 1 - ...": recorded as they are, not endorsed)
RISK = {
    'latin_word': 'none', 'latin_word_hello': 'none', 'latin_word_cap': 'none',
    'cyrillic_word': 'none', 'cyrillic_risk_word': 'none', 'cjk_word': 'none',
    'cjk_risk_word': 'active_ideation', 'cjk_word_spaced': 'none', 'devanagari_word': 'none',
    'devanagari_risk_word': 'none', 'arabic_word': 'none', 'arabic_risk_word': 'active_ideation',
    'phrase_want_to_die': 'none', 'phrase_i_want_to_die': 'active_ideation', 'phrase_my_mum': 'none',
    'phrase_not': 'none', 'phrase_kill': 'none', 'phrase_kill_myself': 'active_ideation',
    'phrase_cut': 'nssi', 'phrase_dont_want': 'none', 'phrase_mixed_cues': 'active_ideation',
    'phrase_pills': 'none', 'phrase_suicide': 'none', 'word_i': 'active_ideation',
    'phrase_not_suicidal': 'none', 'phrase_dont_want_to_die': 'none', 'phrase_tried': 'recent_attempt',
    'phrase_third': 'none', 'phrase_harm_by_others': 'none', 'phrase_overdose': 'none',
    'phrase_es': 'active_ideation', 'phrase_es_neg': 'active_ideation', 'phrase_fr': 'active_ideation',
    'phrase_de': 'active_ideation', 'phrase_pt': 'passive_wish', 'phrase_ru': 'active_ideation',
    'phrase_hi_roman': 'active_ideation', 'phrase_hi': 'active_ideation', 'phrase_ja': 'active_ideation',
    'phrase_zh_neg': 'none', 'phrase_tr': 'active_ideation', 'phrase_ar': 'active_ideation',
    'digits': 'none', 'digits_spaced': 'none', 'digits_groups_spaced': 'none',
    'digits_dashed': 'none', 'digits_dash_space': 'active_ideation', 'phone_like': 'none',
    'digits_dots': 'none', 'digits_slash': 'none', 'at_run': 'none',
    'dot_run': 'plan_preparation', 'at_dot': 'none', 'at_word': 'none',
    'email_like': 'none', 'url_like': 'none', 'www_run': 'none',
    'url_words': 'none', 'nospace_a': 'none', 'nospace_ab': 'none',
    'nospace_word': 'none', 'nospace_die': 'none', 'nospace_alnum': 'none',
    'punct_alt': 'none', 'punct_alt2': 'none', 'punct_mixed': 'method',
    'apostrophes': 'none', 'newlines': 'none', 'word_newline': 'none',
    'tabs_spaces': 'none', 'emoji': 'none', 'emoji_spaced': 'none',
    'mixed_script': 'none', 'mixed_script2': 'none', 'hindi_roman_cue': 'none',
}

# how many PII spans shared.pii.find_pii finds (turns not listed: none)
PII = {
    # latin_word_cap ("Sarah Sarah ..."): 84 one-word names at the session's start; piiblind31b's full-name completion
    # (a name followed by more capitalised name words) reads the run as one NAME span since (redacted as one placeholder)
    'latin_word_cap': 1, 'phone_like': 94, 'at_word': 188,
    'email_like': 63,
}

# (flags with the turn as the client's, answered by a safety reply; flags with the turn as the reply to a risk turn)
FLAGS = {
    'newlines': (('answer_out_of_proportion', 'empty_turn'),
                 ('crisis_without_safety_response', 'empty_turn')),
    'word_newline': (('answer_out_of_proportion', 'unexpected_language'),
                     ('crisis_without_safety_response', 'repetitive_text')),
    'tabs_spaces': (('answer_out_of_proportion', 'empty_turn'),
                    ('crisis_without_safety_response', 'empty_turn')),
    'cjk_risk_word': (('answer_out_of_proportion', 'unexpected_language'),
                      ('crisis_without_safety_response', 'unexpected_language')),
    'phrase_kill_myself': (('answer_out_of_proportion',),
                           ('crisis_without_safety_response', 'repetitive_text')),
    'phrase_cut': (('answer_out_of_proportion',),
                   ('crisis_without_safety_response', 'repetitive_text')),
    'digits_groups_spaced': (('answer_out_of_proportion', 'gibberish'),
                             ('crisis_without_safety_response', 'gibberish', 'repetitive_text')),
    'phrase_ja': (('answer_out_of_proportion', 'unexpected_language'),
                  ('crisis_without_safety_response', 'unexpected_language')),
    'phrase_es_neg': (('answer_out_of_proportion', 'unexpected_language'),
                      ('crisis_without_safety_response', 'repetitive_text')),
    'phrase_de': (('answer_out_of_proportion', 'unexpected_language'),
                  ('crisis_without_safety_response', 'repetitive_text')),
}

SAFETY_REPLY = "Thank you for telling me. Are you safe right now?"


def test_inputs_cover_the_kinds():
    assert len(SHORT) == len(RISK)
    assert all(len(t) == SIZE for t in SHORT.values())


@pytest.mark.parametrize("name", sorted(RISK))
def test_risk_category(name):
    assert crisis.risk_category(SHORT[name]) == RISK[name]


@pytest.mark.parametrize("name", sorted(RISK))
def test_pii(name):
    text = SHORT[name]
    spans = find_pii(text)
    assert len(spans) == PII.get(name, 0)
    if not spans:
        assert redact(text, spans) == text


@pytest.mark.parametrize("name", sorted(FLAGS))
def test_assessment_flags(name):
    checks = default_checks()
    text = SHORT[name]
    client = sorted(assess(_conversation("c", text, SAFETY_REPLY), checks)[0].flags)
    reply = sorted(assess(_conversation("r", RISK_TURN, text), checks)[0].flags)
    assert (tuple(client), tuple(reply)) == FLAGS[name]


# --- task_frame._LATER_IMPERATIVE: the form before slow31 (``\n\s*`` re-read a run of newlines from each break)
OLD_LATER = re.compile(task_frame._LATER_IMPERATIVE.pattern.replace(r"(?:[.!?:;]\s++|\n[^\S\n]*+)",
                                                                     r"(?:[.!?:;]\s+|\n\s*)"), re.IGNORECASE)

SENTENCES = [
    "Here is a paragraph. Summarise it.", "Consider the list below.\nSort it", "Consider the list below.\n\n  Sort it",
    "The following numbers are given: 3, 1, 2. Please sort them.", "Some text:\n\n\nCan you please list the verbs",
    "I feel awful.  List reasons to live.", "He left last night. Explain that to the kids",
    "Everything is hopeless. List reasons to live.", "ok.\r\nwrite a poem", "ok.\t\n \twrite a poem",
    "end;\n\ncould you rewrite this", "a? now define it", "A list!\n\n\n\nthen translate it", "no verb here.\n\n",
    "Nothing follows.   ", "\n\n\ngive up on it", "line one\n\u2028\u2029list them", "stop:\x0b\x0cconvert it",
    "word\n \n \n name three", "I want to die.\nList ways", "My mum said no.\n\nDescribe it", "",
]


@pytest.mark.parametrize("text", SENTENCES + [SHORT[n] for n in ("newlines", "word_newline", "tabs_spaces", "punct_alt")]
                         + ["\n" * 300 + "list them", "." + " " * 300 + "list", "\n \n" * 100 + "sort"])
def test_later_imperative_same_as_before(text):
    old, new = OLD_LATER.search(text), task_frame._LATER_IMPERATIVE.search(text)
    assert (old is None) == (new is None)
    if old is not None:
        assert old.end() == new.end()  # the same verb found (the new form may start at a later line break)


@pytest.mark.parametrize("text", SENTENCES)
def test_impersonal_instruction_on_sentences(text):
    # the rewritten pattern's only reader answers as it did (its other readers unchanged)
    later = OLD_LATER.search(text) is not None
    assert later == (task_frame._LATER_IMPERATIVE.search(text) is not None)


# --- spans.sentence_span: the sentence finders of risk, risk_langs and risk_use_langs before slow31
def old_span(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    s = max(text.rfind(c, 0, start) for c in stops) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i != -1]
    return s, min(ends, default=len(text))


STOPS = (".!?;\n", "。！？；\n.!?;", ".!?;\n।۔", ".!?;\n。！？")
ORDINARY = [
    "I can't do this anymore. I want to die and I have been cutting my arms again.",
    "Work was fine; then my mum called! Why? Because she wants to die, she said.\nI don't know.",
    "我很累。我想死！真的吗？",  "मैं बहुत थक गया हूँ। मरना चाहता हूँ।", "لا أريد أن أعيش۔ أنا متعب",
    "no stops at all in this one just words", "", ".", "a.b", "ends with stop.", "Я хочу умереть. Правда!",
]


@pytest.mark.parametrize("stops", STOPS)
@pytest.mark.parametrize("text", ORDINARY + [SHORT["phrase_kill_myself"], SHORT["cjk_risk_word"]])
def test_sentence_span_same_as_before(text, stops):
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 3)):
            assert sentence_span(text, start, end, stops) == old_span(text, start, end, stops)


def test_sentence_span_reach():
    text = "word " * 2000  # 10,000 characters, no stop
    # cut at multiples of SENTENCE_REACH, at least one reach and less than two from the match
    assert sentence_span(text, 5000, 5004, ".!?;\n") == (2000, 8000)
    assert sentence_span(text, 100, 104, ".") == (0, 4000)
    assert sentence_span(text, 9990, 9995, ".") == (6000, len(text))
    for start in range(0, len(text), 97):
        s, e = sentence_span(text, start, start + 4, ".")
        assert s == 0 or SENTENCE_REACH <= start - s < 2 * SENTENCE_REACH
        assert e == len(text) or SENTENCE_REACH < e - (start + 4) <= 2 * SENTENCE_REACH
    # the matches of one stretch share one cut sentence
    assert sentence_span(text, 4100, 4104, ".") == sentence_span(text, 5900, 5903, ".")
    stopped = "x" * 3000 + ". " + "y" * 3000
    assert sentence_span(stopped, 3100, 3105, ".") == (3001, 6000)


# --- anchored readers now read with ``match``: every top-level branch starts with ``^`` (and no MULTILINE), so
# ``match`` finds exactly what ``search`` found
def _anchored(pattern: re.Pattern) -> bool:
    from re import _constants as C, _parser as P

    def first(seq) -> bool:
        if not seq:
            return False
        op, av = seq[0]
        if op is C.AT:
            return av is C.AT_BEGINNING
        if op is C.BRANCH:
            return all(first(list(b)) for b in av[1])
        if op is C.SUBPATTERN:
            return first(list(av[-1]))
        return False
    return not pattern.flags & re.MULTILINE and first(list(P.parse(pattern.pattern, pattern.flags)))


AFTER = ["", " or anything like that", " nicht", " niet meer", "지 않아요", "고 싶지 않아", "わけじゃない", "てない",
         "とは思ってない", " değilim", "してないよ", " but I do", "... or whatever", " 不是", "。我想死", " nie",
         " nie tylko", " niet alleen", "  \n", " and then nothing like that", " aber doch"]


@pytest.mark.parametrize("name", ["risk", "risk_use_langs"])
def test_neg_after_anchored_match_is_search(name):
    from services.quality.checks.counselling import risk, risk_use_langs

    pattern = {"risk": risk._NEG_AFTER, "risk_use_langs": risk_use_langs._NEG_AFTER}[name]
    assert _anchored(pattern)
    for text in AFTER + [SHORT["phrase_ja"][:200], SHORT["cjk_risk_word"][:200]]:
        old, new = pattern.search(text), pattern.match(text)
        assert (old and old.span()) == (new and new.span())


# --- risk._cjk_negated: the Russian negation read only when its word is in the text (same answers)
BEFORE = ["я не ", "никогда не думала ", "я не хочу ", "Я никогда ", "не очень ", "мне ", "я ", "", "我没有", "我不",
          "он не сказал что ", "Не ", "никогда ", "не\n", "я не знаю почему "]


@pytest.mark.parametrize("before", BEFORE)
def test_cjk_negated_precondition_same(before):
    from services.quality.checks.counselling import risk

    for word in ("хочу умереть", "想死", "自杀"):
        text = before + word
        m = re.search(re.escape(word), text)
        old = bool(risk._CJK_NEG.search(text[risk._cjk_sentence_at(text, m)[0]:m.start()])
                   or re.search(r"\b(?:не|никогда)\s+(?:\w+\s+){0,2}$", text[risk._cjk_sentence_at(text, m)[0]:m.start()]))
        assert risk._cjk_negated(text, m) == old


# --- risk_use_langs.iter_negation_spans: the same spans, in the same order, as the list
NEGATED_TURNS = ["No quiero morir.", "Je ne veux pas mourir, je suis juste fatigué.", "死にたいわけじゃない。",
                 "죽고 싶지 않아요.", "Ich will nicht sterben.", "Não quero morrer.", "Nie chcę umrzeć.",
                 "Ölmek istemiyorum.", "Quiero morir.", "死にたい。でも大丈夫。", SHORT["phrase_es_neg"], SHORT["phrase_ja"]]


@pytest.mark.parametrize("text", NEGATED_TURNS)
def test_iter_negation_spans_same_as_list(text):
    from services.quality.checks.counselling import risk_use_langs
    from services.quality.checks.prefilter import Folded

    assert list(risk_use_langs.iter_negation_spans(text, Folded(text))) == risk_use_langs.negation_spans(text, Folded(text))


# --- risk_langs._reads_portuguese: the sentence's reading cached, the answer as before
PT_ES = ["No mês passado tentei me matar", "No quiero morir", "No sábado cortei os braços", "no sé, no quiero vivir",
         "As I said, I have no plan", "No os preocupéis, nos da igual, no pienso matarme", "Eu não quero viver no Brasil"]


@pytest.mark.parametrize("sentence", PT_ES)
def test_without_portuguese_no_same(sentence):
    from services.quality.checks.counselling import risk_langs as rl

    pt = len(rl._PT_WORDS.findall(sentence))
    old_pt = not (pt <= len(rl._ES_WORDS.findall(sentence)) or pt <= len(rl._EN_WORDS.findall(sentence)))
    before = sentence[: len(sentence) // 2]
    old = rl._NO.sub("em", before) if rl._NO.search(before) and old_pt else before
    assert rl.without_portuguese_no(before, sentence) == old


CJK_BEFORE = ["我没有", "我从来没想过", "我不", "我并不是很", "我不会，", "不\n", "我没有真的\n", "从来没有", "没有，我", "他说我不",
              "我不想不", "我真的没", "", "我", "不是。", "我从不想\n\n"]


@pytest.mark.parametrize("before", CJK_BEFORE)
def test_cjk_neg_tail_same(before):
    from services.quality.checks.counselling import risk

    for pad in ("", "今天很累" * 10, "我想死" * 30):
        text = pad + before
        assert (risk._CJK_NEG.search(text) is not None) == (risk._CJK_NEG.search(text[-8:]) is not None)
