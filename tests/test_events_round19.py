"""Round 19: crowds filling a square, time given to leave the country, "would not … unless", a description of the
visitor after a comma, an office's state for an unknown person, aid words, weapons handed in."""

from __future__ import annotations

from extracted import event_keys, events_of


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_a_crowd_packing_a_square_protests_in_its_state(pack):
    found = keys(pack, "Thousands of government critics packed Minsk's October Square on Sunday evening.")
    assert found == [("PROTEST", "BLR", None)]


def test_filling_a_post_is_no_protest(pack):
    assert keys(pack, "The ministry filled the vacant post with a career diplomat on Monday.") == []


def test_time_given_to_leave_the_country_expels(pack):
    events = events_of(pack, "Mali gave the French ambassador 72 hours on Monday to leave the country.", "2022-01-31")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("SANCTION", "166", "MLI", "FRA")]


def test_time_given_to_leave_another_country_is_no_expulsion(pack):
    events = events_of(pack, "Washington gave the Iraqi leader 48 hours to leave Iraq.", "2003-03-18")
    assert all(e.cameo != "166" for e in events)


def test_would_not_unless_refuses(pack):
    events = events_of(pack, "Belgrade said it would not release the detained monitors unless NATO halted its "
                             "bombing.", "1999-04-02")
    assert [(e.type, e.source.code, e.negated) for e in events][:1] == [("REJECT", "YUG", False)]


def test_would_not_if_stays_hypothetical(pack):
    events = events_of(pack, "Seoul said it would not send troops if the talks resumed.", "2003-04-02")
    assert all(e.type != "REJECT" for e in events)


def test_a_description_of_the_visitor_is_not_the_host(pack):
    found = keys(pack, "Hillary Clinton arrived in Naypyidaw on Wednesday, the first American secretary of state "
                       "to visit Myanmar in half a century.", "2011-11-30")
    assert found[0] == ("CONSULT", "USA", "MMR")


def test_an_unknown_person_takes_the_state_of_the_office_he_leaves(pack):
    found = keys(pack, "Idrissa Kane stepped down as prime minister of Niger on Thursday.")
    assert found == [("RETREAT", "NER", None)]


def test_biscuits_for_survivors_flown_in_are_aid(pack):
    found = keys(pack, "UNICEF flew 20 tonnes of biscuits into Kathmandu on Tuesday for survivors of the quake.")
    assert found and found[0][0] == "AID"


def test_weapons_handed_in_disarm(pack):
    events = events_of(pack, "Maoist fighters began handing in their rifles and grenades to UN monitors on Monday.")
    assert [(e.type, e.cameo) for e in events][:1] == [("RETREAT", "0873")]


def test_a_participle_without_agent_takes_the_noun_it_describes_as_object(pack):
    events = events_of(pack, "Three battalions sent to the frontier returned to their barracks on Friday.")
    assert [(e.type, e.cameo) for e in events][:1] == [("MOBILIZE", "154")]


def test_events_in_an_open_whether_clause_are_not_events(pack):
    assert events_of(pack, "Whether the junta will hand power to an elected government soon is far from clear.") == []
    assert events_of(pack, "Diplomats in Vienna disagree over whether Tehran will expel the inspectors.") == []


def test_a_whether_clause_a_party_will_look_into_keeps_its_event(pack):
    events = events_of(pack, "Merz said Berlin would see whether it could send more air defence systems to Kyiv.")
    assert [e.type for e in events] == ["AID"]


def test_elections_which_they_said_were_rigged_by_the_government_accuse_it(pack):
    found = event_keys(pack, "Serbia's opposition parties boycotted Sunday's elections, which they said had been "
                             "rigged by Aleksandar Vucic's party.", "2020-06-22")
    assert ("ACCUSE", "SRB", "SRB") in found


def test_they_who_say_a_vote_was_rigged_are_the_crowd_not_the_leader(pack):
    events = events_of(pack, "Tens of thousands of people marched through Tbilisi on Sunday demanding that Bidzina "
                             "Ivanishvili step aside after a vote they say was rigged.", "2024-11-03")
    accusers = [(e.source.code, e.source.text) for e in events if e.type == "ACCUSE"]
    assert accusers == [("GEO", "people")]


def test_a_summit_ending_without_an_agreement_is_a_negated_agreement(pack):
    events = events_of(pack, "Macron hosted Xi Jinping in Paris on Monday, but the talks ended without an agreement "
                             "on a ceasefire in Ukraine.", "2024-05-06")
    agreed = [(e.type, e.cameo, e.source.code, e.target.code, e.negated) for e in events if e.type == "AGREE"]
    assert agreed == [("AGREE", "0356", "FRA", "CHN", True)]


def test_coming_away_without_announcing_a_truce_announces_none(pack):
    events = events_of(pack, "Erdogan and Putin talked for four hours in Sochi but came away without announcing a "
                             "truce.", "2021-09-29")
    assert not any(e.type == "CONCEDE" for e in events)
    assert [(e.type, e.negated) for e in events if e.type == "AGREE"] == [("AGREE", True)]


def test_without_a_breakthrough_is_no_agreement_event(pack):
    events = events_of(pack, "Talks between Serbian and Kosovo negotiators in Brussels ended on Tuesday without a "
                             "breakthrough.", "2023-02-28")
    assert not any(e.type == "AGREE" for e in events)


def test_a_market_share_supplied_is_a_statistic(pack):
    assert events_of(pack, "Myanmar supplied about a quarter of the world's opium, or 25 percent, last year.") == []
    assert events_of(pack, "Qatar supplies 12% of Europe's liquefied gas.") == []


def test_what_a_thing_promises_is_no_pledge(pack):
    assert events_of(pack, "Erdogan's victory promises more friction with Brussels.") == []
    assert [e.type for e in events_of(pack, "Erdogan promised to release the detained journalists.")] != []


def test_talks_that_only_describe_a_reports_sources_are_no_event(pack):
    assert events_of(pack, "Officials involved in the Brussels negotiations say privately that no deal is near.") == []


def test_a_hunger_strike_ended_was_held(pack):
    events = events_of(pack, "The jailed blogger ended his hunger strike on Friday after 40 days.")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "142")]


def test_protesters_blockading_buildings_or_sealing_off_a_bridge_obstruct(pack):
    events = events_of(pack, "Farmers blockaded government buildings in Bucharest on Monday.")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "144")]
    events = events_of(pack, "Striking dockers sealed off the main bridge into Antwerp on Tuesday.")
    assert [(e.type, e.cameo) for e in events][:1] == [("PROTEST", "144")]


def test_taking_a_state_off_a_terror_list_lifts_a_sanction(pack):
    events = events_of(pack, "Washington took Sudan off its list of state sponsors of terrorism on Monday.")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("RETREAT", "085", "USA", "SDN")]


def test_jets_taking_off_from_a_base_seize_nothing(pack):
    assert events_of(pack, "Russian bombers took off from an air base in Crimea on Monday.") == []
