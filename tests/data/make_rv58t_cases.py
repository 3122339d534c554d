# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv58t's set (``grounding_rv58t.jsonl``, session 58, review of aa58's
:mod:`summarizer.verification.people.lone_surnames`): an event's actor told only by "the
company", "the firm", "it", "he" or "she", where the page writes a name in a shape aa58's
reading passes over as no person's, at the edges of

- ``people``: a real person whose given name is also an opening word ("Will Brackett", "Do
  Haneul", "Can Yildar"), whose surname the page writes after a capitalised word ("On Monday
  Tarrant said"), after a capitals lead ("MARGIT Ellery has"), or shares a word with a
  company ("Anya Marsh" of "Marsh Foods"): "he"/"she" pass for them, "the company"/"it"
  stay refused (the body the page names passes, where it is plain);
- ``bodies``: a one-word body the page writes after an opening word or a label, beside a
  person or another body: "the company"/"it" pass for the body it means, the other company
  of the act, a body named nearer, a person sharing the body's word stay refused.

Run ``python tests/data/make_rv58t_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv58t.jsonl")

built = SupportCases(
    "rv58t",
    leads=[
        "By Tamsin Order | The Norland Herald",
        "Business | Westmarch Daily",
        "KESTON (Harbour Newswire) -",
        "From our markets team, The Ellery Gazette.",
    ],
)


# (a) people the page names in shapes aa58 passes over: never "the company" or "it"
PEOPLE = [
    (
        "Will Brackett took the stage in Leeds on Monday.\n\nBrackett, 61, built the business from a single shop.",
        "The company now runs 400 stores across the north.",
        [],
        ["Brackett"],
        "stores run",
    ),
    (
        "Will Brackett opened the annual meeting in Leeds on Monday.",
        "It voted to pay a special dividend.",
        [],
        ["Brackett"],
        "dividend approved",
    ),
    (
        "Will Brackett opened the annual meeting of Ostrava Credit in Leeds on Monday.",
        "He said the lender would pay a special dividend.",
        ["Brackett"],
        [],
        "dividend promised",
    ),
    (
        "Do Haneul founded the crypto lender Lumora in 2018. Prosecutors say Do Haneul hid losses from clients.",
        "The company collapsed in 2022, owing $3 billion.",
        ["Lumora"],
        ["Haneul"],
        "lender collapsed",
    ),
    (
        "Do Haneul was extradited to Seoul on Thursday to face fraud charges.",
        "He denies wrongdoing.",
        ["Haneul"],
        [],
        "charges denied",
    ),
    (
        "Do Haneul stood before a court in Seoul on Thursday.",
        "It ordered the seizure of $40 million in assets.",
        [],
        ["Haneul"],
        "assets seized",
    ),
    (
        "Can Yildar, the shipping magnate, bought a stake in Ostmark Lines in March.",
        "The firm will now add six tankers to its fleet.",
        ["Ostmark Lines"],
        ["Yildar"],
        "tankers added",
    ),
    (
        "Can Yildar took control of the port operator last year.",
        "It plans to double the size of the Keston terminal.",
        [],
        ["Yildar"],
        "terminal expanded",
    ),
    (
        "MARGIT Ellery has spent a decade building Holloway Tea into a household name.",
        "She will step down as chief executive in June.",
        ["Ellery"],
        [],
        "chief executive steps down",
    ),
    (
        "MARGIT Ellery spent a decade building the tea business into a household name.",
        "The company will be sold to a buyout fund.",
        [],
        ["Ellery"],
        "business sold",
    ),
    (
        "Ian Tarrant chairs the rail operator Dunmore Rail. On Monday Tarrant told shareholders it was time for a change.",
        "The company will replace its whole fleet of trains by 2030.",
        ["Dunmore Rail"],
        ["Ian Tarrant"],
        "fleet replaced",
    ),
    (
        "Ian Tarrant ran the family farm for thirty years. On Monday Tarrant sold it to a neighbour.",
        "It will be turned into a solar park.",
        [],
        ["Ian Tarrant"],
        "solar park built",
    ),
    (
        "Anya Marsh is the chairwoman of Marsh Foods, the frozen food maker her grandfather founded.",
        "The company will shut its Crewe plant in May.",
        ["Marsh Foods"],
        ["Anya Marsh"],
        "plant shut",
    ),
    (
        "Anya Marsh is the chairwoman of Marsh Foods, the frozen food maker her grandfather founded.",
        "She said the Crewe plant would shut in May.",
        ["Anya Marsh"],
        ["Marsh Foods"],
        "plant closure announced",
    ),
    (
        "Will Oduya leads Kestrel Bank. When Oduya took over in 2021 the bank was losing money.",
        "It made a profit of 90 million pounds last year.",
        ["Kestrel Bank"],
        ["Oduya"],
        "profit made",
    ),
    (
        "Why Oduya quit: the banker Will Oduya left after a row over pay.",
        "The board had refused to back his plan.",
        [],
        ["Oduya"],
        "plan refused",
    ),
    (
        "Is Brackett right? Will Brackett thinks the high street can recover.",
        "He plans to open 30 shops next year.",
        ["Brackett"],
        [],
        "shops opened",
    ),
    (
        "Is Brackett right? Will Brackett thinks the high street can recover.",
        "The company plans to open 30 shops next year.",
        [],
        ["Brackett"],
        "shops opened",
    ),
]

for before, sentence, passes, fails, event in PEOPLE:
    built.stand_in_actors("people", before, sentence, passes, fails, event)


# (b) one-word bodies in the shapes aa58 reads as a body: the right body, not the other one
BODIES = [
    (
        "What Halvane's deal means for savers\n\nHalvane, the insurer, agreed to buy its rival Crestmoor on Tuesday.",
        "The company will pay 1.2 billion pounds in cash.",
        ["Halvane"],
        ["Crestmoor"],
        "rival bought",
    ),
    (
        "Is Pellgard for sale? Its rival Ostmark Pay has hired bankers to look at a bid.",
        "The company wants an answer by the end of the month.",
        ["Ostmark Pay"],
        ["Pellgard"],
        "answer sought",
    ),
    (
        "How Vantrel beat the slump\n\nVantrel, the chipmaker, reported a 20 per cent rise in sales.",
        "It will build a second plant in Keston.",
        ["Vantrel"],
        [],
        "plant built",
    ),
    (
        "How Vantrel lost its lead to Quorra\n\nQuorra overtook Vantrel as the largest chipmaker in the region last year.",
        "It will now build a second plant in Keston.",
        ["Quorra"],
        ["Vantrel"],
        "plant built",
    ),
    (
        "10:15 BST Dunwell has raised its profit forecast for the year.\n\nDunwell shares rose 6 per cent.",
        "The company expects sales to top 2 billion pounds.",
        ["Dunwell"],
        [],
        "sales forecast",
    ),
    (
        "10:15 BST Dunwell has agreed to sell its bakery arm to Torrance Foods.\n\nTorrance Foods shares rose 6 per cent.",
        "The buyer will keep all 900 bakery staff.",
        ["Torrance Foods"],
        ["Dunwell"],
        "staff kept",
    ),
    (
        "When Corrib cut prices in spring, its rival Lanholt followed within a week.",
        "The company has now cut them again.",
        [],
        ["Corrib"],
        "prices cut",
    ),
    (
        "Why Tessaly matters: the grid firm supplies power to two million homes.\n\nTessaly said on Friday its profit fell.",
        "The company blamed the cost of new cables.",
        ["Tessaly"],
        [],
        "profit fall blamed",
    ),
    (
        "Can Marrow survive? Marrow, the budget airline, lost 80 million euros last year.",
        "It will cut 12 routes this winter.",
        ["Marrow"],
        [],
        "routes cut",
    ),
    (
        "Can Marrow survive? Gus Marrow, who founded the budget airline, says it can.",
        "He will put 20 million euros of his own money into it.",
        ["Gus Marrow"],
        [],
        "money put in",
    ),
    (
        "Can Marrow survive? Gus Marrow, who founded the budget airline, says it can.",
        "The company will cut 12 routes this winter.",
        [],
        ["Gus Marrow"],
        "routes cut",
    ),
    (
        "What Brisco's sale means for drivers\n\nBrisco, the van maker, was bought by the Keston Group on Monday.",
        "The group will keep the Brisco name.",
        ["Keston Group"],
        ["Brisco"],
        "name kept",
    ),
    (
        "UPDATE Olverton has won a contract to build the Keston bypass.\n\nOlverton beat two rivals for the work.",
        "The firm will start digging in April.",
        ["Olverton"],
        [],
        "digging starts",
    ),
    (
        "UPDATE Olverton has lost the contract for the Keston bypass to Ferrant.\n\nFerrant bid 20 million pounds less.",
        "The firm will start digging in April.",
        ["Ferrant"],
        ["Olverton"],
        "digging starts",
    ),
    (
        "Where Larkspur goes next\n\nLarkspur, the online grocer, said on Monday that it had lost a fifth of its customers.",
        "It will close its Leeds warehouse.",
        ["Larkspur"],
        [],
        "warehouse closed",
    ),
    (
        "Should Larkspur sell? Nina Voss, the analyst who covers the grocer, says it should.",
        "She expects a bid within a year.",
        ["Nina Voss"],
        ["Larkspur"],
        "bid expected",
    ),
    (
        "What Ostby's sale means for drinkers\n\nOstby, the brewer, sold its 300 pubs to Harwick Inns on Monday.",
        "The buyer will rename them by Christmas.",
        ["Harwick Inns"],
        ["Ostby"],
        "pubs renamed",
    ),
    (
        "UPDATE Keswin Group chairman Ray Keswin has resigned after a row with investors.",
        "The company named a successor on Friday.",
        ["Keswin Group"],
        ["Ray Keswin"],
        "successor named",
    ),
]

for before, sentence, passes, fails, event in BODIES:
    built.stand_in_actors("bodies", before, sentence, passes, fails, event)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
