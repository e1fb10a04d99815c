"""Templates out, formats in: rendering a conversation and standardizing the result gives
back every turn (format -> Conversation -> same format keeps every turn's content)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.production.templates import RENDERERS, TemplateError, render
from services.standardization.standardize import standardize_records
from shared.events import RawRecord
from tests.support.factories import conversation

# Content without the markers a text template uses to find turns (a real corpus with
# "USER:" inside a message cannot round-trip through Vicuna text either).
content = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,!?'\"()-\n\u00e9\u4e2d"),
                  min_size=1, max_size=60).map(str.strip).filter(bool).filter(lambda s: "\n\n" not in s and " \n" not in s)


@st.composite
def conversations(draw):
    n = draw(st.integers(1, 4))
    turns = []
    if draw(st.booleans()):
        turns.append(("system", draw(content)))
    for _ in range(n):
        turns += [("user", draw(content)), ("assistant", draw(content))]
    return conversation(*turns)


def back(record: dict):
    result = standardize_records([RawRecord(index=0, data=record)], dataset_id="d", source_name="f",
                                 source_sha256="0", alternation="keep")
    assert not result.rejects, result.rejects
    (conv,) = result.conversations
    return [(m.role, m.content) for m in conv.messages]


@pytest.mark.parametrize("template", sorted(RENDERERS))
@settings(max_examples=60, deadline=None)
@given(conv=conversations())
def test_render_then_standardize_keeps_every_turn(template, conv):
    assert back(render(conv, template)) == [(m.role, m.content) for m in conv.messages]


def test_the_rendered_shapes():
    c = conversation(("system", "Be kind."), ("user", "Hi"), ("assistant", "Hello"), ("user", "Bye"),
                     ("assistant", "Take care"))
    assert render(c, "alpaca") == {"instruction": "Bye", "input": "", "output": "Take care", "system": "Be kind.",
                                   "history": [["Hi", "Hello"]]}
    assert render(c, "sharegpt")["conversations"][0] == {"from": "human", "value": "Hi"}
    assert render(c, "chatml")["text"].startswith("<|im_start|>system\nBe kind.<|im_end|>\n<|im_start|>user\nHi")
    assert render(c, "vicuna")["text"] == "Be kind. USER: Hi ASSISTANT: Hello</s> USER: Bye ASSISTANT: Take care</s>"
    assert render(c, "llama3")["text"].startswith("<|begin_of_text|><|start_header_id|>system<|end_header_id|>")


def test_shapes_a_template_cannot_express_are_refused_not_mangled():
    one_sided = conversation(("user", "Hi"), ("user", "Anyone?"))
    with pytest.raises(TemplateError):
        render(one_sided, "alpaca")
    with pytest.raises(TemplateError):
        render(conversation(("user", "x"), ("tool", "y")), "vicuna")
