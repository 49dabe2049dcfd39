"""Event arguments, nineteenth round (issue #6): a name in apposition, a name the parse
cut loose from its title, a force counted in men, who ordered a passive act, people no
word list holds, who is punished for an act, verbs of disappearance with an object,
gerund clauses after a killing, who brokered an agreement and between whom, and
reports by those who speak for a force."""

from __future__ import annotations

import pytest

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_noun_in_apposition_to_a_name_is_that_person(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Jonas Vidal Ferreira, a retired prison warden who had tortured scores of inmates, "
        "was arrested in Porto on Friday.",
    )
    assert names_in(record, event_of(record, "tortured"), DOERS) == ["Jonas Vidal Ferreira"]


def test_a_name_right_after_its_title_is_the_doer_whatever_the_parse(
    pipeline: Pipeline,
) -> None:
    # The parser hangs "Tilly" on the verb as an adverb, and the recogniser takes it
    # for a town: the title in front says it is a person.
    record = record_of(pipeline, "In 1632 the imperial general Tilly stormed Rain am Lech.")
    assert names_in(record, event_of(record, "stormed"), DOERS) == ["Tilly"]


def test_a_force_counted_in_men_is_the_force(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "A flying column of roughly 900 riflemen attacked the pa near Taupo."
    )
    # "column" counts its people ("a column of students"), so the riflemen may stand
    # for the column; either way the doer is the armed body, never bare "men".
    assert names_in(record, event_of(record, "attacked"), DOERS) in (
        ["flying column"],
        ["riflemen"],
    )


def test_who_ordered_a_passive_execution_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The rebel leader Ali Pasha was beheaded in Janina that winter on the orders of "
        "Sultan Mahmud II.",
    )
    event = event_of(record, "beheaded")
    assert names_in(record, event, DOERS) == ["Sultan Mahmud II"]


def test_an_order_given_by_the_one_done_to_names_no_doer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The captain who gave the orders was arrested in Tunis on Monday.")
    assert names_in(record, event_of(record, "arrested"), DOERS) == []


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("Bandits kidnapped a land surveyor near Zaria.", "kidnapped", ["land surveyor"]),
        (
            "Rebels killed a meter reader and a census taker near Beni.",
            "killed",
            ["meter reader", "census taker"],
        ),
    ],
)
def test_whom_only_people_suffer_is_a_person_though_no_list_holds_the_word(
    pipeline: Pipeline, text: str, trigger: str, victims: list[str]
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DONE_TO) == victims


def test_who_is_sentenced_for_an_act_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A tribunal in Accra jailed a former customs officer on Monday for fatally "
        "stabbing a trader in 2020.",
    )
    assert names_in(record, event_of(record, "stabbing"), DOERS) == ["former customs officer"]


def test_forcibly_disappeared_with_an_object_is_done_by_its_subject(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Army units had forcibly disappeared more than 300 students, the commission said."
    )
    event = event_of(record, "forcibly disappeared")
    assert names_in(record, event, DOERS) == ["Army units"]
    assert "Army units" not in names_in(record, event, DONE_TO)


def test_disappeared_without_an_object_befell_its_subject(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The union organiser disappeared in Cali in 1988.")
    event = event_of(record, "disappeared")
    assert names_in(record, event, DOERS) == []
    assert names_in(record, event, DONE_TO) == ["union organiser"]


def test_a_gerund_of_damage_after_a_killing_names_no_victim(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked the village of Kutama on Monday, killing 11 herders and "
        "setting granaries alight.",
    )
    names = names_in(record, event_of(record, "attacked"), DONE_TO)
    assert "herders" in names
    assert not any("setting" in n or "granaries" in n for n in names)


def test_a_gerund_of_harm_after_a_killing_still_names_victims(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Militiamen ambushed a minibus near Bunia, killing four passengers and wounding "
        "nine traders.",
    )
    names = names_in(record, event_of(record, "ambushed"), DONE_TO)
    assert "passengers" in names
    assert any(n.endswith("traders") for n in names)


def test_an_opening_plural_the_tagger_took_for_a_name_is_who_acts(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Gendarmes detained the editor of Le Messager in Douala.")
    assert names_in(record, event_of(record, "detained"), DOERS) == ["Gendarmes"]


def test_the_broker_and_the_parties_of_an_agreement_take_part(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "An Egyptian-brokered ceasefire between Israel and Islamic Jihad held overnight."
    )
    names = names_in(record, event_of(record, "ceasefire"), DOERS)
    # the broker, and the two sides it stands between (the knowledge base's names)
    assert "Israel" in names
    assert any("Islamic Jihad" in n for n in names)
    assert len(names) == 3


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Nine pickets were arrested at the mine gates, police officials said.", ["police"]),
        ("Nine pickets were arrested at the mine gates, union officials said.", []),
    ],
)
def test_who_speaks_for_a_force_reports_its_own_arrest(
    pipeline: Pipeline, text: str, doers: list[str]
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "arrested"), DOERS) == doers


def test_whom_the_framing_verb_killed_the_act_was_done_to(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Commandos ended the hostage siege at the hotel after ten hours, killing all five gunmen.",
    )
    assert "gunmen" in names_in(record, event_of(record, "siege"), DONE_TO)


def test_a_part_of_the_people_who_vanished_stands_for_them(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "By the spring four of my cousins had disappeared.")
    assert names_in(record, event_of(record, "disappeared"), DONE_TO) == ["cousins"]


def test_a_states_military_acts_for_the_state(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Sudan's military carried out air strikes on villages near Kauda in May."
    )
    assert names_in(record, event_of(record, "air strikes"), DOERS) == ["Sudan"]


def test_a_pronoun_points_back_to_the_unnamed_person_told_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The gunman hid in a barn for two days. Troopers arrested him near Tulsa on Sunday.",
    )
    assert names_in(record, event_of(record, "arrested"), DONE_TO) == ["gunman"]


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        (
            "Police drove the students to a barracks outside Lome, where hundreds of "
            "detainees were held.",
            "held",
            ["Police"],
        ),
        (
            "The refugees walked to a camp near Goma, where hundreds of people were detained.",
            "detained",
            [],
        ),
    ],
)
def test_the_force_that_took_people_to_a_place_holds_them_there(
    pipeline: Pipeline, text: str, trigger: str, doers: list[str]
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DOERS) == doers


def test_a_statement_joined_to_what_was_said_is_the_speakers(pipeline: Pipeline) -> None:
    # The parser joins "accused" to "were", inside the reported clause.
    record = record_of(
        pipeline,
        "A spokeswoman for the movement said on Monday that the victims were students, "
        "and accused the police of torturing them.",
    )
    event = event_of(record, "accused")
    assert names_in(record, event, DOERS) == ["movement"]
    assert names_in(record, event, DONE_TO) == ["police"]


def test_a_bare_number_arrested_counts_the_people_named_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Some 300 nurses marched on the ministry in Nairobi on Monday, and fourteen were "
        "detained, police said.",
    )
    event = event_of(record, "detained")
    assert names_in(record, event, DONE_TO) == ["nurses"]
    assert names_in(record, event, DOERS) == ["police"]


def test_a_surname_the_recogniser_left_out_completes_the_name(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A committee led by Ernest Garfield Hays later accused the island police.",
    )
    assert "Ernest Garfield Hays" in names_in(record, event_of(record, "accused"), DOERS)


def test_what_an_assault_verb_was_done_to_is_its_target_whatever_the_word(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "In 1862 tribesmen under a local chief besieged the mission compound at Arrah."
    )
    assert names_in(record, event_of(record, "besieged"), DONE_TO) == ["mission compound"]
