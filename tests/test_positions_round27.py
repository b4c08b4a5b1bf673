"""Round 27: a refusal that a condition says goes on ("if Moscow continues to reject the truce") is the party's
stance as it stands, beside what the condition asks of it."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_a_refusal_that_goes_on_is_held(pack):
    found = fields(pack, "Zelensky called for tougher sanctions if Moscow continues to reject the ceasefire.")
    assert ("RUS", "ceasefire", "reject") in found
    assert ("UKR", "ceasefire", "demand") in found  # what the condition asks, the speaker wants


def test_keeps_refusing_in_a_threat(pack):
    found = fields(pack, "Macron said Europe would impose new sanctions if Russia kept rejecting an unconditional "
                         "truce.")
    assert ("RUS", "ceasefire", "reject") in found


def test_a_plain_condition_states_no_stance_of_its_subject(pack):
    found = fields(pack, "Kyiv will accept a ceasefire if Russia agrees to a ceasefire.")
    assert not any(h == "RUS" for h, _, _ in found)


def test_pressure_kept_up_until_a_party_agrees(pack):
    found = fields(pack, "We call on our partners to keep increasing pressure on Moscow until it agrees to a full "
                         "ceasefire.")
    assert not any(h == "RUS" and s == "accept" for h, _, s in found)

