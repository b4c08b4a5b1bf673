"""The shipped pack is complete and valid; a broken pack gets an error naming the file and the entry."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.ontology import PackError, load_pack
from detente.ontology.loader import PACKS_DIR

CONTRACT_ISSUES = {"territory", "crimea", "alliance_neutrality", "eu_membership", "security_guarantees",
                   "military_limits", "nuclear_status", "ceasefire", "ceasefire_conditions", "sanctions",
                   "prisoners_children", "accountability", "language_identity", "church", "elections_governance",
                   "nuclear_plant", "black_sea_food_energy", "reconstruction", "talks_format", "european_security",
                   "war_aims", "relations_normalisation"}
CONTRACT_NARRATIVES = {"blame_others", "discredit_ukraine", "russia_victim", "praise_russia", "overpraise_west",
                       "war_outcomes", "discredit_west_diplomacy", "consequences_for_west", "distrust_media",
                       "war_fears", "hidden_plots", "peace_obstructed", "russia_open_to_peace", "russia_bad_faith",
                       "russia_dictates_terms"}


def test_shipped_pack_covers_the_contract(pack):
    assert {i.id for i in pack.issues} == CONTRACT_ISSUES
    assert {n.id for n in pack.narratives} >= CONTRACT_NARRATIVES
    assert len(pack.states) >= 190
    assert {"RUS.GOV.putin", "UKR.GOV.zelensky", "RUS.GOV.medinsky"} <= set(pack.people_by_id)
    assert all(issue.scale for issue in pack.issues)


@pytest.fixture
def pack_copy(tmp_path):
    target = tmp_path / "broken_pack"
    shutil.copytree(PACKS_DIR / "russia_ukraine", target)
    return target


def test_a_bad_entry_is_named_with_its_file(pack_copy):
    people = pack_copy / "people.yaml"
    people.write_text(people.read_text().replace("sector: GOV", "sector: GOVERNMENT", 1))
    with pytest.raises(PackError) as caught:
        load_pack(str(pack_copy))
    message = str(caught.value)
    assert "people.yaml" in message and "entry people.0" in message and "id '" in message


def test_invalid_yaml_and_clashing_keys_are_named(pack_copy):
    (pack_copy / "extra.yaml").write_text("issues: []\n")
    with pytest.raises(PackError, match="issues.yaml: key .issues. is already defined in extra.yaml"):
        load_pack(str(pack_copy))
    (pack_copy / "extra.yaml").write_text("people: [unclosed\n")
    with pytest.raises(PackError, match="extra.yaml: not valid YAML"):
        load_pack(str(pack_copy))


def test_pack_check_command(pack_copy):
    runner = CliRunner()
    good = runner.invoke(app, ["pack", "check", "russia_ukraine"])
    assert good.exit_code == 0 and "is valid" in good.output
    (pack_copy / "groups.yaml").write_text("groups:\n  - aliases: [nobody]\n")
    bad = runner.invoke(app, ["pack", "check", str(pack_copy)])
    assert bad.exit_code == 1 and "groups.yaml" in bad.output and "name" in bad.output


def test_a_suffered_pattern_that_does_not_compile_is_named(pack_copy):
    issues = pack_copy / "issues.yaml"
    issues.write_text(issues.read_text().replace('act: "sanction|', 'act: "(sanction|', 1))
    with pytest.raises(PackError, match="issues.yaml") as caught:
        load_pack(str(pack_copy))
    assert "suffered" in str(caught.value)
