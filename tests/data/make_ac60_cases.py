# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's actors told by their own name's head noun
(``grounding_ac60.jsonl``, false-alarm writer ac60;
:mod:`summarizer.verification.sentences.own_heads`), at the edges of

- ``last``: a body named in full once ("the Harwell Water Commission", "the Corran Navy", "the
  Dunmore Thunder") and then by "the" and its name's last word as an active clause's subject
  ("The commission fined the utility", "the navy sent two frigates", "the Thunder won the
  third quarter"): it passes; another body on the same noun named before ("the Regional
  Transport Commission"), an indefinite one ("a commission of inquiry"), a modified one ("the
  appeals court"), the noun as an object, a passive, a possessive owner ("the commission's
  chair resigned"), a verb of saying, words in a quote, a value named only after the short
  form and a value the page never writes stay refused;
- ``of``: the same with the word before the name's "of" ("the Bureau of Farm Statistics" ->
  "The bureau revised", "the Institute of Marine Survey" -> "the institute sent"), on the
  same guards, and a value whose own head is another body's ("the exchange" is no commission).

Run ``python tests/data/make_ac60_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ac60.jsonl")

built = SupportCases(
    "ac60",
    leads=[
        "MARLOW (Northline Wire) -",
        "By Ines Farrow | The Kellmar Gazette",
        "Regulation | The Orrin Valley Record",
        "From our markets desk, The Halden Post.",
        "SPORT | Saltby Evening Post",
    ],
)
LAST, OF = "last", "of"


# --- last: "the Harwell Water Commission ... The commission fined" -----------------------------
WATER = [
    "The Harwell Water Commission opened an inquiry into Tamsby Utilities in March after three summers of hosepipe bans.",
    "On Tuesday the commission fined the utility £4.2 million for failing to fix leaks it had promised to repair by 2024.",
    "Tamsby Utilities said it would appeal. Its chief executive, Dora Quell, called the penalty 'out of proportion'.",
    "The commission has also ordered the company to publish its leak figures every month.",
]
NAVY = [
    "The Corran Navy has been shadowing a research ship off the Skellig banks since Friday.",
    "Early on Sunday the navy sent two frigates to escort fishing boats back to Port Alder, officials said.",
    "Six days later, on 14 May, the navy withdrew both ships once the research vessel had left the area.",
]
TEAM = [
    "The Dunmore Thunder trailed the Orvik Pacers 48-47 at half-time in game five.",
    "Then the Thunder won the third quarter 34-20 and never gave the lead back, closing it out 103-91.",
]
COUNCIL = [
    "Brenton County Council met in emergency session after the river burst its banks at Lowmoor.",
    "In a late vote, the council agreed to spend £1.8 million on temporary flood walls; the work starts in June.",
    "Residents' groups had asked for twice that sum.",
]
FUND = [
    "Arkwell Pension Fund, which manages savings for 210,000 teachers, has sold its last coal holdings.",
    "The fund also cut its stake in Ostrava Mining to below 1%, according to a filing on Monday.",
]
for expect, paragraphs, evidence, who, what, why in [
    (
        True,
        WATER,
        "On Tuesday the commission fined the utility £4.2 million for failing to fix leaks it had promised to repair by 2024.",
        "Harwell Water Commission",
        "Tamsby Utilities fined £4.2m",
        "'the commission' after a fronted time is the Harwell Water Commission, the page's only commission",
    ),
    (
        True,
        WATER,
        "The commission has also ordered the company to publish its leak figures every month.",
        "Harwell Water Commission",
        "order to publish leak figures",
        "'The commission has also ordered': the same short form, active",
    ),
    (
        True,
        NAVY,
        "Early on Sunday the navy sent two frigates to escort fishing boats back to Port Alder, officials said.",
        "Corran Navy",
        "frigates sent to escort fishing boats",
        "'the navy sent' for the Corran Navy named in full before",
    ),
    (
        True,
        NAVY,
        "Six days later, on 14 May, the navy withdrew both ships once the research vessel had left the area.",
        "Corran Navy",
        "frigates withdrawn",
        "after two fronted times, 'the navy withdrew'",
    ),
    (
        True,
        TEAM,
        "Then the Thunder won the third quarter 34-20 and never gave the lead back, closing it out 103-91.",
        "Dunmore Thunder",
        "Thunder won the third quarter",
        "'the Thunder won' for the Dunmore Thunder",
    ),
    (
        True,
        COUNCIL,
        "In a late vote, the council agreed to spend £1.8 million on temporary flood walls; the work starts in June.",
        "Brenton County Council",
        "flood walls funding agreed",
        "'the council agreed' after a fronted phrase",
    ),
    (
        True,
        FUND,
        "The fund also cut its stake in Ostrava Mining to below 1%, according to a filing on Monday.",
        "Arkwell Pension Fund",
        "stake in Ostrava Mining cut",
        "'The fund also cut' for Arkwell Pension Fund",
    ),
    (
        False,
        WATER,
        "Tamsby Utilities said it would appeal. Its chief executive, Dora Quell, called the penalty 'out of proportion'.",
        "Harwell Water Commission",
        "appeal announced",
        "the utility appeals; the commission is not in the sentence",
    ),
    (
        False,
        NAVY,
        "Early on Sunday the navy sent two frigates to escort fishing boats back to Port Alder, officials said.",
        "Skellig Research Institute",
        "frigates sent to escort fishing boats",
        "a body the page never names",
    ),
    (
        False,
        TEAM,
        "Then the Thunder won the third quarter 34-20 and never gave the lead back, closing it out 103-91.",
        "Orvik Pacers",
        "Thunder won the third quarter",
        "the other side of the game: 'the Thunder' is not the Pacers",
    ),
]:
    built.page_actor(LAST, expect, paragraphs, evidence, who, what, why)

RIVALS = [
    "The Regional Transport Commission and the Harwell Water Commission both sent inspectors to the Tamsby depot last week.",
    "The commission fined Tamsby Utilities £900,000 on Thursday over the state of its pumps.",
]
built.page_actor(
    LAST,
    False,
    RIVALS,
    "The commission fined Tamsby Utilities £900,000 on Thursday over the state of its pumps.",
    "Harwell Water Commission",
    "Tamsby Utilities fined",
    "two commissions named before: 'the commission' may be either",
)
INQUIRY = [
    "The Harwell Water Commission had warned Tamsby Utilities twice. Ministers then set up a commission of inquiry under a retired judge.",
    "The commission found that managers had ignored both warnings.",
]
built.page_actor(
    LAST,
    False,
    INQUIRY,
    "The commission found that managers had ignored both warnings.",
    "Harwell Water Commission",
    "inquiry findings",
    "'a commission of inquiry' stands nearer: the finding is the inquiry's",
)
COURTS = [
    "The Federal Court ordered Lindqvist Freight to pay A$3 million last year. The company took the case to the appeals court.",
    "In April the court cut the penalty to A$1.9 million.",
]
built.page_actor(
    LAST,
    False,
    COURTS,
    "In April the court cut the penalty to A$1.9 million.",
    "Federal Court",
    "penalty cut",
    "'the appeals court' came between: the court that cut it is the appeals court",
)
PASSIVE = [
    "The Harwell Water Commission lost two of its five members in January.",
    "The commission was sued by Tamsby Utilities in February over the way it set leak targets.",
]
built.page_actor(
    LAST,
    False,
    PASSIVE,
    "The commission was sued by Tamsby Utilities in February over the way it set leak targets.",
    "Harwell Water Commission",
    "lawsuit over leak targets",
    "'The commission was sued': acted on, the suer is the utility",
)
OBJECT = [
    "The Harwell Water Commission set new leak targets in January.",
    "Tamsby Utilities challenged the commission in court on Friday, calling the targets unlawful.",
]
built.page_actor(
    LAST,
    False,
    OBJECT,
    "Tamsby Utilities challenged the commission in court on Friday, calling the targets unlawful.",
    "Harwell Water Commission",
    "court challenge to leak targets",
    "'the commission' is the one challenged",
)
SAYING = [
    "The Harwell Water Commission published its annual review on Monday.",
    "The commission said Tamsby Utilities had missed eight of its nine targets.",
]
built.page_actor(
    LAST,
    False,
    SAYING,
    "The commission said Tamsby Utilities had missed eight of its nine targets.",
    "Harwell Water Commission",
    "Tamsby Utilities missed its targets",
    "the commission only reports the utility's missing",
)
CHAIR = [
    "The Harwell Water Commission has been without a permanent head since the summer.",
    "The commission's chair, Rona Vesk, resigned on Friday after a row over pay.",
]
built.page_actor(
    LAST,
    False,
    CHAIR,
    "The commission's chair, Rona Vesk, resigned on Friday after a row over pay.",
    "Harwell Water Commission",
    "resignation",
    "the chair resigns, not the commission",
)
QUOTED = [
    "The Harwell Water Commission met Tamsby Utilities on Monday. Afterwards the utility's spokesman spoke.",
    '"The commission accepted our plan in full," he said.',
]
built.page_actor(
    LAST,
    False,
    QUOTED,
    '"The commission accepted our plan in full," he said.',
    "Harwell Water Commission",
    "plan accepted",
    "words in a quote are the spokesman's claim",
)
LATER = [
    "The council voted on Monday to close the Lowmoor library.",
    "Brenton County Council had closed two others in 2024, and campaigners say the mayor's office asked for a delay.",
]
built.page_actor(
    LAST,
    False,
    LATER,
    "The council voted on Monday to close the Lowmoor library.",
    "Brenton County Council",
    "library closure vote",
    "the short form comes before the page names the council: no antecedent (a reader cannot tell which council)",
)
built.page_actor(
    LAST,
    True,
    COUNCIL,
    "Brenton County Council met in emergency session after the river burst its banks at Lowmoor.",
    "Brenton County Council",
    "emergency session",
    "named in full",
)
TEAM2 = [
    "The Dunmore Thunder signed the Orvik guard Kal Benning on Tuesday.",
    "On Wednesday the Thunder also released two rookies to make room on the roster.",
]
built.page_actor(
    LAST,
    True,
    TEAM2,
    "On Wednesday the Thunder also released two rookies to make room on the roster.",
    "Dunmore Thunder",
    "rookies released",
    "'the Thunder also released' after a fronted day",
)
AUTH = [
    "Tarnby Port Authority, which runs the docks at Hale, reopened berth 4 after a crane collapse.",
    "The authority has now banned night lifts until an inspection ends; the ban costs the port about 300 containers a day.",
]
built.page_actor(
    LAST,
    True,
    AUTH,
    "The authority has now banned night lifts until an inspection ends; the ban costs the port about 300 containers a day.",
    "Tarnby Port Authority",
    "night lifts banned",
    "'The authority has now banned' for Tarnby Port Authority",
)
built.page_actor(
    LAST,
    False,
    AUTH,
    "The authority has now banned night lifts until an inspection ends; the ban costs the port about 300 containers a day.",
    "Hale",
    "night lifts banned",
    "Hale is a place the authority's docks stand in",
)

PARTIES = [
    "The Reform Party held the seat at Lowmoor with a reduced majority on Thursday.",
    "The Greens came second, and the party elected a new leader, Tamsin Orr, on Saturday.",
]
built.page_actor(
    LAST,
    False,
    PARTIES,
    "The Greens came second, and the party elected a new leader, Tamsin Orr, on Saturday.",
    "Reform Party",
    "new leader elected",
    "'the party' after the Greens is the Greens, a party named without the word",
)
UNIONS = [
    "The Harbour Workers Union and Unite both balloted crane drivers at Hale in May.",
    "Unite announced the result first; the union said 88% had backed a strike.",
]
built.page_actor(
    LAST,
    False,
    UNIONS,
    "Unite announced the result first; the union said 88% had backed a strike.",
    "Harbour Workers Union",
    "strike backed",
    "'the union' after Unite is Unite",
)

# --- of: "the Bureau of Farm Statistics ... The bureau revised" -------------------------------
BUREAU = [
    "The Bureau of Farm Statistics put this year's wheat harvest at 31 million tonnes in its July estimate.",
    "On Friday the bureau revised that figure down to 28.4 million tonnes after a dry August.",
    "Growers' groups said the cut was smaller than they had feared.",
]
INSTITUTE = [
    "The Institute of Marine Survey has mapped the Skellig banks every spring since 1998.",
    "This year the institute sent three boats instead of one, and it found cod stocks at a 20-year low.",
]
BANK = [
    "The Bank of Orrin left its main interest rate at 4.25% on Thursday, as most economists had forecast.",
    "The bank has now held rates for five meetings in a row.",
    "Ostrava Savings, the country's largest lender, said it would keep its mortgage rates unchanged.",
]
OFFICE = [
    "The Office for Rail Safety opened an investigation on Monday into the derailment near Lowmoor.",
    "By Wednesday the office had impounded the train's data recorder and interviewed both drivers.",
]
COLLEGE = [
    "The College of Midwives balloted its 9,000 members over the pay offer in May.",
    "In June the college called a 48-hour strike for the first week of July.",
    "The health ministry called the strike 'regrettable'.",
]
for expect, paragraphs, evidence, who, what, why in [
    (
        True,
        BUREAU,
        "On Friday the bureau revised that figure down to 28.4 million tonnes after a dry August.",
        "Bureau of Farm Statistics",
        "harvest estimate revised",
        "'the bureau revised': the word before 'of' in the Bureau of Farm Statistics",
    ),
    (
        True,
        INSTITUTE,
        "This year the institute sent three boats instead of one, and it found cod stocks at a 20-year low.",
        "Institute of Marine Survey",
        "survey boats sent",
        "'the institute sent' for the Institute of Marine Survey",
    ),
    (
        True,
        BANK,
        "The bank has now held rates for five meetings in a row.",
        "Bank of Orrin",
        "rates held",
        "'The bank has now held' for the Bank of Orrin, named before the lender",
    ),
    (
        True,
        OFFICE,
        "By Wednesday the office had impounded the train's data recorder and interviewed both drivers.",
        "Office for Rail Safety",
        "data recorder impounded",
        "'the office had impounded' for the Office for Rail Safety",
    ),
    (
        True,
        COLLEGE,
        "In June the college called a 48-hour strike for the first week of July.",
        "College of Midwives",
        "strike called",
        "'the college called' for the College of Midwives",
    ),
    (
        False,
        BUREAU,
        "Growers' groups said the cut was smaller than they had feared.",
        "Bureau of Farm Statistics",
        "growers' reaction",
        "the growers react; the bureau is not in the sentence",
    ),
    (
        False,
        BANK,
        "Ostrava Savings, the country's largest lender, said it would keep its mortgage rates unchanged.",
        "Bank of Orrin",
        "mortgage rates kept",
        "the lender's own act: Ostrava Savings",
    ),
    (
        False,
        COLLEGE,
        "The health ministry called the strike 'regrettable'.",
        "College of Midwives",
        "ministry reaction",
        "the ministry reacts to the college's strike",
    ),
    (
        False,
        INSTITUTE,
        "This year the institute sent three boats instead of one, and it found cod stocks at a 20-year low.",
        "Skellig banks",
        "survey boats sent",
        "the banks are the place surveyed",
    ),
]:
    built.page_actor(OF, expect, paragraphs, evidence, who, what, why)

BUREAUS = [
    "The Bureau of Farm Statistics and the Bureau of Trade Statistics both publish on the first Friday of the month.",
    "On Friday the bureau cut its wheat estimate by 9%.",
]
built.page_actor(
    OF,
    False,
    BUREAUS,
    "On Friday the bureau cut its wheat estimate by 9%.",
    "Bureau of Farm Statistics",
    "wheat estimate cut",
    "two bureaus named before: 'the bureau' may be either",
)
BANKS = [
    "The Bank of Orrin and the central bank of Halden met in Marlow on Tuesday.",
    "The bank raised its rate by a quarter point the next day.",
]
built.page_actor(
    OF,
    False,
    BANKS,
    "The bank raised its rate by a quarter point the next day.",
    "Bank of Orrin",
    "rate raised",
    "'the central bank of Halden' is another bank named before",
)
SAID = [
    "The Bureau of Farm Statistics surveys 4,000 farms each month.",
    "The bureau says growers planted 6% less barley this spring.",
]
built.page_actor(
    OF,
    False,
    SAID,
    "The bureau says growers planted 6% less barley this spring.",
    "Bureau of Farm Statistics",
    "less barley planted",
    "the growers planted; the bureau only reports it",
)
WAS = [
    "The Office for Rail Safety had been criticised over its last two reports.",
    "The office was ordered by ministers to reopen its inquiry into the Lowmoor crash.",
]
built.page_actor(
    OF,
    False,
    WAS,
    "The office was ordered by ministers to reopen its inquiry into the Lowmoor crash.",
    "Office for Rail Safety",
    "inquiry reopening ordered",
    "passive: ministers ordered it",
)
STAFF = [
    "The Institute of Marine Survey moved to new offices in Port Alder in March.",
    "The institute's director, Hal Brennick, announced his retirement on Friday.",
]
built.page_actor(
    OF,
    False,
    STAFF,
    "The institute's director, Hal Brennick, announced his retirement on Friday.",
    "Institute of Marine Survey",
    "retirement announced",
    "the director retires, not the institute",
)
BEFORE = [
    "The college called a strike on Monday, the first in its history.",
    "Nurses at the College of Midwives' partner hospitals are expected to join.",
]
built.page_actor(
    OF,
    False,
    BEFORE,
    "The college called a strike on Monday, the first in its history.",
    "College of Midwives",
    "strike called",
    "the page names the College of Midwives only after 'the college': no antecedent",
)
EXCH = [
    "The Commission for Fair Markets sued Dalby Exchange in June over hidden trading fees.",
    "Last week the exchange agreed to pay $12 million to settle the case.",
]
built.page_actor(
    OF,
    False,
    EXCH,
    "Last week the exchange agreed to pay $12 million to settle the case.",
    "Commission for Fair Markets",
    "settlement agreed",
    "'the exchange' is Dalby Exchange, the other side, not the commission",
)
built.page_actor(
    OF,
    True,
    EXCH,
    "Last week the exchange agreed to pay $12 million to settle the case.",
    "Dalby Exchange",
    "settlement agreed",
    "'the exchange agreed' for Dalby Exchange",
)
QUOTE = [
    "The Office for Rail Safety published its report on the derailment on Monday.",
    '"The office blamed the drivers without hearing them," their union said.',
]
built.page_actor(
    OF,
    False,
    QUOTE,
    '"The office blamed the drivers without hearing them," their union said.',
    "Office for Rail Safety",
    "drivers blamed",
    "the blaming is in the union's quoted words",
)
INSTITUTE2 = [
    "The Institute of Marine Survey lost its research ship in a storm last winter.",
    "In May, the institute chartered a trawler from Port Alder for the spring count.",
]
built.page_actor(
    OF,
    True,
    INSTITUTE2,
    "In May, the institute chartered a trawler from Port Alder for the spring count.",
    "Institute of Marine Survey",
    "trawler chartered",
    "'the institute chartered' after a fronted month and comma",
)
AGAIN = [
    "The Bureau of Farm Statistics said on Monday that it would stop publishing county figures.",
    "Then, after an outcry from growers, the bureau reversed the decision on Thursday.",
]
built.page_actor(
    OF,
    True,
    AGAIN,
    "Then, after an outcry from growers, the bureau reversed the decision on Thursday.",
    "Bureau of Farm Statistics",
    "decision reversed",
    "'the bureau reversed' after a fronted 'Then, after ...,'",
)
COLLEGE2 = [
    "The College of Midwives has 9,000 members in the north.",
    "Members voted 81% for the offer, and the college signed the deal on Friday.",
]
built.page_actor(
    OF,
    True,
    COLLEGE2,
    "Members voted 81% for the offer, and the college signed the deal on Friday.",
    "College of Midwives",
    "deal signed",
    "', and the college signed': a clause's subject after ', and'",
)
OFFICE2 = [
    "The Office for Rail Safety has 60 inspectors for the whole network.",
    "The office fined Lowmoor Rail £2 million on Thursday, the largest penalty it has imposed.",
]
built.page_actor(
    OF,
    True,
    OFFICE2,
    "The office fined Lowmoor Rail £2 million on Thursday, the largest penalty it has imposed.",
    "Office for Rail Safety",
    "Lowmoor Rail fined",
    "'The office fined' for the Office for Rail Safety",
)
built.page_actor(
    OF,
    False,
    OFFICE2,
    "The office fined Lowmoor Rail £2 million on Thursday, the largest penalty it has imposed.",
    "Lowmoor Rail",
    "Lowmoor Rail fined",
    "Lowmoor Rail is the one fined",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
