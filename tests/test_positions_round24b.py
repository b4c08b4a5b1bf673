"""Round 24b: settling things "without Ukraine" — denied ("no decisions about Ukraine without Ukraine") it is the
speaker's demand to take part, judged ("any deal struck without Ukraine would be worthless") opposition; a refusal
reported as insisted on stays the refuser's; keeping on working with the parties supports the talks."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_no_deal_about_ukraine_without_ukraine_is_a_demand(pack):
    found = fields(pack, "Sybiha said there would be no deal on Ukraine without Ukraine.")
    assert ("UKR", "talks_format", "demand") in found


def test_decisions_that_must_not_be_taken_without_kyiv(pack):
    found = fields(pack, "Merz said no decisions about Ukraine can be made without Ukraine.")
    assert ("DEU", "talks_format", "demand") in found
    assert not any(h == "DEU" and i == "talks_format" and s in {"oppose", "reject"} for h, i, s in found)


def test_peace_that_cannot_be_settled_without_kyiv(pack):
    found = fields(pack, "Starmer said the future of Ukraine could not be settled without Kyiv.")
    assert ("GBR", "talks_format", "demand") in found


def test_no_talks_without_ukraine_is_no_refusal_of_talks(pack):
    found = fields(pack, "Kallas said there could be no talks about Ukraine without Ukraine.")
    assert ("EU", "talks_format", "demand") in found
    assert not any(i == "talks_format" and s in {"oppose", "reject"} for h, i, s in found)


def test_a_deal_struck_without_ukraine_judged_worthless_is_opposed(pack):
    found = fields(pack, "Tusk warned that any agreement struck without Ukraine would be worthless.")
    assert ("POL", "talks_format", "oppose") in found


def test_a_meeting_held_without_ukraine_holds_no_position(pack):
    found = fields(pack, "Washington and Moscow met in Riyadh without Ukraine.")
    assert not any(i == "talks_format" and s in {"demand", "oppose"} for h, i, s in found)


def test_insisting_that_another_party_already_refused_reports_its_refusal(pack):
    found = fields(pack, "Zakharova insisted that Kyiv had refused the truce offered at Easter.")
    assert ("UKR", "ceasefire", "reject") in found
    assert not any(h == "RUS" and i == "ceasefire" and s == "demand" for h, i, s in found)


def test_keeping_on_working_with_both_sides_supports_the_talks(pack):
    found = fields(pack, "The US envoy said Washington would keep working with both parties.")
    assert ("USA", "talks_format", "support") in found


def test_agreeing_to_keep_consulting_supports_the_talks(pack):
    found = fields(pack, "Russian and American officials agreed to keep consulting.")
    assert {("RUS", "talks_format", "support"), ("USA", "talks_format", "support")} <= found


def test_working_with_partners_on_arms_stays_on_the_arms(pack):
    found = fields(pack, "Germany will continue to work with partners to strengthen Ukraine's air defences.")
    assert not any(i == "talks_format" for h, i, s in found)
