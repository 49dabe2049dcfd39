"""Claims from a parsed document: figures, what they count, who says so, and how.

This module strings the readers together, sentence by sentence:
:mod:`figures` finds the figures, :mod:`counted` says what each counts (and
drops the numbers that count nothing), :mod:`attribution` names the source
and :mod:`stance` the stance. Two things carry across sentences: a pronoun
subject of a reporting verb ("He added ...") stands for the last source named,
and a sentence that continues the previous figure ("this number raises to
...", "the real figure is ...") keeps that claim's property and, when it names no
source of its own and counts the same thing, its source. In a transcript
(:mod:`turns`) the speaker of a turn makes the claims that name no other source.

**Spans.** A claim's span is its figure phrase: the qualifier, the number and
the counted noun ("more than 6,000 people", "80 miles", "39 members"). It is
the evidence a reader needs to check the numbers and, unlike the sentence,
it tells apart the several claims one sentence can make.

**Distances** are stored in km (``value``, ``low`` and ``high``, rounded to
0.1 km, unit ``km``); the span keeps the figure as stated ("80 miles").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.attribution import SourceReader
from historiograph.extract.claims.counted import Counted, CountReader
from historiograph.extract.claims.figures import Figure, FigureReader, Number
from historiograph.extract.claims.stance import StanceReader
from historiograph.extract.claims.turns import read_turns
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, load_vocabulary
from historiograph.record import Claim, ClaimSource, Stance

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


def _in_km(value: Number | None, factor: float) -> Number | None:
    if value is None:
        return None
    km = round(value * factor, 1)
    return int(km) if km.is_integer() else km


class ClaimExtractor:
    """Extracts claims with one vocabulary; build once, call on many docs."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        vocab = vocab or load_vocabulary()
        self._figures = FigureReader(vocab)
        self._counts = CountReader(vocab)
        self._sources = SourceReader(vocab)
        self._stances = StanceReader(vocab)
        self._continuations = Phrases(vocab.continuations)
        self._continuation_nouns = vocab.continuation_nouns
        self._witness_markers = vocab.witness_markers

    def __call__(self, doc: Doc) -> list[Claim]:
        """The claims of ``doc`` in text order, with ids ``c1``, ``c2``, ..."""
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        figures = self._figures.read(doc)
        turns = read_turns(doc, self._witness_markers)
        claims: list[Claim] = []
        last: ClaimSource | None = None
        previous: _Previous | None = None
        for sent in sentences:
            attributions = self._sources.attributions(doc, sent, last)
            continues = self._continues(doc, sent)
            for figure in (f for f in figures if sent.start <= f.start < sent.end):
                carried = previous.counted if continues and previous else None
                earlier = previous.counted if previous else None
                counted = self._counts.read(doc, figure, sent, carried, earlier)
                if counted is None:
                    continue
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
                    continues
                    and previous is not None
                    and previous.counted.property == counted.property
                ):
                    source, denied = previous.source, previous.stance == "denied"
                else:
                    source, denied = ClaimSource(), False
                if speaker is not None and source.kind == "author":
                    source = speaker  # "we estimate ..." in a hearing: the witness says so
                stance = self._stances.stance(doc, sent, figure, source, denied=denied)
                claims.append(self._claim(doc, len(claims) + 1, figure, counted, source, stance))
                previous = _Previous(counted, source, stance)
            if attributions:
                last = attributions[-1].source
        return claims

    def _continues(self, doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` continues the figure before: a continuation phrase, or a
        determiner, up to two adjectives and a continuation noun that no "of"
        follows ("the real figure is several thousand", "the true number ...")."""
        if self._continuations.find(doc, sent.start, sent.end):
            return True
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
                return True
        return False

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
        if counted.km_per_unit is not None:
            factor = counted.km_per_unit
            low, high = _in_km(low, factor), _in_km(high, factor)
            if not isinstance(value, str):
                value = _in_km(value, factor) or 0
        last = doc[counted.end - 1]
        return Claim(
            id=f"c{number}",
            span=(doc[figure.start].idx, last.idx + len(last.text)),
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
