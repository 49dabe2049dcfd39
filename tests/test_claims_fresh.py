"""Claims in shapes that probes of everyday news and report sentences, written for
the eighth round, showed going wrong: who holds a belief, who confirms in the
passive, an acronym that spells a clause opener, a speaker introduced by what it
issued, a pronoun after "according to", one person joined before a counted group,
and rows under a heading that names their source.

The sentences here are new, so that the rules are tested, not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_belief_is_its_holders_and_hedged(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Rescuers fear that at least 30 miners are still trapped.")
    claim = claims["at least 30 miners"]
    assert (claim.source.kind, claim.source.name) == ("unnamed", "Rescuers")
    assert claim.stance == "hedged"
    claims = claims_of(nlp_model, "The family believes 12 relatives died in the fire.")
    assert claims["12 relatives"].source.name == "The family"
    assert claims["12 relatives"].stance == "hedged"


def test_a_belief_reports_only_its_clause(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "He thought of the 40 men who had died at the bridge.")
    for claim in claims.values():
        assert claim.source.kind == "author"
        assert claim.stance == "asserted"


def test_a_passive_report_with_its_agent_is_the_agents(nlp_model: Language) -> None:
    text = "The deaths of 14 protesters were confirmed by the regional governor."
    claim = claims_of(nlp_model, text)["14 protesters"]
    assert (claim.source.kind, claim.source.name) == ("named", "the regional governor")
    assert claim.stance == "reported"
    claim = claims_of(nlp_model, "Twenty-one arrests were reported by the city police.")[
        "Twenty-one arrests"
    ]
    assert claim.source.name == "the city police"


def test_an_acronym_that_spells_a_clause_opener_still_speaks(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "WHO's latest bulletin reports 3,400 suspected cases.")[
        "3,400 suspected cases"
    ]
    assert claim.source.kind == "named"
    assert "WHO" in (claim.source.name or "")


def test_who_issued_a_statement_is_the_it_that_says(nlp_model: Language) -> None:
    text = "The ministry issued a statement on Friday. It said 45 people had been injured."
    claim = claims_of(nlp_model, text)["45 people"]
    assert (claim.source.kind, claim.source.name) == ("named", "The ministry")
    # a sentence that issues nothing leaves "It" with no one to stand for
    text = "The ministry moved offices on Friday. It said 45 people had been injured."
    assert claims_of(nlp_model, text)["45 people"].source.name != "The ministry"


def test_according_to_a_pronoun_is_the_person_before(nlp_model: Language) -> None:
    text = (
        "Maria Santos, the mayor, said the situation was grave. "
        "According to her, 300 people have fled."
    )
    claim = claims_of(nlp_model, text)["300 people"]
    assert (claim.source.kind, claim.source.name) == ("named", "Maria Santos")


def test_one_person_joined_before_a_group_adds_one(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "A woman and her three children died in the fire.")
    claim = claims["A woman and her three children"]
    assert (claim.property, claim.value, claim.low, claim.high) == ("fatalities", 4, 4, 4)
    text = "Militants shot dead a tribal elder and his two guards near the market."
    claims = claims_of(nlp_model, text)
    assert list(claims) == ["a tribal elder and his two guards"]
    assert claims["a tribal elder and his two guards"].value == 3
    # one who is no person joined, or one counted with a number, adds nothing
    claims = claims_of(nlp_model, "The blast destroyed a truck and two buses.")
    assert all(claim.value != 3 for claim in claims.values())


def test_rows_under_a_heading_are_its_sources(nlp_model: Language) -> None:
    text = (
        "Casualties as of 18:00, according to the health ministry:\n"
        "Dead: 14\nInjured: 52\n\nVolunteers cleared the roads. Police arrested 6 looters."
    )
    claims = claims_of(nlp_model, text)
    for row in ("14", "52"):
        assert (claims[row].source.name, claims[row].stance) == ("the health ministry", "reported")
    # a blank line ends the rows, and a heading that names no one gives no source
    assert claims["6 looters"].source.kind == "author"
    text = "Results of the operation:\n64 premises searched\n38 arrests"
    claims = claims_of(nlp_model, text)
    assert claims["38 arrests"].source.kind == "author"


def test_people_we_spoke_to_are_the_source_not_the_writer(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "Residents we spoke to said 30 people had been killed.")[
        "30 people"
    ]
    assert (claim.source.kind, claim.source.name) == ("unnamed", "Residents")
    assert claim.stance == "reported"
    claim = claims_of(nlp_model, "Witnesses we interviewed said soldiers shot 12 men.")["12 men"]
    assert claim.source.name == "Witnesses"
    # the writer's own time phrase before "we" is no source
    claim = claims_of(nlp_model, "Last year we counted 40 bodies in the river.")["40 bodies"]
    assert claim.source.kind == "author"


def test_who_a_medium_quotes_as_saying_speaks(nlp_model: Language) -> None:
    text = "The state news agency quoted the governor as saying 9 people had died."
    claim = claims_of(nlp_model, text)["9 people"]
    assert (claim.source.kind, claim.source.name) == ("named", "the governor")


def test_a_register_kept_by_someone_speaks_for_its_keeper(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "The register kept by the church lists 1,140 households.")[
        "1,140 households"
    ]
    assert claim.source.kind == "named"
    assert "church" in (claim.source.name or "")


def test_a_figure_called_exaggerated_is_denied(nlp_model: Language) -> None:
    text = "The ministry said the figure of 500 dead was grossly exaggerated."
    assert claims_of(nlp_model, text)["500 dead"].stance == "denied"
    text = 'The police called the figure of 10,000 protesters "absurd".'
    assert claims_of(nlp_model, text)["10,000 protesters"].stance == "denied"
    # the word only qualifying a noun denies nothing
    text = "Residents said inflated prices had driven 300 families from their homes."
    assert claims_of(nlp_model, text)["300 families"].stance == "reported"


def test_a_figure_another_rejects_after_a_comma_is_denied(nlp_model: Language) -> None:
    # the tagger takes "rejects" for a plural noun in apposition to "figure"
    text = "The authorities say 25 people died, a figure the opposition rejects."
    claim = claims_of(nlp_model, text)["25 people"]
    assert (claim.source.name, claim.stance) == ("The authorities", "denied")


def test_the_missing_are_a_count_whatever_the_row_before(nlp_model: Language) -> None:
    text = "The ministry gave the following figures: 40 dead, 120 injured and 15 missing."
    claims = claims_of(nlp_model, text)
    assert claims["120 injured"].property == "injured"
    assert claims["15"].property == "count"
    claims = claims_of(nlp_model, "Casualties at noon:\nDead: 14\nMissing: 6")
    assert (claims["14"].property, claims["6"].property) == ("fatalities", "count")


def test_who_has_a_figure_gives_it(nlp_model: Language) -> None:
    text = "The Red Cross has a different figure. It counts 112 dead."
    claim = claims_of(nlp_model, text)["112 dead"]
    assert (claim.source.kind, claim.source.name) == ("named", "The Red Cross")


def test_a_month_is_no_modal(nlp_model: Language) -> None:
    text = "Heavy rains since 2 May have affected an estimated 210,000 people, officials said."
    assert claims_of(nlp_model, text)["an estimated 210,000 people"].stance == "reported"
    text = "Officials said the floods may have affected 210,000 people."
    assert claims_of(nlp_model, text)["210,000 people"].stance == "hedged"


def test_a_qualified_measure_of_the_number_is_a_figure(nlp_model: Language) -> None:
    # the recogniser tags "nearer 15" a date; the parse makes the qualifier its head
    text = "Dr Mehta said 40 patients died. The trust said the true number was nearer 15."
    claim = claims_of(nlp_model, text)["nearer 15"]
    assert (claim.property, claim.low, claim.high, claim.qualifier) == (
        "fatalities",
        15,
        15,
        "about",
    )


def test_a_force_so_many_strong_counts_people(nlp_model: Language) -> None:
    text = "The garrison, some 2,000 strong at the outset, was reduced to 700 men."
    claim = claims_of(nlp_model, text)["some 2,000 strong"]
    assert (claim.property, claim.unit, claim.low) == ("count", "people", 2000)


def test_put_to_the_sword_is_death(nlp_model: Language) -> None:
    text = "When the gates were opened, the victors put 400 of the defenders to the sword."
    claims = claims_of(nlp_model, text)
    assert [c.property for c in claims.values()] == ["fatalities"]


def test_a_rate_counts_no_one(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "One in five households has no access to clean water.") == {}
    claims = claims_of(nlp_model, "The agency said 1 in 4 children was malnourished.")
    assert claims == {}
    # the larger number first is a count and where it happened
    claims = claims_of(nlp_model, "Gunmen killed 12 in two attacks on Sunday.")
    assert claims["12"].property == "fatalities"


def test_a_parenthetical_belief_hedges_its_clause(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "At least 30 people, police believe, were killed.")[
        "At least 30 people"
    ]
    assert (claim.source.name, claim.stance) == ("police", "hedged")


def test_per_set_off_after_a_clause_names_the_source(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "At least 14 people died, per the regional police.")[
        "At least 14 people"
    ]
    assert claim.source.name == "the regional police"
    claim = claims_of(nlp_model, "The strike cost 300 jobs per day.")["300 jobs"]
    assert claim.source.kind == "author"
