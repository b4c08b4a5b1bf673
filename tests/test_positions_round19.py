"""Round 19: a harm renounced is an assurance, "he" after a clause about a named person's aim, greetings."""

from __future__ import annotations

from extracted import position_keys, positions_of


def test_no_intention_of_attacking_is_support_for_european_security(pack):
    found = position_keys(pack, "Lavrov told reporters that Moscow had no plans to attack Europe.")
    assert ("RUS", "european_security", "support") in found
    assert ("RUS", "european_security", "reject") not in found


def test_would_never_invade_is_an_assurance(pack):
    found = position_keys(pack, "Peskov insisted Russia would never attack Europe.")
    assert ("RUS", "european_security", "support") in found


def test_no_intention_of_negotiating_stays_negative(pack):
    found = position_keys(pack, "Zakharova said Moscow had no intention of negotiating a ceasefire with Kyiv.")
    assert not any(k[1] == "ceasefire" and k[2] == "support" for k in found)


def test_he_after_a_clause_about_a_named_persons_aim_is_that_person(pack):
    found = position_keys(pack, "Keir Starmer said Europe stood ready to help. Putin's goal has not changed since "
                                "2022: he wants all of Donbas.")
    assert ("RUS", "territory", "demand") in found
    assert not any(k[0] == "GBR" and k[1] == "territory" for k in found)


def test_greeting_the_hosts_of_talks_is_no_position(pack):
    assert positions_of(pack, "Poland's foreign minister greeted the Saudi hosts of the talks.") == []


def test_a_named_partys_initiative_recalls_that_partys_proposal(pack):
    found = position_keys(pack, "Brazil put forward a plan for an immediate ceasefire along the front line. Kyiv "
                                "rejected Brazil's initiative.")
    assert ("UKR", "ceasefire", "reject") in found


def test_readiness_to_accept_a_recalled_proposal_is_the_holders(pack):
    found = position_keys(pack, "Ankara proposed a halt to strikes on Black Sea shipping. Kyiv expressed its "
                                "readiness to accept the Turkish proposal.")
    assert any(k[0] == "UKR" and k[2] in {"support", "accept"} for k in found)


def test_a_demand_among_what_a_party_tabled_is_that_partys(pack):
    found = position_keys(pack, "Moscow had tabled several non-starters in Geneva, including a demand that Kyiv "
                                "withdraw its forces from the rest of Donbas.")
    assert ("RUS", "territory", "demand") in found
    assert not any(k[0] == "UKR" and k[1] == "territory" for k in found)


def test_a_stance_under_without_is_not_taken(pack):
    found = position_keys(pack, "Erdogan and Putin talked for four hours in Sochi but came away without announcing a "
                                "truce.")
    assert not any(k[1] == "ceasefire" and k[2] == "support" for k in found)


def test_what_is_asked_in_exchange_for_a_concession_is_demanded(pack):
    found = position_keys(pack, "Sandu said Moldova was ready to drop its bid to join NATO in exchange for "
                                "security guarantees.")
    assert ("MDA", "security_guarantees", "demand") in found


def test_a_working_group_is_a_talks_format(pack):
    found = position_keys(pack, "Russia and Ukraine agreed on Friday to set up a military working group.")
    assert {("RUS", "talks_format", "support"), ("UKR", "talks_format", "support")} <= found


def test_no_settlement_without_something_is_a_requirement(pack):
    found = position_keys(pack, "Lavrov said no settlement is possible without removing the root causes of the "
                                "conflict.")
    assert not any(k[0] == "RUS" and k[2] in {"reject", "oppose"} for k in found)
    assert any(k[0] == "RUS" and k[2] == "demand" for k in found)


def test_no_talks_alone_is_still_a_refusal(pack):
    assert ("EU", "talks_format", "reject") in position_keys(pack, "Kallas said there would be no negotiations with "
                                                                   "Moscow.")


def test_not_announcing_something_is_no_refusal(pack):
    found = position_keys(pack, "Macron did not announce new sanctions on Monday.")
    assert not any(k[0] == "FRA" and k[1] == "sanctions" for k in found)
    assert ("FRA", "sanctions", "support") in position_keys(pack, "Macron announced new sanctions on Monday.")
