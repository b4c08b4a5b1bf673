"""Contrasted issue phrases and negated verbs of effect (real spaCy parses)."""

from extracted import position_keys

from detente.ontology import load_pack

PACK = load_pack("russia_ukraine")


def _keys(text: str) -> set[tuple]:
    return position_keys(PACK, text)


def test_not_a_pause_is_opposed():
    assert ("RUS", "ceasefire", "oppose") in _keys("Kremlin aide Yuri Ushakov said Moscow wanted any peace deal to be "
                                                   "final, not a pause.")


def test_rather_than_an_act_is_opposed():
    keys = _keys("The Kremlin continues to use the Istanbul format to set the terms of negotiation rather than to "
                 "move toward a ceasefire.")
    assert ("RUS", "ceasefire", "oppose") in keys and ("RUS", "ceasefire", "support") not in keys


def test_preferred_over_is_opposed():
    assert ("RUS", "ceasefire", "oppose") in _keys("Kremlin spokesman Dmitry Peskov said that Russia favoured a "
                                                   "long-term settlement over a truce that Ukraine would use to rearm.")


def test_threats_that_will_not_change_a_course_are_rejected():
    assert ("RUS", "sanctions", "reject") in _keys("Russian officials have repeatedly said that threats of new "
                                                   "sanctions will not change Moscow's position on the settlement.")
