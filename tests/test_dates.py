"""Event dates resolved against the publication date."""

from datetime import date

import pytest

from detente.extract.dates import resolve

BASE = date(2025, 5, 16)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", "2025-05-13"), ("Friday", "2025-05-16"), ("yesterday", "2025-05-15"),
    ("last week", "2025-05-09"), ("16 May", "2025-05-16"), ("May 2, 2025", "2025-05-02"),
    ("June 2", "2024-06-02"), ("in 2022", "2022"), ("March 2022", "2022-03"), ("the spring of 2022", "2022"),
    ("2025-06-02", "2025-06-02"), ("31 February", None), ("two days ago", "2025-05-14"),
])
def test_dates_relative_to_publication(text, expected):
    assert resolve(text, BASE) == expected


def test_without_a_publication_date_only_absolute_dates_resolve():
    assert resolve("on Tuesday", None) is None
    assert resolve("May 2, 2025", None) == "2025-05-02"


def test_an_event_takes_the_date_of_its_own_clause_not_of_a_clause_inside_it(pack):
    from detente.ingest.document import make_document
    from detente.pipeline import extract
    text = ("Russian and Ukrainian negotiators held their first talks since Moscow launched its invasion last "
            "Thursday. Putin said on Tuesday that he had met Trump in Alaska last week.")
    events = extract(make_document("d", text, published="2025-05-16"), pack).events
    assert {(e.evidence.split()[0], e.date) for e in events if e.type == "CONSULT"} == {
        ("held", "2025-05-16"), ("met", "2025-05-09")}
