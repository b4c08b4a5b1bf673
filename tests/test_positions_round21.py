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


LEDE = ("Russia, Ukraine hold first direct talks in three years, agree on prisoner swap\n\nBy Staff Reporters\n\n"
        "May 16, 2025 4:12 PM GMT+3 Updated 2 hours ago\n\nISTANBUL, May 16 (Reuters) - Russian and Ukrainian "
        "negotiators met in Istanbul on Friday for their first face-to-face peace talks since the early weeks of the "
        "war, agreeing to a large prisoner exchange but making no progress toward a ceasefire.")


def test_a_paragraph_after_a_sentence_does_not_change_its_positions(pack):
    alone = positions_of(pack, LEDE, "2025-05-16")
    followed = positions_of(pack, LEDE + "\n\nThe meeting at the Dolmabahce Palace lasted less than two hours, "
                                          "Turkish officials said.", "2025-05-16")
    lede = {(p.holder.code, p.issue, p.stance) for p in alone if p.sentence == 4}
    assert ("RUS", "prisoners_children", "accept") in lede
    assert {(p.holder.code, p.issue, p.stance) for p in followed if p.sentence == 4} == lede


def test_not_bowing_to_pressure_to_accept_a_truce_rejects_it(pack):
    found = fields(pack, "Russia would not bow to pressure from Europe to accept a ceasefire.", "2025-05-12")
    assert ("RUS", "ceasefire", "reject") in found
    assert ("RUS", "ceasefire", "accept") not in found


def test_bowing_to_pressure_to_accept_a_truce_accepts_it(pack):
    assert ("RUS", "ceasefire", "accept") in fields(pack, "Russia bowed to pressure from Europe to accept a "
                                                          "ceasefire.", "2025-05-12")


def test_according_to_a_leader_named_by_role_credits_his_state(pack):
    found = fields(pack, "According to the Russian leader, the conversation was very useful.", "2025-05-19")
    assert found == {("RUS", "talks_format", "support")}


def test_talks_judged_useful_among_other_words_are_supported(pack):
    found = fields(pack, "Putin said the conversation was informative and useful.", "2025-05-19")
    assert ("RUS", "talks_format", "support") in found


def test_saying_the_other_side_would_use_a_truce_to_rearm_opposes_the_truce(pack):
    found = fields(pack, "Peskov said Kyiv would use a ceasefire to regroup and rearm.", "2025-05-21")
    assert ("RUS", "ceasefire", "oppose") in found
    assert all(h != "UKR" for h, _, _ in found)


def test_calls_for_a_truce_to_give_a_breather_are_opposed_by_who_says_so(pack):
    found = fields(pack, "Western countries are using calls for a ceasefire to give the Kiev regime a breather, "
                         "Lavrov said.", "2025-05-21")
    assert ("RUS", "ceasefire", "oppose") in found
    assert not any(h == "RUS" and s not in {"oppose", "reject"} for h, _, s in found)


def test_wanting_a_truce_to_save_lives_is_still_wanting_it(pack):
    assert ("UKR", "ceasefire", "demand") in fields(pack, "Zelensky said Ukraine wants a ceasefire to save lives.",
                                                    "2025-05-21")


def test_demanding_that_another_abandon_its_bid_is_a_demand(pack):
    found = fields(pack, "Moscow demanded that Ukraine abandon its bid to join NATO.", "2025-06-03")
    assert ("RUS", "alliance_neutrality", "demand") in found
    assert ("UKR", "alliance_neutrality", "reject") not in found


def test_abandoning_its_own_bid_still_rejects(pack):
    assert ("UKR", "alliance_neutrality", "reject") in fields(pack, "Ukraine abandoned its bid to join NATO.")


def test_dropping_a_demand_as_the_means_of_another_act_stays_a_refusal(pack):
    found = fields(pack, "By dropping its demand for a truce before a settlement, the White House has quietly "
                         "adopted the Kremlin's preferred sequence.", "2025-08-20")
    assert ("USA", "ceasefire", "support") not in found


def test_bare_verbs_hung_on_demands_are_on_the_list_demanded(pack):
    found = fields(pack, "Russia demands that Ukraine withdraw its forces from the four regions, abandon its bid to "
                         "join NATO, cap the size of its army and hold elections.", "2025-06-03")
    assert {("RUS", "alliance_neutrality", "demand"), ("RUS", "military_limits", "demand")} <= found
    assert not any(s == "reject" for _, _, s in found)


def test_a_second_finite_verb_after_a_demand_keeps_its_own_stance(pack):
    assert ("RUS", "talks_format", "reject") in fields(pack, "Russia demands a ceasefire and rejects talks.")


def test_telling_a_party_to_accept_a_truce_demands_it(pack):
    assert fields(pack, "Macron told Putin to accept a ceasefire.", "2025-05-10") == {("FRA", "ceasefire", "demand")}


def test_telling_reporters_what_one_is_ready_for_keeps_the_readiness(pack):
    assert ("RUS", "talks_format", "support") in fields(pack, "Putin told reporters that Russia was ready for talks.")
