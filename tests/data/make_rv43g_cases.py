# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build a reviewer's set for session 43's loosened actor, speaker and cited-source readings
(``grounding_rv43g.jsonl``, review rv43g of fa43a and fa43s), cases written in new words at
the edges of

- ``actors``: "the company" / "It" read back to a company past a person's surname, a
  multi-word country, a legal ending or a single letter (fa43a, ``sides/standins.py``
  ``_body_run``, ``people/standin_words.py``). Must pass: the company past "Mr Arkwright",
  "Saudi Arabia", "Ltd", "U.K."; must fail: a company nearer named like a person on the page
  ("Bramley, the cheesemaker run by Susan Bramley"), a company before its legal ending that
  is not the value, a nearer company past a country.
- ``speakers``: "the office said" for a body named "X for Y" (fa43s, ``quotes/body_heads.py``).
  Must pass: "the transport department", "the pensions department", "the office" with no other
  office; must fail: a nearer office or department that is no "X for Y" ("Kent's highways
  department", "Fenmore Rail's press office"), another "for" body's qualifier.
- ``sources``: a cited source taken "from X data", "per X estimates", owning a named index,
  or joined by "and" to a credited source (fa43s, ``bylines/figure_sources.py``). Must pass:
  the forms themselves in new words; must fail: "from X data servers", "using X data without
  consent", "X's Heart Monitor app", "X's Global Tech Index fund", a client joined to a maker
  ("compiled by A for B and C"), a new clause's subject after "and".

Run ``python tests/data/make_rv43g_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies and people); each verdict was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from builder_base import verdicts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv43g.jsonl")

built = SupportCases(
    "rv43g",
    leads=[
        "GLASGOW (Clydeside Wire) -",
        "By Marisol Vega | The Gulf Coast Ledger",
        "BUSINESS DESK | The Pennine Observer",
        "From our Dublin newsroom, The Liffey Times.",
    ],
)
ACTORS, SPEAKERS, SOURCES = "actors", "speakers", "sources"


def actor(before: str, sentence: str, passes: list[str], fails: list[str], what: str) -> None:
    """Each of ``passes`` is the one actor of the event ``sentence`` tells (after ``before``),
    each of ``fails`` is refused."""
    for expect, who in verdicts(passes, fails):
        built.actor(ACTORS, expect, sentence, who, what, f"actor {who}", before=before)


def speaker(words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.page_quote(SPEAKERS, words, passes, fails, *paragraphs)


def source(sentence: str, name: str, expect: bool, why: str) -> None:
    """One cited source ``name`` with the one ``sentence`` that names it as its evidence."""
    page = built.page("Trading was thin on Wednesday.", sentence)
    facts: dict[str, Any] = {"cited_sources": [{"name": name, "via": None, "evidence": [sentence]}]}
    built.add(SOURCES, expect, why, page, facts, "cited_sources[0].name")


# fmt: off
# --- actors: past a person's surname (the company's own people) -------------------------------
actor("Arkwright Textiles cut its forecast on Monday. Its chairman, Mr Dunmore, blamed cotton prices, and Dunmore said orders from Italy had halved.", "The company will close its mill in Bolton next spring.", ["Arkwright Textiles"], [], "Bolton mill closed")
actor("Sorensen Freight reported a first-half loss on Wednesday. Chief executive Lena Haugland said fuel costs had soared; Haugland called the half 'brutal'.", "It plans to sell six of its older ships.", ["Sorensen Freight"], [], "ships sold")
actor("Quillon Pharma won approval for its asthma inhaler on Friday. Research head Dr Amos Ferrante said the trial took six years, and Ferrante thanked the patients.", "The company will launch the inhaler in Canada in June.", ["Quillon Pharma"], [], "inhaler launched")
# a company named like a person on the page, nearer than the value
actor("Kestrel Foods agreed on Monday to sell its cheese arm to Bramley, the family cheesemaker run by Susan Bramley.", "The company will keep all 300 staff at the Wensley creamery.", [], ["Kestrel Foods"], "staff kept at creamery")
actor("Tarrant Homes sold its Leeds plots to Fenwick, a builder founded by Alan Fenwick in 1971.", "It will build 400 flats on the land by 2029.", [], ["Tarrant Homes"], "flats built")
actor("Ostby Shipping chartered three tankers from Larsen, the Oslo owner chaired by Erik Larsen.", "The company bought the vessels in Korea in 2019.", [], ["Ostby Shipping"], "tankers bought")
# past a multi-word country
actor("Halloran Motors cut its prices in Saudi Arabia on Tuesday.", "It will also open a parts depot near Riyadh.", ["Halloran Motors"], [], "parts depot opened")
actor("Brightwater Foods said sales in New Zealand had doubled.", "The company will build a second dairy plant in Waikato.", ["Brightwater Foods"], [], "dairy plant built")
actor("Corvane Steel won a contract to supply rail in South Korea, beating two local bidders.", "It will ship the first 20,000 tonnes in March.", ["Corvane Steel"], [], "rail shipped")
actor("Halloran Motors sold its plant to Hanbit Auto, South Korea's biggest carmaker.", "It will build electric vans there from 2027.", ["Hanbit Auto"], ["Halloran Motors"], "vans built")
actor("Brightwater Foods lost the tender to Kiwi Crest, a New Zealand dairy group.", "The company will supply 40 schools from September.", [], ["Brightwater Foods"], "schools supplied")
# past a legal ending
actor("Quayside Holdings Ltd reported a loss of £4m on Thursday.", "It will sell its two hotels in Whitby.", ["Quayside Holdings Ltd"], [], "hotels sold")
actor("Tormund Energie AG posted record profits for the year.", "The company will pay a special dividend in May.", ["Tormund Energie AG"], [], "special dividend paid")
actor("Pellworth Digital sold its payments unit to Marlow Systems Inc. on Monday.", "The company will fold the unit into its London office.", ["Marlow Systems Inc."], ["Pellworth Digital"], "unit folded into London office")
actor("Larkspur Media agreed to buy Vantor Studios SA for €90m.", "It will keep Vantor's name and its 120 staff.", ["Larkspur Media"], [], "staff kept")
# past one letter
actor("Fernhill Brewing cut 60 jobs at its U.K. plants on Tuesday.", "The company blamed the cost of barley.", ["Fernhill Brewing"], [], "barley cost blamed")
actor("Ashgrove Bank sold its U.S. card arm to Colton Financial in March.", "It will run the cards from its Dallas office from June.", ["Colton Financial"], ["Ashgrove Bank"], "cards run from Dallas")
actor("Druce Chemicals shut its E.U. depots in May.", "It will now ship to Europe from Felixstowe.", ["Druce Chemicals"], [], "shipping from Felixstowe")
actor("Wexford Dairies sold its Cork plant to Glenmore Ltd. on Friday.", "The company will cut 30 jobs there.", [], ["Wexford Dairies"], "jobs cut at Cork plant")
actor("Corvane Steel lost the rail order to Vantor SA of Spain.", "The company will roll the rail in Bilbao.", [], ["Corvane Steel"], "rail rolled in Bilbao")
actor("Ashgrove Bank's U.S. rival, Colton Financial, cut 500 jobs on Monday.", "It will also close 40 branches.", [], ["Ashgrove Bank"], "branches closed")
actor("Halloran Motors said Mr Patel's firm, Patel Logistics, had won its haulage work.", "The company will add 60 lorries to its fleet.", [], ["Halloran Motors"], "lorries added")

# --- speakers: "the office said" for a body named "X for Y" ----------------------------------
speaker("Rail fares will rise by 4.6% in March",
        ["Department for Transport"], [],
        "The Department for Transport set the cap on fares on Wednesday.",
        '"Rail fares will rise by 4.6% in March," the transport department said.')
speaker("No claimant will lose money under the change",
        ["Department for Work and Pensions"], ["Treasury"],
        "The Department for Work and Pensions set out the reform on Monday, a day after the Treasury's budget.",
        '"No claimant will lose money under the change," the pensions department said.')
speaker("Complaints about tuition fees doubled last year",
        ["Office for Students"], ["Universities UK"],
        "The Office for Students published its annual report on Thursday, and Universities UK welcomed it.",
        '"Complaints about tuition fees doubled last year," the office said.')
# a nearer office or department of another name, no "X for Y"
speaker("The A21 will reopen on Friday",
        [], ["Department for Transport"],
        "The Department for Transport paid for the repairs, and Kent's highways department ran the works.",
        '"The A21 will reopen on Friday," the department said.')
speaker("We regret the delays to passengers",
        [], ["Office of Rail and Road", "Office for Rail Safety"],
        "The Office for Rail Safety fined Fenmore Rail £2m on Tuesday. Fenmore Rail's press office issued a statement.",
        '"We regret the delays to passengers," the office said.')
speaker("Our figures are the best available",
        [], ["Office for National Statistics"],
        "The Office for National Statistics put inflation at 3.1% on Wednesday. The mayor's policy office disputed the figure.",
        '"Our figures are the best available," the office said.')
speaker("Waiting lists are at a record high",
        [], ["Department for Education"],
        "The Department for Education met the health department's officials on Monday.",
        '"Waiting lists are at a record high," the health department said.')
speaker("Fewer students dropped out this year",
        ["Office for Students"], ["Office for National Statistics"],
        "The Office for National Statistics and the Office for Students both published data on Tuesday.",
        '"Fewer students dropped out this year," the students office said.')
speaker("The budget will not balance until 2030",
        ["Office for Budget Responsibility"], ["Office for National Statistics"],
        "The Office for National Statistics published borrowing data on Friday, and the Office for Budget Responsibility revised its forecast.",
        '"The budget will not balance until 2030," the budget office said.')
speaker("Older workers are leaving the labour market",
        ["Centre for Ageing Better"], ["Age UK"],
        "The Centre for Ageing Better published its report on Monday, with a foreword by Age UK.",
        '"Older workers are leaving the labour market," the centre said.')
speaker("The tariff on steel will fall to zero",
        ["Department for Business and Trade"], ["Treasury"],
        "The Department for Business and Trade cut the tariff on Thursday, after talks with the Treasury.",
        '"The tariff on steel will fall to zero," the department said.')
speaker("Councils will get their grants in April",
        ["Office for Local Government"], [],
        "The Office for Local Government opened in May. The office has 40 staff in Wolverhampton.",
        '"Councils will get their grants in April," the office said.')
speaker("The tax rise will hit middle earners hardest",
        ["Institute for Fiscal Studies"], ["Resolution Foundation"],
        "The Institute for Fiscal Studies and the Resolution Foundation both criticised the budget on Thursday.",
        '"The tax rise will hit middle earners hardest," the institute said.')
speaker("Hate crime reports rose by a fifth",
        ["Commission for Racial Equality"], [],
        "The Commission for Racial Equality published its figures on Tuesday.",
        '"Hate crime reports rose by a fifth," the commission said.')

# --- sources: drawn from, named by, or joined to a maker -------------------------------------
source("House prices rose 7%, a figure taken from Corran Land Registry data.", "Corran Land Registry", True, "a figure taken from X data")
source("Footfall fell 4% in March, per Marlowe Retail estimates.", "Marlowe Retail", True, "per X estimates")
source("Exports dropped 11% last quarter, according to Tidewell customs figures.", "Tidewell", True, "according to X customs figures")
source("Using Halvard Analytics data, the paper found 1,200 empty homes in the borough.", "Halvard Analytics", True, "using X data")
source("Inflation eased to 2.4%, Brenner Institute's monthly Price Pressure Index shows.", "Brenner Institute", True, "X's Price Pressure Index")
source("Confidence rose to 102 in Ostrow Bank's quarterly Business Outlook.", "Ostrow Bank", True, "X's quarterly Business Outlook")
source("Figures from the Port Authority and Tidewatch Analytics show 60 ships at anchor.", "Tidewatch Analytics", True, "figures from A and X")
source("A survey by Halcyon Research and the Pelham Institute found 38% of tenants in arrears.", "Pelham Institute", True, "a survey by A and the X")
source("Hackers copied 2m files from Marlow Health data servers last week, police said.", "Marlow Health", False, "from X data servers: no figure drawn")
source("Regulators fined Pellow Media £2m for using Tidewatch data without consent.", "Tidewatch", False, "using X data unlawfully: the fine is the regulators'")
source("Kelso's Heart Monitor app was recalled after 3,000 complaints.", "Kelso", False, "X's Heart Monitor app: a product")
source("Savers pulled $300m from Harland's Global Tech Index fund in May.", "Harland", False, "X's Index fund: no measure")
source("Figures compiled by Pellow Research for Marram Capital and Harland show rents up 6%.", "Harland", False, "a client joined to a client, not to the maker")
source("Spending rose 2% in May according to the Lowther Institute and Harland said it would hire 500 staff.", "Harland", False, "a new clause's subject after 'and'")
source("The 3% fall came from Brantwood sales data, Ofcom said, not from Kelso's.", "Kelso", False, "the data denied as the source")
source("Tidewatch's Sky Monitor satellite burned up on re-entry after 14 months.", "Tidewatch", False, "X's Sky Monitor satellite: a craft")
source("Prices rose 5% per Fenwick's own estimates, and Corran Partners' audit disputed them.", "Fenwick", True, "per X's estimates")
source("Rents fell 2% per Marram Property data, and 3% per Lowther Research figures.", "Lowther Research", True, "per X figures")
source("Brantwood Capital and Pellow Research data show 1,400 closures in the year.", "Brantwood Capital", True, "A and B data show")
source("Shoppers shunned Brantwood and Kelso stores, market figures show.", "Kelso", False, "the stores of X, not a maker")
source("Staff at Fitch and Moody's walked out over pay on Monday, a 3% offer.", "Moody's", False, "A and X staff: no measure")
source("Winds of 90mph hit the coast, Ardley Weather's Storm Tracker map showed.", "Ardley Weather", True, "X's Storm Tracker map: a measure it publishes")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
