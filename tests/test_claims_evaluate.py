"""``eval claims``: gold loading, matching, scores, the CLI, and quality floors on the gold sets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from historiograph.cli import cli
from historiograph.errors import MalformedInputError, NotFoundError
from historiograph.evaluate.claims import (
    ClaimScores,
    evaluate_claims,
    load_gold,
    match,
    same_source,
    score_document,
)
from historiograph.extract.claims import extract_claims
from historiograph.record import Claim, ClaimSource, document_id

GOLD = Path(__file__).parent / "gold"
TEXT = "Officials said that more than 40 people were killed in 1982."


def claim(start: int, end: int, **fields: object) -> Claim:
    return Claim.model_validate(
        {"id": "c1", "span": [start, end], "property": "fatalities", "value": 40, **fields}
    )


def write_gold(
    tmp_path: Path, document: dict[str, object], claims: list[dict[str, object]]
) -> Path:
    path = tmp_path / "gold-claims.jsonl"
    record = {"schema": "historiograph.record/1", "document": document, "claims": claims}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


GOLD_CLAIM = {
    "id": "c1",
    "span": [20, 39],
    "quote": "more than 40 people",
    "property": "fatalities",
    "value": 40,
    "low": 40,
    "high": None,
    "qualifier": "more_than",
    "unit": "people",
    "source": {"name": "Officials", "entity": None, "kind": "unnamed"},
    "stance": "reported",
}


def test_gold_with_inline_text_loads_and_drops_quotes(tmp_path: Path) -> None:
    (gold,) = load_gold(write_gold(tmp_path, {"id": document_id(TEXT), "text": TEXT}, [GOLD_CLAIM]))
    assert gold.record.claims[0].low == 40
    assert gold.record.document.text == TEXT


def test_gold_reads_its_text_from_a_source_path_checked_by_hash(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    path = write_gold(tmp_path, {"id": document_id(TEXT), "source": "article.txt"}, [GOLD_CLAIM])
    (gold,) = load_gold(path)
    assert gold.record.document.text == TEXT
    (tmp_path / "article.txt").write_text(TEXT + " Edited.", encoding="utf-8")
    with pytest.raises(MalformedInputError, match="not the text"):
        load_gold(path)


def test_a_quote_that_does_not_match_its_span_is_an_error(tmp_path: Path) -> None:
    bad = {**GOLD_CLAIM, "quote": "40 people were"}
    with pytest.raises(MalformedInputError, match="covers"):
        load_gold(write_gold(tmp_path, {"text": TEXT}, [bad]))


def test_a_missing_text_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load_gold(write_gold(tmp_path, {"id": "sha256:x", "source": "gone.txt"}, []))


def test_matching_is_one_to_one_by_largest_overlap() -> None:
    gold = [claim(0, 10), claim(20, 30)]
    predicted = [claim(5, 25), claim(18, 32), claim(40, 45)]
    assert [(g.span, p.span) for g, p in match(gold, predicted)] == [
        ((0, 10), (5, 25)),
        ((20, 30), (18, 32)),
    ]


def test_sources_match_on_kind_and_a_shared_name_word() -> None:
    gold = ClaimSource(name="the organization", kind="named")
    assert same_source(gold, ClaimSource(name="the organization's sources", kind="named"))
    assert not same_source(gold, ClaimSource(name="the organization", kind="unnamed"))
    assert not same_source(gold, ClaimSource(name="the army", kind="named"))
    assert same_source(ClaimSource(), ClaimSource())


def test_scores_count_detection_and_field_accuracy(tmp_path: Path) -> None:
    (gold,) = load_gold(write_gold(tmp_path, {"text": TEXT}, [GOLD_CLAIM]))
    wrong_bounds = claim(25, 39, low=40, high=40, unit="people", stance="asserted")
    spurious = claim(0, 9, property="count")
    result = score_document(gold, [wrong_bounds, spurious])
    rates = result.scores.rates()
    assert (rates["precision"], rates["recall"]) == (0.5, 1.0)
    assert rates["low_high_accuracy"] == 0.0
    assert rates["source_accuracy"] == 0.0  # the author is not "Officials"
    assert any(e.startswith("spurious") for e in result.errors)


def test_scores_add_up() -> None:
    total = ClaimScores()
    total.add(ClaimScores(gold=2, predicted=3, matched=2, typed=1))
    total.add(ClaimScores(gold=1, predicted=1, matched=1, typed=1))
    assert total.rates()["recall"] == pytest.approx(2 / 3)


def test_the_cli_prints_one_json_object() -> None:
    result = CliRunner().invoke(
        cli, ["eval", "claims", str(GOLD / "demo-claims.jsonl"), "--json", "--blank"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["model"] == "blank:en"
    assert report["overall"]["gold"] == 27
    assert report["overall"]["detection_f1"] >= 0.9


def test_the_blank_pipeline_reads_every_gold_set_without_crashing() -> None:
    # in a process of its own: walking an unparsed doc's tree crashed spaCy outright
    # (a segmentation fault, which would take the test run down with it)
    golds = sorted(str(p) for p in GOLD.glob("heldout*-claims.jsonl"))
    run = subprocess.run(
        [sys.executable, "-m", "historiograph", "eval", "claims", *golds, "--blank", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout)["overall"]["detection_f1"] >= 0.9


def test_the_cli_prints_a_table_per_file() -> None:
    result = CliRunner().invoke(cli, ["eval", "claims", str(GOLD / "demo-claims.jsonl"), "--blank"])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output


def _score(nlp: Language, path: Path) -> dict[str, float]:
    report = evaluate_claims([path], lambda text: extract_claims(nlp(text)))
    return report.overall.rates()


# Floors measured with en_core_web_sm 3.8: flagship, demo and the first held-out set 1.0
# on every rate (held-out first run F1 0.74); the second held-out set (heldout2, written
# before its rules) F1 0.78 first run, 0.94 after. heldout3 and heldout4 were written
# together before any change: first run F1 0.74 and 0.77; rules were then fixed on
# heldout3 only (0.94 after), and heldout4 stayed unseen (0.80 after, source 0.82,
# stance 0.89), so its floor guards an honest unseen number. heldout5 and heldout6 were
# written together before the next round of changes (first run F1 0.74 and 0.66, source
# 0.68 and 0.63); rules were fixed on heldout4 and heldout5 only (heldout4 0.88, heldout5
# 0.90 after; heldout4 0.85 with this bare fixture, which lacks the footnote tokenizer)
# and heldout6 stayed unseen (0.72 after, source 0.75, stance 0.86). heldout7 was written
# before the third round (first run F1 0.80, source 0.80, stance 0.84, low/high 0.98); rules
# were fixed on heldout4-6 only (heldout6 0.74, source 0.91, stance 0.98 after) and heldout7
# stayed unseen (F1 0.80, source 0.87, stance 0.84 after). heldout8 was written before the
# fourth round (first run F1 0.70, source 0.83, stance 0.93, low/high 0.88); rules were fixed
# on heldout4-7 and the open list only (heldout6 0.83, heldout7 0.87, source 0.93, after) and
# heldout8 stayed unseen (F1 0.70, source 0.88, stance 0.95 after). heldout9 and heldout10
# were written together before the fifth round (first run F1 0.74 and 0.72, source 0.81 and
# 0.81, stance 0.86 and 0.83); heldout8's at-least and up-to bounds were brought to the
# documented convention (high or low None). Rules were fixed on heldout9 and the earlier
# sets' remaining errors (heldout9 0.85, heldout8 0.96 after) and heldout10 stayed unseen
# (F1 0.78, detection 0.96, source 0.78, stance 0.84 after). Its errors were then read
# and two bugs they showed fixed (a refuting sentence now names who "they" are; "three
# times the figure" is no count) with base forms of denial verbs: F1 0.79, source 0.82,
# stance 0.82 ("dispute that figure" now denies, which its gold leaves reported).
# heldout11 was written before the sixth round (first run F1 0.77, source 0.83, stance
# 0.79); "the organisers", "the besiegers" and "the kidnappers" became unnamed under the
# rule that a group named only by its role names no one. Rules were fixed on heldout10 and
# the open list only (heldout10 0.90, source 0.96, stance 0.94 after) and heldout11 stayed
# unseen (F1 0.79, source 0.88, stance 0.84 after). heldout12 and heldout13 were written
# together before the seventh round (first run: heldout11 F1 0.79, source 0.88, stance
# 0.84; heldout12 0.85, source 0.82, stance 0.92; heldout13 0.84, source 0.87, stance
# 0.96, low/high 0.96). Rules were fixed on heldout11, heldout12, the earlier sets'
# remaining errors and the even half of the ACLED 2020 notes only (heldout11 0.86, source
# 0.98; heldout12 0.93, source 0.93 after) and heldout13 stayed unseen (F1 0.84, source
# 0.91, stance 0.96, low/high 0.96 after). Its errors were then read and four general bugs
# they showed fixed ("lost their homes" is displacement, "easily" a lower bound, a
# possessor makes the whole of a partitive refer back, a speaker label in capitals is no
# table label): F1 0.90, low/high 1.0, so heldout13 is no longer unseen.
# heldout14 and heldout15 were written together before the eighth round (first run F1
# 0.70 and 0.81, source 0.85 and 0.87, stance 0.90 and 0.89, low/high 0.98 and 1.0);
# heldout14's "the plaintiffs" became unnamed under the role-group rule. Rules were fixed
# on heldout14 and the earlier sets' remaining errors only (heldout14 0.88, source 0.96,
# low/high 1.0 after) and heldout15 stayed unseen (F1 0.84, source 0.85, stance 0.90,
# low/high 1.0 after). Its errors were then read and one bug they showed fixed (a negated
# "confirm reports that" vouches for nothing, and hedges): source 0.87, stance 0.92, so
# heldout15 is no longer unseen.
# heldout16 was written before the ninth round (first run F1 0.90, detection 0.97, source
# 0.87, stance 0.95, low/high 1.0; source 0.89 once its "Y, citing X, said" claim followed
# the convention of heldout5, where the speaker who cites says it). Two gold sources were
# brought to the naming rule: an indefinite spokesman with no name is unnamed (heldout4,
# as in heldout8, 11 and 12) and a named force's officials are named (heldout6). Rules were
# fixed on the earlier sets' errors (a bare plural owner names no one; a transcript run
# into one paragraph keeps its speakers in capitals: heldout15 source 0.90, stance 0.93)
# and four heldout16 errors (a name set off after "X of Y" is the speaker; "it was
# reported that" hedges, as "reportedly" does in demo, to which heldout16's gold was
# brought; "up from 31 a day earlier" is a figure; "figures compiled by X" are X's):
# F1 0.91, source 0.95, stance 0.97 after, so heldout16 is no longer unseen.
# heldout17 was then written and run once on those rules as an unseen check (F1 0.82,
# detection 0.97, source 0.84, stance 0.84, low/high 1.0); its errors showed two general
# bugs, fixed (a subject the parser gave to a participle set off before the verb still
# speaks: "Polybius, writing ..., claims"; "216 BC" is a year, not a count) and one it
# shares with heldout12 (a figure "by X's account" is X's): F1 0.84, source 1.0, stance
# 1.0, so heldout17 is no longer unseen either. heldout18 was written last and run once
# on all of the above (F1 0.83, detection 1.0, source 0.72, stance 0.94, low/high 1.0);
# one bug it showed was fixed ("the other side's ministry" is named: a vague word such
# as "other" or "local" leaves a source unnamed only without a definite article): source
# 0.78. Of its four other source errors, two are its gold's departures from the earlier
# sets' conventions (bare "regional health authorities" named, where heldout5 and
# heldout14 leave "local/Regional authorities" unnamed; an unattributed next sentence
# given to the source before) and were left as written.
# heldout19 was written before the tenth round and run once (F1 0.83, detection 0.93,
# source 0.76, stance 0.87 with its one "perhaps" item brought to the convention of the
# earlier sets (exact, hedged), low/high 0.98). Counting the errors on heldout16-19 by
# cause, six gold items departed from documented conventions and were brought to them: a
# figure in the relative clause of a speaker's subject is the writer's (heldout11 Unison,
# heldout15 crew union and Nordair), a claim noun set after a clause to reject it denies
# it (heldout16 refinery, as heldout9), a part of the figure before in an unattributed
# sentence is the writer's (heldout18 landmines, as heldout3, 13, 15, 16), "regional
# health authorities" with no article is unnamed (heldout18, as heldout5 and 14), and
# "That figure is simply not credible" denies it (heldout18, as "This is false"). The
# code fixes were general: a source named after the figure in a sentence that points
# back ("That is the tally of X"), a parenthetical "..., X, said, ..." the parse hangs
# elsewhere, a name set off after "according to the journal of the commander, X", "put"
# acting on its figure object, kept records ("annals") and broadcasters naming their
# keeper, "figures from X", hospitals that admit patients, "my Government" as the
# speaker, "not true" and "wrong" refuting, questions not refuting, "killed or injured"
# and "casualties" as counts, what befell refugees, nautical miles, and shares in a
# range. After: heldout19 F1 0.86, source 0.94, stance 0.96, low/high 1.0. heldout20 was
# then written and run once on those rules as an unseen check: F1 0.86, detection 0.98,
# source 1.0, stance 1.0, low/high 1.0. Two of its three property errors were general
# gaps shared with older sets (a body that "represents" people gives its membership, as
# in heldout11 and 15; burials and coffins count the dead, as in heldout9 and 15), fixed:
# heldout20 F1 0.94, heldout9 0.92, heldout11 0.88, heldout15 0.87, so heldout20 is no
# longer unseen either. heldout21 was written last and run once on all of the above (F1
# 0.70, detection 0.97, source 0.94, stance 0.94, low/high 1.0; 18 claims, its property
# errors are readings from context: a flight told as "crossed the mountains", a placement
# in bed-and-breakfast, "the army's losses"). One source error was a general bug, fixed
# (a report set after its clause with only a comma, "..., the ministry said", which the
# parser joins to it as a second clause): source 1.0, stance 1.0, F1 unchanged.
# heldout22 (8 texts, 43 claims, figures whose property comes from the verb or the
# context) was written next and run once untouched: F1 0.74, detection 0.95, source
# 0.88, stance 0.90, low/high 0.95. From its errors and heldout21's, general causes were
# fixed: single people joined to a counted group ("three soldiers and a guard": 4), digits
# that end a name a preposition opens ("near Exit 17,"), care with no "for" counting the
# injured ("hospitals treated 140 people"), "fatally"/"mortally" making the wounded dead,
# "sentenced" putting people in custody, and people who own the noun of their death ("the
# four chiefs' execution"), and a range a toll is "put at" that the recogniser takes
# for a date ("at between 30 and 45"). After: heldout22 F1 0.84 (no longer unseen),
# low/high 1.0; heldout17 0.84 -> 0.89, heldout6 0.90 -> 0.92, heldout16 0.94 -> 0.95,
# heldout19 0.86 -> 0.87, every other set unchanged.
# heldout23 (8 texts, 46 claims: a fact-check, a famine history, a ferry capsize, an NGO
# report, an oral history, a Commons answer, a wire story and an encyclopedia entry) was
# written before the eleventh round and run once untouched: F1 0.84, detection 0.95,
# low/high 0.95, source 0.86, stance 0.88. Rules were then fixed on the earlier sets'
# errors, counted by cause (property 69, source 34, stance 25, detection 26): a status
# after the verb ("taken hostage"), places that say an outcome ("went to the gallows",
# "carried off as hostages", "behind bars"), leaving with no object ("80,000 of us
# left"), "moved inland", rescue and return as counts ("were returned" is removal), a
# population ("a town of 3,000"), an age ("a boy of nine"), a verb joined to the clause's
# verb with no arguments of its own ("were hunted down and killed"), the counted noun no
# cue of its own clause, a part's relative clause ("fourteen gravediggers, eleven of whom
# died"), a sentence framed by one source on both sides, "lost their jobs" no death,
# "relatives of the victims" alive, ", not 29" denied, "said one elder" no figure, and a
# quotation that goes on in its speaker's voice, "answered 143 call-outs" no report,
# "losses" as deaths, "in a critical condition" as injured, people "among them" a part of
# the figure before. A death sentence became custody, not a
# death (the open question; heldout23's gold, written first, reads it so). After:
# heldout22 0.84 -> 0.94 (source 0.88 -> 0.95), heldout21 0.70 -> 0.76, heldout17 0.89 ->
# 0.95, heldout10 0.96 -> 0.98, heldout4 0.93 -> 0.97, heldout14 0.88 -> 0.91, heldout15
# 0.87 -> 0.90, heldout5 0.91 -> 0.93, heldout13, 16, 19 and 7 up by 0.02-0.03, every
# other set unchanged; on
# the odd half of the ACLED 2020 notes (250 with a toll) and of RAND (300), the share of
# coded tolls found as a claim is unchanged (0.81; RAND deaths 0.58 -> 0.59).
# heldout23 is no longer fully unseen: besides the death sentence, its errors showed
# number words read wrong ("a hundred and twenty" as 100, "sixty-odd" missed, the
# "twenty-two" left of an excluded "the other hundred and twenty-two"), fixed, and
# narrowed "relatives of the victims" to counted people ("73 cases of disappearance"
# are instances). heldout23 after: F1 0.87, detection 0.94, low/high 1.0, source 0.85,
# stance 0.88.
# heldout24 (8 texts, 47 claims: a partisan history with rival figures and Persian dates,
# a UN briefing, a verdict summary, a 1943 communique, an obituary, a letter disputing a
# report, a chronicle with Hijri dates, a wire story) was written before the twelfth round
# and run once untouched: F1 0.88, detection 0.97, low/high 1.0, source 0.87, stance 0.87
# (with its "two generators", left out by oversight and added after that run; as first
# written, 46 claims: F1 0.87, source 0.86, stance 0.86).
# Fixed from heldout23's errors, the lead's fresh texts and heldout24's, all general
# causes: a number inside a date or time the time tagger tags is no figure, whatever
# the calendar ("30 Khordad 1360", "Muharram 1224", "the 1970 incidents"); a participle
# after a figure set off and denied speaks for the one who denies ("..., a figure the
# police spokesman denied, saying only nine ..."), and a figure noun so set off ("a
# figure", "a number") denies the clause as a claim noun does, also with a negated
# "support", "accept" or "believe" (not "confirm": heldout3 leaves "never confirmed"
# reported); heldout5's "a figure the group has always disputed" was brought to that
# convention (denied). "By its own reckoning", "in the account published by X", "our
# colleagues at X tell us" name X; a date in apposition is no name ("Your report of 3
# May"); a parliamentary "Office (Name):" label makes a turn, and a label the parser ran
# into a subject is cut off it; a negated "verify reports that" hedges however the
# negation is worded; a loss word yields to the participle after its people ("lost 4,600
# men killed and wounded" is a count); a relative clause on a name tells nothing of the
# rest of the clause ("X, who has died, ran ... with a staff of nine"); detentions and
# executions are outcomes; "described" reports, and a participle the parser took for the
# main verb leaves its subject the speaker ("Former detainees interviewed for this report
# described ..."); a sentence that rejects "that figure" and goes on to give its own
# ("..., noting that fewer than 700 ...") denies the one before, as one with no figure
# does. After: heldout24 F1 0.93, source 1.0, stance 0.98 (no longer unseen);
# heldout23 source 0.85 -> 0.98, stance 0.88 -> 1.0, F1 unchanged; every other set
# unchanged. On the odd half of ACLED 2020 (250 notes with a toll) the share of coded
# tolls found as a fatalities claim is unchanged (0.84) with no claim changed; on RAND's
# odd half (300) it is unchanged (0.49), four spurious counts of years in "see ..., 1970
# incidents" gone (the even halves, read only after: ACLED 0.83 and RAND 0.47 unchanged,
# two such years gone).
# heldout25 (8 texts, 50 claims: a humanitarian situation report with figures from
# several agencies, a parliamentary inquiry's conclusions, a regional newspaper's
# reconstruction with police and hospital figures, a memoir, a wire story with a denial,
# a police results list, a textbook paragraph, a television report) was written before
# the thirteenth round and run once untouched: F1 0.87, detection 0.96, low/high 1.0,
# source 0.80, stance 0.87. Fixed without looking at it, from probes of new everyday
# sentences (tests/test_claims_fresh.py) and the earlier sets' errors, all general
# causes: a verb of belief ("relatives believe", "rescuers fear that", "..., police
# believe, ...") makes its subject the source of its clause and hedges it; "..., per
# X" names X; a passive report with its agent ("were
# confirmed by the governor") is the agent's; an acronym that spells a clause opener
# ("WHO's bulletin") still speaks; "X issued a statement. It said ..." and "according
# to her" name who spoke; people before "we" ("Residents we spoke to said") speak, not
# the writer; "X quoted Y as saying" is Y's; a register "kept by X" speaks; a figure
# "the opposition rejects" after a comma is denied however the tagger reads "rejects";
# a figure called exaggerated or absurd is denied; one person joined before a counted
# group adds one ("a woman and her three children", "a tribal elder and his two
# guards"); rows under a heading that names a source are that source's; the missing
# are a count; "2,000 strong" counts people; "put to the sword" is death; a month is no
# modal ("since 2 May have ..."); "one in four" is a rate, no count. After: heldout25
# unchanged (F1 0.87, source 0.80, stance 0.87); heldout22 F1 0.94 -> 0.95, heldout2
# source 0.97 -> 0.98, stance 0.98 -> 1.0; every other set unchanged.
# claims9 (17 texts, 50 claims, written for attribution in many forms: statements,
# spokesmen, "figures released by", "put the toll at", "citing hospital sources", "X,
# which monitors the war, said", carry-over by pronoun and across paragraphs, two sides'
# figures, revisions, denials, shares of a population) was run once untouched: F1
# 0.85, detection 0.96, low/high 0.96, property 0.89, source 0.91, stance 1.0. Its four
# source errors were all its own departures from the documented naming conventions
# ("State media" and "Lawyers for the detainees" unnamed, an indefinite spokeswoman
# unnamed, "Officials at the health ministry" named as "Officials from the commission"
# is), and "60 of the 140 camps" and two "perhaps" items were brought to the earlier
# sets' conventions (one claim; exact, hedged): 49 claims, F1 0.86, source 1.0 on the
# unchanged code. Fixed: a percentage of a stated whole and "one in five of them" are
# fractions, "ran into the tens of thousands" is an amount (and a vague plural that
# refers back leaves no "thousands" behind), "treated for smoke inhalation" injures:
# F1 0.90, low/high 1.0; heldout15 F1 0.90 -> 0.91, every other set unchanged.
# Raise, never lower.
@pytest.mark.parametrize(
    ("name", "f1", "source", "stance", "low_high"),
    [
        ("demo-claims.jsonl", 0.95, 0.95, 0.95, 1.0),
        ("heldout-claims.jsonl", 0.95, 0.95, 0.95, 1.0),
        ("heldout2-claims.jsonl", 0.9, 0.98, 0.99, 1.0),
        ("heldout3-claims.jsonl", 0.9, 0.9, 0.9, 1.0),
        ("heldout4-claims.jsonl", 0.96, 0.97, 0.97, 1.0),
        ("heldout5-claims.jsonl", 0.93, 0.94, 0.96, 1.0),
        ("heldout6-claims.jsonl", 0.92, 0.99, 0.99, 1.0),
        ("heldout7-claims.jsonl", 0.96, 0.97, 0.97, 1.0),
        ("heldout8-claims.jsonl", 0.98, 0.98, 0.98, 1.0),
        ("heldout9-claims.jsonl", 0.92, 0.92, 0.95, 1.0),
        ("heldout10-claims.jsonl", 0.98, 0.97, 0.95, 1.0),
        ("heldout11-claims.jsonl", 0.87, 0.98, 0.96, 1.0),
        ("heldout12-claims.jsonl", 0.92, 0.95, 0.93, 1.0),
        ("heldout13-claims.jsonl", 0.91, 0.95, 0.97, 1.0),
        ("heldout14-claims.jsonl", 0.91, 0.94, 0.96, 1.0),
        ("heldout15-claims.jsonl", 0.89, 0.93, 0.96, 1.0),
        ("heldout16-claims.jsonl", 0.97, 0.97, 0.99, 1.0),
        ("heldout17-claims.jsonl", 0.94, 0.99, 0.99, 1.0),
        ("heldout18-claims.jsonl", 0.94, 0.94, 0.99, 1.0),
        ("heldout19-claims.jsonl", 0.88, 0.93, 0.95, 1.0),
        ("heldout20-claims.jsonl", 0.93, 0.99, 0.99, 1.0),
        ("heldout21-claims.jsonl", 0.75, 0.99, 0.99, 1.0),
        ("heldout22-claims.jsonl", 0.95, 0.95, 0.97, 1.0),
        ("heldout23-claims.jsonl", 0.87, 0.97, 0.99, 1.0),
        ("heldout24-claims.jsonl", 0.93, 0.99, 0.97, 1.0),
        ("heldout25-claims.jsonl", 0.87, 0.8, 0.86, 1.0),
        ("claims9-claims.jsonl", 0.89, 0.99, 0.99, 1.0),
    ],
)
def test_quality_floors_on_own_texts(
    nlp_model: Language, name: str, f1: float, source: float, stance: float, low_high: float
) -> None:
    rates = _score(nlp_model, GOLD / name)
    assert rates["f1"] >= f1
    assert rates["low_high_accuracy"] >= low_high
    assert rates["source_accuracy"] >= source
    assert rates["stance_accuracy"] >= stance


def test_quality_floor_on_the_flagship(nlp_model: Language, flagship_path: Path) -> None:
    rates = _score(nlp_model, GOLD / "flagship-claims.jsonl")
    assert rates["f1"] >= 0.95
    assert rates["low_high_accuracy"] == 1.0
    assert rates["source_accuracy"] >= 0.95
