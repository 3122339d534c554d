# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 60's review set of ac60's own-head actors (``grounding_rv60c.jsonl``, review
rv60c of ac60; :mod:`summarizer.verification.sentences.own_heads`), at the edges of

- ``verb``: what follows "the <head>" in the evidence. The body's own act passes ("the
  tribunal ruled", "the agency has suspended", "the orchestra will tour", "the league then
  fined"); a plural noun that only looks like a verb ("the council workers walked out", "the
  fund managers sold", "the court fees rose": the noun is a compound's first word), a verb of
  reporting before another's act ("the bureau reported that growers planted", "the board
  confirmed that the chief executive resigned") and another clause's act ("the navy escorted
  the trawlers, and the coastguard fined their owners") stay refused;
- ``page``: what the page writes before the short form. The one body of the noun passes (named
  with "the" or without, again in full, in a headline-like opening line, owning "the
  tribunal's ruling"); another body of the noun named only by its initials or by a shared
  plural ("the rail and road commissions"), a second body met later in a list, a lower-case
  "council" for another one ("the town council"), the body named only after the short form or
  only in a later paragraph stay refused.

Run ``python tests/data/make_rv60c_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60c.jsonl")

built = SupportCases(
    "rv60c",
    leads=[
        "KESTRAL BAY (Coastline Press) -",
        "By Maren Oduya | The Fenwick Courier",
        "Local democracy | Ashby Weekly Chronicle",
        "From the business desk, The Carrow Ledger.",
        "SPORTS | Dunmore Evening Star",
    ],
)
VERB, PAGE = "verb", "page"


# --- verb: the body's own act, against a compound noun, a report, another clause -------------
TRIB = [
    "The Fenwick Employment Tribunal heard the case of 14 drivers dismissed by Carrow Cabs last winter.",
    "The tribunal ruled on Wednesday that all 14 had been unfairly dismissed and must be paid six months' wages.",
    "Carrow Cabs said it was studying the judgment.",
]
AGENCY = [
    "The Marlow Medicines Agency began a review of the painkiller Dovaxin in January after reports of liver damage.",
    "The agency has suspended sales of the drug until the review ends, a spokesman confirmed.",
]
ORCH = [
    "The Ashby Philharmonic Orchestra played its final concert of the season to a full hall on Saturday.",
    "Next spring the orchestra will tour six cities in Japan, its first tour abroad in a decade.",
]
LEAGUE = [
    "The Northern Rugby League opened a disciplinary case against Saltby Rovers after a brawl in the tunnel.",
    "After a two-day hearing, the league then fined the club £40,000 and docked it four points.",
]
COUNCIL = [
    "Kestral Bay Borough Council set its budget for the coming year at a meeting on Monday night.",
    "The council workers walked out on Tuesday over a pay offer of 2%, closing libraries and tips.",
    "The council froze its share of council tax for a second year.",
]
FUND = [
    "Carrow Teachers Pension Fund has £9 billion under management.",
    "The fund members lodged 300 complaints about late pension payments last year, a filing shows.",
    "The fund bought £200 million of green bonds in the same quarter.",
]
COURT = [
    "The Ashby County Court handled 12,000 cases last year, its annual report shows.",
    "The court fees rose by a fifth in April, and the number of small claims fell.",
    "In May the court closed its second building on Mill Street.",
]
BUREAU = [
    "The Bureau of Crop Statistics publishes its planting survey each June.",
    "On Friday the bureau reported that growers planted 2.1 million acres of barley, the most since 1998.",
    "The bureau revised last year's wheat harvest down by 3%.",
]
BOARD = [
    "The Orvik Rail Board met in private for five hours on Thursday.",
    "Late that night the board confirmed that the chief executive, Piet Laan, had resigned.",
    "The board appointed its finance director, Ruth Amadi, as interim head.",
]
NAVY = [
    "The Kestral Navy kept watch over the disputed fishing grounds through the weekend.",
    "The navy escorted the trawlers back to harbour, and the coastguard fined their owners £10,000 each.",
    "On Monday the navy withdrew its patrol ship.",
]
INST = [
    "The Institute of Coastal Research studies erosion along 200 miles of shoreline.",
    "The institute found that the cliffs at Saltby had retreated four metres in a year, and the district then closed the coast path.",
    "The institute installed six new tide gauges in May.",
]
for expect, paragraphs, evidence, who, what, why in [
    (
        True,
        TRIB,
        "The tribunal ruled on Wednesday that all 14 had been unfairly dismissed and must be paid six months' wages.",
        "Fenwick Employment Tribunal",
        "unfair dismissal ruling",
        "'The tribunal ruled': the page's one tribunal, its own ruling",
    ),
    (
        True,
        AGENCY,
        "The agency has suspended sales of the drug until the review ends, a spokesman confirmed.",
        "Marlow Medicines Agency",
        "Dovaxin sales suspended",
        "'The agency has suspended' for the Marlow Medicines Agency",
    ),
    (
        True,
        ORCH,
        "Next spring the orchestra will tour six cities in Japan, its first tour abroad in a decade.",
        "Ashby Philharmonic Orchestra",
        "Japan tour",
        "a fronted time with no comma, 'the orchestra will tour'",
    ),
    (
        True,
        LEAGUE,
        "After a two-day hearing, the league then fined the club £40,000 and docked it four points.",
        "Northern Rugby League",
        "Saltby Rovers fined",
        "'the league then fined' after a fronted phrase",
    ),
    (
        True,
        COUNCIL,
        "The council froze its share of council tax for a second year.",
        "Kestral Bay Borough Council",
        "council tax frozen",
        "'The council froze' is the borough council's act",
    ),
    (
        True,
        FUND,
        "The fund bought £200 million of green bonds in the same quarter.",
        "Carrow Teachers Pension Fund",
        "green bonds bought",
        "'The fund bought' for the pension fund",
    ),
    (
        True,
        COURT,
        "In May the court closed its second building on Mill Street.",
        "Ashby County Court",
        "Mill Street building closed",
        "'In May the court closed'",
    ),
    (
        True,
        BUREAU,
        "The bureau revised last year's wheat harvest down by 3%.",
        "Bureau of Crop Statistics",
        "wheat harvest revised",
        "'The bureau revised' is the bureau's own act",
    ),
    (
        True,
        BOARD,
        "The board appointed its finance director, Ruth Amadi, as interim head.",
        "Orvik Rail Board",
        "interim head appointed",
        "'The board appointed'",
    ),
    (
        True,
        NAVY,
        "On Monday the navy withdrew its patrol ship.",
        "Kestral Navy",
        "patrol ship withdrawn",
        "'On Monday the navy withdrew'",
    ),
    (
        True,
        INST,
        "The institute installed six new tide gauges in May.",
        "Institute of Coastal Research",
        "tide gauges installed",
        "'The institute installed' for the Institute of Coastal Research",
    ),
    (
        True,
        TRIB,
        "The tribunal ruled on Wednesday that all 14 had been unfairly dismissed and must be paid six months' wages.",
        "Fenwick Employment Tribunal",
        "back pay ordered",
        "the tribunal orders the pay in the same ruling",
    ),
    (
        False,
        COUNCIL,
        "The council workers walked out on Tuesday over a pay offer of 2%, closing libraries and tips.",
        "Kestral Bay Borough Council",
        "council workers' strike",
        "the workers strike against the council: 'council workers' is a compound noun",
    ),
    (
        False,
        FUND,
        "The fund members lodged 300 complaints about late pension payments last year, a filing shows.",
        "Carrow Teachers Pension Fund",
        "complaints lodged",
        "'The fund members lodged': the members complain, about the fund",
    ),
    (
        False,
        COURT,
        "The court fees rose by a fifth in April, and the number of small claims fell.",
        "Ashby County Court",
        "court fees rose",
        "'court fees' is a compound: the fees rose, the court did nothing",
    ),
    (
        False,
        BUREAU,
        "On Friday the bureau reported that growers planted 2.1 million acres of barley, the most since 1998.",
        "Bureau of Crop Statistics",
        "barley planting",
        "the growers planted; the bureau only reported it",
    ),
    (
        False,
        BOARD,
        "Late that night the board confirmed that the chief executive, Piet Laan, had resigned.",
        "Orvik Rail Board",
        "chief executive resigned",
        "Piet Laan resigned; the board only confirmed it",
    ),
    (
        False,
        NAVY,
        "The navy escorted the trawlers back to harbour, and the coastguard fined their owners £10,000 each.",
        "Kestral Navy",
        "trawler owners fined",
        "the coastguard fined the owners: the navy's act is the other clause's",
    ),
    (
        False,
        INST,
        "The institute found that the cliffs at Saltby had retreated four metres in a year, and the district then closed the coast path.",
        "Institute of Coastal Research",
        "coast path closed",
        "the district closed the path; the institute only found the retreat",
    ),
    (
        False,
        TRIB,
        "Carrow Cabs said it was studying the judgment.",
        "Fenwick Employment Tribunal",
        "judgment studied",
        "the cab firm studies the judgment; no tribunal in the sentence",
    ),
    (
        False,
        AGENCY,
        "The agency has suspended sales of the drug until the review ends, a spokesman confirmed.",
        "Dovaxin",
        "Dovaxin sales suspended",
        "the drug is what is suspended",
    ),
    (
        False,
        LEAGUE,
        "After a two-day hearing, the league then fined the club £40,000 and docked it four points.",
        "Saltby Rovers",
        "Saltby Rovers fined",
        "the club is the one fined",
    ),
    (
        False,
        ORCH,
        "Next spring the orchestra will tour six cities in Japan, its first tour abroad in a decade.",
        "Ashby Festival Chorus",
        "Japan tour",
        "a body the page never names",
    ),
]:
    built.page_actor(VERB, expect, paragraphs, evidence, who, what, why)

REFS = [
    "The Northern Rugby League appoints and pays the 40 referees who run its matches.",
    "The league referees walked out on Saturday over unpaid match fees, and three games were called off.",
]
STRIKE = [
    "The Bureau of Crop Statistics employs 600 people in Fenwick.",
    "The bureau workers went on strike on Monday over pay, delaying the June survey.",
    "The bureau cancelled its June survey of orchards.",
]
built.page_actor(
    VERB,
    False,
    STRIKE,
    "The bureau workers went on strike on Monday over pay, delaying the June survey.",
    "Bureau of Crop Statistics",
    "bureau workers' strike",
    "the workers strike against the bureau: 'bureau workers' is a compound",
)
built.page_actor(
    VERB,
    True,
    STRIKE,
    "The bureau cancelled its June survey of orchards.",
    "Bureau of Crop Statistics",
    "orchard survey cancelled",
    "'The bureau cancelled': its own act",
)
built.page_actor(
    VERB,
    False,
    REFS,
    "The league referees walked out on Saturday over unpaid match fees, and three games were called off.",
    "Northern Rugby League",
    "referees' walkout",
    "the referees walk out against the league: 'league referees' is a compound",
)

# --- page: the one body of the noun, against another one the page meets first ---------------
ONE = [
    "Fenwick Harbour Authority -- the body that runs the port -- has had a difficult year.",
    "Its pilots struck twice and a crane collapsed in August.",
    "On Thursday the authority banned cruise ships over 300 metres from the inner basin.",
]
AGAIN = [
    "The Carrow Gaming Commission has been without a chair since March.",
    "Last month the Carrow Gaming Commission issued 12 new licences; the commission's staff say a backlog remains.",
    "This week the commission revoked the licence of Lucky Strand Ltd for breaching cash limits.",
]
LOWER = [
    "The Ashby Valley water board, which supplies 80,000 homes, lost a third of its water to leaks in 2025.",
    "Now the board has approved a £30 million plan to replace the oldest mains.",
]
INITIALS = [
    "Inspectors from the FTC and the Carrow Gaming Commission visited the Strand casino in June.",
    "The commission fined the casino £600,000 in October for letting banned gamblers play.",
]
SHARED = [
    "The Carrow Gaming Commission joined the rail and road commissions in a review of ticket machines.",
    "In November the commission ordered Strand Leisure to repay £1.1 million to customers.",
]
LIST = [
    "Saltby Harbour Authority manages the quays; the Saltby Airport Authority runs the runway next door.",
    "On Sunday the authority closed the north quay after a fuel spill.",
]
TOWN = [
    "Kestral Bay Borough Council owns the seafront, but the town council runs the pier.",
    "In August the council raised parking charges on the promenade by 50p an hour.",
]
AFTER = [
    "After complaints from traders, the tribunal threw out the claim on Monday.",
    "The Fenwick Property Tribunal, which hears rent disputes, has a backlog of 900 cases.",
]
LATER = [
    "The Ashby Philharmonic Orchestra has a new music director.",
    "Meanwhile the orchestra of the Saltby Opera House announced its own season.",
    "The orchestra cancelled two concerts in Saltby because of the strike.",
]
SUB = [
    "The Marlow Medicines Agency and its sister body, the Marlow Devices Agency, share offices.",
    "The agency recalled 4,000 insulin pumps on Friday after a battery fault.",
]
PLACE = [
    "Halden District Court jailed a former mayor on Friday for taking bribes.",
    "The court of appeal in Marlow will hear his challenge in March; the court then sets a date for his release.",
]
HEADLINE = [
    "Saltby Lifeboat Institution: the busiest summer in its history.",
    "The institution launched its boats 412 times between June and September, 30% more than last year.",
]
OWNER = [
    "The Fenwick Employment Tribunal has cleared its backlog. The tribunal's president, Judge Amos Reid, said cases now take ten weeks.",
    "In March the tribunal ordered Carrow Cabs to reinstate two drivers.",
]
COLON = [
    "Northern Rugby League statement: the league suspended Saltby Rovers' captain for six matches.",
    "The captain, Ben Orme, has seven days to appeal.",
]
SEMI = [
    "The Kestral Navy had promised to stay for a month; the navy instead pulled out after nine days.",
]
AND_ = [
    "The Bureau of Crop Statistics delayed its survey by a week, and the bureau later cut its barley estimate by 4%.",
]
WITH_THE = [
    "Members of the Orvik Rail Board were told of the losses in May.",
    "In June, the board scrapped the night trains between Orvik and Halden.",
]
AUX = [
    "The Marlow Medicines Agency approved 31 new medicines in 2025.",
    "The agency would have approved more, officials said, had it not lost 50 staff.",
    "The agency had earlier rejected the weight-loss drug Slimora twice.",
]
PANEL = [
    "The Orvik Rail Board lost £40 million last year. An independent board of experts was set up in May to review its routes.",
    "In June the board recommended closing the Halden line at night.",
]
for expect, paragraphs, evidence, who, what, why in [
    (
        True,
        ONE,
        "On Thursday the authority banned cruise ships over 300 metres from the inner basin.",
        "Fenwick Harbour Authority",
        "cruise ship ban",
        "the page's one authority, named in full before",
    ),
    (
        True,
        AGAIN,
        "This week the commission revoked the licence of Lucky Strand Ltd for breaching cash limits.",
        "Carrow Gaming Commission",
        "licence revoked",
        "named in full twice and owning 'the commission's staff': one commission",
    ),
    (
        True,
        LOWER,
        "Now the board has approved a £30 million plan to replace the oldest mains.",
        "Ashby Valley water board",
        "mains replacement plan approved",
        "a lower-case name: 'the board' is the water board",
    ),
    (
        True,
        HEADLINE,
        "The institution launched its boats 412 times between June and September, 30% more than last year.",
        "Saltby Lifeboat Institution",
        "lifeboat launches",
        "the opening line names the institution; 'The institution launched'",
    ),
    (
        True,
        OWNER,
        "In March the tribunal ordered Carrow Cabs to reinstate two drivers.",
        "Fenwick Employment Tribunal",
        "reinstatement ordered",
        "'the tribunal's president' before is the same tribunal",
    ),
    (
        True,
        COLON,
        "Northern Rugby League statement: the league suspended Saltby Rovers' captain for six matches.",
        "Northern Rugby League",
        "captain suspended",
        "after a colon, 'the league suspended'",
    ),
    (
        True,
        SEMI,
        "The Kestral Navy had promised to stay for a month; the navy instead pulled out after nine days.",
        "Kestral Navy",
        "navy pulled out",
        "after a semicolon, 'the navy instead pulled out'",
    ),
    (
        True,
        AND_,
        "The Bureau of Crop Statistics delayed its survey by a week, and the bureau later cut its barley estimate by 4%.",
        "Bureau of Crop Statistics",
        "barley estimate cut",
        "after ', and', 'the bureau later cut'",
    ),
    (
        True,
        WITH_THE,
        "In June, the board scrapped the night trains between Orvik and Halden.",
        "Orvik Rail Board",
        "night trains scrapped",
        "'the board scrapped' after a fronted phrase",
    ),
    (
        True,
        AUX,
        "The agency had earlier rejected the weight-loss drug Slimora twice.",
        "Marlow Medicines Agency",
        "Slimora rejected",
        "'The agency had earlier rejected'",
    ),
    (
        True,
        ONE,
        "On Thursday the authority banned cruise ships over 300 metres from the inner basin.",
        "Fenwick Harbour Authority",
        "ships over 300m banned from the inner basin",
        "the same ban told another way",
    ),
    (
        False,
        INITIALS,
        "The commission fined the casino £600,000 in October for letting banned gamblers play.",
        "Carrow Gaming Commission",
        "casino fined",
        "the FTC is a commission too: 'the commission' may be either",
    ),
    (
        False,
        SHARED,
        "In November the commission ordered Strand Leisure to repay £1.1 million to customers.",
        "Carrow Gaming Commission",
        "repayment ordered",
        "'the rail and road commissions' are two more commissions: the page does not say which ordered",
    ),
    (
        False,
        LIST,
        "On Sunday the authority closed the north quay after a fuel spill.",
        "Saltby Airport Authority",
        "north quay closed",
        "the harbour authority runs the quays; two authorities named",
    ),
    (
        False,
        LIST,
        "On Sunday the authority closed the north quay after a fuel spill.",
        "Saltby Harbour Authority",
        "north quay closed",
        "two authorities named before: the words do not say which (a careful reader guesses the harbour one, but the page does not tell)",
    ),
    (
        False,
        TOWN,
        "In August the council raised parking charges on the promenade by 50p an hour.",
        "Kestral Bay Borough Council",
        "parking charges raised",
        "'the town council' is another council named before",
    ),
    (
        False,
        AFTER,
        "After complaints from traders, the tribunal threw out the claim on Monday.",
        "Fenwick Property Tribunal",
        "claim thrown out",
        "the tribunal is named only after the short form",
    ),
    (
        False,
        LATER,
        "The orchestra cancelled two concerts in Saltby because of the strike.",
        "Ashby Philharmonic Orchestra",
        "concerts cancelled",
        "'the orchestra of the Saltby Opera House' stands nearer: the Saltby concerts are its",
    ),
    (
        False,
        SUB,
        "The agency recalled 4,000 insulin pumps on Friday after a battery fault.",
        "Marlow Medicines Agency",
        "insulin pumps recalled",
        "two agencies named; pumps are devices: the words do not say the medicines agency",
    ),
    (
        False,
        PLACE,
        "The court of appeal in Marlow will hear his challenge in March; the court then sets a date for his release.",
        "Halden District Court",
        "release date set",
        "'The court of appeal' is another court named before",
    ),
    (
        False,
        HEADLINE,
        "The institution launched its boats 412 times between June and September, 30% more than last year.",
        "Royal Lifeboat Institution",
        "lifeboat launches",
        "a look-alike name the page never writes",
    ),
    (
        False,
        PANEL,
        "In June the board recommended closing the Halden line at night.",
        "Orvik Rail Board",
        "night closure recommended",
        "'an independent board of experts' stands nearer: the recommendation may be its",
    ),
]:
    built.page_actor(PAGE, expect, paragraphs, evidence, who, what, why)


# --- report: a body of the agency kind named by its "of" words, reporting another's act ------
SAID = "report"
STATS = [
    "The Office for Farm Statistics runs the census of holdings every ten years.",
    "On Monday the office reported that farmers had sold 8% of their dairy herds since 2020.",
    "The office also published a new index of land prices, the first since 2019.",
]
MINES = [
    "The Bureau of Mine Safety sent inspectors to the Carrow pit after the roof fall.",
    "The bureau confirmed that the operator, Deepvale Coal, had shut the pit on Tuesday.",
    "The bureau fined Deepvale Coal £350,000 in September for missing gas checks.",
]
GRANTS = [
    "The Department for Rural Affairs handles grants to hill farmers.",
    "In its annual review the department found that 40 councils had cut bus routes to villages.",
    "Last week the department doubled the hill-farm grant to £12,000 a holding.",
]
WATCH = [
    "The Commission for Fair Lending has looked into payday lenders since 2023.",
    "The commission revealed that QuickPay Loans had charged 1,200 customers twice.",
    "The commission ordered QuickPay Loans to refund £2.4 million by March.",
]
HEALTH = [
    "The Agency for Food Standards tests 30,000 samples a year.",
    "The agency announced that Halden Dairies had recalled its yoghurts after a listeria scare.",
    "The agency closed the Halden plant for a week to clean it.",
]
MINISTRY = [
    "The Ministry of Coastal Defence has spent £90 million on the Saltby sea wall.",
    "The ministry disclosed that the contractor, Brayfield Build, had walked off the site in May.",
    "In July the ministry hired a new contractor to finish the wall.",
]
INSTITUTE = [
    "The Institute of Tidal Science has measured the sea at Kestral Bay since 1921.",
    "The institute concluded that the town council had built the promenade too low.",
    "The institute launched a new survey ship, the Curlew, on Friday.",
]
ARCHIVE = [
    "The Bureau of Weather Records keeps daily readings from 400 stations.",
    "The bureau showed that rainfall at Ashby had doubled since the 1960s, and the town later raised its flood banks.",
    "The bureau moved its archive to Marlow in 2024.",
]
OFFICE2 = [
    "The Office of Rail Standards regulates 14 train companies.",
    "The office staff walked out on Thursday in a row over pay, closing its helpline.",
    "The office banned Lowmoor Trains from running its old carriages after June.",
]
BOARD = [
    "The Board of Port Pilots licenses the pilots who guide ships into Carrow.",
    "The board members resigned together on Friday after a vote of no confidence from the pilots.",
    "The board suspended two pilots in April after a collision in the channel.",
]
DEPT = [
    "The Department of Coastal Roads will close the Saltby causeway for repairs.",
    "The department estimated that the work would cost £6 million; the contractor, Orme Civils, began it in May.",
    "The department reopened the causeway in October.",
]
for expect, paragraphs, evidence, who, what, why in [
    (
        True,
        STATS,
        "The office also published a new index of land prices, the first since 2019.",
        "Office for Farm Statistics",
        "land price index published",
        "'The office also published' is the office's own act",
    ),
    (
        True,
        MINES,
        "The bureau fined Deepvale Coal £350,000 in September for missing gas checks.",
        "Bureau of Mine Safety",
        "Deepvale Coal fined",
        "'The bureau fined'",
    ),
    (
        True,
        GRANTS,
        "Last week the department doubled the hill-farm grant to £12,000 a holding.",
        "Department for Rural Affairs",
        "hill-farm grant doubled",
        "'Last week the department doubled'",
    ),
    (
        True,
        WATCH,
        "The commission ordered QuickPay Loans to refund £2.4 million by March.",
        "Commission for Fair Lending",
        "refund ordered",
        "'The commission ordered'",
    ),
    (
        True,
        HEALTH,
        "The agency closed the Halden plant for a week to clean it.",
        "Agency for Food Standards",
        "plant closed",
        "'The agency closed'",
    ),
    (
        True,
        MINISTRY,
        "In July the ministry hired a new contractor to finish the wall.",
        "Ministry of Coastal Defence",
        "new contractor hired",
        "'In July the ministry hired'",
    ),
    (
        True,
        INSTITUTE,
        "The institute launched a new survey ship, the Curlew, on Friday.",
        "Institute of Tidal Science",
        "survey ship launched",
        "'The institute launched'",
    ),
    (
        True,
        ARCHIVE,
        "The bureau moved its archive to Marlow in 2024.",
        "Bureau of Weather Records",
        "archive moved",
        "'The bureau moved'",
    ),
    (
        True,
        OFFICE2,
        "The office banned Lowmoor Trains from running its old carriages after June.",
        "Office of Rail Standards",
        "old carriages banned",
        "'The office banned'",
    ),
    (
        True,
        BOARD,
        "The board suspended two pilots in April after a collision in the channel.",
        "Board of Port Pilots",
        "two pilots suspended",
        "'The board suspended'",
    ),
    (
        True,
        DEPT,
        "The department reopened the causeway in October.",
        "Department of Coastal Roads",
        "causeway reopened",
        "'The department reopened'",
    ),
    (
        False,
        STATS,
        "On Monday the office reported that farmers had sold 8% of their dairy herds since 2020.",
        "Office for Farm Statistics",
        "dairy herds sold",
        "the farmers sold; the office only reported it",
    ),
    (
        False,
        MINES,
        "The bureau confirmed that the operator, Deepvale Coal, had shut the pit on Tuesday.",
        "Bureau of Mine Safety",
        "pit shut",
        "Deepvale Coal shut the pit; the bureau only confirmed it",
    ),
    (
        False,
        GRANTS,
        "In its annual review the department found that 40 councils had cut bus routes to villages.",
        "Department for Rural Affairs",
        "bus routes cut",
        "the councils cut the routes; the department found it",
    ),
    (
        False,
        WATCH,
        "The commission revealed that QuickPay Loans had charged 1,200 customers twice.",
        "Commission for Fair Lending",
        "customers charged twice",
        "the lender charged; the commission revealed it",
    ),
    (
        False,
        HEALTH,
        "The agency announced that Halden Dairies had recalled its yoghurts after a listeria scare.",
        "Agency for Food Standards",
        "yoghurt recall",
        "the dairy recalled; the agency announced it",
    ),
    (
        False,
        MINISTRY,
        "The ministry disclosed that the contractor, Brayfield Build, had walked off the site in May.",
        "Ministry of Coastal Defence",
        "contractor walked off",
        "the contractor walked off; the ministry disclosed it",
    ),
    (
        False,
        INSTITUTE,
        "The institute concluded that the town council had built the promenade too low.",
        "Institute of Tidal Science",
        "promenade built",
        "the council built it; the institute concluded so",
    ),
    (
        False,
        ARCHIVE,
        "The bureau showed that rainfall at Ashby had doubled since the 1960s, and the town later raised its flood banks.",
        "Bureau of Weather Records",
        "flood banks raised",
        "the town raised its banks; the bureau showed the rain",
    ),
    (
        False,
        OFFICE2,
        "The office staff walked out on Thursday in a row over pay, closing its helpline.",
        "Office of Rail Standards",
        "staff walkout",
        "the staff walk out against the office",
    ),
    (
        False,
        BOARD,
        "The board members resigned together on Friday after a vote of no confidence from the pilots.",
        "Board of Port Pilots",
        "members resigned",
        "'The board members resigned': the members' act, a compound noun",
    ),
    (
        False,
        DEPT,
        "The department estimated that the work would cost £6 million; the contractor, Orme Civils, began it in May.",
        "Department of Coastal Roads",
        "work began",
        "Orme Civils began the work; the department only estimated its cost",
    ),
]:
    built.page_actor(SAID, expect, paragraphs, evidence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
