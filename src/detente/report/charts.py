"""Self-contained SVG charts drawn in Python: no JavaScript, no fonts or files from elsewhere.

Each function returns one ``<svg>`` element as a string, ready to inline in HTML. Every piece of text from the
store is escaped here. Only presentation attributes are used (no ``style``), so the charts pass a strict
Content-Security-Policy.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from html import escape

STANCE_COLOURS = {"demand": "#b2182b", "condition": "#ef8a62", "reject": "#67001f", "oppose": "#d6604d",
                  "propose": "#4393c3", "support": "#2166ac", "accept": "#1b7837"}
RELATION_COLOURS = {"met": "#4d7fbf", "demanded of": "#d08a1e", "rejected": "#b2182b"}
FONT = "system-ui, sans-serif"

Link = Callable[[dict], str | None]


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{_e(label)}" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="{FONT}" '
            f'font-size="12"><title>{_e(label)}</title>' + "".join(body) + "</svg>")


def _empty(label: str, message: str) -> str:
    return _svg(480, 40, label, [f'<text x="8" y="24" fill="#5b6575">{_e(message)}</text>'])


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        try:
            return date(int((value or "")[:4]), 7, 1)
        except ValueError:
            return None


def _wrap(link: str | None, inner: str) -> str:
    return f'<a href="{_e(link)}">{inner}</a>' if link else inner


def _legend(x: int, y: int, items: dict[str, str]) -> list[str]:
    out = []
    for name, colour in items.items():
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x + 14}" y="{y}">{_e(name)}</text>')
        x += 22 + 7 * len(name)
    return out


def _thin(dated: list[tuple[dict, date]], most: int = 600) -> list[tuple[dict, date]]:
    """At most one dot per party, stance and month once there are more than ``most`` positions."""
    if len(dated) <= most:
        return dated
    seen: set[tuple] = set()
    kept = []
    for row, day in dated:
        key = (row["holder_code"], row["stance"], day.year, day.month)
        if key not in seen:
            seen.add(key)
            kept.append((row, day))
    return kept


def stance_timeline(rows: list[dict], parties: list[str], label: str, link: Link | None = None) -> str:
    """One row per party, one dot per position on the issue at its date, coloured by stance."""
    dated = [(r, _day(r.get("when"))) for r in rows]
    dated = _thin([(r, d) for r, d in dated if d is not None])
    if not dated:
        return _empty(label, "No dated positions on this issue.")
    present = sorted({r["holder_code"] for r, _ in dated},
                     key=lambda c: (parties.index(c) if c in parties else len(parties), c))
    first, last = min(d for _, d in dated), max(d for _, d in dated)
    span = max((last - first).days, 1)
    left, width, row_h = 70, 620, 26
    height = 60 + row_h * len(present)
    body = []
    for i, code in enumerate(present):
        y = 30 + i * row_h
        body.append(f'<text x="8" y="{y + 4}">{_e(code)}</text>'
                    f'<line x1="{left}" y1="{y}" x2="{left + width}" y2="{y}" stroke="#d8dde6"/>')
    for year in range(first.year, last.year + 1):
        tick = date(year, 1, 1)
        if first <= tick <= last or year == first.year:
            x = left + width * max((tick - first).days, 0) / span
            body.append(f'<text x="{x:.1f}" y="{height - 10}" fill="#5b6575">{year}</text>')
    for row, day in dated:
        x = left + width * (day - first).days / span
        y = 30 + present.index(row["holder_code"]) * row_h
        tip = f"{day} {row['holder_code']} {row['stance']}: {row.get('statement') or ''}"
        dot = (f'<circle cx="{x:.1f}" cy="{y}" r="6" fill="{STANCE_COLOURS.get(row["stance"], "#777")}" '
               f'fill-opacity="0.85"><title>{_e(tip)}</title></circle>')
        body.append(_wrap(link(row) if link else None, dot))
    body += _legend(left, height - 28, {s: c for s, c in STANCE_COLOURS.items()
                                        if any(r["stance"] == s for r, _ in dated)})
    return _svg(left + width + 20, height, label, body)


def _shade(value: float) -> str:
    """White (0) to deep red (1)."""
    v = min(max(value, 0.0), 1.0)
    g = int(247 - 180 * v)
    return f"#{247:02x}{g:02x}{int(247 - 200 * v):02x}"


def gap_heatmap(matrix: dict[str, dict[str, float]], label: str, link: Callable[[str], str] | None = None) -> str:
    """Issues down, pairs of parties across; darker cells are further apart."""
    if not matrix:
        return _empty(label, "No issue has positions from two parties yet.")
    pairs = sorted({p for row in matrix.values() for p in row})
    issues = sorted(matrix)
    left, cell_w, cell_h, top = 170, 70, 22, 40
    body = [f'<text x="{left + i * cell_w + 4}" y="{top - 10}">{_e(pair)}</text>' for i, pair in enumerate(pairs)]
    for j, issue in enumerate(issues):
        y = top + j * cell_h
        body.append(_wrap(link(issue) if link else None,
                          f'<text x="8" y="{y + 15}">{_e(issue.replace("_", " "))}</text>'))
        for i, pair in enumerate(pairs):
            value = matrix[issue].get(pair)
            x = left + i * cell_w
            if value is None:
                body.append(f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" fill="#f0f2f5"/>')
                continue
            body.append(f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" fill="{_shade(value)}">'
                        f'<title>{_e(f"{issue} {pair}: gap {value:.2f}")}</title></rect>'
                        f'<text x="{x + 24}" y="{y + 15}" fill="{"#fff" if value > 0.6 else "#1d2430"}">'
                        f'{value:.1f}</text>')
    return _svg(left + cell_w * len(pairs) + 10, top + cell_h * len(issues) + 10, label, body)


def network(edges: list[dict], label: str, limit: int = 40) -> str:
    """Actors on a circle; arrows for met / demanded of / rejected, thicker for more reports."""
    edges = edges[:limit]
    if not edges:
        return _empty(label, "No meetings, demands or rejections between actors yet.")
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    size, radius = 520, 200
    centre = size / 2
    place = {n: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
                 centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, n in enumerate(nodes)}
    body = ["<defs>"] + [
        f'<marker id="arrow-{i}" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{c}"/></marker>'
        for i, c in enumerate(RELATION_COLOURS.values())] + ["</defs>"]
    relation_index = {name: i for i, name in enumerate(RELATION_COLOURS)}
    top = max(e["count"] for e in edges)
    offsets = {"met": 0, "demanded of": 6, "rejected": -6}
    for e in edges:
        (x1, y1), (x2, y2) = place[e["source"]], place[e["target"]]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        shift = offsets.get(e["relation"], 0)
        ox, oy = -dy / length * shift, dx / length * shift
        colour = RELATION_COLOURS.get(e["relation"], "#777")
        width = 1 + 4 * e["count"] / top
        tip = f"{e['source']} {e['relation']} {e['target']}: {e['count']} reports"
        body.append(f'<line x1="{x1 + ox:.1f}" y1="{y1 + oy:.1f}" x2="{x2 + ox:.1f}" y2="{y2 + oy:.1f}" '
                    f'stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.75" '
                    f'marker-end="url(#arrow-{relation_index.get(e["relation"], 0)})">'
                    f'<title>{_e(tip)}</title>'
                    f'</line>')
    for n, (x, y) in place.items():
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="16" fill="#fff" stroke="#1d2430"/>'
                    f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="10">{_e(n)}</text>')
    body += _legend(10, size + 14, RELATION_COLOURS)
    return _svg(size, size + 24, label, body)


def narrative_prevalence(table: dict[str, dict[str, dict[str, int]]], label: str) -> str:
    """Outlets down, years across; each cell counts documents carrying a narrative, its tooltip lists which."""
    if not table:
        return _empty(label, "No narratives recorded in this period.")
    years = sorted({y for years in table.values() for y in years})
    outlets = list(table)
    top = max(sum(v.values()) for years in table.values() for v in years.values()) or 1
    left, cell_w, cell_h, top_y = 200, 56, 22, 30
    body = [f'<text x="{left + i * cell_w + 8}" y="{top_y - 10}">{_e(y)}</text>' for i, y in enumerate(years)]
    for j, outlet in enumerate(outlets):
        y = top_y + j * cell_h
        body.append(f'<text x="8" y="{y + 15}">{_e(outlet)}</text>')
        for i, year in enumerate(years):
            counts = table[outlet].get(year, {})
            total = sum(counts.values())
            tip = "; ".join(f"{k}: {v}" for k, v in counts.items()) or "none"
            body.append(f'<rect x="{left + i * cell_w}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                        f'fill="{_shade(total / top) if total else "#f0f2f5"}">'
                        f'<title>{_e(f"{outlet} {year}: {tip}")}</title></rect>'
                        f'<text x="{left + i * cell_w + 20}" y="{y + 15}">{total or ""}</text>')
    return _svg(left + cell_w * len(years) + 10, top_y + cell_h * len(outlets) + 10, label, body)
