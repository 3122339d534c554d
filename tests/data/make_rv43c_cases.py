# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 43's new count rules (``grounding_rv43c.jsonl``, review
rv43c of gcn43a and gcn43c), cases written by the reviewer in new words, at the edges of

- ``shares``: a share's owner (gcn43a, figures/share_holders and counts/count_shares): an
  aside set against the subject ("not", "unlike", "rather than", "including", "whose")
  against an aside whose "not" denies something else ("not named in the filing but
  understood to be Orla Capital"); a pronoun or common-noun subject that means the count's
  owner, with a later clause giving a share to another holder whose name holds the count's
  word ("while Harlow's pension scheme keeps 10%"); "end up with";
- ``tallies``: a passed score's "against" (a passage of another measure in the sentence), a
  match's score after its result's verb against a range after "lost" ("lost 30-40 of its
  season-ticket holders"), a bar noun's "of" and a minimum's noun stated by a copula against a
  minimum that is itself the measure ("The minimum temperature was 4 degrees"), "than" with a
  mark before its number ("more than, by their own count, 2,000");
- ``times``: a count at an earlier time of its own unit (gcn43c, role_contrasts) against an
  earlier time that dates something else in the value's phrase ("as storms in the previous
  week kept offices shut"); an expected figure against the reported one, against a verb of
  looking ahead whose object is the outcome ("The model predicted 41 of the 50 states
  correctly"); who makes a forecast (count_subjects) against a verb of estimating whose subject
  measures, not owns, the count ("Police estimate 30,000 people joined the Corbyn rally").

Run ``python tests/data/make_rv43c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv43c.jsonl")

built = SupportCases(
    "rv43c",
    leads=[
        "By Ailsa Grieve | The Tayside Bulletin",
        "HOUSTON (Gulf Coast Wire) -",
        "BUSINESS DESK | The Severn Chronicle",
        "Sports desk, The Fenland Post.",
        "From our Washington bureau, The Potomac Ledger.",
    ],
)
SHARES, TALLIES, TIMES = "shares", "tallies", "times"
PUBLISHED = "2026-03-11"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)

# --- shares: whose share a number is ------------------------------------------------------

S = "Harlow Energy said on Tuesday it would hold 60% of the Dunmore wind farm, while Harlow's pension scheme keeps a further 10%."
counts(SHARES, [S], [("Harlow Energy stake in the Dunmore wind farm, percent", 60, EXACT)],
       [("Harlow Energy stake in the Dunmore wind farm, percent", 10, EXACT)])  # fmt: skip
S1 = "Tavistock Mining has agreed to buy into the Kora copper mine in Zambia."
S2 = "The group will hold 70% of the mine, with Tavistock's founding family keeping a separate 5% stake."
counts(SHARES, [S1, S2], [("Tavistock Mining stake in the Kora mine, percent", 70, EXACT)],
       [("Tavistock Mining stake in the Kora mine, percent", 5, EXACT)])  # fmt: skip
S = "The buyer, not named in the filing but understood to be Orla Capital, will take 35% of the brewer."
counts(SHARES, [S], [("Orla Capital stake in the brewer, percent", 35, EXACT)],
       [("Orla Capital stake in the brewer, percent", 53, EXACT)])  # fmt: skip
S = "The insurer, not Halden Bank, will own 40% of the new lender, the filing showed."
counts(SHARES, [S], [("insurer's stake in the new lender, percent", 40, EXACT)],
       [("Halden Bank stake in the new lender, percent", 40, EXACT)])  # fmt: skip
S = "Minority holders, including the Brandt family, will own 12% after the listing."
counts(SHARES, [S], [("minority holders' stake after the listing, percent", 12, EXACT)],
       [("Brandt family stake after the listing, percent", 12, EXACT)])  # fmt: skip
S = "Halden, whose parent Corvo owns 70% of it, will hold 20% of the joint venture."
counts(SHARES, [S], [("Halden stake in the joint venture, percent", 20, EXACT)],
       [("Corvo stake in the joint venture, percent", 20, EXACT)])  # fmt: skip
S = "Labour took 41.2 per cent against the Conservatives' 30.5 per cent."
counts(SHARES, [S], [("Labour vote share, percent", 41.2, EXACT)],
       [("Conservative vote share, percent", 41.2, EXACT)])  # fmt: skip
S = "The state will keep 51% and Vantor Holdings 49%, with the founders' remaining shares bought out."
counts(SHARES, [S], [("Vantor Holdings stake, percent", 49, EXACT)], [("Vantor Holdings stake, percent", 51, EXACT)])  # fmt: skip
S = "Shareholders of Pellam will end up with 58% of the combined group and those of Rusk with 42%."
counts(SHARES, [S], [("Pellam shareholders' stake in the combined group, percent", 58, EXACT)],
       [("Pellam shareholders' stake in the combined group, percent", 42, EXACT), ("Rusk shareholders' stake in the combined group, percent", 58, EXACT)])  # fmt: skip
S = "Brennan, unlike rival bidder Solas, will retain 15% of the port operator."
counts(SHARES, [S], [("Brennan stake in the port operator, percent", 15, EXACT)], [("Solas stake in the port operator, percent", 15, EXACT)])  # fmt: skip
S = "The consortium, including Solas, will take 64% of the harbour company."
counts(SHARES, [S], [("consortium stake in the harbour company, percent", 64, EXACT)], [("Solas stake in the harbour company, percent", 64, EXACT)])  # fmt: skip
S = "The Treasury, rather than the central bank, will hold 25% of the bad-debt agency."
counts(SHARES, [S], [("Treasury stake in the bad-debt agency, percent", 25, EXACT)], [("central bank stake in the bad-debt agency, percent", 25, EXACT)])  # fmt: skip
S = "Vessel Group said it would own 55% of the terminal, with Vessel's Dutch partner Kaap keeping 45%."
counts(SHARES, [S], [("Vessel Group stake in the terminal, percent", 55, EXACT)], [("Vessel Group stake in the terminal, percent", 45, EXACT)])  # fmt: skip
S = "Nordvik said it retained 18% of the lender after the sale, while Nordvik's chief executive holds 2%."
counts(SHARES, [S], [("Nordvik stake in the lender after the sale, percent", 18, EXACT)], [("Nordvik stake in the lender after the sale, percent", 2, EXACT)])  # fmt: skip

# --- tallies: scores, bars and comparisons ----------------------------------------------------

S = "After the Senate passed the budget on Tuesday, senators voted 58-41 against an amendment to cut farm subsidies."
counts(TALLIES, [S], [("votes against the farm subsidy amendment", 58, EXACT)],
       [("votes for the farm subsidy amendment", 58, EXACT)])  # fmt: skip
S = "The bill passed 62-30 against the wishes of the party leadership."
counts(TALLIES, [S], [("votes for the bill", 62, EXACT), ("votes against the bill", 30, EXACT)], [("votes against the bill", 62, EXACT)])  # fmt: skip
S = "Leicester lost at home to Bath 17-31 on Saturday."
counts(TALLIES, [S], [("Leicester points", 17, EXACT)], [("Leicester points", 31, EXACT)])  # fmt: skip
S = "The club lost 30-40 of its season-ticket holders after the price rise, the supporters' trust said."
counts(TALLIES, [S], [("season-ticket holders lost", 40, UPTO)], [("season-ticket holders lost", 30, EXACT)])  # fmt: skip
S = "Needing a quorum of 9 councillors, the meeting went ahead with 11 present."
counts(TALLIES, [S], [("councillors present", 11, EXACT)], [("councillors present", 9, EXACT)])  # fmt: skip
S = "The minimum temperature was 4 degrees Celsius overnight in Aberdeen, the Met Office said."
counts(TALLIES, [S], [("overnight low temperature in Aberdeen, degrees Celsius", 4, EXACT)],
       [("overnight low temperature in Aberdeen, degrees Celsius", 14, EXACT)])  # fmt: skip
S = "The minimum wage is $15 an hour in the city, and the average worker earns $24."
counts(TALLIES, [S], [("lowest legal hourly wage in the city, dollars", 15, EXACT)],
       [("average hourly earnings, dollars", 15, EXACT)])  # fmt: skip
S = "The minimum sentence handed down was 18 months, the longest was six years."
counts(TALLIES, [S], [("shortest sentence handed down, months", 18, EXACT)], [("shortest sentence handed down, months", 6, EXACT)])  # fmt: skip
S = "The minimum age for the scheme is 16, and 340 teenagers signed up in its first week."
counts(TALLIES, [S], [("teenagers who signed up in the first week", 340, EXACT)], [("teenagers who signed up in the first week", 16, EXACT)])  # fmt: skip
S = "Police said more than, by their own count, 2,000 people marched through the city centre."
counts(TALLIES, [S], [("marchers", 2000, MORE)], [("marchers", 2000, EXACT)])  # fmt: skip
S = "Apart from the goalkeeper, all 10 outfield players were under 23."
counts(TALLIES, [S], [("outfield players under 23", 10, EXACT)], [("outfield players under 23", 11, EXACT)])  # fmt: skip
S = "Other than the two founders, all 14 staff will move to the Leeds office."
counts(TALLIES, [S], [("staff moving to Leeds", 14, EXACT)], [("staff moving to Leeds", 16, EXACT)])  # fmt: skip
S = "The measure faced a hurdle of 60 votes in the Senate and got 52."
counts(TALLIES, [S], [("Senate votes for the measure", 52, EXACT)], [("Senate votes for the measure", 60, EXACT)])  # fmt: skip
S = "Denver beat Kansas City 27-20 as the quarterback threw for 310 yards."
counts(TALLIES, [S], [("Kansas City points", 20, EXACT)], [("Kansas City points", 27, EXACT)])  # fmt: skip
S = "The club's rules set a quorum of 15 members for its annual meeting."
counts(TALLIES, [S], [("members needed for a quorum", 15, EXACT)], [("members present at the annual meeting", 15, EXACT)])  # fmt: skip

# --- times: earlier times, expected figures, forecasters -----------------------------------

S = "In the week to Saturday, jobless claims jumped to 248,000 as storms in the previous week kept offices shut, against 219,000 a week earlier."
counts(TIMES, [S], [("jobless claims in the week to Saturday", 248000, EXACT)], [("jobless claims in the week to Saturday", 219000, EXACT)])  # fmt: skip
S = "Claims totalled 212,000 in the week to Saturday, compared with 231,000 in the previous week."
counts(TIMES, [S], [("claims in the week to Saturday", 212000, EXACT)], [("claims in the week to Saturday", 231000, EXACT)])  # fmt: skip
S = "Lorne Foods expects revenue of £2.1 billion next year, but its shares fell 4% on the news."
counts(TIMES, [S], [("Lorne Foods revenue guidance for next year, pounds", 2.1e9, EXACT)],
       [("Lorne Foods revenue guidance for next year, pounds", 1.2e9, EXACT)])  # fmt: skip
S = "Analysts had expected revenue of $2.1 billion; the retailer reported $1.9 billion."
counts(TIMES, [S], [("retailer revenue, dollars", 1.9e9, EXACT)], [("retailer revenue, dollars", 2.1e9, EXACT)])  # fmt: skip
S = "Police estimate 30,000 people joined the Corbyn rally in Manchester on Sunday."
counts(TIMES, [S], [("people at the Corbyn rally", 30000, EXACT)], [("people at the Corbyn rally", 3000, EXACT)])  # fmt: skip
S = "Kestrel Bank forecasts 2.1% growth next year; economists at Marlow Capital forecast 1.6%."
counts(TIMES, [S], [("Kestrel Bank growth forecast for next year, percent", 2.1, EXACT)],
       [("Kestrel Bank growth forecast for next year, percent", 1.6, EXACT), ("Marlow Capital growth forecast for next year, percent", 2.1, EXACT)])  # fmt: skip
S = "Organisers expect 45,000 fans at Glastonbury this year, while 38,000 attended in 2019."
counts(TIMES, [S], [("expected fans at Glastonbury this year", 45000, EXACT)],
       [("expected fans at Glastonbury this year", 38000, EXACT)])  # fmt: skip
S = "The model predicted 41 of the 50 states correctly, while rival forecasts called 38."
counts(TIMES, [S], [("states called correctly by the model", 41, EXACT)], [("states called correctly by the model", 38, EXACT)])  # fmt: skip
S = "Ministers expect 12,000 new homes to be finished this year; 9,400 were completed last year."
counts(TIMES, [S], [("new homes completed last year", 9400, EXACT)],
       [("new homes completed last year", 12000, EXACT)])  # fmt: skip
S = "Ryland sold 1,640 homes in the quarter, compared with 1,410 in the same quarter a year earlier."
counts(TIMES, [S], [("homes sold by Ryland in the quarter", 1640, EXACT)], [("homes sold by Ryland in the quarter", 1410, EXACT)])  # fmt: skip
S = "The fund returned 7.2% in the year to March; the previous year it lost 3%."
counts(TIMES, [S], [("fund return in the year to March, percent", 7.2, EXACT)], [("fund return in the year to March, percent", 3, EXACT)])  # fmt: skip
S = "Reform predicts 120 seats at the next election, while Labour won 411 in 2024."
counts(TIMES, [S], [("seats won by Labour in 2024", 411, EXACT), ("seats Reform predicts for itself", 120, EXACT)],
       [("seats won by Reform", 120, EXACT)])  # fmt: skip
S = "Fieldworkers estimate 340 red squirrels live on Brownsea Island, up from 200 a decade ago."
counts(TIMES, [S], [("red squirrels on Brownsea Island", 340, EXACT)], [("red squirrels on Brownsea Island", 200, EXACT)])  # fmt: skip
S = "Police estimate 2,000 Hibs fans travelled to Glasgow for the final."
counts(TIMES, [S], [("Hibs fans who travelled to Glasgow", 2000, EXACT)], [("Hibs fans who travelled to Glasgow", 20000, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
