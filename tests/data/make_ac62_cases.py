# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 62's actors the event's own description writes as its act's
object (``grounding_ac62.jsonl``, fresh-miss writer ac62;
:mod:`summarizer.verification.acts.told_objects`), at the edges of

- ``object``: a description told as a verb phrase with its subject left out ("fined Halvey
  £6.5m", "agreed to take over Orsin Analytics", "will absorb Linmoor and Asta", "sacked Teo
  Varga", "chose Brightwall Construction"): the value it writes right after
  the act's verb, in full or in part, is the one the act befalls and is refused; the one the
  evidence gives as the act's subject, with the same description, passes;
- ``kept``: a value the description writes after a verb but not as a one-sided act's object
  (the agent after "by", an owner's "'s", a partner after "with", a meeting's other side, a
  subject the description names before its verb, a winning's or a signing's object, a scored
  match's loser after "beat") passes;
  and the older readings still refuse what they refused (a passive's subject, a relative's
  antecedent, a sale's buyer, a name the page never writes).

Run ``python tests/data/make_ac62_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ac62.jsonl")

built = SupportCases(
    "ac62",
    leads=[
        "HALDEN, May 4 (Northline Wire) -",
        "By Ines Farrow | The Kellmar Gazette",
        "Markets | The Orrin Valley Record",
        "From our business desk, The Saltby Post.",
        "SPORT | Marlow Evening Post",
        "Deals roundup -",
    ],
)
OBJECT, KEPT = "object", "kept"

# --- object: the description's own verb acts on the value -----------------------------------
# (sentence, description, the one acted on, the doer, why)
ACTS = [
    (
        "The Corran Financial Authority fined Halvey Mutual £6.5 million on Monday for weak anti-fraud checks.",
        "fined Halvey £6.5m",
        "Halvey Mutual",
        "Corran Financial Authority",
        "the lender named in part after 'fined'",
    ),
    (
        "Pellmark Group has agreed to take over Orsin Analytics, a Leeds software firm, for £310 million.",
        "agreed to take over Orsin Analytics",
        "Orsin Analytics",
        "Pellmark Group",
        "the firm after 'take over'",
    ),
    (
        "Kestrel Securities will absorb Linmoor Brokers and Asta Capital through a share swap, the three firms said.",
        "will absorb Linmoor and Asta",
        "Asta Capital",
        "Kestrel Securities",
        "the second firm of the object's list",
    ),
    (
        "Dunmore Rovers sacked manager Teo Varga on Sunday after a run of seven defeats.",
        "sacked Teo Varga",
        "Teo Varga",
        "Dunmore Rovers",
        "the manager after 'sacked'",
    ),
    (
        "Tamsby Council chose Brightwall Construction to rebuild the town library, ahead of four rival bidders.",
        "chose Brightwall Construction for the library rebuild",
        "Brightwall Construction",
        "Tamsby Council",
        "the firm chosen",
    ),
    (
        "The Saltby District Attorney charged Dora Quell with fraud on Thursday.",
        "charged Quell with fraud",
        "Dora Quell",
        "Saltby District Attorney",
        "the accused after 'charged', by her surname",
    ),
    (
        "Orvik Pharma is buying Celtra Bio for $2.1 billion in cash, it said on Wednesday.",
        "buying Celtra Bio for $2.1 billion",
        "Celtra Bio",
        "Orvik Pharma",
        "the company after 'buying'",
    ),
    (
        "The Ministry of Trade designated Varosh Shipping and two other firms under its export-control rules.",
        "designated Varosh Shipping",
        "Varosh Shipping",
        "Ministry of Trade",
        "the firm designated",
    ),
    (
        "Marlow Wanderers appointed Ines Farrow as head coach on a two-year contract.",
        "appointed Ines Farrow head coach",
        "Ines Farrow",
        "Marlow Wanderers",
        "the coach appointed",
    ),
    (
        "Judge Hana Ito praised Tom Rusk for the daring structure of his third novel.",
        "praised Rusk for his novel's structure",
        "Tom Rusk",
        "Hana Ito",
        "the novelist praised",
    ),
    (
        "The Border Police arrested Kai Moor at Lindqvist airport late on Friday.",
        "arrested Kai Moor at the airport",
        "Kai Moor",
        "Border Police",
        "the man arrested",
    ),
    (
        "The Northern League suspended Ola Berg for four matches after the brawl at Kellmar.",
        "suspended Berg for four matches",
        "Ola Berg",
        "Northern League",
        "the player suspended",
    ),
    (
        "The Halden Water Board awarded Quarry Pipes a £40 million contract to reline the old mains.",
        "awarded Quarry Pipes the relining contract",
        "Quarry Pipes",
        "Halden Water Board",
        "the recipient of the award",
    ),
    (
        "Federal regulators sued Brisk Lending in Saltby on Tuesday, accusing it of hiding fees.",
        "sued Brisk Lending over hidden fees",
        "Brisk Lending",
        "",
        "the lender sued",
    ),
]
for sentence, description, object_, doer, why in ACTS:
    built.actor(OBJECT, False, sentence, object_, description, why)
    if doer:
        built.actor(
            OBJECT, True, sentence, doer, description,
            f"the act's subject in the evidence, for the same description ({why})",
        )  # fmt: skip

# --- kept: after a verb but not a one-sided act's object; older refusals stay ----------------
KEPT_CASES = [
    (
        True,
        "Halvey Mutual was fined £6.5 million by the Corran Financial Authority on Monday.",
        "Corran Financial Authority",
        "fined by the Corran Financial Authority",
        "the agent after 'by' in the description",
    ),
    (
        True,
        "Orsin Analytics has agreed to be taken over by Pellmark Group for £310 million.",
        "Pellmark Group",
        "to be taken over by Pellmark Group",
        "the agent of a passive 'taken over'",
    ),
    (
        True,
        "Coach Ines Farrow named Kai Moor as her assistant on Friday.",
        "Ines Farrow",
        "named Farrow's assistant",
        "the owner of the object, who did the naming",
    ),
    (
        True,
        "Pellmark Group signed a ten-year supply deal with Norvia Steel on Tuesday.",
        "Pellmark Group",
        "signed a supply deal with Norvia Steel",
        "the value is the description's subject left out; the partner is named after 'with'",
    ),
    (
        True,
        "Mayor Dean Moss met Hana Ito, the ports minister, in Marlow on Friday to discuss the dredging plan.",
        "Dean Moss",
        "met Hana Ito in Marlow",
        "a meeting's other side is no one-sided act's object, and the value is the one meeting",
    ),
    (
        True,
        "Halden Town beat Orvik Athletic 3-1 at the Mill Ground on Saturday.",
        "Halden Town",
        "Halden Town beat Orvik 3-1",
        "the value is the description's own subject, before the verb",
    ),
    (
        True,
        "Orvik Pharma agreed to buy Celtra Bio for $2.1 billion, the companies said.",
        "Orvik Pharma",
        "Orvik Pharma agreed to buy Celtra Bio",
        "the buyer named before the act in the description",
    ),
    (
        True,
        "Halden Town beat Orvik Athletic 3-1 at the Mill Ground on Saturday to reach the final.",
        "Orvik Athletic",
        "beat Orvik 3-1 in the semi-final",
        "a scored match's loser played it and stays an actor (events/contest_sides): beating is no act read",
    ),
    (
        True,
        "Tom Rusk won the Kestrel Prize for fiction on Thursday with his third novel.",
        "Tom Rusk",
        "won the Kestrel Prize",
        "a winning's object is the prize, not a party",
    ),
    (
        True,
        "Dunmore Rovers signed Teo Varga from Marlow Wanderers for £2 million.",
        "Dunmore Rovers",
        "signed Varga from Marlow",
        "the club that signed; the player signed is after the verb",
    ),
    (
        True,
        "The Corran Financial Authority fined the lender £6.5 million, its largest penalty this year.",
        "Corran Financial Authority",
        "fined the lender £6.5m",
        "a lower-case object: the value is the fining authority",
    ),
    (
        True,
        "Brightwall Construction was chosen by Tamsby Council to rebuild the library.",
        "Tamsby Council",
        "chosen by Tamsby Council",
        "'by' after the participle names the doer",
    ),
    (
        True,
        "Kestrel Securities said on Wednesday it would absorb two smaller brokers through a share swap.",
        "Kestrel Securities",
        "will absorb two brokers",
        "no name after the verb",
    ),
    (
        False,
        "Halvey Mutual was fined £6.5 million by the Corran Financial Authority on Monday.",
        "Halvey Mutual",
        "fine imposed",
        "the passive's subject is the one fined (acts/undergoers)",
    ),
    (
        False,
        "Celtra Bio, which Orvik Pharma agreed to buy in March, will keep its Saltby laboratory.",
        "Celtra Bio",
        "purchase agreed in March",
        "the relative clause's antecedent is the one bought",
    ),
    (
        False,
        "Linmoor Holdings agreed to sell its port business to Kestrel Securities for £90 million.",
        "Kestrel Securities",
        "sale of the port business",
        "the buyer, for the seller's sale",
    ),
    (
        False,
        "The Northern League suspended Ola Berg for four matches after the brawl at Kellmar.",
        "Kellmar Rangers",
        "suspension of four matches",
        "a club the page never names",
    ),
    (
        False,
        "The Corran Financial Authority fined Halvey Mutual £6.5 million on Monday.",
        "Halvey Mutual",
        "Halvey penalty",
        "the object of 'fined' in the evidence, the description naming no verb",
    ),
    (
        False,
        "Marlow Wanderers appointed Ines Farrow as head coach on a two-year contract.",
        "Ines Farrow",
        "coaching appointment",
        "the one appointed, from the evidence's object",
    ),
    (
        False,
        "Border Police said Kai Moor was arrested at Lindqvist airport by officers from Saltby.",
        "Kai Moor",
        "arrest at the airport",
        "the passive's subject is the one arrested",
    ),
    (
        False,
        "Pellmark Group has agreed to take over Orsin Analytics, a Leeds software firm, for £310 million.",
        "Orsin Analytics",
        "takeover agreed",
        "the object of 'take over' in the evidence, the description naming no value",
    ),
    (
        False,
        "Brisk Lending was sued in Saltby on Tuesday by federal regulators, who accuse it of hiding fees.",
        "Brisk Lending",
        "lawsuit over hidden fees",
        "the passive's subject is the one sued",
    ),
    (
        False,
        "Tamsby Council chose Brightwall Construction to rebuild the town library, ahead of four rival bidders.",
        "Brightwall Construction",
        "library contract choice",
        "the one chosen, from the evidence's object",
    ),
]
for expect, sentence, who, description, why in KEPT_CASES:
    built.actor(KEPT, expect, sentence, who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
