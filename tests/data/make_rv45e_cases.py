# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build review rv45e's set (session 45) of closer gac45's rules, in new words, at their edges
(``grounding_rv45e.jsonl``; ``people/transfer_holders.py`` read by ``sides/standins.py``,
``sides/actor_descriptions.py`` and ``sentences/described_actors.py``; ``bylines/back_makers.py``,
``source_roles.py`` and ``figure_sources.py``):

- ``holder``: after "<Giver> sold/lost/leased <thing> to <Receiver>", "It" or "The <noun>"
  that looks ahead at the thing. Must fail: the receiver for what the giver still does with
  or about the thing (a stake sold, the plant leased back or run until the deal closes, rent
  collected, the lost contract challenged or bid for again, pensions still paid, a hope for
  the staff), for a word of the thing's phrase that is no noun of it ("its copper mine in
  Zambia" ... "the workforce in London"), for a third party's description ("The union will
  fight to keep the mill open"), or for "It" when the receiver is a person. Must pass: the
  giver in those, and the receiver in other outlets' styles ("to South Korea's Hanbit Auto",
  "has handed over", "The buyer will").
- ``sources``: a cited source's figure given by "He"/"She", "They expect", or a name whose
  own "'s" ends it. Must pass: "He" after a sentence the name opens that speaks of a woman
  ("Tom Hale, her deputy, disagrees. He estimates"), the name cited by itself in the evidence
  beside another's "She", "Economists at Halvard Bank expect", an apposed "The auction house,
  Sotheby's, expects". Must fail: a name that is not who "expect" ("Customers of Harcourt Bank
  expect", "Investors expect the Bank of England to cut"), "They" for people who are not the
  name's staff, a deed or a passive after the apposed name, a former staffer's figure.

Run ``python tests/data/make_rv45e_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies and people, a few real firms' names in made-up sentences); each
verdict was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from builder_base import verdicts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45e.jsonl")

built = SupportCases(
    "rv45e",
    leads=[
        "By Kirsty Abernethy | The Fife Chronicle",
        "NAIROBI (East Africa Business Wire) -",
        "COMPANIES | The Solent Standard",
        "From our Auckland bureau, The Waitemata Herald.",
        "Money | Radio Tamar newsroom",
        "CHICAGO (Lakefront Markets Report) -",
    ],
)
HOLDER, SOURCES = "holder", "sources"


def actor(before: str, sentence: str, passes: list[str], fails: list[str], what: str) -> None:
    """Each of ``passes`` is the one actor of the event ``sentence`` tells (after ``before``),
    each of ``fails`` is refused."""
    for expect, who in verdicts(passes, fails):
        built.actor(HOLDER, expect, sentence, who, what, f"actor {who}", before=before)


def source(
    before: str, sentence: str, name: str, expect: bool, why: str, evidence: list[str] | None = None
) -> None:
    """One cited source ``name`` with ``sentence`` (after ``before``) as its evidence (or
    ``evidence``, sentences of the page)."""
    page = built.page(before, sentence)
    facts: dict[str, Any] = {
        "cited_sources": [{"name": name, "via": None, "evidence": evidence or [sentence]}]
    }
    built.add(SOURCES, expect, why, page, facts, "cited_sources[0].name")


# fmt: off
# --- holder, must fail first: the giver still acts with or about the thing handed over
actor("Halloran Motors sold a 40% stake in its Sunderland plant to Hanbit Auto in March.", "It will keep running the plant day to day.", ["Halloran Motors"], ["Hanbit Auto"], "plant run day to day")
actor("Corvel Retail sold its Leeds warehouse to Ardent Property for £35m on Friday.", "It will lease the warehouse back for 15 years.", ["Corvel Retail"], ["Ardent Property"], "warehouse leased back")
actor("Dunmore Chemicals sold its Teesside site to Valcor Group on Thursday.", "It will run the site until the deal closes in October.", ["Dunmore Chemicals"], ["Valcor Group"], "site run until the deal closes")
actor("Marchbank Rail lost the Pennine franchise to Trevail Trains in June.", "It will challenge the franchise award in the High Court.", ["Marchbank Rail"], ["Trevail Trains"], "franchise award challenged")
actor("Ostrava Waste lost the city's bin collection contract to Greenway Services last year.", "The company will bid for the contract again when it is retendered in 2029.", ["Ostrava Waste"], ["Greenway Services"], "contract bid for again")
actor("Port Carrick Authority leased its grain terminal to Solano Agri for 30 years.", "It will collect about $4m a year in rent from the terminal.", ["Port Carrick Authority"], ["Solano Agri"], "rent collected")
actor("Harwick Council leased the old library to Brightside Trust on a 99-year lease.", "The council will still own the library building.", ["Harwick Council"], ["Brightside Trust"], "library owned")
actor("Tarrant Glass sold its Doncaster factory to Heliox Materials in 2024.", "It is still paying pensions to the factory's former workers.", ["Tarrant Glass"], ["Heliox Materials"], "pensions paid")
actor("Crossley Brewing sold its Otley brewery to Tanhaus Beer last week.", "It hopes the brewery's 60 staff will keep their jobs.", ["Crossley Brewing"], ["Tanhaus Beer"], "hope for staff voiced")
actor("Ostler Mining sold its copper mine in Zambia to Kiruna Metals on Monday.", "It plans to cut the workforce in London by 80 next year.", ["Ostler Mining"], ["Kiruna Metals"], "London workforce cut")
actor("Rennick Foods sold its share of the Halden joint venture to Mirado Group.", "It will cut the number of staff at its head office by 120.", ["Rennick Foods"], ["Mirado Group"], "head office staff cut")
actor("Halcyon Textiles sold its Paisley mill to Ferrant Group in April.", "The union will fight to keep the mill open.", [], ["Ferrant Group", "Halcyon Textiles"], "fight to keep the mill open")
actor("Grendon Estates sold Holm Farm to Kestrel Homes for £6m.", "The council will review the farm's planning status in May.", [], ["Kestrel Homes", "Grendon Estates"], "planning status reviewed")
actor("Harland Estates sold the Glebe farm to Ruth Naylor, a local cheesemaker, in March.", "It will keep managing the farm's woodland under a ten-year deal.", ["Harland Estates"], ["Ruth Naylor"], "farm woodland managed")
actor("Calloway Paper has not sold its Inverurie mill to Strand Pulp, despite reports.", "It will run the mill itself for now.", ["Calloway Paper"], ["Strand Pulp"], "mill run")
# --- holder, must pass: the receiver in other styles, the giver's own again
actor("Halloran Motors sold its Sunderland plant to South Korea's Hanbit Auto for £310m.", "It will build electric vans at the plant from 2027.", ["Hanbit Auto"], ["Halloran Motors"], "electric vans built")
actor("Redwater Utilities has handed over its metering contract to Voltra Services.", "It will replace the meters in 60,000 homes by 2028.", ["Voltra Services"], ["Redwater Utilities"], "meters replaced")
actor("Kestrel Hotels sold the Grand Pier Hotel to Marlow Leisure in a £48m deal.", "The buyer will spend £20m refurbishing the hotel.", ["Marlow Leisure"], ["Kestrel Hotels"], "hotel refurbished")
actor("Bexley Airways sold its Heathrow landing slots to Orla Air in January.", "The carrier intends to use the slots for flights to Dublin.", ["Orla Air"], ["Bexley Airways"], "slots used for Dublin flights")
actor("Nantwich Quarries leased its Ribble quarry to Stonecraft Ltd for ten years.", "It intends to reopen the quarry in the spring.", ["Stonecraft Ltd"], ["Nantwich Quarries"], "quarry reopened")
actor("Ferris Media sold its regional radio stations to Wavelength Group in 2025.", "It will use the money to cut its debt.", ["Ferris Media"], ["Wavelength Group"], "debt cut")
# --- sources, must fail: the name is not the one who reckons, or acts instead
source("", "Customers of Harcourt Bank expect fees to rise 10% next year.", "Harcourt Bank", False, "the customers expect, the bank is theirs")
source("", "Investors expect the Bank of England to cut rates to 3.5% by June.", "Bank of England", False, "investors expect the bank to act")
source("", "Fund managers expect Halvard Bank to raise its dividend by 5%.", "Halvard Bank", False, "the fund managers expect")
source("Halvard Bank's economists said the slowdown was over, but many traders disagreed.", "They expect growth of just 0.5% next year.", "Halvard Bank", False, "'They' are the traders, the nearer plural")
source("Pellow Research's clients said demand was weak.", "They expect sales to fall 4% this quarter.", "Pellow Research", False, "clients are no staff")
source("", "The auction house, Christie's, sold the painting for $40m in May.", "Christie's", False, "a deed, no figure")
source("", "The retailer, Sainsbury's, cut prices on 300 products by 10%.", "Sainsbury's", False, "a deed, no figure")
source("", "A former Sotheby's expert, Ann Lyle, expects the painting to fetch $40m.", "Sotheby's", False, "a former staffer's figure")
source("", "Domino's franchisees expect sales to fall 3% this year.", "Domino's", False, "the franchisees expect")
source("", "The retailer, Sainsbury's, was expected to report profits of £700m.", "Sainsbury's", False, "others expect it")
source("Mr Femi Okonjo said his wife kept the harbour accounts.", "She reckons dredging will cost $12m.", "Femi Okonjo", False, "'his wife' then 'She'")
source("Dr Ana Ruiz said her husband ran the clinic's books.", "He estimates the clinic lost 15% of its patients.", "Ana Ruiz", False, "'her husband' then 'He'")
# --- sources, must pass: the right name in other styles
source("Mara Quinn said her council had been warned. Tom Hale, her deputy, disagrees.", "He estimates the deficit at £40 million.", "Tom Hale", True, "'He' is Tom Hale, 'her' is Quinn's")
source("Tomas Varga said the port's owner, Ana Ruiz, had cut her staff by half.", "He reckons traffic fell 18% last year.", "Tomas Varga", True, "'He' is Varga; 'her' is Ruiz's")
source("Femi Okonjo, the harbour master, puts the cost of dredging at $12m. His deputy, Ada Eze, is gloomier.", "She expects the bill to double.", "Femi Okonjo", True, "Okonjo's own figure in his own sentence", ["Femi Okonjo, the harbour master, puts the cost of dredging at $12m.", "She expects the bill to double."])
source("", "Economists at Halvard Bank expect growth of 1.8% next year.", "Halvard Bank", True, "economists at the bank expect")
source("", "Analysts at Pellow Research expect sales to fall 4% this quarter.", "Pellow Research", True, "analysts at the firm expect")
source("Corran Partners' forecasters said rents had peaked.", "They do not expect rents to rise more than 1% in 2027.", "Corran Partners", True, "'They' the forecasters, a figure")
source("", "The auction house, Sotheby's, expects the painting to fetch $40m.", "Sotheby's", True, "the house apposed, its own 's")
source("", "The retailer, Sainsbury's, expects profits of £700m this year.", "Sainsbury's", True, "the retailer apposed")
source("", "The pizza chain, Domino's, reckons sales will rise 6%.", "Domino's", True, "the chain apposed")
source("", "The department store group, Macy's, forecasts a 3% fall in sales.", "Macy's", True, "the group apposed")
source("Mrs Bola Adeyemi said her stall had been busy.", "She estimates sales rose 30% this year.", "Bola Adeyemi", True, "'Mrs' then 'She'")
# --- the mends' own edges (review rv45e): what the giver still does, and its look-alikes
actor("Skerry Ferries sold a 25% holding in its Oban ferry terminal to Lorne Ports in May.", "The company will keep running the terminal.", ["Skerry Ferries"], ["Lorne Ports"], "terminal run")
actor("Skerry Ferries sold its two ferries to Lorne Ports in a sale-and-leaseback deal.", "It will rent the ferries back for ten years.", ["Skerry Ferries"], ["Lorne Ports"], "ferries rented back")
actor("Dunmore Chemicals sold its idle Widnes mill to Penhale Paper on Friday.", "It will bring the mill back into use by 2028.", ["Penhale Paper"], ["Dunmore Chemicals"], "mill brought back into use")
actor("Trellis Foods sold its Crumbly biscuit brand to Oakmead Snacks for £55m.", "It will relaunch the brand to widen its appeal to younger buyers.", ["Oakmead Snacks"], ["Trellis Foods"], "brand relaunched")
actor("Kinloch Haulage leased its Perth depot to Rapide Parcels for 20 years.", "It will receive £900,000 a year in rent for the depot.", ["Kinloch Haulage"], ["Rapide Parcels"], "rent received")
actor("Kinloch Haulage leased its Perth depot to Rapide Parcels for 20 years.", "It will pay £900,000 a year in rent for the depot.", ["Rapide Parcels"], ["Kinloch Haulage"], "rent paid")
actor("Beacon Buses lost the park-and-ride contract to Ridgeway Travel in April.", "It will run the park-and-ride until the handover in September.", ["Beacon Buses"], ["Ridgeway Travel"], "park-and-ride run until handover")
actor("Beacon Buses lost the park-and-ride contract to Ridgeway Travel in April.", "It will run the park-and-ride until 2034 under the new deal.", ["Ridgeway Travel"], ["Beacon Buses"], "park-and-ride run until 2034")
actor("Crossley Brewing sold its Otley brewery to Tanhaus Beer last week.", "It hopes to double output at the brewery within two years.", ["Tanhaus Beer"], ["Crossley Brewing"], "brewery output doubled")
actor("Gillan Retail sold its 40 stores in Wales to Dyfed Co-operative this week.", "It will rebrand the stores in the spring.", ["Dyfed Co-operative"], ["Gillan Retail"], "stores rebranded")
actor("Port Carrick Authority leased its grain terminal to Solano Agri for 30 years.", "The regulator will inspect the terminal in June.", [], ["Solano Agri", "Port Carrick Authority"], "terminal inspected")
source("Halvard Bank's economists said the slowdown was over, while rival forecasters were gloomier.", "They expect growth of just 0.5% next year.", "Halvard Bank", False, "'They' are the rival forecasters")
source("Halvard Bank's economists said the slowdown was over, but warned of risks from tariffs.", "They expect growth of 1.8% next year.", "Halvard Bank", True, "'but warned': still the economists")
source("Ines Duarte said the mayor, Rui Costa, had toured his own vineyards.", "She reckons prices will rise 20%.", "Ines Duarte", True, "'his' is the mayor's, 'She' Duarte")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
