"""The event lexicon: triggers, named-event heads and the ontology's mappings.

Everything here is read from the YAML files in ``data/`` so that a new
trigger or mapping is a data change, not a code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from typing import Any

import yaml

from historiograph.record import AcledMapping, EventType, GtdMapping, Mappings, PloverMapping


@dataclass(frozen=True)
class TriggerSense:
    """What a trigger word means: its type and subtype, and when it counts."""

    type: EventType
    subtype: str | None = None
    pos: tuple[str, ...] = ("VERB", "NOUN")
    weak: bool = False
    needs: str | None = None
    subject: str = "agent"  # the role of the verb's subject ("victim" for "X disappeared")
    # Only when the verb's subject is people: "two of my colleagues vanished", not "the
    # manuscript vanished" (checked when the trigger is found, detection.py).
    people_subject: bool = False
    # Other readings ("battle/shelling" for "explosion"), chosen by the typing model.
    alternatives: tuple[str, ...] = ()
    # The reading when what is acted on is people rather than what ``needs`` asks for
    # ("seized 39 workers" is a hostage taking, "seized the town" a battle).
    people_object: str | None = None
    # The same, only for people as the active verb's own direct object: "soldiers held
    # the students in a gymnasium" confines them, while "he was held for months", a
    # pronoun's passive, retells a custody already told.
    active_people_object: str | None = None
    # The reading when armed men outside the state's forces take a ship, plane, train or
    # bus (``craft_nouns``) with its people aboard: "gunmen seized the ferry" is a
    # hijacking, as "seized the town" is ground taken.
    craft_object: str | None = None
    # The reading when the doer is armed (soldiers, a presidential guard): officers who
    # "ousted the prime minister" staged a coup, a party that ousted its leader did not.
    armed_reading: str | None = None
    # Prepositions of the verb that keep the plain reading though the doer is armed:
    # "police charged him with murder" is an indictment, "the cavalry charged the guns" is
    # a clash. The word "people" here keeps it for people as the direct object ("police
    # charged three men": an indictment, with or without its crime).
    armed_unless: frozenset[str] = frozenset()
    # The reading when the doer is a raiding band (raiders, bandits, pirates): a town
    # sacked by raiders is attacked, one sacked by an army is taken in battle.
    raider_reading: str | None = None
    # The reading when the verb's subject is a court or judge: police who "jailed" the
    # leaders arrested them, a court that jailed them sentenced them.
    court_reading: str | None = None
    # The reading when the verb's own subject is civilians or a crowd, whatever ``needs``
    # asks: students who "occupied the university" protest; troops who occupy a town
    # seize ground.
    civilian_reading: str | None = None
    # The reading of a noun called or enforced by a political body ("the blockade enforced
    # by the opposition alliance" is a strike, as a hartal is).
    organizer_reading: str | None = None
    # Words around the trigger that rule a reading out or are required for it, checked
    # when the trigger is found (detection.py): "a rally in oil prices" is no protest,
    # "a strike on the camp" no labour strike. Lemmas, or "dep:LABEL" for a dependent
    # of that kind ("dep:ccomp": "claimed that ...", not "claimed the title").
    unless: frozenset[str] = frozenset()
    only_with: frozenset[str] = frozenset()
    # Words required of what is acted on (the object or a passive's subject, with its
    # modifiers and "of" phrase), not of the doer: "destroyed the rebel column" beats an
    # armed side, "rebel forces destroyed the bridge" does not.
    only_with_acted_on: frozenset[str] = frozenset()
    # Words of what is acted on that rule the reading out, though the same words near the
    # trigger in a phrase of place would not: "shot the rally" films it, "shot into the
    # rally" is violence; "assassinating my character" slanders, "attacking the bowling"
    # scores runs.
    unless_acted_on: frozenset[str] = frozenset()
    # Words that, governing the trigger, say the act has not taken place: a resignation
    # demanded or called for ("demanded the resignation of the president"). Only what
    # governs counts, not what the trigger governs ("resigned after crowds demanded it").
    unless_under: frozenset[str] = frozenset()
    # Readings ("type/subtype") chosen by the noun acted on: "a boycott of the election"
    # is an electoral boycott, "a boycott of imported beef" a protest.
    object_readings: tuple[tuple[str, frozenset[str]], ...] = ()
    # Not when what the doer got out of (the object, or a "from" or "out of" phrase) is
    # one of these: "fled from a stolen car", "fled the kitchen", "fled the bond market"
    # tell an escape, no exile; "fled by car to the capital" still tells how one left.
    unless_left: frozenset[str] = frozenset()
    # Not when the doer and what is acted on are both names of sides, neither a person's:
    # "the Lakers beat the Celtics", "Argentina beat France" tell a game's result, where
    # "police beat the students" tells violence (detection.py, _contest_between_names).
    named_sides_contest: bool = False
    # Only when what is acted on is named as another people's or country's ("escorting
    # Kuwaiti tankers"), not the doer's own ("soldiers escorted food convoys"): the act
    # backs that other side (detection.py, _guards_others).
    foreign_acted_on: bool = False
    # Only when what is owned is an act: a noun for one ("acknowledged the strike"), or a
    # violent act done by the speaker's own ("admitted that its soldiers had shot four
    # farmers", "admitted shooting them"), not "admitted it had overstated its sales"
    # (detection.py, _owns_act).
    owned_admission: bool = False

    @property
    def label(self) -> str:
        """ "type/subtype" (or "type"), the typing model's name for this reading."""
        return f"{self.type}/{self.subtype}" if self.subtype else self.type


@dataclass(frozen=True)
class EventLexicon:
    words: dict[str, TriggerSense]
    phrases: dict[tuple[str, ...], TriggerSense]
    named_heads: dict[str, TriggerSense]
    light_verbs: frozenset[str]
    # Verbs that stage an act their object names ("the vote was held", "carried out a
    # killing"): a weak word they take is an event, not a toll or a share of the vote.
    staging_verbs: frozenset[str]
    place_nouns: frozenset[str]
    place_pronouns: frozenset[str]
    town_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    organization_anaphors: frozenset[str]
    group_nouns: frozenset[str]
    role_nouns: frozenset[str]
    headship_nouns: frozenset[str]
    person_nouns: frozenset[str]
    civilian_nouns: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    member_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    denial_objects: frozenset[str]
    negative_determiners: frozenset[str]
    summary_verbs: frozenset[str]
    # Verbs that class an act told by their subject ("the killings constituted genocide").
    classing_verbs: frozenset[str]
    support_reversers: frozenset[str]
    state_words: frozenset[str]
    police_words: frozenset[str]
    qualified_state_words: dict[str, frozenset[str]]
    armed_words: frozenset[str]
    blame_verbs: frozenset[str]
    owning_verbs: frozenset[str]
    denied_parts: frozenset[str]
    killing_triggers: frozenset[str]
    crowd_words: frozenset[str]
    raider_words: frozenset[str]
    massacre_toll: int
    mass_count_words: frozenset[str]
    passage_verbs: frozenset[str]
    passage_prepositions: frozenset[str]
    protest_cues: frozenset[str]
    result_nouns: frozenset[str]
    assassination_triggers: frozenset[str]
    locative_prepositions: frozenset[str]
    absence_prepositions: frozenset[str]
    operation_nouns: frozenset[str]
    aircraft_words: frozenset[str]
    aim_prepositions: frozenset[str]
    repetition_words: frozenset[str]
    retold_nouns: frozenset[str]
    # Words for lives lost ("the deaths"): blame for them is blame for the violence.
    loss_of_life_nouns: frozenset[str]
    sequence_prepositions: frozenset[str]
    lead_up_nouns: frozenset[str]
    member_prepositions: frozenset[str]
    court_nouns: frozenset[str]
    fugitive_nouns: frozenset[str]
    casualty_verbs: frozenset[str]
    military_targets: frozenset[str]
    military_ranks: frozenset[str]
    road_nouns: frozenset[str]
    clash_markers: tuple[str, ...]
    demonstration_words: frozenset[str]
    intervention_verbs: frozenset[str]
    approach_verbs: frozenset[str]
    shooting_verbs: frozenset[str]
    custody_verbs: frozenset[str]
    custody_states: frozenset[str]
    charge_nouns: frozenset[str]
    ransom_words: frozenset[str]
    toll_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    impact_verbs: frozenset[str]
    sequel_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    # Words of a side's stance ("opposed to", "against"): an agreement under one is old.
    stance_words: frozenset[str]
    habitual_spans: frozenset[str]
    habitual_adverbs: frozenset[str]
    # Words that set a clause's act apart from the act told before it ("in a separate
    # incident", "elsewhere"): its deaths are no toll of that act.
    separating_words: frozenset[str]
    # Words of a trigger that tell a death ("were killed", "shot dead", "found dead").
    dying_words: frozenset[str]
    # Political bodies that call or enforce a blockade or a shutdown ("a blockade called by
    # the opposition party"): what they call is a protest, not a siege.
    organizer_words: frozenset[str]
    # Pronouns that say nobody suffered an act ("nobody was arrested").
    nobody_words: frozenset[str]
    # Prepositions of a date the dead are counted by ("by 22 October 10,000 had died").
    tally_prepositions: frozenset[str]
    search_triggers: frozenset[str]
    crowd_control_nouns: frozenset[str]
    partisan_words: frozenset[str]
    partisan_owners: frozenset[str]
    member_armed_words: frozenset[str]
    instrument_verbs: frozenset[str]
    office_nouns: frozenset[str]
    ruling_nouns: frozenset[str]
    member_bodies: frozenset[str]
    # Bodies that vote on measures: their vote adopts a resolution, it elects no one.
    deciding_bodies: frozenset[str]
    # What such a body votes for or against: "voted for the resolution".
    measure_nouns: frozenset[str]
    # Words for a share of a place ("the eastern half of Mosul"): the place is what is meant.
    partitive_nouns: frozenset[str]
    # Verbs that say an event took place ("the massacre occurred when ..."): a "when"
    # clause on them tells how it happened; "broke out when" tells what set it off.
    happening_verbs: frozenset[str]
    uprooted_subjects: frozenset[str]
    owned_act_verbs: frozenset[str]
    # Vehicles people ride in ("the car", "a minibus"): the state's forces shooting at one
    # that no word calls armed shoot at the people in it.
    vehicle_nouns: frozenset[str]
    # Ships, planes and trains that carry people ("the ferry", "an airliner").
    craft_nouns: frozenset[str]
    # Verbs whose subject got away from the act they take ("villagers fled the fighting"):
    # that subject suffered or avoided it, and did not do it.
    escaping_verbs: frozenset[str]
    # Forces of nature: a violent act they do, and a flight told beside one, is a disaster's.
    natural_forces: frozenset[str]
    # What a force of nature's "of" phrase measures ("an earthquake of magnitude 6.8").
    disaster_measures: frozenset[str]
    # Animals: violence done only to them, or by them, is no event between people.
    animal_nouns: frozenset[str]
    # Words (and phrases) only a game uses: a violent word beside one tells the game's play.
    sport_words: frozenset[str]
    # The result of a game told as a noun after its score ("a 3-0 defeat").
    game_result_nouns: frozenset[str]
    # Who plays a game besides a side's name ("the team", "the champion").
    game_sides: frozenset[str]
    # What a violent word acts on as a figure of speech ("captured the market").
    figurative_targets: frozenset[str]
    # Doers whose violent words are figures of speech ("besieged by diners").
    figurative_doers: frozenset[str]
    # Firms and their owners: an organization's change among them is a company's life.
    firm_words: frozenset[str]
    # Shops and their keepers: an agreement they sign is trade ("bakeries signed a truce").
    shop_words: frozenset[str]
    speaker_pronouns: frozenset[str]
    home_nouns: frozenset[str]
    danger_nouns: frozenset[str]
    riot_markers: frozenset[str]
    # Words of a war's fire ("artillery", "the front"): an explosion beside one may be shelling.
    war_fire_words: frozenset[str]
    # Words of a vote ("polls", "turnout"): a boycott told beside them is of the vote.
    electoral_words: frozenset[str]
    crowd_missiles: frozenset[str]
    # Arms carried in the hand: men who come into a camp with them raid it.
    hand_weapons: frozenset[str]
    # Words that name what someone is charged with, tried for or found guilty of: a bare
    # noun under them ("charged with murder") is the charge, no event of its own.
    charge_words: frozenset[str]
    # Plural forms of trigger words that name people, not acts ("a force of 480 exiles").
    people_forms: frozenset[str]
    # Documents a trigger noun only describes ("an eviction notice"): no event.
    document_nouns: frozenset[str]
    # Verbs whose act done to oneself is a suicide ("shot himself"), and the reflexive
    # objects that say so: no event between parties.
    self_harm_verbs: frozenset[str]
    reflexive_pronouns: frozenset[str]
    # Verbs of intending an act ("plotting a coup"): under a charge, the act is its content.
    intent_verbs: frozenset[str]
    # Verbs of accusing whose "of" phrase is what the accused is said to have done ("accused
    # the army of executing them"): the act is the accusation's content, not told as done.
    accusing_verbs: frozenset[str]
    # Doers whose act is a bombing whatever it hits ("a suicide car bomber").
    bomber_names: frozenset[str]
    # Participles that make the people they qualify a protesting crowd ("charged striking
    # miners"), whatever the noun.
    protesting_participles: frozenset[str]
    # Adverbs by which a speaker makes less of an act it is charged with ("said it had only
    # clashed with armed men"): the clause is its answer to the charge, no new act.
    minimizing_adverbs: frozenset[str]
    # Verbs of agreeing to terms ("signed a deal, agreeing to form a unity government"):
    # the act agreed is the agreement's content, not done.
    agreeing_verbs: frozenset[str]
    # Nouns that an event noun before them only classifies ("a displacement camp", "the
    # strike committee", "the election commission"): no event is told.
    kind_heads: frozenset[str]
    # Times that come round again ("every July"): a move made at each is a habit.
    recurring_times: frozenset[str]
    # What makes a war or battle a market's or a contest's ("the price war"): violence told
    # in one is a figure of speech.
    figurative_wars: frozenset[str]
    # Verbs that pass a sentence ("sentenced to death"): a killing told next carries it out.
    sentencing_verbs: frozenset[str]
    # What a court settles between private parties ("repay the deposits", "pay damages"):
    # a ruling told with one, and no charge, is a civil matter.
    civil_remedies: frozenset[str]
    # Verbs a statement judges an act by ("condemned the bombardment"): a bare definite
    # event noun they take is the act told before.
    judging_verbs: frozenset[str]
    # Measures that stop or forbid a kind of act ("a moratorium on air strikes").
    halting_nouns: frozenset[str]
    # Works that may be about an act ("a thriller about a coup").
    work_nouns: frozenset[str]
    hypothetical: frozenset[str]
    # Verbs of attempting: a passive joined to one with "but" tells the attempt's failure.
    attempt_verbs: frozenset[str]
    # Auxiliaries that tell what a doer can do, not what it did ("players can execute").
    ability_auxiliaries: frozenset[str]
    # Words that open a condition ("unless it withdrew its troops"): no act told as done.
    conditions: frozenset[str]
    # Auxiliaries of a clause told as what would or will follow ("the police will be free
    # to arrest ..."): under a condition, its act is as unreal as the condition.
    prospective: frozenset[str]
    scheduling: frozenset[str]
    upcoming: frozenset[str]
    future: frozenset[str]
    # Determiners that make an event noun any event of its kind ("any attack on a patrol
    # will be punished"), not one the text tells.
    generic_determiners: frozenset[str]
    denial: frozenset[str]
    report: frozenset[str]
    hedge: frozenset[str]
    ontology: dict[str, Any] = field(repr=False)

    def mappings(self, event_type: str, subtype: str | None) -> Mappings:
        """ACLED, PLOVER and GTD codes for a type/subtype (subtype entries override)."""
        entry = self.ontology.get(event_type) or {}
        merged: dict[str, Any] = {k: entry.get(k) for k in ("acled", "plover", "gtd")}
        sub = (entry.get("subtypes") or {}).get(subtype) or {}
        merged.update({k: v for k, v in sub.items() if k in ("acled", "plover", "gtd")})
        acled, plover, gtd = merged["acled"], merged["plover"], merged["gtd"]
        return Mappings(
            acled=AcledMapping(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
            plover=PloverMapping(event=plover[0], mode=plover[1]) if plover else None,
            gtd=GtdMapping(attacktype=gtd) if gtd else None,
        )

    def acled_variant(self, event_type: str, subtype: str | None, name: str) -> AcledMapping | None:
        """ACLED's code for a subtype in a named setting ("intervention", "mob"), if any."""
        entry = self.ontology.get(event_type) or {}
        sub = (entry.get("subtypes") or {}).get(subtype) or {}
        code = (sub.get("acled_variants") or {}).get(name)
        return AcledMapping(event_type=code[0], sub_event_type=code[1]) if code else None

    def subtypes(self, event_type: str) -> set[str]:
        return set((self.ontology.get(event_type) or {}).get("subtypes") or {})

    @cached_property
    def phrase_starts(self) -> frozenset[str]:
        """The first words of the phrases: a word that opens none needs no window of
        words looked up after it (the phrase search is the detector's hottest loop)."""
        return frozenset(key[0] for key in self.phrases)

    @cached_property
    def word_heads(self) -> frozenset[str]:
        """The words that have a sense, with or without a part of speech ("strike" of
        "strike/noun"): a word outside them has none, whatever its part of speech."""
        return frozenset(key.rsplit("/", 1)[0] for key in self.words) | frozenset(self.words)

    @cached_property
    def clash_fire_nouns(self) -> frozenset[str]:
        """The nouns that head the lexicon's "... of fire" phrases for a clash ("exchange
        of fire"): standing alone, they tell an exchange of fire too."""
        return frozenset(
            words[0]
            for words, told in self.phrases.items()
            if told.label == "battle/clash" and words[1:2] == ("of",)
        )

    @cached_property
    def phrase_lengths(self) -> tuple[int, ...]:
        """The phrases' lengths in words, longest first: the windows tried at a phrase's
        first word (a longer phrase wins over one it starts with)."""
        return tuple(sorted({len(key) for key in self.phrases}, reverse=True))


def _read(name: str) -> Any:
    return yaml.safe_load(
        (files("historiograph.extract.events") / "data" / name).read_text("utf-8")
    )


def _sense(entry: dict[str, Any]) -> TriggerSense:
    return TriggerSense(
        type=entry["type"],
        subtype=entry.get("subtype"),
        pos=tuple(entry.get("pos", ("VERB", "NOUN"))),
        weak=bool(entry.get("weak", False)),
        needs=entry.get("needs"),
        subject=entry.get("subject", "agent"),
        people_subject=bool(entry.get("people_subject", False)),
        alternatives=tuple(entry.get("alternatives", ())),
        people_object=entry.get("people_object"),
        active_people_object=entry.get("active_people_object"),
        armed_reading=entry.get("armed_reading"),
        craft_object=entry.get("craft_object"),
        armed_unless=frozenset(w.lower() for w in entry.get("armed_unless", ())),
        raider_reading=entry.get("raider_reading"),
        court_reading=entry.get("court_reading"),
        civilian_reading=entry.get("civilian_reading"),
        organizer_reading=entry.get("organizer_reading"),
        unless=frozenset(w.lower() for w in entry.get("unless", ())),
        only_with=frozenset(w.lower() for w in entry.get("only_with", ())),
        only_with_acted_on=frozenset(w.lower() for w in entry.get("only_with_acted_on", ())),
        unless_acted_on=frozenset(w.lower() for w in entry.get("unless_acted_on", ())),
        unless_under=frozenset(w.lower() for w in entry.get("unless_under", ())),
        object_readings=tuple(
            (label, frozenset(w.lower() for w in nouns))
            for label, nouns in (entry.get("object_readings") or {}).items()
        ),
        unless_left=frozenset(w.lower() for w in entry.get("unless_left", ())),
        named_sides_contest=bool(entry.get("named_sides_contest", False)),
        foreign_acted_on=bool(entry.get("foreign_acted_on", False)),
        owned_admission=bool(entry.get("owned_admission", False)),
    )


@cache
def load_lexicon() -> EventLexicon:
    """Load and check the lexicon once; every sense must exist in the ontology."""
    triggers, modality, ontology = (
        _read("triggers.yaml"),
        _read("modality.yaml"),
        _read("ontology.yaml"),
    )
    for key, value in triggers.items():
        # YAML reads a bare on, off, yes or no as a boolean: a word list must hold words.
        if isinstance(value, list) and not all(isinstance(w, str) for w in value):
            raise ValueError(f"triggers.yaml {key}: quote the words YAML reads as non-strings")
    lexicon = EventLexicon(
        words={w.lower(): _sense(e) for w, e in triggers["words"].items()},
        phrases={tuple(p.lower().split()): _sense(e) for p, e in triggers["phrases"].items()},
        named_heads={w.lower(): _sense(e) for w, e in triggers["named_heads"].items()},
        light_verbs=frozenset(triggers["light_verbs"]),
        staging_verbs=frozenset(triggers["staging_verbs"]),
        place_nouns=frozenset(triggers["place_nouns"]),
        place_pronouns=frozenset(triggers["place_pronouns"]),
        town_nouns=frozenset(triggers["town_nouns"]),
        facility_nouns=frozenset(triggers["facility_nouns"]),
        organization_anaphors=frozenset(triggers["organization_anaphors"]),
        group_nouns=frozenset(triggers["group_nouns"]),
        role_nouns=frozenset(triggers["role_nouns"]),
        headship_nouns=frozenset(triggers["headship_nouns"]),
        person_nouns=frozenset(triggers["person_nouns"]),
        civilian_nouns=frozenset(triggers["civilian_nouns"]),
        pronouns=frozenset(triggers["pronouns"]),
        person_pronouns=frozenset(triggers["person_pronouns"]),
        member_nouns=frozenset(triggers["member_nouns"]),
        collective_nouns=frozenset(triggers["collective_nouns"]),
        denial_objects=frozenset(triggers["denial_objects"]),
        negative_determiners=frozenset(triggers["negative_determiners"]),
        summary_verbs=frozenset(triggers["summary_verbs"]),
        classing_verbs=frozenset(triggers["classing_verbs"]),
        support_reversers=frozenset(triggers["support_reversers"]),
        state_words=frozenset(triggers["state_words"]),
        police_words=frozenset(triggers["police_words"]),
        qualified_state_words={
            w: frozenset(mods) for w, mods in triggers["qualified_state_words"].items()
        },
        armed_words=frozenset(triggers["armed_words"]),
        blame_verbs=frozenset(triggers["blame_verbs"]),
        owning_verbs=frozenset(triggers["owning_verbs"]),
        denied_parts=frozenset(triggers["denied_parts"]),
        killing_triggers=frozenset(triggers["killing_triggers"]),
        crowd_words=frozenset(triggers["crowd_words"]),
        raider_words=frozenset(triggers["raider_words"]),
        massacre_toll=int(triggers["massacre_toll"]),
        mass_count_words=frozenset(triggers["mass_count_words"]),
        passage_verbs=frozenset(triggers["passage_verbs"]),
        passage_prepositions=frozenset(triggers["passage_prepositions"]),
        protest_cues=frozenset(triggers["protest_cues"]),
        result_nouns=frozenset(triggers["result_nouns"]),
        assassination_triggers=frozenset(triggers["assassination_triggers"]),
        locative_prepositions=frozenset(triggers["locative_prepositions"]),
        absence_prepositions=frozenset(triggers["absence_prepositions"]),
        operation_nouns=frozenset(triggers["operation_nouns"]),
        aircraft_words=frozenset(triggers["aircraft_words"]),
        aim_prepositions=frozenset(triggers["aim_prepositions"]),
        repetition_words=frozenset(triggers["repetition_words"]),
        retold_nouns=frozenset(triggers["retold_nouns"]),
        loss_of_life_nouns=frozenset(triggers["loss_of_life_nouns"]),
        sequence_prepositions=frozenset(triggers["sequence_prepositions"]),
        lead_up_nouns=frozenset(triggers["lead_up_nouns"]),
        member_prepositions=frozenset(triggers["member_prepositions"]),
        court_nouns=frozenset(triggers["court_nouns"]),
        fugitive_nouns=frozenset(triggers["fugitive_nouns"]),
        casualty_verbs=frozenset(triggers["casualty_verbs"]),
        military_targets=frozenset(triggers["military_targets"] + triggers["military_ranks"]),
        military_ranks=frozenset(triggers["military_ranks"]),
        road_nouns=frozenset(triggers["road_nouns"]),
        clash_markers=tuple(triggers["clash_markers"]),
        demonstration_words=frozenset(triggers["demonstration_words"]),
        intervention_verbs=frozenset(triggers["intervention_verbs"]),
        approach_verbs=frozenset(triggers["approach_verbs"]),
        shooting_verbs=frozenset(triggers["shooting_verbs"]),
        custody_verbs=frozenset(triggers["custody_verbs"]),
        custody_states=frozenset(triggers["custody_states"]),
        charge_nouns=frozenset(triggers["charge_nouns"]),
        ransom_words=frozenset(triggers["ransom_words"]),
        toll_verbs=frozenset(triggers["toll_verbs"]),
        onset_verbs=frozenset(triggers["onset_verbs"]),
        impact_verbs=frozenset(triggers["impact_verbs"]),
        sequel_verbs=frozenset(triggers["sequel_verbs"]),
        denying_verbs=frozenset(triggers["denying_verbs"]),
        stance_words=frozenset(triggers["stance_words"]),
        habitual_spans=frozenset(triggers["habitual_spans"]),
        habitual_adverbs=frozenset(triggers["habitual_adverbs"]),
        separating_words=frozenset(triggers["separating_words"]),
        dying_words=frozenset(triggers["dying_words"]),
        organizer_words=frozenset(triggers["organizer_words"]),
        nobody_words=frozenset(triggers["nobody_words"]),
        tally_prepositions=frozenset(triggers["tally_prepositions"]),
        search_triggers=frozenset(triggers["search_triggers"]),
        crowd_control_nouns=frozenset(triggers["crowd_control_nouns"]),
        partisan_words=frozenset(triggers["partisan_words"]),
        partisan_owners=frozenset(triggers["partisan_owners"]),
        member_armed_words=frozenset(triggers["member_armed_words"]),
        instrument_verbs=frozenset(triggers["instrument_verbs"]),
        office_nouns=frozenset(triggers["office_nouns"]),
        ruling_nouns=frozenset(triggers["ruling_nouns"]),
        member_bodies=frozenset(triggers["member_bodies"]),
        deciding_bodies=frozenset(triggers["deciding_bodies"]),
        measure_nouns=frozenset(triggers["measure_nouns"]),
        partitive_nouns=frozenset(triggers["partitive_nouns"]),
        happening_verbs=frozenset(triggers["happening_verbs"]),
        uprooted_subjects=frozenset(triggers["uprooted_subjects"]),
        owned_act_verbs=frozenset(triggers["owned_act_verbs"]),
        vehicle_nouns=frozenset(triggers["vehicle_nouns"]),
        craft_nouns=frozenset(triggers["craft_nouns"]),
        escaping_verbs=frozenset(triggers["escaping_verbs"]),
        natural_forces=frozenset(triggers["natural_forces"]),
        disaster_measures=frozenset(triggers["disaster_measures"]),
        animal_nouns=frozenset(triggers["animal_nouns"]),
        sport_words=frozenset(triggers["sport_words"]),
        game_result_nouns=frozenset(triggers["game_result_nouns"]),
        game_sides=frozenset(triggers["game_sides"]),
        figurative_targets=frozenset(triggers["figurative_targets"]),
        figurative_doers=frozenset(triggers["figurative_doers"]),
        firm_words=frozenset(triggers["firm_words"]),
        shop_words=frozenset(triggers["shop_words"]),
        speaker_pronouns=frozenset(triggers["speaker_pronouns"]),
        home_nouns=frozenset(triggers["home_nouns"]),
        danger_nouns=frozenset(triggers["danger_nouns"]),
        riot_markers=frozenset(triggers["riot_markers"]),
        war_fire_words=frozenset(triggers["war_fire_words"]),
        electoral_words=frozenset(triggers["electoral_words"]),
        crowd_missiles=frozenset(triggers["crowd_missiles"]),
        hand_weapons=frozenset(triggers["hand_weapons"]),
        charge_words=frozenset(triggers["charge_words"]),
        people_forms=frozenset(triggers["people_forms"]),
        document_nouns=frozenset(triggers["document_nouns"]),
        self_harm_verbs=frozenset(triggers["self_harm_verbs"]),
        reflexive_pronouns=frozenset(triggers["reflexive_pronouns"]),
        intent_verbs=frozenset(triggers["intent_verbs"]),
        accusing_verbs=frozenset(triggers["accusing_verbs"]),
        bomber_names=frozenset(triggers["bomber_names"]),
        protesting_participles=frozenset(triggers["protesting_participles"]),
        minimizing_adverbs=frozenset(triggers["minimizing_adverbs"]),
        agreeing_verbs=frozenset(triggers["agreeing_verbs"]),
        kind_heads=frozenset(triggers["kind_heads"]),
        recurring_times=frozenset(triggers["recurring_times"]),
        figurative_wars=frozenset(triggers["figurative_wars"]),
        civil_remedies=frozenset(triggers["civil_remedies"]),
        sentencing_verbs=frozenset(triggers["sentencing_verbs"]),
        judging_verbs=frozenset(triggers["judging_verbs"]),
        halting_nouns=frozenset(triggers["halting_nouns"]),
        work_nouns=frozenset(triggers["work_nouns"]),
        hypothetical=frozenset(modality["hypothetical"]),
        attempt_verbs=frozenset(modality["attempt_verbs"]),
        ability_auxiliaries=frozenset(modality["ability_auxiliaries"]),
        conditions=frozenset(modality["conditions"]),
        prospective=frozenset(modality["prospective"]),
        scheduling=frozenset(modality["scheduling"]),
        upcoming=frozenset(modality["upcoming"]),
        future=frozenset(modality["future"]),
        generic_determiners=frozenset(modality["generic_determiners"]),
        denial=frozenset(modality["denial"]),
        report=frozenset(modality["report"]),
        hedge=frozenset(modality["hedge"]),
        ontology=ontology,
    )
    senses = [*lexicon.words.values(), *lexicon.phrases.values(), *lexicon.named_heads.values()]
    for sense in senses:
        if sense.type not in ontology:
            raise ValueError(f"trigger type {sense.type!r} is not in ontology.yaml")
        if sense.subtype and sense.subtype not in lexicon.subtypes(sense.type):
            raise ValueError(f"subtype {sense.type}/{sense.subtype} is not in ontology.yaml")
        readings = [label for label, _ in sense.object_readings]
        for label in [
            *sense.alternatives,
            *filter(
                None,
                [
                    sense.people_object,
                    sense.armed_reading,
                    sense.raider_reading,
                    sense.court_reading,
                    sense.civilian_reading,
                    sense.organizer_reading,
                ],
            ),
            *readings,
        ]:
            kind, _, subtype = label.partition("/")
            if kind not in ontology or (subtype and subtype not in lexicon.subtypes(kind)):
                raise ValueError(f"alternative reading {label!r} is not in ontology.yaml")
    return lexicon
