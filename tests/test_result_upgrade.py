"""A result stored by the summarizer before schema v2 (generation-1 facts) still loads: its
facts are upgraded to generation 2 before validation, nothing invented and nothing dropped."""

from __future__ import annotations

import json

from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts, Instrument, Stance
from tests.conftest import ROOT

STORED = ROOT / "tests" / "data" / "result_v1.json"


def test_stored_v1_result_loads_as_v2() -> None:
    raw = STORED.read_text(encoding="utf-8")
    old = json.loads(raw)["facts"]
    assert "cosponsor_count" in old["sanctions"][0]  # the fixture really is generation 1
    result = SummaryResult.from_json(raw)
    facts = result.facts
    assert isinstance(facts, ArticleFacts)
    bill = facts.sanctions[0]
    assert bill.instrument is Instrument.bill
    assert bill.sponsors == [old["sanctions"][0]["sponsor"]]
    assert [c.what for c in bill.counts] == ["co-sponsors"]
    assert bill.counts[0].value.value == old["sanctions"][0]["cosponsor_count"]["value"]
    assert (
        bill.status is not None and bill.status.value == old["sanctions"][0]["legislative_status"]
    )
    assert len(facts.quotes) == len(old["quotes"]) and len(facts.people) == len(old["people"])


def test_facts_as_upgrades_a_v1_dict() -> None:
    old = json.loads(STORED.read_text(encoding="utf-8"))
    result = SummaryResult.model_validate(old)  # facts stay a plain dict here
    assert isinstance(result.facts, dict)
    facts = result.facts_as(ArticleFacts)
    assert isinstance(facts, ArticleFacts)
    stances = [p.stance for c in facts.ceasefires for p in c.positions]
    assert all(s is None or isinstance(s, Stance) for s in stances)


def test_a_v1_gold_file_is_refused_with_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from summarizer.errors import InputError
    from summarizer.evaluation.gold import load_gold_file

    old = json.loads(STORED.read_text(encoding="utf-8"))
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"article_id": "x", "facts": old["facts"]}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold_file(path)
    message = str(caught.value)
    assert "\n" not in message and "generation 1" in message and "relabel" in message
