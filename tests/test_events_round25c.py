"""Round 25c: the protests a ruler fell after."""

from __future__ import annotations

from extracted import coded, events_of


def test_a_leader_resigning_after_weeks_of_protests_was_protested_against(pack):
    events = events_of(pack, "Kyrgyz President Askar Akayev resigned on Monday after three weeks of street "
                             "protests in Bishkek.", "2005-04-04")
    assert coded(events, "PROTEST") == [("141", "KGZ", "KGZ")]
    assert coded(events, "RETREAT") == [("0831", "KGZ", None)]


def test_a_leader_ousted_after_months_of_protests_was_protested_against(pack):
    events = events_of(pack, "Omar al-Bashir was ousted by the army on Thursday after months of protests.",
                       "2019-04-11")
    assert ("141", "SDN", "SDN") in coded(events, "PROTEST")


def test_protests_a_government_retreats_after_are_not_made_its_own(pack):
    events = events_of(pack, "The Serbian government scrapped the mining project on Thursday after weeks of "
                             "protests.", "2024-08-08")
    assert coded(events, "PROTEST") == []


def test_a_nuclear_blast_answering_another_states_tests_aims_at_no_one(pack):
    events = events_of(pack, "France answered Britain's tests of last month with four nuclear blasts of its own in "
                             "the Pacific on Sunday.", "1995-09-10")
    assert coded(events, "MOBILIZE") == [("150", "FRA", None)]


def test_a_crowd_protesting_while_it_pelts_an_embassy_makes_one_protest(pack):
    events = events_of(pack, "Hundreds of Serbian students hurled stones at the German embassy in Belgrade on Friday, "
                             "protesting against the arrest of a Serbian diplomat at their embassy in Berlin.",
                       "2024-03-01")
    assert [(e.type, e.cameo, e.source.code, e.target and e.target.code) for e in events] == [
        ("PROTEST", "145", "SRB", "DEU")]
