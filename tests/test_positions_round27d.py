"""Round 27d: positions the rules missed — Ukraine's "path into" or "entry into" the European Union names its
membership as much as its "path to" the Union does; "safety at the plant" is the plant's safety, no setting."""

from __future__ import annotations

from extracted import positions_of


def holders(pack, text, issue, published="2025-05-20"):
    return {(p.holder.code, p.stance) for p in positions_of(pack, text, published) if p.issue == issue}


def test_an_entry_into_the_union_is_eu_membership(pack):
    found = holders(pack, "The Chancellor of Austria backed Ukraine's entry into the European Union.", "eu_membership")
    assert found == {("AUT", "support")}


def test_a_path_into_the_union_is_eu_membership(pack):
    found = holders(pack, "Meloni said Ukraine's path into the EU must stay open.", "eu_membership")
    assert found == {("ITA", "support")}


def test_safety_at_a_plant_is_the_plant_s_safety_not_a_setting(pack):
    found = holders(pack, "Sybiha called for safety at the Zaporizhzhia nuclear plant.", "nuclear_plant")
    assert found == {("UKR", "demand")}
