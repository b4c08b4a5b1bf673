"""Finds, reads and validates ontology packs; errors name the file and the entry."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from .schema import Pack

PACKS_DIR = Path(__file__).parent / "packs"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: packs load in a fraction


class PackError(ValueError):
    """A pack that cannot be used; the message names the file, the entry and what is wrong."""


def available_packs() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.yaml").exists())


def _pack_dir(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if (path / "pack.yaml").exists():
        return path
    if (PACKS_DIR / name_or_path / "pack.yaml").exists():
        return PACKS_DIR / name_or_path
    raise PackError(f"no pack {name_or_path!r}: give a folder with a pack.yaml, or one of "
                    f"{', '.join(available_packs())}")


def _entry_label(value: object) -> str:
    if isinstance(value, dict):
        for key in ("id", "name", "code", "title", "point"):
            if value.get(key):
                return f" ({key} {value[key]!r})"
    return ""


def read_pack_files(folder: Path) -> tuple[dict, dict[str, Path]]:
    """The merged top-level keys of every YAML file in ``folder`` and the file each came from."""
    data: dict = {}
    origin: dict[str, Path] = {}
    for file in sorted(folder.glob("*.yaml")):
        try:
            content = yaml.load(file.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        except yaml.YAMLError as err:
            raise PackError(f"{file}: not valid YAML: {err}") from None
        if not isinstance(content, dict):
            raise PackError(f"{file}: the top level must be a mapping of keys such as 'people:'")
        for key, value in content.items():
            if key in data:
                raise PackError(f"{file}: key {key!r} is already defined in {origin[key].name}")
            data[key], origin[key] = value, file
    return data, origin


def _explain(err: ValidationError, data: dict, origin: dict[str, Path], folder: Path) -> str:
    lines = []
    for problem in err.errors()[:10]:
        loc = problem["loc"]
        file = origin.get(str(loc[0]), folder / "pack.yaml") if loc else folder / "pack.yaml"
        where = ".".join(str(part) for part in loc)
        label = ""
        if len(loc) >= 2 and isinstance(loc[1], int):
            items = data.get(loc[0]) or []
            if isinstance(items, list) and loc[1] < len(items):
                label = _entry_label(items[loc[1]])
        lines.append(f"{file}: entry {where}{label}: {problem['msg']}")
    more = len(err.errors()) - 10
    return "\n".join(lines + ([f"... and {more} more"] if more > 0 else []))


def _check_references(pack: Pack, origin: dict[str, Path]) -> None:
    problems = []
    for key, entries, field in (("people", pack.people, "id"), ("issues", pack.issues, "id"),
                                ("narratives", pack.narratives, "id"), ("states", pack.states, "code")):
        seen: set[str] = set()
        for n, entry in enumerate(entries):
            value = getattr(entry, field)
            if value in seen:
                problems.append(f"{origin.get(key)}: entry {key}.{n}: duplicate {field} {value!r}")
            seen.add(value)
    for n, rnd in enumerate(pack.rounds):
        for d in rnd.delegations:
            for pid in [d.head, *d.members]:
                if pid and pid not in pack.people_by_id:
                    problems.append(f"{origin.get('rounds')}: entry rounds.{n} ({rnd.id}): unknown person {pid!r}")
    for n, issue in enumerate(pack.issues):
        points = {p.point for p in issue.scale}
        for pos in issue.positions:
            for point in (pos.point or "").replace("–", "-").split("-"):
                if point and points and point.strip() not in points:
                    problems.append(f"{origin.get('issues')}: entry issues.{n} ({issue.id}): "
                                    f"position of {pos.date} names unknown point {point!r}")
    for issue_id in pack.issue_cues:
        if issue_id not in pack.issue_ids:
            problems.append(f"{origin.get('issue_cues')}: entry issue_cues.{issue_id}: no such issue")
    for n, cue in enumerate(pack.event_cues):
        for code in [cue.cameo, *(f.cameo for f in cue.frames)]:
            if code not in pack.cameo:
                problems.append(f"{origin.get('event_cues')}: entry event_cues.{n} ({cue.cue}): "
                                f"CAMEO code {code!r} is not in the cameo table")
    if problems:
        raise PackError("\n".join(problems[:20]))


@lru_cache(maxsize=8)
def load_pack(name_or_path: str = "russia_ukraine") -> Pack:
    """The validated pack, by name (shipped packs) or folder path."""
    folder = _pack_dir(name_or_path)
    data, origin = read_pack_files(folder)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as err:
        raise PackError(_explain(err, data, origin, folder)) from None
    _check_references(pack, origin)
    return pack
