"""A position's point on its issue's scale, from the words of its statement and evidence.

The words are pack data (``over_time/scale_cues.yaml`` in the pack folder): phrases that anchor each point
when a party demands or accepts them ("recognition of all four regions" → T5), and phrases that place a
party when it rejects them ("will never recognise the annexation" → T2). Pure: no store, no parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..ontology.loader import PACKS_DIR
from ..ontology.schema import Pack

NEGATIVE = {"reject", "oppose"}
CUES_FILE = Path("over_time") / "scale_cues.yaml"
_VALUES: dict[int, dict[str, dict[str, float]]] = {}
_CUES: dict[int, tuple[Pack, dict[tuple[str, str], list[_Cue]]]] = {}  # by pack: building the key is slow


@dataclass(frozen=True)
class _Cue:
    text: str  # the phrase, lower-cased: a quick test before the pattern's
    pattern: re.Pattern[str]
    length: int
    point: str
    order: int


def cues_path(pack: Pack) -> Path:
    return PACKS_DIR / pack.id / CUES_FILE


@lru_cache(maxsize=8)
def _compiled(path: Path, points_key: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, str], list[_Cue]]:
    known = dict(points_key)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    out: dict[tuple[str, str], list[_Cue]] = {}
    for issue, modes in (data or {}).items():
        order = {p: n for n, p in enumerate(known.get(issue, ()))}
        for mode, points in (modes or {}).items():
            cues = []
            for point, phrases in (points or {}).items():
                if point not in order:
                    raise ValueError(f"{path}: {issue}.{mode}: {point!r} is not a point of the issue's scale")
                for phrase in phrases:
                    text = str(phrase).lower()
                    cues.append(_Cue(text, re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)"), len(text), point,
                                     order[point]))
            out[(issue, mode)] = sorted(cues, key=lambda c: (-c.length, -c.order))
    return out


def scale_cues(pack: Pack) -> dict[tuple[str, str], list[_Cue]]:
    """The pack's scale cues by (issue, affirm|rejecting), longest first; checked against the scales."""
    held = _CUES.get(id(pack))
    if held is None or held[0] is not pack:
        points = tuple((i.id, tuple(p.point for p in i.scale)) for i in pack.issues)
        held = _CUES[id(pack)] = (pack, _compiled(cues_path(pack), points))
    return held[1]


def point_of(issue: str, stance: str, text: str, pack: Pack) -> str | None:
    """The scale point (e.g. ``"T5"``) that ``text`` puts a ``stance`` on ``issue`` at, or None."""
    mode = "rejecting" if stance in NEGATIVE else "affirm"
    cues = scale_cues(pack).get((issue, mode), [])
    lowered = " ".join(text.lower().replace("’", "'").split())
    best: _Cue | None = None
    for cue in cues:
        if best is not None and cue.length < best.length:
            break
        if cue.text in lowered and cue.pattern.search(lowered) and (best is None or cue.order > best.order):
            best = cue
    return best.point if best else None


def point_value(issue: str, point: str | None, pack: Pack) -> float | None:
    """The 0–100 value of a point on its issue's scale ("T4-T5" takes the mean)."""
    if not point:
        return None
    if id(pack) not in _VALUES:
        _VALUES[id(pack)] = {i.id: {p.point: p.value for p in i.scale} for i in pack.issues}
    scale = _VALUES[id(pack)].get(issue, {})
    parts = [scale[p.strip()] for p in point.replace("–", "-").split("-") if p.strip() in scale]
    return sum(parts) / len(parts) if parts else None
