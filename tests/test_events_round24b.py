"""Round 24b: prisoners traded, places cut off, arms frozen, diplomats given days to leave."""

from __future__ import annotations

from extracted import events_of


def _coded(events):
    return [(e.type, e.cameo, e.source.code, e.target and e.target.code) for e in events]


def test_agreeing_to_trade_prisoners_is_an_agreement(pack):
    events = events_of(pack, "Armenia and Azerbaijan agreed on Sunday to trade 32 prisoners of war.", "2023-12-07")
    assert _coded(events) == [("AGREE", "0353", "ARM", "AZE")]


def test_a_place_cut_off_by_a_wall_is_no_sanction(pack):
    events = events_of(pack, "Soldiers laid concrete blocks across the main road into Hebron overnight, cutting the "
                             "old city off from its suburbs.", "2002-06-20")
    assert all(e.type != "SANCTION" for e in events)


def test_cutting_off_gas_is_still_a_sanction(pack):
    events = events_of(pack, "Gazprom cut off gas supplies to Ukraine on Thursday.", "2009-01-01")
    assert [e.type for e in events] == ["SANCTION"]


def test_freezing_the_number_of_warheads_limits_arms(pack):
    events = events_of(pack, "Washington and Moscow signed an interim accord in Vienna, freezing the number of "
                             "warheads each side may keep.", "1979-06-18")
    assert ("AGREE", "0356", "USA", "SUN") in _coded(events)
    assert all(e.type != "SANCTION" for e in events)


def test_freezing_assets_is_still_a_sanction(pack):
    events = events_of(pack, "Britain froze the assets of three Russian banks on Thursday.", "2022-02-24")
    assert [e.type for e in events] == ["SANCTION"]


def test_diplomats_given_days_to_leave_the_country_are_expelled(pack):
    events = events_of(pack, "Warsaw gave the Russian consul three days to leave the country on Friday.", "2023-04-21")
    assert _coded(events) == [("SANCTION", "166", "POL", "RUS")]


def test_diplomats_given_a_week_to_leave_a_named_state_are_expelled(pack):
    events = events_of(pack, "Estonia gave two Russian diplomats a week to leave Estonia on Monday.", "2022-01-10")
    assert _coded(events) == [("SANCTION", "166", "EST", "RUS")]


def test_a_leader_given_hours_to_leave_his_own_country_is_an_ultimatum(pack):
    events = events_of(pack, "Bush gave Saddam Hussein 48 hours to leave Iraq on Monday night.", "2003-03-17")
    assert [e.type for e in events] == ["THREATEN"]


def test_a_government_and_rebels_read_as_one_phrase_sign_with_each_other(pack):
    events = events_of(pack, "The Colombian government and FARC rebels signed a peace accord on Thursday.",
                       "2016-11-24")
    assert [(e.type, e.source.code, e.target and e.target.code) for e in events] == [("SUPPORT", "COL", "COL")]
