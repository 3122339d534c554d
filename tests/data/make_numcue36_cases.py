# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 36's share holders (``grounding_numcue36.jsonl``): value-support
cases for a count that is a share, which English gives to its owner through the clause: the
owner is the subject, a verb of having or taking joins it to the number, and the whole the
share is of follows "of" (``summarizer/verification/figures/share_holders.py``):

- ``share-holder``: "Anglo's investors will own about 62.4% of the group", "Roads and bridges
  get 40% of the money", "School staff made up about 90 per cent of the march", "The region
  accounts for over 70% of output", with auxiliaries, hedges and the subject's noun phrase
  between the owner's words and the number, in British and American styles. Refused: another
  owner's share in the same sentence, a changed qualifier, a share after a verb of change,
  a number the sentence does not state, a share a subject other than the count's holds;
- ``vote-tally``: a vote's score with no vote word beside it, given by a tally noun and a
  copula ("The final tally stood at 51-49", "The split on the bench was 6-3"), by a motion's
  fate ("squeaked through 216-214", "went down 44-56") or as a vote to do something ("12-9 to
  send the bill to the floor"). Refused: the other side of the score (and the larger number
  of a defeat written larger first is the votes against), a number not stated, a changed
  qualifier, a pair with a noun after it (a range, no score);
- ``threshold``: a count of what a vote or a motion needs, given by a threshold noun ("The
  hurdle for an override stood at 290", "the council's threshold of 25 signatures", "The
  quorum was 12") or by what would have sufficed ("A simple majority, 326, would have
  sufficed", "35 would have been enough"). Refused: the votes or signatures won, the margin
  over the threshold ("22 more than the threshold of 290"), a number not stated.

Run ``python tests/data/make_numcue36_cases.py`` to rebuild it. The texts are written for this
set (mergers, budgets, elections, trade, sport, farming), in new words; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numcue36.jsonl")

built = SupportCases(
    "nc36",
    leads=[
        "CARDIFF (Severn Wire) -",
        "By Odette Marlow | The Wensum Courier",
        "BUSINESS DESK | The Ouse Ledger",
        "From our Lisbon bureau, The Tagus Review.",
        "DENVER, High Plains Post -",
        "Economy desk, The Kestrel Times.",
    ],
)
HOLDER, TALLY, NEED = "share-holder", "vote-tally", "threshold"
PUBLISHED = "2025-11-12"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- share-holder: the subject of the share's clause owns it --------------------------------

S = "Once the merger completes, Harrow's shareholders will hold roughly 58% of the combined company and Fenwick's roughly 42%."
counts(HOLDER, [S], [("Harrow shareholders' stake, per cent", 58, ABOUT)],
       [("Harrow shareholders' stake, per cent", 42, ABOUT), ("Harrow shareholders' stake, per cent", 58, MORE)])  # fmt: skip
S = "Schools and hospitals receive 45 per cent of the extra money, the Treasury said on Tuesday."
counts(HOLDER, [S], [("share for schools and hospitals, per cent", 45, EXACT)],
       [("share for schools and hospitals, per cent", 54, EXACT)])  # fmt: skip
S = "Dairy farmers accounted for nearly 30 percent of the emergency grants paid out in October."
counts(HOLDER, [S], [("dairy farmers' share, percent", 30, ABOUT)],
       [("dairy farmers' share, percent", 30, MORE), ("dairy farmers' share, percent", 3, EXACT)])  # fmt: skip
S = "Nurses and midwives made up about 64 per cent of the crowd outside the Senedd, organisers said."
counts(HOLDER, [S], [("nurses and midwives, share in per cent", 64, ABOUT)],
       [("nurses and midwives, share in per cent", 46, ABOUT)])  # fmt: skip
S = "The Green Alliance now controls 23% of the seats in the regional assembly."
counts(HOLDER, [S], [("Green Alliance share, percent", 23, EXACT)],
       [("Green Alliance share, percent", 23, LEAST)])  # fmt: skip
S = "Chinese refiners took just over 35 per cent of the island's nickel exports last year."
counts(HOLDER, [S], [("Chinese refiners' share, per cent", 35, MORE)],
       [("Chinese refiners' share, per cent", 53, MORE)])  # fmt: skip
S = "Under the deal, the pension fund would own 19.5 percent of the airport, while the city keeps 51 percent."
counts(HOLDER, [S], [("pension fund's stake, percent", 19.5, EXACT), ("city's stake, percent", 51, EXACT)],
       [("pension fund's stake, percent", 51, EXACT), ("city's stake, percent", 19.5, EXACT)])  # fmt: skip
S = "Small businesses together represent about 52% of private-sector jobs in the county, the council's report found."
counts(HOLDER, [S], [("small businesses' share, percent", 52, ABOUT)],
       [("small businesses' share, percent", 25, ABOUT)])  # fmt: skip
S = "Imports from Brazil captured 41 per cent of the beef market in the first half, up from a third a year before."
counts(HOLDER, [S], [("imports from Brazil, share in per cent", 41, EXACT)],
       [("imports from Brazil, share in per cent", 14, EXACT)])  # fmt: skip
S = "In the final tally the Liberal ticket received 47.3% of first-preference ballots, and the independents 11.2%."
counts(HOLDER, [S], [("Liberal ticket share, percent", 47.3, EXACT)],
       [("Liberal ticket share, percent", 11.2, EXACT)])  # fmt: skip
S = "Rail freight has already claimed 18 percent of the corridor's container traffic, the port authority says."
counts(HOLDER, [S], [("rail freight's share, percent", 18, EXACT)],
       [("rail freight's share, percent", 81, EXACT)])  # fmt: skip
S = "Pensioner households hold almost 40 per cent of the country's savings deposits, according to the central bank."
counts(HOLDER, [S], [("pensioner households, share in per cent", 40, ABOUT)],
       [("pensioner households, share in per cent", 40, EXACT)])  # fmt: skip
S = "Visiting fans got 10% of the tickets for Saturday's derby, and the home club sold the rest to members."
counts(HOLDER, [S], [("visiting fans' share, percent", 10, EXACT)],
       [("visiting fans' share, percent", 100, EXACT)])  # fmt: skip
S = "The two state-owned banks still command roughly 70 per cent of mortgage lending."
counts(HOLDER, [S], [("state-owned banks' share, per cent", 70, ABOUT)],
       [("state-owned banks' share, per cent", 70, UPTO)])  # fmt: skip


# --- vote-tally: a score a tally noun, a motion's fate or a vote to do something gives -------

S = "After a night of arm-twisting, the final tally stood at 51-49, with the vice-president not needed."
counts(TALLY, [S], [("votes in favour", 51, EXACT), ("votes against", 49, EXACT)],
       [("votes in favour", 49, EXACT), ("votes against", 51, EXACT)])  # fmt: skip
S = "The split on the appeals bench was 6-3, and the majority opinion ran to 40 pages."
counts(TALLY, [S], [("judges in favor", 6, EXACT)],
       [("judges in favor", 3, EXACT), ("judges in favor", 6, MORE)])  # fmt: skip
S = "The result, read out just before midnight, was 212-198."
counts(TALLY, [S], [("yes votes", 212, EXACT), ("no votes", 198, EXACT)],
       [("yes votes", 198, EXACT), ("no votes", 212, EXACT)])  # fmt: skip
S = "Councillors' housing plan squeaked through 26-24 on Thursday evening."
counts(TALLY, [S], [("councillors in favour", 26, EXACT)],
       [("councillors in favour", 24, EXACT)])  # fmt: skip
S = "The opposition's own budget amendment went down 44-56 an hour later."
counts(TALLY, [S], [("votes for the amendment", 44, EXACT), ("votes against the amendment", 56, EXACT)],
       [("votes for the amendment", 56, EXACT), ("votes against the amendment", 44, EXACT)])  # fmt: skip
S = "The rival motion then went down 61-39, its sponsors conceding defeat."
counts(TALLY, [S], [("votes against the rival motion", 61, EXACT)],
       [("votes for the rival motion", 61, EXACT)])  # fmt: skip
S = "In committee, the measure sailed through 11-2 after Tuesday's hearing."
counts(TALLY, [S], [("committee votes in favor", 11, EXACT)],
       [("committee votes in favor", 2, EXACT), ("committee votes in favor", 12, EXACT)])  # fmt: skip
S = "Wednesday: 12-9 to send the bill to the floor, with two Republicans crossing over."
counts(TALLY, [S], [("votes in favor", 12, EXACT)],
       [("votes in favor", 9, EXACT)])  # fmt: skip
S = "The outcome was a clear 9-0, the first unanimous ruling of the term."
counts(TALLY, [S], [("justices in favour", 9, EXACT)],
       [("justices in favour", 0, EXACT)])  # fmt: skip
S = "The count of birds on the estuary was 300-400 this winter, the survey said."
counts(TALLY, [S], [],
       [("votes in favour", 300, EXACT), ("votes against", 400, EXACT)])  # fmt: skip


# --- threshold: a count of what is needed, by a threshold noun or "would have sufficed" -----

S = "The hurdle for an override stood at 290, and the vote fell well short of it with 271."
counts(NEED, [S], [("votes needed for an override", 290, EXACT)],
       [("votes needed for an override", 271, EXACT)])  # fmt: skip
S = "A simple majority, 326, would have sufficed; the government mustered 352."
counts(NEED, [S], [("votes needed", 326, EXACT)],
       [("votes needed", 352, EXACT)])  # fmt: skip
S = "The bar for impeachment was 200 votes, and 204 lawmakers backed the motion."
counts(NEED, [S], [("votes required to impeach", 200, EXACT)],
       [("votes required to impeach", 204, EXACT)])  # fmt: skip
S = "The council's threshold of 25 signatures was met within a day, and 61 residents signed in all."
counts(NEED, [S], [("signatures needed", 25, EXACT)],
       [("signatures needed", 61, EXACT)])  # fmt: skip
S = "The quorum was 12 members, and only nine turned up on Monday night."
counts(NEED, [S], [("members required", 12, EXACT)],
       [("members required", 9, EXACT)])  # fmt: skip
S = "The motion won 312 votes, 22 more than the threshold of 290 set by the constitution."
counts(NEED, [S], [],
       [("votes needed", 22, EXACT), ("votes needed", 312, EXACT)])  # fmt: skip
S = "Under the rulebook the minimum was 40 nominations, and the challenger gathered 57."
counts(NEED, [S], [("nominations required", 40, EXACT)],
       [("nominations required", 57, EXACT)])  # fmt: skip
S = "The speaker set the threshold at 151 votes, a bare majority of the chamber."
counts(NEED, [S], [("votes needed", 151, EXACT)],
       [("votes needed", 150, EXACT), ("votes needed", 151, MORE)])  # fmt: skip
S = "The assembly approved the budget with 88 votes when 61 would have sufficed."
counts(NEED, [S], [("votes needed", 61, EXACT)],
       [("votes needed", 88, EXACT)])  # fmt: skip
S = "For the recall to go ahead, 1,800 would be enough; campaigners say they hold 2,350 signatures."
counts(NEED, [S], [("signatures needed for the recall", 1800, EXACT)],
       [("signatures needed for the recall", 2350, EXACT)])  # fmt: skip
S = "The hurdle is now 45 votes after two seats fell vacant, down from 46."
counts(NEED, [S], [("votes needed", 45, EXACT)],
       [("votes needed", 44, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
