"""The money a text counts in sets a local story that names no country
(``currency_symbols`` in the lexicon, ``currency_focus`` in the weights)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.resolve import KnowledgeBase
from historiograph.resolve.cues import currency_countries
from resolved_places import gpe_places


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("a $765,000 financing package", {"US"}),
        ("worth US$5 million", {"US"}),
        ("A$ 20 a head and £2m in fees", {"AU", "GB"}),
        ("the $ sign, 5 dollars, and XS$5", set()),
    ],
)
def test_currency_symbols_before_an_amount_name_their_country(
    text: str, countries: set[str]
) -> None:
    assert currency_countries(text) == countries


def test_a_dollar_amount_sets_a_story_naming_no_country_in_the_us(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    bare = "Mansfield council to vote today on financing package."
    priced = "Mansfield council to vote today on $765,000 financing package."
    without = gpe_places(blank_kb_nlp, kb, bare, "Mansfield")["Mansfield"]
    with_money = gpe_places(blank_kb_nlp, kb, priced, "Mansfield")["Mansfield"]
    assert without is not None and without.country_code == "GB"
    assert with_money is not None and with_money.country_code == "US"
