"""The trained part of narrative detection: per-narrative logistic models over sentence features, and a role model.

``detente train narratives`` fits them on the ``train`` split of a gold file (plus the pack's exemplar
sentences) and writes plain JSON next to the pack (``narratives.model.json``): weights rounded to 5 decimals,
fixed seeds, no pickle, so the same gold file always gives the same file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .ontology import Pack
from .ontology.loader import PACKS_DIR

MODEL_FILE = "narratives.model.json"
C_SENTENCE = 0.3
C_ROLE = 0.3
FOLDS = 5


@dataclass
class NarrativeModel:
    parents: list[str]
    coef: list[list[float]]
    intercept: list[float]
    threshold: float
    role_labels: list[str] = field(default_factory=list)
    role_coef: list[list[float]] = field(default_factory=list)
    role_intercept: list[float] = field(default_factory=list)
    fine_roles: dict[str, list[str]] = field(default_factory=dict)
    trained_on: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._w = np.asarray(self.coef, dtype=np.float32)
        self._b = np.asarray(self.intercept, dtype=np.float32)
        self._rw = np.asarray(self.role_coef, dtype=np.float32)
        self._rb = np.asarray(self.role_intercept, dtype=np.float32)

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Probability of each parent narrative for each sentence row."""
        return 1.0 / (1.0 + np.exp(-(features @ self._w.T + self._b)))

    def predict_role(self, features: np.ndarray) -> np.ndarray:
        z = self._rw @ features + self._rb
        z = np.exp(z - z.max())
        return z / z.sum()

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items()}
        return json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"


def model_path(pack: Pack) -> Path:
    return PACKS_DIR / pack.id / MODEL_FILE


@lru_cache(maxsize=4)
def _read(path: str, mtime: float) -> NarrativeModel | None:
    return NarrativeModel(**json.loads(Path(path).read_text(encoding="utf-8")))


def load_model(pack: Pack, path: Path | None = None) -> NarrativeModel | None:
    """The pack's trained model, or None when it has none (detection then uses cues and similarity)."""
    path = path or model_path(pack)
    if not path.exists():
        return None
    return _read(str(path), path.stat().st_mtime)


# -- running the detector on a text (shared by training and evaluation) -----------------------------------

def units_of(text: str, pack: Pack, nlp, published: str | None = None):
    """Parse ``text`` and resolve its actors the way the pipeline does; the sentences as narrative units."""
    from datetime import date

    from .extract.actors import DocResolver, gazetteer, resolve_doc
    from .extract.narratives import Unit
    from .extract.syntax import ActorIndex, Mention
    from .nlp import parse

    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    gaz = gazetteer(pack, nlp)
    resolver = DocResolver(gaz, day)
    units, number = [], 0
    for offset, parsed in parse(text, nlp):
        mentions = resolve_doc(parsed, gaz, resolver)
        for sent in parsed.sents:
            if not sent.text.strip():
                continue
            index = ActorIndex([Mention(s, e, a) for s, e, a in mentions if sent.start <= s < sent.end])
            units.append((offset, Unit(number, sent, index)))
            number += 1
    return units


# -- training ------------------------------------------------------------------------------------------

def _labelled(text: str, units: list, narratives: list[dict], parents: list[str]) -> np.ndarray:
    """Rows: sentences; columns: parents; 1 where a gold evidence string overlaps the sentence."""
    y = np.zeros((len(units), len(parents)), dtype=np.int8)
    spans = [(off + u.sent.start_char, off + u.sent.end_char) for off, u in units]
    for n in narratives:
        if n["id"] not in parents:
            continue
        for ev in n.get("evidence", []):
            at = text.find(ev)
            if at < 0:
                continue
            for r, (s, e) in enumerate(spans):
                if min(e, at + len(ev)) - max(s, at) > 0:
                    y[r, parents.index(n["id"])] = 1
    return y


def _fit_binary(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=0)
    clf.fit(x, y)
    return clf


def _fit_all(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    w = np.zeros((y.shape[1], x.shape[1]), dtype=np.float64)
    b = np.full(y.shape[1], -8.0)
    for k in range(y.shape[1]):
        if 0 < y[:, k].sum() < len(y):
            clf = _fit_binary(x, y[:, k], C_SENTENCE)
            w[k], b[k] = clf.coef_[0], clf.intercept_[0]
    return w, b


def _doc_f1(pred: list[set], gold: list[set]) -> float:
    tp = sum(len(p & g) for p, g in zip(pred, gold))
    n_p, n_g = sum(map(len, pred)), sum(map(len, gold))
    return 2 * tp / (n_p + n_g) if n_p + n_g else 0.0


def train(gold: Path, pack: Pack, nlp, split: str = "train") -> NarrativeModel:
    """Fit the sentence and role models on the ``split`` lines of ``gold`` and the pack's exemplars."""
    from sklearn.linear_model import LogisticRegression

    from .evaluate.gold import read_gold
    from .extract.narratives import feature_matrix, lexicon, role_features, sentence_features

    lex = lexicon(pack)
    parents = lex.parents
    items = list(read_gold(gold, split))
    xs, ys, docs, doc_gold, doc_vecs, doc_units = [], [], [], [], [], []
    for n, item in enumerate(items):
        units = units_of(item["text"], pack, nlp, item.get("published"))
        vecs, cues, sims = sentence_features([u.sent.text.strip() for _, u in units], lex)
        xs.append(feature_matrix(vecs, cues, sims))
        ys.append(_labelled(item["text"], units, item.get("narratives", []), parents))
        docs.extend([n] * len(units))
        doc_gold.append({g["id"] for g in item.get("narratives", [])})
        doc_vecs.append(vecs)
        doc_units.append([u for _, u in units])
    x_docs, y_docs, groups = np.vstack(xs), np.vstack(ys), np.asarray(docs)
    ex_text, ex_y = [], []
    for nar in pack.narratives:
        for sub in nar.subs:
            for line in sub.exemplars:
                ex_text.append(line)
                ex_y.append([int(p == nar.id) for p in parents])
    vecs, cues, sims = sentence_features(ex_text, lex)
    x_ex, y_ex = feature_matrix(vecs, cues, sims), np.asarray(ex_y, dtype=np.int8)

    # the document threshold, chosen on out-of-fold predictions (folds by document, fixed order)
    fold_of = np.arange(len(items)) % FOLDS
    doc_max = np.zeros((len(items), len(parents)))
    for f in range(FOLDS):
        held = fold_of[groups] == f
        w, b = _fit_all(np.vstack([x_docs[~held], x_ex]), np.vstack([y_docs[~held], y_ex]))
        p = 1.0 / (1.0 + np.exp(-(x_docs[held] @ w.T + b)))
        for d in np.unique(groups[held]):
            doc_max[d] = p[groups[held] == d].max(axis=0)
    best = max((_doc_f1([{parents[k] for k in np.where(doc_max[d] >= t)[0]} for d in range(len(items))], doc_gold), -t)
               for t in np.arange(0.30, 0.96, 0.025))
    threshold = round(-best[1], 3)
    w, b = _fit_all(np.vstack([x_docs, x_ex]), np.vstack([y_docs, y_ex]))

    # entity roles: gold roles of the training documents, features from the gold narratives
    from .extract.narratives import main_actors
    from .model import Evidence, Narrative

    rx, ry, fine = [], [], defaultdict(Counter)
    for item, units, vecs in zip(items, doc_units, doc_vecs):
        nars = [Narrative(id=g["sub"] or g["id"], parent=g["id"], voice=g["voice"], score=1.0,
                          evidence=[Evidence(sentence=0, text="")]) for g in item.get("narratives", [])]
        candidates = main_actors(units, limit=10)
        for role in item.get("roles", []):
            text = role["entity"].lower()
            match = next((c for c in candidates if c[0].text.lower() in text or text in c[0].text.lower()
                          or (c[0].name or "").lower() in text), None)
            match = match or next((c for c in candidates if c[0].code == role["code"]), None)
            if match is None:
                continue
            rx.append(role_features(match[0], match[1], nars, vecs, parents))
            ry.append(role["main"])
            party = role["code"] if role["code"] in {"RUS", "UKR", "USA"} else "OTHER"
            fine[f"{role['main']}:{party}"].update(role.get("fine", []))
            fine[role["main"]].update(role.get("fine", []))
    role_labels, role_w, role_b = [], [], []
    if len(set(ry)) >= 2:
        clf = LogisticRegression(C=C_ROLE, max_iter=2000, random_state=0)
        clf.fit(np.vstack(rx), ry)
        role_labels = [str(c) for c in clf.classes_]
        coef, inter = clf.coef_, clf.intercept_
        if len(role_labels) == 2:  # binary: sklearn keeps one row; write it as two softmax rows
            coef, inter = np.vstack([-coef[0] / 2, coef[0] / 2]), np.array([-inter[0] / 2, inter[0] / 2])
        role_w, role_b = coef, inter

    def rounded(a) -> list:
        return np.round(np.asarray(a, dtype=np.float64), 5).tolist()

    return NarrativeModel(
        parents=parents, coef=rounded(w), intercept=rounded(b), threshold=threshold,
        role_labels=role_labels, role_coef=rounded(role_w), role_intercept=rounded(role_b),
        fine_roles={k: [f for f, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
                    for k, v in sorted(fine.items())},
        trained_on={"gold": gold.name, "split": split, "documents": len(items), "sentences": int(len(x_docs)),
                    "exemplars": len(ex_text), "roles": len(ry), "cv_doc_f1": round(best[0], 3)})


def save(model: NarrativeModel, path: Path) -> None:
    path.write_text(model.to_json(), encoding="utf-8")
