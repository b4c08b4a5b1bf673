"""Speed of the position history and the party-gap matrix on a generated store of 100k positions.

    python benchmarks/history_speed.py [--positions 100000] [--db /tmp/history_speed.db]

Positions are generated (parties, issues, stances, points and statements drawn from the pack's scales) into a
SQLite store through the real schema; the timings cover reading them, linking all of them and the matrix.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from sqlalchemy import insert

from detente.analyse.data import load_positions
from detente.analyse.gaps import matrix
from detente.analyse.history import link_positions, possibly_dropped
from detente.analyse.links import relink
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/history_speed.db")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    store, pack = Store(args.db), load_pack()
    start = time.perf_counter()
    generate(store, args.positions)
    print(f"generate {args.positions} positions: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    rows = load_positions(store, pack)
    read = time.perf_counter() - start
    start = time.perf_counter()
    links = link_positions(rows)
    linked = time.perf_counter() - start
    start = time.perf_counter()
    dropped = possibly_dropped(rows, links, 365)
    drop = time.perf_counter() - start
    start = time.perf_counter()
    m = matrix(rows, list(pack.parties))
    grid = time.perf_counter() - start
    start = time.perf_counter()
    relink(store, pack, everything=True)
    stored = time.perf_counter() - start
    print(f"read {len(rows)} positions: {read:.2f} s")
    print(f"history (link + classify): {linked:.2f} s; possibly dropped: {drop:.2f} s ({len(dropped)})")
    print(f"gap matrix: {grid:.2f} s ({len(m.cells)} cells, {len(m.gaps)} gaps)")
    print(f"history + matrix (read, link, matrix): {read + linked + grid:.2f} s")
    print(f"relink and store all links: {stored:.2f} s")


if __name__ == "__main__":
    main()
