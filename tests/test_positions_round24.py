"""Round 24: a party's stance, position, terms or demands called unacceptable are its war aims, rejected; a
specific issue named beside them keeps the position on that issue."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_calling_russias_stance_unacceptable_rejects_its_war_aims(pack):
    found = fields(pack, "Macron said Russia's position at the talks was unacceptable.")
    assert ("FRA", "war_aims", "oppose") in found or ("FRA", "war_aims", "reject") in found


def test_putins_terms_dismissed_by_a_minister(pack):
    found = fields(pack, "Poland's foreign minister said Putin's terms were unacceptable to any sovereign state.")
    assert any(h == "POL" and i == "war_aims" and s in {"oppose", "reject"} for h, i, s in found)


def test_sanctions_that_will_not_change_russias_position_stay_on_sanctions(pack):
    found = fields(pack, "The Kremlin said fresh EU sanctions would not change Russia's position.")
    assert any(i == "sanctions" for h, i, s in found) and not any(i == "war_aims" for h, i, s in found)


def test_it_after_a_partys_paper_is_the_papers_owner(pack):
    text = ("Moscow's refusal to reciprocate suggested it was readying another ultimatum, Sybiha said. "
            "Ukraine's roadmap, shown to reporters on Friday, opens with a month-long truce. "
            "It says Ukraine must not be forced into neutrality.")
    found = fields(pack, text)
    assert any(h == "UKR" and i == "alliance_neutrality" for h, i, s in found)
    assert not any(h == "RUS" and i == "alliance_neutrality" for h, i, s in found)


def test_delegations_of_two_named_states_each_hold_the_position(pack):
    found = fields(pack, "Ukrainian and US delegations met in Miami to continue work on the peace plan.")
    holders = {h for h, i, s in found if i == "talks_format"}
    assert {"UKR", "USA"} <= holders


def test_refusing_to_give_away_any_land_rejects_on_territory(pack):
    found = fields(pack, "Ukraine would not hand over any land to Russia, Sybiha told reporters.")
    assert ("UKR", "territory", "reject") in found


def test_not_an_inch_is_about_territory(pack):
    found = fields(pack, "Zelensky vowed that Ukraine would not surrender an inch of its soil.")
    assert any(h == "UKR" and i == "territory" and s in {"reject", "oppose"} for h, i, s in found)


def test_vowing_never_to_recognise_the_annexation_rejects_it(pack):
    found = fields(pack, "Sandu pledged that Moldova would never recognise the annexation of the four regions.")
    assert any(h == "MDA" and i == "territory" and s in {"reject", "oppose"} for h, i, s in found)
    assert not any(h == "MDA" and i == "territory" and s == "support" for h, i, s in found)


def test_talks_that_only_date_a_strike_hold_no_position(pack):
    found = fields(pack, "Hours before the talks opened, Russian drones struck a power plant near Sumy.")
    assert not found


def test_weapons_hold_no_position(pack):
    found = fields(pack, "Zelensky asked for long-range missiles that would push Moscow toward real diplomacy.")
    assert all(h != "RUS" or i != "talks_format" for h, i, s in found)
    assert ("UKR", "military_limits", "demand") in found


def test_insisting_that_another_party_abandon_land_demands_it(pack):
    found = fields(pack, "Lavrov insisted that Kyiv abandon the parts of Donetsk it still holds.")
    assert ("RUS", "territory", "demand") in found and ("RUS", "territory", "reject") not in found
