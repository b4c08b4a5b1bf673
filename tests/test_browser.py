"""A real browser (Debian's Chromium, driven by Playwright) against a real ``detente serve`` on the demo store.

Screenshots go to ``test-artifacts/``. Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
HOSTILE = {"id": "hostile", "published": "2025-05-20", "source": "Evil Wire", "source_type": "wire",
           "url": "javascript:window.__pwned='url'",
           "title": "<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='img'\">",
           "text": "Putin met Erdogan in Ankara <img src=x onerror=\"window.__pwned='text'\"> to discuss a ceasefire. "
                   "<svg onload=\"window.__pwned='svg'\"></svg> Ukraine demands a ceasefire before talks "
                   "<script>window.__pwned='script'</script>."}

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)")


def _detente(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "detente.cli", *args], capture_output=True, text=True, check=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "demo.db")
    _detente("demo", "--db", db)
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    _detente("ingest", str(folder / "hostile.jsonl"), "--db", db)
    _detente("analyze", "--db", db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "DETENTE_LOG": "warning"})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/api/outlets", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("detente serve did not start: " + proc.stderr.read1().decode())
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.dialogs = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


PAGES = {"overview": "/", "issues": "/issues", "issue": "/issues/talks_format", "parties": "/parties",
         "party": "/parties/RUS", "documents": "/documents", "narratives": "/narratives",
         "search": "/search?q=Istanbul", "api": "/api/docs",
         "document": "/documents/demo-2025-05-15-zelensky-ankara-low-level-delegation"}


@pytest.mark.parametrize("name", PAGES)
def test_every_page_loads_without_errors(server, page, name):
    response = page.goto(server + PAGES[name])
    assert response.status == 200
    assert page.locator("h1").first.inner_text().strip()
    assert page.evaluate("getComputedStyle(document.querySelector('header.top')).display") == "flex"  # CSS loaded
    _shot(page, name)
    assert page.errors == []  # includes Content-Security-Policy violations


def test_navigation_by_links(server, page):
    page.goto(server + "/")
    page.get_by_role("link", name="Issues", exact=True).click()
    page.wait_for_url("**/issues")
    page.locator("table.matrix a[href^='/issues/']").first.click()
    page.wait_for_url("**/issues/*")
    assert page.locator("svg.chart").count() >= 1
    page.get_by_role("link", name="Documents", exact=True).click()
    page.wait_for_url("**/documents")
    page.locator("a[rel=next]").click()
    page.wait_for_url("**page=2**")
    page.locator("tbody a[href^='/documents/']").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("article.text").inner_text()
    page.get_by_role("link", name="Parties", exact=True).click()
    page.locator("a[href='/parties/UKR']").click()
    page.wait_for_url("**/parties/UKR")
    assert "UKR" in page.locator("h1").inner_text()
    assert page.errors == []


def test_a_highlight_lands_on_the_evidence(server, page):
    doc_id = "demo-2025-05-15-zelensky-ankara-low-level-delegation"
    doc = httpx.get(f"{server}/api/documents/{doc_id}").json()
    for kind in ("positions", "events"):
        row = doc[kind][0]
        key = f"{kind}-{row['id']}"
        page.goto(f"{server}/documents/{doc_id}")
        page.locator(f"a.x[data-x='{key}']").click()
        page.wait_for_function("document.querySelectorAll('mark.active').length > 0")
        marked = page.evaluate(
            "key => Array.from(document.querySelectorAll('mark.hl'))"
            ".filter(m => m.dataset.x.split(' ').includes(key)).map(m => m.textContent).join('')", key)
        assert marked == row["data"]["evidence"]
        active = page.evaluate("Array.from(document.querySelectorAll('mark.active')).map(m => m.textContent).join('')")
        assert active == row["data"]["evidence"]
        assert page.locator(f"#x-{key}").is_visible() or page.locator(f"#x-{key}").count() == 1
    _shot(page, "highlight")


def test_search_finds_a_known_phrase(server, page):
    page.goto(server + "/")
    page.get_by_role("searchbox", name="Search texts").fill('"prisoner swap"')
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=*")
    links = page.locator("ol.hits > li > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert "/documents/demo-2025-05-26-prisoner-swap-memorandum-wait" in links
    assert page.locator("p.snippet mark").count() >= 1
    _shot(page, "search-results")


def test_hostile_document_runs_no_script(server, page):
    for path in ("/documents/hostile", "/documents", "/", "/search?q=ceasefire",
                 "/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", "/parties/RUS"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    assert page.dialogs == []
    page.goto(server + "/documents/hostile")
    assert "<script>window.__pwned='title'</script>" in page.locator("h1").inner_text()
    assert page.locator("article.text img, article.text svg, article.text script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    _shot(page, "hostile")
