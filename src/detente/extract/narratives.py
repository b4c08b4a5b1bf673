"""Narratives a document pushes, the voice that carries each (endorsed or attributed), and entity roles.

Each sentence is scored for every top-level narrative of the pack from three kinds of evidence: the pack's cue
phrases, the similarity of its WordLlama embedding to the narrative's descriptions and exemplar sentences, and
a small logistic model trained on the project's labelled examples (``detente train narratives``). Without a
trained model the cue and similarity scores decide alone.

Voice comes from the sentence: a reporting verb with an actor as its subject, quotation, or the pack's
``voice_cues`` ("claimed", "so-called", "seeks to portray") make a narrative *attributed* to that actor;
otherwise the document itself *endorses* it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Span, Token

from .. import embed
from ..blas import one_thread
from ..model import Actor, EntityRole, Evidence, Narrative
from ..ontology import Pack
from .attribution import REPORTING_VERBS, is_reporter
from .syntax import ActorIndex, Mention, bare, subject_of

# Verbs that put a claim in someone's mouth, beyond the plain reporting verbs of attribution.py.
CLAIM_VERBS = {"portray", "frame", "paint", "present", "depict", "accuse", "blame", "assure", "speak", "repeat",
               "push", "promote", "spread", "peddle", "call", "label", "brand", "dismiss", "complain", "charge",
               "urge", "demand", "propose", "offer", "threaten", "vow", "reject"}
QUOTES = "\"“”«»"
FALLBACK_THRESHOLD = 0.5
SECOND_VOICE = 0.7


@dataclass
class Unit:
    """One sentence as the narrative detector sees it: its number, its parsed span and its actor mentions."""

    number: int
    sent: Span
    index: ActorIndex


@dataclass
class Lexicon:
    """A pack's narrative vocabulary compiled for matching: cue patterns and exemplar embeddings per parent."""

    parents: list[str]
    subs: dict[str, list[str]]
    cue_patterns: list[re.Pattern]  # one alternation per parent
    sub_patterns: dict[tuple[str, str], re.Pattern]
    exemplar_vecs: np.ndarray
    exemplar_owner: list[tuple[str, str]]  # (parent, sub) per exemplar row
    attributed: re.Pattern | None
    endorsed: re.Pattern | None
    fine_roles: dict[str, list[str]] = field(default_factory=dict)


def _alternation(phrases: list[str]) -> re.Pattern | None:
    words = sorted({p.lower().strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])")


_LEXICONS: dict[int, tuple[Pack, Lexicon]] = {}


def _build_lexicon(pack: Pack) -> Lexicon:
    parents, subs, patterns, sub_patterns = [], {}, [], {}
    texts, owners = [], []
    for nar in pack.narratives:
        parents.append(nar.id)
        subs[nar.id] = [s.id for s in nar.subs]
        cues = list(nar.cues)
        for sub in nar.subs:
            cues.extend(sub.cues)
            pat = _alternation(sub.cues)
            if pat is not None:
                sub_patterns[(nar.id, sub.id)] = pat
            for line in [sub.description, *sub.exemplars]:
                texts.append(line)
                owners.append((nar.id, sub.id))
        texts.append(nar.description)
        owners.append((nar.id, "other"))
        patterns.append(_alternation(cues) or re.compile(r"(?!x)x"))
    return Lexicon(parents=parents, subs=subs, cue_patterns=patterns, sub_patterns=sub_patterns,
                   exemplar_vecs=embed.embed(texts), exemplar_owner=owners,
                   attributed=_alternation(pack.voice_cues.get("attributed", [])),
                   endorsed=_alternation(pack.voice_cues.get("endorsed", [])), fine_roles=dict(pack.roles))


def lexicon(pack: Pack) -> Lexicon:
    """The compiled lexicon of ``pack`` (built once per pack object)."""
    held = _LEXICONS.get(id(pack))
    if held is None or held[0] is not pack:
        held = _LEXICONS[id(pack)] = (pack, _build_lexicon(pack))
    return held[1]


def sentence_features(texts: list[str], lex: Lexicon) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per sentence: its embedding, cue hits per parent and best exemplar similarity per parent."""
    vecs = embed.embed(texts)
    lowered = [t.lower() for t in texts]
    cues = np.array([[len(p.findall(t)) for p in lex.cue_patterns] for t in lowered], dtype=np.float32)
    cues = cues.reshape(len(texts), len(lex.parents))
    sims = vecs @ lex.exemplar_vecs.T if len(texts) else np.zeros((0, len(lex.exemplar_owner)), np.float32)
    best = np.full((len(texts), len(lex.parents)), -1.0, dtype=np.float32)
    col = {p: i for i, p in enumerate(lex.parents)}
    for j, (parent, _) in enumerate(lex.exemplar_owner):
        k = col[parent]
        best[:, k] = np.maximum(best[:, k], sims[:, j])
    return vecs, cues, best


def feature_matrix(vecs: np.ndarray, cues: np.ndarray, sims: np.ndarray) -> np.ndarray:
    """The classifier's input: embedding, capped cue counts and exemplar similarities side by side."""
    return np.hstack([vecs, np.minimum(cues, 2.0), sims]).astype(np.float32)


def fallback_scores(cues: np.ndarray, sims: np.ndarray) -> np.ndarray:
    """Scores without a trained model: a cue hit counts most, similarity to the exemplars adds a little."""
    return np.clip(0.35 * np.minimum(cues, 2.0) + np.clip((sims - 0.35) * 1.5, 0.0, 0.4), 0.0, 1.0)


# -- voice -------------------------------------------------------------------------------------------------

def _in_quotes(sent: Span) -> bool:
    text = sent.text
    return sum(text.count(q) for q in QUOTES) >= 2 or (text[:1] in QUOTES)


def _speaker_noun(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ in {"PROPN", "NOUN", "PRON"} and tok.lower_ not in {"it", "this", "that",
                                                                                            "which", "what"}


def voice_of(unit: Unit, lex: Lexicon, previous: Unit | None = None) -> tuple[str, Actor | None]:
    """``("attributed", actor)`` when someone in the text advances what the sentence says, else endorsed."""
    sent, index = unit.sent, unit.index
    lowered = sent.text.lower()
    cue = lex.attributed.search(lowered) if lex.attributed else None
    speaker: Mention | None = None
    claim_verb = False
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in REPORTING_VERBS | CLAIM_VERBS:
            continue
        if lemma in CLAIM_VERBS:  # "accused Kyiv of ...", "seeks to portray Kyiv as ..."
            has_content = any(c.dep_ in {"ccomp", "xcomp", "dobj", "prep", "parataxis"} for c in tok.children)
        else:  # a reported clause: "said that ...", "..., Peskov said" (not "told Kyiv to keep fighting")
            has_content = any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children) or tok.dep_ == "parataxis"
        subj = subject_of(tok)
        m = index.at(subj)
        if m is not None and has_content:
            speaker = speaker or m
            claim_verb = True
        elif _speaker_noun(subj) and has_content and lemma in REPORTING_VERBS and subj.lower_ not in {"i", "we"}:
            claim_verb = True
    quoted = _in_quotes(sent)
    if quoted and speaker is None and previous is not None and _in_quotes(previous.sent):
        quoted = True
    if not (cue or claim_verb or quoted):
        return "endorsed", None
    actor = speaker.actor if speaker else None
    if actor is None:
        # "so-called", "Moscow's narrative": the first coded actor of the sentence advances it
        coded = [m for m in index.mentions if m.actor.code]
        if coded:
            actor = coded[0].actor
    if actor is None and quoted and previous is not None:
        coded = [m for m in previous.index.mentions if m.actor.code]
        actor = coded[0].actor if coded else None
    if actor is None and not cue and not claim_verb:
        return "endorsed", None
    if cue is None and not claim_verb and lex.endorsed and lex.endorsed.search(lowered):
        return "endorsed", None
    return "attributed", bare(actor) if actor else None


# -- sub-narrative -----------------------------------------------------------------------------------------

def _best_sub(parent: str, rows: list[int], texts: list[str], sims_full: np.ndarray, lex: Lexicon) -> str:
    votes: Counter = Counter()
    for r in rows:
        low = texts[r].lower()
        for sub in lex.subs[parent]:
            pat = lex.sub_patterns.get((parent, sub))
            if pat is not None and pat.search(low):
                votes[sub] += 1.0
        for j, (owner, sub) in enumerate(lex.exemplar_owner):
            if owner == parent and sub != "other":
                votes[sub] += max(0.0, float(sims_full[r, j]) - 0.3)
    if not votes or max(votes.values()) <= 0.05:
        return "other"
    return votes.most_common(1)[0][0]


def narrative_id(parent: str, sub: str) -> str:
    """The contract id of a sub-narrative; the catch-all ``other`` is written ``<parent>.other``."""
    return f"{parent}.other" if sub == "other" else sub


# -- the extractor -----------------------------------------------------------------------------------------

def narratives_in(units: list[Unit], pack: Pack, model=None) -> tuple[list[Narrative], list[EntityRole]]:
    """The narratives of one document (by parent and voice, with evidence) and its main actors' roles.

    ``units`` are the document's sentences in order; ``model`` defaults to the pack's trained model.
    The matrices are small, so BLAS runs on one thread: several threads only contend with the parser.
    """
    with one_thread():
        return _narratives_in(units, pack, model)


def _narratives_in(units: list[Unit], pack: Pack, model=None) -> tuple[list[Narrative], list[EntityRole]]:
    from ..narrative_model import load_model

    if not units:
        return [], []
    lex = lexicon(pack)
    model = load_model(pack) if model is None else (model or None)  # model=False: cues and similarity only
    texts = [u.sent.text.strip() for u in units]
    vecs, cues, sims = sentence_features(texts, lex)
    if model is not None and model.parents == lex.parents:
        scores, threshold = model.predict(feature_matrix(vecs, cues, sims)), model.threshold
    else:
        scores, threshold = fallback_scores(cues, sims), FALLBACK_THRESHOLD
    sims_full = vecs @ lex.exemplar_vecs.T
    voices: dict[int, tuple[str, Actor | None]] = {}
    found: list[Narrative] = []
    for k, parent in enumerate(lex.parents):
        rows = [r for r in np.argsort(-scores[:, k], kind="stable") if scores[r, k] >= threshold]
        if not rows:
            continue
        groups: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            if r not in voices:
                voices[r] = voice_of(units[r], lex, units[r - 1] if r else None)
            groups[voices[r][0]].append(r)
        lead = max(groups, key=lambda v: scores[groups[v][0], k])
        for voice, members in groups.items():
            if voice != lead and scores[members[0], k] < SECOND_VOICE:
                continue  # a weaker second voice of the same narrative is kept only when it is clear
            members = members[:3]
            sub = _best_sub(parent, members, texts, sims_full, lex)
            who = next((voices[r][1] for r in members if voices[r][1]), None) if voice == "attributed" else None
            found.append(Narrative(
                id=narrative_id(parent, sub), parent=parent, voice=voice, attributed_to=who,
                score=round(float(scores[members[0], k]), 3),
                evidence=[Evidence(sentence=units[r].number, text=texts[r]) for r in sorted(members)]))
    found.sort(key=lambda n: -n.score)
    roles = roles_in(units, found, vecs, pack, model)
    return found, roles


# -- entity roles ------------------------------------------------------------------------------------------

def main_actors(units: list[Unit], limit: int = 3) -> list[tuple[Actor, list[int]]]:
    """The most mentioned coded actors of the document (by pack id, else code), with the rows they appear in."""
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    rows: dict[str, list[int]] = defaultdict(list)
    for r, unit in enumerate(units):
        for m in unit.index.mentions:
            if not m.actor.code or is_reporter(m.actor):
                continue
            key = m.actor.id if m.actor.kind == "person" and m.actor.id else m.actor.code
            counts[key] += 1
            first.setdefault(key, m.actor)
            if r not in rows[key]:
                rows[key].append(r)
    return [(first[key], rows[key]) for key, _ in counts.most_common(limit)]


def role_features(actor: Actor, rows: list[int], narratives: list[Narrative], vecs: np.ndarray,
                  parents: list[str]) -> np.ndarray:
    """An actor's role features: its party, the document's narratives by voice, and its sentences' meaning."""
    party = [float(actor.code == c) for c in ("RUS", "UKR", "USA")] + [
        float(actor.code not in {"RUS", "UKR", "USA"})]
    kind = [float(actor.sector == s) for s in ("GOV", "MIL", "CVL")] + [
        float(actor.kind == k) for k in ("person", "state", "group")]
    present = np.zeros(2 * len(parents), dtype=np.float32)
    for n in narratives:
        if n.parent in parents:
            present[parents.index(n.parent) * 2 + (n.voice == "attributed")] = 1.0
    crossed = np.concatenate([present * p for p in party])
    context = vecs[rows].mean(axis=0) if rows else np.zeros(vecs.shape[1], dtype=np.float32)
    return np.concatenate([np.array(party + kind, dtype=np.float32), crossed, context]).astype(np.float32)


def roles_in(units: list[Unit], narratives: list[Narrative], vecs: np.ndarray, pack: Pack,
             model=None) -> list[EntityRole]:
    """Protagonist, antagonist or innocent (with a fine role) for the document's main actors."""
    if model is None or not model.role_coef:
        return []
    lex = lexicon(pack)
    out = []
    for actor, rows in main_actors(units, limit=4):
        probs = model.predict_role(role_features(actor, rows, narratives, vecs, lex.parents))
        best = int(np.argmax(probs))
        main = model.role_labels[best]
        party = actor.code if actor.code in {"RUS", "UKR", "USA"} else "OTHER"
        fine = model.fine_roles.get(f"{main}:{party}") or model.fine_roles.get(main) or []
        allowed = set(lex.fine_roles.get(main, fine))
        out.append(EntityRole(actor=bare(actor), main=main, fine=[f for f in fine if f in allowed][:2],
                              score=round(float(probs[best]), 3),
                              evidence=[Evidence(sentence=units[r].number, text=units[r].sent.text.strip())
                                        for r in rows[:2]]))
    return out
