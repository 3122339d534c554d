# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the review set of session 45's quote-speaker rules (``grounding_rv45b.jsonl``, review
rv45b of gsp45b; quotes/described_reads.py, sentences/post_endings.py, business_backs.py,
description_misfits.py), cases written by the reviewer in new words, at the edges of

- ``endings``: a post the page ends for the one named with the description ("The captain,
  Ewan Reid," for "the captain said"), read by ``post_endings.ended``: a "He"/"She" opening the
  next sentence that is another person's (the dead man of an inquest, the worker of a tribunal's
  claim, a defendant), an out in a game that ends no post ("was dismissed by the leg-spinner",
  "was replaced by Mia Cole in the 70th minute", "was sacked by linebacker", "was ousted by
  qualifier"), against endings the page writes in other words ("Mr Maher retired", "has since
  retired", "was axed") and other people of the page;
- ``handed``: "the treasurer said" credited to the one named with it
  (``described_reads.described_credit``, ``_handed``, ``misfit``) past another's name in the
  ending's clause ("Ochoa and the chairman, Ray Lund, both resigned"), a time, a place or "But"
  written in capitals before the pronoun of an ending ("In July she retired", "Last year he
  retired to Portugal"), a past holder who has the post again ("Ruth Kim, a former treasurer,
  was voted back into the post"), a holder who was another body's former treasurer, "the late
  treasurer", "the then treasurer", against the holder whose post ended;
- ``trades``: "the housebuilder/homebuilder said" read back to the business that builds, not a
  lender, a brickmaker, a council or a rival named beside it, nor a person, and to a person the
  page calls a housebuilder; "its agency, X," or "the department's agency, X," a public body
  the department runs (not "the company" or "the firm"), against a business the body hired.

Run ``python tests/data/make_rv45b_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies, places' bodies and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45b.jsonl")

built = SupportCases(
    "rv45b",
    [
        "By Catrin Owain | The Teifi Gazette",
        "LEEDS (Pennine Wire) -",
        "COURTS | The Solent Record",
        "From our Inverness newsroom, The Moray Firth Mail.",
        "Sport | The Wensum Chronicle",
        "HOUSTON (Gulf Coast Wire) --",
    ],
)
ENDINGS, HANDED, TRADES = "endings", "handed", "trades"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- endings: a "He"/"She" opening the next sentence is someone else the holder's sentence brings in --
quote(ENDINGS, ["The coroner, Ruth Amos, opened the inquest into the death of a retired fisherman on Tuesday. He died after his boat capsized off the harbour wall in May.", "Harbour master Jon Pask told the hearing the sea had been calm.", '"The sea gave him no chance once the boat turned over," the coroner said.'], "The sea gave him no chance once the boat turned over", ["Ruth Amos"], ["Jon Pask"])
quote(ENDINGS, ["The coroner, Alan Birch, heard that the pensioner had lived alone for years. She died of hypothermia in January.", '"Her neighbours did all they could," the coroner said.'], "Her neighbours did all they could", ["Alan Birch"], [])
quote(ENDINGS, ["The employment judge, Kate Ferris, heard the claim brought by a warehouse worker against the parcel firm. He was sacked in 2023 after raising safety concerns.", "The firm, Hallam Parcels, denied the claim.", '"The dismissal was plainly unfair," the employment judge said.'], "The dismissal was plainly unfair", ["Kate Ferris"], ["Hallam Parcels"])
quote(ENDINGS, ["The sheriff, Iain Dow, heard that the driver had been drinking for most of the afternoon. He resigned from his job at the depot the next day.", "Defence solicitor Moira Kean said her client was ashamed.", '"You showed no thought for anyone on that road," the sheriff said.'], "You showed no thought for anyone on that road", ["Iain Dow"], ["Moira Kean"])
quote(ENDINGS, ["The defendant, Carl Moss, denied assault. The presiding magistrate, Alan Firth, heard the evidence over two days. He retired to consider the verdict shortly after noon.", '"We have found the case proved," the presiding magistrate said.'], "We have found the case proved", ["Alan Firth"], ["Carl Moss"])
quote(ENDINGS, ["The club captain, Jack Oduya, won the toss and chose to bat on a slow pitch. He was dismissed for 12 in the fourth over.", "Bowler Ravi Dhillon took five wickets for the visitors.", '"The pitch did a bit early on," the club captain said.'], "The pitch did a bit early on", ["Jack Oduya"], ["Ravi Dhillon"])
quote(ENDINGS, ["The head coach, Nell Ash, watched her striker limp off in the first half. She was replaced at the break with a hamstring strain.", '"We will know more after a scan," the head coach said.'], "We will know more after a scan", ["Nell Ash"], [])
# --- endings: an out or a substitution in a game, which ends no post ---------------------------
quote(ENDINGS, ["The captain, Ewan Reid, was dismissed by the leg-spinner Zak Ahmed for 41 as Kent slipped to 180 all out.", '"We were fifty runs short," the captain said.'], "We were fifty runs short", ["Ewan Reid"], ["Zak Ahmed"])
quote(ENDINGS, ["The wicketkeeper, Sol Berry, was dismissed cheaply again on Saturday, caught at slip for 4. Coach Nina Frost has kept faith with him.", '"I need to spend time in the middle," the wicketkeeper said.'], "I need to spend time in the middle", ["Sol Berry"], ["Nina Frost"])
quote(ENDINGS, ["The captain, Ella Ford, was replaced by Mia Cole in the 70th minute with cramp as Rovers held on for a 1-0 win.", '"The girls dug in at the end," the captain said.'], "The girls dug in at the end", ["Ella Ford"], ["Mia Cole"])
quote(ENDINGS, ["The quarterback, Jalen Moore, was sacked by linebacker Ty Ward on the opening drive and threw two interceptions in the loss.", '"I have to protect the ball better," the quarterback said.'], "I have to protect the ball better", ["Jalen Moore"], ["Ty Ward"])
quote(ENDINGS, ["The top seed, Ana Ruiz, was ousted by qualifier Mia Holt in the second round at Eastbourne on Wednesday.", '"She played the better tennis today," the top seed said.'], "She played the better tennis today", ["Ana Ruiz"], ["Mia Holt"])
# --- endings: the holder's own ending, in other words ----------------------------------------------
quote(ENDINGS, ["The treasurer, Jon Maher, met union leaders in March. Mr Maher retired on Friday after 12 years in the post.", '"The pension fund is safe," the treasurer said.'], "The pension fund is safe", [], ["Jon Maher"])
quote(ENDINGS, ["The coroner, Alan Birch, opened the inquest last year. Birch has since retired, and Cornwall's new coroner, Sue Penrose, resumed the hearing on Monday.", '"This death was avoidable," the coroner said.'], "This death was avoidable", ["Sue Penrose"], ["Alan Birch"])
quote(ENDINGS, ["The manager, Kit Harlow, was axed by the board on Monday after a run of eight defeats.", '"I gave the club everything I had," the manager said.'], "I gave the club everything I had", [], ["Kit Harlow"])
quote(ENDINGS, ["The head teacher, Lorna Pike, led Hollins Primary through two inspections. She was dismissed by the governors in March.", '"Every child here matters," the head teacher said.'], "Every child here matters", [], ["Lorna Pike"])
quote(ENDINGS, ["The chief constable, Ian Pryor, resigned in June, and Deputy Chief Constable Rose Akers is now in charge of the force.", '"Public trust has to be earned back," the chief constable said.'], "Public trust has to be earned back", [], ["Ian Pryor", "Rose Akers"])
# --- endings (mends of review rv45b): a pronoun with no other person before it, an agent who employs --
quote(ENDINGS, ["The coroner, Alan Birch, opened the new court building in 2019. He retired in March after 14 years.", '"The service has never been busier," the coroner said.'], "The service has never been busier", [], ["Alan Birch"])
quote(ENDINGS, ["The judge, Helen Marsh, jailed the teenager for four years on Friday. He was sacked from his job at the garage in May.", '"You chose to carry a knife," the judge said.'], "You chose to carry a knife", ["Helen Marsh"], [])
quote(ENDINGS, ["The manager, Ty Crane, was sacked by owner Vince Tan on Sunday after the cup exit.", '"I have no regrets," the manager said.'], "I have no regrets", [], ["Ty Crane", "Vince Tan"])
quote(ENDINGS, ["The head coach, Dion Pryce, was dismissed by Kelby Rovers on Monday night.", '"The club made its choice," the head coach said.'], "The club made its choice", [], ["Dion Pryce"])
quote(ENDINGS, ["The site manager, Owen Hale, was sacked for gross misconduct in April.", '"I will appeal," the site manager said.'], "I will appeal", [], ["Owen Hale"])
# --- handed: an ending's clause with another's name, a time, a place or "But" in capitals ------------
quote(HANDED, ["The treasurer, Ben Ochoa, and the chairman, Ray Lund, both resigned on Friday after the audit.", '"The society is solvent," the treasurer said.'], "The society is solvent", [], ["Ben Ochoa", "Ray Lund"])
quote(HANDED, ["The treasurer, Ben Ochoa, met the auditors in May. Ochoa and club chairman Ray Lund resigned together last week.", '"The accounts are clean," the treasurer said.'], "The accounts are clean", [], ["Ben Ochoa", "Ray Lund"])
quote(HANDED, ["The treasurer, Jon Maher, presented the 2025 accounts to members in March. Last month he resigned after a row over expenses.", '"The society is solvent," the treasurer said.'], "The society is solvent", [], ["Jon Maher"])
quote(HANDED, ["The club secretary, Owen Bryce, wrote to members about the fees. But in April he quit, citing ill health.", '"The books are in order," the club secretary said.'], "The books are in order", [], ["Owen Bryce"])
quote(HANDED, ["The head teacher, Lorna Pike, led Hollins Primary through two inspections. In July she retired after 22 years at the school.", '"Every child here matters," the head teacher said.'], "Every child here matters", [], ["Lorna Pike"])
quote(HANDED, ["The harbour master, Tomas Lind, oversaw the rebuilding of the Craster pier in 2019. Last year he retired to Portugal.", '"The pier will outlast us all," the harbour master said.'], "The pier will outlast us all", [], ["Tomas Lind"])
quote(HANDED, ["The stationmaster, Carl Ives, reopened Kelby station in 2022. On Monday he stepped down.", '"Trains will run on time," the stationmaster said.'], "Trains will run on time", [], ["Carl Ives"])
# --- handed: a past holder who has the post again, or one who held another body's -------------------
quote(HANDED, ["The treasurer, Dev Anand, stood down in March over the missing funds. Ruth Kim, a former treasurer, was voted back into the post at the annual meeting.", '"Every penny will be traced," the treasurer said.'], "Every penny will be traced", ["Ruth Kim"], ["Dev Anand"])
quote(HANDED, ["The coach, Nell Ash, left the club in May. Ivo Kral, an ex-coach of the side, returned to the job on Monday.", '"We start again from the basics," the coach said.'], "We start again from the basics", ["Ivo Kral"], ["Nell Ash"])
quote(HANDED, ["The treasurer, Ben Ochoa, a former treasurer of the rugby club, presented the accounts on Tuesday.", '"We are back in surplus," the treasurer said.'], "We are back in surplus", ["Ben Ochoa"], [])
quote(HANDED, ["The treasurer, Maya Okoro, paid tribute to the late treasurer, Glen Dace, at the meeting.", '"Glen kept this society alive," the treasurer said.'], "Glen kept this society alive", ["Maya Okoro"], ["Glen Dace"])
quote(HANDED, ["The treasurer, Maya Okoro, said the loan was approved in 2019 by the then treasurer, Glen Dace.", '"We are still paying for that decision," the treasurer said.'], "We are still paying for that decision", ["Maya Okoro"], ["Glen Dace"])
quote(HANDED, ["The treasurer, Maya Okoro, presented the accounts on Monday. Ken Pike, who was treasurer until 2022, asked about the loan.", '"The loan will be repaid by June," the treasurer said.'], "The loan will be repaid by June", ["Maya Okoro"], ["Ken Pike"])
quote(HANDED, ["The warden, Gwen Harte, died in March. Olly Pratt, the new warden, took over the spring count.", '"The otters are back," the warden said.'], "The otters are back", ["Olly Pratt"], ["Gwen Harte"])
# --- handed: an ending of something else, or no ending --------------------------------------------
quote(HANDED, ["The treasurer, Ben Ochoa, retired from the Royal Navy in 2015 and joined the society two years later.", '"We must spend within our means," the treasurer said.'], "We must spend within our means", ["Ben Ochoa"], [])
quote(HANDED, ["The treasurer, Ben Ochoa, stood down as a school governor in May to give the society more time.", '"The society comes first," the treasurer said.'], "The society comes first", ["Ben Ochoa"], [])
quote(HANDED, ["The warden, Gwen Harte, met the trust's chairman, Ray Lund, on Monday. He retired from the police in 2019.", '"The reserve needs more volunteers," the warden said.'], "The reserve needs more volunteers", ["Gwen Harte"], ["Ray Lund"])
quote(HANDED, ["The lock keeper, Sam Wells, opened the gates for the first boats of the season. His deputy, Ann Tudor, will succeed him in October.", '"The river is in good shape," the lock keeper said.'], "The river is in good shape", ["Sam Wells"], ["Ann Tudor"])
quote(HANDED, ["The head groundsman, Alan Croft, prepared the pitch on Saturday. Croft, who is due to retire in September, has held the job for 30 years.", '"The pitch will take spin," the head groundsman said.'], "The pitch will take spin", ["Alan Croft"], [])
# --- handed (mends of review rv45b): a holder beside another who ends, a former holder not back ----
quote(HANDED, ["The treasurer, Ben Ochoa, and the chairman, Ray Lund, met the auditors on Monday. Lund resigned on Friday.", '"The accounts will be signed off in June," the treasurer said.'], "The accounts will be signed off in June", ["Ben Ochoa"], ["Ray Lund"])
quote(HANDED, ["The treasurer, Maya Okoro, opened the meeting. Glen Dace, the former treasurer, went back to teaching in 2021.", '"We owe Glen a great deal," the treasurer said.'], "We owe Glen a great deal", ["Maya Okoro"], ["Glen Dace"])
# --- trades: "the housebuilder/homebuilder said" beside a lender, a supplier, a council, a rival ---
quote(TRADES, ["Brackley Homes cut its profit forecast on Tuesday after Halden Bank raised its mortgage rates for a second time.", '"Buyers are waiting for rates to fall," the housebuilder said.'], "Buyers are waiting for rates to fall", ["Brackley Homes"], ["Halden Bank"])
quote(TRADES, ["Brickmaker Kelham Brick cut its output by a fifth as Ashby Homes slowed building on its northern sites.", '"We will build fewer homes this year," the housebuilder said.'], "We will build fewer homes this year", ["Ashby Homes"], ["Kelham Brick"])
quote(TRADES, ["Marlow Council refused planning permission to Ashby Homes for 300 homes at Kelso on Tuesday.", '"The council has let down young buyers," the housebuilder said.'], "The council has let down young buyers", ["Ashby Homes"], ["Marlow Council"])
quote(TRADES, ["Cypress Ridge Homes reported a 12% drop in orders on Thursday, and shares of rival Desert Sky Builders fell 4%.", '"Affordability remains our biggest headwind," the homebuilder said.'], "Affordability remains our biggest headwind", ["Cypress Ridge Homes"], ["Desert Sky Builders"])
quote(TRADES, ["Housing minister Cara Dunne visited a Brackley Homes site in Bicester on Monday.", '"We can build faster if planning is quicker," the housebuilder said.'], "We can build faster if planning is quicker", ["Brackley Homes"], ["Cara Dunne"])
quote(TRADES, ["Jim Dunn, a housebuilder from Kelso, objected to the council's plan for the old mill site.", '"The road cannot take the traffic," the housebuilder said.'], "The road cannot take the traffic", ["Jim Dunn"], [])
quote(TRADES, ["Lumber supplier Pine Valley Mills raised its prices again, and Lone Star Homes said it would pass the cost on to buyers.", '"Every house now costs $9,000 more to frame," the homebuilder said.'], "Every house now costs $9,000 more to frame", ["Lone Star Homes"], ["Pine Valley Mills"])
# --- trades: "its agency, X," or "the department's agency, X," a public body, against one hired -------
quote(TRADES, ["The Department for Transport and its agency, Highways England, blamed Arden Coaches for the delays on the A14.", '"We are reviewing the findings," the company said.'], "We are reviewing the findings", ["Arden Coaches"], ["Highways England"])
quote(TRADES, ["Ministers told their agency, Homes England, to buy the Kelso site from Ashby Homes.", '"We are pleased the site will be built on," the housebuilder said.'], "We are pleased the site will be built on", ["Ashby Homes"], ["Homes England"])
quote(TRADES, ["The health department's agency, NHS Supply Chain, cancelled its contract with Medlow Gloves on Monday.", '"We met every order on time," the company said.'], "We met every order on time", ["Medlow Gloves"], ["NHS Supply Chain"])
quote(TRADES, ["Halden Bank's advertising agency, Mote & Finch, defended the campaign on Tuesday.", '"The advert was cleared before it ran," the firm said.'], "The advert was cleared before it ran", ["Mote & Finch"], ["Halden Bank"])
quote(TRADES, ["Kelby Council has parted company with its PR agency, Brightwater Comms, after the flood campaign.", '"We delivered what was asked of us," the firm said.'], "We delivered what was asked of us", ["Brightwater Comms"], ["Kelby Council"])
quote(TRADES, ["The charity dropped its agency, Lark Digital, after the fundraising emails went out twice.", '"We have apologised to the charity," the company said.'], "We have apologised to the charity", ["Lark Digital"], [])
# --- trades (mends of review rv45b): a trade of the same family, an agency whose name says its trade ---
quote(TRADES, ["Developer Ashby Homes cut its land bank by a tenth after Marlow Council rejected its plans.", '"We will appeal the decision," the housebuilder said.'], "We will appeal the decision", ["Ashby Homes"], [])
quote(TRADES, ["The Department for Education and its agency, Brightside Media, parted ways after the recruitment adverts flopped.", '"We stand by the campaign," the firm said.'], "We stand by the campaign", ["Brightside Media"], ["The Department for Education"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
