"""``detente narratives``: which outlets (or weeks) push which narratives."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from ..config import default_db

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)


def _week(published: str | None) -> str:
    try:
        year, week, _ = date.fromisoformat((published or "")[:10]).isocalendar()
    except ValueError:
        return "undated"
    return f"{year}-W{week:02d}"


def prevalence(store, by: str = "source", since: str | None = None, until: str | None = None) -> dict:
    """Per outlet (or ISO week): documents analysed and, per top-level narrative and voice, documents carrying it."""
    from ..store import schema as t

    doc = t.documents.c
    query = select(doc.id, doc.source, doc.source_type, doc.published).where(doc.analysis_run.is_not(None))
    if since:
        query = query.where(doc.published >= since)
    if until:
        query = query.where(doc.published <= until + "\uffff")
    nar = t.narratives.c
    with store.engine.connect() as conn:
        docs = {r.id: r for r in conn.execute(query)}
        rows = conn.execute(select(nar.document_id, nar.narrative, nar.parent, nar.voice)).all()

    def group(r) -> str:
        return _week(r.published) if by == "week" else (r.source or f"({r.source_type or 'unknown source'})")

    totals: Counter = Counter(group(r) for r in docs.values())
    seen: dict[str, dict[tuple[str, str], set]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if r.document_id in docs:
            seen[group(docs[r.document_id])][(r.parent or r.narrative, r.voice)].add(r.document_id)
    return {g: {"documents": totals[g],
                "narratives": {f"{p}/{v}": len(ids) for (p, v), ids in sorted(seen[g].items())}}
            for g in sorted(totals)}


def register(app: typer.Typer) -> None:
    @app.command("narratives")
    def narratives(
        db: Annotated[str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file or postgresql:// URL")]
        = default_db(),
        by: Annotated[str, typer.Option("--by", help="group by 'source' (outlet) or 'week'")] = "source",
        since: Annotated[Optional[str], typer.Option(help="only documents published on or after this date")] = None,
        until: Annotated[Optional[str], typer.Option(help="only documents published on or before this date")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
    ) -> None:
        """How many analysed documents of each outlet (or week) push each narrative, endorsed or attributed."""
        from ..store import Store

        if by not in {"source", "week"}:
            raise typer.BadParameter("choose 'source' or 'week'", param_hint="--by")
        try:
            store = Store(db)
        except Exception as exc:  # noqa: BLE001 - the engine's message names the problem
            err.print(f"[red]cannot open the store {db}: {exc}[/red]")
            raise typer.Exit(2) from None
        try:
            table = prevalence(store, by, since, until)
        finally:
            store.close()
        if as_json:
            out.print(json.dumps(table, indent=2), markup=False)
            return
        if not table:
            err.print("no analysed documents in the store (run `detente analyze`)")
            return
        view = Table(title=f"narratives by {by} (documents carrying each; e = endorsed, a = attributed)")
        view.add_column(by)
        view.add_column("docs", justify="right")
        view.add_column("narratives")
        for name, row in table.items():
            cells = Counter()
            for key, n in row["narratives"].items():
                parent, voice = key.split("/")
                cells[(parent, voice[0])] += n
            text = ", ".join(f"{p} {n}{v}" for (p, v), n in sorted(cells.items(), key=lambda kv: (-kv[1], kv[0])))
            view.add_row(name, str(row["documents"]), text or "-")
        out.print(view)
