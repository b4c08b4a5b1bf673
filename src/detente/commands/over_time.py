"""Commands over time: timeline, compare, changes, meetings, alerts and export."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..config import default_db, default_pack

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)

Db = Annotated[str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file or postgresql:// URL")]
PackOpt = Annotated[str, typer.Option("--pack", envvar="DETENTE_PACK", help="ontology pack name or folder")]
Since = Annotated[Optional[str], typer.Option("--since", help="first date, YYYY[-MM[-DD]]")]
Until = Annotated[Optional[str], typer.Option("--until", help="last date, YYYY[-MM[-DD]]")]
Json = Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table")]
EXPORT_KINDS = ("documents", "events", "positions", "narratives", "meetings")


def _open(db: str, pack_name: str):
    from ..ontology import load_pack
    from ..store import Store

    try:
        store = Store(db)
    except Exception as exc:  # noqa: BLE001 - the engine's message says what is wrong with the URL or server
        err.print(f"[red]cannot open the store {db}: {exc}[/red]")
        raise typer.Exit(2) from None
    return store, load_pack(pack_name)


def _linked(store, pack):
    from ..analyse.links import relink, stored_links

    relink(store, pack)
    return stored_links(store)


def timeline(party: Annotated[str, typer.Option("--party", help="party code, e.g. RUS")],
             issue: Annotated[Optional[str], typer.Option("--issue", help="issue id, e.g. territory")] = None,
             since: Since = None, until: Until = None,
             dropped_days: Annotated[int, typer.Option("--dropped-days", help="not restated for this long: "
                                                       "possibly dropped")] = 365,
             as_json: Json = False, db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """A party's positions on an issue over time, each as new, repeat, shift or reversal, with the reason."""
    from ..analyse.data import load_positions
    from ..analyse.history import possibly_dropped

    store, ontology = _open(db, pack)
    links = _linked(store, ontology)
    rows = load_positions(store, ontology, party=party, issue=issue, since=since, until=until)
    dropped = possibly_dropped(load_positions(store, ontology, party=party, issue=issue),
                               list(links.values()), dropped_days)
    table = Table("date", "issue", "stance", "point", "link", "earlier", "score", "evidence / reason")
    for r in rows:
        ln = links.get(r.id)
        kind = (ln.kind + (f" ({ln.direction})" if ln.direction else "")) if ln else "?"
        if r.id in dropped:
            kind += ", possibly dropped"
        record = {"id": r.id, "date": r.date, "party": r.holder, "issue": r.issue, "stance": r.stance,
                  "point": r.point, "link": ln.kind if ln else None, "direction": ln.direction if ln else None,
                  "earlier": ln.earlier_id if ln else None, "earlier_document": ln.earlier_document if ln else None,
                  "earlier_date": ln.earlier_date if ln else None, "score": ln.score if ln else None,
                  "reason": ln.reason if ln else None, "possibly_dropped": r.id in dropped,
                  "document": r.document_id, "evidence": r.evidence}
        if as_json:
            out.print(json.dumps(record, ensure_ascii=False))
        else:
            table.add_row(r.date, r.issue, r.stance, r.point or "", kind,
                          f"{ln.earlier_date} {ln.earlier_document}" if ln and ln.earlier_id else "",
                          f"{ln.score:.2f}" if ln and ln.score is not None else "",
                          f"{r.evidence}\n[dim]{ln.reason if ln else ''}[/dim]")
    if not as_json:
        out.print(table if rows else f"no positions of {party}" + (f" on {issue}" if issue else ""))


def compare(since: Since = None, until: Until = None,
            parties: Annotated[Optional[str], typer.Option("--parties", help="comma-separated codes")] = None,
            as_json: Json = False, db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """The party-gap matrix: each party's latest stance and point per issue, and the distance between them."""
    from ..analyse.data import load_positions
    from ..analyse.gaps import matrix

    store, ontology = _open(db, pack)
    codes = parties.split(",") if parties else list(ontology.parties)
    m = matrix(load_positions(store, ontology, since=since, until=until), codes, ontology.issue_ids)
    if as_json:
        for (party, issue), c in sorted(m.cells.items()):
            out.print(json.dumps({"party": party, **c.__dict__}, ensure_ascii=False))
        for g in m.gaps:
            out.print(json.dumps({"issue": g.issue, "parties": g.parties, "distance": g.distance,
                                  "first": g.first, "trend": g.trend}))
        return
    table = Table("issue", *m.parties)
    for issue in ontology.issue_ids:
        if any((p, issue) in m.cells for p in m.parties):
            table.add_row(issue, *(f"{c.stance} {c.point or ''}\n[dim]{c.date}[/dim]" if (c := m.cells.get((p, issue)))
                                   else "" for p in m.parties))
    out.print(table)
    gaps = Table("issue", "parties", "distance", "first", "trend")
    for g in m.gaps:
        gaps.add_row(g.issue, "–".join(g.parties), f"{g.distance:.0f}", f"{g.first:.0f}", g.trend)
    out.print(gaps)


def changes(since: Annotated[str, typer.Option("--since", help="first date, YYYY[-MM[-DD]]")],
            party: Annotated[Optional[str], typer.Option("--party")] = None,
            as_json: Json = False, db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """Shifts, reversals and new positions since a date (repeats left out)."""
    store, ontology = _open(db, pack)
    links = _linked(store, ontology)
    rows = sorted((ln for ln in links.values() if ln.date >= since and ln.kind != "repeat"
                   and (party is None or ln.holder_code == party)), key=lambda ln: (ln.date, ln.holder_code))
    table = Table("date", "party", "issue", "change", "point", "from", "reason")
    for ln in rows:
        if as_json:
            out.print(json.dumps(ln.__dict__, ensure_ascii=False))
        else:
            table.add_row(ln.date, ln.holder_code, ln.issue, ln.kind + (f" ({ln.direction})" if ln.direction else ""),
                          ln.point or "", ln.earlier_date or "", ln.reason)
    if not as_json:
        out.print(table if rows else f"no changes since {since}")


def meetings(party: Annotated[Optional[str], typer.Option("--party")] = None, as_json: Json = False,
             db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """Talks rounds and delegations, each compared with the party's previous round."""
    from ..analyse.rounds import compare as compare_rounds
    from ..analyse.rounds import load_rounds

    store, ontology = _open(db, pack)
    rounds = load_rounds(store)
    found = compare_rounds(rounds, ontology, party)
    if as_json:
        for c in found:
            out.print(json.dumps({"round": c.round.label, "date": c.round.date, "location": c.round.location,
                                  "parties": c.round.parties, "party": c.party, "head": c.head, "level": c.level,
                                  "change": c.change, "previous_round": c.previous.label if c.previous else None,
                                  "previous_head": c.previous_head, "previous_level": c.previous_level,
                                  "same_level_as": c.same_level_as, "comparison": c.sentence}, ensure_ascii=False))
        return
    for rnd in rounds:
        out.print(f"[bold]{rnd.label}[/bold]  parties: {', '.join(rnd.parties)}  ({len(rnd.documents)} documents)")
        for c in found:
            if c.round is rnd:
                out.print(f"  {c.sentence}")
    if not rounds:
        out.print("no meetings stored")


def alerts(since: Since = None, rule: Annotated[Optional[str], typer.Option("--rule")] = None,
           rules: Annotated[Optional[str], typer.Option("--rules", envvar="DETENTE_ALERTS",
                                                        help="alert rules YAML [default: the pack's]")] = None,
           as_json: Json = False, db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """Evaluate the alert rules on what is new, then list the stored alerts."""
    from ..analyse import update
    from ..analyse.alerts import RulesError, stored_alerts

    store, ontology = _open(db, pack)
    try:
        update(store, ontology, rules)
    except RulesError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    for a in stored_alerts(store, since, rule):
        if as_json:
            out.print(json.dumps({k: (str(v) if k == "created" else v) for k, v in a.items()}, ensure_ascii=False))
        else:
            out.print(f"{a['date'] or '?':10}  {a['rule']:24}  {a['message']}")


def _export_rows(store, pack, kind: str):
    from sqlalchemy import select

    from ..analyse.links import stored_links
    from ..store import schema as t

    if kind == "documents":
        for d in store.documents():
            yield {k: d[k] for k in ("id", "title", "published", "url", "source", "source_type", "language")}
        return
    table = getattr(t, kind)
    links = stored_links(store) if kind == "positions" else {}
    with store.engine.connect() as conn:
        for r in conn.execute(select(table.c.id, table.c.document_id, table.c.data).order_by(table.c.id)):
            row = {"id": r.id, "document_id": r.document_id, **r.data}
            ln = links.get(r.id)
            if ln is not None:
                row.update(link=ln.kind, direction=ln.direction, link_score=ln.score, link_reason=ln.reason)
                if ln.kind == "repeat":
                    row["repeat_of"] = {**(row.get("repeat_of") or {}), "position": str(ln.earlier_id),
                                        "document": ln.earlier_document, "date": ln.earlier_date}
            yield row


def export(kind: Annotated[str, typer.Argument(help="documents, events, positions, narratives or meetings")],
           fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet")] = "jsonl",
           out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="file [default: stdout]")] = None,
           db: Db = default_db(), pack: PackOpt = default_pack()) -> None:
    """Export stored documents or extractions (positions with their links) as JSON Lines, CSV or Parquet."""
    if kind not in EXPORT_KINDS:
        err.print(f"[red]cannot export {kind!r}: choose one of {', '.join(EXPORT_KINDS)}[/red]")
        raise typer.Exit(2)
    if fmt not in {"jsonl", "csv", "parquet"}:
        err.print(f"[red]unknown format {fmt!r}: use jsonl, csv or parquet[/red]")
        raise typer.Exit(2)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            err.print("[red]Parquet export needs pyarrow: pip install pyarrow (jsonl and csv work without it)[/red]")
            raise typer.Exit(2) from None
        if out_file is None:
            err.print("[red]Parquet is binary: give --out FILE[/red]")
            raise typer.Exit(2)
    store, ontology = _open(db, pack)
    if kind == "positions":
        from ..analyse.links import relink

        relink(store, ontology)
    rows = list(_export_rows(store, ontology, kind))
    flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in r.items()}
            for r in rows]
    if fmt == "parquet":
        pq.write_table(pa.Table.from_pylist(flat), str(out_file))
    else:
        sink = out_file.open("w", encoding="utf-8", newline="") if out_file else sys.stdout
        try:
            if fmt == "jsonl":
                for r in rows:
                    sink.write(json.dumps(r, ensure_ascii=False) + "\n")
            else:
                fields = list(dict.fromkeys(k for r in flat for k in r))
                writer = csv.DictWriter(sink, fieldnames=fields)
                writer.writeheader()
                writer.writerows(flat)
        finally:
            if out_file:
                sink.close()
    err.print(f"{len(rows)} {kind} exported" + (f" to {out_file}" if out_file else ""))


def register(app: typer.Typer) -> None:
    for command in (timeline, compare, changes, meetings, alerts, export):
        app.command(command.__name__)(command)
