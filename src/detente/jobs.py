"""The long-running jobs behind the CLI: read into the store, analyse what is new, run the demo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .ingest import read
from .model import ReadError
from .ontology import load_pack
from .pipeline import extract
from .store import Store


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def stats(self) -> dict:
        return {"added": len(self.added), "duplicates": len(self.duplicates), "errors": len(self.errors)}


def ingest(store: Store, sources: Iterable[str], say: Callable[[str], None] = lambda _: None) -> IngestReport:
    """Reads ``sources`` into ``store``; each bad record is reported and skipped, each repeat is skipped."""
    report = IngestReport()
    run = store.start_run("ingest")
    for item in read(sources):
        if isinstance(item, ReadError):
            report.errors.append(item.error)
            say(f"error: {item.error}")
            continue
        result = store.add_document(item, run)
        if result.status == "duplicate":
            report.duplicates.append(item.id)
        else:
            report.added.append(result.id)
            if result.detail:
                report.notes.append(result.detail)
                say(f"note: {item.origin}: {result.detail}")
    store.finish_run(run, report.stats())
    return report


def analyze(store: Store, pack_name: str, everything: bool = False,
            progress: Callable[[int, int, str], None] = lambda *_: None,
            say: Callable[[str], None] = lambda _: None) -> dict:
    """Extracts every stored document not yet analysed (or all with ``everything``) and stores the result;
    then links the new positions to earlier ones and evaluates the alert rules."""
    from .analyse import update as update_over_time

    pack = load_pack(pack_name)
    todo = store.pending(everything)
    run = store.start_run("analyze", pack=pack.id)
    totals: Counter[str] = Counter()
    for n, doc_id in enumerate(todo, 1):
        doc = store.document(doc_id)
        assert doc is not None
        analysis = extract(doc, pack)
        store.save_analysis(analysis, run)
        totals.update(documents=1, sentences=len(analysis.sentences), actors=len(analysis.actors),
                      events=len(analysis.events), positions=len(analysis.positions),
                      narratives=len(analysis.narratives), meetings=len(analysis.meetings),
                      skipped=1 if analysis.warnings else 0)
        progress(n, len(todo), doc_id)
    stats = dict(totals)
    if todo:
        alerts = update_over_time(store, pack, run_id=run)
        for alert in alerts:
            say(f"alert {alert.rule}: {alert.message}")
        stats["alerts"] = len(alerts)
    store.finish_run(run, stats)
    return stats
