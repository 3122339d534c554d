# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 51's numbers (``grounding_numbers51.jsonl``): value-support cases for
which number of a vote, an election or a tariff is the field's, by category, each with what
must pass and what must fail:

- ``share-forms``: a count that is a share (a turnout, a share of the vote, a swing, or a
  value written in percent) takes a number in percent in any of its forms ("65.2 per cent",
  "39.2%", "44.08 percent", "15 pct", "3.45 percentage points"); its qualifier must agree
  ("only about 46 per cent" is no exact 46), the earlier figure ("up from 58 per cent") is no
  turnout now, a plain count is no share ("3,031,355 people voted No, or 98.24 per cent": the
  3,031,355 is no share) and a share is no count of voters;
- ``same-noun``: several numbers with the same noun in one sentence, each read for its side,
  owner or occasion: the two shares of a result ("rejected ... by 51.7 per cent to 48.3 per
  cent": the No side's is the first), a possessive owner ("50.04 per cent of the vote to
  Labor's 49.96 per cent"), a tariff's rider after "and" ("a 20 per cent tariff, and 40 per
  cent on goods shipped through Vietnam"), and the figure before the election ("which had 90
  seats before the election, won 85");
- ``tally-owner``: a score in a relative clause belongs to its antecedent ("the Senate's
  companion to a House measure that passed 419-3" is the House's vote), and a threshold in a
  comparison is the count of what is needed ("one more than the 76 it needs"); a tally given
  to the body that did not cast it, and a threshold given as seats won, stay refused.

Run ``python tests/data/make_numbers51_cases.py`` to rebuild it. Every article below was written
for this set from published facts (the 2013 Irish referendums, Hungary's 2016 and Romania's
2012 and 2018 referendums, the 2014 Scottish and 2016 UK votes, the Australian federal
elections of 2016 and 2022, the 2024 Irish and UK and the 2025 Canadian elections, the 2025
US-Vietnam tariff deal, the 2017 sanctions law, the 2024 TikTok law, the 2025 stablecoin and
Laken Riley acts), in sentences of its own under fictional outlets; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers51.jsonl")

built = SupportCases(
    "nu51",
    leads=[
        "DUBLIN (Liffey Wire) -",
        "By Aoife Brennan | The Munster Ledger",
        "CANBERRA, Australian Capital Desk -",
        "From the Budapest bureau of the Danube Review.",
        "BRIEFING | Westminster Weekly",
        "WASHINGTON (Capitol Ledger) -",
    ],
)
FORMS, SAME, OWNER = "share-forms", "same-noun", "tally-owner"


def count(
    category: str, sentence: str, what: str, value: float, expect: bool, why: str,
    qualifier: str = "exact", written: str | None = None, kind: str = "vote",
) -> None:  # fmt: skip
    """An event of ``kind`` told by ``sentence`` with one count of ``what``: ``value``."""
    quantity = {"value": value, "qualifier": qualifier, "as_written": written}
    fact = {
        "kind": kind, "description": "the vote", "actors": [], "place": None, "when": None,
        "counts": [{"what": what, "value": quantity, "as_of": None, "projected": False}],
        "evidence": [sentence],
    }  # fmt: skip
    built.add(category, expect, f"{what} = {value:g}: {why}", built.page(sentence),
              {"events": [fact]}, "events[0].counts[0].value")  # fmt: skip


def bill_count(
    category: str, sentence: str, what: str, value: float, expect: bool, why: str
) -> None:
    """A bill told by ``sentence`` with one count of ``what``: ``value``."""
    fact = {
        "instrument": "bill", "status": "passed_one_chamber",
        "counts": [{"what": what, "value": {"value": value, "qualifier": "exact"},
                    "as_of": None, "projected": False}],
        "evidence": [sentence],
    }  # fmt: skip
    built.add(category, expect, f"{what} = {value:g}: {why}", built.page(sentence),
              {"sanctions": [fact]}, "sanctions[0].counts[0].value")  # fmt: skip


def rate(
    sentence: str, value: float, expect: bool, why: str, targets: list[str],
    qualifier: str = "exact",
) -> None:  # fmt: skip
    """A tariff told by ``sentence`` on ``targets``: its rate ``value``."""
    fact = {
        "instrument": "executive_action", "status": "announced", "targets": targets,
        "tariff_rate_percent": {"value": value, "qualifier": qualifier}, "evidence": [sentence],
    }  # fmt: skip
    built.add(SAME, expect, f"tariff {value:g}% on {targets or 'unnamed goods'}: {why}",
              built.page(sentence), {"sanctions": [fact]},
              "sanctions[0].tariff_rate_percent")  # fmt: skip


def shares(
    category: str, sentence: str, passes: list[tuple[str, float]],
    fails: list[tuple[str, float]], why_pass: str, why_fail: str, written: bool = False,
) -> None:  # fmt: skip
    """Counts over ``sentence``: each (what, value) of ``passes`` holds, each of ``fails``
    does not; with ``written``, each value's ``as_written`` says it is in per cent."""
    for expect, pairs, why in ((True, passes, why_pass), (False, fails, why_fail)):
        for what, value in pairs:
            text = f"{value:g} per cent" if written else None
            count(category, sentence, what, value, expect, why, written=text)


# --- share-forms: a share's number in every form of percent ---------------------------------

S = "The Court of Appeal amendment was carried with 65.2 per cent of voters in favour and 34.8 per cent against."
shares(
    FORMS,
    S,
    [("voters in favour", 65.2), ("voters against", 34.8)],
    [],
    "a share written in per cent",
    "",
    written=True,
)
shares(
    FORMS,
    S,
    [("percentage of voters in favour", 65.2), ("share of votes against", 34.8)],
    [("percentage of voters in favour", 34.8)],
    "a share of the vote",
    "the other side's share",
)
S = "Turnout was low at 39.2 per cent, the same as in the Seanad vote held on the same day."
shares(
    FORMS,
    S,
    [("turnout", 39.2), ("turnout percentage", 39.2)],
    [("turnout", 65.2)],
    "the turnout in per cent",
    "a number the sentence does not state",
)
S = "Of the 3,358,138 ballots cast, 3,031,355 people voted No, or 98.24 per cent of the valid votes."
shares(
    FORMS,
    S,
    [("share of votes against", 98.24), ("votes against", 3031355), ("votes against", 98.24)],
    [("share of votes against", 3031355)],
    "the No count and its share (a fractional value counts no whole votes: the share)",
    "a count for a share",
)
S = "The National Election Office puts turnout at 44.08 percent, short of the half of the electorate the result needed to be valid."
shares(FORMS, S, [("turnout", 44.08)], [("turnout", 50)], "the turnout in percent", "not stated")
S = "Turnout reached 44.08% of registered voters, and only 39.72% cast a valid ballot."
shares(
    FORMS,
    S,
    [("turnout", 44.08), ("percentage of voters casting a valid ballot", 39.72)],
    [],
    "each share in %",
    "",
)
S = "To be valid the 2012 referendum needed half of the 18 million voters to take part, but turnout reached only about 46 per cent."
count(FORMS, S, "turnout", 46, True, "the hedged turnout with its qualifier", qualifier="about")
count(FORMS, S, "turnout", 46, False, "'about 46 per cent' is no exact 46")
count(FORMS, S, "turnout", 50, False, "the threshold is half, not a turnout of 50")
S = "Labor recorded a 3.66 per cent two-party-preferred swing, taking 52.13 per cent of the two-party vote."
shares(
    FORMS,
    S,
    [("two-party-preferred swing", 3.66), ("Labor two-party vote share", 52.13)],
    [("two-party-preferred swing", 52.13)],
    "the swing and the share, in per cent",
    "the share is no swing",
)
S = "The national swing against the Coalition stood at 3.16 percentage points on Thursday."
shares(FORMS, S, [("swing against the Coalition", 3.16)], [], "a swing in percentage points", "")
S = "Turnout was 64.1 per cent, up from 60.5 per cent at the marriage referendum three years earlier."
shares(FORMS, S, [("turnout", 64.1)], [("turnout", 60.5)], "the turnout now", "the earlier turnout")
S = "Turnout was 61%, up from 58% in 2019, the electoral commission said."
shares(FORMS, S, [("turnout", 61)], [("turnout", 58)], "the turnout now", "the earlier turnout")
S = "Turnout was just 21.1 pct of registered voters, well below the 30 pct threshold for the result to stand."
shares(
    FORMS,
    S,
    [("turnout percentage", 21.1)],
    [("turnout percentage", 30)],
    "the turnout in pct",
    "the threshold is no turnout",
)
S = "In all, 3,531,732 people, or 91.56 per cent of voters, backed the amendment."
shares(
    FORMS,
    S,
    [("share of voters backing the amendment", 91.56), ("voters backing the amendment", 91.56)],
    [("share of voters backing the amendment", 3531732)],
    "the share (a fractional value counts no whole voters)",
    "a count for a share",
)
S = "The No side won 55.3 per cent of the vote on a turnout of 84.6 per cent."
shares(
    FORMS,
    S,
    [("No vote share", 55.3), ("turnout", 84.6)],
    [("turnout", 55.3)],
    "each share by its noun",
    "the No share is no turnout",
)

S = "Ireland's marriage referendum passed with 62.07 per cent in favour, on a turnout of 60.52 per cent."
shares(
    FORMS,
    S,
    [("share in favour", 62.07), ("turnout", 60.52)],
    [("turnout", 62.07), ("share in favour", 60.52)],
    "each share by its noun",
    "the other share",
)
S = "Leave won 51.89% of the vote, or 17,410,742 ballots, on a turnout of 72.2%."
count(FORMS, S, "votes to leave", 51.89, True, "a value written in %", written="51.89%")
count(FORMS, S, "votes to leave", 17410742, True, "the plain count")
count(FORMS, S, "votes to leave", 51.89, True, "a fractional value: the share")
count(FORMS, S, "share of votes to leave", 17410742, False, "a count for a share")
count(FORMS, S, "turnout", 72.2, True, "the turnout in %", written="72.2%")
count(FORMS, S, "turnout", 51.89, False, "Leave's share is no turnout")

S = "Turnout was 1,240,135, or 39.2 per cent of the electorate, the Referendum Commission said."
count(FORMS, S, "turnout", 1240135, True, "the turnout in voters, restated as a share after ', or'")
S = "The Yes vote was 62.07 per cent, the Referendum Commission said."
shares(
    FORMS,
    S,
    [("Yes vote share", 62.07), ("votes in favour", 62.07)],
    [("votes in favour", 62)],
    "a share of the vote (a fractional value: the share)",
    "a number the sentence does not state",
)

S = "In the 1998 referendum on the Good Friday Agreement, 71 per cent voted yes and 29 per cent voted no."
shares(
    FORMS,
    S,
    [("share who voted yes", 71), ("share who voted no", 29)],
    [("votes in favour", 71), ("votes against", 29)],
    "a share of the vote",
    "a whole number in per cent is no count of votes unless the count says it is a share",
)
S = "Some 52 per cent of Britons voted to leave the European Union in 2016."
count(FORMS, S, "share voting to leave", 52, True, "a share with its qualifier", qualifier="about")
count(
    FORMS,
    S,
    "votes to leave",
    52,
    False,
    "a whole number in per cent is no count of votes",
    qualifier="about",
)
count(FORMS, S, "share voting to leave", 52, False, "'some 52 per cent' is no exact 52")

S = "Labor won office on a 3.7-point two-party swing in May 2022."
shares(
    FORMS,
    S,
    [("two-party swing", 3.7)],
    [("two-party swing", 2022), ("two-party swing", 2)],
    "a swing in points",
    "a year or the 'two' of 'two-party' is no swing",
)

# --- same-noun: which of several numbers with one noun is the field's -------------------------

S = "Voters rejected the abolition of the Seanad by 51.7 per cent to 48.3 per cent."
shares(
    SAME,
    S,
    [("share of votes against abolition", 51.7), ("share of votes in favour of abolition", 48.3)],
    [("share of votes against abolition", 48.3), ("share of votes in favour of abolition", 51.7)],
    "its side of the result",
    "the other side's share",
)
S = "Irish voters approved the repeal of the Eighth Amendment by 66.4% to 33.6%."
shares(
    SAME,
    S,
    [("percent voting yes", 66.4), ("percentage voting no", 33.6)],
    [("percentage voting no", 66.4), ("percentage voting yes", 33.6)],
    "its side of the result",
    "the other side's share",
)
S = "Scots voted down independence by 55.3 percent to 44.7 percent in the 2014 referendum."
shares(
    SAME,
    S,
    [("share of votes against independence", 55.3)],
    [("share of votes against independence", 44.7), ("share of votes in favour", 55.3)],
    "its side of the result",
    "the other side's share",
)
S = "The Coalition took 50.42 per cent of the two-party vote in New South Wales to Labor's 49.58 per cent."
shares(
    SAME,
    S,
    [
        ("Coalition share of the two-party vote", 50.42),
        ("Labor share of the two-party vote", 49.58),
    ],
    [
        ("Coalition share of the two-party vote", 49.58),
        ("Labor share of the two-party vote", 50.42),
    ],
    "the share its owner took",
    "the other party's share",
)
S = "Australians rejected the Voice proposal, with the No side on 60.06 per cent and the Yes side on 39.94 per cent."
shares(
    SAME,
    S,
    [("No side's share", 60.06), ("Yes side's share", 39.94)],
    [("No side's share", 39.94), ("Yes side's share", 60.06)],
    "its side's share",
    "the other side's share",
)
S = "Trump said Vietnamese goods would face a 20 per cent tariff, and 40 per cent on goods shipped through Vietnam from elsewhere."
rate(S, 20, True, "the headline rate", ["Vietnamese goods"])
rate(S, 40, False, "the rate on transshipped goods", ["Vietnamese goods"])
S = "A 20% tariff, and 40% on goods shipped through Vietnam, will apply under the deal announced on Wednesday."
rate(S, 20, True, "the headline rate", [])
rate(S, 40, False, "a rider to the headline rate", [])
rate(S, 40, True, "the rider's own goods", ["goods shipped through Vietnam"])
S = "Vietnamese exports will face a 20 per cent tariff, and 40 per cent if they are transshipped."
rate(S, 20, True, "the headline rate", ["Vietnamese exports"])
rate(S, 40, False, "the rate under a condition", ["Vietnamese exports"])
rate(S, 40, False, "the rate under a condition", [])
S = "The party, which had 90 seats before the election, won 85."
shares(
    SAME,
    S,
    [("seats won", 85), ("seats held before the election", 90)],
    [("seats won", 90), ("seats held before the election", 85)],
    "its own occasion's figure",
    "the other occasion's figure",
)
S = "Fianna Fail won 48 seats, against 38 at the last election, and remains the largest party."
shares(
    SAME,
    S,
    [("seats won", 48), ("seats at the last election", 38)],
    [("seats won", 38)],
    "its own occasion's figure",
    "the figure at the last election",
)
S = "Labor held 77 seats before the vote and now has 94 seats in the new parliament."
shares(SAME, S, [("seats", 94)], [("seats", 77)], "the seats now", "the seats before the vote")
S = "Labour won 411 seats, up from 202 in 2019, on 33.7 per cent of the vote."
shares(
    SAME,
    S,
    [("seats won", 411), ("vote share", 33.7)],
    [("seats won", 202), ("vote share", 411)],
    "its own figure",
    "the 2019 figure or a count for a share",
)

S = "Canadian goods face a 35 per cent tariff, and 10 per cent on energy and potash."
rate(S, 35, True, "the headline rate", ["Canadian goods"])
rate(S, 10, False, "the rate on energy and potash", ["Canadian goods"])
rate(S, 10, True, "the rate on its own goods", ["energy and potash"])
S = "Philippine goods will face a 19 per cent tariff, and 40 per cent if they are found to be transshipped."
rate(S, 19, True, "the headline rate", ["Philippine goods"])
rate(S, 40, False, "the rate under a condition", ["Philippine goods"])

S = "Kazakh voters backed building the country's first nuclear plant with 71.12 per cent to 28.88 per cent against."
shares(
    SAME,
    S,
    [("share of votes in favour", 71.12), ("share of votes against", 28.88)],
    [("share of votes in favour", 28.88), ("share of votes against", 71.12)],
    "its side of the result",
    "the other side's share",
)

S = "Turnout was 64.1 per cent, and 66.4 per cent of those who voted backed repeal."
shares(
    SAME,
    S,
    [("turnout", 64.1), ("share backing repeal", 66.4)],
    [("turnout", 66.4), ("share backing repeal", 64.1)],
    "each share by its own words",
    "the other share of the sentence",
)
S = "With turnout at 59.7 per cent, Labour won 33.7 per cent of the vote."
shares(
    SAME,
    S,
    [("turnout", 59.7), ("Labour vote share", 33.7)],
    [("turnout", 33.7), ("Labour vote share", 59.7)],
    "each share by its own words",
    "the other share of the sentence",
)
S = "A 3.66 per cent swing to Labor gave it 52.13 per cent of the two-party vote."
shares(
    SAME,
    S,
    [("swing to Labor", 3.66), ("Labor share of the two-party vote", 52.13)],
    [("swing to Labor", 52.13), ("Labor share of the two-party vote", 3.66)],
    "each share by its own words",
    "the other share of the sentence",
)
S = "The Coalition's primary vote fell 5.7 per cent to 35.7 per cent."
shares(
    SAME,
    S,
    [("Coalition primary vote share", 35.7), ("swing against the Coalition", 5.7)],
    [("Coalition primary vote share", 5.7)],
    "the share now, and the change for a swing",
    "the size of the change is no share",
)
S = "Turnout reached 64.1 per cent, compared with 60.5 per cent at the 2015 marriage referendum."
shares(
    SAME,
    S,
    [("turnout", 64.1)],
    [("turnout", 60.5)],
    "the turnout now",
    "the earlier turnout it is compared with",
)
S = "Yes won 65.91 per cent, No 33.73 per cent, in the euthanasia referendum."
shares(
    SAME,
    S,
    [("Yes share", 65.91)],
    [("share of votes against", 65.91), ("share of votes in favour", 33.73)],
    "the Yes side's share",
    "the other side's share",
)
S = "Britain voted to leave the European Union by 52 per cent to 48 per cent."
shares(
    SAME,
    S,
    [("share voting to leave", 52)],
    [("share voting to leave", 48)],
    "the option the vote chose comes first",
    "the other option's share",
)

S = "Washington raised the tariff on Chinese goods 20 per cent to 145 per cent in April."
rate(S, 145, True, "the rate after the change", ["Chinese goods"])
rate(S, 20, False, "the size of the change, not the rate", ["Chinese goods"])
S = "Tariffs on Chinese goods rose 20 per cent to 145 per cent in April."
rate(S, 145, True, "the rate after the change", [])
rate(S, 20, False, "the size of the change, not the rate", [])
S = "Before the election the Coalition held 55 seats; it now has 43 seats."
shares(
    SAME,
    S,
    [("seats", 43), ("seats held before the election", 55)],
    [("seats", 55)],
    "its own occasion's figure",
    "the figure before the election",
)

S = "Parliament approved duties of 10% to 25% on Chinese steel after a vote on Tuesday."
rate(S, 25, True, "the upper end of a range of rates, not a vote's shares", [], "up_to")
rate(S, 25, False, "a range's end is no exact rate", [])

# --- tally-owner: a score's body, a threshold ----------------------------------------------------

S = "The measure is the Senate's companion to a House bill that passed 419-3 last week."
for what, value, expect, why in [
    ("House votes in favour", 419, True, "the House bill's tally"),
    ("votes against in the House", 3, True, "the House bill's tally"),
    ("Senate votes in favour", 419, False, "the House's tally, not the Senate's"),
    ("Senate votes against", 3, False, "the House's tally, not the Senate's"),
]:
    bill_count(OWNER, S, what, value, expect, why)
S = "Senator Cantwell's committee took up the Senate counterpart of a House measure that cleared 352-65 in March."
for what, value, expect, why in [
    ("House votes in favour", 352, True, "the House measure's tally"),
    ("House votes against", 65, True, "the House measure's tally"),
    ("Senate votes in favour", 352, False, "the House's tally, not the Senate's"),
    ("Senate votes against", 65, False, "the House's tally, not the Senate's"),
]:
    bill_count(OWNER, S, what, value, expect, why)
S = "The House will now take up the Senate's stablecoin bill, which passed 68-30 in June."
for what, value, expect, why in [
    ("Senate votes in favour", 68, True, "the Senate bill's tally"),
    ("House votes in favour", 68, False, "the Senate's tally, not the House's"),
    ("House votes against", 30, False, "the Senate's tally, not the House's"),
]:
    bill_count(OWNER, S, what, value, expect, why)
S = "Labor is projected to hold 77 seats, one more than the 76 it needs to govern alone."
shares(
    OWNER,
    S,
    [("seats needed to govern alone", 76), ("seats", 77), ("seats required for a majority", 76)],
    [("seats", 76), ("seats won", 76)],
    "its own number",
    "the threshold is no seats won",
)
S = "Labour's 411 seats are far beyond the 326 it needs for a Commons majority."
shares(
    OWNER,
    S,
    [("seats needed for a majority", 326), ("seats won", 411)],
    [("seats won", 326)],
    "its own number",
    "the threshold is no seats won",
)
S = "The Liberals won 169 seats, three short of the 172 required for a majority in the Commons."
shares(
    OWNER,
    S,
    [("seats won", 169), ("seats required to win a majority", 172)],
    [("seats won", 172), ("seats required to win a majority", 169)],
    "its own number",
    "the other number",
)
S = "Senators debated the Senate bill that passed 64-35 on Monday, after a House measure that passed 263-156 in January."
for what, value, expect, why in [
    ("Senate votes in favour", 64, True, "the Senate bill's tally"),
    ("Senate votes in favour", 263, False, "the House's tally, not the Senate's"),
]:
    bill_count(OWNER, S, what, value, expect, why)

S = "Peers began debating the Commons bill that passed its third reading by 320 votes to 276 in January."
for what, value, expect, why in [
    ("Commons votes in favour", 320, True, "the Commons bill's tally"),
    ("Commons votes against", 276, True, "the Commons bill's tally"),
    ("Lords votes in favour", 320, False, "the Commons' tally, not the Lords'"),
    ("Lords votes against", 276, False, "the Commons' tally, not the Lords'"),
]:
    bill_count(OWNER, S, what, value, expect, why)
S = "The Senate takes up a House bill that passed 263-156 on Tuesday."
for what, value, expect, why in [
    ("House votes in favour", 263, True, "the House bill's tally"),
    ("Senate votes in favour", 263, False, "the House's tally, not the Senate's"),
]:
    bill_count(OWNER, S, what, value, expect, why)

S = "The House approved the sanctions bill, which passed 419-3 after a short debate."
for what, value, expect, why in [
    ("House votes in favour", 419, True, "no chamber qualifies the bill: the main clause's House"),
    ("Senate votes in favour", 419, False, "the House's tally, not the Senate's"),
]:
    bill_count(OWNER, S, what, value, expect, why)

# Review rvD: a share's side told by its own verb of voting, a share's noun no cue by itself,
# a sentence's first word as the subject of a verb of winning.
S = "Italians backed cutting the size of parliament, with 69.64 per cent voting yes and 30.36 per cent no."
shares(
    SAME,
    S,
    [("share voting yes", 69.64)],
    [("share voting no", 69.64)],
    "the share that voted yes",
    "the Yes side's share is no share voting no",
)
S = "In Colombia's 2016 plebiscite, 49.78 per cent voted yes and 50.21 per cent voted no."
shares(
    SAME,
    S,
    [("share voting yes", 49.78)],
    [("share voting yes", 50.21), ("share voting no", 49.78)],
    "the share that voted yes",
    "the other side's share",
)
S = "Just 40.89 per cent of voters backed Renzi's reform, while the opposition's share reached 59.11 per cent."
shares(
    SAME,
    S,
    [("share backing the reform", 40.89)],
    [("share backing the reform", 59.11)],
    "the share that backed the reform",
    "the share's noun alone ('the opposition's share') is no share backing the reform",
)
S = "National won 38.1 per cent of the party vote and Labour 26.9 per cent."
shares(
    SAME,
    S,
    [("National party vote share", 38.1), ("Labour party vote share", 26.9)],
    [("Labour party vote share", 38.1)],
    "each party's own share",
    "a sentence's first word winning is that party's share, not Labour's",
)
S = "Fine Gael won 20.8 per cent of first preferences and Sinn Fein 19 per cent."
shares(
    SAME,
    S,
    [("Fine Gael first-preference share", 20.8)],
    [("Sinn Fein first-preference share", 20.8)],
    "the party's own share",
    "the first word's share is not Sinn Fein's",
)
S = "The motion passed with 60 per cent voting in favour and 40 per cent against."
shares(
    SAME,
    S,
    [("share voting in favour", 60), ("share voting against", 40)],
    [("share voting no", 60), ("share voting in favour", 40)],
    "its side, told by its own verb of voting",
    "the other side's share",
)
S = "Reform UK won 14.3 per cent of the vote, and the Greens 6.7 per cent."
shares(
    SAME,
    S,
    [("Reform UK vote share", 14.3), ("Green vote share", 6.7)],
    [("Green vote share", 14.3)],
    "each party's own share",
    "a party named with a country's word ('Reform UK') holds its share, not the Greens",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
