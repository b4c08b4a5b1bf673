"""Round 20: "both sides" after the pair last named, control over part of a region as territory, the subject hung
on an auxiliary."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-12-03"):
    return position_fields(positions_of(pack, text, published))


def test_both_sides_describing_talks_as_useful_are_the_pair_last_named(pack):
    found = fields(pack, "Russia and the United States held five hours of talks at the Kremlin on Tuesday. Both "
                         "sides described the meeting as useful.")
    assert {(h, i) for h, i, s in found if i == "talks_format" and s == "support"} >= {
        ("RUS", "talks_format"), ("USA", "talks_format")}
    assert ("UKR", "talks_format", "support") not in found


def test_both_sides_with_no_pair_named_are_still_the_main_parties(pack):
    found = fields(pack, "Both sides described the talks in Istanbul as useful.")
    assert {h for h, i, s in found if i == "talks_format"} == {"RUS", "UKR"}


def test_refusing_control_over_part_of_a_region_rejects_on_territory(pack):
    found = fields(pack, "Kyiv will never recognise Russian control over any part of the Donbas, Umerov said.")
    assert ("UKR", "territory", "reject") in found


def test_a_truce_in_part_of_the_front_line_is_still_only_a_place(pack):
    found = fields(pack, "Moscow proposed a truce in some parts of the front line, Peskov said.")
    assert all(i != "territory" for _, i, _ in found)


def test_threatening_sanctions_with_the_subject_hung_on_the_auxiliary(pack):
    found = fields(pack, "Paris, Berlin and London are once again threatening sanctions, Zakharova said.")
    assert {h for h, i, s in found if i == "sanctions"} == {"FRA", "DEU", "GBR"}


def test_made_clear_reports_what_follows(pack):
    found = fields(pack, "Washington has made clear it will not provide the backstop for a European force.")
    assert ("USA", "security_guarantees", "reject") in found
    assert ("USA", "security_guarantees", "demand") not in found


def test_renouncing_an_attack_on_nato_is_european_security_not_membership(pack):
    found = fields(pack, "Lavrov said Russia had no intention of attacking NATO.")
    assert ("RUS", "european_security", "support") in found
    assert all(i != "alliance_neutrality" for _, i, _ in found)


def test_no_progress_is_no_stance_on_the_talks(pack):
    found = fields(pack, "Peskov said there had been no progress.")
    assert all(s not in {"reject", "oppose"} for _, i, s in found if i == "talks_format")


def test_a_first_signer_parsed_on_the_second_still_holds_the_position(pack):
    found = fields(pack, "Treasury Secretary Scott Bessent and Ukraine's Economy Minister Yulia Svyrydenko signed "
                         "the minerals agreement creating a reconstruction investment fund in Washington.")
    assert {h for h, i, _ in found if i == "reconstruction"} == {"USA", "UKR"}
