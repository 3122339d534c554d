# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 48's one-sided acts (``grounding_cl48a.jsonl``, rule writer cl48a;
:mod:`summarizer.verification.acts.undergoers`): which party of an act is its actor.

- ``object``: the event's own verb done to or given to a name after it ("fined Equity Bank",
  "awarded Kestrel a contract", "the takeover of Pioneer", "a lawsuit against the ATP"): refused
  as the actor; its subject, and partners of verbs done with someone ("met", "signed with"),
  pass;
- ``passive``: the name as the passive subject of the event's verb ("HSBC has been fined by the
  PRA", "Y was handed the contract by X"): refused; the "by" agent passes;
- ``shape``: the correct actor in other shapes a reviewer tries ("X's takeover of Y", "Y, which
  X bought", "X and Y signed", "X, backed by Z", a short form, a headline), against the one
  bought, beaten or sued in the same shapes.

Run ``python tests/data/make_cl48a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl48a.jsonl")

built = SupportCases(
    "cl48a",
    leads=[
        "LAGOS (Harmattan Wire) -",
        "By Ines Carvalho | The Douro Business Review",
        "MARKETS | The Prairie Ledger",
        "From our Nairobi bureau, The Rift Courier.",
        "Sport | The Solent Gazette",
    ],
)
OBJECT, PASSIVE, SHAPE = "object", "passive", "shape"


def pair(
    category: str, sentence: str, good: str, bad: str, description: str, kind: str = "other"
) -> None:
    """The sentence's doer passes as the actor; the party it acts on or gives to is refused."""
    built.actor(category, True, sentence, good, description, f"{good!r} did it", kind=kind)
    built.actor(
        category, False, sentence, bad, description, f"{bad!r} is acted on or given to", kind=kind
    )


# --- object: the event's verb done to or given to the name after it -------------------------
pair(
    OBJECT,
    "Brightwater Foods agreed on Monday to acquire snack maker Olumide Brands for $2.1 billion.",
    "Brightwater Foods",
    "Olumide Brands",
    "Brightwater Foods agreed to acquire Olumide Brands",
)
pair(
    OBJECT,
    "The Central Bank of Kenya fined Equity Bank 50 million shillings over lapses in its anti-money laundering checks.",
    "Central Bank of Kenya",
    "Equity Bank",
    "central bank fined Equity Bank",
)
pair(
    OBJECT,
    "The Football Association charged Northfield Athletic on Monday with failing to control its players.",
    "Football Association",
    "Northfield Athletic",
    "Football Association charged Northfield Athletic",
)
pair(
    OBJECT,
    "The attorney general sued Lakeside Pharmacy Group on Thursday, accusing it of overcharging patients.",
    "attorney general",
    "Lakeside Pharmacy Group",
    "attorney general sued Lakeside Pharmacy Group",
)
pair(
    OBJECT,
    "The transport ministry awarded Tarsus Rail a 400 million euro contract to upgrade the northern line.",
    "transport ministry",
    "Tarsus Rail",
    "ministry awarded the rail contract",
)
pair(
    OBJECT,
    "The competition authority has opened an investigation into Vantor Telecom's pricing of mobile plans.",
    "competition authority",
    "Vantor Telecom",
    "competition authority opened an investigation",
)
pair(
    OBJECT,
    "Regulators penalised Meridian Trust and Calder Savings for mis-selling insurance to older customers.",
    "Regulators",
    "Calder Savings",
    "regulators penalised two lenders for mis-selling",
)
pair(
    OBJECT,
    "The players' union filed a lawsuit in March against the league, the board and two club owners.",
    "players' union",
    "league",
    "union filed a lawsuit against the league",
)
pair(
    OBJECT,
    "Aldwych Capital completed its takeover of the retailer Fenwick & Hale on Friday.",
    "Aldwych Capital",
    "Fenwick & Hale",
    "Aldwych Capital completed its takeover of Fenwick & Hale",
)
pair(
    OBJECT,
    "The county council handed the bus contract to Greenline Coaches after a two-year tender.",
    "county council",
    "Greenline Coaches",
    "council handed the bus contract to Greenline Coaches",
)
# a verb done with someone keeps its partner an actor
built.actor(
    OBJECT,
    True,
    "President Ruto met Prime Minister Abiy Ahmed in Addis Ababa on Tuesday to discuss the port deal.",
    "Abiy Ahmed",
    "Ruto met Abiy Ahmed",
    "the one met took part",
)
built.actor(
    OBJECT,
    True,
    "Nordvik Energy signed a supply agreement with Solaris Grid on Wednesday.",
    "Solaris Grid",
    "Nordvik Energy signed a supply agreement with Solaris Grid",
    "a partner of the signing",
)
built.actor(
    OBJECT,
    True,
    "The foreign minister held talks with his Turkish counterpart Hakan Fidan in Ankara.",
    "Hakan Fidan",
    "foreign minister held talks with Hakan Fidan",
    "a partner of talks",
)

# --- passive: the name as the passive subject of the event's verb ---------------------------
pair(
    PASSIVE,
    "Northgate Bank has been fined 12 million pounds by the Financial Conduct Authority for weak controls.",
    "Financial Conduct Authority",
    "Northgate Bank",
    "Northgate Bank fined by the regulator",
)
pair(
    PASSIVE,
    "Pelican Software was acquired by Orbis Holdings in a deal valued at $900 million.",
    "Orbis Holdings",
    "Pelican Software",
    "Pelican Software acquired by Orbis",
)
pair(
    PASSIVE,
    "Kestrel Marine was handed the dredging contract by the port authority on Monday.",
    "port authority",
    "Kestrel Marine",
    "dredging contract handed out",
)
pair(
    PASSIVE,
    "Tamworth Town were beaten 2-0 by Redbridge United in the play-off semi-final.",
    "Redbridge United",
    "Tamworth Town",
    "Tamworth Town beaten by Redbridge United",
)
pair(
    PASSIVE,
    "The clinic chain Halden Care is being sued by the state of Victoria over unpaid wages.",
    "state of Victoria",
    "Halden Care",
    "Halden Care sued over unpaid wages",
)
pair(
    PASSIVE,
    "Two fuel depots were struck by Ukrainian drones overnight, the regional governor said.",
    "Ukrainian drones",
    "regional governor",
    "fuel depots struck by drones",
    kind="attack",
)
pair(
    PASSIVE,
    "Crestline Airways, founded in 2009, will be bought by the Saro Group for an undisclosed sum.",
    "Saro Group",
    "Crestline Airways",
    "Crestline Airways to be bought by the Saro Group",
)
pair(
    PASSIVE,
    "Three opposition newspapers have been banned by the interior ministry since January.",
    "interior ministry",
    "opposition newspapers",
    "newspapers banned by the ministry",
)
pair(
    PASSIVE,
    "The contractor Vessel Works was penalised by the defence ministry for late delivery of two frigates.",
    "defence ministry",
    "Vessel Works",
    "contractor penalised for late delivery",
)
pair(
    PASSIVE,
    "Westmoor Mining has been charged by prosecutors with breaching safety law after the collapse.",
    "prosecutors",
    "Westmoor Mining",
    "Westmoor Mining charged by prosecutors",
)

# --- shape: the correct actor in other shapes, the wrong party in the same -------------------
pair(
    SHAPE,
    "Halvorsen's $3 billion takeover of the Danish shipper Nordkap Line closed on Friday.",
    "Halvorsen",
    "Nordkap Line",
    "Halvorsen's takeover of Nordkap Line",
)
pair(
    SHAPE,
    "Nordkap Line, which Halvorsen agreed to buy in May, will keep its Aarhus headquarters.",
    "Halvorsen",
    "Nordkap Line",
    "Halvorsen agreed to buy Nordkap Line",
)
pair(
    SHAPE,
    "The European Commission, the EU's executive, fined Tessaro Motors 230 million euros on Thursday.",
    "European Commission",
    "Tessaro Motors",
    "Commission fined Tessaro Motors",
)
pair(
    SHAPE,
    "Bluecrest Telecom (BCT) agreed to purchase the rural network operator Skylink for $480 million.",
    "Bluecrest Telecom",
    "Skylink",
    "Bluecrest Telecom agreed to purchase Skylink",
)
pair(
    SHAPE,
    "Ashdown Energy, backed by the pension fund Norvel, agreed to buy two wind farms from Calder Power.",
    "Ashdown Energy",
    "Calder Power",
    "Ashdown Energy agreed to buy two wind farms",
)
pair(
    SHAPE,
    "Rovers to buy striker from Wanderers for record fee",
    "Rovers",
    "Wanderers",
    "Rovers to buy striker from Wanderers",
)
pair(
    SHAPE,
    "- Marlow Group sued its former auditor Keane & Fisk for negligence",
    "Marlow Group",
    "Keane & Fisk",
    "Marlow Group sued Keane & Fisk",
)
pair(
    SHAPE,
    "Israeli aircraft struck a camp in Tulkarm overnight, the army said, in an attack the Palestinian Authority condemned.",
    "Israeli aircraft",
    "Palestinian Authority",
    "aircraft struck a camp",
    kind="attack",
)
S = "Sindre Ventures and Holm Capital signed the merger agreement on Tuesday, creating the region's largest asset manager."
built.actor(
    SHAPE,
    True,
    S,
    "Holm Capital",
    "Sindre Ventures and Holm Capital signed the merger agreement",
    "both signed",
)
built.actor(
    SHAPE,
    True,
    S,
    "Sindre Ventures",
    "Sindre Ventures and Holm Capital signed the merger agreement",
    "both signed",
)
built.actor(
    SHAPE,
    True,
    "Grayson Steel, the Sheffield maker of rail track, bought the forge in 2019. The company paid 40 million pounds for it.",
    "Grayson Steel",
    "Grayson Steel bought the forge",
    "apposition, then a stand-in",
)
built.actor(
    SHAPE,
    False,
    "Kavanagh Logistics has been bought by a consortium led by Tern Partners, the firm said on Monday.",
    "Kavanagh Logistics",
    "Kavanagh Logistics bought by a consortium",
    "the company bought",
)
pair(
    SHAPE,
    "The Treasury sanctioned six shipping companies accused of moving Iranian oil, the department said.",
    "Treasury",
    "shipping companies",
    "Treasury sanctioned six shipping companies",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
