"""Round 21: the accused holds the stance of the means of the deed; a verb's negative verdict on a stance noun whose
owner is not named is the judge's rejection."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-04-23"):
    return position_fields(positions_of(pack, text, published))


def test_accused_of_a_deed_by_refusing_the_accused_refuses(pack):
    found = fields(pack, "Donald Trump accused Volodymyr Zelensky on Wednesday of prolonging the killing by refusing "
                         "to give up Crimea.")
    assert ("UKR", "crimea", "reject") in found
    assert all(h != "USA" for h, i, _ in found if i == "crimea")


def test_regarding_an_unowned_demand_as_unacceptable_rejects_it(pack):
    found = fields(pack, "Moscow regards the demand for an immediate 30-day pause as unacceptable.")
    assert [(h, i) for h, i, s in found if i == "ceasefire"] == [("RUS", "ceasefire")]
    assert all(s in {"oppose", "reject"} for h, i, s in found if i == "ceasefire")


def test_a_demand_whose_makers_are_named_stays_theirs(pack):
    found = fields(pack, "The diplomat called the demand by the four European leaders for a thirty-day ceasefire "
                         "an attempt to give the Ukrainian army a respite.")
    assert all(not (h == "RUS" and s == "demand") for h, i, s in found)


def test_describing_a_proposal_as_useful_keeps_the_proposal(pack):
    found = fields(pack, "Kyiv described the proposal for a 30-day ceasefire as useful.")
    assert ("UKR", "ceasefire", "propose") in found
