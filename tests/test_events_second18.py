"""Second events of a sentence: a signed text committing both parties, and bans barring ships or airlines."""
from extracted import event_keys


def test_treaty_committing_both_countries_is_a_pledge_of_each(pack):
    keys = event_keys(pack, "Chile and Peru signed a pact on Monday that commits each country to defend the other.")
    assert ("AGREE", "CHL", "PER") in keys and ("AGREE", "PER", "CHL") in keys


def test_declaration_committing_both_countries(pack):
    keys = event_keys(pack, "Chile's president signed a declaration with Peru's leader on Monday committing both "
                      "countries to reduce tensions.")
    assert ("AGREE", "CHL", "PER") in keys and ("AGREE", "PER", "CHL") in keys


def test_law_committing_own_army_is_no_pledge(pack):
    keys = event_keys(pack, "Chile signed a law committing its army to a new doctrine.")
    assert not any(k[0] == "AGREE" for k in keys)


def test_barring_airlines_is_a_sanction(pack):
    keys = event_keys(pack, "Chile barred airlines from ten countries from its airspace on Monday.")
    assert any(k[0] == "SANCTION" and k[1] == "CHL" for k in keys)
