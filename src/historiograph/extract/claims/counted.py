"""What a figure counts: the claim's property and unit, and the entity it is about.

The counted noun is read after the figure, over adjectives and a partitive
"of" ("72 Islamic leaders", "dozens of candidates", "two hundred of its
activists"), or before it in a measure phrase ("a membership of about
15,000", "a death toll of 45"). Then:

- a distance unit gives ``distance``; the figure is converted to km and the
  unit is ``km`` (the evidence span keeps the stated "80 miles"; a modifier
  that changes the unit's length is read with it, "14 nautical miles");
- an event noun gives ``count`` with the noun as unit ("1,200 attempts");
- an outcome noun gives its property ("1,300 killed", "2.3 million deaths"),
  except that what befell people counted by their displacement says more
  ("2,000 refugees perished" are deaths);
- people (a person noun, one whose ending makes it a person, "technicians", a
  capitalised group name such as "2,500 Mujahedin", or no noun at all) take
  the property of the outcome cue that governs them (:mod:`.cues`: "were
  killed", "the martyrdom of", "fled"), else the
  property of the figure before when a back reference leads up to them
  ("including 26 soldiers", "of whom 64 minors"), else ``members`` for
  membership nouns ("39 members of the MKO", about the MKO), ``arrested``
  for nouns of people held ("1,000 prisoners", but not "27 former detainees"),
  else ``count``;
  the unit is ``people``, or the noun for collectives ("230 families");
- any other plural noun gives ``count`` with that noun as unit, unless an
  outcome cue shows it counts people ("8,000 peasants lost their lives"); a
  cue that befalls things too does not ("38 guns captured", "seized three
  boats"), nor does one after its noun on another line or in a clause with
  its own subject ("... after ballot boxes were seized").

A fraction of a person ("an average of 5.2 persons") is no count, and a figure
set off after its plural noun counts it ("herders, perhaps 6,000 in all, ...").

A bare number with no noun and no cue is not a claim, unless it is what
"put/estimated X at" measures ("the crowd at 15,000"), a back reference makes
it a part or another level of the figure before ("of whom 312", "Of those,
402", "down from a peak of 30,000"), a continuation phrase carries the figure
before, or :mod:`.bare` reads it from a label before a colon or from its place
as an argument of its verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.bare import BareReader
from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.cues import CueReader, as_property, has_parse
from historiograph.extract.claims.gaps import gapped_source
from historiograph.extract.claims.kinds import PEOPLE, Counted, kind_of, outcome_of, whole
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words, plural, singular
from historiograph.nlp.entities import entity_id
from historiograph.record import ClaimProperty

_GROUP_LABELS = frozenset({"NORP", "ORG", "PERSON", "GPE"})
_STOP_TAGS = frozenset({"VERB", "AUX", "ADP", "PRON", "PUNCT", "SCONJ", "CCONJ", "PART", "NUM"})
_SKIPPABLE = frozenset({"other", "further", "more", "additional", "such"})
_PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
_PARTITIVE_PRONOUNS = frozenset({"us", "them", "whom", "which"})
_FIRST_PERSON_PARTITIVES = frozenset({"us"})
_OBJECT_PRONOUNS = frozenset({"it", "them"})
# What befalls people, as the record's properties: names listed after such a figure are
# of the people it befell ("lists 29 names" of the dead counted before).
_OUTCOMES: frozenset[ClaimProperty] = frozenset({"fatalities", "injured", "arrested", "displaced"})
# Losses a second source counts again with a bare figure ("counted more than 200"); a
# crowd counted after arrests is no second count of them.
_RECOUNTED: frozenset[ClaimProperty] = frozenset({"fatalities", "injured"})
# How many words back a partitive set off by a comma looks for the people it counts.
_ANTECEDENT_REACH = 6
_POINTING_BACK = frozenset({"them", "those", "these"})


def _describes_noun(word: Token) -> bool:
    """Whether an outcome word is an adjective before the noun counted ("two detained
    union organisers", "three wounded soldiers"): the people's state, which what befell
    them ("executed", "killed") outranks, as a status noun's does."""
    head = word.head
    return has_parse(word.doc) and word.dep_ == "amod" and head.i > word.i and head.pos_ == "NOUN"


def _among_them(noun: Token) -> bool:
    """Whether the counted noun is said to be "among them" (or "those", "these"): a
    part of the figure before, whatever the noun ("11 members of the committee were
    among them")."""
    if not has_parse(noun.doc) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and any(o.dep_ == "pobj" and o.lower_ in _POINTING_BACK for o in prep.children)
        for prep in noun.head.children
    )


@dataclass(frozen=True)
class _Noun:
    index: int | None
    kind: str  # people | group | outcome | event | distance | other | none


def _modifier(token: Token) -> bool:
    """A proper adjective before a common noun ("120 Ukrainian drones"): the noun
    is what is counted, not a group of people."""
    head = token.head
    return (
        has_parse(token.doc)
        and token.dep_ in ("amod", "compound")
        and head.i > token.i
        and head.pos_ == "NOUN"
        and head.is_lower
    )


def _picked_from(doc: Doc, figure: Figure, noun: int) -> bool:
    """Whether the figure picks some out of a group its outcome noun names ("four of
    the wounded", "two of the dead"): the noun is what they were, not what befell them."""
    return noun > figure.end and doc[figure.end].lower_ == "of"


class CountReader:
    """Decides what figures count, with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._back_references = Phrases(vocab.back_references)
        self._part_markers = Phrases(vocab.part_markers)
        self._cues = CueReader(vocab)
        self._additions = Phrases(vocab.additions)
        self._totals = Phrases(vocab.totals)
        self._source_prepositions = Phrases(vocab.attribution_prepositions)
        self._bare = BareReader(vocab, self._cues)

    # -- the counted noun ---------------------------------------------------------

    def _kind(self, token: Token) -> str | None:
        return kind_of(self.vocab, token)

    def _outcome(self, word: str) -> str | None:
        return outcome_of(self.vocab, word)

    def _noun_after(self, doc: Doc, figure: Figure, sent: Span) -> _Noun:
        k = self._partitive(doc, figure.end, sent)
        if k < sent.end and doc[k].lower_ in _PARTITIVE_PRONOUNS and k > figure.end:
            return _Noun(k, "people")  # "nineteen of us", "41 of whom"
        for _ in range(4):
            if k >= sent.end:
                break
            token = doc[k]
            kind = self._kind(token)
            if kind is not None and self._modifies(token):
                # a modifier of the noun counted ("412 family messages", "police
                # stations"): the head says what is counted
                kind, k = self._kind(token.head), token.head.i
                return _Noun(k, kind or "other")
            if kind is not None:
                return _Noun(k, kind)
            if token.is_quote:
                k += 1  # a quoted characterisation: "'over 1,000' political prisoners"
                continue
            # an adjective or participle before the noun describes it ("2,600
            # registered members", "22 former workers", though "former" is a stop word)
            described = token.dep_ == "amod" and token.head.i > k
            if (
                token.is_punct
                or "\n" in token.text  # a new line ends the noun; a double space does not
                or (token.is_stop and token.lower_ not in _SKIPPABLE and not described)
            ):
                break
            if (token.pos_ in _STOP_TAGS and not described) or token.like_num:
                break
            k += 1
        if (
            figure.end < sent.end
            and self._is_group(doc[figure.end])
            and not _modifier(doc[figure.end])
        ):
            return _Noun(figure.end, "group")
        return self._other_noun(doc, figure, sent)

    @staticmethod
    def _modifies(token: Token) -> bool:
        """Whether ``token`` is a compound modifier of a common noun after it."""
        head = token.head
        return (
            has_parse(token.doc)
            and token.dep_ == "compound"
            and head.i > token.i
            and head.pos_ == "NOUN"
            and head.i - token.i <= 2
        )

    @staticmethod
    def _partitive(doc: Doc, k: int, sent: Span) -> int:
        """Past a partitive "of", its determiner or possessor and the number of the
        whole: "two hundred of its activists", "37 of the 51 drones", "nine of the
        country's fourteen provinces"."""
        if k < sent.end and doc[k].lower_ == "of":
            k += 1
            if k < sent.end and doc[k].lower_ in _PARTITIVE_DETERMINERS:
                k += 1
            if k + 1 < sent.end and doc[k + 1].tag_ == "POS":
                k += 2  # "the country's"
            if k + 1 < sent.end and doc[k].like_num and k > 0 and doc[k - 1].lower_ != "of":
                k += 1
        return k

    def _is_group(self, token: Token) -> bool:
        """A capitalised name counted as people ("2,500 Mujahedin", "300 Kurds"). A
        word in lower case is a common noun even where the NER runs a name over it
        ("three churches" tagged as an organisation counts churches)."""
        if token.ent_type_ in _GROUP_LABELS and not token.is_lower:
            return True
        named = token.is_title or (token.is_upper and len(token) > 1)  # "56 BH fighters"
        return token.is_alpha and named and not token.is_sent_start and not token.is_stop

    def _other_noun(self, doc: Doc, figure: Figure, sent: Span) -> _Noun:
        """Any other plural noun right after the figure ("12 houses")."""
        k = self._partitive(doc, figure.end, sent)
        if k >= sent.end:
            return _Noun(None, "none")
        token = doc[k]
        if has_parse(doc):
            number = doc[figure.end - 1]
            while number.head.i in range(figure.start, figure.end) and number.head != number:
                number = number.head  # "about two dozen houses": "two" carries "dozen"
            head = number.head
            if k > figure.end and token.pos_ == "NOUN" and token.head.head.i < figure.end:
                return _Noun(k, "other")  # "two of our aircraft", "hundreds of ... volumes"
            if (
                number.dep_ == "nummod"
                and head.pos_ == "NOUN"
                and head.is_alpha
                and head.i >= figure.end
                and not any("\n" in t.text for t in doc[figure.end : head.i])  # a new line
            ):
                return _Noun(head.i, "other")
            return _Noun(None, "none")
        plural = token.lower_.endswith("s") and singular(token.text) != token.lower_
        if token.is_alpha and token.is_lower and not token.is_stop and plural:
            return _Noun(token.i, "other")
        return _Noun(None, "none")

    def _measure_before(self, doc: Doc, figure: Figure, sent: Span) -> ClaimProperty | None:
        """A measure noun before the figure: "a membership of about 15,000", "a toll of 45"."""
        noun = self._noun_before(doc, figure, sent)
        if noun is None:
            return None
        word = doc[noun].text
        if in_words(word, self.vocab.membership_nouns):
            return "members"
        if word.lower() in self.vocab.losses:
            return None  # "the loss of 14 men", "the loss of 1,100 jobs": the noun decides
        cue = self.vocab.outcome_cues.get(word.lower()) or self._outcome(word)
        return as_property(cue) if cue else None

    @staticmethod
    def _noun_before(doc: Doc, figure: Figure, sent: Span) -> int | None:
        """The noun an "of" before the figure hangs on, past one adverb ("a crowd of
        perhaps 20,000")."""
        of = figure.start - 1
        if of > sent.start and doc.has_annotation("POS") and doc[of].pos_ == "ADV":
            of -= 1
        if of - 1 < sent.start or doc[of].lower_ != "of":
            return None
        return of - 1

    # -- about -----------------------------------------------------------------------

    def _owner(self, doc: Doc, noun: int, sent: Span) -> str | None:
        """The named group that members belong to ("members of the MKO")."""
        k = noun + 1
        if k >= sent.end or doc[k].lower_ != "of":
            return None
        k += 1
        if k < sent.end and doc[k].lower_ == "the":
            k += 1
        name: list[Token] = []
        while k < sent.end and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha:
            name.append(doc[k])
            k += 1
        if not name:
            return None
        return entity_id(" ".join(t.text for t in name))

    def adds_to_earlier(self, doc: Doc, figure: Figure, sent: Span) -> bool:
        """Whether the figure adds to the figure before ("Another 32 had been ...",
        "a further 19"): the same account goes on, from the same source. A part of
        it ("nine of them") is not: the writer may say what befell some of them."""
        found = self._additions.find(doc, sent.start, figure.start)
        return any(end == figure.start for _, end in found)

    def marked_part(self, doc: Doc, figure: Figure, sent: Span) -> bool:
        """Whether a part marker leads up to the figure, set off by a comma or not
        ("of these, about 18,500", "among them four women", "including 26 soldiers"):
        the figure is a part of the one before."""
        found = self._part_markers.find(doc, sent.start, figure.start)
        set_off = figure.start - 1 > sent.start and doc[figure.start - 1].text == ","
        ends = (figure.start, figure.start - 1) if set_off else (figure.start,)
        return any(end in ends for _, end in found)

    def _refers_back(self, doc: Doc, figure: Figure, sent: Span) -> bool:
        """Whether a back reference ("of whom", "down from") leads up to the figure; a
        bracket only before a figure with words ("(62 minors)", not "(416) 941-8105")."""
        found = self._back_references.find(doc, sent.start, figure.start)
        worded = figure.end < sent.end and doc[figure.end].is_alpha
        # "Of those, 402 were women": a comma may set the reference off
        set_off = figure.start - 1 > sent.start and doc[figure.start - 1].text == ","
        ends = (figure.start, figure.start - 1) if set_off else (figure.start,)
        return any(end in ends and (worded or doc[end - 1].text != "(") for _, end in found)

    # -- all together ------------------------------------------------------------------

    def _measured_at(
        self, doc: Doc, figure: Figure, sent: Span, earlier: Counted | None
    ) -> Counted | None:
        """What "put/estimated X at N" measures: people ("the crowd at 15,000"), or
        the figure before when X is a pronoun ("police put it at about 3,000")."""
        at = figure.start - 1
        if at <= sent.start or doc[at].lower_ != "at":
            return None
        for k in range(at - 1, max(sent.start, at - 4) - 1, -1):
            token = doc[k]
            if token.lower_ in _OBJECT_PRONOUNS and earlier is not None:
                return Counted(earlier.property, earlier.unit, figure.end, earlier.about)
            if self._kind(token) == "people":
                return Counted("count", PEOPLE, figure.end)
            if token.is_punct or (has_parse(doc) and token.pos_ in ("VERB", "AUX")):
                break
        return None

    def _named_people(
        self, doc: Doc, figure: Figure, noun: int, sent: Span, earlier: Counted | None
    ) -> Counted:
        """What a figure of names counts ("lists 29 names"): the people named, and what
        befell them as the noun's own phrase tells it ("names of the men the battalion
        shot"), else as it befell the people counted just before (the names a report lists
        after "thirty-two were shot" are of the dead); with neither, a count of them."""
        found = self._cues.find(doc, noun, figure, sent)
        if found and found != "count":
            return Counted(found, PEOPLE, noun + 1)
        if earlier is not None and earlier.unit == PEOPLE and earlier.property in _OUTCOMES:
            return Counted(earlier.property, PEOPLE, noun + 1, earlier.about)
        return Counted("count", PEOPLE, noun + 1)

    def read(
        self,
        doc: Doc,
        figure: Figure,
        sent: Span,
        carried: Counted | None = None,
        earlier: Counted | None = None,
        topic: ClaimProperty | None = None,
        sibling: Counted | None = None,
    ) -> Counted | None:
        """What ``figure`` counts, or None when it is not a claim.

        ``carried`` is the claim a continuation phrase points back to ("this
        number"): its property stands in for a missing noun or cue. ``earlier``
        is the claim before, which a pronoun can stand for ("put it at 3,000").
        ``topic`` is what the text said it is counting (:meth:`topic`), which a
        bare figure counts. ``sibling`` is the claim before in the same sentence,
        whose noun a bare figure leaves out ("212 polling stations opened late and
        37 had to close"). A fraction of a person is an average or a rate ("an
        average of 5.2 persons to a house"), not a count.
        """
        counted = self._read(doc, figure, sent, carried, earlier, topic, sibling)
        if counted is not None and counted.unit == PEOPLE and not whole(figure):
            return None
        return counted

    def _read(
        self,
        doc: Doc,
        figure: Figure,
        sent: Span,
        carried: Counted | None,
        earlier: Counted | None,
        topic: ClaimProperty | None,
        sibling: Counted | None,
    ) -> Counted | None:
        noun = self._noun_after(doc, figure, sent)
        end = figure.end if noun.index is None else noun.index + 1
        if (
            noun.index is None
            and sibling is not None
            and gapped_source(doc, sent, figure.end, self.vocab) is not None
        ):
            # "X counted 24 dead, the police only six": the second source's figure
            # counts what the first one's does, its verb and noun left out
            return Counted(sibling.property, sibling.unit, figure.end, sibling.about)
        if noun.index is None and end < sent.end and doc[end].lower_ in self.vocab.strengths:
            return Counted("count", PEOPLE, end + 1)  # "the garrison, some 2,000 strong"
        if noun.kind == "distance" and noun.index is not None:
            measure = doc[noun.index]
            # a modifier that changes the unit's length: "14 nautical miles"
            modified = (
                f"{doc[measure.i - 1].lower_} {measure.lower_}" if measure.i > figure.end else ""
            )
            factor = self.vocab.distance_km.get(modified, self.vocab.distance_km[measure.lower_])
            return Counted("distance", "km", end, km_per_unit=factor)
        if noun.kind == "event" and noun.index is not None:
            return Counted("count", plural(doc[noun.index].text), end)
        if noun.kind == "lives" and noun.index is not None:
            # "cost nine lives", "40 lives were lost": the verb says whether they ended;
            # the word just before the figure says it where the parse hangs the lives
            # elsewhere ("in all, the war of 1701-1714 cost more than 400,000 lives")
            verb = doc[noun.index].head if has_parse(doc) else None
            before = doc[figure.start - 1] if figure.start > sent.start else None
            lost = any(
                word is not None and word.lemma_.lower() in self.vocab.life_verbs
                for word in (verb, before)
            )
            return Counted("fatalities" if lost else "count", PEOPLE, end)
        if noun.kind == "outcome" and noun.index is not None:
            outcome = self._outcome(doc[noun.index].text) or "other"
            status = (
                outcome == "displaced"
                or (outcome == "arrested" and in_words(doc[noun.index].text, self.vocab.held_nouns))
                or _describes_noun(doc[noun.index])
                or _picked_from(doc, figure, noun.index)
            )
            if status and has_parse(doc):
                # a status, not an event: what befell them says more ("perhaps 2,000
                # refugees also perished", "14 refugees were arrested", "the guards
                # shot down 41 prisoners", "four of the wounded died"), unlike an event
                # noun ("320 detentions")
                befell = self._cues.find(doc, noun.index, figure, sent)
                if befell in ("fatalities", "injured", "arrested"):
                    outcome = befell
            after = noun.index + 1
            if after < sent.end and in_words(doc[after].text, self.vocab.collective_nouns):
                # "5,000 displaced families": displaced, counted in families
                return Counted(as_property(outcome), doc[after].lower_, after + 1)
            return Counted(as_property(outcome), PEOPLE, end)
        if noun.index is not None and self._speakers(doc, figure, noun.index, sent):
            return None  # "two security sources said": who tells, not what befell anyone
        if noun.index is None and self._populates(doc, figure, sent):
            # "killed 212 people in a town of 3,000": who live there, whatever befell others
            return Counted("count", PEOPLE, end)
        if carried is not None and noun.index is None and self._set_to(doc, figure, sent):
            # "corrected the figure to seven, saying some of the injured had been
            # counted among the dead": the figure it sets is the one it goes on from,
            # whatever else the sentence tells of
            return Counted(carried.property, carried.unit, end, carried.about)
        anchor = figure.end - 1 if noun.index is None else noun.index
        strict = noun.kind == "other"
        # a capitalised word taken for a group may be a headline's verb ("120,000 FLEE")
        headline = self._cues.of(doc[anchor]) if noun.kind == "group" else None
        found = (
            headline
            or self._measure_before(doc, figure, sent)
            or self._cues.find(doc, anchor, figure, sent, strict=strict)
        )
        if found == "injured" and self._cues.fatal(doc[figure.end - 1]):
            found = "fatalities"  # "fourteen were shot and wounded, two of them fatally"
        released = (
            noun.index is not None
            and in_words(doc[noun.index].text, self.vocab.held_nouns)
            and self._former(doc, figure, noun.index)
        )
        if released and found == "arrested":
            # "45 former prisoners": no longer held, whatever the noun says ("convicted
            # 14 former militia commanders" were commanders before, and are held now)
            found = None
        unit = self._unit(doc, noun)
        if noun.kind == "other" and noun.index is not None:
            after = noun.index + 1
            if (
                after < sent.end
                and doc[after].lower_ in self.vocab.positions
                and doc[after].tag_ in ("RB", "RP")  # an adverb, not "drones over Kursk"
            ):
                return None  # a measure of where, not a count: "two doors down"
            # an outcome cue says an unlisted noun counts people ("8,000 peasants lost
            # their lives"); without one it is a count of things ("40 villages")
            if found and found != "count":
                return Counted(found, PEOPLE, end)
            if noun.index is not None and in_words(doc[noun.index].text, self.vocab.name_records):
                return self._named_people(doc, figure, noun.index, sent, earlier)
            return Counted("count", unit, end)
        if found:
            return Counted(found, unit, end)
        partitive = noun.index is not None and doc[noun.index].lower_ in _PARTITIVE_PRONOUNS
        # with no figure before it in its sentence, a partitive counts the people it is set
        # off after, not a figure told in a sentence before
        antecedent = partitive and sibling is None
        if antecedent and (befell := self._befell_antecedent(doc, figure, sent)) is not None:
            return Counted(befell, PEOPLE, end)
        among = noun.index is not None and _among_them(doc[noun.index])
        # "eight of us" counts the writer's own group, no part of a figure told before
        ours = noun.index is not None and doc[noun.index].lower_ in _FIRST_PERSON_PARTITIVES
        if earlier is not None and (
            (partitive and not ours) or among or self._refers_back(doc, figure, sent)
        ):
            # a part or more of the figure before takes what befell it: "of whom 64
            # minors", "including 26 soldiers", "a further 19"
            part_unit = earlier.unit if noun.index is None else unit
            part = earlier.property
            if part == "injured" and self._cues.fatal(doc[figure.end - 1]):
                part = "fatalities"  # "fourteen were wounded, two of them fatally"
            return Counted(part, part_unit, end, earlier.about)
        if noun.index is None:
            measured = self._measured_at(doc, figure, sent, earlier)
            if measured is not None:
                return measured
            group = self._noun_before(doc, figure, sent)
            if group is not None and in_words(doc[group].text, self.vocab.person_nouns):
                return Counted("count", PEOPLE, end)  # "a crowd of 20,000"
        if carried is not None:
            return Counted(carried.property, carried.unit, end, carried.about)
        if noun.index is None:
            return (
                self._bare.labelled(doc, figure, sent, earlier)
                or self._apposed(doc, figure, sent)
                or self._compared(doc, figure, sent, earlier)
                or self._recount(doc, figure, earlier)
                or self._bare.argument(doc, figure, topic, sibling)
            )
        word = doc[noun.index].text
        if in_words(word, self.vocab.membership_nouns):
            return Counted("members", PEOPLE, end, self._owner(doc, noun.index, sent))
        if in_words(word, self.vocab.held_nouns) and not released:
            return Counted("arrested", PEOPLE, end)
        return Counted("count", unit, end)

    def _set_to(self, doc: Doc, figure: Figure, sent: Span) -> bool:
        """Whether the figure is what a verb sets a bare figure noun to or at ("corrected
        the figure to seven", "put the number at 40"): a noun that says nothing of what
        it counts ("the toll" does; "the number who fled" says it in its own words)."""
        at = figure.start - 1
        if at <= sent.start or doc[at].lower_ not in ("to", "at") or not has_parse(doc):
            return False
        verb = doc[at].head
        return any(
            c.dep_ in ("dobj", "obj")
            and c.lemma_.lower() in self.vocab.continuation_nouns
            and self.vocab.outcome_cues.get(c.lower_) is None
            and self._outcome(c.text) is None
            and all(d.dep_ in ("det", "amod") for d in c.children)
            for c in verb.children
        )

    def _befell_antecedent(self, doc: Doc, figure: Figure, sent: Span) -> ClaimProperty | None:
        """What befell the people a partitive set off after them counts ("the neighbours
        who were taken away, twenty-three of them"): the nearest plural noun of people
        before the comma, and the outcome its own words tell."""
        comma = figure.start - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        for k in range(comma - 1, max(sent.start, comma - _ANTECEDENT_REACH) - 1, -1):
            if doc[k].tag_ == "NNS" and in_words(doc[k].text, self.vocab.person_nouns):
                found = self._cues.find(doc, k, figure, sent)
                return found if found in _OUTCOMES else None
        return None

    def _recount(self, doc: Doc, figure: Figure, earlier: Counted | None) -> Counted | None:
        """A bare figure that a verb of record takes after a figure of what befell people:
        "The prefect's report admitted 26 dead. Socialist newspapers counted more than
        200" is another count of the same dead, its noun left out (the parser may take the
        figure for an adverbial noun of the verb)."""
        if earlier is None or earlier.property not in _RECOUNTED or not has_parse(doc):
            return None
        number = doc[figure.end - 1]
        if number.dep_ not in ("dobj", "obj", "npadvmod"):
            return None
        if number.head.lower_ not in self.vocab.record_verbs:
            return None
        return Counted(earlier.property, earlier.unit, figure.end, earlier.about)

    def _speakers(self, doc: Doc, figure: Figure, noun: int, sent: Span) -> bool:
        """Whether the figure counts the sources of a report ("two security sources
        said", "according to three witnesses"): how many told it is no claim about
        the event. A figure of sources to whom something befell is ("two witnesses
        were shot") is left to the cues. One person who speaks ("said one elder") is
        a source whatever the noun."""
        token = doc[noun]
        speaks = (
            has_parse(doc)
            and token.dep_ == "nsubj"
            and token.head.lower_ in self.vocab.attribution_verbs
        )
        if speaks and figure.value == 1 and figure.qualifier == "exact":
            return True  # "said one elder", "one resident told AFP": who, not how many
        if not in_words(token.text, self.vocab.source_nouns):
            return False
        introduced = self._source_prepositions.find(doc, sent.start, figure.start)
        if any(end == figure.start for _, end in introduced):
            return True
        return (
            has_parse(doc)
            and token.dep_ == "nsubj"
            and token.head.lower_ in self.vocab.attribution_verbs
        )

    def _populates(self, doc: Doc, figure: Figure, sent: Span) -> bool:
        """Whether the figure is what a place noun before its "of" holds ("a town of
        3,000", "a camp of 20,000"): its population."""
        place = self._noun_before(doc, figure, sent)
        return place is not None and in_words(doc[place].text, self.vocab.places)

    def _former(self, doc: Doc, figure: Figure, noun: int) -> bool:
        """Whether a modifier puts the noun's state in the past ("27 former detainees")."""
        return any(t.lower_ in self.vocab.former for t in doc[figure.end : noun])

    def _apposed(self, doc: Doc, figure: Figure, sent: Span) -> Counted | None:
        """A figure set off after a plural noun, which it counts ("nomadic herders,
        perhaps 6,000 in all, had escaped", "the villagers, some 300, fled"): the
        noun's people or things, with what befell them."""
        comma = figure.start - 1
        if comma > sent.start and doc[comma].pos_ == "ADV":
            comma -= 1  # "herders, perhaps 6,000"
        if comma - 1 < sent.start or doc[comma].text != "," or doc[comma - 1].tag_ != "NNS":
            return None
        k = figure.end
        for total in self._totals.find(doc, figure.end, sent.end):
            if total[0] == figure.end:
                k = total[1]
        if k < sent.end and doc[k].text != ",":
            return None
        noun = doc[comma - 1]
        people = in_words(noun.text, self.vocab.person_nouns)
        found = self._cues.find(doc, noun.i, figure, sent, strict=not people)
        if people:
            return Counted(found or "count", PEOPLE, figure.end)
        return Counted("count", noun.lower_, figure.end)

    def _compared(
        self, doc: Doc, figure: Figure, sent: Span, earlier: Counted | None
    ) -> Counted | None:
        """A figure set off after a comparative ("there had been more, closer to five
        hundred", "many more, perhaps 90"): another account of what the figure before
        counted, so it counts that."""
        comma = figure.start - 1
        while comma > sent.start and doc[comma].pos_ == "ADV":
            comma -= 1  # "more, perhaps 90"
        if earlier is None or comma - 1 < sent.start or doc[comma].text != ",":
            return None
        if doc[comma - 1].lower_ not in self.vocab.comparatives:
            return None
        return Counted(earlier.property, earlier.unit, figure.end, earlier.about)

    def topic(self, doc: Doc, sent: Span) -> ClaimProperty | None:
        """What ``sent`` says is being counted (see :meth:`.BareReader.topic`)."""
        return self._bare.topic(doc, sent)

    def _unit(self, doc: Doc, noun: _Noun) -> str:
        """``people``, or the noun itself for things and for collectives ("families")."""
        if noun.index is None:
            return PEOPLE
        word = doc[noun.index].text
        if noun.kind == "other" or in_words(word, self.vocab.collective_nouns):
            return word.lower()
        return PEOPLE
