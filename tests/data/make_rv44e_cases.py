# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of closer gsp44b's cited-source and relayed-quote rules
(``grounding_rv44e.jsonl``, session 44, review rv44e), cases written by the reviewer in new
words, at the edges of

- ``owned``: a possessive measure the name made, given with "of" and a number ("YouGov's poll
  of 2,104 adults found", "Fitch's estimate of $10 billion"), must pass; an "index/survey/gauge
  of ..." owned by the place or body it measures, with its maker named in the sentence ("Japan's
  survey of large manufacturers rose to 13, the Bank of Japan said"), must fail
  (``bylines/source_roles._AFTER``, ``bylines/figure_sources._MEASURE_OF``);
- ``back``: a pronoun opening the evidence that may mean someone the sentence before owns or
  sets beside the name ("Dana Whitfield's husband said ... He estimates"), a pronoun of the
  other sex than the sentence before gives the name ("Tomas Varga said his port ... She
  reckons"), a bracket after the name that is a party, a country or a region, not its alias
  ("Councillor Ruth Alder (Labour) said ... Labour figures show"), must fail; the name's own
  pronoun and alias in other outlets' styles must pass (``bylines/back_makers.py``,
  ``source_roles._alias``);
- ``trade``: a trade in apposition or bare before the name, against the name's deed, plan,
  passive, its client's or another's reckoning in the sentence
  (``figure_sources._APPOSED``, ``_BARE_DESCRIPTOR``, ``deed_verb``);
- ``relayed``: the relayer refused and the owner given the words ("read out on behalf of",
  "quoting Y"), against a relay told of another person in the same sentence ("as his lawyer
  read out a statement on behalf of the family"), the relayer's own words after a verb of
  saying ("wrote on Monday:", "announced"), a name after "quoting"/"on behalf of" that owns
  something else ("quoting Ed Marr's biographer", "on behalf of Rolf Lind's family")
  (``quotes/quoted_objects.py``).

Run ``python tests/data/make_rv44e_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44e.jsonl")

built = SupportCases(
    "rv44e",
    leads=[
        "By Ruth Calloway | The Wessex Courier",
        "CHICAGO (Lakeshore Wire) -",
        "MONEY DESK | The Tyneside Journal",
        "From our Dublin correspondent, The Liffey Times.",
    ],
)
OWNED, BACK, TRADE, RELAYED = "owned", "back", "trade", "relayed"


def cited(
    category: str, expect: bool, sentence: str, name: str, why: str, before: str = ""
) -> None:
    """The article cites ``name`` (``cited_sources``, read on the whole page)."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(category, expect, why, built.page(before, sentence), facts, "cited_sources[0].name")


# fmt: off
# --- owned: must fail first --------------------------------------------------------------------
NOT_MADE = "unconfirmed: the possessor is what the measure is of, or owns its own record; another body made the figure"
for sentence, name in [
    ("Japan's survey of large manufacturers rose to 13 in March, the Bank of Japan said.", "Japan"),
    ("Chicago's gauge of business activity fell to 44.2 in May, according to the ISM-Chicago report.", "Chicago"),
    ("Ireland's index of consumer prices rose 2.4% in the year to June, the Central Statistics Office said.", "Ireland"),
    ("Tesco's index of customer satisfaction fell to 71 this year, a survey by Which? found.", "Tesco"),
    ("Leeds's poll of the season's best goals went to a 30-yard strike.", "Leeds"),
    ("Harlow Rail's punctuality score fell to 81% in May, the regulator said.", "Harlow Rail"),
    ("Marco Vell's batting average dropped to 31.4 after the tour.", "Marco Vell"),
    ("Abby Kerr's approval rating rose 4 points to 46%, a Vantage poll found.", "Abby Kerr"),
    ("Kestrel Foods' share price fell 8% on Tuesday, Bloomberg data showed.", "Kestrel Foods"),
    ("Dunmore FC's tally of 12 wins is its best since 1998.", "Dunmore FC"),
    ("Lena Brook's figures of 6 for 31 were the best of the summer.", "Lena Brook"),
    ("Corran Bank's data centre outage cut off 40,000 customers for 3 hours.", "Corran Bank"),
]:
    cited(OWNED, False, sentence, name, NOT_MADE)
MADE = "the name made the measure, its count or its estimate: it gives the figure"
for sentence, name in [
    ("YouGov's poll of 2,104 adults found 48% backed the strike.", "YouGov"),
    ("Fitch's estimate of $10 billion in insured losses was the highest yet.", "Fitch"),
    ("Kestrel Analytics' survey of 1,200 firms found hiring slowed in April.", "Kestrel Analytics"),
    ("Shelter's count of 3,100 rough sleepers was the highest in a decade.", "Shelter"),
    ("Rightmove's index of asking prices rose 1.1% in May.", "Rightmove"),
    ("The Resolution Foundation's analysis of 5,000 households found incomes fell 2%.", "Resolution Foundation"),
    ("Halifax's gauge of house prices slipped 0.3% in June.", "Halifax"),
    ("Ipsos's monthly tracker of voter intentions dipped to 29% for Labour.", "Ipsos"),
    ("The Kiel Institute's tracker of aid pledges rose to €140 billion.", "Kiel Institute"),
    ("Nationwide's survey of 2,000 buyers found 61% expected prices to rise.", "Nationwide"),
    ("Zoopla's data of recent sales show prices rose 1.9% in the year.", "Zoopla"),
    # the maker named again at the end, or no other maker: the mend keeps these
    ("Harbury Estates' index of regional house prices rose 1.4% in May, Harbury Estates said.", "Harbury Estates"),
    ("Rightmove's index of asking prices rose 1.1% in London, its biggest rise since March.", "Rightmove"),
]:
    cited(OWNED, True, sentence, name, MADE)

# --- back: must fail first ---------------------------------------------------------------------
NOT_BACK = "unconfirmed: the pronoun may be another's, or the bracket is no alias of the name: nothing is cited from it"
for before, sentence, name in [
    ("Dana Whitfield's husband said the move was rushed.", "He estimates the club lost £3 million.", "Dana Whitfield"),
    ("Rhona Baird's daughter said the deal was poor value.", "She estimates the family lost £40,000.", "Rhona Baird"),
    ("Tomas Varga said his port was struggling.", "She reckons traffic fell 18% last year.", "Tomas Varga"),
    ("Mara Quinn said her council had been warned.", "He estimates the deficit at £40 million.", "Mara Quinn"),
    ("Kelso Partners' chief executive said demand was weakening.", "She expects container rates to fall 30% by June.", "Kelso Partners"),
    ("Councillor Ruth Alder (Labour) said the cuts went too far.", "Labour figures show 4,000 nurses left the service.", "Ruth Alder"),
    ("Halden Homes (Scotland) said completions slowed.", "Scotland's own figures show house prices rose 3.1%.", "Halden Homes"),
    ("Senator Jo Marr (Democrat) criticised the budget.", "Democrat estimates put the cost at $40 billion.", "Jo Marr"),
    ("Orla Foods (Ireland) reported a loss.", "Ireland's statistics office estimates food prices rose 5%.", "Orla Foods"),
    ("Pellow Bank's economists briefed Treasury officials on Monday.", "They estimate prices will fall 4% next year.", "Pellow Bank"),
    ("Dana Whitfield's lawyer wrote to the club in May.", "He puts the losses at £3 million.", "Dana Whitfield"),
]:
    cited(BACK, False, sentence, name, NOT_BACK, before)
BACK_PASS = "the evidence gives the name's own figure by a pronoun or the alias the page gave it"
for before, sentence, name in [
    ("Dana Whitfield said her club had been badly run.", "She estimates it lost £3 million.", "Dana Whitfield"),
    ("Tomas Varga said his port was struggling.", "He reckons traffic fell 18% last year.", "Tomas Varga"),
    ("Corbel Economics said the slowdown would deepen.", "It forecasts growth of 0.4% this year.", "Corbel Economics"),
    ("The Bank of England (BoE) kept rates on hold.", "BoE forecasts show inflation falling to 2.1% by 2027.", "Bank of England"),
    ("The Congressional Budget Office (CBO) published its outlook on Tuesday.", "CBO projections show the deficit reaching $1.9 trillion.", "Congressional Budget Office"),
    ("The Food Standards Agency (FSA) warned about imports.", "FSA data show 412 samples failed tests.", "Food Standards Agency"),
    ("Marlow Capital's strategists said the rally was overdone.", "They expect the index to end the year 6% lower.", "Marlow Capital"),
    ("Rhona Baird said the pension fund was underfunded.", "She puts the gap at £90 million.", "Rhona Baird"),
    ("The Trussell Trust said demand had never been higher.", "It estimates 3 million parcels were handed out.", "Trussell Trust"),
    ("The International Energy Agency (IEA) cut its outlook.", "IEA figures show oil demand will grow 700,000 barrels a day.", "International Energy Agency"),
]:
    cited(BACK, True, sentence, name, BACK_PASS, before)

# --- trade: must fail first --------------------------------------------------------------------
NOT_MAKER = "unconfirmed: the name does a deed, plans, is acted on, or another reckons the figure"
for sentence, name in [
    ("A rival firm, Corbel Economics, lost 12% of its clients last year.", "Corbel Economics"),
    ("A rival lender, Halden Bank, expects to close 40 branches.", "Halden Bank"),
    ("The brokerage, Tarlow Securities, was fined £4 million.", "Tarlow Securities"),
    ("The consultancy, Marrow & Lane, hired 300 graduates this year.", "Marrow & Lane"),
    ("The service, Evensong at St Mary's, drew 400 worshippers.", "Evensong"),
    ("A rival forecaster, Corbel Economics, was expected to cut its forecast to 1.2%.", "Corbel Economics"),
    ("Analyst Joe Brand's clients expect a 12% fall in profits.", "Joe Brand"),
    ("Economist Ruth Alder joined a panel that estimates the cuts will cost £2 billion.", "Ruth Alder"),
    ("The website, Pricewatch, raised £3 million from investors.", "Pricewatch"),
    ("A rival agency, Moody's, and its client Halden Bank disagreed; the bank expects losses of 3%.", "Moody's"),
    ("Forecaster Nell Ames sold 12% of her shares in the firm.", "Nell Ames"),
    ("The think tank, the Resolution Trust, was fined £40,000 by the regulator.", "Resolution Trust"),
    ("A rival lender, the Halden Bank, expects to close 40 branches.", "Halden Bank"),
]:
    cited(TRADE, False, sentence, name, NOT_MAKER)
MAKER = "the name, given its trade before or beside it, reckons the figure: it is the figure's source"
for sentence, name in [
    ("The ratings agency, Moody's, expects default rates to reach 4.5%.", "Moody's"),
    ("Another brokerage, Penrose Markets, predicts the shares will hit 400 pence.", "Penrose Markets"),
    ("Its own adviser, Ruth Alder, estimates the cuts will cost £2 billion.", "Ruth Alder"),
    ("A research firm, Kestrel Analytics, counted 72 deals in the quarter.", "Kestrel Analytics"),
    ("Economist Tara Singh forecasts unemployment of 5.2% by the end of the year.", "Tara Singh"),
    ("Analyst Joe Brand expects a 12% fall in profits.", "Joe Brand"),
    ("Researcher Amal Haddad estimates 14,000 homes are empty.", "Amal Haddad"),
    ("The think tank, the Resolution Trust, calculates families will lose £640 a year.", "Resolution Trust"),
    ("Kestrel Analytics, a data firm, counted 72 deals in the quarter.", "Kestrel Analytics"),
    ("A Dublin consultancy, Marrow & Lane, estimates costs will rise 9%.", "Marrow & Lane"),
    ("But a rival pollster, Vantage Insight, found 44% backed the plan.", "Vantage Insight"),
    ("The watchdog, the Care Quality Commission, found 40% of homes were understaffed.", "Care Quality Commission"),
]:
    cited(TRADE, True, sentence, name, MAKER)

# --- relayed: whose words a relayed quote gives -----------------------------------------------
for words, passes, fails, paragraphs in [
    # the relay is another person's, or the name after "quoting"/"on behalf of" owns something else
    ("We will appeal,", ["Tom Hale"], [], ["\"We will appeal,\" Tom Hale said outside court, as his lawyer read out a statement on behalf of the family."]),
    ("We are staying,", ["Tom Hale"], [], ["\"We are staying,\" Tom Hale announced on Friday, hours after his agent passed on his message to the club."]),
    ("The fight goes on.", ["Lena Voss"], [], ["Lena Voss, who relayed the founder's message last week, wrote on Monday: \"The fight goes on.\""]),
    ("I have never seen such courage.", ["Nina Patel"], [], ["Nina Patel, who read out her client's statement outside court, later posted: \"I have never seen such courage.\""]),
    ("He never lost a fight he cared about,", [], ["Ed Marr"], ["\"He never lost a fight he cared about,\" Jo Marr wrote, quoting Ed Marr's biographer, Tess Lyle."]),
    ("We miss him every day,", [], ["Rolf Lind"], ["\"We miss him every day,\" read the statement Ama Osei read out on behalf of Rolf Lind's family."]),
    ("Solidarity forever,", [], ["Ed Marr"], ["\"Solidarity forever,\" Jo Marr wrote, quoting an old union song, Ed Marr's favourite."]),
    ("Keep the faith,", [], ["Ed Marr"], ["\"Keep the faith,\" Jo Marr wrote, quoting a line Ed Marr loved."]),
    ("The club is not for sale.", ["Kate Moss"], [], ["Captain Kate Moss, who conveyed the manager's message to the players at half-time, declared after the game: \"The club is not for sale.\""]),
    ("This is our home,", ["Sam Birch"], [], ["\"This is our home,\" Sam Birch insisted, while a neighbour relayed the council's reply to reporters."]),
    ("It was a privilege,", ["Ines Roth"], [], ["\"It was a privilege,\" Ines Roth told mourners, as the vicar read out a message on behalf of the bishop."]),
    # the relayer refused and the owner given the words, in other shapes: must pass for the owner
    ("We will rebuild the pier,", ["Hugo Marten"], ["Iris Baptiste"], ["\"We will rebuild the pier,\" read the letter curator Iris Baptiste read out on behalf of the director, Hugo Marten."]),
    ("Nobody is above the rules,", ["Paul Aster"], ["Ines Roth"], ["\"Nobody is above the rules,\" Ines Roth wrote to subscribers, quoting the chairman, Paul Aster."]),
    ("I am grateful to every fan.", [], ["Tom Hale"], ["Tom Hale, the striker's agent, relayed his client's message on Tuesday: \"I am grateful to every fan.\""]),
    ("Stay calm and stay home.", [], ["Aled Price"], ["Aled Price, the mayor's press officer, conveyed her message to residents: \"Stay calm and stay home.\""]),
    ("The deal is dead,", ["Vera Holt"], ["Mo Reid"], ["\"The deal is dead,\" union official Mo Reid wrote to members, quoting the general secretary, Vera Holt."]),
    ("Thank you for your patience,", ["Rolf Lind"], ["Ama Osei"], ["\"Thank you for your patience,\" said the statement Ama Osei delivered on behalf of chairman Rolf Lind."]),
    ("I will not resign.", [], ["Sam Birch"], ["Aide Sam Birch read out the minister's statement to the press: \"I will not resign.\""]),
    ("We are heartbroken.", ["Carl Ruiz"], [], ["Carl Ruiz, speaking for the family, said: \"We are heartbroken.\""]),
    ("I am proud of this team.", ["Kate Moss"], [], ["Kate Moss read out her own message to the squad: \"I am proud of this team.\""]),
    ("We love this town,", ["Jo Marr"], [], ["\"We love this town,\" Jo Marr said, quoting nobody but herself."]),
    ("Never retreat,", ["Arno Pike"], ["Ines Roth"], ["\"Never retreat,\" Ines Roth wrote, quoting the founder, Arno Pike, in her letter to members."]),
    ("The sea gives and the sea takes,", ["Ed Marr"], [], ["\"The sea gives and the sea takes,\" Jo Marr wrote, quoting a letter Ed Marr wrote in 1990."]),
    ("The works will reopen,", ["Rolf Lind"], ["Ama Osei"], ["\"The works will reopen,\" read the statement Ama Osei read out on behalf of chairman Rolf Lind after the fire."]),
]:
    built.page_quote(RELAYED, words, passes, fails, *paragraphs)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
