"""``detente serve``: the web dashboard and JSON API over a store, on loopback unless a token guards it."""

from __future__ import annotations

import ipaddress
import os
import secrets
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..config import default_db, default_pack

err = Console(stderr=True)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the name localhost."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[str, typer.Option("--db", envvar="DETENTE_DB",
                                    help="SQLite file or postgresql:// URL")] = default_db(),
    host: Annotated[str, typer.Option(help="address to bind; anything but loopback needs --token")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="DETENTE_TOKEN",
                                                 help="secret every request must carry (Bearer header or ?token=)")]
    = None,
    pack: Annotated[str, typer.Option("--pack", envvar="DETENTE_PACK", help="ontology pack")] = default_pack(),
) -> None:
    """Serve the dashboard (overview, issues, parties, documents, narratives, search) and the JSON API."""
    import uvicorn

    from ..web import create_app

    if not is_loopback(host) and not token:
        err.print(f"[red]refusing to serve on {host} without a token[/red]: anyone who can reach that address could "
                  f"read the store. Pass --token (or set DETENTE_TOKEN), e.g. --token {secrets.token_urlsafe(16)}, "
                  "or keep the default --host 127.0.0.1.")
        raise typer.Exit(2)
    if token is not None and len(token) < 12:
        err.print("[red]the token is too short[/red]: use at least 12 characters.")
        raise typer.Exit(2)
    try:
        app = create_app(db, token=token, pack=pack)
    except Exception as exc:  # noqa: BLE001 - the engine's message says what is wrong with the URL or server
        err.print(f"[red]cannot open the store {db}: {exc}[/red]")
        raise typer.Exit(2) from None
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    err.print(f"store: {app.state.store.location}\nserving on {url}  (API reference: /api/docs)", markup=False)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("DETENTE_LOG", "warning"))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
