"""The entity ruler: knowledge-base names found in a Doc, ahead of spaCy's NER.

Matching is by transliteration key over runs of tokens, so one alias
("Qasr-e Shirin") matches every spelling and tokenisation of it
("Qasr-e-Shirin", "Qaşr-e Shīrīn"). The longest match starting at a token
wins. Acronyms match only in capitals ("US", not "us"). Placed before
``ner`` in a pipeline, the ruler's spans are kept by the recogniser, which
predicts around them: that is how the KB wins where it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from historiograph.resolve.gazetteer import regional_demonym
from historiograph.resolve.kb import KnowledgeBase, default_kb, load_kb
from historiograph.resolve.keys import fold, is_acronym, skeleton

FACTORY = "historiograph_entity_ruler"
# doc.user_data key: id of the KB the ruler matched with, so that linking can
# reuse its matches instead of matching again.
RULER_KB_KEY = "historiograph_ruler_kb"
LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"

# spaCy label for each KB kind, so downstream code reading doc.ents agrees.
KIND_LABELS: dict[str, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",
    "facility": "FAC",
    "group": "NORP",
    "other": "EVENT",
}
_MAX_TOKENS = 16


@dataclass(frozen=True, slots=True)
class KBMatch:
    """A run of tokens [start, end) whose key is a KB name, with the entities it may name."""

    start: int
    end: int
    entity_ids: tuple[str, ...]
    label: str
    adjective: bool


_HYPHENS = frozenset({"-", "‐", "–"})
_DASHES = frozenset({"—", "―", "--"})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[str]]:
    data: dict[str, list[str]] = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return data


@cache
def function_words() -> frozenset[str]:
    """Words that never begin a name (articles), from ``lexicon.yaml`` (built once:
    the ruler asks at every word of every document)."""
    return frozenset(_lexicon()["function_words"])


@cache
def connectives() -> frozenset[str]:
    """Lower-case words allowed inside a name ("of", "al"), from ``lexicon.yaml`` (built
    once, as :func:`function_words`)."""
    return frozenset(_lexicon()["acronym_stopwords"])


def _word_boundary(doc: Doc, k: int) -> bool:
    """Whether a name may begin or end before token ``k``: not inside a hyphenated
    word such as "Pol-e-Zahab" (though "Iran-Iraq" and "EU-Israel" split into two
    names: an acronym is a whole name, where a short capitalised word such as the
    "Al" of "Al-Anbar" is a particle)."""
    if k <= 0 or k >= len(doc):
        return True
    left, right = doc[k - 1], doc[k]
    if left.whitespace_:
        return True
    if right.text in _HYPHENS and k + 1 < len(doc):
        return _name_part(doc[k + 1])
    if left.text in _HYPHENS and k >= 2:
        return _name_part(right) and _whole_word(doc[k - 2])
    return not (left.is_alpha and right.is_alpha)


def _dash_apart(token: Token) -> bool:
    """Whether a token is a dash that separates phrases, as after a dateline ("ALBANY —
    An Albany man"): an em dash, or a hyphen or en dash with spaces on both sides. No
    name runs across one, though the folded key of the words either side may spell a
    name ("Albany" + "An" would read as "Albanian")."""
    if token.text in _DASHES:
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text in _HYPHENS and spaced


def _whole_word(token: Token) -> bool:
    """Whether a word before a hyphen is more than a particle ("e", "Al"): three
    letters or more ("pro-Iranian"), or an acronym ("EU-Israel")."""
    text = token.text
    return len(text) > 2 or (len(text) == 2 and text.isupper())


def _name_part(token: Token) -> bool:
    """Whether one side of a hyphen can be a name of its own: capitalised, and no
    particle."""
    return token.text[:1].isupper() and _whole_word(token)


class KBMatcher:
    """Finds KB names in a Doc by transliteration key."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # Every prefix of every key, to stop extending a run that can no longer match.
        self._prefixes = {k[:n] for k in kb.index for n in range(1, len(k) + 1)}

    def _token_keys(self, tokens: list[Token]) -> list[str]:
        """Each token folded (not yet skeletonised: doubled letters and a final h
        are judged on the whole run of tokens, as for the KB's names)."""
        return [
            fold(t.text).replace(" ", "") if not (t.is_punct or t.is_space) else "" for t in tokens
        ]

    def matches(self, doc: Doc) -> list[KBMatch]:
        """Non-overlapping KB matches, longest first from left to right."""
        tokens = list(doc)  # made once: every position looks at the tokens after it
        keys = self._token_keys(tokens)
        index = self.kb.index
        found: list[KBMatch] = []
        i = 0
        while i < len(doc):
            match = self._longest_at(doc, tokens, keys, index, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def _longest_at(
        self,
        doc: Doc,
        tokens: list[Token],
        keys: list[str],
        index: dict[str, list[tuple[str, str]]],
        i: int,
    ) -> KBMatch | None:
        if not keys[i]:
            return None
        first = tokens[i]
        if first.lower_ in function_words() or not first.text[0].isalnum():
            return None
        best: KBMatch | None = None
        acc = ""
        for j in range(i, min(len(doc), i + _MAX_TOKENS)):
            if "\n" in tokens[j].text or (j > i and tokens[j].is_sent_start):
                break
            if j > i and _dash_apart(tokens[j]):
                break
            acc += keys[j]
            key = skeleton(acc)
            # The spelling rules can rewrite a run's last letter once the next token
            # joins it ("...and" + "jihad" -> "...anjihad"): a run one letter short
            # of a prefix may still grow into a name.
            prefixes = self._prefixes
            if key not in prefixes and key[:-1] not in prefixes and key + "h" not in prefixes:
                break
            hits = index.get(key) if keys[j] else None
            if hits and self._acceptable(doc[i : j + 1], hits):
                best = self._make(doc, i, j + 1, hits)
        return best

    def _acceptable(self, span: Span, hits: list[tuple[str, str]]) -> bool:
        """A name is whole words, each capitalised but for connectives ("of", the "e" of
        "Qasr-e Shirin"); an acronym must be in capitals and spelled with exactly its
        letters (the transliteration key folds vowels, so "LTE" or "ERA" would otherwise
        be "LTTE" or "IRA")."""
        text = span.text
        if not (_word_boundary(span.doc, span.start) and _word_boundary(span.doc, span.end)):
            return False
        pieces = [p for p in re.split(r"[\W_]+", text) if p]
        # The last word is capitalised, or a number ("MS-13", "Omega 7").
        if not pieces or not (pieces[-1][0].isupper() or pieces[-1].isdigit()):
            return False
        for k, token in enumerate(span):
            attached = k > 0 and span[k - 1].text in _HYPHENS and not span[k - 1].whitespace_
            lower = token.is_alpha and token.text[0].islower()
            if lower and not attached and token.lower_ not in connectives():
                return False
        if all(form == "acronym" for _, form in hits) and not text.replace(".", "").isupper():
            return False
        if all(form == "adjective" for _, form in hits) and regional_demonym(text):
            # "Bretons" folds to the key of "Britons", but names Brittany's people.
            return False
        return any(
            self.kb.spelled_as(ident, form, text)
            and (form != "acronym" or self._periods_agree(ident, text))
            for ident, form in hits
        )

    def _periods_agree(self, entity_id: str, text: str) -> bool:
        """Whether an acronym written without periods may stand for the entity: only
        where the KB writes one of its acronyms without them too. "L.A." is Los
        Angeles, while "LA" is as often Louisiana's postal code or the start of a
        company's name ("LA Cargo")."""
        if "." in text:
            return True
        entity = self.kb.get(entity_id)
        return entity is not None and any(
            is_acronym(name) and "." not in name for name in entity.names()
        )

    def _make(self, doc: Doc, start: int, end: int, hits: list[tuple[str, str]]) -> KBMatch:
        ids = tuple(dict.fromkeys(i for i, _ in hits))
        adjective = all(form == "adjective" for _, form in hits)
        entity = self.kb.get(ids[0])
        kind = entity.kind if entity is not None else "other"
        label = "NORP" if adjective else KIND_LABELS[kind]
        return KBMatch(start, end, ids, label, adjective)


def inside_name(doc: Doc, match: KBMatch) -> bool:
    """Whether a place match is the tail of a longer name ("Labor Party of Iran", "New Mexico"):
    those are left to the recogniser, which sees the whole name."""
    if match.label not in {"GPE", "NORP"} or match.start < 1:
        return False
    before = doc[match.start - 1]
    if before.text[:1].isupper() and before.is_alpha and not before.is_sent_start:
        return True  # "New Jersey", "Northern Iraq": the recogniser sees the whole name
    if match.start < 2:
        return False
    head = doc[match.start - 2]
    return before.lower_ == "of" and head.text[:1].isupper() and not head.is_sent_start


class KBEntityRuler:
    """spaCy component: sets ``doc.ents`` from KB matches, which override earlier entities."""

    def __init__(self, name: str = FACTORY, *, kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self._kb = kb
        self._matcher: KBMatcher | None = None

    def set_kb(self, kb: KnowledgeBase) -> None:
        """Use ``kb`` from now on (``add_entity_ruler`` passes the caller's KB)."""
        self._kb = kb
        self._matcher = None

    @property
    def matcher(self) -> KBMatcher:
        if self._matcher is None:
            self._matcher = KBMatcher(self._kb if self._kb is not None else default_kb())
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(
                doc,
                m.start,
                m.end,
                label=m.label,
                kb_id=m.entity_ids[0] if len(m.entity_ids) == 1 else "",
            )
            for m in self.matcher.matches(doc)
            if not inside_name(doc, m)
        ]
        taken = {i for s in spans for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans([*spans, *kept])
        doc.user_data[RULER_KB_KEY] = id(self.matcher.kb)
        return doc


@Language.factory(FACTORY, default_config={"kb_paths": []})
def make_entity_ruler(nlp: Language, name: str, kb_paths: list[str]) -> KBEntityRuler:
    """Factory: a ruler over the bundled KB plus ``kb_paths`` (loaded on first use if empty)."""
    kb = load_kb([Path(p) for p in kb_paths]) if kb_paths else None
    return KBEntityRuler(name, kb=kb)


def add_entity_ruler(nlp: Language, kb: KnowledgeBase | None = None) -> None:
    """Add the KB ruler before ``ner`` (or last in a pipeline without one), once."""
    if FACTORY in nlp.pipe_names:
        ruler = nlp.get_pipe(FACTORY)
    else:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(FACTORY, before=before)
    if kb is not None:
        assert isinstance(ruler, KBEntityRuler)
        ruler.set_kb(kb)
