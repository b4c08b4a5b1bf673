"""The briefing: what the store holds, as cited Markdown or self-contained HTML.

Every line ends with numbered citations to the documents it rests on (title, outlet, date, link).
The same store always gives the same briefing.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

from ..ontology import Pack
from ..store import Store
from ..store.queries import actor_mentions, documents_overview, party_mentions_by_year


@dataclass
class Item:
    text: str
    cites: list[str] = field(default_factory=list)  # document ids


@dataclass
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    intro: str = ""


@dataclass
class Briefing:
    title: str
    subtitle: str
    sections: list[Section]
    sources: dict[str, dict]  # document id -> document overview row

    def numbering(self) -> dict[str, int]:
        order: dict[str, int] = {}
        for section in self.sections:
            for item in section.items:
                for doc_id in item.cites:
                    order.setdefault(doc_id, len(order) + 1)
        return order


def _label(doc: dict) -> str:
    outlet = doc["source"] or "unknown outlet"
    kind = f", {doc['source_type'].replace('_', ' ')}" if doc.get("source_type") else ""
    return f"{doc['title'] or doc['id']} — {outlet}{kind}, {(doc['published'] or 'undated')[:10]}"


def build(store: Store, pack: Pack, top: int = 12) -> Briefing:
    docs = documents_overview(store)
    by_id = {d["id"]: d for d in docs}
    dated = sorted(d["published"][:10] for d in docs if d["published"])
    analysed = [d for d in docs if d["analysis_run"] is not None and not d["warnings"]]
    skipped = [d for d in docs if d["warnings"]]
    outlets = Counter((d["source"] or "unknown", d["source_type"] or "unknown") for d in docs)

    corpus = Section("The corpus", intro=(
        f"{len(docs)} documents from {dated[0] if dated else '?'} to {dated[-1] if dated else '?'}; "
        f"{len(analysed)} analysed, {len(skipped)} stored but not analysed."))
    for (outlet, kind), n in sorted(outlets.items(), key=lambda x: (-x[1], x[0])):
        ids = [d["id"] for d in docs if (d["source"] or "unknown") == outlet]
        corpus.items.append(Item(f"{outlet} ({kind.replace('_', ' ')}): {n} documents", ids[-2:]))

    people = Section("Who is in the news", intro="People most often named, by the number of documents.")
    for entry in actor_mentions(store, ("person",))[:top]:
        people.items.append(Item(
            f"{entry['name']} ({entry['code'] or 'no affiliation'}/{entry['sector'] or '-'}): "
            f"{entry['mentions']} mentions in {len(entry['documents'])} documents, "
            f"{(entry['first'] or '?')[:10]} to {(entry['last'] or '?')[:10]}",
            [entry["documents"][0], entry["documents"][-1]] if len(entry["documents"]) > 1 else entry["documents"]))

    bodies = Section("Institutions and groups", intro="Organisations and groups most often named.")
    for entry in actor_mentions(store, ("organization", "group"))[:top]:
        bodies.items.append(Item(
            f"{entry['name']} ({entry['code'] or 'no single state'}/{entry['sector'] or '-'}): "
            f"{entry['mentions']} mentions in {len(entry['documents'])} documents",
            entry["documents"][-2:]))

    parties = Section("Parties over time", intro="Mentions of each main party per year.")
    table = party_mentions_by_year(store, pack.parties)
    for code in pack.parties:
        years = table.get(code, {})
        if years:
            parties.items.append(Item(f"{code}: " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items()))))

    latest = Section("Latest documents")
    for d in [d for d in docs if d["published"]][-8:][::-1]:
        latest.items.append(Item(f"{d['published'][:10]}: {d['title'] or d['id']} ({d['actors']} actor mentions)",
                                 [d["id"]]))
    sections = [corpus, people, bodies, parties, latest]
    if skipped:
        sections.append(Section("Stored, not analysed", [
            Item(f"{d['title'] or d['id']}: {'; '.join(d['warnings'])}", [d["id"]]) for d in skipped]))
    return Briefing(title=f"detente briefing — {pack.name}",
                    subtitle=f"{len(docs)} documents, {dated[0] if dated else '?'} to {dated[-1] if dated else '?'}",
                    sections=sections, sources=by_id)


def to_markdown(brief: Briefing) -> str:
    numbers = brief.numbering()
    out = [f"# {brief.title}", "", brief.subtitle, ""]
    for section in brief.sections:
        out += [f"## {section.title}", ""]
        if section.intro:
            out += [section.intro, ""]
        for item in section.items:
            refs = "".join(f"[{numbers[c]}]" for c in item.cites)
            out.append(f"- {item.text}{' ' + refs if refs else ''}")
        out.append("")
    out += ["## Sources", ""]
    for doc_id, n in numbers.items():
        doc = brief.sources[doc_id]
        link = f" <{doc['url']}>" if doc.get("url") else f" (document `{doc_id}`)"
        out.append(f"{n}. {_label(doc)}{link}")
    return "\n".join(out) + "\n"


_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
h1{font-size:1.6rem}h2{font-size:1.15rem;border-bottom:1px solid #d8dde6;padding-bottom:.2rem;margin-top:2rem}
li{margin:.25rem 0}sup a{text-decoration:none;color:#2457a6}.sub{color:#5b6575}ol.sources li{font-size:.9rem}"""


def to_html(brief: Briefing) -> str:
    esc = html.escape
    numbers = brief.numbering()
    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
             "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
             f"<title>{esc(brief.title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{esc(brief.title)}</h1><p class='sub'>{esc(brief.subtitle)}</p>"]
    for section in brief.sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        if section.intro:
            parts.append(f"<p>{esc(section.intro)}</p>")
        parts.append("<ul>")
        for item in section.items:
            refs = "".join(f"<sup><a href='#src-{numbers[c]}'>[{numbers[c]}]</a></sup>" for c in item.cites)
            parts.append(f"<li>{esc(item.text)} {refs}</li>")
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ol class='sources'>")
    for doc_id, n in numbers.items():
        doc = brief.sources[doc_id]
        url = doc.get("url")
        safe = url if url and url.lower().startswith(("http://", "https://")) else None
        link = f" <a href='{esc(safe, quote=True)}' rel='noopener noreferrer'>link</a>" if safe else \
            f" <code>{esc(doc_id)}</code>"
        parts.append(f"<li id='src-{n}'>{esc(_label(doc))}{link}</li>")
    parts.append("</ol></body></html>")
    return "\n".join(parts)
