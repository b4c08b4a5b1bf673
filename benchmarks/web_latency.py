"""Latency of every page and API list of ``detente serve`` on a generated store of many documents.

    python benchmarks/web_latency.py [--documents 10000] [--requests 30] [--out benchmarks/results/web_latency.md]

Generates documents (sentences, actor mentions, events, positions, narratives, meetings, with exact evidence
offsets) into a fresh SQLite store, starts the app with uvicorn on 127.0.0.1, and times sequential requests over
HTTP. Prints and writes a Markdown table of p50/p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert

from detente.store import Store
from detente.store import schema as t
from detente.web import create_app

PARTIES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "the United States", "EU": "the European Union",
           "TUR": "Turkey", "GBR": "Britain", "CHN": "China"}
ISSUES = {"territory": "the line of contact", "ceasefire": "a full ceasefire", "sanctions": "sanctions relief",
          "alliance_neutrality": "neutrality", "security_guarantees": "security guarantees",
          "prisoners_children": "an exchange of prisoners", "talks_format": "direct talks in Istanbul",
          "black_sea_food_energy": "safe Black Sea shipping"}
STANCES = {"demand": "demanded", "propose": "proposed", "support": "backed", "accept": "accepted",
           "reject": "rejected", "oppose": "opposed", "condition": "made conditions on"}
EVENTS = {"CONSULT": ("met", "040"), "REQUEST": ("asked", "10"), "REJECT": ("rebuffed", "12"),
          "AGREE": ("agreed with", "03"), "THREATEN": ("warned", "13")}
OUTLETS = [("Meridian Wire", "wire"), ("Eurasia Today", "state_media"), ("Atlantic Strategy Review", "analyst"),
           ("Kyiv Ledger", "independent"), ("Kremlin press service", "official"), ("The Civic Tribune", "op-ed")]
NARRATIVES = ["peace_obstructed", "russia_open_to_peace", "russia_bad_faith", "russia_dictates_terms"]


def _actor(code: str, sentence: int, start: int) -> dict:
    name = PARTIES[code]
    return {"id": code, "code": code, "sector": "GOV", "kind": "state", "name": name, "role": None, "text": name,
            "sentence": sentence, "start": start, "end": start + len(name)}


def generate(store: Store, documents: int, seed: int = 7) -> None:
    """Writes ``documents`` synthetic analysed documents in one transaction per thousand."""
    rng = random.Random(seed)
    first = date(2022, 1, 1)
    codes = list(PARTIES)
    for batch in range(0, documents, 1000):
        rows: dict[str, list[dict]] = {name: [] for name in ("documents", "sentences", "actors", "events",
                                                               "positions", "narratives", "meetings")}
        for n in range(batch, min(batch + 1000, documents)):
            day = (first + timedelta(days=n * 1460 // documents)).isoformat()
            outlet, kind = OUTLETS[n % len(OUTLETS)]
            doc_id = f"gen-{n:06d}"
            text, sentences = "", []
            for i in range(rng.randint(6, 14)):
                a, b = rng.sample(codes, 2)
                issue, stance = rng.choice(list(ISSUES)), rng.choice(list(STANCES))
                etype = rng.choice(list(EVENTS))
                lead = f"{PARTIES[a]} {STANCES[stance]} {ISSUES[issue]}"
                body = f"{lead} on day {n}, and {PARTIES[b]} {EVENTS[etype][0]} {PARTIES[a]} in Geneva. "
                start = len(text)
                text += body
                sentences.append({"document_id": doc_id, "i": i, "start": start, "end": start + len(body) - 1})
                rows["actors"].append(dict(document_id=doc_id, sentence=i, start=start, end=start + len(PARTIES[a]),
                                           actor_id=a, code=a, sector="GOV", kind="state", name=PARTIES[a],
                                           data=_actor(a, i, start)))
                holder = _actor(a, i, start)
                rows["positions"].append(dict(
                    document_id=doc_id, sentence=i, start=start, end=start + len(lead), holder_code=a, holder_id=a,
                    issue=issue, stance=stance, statement=f"{stance} {ISSUES[issue]}", date=day,
                    data={"holder": holder, "issue": issue, "stance": stance, "statement": f"{stance} {ISSUES[issue]}",
                          "sentence": i, "evidence": lead, "date": day}))
                at = body.index(f", and {PARTIES[b]}") + 6
                phrase = f"{PARTIES[b]} {EVENTS[etype][0]} {PARTIES[a]}"
                rows["events"].append(dict(
                    document_id=doc_id, sentence=i, start=start + at, end=start + at + len(phrase), type=etype,
                    cameo=EVENTS[etype][1], source_code=b, target_code=a, negated=False, modality="asserted",
                    date=day, location="Geneva",
                    data={"type": etype, "cameo": EVENTS[etype][1], "source": _actor(b, i, start + at),
                          "target": holder, "sentence": i, "evidence": phrase, "date": day}))
            if kind in ("state_media", "op-ed", "analyst"):
                narrative = rng.choice(NARRATIVES)
                rows["narratives"].append(dict(
                    document_id=doc_id, sentence=0, start=0, end=sentences[0]["end"], narrative=narrative,
                    parent=None, voice="endorsed", score=0.7,
                    data={"id": narrative, "voice": "endorsed", "score": 0.7,
                          "evidence": [{"sentence": 0, "text": text[:sentences[0]["end"]]}]}))
            rows["documents"].append(dict(
                id=doc_id, fingerprint=hashlib.sha256(text.encode()).hexdigest(), title=f"Talks report {n}",
                text=text, published=day, source=outlet, source_type=kind, language="en", analysis_run=None))
            rows["sentences"] += sentences
        with store.engine.begin() as conn:
            for name in ("documents", "sentences", "actors", "events", "positions", "narratives"):
                if rows[name]:
                    conn.execute(insert(getattr(t, name)), rows[name])


def measure(base: str, paths: dict[str, str], requests: int) -> dict[str, tuple[float, float]]:
    """(p50, p95) in ms of ``requests`` sequential GETs of each path, after one warm-up request."""
    results = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, path in paths.items():
            assert client.get(path).status_code == 200, path
            times = []
            for _ in range(requests):
                began = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - began) * 1000)
                assert response.status_code == 200, path
            times.sort()
            results[name] = (statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))])
    return results


PATHS = {
    "page /": "/", "page /issues": "/issues", "page /issues/territory": "/issues/territory",
    "page /parties": "/parties", "page /parties/RUS": "/parties/RUS", "page /documents": "/documents",
    "page /documents?page=200": "/documents?page=200", "page /documents/{id}": "/documents/gen-004321",
    "page /narratives": "/narratives", "page /search": "/search?q=%22safe+Black+Sea%22+Turkey",
    "api /api/documents": "/api/documents", "api /api/documents/{id}": "/api/documents/gen-004321",
    "api /api/actors": "/api/actors?code=UKR", "api /api/events": "/api/events?party=RUS&offset=5000",
    "api /api/positions": "/api/positions?issue=territory&holder=RUS",
    "api /api/narratives": "/api/narratives", "api /api/meetings": "/api/meetings",
    "api /api/changes": "/api/changes?link=shift", "api /api/alerts": "/api/alerts",
    "api /api/issues": "/api/issues", "api /api/issues/{id}/timeline": "/api/issues/ceasefire/timeline?limit=50",
    "api /api/gaps": "/api/gaps", "api /api/network": "/api/network", "api /api/parties": "/api/parties",
    "api /api/outlets": "/api/outlets", "api /api/search": "/api/search?q=prisoners+Geneva",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "web_latency.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        store = Store(db)
        began = time.perf_counter()
        generate(store, args.documents)
        counts = store.counts()
        store.close()
        print(f"generated {counts} in {time.perf_counter() - began:.1f} s")
        app = create_app(db)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            results = measure(f"http://127.0.0.1:{port}", PATHS, args.requests)
        finally:
            server.should_exit = True
            thread.join(10)
    lines = [f"Store: {counts['documents']} documents, {counts['sentences']} sentences, {counts['actors']} actor "
             f"mentions, {counts['events']} events, {counts['positions']} positions, {counts['narratives']} "
             f"narratives (SQLite). {args.requests} sequential requests each over HTTP on 127.0.0.1.", "",
             "| Endpoint | p50 ms | p95 ms |", "|---|---:|---:|"]
    lines += [f"| `{name}` | {p50:.1f} | {p95:.1f} |" for name, (p50, p95) in results.items()]
    worst = max(p95 for _, p95 in results.values())
    lines += ["", f"Slowest p95: {worst:.1f} ms (goal ≤ 200 ms)."]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
