# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 66 and 67's counts (``grounding_counts30.jsonl``): value-support
cases for a count whose number stands apart from its words or has a sign for its word, by
category, each with what must pass and what must fail:

- ``noun-part``: a partitive's part counts the whole's noun too ("The ruling alliance now
  holds 212 of the 400 seats" is 212 seats held by the alliance; "she collected 301 of the 577
  votes" is 301 votes for her, the name given where the sentence has a pronoun; "Twelve of the
  miners died in the collapse" is 12 died in the collapse). The whole's number given as the
  part, a count of the whole's own phrase or place ("seats in parliament"), a count another
  name in the sentence owns ("against 48 for Mr Bello"), a deed the sentence does not say
  ("passengers rescued") and another part's deed ("and three in a second shaft") are refused;
- ``currency-sign``: a currency sign is its currency's word ("$350 million" is 350 million
  dollars, "A$12 million", "US$48 million", "NZ$3 million" dollars too, "\u00a3" pounds, "\u20ac" euros,
  "\u00a5" yen); another currency's sign is not ("\u00a34 million" is no dollars), and the sign does
  not make another amount of the sentence the count's (the whole of "US$48 million of the
  US$150 million it seeks", another verb's amount);
- ``candidate-score``: a count of votes for a named candidate in a score between candidates
  ("Okonjo won the run-off by 212 votes to 188": 188 are the other candidate's, not a "no"
  side) or after "against N for <name>" ("against 122 for Toth" is Toth's, not votes
  against); the winner's number is not the other's, nor the other's the winner's, and a
  measure's score keeps its yes-first reading ("votes for the bill").
- ``body-size``: a body's size as a modifier counts its seats and its members alike ("the
  630-member Bundestag" has 630 seats, "the 120-seat Knesset" 120 members); a party's seats
  are not the body's size, nor a score's number the body's seats.

Run ``python tests/data/make_counts30_cases.py`` to rebuild it. The facts are written for this
set in the shapes of the checks' reports (parliament seat tallies, leadership votes, disaster
tolls, aid releases and pledges), in new words; each verdict is what a careful fact-checker
reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_counts30.jsonl")

built = SupportCases(
    "c30",
    leads=[
        "LAGOS (Savanna Wire) -",
        "By Ingrid Solheim | The Fjord Gazette",
        "ELECTION DESK | The Pampas Herald",
        "From our Wellington correspondent, The Tasman Review.",
        "OTTAWA, Maple Ledger -",
        "Relief desk, The Monsoon Times.",
    ],
)
PART, SIGN, SCORE, SIZE = "noun-part", "currency-sign", "candidate-score", "body-size"
PUBLISHED = "2025-10-06"
EXACT, MORE, ABOUT, LEAST, NEARLY = "exact", "more_than", "about", "at_least", "nearly"


# Each count case of the set, dated to the set's one published day.
counts = partial(built.count_cases, published=PUBLISHED)


# --- noun-part: "N of the M <noun>" counts the noun --------------------------------------

S = "The ruling alliance now holds 212 of the 400 seats in parliament, official results showed on Monday."
counts(PART, [S], [("seats held by the ruling alliance", 212, EXACT)],
       [("seats held by the ruling alliance", 400, EXACT), ("seats in parliament", 212, EXACT)])  # fmt: skip
S = "Ms Okafor took 61 of the 109 votes cast by delegates, against 48 for Mr Bello."
counts(PART, [S], [("votes for Okafor", 61, EXACT)],
       [("votes for Okafor", 109, EXACT), ("votes for Bello", 61, EXACT)])  # fmt: skip
S = "In the assembly she collected 301 of the 577 votes on Tuesday, against 240 for Marc Roux."
counts(PART, [S], [("assembly votes for Duval", 301, EXACT)],
       [("assembly votes for Roux", 301, EXACT)])  # fmt: skip
S = "About 40 of the nearly 300 passengers aboard the ferry, which capsized off Zanzibar, cannot be accounted for, the port authority said."
counts(PART, [S], [("passengers unaccounted for", 40, ABOUT)],
       [("passengers rescued", 40, ABOUT), ("passengers aboard the ferry", 40, ABOUT)])  # fmt: skip
S = "It takes 76 of the 150 seats to command a majority, so the Greens fell four short."
counts(PART, [S], [("seats needed for a majority", 76, EXACT)],
       [("seats needed for a majority", 150, EXACT), ("seats won by the Greens", 76, EXACT)])  # fmt: skip
S = "Twelve of the miners died in the collapse at the Kolwezi pit and three in a second shaft."
counts(PART, [S], [("died in the collapse", 12, EXACT)],
       [("died in a second shaft", 12, EXACT), ("injured in the collapse", 12, EXACT)])  # fmt: skip
S = "The opposition bloc won 54 of the 90 contested seats, results released on Friday showed."
counts(PART, [S], [("seats won by the opposition bloc", 54, EXACT)],
       [("seats won by the ruling party", 54, EXACT)])  # fmt: skip
S = "In the run-off he secured 19 of the 27 member states' votes, diplomats said."
counts(PART, [S], [("member states' votes for Costa", 19, EXACT)],
       [("member states' votes for Costa", 27, EXACT)])  # fmt: skip
S = "Fourteen of the patients perished in the blaze at the hospital's intensive care unit."
counts(PART, [S], [("perished in the hospital blaze", 14, EXACT)],
       [("injured in the hospital blaze", 14, EXACT)])  # fmt: skip
S = "Labour controls 19 of the 32 councils in England after Thursday's vote."
counts(PART, [S], [("councils held by Labour", 19, EXACT)],
       [("councils held by the Conservatives", 19, EXACT), ("councils in England", 19, EXACT)])  # fmt: skip
S = "The Liberal Democrats, who campaigned on health care, gained 31 of the 57 seats they targeted."
counts(PART, [S], [("seats gained by the Liberal Democrats", 31, EXACT)],
       [("seats gained by the Conservatives", 31, EXACT), ("seats gained by the Liberal Democrats", 57, EXACT)])  # fmt: skip
S = "Police said 18 of the roughly 60 hikers stranded on the ridge were airlifted out by nightfall."
counts(PART, [S], [("hikers airlifted out", 18, EXACT)],
       [("hikers stranded on the ridge", 18, EXACT), ("hikers airlifted out", 60, ABOUT)])  # fmt: skip

S = "Crews hauled 14 of the 20 trapped miners out alive overnight, and the rest died underground."
counts(PART, [S], [("miners hauled out alive", 14, EXACT)],
       [("miners who died", 14, EXACT), ("trapped miners", 14, EXACT)])  # fmt: skip

S = "Roughly 30 of the nearly 400 pilgrims lodging at Mount Kerell, a shrine town in the hills, were taken to hospital."
counts(PART, [S], [("pilgrims taken to hospital", 30, ABOUT), ("pilgrims lodging at Mount Kerell", 400, NEARLY)],
       [("pilgrims lodging at Mount Kerell", 30, ABOUT), ("pilgrims taken to hospital", 400, NEARLY)])  # fmt: skip


# --- currency-sign: "$4 million" is four million dollars ----------------------------------

S = "Canberra pledged A$12 million in emergency aid on Monday as the cyclone moved south."
counts(SIGN, [S], [("dollars pledged", 12_000_000, EXACT)], [("euros pledged", 12_000_000, EXACT)])  # fmt: skip
S = "The World Bank approved $350 million for reconstruction of the bridges and roads."
counts(SIGN, [S], [("dollars approved", 350_000_000, EXACT)], [("pounds approved", 350_000_000, EXACT)])  # fmt: skip
S = "Ottawa will send C$5 million to relief agencies working in the flooded districts, the minister said."
counts(SIGN, [S], [("dollars sent", 5_000_000, EXACT)], [("yen sent", 5_000_000, EXACT)])  # fmt: skip
S = "Britain has released \u00a34 million for the flood response, the Foreign Office said."
counts(SIGN, [S], [("pounds released", 4_000_000, EXACT)], [("dollars released", 4_000_000, EXACT)])  # fmt: skip
S = "The European Commission mobilised \u20ac20 million within hours of the earthquake."
counts(SIGN, [S], [("euros mobilised", 20_000_000, EXACT)], [("dollars mobilised", 20_000_000, EXACT)])  # fmt: skip
S = "The appeal has raised $48 million of the $150 million it seeks."
counts(SIGN, [S], [("dollars raised", 48_000_000, EXACT), ("dollars sought", 150_000_000, EXACT)], [("euros raised", 48_000_000, EXACT), ("pounds sought", 150_000_000, EXACT)])  # fmt: skip
S = "HEADLINE FIGURE: $2.3 BILLION"
counts(SIGN, [S], [("dollars pledged", 2_300_000_000, EXACT)], [("euros pledged", 2_300_000_000, EXACT)])  # fmt: skip
S = "Donors gave more than $600 million at the Geneva conference on Tuesday."
counts(SIGN, [S], [("dollars given", 600_000_000, MORE)], [("dollars given", 600_000_000, EXACT)])  # fmt: skip
S = "Tokyo offered \u00a5500 million in grants to the stricken prefectures."
counts(SIGN, [S], [("yen offered", 500_000_000, EXACT)], [("dollars offered", 500_000_000, EXACT)])  # fmt: skip
S = "The central fund freed $9 million for Sudan on Thursday, its coordinator said."
counts(SIGN, [S], [("dollars released", 9_000_000, EXACT)], [("pounds released", 9_000_000, EXACT)])  # fmt: skip
S = "Wellington committed NZ$3 million to the Pacific response, drawn from its aid budget."
counts(SIGN, [S], [("dollars committed", 3_000_000, EXACT)], [("euros committed", 3_000_000, EXACT)])  # fmt: skip
S = "Health leaders promised at least $210 million more to the vaccine alliance on Friday."
counts(SIGN, [S], [("dollars promised", 210_000_000, LEAST)], [("dollars promised", 210_000_000, EXACT)])  # fmt: skip


# --- candidate-score: a score or an "against N for <name>" between candidates --------------

S = "Okonjo won the run-off by 212 votes to 188, the electoral commission said."
counts(SCORE, [S], [("votes for Okonjo", 212, EXACT), ("run-off votes for Abara", 188, EXACT)],
       [("votes for Okonjo", 188, EXACT), ("run-off votes for Abara", 212, EXACT)])  # fmt: skip
S = "Mr Haddad beat his rival 58 votes to 41 in the caucus on Thursday night."
counts(SCORE, [S], [("votes for Haddad", 58, EXACT), ("votes for Salim", 41, EXACT)],
       [("votes for Haddad", 41, EXACT), ("votes for Salim", 58, EXACT)])  # fmt: skip
S = "Delegates preferred Ms Varga: she took 301 of the ballots, against 122 for Toth."
counts(SCORE, [S], [("votes for Toth", 122, EXACT)], [("votes for Varga", 122, EXACT)])  # fmt: skip
S = "The incumbent mayor, Ruiz, finished with 4,210 votes, against 3,980 for Alvarez."
counts(SCORE, [S], [("votes for Alvarez", 3980, EXACT)], [("votes for Ruiz", 3980, EXACT)])  # fmt: skip
S = "Lindqvist edged the contest by 97 votes to 95 after a recount."
counts(SCORE, [S], [("votes for Berg", 95, EXACT), ("votes for Lindqvist", 97, EXACT)],
       [("votes for Berg", 97, EXACT), ("votes for Lindqvist", 95, EXACT)])  # fmt: skip
S = "At the conference Zuma won 2,329 votes, against 1,505 for Mbeki."
counts(SCORE, [S], [("conference votes for Mbeki", 1505, EXACT)],
       [("conference votes for Zuma", 1505, EXACT)])  # fmt: skip
S = "Tinubu defeated Atiku by 8,794,726 votes to 6,984,520, the commission declared."
counts(SCORE, [S], [("votes for Atiku", 6_984_520, EXACT), ("votes for Tinubu", 8_794_726, EXACT)],
       [("votes for Atiku", 8_794_726, EXACT)])  # fmt: skip
S = "Kamara defeated the sitting member by 1,204 votes to 987."
counts(SCORE, [S], [("votes for Kamara", 1204, EXACT)], [("votes for Kamara", 987, EXACT)])  # fmt: skip
S = "The Senate passed the bill by 60 votes to 40."
counts(SCORE, [S], [("votes for the bill", 60, EXACT)], [("votes for the bill", 40, EXACT)])  # fmt: skip


# --- body-size: "the 630-member Bundestag" has 630 seats, "a 150-seat House" 150 members ----

S = "Sunday's vote filled the 630-member Bundestag, and the conservative bloc will hold 208 of its seats."
counts(SIZE, [S], [("seats in the Bundestag", 630, EXACT)], [("seats won by the conservatives", 630, EXACT)])  # fmt: skip
S = "Polls closed for the 650-member House of Commons at 10pm; exit polls gave Labour 410."
counts(SIZE, [S], [("seats in the House of Commons", 650, EXACT)], [("seats won by Labour", 650, EXACT)])  # fmt: skip
S = "Ensemble took 245 seats in the 577-member National Assembly, short of a majority."
counts(SIZE, [S], [("seats in the National Assembly", 577, EXACT)], [("seats taken by Ensemble", 577, EXACT)])  # fmt: skip
S = "The coalition holds 64 seats in the 120-seat Knesset, enough to govern."
counts(SIZE, [S], [("members of the Knesset", 120, EXACT)], [("members of the Knesset", 64, EXACT)])  # fmt: skip
S = "Law and Justice took 194 seats in the 460-member Sejm on Sunday."
counts(SIZE, [S], [("seats in the Sejm", 460, EXACT)], [("seats taken by Law and Justice", 460, EXACT)])  # fmt: skip
S = "The PVV won 37 seats in the new 150-member Tweede Kamer, the Dutch lower house."
counts(SIZE, [S], [("seats in the Tweede Kamer", 150, EXACT)], [("seats won by the PVV", 150, EXACT)])  # fmt: skip
S = "The EPP won 188 seats in the 720-seat European Parliament."
counts(SIZE, [S], [("members of the European Parliament", 720, EXACT)], [])  # fmt: skip
S = "The Social Democrats kept 107 seats in the 349-member Riksdag."
counts(SIZE, [S], [("seats in the Riksdag", 349, EXACT)], [("seats kept by the Social Democrats", 349, EXACT)])  # fmt: skip
S = "The Finns Party won 46 seats in the 200-seat Eduskunta in April."
counts(SIZE, [S], [("members of the Eduskunta", 200, EXACT)], [])  # fmt: skip
S = "Of the 450-member Duma, 421 deputies backed the bill at its third reading."
counts(SIZE, [S], [], [("seats in the Duma", 421, EXACT)])  # fmt: skip
S = "The 300-member parliament passed the law with 158 votes on Thursday."
counts(SIZE, [S], [("members of parliament", 300, EXACT)], [("members of parliament", 158, EXACT)])  # fmt: skip
S = "Fidesz kept 135 seats in the 199-member National Assembly in Budapest."
counts(SIZE, [S], [("seats in the National Assembly", 199, EXACT)], [("seats kept by Fidesz", 199, EXACT)])  # fmt: skip
S = "The 100-member Senate confirmed the nominee by 52 votes to 48."
counts(SIZE, [S], [], [("senators voting yes", 100, EXACT), ("seats in the Senate", 52, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
