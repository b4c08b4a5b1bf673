"""The FastAPI application: server-rendered pages, a JSON API and static files, behind strict security headers.

Article text, titles and URLs are untrusted: templates autoescape, charts escape their own text, and the
Content-Security-Policy allows scripts and styles from this server only (no inline code, no other origins).
Without a token the app answers only requests addressed to a loopback host name (against DNS rebinding); with
one, every request must carry it.
"""

from __future__ import annotations

import hmac
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..ontology import load_pack
from ..store import Store
from ..store.search import ensure_search
from .cache import CachedViews

HERE = Path(__file__).parent
COOKIE = "detente_token"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin",
           "Cross-Origin-Resource-Policy": "same-origin"}


def _host_name(request: Request) -> str:
    host = request.headers.get("host", "")
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _token_ok(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    candidates = [given[7:] if given.lower().startswith("bearer ") else "", request.cookies.get(COOKIE, "")]
    return any(c and hmac.compare_digest(c.encode(), token.encode()) for c in candidates)


def _refuse(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"detail": message}, status_code=status)
    return PlainTextResponse(message, status_code=status)


def create_app(db_url: str, token: str | None = None, pack: str = "russia_ukraine") -> FastAPI:
    """The app over the store at ``db_url``; with ``token`` every request must present it."""
    from . import api, pages

    store = Store(db_url)
    ensure_search(store.engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="detente", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Source-cited records of the negotiations: documents, actors, events, positions, "
                              "narratives and meetings, each with its evidence. Lists are paged with "
                              "`limit` and `offset`; every list a page shows is here.")
    app.state.store = store
    app.state.views = CachedViews(store)
    app.state.pack = load_pack(pack)
    app.state.token = token

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if token is None and _host_name(request) not in LOOPBACK_NAMES:
            response = _refuse(request, 421, "this server answers only on a loopback address (127.0.0.1)")
        elif token is not None and not _token_ok(request, token):
            given = request.query_params.get("token")
            if given and hmac.compare_digest(given.encode(), token.encode()):
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response = RedirectResponse(target, status_code=303)
                response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
            else:
                response = _refuse(request, 401, "a token is required: send 'Authorization: Bearer TOKEN' or open "
                                                 "the address printed by 'detente serve' (it ends in ?token=...)")
        else:
            response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return pages.render(request, "error.html", status=exc.status_code, status_code=exc.status_code,
                            detail=str(exc.detail))

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    return app
