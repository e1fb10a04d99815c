"""The four pipeline services, one package each; they share only ``shared``."""
