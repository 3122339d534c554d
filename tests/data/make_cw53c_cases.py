# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's described-body tie for the confirm-only mode
(``grounding_cw53c.jsonl``, tie writer cw53c; every case carries ``"confirm": ["affiliation"]``):

- ``described``: a post of a body written by its description
  (:mod:`summarizer.verification.people.described_bodies`): "The agency's director general,
  X", "X, a spokeswoman for the agency", "X, the mortgage lender's chief economist" on a page
  naming one such agency or writing the description beside the lender; the body confirmed,
  another body named nearby (a second agency, the broadcaster told, the rival, the regulator)
  left unconfirmed;
- ``member``: a member's title before the name ("Justice X", "Commissioner X", "Councillor
  X") on a page naming one body of the title's kind (a court, a commission, a council): that
  body confirmed, a second court or the party before it, a past title ("former Judge X") not;
- ``bare``: a post written without its body ("Chief executive X said", "X, the finance chief,
  said"): confirmed when the names before it (or in the sentence before) are the value, or
  when no name stands near and the page is about the value; the other side of a deal, a
  lawsuit or a match, the buyer and the seller, a parent and a former employer not.

Run ``python tests/data/make_cw53c_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cw53c.jsonl")
CONFIRM = ["affiliation"]

built = SupportCases(
    "cw53c", leads=["Business | The Orrin Valley Post", "World | The Kestrel Review"]
)
DESCRIBED, BARE, MEMBER = "described", "bare", "member"
aff = built.affiliation


# --- described: the body by its description ------------------------------------------------
aff(
    DESCRIBED,
    "Ilse Varga",
    ["Nordic Atomic Safety Agency"],
    ["Radio Fjell"],
    "The Nordic Atomic Safety Agency sent inspectors to the Halden reactor on Monday.",
    "The agency's director general, Ilse Varga, told Radio Fjell that the core was stable.",
)
aff(
    DESCRIBED,
    "Ilse Varga",
    [],
    ["Nordic Atomic Safety Agency", "Baltic Energy Agency"],
    "The Nordic Atomic Safety Agency and the Baltic Energy Agency sent inspectors to Halden.",
    "The agency's director general, Ilse Varga, said the core was stable.",
)
aff(
    DESCRIBED,
    "Tomas Brenner",
    ["Kessler Home Loans"],
    ["Federal Housing Office"],
    "Kessler Home Loans, the mortgage lender, said average rates fell to 6.1% this week.",
    "The Federal Housing Office will publish its own figures on Friday.",
    '"Buyers are coming back," said Tomas Brenner, the mortgage lender\'s chief economist.',
)
aff(
    DESCRIBED,
    "Mele Tupou",
    ["Statistics Aroha"],
    ["Pacific Trade Council"],
    "Statistics Aroha said on Thursday that exports rose 4% in the year to June.",
    '"Dairy led the rise," said Mele Tupou, a spokeswoman for the agency.',
    "The Pacific Trade Council welcomed the figures.",
)
aff(
    DESCRIBED,
    "Oskar Lind",
    ["Caspian Defence Agency"],
    ["Northern Union"],
    "Ministers of the Northern Union met in Riga to agree a budget for the Caspian Defence Agency.",
    "The head of the agency, Oskar Lind, struck a more sober note.",
)
aff(
    DESCRIBED,
    "Judith Amsel",
    ["Western Court of Arbitration"],
    ["Harlow Shipping"],
    "Harlow Shipping lost its appeal at the Western Court of Arbitration on Tuesday.",
    "The decision was read by Judith Amsel, the court's presiding judge.",
)
aff(
    DESCRIBED,
    "Ruth Okafor",
    ["Coastal Transit Workers Union"],
    ["Metro Rail Authority"],
    "The Coastal Transit Workers Union voted to strike from Monday.",
    "The union's general secretary, Ruth Okafor, said the Metro Rail Authority had ignored three offers.",
)
aff(
    DESCRIBED,
    "Pavel Dunin",
    ["Board of Labour Statistics"],
    ["Treasury"],
    "The Treasury attacked the jobs report on Friday.",
    "Hours later the minister fired the Board of Labour Statistics' chief, and the board's deputy commissioner, Pavel Dunin, took charge.",
)
aff(
    DESCRIBED,
    "Hana Sato",
    ["Kyushu Tourism Agency"],
    ["Fukuoka Airport"],
    "Fukuoka Airport handled a record 2.1 million passengers in August.",
    "The Kyushu Tourism Agency expects more in the autumn, said the agency's commissioner, Hana Sato.",
)
aff(
    DESCRIBED,
    "Lena Voss",
    ["Brightwater Museum"],
    ["National Gallery of Ostrava"],
    "Thieves broke into the Brightwater Museum overnight and took two gold helmets on loan from the National Gallery of Ostrava.",
    '"We are devastated," the museum\'s director, Lena Voss, told reporters.',
)
aff(
    DESCRIBED,
    "Lena Voss",
    [],
    ["Brightwater Museum"],
    "Thieves broke into the Brightwater Museum and took two helmets lent by the Ostrava Museum.",
    '"We are devastated," the museum\'s director, Lena Voss, told reporters.',
)
aff(
    DESCRIBED,
    "Arjun Mehta",
    ["Aldgate Research Institute"],
    ["Harbour Bank"],
    "Harbour Bank cut its forecast for growth, citing a study by the Aldgate Research Institute.",
    "Arjun Mehta, a senior fellow at the institute, said the slowdown would last into next year.",
)
aff(
    DESCRIBED,
    "Carla Jonsson",
    ["Velta Mutual"],
    ["Orrin Insurance"],
    "Orrin Insurance agreed to buy Velta Mutual, the farm insurer, for $2 billion.",
    "Carla Jonsson, the farm insurer's chair, said members would vote in March.",
)

# --- bare: a post without its body -----------------------------------------------------------
aff(
    BARE,
    "Wen Tao",
    ["Cobalt Exchange"],
    ["Lazaro Group"],
    "Hackers linked to the Lazaro Group stole $900 million in tokens from an exchange in Dubai.",
    "Cobalt Exchange said on Saturday that the theft came from one cold wallet.",
    "Chief executive Wen Tao told customers the exchange was still solvent.",
)
aff(
    BARE,
    "Paula Hart",
    ["Ridgeway Motors"],
    ["Cantor Steel"],
    "Ridgeway Motors cut its profit outlook for the year on Tuesday.",
    "Paula Hart, the chief financial officer, said tariffs had cost $1.2 billion.",
    "Cantor Steel, a supplier, said its own orders were steady.",
)
aff(
    BARE,
    "Amos Reid",
    ["Fenwick Water"],
    ["Parliament"],
    "Fenwick Water has run out of cash twice this year and now owes £16 billion.",
    "Fenwick Water told customers that bills would rise by a third.",
    "Chairman Sir Amos Reid has said the utility is living in crisis mode.",
    "Parliament will question the regulator next week.",
)
aff(
    BARE,
    "Nora Quist",
    ["Larkin Foods"],
    ["Maple Cereal"],
    "Larkin Foods agreed to buy Maple Cereal for $3 billion.",
    "Chief executive Nora Quist said the deal would close in the spring.",
)
aff(
    BARE,
    "Nora Quist",
    [],
    ["Larkin Foods"],
    "Larkin Foods agreed to buy Maple Cereal for $3 billion.",
    "Chief executive Nora Quist said the deal would close in the spring.",
)
aff(
    BARE,
    "Dev Patel",
    ["Saltmarsh Airways"],
    ["Boreal Aircraft"],
    "Saltmarsh Airways flew 14 million passengers last year, up 9%.",
    "Saltmarsh Airways will add routes to Lisbon and Porto.",
    "Saltmarsh Airways said fares would rise slightly.",
    "Group chief executive Dev Patel said demand was strong.",
    "The airline has 40 jets on order from Boreal Aircraft.",
)
aff(
    BARE,
    "Greta Lamm",
    ["Hollin Bank"],
    ["Tessaly Capital"],
    "Tessaly Capital is suing Hollin Bank over a failed loan.",
    "Chief executive Greta Lamm said the claim had no merit.",
)
aff(
    BARE,
    "Greta Lamm",
    [],
    ["Tessaly Capital"],
    "Tessaly Capital is suing Hollin Bank over a failed loan.",
    "Chief executive Greta Lamm said the claim had no merit.",
)
aff(
    BARE,
    "Sofia Marin",
    ["Quarry Games"],
    ["Ironleaf Studios"],
    "Quarry Games posted record sales of its racing series.",
    "Quarry Games also raised its guidance for the year.",
    "Quarry Games will release a new title in May.",
    "Finance chief Sofia Marin told analysts that costs would stay flat.",
    "The studio bought Ironleaf Studios in 2021.",
)
aff(
    BARE,
    "Rafael Costa",
    ["Verde Rovers"],
    ["Port Athletic"],
    "Verde Rovers beat Port Athletic 2-1 on Saturday.",
    "His goalkeeper, Rafael Costa, saved a late penalty.",
)
aff(
    BARE,
    "Tilde Berg",
    ["Nordvik Energy"],
    ["Helm Power"],
    "Nordvik Energy sold half of its wind farm to Helm Power for $800 million.",
    "Nordvik Energy said the money would pay down debt.",
    "Chief executive Tilde Berg called the sale a turning point.",
)
aff(
    BARE,
    "Hugo Lamar",
    ["Brightline Telecom"],
    ["Vesta Networks"],
    "Brightline Telecom restored service on Friday after a ten-hour outage.",
    "Spokesperson Hugo Lamar said engineers had found a faulty update.",
    "Vesta Networks, a rival, said its own network was unaffected.",
)
aff(
    BARE,
    "Marek Zajac",
    ["Polar Freight"],
    ["Tundra Logistics"],
    "Polar Freight completed its purchase of Tundra Logistics on Monday.",
    '"We have reached a milestone," said Marek Zajac, the group chief executive.',
)
aff(
    BARE,
    "Elena Ruiz",
    ["Cedar Health"],
    ["Pine Clinics"],
    "Cedar Health runs 80 hospitals in three states.",
    "Cedar Health reported a loss for the quarter.",
    "Cedar Health blamed the cost of nursing staff.",
    "Chief executive Elena Ruiz said the company would cut 2,000 jobs.",
    "Pine Clinics, which it bought last year, will keep its brand.",
)

# --- member: a member's title on a page naming one such body --------------------------------
aff(
    MEMBER,
    "Irene Calder",
    ["High Court of Tarsis"],
    ["Orrin Mining"],
    "The High Court of Tarsis heard the appeal by Orrin Mining on Tuesday.",
    "Justice Irene Calder asked whether the licence had lapsed.",
)
aff(
    MEMBER,
    "Irene Calder",
    [],
    ["High Court of Tarsis", "Tarsis Court of Appeal"],
    "The Tarsis Court of Appeal sent the case back to the High Court of Tarsis.",
    "Justice Irene Calder asked whether the licence had lapsed.",
)
aff(
    MEMBER,
    "Omar Haddad",
    ["Kelby City Commission"],
    ["Kelby Chamber of Commerce"],
    "The Kelby City Commission passed the budget 3-2 on Monday, against the advice of the Kelby Chamber of Commerce.",
    "Commissioner Omar Haddad said the vote came too fast.",
)
aff(
    MEMBER,
    "Beth Morrow",
    ["Brenton Borough Council"],
    ["Brenton Rovers"],
    "Brenton Borough Council refused planning permission for the new stand at Brenton Rovers.",
    "Councillor Beth Morrow said the road could not take the traffic.",
)
aff(
    MEMBER,
    "Karl Adeyemi",
    ["Linden School Board"],
    ["Linden Teachers Union"],
    "The Linden School Board voted to close two schools, and the Linden Teachers Union promised to fight it.",
    "Trustee Karl Adeyemi voted against the plan.",
)
aff(
    MEMBER,
    "Moira Quinn",
    ["Northern Employment Tribunal"],
    ["Dalby Haulage"],
    "Dalby Haulage unfairly dismissed three drivers, the Northern Employment Tribunal ruled on Friday.",
    "Judge Moira Quinn ordered the firm to pay each of them £20,000.",
)
aff(
    MEMBER,
    "Saul Fenner",
    [],
    ["Federal Court of Orrin"],
    "The Federal Court of Orrin fined Harbour Bank $50 million on Monday.",
    "Former Judge Saul Fenner, now a partner at a law firm, called the fine modest.",
)
aff(
    MEMBER,
    "Rita Olmos",
    ["Fourth Circuit"],
    ["Velta Steel"],
    "The Fourth Circuit struck down the duties on Velta Steel in a 7-4 ruling.",
    "Judge Rita Olmos wrote for the majority.",
)
aff(
    MEMBER,
    "Tomas Eklund",
    [],
    ["Harbour Commission", "Coastal Commission"],
    "The Harbour Commission and the Coastal Commission held a joint hearing on the ferry port.",
    "Commissioner Tomas Eklund asked for a new survey.",
)
aff(
    MEMBER,
    "Ana Lucero",
    ["Supreme Court of Valdoria"],
    ["Valdorian Bar Association"],
    "The Supreme Court of Valdoria upheld the election result, rejecting a petition backed by the Valdorian Bar Association.",
    "Chief Justice Ana Lucero read the ruling.",
)
aff(
    MEMBER,
    "Pia Lund",
    ["Marlow District Council"],
    ["Marlow Housing Trust"],
    "Marlow District Council sold 200 homes to the Marlow Housing Trust.",
    "Councillor Pia Lund, who chairs the housing committee, defended the sale.",
)
aff(
    MEMBER,
    "Gerd Holm",
    ["Rhine Valley Water Commission"],
    ["Valley Farmers Union"],
    "The Rhine Valley Water Commission cut the farmers' allocation by a fifth, angering the Valley Farmers Union.",
    "Commissioner Gerd Holm said the reservoirs were at their lowest since 1976.",
)

aff(
    MEMBER,
    "Noor Saleh",
    ["Court of Arbitration for Sport"],
    ["Almere Cycling Federation"],
    "The Court of Arbitration for Sport cut the ban on the rider to six months, overruling the Almere Cycling Federation.",
    "Judge Noor Saleh said the test had been handled badly.",
)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
