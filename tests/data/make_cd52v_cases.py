# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 52's own-act reading of the doer ties (``grounding_cd52v.jsonl``,
tie writer cd52v; :mod:`summarizer.verification.acts.own_act_doers`) for the confirm-only
mode: every case asks with ``"confirm": ["actors"]``, so an actor passes only when a reading
ties it as the one carrying the event out.

- ``clauses``: a sentence of two clauses, each with a named subject of its own, one telling
  the event's act ("Harl Bank sold its stake, while Osk Capital kept its shares" for the
  sale): the event's clause's subject is confirmed, the other clause's subject (the other
  side answering, a bystander, a rival) is not;
- ``asides``: one sentence, two events: a subject with an aside, and a relative clause after
  its object that tells another act ("Tomas Vell, elected in March, replaced Ada Rusk, who
  had run the port authority"): for the main clause's act the subject is confirmed; for the
  relative clause's act (another's) the same subject is not;
- ``agents``: a "by" agent of another act than the event's, told with a subject of its own
  ("The plan drafted by the Orlan Institute was rejected by the Senate" for the rejection):
  the event's agent is confirmed, the other act's agent is not.

Run ``python tests/data/make_cd52v_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cd52v.jsonl")

built = SupportCases(
    "cd52v",
    leads=[
        "By Mira Talvik | The Ostrel Ledger",
        "BUSINESS | The Fenwick Standard",
        "HALDEN (Coastline Wire) -",
        "Sport | The Carrow Herald",
    ],
)
CLAUSES, ASIDES, AGENTS = "clauses", "asides", "agents"


def both(category: str, sentence: str, who: str, own: str, other: str) -> None:
    """``who`` is confirmed for its own act (``own``), not for the other clause's (``other``)."""
    built.actor(category, True, sentence, who, own, f"{who!r} did it")
    built.actor(category, False, sentence, who, other, f"{who!r} did another act, not this")


# Why the other value is refused (:meth:`SupportCases.actor_pair`).
OTHER_ACT = "{bad!r} did another act of the sentence"

# --- clauses: two clauses, two subjects ------------------------------------------------------
for sentence, good, bad, description in (
    (
        "Harl Bank sold its stake in the Denmore refinery, while Osk Capital kept its shares.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank sells its refinery stake",
    ),
    (
        "Dalby Haulage sued Tessin Freight on Monday; Tessin Freight said it would fight the claim in court.",
        "Dalby Haulage",
        "Tessin Freight",
        "Dalby sues Tessin Freight",
    ),
    (
        "The Corran Assembly passed the water bill, but the Pellam Senate voted to delay its own version.",
        "Corran Assembly",
        "Pellam Senate",
        "assembly passes the water bill",
    ),
    (
        "Brennan Rovers signed the winger Ilo Marsh, and Tallow Town released two defenders.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers sign a winger",
    ),
    (
        "Varrow shelled the bridge at Keld overnight, and Tessin evacuated the villages near the border.",
        "Varrow",
        "Tessin",
        "shelling of the bridge",
    ),
    (
        "The Ostrel Port Authority fined Kemble Shipping \u00a3200,000, and Kemble Shipping appealed within a week.",
        "Ostrel Port Authority",
        "Kemble Shipping",
        "port authority fines the shipper",
    ),
    (
        "Arden Foods bought the Sallow dairy chain for $40 million after Pell Farms withdrew its offer.",
        "Arden Foods",
        "Pell Farms",
        "Arden buys the dairy chain",
    ),
    (
        "Keldara's army recaptured the fort at Ostrum, while the Varn Front retreated towards the hills.",
        "Keldara",
        "Varn Front",
        "army recaptures the fort",
    ),
    (
        "Marlow Council approved the housing plan; Fenwick Council, its neighbour, rejected a similar one.",
        "Marlow Council",
        "Fenwick Council",
        "council approves the housing plan",
    ),
    (
        "The Harbour Pilots Union walked out on Tuesday, and the Lisle Ferry Company cancelled every crossing.",
        "Harbour Pilots Union",
        "Lisle Ferry Company",
        "union walks out",
    ),
    (
        "Selk Motors recalled 9,000 vans as Radley Couriers grounded its delivery fleet.",
        "Selk Motors",
        "Radley Couriers",
        "Selk recalls vans",
    ),
    (
        "Greywater Energy won the offshore licence, while Nolan Oil lost its appeal against the tender.",
        "Greywater Energy",
        "Nolan Oil",
        "Greywater wins the licence",
    ),
):
    built.actor_pair(CLAUSES, sentence, good, bad, description, other=OTHER_ACT)
# The event's act in a later clause whose subject stands for the doer, or in the doer's own
# clause after a comma: still the doer's.
for sentence, who, description in (
    (
        "Keld and Varrow met in Ostrum on Friday, where they agreed a swap of 300 prisoners.",
        "Keld",
        "prisoner swap agreed",
    ),
    (
        "Pell Credit missed a coupon in May, and it defaulted on its bonds in June.",
        "Pell Credit",
        "Pell defaults on bonds",
    ),
    (
        "Brennan Rovers and Tallow Town drew 1-1, and both were fined for crowd trouble.",
        "Tallow Town",
        "clubs fined for crowd trouble",
    ),
    (
        "The Corran Senate debated the bill for six hours before it passed the measure by 51 votes to 40.",
        "Corran Senate",
        "senate passes the bill",
    ),
    (
        "After four days of indirect negotiations in Varna, Keld and Varrow accepted the first stage of a plan drawn up by Doran.",
        "Varrow",
        "four days of indirect negotiations",
    ),
    (
        "Kessaly blamed the Varn Front for the bombing and launched strikes it called Operation Ember.",
        "Kessaly",
        "Kessaly's strikes called Operation Ember",
    ),
):
    built.actor(CLAUSES, True, sentence, who, description, f"{who!r} did it")

# --- asides: one sentence, its main act and a relative clause's act --------------------------
for sentence, who, own, other in (
    (
        "Tomas Vell, elected in March, replaced Ada Rusk, who had run the port authority for a decade.",
        "Tomas Vell",
        "Vell replaces Rusk",
        "Rusk runs the port authority",
    ),
    (
        "Kessaly, a founding member, expelled the Doran delegation, which had boycotted the summit.",
        "Kessaly",
        "Kessaly expels the delegation",
        "delegation boycotts the summit",
    ),
    (
        "Orlan Bank, the lender of last resort, rescued Pell Credit, which had defaulted on its bonds.",
        "Orlan Bank",
        "Orlan Bank rescues Pell Credit",
        "Pell Credit defaults on bonds",
    ),
    (
        "The Fenwick Trust, founded in 1990, hired Ilse Moran, who had designed the Halden library.",
        "Fenwick Trust",
        "trust hires an architect",
        "Moran designs the library",
    ),
    (
        "Corran Rail, struggling with losses, sold its freight arm to Dunmore Logistics, which later merged with Vask.",
        "Corran Rail",
        "Corran Rail sells its freight arm",
        "Dunmore merges with Vask",
    ),
    (
        "Judge Ena Sorrel, sitting in Halden, jailed Piet Norn, who had smuggled rifles across the border.",
        "Ena Sorrel",
        "judge jails the smuggler",
        "Norn smuggles rifles",
    ),
    (
        "Greywater Energy, now the largest producer, acquired Nolan Oil, which had drilled the first Ostrel well.",
        "Greywater Energy",
        "Greywater acquires Nolan Oil",
        "Nolan drills the first well",
    ),
    (
        "Brennan Rovers, top of the table, beat Tallow Town, who had sacked their manager on Friday.",
        "Brennan Rovers",
        "Rovers beat Tallow Town",
        "Tallow Town sacks its manager",
    ),
    (
        "The Marlow regulator, acting on a complaint, fined Selk Telecom, which had overcharged 40,000 customers.",
        "Marlow",
        "regulator fines Selk Telecom",
        "Selk overcharges customers",
    ),
    (
        "Varrow, under pressure from its allies, released the Keld sailors, who had been detained in April.",
        "Varrow",
        "Varrow releases the sailors",
        "sailors detained in April",
    ),
    (
        "Ada Rusk, speaking in Lisle, praised the Arden Institute, which had mapped the Ostrel reef.",
        "Ada Rusk",
        "Rusk praises the institute",
        "institute maps the reef",
    ),
):
    both(ASIDES, sentence, who, own, other)

# --- agents: a "by" agent of another act ------------------------------------------------------
for sentence, good, bad, description in (
    (
        "The plan drafted by the Orlan Institute was rejected by the Corran Senate on Thursday.",
        "Corran Senate",
        "Orlan Institute",
        "senate rejects the plan",
    ),
    (
        "The trawler seized by the Ostrel Coast Guard was released by the Halden high court a week later.",
        "Halden",
        "Ostrel Coast Guard",
        "court releases the trawler",
    ),
    (
        "A bid backed by Pell Capital was accepted by the Sallow board on Monday.",
        "Sallow",
        "Pell Capital",
        "board accepts the bid",
    ),
    (
        "The merger proposed by Dunmore Logistics was blocked by the Fenwick competition regulator.",
        "Fenwick",
        "Dunmore Logistics",
        "regulator blocks the merger",
    ),
    (
        "The statue commissioned by Marlow Council was vandalised by the Varn Front.",
        "Varn Front",
        "Marlow Council",
        "statue vandalised",
    ),
    (
        "A report written by the Arden Institute was cited by Kessaly in its appeal.",
        "Kessaly",
        "Arden Institute",
        "Kessaly cites the report in its appeal",
    ),
    (
        "The ceasefire brokered by Doran was broken by Varrow within hours.",
        "Varrow",
        "Doran",
        "ceasefire broken",
    ),
    (
        "The stadium built by Corran Engineering was bought by Brennan Rovers for \u00a312 million.",
        "Brennan Rovers",
        "Corran Engineering",
        "Rovers buy the stadium",
    ),
    (
        "The treaty signed by Keld in 2019 was renounced by its new government in May.",
        "Keld",
        "Doran",
        "Keld renounces the treaty",
    ),
    (
        "The vaccine developed by Granthill Pharma was approved by the Lisle medicines agency.",
        "Lisle",
        "Granthill Pharma",
        "agency approves the vaccine",
    ),
    (
        "The loan arranged by Orlan Bank was repaid by Selk Motors two years early.",
        "Selk Motors",
        "Orlan Bank",
        "Selk repays the loan",
    ),
):
    built.actor_pair(AGENTS, sentence, good, bad, description, other=OTHER_ACT)


# A speaker reporting its own act of the sentence is its party (added last: ids stay).
for sentence, who, description in (
    (
        "In its first week on sale the Vanta 3 sold 2.1 million units, Orlan Games said on Friday.",
        "Orlan Games",
        "Vanta 3 sales in its first week",
    ),
    (
        "Marlow Water confirmed that hosepipes would be banned across the county from 4 July.",
        "Marlow Water",
        "hosepipe ban across the county",
    ),
):
    built.actor(CLAUSES, True, sentence, who, description, f"{who!r} did it")


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    for case in cases:
        case["confirm"] = ["actors"]
    return cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
