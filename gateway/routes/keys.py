"""``/api/v1/keys``: API keys (admin), and ``/api/v1/keys/me`` for any key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from gateway.auth import Principal, require_key, require_scope
from gateway.plumbing import found
from gateway.routes import API_PREFIX
from shared.api.access import ALL_SCOPES, KeyCreate, KeyCreated, KeyList, KeyOut, WhoAmI, key_view
from shared.http.problems import Problem, responses

router = APIRouter(prefix=f"{API_PREFIX}/keys", tags=["keys"], dependencies=[Depends(require_key)])
KeyId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="16 hex characters")]


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
    found(await store.get(key_id), "key", key_id)
    if not await store.revoke(key_id):
        raise Problem(409, "key_revoked", "Key already revoked", f"key {key_id!r} was revoked before")
    return key_view(await store.get(key_id))
