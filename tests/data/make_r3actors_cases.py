# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the described-actor set of session 39 (``grounding_r3actors.jsonl``): value-support
cases for an event's actor that its evidence tells by a definite description of its kind or by
"it", as a clause's subject (outside checks 86-94), with what must pass and what must fail:

- ``described-actor``: "the group", "the company", "the lender", "the carrier", "the
  regulator", "the builder", "the union" as the subject of an active clause (at the sentence's
  start, after a fronted phrase with or without its comma, after a semicolon), read back to the
  salient organisation of its kind. Refused: a nearer subject of the kind that is another body,
  two bodies in the subject before ("A and B reported results. The company ..."), a person, a
  country, a passive's subject, an object or a preposition's object, a description naming
  another body ("The Vantor group"), a description of another kind, a name the page never
  writes;
- ``it-actor``: "it" opening a clause with an active verb ("It now sees", "it has set aside",
  "For the full year it is now guiding"), read back to the organisation that is the subject
  of the sentence before (or of a description there that reads back). Refused: a dummy "it"
  ("It is likely", "It remains unclear", "It took three years", "It has been a difficult
  year"), an object "it", a passive, a sentence before with another subject ("The deal closed
  in March. It ..."), a person, a country's body, a name the page never writes.

Run ``python tests/data/make_r3actors_cases.py`` to rebuild it. Every sentence is written for
this set (fictional firms, people and places), in wordings other than the outside checks';
each verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r3actors.jsonl")

built = SupportCases(
    "r3ac",
    leads=[
        "By Imogen Tarrow | The Wensley Ledger",
        "HARTLEPOOL (Northsea Wire) -",
        "MARKETS DESK | The Carrick Times",
        "From our Toronto bureau, The Lakeshore Review.",
        "Filed by staff | Ridgeway Business Daily | 4 March",
    ],
)
D = "described-actor"
IT = "it-actor"


def actor(
    category: str, expect: bool, before: str, sentence: str, who: str, what: str, why: str
) -> None:
    built.actor(category, expect, sentence, who, what, why, before=before)


# --- described-actor: must fail -------------------------------------------------------------
actor(
    D,
    False,
    "Halvorsen Steel Group raised its outlook on Tuesday. Brandt Metals Inc cut 300 jobs at its Ohio mills.",
    "The group also shut a rolling line in Toledo.",
    "Halvorsen Steel Group",
    "rolling line shut",
    "a nearer subject, Brandt Metals, is the group meant",
)
actor(
    D,
    False,
    "Chief executive Marta Lind said demand had held up through the winter.",
    "The group raised its interim dividend by 5 per cent.",
    "Marta Lind",
    "dividend raised",
    "a person is never 'the group'",
)
actor(
    D,
    False,
    "Norway's sovereign wealth fund reported a record return for the year.",
    "The fund sold its stake in two tobacco makers.",
    "Norway",
    "stakes sold",
    "a country is never the fund, nor 'the group'",
)
actor(
    D,
    False,
    "Kestrel Bank plc reported a first-half loss of £40m.",
    "The bank was fined £12m by the Prudential Authority in May.",
    "Kestrel Bank plc",
    "fine on the bank",
    "a passive's subject is acted on",
)
actor(
    D,
    False,
    "Orbis Media Inc reported a third-quarter loss.",
    "Investors sold the company heavily on Wednesday.",
    "Orbis Media Inc",
    "sell-off in the shares",
    "the description is the object of 'sold'",
)
actor(
    D,
    False,
    "Kestrel Bank plc lost an appeal over mis-sold loans.",
    "A tribunal in Leeds ruled against the lender on Monday.",
    "Kestrel Bank plc",
    "tribunal ruling",
    "a preposition's object: the tribunal ruled",
)
actor(
    D,
    False,
    "Orbis Media Inc lost ground in streaming last year.",
    "The Vantor group bought a 20 per cent stake in Pixley Studios.",
    "Orbis Media Inc",
    "stake in Pixley Studios bought",
    "the description names another body, Vantor",
)
actor(
    D,
    False,
    "Halvorsen Steel Group raised its outlook on Tuesday.",
    "The group also shut a rolling line in Toledo.",
    "Brandt Metals Inc",
    "rolling line shut",
    "a name the page never writes",
)
actor(
    D,
    False,
    "Kestrel Bank plc lent £2bn to small firms last year.",
    "The airline cut fares on its Dublin routes.",
    "Kestrel Bank plc",
    "fares cut",
    "a bank is no airline",
)
actor(
    D,
    False,
    "Orbis Media Inc and Tellar Group Ltd both reported results on Thursday.",
    "The company raised its full-year forecast.",
    "Orbis Media Inc",
    "forecast raised",
    "two companies in the subject before: 'the company' fits either",
)
actor(
    D,
    False,
    "Brandt Metals Inc sued Halvorsen Steel Group over a supply contract.",
    "The company is seeking $40m in damages.",
    "Halvorsen Steel Group",
    "damages sought",
    "the description reads back to the subject, Brandt Metals, not the one sued",
)
actor(
    D,
    False,
    "Tellar Group Ltd named a new chairman on Friday.",
    "The chairman cut the board from twelve seats to nine.",
    "Tellar Group Ltd",
    "board cut",
    "a person's title, no organisation's description",
)

actor(
    D,
    False,
    "Kestrel Bank plc agreed the new terms, and Lomond Savings Bank followed on Friday.",
    "The lender has since cut its mortgage rates by half a point.",
    "Kestrel Bank plc",
    "mortgage rates cut",
    "another bank named after the value, in a later clause, is the nearer one",
)
actor(
    IT,
    False,
    "Air Solenne dropped its Nice route, while Corvair Airlines added three more.",
    "It now flies to 60 cities.",
    "Air Solenne",
    "route network",
    "another airline named after the value is the nearer one for 'it'",
)

# --- described-actor: must pass ------------------------------------------------------------
actor(
    D,
    True,
    "Halvorsen Steel Group reported record output for the year to March.",
    "The group raised its dividend by 5 per cent.",
    "Halvorsen Steel Group",
    "dividend raised",
    "'the group' after the group's own name",
)
actor(
    D,
    True,
    "Orbis Media Inc said subscriptions had reached 40 million.",
    "In the third quarter, the company shipped 1.2 million set-top boxes.",
    "Orbis Media Inc",
    "set-top boxes shipped",
    "a fronted phrase and its comma, then the subject",
)
actor(
    D,
    True,
    "Kestrel Bank plc posted a pre-tax profit of £310m.",
    "For the year to March the lender wrote off £40m of loans.",
    "Kestrel Bank plc",
    "loans written off",
    "a fronted phrase with no comma; 'the lender' for a bank",
)
actor(
    D,
    True,
    "Air Solenne carried 9 million passengers last summer.",
    "The carrier has added 14 routes from Lyon for the winter.",
    "Air Solenne",
    "routes added",
    "'the carrier' for an airline",
)
actor(
    D,
    True,
    "The Financial Markets Authority opened an inquiry into three brokers in January.",
    "The regulator fined the three firms a total of NZ$6m on Friday.",
    "Financial Markets Authority",
    "brokers fined",
    "'the regulator' for an authority",
)
actor(
    D,
    True,
    "Housebuilder Ashgrove Homes completed 9,000 homes in its financial year.",
    "The builder also bought 40 sites in the Midlands.",
    "Ashgrove Homes",
    "sites bought",
    "'the builder' for a housebuilder the page calls one",
)
actor(
    D,
    True,
    "Tellar Group Ltd cut its profit forecast. The firm blamed higher freight costs.",
    "The company also delayed a planned listing in Amsterdam.",
    "Tellar Group Ltd",
    "listing delayed",
    "a chain of descriptions back to the name",
)
actor(
    D,
    True,
    "Norbeck Pharma AG posted a quarterly loss on Thursday.",
    "The drugmaker has withdrawn its guidance for 2026.",
    "Norbeck Pharma AG",
    "guidance withdrawn",
    "'the drugmaker' for a pharma company",
)
actor(
    D,
    True,
    "The Allied Dockworkers Union rejected the employers' latest offer.",
    "The union has balloted its 4,000 members on a fresh stoppage.",
    "Allied Dockworkers Union",
    "strike ballot",
    "'the union' for a union",
)
actor(
    D,
    True,
    "Brackley Holdings plc reported first-half revenue of £1.2bn.",
    "Costs rose sharply; the group closed two depots in Kent.",
    "Brackley Holdings plc",
    "depots closed",
    "after a semicolon",
)
actor(
    D,
    True,
    "Ashgrove said profit climbed 9 per cent, as the housebuilder sold more homes at higher prices.",
    "The housebuilder kept its guidance for the year unchanged.",
    "Ashgrove",
    "guidance kept",
    "a one-word name the page ties to its kind in the same sentence",
)
actor(
    D,
    True,
    "Marlow Stores Ltd reported a fall in Christmas sales.",
    "After a weak December, the retailer is closing 40 shops.",
    "Marlow Stores Ltd",
    "shops closed",
    "'the retailer' after a fronted phrase",
)

# --- it-actor: must fail ---------------------------------------------------------------------
actor(
    IT,
    False,
    "Orbis Media Inc cut 200 jobs on Monday.",
    "It is likely that more cuts will follow in the spring.",
    "Orbis Media Inc",
    "further job cuts",
    "a dummy 'it'",
)
actor(
    IT,
    False,
    "Orbis Media Inc bought Tellar Group Ltd last year. The deal closed in March.",
    "It added 3,000 staff across Europe.",
    "Orbis Media Inc",
    "staff added",
    "the sentence before has another subject, the deal",
)
actor(
    IT,
    False,
    "Chief executive Marta Lind cut 200 jobs in the autumn.",
    "It now expects revenue of $2bn for the year.",
    "Marta Lind",
    "revenue forecast",
    "a person is 'she', never 'it'",
)
actor(
    IT,
    False,
    "Orbis Media Inc cut 200 jobs on Monday. Tellar Group Ltd raised its prices.",
    "It now expects revenue of $2bn for the year.",
    "Orbis Media Inc",
    "revenue forecast",
    "a nearer subject, Tellar Group, is the 'it'",
)
actor(
    IT,
    False,
    "Halvorsen Steel Group delayed its new furnace again.",
    "It remains unclear when the plant will open.",
    "Halvorsen Steel Group",
    "plant opening",
    "a dummy 'it'",
)
actor(
    IT,
    False,
    "Kestrel Bank plc reported a first-half loss of £40m.",
    "It has been a difficult year for lenders, analysts said.",
    "Kestrel Bank plc",
    "difficult year",
    "a dummy 'it' of 'has been'",
)
actor(
    IT,
    False,
    "Orbis Media Inc reported a third-quarter loss.",
    "Investors sold it heavily on Wednesday.",
    "Orbis Media Inc",
    "sell-off in the shares",
    "an object 'it'",
)
actor(
    IT,
    False,
    "Kestrel Bank plc reported a first-half loss of £40m.",
    "It was fined £5m by the Prudential Authority in May.",
    "Kestrel Bank plc",
    "fine on the bank",
    "a passive 'it' is acted on",
)
actor(
    IT,
    False,
    "Norway's central bank raised its main rate by a quarter point.",
    "It now expects inflation to fall below 3 per cent next year.",
    "Norway",
    "inflation forecast",
    "the 'it' is the central bank, not the country",
)
actor(
    IT,
    False,
    "Orbis Media Inc cut 200 jobs on Monday.",
    "It now expects revenue of $2bn for the year.",
    "Tellar Group Ltd",
    "revenue forecast",
    "a name the page never writes",
)
actor(
    IT,
    False,
    "Halvorsen Steel Group opened a furnace in Gary, Indiana.",
    "It took three years and $900m to build.",
    "Halvorsen Steel Group",
    "furnace built",
    "a dummy 'it' of 'took'",
)

# --- it-actor: must pass ---------------------------------------------------------------------
actor(
    IT,
    True,
    "Orbis Media Inc cut 200 jobs on Monday.",
    "It now expects revenue of $2bn for the year.",
    "Orbis Media Inc",
    "revenue forecast",
    "'it' with the sentence before's subject",
)
actor(
    IT,
    True,
    "Kestrel Bank plc reported a first-half loss.",
    "It has set aside £90m for bad loans.",
    "Kestrel Bank plc",
    "provision for bad loans",
    "'it has set aside'",
)
actor(
    IT,
    True,
    "Tellar Group Ltd raised its forecast. The company also bought a rival in Ghent.",
    "It will pay €300m in cash.",
    "Tellar Group Ltd",
    "rival bought",
    "'it' through a description that reads back",
)
actor(
    IT,
    True,
    "Halvorsen Steel Group posted record profit.",
    "For the full year it is now guiding to output of 9m tonnes.",
    "Halvorsen Steel Group",
    "output guidance",
    "'it' after a fronted phrase with no comma; 'is now guiding'",
)
actor(
    IT,
    True,
    "Air Solenne grounded 12 jets for engine checks.",
    "It is cutting 400 flights in May.",
    "Air Solenne",
    "flights cut",
    "'it is cutting'",
)
actor(
    IT,
    True,
    "Marlow Stores Ltd closed 40 shops last year.",
    "It plans to open 12 more in 2027.",
    "Marlow Stores Ltd",
    "shops to open",
    "'it plans'",
)
actor(
    IT,
    True,
    "Brackley Holdings plc sold its Irish arm to a rival.",
    "It expects the sale to close in June.",
    "Brackley Holdings plc",
    "sale of Irish arm",
    "'it expects'",
)
actor(
    IT,
    True,
    "Norbeck Pharma AG won approval for its migraine drug.",
    "It launched the treatment in Germany on Monday.",
    "Norbeck Pharma AG",
    "treatment launched",
    "'it launched'",
)
actor(
    IT,
    True,
    "Veridian Energy Corp missed profit forecasts for a third quarter.",
    "It then raised its dividend by 2 cents.",
    "Veridian Energy Corp",
    "dividend raised",
    "an adverb between 'it' and its verb",
)
actor(
    IT,
    True,
    "Ashgrove Homes plc lifted sales by 11 per cent.",
    "It completed 9,000 homes in the year to June.",
    "Ashgrove Homes plc",
    "homes completed",
    "'it completed'",
)
actor(
    IT,
    True,
    "Orbis Media Inc lost 2 million subscribers in the spring.",
    "In response, it has cut prices in six markets.",
    "Orbis Media Inc",
    "prices cut",
    "'it' after a fronted phrase and its comma",
)

# --- session 40 (gac40): stand-ins that act for no one -----------------------------------------
# a passive whose "by" names the agent, a dummy "it" of time, money or ease, "it" after the
# value's own thing as subject, a description as an object; and the acting forms beside them
IDLE = [
    (
        IT,
        False,
        "Korvel Airlines plc reported a loss for the winter.",
        "It was fined £3m by the aviation regulator in July.",
        "Korvel Airlines plc",
        "fine on the airline",
        "a passive with its agent: acted on",
    ),
    (
        IT,
        False,
        "Castellan Foods plc reported a drop in sales.",
        "It was sued for £12m by a former supplier in June.",
        "Castellan Foods plc",
        "lawsuit against the grocer",
        "a passive with its agent: acted on",
    ),
    (
        IT,
        False,
        "Dunhallow Mining Corp has run its Peruvian mine since 2019.",
        "It took four years and $300m to complete.",
        "Dunhallow Mining Corp",
        "mine completed",
        "'it' is the mine: what took four years to complete",
    ),
    (
        IT,
        False,
        "Gansey Bank plc closed 30 branches in the spring.",
        "It is becoming easier for rivals to win over its customers.",
        "Gansey Bank plc",
        "customers won over",
        "a dummy 'it' of 'easier for'",
    ),
    (
        IT,
        False,
        "Pellworth Telecom's broadband network failed on Sunday.",
        "It had served 2 million homes in the north.",
        "Pellworth Telecom",
        "homes served",
        "'it' is the network, the sentence before's subject",
    ),
    (
        D,
        False,
        "Tamsin Brewing Co reported weak summer sales.",
        "Analysts downgraded the company after the results.",
        "Tamsin Brewing Co",
        "downgrade",
        "the description is the object of 'downgraded'",
    ),
    (
        D,
        False,
        "Harwick Rail plc won a signalling contract.",
        "Regulators fined the firm £2m in April.",
        "Harwick Rail plc",
        "fine on the firm",
        "the description is the object of 'fined'",
    ),
    (
        D,
        False,
        "Brisco Airways plc opened 20 routes.",
        "The airline was fined £4m by the Civil Aviation Office.",
        "Brisco Airways plc",
        "fine on the airline",
        "a passive description with its agent",
    ),
    (
        IT,
        True,
        "Dunhallow Mining Corp bought a copper mine in Chile.",
        "It took a 40 per cent stake in a smelter in May.",
        "Dunhallow Mining Corp",
        "smelter stake taken",
        "'took' a stake: no dummy",
    ),
    (
        IT,
        True,
        "Pellworth Telecom's broadband network failed on Sunday.",
        "It said a cable fault was to blame.",
        "Pellworth Telecom",
        "outage explained",
        "a network says nothing: 'it' is the company",
    ),
    (
        IT,
        True,
        "Gansey Bank plc closed 30 branches in the spring.",
        "It is moving the staff to its call centres.",
        "Gansey Bank plc",
        "staff moved",
        "'it is moving': active",
    ),
    (
        IT,
        True,
        "Korvel Airlines plc cancelled 200 flights in August.",
        "It was forced to refund 40,000 passengers.",
        "Korvel Airlines plc",
        "refunds paid",
        "no agent named: the airline refunds",
    ),
    (
        D,
        True,
        "Tamsin Brewing Co reported weak summer sales.",
        "Last week the company cut 40 jobs.",
        "Tamsin Brewing Co",
        "jobs cut",
        "the description after a fronted time",
    ),
    (
        D,
        True,
        "Harwick Rail plc won a signalling contract.",
        "In April, the firm hired 300 engineers.",
        "Harwick Rail plc",
        "engineers hired",
        "the description after a fronted phrase and its comma",
    ),
    (
        D,
        True,
        "Brisco Airways plc opened 20 routes.",
        "The airline has hired 200 pilots.",
        "Brisco Airways plc",
        "pilots hired",
        "an active description",
    ),
    (
        D,
        True,
        "Calloway Cement Ltd raised prices.",
        "Demand held up, and the company kept its forecast.",
        "Calloway Cement Ltd",
        "forecast kept",
        "the description after ', and'",
    ),
]
for category, expect, before, sentence, who, what, why in IDLE:
    actor(category, expect, before, sentence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
