"""Event arguments, twenty-second round (issue #6): people put to death after a court's
sentence die on its word, members of a body who leave or found one act, a paper that
accuses is no person, an unnamed force blamed for an act did it, an arrest joined to a
force's charge is that force's, and a faction's word in front of plural people that the
recogniser read as a person's name."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from event_runs import event_of, names_in, record_of
from historiograph.extract.events.arguments import _verbless_subject
from historiograph.extract.events.lexicon import load_lexicon
from historiograph.pipeline import Pipeline
from historiograph.record import Record

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def _kind(record: Record, name: str) -> str:
    """The kind of the entity named ``name`` in ``record``."""
    return next(e.kind for e in record.entities if e.name == name)


def test_who_is_shot_after_a_sentence_dies_on_the_courts_word(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A military judge condemned the three printers the next day. They were shot at dawn.",
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["military judge"]


def test_a_hanging_joined_to_the_sentence_is_the_courts(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Okhrana arrested five students in Kiev in 1887. A military court sentenced the "
        "students to death, and the prisoners were hanged in May.",
    )
    assert names_in(record, event_of(record, "hanged"), DOERS) == ["military court"]


def test_an_execution_with_no_sentence_before_borrows_no_court(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The judges retired to the country. Years later the rebels were executed."
    )
    assert "judges" not in names_in(record, event_of(record, "executed"), DOERS)


def test_most_of_a_bodys_branches_who_leave_it_are_who_leave(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The socialist federation met at Tours in 1920, and most of its branches left the "
        "congress.",
    )
    assert names_in(record, event_of(record, "left"), DOERS) == ["branches"]


def test_a_report_that_accuses_is_no_person(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "A government report accused the army of torturing prisoners in Algeria."
    )
    accusers = names_in(record, event_of(record, "accused"), DOERS)
    assert accusers == ["government report"]
    assert _kind(record, "government report") != "person"


def test_an_unnamed_force_blamed_for_a_massacre_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A parliamentary inquiry published in 1998 blamed the riot police for the massacre "
        "at the stadium in Lagos.",
    )
    assert names_in(record, event_of(record, "massacre"), DOERS) == ["riot police"]


def test_arrests_joined_to_a_police_charge_are_the_polices(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Mounted police charged the marchers at the square, and dozens of workers were arrested.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["Mounted police"]


def test_arrests_joined_to_a_rebel_raid_borrow_no_state_force(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Rebels stormed the town hall, and dozens of officials were detained."
    )
    assert names_in(record, event_of(record, "detained"), DOERS) == []


def test_a_faction_word_read_as_a_name_leaves_its_militants_acting(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Jacobin clubs denounced the ministers in the spring of 1792. Within weeks "
        "Jacobin militants stormed the Tuileries palace.",
    )
    doers = names_in(record, event_of(record, "stormed"), DOERS)
    assert doers == ["Jacobin militants"]
    assert _kind(record, "Jacobin militants") == "group"


def test_a_body_founded_without_a_name_is_what_was_founded(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In 1905 the miners formed a new union at Lens.")
    assert names_in(record, event_of(record, "formed"), DONE_TO) == ["new union"]


def test_factions_banned_are_what_the_ban_hits(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The regime banned rival factions of the army in 1934.")
    assert names_in(record, event_of(record, "banned"), DONE_TO) == ["rival factions"]


def test_the_states_whose_leaders_sign_a_pact_are_its_parties(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The prime ministers of Norway, Sweden and Denmark signed a defence pact."
    )
    parties = names_in(record, event_of(record, "pact"), DOERS)
    assert {"Norway", "Sweden", "Denmark"} <= set(parties)


def test_counted_nationals_are_people_not_their_country(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Three Algerians and a Frenchman hijacked an airliner in Marseille."
    )
    assert names_in(record, event_of(record, "hijacked"), DOERS) == ["Algerians", "Frenchman"]


def test_them_defeated_is_the_side_that_rose_not_its_victims(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Maji Maji rebels rose against German rule in 1905, killing dozens of planters. "
        "Governor Götzen's troops defeated them at Mahenge.",
    )
    assert names_in(record, event_of(record, "defeated"), DONE_TO) == ["Maji Maji rebels"]


def test_a_works_where_the_gunmen_were_killed_is_no_victim(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The gunmen were killed by soldiers three days later at a cement factory outside the town.",
    )
    assert names_in(record, event_of(record, "killed"), DONE_TO) == ["gunmen"]


def test_a_farmhouse_where_villagers_were_shot_is_where(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The villagers were shot at the farmhouse.")
    assert names_in(record, event_of(record, "shot"), DONE_TO) == ["villagers"]


def _misparsed_report() -> Doc:
    """ "Rebel fighters abducted nine women, villagers said." as a parser may read it:
    the past-tense verb hung on the fighters as a modifier, the fighters the sayers."""
    words = ["Rebel", "fighters", "abducted", "nine", "women", ",", "villagers", "said", "."]
    heads = [1, 7, 1, 4, 2, 7, 7, 7, 7]
    deps = ["compound", "nsubj", "acl", "nummod", "dobj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNS", "VBD", "CD", "NNS", ",", "NNS", "VBD", "."]
    pos = ["PROPN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Rebel", "fighter", "abduct", "nine", "woman", ",", "villager", "say", "."]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_past_verb_read_as_a_modifier_before_a_verb_of_saying_has_its_noun_for_subject() -> None:
    doc = _misparsed_report()
    assert _verbless_subject(doc[2], load_lexicon()) == doc[1]


def test_a_participle_before_a_verb_of_saying_still_describes_its_noun() -> None:
    doc = _misparsed_report()
    doc[2].tag_ = "VBN"
    assert _verbless_subject(doc[2], load_lexicon()) is None
