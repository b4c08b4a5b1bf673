"""Round 23: pressure deflected, demands sidestepped and sanctions staved off oppose; diplomacy, a call with Putin
and a trip to Istanbul name the talks."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_deflecting_pressure_for_a_truce_opposes_it(pack):
    found = fields(pack, "Analysts said the Kremlin used the call to deflect Western pressure for a 30-day truce.")
    assert ("RUS", "ceasefire", "oppose") in found


def test_staving_off_sanctions_opposes_them(pack):
    found = fields(pack, "Moscow offered a memorandum in an effort to stave off new US sanctions, diplomats said.")
    assert ("RUS", "sanctions", "oppose") in found


def test_sidestepping_a_demand_is_no_demand(pack):
    found = fields(pack, "Russia sidestepped the European demand for an unconditional ceasefire.")
    assert ("RUS", "ceasefire", "demand") not in found and ("RUS", "ceasefire", "oppose") in found


def test_commitment_to_diplomacy_is_about_the_talks(pack):
    found = fields(pack, "Berlin remains committed to diplomacy, Merz said on Tuesday.")
    assert ("DEU", "talks_format", "support") in found


def test_a_call_planned_with_putin_is_about_the_talks(pack):
    found = fields(pack, "Trump said he would speak with Putin by phone on Monday.")
    assert any(h == "USA" and i == "talks_format" for h, i, s in found)
