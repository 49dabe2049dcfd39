"""Event tolls (issues #5, #6), round 24: a round word ("hundreds") that a counted figure
for the same dead meets sets no low of its own, parts listed together count one act's
dead, and a figure of another act ("a similar strike had left nine dead"), of a whole war,
or summed over years is no toll of the one act told beside it. The fresh gold is
``tests/gold/tolls21-events.jsonl``."""

from __future__ import annotations

import pytest

from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_round_word_that_counts_meet_sets_no_low_of_its_own(pipeline: Pipeline) -> None:
    """UCDP's low is the lowest credible count: 412 and "more than 900" are both
    "hundreds", so the round word's floor (200) is no figure beside them."""
    record = record_of(
        pipeline,
        "Soldiers fired into a crowd of pilgrims at the shrine of Dera Nur in 1931, killing "
        "hundreds. A government commission later counted 412 dead; the pilgrims' committee "
        "listed more than 900.",
    )
    assert toll_of(event_told_by(record, "fired")) == (412, 900)


def test_a_round_word_no_count_reaches_still_stands(pipeline: Pipeline) -> None:
    """ "Dozens" against an admitted 12 is a dispute: 12 to 24."""
    record = record_of(
        pipeline,
        "Dozens were killed when troops fired on the march in Lumbe on Sunday; the army "
        "admitted 12.",
    )
    assert toll_of(event_told_by(record, "fired")) == (12, 24)


def test_a_round_word_listed_beside_a_count_adds_to_it(pipeline: Pipeline) -> None:
    """Parts of one toll ("dozens of students and 30 workers") add, even where the count
    is above the round word's floor."""
    record = record_of(
        pipeline,
        "Police opened fire on the rally in Tanza on Sunday, killing dozens of students and "
        "30 workers.",
    )
    assert toll_of(event_told_by(record, "opened fire")) == (54, 54)


def test_parts_listed_together_count_the_same_act(pipeline: Pipeline) -> None:
    """The second part stands nearer the "before" clause's act; it is still the dead of
    the act the first part counts."""
    record = record_of(
        pipeline,
        "When the sepoys at Fort Sallow rose against their officers in May 1824, they killed "
        "nine officers and some eighty troopers of the Rifles before a relief column retook "
        "the fort.",
    )
    assert toll_of(event_told_by(record, "rose")) == (89, 89)
    assert toll_of(event_told_by(record, "retook")) is None


def test_the_dead_of_a_similar_strike_are_not_the_toll_of_the_one_told(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Rockets hit a crowded ferry terminal in Odesk on Tuesday, killing five passengers "
        "and wounding 19, the governor said, a month after a similar strike on the rail "
        "depot had left nine dead.",
    )
    assert toll_of(event_told_by(record, "Rockets")) == (5, 5)


def test_the_attack_told_again_keeps_its_toll(pipeline: Pipeline) -> None:
    """A definite act noun retells the act: its dead are that act's."""
    record = record_of(
        pipeline,
        "Gunmen stormed a hotel in the capital on Friday, and the attack killed 12 guests.",
    )
    assert [toll_of(e) for e in record.events] == [(12, 12)]


def test_a_whole_wars_dead_are_no_one_assaults(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rebels attacked the town of Bara on 3 May 1862, killing 40 defenders. In all, the "
        "war killed more than 20,000 people.",
    )
    assert toll_of(event_told_by(record, "attacked")) == (40, 40)


def test_a_siege_told_as_an_event_keeps_its_own_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The siege of Sarvan lasted eleven months and killed 5,000 people."
    )
    assert toll_of(event_told_by(record, "siege")) == (5000, 5000)


def test_dead_summed_over_years_are_no_toll_of_one_days_shelling(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Government guns shelled the district hospital in Gorazin on 3 June 1993, killing 16 "
        "patients. Prosecutors said the guns had killed more than 1,500 civilians over the "
        "three years of the blockade.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (16, 16)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Troops fired on strikers at the Velka mine on 2 March 1921; the union counted 19 "
            "dead over the next four days.",
            "fired",
            (19, 19),
        ),
        (
            "A car bomb exploded outside the customs office in Derra on 9 May 2015, killing "
            "eight people; four more died of their wounds over the following months.",
            "exploded",
            (12, 12),
        ),
    ],
)
def test_dead_counted_over_days_or_months_stay_the_acts_own(
    pipeline: Pipeline, text: str, trigger: str, expected: tuple[int, int]
) -> None:
    """Only a count over years sums many acts; days and months still count the one."""
    assert toll_of(event_told_by(record_of(pipeline, text), trigger)) == expected


def test_a_match_with_violent_words_has_no_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Rovers beat United 3-1 on Saturday, and hundreds of fans stormed the pitch.",
    )
    assert all(e.fatalities is None for e in record.events)


def test_the_dead_of_a_new_barrage_are_not_the_bombs_before_it(pipeline: Pipeline) -> None:
    """The act's word may be the noun's compound ("a mortar barrage"): a new act, whose
    dead are no part of the car bomb's."""
    text = (
        "A car bomb at a checkpoint outside Dorsa killed six soldiers on Monday. Later a mortar "
        "barrage on the market killed three children."
    )
    record = record_of(pipeline, text)
    assert toll_of(event_told_by(record, "car bomb")) == (6, 6)
    children = next(c for c in record.claims if text[c.span[0] : c.span[1]] == "three children")
    assert children.about is None


def test_no_one_dying_is_a_toll_of_zero(pipeline: Pipeline) -> None:
    """ "no one died" says what "no one was killed" says: the act killed nobody."""
    record = record_of(
        pipeline,
        "Troops fired on the crowd in Tanza on Friday; no one died, but several hundred were "
        "arrested.",
    )
    assert toll_of(event_told_by(record, "fired")) == (0, 0)


def test_dead_told_after_no_one_died_in_the_act_itself_count(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The army shelled the village on Friday. No one died in the shelling itself, but 12 "
        "people later died of their wounds.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (12, 12)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Troops stormed the village of Asra on Monday. An attack helicopter killed five "
            "fleeing villagers.",
            "stormed",
            (5, 5),
        ),
        (
            "Gunmen raided the market town of Ubari on Sunday, killing at least nine traders, "
            "the mayor said. A Red Crescent medic gave a higher toll of 19.",
            "raided",
            (9, 19),
        ),
    ],
)
def test_people_and_weapons_with_a_are_no_new_act(
    pipeline: Pipeline, text: str, trigger: str, expected: tuple[int, int]
) -> None:
    """Only an act's own noun ("a similar strike", "a barrage") is a new act; a weapon
    or a source named with "a" tells no act of its own."""
    assert toll_of(event_told_by(record_of(pipeline, text), trigger)) == expected


def test_dead_counted_since_a_coup_are_neither_its_toll_nor_a_days_shooting(
    pipeline: Pipeline,
) -> None:
    text = (
        "Riot police fired live rounds at marchers in Omdur on Thursday, killing five and "
        "wounding dozens, medics said. At least 140 protesters have been killed since the "
        "coup in November."
    )
    record = record_of(pipeline, text)
    assert toll_of(event_told_by(record, "fired")) == (5, 5)
    assert all(e.fatalities is None for e in record.events if "coup" in e.trigger.text)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Rebels and the army clashed in the hills north of Gedo in April. More than 900 "
            "people have died since fighting began.",
            "fighting",
            (900, 900),
        ),
        (
            "Police fired on marchers in Thies on Friday, killing three; two more have died of "
            "their wounds since then.",
            "fired",
            (5, 5),
        ),
    ],
)
def test_dead_since_the_fighting_began_or_since_then_are_the_acts_own(
    pipeline: Pipeline, text: str, trigger: str, expected: tuple[int, int]
) -> None:
    """The act that began the stretch takes its sum; "since then" goes back to the act."""
    assert toll_of(event_told_by(record_of(pipeline, text), trigger)) == expected


def test_the_dead_of_an_earlier_beheading_are_not_the_strikes(pipeline: Pipeline) -> None:
    text = (
        "Jets struck militant positions in Sirte at dawn on Monday, a day after the group "
        "released a video showing the beheading of 14 fishermen. Officials said six civilians "
        "died in the strikes."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "struck")) == (6, 6)


def test_the_killing_told_again_keeps_its_dead_with_the_story(pipeline: Pipeline) -> None:
    """An act noun's "of" phrase outside a clause told as before or after another act
    counts dead the story goes on with."""
    record = record_of(
        pipeline,
        "Soldiers stormed the village of Tula on Monday. The massacre of 300 villagers "
        "shocked the country.",
    )
    assert [toll_of(e) for e in record.events if e.fatalities is not None] == [(300, 300)]


def test_a_riots_own_killing_is_its_toll(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rioters set fire to a minibus in Khulna, killing its driver.")
    assert toll_of(event_told_by(record, "set fire")) == (1, 1)


def test_captives_found_dead_are_the_kidnappings_toll_not_the_clashes_before(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Between 4 and 8 May 2020, clashes between two clans in Galgadud killed at least 25 "
        "people. In a separate incident on 6 May, gunmen abducted 17 travellers from a minibus "
        "near Adado; three of them were later found dead.",
    )
    assert toll_of(event_told_by(record, "clashes")) == (25, 25)
    assert toll_of(event_told_by(record, "abducted")) == (3, 3)


def test_soldiers_dying_beside_an_abduction_are_the_attacks(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rebels attacked the town of Pama on Monday. They abducted 30 girls; 12 soldiers died "
        "in the fighting.",
    )
    assert toll_of(event_told_by(record, "attacked")) == (12, 12)


def test_a_doerless_burning_after_a_killing_is_not_the_dead_mens_toll(
    pipeline: Pipeline,
) -> None:
    """Houses burned with no doer told are the aftermath of the act told before, whose
    dead the men shot in them are."""
    record = record_of(
        pipeline,
        "Before dawn on 4 June 1746, troopers of Colonel Hale's regiment, who had been billeted "
        "for a week with the tenants of Dunmore, turned on their hosts. Twenty men were shot or "
        "bayoneted in their homes, and their houses were burned.",
    )
    assert toll_of(event_told_by(record, "turned on")) == (20, 20)
    assert toll_of(event_told_by(record, "burned")) is None


def test_a_burning_with_its_own_doers_keeps_the_dead_told_with_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Soldiers attacked the village of Mera on Monday. The next day militiamen set fire to "
        "the market, and four traders were killed.",
    )
    assert toll_of(event_told_by(record, "set fire")) == (4, 4)
