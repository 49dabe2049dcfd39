"""Toponym recognition cues: places the recogniser's labels miss or hide.

The small English model labels many place names as something else, or not at
all. On LGL (4,462 gold toponyms) a fifth of the toponyms sat inside a span
labelled ORG, FAC or PERSON ("Butler County Sheriff's Office", "University
of Wisconsin", "Sioux Falls, S.D." as a person) and another 7% were never
found (datelines such as "MANSFIELD —", a legislator's home town in
"R-Elbow Lake"). A reader finds these places from the words around the name,
and so do the cues here; each needs the gazetteer to hold the name as well.
Agencies ("Florida Highway Patrol"), metro areas ("Metro Vancouver"), pairs
("University of Nebraska-Lincoln") and settlement nouns ("the village of
Ciocile") are cues too; the linker adds one sense per discourse (a name that
is a place once is one wherever else it is written).

Every word list is data (``data/lexicon.yaml``): words of jurisdictions,
institutions and local people, locative prepositions and place nouns, words
such as "Northeast" before a place, street and landmark words, region
designators, party prefixes, compound endings, capitalised common words
that are never taken for a place on their own, the words of a town's own bodies
("Lebanon police") and the endings of words for a place's people ("Minnesotans").
Figures on the even-numbered (tuning) and odd-numbered (held-out) LGL and GeoVirus
documents:
``benchmarks/resolve.py --geo-only --end-to-end``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from historiograph.nlp.datelines import DATELINE_DATE, NAME_PARTICLE, UPPER
from historiograph.resolve.gazetteer import (
    Gazetteer,
    Place,
    expand_abbreviations,
    lexicon_words,
    lexicon_words_map,
    place_abbreviations,
    place_designators,
    regional_demonym,
    short_form_of,
    strip_designators,
)
from historiograph.resolve.keys import fold

# Features a bare name in an organization's "of" phrase means a place by
# ("University of Wisconsin", "Board of Charleston County"), where a town
# would as often be a common noun ("Department of Justice", Justice, Illinois).
_REGION_LEVEL = frozenset({"PCLI", "ADM1", "ADM2", "CONT", "RGN"})
# Features of a container: what a name after a comma says a place lies in.
_CONTAINER_LEVEL = frozenset({"PCLI", "ADM1"})
# A town this large is what its name means in an organization's "of" phrase.
_LARGE_CITY = 100_000
# A second-level region of fewer counted people is a village's municipality (Rab, of a
# few hundred), whose name no organization takes.
_HAMLET = 1_000
# A town this large is what a name after a locative preposition means, even
# when the recogniser called it a person or an organization ("in Evansville").
LOCATIVE_POPULATION = 5_000

# A dateline: a name in capitals (after a particle: "DeKALB") opening a paragraph or
# sentence or after a byline's date ("March 29, 2009 PATASKALA --"), an optional
# ", State", a date (", Nov. 29") and "(AP)", then a dash or colon ("ST. PAUL --", "BEIRUT:",
# "BELGRADE, Minn. --", "BOWLING GREEN, Ohio (AP) -").
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\"”] )|(?<=[.!?\"”]  )|(?<=\d{4} ))[ \t]*"
    rf"({NAME_PARTICLE}[{UPPER}][{UPPER}.'’]*[{UPPER}.](?:[ -][{UPPER}][{UPPER}.'’]*)*)"
    rf"(?:,[ \t]*(?P<region>[{UPPER}][\w.]*(?:[ \t][{UPPER}][\w.]*)?))?"
    + DATELINE_DATE  # "NEW YORK, Nov. 29 —", "KIGALI, May 3, 2012 —"
    + r"(?:[ \t]*\([A-Za-z. ]{1,30}\))?"
    r"[ \t]*(?:—|–|--|-|:)",
    re.MULTILINE,
)
# A lower-case word right after a name: a natural feature's generic ("Noto peninsula").
_GENERIC_AFTER = re.compile(r" ([a-z]+)\b")
_DESIGNATOR_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
# Up to two capitalised words right before a name (each match starts one of them),
# and right after it.
_LEFT_WORDS = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.]*(?: [A-Z][\w’'.]*)?)[ -]$")
# The one capitalised word just before a name ("Sheikh " before "Zuweid").
_LEFT_WORD = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*) $")
_RIGHT_WORDS = re.compile(r"(?:[ -][A-Z][\w’'.]*){1,2}")
_HOME_OF = re.compile(r",\s*of\s+$")
_ADJOINING = re.compile(r"[\w’' -]*$")
_WORD = re.compile(r"[^\W\d_][\w.’'&-]*")
_POSSESSIVE = re.compile(r"(?:[’']s?)$")
# Between the items of a list: ", ", " and ", ", or the ", " and in " ("China, Japan, and
# the United Kingdom", "in Wales and in England": after "and" or "or" the last item may
# repeat the preposition and open with an article; after a bare comma neither, which would
# take an apposition for an item: "Kabul, the capital").
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+(?:(?:in|at|from|to|into|across|throughout)\s+)?(?:the\s+)?)?"
    r"|(?:and|or|&)\s+(?:(?:in|at|from|to|into|across|throughout)\s+)?(?:the\s+)?)"
)
_LISTED_AFTER = re.compile(r"[A-Z][\w.’'-]*" + _LIST_GAP.pattern + "$")
# The item before a name in a list: "Rosario and " before "Mendoza".
_ITEM_BEFORE = re.compile(
    r"(?<![\w.’'-])[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}" + _LIST_GAP.pattern + "$"
)
_NEXT_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}")


_LEADING_WORD = re.compile(r"\s*(\w+)([-\s])(?=\w)")


def _spelling(name: str) -> str:
    return expand_abbreviations(name).replace(" ", "")


def _without_article(name: str, *, hyphened: bool) -> str | None:
    """The name without a leading Arabic article (``arabic_articles``), whose spelling
    varies with the letter after it ("al-Sukhnah" is As Sukhnah); None where it has
    none. With ``hyphened``, only an article joined by a hyphen, as text writes it:
    "An Albany man" begins with the English article."""
    match = _LEADING_WORD.match(name)
    if match is None or fold(match.group(1)) not in lexicon_words("arabic_articles"):
        return None
    if hyphened and match.group(2) != "-":
        return None
    return name[match.end() :]


def named_place(
    gazetteer: Gazetteer, name: str, *, exact: bool = False, county: bool = False
) -> Place | None:
    """The most prominent place whose own name (not an alternate name, but any name
    ``regions.tsv`` gives a feature) is ``name``,
    or (unless ``exact``) ``name`` without a designator ("Alexandria City", "Butler
    County"), or (with ``county``) a county whose own name is ``name`` with its
    designator (local news names counties bare: "Gwinnett Medical Center", "Prince
    William Circuit Court"; only where the caller's context makes a place likely: a
    bare "Brown" or "Scott" is far more often a person), or the region an
    abbreviation with a full stop stands for ("S.C."); never a capitalised common
    word ("Superior Court": ``common_words`` in the lexicon)."""
    own = named_places(gazetteer, name, exact=exact, county=county)
    if not own:
        return None
    return max(own, key=lambda p: (p.feature in _REGION_LEVEL, p.population))


@lru_cache(maxsize=65536)
def named_places(
    gazetteer: Gazetteer, name: str, *, exact: bool = False, county: bool = False
) -> tuple[Place, ...]:
    """Every place :func:`named_place` chooses from: "Tbilisi" is a region and a capital.
    Cached: the cues ask again for the same names, in a document and across documents."""
    if fold(name) in lexicon_words("common_words"):
        return ()
    if "." in name and (regions := gazetteer.abbreviated(name)):
        # "S.C.", "Mass.": indexed by their exact letters, they name that region only.
        return tuple(regions)
    spellings = {_spelling(name)}
    if not exact:
        spellings.add(_spelling(strip_designators(name)))
    # "al-Sukhnah" for As Sukhnah: the article's spellings aside, the name is the place's.
    bare = _without_article(name, hyphened=True)
    bare_spellings = {_spelling(bare)} if bare else set()
    # The names of a row of regions.tsv are chosen by hand, not GeoNames' loose other
    # names: each is the feature's own ("the Rhodopes" for the Rhodope Mountains).
    curated = {p.geonames_id for p in gazetteer.lookup(name, parts=False) if not p.in_geonames}
    return tuple(
        p
        for p in gazetteer.lookup(name)
        if _spelling(p.name) in spellings
        or p.geonames_id in curated
        or (county and p.feature == "ADM2" and _spelling(strip_designators(p.name)) in spellings)
        or _spelling(_without_article(p.name, hyphened=False) or p.name) in bare_spellings
    )


def prominent(place: Place, population: int) -> bool:
    """A region or country, a natural feature of ``regions.tsv`` (the best-known ones,
    chosen by hand: "into the Rhodopes"), or a town of at least ``population`` people."""
    return place.feature in _REGION_LEVEL or not place.in_geonames or place.population >= population


def other_name_place(gazetteer: Gazetteer, name: str, population: int) -> Place | None:
    """The most prominent place of at least ``population`` people (or a region) that
    one of its other names calls ``name`` as a whole: a historic or foreign name
    ("Constantinople" for Istanbul, "Brundisium" for Brindisi, "Kut-al-Amara" for
    Al-Kut), which :func:`named_place` does not take, since it reads a place's own
    name only. For a caller whose context already says a place follows: the names'
    key is lossy, and the size keeps a person's name from keying like a village's. A
    second-level region is never one: GeoNames gives counties short and clipped other
    names ("Boni" for Boone County) that no text writes for them. Where the name is the
    head of a town's own name ("Braunau" of Braunau am Inn: :func:`shortened_place`),
    only such a town is: a larger one abroad merely lists the name among its foreign
    names (Broumov, "Braunau" in German)."""
    if fold(name) in lexicon_words("common_words"):
        return None
    places = [p for p in gazetteer.lookup(name, parts=False) if p.feature != "ADM2"]
    shortened = [p for p in places if short_form_of(name, p.name)]
    found = [p for p in shortened or places if prominent(p, population)]
    return max(found, key=lambda p: (p.feature in _REGION_LEVEL, p.population)) if found else None


def shortened_place(gazetteer: Gazetteer, name: str) -> Place | None:
    """The largest town whose own name ``name`` is the head of, before a river's or a
    region's tail ("Braunau" of Braunau am Inn, :func:`.gazetteer.short_form_of`),
    whatever its size: for a caller whose context already says a place follows ("marched
    on Braunau"), where the head names that town as surely as its full name would."""
    if fold(name) in lexicon_words("common_words"):
        return None
    found = [p for p in gazetteer.lookup(name, parts=False) if short_form_of(name, p.name)]
    return max(found, key=lambda p: p.population) if found else None


def datelines(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Character spans of place names in datelines ("HAMILTON —", "BEIRUT:", "BOGOTÁ,")."""
    for match in _DATELINE.finditer(text):
        name = match.group(1).rstrip(" -")
        if len(name.replace(".", "")) >= 3 and named_place(gazetteer, name) is not None:
            yield match.start(1), match.start(1) + len(name)


def feature_span(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The span of the natural feature the words around a name say it is, where the
    gazetteer holds one by that name: a generic word after it that fits the feature
    ("the Noto peninsula", "the Bwindi forest", "the Virunga volcanoes":
    ``feature_generics``), the span taking the word in where the gazetteer names the
    feature with it ("Noto Peninsula"); or an island after a preposition that sets things
    on islands ("stranded on Lombok", "off Sumba": ``island_prepositions``). None
    otherwise. The recogniser calls such names organizations or persons, or nothing."""
    generics = lexicon_words_map("feature_generics")
    after = _GENERIC_AFTER.match(text, end)
    if after is not None and fold(after.group(1)) in generics:
        fits = frozenset(generics[fold(after.group(1))])
        if any(p.feature in fits for p in gazetteer.lookup(text[start : after.end()], parts=False)):
            return start, after.end()
        if any(p.feature in fits for p in gazetteer.lookup(text[start:end], parts=False)):
            return start, end
    before = fold(text[max(0, start - 12) : start]).split()
    on_island = bool(before) and before[-1] in lexicon_words("island_prepositions")
    if on_island and any(
        p.feature == "ISL" for p in gazetteer.lookup(text[start:end], parts=False)
    ):
        return start, end
    return None


def dateline_regions(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Character spans of the state, province or country a dateline sets after its town
    ("Ont." in "KINGSTON, Ont. —", "Iraq" in "KIRKUK, Iraq —"): a first-level region
    or a country the gazetteer holds by that name or abbreviation. The recogniser often
    takes a short abbreviation for a person's name ("Ont"), which the dateline's layout
    overrules."""
    for match in _DATELINE.finditer(text):
        region = match.group("region")
        if region is None:
            continue
        name = region.rstrip(" -")
        if any(
            p.feature in _CONTAINER_LEVEL for p in gazetteer.lookup(name, parts=False)
        ) and named_place(gazetteer, match.group(1).rstrip(" -")):
            yield match.start("region"), match.start("region") + len(name)


@lru_cache(maxsize=1)
def _party_home() -> re.Pattern[str]:
    """A party prefix, a hyphen and a town, then a comma, bracket or the line's end."""
    prefixes = "|".join(re.escape(p) for p in sorted(lexicon_words("party_prefixes")))
    return re.compile(
        rf"(?<![\w-])(?:{prefixes})-([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){{0,2}}?)"
        r"(?=\s*[,;)]|\s*$|\s+[^\w\s])",
        re.MULTILINE,
    )


def party_homes(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a legislator's home town after the party: "R-Elbow Lake", "(DFL-Minneapolis)"."""
    for match in _party_home().finditer(text):
        name = match.group(1)
        if gazetteer.lookup(name):
            yield match.start(1), match.end(1)


def demonym_place(gazetteer: Gazetteer, name: str) -> str | None:
    """The place a word for its people names ("Minnesotans", "a Floridian", "New
    Londoners", "Parisians"), by the endings of ``demonym_endings`` in the lexicon:
    a state, a country, a continent or a city of 100,000 people whose own name the word
    is built on. Countries' own adjectives are the knowledge base's ("Iranian"); this
    reads the rest, and ``regional_demonyms`` the words built on no ending ("Catalan",
    "Scottish", "Breton"). None for any other word ("Christians")."""
    word = name[:-1] if name.endswith("s") else name
    for place_name in regional_demonym(name):
        if named_place(gazetteer, place_name, exact=True) is not None:
            return place_name
    for ending, replacements in lexicon_words_map("demonym_endings").items():
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        stem = word[: -len(ending)]
        for replacement in replacements:
            place = named_place(gazetteer, stem + replacement, exact=True)
            if place is not None and prominent(place, _LARGE_CITY):
                return stem + replacement
    return None


def compound_place(name: str) -> bool:
    """Whether a hyphenated word is a place and an ending: "Northbrook-based", "Atlanta-area"."""
    head, dash, tail = name.rpartition("-")
    suffixes = lexicon_words("place_compound_suffixes")
    return bool(dash and head[:1].isupper() and fold(tail) in suffixes)


def compound_ending(text: str, end: int) -> bool:
    """Whether a place compound's ending follows a name ("Gori" in "the Gori-based
    brigade"): what :func:`compound_place` says of a name the recogniser labelled whole."""
    ending = re.match(r"-([A-Za-z]+)\b", text[end : end + 20])
    return ending is not None and fold(ending.group(1)) in lexicon_words("place_compound_suffixes")


def _words(text: str) -> list[tuple[int, int, str]]:
    """Words with their offsets, a possessive ending cut off ("Omaha’s" -> "Omaha")."""
    found = []
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        if word:
            found.append((match.start(), match.start() + len(word), word))
    return found


def nested_places(
    text: str,
    gazetteer: Gazetteer,
    placed: frozenset[str],
    *,
    organization: bool = True,
    region: bool = False,
) -> Iterator[tuple[int, int]]:
    """Spans (within ``text``, the name of an organization, a facility or a person) of
    the places it names.

    A place name followed by an organisation word ("Butler County Sheriff's
    Office", "Athens Police Department"); in an organization's or facility's
    name, a region or large city followed by any word ("Florida Highway
    Patrol", "Minnesota House"), which in a person's name would be a given name
    ("Paris Hilton"); either after words such as "Northeast" or "Metro"
    ("Northeast Georgia Medical Center"), and in the name of a region the
    gazetteer lacks, all that follows them (``region``: "Western Massachusetts");
    and a place after "of", "at" or "in" ("University of Wisconsin", "University
    of Nebraska at Omaha", "United Way of Metropolitan Atlanta") that is a region
    or a large city (after "at" or "in", a town), or that the document names as a
    place elsewhere (``placed``: folded names). An organization named for a region
    or a large city and words such as "Metro" alone ("Metro Vancouver") names it;
    a hyphenated pair of places names both ("University of Nebraska-Lincoln",
    "Springfield-Greene County Health Department").
    """
    words = _words(text)
    modifiers = lexicon_words("place_modifiers")
    skip = 0
    while skip < len(words) - 1 and fold(words[skip][2]) in modifiers:
        skip += 1
    # "North Charleston" before "Charleston", never "Northern" (a region of Ghana) alone.
    found = _leading_place(text, words, gazetteer, organization, shortest=skip + 1)
    if found is None and skip:
        found = _leading_place(text, words[skip:], gazetteer, organization)
        rest = (words[skip][0], words[-1][1])
        place = named_place(gazetteer, text[rest[0] : rest[1]])
        # Lower-case words are no name: "West mobile" (of "West mobile home park").
        named = all(w[2][:1].isupper() for w in words[skip:])
        if (
            found is None
            and named
            and place is not None
            and (region or prominent(place, _LARGE_CITY))
        ):
            found = rest
    if found is not None and possessed_site_end(text, found[1]) is None:
        yield found
    compounds = list(_compound_places(text, words, gazetteer))
    yield from compounds
    inside = {i for s, e in compounds for i in range(s, e)}
    for i, (_, _, word) in enumerate(words[:-1]):
        if word not in {"of", "at", "in"}:
            continue
        run: list[tuple[int, int]] = []
        for start, end, name in words[i + 1 : i + 5]:
            if not name[0].isupper() or start in inside:
                break
            if run or fold(name) not in modifiers:
                run.append((start, end))
            if text[end : end + 1] in {"’", "'"}:
                break
        for n in range(len(run), 0, -1):
            start, end = run[0][0], run[n - 1][1]
            place = named_place(gazetteer, text[start:end])
            size = _LARGE_CITY if word == "of" else LOCATIVE_POPULATION
            if place is not None and (prominent(place, size) or fold(text[start:end]) in placed):
                yield start, end
                break


def _compound_places(
    text: str, words: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """The parts of a hyphenated word in a name when every part is a place and one a
    region or a large city: "Nebraska-Lincoln", "Springfield-Greene County" (the last
    part may run on over a capitalised word); not "Coca-Cola", two villages."""
    for i, (start, _, word) in enumerate(words):
        parts = list(re.finditer(r"[^-]+", word))
        if len(parts) < 2 or not all(m.group()[:1].isupper() for m in parts):
            continue
        spans = [(start + m.start(), start + m.end()) for m in parts]
        if i + 1 < len(words) and words[i + 1][2][:1].isupper():
            longer = (spans[-1][0], words[i + 1][1])
            if named_place(gazetteer, text[longer[0] : longer[1]]) is not None:
                spans[-1] = longer
        places = [named_place(gazetteer, text[s:e]) for s, e in spans]
        if all(places) and any(p is not None and prominent(p, _LARGE_CITY) for p in places):
            yield from spans


def size_for_word_after(text: str, end: int) -> int | None:
    """The population a place needs for the word after it to make its name a place's:
    none after a word of a jurisdiction or of local people ("Laconia police", "a
    Longview woman"), a town's after a word of an institution ("Huntsville High
    School"); None after any other word (a street's: "Rivers Avenue")."""
    word = re.match(r"\s+([\w’']+)", text[end : end + 30])
    if word is None:
        return None
    folded = fold(word.group(1))
    if folded in lexicon_words("jurisdiction_words") or folded in lexicon_words("local_nouns"):
        return 0
    return LOCATIVE_POPULATION if folded in lexicon_words("institution_words") else None


def possessive_town(gazetteer: Gazetteer, text: str, start: int, end: int) -> bool:
    """Whether a name is a town's by its possessive before a word of a jurisdiction or
    an institution ("Waukesha's school board", "Brainerd's police chief"): a town
    (not a county: "Smith's police record" is a person's) of ``LOCATIVE_POPULATION``
    people at least has the name as its own."""
    possessive = re.match(r"[’']s\s+([\w’']+)", text[end : end + 30])
    if possessive is None:
        return False
    folded = fold(possessive.group(1))
    if folded not in lexicon_words("jurisdiction_words") | lexicon_words("institution_words"):
        return False
    return any(
        p.feature.startswith("PPL") and p.population >= LOCATIVE_POPULATION
        for p in named_places(gazetteer, text[start:end], exact=True)
    )


# A street address right before a name: "2517 Memphis St., Alexandria", "420 Oak Ave.
# Lebanon" (the number, a word or two, a street word, an optional full stop and comma).
_ADDRESS = re.compile(r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w.’'-]*\s+){1,3}([A-Za-z]+)\.?,?\s+$")


def town_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a town, not a country or a region
    that shares its name: a word of a municipality's own bodies after it ("Lebanon
    police", "Alexandria Fire Department", "Jordan High School": ``town_words``), a
    settlement noun's "of" before it ("the city of Athens"), a settlement noun in
    lower case after it ("Ghazni city", "Kunduz town": the town, not the province of
    its name), or a street address before it ("508 Cumberland St., Lebanon"). News
    and local papers place a town so; a country or first-level region is not
    policed or schooled by that name."""
    word = re.match(r"[\s-]+([\w’']+)", text[end : end + 30])
    if word is not None and fold(word.group(1)) in lexicon_words("town_words"):
        return True
    named = text[start:end].split()
    if len(named) > 1 and named[-1] in lexicon_words("settlement_nouns"):
        return True  # the recogniser took the noun in: "Ghazni city"
    if settlement_after(text, end):
        return True
    if settlement_before(text, start):
        return True
    address = _ADDRESS.search(text, max(0, start - 60), start)
    return address is not None and fold(address.group(1)) in lexicon_words("street_words")


def street_after(text: str, start: int, end: int) -> bool:
    """Whether the name, or the list it is in, names streets: "Rivers Avenue",
    "Hampden and Center streets"."""
    word, _ = _word_after_list(text, start, end)
    return word is not None and _singular(word) in lexicon_words("street_words")


def _leading_place(
    text: str,
    words: list[tuple[int, int, str]],
    gazetteer: Gazetteer,
    organization: bool,
    shortest: int = 1,
) -> tuple[int, int] | None:
    """The place in the first words (at least ``shortest``) of a name, as
    :func:`nested_places` describes. In an organization's name, a county named
    without its designator counts before a word of a jurisdiction or an institution
    ("Gwinnett Medical Center", "Prince William Circuit Court"), not before any
    capitalised word ("Brown Motor Company")."""
    for k in range(min(4, len(words) - 1), shortest - 1, -1):
        head = words[:k]
        if not all(w[2][0].isupper() for w in head):
            continue
        if fold(head[-1][2]) in place_abbreviations():
            # "Mt." of "Mt. Pleasant News" begins a longer name; it is no state (Montana).
            continue
        name = text[head[0][0] : head[-1][1]]
        if k == 1 and fold(name) in lexicon_words("place_generic_heads"):
            # "Ain Boumarra": a generic word of another language begins the one name.
            continue
        place = named_place(gazetteer, name)
        bare_county = place is None and organization
        if bare_county:
            place = named_place(gazetteer, name, county=True)
        if place is None or _street(words, k, place) or _neighbourhood(words, k):
            continue
        size = size_for_word_after(text, head[-1][1])
        # "Guernsey County Courthouse": a name with its region's designator is the
        # region's, whatever follows (not Guernsey, the island, after a shorter head).
        designated = len(head) > 1 and fold(head[-1][2]) in lexicon_words("region_designators")
        if (size is not None and prominent(place, size)) or (
            organization
            and not bare_county
            and words[k][2][0].isupper()
            and (designated or _large_reading(gazetteer, name, place))
        ):
            return head[0][0], _settlement_end(text, head, gazetteer)
    return None


def _large_reading(gazetteer: Gazetteer, name: str, place: Place) -> bool:
    """Whether the name's place is a region or a large city an organization may take
    its name from ("Florida Highway Patrol"). A second-level region of ``_HAMLET``'s
    counted size is not (Rab, a Croatian municipality of a few hundred people, in "Rab
    Dhuure"), unless another place of the name is large (Santa Clara, the Cuban city,
    besides a Mexican municipality); one whose people GeoNames does not count (0) is."""

    def large(reading: Place) -> bool:
        hamlet = reading.feature == "ADM2" and 0 < reading.population < _HAMLET
        return prominent(reading, _LARGE_CITY) and not hamlet

    return prominent(place, _LARGE_CITY) and any(
        map(large, [place, *named_places(gazetteer, name)])
    )


def _street(words: list[tuple[int, int, str]], k: int, place: Place) -> bool:
    """Whether the k-th word of a name, after ``place``, is a street word ("Rivers
    Avenue") and not the start of an agency's name ("Florida Highway Patrol",
    "Massachusetts Turnpike Authority"), where a word of a jurisdiction or institution
    follows it. A word of both kinds after a region is the jurisdiction's: "Allegheny
    County Court", "Kentucky Court of Appeals" (after a town, "Oak Court")."""
    word = fold(words[k][2])
    if word not in lexicon_words("street_words"):
        return False
    if word in lexicon_words("jurisdiction_words") and place.feature in _REGION_LEVEL:
        return False
    after = fold(words[k + 1][2]) if k + 1 < len(words) else ""
    return not (
        after in lexicon_words("jurisdiction_words") or after in lexicon_words("institution_words")
    )


def _neighbourhood(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the k-th word of a name makes it a neighbourhood's, an estate's or a
    creek's named after a town ("Hampton Hills", "Madison Creek"): a word of
    ``neighbourhood_words``; the town's name in it is no mention of the town."""
    return fold(words[k][2]) in lexicon_words("neighbourhood_words")


def _settlement_end(text: str, head: list[tuple[int, int, str]], gazetteer: Gazetteer) -> int:
    """Where the place in a name's first words ends: before a designator of a settlement
    ("Dublin City Council" names Dublin, not the Irish county Dublin City), unless the
    town's own name has it ("Boulder City Police"). A region's designator stays
    ("Butler County Sheriff's Office")."""
    last = fold(head[-1][2])
    if len(head) < 2 or last not in place_designators() - lexicon_words("region_designators"):
        return head[-1][1]
    town = named_place(gazetteer, text[head[0][0] : head[-1][1]], exact=True)
    return head[-1][1] if town is not None and town.feature not in _REGION_LEVEL else head[-2][1]


def locative_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` say a place follows: "in", "near", "the town
    of", "southwest of", "the province Gauteng", or a home town's ", of" ("Rebecca
    Sears, 41, of Grovetown"). A preposition still says so across one word that only
    narrows the place ("in neighbouring Andhra Pradesh", "in northern Mali"): a
    modifier of a place, never of a person; and across the items of a list before the
    name ("from Rosario and Mendoza")."""
    before = text[max(0, start - 40) : start]
    if _HOME_OF.search(before):
        return True
    item = _ITEM_BEFORE.search(text, max(0, start - 60), start)
    if item is not None and preposition_before(text, item.start()):
        # The last item of a list after a preposition: "from Rosario and Mendoza".
        return True
    # Only words that run up to the name: "the region, the Bush administration" is no
    # "region Bush".
    adjoining = _ADJOINING.search(before)
    words = fold(adjoining.group() if adjoining else "").split()
    if len(words) > 1 and words[-1] in _locative_modifiers():
        words.pop()
    if words[-1:] == ["the"]:
        words.pop()
    if not words:
        return False
    if any(words[-len(p) :] == p for p in map(str.split, lexicon_words("locative_phrases"))):
        # "drove the Portuguese out of Hormuz", "carried from as far as Cuzco".
        return True
    heads = lexicon_words("place_heads")
    if words[-1] in lexicon_words("locative_prepositions") or words[-1] in heads:
        return True
    return words[-1] == "of" and len(words) > 1 and words[-2] in heads


def preposition_before(text: str, start: int) -> bool:
    """Whether a locative preposition (and perhaps "the") ends the text before ``start``."""
    words = fold(text[max(0, start - 20) : start]).split()
    if words[-1:] == ["the"]:
        words.pop()
    return bool(words) and words[-1] in lexicon_words("locative_prepositions")


@lru_cache(maxsize=1)
def _locative_modifiers() -> frozenset[str]:
    """Words between a locative preposition and a place ("in northern Mali")."""
    return lexicon_words("locative_modifiers") | lexicon_words("region_parts")


def static_locative_before(text: str, start: int, end: int) -> bool:
    """Whether a preposition that places ("in", "near": ``static_locatives``), perhaps
    with "the", ends the text before the name at ``start``-``end``, and the name is no
    possessor ("in Biden's plan")."""
    if text[end : end + 1] in {"’", "'"}:
        return False
    words = fold(text[max(0, start - 20) : start]).split()
    if words[-1:] == ["the"]:
        words.pop()
    return bool(words) and words[-1] in lexicon_words("static_locatives")


def force_name(text: str, start: int, end: int) -> bool:
    """Whether a name stands between "the" and a word for an armed force or a movement
    ("the Taiping army", "the Boxer rebels", ``force_words`` in the lexicon): a
    movement's or a people's name, which a town of the same name (Taiping, Malaysia)
    does not lend an army; a country's or a region's army ("the Texas army") is the
    caller's to keep."""
    before = fold(text[max(0, start - 5) : start]).split()[-1:]
    after = re.match(r"\s+([\w’']+)", text[end : end + 30])
    return (
        before == ["the"]
        and after is not None
        and fold(after.group(1)) in lexicon_words("force_words")
    )


def settlement_after(text: str, end: int) -> bool:
    """Whether a settlement noun in lower case follows the name ("Kunduz town", "in Let
    Yet Kone village"): the writer calls the name a settlement's."""
    word = re.match(r"[\s-]+([\w’']+)", text[end : end + 30])
    return word is not None and word.group(1) in lexicon_words("settlement_nouns")


def settlement_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` call what follows a settlement: "the village
    of", "the town of", "the villagers of" (then a village of a few hundred people is
    meant too)."""
    words = fold(text[max(0, start - 30) : start]).split()
    nouns = lexicon_words("settlement_nouns") | lexicon_words("settlement_people")
    return words[-1:] == ["of"] and len(words) > 1 and words[-2] in nouns


def site_of_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` name a site or a part of what follows ("the
    fish market of", "the main square of", "the old quarter of": ``landmark_words``,
    ``qualifier_nouns``): what follows is a town, where the gazetteer holds one of
    some size."""
    words = fold(text[max(0, start - 30) : start]).split()
    nouns = lexicon_words("landmark_words") | lexicon_words("qualifier_nouns")
    return words[-1:] == ["of"] and len(words) > 1 and words[-2] in nouns


# An apposition after a name: a comma, an article, then words ("Dogu Beyazit, a farming
# town in eastern Turkey", "Tamarasheni, a Georgian town a stone's throw from ...").
_APPOSITION = re.compile(r",\s+(?:a|an)\s+")
_APPOSITION_WORD = re.compile(r"([\w’'-]+)(\s*)")
_APPOSITION_NEXT = frozenset({"in", "of", "near", "on", "outside", "a", "an", "and", "with"})


def appositive_place(text: str, end: int) -> bool:
    """Whether an apposition after the name calls it a settlement or a region: "Dogu
    Beyazit, a farming town in eastern Turkey", "Kalam, a tourist town.". One of its
    first four words must be a settlement noun or a region designator of the lexicon
    that ends the phrase (punctuation or a word such as "in" after it): "Smith, a town
    councillor" is a person. The writer then says the name is a place, whether or not
    the gazetteer holds it."""
    match = _APPOSITION.match(text, end, min(len(text), end + 80))
    if match is None:
        return False
    nouns = lexicon_words("settlement_nouns") | place_designators()
    position = match.end()
    for _ in range(4):
        word = _APPOSITION_WORD.match(text, position)
        if word is None:
            return False
        position = word.end()
        if word.group(1) in nouns:
            after = _APPOSITION_WORD.match(text, position) if word.group(2) else None
            return after is None or fold(after.group(1)) in _APPOSITION_NEXT
    return False


def list_gap(between: str) -> bool:
    """Whether text between two names joins them in a list: ", ", " and ", ", and the "."""
    return bool(_LIST_GAP.fullmatch(between))


def following_designator(text: str, start: int, end: int) -> str | None:
    """The region designator written after a name, or in the plural after the list it
    is in: "Punjab province", "Harvey, Harper and Kingman counties" (for each of the
    three), but not "Indiana counties"."""
    word, listed = _word_after_list(text, start, end)
    if word is None:
        return None
    singular = _singular(word)
    # "Indiana counties" are the counties of Indiana; "Harper and Kingman counties" two.
    plural = singular != word
    return (
        singular if singular in lexicon_words("region_designators") and listed == plural else None
    )


def preceding_designator(text: str, start: int) -> str | None:
    """The region designator of an "of" phrase the name ends: "the state of Washington",
    "the province of Punjab"."""
    match = _DESIGNATOR_OF.search(text, max(0, start - 40), start)
    word = match.group(1).lower() if match else None
    return word if word in lexicon_words("region_designators") else None


def title_widened(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> tuple[int, Place] | None:
    """The start and the town of a name whose first word the recogniser took for a
    title and cut ("near Sheikh Zuweid", read as a person "Zuweid"): the capitalised
    word before ``start`` where that word and the name are a name (its own or another)
    of a town of some size after a locative word ("near", "off"). None otherwise:
    "President Obama" names no town."""
    word = _LEFT_WORD.search(text, max(0, start - 30), start)
    if word is None or not locative_before(text, word.start(1)):
        return None
    towns = [
        p for p in gazetteer.lookup(text[word.start(1) : end]) if prominent(p, LOCATIVE_POPULATION)
    ]
    if not towns:
        return None
    return word.start(1), max(towns, key=lambda p: p.population)


def widened(
    text: str, start: int, end: int, gazetteer: Gazetteer, *, group: bool
) -> tuple[int, int] | None:
    """The span of a longer place name the recogniser cut, with up to two capitalised
    words on either side: "Indian" in "Indian Ocean", "America" in "South America";
    None when there is none.

    The longer name must be the own name of a region or a large city, or the name
    cut a group's name (``group``: "Indian"): "North Arlington", a town, is as
    likely the north of Arlington. Only words after the name may make it any
    town's own name: the recogniser cuts "Belle Plaine" and "Gun Barrel City" after
    their first word, and the first word alone is a namesake elsewhere (Belle,
    Missouri), where a word before a name is as often a part of it ("north
    Arlington") as of the longer name, and a region's name before a word is the
    region's ("a Missouri Valley team"). Words such as "City" or "Department" are not
    taken ("Dublin City Council", "U.S. Department of ..."), unless they are part of
    a large city's own name: a capital that shares its country's name ("Mexico City",
    "Kuwait City"), whose country the knowledge base matched alone, is not the country."""
    lefts = [start, *(m.start(1) for m in _LEFT_WORDS.finditer(text, max(0, start - 40), start))]
    # "Missouri Valley Blazers": a region's name before a word is the region's.
    region = any(p.feature in _REGION_LEVEL for p in named_places(gazetteer, text[start:end]))
    right = _RIGHT_WORDS.match(text, end)
    # A full stop after the last word ends the sentence ("the Indian Ocean.").
    rights = [end] + ([end + len(w.rstrip(".")) for w in _prefixes(right.group())] if right else [])
    spans = [
        (left, stop)
        for left in lefts
        for stop in rights
        if (left, stop) != (start, end)
        and (
            _large_city(gazetteer, text[left:stop])
            or (left == start and _designated_region(gazetteer, text[left:stop]))
            or (left == start and _tail_dropped(gazetteer, text[start:end], text[start:stop]))
            or (
                not _organization_words(text[left:start] + " " + text[end:stop])
                and (place := named_place(gazetteer, text[left:stop], exact=True)) is not None
                and (group or prominent(place, _LARGE_CITY) or (left == start and not region))
            )
        )
    ]
    return max(spans, key=lambda span: span[1] - span[0]) if spans else None


def _designated_region(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` ends in a region's designator and is that region's own name:
    "Guernsey" cut from "Guernsey County Courthouse" is the Ohio county the whole name
    says, not the island, though "County" is a word :func:`_organization_words` refuses."""
    words = fold(name).split()
    return (
        len(words) > 1
        and words[-1] in lexicon_words("region_designators")
        and any(p.feature in {"ADM1", "ADM2"} for p in named_places(gazetteer, name, exact=True))
    )


def _tail_dropped(gazetteer: Gazetteer, head: str, name: str) -> bool:
    """Whether ``name`` is another name of a city of ``_LARGE_CITY`` people whose own name
    starts with ``head`` and a river's or region's particle: "Reggio Emilia", which the
    recogniser cuts to "Reggio", for Reggio nell'Emilia (:func:`.gazetteer.short_form_of`).
    The particle dropped, the longer name is no city's own name, but the head says which
    city's other name it is."""
    if _organization_words(name[len(head) :]):
        return False
    place = other_name_place(gazetteer, name, _LARGE_CITY)
    return place is not None and short_form_of(head, place.name)


def _large_city(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is the own name of a town of at least ``_LARGE_CITY`` people (a
    populated place, not the region "Dublin City")."""
    return any(
        p.feature.startswith("PPL") and p.population >= _LARGE_CITY
        for p in named_places(gazetteer, name, exact=True)
    )


def _organization_words(text: str) -> bool:
    """Whether a text has a designator or a word of a jurisdiction or institution."""
    words = set(fold(text).split())
    return bool(
        words
        & (
            place_designators()
            | lexicon_words("jurisdiction_words")
            | lexicon_words("institution_words")
        )
    )


def _prefixes(words: str) -> list[str]:
    """ " Plaine Road" -> [" Plaine", " Plaine Road"]."""
    cut = [m.end() for m in re.finditer(r"[ -][^ -]+", words)]
    return [words[:c] for c in cut]


def _word_after_list(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """The word after a name or after the list of names it is in ("counties" in
    "Harvey, Harper and Kingman counties"), lower-cased, and whether there is a list."""
    rest = text[end : end + 120]
    listed = bool(_LISTED_AFTER.search(text, max(0, start - 60), start))
    while True:
        gap = _LIST_GAP.match(rest)
        name = _NEXT_NAME.match(rest, gap.end()) if gap is not None and gap.end() else None
        if name is None:
            break
        rest = rest[name.end() :]
        listed = True
    word = re.match(r"\s+([A-Za-z][a-z]+)", rest)
    return (word.group(1).lower() if word is not None else None), listed


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


@lru_cache(maxsize=1)
def _qualifier_step() -> re.Pattern[str]:
    """One link of a qualifier chain: an optional alias in brackets ("Zibane [Ziban]"),
    an optional noun of a kind of place ("town", "district", "sector"), then a comma,
    an opening bracket, or "in" (after such a noun also "of"; after "in", a word for a
    part of the region may stand: "in northern Mali"), then up to three
    capitalised words: "Cuauhtemoc municipality, Chihuahua", "San Antonio (Valparaiso)",
    "Ougadugo (in Sirte)", "Loka West in Lainya county", "the Sabzi Kar village of
    Charbolak district"."""
    nouns = place_designators() | lexicon_words("settlement_nouns")
    nouns |= lexicon_words("qualifier_nouns")
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    directions = "|".join(sorted(lexicon_words("directions"), key=len, reverse=True))
    parts = "|".join(sorted(lexicon_words("region_parts"), key=len, reverse=True))
    return re.compile(
        r"(?:[ \t]*\[[^\]\n]{1,40}\])?"
        rf"(?:[ \t]+(?:{alternatives})(?=[\s,(])[ \t]*"
        r"(?:,[ \t]*|(?P<bracket>\()[ \t]*|[ \t](?P<of>in|of)[ \t]+(?:the[ \t]+)?)"
        r"|[ \t]*[,(]?[ \t]*(?:(?:about|some|around|roughly|nearly)[ \t]+)?"
        r"(?:\d[\d.,]*[ \t-]*(?:km|kilometres|kilometers|miles|mi)\.?[ \t]+)?"
        rf"(?P<toward>{directions})[ \t]+of[ \t]+(?:the[ \t]+)?"
        r"|[ \t]*(?P<comma>,)[ \t]*|[ \t]*(?P<open>\()[ \t]*(?:in[ \t]+)?"
        rf"|[ \t]+(?P<in>in)[ \t]+(?:the[ \t]+)?(?:(?:{parts})[ \t]+)?)"
        r"(?P<name>[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,2})"
    )


def relative_position(text: str, end: int) -> bool:
    """Whether a compass direction from a named place follows the name ("Rais, south of
    Algiers", "Gubio (40 km north of Maiduguri)"): the writer says the name is a place."""
    match = _qualifier_step().match(text, end, min(len(text), end + 80))
    return match is not None and match.group("toward") is not None


def qualifier_chain(text: str, end: int, gazetteer: Gazetteer) -> list[tuple[int, str, bool]]:
    """The names a text gives after a place name for where it lies, innermost first,
    with their offsets and whether a comma or a bracket sets them off (then they
    name a container, a region or country: "Paris, Texas"; after "in", "of" or a
    direction a city is as likely: "Rhodespark area of Lusaka", "Rais, south of
    Algiers"): [Kaushambi, UP] for "Pipri, Kaushambi
    (UP)", [Larkana, Sindh] for "Badah town (Larkana, Sindh)", [Maturin, Monagas] for
    "El Furrial, Maturin municipality, Monagas state".

    A name is cut at a full stop that ends the sentence ("Donetsk. The OSCE ...", but
    not at an initial's: "Greenwood, W. Va."), and
    to its longest start the gazetteer holds ("Luhansk" of "Luhansk People's"). After
    "in" or "of", the name must be a region's ("in Chihuahua"): "in March" or "in
    Tripoli" says when or where something happened as often as where a place lies.
    """
    chain: list[tuple[int, str, bool]] = []
    position = end
    bracketed = False
    while len(chain) < 3:
        match = _qualifier_step().match(text, position, min(len(text), position + 80))
        # A bare comma after the first link, outside brackets, makes a list ("Kentucky,
        # Louisiana, Michigan, Missouri", "in Morocco, Tunisia and Libya"), not a chain.
        if match is None or (chain and match.group("comma") and not bracketed):
            break
        bracketed = bracketed or bool(match.group("open") or match.group("bracket"))
        words = match.group("name").split()
        for i, word in enumerate(words):
            # An initial ("W." of "W. Va.") ends no sentence.
            initial = len(word) == 2 and i + 1 < len(words)
            if word.endswith(".") and not initial and not gazetteer.abbreviated(word):
                words = words[: i + 1]
                break
        known = next(
            (n for n in range(len(words), 0, -1) if gazetteer.lookup(" ".join(words[:n]))),
            len(words),
        )
        name = " ".join(words[:known]).rstrip(".")
        if not name or (
            match.group("in") is not None
            and not any(p.feature in _REGION_LEVEL for p in named_places(gazetteer, name))
        ):
            break
        located = any(match.group(g) is not None for g in ("in", "of", "toward"))
        chain.append((match.start("name"), name, not located))
        position = match.start("name") + len(name)
    return chain


def listed_regions(
    text: str, name: str, qualifier_at: int, qualifier: str, gazetteer: Gazetteer
) -> bool:
    """Whether a name and the container after its comma are two items of a list of
    regions or countries, not a place and where it lies: "Georgia, Oklahoma,
    Pennsylvania and California" names four states (GeoNames holds a town Oklahoma
    in Pennsylvania). Both must be first-level regions or countries by their own
    names, and the list must go on after the second ("Washington, Pa." stays a town)."""
    after = text[qualifier_at + len(qualifier) : qualifier_at + len(qualifier) + 60]
    gap = _LIST_GAP.match(after)
    if gap is None or not gap.end() or _NEXT_NAME.match(after, gap.end()) is None:
        return False
    return all(
        any(p.feature in _CONTAINER_LEVEL for p in named_places(gazetteer, n, exact=True))
        for n in (name, qualifier)
    )


def listed_towns(
    text: str, name: str, qualifier_at: int, qualifier: str, gazetteer: Gazetteer
) -> bool:
    """Whether a name and the name after its comma are two items of a list of cities,
    not a town and the region it lies in: "Seville, Granada and Cordoba" names three
    Spanish cities, though Granada is a department of Nicaragua too. The list must go
    on after the second ("Paris, Texas, and Dallas" keeps its state), and either both
    name a city of ``_LARGE_CITY`` people (by any of its names: "Seville" is Sevilla),
    or all three are places and the two after the first are towns by their own names,
    no region or country (:func:`_town_only`): "Sherman, Clarksville and Hugo" are three
    Texas towns, not a Sherman inside Clarksville; "Matnog, Sorsogon, and Allen" keeps
    its province."""
    after = text[qualifier_at + len(qualifier) : qualifier_at + len(qualifier) + 60]
    gap = _LIST_GAP.match(after)
    following = _NEXT_NAME.match(after, gap.end()) if gap is not None and gap.end() else None
    if following is None:
        return False
    if all(
        any(
            p.feature.startswith("PPL") and p.population >= _LARGE_CITY for p in gazetteer.lookup(n)
        )
        for n in (name, qualifier)
    ):
        return True
    return (
        bool(named_places(gazetteer, name))
        and _town_only(gazetteer, qualifier)
        and _town_only(gazetteer, following.group())
    )


def _town_only(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a name is a town's by its own spelling and no region's or country's, a
    region's designator aside ("Province of Sorsogon" makes Sorsogon a region): what may
    be a list's next item, where a region after a comma says where the town is."""
    own = _spelling(name)
    places = [p for p in gazetteer.lookup(name) if _spelling(strip_designators(p.name)) == own]
    return bool(places) and all(p.feature.startswith("PPL") for p in places)


def in_named_region(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a comma or a bracket after a name sets off a region or country the name
    lies in: "near Shyrokyne, Donetsk", "the village of Zibane [Ziban] (Anzourou,
    Tillaberi)". With a locative word before it, such a name is a place even where the
    gazetteer lacks it (most villages)."""
    return any(
        contained and any(p.feature in _REGION_LEVEL for p in named_places(gazetteer, name))
        for _, name, contained in qualifier_chain(text, end, gazetteer)
    )


@lru_cache(maxsize=1)
def _site_noun_in() -> re.Pattern[str]:
    """A noun of a site or a part of a town (``qualifier_nouns``, ``landmark_words``)
    right after a name, then "in", "at" or "of" and a capitalised name."""
    nouns = lexicon_words("qualifier_nouns") | lexicon_words("landmark_words")
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{alternatives})[ \t]+(?:in|at|of)[ \t]+(?:the[ \t]+)?(?=[A-Z])")


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
_IN_NAME = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def site_in_town(text: str, start: int, end: int) -> int | None:
    """Where the town starts that a site or a part of a town named at ``start:end``
    lies in: "the Concepción mission in San Antonio", "the Bogside area of Derry", or
    a name with an article, as a venue's is and a town's seldom ("the Fillmore in San
    Francisco"). The site's name is often a town's elsewhere too (Concepción in the
    Philippines), which must not pull the town there. None when the text says no such
    thing."""
    match = _site_noun_in().match(text, end, min(len(text), end + 40))
    if match is None and _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]):
        match = _IN_NAME.match(text, end, min(len(text), end + 40))
    return match.end() if match is not None else None


def is_landmark(name: str) -> bool:
    """Whether a name has a landmark word after its first ("Liberty Square", "Vancouver
    International Airport"; "Park Ridge" is a town)."""
    return any(w in lexicon_words("landmark_words") for w in fold(name).split()[1:])


# What may end a people's name in a list after "a camp of": punctuation, the end, a
# conjunction or a preposition ("a camp of Cheyenne and Arapaho on Sand Creek"), not
# a noun the name modifies ("a party of Kentucky farmers").
_PEOPLE_END = re.compile(r"\s*(?:[^\w\s]|$|(?:and|or|on|in|at|near|along|by|from|under)\b)")


@lru_cache(maxsize=1)
def _company_of() -> re.Pattern[str]:
    """The words before a people's name: "a camp of" or "bands of" (``people_companies``),
    then perhaps the earlier items of a list of names ("a camp of Cheyenne and ")."""
    single = "|".join(map(re.escape, sorted(lexicon_words("people_companies"))))
    plural = "|".join(map(re.escape, sorted(lexicon_words("people_companies_plural"))))
    return re.compile(
        rf"(?:\b(?:a|an)\s+(?:{single})|(?<!the )\b(?:{plural}))\s+of\s+"
        rf"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*{_LIST_GAP.pattern})*$"
    )


def people_of_company(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names the people of a company the words
    before it speak of ("a camp of Cheyenne and Arapaho", "bands of Apache"): a
    people, whatever town shares the name (Cheyenne, Wyoming)."""
    return (
        _company_of().search(text, max(0, start - 80), start) is not None
        and _PEOPLE_END.match(text, end) is not None
    )


# A possessive, then one capitalised word that neither another capitalised word nor
# "of" or "for" follows (which would go on with a longer name: "Omaha's Center for
# Public Affairs").
_POSSESSED_NAME = re.compile(r"[’']s[ \t]+([A-Z][\w-]*)(?![ \t]+(?:[A-Z]|of\b|for\b))")


def possessed_site_end(text: str, end: int) -> int | None:
    """Where the name of a site ends that the name ending at ``end`` owns: "Dawson's
    Field", "St Peter's Field", "Parnell's Square" (a ``landmark_words`` or
    ``landform_nouns`` noun right after the possessive). The whole is one place, and
    the owner or patron before the possessive is no place of its own (Dawson,
    Minnesota). Not where the site has a name of its own after the possessive, which
    makes the owner the town it lies in ("Istanbul's Atatürk Airport", "Moscow's Red
    Square"), nor where the noun begins a longer name ("Chicago's Field Museum",
    "Omaha's Center for Public Affairs").
    None when no such name follows."""
    match = _POSSESSED_NAME.match(text, end)
    nouns = lexicon_words("landmark_words") | lexicon_words("landform_nouns")
    if match is None or fold(match.group(1)) not in nouns:
        return None
    return match.end()


@lru_cache(maxsize=1)
def _currency_amount() -> re.Pattern[str]:
    """A currency symbol of ``currency_symbols`` right before an amount, not inside a
    word: "US$5" is the US dollar, not an "S$" or a bare "$" after a letter."""
    symbols = sorted(lexicon_words_map("currency_symbols"), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, symbols)) + r")\s?\d")


def currency_countries(text: str) -> set[str]:
    """The countries whose money the text counts in (ISO codes): where a local story
    with no other evidence of its country is set. "Mansfield council to vote on a
    $765,000 financing package" is in Mansfield, Texas, not the English town, which a
    bare name would mean; a pound sign sets "Richmond" in England, not in Virginia."""
    table = lexicon_words_map("currency_symbols")
    return {country for match in _currency_amount().finditer(text) for country in table[match[1]]}
