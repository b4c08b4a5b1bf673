"""Events whose doer the subject does not name: an arrest a state announces in the passive, people driven out of
a country, a convoy loaded with relief, a vigil kept, a law that acts through its makers, Arab leaders acting as
the Arab League; names put to an accord sign it."""

from __future__ import annotations

from extracted import event_keys


def kinds(pack, text, published="2023-01-01"):
    return set(event_keys(pack, text, published))


def test_arrests_a_state_announces_are_its_own(pack):
    found = kinds(pack, "Turkey announced on Friday that 20 soldiers had been detained.")
    assert any(k[:2] == ("COERCE", "TUR") for k in found)


def test_arrests_a_state_only_reports_are_not_its_own(pack):
    found = kinds(pack, "Kyiv said that 40 of its citizens had been detained.")
    assert not any(k[:2] == ("COERCE", "UKR") for k in found)


def test_people_driven_out_of_a_country_are_driven_by_it(pack):
    found = kinds(pack, "More than 2,000 Kurds have been driven out of Syria into Iraq, officials in Baghdad said.")
    assert any(k[:2] == ("COERCE", "SYR") for k in found)


def test_lorries_loaded_with_relief_deliver_aid(pack):
    found = kinds(pack, "Fourteen UN lorries loaded with tents and blankets crossed from Jordan into Syria on Friday.")
    assert ("AID", "UN", "SYR") in found


def test_lorries_loaded_by_the_red_crescent_deliver_its_aid(pack):
    assert ("AID", "JOR", "SYR") in kinds(pack, "Twelve lorries loaded by the Jordanian Red Crescent crossed into Syria at dawn.")


def test_lorries_loaded_with_arms_are_no_relief(pack):
    found = kinds(pack, "Ten lorries loaded with rifles crossed into Syria on Friday.")
    assert not any(k[0] == "AID" and k[2] == "SYR" and k[1] != "SYR" for k in found)


def test_a_crowd_keeping_vigil_protests(pack):
    found = kinds(pack, "Thousands of Serbs kept vigil outside parliament in Belgrade for a third night.")
    assert any(k[:2] == ("PROTEST", "SRB") for k in found)


def test_keeping_sanctions_is_no_protest(pack):
    assert not any(k[0] == "PROTEST" for k in kinds(pack, "Washington kept its sanctions on Cuba in place."))


def test_a_law_acts_through_the_parliament_that_passed_it(pack):
    found = kinds(pack, "Hungary's parliament passed a law on Tuesday that bans two opposition parties.")
    assert any(k[:2] == ("COERCE", "HUN") for k in found)


def test_putting_names_to_an_accord_signs_it(pack):
    found = kinds(pack, "Armenian and Azerbaijani leaders put their names to a peace accord at the White House.")
    assert ("SUPPORT", "ARM", "AZE") in found
