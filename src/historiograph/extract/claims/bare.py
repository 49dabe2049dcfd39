"""Bare figures: what a number with no noun of its own counts.

A bare number with no noun and no cue is no claim unless something else says
what it counts. :mod:`.counted` tries the figure before it (a back reference, a
continuation phrase, "put it at"); this module reads the rest: a label before
a colon ("Deaths: 2,946", "Vehicles lost: 7", a bare table row "Givon: 312"
counting what the row above counted), or the figure's place as an argument of
its verb (see :meth:`BareReader.argument`). It then counts what the figure
before it in its sentence counted, else people, with the property of the topic
the text named ("The number of victims remains disputed. The tribunal accepted
a figure of over 200,000", "How many died? ... arrived at roughly 3 million"),
or of the figure noun the verb moves ("revised the evacuation figure to
4,500").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.cues import CueReader, as_property, has_parse
from historiograph.extract.claims.kinds import PEOPLE, Counted, kind_of, outcome_of, whole
from historiograph.extract.claims.vocabulary import Vocabulary, in_words, plural
from historiograph.record import ClaimProperty

_THING_PRONOUNS = frozenset({"it", "that", "this"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_LEVELS = frozenset({"at", "to", "of"})
_PERSONAL_PRONOUNS = frozenset({"we", "they", "us", "them"})  # "stood at", "rose to", "an army of"


def _row_name(token: Token) -> bool:
    """A capitalised name that heads a row before its figure ("Union 9,000")."""
    return token.is_alpha and token.is_title and not token.is_stop and token.i > 0


def _named(token: Token) -> bool:
    """A person's name, or a word in capitals as a transcript prints its speakers."""
    return token.ent_type_ == "PERSON" or (token.is_upper and len(token) > 1)


def _pronoun_subject(verb: Token) -> bool:
    """Whether the verb's subject is a pronoun for a thing, which then stands for the
    figure before ("puts the toll at 300; the government insists it was 45")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _THING_PRONOUNS for c in verb.children
    )


def _list_marker(doc: Doc, figure: Figure) -> bool:
    """Whether the figure numbers an item of a list ("placings: 1. Olaf Ludwig")."""
    after = figure.end
    return (
        figure.end - figure.start == 1
        and after + 1 < len(doc)
        and doc[after].text == "."
        and doc[after + 1].is_title
        and figure.low is not None
        and figure.low < 10
    )


class BareReader:
    """Reads what bare figures count, with one vocabulary."""

    def __init__(self, vocab: Vocabulary, cues: CueReader) -> None:
        self.vocab = vocab
        self._cues = cues

    def labelled(
        self, doc: Doc, figure: Figure, sent: Span, earlier: Counted | None
    ) -> Counted | None:
        """A labelled figure (see :meth:`_label`); after a name only where it counts
        people, as "Result: Bayern 3; Dortmund 1" is a score."""
        counted = self._label(doc, figure, sent, earlier)
        if counted is not None and _row_name(doc[figure.start - 1]) and counted.unit != PEOPLE:
            return None
        return counted

    def _label(
        self, doc: Doc, figure: Figure, sent: Span, earlier: Counted | None
    ) -> Counted | None:
        """A figure after a label and a colon, as in a table row or a fact sheet
        ("Deaths: 2,946", "People in need: 7.9 million", "Schools affected: 530").

        The label says what is counted: an outcome word its property, an event
        noun or another noun its unit, a person noun people. A label that names
        no measure ("Givon: 312", "Total: 3,525") is a row of the table above
        and counts what the row before counted. A name may stand between the label
        and its figure ("Strength: Union 9,000; Confederate 4,500"), and its next
        row then follows a semicolon."""
        colon = figure.start - 1  # the parser may end a sentence at the colon
        while colon > max(0, figure.start - 4) and _row_name(doc[colon]):
            colon -= 1
        named = colon < figure.start - 1
        if colon < 1 or doc[colon].text not in (":", ";" if named else ":"):
            return None
        if _list_marker(doc, figure):
            return None
        if figure.qualifier == "range" and (figure.high or 0) < 1000:
            return None  # a score or a pair ("Fall of wickets: 1-22"), not a row's count
        k = colon - 1
        label: list[Token] = []
        while k >= 0 and doc[k].text not in (".", ";", ":", ")") and "\n" not in doc[k].text:
            label.insert(0, doc[k])
            if "\n" in doc[k - 1].whitespace_ + doc[k - 1].text:
                break
            k -= 1
        for token in label:
            outcome = outcome_of(self.vocab, token.text)
            if outcome:  # "Deaths: 2,946"
                return Counted(as_property(outcome), PEOPLE, figure.end)
        cues = [cue for cue in map(self._cues.of, label) if cue]
        kinds = [(token, kind_of(self.vocab, token)) for token in label]
        for token, kind in kinds:
            if kind == "event":  # "Attacks on aid workers: 14"
                return Counted("count", plural(token.text), figure.end)
            if kind == "people":  # "Aid workers killed: 6", "People in need: 7.9 million"
                return Counted(cues[0] if cues else "count", PEOPLE, figure.end)
        if doc[colon].text == ";":
            label = []  # the next named row: it counts what the row before counted
        # a speaker's name before a colon ("GEN. HALLORAN: Approximately 1,100") is
        # whose turn it is, not what is counted
        nouns = [t for t in label if t.pos_ == "NOUN" and t.is_alpha and not _named(t)]
        if not nouns and any(_named(t) for t in label):
            return Counted("count", PEOPLE, figure.end)  # an answer: how many people
        if any(in_words(t.text, self.vocab.bodies) for t in nouns):
            return Counted("count", PEOPLE, figure.end)  # "Strength: ...", "Garrison: ..."
        if nouns and nouns[0].lower_ not in self.vocab.continuation_nouns:
            # "Vehicles lost: 7", "Schools affected: 530": things, whatever befell them
            return Counted("count", nouns[0].lower_, figure.end)
        if cues:  # "Internally displaced: 2.2 million"
            return Counted(cues[0], PEOPLE, figure.end)
        if earlier is not None:
            return Counted(earlier.property, earlier.unit, figure.end, earlier.about)
        return None

    def topic(self, doc: Doc, sent: Span) -> ClaimProperty | None:
        """What ``sent`` says is being counted: "the number of victims" (fatalities),
        "the number of arrivals", "the number of people confirmed dead". The
        figures given for it may then stand bare ("The tribunal accepted a figure
        of over 200,000, while Hata estimates 40,000"). A question does the same:
        "How many died in the famine?" makes the figures that answer it deaths."""
        if not has_parse(doc):
            return None
        words = [t.lower_ for t in sent]
        asked = any(pair == ("how", "many") for pair in pairwise(words))
        if asked and sent.text.rstrip().endswith("?"):
            cues = [cue for cue in map(self._cues.of, sent) if cue and cue != "count"]
            if cues:
                return cues[0]
        for token in sent:
            if not in_words(token.text, self.vocab.continuation_nouns):
                continue
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            counted = [c for o in of for c in o.children if c.dep_ == "pobj"]
            if not counted:
                continue
            noun = counted[0]
            outcome = outcome_of(self.vocab, noun.text)
            if outcome:
                return as_property(outcome)
            for t in noun.subtree:
                found = None if t.i == noun.i else self._cues.of(t)
                if found:
                    return found
            if in_words(noun.text, self.vocab.held_nouns):
                return "arrested"  # "the true number of detainees is closer to 400"
            if in_words(noun.text, self.vocab.person_nouns):
                return "count"  # "the number of people rescued ...; it was 19"
        return None

    def argument(
        self, doc: Doc, figure: Figure, topic: ClaimProperty | None, sibling: Counted | None
    ) -> Counted | None:
        """A bare whole number that is an argument of its verb stands for those it counts.

        As the subject of its verb it does so by itself ("Three did not survive",
        "only thirteen lived"). As an object, an attribute or the level a verb puts
        it at ("we were 64", "the census recorded about 1.2 million", "the
        population stood at 8.2 million", "an army of some 90,000") it needs
        something that says it counts people: a topic the text named, a figure
        reporting verb, or a subject or a noun over it that is people or a body of
        people. Else "took four for 55" and "the index rose to 95.3" would be
        claims. It counts what the figure before it in its sentence counts (its
        noun left out), else people, with the ``topic``'s property; a pronoun
        subject then stands for that figure too ("... at 300; the government insists
        it was 45"). A figure that
        heads a label ("Scores: ...") counts nothing. The qualifier's words may
        head the number in the parse ("put ... at under 2,900", "ran as high as
        3.5 million"): the figure's place in its clause is then theirs. A figure
        conjoined to the one before stands for what that one counts ("2,671 votes
        in favour and 347 against")."""
        if not has_parse(doc) or not whole(figure):
            return None
        if figure.end < len(doc) and doc[figure.end].text == ":":
            return None
        number = doc[figure.end - 1]
        inside = range(figure.start, figure.end)
        while number.head.i in inside and number.head != number:
            number = number.head
        qualified = number.i != figure.end - 1
        head = number.head
        # the noun left out is the sibling's; what befell them is this clause's own
        unit = sibling.unit if sibling is not None else PEOPLE
        found = Counted(topic or "count", unit, figure.end)
        if number.dep_ == "conj" and sibling is not None and head.pos_ in ("NOUN", "NUM"):
            return Counted(sibling.property, sibling.unit, figure.end, sibling.about)
        if number.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            # "The number of dead ... A week later thousands attended the funerals": a
            # verb of the subject's own says what it counts, not the topic.
            if topic is not None and not self._states(head, number):
                return Counted("count", unit, figure.end)
            return found
        # a qualifier word the parser took for an adverb, a noun or an adjective heads the
        # figure ("counted nearer 130", parsed "nearer" an adverbial noun; "is closer to
        # 400", "closer" the copula's complement)
        arguments = _ARGUMENTS | {"advmod", "npadvmod", "acomp"} if qualified else _ARGUMENTS
        if number.dep_ in arguments and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif number.dep_ == "prep" and qualified and head.pos_ == "VERB":
            verb = head  # "estimates range from 3,000 to 10,000": the opener heads the range
        elif number.dep_ in ("pobj", "prep") and (
            head.lower_ in _LEVELS or self.vocab.estimate_verbs.get(head.head.lower_) == head.lower_
        ):  # "stood at 8.2 million", "settled on 2,300"
            verb = head.head
            if head.lower_ == "of" and verb.pos_ == "NOUN":
                return found if topic or self._peopled(verb) else None
            if head.lower_ == "of" and not self._speaks(verb):
                return None  # "of" gives a figure to a noun or a verb of speaking only
            if verb.pos_ not in ("VERB", "AUX"):
                return None
        else:
            return None
        measured = self._measured_noun(verb)
        if measured is not None:
            found = Counted(topic or measured.property, measured.unit, figure.end)
        elif topic is not None and not self._states(verb, number):
            # "The number of dead rose to 120. The boat was licensed to carry 80": a
            # verb of its own says what befell those counted, not the topic's
            found = Counted("count", unit, figure.end)
        backed = (
            topic
            or self._speaks(verb)
            or self._peopled_subject(verb)
            or self._estimated_subject(verb)
            or self._figure_object(verb)
        )
        # a pronoun subject stands for the figure before; a bare figure a verb of
        # speaking gives after one is another account of it ("One chronicler put the
        # dead at thirty; another, writing later, spoke of nearly two hundred")
        if sibling is not None and (_pronoun_subject(verb) or self._speaks(verb)):
            return Counted(sibling.property, sibling.unit, figure.end, sibling.about)
        return found if backed else None

    def _states(self, verb: Token, number: Token) -> bool:
        """Whether ``verb`` only states or gives the figure, so that the topic the text
        named says what it counts: a copula ("it was 45"), a verb that gives a figure
        ("estimates 40,000", "recorded 1.2 million"), or a level it reaches ("stood at
        8.2 million", "arrived at roughly 3 million"). Any other verb tells what the
        figure is by itself ("licensed to carry 80", "employs 300")."""
        return (
            verb.lemma_ == "be"
            or self._speaks(verb)
            or number.dep_ in ("pobj", "prep")
            or self._estimated_subject(verb)
            or self._figure_object(verb)
        )

    def _measured_noun(self, verb: Token) -> Counted | None:
        """What "the number of X" that the verb puts at the figure counts ("put the
        number of valid papers at under 2,900"): X, people for a person noun, and
        an outcome noun's property ("the number of deaths")."""
        for measure in verb.children:
            if measure.dep_ not in _ARGUMENTS or not in_words(
                measure.text, self.vocab.continuation_nouns
            ):
                continue
            of = [c for c in measure.children if c.dep_ == "prep" and c.lower_ == "of"]
            nouns = [c for o in of for c in o.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if not nouns:
                # "the death toll", "the evacuation figure": the compound says what
                for compound in (c for c in measure.children if c.dep_ == "compound"):
                    word = compound.lower_
                    found = outcome_of(self.vocab, word) or self.vocab.outcome_cues.get(word)
                    if found is not None:
                        return Counted(as_property(found), PEOPLE, measure.i + 1)
                continue
            noun = nouns[0]
            outcome = outcome_of(self.vocab, noun.text)
            if outcome is not None:
                return Counted(as_property(outcome), PEOPLE, noun.i + 1)
            if in_words(noun.text, self.vocab.person_nouns):
                # "the number of runners admitted to hospital": what befell them
                cues = (self._cues.of(t) for t in noun.subtree if t.i != noun.i)
                return Counted(next((c for c in cues if c), "count"), PEOPLE, noun.i + 1)
            if noun.tag_ == "NNS":
                return Counted("count", noun.lower_, noun.i + 1)
        return None

    def _figure_object(self, verb: Token) -> bool:
        """Whether the verb moves a figure to the number ("revised the figure to
        roughly 4,500", "raised the toll to 23"): what it reaches is a count."""
        return any(
            c.dep_ == "dobj" and in_words(c.text, self.vocab.continuation_nouns)
            for c in verb.children
        )

    def _estimated_subject(self, verb: Token) -> bool:
        """Whether the verb's subject is a figure or its source ("estimates ran as high
        as 3.5 million", "the toll reached 212"): what it reaches is a count."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (
                in_words(c.text, self.vocab.source_nouns)
                or in_words(c.text, self.vocab.continuation_nouns)
            )
            for c in verb.children
        )

    def _speaks(self, verb: Token) -> bool:
        """A verb that gives a figure ("estimates 40,000", "recorded 1.2 million")."""
        return verb.lower_ in self.vocab.attribution_verbs or verb.lower_ in (
            self.vocab.record_verbs
        )

    def _peopled(self, noun: Token) -> bool:
        """A noun for people or a body of people ("an army of", "a population of")."""
        return in_words(noun.text, self.vocab.person_nouns) or in_words(
            noun.text, self.vocab.bodies
        )

    def _peopled_subject(self, verb: Token) -> bool:
        """Whether the verb's subject is people, a body of people or a personal
        pronoun ("we were 64", "the population stood at 8.2 million")."""
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subject = verb.head  # "the population, which stood at 8.2 million"
            if subject.lower_ in _PERSONAL_PRONOUNS or self._peopled(subject):
                return True
        return False
