"""The gateway: TechDeck's REST + WebSocket API. Publishes commands, reads state, owns no pipeline logic."""
