"""Format converters, one per file, registered in one table: detection tries them in order.

The order matters: specific shapes (``messages``, ``conversations``) before generic
column pairs, Alpaca's ``instruction``/``output`` before the ``input``/``output`` table pair.
"""

from services.standardization.converters.alpaca import Alpaca
from services.standardization.converters.base import Converter, Draft, RejectRecord
from services.standardization.converters.openai_messages import OpenAIMessages
from services.standardization.converters.qa_table import QATable
from services.standardization.converters.sharegpt import ShareGPT

CONVERTERS: tuple[Converter, ...] = (OpenAIMessages(), ShareGPT(), Alpaca(), QATable())

__all__ = ["CONVERTERS", "Converter", "Draft", "RejectRecord"]
