"""Production: when a run's last batch is in, writes its export and completes the run."""
