"""The ``detente`` command line: thin commands over ingest, pipeline, store, report and evaluate."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__, jobs
from .commands import register_all
from .config import data_dir, default_db, default_pack
from .ingest import read
from .model import Analysis, Document, ReadError

app = typer.Typer(help="detente: who wants what in a negotiation, from the texts, with evidence.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False)
pack_app = typer.Typer(help="Inspect and validate ontology packs.", no_args_is_help=True)
app.add_typer(pack_app, name="pack")

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", envvar="DETENTE_DB",
                                       help="SQLite file or postgresql:// URL [default: your data folder]")]
PackOption = Annotated[str, typer.Option("--pack", envvar="DETENTE_PACK", help="ontology pack name or folder")]


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _open_store(db: str):
    from .store import Store

    try:
        store = Store(db)
    except Exception as exc:  # noqa: BLE001 - the engine's message says what is wrong with the URL or server
        err.print(f"[red]cannot open the store {db}: {exc}[/red]")
        raise typer.Exit(2) from None
    err.print(f"store: {store.location}")
    return store


@app.command()
def version() -> None:
    """Print detente's version."""
    out.print(__version__)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line of `detente extract` (an analysis, or a read error)."""
    from pydantic import TypeAdapter

    out.print(json.dumps(TypeAdapter(Analysis | ReadError).json_schema(), indent=2))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, folders, URLs, or - for JSON Lines on stdin")],
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="write JSON Lines here")] = None,
    pack: PackOption = default_pack(),
) -> None:
    """Analyse documents without a store and write one contract object per document as JSON Lines."""
    from .ontology import load_pack
    from .pipeline import extract as run_extract

    ontology = load_pack(pack)
    sink = out_file.open("w", encoding="utf-8") if out_file else sys.stdout
    good = bad = 0
    try:
        with _progress() as bar:
            task = bar.add_task("extracting", total=None)
            for item in read(paths):
                if isinstance(item, ReadError):
                    bad += 1
                    err.print(f"[yellow]error:[/yellow] {item.error}")
                    line = item.model_dump_json(exclude={"origin"})
                else:
                    good += 1
                    line = run_extract(item, ontology).model_dump_json()
                sink.write(line + "\n")
                bar.advance(task)
    finally:
        if out_file:
            sink.close()
    err.print(f"{good} documents analysed, {bad} errors" + (f"; written to {out_file}" if out_file else ""))
    if good == 0:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders, URLs, or - for JSON Lines on stdin")],
    db: DbOption = default_db(),
) -> None:
    """Read documents into the store; repeats of stored texts are skipped, bad records reported."""
    store = _open_store(db)
    report = jobs.ingest(store, paths, say=lambda line: err.print(line, markup=False))
    err.print(f"{len(report.added)} added, {len(report.duplicates)} already stored, {len(report.errors)} errors")
    if report.errors and not report.added and not report.duplicates:
        raise typer.Exit(1)


@app.command()
def analyze(
    db: DbOption = default_db(),
    pack: PackOption = default_pack(),
    everything: Annotated[bool, typer.Option("--all", help="re-analyse every stored document")] = False,
) -> None:
    """Extract what is stored and not yet analysed, and store the results."""
    store = _open_store(db)
    with _progress() as bar:
        task = bar.add_task("analysing", total=None)
        stats = jobs.analyze(store, pack, everything,
                             progress=lambda n, total, _id: bar.update(task, completed=n, total=total),
                             say=lambda line: err.print(line, markup=False))
    err.print(_summary(stats))


def _summary(stats: dict) -> str:
    if not stats:
        return "nothing new to analyse"
    return ", ".join(f"{stats.get(k, 0)} {k}" for k in ("documents", "sentences", "actors", "events", "positions",
                                                         "narratives", "meetings", "skipped", "alerts"))


@app.command()
def brief(
    db: DbOption = default_db(),
    pack: PackOption = default_pack(),
    fmt: Annotated[str, typer.Option("--format", help="md or html")] = "md",
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o")] = None,
    since: Annotated[Optional[str], typer.Option(help="first publication date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last publication date, YYYY-MM-DD")] = None,
) -> None:
    """Write a cited briefing of what the store holds."""
    from .ontology import load_pack
    from .report.briefing import build, to_html, to_markdown

    if fmt not in ("md", "html"):
        raise typer.BadParameter("--format must be md or html")
    store = _open_store(db)
    result = build(store, load_pack(pack), since=since, until=until)
    text = to_markdown(result) if fmt == "md" else to_html(result)
    if out_file:
        out_file.write_text(text, encoding="utf-8")
        err.print(f"briefing written to {out_file}")
    else:
        sys.stdout.write(text)


@app.command()
def demo(
    db: Annotated[Optional[str], typer.Option("--db", help="where to build the demo store")] = None,
    pack: PackOption = default_pack(),
) -> None:
    """Ingest the bundled demo corpus into a fresh store, analyse it, and print a first briefing."""
    from .ontology import load_pack
    from .report.briefing import build, to_html, to_markdown
    from .store import Store

    corpus = Path(__file__).parent / "demo" / "corpus"
    target = Path(db) if db else data_dir() / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    store = Store(str(target))
    err.print(f"demo store: {store.location}")
    report = jobs.ingest(store, [str(corpus)], say=lambda line: err.print(line, markup=False))
    err.print(f"{len(report.added)} demo documents ingested")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err) as bar:
        task = bar.add_task("analysing", total=len(report.added))
        stats = jobs.analyze(store, pack, progress=lambda n, total, _id: bar.update(task, completed=n))
    err.print(_summary(stats))
    result = build(store, load_pack(pack))
    html_path = target.with_suffix(".html")
    html_path.write_text(to_html(result), encoding="utf-8")
    sys.stdout.write(to_markdown(result))
    err.print(f"HTML briefing: {html_path}")


def _is_path(arg: str) -> bool:
    try:
        return Path(arg).exists()
    except OSError:  # a sentence too long to be a file name
        return False


def _documents_from(arg: str, published: str | None) -> list[Document]:
    """Documents from a path or URL, or one document made of the argument's own text."""
    from .ingest.document import make_document

    if arg == "-" or arg.startswith(("http://", "https://")) or _is_path(arg):
        docs = []
        for item in read([arg]):
            if isinstance(item, ReadError):
                err.print(f"[yellow]error:[/yellow] {item.error}")
            else:
                docs.append(item)
        return docs
    return [make_document("text", arg, published=published, lang="en")]


def _inspect(text: str, published: str | None, pack: str, as_json: bool, field: str,
             columns: tuple[str, ...], row) -> None:
    """Print one list of each document's analysis as a table (or JSON Lines)."""
    from .ontology import load_pack
    from .pipeline import extract as run_extract

    ontology = load_pack(pack)
    for doc in _documents_from(text, published):
        items = getattr(run_extract(doc, ontology), field)
        if as_json:
            for item in items:
                out.print(item.model_dump_json(), markup=False)
            continue
        title = f"{doc.id} ({doc.published or 'undated'})"
        if not items:
            out.print(f"{title}: no {field} found")
            continue
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column)
        for item in items:
            table.add_row(*row(item))
        out.print(table)


TextArg = Annotated[str, typer.Argument(help="a sentence or text, or a file, folder or URL")]
DateOption = Annotated[Optional[str], typer.Option(help="date of the text (YYYY-MM-DD), for roles and dates")]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON Lines instead of a table")]


@app.command()
def actors(text: TextArg, published: DateOption = None, pack: PackOption = default_pack(),
           as_json: JsonOption = False) -> None:
    """Print every resolved actor mention, for inspection."""
    _inspect(text, published, pack, as_json, "actors", ("sent", "mention", "code", "sector", "kind", "name", "role"),
             lambda a: (str(a.sentence), a.text, a.code or "-", a.sector or "-", a.kind, a.name or "-",
                        a.role or "-"))


@app.command()
def events(text: TextArg, published: DateOption = None, pack: PackOption = default_pack(),
           as_json: JsonOption = False) -> None:
    """Print every coded event (PLOVER type and mode, CAMEO code, source, target), for inspection; a target marked
    "inferred" is the trained target model's choice rather than a rule's."""
    _inspect(text, published, pack, as_json, "events",
             ("sent", "type", "mode", "cameo", "source", "target", "modality", "neg", "date", "where", "evidence",
              "reported by"),
             lambda e: (str(e.sentence), e.type, e.mode or "-", e.cameo, _who(e.source),
                        _who(e.target) + (" (inferred)" if e.target_inferred else ""), e.modality,
                        "yes" if e.negated else "", e.date or "-", e.location or "-", e.evidence,
                        _who(e.reported_by)))


@app.command()
def positions(text: TextArg, published: DateOption = None, pack: PackOption = default_pack(),
              as_json: JsonOption = False) -> None:
    """Print every position (holder, issue, stance, condition, reporter, back-reference), for inspection; a stance
    marked "inferred" has its issue from the trained issue model rather than from a cue phrase."""
    _inspect(text, published, pack, as_json, "positions",
             ("sent", "holder", "issue", "stance", "condition", "repeat of", "reported by", "evidence"),
             lambda p: (str(p.sentence), _who(p.holder), p.issue,
                        p.stance + (" (hedged)" if p.hedged else "") + (" (inferred)" if p.inferred else ""),
                        p.condition or "-",
                        (f"{p.repeat_of.year or ''} {p.repeat_of.text or ''}".strip() if p.repeat_of else "-"),
                        _who(p.reported_by), p.evidence))


def _who(actor) -> str:
    if actor is None:
        return "-"
    return f"{actor.name or actor.text} ({actor.code or '-'}/{actor.sector or '-'})"


@pack_app.command("list")
def pack_list() -> None:
    """List the packs shipped with detente."""
    from .ontology import available_packs

    for name in available_packs():
        out.print(name)


@pack_app.command("check")
def pack_check(
    pack: Annotated[str, typer.Argument(help="pack name or folder")] = default_pack(),
) -> None:
    """Validate a pack: every file, entry and cross-reference."""
    from .ontology import PackError, load_pack

    try:
        loaded = load_pack(pack)
    except PackError as exc:
        err.print(f"[red]pack {pack} is not valid:[/red]\n{exc}", markup=True)
        raise typer.Exit(1) from None
    out.print(f"pack {loaded.id} v{loaded.version} is valid: {len(loaded.states)} states, "
              f"{len(loaded.institutions)} institutions, {len(loaded.people)} people, {len(loaded.groups)} groups, "
              f"{len(loaded.titles)} titles, {len(loaded.issues)} issues, {len(loaded.narratives)} narratives, "
              f"{len(loaded.rounds)} talks rounds")


SCORERS = {"actors": "detente.evaluate.actors", "events": "detente.evaluate.events",
           "positions": "detente.evaluate.positions", "narratives": "detente.evaluate.narratives"}


@app.command("eval")
def evaluate(
    kind: Annotated[str, typer.Argument(help=f"what to score: {', '.join(SCORERS)}")],
    gold: Annotated[Path, typer.Option("--gold", help="gold JSON Lines file", exists=True)],
    split: Annotated[Optional[str], typer.Option(
        help="only lines of this split (train, train2, …, dev); all lines when omitted")] = None,
    pack: PackOption = default_pack(),
    errors: Annotated[int, typer.Option(help="print up to this many mistakes")] = 0,
) -> None:
    """Score an extractor against a gold file and print the scores as JSON."""
    import importlib

    from .ontology import load_pack

    if kind not in SCORERS:
        raise typer.BadParameter(f"choose one of {', '.join(SCORERS)}", param_hint="KIND")
    result = importlib.import_module(SCORERS[kind]).evaluate(gold, load_pack(pack), split)
    out.print(json.dumps(result.summary(), indent=2), markup=False)
    for line in result.mistakes[:errors]:
        out.print(line, markup=False)


register_all(app)

if __name__ == "__main__":
    app()
