"""A document's text as escaped HTML with every extraction's evidence marked and linkable.

Evidence spans may overlap, so the text is cut at every span boundary; each piece covered by any span becomes
one ``<mark>`` whose ``data-x`` lists the spans covering it (``positions-12 actors-40``). Each span also gets an
empty anchor ``id="x-<kind>-<id>"`` where it starts, and each sentence ``id="s-<i>"``, for links.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

Span = tuple[str, str, int, int]  # key ("positions-12"), kind, start, end


def spans_of(doc: dict, kinds: tuple[str, ...]) -> list[Span]:
    """The evidence spans of a document (as returned by ``queries.document``) that lie inside its text."""
    size = len(doc["text"])
    found = []
    for kind in kinds:
        for row in doc.get(kind, []):
            start, end = row.get("start"), row.get("end")
            if start is not None and end is not None and 0 <= start < end <= size:
                found.append((f"{kind}-{row['id']}", kind, start, end))
    return found


def highlight(text: str, spans: list[Span], sentences: list[dict] | None = None) -> Markup:
    """``text`` escaped, with spans marked and anchors for spans and sentences."""
    anchors: dict[int, list[str]] = {}
    for s in sentences or []:
        anchors.setdefault(s["start"], []).append(f"s-{s['i']}")
    for key, _, start, _ in spans:
        anchors.setdefault(start, []).append(f"x-{key}")
    cuts = sorted({0, len(text), *anchors, *(end for *_, end in spans)})
    out = []
    for left, right in zip(cuts, cuts[1:]):
        out += [f'<span class="anchor" id="{escape(a)}"></span>' for a in anchors.get(left, [])]
        piece = escape(text[left:right])
        covering = [(key, kind) for key, kind, start, end in spans if start <= left and right <= end]
        if covering:
            keys = " ".join(key for key, _ in covering)
            kinds = " ".join(sorted({f"hl-{kind}" for _, kind in covering}))
            out.append(f'<mark class="hl {kinds}" data-x="{escape(keys)}">{piece}</mark>')
        else:
            out.append(piece)
    return Markup("".join(out))
