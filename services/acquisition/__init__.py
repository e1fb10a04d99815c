"""Acquisition: reads registered datasets in batches and publishes ``BatchAcquired``."""
