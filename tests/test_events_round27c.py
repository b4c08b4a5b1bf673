"""Round 27c: events whose source the parse gives but the extractor missed."""

from __future__ import annotations

from extracted import events_of


def test_a_relative_clause_without_that_after_a_comma_names_its_own_subject(pack):
    events = events_of(pack, "Moscow offered on Monday to reopen the grain corridor if Western sanctions were eased, "
                             "terms Kyiv swiftly rejected as blackmail.", "2023-08-01")
    assert [(e.source.code, e.target.code) for e in events if e.type == "REJECT"] == [("UKR", "RUS")]
    events = events_of(pack, "Brussels opened accession talks with Georgia on Thursday, a step Tbilisi hailed as a "
                             "turning point.", "2024-03-01")
    assert [e.source.code for e in events if e.type == "SUPPORT"] == ["GEO"]
