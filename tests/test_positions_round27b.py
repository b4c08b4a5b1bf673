"""Round 27b: what talks did not achieve, what a "whether" clause leaves open and what is "not yet confirmed" are
no one's stance; a deal that "must rule out" something is a demand."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_no_progress_toward_a_truce_is_no_stance(pack):
    found = fields(pack, "The two delegations met in Geneva on Tuesday and agreed to return the bodies of the dead, "
                         "but made no progress toward a truce.")
    assert not any(i == "ceasefire" for _, i, _ in found)


def test_no_progress_in_a_meeting_is_no_stance_on_the_talks(pack):
    found = fields(pack, "The foreign ministers of Russia and Ukraine made no progress towards a ceasefire in their "
                         "talks on Monday.")
    assert not found


def test_no_progress_toward_a_wanted_truce_keeps_who_wants_it(pack):
    found = fields(pack, "The delegations swapped prisoners but made no progress towards the ceasefire that Kyiv has "
                         "demanded.")
    assert ("UKR", "ceasefire", "demand") in found


def test_not_saying_whether_is_no_stance(pack):
    assert not fields(pack, "The Kremlin did not say whether Putin would attend the talks in Geneva.")
    assert not fields(pack, "Washington has not said whether it will back the special tribunal.")


def test_declining_to_say_whether_is_no_stance(pack):
    assert not fields(pack, "Peskov declined to say whether Putin would meet Zelensky in Geneva.")


def test_a_whether_clause_apart_from_what_is_said(pack):
    found = fields(pack, "Trump said he would know within a week whether Putin was serious, and that the United "
                         "States would respond with tougher sanctions if he was not.")
    assert any(h == "USA" and i == "sanctions" for h, i, _ in found)


def test_not_yet_confirmed_is_no_stance(pack):
    assert not fields(pack, "Kyiv has not yet confirmed its participation in the talks.")
    assert not fields(pack, "Kyiv has not yet confirmed that it will attend the talks.")


def test_must_rule_out_is_a_demand(pack):
    found = fields(pack, "Lavrov said that any truce would have to rule out Kyiv rearming with Western weapons.")
    assert ("RUS", "ceasefire_conditions", "demand") in found
    assert ("RUS", "ceasefire_conditions", "reject") not in found
