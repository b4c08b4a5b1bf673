"""The trained issue model: its corrections of positions, training from gold, the command, the shipped file."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.issue_model import Reading, load_model, revised
from detente.sentence_model import DIMS, SentenceModel, terms
from detente.model import Actor, Position, Sentence

runner = CliRunner()


def hand_model(weights: dict[str, dict[str, float]], intercept: float = -5.0) -> SentenceModel:
    """A model whose issues are scored by words alone: ``weights[issue][word]``, vector weights zero."""
    issues = list(weights)
    vocabulary = sorted({w for row in weights.values() for w in row})
    coef = [[0.0] * DIMS + [weights[i].get(w, 0.0) for w in vocabulary] for i in issues]
    return SentenceModel(issues, vocabulary, [1.0] * len(vocabulary), coef, [intercept] * len(issues))


MODEL = hand_model({"ceasefire": {"truce": 12.0}, "sanctions": {"sanctions": 12.0}, "territory": {"land": 12.0}})


def position(code: str, issue: str, stance: str, sentence: int, text: str) -> Position:
    holder = Actor(code=code, sector="GOV", kind="state", name=code, text=code)
    return Position(holder=holder, issue=issue, stance=stance, statement=f"{stance} {issue}: words",
                    sentence=sentence, evidence=text)


def sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i=i, start=at, end=at + len(text), text=text))
        at += len(text) + 1
    return out


def keys(found: list[Position]) -> list[tuple]:
    return [(p.holder.code, p.issue, p.stance, p.sentence) for p in found]


def test_terms_are_words_and_word_pairs():
    assert terms("Lift the sanctions!") == ["lift", "the", "sanctions", "lift the", "the sanctions"]


def test_a_position_on_an_issue_the_model_rules_out_is_replaced_by_the_issue_it_is_sure_of(pack):
    text = "Moscow said a truce must come first and rejected the Western plan."
    found = revised([position("RUS", "territory", "demand", 0, text), position("UKR", "territory", "reject", 0, text)],
                    sentences(text), pack, {0: Reading(named=frozenset({"territory", "ceasefire"}))}, model=MODEL)
    assert keys(found) == [("RUS", "ceasefire", "demand", 0), ("UKR", "ceasefire", "reject", 0)]
    label = next(i.label for i in pack.issues if i.id == "ceasefire").split(":")[0].lower()
    assert found[0].statement == f"demand {label}: {' '.join(text.split()[:10])}" and found[0].evidence == text


def test_a_position_placed_on_its_issue_s_scale_is_never_dropped(pack):
    text = "Moscow said a truce must come first and rejected the Western plan."
    placed = position("RUS", "territory", "demand", 0, text).model_copy(update={"point": "T3"})
    found = revised([placed], sentences(text), pack, {0: Reading(named=frozenset({"territory", "ceasefire"}))},
                    model=MODEL)
    assert keys(found) == [("RUS", "territory", "demand", 0), ("RUS", "ceasefire", "demand", 0)]


def test_an_issue_the_sentence_does_not_name_stays_and_a_declined_issue_is_not_added(pack):
    text = "Moscow said a truce must come first."
    kept = revised([position("RUS", "territory", "demand", 0, text)], sentences(text), pack,
                   {0: Reading(declined=frozenset({"ceasefire"}))}, model=MODEL)
    assert keys(kept) == [("RUS", "territory", "demand", 0)]  # recalled from before; "any truce" only frames


def test_an_issue_is_dropped_only_for_a_likelier_one_the_sentence_names(pack):
    text = "Moscow wants a truce."  # the model is sure of the ceasefire, which the sentence does not name
    found = revised([position("RUS", "territory", "demand", 0, text)], sentences(text), pack,
                    {0: Reading(named=frozenset({"territory"}), declined=frozenset({"ceasefire"}))}, model=MODEL)
    assert keys(found) == [("RUS", "territory", "demand", 0)]
    text = "Moscow set out its position."
    found = revised([position("RUS", "territory", "demand", 0, text)], sentences(text), pack,
                    {0: Reading(named=frozenset({"territory"}))}, model=MODEL)
    assert keys(found) == [("RUS", "territory", "demand", 0)]


def test_the_next_sentence_of_the_paragraph_goes_on_in_the_voice_of_the_one_before(pack):
    texts = ("Moscow set out its terms.", "No sanctions may remain.", "The land question is closed.")
    first = position("RUS", "territory", "demand", 0, texts[0])
    found = revised([first], sentences(*texts), pack, {0: Reading(named=frozenset({"territory"}))}, model=MODEL)
    assert keys(found) == [("RUS", "territory", "demand", 0), ("RUS", "sanctions", "demand", 1)]
    label = next(i.label for i in pack.issues if i.id == "sanctions").split(":")[0].lower()
    assert found[1].evidence == texts[1] and found[1].statement == f"demand {label}: No sanctions may remain."
    new_paragraph = revised([first], sentences(*texts), pack, {1: Reading(opens=True)}, model=MODEL)
    assert keys(new_paragraph) == [("RUS", "territory", "demand", 0)]


def test_a_sentence_about_a_party_that_names_an_issue_gives_that_party_the_issue_the_model_is_sure_of(pack):
    russia = Actor(code="RUS", sector="GOV", kind="state", name="Russia", text="Moscow")
    texts = ("Moscow wants no sanctions, only a truce.", "Moscow does not accept the land swap.",
             "Moscow wants a truce.")  # the first names sanctions only: the truce it does not name stays out
    readings = {0: Reading(named=frozenset({"sanctions"}), subjects=(russia,)),
                1: Reading(named=frozenset({"territory"}), subjects=(russia,), negated=True, opens=True),
                2: Reading(subjects=(russia,), opens=True)}  # names no issue of its own: nothing
    found = revised([], sentences(*texts), pack, readings, "2025-05-16", model=MODEL)
    assert keys(found) == [("RUS", "sanctions", "support", 0), ("RUS", "territory", "oppose", 1)]
    assert all(p.inferred and p.date == "2025-05-16" and p.evidence == texts[p.sentence] for p in found)


def test_the_pipeline_carries_a_document_s_terms_into_the_next_sentence_and_marks_them_inferred(pack):
    from detente.ingest.document import make_document
    from detente.pipeline import extract

    text = ("Russia handed Ukraine a memorandum in Istanbul. It calls for the withdrawal of Ukrainian troops from "
            "four regions. No Western weapons may be delivered during a truce.")
    analysis = extract(make_document("t", text, published="2025-06-02", lang="en"), pack)
    third = [p for p in analysis.positions if p.sentence == 2]  # no stance word: the rules find nothing here
    assert third and all(p.holder.code == "RUS" and p.inferred for p in third)
    assert all(p.evidence == analysis.sentences[2].text for p in third)
    assert not any(p.inferred for p in analysis.positions if p.sentence == 1)


def test_a_holder_of_both_polarities_gives_an_added_issue_the_one_its_main_verb_says(pack):
    from detente.ingest.document import make_document
    from detente.pipeline import extract

    text = "Moscow will not agree to a truce while the West keeps arming Kyiv, and demands the lifting of sanctions."
    found = extract(make_document("t", text, published="2025-06-02", lang="en"), pack).positions
    assert ("RUS", "ceasefire", "reject") in [(p.holder.code, p.issue, p.stance) for p in found if not p.inferred]
    added = [(p.holder.code, p.issue, p.stance) for p in found if p.inferred]
    assert added and all(stance == "reject" for _, _, stance in added)  # "will not agree": no "demand" copy
    texts = ("Moscow wants a truce and rejects the land swap.",)
    voices = [position("RUS", "ceasefire", "demand", 0, texts[0]), position("RUS", "territory", "reject", 0, texts[0])]
    found = revised(voices, sentences(*texts), pack, {0: Reading(named=frozenset({"ceasefire", "territory"}))},
                    model=hand_model({"ceasefire": {"truce": 12.0}, "sanctions": {"wants": 12.0}}))
    assert keys(found)[2:] == [("RUS", "sanctions", "demand", 0)]  # not negated: the positive voice only


GOLD = [
    ("Kyiv wants all prisoners of war exchanged on an all-for-all basis.", "prisoners_children", "demand"),
    ("Moscow agreed to hand over 500 captured soldiers in a swap next week.", "prisoners_children", "accept"),
    ("Ukraine called for the return of children deported to Russia.", "prisoners_children", "demand"),
    ("The ombudsman urged the release of civilians held in occupied areas.", "prisoners_children", "demand"),
    ("Both sides agreed to trade the bodies of fallen soldiers and detainees.", "prisoners_children", "accept"),
    ("The Kremlin demanded that Western sanctions on its banks be lifted.", "sanctions", "demand"),
    ("Brussels adopted a new package of restrictive measures on Russian oil.", "sanctions", "support"),
    ("Moscow wants the SWIFT ban on its agricultural bank removed.", "sanctions", "demand"),
    ("Washington threatened secondary tariffs on buyers of Russian crude.", "sanctions", "support"),
    ("The EU refused to unfreeze the central bank's assets.", "sanctions", "oppose"),
]


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "positions.jsonl"
    lines = [{"id": f"g{n}", "split": "train", "text": f"{text} The talks continue in Geneva.",
              "positions": [{"holder": {"code": "RUS"}, "issue": issue, "stance": stance, "evidence": text}]}
             for n, (text, issue, stance) in enumerate(GOLD)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_training_is_deterministic_and_learns_the_issues_of_new_sentences(pack, small_gold, tmp_path):
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for target in outs:
        result = runner.invoke(app, ["train", "issues", "--gold", str(small_gold), "--split", "train",
                                     "--out", str(target)])
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()
    model = load_model(pack, outs[0])
    assert model.labels == [i.id for i in pack.issues]
    assert model.trained_on["passages"] == len(GOLD) and model.trained_on["sentences"] == 2 * len(GOLD)
    texts = ["Kyiv asked for a prisoner swap that brings the captured soldiers home.",
             "Moscow said the sanctions on its banks must be lifted."]
    prob = model.probabilities(texts)
    column = {issue: k for k, issue in enumerate(model.labels)}
    assert prob[0, column["prisoners_children"]] > prob[0, column["sanctions"]]
    assert prob[1, column["sanctions"]] > prob[1, column["prisoners_children"]]
    assert np.all(prob[:, column["crimea"]] < 0.01)  # no training sentence: no model, never proposed


def test_training_on_a_split_the_gold_file_lacks_is_an_error(small_gold, tmp_path):
    result = runner.invoke(app, ["train", "issues", "--gold", str(small_gold), "--split", "dev",
                                 "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 1 and "no lines in split dev" in result.output
    assert not (tmp_path / "m.json").exists()


def test_the_pack_ships_a_model_for_its_issues(pack):
    model = load_model(pack)
    assert model is not None and model.labels == [i.id for i in pack.issues]
    assert "dev" not in model.trained_on["splits"] and "train7" not in model.trained_on["splits"]


def test_each_joined_subject_of_a_sentence_without_a_stance_word_holds_what_it_names(pack):
    from detente.extract.position_holders import refuses
    from detente.ingest.document import make_document
    from detente.nlp import load
    from detente.pipeline import extract

    found = extract(make_document("t", "Russia and Ukraine each handed over 185 prisoners of war on Thursday.",
                                  published="2025-10-03", lang="en"), pack).positions
    assert sorted((p.holder.code, p.issue, p.stance, p.inferred) for p in found) == [
        ("RUS", "prisoners_children", "support", True), ("UKR", "prisoners_children", "support", True)]
    nlp = load()
    assert refuses(next(nlp("Kyiv has refused, saying it will not give up its land.").sents).root)
    assert refuses(next(nlp("Trump stopped short of endorsing a ceasefire.").sents).root)
    assert not refuses(next(nlp("Kyiv has agreed to talks.").sents).root)
