"""Naming a source: the name, entity and kind of the phrase that says who speaks.

:mod:`attribution` finds the phrase (the subject of a reporting verb, the
object of "according to", a source noun); this module says whom it names.

The name is the phrase as written, except that a possessive before a medium
noun names its owner ("Masoud Rajavi's interview with ..." -> Masoud Rajavi,
"the organization's sources" -> the organization; kept records too, "the town's
own annals" -> the town), "by" or "from" after one names its
author ("reports by local activists" -> local activists, "later studies by
Maharatna" -> Maharatna, "figures from the insurers" -> the insurers), and "by"
after a relaying participle names no one
("an official quoted by X", "reports received by our staff": the official, the
reports). The kind is ``unnamed`` when the phrase is anonymous ("unofficial",
"various", "close to", "unverified"; a vague word such as "other" or "local"
only without a definite article or owner: "the other side's ministry" is
named), or when it names no one in particular: no proper name, no possessive
of someone in particular ("residents' groups" owns for no one), no definite
article or owner, no institution such as "police" or its medium, "a police
statement" ("officials", "independent observers"), or only a group by its
role, definite or not ("the kidnappers", "the lawyers", "Lawyers for the
prisoners"), as things do not speak and an office or a body speaks for itself
("the authorities", "the associations"). A nationality alone names no one
("Soviet statisticians"), unless the noun speaks for a state ("Turkish
officials"). Else the kind is ``named``; a source that is a proper name gets
the entity id of
:func:`historiograph.nlp.entities.entity_id`. An indefinite article with no
proper name and no definite word leaves the source anonymous even with a
possessive ("a veterans' newsletter"). A clock time or an item number
before the phrase is the line's stamp, not part of the name ("09:15 Regional
authorities say ..." is "Regional authorities", and "Regional" is the
sentence's first word, no name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words
from historiograph.nlp.entities import entity_id
from historiograph.nlp.views import doc_text
from historiograph.record import ClaimSource

_DASHES = frozenset({"-", "—", "–"})
BOUNDARY = frozenset({",", ";", ":", ".", "(", ")", "“", "”", '"', "!", "?", "—", "–"})
CLAUSE_STARTS = frozenset(
    {"that", "and", "but", "while", "which", "who", "whom", "when", "however", "whereas", "as"}
)
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_INDEFINITE = frozenset({"a", "an"})
_STAMP = re.compile(r"\d{1,2}[:.h]\d{2}|\d+\.?")  # "09:15", "14.30", "13."


class SourceNamer:
    """Names the source of a phrase with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._anonymous = Phrases(vocab.anonymous)

    def source(self, doc: Doc, tokens: Sequence[Token]) -> ClaimSource | None:
        """The source a phrase names: its name, entity and kind (see module doc), or
        None for an empty phrase."""
        tokens = _after_dateline(tokens)
        words = [t for t in _unmarked(tokens) if not t.is_punct or t.text in POSSESSIVES]
        while words and _stamp(words[0]):
            words = words[1:]  # "09:15 Regional authorities say": the line's time
        for k, token in enumerate(words):
            if token.text in POSSESSIVES and k > 0:
                owner = words[:k]
                owned = [t for t in words[k + 1 :] if t.lower_ != "own"]  # "X's own figure"
                # "the organisers' claim" is theirs; "a miners' bulletin" owns for no one
                if owned and self.medium(owned[0]) and self._owned(words[: k + 1]):
                    return self._named(doc, owner, possessive=True)
            if token.lower_ == "by" and k > 1 and words[k - 1].lower_ in self.vocab.relays:
                return self.source(doc, words[: k - 1])  # "an official quoted by X": the official
            if token.lower_ == "by" and 0 < k < len(words) - 1 and self._authored(words[:k]):
                author = _until_clause(words[k + 1 :])
                if author:  # "reports by local activists", "records kept by X" -> the author
                    return self.source(doc, author)
            if (
                token.lower_ == "from"
                and 0 < k < len(words) - 1
                and in_words(words[k - 1].text, self.vocab.media_nouns)
            ):  # "figures from the insurers" are the insurers' ("a witness from X" is no medium)
                author = _until_clause(words[k + 1 :])
                if author:
                    return self.source(doc, author)
        if not words:
            return None
        return self._named(doc, words, possessive=self._owned(words))

    def _owned(self, words: Sequence[Token]) -> bool:
        """Whether a possessive in the phrase names an owner who is someone in
        particular ("the union's", "Nordair's", "police's"): a bare plural common
        noun owns for no one ("residents' groups", "victims' families" are as
        anonymous as "groups" or "families"), nor does one in the place where the
        speaker is ("a nurse at the town's clinic" is as anonymous as "a nurse")."""
        where = self._placed(words)
        for k, token in enumerate(words):
            if token.text not in POSSESSIVES or k == 0 or token.i in where:
                continue
            owner = words[:k]
            bare = (
                owner[-1].tag_ == "NNS"
                and not any(is_proper(t) for t in owner)
                and not any(t.lower_ in DEFINITE or t.lower_ in _OWNERS for t in owner)
                and owner[-1].lower_ not in self.vocab.institutions
            )
            if not bare:
                return True
        return False

    def _authored(self, words: Sequence[Token]) -> bool:
        """Whether ``words`` end in a medium, or a medium and a participle ("records
        kept"), so that a "by" after them names the medium's author."""
        if self.medium(words[-1]):
            return True
        return len(words) > 1 and words[-1].tag_ == "VBN" and self.medium(words[-2])

    def medium(self, token: Token) -> bool:
        """Whether ``token`` is a medium, a source noun or a claim noun: a thing that
        speaks for whoever made it ("figures", "the report", "annals")."""
        return any(
            in_words(token.text, words)
            for words in (self.vocab.media_nouns, self.vocab.source_nouns, self.vocab.content_nouns)
        )

    def _named(self, doc: Doc, words: Sequence[Token], *, possessive: bool) -> ClaimSource:
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = doc_text(doc)[start:end]
        # "the other side's ministry" is one body; "other sources" stay vague
        led = words[0].lower_ in DEFINITE or words[0].lower_ in _OWNERS
        anonymous = [
            (s, e)
            for s, e in self._anonymous.find(doc, words[0].i, words[-1].i + 1)
            if not (led and doc[s:e].text.lower() in self.vocab.vague_sources)
        ]
        # a nationality before a common noun names no one ("Soviet statisticians"),
        # unless the noun speaks for a state ("Bosnian Serb officials")
        voice = in_words(words[-1].text, self.vocab.state_voices)
        proper = [t for t in words[:-1] if is_proper(t) and (voice or not _nationality(t))]
        proper += [words[-1]] if is_proper(words[-1]) else []
        # a place after the head says where the speaker is, not who ("a village
        # elder in Kapoeta", "officials in Kabul"; but "sources in the ministry" says
        # which body)
        where = self._placed(words)
        proper = [t for t in proper if t.i not in where]
        definite = (
            any(t.lower_ in DEFINITE or t.lower_ in _OWNERS for t in words if t.i not in where)
            or words[-1].lower_ in self.vocab.institutions
            or phrase_head(words).lower_ in self.vocab.institutions
            or self._institutional(words)
        )
        # "a veterans' newsletter": a possessive inside an indefinite phrase names no
        # one, while "an earlier version of this article" still points at one text
        indefinite = (
            words[0].lower_ in _INDEFINITE
            and not proper
            and not any(t.lower_ in DEFINITE for t in words if t.i not in where)
            and not self._institutional(words)  # "a police statement" speaks for the police
        )
        if (
            anonymous
            or indefinite
            or not (proper or possessive or definite)
            or self._crowd(words, proper)
        ):
            return ClaimSource(name=name, entity=None, kind="unnamed")
        return ClaimSource(name=name, entity=self._entity(words), kind="named")

    def _crowd(self, words: Sequence[Token], proper: Sequence[Token]) -> bool:
        """Whether a phrase picks out people only by a shared role, with no name in it:
        "the guards", "the organisers", "the kidnappers", "the old people" tell which
        group, not who answers for the figure, so they are as unnamed as "guards".
        Any plural common noun that speaks is such a group, as things do not speak;
        but an office or a body speaks for itself ("the authorities", "the army",
        "the forces"), and a medium for its maker ("the records", "the figures"). A name
        in an "of" after the group says where they are from ("the annalists of Leinster")."""
        head = phrase_head(words)
        # "the annalists of Leinster", "the monks of Inisfallen": a name in an "of" after
        # the group says where its people are from, not who answers for the figure
        hailing = head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "of"
        if [t for t in proper if not (hailing and t.i > head.i)] or head.tag_ != "NNS":
            return False
        if head.lower_ in self.vocab.state_voices or head.lower_ in self.vocab.institutions:
            return False
        return not (in_words(head.text, self.vocab.bodies) or self.medium(head))

    def _placed(self, words: Sequence[Token]) -> set[int]:
        """The tokens after a phrase's head that say where it is: a place name, or
        the words after a locative preposition ("in", "at")."""
        head = phrase_head(words)
        placed = {t.i for t in words if t.i > head.i and t.ent_type_ in PLACES}
        for k, token in enumerate(words):
            if token.i > head.i and token.lower_ in self.vocab.locatives:
                within = words[k + 1 :]
                if within and self._speaking_body(phrase_head(within)):
                    break  # "sources in the fisheries ministry": which body, not where
                placed.update(t.i for t in within)
                break
        return placed

    def _speaking_body(self, noun: Token) -> bool:
        """A noun for a body that speaks for itself ("the ministry", "the army", "the
        commission"), not a place."""
        return (
            noun.lower_ in self.vocab.institutions
            or noun.lower_ in self.vocab.state_voices
            or in_words(noun.text, self.vocab.bodies)
        )

    def _institutional(self, words: Sequence[Token]) -> bool:
        """An institution's own medium names it ("a police statement", "Iranian
        government sources", "Government estimates at the time")."""
        head = phrase_head(words)
        if not in_words(head.text, self.vocab.media_nouns):
            return False
        return any(t.lower_ in self.vocab.institutions for t in words if t.i < head.i)

    def _entity(self, words: Sequence[Token]) -> str | None:
        """The entity id of a source that is a proper name ("Masoud Rajavi", "the Red Crescent")."""
        body = [t for t in words if t.lower_ not in DEFINITE]
        if not body or in_words(body[-1].text, self.vocab.source_nouns):
            return None
        if all(is_proper(t) or (t.is_title and t.is_alpha) for t in body):
            return entity_id(" ".join(t.text for t in body))
        return None


def _unmarked(tokens: Sequence[Token]) -> list[Token]:
    """The tokens without bracketed reference marks ("[13] Others" -> "Others")."""
    kept: list[Token] = []
    inside = False
    for token in tokens:
        if token.text == "[":
            inside = True
        elif token.text == "]":
            inside = False
        elif not inside and not (token.text.startswith("[") and token.text.endswith("]")):
            kept.append(token)
    return kept


def is_proper(token: Token) -> bool:
    """Whether ``token`` is part of a name. A plural common noun the recogniser took
    for a person ("Organisers say ...") is none: a person's name is no plural."""
    if token.ent_type_ == "PERSON" and token.tag_ == "NNS":
        return False
    if (token.tag_ != "NNP" or token.ent_iob_ == "I") and _opens_after_dateline(token):
        # "LIMA - Opposition lawmakers": the recogniser runs the dateline on into the
        # sentence's first word, and the tagger may follow it
        return False
    if token.ent_type_ in _NAMES or token.tag_ == "NNP":
        return True
    if token.is_upper and token.is_alpha and len(token) > 1:
        return True
    # a capital after a line label ("Q. Organisers say") is a sentence's first word
    # and so is one after a reference mark ("[13] Others put it at ...")
    opens = token.is_sent_start or (
        token.i > 0 and (token.nbor(-1).text.endswith(".") or token.nbor(-1).text.endswith("]"))
    )
    return token.is_title and token.is_alpha and not opens and not _after_stamp(token)


def _after_dateline(tokens: Sequence[Token]) -> Sequence[Token]:
    """A phrase without the dateline that opens it ("LIMA - Opposition lawmakers",
    "KABUL, May 2 - Police"): a place in capitals, perhaps a date, and a spaced dash
    head a news story and name no one. The parser may take them into the subject."""
    for k, token in enumerate(tokens[1:], 1):
        if token.text in _DASHES and tokens[k - 1].whitespace_ and token.whitespace_:
            return tokens[k + 1 :] if _ends_dateline(token) else tokens
    return tokens


def _ends_dateline(dash: Token) -> bool:
    """Whether a spaced dash ends the dateline its sentence opens with."""
    doc = dash.doc
    first = doc[dash.sent.start] if doc.has_annotation("SENT_START") else doc[0]
    placed = first.is_upper and first.is_alpha and len(first) > 1
    return placed and all(_in_dateline(t) for t in doc[first.i : dash.i])


def _opens_after_dateline(token: Token) -> bool:
    """Whether ``token`` is the first word after a dateline, a sentence's first word."""
    if token.i == 0:
        return False
    dash = token.nbor(-1)
    spaced = dash.i > 0 and bool(dash.nbor(-1).whitespace_) and bool(dash.whitespace_)
    return dash.text in _DASHES and spaced and _ends_dateline(dash)


def _in_dateline(token: Token) -> bool:
    """A word a dateline is made of: the place in capitals, the date, commas."""
    return (
        (token.is_upper and token.is_alpha)
        or token.is_punct
        or token.like_num
        or token.ent_type_ in ("DATE", "GPE")
    )


def _stamp(token: Token) -> bool:
    """A clock time or an item number that heads a line ("09:15", "13.")."""
    return bool(_STAMP.fullmatch(token.text))


def _after_stamp(token: Token) -> bool:
    """Whether only a stamp stands before ``token`` in its sentence ("09:15 Regional
    authorities say"): the token is then the sentence's first word."""
    if token.i == 0 or not token.doc.has_annotation("SENT_START"):
        return False
    before = token.doc[token.sent.start : token.i]
    return len(before) > 0 and all(_stamp(t) or t.is_punct for t in before)


def phrase_head(words: Sequence[Token]) -> Token:
    """The head of a phrase: its first word governed from outside it (the last word
    without a parse)."""
    inside = {t.i for t in words}
    if words[0].doc.has_annotation("DEP"):
        for token in words:
            if token.head.i not in inside or token.head == token:
                return token
    return words[-1]


def expand(tokens: Sequence[Token]) -> list[Token]:
    """Left modifiers with their own subtrees ("Iranian government" in "... sources")."""
    out: list[Token] = []
    for token in tokens:
        out.extend(t for t in token.subtree if t not in out)
    return sorted(out, key=lambda t: t.i)


def _nationality(token: Token) -> bool:
    """A nationality or other proper adjective ("Soviet", "Japanese")."""
    return token.ent_type_ == "NORP" or token.tag_ == "JJ"


def opens_clause(token: Token) -> bool:
    """Whether a word opens a clause ("that", "who", "while"): not an acronym in
    capitals that happens to spell one ("WHO's latest bulletin reports ..."), unless
    the words before it are in capitals too (a headline's "POLICE SAY THAT ...")."""
    if token.lower_ not in CLAUSE_STARTS:
        return False
    acronym = len(token.text) > 1 and token.text.isupper()
    before = token.nbor(-1) if token.i > 0 else None
    return not acronym or (before is not None and before.text.isupper())


def _until_clause(words: Sequence[Token]) -> list[Token]:
    """Words up to a clause opener ("local activists that 26 ..." -> local activists)."""
    out: list[Token] = []
    for token in words:
        if opens_clause(token) or token.text in BOUNDARY:
            break
        out.append(token)
    return out
