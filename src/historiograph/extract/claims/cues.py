"""Outcome cues: what befell the people a figure counts, read around the figure.

:mod:`counted` finds the noun a figure counts; this module finds the verb or noun
that says what befell them ("were killed", "the martyrdom of", "fled", "forced
from"), in the dependency parse when the pipeline has one (the words that govern
the counted noun, its own phrase, then the rest of its clause) and otherwise by
the nearest cue word in the sentence.

A verb with its particle wins over the verb alone ("shot down" aircraft are no
deaths, "forced from their homes" is displacement), then a passive-only cue
("were held"), then the word; "to death" makes any verb a death ("beaten to
death"), a second verb says which of an ambiguous first ("was shot and
wounded"), so does the place on the body it struck ("shot in the legs" are
injured), and so does what an ambiguous verb befalls ("lost their homes" is
displacement, "lost their lives" death). Some cues need their context: a verb
of leaving is displacement when its object is a place ("10,000 villagers left
the valley", not "the blast left 20 dead") or when people were made to leave
("were ordered to leave"), and a negated "survive" is a death ("three did not
survive"). A place in a verb's prepositional phrase says it where the verb does
not: "taken to hospital" are injured (but "died in hospital" dead), "spent the
night in rest centres" displaced. A cue does not befall those who do it: the subject of a verb with
people for its object ("Three soldiers killed 40 rebels"), a "by" phrase ("shot
to death by four armed men"), nor those of another figure's verb ("attacked the
town, killing 15 civilians").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.singles import to_death, wounded_at
from historiograph.extract.claims.vocabulary import Vocabulary, agentive, in_words
from historiograph.nlp.views import doc_text
from historiograph.record import ClaimProperty

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_VICTIM_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "others", "another"})
# Pronouns by which "among ..." points back to people just counted ("among them").
_POINTING_BACK = frozenset({"them", "those", "these", "whom"})
# what may follow a verb to make a two-word cue: a particle, a preposition, an adverb,
# or the status an object is put in ("had been taken hostage")
# or an adjective that says how it ended ("shot dead")
_PARTICLES = frozenset({"prt", "prep", "advmod", "oprd", "acomp"})
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "prt", "dative"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_WINDOW = 8
_STRICT_WINDOW = 3
_MAX_HOPS = 6


def as_property(name: str) -> ClaimProperty:
    """The record's property for a cue's property name ("other" for unknown names)."""
    properties: dict[str, ClaimProperty] = {
        "fatalities": "fatalities",
        "injured": "injured",
        "displaced": "displaced",
        "arrested": "arrested",
        "members": "members",
        "count": "count",
    }
    return properties.get(name, "other")


def has_parse(doc: Doc) -> bool:
    """Whether the pipeline parsed ``doc``."""
    return doc.has_annotation("DEP")


class CueReader:
    """Reads outcome cues with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def _people(self, noun: Token) -> bool:
        """Whether a noun counts people, by the list or by its ending."""
        return in_words(noun.text, self.vocab.person_nouns) or agentive(noun.text, self.vocab)

    def find(
        self, doc: Doc, anchor: int, figure: Figure, sent: Span, *, strict: bool = False
    ) -> ClaimProperty | None:
        """The outcome cue for the figure; ``strict`` keeps to the words that govern it
        or stand right by it (for nouns not known to be people)."""
        if has_parse(doc):
            return self._cue_in_parse(doc, doc[anchor], figure, strict=strict)
        window = _STRICT_WINDOW if strict else _WINDOW
        return self._cue_in_window(doc, figure, anchor, sent, window, strict=strict)

    def of(self, token: Token, *, things: bool = False) -> ClaimProperty | None:
        """The property a cue word gives (see :meth:`_of`), or ``count`` where a verb
        joined to it on the same figure gives an outcome it blends with ("killed or
        injured 4,710 people": the parser hangs the object on either verb)."""
        said = self._of(token, things=things)
        if said == "injured" and self.fatal(token, before=True):
            return "fatalities"  # "were fatally wounded"
        if said is None or not has_parse(token.doc) or token.pos_ not in ("VERB", "AUX"):
            return said
        # "eleven persons were killed and about forty injured", "two were killed and
        # several wounded": a conjunct with a figure of its own beside a verb with its own
        # counts another group, not the same one
        counted = any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and _figured(c) for c in token.children
        )
        partners = [
            c
            for c in token.children
            if c.dep_ == "conj"
            and not _own_arguments(c)
            and not (counted and any(_a_quantity(t, self.vocab) for t in c.subtree if t != c))
        ]
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if (
            token.dep_ == "conj"
            and not subject  # "57 were killed and at least 120 were wounded": two figures
            and not any(c.dep_ == "dobj" for c in token.head.children)
        ):
            partners.append(token.head)
        for partner in partners:
            other = self._of(partner, things=things)
            if other is not None and frozenset({said, other}) in self.vocab.blended:
                return "count"
            if said == "count" and self._presumed_dead(partner):
                return "fatalities"  # "are still missing and presumed dead"
        return said

    def _killed_after(self, verb: Token) -> bool:
        """Whether a verb joined after the figure's own kills the same people, told again
        as "them": "rounded up nine young men, marched them to the river and shot them"
        counts the dead, whatever befell them on the way (the arrest, the march)."""
        return any(
            joined.i > verb.i
            and joined.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lower_ == "them" for c in joined.children)
            and self._of(joined) == "fatalities"
            for joined in verb.conjuncts
        )

    def _presumed_dead(self, verb: Token) -> bool:
        """Whether a verb joined to a count's own says the people it counts are taken
        for dead ("missing and presumed dead", "unaccounted for and feared dead"): those
        the toll counts, its highest figure, as UCDP counts the missing presumed dead."""
        return any(
            c.dep_ in ("oprd", "acomp", "xcomp") and self._of(c) == "fatalities"
            for c in verb.children
        )

    def fatal(self, token: Token, *, before: bool = False) -> bool:
        """Whether an adverb on ``token`` makes the injury it tells of a death ("fatally
        wounded", "two of them fatally"); ``before`` keeps to an adverb before it, as
        the parser also hangs a later part's adverb on the verb ("Eleven were wounded,
        of whom three fatally": eleven were not all killed)."""
        return has_parse(token.doc) and any(
            c.dep_ == "advmod"
            and c.lower_ in self.vocab.fatal_adverbs
            and (c.i < token.i or not before)
            for c in token.children
        )

    def _people_only(self, token: Token) -> ClaimProperty | None:
        """The property of a shared verb with its particle when only people suffer the
        pair ("shot dead", unlike "shot down", which things suffer too)."""
        if not has_parse(token.doc):
            return None
        for particle in (c for c in token.children if c.dep_ in _PARTICLES and c.i > token.i):
            pair = f"{token.lower_} {particle.lower_}"
            cue = self.vocab.outcome_cues.get(pair)
            if cue and pair not in self.vocab.shared_cues:
                return as_property(cue)
        return None

    def _of(self, token: Token, *, things: bool = False) -> ClaimProperty | None:
        """The property a cue word gives: a verb with its particle first ("shot down"
        aircraft are no deaths, "forced from their homes" is displacement), then a
        passive-only cue ("were held"), then the word itself."""
        if token.dep_ == "compound":
            return None
        if things and token.lower_ in self.vocab.shared_cues:
            # "seized 45 rifles": things are seized too, people arrested; but a verb
            # with a word that befalls only people says it ("shot dead two robbers")
            return self._people_only(token)
        if token.lower_ in self.vocab.shared_cues and has_parse(token.doc):
            if self._aimed_at_people(token):
                return "count"  # "shot at 30 migrants": fired on, not hit
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for thing in objects:
                said = self.vocab.outcome_cues.get(thing.lower_)
                # a counted object is whom the verb befell, whatever their status
                # ("shot down 41 prisoners" killed them), unless the verb is a loss,
                # which the status tells ("lost 2,000 prisoners" were taken)
                befell = _figured(thing) and token.lower_ not in self.vocab.losses
                if said is not None and not befell:
                    return as_property(said)  # "lost their homes": displaced, not dead
            if objects and not any(
                self._victim(c) or in_words(c.text, self.vocab.life_nouns) for c in objects
            ):
                return None  # "lost their jobs", "seized the town": nothing befell people
            for joined in (c for c in token.children if c.dep_ == "conj"):
                own = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in joined.children)
                if not own and joined.lower_ not in self.vocab.shared_cues:
                    said = self._of(joined)
                    if said is not None:
                        return said  # "was shot and wounded": the second verb says which
        cues = self.vocab.outcome_cues
        doc = token.doc
        if has_parse(doc):
            particles = [c for c in token.children if c.dep_ in _PARTICLES and c.i > token.i]
            passive = any(c.dep_ == "auxpass" for c in token.children)
        else:
            particles = [doc[token.i + 1]] if token.i + 1 < len(doc) else []
            passive = token.i > 0 and doc[token.i - 1].lower_ in _PASSIVE_AUXILIARIES
        for particle in particles:
            cue = cues.get(f"{token.lower_} {particle.lower_}")
            if cue:
                return as_property(cue)
        if (
            has_parse(doc)
            and token.lower_ in self.vocab.shared_cues
            and wounded_at(token, self.vocab.wound_sites)
        ):
            return "injured"  # "were shot in the legs" ("died in her arms" stays a death)
        if has_parse(doc) and to_death(token) and token.lower_ not in self.vocab.judgments:
            return "fatalities"  # "beaten to death", "shot to death" ("sentenced to death" lives)
        if (
            has_parse(doc)
            and token.lower_ in self.vocab.treatments
            and token.pos_ == "VERB"
            and not _treated_for(token)
        ):
            return "injured"  # "hospitals treated 140 people"
        if has_parse(doc):
            negated = self._negated(token) or self._bare(token)
            if negated:
                return negated
            if token.lower_ in self.vocab.departures and (
                self._leaves_a_place(token) or self._made_to_leave(token)
            ):
                return "displaced"
            if self._sent_away(token):
                return "displaced"
        cue = (self.vocab.passive_cues.get(token.lower_) if passive else None) or cues.get(
            token.lower_
        )
        if cue:
            return as_property(cue)
        if has_parse(doc) and token.pos_ in ("VERB", "AUX"):
            return self._setting(token)  # "taken to hospital", but "died in hospital"
        if has_parse(doc) and token.dep_ == "prep" and token.lower_ == "in":
            return self._lodged(token)  # "35 households still in temporary accommodation"
        return None

    def _setting(self, verb: Token) -> ClaimProperty | None:
        """The outcome a place in the verb's prepositional phrase gives ("were taken to
        hospital", "spent the night in rest centres")."""
        for preposition in (c for c in verb.children if c.dep_ == "prep"):
            for place in (c for c in preposition.children if c.dep_ == "pobj"):
                said = self._place(place)
                if said is not None:
                    return said
        return None

    def _lodged(self, preposition: Token) -> ClaimProperty | None:
        """The outcome an "in" phrase on the counted people gives when the place has no
        article ("12 miners in hospital", "35 households in temporary accommodation"):
        "nurses at the hospital" or "doctors in the clinic" work there."""
        for place in (c for c in preposition.children if c.dep_ == "pobj"):
            if not any(c.dep_ in ("det", "poss") for c in place.children):
                return self._place(place)
        return None

    def _place(self, place: Token) -> ClaimProperty | None:
        """The outcome a place noun gives, alone or with the word before it ("rest
        centres", "temporary accommodation")."""
        before = place.doc[place.i - 1].lower_ if place.i > 0 else ""
        settings = self.vocab.settings
        said = settings.get(f"{before} {place.lower_}") or settings.get(place.lower_)
        return as_property(said) if said is not None else None

    def _befalls_another(self, verb: Token, anchor: Token, *, counted: bool = False) -> bool:
        """Whether an active verb has people other than the counted noun for its object,
        whom it then befalls ("Three soldiers killed 40 rebels": the rebels died;
        but "8,000 peasants lost their lives" and "villagers left the valley"). With
        ``counted``, only an object with a figure of its own counts ("attacked the
        town, killing 15 civilians"), as a verb in a phrase that describes the
        counted noun may befall it ("statistics about killing detainees reached
        3,000")."""
        if verb.lower_ in self.vocab.departures | self.vocab.undergone:
            return False  # "we left Smyrna": leaving befalls who leaves; so does dying
        return any(
            c.dep_ == "dobj"
            and anchor not in c.subtree
            and not _among_them(c)
            and (_figured(c) if counted else self._victim(c))
            for c in verb.children
        )

    def _of_others(self, token: Token, anchor: Token) -> bool:
        """Whether a cue noun is the "of" phrase of a noun that is no cue ("the
        relatives of the victims", "the funeral of the dead"): it tells whose
        relatives or funeral, not what befell the people counted. Cases or
        incidents counted "of" a cue are instances of it ("73 cases of
        disappearance"): only counted people are others than the cue's. A measure
        noun's "of" says what it measures ("the number of fatalities coded as 10")."""
        head = token.head
        owner = head.head
        return (
            token.pos_ == "NOUN"
            and token.dep_ == "pobj"
            and head.lower_ == "of"
            and owner.pos_ in ("NOUN", "PROPN")
            and owner.lower_ not in self.vocab.continuation_nouns
            and self._of(owner) is None
            and (owner != anchor or self._people(owner))
        )

    def _aimed_at_people(self, verb: Token) -> bool:
        """Whether a preposition of aim on the verb has people for its object ("shot at
        30 migrants"), who were fired on rather than hit. With an object of its own the
        verb befell that ("shot down 24 tappers at Kampong Baru"), and a place or a
        range is no aim ("shot at close range")."""
        if any(c.dep_ in ("dobj", "prt") for c in verb.children):
            return False
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in self.vocab.aim_prepositions
            and any(
                o.dep_ == "pobj"
                and (_figured(o) or self._people(o) or o.ent_type_ in ("PERSON", "NORP"))
                for o in prep.children
            )
            for prep in verb.children
        )

    def _victim(self, noun: Token) -> bool:
        """Whether an object names people: a person noun, a name, a figure or a pronoun.

        A vague plural is a figure too, of whatever its "of" names: "shot dozens of
        townspeople" and "shot dozens" kill people, "fired dozens of rounds" does not.
        """
        if noun.ent_type_ in _PLACE_LABELS:
            return False
        if noun.lower_ in self.vocab.vague:
            counted = [
                o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            ]
            return all(self._victim(o) for o in counted)
        return (
            _figured(noun)
            or noun.lower_ in _VICTIM_PRONOUNS
            or noun.pos_ == "PROPN"
            or noun.ent_type_ in ("PERSON", "NORP")
            or self._people(noun)
        )

    def _negated(self, token: Token) -> ClaimProperty | None:
        """A verb that says what befell people when negated ("did not survive")."""
        cue = self.vocab.negated_cues.get(token.lower_)
        if cue is None or not any(c.dep_ == "neg" for c in token.children):
            return None
        return as_property(cue)

    def _bare(self, verb: Token) -> ClaimProperty | None:
        """A verb that says what befell people when only where, when or how follows it
        ("twelve of the enemy fell", "fell at Verdun"), not an object, a complement or a
        word that turns it to another sense ("fell ill", "fell into enemy hands")."""
        cue = self.vocab.bare_cues.get(verb.lower_)
        if cue is None or any(c.dep_ == "auxpass" for c in verb.children):
            return None  # a passive is a state: "only 40 are left" remain
        if not _told_of_its_noun(verb):
            return None  # "there were nineteen of us left": what remains, not who went
        for child in verb.children:
            if child.dep_ in _COMPLEMENTS or child.lower_ in self.vocab.bare_blockers:
                return None
        return as_property(cue)

    def _made_to_leave(self, verb: Token) -> bool:
        """Whether a verb of leaving is what people were made to do ("were ordered
        to leave", "forced to abandon"): leaving under compulsion is displacement."""
        return verb.dep_ == "xcomp" and verb.head.lower_ in self.vocab.compelling

    def _sent_away(self, verb: Token) -> bool:
        """Whether a compelling verb sends its object into, out of or from a place
        ("ordered the entire population into the countryside", "forced them out of
        the valley"): people made to move are displaced. The parser hangs the place
        on the verb or on its object. Armed men sent somewhere are deployed ("ordered
        5,000 troops into the city")."""
        if verb.lower_ not in self.vocab.compelling:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lower_ in self.vocab.deployed for o in objects):
            return False
        return any(
            c.dep_ in ("prep", "prt")
            and c.i > verb.i
            and c.lower_ in self.vocab.removals
            and any(self._a_place(p) for p in c.subtree if p.dep_ == "pobj")
            for c in (child for owner in [verb, *objects] for child in owner.children)
        ) and bool(objects)

    def _a_place(self, noun: Token) -> bool:
        """A place name or a noun for a place ("the valley", "the countryside")."""
        return noun.ent_type_ in _PLACE_LABELS or in_words(noun.text, self.vocab.places)

    def _leaves_a_place(self, verb: Token) -> bool:
        """Whether a verb of leaving has a place for its object ("left the valley")."""
        return any(
            c.dep_ == "dobj"
            and (c.ent_type_ in _PLACE_LABELS or in_words(c.text, self.vocab.places))
            for c in verb.children
        )

    def _cue_in_parse(
        self, doc: Doc, anchor: Token, figure: Figure, *, strict: bool
    ) -> ClaimProperty | None:
        clause: Token | None = None
        if _doers(anchor):
            return None  # "shot to death by four armed men": the doers, not the dead
        # a line break ends a row or a bullet, which the parser may run on
        elsewhere = _beyond_line(doc, anchor)
        below = anchor
        done: set[int] = set()
        for hops, ancestor in enumerate(anchor.ancestors):
            if ancestor.i in elsewhere:
                break
            if strict and ancestor.dep_ == "prep" and ancestor.lower_ != "of":
                break  # things in an adjunct ("across 30 provinces") are not what befell
            doer = below.dep_ == "nsubj" and self._befalls_another(ancestor, anchor)
            if doer:
                # "Two gunmen shot an official", "shot dead a teacher": not theirs, nor is
                # the word that says how it ended, nor what the object's words say of it
                done.add(ancestor.i)
                done.update(
                    t.i
                    for c in ancestor.children
                    if c.i > ancestor.i and (c.dep_ in _PARTICLES or c.dep_ == "dobj")
                    for t in c.subtree
                )
                if below == anchor:
                    # nor what the doers' own words hold: in "Two gunmen on a motorcycle
                    # shot dead a journalist" the parser may hang "shot" on the gunmen
                    done.update(t.i for t in anchor.subtree)
            found = None if doer else self.of(ancestor, things=strict)
            if below.dep_ in ("dobj", "nsubjpass") and self._killed_after(ancestor):
                found = "fatalities"
            if found and ancestor.lower_ in self.vocab.losses:
                found = self._how_lost(anchor, strict=strict) or found
            if found:
                return found
            # an adjective the figure is the subject of tells what it is, as a verb would
            # ("thousands ... desperate to leave crowded the runway; seven died": the
            # crowd's size, not the dead of the clause above); a noun may be a part of
            # the dead ("57 had died, 23 of them children")
            predicate = below.dep_ in ("nsubj", "nsubjpass") and ancestor.pos_ == "ADJ"
            # "killing 31 people queuing for bread": the parser makes the people the
            # subject of the participle after them, a clause under the verb that befell them
            if (
                below.dep_ == "nsubj"
                and ancestor.tag_ == "VBG"
                and ancestor.dep_ in ("ccomp", "xcomp")
            ):
                found = self.of(ancestor.head, things=strict)
                if found:
                    return found
            below = ancestor
            if ancestor.pos_ in ("VERB", "AUX") or predicate:
                clause = ancestor
                break
            if hops >= _MAX_HOPS:
                break
        inside = range(figure.start, figure.end)
        # the anchor's conjuncts are figures of their own ("1,312 cases and 27 deaths"),
        # and so is a part of it that a relative clause tells of ("fourteen gravediggers,
        # eleven of whom died")
        apart = {
            t.i
            for c in anchor.children
            if c.dep_ == "conj" or (c.dep_ == "relcl" and _part_told(c))
            for t in c.subtree
        }
        apart |= elsewhere
        for token in anchor.subtree:
            if token.i in inside or token.i == anchor.i or token.i in apart or token.i in done:
                continue
            if self._of_others(token, anchor):
                continue  # "relatives of the victims": not victims themselves
            found = self.of(token, things=strict)
            if found:
                return found
        if clause is None or strict:
            return None
        # the rest of the clause, but not the clauses conjoined to it with arguments of
        # their own ("57 were killed and 120 were wounded"; but "were hunted down and
        # killed" befalls the same people), nor those with a subject of their own ("37
        # had to close after ballot boxes were seized")
        others = {
            t.i
            for c in clause.children
            if c.dep_ == "conj"
            for t in c.subtree
            if t != c or _own_arguments(c) or c.pos_ not in ("VERB", "AUX")
        }
        others |= {t.i for c in clause.subtree if _own_clause(c, anchor) for t in c.subtree}
        others |= apart
        # another figure's own words are its cue, not this one's ("Five were dug out
        # alive, two with serious injuries")
        others |= {
            t.i
            for n in clause.subtree
            if n.like_num and n.i not in inside and anchor not in n.subtree
            for t in n.subtree
        }
        nearest = sorted(clause.subtree, key=lambda t: abs(t.i - anchor.i))
        for token in nearest:
            if token.i in inside or token.i == anchor.i or token.i in others:
                continue  # the counted noun is not what befell it ("refugees who were killed")
            if token.pos_ not in ("VERB", "ADJ", "NOUN"):
                continue
            if token.i in done or self._befalls_another(token, anchor, counted=True):
                continue  # "200 militants attacked the town, killing 15 civilians"
            if _says_of_another(token, anchor):
                continue  # "clashed with 30 gunmen, leaving two marines dead"
            if self._of_others(token, anchor):
                continue  # "3,000 mourners attended the funeral of the victims"
            found = self.of(token, things=strict)
            if found:
                return found
        return None

    def _how_lost(self, anchor: Token, *, strict: bool) -> ClaimProperty | None:
        """The outcome a participle after the counted noun tells, which says how the
        people a word of loss governs were lost: "lost some 4,600 men killed and
        wounded" (a count of both), "lost 300 men captured"."""
        for participle in anchor.rights:
            if participle.dep_ == "acl":
                found = self.of(participle, things=strict)
                if found:
                    return found
        return None

    def _cue_in_window(
        self, doc: Doc, figure: Figure, anchor: int, sent: Span, window: int, *, strict: bool
    ) -> ClaimProperty | None:
        best: tuple[int, ClaimProperty] | None = None
        for token in sent:
            if figure.start <= token.i <= anchor:
                continue
            # a cue before the figure counts one further: "57 were killed and 120 were
            # wounded" gives the 120 to "wounded"
            distance = figure.start - token.i + 1 if token.i < figure.start else token.i - anchor
            between = doc[min(token.i, figure.start) : max(token.i, anchor)]
            if distance > window or any(t.text in (";", ":") for t in between):
                continue
            found = self.of(token, things=strict)
            if found and (best is None or distance < best[0]):
                best = (distance, found)
        return best[1] if best else None


def _says_of_another(complement: Token, anchor: Token) -> bool:
    """Whether a predicate complement tells the state of a verb's counted object other
    than the anchor ("leaving two marines dead": the marines died, not the 30 gunmen
    the marines clashed with)."""
    return complement.dep_ == "oprd" and any(
        c.dep_ == "dobj" and anchor not in c.subtree and _figured(c)
        for c in complement.head.children
    )


def _among_them(noun: Token) -> bool:
    """Whether a noun the parser took for a verb's object is told "among them": a part
    of the people the verb's subject counts ("Nine people died, among them four
    officers"), whom nothing befell beside them."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and any(o.dep_ == "pobj" and o.lower_ in _POINTING_BACK for o in prep.children)
        for prep in (*noun.children, *noun.head.children)
        if prep.i < noun.i
    )


def _figured(noun: Token) -> bool:
    """Whether a noun carries a figure of its own ("15 civilians")."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _told_of_its_noun(verb: Token) -> bool:
    """Whether a verb tells what its subject did: it has one, or the parser hung it on
    the counted noun of a sentence with no other verb ("About 4,000 of the villagers
    left within a month"). Hung on a noun that another verb governs, it describes
    ("there were nineteen of us left", "the 40 left behind")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ == "acl" and not any(a.pos_ in ("VERB", "AUX") for a in verb.ancestors)


def _part_told(clause: Token) -> bool:
    """Whether a relative clause has a figure for its subject ("eleven of whom died"):
    what it says befell that part, not the whole."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _figured(c) for c in clause.children)


def _doers(anchor: Token) -> bool:
    """Whether the counted noun is in the "by" phrase of its clause's verb ("beaten to
    death by 15 men"): those who did it, not those it befell."""
    for ancestor in anchor.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.lower_ == "by" and ancestor.dep_ in ("agent", "prep"):
            return True
    return False


def _own_clause(clause: Token, anchor: Token) -> bool:
    """Whether ``clause`` is a subordinate clause about others than ``anchor``: one
    with a subject of its own ("after ballot boxes were seized"), not a relative
    pronoun that stands for a noun of the main clause ("citizens who were killed")."""
    if clause.dep_ not in ("advcl", "relcl") or anchor in clause.subtree:
        return False
    if clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" and clause.head != anchor:
        # a relative clause on a name tells of the one named: "Dr Yusuf, who has died
        # aged 91, ran the hospital with a staff of nine" (but a common noun may be
        # what is counted: "the number of citizens who were killed was 6,000")
        return anchor not in clause.head.subtree and clause.head not in anchor.ancestors
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in clause.children
    )


def _beyond_line(doc: Doc, anchor: Token) -> set[int]:
    """The tokens of ``anchor``'s sentence on other lines than its own (none where the
    sentence, as most do, runs on one line: its text is looked at before its tokens)."""
    sent = anchor.sent
    if "\n" not in doc_text(doc)[sent.start_char : sent.end_char]:
        return set()
    lines: list[int] = []
    line = 0
    for token in sent:
        lines.append(line)
        if "\n" in token.text or "\n" in token.whitespace_:
            line += 1
    own = lines[anchor.i - sent.start]
    return {sent.start + k for k, n in enumerate(lines) if n != own}


def _a_quantity(token: Token, vocab: Vocabulary) -> bool:
    """Whether a word tells how many: a number or a vague quantity ("dozens", "several")."""
    word = token.lower_
    return (
        token.like_num
        or word in vocab.vague
        or word in vocab.vague_multipliers
        or word in vocab.vague_alone
    )


def _own_arguments(verb: Token) -> bool:
    """Whether a conjoined verb has a subject or an object of its own ("killed 12 and
    wounded 30"), so that it speaks of other people than the verb it is joined to."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _treated_for(verb: Token) -> bool:
    """Whether a verb of care says what for, on itself or on its object, where the
    parser also hangs it ("treated 4,000 children for acute malnutrition")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "for" for t in (verb, *objects) for c in t.children)
