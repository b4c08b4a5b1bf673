"""The JSON API under ``/api``: every list the pages show, paged (``limit``, ``offset``) and filtered."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from ..store import views
from ..store.search import MARK_END, MARK_START, search
from . import queries

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]


class Page(BaseModel):
    """One page of a list: ``total`` items match the filters; ``items`` holds those from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class SearchHit(BaseModel):
    id: str
    title: str | None
    published: str | None
    source: str | None
    source_type: str | None
    snippet: str
    matches: list[str]


class SearchPage(BaseModel):
    total: int
    limit: int
    offset: int
    query: str
    items: list[SearchHit]


def window(since: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                              description="first publication date (YYYY-MM-DD)")] = None,
           until: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                              description="last publication date (YYYY-MM-DD)")] = None
           ) -> views.Window:
    return views.Window(since, until)


Period = Annotated[views.Window, Depends(window)]


def _views(request: Request):
    return request.app.state.views


def _store(request: Request):
    return request.app.state.store


def _page(page: queries.Page) -> Page:
    return Page(total=page.total, limit=page.limit, offset=page.offset, items=page.items)


@router.get("/documents", response_model=Page, summary="Documents, newest first (without text)")
def api_documents(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, source: Text = None,
                  source_type: Text = None, language: Text = None) -> Page:
    return _page(queries.documents(_store(request), limit, offset, source, source_type, language, period))


@router.get("/documents/{doc_id}", summary="One document: text, sentences and every extraction with offsets")
def api_document(request: Request, doc_id: str) -> dict[str, Any]:
    doc = queries.document(_store(request), doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc


@router.get("/actors", response_model=Page, summary="Actor mentions")
def api_actors(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, code: Text = None,
               sector: Text = None, kind: Text = None, name: Text = None, document: Text = None) -> Page:
    return _page(queries.actors(_store(request), limit, offset, code, sector, kind, name, document, period))


@router.get("/events", response_model=Page, summary="Coded events (PLOVER type, CAMEO code)")
def api_events(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, type: Text = None,
               source: Text = None, target: Text = None, party: Text = None, document: Text = None) -> Page:
    return _page(queries.events(_store(request), limit, offset, type, source, target, party, document, period))


@router.get("/positions", response_model=Page, summary="Positions: who wants what on which issue")
def api_positions(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, issue: Text = None,
                  holder: Text = None, stance: Text = None, document: Text = None) -> Page:
    return _page(queries.positions(_store(request), limit, offset, issue, holder, stance, document, period))


@router.get("/narratives", response_model=Page, summary="Narratives found in documents")
def api_narratives(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, narrative: Text = None,
                   voice: Text = None, outlet: Text = None, document: Text = None) -> Page:
    return _page(queries.narratives(_store(request), limit, offset, narrative, voice, outlet, document, period))


@router.get("/meetings", response_model=Page, summary="Talks rounds and meetings")
def api_meetings(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, location: Text = None,
                 document: Text = None) -> Page:
    return _page(queries.meetings(_store(request), limit, offset, location, document, period))


@router.get("/changes", response_model=Page, summary="New, shifted and repeated positions, newest first")
def api_changes(request: Request, period: Period, limit: Limit = 50, offset: Offset = 0, issue: Text = None,
                holder: Text = None,
                link: Annotated[list[str] | None, Query(description="new, shift and/or repeat")] = None) -> Page:
    kinds = tuple(k for k in (link or ["new", "shift"]) if k in ("new", "shift", "repeat"))
    total, rows = _views(request).latest_changes(period, limit, kinds, issue, holder, offset)
    return Page(total=total, limit=limit, offset=offset, items=rows)


@router.get("/alerts", response_model=Page, summary="What an analyst should see first")
def api_alerts(request: Request, period: Period, limit: Limit = 20) -> Page:
    rows = _views(request).alerts(period, limit)
    return Page(total=len(rows), limit=limit, offset=0, items=rows)


@router.get("/issues", response_model=Page, summary="Issues with positions, and each party's latest stance")
def api_issues(request: Request, period: Period) -> Page:
    latest = _views(request).latest_positions(period)
    rows = []
    for entry in _views(request).call(queries.issues):
        entry["latest"] = {code: row for (issue, code), row in sorted(latest.items()) if issue == entry["issue"]}
        rows.append(entry)
    return Page(total=len(rows), limit=len(rows), offset=0, items=rows)


@router.get("/issues/{issue}/timeline", response_model=Page, summary="Every position on one issue, oldest first")
def api_issue_timeline(request: Request, issue: str, period: Period, limit: Limit = 500,
                       offset: Offset = 0) -> Page:
    rows = _views(request).positions_timeline(issue, period)
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset:offset + limit])


@router.get("/gaps", summary="Gap between parties' latest positions, per issue and pair (0 close, 1 far)")
def api_gaps(request: Request, period: Period) -> dict[str, dict[str, float]]:
    return _views(request).party_gap_matrix(tuple(request.app.state.pack.parties), period)


@router.get("/network", response_model=Page, summary="Who met, made demands of, or rejected whom")
def api_network(request: Request, period: Period, limit: Limit = 200, offset: Offset = 0) -> Page:
    rows = _views(request).actor_network(period)
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset:offset + limit])


@router.get("/parties", response_model=Page, summary="Actor codes with their mentions, positions and events")
def api_parties(request: Request, limit: Limit = 100, offset: Offset = 0) -> Page:
    rows = _views(request).call(queries.parties)
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset:offset + limit])


@router.get("/outlets", response_model=Page, summary="Outlets with their source type and document count")
def api_outlets(request: Request) -> Page:
    rows = _views(request).call(queries.outlets)
    return Page(total=len(rows), limit=len(rows), offset=0, items=rows)


def matches(snippet: str) -> list[str]:
    """The matched words of a snippet, in order."""
    return [part.split(MARK_END, 1)[0] for part in snippet.split(MARK_START)[1:]]


@router.get("/search", response_model=SearchPage, summary="Full-text search: words and \"quoted phrases\"")
def api_search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
               offset: Offset = 0) -> SearchPage:
    total, hits = search(_store(request).engine, q, limit, offset)
    items = [SearchHit(**{**hit.__dict__, "snippet": hit.snippet.replace(MARK_START, "").replace(MARK_END, "")},
                       matches=matches(hit.snippet)) for hit in hits]
    return SearchPage(total=total, limit=limit, offset=offset, query=q, items=items)
