"""Where a party ought to be ("must be at the table") is a position on the talks, not their setting (real
spaCy parses)."""

from extracted import position_keys

from detente.ontology import load_pack

PACK = load_pack("russia_ukraine")
FOR = {"demand", "propose", "support", "accept"}


def _keys(text: str) -> set[tuple]:
    return position_keys(PACK, text)


def _for_talks(keys: set[tuple], code: str) -> bool:
    return any(k[0] == code and k[1] == "talks_format" and k[2] in FOR for k in keys)


def test_must_be_at_the_table_is_held_by_the_speaker():
    assert _for_talks(_keys("The Italian premier said that Poland must be at the negotiating table."), "ITA")


def test_has_to_be_at_the_table():
    assert _for_talks(_keys("Georgia has to be at the table, the Spanish minister insisted."), "ESP")


def test_a_place_at_the_table():
    assert _for_talks(_keys("Japan's prime minister said Asia's place is at the table."), "JPN")


def test_talks_held_at_the_table_stay_a_setting():
    keys = _keys("The talks were held at the negotiating table in Geneva, the Swiss foreign minister said.")
    assert not any(k[1] == "talks_format" for k in keys)
