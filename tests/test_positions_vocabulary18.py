"""Everyday issue and stance wording: restrictions, tightened screws, prolonged killings, days of quiet, the dead,
bare prisoner exchanges (but not an exchange of views), the peace process, progress and the situation on the ground."""

from extracted import position_keys

from detente.ontology import load_pack

PACK = load_pack("russia_ukraine")


def _hip(text: str) -> set[tuple[str | None, str, str]]:
    return position_keys(PACK, text, "2025-05-20")


def test_new_restrictions_are_sanctions():
    assert ("RUS", "sanctions", "oppose") in _hip(
        "The Kremlin said the new restrictions on its oil exporters were illegal.")


def test_tightening_the_screws_is_sanctions_pressure():
    assert ("GBR", "sanctions", "support") in _hip(
        "London pledged to keep tightening the screws on Moscow's war economy.")


def test_no_sense_in_prolonging_the_killings_wants_a_ceasefire():
    assert ("UKR", "ceasefire", "support") in _hip(
        "Kyiv said there was no sense in prolonging the killings any further.")


def test_days_of_quiet_are_a_ceasefire():
    hip = _hip("Russia offered two days of quiet so that each side could collect the dead.")
    assert ("RUS", "ceasefire", "propose") in hip


def test_bare_exchange_is_a_prisoner_exchange():
    assert ("UKR", "prisoners_children", "support") in _hip(
        "The Ukrainian president congratulated both sides on the exchange.")
    assert ("UKR", "prisoners_children", "oppose") in _hip("Moscow accused Kyiv of dragging out the exchange.")


def test_exchange_of_views_is_not_a_prisoner_exchange():
    hip = _hip("Paris said the two leaders welcomed a frank exchange of views on energy.")
    assert not any(issue == "prisoners_children" for _, issue, _ in hip)


def test_exchanged_documents_are_not_a_prisoner_exchange():
    hip = _hip("Moscow said it welcomed the fact that the delegations exchanged their draft memoranda.")
    assert not any(issue == "prisoners_children" for _, issue, _ in hip)


def test_peace_process_and_progress_are_about_the_talks():
    assert ("DEU", "talks_format", "demand") in _hip("Berlin said the peace process needed Ukraine at the table.")
    assert ("ITA", "talks_format", "support") in _hip(
        "The Italian prime minister said she was pleased with the progress in the negotiations.")


def test_situation_on_the_ground_is_territory():
    assert ("RUS", "territory", "demand") in _hip(
        "The Kremlin insisted that any deal must reflect the situation on the ground.")


def test_deterring_a_future_attack_is_a_security_guarantee():
    assert ("FRA", "security_guarantees", "support") in _hip(
        "Paris said the force would help deter a future attack on Ukraine.")
