"""Event arguments and places on unseen kinds of text (issue #6, twelfth round): a
dateline's place is no subject, a participle tells its noun's act, a device's verb
names what it hit, pronoun objects, a body named by its leader, acts answered with
others, a country acted on against the place the clause
tells, and the town a region holds."""

from __future__ import annotations

import pytest

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_datelines_place_is_not_the_subject_that_acts(pipeline: Pipeline) -> None:
    # The parser hangs "Lahore" on the verb as a second subject.
    record = record_of(pipeline, "Lahore (Dawn) — Police arrested 20 lawyers on Monday.")
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["Police"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "On 21 March 1960 police opened fire on a crowd protesting against the pass "
            "laws in Sharpeville.",
            "protesting",
            "crowd",
        ),
        (
            "Troops fired tear gas at thousands of opposition supporters marching toward "
            "the Supreme Court in Caracas.",
            "marching",
            "opposition supporters",
        ),
    ],
)
def test_a_participle_on_a_noun_is_that_nouns_act(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DOERS) == [doer]


def test_what_a_device_struck_is_its_target(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A roadside bomb struck a paramilitary convoy near Miranshah.")
    assert "paramilitary convoy" in names_in(record, event_of(record, "bomb"), DONE_TO)


def test_whose_missile_struck_is_who_acted(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A Russian missile struck a shopping centre in Kremenchuk.")
    event = event_of(record, "missile")
    assert names_in(record, event, DOERS) == ["Russia"]
    assert names_in(record, event, DONE_TO) == ["shopping centre"]


def test_a_pronoun_object_of_a_joined_verb_is_the_first_verbs_object(
    pipeline: Pipeline,
) -> None:
    record = record_of(pipeline, "Masked men hijacked a bus in Belfast and set it alight.")
    assert names_in(record, event_of(record, "set"), DONE_TO) == ["bus"]


def test_them_is_the_people_named_before_it_not_an_institution(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Police beat teachers protesting outside the Balochistan Assembly and detained 30 of them.",
    )
    assert names_in(record, event_of(record, "detained"), DONE_TO) == ["teachers"]


def test_a_body_named_by_its_leader_acts(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "An air strike by the Saudi-led coalition hit a market.")
    assert "Saudi-led coalition" in names_in(record, event_of(record, "air strike"), DOERS)


def test_an_act_answered_with_is_the_answerers(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Israel responded with air strikes on bridges in Lebanon.")
    assert names_in(record, event_of(record, "air strikes"), DOERS) == ["Israel"]


def test_an_era_after_a_year_is_no_part_of_a_name(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In 70 CE Roman legions under Titus besieged Jerusalem.")
    # "CE" joins no name; the commander the legions served under is a doer beside them.
    assert names_in(record, event_of(record, "besieged"), DOERS) == ["Roman legions", "Titus"]


def test_parties_to_a_treaty_are_not_what_it_was_signed_on(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Egypt and Israel signed a peace treaty on the White House lawn in 1979."
    )
    assert sorted(names_in(record, event_of(record, "peace treaty"), DOERS)) == [
        "Egypt",
        "Israel",
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In January 1863 Polish nationalists rose against Russian rule in the Kingdom "
            "of Poland.",
            "Kingdom of Poland",
        ),
        ("In 1916 Irish rebels rose against British rule in Dublin.", "Dublin"),
        ("In August 1990 Iraq invaded Kuwait.", "Kuwait"),
    ],
)
def test_a_country_acted_on_gives_way_to_the_place_the_clause_tells(
    pipeline: Pipeline, text: str, place: str
) -> None:
    where = record_of(pipeline, text).events[0].where
    assert where is not None and where.name == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Militants abducted 17 farmers outside Damboa in Borno state on Saturday.",
            "abducted",
            "Damboa",
        ),
        (
            "Gunmen stormed a church in the town of Owo, in Ondo state, on 5 June 2022.",
            "stormed",
            "Owo",
        ),
    ],
)
def test_the_town_a_region_holds_is_where(
    pipeline: Pipeline, text: str, trigger: str, place: str
) -> None:
    where = event_of(record_of(pipeline, text), trigger).where
    assert where is not None and where.name == place
