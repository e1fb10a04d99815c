"""Format converters, one per file, registered in one table: detection asks each in turn.

The order breaks ties between shapes that overlap: flat threads (``messages`` whose items
name a ``parent_id``) before plain OpenAI ``messages``; Alpaca's ``instruction``/``output``
and Dolly's ``instruction``/``response`` before the generic column pairs; free text last.
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

CONVERTERS: tuple[Converter, ...] = (
    FlatThreads(), OpenAIMessages(), ShareGPT(), OasstTree(), Alpaca(), Dolly(), QATable(), Transcript(),
)
BY_NAME: dict[str, Converter] = {c.name: c for c in CONVERTERS}

__all__ = ["BY_NAME", "CONVERTERS", "DEFAULT_OPTIONS", "ConvertOptions", "Converter", "Draft", "Evidence",
           "RejectRecord"]
