"""Accounts side by side: UCDP-style tolls and the conflicts a reader must see."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, Denial, Figure, PlaceRef
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings

SETTINGS = load_settings()
ASHRAF = PlaceRef(name="Camp Ashraf", lat=33.64, lon=44.57, precision=1)


def figure(claim: str, value: int, source: str, qualifier: str = "exact") -> Figure:
    return Figure(
        claim=claim,
        property="fatalities",
        value=value,
        low=value,
        high=value,
        qualifier=qualifier,
        source=source,
        source_kind="named",
        stance="reported",
        quote=f"{value} people",
    )


def account(doc: str, day: dt.date, *, figures: list[Figure] = (), **fields: object) -> Account:
    quote = f"Account of the raid from {doc}."
    values: dict[str, object] = {
        "key": f"sha256:{doc}@0-5",
        "document": f"sha256:{doc}",
        "title": doc,
        "event": "e1",
        "type": "attack",
        "trigger": "raid",
        "earliest": day,
        "latest": day,
        "precision": "day",
        "place": ASHRAF,
        "quote": quote,
        "span": (0, len(quote)),
        "figures": list(figures),
    }
    values.update(fields)
    return Account.model_validate(values)


DAY = dt.date(2011, 4, 8)


def test_fatalities_are_low_best_high_with_every_figure_traceable() -> None:
    comparison = compare(
        [
            account("ministry", DAY, figures=[figure("c1", 3, "the ministry")]),
            account("group", DAY, figures=[figure("c1", 34, "the group")]),
            account("un", DAY, figures=[figure("c2", 34, "the UN", "at_least")]),
        ],
        SETTINGS,
    )

    toll = comparison.fatalities
    assert toll is not None and (toll.low, toll.best, toll.high) == (3, 34, 34)
    assert {(f.title, f.figure.source) for f in toll.figures} == {
        ("ministry", "the ministry"),
        ("group", "the group"),
        ("un", "the UN"),
    }
    tolls = [c for c in comparison.conflicts if c.field == "fatalities"]
    assert {frozenset((c.a.title, c.b.title)) for c in tolls} == {
        frozenset(("ministry", "group")),
        frozenset(("ministry", "un")),
    }
    assert all(c.level == "high" and c.a.quote and c.b.quote for c in tolls)


def test_figures_that_can_both_be_true_are_no_conflict() -> None:
    comparison = compare(
        [
            account("police", DAY, figures=[figure("c1", 5, "police", "at_least")]),
            account("group", DAY, figures=[figure("c1", 7, "the group")]),
            account("agency", DAY, figures=[figure("c1", 7, "agency", "about")]),
        ],
        SETTINGS,
    )

    assert comparison.conflicts == []


def test_dates_that_do_not_overlap_conflict_with_a_severity_by_the_gap() -> None:
    near = compare([account("a", DAY), account("b", DAY + dt.timedelta(days=2))], SETTINGS)
    far = compare([account("a", DAY), account("b", DAY + dt.timedelta(days=60))], SETTINGS)

    (small,) = near.conflicts
    (large,) = far.conflicts
    assert small.field == large.field == "date"
    assert small.severity < large.severity and large.level == "high"
    assert (far.earliest, far.latest) == (DAY, DAY + dt.timedelta(days=60))


def test_places_beyond_their_precision_conflict_by_coordinates() -> None:
    basra = PlaceRef(name="Basra", lat=30.5, lon=47.8, precision=1)
    iraq = PlaceRef(name="Iraq", lat=33.0, lon=44.0, precision=3)

    apart = compare([account("a", DAY), account("b", DAY, place=basra)], SETTINGS)
    wider = compare([account("a", DAY), account("b", DAY, place=iraq)], SETTINGS)

    assert [c.field for c in apart.conflicts] == ["place"]
    assert "km apart" in apart.conflicts[0].summary
    assert wider.conflicts == []


def test_a_named_perpetrator_denied_by_that_actor_is_a_conflict() -> None:
    forces = ActorRef(entity="ent:iraqi-forces", name="Iraqi forces")
    government = ActorRef(entity="ent:iraqi-government", name="Iraqi government")
    denial = Denial(agents=[government], quote="The Iraqi government denied any involvement.")

    comparison = compare(
        [account("opposition", DAY, agents=[forces]), account("un", DAY, denials=[denial])],
        SETTINGS,
    )

    (conflict,) = comparison.conflicts
    assert conflict.field == "perpetrator"
    assert conflict.b.quote == "The Iraqi government denied any involvement."


def test_different_named_perpetrators_conflict_but_an_unnamed_one_does_not() -> None:
    front = ActorRef(entity="ent:front", name="Northern Liberation Front")
    army = ActorRef(entity="ent:army-intel", name="army intelligence")
    gunmen = ActorRef(entity="ent:gunmen", name="gunmen")

    named = compare([account("a", DAY, agents=[front]), account("b", DAY, agents=[army])], SETTINGS)
    vague = compare(
        [account("a", DAY, agents=[front]), account("b", DAY, agents=[gunmen])], SETTINGS
    )

    assert [c.field for c in named.conflicts] == ["perpetrator"]
    assert vague.conflicts == []


def test_accounts_that_agree_raise_no_conflict() -> None:
    comparison = compare(
        [
            account("un", DAY, figures=[figure("c1", 52, "the UN")]),
            account("opposition", DAY, figures=[figure("c4", 52, "the coalition")]),
        ],
        SETTINGS,
    )

    assert comparison.conflicts == []
    assert len(comparison.accounts) == 2


def test_a_date_the_document_never_states_conflicts_with_nothing() -> None:
    stated = account("wire", DAY)
    carried = account("communique", DAY - dt.timedelta(days=15), date_carried=True)
    written = account("observatory", DAY - dt.timedelta(days=15))

    assert compare([stated, carried], SETTINGS).conflicts == []
    assert [c.field for c in compare([stated, written], SETTINGS).conflicts] == ["date"]


def test_a_part_of_a_toll_is_no_rival_to_another_sources_total() -> None:
    observatory = account(
        "observatory",
        DAY,
        figures=[figure("c1", 14, "the Observatory"), figure("c2", 3, "the Observatory")],
    )
    police = account("police", DAY, figures=[figure("c3", 9, "police")])

    conflicts = compare([observatory, police], SETTINGS).conflicts

    assert [(c.a.value, c.b.value) for c in conflicts] == [("14", "9")]


def test_the_author_and_the_name_its_title_gives_itself_are_one_voice() -> None:
    figures = [figure("c1", 8, "author"), figure("c2", 200, "the bulletin", "more_than")]
    bulletin = account("bulletin", DAY, figures=figures, title="Army bulletin no. 14")
    agency = account("agency", DAY, figures=figures, title="Rebels seize the fort")

    assert compare([bulletin], SETTINGS).conflicts == []
    assert [c.field for c in compare([agency], SETTINGS).conflicts] == ["fatalities"]


def test_a_type_only_the_typing_model_read_into_the_words_is_no_conflict() -> None:
    ambush = account(
        "wire", DAY, type="battle", trigger="ambushed", quote="Gunmen ambushed the convoy."
    )
    attack = account("ministry", DAY, trigger="attacked", quote="Iraqi forces attacked the camp.")
    clashes = account(
        "tehran", DAY, type="battle", trigger="clashes", quote="Clashes broke out at the camp."
    )
    shelling = account(
        "monitor", DAY, type="battle", trigger="fire on", quote="Mortar fire on the camp."
    )

    assert compare([ambush, attack], SETTINGS).conflicts == []
    assert [c.field for c in compare([clashes, attack], SETTINGS).conflicts] == ["type"]
    # "fire on" is the extractor's trigger; "mortar" says the same sentence's shelling
    assert (
        compare([shelling.model_copy(update={"type": "attack"}), clashes], SETTINGS).conflicts == []
    )


def test_a_denial_by_the_short_name_of_the_accused_is_a_conflict() -> None:
    movement = ActorRef(entity="ent:qfm", name="Qaralin Free Movement")
    short = ActorRef(entity="ent:movement", name="the Movement")
    other = ActorRef(entity="ent:front", name="the Popular Front")

    def denied_by(actor: ActorRef) -> list[Denial]:
        return [Denial(agents=[actor], quote=f"{actor.name} had no part in it.")]

    named = account("wire", DAY, agents=[movement])
    denial = compare([named, account("communique", DAY, denials=denied_by(short))], SETTINGS)
    unrelated = compare([named, account("front", DAY, denials=denied_by(other))], SETTINGS)

    assert [c.field for c in denial.conflicts] == ["perpetrator"]
    assert unrelated.conflicts == []


def test_a_riot_against_a_shooting_is_a_type_conflict_whatever_the_verb() -> None:
    riot = account("ministry", DAY, type="protest", subtype="riot", trigger="attacked")
    shooting = account("jurists", DAY, trigger="opened fire")

    conflicts = compare([riot, shooting], SETTINGS).conflicts

    assert [c.field for c in conflicts] == ["type"]
    assert conflicts[0].summary == "told as protest against attack"


def test_a_document_telling_the_march_and_the_shooting_frames_the_event_as_the_shooting() -> None:
    march = account("leaflet", DAY, type="protest", subtype="demonstration", trigger="march")
    again = march.model_copy(update={"key": "sha256:leaflet@30-36", "trigger": "marched"})
    fired = march.model_copy(
        update={"key": "sha256:leaflet@9-17", "type": "attack", "trigger": "fired on"}
    )
    wire = account("wire", DAY, trigger="fired on")
    riot = account("ministry", DAY, type="protest", subtype="riot", trigger="attacked")

    agreeing = compare([march, again, fired, wire], SETTINGS)
    contested = compare([march, again, fired, riot], SETTINGS)

    assert agreeing.accounts[0].type == "protest"  # most told in the leaflet
    assert agreeing.conflicts == []  # but the leaflet tells the shooting, as the wire does
    assert [c.summary for c in contested.conflicts] == ["told as attack against protest"]


def test_an_actor_named_like_the_place_of_the_event_is_no_perpetrator() -> None:
    sarn = PlaceRef(name="Sarn University", precision=2)
    guard = ActorRef(entity="ent:guard", name="National Guard")
    misread = ActorRef(entity="ent:sarn", name="Sarn University")
    wire = account("wire", DAY, place=sarn, agents=[guard])
    leaflet = account("leaflet", DAY, place=None, agents=[misread])
    front = account("front", DAY, place=None, agents=[ActorRef(entity="ent:f", name="Red Dawn")])

    assert compare([wire, leaflet], SETTINGS).conflicts == []
    assert [c.field for c in compare([wire, front], SETTINGS).conflicts] == ["perpetrator"]


def test_a_day_just_outside_a_season_is_no_conflict_but_a_day_apart_is() -> None:
    spring = account("memoir", DAY).model_copy(
        update={
            "earliest": dt.date(1983, 3, 20),
            "latest": dt.date(1983, 6, 20),
            "precision": "season",
        }
    )
    shooting = account("wire", dt.date(1983, 3, 14))
    next_day = account("ministry", dt.date(1983, 3, 13))

    summaries = [c.summary for c in compare([spring, shooting, next_day], SETTINGS).conflicts]

    assert summaries == ["dates 1 days apart: 1983-03-14 against 1983-03-13"]


def test_a_conflict_side_points_at_the_mention_that_gave_its_value() -> None:
    headline = account("wire", DAY, trigger="bomb", date_carried=True, quote="Bomb in the camp")
    told = account(
        "wire",
        DAY,
        key="sha256:wire@40-50",
        event="e2",
        quote="A bomb exploded in the camp, killing 14.",
        figures=[figure("c1", 14, "author")],
    )
    ministry = account(
        "ministry", DAY + dt.timedelta(days=3), figures=[figure("c2", 6, "the ministry")]
    )

    conflicts = {c.field: c for c in compare([headline, told, ministry], SETTINGS).conflicts}

    assert set(conflicts) == {"date", "fatalities"}
    sides = {f: next(s for s in (c.a, c.b) if s.title == "wire") for f, c in conflicts.items()}
    assert all(s.event_key == "sha256:wire@40-50" for s in sides.values())  # not the headline
    assert sides["date"].quote == "A bomb exploded in the camp, killing 14."
    assert sides["fatalities"].quote == "14 people"  # the figure's own words


def test_two_readings_of_one_kind_of_act_are_no_type_conflict() -> None:
    memoir = account("memoir", DAY, type="battle", trigger="fired on")  # the model's reading
    bulletin = account("bulletin", DAY, type="repression", trigger="murdered")
    clash = account("army", DAY, type="battle", trigger="clashed")

    assert [c.field for c in compare([memoir, bulletin], SETTINGS).conflicts] == []
    assert [c.field for c in compare([clash, bulletin], SETTINGS).conflicts] == ["type"]


def test_weapons_named_as_the_doer_are_no_perpetrator_but_a_service_is() -> None:
    warplanes = account("wire", DAY, agents=[ActorRef(entity="ent:warplanes", name="Warplanes")])
    air_force = account(
        "command", DAY, agents=[ActorRef(entity="ent:air-force", name="the air force")]
    )
    council = account(
        "council", DAY, agents=[ActorRef(entity="ent:council", name="the Defence Council")]
    )

    assert compare([warplanes, air_force], SETTINGS).conflicts == []
    assert [c.field for c in compare([air_force, council], SETTINGS).conflicts] == ["perpetrator"]


def test_two_unresolved_place_names_are_no_place_conflict() -> None:
    cafe = PlaceRef(name="Excelsior", precision=1)
    town = PlaceRef(name="Port Veyle", lat=35.1, lon=24.2, precision=1)
    listed = PlaceRef(name="Keltz", entity="geo:1", precision=1)
    other = PlaceRef(name="Orvel", entity="geo:2", precision=1)

    inside = compare([account("a", DAY, place=cafe), account("b", DAY, place=town)], SETTINGS)
    apart = compare([account("a", DAY, place=listed), account("b", DAY, place=other)], SETTINGS)

    assert inside.conflicts == []
    assert [c.field for c in apart.conflicts] == ["place"]


def test_the_marchers_a_document_tells_fired_on_are_no_rival_perpetrator() -> None:
    miners = ActorRef(entity="ent:miners", name="miners")
    gendarmes = ActorRef(entity="ent:gendarmes", name="gendarmes")
    front = ActorRef(entity="ent:front", name="Front")
    march = account("bulletin", DAY, type="protest", trigger="marching", agents=[miners])
    firing = account("bulletin", DAY, agents=[gendarmes]).model_copy(
        update={"key": "sha256:bulletin@9-14", "event": "e2", "trigger": "opened fire"}
    )
    historian = account("historian", DAY, agents=[front])
    crowd_only = account("governor", DAY, type="protest", trigger="stormed", agents=[miners])

    told_with_force = compare([march, firing, historian], SETTINGS)
    told_as_crowd = compare([crowd_only, historian], SETTINGS)

    assert "perpetrator" not in [c.field for c in told_with_force.conflicts]
    assert "perpetrator" in [c.field for c in told_as_crowd.conflicts]


def test_the_headline_type_is_what_most_documents_say_not_the_most_sentences() -> None:
    riot = [
        account("ministry", DAY, type="protest", subtype="riot", trigger="rioted"),
        account("ministry", DAY, key="sha256:ministry@9-20", type="protest", trigger="riot"),
        account("ministry", DAY, key="sha256:ministry@30-40", type="protest", trigger="unrest"),
    ]
    shooting = [
        account("families", DAY, type="battle", subtype="clash", trigger="opened fire"),
        account("commission", DAY, type="repression", subtype="massacre", trigger="killed"),
    ]

    comparison = compare([*riot, *shooting], SETTINGS)

    # Three documents: one riot, two shootings in their words (the model read a clash
    # and a massacre), so the cluster is an attack; the riot stays visible as conflicts.
    assert comparison.type == "attack"
    assert {c.summary for c in comparison.conflicts} == {
        "told as protest against battle",
        "told as protest against repression",
    }


def test_a_mob_attacking_is_a_riot_against_a_shooting_unless_both_tell_the_riot() -> None:
    supporters = ActorRef(entity="ent:supporters", name="opposition supporters")
    police = account(
        "police",
        DAY,
        trigger="attacked",
        agents=[supporters],
        quote="A mob of opposition supporters attacked the polling station.",
    )
    party = account("party", DAY, trigger="shot dead")
    peasants = ActorRef(entity="ent:peasants", name="peasants")
    burned = account(
        "dispatch",
        DAY,
        trigger="burned",
        agents=[peasants],
        quote="A crowd of peasants burned the tax office.",
    )
    memoir_burned = account(
        "memoir",
        DAY,
        trigger="burned",
        agents=[peasants],
        quote="The peasants burned the tax office.",
    )
    memoir_fired = memoir_burned.model_copy(
        update={"key": "sha256:memoir@9-14", "trigger": "fired", "agents": []}
    )

    contested = compare([police, party], SETTINGS).conflicts
    agreed = compare([burned, memoir_burned, memoir_fired], SETTINGS).conflicts

    assert [c.summary for c in contested] == ["told as protest against attack"]
    assert agreed == []  # the memoir tells the crowd's burning too, and the firing


def test_one_denial_quoted_by_two_documents_is_one_conflict_with_both_quotes() -> None:
    forces = ActorRef(entity="ent:iraq", name="Iraqi forces")
    government = ActorRef(entity="ent:iraq", name="Iraqi government")
    told = account(
        "opposition",
        DAY,
        agents=[forces],
        denials=[Denial(agents=[government], quote="The government denied it.")],
    )
    quoted = account(
        "un", DAY, denials=[Denial(agents=[government], quote="Baghdad denied any involvement.")]
    )

    conflicts = compare([told, quoted], SETTINGS).conflicts

    assert len(conflicts) == 1 and conflicts[0].field == "perpetrator"
    sides = [conflicts[0].a, conflicts[0].b]
    denial = next(s for s in sides if s.source == "Iraqi government")
    assert [denial.quote, *(s.quote for s in denial.also)] == [
        "The government denied it.",
        "Baghdad denied any involvement.",
    ]


def test_each_author_s_own_date_stays_its_own_conflict() -> None:
    later = account("commission", DAY + dt.timedelta(days=1))
    one = account("ministry", DAY)
    other = account("families", DAY)

    conflicts = compare([later, one, other], SETTINGS).conflicts

    assert len(conflicts) == 2 and all(not (c.a.also or c.b.also) for c in conflicts)


def test_a_clash_against_a_killing_in_the_documents_own_words_is_a_type_conflict() -> None:
    state = account(
        "state", DAY, type="battle", subtype="clash", trigger="clashes", quote="Clashes broke out."
    )
    told = "Forces attacked the camp and murdered 52 residents."
    attacked = account(
        "victims", DAY, type="battle", subtype="clash", trigger="attacked", quote=told
    )
    murdered = attacked.model_copy(
        update={"key": "sha256:victims@9-17", "type": "repression", "trigger": "murdered"}
    )

    conflicts = compare([state, attacked, murdered], SETTINGS).conflicts

    # The model read both as clashes; the victims' words tell an attack.
    assert [c.summary for c in conflicts] == ["told as battle against attack"]


def test_remote_violence_is_no_clash_against_a_killing() -> None:
    shelling = account(
        "command",
        DAY,
        type="battle",
        subtype="shelling",
        trigger="shelled",
        quote="Artillery shelled the town.",
    )
    # The model read the shooting as a battle too: only the words tell them apart.
    shooting = account("wire", DAY, type="battle", trigger="shot", quote="Gunmen shot nine people.")
    no_remote = SETTINGS.model_copy(
        update={"conflicts": SETTINGS.conflicts.model_copy(update={"remote_subtypes": frozenset()})}
    )

    assert compare([shelling, shooting], SETTINGS).conflicts == []
    assert [c.field for c in compare([shelling, shooting], no_remote).conflicts] == ["type"]


def _counted(claim: str, value: int, quote: str, qualifier: str = "exact") -> Figure:
    low: float | None = value
    return figure(claim, value, "author", qualifier).model_copy(
        update={"quote": quote, "low": low, "high": low}
    )


def test_one_sources_figures_for_separate_victim_groups_add_up() -> None:
    governor = account(
        "governor",
        DAY,
        figures=[_counted("c1", 2, "Two constables"), _counted("c2", 9, "nine of the attackers")],
    )
    wire = account("wire", DAY, figures=[figure("c3", 11, "a doctor", "at_least")])
    rights = account("rights", DAY, figures=[figure("c4", 19, "Highland Watch", "at_least")])

    conflicts = compare([governor, wire, rights], SETTINGS).conflicts

    # two and nine are a toll of eleven: no rival to "at least 11", one to "at least 19"
    assert [(c.a.title, c.b.title, c.a.value) for c in conflicts] == [("governor", "rights", "11")]


def test_a_part_or_an_everyone_count_is_not_added_to_the_total() -> None:
    parts = [_counted("c1", 17, "At least 17 civilians", "at_least")]
    parts.append(_counted("c2", 4, "among them four women"))
    everyone = [_counted("c3", 14, "14 people"), _counted("c4", 3, "three soldiers")]
    other = account("other", DAY, figures=[figure("c5", 16, "monitor")])

    assert [
        c.field for c in compare([account("a", DAY, figures=parts), other], SETTINGS).conflicts
    ] == ["fatalities"]
    conflicts = compare([account("b", DAY, figures=everyone), other], SETTINGS).conflicts
    assert [(c.a.value, c.b.value) for c in conflicts] == [("14", "16")]


def test_a_source_whose_words_type_nothing_has_no_type_conflict() -> None:
    died = account(
        "wire",
        DAY,
        type="battle",
        trigger="died",
        quote="Eleven people died in violence at the station, according to a doctor.",
    )
    fired = account(
        "rights",
        DAY,
        type="repression",
        trigger="fired",
        quote="Police fired live rounds into a crowd outside the station.",
    )
    clashes = account(
        "army", DAY, type="battle", trigger="clashes", quote="Clashes broke out at the station."
    )

    assert compare([died, fired], SETTINGS).conflicts == []
    assert [c.field for c in compare([clashes, fired], SETTINGS).conflicts] == ["type"]


def test_men_named_by_their_kind_are_no_rival_perpetrator() -> None:
    regiment = ActorRef(entity="ent:frontier-horse", name="Frontier Horse")
    horsemen = ActorRef(entity="ent:horsemen", name="horsemen")
    committee = ActorRef(entity="ent:committee", name="Peasant Committee")

    assert (
        compare(
            [account("a", DAY, agents=[regiment]), account("b", DAY, agents=[horsemen])], SETTINGS
        ).conflicts
        == []
    )
    named = compare(
        [account("a", DAY, agents=[regiment]), account("b", DAY, agents=[committee])], SETTINGS
    )
    assert [c.field for c in named.conflicts] == ["perpetrator"]
