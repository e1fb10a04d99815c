"""The bodies of the REST routes the gateway answers by asking a service over its internal
API (``/standardize/*``: standardization, ``/validate/*``: quality); their answers are
``shared.service_api``'s."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from shared.events import QualityOptions, StandardizationOptions
from shared.service_api import ConversationIn


class StandardizeConversationRequest(BaseModel):
    record: Any = Field(description="one record in any supported format")
    options: StandardizationOptions = Field(default_factory=StandardizationOptions)


class StandardizeBatchRequest(BaseModel):
    records: list[Any] = Field(min_length=1, max_length=1000)
    options: StandardizationOptions = Field(default_factory=StandardizationOptions)


class ValidateConversationRequest(BaseModel):
    conversation: ConversationIn
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)


class ValidateQualityRequest(BaseModel):
    conversations: list[ConversationIn] = Field(min_length=1, max_length=1000)
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)
