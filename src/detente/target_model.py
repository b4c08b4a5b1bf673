"""The trained part of event coding: a target for an event the rules left without one.

The rules find the target of most events through the parse ("called on Moscow to", "met Putin"); where they
find none, the target may still be in the sentence, in a relation no rule knows ("Estonia asked its NATO allies
for consultations", "voted to override a veto of sanctions against South Africa"). ``TargetModel`` scores each
coded party of the sentence, and "no target", for such an event with a conditional logistic model over features
of the parse path between the event's word and the party, and of the event; the best choice wins. It was fitted
on the rules' own events in the gold file's train splits, labelled with the gold target.

``detente train targets`` fits the model and writes it next to the pack (``event_targets.model.json``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
from spacy.tokens import Span, Token

from .extract.event_targets import is_audience
from .extract.syntax import ActorIndex, Mention, bare, children
from .model import Event
from .ontology import Pack
from .ontology.loader import PACKS_DIR

MODEL_FILE = "event_targets.model.json"
C = 3.0  # L2 strength, chosen by leave-one-split-out runs over the training splits (README, events)
Choice = Mention | None  # a party of the sentence, or no target


class TargetFiller(Protocol):
    def fill(self, sent: Span, index: ActorIndex, events: list[Event]) -> list[Event]: ...


def model_path(pack: Pack) -> Path:
    return PACKS_DIR / pack.id / MODEL_FILE


def predicate(sent: Span, event: Event) -> Token | None:
    """The word the event's evidence starts with: its cue ("withdrew", "agreed to meet")."""
    words = event.evidence.split()
    for tok in sent:
        if words and tok.text == words[0] and sent.doc[tok.i:tok.i + len(words)].text == event.evidence:
            return tok
    return None


def choices(index: ActorIndex) -> list[Choice]:
    """No target, then the first mention of each coded party of the sentence."""
    first: dict[str, Mention] = {}
    for m in index.mentions:
        if m.actor.code:
            first.setdefault(m.actor.code, m)
    return [None, *first.values()]


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]] | None:
    """The tokens from ``a`` up to the lowest head it shares with ``b`` (exclusive), and from ``b`` up to it."""
    up, down = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up if t in down), None)
    return None if common is None else (up[:up.index(common)], down[:down.index(common)])


def features(tok: Token, event: Event, choice: Choice, others: int, other_sources: set[str]) -> list[str]:
    """What the model sees of one choice for the event whose cue is ``tok``; ``others`` counts the coded parties
    besides the source, ``other_sources`` are the sources of the sentence's other events."""
    kind, lemma = event.type, tok.lemma_.lower()
    given = event.target.code if event.target else None
    if choice is None:
        found = ["null", f"null|{kind}", f"null|rule={given is None}", f"null|others={min(others, 3)}",
                 f"null|{kind}|others={min(others, 2)}", f"null|lemma={lemma}", f"null|mod={event.modality}",
                 f"null|neg={event.negated}", f"null|pos={tok.pos_}", f"null|srckind={event.source.kind}",
                 f"null|srcsector={event.source.sector}", f"null|cameo={event.cameo[:2]}",
                 f"null|cameo={event.cameo[:3]}"]
        return found + ([f"null|rule|{kind}"] if given is None else [])
    code = choice.actor.code
    root = tok.doc[choice.start:choice.end].root
    side = "after" if choice.start > tok.i else "before"
    found = [f"kind={choice.actor.kind}", f"sector={choice.actor.sector}", f"dep={root.dep_}",
             f"dep={root.dep_}|{kind}", f"cameo={event.cameo[:2]}|dep={root.dep_}",
             f"srcsector={event.source.sector}|dep={root.dep_}", side, f"{side}|{kind}",
             f"dist={min(abs(choice.start - tok.i) // 3, 5)}"]
    if code == given:
        found += ["rule", f"rule|{kind}"]
    if code == event.source.code:
        found += ["same_src", f"same_src|{kind}"]
    path = _path(root, tok)
    if path is None:
        found.append("nopath")
    else:
        up, down = path
        shape = f"up={min(len(up), 4)}|down={min(len(down), 3)}"
        labels = ">".join(t.dep_ for t in up[:4]) + f"|{len(down)}"
        found += [shape, f"{shape}|{kind}", f"path={labels}", f"path={labels}|{kind}",
                  f"lemma={lemma}|{side}", f"dep={root.dep_}|lemma={lemma}"]
        preps = [t.lower_ for t in up if t.dep_ in {"prep", "agent", "dative"}]
        if preps:
            found += [f"prep={preps[0]}", f"prep={preps[0]}|{kind}", f"prep={preps[0]}|{lemma}"]
        if not down:
            found.append("under_pred")
    if others == 1 and code != event.source.code:
        found.append("only_other")
    if code in other_sources:
        found.append("other_event_source")
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near"}:
        found.append("place_pobj")
    if root.dep_ == "poss" and root.head.dep_ in {"dobj", "pobj"} and tok in (root.head.head, root.head.head.head):
        found.append("poss_of_object")  # "detained the tanker's crew"
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in children(root)):
        found.append("conjoined")
    return found


def _cases(sent: Span, index: ActorIndex, events: list[Event], asked: list[Event]):
    """Per event of ``asked`` whose cue is found: the event, its choices and the features of each; ``events`` are
    all the sentence's events."""
    options = choices(index)
    for event in asked:
        tok = predicate(sent, event)
        if tok is None:
            continue
        others = sum(1 for c in options[1:] if c.actor.code != event.source.code)
        other_sources = {e.source.code for e in events if e is not event and e.source.code != event.source.code}
        yield event, options, [features(tok, event, c, others, other_sources) for c in options]


@dataclass
class TargetModel:
    vocabulary: list[str]
    weights: list[float]
    trained_on: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index = {f: n for n, f in enumerate(self.vocabulary)}
        self._w = [float(w) for w in self.weights]  # a list: indexing an array item by item is slower

    def score(self, found: list[str]) -> float:
        return float(sum(self._w[n] for f in found if (n := self._index.get(f)) is not None))

    def fill(self, sent: Span, index: ActorIndex, events: list[Event]) -> list[Event]:
        """``events`` with the best-scored party as the target (``target_inferred``) of each one without a coded
        target (but a nameless audience asked), where the sentence has no second event of the same type and source
        (whose targets the rules split between them)."""
        same = Counter((e.type, e.source.code) for e in events)
        asked = [e for e in events if (e.target is None or e.target.code is None and not is_audience(e.target))
                 and same[e.type, e.source.code] == 1]
        if not asked or not any(m.actor.code for m in index.mentions):
            return list(events)  # nothing to fill, or no coded party to fill it with
        chosen: dict[int, Event] = {}
        for event, options, found in _cases(sent, index, events, asked):
            best = max(range(len(options)), key=lambda n: self.score(found[n]))
            if options[best] is not None:
                chosen[id(event)] = event.model_copy(update={"target": bare(options[best].actor),
                                                             "target_inferred": True})
        return [chosen.get(id(e), e) for e in events]

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True) + "\n"


@lru_cache(maxsize=4)
def _read(path: str, mtime: float) -> TargetModel:
    return TargetModel(**json.loads(Path(path).read_text(encoding="utf-8")))


def load_model(pack: Pack, path: Path | None = None) -> TargetModel | None:
    """The pack's trained target model, or None when it has none (events then keep the rules' targets)."""
    path = path or model_path(pack)
    return _read(str(path), path.stat().st_mtime) if path.exists() else None


def save(model: TargetModel, path: Path) -> None:
    path.write_text(model.to_json(), encoding="utf-8")


@dataclass
class Recorder:
    """A filler that changes nothing and keeps, per event, its key, its choices' codes and their features."""

    cases: list[tuple[tuple, list[str | None], list[list[str]]]] = field(default_factory=list)

    def fill(self, sent: Span, index: ActorIndex, events: list[Event]) -> list[Event]:
        for event, options, found in _cases(sent, index, events, events):
            key = (event.type, event.source.code, event.target.code if event.target else None)
            self.cases.append((key, [c.actor.code if c else None for c in options], found))
        return events


def labelled(cases: Sequence[tuple], gold: list[dict]) -> list[tuple[list[list[str]], int]]:
    """The recorded cases whose type and source the gold has, each with the choice that is the gold target (the
    rules' own target when the gold allows it); cases whose gold target is not among the choices are left out."""
    rows = []
    for (kind, source, given), codes, found in cases:
        wanted = [(g.get("target") or {}).get("code") for g in gold
                  if g["type"] == kind and (g.get("source") or {}).get("code") == source]
        right = [n for n, code in enumerate(codes) if wanted and code in wanted]
        if right:
            rows.append((found, codes.index(given) if given in codes and codes.index(given) in right else right[0]))
    return rows


def fit(rows: Sequence[tuple[list[list[str]], int]], c: float, trained_on: dict) -> TargetModel:
    """A conditional logistic model: per case, a softmax over its choices' scores."""
    from scipy.optimize import minimize

    vocabulary = sorted({f for found, _ in rows for choice in found for f in choice})
    at = {f: n for n, f in enumerate(vocabulary)}
    sizes = [len(found) for found, _ in rows]
    x = np.zeros((sum(sizes), len(vocabulary)))
    y = np.zeros(sum(sizes))
    group = np.repeat(np.arange(len(rows)), sizes)
    n = 0
    for found, right in rows:
        for k, choice in enumerate(found):
            x[n, [at[f] for f in choice]] = 1.0
            y[n] = float(k == right)
            n += 1

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = np.full(len(rows), -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.zeros(len(rows))
        np.add.at(total, group, e)
        p = e / total[group]
        value = -np.log(p[y == 1]).sum() / len(rows) + 0.5 * c * (w @ w) / len(rows)
        return value, x.T @ (p - y) / len(rows) + c * w / len(rows)

    w = minimize(loss, np.zeros(len(vocabulary)), jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    return TargetModel(vocabulary, np.round(w, 5).tolist(), {**trained_on, "cases": len(rows),
                                                             "features": len(vocabulary)})


def train(gold: Path, pack: Pack, nlp, splits: Sequence[str]) -> TargetModel:
    """Fit the model on the rules' events in the gold lines of ``splits``."""
    from .evaluate.gold import read_gold
    from .ingest.document import make_document
    from .pipeline import extract

    rows, lines = [], 0
    for split in splits:
        for item in read_gold(gold, split):
            recorder = Recorder()
            doc = make_document(item["id"], item["text"], published=item.get("published"), lang="en")
            extract(doc, pack, nlp, targets=recorder)
            rows += labelled(recorder.cases, item.get("events", []))
            lines += 1
    return fit(rows, C, {"gold": gold.name, "splits": list(splits), "sentences": lines})
