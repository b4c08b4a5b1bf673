"""Tables of the analyses over time (``detente.analyse``): position links and alerts.

They share ``metadata`` with :mod:`detente.store.schema`, so Alembic (migration 0002) and SQLAlchemy agree.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text

from .schema import metadata

position_links = Table(
    "position_links", metadata,
    Column("position_id", Integer, ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), nullable=False),  # new | repeat | shift | reversal
    Column("direction", String(16)),  # harder | softer (shifts and reversals on a scale)
    Column("earlier_id", Integer, ForeignKey("positions.id", ondelete="SET NULL")),
    Column("earlier_document", String(255)),
    Column("earlier_date", String(40)),
    Column("holder_code", String(16)),
    Column("issue", String(64)),
    Column("date", String(40)),
    Column("point", String(16)),
    Column("score", Float),
    Column("reason", Text),
    Column("features", JSON),
)
Index("ix_position_links_group", position_links.c.holder_code, position_links.c.issue)
Index("ix_position_links_earlier", position_links.c.earlier_id)

alerts = Table(
    "alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(255), nullable=False, unique=True),  # rule + subject: an alert is raised once
    Column("rule", String(64), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("date", String(40)),
    Column("party", String(16)),
    Column("issue", String(64)),
    Column("document_id", String(255)),
    Column("message", Text, nullable=False),
    Column("data", JSON),
)
Index("ix_alerts_date", alerts.c.date)
