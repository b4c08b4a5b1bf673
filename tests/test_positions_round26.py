"""Round 26: a ban on talks refuses them (not a demand), held by whoever bars itself, is bound by the decree or
signed it; one who reports that a leader's term or mandate has expired or run out rejects his legitimacy; a party said
to drag out or prolong the war opposes a ceasefire; "there were no plans for …" refuses what was not planned."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_a_party_that_bars_itself_from_talks_rejects_them(pack):
    found = fields(pack, "Lavrov said the Kiev authorities had prohibited themselves from holding negotiations.")
    assert ("UKR", "talks_format", "reject") in found
    assert not any(i == "talks_format" and s == "demand" for h, i, s in found)


def test_the_signer_of_a_decree_banning_talks_rejects_them(pack):
    found = fields(pack, "Zakharova said the decree Zelensky signed in 2022 banning any negotiations with the "
                         "Kremlin was still in force.")
    assert ("UKR", "talks_format", "reject") in found
    assert ("RUS", "talks_format", "reject") not in found


def test_the_party_bound_by_a_decree_banning_talks_rejects_them(pack):
    found = fields(pack, "Peskov said the Ukrainian side remained bound by a decree prohibiting talks with Putin.")
    assert ("UKR", "talks_format", "reject") in found
    assert ("RUS", "talks_format", "reject") not in found


def test_a_ban_on_joining_an_alliance_is_still_demanded(pack):
    found = fields(pack, "The Kremlin demands that Ukraine be barred from joining NATO.")
    assert ("RUS", "alliance_neutrality", "demand") in found


def test_one_who_says_a_leaders_mandate_expired_rejects_his_legitimacy(pack):
    found = fields(pack, "Peskov said it was unclear who could sign a treaty, since Zelensky's mandate expired in May.")
    assert ("RUS", "elections_governance", "reject") in found
    assert not any(h == "UKR" and i == "elections_governance" for h, i, s in found)


def test_a_mandate_that_ran_out_is_a_term_of_office_not_a_delegations(pack):
    found = fields(pack, "Lavrov said Zelensky's mandate had run out.")
    assert ("RUS", "elections_governance", "reject") in found
    assert not any(i == "talks_format" for h, i, s in found)


def test_a_delegations_mandate_stays_with_the_talks(pack):
    found = fields(pack, "Kyiv said its delegation had a mandate to discuss a ceasefire.")
    assert not any(i == "elections_governance" for h, i, s in found)


def test_a_party_said_to_drag_out_the_war_opposes_a_ceasefire(pack):
    found = fields(pack, "Sybiha said the night's missile strikes showed Moscow was dragging out the war.")
    assert ("RUS", "ceasefire", "oppose") in found
    assert ("UKR", "ceasefire", "oppose") not in found


def test_prolonging_the_war_only_as_a_condition_is_no_stance_of_the_prolonger(pack):
    found = fields(pack, "Kallas said the assets would stay frozen for as long as Moscow continues the war.")
    assert not any(h == "RUS" for h, i, s in found)


def test_a_quoted_speaker_who_says_the_mandate_ran_out_rejects_it(pack):
    found = fields(pack, "Peskov spoke to reporters in Moscow.\n\n\"Zelensky's mandate has run out. Someone else "
                         "will have to sign,\" Peskov said.")
    assert ("RUS", "elections_governance", "reject") in found


def test_there_being_no_plans_for_a_deployment_rejects_it(pack):
    found = fields(pack, "Rutte told reporters there were no plans for NATO combat troops on the ground in Ukraine.")
    assert not any(s == "propose" for h, i, s in found)
    assert any(s == "reject" for h, i, s in found)


def test_no_plan_that_ignores_something_is_not_a_refusal_of_the_plan(pack):
    found = fields(pack, "Macron said there can be no plan for a ceasefire that ignores Ukraine.")
    assert not any(i == "ceasefire" and s == "reject" for h, i, s in found)
