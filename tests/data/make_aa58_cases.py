# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's lone surnames (``grounding_aa58.jsonl``, false-alarm writer
aa58; :mod:`summarizer.verification.people.lone_surnames`), an event's actor body told only by
"the company", "the firm" or "it", where the page writes the body's name in a shape that only
seems to mark a person, at the edges of

- ``body``: a one-word body written elsewhere after an opening or question word ("What
  Corvane's cuts mean", "Is Pellgard paying"), a capitals-only label ("09:40 GMT Tessaly
  has"), or a title ended by a comma ("the state's attorney general, Brannock said"): "the
  company" or "it" then stands for it, and the other party of the act, a body named nearer
  and a body the sentence names as the one acted on stay refused;
- ``person``: the same stand-ins where the page does mark a person (a title right before the
  surname, "Mr Halvey", the surname alone, "Labour's Brisk", "When Orrin said", a given name
  "Paula Tessel" for "Tessel"): "he" and "she" pass for the person, "the company" and "it" are
  still refused for them, as is another person named nearer.

Run ``python tests/data/make_aa58_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_aa58.jsonl")

built = SupportCases(
    "aa58",
    leads=[
        "By Orla Fenwick | The Calder Ledger",
        "Markets | The Southmere Courier",
        "HALVERTON (Ridgeline Wire) -",
        "From our business desk, The Eastholm Post.",
    ],
)


# (a) a one-word body whose name the page also writes after an opening word, a label or a title
# ended by a comma: no given name, no title of a person
BODY = [
    (
        "Corvane, the parcel carrier, reported a loss for the quarter on Tuesday.\n\nWhat Corvane's cuts mean for drivers",
        "The company will close 40 depots across the north by March.",
        ["Corvane"],
        [],
        "depots closed",
    ),
    (
        "Pellgard, the payments start-up, lost customer data in a breach last month.\n\nIs Pellgard paying customers back?",
        "The firm has set aside $12 million to repay those who lost money.",
        ["Pellgard"],
        [],
        "refund fund set aside",
    ),
    (
        "09:40 GMT Tessaly has cut its forecast for the year, blaming weak demand in Asia.",
        "It now expects sales to fall by 4 per cent.",
        ["Tessaly"],
        [],
        "forecast cut",
    ),
    (
        "Brannock sold the records of 70,000 customers without asking them, according to the state's attorney general, Brannock said on Friday that it had broken no law.",
        "The company agreed to pay a fine of $3 million on Monday.",
        ["Brannock"],
        [],
        "fine paid",
    ),
    (
        "Why Quillet matters: the miner supplies a third of the region's copper.\n\nQuillet reported output for the half-year on Wednesday.",
        "The company halted work at its Orvik pit after a flood.",
        ["Quillet"],
        [],
        "work halted",
    ),
    (
        "How Marrowind won the contract\n\nMarrowind, a turbine maker, beat two rivals to the order.",
        "The group will build 60 turbines off the coast of Skarn.",
        ["Marrowind"],
        [],
        "turbines to be built",
    ),
    (
        "UPDATE Dovetrail has recalled 9,000 kettles.\n\nDovetrail said a faulty switch could overheat.",
        "The company will replace every kettle free of charge.",
        ["Dovetrail"],
        [],
        "kettles replaced",
    ),
    (
        "Can Ferrowick keep its lead? Ferrowick is the country's largest steelmaker.",
        "The company raised prices by 8 per cent on Monday.",
        ["Ferrowick"],
        [],
        "prices raised",
    ),
    (
        "When Halmora bought the stadium in 2019 it promised new stands.\n\nHalmora has now dropped that plan.",
        "It will sell the ground to the city council instead.",
        ["Halmora"],
        [],
        "ground sold",
    ),
    (
        "14:05 CET Orsenne has agreed to buy the Velda bakery chain.\n\nOrsenne shares rose 3 per cent.",
        "The firm will pay 210 million euros in cash.",
        ["Orsenne"],
        [],
        "bakery chain bought",
    ),
    # the other party, a body named nearer, a body acted on: refused
    (
        "What Corvane's cuts mean for drivers\n\nCorvane sold its van fleet to Lisk Leasing on Tuesday.",
        "The company will lease 900 vans back to the carrier.",
        ["Lisk Leasing"],
        ["Corvane"],
        "vans leased back",
    ),
    (
        "Is Pellgard paying customers back? Pellgard lost customer data last month.\n\nTrennor Bank, which handled the payments, said on Monday it would act.",
        "The bank has frozen 4,000 accounts.",
        [],
        ["Pellgard"],
        "accounts frozen",
    ),
    (
        "09:40 GMT Tessaly has cut its forecast.\n\nMeanwhile Varrow Foods raised its dividend.",
        "It now expects sales to rise by 6 per cent.",
        [],
        ["Tessaly"],
        "sales forecast raised",
    ),
    (
        "How Marrowind won the contract\n\nMarrowind, a turbine maker, beat Aldergate Power to the order.",
        "Regulators fined Marrowind's rival Aldergate Power $2 million.",
        [],
        ["Marrowind"],
        "rival fined",
    ),
    (
        "UPDATE Dovetrail has recalled 9,000 kettles.\n\nThe kettles were made for it by Senna Works, a supplier in Tarvo.",
        "Senna Works will pay for the repairs.",
        ["Senna Works"],
        ["Dovetrail"],
        "repairs paid",
    ),
    (
        "Can Ferrowick keep its lead?\n\nFerrowick's rival, Ostmark Steel, opened a new furnace on Friday.",
        "The company said it would hire 300 workers.",
        [],
        ["Ferrowick"],
        "workers hired",
    ),
    (
        "14:05 CET Orsenne has agreed to buy the Velda bakery chain.",
        "Orsenne will pay Velda's owners 210 million euros in cash.",
        ["Orsenne"],
        ["Velda"],
        "bakery chain bought",
    ),
    (
        "Why Quillet matters: the miner supplies a third of the region's copper.\n\nThe union at Quillet's Orvik pit, the Skarn Miners' Union, called a strike on Wednesday.",
        "The union said 1,200 workers would walk out.",
        [],
        ["Quillet"],
        "strike called",
    ),
    (
        "Is Pellgard paying customers back?\n\nPellgard was sued on Monday by Orrin Mutual, an insurer.",
        "The insurer wants 4 million dollars for claims it paid out.",
        ["Orrin Mutual"],
        ["Pellgard"],
        "damages sought",
    ),
    (
        "09:40 GMT Tessaly has lost its biggest customer, the Brenn rail operator.",
        "Brenn said it would buy its trains from Ostrava Works from next year.",
        ["Brenn"],
        ["Tessaly"],
        "train supplier changed",
    ),
]

for before, sentence, passes, fails, event in BODY:
    built.stand_in_actors("body", before, sentence, passes, fails, event)


# (b) the page marks a person: "he"/"she" pass, "the company"/"it" stay refused
PERSON = [
    (
        "Finance Minister Halvey presented the budget on Tuesday.",
        "He cut the tax on fuel by 5 pence a litre.",
        ["Halvey"],
        [],
        "fuel tax cut",
    ),
    (
        "Paula Tessel runs the Orne Valley bakery. Tessel opened a second shop last year.",
        "She will open a third in Marlow in June.",
        ["Paula Tessel"],
        [],
        "third shop opened",
    ),
    (
        "Labour's Brisk won the Holt by-election on Thursday by 3,000 votes.",
        "He will take his seat on Monday.",
        ["Brisk"],
        [],
        "seat taken",
    ),
    (
        "Former senator Dana Orrin has written a memoir. When Orrin left office she moved to Maine.",
        "She will give the book's profits to a library fund.",
        ["Dana Orrin"],
        [],
        "profits given",
    ),
    (
        "Mr Quarles, the owner of Quarles Hardware, retired on Friday after 40 years.",
        "He handed the keys to his daughter at a party in the shop.",
        ["Quarles"],
        [],
        "shop handed over",
    ),
    (
        "Judge Amsel Fenn heard the case in Carbury. Fenn ruled for the tenants.",
        "He ordered the landlord to repair 30 flats.",
        ["Amsel Fenn"],
        [],
        "repairs ordered",
    ),
    (
        "Coach Imre Dahl took charge of Brackley Town in May. Dahl signed three players.",
        "He has now signed a fourth, the striker Leo Marr.",
        ["Imre Dahl"],
        [],
        "player signed",
    ),
    (
        "Dr Willa Kesh leads the Tarn clinic. Kesh has treated 400 patients this year.",
        "She will open an evening surgery next month.",
        ["Willa Kesh"],
        [],
        "evening surgery opened",
    ),
    (
        "Mayor Ruth Ambler was re-elected on Sunday. Ambler won 61 per cent of the vote.",
        "She promised to build 2,000 homes.",
        ["Ruth Ambler"],
        [],
        "homes promised",
    ),
    (
        "Governor Teo Varga signed the water bill. Varga had vetoed an earlier version.",
        "He said the new bill would protect farms.",
        ["Teo Varga"],
        [],
        "bill signed",
    ),
    # a person for "it" or "the company", another person named nearer: refused
    (
        "Finance Minister Halvey met the head of Corlan Mills, Sara Unwin, on Tuesday.",
        "The company will keep its Halden mill open.",
        [],
        ["Halvey"],
        "mill kept open",
    ),
    (
        "Paula Tessel runs the Orne Valley bakery. Tessel sold her van last year.",
        "It will be used by the Orne food bank.",
        [],
        ["Paula Tessel"],
        "van used",
    ),
    (
        "Labour's Brisk won the Holt by-election on Thursday. His rival, Tom Garrow, conceded.",
        "He said he would stand again in 2030.",
        [],
        ["Brisk"],
        "to stand again",
    ),
    (
        "Mr Quarles, the owner of Quarles Hardware, retired on Friday.",
        "The company will be run by his daughter.",
        [],
        ["Quarles"],
        "company run by daughter",
    ),
    (
        "Judge Amsel Fenn heard the case in Carbury. Fenn ruled against Tarrow Homes.",
        "The company will appeal the ruling.",
        ["Tarrow Homes"],
        ["Amsel Fenn"],
        "appeal lodged",
    ),
    (
        "Coach Imre Dahl took charge of Brackley Town in May. Dahl praised the club.",
        "It has sold 5,000 season tickets.",
        [],
        ["Imre Dahl"],
        "season tickets sold",
    ),
    (
        "Dr Willa Kesh leads the Tarn clinic. Kesh hired the nurse Ada Pruitt last week.",
        "She starts on Monday.",
        [],
        ["Willa Kesh"],
        "nurse starts",
    ),
    (
        "Mayor Ruth Ambler was re-elected on Sunday. Ambler thanked Selwyn Builders.",
        "The firm will build 2,000 homes.",
        ["Selwyn Builders"],
        ["Ruth Ambler"],
        "homes built",
    ),
    (
        "Governor Teo Varga signed the water bill. Varga named Kai Lund to run the water board.",
        "Lund said the board would meet on Friday.",
        [],
        ["Teo Varga"],
        "board meeting called",
    ),
    (
        "Finance Minister Halvey presented the budget. Opposition leader Gwen Saye attacked it.",
        "She said the fuel tax cut was too small.",
        [],
        ["Halvey"],
        "budget attacked",
    ),
]

for before, sentence, passes, fails, event in PERSON:
    built.stand_in_actors("person", before, sentence, passes, fails, event)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
