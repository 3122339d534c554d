# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build closer gsp45b's set for session 45's quote-speaker rules (``grounding_gsp45b.jsonl``),
written for the forms the rules read, the must-fail cases first:

- ``holders``: "the treasurer/coroner/harbour master said" credited to the one the page names
  with that description (``quotes/described_reads.described_credit``) past other people the
  page writes near it: a past holder named as "the former treasurer, Ken Pike," (neither a
  second holder nor a hand-over, and never the one "the treasurer" is: ``misfit``); a
  namesake's ending ("Finn Berg retired" beside "The harbour master, Ola Berg,"; a namesake is
  no holder: ``_same_person``); an ending that is no post's ("retired hurt", "quit smoking");
  "the new coroner, Sue Penrose," after the first holder's ending (``_handed``, ``_ended``).
  Must fail: the past holder, the namesake, the holder whose post ended, a successor's
  predecessor, a holder whose own clause ends the post ("He retired in May").
- ``ends-trades``: a holder "was dismissed/sacked by" the club is no longer "the head coach"
  (``_ended``: "dismissed", and "by" after the ending); "the housebuilder/homebuilder said"
  read back to the business the page calls "it" (``business_backs.BUSINESS_NOUNS``). Must
  fail: the dismissed holder, the body that dismissed them, another person or body beside the
  housebuilder; "its agency, Kite Creative," is one the body hired, a business "the firm said"
  may be (``described_reads.misfit``, ``description_misfits._trade_agency``). Must fail: the
  body that hired it, a public agency named with the department, "its union, Unite,".

Run ``python tests/data/make_gsp45b_cases.py`` to rebuild it. Every sentence is written for
this set (fictional companies and people); each verdict was decided when written, before any
run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gsp45b.jsonl")

built = SupportCases(
    "gsp45b",
    [
        "By Eilidh Munro | The Tay Courier",
        "NORWICH (Broadland Wire) -",
        "LOCAL NEWS | The Exe Valley Post",
        "From our Swansea newsroom, The Gower Herald.",
        "Courts desk, The Medway Observer.",
    ],
)
HOLDERS, ENDS = "holders", "ends-trades"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- holders: a past holder named as "the former ..." ---------------------------------------------
quote(HOLDERS, ["The treasurer, Maya Okoro, presented the accounts on Monday. The former treasurer, Glen Dace, left the society in 2021.", '"We are back in surplus," the treasurer said.'], "We are back in surplus", ["Maya Okoro"], ["Glen Dace"])
quote(HOLDERS, ["The club secretary, Rhys Vaughan, wrote to members in May.", "The former club secretary, Ann Tudor, stood down in 2020 after ten years.", '"The fees will not rise," the club secretary said.'], "The fees will not rise", ["Rhys Vaughan"], ["Ann Tudor"])
quote(HOLDERS, ["The head teacher, Lorna Pike, met parents at Hollins Primary. Her predecessor, the former head teacher Iain Frew, now runs a charity.", '"No child will lose a place," the head teacher said.'], "No child will lose a place", ["Lorna Pike"], ["Iain Frew"])
quote(HOLDERS, ["The harbour master, Tomas Lind, closed the inner basin on Friday. The former harbour master, Peter Gale, retired in 2018.", '"It is a matter of safety," the harbour master said.'], "It is a matter of safety", ["Tomas Lind"], ["Peter Gale"])
quote(HOLDERS, ["The treasurer, Dev Anand, signed the accounts on Friday. Ruth Kim, the former treasurer, questioned a loan.", '"Every penny is accounted for," the treasurer said.'], "Every penny is accounted for", ["Dev Anand"], ["Ruth Kim"])
# --- holders: a namesake's ending ----------------------------------------------------------------
quote(HOLDERS, ["The lock keeper, Sam Wells, runs the Kennet locks with his sister. Joan Wells retired in April after 20 years as a ranger.", '"The water is too low for boats," the lock keeper said.'], "The water is too low for boats", ["Sam Wells"], ["Joan Wells"])
quote(HOLDERS, ["The head groundsman, Alan Croft, prepared the pitch on Saturday. Mark Croft resigned from the committee in March.", '"The pitch will take spin," the head groundsman said.'], "The pitch will take spin", ["Alan Croft"], ["Mark Croft"])
quote(HOLDERS, ["The station manager, Priya Shah, spoke to passengers. Her cousin, Nikhil Shah, quit the railway last year.", '"Services will run as normal," the station manager said.'], "Services will run as normal", ["Priya Shah"], ["Nikhil Shah"])
quote(HOLDERS, ["The chief fire officer, Dan Hale, visited the site. His brother Tom Hale died in a crash in 2015.", '"The building was not safe," the chief fire officer said.'], "The building was not safe", ["Dan Hale"], ["Tom Hale"])
# --- holders: an ending that is no post's --------------------------------------------------------
quote(HOLDERS, ["The wicketkeeper, Sol Berry, retired hurt on 12 after a blow to the elbow, and coach Nina Frost sent for a scan.", '"The elbow is only bruised," the wicketkeeper said after the match.'], "The elbow is only bruised", ["Sol Berry"], ["Nina Frost"])
quote(HOLDERS, ["The club captain, Ewan Reid, retired hurt on 31 as Kent chased 240. Opener Jack Oduya then fell for 9.", '"I will be fit for Friday," the club captain said.'], "I will be fit for Friday", ["Ewan Reid"], ["Jack Oduya"])
quote(HOLDERS, ["The parish clerk, Hilda Moss, quit smoking in January, and the council chair, Ben Lowe, praised her.", '"I feel ten years younger," the parish clerk said.'], "I feel ten years younger", ["Hilda Moss"], ["Ben Lowe"])
quote(HOLDERS, ["The lifeboat coxswain, Kerr Dunn, resigned from the golf club in June. Deputy coxswain Amy Stott was at sea on Sunday.", '"We got to them just in time," the lifeboat coxswain said.'], "We got to them just in time", ["Kerr Dunn"], ["Amy Stott"])
# --- holders: the new holder after an ending -----------------------------------------------------
quote(HOLDERS, ["The coroner, Alan Birch, opened the inquest in Truro last year. Birch retired in June, and the new coroner, Sue Penrose, resumed the hearing on Monday.", '"This death was avoidable," the coroner said.'], "This death was avoidable", ["Sue Penrose"], ["Alan Birch"])
quote(HOLDERS, ["The warden, Gwen Harte, ran the reserve for a decade. Harte died in March, and the new warden, Olly Pratt, took over the count.", '"The otters are back," the warden said.'], "The otters are back", ["Olly Pratt"], ["Gwen Harte"])
quote(HOLDERS, ["The stationmaster, Carl Ives, opened the line in 2019. Ives resigned in May, and the new stationmaster, Ruth Adey, started on Monday.", '"Trains will run on time," the stationmaster said.'], "Trains will run on time", ["Ruth Adey"], ["Carl Ives"])
quote(HOLDERS, ["The bursar, Colm Rea, set the fees in 2023. Rea quit in April and the new bursar, Lena Moor, joined the college this month.", '"Fees will rise by 2 per cent," the bursar said.'], "Fees will rise by 2 per cent", ["Lena Moor"], ["Colm Rea"])
# --- holders: the holder's own ending, or a successor named --------------------------------------
quote(HOLDERS, ["The treasurer, Jon Maher, met the auditors in March. He retired in May.", '"The books balance," the treasurer said.'], "The books balance", [], ["Jon Maher"])
quote(HOLDERS, ["The verger, Ada Lowry, opened the church. Her successor, Tim Noble, will start in July.", '"The roof is sound," the verger said.'], "The roof is sound", [], ["Ada Lowry"])
quote(HOLDERS, ["The club secretary, Owen Bryce, stepped down in May.", '"The books are in order," the club secretary said.'], "The books are in order", [], ["Owen Bryce"])
# --- ends-trades: a holder dismissed or sacked by a body ------------------------------------------
quote(ENDS, ["The head coach, Ian Roe, was dismissed by the club on Sunday after five defeats in a row.", '"The players deserve better," the head coach said on Tuesday.'], "The players deserve better", [], ["Ian Roe", "the club"])
quote(ENDS, ["The manager, Kit Harlow, was sacked by the board on Monday, and chairman Lou Penn thanked him.", '"I gave it everything," the manager said.'], "I gave it everything", [], ["Kit Harlow", "Lou Penn"])
quote(ENDS, ["The curator, Fay Orme, has been dismissed by the trustees of the Lowther Gallery.", '"The gallery is in good health," the curator said.'], "The gallery is in good health", [], ["Fay Orme"])
quote(ENDS, ["The conductor, Milo Grant, was fired by the orchestra's board in March.", '"We played our best season," the conductor said.'], "We played our best season", [], ["Milo Grant"])
quote(ENDS, ["The head coach, Nell Ash, saw her appeal dismissed by the league on Sunday.", '"We will serve the ban," the head coach said.'], "We will serve the ban", ["Nell Ash"], ["the league"])
quote(ENDS, ["The manager, Ty Crane, whose claim was dismissed by the tribunal, met the players on Monday.", '"We move on," the manager said.'], "We move on", ["Ty Crane"], ["the tribunal"])
quote(ENDS, ["The curator, Bea Lund, was backed by the trustees of the Hale Museum on Monday.", '"The museum will stay free," the curator said.'], "The museum will stay free", ["Bea Lund"], ["the trustees"])
quote(ENDS, ["The conductor, Ravi Patel, was praised by critics after the Proms concert.", '"The orchestra was superb," the conductor said.'], "The orchestra was superb", ["Ravi Patel"], ["critics"])
# --- ends-trades: "the housebuilder said" read back to the business called "it" ----------------
quote(ENDS, ["Brackley Homes cut its profit forecast for the year, and estate agent Lucy Barr warned of a slow summer.", "Sales of new homes slowed in the spring.", '"Buyers are waiting for rates to fall," the housebuilder said.'], "Buyers are waiting for rates to fall", ["Brackley Homes"], ["Lucy Barr"])
quote(ENDS, ["Thornfield Living halved its land buying on Tuesday, and councillor Ade Bello welcomed the pause.", '"Planning delays cost us a year," the housebuilder said.'], "Planning delays cost us a year", ["Thornfield Living"], ["Ade Bello"])
quote(ENDS, ["Corran Estates sold 900 homes in its first half.", '"Demand held up in the north," the homebuilder said.'], "Demand held up in the north", ["Corran Estates"], [])
quote(ENDS, ["Harwick Developments raised its dividend after a strong year, and analyst Jo Penn called it bold.", '"We are building more than ever," the housebuilder said.'], "We are building more than ever", ["Harwick Developments"], ["Jo Penn"])
quote(ENDS, ["Ashby Homes will build 400 homes at Kelso after winning its appeal.", '"This is good news for young buyers," the homebuilder said on Thursday.'], "This is good news for young buyers", ["Ashby Homes"], [])
quote(ENDS, ["The head coach, Jo Brack, dismissed talk of a crisis on Friday.", '"We are two wins from safety," the head coach said.'], "We are two wins from safety", ["Jo Brack"], [])
quote(ENDS, ["Minister Cara Dunne met the builders on Monday.", '"Targets are in reach," the housebuilder said.'], "Targets are in reach", [], ["Cara Dunne"])
# --- ends-trades: "its agency, X," is an agency the body hired, a business ---------------------
quote(ENDS, ["The Department for Transport and its agency, the Vehicle Standards Agency, blamed Arden Coaches for the crash.", '"We are reviewing the findings," the firm said.'], "We are reviewing the findings", [], ["the Vehicle Standards Agency"])
quote(ENDS, ["Kestrel Buses told its union, Unite, that pay would be frozen until April.", '"We cannot afford more," the company said.'], "We cannot afford more", ["Kestrel Buses"], ["Unite"])
quote(ENDS, ["Dunmore Council sacked its agency, Kite Creative, over the recycling campaign.", '"We followed the brief we were given," the firm said.'], "We followed the brief we were given", ["Kite Creative"], ["Dunmore Council"])
quote(ENDS, ["Shelter Cymru dropped its agency, Pellow Media, after a row over fees.", '"We are disappointed," the company said on Tuesday.'], "We are disappointed", ["Pellow Media"], ["Shelter Cymru"])
quote(ENDS, ["The Ministry of Justice fired its agency, Castor Digital, over the leaked files.", '"We did nothing wrong," the firm said.'], "We did nothing wrong", ["Castor Digital"], ["the Ministry of Justice"])
quote(ENDS, ["Wexley Borough Council has cut ties with its agency, Lumen Creative, after the campaign flopped.", '"We wish the council well," the company said.'], "We wish the council well", ["Lumen Creative"], ["Wexley Borough Council"])
quote(ENDS, ["Marlow Council wants its agency, Redfern Recruitment, to repay 40,000 pounds in fees.", '"The invoices were agreed in writing," the company said.'], "The invoices were agreed in writing", ["Redfern Recruitment"], ["Marlow Council"])
quote(ENDS, ["Carrick District Council paid its agency, Nettle Design, 90,000 pounds for the new logo.", '"The logo was tested with residents," the firm said.'], "The logo was tested with residents", ["Nettle Design"], ["Carrick District Council"])
quote(ENDS, ["The Welsh Rugby Union dropped its agency, Vane Creative, after the kit launch.", '"We are proud of the work," the company said.'], "We are proud of the work", ["Vane Creative"], ["The Welsh Rugby Union"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
