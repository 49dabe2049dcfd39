"""Numbers that are not figures: what a number is when it states no count.

Left out are years, periods and dates, identifiers after a reference word or
a time unit ("Resolution 598", "p. 403", "Week 31") or with a leading zero,
numbers in a name ("Group Six", "the Kamenica 2 site", "near Exit 17"),
numbered paragraphs, footnote marks, numbers inside hyphenated modifiers
("three-volume"), durations ("two years"), percentages (with no "of") and
money, ages, the ends of a rate ("one in four children") or of a pair that is
no range ("pp. 403 – 331"), and numbers after a referential determiner ("the
two sides", "these two failures"), which refer back rather than claim a count,
unless a participle says what befell those counted ("the 300 people killed"),
a personal owner's verb does ("his two brothers were killed"), a preposition
makes a vague plural an amount ("ran into the tens of thousands") or a
reporting verb says who gave the figure ("the 2 million long cited by X", "the
45 it gave on Thursday").

"One" and the other weak numbers are figures only before a counted noun,
directly, after a name ("one Boko Haram fighter") or after a word that adds to
a count ("one more climber"); else they are pronouns as often as counts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from historiograph.extract.claims.gaps import gapped_clause, gapped_source
from historiograph.extract.claims.numbers import (
    JOINED,
    NumberReader,
    digits,
    is_year,
    tidy,
    word_of,
)
from historiograph.extract.claims.vocabulary import Vocabulary, in_words

_NOT_FIGURE_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "LAW"})
_CURRENCY = frozenset({"$", "€", "£", "us$"})
_OTHERS = frozenset({"other", "remaining", "last", "first", "same"})
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "our"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "whom"})
_RATIO_BASE = 100  # "one in 100 births"; "3 in 2,000 homes" is no rate anyone writes so
_RELATIVE_TIMES = frozenset(
    {"this", "last", "overnight", "yesterday", "today", "tonight", "earlier"}
)
_ONE = frozenset({"a", "an", "one"})
_BACK = frozenset({"earlier", "before", "ago", "previously"})
_ADDING = frozenset({"more", "other", "further", "additional"})  # "one more climber"


class NonFigures:
    """Tells numbers that state no count from figures, with one vocabulary."""

    def __init__(self, vocab: Vocabulary, numbers: NumberReader) -> None:
        self.vocab = vocab
        self._numbers = numbers

    def known_noun(self, doc: Doc, i: int) -> bool:
        """Whether the token at ``i`` is a noun that figures count (people, attacks, km)."""
        if i >= len(doc):
            return False
        v = self.vocab
        word = doc[i].text
        return (
            in_words(word, v.person_nouns)
            or in_words(word, v.event_nouns)
            or word.lower() in v.outcome_nouns
            or word.lower() in v.distance_km
        )

    def _noun_after(self, doc: Doc, end: int) -> int:
        """Where the noun a figure ending at ``end`` counts stands, past the adjectives
        before it ("45 unarmed inmates"): the recogniser may tag such a figure's first
        end a date ("between 38 and 45 unarmed inmates"), which the noun overrules."""
        i = end
        while i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].dep_ == "amod":
            i += 1
        return i

    def _named_noun(self, doc: Doc, i: int) -> bool:
        """Whether a known counted noun follows a name of up to three words ("one
        Boko Haram fighter") or a word that adds to a count ("one more climber"): a
        weak number is then a count."""
        for k in range(i, min(len(doc), i + 4)):
            if self.known_noun(doc, k):
                return True
            if doc[k].lower_ in _ADDING and k == i:
                continue
            if not (doc[k].is_title or doc[k].is_upper) or not doc[k].is_alpha:
                return False
        return False

    def _lone_loss(self, one: Token) -> bool:
        """Whether a lone "one" is the subject of a death or an injury ("two were wounded
        and one was shot dead", "one died on the way to hospital"): a count of one, as
        "one farmer" would be. A shared verb alone says no loss ("one was shot"), and
        "no one", "one of them" are read elsewhere."""
        if one.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("det", "prep") for c in one.children
        ):
            return False
        verb = one.head
        words = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "acomp"))]
        return any(
            self.vocab.outcome_cues.get(w.lower_) in ("fatalities", "injured")
            and w.lower_ not in self.vocab.shared_cues
            for w in words
        )

    def _one_victim(self, one: Token) -> bool:
        """Whether "one" counts the noun a death or an injury befell ("killed one
        constable and wounded five", "one officer was killed"): a count of one, whatever
        the noun, as "one of the groups" is not. A shared verb alone says no loss."""
        noun = one.head
        if one.dep_ != "nummod" or noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        verb = noun.head
        return (
            self.vocab.outcome_cues.get(verb.lower_) in ("fatalities", "injured")
            and verb.lower_ not in self.vocab.shared_cues
        )

    def _refers_back(self, doc: Doc, token: Token) -> bool:
        """A determiner that makes the figure refer back ("the two sides", "the
        other five")."""
        if token.lower_ in _OTHERS and token.i > 0:
            token = doc[token.i - 1]
        if token.tag_ == "POS":
            return True  # "the country's fourteen provinces", as "its fourteen provinces"
        if token.lower_ not in self.vocab.referential_determiners:
            return False
        return not doc.has_annotation("POS") or token.pos_ in ("DET", "PRON")

    def _amount(self, doc: Doc, start: int, number_start: int) -> bool:
        """Whether a vague plural after "the" is an amount ("ran into the tens of
        thousands", "deaths in the hundreds"), not things counted before."""
        return (
            start > 1
            and doc[start - 1].lower_ == "the"
            and doc[start - 2].lower_ in self.vocab.amount_prepositions
            and self._numbers.vague_at(doc, number_start) is not None
        )

    def _measured(self, doc: Doc, start: int) -> bool:
        """Whether a measure noun makes the figure an age ("aged 16", "the age of five"),
        or one person does before its "of" ("a boy of nine")."""
        k = start - 1
        if k > 0 and doc[k].lower_ == "of":
            k -= 1
            if doc[k].lower_ in self.vocab.aged_persons:
                return True
        return doc[k].lower_ in self.vocab.measures

    def _superlative_age(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a superlative of age before a bare number makes it an age ("the
        youngest only 19", "the eldest barely 16"); "the oldest three houses" counts."""
        k = start - 1
        while k > 0 and doc[k].lower_ in self.vocab.gapping_adverbs:
            k -= 1
        if k < 0 or doc[k].lower_ not in self.vocab.age_superlatives:
            return False
        return end >= len(doc) or doc[end].is_punct or doc[end].pos_ == "CCONJ"

    def _pair_end(self, doc: Doc, k: int) -> bool:
        """Whether the number at ``k`` opens a dashed pair; a date before a dash
        ("GOMA, March 3 — At least 42 ...") is a dateline, not half of a pair."""
        token = doc[k]
        if not token.like_num or token.ent_type_ == "DATE":
            return False
        return not (k > 0 and doc[k - 1].lower_ in self.vocab.months)

    def _given(self, doc: Doc, number_start: int, end: int) -> bool:
        """Whether a reporting verb says who gave the figure ("the 2 million long
        cited by X", "the 45 it gave on Thursday"): a claim of its own, though its
        determiner refers back."""
        if not doc.has_annotation("DEP"):
            return False
        numbers = list(doc[number_start:end])
        nouns = {t.head for t in numbers if t.dep_ == "nummod"}
        return any(self._gives(c) for token in [*numbers, *nouns] for c in token.children)

    def _gives(self, verb: Token) -> bool:
        """Whether ``verb`` reports the figure it modifies as its object: a passive
        participle ("cited by X") or a relative clause with a subject of its own
        ("it gave"), not one whose subject is the figure ("the three men who said")."""
        if verb.lower_ not in self.vocab.attribution_verbs:
            return False
        if verb.dep_ == "acl":
            return verb.tag_ == "VBN"
        if verb.dep_ != "relcl":
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and subjects[0].lower_ not in ("who", "which", "that")

    def _outcome_after(self, doc: Doc, end: int) -> bool:
        """Whether the counted noun is followed by what befell them ("the 5,000 police
        officers injured by rioters", "the 74 fishermen who died"): a new claim, though
        its determiner refers back."""
        k = end
        while k < len(doc) and k < end + 4 and doc[k].is_alpha:
            word = doc[k].lower_
            if word in self.vocab.outcome_cues:
                return not doc.has_annotation("TAG") or doc[k].tag_ == "VBN"
            if word in _RELATIVE_PRONOUNS:
                return self._outcome_in_relative(doc, k + 1)
            if doc.has_annotation("POS") and doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
                return False
            k += 1
        return self._possessed_outcome(doc, k)

    def _outcome_in_relative(self, doc: Doc, k: int) -> bool:
        """Whether the relative clause opening at ``k`` says what befell the people it
        follows ("who died", "who were killed", "that had been detained"): the verb,
        past its auxiliaries, is an outcome in the past."""
        while k < len(doc) and doc.has_annotation("POS") and doc[k].pos_ in ("AUX", "ADV"):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.vocab.outcome_cues:
            return False
        return not doc.has_annotation("TAG") or doc[k].tag_ in ("VBD", "VBN")

    def _befallen(self, doc: Doc, owner: Token, end: int) -> bool:
        """Whether people counted after a personal owner are whom the verb over them
        says was killed, hurt or held ("a woman and her three children died",
        "gunmen killed his two brothers"): the owner says whose relatives they are,
        not that the text counted them before, as "the two sides" or "its fourteen
        provinces" refer back."""
        if owner.lower_ not in _PERSONAL_OWNERS or end >= len(doc) or not doc.has_annotation("DEP"):
            return False
        noun = doc[end]
        if noun.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in noun.children):
            return False
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "a tribal elder and his two guards": the first conjunct's role
        verb = noun.head
        return (
            noun.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
            and verb.pos_ == "VERB"
            and verb.lower_ in self.vocab.outcome_cues
        )

    def _all_befallen(self, doc: Doc, determiner: Token, end: int) -> bool:
        """Whether the whole of those counted after a determiner is whom the verb says
        was killed, hurt or held ("all of its roughly 200 defenders were killed", "all
        the 40 passengers died"): the text refers back to them, and the verb befalls
        that many. "Nearly all of them" befalls fewer, and is no figure."""
        k = determiner.i - 1
        if k > 0 and doc[k].lower_ == "of":
            k -= 1
        if k < 0 or doc[k].lower_ not in self.vocab.totalities:
            return False
        if not doc.has_annotation("DEP") or (k > 0 and doc[k - 1].pos_ == "ADV"):
            return False
        whole = doc[k]
        counted = [doc[end]] if end < len(doc) and doc[end].pos_ == "NOUN" else []
        for word in [whole, *counted]:
            verb = word.head
            if (
                word.dep_ in ("nsubj", "nsubjpass", "dobj")
                and verb.pos_ == "VERB"
                and verb.lower_ in self.vocab.outcome_cues
            ):
                return True
        return False

    def _possessed_outcome(self, doc: Doc, k: int) -> bool:
        """Whether the counted people at ``k`` own the noun of what befell them ("the
        four chiefs' execution", "the six priests' murder"): the nominal of the
        verb reports it as "the four chiefs were executed" would."""
        if k + 1 >= len(doc) or not doc.has_annotation("TAG") or doc[k].tag_ != "POS":
            return False
        owned = doc[k + 1]
        return owned.lower_ in self.vocab.outcome_cues and owned.tag_ == "NN"

    def _numbered(self, doc: Doc, k: int) -> bool:
        """Whether the time unit at ``k`` is numbered by what follows ("Week 31",
        "in week 31"), unlike "the next month 2,300 detainees were freed", where
        a modifier makes it a time phrase of its own."""
        unit = doc[k]
        if unit.lower_ not in self.vocab.time_units:
            return False  # singular only: "weeks 31-33" is a range of weeks, read below
        previous = doc[k - 1] if k > 0 else None
        return (
            previous is None
            or previous.is_punct
            or "\n" in previous.whitespace_
            or previous.pos_ in ("ADP", "VERB", "AUX")
        )

    def excluded(self, doc: Doc, start: int, number_start: int, end: int) -> bool:
        """Whether the number at ``[number_start, end)`` is not a figure (see module doc)."""
        v = self.vocab
        first = doc[number_start]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        noun = self._noun_after(doc, end)
        counted_next = self.known_noun(doc, noun)
        joined = JOINED.match(word_of(first))
        if (
            _in_name(doc, number_start)
            or _numbers_a_name(doc, start, end)
            or _numbers_a_place(doc, start, end)
        ):
            return True  # "Revolutionary Force Seven", "the Kamenica 2 site": part of a name
        if len(first.text) > 1 and first.text.startswith("0") and first.text.isdigit():
            return True  # "072261": a code, not a count
        if self._in_ratio(doc, number_start, end):
            return True  # "one in four children": a rate, not a count
        if start == number_start and _paragraph_number(doc, start, end):
            return True  # "... of Calder. 13. The coroner's records": a numbered paragraph
        if before is not None:
            word = before.lower_
            if word == "." and start > 1:
                word = doc[start - 2].lower_ + "."  # "No. 41" split as "No", "."
            if word in v.reference_words or self._measured(doc, start):
                return True
            if self._superlative_age(doc, start, end):
                return True  # "the youngest only 19": an age
            if start == number_start and self._numbered(doc, start - 1):
                return True  # "Week 31", "day 3": which one, not how many
            if (
                self._refers_back(doc, before)
                and not self._amount(doc, start, number_start)
                and not self._outcome_after(doc, end)
                and not self._befallen(doc, before, end)
                and not self._all_befallen(doc, before, end)
                and not self._given(doc, number_start, end)
                and not _broken_down(doc, start, end)
            ):
                return True
            if word in v.months or word in _CURRENCY or word == "[":
                return True
            if word in ("-", "–", "—") and start > 1 and self._pair_end(doc, start - 2):
                return True  # the end of a pair that is no range ("pp. 403 – 331")
            period = word in ("-", "–", "—", "to") and start > 1 and is_year(doc[start - 2])
            if period and is_year(first):
                return True  # the end of a period ("1914-1918", "1939 to 1945")
        if after is not None:
            word = after.lower_
            if word in v.months or word in v.not_counts:
                return True
            if in_words(word, v.time_units):
                return True
            if (
                (word in v.range_joiners or word in v.range_openers.values())
                and end + 2 < len(doc)
                and doc[end + 1].like_num
                and doc[end + 2].lower_ in v.not_counts
            ):
                return True  # "between 10 and 15 per cent": the first end of a share
            if word in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_alpha:
                return not self._numbers.is_number_word(doc, end + 1)
        year = digits(first) if joined is None else tidy(float(joined.group(1).replace(",", "")))
        year_like = year is not None and "," not in first.text and 1000 <= year <= 2100
        if counted_next:
            # "a 2019 bombing": a year before one act or person is its date; a count of
            # them is plural ("2019 bombings"); "In 1905 sailors mutinied": a year after a
            # preposition of time is the date of what follows
            dated = before is not None and before.lower_ in v.year_prepositions
            single = end == number_start + 1 and doc[noun].tag_ == "NN"
            return year_like and (single or (dated and start == number_start))
        if year_like:
            return True
        if first.lower_ in v.weak_numbers and end - number_start == 1:
            return not (
                self._named_noun(doc, end) or self._lone_loss(first) or self._one_victim(first)
            )
        return (
            first.ent_type_ in _NOT_FIGURE_LABELS
            and not self._measure_of(first)
            and not _dated_level(first)
            and not self._gapped_figure(doc, number_start, end)
        )

    def _gapped_figure(self, doc: Doc, number_start: int, end: int) -> bool:
        """Whether the number closes a gapped report ("the governor said 12 had died;
        the opposition, 40"), or sits in the clause a gapped source reports: the
        recogniser takes such a number for an age or a date, but a figure in the
        sentence before the phrase makes the number the second source's count. A
        person's name before it stays an age ("the two dead were named as Ali, 35,
        and Omar, 40")."""
        sent = doc[number_start].sent
        phrase = gapped_source(doc, sent, end, self.vocab)
        clause = gapped_clause(doc, sent, self.vocab) if phrase is None else None
        if clause is not None and clause[2] < number_start:
            phrase = clause[:2]  # "..., and the charity, that 70 had been wounded"
        if phrase is None or doc[phrase[1]].ent_type_ == "PERSON":
            return False
        return any(
            t.like_num and t.ent_type_ not in _NOT_FIGURE_LABELS
            for t in doc[sent.start : phrase[0]]
        )

    def _in_ratio(self, doc: Doc, number_start: int, end: int) -> bool:
        """Whether the number is an end of a rate ("1 in 4 children", "one in five
        households"): a small number, "in", and a larger one, which count no one
        ("killed 12 in two attacks" is a count, the first number being the larger)."""
        if end + 1 < len(doc) and doc[end].lower_ == "in":
            pair = (
                self._numbers.number_at(doc, number_start),
                self._numbers.number_at(doc, end + 1),
            )
        elif number_start >= 2 and doc[number_start - 1].lower_ == "in":
            pair = (
                self._numbers.number_at(doc, number_start - 2),
                self._numbers.number_at(doc, number_start),
            )
        else:
            return False
        small, large = pair
        return (
            small is not None
            and large is not None
            and not small.vague
            and not large.vague
            and small.value < large.value <= _RATIO_BASE
        )

    def _measure_of(self, token: Token) -> bool:
        """Whether the parse makes the number what a figure noun is ("the real number
        ... is 87", "puts the toll at 300; ... insists it was 45", "put the toll at
        between 30 and 45") or the level a figure noun moves to ("the death toll
        climbed to 73 overnight"), which the entity recogniser may still have taken
        for a date or a time."""
        while token.dep_ == "quantmod" and token.head.like_num:
            token = token.head  # "30 to 45": the range's last number heads it
        if token.dep_ == "nummod" and token.head.i == token.i - 1 and token.head.dep_ == "attr":
            token = token.head  # "the true number was nearer 15": the qualifier heads it
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in ("to", "at") and head.dep_ == "prep":
            verb = head.head
            # "the toll rose to 73", and "put the toll at between 30 and 45"; a placing
            # verb sets its object at the figure whether a figure noun or an outcome
            # noun tells it ("put the dead at between 26 and 40")
            figure_nouns = self.vocab.continuation_nouns
            placed_nouns = figure_nouns | self.vocab.outcome_nouns.keys()
            placing = verb.lower_ in self.vocab.placing_verbs
            return verb.pos_ == "VERB" and any(
                (c.dep_ == "nsubj" and c.lower_ in figure_nouns)
                or (placing and c.dep_ == "dobj" and c.lower_ in placed_nouns)
                for c in verb.children
            )
        if token.dep_ != "attr" or head.pos_ != "AUX":
            return False
        # "it was 45" after another figure in the sentence: the pronoun is that measure
        earlier = any(t.like_num for t in token.sent[: token.i - token.sent.start])
        return any(
            c.dep_ == "nsubj"
            and (
                c.lower_ in self.vocab.continuation_nouns
                or (earlier and c.lower_ in ("it", "that"))
            )
            for c in head.children
        )


def _in_name(doc: Doc, i: int) -> bool:
    """Whether the capitalised number word at ``i`` ends a name ("Group Six")."""
    token = doc[i]
    if not (token.is_alpha and token.is_title) or token.is_sent_start or i == 0:
        return False
    before = doc[i - 1]
    return before.is_title and before.is_alpha and not before.is_sent_start


def _broken_down(doc: Doc, start: int, end: int) -> bool:
    """Whether the figure opens its sentence as the whole that a later figure breaks
    down ("Of the 4,212 nurses balloted, 3,018 returned papers"): the whole is
    given there for the first time, though its determiner refers back."""
    if start < 2 or doc[start - 2].lower_ != "of" or not doc[start - 2].is_sent_start:
        return False
    sent_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
    tail = doc[end:sent_end]
    commas = [t.i for t in tail if t.text == ","]
    return bool(commas) and any(t.like_num for t in doc[commas[0] + 1 : sent_end])


def _numbers_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits at ``[start, end)`` number the name before them, as a
    singular noun after them shows ("the Kamenica 2 site", "Gate 4 area"): a count
    above one takes a plural ("2 sites")."""
    if start == 0 or end >= len(doc) or end - start != 1 or not doc.has_annotation("TAG"):
        return False
    before, number, after = doc[start - 1], doc[start], doc[end]
    return (
        number.text.isdigit()
        and number.text != "1"
        and before.tag_ == "NNP"
        and before.is_alpha
        and not before.is_sent_start
        and after.tag_ == "NN"
        and after.is_lower
    )


def _numbers_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits at ``[start, end)`` end a name that a preposition or an
    article opens and a punctuation mark closes ("near Exit 17, police said", "in
    Zona 7, armed men ..."): the parse makes them a modifier of the capitalised word
    before, which a count of people never is. A figure that a word follows keeps
    its reading ("In Helmand 12 were killed", "Casualties: Union 214 killed"), and
    a figure of thousands is no name's number ("Union 11,500;")."""
    if start < 2 or end - start != 1 or not doc.has_annotation("DEP"):
        return False
    name, number = doc[start - 1], doc[start]
    closed = end == len(doc) or (doc[end].is_punct and doc[end].text not in ("-", "–", "—"))
    return (
        number.text.isdigit()
        and number.dep_ == "nummod"
        and number.head == name
        and name.is_title
        and name.is_alpha
        and not name.is_sent_start
        and doc[start - 2].pos_ in ("ADP", "DET")
        and closed
    )


def _paragraph_number(doc: Doc, start: int, end: int) -> bool:
    """Whether digits alone between the end of one sentence and the start of the next
    ("Calder. 13. The coroner's records") number a paragraph: a point follows them
    and a capital word that point, and a point, a line break or nothing precedes."""
    if end - start != 1 or not doc[start].text.isdigit() or end + 1 >= len(doc):
        return False
    closed = start == 0 or doc[start - 1].text in (".", "!", "?") or "\n" in doc[start - 1].text
    return closed and doc[end].text == "." and doc[end + 1].is_title


def _dated_level(token: Token) -> bool:
    """Whether the recogniser took a figure and the time after it for one date or
    time ("rose to 73 overnight", "up from 24 this morning", "up from 31 a day
    earlier"): digits that open the entity, a word of relative time or a span back
    in time after them, and a word before them that moves a
    figure ("to", "from"), not one that gives a clock time ("at 5 this morning")."""
    doc, i = token.doc, token.i
    if not token.text.replace(",", "").isdigit() or i + 1 >= len(doc) or i == 0:
        return False
    entity = next((e for e in doc.ents if e.start <= i < e.end), None)
    if entity is None or entity.start != i or entity.end <= i + 1:
        return False
    if doc[i - 1].lower_ not in ("to", "from"):
        return False
    if doc[i + 1].lower_ in _RELATIVE_TIMES:
        return True
    # "up from 31 a day earlier", "down from 520 a year before": a span back in time
    return (
        i + 3 < len(doc)
        and doc[i + 1].lower_ in _ONE
        and doc[i + 3].lower_ in _BACK
        and entity.end >= i + 4
    )
