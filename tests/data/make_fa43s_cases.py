# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa43s of session 43's speaker and source mends (``grounding_fa43s.jsonl``),
cut from the false alarms on quote speakers and cited sources of outside checks 50-100, in new
words:

- ``for-body``: a body named "X for Y" ("Office for National Statistics", "Department for
  Education") and later called by its head noun ("the office said", "the statistics office
  said", its qualifier among the name's words after "for"): the body, when the nearest
  earlier mention of the noun is its name (``quotes/body_heads.of_named_body``); not another
  body named nearer with the same noun ("the Office of Tax Simplification"), nor a qualifier
  the name does not write ("the education department" for the Department for Transport);
- ``drawn-data``: a source whose name modifies a measure that a preposition of drawing takes
  ("a figure taken from Halden Registry data", "according to Marram survey figures", "using X
  data") is cited (``bylines/figure_sources``); not its funds, its data centres or its stores;
- ``named-measure``: a source owning a measure named as a title it publishes ("Tidewatch's
  weekly Global Freight Index", "the Grain Board's Quarterly Market Outlook") is cited; not a
  title whose head is no measure ("Harland's Index Fund", "Kelso's Forecast Cup");
- ``joined-maker``: a name joined by "and" to a maker credited just before it ("Figures from
  the Harbour Board and Tidewatch show") is credited as that maker is; not a name joined to
  one that is no maker ("Figures from Fitch on Brantwood and Tesco", "a poll of Tesco and
  Aldi shoppers").

Run ``python tests/data/make_fa43s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fa43s.jsonl")

built = SupportCases(
    "fa43s",
    leads=[
        "LEEDS (Northline Press) -",
        "By Tamsin Okafor | The Wessex Chronicle",
        "METRO DESK | The Lakeshore Tribune",
        "From our Cardiff newsroom, The Valleys Herald.",
    ],
)
FOR_BODY, MAKER = "for-body", "measure-maker"
DRAWN = NAMED = JOINED = MAKER  # three forms of one category: a measure its maker is credited with


# --- for-body: "the office said" for the "Office for ..." named before ------------------------

built.page_quote(
    FOR_BODY,
    "Fewer young drivers are dying on rural roads",
    ["Office for Road Safety"],
    ["Transport Ministry"],
    "The Office for Road Safety put road deaths at 1,620 on Tuesday, below the Transport Ministry's forecast.",
    '"Fewer young drivers are dying on rural roads," the office said.',
)
built.page_quote(
    FOR_BODY,
    "Every school will have its roof checked by spring",
    ["Department for Education"],
    ["Ofsted"],
    "The Department for Education set out its plan for school repairs on Tuesday, a week after Ofsted's annual report.",
    '"Every school will have its roof checked by spring," the department said.',
)
built.page_quote(
    FOR_BODY,
    "The population is ageing faster than anywhere in Europe",
    ["Office for Island Statistics"],
    ["Harbour Authority"],
    "The Office for Island Statistics published its census on Monday, a day after the Harbour Authority's survey of ferry use.",
    '"The population is ageing faster than anywhere in Europe," the statistics office said in its release.',
)
built.page_quote(
    FOR_BODY,
    "Borrowing will overshoot the target by a wide margin",
    ["Office of Tax Simplification"],
    ["Office for Budget Responsibility"],
    "The Office for Budget Responsibility published its outlook on Monday.",
    "The Office of Tax Simplification reported on Tuesday.",
    '"Borrowing will overshoot the target by a wide margin," the office said.',
)
built.page_quote(
    FOR_BODY,
    "Bus fares will rise in March",
    ["Department for Transport"],
    ["Department for Education"],
    "The Department for Education closed its consultation last week.",
    "The Department for Transport published its rail plan on Monday.",
    '"Bus fares will rise in March," the department said.',
)
built.page_quote(
    FOR_BODY,
    "Ticket offices will stay open",
    [],
    ["Department for Transport", "Network Rail"],
    "The Department for Transport published its rail plan on Monday, and Network Rail its timetable.",
    '"Ticket offices will stay open," the education department said.',
)

built.page_quote(
    FOR_BODY,
    "Some villages will have to move inland",
    ["Agency for Coastal Protection"],
    ["Marsh Parish Council"],
    "The Agency for Coastal Protection mapped 40 eroding beaches this year, twice the number Marsh Parish Council had feared.",
    '"Some villages will have to move inland," the agency said.',
)
built.page_quote(
    FOR_BODY,
    "Bus links are vanishing from the valleys",
    ["Commission for Rural Communities"],
    ["Local Government Association"],
    "The Commission for Rural Communities published its report on Monday, a day after the Local Government Association's.",
    '"Bus links are vanishing from the valleys," the commission said.',
)
built.page_quote(
    FOR_BODY,
    "Both captains ignored the buoys",
    ["Authority for Harbour Pilots"],
    ["Kelso Shipping"],
    "The Authority for Harbour Pilots fined two Kelso Shipping vessels on Friday.",
    '"Both captains ignored the buoys," the authority said.',
)
built.page_quote(
    FOR_BODY,
    "The timetable change was unlawful",
    ["Office for Rail Standards"],
    ["Corran Trains"],
    "The Office for Rail Standards ruled on the complaint on Wednesday, siding with Corran Trains' passengers.",
    '"The timetable change was unlawful," the rail office said.',
)
built.page_quote(
    FOR_BODY,
    "The reactor is safe to restart",
    ["Office for Nuclear Regulation"],
    ["Kelso Energy"],
    "The Office for Nuclear Regulation inspected the Heysham plant on Tuesday, a week after Kelso Energy's own review.",
    '"The reactor is safe to restart," the office said.',
)


# --- cited sources: a measure drawn from, named by or joined to its maker ----------------------

ROW = "cited_sources[0].name"


def source(category: str, sentence: str, name: str, expect: bool, why: str) -> None:
    """One cited source ``name`` with the one ``sentence`` that names it as its evidence."""
    page = built.page("Markets were quiet on Tuesday.", sentence)
    facts: dict[str, Any] = {"cited_sources": [{"name": name, "via": None, "evidence": [sentence]}]}
    built.add(category, expect, why, page, facts, ROW)


S = "The 12% rise, a figure taken from Halden Registry data, is the fastest in a decade."
source(DRAWN, S, "Halden Registry", True, "a figure taken from X data")
S = "Rents rose 6.2 per cent last year, according to Marram survey figures."
source(DRAWN, S, "Marram", True, "according to X survey figures")
S = "Using Tidewatch data, the paper counted 41 idle ships off the coast."
source(DRAWN, S, "Tidewatch", True, "using X data")
S = "Losses reached $2bn in the quarter, per Corran Analytics estimates."
source(DRAWN, S, "Corran Analytics", True, "per X estimates")
S = "Investors pulled $2bn from Pellow funds in May, the fourth month of outflows."
source(DRAWN, S, "Pellow", False, "from X funds: no measure")
S = "Power was cut from Brantwood data centres for six hours, the council said."
source(DRAWN, S, "Brantwood", False, "X's data centres: no measure")
S = "Shoppers turned away from Brantwood stores, market figures show, and sales fell 4%."
source(DRAWN, S, "Brantwood", False, "from X stores: the market's figures")
S = "The flaw in Kelso data was found by auditors, who fined it 3%."
source(DRAWN, S, "Kelso", False, "in X data: the flaw's place, no figure drawn")

S = "A 5% slide took Tidewatch's weekly Global Freight Index to $1,900 a box."
source(NAMED, S, "Tidewatch", True, "X's weekly Global Freight Index")
S = "Bread prices climbed 6 per cent, the Grain Board's Quarterly Market Outlook says."
source(NAMED, S, "Grain Board", True, "X's Quarterly Market Outlook")
S = "Confidence slipped to 94 in the Corran Institute's Consumer Sentiment Barometer."
source(NAMED, S, "Corran Institute", True, "X's Consumer Sentiment Barometer")
S = "Halden Bank's annual Housing Affordability Report puts the average deposit at £61,000."
source(NAMED, S, "Halden Bank", True, "X's annual Housing Affordability Report")
S = "Harland's Index Fund lost 3% in May as bond prices fell."
source(NAMED, S, "Harland", False, "X's Index Fund: no measure it publishes")
S = "Brantwood's Survey Lane depot closed with the loss of 40 jobs."
source(NAMED, S, "Brantwood", False, "X's Survey Lane depot: a place")
S = "Kelso's Forecast Cup was won by Leeds for the third time in 12 years."
source(NAMED, S, "Kelso", False, "X's Forecast Cup: a trophy")
S = "Marram's Review Board met twice and cut 12 jobs."
source(NAMED, S, "Marram", False, "X's Review Board: a body of X's")

S = "Figures from the Harbour Board and Tidewatch show 40 ships waited at anchor."
source(JOINED, S, "Tidewatch", True, "figures from A and X show")
S = "Data compiled by Pellow Research and Marram Analytics show rents rose 6%."
source(JOINED, S, "Marram Analytics", True, "data compiled by A and X")
S = "According to estimates by Fenwick Partners and Corran Advisory, losses hit $2bn."
source(JOINED, S, "Corran Advisory", True, "estimates by A and X")
S = "A survey by Kestrel Polling and the Lowther Institute found 40% back the plan."
source(JOINED, S, "Lowther Institute", True, "a survey by A and the X found")
S = "Harland and Fitch met on Monday to discuss 300 jobs."
source(JOINED, S, "Fitch", False, "A and X met: no maker")
S = "Figures from Fitch on Brantwood and Tesco show a 3% fall."
source(JOINED, S, "Tesco", False, "joined to the one the figures are on")
S = "Brantwood sued Fitch and Moody's over a 3% downgrade."
source(JOINED, S, "Moody's", False, "joined to the one sued")
S = "A poll of Tesco and Aldi shoppers found 40% would switch."
source(JOINED, S, "Aldi", False, "joined to the one polled")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
