"""Scores actor resolution per gold mention: found, code, sector, kind and person identity.

Each gold mention is matched to the predicted mention that overlaps it most; a gold mention with no
overlapping prediction counts as wrong on every measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.document import make_document
from ..ontology import Pack
from ..pipeline import extract
from .gold import overlap, read_gold, share


def _same_person(predicted: str | None, gold: str | None) -> bool:
    return (predicted or "").casefold() == (gold or "").casefold()


@dataclass
class ActorScores:
    mentions: int = 0
    found: int = 0
    code: int = 0
    sector: int = 0
    kind: int = 0
    persons: int = 0
    person_right: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    lines: int = 0
    mistakes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        precision = share(self.predicted_matched, self.predicted)
        recall = share(self.found, self.mentions)
        return {
            "lines": self.lines, "gold_mentions": self.mentions, "predicted_mentions": self.predicted,
            "code_accuracy": share(self.code, self.mentions),
            "sector_accuracy": share(self.sector, self.mentions),
            "kind_accuracy": share(self.kind, self.mentions),
            "person_accuracy": share(self.person_right, self.persons),
            "mention_precision": precision, "mention_recall": recall,
            "mention_f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        }


def evaluate(path: Path, pack: Pack, split: str | None = None) -> ActorScores:
    scores = ActorScores()
    for item in read_gold(path, split):
        scores.lines += 1
        doc = make_document(item["id"], item["text"], published=item.get("published"), lang="en")
        predicted = extract(doc, pack).actors
        scores.predicted += len(predicted)
        spans = [(a.start or 0, a.end or 0) for a in predicted]
        scores.predicted_matched += sum(
            1 for s in spans if any(overlap(s, (m["start"], m["end"])) for m in item["mentions"]))
        for gold in item["mentions"]:
            scores.mentions += 1
            best = max(predicted, key=lambda a: overlap((a.start or 0, a.end or 0), (gold["start"], gold["end"])),
                       default=None)
            if best is None or not overlap((best.start or 0, best.end or 0), (gold["start"], gold["end"])):
                scores.mistakes.append(f"{item['id']} MISSED {gold['text']!r} ({gold['code']}/{gold['sector']})")
                scores.persons += 1 if gold.get("person") else 0
                continue
            scores.found += 1
            ok_code = best.code == gold["code"]
            ok_sector = best.sector == gold["sector"]
            scores.code += ok_code
            scores.sector += ok_sector
            scores.kind += best.kind == gold["kind"]
            if gold.get("person"):
                scores.persons += 1
                scores.person_right += _same_person(best.name, gold["person"])
            if not (ok_code and ok_sector):
                scores.mistakes.append(
                    f"{item['id']} {gold['text']!r}: gold {gold['code']}/{gold['sector']}, "
                    f"got {best.text!r} {best.code}/{best.sector}")
    return scores
