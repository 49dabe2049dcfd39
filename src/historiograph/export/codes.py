"""Code tables of the coded-event datasets (ACLED, UCDP GED, GTD), read from ``data/``.

Column lists, actor-type codes, precision scales and label mappings are data,
not code, so that following a codebook revision is an edit to a YAML file.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from historiograph.record import Event, EventType


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordRule(_Table):
    """A label given to a name when one of ``words`` occurs in it as a whole word."""

    label: str = ""
    code: int | None = None
    words: tuple[str, ...]

    def matches(self, name: str) -> bool:
        return word_pattern(self.words).search(name) is not None


class AcledOldScheme(_Table):
    """ACLED's event types before its 2019 revision, and how the current ones map onto them."""

    types: dict[str, tuple[EventType, str | None]]
    variants: dict[str, str]
    from_current: dict[str, str]


class AcledRiots(_Table):
    """Words by which crowd violence the record calls a clash is told apart (acled.yaml)."""

    codes: tuple[tuple[str, str], ...]
    attack: tuple[str, str]
    demonstration: tuple[str, str]
    mob: tuple[str, str]
    crowd_words: frozenset[str]
    armed_words: frozenset[str]
    demonstration_words: frozenset[str]
    violent_tactics: frozenset[str]
    government_targets: tuple[str, ...]
    bombing: tuple[str, str]
    crowd_weapons: tuple[str, ...]
    throwing_verbs: tuple[str, ...]
    thrown_weapons: tuple[str, ...]
    reporting_verbs: frozenset[str]


class AcledExcessiveForce(_Table):
    """The code of a protest the state's forces met with deadly force (acled.yaml)."""

    code: tuple[str, str]
    lethal_verbs: frozenset[str]
    casualty_words: tuple[str, ...]


class AcledProjectiles(_Table):
    """The code of a clash whose doers are projectiles or aircraft (acled.yaml
    ``projectiles``, ``aircraft``)."""

    code: tuple[str, str]
    words: frozenset[str]


class AcledWeaponKind(_Table):
    """One weapon's code and the words that name it (acled.yaml ``explosive_weapons``)."""

    code: tuple[str, str]
    words: tuple[str, ...]


class AcledExplosiveWeapons(_Table):
    """How a bombing's sub_event_type follows the weapon told (acled.yaml)."""

    bombing: tuple[str, str]
    kinds: tuple[AcledWeaponKind, ...]


class AcledVagueTolls(_Table):
    """What ACLED codes for a toll told without a figure (acled.yaml)."""

    uncounted: int
    words: dict[str, int]


class AcledStandardActors(_Table):
    """ACLED's names for actors a text leaves unnamed (acled.yaml)."""

    crowds: dict[str, str]
    agentless: dict[str, str]
    pre2019_crowds: dict[str, str]
    unidentified: str
    unidentified_words: tuple[str, ...]
    armed_types: frozenset[str]
    state_forces: dict[str, tuple[str, ...]]
    state_force_fillers: frozenset[str]


class AcledByActors(_Table):
    """ACLED codes that depend on who the event's sides are (acled.yaml)."""

    territory: tuple[str, str]
    regained: tuple[str, str]
    state_code: int
    unopposed: tuple[str, str]
    unopposed_words: tuple[str, ...]
    clash: tuple[str, str]
    attack: tuple[str, str]
    fought_back_words: tuple[str, ...]
    armed_codes: frozenset[int]
    official_words: tuple[str, ...]
    property: tuple[str, str]
    property_words: tuple[str, ...]
    disrupted: tuple[str, str]
    disrupted_family: str
    disrupted_words: tuple[str, ...]
    exploded_words: tuple[str, ...]
    armed_victim_words: tuple[str, ...]
    force_words: tuple[str, ...]
    crackdown: tuple[EventType, str]
    crowd_codes: dict[int, tuple[str, str]]
    protest_code: int
    protest_words: tuple[str, ...]
    riot_code: int
    clash_words: tuple[str, ...]
    unharmed_arrests: tuple[str, str]
    unharmed_other: tuple[str, str]
    arrest_words: tuple[str, ...]
    harm_words: tuple[str, ...]


class AcledCodes(_Table):
    columns: tuple[str, ...]
    inter: tuple[WordRule, ...]
    standard_actors: AcledStandardActors
    by_actors: AcledByActors
    victim_code: int
    disorder: dict[str, str]
    types: dict[str, tuple[EventType, str | None]]
    default: tuple[EventType, str | None]
    pre2019: AcledOldScheme
    riots: AcledRiots
    excessive_force: AcledExcessiveForce
    projectiles: AcledProjectiles
    aircraft: AcledProjectiles
    explosive_weapons: AcledExplosiveWeapons
    vague_fatalities: AcledVagueTolls
    quarter_separator: str


class DatePrec(_Table):
    code: int
    max_days: int | None


class Scale(_Table):
    """A precision scale mapped both ways between a dataset and ``where.precision``."""

    export: dict[int, int]
    import_: dict[int, int]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class UcdpCodes(_Table):
    columns: tuple[str, ...]
    violence: dict[EventType, int | str]
    types: dict[int, tuple[EventType, str | None]]
    where_prec: Scale
    date_prec: tuple[DatePrec, ...]
    government: str
    civilians: str


class GtdKidnapping(_Table):
    """Words by which a summary tells a kidnapping (gtd.yaml ``kidnapping``)."""

    attack_type: str
    words: tuple[str, ...]


class GtdAssassination(_Table):
    """How a summary tells an attack on a person named by office (gtd.yaml ``assassination``)."""

    attack_type: str
    titles: tuple[str, ...]
    reporting_words: tuple[str, ...]
    target_words: tuple[str, ...]


class GtdCodes(_Table):
    columns: tuple[str, ...]
    terrorism_types: tuple[EventType, ...]
    types: tuple[EventType, ...]
    specificity: Scale
    attack_types: dict[str, tuple[EventType, str | None]]
    default_attack_type: str
    subtype_attack_types: dict[str, str]
    explosive_words: tuple[str, ...]
    outranked_by_explosives: frozenset[str]
    explosive_attack_type: str
    outranked_by_targeting: frozenset[str]
    kidnapping: GtdKidnapping
    assassination: GtdAssassination
    target_types: tuple[WordRule, ...]
    default_target_type: str


@cache
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words, as whole words, whatever their case; a space in a phrase is
    any run of spaces ("petrol\xa0bomb" in a pasted note is "petrol bomb")."""
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _load(name: str) -> dict[str, Any]:
    data = yaml.safe_load(files("historiograph.export").joinpath("data", name).read_text("utf-8"))
    assert isinstance(data, dict)
    for scale in ("where_prec", "specificity"):
        if scale in data:
            data[scale] = {"export": data[scale]["export"], "import_": data[scale]["import"]}
    return data


@cache
def acled() -> AcledCodes:
    """ACLED's columns and codes."""
    return AcledCodes.model_validate(_load("acled.yaml"))


@cache
def ucdp() -> UcdpCodes:
    """UCDP GED's columns and codes."""
    return UcdpCodes.model_validate(_load("ucdp.yaml"))


@cache
def gtd() -> GtdCodes:
    """GTD's columns and codes."""
    return GtdCodes.model_validate(_load("gtd.yaml"))


def first_match(rules: tuple[WordRule, ...], name: str) -> WordRule | None:
    """The first rule whose words occur in ``name``, or ``None``."""
    return next((rule for rule in rules if rule.matches(name)), None)


def gtd_attack_type(event: Event, evidence: str = "", context: str = "") -> str:
    """GTD's attacktype1_txt for an event: its own mapping, else its subtype's GTD code.

    The ontology maps attacks to GTD; a battle ("insurgents stormed a checkpoint",
    "rockets fired at a base") GTD codes by its means, as ``subtype_attack_types``
    in gtd.yaml says. GTD takes the first type of its hierarchy that applies: an
    armed assault whose ``evidence`` (the text telling it) tells explosives is a
    bombing ("explosive_words"); an armed assault or a bombing whose ``context``
    (the summary or paragraph around it) tells an abduction is a kidnapping, and
    one on a person it names by office an assassination (:func:`office_targeted`).
    """
    table = gtd()
    if event.mappings.gtd is not None:
        label = event.mappings.gtd.attacktype
    else:
        label = table.subtype_attack_types.get(
            f"{event.type}/{event.subtype}", table.default_attack_type
        )
    if label in table.outranked_by_explosives and word_pattern(table.explosive_words).search(
        evidence
    ):
        label = table.explosive_attack_type
    if label in table.outranked_by_targeting:
        if word_pattern(table.kidnapping.words).search(context):
            return table.kidnapping.attack_type
        if office_targeted(context):
            return table.assassination.attack_type
    return label


# An office ends the phrase that names it ("Rahman, the head of the district council,
# was killed", "attacked a provincial governor at a school"), not "the head coach".
_PHRASE_END = (
    r"(?=[,.;)]|$|\s(?:of|was|were|is|had|has|and|in|at|near|outside|on|from|as|who|"
    r"while|when)\b)"
)


@cache
def _office_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = gtd().assassination
    titles = word_pattern(rules.titles).pattern
    targets = word_pattern(rules.target_words).pattern
    apposition = re.compile(
        r"\b[A-Z][\w'-]+, (?:a|an|the) (?:[\w()'-]+ ){0,6}?(?i:" + titles + ")" + _PHRASE_END
    )
    direct = re.compile(
        "(?i:" + targets + r") (?:a|an|the) (?:[\w-]+ ){0,3}?(?i:" + titles + ")" + _PHRASE_END
    )
    return apposition, direct, word_pattern(rules.reporting_words)


def office_targeted(text: str) -> bool:
    """Does the text name the person attacked by an office ("Arif, a local council head,
    was killed", "attacked a provincial governor"), as GTD's assassinations are told?

    An office in apposition to a name followed by a verb of saying ("Ahmad, the district
    governor, said") names who told of the attack, not whom it was on.
    """
    apposition, direct, reporting = _office_patterns()
    if direct.search(text):
        return True
    for match in apposition.finditer(text):
        after = text[match.end() : match.end() + 30].split(".")[0]
        if not reporting.search(after):
            return True
    return False
