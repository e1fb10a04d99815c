"""Renderers from ``Conversation`` to the chat templates trainers expect, one line each.

``openai``/``sharegpt``/``alpaca`` render to structured records; ``chatml``, ``vicuna`` and
``llama3`` render to ``{"text": ...}``. Every renderer is the inverse of a format the
standardization service detects, which the round-trip tests hold it to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shared.conversation import Conversation, Message

VICUNA_EOS = "</s>"


class TemplateError(Exception):
    """The conversation's shape has no faithful rendering in this template."""


def _openai(c: Conversation) -> dict[str, Any]:
    out = []
    for m in c.messages:
        item = {"role": m.role, "content": m.content}
        if m.name:
            item["name"] = m.name
        out.append(item)
    return {"messages": out}


_SHAREGPT_FROM = {"user": "human", "assistant": "gpt", "tool": "observation", "system": "system"}


def _sharegpt(c: Conversation) -> dict[str, Any]:
    record: dict[str, Any] = {}
    turns = []
    for i, m in enumerate(c.messages):
        if m.role == "system" and i == 0:
            record["system"] = m.content
            continue
        source = (m.metadata or {}).get("sharegpt_role")
        turns.append({"from": source or _SHAREGPT_FROM[m.role], "value": m.content})
    record["conversations"] = turns
    return record


def _pairs(messages: list[Message]) -> list[tuple[str, str]]:
    """(user, assistant) pairs; any other shape cannot be Alpaca."""
    if len(messages) % 2 or not messages:
        raise TemplateError("alpaca needs user/assistant pairs")
    pairs = []
    for u, a in zip(messages[::2], messages[1::2]):
        if u.role != "user" or a.role != "assistant":
            raise TemplateError(f"alpaca needs user/assistant pairs, got {u.role}/{a.role}")
        pairs.append((u.content, a.content))
    return pairs


def _alpaca(c: Conversation) -> dict[str, Any]:
    messages = list(c.messages)
    system = messages.pop(0).content if messages and messages[0].role == "system" else None
    pairs = _pairs(messages)
    record: dict[str, Any] = {"instruction": pairs[-1][0], "input": "", "output": pairs[-1][1]}
    if system:
        record["system"] = system
    if len(pairs) > 1:
        record["history"] = [list(p) for p in pairs[:-1]]
    return record


def _chatml(c: Conversation) -> dict[str, str]:
    return {"text": "".join(f"<|im_start|>{m.role}\n{m.content}<|im_end|>\n" for m in c.messages)}


def _llama3(c: Conversation) -> dict[str, str]:
    body = "".join(f"<|start_header_id|>{'ipython' if m.role == 'tool' else m.role}<|end_header_id|>\n\n"
                   f"{m.content}<|eot_id|>" for m in c.messages)
    return {"text": "<|begin_of_text|>" + body}


def _vicuna(c: Conversation) -> dict[str, str]:
    messages = list(c.messages)
    parts = []
    if messages and messages[0].role == "system":
        parts.append(messages.pop(0).content)
    for m in messages:
        if m.role == "user":
            parts.append(f"USER: {m.content}")
        elif m.role == "assistant":
            parts.append(f"ASSISTANT: {m.content}{VICUNA_EOS}")
        else:
            raise TemplateError(f"vicuna has no {m.role} turns")
    return {"text": " ".join(parts)}


RENDERERS: dict[str, Callable[[Conversation], dict[str, Any]]] = {
    "openai": _openai, "sharegpt": _sharegpt, "alpaca": _alpaca, "chatml": _chatml, "llama3": _llama3,
    "vicuna": _vicuna,
}


def render(conversation: Conversation, template: str) -> dict[str, Any]:
    return RENDERERS[template](conversation)
