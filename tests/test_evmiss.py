"""A warning whose clause foretells a penalty by the warner's own side is a threat, and the penalty is only its
content; a warning that another party may strike, or a forecast with no penalty, is no threat by the warner."""

from __future__ import annotations

from extracted import event_keys


def test_warning_of_own_border_closure_threatens(pack):
    keys = event_keys(pack, "Finland and Estonia warned on Tuesday that they would close their frontier crossings "
                            "with Russia if migrants kept arriving in large numbers.", "2023-11-14")
    assert ("THREATEN", "FIN", "RUS") in keys and ("THREATEN", "EST", "RUS") in keys
    assert not any(k[0] == "COERCE" for k in keys)  # the closure is the warning's content, not a closure made


def test_fronted_warning_of_cut_supplies_threatens(pack):
    keys = event_keys(pack, "Algeria would halt gas exports to Spain should Madrid back Morocco's plan for the "
                            "Western Sahara, President Abdelmadjid Tebboune warned on Friday.", "2022-04-08")
    assert ("THREATEN", "DZA", "ESP") in keys
    assert not any(k[0] == "SANCTION" for k in keys)


def test_warning_that_another_side_may_strike_is_no_own_threat(pack):
    keys = event_keys(pack, "Poland warned on Monday that Belarus could send Wagner fighters across the border.",
                      "2023-07-31")
    assert not any(k[0] == "THREATEN" and k[1] == "POL" for k in keys)


def test_pessimistic_warning_without_penalty_is_no_event(pack):
    keys = event_keys(pack, "The finance minister warned on Monday that Germany's economy would shrink this year.",
                      "2023-05-15")
    assert not any(k[0] == "THREATEN" for k in keys)
