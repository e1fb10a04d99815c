"""``/api/v1/keys``: API keys (admin), and ``/api/v1/keys/me`` for any key."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, Field, field_validator

from gateway.auth import ALL_SCOPES, SCOPES, Principal, Tier, require_key, require_scope
from shared.http.problems import Problem, responses
from gateway.ratelimit import Limit
from gateway.routes import API_PREFIX

router = APIRouter(prefix=f"{API_PREFIX}/keys", tags=["keys"], dependencies=[Depends(require_key)])
KeyId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="16 hex characters")]


class KeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100, description="who or what uses the key")
    tier: Tier
    rate_limits: dict[str, str] = Field(default_factory=dict, max_length=10,
                                        description='overrides per bucket, e.g. {"validation": "1000/minute"}')

    @field_validator("rate_limits")
    @classmethod
    def _limits(cls, value: dict[str, str]) -> dict[str, str]:
        for bucket, text in value.items():
            if bucket not in ("validation", "export"):
                raise ValueError(f"unknown rate-limit bucket {bucket[:40]!r}; buckets: validation, export")
            Limit.parse(text)
        return value


class KeyOut(BaseModel):
    key_id: str
    name: str
    tier: Tier
    scopes: list[str]
    rate_limits: dict[str, str] = Field(default_factory=dict)
    created_at: datetime
    created_by: str
    revoked_at: datetime | None = None


class KeyCreated(KeyOut):
    api_key: str = Field(description="the secret; shown once, only its hash is stored")


class KeyList(BaseModel):
    items: list[KeyOut]


class WhoAmI(BaseModel):
    key_id: str
    name: str
    tier: Tier
    scopes: list[str]
    all_scopes: list[str] = Field(description="every scope the API knows")


def key_view(doc: dict) -> KeyOut:
    return KeyOut(key_id=doc["_id"], name=doc["name"], tier=doc["tier"], scopes=sorted(SCOPES[doc["tier"]]),
                  rate_limits=doc.get("rate_limits") or {}, created_at=doc["created_at"],
                  created_by=doc.get("created_by", ""), revoked_at=doc.get("revoked_at"))


@router.get("/me", response_model=WhoAmI, summary="The calling key: tier and scopes (for showing what a user may do)")
async def whoami(principal: Annotated[Principal, Depends(require_key)]) -> WhoAmI:
    return WhoAmI(key_id=principal.key_id, name=principal.name, tier=principal.tier,
                  scopes=sorted(principal.scopes), all_scopes=ALL_SCOPES)


@router.get("", response_model=KeyList, summary="All keys (without secrets)",
            dependencies=[Depends(require_scope("keys:manage"))])
async def list_keys(request: Request) -> KeyList:
    return KeyList(items=[key_view(d) for d in await request.app.state.keys.list()])


@router.post("", status_code=201, response_model=KeyCreated, summary="Create a key; the secret is in this answer only")
async def create_key(request: Request, body: KeyCreate,
                     principal: Annotated[Principal, Depends(require_scope("keys:manage"))]) -> KeyCreated:
    doc, token = await request.app.state.keys.create(body.name, body.tier, created_by=principal.key_id,
                                                     rate_limits=body.rate_limits)
    return KeyCreated(**key_view(doc).model_dump(), api_key=token)


@router.delete("/{key_id}", response_model=KeyOut, summary="Revoke a key (it stops working within the key cache time)",
               dependencies=[Depends(require_scope("keys:manage"))],
               responses=responses(404, 409, s404="no such key", s409="the key is already revoked"))
async def revoke_key(request: Request, key_id: KeyId) -> KeyOut:
    store = request.app.state.keys
    if await store.get(key_id) is None:
        raise Problem(404, "key_not_found", "Unknown key", f"no key {key_id!r}")
    if not await store.revoke(key_id):
        raise Problem(409, "key_revoked", "Key already revoked", f"key {key_id!r} was revoked before")
    return key_view(await store.get(key_id))
