"""One event per act, and where it happened (round 25).

A sentence that moves the story to "the capital" moves the narrative there: the next
sentence that names no place stands in the capital, not back in the town before. "The
capital" also holds when the parser hangs it on the act's object, and "the Lebanese capital"
is the capital the text names of Lebanon, not a place another clause names. An expulsion told only
by where the people were sent ("deported him to Norilsk") happened there; one that tells
where they were taken from stays there. A place on the verb a move is joined to ("defeated
them at Kolwezi and drove the survivors into the Kalahari") is that verb's. A county taken
stays the act's place though another clause names the province it lies in. A killing a
court judges, named with its victim, is the killing told before it; a participle that
ranks the victim among others ("the fourth journalist murdered this year") is no second
killing; an arrest someone escaped is neither an arrest nor a move.
"""

from __future__ import annotations

from event_runs import event_of, readings, record_of
from historiograph.pipeline import Pipeline


def place_of(pipeline: Pipeline, text: str, trigger: str, published: str | None = None) -> str:
    """The name of the place of the first event of ``text`` whose trigger starts with
    ``trigger`` ("" when it has none)."""
    event = event_of(record_of(pipeline, text, published), trigger)
    return event.where.name if event.where is not None else ""


def test_the_sentence_after_one_in_the_capital_stands_in_the_capital(
    pipeline: Pipeline,
) -> None:
    text = (
        "HARARE, Zimbabwe — Gunmen attacked a farm near Chinhoyi on Monday. On Wednesday, "
        "in the capital, hundreds of farmers marched to parliament. Police fired tear gas "
        "at them."
    )
    assert place_of(pipeline, text, "attacked", "2023-05-12") == "Chinhoyi"
    assert place_of(pipeline, text, "fired", "2023-05-12") == "Harare"


def test_the_capital_told_on_the_acts_object_is_the_capital_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "In March 1999 rebels shelled Kisangani and then bombed the airport in Kinshasa. "
        "In the weeks that followed, police detained hundreds of students in the capital."
    )
    assert place_of(pipeline, text, "detained") == "Kinshasa"


def test_the_capital_of_a_country_told_is_the_capital_the_text_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "Rebel gunners shelled the outskirts of Kinshasa in August 1998. In October the rebels "
        "moved their command from Goma to Kampala, after a failed siege of the Congolese capital."
    )
    assert place_of(pipeline, text, "siege") == "Kinshasa"
    text = (
        "BAMAKO, Mali — Gunmen attacked a checkpoint near Gao on Sunday. On Monday students "
        "protested in the capital of Mali."
    )
    assert place_of(pipeline, text, "protested", "2023-03-08") == "Bamako"


def test_a_deportation_told_only_by_its_destination_is_placed_there(
    pipeline: Pipeline,
) -> None:
    text = "In 1941 NKVD officers arrested the teacher in Riga and deported him to Norilsk."
    assert place_of(pipeline, text, "arrested") == "Riga"
    assert place_of(pipeline, text, "deported") == "Norilsk"


def test_an_expulsion_that_tells_where_from_is_placed_there(pipeline: Pipeline) -> None:
    text = "In 1972 the government expelled thousands of Asians from Kampala to Britain."
    assert place_of(pipeline, text, "expelled") == "Kampala"


def test_a_place_on_the_verb_a_move_is_joined_to_is_that_verbs(pipeline: Pipeline) -> None:
    text = (
        "The colonial army defeated the rebels at Kolwezi and drove the survivors into the "
        "Kalahari desert."
    )
    assert place_of(pipeline, text, "defeated") == "Kolwezi"
    assert place_of(pipeline, text, "drove") == "Kalahari"


def test_a_county_taken_is_not_given_up_for_the_province_another_clause_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "When the Norman knights took Wexford in 1169, the annalists of Leinster wrote that "
        "hundreds of the townsmen were put to the sword."
    )
    assert place_of(pipeline, text, "took") == "Wexford"


def test_a_killing_a_court_judges_is_the_killing_told_before(pipeline: Pipeline) -> None:
    text = (
        "Nine years after she was gunned down outside a courthouse in Lahore, a court "
        "convicted three men of the murder of the lawyer Asma Khan."
    )
    kinds = [(trigger, kind) for trigger, kind, _ in readings(pipeline, text)]
    assert kinds == [("gunned down", "attack"), ("convicted", "legal")]


def test_a_victim_ranked_among_others_killed_is_no_second_killing(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot dead a radio reporter in Tegucigalpa on Monday. Colleagues protested "
        "the killing of the reporter, the fourth journalist murdered in Honduras this year."
    )
    kinds = [kind for _, kind, _ in readings(pipeline, text)]
    assert kinds.count("attack") == 1


def test_an_arrest_someone_escaped_is_neither_an_arrest_nor_a_move(pipeline: Pipeline) -> None:
    text = (
        "Soldiers arrested hundreds of students in Lima in 1992. Many who evaded arrest fled "
        "the country."
    )
    assert readings(pipeline, text) == [
        ("arrested", "repression", "arrest"),
        ("fled", "relocation", "exile"),
    ]
