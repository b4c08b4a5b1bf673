"""Scores the event coder per sentence: PLOVER type, type with source and target codes, CAMEO root and
CAMEO's five classes, and false alarms on sentences that report no event.

Events are compared as multisets per sentence: a predicted event counts as right when the gold sentence has an
unmatched event with the same key (type; type + source code + target code; CAMEO root; class).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.document import make_document
from ..ontology import Pack
from ..pipeline import extract
from .gold import read_gold

PENTA_DEFAULT = {"statement": ["01", "02"], "verbal_cooperation": ["03", "04", "05"],
                 "material_cooperation": ["06", "07", "08"],
                 "verbal_conflict": ["09", "10", "11", "12", "13", "16"],
                 "material_conflict": ["14", "15", "17", "18", "19", "20"]}


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Counter, gold: Counter) -> None:
        self.tp += sum((predicted & gold).values())
        self.predicted += sum(predicted.values())
        self.gold += sum(gold.values())

    def prf(self) -> dict:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass
class EventScores:
    lines: int = 0
    event_lines: int = 0
    top_type_right: int = 0
    no_event_lines: int = 0
    false_alarms: int = 0
    type: Tally = field(default_factory=Tally)
    type_source_target: Tally = field(default_factory=Tally)
    cameo_root: Tally = field(default_factory=Tally)
    classes: dict[str, Tally] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        per_class = {name: t.prf() for name, t in sorted(self.classes.items())}
        macro = sum(v["f1"] for v in per_class.values()) / len(per_class) if per_class else 0.0
        return {
            "lines": self.lines, "event_lines": self.event_lines, "no_event_lines": self.no_event_lines,
            "type_accuracy_top1": round(self.top_type_right / self.event_lines, 3) if self.event_lines else 0.0,
            "type": self.type.prf(), "type_source_target": self.type_source_target.prf(),
            "cameo_root": self.cameo_root.prf(),
            "no_event_false_positive_rate": round(self.false_alarms / self.no_event_lines, 3)
            if self.no_event_lines else 0.0,
            "pentaclass_macro_f1": round(macro, 3), "pentaclass": per_class,
        }


def _class_of(cameo: str, penta: dict[str, list[str]]) -> str:
    root = cameo[:2]
    return next((name for name, roots in penta.items() if root in roots), "unknown")


def evaluate(path: Path, pack: Pack, split: str | None = None) -> EventScores:
    scores = EventScores()
    penta = pack.pentaclass or PENTA_DEFAULT
    for name in penta:
        scores.classes[name] = Tally()
    for item in read_gold(path, split):
        scores.lines += 1
        doc = make_document(item["id"], item["text"], published=item.get("published"), lang="en")
        predicted = extract(doc, pack).events
        gold = item["events"]
        if not gold:
            scores.no_event_lines += 1
            if predicted:
                scores.false_alarms += 1
                scores.mistakes.append(f"{item['id']} FALSE ALARM {[(e.type, e.evidence) for e in predicted]}")
        else:
            scores.event_lines += 1
            if predicted and predicted[0].type == gold[0]["type"]:
                scores.top_type_right += 1
        def key(e: dict) -> tuple:
            src, tgt = e.get("source") or {}, e.get("target") or {}
            return (e["type"], src.get("code"), tgt.get("code"))
        p_events = [e.model_dump() for e in predicted]
        scores.type.add(Counter(e["type"] for e in p_events), Counter(e["type"] for e in gold))
        scores.type_source_target.add(Counter(key(e) for e in p_events), Counter(key(e) for e in gold))
        scores.cameo_root.add(Counter(e["cameo"][:2] for e in p_events), Counter(e["cameo"][:2] for e in gold))
        p_class = Counter(_class_of(e["cameo"], penta) for e in p_events)
        g_class = Counter(_class_of(e["cameo"], penta) for e in gold)
        for name, tally in scores.classes.items():
            tally.add(Counter({name: p_class[name]}), Counter({name: g_class[name]}))
        if gold and Counter(key(e) for e in p_events) != Counter(key(e) for e in gold):
            scores.mistakes.append(f"{item['id']} gold {[key(e) for e in gold]} got {[key(e) for e in p_events]}"
                                   f" :: {item['text'][:140]}")
    return scores
