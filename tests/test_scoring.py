"""Scoring against gold: planted errors must move the scores by exactly the expected amount.

Two small gold articles are built here (no dependency on evals/gold). Counted by hand:

a1: article headline/outlet/published TP, byline TN                       -> 3 TP, 1 TN
    relevance: topic (on_topic, the default) TP                           -> 1 TP
    people: Lavrov (3 TP), Trump (name, role TP; affiliation TN)          -> 5 TP, 1 TN
    summits: 2 parties + status, location, timing TP; 5 empty fields TN   -> 5 TP, 5 TN
    ceasefires, events, cited sources, opinions: empty                    -> 4 TN
    sanctions: instrument, name, 1 sponsor, introduced, status, tariff, 1 target, and
      one count (what, value, projected=false) TP; 6 empty fields TN     -> 10 TP, 6 TN
    quotes: Trump 3 TP; Lavrov speaker, text TP, where_said TN            -> 5 TP, 1 TN
    total                                                                 -> 29 TP, 18 TN
a2: headline, byline TP; outlet, published TN                            -> 2 TP, 2 TN
    relevance: topic TP                                                   -> 1 TP
    people: Putin 3 TP; summits, sanctions, quotes, events, cited: 5 TN   -> 3 TP, 5 TN
    ceasefire: duration, proposer, scope, status + position (party, stance, 1 condition)
      TP; kind, reported_by, starts, terms, as_of empty TN               -> 7 TP, 5 TN
    opinions: 1 TP                                                        -> 1 TP
    total                                                                 -> 14 TP, 12 TN
33 fields have a defined F1 (some TP); the others only ever see TN.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.gold import GoldLabel, load_gold
from summarizer.evaluation.scoring import (
    EvalReport,
    Score,
    compare,
    evaluate,
    regressions,
)
from summarizer.results import EvidenceCheck, GroundingReport, SummaryResult, Usage
from summarizer.schema import (
    ArticleFacts,
    ArticleMeta,
    Ceasefire,
    Count,
    Opinion,
    Person,
    Quantity,
    Quote,
    SanctionsMeasure,
    StanceStatement,
    Summit,
)

BILL_EVIDENCE = ["Graham introduced the Sanctioning Russia Act of 2025 in April."]


def gold_a1() -> ArticleFacts:
    return ArticleFacts(
        article=ArticleMeta(
            headline="Trump calls off Budapest summit",
            outlet="The Epoch Times",
            published="2025-10-22",
        ),
        summary="Trump called off a planned summit with Putin.",
        people=[
            Person(name="Sergei Lavrov", role="Foreign Minister", affiliation="Russia"),
            Person(name="Donald Trump", role="President"),
        ],
        summits=[
            Summit(
                parties=["Trump", "Putin"],
                status="cancelled",
                planned_location="Budapest",
                planned_timing="within two weeks",
                evidence=["Trump has called off the meeting in Budapest."],
            )
        ],
        sanctions=[
            SanctionsMeasure(
                instrument="bill",
                name="Sanctioning Russia Act of 2025",
                sponsors=["Lindsey Graham"],
                introduced="April",
                counts=[Count(what="co-sponsors", value=Quantity(value=84))],
                tariff_rate_percent=Quantity(value=500),
                targets=["Russian goods"],
                status="vote_expected",
                evidence=BILL_EVIDENCE,
            )
        ],
        quotes=[
            Quote(
                speaker="Donald Trump",
                text="I don't want to have a wasted meeting",
                where_said="in the Oval Office",
            ),
            Quote(speaker="Sergei Lavrov", text="We are ready to continue the dialogue"),
        ],
    )


def gold_a2() -> ArticleFacts:
    return ArticleFacts(
        article=ArticleMeta(headline="Putin backs truce in principle", byline="Jane Doe"),
        people=[Person(name="Vladimir Putin", role="President", affiliation="Russia")],
        ceasefires=[
            Ceasefire(
                duration_days=Quantity(value=30),
                proposer="Trump administration",
                scope="Ukraine",
                status="proposed",
                positions=[
                    StanceStatement(
                        party="Russia",
                        stance="supports_with_conditions",
                        conditions=["details settled with Washington"],
                    )
                ],
            )
        ],
        opinions=[Opinion(claim="Russia's commitment remains uncertain")],
    )


def label(
    article_id: str, facts: ArticleFacts, alternatives: dict[str, list[Any]] | None = None
) -> GoldLabel:
    return GoldLabel(
        article_id=article_id,
        source=f"seeds/{article_id}.txt",
        labelled_by="test",
        facts=facts,
        alternatives=alternatives or {},
    )


def gold_set(**alternatives: dict[str, list[Any]]) -> dict[str, GoldLabel]:
    return {
        "a1": label("a1", gold_a1(), alternatives.get("a1")),
        "a2": label("a2", gold_a2(), alternatives.get("a2")),
    }


def result(
    article_id: str | None, facts: ArticleFacts | dict[str, Any] | None = None, **extra: Any
) -> SummaryResult:
    return SummaryResult(
        article_id=article_id,
        source=f"seeds/{article_id}.txt",
        facts=facts,
        model="stub",
        prompt_version="p1",
        schema_version="s1",
        **extra,
    )


def run(
    first: ArticleFacts, second: ArticleFacts, **alternatives: dict[str, list[Any]]
) -> EvalReport:
    """Predictions for a1 and a2 against the gold set (alternatives keyed by article id)."""
    return evaluate([result("a1", first), result("a2", second)], gold_set(**alternatives))


def f1(report: EvalReport, field: str) -> float | None:
    return report.per_field[field].f1


def changed_fields(report: EvalReport, baseline: EvalReport) -> set[str]:
    return {
        name
        for name in report.per_field.keys() | baseline.per_field.keys()
        if report.per_field.get(name) != baseline.per_field.get(name)
    }


@pytest.fixture(scope="module")
def baseline() -> EvalReport:
    return run(gold_a1(), gold_a2())


# --- the perfect prediction -------------------------------------------------------------------


def test_identical_prediction_scores_perfectly(baseline: EvalReport) -> None:
    micro = baseline.overall.micro
    assert (micro.tp, micro.fd, micro.fn, micro.fa, micro.tn) == (43, 0, 0, 0, 30)
    assert (micro.precision, micro.recall, micro.f1) == (1.0, 1.0, 1.0)
    assert baseline.overall.macro_f1 == 1.0
    assert baseline.overall.macro_fields == 33
    assert baseline.hallucination_rate == 0.0
    assert baseline.per_article["a1"].tp == 29 and baseline.per_article["a1"].tn == 18
    assert baseline.per_article["a2"].tp == 14 and baseline.per_article["a2"].tn == 12
    assert baseline.per_section["sanctions"].tp == 10
    assert baseline.per_field["summits.parties"].tp == 2
    assert baseline.per_field["summits.previous_meeting"].f1 is None  # only TN: undefined
    assert {o.outcome for o in baseline.outcomes} == {"TP", "TN"}
    assert baseline.failures.total == 0
    assert [a.status for a in baseline.articles] == ["scored", "scored"]
    # FreeText is reported apart, never scored.
    assert "summary" not in baseline.per_field
    assert {(p.article_id, p.path) for p in baseline.free_text} >= {("a1", "summary")}


def test_report_round_trips_through_json(baseline: EvalReport) -> None:
    assert EvalReport.model_validate_json(baseline.model_dump_json()) == baseline


# --- (a) one wrong scalar -------------------------------------------------------------------


def test_one_wrong_scalar_is_one_fd_and_nothing_else(baseline: EvalReport) -> None:
    a1 = gold_a1()
    a1.sanctions[0].counts[0].value = Quantity(value=85)
    report = run(a1, gold_a2())
    wrong = [o for o in report.outcomes if o.outcome != "TP" and o.outcome != "TN"]
    assert [(o.article_id, o.path, o.field, o.section, o.outcome) for o in wrong] == [
        ("a1", "sanctions[0].counts[0].value", "sanctions.counts.value", "sanctions", "FD")
    ]
    assert wrong[0].expected["value"] == 84 and wrong[0].got["value"] == 85
    assert wrong[0].evidence == BILL_EVIDENCE
    assert changed_fields(report, baseline) == {"sanctions.counts.value"}
    assert f1(report, "sanctions.counts.value") == 0.0  # was 1.0: 2*0 / (2*0 + 2*1)
    # micro: 42 TP, 1 FD -> P = R = 42/43, F1 = 84/86; macro: one of 33 fields drops to 0.
    assert report.overall.micro.f1 == pytest.approx(84 / 86, abs=1e-12)
    assert report.overall.micro.precision == pytest.approx(42 / 43, abs=1e-12)
    assert report.overall.macro_f1 == pytest.approx(32 / 33, abs=1e-12)
    assert report.per_section["sanctions"].fd == 1
    assert report.per_article["a2"] == baseline.per_article["a2"]


def test_qualifier_mismatch_is_fd() -> None:
    a2 = gold_a2()
    a2.ceasefires[0].duration_days = Quantity(value=30, qualifier="about")
    report = run(gold_a1(), a2)
    assert report.per_field["ceasefires.duration_days"].fd == 1


# --- (b) a hallucinated item ------------------------------------------------------------------


def test_hallucinated_sanction_counts_fa_for_each_stated_field(baseline: EvalReport) -> None:
    a2 = gold_a2()
    evidence = ["Trump threatened sanctions on Russian oil."]
    a2.sanctions = [
        SanctionsMeasure(
            instrument="threat",
            sponsors=["Donald Trump"],
            targets=["Russia", "Russian oil"],
            evidence=evidence,
        )
    ]
    report = run(gold_a1(), a2)
    fa = [o for o in report.outcomes if o.outcome == "FA"]
    assert [(o.article_id, o.path) for o in fa] == [
        ("a2", "sanctions[+0].instrument"),
        ("a2", "sanctions[+0].sponsors[+0]"),
        ("a2", "sanctions[+0].targets[+0]"),
        ("a2", "sanctions[+0].targets[+1]"),
    ]
    assert all(o.evidence == evidence for o in fa)
    # The "no sanctions" TN of a2 is gone; 4 FA against 29 TN remain.
    assert (report.overall.micro.fa, report.overall.micro.tn) == (4, 29)
    assert report.hallucination_rate == 4 / 33
    assert f1(report, "sanctions.instrument") == 2 / 3  # TP 1, FA 1: 2 / (2 + 1)
    assert f1(report, "sanctions.targets") == 2 / 4  # TP 1, FA 2
    assert report.per_field["sanctions.sponsors"].precision == 1 / 2
    assert changed_fields(report, baseline) == {
        "sanctions",
        "sanctions.instrument",
        "sanctions.sponsors",
        "sanctions.targets",
    }


# --- (c) a missing item -----------------------------------------------------------------------


def test_missing_quote_counts_fn_for_its_stated_fields(baseline: EvalReport) -> None:
    a1 = gold_a1()
    del a1.quotes[1]
    report = run(a1, gold_a2())
    fn = [(o.path, o.expected) for o in report.outcomes if o.outcome == "FN"]
    assert fn == [
        ("quotes[1].speaker", "Sergei Lavrov"),
        ("quotes[1].text", "We are ready to continue the dialogue"),
    ]
    assert f1(report, "quotes.speaker") == 2 / 3  # TP 1, FN 1
    assert report.per_field["quotes.speaker"].recall == 1 / 2
    assert report.per_field["quotes.speaker"].precision == 1.0
    # An unpaired gold item's empty field is not "correctly absent": its TN goes away.
    where = report.per_field["quotes.where_said"]
    assert (where.tp, where.tn, where.f1) == (1, 0, 1.0)
    assert changed_fields(report, baseline) == {
        "quotes.speaker",
        "quotes.text",
        "quotes.where_said",
    }


# --- (d) order does not matter ----------------------------------------------------------------


def test_reordered_lists_score_exactly_the_same(baseline: EvalReport) -> None:
    a1 = gold_a1()
    a1.people.reverse()
    a1.quotes.reverse()
    a1.summits[0].parties.reverse()
    report = run(a1, gold_a2())
    assert report.per_field == baseline.per_field
    assert report.overall == baseline.overall
    assert [(o.path, o.outcome) for o in report.outcomes] == [
        (o.path, o.outcome) for o in baseline.outcomes
    ]


# --- (e) aliases, (f) alternatives --------------------------------------------------------------


def test_alias_spelling_matches(baseline: EvalReport) -> None:
    a1 = gold_a1()
    a1.people[0].name = "Sergey Lavrov"
    a1.quotes[1].speaker = "Sergey Lavrov"
    a1.people[0].affiliation = "Russian Federation"
    report = run(a1, gold_a2())
    assert report.per_field == baseline.per_field
    got = {(o.article_id, o.path): o.got for o in report.outcomes}
    assert got["a1", "people[0].name"] == "Sergey Lavrov"


def test_listed_alternative_matches(baseline: EvalReport) -> None:
    a1 = gold_a1()
    a1.sanctions[0].introduced = "in the spring"
    a1.sanctions[0].targets = ["Russian goods", "nations buying Russian oil"]
    without = run(a1, gold_a2())
    assert without.per_field["sanctions.introduced"].fd == 1
    assert without.per_field["sanctions.targets"].fa == 1
    alternatives: dict[str, list[Any]] = {
        "sanctions[0].introduced": ["in the spring"],
        "sanctions[0].targets": [["Russian goods", "Nations buying Russian oil"]],
    }
    report = run(a1, gold_a2(), a1=alternatives)
    assert report.per_field["sanctions.introduced"] == baseline.per_field["sanctions.introduced"]
    targets = report.per_field["sanctions.targets"]
    assert (targets.tp, targets.fa, targets.fn) == (2, 0, 0)


def test_empty_gold_with_alternative_accepts_the_alternative() -> None:
    a2 = gold_a2()
    a2.article.outlet = "Conservative Fix"
    report = run(gold_a1(), a2, a2={"article.outlet": ["Conservative Fix"]})
    assert report.per_field["article.outlet"].tp == 2
    assert report.per_field["article.outlet"].fa == 0


# --- (g) empty values -------------------------------------------------------------------------


def test_empty_string_is_absent_never_a_match(baseline: EvalReport) -> None:
    a1, a2 = gold_a1(), gold_a2()
    a1.article.byline = "  "  # gold None: still TN
    a1.article.outlet = ""  # gold "The Epoch Times": FN, not a match
    a2.article.outlet = "Reuters"  # gold None: FA
    a2.people.append(Person(name=""))  # an empty item states nothing: no outcome
    report = run(a1, a2)
    outcome = {(o.article_id, o.path): o.outcome for o in report.outcomes}
    assert outcome[("a1", "article.byline")] == "TN"
    assert outcome[("a1", "article.outlet")] == "FN"
    assert outcome[("a2", "article.outlet")] == "FA"
    assert not any("[+" in path for _, path in outcome)
    assert changed_fields(report, baseline) == {"article.outlet"}


def test_score_rates_with_zero_denominators_are_none() -> None:
    assert Score.of([]) == Score()
    only_tn = Score.of(["TN", "TN"])
    assert (only_tn.precision, only_tn.recall, only_tn.f1, only_tn.hallucination_rate) == (
        None,
        None,
        None,
        0.0,
    )
    only_fn = Score.of(["FN"])
    assert (only_fn.precision, only_fn.recall, only_fn.f1) == (None, 0.0, 0.0)
    mixed = Score.of(["TP", "TP", "FD", "FA", "FN", "TN"])
    assert (mixed.precision, mixed.recall, mixed.f1) == (2 / 4, 2 / 4, 4 / 8)
    assert mixed.hallucination_rate == 1 / 2


# --- failures, re-asks, grounding ---------------------------------------------------------------


def test_failed_and_missing_articles_score_their_gold_as_fn() -> None:
    failed = result(
        "a2",
        error="seeds/a2.txt: model output failed validation after 3 attempts",
        error_kind="validation",
        usage=Usage(reasks=2),
    )
    report = evaluate([result("a1", gold_a1(), usage=Usage(reasks=1)), failed], gold_set())
    a2 = report.per_article["a2"]
    assert (a2.tp, a2.fn, a2.tn, a2.fa) == (0, 14, 0, 0)
    assert report.failures.model_dump() == {
        "total": 1,
        "missing": 0,
        "validation": 1,
        "error": 0,
        "by_error_kind": {"validation": 1},
    }
    assert report.reasks == 3
    assert report.overall.micro.recall == 29 / 43
    statuses = {a.article_id: (a.status, a.failure) for a in report.articles}
    assert statuses == {"a1": ("scored", None), "a2": ("failed", "validation")}

    missing = evaluate([result("a1", gold_a1())], gold_set())
    assert missing.failures.missing == 1 and missing.per_article["a2"].fn == 14


def test_unread_input_is_claimed_by_source_path() -> None:
    unread = SummaryResult(
        article_id=None,
        source="/data/run/seeds/a2.txt",
        model="stub",
        prompt_version="p1",
        schema_version="s1",
        error="cannot read",
        error_kind="input",
    )
    stray = result("zz", gold_a2())
    report = evaluate([result("a1", gold_a1()), unread, stray], gold_set())
    assert report.failures.error == 1 and report.failures.by_error_kind == {"input": 1}
    assert [(a.article_id, a.status) for a in report.articles] == [
        ("a1", "scored"),
        ("a2", "failed"),
        ("zz", "unlabelled"),
    ]


def test_facts_as_plain_json_are_validated() -> None:
    a1 = json.loads(gold_a1().model_dump_json())
    report = evaluate([result("a1", a1), result("a2", {"people": "nonsense"})], gold_set())
    assert report.per_article["a1"].tp == 29
    assert report.failures.validation == 1
    assert report.failures.by_error_kind == {"invalid_facts": 1}


def test_grounding_rate_is_verified_over_checked_passages() -> None:
    def grounding(*verified: bool) -> GroundingReport:
        return GroundingReport(
            evidence=[EvidenceCheck(path="x", passage="p", verified=v) for v in verified]
        )

    report = evaluate(
        [
            result("a1", gold_a1(), grounding=grounding(True, True, False)),
            result("a2", gold_a2(), grounding=grounding(True)),
        ],
        gold_set(),
    )
    assert report.grounding_rate == 3 / 4
    assert evaluate([], gold_set()).grounding_rate is None


# --- (h) comparing runs -----------------------------------------------------------------------


def test_compare_lists_flips_and_field_deltas(baseline: EvalReport) -> None:
    a1 = gold_a1()
    a1.sanctions[0].counts[0].value = Quantity(value=85)
    del a1.quotes[1]
    current = run(a1, gold_a2())
    comparison = compare(current, baseline)
    assert [(f.path, f.baseline, f.current, f.direction) for f in comparison.flips] == [
        ("quotes[1].speaker", "TP", "FN", "regressed"),
        ("quotes[1].text", "TP", "FN", "regressed"),
        ("sanctions[0].counts[0].value", "TP", "FD", "regressed"),
    ]
    deltas = {d.field: d.delta for d in comparison.fields if d.delta}
    assert deltas == pytest.approx(
        {"quotes.speaker": -1 / 3, "quotes.text": -1 / 3, "sanctions.counts.value": -1.0}
    )
    # 40 TP, 1 FD, 2 FN: micro F1 = 80 / (80 + 2 + 2)
    assert comparison.micro_f1_delta == pytest.approx(80 / 84 - 1.0)
    assert regressions(comparison, max_drop=0.1) == [
        "quotes.speaker",
        "quotes.text",
        "sanctions.counts.value",
    ]
    assert regressions(comparison, max_drop=0.5) == ["sanctions.counts.value"]
    assert regressions(compare(baseline, baseline), max_drop=0.0) == []

    back = compare(baseline, current)
    assert [(f.path, f.direction) for f in back.flips] == [
        (f.path, "fixed") for f in comparison.flips
    ]


def test_compare_treats_a_new_hallucination_as_a_regression(baseline: EvalReport) -> None:
    a2 = gold_a2()
    a2.quotes = [Quote(speaker="Putin", text="We will never agree")]
    comparison = compare(run(gold_a1(), a2), baseline)
    assert [(f.path, f.baseline, f.current) for f in comparison.regressed] == [
        ("quotes[+0].speaker", None, "FA"),
        ("quotes[+0].text", None, "FA"),
    ]
    assert comparison.fixed == []


# --- gold files -------------------------------------------------------------------------------


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def gold_json(**changes: Any) -> dict[str, Any]:
    data = label("a1", gold_a1()).model_dump(mode="json")
    data.update(changes)
    return data


def test_load_gold_keys_by_article_id(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a1.json",
        gold_json(
            alternatives={
                "sanctions[0].introduced": ["in April"],
                "summits[0].parties": [["Trump"]],
                "summits[0].parties[1]": ["Vladimir Putin"],
            }
        ),
    )
    gold = load_gold(tmp_path)
    assert list(gold) == ["a1"]
    assert gold["a1"].facts == gold_a1()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "a1.json: invalid JSON at line 1"),
        (
            gold_json(facts={"people": [{"role": "x"}]}),
            "a1.json: invalid gold label: facts.people.0.name: Field required",
        ),
        (gold_json(alternative={}), "a1.json: invalid gold label: alternative: Extra inputs"),
        (gold_json(alternatives={"sanctions[3].introduced": ["x"]}), "no item 3"),
        (gold_json(alternatives={"people[0].nickname": ["x"]}), "Person has no field"),
        (gold_json(alternatives={"people[0]": ["x"]}), "names no scored value"),
        (gold_json(alternatives={"people[0].role": [["x"]]}), "must be strings"),
        (gold_json(alternatives={"sanctions[0].counts[0].value.value": ["1"]}), "too deep"),
    ],
)
def test_bad_gold_file_is_a_one_line_input_error(
    tmp_path: Path, content: Any, message: str
) -> None:
    write(tmp_path, "a1.json", content)
    with pytest.raises(InputError) as raised:
        load_gold(tmp_path)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_missing_folder_and_duplicates_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gold folder not found"):
        load_gold(tmp_path / "nope")
    write(tmp_path, "a.json", gold_json())
    write(tmp_path, "b.json", gold_json())
    with pytest.raises(InputError, match="already labelled"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rubio", {"TP": 3}),
        ("Mark Rubin", {"TP": 2, "FD": 1}),  # a misnamed Rubio: paired, its name wrong
        ("Pete Hegseth", {"FN": 3, "FA": 3}),  # another person with the same role: not paired
    ],
)
def test_items_pair_by_identity_and_score_by_field(name: str, expected: dict[str, int]) -> None:
    gold = ArticleFacts(
        people=[Person(name="Marco Rubio", role="Secretary of State", affiliation="United States")]
    )
    pred = ArticleFacts(
        people=[Person(name=name, role="Secretary of State", affiliation="United States")]
    )
    result = SummaryResult(
        article_id="x", source="x", facts=pred, model="m", prompt_version="p", schema_version="s"
    )
    report = evaluate([result], {"x": GoldLabel(article_id="x", facts=gold)})
    counts: dict[str, int] = {}
    for outcome in report.outcomes:
        if outcome.section == "people":
            counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
    assert counts == expected


def test_a_failure_is_counted_by_its_kind_not_by_words_in_its_message() -> None:
    """An endpoint error whose text happens to say "failed validation" is an error; the kind
    a failure carries comes from its error class."""
    echoed = result("a2", error="HTTP 400: request failed validation upstream", error_kind="llm")
    report = evaluate([result("a1", gold_a1()), echoed], gold_set())
    assert (report.failures.validation, report.failures.error) == (0, 1)
