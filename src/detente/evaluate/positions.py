"""Scores the position extractor per passage: holder + issue, holder + issue + polarity, and the same with
the evidence sentence; polarity is positive for demand, propose, support, accept and condition and negative
for oppose and reject. Positions are compared as multisets per passage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..extract.scale import NEGATIVE
from ..ingest.document import make_document
from ..ontology import Pack
from ..pipeline import extract
from .events import Tally
from .gold import read_gold


def polarity(stance: str) -> str:
    return "-" if stance in NEGATIVE else "+"


@dataclass
class PositionScores:
    lines: int = 0
    empty_lines: int = 0
    false_alarms: int = 0
    holder_issue: Tally = field(default_factory=Tally)
    holder_issue_polarity: Tally = field(default_factory=Tally)
    with_evidence: Tally = field(default_factory=Tally)
    stance: Tally = field(default_factory=Tally)
    per_issue: dict[str, Tally] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "lines": self.lines, "lines_without_positions": self.empty_lines,
            "false_alarm_rate": round(self.false_alarms / self.empty_lines, 3) if self.empty_lines else 0.0,
            "holder_issue": self.holder_issue.prf(),
            "holder_issue_polarity": self.holder_issue_polarity.prf(),
            "holder_issue_polarity_sentence": self.with_evidence.prf(),
            "holder_issue_stance": self.stance.prf(),
            "per_issue_f1": {k: v.prf()["f1"] for k, v in sorted(self.per_issue.items())},
        }


def evaluate(path: Path, pack: Pack, split: str | None = None) -> PositionScores:
    scores = PositionScores()
    for item in read_gold(path, split):
        scores.lines += 1
        doc = make_document(item["id"], item["text"], published=item.get("published"), lang="en")
        analysis = extract(doc, pack)
        predicted = analysis.positions
        gold = item["positions"]
        if not gold:
            scores.empty_lines += 1
            scores.false_alarms += bool(predicted)

        def sentence_of(evidence: str) -> int | None:
            at = item["text"].find(evidence)
            return next((s.i for s in analysis.sentences if s.start <= at < s.end), None) if at >= 0 else None

        g_hi = Counter((g["holder"]["code"], g["issue"]) for g in gold)
        p_hi = Counter((p.holder.code, p.issue) for p in predicted)
        g_hip = Counter((g["holder"]["code"], g["issue"], polarity(g["stance"])) for g in gold)
        p_hip = Counter((p.holder.code, p.issue, polarity(p.stance)) for p in predicted)
        scores.holder_issue.add(p_hi, g_hi)
        scores.holder_issue_polarity.add(p_hip, g_hip)
        scores.with_evidence.add(
            Counter((p.holder.code, p.issue, polarity(p.stance), p.sentence) for p in predicted),
            Counter((g["holder"]["code"], g["issue"], polarity(g["stance"]), sentence_of(g["evidence"]))
                    for g in gold))
        scores.stance.add(Counter((p.holder.code, p.issue, p.stance) for p in predicted),
                          Counter((g["holder"]["code"], g["issue"], g["stance"]) for g in gold))
        for issue in {k[1] for k in g_hip} | {k[1] for k in p_hip}:
            scores.per_issue.setdefault(issue, Tally()).add(
                Counter({k: v for k, v in p_hip.items() if k[1] == issue}),
                Counter({k: v for k, v in g_hip.items() if k[1] == issue}))
        if p_hip != g_hip:
            scores.mistakes.append(f"{item['id']} gold {sorted(g_hip, key=str)} got {sorted(p_hip, key=str)} :: "
                                   f"{item['text'][:160]}")
    return scores
