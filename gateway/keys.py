"""API key administration from a shell: ``python -m gateway.keys create|list|revoke``.

Uses the same settings as the gateway (``DP_MONGODB_URI``, ``DP_MONGODB_DB``)::

    python -m gateway.keys create --name techdeck --tier editor
    python -m gateway.keys create --name ci --tier viewer --rate-limit validation=1000/minute
    python -m gateway.keys list
    python -m gateway.keys revoke 0123456789abcdef

``create`` prints the key once (only its hash is stored).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from gateway.auth import KeyStore
from shared.api.access import TIERS, checked_rate_limits
from gateway.settings import GatewaySettings
from shared.mongo import ensure_indexes, make_mongo


def _parse_limits(items: list[str]) -> dict[str, str]:
    """``BUCKET=N/PERIOD`` options as a key's rate limits (checked as ``POST /keys`` checks them)."""
    try:
        return checked_rate_limits({bucket: text for bucket, _, text in (item.partition("=") for item in items)})
    except ValueError as exc:
        raise SystemExit(f"{exc} (use validation=<n>/<period> or export=<n>/<period>)") from None


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway.keys", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create", help="create a key and print it once")
    create.add_argument("--name", required=True)
    create.add_argument("--tier", required=True, choices=TIERS)
    create.add_argument("--rate-limit", action="append", default=[], metavar="BUCKET=N/PERIOD")
    listing = sub.add_parser("list", help="list keys (no secrets)")
    listing.add_argument("--json", action="store_true")
    revoke = sub.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    args = parser.parse_args(argv)

    settings = GatewaySettings()
    mongo = make_mongo(settings)
    try:
        db = mongo[settings.mongodb_db]
        await ensure_indexes(db)
        store = KeyStore(db, None, cache_s=0)
        if args.command == "create":
            doc, token = await store.create(args.name, args.tier, created_by="cli",
                                            rate_limits=_parse_limits(args.rate_limit))
            print(f"key_id: {doc['_id']}\ntier:   {doc['tier']}\napi_key: {token}")
            print("(store the api_key now: it is not shown again)", file=sys.stderr)
        elif args.command == "list":
            docs = await store.list()
            if args.json:
                print(json.dumps([{**d, "key_id": d.pop("_id")} for d in docs], default=str, indent=2))
            for d in docs if not args.json else []:
                state = f"revoked {d['revoked_at']:%Y-%m-%d %H:%M}" if d.get("revoked_at") else "active"
                print(f"{d['_id']}  {d['tier']:<6}  {state:<24}  {d['name']}")
        else:
            if await store.get(args.key_id) is None:
                print(f"no key {args.key_id!r}", file=sys.stderr)
                return 1
            if not await store.revoke(args.key_id):
                print(f"key {args.key_id!r} was already revoked", file=sys.stderr)
                return 1
            print(f"revoked {args.key_id}")
        return 0
    finally:
        await mongo.close()


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
