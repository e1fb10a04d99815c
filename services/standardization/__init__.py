"""Standardization: detects each record's format and converts it to ``Conversation``."""
