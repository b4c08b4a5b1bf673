"""Round 18 of the position rules: lists of national adjectives as holders, documents owned by the party named
before them (not by one named later), threats of sanctions in a warning, new ceasefire and prisoner cues, and
"with no truce in sight"."""

from __future__ import annotations

from extracted import analysis_of, position_fields


def positions_of(pack, text, published="2025-05-20"):
    return analysis_of(pack, text, published).positions


def keys(positions):
    return position_fields(positions)


def test_a_list_of_national_adjectives_gives_each_state(pack):
    found = keys(positions_of(pack, "The Italian, Spanish and Dutch ministers called for a ceasefire on Monday."))
    assert {("ITA", "ceasefire", "demand"), ("ESP", "ceasefire", "demand"), ("NLD", "ceasefire", "demand")} <= found


def test_a_bloc_adjective_beside_a_state_stays_a_group(pack):
    found = keys(positions_of(pack, "European and Ukrainian officials demanded a truce before any talks."))
    assert ("UKR", "ceasefire", "demand") in found and (None, "ceasefire", "demand") in found


def test_a_document_belongs_to_the_party_named_before_not_after(pack):
    text = ("Observers said the memorandum that Moscow handed over last week repeats old demands. "
            "The paper's second part seeks the lifting of all Western sanctions. "
            "Kyiv's own memorandum, by contrast, puts a full ceasefire first.")
    found = keys(positions_of(pack, text))
    assert ("RUS", "sanctions", "demand") in found
    assert ("UKR", "sanctions", "demand") not in found


def test_a_warning_that_a_refusal_meets_sanctions_is_a_threat(pack):
    found = keys(positions_of(pack, "London warned the Kremlin that any refusal would be met with harsher sanctions."))
    assert ("GBR", "sanctions", "condition") in found
    assert ("GBR", "sanctions", "oppose") not in found


def test_a_warning_about_sanctions_themselves_stays_opposition(pack):
    found = keys(positions_of(pack, "Budapest warned that the sanctions would hurt farmers across the region."))
    assert ("HUN", "sanctions", "condition") not in found


def test_halting_all_fighting_is_a_ceasefire(pack):
    found = keys(positions_of(pack, "Paris demanded that Moscow halt all fighting along the front for a month."))
    assert ("FRA", "ceasefire", "demand") in found


def test_captured_soldiers_are_the_prisoner_issue(pack):
    found = keys(positions_of(pack, "Kyiv and Moscow agreed on Tuesday on a swap of captured soldiers."))
    assert {("UKR", "prisoners_children", "accept"), ("RUS", "prisoners_children", "accept")} <= found


def test_no_truce_in_sight_is_no_ones_refusal(pack):
    text = "The envoys agreed on a swap of captured soldiers, but the meeting ended with no truce in sight."
    assert not any(p.issue == "ceasefire" for p in positions_of(pack, text))


def test_delaying_a_step_opposes_it(pack):
    found = keys(positions_of(pack, "Moscow is once more delaying the next round of direct negotiations."))
    assert ("RUS", "talks_format", "oppose") in found


def test_a_delay_in_agreeing_belongs_to_its_owner(pack):
    found = keys(positions_of(pack, "The minister said the new measures answer the Kremlin's delay in agreeing to "
                                    "a truce."))
    assert any(h == "RUS" and i == "ceasefire" and s in {"oppose", "reject"} for h, i, s in found)



def test_ought_to_is_a_demand(pack):
    found = keys(positions_of(pack, "Warsaw said Brussels ought to adopt further sanctions before the summer."))
    assert ("POL", "sanctions", "demand") in found


def test_a_paper_passed_to_the_other_side_is_the_passers(pack):
    text = ("The draft that the Ukrainian envoys passed to the Americans in Geneva has four chapters. "
            "The text also provides for the lifting of sanctions in stages.")
    found = keys(positions_of(pack, text))
    assert ("UKR", "sanctions", "propose") in found
