# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 41's gsp41b and gac41 (``grounding_rv41b.jsonl``): a
reviewer's own cases, in new words, at the edges of the three new readings:

- ``figure-maker``: a ``cited_sources`` name credited with a figure by
  ``bylines/figure_sources.py`` (a bare descriptor opening the sentence, a "which"/"who" aside
  before the verb, "sees ... -ing" and "thinks" before a figure, "X data show", two modifiers
  before an owned measure, "at least" after the verb). Must fail: a name that watches ("sees
  players training at 7am"), thinks of its own life ("thinks the 2026 World Cup will be his
  last"), a club whose manager leaves, a product's sales figures, a person's records or
  ranking written with two modifiers, a deed past an aside ("who joined in 2021, found the net
  19 times"). Must pass: the maker of the figure in those same shapes.
- ``company-back``: "the company/firm said" read back to a named sentence subject
  (``quotes/business_nouns.subject_business``). Must fail: a person with no title the rule
  knows ("Billionaire Lars Eide"), a bare person, a regulator or a city named as subject, a
  thing the sentence before names. Must pass: the business past a titled person, a public
  body, a common noun, in British and American copy.
- ``salient-it``: "It"/"The lender" opening a sentence read back to the bare subject of the
  sentence before (``people/standin_checks.salient_subject``). Must fail: an "it" that is the
  object the sentence before made (a kiln, a ferry), what a company warned or reported of
  ("demand"), a description that does not fit the subject ("borrowed £40m. The lender"), a
  dummy "it" of other verbs ("It took a month for rivals to follow"). Must pass: the subject's
  own later deed.

Run ``python tests/data/make_rv41b_cases.py`` to rebuild it. Every sentence is written for this
set (fictional firms, people and places); each verdict was decided when written, before any
run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv41b.jsonl")

built = SupportCases(
    "rv41b",
    leads=[
        "By Imogen Tallis | The Severn Chronicle",
        "HOUSTON (Gulfline Wire) -",
        "MARKETS | The Eastgate Ledger",
        "From our Oslo bureau, The Nordic Report.",
    ],
)
FIG, BACK, IT = "figure-maker", "company-back", "salient-it"


def cited(expect: bool, sentence: str, name: str, why: str, before: str = "") -> None:
    """The article cites ``name`` (``cited_sources``) for ``sentence``."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(FIG, expect, why, built.page(before, sentence), facts, "cited_sources[0].name")


# fmt: off
# --- figure-maker: must fail ---------------------------------------------------------------
NOT_MAKER = "the name gives no figure here: the verb or noun does not reckon one it made"
for sentence, name in [
    ("Coach Dana Reed sees players training at 7am every day in the off-season.", "Dana Reed"),
    ("Rafael Ortiz thinks the 2026 World Cup will be his last tournament.", "Rafael Ortiz"),
    ("Priya Nair thinks her 2 children deserve a better school than the one on her street.", "Priya Nair"),
    ("Calder Rovers sees its manager leaving after 3 seasons in charge.", "Calder Rovers"),
    ("Kettering Athletic sees Marcus Feld joining on a 2-year deal from Corby.", "Kettering Athletic"),
    ("Serena Okafor, who joined Calder in 2021, found the net 19 times this season.", "Serena Okafor"),
    ("Priya Nair, who trained in Dubai, logged 40 hours in the simulator before her first solo flight.", "Priya Nair"),
    ("Marcus Feld, who drives a taxi in Bolton, tracked the stolen van for 20 miles.", "Marcus Feld"),
    ("The Thornbury Singers recorded at least 12 carols for the charity album.", "Thornbury Singers"),
    ("Kessler Ranger sales figures show 4,100 vans sold in March.", "Kessler Ranger"),
    ("Dr Amira Shah's old medical records show she was treated for 3 years.", "Amira Shah"),
    ("Elena Varga's latest world ranking shows her in 14th place.", "Elena Varga"),
    ("Jimmy Calloway's best bowling figures show seven for 42 at Trent Bridge.", "Jimmy Calloway"),
    ("Broker Tarlow Securities put its London office up for sale at £40m last week.", "Tarlow Securities"),
    ("Lender Northway counted Nadia Ross among its 3 biggest clients until 2024.", "Nadia Ross"),
]:
    cited(False, sentence, name, NOT_MAKER)
# --- figure-maker: must pass ---------------------------------------------------------------
MAKER = "the name reckons the figure: it is the figure's source"
for sentence, name in [
    ("Brokerage Tarlow Securities expects the central bank to cut rates to 3.5% by June.", "Tarlow Securities"),
    ("Lender Northway reckons house prices will fall 2 per cent this year.", "Northway"),
    ("Kelso Maritime, which tracks tankers by satellite, counted at least 41 idling off Fujairah.", "Kelso Maritime"),
    ("Brickfield, which runs the country's largest property portal, found asking prices fell 1.4% in May.", "Brickfield"),
    ("Harcourt Lane sees London rents rising 2% next year.", "Harcourt Lane"),
    ("Investment bank Jefferson Hale sees the Fed cutting rates twice, to 3.5%.", "Jefferson Hale"),
    ("Gartwell thinks about 40 per cent of small firms will miss the deadline.", "Gartwell"),
    ("Dealogic data show 212 deals were struck in the quarter, down from 260.", "Dealogic"),
    ("Tarlow Research's latest quarterly survey shows 60% of firms plan to hire.", "Tarlow Research"),
    ("Brickfield's own monthly index shows asking prices fell 1.4 per cent.", "Brickfield"),
    ("Pollster Redfern Insight found 52% of voters backed the plan.", "Redfern Insight"),
    ("Kelso Maritime has since counted at least 41 tankers idling off Fujairah.", "Kelso Maritime"),
    ("Research group Halvard Analytics estimates that 9,000 shops will close this year.", "Halvard Analytics"),
    ("Consultancy Penrose Retail's new annual survey found footfall fell 3 per cent.", "Penrose Retail"),
]:
    cited(True, sentence, name, MAKER)


# --- company-back ----------------------------------------------------------------------------
def quote(paragraphs: list[str], words: str, passes: list[str], fails: list[str]) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(BACK, words, passes, fails, *paragraphs)


for paragraphs, words, passes, fails in (
    # must fail: the subject named before is no business
    (["Billionaire Lars Eide bought the Fenby bakery chain on Monday.", "Health Minister Ida Lunde welcomed the deal.", '"We will keep every shop open," the company said.'],
     "We will keep every shop open,", [], ["Lars Eide"]),
    (["Tycoon Oskar Brandt raised the offer to 40 pence a share.", "Shares in the target rose 6 per cent.", '"The offer is final," the firm said.'],
     "The offer is final,", [], ["Oskar Brandt"]),
    (["Lars Eide bought the bakery chain on Monday.", "Finance Minister Erik Dahl called it a good day for the town.", '"Every shop stays open," the company said.'],
     "Every shop stays open,", [], ["Lars Eide"]),
    (["Ofgem fined the supplier £4 million for overcharging customers.", "Energy Secretary Tom Hurst said the fine sent a clear message.", '"We have refunded every customer," the company said.'],
     "We have refunded every customer,", [], ["Ofgem"]),
    (["Sheffield lost 300 jobs when the steelworks shut in March.", "Mayor Owen Pryce called it a dark day.", '"The site has lost money for a decade," the company said.'],
     "The site has lost money for a decade,", [], ["Sheffield"]),
    (["Harriet Lowe, 54, founded the bakery chain in her kitchen.", "Sales at the chain rose 12 per cent last year.", '"We are still a family business," the company said.'],
     "We are still a family business,", [], ["Harriet Lowe"]),
    (["Regulator Ofwat ordered the supplier to cut bills by £30.", "Environment Secretary Jo Akers backed the order.", '"We will appeal," the company said.'],
     "We will appeal,", [], ["Ofwat"]),
    (["Governor Lena Marsh signed the refinery permit on Friday.", "The Environmental Protection Agency said it would review the permit.", '"Construction starts in May," the company said.'],
     "Construction starts in May,", [], ["Lena Marsh"]),
    (["Investor Paul Grady sold his stake in the airline.", "Shares in the carrier fell 5%.", '"Our plans are unchanged," the airline said.'],
     "Our plans are unchanged,", [], ["Paul Grady"]),
    (["Entrepreneur Noor Haddad opened 12 new stores in Texas.", "Sales at the stores beat forecasts.", '"We are only getting started," the company said.'],
     "We are only getting started,", [], ["Noor Haddad"]),
    # must pass: the business named as the subject before
    (["Yorkshire Water raised bills by 4 per cent on Tuesday.", "Regulator Ofwat said it would review the rise.", '"We need to fix the pipes," the company said.'],
     "We need to fix the pipes,", ["Yorkshire Water"], ["Ofwat"]),
    (["Fenby Bakeries closed 40 shops across the north.", "Business Secretary Ruth Kemp called the closures a blow.", '"Costs have simply become too high," the company said.'],
     "Costs have simply become too high,", ["Fenby Bakeries"], ["Ruth Kemp"]),
    (["Castlegate Bank cut its mortgage rates on Monday.", "The Bank of England held its own rate last week.", '"We want to help first-time buyers," the lender said.'],
     "We want to help first-time buyers,", ["Castlegate Bank"], []),
    (["Pinecrest Foods recalled 20,000 jars of peanut butter.", "The Food and Drug Administration said no illnesses had been reported.", '"Safety comes first," the company said.'],
     "Safety comes first,", ["Pinecrest Foods"], ["Food and Drug Administration"]),
    (["Redwing Airlines cancelled 300 flights on Sunday.", "Shares in the carrier fell 3 per cent.", '"We apologise to every passenger," the airline said.'],
     "We apologise to every passenger,", ["Redwing Airlines"], []),
    (["Holloway Motors recalled 80,000 cars over a brake fault.", "Chief Executive Officer Ann Cole said the recall would cost $40 million.", '"No one has been hurt," the carmaker said.'],
     "No one has been hurt,", ["Holloway Motors"], ["Ann Cole"]),
    (["Brackley Homes cut its profit forecast for the year.", "Sales of new homes slowed in the spring.", '"Buyers are waiting for rates to fall," the housebuilder said.'],
     "Buyers are waiting for rates to fall,", ["Brackley Homes"], []),
    (["Strand Telecom raised prices for 9 million customers.", "The union, Connect, said the rise would hurt the poorest.", '"We are investing in the network," the firm said.'],
     "We are investing in the network,", ["Strand Telecom"], []),
    (["Dunmore Energy shut its Aberdeen office on Friday.", "Sales of its heat pumps fell by half this year.", '"We had to act," the company said.'],
     "We had to act,", ["Dunmore Energy"], []),
    (["Larchmont Insurance raised home premiums 9% in Florida.", "Insurance Commissioner Dale Frey called the rise excessive.", '"Storm losses have tripled," the insurer said.'],
     "Storm losses have tripled,", ["Larchmont Insurance"], ["Dale Frey"]),
    (["Halden Pharma won approval for its migraine drug.", "The European Medicines Agency backed the drug in April.", '"Patients have waited long enough," the drugmaker said.'],
     "Patients have waited long enough,", ["Halden Pharma"], []),
):
    quote(paragraphs, words, passes, fails)


# --- salient-it ------------------------------------------------------------------------------
def actor(expect: bool, before: str, sentence: str, who: str, what: str, why: str) -> None:
    built.actor(IT, expect, sentence, who, what, why, before=before)


for expect, before, sentence, who, what, why in [
    # must fail: the stand-in is another thing, or no one
    (False, "Corrick Steel opened a new furnace in May.", "It burns 40 tonnes of coke a day.",
     "Corrick Steel", "coke burned", "'it' is the furnace the sentence before made the object"),
    (False, "Stenmark Shipping launched a new ferry on Tuesday.", "It carries 600 passengers and 200 cars.",
     "Stenmark Shipping", "passengers carried", "'it' is the ferry"),
    (False, "Ashdown Timber warned that demand was weakening.", "It has fallen 12 per cent since May.",
     "Ashdown Timber", "demand fell", "'it' is demand, what the firm warned of"),
    (False, "Kilbride Glass reported a sharp rise in energy costs.", "It doubled in the first half.",
     "Kilbride Glass", "energy costs doubled", "'it' is the rise in costs"),
    (False, "Penhallow Dairies borrowed £40m last year.", "The lender has since raised its rates.",
     "Penhallow Dairies", "rates raised", "the borrower is not 'the lender'"),
    (False, "Tavistock Rail raised fares by 6 per cent.", "It took a month for rivals to follow.",
     "Tavistock Rail", "rivals followed the fare rise", "a dummy 'it' ('It took a month for')"),
    (False, "Corrick Steel cut 200 jobs at its rolling mill.", "It stands to reason that suppliers will cut jobs too.",
     "Corrick Steel", "supplier job cuts", "a dummy 'it' ('It stands to reason that')"),
    (False, "Ashdown Timber built a sawmill near the river.", "It floods almost every winter.",
     "Ashdown Timber", "site flooded", "'it' is the sawmill"),
    (False, "Kilbride Glass bought a furnace from a German maker.", "It was shipped in 40 crates.",
     "Kilbride Glass", "furnace shipped", "'it' is the furnace, shipped by its seller"),
    (False, "Stenmark Shipping admitted the cargo had been lost.", "It was worth about £2m.",
     "Stenmark Shipping", "cargo worth £2m", "'it' is the cargo"),
    (False, "Penhallow Dairies sold its cheese brand last spring.", "It now sells 3 million packs a year.",
     "Penhallow Dairies", "packs sold", "'it' is the brand, sold away"),
    # must pass: the subject's own later deed
    (True, "Corrick Steel raised prices by 8 per cent.", "It blamed the cost of energy.",
     "Corrick Steel", "energy costs blamed", "'it' is the subject of the sentence before"),
    (True, "Stenmark Shipping won a £90m order from a Danish operator.", "It will build four ferries at its yard.",
     "Stenmark Shipping", "ferries to be built", "'it' is the subject; the operator is unnamed"),
    (True, "Ashdown Timber missed its profit target for the year.", "It plans to close two sawmills.",
     "Ashdown Timber", "sawmills to close", "'it' is the subject"),
    (True, "Kilbride Glass cut its dividend on Thursday.", "It also froze hiring until the spring.",
     "Kilbride Glass", "hiring frozen", "'it' is the subject"),
    (True, "Penhallow Dairies lifted milk prices 6%.", "It said feed costs had doubled.",
     "Penhallow Dairies", "feed costs cited", "'it' is the subject"),
    (True, "Tavistock Rail ordered 40 new trains.", "The operator will pay for them over ten years.",
     "Tavistock Rail", "trains paid for", "'the operator' is the subject"),
    (True, "Castlemere Building Society lifted its savings rates.", "The society also cut two mortgage rates.",
     "Castlemere Building Society", "mortgage rates cut", "'the society' is the subject"),
    (True, "Harlow Cement posted a loss for the winter.", "It will shut one kiln until demand recovers.",
     "Harlow Cement", "kiln shut", "'it' is the subject"),
    (True, "Brisco Freight lost its biggest contract in March.", "The company has since laid off 120 drivers.",
     "Brisco Freight", "drivers laid off", "'the company' is the subject"),
    (True, "Wexcombe Mills raised flour prices on Monday.", "It expects bakers to pass the rise on.",
     "Wexcombe Mills", "price rise expected to pass on", "'it' is the subject"),
    (True, "Ferrand Quarries lost its licence to dig at Hallow Hill.", "It will appeal against the decision.",
     "Ferrand Quarries", "appeal lodged", "'it' is the subject; a licence does not appeal"),
    (True, "Stenmark Shipping sold two old ferries to a breaker.", "It expects to book a gain of £3m.",
     "Stenmark Shipping", "gain expected", "'it' is the seller, the subject"),
]:
    actor(expect, before, sentence, who, what, why)
# session 42 (gac42): a dummy "it" of time taken or of reason ("It took a month for rivals to
# follow", "It stands to reason that"), and a thing the sentence before brings in that "it"
# may mean: a telling verb's clause subject, a new thing made, its one thing handed away
# (people/standin_checks.dummy_it, thing_before)
for expect, before, sentence, who, what, why in [
    # must fail: no deed of the subject's
    (False, "Harlow Cement raised prices by 5 per cent.", "It took six weeks for builders to complain.",
     "Harlow Cement", "builders complained", "a dummy 'It took six weeks for'"),
    (False, "Ashdown Timber shut two sawmills in May.", "It stands to reason that rivals will follow.",
     "Ashdown Timber", "rivals to follow", "a dummy 'It stands to reason that'"),
    (False, "Brisco Freight bought 20 electric lorries.", "It took two years for the council to approve a charging depot.",
     "Brisco Freight", "depot approved", "a dummy 'It took two years for'"),
    (False, "Kilbride Glass said the main kiln was running at half speed.", "It has been idle since June.",
     "Kilbride Glass", "kiln idle", "'it' is the kiln the saying's clause tells of"),
    (False, "Wexcombe Mills reported the new mill had flooded.", "It will stay shut until May.",
     "Wexcombe Mills", "mill shut until May", "'it' is the mill the report tells of"),
    (False, "Ferrand Quarries unveiled a new crusher on Monday.", "It handles 300 tonnes of rock an hour.",
     "Ferrand Quarries", "rock crushed", "'it' is the new crusher"),
    (False, "Tavistock Rail launched a new sleeper service in June.", "It runs three nights a week to Penzance.",
     "Tavistock Rail", "sleeper runs", "'it' is the new service"),
    (False, "Castlemere Foods sold its frozen pizza business in 2022.", "It now makes 40 million pizzas a year.",
     "Castlemere Foods", "pizzas made", "'it' is the business sold away"),
    # must pass: the subject's own deed
    (True, "Harlow Cement took a £12m charge on its kilns.", "It took the charge to close two plants.",
     "Harlow Cement", "charge taken", "'It took the charge': no stretch of time, a deed"),
    (True, "Ashdown Timber Group said the market was weak.", "It plans to cut output by a fifth.",
     "Ashdown Timber Group", "output cut planned", "'It plans': a thing plans nothing"),
    (True, "Brisco Freight bought a depot in Leeds.", "It now employs 90 drivers there.",
     "Brisco Freight", "drivers employed", "a thing bought with no 'new': the subject"),
    (True, "Kilbride Glass sold its two bottle plants to a rival.", "It will use the money to pay debts.",
     "Kilbride Glass", "debts paid", "things handed to another: the seller uses the money"),
    (True, "Wexcombe Mills reported a loss of £4m.", "It will close its Bristol mill.",
     "Wexcombe Mills", "mill to close", "a loss reported tells no clause: the subject"),
    (True, "Ferrand Quarries opened a new quarry in Devon.", "It expects to hire 40 people.",
     "Ferrand Quarries", "hiring expected", "'It expects': the subject"),
]:
    actor(expect, before, sentence, who, what, why)
# fmt: on


# session 42 (gsp42b), company-back: a name the page labels a regulator ("Regulator Ofwat",
# "Ofgem, the energy regulator,") is never "the company"; a sentence between whose subject is a
# title opened by a business's noun ("Business Minister Hugh Tate") or a body's name joined by
# "and"/"of" ("The Health and Safety Executive") names no business: the read-back goes past it
# fmt: off
for paragraphs, words, passes, fails in (
    # must fail: the regulator labelled so, a titled person, a body
    (["The watchdog Ofcom fined the broadcaster £2 million.", "Culture Secretary Ann Ross welcomed the fine.", '"We accept the ruling," the company said.'],
     "We accept the ruling,", [], ["Ofcom"]),
    (["Ofqual, the exams regulator, fined the board £300,000.", "Education Secretary Mark Dunn said lessons must be learned.", '"We have apologised to every pupil," the company said.'],
     "We have apologised to every pupil,", [], ["Ofqual"]),
    (["Regulator Finmark ordered the lender to repay £12 million.", "Treasury Minister Lisa Orr backed the order.", '"We will repay every customer," the firm said.'],
     "We will repay every customer,", [], ["Finmark"]),
    (["Tanner Bakeries cut 90 jobs in Leeds.", "Business Secretary Ruth Kemp met Gilford Mills and Osprey Foods on Friday.", '"The market is shrinking," the company said.'],
     "The market is shrinking,", [], ["Tanner Bakeries"]),
    # must pass: the business named before, past the regulator, the title or the body
    (["Carrow Telecom raised prices by 9 per cent.", "Regulator Ofcom said it would look into the rise.", '"We are investing in faster lines," the company said.'],
     "We are investing in faster lines,", ["Carrow Telecom"], ["Ofcom"]),
    (["Kelso Energy raised its tariffs on Monday.", "Ofgem, the energy regulator, said the rise was allowed.", '"Wholesale costs have doubled," the company said.'],
     "Wholesale costs have doubled,", ["Kelso Energy"], ["Ofgem"]),
    (["Marlow Biscuits shut its Leeds factory.", "Business Minister Hugh Tate called the closure sad.", '"Demand has fallen for years," the company said.'],
     "Demand has fallen for years,", ["Marlow Biscuits"], ["Hugh Tate"]),
    (["Orwell Chemicals shut its Hull plant after a fire.", "The Health and Safety Executive said it had opened an inquiry.", '"We regret the job losses," the company said.'],
     "We regret the job losses,", ["Orwell Chemicals"], ["Health and Safety Executive"]),
    (["Greyfield Dairies raised milk prices by 4p a litre.", "The Department of Agriculture said it was watching prices.", '"Feed costs have doubled," the company said.'],
     "Feed costs have doubled,", ["Greyfield Dairies"], ["Department of Agriculture"]),
):
    quote(paragraphs, words, passes, fails)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return list(built.cases)


if __name__ == "__main__":
    built.write(OUT)
