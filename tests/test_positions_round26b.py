"""Round 26b: "they" with no antecedent in its sentence stands for the states the sentence before named with its
main subject ("Macron arrived alongside Tusk for talks with Zelensky. Together they urged …"), carried over a
sentence whose own subject is "they" or "the leaders", and never for a single state."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_they_stands_for_the_people_named_before(pack):
    found = fields(pack, "President Macron arrived in Kyiv alongside Prime Minister Tusk for talks with President "
                         "Zelensky. Together they urged Russia to agree to an unconditional ceasefire.")
    for code in ("FRA", "POL", "UKR"):
        assert (code, "ceasefire", "demand") in found


def test_the_group_carries_over_the_leaders(pack):
    found = fields(pack, "President Macron arrived in Kyiv alongside Prime Minister Tusk for talks with President "
                         "Zelensky. The leaders held a call with President Trump. Together they urged Russia to "
                         "agree to an unconditional ceasefire.")
    for code in ("FRA", "POL", "UKR"):
        assert (code, "ceasefire", "demand") in found
    assert not any(h == "USA" for h, _, _ in found)


def test_a_later_single_subject_ends_the_group(pack):
    found = fields(pack, "President Macron arrived in Kyiv alongside Prime Minister Tusk. Zelensky visited a hospital "
                         "in Kharkiv. They urged Russia to agree to an unconditional ceasefire.")
    assert not any(h in {"FRA", "POL"} for h, _, _ in found)


def test_they_of_a_single_state_gets_no_group(pack):
    found = fields(pack, "Putin met his security council in Moscow. They urged Ukraine to agree to a ceasefire.")
    assert not any(h == "UKR" for h, _, _ in found)
