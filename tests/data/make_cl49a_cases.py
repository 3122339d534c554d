# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 49's act classes (``grounding_cl49a.jsonl``, rule writer cl49a;
:mod:`summarizer.verification.acts.act_classes` and :mod:`~.acts.undergoers`): which party of
an act is its actor when the article tells the act by another word of its kind or from the
other side.

- ``converse``: a purchase told as a sale ("agreed to sell its ... to X", "Y's sale to X"), a
  gift or a payment told as its receiving ("received $5 million from X"), a signing told as a
  payment ("paid Y £30 million for Z"): the seller, the recipient, the payee refused as the
  buyer or giver; the buyer after selling's "to", the giver after receiving's "from", the
  subject of the event's own verb pass; "X won a grant from Y" for the winning (X) against the
  awarding (Y);
- ``class``: the event's act written by another word of its class than the description's ("sued"
  for a lawsuit, "hit" for strikes, "appointed" for an appointment, "ruled that" for a ruling,
  "replaced X with Y"): its object refused, its subject and agent passing;
- ``clause``: the one bought or fined in clause forms the readings missed ("Y, the maker X
  bought", "Y, fined £2 million by X", "whom the regulator fined", "is to be acquired by",
  "gets acquired by", an amount set off by commas before "on Y"), against the doer in the same
  forms ("X, which bought Y", "X, backed by Z", apposition, acronym, headline, bullet).

Run ``python tests/data/make_cl49a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl49a.jsonl")

built = SupportCases(
    "cl49a",
    leads=[
        "OSLO (Fjord Wire) -",
        "By Priya Raman | The Malabar Business Standard",
        "DEALS | The Lakeshore Ledger",
        "From our Johannesburg desk, The Highveld Post.",
        "Sport | The Tyneside Echo",
    ],
)
CONVERSE, CLASS, CLAUSE = "converse", "class", "clause"


def pair(
    category: str, sentence: str, good: str, bad: str, description: str, kind: str = "other",
    before: str = "",
) -> None:  # fmt: skip
    """The event's doer passes as the actor; the other party of the same act is refused."""
    built.actor_pair(category, sentence, good, bad, description, kind, before)


def passes(category: str, sentence: str, who: str, description: str, why: str, before: str = "") -> None:  # fmt: skip
    built.actor(category, True, sentence, who, description, why, before=before)


def fails(category: str, sentence: str, who: str, description: str, why: str, before: str = "") -> None:  # fmt: skip
    built.actor(category, False, sentence, who, description, why, before=before)


# --- converse: the act told from the other side ---------------------------------------------
pair(
    CONVERSE,
    "Halden Group agreed on Tuesday to sell its marine coatings division to the private equity house Fjellstad Partners for 4 billion crowns.",
    "Fjellstad Partners",
    "Halden Group",
    "Fjellstad Partners' purchase of Halden's coatings division",
)
pair(
    CONVERSE,
    "Ostrava Steel said it would sell the Kladno rolling mill to Brenner Metals, ending a two-year search for a buyer.",
    "Brenner Metals",
    "Ostrava Steel",
    "Brenner Metals' acquisition of the Kladno mill",
)
pair(
    CONVERSE,
    "Marlow Media's sale to Quayside Capital was completed on Friday, the broadcaster said.",
    "Quayside Capital",
    "Marlow Media",
    "Quayside Capital's takeover of Marlow Media",
)
pair(
    CONVERSE,
    "Pelican Software said its sale to Orbis Holdings would close in May.",
    "Orbis Holdings",
    "Pelican Software",
    "Orbis Holdings' takeover of Pelican Software",
)
pair(
    CONVERSE,
    "Kettering Hospice received £2 million from the Ashby Family Foundation to build a new day centre.",
    "Ashby Family Foundation",
    "Kettering Hospice",
    "Ashby Family Foundation's donation to the hospice",
)
pair(
    CONVERSE,
    "The University of Natal has received a 12 million rand gift from the Mabaso Trust for bursaries.",
    "Mabaso Trust",
    "University of Natal",
    "Mabaso Trust's gift to the university",
)
pair(
    CONVERSE,
    "Westfield Rovers paid Caldbeck United an initial £18 million for the winger Tomas Reyes.",
    "Westfield Rovers",
    "Caldbeck United",
    "Westfield Rovers' signing of Tomas Reyes",
)
pair(
    CONVERSE,
    "Porto Alegre's Gremio Atletico paid Union Sur about 9 million euros for the defender.",
    "Gremio Atletico",
    "Union Sur",
    "Gremio Atletico's purchase of the defender",
)
pair(
    CONVERSE,
    "Kirkwall Energy won a £40 million grant from the Scottish National Investment Bank for its tidal array.",
    "Kirkwall Energy",
    "Scottish National Investment Bank",
    "Kirkwall Energy winning a £40 million grant",
)
pair(
    CONVERSE,
    "The Tshwane Arts Trust has won funding of 3 million rand from the National Lottery Commission.",
    "Tshwane Arts Trust",
    "National Lottery Commission",
    "Tshwane Arts Trust winning lottery funding",
)
pair(
    CONVERSE,
    "Verdant Homes sold 400 acres of farmland to the developer Ashgrove Estates in March.",
    "Verdant Homes",
    "Ashgrove Estates",
    "Verdant Homes' sale of farmland",
)
pair(
    CONVERSE,
    "Solent Marine bought two ferries from Wight Link Ferries for £30 million.",
    "Solent Marine",
    "Wight Link Ferries",
    "Solent Marine's purchase of two ferries",
)
passes(
    CONVERSE,
    "Kirkwall Energy won a £40 million grant from the Scottish National Investment Bank for its tidal array.",
    "Scottish National Investment Bank",
    "Scottish National Investment Bank awarding a £40 million grant",
    "the awarding: the bank gave it",
)
passes(
    CONVERSE,
    "Kettering Hospice received £2 million from the Ashby Family Foundation to build a new day centre.",
    "Kettering Hospice",
    "Kettering Hospice receiving £2 million",
    "the receiving: the hospice received it",
)
passes(
    CONVERSE,
    "Halden Group agreed on Tuesday to sell its marine coatings division to the private equity house Fjellstad Partners for 4 billion crowns.",
    "Halden Group",
    "Halden Group's sale of its coatings division",
    "the sale: Halden sold it",
)
fails(
    CONVERSE,
    "Halden Group agreed on Tuesday to sell its marine coatings division to the private equity house Fjellstad Partners for 4 billion crowns.",
    "Fjellstad Partners",
    "Halden Group's sale of its coatings division",
    "the buyer is no seller",
)
passes(
    CONVERSE,
    "The Ashby Family Foundation gave £2 million to Kettering Hospice, its largest single gift.",
    "Ashby Family Foundation",
    "Ashby Family Foundation's gift to the hospice",
    "the giver as subject",
)
fails(
    CONVERSE,
    "The Ashby Family Foundation gave £2 million to Kettering Hospice, its largest single gift.",
    "Kettering Hospice",
    "Ashby Family Foundation's gift to the hospice",
    "the recipient is no giver",
)

# --- class: the act written by another word of its class -----------------------------------
pair(
    CLASS,
    "The state of Victoria sued Coastline Energy on Wednesday over misleading bills.",
    "Victoria",
    "Coastline Energy",
    "Victoria's lawsuit against Coastline Energy",
)
pair(
    CLASS,
    "Consumer group Which? sued Grantley Airways in the High Court over refunds.",
    "Which?",
    "Grantley Airways",
    "Which? lawsuit against the airline",
)
pair(
    CLASS,
    "Allied jets hit Harran militia depots near the border overnight, the defence ministry said.",
    "Allied jets",
    "Harran militia",
    "air strikes on militia depots",
    kind="strike",
)
pair(
    CLASS,
    "Government forces bombed Tamsin rebel positions outside the town for a third day.",
    "Government forces",
    "Tamsin rebel",
    "air strikes on rebel positions",
    kind="strike",
)
pair(
    CLASS,
    "Harrow Retail appointed former finance chief Dana Whitlock as chief executive on Monday.",
    "Harrow Retail",
    "Dana Whitlock",
    "Harrow Retail's appointment of a new chief executive",
)
pair(
    CLASS,
    "Lindqvist Bank named Oskar Brandt chairman after a board vote on Friday.",
    "Lindqvist Bank",
    "Oskar Brandt",
    "Lindqvist Bank naming a new chairman",
)
pair(
    CLASS,
    "The Tyne Rowing Club replaced its coach Mark Dune with Ellie Grange in May.",
    "Tyne Rowing Club",
    "Ellie Grange",
    "the club's replacement of its coach",
)
pair(
    CLASS,
    "A High Court judge ruled on Thursday that Brookfield Council had acted unlawfully in closing the library.",
    "High Court",
    "Brookfield Council",
    "ruling that the council acted unlawfully",
)
pair(
    CLASS,
    "The tribunal ruled that Pemberton Logistics had unfairly dismissed the driver.",
    "tribunal",
    "Pemberton Logistics",
    "tribunal ruling on the dismissal",
)
passes(
    CLASS,
    "Coastline Energy, which the state of Victoria sued in March, has settled.",
    "Victoria",
    "Victoria's lawsuit against Coastline Energy",
    "the suing state as the relative's subject",
)
passes(
    CLASS,
    "Dana Whitlock was appointed chief executive by Harrow Retail's board on Monday.",
    "Harrow Retail",
    "Harrow Retail's appointment of a new chief executive",
    "the agent's owner appoints",
)
fails(
    CLASS,
    "Dana Whitlock was appointed chief executive by Harrow Retail's board on Monday.",
    "Dana Whitlock",
    "Harrow Retail's appointment of a new chief executive",
    "the one appointed",
)
passes(
    CLASS,
    "Brookfield Council said the ruling, which found it had acted unlawfully, would be appealed.",
    "Brookfield Council",
    "Brookfield Council's appeal",
    "another event: the council appeals",
)
passes(
    CLASS,
    "Harran militia fighters hit an army convoy near the border, the ministry said.",
    "Harran militia",
    "militia attack on an army convoy",
    "the militia's own attack",
)

# --- clause: the one bought or fined in clause forms -----------------------------------------
pair(
    CLAUSE,
    "Pelican Systems, the software maker Orbis Holdings bought last year, will close its Leeds office.",
    "Orbis Holdings",
    "Pelican Systems",
    "Orbis Holdings' acquisition of Pelican Systems",
)
pair(
    CLAUSE,
    "Norfolk Mutual, the lender Stanbridge Bank agreed to buy in June, reported a loss.",
    "Stanbridge Bank",
    "Norfolk Mutual",
    "Stanbridge Bank's purchase of Norfolk Mutual",
)
pair(
    CLAUSE,
    "Northgate Bank, fined £12 million by the Financial Conduct Authority in May, has replaced its chief executive.",
    "Financial Conduct Authority",
    "Northgate Bank",
    "FCA fine on Northgate Bank",
)
pair(
    CLAUSE,
    "Arden Water, penalised 3 million pounds by Ofwat for leaks, apologised to customers.",
    "Ofwat",
    "Arden Water",
    "Ofwat penalty on Arden Water",
)
pair(
    CLAUSE,
    "The lender - whom the Financial Conduct Authority fined after a review of its complaints handling - said it accepted the findings.",
    "Financial Conduct Authority",
    "lender",
    "FCA fine on the lender",
)
pair(
    CLAUSE,
    "Greystone Mining, whom the regulator fined for dust breaches, is appealing.",
    "regulator",
    "Greystone Mining",
    "regulator's fine on Greystone Mining",
)
pair(
    CLAUSE,
    "Tarn Robotics is to be acquired by Kessel Industries for $800 million.",
    "Kessel Industries",
    "Tarn Robotics",
    "Kessel Industries' acquisition of Tarn Robotics",
)
pair(
    CLAUSE,
    "Tarn Robotics gets acquired by Kessel Industries in $800m deal",
    "Kessel Industries",
    "Tarn Robotics",
    "Kessel Industries' acquisition of Tarn Robotics",
)
pair(
    CLAUSE,
    "The watchdog imposed a penalty of 40 million rand, about $2.2 million, on Mzansi Telecom for billing errors.",
    "watchdog",
    "Mzansi Telecom",
    "watchdog's penalty on Mzansi Telecom",
)
pair(
    CLAUSE,
    "Regulators levied a fine of €8 million, or about $8.7 million, on Baltic Freight for sanctions breaches.",
    "Regulators",
    "Baltic Freight",
    "regulators' fine on Baltic Freight",
)
passes(
    CLAUSE,
    "Orbis Holdings, which bought Pelican Systems last year, reported record profits.",
    "Orbis Holdings",
    "Orbis Holdings' acquisition of Pelican Systems",
    "the buyer as the relative's antecedent and subject",
)
passes(
    CLAUSE,
    "Kessel Industries, backed by the sovereign fund Norvik, will buy Tarn Robotics.",
    "Kessel Industries",
    "Kessel Industries' acquisition of Tarn Robotics",
    "the buyer, backed by another",
)
fails(
    CLAUSE,
    "Kessel Industries, backed by the sovereign fund Norvik, will buy Tarn Robotics.",
    "Tarn Robotics",
    "Kessel Industries' acquisition of Tarn Robotics",
    "the one bought",
)
passes(
    CLAUSE,
    "The Financial Conduct Authority (FCA) fined Northgate Bank £12 million. The FCA said the failings lasted five years.",
    "FCA",
    "FCA fine on Northgate Bank",
    "the acronym of the fining body",
)
passes(
    CLAUSE,
    "Kessel buys Tarn Robotics for $800m",
    "Kessel",
    "Kessel's acquisition of Tarn Robotics",
    "a headline's subject, short form",
)
fails(
    CLAUSE,
    "Kessel buys Tarn Robotics for $800m",
    "Tarn Robotics",
    "Kessel's acquisition of Tarn Robotics",
    "a headline's object",
)
passes(
    CLAUSE,
    "- Kessel Industries will buy Tarn Robotics for $800 million in cash.",
    "Kessel Industries",
    "Kessel Industries' acquisition of Tarn Robotics",
    "a bullet's subject",
)
passes(
    CLAUSE,
    "Calder Savings and Moor Building Society signed a merger agreement on Monday.",
    "Moor Building Society",
    "merger of Calder Savings and Moor Building Society",
    "both signed",
)
passes(
    CLAUSE,
    "Kessel Industries, the Dortmund engineering group, agreed to buy Tarn Robotics, the firm said.",
    "Kessel Industries",
    "Kessel Industries' acquisition of Tarn Robotics",
    "apposition after the buyer",
)
passes(
    CLAUSE,
    "The company will pay $800 million in cash for Tarn Robotics.",
    "Kessel Industries",
    "Kessel Industries' acquisition of Tarn Robotics",
    "a stand-in after the name",
    before="Kessel Industries, the Dortmund engineering group, said on Monday it had agreed terms.",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
