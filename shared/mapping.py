"""A field mapping: what a dataset's fields mean, when no detector can guess (issue 14).

Modelled on LLaMA-Factory's ``dataset_info.json`` entries, which users of fine-tuning tools
already write: ``formatting`` (``alpaca`` or ``sharegpt``), ``columns`` (which record field holds
the prompt, the query, the response, the history, the messages, the system prompt, the tools)
and, for ``sharegpt``, ``tags`` (the keys of a message and the role values). A mapping replaces
detection for every record of a run; the standardization service applies it
(``services/standardization/converters/mapping.py``). The reference for users is
``docs/field-mapping.md``.

Where this differs from LLaMA-Factory, it is stricter or says more:

- unknown keys, wrong types, a column the formatting does not read (``messages`` with
  ``alpaca``, ``prompt`` with ``sharegpt``), ``tags`` with ``alpaca``, two roles on one tag
  value and one field mapped twice are refused (LLaMA-Factory ignores or misreads them);
- an omitted tag keeps its default (LLaMA-Factory unsets the tags a ``tags`` object omits);
- preference data (``ranking``, ``chosen``/``rejected``) is refused: a conversation here has
  one answer per turn;
- the keys that say where LLaMA-Factory loads the file from (``file_name``, ``hf_hub_url``,
  ``split``, ...) are accepted and ignored, so an entry can be pasted as it is; so are the
  media columns (``images``, ``videos``, ``audios``: conversations here hold text only; a
  record that has media is marked so in its metadata).

As in LLaMA-Factory, ``columns`` left out means the defaults (``instruction``/``input``/
``output`` for alpaca, ``conversations`` for sharegpt); ``columns`` given means exactly the
listed fields are read.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_serializer, model_validator,
)

Formatting = Literal["alpaca", "sharegpt"]
FieldName = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=200)]

ALPACA_COLUMNS = ("prompt", "query", "response", "history")
SHAREGPT_COLUMNS = ("messages",)
COMMON_COLUMNS = ("system", "tools")
MEDIA_COLUMNS = ("images", "videos", "audios")
DEFAULT_COLUMNS: dict[str, dict[str, str]] = {
    "alpaca": {"prompt": "instruction", "query": "input", "response": "output"},
    "sharegpt": {"messages": "conversations"},
}
DEFAULT_TAGS: dict[str, str] = {
    "role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt",
    "observation_tag": "observation", "function_tag": "function_call", "system_tag": "system",
}
# Where LLaMA-Factory loads a dataset from and how much of it: the dataset here is already given.
SOURCE_KEYS = ("file_name", "hf_hub_url", "ms_hub_url", "om_hub_url", "script_url", "cloud_file_name", "subset",
               "split", "folder", "revision", "num_samples")
_ENTRY_KEYS = {"formatting", "columns", "tags", "ranking", *SOURCE_KEYS}


class _Unset(BaseModel):
    """Dumped without the fields left unset (a mapping reads as it was written)."""

    @model_serializer(mode="wrap")
    def _without_none(self, handler):
        return {k: v for k, v in handler(self).items() if v is not None}


class MappingColumns(_Unset):
    """Record fields, by meaning. alpaca reads prompt, query, response, history; sharegpt
    reads messages; both read system and tools."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: FieldName | None = Field(None, description="alpaca: the instruction (first part of the user turn)")
    query: FieldName | None = Field(None, description="alpaca: the input, appended to the prompt")
    response: FieldName | None = Field(None, description="alpaca: the assistant's answer")
    history: FieldName | None = Field(None, description="alpaca: earlier turns, a list of [user, assistant] pairs")
    messages: FieldName | None = Field(None, description="sharegpt: the list of message objects")
    system: FieldName | None = Field(None, description="the system prompt (text)")
    tools: FieldName | None = Field(None, description="the tool descriptions (kept in the conversation's metadata)")
    kto_tag: FieldName | None = Field(None, description="a KTO feedback label (kept in the conversation's metadata)")
    images: FieldName | None = Field(None, description="accepted and ignored: conversations hold text only")
    videos: FieldName | None = Field(None, description="accepted and ignored: conversations hold text only")
    audios: FieldName | None = Field(None, description="accepted and ignored: conversations hold text only")
    chosen: FieldName | None = Field(None, description="refused: preference data is not supported")
    rejected: FieldName | None = Field(None, description="refused: preference data is not supported")


class MappingTags(_Unset):
    """sharegpt only: the keys of a message object and the role values. An omitted tag keeps
    its default (``from``, ``value``, ``human``, ``gpt``, ``observation``, ``function_call``, ``system``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role_tag: FieldName | None = Field(None, description="the message key holding the role (default from)")
    content_tag: FieldName | None = Field(None, description="the message key holding the text (default value)")
    user_tag: FieldName | None = Field(None, description="the role value of the user (default human)")
    assistant_tag: FieldName | None = Field(None, description="the role value of the assistant (default gpt)")
    observation_tag: FieldName | None = Field(None, description="the role value of a tool result (default observation)")
    function_tag: FieldName | None = Field(None, description="the role value of a function call, an assistant turn "
                                                             "(default function_call)")
    system_tag: FieldName | None = Field(None, description="the role value of a system message (default system)")


class FieldMapping(_Unset):
    """A LLaMA-Factory ``dataset_info.json`` entry (or a file of exactly one entry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    formatting: Formatting = Field("alpaca", description="alpaca (instruction/input/output columns) or sharegpt "
                                                         "(a list of messages)")
    columns: MappingColumns | None = Field(None, description="which record field holds what; left out: the "
                                                             "formatting's default fields")
    tags: MappingTags | None = Field(None, description="sharegpt only: message keys and role values")
    ranking: bool = Field(False, exclude=True, description="must be false: preference data is not supported")
    # LLaMA-Factory's source keys: accepted, ignored, never stored.
    file_name: str | None = Field(None, exclude=True, description="ignored (LLaMA-Factory's file to load)")
    hf_hub_url: str | None = Field(None, exclude=True, description="ignored")
    ms_hub_url: str | None = Field(None, exclude=True, description="ignored")
    om_hub_url: str | None = Field(None, exclude=True, description="ignored")
    script_url: str | None = Field(None, exclude=True, description="ignored")
    cloud_file_name: str | None = Field(None, exclude=True, description="ignored")
    subset: str | None = Field(None, exclude=True, description="ignored")
    split: str | None = Field(None, exclude=True, description="ignored")
    folder: str | None = Field(None, exclude=True, description="ignored")
    revision: str | None = Field(None, exclude=True, description="ignored")
    num_samples: int | None = Field(None, exclude=True, description="ignored")

    @model_validator(mode="before")
    @classmethod
    def _one_entry_file(cls, data: Any) -> Any:
        """A whole ``dataset_info.json`` holding one dataset is that dataset's entry."""
        if not isinstance(data, dict) or not data or set(data) & _ENTRY_KEYS:
            return data
        entries = {k: v for k, v in data.items() if isinstance(v, dict) and set(v) & _ENTRY_KEYS}
        if len(entries) == len(data) == 1:
            return next(iter(entries.values()))
        if len(entries) > 1:
            names = ", ".join(list(entries)[:5])
            raise ValueError(f"this looks like a dataset_info.json with {len(entries)} datasets ({names}): "
                             "give the one entry for this dataset")
        return data

    @field_validator("columns")
    @classmethod
    def _columns_fit(cls, columns: MappingColumns | None, info: ValidationInfo) -> MappingColumns | None:
        formatting = info.data.get("formatting")
        if columns is None or formatting is None:
            return columns
        given = columns.model_dump(exclude_none=True)
        for name in ("chosen", "rejected"):
            if name in given:
                raise ValueError(f"columns.{name}: preference data (chosen/rejected) is not supported; map the "
                                 "preferred answer as columns.response")
        wrong = [c for c in (SHAREGPT_COLUMNS if formatting == "alpaca" else ALPACA_COLUMNS) if c in given]
        if wrong:
            reads = ", ".join((ALPACA_COLUMNS if formatting == "alpaca" else SHAREGPT_COLUMNS) + COMMON_COLUMNS)
            raise ValueError(f"columns.{wrong[0]} is not read with formatting {formatting!r} (it reads {reads})")
        if formatting == "alpaca" and "response" not in given:
            raise ValueError("columns.response is required with formatting 'alpaca' when columns is given")
        if formatting == "alpaca" and "prompt" not in given and "query" not in given:
            raise ValueError("columns.prompt or columns.query is required with formatting 'alpaca'")
        if formatting == "sharegpt" and "messages" not in given:
            raise ValueError("columns.messages is required with formatting 'sharegpt' when columns is given")
        seen: dict[str, str] = {}
        for name, field in given.items():
            if field in seen:
                raise ValueError(f"columns.{seen[field]} and columns.{name} both name the field {field!r}")
            seen[field] = name
        return columns

    @field_validator("tags")
    @classmethod
    def _tags_fit(cls, tags: MappingTags | None, info: ValidationInfo) -> MappingTags | None:
        if tags is None or info.data.get("formatting") is None:
            return tags
        if info.data["formatting"] != "sharegpt":
            raise ValueError("tags apply to formatting 'sharegpt' only")
        resolved = {**DEFAULT_TAGS, **tags.model_dump(exclude_none=True)}
        if resolved["role_tag"] == resolved["content_tag"]:
            raise ValueError(f"tags.role_tag and tags.content_tag are both {resolved['role_tag']!r}")
        seen: dict[str, str] = {}
        for name in ("user_tag", "assistant_tag", "observation_tag", "function_tag", "system_tag"):
            value = resolved[name]
            if value in seen:
                raise ValueError(f"tags.{seen[value]} and tags.{name} are both {value!r} (given or by default): "
                                 "one role value cannot mean two roles")
            seen[value] = name
        return tags

    @field_validator("ranking")
    @classmethod
    def _no_ranking(cls, ranking: bool) -> bool:
        if ranking:
            raise ValueError("ranking: preference datasets are not supported; map the preferred answer as "
                             "columns.response")
        return ranking

    def resolved_columns(self) -> dict[str, str]:
        """The record field of each meaning this mapping reads (the defaults when ``columns`` is left out)."""
        if self.columns is None:
            return dict(DEFAULT_COLUMNS[self.formatting])
        return self.columns.model_dump(exclude_none=True)

    def resolved_tags(self) -> dict[str, str]:
        return {**DEFAULT_TAGS, **(self.tags.model_dump(exclude_none=True) if self.tags else {})}

    def ignored(self) -> list[str]:
        """What was given and is not used: LLaMA-Factory's source keys and the media columns."""
        out = [k for k in SOURCE_KEYS if getattr(self, k) is not None]
        if self.columns is not None:
            out += [f"columns.{k}" for k in MEDIA_COLUMNS if getattr(self.columns, k) is not None]
        return out


def mapping_errors(exc: Exception, prefix: tuple[str | int, ...] = ()) -> list[dict[str, Any]]:
    """A mapping's validation errors as the gateway's problem documents list them, each
    ``loc`` naming the field (``["mapping", "columns", "prompt"]``)."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return [{"loc": list(prefix), "msg": str(exc), "type": "value_error"}]
    return [{"loc": [*prefix, *e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in errors()]
