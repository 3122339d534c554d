# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 42's speaker rules (``grounding_rv42s.jsonl``, review rv42s
of session 42), cases written by the reviewer in new words, at the edges of

- ``agents``: a passive of describing read like a passive of telling (gsp42a: "was hailed by
  X"), against a relative clause about the speaker ("said Tom Reed, who was hailed by the
  mayor") and "was called by" for a summons;
- ``headers``: a header whose possessive owns the one who gave the words ("The reply from
  X's lawyer, Y:"), against the owned words written with more than two words before the
  announced noun ("Key quotes from X's end-of-year news conference:", "Words from X's
  halftime talk:");
- ``ended``: a holder the page says left the post is refused a later "the treasurer said",
  against one who left something else ("retired from the Navy", "quit social media", "retired
  hurt"), a namesake who left, a holder who took the post later;
- ``colon``: a colon frame after a full name and a described aside;
- ``company``: a name labelled a regulator is never "the company" (not an agency that is a
  business, "the advertising agency", nor a watchdog ending the sentence before), the
  read-back past a body's sentence, a body's one other name (not a name whose rival or
  supplier the sentence means), a business brought in unnamed (not the subject described as
  "a family-owned company");
- ``bylines``: a name line under the headline is a source's only when the body quotes that
  person (not a writer whose paragraph quotes others).

Run ``python tests/data/make_rv42s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv42s.jsonl")

built = SupportCases(
    "rv42s",
    leads=[
        "By Rhiannon Tate | The Severn Courier",
        "DENVER (Front Range Wire) -",
        "NEWS DESK | The Fenland Gazette",
        "Staff report, The Chesapeake Ledger.",
    ],
)
# one category for the speaker readings, one for "the company said" (each with ten or more
# cases of each verdict); the names below mark the rule a case is aimed at
SPEAKERS, COMPANY = "speakers", "company"
AGENTS = HEADERS = ENDED = COLON = BYLINES = SPEAKERS


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
for category, paragraphs, words, passes, fails in (
    # --- agents: a passive of describing -------------------------------------------------------
    (AGENTS, ["The firefighter Tom Reed pulled two children from a burning flat on Sunday.",
              '"I am no hero," said Tom Reed, who was hailed by the mayor, Ann Gray, at a ceremony on Monday.'],
     "I am no hero,", ["Tom Reed"], ["Ann Gray"]),
    (AGENTS, ["Nurses at St Jude's worked through the night after the crash.",
              '"We did our jobs," said Ruth Ames, a nurse who was described by Health Secretary Omar Shah as the best of the service.'],
     "We did our jobs,", ["Ruth Ames"], ["Omar Shah"]),
    (AGENTS, ["Minister Paul Deane announced the library cuts on Wednesday.",
              '"Reckless and cruel" was how the cuts were described by the union leader, Fran Hollis.'],
     "Reckless and cruel", ["Fran Hollis"], ["Paul Deane"]),
    (AGENTS, ["Two anglers went through the ice on Lake Dillon before dawn.",
              '"The ice was too thin," said Piet Bakker, who was called by police to the lake at first light.'],
     "The ice was too thin,", ["Piet Bakker"], []),
    (AGENTS, ["A fire tore through a terrace in Wisbech on Tuesday night.",
              'Jenny Holt, who was called by her neighbour, Sam Pryce, when the fire started, said: "The smoke was black and thick."'],
     "The smoke was black and thick.", ["Jenny Holt"], ["Sam Pryce"]),
    (AGENTS, ["The midfielder left Lazio for Roma in August.",
              '"I owe them nothing," said Dario Conti, who was branded by Lazio\'s fans a traitor.'],
     "I owe them nothing,", ["Dario Conti"], []),
    (AGENTS, ["Captain Ella Ward led the rescue on the fells.",
              '"A born leader" is how Captain Ella Ward was labelled by her sergeant, Mike Tuite.'],
     "A born leader", ["Mike Tuite"], ["Ella Ward"]),
    # --- headers: a possessive in a header's owner -----------------------------------------------
    (HEADERS, ["Lisbon's mayor set out her spending plans on Tuesday.",
               "Remarks from Mayor Ines Duarte's long-awaited budget speech:",
               '"Every child in this city will have a free school meal."'],
     "Every child in this city will have a free school meal.", ["Ines Duarte"], []),
    (HEADERS, ["The governor faced reporters for two hours on Thursday.",
               "Key quotes from Governor Dan Pryor's end-of-year news conference:",
               '"The budget will balance, and it will balance without new taxes."'],
     "The budget will balance, and it will balance without new taxes.", ["Dan Pryor"], []),
    (HEADERS, ["Wexford trailed by nine points at the break.",
               "Words from coach Amy Lutz's halftime talk, as filmed by the club:",
               '"Nobody in this room is beaten yet."'],
     "Nobody in this room is beaten yet.", ["Amy Lutz"], []),
    (HEADERS, ["Ann Ray, 19, has been missing since Friday.",
               "The statement from Ann Ray's family:",
               '"We just want her home safe."'],
     "We just want her home safe.", [], ["Ann Ray"]),
    (HEADERS, ["Dr Sunita Rao was suspended by the hospital on Monday.",
               "The reply from Dr Sunita Rao's spokesman:",
               '"Dr Rao will clear her name."'],
     "Dr Rao will clear her name.", [], ["Sunita Rao"]),
    (HEADERS, ["Prince Albert will not attend the regatta this year.",
               "The message from Prince Albert's private secretary, Sir Guy Hume:",
               '"His Royal Highness sends his warmest wishes to every crew."'],
     "His Royal Highness sends his warmest wishes to every crew.", ["Guy Hume"], ["Albert"]),
    (HEADERS, ["Mayor Ruth Dale met reporters before the storm.",
               "Comments from Mayor Ruth Dale's Tuesday briefing:",
               '"Stay off the roads after six."'],
     "Stay off the roads after six.", ["Ruth Dale"], []),
    # --- ended: a holder who left the post --------------------------------------------------------
    (ENDED, ["The treasurer, Ben Ochoa, retired from the Navy in 2010 and was elected to the post in 2021.",
             '"The books balance," the treasurer said on Monday.'],
     "The books balance,", ["Ben Ochoa"], []),
    (ENDED, ["The club captain, Joe Marsh, retired hurt on 40 after a blow to the hand.",
             '"My hand is fine," the club captain said after the match.'],
     "My hand is fine,", ["Joe Marsh"], []),
    (ENDED, ["The party treasurer, Maria Lund, stood down as a councillor in May to focus on the party's finances.",
             '"We have never had more donors," the party treasurer said.'],
     "We have never had more donors,", ["Maria Lund"], []),
    (ENDED, ["The head teacher, Alan Pryce, has quit social media after abuse from parents.",
             '"I will not be bullied," the head teacher said.'],
     "I will not be bullied,", ["Alan Pryce"], []),
    (ENDED, ["The harbour master, Ola Berg, runs the port with his brother. Finn Berg retired in May after 30 years as a pilot.",
             '"Dredging starts next week," the harbour master said.'],
     "Dredging starts next week,", ["Ola Berg"], ["Finn Berg"]),
    (ENDED, ["The treasurer, Ben Ochoa, resigned as chairman of the golf club last year but kept his council post.",
             '"Council tax will not rise," the treasurer said.'],
     "Council tax will not rise,", ["Ben Ochoa"], []),
    (ENDED, ["The chief constable, Sarah Hale, died in a car crash in January.",
             '"Crime is falling," the chief constable said at the board meeting on Thursday.'],
     "Crime is falling,", [], ["Sarah Hale"]),
    (ENDED, ["The bishop, Peter Lowe, left the post in March for a parish in Rome.",
             '"The cathedral will stay open," the bishop said in May.'],
     "The cathedral will stay open,", [], ["Peter Lowe"]),
    (ENDED, ["The treasurer, Ben Ochoa, met the auditors in March. The former treasurer, Ken Pike, retired in 2019.",
             '"The books balance," the treasurer said.'],
     "The books balance,", ["Ben Ochoa"], ["Ken Pike"]),
    (ENDED, ["The chair, Amy Pike, whose husband died in March, returned to work on Monday.",
             '"The board has been very kind," the chair said.'],
     "The board has been very kind,", ["Amy Pike"], []),
    (ENDED, ["The head coach, Ian Roe, was dismissed by the club on Sunday after five defeats in a row.",
             '"The players deserve better," the head coach said on Tuesday.'],
     "The players deserve better,", [], ["Ian Roe"]),
    # --- colon: a full name, a described aside ----------------------------------------------------
    (COLON, ["Brightwater Foods has closed its oldest bakery.",
             'Nia Hale, its chief executive, quoted the founder\'s last letter to staff: "Bread is a promise."'],
     "Bread is a promise.", [], ["Nia Hale"]),
    (COLON, ["Kings Mill Hospital declared a critical incident on Monday.",
             'Dr Ama Owusu, the trust\'s medical director, was frank: "We ran out of beds."'],
     "We ran out of beds.", ["Ama Owusu"], ["Kings Mill Hospital"]),
    (COLON, ["Police found the boy safe in a barn near Ely on Saturday.",
             'Alice Grey, 41, the mother of the missing boy, was in tears: "I never stopped hoping."'],
     "I never stopped hoping.", ["Alice Grey"], []),
    (COLON, ["Pinewood voted to close its last swimming pool.",
             'Ruth Dale, the mayor of Pinewood, was blunt: "We cannot afford it."'],
     "We cannot afford it.", ["Ruth Dale"], []),
    (COLON, ["The Marlins lost the final in extra time.",
             'Tom Reed, the bride\'s father and the Marlins\' former coach, gave the toast: "To a better season."'],
     "To a better season.", ["Tom Reed"], []),
    (COLON, ["Halden Motors will shut its Luton plant next year.",
             'Kofi Mensah, its finance chief, was asked about the 1,200 jobs: "We will help every worker find a new post."'],
     "We will help every worker find a new post.", ["Kofi Mensah"], ["Halden Motors"]),
    # --- company: regulators, bodies, unnamed businesses ------------------------------------------
    (COMPANY, ["Kite Media, the advertising agency, lost the Brennan Motors account on Monday.",
               '"We wish them well," the company said.'],
     "We wish them well,", ["Kite Media"], []),
    (COMPANY, ["The recruitment agency Hayes Staffing cut 200 jobs on Friday.",
               '"Hiring has slowed sharply," the firm said.'],
     "Hiring has slowed sharply,", ["Hayes Staffing"], []),
    (COMPANY, ["Bills will rise by 6 per cent after a ruling by the industry watchdog. Brent Water welcomed the decision.",
               '"We can now invest in new pipes," the company said.'],
     "We can now invest in new pipes,", ["Brent Water"], []),
    (COMPANY, ["Harlow Gas, the supplier censured by the regulator, will refund 40,000 customers.",
               '"We got this wrong," the company said.'],
     "We got this wrong,", ["Harlow Gas"], []),
    (COMPANY, ["The regulator Ofwat fined Brent Water £4 million on Thursday.",
               '"The penalty is fair," the company said.'],
     "The penalty is fair,", ["Brent Water"], ["Ofwat"]),
    (COMPANY, ["Pellow Homes, a family-owned company founded in 1952, raised its prices by 3 per cent.",
               '"Materials cost more," the company said.'],
     "Materials cost more,", ["Pellow Homes"], []),
    (COMPANY, ["Marrow Bakeries became a listed company in 1998 and now runs 40 shops.",
               '"We are opening ten more," the company said.'],
     "We are opening ten more,", ["Marrow Bakeries"], []),
    (COMPANY, ["Dunmore Energy is an employee-owned firm with 900 staff.",
               '"Our staff own every share," the firm said.'],
     "Our staff own every share,", ["Dunmore Energy"], []),
    (COMPANY, ["Kelso Council has appointed a cleaning company to run its depots.",
               '"We start on Monday," the company said.'],
     "We start on Monday,", [], ["Kelso Council"]),
    (COMPANY, ["Harwick Council said it would hold talks with Marlin Water's biggest customer.",
               '"We will attend," the company said.'],
     "We will attend,", [], ["Marlin Water"]),
    (COMPANY, ["The Transport Commission said it had fined a rival of Tollgate Logistics for late deliveries.",
               '"We will appeal the fine," the firm said.'],
     "We will appeal the fine,", [], ["Tollgate Logistics"]),
    (COMPANY, ["The Drivers Union said its members would strike at a supplier to Orrin Telecom.",
               '"Talks are continuing," the company said.'],
     "Talks are continuing,", [], ["Orrin Telecom"]),
    (COMPANY, ["Leeds City Council said it had cancelled its contract with Axton Facilities on Friday.",
               '"We are disappointed," the company said.'],
     "We are disappointed,", ["Axton Facilities"], ["Leeds City Council"]),
    (COMPANY, ["Hartley Cement shut its kiln in Rugby on Monday.",
               "Okafor, the plant manager, said 80 jobs would go.",
               '"Demand for cement has collapsed," the company said.'],
     "Demand for cement has collapsed,", ["Hartley Cement"], ["Okafor"]),
    (COMPANY, ["Rowan Pharma withdrew its cough syrup on Monday.",
               "The Agency for Medicines and Devices said it had asked for the recall.",
               '"Patient safety comes first," the company said.'],
     "Patient safety comes first,", ["Rowan Pharma"], ["Agency for Medicines and Devices"]),
    (COMPANY, ["Corran Steel cut 300 jobs in Motherwell.",
               "The Ministry of Defence and Vardy Aerospace signed a £2 billion contract on Friday.",
               '"Our order book is thin," the company said.'],
     "Our order book is thin,", [], ["Corran Steel"]),
    # --- more must-fail, written with the rest before any run ------------------------------------
    (AGENTS, ["The lifeboat crew brought nine fishermen ashore on Monday.",
              '"Stay calm," said the coxswain, who was hailed by the mayor, Ann Gray, after the rescue.'],
     "Stay calm,", [], ["Ann Gray"]),
    (AGENTS, ["Mayor Tom Price unveiled the parking plan on Monday.",
              '"Short-sighted" was how the plan was branded by the opposition leader, Kemi Lawal.'],
     "Short-sighted", ["Kemi Lawal"], ["Tom Price"]),
    (HEADERS, ["Senator Ruth Obi missed the vote on Tuesday.",
               "The reply from Senator Ruth Obi's press secretary, Dan Greer:",
               '"The senator was with her sick father."'],
     "The senator was with her sick father.", ["Dan Greer"], ["Ruth Obi"]),
    (HEADERS, ["Coach Amy Lutz was banned for six games on Friday.",
               "The statement from Coach Amy Lutz's lawyers:",
               '"The ban is unjust and will be appealed."'],
     "The ban is unjust and will be appealed.", [], ["Amy Lutz"]),
    (ENDED, ["The club secretary, Jean Moss, retired in May. Her deputy now runs the office.",
             '"Membership is up," the club secretary said on Friday.'],
     "Membership is up,", [], ["Jean Moss"]),
    (ENDED, ["The treasurer, Ben Ochoa, stood down as treasurer in March after a row over expenses.",
             '"The accounts are clean," the treasurer said in May.'],
     "The accounts are clean,", [], ["Ben Ochoa"]),
    (ENDED, ["The coach, Dan Ives, quit the post on Monday.",
             '"We need a new start," the coach said on Friday.'],
     "We need a new start,", [], ["Dan Ives"]),
    (COMPANY, ["The watchdog Ofcom fined the broadcaster Tellwave £2 million.",
               '"We will appeal," the company said.'],
     "We will appeal,", [], ["Ofcom"]),
    (COMPANY, ["Harwick Council said it would sue the owner of Marlin Water over the spills.",
               '"We will fight the claim," the company said.'],
     "We will fight the claim,", [], ["Marlin Water"]),
    (COMPANY, ["Harcourt University, which hired a catering company in May, opened its new canteen.",
               '"Every meal is cooked fresh," the company said.'],
     "Every meal is cooked fresh,", [], ["Harcourt University"]),
    (COMPANY, ["Kelso Council, a big client of a local cleaning firm, cut the contract.",
               '"We were given no warning," the firm said.'],
     "We were given no warning,", [], ["Kelso Council"]),
    (COLON, ["Brightwater Foods has closed its oldest bakery.",
             'Nia Hale, its chief executive, read out the founder Tom Reed\'s letter: "Bread is a promise."'],
     "Bread is a promise.", [], ["Nia Hale"]),
):
    quote(category, paragraphs, words, passes, fails)
# fmt: on


# --- bylines: a name line under the headline -------------------------------------------------
byline = partial(built.article_field, BYLINES, "byline")


def page(head: str, body: str) -> str:
    """A headline, a line under it, a blank line and the body."""
    return f"Bus fares in Leeds capped at £2 from June\n{head}\n\n{body}"


BUSES = (
    "Single bus fares across West Yorkshire will be capped at £2 from June, the combined authority said on Tuesday.\n\n"
    'Drivers\' leaders called the cap "welcome but late".\n'
)
byline(page("Ana Ruiz, The Yorkshire Post", BUSES + "\nAna Ruiz reports from Leeds bus station, where passengers said the cap was overdue.\n"), ["Ana Ruiz"], [])  # fmt: skip
byline(page("Tom Eddy, Transport Correspondent", BUSES + '\nTom Eddy put the question to the mayor, who said the cap would "pay for itself".\n'), ["Tom Eddy"], [])  # fmt: skip
byline(page("Greg Ansell, Bus Users UK", BUSES + "\nGreg Ansell, who leads the charity Bus Users UK, told the BBC the cap should cover all of England.\n"), [], ["Greg Ansell"])  # fmt: skip
byline(page("Sam Whitby, Leeds Bus Users", BUSES + "\nSam Whitby, who catches the 7.10 into Leeds, said the cap would save her £15 a week.\n"), [], ["Sam Whitby"])  # fmt: skip
byline(page("Priya Nair, Leeds Civic Trust", BUSES + '\nPriya Nair of the Leeds Civic Trust said: "Cheaper fares will bring people back into the city."\n'), [], ["Priya Nair"])  # fmt: skip


# session 43 (gsp43): "the company said" past a sentence whose subject is a person by a post
# noun ("Union official Dean Wragg", "Okafor, the plant manager,"): no business, read on
# fmt: off
for category, paragraphs, words, passes, fails in (
    (COMPANY, ["Marlow Cables will close its Hull plant in June.",
               "The plant manager, Ruth Adey, told staff on Monday.",
               '"The plant has no future," the company said.'],
     "The plant has no future,", ["Marlow Cables"], ["Ruth Adey"]),
    (COMPANY, ["Fenby Bakeries cut 120 jobs on Tuesday.",
               'Union official Sam Pryor called the cuts "brutal".',
               '"Demand has fallen for two years," the firm said.'],
     "Demand has fallen for two years,", ["Fenby Bakeries"], ["Sam Pryor"]),
    (COMPANY, ["Strand Telecom raised its prices by 9 per cent.",
               "Kate Obi, a consumer adviser, said bills would rise.",
               '"Our costs have doubled," the company said.'],
     "Our costs have doubled,", ["Strand Telecom"], ["Kate Obi"]),
    (COMPANY, ["Tolland Brewing shut its Leeds brewery on Friday.",
               "Ali Reza, the site manager, said 60 jobs would go.",
               '"Beer sales never recovered," the company said.'],
     "Beer sales never recovered,", ["Tolland Brewing"], ["Ali Reza"]),
):
    quote(category, paragraphs, words, passes, fails)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
