"""Event targets: a refusal told by "neither … nor", the party a participle's pronoun refers back to, the opposition
a government accuses."""

from __future__ import annotations

from extracted import event_keys


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_neither_accept_nor_recognise_is_a_refusal(pack):
    found = keys(pack, "Beijing said on Tuesday it would neither accept nor recognise the tribunal's ruling.")
    assert ("REJECT", "CHN", None) in found
    assert not any(k[0] == "AGREE" for k in found)


def test_a_participles_pronoun_refers_to_the_state_its_head_names(pack):
    found = keys(pack, "Idi Amin gave Asians holding British passports 90 days on Friday to leave Uganda, "
                       "accusing them of sabotaging the economy.")
    assert ("ACCUSE", "UGA", "GBR") in found


def test_the_opposition_a_government_accuses_is_its_own(pack):
    found = keys(pack, "South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday, "
                       "accusing the opposition of anti-state activities.")
    assert ("ACCUSE", "KOR", "KOR") in found
