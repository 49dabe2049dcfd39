"""``eval clusters``: B-cubed and pairwise scores, and the gold sets end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from historiograph.cli import cli
from historiograph.evaluate.clusters import (
    bcubed,
    conflict_gold_cluster,
    evaluate_gold,
    load_gold,
    pairwise,
    predicted_conflicts,
)
from historiograph.pipeline import Pipeline, build_pipeline
from historiograph.reconcile import Reconciler
from historiograph.reconcile.queries import ConflictView

GOLD = Path(__file__).resolve().parent / "gold"


def test_bcubed_and_pairwise_on_a_worked_example() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    system = {"a": 1, "b": 1, "c": 2, "d": 2}

    b3 = bcubed(system, gold)
    pairs = pairwise(system, gold)

    # precision: a,b 1; c,d 1/2 -> 0.75; recall: a,b 2/3; c 1/3; d 1 -> 2/3
    assert (b3.precision, b3.recall) == (0.75, 0.6667)
    # system pairs ab, cd; gold pairs ab, ac, bc
    assert (pairs.precision, pairs.recall) == (0.5, 0.3333)


def test_a_perfect_clustering_scores_one() -> None:
    labels = {"a": 1, "b": 1, "c": 2}
    assert bcubed(labels, labels).f1 == pairwise(labels, labels).f1 == 1.0


def test_a_conflict_belongs_to_the_gold_event_both_its_values_come_from() -> None:
    # One system cluster (7) that wrongly merged two gold events, mostly the hospital's.
    gold_of = {
        "a@0-5": "hospital",
        "a@20-25": "hospital",
        "a@50-55": "shelling",
        "b@0-5": "hospital",
        "b@50-55": "shelling",
        "b@70-75": "shelling",
    }
    members = dict.fromkeys([*gold_of, "b@90-95"], 7)

    def side(key: str) -> dict[str, str]:
        return {"document": key.split("@")[0], "event_key": key}

    same = conflict_gold_cluster(7, [side("a@50-55"), side("b@50-55")], members, gold_of)
    crossed = conflict_gold_cluster(7, [side("a@0-5"), side("b@50-55")], members, gold_of)
    stray = conflict_gold_cluster(7, [side("a@50-55"), side("b@90-95")], members, gold_of)

    assert same == "shelling"  # though most of the cluster tells the hospital
    assert crossed.startswith("mixed:")  # two events' values set side by side
    assert stray == "shelling"  # a mention no quote covers: what its document mostly tells


def test_a_denial_two_documents_quote_counts_for_both_documents() -> None:
    gold_of = {"opp@0-5": "attack", "opp@40-46": "attack", "un@10-16": "attack"}
    members = dict.fromkeys(gold_of, 3)
    names = {"opp": "opposition", "un": "un-review"}
    accused = {"document": "opp", "event_key": "opp@0-5"}
    denied = {"document": "opp", "event_key": "opp@40-46", "also": [{"document": "un"}]}
    conflict = ConflictView(
        cluster=3,
        label="",
        field="perpetrator",
        severity=0.8,
        level="high",
        summary="",
        a=accused,
        b=denied,
    )

    assert predicted_conflicts([conflict], members, gold_of, names) == {
        ("attack", "perpetrator", frozenset({"opposition"})),
        ("attack", "perpetrator", frozenset({"opposition", "un-review"})),
    }


def test_every_gold_quote_is_found_in_its_document() -> None:
    for path in sorted(GOLD.glob("*-clusters.yaml")):
        gold = load_gold(path)
        assert gold.clusters and all(gold.documents)
        assert all(c in gold.clusters for c, _, _ in gold.conflicts)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline()


@pytest.mark.parametrize(
    ("name", "bcubed_f1", "conflict_precision", "date_misses"),
    [
        # (0.78 since round 20: the 2009 arrests are no longer placed in Khalis, where the
        # residents were then held, and stay unplaced, so they no longer join the raid;
        # the 2013 hostage-taking, now placed at the camp, stands apart from the attack.
        # Both are open in the closing note of session 13.)
        ("demo-clusters.yaml", 0.78, 0.8, 0),
        # "Army units attacked the rebel base" is typed a battle (state forces against an
        # armed group, as ACLED codes it), the bulletin's "army raid" an attack: both words
        # mean an attack, so that is the typing model's reading and no conflict. The raid
        # on Camp Teral that the bulletin dates seven weeks after the daily is tied by
        # the camp's name alone: two raids on one camp weeks apart read the same, and
        # dates that contradict take a second anchor, so that date conflict is missed.
        ("invented-clusters.yaml", 0.85, 0.95, 1),
        ("invented2-clusters.yaml", 0.85, 0.9, 0),
        # Four attacks and a raid in one province within five weeks; one writer dates two
        # of them apart, which keeps its "operation" out of the ambush it also tells.
        ("invented4-clusters.yaml", 0.8, 0.85, 0),
        # A hospital struck on February 12 and a district shelled on the 13th or 14th:
        # the monitor dates both itself, two days apart, so they are two events (within
        # the two days' slack that sources disputing one day get), and the shelling's
        # date conflicts are between its own accounts.
        ("invented8-clusters.yaml", 0.85, 0.9, 0),
        # The Front's "did not fire a single shell at Ashvar. The Ilvanian gunners shelled
        # the market on 17 May": the denial dates nothing, so it keeps no asserted account
        # of its document apart, and "the market" is the site the other accounts name
        # ("the market in Ashvar"), so the communique's date, a day off, is a conflict.
        ("invented10-clusters.yaml", 0.9, 0.95, 0),
        # Police who "opened fire on a peaceful march", read as a clash, are the riot the
        # ministry tells (a crowd and the force used on it); the historian's "late August"
        # conflicts with September 9, the surgeon's "early in October" agrees with
        # October 2, and "between 12 and 18" agrees with 14 (UCDP's low and high).
        ("invented13-clusters.yaml", 0.85, 0.95, 0),
    ],
)
def test_quality_floor_on_the_gold_sets(
    nlp_model: Language,
    pipeline: Pipeline,
    name: str,
    bcubed_f1: float,
    conflict_precision: float,
    date_misses: int,
) -> None:
    scores = evaluate_gold(GOLD / name, pipeline, Reconciler())

    assert scores.bcubed.f1 >= bcubed_f1
    assert scores.conflicts.precision >= conflict_precision
    dates = scores.conflict_fields.get("date", {"correct": 0, "gold": 0})
    assert dates["gold"] - dates["correct"] == date_misses  # every other one is reported


def test_eval_clusters_prints_one_json_object(nlp_model: Language) -> None:
    result = CliRunner().invoke(
        cli, ["eval", "clusters", str(GOLD / "invented-clusters.yaml"), "--json"]
    )

    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["overall"]) >= {"bcubed", "pairwise", "conflicts"}
