"""Issue detection by similarity, with the real WordLlama model and the real Russia–Ukraine pack."""

from __future__ import annotations

import numpy as np
import pytest

from detente.embed import embed
from detente.extract.issue_similarity import (
    THRESHOLD,
    IssueScore,
    IssueSimilarity,
    Recipe,
    issue_similarity,
    prototype_texts,
)


@pytest.fixture(scope="module")
def index(pack):
    return issue_similarity(pack)


def ranked_ids(index, text: str) -> list[str]:
    return [s.issue for s in index.rank([text], top=len(index.issues))[0]]


def test_every_issue_of_the_pack_has_prototypes_from_its_cues_anchors_and_summaries(pack):
    pairs = prototype_texts(pack, ("cues", "anchors", "summaries"))
    assert {issue for issue, _ in pairs} == {i.id for i in pack.issues}
    ceasefire = {text for issue, text in pairs if issue == "ceasefire"}
    assert "truce" in ceasefire  # issues.yaml cue
    assert "stop the fighting" in ceasefire  # vocabulary.yaml issue_cues
    issue = next(i for i in pack.issues if i.id == "ceasefire")
    assert issue.scale[0].anchor in ceasefire
    assert issue.definition not in ceasefire  # not asked for
    assert issue.definition in {t for i, t in prototype_texts(pack, ("definition",)) if i == "ceasefire"}


def test_a_ceasefire_sentence_ranks_the_ceasefire_issue_first(index):
    assert ranked_ids(index, "Both sides agreed to a thirty-day ceasefire starting on Monday.")[0] == "ceasefire"
    # no cue phrase of the pack in this one: the fallback's case
    assert ranked_ids(index, "Kyiv proposed that both armies stop shooting for thirty days.")[0] == "ceasefire"


def test_nato_membership_ranks_the_alliance_issue_above_territory(index):
    for text in ("Moscow insists that Ukraine must never join the North Atlantic alliance.",
                 "The Kremlin demanded that Ukraine abandon its bid for NATO membership."):
        order = ranked_ids(index, text)
        assert order[0] == "alliance_neutrality"
        assert order.index("alliance_neutrality") < order.index("territory")


def test_scores_are_cosines_one_column_per_issue_and_ranked_best_first(index, pack):
    texts = ["Russia demands that Ukraine withdraw from Donetsk.", "The weather in Geneva was sunny.",
             "Sanctions on Russian oil exports will stay until Moscow withdraws."]
    scores = index.scores(texts)
    assert scores.shape == (3, len(pack.issues))
    assert index.issues == tuple(i.id for i in pack.issues)
    assert np.all(scores >= -1.0) and np.all(scores <= 1.0)
    for row, ranked in zip(scores, index.rank(texts, top=5)):
        values = [s.score for s in ranked]
        assert values == sorted(values, reverse=True)
        assert values[0] == pytest.approx(float(row.max()))


def test_a_text_identical_to_a_cue_is_at_cosine_one_with_its_nearest_prototype(pack):
    nearest = IssueSimilarity(pack, embed, Recipe(sources=("cues",), pooling="nearest"))
    row = nearest.scores(["cessation of hostilities"])[0]
    assert row[nearest.issues.index("ceasefire")] == pytest.approx(1.0, abs=1e-5)
    blend = IssueSimilarity(pack, embed, Recipe(sources=("cues",), pooling="blend"))
    # the blend averages in the centroid, which is not the cue itself
    assert blend.scores(["cessation of hostilities"])[0][blend.issues.index("ceasefire")] < 0.999


def test_scores_are_deterministic_and_do_not_depend_on_the_batch(index):
    a, b = "Zelensky rejected any handover of territory.", "Putin wants the sanctions lifted."
    together = index.scores([a, b])
    assert np.array_equal(together, index.scores([a, b]))
    assert np.allclose(together[0], index.scores([a])[0], atol=1e-5)
    assert np.allclose(together[1], index.scores([b])[0], atol=1e-5)


def test_vectors_are_built_once_per_pack_and_recipe(pack, index):
    assert issue_similarity(pack) is index
    other = issue_similarity(pack, recipe=Recipe(sources=("label", "definition")))
    assert other is not index
    assert issue_similarity(pack, recipe=Recipe(sources=("label", "definition"))) is other


def test_best_applies_threshold_and_margin(index):
    text = "Kyiv demands a full and unconditional truce before any talks."
    top, runner_up = index.rank([text], top=2)[0]
    assert index.best([text], threshold=top.score, margin=0.0)[0] == top
    assert index.best([text], threshold=top.score + 0.01, margin=0.0)[0] is None
    gap = top.score - runner_up.score
    assert index.best([text], threshold=-1.0, margin=gap + 0.01)[0] is None
    assert index.best([text], threshold=-1.0, margin=gap - 0.01)[0] == top


def test_the_default_fallback_finds_an_issue_but_leaves_off_topic_and_empty_text(pack):
    found = issue_similarity(pack).best(["Both sides agreed to a thirty-day ceasefire starting on Monday."])[0]
    assert isinstance(found, IssueScore) and found.issue == "ceasefire" and found.score >= THRESHOLD
    assert issue_similarity(pack).best(["The weather in Geneva was sunny.", "   "]) == [None, None]
    assert issue_similarity(pack).rank([""], top=2)[0][0].score == 0.0


def test_a_recipe_rejects_unknown_sources_and_poolings():
    with pytest.raises(ValueError, match="sources"):
        Recipe(sources=("glossary",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sources"):
        Recipe(sources=())
    with pytest.raises(ValueError, match="pooling"):
        Recipe(pooling="mean")  # type: ignore[arg-type]
