"""Contracts and plumbing shared by every service and the gateway.

Services never import each other; everything they agree on lives here:
``conversation`` (the one schema), ``events`` (commands and events on Kafka),
``topics`` (the topic table), ``settings``, ``broker``/``mongo`` factories,
``run_ledger`` (idempotent run accounting) and ``metrics``.
"""
