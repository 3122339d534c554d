"""Build a reviewer's set at the edges of r2speakers (``grounding_rvr2speakers.jsonl``): a
``cited_sources`` name the page may or may not credit with a figure
(``summarizer/verification/bylines/figure_sources.py``), written by the review of the branch in
new words (sport, music, policing, motoring, property, markets; British and American copy):

- ``verb-edge``: a name before a verb of reckoning that does not reckon here ("Arsenal found the
  net", "Serena Okafor calls it a day", "Dominic Hartley placed third at", "Dr Lena Ortiz counts
  herself lucky", "The Thornbury Singers recorded 12 carols") must fail; the figure's maker as the
  subject after a bare descriptor ("Research firm Gartwell estimates"), after a comma aside, or
  its analysts ("Jefferson Hale analysts estimate") must pass;
- ``measure-edge``: a noun of the measure list that measures nothing the name made ("Halbrook
  Motors' new model", "Amira Shah's medical records", "Okafor's goal tally", "Elena Varga's
  world ranking", "Anderson's figures of five for 42", "recorded by The Hollow Pines", "modelled
  by Tilly Rourke") must fail; a maker's data, survey, count or estimate in other words must pass;
- ``other-maker``: the evidence names the value by a pronoun, an alias or its analysts while a
  capital word opens the sentence before a verb of reckoning ("It estimates", "Its count shows",
  "Economists at the firm estimate", "ONS figures show") must pass; evidence crediting the figure
  to a truly different maker must fail.

Run ``python tests/data/make_rvr2speakers_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before it was run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr2speakers.jsonl")

built = SupportCases(
    "rvr2s38",
    leads=[
        "MANCHESTER (Northern Wire) -",
        "By Rosalind Kerr | The Tamar Herald",
        "SPORTS DESK | The Wessex Argus",
        "DENVER, Front Range Daily -",
    ],
)
VERB, MEASURE, OTHER = "verb-edge", "measure-edge", "other-maker"


def cited(
    category: str, expect: bool, sentence: str, name: str, why: str, before: str = ""
) -> None:
    """The article cites ``name`` (``cited_sources``, read on the whole page)."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(category, expect, why, built.page(before, sentence), facts, "cited_sources[0].name")


# fmt: off
# --- verb-edge: must fail first ------------------------------------------------------------
NO_RECKONING = "unconfirmed: the verb does not reckon a figure here; nothing is cited from the name"
for sentence, name in [
    ("Arsenal found the net twice before half-time at the Emirates.", "Arsenal"),
    ("Serena Okafor calls it a day after 14 seasons with the club.", "Serena Okafor"),
    ("Dominic Hartley placed third at the national championships in Glasgow.", "Dominic Hartley"),
    ("Kettering Town put three goals past Corby at the weekend.", "Kettering Town"),
    ("Jonas Brandt ranks among the most decorated sprinters Germany has produced.", "Jonas Brandt"),
    ("Priya Nair logged 40 hours in the simulator before her first solo flight.", "Priya Nair"),
    ("The Thornbury Singers recorded 12 carols for the charity single.", "Thornbury Singers"),
    ("Calder United counted the cost of a third straight defeat on Saturday.", "Calder United"),
    ("Bellamy Foods found itself at the centre of a recall in March.", "Bellamy Foods"),
    ("Rachel Amos shows no sign of slowing down at 71.", "Rachel Amos"),
    ("Dr Lena Ortiz counts herself lucky to have survived the crash.", "Lena Ortiz"),
    ("Marcus Feld tracked the stolen van for 20 miles along the M6.", "Marcus Feld"),
    ("Mr Hale expected a warmer welcome at the club he had served for a decade.", "Hale"),
    ("Kettering Town set the pace at the top of the table all winter.", "Kettering Town"),
    ("Coach Dana Whitfield called it quits after the loss to Omaha.", "Dana Whitfield"),
    ("Halbrook Motors now values loyal drivers at the heart of its brand.", "Halbrook Motors"),
    ("Gartwell Research expects to open a second office in Austin next year.", "Gartwell Research"),
    ("Corvane Analytics reckons nothing; its founder left in June.", "Corvane Research"),
]:
    cited(VERB, False, sentence, name, NO_RECKONING)
REAL_MAKER = "the name is the subject of a verb of reckoning: it gives the figure"
for sentence, name in [
    ("Research firm Gartwell estimates that 40% of the firms will miss the deadline.", "Gartwell"),
    ("Consultancy Penrose Retail expects as many as 9,000 shops to close this year.",
     "Penrose Retail"),
    ("Investment bank Jefferson Hale puts the cost of the tariffs at $30 billion.",
     "Jefferson Hale"),
    ("Jefferson Hale analysts estimate the deal adds 4 cents to earnings per share.",
     "Jefferson Hale"),
    ("Gartwell, the Boston research group, estimates that 1.2 million jobs are at risk.",
     "Gartwell"),
    ("In a note on Monday, Penrose Retail forecast a 3 per cent fall in footfall.",
     "Penrose Retail"),
    ("Property portal Brickfield reckons asking prices fell 1.4 per cent in May.", "Brickfield"),
    ("The estate agency Harcourt Lane now predicts a 2% rise in London rents.", "Harcourt Lane"),
    ("Brickfield has since counted 212 homes sold above the asking price.", "Brickfield"),
    ("Shipping analysts at Kelso Maritime estimate 41 tankers are idling off Fujairah.",
     "Kelso Maritime"),
    ("Kelso Maritime, which tracks tankers by satellite, counted 41 idling off Fujairah.",
     "Kelso Maritime"),
    ("Harcourt Lane sees rents rising 2% next year.", "Harcourt Lane"),
    ("Gartwell thinks about 40 per cent of the firms will miss the deadline.", "Gartwell"),
    ("Brickfield calculated that buyers saved £4,000 on average.", "Brickfield"),
    ("Penrose Retail also found that footfall fell 3 per cent in May.", "Penrose Retail"),
    ("Dealogic tallied 212 deals in the quarter, down from 260.", "Dealogic"),
    ("Gartwell estimated last week that 40% of the firms would miss the deadline.", "Gartwell"),
]:
    cited(VERB, True, sentence, name, REAL_MAKER)

# --- measure-edge: must fail first ---------------------------------------------------------
NO_MEASURE = "unconfirmed: the measuring noun is not a figure the name made"
for sentence, name in [
    ("Halbrook Motors' new model goes on sale in March.", "Halbrook Motors"),
    ("The Kessler Model 7 was withdrawn after a battery fire.", "Kessler"),
    ("Dr Amira Shah's medical records were stolen from a clinic in Leeds.", "Amira Shah"),
    ("Barrowgate's research department was shut to save money.", "Barrowgate"),
    ("Fenwick Cloud's data centre in Slough lost power overnight.", "Fenwick Cloud"),
    ("Serena Okafor's goal tally rose to 19 with a header in stoppage time.", "Serena Okafor"),
    ("Elena Varga's world ranking slipped to 14th after the defeat in Rome.", "Elena Varga"),
    ("Jimmy Anderson's figures of five for 42 set up the win at Lord's.", "Jimmy Anderson"),
    ("Teodora Vasic's national records in the 800m and 1500m still stand.", "Teodora Vasic"),
    ("Halvard Analytics' valuation doubled to $1.4 billion in the funding round.",
     "Halvard Analytics"),
    ("Vinyl records by The Hollow Pines sold out within an hour.", "The Hollow Pines"),
    ("The new model from Halbrook Motors goes on sale in March.", "Halbrook Motors"),
    ("The single was recorded by The Hollow Pines in a barn in Vermont.", "The Hollow Pines"),
    ("The gown was modelled by Tilly Rourke on the opening night.", "Tilly Rourke"),
    ("The calls were monitored by Interpol for six months.", "Interpol"),
    ("The site was surveyed by Brackley Associates before the sale.", "Brackley Associates"),
    ("Nadia Patel's study of law at Durham was cut short by illness.", "Nadia Patel"),
    ("The Treasury's new measures on tax avoidance come into force in April.", "Treasury"),
]:
    cited(MEASURE, False, sentence, name, NO_MEASURE)
MADE = "the name owns, modifies or makes a measure: it gives the figure"
for sentence, name in [
    ("Dealogic data show merger volumes fell 18% in the first quarter.", "Dealogic"),
    ("Brickfield's latest quarterly survey found rents up 6.2 per cent.", "Brickfield"),
    ("A count by Kelso Maritime found 41 tankers idling off Fujairah.", "Kelso Maritime"),
    ("According to Gartwell's estimates, 1.2 million jobs are at risk.", "Gartwell"),
    ("Harcourt Lane's index of London rents rose 2.1% in April.", "Harcourt Lane"),
    ("Figures compiled by Penrose Retail show footfall down 3 per cent.", "Penrose Retail"),
    ("In its monthly survey, Brickfield found asking prices down 1.4 per cent.", "Brickfield"),
    ("Economists surveyed by Jefferson Hale see the base rate at 4% by December.",
     "Jefferson Hale"),
    ("Kelso Maritime's ship-tracking data show 41 tankers idling off Fujairah.",
     "Kelso Maritime"),
    ("Sales missed the Gartwell consensus of $2.3 billion by a wide margin.", "Gartwell"),
    ("The Brickfield index rose 0.8% in June.", "Brickfield"),
    ("A Harcourt Lane analysis of 8,000 listings found rents up 2.1%.", "Harcourt Lane"),
    ("Penrose Retail's numbers show footfall down 3 per cent.", "Penrose Retail"),
    ("On Kelso Maritime's count, 41 tankers are idling off Fujairah.", "Kelso Maritime"),
    ("Economists polled by Jefferson Hale had pencilled in growth of 0.4%.", "Jefferson Hale"),
]:
    cited(MEASURE, True, sentence, name, MADE)

# --- other-maker: must fail first -----------------------------------------------------------
ANOTHER = "the evidence credits the figure to another maker, though the page cites the value"
for sentence, name, before in [
    ("Arrivals fell by a fifth, Kelso Maritime estimates.", "Brickfield",
     "Brickfield reckons asking prices fell 1.4 per cent in May."),
    ("Jefferson Hale puts the cost of the tariffs at $30 billion.", "Gartwell",
     "Gartwell estimates that 40% of the firms will miss the deadline."),
    ("Data from Dealogic show merger volumes fell 18% in the first quarter.", "Penrose Retail",
     "Penrose Retail expects as many as 9,000 shops to close this year."),
    ("Economists polled by Harcourt Lane see rents rising 2% next year.", "Brickfield",
     "Brickfield's survey found rents up 6.2 per cent."),
    ("The Office for National Statistics estimates wages grew 5.1% in the year to March.",
     "Penrose Retail", "Penrose Retail forecast a 3 per cent fall in footfall."),
    ("Kelso Maritime's count shows 41 ships waiting off the port.", "Harcourt Lane",
     "Harcourt Lane now predicts a 2% rise in London rents."),
    ("Dealogic tallied 212 deals in the quarter, down from 260.", "Gartwell",
     "Gartwell, the Boston research group, estimates that 1.2 million jobs are at risk."),
    ("Figures compiled by Dealogic show footfall down 3 per cent.", "Penrose Retail",
     "Penrose Retail said shoppers were staying at home."),
    ("By the count of the monitoring group Kelso Maritime, 41 tankers are idling.",
     "Harcourt Lane", "Harcourt Lane now predicts a 2% rise in London rents."),
    ("A Brickfield survey of 2,000 tenants found rents up 6.2 per cent.", "Gartwell",
     "Gartwell estimates that 40% of the firms will miss the deadline."),
]:
    cited(OTHER, False, sentence, name, ANOTHER, before=before)
SAME = "the evidence gives the value's own figure by a pronoun, an alias or its staff"
for sentence, name, before in [
    ("It estimates that 3,400 flights will be cancelled today.", "Kelso Maritime",
     "Kelso Maritime tracks every ship and aircraft in the Gulf."),
    ("Its count shows 41 ships waiting off the port.", "Kelso Maritime",
     "Kelso Maritime said congestion at the port was the worst since 2021."),
    ("Economists at the firm estimate the strike cost the economy £1.5 billion.",
     "Halvard Analytics",
     "Halvard Analytics said the strike cost the economy £1.5 billion."),
    ("ONS figures show wages grew 5.1% in the year to March.",
     "Office for National Statistics",
     "The Office for National Statistics (ONS) said unemployment rose to 4.4%."),
    ("It puts the cost of the tariffs at $30 billion.", "Jefferson Hale",
     "Jefferson Hale said tariffs would hurt carmakers most."),
    ("Its estimate puts insured losses at $10 billion.", "Corvane Ratings",
     "Corvane Ratings said the storm was the costliest of the decade."),
    ("Analysts there forecast a 3 per cent fall in footfall.", "Penrose Retail",
     "Penrose Retail said shoppers were staying at home."),
    ("She estimates the club lost £3 million on the stadium move.", "Dana Whitfield",
     "Dana Whitfield, the club's former finance director, said the move was rushed."),
    ("Its analysts forecast a 3 per cent fall in footfall.", "Penrose Retail",
     "Penrose Retail said shoppers were staying at home."),
    ("They estimate 1.2 million jobs are at risk.", "Gartwell",
     "Gartwell's economists said the job market was cooling."),
    ("Separately, it estimated that 612 landings were cancelled by noon.", "Kelso Maritime",
     "Kelso Maritime tracks every ship and aircraft in the Gulf."),
]:
    cited(OTHER, True, sentence, name, SAME, before=before)

# --- verb-edge, added in session 39 (an unseen check's "found in May that"): a short adjunct
# of time between the verb and its "that" clause leaves a reckoning; a deed's object after one
# stays a deed (appended here so that the earlier cases keep their ids)
for sentence, name in [
    ("Marcus Feld tracked in March the stolen van for 20 miles along the M6.", "Marcus Feld"),
    ("Arsenal found in stoppage time the net for a 2-1 win at Goodison.", "Arsenal"),
]:
    cited(VERB, False, sentence, name, NO_RECKONING)
for sentence, name in [
    ("Kelso Maritime found in May that 41 tankers were idling off Fujairah.", "Kelso Maritime"),
    ("Penrose Retail found last week that footfall fell 3 per cent.", "Penrose Retail"),
    ("Brickfield found, in its May survey, that rents rose 6.2%.", "Brickfield"),
]:
    cited(VERB, True, sentence, name, REAL_MAKER)

# --- session 40 (gsp40a), appended so that the earlier cases keep their ids. A verb of doing
# whose figure is a span of time or distance measures the deed ("logged 40 hours"), while a
# count of things stays a reckoning ("logged 1,400 flights")
for sentence, name in [
    ("Tomas Reyes logged 300 hours of flying before the airline hired him.", "Tomas Reyes"),
    ("Hana Obi recorded 26 miles on her first long run of the spring.", "Hana Obi"),
    ("Felix Grant tracked the fox 3 km through the beech wood.", "Felix Grant"),
    ("Ivo Petrov logged 12 laps before the rain came.", "Ivo Petrov"),
]:
    cited(VERB, False, sentence, name, NO_RECKONING)
for sentence, name in [
    ("Skyward Data logged 1,400 flights over the Channel on Friday.", "Skyward Data"),
    ("Kestrel Labs tracked 63 tankers through the strait in May.", "Kestrel Labs"),
    ("Nordlight Analytics recorded 212 outages across the grid last winter.",
     "Nordlight Analytics"),
    ("Tally House counted 5,000 marchers on the bridge.", "Tally House"),
]:
    cited(VERB, True, sentence, name, REAL_MAKER)
# an indefinite article with the sentence's capital before another maker's measure ("A
# Norwell poll of ... found"): that maker's figure, not the value's
for sentence, name, before in [
    ("A Norwell poll of 1,500 voters found 52% backing the plan.", "Verity Polls",
     "Verity Polls estimates that turnout will reach 70%."),
    ("An Ashdown survey of 300 landlords found rents up 4 per cent.", "Brickfield",
     "Brickfield reckons asking prices will rise this year."),
    ("A Kestrel Labs count of ships found 41 waiting off the port.", "Skyward Data",
     "Skyward Data tracks flights across Europe."),
    ("An Oriel estimate of the damage put it at $2 billion.", "Corvane Ratings",
     "Corvane Ratings expects claims to rise."),
]:
    cited(OTHER, False, sentence, name, ANOTHER, before=before)
for sentence, name, before in [
    ("A Verity Polls survey of 1,500 voters found 52% backing the plan.", "Verity Polls",
     "Verity Polls said turnout would be high."),
    ("An Ashdown survey of 300 landlords found rents up 4 per cent.", "Ashdown",
     "Ashdown said landlords were leaving the market."),
    ("A Kestrel Labs count of ships found 41 waiting off the port.", "Kestrel Labs",
     "Kestrel Labs said congestion was easing."),
    ("An Oriel estimate of the damage put it at $2 billion.", "Oriel",
     "Oriel said the storm was the worst in a decade."),
]:
    cited(OTHER, True, sentence, name, MADE, before=before)

# --- session 41 (gsp41b), appended so that the earlier cases keep their ids. A trade with no
# determiner opening the sentence before the maker ("Consultancy X expects"), a "which" or
# "who" aside between the maker and its verb, "sees ... rising 2%" and "thinks" with a figure
for sentence, name in [
    ("Research house Tollbridge forecasts a 3% rise in house prices.", "Tollbridge"),
    ("Data provider Lanyard Analytics estimates 2,300 flights were cancelled.",
     "Lanyard Analytics"),
    ("Broker Ashmere Securities puts the company's value at $4 billion.", "Ashmere Securities"),
    ("Online lender Quaystone reckons 12% of its loans are at risk.", "Quaystone"),
    ("Orrin Freight, which runs a fleet of lorries, counted 600 trucks queuing at the border.",
     "Orrin Freight"),
    ("Mara Lindqvist, who studies wages at Uppsala, estimates pay fell 3 per cent.",
     "Mara Lindqvist"),
    ("Velden Rail, which operates the night trains, expects 40,000 riders a week.",
     "Velden Rail"),
    ("Hollis Weather, which runs 200 stations, recorded 48mm of rain at the airport.",
     "Hollis Weather"),
    ("Corvane Ratings sees defaults climbing to 5% by the spring.", "Corvane Ratings"),
    ("Ashdown thinks rents will rise 4 per cent this year.", "Ashdown"),
    ("Lanyard Analytics sees fares rising 8% over the summer.", "Lanyard Analytics"),
    ("Tollbridge thinks about 30% of landlords will sell.", "Tollbridge"),
    ("Skyhawk, a flight-data firm, counted at least 900 flights cancelled on Sunday.", "Skyhawk"),
    ("Velden Rail recorded at least 40 delays on the line last week.", "Velden Rail"),
]:
    cited(VERB, True, sentence, name, REAL_MAKER)
for sentence, name in [
    ("Rivals of broker Ashmere Securities expect its profits to fall 5%.", "Ashmere Securities"),
    ("Research house Tollbridge expects to hire 40 analysts this year.", "Tollbridge"),
    ("Online lender Quaystone was valued at $2 billion in its last funding round.", "Quaystone"),
    ("Property portal Brickfield was sold to Halvard for $90 million.", "Brickfield"),
    ("Orrin Freight, which runs 600 lorries, expects to open a depot in Calais.",
     "Orrin Freight"),
    ("Velden Rail, which was sold in 2019, found itself at the centre of a row over 40 fares.",
     "Velden Rail"),
    ("Mara Lindqvist, who ran 12 marathons last year, counts on her coach's advice.",
     "Mara Lindqvist"),
    ("Hollis Weather, which the council hired, was valued at $5 million.", "Hollis Weather"),
    ("Corvane Ratings sees 5,000 visitors at its office each year.", "Corvane Ratings"),
    ("Ashdown thinks of its 300 tenants as neighbours.", "Ashdown"),
    ("Tollbridge thinks about moving its 120 staff to Leeds.", "Tollbridge"),
    ("Lanyard Analytics sees no reason to cut its 40 jobs.", "Lanyard Analytics"),
]:
    cited(VERB, False, sentence, name, NO_RECKONING)
# a measure the name modifies opening the sentence before a verb that shows ("Dealogic data
# show"), and a possessor's measure after two modifiers ("X's latest quarterly survey found")
for sentence, name in [
    ("Lanyard Analytics figures show fares rose 8% in June.", "Lanyard Analytics"),
    ("Tollbridge research found 30% of landlords plan to sell.", "Tollbridge"),
    ("Quaystone's new monthly tracker showed arrears up 2 per cent.", "Quaystone"),
    ("Hollis Weather's own rainfall data showed 48mm fell in an hour.", "Hollis Weather"),
]:
    cited(MEASURE, True, sentence, name, MADE)
for sentence, name in [
    ("Lanyard Analytics data centres in Leeds hold 40 servers.", "Lanyard Analytics"),
    ("Tollbridge research staff moved into 3 new offices.", "Tollbridge"),
    ("Quaystone's latest world ranking slipped to 12th.", "Quaystone"),
    ("Orrin Freight's old fleet records were lost in 2019 in a fire.", "Orrin Freight"),
]:
    cited(MEASURE, False, sentence, name, NO_MEASURE)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
