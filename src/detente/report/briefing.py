"""The briefing: what the store holds, as cited Markdown or self-contained HTML.

Key takeaways come first (new and shifted positions, repeated demands, delegation changes, notable events,
narratives by outlet), then each issue with the parties' latest positions side by side, then the corpus.
Every line ends with numbered citations to its source sentences (title, outlet, source type, date, link), and
each claim says whether an actor said it or a reporter or analyst assessed it. The same store and period always
give the same briefing.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..ontology import Pack
from ..store import Store, views
from ..store.queries import documents_overview, party_mentions_by_year
from . import charts


@dataclass(frozen=True)
class Cite:
    """A source: a document, and where known the sentence and the exact words relied on."""

    doc: str
    sentence: int | None = None
    quote: str | None = None


@dataclass
class Item:
    text: str
    cites: list[Cite | str] = field(default_factory=list)  # a plain string is a document id
    voice: str | None = None  # said | assessed, for claims about what actors hold


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[list[str], list[Cite]]] = field(default_factory=list)


@dataclass
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    intro: str = ""
    table: Table | None = None
    chart: str | None = None  # inline SVG, shown in HTML only
    level: int = 2


@dataclass
class Briefing:
    title: str
    subtitle: str
    sections: list[Section]
    sources: dict[str, dict]  # document id -> document overview row

    def cites(self) -> list[Cite]:
        found: list[Cite] = []
        for section in self.sections:
            groups = [item.cites for item in section.items]
            if section.table:
                groups += [cites for _, cites in section.table.rows]
            for group in groups:
                found += [_cite(c) for c in group]
        return found

    def numbering(self) -> dict[Cite, int]:
        order: dict[Cite, int] = {}
        for cite in self.cites():
            order.setdefault(cite, len(order) + 1)
        return order


def _cite(value: Cite | str) -> Cite:
    return value if isinstance(value, Cite) else Cite(value)


def _label(doc: dict) -> str:
    outlet = doc["source"] or "unknown outlet"
    kind = f", {doc['source_type'].replace('_', ' ')}" if doc.get("source_type") else ""
    return f"{doc['title'] or doc['id']} — {outlet}{kind}, {(doc['published'] or 'undated')[:10]}"


def _voice_note(row: dict) -> str:
    """Who the claim comes from: the actor's own words, or an assessment by the outlet or a named reporter."""
    if row.get("voice") != "assessed":
        return "said"
    by = row.get("reported_by") or {}
    who = by.get("name") or by.get("text")
    if who:
        return f"assessed by {who}"
    return f"assessed by {(row.get('source_type') or 'the outlet').replace('_', ' ')} {row.get('source') or ''}".strip()


def _position_cite(row: dict) -> Cite:
    return Cite(row["document_id"], row.get("sentence"), row.get("evidence"))


def _issue_label(pack: Pack, issue: str) -> str:
    return next((i.label for i in pack.issues if i.id == issue), issue.replace("_", " "))


def _takeaways(store: Store, pack: Pack, window: views.Window, top: int) -> list[Section]:
    sections = []
    _, changes = views.latest_changes(store, window, limit=top)
    moved = Section("New and shifted positions", level=3,
                    intro="Positions that are a party's first on an issue in the store, or differ from its previous "
                          "stance (computed per position; the over-time analysis refines these links).")
    for row in changes:
        before = f", previously {row['previous']}" if row["link"] == "shift" else ""
        moved.items.append(Item(
            f"{row['link'].upper()}: {row['holder_name']} ({row['holder_code']}) {row['stance']} on "
            f"{_issue_label(pack, row['issue'])} — “{row['statement']}” ({row['when']}{before}; {_voice_note(row)})",
            [_position_cite(row)], row["voice"]))
    sections.append(moved)

    repeats = Section("Repeats of earlier demands", level=3,
                      intro="Positions the text itself presents as restating an earlier one.")
    for row in views.repeated_demands(store, window, limit=top // 2 or 1):
        ref = row["repeat_of"] or {}
        hint = ref.get("text") or ref.get("year") or ref.get("round") or "an earlier position"
        repeats.items.append(Item(
            f"{row['holder_name']} ({row['holder_code']}) {row['stance']} on {_issue_label(pack, row['issue'])} "
            f"again (“{hint}”) — “{row['statement']}” ({row['when']}; {_voice_note(row)})",
            [_position_cite(row)], row["voice"]))
    if not repeats.items:
        repeats.intro = "No position in this period is presented as a repeat."
    sections.append(repeats)

    delegations = Section("Delegation changes", level=3)
    for row in views.delegation_changes(store, window)[:top]:
        before, after = row["before"], row["after"]
        delegations.items.append(Item(
            f"{row['party']} at {row['location'] or 'talks'} ({(row['date'] or row['published'] or '?')[:10]}): "
            f"delegation led by {after['head'] or 'unnamed'} ({after['level'] or 'level unknown'}), before "
            f"{before['head'] or 'unnamed'} ({before['level'] or 'level unknown'})",
            [Cite(row["document_id"], row["sentence"])]))
    if not delegations.items:
        delegations.intro = "No change of a party's delegation head or level is recorded in this period."
    sections.append(delegations)

    events = Section("Notable events", level=3,
                     intro="Asserted agreements, rejections, threats, concessions and sanctions between parties.")
    for row in views.notable_events(store, window, limit=top // 2 or 1):
        events.items.append(Item(
            f"{row['when']}: {row['source_name']} ({row['source_code']}) {row['type'].lower()} → "
            f"{row['target_name']} ({row['target_code']}), CAMEO {row['cameo']} ({_voice_note(row)})",
            [Cite(row["document_id"], row["sentence"], row["evidence"])], row["voice"]))
    sections.append(events)

    narratives = Section("Narrative activity by outlet", level=3)
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for row in views.narrative_mentions(store, window):
        by_outlet[row["outlet"]].append(row)
    for outlet, rows in sorted(by_outlet.items()):
        counts = Counter(r["narrative"] for r in rows)
        endorsed = sum(1 for r in rows if r["voice"] == "endorsed")
        narratives.items.append(Item(
            f"{outlet} ({(rows[0]['source_type'] or 'unknown').replace('_', ' ')}): "
            + ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            + f" ({endorsed} advanced by the outlet itself, {len(rows) - endorsed} reported as others')",
            [Cite(r["document_id"], r["sentence"], r["evidence"]) for r in rows[-2:]]))
    if not narratives.items:
        narratives.intro = "No narratives are recorded in this period."
    narratives.chart = charts.narrative_prevalence(views.narrative_prevalence(store, window),
                                                   "Narrative prevalence by outlet and year")
    sections.append(narratives)
    return sections


def _issues(store: Store, pack: Pack, window: views.Window) -> list[Section]:
    latest = views.latest_positions(store, window)
    sections = []
    issues = sorted({issue for issue, _ in latest},
                    key=lambda i: next((n for n, x in enumerate(pack.issues) if x.id == i), len(pack.issues)))
    order = {code: n for n, code in enumerate(pack.parties)}
    for issue in issues:
        holders = sorted((code for i, code in latest if i == issue), key=lambda c: (order.get(c, len(order)), c))
        table = Table(["Party", "Stance", "Position", "Date", "Voice"])
        for code in holders:
            row = latest[(issue, code)]
            stance = row["stance"] + (" (inferred)" if row.get("inferred") else "")
            table.rows.append(([f"{row['holder_name']} ({code})", stance, row["statement"], row["when"] or "?",
                                _voice_note(row)], [_position_cite(row)]))
        section = Section(f"Issue: {_issue_label(pack, issue)}", level=3, table=table,
                          intro="Each party's latest position in this period.")
        section.chart = charts.stance_timeline(views.positions_timeline(store, issue, window), pack.parties,
                                               f"Stances on {_issue_label(pack, issue)} over time")
        sections.append(section)
    return sections


def build(store: Store, pack: Pack, top: int = 12, since: str | None = None, until: str | None = None) -> Briefing:
    """The briefing of the documents published in [since, until] (ISO dates; either may be open)."""
    window = views.Window(since, until)
    docs = [d for d in documents_overview(store) if _inside(d["published"], window)]
    by_id = {d["id"]: d for d in documents_overview(store)}
    dated = sorted(d["published"][:10] for d in docs if d["published"])
    analysed = [d for d in docs if d["analysis_run"] is not None and not d["warnings"]]
    skipped = [d for d in docs if d["warnings"]]
    period = f"{dated[0] if dated else '?'} to {dated[-1] if dated else '?'}"

    head = Section("Key takeaways", intro="What moved in this period, each line with the sentences it rests on. "
                   "“Said” marks an actor's own words; “assessed” marks a reporter's or analyst's reading.")
    latest = views.latest_positions(store, window)
    head.chart = (charts.gap_heatmap(views.party_gap_matrix(store, pack.parties[:4], window, latest),
                                     "Gap between the parties' latest positions, by issue")
                  + charts.network(views.actor_network(store, window), "Who met, made demands of, or rejected whom"))
    sections = [head, *_takeaways(store, pack, window, top)]
    sections.append(Section("Issues", intro="The parties' latest positions on each issue, side by side."))
    sections += _issues(store, pack, window)

    corpus = Section("The corpus", intro=(
        f"{len(docs)} documents from {period}; {len(analysed)} analysed, {len(skipped)} stored but not analysed."))
    outlets = Counter((d["source"] or "unknown", d["source_type"] or "unknown") for d in docs)
    for (outlet, kind), n in sorted(outlets.items(), key=lambda x: (-x[1], x[0])):
        ids = [d["id"] for d in docs if (d["source"] or "unknown") == outlet]
        corpus.items.append(Item(f"{outlet} ({kind.replace('_', ' ')}): {n} documents", ids[-2:]))
    sections.append(corpus)

    people = Section("Who is in the news", intro="People most often named, by the number of documents.")
    for entry in views.actor_mentions(store, ("person",), window)[:top]:
        people.items.append(Item(
            f"{entry['name']} ({entry['code'] or 'no affiliation'}/{entry['sector'] or '-'}): "
            f"{entry['mentions']} mentions in {len(entry['documents'])} documents, "
            f"{(entry['first'] or '?')[:10]} to {(entry['last'] or '?')[:10]}",
            [entry["documents"][0], entry["documents"][-1]] if len(entry["documents"]) > 1 else entry["documents"]))
    bodies = Section("Institutions and groups", intro="Organisations and groups most often named.")
    for entry in views.actor_mentions(store, ("organization", "group"), window)[:top]:
        bodies.items.append(Item(
            f"{entry['name']} ({entry['code'] or 'no single state'}/{entry['sector'] or '-'}): "
            f"{entry['mentions']} mentions in {len(entry['documents'])} documents", entry["documents"][-2:]))
    parties = Section("Parties over time", intro="Mentions of each main party per year.")
    table = party_mentions_by_year(store, pack.parties)
    for code in pack.parties:
        years = {y: n for y, n in table.get(code, {}).items() if _inside(y, window, year=True)}
        if years:
            parties.items.append(Item(f"{code}: " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items()))))
    latest_docs = Section("Latest documents")
    for d in [d for d in docs if d["published"]][-8:][::-1]:
        latest_docs.items.append(Item(
            f"{d['published'][:10]}: {d['title'] or d['id']} ({d['actors']} actor mentions)", [d["id"]]))
    sections += [people, bodies, parties, latest_docs]
    if skipped:
        sections.append(Section("Stored, not analysed", [
            Item(f"{d['title'] or d['id']}: {'; '.join(d['warnings'])}", [d["id"]]) for d in skipped]))
    return Briefing(title=f"detente briefing — {pack.name}", subtitle=f"{len(docs)} documents, {period}",
                    sections=sections, sources=by_id)


def _inside(published: str | None, window: views.Window, year: bool = False) -> bool:
    if not published:
        return window.since is None and window.until is None
    day = published[:10]
    since = (window.since or "")[: 4 if year else 10]
    until = (window.until or "")[: 4 if year else 10]
    return (not since or day[: len(since)] >= since) and (not until or day[: len(until)] <= until)


def _source_line(brief: Briefing, cite: Cite) -> str:
    doc = brief.sources.get(cite.doc, {"id": cite.doc, "title": None, "source": None, "source_type": None,
                                        "published": None})
    where = f"sentence {cite.sentence + 1}: “{cite.quote}” — " if cite.sentence is not None and cite.quote else (
        f"sentence {cite.sentence + 1} — " if cite.sentence is not None else "")
    return where + _label(doc)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(brief: Briefing) -> str:
    numbers = brief.numbering()

    def refs(cites: list) -> str:
        return "".join(f"[{numbers[_cite(c)]}]" for c in cites)

    out = [f"# {brief.title}", "", brief.subtitle, ""]
    for section in brief.sections:
        out += [f"{'#' * section.level} {section.title}", ""]
        if section.intro:
            out += [section.intro, ""]
        for item in section.items:
            r = refs(item.cites)
            out.append(f"- {item.text}{' ' + r if r else ''}")
        if section.table:
            out.append("| " + " | ".join(section.table.columns + ["Sources"]) + " |")
            out.append("|" + "---|" * (len(section.table.columns) + 1))
            for cells, cites in section.table.rows:
                out.append("| " + " | ".join(_md_cell(c) for c in cells + [refs(cites)]) + " |")
        out.append("")
    out += ["## Sources", ""]
    for cite, n in numbers.items():
        doc = brief.sources.get(cite.doc, {})
        link = f" <{doc['url']}>" if _safe_url(doc.get("url")) else f" (document `{cite.doc}`)"
        out.append(f"{n}. {_source_line(brief, cite)}{link}")
    return "\n".join(out) + "\n"


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #d8dde6;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.02rem;margin-top:1.4rem}li{margin:.25rem 0}sup a{text-decoration:none;color:#2457a6}
.sub{color:#5b6575}ol.sources li{font-size:.9rem}table{border-collapse:collapse;font-size:.9rem;width:100%}
th,td{border-bottom:1px solid #e3e7ee;padding:.25rem .4rem;text-align:left;vertical-align:top}
.voice{font-size:.78rem;color:#5b6575;border:1px solid #d8dde6;border-radius:3px;padding:0 .25rem}
svg.chart{max-width:100%;height:auto;display:block;margin:.6rem 0}"""


def to_html(brief: Briefing, charts_inline: bool = True) -> str:
    """A self-contained page: no scripts, no external files; charts are inline SVG."""
    esc = html.escape
    numbers = brief.numbering()

    def refs(cites: list) -> str:
        return "".join(f"<sup><a href='#src-{numbers[_cite(c)]}'>[{numbers[_cite(c)]}]</a></sup>" for c in cites)

    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
             "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
             f"<title>{esc(brief.title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{esc(brief.title)}</h1><p class='sub'>{esc(brief.subtitle)}</p>"]
    for section in brief.sections:
        parts.append(f"<h{section.level}>{esc(section.title)}</h{section.level}>")
        if section.intro:
            parts.append(f"<p>{esc(section.intro)}</p>")
        if section.chart and charts_inline:
            parts.append(section.chart)
        if section.items:
            parts.append("<ul>")
            for item in section.items:
                tag = f" <span class='voice'>{esc(item.voice)}</span>" if item.voice else ""
                parts.append(f"<li>{esc(item.text)}{tag} {refs(item.cites)}</li>")
            parts.append("</ul>")
        if section.table:
            parts.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in section.table.columns)
                         + "<th>Sources</th></tr></thead><tbody>")
            for cells, cites in section.table.rows:
                parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + f"<td>{refs(cites)}</td></tr>")
            parts.append("</tbody></table>")
    parts.append("<h2>Sources</h2><ol class='sources'>")
    for cite, n in numbers.items():
        doc = brief.sources.get(cite.doc, {})
        safe = _safe_url(doc.get("url"))
        link = f" <a href='{esc(safe, quote=True)}' rel='noopener noreferrer'>link</a>" if safe else \
            f" <code>{esc(cite.doc)}</code>"
        parts.append(f"<li id='src-{n}'>{esc(_source_line(brief, cite))}{link}</li>")
    parts.append("</ol></body></html>")
    return "\n".join(parts)
