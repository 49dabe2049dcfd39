"""Scoring temporal tagging the TempEval-3 way, and the ``eval time`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.evaluate.time import Predicted, evaluate_time, load_gold, score
from historiograph.evaluate.timeml import GoldTimex, read_timeml
from historiograph.record import document_id

GOLD = Path(__file__).parent / "gold" / "flagship-time.jsonl"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08"
  functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
<TEXT>
The blasts came on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>,
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> before talks &amp;
<TIMEX3 tid="t3" type="DATE" value="1998">this year</TIMEX3>'s vote.
</TEXT>
</TimeML>
"""


@pytest.fixture
def toy_tml(tmp_path: Path) -> Path:
    path = tmp_path / "toy.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_timeml_reader_gives_plain_text_offsets_and_the_creation_time(toy_tml: Path) -> None:
    gold = read_timeml(toy_tml)
    assert str(gold.published) == "1998-08-08"
    assert [(gold.text[t.start : t.end], t.type, t.value) for t in gold.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("three days", "DURATION", "P3D"),
        ("this year", "DATE", "1998"),
    ]
    assert "&" in gold.text


def test_a_creation_time_inside_the_text_is_never_scored(tmp_path: Path) -> None:
    path = tmp_path / "header.tml"
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML>NEWS STORY <TIMEX3 tid="t0" type="DATE" '
        'value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3>\n'
        'It rained on <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3>.'
        "</TimeML>",
        encoding="utf-8",
    )
    gold = read_timeml(path)
    assert [g.text for g in gold.timexes] == ["Thursday"]
    header = gold.text.index("02/13/1998")
    assert gold.unscored == ((0, header), (header, header + len("02/13/1998")))
    counts = evaluate_time([path], baseline=False).overall()["historiograph"]
    assert (counts.gold, counts.system, counts.strict) == (1, 1, 1)


def _timebank_file(tmp_path: Path, before: str, after: str) -> Path:
    path = tmp_path / "wire.tml"
    path.write_text(
        f'<?xml version="1.0" ?>\n<TimeML>{before}\n<TIMEX3 tid="t0" type="DATE" '
        'value="1989-11-02" functionInDocument="PUBLICATION_TIME">11/02/89</TIMEX3>\n'
        f"{after}</TimeML>",
        encoding="utf-8",
    )
    return path


def test_an_unannotated_wire_header_is_not_scored(tmp_path: Path) -> None:
    # TimeBank 1.2 leaves its headlines unannotated: a system that tags the
    # headline's quarter is not wrong, and the publication date itself is gold
    path = _timebank_file(
        tmp_path,
        "Profit Rose @ 11% in Third Quarter",
        'Net rose in <TIMEX3 tid="t1" type="DATE" value="1989-Q3">the third quarter</TIMEX3>.',
    )
    gold = read_timeml(path)
    assert gold.unscored == ((0, gold.text.index("11/02/89")),)
    counts = evaluate_time([path], baseline=False).overall()["historiograph"]
    assert (counts.gold, counts.system, counts.strict, counts.value_ok) == (2, 2, 2, 2)


def test_a_header_with_gold_in_it_is_scored(tmp_path: Path) -> None:
    # where the gold annotates text before the date, the date closes no header
    path = _timebank_file(
        tmp_path,
        'Sources said <TIMEX3 tid="t1" type="DATE" value="1989-10-30">Monday</TIMEX3>.',
        "More follows.",
    )
    assert read_timeml(path).unscored == ()


def test_score_counts_strict_relaxed_and_value_matches() -> None:
    gold = [GoldTimex(0, 10, "x", "DATE", "1981"), GoldTimex(20, 30, "y", "DURATION", "P2Y")]
    predicted = [
        Predicted(0, 10, "DATE", "1981"),
        Predicted(18, 25, "DATE", "P2Y"),
        Predicted(40, 44, "DATE", "1990"),
    ]
    counts = score(gold, predicted)
    metrics = counts.metrics()
    assert (counts.strict, counts.relaxed, counts.type_ok, counts.value_ok) == (1, 2, 1, 2)
    assert metrics["relaxed_p"] == pytest.approx(2 / 3)
    assert metrics["relaxed_r"] == 1.0
    assert metrics["strict_f1"] == pytest.approx(0.4)
    assert metrics["value_f1"] == pytest.approx(0.8)


def test_record_gold_takes_its_text_from_a_matching_text_file(tmp_path: Path) -> None:
    text = "It ended in 1988."
    gold = tmp_path / "gold.jsonl"
    timex = {
        "id": "t1",
        "span": [12, 16],
        "text": "1988",
        "type": "DATE",
        "value": "1988",
        "earliest": "1988-01-01",
        "latest": "1988-12-31",
    }
    gold.write_text(json.dumps({"document": {"id": document_id(text)}, "timexes": [timex]}) + "\n")
    source = tmp_path / "doc.txt"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"no document\.text"):
        load_gold([gold])
    report = evaluate_time([gold, source], baseline=False)
    overall = report.overall()["historiograph"].metrics()
    assert overall["value_f1"] == 1.0 and overall["interval_accuracy"] == 1.0


def test_eval_time_command_prints_one_json_object(toy_tml: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "time", str(toy_tml.parent), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["systems"] == ["historiograph", "dateparser"]
    assert report["overall"]["historiograph"]["gold"] == 3
    assert report["files"][0]["name"] == "toy"


def test_flagship_every_expression_found_with_its_interval(flagship_path: Path) -> None:
    report = evaluate_time([GOLD, flagship_path], baseline=False)
    counts = report.overall()["historiograph"]
    assert counts.gold == counts.system == counts.strict == counts.value_ok == 32
    assert counts.interval_ok == counts.interval_gold == 32


def test_flagship_gold_carries_no_article_text() -> None:
    record = json.loads(GOLD.read_text(encoding="utf-8"))
    assert "text" not in record["document"]
    assert max(len(t["text"]) for t in record["timexes"]) < 40


def _scores(folder: Path) -> tuple[float, float, float]:
    """Relaxed, strict and value F1 of our tagger on a folder of TimeML (skip if absent)."""
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    metrics = evaluate_time([folder], baseline=False).overall()["historiograph"].metrics()
    return metrics["relaxed_f1"] or 0.0, metrics["strict_f1"] or 0.0, metrics["value_f1"] or 0.0


def test_tempeval_aquaint_scores_stay_above_the_floor(shared_dir: Path) -> None:
    relaxed, strict, value = _scores(shared_dir / "data" / "temporal" / "tempeval3-aquaint" / "tml")
    assert relaxed >= 0.92 and strict >= 0.83 and value >= 0.76


def test_wikiwars_scores_stay_above_the_floor(shared_dir: Path) -> None:
    relaxed, strict, value = _scores(shared_dir / "data" / "temporal" / "wikiwars-dev")
    assert relaxed >= 0.91 and strict >= 0.85 and value >= 0.81


def test_unseen_history_gold_stays_above_its_first_run() -> None:
    """A Mughal succession war written for this check and never tuned on: Hijri and
    Julian dates, seasons, decades, ranges, relative chains (first run: .92 strict,
    .98 relaxed, .92 value F1)."""
    gold = Path(__file__).parent / "gold" / "mughal-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.9 and metrics["relaxed_f1"] >= 0.96
    assert metrics["value_f1"] >= 0.9


def test_unseen_news_gold_stays_above_its_first_run() -> None:
    """A news report on floods written for this check (first run: .91 strict, 1.0
    relaxed, .85 value F1; its misses then led to the "last November" and
    report-story fixes, so it is no longer unseen)."""
    gold = Path(__file__).parent / "gold" / "floods-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.9 and metrics["relaxed_f1"] >= 0.96
    assert metrics["value_f1"] >= 0.9


def test_unseen_wire_stories_stay_above_their_first_run() -> None:
    """Seven short business, politics and sports wire stories written for this
    check and never tuned on (first run: .94 strict, .98 relaxed, .92 value F1)."""
    gold = Path(__file__).parent / "gold" / "markets-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.93 and metrics["relaxed_f1"] >= 0.97
    assert metrics["value_f1"] >= 0.9


def test_unseen_latin_american_history_stays_above_its_first_run() -> None:
    """The War of the Triple Alliance, written for this check and never tuned on:
    months carried by the narrative year, spans and counts of years, decades and a
    century (first run: .92 strict, .97 relaxed, .97 value F1)."""
    gold = Path(__file__).parent / "gold" / "paraguay-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.9 and metrics["relaxed_f1"] >= 0.96
    assert metrics["value_f1"] >= 0.95


def test_unseen_court_health_weather_and_transport_news_stays_above_its_first_run() -> None:
    """Six wire stories (a court ruling, measles figures, a snowstorm, a snap
    election, a rail timetable, a dock strike) written for this check and never
    tuned on (first run: .945 strict, 1.0 relaxed, .873 value F1; its misses then
    led to the "in June 2019 to 10 years" and future-season fixes, so it is no
    longer unseen). Its decades are valued PXDE as TIMEX3 writes them, as the
    tagger now does too."""
    gold = Path(__file__).parent / "gold" / "courts-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.94 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.87


def test_unseen_medieval_history_stays_above_its_first_run() -> None:
    """Norman Sicily, written for this check: years before Christ, three-digit
    years, centuries, seasons, Easter and "c." (first run: .96 strict, .96
    relaxed, .88 value F1; its misses then led to the "c. 1140", three-digit
    year and Julian Easter fixes, so it is no longer unseen). Its decades and
    centuries are valued P3DE and P2CE, as TimeML writes them and the tagger
    now does."""
    gold = Path(__file__).parent / "gold" / "sicily-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.95 and metrics["relaxed_f1"] >= 0.95
    assert metrics["value_f1"] >= 0.88


def test_unseen_launch_harvest_strike_and_museum_news_stays_above_its_first_run() -> None:
    """Four wire stories written after this round's fixes and measured once
    before any further change (first run: .923 strict, .985 relaxed, .954 value
    F1; its "would last three days" and "Every summer" misses then led to two
    fixes, so it is no longer unseen)."""
    gold = Path(__file__).parent / "gold" / "wire2-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.92 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.95


def test_unseen_early_modern_history_stays_above_its_first_run() -> None:
    """The Meiji restoration, written for this check with the history gaps
    found earlier mixed in (a century's half, "mid-century", a winter across
    two years, a year opening a sentence, "Today" in a history). First run,
    before the fixes it was written to check: .87 strict, .957 relaxed, .841
    value F1 (.899 strict once "some eighteen months" was corrected to
    include "some", as TimeBank does); after them it is no longer unseen."""
    gold = Path(__file__).parent / "gold" / "meiji-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.97 and metrics["relaxed_f1"] >= 0.97
    assert metrics["value_f1"] >= 0.96


def test_unseen_revolutionary_history_stays_above_its_first_run() -> None:
    """The Haitian revolution, written after the Meiji round's fixes and
    measured once before any further change (first run: 1.0 strict, relaxed
    and value F1; the tagger as it was before that round scored .917, .958
    and .833 on it)."""
    gold = Path(__file__).parent / "gold" / "haiti-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.95 and metrics["relaxed_f1"] >= 0.95
    assert metrics["value_f1"] >= 0.95


def test_unseen_sports_earnings_weather_and_civic_news_stays_above_its_first_run() -> None:
    """Eight short dated items (a match report, earnings, a frost warning, a
    council, an obituary, a court date, an election night, a ferry) written
    before this round's changes and measured once untouched: .893 strict, .990
    relaxed, .874 value F1. "fiscal 2025" was then corrected to 2025, as
    TimeBank values "fiscal 1989" (.893 value F1 on the corrected gold); its
    "the end of the summer", "twice a day" and "two years after that" misses
    led to fixes, so it is no longer unseen. "earlier this month" is tagged
    whole since the eighth round (TimeBank and AQUAINT keep "earlier" in 12
    times of 17). Left as they were: "the previous quarter" (its reporting
    quarter, not the DCT's), "a week ago" (a day in this gold, a week value
    from the tagger), "returns Friday afternoon" (a present verb gives no
    direction)."""
    gold = Path(__file__).parent / "gold" / "wire3-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.94 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.92


def test_unseen_campaign_history_across_new_years_stays_above_its_first_run() -> None:
    """The Dano-Swedish war of 1657-60, written for this check before the
    year-rollover fixes: a winter crossing, a siege over New Year, a crisis
    over two years, a flashback month, "the following spring". First run,
    untouched: .984 strict, .984 relaxed, .127 value F1 (a year in a past
    perfect clause, "the provinces it had surrendered in 1645", carried every
    month after it); after the fixes it is no longer unseen. "the new year",
    long missed, is tagged since the eighth round."""
    gold = Path(__file__).parent / "gold" / "campaign-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.98 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.98


def test_unseen_business_politics_sport_science_news_stays_above_its_first_run() -> None:
    """Eight dated items (airline and bank results, a senate committee, a road
    race, a comet, a returning opposition leader, a stadium lease, a heat
    wave), written before this round's changes and measured once untouched:
    .906 strict, .969 relaxed, .906 value F1. "now" ("the ministry now
    issues") was then added to the gold, as TimeML tags it (.915 / .977 /
    .915). Its "took over three years ago" (a quarter value), "four hours and
    12 minutes" and "every weekend" led to fixes, so it is no longer unseen.
    Left as they were: "over three years ago" (the verb's particle read as
    "more than"), "the past month" / "the past week" (DURATION here, a
    calendar unit from the tagger: TimeBank's tuning half values "the past
    year" as a year), "a difficult first half" (untagged)."""
    gold = Path(__file__).parent / "gold" / "wire4-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.94 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.95


def test_unseen_movement_histories_stay_above_their_first_run() -> None:
    """Eight pieces on political movements (a partisan history of an exile, a
    guerrilla memoir, a prison memoir with Solar Hijri and Hijri lunar dates, a
    chronology of year ranges, a reading note, a biography, a winter
    offensive, a strike), written before this round's changes and measured
    once untouched: .863 strict, .925 relaxed, .888 value F1 (84 timexes).
    Three extents were then corrected to TimeML's ("dawn" without "At", the
    unit alone in "the weeks that followed" as AQUAINT tags "years" there),
    two SET values written in full (XXXX-XX-XXTEV) and a generic "at night"
    added (.857 / .919 / .882 on the corrected gold). Its misses led to the
    day-part, "the units that followed", "the first months of 1916", "the end
    of that summer" and "every evening" fixes, so it is no longer unseen.
    Left as they were: "the turn of the century" (tagged "the century"),
    "after 147 days" read as a date, "the early hours" after "That night"
    (the same day, not the next), "The Winter Offensive" in a title."""
    gold = Path(__file__).parent / "gold" / "movement-history-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.96 and metrics["relaxed_f1"] >= 0.98
    assert metrics["value_f1"] >= 0.94


def test_unseen_quarters_weekdays_and_present_reference_news_stays_above_its_first_run() -> None:
    """Eight dated items (mining and chip results, coalition talks, a snowstorm,
    clinic waiting times, a goalkeeper's retirement, a sentencing, a library),
    written before the eighth round's changes and measured once untouched: .926
    strict, .975 relaxed, .914 value F1 (82 timexes). Its "Earlier this month" /
    "later this year" extents, "after just 14 months" read as a date, "every
    Sunday afternoon" and "recent years" (PAST_REF) then led to fixes checked
    on TimeBank and AQUAINT, and "the new year" to a rule of its own, so it is
    no longer unseen; "to expect delays until at least Sunday evening" led to
    "expect" and "should" as future markers. Left as they were: "the first
    half" alone (untagged), "December was" as a sentence subject, "the past
    year" (a year value from the tagger, a duration here), "most recently"
    (tagged here, not in the gold)."""
    gold = Path(__file__).parent / "gold" / "wire5-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.97 and metrics["relaxed_f1"] >= 0.97
    assert metrics["value_f1"] >= 0.96


def test_unseen_undated_news_stays_above_its_first_run() -> None:
    """Eight texts without a publication date (statements and a communiqué
    headed by their date, wire stories whose datelines give no year, a flood
    report and a strike history whose first sentence gives the year), written
    before the eighth round's second time task and measured once untouched:
    .962 strict, .981 relaxed, .792 value F1 (52 timexes). Its heading dates,
    year-less datelines ("this month", "the next day" after them), "since
    Sunday" in a clause about the future, "began to fall" and "The night
    express" led to fixes, so it is no longer unseen. Left as they were:
    "Three weeks later" (a week value from the tagger, as TimeBank annotates
    weeks; a day in the gold) and "over two weeks" (the particle read as
    "more than")."""
    gold = Path(__file__).parent / "gold" / "undated-news-time.jsonl"
    metrics = evaluate_time([gold], baseline=False).overall()["historiograph"].metrics()
    assert metrics["strict_f1"] >= 0.97 and metrics["relaxed_f1"] >= 0.99
    assert metrics["value_f1"] >= 0.97
