"""Events told inside another event's sentence: crowds described by a participle, an owned ultimatum, a second
response drawn from the same party, a wrong the speaker alleges."""

from __future__ import annotations

from extracted import event_keys


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_a_crowd_described_by_a_participle_protests(pack):
    found = keys(pack, "Police opened fire on a crowd protesting against the new tax outside parliament in Nairobi "
                       "on Tuesday.")
    assert any(k[:2] == ("PROTEST", "KEN") for k in found)


def test_marchers_parsed_as_a_clause_still_protest(pack):
    found = keys(pack, "Riot police beat students marching through central Minsk on Sunday.")
    assert any(k[:2] == ("PROTEST", "BLR") for k in found)


def test_an_ultimatum_rejected_is_the_owners_threat(pack):
    found = keys(pack, "Georgia rejected a Russian ultimatum on Friday to withdraw its troops from the region.")
    assert ("REJECT", "GEO", "RUS") in found and ("THREATEN", "RUS", "GEO") in found


def test_an_ultimatum_of_several_nations_names_no_one_state(pack):
    found = keys(pack, "Cairo rejected an Anglo-French ultimatum to withdraw its forces from the canal.")
    assert not any(k[0] == "THREATEN" and k[1] == "FRA" for k in found)


def test_a_second_response_drawn_is_the_same_partys(pack):
    found = keys(pack, "Pakistan tested a nuclear missile on Monday, drawing condemnation from Washington and a "
                       "threat of sanctions.")
    assert ("ACCUSE", "USA", "PAK") in found and ("THREATEN", "USA", "PAK") in found


def test_a_wrong_alleged_by_nationality_is_an_accusation(pack):
    found = keys(pack, "US jets bombed bases in Libya on Tuesday in reprisal for what Washington said were Libyan "
                       "attacks on American ships.")
    assert ("ACCUSE", "USA", "LBY") in found
