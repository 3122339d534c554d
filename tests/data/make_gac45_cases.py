# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build closer gac45's set (session 45) for a stand-in after a thing changed hands
(``grounding_gac45.jsonl``, ``people/transfer_holders.py`` read by ``sides/standins.py``):

- ``holder``: "<Giver> sold <thing> to <Receiver>." then "It will ..." or "The company
  will ..." doing something with the thing handed over (the thing's noun again after "the",
  or "there" for a site): the receiver acts, the giver does not. Must pass: the receiver by
  "It" and by a description, in other trades and verbs ("lost the contract to", "handed the
  franchise to", "leased the terminal to"); the giver when the sentence looks back ("It had
  built vans there"), or looks ahead at no part of the thing ("It will use the money"), or at
  another thing of the same kind ("at its other plant"). Must fail: the giver for the
  receiver's deed; the receiver for the giver's past or for what the giver does with the
  money or with its own other site.

Run ``python tests/data/make_gac45_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies); each verdict was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from builder_base import verdicts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gac45.jsonl")

built = SupportCases(
    "gac45",
    leads=[
        "By Tessa Marlow | The Wharfedale Gazette",
        "LAGOS (Gulf of Guinea Wire) -",
        "MARKETS | The Tay Courier",
        "From our Perth bureau, The Swan River Post.",
        "Business | Harbour FM news desk",
    ],
)
HOLDER, SOURCES = "holder", "sources"


def actor(before: str, sentence: str, passes: list[str], fails: list[str], what: str) -> None:
    """Each of ``passes`` is the one actor of the event ``sentence`` tells (after ``before``),
    each of ``fails`` is refused."""
    for expect, who in verdicts(passes, fails):
        built.actor(HOLDER, expect, sentence, who, what, f"actor {who}", before=before)


def source(before: str, sentence: str, name: str, expect: bool, why: str) -> None:
    """One cited source ``name`` with ``sentence`` (after ``before``) as its evidence."""
    page = built.page(before, sentence)
    facts: dict[str, Any] = {"cited_sources": [{"name": name, "via": None, "evidence": [sentence]}]}
    built.add(SOURCES, expect, why, page, facts, "cited_sources[0].name")


# fmt: off
# --- must fail first: the giver for what the receiver does with the thing, and the near-misses
actor("Brenlow Cement sold its Rugby works to Orsted Aggregates in May.", "It will make low-carbon cement there from 2028.", ["Orsted Aggregates"], ["Brenlow Cement"], "low-carbon cement made")
actor("Marsh Lane Buses lost the school routes contract to Calder Coaches on Friday.", "The company will run the routes from September with 30 new buses.", ["Calder Coaches"], ["Marsh Lane Buses"], "routes run")
actor("Pellam Foods has sold its frozen pizza brand to Vostra Group for £90m.", "It will relaunch the brand in Italy next spring.", ["Vostra Group"], ["Pellam Foods"], "brand relaunched")
actor("The council handed the leisure centre franchise to Everfit Trust last week.", "The trust plans to reopen the pool by Easter.", ["Everfit Trust"], [], "pool reopened")
actor("Harrow Ports leased its container terminal to Kaimon Logistics for 25 years.", "It is to spend $200m dredging the terminal's berths.", ["Kaimon Logistics"], ["Harrow Ports"], "berths dredged")
actor("Quayle Airways sold its Gatwick slots to Ambra Air in a $70m deal.", "The airline will use the slots for flights to Lisbon.", ["Ambra Air"], ["Quayle Airways"], "slots used for Lisbon flights")
actor("Tolland Energy sold its North Sea field to Brakstad Oil on Tuesday.", "It plans to drill three more wells there next year.", ["Brakstad Oil"], ["Tolland Energy"], "wells drilled")
# the giver's own past, its money, or its other site: the giver, not the receiver
actor("Brenlow Cement sold its Rugby works to Orsted Aggregates in May.", "It had made cement there since 1952.", ["Brenlow Cement"], ["Orsted Aggregates"], "cement made since 1952")
actor("Pellam Foods has sold its frozen pizza brand to Vostra Group for £90m.", "It will use the money to pay down its debts.", ["Pellam Foods"], ["Vostra Group"], "debts paid down")
actor("Harrow Ports leased its container terminal to Kaimon Logistics for 25 years.", "It will keep running its other terminal in Felixstowe.", ["Harrow Ports"], ["Kaimon Logistics"], "other terminal run")
actor("Quayle Airways sold its Gatwick slots to Ambra Air in a $70m deal.", "The airline will keep its other slots at Heathrow.", ["Quayle Airways"], ["Ambra Air"], "other slots kept")
actor("Tolland Energy sold its North Sea field to Brakstad Oil on Tuesday.", "It will invest the proceeds in wind farms.", ["Tolland Energy"], ["Brakstad Oil"], "proceeds invested")
actor("Marsh Lane Buses lost the school routes contract to Calder Coaches on Friday.", "The company had run the routes for 14 years.", ["Marsh Lane Buses"], ["Calder Coaches"], "routes run for 14 years")
# more of each form, other trades and styles
actor("Fairhaven Dairies sold its Carlisle creamery to Nordmark Foods last month.", "It will make butter there for export to Germany.", ["Nordmark Foods"], ["Fairhaven Dairies"], "butter made for export")
actor("Kilmore Shipping has sold its Baltic ferry route to Saltire Lines for €40m.", "The company will run the route with two new ships from April.", ["Saltire Lines"], ["Kilmore Shipping"], "ferry route run")
actor("Redwater Utilities handed its metering contract to Voltra Services in March.", "It will replace the meters in 80,000 homes by 2027.", ["Voltra Services"], ["Redwater Utilities"], "meters replaced")
actor("Ostler Mining sold its copper mine in Zambia to Kiruna Metals on Monday.", "The group plans to double output there by 2030.", ["Kiruna Metals"], ["Ostler Mining"], "output doubled")
actor("Fairhaven Dairies sold its Carlisle creamery to Nordmark Foods last month.", "It will spend the proceeds on a new cheese plant in Wigton.", ["Fairhaven Dairies"], ["Nordmark Foods"], "cheese plant built")
actor("Kilmore Shipping has sold its Baltic ferry route to Saltire Lines for €40m.", "The company will keep its other routes to Norway.", ["Kilmore Shipping"], ["Saltire Lines"], "other routes kept")
actor("Ostler Mining sold its copper mine in Zambia to Kiruna Metals on Monday.", "It will build a new mine in Chile with the cash.", ["Ostler Mining"], ["Kiruna Metals"], "new mine built")
actor("Redwater Utilities handed its metering contract to Voltra Services in March.", "It had fitted the meters itself since 2009.", ["Redwater Utilities"], ["Voltra Services"], "meters fitted since 2009")
# --- sources: a pronoun of the other sex gives the figure; "They expect" for a body's staff;
# a name whose own "'s" ends it, apposed to its trade
source("Tomas Varga said his port was struggling.", "She reckons traffic fell 18% last year.", "Tomas Varga", False, "'his' then 'She': another person's figure")
source("Mara Quinn said her council had been warned.", "He estimates the deficit at £40 million.", "Mara Quinn", False, "'her' then 'He'")
source("Mr Femi Okonjo told reporters the harbour was silting up.", "She puts the cost of dredging at $12m.", "Femi Okonjo", False, "'Mr' then 'She'")
source("Grace Mensah said her son Kofi keeps the books at the stall.", "He estimates sales fell 30% this year.", "Grace Mensah", False, "'her son': 'He' is the son, she is 'her'")
source("Ines Duarte said her vineyard had lost half its crop.", "He reckons prices will rise 20%.", "Ines Duarte", False, "'her' then 'He'")
source("Tomas Varga said his port was struggling.", "He reckons traffic fell 18% last year.", "Tomas Varga", True, "'his' then 'He'")
source("Mara Quinn said her council had been warned.", "She estimates the deficit at £40 million.", "Mara Quinn", True, "'her' then 'She'")
source("Ines Duarte said her vineyard had lost half its crop.", "She reckons prices will rise 20%.", "Ines Duarte", True, "'her' then 'She'")
source("Mr Femi Okonjo told reporters the harbour was silting up.", "He puts the cost of dredging at $12m.", "Femi Okonjo", True, "'Mr' then 'He'")
source("Halvard Bank's economists said the slowdown was over.", "They expect growth of 1.8% next year.", "Halvard Bank", True, "the bank's economists, 'They expect'")
source("Marlow Capital's strategists said the rally was overdone.", "They expect the index to end the year 6% lower.", "Marlow Capital", True, "the strategists, 'They expect'")
source("Pellow Research's analysts said demand was weak.", "They expect sales to fall 4% this quarter.", "Pellow Research", True, "the analysts, 'They expect'")
source("Corran Partners' forecasters said rents had peaked.", "They expect rents to slip 2% in 2027.", "Corran Partners", True, "the forecasters, 'They expect'")
source("Halvard Bank's economists said the slowdown was over.", "They expect to hire 40 more staff.", "Halvard Bank", False, "'expect to hire': a plan, no figure")
source("Marlow Capital sacked its strategists after the rally.", "They expect the index to end the year 6% lower.", "Marlow Capital", False, "the sacked staff are no longer the firm's")
source("Corran Partners' chairman said rents had peaked.", "They expect rents to slip 2% in 2027.", "Corran Partners", False, "the chairman is no 'they'")
source("", "The ratings agency, Moody's, expects default rates to reach 4.5%.", "Moody's", True, "the agency apposed, its own 's")
source("", "A rival agency, Fitch's, forecasts defaults of 3.9%.", "Fitch's", True, "a rival agency apposed")
source("", "The consultancy, McKinsey's, estimates the market at $40bn.", "McKinsey's", True, "the consultancy apposed")
source("", "The broker, Hargreave's, reckons 30% of savers will switch.", "Hargreave's", True, "the broker apposed")
source("", "The ratings agency, Moody's, fined two analysts last year.", "Moody's", False, "a deed, no figure")
source("", "The ratings agency, Moody's, moved its office to Canary Wharf in 2020.", "Moody's", False, "a move, no figure")
source("", "Analysts at Moody's expect default rates to reach 4.5%.", "Fitch's", False, "another agency named nowhere")
source("", "The broker, Hargreave's, was fined £3m for overcharging 30% of clients.", "Hargreave's", False, "fined: acted on")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
