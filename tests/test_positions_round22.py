"""Round 22: a list of leaders parsed as an apposition, a new speaker's sentence not carried in the voice before it,
troops pulled back from a country's own territory, a message's administration, a truce that only dates an act."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-12"):
    return position_fields(positions_of(pack, text, published))


def test_each_leader_of_a_list_parsed_as_an_apposition_holds_the_position(pack):
    found = fields(pack, "Prime Minister Giorgia Meloni of Italy, Chancellor Olaf Scholz of Germany, President Andrzej "
                         "Duda of Poland and Prime Minister Rishi Sunak of Britain called on Russia to accept an "
                         "immediate ceasefire.", "2023-06-01")
    assert {h for h, i, s in found if i == "ceasefire" and s == "demand"} >= {"ITA", "DEU", "POL", "GBR"}


def test_a_sentence_with_a_speaker_of_its_own_is_not_the_speaker_before(pack):
    text = ("Marco Rubio said Washington would welcome any mechanism that ends the war. "
            "NATO Secretary General Mark Rutte said allies were converging on a pledge to spend 5% of economic output "
            "on defence.")
    found = fields(pack, text)
    assert not any(h == "USA" and i in {"military_limits", "european_security"} for h, i, s in found)


def test_refusing_to_pull_troops_back_from_own_territory_rejects(pack):
    found = fields(pack, "Zelensky said Ukraine would not pull its soldiers back from its own territory under any "
                         "deal.")
    assert ("UKR", "territory", "reject") in found
    assert ("UKR", "territory", "support") not in found


def test_the_administration_in_a_message_to_another_party_is_the_senders(pack):
    found = fields(pack, "Vice President JD Vance described the minerals agreement as a signal to Moscow that the "
                         "administration wants a lasting peace that leaves Ukraine sovereign.")
    assert found and all(h == "USA" for h, i, s in found)


def test_a_truce_that_only_dates_an_assault_is_no_support(pack):
    found = fields(pack, "Russian troops pressed on with assaults in the first hours of the truce, Ukraine said.")
    assert ("RUS", "ceasefire", "support") not in found
