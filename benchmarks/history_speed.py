"""Speed of the position history and the party-gap matrix on a generated store of 100k positions.

    python benchmarks/history_speed.py [--positions 100000] [--db /tmp/history_speed.db]

Positions are generated (parties, issues, stances, points and statements drawn from the pack's scales) into a
SQLite store through the real schema; each phase is timed: reading them, linking all of them, the possibly
dropped ones, the matrix, storing the links, and a whole relink (read, link, store).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from detente.analyse.data import load_positions
from detente.analyse.gaps import matrix
from detente.analyse.history import link_positions, possibly_dropped
from detente.analyse.links import relink, save_links
from detente.ontology import load_pack
from detente.store import Store
from detente.store import schema as t

STANCES = ["demand", "propose", "support", "accept", "oppose", "reject", "condition"]


def generate(store: Store, n: int, seed: int = 7) -> None:
    pack = load_pack()
    rng = random.Random(seed)
    parties = ["RUS", "UKR", "USA", "EU", "TUR", "CHN", "GBR", "FRA"]
    issues = [i for i in pack.issues if i.scale]
    docs = max(1, n // 5)
    with store.engine.begin() as conn:
        conn.execute(insert(t.documents), [
            {"id": f"doc-{k}", "fingerprint": f"{k:064d}", "text": "generated",
             "published": f"{2022 + k * 4 // docs}-{1 + k % 12:02d}-{1 + k % 28:02d}"} for k in range(docs)])
        rows = []
        for k in range(n):
            issue = rng.choice(issues)
            point = rng.choice(issue.scale)
            stance = rng.choice(STANCES)
            words = point.anchor.split()
            text = " ".join(rng.sample(words, min(len(words), 8)))
            doc = k * docs // n
            party = rng.choice(parties)
            data = {"holder": {"code": party, "kind": "state", "name": party, "sector": None, "text": party},
                    "issue": issue.id, "stance": stance, "statement": f"{stance} {issue.id}: {text}",
                    "sentence": 0, "evidence": text, "point": point.point}
            rows.append({"document_id": f"doc-{doc}", "sentence": 0, "holder_code": party, "holder_id": party,
                         "issue": issue.id, "stance": stance, "statement": data["statement"], "date": None,
                         "data": data})
            if len(rows) == 10_000:
                conn.execute(insert(t.positions), rows)
                rows = []
        if rows:
            conn.execute(insert(t.positions), rows)


def _timed(label: str, run: Callable[[], Any]) -> tuple[Any, float]:
    """Runs ``run``, prints how long it took and returns its result and the seconds."""
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/history_speed.db")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    store, pack = Store(args.db), load_pack()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    _timed(f"generate {args.positions} positions", lambda: generate(store, args.positions))
    rows, read = _timed("read positions", lambda: load_positions(store, pack))
    links, linked = _timed("history (link + classify)", lambda: link_positions(rows))
    dropped, _ = _timed("possibly dropped", lambda: possibly_dropped(rows, links, 365))
    m, grid = _timed("gap matrix", lambda: matrix(rows, list(pack.parties)))
    print(f"history + matrix (read, link, matrix): {read + linked + grid:.2f} s "
          f"({len(links)} links, {len(dropped)} possibly dropped, {len(m.cells)} cells, {len(m.gaps)} gaps)")
    _timed("store all links", lambda: save_links(store, links, replace_all=True))
    _timed("relink and store all links (read, link, store)", lambda: relink(store, pack, everything=True))


if __name__ == "__main__":
    main()
