"""The ``party`` support kind (``summarizer/verification/parties.py``): the fifth red-team set
by category, every gold party supported, and the alias table's shape."""

from __future__ import annotations

import collections

from summarizer.articles import load_article
from summarizer.comparators import support_of
from summarizer.evaluation.gold import load_gold
from summarizer.schema.stories import Reaction, StanceStatement, Summit
from summarizer.text.countries import PARTIES
from summarizer.verification.grounding import ground
from summarizer.verification.party_names import party_of
from tests.conftest import ROOT
from tests.grounding_cases import CASES, generated_cases, load_cases, verdict

SET = CASES.with_name("grounding_redteam5.jsonl")
CATEGORIES = {
    "party-capital",
    "party-seat",
    "party-people",
    "party-short",
    "party-tie",
    "party-leader",
    "party-region",
    "party-typography",
    "party-place",
}


def test_the_fifth_red_team_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_party_cases") == load_cases(SET)


def test_the_party_red_team_set_gets_its_verdicts() -> None:
    """Each alias kind must pass, each look-alike must fail: at least 60 decided cases, both
    verdicts in every category, none wrong. Known gaps are documented limits and must still
    be wrong (a gap that closes is taken off the list)."""
    cases = load_cases(SET)
    decided = [case for case in cases if not case.get("known_gap")]
    assert len(decided) >= 60
    per = collections.Counter((case["category"], case["expect"]) for case in decided)
    assert {category for category, _ in per} == CATEGORIES
    assert all(per[(category, expect)] for category in CATEGORIES for expect in (True, False))
    wrong = [f"{case['id']}: {case['why']}" for case in decided if verdict(case) != case["expect"]]
    assert not wrong, "\n".join(wrong)
    gaps = [case for case in cases if case.get("known_gap")]
    closed = [case["id"] for case in gaps if verdict(case) == case["expect"]]
    assert not closed, f"known gaps that pass now: {closed}"


def test_every_gold_party_is_checked_and_supported() -> None:
    """The 86 parties of the gold files (summit parties, stance parties, reacting parties) are
    all checked by the party rule, and none is flagged."""
    checked = flagged = 0
    for label in load_gold(ROOT / "evals" / "gold").values():
        article = load_article(ROOT / label.source)
        report = ground(label.facts, article.text, article.metadata)
        parties = [check for check in report.support if check.kind == "party"]
        checked += len(parties)
        flagged += sum(not check.supported for check in parties)
    assert (checked, flagged) == (86, 0)


def test_the_party_fields_declare_the_party_kind() -> None:
    for model, field in ((Summit, "parties"), (StanceStatement, "party"), (Reaction, "who")):
        rule = support_of(model.model_fields[field])
        assert rule is not None and rule.kind == "party", (model, field)


def test_no_alias_names_two_parties() -> None:
    """An alias belongs to one party: a second claim would be dropped silently at import."""
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for key, parts in PARTIES.items():
        for aliases in parts:
            for alias in aliases:
                owners[alias.lower().replace(".", "")].add(key)
    assert {alias: keys for alias, keys in owners.items() if len(keys) > 1} == {}


def test_a_value_names_a_party_alone_or_with_a_body_word() -> None:
    assert party_of("the Kremlin") == "russia"
    assert party_of("Ukrainian forces") == "ukraine"
    assert party_of("U.S.") == party_of("United States") == "us"
    assert party_of("South Korea") == "southkorea" != party_of("North Korea")
    assert party_of("Russian oil") is None  # a thing, not a body of the country
    assert party_of("Vladimir Putin") is None
