"""Cleaning rules on pages shaped unlike the flagship: other sites' furniture, other bylines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from historiograph.errors import EmptyDocumentError
from historiograph.ingest import RawDocument, clean
from historiograph.ingest.clean import published_from_title
from historiograph.record import Document, Record

BLOG_PAGE = Path(__file__).parent / "fixtures" / "ingest" / "northern-history-blog.txt"


def page(text: str, **metadata: Any) -> Document:
    return clean(RawDocument(text=text, source="page.txt", format="txt", **metadata))


@pytest.fixture(scope="module")
def blog() -> Document:
    return page(BLOG_PAGE.read_text("utf-8"))


def kinds(document: Document) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in document.removed:
        out.setdefault(item.kind, []).append(item.text)
    return out


def test_another_sites_page_keeps_only_the_article(blog: Document) -> None:
    assert blog.text.startswith("The second winter of the siege began in November 1641")
    assert blog.text.endswith("killed by a cannon shot on the walls.")
    assert "Food and Disease" in blog.text  # a subheading of the article stays
    for furniture in (
        "Skip to content",
        "Home |",
        "Share this",
        "Related Posts",
        "Ten Forgotten",
        "Comments",
        "Leave a Reply",
        "Name *",
        "©",
        "Eleanor Vance",
    ):
        assert furniture not in blog.text


def test_another_sites_furniture_is_recorded_by_kind(blog: Document) -> None:
    removed = kinds(blog)
    assert removed["breadcrumb"] == ["History › Wars › The Siege of Brenholt (Part 2)"]
    assert (
        removed["navigation"]
        == ["Skip to content"] + ["Home | News | History | About | Contact"] * 2
    )
    assert removed["share"] == ["Share this: Facebook Twitter Email"]
    assert removed["related-links"] == [
        "Related Posts",
        "Civil War Fortifications in the North",
        "Ten Forgotten Sieges",
    ]
    assert removed["comment-prompt"][:2] == ["3 Comments", "Leave a Reply"]
    assert "Email *" in removed["comment-prompt"]
    assert removed["footer"] == ["© 2015 Northern History Blog. All rights reserved."]


def test_another_sites_metadata(blog: Document) -> None:
    assert blog.title == "The Siege of Brenholt (Part 2)"
    assert blog.author == "Eleanor Vance"
    assert blog.published == dt.date(2015, 3, 3)
    assert blog.series is not None
    assert (blog.series.name, blog.series.part) == ("The Siege of Brenholt", 2)
    assert blog.series.next == "The Siege of Brenholt (Part 3)"
    assert kinds(blog)["series-link"] == [
        "Next: The Siege of Brenholt (Part 3)",
        "The Siege of Brenholt (Part 1)",
    ]


def test_another_sites_sources_end_where_the_narrative_resumes(blog: Document) -> None:
    assert [r.text for r in blog.references] == [
        "Thomas Reed, The Northern Sieges, Cambridge University Press, 1998, pp. 112–140",
        "Parish register of St Mary, Brenholt, 1641–1642 (County Record Office)",
        'Margaret Hale, "Hunger and Surrender", Journal of Civil War Studies 14 (2006)',
    ]
    Record(document=blog)  # spans point at exactly those texts


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("By Jane Doe", "Jane Doe", None),
        ("Jane Doe, Photojournalist & Documentary producer", "Jane Doe", None),
        ("Example.org,By Jane Doe ,Staff writer", "Jane Doe", None),
        ("By Jane Doe | March 3, 2015", "Jane Doe", dt.date(2015, 3, 3)),
        ("Written by Ludwig van Houten", "Ludwig van Houten", None),
    ],
)
def test_byline_forms(line: str, author: str, published: dt.date | None) -> None:
    document = page(f"{line}\n\n{PROSE}")
    assert document.author == author
    assert document.published == published
    assert kinds(document)["byline"] == [line]
    assert line not in document.text


PROSE = (
    "The garrison held the northern gate for eleven days before the relief army arrived "
    "from the coast and drove the besiegers back across the river."
)


def test_a_caption_or_sentence_starting_with_by_is_not_a_byline() -> None:
    document = page(f"{PROSE}\n\nBy 1648 the war was over\n\nMasoud Example And Jane Other")
    assert document.author is None
    assert document.removed == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: March 3, 2015", dt.date(2015, 3, 3)),
        ("Posted on 2015-03-03", dt.date(2015, 3, 3)),
        ("Published on 3 Mar 2015 at 10:45", dt.date(2015, 3, 3)),
    ],
)
def test_stated_publication_dates(line: str, date: dt.date) -> None:
    document = page(f"Title Of The Page\n{line}\n\n{PROSE}")
    assert document.published == date
    assert kinds(document)["dateline"] == [line]


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("OUAGADOUGOU, March 3, 2021 (Reuters) - Gunmen killed", dt.date(2021, 3, 3)),
        ("KIRKUK, Iraq, Oct. 14, 2007 — A car bomb", dt.date(2007, 10, 14)),
        ("LONDON (Reuters) - Police said", None),  # no date in the dateline
        ("KIRKUK, March 14 — A car bomb", None),  # no year: no date
        ("In March 3, 2021 the council met.", None),  # no dateline
    ],
)
def test_a_wire_dateline_dates_the_story(opening: str, date: dt.date | None) -> None:
    document = page(f"Headline Of The Story\n\n{opening} in the town on Tuesday.\n\n{PROSE}")
    assert document.published == date
    assert opening in document.text  # the dateline stays: its place is part of the story


def test_a_stated_publication_date_wins_over_the_wire_dateline() -> None:
    document = page(f"Published: May 1, 2021\n\nKABUL, April 30, 2021 - Gunmen fired.\n\n{PROSE}")
    assert document.published == dt.date(2021, 5, 1)


@pytest.mark.parametrize(
    ("title", "date", "written"),
    [
        ("Ministry of Interior statement, 14 March 2019", dt.date(2019, 3, 14), "14 March 2019"),
        ("Press release – March 3rd, 2021", dt.date(2021, 3, 3), "March 3rd, 2021"),
        ("Diary, Thursday 2 Sep. 1943", dt.date(1943, 9, 2), "2 Sep. 1943"),
        ("Communiqué (2020-11-05)", dt.date(2020, 11, 5), "2020-11-05"),
        ("The war of 1812", None, None),  # a year alone is no day
        ("Statement, March 2019", None, None),  # nor a month
        ("The 19th century in 20 pictures", None, None),
        ("Dervan: what happened on 13 March", None, None),  # no year
        ("Talks held 12-14 March 2019", None, None),  # a range
        ("Report covering 1 May 2020 to 3 June 2020", None, None),
        ("Unrest since 4 July 1990", None, None),
        ("Statement of 14 March 2019 on the events of 12 March 2019", None, None),  # two
    ],
)
def test_a_titles_one_complete_date_is_the_published_date(
    title: str, date: dt.date | None, written: str | None
) -> None:
    document = page(f"{title}\n\n{PROSE}")
    assert document.title == title
    assert document.published == date
    assert kinds(document).get("title-date") == ([written] if written else None)
    assert published_from_title(document) is (date is not None)


def test_a_stated_or_wire_date_wins_over_the_titles_date() -> None:
    stated = page(f"Statement, 14 March 2019\nPublished: March 20, 2019\n\n{PROSE}")
    assert stated.published == dt.date(2019, 3, 20) and not published_from_title(stated)
    wire = page(f"Statement, 14 March 2019\n\nKABUL, April 30, 2021 - Gunmen fired.\n\n{PROSE}")
    assert wire.published == dt.date(2021, 4, 30) and "title-date" not in kinds(wire)
    given = page(PROSE, title="Statement, 14 March 2019", published=dt.date(2019, 3, 15))
    assert given.published == dt.date(2019, 3, 15) and not published_from_title(given)


def test_metadata_from_the_format_wins_over_the_page() -> None:
    document = page(
        f"By Jane Doe\n\n{PROSE}", author="J. Doe", published=dt.date(2001, 1, 2), language="fr-CA"
    )
    assert (document.author, document.published, document.language) == (
        "J. Doe",
        dt.date(2001, 1, 2),
        "fr",
    )


@pytest.mark.parametrize(
    ("title", "name", "part"),
    [
        ("Half a Century with MKO – Part I", "Half a Century with MKO", 1),
        ("The Long War - Part 2", "The Long War", 2),
        ("Empires of Sand: Part Three", "Empires of Sand", 3),
        ("A Study in Ruins (Part IV)", "A Study in Ruins", 4),
    ],
)
def test_series_titles(title: str, name: str, part: int) -> None:
    document = page(PROSE, title=title)
    assert document.series is not None
    assert (document.series.name, document.series.part) == (name, part)


def test_a_title_without_a_part_is_no_series() -> None:
    assert page(PROSE, title="The Departed Party").series is None


@pytest.mark.parametrize(
    "trail",
    ["Home > News > The Long Night", "Home / News / The Long Night", "Home » The Long Night"],
)
def test_breadcrumb_variants_give_the_title(trail: str) -> None:
    document = page(f"{trail}\n\nThe Long Night\n\n{PROSE}")
    assert document.title == "The Long Night"
    assert [r.kind for r in document.removed] == ["breadcrumb", "title"]
    assert document.text == PROSE


def test_title_falls_back_to_a_first_heading_like_line() -> None:
    document = page(f"# The Long Night\n\n{PROSE}")
    assert document.title == "The Long Night"
    assert document.text == PROSE


def test_read_more_inside_the_article_takes_only_the_heading() -> None:
    document = page(f"{PROSE}\n\nRead more\n\nThe Second Battle\n\n{PROSE}")
    assert kinds(document) == {"related-links": ["Read more"]}
    assert "The Second Battle" in document.text


def test_notes_section_ends_at_the_next_heading() -> None:
    notes = "Notes\n\n[1] Smith, War and Peace, p. 4.\n\n[2] Ibid., p. 9."
    document = page(f"{PROSE}\n\n{notes}\n\nAftermath\n\n{PROSE}")
    assert [r.text for r in document.references] == [
        "[1] Smith, War and Peace, p. 4.",
        "[2] Ibid., p. 9.",
    ]


def test_white_space_is_normalised_so_the_id_is_stable() -> None:
    messy = page(f"  {PROSE}\u00a0 \r\n\r\n\r\n\tSecond   paragraph here.\u200b  \n")
    tidy = page(f"{PROSE}\n\nSecond paragraph here.")
    assert messy.text == tidy.text
    assert messy.id == tidy.id


def test_a_page_of_nothing_but_furniture_is_empty() -> None:
    with pytest.raises(EmptyDocumentError):
        page("Home | About | Contact\nShare this\nLeave a Reply")


def test_a_wordpress_theme_page_with_sidebar_and_comment_form() -> None:
    path = BLOG_PAGE.with_name("wordpress-theme-page.txt")
    document = page(path.read_text("utf-8"))
    assert document.title == "The Fall of Constantinople"
    assert (document.author, document.published) == ("John Smith", dt.date(2015, 3, 3))
    assert document.text.startswith("In the spring of 1453 the Ottoman army")
    assert document.text.endswith(
        "Crowley, Roger. 1453: The Holy War for Constantinople. Hyperion, 2005."
    )
    assert len(document.references) == 2
    removed = kinds(document)
    assert removed["footer"] == ["Copyright © 2024 · History Notes · Log in"]
    assert (
        "Save my name, email, and website in this browser for the next time I comment."
        in (removed["comment-prompt"])
    )
    assert {"Reader Interactions", "Primary Sidebar", "Menu"} <= set(removed["navigation"])
    assert removed["related-links"] == [
        "Recent Posts",
        "The Battle of Lepanto",
        "The Rise of the Ottomans",
    ]


def test_markdown_table_rows_are_read_out_and_a_lone_menu_is_still_dropped() -> None:
    text = (
        "| Home | News | World |\n\n"
        f"{PROSE}\n\n"
        "| Unit | Killed | Wounded |\n|:---|---:|---:|\n"
        "| 1st Brigade | 12 | 40 |\n| 2nd Brigade | 7 | - |\n\n"
        "| Year | Sieges |\n\n| 1641 | 3 |\n\n| 1642 | 5 |"
    )
    document = page(text)
    assert document.text.split("\n\n")[1:] == [
        "1st Brigade: Killed: 12; Wounded: 40.\n2nd Brigade: Killed: 7.",
        "Year: Sieges.",  # no rule row: no headings, each row read out alone
        "1641: 3.",
        "1642: 5.",
    ]
    assert kinds(document)["navigation"] == ["| Home | News | World |"]


@pytest.mark.parametrize(
    "link",
    [
        "Previously: The Harbour Strike – Part I",
        "Earlier in this series: The Harbour Strike – Part I",
        "Previous part » The Harbour Strike – Part I",
    ],
)
def test_a_link_back_to_an_earlier_part_is_series_furniture(link: str) -> None:
    document = page(f"The Harbour Strike – Part II\n\n{PROSE}\n\n{link}")
    assert document.text == PROSE
    assert kinds(document)["series-link"] == [link]
    assert document.series is not None and document.series.next is None
