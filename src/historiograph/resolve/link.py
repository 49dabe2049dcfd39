"""Linking: from named spans in a Doc to the record's entities and mentions.

The order of evidence, strongest first, for each mention in text order:

1. a knowledge-base name (by transliteration key, honorifics such as
   "Ayatollah" dropped); when a name fits several KB entities, the one
   already in the document, the one the acronym in brackets after it names, the
   one whose kind fits the recogniser's label, or the one of the country the
   document's other KB names point to (else the mention stays ambiguous);
2. a bare surname or given name ("Rajavi") naming a person already in the
   document; with two such persons in scope the mention stays unlinked
   (``entity=None``) rather than guessed;
3. an acronym the document defines ("... of Iran (MKO, MEK)") or that spells
   the initials of an organization in the document;
4. a close spelling of a KB name (rapidfuzz, :data:`FUZZY_THRESHOLD`);
5. for places, the gazetteer (:mod:`historiograph.resolve.toponyms`);
6. otherwise a new entity whose id is derived from the name, so that the
   same unknown name in two documents links.

The mentions are the KB ruler's and the recogniser's names, corrected for
places first (:mod:`historiograph.resolve.cues`): the places of datelines and
of "R-Elbow Lake", places named inside organizations' names ("Butler County
Sheriff's Office"), proper nouns the recogniser left out but the words around
them mark as places ("in Glen Carbon"), and names it labelled a person or an
organization that the gazetteer and the words around them say are places
("Sioux Falls, S.D.", "in Evansville"). After the places are resolved, a name
labelled an organization or left unlabelled that spells a town next to the towns
the document places is that town (:func:`_neighbouring_towns`: "Ormoc and Baybay"
beside Tacloban).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from historiograph.extract.time.vocabulary import fold as calendar_fold
from historiograph.extract.time.vocabulary import load_vocabulary
from historiograph.nlp.entities import LABEL_KINDS, clean_surface, entity_id
from historiograph.nlp.views import doc_text, unlabelled_tokens
from historiograph.record import Entity, EntityKind, Geo, Mention
from historiograph.resolve import keys
from historiograph.resolve.cues import (
    LOCATIVE_POPULATION,
    appositive_place,
    compound_ending,
    compound_place,
    currency_countries,
    dateline_regions,
    datelines,
    demonym_place,
    feature_span,
    following_designator,
    force_name,
    in_named_region,
    is_landmark,
    list_gap,
    listed_regions,
    listed_towns,
    locative_before,
    named_place,
    named_places,
    nested_places,
    other_name_place,
    party_homes,
    people_of_company,
    possessed_site_end,
    possessive_town,
    preceding_designator,
    preposition_before,
    prominent,
    qualifier_chain,
    relative_position,
    settlement_after,
    settlement_before,
    shortened_place,
    site_in_town,
    site_of_before,
    size_for_word_after,
    static_locative_before,
    street_after,
    title_widened,
    town_cue,
    widened,
)
from historiograph.resolve.gazetteer import (
    Gazetteer,
    Place,
    default_gazetteer,
    lexicon_words,
    place_designators,
    regional_demonym,
    strip_designators,
)
from historiograph.resolve.kb import KBEntity, KnowledgeBase, default_kb
from historiograph.resolve.keys import is_acronym, skeleton, token_keys, translit_key
from historiograph.resolve.ruler import (
    RULER_KB_KEY,
    KBMatch,
    KBMatcher,
    connectives,
    inside_name,
)
from historiograph.resolve.toponyms import (
    AREA_FEATURES,
    Toponym,
    default_weights,
    haversine_km,
    lies_in_qualifier,
    resolve_toponyms,
)

# The same names and words are folded over and over while a document's mentions
# are resolved (tens of thousands of calls a batch); the fold of a string never
# changes, so it is computed once.
fold = lru_cache(maxsize=65536)(keys.fold)

# Minimum rapidfuzz ratio (0-100) between transliteration keys for a fuzzy KB
# link. Measured by ``benchmarks/resolve.py --fuzzy`` (each KB alias held out
# in turn; 1,701 CoNLL-2003 person/organization names the KB lacks): at 88,
# 24% of held-out aliases link to the right entity, 2% to a wrong one, and
# 0.4% of unrelated names link at all; at 80 the wrong and unrelated rates
# triple (6%, 3%). Most spelling variation is already folded by the key, so
# fuzzy matching only has to catch the rest, and precision matters more.
FUZZY_THRESHOLD = 88.0
_FUZZY_MIN_KEY = 6
# Fewest letters a key must gain at its start or end to count as a word added to a
# name rather than an ending ("Forces" for "Force").
_ADDED_WORD_MIN = 3

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# GeoNames' feature of a section of a populated place: a street or square of a town.
_SITE_FEATURE = "PPLX"
# Conjunctions that join two names even when capitalised ("Moscow And Kyiv").
_NAME_BREAKS = frozenset({"and", "or", "nor", "but"})
# A capitalised word with an apostrophe inside, not a possessive's "'s".
_APOSTROPHE_NAME = re.compile(r"[A-Z]\w*['’](?!s\b)\w+")
# Labels the recogniser often gives a place name ("Evansville" an ORG, "Alexandria" a PERSON).
_MISLABELLED = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Labels of names that may hold a place name ("Butler County Sheriff's Office").
_HOLDERS = frozenset({"ORG", "FAC", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"})
# A place this small is not what a capitalised word before "police" or "area" means
# unless the gazetteer says it is a town of some size ("Federal police").
_SMALL_TOWN = 1_000
# A city of millions: an old or foreign name of one is a place even where the
# recogniser labels it an organization ("Constantinople", "Bombay").
_METROPOLIS = 1_000_000
_REGION_LEVEL_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "CONT", "RGN"})
# The levels of a place that name its country: the country and its first-level regions.
_CONTAINER_FEATURES = frozenset({"PCLI", "ADM1"})
# A city this large keeps its reading beside a person who shares its name ("Jackson").
_NAMESAKE_CITY = 100_000
# How near a town the document places a mislabelled name's namesake must lie to be read
# as the town (:func:`_neighbouring_towns`): the towns a local story names around its own.
NEIGHBOUR_KM = 50.0
_QUALIFIER_GAP = re.compile(r",\s*")
_OF = re.compile(r",?\s+of\s+")
# A landmark in a town ("Liberty Square in Keltz"): the town is the place named.
_LANDMARK_IN = re.compile(r",?\s+(?:in|at|of)\s+(?:the\s+)?(?=[A-Z])")
_ACRONYM_LIST = re.compile(
    r"\s*\(\s*([A-Z][A-Za-z.\-]{1,9}(?:\s*[,/;]\s*[A-Z][A-Za-z.\-]{1,9})*)\s*\)"
)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    import yaml

    from historiograph.resolve.ruler import LEXICON

    return frozenset(yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["titles"])


def strip_titles(name: str) -> str:
    """Drop leading honorifics and offices: "Ayatollah Ali Sistani" -> "Ali Sistani"."""
    words = name.split()
    while len(words) > 1 and fold(words[0]) in _titles():
        words.pop(0)
    return " ".join(words)


@dataclass
class _Mention:
    """A mention being resolved: its span, what found it, and what it links to."""

    start: int
    end: int
    text: str
    label: str
    kb_ids: tuple[str, ...] = ()
    adjective: bool = False
    qualifier: str | None = None
    within: tuple[str, ...] = ()
    qualifier_at: int | None = None
    contained: bool = False
    qualifies: bool = False
    designator: str | None = None
    kb_place: Place | None = None
    entity: str | None = None
    ambiguous: bool = False
    place: Place | None = None
    town: bool = False
    lookup: str | None = None
    # A place that only another of its names matches, which the words around the
    # mention vouch for ("withdrew to Salamis"): a reading that needs no other support.
    vouched: Place | None = None

    @property
    def kind(self) -> EntityKind:
        return LABEL_KINDS.get(self.label, "other")


@dataclass
class _DocEntity:
    """An entity as it accumulates over the document."""

    id: str
    kind: EntityKind
    name: str
    kb: KBEntity | None = None
    geo: Geo | None = None
    ids: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)

    @cached_property
    def word_keys(self) -> frozenset[str]:
        """The keys of a person's name words, for a bare given name or surname.

        Cached: the name never changes, and every one-word mention of the
        document asks every entity in scope (most of resolution's time before).
        """
        if self.kind != "person":
            return frozenset()
        if self.kb is not None:
            return frozenset(self.kb.surname_keys())
        return frozenset(k for k in token_keys(self.name) if len(k) > 2)

    @cached_property
    def surname_keys(self) -> frozenset[str]:
        """The key of the last word of each of a person's names (cached as above)."""
        if self.kind != "person":
            return frozenset()
        names = self.kb.names() if self.kb is not None else [self.name]
        return frozenset(token_keys(strip_titles(n))[-1] for n in names if token_keys(n))


def _kb_matches(doc: Doc, kb: KnowledgeBase) -> list[KBMatch]:
    """The ruler's matches when it ran with this KB (read back from ``doc.ents``), else new ones."""
    if doc.user_data.get(RULER_KB_KEY) != id(kb):
        return KBMatcher(kb).matches(doc)
    return [
        KBMatch(e.start, e.end, (e.kb_id_,), e.label_, e.label_ == "NORP")
        for e in doc.ents
        if e.kb_id_ and e.kb_id_ in kb
    ]


def _spans(doc: Doc, kb: KnowledgeBase, gazetteer: Gazetteer) -> list[_Mention]:
    """KB matches first, then the recogniser's entities that do not overlap them, then
    the places the recogniser missed or hid inside other names (:mod:`.cues`)."""
    found: list[_Mention] = []
    taken: set[int] = set()
    longer = [(e.start, e.end) for e in doc.ents if e.label_ in LABEL_KINDS]
    for m in _kb_matches(doc, kb):
        if inside_name(doc, m) or any(
            s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in longer
        ):
            continue
        span = doc[m.start : m.end]
        taken.update(range(m.start, m.end))
        if m.adjective and _language_named(span):
            continue
        found.append(
            _Mention(span.start_char, span.end_char, span.text, m.label, m.entity_ids, m.adjective)
        )
    tagged = doc.has_annotation("POS")
    for ent in (part for e in doc.ents for part in _split_at_preposition(e, gazetteer)):
        if ent.label_ not in LABEL_KINDS or taken.intersection(range(ent.start, ent.end)):
            continue
        if (
            tagged
            and not any(t.pos_ == "PROPN" for t in ent)
            and not ent.text.isupper()
            and not _gazetteer_place_entity(ent, gazetteer)
            and not (ent.label_ == "NORP" and _regional_people(ent.text, gazetteer))
            and not _capitalised_after_locative(ent)
        ):
            # A common word, unless a place (or a word for a region's people:
            # "Bavarian troops", or capitalised words placed by a preposition: "at
            # Wounded Knee").
            continue
        if _occasion(ent) or _era_marker(ent) or _people_before_land(ent, gazetteer):
            continue
        span = _whole_words(ent)
        if taken.intersection(range(span.start, span.end)):
            continue
        start, end, text = clean_surface(span)
        text = _balanced(text)
        end = start + len(text)
        if fold(text):
            found.append(_Mention(start, end, text, "PERSON" if _office_named(ent) else ent.label_))
            kept = doc.char_span(start, end, alignment_mode="expand")
            taken.update(range(kept.start, kept.end) if kept is not None else ())
    text = doc_text(doc)
    found = _cue_places(text, found, gazetteer)
    if tagged:
        found += _unlabelled_places(doc, found, gazetteer)
        found += _unlabelled_persons(doc, found)
    _possessed_sites(text, found)
    _widen_places(text, found, gazetteer)
    # A name before the places nested in it, so that a lookup by offset finds the name.
    found.sort(key=lambda m: (m.start, -m.end))
    qualifiers: set[int] = set()
    for previous, mention in zip([None, *found], found, strict=False):
        _qualify(mention, text, gazetteer)
        mention.designator = following_designator(
            text, mention.start, mention.end
        ) or preceding_designator(text, mention.start)
        gap = text[previous.end : mention.start] if previous is not None else ""
        mention.qualifies = mention.start in qualifiers or (
            previous is not None and bool(_QUALIFIER_GAP.fullmatch(gap))
        )
        # "Formosa (Formosa)": the town in its province of the same name; the province
        # qualifies, but it is one name, which keeps one sense in the document.
        if (
            mention.contained
            and mention.qualifier_at is not None
            and translit_key(mention.qualifier or "") != translit_key(mention.text)
        ):
            qualifiers.add(mention.qualifier_at)
    return found


def _capitalised_after_locative(ent: Span) -> bool:
    """Whether a place the recogniser labelled is capitalised words, none opening the
    sentence, after a locative preposition ("at Wounded Knee", "on Sand Creek"): a
    landform's or a site's name the gazetteer lacks, though its words are common
    ones the tagger reads as such."""
    return (
        ent.label_ in _PLACE_LABELS
        and not ent[0].is_sent_start
        and all(token.is_title for token in ent)
        and preposition_before(doc_text(ent.doc), ent.start_char)
    )


def _language_named(span: Span) -> bool:
    """Whether a people's word names their language, not their country: before a noun
    of ``language_nouns`` ("the Armenian language"), the subject of a clause with one
    ("made Ukrainian the official language"), or a bare singular noun that ends its
    phrase as an object or after "in" ("defend Georgian as", "schooling in Kurdish").
    No place is mentioned; a person ("a Georgian was arrested") has an article, the
    people ("Georgians") a plural, and "the number of Georgian dead" a noun after."""
    if len(span) != 1:
        return False
    word = span[0]
    nouns = lexicon_words("language_nouns")
    if word.head.lemma_ in nouns and word.dep_ in {"amod", "compound", "nsubj"}:
        return True
    after = span.doc[word.i + 1] if word.i + 1 < len(span.doc) else None
    return (
        (word.dep_ == "dobj" or (word.dep_ == "pobj" and word.head.lower_ in {"in", "into"}))
        and word.tag_ == "NNP"
        and not any(child.dep_ in {"det", "poss", "amod"} for child in word.children)
        and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"})
    )


def _people_before_land(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a one-word place of the recogniser is a people's adjective before the
    land it claims ("a separate Tamil state"): a word the gazetteer lacks, before a noun
    of ``people_land_nouns``; no entity, as "Kurdish" in "a Kurdish region" is none. A
    named place keeps its reading ("Texas state troopers")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        ent.label_ == "GPE"
        and len(ent) == 1
        and after is not None
        and after.is_lower
        and after.text in lexicon_words("people_land_nouns")
        and not gazetteer.lookup(ent.text)
    )


def _gazetteer_place_entity(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether the recogniser's place is a capitalised name the gazetteer holds as a
    place's own name that the tagger did not call a proper noun: a common noun or a
    full stop to it ("Cochabamba and Sucre", "Ga."), or an adjective before a region
    designator ("in Beni territory"), which the place label, the designator and the
    gazetteer overrule; an adjective without one ("the Olympic organizers") stays no
    place. So too a name the recogniser calls an organization or a person after a
    locative word ("deployed to Bawku, and") or as the object of a verb that takes a
    territory ("Soldiers shelled Homs", tagged a plural noun), where the gazetteer holds
    a town of ``LOCATIVE_POPULATION`` by that name: relabelling
    (:func:`_relabel_places`) decides."""
    text = doc_text(ent.doc)
    if ent.label_ in _MISLABELLED and ent.text[:1].isupper() and not ent[0].is_sent_start:
        place = named_place(gazetteer, ent.text)
        return (
            place is not None
            and prominent(place, LOCATIVE_POPULATION)
            and (
                locative_before(text, ent.start_char)
                or _territory_object_at(ent.doc, ent.start_char, ent.end_char)
            )
        )
    return (
        ent.label_ in _PLACE_LABELS
        and ent.text[:1].isupper()
        and (
            not any(t.pos_ == "ADJ" for t in ent)
            or following_designator(text, ent.start_char, ent.end_char) is not None
        )
        and named_place(gazetteer, ent.text) is not None
    )


def _balanced(name: str) -> str:
    """A recognised name cut before a bracket it does not close and before a paragraph
    break: "Goma (Goma" of "Goma (Goma, Nord-Kivu)" is "Goma", whose qualifier is in
    the bracket, and a headline's name does not run on into the next paragraph."""
    name = name.split("\n\n")[0]
    depth: list[int] = []
    for i, char in enumerate(name):
        if char in "([":
            depth.append(i)
        elif char in ")]" and depth:
            depth.pop()
    if depth:
        name = name[: depth[0]]
    return name.rstrip(" \t\n,;:-")


def _cue_places(text: str, found: list[_Mention], gazetteer: Gazetteer) -> list[_Mention]:
    """Add the places of datelines and of party-home-town compounds (in place of
    what the recogniser made of them, unless the KB named it), and the places
    named inside organizations' and facilities' names, beside those names."""
    filed = [(start, end, True) for start, end in datelines(text, gazetteer)]
    regions = [(start, end, False) for start, end in dateline_regions(text, gazetteer)]
    homes = [(start, end, False) for start, end in party_homes(text, gazetteer)]
    for start, end, town in [*filed, *regions, *homes]:
        overlapping = [m for m in found if m.start < end and start < m.end]
        if any(m.kb_ids for m in overlapping):
            continue
        found = [m for m in found if not (m.start < end and start < m.end)]
        # A dateline names the town the story was filed from ("WASHINGTON --" is the
        # capital, not the state); a party prefix a town or a county ("D-Hardy").
        found.append(_Mention(start, end, text[start:end], "GPE", town=town))
    placed = frozenset(fold(m.text) for m in found if m.label in _PLACE_LABELS)
    for mention in list(found):
        holds = mention.label in _HOLDERS or (
            mention.label in _PLACE_LABELS and not gazetteer.lookup(mention.text)
        )
        if holds and not mention.kb_ids:
            found += [
                _Mention(mention.start + s, mention.start + e, mention.text[s:e], "GPE")
                for s, e in nested_places(
                    mention.text,
                    gazetteer,
                    placed,
                    organization=mention.label != "PERSON",
                    region=mention.label in _PLACE_LABELS,
                )
            ]
    return found


_POSSESSOR = re.compile(r"(\w)[’']s\s")


def _possessed_sites(text: str, found: list[_Mention]) -> None:
    """Widen a name the recogniser or the KB cut at a possessive over the site it owns
    (:func:`.cues.possessed_site_end`): "Dawson" and "Field" of "Dawson's Field" are
    one site, not a town in Minnesota and a field; the owner's mention becomes the
    site's, and the words after it the recogniser labelled apart go."""
    for mention in list(found):
        if mention.label not in _PLACE_LABELS | _HOLDERS or mention not in found:
            continue
        # The possessive may lie inside the name ("Bunker's Hill" labelled whole).
        owner = _POSSESSOR.search(mention.text)
        end = possessed_site_end(
            text, mention.start + owner.end(1) if owner is not None else mention.end
        )
        if end is None or end < mention.end:
            continue
        others = [o for o in found if o is not mention and o.start < end and mention.end <= o.end]
        if any(o.start < mention.end or end < o.end for o in others):
            continue
        for other in others:
            found.remove(other)
        mention.end, mention.text = end, text[mention.start : end]
        mention.label, mention.kb_ids, mention.adjective = "FAC", (), False


def _widen_places(text: str, found: list[_Mention], gazetteer: Gazetteer) -> None:
    """Widen a place or group name the recogniser or the KB cut short over the
    capitalised words around it that make a longer place name: "Indian" to
    "Indian Ocean", "America" to "South America" (:func:`.cues.widened`). A place
    the recogniser split in two ("Baja" and "California") becomes the one name."""
    for mention in list(found):
        if mention.label not in _PLACE_LABELS | {"NORP"} or mention not in found:
            continue
        group = mention.label == "NORP" or mention.adjective
        span = widened(text, mention.start, mention.end, gazetteer, group=group)
        if span is None:
            continue
        others = [o for o in found if o is not mention and o.start < span[1] and span[0] < o.end]
        if any(
            o.label not in _PLACE_LABELS or o.start < span[0] or span[1] < o.end for o in others
        ):
            continue
        for other in others:
            found.remove(other)
        mention.start, mention.end = span
        mention.text = text[span[0] : span[1]]
        mention.label, mention.kb_ids, mention.adjective = "LOC", (), False


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Every word the temporal tagger reads as a month, a weekday, a holiday or a season
    (its own vocabulary, so the two never disagree on what a date is)."""
    vocabulary = load_vocabulary()
    names = [
        *vocabulary.months,
        *vocabulary.month_abbreviations,
        *vocabulary.weekdays,
        *vocabulary.holidays,
        *vocabulary.seasons,
        *vocabulary.persian_months,
        *vocabulary.hijri_months,
    ]
    return frozenset(word for name in names for word in calendar_fold(name).split())


def _run_into_date(token: Token) -> bool:
    """Whether the recogniser ran a proper noun into a date, or took it for one:
    "Montevideo" in "the winter of 1843 Montevideo", a number before it in the one
    date; "Tzaneen" in "collapsed in Tzaneen on Friday", a date of proper nouns alone
    that name no month, weekday, holiday or season."""
    doc, i = token.doc, token.i
    if token.ent_type_ != "DATE":
        return False
    date = next(e for e in doc.ents if e.start <= i < e.end)
    if all(t.pos_ == "PROPN" and not t.like_num for t in date) and not any(
        calendar_fold(t.text) in _calendar_words() for t in date
    ):
        return True
    while doc[i].ent_iob_ == "I":
        i -= 1
        if doc[i].like_num:
            return True
    return False


def _unlabelled_places(doc: Doc, found: list[_Mention], gazetteer: Gazetteer) -> list[_Mention]:
    """Proper nouns the recogniser left unlabelled that name a place where the words
    around them say so: "in Glen Carbon", "Laconia police", "Litchfield, Winsted and
    Torrington", "Michael Sweeney of Hayward", a country's capital by its own name
    ("By March 1843 Montevideo was under siege", even run into the date); and, where
    the gazetteer lacks the name, a locative word before it and a region after it
    ("near Shyrokyne, Donetsk").
    Only in a tagged Doc: without parts of speech every capitalised word would be a
    candidate."""
    text = doc_text(doc)
    covered = {i for m in found for i in range(m.start, m.end)}
    places = [m for m in found if m.label in _PLACE_LABELS]
    persons = [m for m in found if m.label == "PERSON"]
    added: list[_Mention] = []

    def candidate(token: Token) -> bool:
        # A capitalised first word is often tagged a common noun ("Carthage Police Chief"),
        # and so is a name the tagger does not know after "in" ("arrested in Thohoyandou").
        return (
            (
                token.pos_ == "PROPN"
                or (
                    token.pos_ == "NOUN"
                    and (bool(token.is_sent_start) or locative_before(text, token.idx))
                )
            )
            and (token.is_title or token.is_upper)
            and (not token.ent_type_ or _run_into_date(token))
            and token.idx not in covered
        )

    def cued(start: int, end: int) -> bool:
        place = named_place(gazetteer, text[start:end])
        if (
            place is None
            and (static_locative_before(text, start, end) or settlement_before(text, start))
            and other_name_place(gazetteer, text[start:end], LOCATIVE_POPULATION) is not None
        ):
            # "near Pharsalus": a historic name of a town (Farsala) where words place it.
            return True
        if place is None:
            located = locative_before(text, start) or settlement_before(text, start)
            # "After Constantinople fell": an old name of a city of millions is that city.
            metropolis = other_name_place(gazetteer, text[start:end], _METROPOLIS)
            if metropolis is not None and metropolis.feature not in _REGION_LEVEL_FEATURES:
                return True
            # "in Let Yet Kone village", "near Shyrokyne, Donetsk": a village the
            # gazetteer lacks, which the words call one.
            return settlement_before(text, start) or (
                located and (in_named_region(text, end, gazetteer) or settlement_after(text, end))
            )
        if street_after(text, start, end):
            return False
        size = size_for_word_after(text, end)
        if size is not None and not text[end + 1 : end + 2].isupper():
            size = max(size, _SMALL_TOWN)  # "Laconia police", not "Cookville Volunteer Fire"
        return (
            (locative_before(text, start) and prominent(place, LOCATIVE_POPULATION))
            or settlement_before(text, start)
            or (size is not None and prominent(place, size))
            or possessive_town(gazetteer, text, start, end)
            or any(list_gap(text[m.end : start]) or list_gap(text[end : m.start]) for m in places)
            or any(_OF.fullmatch(text[m.end : start]) is not None for m in persons)
            or (compound_ending(text, end) and prominent(place, LOCATIVE_POPULATION))
            or _lies_in_named_container(text, start, end, gazetteer)
            or (_territory_object_at(doc, start, end) and prominent(place, LOCATIVE_POPULATION))
            or any(
                p.feature == "PPLC" for p in named_places(gazetteer, text[start:end], exact=True)
            )
        )

    runs: list[list[Token]] = []
    dated = [t for e in doc.ents if e.label_ == "DATE" for t in e if _run_into_date(t)]
    for token in sorted(unlabelled_tokens(doc, ("PROPN", "NOUN")) + dated, key=lambda t: t.i):
        if not candidate(token):
            continue
        if runs and _continues_name(doc, runs[-1], token) and len(runs[-1]) < 4:
            runs[-1].extend(doc[runs[-1][-1].i + 1 : token.i + 1])
        else:
            runs.append([token])
    for run in runs:
        before = doc[run[0].i - 1] if run[0].i > 0 else None
        if before is not None and before.ent_type_ and before.is_title and before.whitespace_:
            # The rest of a name the recogniser cut short ("Grove" of "a Meadow Grove
            # man", "Meadow" labelled apart): no place of its own.
            continue
        for n in range(len(run), 0, -1):
            start, end = run[0].idx, run[n - 1].idx + len(run[n - 1])
            if n == len(run):
                end = _hyphened_tail_end(text, end)
            feature = feature_span(text, start, end, gazetteer)
            if feature is not None:
                added.append(_Mention(*feature, text[feature[0] : feature[1]], "LOC"))
                break
            if n < len(run) and _head_of_unknown_name(text, start, end, run[-1], gazetteer):
                break
            if cued(start, end):
                added.append(_Mention(start, end, text[start:end], "GPE"))
                break
    return added


_HYPHENED_TAIL = re.compile(r"(?:-([a-z]+))+-[A-Z]\w*")


def _hyphened_tail_end(text: str, end: int) -> int:
    """The end of a name that goes on past ``end`` over a hyphened particle and a
    capitalised word ("Oradour" of "Oradour-sur-Glane", "Stratford-upon-Avon";
    ``name_tails`` in the lexicon), which the tagger reads as common nouns; ``end``
    itself where none follows ("Kabul-based")."""
    tail = _HYPHENED_TAIL.match(text, end)
    if tail is None or tail.group(1) not in lexicon_words("name_tails"):
        return end
    return tail.end()


def _continues_name(doc: Doc, run: list[Token], token: Token) -> bool:
    """Whether ``token`` goes on with the capitalised ``run`` before it: right after it,
    or after one capitalised word the tagger read as a function word ("Let Yet Kone",
    a Burmese village, whose "Yet" is tagged a conjunction); not over a conjunction
    proper ("Moscow And Kyiv"), an article ("An Albany man") nor into a new sentence."""
    if token.is_sent_start:
        return False
    gap = doc[run[-1].i + 1 : token.i]
    return not gap or (
        len(gap) == 1
        and gap[0].is_title
        and not gap[0].is_sent_start
        and gap[0].lower_ not in _NAME_BREAKS | lexicon_words("function_words")
        and not gap[0].ent_type_
        and run[-1].whitespace_ != ""
    )


def _head_of_unknown_name(
    text: str, start: int, end: int, last: Token, gazetteer: Gazetteer
) -> bool:
    """Whether the first words of a run of capitalised words after a locative word are
    only the head of a place name the gazetteer lacks: "from Rab Dhuure" is no mention
    of Rab, the Croatian island. Not where the words after them are a place of their
    own ("in Paris France"), a date or a word of an organisation ("Laconia Police")."""
    rest = text[end : last.idx + len(last)].strip()
    return (
        locative_before(text, start)
        and size_for_word_after(text, end) is None
        and named_place(gazetteer, rest) is None
        and not any(calendar_fold(word) in _calendar_words() for word in rest.split())
    )


def _lies_in_named_container(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name after a place name, set off by a comma or a bracket or after
    "in", names where a reading of it lies ("Orbost in East Gippsland", "Matnog,
    Sorsogon"): the writer places the name, so it is a place though unlabelled."""
    chain = qualifier_chain(text, end, gazetteer)
    return bool(chain) and lies_in_qualifier(
        gazetteer, chain[0][1], gazetteer.lookup(text[start:end])
    )


def _era_marker(ent: Span) -> bool:
    """Whether the name is an era marker of a year ("480 BC", "AD 711", "the fifth
    century BCE"), which the recogniser often labels an organization: a word of a date,
    no entity. Only next to a number or a century: "northern B.C." is British Columbia."""
    if fold(ent.text) not in lexicon_words("era_markers"):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return any(
        t is not None and (t.like_num or t.lower_ in lexicon_words("era_units"))
        for t in (before, after)
    )


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _regnal(words: list[str]) -> bool:
    """Whether a name is a ruler's with a Roman numeral ("Menelik II", "Ptolemy XIII"),
    not a numbered thing ("World War II", "Apollo XI": ``numbered_non_persons``). "I"
    alone is left out: after a name it is as often the pronoun."""
    if len(words) < 2 or words[-1] in {"I", ""} or not _ROMAN.fullmatch(words[-1]):
        return False
    others = lexicon_words("numbered_non_persons")
    return all(w.istitle() and fold(w) not in others for w in words[:-1])


def _unlabelled_persons(doc: Doc, found: list[_Mention]) -> list[_Mention]:
    """Proper nouns the recogniser left unlabelled that name a person: a ruler's name
    with a Roman numeral ("Mehmed II brought his army"), and one word of a person the
    document names in full ("Townshend withdrew" after "Charles Townshend"), as
    writers call people after their first mention. Only a name that stands alone: a
    word of a longer name ("the Ernie Reyes' school") or after an article ("the Miss
    Ohio title") is not a person's name by itself."""
    covered = {i for m in found for i in range(m.start, m.end)}
    titles = _titles()
    words: set[str] = set()
    for m in found:
        parts = strip_titles(m.text).split() if m.label == "PERSON" else []
        if len(parts) > 1 and not _regnal(parts):
            words.update(p for p in (parts[0], parts[-1]) if fold(p) not in titles)
    added: list[_Mention] = []
    for token in unlabelled_tokens(doc, ("PROPN",)):
        if token.ent_type_ or token.idx in covered or token.pos_ != "PROPN":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (before.lower_ in {"the", "a", "an"} or before.pos_ == "PROPN"):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            after is not None
            and not after.ent_type_
            and token.whitespace_
            and _regnal([token.text, after.text])
        ):
            end = after.idx + len(after)
        elif (
            token.text in words
            and token.is_title
            and not (after is not None and (after.is_title or after.text in {"'", "’"}))
        ):
            end = token.idx + len(token)
        else:
            continue
        added.append(_Mention(token.idx, end, doc_text(doc)[token.idx : end], "PERSON"))
        covered.update(range(token.idx, end))
    return added


def _split_at_preposition(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """A place name the recogniser ran on over a preposition into the next name ("Norman
    to D.C"), as the names on either side of it. A name the gazetteer holds whole keeps
    its preposition ("Stoke on Trent"), and a name labelled other than a place keeps
    it too (a work's title: "Journey to the West"). A person's, organization's, work's,
    product's or event's name that runs two towns together is split at its "and"
    (:func:`_split_listed_places`): the recogniser calls "from Selma and Montgomery" any
    of these."""
    if ent.label_ in _MISLABELLED - {"NORP"}:
        return _split_listed_places(ent, gazetteer)
    if ent.label_ not in _PLACE_LABELS or gazetteer.lookup(ent.text):
        return [ent]
    cuts = [
        t.i for t in ent[1:-1] if t.is_lower and t.lower_ in lexicon_words("locative_prepositions")
    ]
    if not cuts:
        return [ent]
    bounds = [ent.start - 1, *cuts, ent.end]
    doc = ent.doc
    return [
        Span(doc, a + 1, b, label=ent.label_)
        for a, b in pairwise(bounds)
        if b > a + 1 and (doc[a + 1].is_title or doc[a + 1].is_upper)
    ]


def _split_listed_places(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """Two towns the recogniser ran together into one organization or person ("from
    Muscle Shoals and Sheffield", an ORG), as the two places: a locative word before
    the name, one "and" or "or" inside it, and on each side the own name of a town of
    ``LOCATIVE_POPULATION`` or a region. A firm named for two people ("from Marks and
    Spencer") seldom has a town of that size on both sides (Marks is a village)."""
    doc = ent.doc
    joins = [t.i for t in ent[1:-1] if t.lower_ in {"and", "or"}]
    if len(joins) != 1 or not locative_before(doc_text(doc), ent.start_char):
        return [ent]
    parts = [doc[ent.start : joins[0]], doc[joins[0] + 1 : ent.end]]
    for part in parts:
        place = named_place(gazetteer, part.text, exact=True)
        if not (part[0].is_title and place and prominent(place, LOCATIVE_POPULATION)):
            return [ent]
    return [Span(doc, part.start, part.end, label="GPE") for part in parts]


def _whole_words(span: Span) -> Span:
    """Widen a span that cuts a hyphenated word ("Qasr" of "Qasr-e-Shirin", though the
    recogniser found "Shirin" apart) or a name before its particle ("Siraj
    ud-Daulah"), but not over another name the recogniser found where no particle
    joins them: "Egyptian-US relations" names two."""
    doc = span.doc

    def widen(apart: bool) -> tuple[int, int]:
        def joined(token: Token) -> bool:
            other = token.ent_iob_ in {"B", "I"} and not span.start <= token.i < span.end
            return (token.is_alpha or token.text == "-") and not (apart and other)

        start, end = span.start, span.end
        while (
            start > 0
            and not doc[start - 1].whitespace_
            and joined(doc[start - 1])
            and joined(doc[start])
        ):
            start -= 1
        while (
            end < len(doc)
            and not doc[end - 1].whitespace_
            and joined(doc[end])
            and joined(doc[end - 1])
        ):
            end += 1
        return start, end

    start, end = widen(apart=False)
    if not any(t.is_lower and t.is_alpha for t in doc[start:end]):
        start, end = widen(apart=True)
    # "Siraj ud-Daulah", "Ras al-Ain": an Arabic or Persian particle joined to the next
    # word by a hyphen continues the name the recogniser cut before it.
    while (
        end + 2 < len(doc)
        and doc[end - 1].is_title
        and doc[end - 1].whitespace_
        and doc[end].lower_ in lexicon_words("name_particles")
        and not doc[end].whitespace_
        and doc[end + 1].text == "-"
        and not doc[end + 1].whitespace_
        and doc[end + 2].is_title
        and not doc[end + 2].ent_type_
    ):
        end += 3
    # "Bartholomew Ulufa'alu", "Seamus O'Neill": a surname with an apostrophe inside (a
    # glottal stop, an Irish "O'") that the recogniser left out of the person's name.
    while (
        span.label_ == "PERSON"
        and end < len(doc)
        and doc[end - 1].is_title
        and doc[end - 1].whitespace_
        and not doc[end].ent_type_
        and _APOSTROPHE_NAME.fullmatch(doc[end].text)
    ):
        end += 1
    # "Hamas-led", "Russian-backed", "anti-Hamas": a participle after the name or a
    # prefix before it modifies the name and is no part of it, so that the name links
    # as itself. Place compounds ("UK-based") keep their ending for the place cue.
    while end - start > 2 and doc[end - 2].text == "-" and _modifier_ending(doc[end - 1]):
        end -= 2
    while (
        end - start > 2
        and doc[start + 1].text == "-"
        and doc[start].lower_ in lexicon_words("name_prefixes")
    ):
        start += 2
    while end > start + 1 and doc[end - 1].text == "-":
        end -= 1
    while end > start + 1 and doc[start].text == "-":
        start += 1
    return doc[start:end]


def _occasion(ent: Span) -> bool:
    """Whether a name the recogniser took for a place or an organization is a day
    ("St. Patrick's Day", "Independence Day", "Christmas Eve"): OntoNotes labels those
    dates, and the saint or the country in them is no place mentioned."""
    return (
        ent.label_ in {"GPE", "LOC", "FAC", "ORG"}
        and len(ent) > 1
        and ent[-1].text in lexicon_words("occasion_heads")
    )


def _office_named(ent: Span) -> bool:
    """Whether a one-word place of the recogniser is an office after "the" ("The Sultan
    fled", "the Emir arrived"): a title of ``titles`` that a determiner makes a name for
    its holder, a person, not the town of that name (Sultan, Washington), which no
    writer calls "the Sultan"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        ent.label_ in _PLACE_LABELS
        and len(ent) == 1
        and before is not None
        and before.lower_ in lexicon_words("function_words")
        and fold(ent.text) in _titles()
    )


def _modifier_ending(token: Token) -> bool:
    """Whether a word after a hyphen is a participle that makes the compound a modifier
    ("-led", "-backed", "-controlled"), rather than the end of a hyphenated name."""
    return (
        token.is_lower
        and token.tag_ in {"VBN", "VBD"}
        and fold(token.text) not in lexicon_words("place_compound_suffixes")
    )


def _qualify(mention: _Mention, text: str, gazetteer: Gazetteer) -> None:
    """Set the names the text gives after the mention for where it lies
    (:func:`.cues.qualifier_chain`): "Alexandria, Louisiana", "Badah town (Larkana, Sindh)"."""
    chain = qualifier_chain(text, mention.end, gazetteer)
    if chain and chain[0][2]:
        at, qualifier = chain[0][:2]
        if listed_regions(text, mention.text, at, qualifier, gazetteer) or listed_towns(
            text, mention.text, at, qualifier, gazetteer
        ):
            return
    if chain:
        mention.qualifier_at, mention.qualifier, mention.contained = chain[0]
        mention.within = tuple(name for _, name, _ in chain[1:])


class _Linker:
    """Resolves the mentions of one document in order, keeping what is in scope."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.entities: dict[str, _DocEntity] = {}
        self.acronyms: dict[str, str] = {}
        # Countries of the document's unambiguous KB names, for a name several share.
        self.countries: Counter[str] = Counter()

    # -- entities -------------------------------------------------------------
    def _from_kb(self, entry: KBEntity) -> _DocEntity:
        entity = self.entities.get(entry.id)
        if entity is None:
            geo = entry.geo
            if geo is None and entry.ids.get("geonames"):
                place = self.gazetteer.get(int(entry.ids["geonames"]))
                geo = place.to_geo() if place else None
            name = self._display_name(entry, geo)
            entity = _DocEntity(entry.id, entry.kind, name, entry, geo, dict(entry.ids))
            self.entities[entry.id] = entity
        return entity

    def _display_name(self, entry: KBEntity, geo: Geo | None) -> str:
        """The name an entity is shown by: the KB's, but for a place the KB lists only by
        the short form texts write ("L.A."), which the gazetteer's own name for the same
        GeoNames id spells out ("Los Angeles"). The KB cannot hold the full name as a
        name of its own, which would match inside others ("Los Angeles Times")."""
        if entry.kind != "place" or not is_acronym(entry.name) or geo is None:
            return entry.name
        place = self.gazetteer.get(geo.geonames_id) if geo.geonames_id else None
        return place.name if place is not None else entry.name

    def _new(self, ident: str, kind: EntityKind, name: str) -> _DocEntity:
        entity = self.entities.get(ident)
        if entity is None:
            entity = self.entities[ident] = _DocEntity(ident, kind, name)
        return entity

    # -- evidence -------------------------------------------------------------
    def _choose_kb(self, doc: Doc, mention: _Mention, ids: Iterable[str]) -> KBEntity | None:
        """The KB entity a name fitting several stands for: the one already in the
        document, the one the acronym written after it names ("National Liberation
        Army (ELN)"), the one whose kind fits the recogniser's label, or the one of the
        country the document's other KB names point to most; else none (ambiguous)."""
        entries = [e for e in (self.kb.get(i) for i in dict.fromkeys(ids)) if e is not None]
        choices: list[Callable[[list[KBEntity]], list[KBEntity]]] = [
            lambda found: [e for e in found if e.id in self.entities],
            lambda found: self._by_acronym_after(doc, mention, found),
            lambda found: [e for e in found if e.kind == mention.kind],
            self._by_country,
        ]
        for choose in choices:
            if len(entries) <= 1:
                break
            chosen = choose(entries)
            entries = chosen if len(chosen) == 1 else entries
        if len(entries) > 1:
            mention.ambiguous = True
            return None
        return entries[0] if entries else None

    def _by_acronym_after(
        self, doc: Doc, mention: _Mention, entries: list[KBEntity]
    ) -> list[KBEntity]:
        """The entries one of whose names is the acronym in brackets after the mention."""
        match = _ACRONYM_LIST.match(doc_text(doc)[mention.end : mention.end + 60])
        if match is None:
            return []
        letters = {a.replace(".", "") for a in re.split(r"\s*[,/;]\s*", match.group(1))}
        return [e for e in entries if letters & {n.replace(".", "") for n in e.names()}]

    def _by_country(self, entries: list[KBEntity]) -> list[KBEntity]:
        """The entries of the country the document's KB names point to most, if one."""
        weights = {e.id: self.countries.get(_kb_country(e) or "", 0) for e in entries}
        top = max(weights.values(), default=0)
        return [e for e in entries if top and weights[e.id] == top]

    def _kb_lookup(self, text: str) -> list[str]:
        keys = dict.fromkeys([translit_key(text), translit_key(strip_titles(text))])
        hits = [(i, form) for k in keys for i, form in self.kb.index.get(k, [])]
        return [i for i, form in hits if self.kb.spelled_as(i, form, text)]

    def _persons_named(self, mention: _Mention) -> list[_DocEntity]:
        words = fold(strip_titles(mention.text)).split()
        if len(words) != 1 or mention.label not in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
            return []
        key = skeleton(words[0])
        by_surname = [e for e in self.entities.values() if key in e.surname_keys]
        if by_surname or mention.label != "PERSON":
            return by_surname
        return [e for e in self.entities.values() if key in e.word_keys]

    def _acronym(self, text: str) -> str | None:
        letters = text.replace(".", "")
        if not is_acronym(text):
            return None
        if letters in self.acronyms:
            return self.acronyms[letters]
        stop = connectives()
        for entity in self.entities.values():
            if entity.kind == "organization":
                initials = "".join(w[0] for w in fold(entity.name).split() if w not in stop)
                if initials.upper() == letters:
                    return entity.id
        return None

    def _organization_by_head(self, mention: _Mention) -> _DocEntity | None:
        """The organization a one-word name shortens: "the Front" after "the Northern
        Liberation Front", "the Party" after "the Islamic Republican Party".

        Only when exactly one organization named so far ends in that word; with
        two ("the Front" after two fronts) the mention is left for a new entity,
        not guessed.
        """
        if mention.kind != "organization":
            return None
        words = fold(strip_titles(mention.text)).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if len(words) != 1:
            return None
        found = [
            entity
            for entity in self.entities.values()
            if entity.kind == "organization"
            and len(name := fold(entity.name).split()) > 1
            and name[-1] == words[0]
        ]
        return found[0] if len(found) == 1 else None

    def _fuzzy(self, mention: _Mention) -> KBEntity | None:
        key = translit_key(strip_titles(mention.text))
        if len(key) < _FUZZY_MIN_KEY:
            return None
        hit = _fuzzy_hit(self.kb, key)
        if hit is None or _name_extended(key, hit):
            return None
        entries = [self.kb.get(i) for i, form in self.kb.index[hit] if form != "acronym"]
        fitting = [e for e in entries if e is not None and e.kind == mention.kind]
        return fitting[0] if len(fitting) == 1 else None

    def _define_acronyms(self, doc: Doc, mention: _Mention, entity_id_: str) -> None:
        match = _ACRONYM_LIST.match(doc_text(doc)[mention.end : mention.end + 60])
        if match:
            for acronym in re.split(r"\s*[,/;]\s*", match.group(1)):
                if is_acronym(acronym):
                    self.acronyms.setdefault(acronym.replace(".", ""), entity_id_)

    # -- resolution -----------------------------------------------------------
    def link(self, doc: Doc, mention: _Mention) -> None:
        """Resolve one mention; places not in the KB wait for :meth:`resolve_places`."""
        persons = [] if self._placed_by_qualifier(mention) else self._persons_named(mention)
        # A word for a place's people ("Bretons") is looked up as its place in the
        # gazetteer: its KB key may be a country's ("Britons").
        ids = mention.kb_ids or (() if mention.lookup else tuple(self._kb_lookup(mention.text)))
        if ids and not (persons and mention.label == "PERSON"):
            entry = self._choose_kb(doc, mention, ids)
            if entry is not None and not self._shared_place_name(mention, entry):
                self._use(doc, mention, self._from_kb(entry))
            return
        if persons:
            if len({p.id for p in persons}) == 1:
                self._use(doc, mention, persons[0])
            else:
                mention.ambiguous = True
            return
        acronym = self._acronym(mention.text)
        if acronym is not None:
            self._use(doc, mention, self.entities[acronym])
            return
        named = self._organization_by_head(mention)
        if named is not None:
            self._use(doc, mention, named)
            return
        entry = None if self._in_gazetteer(mention) else self._fuzzy(mention)
        if entry is not None:
            self._use(doc, mention, self._from_kb(entry))
            return
        if mention.label in _PLACE_LABELS or mention.designator or _designated(doc, mention):
            mention.label = "GPE" if mention.label not in _PLACE_LABELS else mention.label
            return  # resolved with the others, in context
        self._use(doc, mention, self._new(entity_id(mention.text), mention.kind, mention.text))

    def _placed_by_qualifier(self, mention: _Mention) -> bool:
        """Whether a name labelled a place is one the region after it holds ("Reston,
        Virginia"): no bare surname of a person the document names ("the Ebola Reston
        strain"), as a place the text qualifies so is seldom a person."""
        return (
            mention.label in _PLACE_LABELS
            and mention.qualifier is not None
            and lies_in_qualifier(
                self.gazetteer, mention.qualifier, self.gazetteer.lookup(mention.text)
            )
        )

    def _in_gazetteer(self, mention: _Mention) -> bool:
        """A place name the gazetteer holds is no misspelling of a KB name ("Albany",
        "Albania"), nor is a word for its people ("Bretons", "Britons")."""
        return mention.label in _PLACE_LABELS and bool(
            self.gazetteer.lookup(mention.lookup or mention.text)
        )

    def _shared_place_name(self, mention: _Mention, entry: KBEntity) -> bool:
        """Whether a KB place's name also names other gazetteer places ("Georgia", "Jordan"):
        then it is resolved in context with the other places, the KB place one candidate."""
        geonames = entry.ids.get("geonames", "")
        if mention.adjective or entry.kind != "place" or not geonames.isdigit():
            return False
        place = self.gazetteer.get(int(geonames))
        others = [p for p in self.gazetteer.lookup(mention.text) if p.geonames_id != int(geonames)]
        if place is None or not others:
            return False
        mention.kb_place = place
        mention.label = mention.label if mention.label in _PLACE_LABELS else "GPE"
        return True

    def _use(self, doc: Doc, mention: _Mention, entity: _DocEntity) -> None:
        mention.entity = entity.id
        if mention.text not in entity.aliases:
            entity.aliases.append(mention.text)
        if entity.kind == "organization":
            self._define_acronyms(doc, mention, entity.id)

    def resolve_places(self, doc: Doc, pending: list[_Mention], everything: list[_Mention]) -> None:
        """Resolve the place mentions no KB entry named, together, with the document's focus."""
        known = [
            self.gazetteer.get(e.geo.geonames_id) if e.geo and e.geo.geonames_id else None
            for e in self.entities.values()
        ]
        focus: dict[str, float] = {}
        for entity in self.entities.values():
            cc = entity.geo.country_code if entity.geo else None
            cc = cc or (entity.kb.attrs.get("country") if entity.kb else None)
            if isinstance(cc, str):
                focus[cc] = focus.get(cc, 0.0) + (1.0 if entity.kind == "place" else 0.5)
        text = doc_text(doc)
        # The money the text counts in sets a local story that names no country
        # ("Mansfield council ... $765,000" is Mansfield, Texas); beside a country the
        # text names, it is the currency of international news ("Peruvians ... $2
        # million" stay in Peru).
        for cc in currency_countries(text) if not focus else ():
            focus[cc] = default_weights().currency_focus
        # A landmark in a town ("Liberty Square in Keltz") is where the town is, not
        # a namesake of the landmark elsewhere: it takes the town's place below.
        towns = {
            id(m): match.end()
            for m in pending
            if is_landmark(m.text) and (match := _LANDMARK_IN.match(text, m.end))
        }
        in_town = [m for m in pending if id(m) in towns]
        pending = [m for m in pending if id(m) not in towns]
        # A site in a town ("the Concepción mission in San Antonio") is resolved after
        # the town and apart from it, so that its namesakes abroad cannot pull the town.
        sites = {
            id(m): town_at
            for m in pending
            if (town_at := site_in_town(text, m.start, m.end)) is not None
        }
        towns_first = [m for m in pending if id(m) not in sites]
        listed = _list_neighbours(text, towns_first)

        def toponym(m: _Mention, qualified: bool = True) -> Toponym:
            return Toponym(
                m.lookup or _designated_name(m),
                m.qualifier if qualified else None,
                m.qualifies,
                tuple(p for p in (m.kb_place, m.vouched) if p is not None),
                m.within if qualified else (),
                m.town or town_cue(text, m.start, m.end),
                listed.get(id(m), ()),
                contained=m.contained and qualified,
            )

        resolved = [p for p in known if p is not None]
        places = resolve_toponyms(
            [toponym(m) for m in towns_first], self.gazetteer, focus=focus, known=resolved
        )
        site_mentions = [m for m in pending if id(m) in sites]
        if site_mentions:
            own_places = resolve_toponyms(
                [toponym(m, qualified=False) for m in site_mentions],
                self.gazetteer,
                focus=focus,
                known=resolved + [p for p in places if p is not None],
            )
            town_places = {m.start: p for m, p in zip(towns_first, places, strict=True)}
            places += [
                _site_place(place, town_places.get(sites[id(m)]))
                for m, place in zip(site_mentions, own_places, strict=True)
            ]
            pending = towns_first + site_mentions
        unplaced: list[_Mention] = []
        for mention, place in zip(pending, places, strict=True):
            if place is None:
                unplaced.append(mention)
                continue
            self.place(doc, mention, place)
        at = {m.start: m for m in everything}
        self._place_by_qualifier(doc, unplaced, at)
        for mention in in_town:
            entity = self._new(entity_id(mention.text), "place", mention.text)
            town = at.get(towns[id(mention)])
            if town is not None and town.entity is not None:
                entity.geo = entity.geo or _site_geo(self.entities[town.entity].geo)
            self._use(doc, mention, entity)

    def place(self, doc: Doc, mention: _Mention, place: Place) -> None:
        """Link the mention to the gazetteer place: the KB's entry for it if the KB has
        one, else an entity of the place's own."""
        mention.place = place
        entry = self.kb.get(_kb_by_geonames(self.kb).get(place.geonames_id, ""))
        if entry is not None:
            self._use(doc, mention, self._from_kb(entry))
            return
        if not place.in_geonames:
            entity = self._new(entity_id(place.name), "place", place.name)
            entity.geo = place.to_geo()
            self._use(doc, mention, entity)
            return
        entity = self._new(f"ent:geonames-{place.geonames_id}", "place", place.name)
        entity.geo = place.to_geo()
        entity.ids = {"geonames": str(place.geonames_id)}
        self._use(doc, mention, entity)

    def _place_by_qualifier(
        self, doc: Doc, unplaced: list[_Mention], at: dict[int, _Mention]
    ) -> None:
        """A place the gazetteer lacks (or holds only namesakes of elsewhere) lies where
        the text says it does: "Abu Salim (Tripoli)" and "Badah town (Larkana, Sindh)"
        take the point of the town or district that qualifies them, as a reader (and
        ACLED's coders, at their precision 2) would. A first-level region's or a
        country's point is too far from most of its villages to stand for one
        ("Zholobok, Luhansk"): such a place, like one with no qualifier, is a new
        entity without a point. The last of a chain first, so that a qualifier that
        is itself unknown passes on what qualifies it."""
        for mention in sorted(unplaced, key=lambda m: -m.start):
            entity = self._new(entity_id(mention.text), "place", mention.text)
            if entity.geo is None and mention.qualifier_at is not None:
                qualifier = at.get(mention.qualifier_at)
                geo = (
                    self.entities[qualifier.entity].geo
                    if qualifier is not None and qualifier.entity is not None
                    else None
                )
                if geo is not None and geo.lat is not None and geo.feature not in AREA_FEATURES:
                    entity.geo = geo.model_copy(update={"geonames_id": None})
            self._use(doc, mention, entity)


def _site_geo(town: Geo | None) -> Geo | None:
    """The point of a landmark in a town ("Rustaveli Avenue in Tbilisi"): the town's, as
    a section of it (GeoNames' ``PPLX``), not the town itself, whose feature would make
    a street a capital and whose GeoNames id is another place's. A landmark in a
    county, a region or a country keeps the wider place as it is: no town to be a
    section of."""
    if town is None or not (town.feature or "").startswith("PPL"):
        return town
    return town.model_copy(update={"geonames_id": None, "feature": _SITE_FEATURE})


def _site_place(site: Place | None, town: Place | None) -> Place | None:
    """Where a site in a town is: its own place where the gazetteer holds one near the
    town ("the Bogside area of Derry"), else the town ("the Concepción mission in San
    Antonio" is not at the Philippine town). A region or country is too wide to stand
    for a site in it."""
    if town is None or town.feature in AREA_FEATURES:
        return site
    near = default_weights().nearness_km
    if site is not None and haversine_km(site.lat, site.lon, town.lat, town.lon) <= near:
        return site
    return town


def _list_neighbours(text: str, mentions: list[_Mention]) -> dict[int, tuple[str, ...]]:
    """The names next to each mention in a list ("Wisconsin and California"), by the
    mention's id; a comma before the container that qualifies a name ("Alexandria, La.")
    sets off no list item."""
    ordered = sorted(mentions, key=lambda m: m.start)
    listed: dict[int, tuple[str, ...]] = {id(m): () for m in mentions}
    for a, b in pairwise(ordered):
        qualified = a.contained and a.qualifier_at == b.start
        if a.end <= b.start and not qualified and list_gap(text[a.end : b.start]):
            listed[id(a)] += (b.text,)
            listed[id(b)] += (a.text,)
    return listed


def _designated_name(mention: _Mention) -> str:
    """The name with the region designator written after it ("Punjab province", each of
    "Harvey, Harper and Kingman counties"), unless the name has its own."""
    name = mention.text
    if mention.designator and strip_designators(name) == fold(name):
        return f"{name} {mention.designator}"
    return name


def _designated(doc: Doc, mention: _Mention) -> bool:
    """Whether a word around the name says it is a place: "Mehran city", "Diyalah
    province", "the cities of Qasr-e-Shirin, ... and West Islamabad"."""
    following = doc_text(doc)[mention.end : mention.end + 20].split()
    if following and fold(following[0]) in place_designators():
        return True
    sentence_start = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    start = (
        sentence_start.sent.start_char
        if sentence_start is not None and doc.has_annotation("SENT_START")
        else max(0, mention.start - 200)
    )
    before = re.split(r"[^\w\s,’'-]", doc_text(doc)[start : mention.start])[-1]
    words = [fold(w) for w in before.split()][-12:]
    plurals = {d + "s" for d in place_designators()} | {
        d[:-1] + "ies" for d in place_designators() if d.endswith("y")
    }
    return "of" in words and any(w in plurals for w in words)


def _relabel_places(doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer) -> bool:
    """A name labelled a person, organization or group that the gazetteer holds as a
    place is a place where the words around it say so: a qualifier that contains
    it ("Sioux Falls, S.D."), being a capital (:func:`_capital`), a locative
    preposition before a town of some size ("in Evansville", "the town of
    Camborne"), a site of a town of some size ("the fish market of Kismayo"), an
    organisation word after it ("Danbury police"), a list with
    other places ("Indianapolis and Evansville"), or an ending ("-based"). A group
    named for a place's people that the knowledge base does not know ("Minnesotans",
    :func:`.cues.demonym_place`) is a mention of that place, but a people after a word
    of their company ("a camp of Cheyenne": :func:`.cues.people_of_company`) is a group
    whatever place shares the name. Whether any label changed."""
    text = doc_text(doc)
    before = [m.label for m in mentions]
    for i, mention in enumerate(mentions):
        if not mention.kb_ids and people_of_company(text, mention.start, mention.end):
            # "a camp of Cheyenne and Arapaho": the peoples, not Cheyenne, Wyoming.
            mention.label = "NORP"
            continue
        demonym = None if mention.kb_ids else _people_place(mention, gazetteer)
        if demonym is not None:
            # "Minnesotans": its people name the state, and it is resolved as the state.
            mention.label, mention.adjective, mention.lookup = "GPE", True, demonym
            continue
        if mention.kb_ids or mention.label not in _MISLABELLED:
            continue
        titled = (
            title_widened(text, mention.start, mention.end, gazetteer)
            if mention.label == "PERSON"
            else None
        )
        if titled is not None:
            # "near Sheikh Zuweid": the town, whose first word was read as a title.
            mention.start, mention.vouched = titled
            mention.text, mention.label = text[mention.start : mention.end], "GPE"
            continue
        vouched: Place | None = None
        if compound_place(mention.text):
            mention.label = "GPE"
            _drop_ending(mention)
            continue
        feature = feature_span(text, mention.start, mention.end, gazetteer)
        if feature is not None:
            # "stranded on Lombok", "the Noto peninsula": the island or the peninsula.
            mention.start, mention.end = feature
            mention.text, mention.label = text[feature[0] : feature[1]], "LOC"
            continue
        if mention.label != "NORP" and (
            relative_position(text, mention.end) or appositive_place(text, mention.end)
        ):
            # "Rais, south of Algiers", "Dogu Beyazit, a farming town": a place, whether
            # or not the gazetteer holds it.
            mention.label = "GPE"
            continue
        place = named_place(gazetteer, mention.text, county=mention.label == "ORG")
        located = locative_before(text, mention.start) or _motion_object(doc, mention)
        if place is None and mention.label != "NORP":
            # A place found by another of its names is vouched for by the words that found it.
            place = vouched = _place_by_other_name(doc, mentions, mention, gazetteer, located)
        if place is None and (mention.label == "ORG" or _listed_with_place(text, mentions, i)):
            # "before Constantinople", an organization to the recogniser: an old name of
            # a city of millions, which no organization takes alone; "at Lucknow and
            # Cawnpore", a person to it: an old name listed with a place.
            place = other_name_place(gazetteer, mention.text, _METROPOLIS)
            if place is not None and place.feature not in _REGION_LEVEL_FEATURES:
                mention.label = "GPE"
                continue
            place = _listed_variant(gazetteer, text, mentions, i)
            if place is not None:
                mention.label, mention.vouched = "GPE", place
                continue
        if place is None or street_after(text, mention.start, mention.end):
            continue
        if force_name(text, mention.start, mention.end) and place.feature not in (
            _REGION_LEVEL_FEATURES
        ):
            continue
        size = size_for_word_after(text, mention.end)
        # Only a comma or a bracket sets off a container: "Smith in Georgia" is a person.
        if (
            (
                mention.contained
                and lies_in_qualifier(gazetteer, mention.qualifier, gazetteer.lookup(mention.text))
            )
            # A town the words vouched for is of some size, or the one whose full name
            # the name shortens ("marched on Braunau": Braunau am Inn).
            or (located and (prominent(place, LOCATIVE_POPULATION) or place is vouched))
            or settlement_before(text, mention.start)
            or (site_of_before(text, mention.start) and prominent(place, LOCATIVE_POPULATION))
            or any(_capital(p, mention.label) for p in named_places(gazetteer, mention.text))
            or (size is not None and prominent(place, max(size, _SMALL_TOWN)))
            or possessive_town(gazetteer, text, mention.start, mention.end)
            or _of_person(text, mentions, i)
            or _listed_with_place(text, mentions, i)
            or (_territory_object(doc, mention) and _sized_or_unsurveyed(place, mention.text))
            or (
                _territory_object(doc, mention, "strike_verbs") and prominent(place, _NAMESAKE_CITY)
            )
            or _region_of_named_country(gazetteer, mentions, i)
            or _seat_of_named_towns_region(gazetteer, mentions, i)
        ):
            mention.label, mention.vouched = "GPE", vouched
    return any(m.label != label for m, label in zip(mentions, before, strict=True))


def _place_by_other_name(
    doc: Doc, mentions: list[_Mention], mention: _Mention, gazetteer: Gazetteer, located: bool
) -> Place | None:
    """The place a mislabelled name the gazetteer lacks as written names by another of
    its names, where the words around it place it (``located``: a locative word or a
    movement's end before it): "east toward Misrata", a spelling GeoNames lists among a
    large city's other names (Misratah); "Soldiers shelled Avdiivka", a transliteration
    of a town of some size (Avdiyivka) as a territory verb's object; "withdrew to
    Salamis", a historic or foreign name of a town (Salamina) in a frame of history."""
    text = doc_text(doc)
    if located and (mention.label != "PERSON" or _placing_frame(doc, text, mention)):
        place = _prominent_variant(gazetteer, mention.text)
        if place is not None:
            return place
    if _territory_object(doc, mention):
        place = _prominent_variant(gazetteer, mention.text, LOCATIVE_POPULATION)
        if place is not None:
            return place
    if not (located and _historic_name_frame(doc, text, mention)):
        return None
    place = shortened_place(gazetteer, mention.text) or other_name_place(
        gazetteer, mention.text, LOCATIVE_POPULATION
    )
    return place if place is not None and _in_named_countries(gazetteer, mentions, place) else None


def _regional_people(word: str, gazetteer: Gazetteer) -> bool:
    """Whether an adjective the recogniser calls a group names a region's people
    ("Bavarian", "Catalan"): a first-level region or a word of ``regional_demonyms``;
    not a continent's ("European", "African"), which stories use as no place."""
    place = demonym_place(gazetteer, word)
    return place is not None and (
        bool(regional_demonym(word))
        or any(p.feature == "ADM1" for p in named_places(gazetteer, place, exact=True))
    )


def _people_place(mention: _Mention, gazetteer: Gazetteer) -> str | None:
    """The place a group's name or a name given as a place names when it is a word
    for the place's people (:func:`.cues.demonym_place`): "Scottish" labelled a group,
    or "Bavarian" given as a place, which no gazetteer entry names as it stands; and a
    word of ``regional_demonyms`` labelled a place or an organization ("Bretons"),
    whatever hamlet shares it, but not a person ("Welsh said")."""
    if (
        mention.label == "NORP"
        or (mention.label in _PLACE_LABELS | {"ORG"} and regional_demonym(mention.text))
        or (mention.label in _PLACE_LABELS and not gazetteer.lookup(mention.text))
    ):
        return demonym_place(gazetteer, mention.text)
    return None


def _listed_beside_relabelled(
    doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer
) -> list[_Mention]:
    """The mentions with the unlabelled names listed beside a place that only relabelling
    made one: in "Eldoret, Kitale and Iten" the recogniser calls Kitale a person and
    leaves Iten out, and the list cue of :func:`_unlabelled_places` saw no place beside
    Iten until Kitale became one."""
    if not doc.has_annotation("POS"):
        return mentions
    added = _unlabelled_places(doc, mentions, gazetteer)
    if not added:
        return mentions
    text = doc_text(doc)
    for mention in added:
        _qualify(mention, text, gazetteer)
        mention.designator = following_designator(
            text, mention.start, mention.end
        ) or preceding_designator(text, mention.start)
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def _motion_object(doc: Doc, mention: _Mention) -> bool:
    """Whether the name is where an army or a people moves: the object of a preposition
    of movement after a verb of movement ("advanced on Adwa", "withdrew to Salamis",
    "drove the Portuguese out of Hormuz")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "pobj":
        return False
    preposition = span.root.head
    verb = preposition.head
    if preposition.lower_ == "of" and verb.lower_ == "out":
        verb = verb.head
    elif preposition.lower_ not in lexicon_words("motion_prepositions"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon_words("motion_verbs")


def _placing_frame(doc: Doc, text: str, mention: _Mention) -> bool:
    """Whether a name the recogniser calls a person is placed by the words before it:
    a movement ("fled to"), "the town of", or a preposition that places ("toward
    Misrata"); not "to" or "from" alone ("spoke to Putin" is no Putian)."""
    return (
        _motion_object(doc, mention)
        or settlement_before(text, mention.start)
        or static_locative_before(text, mention.start, mention.end)
    )


def _historic_name_frame(doc: Doc, text: str, mention: _Mention) -> bool:
    """Whether the words around a name say strongly enough that it is a place for a
    name that only another name of a town matches (a historic name, :func:`.cues.
    other_name_place`): a movement's destination or source, "the town of", or, for a
    name the recogniser calls an organization, a preposition that places ("in",
    "near"); never for an event's or a work's name. Other names are many and loose
    (GeoNames lists "Biden" for Vidin), so "to" and "from" alone, which take people as
    often ("spoke to Putin"), do not; nor does a name after an article ("in the
    Navy"), as a town's seldom is."""
    if mention.label not in {"ORG", "PERSON"}:
        # An event, a work or a product "in" a year or a war ("in WW II") is none; but
        # nothing the recogniser calls a product is "marched on" ("marched on Nanking").
        return mention.label == "PRODUCT" and _motion_object(doc, mention)
    return (
        _motion_object(doc, mention)
        or settlement_before(text, mention.start)
        or (mention.label != "PERSON" and static_locative_before(text, mention.start, mention.end))
    ) and fold(text[max(0, mention.start - 5) : mention.start]).split()[-1:] != ["the"]


def _relabel_persons(doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """A name the recogniser labels an organization, a place or an event that neither
    the knowledge base nor the gazetteer knows is a person where its frame says so:
    "led by Themistocles", "the army of Xerxes", "the forces of Menelik II"
    (``person_before_phrases``, with no article before the name), or a ruler's Roman
    numeral ("Menelik II"). Spelled like a place the gazetteer holds, a name keeps its
    label ("the army of Egypt"), and so does an acronym ("the forces of ECOWAS")."""
    text = doc_text(doc)
    phrases = [p.split() for p in lexicon_words("person_before_phrases")]
    for mention in mentions:
        if mention.kb_ids or mention.label in {"PERSON", "NORP"} or mention.adjective:
            continue
        words = fold(text[max(0, mention.start - 30) : mention.start]).split()
        # A person's name takes no article: "men of the East India Company" is no person.
        framed = (
            words[-1:] != ["the"]
            and not mention.text.isupper()
            and any(words[-len(p) :] == p for p in phrases)
        )
        if not (framed or _regnal(mention.text.split())):
            continue
        if gazetteer.lookup(mention.text, parts=False):
            continue
        mention.label = "PERSON"


def _prominent_variant(
    gazetteer: Gazetteer, name: str, population: int = _NAMESAKE_CITY
) -> Place | None:
    """A region, a country or a city of ``population`` people that the name written
    matches through another of its names ("Misrata" for Misratah): what a mislabelled
    name after a locative word may be, though the place's own name is spelled otherwise.
    Its own name must be a near spelling (``FUZZY_THRESHOLD``): the lossy key alone
    would take "The Times" for Timiș. A small place is not: a person's name often keys
    like a village's."""
    found = [
        p
        for p in gazetteer.lookup(name)
        if prominent(p, population) and fuzz.ratio(fold(p.name), fold(name)) >= FUZZY_THRESHOLD
    ]
    return max(found, key=lambda p: p.population) if found else None


def _sized_or_unsurveyed(place: Place, name: str) -> bool:
    """Whether a territory verb's object is a town of some size, or a village spelled
    as written whose population GeoNames does not know (0, as for most villages of
    Africa and Asia: "fled Gubio", a village of Borno state)."""
    if prominent(place, _SMALL_TOWN):
        return True
    return place.population == 0 and fold(place.name) == fold(name)


def _territory_object(doc: Doc, mention: _Mention, verbs: str = "territory_verbs") -> bool:
    """Whether the name is the object of a verb that takes a territory ("entered X"), or
    of another list of ``lexicon.yaml`` (``strike_verbs``: "missiles struck X")."""
    return _territory_object_at(doc, mention.start, mention.end, verbs)


def _territory_object_at(doc: Doc, start: int, end: int, verbs: str = "territory_verbs") -> bool:
    """Whether the characters from ``start`` to ``end`` are the object of a verb of the
    ``verbs`` list, by default one that takes a territory ("convoys reached Butembo")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_ in lexicon_words(verbs)


def _drop_ending(mention: _Mention) -> None:
    """Cut the ending off a place compound ("UK-based" -> "UK"), so that the name is
    looked up as written, in the KB too, and shares its sense with its other mentions."""
    head = mention.text.rpartition("-")[0]
    mention.end = mention.start + len(head)
    mention.text = head


def _capital(place: Place, label: str) -> bool:
    """Whether a mislabelled name is a capital ("Tbilisi says ...", a person to the
    recogniser) or, labelled an organization or group, a country or a state: news
    names governments by their seats and their territories ("Moscow", "Texas")."""
    return place.feature == "PPLC" or (label != "PERSON" and place.feature in {"PCLI", "ADM1"})


def _of_person(text: str, mentions: list[_Mention], i: int) -> bool:
    """Whether the mention is a person's home town: "James Tauber of Nelson"."""
    before = mentions[i - 1] if i > 0 else None
    return (
        before is not None
        and before.label == "PERSON"
        and bool(_OF.fullmatch(text[before.end : mentions[i].start]))
    )


def _region_of_named_country(gazetteer: Gazetteer, mentions: list[_Mention], i: int) -> bool:
    """Whether a mislabelled name is spelled as a first-level region of a country the
    document already names as a place, by the country or by another of its regions
    ("Neighbouring Karnataka and Tamil Nadu stepped up screening" beside "Kerala" and
    "India"; "Mashonaland West and Midlands" in Zimbabwe). The recogniser takes such
    names for people when no preposition stands before them, and a person called by a
    region's name alone in a story about that region's country is rare, whereas the
    region is what the story is about."""
    name = fold(mentions[i].text)
    regions = {
        p.country_code
        for p in gazetteer.lookup(mentions[i].text, parts=False)
        if p.feature == "ADM1" and fold(p.name) == name
    }
    if not regions:
        return False
    named: set[str] = set()
    for j, other in enumerate(mentions):
        if j == i or other.label not in _PLACE_LABELS or fold(other.text) == name:
            continue
        named.update(
            p.country_code
            for p in gazetteer.lookup(other.text, parts=False)
            if p.feature in _CONTAINER_FEATURES and fold(p.name) == fold(other.text)
        )
    return bool(regions & named)


def _seat_of_named_towns_region(gazetteer: Gazetteer, mentions: list[_Mention], i: int) -> bool:
    """Whether a mislabelled name is spelled as the seat of a state or province in which
    another place the document names lies ("Mayors in Paducah ... will press Frankfort"):
    a story about a region's towns names its government by the capital, as national news
    names a government by the country's ("ask Moscow"), and the recogniser, which knows
    state capitals less well than national ones, takes it for a thing or a person. A
    person's name the document gives in full ("Gov. Mary Jackson ... Jackson") stays
    the person's."""
    name = fold(mentions[i].text)
    if any(
        other.label == "PERSON" and name in fold(other.text).split() and fold(other.text) != name
        for other in mentions
    ):
        return False
    seats = {
        (p.country_code, p.admin1)
        for p in gazetteer.lookup(mentions[i].text, parts=False)
        if p.feature == "PPLA" and fold(p.name) == name
    }
    if not seats:
        return False
    return any(
        (p.country_code, p.admin1) in seats
        for j, other in enumerate(mentions)
        if j != i and other.label in _PLACE_LABELS and fold(other.text) != name
        for p in gazetteer.lookup(other.text, parts=False)
        if fold(p.name) == fold(other.text)
    )


def _listed_variant(
    gazetteer: Gazetteer, text: str, mentions: list[_Mention], i: int
) -> Place | None:
    """A city of ``_NAMESAKE_CITY`` people that another of its names calls the mention,
    in the country of the place it is listed with: "from Athens and Patras" is Pátra,
    Greece. Listed beside a place of its own country, a city's English name is far
    likelier than a person called by it."""
    if not _listed_with_place(text, mentions, i):
        return None
    place = other_name_place(gazetteer, mentions[i].text, _NAMESAKE_CITY)
    if place is None or place.feature in _REGION_LEVEL_FEATURES:
        return None
    neighbours = [m for m in mentions[max(0, i - 1) : i + 2] if m.label in _PLACE_LABELS]
    countries = {p.country_code for m in neighbours for p in named_places(gazetteer, m.text)}
    return place if place.country_code in countries else None


def _in_named_countries(gazetteer: Gazetteer, mentions: list[_Mention], place: Place) -> bool:
    """Whether a place lies in a country the document names as a place, or the document
    names none: a name only another name of a town abroad matches ("toward Boni" in a
    story about Mali, which GeoNames lists for Annaba, Algeria) is more likely a village
    the gazetteer lacks in the country the story is about."""
    named = {
        p.country_code
        for other in mentions
        if other.label in _PLACE_LABELS
        for p in gazetteer.lookup(other.text, parts=False)
        if p.feature in _CONTAINER_FEATURES and fold(p.name) == fold(other.text)
    }
    return not named or place.country_code in named


def _listed_with_place(text: str, mentions: list[_Mention], i: int) -> bool:
    """Whether the mention is in a list ("A, B and C") next to a place."""
    mention = mentions[i]
    before = mentions[i - 1] if i > 0 else None
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    return (
        before is not None
        and before.label in _PLACE_LABELS
        and before.end <= mention.start
        and list_gap(text[before.end : mention.start])
    ) or (
        after is not None
        and after.label in _PLACE_LABELS
        and mention.end <= after.start
        and list_gap(text[mention.end : after.start])
    )


def _person_words(text: str, mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """A one-word name the recogniser calls a place that is the given name or surname of
    a person the document names in full ("Alex Branch ... Alex", "Hartmann" beside
    "Judge Ann Hartmann") is that person, not a village of the name (Hartman,
    Arkansas): news calls people by one of their names after the first mention. A
    region, a country or a city of ``_NAMESAKE_CITY`` people keeps its reading ("Paris"
    beside "Paris Hilton"), and so does a name the text places ("Alex, Okla.") or calls
    a town (a dateline).

    So with a company's short name: "Titan" after "Titan Operating" is the company, not
    Titan, Afghanistan. An organization whose other words are those of a town's bodies
    or institutions ("Mansfield Public Safety", "Kenosha Hospital") is named for its
    town, so only the first word of one without them counts, and only where no town of
    ``LOCATIVE_POPULATION`` people has the name: a business is often named for its
    town too."""
    words: dict[str, tuple[str, int]] = {}
    misread = _persons_labelled_organizations(mentions)
    for given in _given_names_before_couple(text, mentions):
        words[given] = ("PERSON", _NAMESAKE_CITY)
    for m in mentions:
        parts = strip_titles(m.text).split() if m.label == "PERSON" or m in misread else []
        # "Steveston Harbour", a person to the recogniser, is a place's landmark.
        if len(parts) > 1 and not is_landmark(m.text):
            for part in (parts[0], parts[-1]):
                words[fold(part)] = ("PERSON", _NAMESAKE_CITY)
        short = None if m.kb_ids else _company_short_name(m)
        if short is not None:
            words.setdefault(short, ("ORG", LOCATIVE_POPULATION))
    for m in mentions:
        if m.kb_ids or m.adjective or m.label not in _PLACE_LABELS or fold(m.text) not in words:
            continue
        if " " in m.text.strip() or m.town or m.contained:
            continue
        label, population = words[fold(m.text)]
        place = named_place(gazetteer, m.text)
        if place is None or not prominent(place, population):
            m.label = label


_COUPLE_JOIN = re.compile(r"\s+(?:and|&)\s+")


def _given_names_before_couple(text: str, mentions: list[_Mention]) -> list[str]:
    """The folded given names of people named with another's full name, sharing its
    surname ("Kristina and Tim Jones", "Priya & Dev Raman"): a one-word name joined by
    "and" to a person's name of two words or more, where no locative word comes before
    it ("homes in Hartman and Lee Walsh's barn" name a town and a man)."""
    return [
        fold(first.text)
        for first, second in pairwise(mentions)
        if " " not in first.text.strip()
        and first.text[:1].isupper()
        and not locative_before(text, first.start)
        and second.label == "PERSON"
        and len(strip_titles(second.text).split()) > 1
        and _COUPLE_JOIN.fullmatch(text[first.end : second.start])
    ]


def _persons_labelled_organizations(mentions: list[_Mention]) -> list[_Mention]:
    """Two-word names the recogniser labels organizations that are persons: the
    recogniser itself labels their last word alone a person elsewhere in the document
    ("Brett Hartmann said ..." beside "... his name is Hartmann"), as a surname, while an
    organization is called by its first word ("Titan" of "Titan Operating")."""
    alone = {translit_key(m.text) for m in mentions if m.label == "PERSON" and " " not in m.text}
    return [
        m
        for m in mentions
        if m.label == "ORG"
        and not m.kb_ids
        and len(parts := m.text.split()) == 2
        and all(p[:1].isupper() for p in parts)
        and translit_key(parts[1]) in alone
    ]


def _company_short_name(mention: _Mention) -> str | None:
    """The folded first word of an organization's name that may stand for it alone
    ("Titan" of "Titan Operating"): none for a name with a word of a town's bodies or
    institutions ("Laconia Police Department", "Jordan High School")."""
    parts = mention.text.split()
    if mention.label != "ORG" or len(parts) < 2 or not parts[0][:1].isupper():
        return None
    rest = {fold(p) for p in parts[1:]}
    local = (
        lexicon_words("jurisdiction_words")
        | lexicon_words("institution_words")
        | lexicon_words("town_words")
    )
    return None if rest & local else fold(parts[0])


def _vote_places(mentions: list[_Mention]) -> None:
    """A name the recogniser labels a place anywhere in the document is a place everywhere."""
    placed = {translit_key(m.text) for m in mentions if m.label in _PLACE_LABELS}
    for m in mentions:
        if not m.kb_ids and m.label in {"PERSON", "ORG"} and translit_key(m.text) in placed:
            m.label = "GPE"


def _repeated_places(doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer) -> list[_Mention]:
    """One sense per discourse, for the recogniser too: a name that is a place in one
    mention is a place wherever else the document writes it and nothing else covers
    it, as in a headline or at a sentence's start ("Tbilisi accuses ...", "Winchester
    ousted from state tournament"), where the recogniser often leaves it unlabelled.
    A name the recogniser labelled otherwise elsewhere ("Jordan" in "Michael Jordan")
    is covered by that mention, and stays what it is there. A dateline's capitals
    ("PORTLAND —") name the place the headline and the story write "Portland"."""
    text = doc_text(doc)
    named: dict[str, _Mention] = {}
    for m in mentions:
        if m.label in _PLACE_LABELS and not m.adjective and len(m.text) > 2 and m.text[0].isupper():
            named.setdefault(m.text, m)
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    added: list[_Mention] = []
    for name, seen in sorted(named.items()):
        forms = {name, name.title()} if name.isupper() and len(name) > 3 else {name}
        pattern = "|".join(re.escape(form) for form in sorted(forms))
        for match in re.finditer(rf"(?<![\w.'’-])(?:{pattern})(?![\w'’-])", text):
            start, end = match.span()
            if any(covered[start:end]):
                continue
            mention = _Mention(start, end, match.group(), seen.label, seen.kb_ids)
            _qualify(mention, text, gazetteer)
            added.append(mention)
            covered[start:end] = b"\x01" * (end - start)
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions


_KB_KEYS: dict[int, list[str]] = {}
_FUZZY_HITS: dict[int, dict[str, str | None]] = {}
FUZZY_HITS_KEPT = 50_000
_KB_GEONAMES: dict[int, dict[int, str]] = {}


def _kb_keys(kb: KnowledgeBase) -> list[str]:
    """The KB's name keys long enough for fuzzy matching (cached per KB object)."""
    keys = _KB_KEYS.get(id(kb))
    if keys is None:
        keys = _KB_KEYS[id(kb)] = [k for k in kb.index if len(k) >= _FUZZY_MIN_KEY]
        _FUZZY_HITS[id(kb)] = {}
    return keys


def _fuzzy_hit(kb: KnowledgeBase, key: str) -> str | None:
    """The KB name key nearest a mention's key, if near enough (cached per KB object, as
    its keys are: the same names recur within and across documents, and the search
    compares the key with every name of the KB)."""
    keys = _kb_keys(kb)
    hits = _FUZZY_HITS[id(kb)]
    if key not in hits:
        if len(hits) >= FUZZY_HITS_KEPT:
            hits.clear()  # a bound on a long ingest run's memory
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        hits[key] = found[0] if found is not None else None
    return hits[key]


def _name_extended(key: str, hit: str) -> bool:
    """Is one key the other with a word added before or after it?

    "People's Liberation Army" is near "Sudan People's Liberation Army" by ratio, but a
    name with a qualifier of its own ("Sudan", "Moro", "Provisional") names another body,
    not a spelling of the same one; a plural ending ("Force"/"Forces") is no such word.
    """
    shorter, longer = sorted((key, hit), key=len)
    added = len(longer) - len(shorter)
    return added >= _ADDED_WORD_MIN and (longer.startswith(shorter) or longer.endswith(shorter))


def _kb_country(entry: KBEntity) -> str | None:
    """The country of a KB entity: a place's own, or an organization's ``country``."""
    if entry.geo is not None and entry.geo.country_code:
        return entry.geo.country_code
    country = entry.attrs.get("country")
    return country if isinstance(country, str) else None


def _kb_countries(mentions: list[_Mention], kb: KnowledgeBase) -> Counter[str]:
    """How many of the document's names that the KB resolves to one entity lie in or
    belong to each country: where the document is set, for a name several share."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        entry = kb.get(mention.kb_ids[0]) if len(mention.kb_ids) == 1 else None
        country = _kb_country(entry) if entry is not None else None
        if country:
            counts[country] += 1
    return counts


def _kb_by_geonames(kb: KnowledgeBase) -> dict[int, str]:
    """GeoNames id -> KB entity id, so a gazetteer hit reuses the KB's entity."""
    table = _KB_GEONAMES.get(id(kb))
    if table is None:
        table = {int(e.ids["geonames"]): e.id for e in kb if e.ids.get("geonames", "").isdigit()}
        _KB_GEONAMES[id(kb)] = table
    return table


def _town_points(linker: _Linker) -> list[tuple[float, float]]:
    """The points of the towns (and counties) the document's places were resolved to;
    a country's or a province's point says nothing of what lies near it."""
    return [
        (e.geo.lat, e.geo.lon)
        for e in linker.entities.values()
        if e.kind == "place"
        and e.geo is not None
        and e.geo.lat is not None
        and e.geo.lon is not None
        and e.geo.feature not in AREA_FEATURES
    ]


def _neighbouring_towns(doc: Doc, mentions: list[_Mention], linker: _Linker) -> list[_Mention]:
    """A name the recogniser called an organization (or a person, where a list or the
    word after it says place: :func:`_placed_by_words`) or left unlabelled, which
    neither the KB nor another mention explains, is a town where the gazetteer holds a
    town of exactly that name within :data:`NEIGHBOUR_KM` of a town the document
    already places: "Ormoc and Baybay were without power" beside Tacloban, "a Delta
    police officer" beside Vancouver, "Holyoke sent two crews" beside Northampton.
    Local news names the towns around its own without a cue, and an organization's
    name seldom spells a town next to the story's towns as well. Every mention of the
    name becomes the town, and the organization is dropped; a town found so is a
    neighbour for the next ("Molo and Njoro"). The mentions, with the unlabelled names
    found so among them."""
    while True:
        if _neighbouring_town(doc, mentions, linker):
            continue
        added = _unlabelled_neighbour(doc, mentions, linker)
        if added is None:
            return mentions
        mentions = sorted([*mentions, added], key=lambda m: (m.start, -m.end))


def _unlabelled_neighbour(doc: Doc, mentions: list[_Mention], linker: _Linker) -> _Mention | None:
    """The first run of capitalised proper nouns outside every mention that names a
    town next to the document's towns (:func:`_town_near`), linked to that town."""
    points = _town_points(linker)
    if not points or not doc.has_annotation("POS"):
        return None
    text = doc_text(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    runs: list[list[Token]] = []
    for token in unlabelled_tokens(doc, ("PROPN",)):
        if not token.is_title or token.idx in covered:
            continue
        if runs and runs[-1][-1].i == token.i - 1 and len(runs[-1]) < 3:
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        if street_after(text, start, end):
            continue
        town = _town_near(linker.gazetteer, text[start:end], points)
        if town is not None:
            mention = _Mention(start, end, text[start:end], "GPE")
            linker.place(doc, mention, town)
            return mention
    return None


def _neighbouring_town(doc: Doc, mentions: list[_Mention], linker: _Linker) -> bool:
    """Relabel the first name :func:`_neighbouring_towns` reads as a town; whether one was."""
    points = _town_points(linker)
    if not points:
        return False
    text = doc_text(doc)
    by_entity: dict[str, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.entity is not None:
            by_entity.setdefault(mention.entity, []).append(i)
    for ident, indices in by_entity.items():
        entity, group = linker.entities[ident], [mentions[i] for i in indices]
        if (
            entity.kb is not None
            or entity.kind not in {"person", "organization"}
            or any(m.label not in {"PERSON", "ORG"} or m.kb_ids for m in group)
            or any(street_after(text, m.start, m.end) for m in group)
            or (
                entity.kind == "person"
                and not any(_placed_by_words(text, mentions, i) for i in indices)
            )
        ):
            continue
        town = _town_near(linker.gazetteer, entity.name, points)
        if town is None:
            continue
        del linker.entities[ident]
        for mention in group:
            mention.label, mention.entity = "GPE", None
            linker.place(doc, mention, town)
            _drop_nested(mentions, linker, mention)
        return True
    return False


def _drop_nested(mentions: list[_Mention], linker: _Linker, outer: _Mention) -> None:
    """Drop the places found inside a name that is itself a town now ("Winston" and
    "Salem" of "Winston-Salem"), and the entities only they named."""
    inner = [
        m for m in mentions if m is not outer and outer.start <= m.start and m.end <= outer.end
    ]
    for mention in inner:
        mentions.remove(mention)
    named = {m.entity for m in mentions}
    for mention in inner:
        if mention.entity is not None and mention.entity not in named:
            linker.entities.pop(mention.entity, None)


def _placed_by_words(text: str, mentions: list[_Mention], i: int) -> bool:
    """Whether a name the recogniser calls a person is placed by its list ("Molo and
    Njoro", once Njoro is a town) or by the word after it ("a Haslett resident",
    "Coquitlam police"); a person's surname alone near a namesake town is not ("Keller
    said")."""
    mention = mentions[i]
    return (
        _listed_with_place(text, mentions, i)
        or size_for_word_after(text, mention.end) == 0
        or town_cue(text, mention.start, mention.end)
    )


def _town_near(gazetteer: Gazetteer, name: str, points: list[tuple[float, float]]) -> Place | None:
    """The nearest town named exactly ``name`` within :data:`NEIGHBOUR_KM` of a point."""
    near = [
        (distance, place)
        for place in gazetteer.lookup(name, parts=False)
        if place.feature not in _REGION_LEVEL_FEATURES and fold(place.name) == fold(name)
        for distance in [min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon in points)]
        if distance <= NEIGHBOUR_KM
    ]
    return min(near, key=lambda pair: pair[0])[1] if near else None


@dataclass(frozen=True)
class ResolvedMention:
    """A mention with what resolution found: for evaluation and for the events stage."""

    span: tuple[int, int]
    text: str
    label: str
    entity: str | None
    ambiguous: bool
    adjective: bool
    geo: Geo | None


def resolve_doc(
    doc: Doc, *, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None
) -> tuple[list[Entity], list[ResolvedMention]]:
    """Entities and resolved mentions (with labels and places) for one Doc."""
    linker = _Linker(kb if kb is not None else default_kb(), gazetteer or default_gazetteer())
    mentions = _spans(doc, linker.kb, linker.gazetteer)
    for mention in mentions:
        if mention.label in _PLACE_LABELS and not mention.kb_ids and compound_place(mention.text):
            _drop_ending(mention)
    _relabel_persons(doc, mentions, linker.gazetteer)
    _person_words(doc_text(doc), mentions, linker.gazetteer)
    _vote_places(mentions)
    if _relabel_places(doc, mentions, linker.gazetteer):
        # "on Chios and Samos", both mislabelled: each is listed beside a place once the
        # other is one.
        _relabel_places(doc, mentions, linker.gazetteer)
    _vote_places(mentions)
    mentions = _listed_beside_relabelled(doc, mentions, linker.gazetteer)
    mentions = _repeated_places(doc, mentions, linker.gazetteer)
    linker.countries = _kb_countries(mentions, linker.kb)
    pending: list[_Mention] = []
    for mention in mentions:
        linker.link(doc, mention)
        if mention.entity is None and not mention.ambiguous:
            pending.append(mention)
    linker.resolve_places(doc, pending, mentions)
    mentions = _neighbouring_towns(doc, mentions, linker)
    entities = [
        Entity(
            id=e.id,
            kind=e.kind,
            name=e.name,
            aliases=e.aliases,
            kb={k: v for k, v in e.ids.items()},
            geo=e.geo if e.kind in {"place", "facility"} else None,
        )
        for e in linker.entities.values()
        if e.aliases
    ]
    resolved = [
        ResolvedMention(
            (m.start, m.end),
            m.text,
            m.label,
            m.entity,
            m.ambiguous,
            m.adjective,
            linker.entities[m.entity].geo if m.entity else None,
        )
        for m in mentions
    ]
    return entities, resolved


def resolve_entities(
    doc: Doc, *, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None
) -> tuple[list[Entity], list[Mention]]:
    """The record's entities and mentions for a Doc, linked to the KB and the gazetteer.

    ``Mention.entity`` is None only for a mention that could name two entities
    in scope ("Rajavi" when both Masoud and Maryam Rajavi are mentioned).
    """
    entities, resolved = resolve_doc(doc, kb=kb, gazetteer=gazetteer)
    mentions = [
        Mention(id=f"m{n}", span=m.span, text=m.text, entity=m.entity)
        for n, m in enumerate(resolved, 1)
    ]
    return entities, mentions
