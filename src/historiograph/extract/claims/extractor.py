"""Claims from a parsed document: figures, what they count, who says so, and how.

This module strings the readers together, sentence by sentence:
:mod:`figures` finds the figures (and :mod:`singles` the "a" that counts one
person killed or hurt; a number inside a date the time tagger finds, of any
calendar, is none), :mod:`counted` says what each counts (and drops the
numbers that count nothing; :mod:`joined` adds the single people joined to a
counted group, "three soldiers and a guard"), :mod:`attribution` names the source (falling back
on :mod:`repairs` where the parse loses it) and :mod:`stance` the stance. Two
things carry across sentences: a pronoun subject of a reporting verb ("He added
...") stands for the last source named,
and a sentence that continues the previous figure ("this number raises to
...", "the real figure is ...") keeps that claim's property and, when it names no
source of its own and counts the same thing, its source; so does a figure that
adds to the one before in a sentence that names no source and that the writer
does not hedge ("Another 32 had been ...", but "It is thought that a further
500,000 ..." is the writer's). In a transcript
(:mod:`turns`) the speaker of a turn makes the claims that name no other source,
and in a list under a heading that names a source (:mod:`lists`) that source
makes its rows'. A sentence that says a body issued a statement or a report
("The ministry issued a statement on Friday.") names who a later "It said ..."
stands for.
"He" or "she" may also stand for the person a sentence before was about
("Anna Keller spent a decade in the archives. She concluded that ..."). A
sentence with no figure that refutes the one before denies its reported claims:
"This is false." or "That is not true." all of them, "She rejects that figure."
the last; one that
points back at them and names their source gives the writer's plain claims
before it to that source ("At least 320 died. That is the tally of the health
agency."). So does a sentence that names no source between one that names it and
one that names it again after its figures ("The board found that ... . Fourteen
were wounded. Soldiers fired 108 rounds, the board said."), and a quotation that
goes on in a sentence of its own is its speaker's ('"They took 40 of our men,"
said one elder. "Only 12 came back."').

**Spans.** A claim's span is its figure phrase: the qualifier, the number and
the counted noun ("more than 6,000 people", "80 miles", "39 members"). It is
the evidence a reader needs to check the numbers and, unlike the sentence,
it tells apart the several claims one sentence can make.

**Distances** are stored in km (``value``, ``low`` and ``high``, rounded to
0.1 km, unit ``km``); the span keeps the figure as stated ("80 miles").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.attribution import Attribution, SourceReader
from historiograph.extract.claims.bounds import Figure, share_of
from historiograph.extract.claims.counted import CountReader
from historiograph.extract.claims.figures import FigureReader, date_spans
from historiograph.extract.claims.joined import joined_ones
from historiograph.extract.claims.kinds import Counted
from historiograph.extract.claims.lists import ListBlock, block_at, list_blocks
from historiograph.extract.claims.numbers import Number
from historiograph.extract.claims.scope import negated
from historiograph.extract.claims.singles import SingleReader, merged
from historiograph.extract.claims.stance import StanceReader
from historiograph.extract.claims.turns import read_turns
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words, load_vocabulary
from historiograph.nlp.views import doc_text
from historiograph.record import Claim, ClaimProperty, ClaimSource, Stance

_NAME_STOPWORDS = frozenset({"the", "a", "an", "of", "s", "to", "for", "and", "its", "their"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_CONTINUING_DETERMINERS = frozenset({"the", "this", "that", "these", "a", "an", "another"})
# Possessives, too, introduce a figure of the same measure ("our estimate was
# closer to 12,000", "the organisers' own figure was 100,000").
_POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})


def _is_adjective(token: Token) -> bool:
    if token.doc.has_annotation("POS"):
        return token.pos_ == "ADJ"
    return token.is_alpha and not token.is_stop and token.is_lower


@dataclass(frozen=True)
class _Previous:
    counted: Counted
    source: ClaimSource
    stance: Stance
    value: Number | None = None
    sentence: int = -1  # where its sentence starts
    end: int = -1  # where its figure ends


def _semicolon(doc: Doc, start: int, end: int) -> bool:
    """Whether a semicolon stands between ``start`` and ``end``."""
    return any(t.text == ";" for t in doc[start:end])


def _walled_off(doc: Doc, attributions: Sequence[Attribution], figure: Figure) -> bool:
    """Whether the sentence names a source only before a semicolon that stands
    before ``figure``: its cue does not reach the figure's clause."""
    return bool(attributions) and all(
        a.position < figure.start and _semicolon(doc, a.position, figure.start)
        for a in attributions
    )


def _in_km(value: Number | None, factor: float) -> Number | None:
    if value is None:
        return None
    km = round(value * factor, 1)
    return int(km) if km.is_integer() else km


# What befalls people: a vague word alone ("killing several herders") claims only these.
_BEFALLEN = frozenset({"fatalities", "injured", "arrested", "displaced"})


class ClaimExtractor:
    """Extracts claims with one vocabulary; build once, call on many docs."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        vocab = vocab or load_vocabulary()
        self._vocab = vocab
        self._figures = FigureReader(vocab)
        self._singles = SingleReader(vocab)
        self._counts = CountReader(vocab)
        self._sources = SourceReader(vocab)
        self._stances = StanceReader(vocab)
        self._continuations = Phrases(vocab.continuations)
        self._part_markers = Phrases(vocab.part_markers)
        self._continuation_nouns = vocab.continuation_nouns
        self._witness_markers = vocab.witness_markers
        self._falsehoods = vocab.falsehoods
        self._truths = vocab.truths
        self._denial_verbs = vocab.denial_verbs
        self._support_verbs = vocab.support_verbs
        self._content_nouns = vocab.content_nouns

    def __call__(self, doc: Doc) -> list[Claim]:
        """The claims of ``doc`` in text order, with ids ``c1``, ``c2``, ..."""
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        figures = _outside_dates(
            doc, merged(self._figures.read(doc), self._singles.read(doc))
        )  # in text order
        figure_starts = [f.start for f in figures]
        turns = read_turns(doc, self._witness_markers)
        blocks = list_blocks(doc_text(doc))
        headings: dict[ListBlock, ClaimSource | None] = {}
        claims: list[Claim] = []
        last: ClaimSource | None = None
        person: ClaimSource | None = None  # the one "he" or "she" stands for
        previous: _Previous | None = None
        before = 0  # where the claims of the sentence before begin
        topic: ClaimProperty | None = None  # what the text says it counts
        frames: list[_Frame] = []
        quoted: ClaimSource | None = None  # who spoke the quotation before
        for sent in sentences:
            topic = self._counts.topic(doc, sent) or topic
            if (rejected := self._rejects_and_goes_on(doc, sent)) is not None:
                # "The company disputes that figure, noting that fewer than 700 ...":
                # the figure before is denied, and the sentence's own figures read on
                start = before if rejected == "all" else _last_reported(claims, before)
                claims[start:] = [_denied(claim) for claim in claims[start:]]
            refuted = self._refutes(doc, sent)
            if refuted:
                start = before if refuted == "all" else _last_reported(claims, before)
                claims[start:] = [_denied(claim) for claim in claims[start:]]
                # its subject is still the one a later "they" stands for ("Local
                # groups dispute that figure. They say ...")
                refuting = self._sources.attributions(doc, sent, last, person)
                last = refuting[-1].source if refuting else last
                frames.append(_Frame(len(claims), len(claims)))
                continue
            credit = self._sources.credited(doc, sent)
            if credit is not None:
                # "At least 320 died. That is the tally of the health agency."
                claims[before:] = [_credited(claim, credit) for claim in claims[before:]]
                if previous is not None and previous.source.kind == "author":
                    previous = replace(previous, source=credit, stance="reported")
                last = credit
                frames.append(_Frame(len(claims), len(claims), credit, credit))
                continue
            before = len(claims)
            attributions = self._sources.attributions(doc, sent, last, person)
            opens_quote = _opens_quote(sent)
            # a quotation that goes on in a sentence of its own is the same speaker's:
            # '"They took 40 of our men," said one elder. "Only 12 came back."'
            goes_on_quoting = quoted if opens_quote and not attributions else None
            continues = self._continues(doc, sent)
            in_sentence = figures[
                bisect_left(figure_starts, sent.start) : bisect_left(figure_starts, sent.end)
            ]
            for figure in in_sentence:
                if figure.share is not None:
                    if previous is None or previous.value is None:
                        continue  # "half of them" with no figure before to take half of
                    figure = share_of(figure, previous.value)
                goes_on = continues is not None and continues < figure.start
                carried = previous.counted if goes_on and previous else None
                earlier = previous.counted if previous else None
                same = previous is not None and previous.sentence == sent.start
                sibling = earlier if same else None
                counted = self._counts.read(doc, figure, sent, carried, earlier, topic, sibling)
                if counted is None or (
                    isinstance(figure.value, str)
                    and figure.value.lower() in self._vocab.vague_alone
                    and counted.property not in _BEFALLEN
                ):
                    continue  # "several houses": a vague word alone claims only what befell people
                attribution = self._sources.choose(doc, attributions, figure)
                # in a transcript the one who answers speaks for his own turn, even
                # where it goes on from a figure someone else gave ("Organisers say
                # 40,000. -- Our estimate was closer to 12,000.")
                speaker = turns.speaker_at(doc[figure.start].idx)
                if attribution is not None:
                    source, denied = attribution.source, attribution.denied
                elif speaker is not None:
                    source, denied = speaker, False
                elif (
                    previous is not None
                    # a correction's own figure is not the withdrawn version's
                    and not self._stances.withdrawn(doc, previous.source)
                    and (
                        (goes_on and previous.counted.property == counted.property)
                        or (
                            not attributions
                            and not self._stances.hedges(doc, sent)
                            and self._counts.adds_to_earlier(doc, figure, sent)
                        )
                        # a marked part of a figure its own sentence credits is the
                        # same source's, though a semicolon ends the verb's clause
                        # ("X estimate that 64,000 left; of these, about 18,500 ...")
                        or (
                            same
                            and previous.source.kind != "author"
                            and self._counts.marked_part(doc, figure, sent)
                        )
                        # and so is a figure in the clause of a figure that took it
                        # there ("...; of these, about 18,500 are staying in 31
                        # collective centres")
                        or (
                            same
                            and previous.source.kind != "author"
                            and _walled_off(doc, attributions, figure)
                            and not _semicolon(doc, previous.end, figure.start)
                        )
                    )
                ):
                    source, denied = previous.source, previous.stance == "denied"
                else:
                    source, denied = ClaimSource(), False
                if speaker is not None and source.kind == "author":
                    source = speaker  # "we estimate ..." in a hearing: the witness says so
                if goes_on_quoting is not None and source.kind == "author":
                    source = goes_on_quoting
                block = block_at(blocks, doc[figure.start].idx)
                if attribution is None and source.kind == "author" and block is not None:
                    if block not in headings:
                        headings[block] = self._heading_source(doc, block)
                    source = headings[block] or source  # a row under "..., per X:"
                believed = attribution is not None and attribution.hedged
                stance = self._stances.stance(
                    doc, sent, figure, source, denied=denied, believed=believed
                )
                claim = self._claim(doc, len(claims) + 1, figure, counted, source, stance)
                claims.append(claim)
                value = claim.value if isinstance(claim.value, int | float) else None
                previous = _Previous(counted, source, stance, value, sent.start, figure.end)
            if opens_quote:
                quoted = attributions[-1].source if attributions else goes_on_quoting
            else:
                quoted = None
            if attributions:
                last = attributions[-1].source
                person = self._sources.speaker(doc, sent, attributions) or person
            else:
                person = self._sources.person(doc, sent) or person
                last = self._sources.issuer(doc, sent) or last
            # a source named after the figures it gives goes back over them ("Soldiers
            # fired 108 rounds, the board said"); one named before them starts anew
            after = bool(attributions and in_sentence) and (
                attributions[0].position > in_sentence[0].start
            )
            frames.append(
                _Frame(
                    before,
                    len(claims),
                    attributions[-1].source if attributions else None,
                    attributions[0].source if after else None,
                )
            )
        return _framed(claims, frames)

    def _heading_source(self, doc: Doc, block: ListBlock) -> ClaimSource | None:
        """The source a list's heading names ("according to the health ministry:"),
        not the writer."""
        heading = doc.char_span(*block.heading, alignment_mode="expand")
        if heading is None:
            return None
        named = [
            a.source
            for a in self._sources.attributions(doc, heading, None)
            if a.source.kind != "author" and not a.denied
        ]
        return named[-1] if named else None

    def _refutes(self, doc: Doc, sent: Span) -> str | None:
        """Whether ``sent``, with no figure of its own, refutes what the sentence
        before reported: "all" of it when it calls it false ("This is false.",
        "That is simply untrue.", "They say these figures are lies"), "last" when
        it calls "the figure" false in a clause of its own ("The government says the
        figure is false") or a denial verb, or a negated "believe" or "accept", rejects
        "that figure" ("She rejects that older figure as ...", "We do not believe this
        figure", "these figures" rejects them all)."""
        if not doc.has_annotation("DEP") or any(t.like_num for t in sent):
            return None
        if sent.text.rstrip().endswith("?"):
            return None  # "Is that figure wrong?" asks, it does not refute
        root = sent.root
        subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if any(_points(t) for t in subjects) and (
            any(in_words(t.text, self._falsehoods) for t in sent) or self._negated_truth(sent)
        ):
            return "all"
        for subject in (t for t in sent if t.dep_ in ("nsubj", "nsubjpass")):
            # "The government says the figure is false": a figure noun called false
            # in a clause of its own
            if subject.lower_ not in self._continuation_nouns or not any(
                c.dep_ == "det" and c.lower_ in _CONTINUING_DETERMINERS for c in subject.children
            ):
                continue
            if any(in_words(t.text, self._falsehoods) for t in subject.head.subtree):
                return "all" if subject.tag_ == "NNS" else "last"
        return self._rejected(root)

    def _rejected(self, root: Token) -> str | None:
        """Whether the sentence's main verb rejects a figure noun that points back
        ("rejects that figure", "We do not believe this figure"): "all" for a plural
        noun, "last" for one."""
        # "We do not believe this figure" rejects it as "We reject this figure" does
        rejects = root.lower_ in self._denial_verbs or (
            root.lower_ in self._support_verbs and negated(root)
        )
        if not rejects:
            return None
        # the parser sometimes takes "rejects that figure" for a clause
        objects = (
            c
            for c in root.children
            if c.dep_ in ("dobj", "ccomp") and (_points(c) or _after_demonstrative(c))
        )
        for target in objects:
            if target.lower_ in self._continuation_nouns or in_words(
                target.text, self._content_nouns
            ):
                return "all" if target.tag_ == "NNS" else "last"
        return None

    def _rejects_and_goes_on(self, doc: Doc, sent: Span) -> str | None:
        """Whether a sentence with figures of its own opens by rejecting the figure
        before and gives its own in a participle or a clause after ("X disputes that
        figure, noting that fewer than 700 ...", "X rejected that figure and said 40
        died"): what :meth:`_refutes` says of a sentence with none."""
        if not doc.has_annotation("DEP") or not any(t.like_num for t in sent):
            return None
        root = sent.root
        if any(t.like_num for t in doc[sent.start : root.i]):
            return None  # a figure before the verb is what it rejects, not the one before
        return self._rejected(root)

    def _negated_truth(self, sent: Span) -> bool:
        """Whether ``sent`` calls something not true ("That is not true", "That
        figure is simply not credible")."""
        return any(t.dep_ == "neg" for t in sent) and any(t.lower_ in self._truths for t in sent)

    def _continues(self, doc: Doc, sent: Span) -> int | None:
        """Where ``sent`` takes up the figure before, if it does: a continuation
        phrase, or a determiner, up to two adjectives and a continuation noun that no
        "of" follows ("the real figure is several thousand", "the true number ...").
        Only the figures after it continue: in "some 6,000 live in tents meant for
        half that number" the phrase points back to the 6,000."""
        found = self._continuations.find(doc, sent.start, sent.end)
        if found:
            return found[0][0]
        for token in sent:
            if token.lower_ not in self._continuation_nouns:
                continue
            if token.i + 1 < sent.end and doc[token.i + 1].lower_ == "of":
                continue
            k = token.i - 1
            while k >= max(sent.start, token.i - 3) and _is_adjective(doc[k]):
                k -= 1
            if k >= sent.start and (
                doc[k].lower_ in _CONTINUING_DETERMINERS or doc[k].tag_ in _POSSESSIVE_TAGS
            ):
                return k
        return None

    def _claim(
        self,
        doc: Doc,
        number: int,
        figure: Figure,
        counted: Counted,
        source: ClaimSource,
        stance: Stance,
    ) -> Claim:
        value, low, high = figure.value, figure.low, figure.high
        start, end = figure.start, counted.end
        if counted.unit == "people" and not isinstance(value, str):
            # "three soldiers and a hotel guard", "a woman and her three children":
            # each single person joined adds one
            added, joined_start, joined_end = joined_ones(self._vocab, doc, doc[counted.end - 1])
            if added:
                value, end = value + added, joined_end
                start = joined_start if joined_start >= 0 else start
                low = None if low is None else low + added
                high = None if high is None else high + added
        start = self._marked_part(doc, start)
        if counted.km_per_unit is not None:
            factor = counted.km_per_unit
            low, high = _in_km(low, factor), _in_km(high, factor)
            if not isinstance(value, str):
                value = _in_km(value, factor) or 0
        last = doc[end - 1]
        return Claim(
            id=f"c{number}",
            span=(doc[start].idx, last.idx + len(last.text)),
            about=counted.about,
            property=counted.property,
            value=value,
            low=low,
            high=high,
            qualifier=figure.qualifier,
            unit=counted.unit,
            source=source,
            stance=stance,
        )

    def _marked_part(self, doc: Doc, start: int) -> int:
        """Where a figure's span starts when a part marker stands right before it
        ("including four policemen", "among them four women", "of these, about
        18,500"): at the marker. The
        span then says, in its own words, that the figure is part of the one
        before, which a toll must not add to it."""
        lower = max(0, start - 4)
        if doc.has_annotation("SENT_START"):
            lower = max(lower, doc[start].sent.start)
        set_off = start - 1 > lower and doc[start - 1].text == ","  # "of these, about 18,500"
        ends = (start, start - 1) if set_off else (start,)
        found = [s for s, e in self._part_markers.find(doc, lower, start) if e in ends]
        return found[0] if found else start


def _outside_dates(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures whose number is no part of a longer date or time: the day of "On
    30 Khordad 1360", "on 7 Tir" or "Muharram 1224" counts nothing, whatever the
    calendar, though the entity recogniser knows only Gregorian months. A timex
    that is the number alone ("in 2000 homes" read as a year) leaves it to the
    figure reader, which knows when such a number counts."""
    dates = date_spans(doc)
    if not dates:
        return figures
    kept = []
    for figure in figures:
        tokens = doc[figure.start : figure.end]
        number = next((t for t in tokens if t.like_num), tokens[0])
        start, end = number.idx, number.idx + len(number.text)
        if not any(
            low <= start and end <= high and high - low > end - start for low, high in dates
        ):
            kept.append(figure)
    return kept


def _points(token: Token) -> bool:
    """A demonstrative, or a noun with one ("this", "that older figure")."""
    return token.lower_ in _DEMONSTRATIVES or any(
        c.lower_ in _DEMONSTRATIVES and c.dep_ == "det" for c in token.children
    )


def _after_demonstrative(token: Token) -> bool:
    """Whether a demonstrative stands right before the noun, which the parser may
    hang elsewhere ("disputes that figure", parsed with "that" as a subject)."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in _DEMONSTRATIVES


def _last_reported(claims: list[Claim], start: int) -> int:
    """Where the last claim from ``start`` on that a source other than the writer
    made sits (``len(claims)`` when there is none)."""
    for k in range(len(claims) - 1, start - 1, -1):
        if claims[k].source.kind != "author":
            return k
    return len(claims)


def _opens_quote(sent: Span) -> bool:
    """Whether the sentence opens with a quotation mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.is_quote


@dataclass(frozen=True)
class _Frame:
    """One sentence's claims, ``claims[start:end]``, the source it names last
    (``last``, None when it names none) and the one it names first after a figure
    (``closing``: "..., the board said")."""

    start: int
    end: int
    last: ClaimSource | None = None
    closing: ClaimSource | None = None


def _framed(claims: list[Claim], frames: list[_Frame]) -> list[Claim]:
    """The claims, with those of a sentence that names no source given to the source
    that the sentence before names and the sentence after names again after its
    figures: in "The board found that the soldiers fired without orders. Fourteen
    civilians were wounded. Soldiers fired 108 rounds, the board said." the middle
    sentence is the board's finding too, as the report goes on until its source is
    named again. A source named before its figures ("In a statement, the bureau said
    61 ...") starts a new report, and leaves the sentence before it the writer's."""
    claims = list(claims)
    for k in range(1, len(frames) - 1):
        frame, opening, closing = frames[k], frames[k - 1].last, frames[k + 1].closing
        if frame.start == frame.end or frame.last is not None:
            continue
        if opening is not None and closing is not None and _same_speaker(opening, closing):
            claims[frame.start : frame.end] = [
                _credited(claim, opening) for claim in claims[frame.start : frame.end]
            ]
    return claims


def _same_speaker(first: ClaimSource, second: ClaimSource) -> bool:
    """Whether two sources are one: the same entity, or names that share a content word
    ("The board of inquiry", "the board")."""
    if first.kind == "author" or second.kind == "author":
        return False
    if first.entity is not None and first.entity == second.entity:
        return True
    return bool(_name_words(first.name) & _name_words(second.name))


def _name_words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (name or "").lower())} - _NAME_STOPWORDS


def _credited(claim: Claim, source: ClaimSource) -> Claim:
    """The writer's plain claim, given to the source a later sentence names for it;
    one the writer hedges or another source made stays as it was."""
    if claim.source.kind != "author" or claim.stance != "asserted":
        return claim
    return claim.model_copy(update={"source": source, "stance": "reported"})


def _denied(claim: Claim) -> Claim:
    """The claim, denied when another source made it (the writer's own stay asserted)."""
    if claim.source.kind == "author":
        return claim
    return claim.model_copy(update={"stance": "denied"})


@lru_cache(maxsize=1)
def _default_extractor() -> ClaimExtractor:
    return ClaimExtractor()


def extract_claims(doc: Doc) -> list[Claim]:
    """The claims of a processed doc (see the module doc for what a claim covers).

    Uses the dependency parse, part-of-speech tags and entities when the
    pipeline has them (``en_core_web_sm``); on a blank pipeline figures are
    still found and attribution falls back to word patterns. Sentence
    boundaries (a parser or a ``sentencizer``) let attribution carry from one
    sentence to the next; without them the doc is one sentence.
    """
    return _default_extractor()(doc)
