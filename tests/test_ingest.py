"""Every reader on files written for the tests, and every kind of bad input."""

from __future__ import annotations

import io
import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from detente.ingest import read
from detente.ingest.normalise import fingerprint
from detente.model import Document, ReadError
from conftest import FIXTURES

MIXED = FIXTURES / "mixed"
BAD = FIXTURES / "bad"


def split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    return docs, errors


def test_text_file_takes_title_from_first_line():
    (doc,) = read([str(MIXED / "wire-report.txt")])
    assert doc.id == "wire-report"
    assert doc.title == "Delegations meet in Istanbul"
    assert doc.text.startswith("Russian and Ukrainian delegations met")
    assert doc.language == "en"


def test_markdown_front_matter_gives_metadata():
    (doc,) = read([str(MIXED / "readout.md")])
    assert (doc.id, doc.published, doc.source, doc.source_type) == (
        "readout-2025-06-02", "2025-06-02", "Office of the President of Ukraine", "official")
    assert "---" not in doc.text and doc.text.startswith("The Ukrainian delegation")


def test_html_keeps_the_article_and_drops_menus_scripts_and_comments():
    (doc,) = read([str(MIXED / "page.html")])
    assert doc.published == "2024-06-14"
    assert "Kremlin sets out terms" in (doc.title or "")
    assert "withdrew its troops from four regions" in doc.text
    for junk in ("Subscribe now", "tracker", "Reader comment", "All rights reserved", "color:red"):
        assert junk not in doc.text


def test_jsonl_reports_bad_lines_and_keeps_the_good_ones():
    docs, errors = split(list(read([str(MIXED / "nested" / "records.jsonl")])))
    assert [d.id for d in docs] == ["rec-1", "rec-2", "rec-4"]
    assert docs[1].published == "2025-05-21T09:30:00+00:00"
    assert len(errors) == 2
    assert "line 3" in errors[0].error and "invalid JSON" in errors[0].error
    assert "line 4" in errors[1].error and "text" in errors[1].error and errors[1].id == "rec-3"


def test_csv_and_json_records(tmp_path):
    docs, errors = split(list(read([str(MIXED / "nested" / "records.csv")])))
    assert [d.id for d in docs] == ["csv-1", "csv-2"] and not errors
    assert docs[0].source == "Continental Press Agency"
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"documents": [{"id": "j1", "text": "Kyiv and Moscow swapped prisoners."},
                                              {"id": "j2", "text": ""}]}))
    docs, errors = split(list(read([str(path)])))
    assert [d.id for d in docs] == ["j1"] and "record 2" in errors[0].error


def test_rss_and_atom_feeds_give_one_document_per_entry():
    docs, errors = split(list(read([str(MIXED / "nested" / "feed.rss"), str(MIXED / "nested" / "atom.xml")])))
    assert not errors
    assert [d.title for d in docs] == ["Moscow repeats its 2022 demands", "Kyiv wants a ceasefire first",
                                       "Third round ends after forty minutes"]
    assert docs[0].published == "2025-05-17" and docs[0].url == "https://example.org/a1"
    assert docs[0].source == "Eastern Flank Monitor"
    assert "<p>" not in docs[0].text and "neutrality" in docs[0].text


def test_directory_is_read_recursively():
    docs, errors = split(list(read([str(MIXED)])))
    assert len(docs) == 11
    assert len(errors) == 2  # the two bad lines of records.jsonl


def test_stdin_takes_json_lines():
    stream = io.BytesIO(b'{"id": "s1", "text": "Peskov said the Kremlin was ready for talks."}\n')
    (doc,) = read(["-"], stdin=stream)
    assert doc.id == "s1"


@pytest.mark.parametrize("name, message", [
    ("latin1.txt", "not UTF-8"),
    ("empty.txt", "empty"),
    ("image.txt", "binary"),
    ("nocolumn.csv", "no text column"),
])
def test_bad_files_get_one_clear_error_each(name, message):
    docs, errors = split(list(read([str(BAD / name)])))
    assert not docs and len(errors) == 1
    assert name in errors[0].error and message in errors[0].error


def test_broken_html_without_text_is_an_error_naming_the_file():
    (item,) = read([str(BAD / "broken.html")])
    assert isinstance(item, ReadError) and "broken.html" in item.error and "text" in item.error


def test_huge_file_is_refused_by_name_and_the_rest_still_read(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"The talks went on. " * (50_000_000 // 19))
    docs, errors = split(list(read([str(huge), str(MIXED / "wire-report.txt")])))
    assert [d.id for d in docs] == ["wire-report"]
    assert "huge.txt" in errors[0].error and "too large" in errors[0].error


def test_missing_path_is_reported():
    docs, errors = split(list(read(["/no/such/file.txt"])))
    assert not docs and "no such file" in errors[0].error


def test_non_english_text_is_flagged(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("Делегации России и Украины встретились в Стамбуле для прямых переговоров впервые с 2022 года.")
    (doc,) = read([str(path)])
    assert doc.language == "ru"


def test_fingerprint_ignores_spacing_case_and_punctuation():
    assert fingerprint("Kyiv  rejected the plan.") == fingerprint("kyiv rejected the plan")
    assert fingerprint("Kyiv rejected the plan.") != fingerprint("Kyiv accepted the plan.")


@pytest.fixture
def http_server():
    """A real HTTP server on loopback serving the fixture folder."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(MIXED))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_reader_fetches_html_and_feeds(http_server):
    docs, errors = split(list(read([f"{http_server}/page.html", f"{http_server}/nested/feed.rss"])))
    assert not errors
    assert docs[0].url == f"{http_server}/page.html" and "four regions" in docs[0].text
    assert [d.title for d in docs[1:]] == ["Moscow repeats its 2022 demands", "Kyiv wants a ceasefire first"]


def test_url_reader_says_when_it_cannot_connect(http_server):
    docs, errors = split(list(read([f"{http_server}/missing.html", "http://127.0.0.1:9/nothing"])))
    assert not docs
    assert "HTTP 404" in errors[0].error
    assert "cannot connect" in errors[1].error and "no network" in errors[1].error
