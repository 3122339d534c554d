# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 33's event counts (``grounding_counts33.jsonl``): value-support
cases for an event's count the count rules refused although the page states it (outside
checks 64 to 73), by category, each with what must pass and what must fail:

- ``occasion-tally``: a count is another occasion's only when its own clause is marked as
  earlier and another sentence states the story's own tally: a number near a word of the
  count's own (not "figures" or "count" alone, not "Three days after ..."), or a percent for a
  count in percent. A "had" after the number of another subject ("the 3.1% that economists had
  expected") marks nothing, and a clause that states the count's ``as_of`` ("The toll had
  stood at 27 on Tuesday evening") is that occasion's. Refused: an earlier tally ("The toll had
  stood at 21 on Monday" beside the story's 26), a preliminary or advisory vote's, an exit
  poll's share beside the result's;
- ``whole-vote``: a count of a whole vote ("votes cast", "votes in the Riksdag", "members
  who voted", "upper house votes") is the body's size after "of the", "among the", "N of M" or
  "N of its M", owned by no party. Refused: a side's count (for a person, in favour, needed)
  given the body's size;
- ``beaten-side``: in a contest between people, the object of a verb of beating is the loser
  ("Berg beat Holm in the runoff by 204 to 171": 171 Holm's), the name after "went to" the
  winner ("went to Ruiz by 233 votes to 190"). Refused: each candidate given the other's number;
- ``change-share``: a count of a change in percent ("revenue growth, per cent", "share price
  rise") is read by the change's word beside its percent ("up 18%", "a 27% increase", "41%
  more", "gained more than 5%", "is off 0.4%", "adding 9%"), of the count's direction and, in a
  sentence of two changes, of the count's subject. Refused: the other direction, another
  subject's change, a changed qualifier, a number that is no change.

Run ``python tests/data/make_counts33_cases.py`` to rebuild it. The texts are written for this
set in the shapes of the checks' reports (floods and fires, payrolls and prices, parliaments'
votes, earnings and markets), in new words, with fictional outlets, people and companies; each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_counts33.jsonl")

built = SupportCases(
    "c33",
    leads=[
        "VALENCIA (Iberian Wire) -",
        "By Tomas Aldridge | The Northern Ledger",
        "MARKETS DESK | The Harbour Gazette",
        "From our Stockholm bureau, The Baltic Review.",
        "OSAKA, Pacific Courier -",
        "Politics desk, The Lowland Times.",
    ],
)
OCCASION, WHOLE, BEATEN, CHANGE = "occasion-tally", "whole-vote", "beaten-side", "change-share"
PUBLISHED = "2025-10-15"
EXACT, MORE, ABOUT, NEARLY = "exact", "more_than", "about", "nearly"

counts = partial(built.count_cases, published=PUBLISHED)


dated = partial(built.dated_counts, published=PUBLISHED)


# --- occasion-tally: an earlier clause needs the story's own tally beside it ---------------

counts(OCCASION, ["Four days after the dam gave way, the figures coming out of the valley are bleak, and far from final.", "By Tuesday the confirmed death toll had reached 61."],
       [("confirmed deaths", 61, EXACT)], [("confirmed deaths", 4, EXACT)])  # fmt: skip
counts(OCCASION, ["The unemployment rate rose to 5.2% in May, above the 5.0% that analysts had expected.", "Youth unemployment climbed to 13.1%."],
       [("unemployment rate, per cent", 5.2, EXACT)], [("unemployment rate, per cent", 5.0, EXACT)])  # fmt: skip
counts(OCCASION, ["Ortega, a former harbour pilot from Vigo, admitted 14 offences last month, days before his trial was due to open.", "The pleas, for the record: six counts of fraud and eight of false accounting."],
       [("offences admitted", 14, EXACT)], [("offences admitted", 6, EXACT)])  # fmt: skip
counts(OCCASION, ["Speaker Hale read out the figures: 301 members against the government, 214 for it, 12 abstentions.", "The government needed 326 votes to survive and fell well short, the outcome its critics had predicted."],
       [("votes needed", 326, EXACT)], [("votes needed", 301, EXACT)])  # fmt: skip
counts(OCCASION, ["Each region votes as a bloc, and three did not back the reform.", "Saxony's four votes had been in doubt, because the coalition partners in Dresden had resisted the plan."],
       [("Saxony's votes", 4, EXACT)], [])  # fmt: skip
counts(OCCASION, ["The May payroll report showed a gain of 212,000 jobs, well above the 150,000 that forecasters had expected.", "Factories added just 9,000."],
       [("jobs added", 212000, EXACT)], [("jobs added", 150000, EXACT)])  # fmt: skip
counts(OCCASION, ["The storm has lingered over the coast for four days, and the figures keep climbing.", "By Sunday night the count of homes destroyed had reached 1,340."],
       [("homes destroyed", 1340, EXACT)], [("homes destroyed", 4, EXACT)])  # fmt: skip
counts(OCCASION, ["Annual inflation was 2.7% in August, the same pace as in July and short of the 2.9% that economists had pencilled in.", "Core inflation slipped to 3.0%."],
       [("annual inflation, per cent", 2.7, EXACT)], [("annual inflation, per cent", 2.9, EXACT)])  # fmt: skip
dated(OCCASION, ["Thirty-one people are now known to have died in the floods, the regional governor said on Thursday.", "The toll had stood at 27 on Tuesday evening, when nine deaths were recorded in the port."],
      "Tuesday evening", [("people died", 27, EXACT), ("deaths recorded in the port", 9, EXACT)], [])  # fmt: skip
dated(OCCASION, ["Forty people are now confirmed dead after the mudslide, the mayor said on Monday.", "The toll had stood at 33 on Saturday morning."],
      "Saturday morning", [("people confirmed dead", 33, EXACT)], [])  # fmt: skip
counts(OCCASION, ["Twenty-six people are now known to have died in the fires, the coroner said on Wednesday.", "The toll had stood at 21 on Monday."],
       [("people died", 26, EXACT)], [("people died", 21, EXACT)])  # fmt: skip
counts(OCCASION, ["Twenty-four people are now known to have died in the floods, the governor said on Monday.", "The toll had stood at 17 on Saturday, when six deaths were recorded in the port."],
       [], [("people died", 17, EXACT), ("deaths recorded in the port", 6, EXACT)])  # fmt: skip
counts(OCCASION, ["Lawmakers approved the bill on Thursday by 61 votes to 38.", "In an earlier procedural vote, 55 senators had backed it."],
       [], [("votes in favour", 55, EXACT)])  # fmt: skip
counts(OCCASION, ["The confirmed death toll rose to 88 on Friday, the civil protection agency said.", "A week earlier, 52 deaths had been recorded."],
       [("confirmed deaths", 88, EXACT)], [("confirmed deaths", 52, EXACT)])  # fmt: skip
counts(OCCASION, ["With all ballots counted, the former mayor had 50.8% of the votes cast.", "Her rival, Dusan Novak, finished on 44.6%.", "In the broadcasters' joint exit survey, Novak stood at 41.2%."],
       [], [("Novak share of the vote, per cent", 41.2, EXACT)])  # fmt: skip
counts(OCCASION, ["Thirty-four people have been confirmed dead after the landslide, officials said on Saturday.", "The previous tally, issued on Thursday, stood at 19."],
       [], [("people confirmed dead", 19, EXACT)])  # fmt: skip


# --- whole-vote: a count of the whole vote is the body's size ---------------------------------

S = "Marta Lind, leader of the Social Democratic Party, won 188 of the 349 votes in the Riksdag."
counts(WHOLE, [S], [("votes cast", 349, EXACT), ("votes in the Riksdag", 349, EXACT)],
       [("votes for Lind", 349, EXACT), ("votes in favour", 349, EXACT)])  # fmt: skip
S = "The motion carried 402 to 108 among the 510 members who voted."
counts(WHOLE, [S], [("members who voted", 510, EXACT)],
       [("votes in favour", 510, EXACT), ("votes against", 510, EXACT)])  # fmt: skip
S = "He took 151 of 290 votes in the runoff."
counts(WHOLE, [S], [("votes", 290, EXACT), ("votes cast in the runoff", 290, EXACT)],
       [("votes in favour", 290, EXACT), ("votes he won", 290, EXACT)])  # fmt: skip
S = "Kowalski won 276 of the 460 votes in the Sejm on the first ballot."
counts(WHOLE, [S], [("Sejm votes", 460, EXACT)],
       [("votes for Kowalski", 460, EXACT)])  # fmt: skip
S = "In the upper house she took 125 of 246 votes."
counts(WHOLE, [S], [("upper house votes", 246, EXACT)],
       [("upper house votes in favour", 246, EXACT)])  # fmt: skip
S = "The council needs 30 of its 45 votes to adopt the budget."
counts(WHOLE, [S], [("council votes", 45, EXACT)],
       [("votes in favour", 45, EXACT)])  # fmt: skip
S = "Among the 720 deputies voting, 470 backed the motion."
counts(WHOLE, [S], [("deputies voting", 720, EXACT)],
       [("deputies backing the motion", 720, EXACT)])  # fmt: skip
S = "The nominee was confirmed 52-47, with all 100 senators voting."
counts(WHOLE, [S], [("senators voting", 100, EXACT)],
       [("senators voting in favour", 100, EXACT)])  # fmt: skip


# --- beaten-side: the object of a verb of beating is the loser ------------------------------

S = "Anna Berg beat Tomas Holm in the party's runoff vote by 204 to 171."
counts(BEATEN, [S], [("votes for Holm", 171, EXACT), ("votes for Berg", 204, EXACT)],
       [("votes for Holm", 204, EXACT), ("votes for Berg", 171, EXACT)])  # fmt: skip
S = "On the first ballot she led Okafor 123 to 44."
counts(BEATEN, [S], [("first-ballot votes for Okafor", 44, EXACT)],
       [("first-ballot votes for Okafor", 123, EXACT)])  # fmt: skip
S = "The second round went to Ruiz by 233 votes to 190."
counts(BEATEN, [S], [("votes for Ruiz", 233, EXACT), ("votes for Ortega", 190, EXACT)],
       [("votes for Ruiz", 190, EXACT), ("votes for Ortega", 233, EXACT)])  # fmt: skip
S = "Mr Sato defeated Ms Ueda by 310 votes to 152 in the party vote."
counts(BEATEN, [S], [("votes for Ueda", 152, EXACT), ("votes for Sato", 310, EXACT)],
       [("votes for Ueda", 310, EXACT), ("votes for Sato", 152, EXACT)])  # fmt: skip
S = "In the lower house runoff, Ishida beat Kono by 221 to 160."
counts(BEATEN, [S], [("votes for Kono", 160, EXACT)],
       [("votes for Kono", 221, EXACT)])  # fmt: skip
S = "The chairmanship went to Dahl by 14 votes to 9."
counts(BEATEN, [S], [("votes for Dahl", 14, EXACT)],
       [("votes for Dahl", 9, EXACT)])  # fmt: skip
S = "Ward edged Price 51-49 in the caucus ballot."
counts(BEATEN, [S], [("votes for Price", 49, EXACT)],
       [("votes for Price", 51, EXACT)])  # fmt: skip


# --- change-share: a change in percent read by its own word ----------------------------------

S = "Halvor Systems reported quarterly revenue of $12.4 billion, up 18% from a year earlier."
counts(CHANGE, [S], [("revenue growth, per cent", 18, EXACT)],
       [("revenue growth, per cent", 28, EXACT), ("fall in revenue, per cent", 18, EXACT)])  # fmt: skip
S = "In Oslo the stock was up about 6% by midday."
counts(CHANGE, [S], [("share price rise, per cent", 6, ABOUT)],
       [("share price fall, per cent", 6, ABOUT), ("share price rise, per cent", 6, EXACT)])  # fmt: skip
S = "Net profit came to $2.1 billion, a 27% increase on the same quarter last year."
counts(CHANGE, [S], [("net profit growth, per cent", 27, EXACT)],
       [("net profit fall, per cent", 27, EXACT)])  # fmt: skip
S = "The cloud unit brought in $8.3 billion, 41% more than a year before."
counts(CHANGE, [S], [("cloud unit growth, per cent", 41, EXACT)], [])  # fmt: skip
S = "In late trading the shares gained more than 5%."
counts(CHANGE, [S], [("share price rise, per cent", 5, MORE)],
       [("share price rise, per cent", 5, EXACT), ("share price fall, per cent", 5, MORE)])  # fmt: skip
S = "Sales in the first half fell 3.2% to 18.4 billion crowns."
counts(CHANGE, [S], [("fall in first-half sales, per cent", 3.2, EXACT)],
       [("rise in first-half sales, per cent", 3.2, EXACT)])  # fmt: skip
S = "The index is off 0.4% in early dealing."
counts(CHANGE, [S], [("index change, per cent", 0.4, EXACT)], [])  # fmt: skip
S = "The rand has also firmed, nearly 6% stronger against the dollar than a year ago."
counts(CHANGE, [S], [("rand gain, per cent", 6, NEARLY)],
       [("rand gain, per cent", 6, MORE)])  # fmt: skip
S = "Brenner raised its bid for Kessel on Monday, adding 9% to lift the price to 41 euros a share."
counts(CHANGE, [S], [("increase in offer, per cent", 9, EXACT)],
       [("increase in offer, per cent", 41, EXACT)])  # fmt: skip
S = "Applications reached 1,204 in the first week, 38 percent more than before."
counts(CHANGE, [S], [("rise in applications, percent", 38, EXACT)],
       [("fall in applications, percent", 38, EXACT)])  # fmt: skip
S = "Revenue rose 10% and operating profit jumped 25% in the quarter."
counts(CHANGE, [S], [("revenue growth, per cent", 10, EXACT), ("operating profit growth, per cent", 25, EXACT)],
       [("revenue growth, per cent", 25, EXACT), ("operating profit growth, per cent", 10, EXACT)])  # fmt: skip
S = "Sales fell 2.1% to 9.9 billion, but organic growth reached 4.4%, beating the 3.9% analysts had forecast."
counts(CHANGE, [S], [("fall in sales, per cent", 2.1, EXACT)],
       [("fall in sales, per cent", 4.4, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
