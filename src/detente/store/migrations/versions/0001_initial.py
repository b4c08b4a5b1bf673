"""Initial store: runs, documents, sentences and the five kinds of extraction.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _extraction(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("sentence", sa.Integer),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index(f"ix_{name}_document", name, ["document_id"])


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True)),
        sa.Column("pack", sa.String(64)),
        sa.Column("version", sa.String(32)),
        sa.Column("stats", sa.JSON),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(255)),
        sa.Column("source_type", sa.String(32)),
        sa.Column("language", sa.String(8)),
        sa.Column("origin", sa.Text),
        sa.Column("ingest_run", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("analysis_run", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("warnings", sa.JSON),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_analysis_run", "documents", ["analysis_run"])
    op.create_table(
        "sentences",
        sa.Column("document_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("i", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    _extraction("actors", sa.Column("actor_id", sa.String(128)), sa.Column("code", sa.String(16)),
                sa.Column("sector", sa.String(8)), sa.Column("kind", sa.String(16)), sa.Column("name", sa.Text),
                sa.Column("role", sa.Text))
    _extraction("events", sa.Column("type", sa.String(16)), sa.Column("mode", sa.String(32)),
                sa.Column("cameo", sa.String(8)), sa.Column("source_code", sa.String(16)),
                sa.Column("target_code", sa.String(16)), sa.Column("negated", sa.Boolean),
                sa.Column("modality", sa.String(16)), sa.Column("date", sa.String(40)), sa.Column("location", sa.Text))
    _extraction("positions", sa.Column("holder_code", sa.String(16)), sa.Column("holder_id", sa.String(128)),
                sa.Column("issue", sa.String(64)), sa.Column("stance", sa.String(16)),
                sa.Column("statement", sa.Text), sa.Column("date", sa.String(40)))
    _extraction("narratives", sa.Column("narrative", sa.String(64)), sa.Column("parent", sa.String(64)),
                sa.Column("voice", sa.String(16)), sa.Column("score", sa.Float))
    _extraction("meetings", sa.Column("location", sa.Text), sa.Column("date", sa.String(40)))
    op.create_index("ix_actors_code", "actors", ["code"])
    op.create_index("ix_positions_holder_issue", "positions", ["holder_code", "issue"])


def downgrade() -> None:
    for name in ("meetings", "narratives", "positions", "events", "actors", "sentences", "documents", "runs"):
        op.drop_table(name)
