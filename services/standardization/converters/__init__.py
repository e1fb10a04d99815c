"""Format converters, one per file, registered in one table: detection asks each in turn.

The order breaks ties between shapes that overlap: flat threads (``messages`` whose items
name a ``parent_id``) before plain OpenAI ``messages``; Alpaca's ``instruction``/``output``
and Dolly's ``instruction``/``response`` before the generic column pairs; free text last.
Then the families of issue 14 (XTuner, PersonaChat, ESConv, self-instruct, OpenAssistant
message rows, which ``standardize_records`` assembles across the batch) and the generic
turn-list guess (``qa_table`` also guesses tables by header words). See docs/formats.md.
"""

from services.standardization.converters.alpaca import Alpaca
from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord,
)
from services.standardization.converters.dolly import Dolly
from services.standardization.converters.oasst import FlatThreads, OasstTree
from services.standardization.converters.openai_messages import OpenAIMessages
from services.standardization.converters.qa_table import QATable
from services.standardization.converters.sharegpt import ShareGPT
from services.standardization.converters.transcript import Transcript
from services.standardization.converters.esconv import ESConv
from services.standardization.converters.generic import GenericTurns
from services.standardization.converters.oasst_rows import OasstRows
from services.standardization.converters.persona_chat import PersonaChat
from services.standardization.converters.self_instruct import SelfInstruct
from services.standardization.converters.xtuner import XTuner

CONVERTERS: tuple[Converter, ...] = (
    FlatThreads(), OpenAIMessages(), ShareGPT(), OasstTree(), Alpaca(), Dolly(), QATable(), Transcript(),
)
# Issue 14: the counselling / fine-tuning families (each claims its own keys with confidence
# 1.0), then generic guesses last, at low confidence (0.5), so any known format wins.
CONVERTERS += (XTuner(), PersonaChat(), ESConv(), SelfInstruct(), OasstRows(), GenericTurns())
BY_NAME: dict[str, Converter] = {c.name: c for c in CONVERTERS}

__all__ = ["BY_NAME", "CONVERTERS", "DEFAULT_OPTIONS", "ConvertOptions", "Converter", "Draft", "Evidence",
           "RejectRecord"]
