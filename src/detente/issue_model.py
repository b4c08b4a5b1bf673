"""The trained part of position extraction: which issues a sentence is about, learned from gold positions.

The cue phrases of the pack find the issue phrases a stance governs; they miss issues said in other words
("the flow of Western weapons stopped" is a ceasefire condition) and keep issues a sentence only mentions in
passing. ``revised`` uses one logistic model per issue over the sentence (``sentence_model``) to correct them: a
position whose issue the model finds unlikely for its sentence is dropped, an issue the model is sure of that the
sentence's positions lack is given to each of their holders, with the stance that holder took there, and a
sentence stated without a stance word gets the issue it names from the voice of its paragraph or its subject.

``detente train issues`` fits the models on the gold file's train splits and writes them next to the pack
(``issues.model.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import sentence_model
from .extract.positions import suffered
from .extract.scale import NEGATIVE
from .model import Actor, Position, Sentence
from .ontology import Pack
from .ontology.loader import PACKS_DIR
from .sentence_model import SentenceModel

MODEL_FILE = "issues.model.json"
C = 2.0  # chosen with the thresholds below on train9 and train7 held out of training (README, positions);
DROP_BELOW = 0.2  # CARRY_FROM and ORPHAN_FROM lowered later on train20–train26 held out of training
OTHER_FROM = 0.5
ADD_FROM = 0.8
CARRY_FROM = 0.85
ORPHAN_FROM = 0.6
STATEMENT_WORDS = 10


def model_path(pack: Pack) -> Path:
    return PACKS_DIR / pack.id / MODEL_FILE


def load_model(pack: Pack, path: Path | None = None) -> SentenceModel | None:
    """The pack's trained issue model, or None when it has none (positions then rest on cue phrases alone)."""
    return sentence_model.load(path or model_path(pack))


@dataclass(frozen=True)
class Reading:
    """What the rules saw in one sentence: the issues its phrases name, those they judged to be no position
    ("any ceasefire" only frames), whether it opens a paragraph, the parties its main clause is about and whether
    its main verb denies (is negated or refuses)."""

    named: frozenset[str] = frozenset()
    declined: frozenset[str] = frozenset()
    opens: bool = False
    subjects: tuple[Actor, ...] = ()
    negated: bool = False


def revised(positions: list[Position], sentences: list[Sentence], pack: Pack,
            readings: dict[int, Reading] | None = None, day: str | None = None,
            model: SentenceModel | None = None) -> list[Position]:
    """The positions with the issue model's corrections, sentence by sentence, in their original order.

    In a sentence with positions, a position on an issue the sentence names goes when the model gives that
    issue less than ``DROP_BELOW`` and another issue the sentence names or holds at least ``OTHER_FROM`` (not
    one placed on the issue's scale: its words matched the scale itself); an
    issue at ``ADD_FROM`` or above is added for each holder and polarity there. A sentence without positions
    that goes on the paragraph of one with positions continues its voice ("Moscow set out its terms. The flow
    of weapons must stop."): an issue at ``CARRY_FROM`` or above goes to the holders of the sentence before.
    Any other sentence whose main clause is about parties gives each of them each issue the sentence names that
    scores ``ORPHAN_FROM`` or above, supported (opposed when the verb is negated or refuses). A holder who took both
    polarities there adds with the one the main verb says (``_toned``). The model adds no
    issue the rules judged to be no position in that sentence; what it adds is marked ``inferred``. Last, a party
    read as positive on an act done to it, such as sanctions, opposes it (``_borne``)."""
    model = model or load_model(pack)
    if model is None:
        return positions
    readings = readings or {}
    texts = {s.i: s.text for s in sentences if s.text.strip()}
    by_sentence: dict[int, list[Position]] = {}
    for p in positions:
        by_sentence.setdefault(p.sentence, []).append(p)
    everything = frozenset(model.labels)
    voices = {n: (_voices(here), ADD_FROM, everything) for n, here in by_sentence.items()}
    for n in texts:
        seen = readings.get(n, Reading())
        if n in by_sentence:
            continue
        if n - 1 in by_sentence and not seen.opens and _same_voice(seen.subjects, by_sentence[n - 1]):
            voices[n] = (_voices(by_sentence[n - 1]), CARRY_FROM, everything)
        elif seen.subjects and seen.named:
            voices[n] = ([_subject_voice(a, seen.negated, n, texts[n], day) for a in seen.subjects], ORPHAN_FROM,
                         seen.named)
    numbers = sorted(n for n in voices if n in texts)
    if not numbers:
        return _borne(positions, texts, pack)
    row = dict(zip(numbers, model.scores([texts[n] for n in numbers])))
    labels = {i.id: i.label.split(":")[0].lower() for i in pack.issues}
    out: list[Position] = []
    for n in sorted({*by_sentence, *numbers}):
        here = by_sentence.get(n, [])
        if n not in row:
            out.extend(here)
            continue
        seen, scores = readings.get(n, Reading()), row[n]
        rivals = {i for i in seen.named | {p.issue for p in here} if scores.get(i, 0.0) >= OTHER_FROM}
        kept = [p for p in here if p.point or not (p.issue in seen.named and scores.get(p.issue, 1.0) < DROP_BELOW
                                                   and rivals - {p.issue})]
        have = {p.issue for p in kept} | seen.declined
        speakers, floor, allowed = voices[n]
        speakers = _toned(speakers, seen.negated)
        out.extend(kept + [_moved(p, issue, labels, n, texts[n]) for issue, score in scores.items()
                           if score >= floor and issue not in have and issue in allowed for p in speakers])
    return _borne(out, texts, pack)


def _same_voice(subjects: tuple[Actor, ...] | frozenset, before: list[Position]) -> bool:
    """Whether a sentence can go on in the voice of the one before: it names no party of its own in its main
    clause, or one of those holders ("Rubio said …. NATO's Rutte said …" is a new voice)."""
    return not subjects or bool({a.code for a in subjects} & {p.holder.code for p in before})


def _borne(positions: list[Position], texts: dict[int, str], pack: Pack) -> list[Position]:
    """The positions with the stance each holder can take on an act done to it (``suffered``), once per sentence,
    holder, issue and polarity; after the voices are read, as the flip says nothing of the holder's other issues."""
    out, given = [], set()
    for p in positions:
        stance = suffered(p.stance, p.issue, p.holder.code, texts.get(p.sentence, p.evidence), pack)
        if stance != p.stance:
            key = (p.sentence, p.holder.code, p.issue, True)
            if key in given:
                continue
            p = p.model_copy(update={"stance": stance, "point": None,
                                     "statement": stance + p.statement[len(p.stance):]})
        given.add((p.sentence, p.holder.code, p.issue, p.stance in NEGATIVE))
        out.append(p)
    return out


def _subject_voice(subject: Actor, negated: bool, sentence: int, text: str, day: str | None) -> Position:
    """The party a sentence's main clause is about, as the holder of a position still without its issue (``_moved``
    gives it one, with its statement)."""
    stance = "oppose" if negated else "support"
    return Position(holder=subject, issue="", stance=stance, statement=stance, sentence=sentence, evidence=text,
                    date=day)


def _voices(positions: list[Position]) -> list[Position]:
    """The first position of each holder and polarity."""
    firsts: dict[tuple[str | None, bool], Position] = {}
    for p in positions:
        firsts.setdefault((p.holder.code, p.stance in NEGATIVE), p)
    return list(firsts.values())


def _toned(voices: list[Position], negated: bool) -> list[Position]:
    """The voices an added issue takes: a holder who took both polarities in the sentence keeps the one its main
    verb says (negative when it denies), since the model's issue carries no stance of its own."""
    polarities: dict[str | None, set[bool]] = {}
    for p in voices:
        polarities.setdefault(p.holder.code, set()).add(p.stance in NEGATIVE)
    return [p for p in voices if len(polarities[p.holder.code]) == 1 or (p.stance in NEGATIVE) == negated]


def _moved(p: Position, issue: str, labels: dict[str, str], sentence: int, text: str) -> Position:
    """A copy of a position on another issue, in the given sentence, with the whole sentence as its evidence: the
    model read the sentence, not the phrase that gave the first position."""
    words = " ".join(text.split()[:STATEMENT_WORDS])
    update = {"issue": issue, "point": None, "sentence": sentence, "evidence": text, "inferred": True,
              "statement": f"{p.stance} {labels[issue]}: {words}"}
    if sentence != p.sentence:
        update.update(condition=None, repeat_of=None)
    return p.model_copy(update=update)


# -- training ------------------------------------------------------------------------------------------

def labelled_sentences(items: Iterable[dict], nlp) -> tuple[list[str], list[set[str]]]:
    """Every sentence of the gold passages, as the pipeline splits them, with the issues of the gold positions
    whose evidence starts in it."""
    from .nlp import parse

    texts, labels = [], []
    for item in items:
        spans = []
        for offset, parsed in parse(item["text"], nlp):
            for sent in parsed.sents:
                if sent.text.strip():
                    spans.append((offset + sent.start_char, offset + sent.end_char, sent.text.strip()))
        issues: list[set[str]] = [set() for _ in spans]
        for g in item.get("positions", []):
            at = item["text"].find(g["evidence"])
            k = next((k for k, (s, e, _) in enumerate(spans) if s <= at < e), None) if at >= 0 else None
            if k is not None:
                issues[k].add(g["issue"])
        texts.extend(t for _, _, t in spans)
        labels.extend(issues)
    return texts, labels


def train(gold: Path, pack: Pack, nlp, splits: Sequence[str]) -> SentenceModel:
    """Fit one logistic model per issue on the sentences of the gold lines in ``splits``."""
    from .evaluate.gold import read_gold

    items = [item for split in splits for item in read_gold(gold, split)]
    texts, found = labelled_sentences(items, nlp)
    return sentence_model.fit(texts, found, [i.id for i in pack.issues], C,
                              {"gold": gold.name, "splits": list(splits), "passages": len(items)})
