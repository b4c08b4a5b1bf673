"""Who holds a position on a real parse: a document's author named in a relative clause, a subject that only names
whom a demand is aimed at, a speaker named by role alone, a reporter's own act conjoined with what it reports, and
"the two sides" after a pairing."""

from __future__ import annotations

import re

import extracted

from detente.extract.position_holders import both_sides, pairing
from detente.extract.syntax import ActorIndex, Mention
from detente.model import Actor


def positions_of(pack, text, published="2025-06-03"):
    return extracted.positions_of(pack, text, published)


def holders(positions, issue, sentence=None):
    return {p.holder.code for p in positions if p.issue == issue and sentence in {None, p.sentence}}


def test_the_author_of_a_document_is_named_in_its_relative_clause(pack):
    found = positions_of(pack, "The memorandum on the settlement of the conflict that Russia handed over to the "
                               "Ukrainian delegation in Istanbul consists of three sections.\n\nThe memorandum calls "
                               "for confirmation of Ukraine's non-nuclear status.")
    assert holders(found, "nuclear_status") == {"RUS"}


def test_a_party_a_demand_is_aimed_at_does_not_hold_it(pack):
    found = positions_of(pack, "Zelensky met Merz in Berlin on Wednesday.\n\n\u201cPressure on Russia must continue "
                               "until Moscow is ready to stop the war. We agreed to coordinate our steps,\u201d "
                               "Volodymyr Zelensky said.")
    assert holders(found, "sanctions", 1) == {"UKR"}


def test_a_speaker_named_by_role_alone_goes_on_in_the_paragraph_voice(pack):
    found = positions_of(pack, "Deputy Foreign Minister Sergei Ryabkov noted that the settlement must take into "
                               "account the root causes of the crisis. \u201cA pause for the rearmament of the Armed "
                               "Forces of Ukraine is not a settlement,\u201d the diplomat said.")
    assert holders(found, "ceasefire", 1) == {"RUS"}


def test_a_reporters_own_act_conjoined_with_a_clause_about_a_thing(pack):
    found = positions_of(pack, "European leaders said Russia's position in Istanbul was unacceptable and agreed to "
                               "coordinate new sanctions with Washington.")
    assert [p.holder.text for p in found if p.issue == "sanctions"] == ["European leaders"]


def test_a_passive_subject_that_is_no_party_lends_its_owner_no_stance(pack):
    found = positions_of(pack, "Leaders also discussed how Russia's immobilised sovereign assets could be used to "
                               "support Ukraine's defence and reconstruction.")
    assert "RUS" not in holders(found, "reconstruction")


def test_the_author_of_a_document_is_named_in_a_report_in_its_relative_clause(pack):
    found = positions_of(pack, "The paper, which Kyiv says it has already handed to Russia, proposes a complete and "
                               "unconditional truce of at least 30 days.")
    assert holders(found, "ceasefire") == {"UKR"}


def test_the_two_sides_are_the_parties_last_named_together(pack, nlp):
    doc = nlp("The delegations of Ukraine and the United States met in Jeddah. Ukraine said both delegations agreed "
              "to begin negotiations.")
    first, second = list(doc.sents)
    ukraine, usa = [doc.char_span(m.start(), m.end()) for m in re.finditer("Ukraine|the United States", doc.text)][:2]
    paired = pairing(first, ActorIndex([Mention(ukraine.start, ukraine.end, _state("UKR", "Ukraine")),
                                        Mention(usa.start, usa.end, _state("USA", "the United States"))]))
    assert paired == ["UKR", "USA"]
    speaker = Mention(second.start, second.start + 1, _state("UKR", "Ukraine"))
    agreed = next(t for t in second if t.lemma_ == "agree")
    sides = both_sides(agreed, ActorIndex([speaker]), speaker, ["RUS", "UKR", "USA"], paired)
    assert [s.actor.code for s in sides] == ["UKR", "USA"]
    assert [s.actor.code for s in both_sides(agreed, ActorIndex([speaker]), speaker, ["RUS", "UKR", "USA"])] == \
        ["UKR", "RUS"]


def _state(code, text):
    return Actor(id=code, code=code, sector="GOV", kind="state", name=text, text=text)


def test_an_unnamed_gathering_holds_what_it_calls_for_or_affirms(pack):
    found = positions_of(pack, "The participants called for all prisoners of war to be released through a "
                               "complete exchange.")
    assert [(p.holder.code, p.holder.kind) for p in found if p.issue == "prisoners_children"] == [(None, "group")]
    found = positions_of(pack, "Participants at the summit reaffirmed that attacks on merchant ships are "
                               "unacceptable.")
    assert [p.holder.code for p in found if p.issue == "black_sea_food_energy"] == [None]


def test_both_delegations_that_affirm_a_clause_are_the_two_sides(pack):
    found = positions_of(pack, "Both delegations reaffirmed that any future agreement must fully uphold Ukraine's "
                               "sovereignty.")
    assert holders(found, "war_aims") == {"RUS", "UKR"}


def test_a_verdict_on_another_party_is_the_speakers(pack):
    found = positions_of(pack, "The Kiev regime has no legitimate authority to sign anything, Volodin said.")
    assert holders(found, "elections_governance") == {"RUS"}
    found = positions_of(pack, "Peskov said Zelensky is illegitimate.")
    assert holders(found, "elections_governance") == {"RUS"}
    found = positions_of(pack, "Rutte said Moscow is not interested in peace.")  # an attitude of its own
    assert holders(found, "talks_format") == {"RUS"}


def test_a_joint_communique_with_no_owner_speaks_for_its_gathering(pack):
    found = positions_of(pack, "The communiqué says the Zaporizhzhia plant must be operated safely under IAEA "
                               "supervision.")
    assert [(p.holder.code, p.holder.kind) for p in found if p.issue == "nuclear_plant"] == [(None, "group")]


def test_both_leaders_are_the_two_who_met(pack):
    found = positions_of(pack, "Prime Minister Keir Starmer spoke to President Zelensky this evening. Both leaders "
                               "reaffirmed that the return of Ukrainian children deported to Russia must be part of "
                               "any settlement.")
    assert holders(found, "prisoners_children", 1) == {"GBR", "UKR"}
