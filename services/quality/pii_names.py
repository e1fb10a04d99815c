"""Person names in text: moved to :mod:`shared.pii.names`; these names stay importable from here."""

from shared.pii.names import AMBIGUOUS, DATA, TOKEN, find_names, gazetteer  # noqa: F401
