"""Events nested inside another predicate's phrase that are acts of their own."""

from __future__ import annotations

import extracted


def events_of(pack, text, published="2025-05-15"):
    return extracted.events_of(pack, text, published)


def test_a_conjoined_concession_in_a_reported_clause_is_coded(pack):
    events = events_of(pack, "Serbia announced on Monday that it would give up its claim to the region and let "
                             "international monitors verify the pullout.")
    assert {e.cameo for e in events if e.source.code == "SRB"} >= {"080", "0862"}


def test_a_nationality_s_request_is_its_states_appeal(pack):
    events = events_of(pack, "Austria turned down a Hungarian request to send troops to the border.")
    assert any(e.type == "REQUEST" and e.source.code == "HUN" and e.target.code == "AUT" for e in events)


def test_an_act_the_subject_did_before_is_an_event_of_its_own(pack):
    events = events_of(pack, "Biden declared the negotiations with the Taliban over on Monday, two days after "
                             "calling off a secret meeting with the insurgents' leaders.")
    assert any(e.type == "REJECT" and e.evidence == "calling off" and e.source.code == "USA" for e in events)


def test_an_act_the_reported_one_undoes_is_background(pack):
    events = events_of(pack, "Peru's president lifted the state of emergency on Friday, a month after imposing it.")
    assert [e.cameo for e in events] == ["0814"]
