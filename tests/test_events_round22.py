"""Round 22: a request whose complement is parsed as a purpose clause, offensives opened, cities read as
organisations, texts named after cities, programmes frozen, proposals rejected, friendly landings, the place a
withdrawal leaves, an envoy in apposition to his state, the presidency handed over."""

from __future__ import annotations

from extracted import analysis_of, event_keys, events_of


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_asking_a_body_to_act_with_a_date_between_is_a_request(pack):
    assert keys(pack, "Sudan asked the African Union on Monday to mediate in its border dispute with Chad.",
                "2021-03-01") == [("REQUEST", "SDN", "AU")]


def test_a_purpose_clause_after_a_plain_verb_is_no_request(pack):
    assert all(e.type != "REQUEST" for e in events_of(
        pack, "Egypt sent two ministers to Khartoum on Monday to discuss the dam.", "2021-03-01"))


def test_opening_an_offensive_attacks(pack):
    events = events_of(pack, "Azerbaijani forces opened a new offensive across the line of contact on Sunday.",
                       "2020-09-27")
    assert [(e.type, e.source.code) for e in events] == [("ASSAULT", "AZE")]


def test_opening_a_border_crossing_still_eases_restrictions(pack):
    assert [e.type for e in events_of(pack, "Hungary opened its border with Austria on Saturday.", "1989-09-10")] \
        == ["CONCEDE"]


def test_a_city_read_as_an_organisation_places_nameless_police(pack):
    events = events_of(pack, "Police opened fire on strikers who had marched through Gdansk on Tuesday.", "1970-12-15")
    assert [(e.type, e.source.code) for e in events][:1] == [("ASSAULT", "POL")]


def test_a_treaty_named_after_a_city_is_no_party(pack):
    analysis = analysis_of(pack, "Kyiv accused Moscow of tearing up the Budapest Memorandum and ratified the Rome "
                                 "Statute.", "2024-08-21")
    assert all(a.code not in {"HUN", "ITA"} for a in analysis.actors)
    assert all(e.target is None or e.target.code not in {"HUN", "ITA"} for e in analysis.events)


def test_freezing_an_own_programme_concedes_but_freezing_assets_sanctions(pack):
    assert [e.cameo for e in events_of(pack, "Iran froze its uranium enrichment programme on Monday.")] == ["0832"]
    assert [e.type for e in events_of(pack, "Britain froze the assets of six Russian banks on Monday.")] == [
        "SANCTION"]


def test_rejecting_a_suggestion_that_someone_could_act_rejects_a_proposal(pack):
    events = events_of(pack, "Kyiv on Friday rejected a suggestion by the Hungarian prime minister that Ukraine "
                             "could give up the Donbas for peace.", "2024-07-05")
    assert [(e.type, e.source.code) for e in events if e.type == "REJECT"] == [("REJECT", "UKR")]


def test_rejecting_suggestions_of_past_involvement_is_a_denial(pack):
    assert keys(pack, "The Kremlin rejected suggestions that Russia could have been behind the hacking.") == []


def test_peacekeepers_landing_protect_and_relief_planes_bring_aid(pack):
    landed = events_of(pack, "UN peacekeepers began landing in Mogadishu on Friday.", "1993-05-04")
    assert [(e.type, e.cameo) for e in landed] == [("AID", "074")]
    relief = events_of(pack, "A Canadian air force plane carrying tents and medical supplies landed in Port-au-Prince "
                             "on Thursday.", "2010-01-14")
    assert [e.type for e in relief] == ["AID"]


def test_marines_landing_still_invade(pack):
    assert [e.type for e in events_of(pack, "US Marines landed in Grenada on Tuesday.", "1983-10-25")] == [
        "ASSAULT"]


def test_the_place_a_withdrawal_leaves_is_not_who_withdraws(pack):
    assert keys(pack, "Libya completed the withdrawal of its forces from Chad on Friday.", "1987-09-11") == [
        ("RETREAT", "LBY", None)]


def test_an_envoy_in_apposition_to_his_state_is_one_source(pack):
    events = events_of(pack, "Turkey's foreign minister, Hakan Fidan, held talks with Sergei Lavrov in Moscow.",
                       "2024-06-11")
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("CONSULT", "TUR", "RUS")]


def test_handing_over_the_presidency_steps_down(pack):
    events = events_of(pack, "The general handed the presidency to an elected civilian on Sunday.", "1990-03-11")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "0831")]


def test_a_missile_fired_over_a_country_is_a_show_of_force(pack):
    events = events_of(pack, "Pyongyang launched an intermediate-range missile over Hokkaido on Tuesday morning.",
                       "2017-08-29")
    assert [(e.type, e.cameo) for e in events] == [("MOBILIZE", "150")]


def test_missiles_fired_over_a_border_at_a_city_still_attack(pack):
    assert [e.type for e in events_of(pack, "Russia fired missiles over the border at Kharkiv on Friday.",
                                      "2024-05-10")] == ["ASSAULT"]


def test_scrapping_a_permit_eases_a_restriction(pack):
    events = events_of(pack, "Uzbekistan scrapped its exit visa requirement on Tuesday.", "2019-01-01")
    assert [(e.type, e.cameo) for e in events] == [("CONCEDE", "081")]


def test_parties_and_groups_tied_to_another_state_are_not_that_state(pack):
    suspended = events_of(pack, "Kyiv suspended nine opposition parties with ties to Moscow on Sunday.", "2022-03-20")
    assert [(e.type, e.source.code) for e in suspended] == [("COERCE", "UKR")]
    assert all(e.target is None or e.target.code != "RUS" for e in suspended)
    banned = events_of(pack, "Parliament in Kyiv voted to ban religious groups linked to the Russian Orthodox Church.",
                       "2024-08-20")
    assert all(e.target is None or e.target.code != "RUS" for e in banned)


def test_cutting_ties_with_a_state_still_aims_at_it(pack):
    assert keys(pack, "Kyiv cut diplomatic ties with Moscow on Thursday.", "2022-02-24") == [
        ("SANCTION", "UKR", "RUS")]


def test_what_an_attacker_calls_its_target_is_a_label_and_places_the_target(pack):
    events = events_of(pack, "Israel struck what it called a weapons depot in Syria on Monday, the military said.",
                       "2023-03-06")
    assert [(e.type, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("ASSAULT", "ISR", "SYR")]


def test_what_a_state_calls_anothers_statements_still_accuses(pack):
    events = events_of(pack, "Moscow put its nuclear forces on alert in response to what it called aggressive "
                             "statements by NATO leaders.", "2022-02-27")
    assert "ACCUSE" in [e.type for e in events]


def test_putting_a_country_under_martial_law_or_a_leader_under_arrest_coerces(pack):
    martial = events_of(pack, "Thailand's army chief put the whole country under martial law before dawn on Tuesday.",
                        "2014-05-20")
    assert [(e.type, e.cameo) for e in martial] == [("COERCE", "1724")]
    arrested = events_of(pack, "Egypt's army put Mohamed Morsi under house arrest on Wednesday.", "2013-07-03")
    assert [(e.type, e.cameo) for e in arrested] == [("COERCE", "173")]


def test_a_state_led_coalition_acts_for_the_state_leading_it(pack):
    events = events_of(pack, "The US-led coalition announced a unilateral ceasefire on Friday.", "2003-04-11")
    assert [e.source.code for e in events] == ["USA"]
