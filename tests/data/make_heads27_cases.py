# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 59 and 60's counts bound to their heads by form (ct27,
``grounding_heads27.jsonl``): value-support cases by category, each with what must pass and
what must fail:

- ``bound-head``: a count's number read through the word it is bound to by form - the noun
  after it ("3,000 troops"), a partitive's noun ("14 of the plant's cascades", "Forty-one of
  the 54 delegates voted in favour"), the verb after a bare number ("nine abstained", also past
  a dash-list of names: "four - Kenya, Uganda, Burundi and South Sudan - voted against"), the
  verb before one with no noun ("is limited to 1,200") - matched to the count's words by stem
  ("abstained" for "abstentions", "voted" for "voting", "limited" for "ceiling"). Refused: the
  number of another count in the sentence (the abstentions for the votes against, the whole
  for a part, a part for the total), a year, a resolution's number, a rate;
- ``zero-side``: "none against", "no abstentions", "No country voted against" state a count of
  0 of that side of a vote; not of another side ("votes in favour" 0), and not the number of
  another side in the sentence.

Run ``python tests/data/make_heads27_cases.py`` to rebuild it. The votes and deployments are
invented or loosely modelled on real ones, the sentences written for this set; each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from count_sets import bound_counts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_heads27.jsonl")

built = SupportCases(
    "h27",
    leads=[
        "ADDIS ABABA (Highland Wire) -",
        "By Ines Carvalho | The Southern Cone Ledger",
        "COUNCIL NOTEBOOK | The Lakeside Gazette",
        "From our Vienna correspondent, The Danube Review.",
        "DHAKA, Delta Standard -",
        "Q&A | Explainer desk, The Northern Courier",
    ],
)
HEAD, ZERO = "bound-head", "zero-side"
PUBLISHED = "2025-10-08"


def counts(
    category: str, sentence: str, passes: list[tuple[str, float]], fails: list[tuple[str, float]]
) -> None:
    """One sentence's counts on this set's page (:func:`count_sets.bound_counts`)."""
    bound_counts(built, PUBLISHED, category, sentence, passes, fails)


# --- bound-head: the noun after, a partitive's noun, the verb after a bare number -----------

counts(HEAD, "At the regional assembly in Arusha, forty-one of the 54 delegates voted in favour, nine abstained and four - Kenya, Uganda, Burundi and South Sudan - voted against.",
       [("delegates voting in favour", 41), ("abstentions", 9), ("delegates voting against", 4)],
       [("delegates voting in favour", 54), ("abstentions", 4), ("delegates voting against", 9), ("delegates voting in favour", 9)])  # fmt: skip
counts(HEAD, "Seventeen of the 21 judges ruled that the detention was unlawful; three dissented and one recused himself.",
       [("judges ruling the detention unlawful", 17), ("judges dissenting", 3)],
       [("judges ruling the detention unlawful", 21), ("judges dissenting", 1), ("judges dissenting", 17)])  # fmt: skip
counts(HEAD, "Inspectors sealed 14 of the plant's centrifuge cascades and removed 40 surveillance cameras, the agency said.",
       [("centrifuge cascades sealed", 14), ("surveillance cameras removed", 40)],
       [("centrifuge cascades sealed", 40), ("surveillance cameras removed", 14)])  # fmt: skip
counts(HEAD, "The observer mission's size is limited to 1,200, of whom 1,000 are military observers and 200 civilian staff.",
       [("mission ceiling", 1200)],
       [("mission ceiling", 1000), ("military observers", 1200), ("civilian staff", 1000)])  # fmt: skip
counts(HEAD, "Two members - Norway and Ireland - objected to the wording, while 25 signed it.",
       [("members objecting", 2), ("members signing", 25)],
       [("members objecting", 25)])  # fmt: skip
counts(HEAD, "Twelve senators broke ranks to back the nominee; 46 Democrats opposed her confirmation.",
       [("senators backing the nominee", 12), ("Democrats opposing the confirmation", 46)],
       [("senators backing the nominee", 46), ("Democrats opposing the confirmation", 12)])  # fmt: skip
counts(HEAD, "Since 2019, 48 of the 60 regional councils have adopted the charter.",
       [("councils adopting the charter", 48)],
       [("councils adopting the charter", 2019), ("councils adopting the charter", 60)])  # fmt: skip
counts(HEAD, "Resolution 2719 passed with 13 votes, and Algeria and Guyana abstained.",
       [("votes in favour", 13)],
       [("votes in favour", 2719), ("abstentions", 13)])  # fmt: skip
counts(HEAD, "Eight countries abstained and 31 approved the draft.",
       [("abstentions", 8), ("countries approving the draft", 31)],
       [("abstentions", 31), ("countries approving the draft", 8)])  # fmt: skip
counts(HEAD, "The contingent is limited to 4,100: 3,900 gendarmes and 200 civilian advisers.",
       [("force ceiling", 4100), ("gendarmes", 3900)],
       [("force ceiling", 3900), ("civilian advisers", 4100), ("gendarmes", 4100)])  # fmt: skip
counts(HEAD, "Customs officers boarded 19 of the tankers and detained 62 crew members, the ministry said.",
       [("tankers boarded", 19), ("crew members detained", 62)],
       [("tankers boarded", 62), ("crew members detained", 19)])  # fmt: skip
counts(HEAD, "Around 40 per cent of the 300 observers stayed, and 12 were expelled.",
       [("observers expelled", 12)],
       [("observers expelled", 40)])  # fmt: skip

counts(HEAD, "Nine of the 15 members did not vote for the draft, and six abstained.",
       [("abstentions", 6)],
       [("members voting for the draft", 9), ("abstentions", 9), ("abstentions", 15)])  # fmt: skip
counts(HEAD, "Twenty of the 40 observers may be withdrawn next month, the mission said.",
       [],
       [("observers withdrawn", 20), ("observers withdrawn", 40)])  # fmt: skip
counts(HEAD, "Activists staged 14 protests on Sunday; police said 2,000 people took part.",
       [("people taking part", 2000)],
       [("people protesting", 14), ("people taking part", 14)])  # fmt: skip
counts(HEAD, "Nine senators - all of them Republicans - voted against the bill, which 51 supported.",
       [("senators voting against", 9)],
       [("senators voting against", 51), ("senators supporting the bill", 9)])  # fmt: skip
counts(HEAD, "The quota is capped at 650 a year, twice the 2019 level of 325.",
       [("annual quota cap", 650)],
       [("annual quota cap", 325), ("annual quota cap", 2019)])  # fmt: skip

# the verb of a partitive's clause past an aside set off by commas ("X, based in Y, to N of")
counts(HEAD, "Investigators tied the firm, registered in Cyprus in 2019, to 11 of the 40 seized tankers.",
       [("tankers tied to the firm", 11)],
       [("tankers tied to the firm", 40), ("tankers tied to the firm", 2019)])  # fmt: skip
counts(HEAD, "Prosecutors linked the network, led by two brothers, to 23 of the shell companies.",
       [("shell companies linked to the network", 23)],
       [("shell companies linked to the network", 2)])  # fmt: skip
counts(HEAD, "The ministry traced the shipments, which left from Odesa, to four of the ports named in the report.",
       [("ports the shipments were traced to", 4)],
       [])  # fmt: skip
counts(HEAD, "Auditors could not link the charity, founded in 2015, to 12 of the accounts.",
       [],
       [("accounts linked to the charity", 12), ("accounts linked to the charity", 2015)])  # fmt: skip


# --- zero-side: "none against", "no abstentions" ------------------------------------------

counts(ZERO, "The amendment was adopted with 15 votes in favour and none against.",
       [("votes against", 0), ("votes in favour", 15)],
       [("votes in favour", 0)])  # fmt: skip
counts(ZERO, "Thirty-two members backed the plan, none opposed it and four abstained.",
       [("members opposing", 0)],
       [("abstentions", 0), ("members opposing", 4)])  # fmt: skip
counts(ZERO, "The board approved the merger with nine in favour, none against and no abstentions.",
       [("votes against", 0), ("abstentions", 0)],
       [("votes in favour", 0)])  # fmt: skip
counts(ZERO, "No country voted against the resolution; 12 voted for it and three abstained.",
       [("countries voting against", 0)],
       [("countries voting for", 0), ("countries voting against", 3)])  # fmt: skip
counts(ZERO, "There were no votes against and two abstentions when the council renewed the mandate.",
       [("votes against", 0)],
       [("abstentions", 0)])  # fmt: skip
counts(ZERO, "None of the ministers was absent, and all 27 voted in favour.",
       [("ministers absent", 0)],
       [("ministers voting against", 0)])  # fmt: skip
counts(ZERO, "Parliament passed the bill with 301 votes in favour, none against and 12 abstentions.",
       [("votes against", 0)],
       [("abstentions", 0), ("votes in favour", 0)])  # fmt: skip
counts(ZERO, "Nobody on the committee opposed the nomination, which 14 members endorsed.",
       [("committee members opposing", 0)],
       [("committee members endorsing", 0)])  # fmt: skip
counts(ZERO, "The motion carried 58 to 3 with no abstentions, the clerk announced.",
       [("abstentions", 0)],
       [("votes against", 0)])  # fmt: skip
counts(ZERO, "Members approved the budget with 30 votes; nobody voted against, though two abstained.",
       [("votes against", 0), ("abstentions", 2)],
       [("abstentions", 0), ("votes against", 2), ("votes in favour", 0)])  # fmt: skip
counts(HEAD, "Of the 193 members, 141 voted in favour, 5 against and 35 abstained.",
       [("countries voting in favour", 141), ("abstentions", 35)],
       [("abstentions", 5), ("countries voting against", 35), ("countries voting in favour", 193)])  # fmt: skip
counts(HEAD, "The peacekeeping force, whose size is capped at 12,000, has only 9,500 troops on the ground.",
       [("force cap", 12000)],
       [("force cap", 9500), ("troops deployed", 12000)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
