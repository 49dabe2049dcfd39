"""A region written only as another name's qualifier is an aside, not the story's setting.

"Portland, Oregon" says where Portland is; it does not make the story about Oregon,
so an unqualified "Dallas" elsewhere in it stays the Texas city rather than the town
of Dallas, Oregon. The qualifier of the story's first place (a dateline, a lead:
"Tunbridge, Vermont") is the setting, and still pulls the neighbouring towns it names.
"""

from __future__ import annotations

from historiograph.resolve import Gazetteer
from historiograph.resolve.toponyms import Toponym, resolve_toponyms


def test_a_region_named_as_an_aside_does_not_pull_a_city_into_it(gazetteer: Gazetteer) -> None:
    # "... a friendly in Dallas. After the match the squad flew on to Portland, Oregon,
    # ... the tour's last game, near Galway."
    dallas, portland, oregon, _ = resolve_toponyms(
        [
            Toponym("Dallas"),
            Toponym("Portland", listed=("Oregon",)),
            Toponym("Oregon", qualifies=True, listed=("Portland",)),
            Toponym("Galway"),
        ],
        gazetteer,
    )
    assert dallas is not None and (dallas.admin1, dallas.feature) == ("Texas", "PPLA2")
    assert portland is not None and portland.admin1 == "Oregon"
    assert oregon is not None and oregon.feature == "ADM1"


def test_the_qualifier_of_the_lead_place_is_the_setting(gazetteer: Gazetteer) -> None:
    # "Town meeting in Tunbridge, Vermont ... Neighbours from Chelsea and Royalton came."
    places = resolve_toponyms(
        [
            Toponym("Tunbridge", qualifier="Vermont"),
            Toponym("Vermont", qualifies=True),
            Toponym("Chelsea", listed=("Royalton",)),
            Toponym("Royalton", listed=("Chelsea",)),
        ],
        gazetteer,
    )
    chelsea = places[2]
    assert chelsea is not None and chelsea.admin1 == "Vermont"
