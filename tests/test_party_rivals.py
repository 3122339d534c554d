"""The party check's fast path (session 61, speed): the organisations a person given a party
may be set against (``party_elsewhere.party_rivals``) are those of the full reading,
``sets_against_party`` over ``person_bodies``, on every page of the seeds and the seen outside
checks, though it skips the own-body ties when no run there may be kept; and the public
offices that answer without any body."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from summarizer.verification.page.article import ArticleText
from summarizer.verification.people import affiliation_holders, party_elsewhere
from summarizer.verification.people.affiliation_holders import named_runs, own_bodies
from summarizer.verification.people.party_elsewhere import party_rivals, sets_against_party
from summarizer.verification.people.person_bodies import person_bodies
from summarizer.verification.people.public_offices import public_office, public_role

ROOT = Path(__file__).resolve().parents[1]


def _pages() -> list[tuple[str, list[str]]]:
    """(text, surnames) of the seeds and of seen checks 50-100: every person the gold names."""
    pages = []
    for check in sorted((ROOT / "evals" / "outside").glob("check-*")):
        if not 50 <= int(check.name.split("-")[1]) <= 100:
            continue
        for line in (check / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            names = [p["name"] for p in article["facts"].get("people", []) if p.get("name")]
            pages.append((article["text"], names))
    for gold in sorted((ROOT / "evals" / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        seed = next((ROOT / "seeds").glob(f"*_{gold.stem}.txt"), None)
        if seed is not None:
            names = [p["name"] for p in data["facts"].get("people", []) if p.get("name")]
            pages.append((seed.read_text(encoding="utf-8"), names))
    return pages


PAGES = _pages()


def test_pages_were_found() -> None:
    assert len(PAGES) > 500 and sum(len(names) for _, names in PAGES) > 1000


@pytest.mark.parametrize("chunk", range(8))
def test_party_rivals_match_the_full_reading(chunk: int) -> None:
    for text, names in PAGES[chunk::8]:
        for name in names:
            surname = name.split()[-1].lower().strip(".,")
            fast, full = ArticleText(text), ArticleText(text)
            expected = sets_against_party(full, surname, person_bodies(full, surname))
            assert party_rivals(fast, surname) == expected, (surname, text[:80])
            assert own_bodies(full, surname) <= named_runs(full, surname)


def test_the_fast_path_reads_no_own_ties(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a page whose runs around the person are names, places and organs of a state, the
    party check asks for no own-body ties (the costly reading); it does when a run may be an
    organisation of theirs."""

    def refuse(*_: object) -> frozenset[str]:
        raise AssertionError("own-body ties read")

    monkeypatch.setattr(affiliation_holders, "_own_bodies", refuse)
    plain = ArticleText(
        "WASHINGTON (Wire) - President Jane Doe met Prime Minister Ian Roe at the White House "
        "on Monday. Doe told the Senate that NATO would meet in Brussels."
    )
    assert party_rivals(plain, "doe") == frozenset()
    firm = ArticleText("Jane Doe, who spoke for Acme Holdings, met the Senate on Monday.")
    with pytest.raises(AssertionError, match="own-body ties read"):
        party_elsewhere.party_rivals(firm, "doe")


@pytest.mark.parametrize(
    ("role", "public", "office"),
    [
        ("Treasury Secretary", True, True),
        ("foreign minister", True, True),
        ("special envoy", True, True),
        ("President and Senator", True, True),
        ("President", True, False),  # a bare president: the bodies decide (none here)
        ("president and chief executive", False, False),
        ("chief economist", False, False),
        (None, False, False),
    ],
)
def test_public_offices_answer_without_bodies(role: str | None, public: bool, office: bool) -> None:
    ctx = SimpleNamespace(fact=SimpleNamespace(role=role))
    assert public_office(ctx) is office  # type: ignore[arg-type]
    assert public_role(ctx) is public  # type: ignore[arg-type]
    if office:  # whatever bodies the person has, the office is public
        assert public_role(ctx, frozenset({"Acme Holdings", "Kestrel Institute"}))  # type: ignore[arg-type]
