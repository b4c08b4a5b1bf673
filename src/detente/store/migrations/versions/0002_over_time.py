"""Analyses over time: links between a holder's positions on an issue, and alerts.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "position_links",
        sa.Column("position_id", sa.Integer, sa.ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(16)),
        sa.Column("earlier_id", sa.Integer, sa.ForeignKey("positions.id", ondelete="SET NULL")),
        sa.Column("earlier_document", sa.String(255)),
        sa.Column("earlier_date", sa.String(40)),
        sa.Column("holder_code", sa.String(16)),
        sa.Column("issue", sa.String(64)),
        sa.Column("date", sa.String(40)),
        sa.Column("point", sa.String(16)),
        sa.Column("score", sa.Float),
        sa.Column("reason", sa.Text),
        sa.Column("features", sa.JSON),
    )
    op.create_index("ix_position_links_group", "position_links", ["holder_code", "issue"])
    op.create_index("ix_position_links_earlier", "position_links", ["earlier_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("date", sa.String(40)),
        sa.Column("party", sa.String(16)),
        sa.Column("issue", sa.String(64)),
        sa.Column("document_id", sa.String(255)),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("data", sa.JSON),
    )
    op.create_index("ix_alerts_date", "alerts", ["date"])


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_table("position_links")
