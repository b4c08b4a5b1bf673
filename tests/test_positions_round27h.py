"""Round 27h: the holder of a position — the party accused of a doing also when the parse hangs the "of" on it
("accused European capitals of obstructing the talks")."""

from __future__ import annotations

from extracted import positions_of


def holders(pack, text, issue, published="2025-05-20"):
    return {p.holder.code or p.holder.text for p in positions_of(pack, text, published) if p.issue == issue}


def test_the_accused_group_holds_what_it_is_accused_of(pack):
    found = holders(pack, "Lavrov accused European capitals of obstructing the negotiation process with ultimatums.",
                    "talks_format")
    assert "RUS" not in found and "European capitals" in found


def test_the_accused_holds_what_it_is_accused_of_trying(pack):
    assert holders(pack, "Zelensky accused Moscow of trying to block a ceasefire.", "ceasefire") == {"RUS"}
    found = holders(pack, "Putin accused European governments of trying to wreck the peace talks.", "talks_format")
    assert "RUS" not in found and "European governments" in found


def test_an_answer_that_another_party_should_act_is_the_answerer_s_demand(pack):
    found = holders(pack, "Trump responded on Monday that Putin should end the war rather than test missiles.",
                    "war_aims")
    assert found == {"USA"}


def test_a_speaker_denying_what_another_party_would_be_holds_the_denial(pack):
    found = holders(pack, "Biden declared that Ukraine would never be a victory for Russia.", "war_aims")
    assert found == {"USA"}


def test_a_clause_after_a_colon_spells_out_the_terms_named_before_it(pack):
    found = holders(pack, "Putin's terms have not changed since June: Ukraine must surrender four regions and renounce "
                          "its alliances.", "territory")
    assert found == {"RUS"}
    found = holders(pack, "Kyiv's conditions are well known: Russia must withdraw its troops to the 1991 borders.",
                    "territory")
    assert found == {"UKR"}
