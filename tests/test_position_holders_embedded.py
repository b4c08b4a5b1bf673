"""Who holds a position named inside another party's words, on a real parse: the accused party of what it is
accused of, the party whose decision a noun is, the gathering behind a joint statement, the drafter of a text,
the two presidents last named, the subject of a clause a time phrase was misparsed into, a party that
waits for proposals, the subject of a relative clause in a speaker's words (what it did, or its own stance on a
stance noun), the subject of a verb that insists on a demand, and names listed after an apposition."""

from __future__ import annotations

from extracted import analysis_of


def positions_of(pack, text, published="2025-06-03"):
    return analysis_of(pack, text, published).positions


def holders(positions, issue):
    return {(p.holder.code, p.stance) for p in positions if p.issue == issue}


def test_the_accused_holds_what_it_is_accused_of(pack):
    found = positions_of(pack, "The foreign ministers of Russia and Ukraine made no progress, with Kyiv accusing "
                               "Moscow of demanding its surrender.")
    assert holders(found, "war_aims") == {("RUS", "demand")}


def test_a_decision_of_a_party_is_that_partys_not_the_speakers(pack):
    found = positions_of(pack, "Foreign Ministry spokeswoman Maria Zakharova said the decision of the European Union "
                               "to adopt its 19th package of sanctions would boomerang on the Europeans themselves.")
    assert "RUS" not in {code for code, _ in holders(found, "sanctions")}


def test_a_joint_statement_does_not_take_an_earlier_documents_owner(pack):
    found = positions_of(pack, "Russia's statement said Ukraine must withdraw.\n\nZelensky and Merz met in Berlin. "
                               "Their joint statement added that pressure on Russia's economy must increase.")
    assert holders(found, "sanctions") == {(None, "demand")}


def test_a_text_drawn_up_by_a_party_holds_what_it_is_cited_for(pack):
    found = positions_of(pack, "According to the text, which was drawn up by envoys Steve Witkoff and Jared Kushner, "
                               "Crimea would be recognised as de facto Russian, and Ukrainian forces would leave the "
                               "part of Donetsk they still hold.")
    assert holders(found, "territory") == {("USA", "propose")}


def test_the_two_presidents_speaking_in_favour_are_the_pair_last_named(pack):
    found = positions_of(pack, "Vladimir Putin and Donald Trump spoke by phone on Monday. Kremlin aide Yuri Ushakov "
                               "said the two presidents had spoken in favour of continuing direct talks between the "
                               "Russian and Ukrainian delegations.")
    assert holders(found, "talks_format") == {("RUS", "support"), ("USA", "support")}


def test_a_time_phrase_parsed_as_a_clause_leaves_the_verb_to_the_main_subject(pack):
    found = positions_of(pack, "On Saturday, Emmanuel Macron travelled to Kyiv and, after a call with Trump, called "
                               "for a full and unconditional ceasefire of 30 days starting on Monday.")
    assert holders(found, "ceasefire") == {("FRA", "demand")}


def test_waiting_for_anothers_proposals_asks_for_them(pack):
    found = positions_of(pack, "Russian officials have said that Moscow is waiting for Kiev's proposals on the date "
                               "of a new round of talks in Istanbul.")
    assert ("RUS", "demand") in holders(found, "talks_format")


def test_a_relative_clause_in_reported_words_is_its_subjects_act(pack):
    found = positions_of(pack, "Lavrov said Moscow wanted to return to the negotiations that Kyiv abandoned "
                               "in the spring of 2022.")
    assert ("UKR", "reject") in holders(found, "talks_format")
    assert ("RUS", "reject") not in holders(found, "talks_format")


def test_a_relative_clause_on_a_demand_is_another_partys_stance(pack):
    found = positions_of(pack, "The Kremlin stuck to its demands for the four regions, which Ukraine has "
                               "rejected.")
    assert {("RUS", "demand"), ("UKR", "reject")} <= holders(found, "territory")


def test_a_demands_content_is_no_relative_clause(pack):
    found = positions_of(pack, "Officials in Kyiv said the offer amounted to Russian demands that Ukraine "
                               "give up territory.")
    assert ("UKR", "reject") not in holders(found, "territory")
    assert ("UKR", "demand") not in holders(found, "territory")


def test_insisting_on_a_demand_makes_the_subject_its_holder(pack):
    found = positions_of(pack, "The Kremlin insists on territorial demands.")
    assert holders(found, "territory") == {("RUS", "demand")}


def test_names_listed_after_an_apposition_each_hold_the_position(pack):
    found = positions_of(pack, "The chancellor, President Macron and President Zelensky endorsed a plan "
                               "for a European reassurance force in Ukraine.")
    assert {"FRA", "UKR"} <= {code for code, _ in holders(found, "security_guarantees")}


def test_a_reporting_verb_in_a_relative_clause_holds_nothing(pack):
    found = positions_of(pack, "Kyiv struck two air bases in a raid that officials said had been planned for months, "
                               "a day before the delegations are due to meet for talks.")
    assert None not in {code for code, _ in holders(found, "talks_format")}
