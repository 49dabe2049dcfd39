"""Who a noun phrase of an event's clause refers to: the record's entities by offset.

Arguments name their actors in many ways: by a name the recogniser linked,
by a name in apposition or after "calling itself", by the organisation whose
members act ("members of the MKO"), by an unnamed body ("security forces",
"a gendarme"), or by a pronoun for the organisation just named.
:class:`EntityIndex` turns the head token of such a phrase into an entity id,
adding a ``group`` entity for a body the text does not name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from spacy.tokens import Span, Token

from historiograph.extract.events.anchoring import CALENDAR_TYPES, TollWords
from historiograph.extract.events.lexicon import EventLexicon
from historiograph.nlp.entities import entity_id
from historiograph.nlp.views import doc_text
from historiograph.record import Entity, EntityKind, Mention
from historiograph.resolve import geo_precision

PERSONAL_KINDS = frozenset({"person", "group"})
# Named-entity labels of amounts, which no plural noun for people carries.
MEASURES = frozenset({"QUANTITY", "MONEY", "PERCENT", "CARDINAL", "DATE", "TIME"})
# Named-entity labels of names that are no body of people: members of these are not its.
NOT_BODIES = frozenset({"PERSON", "GPE", "LOC", "FAC", *MEASURES})
# Named-entity labels of a body's or a people's name ("Mayi Mayi", "Hutu").
BODY_LABELS = frozenset({"ORG", "NORP"})


@dataclass(frozen=True)
class ArgumentWords:
    """The vocabularies of ``data/arguments.yaml``."""

    counter_verbs: frozenset[str]
    anaphoric_determiners: frozenset[str]
    event_pronouns: frozenset[str]
    claim_reach: int
    doer_nouns: frozenset[str]
    serving_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    death_words: frozenset[str]
    death_complements: frozenset[str]
    massacre_verbs: frozenset[str]
    faction_nouns: frozenset[str]
    person_object_verbs: frozenset[str]
    punishing_verbs: frozenset[str]
    assault_verbs: frozenset[str]
    harming_verbs: frozenset[str]
    perishing_verbs: frozenset[str]
    member_prepositions: frozenset[str]
    brokering_words: frozenset[str]
    force_voice_nouns: frozenset[str]
    collective_victims: frozenset[str]
    fire_nouns: frozenset[str]
    speaker_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    toll_only_nouns: frozenset[str]
    placing_verbs: frozenset[str]
    disguise_verbs: frozenset[str]
    bare_blame_verbs: frozenset[str]
    number_words: tuple[str, ...]
    responsible_words: frozenset[str]
    behind_prepositions: frozenset[str]
    figure_nouns: frozenset[str]
    retelling_prepositions: frozenset[str]
    projectile_verbs: frozenset[str]
    launching_verbs: frozenset[str]
    plural_pronouns: frozenset[str]
    work_nouns: frozenset[str]
    conviction_verbs: frozenset[str]
    unit_nouns: frozenset[str]
    game_sides: frozenset[str]
    means_nouns: frozenset[str]
    emplacement_nouns: frozenset[str]
    suspect_nouns: frozenset[str]
    side_words: frozenset[str]
    denial_verbs: frozenset[str]
    target_nouns: frozenset[str]
    hit_prepositions: frozenset[str]
    impact_verbs: frozenset[str]
    force_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    commanding_prepositions: frozenset[str]
    commanding_verbs: frozenset[str]
    command_nouns: frozenset[str]
    ordering_nouns: frozenset[str]
    ordering_prepositions: frozenset[str]
    institution_nouns: frozenset[str]
    voice_pronouns: frozenset[str]
    witness_nouns: frozenset[str]
    dweller_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    occurrence_objects: frozenset[str]
    occurrence_markers: frozenset[str]
    day_words: frozenset[str]
    vague_quantities: frozenset[str]
    toll_words: TollWords
    unplaced_subtypes: frozenset[str]
    stated_place_subtypes: frozenset[str]
    partitive_words: frozenset[str]
    rule_nouns: frozenset[str]
    object_pronouns: frozenset[str]
    era_words: frozenset[str]
    hedge_words: frozenset[str]
    response_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    place_ranks: tuple[tuple[str, int], ...]
    series_nouns: frozenset[str]
    stretch_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    capital_features: frozenset[str]
    manner_prepositions: frozenset[str]
    name_particles: frozenset[str]
    landing_prepositions: frozenset[str]
    landing_verbs: frozenset[str]
    same_words: frozenset[str]
    scene_reach: int
    person_pronoun_reach: int
    document_nouns: frozenset[str]
    sentencing_verbs: frozenset[str]
    body_nouns: frozenset[str]
    agreeing_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    ordering_verbs: frozenset[str]
    charge_prepositions: frozenset[str]
    behalf_nouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    aiming_prepositions: frozenset[str]
    placing_prepositions: frozenset[str]
    emphasis_words: frozenset[str]
    claiming_verbs: frozenset[str]
    siege_nouns: frozenset[str]
    holding_out_verbs: frozenset[str]
    accession_verbs: frozenset[str]
    place_part_nouns: frozenset[str]
    causative_verbs: frozenset[str]


@cache
def argument_words() -> ArgumentWords:
    """The argument vocabularies, read once."""
    text = (files("historiograph.extract.events") / "data" / "arguments.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return ArgumentWords(
        counter_verbs=frozenset(data["counter_verbs"]),
        anaphoric_determiners=frozenset(data["anaphoric_determiners"]),
        event_pronouns=frozenset(data["event_pronouns"]),
        claim_reach=int(data["claim_reach"]),
        doer_nouns=frozenset(data["doer_nouns"]),
        serving_nouns=frozenset(data["serving_nouns"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        death_words=frozenset(data["death_words"]),
        death_complements=frozenset(data["death_complements"]),
        massacre_verbs=frozenset(data["massacre_verbs"]),
        faction_nouns=frozenset(data["faction_nouns"]),
        person_object_verbs=frozenset(data["person_object_verbs"]),
        punishing_verbs=frozenset(data["punishing_verbs"]),
        assault_verbs=frozenset(data["assault_verbs"]),
        harming_verbs=frozenset(data["harming_verbs"]),
        perishing_verbs=frozenset(data["perishing_verbs"]),
        member_prepositions=frozenset(data["member_prepositions"]),
        brokering_words=frozenset(data["brokering_words"]),
        force_voice_nouns=frozenset(data["force_voice_nouns"]),
        collective_victims=frozenset(data["collective_victims"]),
        fire_nouns=frozenset(data["fire_nouns"]),
        speaker_nouns=frozenset(data["speaker_nouns"]),
        stance_nouns=frozenset(data["stance_nouns"]),
        toll_only_nouns=frozenset(data["toll_only_nouns"]),
        placing_verbs=frozenset(data["placing_verbs"]),
        disguise_verbs=frozenset(data["disguise_verbs"]),
        bare_blame_verbs=frozenset(data["bare_blame_verbs"]),
        number_words=tuple(data["number_words"]),
        responsible_words=frozenset(data["responsible_words"]),
        behind_prepositions=frozenset(data["behind_prepositions"]),
        figure_nouns=frozenset(data["figure_nouns"]),
        retelling_prepositions=frozenset(data["retelling_prepositions"]),
        projectile_verbs=frozenset(data["projectile_verbs"]),
        launching_verbs=frozenset(data["launching_verbs"]),
        plural_pronouns=frozenset(data["plural_pronouns"]),
        work_nouns=frozenset(data["work_nouns"]),
        conviction_verbs=frozenset(data["conviction_verbs"]),
        unit_nouns=frozenset(data["unit_nouns"]),
        game_sides=frozenset(data["game_sides"]),
        means_nouns=frozenset(data["means_nouns"]),
        emplacement_nouns=frozenset(data["emplacement_nouns"]),
        suspect_nouns=frozenset(data["suspect_nouns"]),
        side_words=frozenset(data["side_words"]),
        denial_verbs=frozenset(data["denial_verbs"]),
        target_nouns=frozenset(data["target_nouns"]),
        hit_prepositions=frozenset(data["hit_prepositions"]),
        impact_verbs=frozenset(data["impact_verbs"]),
        force_nouns=frozenset(data["force_nouns"]),
        gathering_nouns=frozenset(data["gathering_nouns"]),
        commanding_prepositions=frozenset(data["commanding_prepositions"]),
        commanding_verbs=frozenset(data["commanding_verbs"]),
        command_nouns=frozenset(data["command_nouns"]),
        ordering_nouns=frozenset(data["ordering_nouns"]),
        ordering_prepositions=frozenset(data["ordering_prepositions"]),
        institution_nouns=frozenset(data["institution_nouns"]),
        voice_pronouns=frozenset(data["voice_pronouns"]),
        witness_nouns=frozenset(data["witness_nouns"]),
        dweller_nouns=frozenset(data["dweller_nouns"]),
        occurrence_verbs=frozenset(data["occurrence_verbs"]),
        occurrence_objects=frozenset(data["occurrence_objects"]),
        occurrence_markers=frozenset(data["occurrence_markers"]),
        day_words=frozenset(data["day_words"]),
        vague_quantities=frozenset(data["vague_quantities"]),
        toll_words=TollWords(
            part_markers=tuple(data["toll_part_markers"]),
            more_words=frozenset(data["toll_more_words"]),
            inclusive_nouns=frozenset(data["toll_inclusive_nouns"]),
        ),
        unplaced_subtypes=frozenset(data["unplaced_subtypes"]),
        stated_place_subtypes=frozenset(data["stated_place_subtypes"]),
        partitive_words=frozenset(data["partitive_words"]),
        rule_nouns=frozenset(data["rule_nouns"]),
        object_pronouns=frozenset(data["object_pronouns"]),
        era_words=frozenset(data["era_words"]),
        hedge_words=frozenset(data["hedge_words"]),
        response_verbs=frozenset(data["response_verbs"]),
        onset_verbs=frozenset(data["onset_verbs"]),
        place_ranks=tuple((str(prefix), int(rank)) for prefix, rank in data["place_ranks"]),
        series_nouns=frozenset(data["series_nouns"]),
        stretch_nouns=frozenset(data["stretch_nouns"]),
        person_pronouns=frozenset(data["person_pronouns"]),
        capital_features=frozenset(data["capital_features"]),
        manner_prepositions=frozenset(data["manner_prepositions"]),
        name_particles=frozenset(data["name_particles"]),
        landing_prepositions=frozenset(data["landing_prepositions"]),
        landing_verbs=frozenset(data["landing_verbs"]),
        same_words=frozenset(data["same_words"]),
        scene_reach=int(data["scene_reach"]),
        person_pronoun_reach=int(data["person_pronoun_reach"]),
        document_nouns=frozenset(data["document_nouns"]),
        sentencing_verbs=frozenset(data["sentencing_verbs"]),
        body_nouns=frozenset(data["body_nouns"]),
        agreeing_verbs=frozenset(data["agreeing_verbs"]),
        custody_nouns=frozenset(data["custody_nouns"]),
        ordering_verbs=frozenset(data["ordering_verbs"]),
        charge_prepositions=frozenset(data["charge_prepositions"]),
        behalf_nouns=frozenset(data["behalf_nouns"]),
        reflexive_pronouns=frozenset(data["reflexive_pronouns"]),
        aiming_prepositions=frozenset(data["aiming_prepositions"]),
        placing_prepositions=frozenset(data["placing_prepositions"]),
        emphasis_words=frozenset(data["emphasis_words"]),
        claiming_verbs=frozenset(data["claiming_verbs"]),
        siege_nouns=frozenset(data["siege_nouns"]),
        holding_out_verbs=frozenset(data["holding_out_verbs"]),
        accession_verbs=frozenset(data["accession_verbs"]),
        place_part_nouns=frozenset(data["place_part_nouns"]),
        causative_verbs=frozenset(data["causative_verbs"]),
    )


COVERING_MENTIONS = 8
"""How many mentions starting at or before a span are checked for covering it."""
UNNAMED_THING: EntityKind = "other"
"""The kind of an unnamed thing an attack hits ("the airport"): no place, body or name."""
TOWN_REACH = 600
"""How far back (characters) "the town" looks for the town it refers to."""
HEAD_WORD_REACH = 600
"""How far back (characters) "the coalition" looks for the fuller phrase it repeats."""
NAMING_DEPS = ("amod", "compound", "poss", "nmod")
"""Dependents by which a phrase says which body it means ("the Saudi-led coalition")."""


@dataclass
class EntityIndex:
    """The record's entities and mentions, looked up by character offset."""

    entities: dict[str, Entity]
    mentions: list[Mention]
    lexicon: EventLexicon
    added: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_start = sorted(self.mentions, key=lambda m: m.span[0])
        self._starts = [m.span[0] for m in self._by_start]
        counts = Counter(
            m.entity
            for m in self.mentions
            if m.entity
            and self.entities.get(m.entity, None) is not None
            and self.entities[m.entity].kind == "organization"
        )
        self.salient_organization = counts.most_common(1)[0][0] if counts else None

    def kind(self, ident: str) -> str | None:
        entity = self.entities.get(ident) or self.added.get(ident)
        return entity.kind if entity else None

    def is_thing(self, ident: str) -> bool:
        """Is this an unnamed thing :meth:`thing` added ("the airport"), not a named one?"""
        added = self.added.get(ident)
        return added is not None and added.kind == UNNAMED_THING

    def entity(self, ident: str) -> Entity | None:
        return self.entities.get(ident) or self.added.get(ident)

    def is_named(self, ident: str) -> bool:
        """Is this an entity the text names ("Ahmed Musa"), not one the extractor made of
        a common noun ("two neighbours", "a policeman")?"""
        return ident in self.entities

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at ``start`` or after, before ``end``."""
        return self._by_start[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first linked mention (in text order) that covers ``start``..``end``."""
        # Only mentions starting at or before ``start`` can cover it, and mentions do not
        # nest deeply: a few found by bisection instead of a scan of the document's all.
        last = bisect_right(self._starts, start)
        for mention in self._by_start[max(0, last - COVERING_MENTIONS) : last]:
            if mention.span[0] <= start and end <= mention.span[1] and mention.entity:
                return mention
        return None

    def resolve(self, token: Token) -> str | None:
        """The entity a token's noun phrase refers to, or None."""
        joined = self._joined_name(token) or self._same_body(token)
        if joined is not None:
            return joined
        mention = self.mention_at(token.idx, token.idx + len(token))
        if mention is not None and self._counted_nationals(token, mention):
            # "two Germans hijacked a flight": counted people, not their country.
            plural = token.tag_.endswith("S") or _count_of(token)
            return self._group(token, kind="group" if plural else "person")
        if mention is not None:
            return mention.entity
        # "Jonas Vidal Ferreira, a retired warden who had tortured inmates": a
        # common noun in apposition to a name describes the one the name names.
        if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
            described = self.mention_at(token.head.idx, token.head.idx + len(token.head))
            if described is not None and self.kind(described.entity or "") != "place":
                return described.entity
        # "a previously unknown group, the Northern Vanguard": the name in apposition
        # ("the bomber, a 32-year-old Norwegian": a people's word there tells where the
        # one named comes from, and the country is not who acted).
        for child in token.children:
            if child.dep_ == "appos":
                named = self.mention_at(child.idx, child.idx + len(child))
                if named is None:
                    continue
                if child.ent_type_ != "NORP" or self.kind(named.entity or "") != "place":
                    return named.entity
        # "the settler Baruch Goldstein opened fire": a name right after its title.
        titled = self._name_after_title(token)
        if titled is not None:
            return titled
        # "a group calling itself X", "a militia known as X", "a group called X".
        named_as = self._named_as(token)
        if named_as is not None:
            return named_as
        # "members of the MKO", "fighters of the group", "personnel of the Counter
        # Terrorism Department": the organization acts.
        serving = bool(_noun_forms(token) & argument_words().serving_nouns)
        if token.lemma_.lower() in self.lexicon.member_nouns or serving:
            # "a relief force of some 20,000 men": the counted men are what the force is
            # made of, not a body it belongs to; the force itself acts.
            for owner in (o for o in _served_bodies(token) if not _counted(o)):
                ident = self.resolve(owner)
                # "members of the armed forces": an unnamed body's members are it too.
                if ident is not None and self.kind(ident) in ("organization", "group"):
                    return ident
                if ident is None and (body := self._named_body(owner)) is not None:
                    return body
        # "a spokesman speaking on behalf of the army denied": the body spoken for acts.
        for represented in behalf_objects(token):
            ident = self.resolve(represented) or self.resolve_doer(represented)
            if ident is not None and self.kind(ident) in ("organization", "group"):
                return ident
        # "a spokesman for the Front claimed the attack", "the group's spokesman": who
        # speaks for a body is its voice.
        if token.lemma_.lower() in argument_words().speaker_nouns:
            owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            for owner in [*_pobjs(token, ("for", "of")), *owners]:
                ident = self.resolve(owner)
                if ident is not None and self.kind(ident) in ("organization", "group"):
                    return ident
                if ident is None and (body := self._named_body(owner)) is not None:
                    return body
        # "a group of people", "thousands of residents": the people counted act.
        if token.lemma_.lower() in self.lexicon.collective_nouns:
            for owner in of_objects(token):
                ident = self.resolve(owner)
                if ident is not None and self.kind(ident) in PERSONAL_KINDS:
                    return ident
        # "The Taliban said its men had killed nine policemen": a body's members, told by
        # a pronoun for it, are the body.
        if token.lemma_.lower() in self.lexicon.member_nouns or serving:
            speaker = self._speaking_body(token)
            if speaker is not None:
                return speaker
        # "Muammar Gaddafi's forces", "the junta's soldiers": the side that owns them.
        side = self._owning_side(token)
        if side is not None:
            return side
        # A name spaCy split: look at the compound words in front of the head.
        # "EPP (Paraguayan People's Army) members": a modifier may carry its full
        # name in apposition.
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod"):
                inner = self.mention_at(child.idx, child.idx + len(child))
                if inner is None:
                    inner = next(
                        (
                            found
                            for c in child.children
                            if c.dep_ == "appos"
                            and (found := self.mention_at(c.idx, c.idx + len(c))) is not None
                        ),
                        None,
                    )
                if inner is not None and child.dep_ in ("compound", "nmod"):
                    if self.kind(inner.entity or "") == "place" and self._is_group(token):
                        break  # "the Ukrainian Forces" are forces, not Ukraine
                    if self.kind(inner.entity or "") in ("place", "group") and self._is_unit(token):
                        # "the 6th Indian Division" is a division, "the Ottoman army" an army
                        return self._group(token)
                    if self.kind(inner.entity or "") == "group" and self._is_armed_men(token):
                        # "a column of Ottoman gendarmes": the gendarmes, not all Ottomans
                        return self._group(token)
                    if self.kind(inner.entity or "") == "group" and self._is_some_people(token):
                        # "the Girondin deputies": those deputies, not all Girondins
                        return self._group(token)
                    if self._people_word_misread(token, inner):
                        # "Jacobin militants", with "Jacobin" read as a person's name
                        return self._group(token)
                    if self._capital_only(child, inner) and self._is_group(token):
                        break  # "Riot police fired": a word capitalised to start a sentence
                    if self.is_country(inner.entity or "") and token.pos_ == "NOUN":
                        break  # "the U.S. consulate" is a consulate, not the United States
                    if self._owned_site(token, inner):
                        break  # "the United Nations compound" is a compound, not the UN
                    if self._town_of_owned(token, inner):
                        break  # "the Dhaka residence of President X" is a residence
                    return self._whole_name(token, inner) or inner.entity
        town = self._town_told_before(token)
        if town is not None:
            return town
        named_before = (
            self.subject_carried_over(token)
            or self.person_named_before(token)
            or self.person_told_before(token)
        )
        if named_before is not None:
            return named_before
        if token.lower_ in self.lexicon.pronouns and token.pos_ == "PRON":
            subject = _main_clause_subject(token, self.lexicon.pronouns)
            if subject is not None:
                return self.resolve_doer(subject)
            return self._previous_doers(token) or self._recent_salient(token.idx)
        named_before = self._body_named_by_head(token)
        if named_before is not None:
            return named_before
        determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
        # "the party" is the party told before; "the parties" are parties, not that one.
        plural = "Plur" in token.morph.get("Number", [])
        if (
            token.lemma_.lower() in self.lexicon.organization_anaphors
            and determiners & {"the", "this", "that"}
            and not plural
        ):
            return self.salient_organization or self._group(token)
        if self._is_group(token):
            return self._group(token)
        if token.lower_ in self.lexicon.role_nouns:
            return self._group(token, kind="person")
        return None

    def _owned_site(self, token: Token, inner: Mention) -> bool:
        """Is the noun a building or site (``facility_nouns``) that the body named in
        front of it owns ("the United Nations compound", "the Red Cross hospital")?

        Violence done to the site hits the site: the body is only whose it is.
        """
        owner = self.kind(inner.entity or "")
        site = token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.facility_nouns
        return site and owner == "organization"

    def _town_of_owned(self, token: Token, inner: Mention) -> bool:
        """Does a town in front of a noun say only where the thing its "of" phrase owns
        stands? "the Dhaka residence of President Rahman", "the Kabul office of the agency":
        the residence or office, not the town (whose "of" phrase is the owner's)."""
        owned = token.pos_ == "NOUN" and bool(of_objects(token))
        return owned and self.is_town(inner.entity or "")

    def _same_body(self, token: Token) -> str | None:
        """The organization last named in the noun's sentence or the one before, when
        the noun refers back to it by ``same_words`` ("The Front claimed the bombing.
        Soldiers repelled an attack by the same militants": the Front)."""
        if not any(
            c.dep_ == "amod" and c.lower_ in argument_words().same_words for c in token.children
        ):
            return None
        sentence = token.sent
        opening = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for mention in reversed(self.starting_in(token.doc[opening].idx, token.idx)):
            if mention.entity and self.kind(mention.entity) == "organization":
                return mention.entity
        return None

    def _speaking_body(self, members: Token) -> str | None:
        """The organization that says its own members did what their clause tells: "The
        Taliban claimed responsibility, saying its men had killed nine policemen". The
        pronoun stands for the speaker only when a verb of saying (``report``, never a
        denial: "the government denied that its forces took part") takes the clause."""
        pronouns = self.lexicon.pronouns
        if not any(c.dep_ == "poss" and c.lower_ in pronouns for c in members.children):
            return None
        clause = members.head
        saying = clause.head
        if members.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return None
        if not {saying.lemma_.lower(), saying.lower_} & self.lexicon.report:
            return None
        # "claimed responsibility, saying its men ...": the participle speaks for the clause
        # it hangs on.
        while saying.dep_ in ("advcl", "xcomp", "conj") and not _subjects(saying):
            saying = saying.head
        subject = next(iter(_subjects(saying)), None)
        ident = self.resolve(subject) if subject is not None else None
        return ident if ident is not None and self.kind(ident) == "organization" else None

    def _body_named_by_head(self, token: Token) -> str | None:
        """The body named before by a fuller phrase that a bare definite noun repeats.

        "The Saudi-led coalition bombed a bus. Houthi officials accused the coalition":
        "the coalition" is the one just named, as "the brigade" is "the 103rd Brigade";
        the same word with modifiers, within ``HEAD_WORD_REACH`` characters before, that
        names a body or group, never a place. Only a singular word names one body: "the
        miners" after "striking miners" are as well told by their own word.
        """
        determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
        if token.tag_ != "NN" or not determiners & {"the", "this", "that"}:
            return None
        if any(c.dep_ in NAMING_DEPS for c in token.children):
            return None  # "the Houthi coalition" says which; only the bare word refers back
        for earlier in reversed(token.doc[: token.i]):
            if earlier.idx < token.idx - HEAD_WORD_REACH:
                break
            fuller = any(c.dep_ in NAMING_DEPS for c in earlier.children)
            if earlier.lower_ != token.lower_ or earlier.pos_ != "NOUN" or not fuller:
                continue
            ident = self.resolve(earlier) or self.resolve_doer(earlier)
            if ident is not None and self.kind(ident) in ("organization", "group"):
                return ident
        return None

    def _joined_name(self, token: Token) -> str | None:
        """A body's name in another language that the recogniser cut at its lowercase
        words ("Umkhonto we Sizwe", read as the places "Umkhonto" and "Sizwe", with "we"
        taken for the pronoun): capitalised words joined by ``name_particles`` are one
        name, an organization, unless a person's name is part of it ("Charles de Gaulle",
        which the recogniser keeps whole or splits for a person of its own)."""
        particles = argument_words().name_particles
        doc = token.doc

        def capitalised(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.is_title

        def inside(t: Token) -> bool:
            return capitalised(t) or (t.lower_ in particles and t.text.islower())

        if not inside(token):
            return None
        first = last = token.i
        while first > 0 and inside(doc[first - 1]) and doc[first - 1].sent == token.sent:
            first -= 1
        while last + 1 < len(doc) and inside(doc[last + 1]) and doc[last + 1].sent == token.sent:
            last += 1
        while first <= last and not capitalised(doc[first]):
            first += 1
        while last >= first and not capitalised(doc[last]):
            last -= 1
        if not first <= token.i <= last or all(capitalised(t) for t in doc[first : last + 1]):
            return None
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        whole = self.mention_at(start, end)
        if whole is not None:
            return whole.entity
        parts = [m.entity for m in self.starting_in(start, end) if m.entity]
        if any(self.kind(part) == "person" for part in parts):
            return None
        name = doc_text(doc)[start:end]
        ident = entity_id(name)
        if ident not in self.entities and ident not in self.added:
            self.added[ident] = Entity(id=ident, kind="organization", name=name, aliases=[name])
        return ident

    def _whole_name(self, token: Token, inner: Mention) -> str | None:
        """A person's whole name the recogniser cut short: "Ernest Garfield Hays", of
        which it found "Ernest Garfield" and left the surname, the parse's head, out.

        A capitalised proper noun right after a person's mention, which that mention's
        words modify, ends the same name; the whole is the person.
        """
        if self.kind(inner.entity or "") != "person" or token.pos_ != "PROPN":
            return None
        text = doc_text(token.doc)
        if (
            not token.is_title
            or inner.span[1] >= token.idx
            or text[inner.span[1] : token.idx].strip()
        ):
            return None
        name = text[inner.span[0] : token.idx + len(token)]
        ident = entity_id(name)
        if ident not in self.entities and ident not in self.added:
            short = text[inner.span[0] : inner.span[1]]
            self.added[ident] = Entity(id=ident, kind="person", name=name, aliases=[name, short])
        return ident

    def _named_body(self, token: Token) -> str | None:
        """The organization a name no one linked stands for in "members of the FAR".

        A proper name whose members act ("members of the Popular Revolutionary
        Vanguard", "fighters of La Tecampanera") is a body of people, whether or
        not the knowledge base knows it; a person's or a place's name is not.
        """
        # The parser takes an acronym for any word ("the FAR": an adverb).
        acronym = token.is_upper and token.is_alpha and len(token) > 1
        if not (token.pos_ == "PROPN" or acronym) or token.ent_type_ in NOT_BODIES:
            return None
        words = [t for t in token.subtree if t.dep_ not in ("det", "punct")]
        if any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
            words = [t for t in token.lefts if t.dep_ == "compound"] + [token]
        name = doc_text(token.doc)[words[0].idx : words[-1].idx + len(words[-1])]
        ident = entity_id(name)
        if ident not in self.entities and ident not in self.added:
            self.added[ident] = Entity(id=ident, kind="organization", name=name, aliases=[name])
        return ident

    def _owning_side(self, token: Token) -> str | None:
        """The side whose armed body a possessive names: "Muammar Gaddafi's forces",
        "the junta's soldiers", "the Rwandan Patriotic Front's fighters".

        A body of ``force_nouns`` fights for its owner, and the bare noun ("forces")
        would not say for which side: the owner (a person, a body, a country) is who
        acts. A body the text names more closely ("the Islamic Republic's security
        forces", "Assad's Republican Guard") is itself who acts; a pronoun ("their
        forces") and a town ("the city's police") are left to the noun itself.
        """
        if token.lemma_.lower() not in argument_words().force_nouns:
            return None
        if any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            return None
        for child in token.children:
            if child.dep_ != "poss" or child.pos_ == "PRON":
                continue
            ident = self.resolve(child)
            if ident is None:
                return None
            if self.kind(ident) in ("person", "organization", "group") or self.is_country(ident):
                return ident
        return None

    def _name_after_title(self, token: Token) -> str | None:
        """The name that follows a title without a comma: "the settler Baruch Goldstein".

        The parser may make the title and the name two subjects (or objects) of one
        verb; the name, right after the title, says who it is. A place's name there
        ("the village Kagoro") is no one.
        """
        if token.pos_ != "NOUN" or token.head.i == token.i:
            return None
        misparsed = self._name_right_after_title(token)
        if misparsed is not None:
            return misparsed
        for sibling in token.head.children:
            if sibling.dep_ != token.dep_ or sibling.left_edge.i != token.i + 1:
                continue
            mention = self.mention_at(sibling.idx, sibling.idx + len(sibling))
            entity = self.entity(mention.entity) if mention and mention.entity else None
            # The recogniser may call a person a building ("Baruch Goldstein": FAC); only
            # a name the gazetteer placed is surely a place.
            if entity is not None and not (entity.kind == "place" and entity.geo is not None):
                return entity.id
        return None

    def _name_right_after_title(self, token: Token) -> str | None:
        """The name the parser cut loose from the title in front of it: "the imperial
        general Wallenstein besieged Stralsund", where "Wallenstein" hangs on the verb as an adverb.

        A title for one person (``person_nouns``, ``role_nouns``) followed at once by a
        capitalised name the recogniser found is that person, whatever the parse made
        of the name, and whatever kind of entity the recogniser took the name for: a
        title says the name is a person's ("the general Wallenstein" is no town).
        """
        lemma = token.lemma_.lower()
        title = lemma in self.lexicon.person_nouns or lemma in self.lexicon.role_nouns
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if not title or token.tag_ != "NN" or following is None:
            return None
        if following.head.i == token.i or not following.is_title:
            return None
        mention = self.mention_at(following.idx, following.idx + len(following))
        if mention is not None and mention.entity and mention.span[0] == following.idx:
            if self.kind(mention.entity) != "place":
                return mention.entity
            span = mention.span
        else:
            # A name the recogniser saw but no entity was made of (the parse left it
            # an adverb): the person is named by the recogniser's span.
            person = [e for e in token.doc.ents if e.start == following.i and e.label_ == "PERSON"]
            if not person:
                return None
            span = (person[0].start_char, person[0].end_char)
        name = doc_text(token.doc)[span[0] : span[1]]
        ident = entity_id(name)
        if ident not in self.entities and ident not in self.added:
            self.added[ident] = Entity(id=ident, kind="person", name=name, aliases=[name])
        return ident

    def _named_as(self, token: Token) -> str | None:
        """The name a participle of naming gives a noun: "a group calling itself X"."""
        for child in token.children:
            if child.dep_ != "acl" or child.lemma_.lower() not in argument_words().naming_verbs:
                continue
            names = [c for c in child.children if c.dep_ in ("oprd", "attr", "xcomp")]
            names += [c for p in child.children if p.lower_ == "as" for c in p.children]
            for name in names:
                named = self.mention_at(name.idx, name.idx + len(name))
                named = named or self.mention_at(name.left_edge.idx, name.idx + len(name))
                if named is not None and self.kind(named.entity or "") != "place":
                    return named.entity
        return None

    def _capital_only(self, token: Token, mention: Mention) -> bool:
        """A one-word person's name that opens its sentence: nothing but its place shows
        it to be a name ("Riot police", "Border guards"), and the recogniser guessed."""
        return (
            bool(token.is_sent_start)
            and mention.span == (token.idx, token.idx + len(token))
            and self.kind(mention.entity or "") == "person"
        )

    def _is_group(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.group_nouns

    def _is_institution(self, token: Token) -> bool:
        """Is the noun one of ``institution_nouns``, whole when hyphenated ("court-martial")?"""
        words = argument_words().institution_nouns
        doc = token.doc
        hyphenated = token.i >= 2 and doc[token.i - 1].text == "-"
        joined = f"{doc[token.i - 2].lower_}-{token.lower_}" if hyphenated else None
        return token.lemma_.lower() in words or joined in words

    def _is_armed_men(self, token: Token) -> bool:
        """Is the noun a plural of armed men ("gendarmes", "troopers", ``doer_nouns``,
        ``force_nouns``), whom a people's name in front only says whose they are?"""
        words = argument_words()
        lemma = token.lemma_.lower()
        return token.tag_ == "NNS" and (lemma in words.doer_nouns or lemma in words.force_nouns)

    def _is_some_people(self, token: Token) -> bool:
        """Is the noun a plural of people by what they are or do ("deputies", "men",
        ``person_nouns``, ``role_nouns``), whom a people's name in front only says whose
        they are?"""
        lemma = token.lemma_.lower()
        people = lemma in self.lexicon.person_nouns or lemma in self.lexicon.role_nouns
        return token.tag_ == "NNS" and people

    def _counted_nationals(self, token: Token, mention: Mention) -> bool:
        """Is the word a nationality noun counted as people ("two Germans", "three
        Algerians and a Frenchman") that the linker tied to their country? A number or
        an indefinite article in front makes them some of that people, not the state."""
        if token.pos_ not in ("NOUN", "PROPN") or self.kind(mention.entity or "") != "place":
            return False
        # "tens of thousands of Uzbeks fled": what a number's "of" phrase counts are
        # people, whether or not the recogniser took the word for a nationality.
        if _count_of(token):
            return True
        if token.ent_type_ != "NORP":
            return False
        counters = [c for c in token.children if c.dep_ in ("nummod", "det")]
        return any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in counters)

    def _people_word_misread(self, token: Token, inner: Mention) -> bool:
        """Is the name in front of a plural noun of people ("Jacobin militants", "Girondin
        deputies") a word for a faction the recogniser read as a person's name?

        A person's name is told on its own somewhere ("Kennedy supporters ... Kennedy
        said"); one that only ever stands in front of plural nouns of people or armed men
        says whose those people are, and they, not a person, act.
        """
        people = self._is_some_people(token) or self._is_armed_men(token) or self._is_group(token)
        if self.kind(inner.entity or "") != "person" or not people or token.tag_ != "NNS":
            return False
        doc = token.doc
        for mention in self.mentions:
            if mention.entity != inner.entity:
                continue
            named = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
            if named is None or len(named) != 1:
                return False
            word = named.root
            if word.dep_ not in ("compound", "amod") or word.head.tag_ != "NNS":
                return False
        return True

    def _is_unit(self, token: Token) -> bool:
        return token.lemma_.lower() in argument_words().unit_nouns

    def is_town(self, ident: str) -> bool:
        """A place below a country or region: a town, a village, a district."""
        return self.kind(ident) == "place" and not self.is_country(ident)

    def is_capital(self, ident: str) -> bool:
        """A state's capital, by its gazetteer feature (``capital_features``)."""
        entity = self.entity(ident)
        geo = entity.geo if entity is not None else None
        return geo is not None and geo.feature in argument_words().capital_features

    def person_named_before(self, pronoun: Token) -> str | None:
        """The person a pronoun for one person ("him", "she") stands for: the one last
        named in its sentence or the ``person_pronoun_reach`` before.

        "Prosecutors named the suspect as Ivo Brandt. Police arrested him": "him" is
        the person named before it. A person named in the pronoun's own verb's subject
        is never it ("Brandt's lawyer said police arrested him" may be; "Brandt
        praised him" is not Brandt), nor one who only owns an apposition of someone else.
        """
        if pronoun.lower_ not in argument_words().person_pronouns or pronoun.pos_ != "PRON":
            return None
        if pronoun.dep_ == "poss":
            return None
        sentence = pronoun.sent
        opening = sentence.start
        for _ in range(argument_words().person_pronoun_reach):
            opening = pronoun.doc[opening - 1].sent.start if opening > 0 else opening
        bound = {
            t.i
            for c in pronoun.head.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i
            for t in c.subtree
        }
        start = pronoun.doc[opening].idx
        for mention in reversed(self.starting_in(start, pronoun.idx)):
            if not mention.entity or self.kind(mention.entity) != "person":
                continue
            inside = pronoun.doc.char_span(
                mention.span[0], mention.span[1], alignment_mode="expand"
            )
            if inside is not None and any(t.i in bound for t in inside):
                continue
            # "Lin Biao, Mao's designated successor, ... he": one who only owns an
            # apposition that describes someone else is not whom the pronoun means.
            if (
                inside is not None
                and inside.root.dep_ == "poss"
                and inside.root.head.dep_ == "appos"
            ):
                continue
            return mention.entity
        return None

    def subject_carried_over(self, pronoun: Token) -> str | None:
        """The person the sentence before names as its subject, for a pronoun for one
        person that is its own sentence's main subject.

        "Patrice Lumumba was flown to Elisabethville and handed over to the forces of
        Moise Tshombe. He was shot that night": a sentence's subject carries on as the
        next one's ("he" is Lumumba), ahead of whoever was named last (Tshombe). A subject
        told only by what they are ("A federal judge sentenced Hernández. He had been
        extradited") carries on less surely than the name, and is left to the name.
        """
        if pronoun.lower_ not in argument_words().person_pronouns or pronoun.pos_ != "PRON":
            return None
        main = pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.i == pronoun.sent.root.i
        if not main or pronoun.sent.start == 0:
            return None
        before = pronoun.doc[pronoun.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        mention = self.mention_at(subject.idx, subject.idx + len(subject))
        if mention is not None and mention.entity and self.kind(mention.entity) == "person":
            return mention.entity
        return None

    def _one_person_told(self, subject: Token) -> str | None:
        """One person a subject tells by a word for what they are (``person_nouns``,
        ``role_nouns``, ``doer_nouns``, ``fugitive_nouns``): "the gunman", "the president"."""
        lexicon = self.lexicon
        people = (
            lexicon.person_nouns
            | lexicon.role_nouns
            | lexicon.fugitive_nouns
            | argument_words().doer_nouns
        )
        if subject.tag_ == "NN" and subject.lemma_.lower() in people:
            return self.resolve_one(subject) or self._group(subject, kind="person")
        return None

    def person_told_before(self, pronoun: Token) -> str | None:
        """The unnamed person a pronoun for one person stands for, where no name came
        before it: "The gunman hid in a barn for two days. Troopers arrested him", "The
        fugitive fled on foot. Deputies shot him near the river".

        The subject of the pronoun's sentence's main verb, or of the sentence before,
        when it is one person told by a word for what they are (``person_nouns``,
        ``role_nouns``, ``doer_nouns``, ``fugitive_nouns``), is whom it points back
        to; the subject of the pronoun's own verb never is.
        """
        if pronoun.lower_ not in argument_words().person_pronouns or pronoun.pos_ != "PRON":
            return None
        if pronoun.dep_ == "poss":
            return None
        own = pronoun.head
        sentences = [pronoun.sent]
        if pronoun.sent.start > 0:
            sentences.append(pronoun.doc[pronoun.sent.start - 1].sent)
        for sentence in sentences:
            # "The deposed governor was flown to Kamina. He was shot": a passive subject too.
            subject = next(
                (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subject is None or subject.head.i == own.i or subject.i > pronoun.i:
                continue
            told = self._one_person_told(subject)
            if told is not None:
                return told
        return None

    def is_country(self, ident: str) -> bool:
        """A country or region (not a town), by its gazetteer feature."""
        entity = self.entity(ident)
        geo = entity.geo if entity is not None else None
        return geo is not None and geo_precision(geo) == 3

    def leader(self, token: Token) -> str | None:
        """Who leads what a noun names: "a Hamas-led protest", "the Saudi-led coalition".

        The leader in front of "-led" is a doer of what the led body does; the
        body keeps its own name ("Saudi-led coalition") as another.
        """
        for child in token.children:
            if child.dep_ != "amod" or child.lower_ != "led":
                continue
            for named in child.children:
                if named.dep_ in ("npadvmod", "compound", "nmod") and named.i < child.i:
                    mention = self.mention_at(named.left_edge.idx, named.idx + len(named))
                    mention = mention or self.mention_at(named.idx, named.idx + len(named))
                    if mention is None or not mention.entity:
                        continue
                    # A group mention that takes in "-led" itself ("French-led", a
                    # people's adjective the recogniser made a group) names the
                    # modifier, not a leader; a named one ("Hamas-led") is the leader.
                    modifier = mention.span[1] > child.idx
                    if not (modifier and self.kind(mention.entity) == "group"):
                        return mention.entity
        return self.commander(token)

    def commander(self, token: Token) -> str | None:
        """The named person who commands what a noun names ("the imperial army under
        Count Tilly", "tribesmen led by Arminius", "troops under the command of Dyer").

        Only a person or body the text names counts: "under cover of darkness" or
        "under pressure" commands no one, and a place ("troops under Kyiv") is where.
        """
        words = argument_words()
        named = _pobjs(token, tuple(words.commanding_prepositions))
        named = [
            o
            for n in named
            for o in (of_objects(n) if n.lemma_.lower() in words.command_nouns else [n])
        ]
        for participle in token.children:
            if participle.dep_ == "acl" and participle.lemma_.lower() in words.commanding_verbs:
                named += [
                    c
                    for by in participle.children
                    if by.dep_ in ("agent", "prep") and by.lower_ == "by"
                    for c in by.children
                    if c.dep_ == "pobj"
                ]
        for candidate in named:
            ident = self.resolve(candidate)
            # The recogniser may take a commander ("Philip of Hesse") for a body.
            if ident is not None and self.kind(ident) in ("person", "organization", "group"):
                return ident
        return None

    def _town_told_before(self, token: Token) -> str | None:
        """The town "the town" or "the city" refers back to: the last one named before it.

        "We reached Irun on 30 August. Nationalist aircraft had bombed the town the
        day before": a bare definite word for a town, with no name or "of" phrase of
        its own ("the town of Hub", "the border town"), is the town the text has just
        named, within a paragraph or so. A country or a region is no town, and nor is one
        named only as where someone came from ("a relief column sent from Cairo arrived
        too late. The Ansar stormed the city": the city besieged before, not Cairo).
        """
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lexicon.town_nouns:
            return None
        determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
        own = any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "prep", "appos") for c in token.children
        )
        if own or not determiners & argument_words().anaphoric_determiners:
            return None
        last = bisect_left(self._starts, token.idx)
        for mention in reversed(self._by_start[:last]):
            if token.idx - mention.span[1] > TOWN_REACH:
                break
            entity = self.entity(mention.entity) if mention.entity else None
            geo = entity.geo if entity is not None and entity.kind == "place" else None
            if entity is None or geo is None or geo_precision(geo) == 3:
                continue
            named = token.doc.char_span(*mention.span, alignment_mode="expand")
            if named is None or not _named_as_origin(named.root):
                return entity.id
        return None

    def means_side(self, token: Token) -> str | None:
        """The side a machine of war fights for: "Israeli aircraft", "coalition warplanes".

        A noun of ``means_nouns`` acts for whoever its modifier names: a named
        country, force or party ("Chilean air force jets": Chile), an unnamed body
        ("coalition warplanes": the coalition), or a side the recogniser left
        unlinked (``side_words``: "Nationalist aircraft", "rebel artillery").
        """
        if token.lemma_.lower() not in argument_words().means_nouns:
            return None
        if self.leader(token) is not None:
            return self._group(token)  # "US-led coalition aircraft": the led body's, named so
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
        body = self._body_in_modifiers(token, modifiers)
        if body is not None:
            return body
        for modifier in modifiers:
            if modifier.pos_ == "PRON":
                # "The army said its helicopters had bombed ...": whose the machines are
                # is the body that reports what they did.
                reporter = self._reporting_owner(modifier)
                if reporter is not None:
                    return reporter
                continue
            lemma = modifier.lemma_.lower()
            if self._is_group(modifier) or lemma in self.lexicon.collective_nouns:
                return self._group(modifier)
            end = modifier.idx + len(modifier)
            for mention in self.starting_in(modifier.left_edge.idx, end):
                if mention.entity and mention.span[1] <= end:
                    return mention.entity
            # A side's word the recogniser did not link ("Nationalist", "rebel").
            side = modifier.lower_ in argument_words().side_words
            if (side or modifier.ent_type_ == "NORP") and modifier.is_alpha:
                return self._group(modifier)
        # "jets of the Chilean Air Force": the "of" phrase names whose they are.
        for owner in of_objects(token):
            ident = self.resolve(owner) or self._named_body(owner)
            if ident is not None and (
                self.kind(ident) in ("person", "organization", "group") or self.is_country(ident)
            ):
                return ident
        return None

    def _body_in_modifiers(self, token: Token, modifiers: list[Token]) -> str | None:
        """The armed body a machine's modifiers name through a unit or force noun ("Yugoslav
        army gunboats", "Iraqi police helicopters"): the body, named by its words up to that
        noun, is the side, not the country's adjective in front of it. A name the linker
        tied to the whole body is taken first ("Israeli Air Force jets")."""
        words = argument_words()
        units = words.unit_nouns | words.force_nouns
        body = next(
            (m for m in modifiers if m.dep_ == "compound" and m.lemma_.lower() in units), None
        )
        if body is None:
            return None
        start = modifiers[0].left_edge.idx
        end = body.idx + len(body)
        for mention in self.starting_in(start, end):
            if mention.entity and mention.span[1] == end:
                return mention.entity
        return self._group(token, last=body)

    def _reporting_owner(self, pronoun: Token) -> str | None:
        """The body a possessive pronoun in a reported clause stands for: the subject of
        the verb of saying that reports the clause, when that is a named body, country
        or armed force ("The ministry said its troops ...")."""
        clause = next((t for t in pronoun.ancestors if t.dep_ == "ccomp"), None)
        if clause is None or not self._reports(clause.head):
            return None
        reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if reporter is None or reporter.pos_ == "PRON":
            return None
        ident = self.resolve_doer(reporter)
        if ident is None:
            return None
        return (
            ident
            if self.kind(ident) in ("group", "organization") or self.is_country(ident)
            else None
        )

    def resolve_doer(self, token: Token) -> str | None:
        """Who a subject or "by" phrase names: an entity, else the people a plural noun
        names ("inmates attacked", "traders blocked the road")."""
        side = self.means_side(token) or self._force_owner(token)
        if side is not None:
            return side
        ident = self.resolve(token)
        if token.lemma_.lower() in self.lexicon.collective_nouns:
            # "Thousands of teachers marched": the teachers, named or not; "tens of
            # thousands of Greeks" are Greeks, people, not the state of Greece.
            counted = [
                self._group(owner) if self._people_of_country(owner) else self.resolve_doer(owner)
                for owner in of_objects(token)
            ]
            ident = next(filter(None, counted), ident)
        elif token.lemma_.lower() in argument_words().collective_victims:
            # "a team of foreign mercenaries": the body is told by the people it is made of,
            # not where it counts them ("a force of 20,000 men" is the force).
            made_of = [self.resolve_doer(o) for o in of_objects(token) if not _counted(o)]
            ident = next(filter(None, made_of), ident)
        elif ident is None and token.lemma_.lower() in argument_words().faction_nouns:
            # "a faction of the Abu Sayyaf raided the town hall": a part of a body acts
            # as the body, as its members do.
            bodies = [self.resolve(o) for o in of_objects(token)]
            ident = next(
                (b for b in bodies if b and self.kind(b) in ("organization", "group")), None
            )
        # "the Ukrainian Forces": a capitalised plural is still a plural common noun.
        plural = ident is None and token.tag_ in ("NNS", "NNPS") and token.pos_ in ("NOUN", "PROPN")
        plural = plural or (ident is None and self._opening_plural(token))
        if plural and token.lemma_.lower() not in self.lexicon.words:  # not "explosions"
            return self._group(token)
        # "an unidentified group attacked", "a mob torched": one body of people, unnamed.
        lemma = token.lemma_.lower()
        body = lemma in self.lexicon.collective_nouns or lemma in self.lexicon.organization_anaphors
        if ident is None and body and token.pos_ == "NOUN":
            return self._group(token)
        # "a gendarme shot a driver", "an assailant opened fire": one unnamed member of a
        # force or band acts for it; so does the band a modifier names ("a rebel attack",
        # which the tagger may take for an adjective).
        if ident is None and token.tag_ in ("NN", "JJ") and lemma in argument_words().doer_nouns:
            return self._group(token)
        # "a man opened fire", "a student stabbed two classmates": one unnamed person acts
        # as who they are.
        if ident is None and token.tag_ == "NN" and lemma in self.lexicon.person_nouns:
            return self._group(token, kind="person")
        # "a British brigade attacked", "the garrison surrendered": a unit acts as one body;
        # "a squadron of the Frontier Horse" is the named force's.
        # "an army court-martial convicted", "the municipal council banned": an unnamed
        # body that rules or judges acts as one.
        if ident is None and token.pos_ in ("NOUN", "PROPN") and self._is_institution(token):
            return self._group(token)
        if ident is None and token.pos_ in ("NOUN", "PROPN") and self._is_unit(token):
            return self._group(token)
        # "an air strike by the Saudi-led coalition": a body named by who leads it acts as
        # one, whatever its own word.
        if ident is None and token.pos_ in ("NOUN", "PROPN") and self.leader(token) is not None:
            return self._group(token)
        return ident

    def _opening_plural(self, token: Token) -> bool:
        """Is this a plural of armed men or people that opens its sentence, which the
        tagger took for a name ("Militiamen attacked", "Gendarmes arrested him")?

        Only its capital makes it look like a name: no entity was found there, and
        its singular ("militiaman", "gendarme") is a word for a kind of person.
        """
        if not token.is_sent_start or token.tag_ != "NNP" or token.ent_type_:
            return False
        lower = token.lower_
        singulars = {lower[:-1]} if lower.endswith("s") else set()
        if lower.endswith("men"):
            singulars.add(lower[:-3] + "man")
        words = argument_words()
        people = words.force_nouns | words.doer_nouns | self.lexicon.person_nouns
        return bool(singulars & (people | self.lexicon.member_nouns))

    def _people_of_country(self, token: Token) -> bool:
        """Is the word a people's plural name ("Greeks", "Kurds") linked to a country?"""
        if token.ent_type_ != "NORP" or token.tag_ not in ("NNPS", "NNS"):
            return False
        ident = self.resolve(token)
        return ident is not None and self.is_country(ident)

    def _force_owner(self, token: Token) -> str | None:
        """The side an armed body's "of" phrase names: "the armies of the First Crusade",
        "a squadron of the Frontier Horse", "the army of Napoleon", "the forces of France".

        A bare unit or force (``unit_nouns``, ``force_nouns``) fights for its owner,
        who is the doer a reader names; one its own words name ("the Ottoman army of
        Mehmed II") is itself who acts. A town's ("the garrison of Antioch") is where
        it stood, not whose it was.
        """
        words = argument_words()
        lemma = token.lemma_.lower()
        # "Fighters of the Rapid Support Forces": a capitalised plural the tagger took
        # for a name is still the plural of a force noun, when an "of" names whose.
        of_whom = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        forms = _noun_forms(token) if token.tag_ == "NNPS" and of_whom else {lemma}
        if token.pos_ not in ("NOUN", "PROPN") or not (
            forms & (words.unit_nouns | words.force_nouns)
        ):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            return None
        for owner in _served_bodies(token):
            named = self.resolve(owner) or self._named_body(owner)
            if named is None:
                continue
            if self.kind(named) in ("person", "organization", "group") or self.is_country(named):
                return named
        return None

    def resolve_people(self, token: Token) -> str | None:
        """The unnamed people a plural noun names ("50 peasants were kidnapped"), or None.

        Words for places ("the villages") and for events ("the explosions") are
        not people; what else a plural names is left to the reader of the record.
        """
        lemma = token.lemma_.lower()
        plural = token.tag_ == "NNS" and token.pos_ == "NOUN"
        if not plural or lemma in self.lexicon.words or lemma in self.lexicon.place_nouns:
            return None
        # "fired 120 mm shells": a unit of measure, tagged plural, counts no one.
        if lemma in self.lexicon.collective_nouns:
            # "arrested hundreds of suspects": the people counted, not the count.
            counted = (self.resolve(o) or self.resolve_people(o) for o in of_objects(token))
            found = next(filter(None, counted), None)
            # "fired on the crowds": with no "of" phrase, a word for a body of people
            # (``collective_victims``) names those people itself.
            if found is None and lemma in argument_words().collective_victims:
                return self._group(token)
            return found
        if token.ent_type_ in MEASURES or not token.is_alpha or len(token) <= 2:
            return None
        return self._group(token)

    def resolve_one(self, token: Token) -> str | None:
        """One unnamed person or body an act is done to: "shot dead a policeman", "the
        journalist was killed", "massacred its garrison", "ambushed a patrol".

        A singular noun names someone only when it is a word for a person
        (``person_nouns``, ``doer_nouns``, ``role_nouns``) or for a body of people (a
        unit, ``collective_victims``); "the attack" or "the road" is no one. A word
        for a building too ("garrison", "post") is left to :meth:`thing`, which
        violence hits as a site.
        """
        lemma = token.lemma_.lower()
        if not _singular_common_noun(token) or lemma in self.lexicon.facility_nouns:
            return None
        words = argument_words()
        people = self.lexicon.person_nouns | self.lexicon.role_nouns | words.doer_nouns
        if lemma in people:
            return self._group(token, kind="person")
        if self._is_unit(token) or lemma in words.collective_victims:
            return self._group(token)
        return None

    def named_side(self, token: Token) -> str | None:
        """The side a name in front of a participle stands for ("Egyptian-brokered",
        "Egyptian-mediated"): its entity, or, where the recogniser saw a people, a
        state or a body but no entity was linked, that name as an unnamed group."""
        ident = self.resolve(token)
        if ident is None and token.ent_type_ in ("NORP", "GPE", "ORG") and token.is_alpha:
            return self._group(token)
        return ident

    def someone(self, token: Token) -> str | None:
        """One unnamed person whose word no list holds ("a land surveyor", "a census
        taker"), for an act that is only ever done to people (``person_object_verbs``).

        The caller knows the act; here only the noun is checked: a singular common noun
        that names no event, place, building, thing hit or measure.
        """
        lemma = token.lemma_.lower()
        if not _singular_common_noun(token) or not token.is_alpha:
            return None
        if token.ent_type_ in MEASURES or lemma in argument_words().target_nouns:
            return None
        if lemma in argument_words().document_nouns:
            return None  # "a government report accused": a paper is no person
        lexicon = self.lexicon
        if (
            lemma in lexicon.words
            or lemma in lexicon.place_nouns
            or lemma in lexicon.facility_nouns
        ):
            return None
        return self._group(token, kind="person")

    def faction(self, token: Token) -> list[str]:
        """A part of a body that is blamed or named as one ("a breakaway wing of the old
        Vanu guerrillas", "a splinter cell of the Red Dawn movement"), and the body its
        "of" phrase names (``faction_nouns``): a reader takes either for who was meant."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in argument_words().faction_nouns:
            return []
        owners = (self.resolve(o) or self.resolve_doer(o) for o in of_objects(token))
        return [self._group(token), *filter(None, owners)]

    def gathering(self, token: Token) -> str | None:
        """The people of a gathering that violence or repression is done to ("opened fire
        on a student rally", "charged a meeting of reformers"), or None.

        The gathering (``gathering_nouns``) stands for those in it: the people its "of"
        phrase names where it has one, else the gathering named by its phrase.
        """
        if token.pos_ != "NOUN" or token.lemma_.lower() not in argument_words().gathering_nouns:
            return None
        named = (self.resolve(o) or self.resolve_people(o) for o in of_objects(token))
        return next(filter(None, named), None) or self._group(token)

    def resolve_fighters(self, token: Token) -> str | None:
        """The unnamed people a plural noun of people names as a side in a battle ("routed
        the peasants", "drove back the rebels"), or None.

        Only words for people (persons, roles, doers, forces, dwellers) count: a battle's
        other plural objects ("seized the weapons") are no side.
        """
        words = argument_words()
        people = (
            self.lexicon.person_nouns
            | self.lexicon.role_nouns
            | words.doer_nouns
            | words.force_nouns
            | words.dweller_nouns
            | words.serving_nouns
        )
        return self.resolve_people(token) if token.lemma_.lower() in people else None

    def members(self, token: Token) -> str | None:
        """The members or parts of a body that act or are acted on as one ("most of its
        branches left the congress", "a majority of its delegates walked out", "banned
        factions inside the party"): a plural common noun, as a group, whatever its word."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.ent_type_ in MEASURES:
            return None
        return self._group(token)

    def founded_body(self, token: Token) -> str | None:
        """The unnamed body a founding makes ("founded a rival confederation", "formed a
        new party"), as an organization (``body_nouns``)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in argument_words().body_nouns:
            return None
        return self._group(token, kind="organization")

    def document(self, token: Token) -> str | None:
        """The written finding that says an accusation ("a government report accused the
        army", "the inquiry blamed the guard"), as an entity that is no person
        (``document_nouns``)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in argument_words().document_nouns:
            return None
        return self._group(token, kind=UNNAMED_THING)

    def thing(self, token: Token) -> str | None:
        """The unnamed thing an attack hits ("seized the presidential palace", "shelled
        the airport", "ambushed an army patrol"), as an entity named by the phrase.

        Only nouns of ``target_nouns`` name one: an object such as "power" ("seized
        power") or "fire" ("opened fire") is no target.
        """
        if token.lemma_.lower() not in argument_words().target_nouns:
            return None
        # "set fire to a police precinct", the head noun tagged as an adjective of "police":
        # the thing is named from the modifier to the misread head.
        if misread_head_noun(token):
            return self._group(token.head, kind=UNNAMED_THING, last=token)
        if token.pos_ != "NOUN":
            return None
        return self._group(token, kind=UNNAMED_THING)

    def assaulted(self, token: Token) -> str | None:
        """The unnamed thing an assault's verb was done to, whatever its word ("besieged
        the mission compound", "stormed the stockade"), as :meth:`thing` names it.

        The caller knows the verb is one of assault; a word for an event ("won the
        battle"), a place noun or a measure is no thing assaulted.
        """
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or not token.is_alpha or token.ent_type_ in MEASURES:
            return None
        if lemma in self.lexicon.words or lemma in argument_words().fire_nouns:
            return None
        return self._group(token, kind=UNNAMED_THING)

    def _previous_doers(self, token: Token) -> str | None:
        """The body a sentence-opening "they" continues from the sentence before.

        "Soldiers came to the village. They beat the old men": a plural pronoun
        that is the subject of its sentence's main verb most often carries on
        the previous sentence's subject (centering), when that subject is a body
        of people ("soldiers", "a column of gendarmes", a named organization).
        A pronoun inside a reported or subordinate clause ("police said they
        fled") is left to the organization last named.
        """
        if token.lower_ not in argument_words().plural_pronouns or token.dep_ != "nsubj":
            return None
        if not self._tells_main_clause(token.head) or token.sent.start == 0:
            return None
        before = token.doc[token.sent.start - 1].sent
        # "The soldiers entered the town. Houses were burned. They then laid siege to the
        # castle": a sentence that tells only what was done, by no one it names, leaves the
        # centre where it was.
        for _ in range(argument_words().scene_reach - 1):
            if before.start == 0 or not _doerless(before):
                break
            before = token.doc[before.start - 1].sent
        root = before.root
        # "Police fired on the crowd, witnesses said. They beat ...": who reports an act
        # is not who goes on acting; the centre is the reported clause's subject.
        root = (
            next((c for c in root.children if c.dep_ == "ccomp"), root)
            if self._reports(root)
            else root
        )
        while True:
            subjects = [c for c in root.children if c.dep_ == "nsubj"]
            if subjects or root.dep_ != "conj" or root.head.i == root.i:
                break
            root = root.head
        # The main verb's subject first; then, as the parser may take a closing clause
        # for the main one ("The militiamen came ..., a day after the town fell"), the
        # sentence's other subjects in order. A pronoun there ("he was standing next
        # to my uncle") keeps the centre on someone already named: no guess then.
        others = [
            t
            for t in before
            if t.dep_ == "nsubj" and t not in subjects[:1] and not self._reports(t.head)
        ]
        for subject in [*subjects[:1], *others]:
            if subject.pos_ == "PRON":
                return None
            # "a column of Ottoman gendarmes": the counted or collected people.
            # "the Germans came back to our valley. They rounded up every man": a people's
            # name acts as the state it stands for.
            for candidate in [subject, *of_objects(subject)]:
                ident = self._body_of(candidate)
                if ident is not None:
                    return ident
        return None

    def _body_of(self, candidate: Token) -> str | None:
        """The body of people a previous subject names, for a "they" to carry on."""
        ident = self.resolve_doer(candidate)
        body = ident is not None and self.kind(ident) in ("group", "organization")
        return ident if body or self._people_of_country(candidate) else None

    def joined_doers(self, pronoun: Token) -> list[str]:
        """The other bodies a "they" carries on from the sentence before, where that
        sentence's subject joined several: "Fighters of the BIFF and a faction of the Abu
        Sayyaf raided the town hall. They held the staff hostage": both held them."""
        first = self._previous_doers(pronoun)
        if first is None:
            return []
        before = pronoun.doc[: pronoun.sent.start]
        subject = next(
            (
                t
                for t in reversed(before)
                if pronoun.idx - t.idx <= HEAD_WORD_REACH
                and t.dep_ == "nsubj"
                and self.resolve_doer(t) == first
            ),
            None,
        )
        if subject is None:
            return []
        joined = [self._body_of(c) for c in subject.conjuncts]
        return [ident for ident in joined if ident is not None and ident != first]

    def _home_place(self, token: Token) -> Token | None:
        """The place whose people a noun of dwellers names: "the people of Paris", "the
        inhabitants of Ghent" (``dweller_nouns``). "people" alone says nothing of whom;
        with their town they are a body a reader knows ("people of Paris")."""
        if token.lemma_.lower() not in argument_words().dweller_nouns:
            return None
        return next(
            (o for o in of_objects(token) if o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "LOC")),
            None,
        )

    def _reports(self, verb: Token) -> bool:
        """Is the verb one of saying or reporting ("said", "reported", "told")?"""
        return bool({verb.lemma_.lower(), verb.lower_} & self.lexicon.report)

    def _tells_main_clause(self, verb: Token) -> bool:
        """Is the verb its sentence's main act: the root, or a clause reported before the
        verb of saying that closes the sentence ("They burned the post, an officer said")?
        """
        if verb.dep_ == "ROOT":
            return True
        saying = verb.head
        return (
            verb.dep_ == "ccomp"
            and saying.dep_ == "ROOT"
            and verb.i < saying.i
            and self._reports(saying)
        )

    def _recent_salient(self, offset: int, reach: int = 400) -> str | None:
        """The main organization, if it was named just before (a pronoun's likeliest referent)."""
        if self.salient_organization is None:
            return None
        recent = any(
            m.entity == self.salient_organization and offset - reach <= m.span[0] < offset
            for m in self.mentions
        )
        return self.salient_organization if recent else None

    def force_word(self, token: Token) -> str:
        """The force a word inside a body's proper name stands for ("the Police Service of
        Northern Ireland said": the police), as an unnamed group: the recogniser may cut
        such a name short ("Police Service"), and an organization of that name reads as
        no force of the state's, whose acts (an arrest) are then misread."""
        return self._group(token)

    def _group(self, token: Token, kind: EntityKind = "group", last: Token | None = None) -> str:
        """An unnamed actor as an entity: a ``group`` ("Iranian forces", "security forces"),
        or a ``person`` known by office ("the interior minister"). ``last`` ends the name
        past the token where the parse misread the phrase's head (:func:`misread_head_noun`)."""
        words = [
            c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i >= token.i - 3
        ]
        # "Al Shabaab militants", "Saudi-led coalition warplanes", "heavily armed men": a
        # modifier's own words are part of the name (a determiner or number is not).
        first = words[0].left_edge if words else token
        # "the Islamic State-led militants": a name's first word may hang on the head
        # further off than the window lets a modifier be.
        while (
            first.i > 0
            and (before := first.doc[first.i - 1]).pos_ == "PROPN"
            and before.head.i == token.i
            and before.dep_ in ("amod", "compound", "nmod")
        ):
            first = before
        first = _misparsed_name_before(first)
        # "on 14 August 2022 fighters of the group": a date the parse hung on the noun
        # says when, and is no part of who.
        # "shot dead several protesters": a word of death or a vague count before them is
        # not their name; nor is the era of a year the parse hung on them ("in 70 CE
        # Roman legions"), nor a reporter's hedge ("suspected Maoist rebels"), nor the
        # stress of "his own officers".
        while first.i < token.i and (
            (first.dep_ in ("det", "nummod", "predet", "punct") and not _coded_name(first))
            or first.ent_type_ in CALENDAR_TYPES
            or first.lower_ in argument_words().death_complements
            or first.lower_ in argument_words().vague_quantities
            or first.lower_ in argument_words().era_words
            or first.lower_ in argument_words().hedge_words
            or first.lower_ in argument_words().emphasis_words
        ):
            first = first.doc[first.i + 1]
        # "the next morning gunmen abducted": a time of day the parse hung on the noun,
        # unlabelled, says when; the name starts after it.
        days = [
            t
            for t in token.doc[first.i : token.i]
            if t.lower_ in argument_words().day_words
            and (t.ent_type_ in CALENDAR_TYPES or (not t.ent_type_ and t.pos_ != "PROPN"))
        ]
        if days:
            first = token.doc[days[-1].i + 1]
        start = first.idx
        last = last or self._home_place(token) or token
        name = doc_text(token.doc)[start : last.idx + len(last)]
        ident = entity_id(name)
        if ident not in self.entities and ident not in self.added:
            self.added[ident] = Entity(id=ident, kind=kind, name=name, aliases=[name])
        return ident


def _doerless(sentence: Span) -> bool:
    """Does a sentence tell only what was done, with passive subjects and no active
    subject or "by" phrase naming who did it ("Houses were burned and the church was
    plundered")?"""
    deps = {t.dep_ for t in sentence}
    doers = any(t.lower_ == "by" and t.head.tag_ == "VBN" for t in sentence)
    return "nsubjpass" in deps and not deps & {"nsubj", "csubj"} and not doers


def misread_head_noun(token: Token) -> bool:
    """Is the token a phrase's head noun that the tagger took for an adjective of the
    noun just before it ("a police precinct", "precinct" an adjective of "police")?
    English puts an adjective before its noun, so one hung on the word in front of it,
    and naming a thing (``target_nouns``), is that phrase's head."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ == "amod"
        and token.head.i == token.i - 1
        and token.head.pos_ == "NOUN"
        and token.lemma_.lower() in argument_words().target_nouns
    )


def _noun_forms(token: Token) -> set[str]:
    """A noun's lemma, and the singular its plural suggests where the tagger took a
    capitalised plural for a name and kept it whole ("Jawans of the Assam Rifles")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    if lower.endswith("s") and len(lower) > 3:
        forms.add(lower[:-1])
    return forms


def _named_as_origin(name: Token) -> bool:
    """Is a name told only as where someone came from or was driven from ("a column
    sent from Cairo", "drove them from the village of Halfaya")?"""
    phrase = name
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
        phrase = phrase.head.head  # "the village of Halfaya": the village
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "from"


def _singular_common_noun(token: Token) -> bool:
    """Is the token a singular common noun, or one the tagger took for a name only for
    the capital that opens a headline or a coder's note ("Farmer killed in Selea",
    "Shepherd shot dead near Kutum"), where no entity was found?"""
    if token.pos_ == "NOUN" and token.tag_ == "NN":
        return True
    return bool(token.is_sent_start) and token.tag_ == "NNP" and not token.ent_type_


def _counted(token: Token) -> bool:
    """Does a number count the noun ("some 20,000 men", "500 soldiers")?"""
    return any(c.dep_ == "nummod" for c in token.children)


def _misparsed_name_before(first: Token) -> Token:
    """The first word of a body's name right in front of a noun's name that the parser
    hung elsewhere ("Sumbadede Mayi Mayi militiamen attacked", with "Mayi" read as an
    adverb of the verb): a name the recogniser marks as a body's, ending right before,
    is whose the people are."""
    doc = first.doc
    end = first.i - 1
    if end < 0 or doc[end].ent_type_ not in BODY_LABELS or doc[end].pos_ != "PROPN":
        return first
    if doc[end].head.i == first.i or doc[end].whitespace_ == "":
        return first
    start = end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start]


def _coded_name(token: Token) -> bool:
    """Is the word a name of letters and figures ("MS-13", "M-19", "17N") that the parser
    took for a number? In front of a noun it names whose the people are, not how many."""
    text = token.text
    return any(ch.isdigit() for ch in text) and any(ch.isupper() for ch in text)


def _count_of(token: Token) -> bool:
    """Is the noun what a number's "of" phrase counts ("thousands of Uzbeks", "hundreds
    of Greeks")? Such a number is a cardinal the tagger marks as one, a plural noun of
    a number ("thousands") or a vague quantity ("many of the Kurds")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    count = token.head.head
    numeric = count.ent_type_ == "CARDINAL" or count.tag_ == "CD"
    return numeric or count.lower_ in argument_words().vague_quantities


def of_objects(token: Token) -> list[Token]:
    return _pobjs(token, ("of",))


def _served_bodies(token: Token) -> list[Token]:
    """The "of" phrase that says whose a serving noun's people are, read across a pair
    the parser joined on the first noun: in "Gendarmes and soldiers of the Rapid
    Intervention Battalion" the phrase after "soldiers" is theirs; the gendarmes are a
    force of their own."""
    later = [c for c in token.conjuncts if c.i > token.i]
    own = [o for o in of_objects(token) if not later or o.i < later[0].i]
    if own or token.dep_ != "conj":
        return own
    return [o for o in of_objects(token.head) if o.i > token.i]


def behalf_objects(token: Token) -> list[Token]:
    """Whom a word says it acts for: "on behalf of the army" (``behalf_nouns``), on the
    token itself, on a participle that describes it ("a spokesman speaking on behalf of
    the army"), on a verb's object, where the parser may hang it ("claimed the attack
    on behalf of the group"), or in a relative clause that says so of the speaker, or
    the clause that clause reports ("a man who said he spoke on behalf of the Zetas")."""
    holders = [token, *(c for c in token.children if c.dep_ in ("acl", "dobj", "relcl"))]
    holders += [
        c
        for relative in token.children
        if relative.dep_ == "relcl"
        for c in relative.children
        if c.dep_ in ("ccomp", "xcomp")
    ]
    return [
        owner
        for holder in holders
        for behalf in _pobjs(holder, ("on", "in"))
        if behalf.lower_ in argument_words().behalf_nouns
        for owner in of_objects(behalf)
    ]


def _pobjs(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of ``prepositions``."""
    return [
        c
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in prepositions
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _main_clause_subject(token: Token, pronouns: frozenset[str]) -> Token | None:
    """ "Gunmen killed 12 villagers when they stormed the market": a pronoun subject of
    an adverbial clause stands for the main clause's subject, not for the organization
    last named (a wire dateline's "(Reuters)")."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].lower_ not in pronouns else None
