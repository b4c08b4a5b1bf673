"""Reading gold JSON Lines files: one annotated text per line, with a train/dev split."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


class GoldError(ValueError):
    """A gold file line that cannot be used; the message names the file and line."""


def read_gold(path: Path, split: str | None = None) -> Iterator[dict]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{path} line {n}: invalid JSON: {err.msg}") from None
        if "text" not in item or "id" not in item:
            raise GoldError(f"{path} line {n}: a gold line needs 'id' and 'text'")
        if split is None or item.get("split") == split:
            yield item


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def share(part: float, whole: float) -> float:
    """``part / whole`` rounded for a report, 0 when there is nothing to divide by."""
    return round(part / whole, 3) if whole else 0.0
