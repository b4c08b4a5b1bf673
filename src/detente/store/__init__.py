"""The store: documents, sentences and every extraction with its evidence offsets, in SQLite or PostgreSQL."""

from .db import AddResult, Store

__all__ = ["AddResult", "Store"]
