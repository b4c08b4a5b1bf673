"""Server-rendered pages: overview, issues, parties, documents, narratives, search and the API reference."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..report import charts
from ..store import views
from ..store.search import MARK_END, MARK_START, search
from . import queries
from .api import window
from .highlight import highlight, spans_of

router = APIRouter(include_in_schema=False)
PER_PAGE = 25

env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                  trim_blocks=True, lstrip_blocks=True)


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _snippet(text: str) -> Markup:
    return Markup(escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


env.filters["safe_url"] = _safe_url
env.filters["snippet"] = _snippet
env.filters["label"] = lambda value: (value or "").replace("_", " ")
env.filters["q"] = lambda value: quote(str(value), safe="")


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    def page_url(**changes) -> str:
        params = dict(request.query_params)
        params.update({k: str(v) for k, v in changes.items() if v is not None})
        return f"{request.url.path}?{urlencode(params)}"

    pack = request.app.state.pack
    body = env.get_template(name).render(request=request, page_url=page_url, pack=pack, path=request.url.path,
                                         issue_labels={i.id: i.label for i in pack.issues}, **context)
    return HTMLResponse(body, status_code=status)


def _views(request: Request):
    return request.app.state.views


def _store(request: Request):
    return request.app.state.store


def _offset(page: int) -> int:
    return (max(page, 1) - 1) * PER_PAGE


PageNo = Annotated[int, Query(ge=1, le=100000)]
Since = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


def _position_link(row: dict) -> str:
    return f"/documents/{quote(row['document_id'], safe='')}#x-positions-{row['id']}"


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, since: Since = None, until: Since = None) -> HTMLResponse:
    store, pack, period = _store(request), request.app.state.pack, window(since, until)
    total, changes = _views(request).latest_changes(period, limit=12)
    return render(request, "overview.html", counts=queries.counts(store), alerts=_views(request).alerts(period, 8),
                  changes=changes, changes_total=total, since=since, until=until,
                  heatmap=Markup(charts.gap_heatmap(_views(request).party_gap_matrix(tuple(pack.parties), period),
                                                    "Gap between the parties' latest positions, by issue",
                                                    link=lambda i: f"/issues/{quote(i, safe='')}")),
                  network=Markup(charts.network(_views(request).actor_network(period),
                                                "Who met, made demands of, or rejected whom")),
                  documents=queries.documents(store, 8, 0, window=period).items)


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request) -> HTMLResponse:
    pack = request.app.state.pack
    latest = _views(request).latest_positions()
    rows = _views(request).call(queries.issues)
    parties = [p for p in pack.parties if any(code == p for _, code in latest)]
    return render(request, "issues.html", issues=rows, latest=latest, parties=parties)


@router.get("/issues/{issue}", response_class=HTMLResponse)
def issue_page(request: Request, issue: str, page: PageNo = 1) -> HTMLResponse:
    store, pack = _store(request), request.app.state.pack
    definition = next((i for i in pack.issues if i.id == issue), None)
    listed = queries.positions(store, PER_PAGE, _offset(page), issue=issue)
    if definition is None and listed.total == 0:
        raise HTTPException(404, f"no issue {issue!r}")
    latest = _views(request).latest_positions(issue=issue)
    side = sorted(latest.values(), key=lambda r: (pack.parties.index(r["holder_code"])
                                                   if r["holder_code"] in pack.parties else 99, r["holder_code"]))
    timeline = _views(request).call(_issue_chart, issue, tuple(pack.parties),
                                    f"Stances on {definition.label if definition else issue} over time")
    return render(request, "issue.html", issue=issue, definition=definition, side=side, positions=listed,
                  timeline=Markup(timeline), page=page)


def _issue_chart(store, issue: str, parties: tuple[str, ...], title: str) -> str:
    """The issue's stance timeline as SVG; kept in the views cache, as drawing it is the page's main cost."""
    return charts.stance_timeline(views.positions_timeline(store, issue), list(parties), title, link=_position_link)


@router.get("/parties", response_class=HTMLResponse)
def parties_page(request: Request) -> HTMLResponse:
    return render(request, "parties.html", parties=_views(request).call(queries.parties))


@router.get("/parties/{code}", response_class=HTMLResponse)
def party_page(request: Request, code: str, page: PageNo = 1) -> HTMLResponse:
    store = _store(request)
    latest = sorted(_views(request).latest_positions(holder=code).values(), key=lambda r: r["issue"])
    listed = queries.events(store, PER_PAGE, _offset(page), party=code)
    people = queries.people(store, code)
    if not latest and listed.total == 0 and not people:
        raise HTTPException(404, f"no party {code!r}")
    _, changes = _views(request).latest_changes(limit=10, holder=code)
    return render(request, "party.html", code=code, latest=latest, events=listed, people=people, changes=changes,
                  page=page)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, page: PageNo = 1, source: str | None = None,
                   source_type: str | None = None, since: Since = None, until: Since = None) -> HTMLResponse:
    store = _store(request)
    listed = queries.documents(store, PER_PAGE, _offset(page), source or None, source_type or None,
                               window=window(since, until))
    return render(request, "documents.html", documents=listed, page=page, outlets=_views(request).call(queries.outlets),
                  source=source, source_type=source_type, since=since, until=until)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc = queries.document(_store(request), doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    body = highlight(doc["text"], spans_of(doc, ("actors", "events", "positions", "narratives", "meetings")),
                     doc["sentences"])
    return render(request, "document.html", doc=doc, body=body)


@router.get("/narratives", response_class=HTMLResponse)
def narratives_page(request: Request, page: PageNo = 1, narrative: str | None = None) -> HTMLResponse:
    store = _store(request)
    chart = charts.narrative_prevalence(_views(request).narrative_prevalence(),
                                        "Narrative prevalence by outlet and year")
    listed = queries.narratives(store, PER_PAGE, _offset(page), narrative=narrative or None)
    return render(request, "narratives.html", chart=Markup(chart), narratives=listed, page=page,
                  narrative=narrative, taxonomy=request.app.state.pack.narratives)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "", page: PageNo = 1) -> HTMLResponse:
    total, hits = search(_store(request).engine, q, PER_PAGE, _offset(page)) if q.strip() else (0, [])
    return render(request, "search.html", q=q, total=total, hits=hits, page=page, per_page=PER_PAGE)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    return render(request, "apidocs.html", spec=spec)
