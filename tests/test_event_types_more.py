"""Event types and targets decided by a cue's frame: arrivals to bring relief, joining exercises, pumping gas,
ordering a halt, blocking access to funds, signing an application, ending a presence, and the target of an act
owned by a possessive."""

from __future__ import annotations

from extracted import event_keys


def coded(pack, text):
    return set(event_keys(pack, text, "2020-05-15"))


def test_arriving_to_distribute_food_is_aid(pack):
    assert ("AID", "USA", "HTI") in coded(pack, "US troops began arriving in Port-au-Prince on Friday to distribute "
                                                "food to survivors.")


def test_arriving_for_talks_stays_a_visit(pack):
    assert ("CONSULT", "TUR", "RUS") in coded(pack, "Turkish Foreign Minister Hakan Fidan arrived in Moscow on "
                                                    "Monday for talks on food exports.")


def test_sending_marines_into_a_city_is_a_deployment_not_an_attack(pack):
    found = coded(pack, "Washington sent 300 Marines into Monrovia on Tuesday.")
    assert not any(t == "ASSAULT" for t, _, _ in found)
    assert any(t == "MOBILIZE" for t, _, _ in found)


def test_joining_anothers_exercises_is_military_cooperation(pack):
    assert ("COOPERATE", "CHN", "RUS") in coded(pack, "Chinese troops joined Russia's naval exercises on Tuesday.")


def test_pumping_gas_to_a_state_is_trade(pack):
    assert coded(pack, "Algeria began pumping natural gas to Italy on Monday.") == {("COOPERATE", "DZA", "ITA")}


def test_ordering_another_state_to_suspend_operations_is_a_demand(pack):
    assert ("REQUEST", "UN", "ISR") in coded(pack, "The UN Security Council ordered Israel on Friday to suspend its "
                                                   "military operations.")


def test_blocking_access_to_reserves_is_a_sanction(pack):
    assert ("SANCTION", "IMF", "LKA") in coded(pack, "The IMF blocked Sri Lanka's access to $2 billion in reserves.")


def test_signing_an_application_is_a_request(pack):
    assert ("REQUEST", "FIN", "NATO") in coded(pack, "Finland signed an application for NATO membership on Sunday.")


def test_ending_a_military_presence_is_a_withdrawal_from_no_party(pack):
    assert coded(pack, "France ended its military presence in Mali on Monday.") == {("RETREAT", "FRA", None)}


def test_a_possessive_act_is_aimed_at_its_own_object_not_the_condemner(pack):
    found = coded(pack, "Moscow condemned Israel's bombing of Gaza on Monday.")
    assert ("ASSAULT", "ISR", "PSE") in found and ("ASSAULT", "ISR", "RUS") not in found
