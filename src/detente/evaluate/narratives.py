"""Scores narrative detection per document: the top-level ids found, the ids with their voice, how often the voice
of a matched narrative is right, and the main role (protagonist, antagonist, innocent) of the gold entities.

Per document the predicted and gold narratives are compared as multisets of top-level ids (and of id + voice);
precision, recall and F1 are micro-averaged over documents, and ``samples_f1`` averages each document's F1
(a document with no narrative in gold nor prediction scores 1). A narrative is *matched* when gold and
prediction both have its top-level id; its voice is right when the voices agree (pairs are matched by voice
first). A gold role is right when a predicted role of the same actor (mention text, else party code) has the
same main role.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.document import make_document
from ..model import EntityRole, Narrative
from ..nlp import load
from ..ontology import Pack
from .events import Tally
from .gold import read_gold, share


@dataclass
class NarrativeScores:
    documents: int = 0
    top: Tally = field(default_factory=Tally)
    top_voice: Tally = field(default_factory=Tally)
    samples_f1_sum: float = 0.0
    matched: int = 0
    voice_right: int = 0
    attributed_matched: int = 0
    attributed_to_right: int = 0
    roles: int = 0
    roles_found: int = 0
    roles_right: int = 0
    mistakes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "documents": self.documents,
            "top_level": self.top.prf(), "top_level_voice": self.top_voice.prf(),
            "samples_f1": share(self.samples_f1_sum, self.documents) if self.documents else 0.0,
            "matched_narratives": self.matched, "voice_right": share(self.voice_right, self.matched),
            "attributed_to_code_right": share(self.attributed_to_right, self.attributed_matched),
            "roles": self.roles, "roles_found": share(self.roles_found, self.roles),
            "main_role_accuracy": share(self.roles_right, self.roles),
        }


def _f1(predicted: Counter, gold: Counter) -> float:
    if not predicted and not gold:
        return 1.0
    tp = sum((predicted & gold).values())
    return 2 * tp / (sum(predicted.values()) + sum(gold.values()))


def _role_for(gold: dict, predicted: list[EntityRole]) -> EntityRole | None:
    text = gold["entity"].lower()
    for role in predicted:
        names = {role.actor.text.lower(), (role.actor.name or "").lower()} - {""}
        if any(n in text or text in n for n in names):
            return role
    return next((r for r in predicted if r.actor.code == gold.get("code")), None)


def score_document(scores: NarrativeScores, item: dict, narratives: list[Narrative], roles: list[EntityRole]) -> None:
    """Adds one document's comparison to ``scores``."""
    gold = item.get("narratives", [])
    g_top = Counter(dict.fromkeys({g["id"] for g in gold}, 1))
    p_top = Counter(dict.fromkeys({n.parent or n.id for n in narratives}, 1))
    g_voice = Counter({(g["id"], g["voice"]) for g in gold})
    p_voice = Counter({(n.parent or n.id, n.voice) for n in narratives})
    scores.documents += 1
    scores.top.add(p_top, g_top)
    scores.top_voice.add(p_voice, g_voice)
    scores.samples_f1_sum += _f1(p_top, g_top)
    for parent in set(g_top) & set(p_top):
        gv = Counter(g["voice"] for g in gold if g["id"] == parent)
        pv = Counter(n.voice for n in narratives if (n.parent or n.id) == parent)
        scores.matched += min(sum(gv.values()), sum(pv.values()))
        scores.voice_right += sum((gv & pv).values())
        g_att = [g for g in gold if g["id"] == parent and g["voice"] == "attributed" and g.get("attributed_to")]
        p_att = [n for n in narratives if (n.parent or n.id) == parent and n.voice == "attributed"]
        if g_att and p_att:
            scores.attributed_matched += 1
            codes = {g["attributed_to"].get("code") for g in g_att}
            scores.attributed_to_right += any(n.attributed_to and n.attributed_to.code in codes for n in p_att)
    if p_voice != g_voice:
        scores.mistakes.append(f"{item['id']} gold {sorted(g_voice)} got {sorted(p_voice)} :: {item['text'][:120]}")
    for g in item.get("roles", []):
        scores.roles += 1
        found = _role_for(g, roles)
        if found is not None:
            scores.roles_found += 1
            scores.roles_right += found.main == g["main"]
        if found is None or found.main != g["main"]:
            scores.mistakes.append(f"{item['id']} role {g['entity']!r} gold {g['main']} got "
                                   f"{found.main if found else None}")


def evaluate(path: Path, pack: Pack, split: str | None = None) -> NarrativeScores:
    """Runs the narrative extractor on every gold line (of ``split``) and scores it."""
    from ..extract.narratives import narratives_in
    from ..narrative_model import units_of

    nlp = load()
    scores = NarrativeScores()
    for item in read_gold(path, split):
        doc = make_document(item["id"], item["text"], published=item.get("published"), lang="en")
        units = [u for _, u in units_of(doc.text, pack, nlp, doc.published)]
        narratives, roles = narratives_in(units, pack)
        score_document(scores, item, narratives, roles)
    return scores
