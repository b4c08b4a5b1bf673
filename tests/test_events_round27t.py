"""Round 27t: the parties of events coded with the wrong or no source or target."""

from __future__ import annotations

from extracted import events_of


def _keys(pack, text: str, etype: str, published: str = "2020-01-01") -> list[tuple]:
    return [(e.source.code, e.target.code if e.target else None) for e in events_of(pack, text, published)
            if e.type == etype]


def test_unnamed_authorities_of_the_one_state_named_are_its_own(pack):
    assert _keys(pack, "Bolivia's president fled the country on Sunday, and the army chief declared a state of "
                       "emergency.", "COERCE") == [("BOL", None)]
    assert _keys(pack, "Peru's prime minister resigned on Friday after soldiers fired tear gas at students.",
                 "ASSAULT")[0][0] == "PER"


def test_an_object_it_is_not_the_subject_of_its_own_verb(pack):
    assert _keys(pack, "Syria shelled Turkish border posts on Monday, but Ankara held off responding after Moscow "
                       "urged it to show restraint.", "REQUEST") == [("RUS", "TUR")]
