# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 51's review rv51d of cw51d's doer ties (``grounding_rv51d.jsonl``;
:mod:`summarizer.verification.acts.doer_shapes`, :mod:`summarizer.verification.acts.group_doers`)
for the confirm-only mode: every case asks with ``"confirm": ["actors"]``, so an actor passes
only when a reading ties it as the one carrying the event out.

- ``another``: the evidence holds a second act, and the value is that act's subject (a fronted
  "Unlike X," or "Against X,", an aside "which X sued", a second clause "as members of X
  walked out", "after the navy of X had fired"), not confirmed; the event's own doer in the
  same sentence, confirmed;
- ``target``: the target of a harm written as a possessive or with "of" ("The army of Keld came
  under fire", "Keld's army was shelled by", "06:10 Keldara's military headquarters were
  bombed"), not confirmed; the one who strikes, confirmed;
- ``relative``: a relative clause whose subject is someone else ("the deal Pemberton Capital
  rejected", "under the bill the Corran Assembly passed"), not confirmed; the main clause's
  doer, confirmed;
- ``pronoun``: a pronoun continuing a sentence whose doer is another body than the value (the
  subject of a fronted "After X fined it", a "by" agent, a second clause, a possessive's
  owner, the pronoun's own sentence naming a nearer subject), not confirmed; the one it
  continues, confirmed;
- ``sides``: "both sides", "each side", "the two X" in a sentence whose event is one side's
  own act ("Both sides agreed to a truce, but Varrow shelled"), the other side not confirmed;
  the side that acts, or both when the act is the pair's, confirmed.

Run ``python tests/data/make_rv51d_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv51d.jsonl")

built = SupportCases(
    "rv51d",
    leads=[
        "By Mirja Holt | The Ostrel Gazette",
        "LIVE | The Calder Evening News",
        "LESSING (Harbour Wire) -",
        "Region | The Tarrow Standard",
    ],
)
ANOTHER, TARGET, RELATIVE, PRONOUN, SIDES = "another", "target", "relative", "pronoun", "sides"


#: (category, sentence, good, bad, description, before=""): the event's doer is confirmed, the
#: other name of the same sentence is not.
pair = partial(built.actor_pair, other="{bad!r} did not do it")


def sides(
    before: str, sentence: str, actors: list[str], value: str, expect: bool, description: str
) -> None:
    """An event whose actors are ``actors`` with ``value`` last among them, told by
    ``sentence`` after the paragraph ``before``; ``value`` is confirmed or not."""
    why = f"{value!r} {'did' if expect else 'did not do'} the act the sentence tells"
    built.actor_among(SIDES, before, sentence, actors, value, expect, description, why)


# --- another: the value is the subject of another act in the evidence -----------------------
pair(
    ANOTHER,
    "Unlike Osk Capital, Harl Bank sold its stake in Tarrow Mills on Monday.",
    "Harl Bank",
    "Osk Capital",
    "Harl Bank sells its Tarrow Mills stake",
)
pair(
    ANOTHER,
    "Like the Corran Assembly, the Pellam Senate passed the water bill on Tuesday.",
    "Pellam Senate",
    "Corran Assembly",
    "Pellam Senate passes water bill",
)
pair(
    ANOTHER,
    "Against Brennan Rovers, Tallow Town fielded five reserves on Saturday.",
    "Tallow Town",
    "Brennan Rovers",
    "Tallow Town fields reserves",
)
pair(
    ANOTHER,
    "Despite the Harbour League, Ashby Athletic kept its ground open all summer.",
    "Ashby Athletic",
    "Harbour League",
    "Ashby keeps its ground open",
)
pair(
    ANOTHER,
    "09:20 - Koll Freight, which Dalby Haulage sued in March, won the rail contract.",
    "Koll Freight",
    "Dalby Haulage",
    "Koll Freight wins rail contract",
)
pair(
    ANOTHER,
    "Kessaly's army withdrew from the pass, and troops of the Varn Front took the fort at Orme.",
    "Varn Front",
    "Kessaly",
    "Varn Front takes the Orme fort",
)
pair(
    ANOTHER,
    "Kessaly's army withdrew from the pass, and troops of the Varn Front took the fort at Orme.",
    "Kessaly",
    "Varn Front",
    "Kessaly army withdraws from the pass",
)
pair(
    ANOTHER,
    "Late June 2024 - Halden Steel shut its Orme plant as members of the Rask Union walked out.",
    "Halden Steel",
    "Rask Union",
    "Halden Steel shuts Orme plant",
)
pair(
    ANOTHER,
    "At dawn on 2 May the Ostrel coast guard boarded the trawler, after the navy of Pellam had fired on it.",
    "Ostrel",
    "Pellam",
    "coast guard boards the trawler",
)
pair(
    ANOTHER,
    "Negotiators from Keld left the talks in Lessing, while Varrow's delegation stayed on.",
    "Keld",
    "Varrow",
    "Keld negotiators leave the talks",
)
pair(
    ANOTHER,
    "11:05 - After the Varn Front shelled the bridge, the army of Kessaly blew up the Tessin dam.",
    "Kessaly",
    "Varn Front",
    "Kessaly army blows up the dam",
)
pair(
    ANOTHER,
    "Tomas Kerr, who had beaten Ada Lund in the 2019 race, lost his seat to Ivo Marsh on Thursday.",
    "Tomas Kerr",
    "Ada Lund",
    "Kerr loses his seat",
)

# --- target: a harm's target as a possessive or after "of" -----------------------------------
pair(
    TARGET,
    "Varrow's forces shelled the army of Keld near Ostrel overnight.",
    "Varrow",
    "Keld",
    "Varrow shells Keld army",
)
pair(
    TARGET,
    "Keld's army was shelled by Varrow's artillery near Ostrel.",
    "Varrow",
    "Keld",
    "Varrow shells Keld army",
)
pair(
    TARGET,
    "11:30 - The government of Pellam was hit by a cyber attack claimed by the Orm Collective.",
    "Orm Collective",
    "Pellam",
    "Orm Collective cyber attack on Pellam",
)
pair(
    TARGET,
    "Troops of the Dorn Brigade were ambushed by Salvo fighters on the Ister road.",
    "Salvo",
    "Dorn Brigade",
    "Salvo fighters ambush the brigade",
)
pair(
    TARGET,
    "On 3 March the board of the Osk Authority was sued by Harl Bank.",
    "Harl Bank",
    "Osk Authority",
    "Harl Bank sues the authority",
)
pair(
    TARGET,
    "Members of the Calder Pilots Association were locked out by Vantor Airways on Monday.",
    "Vantor Airways",
    "Calder Pilots Association",
    "airline locks out pilots",
)
pair(
    TARGET,
    "Rebels of the Ostrum Front seized the Keldara army's barracks at Tessin on Friday.",
    "Ostrum Front",
    "Keldara",
    "Ostrum Front seizes the barracks",
)
pair(
    TARGET,
    "06:10 Keldara's military headquarters were bombed by the Ostrum Front.",
    "Ostrum Front",
    "Keldara",
    "Ostrum Front bombs military headquarters",
)
pair(
    TARGET,
    "The army of Keld came under fire from Varrow drones on Sunday, and Varrow's forces took the ridge.",
    "Varrow",
    "Keld",
    "Varrow attacks Keld army",
)
pair(
    TARGET,
    "Late May 2024 - Salvo's navy was turned back by the coast guard of Doran.",
    "Doran",
    "Salvo",
    "Doran coast guard turns back the navy",
)

# --- relative: a relative clause whose subject is someone else -------------------------------
pair(
    RELATIVE,
    "Rask Holdings walked away from the offer Pemberton Capital rejected on Friday.",
    "Rask Holdings",
    "Pemberton Capital",
    "Rask walks away from the offer",
)
pair(
    RELATIVE,
    "Under the bill the Corran Assembly passed in June, the Pellam Water Board raised charges.",
    "Pellam Water Board",
    "Corran Assembly",
    "water board raises charges",
)
pair(
    RELATIVE,
    "The Ostrel Port Authority fined the ship Keld had seized in April.",
    "Ostrel Port Authority",
    "Keld",
    "port authority fines the ship",
)
pair(
    RELATIVE,
    "Vantor Airways scrapped the pay deal the Calder Pilots Association signed in 2022.",
    "Vantor Airways",
    "Calder Pilots Association",
    "Vantor scraps pay deal",
)
pair(
    RELATIVE,
    "The Harbour League upheld the fine Tallow Town appealed last week.",
    "Harbour League",
    "Tallow Town",
    "league upholds the fine",
)
pair(
    RELATIVE,
    "Judges at the Hollin Court struck down the ban Varrow imposed in 2021.",
    "Hollin Court",
    "Varrow",
    "court strikes down the ban",
)
pair(
    RELATIVE,
    "Members of the Rask Union rejected the offer Halden Steel made on Monday.",
    "Rask Union",
    "Halden Steel",
    "union members reject the offer",
)
pair(
    RELATIVE,
    "Dunmore Council reopened the bridge Harlan Engineering had closed for repairs.",
    "Dunmore Council",
    "Harlan Engineering",
    "council reopens the bridge",
)
pair(
    RELATIVE,
    "Pellam's government ratified the treaty Kessaly signed in Lessing last year.",
    "Pellam",
    "Kessaly",
    "Pellam ratifies the treaty",
)
pair(
    RELATIVE,
    "Osk Capital sold the shares that Harl Bank had bought in 2020.",
    "Osk Capital",
    "Harl Bank",
    "Osk Capital sells shares",
)
pair(
    RELATIVE,
    "At noon the Tarrow Council cancelled the permit the Esk Mining Company held.",
    "Tarrow Council",
    "Esk Mining Company",
    "council cancels the permit",
)

# --- pronoun: a pronoun continuing a sentence whose doer is another body ---------------------
pair(
    PRONOUN,
    "Rask Holdings bought the site in June, and it plans to reopen the stalls in spring.",
    "Rask Holdings",
    "Dorn Council",
    "stalls to reopen",
    before="Dorn Council voted on Monday to sell the Lyle Street market.",
)
pair(
    PRONOUN,
    "It also closed its Tarrow office on Friday.",
    "Osk Capital",
    "Harl Bank",
    "Tarrow office closed",
    before="After Harl Bank fined it, Osk Capital cut 200 jobs.",
)
pair(
    PRONOUN,
    "They have now lost five games in a row.",
    "Tallow Town",
    "Brennan Rovers",
    "five defeats in a row",
    before="Tallow Town were beaten 3-0 by Brennan Rovers on Saturday.",
)
pair(
    PRONOUN,
    "It will use the money to pay down its debt.",
    "Pemberton Capital",
    "Tavi Group",
    "money used to pay debt",
    before="Pemberton Capital sold its stake in Rask Holdings to Tavi Group.",
)
pair(
    PRONOUN,
    "It has since appointed a new chairman.",
    "Ashby Athletic",
    "Harbour League",
    "new chairman appointed",
    before="Ashby Athletic sacked its chairman after the Harbour League fined the club.",
)
pair(
    PRONOUN,
    "He resigned on Friday.",
    "Rhys Moran",
    "Halden Steel",
    "chief resigns",
    before="Halden Steel's chief, Rhys Moran, said the plant was safe.",
)
pair(
    PRONOUN,
    "It then adjourned for the summer.",
    "Corran Assembly",
    "Pellam Senate",
    "assembly adjourns",
    before="The Corran Assembly passed the water bill after the Pellam Senate amended it.",
)
pair(
    PRONOUN,
    "It will now pay the fine in full.",
    "Osk Capital",
    "Harl Bank",
    "fine paid in full",
    before="Osk Capital lost its appeal; Harl Bank had brought the case.",
)
pair(
    PRONOUN,
    "It returned home on Sunday.",
    "Kessaly",
    "Orlan",
    "delegation returns home",
    before="Kessaly's delegation left the talks hosted by Orlan.",
)
pair(
    PRONOUN,
    "It later towed the trawler into the harbour.",
    "Ostrel Port Authority",
    "Marta Lys",
    "trawler towed into harbour",
    before="The Ostrel Port Authority sent two tugs after the Marta Lys ran aground.",
)
pair(
    PRONOUN,
    "The Dorn Brigade withdrew, and it said the Salvo militia had shelled its camp.",
    "Dorn Brigade",
    "Keld",
    "brigade says the militia shelled its camp",
    before="Keld's army crossed the Ister on Monday.",
)

# --- sides: "both sides" and the like when the event is one side's act -----------------------
KELD = "Keld and Varrow met in Lessing on Monday."
for value, expect in (("Varrow", True), ("Keld", False)):
    sides(
        KELD,
        "Both sides agreed to a truce on Monday, but Varrow's guns shelled Tessin hours later.",
        ["Varrow", "Keld"],
        value,
        expect,
        "Varrow shells Tessin",
    )
MARKET = "Rask Holdings and Pemberton Capital ended their dispute over the Lyle Street market."
for value, expect in (("Rask Holdings", True), ("Pemberton Capital", False)):
    sides(
        MARKET,
        "Both firms signed the accord, and Rask Holdings then sold its half to Dorn Council.",
        ["Rask Holdings", "Pemberton Capital"],
        value,
        expect,
        "Rask sells its half to the council",
    )
PILOTS = "Vantor Airways and the Calder Pilots Association traded offers all week."
for value, expect in (("Calder Pilots Association", True), ("Vantor Airways", False)):
    sides(
        PILOTS,
        "The two sides met again on Friday, and the Calder Pilots Association then voted to strike.",
        ["Calder Pilots Association", "Vantor Airways"],
        value,
        expect,
        "pilots vote to strike",
    )
STEEL = "Halden Steel and the Rask Union opened talks on Monday."
for value, expect in (("Rask Union", True), ("Halden Steel", False)):
    sides(
        STEEL,
        "Both sides said the talks went well, but the Rask Union walked out on Wednesday.",
        ["Rask Union", "Halden Steel"],
        value,
        expect,
        "union walks out of talks",
    )
BRIDGE = "Dorn Council and Harlan Engineering argued for months over the Esk bridge."
for value, expect in (("Harlan Engineering", True), ("Dorn Council", False)):
    sides(
        BRIDGE,
        "Both sides agreed on repairs, and Harlan Engineering began work on Monday.",
        ["Harlan Engineering", "Dorn Council"],
        value,
        expect,
        "Harlan begins bridge repairs",
    )
SUIT = "Osk Capital and Harl Bank settled their lawsuit on Friday."
for value, expect in (("Osk Capital", True), ("Harl Bank", False)):
    sides(
        SUIT,
        "Both parties welcomed the deal; Osk Capital then paid the first instalment.",
        ["Osk Capital", "Harl Bank"],
        value,
        expect,
        "Osk pays first instalment",
    )
ISLANDS = "Keld and Varrow both claim the Ister islands."
for value, expect in (("Keld", True), ("Varrow", False)):
    sides(
        ISLANDS,
        "Both sides sent patrol boats, and Keld's navy then sank a patrol boat near Orme.",
        ["Keld", "Varrow"],
        value,
        expect,
        "Keld navy sinks a patrol boat",
    )
BORDER = "Pellam and Kessaly opened talks on their border in Lessing."
for value, expect in (("Pellam", True), ("Kessaly", False)):
    sides(
        BORDER,
        "Both governments sent ministers, but Pellam alone signed the draft on Tuesday.",
        ["Pellam", "Kessaly"],
        value,
        expect,
        "Pellam signs the draft",
    )
HAVEL = "The Republic of Kessaly and the Varn Front signed a ceasefire in Havel, hosted by Orlan."
for value, expect in (("Kessaly", True), ("Varn Front", True), ("Orlan", False)):
    sides(
        HAVEL,
        "Each side accused the other of breaking it within a day.",
        ["Kessaly", "Varn Front"],
        value,
        expect,
        "both sides accuse each other of breaking the ceasefire",
    )
SWAP = "Keld and Varrow met in Lessing for talks hosted by Orlan."
for value, expect in (("Keld", True), ("Varrow", True), ("Orlan", False)):
    sides(
        SWAP,
        "The two delegations swapped 200 prisoners on Sunday.",
        ["Keld", "Varrow"],
        value,
        expect,
        "prisoner swap",
    )
CLUBS = "Brennan Rovers and Tallow Town drew 1-1 at Ashby on Saturday."
for value, expect in (("Brennan Rovers", True), ("Tallow Town", True)):
    sides(
        CLUBS,
        "Both clubs said they would appeal the Harbour League's fines.",
        ["Brennan Rovers", "Tallow Town"],
        value,
        expect,
        "clubs say they will appeal the fines",
    )
YARD = "Tavi Group and Koll Freight share the Esk rail yard."
for value, expect in (("Koll Freight", True), ("Tavi Group", False)):
    sides(
        YARD,
        "Both firms use the yard, but Koll Freight closed its depot there on Friday.",
        ["Koll Freight", "Tavi Group"],
        value,
        expect,
        "Koll Freight closes its depot",
    )


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    for case in cases:
        case["confirm"] = ["actors"]
    return cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
