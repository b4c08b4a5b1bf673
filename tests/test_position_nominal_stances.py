"""Attitude participles ("is opposed to", "is committed to") and the stance they give their passive subject."""

from extracted import position_keys

from detente.ontology import load_pack

PACK = load_pack("russia_ukraine")


def _hip(text: str) -> set[tuple[str | None, str, str]]:
    return position_keys(PACK, text, "2025-05-20")


def test_opposed_as_passive_participle_is_held_by_its_subject():
    assert ("POL", "ceasefire", "oppose") in _hip("Poland is opposed to a ceasefire on Russian terms.")


def test_opposed_as_adjective_is_an_opposition():
    hip = _hip("Kyiv remains opposed to a ceasefire.")
    assert ("UKR", "ceasefire", "oppose") in hip
    assert ("UKR", "ceasefire", "support") not in hip


def test_committed_adjective_with_passive_subject():
    assert ("UKR", "talks_format", "support") in _hip("Kyiv is committed to the talks.")


def test_passive_with_agent_keeps_the_agent():
    assert ("HUN", "sanctions", "oppose") in _hip("Sanctions were opposed by Hungary.")


def test_pursue_is_support_and_its_negation_opposition():
    assert ("GBR", "sanctions", "support") in _hip("Britain will pursue new sanctions against Moscow.")
    assert ("RUS", "ceasefire", "oppose") in _hip("Officials said the Kremlin does not intend to pursue a ceasefire.")



def test_an_unowned_demand_noun_is_held_by_whoever_insists_on_it():
    assert ("RUS", "territory", "demand") in _hip("The Kremlin kept insisting on territorial demands during the talks.")


def test_a_noun_under_a_clause_below_the_demand_noun_is_not_taken_up():
    hip = _hip("Moscow accepted the American truce plan only on conditions it knows Kyiv cannot meet.")
    assert not any(issue == "talks_format" for _, issue, _ in hip)


def test_what_a_measure_amounts_to_judges_it():
    hip = _hip("Lavrov said the new sanctions would lead to escalation.")
    assert ("RUS", "sanctions", "oppose") in hip
    assert ("RUS", "sanctions", "support") not in hip


def test_according_to_an_official_credits_a_clause_with_no_party_subject():
    hip = _hip("According to the Kremlin, the next round must address security guarantees.")
    assert ("RUS", "security_guarantees", "demand") in hip


def test_according_to_an_official_leaves_a_named_subject_its_own_demand():
    assert ("UKR", "ceasefire", "demand") not in _hip("According to Zelensky, the European partners demand a truce.")
