"""Round 21: pull-outs, weapons tests set off or detonated underground, fugitives turned over, envoys and experts
ordered home, relief convoys refused, naming a deed a betrayal, surrenders signed, an opening participle parsed as a
subject, general wire verbs, equipment backing troops, orders to activate, extradite or block."""

from __future__ import annotations

from extracted import event_keys, events_of


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_completing_a_pull_out_withdraws(pack):
    assert keys(pack, "Israel's army completed its pull-out from southern Lebanon on Wednesday.") == [
        ("RETREAT", "ISR", None)]


def test_setting_off_underground_nuclear_explosions_is_a_show_of_force(pack):
    events = events_of(pack, "Pakistan set off five underground nuclear explosions on Thursday.", "1998-05-28")
    assert [(e.type, e.cameo, e.source.code) for e in events] == [("MOBILIZE", "150", "PAK")]


def test_detonating_a_device_underground_is_a_test_not_a_nuclear_attack(pack):
    events = events_of(pack, "Pyongyang said it had detonated a nuclear device underground for the first time.",
                       "2006-10-09")
    assert [(e.type, e.cameo) for e in events] == [("MOBILIZE", "150")]


def test_setting_off_bombs_attacks(pack):
    assert [e.type for e in events_of(pack, "Militants set off three car bombs in Baghdad on Sunday.")] == [
        "ASSAULT"]


def test_a_crisis_set_off_by_protests_is_no_event(pack):
    assert keys(pack, "The protests set off a political crisis.") == []


def test_turning_over_a_named_fugitive_is_judicial_cooperation(pack):
    events = events_of(pack, "Sudanese authorities turned over Ilich Ramirez Sanchez to French intelligence officers "
                             "in Khartoum on Sunday.", "1994-08-15")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("COOPERATE", "063", "SDN", "FRA")]


def test_turning_over_a_report_is_no_event(pack):
    assert keys(pack, "The committee turned over its report to Congress.") == []


def test_summoning_home_an_envoy_downgrades_relations(pack):
    events = events_of(pack, "Paris summoned home its envoy to the United States on Friday.", "2021-09-17")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("SANCTION", "161", "FRA", "USA")]


def test_ordering_home_experts_cuts_aid(pack):
    events = events_of(pack, "Moscow has ordered home some 1,400 Soviet technical experts working in China.",
                       "1960-08-10")
    assert [(e.type, e.cameo, e.source.code) for e in events] == [("SANCTION", "162", "SUN")]


def test_going_home_is_no_event(pack):
    assert keys(pack, "He went home on Friday.") == []


def test_refusing_to_let_relief_convoys_cross_rejects_aid(pack):
    events = events_of(pack, "Nicolas Maduro refused on Saturday to let convoys of US-donated food and medicine "
                             "cross into Venezuela.", "2019-02-23")
    assert [(e.type, e.cameo, e.source.code) for e in events] == [("REJECT", "1223", "VEN")]


def test_refusing_food_is_still_a_hunger_strike(pack):
    assert [e.cameo for e in events_of(pack, "Hundreds of prisoners have refused food for 40 days.")] == ["142"]


def test_calling_a_downing_a_stab_in_the_back_accuses(pack):
    events = events_of(pack, "Putin called the incident a stab in the back by accomplices of terrorists.",
                       "2015-11-24")
    assert [(e.type, e.source.code) for e in events] == [("ACCUSE", "RUS")]


def test_calling_a_state_an_enabler_of_a_war_accuses_it(pack):
    assert keys(pack, "NATO leaders called Beijing a decisive enabler of Moscow's war in Ukraine.", "2023-07-11") == [
        ("ACCUSE", "NATO", "CHN")]


def test_signing_the_instrument_of_surrender_yields(pack):
    events = events_of(pack, "General Niazi, commander of Pakistan's forces in the east, signed the instrument of "
                             "surrender on Thursday.", "1971-12-16")
    assert [(e.type, e.cameo, e.source.code) for e in events] == [("RETREAT", "0874", "PAK")]


def test_an_opening_participle_parsed_as_a_subject_leaves_the_real_one(pack):
    found = keys(pack, "Meeting in Luxembourg on Monday, the European Community recognised Bosnia-Herzegovina as "
                       "an independent state.", "1992-04-06")
    assert ("SUPPORT", "EU", "BIH") in found


def test_burning_homes_destroys_property_and_burning_flags_protests(pack):
    assert [e.cameo for e in events_of(pack, "Myanmar soldiers burned homes in three villages in Rakhine on Monday.")] \
        == ["1712"]
    assert [e.type for e in events_of(pack, "Protesters burned American flags outside the embassy in Tehran.")] == [
        "PROTEST"]


def test_quarantining_an_island_blockades_it(pack):
    assert keys(pack, "Kennedy said the US Navy would quarantine Cuba.", "1962-10-22") == [("COERCE", "USA", "CUB")]


def test_attributing_a_cyberattack_accuses_each_state(pack):
    found = keys(pack, "Britain and the United States on Thursday formally attributed the NotPetya cyberattack to "
                       "the Russian military.", "2018-02-15")
    assert {k for k in found if k[0] == "ACCUSE"} == {("ACCUSE", "GBR", "RUS"), ("ACCUSE", "USA", "RUS")}


def test_attributing_growth_to_exports_is_no_event(pack):
    assert keys(pack, "The central bank attributed the rise in growth to exports.") == []


def test_authorising_air_strikes_threatens_force(pack):
    events = events_of(pack, "Barack Obama authorised targeted air strikes on Thursday against Islamic State "
                             "fighters.", "2014-08-07")
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "138")]


def test_authorising_an_investigation_investigates(pack):
    events = events_of(pack, "The International Criminal Court authorised an investigation into alleged crimes "
                             "against the Rohingya.")
    assert [e.cameo for e in events] == ["091"]


def test_regarding_a_city_as_a_capital_recognises_it(pack):
    found = keys(pack, "Trump declared that Washington now regards Jerusalem as the capital of Israel.", "2017-12-06")
    assert ("SUPPORT", "USA", "ISR") in found


def test_troops_backed_by_tanks_are_no_backing(pack):
    events = events_of(pack, "Hundreds of Ukrainian troops backed by tanks pushed into Russia's Kursk region on "
                             "Tuesday.", "2024-08-06")
    assert [e.type for e in events] == ["ASSAULT"]


def test_rebels_backed_by_a_state_still_have_its_backing(pack):
    events = events_of(pack, "Rebels backed by Rwanda seized the city of Goma on Monday.", "2025-01-27")
    assert any(e.type in {"SUPPORT", "AID"} and e.source.code == "RWA" for e in events)


def test_ordering_an_extradition_cooperates(pack):
    events = events_of(pack, "Chile's Supreme Court ordered on Friday that Alberto Fujimori be extradited to Lima.",
                       "2007-09-21")
    assert [(e.type, e.cameo) for e in events] == [("COOPERATE", "063")]


def test_an_act_over_its_own_prior_act_gives_the_answered_party_that_act(pack):
    found = keys(pack, "The UN Security Council voted to impose sanctions on North Korea over its nuclear test.",
                 "2006-10-14")
    assert ("SANCTION", "UN", "PRK") in found and ("MOBILIZE", "PRK", None) in found


def test_expelling_diplomats_over_their_spying_is_one_event(pack):
    assert [t for t, _, _ in keys(pack, "Moscow expelled ten Estonian diplomats over their spying.")] == ["SANCTION"]


def test_exchanging_visions_of_a_truce_is_no_prisoner_swap(pack):
    events = events_of(pack, "The sides will exchange their visions of a future truce, Medinsky said.", "2025-05-16")
    assert all(e.cameo[:3] != "084" for e in events)


def test_having_photos_or_expectations_of_talks_is_no_meeting(pack):
    assert keys(pack, "TASS has exclusive photos of the talks.", "2025-05-16") == []
    assert all(t != "CONSULT" for t, _, _ in keys(pack, "Rubio said Washington had no high expectations for the "
                                                         "Istanbul meeting.", "2025-05-14"))


def test_negotiations_dated_by_a_year_are_history(pack):
    found = keys(pack, "Moscow will be represented by Vladimir Medinsky, who headed Russia's team in the failed 2022 "
                       "negotiations.", "2025-05-14")
    assert all(t != "CONSULT" for t, _, _ in found)


def test_negotiations_of_the_report_year_are_still_reported(pack):
    found = keys(pack, "Russia and Ukraine held their first 2025 negotiations in Istanbul on Friday.", "2025-05-16")
    assert ("CONSULT", "RUS", "UKR") in found


def test_he_after_a_leader_named_by_role_is_that_leader(pack):
    events = events_of(pack, "The Russian leader said he was ready to meet Zelensky.", "2025-05-19")
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("AGREE", "RUS", "UKR")]


def test_an_appeal_is_coded_by_what_it_asks_not_by_its_condition(pack):
    events = events_of(pack, "Zelensky called on the United States to impose sanctions on Russia if it continues to "
                             "reject a ceasefire.", "2025-05-20")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("0254", "UKR", "USA")]


def test_a_warning_is_still_coded_by_its_condition(pack):
    events = events_of(pack, "Iran warned that not a drop of oil would pass through the Strait of Hormuz if the West "
                             "imposed sanctions on its oil exports.", "2012-01-03")
    assert [e.type for e in events] == ["THREATEN"]


def test_shooting_itself_in_the_foot_and_arming_itself_are_idioms(pack):
    assert keys(pack, "Lavrov said the European Union was shooting itself in the foot.", "2025-05-21") == []
    assert keys(pack, "Merkel admitted the accords were needed to buy time for Ukraine to arm itself.",
                "2025-05-21") == []


def test_leaders_arriving_together_is_no_material_cooperation(pack):
    found = keys(pack, "Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk arrived together by train in "
                       "a show of unity with Ukraine.", "2025-05-10")
    assert all(t != "COOPERATE" for t, _, _ in found) and ("CONSULT", "FRA", "UKR") in found


def test_a_headline_ultimatum_given_is_one_threat(pack):
    found = keys(pack, "European leaders in Kyiv give Putin ultimatum: accept 30-day truce or face sanctions",
                 "2025-05-10")
    assert [(t, s, g) for t, s, g in found if t == "THREATEN"] == [("THREATEN", None, "RUS")]


def test_accepting_an_owned_invitation_keeps_the_invitation(pack):
    found = keys(pack, "Donald Trump has accepted Kim Jong Un's invitation to meet by May.", "2018-03-09")
    assert ("AGREE", "PRK", "USA") in found


def test_the_two_presidents_are_the_parties_of_the_last_meeting(pack):
    text = ("Vladimir Putin had a telephone conversation with Donald Trump on Monday. Russia is ready to work with "
            "the Ukrainian side on a memorandum, Putin said. The two presidents also discussed a prisoner exchange.")
    events = [e for e in events_of(pack, text, "2025-05-19") if e.evidence.startswith("discussed")]
    assert [(e.type, e.source.code, e.target.code) for e in events] == [("CONSULT", "RUS", "USA")]


def test_the_two_leaders_named_in_the_sentence_come_first(pack):
    events = events_of(pack, "Putin spoke with Trump on Monday. Macron welcomed Scholz in Paris, and the two leaders "
                             "discussed Ukraine.", "2025-05-19")
    assert {e.source.code for e in events if e.evidence.startswith("discussed")} == {"FRA", "DEU"}


def test_hyphen_joined_states_before_talks_are_the_two_sides(pack):
    assert keys(pack, "Russia-Ukraine talks resumed in Istanbul on Friday.", "2025-05-16") == [
        ("CONSULT", "RUS", "UKR")]
    assert keys(pack, "The US-Russia summit took place in Alaska on Friday.", "2025-08-15") == [
        ("CONSULT", "USA", "RUS")]


def test_hyphen_joined_leaders_before_a_call_are_the_two_sides(pack):
    assert keys(pack, "The sanctions came after a Trump-Putin call on Monday.", "2025-05-20") == [
        ("CONSULT", "USA", "RUS")]


def test_a_hyphen_joined_pair_before_a_war_is_no_event(pack):
    assert keys(pack, "The Russia-Ukraine war continues.", "2025-05-20") == []


def test_plural_acts_as_a_bare_subject_are_still_no_event(pack):
    assert keys(pack, "Sanctions hurt the economy.", "2025-05-20") == []


def test_answering_an_ultimatum_is_not_issuing_one(pack):
    assert keys(pack, "Putin answered the ultimatum with an offer of his own.", "2025-05-11") == []


def test_answering_with_air_strikes_still_attacks(pack):
    found = keys(pack, "Hezbollah seized two Israeli soldiers, and Israel answered with air strikes on Lebanon.",
                 "2006-07-12")
    assert ("ASSAULT", "ISR", "LBN") in found


def test_seeing_who_a_party_sends_gives_nothing(pack):
    assert keys(pack, "Zelensky says he will decide on next steps after seeing who Russia sends", "2025-05-15") == []
