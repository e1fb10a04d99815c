"""A name preceded only by brackets and spaces (Hypothesis found "( " before a token): the cue
reader took the last word of an empty string and raised IndexError, which failed the text."""

import pytest

from shared.pii.detect import find_pii


@pytest.mark.parametrize("text", ["( Zorblax", "((  Zorblax said hi", "( Will", "(\tQuenby", " ( ( Maria", "x\n( Zorblax"])
def test_brackets_before_a_name_do_not_raise(text):
    assert all(span.text in text for span in find_pii(text))
