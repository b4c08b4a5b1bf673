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


def test_an_act_submitted_kept_up_restored_or_concluded_is_coded_by_its_noun(pack):
    events = events_of(pack, "Moldova submitted a request for membership of the European Union on Thursday.",
                       "2022-03-03")
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("REQUEST", "MDA", "EU")]
    events = events_of(pack, "Thousands of students kept up their sit-in outside the parliament in Bangkok on Monday.",
                       "2020-10-19")
    assert [(e.type, e.source.code) for e in events] == [("PROTEST", "THA")]
    events = events_of(pack, "Israel and Jordan restored direct air links on Tuesday.", "1994-11-01")
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("COOPERATE", "ISR", "JOR")]
    events = events_of(pack, "Serbian and Kosovar negotiators concluded three days of talks in Brussels on Friday.",
                       "2023-02-24")
    assert [(e.type, e.source.code) for e in events][:1] == [("CONSULT", "SRB")]


def test_arms_sales_banned_are_an_embargo(pack):
    events = events_of(pack, "Canada banned arms sales to Saudi Arabia on Monday.", "2018-10-22")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("SANCTION", "163", "CAN", "SAU")]
    events = events_of(pack, "Gulf states agreed on Friday to recall their envoys from Doha and to ban new arms "
                             "sales to Qatar.", "2017-06-09")
    assert [e.evidence for e in events if e.type == "SANCTION"][-1] == "ban"
