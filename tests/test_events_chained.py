"""Chained events: a second act told in the same sentence as the first, with its own source and target."""

from __future__ import annotations

import extracted


def events_of(pack, text, published="2023-07-30"):
    return extracted.events_of(pack, text, published)


def test_a_gerund_joined_to_a_threat_is_done_not_threatened(pack):
    events = events_of(pack, "The African Union gave Mali's junta two weeks on Sunday to hold elections, "
                             "threatening to use force and imposing immediate financial sanctions.")
    kinds = {(e.type, e.source.code, e.target and e.target.code) for e in events}
    assert ("SANCTION", "AU", "MLI") in kinds
    assert ("THREATEN", "AU", "MLI") in kinds


def test_time_given_to_act_is_a_demand_not_a_gift(pack):
    events = events_of(pack, "West African leaders gave Niger's junta a week on Sunday to reinstate President "
                             "Mohamed Bazoum.")
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("REQUEST", "ECOWAS", "NER")]
