"""Settings from flags and environment: where the store is, which pack to use."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "detente"


def default_db() -> str:
    """The store URL: ``DETENTE_DB`` if set, else a SQLite file in the user's data folder."""
    return os.environ.get("DETENTE_DB") or str(data_dir() / "detente.db")


def default_pack() -> str:
    return os.environ.get("DETENTE_PACK", "russia_ukraine")


def sqlalchemy_url(db: str) -> str:
    """A SQLAlchemy URL for a path or URL: plain paths are SQLite files; postgresql:// uses psycopg 3."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    path = Path(db).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
