# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 30's count rules (``grounding_rvc30.jsonl``): counts30's
readings of a partitive's part, a currency sign, a score between named candidates and a
chamber's size, broken both ways - right counts in shapes the rules were not written on, and
tempting wrong counts of the kind the rules exist to catch - by category:

- ``part-whole``: "N of the M <noun>" counts N of the noun for what the sentence says of the
  part (other verbs, a fronted whole "Of the 450 seats, ...", British and American copy); the
  whole given as the part, the whole's own clause ("the 40 constituencies it had targeted") for
  the part, another party's or another noun's part are refused;
- ``money-sign``: a sign is its own currency's word ("US$75 million", "\u00a325 million",
  "\u20ac150 million ($160 million)", "\u00a5100 million"); another currency's dollar sign
  ("R$2 billion" is reais, "HK$" and "C$" are no US dollars), another sum of the sentence (a
  goal for the sum raised, a pledge for the sum delivered, a total cost for one payer's share)
  and the other sign of a gloss are refused;
- ``named-score``: a tally between named candidates in other wordings ("beat Koizumi 185-156",
  "polled 6,402 votes against 5,977 for ...", "62 votes to Mr Park's 38", "compared with");
  the other candidate's number, the winner's for the loser, and a winner named only after the
  numbers or as the one defeated ("was defeated by") are refused;
- ``chamber-size``: "the 650-seat Commons" is the chamber's seats and members; a party's seats
  or a vote's tally is not the chamber's size, nor the chamber's size a party's seats ("64
  seats in the 120-seat Knesset" is no 120 seats held).

Run ``python tests/data/make_rvc30_cases.py`` to rebuild it. The texts are written for this
set in new words; each verdict is what a careful fact-checker reads in the text, decided when
the case was written, before the code was run on it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvc30.jsonl")

built = SupportCases(
    "rv30",
    leads=[
        "NAIROBI (Rift Valley Post) -",
        "By Tomasz Wrobel | Baltic Courier",
        "LIVE: results as they come in",
        "From our correspondent in Canberra, The Southern Cross Review.",
        "SAO PAULO, Planalto Daily -",
        "Aid desk, The Harbour Chronicle.",
    ],
)
PART, SIGN, SCORE, SIZE = "part-whole", "money-sign", "named-score", "chamber-size"
PUBLISHED = "2025-11-12"
EXACT, MORE, ABOUT, LEAST, NEARLY = "exact", "more_than", "about", "at_least", "nearly"


# Each count case of the set, dated to the set's one published day.
counts = partial(built.count_cases, published=PUBLISHED)


# --- part-whole: "N of the M <noun>" --------------------------------------------------------

S = "The centre-right bloc secured 175 of the 349 seats in the Riksdag on Sunday night."
counts(PART, [S], [("seats secured by the centre-right bloc", 175, EXACT)],
       [("seats secured by the centre-right bloc", 349, EXACT), ("seats in the Riksdag", 175, EXACT)])  # fmt: skip
S = "Reform UK now runs 10 of the 23 county councils that held elections on Thursday."
counts(PART, [S], [("county councils run by Reform UK", 10, EXACT)],
       [("county councils that held elections", 10, EXACT)])  # fmt: skip
S = "The party captured 22 of the 40 constituencies it had targeted, its campaign chief said."
counts(PART, [S], [("constituencies captured by the party", 22, EXACT)],
       [("constituencies targeted by the party", 22, EXACT), ("constituencies captured by the party", 40, EXACT)])  # fmt: skip
S = "Twenty of the 35 crew members were picked up by a passing tanker; the rest are still missing."
counts(PART, [S], [("crew members picked up by a tanker", 20, EXACT)],
       [("crew members missing", 20, EXACT), ("crew members picked up by a tanker", 35, EXACT)])  # fmt: skip
S = "Democrats flipped seven of the 12 state house seats Republicans had held in the county."
counts(PART, [S], [("seats flipped by Democrats", 7, EXACT)],
       [("seats held by Republicans", 7, EXACT), ("seats flipped by Democrats", 12, EXACT)])  # fmt: skip
S = "The Greens took 14 of the 90 seats, and Labour won 40, according to the electoral office."
counts(PART, [S], [("seats won by the Greens", 14, EXACT)],
       [("seats won by Labour", 14, EXACT)])  # fmt: skip
S = "Some 70 of the estimated 200 protesters detained on Friday were freed without charge on Saturday."
counts(PART, [S], [("protesters freed without charge", 70, ABOUT), ("protesters detained", 200, ABOUT)],
       [("protesters detained", 70, ABOUT), ("protesters freed without charge", 200, ABOUT)])  # fmt: skip
S = "The governing coalition commands 91 of the 150 votes in the lower house after the defections."
counts(PART, [S], [("votes held by the governing coalition", 91, EXACT)],
       [("votes in the lower house", 91, EXACT), ("votes held by the opposition", 91, EXACT)])  # fmt: skip
S = "About 600 of the 2,000 workers at the Gdansk plant will lose their jobs, the company said."
counts(PART, [S], [("workers losing their jobs", 600, ABOUT)],
       [("workers at the Gdansk plant", 600, ABOUT), ("workers losing their jobs", 2000, ABOUT)])  # fmt: skip
S = "Volunteers had traced 45 of the 60 dogs lost in the flood by Tuesday, the shelter said."
counts(PART, [S], [("dogs traced by volunteers", 45, EXACT)],
       [("dogs lost in the flood", 45, EXACT)])  # fmt: skip
S = "The union speaks for 3,100 of the 5,200 nurses employed across the region's hospitals."
counts(PART, [S], [],
       [("doctors represented by the union", 3100, EXACT), ("nurses employed in the region", 3100, EXACT)])  # fmt: skip
S = "Eight of the climbers reached the summit before the storm broke, while the others turned back."
counts(PART, [S], [("climbers who reached the summit", 8, EXACT)],
       [("climbers who turned back", 8, EXACT)])  # fmt: skip

S = "The rebels now control nine of the 14 districts they claimed in March, a monitor said."
counts(PART, [S], [("districts controlled by the rebels", 9, EXACT)],
       [("districts claimed by the rebels", 9, EXACT), ("districts controlled by the rebels", 14, EXACT)])  # fmt: skip
S = "Firefighters saved 40 of the 55 homes threatened by the blaze overnight."
counts(PART, [S], [("homes saved by firefighters", 40, EXACT)],
       [("homes threatened by the blaze", 40, EXACT)])  # fmt: skip


# --- money-sign: a sign is its own currency's word ------------------------------------------

S = "Seoul pledged US$10 million in humanitarian aid to the quake zone on Wednesday."
counts(SIGN, [S], [("dollars pledged", 10_000_000, EXACT)], [("euros pledged", 10_000_000, EXACT)])  # fmt: skip
S = "Brasilia freed R$2 billion for the flooded southern states, the finance ministry said."
counts(SIGN, [S], [("reais freed", 2_000_000_000, EXACT)], [("dollars freed", 2_000_000_000, EXACT)])  # fmt: skip
S = "Hong Kong's government set aside HK$500 million for flood relief on Monday."
counts(SIGN, [S], [("Hong Kong dollars set aside", 500_000_000, EXACT)], [("US dollars set aside", 500_000_000, EXACT)])  # fmt: skip
S = "Canada committed C$80 million to the famine response, the development minister said."
counts(SIGN, [S], [("Canadian dollars committed", 80_000_000, EXACT)], [("US dollars committed", 80_000_000, EXACT)])  # fmt: skip
S = "The appeal has brought in $31 million toward its $90 million goal, the agency said."
counts(SIGN, [S], [("dollars raised", 31_000_000, EXACT)], [])  # fmt: skip
S = "Donors pledged $1.2 billion in March, but only $400 million has been delivered so far."
counts(SIGN, [S], [("dollars pledged", 1_200_000_000, EXACT), ("dollars delivered", 400_000_000, EXACT)],
       [("dollars delivered", 1_200_000_000, EXACT), ("dollars pledged", 400_000_000, EXACT)])  # fmt: skip
S = "The fund has collected $22 million of the $75 million it is seeking for the winter."
counts(SIGN, [S], [("dollars collected", 22_000_000, EXACT)], [("dollars collected", 75_000_000, EXACT)])  # fmt: skip
S = "Downing Street announced \u00a325 million for refugees fleeing Sudan on Thursday."
counts(SIGN, [S], [("pounds announced", 25_000_000, EXACT)], [("dollars announced", 25_000_000, EXACT)])  # fmt: skip
S = "Brussels unlocked \u20ac150 million ($160 million) in emergency funds for the region."
counts(SIGN, [S], [("euros unlocked", 150_000_000, EXACT)],
       [("dollars unlocked", 150_000_000, EXACT), ("euros unlocked", 160_000_000, EXACT)])  # fmt: skip
S = "Jakarta received US$75 million from the Asian Development Bank for the reconstruction."
counts(SIGN, [S], [("dollars received", 75_000_000, EXACT)], [("dollars received", 7_500_000, EXACT)])  # fmt: skip
S = "The city paid $12 million toward the stadium, which cost $40 million in all."
counts(SIGN, [S], [("dollars paid by the city", 12_000_000, EXACT)], [("dollars paid by the city", 40_000_000, EXACT)])  # fmt: skip
S = "Beijing offered \u00a5100 million ($14 million) in emergency aid to its neighbour."
counts(SIGN, [S], [("yuan offered", 100_000_000, EXACT)],
       [("dollars offered", 100_000_000, EXACT)])  # fmt: skip
S = "Singapore gave S$5 million through the Red Cross, officials said."
counts(SIGN, [S], [], [("US dollars given", 5_000_000, EXACT)])  # fmt: skip
S = "Mexico City approved MX$900 million for rebuilding after the hurricane."
counts(SIGN, [S], [("pesos approved", 900_000_000, EXACT)], [("dollars approved", 900_000_000, EXACT)])  # fmt: skip

S = "Japan pledged $50 million on Monday, adding to the $120 million it pledged in May."
counts(SIGN, [S], [("dollars pledged", 50_000_000, EXACT), ("dollars pledged", 120_000_000, EXACT)], [("yen pledged", 50_000_000, EXACT)])  # fmt: skip
S = "The IMF disbursed $800 million of a $3 billion loan approved in April."
counts(SIGN, [S], [("dollars disbursed", 800_000_000, EXACT)], [("dollars disbursed", 3_000_000_000, EXACT)])  # fmt: skip
S = "Donors have delivered \u00a360 million of the \u00a3200 million promised at the London conference."
counts(SIGN, [S], [("pounds delivered", 60_000_000, EXACT)],
       [("pounds promised", 60_000_000, EXACT), ("pounds delivered", 200_000_000, EXACT)])  # fmt: skip

S = "The World Bank approved $350 million, and the IMF $200 million, for the drought response."
counts(SIGN, [S], [("dollars approved by the IMF", 200_000_000, EXACT)], [("euros approved by the IMF", 200_000_000, EXACT)])  # fmt: skip


# --- named-score: a tally between named candidates ------------------------------------------

S = "Ramos defeated Cruz by 7,412 votes to 6,150 in the mayoral run-off."
counts(SCORE, [S], [("votes for Ramos", 7412, EXACT), ("votes for Cruz", 6150, EXACT)],
       [("votes for Ramos", 6150, EXACT), ("votes for Cruz", 7412, EXACT)])  # fmt: skip
S = "Mr Odhiambo polled 6,402 votes against 5,977 for Ms Wanjiru, the returning officer announced."
counts(SCORE, [S], [("votes for Wanjiru", 5977, EXACT), ("votes for Odhiambo", 6402, EXACT)],
       [("votes for Odhiambo", 5977, EXACT)])  # fmt: skip
S = "Silva received 51,200 votes, compared with 48,900 for Costa."
counts(SCORE, [S], [("votes for Costa", 48900, EXACT)], [("votes for Silva", 48900, EXACT)])  # fmt: skip
S = "Ms Lee won 62 votes to Mr Park's 38 in the party's leadership ballot."
counts(SCORE, [S], [("votes for Park", 38, EXACT), ("votes for Lee", 62, EXACT)],
       [("votes for Lee", 38, EXACT), ("votes for Park", 62, EXACT)])  # fmt: skip
S = "Moreno edged out Vidal 1,045 to 1,002 in Sunday's primary."
counts(SCORE, [S], [],
       [("votes for Moreno", 1002, EXACT), ("votes for Vidal", 1045, EXACT)])  # fmt: skip
S = "Mr Petrov was defeated by Ms Ivanova, 301 votes to 288, in the council vote."
counts(SCORE, [S], [("votes for Ivanova", 301, EXACT)], [("votes for Petrov", 301, EXACT)])  # fmt: skip
S = "By 231 votes to 210, the congress chose Hartmann over Vogel as its new chair."
counts(SCORE, [S], [("votes for Hartmann", 231, EXACT)], [("votes for Hartmann", 210, EXACT)])  # fmt: skip
S = "Delegates handed Mensah the nomination with 1,210 votes, against 1,187 for Boateng."
counts(SCORE, [S], [("votes for Boateng", 1187, EXACT)], [("votes for Mensah", 1187, EXACT)])  # fmt: skip
S = "Yilmaz beat Demir 58-41 among the party's lawmakers."
counts(SCORE, [S], [("votes for Demir", 41, EXACT)], [("votes for Yilmaz", 41, EXACT), ("votes for Demir", 58, EXACT)])  # fmt: skip

S = "Ms Aydin was beaten by Mr Kaya, 144 votes to 139, in the mayoral vote."
counts(SCORE, [S], [("votes for Kaya", 144, EXACT)], [("votes for Aydin", 144, EXACT)])  # fmt: skip


# --- chamber-size: "the 650-seat Commons" ---------------------------------------------------

S = "Labour won 411 seats in the 650-seat House of Commons, a landslide by any measure."
counts(SIZE, [S], [("seats in the House of Commons", 650, EXACT), ("members of the House of Commons", 650, EXACT)],
       [("seats won by Labour", 650, EXACT)])  # fmt: skip
S = "The coalition holds 64 seats in the 120-seat Knesset, enough to govern."
counts(SIZE, [S], [("seats held by the coalition", 64, EXACT)], [("seats held by the coalition", 120, EXACT)])  # fmt: skip
S = "Republicans hold 53 seats in the 100-member Senate after the runoffs."
counts(SIZE, [S], [("seats in the Senate", 100, EXACT)], [("seats held by Republicans", 100, EXACT)])  # fmt: skip
S = "The 15-member Security Council adopted the text with 13 votes in favour and two abstentions."
counts(SIZE, [S], [("members of the Security Council", 15, EXACT)],
       [("votes in favour", 15, EXACT), ("members of the Security Council", 13, EXACT)])  # fmt: skip
S = "Fine Gael won 38 seats in the 174-seat Dail, two fewer than Fianna Fail."
counts(SIZE, [S], [("seats in the Dail", 174, EXACT), ("members of the Dail", 174, EXACT)],
       [("seats won by Fine Gael", 174, EXACT)])  # fmt: skip
S = "In the 60-seat assembly the ruling party needs 31 for a majority and holds 29."
counts(SIZE, [S], [("seats in the assembly", 60, EXACT)],
       [("seats held by the ruling party", 60, EXACT), ("seats needed for a majority", 60, EXACT)])  # fmt: skip
S = "The 193-member General Assembly voted 141 to 5 to condemn the annexation."
counts(SIZE, [S], [("members of the General Assembly", 193, EXACT)],
       [("votes in favour", 193, EXACT)])  # fmt: skip
S = "The reformists now control 180 seats of the 290-seat Majlis, the interior ministry said."
counts(SIZE, [S], [("seats in the Majlis", 290, EXACT)],
       [("seats controlled by the reformists", 290, EXACT)])  # fmt: skip
S = "The opposition took 52 of the 101-member parliament's seats in Chisinau."
counts(SIZE, [S], [("seats in parliament", 101, EXACT)],
       [("seats taken by the opposition", 101, EXACT)])  # fmt: skip

S = "The Social Democrats won 120 seats, and the 300-seat parliament will sit on Monday."
counts(SIZE, [S], [("seats in parliament", 300, EXACT)], [("seats won by the Social Democrats", 300, EXACT)])  # fmt: skip
S = "The 24-member council voted 15-9 to approve the budget."
counts(SIZE, [S], [("members of the council", 24, EXACT)], [("council members voting yes", 24, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
