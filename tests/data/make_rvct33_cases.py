# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rvct33 of counts33 (``grounding_rvct33.jsonl``): value-support
cases for an event's count in the shapes counts33 read, and just outside them, by category,
each with what must pass and what must fail:

- ``earlier-figure``: a count's later figure beside its earlier one in the same or another
  sentence ("rose to 40 from 24", "had stood at 24 on Sunday", "up from 190"): the story's
  own tally passes, the earlier figure is refused;
- ``vote-absent``: a vote with abstentions and absentees ("312 to 201 with 14 abstentions in
  the 650-seat chamber"): each side's count passes, the body's size is no count of votes
  cast, and neither side takes the other's or the abstainers' number;
- ``loser-first``: a score written loser first ("Holm lost to Berg 171 to 204", "Berg's 204
  to Holm's 171", "was beaten by", "trailed"): each candidate's own number passes, the other's
  is refused;
- ``two-changes``: two subjects' changes in one sentence ("sales rose 5% while profit fell
  3%"), percentage points against per cent, "down 2% from a year earlier" against "down to
  2%": the count's own change passes, the other subject's, the other direction's, a level's
  and a change in points given as per cent are refused.

Run ``python tests/data/make_rvct33_cases.py`` to rebuild it. Every text is written for this
set, with fictional outlets, people and companies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvct33.jsonl")

built = SupportCases(
    "r33c",
    leads=[
        "LISBON (Atlantic Dispatch) -",
        "By Irene Falk | The Upland Courier",
        "BUSINESS DESK | The Riverside Journal",
        "From our Oslo bureau, The Fjord Review.",
    ],
)
EARLIER, ABSENT, LOSER, CHANGES = "earlier-figure", "vote-absent", "loser-first", "two-changes"
PUBLISHED = "2025-11-20"
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)


dated = partial(built.dated_counts, published=PUBLISHED)


# --- earlier-figure: the story's tally beside an earlier figure of the same count ----------

counts(EARLIER, ["The death toll from the floods rose to 40 on Wednesday from 24 a day earlier, the interior ministry said."],
       [("people killed", 40, EXACT)], [("people killed", 24, EXACT)])  # fmt: skip
counts(EARLIER, ["Forty-two people have now died in the blaze, officials said on Friday.", "The toll had stood at 24 on Thursday."],
       [("people died", 42, EXACT)], [("people died", 24, EXACT)])  # fmt: skip
counts(EARLIER, ["Unemployment rose to 6.1% in March from 5.8% in February, the statistics office said."],
       [("unemployment rate, per cent", 6.1, EXACT)], [("unemployment rate, per cent", 5.8, EXACT)])  # fmt: skip
counts(EARLIER, ["Police said 312 people had been arrested by Sunday night, up from 190 on Saturday."],
       [("people arrested", 312, EXACT)], [("people arrested", 190, EXACT)])  # fmt: skip
counts(EARLIER, ["The number of confirmed cholera cases climbed to 1,150, from 870 last week, the health ministry said."],
       [("confirmed cholera cases", 1150, EXACT)], [("confirmed cholera cases", 870, EXACT)])  # fmt: skip
counts(EARLIER, ["Seventeen miners are now known to have died, up from an initial count of 11."],
       [("miners died", 17, EXACT)], [("miners died", 11, EXACT)])  # fmt: skip
counts(EARLIER, ["The toll had stood at 24 on Sunday evening, before rescuers reached the flooded village.", "By Monday it was 39 dead."],
       [("people dead", 39, EXACT)], [("people dead", 24, EXACT)])  # fmt: skip
dated(EARLIER, ["The toll had stood at 24 on Sunday evening, before rescuers reached the flooded village.", "By Monday it was 39 dead."],
      "Sunday evening", [("people dead", 24, EXACT)], [("people dead", 39, EXACT)])  # fmt: skip
counts(EARLIER, ["Annual inflation slowed to 3.4% in June, down from 4.1% in May."],
       [("annual inflation, per cent", 3.4, EXACT)], [("annual inflation, per cent", 4.1, EXACT)])  # fmt: skip
counts(EARLIER, ["Turnout reached 67.2%, up from 61.9% at the last election in 2021."],
       [("turnout, per cent", 67.2, EXACT)], [("turnout, per cent", 61.9, EXACT)])  # fmt: skip
counts(EARLIER, ["The number of people displaced has risen to 12,500, the UN said, having stood at 8,000 a week ago."],
       [("people displaced", 12500, EXACT)], [("people displaced", 8000, EXACT)])  # fmt: skip
counts(EARLIER, ["Rescuers had pulled 64 survivors from the rubble by Tuesday.", "On Wednesday the number of survivors found reached 71."],
       [("survivors found", 71, EXACT)], [("survivors found", 64, EXACT)])  # fmt: skip


# --- vote-absent: sides, abstentions, absentees and the body's size -------------------------

counts(ABSENT, ["The motion passed 312 to 201 with 14 abstentions in the 650-seat chamber."],
       [("votes in favour", 312, EXACT), ("votes against", 201, EXACT), ("abstentions", 14, EXACT)],
       [("votes cast", 650, EXACT), ("votes in favour", 201, EXACT)])  # fmt: skip
counts(ABSENT, ["Of the 349 members of the Riksdag, 174 voted for the budget, 160 against, and 15 were absent."],
       [("votes in favour", 174, EXACT), ("votes against", 160, EXACT), ("members absent", 15, EXACT), ("members of the Riksdag", 349, EXACT)],
       [("votes cast", 349, EXACT), ("votes in favour", 160, EXACT)])  # fmt: skip
counts(ABSENT, ["The council approved the plan by 9 votes to 4, with two members abstaining and one absent."],
       [("votes in favour", 9, EXACT), ("members abstaining", 2, EXACT)],
       [("votes against", 2, EXACT), ("members abstaining", 1, EXACT)])  # fmt: skip
counts(ABSENT, ["Some 287 of the 300 deputies took part in the vote, and 151 backed the bill."],
       [("votes in favour", 151, EXACT)],
       [("deputies who voted", 300, EXACT), ("votes in favour", 287, EXACT)])  # fmt: skip
counts(ABSENT, ["The resolution was adopted with 143 votes in favour, 5 against and 35 abstentions, out of 193 member states."],
       [("votes in favour", 143, EXACT), ("abstentions", 35, EXACT), ("member states", 193, EXACT)],
       [("votes against", 35, EXACT), ("votes in favour", 193, EXACT)])  # fmt: skip
counts(ABSENT, ["Senators voted 52-47 to confirm her, with one senator not voting."],
       [("votes in favour", 52, EXACT)],
       [("votes in favour", 47, EXACT), ("senators not voting", 47, EXACT)])  # fmt: skip
counts(ABSENT, ["A total of 598 votes were cast, and the bill won 330 of them."],
       [("votes cast", 598, EXACT)], [("votes cast", 330, EXACT)])  # fmt: skip
counts(ABSENT, ["In the 120-seat Knesset, 61 members backed the motion and 52 opposed it, while seven did not vote."],
       [("votes in favour", 61, EXACT), ("votes against", 52, EXACT)],
       [("members who voted", 120, EXACT), ("votes against", 61, EXACT)])  # fmt: skip


# --- loser-first: each candidate's own number, whichever comes first ------------------------

counts(LOSER, ["Holm lost to Berg in the runoff, 171 votes to 204."],
       [("votes for Berg", 204, EXACT), ("votes for Holm", 171, EXACT)],
       [("votes for Berg", 171, EXACT), ("votes for Holm", 204, EXACT)])  # fmt: skip
counts(LOSER, ["Berg's 204 to Holm's 171 settled the leadership contest."],
       [("votes for Berg", 204, EXACT), ("votes for Holm", 171, EXACT)],
       [("votes for Berg", 171, EXACT), ("votes for Holm", 204, EXACT)])  # fmt: skip
counts(LOSER, ["Holm was beaten by Berg, 204 votes to 171, in the second round."],
       [("votes for Berg", 204, EXACT), ("votes for Holm", 171, EXACT)],
       [("votes for Berg", 171, EXACT), ("votes for Holm", 204, EXACT)])  # fmt: skip
counts(LOSER, ["In the final round of the party ballot, Ruiz trailed Ortega 88 to 112."],
       [("votes for Ruiz", 88, EXACT), ("votes for Ortega", 112, EXACT)],
       [("votes for Ruiz", 112, EXACT), ("votes for Ortega", 88, EXACT)])  # fmt: skip
counts(LOSER, ["Okafor edged past Mensah by 150 votes to 147 in the party ballot."],
       [("votes for Okafor", 150, EXACT), ("votes for Mensah", 147, EXACT)],
       [("votes for Okafor", 147, EXACT), ("votes for Mensah", 150, EXACT)])  # fmt: skip
counts(LOSER, ["The vote went against Sato, who took 160 votes to Tanaka's 221."],
       [("votes for Sato", 160, EXACT), ("votes for Tanaka", 221, EXACT)],
       [("votes for Sato", 221, EXACT), ("votes for Tanaka", 160, EXACT)])  # fmt: skip
counts(LOSER, ["Lund was defeated 160-221 by Aker in the chairmanship vote."],
       [("votes for Lund", 160, EXACT), ("votes for Aker", 221, EXACT)],
       [("votes for Lund", 221, EXACT), ("votes for Aker", 160, EXACT)])  # fmt: skip


# --- two-changes: the count's own change among others ---------------------------------------

counts(CHANGES, ["Sales rose 5% while profit fell 3% in the quarter."],
       [("sales growth, per cent", 5, EXACT), ("fall in profit, per cent", 3, EXACT)],
       [("sales growth, per cent", 3, EXACT), ("profit growth, per cent", 3, EXACT), ("fall in profit, per cent", 5, EXACT)])  # fmt: skip
counts(CHANGES, ["Operating profit fell 3% while revenue rose 5%."],
       [("revenue growth, per cent", 5, EXACT), ("fall in operating profit, per cent", 3, EXACT)],
       [("revenue growth, per cent", 3, EXACT), ("fall in operating profit, per cent", 5, EXACT)])  # fmt: skip
counts(CHANGES, ["The company's operating margin rose 2.5 percentage points to 18%."],
       [("rise in operating margin, percentage points", 2.5, EXACT)],
       [("rise in operating margin, per cent", 2.5, EXACT), ("rise in operating margin, per cent", 18, EXACT)])  # fmt: skip
counts(CHANGES, ["The unemployment rate fell 0.3 percentage points to 4.1%."],
       [("unemployment rate, per cent", 4.1, EXACT), ("fall in unemployment rate, percentage points", 0.3, EXACT)],
       [("fall in unemployment rate, per cent", 0.3, EXACT)])  # fmt: skip
counts(CHANGES, ["Exports were down 2% from a year earlier."],
       [("fall in exports, per cent", 2, EXACT)], [("rise in exports, per cent", 2, EXACT)])  # fmt: skip
counts(CHANGES, ["The jobless rate was down to 2% in March."],
       [("jobless rate, per cent", 2, EXACT)], [("fall in jobless rate, per cent", 2, EXACT)])  # fmt: skip
counts(CHANGES, ["Imports rose 4.5% and exports 2.1%."],
       [("import growth, per cent", 4.5, EXACT), ("export growth, per cent", 2.1, EXACT)],
       [("import growth, per cent", 2.1, EXACT)])  # fmt: skip
counts(CHANGES, ["Revenue grew 8% to $4.2 billion, while net income declined 12%."],
       [("revenue growth, per cent", 8, EXACT), ("decline in net income, per cent", 12, EXACT)],
       [("revenue growth, per cent", 12, EXACT), ("decline in net income, per cent", 8, EXACT)])  # fmt: skip
counts(CHANGES, ["Home prices were up 3% on the year but down 1% on the month."],
       [("annual rise in home prices, per cent", 3, EXACT), ("monthly fall in home prices, per cent", 1, EXACT)],
       [("annual rise in home prices, per cent", 1, EXACT), ("monthly fall in home prices, per cent", 3, EXACT)])  # fmt: skip
counts(CHANGES, ["The pound rose 0.4% against the dollar but fell 0.2% against the euro."],
       [("pound's rise against the dollar, per cent", 0.4, EXACT)],
       [("pound's rise against the dollar, per cent", 0.2, EXACT)])  # fmt: skip
counts(CHANGES, ["Net profit rose to 12% of sales, from 9% a year before."],
       [], [("net profit growth, per cent", 12, EXACT)])  # fmt: skip
counts(CHANGES, ["Output fell by 2% in the second quarter after rising 1% in the first."],
       [("fall in output, per cent", 2, EXACT)], [("fall in output, per cent", 1, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
