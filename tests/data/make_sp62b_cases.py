# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 62's quotes credited to "the <Name> <title>" (``grounding_sp62b.jsonl``,
writer sp62b; :mod:`summarizer.verification.sentences.qualified_titles`):

- ``qualified``: a quote whose sentence credits "the Harwick boss", "the Velto chief", "the
  Ormond coach" (a colon frame or '"...," the X chief said'), and the page has named one person
  with that capitalised qualifier in a title before it ("Harwick's chief executive, Nadia
  Sorel", "Velto chief executive Piers Lund", "Amos Reddy, the Ormond coach"): that person
  passes; the page's other people (a rival, the one spoken to, a minister) stay refused;
- ``guard``: the same credits where the qualifier does not pick one person: two people hold a
  title with it before the quote, the one holding it is named only inside quoted words, the
  credit is the one spoken to ("told the Harwick boss:"), or the qualifier's title comes only
  after the quote; the value is refused, while a quote plainly credited by name beside it passes.

Run ``python tests/data/make_sp62b_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp62b.jsonl")

built = SupportCases(
    "sp62b",
    leads=[
        "By Tamsin Orley | Business Desk | The Carrow Ledger",
        "FELDHAM, March 3 (Northgate Wire) -",
        "Live: all times GMT | Sport desk, Wexmoor Herald",
        "From our correspondent in Lisvane, 3 March 2026.",
    ],
)
QUALIFIED, GUARD = "qualified", "guard"

# --- qualified ------------------------------------------------------------------------------
built.story(
    QUALIFIED,
    "Harwick shares slide after profit warning",
    [
        "Harwick Foods cut its profit forecast for the second time this year on Tuesday, blaming the price of cocoa.",
        '"We did not see this coming," Harwick\'s chief executive, Nadia Sorel, said. The Harwick boss went further: "Nobody in this industry saw it coming."',
        "Analyst Bram Oyelaran at Pellis Bank called the warning overdue.",
    ],
    ("Nobody in this industry saw it coming.", ["Nadia Sorel"], ["Bram Oyelaran", "Harwick Foods"]),
)
built.story(
    QUALIFIED,
    "Velto recalls 40,000 scooters",
    [
        "Velto chief executive Piers Lund announced the recall at a press conference in Feldham, flanked by the company's safety engineers.",
        "Regulator Ines Caddow said her office had received eleven reports of brakes failing.",
        'Asked whether anyone had been hurt, the Velto chief was careful: "We know of two minor injuries, and that is two too many."',
    ],
    ("We know of two minor injuries, and that is two too many.", ["Piers Lund"], ["Ines Caddow"]),
)
built.story(
    QUALIFIED,
    "Ormond sack their manager after derby rout",
    [
        "Amos Reddy, the Ormond coach, was dismissed on Sunday night, hours after a 5-0 defeat by Brackley.",
        "Brackley's manager Colm Tierney was gracious in victory.",
        'Earlier in the week the Ormond coach had been defiant: "I have never run from a fight and I will not start now."',
    ],
    ("I have never run from a fight and I will not start now.", ["Amos Reddy"], ["Colm Tierney"]),
)
built.story(
    QUALIFIED,
    "Lisvane port strike ends",
    [
        "Dockers at Lisvane returned to work on Monday after the port's owners improved their pay offer.",
        "The deal was negotiated by Rhona Achebe, the Lisvane harbourmaster, and union officials led by Teodor Vasko.",
        '"The port is open and the ships are moving," the Lisvane harbourmaster said.',
    ],
    ("The port is open and the ships are moving,", ["Rhona Achebe"], ["Teodor Vasko"]),
)
built.story(
    QUALIFIED,
    "Pemberly University wins grant for battery lab",
    [
        "The government has awarded 12 million pounds to Pemberly University for a battery research centre, science minister Dalia Fenn announced.",
        "The project is led by Pemberly chemistry professor Oskar Lindqvist, who has worked on sodium cells for a decade.",
        'Reached at his laboratory, the Pemberly professor said: "This lets us build the cells here rather than send our designs abroad."',
    ],
    (
        "This lets us build the cells here rather than send our designs abroad.",
        ["Oskar Lindqvist"],
        ["Dalia Fenn"],
    ),
)
built.story(
    QUALIFIED,
    "Corvane Airlines cancels winter routes",
    [
        "Corvane Airlines will drop nine routes this winter, its chief executive, Hollis Marr, told investors.",
        "Travel agents' leader Signe Ruud called the move a blow to regional towns.",
        'The Corvane boss was unrepentant: "We fly where people want to go, and they are not going there."',
    ],
    (
        "We fly where people want to go, and they are not going there.",
        ["Hollis Marr"],
        ["Signe Ruud"],
    ),
)
built.story(
    QUALIFIED,
    "Tallis Bank chair to step down",
    [
        "Tallis Bank chairman Edwin Holroyd will leave the board in June after eleven years, the lender said on Thursday.",
        "His successor has not been named; directors Sunita Kale and Marc Dufour are said to be candidates.",
        '"It is time for fresh eyes," the Tallis chairman wrote in a letter to staff.',
    ],
    ("It is time for fresh eyes,", ["Edwin Holroyd"], ["Sunita Kale", "Marc Dufour"]),
)
built.story(
    QUALIFIED,
    "Brenna mayor rejects tram plan",
    [
        "Councillors in Brenna voted 14-9 against the tram extension on Wednesday.",
        "Mayor Lotte Brink, the Brenna council leader, had campaigned against it since the spring, while her deputy, Yusuf Harte, backed it.",
        'After the vote the Brenna leader was brief: "The people of this city did not want it."',
    ],
    ("The people of this city did not want it.", ["Lotte Brink"], ["Yusuf Harte"]),
)
built.story(
    QUALIFIED,
    "Kessel Motors opens battery plant",
    [
        "Kessel Motors opened its first battery plant outside Feldham on Friday.",
        "Kessel's head of manufacturing, Joaquim Ferro, showed reporters the line, and regional governor Anke Voss cut the ribbon.",
        'The Kessel head told them: "Every car we sell in this country will carry a battery made in this building."',
    ],
    (
        "Every car we sell in this country will carry a battery made in this building.",
        ["Joaquim Ferro"],
        ["Anke Voss"],
    ),
)
built.story(
    QUALIFIED,
    "Greyfield Rovers appoint new captain",
    [
        "Greyfield Rovers have named midfielder Ciaran Doyle as club captain, replacing the retired Tom Adeyemi.",
        "The decision was made by Greyfield manager Pia Sandberg after a vote of the squad.",
        '"He leads by example, on and off the pitch," the Greyfield manager said.',
    ],
    (
        "He leads by example, on and off the pitch,",
        ["Pia Sandberg"],
        ["Ciaran Doyle", "Tom Adeyemi"],
    ),
)

# --- guard ----------------------------------------------------------------------------------
built.story(
    GUARD,
    "Harwick board split over bid",
    [
        "Harwick's chief executive, Nadia Sorel, backed the takeover offer, but Harwick chairman Felix Grau opposed it.",
        'The Harwick boss told shareholders: "This offer undervalues the company."',
        '"We should take it," Nadia Sorel said.',
    ],
    ("This offer undervalues the company.", [], ["Nadia Sorel", "Felix Grau"]),
    ("We should take it,", ["Nadia Sorel"], ["Felix Grau"]),
)
built.story(
    GUARD,
    "Velto founder speaks out",
    [
        'In a memo, founder Wren Halley wrote that "Velto chief executive Piers Lund has lost the confidence of the engineers".',
        'The Velto chief was scathing: "Some people prefer to write memos than to fix brakes."',
        '"I stand by every word," Wren Halley said.',
    ],
    ("Some people prefer to write memos than to fix brakes.", [], ["Piers Lund", "Wren Halley"]),
    ("I stand by every word,", ["Wren Halley"], ["Piers Lund"]),
)
built.story(
    GUARD,
    "Union confronts Harwick boss",
    [
        "Shop steward Gemma Quist met Harwick's chief executive, Nadia Sorel, at the Feldham plant gates on Monday.",
        'Gemma Quist told the Harwick boss: "You have until Friday to put an offer on the table."',
        '"We will talk," Nadia Sorel said.',
    ],
    ("You have until Friday to put an offer on the table.", ["Gemma Quist"], ["Nadia Sorel"]),
    ("We will talk,", ["Nadia Sorel"], ["Gemma Quist"]),
)
built.story(
    GUARD,
    "Ormond and Brackley coaches trade barbs",
    [
        "Amos Reddy, the Ormond coach, and Colm Tierney, the Brackley coach, met before Sunday's derby.",
        'The Brackley coach went first: "We are the better side, and everyone knows it."',
        '"Talk is cheap," Amos Reddy said.',
    ],
    ("We are the better side, and everyone knows it.", ["Colm Tierney"], ["Amos Reddy"]),
    ("Talk is cheap,", ["Amos Reddy"], ["Colm Tierney"]),
)
built.story(
    GUARD,
    "Lisvane harbour row",
    [
        "The Lisvane harbourmaster, Rhona Achebe, and the Lisvane port director, Idris Pole, disagree over the new berth.",
        '"The berth is not safe for the larger ships," the Lisvane harbourmaster said.',
        "Idris Pole would not comment.",
    ],
    ("The berth is not safe for the larger ships,", ["Rhona Achebe"], ["Idris Pole"]),
)
built.story(
    GUARD,
    "Corvane crew dispute",
    [
        "Pilots' union leader Arvid Sten said talks had collapsed.",
        '"We offered more than the market pays," the Corvane boss said, before Corvane chief executive Hollis Marr left the room.',
    ],
    ("We offered more than the market pays,", [], ["Arvid Sten"]),
)
built.story(
    GUARD,
    "Tallis Bank fined",
    [
        "Tallis Bank was fined 3 million pounds for failing to check clients' identities, regulator Mirela Dobos announced.",
        "Tallis chairman Edwin Holroyd and Tallis chief executive Grace Onuoha both apologised.",
        '"We have let our customers down," the Tallis chief said.',
    ],
    ("We have let our customers down,", ["Grace Onuoha"], ["Mirela Dobos"]),
)
built.story(
    GUARD,
    "Kessel strike looms",
    [
        "Kessel's head of manufacturing, Joaquim Ferro, and Kessel's head of sales, Maren Holt, met union officials on Tuesday.",
        'The Kessel head said afterwards: "We are still a long way apart."',
        '"We are close," union negotiator Piet Laan said.',
    ],
    ("We are still a long way apart.", [], ["Joaquim Ferro", "Maren Holt", "Piet Laan"]),
    ("We are close,", ["Piet Laan"], ["Joaquim Ferro"]),
)
built.story(
    GUARD,
    "Greyfield fans protest",
    [
        "About 300 Greyfield Rovers fans marched on the stadium on Saturday, led by supporters' trust chair Dev Malhotra.",
        'Their banner read: "Sandberg out".',
        'Malhotra said the Greyfield manager had "lost the dressing room".',
    ],
    ("lost the dressing room", ["Dev Malhotra"], ["Pia Sandberg"]),
)
built.story(
    GUARD,
    "Brenna council votes",
    [
        "Councillors in Brenna voted on the budget on Wednesday.",
        'The Brenna leader was brief: "The sums do not add up."',
        "The vote was called by Mayor Lotte Brink, the Brenna council leader, who backed the cuts.",
    ],
    ("The sums do not add up.", [], ["Lotte Brink"]),
)

built.story(
    GUARD,
    "Velto chief to visit Feldham plant",
    [
        "Velto spokeswoman Ada Marchetti told reporters the company's chief executive would tour the plant on Friday.",
        '"I want to hear from the people who build our scooters," the Velto chief said.',
    ],
    ("I want to hear from the people who build our scooters,", [], ["Ada Marchetti"]),
)
built.story(
    GUARD,
    "Ormond physio leaves",
    [
        "Ormond physiotherapist Lena Brask is leaving the club after six seasons, and Ormond chairman Joss Whitlow thanked her.",
        'The Ormond boss was warm: "She kept this squad on its feet."',
        '"I will miss them all," Lena Brask said.',
    ],
    ("She kept this squad on its feet.", ["Joss Whitlow"], ["Lena Brask"]),
    ("I will miss them all,", ["Lena Brask"], ["Joss Whitlow"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
