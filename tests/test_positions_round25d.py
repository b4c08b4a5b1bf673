"""Round 25d: an issue phrase of several words ("air defence systems") counts wherever the sentence's similarity
ranks its issue; only one-word phrases of a low-ranked issue are passing mentions. A party that sends "its own
proposals" to the other side makes a proposal on the talks; new "designations" are sanctions."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_a_phrase_of_several_words_counts_in_a_sentence_about_another_issue(pack):
    found = fields(pack, "Zelensky again asked European partners to send more air defence systems and to tighten "
                         "sanctions on Moscow.")
    assert ("UKR", "military_limits", "demand") in found
    assert ("UKR", "sanctions", "demand") in found


def test_sending_its_own_proposals_proposes_on_the_talks(pack):
    found = fields(pack, "Zelensky said Ukraine had sent its own proposals to Moscow a week ago and shared them with "
                         "Ankara.")
    assert ("UKR", "talks_format", "propose") in found


def test_announcing_designations_supports_sanctions(pack):
    found = fields(pack, "Canada on Friday announced 40 new designations of Russian banks and oil traders.")
    assert ("CAN", "sanctions", "support") in found
