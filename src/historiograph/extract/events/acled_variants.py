"""ACLED codes that depend on what surrounds an event, not on its type alone.

ACLED splits protests by what happens around them: a demonstration whose crowd
burns tyres, throws stones or damages property is a "Violent demonstration", one
that the state's forces act on is a "Protest with intervention", a riot with no word of
a demonstration around it is "Mob violence". The ontology keeps one subtype for
each; the variants live in ``ontology.yaml`` (``acled_variants``) and are set
on the event's ACLED mapping here. So is a clash, an attack or an attack on
property that crowds (party activists, villagers, pickets) carry out, and a bomb
thrown by hand, which ACLED codes as a riot, not as a battle or remote violence
(``riots`` in ``export/data/acled.yaml``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from historiograph.export import codes
from historiograph.extract.events.arguments import subject_of
from historiograph.extract.events.lexicon import EventLexicon
from historiograph.extract.events.tolls import TOLL_REACH_SENTENCES
from historiograph.nlp.views import doc_text
from historiograph.record import AcledMapping, Event


def _paragraph(text: str, sentences: list[Span], offset: int) -> list[Span]:
    """The sentences of the paragraph (text between blank lines) around an offset."""
    start = text.rfind("\n\n", 0, offset) + 1
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    return [s for s in sentences if start <= s.start_char < end]


def _intervened(sentences: list[Span], lexicon: EventLexicon) -> bool:
    """Do the state's forces act on the protest ("police dispersed them", "police intervened",
    or told in the passive: "were dispersed by police", :func:`_doers`)?"""
    for sent in sentences:
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.intervention_verbs:
                continue
            if {t.lower_ for t in _doers(token)} & lexicon.state_words:
                return True
    return False


def _deadly_force(sentences: list[Span], lexicon: EventLexicon) -> bool:
    """Do the state's forces kill or shoot at the protesters ("police shot dead two
    marchers", "security forces opened fire on the crowd, killing 66": ``excessive_force``
    in acled.yaml)? Opening fire counts where the sentence tells someone killed or wounded:
    fired into the air, it only disperses them."""
    table = codes.acled().excessive_force
    for sent in sentences:
        casualties = codes.word_pattern(table.casualty_words).search(sent.text) is not None
        for token in sent:
            if token.pos_ != "VERB":
                continue
            lethal = token.lemma_.lower() in table.lethal_verbs
            opened_fire = token.lemma_.lower() == "open" and any(
                c.lower_ == "fire" for c in token.children
            )
            if not (lethal or (opened_fire and casualties)):
                continue
            if {t.lower_ for t in _doers(token)} & lexicon.state_words:
                return True
    return False


def _violent(sentences: list[Span], lexicon: EventLexicon) -> bool:
    """Do the demonstrators turn to violence ("blocked the road with burning tyres",
    "pelted the police with stones", "barricaded roads": ``violent_tactics`` in
    acled.yaml)? Tear gas and the state's own force do not count."""
    phrases = [m for m in lexicon.riot_markers if " " in m]
    markers = lexicon.riot_markers | codes.acled().riots.violent_tactics
    return any(
        any(t.lemma_.lower() in markers for t in s)
        or any(p in " ".join(s.text.lower().split()) for p in phrases)
        for s in sentences
    )


def acled_variants(doc: Doc, events: list[Event], lexicon: EventLexicon) -> list[Event]:
    """ACLED codes that depend on what surrounds an event, not on its type alone.

    A demonstration or strike whose crowd turns violent in its sentence or the next
    two (where no riot of its own is told) is a "Violent demonstration"; one that
    the state's forces then kill or shoot at (:func:`_deadly_force`) is "Excessive force
    against protesters"; one they otherwise act on ("police dispersed them", "police
    intervened") is a "Protest with intervention"; a riot in a paragraph without any word of
    demonstration is crowd violence, "Mob violence", unless its sentence names the seat
    of government it turns on (:func:`_against_the_government`). A clash ACLED codes as a riot
    (:func:`_crowd_violence`) or, done by projectiles, as shelling (:func:`_remote`)
    is recoded first, and a bombing by the weapon told (:func:`_weapon`).
    """
    text, sentences = doc_text(doc), list(doc.sents)
    events = [
        _weapon(_remote(_crowd_violence(e, text, sentences, lexicon), sentences), sentences)
        for e in events
    ]
    if not any(e.type == "protest" for e in events):
        return events
    updated = []
    for event in events:
        variant = None
        start = event.trigger.span[0]
        paragraph = _paragraph(text, sentences, start) if event.type == "protest" else []
        if event.subtype in ("demonstration", "strike") and event.type == "protest":
            after = [s for s in paragraph if s.end_char > start][: TOLL_REACH_SENTENCES + 1]
            # Violence told with a riot of its own ("youths set fire to a tax office")
            # is that riot's, not the demonstration's.
            riots = [e.trigger.span[0] for e in events if e.subtype == "riot" and e is not event]
            own = [s for s in after if not any(s.start_char <= r < s.end_char for r in riots)]
            if _violent(own, lexicon):
                variant = lexicon.acled_variant(event.type, event.subtype, "violent")
            elif _deadly_force(after, lexicon):
                event_type, sub_event_type = codes.acled().excessive_force.code
                variant = AcledMapping(event_type=event_type, sub_event_type=sub_event_type)
            elif _intervened(after, lexicon):
                variant = lexicon.acled_variant(event.type, event.subtype, "intervention")
        elif (event.type, event.subtype) == ("protest", "riot"):
            lemmas = {t.lemma_.lower() for s in paragraph for t in s}
            demonstration = lexicon.demonstration_words | codes.acled().riots.demonstration_words
            if not lemmas & demonstration and not _against_the_government(sentences, start):
                variant = lexicon.acled_variant(event.type, event.subtype, "mob")
        if variant is not None:
            mappings = event.mappings.model_copy(update={"acled": variant})
            event = event.model_copy(update={"mappings": mappings})
        updated.append(event)
    return updated


def _against_the_government(sentences: list[Span], start: int) -> bool:
    """Does the riot's sentence name the seat of government the crowd turns on ("stormed
    the mayor's office", "tried to storm parliament": ``government_targets`` in acled.yaml)?
    Then it is a violent demonstration, not mob violence, though no demonstration is
    told around it."""
    sentence = next((s for s in sentences if s.start_char <= start < s.end_char), None)
    if sentence is None:
        return False
    pattern = codes.word_pattern(codes.acled().riots.government_targets)
    return pattern.search(sentence.text) is not None


def _doers(trigger: Token) -> list[Token]:
    """Who carries out an attack: the verb's subject, or the "by" phrase of a passive
    verb, a gerund or a noun ("was beaten to death by a mob", "killing of three activists
    by ruling party supporters", "an attack by pickets") or, for an attack "made" or
    "carried out", that verb's subject ("activists made cocktail attacks")."""
    nominal = trigger.pos_ in ("NOUN", "PROPN") or trigger.tag_ == "VBG"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    by = [
        t
        for c in trigger.children
        if c.dep_ == "agent" or (c.lower_ == "by" and (nominal or passive))
        if any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for t in c.subtree
    ]
    if by and (nominal or passive):
        return by
    subject = subject_of(trigger)
    if subject is not None:
        return list(subject.subtree)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    if trigger.dep_ in ("dobj", "obj") and (subject := subject_of(trigger.head)) is not None:
        return list(subject.subtree)
    return []


def _remote(event: Event, sentences: list[Span]) -> Event:
    """A clash whose doers are projectiles ("Rockets fired at the UN base wounded two
    peacekeepers") or aircraft ("MiG fighters continued to target sites") as ACLED codes
    it: shelling or an air strike, remote violence (``projectiles``, ``aircraft`` in
    acled.yaml)."""
    mapping = event.mappings.acled
    table = codes.acled()
    if mapping is None or (mapping.event_type, mapping.sub_event_type) != table.by_actors.clash:
        return event
    start = event.trigger.span[0]
    trigger = next(
        (t for s in sentences if s.start_char <= start < s.end_char for t in s if t.idx == start),
        None,
    )
    subject = subject_of(trigger) if trigger is not None else None
    if subject is None:
        return event
    # The subject's own noun and its compounds ("mortar rounds"), not what it carries
    # ("rebels armed with rockets").
    names = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "nmod"))]
    lemmas = {t.lemma_.lower() for t in names}
    kind = next((k for k in (table.projectiles, table.aircraft) if lemmas & k.words), None)
    if kind is None:
        return event
    event_type, sub_event_type = kind.code
    code = AcledMapping(event_type=event_type, sub_event_type=sub_event_type)
    return event.model_copy(update={"mappings": event.mappings.model_copy(update={"acled": code})})


def _weapon(event: Event, sentences: list[Span]) -> Event:
    """A bombing coded by the weapon its sentence names, as ACLED splits explosions
    (``explosive_weapons`` in acled.yaml): "a suicide bomber rammed a truck" is a
    suicide bomb, "fired rocket-propelled grenades into the market" shelling, "hurled
    a grenade at a bus stand" a grenade; a bomb told by no weapon keeps its code."""
    mapping = event.mappings.acled
    table = codes.acled().explosive_weapons
    if mapping is None or (mapping.event_type, mapping.sub_event_type) != table.bombing:
        return event
    start = event.trigger.span[0]
    sentence = next((s.text for s in sentences if s.start_char <= start < s.end_char), "")
    kind = next((k for k in table.kinds if codes.word_pattern(k.words).search(sentence)), None)
    if kind is None or kind.code == table.bombing:
        return event
    code = AcledMapping(event_type=kind.code[0], sub_event_type=kind.code[1])
    return event.model_copy(update={"mappings": event.mappings.model_copy(update={"acled": code})})


def _hurled(sentence: str) -> bool:
    """Does the sentence tell a bomb thrown by hand ("assailants hurled a bomb at him", "a
    bomb was thrown at the house": ``throwing_verbs`` and ``thrown_weapons`` in acled.yaml)?"""
    riots = codes.acled().riots
    verb = codes.word_pattern(riots.throwing_verbs).pattern
    weapon = codes.word_pattern(riots.thrown_weapons).pattern
    thrown = (
        verb + r"\s+(?:[\w-]+\s+){0,3}?" + weapon,
        weapon + r"\s+(?:was|were|had\s+been|being)\s+" + verb,
    )
    return any(re.search(p, sentence, re.IGNORECASE) for p in thrown)


def _told_act(sentence: Span, start: int) -> list[Token]:
    """The sentence's words less those of who told of the act ("a local commissioner
    said", "no group claimed responsibility", "according to residents"): the subject of
    a verb of saying (``reporting_verbs`` in acled.yaml) and an "according to" phrase,
    unless the act itself is told in it ("rioters who clashed with police said ...")."""
    verbs = codes.acled().riots.reporting_verbs
    left_out: set[int] = set()
    for token in sentence:
        teller = (token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in verbs) or (
            token.dep_ == "prep" and token.lower_ == "according"
        )
        if not teller:
            continue
        span = list(token.subtree)
        if not any(t.idx <= start < t.idx + len(t) for t in span):
            left_out.update(t.i for t in span)
    return [t for t in sentence if t.i not in left_out]


def _crowd_violence(event: Event, text: str, sentences: list[Span], lexicon: EventLexicon) -> Event:
    """A clash, an attack, a bombing or an attack on property that ACLED codes as a riot
    (``riots`` in acled.yaml).

    ACLED's battles are fought between organised armed groups: "a clash between
    two factions of the party's student wing", "activists clashed with police"
    are crowds fighting, "Mob violence", or a "Violent demonstration" where a
    demonstration, strike or shutdown is told in the paragraph ("pickets set
    fire to a truck on the third day of the hartal"). A clash is one when its
    sentence names a crowd; property destruction when its sentence names a crowd
    or its paragraph a demonstration; an attack ("activists of the party's youth
    wing attacked journalists", "killing of three activists by ruling party
    supporters") when its doers are a crowd; a bombing when the bomb is one
    thrown by hand (``crowd_weapons``: "hurled crude bombs", "a petrol bomb";
    :func:`_hurled`),
    a rioter's weapon, not a remote one. A sentence naming any armed group keeps
    the event's code (an attack's doers naming one). Who told of the act is none of
    its sides (:func:`_told_act`: "a local chief said" names no crowd).
    """
    mapping = event.mappings.acled
    riots = codes.acled().riots
    if mapping is None:
        return event
    coded = (mapping.event_type, mapping.sub_event_type)
    if coded not in (*riots.codes, riots.attack, riots.bombing):
        return event
    start = event.trigger.span[0]
    sentence = [s for s in sentences if s.start_char <= start < s.end_char]
    if not sentence:
        return event
    told = _told_act(sentence[0], start)
    if coded == riots.attack:
        # An attack's own doers say whose it is; an armed man it fell on ("a freedom
        # fighter was killed in an attack by his neighbours") does not make it a battle.
        trigger = next((t for t in sentence[0] if t.idx <= start < t.idx + len(t)), None)
        told = _doers(trigger) if trigger is not None else []
    words = {w for t in told for w in (t.lemma_.lower(), t.lower_)}
    if words & riots.armed_words:
        return event
    if coded == riots.attack and not words & riots.crowd_words:
        return event
    # Spaces of any kind ("petrol\xa0bomb" in a pasted note) are one space.
    said = " ".join(sentence[0].text.lower().split())
    thrown = coded == riots.bombing and (
        any(weapon in said for weapon in riots.crowd_weapons) or _hurled(said)
    )
    if coded == riots.bombing and not thrown:
        return event
    paragraph = {t.lemma_.lower() for s in _paragraph(text, sentences, start) for t in s}
    demonstration = bool(paragraph & (lexicon.demonstration_words | riots.demonstration_words))
    crowd = thrown or bool(words & riots.crowd_words)
    if not crowd and coded != riots.codes[1]:  # only property needs no crowd named
        return event
    if not (crowd or demonstration):
        return event
    event_type, sub_event_type = riots.demonstration if demonstration else riots.mob
    code = AcledMapping(event_type=event_type, sub_event_type=sub_event_type)
    return event.model_copy(update={"mappings": event.mappings.model_copy(update={"acled": code})})
