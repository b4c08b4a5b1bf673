"""The web app and API on a real store built by the real pipeline: lists, paging, filters, evidence offsets,
escaping of hostile text, search, the token and loopback rules, a real uvicorn server, charts and the briefing."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente import jobs
from detente.cli import app as cli
from detente.ontology import load_pack
from detente.report import charts
from detente.report.briefing import build, to_html, to_markdown
from detente.store import Store
from detente.web import create_app
from detente.web.highlight import highlight

CORPUS = Path(__file__).parents[1] / "src" / "detente" / "demo" / "corpus"
DEMO = ["2025-05-15-zelensky-ankara-low-level-delegation.md", "2025-05-16-istanbul-round-one-turkish-mfa.md",
        "2025-06-02-istanbul-round-two-memoranda.md", "2024-06-15-putin-conditions-speech.md",
        "2022-03-29-istanbul-communique.md", "2025-12-24-twenty-point-framework-readout.md"]
HOSTILE = {"id": "hostile", "published": "2025-05-20", "source": "<b>Evil</b> Wire", "source_type": "wire",
           "url": "javascript:window.__pwned=3",
           "title": "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">",
           "text": "Putin met Erdogan in Ankara <img src=x onerror=alert(2)> to discuss a ceasefire. "
                   "Ukraine demands a full ceasefire before talks <script>alert(1)</script>."}
LISTS = ["documents", "actors", "events", "positions", "narratives", "meetings", "changes", "parties", "outlets",
         "issues", "network", "alerts"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("web")
    for name in DEMO:
        shutil.copy(CORPUS / name, folder / name)
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = str(folder / "store.db")
    store = Store(path)
    jobs.ingest(store, [str(folder)])
    jobs.analyze(store, "russia_ukraine")
    store.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.parametrize("name", LISTS)
def test_every_api_list_is_a_page(client, name):
    body = client.get(f"/api/{name}").json()
    assert set(body) == {"total", "limit", "offset", "items"}
    assert body["total"] >= len(body["items"])


def test_paging_and_filters(client):
    first = client.get("/api/positions", params={"limit": 2}).json()
    second = client.get("/api/positions", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] > 4
    assert {p["id"] for p in first["items"]}.isdisjoint(p["id"] for p in second["items"])
    issue = first["items"][0]["issue"]
    only = client.get("/api/positions", params={"issue": issue, "limit": 500}).json()
    assert only["items"] and all(p["issue"] == issue for p in only["items"])
    russia = client.get("/api/events", params={"party": "RUS", "limit": 500}).json()["items"]
    assert russia and all("RUS" in (e["source_code"], e["target_code"]) for e in russia)
    dated = client.get("/api/documents", params={"since": "2025-01-01", "until": "2025-05-31"}).json()["items"]
    assert dated and all("2025-01-01" <= d["published"][:10] <= "2025-05-31" for d in dated)
    assert client.get("/api/documents", params={"limit": 501}).status_code == 422
    assert client.get("/api/documents", params={"since": "May"}).status_code == 422


def test_document_evidence_offsets_point_at_the_evidence(client):
    doc = client.get("/api/documents/demo-2025-05-15-zelensky-ankara-low-level-delegation").json()
    assert doc["positions"] and doc["events"]
    for kind in ("positions", "events"):
        for row in doc[kind]:
            assert doc["text"][row["start"]:row["end"]] == row["data"]["evidence"]
    assert client.get("/api/documents/nothing-here").status_code == 404


def test_document_page_marks_each_extraction(client):
    doc = client.get("/api/documents/demo-2025-05-15-zelensky-ankara-low-level-delegation").json()
    page = client.get("/documents/demo-2025-05-15-zelensky-ankara-low-level-delegation").text
    position = doc["positions"][0]
    assert f'id="x-positions-{position["id"]}"' in page
    pieces = re.findall(r'<mark class="[^"]*" data-x="([^"]*)">([^<]*)</mark>', page)
    marked = "".join(text for keys, text in pieces if f"positions-{position['id']}" in keys.split())
    import html
    assert html.unescape(marked) == position["data"]["evidence"]


def test_hostile_text_is_escaped_on_every_page(client):
    pages = ["/", "/documents", "/documents/hostile", "/search?q=ceasefire", "/issues", "/parties/RUS",
             "/search?q=<script>alert(1)</script>"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.text
        assert "<script>window.__pwned" not in body and "<script>alert" not in body, path
        assert "<img src=x" not in body and "<b>Evil</b>" not in body, path
        assert 'href="javascript:' not in body.lower(), path
        assert "script-src 'self'" in response.headers["content-security-policy"]
    hostile = client.get("/documents/hostile").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in hostile
    assert "javascript:window.__pwned=3" in hostile  # shown as text, never as a link
    assert not re.search(r"<[^>]+\son\w+=", hostile)  # no inline event handler anywhere


def test_search_finds_a_phrase_and_new_documents(client, db):
    hits = client.get("/api/search", params={"q": '"low-level"'}).json()
    assert "demo-2025-05-15-zelensky-ankara-low-level-delegation" in [h["id"] for h in hits["items"]]
    assert all(re.sub(r"\W+", " ", m.lower()) in ("low", "level", "low level") for h in hits["items"] for m in h["matches"])
    assert client.get("/api/search", params={"q": '"level low"'}).json()["total"] == 0
    page = client.get("/search", params={"q": "memoranda"}).text
    assert "<mark>" in page and "Istanbul" in page
    store = Store(db)
    from detente.model import Document
    store.add_document(Document(id="late", text="A zebra-crossing treaty was floated late on Friday."))
    store.close()
    assert [h["id"] for h in client.get("/api/search", params={"q": "zebra"}).json()["items"]] == ["late"]
    assert client.get("/api/search", params={"q": "'\"*^NEAR("}).status_code == 200


def test_openapi_describes_every_list(client):
    spec = client.get("/openapi.json").json()
    for name in LISTS + ["search"]:
        assert f"/api/{name}" in spec["paths"]
    docs = client.get("/api/docs").text
    assert "/api/positions" in docs and "cdn" not in docs.lower()


def test_without_token_only_loopback_hosts_are_answered(db):
    with TestClient(create_app(db), base_url="http://evil.example") as c:
        assert c.get("/").status_code == 421


def test_token_is_required_on_every_request(db):
    secret = "correct-horse-battery"
    with TestClient(create_app(db, token=secret), base_url="http://192.0.2.1", follow_redirects=False) as c:
        for path in ("/", "/api/documents", "/static/app.css", "/openapi.json"):
            assert c.get(path).status_code == 401, path
        assert c.get("/api/documents", headers={"Authorization": "Bearer wrong-token-value"}).status_code == 401
        assert c.get("/api/documents", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
        assert c.get("/?token=wrong").status_code == 401
        first = c.get(f"/documents?page=1&token={secret}")
        assert first.status_code == 303 and first.headers["location"] == "/documents?page=1"
        assert "httponly" in first.headers["set-cookie"].lower()
        assert c.get("/documents").status_code == 200  # the cookie now carries the token


def test_serve_refuses_a_public_address_without_a_token(db):
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "without a token" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_real_server_on_loopback(db):
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        page = httpx.get(base + "/issues")
        assert page.status_code == 200 and "Issues" in page.text
        assert page.headers["x-content-type-options"] == "nosniff"
        assert httpx.get(base + "/api/documents", params={"limit": 3}).json()["total"] >= len(DEMO) + 1
    finally:
        server.should_exit = True
        thread.join(5)


def test_charts_escape_their_labels():
    rows = [{"holder_code": "<b>X</b>", "stance": "demand", "when": "2025-01-02", "statement": "<script>1</script>"},
            {"holder_code": "RUS", "stance": "reject", "when": "2025-03-01", "statement": "no"}]
    svg = charts.stance_timeline(rows, ["RUS"], "t<i>", link=lambda r: "/documents/a\"b")
    assert "<script>" not in svg and "<b>" not in svg and "&lt;b&gt;X&lt;/b&gt;" in svg and 'a&quot;b' in svg
    assert svg.count("<circle") == 2 and "style=" not in svg
    net = charts.network([{"source": "<x>", "target": "RUS", "relation": "met", "count": 2}], "n")
    assert "&lt;x&gt;" in net and "<x>" not in net
    assert "No narratives" in charts.narrative_prevalence({}, "empty")


def test_highlight_handles_overlaps_and_escapes():
    text = "a <b>Putin met Erdogan</b>."
    html = highlight(text, [("actors-1", "actors", 5, 10), ("events-2", "events", 5, 22)],
                     [{"i": 0, "start": 0, "end": len(text)}])
    assert "<b>" not in html and 'id="x-actors-1"' in html and 'id="s-0"' in html
    assert '<mark class="hl hl-actors hl-events" data-x="actors-1 events-2">Putin</mark>' in html
    assert '<mark class="hl hl-events" data-x="events-2"> met Erdogan</mark>' in html


def test_briefing_cites_sentences_separates_voices_and_filters_dates(db):
    store, pack = Store(db), load_pack("russia_ukraine")
    try:
        whole = build(store, pack)
        md = to_markdown(whole)
        assert md == to_markdown(build(store, pack))  # deterministic
        assert "### New and shifted positions" in md and "## Issues" in md and "| Party |" in md
        assert re.search(r"\d+\. sentence \d+: “.+” — .+, (wire|official|analyst|state media|independent)", md)
        assert "said" in md and "assessed" in md
        body = to_html(whole)
        assert "<svg" in body and "<script" not in body.replace("&lt;script", "")
        may = to_markdown(build(store, pack, since="2025-05-01", until="2025-05-31"))
        assert "2022-03-29" not in may and "2025-05-16" in may
    finally:
        store.close()


def test_a_position_whose_issue_the_model_gave_is_marked_inferred_on_its_issue_page(client):
    rows = client.get("/api/positions?limit=500").json()["items"]
    inferred = [p for p in rows if (p.get("data") or p).get("inferred")]
    assert inferred, "the demo documents give the issue model something to add"
    issue = inferred[0]["issue"]
    page = client.get(f"/issues/{issue}").text
    assert 'title="the issue comes from the trained issue model, not a cue phrase">inferred</small>' in page
