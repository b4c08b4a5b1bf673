"""Holders inside relative clauses and listed names, on a real parse: the subject of a relative clause in a
speaker's words holds what it did, a relative clause on a stance noun is its own subject's stance, a verb that
insists on a demand gives the demand its holder, and names listed after an apposition each hold the position."""

from __future__ import annotations

from detente.ingest.document import make_document
from detente.pipeline import extract


def positions_of(pack, text, published="2025-06-03"):
    return extract(make_document("t", text, published=published, lang="en"), pack).positions


def holders(positions, issue):
    return {(p.holder.code, p.stance) for p in positions if p.issue == issue}


def test_a_relative_clause_in_reported_words_is_its_subjects_act(pack):
    found = positions_of(pack, "Lavrov said Moscow wanted to return to the negotiations that Kyiv abandoned "
                               "in the spring of 2022.")
    assert ("UKR", "reject") in holders(found, "talks_format")
    assert ("RUS", "reject") not in holders(found, "talks_format")


def test_a_relative_clause_on_a_demand_is_another_partys_stance(pack):
    found = positions_of(pack, "The Kremlin stuck to its demands for the four regions, which Ukraine has "
                               "rejected.")
    assert {("RUS", "demand"), ("UKR", "reject")} <= holders(found, "territory")


def test_a_demands_content_is_no_relative_clause(pack):
    found = positions_of(pack, "Officials in Kyiv said the offer amounted to Russian demands that Ukraine "
                               "give up territory.")
    assert ("UKR", "reject") not in holders(found, "territory")
    assert ("UKR", "demand") not in holders(found, "territory")


def test_insisting_on_a_demand_makes_the_subject_its_holder(pack):
    found = positions_of(pack, "The Kremlin insists on territorial demands.")
    assert holders(found, "territory") == {("RUS", "demand")}


def test_names_listed_after_an_apposition_each_hold_the_position(pack):
    found = positions_of(pack, "The chancellor, President Macron and President Zelensky endorsed a plan "
                               "for a European reassurance force in Ukraine.")
    assert {"FRA", "UKR"} <= {code for code, _ in holders(found, "security_guarantees")}


def test_a_reporting_verb_in_a_relative_clause_holds_nothing(pack):
    found = positions_of(pack, "Kyiv struck two air bases in a raid that officials said had been planned for months, "
                               "a day before the delegations are due to meet for talks.")
    assert None not in {code for code, _ in holders(found, "talks_format")}
