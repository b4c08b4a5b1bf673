"""Shared fixtures: the real pack, the real spaCy pipeline, and real SQLite and PostgreSQL stores."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from detente.nlp import load
from detente.ontology import load_pack
from detente.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
PG_ADMIN = os.environ.get("DETENTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pack():
    return load_pack("russia_ukraine")


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture
def sqlite_store(tmp_path):
    store = Store(str(tmp_path / "store.db"))
    yield store
    store.close()


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database on the local server, dropped afterwards."""
    name = f"detente_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The same tests against both stores."""
    if request.param == "sqlite":
        url = str(tmp_path / "store.db")
    else:
        url = request.getfixturevalue("pg_url")
    store = Store(url)
    yield store
    store.close()
