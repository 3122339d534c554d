"""Build the set of session 38's figure sources (``grounding_r2speakers.jsonl``): a
``cited_sources`` name the page credits with a figure or a judgment and no verb of saying
(``summarizer/verification/bylines/figure_sources.py``):

- ``figure-maker``: the name is the subject of a verb of reckoning ("Halvard Analytics puts the
  bill at", "Marlowe Data reckons", "the ratings agency Corvane now expects", "Pellow Research
  counted", "Tamsin Partners calls it the worst"). Refused: the name as the verb's object ("Analysts
  expect Corvane to"), after a preposition ("investors in Corvane expect"), as the passive's
  subject ("Corvane was valued at"), under a denial ("declined to put a figure on"), with a verb
  of its own plans ("expects to hire", "calls for") or of no reckoning ("opened an office");
- ``measure-owner``: the name owns or modifies a measuring noun, or makes one: "Pellow's
  tracker counted", "an Ostrander survey of economists", "Economists polled by Ostrander",
  "By the tally of the monitoring group Quillfeather,", "By The Harrow Gazette's arithmetic,"
  opening a sentence, "data from Quillfeather show". Refused: the name owning no measuring noun
  ("Pellow's shares", "an Ostrander spokeswoman"), the one surveyed ("a poll of Ostrander
  customers"), a data breach, a byline opening "By", evidence crediting the figure to another
  maker ("covered by Ostrander's quarterly figures") when the page cites the value elsewhere.

Run ``python tests/data/make_r2speakers_cases.py`` to rebuild it. The texts are written for this
set in new words (markets, insurance, retail, aviation, energy); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r2speakers.jsonl")

built = SupportCases(
    "r2s38",
    leads=[
        "LEEDS (Pennine Wire) -",
        "By Imogen Vale | The Calder Ledger",
        "MARKETS DESK | The Solent Courier",
        "CHICAGO, Lakeshore Post -",
    ],
)
MAKER, OWNER = "figure-maker", "measure-owner"


def cited(
    category: str, expect: bool, sentence: str, name: str, why: str, before: str = ""
) -> None:
    """The article cites ``name`` (``cited_sources``, read on the whole page)."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(category, expect, why, built.page(before, sentence), facts, "cited_sources[0].name")


# fmt: off
# --- figure-maker: must fail first ----------------------------------------------------------
NOT_MAKER = "unconfirmed: the name is no maker of the figure"
for sentence, name in [
    (
        "Analysts expect Corvane Holdings to report a loss of $40 million for the quarter.",
        "Corvane Holdings",
    ),
    ("Investors in Halvard Analytics expect the payout to be cut by a third.", "Halvard Analytics"),
    ("Marlowe Data was valued at about £2.1 billion in its last funding round.", "Marlowe Data"),
    ("Pellow Research declined to put a figure on the losses from the storm.", "Pellow Research"),
    ("Tamsin Partners expects to hire 300 staff in Dublin next year.", "Tamsin Partners"),
    ("The consultancy Ostrander calls for a 10 per cent cut in fees by 2027.", "Ostrander"),
    ("Quillfeather opened a new office in Manchester on Tuesday, adding 80 jobs.", "Quillfeather"),
    (
        "Regulators counted Brisco Insurance among the 12 firms that missed the deadline.",
        "Brisco Insurance",
    ),
    (
        "The bank put Kelmscott Freight up for sale at $900 million last spring.",
        "Kelmscott Freight",
    ),
    ("Critics of Dunmore Energy estimate the cost to households at £300 a year.", "Dunmore Energy"),
    (
        "Halvard Analytics did not estimate how many homes were hit by the outage.",
        "Halvard Analytics",
    ),
    ("Shares in Marlowe Data were priced at 420 pence, at the top of the range.", "Marlowe Data"),
]:
    cited(MAKER, False, sentence, name, NOT_MAKER)
MADE = "the name is the subject of a verb of reckoning: it gives the figure"
for sentence, name in [
    (
        "Halvard Analytics puts the bill for the floods at between £1.2 billion and £1.6 billion.",
        "Halvard Analytics",
    ),
    ("Marlowe Data reckons about a fifth of the fleet is still grounded.", "Marlowe Data"),
    ("The ratings agency Corvane now expects losses of as much as $12 billion.", "Corvane"),
    ("Pellow Research counted 214 store closures in the first six months.", "Pellow Research"),
    ("Tamsin Partners calls it the worst quarter for dealmaking since 2009.", "Tamsin Partners"),
    (
        "09:15 \u2014 Quillfeather estimates that 3,400 flights will be cancelled today.",
        "Quillfeather",
    ),
    (
        "On Monday, Brisco Insurance pegged its exposure at roughly $350 million.",
        "Brisco Insurance",
    ),
    ("The data provider Ostrander later valued the portfolio at \u20ac4.8 billion.", "Ostrander"),
    ("Dunmore Energy forecasts demand of 41 gigawatts at the winter peak.", "Dunmore Energy"),
    (
        "Kelmscott Freight has calculated that tariffs add $80 to every container.",
        "Kelmscott Freight",
    ),
    (
        "Prices rose 3.1 per cent, and Halvard Analytics projected a further rise in March.",
        "Halvard Analytics",
    ),
    (
        "The watchdog Ferrand Monitor recorded 57 breaches of the rules last year.",
        "Ferrand Monitor",
    ),
]:
    cited(MAKER, True, sentence, name, MADE)

# --- measure-owner: must fail first ---------------------------------------------------------
NO_MEASURE = "unconfirmed: the name owns or makes no measure here"
for sentence, name in [
    ("Pellow Research's shares fell 6% in early trading.", "Pellow Research"),
    ("An Ostrander spokeswoman would not discuss the job cuts.", "Ostrander"),
    (
        "A poll of Dunmore Energy customers found most were unhappy with their bills.",
        "Dunmore Energy",
    ),
    ("The Quillfeather data breach exposed the records of 2 million users.", "Quillfeather"),
    (
        "Corvane Holdings' chief executive stepped down on Friday after nine years.",
        "Corvane Holdings",
    ),
    ("Marlowe Data's offices in Leeds will close by the end of the year.", "Marlowe Data"),
    ("A survey of Brisco Insurance staff was leaked to the union.", "Brisco Insurance"),
    ("The fund was managed by Tamsin Partners until 2021.", "Tamsin Partners"),
    ("Kelmscott Freight's new depot opened in Felixstowe last month.", "Kelmscott Freight"),
    ("Halvard Analytics' board met in London on Thursday.", "Halvard Analytics"),
    ("The fine was paid by Ferrand Monitor in full, the court heard.", "Ferrand Monitor"),
]:
    cited(OWNER, False, sentence, name, NO_MEASURE)
OTHER_MAKER = (
    "the evidence credits the figure to another maker, though the page cites the value elsewhere"
)
cited(
    OWNER,
    False,
    "The combined value of the deals reached $9 billion, covered by Ostrander's quarterly figures.",
    "Pellow Research",
    OTHER_MAKER,
    before="Pellow Research's tracker counted 88 bank mergers in the first half.",
)
cited(
    OWNER,
    False,
    "Arrivals fell by a fifth, Quillfeather estimates.",
    "Marlowe Data",
    OTHER_MAKER,
    before="Marlowe Data reckons about 3,000 flights were cancelled.",
)
cited(
    OWNER,
    False,
    "Ten gigawatts would power eight million homes.",
    "The Harrow Gazette",
    "a byline opening By is a credit, no citation",
    before="By Hal Ainsley, The Harrow Gazette",
)
OWNED = "the name owns, modifies or makes a measuring noun: it gives the figure"
for sentence, name in [
    ("Pellow Research's tracker counted 88 bank mergers in the first half.", "Pellow Research"),
    ("Earnings beat the $3.2 billion forecast in an Ostrander survey of analysts.", "Ostrander"),
    ("Economists polled by Ostrander had pencilled in growth of 0.4 per cent.", "Ostrander"),
    ("By the tally of the monitoring group Quillfeather, 1,240 flights were hit.", "Quillfeather"),
    (
        "By The Harrow Gazette's arithmetic, the plant would power eight million homes.",
        "The Harrow Gazette",
    ),
    ("Data from Quillfeather show 612 landings were cancelled by noon.", "Quillfeather"),
    ("Marlowe Data's latest estimate puts the shortfall at $7 billion.", "Marlowe Data"),
    ("A Corvane index of factory orders rose to 52.3 in May.", "Corvane"),
    (
        "Footfall fell 4% year on year, according to figures compiled by Brisco Insurance.",
        "Brisco Insurance",
    ),
    ("Sales were up 2.2 per cent on the Tamsin Partners consensus.", "Tamsin Partners"),
    (
        "On the reckoning of the research group Dunmore Energy, supply will fall short by 2028.",
        "Dunmore Energy",
    ),
    ("Kelmscott Freight's count shows 41 ships waiting off the port.", "Kelmscott Freight"),
]:
    cited(OWNER, True, sentence, name, OWNED)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
