"""Positions on a real parse: holder, issue, stance, conditions, reporters, back-references, evidence."""

from __future__ import annotations

import extracted
import pytest

from detente.ingest.document import make_document
from detente.pipeline import extract


def positions_of(pack, text, published="2025-06-02"):
    return extracted.positions_of(pack, text, published)


def keys(positions):
    return extracted.position_fields(positions)


def test_a_demand_with_its_holder_and_issue(pack):
    assert ("RUS", "territory", "demand") in keys(positions_of(pack, "Russia demands recognition of its annexation "
                                                                  "of four regions."))


def test_conjoined_holders_give_one_position_each(pack):
    found = keys(positions_of(pack, "Ukraine, the United States and Germany support a ceasefire."))
    assert {("UKR", "ceasefire", "support"), ("USA", "ceasefire", "support"), ("DEU", "ceasefire", "support")} <= found


def test_the_analyst_reports_the_position_it_does_not_hold(pack):
    (position,) = [p for p in positions_of(pack, "ISW assessed that Russia is not interested in real peace "
                                                  "negotiations.") if p.issue == "talks_format"]
    assert (position.holder.code, position.stance) == ("RUS", "oppose")
    assert position.reported_by is not None and position.reported_by.sector == "THINK"


def test_conditions_are_recorded(pack):
    (position,) = positions_of(pack, "Kyiv will only discuss territory after a ceasefire.")
    assert (position.holder.code, position.issue, position.stance) == ("UKR", "territory", "condition")
    assert position.condition == "after a ceasefire"


def test_negation_flips_and_back_references_are_kept(pack):
    (position,) = [p for p in positions_of(pack, "Peskov said Moscow would never accept Western troops in Ukraine, "
                                                  "repeating demands made in 2022.")
                   if p.issue == "alliance_neutrality"]
    assert (position.holder.code, position.stance) == ("RUS", "reject")
    assert position.repeat_of is not None and position.repeat_of.year == 2022


def test_plain_event_reports_hold_no_position(pack):
    assert positions_of(pack, "The delegations met for two hours at the Ciragan Palace.") == []


def test_plural_and_inflected_issue_words_are_found(pack):
    found = keys(positions_of(pack, "Moscow offered local ceasefires along the corridors."))
    assert ("RUS", "ceasefire", "propose") in found


def test_an_as_aside_gives_its_holder_the_clause_issue(pack):
    found = keys(positions_of(pack, "Holding an election under martial law, as Moscow demands, would plunge "
                                    "Ukraine into chaos."))
    assert ("RUS", "elections_governance", "demand") in found


def test_a_party_document_proposes_what_it_provides(pack):
    assert ("USA", "elections_governance", "propose") in keys(positions_of(
        pack, "Ukraine would hold elections 100 days after signing under the US draft."))
    assert ("USA", "eu_membership", "propose") in keys(positions_of(
        pack, "The US plan says Ukraine is eligible for EU membership."))


def test_an_owned_proposal_inside_another_stance_gives_both_parties(pack):
    found = keys(positions_of(pack, "Putin accepted the US ceasefire proposal on Tuesday."))
    assert {("RUS", "ceasefire", "accept"), ("USA", "ceasefire", "propose")} <= found


def test_a_plan_named_by_its_issue_is_not_a_position_on_it(pack):
    found = keys(positions_of(pack, "Zelensky presented his victory plan to allies in Brussels."))
    assert not any(issue == "war_aims" for _, issue, _ in found)


def test_a_stance_predicated_of_the_issue_counts(pack):
    found = keys(positions_of(pack, "Moscow regards any Western military presence in Ukraine as unacceptable."))
    assert ("RUS", "alliance_neutrality", "oppose") in found


def test_what_a_party_will_do_is_a_proposal_and_only_after_a_condition(pack):
    (position,) = [p for p in positions_of(pack, "Kyiv would hold elections only after the war ends.")
                   if p.issue == "elections_governance"]
    assert (position.holder.code, position.stance) == ("UKR", "condition")


def test_conjoined_issues_each_keep_their_position(pack):
    found = keys(positions_of(pack, "Zelensky said Ukraine was ready for a leaders' meeting and a ceasefire."))
    assert {("UKR", "talks_format", "support"), ("UKR", "ceasefire", "support")} <= found


def test_hedged_positions_are_kept_and_flagged(pack):
    (hedged,) = [p for p in positions_of(pack, "Russia may accept a ceasefire.") if p.issue == "ceasefire"]
    (plain,) = [p for p in positions_of(pack, "Russia accepted a ceasefire.") if p.issue == "ceasefire"]
    assert (hedged.stance, hedged.hedged) == ("accept", True)
    assert (plain.stance, plain.hedged) == ("accept", False)


def test_a_phrase_shared_by_several_issues_keeps_one(pack):
    sharing = {i.id for i in pack.issues if "root causes" in pack.cues_of(i)}
    assert len(sharing) > 2  # the pack lists "root causes" under several issues
    found = positions_of(pack, "Lavrov said Russia demands that the root causes of the conflict be removed.")
    assert len({p.issue for p in found} & sharing) == 1


def test_a_paragraph_goes_on_in_the_voice_of_its_speaker(pack):
    text = ("Putin listed what a lasting agreement must contain. All Western sanctions must be lifted.\n\n"
            "Western sanctions must stay in place.")
    found = positions_of(pack, text)
    assert [(p.holder.code, p.issue, p.stance, p.sentence) for p in found if p.issue == "sanctions"] == [
        ("RUS", "sanctions", "demand", 1)]  # the next paragraph is not Putin's


def test_a_party_named_inside_the_issue_is_not_its_holder(pack):
    found = keys(positions_of(pack, "Ukraine must abandon its plans to join NATO, Peskov said."))
    assert not any(holder == "NATO" for holder, _, _ in found)


def test_the_focus_of_a_cleft_sentence_is_the_holder(pack):
    found = keys(positions_of(pack, "Russia has never refused negotiations. It was Kiev that abandoned the draft "
                                    "treaty on neutrality."))
    assert ("UKR", "alliance_neutrality", "reject") in found
    assert not any(h == "RUS" and i == "alliance_neutrality" for h, i, _ in found)


def test_an_issue_judged_in_a_reported_clause_is_the_speakers_position(pack):
    found = keys(positions_of(pack, "Peskov said Western troops in Ukraine were unacceptable."))
    assert found == {("RUS", "alliance_neutrality", "oppose")}  # not the troops' own position


def test_everyday_wording_of_issues_is_found(pack):
    assert ("UKR", "military_limits", "reject") in keys(positions_of(pack, "Kyiv rejected cuts to its army."))
    assert ("CHN", "ceasefire", "demand") in keys(positions_of(pack, "Beijing urged both sides to stop fighting."))
    assert ("USA", "ceasefire_conditions", "support") in keys(positions_of(
        pack, "Kellogg said Washington would lead the monitoring of the truce."))
    assert ("RUS", "european_security", "demand") in keys(positions_of(
        pack, "Moscow wants guarantees that the alliance will stop moving east."))


def test_resuming_aid_supports_it(pack):
    found = keys(positions_of(pack, "Washington will resume military aid to Ukraine."))
    assert ("USA", "ceasefire_conditions", "support") in found


def test_an_object_pronoun_stands_for_the_issue_before_it(pack):
    found = keys(positions_of(pack, "Kyiv proposed a ceasefire and Moscow rejected it."))
    assert {("UKR", "ceasefire", "propose"), ("RUS", "ceasefire", "reject")} <= found


def test_an_unowned_document_belongs_to_whoever_signed_it(pack):
    found = keys(positions_of(pack, "Putin signed decrees recognising the annexation of the four regions."))
    assert ("RUS", "territory", "accept") in found


def test_a_sanctions_package_is_its_owners_proposal(pack):
    found = keys(positions_of(pack, "The EU's new sanctions package targets tankers."))
    assert ("EU", "sanctions", "propose") in found


def test_what_others_have_to_do_is_the_speakers_demand(pack):
    found = keys(positions_of(pack, "Rubio said both sides would have to make territorial concessions."))
    assert found == {("USA", "territory", "demand")}


def test_an_issue_ahead_of_which_something_happens_only_dates_it(pack):
    found = keys(positions_of(pack, "Lavrov said the Kremlin was seeking sanctions relief ahead of any ceasefire."))
    assert found == {("RUS", "sanctions", "demand")}


def test_it_in_what_a_party_says_is_that_party(pack):
    found = keys(positions_of(pack, "Ukraine turned down Moscow's offer, saying it needed a full ceasefire."))
    assert ("UKR", "ceasefire", "demand") in found and ("RUS", "ceasefire", "demand") not in found


def test_a_stance_noun_conjoined_in_what_a_document_is_belongs_to_its_owner(pack):
    found = keys(positions_of(pack, "China's plan is a statement of principles and a call for a ceasefire."))
    assert ("CHN", "ceasefire", "demand") in found


def test_where_something_was_agreed_is_no_position_on_the_meeting(pack):
    found = keys(positions_of(pack, "Russia and Ukraine agreed at the summit to swap prisoners."))
    assert found == {("RUS", "prisoners_children", "accept"), ("UKR", "prisoners_children", "accept")}


def test_an_issue_the_sentence_is_only_fairly_similar_to_still_counts(pack):
    found = keys(positions_of(pack, "Moscow insists that the demilitarisation of Ukraine must be written into any "
                                    "future treaty."))
    assert ("RUS", "military_limits", "demand") in found


def test_ensuring_or_protecting_something_supports_it(pack):
    assert ("UKR", "accountability", "support") in keys(positions_of(
        pack, "Kyiv acted to ensure that war crimes are prosecuted."))
    assert ("HUN", "language_identity", "support") in keys(positions_of(
        pack, "Budapest will protect the rights of its minority in Ukraine."))


def test_a_reported_issue_inside_another_issue_phrase_is_not_one_of_its_own(pack):
    found = keys(positions_of(pack, "Kellogg said Washington would lead the monitoring of any ceasefire."))
    assert found == {("USA", "ceasefire_conditions", "support")}


def test_a_cue_written_as_a_noun_does_not_match_its_verb(pack):
    found = keys(positions_of(pack, "Peskov said the ceasefire remained in force."))
    assert found == {("RUS", "ceasefire", "support")}  # "remained" is no "remains" of the dead


def test_declaring_something_supports_it_unless_declared_impossible(pack):
    assert ("RUS", "ceasefire", "support") in keys(positions_of(pack, "Putin declared a truce for Orthodox Christmas."))
    assert keys(positions_of(pack, "Zelensky declared talks with Putin impossible.")) == {
        ("UKR", "talks_format", "oppose")}


def test_a_settlement_that_only_holds_a_specific_demand_is_no_position_on_it(pack):
    found = keys(positions_of(pack, "Lavrov demanded that sanctions on Russian banks be lifted as part of any "
                                    "settlement."))
    assert found == {("RUS", "sanctions", "demand")}


def test_no_deal_undoing_something_is_no_stance_on_the_deal(pack):
    found = keys(positions_of(pack, "Kallas said no peace agreement would change the EU's sanctions policy."))
    assert not any(issue == "war_aims" for _, issue, _ in found)


def test_a_demanding_verb_misparsed_as_a_modifier_still_gives_its_subject_the_demand(pack):
    found = keys(positions_of(pack, "In the Oval Office, Trump pressed Zelensky to accept Russia's terms on Donbas."))
    assert ("USA", "territory", "demand") in found and not any(h == "UKR" for h, _, _ in found)


def test_an_issue_in_the_source_of_a_report_is_not_reported(pack):
    found = keys(positions_of(pack, "Witkoff wants a ceasefire by June, according to officials briefed on the "
                                    "talks."))
    assert not any(issue == "talks_format" for _, issue, _ in found)


def test_a_reported_past_fact_is_no_position(pack):
    assert positions_of(pack, "Drones struck grain silos in Izmail overnight, the regional governor said.") == []
    assert ("RUS", "territory", "support") in keys(positions_of(
        pack, "Peskov said the four regions were part of Russia."))


def test_a_partys_goal_is_its_own_position_whoever_reports_it(pack):
    found = keys(positions_of(pack, "Sikorski said Russia's goal remained the capitulation of Ukraine."))
    assert ("RUS", "war_aims", "support") in found and not any(h == "POL" for h, _, _ in found)


def test_he_in_what_an_office_says_is_its_principal(pack):
    found = keys(positions_of(pack, "Orban's office said he would meet Putin in Moscow next week."))
    assert found == {("HUN", "talks_format", "propose")}


def test_on_the_table_is_no_position_on_talks(pack):
    found = keys(positions_of(pack, "Rubio said sanctions relief was not on the table."))
    assert not any(issue == "talks_format" for _, issue, _ in found)


def test_a_goal_that_a_step_leads_toward_is_no_position_of_its_own(pack):
    found = keys(positions_of(pack, "Kyiv called for the release of all prisoners as a first step toward a lasting "
                                    "peace."))
    assert ("UKR", "prisoners_children", "demand") in found
    assert not any(issue == "war_aims" for _, issue, _ in found)


def test_withdrawing_from_a_treaty_is_no_position_on_territory(pack):
    found = keys(positions_of(pack, "Hungary said it would withdraw from the arms control treaty."))
    assert not any(issue == "territory" for _, issue, _ in found)
    assert ("RUS", "territory", "demand") in keys(positions_of(pack, "Russia demands that Kyiv withdraw from the "
                                                                    "four regions."))


def test_arms_control_talks_are_a_position_on_european_security(pack):
    found = keys(positions_of(pack, "The United States offered Russia talks on arms control and risk reduction."))
    assert found == {("USA", "european_security", "propose")}


def test_a_stance_verb_used_as_a_noun_is_no_stance(pack):
    assert positions_of(pack, "Turkey's foreign minister greeted the Turkish hosts of the talks.") == []


def test_members_listed_after_a_group_noun_each_hold_the_position(pack):
    doc = make_document("t", "The leaders of France, Germany and Poland called on Moscow to accept a 30-day truce,"
                             " warning of new sanctions.", published="2025-05-10", lang="en")
    found = {(p.holder.code, p.issue, p.stance) for p in extract(doc, pack).positions}
    assert {(c, "ceasefire", "demand") for c in ("FRA", "DEU", "POL")} <= found
    assert {(c, "sanctions", "support") for c in ("FRA", "DEU", "POL")} <= found


def test_a_part_of_a_document_and_a_document_acting_speak_for_its_owner(pack):
    text = ("The first section of the Russian memorandum calls for recognition of Crimea. "
            "The Ukrainian draft would cap the army at 800,000 in peacetime.")
    found = {(p.holder.code, p.issue, p.stance) for p in
             extract(make_document("t", text, published="2025-06-02", lang="en"), pack).positions}
    assert ("RUS", "crimea", "demand") in found
    assert ("UKR", "military_limits", "propose") in found


def test_the_subject_of_an_adjective_holds_what_it_is_unlikely_or_ready_to_do(pack):
    doc = make_document("t", "Putin is unlikely to agree to any pause in the fighting.", published="2025-05-20",
                        lang="en")
    assert [(p.holder.code, p.issue) for p in extract(doc, pack).positions] == [("RUS", "ceasefire")]


def test_a_known_document_named_without_its_owner_speaks_for_the_pack_owner(pack):
    doc = make_document("t", "The 28-point draft would cap Ukraine's armed forces at 600,000.", published="2025-11-21",
                        lang="en")
    assert [(p.holder.code, p.issue, p.stance) for p in extract(doc, pack).positions] == \
        [("USA", "military_limits", "propose")]


def test_what_a_speaker_says_another_party_should_do_is_the_speakers_position(pack):
    text = "Macron said Ukraine should keep a peacetime army of 800,000. Peskov said Kyiv had rejected the proposal."
    found = {(p.holder.code, p.issue, p.stance) for p in
             extract(make_document("t", text, published="2025-12-16", lang="en"), pack).positions}
    assert ("FRA", "military_limits", "demand") in found
    assert not any(k[:2] == ("UKR", "military_limits") and k[2] != "reject" for k in found)
    assert ("UKR", "military_limits", "reject") in found  # "the proposal" recalls Macron's


def test_territory_that_only_locates_and_a_settlement_that_frames_are_no_positions(pack):
    text = ("The memorandum bars foreign weapons from being moved across its territory. "
            "Lavrov said any settlement must restore the rights of Russian speakers.")
    found = {(p.holder.code, p.issue) for p in
             extract(make_document("t", text, published="2025-06-03", lang="en"), pack).positions}
    assert ("RUS", "language_identity") in found
    assert not {i for _, i in found} & {"territory", "war_aims"}


def test_it_opening_the_next_sentence_goes_on_about_the_document(pack):
    text = "The 28-point draft would cap Ukraine's army at 600,000. It would also lift sanctions in stages."
    found = {(p.holder.code, p.issue, p.stance) for p in
             extract(make_document("t", text, published="2025-11-21", lang="en"), pack).positions}
    assert ("USA", "sanctions", "propose") in found


def test_narrated_urging_a_bid_and_a_city_of_the_speakers_state(pack):
    text = ("After Trump urged Kyiv to accept the talks, Zelensky flew to Ankara. Kyiv filed a bid to join NATO. "
            "Erdogan said Istanbul stood ready to host a summit.")
    found = {(p.holder.code, p.issue) for p in
             extract(make_document("t", text, published="2025-05-15", lang="en"), pack).positions}
    assert {("USA", "talks_format"), ("UKR", "alliance_neutrality"), ("TUR", "talks_format")} <= found


def test_both_delegations_are_the_speakers_side_and_the_other_party(pack):
    doc = make_document("t", "Umerov said both delegations had agreed to free a thousand prisoners apiece.",
                        published="2025-05-16", lang="en")
    assert {(p.holder.code, p.issue) for p in extract(doc, pack).positions} == \
        {("UKR", "prisoners_children"), ("RUS", "prisoners_children")}


def test_negation_is_counted_once_and_reaches_or_conjuncts_and_without(pack):
    text = ("Kyiv would not surrender territory or agree to cuts to its army. "
            "The Kremlin wanted negotiations without the inconvenience of a ceasefire.")
    found = {(p.holder.code, p.issue, p.stance) for p in
             extract(make_document("t", text, published="2025-05-20", lang="en"), pack).positions}
    assert ("UKR", "military_limits", "reject") in found
    assert ("RUS", "ceasefire", "oppose") in found
    assert not {s for c, i, s in found if c == "UKR"} & {"accept", "support", "propose"}


def test_coordinated_nationalities_of_one_noun_each_hold(pack):
    doc = make_document("t", "Russian and American negotiators agreed to a prisoner exchange.", published="2025-05-16",
                        lang="en")
    assert {p.holder.code for p in extract(doc, pack).positions} == {"RUS", "USA"}


def test_a_report_that_only_mentions_talks_or_peace_is_no_position(pack):
    doc = make_document("t", "Peskov said the talks in Istanbul had ended after two hours.", published="2025-05-16",
                        lang="en")
    assert extract(doc, pack).positions == []


def test_a_specific_issue_under_a_generic_one_still_counts(pack):
    doc = make_document("t", "Zelensky said Kyiv would not surrender territory.", published="2025-08-10", lang="en")
    assert ("UKR", "territory", "reject") in {(p.holder.code, p.issue, p.stance) for p in extract(doc, pack).positions}


def test_an_analyst_who_writes_reports_and_holds_nothing(pack):
    doc = make_document("t", "Tatiana Stanovaya writes that the Kremlin will press for the restrictions on the church"
                             " to be repealed.", published="2025-06-01", lang="en")
    found = extract(doc, pack).positions
    assert [(p.holder.code, p.issue) for p in found] == [("RUS", "church")]
    assert found[0].reported_by is not None and found[0].reported_by.name == "Tatiana Stanovaya"


def test_both_sides_take_no_guessed_party_and_a_reported_plan_is_judged_by_the_speaker(pack):
    text = ("Hamas and Israel agreed to a truce. The two sides will discuss a ceasefire. "
            "Peskov said the 28-point plan was a good basis for a settlement.")
    found = {(p.holder.code, p.issue) for p in
             extract(make_document("t", text, published="2025-11-25", lang="en"), pack).positions}
    assert not {c for c, _ in found} & {"UKR", "USA"}
    assert ("RUS", "war_aims") in found


def test_a_phrase_that_only_places_something_is_no_antecedent(pack):
    found = {(c, i) for c, i, _ in keys(positions_of(pack, "EU leaders granted Ukraine candidate status at their "
                                                          "summit, with Costa calling it a historic moment."))}
    assert found == {("EU", "eu_membership")}


def test_no_comment_forecasts_and_travel_take_no_stance(pack):
    text = ("Peskov declined to say who would lead the Russian delegation. "
            "The meeting is expected to begin at 10:00. Medinsky's delegation will fly to Istanbul on Thursday.")
    assert positions_of(pack, text, published="2025-05-14") == []
    assert ("RUS", "territory", "reject") in keys(positions_of(pack, "Russia refused to discuss territorial "
                                                                    "concessions."))


def test_one_sentence_gives_a_holder_one_position_per_issue_and_direction(pack):
    found = positions_of(pack, "Ukraine backs a ceasefire and is ready to accept a truce.")
    assert len([p for p in found if (p.holder.code, p.issue) == ("UKR", "ceasefire")]) == 1


# (text, published, positions that must be found, positions that must not), as (holder, issue, stance) with
# None for "any".
RULES = [
    pytest.param("Poland's draft has two parts. The agreement, according to the draft, would include a full exchange "
                 "of prisoners.", None, [("POL", "prisoners_children", "propose")], [], id="according-to-document"),
    pytest.param("Macron described the summit as a continuation of the Paris talks.", None,
                 [("FRA", "talks_format", "support")], [], id="regarded-as-continuation"),
    pytest.param("Lula stressed the potential for economic cooperation with Russia once the war ends.", None,
                 [("BRA", "relations_normalisation", "support")], [], id="potential-for"),
    pytest.param("Norway called for a full and unconditional 30-day ceasefire.", None,
                 [("NOR", "ceasefire", "demand")], [(None, "ceasefire_conditions", None)], id="qualifier-of-a-cue"),
    pytest.param("The plan keeps an army far above the 85,000 troops that Moscow demanded in 2022.", None,
                 [("RUS", "military_limits", "demand")], [], id="relative-clause-subject"),
    pytest.param("Putin thanked Trump for supporting the resumption of the Istanbul negotiations, which had been "
                 "broken off by the Ukrainian side in 2022.", None, [("UKR", "talks_format", "reject")], [],
                 id="passive-relative-clause"),
    pytest.param("Putin thanked Trump for supporting the resumption of the Istanbul negotiations.", None,
                 [("USA", "talks_format", "support")], [], id="thanked-for"),
    pytest.param("Kiev's memorandum is a set of demands for an unconditional ceasefire, Medinsky said.", None,
                 [("UKR", "ceasefire", "demand")], [("RUS", "ceasefire", "demand")], id="set-of-demands"),
    pytest.param("Moscow demanded that Kyiv withdraw its troops and accept a ceiling on its army.", None,
                 [("RUS", "military_limits", "demand")], [(None, None, "accept")], id="conjoined-demanded-acts"),
    pytest.param("Under the first option in the Russian memorandum, a 30-day ceasefire would begin after a full "
                 "withdrawal. Analysts say the 28-point draft's blanket amnesty would shut the door on prosecutions.",
                 "2025-11-25", [("RUS", "ceasefire", "propose"), ("USA", "accountability", "propose")], [],
                 id="document-provisions"),
    pytest.param("Russia's memorandum offers two routes to a ceasefire. Zelensky said Ukraine would study it. The "
                 "memorandum's final section demands recognition of Crimea as Russian.", None,
                 [("RUS", "crimea", "demand")], [("UKR", "crimea", None)], id="document-named-again"),
    pytest.param("Russia's memorandum has three sections. Zelensky said Kyiv would study it. The second section "
                 "lists a halt to Western arms supplies among the conditions for a ceasefire.", None,
                 [("RUS", "ceasefire_conditions", None)], [("UKR", "ceasefire_conditions", None)],
                 id="section-of-the-latest-document"),
    pytest.param("The Jeddah framework proposed a 30-day ceasefire, and the Vatican offered a neutral venue for "
                 "talks.", "2025-05-20", [], [("SAU", None, None), (None, "alliance_neutrality", None)],
                 id="document-named-after-a-city"),
    pytest.param("Minister Fidan said the delegations had agreed on an exchange of prisoners.", "2025-05-16",
                 [("RUS", "prisoners_children", "accept"), ("UKR", "prisoners_children", "accept")],
                 [("TUR", None, None)], id="delegations-a-mediator-reports"),
    pytest.param("Minister Fidan said Türkiye would keep hosting the talks. The parties agreed to an exchange of "
                 "prisoners.", "2025-06-02",
                 [("RUS", "prisoners_children", "accept"), ("UKR", "prisoners_children", "accept")], [],
                 id="parties-after-a-go-between"),
    pytest.param("Kellogg said Ukraine's membership of the alliance was off the table.", None,
                 [("USA", "alliance_neutrality", "reject")], [], id="copula-predicate"),
    pytest.param("Zelensky said Ukraine would never agree to reduce its army.", "2025-05-20",
                 [("UKR", "military_limits", "reject")], [], id="cue-reduce-its-army"),
    pytest.param("Peskov said Moscow saw no point in a short-term truce. Lavrov shot down the idea of a ceasefire.",
                 "2025-05-20", [("RUS", "ceasefire", "oppose"), ("RUS", "ceasefire", "reject")],
                 [("RUS", "ceasefire", "support"), ("RUS", "ceasefire", "propose")], id="cue-no-point-shoot-down"),
    pytest.param("Trump said he wanted to do business with Russia after the war.", "2025-05-20",
                 [("USA", "relations_normalisation", None)], [], id="cue-business-with-russia"),
    pytest.param("Only after the guns fall silent would the hubs be set up, analysts said.", "2025-05-20",
                 [], [(None, "ceasefire", None)], id="cue-not-a-time-clause"),
    pytest.param("Berlin now accepts that Ukraine's NATO membership is off the table.", None,
                 [("DEU", "alliance_neutrality", "accept")], [], id="copula-under-an-outer-stance"),
    pytest.param("Peskov said any ceasefire would first require a halt to Western arms deliveries.", None,
                 [("RUS", "ceasefire_conditions", "demand")], [(None, "ceasefire", None)], id="any-ceasefire-frames"),
    pytest.param("Under the plan, Kyiv would have to halt mobilisation. The restrictions on Russian banks must also "
                 "be lifted.", None, [], [("UKR", "sanctions", None)], id="who-is-asked-does-not-speak"),
    pytest.param("European officials said Trump had dropped his insistence on an immediate truce.", None,
                 [("USA", "ceasefire", "reject")], [], id="what-another-had-done"),
    pytest.param("The European Union and Britain announced new measures on Friday aimed at Russia's shadow fleet.",
                 None, [("EU", "sanctions", "support"), ("GBR", "sanctions", "support")], [], id="aimed-at"),
    pytest.param("Rutte said Moscow should accept the ceasefire Ukraine had already agreed to.", None,
                 [("NATO", "ceasefire", "demand")], [("RUS", "ceasefire", "accept")], id="another-should-accept"),
    pytest.param("“Our task is to establish a lasting peace by eliminating the root causes of the conflict,” "
                 "Medinsky said.", None, [("RUS", "war_aims", "support")], [], id="our-task-is-to"),
    pytest.param("Kuleba said Lavrov had refused to agree even to a 24-hour ceasefire.", None,
                 [("RUS", "ceasefire", "reject")], [], id="refused-to-agree"),
    pytest.param("Trump said he wanted a comprehensive peace deal rather than a ceasefire.", None,
                 [("USA", "ceasefire", "oppose")], [], id="rather-than"),
    pytest.param("Putin said any Western troops deployed in Ukraine would be legitimate targets for Russian forces.",
                 None, [("RUS", "alliance_neutrality", "oppose")], [], id="legitimate-targets"),
    pytest.param("Kallas said there could be no return to business as usual with Russia until it ends its war.",
                 None, [("EU", "relations_normalisation", "condition")], [], id="no-until"),
    pytest.param("Moscow's negotiators said there would be no truce unless Ukraine pulled its troops out of the "
                 "Donetsk region.", None, [("RUS", "ceasefire", "condition"), ("RUS", "territory", "demand")], [],
                 id="asked-in-a-condition"),
    pytest.param("Merz said Germany no longer restricts the range of the weapons it supplies to Ukraine.", None,
                 [("DEU", "military_limits", "oppose")], [], id="no-longer-restrict"),
    pytest.param("Putin said the Ukrainian leader lacked legitimacy.", None,
                 [("RUS", "elections_governance", "oppose")], [], id="lack"),
    pytest.param("Zelensky said he would travel to Turkey to meet Vladimir Putin in person. Medinsky said Moscow "
                 "was ready to continue contacts.", "2025-05-12",
                 [("UKR", "talks_format", "propose"), ("RUS", "talks_format", "support")], [],
                 id="travel-to-meet-and-contacts"),
    pytest.param("Donald Trump, for his part, spoke in favour of an early ceasefire.", None,
                 [("USA", "ceasefire", "support")], [], id="in-favour-of"),
    pytest.param("“We are ready for direct talks in any format that brings results,” Zelensky said.", None,
                 [("UKR", "talks_format", "support")], [], id="we-in-a-quote"),
    pytest.param("Russian servicemen are delivering aid to residents of liberated settlements in the Kherson "
                 "region, the Defence Ministry said.", None, [], [(None, "territory", None)],
                 id="a-region-that-only-locates"),
    pytest.param("Europe should now adopt sanctions that hurt.", None, [], [(None, "sanctions", None)],
                 id="writer-s-advice"),
    pytest.param("A summit of the two presidents could take place only once the delegations have agreed a text, "
                 "Ushakov said.", None, [("RUS", "talks_format", "condition")], [], id="only-once"),
    pytest.param("The two sides agreed to exchange all severely wounded prisoners of war.", None,
                 [("RUS", "prisoners_children", "accept"), ("UKR", "prisoners_children", "accept")], [],
                 id="the-sides-unnamed"),
    pytest.param("“We are ready for direct talks in any format. If Moscow is not ready to stop the killing, there "
                 "must be stronger sanctions,” Sybiha told reporters.", None,
                 [("UKR", "talks_format", "support"), ("UKR", "sanctions", None)], [], id="quote-runs-on"),
    pytest.param("The Kyiv delegation signalled flexibility by proposing a meeting of presidents.", None,
                 [("UKR", "talks_format", "propose")], [], id="by-gerund"),
    pytest.param("Russia and Ukraine agreed on a ceasefire in Istanbul. They also agreed to exchange the bodies of "
                 "6,000 fallen soldiers.", None, [("RUS", "prisoners_children", "accept"),
                                                  ("UKR", "prisoners_children", "accept")], [],
                 id="they-after-two-parties"),
    pytest.param("Lavrov said a ceasefire can begin once Ukraine withdraws from the four regions.", None,
                 [("RUS", "territory", "demand")], [], id="reported-once-clause"),
    pytest.param("Peskov dismissed the demands by Britain that Moscow agree to a 30-day truce.", None,
                 [("GBR", "ceasefire", "demand")], [("RUS", "ceasefire", "demand")], id="demands-by"),
    pytest.param("ISW assessed that the Kremlin is offering such procedural steps to deflect the deadline while "
                 "refusing a general ceasefire.", None, [("RUS", "ceasefire", "reject")], [], id="infinitive-relative"),
    pytest.param("Norway said it remained committed to a just and lasting peace.", None,
                 [("NOR", "war_aims", "support")], [], id="committed-to"),
    pytest.param("A Kremlin aide said Putin had no plans to travel to Turkey next week.", None,
                 [("RUS", "talks_format", "reject")], [("RUS", "talks_format", "propose")], id="no-plans-to-travel"),
    pytest.param("Kyiv said it wanted an exchange of all for all before the summer.", None,
                 [("UKR", "prisoners_children", "demand")], [], id="all-for-all-words"),
    pytest.param("Zelensky thanked Qatar for its readiness to host negotiations and for its support of the return of "
                 "deported children.", None,
                 [("QAT", "talks_format", "support"), ("QAT", "prisoners_children", "support")],
                 [("UKR", "talks_format", None)], id="thanked-for-its-readiness"),
    pytest.param("Moscow said it was ready to work with Kyiv on a memorandum on a future treaty.", None,
                 [("RUS", "talks_format", "support")], [], id="worked-on-memorandum"),
    pytest.param("Kyiv signed a deal on a special tribunal, which the Kremlin considers as legally void.", None,
                 [("RUS", "accountability", "oppose")], [], id="regarded-as-void"),
    pytest.param("Denmark said it would join a multinational force once a ceasefire holds.", None,
                 [("DNK", "security_guarantees", None)], [("DNK", "alliance_neutrality", None)],
                 id="multinational-force-guarantees"),
    pytest.param("Lavrov said a Catholic venue would be awkward for two Orthodox nations.", None,
                 [], [(None, "church", None), ("RUS", "church", None)], id="faith-of-peoples"),
    pytest.param("Peskov said Moscow and Washington would discuss a settlement without Kyiv.", None,
                 [("RUS", "talks_format", None)], [("RUS", "war_aims", None)], id="discussed-settlement"),
    pytest.param("Umerov said Kyiv is sending its delegation to Istanbul out of respect for Trump.", None,
                 [("UKR", "talks_format", "support")], [], id="reported-talks-plan"),
    pytest.param("Peskov declined to say whether Putin might travel to Turkey, and the ministry said Sybiha had "
                 "briefed his counterparts on the meeting.", None, [], [(None, "talks_format", None)],
                 id="reported-talks-no-plan"),
    pytest.param("If Kyiv's offer of a prisoner swap is genuine, Moscow should answer it quickly.", None,
                 [("UKR", "prisoners_children", "propose")], [], id="owned-offer-in-condition"),
    pytest.param("Sandu rejected any ban on mobilisation.", None,
                 [("MDA", "ceasefire_conditions", "reject")], [("MDA", "ceasefire_conditions", "demand")],
                 id="refused-stance-noun"),
    pytest.param("The first section of the Ukrainian memorandum calls for a full ceasefire.", None,
                 [("UKR", "ceasefire", "demand")], [(None, "talks_format", None)], id="document-speaks"),
    pytest.param("Peskov said a new summit was not on the agenda for now.", None,
                 [("RUS", "talks_format", "oppose")], [("RUS", "talks_format", "support")], id="not-on-the-agenda"),
    pytest.param("Austria said it would not consent to opening Ukraine's accession talks this year.", None,
                 [("AUT", "eu_membership", "reject")], [("AUT", "eu_membership", "support")],
                 id="stance-of-a-gerund-object"),
    pytest.param("Kyiv wants a lasting settlement rather than a short truce arrangement.", None,
                 [("UKR", "ceasefire", "oppose")], [("UKR", "ceasefire", "demand")], id="rather-than-a-compound"),
    pytest.param("Helsinki said it was giving no consideration to sending peacekeepers.", None,
                 [("FIN", "alliance_neutrality", "reject")], [("FIN", "alliance_neutrality", "propose")],
                 id="no-object-negates"),
    pytest.param("The Moldovan parliament confirmed that elections cannot be held under martial law.", None,
                 [("MDA", "elections_governance", "oppose")], [("MDA", "elections_governance", "support")],
                 id="affirmed-negation"),
    pytest.param("Brazil said it backs diplomacy rather than more weapons.", None,
                 [("BRA", "talks_format", "support")], [], id="diplomacy-is-talks"),
    pytest.param("Sweden called for more pressure on Russia.", None,
                 [("SWE", "sanctions", "demand")], [], id="pressure-is-sanctions"),
    pytest.param("Lavrov questioned whether the Ukrainian president was entitled to sign the treaty.", None,
                 [("RUS", "elections_governance", "oppose")], [], id="entitled-to-sign"),
    pytest.param("Medinsky said Russia would keep fulfilling the humanitarian agreements in full.", None,
                 [("RUS", "prisoners_children", "support")], [], id="humanitarian-agreements"),
    pytest.param("Moscow announced it would scale back military activity near the capital.", None,
                 [("RUS", "ceasefire", "support")], [], id="scale-back-military-activity"),
    pytest.param("Lavrov said the talks, which had been broken off by Kyiv in 2022, could resume in Istanbul.", None,
                 [("UKR", "talks_format", "reject")], [("RUS", "talks_format", "reject")],
                 id="passive-relative-with-agent"),
    pytest.param("Sybiha said Ukraine will not withdraw its troops from the Donetsk region.", None,
                 [("UKR", "territory", "reject")], [("UKR", "territory", "accept")], id="refusing-word-inside-act"),
    pytest.param("Ukraine will withdraw its troops from the four regions.", None,
                 [("UKR", "territory", "propose")], [("UKR", "territory", "reject")], id="act-with-refusing-word"),
    pytest.param("Sybiha said Kyiv was ready for talks and would not withdraw its troops from Zaporizhzhia.", None,
                 [("UKR", "territory", "reject")], [("UKR", "territory", "support")], id="conjoined-act-keeps-its-own"),
    pytest.param("Orban welcomed the US ceasefire proposal.", None,
                 [("USA", "ceasefire", "propose"), ("HUN", "ceasefire", "support")],
                 [("HUN", "ceasefire", "propose")], id="owner-on-inner-compound"),
    pytest.param("Russia's memorandum has three sections. Under the first section, Ukraine is to recognise Crimea "
                 "as Russian.", None, [("RUS", "crimea", "propose")], [("UKR", "crimea", None)],
                 id="act-under-document-terms"),
    pytest.param("Under the Finnish plan, Russia would lift its veto on grain shipments.", None,
                 [("FIN", "black_sea_food_energy", None)], [("RUS", None, None)], id="act-under-owned-plan"),
    pytest.param("The delegations agreed to swap 500 prisoners each but failed to agree on a truce.", None,
                 [("RUS", "prisoners_children", "accept")], [(None, "ceasefire", None)], id="failed-to-agree"),
    pytest.param("Kyiv dismissed the offer, and Zelensky discussed the prisoner exchange with Macron.", None, [],
                 [("UKR", "prisoners_children", "reject")], id="stance-stops-at-conjoined-clause"),
    pytest.param("Erdogan said the Vatican had offered to host the talks.", None, [("VAT", "talks_format", None)],
                 [("TUR", "talks_format", None)], id="reported-offer-to-act-is-own"),
    pytest.param("The sanctions threatened by Washington have not materialised.", None,
                 [("USA", "sanctions", "support")], [], id="participle-with-agent"),
    pytest.param("Ukraine hopes for EU accession, which the Kremlin has said it does not oppose.", None,
                 [("RUS", "eu_membership", "support")], [("RUS", "eu_membership", "oppose")],
                 id="relative-object-of-what-was-said"),
    pytest.param("Hungary is said to favour a long ceasefire.", None, [("HUN", "ceasefire", "support")], [],
                 id="subject-of-passive-raising-verb"),
    pytest.param("Moscow insists on limits on its armed forces and an end to Western deliveries of weapons.", None,
                 [("RUS", "military_limits", "demand"), ("RUS", "ceasefire_conditions", "demand")], [],
                 id="armed-forces-limits-and-weapons-deliveries"),
    pytest.param("Peskov said Putin would not attend in person, and Sybiha dismissed the Russian team as decorative.",
                 None, [("RUS", "talks_format", "reject"), ("UKR", "talks_format", "reject")], [],
                 id="attending-and-teams-are-talks"),
    pytest.param("Erdogan thanked his Finnish counterpart for supporting the prisoner exchange.", None,
                 [("FIN", "prisoners_children", "support")], [("TUR", "prisoners_children", None)],
                 id="thanked-counterpart-by-nationality"),
    pytest.param("Moscow's exit from the grain deal drove up food prices.", None,
                 [("RUS", "black_sea_food_energy", "reject")], [], id="exit-from-a-deal"),
    pytest.param("The Russian delegation offered a three-day truce along parts of the front. Kyiv rejected that "
                 "offer.", None, [("UKR", "ceasefire", "reject")], [], id="that-offer-recalls-the-offered-truce"),
    pytest.param("The Senate drafted new sanctions on buyers of Russian oil. Trump declined to endorse the bill.",
                 None, [("USA", "sanctions", "reject")], [], id="the-bill-recalls-its-sanctions"),
    pytest.param("Diplomats said Washington's reluctance to impose new sanctions on Moscow worried Kyiv.", None,
                 [("USA", "sanctions", "oppose")], [(None, "sanctions", "support")], id="reluctance-to-act"),
    pytest.param("Moscow's forces pushed across the border into Kharkiv region on Tuesday.", None, [],
                 [(None, "territory", None)], id="border-crossed-is-no-issue"),
    pytest.param("A civilian from the Kherson region was among those freed, officials said.", None, [],
                 [(None, "territory", None)], id="region-of-origin-is-no-issue"),
    pytest.param("The situation in the Belgorod border area remains tense, the governor said.", None, [],
                 [(None, "territory", None)], id="border-area-is-no-issue"),
    pytest.param("Brazil's president said he supported the European demand for a 30-day truce.", None,
                 [("BRA", "ceasefire", "support"), (None, "ceasefire", "demand")], [("BRA", "ceasefire", "demand")],
                 id="bloc-adjective-owns-the-demand"),
    pytest.param("The memorandum handed over by the Russian delegation lists a ban on Ukraine joining NATO.", None,
                 [("RUS", "alliance_neutrality", "demand")], [], id="document-handed-over-by-a-party"),
    pytest.param("The Russian statement provides for a ban on Western weapons deliveries to Ukraine.", None,
                 [("RUS", "ceasefire_conditions", "demand")], [], id="document-provides-for-a-ban"),
    pytest.param("Zelensky's demand that Moscow accept a full ceasefire was rejected.", None,
                 [("UKR", "ceasefire", "demand")], [("RUS", "ceasefire", None)], id="noun-demand-that-x-accept"),
    pytest.param("Lavrov said the talks, which had been interrupted by the Ukrainian side, would resume.", None,
                 [("UKR", "talks_format", "reject")], [], id="talks-interrupted-by-a-side"),
    pytest.param("Turkey will continue to spare no effort to achieve a just and lasting peace.", None,
                 [("TUR", "war_aims", "support")], [("TUR", "war_aims", "reject")], id="spare-no-effort"),
    pytest.param("Peskov said Western arms deliveries to Kyiv were dangerous.", None,
                 [("RUS", "ceasefire_conditions", "oppose")], [("RUS", "ceasefire_conditions", "support")],
                 id="judged-dangerous"),
    pytest.param("A spokesman for Chancellor Friedrich Merz said European governments would begin preparing new "
                 "sanctions if no ceasefire was in place by Monday.", None, [("DEU", "sanctions", None)],
                 [(None, "sanctions", "reject")], id="spokesman-for-a-leader-and-if-no-condition"),
    pytest.param("Moscow proposed a two-day truce in some areas of the front line so that bodies could be collected.",
                 None, [("RUS", "ceasefire", "propose")], [(None, "territory", None)], id="areas-of-the-front-line"),
    pytest.param("Trump has declined to impose the sanctions he threatened.", None,
                 [("USA", "sanctions", "support"), ("USA", "sanctions", "reject")], [],
                 id="relative-clause-and-governing-verb-both-speak"),
    pytest.param("Fidan said that Ankara does not recognise the annexation of any Ukrainian land, Crimea included.",
                 None, [("TUR", "territory", "reject")], [], id="absolute-participle-is-no-outer-proposal"),
    pytest.param("Zelensky said Ukraine would not accept a cap that leaves its army unable to defend the country or "
                 "any recognition of occupied land.", None, [("UKR", "territory", "reject")],
                 [("UKR", "territory", "support")], id="any-asks-for-the-negation-above"),
    pytest.param("Moscow demanded that Ukraine withdraw from the four regions. Zelensky said such demands were "
                 "unacceptable.", None, [("UKR", "territory", "oppose")], [], id="such-demands-recall-the-demand"),
    pytest.param("Russia proposed a ceasefire in Donbas on Monday. Kyiv rejected the Russian offer.", None,
                 [("UKR", "ceasefire", "reject")], [], id="owner-named-offer-recalls-its-owner"),
    pytest.param("Russia proposed a ceasefire in Donbas on Monday. Kyiv rejected the US offer.", None, [],
                 [("UKR", "ceasefire", None)], id="offer-of-a-party-with-no-position-recalls-nothing"),
    pytest.param("Russia proposed a ceasefire in Donbas on Monday. Kyiv rejected the new offer.", None, [],
                 [("UKR", "ceasefire", None)], id="offer-with-another-modifier-recalls-nothing"),
    pytest.param("The United States proposed a 30-day ceasefire. Trump said Moscow had not answered. Russia's "
                 "deputy foreign minister met the Saudi envoy. Lavrov later rejected the American proposal.", None,
                 [("RUS", "ceasefire", "reject")], [], id="owner-named-proposal-reaches-further-back"),
    pytest.param("Moscow insisted that Kyiv pull out of Zaporizhzhia. Kyiv called the conditions absurd and "
                 "impossible to meet.", None, [("UKR", "territory", "oppose")], [],
                 id="object-complement-parsed-on-the-recalled-noun"),
    pytest.param("Moscow offered direct talks in Istanbul and demanded a halt to Western arms deliveries. Zelensky "
                 "welcomed the signal.", None, [("UKR", "talks_format", "support")], [],
                 id="an-offer-recalls-the-proposal-before-the-demand"),
    pytest.param("Peskov said the Kiev regime was not interested in peace.", None, [("UKR", "talks_format", "oppose")],
                 [(None, "war_aims", None)], id="regime-named-as-subject-is-no-war-aim"),
    pytest.param("Starmer said Britain remained committed to a multinational force to help secure a lasting peace.",
                 None, [("GBR", "security_guarantees", "support")], [("GBR", "war_aims", None)],
                 id="peace-as-the-purpose-of-a-force"),
    pytest.param("Russia's memorandum, handed over only at the table, says a full ceasefire can begin once Ukraine "
                 "withdraws from the four regions.", None, [("RUS", "ceasefire", "propose")],
                 [], id="only-at-the-table-places"),
    pytest.param("The Russian memorandum handed to the Ukrainian delegation lists two options for a ceasefire.", None,
                 [("RUS", "ceasefire", "propose")], [("RUS", "talks_format", None)], id="delegation-handed-a-paper"),
    pytest.param("Russian and Ukrainian negotiators agreed on Friday to swap 1,000 prisoners each but made no progress "
                 "toward a ceasefire.", None, [("RUS", "prisoners_children", "accept")], [(None, "ceasefire", None)],
                 id="no-progress-toward-is-no-refusal"),
    pytest.param("“Ukraine will not withdraw its troops from its own territory,” Zelensky said after speaking to "
                 "Trump.",
                 None, [("UKR", "territory", "reject")], [("UKR", "territory", "condition")],
                 id="after-of-the-saying-is-no-condition"),
    pytest.param("Analysts said Hegseth's declaration that a return to Ukraine's pre-2014 borders is unrealistic "
                 "weakened Kyiv.", None, [("USA", "territory", "oppose")], [("UKR", "territory", None)],
                 id="owner-of-a-declaration-speaks-its-clause"),
    pytest.param("Russia's memorandum offers two routes to a ceasefire. Under the second, Kyiv would have to halt "
                 "mobilisation and hold elections within 100 days of lifting martial law.", None,
                 [("RUS", "ceasefire_conditions", "propose"), ("RUS", "elections_governance", "propose")],
                 [("UKR", None, None)], id="under-the-second-option-as-a-numeral"),
    pytest.param("Macron told Putin that if he refused a 30-day ceasefire, massive sanctions would follow.", None,
                 [("FRA", "ceasefire", "demand")], [("RUS", "ceasefire", None)],
                 id="if-refused-the-threatener-demands"),
    pytest.param("The 20-point framework says Ukraine should hold elections as soon as possible after the agreement is "
                 "signed.", "2025-12-24", [("UKR", "elections_governance", "demand")], [],
                 id="a-plan-that-says-speaks-for-its-owner"),
    pytest.param("Britain sanctioned 135 more tankers of Russia's shadow fleet on Tuesday.", None,
                 [("GBR", "sanctions", "support")], [], id="the-party-that-does-the-act-supports-it"),
    pytest.param("Xi and Putin pledged to stand together against unilateral sanctions.", None,
                 [("CHN", "sanctions", "oppose"), ("RUS", "sanctions", "oppose")], [(None, "sanctions", "support")],
                 id="standing-against"),
    pytest.param("Any use of Russia's frozen assets would be theft, Zakharova said.", None,
                 [("RUS", "sanctions", "oppose")], [("RUS", "sanctions", "support")], id="judged-as-theft"),
    pytest.param("Trump said imposing sanctions was costly for the United States.", None,
                 [("USA", "sanctions", "oppose")], [("USA", "sanctions", "support")], id="doing-it-judged-costly"),
    pytest.param("The Kremlin insisted that Zelensky has no legitimate authority to sign a treaty.", None,
                 [(None, "elections_governance", "reject")], [(None, "talks_format", None)],
                 id="authority-to-sign-is-legitimacy"),
    pytest.param("Lavrov condemned the plan to put a British contingent on Ukrainian soil.", None, [],
                 [(None, "territory", None), (None, None, "condition")], id="contingent-on-is-no-condition"),
    pytest.param("Moscow dismissed the proposals of the coalition to deploy peacekeepers.", None,
                 [("RUS", "alliance_neutrality", "reject")], [("RUS", None, "propose")],
                 id="the-critic-does-not-own-the-plan"),
    pytest.param("NATO countries agreed to raise military spending, and the alliance's leaders met in Vilnius.", None,
                 [], [(None, "alliance_neutrality", None)], id="nato-as-an-actor"),
    pytest.param("Moscow will never accept soldiers from NATO states in Ukraine.", None,
                 [("RUS", "alliance_neutrality", "reject")], [], id="troops-from-nato-states"),
    pytest.param("Washington's 12-point plan was handed to Kyiv. Ukraine would hold elections within a year.", None,
                 [("USA", "elections_governance", "propose")], [("UKR", "elections_governance", None)],
                 id="a-paragraph-on-a-document-states-its-terms"),
    pytest.param("Analysts said the 28-point plan echoed Moscow's demands.\n\nOn land, the plan would have Kyiv give "
                 "up the rest of Donbas.", None, [("USA", "territory", "propose")], [],
                 id="a-named-document-is-remembered"),
    pytest.param("The Russian memorandum has three parts. The plan offers Kyiv a way out: sanctions on Ukraine would "
                 "be eased.", None, [("RUS", "sanctions", "propose")], [], id="what-a-document-offers"),
    pytest.param("Moscow called for a truce along the whole line of contact.", None,
                 [("RUS", "ceasefire", "demand")], [(None, "territory", None)], id="along-the-line-is-a-place"),
    pytest.param("Russia seized Crimea in 2014. Canada said it would never recognise the annexation.", None,
                 [("CAN", "crimea", "reject")], [("CAN", "territory", None)], id="the-annexation-of-crimea"),
    pytest.param("Russia annexed four regions in 2022. Canada said it would never recognise the annexation.", None,
                 [("CAN", "territory", "reject")], [("CAN", "crimea", None)], id="the-annexation-of-regions"),
    pytest.param("Sybiha said Ukrainians would never give their land to Moscow.", None,
                 [("UKR", "territory", "reject")], [], id="their-land"),
    pytest.param("Peskov proposed that the matter be settled in a telephone conversation between the presidents.",
                 None, [("RUS", "talks_format", "propose")], [], id="a-telephone-conversation-is-talks"),
    pytest.param("Germany is not inclined to lift sanctions on Russia.", None,
                 [("DEU", "sanctions", "oppose")], [], id="not-inclined"),
    pytest.param("Peskov said the Ukrainian delegation had again raised the question of a truce.", None,
                 [("UKR", "ceasefire", "support")], [(None, "ceasefire", "oppose"), ("RUS", "ceasefire", None)],
                 id="raising-a-question-is-no-doubt"),
    pytest.param("Macron held back from new sanctions on Moscow.", None,
                 [("FRA", "sanctions", "reject")], [("FRA", "sanctions", "support")], id="held-back-from"),
    pytest.param("Berlin would not allow Moscow to impose a peace settlement on Kyiv.", None,
                 [("DEU", "war_aims", "reject")], [(None, "war_aims", "support")], id="not-allowing-another-to-act"),
    pytest.param("Lavrov said Moscow wants a durable settlement, not a pause that Kyiv could use to rearm.", None,
                 [("RUS", "ceasefire", "oppose")], [("RUS", "ceasefire", "demand")], id="not-a-pause"),
    pytest.param("Kyiv wants talks, not more sanctions.", None,
                 [("UKR", "sanctions", "oppose"), ("UKR", "talks_format", "demand")], [("UKR", "sanctions", "demand")],
                 id="not-before-a-conjoined-noun"),
    pytest.param("Zelensky responded with an offer of direct talks.", None,
                 [("UKR", "talks_format", "propose")], [], id="responded-with-an-offer"),
    pytest.param("Kyiv's plan, in contrast, places a full truce first, and refuses recognition of any seized land, "
                 "limits on its armed forces or an imposed neutral status.", None,
                 [("UKR", "military_limits", "reject"), ("UKR", "alliance_neutrality", "reject")],
                 [("UKR", "military_limits", "propose"), ("UKR", "alliance_neutrality", "propose")],
                 id="refusal-spans-a-misparsed-list"),
    pytest.param("Zakharova said the Kiev regime was looking for any pretext to avoid a meeting in Istanbul.", None,
                 [("UKR", "talks_format", "oppose")], [("RUS", "talks_format", None)], id="avoiding-is-own-attitude"),
    pytest.param("Slovakia kept its funds out of the reparations loan.", None,
                 [("SVK", "reconstruction", "reject")], [("SVK", "reconstruction", "support")], id="kept-out-of"),
    pytest.param("Zelensky said there must be no limitations on Ukraine's armed forces.", None,
                 [("UKR", "military_limits", "reject")], [], id="no-limitations-on-the-armed-forces"),
    pytest.param("Umerov said Russia had put forward demands, including that Kyiv withdraw its forces from the "
                 "four regions.", None, [("RUS", "territory", "demand")], [("UKR", "territory", None)],
                 id="a-list-the-demands-include"),
    pytest.param("A ceasefire, in Peskov's view, must be preceded by a halt to Western arms supplies.", None,
                 [("RUS", "ceasefire_conditions", "demand")], [], id="in-his-view"),
    pytest.param("Any settlement, Zakharova said, must fix Ukraine's neutral status.", None,
                 [("RUS", "alliance_neutrality", "demand")], [], id="a-reporting-clause-set-off-by-commas"),
    pytest.param("Kiev continues to sabotage the negotiations, Zakharova said.", None,
                 [("UKR", "talks_format", "oppose")], [(None, "ceasefire_conditions", None)],
                 id="sabotage-is-a-stance-not-a-truce-term"),
    pytest.param("Moscow demanded a ban on sabotage during any truce.", None,
                 [("RUS", "ceasefire_conditions", "demand")], [], id="a-sabotage-ban-is-a-truce-term"),
    pytest.param("Ryabkov described as unacceptable the demand by Kyiv that Moscow accept a truce before any talks.",
                 None, [("UKR", "ceasefire", "demand"), ("RUS", "ceasefire", "oppose")],
                 [("RUS", "ceasefire", "accept")], id="judged-demand-by-a-party-that"),
    pytest.param("Finland dismissed the Russian demand that Ukraine withdraw from Kherson.", None,
                 [("RUS", "territory", "demand"), ("FIN", "territory", "reject")], [("UKR", "territory", None)],
                 id="demand-that-with-subjunctive-relative-parse"),
    pytest.param("Russia and Ukraine swapped 90 prisoners of war on Tuesday.", None,
                 [("RUS", "prisoners_children", "support"), ("UKR", "prisoners_children", "support")], [],
                 id="parties-carry-out-the-swap"),
    pytest.param("Kyiv and Moscow released 84 prisoners in a swap brokered by Qatar.", None,
                 [("QAT", "prisoners_children", "support")], [], id="brokered-by-a-go-between"),
    pytest.param("Ukraine and Russia returned 40 children, with mediation by Qatar.", None,
                 [("QAT", "prisoners_children", "support")], [], id="with-mediation-by"),
    pytest.param("Erdogan said the two sides must now agree to a ceasefire.", None,
                 [("TUR", "ceasefire", "demand")], [(None, "ceasefire", "accept")],
                 id="a-third-party-says-both-sides-should"),
    pytest.param("Hungary called the new sanctions unjustified.", None,
                 [("HUN", "sanctions", "oppose")], [], id="unjustified-is-a-judgement"),
    pytest.param("Lavrov said new sanctions on Russian oil had no future.", None,
                 [("RUS", "sanctions", "oppose")], [("RUS", "sanctions", "support")], id="has-no-future"),
    pytest.param("Kyiv would not accept a memorandum written without its participation, Sybiha said.", None,
                 [("UKR", "talks_format", "reject")], [("UKR", "talks_format", "propose")],
                 id="who-receives-a-document-does-not-own-it"),
]


def test_one_party_once_per_sentence_but_each_conjoined_speaker(pack):
    said = [p for p in positions_of(pack, "Zelensky said Ukraine would hold elections only after the war ends.")
            if p.issue == "elections_governance"]
    assert len(said) == 1 and said[0].holder.code == "UKR"
    both = [p for p in positions_of(pack, "Zelensky and Sybiha demanded a full ceasefire.") if p.issue == "ceasefire"]
    assert {p.holder.name for p in both} >= {"Volodymyr Zelensky", "Andrii Sybiha"}, both


def _fits(found: tuple, pattern: tuple) -> bool:
    return all(p is None or p == v for p, v in zip(pattern, found))


@pytest.mark.parametrize("text, published, present, absent", RULES)
def test_position_rules(pack, text, published, present, absent):
    found = keys(positions_of(pack, text, published or "2025-06-02"))
    for pattern in present:
        assert any(_fits(k, pattern) for k in found), (pattern, found)
    for pattern in absent:
        assert not any(_fits(k, pattern) for k in found), (pattern, found)


def test_authorities_and_hosts_are_no_talks_issue(pack):
    found = keys(positions_of(pack, "The occupation authorities demanded that the Turkish hosts leave, and Putin "
                                    "backed the Kiev authorities' ban."))
    assert not any(issue == "talks_format" for _, issue, _ in found)


def test_a_statement_quotes_whole_words_as_written(pack):
    found = positions_of(pack, "Ukraine rejected Moscow's offer of a 24-hour ceasefire, and the Kremlin insisted on "
                               "Kyiv's non-nuclear status.", "2025-05-08")
    words = {p.issue: p.statement.split(": ", 1)[1] for p in found}
    assert words.get("ceasefire", "").endswith("a 24-hour ceasefire"), words
    assert "non-nuclear" in words.get("nuclear_status", ""), words
    assert all(" 's" not in w and not w.startswith("to ") for w in words.values()), words


def test_a_plans_terms_go_on_in_the_next_paragraph(pack):
    found = keys(positions_of(pack, "The US plan offers Russia a way back into the world economy. Sanctions would be "
                                    "lifted in stages.\n\nUkraine would have to cap its army at 600,000."))
    assert ("USA", "military_limits", "propose") in found
    assert not any(code == "UKR" and issue == "military_limits" for code, issue, _ in found)


def test_a_clause_that_qualifies_another_text_states_no_terms_of_the_plan(pack):
    found = keys(positions_of(pack, "The EU plan offers Ukraine a path to membership. Sanctions would stay in place."
                                    "\n\nA Senate bill that would impose tariffs on buyers of Russian oil has 80 "
                                    "co-sponsors."))
    assert ("EU", "sanctions", "propose") in found and ("USA", "sanctions", "support") in found
    assert len([k for k in found if k[1] == "sanctions"]) == 2


@pytest.mark.parametrize("speakers", ["France and Germany", "Macron and Merz", "The leaders of France and Germany"])
def test_conjoined_speakers_each_hold_what_they_said(pack, speakers):
    found = keys(positions_of(pack, f"{speakers} said the talks must go on."))
    assert {("FRA", "talks_format", "demand"), ("DEU", "talks_format", "demand")} <= found


def test_a_speaker_and_the_name_beside_it_hold_one_position(pack):
    found = positions_of(pack, "The Ukrainian ombudsman, Dmytro Lubinets, said the next priority must be the "
                               "children taken to Russia.")
    assert [p.holder.code for p in found if p.issue == "prisoners_children"] == ["UKR"]


def test_a_partys_stated_position_is_its_own_inside_anothers_report(pack):
    found = keys(positions_of(pack, "Witkoff said he understood Moscow's position that a truce must follow a "
                                    "comprehensive settlement."))
    assert ("RUS", "ceasefire", "demand") in found and not any(k[0] == "USA" for k in found)


def test_who_supports_a_stated_position_holds_it(pack):
    found = keys(positions_of(pack, "Zelensky said Ukraine supports Trump's position that the fighting should stop "
                                    "immediately."))
    assert ("UKR", "ceasefire", "support") in found or ("UKR", "ceasefire", "demand") in found


@pytest.mark.parametrize("text", ["Kyiv slammed a memorandum that calls for its withdrawal from four regions.",
                                  "Zelensky condemned the memorandum, which demands Ukraine's neutrality."])
def test_who_condemns_a_document_does_not_own_its_demands(pack, text):
    assert not any(p.holder.code == "UKR" and p.stance == "demand" for p in positions_of(pack, text))


def test_the_sides_after_talks_a_go_between_hosted_are_the_two_main_parties(pack):
    found = keys(positions_of(pack, "After talks in Istanbul hosted by Turkey, the sides swapped 270 servicemen and "
                                    "120 civilians each on Friday."))
    assert {("RUS", "prisoners_children", "support"), ("UKR", "prisoners_children", "support")} <= found


def test_a_meeting_said_to_be_possible_is_supported(pack):
    found = keys(positions_of(pack, "Ushakov said a summit between the two presidents was possible in principle."))
    assert any(k[:2] == ("RUS", "talks_format") and k[2] not in {"oppose", "reject"} for k in found)


@pytest.mark.parametrize("text", ["Lavrov said the British document was unconstructive.",
                                  "Zakharova said that further sanctions were a road to nowhere."])
def test_new_judgement_words_oppose(pack, text):
    found = keys(positions_of(pack, text))
    assert any(k[0] == "RUS" and k[2] in {"oppose", "reject"} for k in found)
    assert not any(k[0] == "RUS" and k[2] not in {"oppose", "reject"} for k in found)


def test_an_owned_idea_is_its_owners_proposal(pack):
    found = keys(positions_of(pack, "Zelensky backs Erdogan's idea of a summit in Istanbul."))
    assert ("TUR", "talks_format", "propose") in found and ("UKR", "talks_format", "support") in found


def test_an_idea_without_owner_is_no_proposal(pack):
    found = keys(positions_of(pack, "Lavrov ridiculed the idea of a summit in the Vatican."))
    assert ("RUS", "talks_format", "propose") not in found


@pytest.mark.parametrize("text, issue", [
    ("The European Commission proposed an eighteenth package on Tuesday.", "sanctions"),
    ("London announced new measures against Russia on Friday.", "sanctions"),
    ("Kyiv said it was ready to stop firing for thirty days.", "ceasefire"),
    ("Paris said Moscow must halt hostilities at once.", "ceasefire")])
def test_everyday_issue_words_are_found(pack, text, issue):
    assert any(p.issue == issue for p in positions_of(pack, text))


def test_a_speakers_first_person_promise_is_the_speakers(pack):
    found = keys(positions_of(pack, "“I will be waiting for Putin in Ankara next week,” Zelensky told reporters."))
    assert ("UKR", "talks_format", "propose") in found


def test_he_in_a_partys_statement_is_that_party(pack):
    found = keys(positions_of(pack, "The Kremlin did not comment on Zelensky's statement that he would wait for "
                                    "Putin in Turkey."))
    assert ("UKR", "talks_format", "propose") in found and ("RUS", "talks_format", "propose") not in found


def test_the_bloc_a_demand_comes_from_holds_it(pack):
    found = keys(positions_of(pack, "Peskov brushed aside the demands of several Western capitals for an "
                                    "unconditional ceasefire."))
    assert (None, "ceasefire", "demand") in found


def test_what_must_come_before_any_deal_is_a_condition(pack):
    found = keys(positions_of(pack, "Moscow insisted that Kyiv pull its troops out of the four regions before any "
                                    "ceasefire."))
    assert ("RUS", "ceasefire", "condition") in found


def test_a_paper_on_a_settlement_is_a_talks_position(pack):
    found = keys(positions_of(pack, "Lavrov said Russia was ready to draft a memorandum on a future peace treaty "
                                    "with Kyiv."))
    assert ("RUS", "talks_format", "propose") in found or ("RUS", "talks_format", "support") in found
    assert not any(k[1] == "war_aims" for k in found)


def test_the_principles_of_a_settlement_are_no_war_aims(pack):
    found = keys(positions_of(pack, "The paper, Ushakov said, would set out the principles of a settlement."))
    assert not any(k[1] == "war_aims" for k in found)


@pytest.mark.parametrize("text, expected", [
    ("A Hungarian minister, Peter Szijjarto, said the sanctions had failed.", ("HUN", "sanctions", "oppose")),
    ("Dmitry Peskov said a summit of the two presidents was unlikely this month.", ("RUS", "talks_format", "oppose")),
    ("Peskov said the latest sanctions would be a double-edged sword for Europe.", ("RUS", "sanctions", "oppose")),
    ("Putin said seizing Russian assets would be robbery.", ("RUS", "sanctions", "oppose")),
    ("Lavrov said an immediate ceasefire would mean forgetting the root causes of the conflict.",
     ("RUS", "ceasefire", "oppose")),
])
def test_a_speaker_who_judges_the_issue_of_a_clause_badly_opposes_it(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found and (expected[0], expected[1], "support") not in found


def test_the_subject_of_a_negated_passive_refuses_what_presses_on_it(pack):
    found = keys(positions_of(pack, "Moscow will not be intimidated by threats of new sanctions, Peskov told "
                                    "reporters."))
    assert ("RUS", "sanctions", "reject") in found and ("RUS", "sanctions", "support") not in found


@pytest.mark.parametrize("text, expected", [
    ("London said the talks in Geneva were going well.", ("GBR", "talks_format", "support")),
    ("Peskov told reporters the last meeting had been useful.", ("RUS", "talks_format", "support")),
    ("The State Department said another round could take place next month.", ("USA", "talks_format", "support")),
])
def test_a_speaker_who_judges_the_talks_well_supports_them(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


def test_talks_that_merely_happened_are_no_verdict(pack):
    found = keys(positions_of(pack, "A second meeting followed in the afternoon."))
    assert not any(k[1] == "talks_format" for k in found)


@pytest.mark.parametrize("text, expected", [
    ("Kyiv sent a delegation to the Saudi capital on Monday.", ("UKR", "talks_format", "support")),
    ("Turkey took part in the talks as a mediator.", ("TUR", "talks_format", "support")),
    ("Washington called off the planned summit in Budapest.", ("USA", "talks_format", "reject")),
    ("Moscow postponed the next round indefinitely.", ("RUS", "talks_format", "reject")),
])
def test_a_party_that_takes_part_in_or_calls_off_talks_holds_a_position_on_them(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Zakharova said Kyiv was doing everything to wreck the negotiations.", ("UKR", "talks_format", "oppose")),
    ("Lavrov accused Ukraine of looking for an excuse to derail the talks.", ("UKR", "talks_format", "oppose")),
])
def test_who_undermines_the_talks_opposes_them_not_the_accuser(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found and not any(k[0] == "RUS" and k[1] == "talks_format" for k in found)


def test_public_relations_are_no_relations_between_states(pack):
    found = keys(positions_of(pack, "Kyiv's delegation must come ready to negotiate, not to stage a public relations "
                                    "show, Zakharova said."))
    assert not any(k[1] == "relations_normalisation" for k in found)


@pytest.mark.parametrize("text, expected", [
    ("NATO reaffirmed its support for Ukraine's Euro-Atlantic integration.",
     ("NATO", "alliance_neutrality", "support")),
    ("Kellogg said Ukraine's accession to the alliance was off the table.", ("USA", "alliance_neutrality", "reject")),
    ("Lavrov condemned the eastward expansion of the Western bloc.", ("RUS", "european_security", "oppose")),
    ("The Kremlin insists that any settlement must remove the primary causes of the conflict.",
     ("RUS", "war_aims", "demand")),
    ("Kyiv called for the release of all Ukrainians held in Russian captivity.",
     ("UKR", "prisoners_children", "demand")),
    ("Brussels is ready to open the first cluster of accession talks.", ("EU", "eu_membership", "support")),
    ("The EU adopted new restrictive measures against Russia.", ("EU", "sanctions", "support")),
    ("Macron said Russia's position was unacceptable.", ("FRA", "war_aims", "oppose")),
    ("China supported all efforts conducive to peace.", ("CHN", "talks_format", "support")),
    ("Trump said the United States would help guarantee Ukraine's security.",
     ("USA", "security_guarantees", "support")),
    ("Zelensky demanded the withdrawal of Russian troops.", ("UKR", "territory", "demand")),
    ("The EU called for the unconditional withdrawal of all Russian forces from Ukraine.",
     ("EU", "territory", "demand")),
    ("Turkey called for safe passage for merchant vessels.", ("TUR", "black_sea_food_energy", "demand")),
    ("Zelensky demanded a Nuremberg-style trial for the Russian leadership.", ("UKR", "accountability", "demand")),
])
def test_everyday_news_wording_of_issues_is_found(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Lavrov mocked the idea of a ceasefire.", ("RUS", "ceasefire", "oppose")),
    ("Trump appeared to step back from the unconditional ceasefire.", ("USA", "ceasefire", "oppose")),
    ("Zelensky hailed the prisoner exchange.", ("UKR", "prisoners_children", "support")),
    ("The EU will step up sanctions on Russia.", ("EU", "sanctions", "support")),
    ("The American side was in no hurry to restore direct flights.", ("USA", "relations_normalisation", "reject")),
    ("Moscow rebuffed the European ceasefire proposal.", ("RUS", "ceasefire", "reject")),
    ("Lavrov called the European plan for peacekeepers a non-starter.", ("RUS", "alliance_neutrality", "oppose")),
    ("Peskov said Ukraine's neutral status was non-negotiable for Moscow.", ("RUS", "alliance_neutrality", "demand")),
    ("The Kremlin said Moscow responded constructively to the American proposal on Black Sea navigation.",
     ("RUS", "black_sea_food_energy", "accept")),
])
def test_everyday_news_wording_of_stances_is_found(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, issue, stance", [
    ("The Kremlin said it had no plans for a ceasefire over the holidays.", "ceasefire", "reject"),
    ("Russia made no offer of a truce at the talks.", "ceasefire", "reject"),
])
def test_a_stance_noun_under_no_is_negated(pack, text, issue, stance):
    found = {(p.holder.code, p.issue, p.stance) for p in positions_of(pack, text)}
    assert ("RUS", issue, stance) in found
    assert not any(p[1] == issue and p[2] in {"propose", "demand", "support"} for p in found)


@pytest.mark.parametrize("text", [
    "Peskov said there was no point in new talks with Kyiv.",
    "Lavrov said there was little appetite in Moscow for new talks.",
])
def test_no_point_or_little_appetite_opposes(pack, text):
    found = {(p.holder.code, p.issue, p.stance) for p in positions_of(pack, text)}
    assert ("RUS", "talks_format", "oppose") in found
    assert not any(p[1] == "talks_format" and p[2] in {"support", "propose", "demand"} for p in found)


def test_insisting_that_another_party_act_is_a_demand(pack):
    found = keys(positions_of(pack, "Britain insisted that Moscow agree to a 30-day truce."))
    assert ("GBR", "ceasefire", "demand") in found
    assert not any(k[0] == "RUS" for k in found)


@pytest.mark.parametrize("text", ["Peskov insisted that Kyiv had rejected the ceasefire.",
                                  "Peskov insisted that Kyiv rejected the ceasefire."])
def test_insisting_on_what_another_party_did_reports_its_stance(pack, text):
    found = keys(positions_of(pack, text))
    assert ("UKR", "ceasefire", "reject") in found
    assert ("RUS", "ceasefire", "demand") not in found


def test_each_participle_with_an_agent_gives_its_party_a_stance(pack):
    found = keys(positions_of(pack, "Britain insisted that Russia accept the 30-day truce proposed by the United "
                                    "States and supported by Ukraine."))
    assert {("USA", "ceasefire", "propose"), ("UKR", "ceasefire", "support"), ("GBR", "ceasefire", "demand")} <= found


def test_a_negation_inside_a_plans_terms_is_its_content(pack):
    text = ("Army Secretary Dan Driscoll presented the US 28-point plan to Zelensky in Kyiv.\n\n"
            "The draft would require Ukraine to withdraw from the part of the Donetsk region it still controls. "
            "NATO would not expand further, and the United States would mediate a dialogue between Russia and the "
            "alliance.")
    found = keys(positions_of(pack, text))
    assert ("USA", "european_security", "propose") in found
    assert not any(k[0] == "USA" and k[2] == "reject" for k in found)


@pytest.mark.parametrize("text, holder", [
    ("Umerov said Ukraine had already transmitted its own memorandum to Russia.", "UKR"),
    ("The Russian delegation handed the Ukrainian side a memorandum.", "RUS"),
    ("\"We have handed our document to the Russian side,\" Zelensky said.", "UKR"),
    ("Kiev's own document, he said, had already been handed to the Russian side.", "UKR"),
    ("Peskov said the text of the Russian memorandum would be handed to the Ukrainian delegation.", "RUS"),
])
def test_handing_over_a_paper_proposes_it_for_the_talks(pack, text, holder):
    assert (holder, "talks_format", "propose") in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Lavrov called the talks useful.", ("RUS", "talks_format", "support")),
    ("Peskov described the talks as constructive.", ("RUS", "talks_format", "support")),
    ("Putin called the American measures an unfriendly act.", ("RUS", "sanctions", "oppose")),
])
def test_what_a_party_calls_an_issue_is_its_stance(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert not any(k[:2] == expected[:2] and (k[2] in {"oppose", "reject"}) != (expected[2] in {"oppose", "reject"})
                   for k in found)


def test_a_naming_verb_judges_only_what_it_names(pack):
    found = keys(positions_of(pack, "Zelensky, in Brussels for the summit, called the decision a very good signal."))
    assert not any(k[1] == "talks_format" for k in found)


@pytest.mark.parametrize("text, expected", [
    ("Lammy said Putin's offer of talks in Istanbul was no substitute for a truce.", ("GBR", "ceasefire", "demand")),
    ("Kyiv still saw no alternative to talks, Zelensky said.", ("UKR", "talks_format", "demand")),
])
def test_no_alternative_to_an_issue_asks_for_it(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert not any(k[:2] == expected[:2] and k[2] in {"oppose", "reject"} for k in found)


@pytest.mark.parametrize("text, expected", [
    ("Kallas said there could be no impunity for the crime of aggression.", ("EU", "accountability", "accept")),
    ("Moscow wants to drag out the war, Zelensky said.", ("RUS", "ceasefire", "oppose")),
    ("Putin intends to keep fighting, the officials said.", ("RUS", "ceasefire", "oppose")),
    ("Moscow wants to prolong the conflict, Zelensky said.", ("RUS", "ceasefire", "oppose")),
    ("Moscow insists on prolonging the war, Zelensky said.", ("RUS", "ceasefire", "oppose")),
])
def test_a_stance_on_an_issues_absence_is_the_opposite_stance(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert not any(k[:2] == expected[:2] and k[2] != expected[2] for k in found)


def test_what_a_constitution_is_to_say_is_no_statement_of_the_writer(pack):
    found = keys(positions_of(pack, "Russia wants Ukraine to write into its constitution that it will never join "
                                    "NATO."))
    assert ("RUS", "alliance_neutrality", "demand") in found
    assert not any(k[0] == "UKR" for k in found)


@pytest.mark.parametrize("text, expected", [
    ("The 28-point plan that Dan Driscoll, the US Army secretary, carried to Kyiv this week was drafted with input "
     "from the Kremlin envoy Kirill Dmitriev. It asks Ukraine to give up the part of Donetsk its soldiers still "
     "hold. Sanctions on Russia would be lifted in stages.", ("USA", "sanctions")),
    ("Russia's memorandum was handed over in Istanbul on 2 June. Beyond hard security, the text revives the identity "
     "agenda of 2022. On the economic side it calls for the removal of all existing sanctions.", ("RUS", "sanctions")),
])
def test_it_in_a_paragraph_about_a_plan_is_the_plan(pack, text, expected):
    assert {k[:2] for k in keys(positions_of(pack, text)) if k[1] == expected[1]} == {expected}


def test_a_verb_with_an_object_in_the_reported_clause_reports_nothing(pack):
    found = keys(positions_of(pack, "Ukraine's General Staff reported dozens of clashes by midday. Russia's Defense "
                                    "Ministry said it was observing the truce."))
    assert {k[:2] for k in found} == {("RUS", "ceasefire")}


@pytest.mark.parametrize("text, expected", [
    ("Rubio said the ball is now in Russia's court.", ("USA", "ceasefire", "demand")),
    ("Lavrov said Russia was ready to come to the table.", ("RUS", "talks_format", "support")),
    ("London, Paris and Berlin are drafting a counter-proposal.", ("FRA", "talks_format", "propose")),
    ("Trump said he wants the killing to stop.", ("USA", "ceasefire", "demand")),
    ("Peskov said the language of ultimatums was unacceptable for Russia.", ("RUS", "ceasefire", "oppose")),
    ("Hegseth ruled out sending American troops.", ("USA", "security_guarantees", "reject")),
    ("The United States would not put soldiers on the ground in Ukraine.", ("USA", "security_guarantees", "reject")),
    ("Zelensky has proposed to stay where we stand.", ("UKR", "territory", "propose")),
    ("The EU acknowledged Ukraine's European aspirations.", ("EU", "eu_membership", "accept")),
    ("Germany is ready to purchase Patriots for Ukraine.", ("DEU", "military_limits", "support")),
    ("Putin would have to pay the price for dodging peace, Starmer said.", ("GBR", "sanctions", "demand")),
    ("The Kremlin pitched a return of US firms to the Russian market.", ("RUS", "relations_normalisation", "propose")),
])
def test_everyday_wire_wording_names_the_issue(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Lavrov said discussing collective security without Russia's participation is a utopia.",
     ("RUS", "security_guarantees", "oppose")),
    ("Trump embraced the idea of a ceasefire.", ("USA", "ceasefire", "support")),
    ("Kyiv was wary of a ceasefire.", ("UKR", "ceasefire", "oppose")),
    ("Moscow disregarded the ceasefire.", ("RUS", "ceasefire", "reject")),
    ("Washington boycotted the talks.", ("USA", "talks_format", "reject")),
    ("Russia was grateful to Turkey for hosting the talks.", ("RUS", "talks_format", "support")),
])
def test_stance_words_of_wire_and_state_media_english(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Before the talks began, Zelensky's office said Kyiv's key demands were an immediate ceasefire and the "
     "withdrawal of Russian troops.", {("UKR", "ceasefire", "demand"), ("UKR", "territory", "demand")}),
    ("Umerov said Ukraine's priorities remain a complete and unconditional ceasefire and an all-for-all prisoner "
     "release.", {("UKR", "ceasefire", "demand"), ("UKR", "prisoners_children", "demand")}),
    ("The ceasefire is our main demand, Zelensky said.", {("UKR", "ceasefire", "demand")}),
])
def test_a_demand_or_goal_noun_equated_with_the_issue_demands_it(pack, text, expected):
    assert expected <= keys(positions_of(pack, text))


@pytest.mark.parametrize("text", [
    "Ukrainian Foreign Minister Andrii Sybiha said Russia was dragging out the talks while escalating its strikes, "
    "and called for sanctions on Russian banks and energy.",
    "Zelensky said America's silence only encouraged Putin and called for strong pressure on Russia, including "
    "sanctions.",
])
def test_a_speech_act_after_a_reported_clause_is_the_speakers(pack, text):
    found = keys(positions_of(pack, text))
    assert ("UKR", "sanctions", "demand") in found
    assert not any(k[0] in {"RUS", "USA"} and k[1] == "sanctions" for k in found)


def test_a_speech_act_after_an_analysts_clause_stays_with_the_party(pack):
    found = keys(positions_of(pack, "Tatiana Stanovaya writes that the Kremlin treats the church as a bargaining "
                                    "chip and will press for the restrictions on it to be repealed."))
    assert ("RUS", "church", "demand") in found


@pytest.mark.parametrize("text", [
    "Kremlin officials have said a month-long ceasefire would allow Ukraine to regroup and rearm.",
    "The Kremlin says a truce would hand Ukraine an advantage.",
    "Peskov argued that a pause in the fighting would only allow Kyiv to continue mobilising.",
])
def test_a_pause_that_lets_the_other_side_regroup_is_opposed(pack, text):
    assert ("RUS", "ceasefire", "oppose") in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Trump warned that Russia would face severe sanctions if it did not agree to a ceasefire.",
     ("USA", "sanctions", "condition")),
    ("The leaders of Britain and France called for a 30-day ceasefire, warning that the Kremlin would otherwise face "
     "a new wave of sanctions.", ("GBR", "sanctions", "condition")),
])
def test_a_warning_of_sanctions_if_refused_is_a_conditional_threat(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert (expected[0], "sanctions", "oppose") not in found


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin appreciates Washington's mediation efforts, he said.",
     {("RUS", "talks_format", "support"), ("USA", "talks_format", "support")}),
    ("Peskov said Moscow remained grateful to Washington for its help in launching the Istanbul talks.",
     {("RUS", "talks_format", "support"), ("USA", "talks_format", "support")}),
    ("He said Russia remained grateful to the United States for helping to start the Istanbul process.",
     {("RUS", "talks_format", "support"), ("USA", "talks_format", "support")}),
    ("Russia was grateful to Turkey for hosting the talks.",
     {("RUS", "talks_format", "support"), ("TUR", "talks_format", "support")}),
])
def test_a_partys_own_effort_and_the_gratitude_for_it_are_support(pack, text, expected):
    assert expected <= keys(positions_of(pack, text))


def test_efforts_to_undermine_are_no_support(pack):
    found = keys(positions_of(pack, "Peskov said Kyiv's efforts to derail the talks had failed."))
    assert ("UKR", "talks_format", "oppose") in found and ("UKR", "talks_format", "support") not in found


@pytest.mark.parametrize("text, expected", [
    ("Russia has informed Turkey, Ukraine and the UN Secretariat of its objection to extending the grain deal.",
     ("RUS", "black_sea_food_energy", "oppose")),
    ("Hungary repeated its opposition to extending the sanctions.", ("HUN", "sanctions", "oppose")),
])
def test_an_objection_to_doing_something_opposes_it(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert (expected[0], expected[1], "support") not in found


@pytest.mark.parametrize("text, expected", [
    ("Zelensky stressed that Russia was looking for any excuse to avoid a ceasefire.", ("RUS", "ceasefire", "oppose")),
    ("The Kremlin said it wanted to avoid a freeze of the conflict.", ("RUS", "ceasefire", "oppose")),
])
def test_who_avoids_an_issue_opposes_it(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert ("UKR", "ceasefire", "oppose") not in found and ("RUS", "ceasefire", "demand") not in found


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin warned that supplying Ukraine with US Tomahawk cruise missiles would mean a qualitatively new "
     "stage of escalation.", ("RUS", "military_limits", "oppose")),
    ("Lavrov said that imposing new sanctions would be a mistake.", ("RUS", "sanctions", "oppose")),
])
def test_an_act_judged_badly_is_opposed_by_the_judge(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert not any(k[:2] == expected[:2] and k[2] in {"support", "propose"} for k in found)


@pytest.mark.parametrize("text, expected", [
    ("Kremlin spokesman Dmitry Peskov described Washington's threats of secondary tariffs against states that buy "
     "Russian oil as illegitimate.", ("RUS", "sanctions", "oppose")),
    ("Putin also called Ukraine's attacks on tankers in the Black Sea piracy.",
     ("RUS", "black_sea_food_energy", "oppose")),
])
def test_naming_an_issue_badly_opposes_it(pack, text, expected):
    found = keys(positions_of(pack, text))
    assert expected in found
    assert (expected[0], expected[1], "support") not in found


def test_a_partys_position_on_an_issue_is_its_demand(pack):
    assert ("RUS", "territory", "demand") in keys(positions_of(
        pack, "Peskov said Russia's position on the territories remains unchanged."))
    assert ("RUS", "crimea", "demand") in keys(positions_of(
        pack, "He stressed that Moscow's position on Crimea and Donbas had not changed."))
    assert not any(k[2] == "demand" for k in keys(positions_of(
        pack, "The troops remain at their positions on the front line.")))


@pytest.mark.parametrize("text, expected", [
    ("Trump proposed a 30-day ceasefire.\n\nPutin has refused.", ("RUS", "ceasefire", "reject")),
    ("The Vatican offered to host the talks. Zelensky agreed.", ("UKR", "talks_format", "accept")),
    ("Russia's own three-day truce expires at midnight on Saturday. Ukraine has dismissed it as a theatrical gesture.",
     ("UKR", "ceasefire", "reject")),
])
def test_a_stance_with_no_issue_of_its_own_takes_up_the_sentence_before(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


def test_what_the_sentence_before_was_not_about_is_not_taken_up(pack):
    assert not any(p.sentence == 1 for p in positions_of(pack, "Russia struck Kyiv overnight. Zelensky condemned it."))
    found = positions_of(pack, "Trump proposed a ceasefire. Moscow said the deal costs it nothing.")
    assert not any(p.sentence == 1 and p.holder.code == "RUS" for p in found)


@pytest.mark.parametrize("text, expected", [
    ("The Ukrainian delegation had come to Istanbul with a clear mandate: a full and unconditional ceasefire and the "
     "release of all prisoners.", {("UKR", "ceasefire", "demand"), ("UKR", "prisoners_children", "demand")}),
    ("Putin used the call to restate his price: the whole of the Donbas.", {("RUS", "territory", "demand")}),
    ("Among Russia's demands are recognition of Crimea and Ukraine's neutrality.",
     {("RUS", "crimea", "demand"), ("RUS", "alliance_neutrality", "demand")}),
])
def test_a_list_under_a_demand_takes_its_stance(pack, text, expected):
    assert expected <= keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    ("Peskov said the language of pressure did not work with Russia.", ("RUS", "sanctions")),
    ("Lammy said Britain would keep up the pressure on Moscow.", ("GBR", "sanctions")),
    ("Merz said the weapons had to fall silent before talks could begin.", ("DEU", "ceasefire")),
])
def test_everyday_words_for_pressure_and_a_truce(pack, text, expected):
    assert expected in {k[:2] for k in keys(positions_of(pack, text))}


@pytest.mark.parametrize("text, expected, wrong", [
    ("Zelensky refused to rule out talks with Putin.", ("UKR", "talks_format", "support"),
     ("UKR", "talks_format", "reject")),
    ("Zelensky said Ukraine would not accept anything less than a full withdrawal of Russian troops.",
     ("UKR", "territory", "demand"), ("UKR", "territory", "reject")),
    ("Zelensky said Ukraine had no right to give away its land.", ("UKR", "territory", "oppose"),
     ("UKR", "territory", "support")),
    ("What is there to talk about, Putin asked.", ("RUS", "talks_format", "oppose"),
     ("RUS", "talks_format", "demand")),
    ("Zelensky asked why Russia should be rewarded with a pause in the fighting.", ("UKR", "ceasefire", "oppose"),
     ("UKR", "ceasefire", "demand")),
])
def test_double_negation_floors_denied_rights_and_rhetorical_questions(pack, text, expected, wrong):
    found = keys(positions_of(pack, text))
    assert expected in found and wrong not in found


def test_a_question_that_asks_for_something_is_still_a_demand(pack):
    assert ("UKR", "sanctions", "demand") in keys(positions_of(pack, "Zelensky asked Trump to impose sanctions on "
                                                                     "Russia."))


def test_a_demand_judged_badly_is_opposed_by_the_judge(pack):
    found = keys(positions_of(pack, "Zelensky said Russia's demand for Ukrainian neutrality was unacceptable."))
    assert {("RUS", "alliance_neutrality", "demand"), ("UKR", "alliance_neutrality", "oppose")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Slovakia balked at new sanctions.", ("SVK", "sanctions", "oppose")),
    ("Hungary scoffed at the new sanctions against Russia.", ("HUN", "sanctions", "oppose")),
    ("China called on all parties to abandon the Cold War mentality.", ("CHN", "european_security", "accept")),
])
def test_what_a_party_balks_at_and_an_absence_it_abandons(pack, text, expected):
    assert expected in keys(positions_of(pack, text))


@pytest.mark.parametrize("text, expected", [
    (("The US document also proposes freezing the front line roughly where it is, formally ruling out NATO "
      "membership for Ukraine and easing sanctions imposed on Russia since 2014."),
     {("USA", "alliance_neutrality", "propose"), ("USA", "sanctions", "propose")}),
    ("Leaders of Britain and France voiced concern about the proposed limits on Ukraine's armed forces.",
     {("GBR", "military_limits", "oppose"), ("FRA", "military_limits", "oppose")}),
])
def test_what_a_plan_rules_out_it_provides_and_voiced_concern_opposes(pack, text, expected):
    assert expected <= keys(positions_of(pack, text))


def test_a_party_that_rules_something_out_still_rejects_it(pack):
    assert ("UKR", "alliance_neutrality", "reject") in keys(positions_of(pack, "Zelensky said Ukraine ruled out "
                                                                              "neutrality."))


def test_what_a_party_ties_a_ceasefire_to_it_demands(pack):
    found = keys(positions_of(pack, "Putin linked any truce to a halt in Ukrainian mobilisation."))
    assert {("RUS", "ceasefire", "condition"), ("RUS", "ceasefire_conditions", "demand")} <= found


def test_a_reported_act_of_another_party_is_its_own(pack):
    found = keys(positions_of(pack, "A Ukrainian ministry spokesman said Putin was again looking for pretexts to "
                                    "drag out the war."))
    assert ("RUS", "ceasefire", "oppose") in found and not any(k[0] == "UKR" for k in found)


def test_what_the_speaker_says_another_party_lacks_stays_the_speakers(pack):
    found = keys(positions_of(pack, "Putin said the Ukrainian leader lacked the legitimacy to sign a peace deal."))
    assert ("RUS", "elections_governance", "oppose") in found


def test_a_conditional_act_of_another_party_is_not_its_own(pack):
    found = keys(positions_of(pack, "The Kremlin said the talks would resume once Kyiv drops its demand for a "
                                    "ceasefire."))
    assert ("RUS", "talks_format", "support") in found


def test_only_at_the_table_is_no_talks_position_of_its_own(pack):
    found = positions_of(pack, "Russia's memorandum, handed over only at the table, says a full ceasefire can begin "
                               "once Ukraine withdraws from the four regions.")
    assert not any(p.issue == "talks_format" and p.cue in {"at", "table"} for p in found)
    assert ("RUS", "ceasefire", "propose") in {(p.holder.code, p.issue, p.stance) for p in found}
