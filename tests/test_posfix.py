"""Position holders and polarity: the EU's bare "the Council", stances judged unlikely or never signalled, refusals by
"declined" and negated verbs over an "any" noun, and what a refused deal falls short of."""

from __future__ import annotations

import extracted

from detente.ingest.document import make_document
from detente.pipeline import extract


def polar(pack, text):
    """(holder, issue, '+'/'-') of each position found in ``text``."""
    return {(p.holder.code, p.issue, "-" if p.stance in {"oppose", "reject"} else "+")
            for p in extracted.positions_of(pack, text, "2025-06-02")}


def test_a_bare_council_in_a_release_is_the_eu(pack):
    found = polar(pack, "Brussels, 20 May 2025. The Council today adopted a new package of restrictive measures "
                        "against Russia over its war of aggression.")
    assert ("EU", "sanctions", "+") in found
    assert all(code is not None for code, _, _ in found)


def test_the_council_after_the_security_council_is_the_un_and_the_nato_ukraine_council_nato(pack):
    analysis = extract(make_document("c", "The Security Council met in New York on Friday. Members of the Council "
                                          "heard a briefing on Ukraine. Zelensky later addressed the NATO-Ukraine "
                                          "Council in Brussels.", published="2025-06-02"), pack)
    codes = {a.name: a.code for a in analysis.actors}
    assert "Council of the European Union" not in codes
    assert codes.get("NATO–Ukraine Council") == "NATO"


def test_a_stance_judged_unlikely_is_denied(pack):
    assert ("RUS", "ceasefire", "-") in polar(pack, "Analysts judge that Moscow is unlikely to accept a "
                                                    "month-long ceasefire this summer.")


def test_no_indication_of_a_stance_denies_it(pack):
    found = polar(pack, "Ukrainian diplomats say Russia has given no indication it will accept the unconditional "
                        "truce.")
    assert ("RUS", "ceasefire", "-") in found and ("RUS", "ceasefire", "+") not in found


def test_what_a_refused_deal_falls_short_of_is_demanded(pack):
    found = polar(pack, "We assess that the Kremlin is unlikely to accept any settlement that falls short of "
                        "Ukraine's withdrawal from the rest of Donetsk Oblast.")
    assert ("RUS", "territory", "+") in found and ("RUS", "territory", "-") not in found


def test_declining_to_issue_an_invitation_opposes_it(pack):
    found = polar(pack, "NATO foreign ministers meeting in Brussels again declined to issue an invitation to "
                        "Ukraine.")
    assert ("NATO", "alliance_neutrality", "-") in found and ("NATO", "alliance_neutrality", "+") not in found


def test_a_negated_verb_over_any_noun_denies_the_clause_on_it(pack):
    found = polar(pack, "Zelensky said Ukraine would not sign any agreement that involved giving up Ukrainian "
                        "territory.")
    assert ("UKR", "territory", "-") in found and ("UKR", "territory", "+") not in found


def test_the_two_leaders_after_a_visit_are_the_visitor_and_the_host(pack):
    found = polar(pack, "Modi's state visit to Moscow gave Putin a rare show of support. In a joint statement the two "
                        "leaders opposed unilateral sanctions.")
    assert {("IND", "sanctions", "-"), ("RUS", "sanctions", "-")} <= found


def test_the_president_elect_is_not_the_president_named_last(pack):
    found = {(p.holder.code, p.issue) for p in extracted.positions_of(
        pack, "Donald Trump has yet to take office. After talks with Zelensky and Emmanuel Macron in Paris, the "
              "president-elect urged an immediate ceasefire.", "2024-12-12")}
    assert ("USA", "ceasefire") in found and ("FRA", "ceasefire") not in found
