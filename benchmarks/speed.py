"""Speed of detente's extractors as a ratio to the spaCy parse alone, on the demo corpus, in one run.

    python benchmarks/speed.py [--repeat 5]

Each round parses the corpus and then times each stage over those parsed documents, so a stage is compared with
the parse of its own round (the machine's speed drifts between rounds); the median share over ``--repeat``
rounds is reported with its range.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from detente.extract.actors import DocResolver, gazetteer, resolve_doc
from detente.extract.events import events_in
from detente.extract.geography import geography
from detente.extract.issue_phrases import issue_hits
from detente.extract.narratives import Unit, narratives_in
from detente.extract.positions import text_positions
from detente.extract.syntax import ActorIndex, Mention
from detente.ingest import read
from detente.issue_model import revised
from detente.model import Document, Sentence
from detente.nlp import load, parse
from detente.ontology import load_pack
from detente.pipeline import document_date, sentence_reading
from detente.target_model import load_model

CORPUS = Path(__file__).resolve().parents[1] / "src" / "detente" / "demo" / "corpus"


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = [d for d in read([str(CORPUS)]) if isinstance(d, Document) and d.language == "en"]
    nlp, pack = load(), load_pack()
    targets = load_model(pack)
    geo = geography(pack)
    start = time.perf_counter()
    gaz = gazetteer(pack, nlp)
    build = time.perf_counter() - start
    words = sum(len(d.text.split()) for d in docs)
    parsed: list = []

    def parse_all() -> None:
        parsed.clear()
        parsed.extend((d, parse(d.text, nlp)) for d in docs)

    mentions: dict[int, list] = {}

    def resolve_all() -> None:
        for n, (doc, chunks) in enumerate(parsed):
            resolver = DocResolver(gaz, document_date(doc))
            mentions[n] = [resolve_doc(chunk, gaz, resolver) for _, chunk in chunks]

    def indexes(n: int, chunk) -> list:
        found = mentions[n][0]
        return [(sent, ActorIndex([Mention(s, e, a) for s, e, a in found if sent.start <= s < sent.end]))
                for sent in chunk.sents]

    def events_all() -> None:  # as the pipeline does: the rules, then the target model's fills
        for n, (doc, chunks) in enumerate(parsed):
            for sent, index in indexes(n, chunks[0][1]):
                found = events_in(sent, index, pack, document_date(doc), 0)
                if targets is not None:
                    targets.fill(sent, index, found)

    def positions_all() -> None:  # as the pipeline does: the rules, then the issue model's corrections
        for n, (doc, chunks) in enumerate(parsed):
            chunk = chunks[0][1]
            parts = [(i, sent, index, False) for i, (sent, index) in enumerate(indexes(n, chunk))]
            hits, declined = issue_hits(chunk, pack, nlp), {}
            found = text_positions(parts, hits, pack, nlp, document_date(doc), declined)
            sentences = [Sentence(i=i, start=sent.start_char, end=sent.end_char, text=sent.text or " ")
                         for i, sent, _, _ in parts]
            readings = {i: sentence_reading(sent, index, hits, declined.get(i, set()), False, geo)
                        for i, sent, index, _ in parts}
            revised(found, sentences, pack, readings, None)

    def narratives_all() -> None:
        for n, (doc, chunks) in enumerate(parsed):
            units = [Unit(i, sent, index) for i, (sent, index) in enumerate(indexes(n, chunks[0][1]))]
            narratives_in(units, pack)

    parse_all()
    resolve_all()
    positions_all()
    narratives_all()  # loads the issue model and the embedding model once, outside the timing
    stages = (("actor resolution", resolve_all), ("events", events_all), ("positions", positions_all),
              ("narratives", narratives_all))
    rounds = []
    for _ in range(args.repeat):
        took = {"parse": timed(parse_all)}
        took.update((name, timed(work)) for name, work in stages)
        rounds.append(took)
    t_parse = statistics.median(r["parse"] for r in rounds)
    print(f"demo corpus: {len(docs)} English documents, {words} words, {args.repeat} rounds")
    print(f"spaCy parse:        {t_parse:7.3f} s  ({words / t_parse:,.0f} words/s, median)")
    for name, _ in stages:
        shares = sorted(100 * r[name] / r["parse"] for r in rounds)
        print(f"{name + ':':19s} {statistics.median(r[name] for r in rounds):7.3f} s  "
              f"({statistics.median(shares):.1f} % of the parse; {shares[0]:.1f}–{shares[-1]:.1f} %)")
    print(f"gazetteer build:    {build:7.3f} s  (once per process)")


if __name__ == "__main__":
    main()
