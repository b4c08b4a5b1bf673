"""Round 27d: a place named only in a relative clause of the object is not the state the object stands for."""

from __future__ import annotations

from extracted import coded, events_of


def test_a_place_in_the_objects_relative_clause_is_not_its_state(pack):
    events = events_of(pack, "Saudi warplanes hit a truck that was bringing fuel from Oman.", "2016-05-02")
    assert "OMN" not in [t for _, _, t in coded(events, "ASSAULT")]
    events = events_of(pack, "Greek coastguards seized a ship that was carrying migrants from Turkey on Monday.",
                       "2016-05-02")
    assert "TUR" not in [t for _, _, t in coded(events, "COERCE")]


def test_the_objects_own_nationality_still_counts_beside_a_relative_clause(pack):
    events = events_of(pack, "Greek coastguards seized a Turkish ship that was carrying migrants from Syria on "
                             "Monday.", "2016-05-02")
    assert [(s, t) for _, s, t in coded(events, "COERCE")] == [("GRC", "TUR")]


def test_bare_police_or_authorities_under_a_dateline_are_the_states_it_names(pack):
    for subject in ("Police", "Authorities"):
        events = events_of(pack, f"COLOMBO, March 3 (Reuters) - {subject} arrested 20 opposition activists on "
                                 "Monday.", "2021-03-03")
        assert [(s, t) for _, s, t in coded(events, "COERCE")] == [("LKA", "LKA")]
