# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 51's doer ties (``grounding_cw51d.jsonl``, tie writer cw51d;
:mod:`summarizer.verification.sides.doer_shapes`, :mod:`summarizer.verification.sides.group_doers`)
for the confirm-only mode: every case asks with ``"confirm": ["actors"]``, so an actor passes
only when a reading ties it as the one carrying the event out.

- ``timed``: a subject after a live blog's time, a dateline or a fronted day ("11:40 a.m. -
  The council fined", "Late June 2023 - X sold", "On 14 May the institute sued"), confirmed;
  the one fined, sued or boarded in the same sentence, not;
- ``owned``: a subject with "of" in its name or behind a noun of its own people ("the
  Republic of Kessaly and the Varn Front signed", "Members of the Harbour Pilots Union
  approved", "Negotiators from Keld and Varrow sat"), and a possessive subject ("Keldara's
  government and the Ostrum rebels opened"), confirmed; a name after "of" a noun that is no
  body's people ("the impeachment of X"), the owner of a thing ("Ferrand's latest offer"), a
  name after another preposition, not;
- ``clause``: a contact relative clause ("under a bill the Corran Assembly passed"), a list
  or an aside before the verb ("Pellam, Roskin and the Ardent Isles announced", "Tomas Kerr,
  a former mayor, lost"), a colon's or copula's list of doers ("signed by three guest
  nations: A, B and C", "The mediators were A, B and C"), confirmed; an object list after a
  harm verb, a name after "to", "on" or "from", not;
- ``pointed``: a doer named by a pair's word ("Both sides agreed", "the two delegations
  asked"), a pronoun ("It then rehired") or a description ("The carrier cancelled") that the
  page ties to the value, confirmed; a host, a mediator or the one acted on in the sentence
  the word points back to, not.

Run ``python tests/data/make_cw51d_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_cw51d.jsonl")

built = SupportCases(
    "cw51d",
    leads=[
        "By Hanna Ostby | The Fjordline Courier",
        "LIVE | The Marrow Valley Post",
        "KESSEL (Northgate Wire) -",
        "World | The Amberley Tribune",
        "From our Lisle desk, The Carrow Herald.",
    ],
)
TIMED, OWNED, CLAUSE, POINTED = "timed", "owned", "clause", "pointed"


#: (category, sentence, good, bad, description, before=""): the event's doer is confirmed, the
#: other name of the same sentence is not.
pair = partial(built.actor_pair, other="{bad!r} did not do it")


def passes(category: str, sentence: str, who: str, description: str, before: str = "") -> None:
    built.actor(category, True, sentence, who, description, f"{who!r} did it", before=before)


def fails(
    category: str, sentence: str, who: str, description: str, why: str, before: str = ""
) -> None:
    built.actor(category, False, sentence, who, description, why, before=before)


def group(
    before: str, sentence: str, actors: list[str], value: str, expect: bool, description: str
) -> None:
    """An event whose actors are ``actors`` with ``value`` last among them, told by
    ``sentence`` after the paragraph ``before``; ``value`` is confirmed or not."""
    why = f"{value!r} {'is' if expect else 'is not'} among the ones the sentence's word stands for"
    built.actor_among(POINTED, before, sentence, actors, value, expect, description, why)


# --- timed: a time, dateline or fronted day before the subject -------------------------------
pair(
    TIMED,
    "11:40 a.m. - The Marlow County Council fined Pellham Waste \u00a340,000 for missed collections.",
    "Marlow County Council",
    "Pellham Waste",
    "council fines the waste firm",
)
pair(
    TIMED,
    "Late June 2023 - Korvane Mining shut the Ostrel smelter run by Dunwick Alloys.",
    "Korvane Mining",
    "Ostrel",
    "Korvane shuts the smelter",
)
pair(
    TIMED,
    "On 14 May the Ferrow Institute sued Granthill Pharma over a patent on a malaria test.",
    "Ferrow Institute",
    "Granthill Pharma",
    "institute sues over the patent",
)
pair(
    TIMED,
    "9.55pm - Stellan Motors recalled 12,000 vans built for Radley Couriers.",
    "Stellan Motors",
    "Radley Couriers",
    "Stellan recalls vans",
)
pair(
    TIMED,
    "At dawn on 2 May the Ostrel Coast Guard boarded the trawler Maren Sky.",
    "Ostrel Coast Guard",
    "Maren Sky",
    "coast guard boards the trawler",
)
pair(
    TIMED,
    "In early March the Kestrel Valley Water Board banned hosepipes across the estates of Brackley Homes.",
    "Kestrel Valley Water Board",
    "Brackley Homes",
    "hosepipe ban",
)
pair(
    TIMED,
    "Friday 3 October - The Tessin Regulator suspended the licence of Vell Transit.",
    "Tessin Regulator",
    "Vell Transit",
    "licence suspended",
)
pair(
    TIMED,
    "On Tuesday 4 March the Corran Port Authority closed its berths to ships of Selkirk Lines.",
    "Corran Port Authority",
    "Selkirk Lines",
    "berths closed",
)
pair(
    TIMED,
    "14:05 BST - Halvard Energy has sacked the chief executive of Ostmark Power, Lena Brun.",
    "Halvard Energy",
    "Lena Brun",
    "chief executive sacked",
)
pair(
    TIMED,
    "Early on Sunday the Dovan Rescue Service pulled eleven sailors from the wreck of the Calla Bright.",
    "Dovan Rescue Service",
    "Calla Bright",
    "sailors rescued",
)
pair(
    TIMED,
    "17 October 2022 - Brisk Air grounded six jets leased from Tallis Aviation Capital.",
    "Brisk Air",
    "Tallis Aviation Capital",
    "Brisk Air grounds jets",
)

# --- owned: "of" in the name, a noun of the body's people, a possessive subject ---------------
pair(
    OWNED,
    "The Republic of Kessaly and the Varn Liberation Front signed a truce months after the killing of Tomas Vell.",
    "Varn Liberation Front",
    "Tomas Vell",
    "truce signed",
)
pair(
    OWNED,
    "Members of the Harbour Pilots Union approved a pay deal at the docks of Castell Ports.",
    "Harbour Pilots Union",
    "Castell Ports",
    "pilots approve pay deal",
)
pair(
    OWNED,
    "The guerrilla of the Dorsan Front freed six hostages taken from the farms of Ilse Marn.",
    "Dorsan Front",
    "Ilse Marn",
    "hostages freed",
)
pair(
    OWNED,
    "On 9 May Keldara's government and the Ostrum rebels opened a third round of talks on the fate of Vellan.",
    "Keldara",
    "Vellan",
    "talks open",
)
pair(
    OWNED,
    "Late on 4 June Talmor's navy seized two Brask Shipping tankers off Cape Dell.",
    "Talmor",
    "Brask Shipping",
    "tankers seized",
)
pair(
    OWNED,
    "Hollin Bank's board approved the sale of its card unit to Verity Pay.",
    "Hollin Bank",
    "Verity Pay",
    "Hollin approves the sale",
)
pair(
    OWNED,
    "The Court of Appeal of Marren struck down the ban on street vendors brought in for Lusk Market Traders.",
    "Court of Appeal of Marren",
    "Lusk Market Traders",
    "ban struck down",
)
pair(
    OWNED,
    "Soldiers of the Brenner Guard fired tear gas at supporters of Ada Quell outside the assembly.",
    "Brenner Guard",
    "Ada Quell",
    "tear gas fired",
)
pair(
    OWNED,
    "Negotiators from Keld and Varrow met in a hotel outside Lessing owned by Tomas Arden.",
    "Varrow",
    "Tomas Arden",
    "Keld and Varrow talks",
)
pair(
    OWNED,
    "Doria's foreign minister, Arno Vesk, expelled two diplomats of the Tarn embassy.",
    "Doria",
    "Tarn",
    "diplomats expelled",
)
pair(
    OWNED,
    "The Senate of Aldria voted for the impeachment of Governor Dane Whitlow on Tuesday.",
    "Senate of Aldria",
    "Dane Whitlow",
    "Senate impeaches the governor",
)
fails(
    OWNED,
    "Ferrand Group's latest offer was turned down by the Maple Workers Union.",
    "Ferrand Group",
    "union turns down the offer",
    "Ferrand only owns the offer turned down",
)
fails(
    OWNED,
    "The Marlow police arrested the brother of Kit Osborne after the raid.",
    "Kit Osborne",
    "arrest after the raid",
    "Osborne's brother was arrested",
)
passes(
    OWNED,
    "The Marlow police arrested the brother of Kit Osborne after the raid.",
    "Marlow police",
    "arrest after the raid",
)
fails(
    OWNED,
    "Ana Vell, the vice-president of the Tarn League and head of its referees, said the Harbour Cup final was put off.",
    "Tarn League",
    "Harbour Cup final put off",
    "the league's officer only tells of it",
)
fails(
    TIMED,
    "On 24 July the Kessel Public Utilities Commission accepted the rate deal.",
    "Dorn Utilities Commission",
    "rate deal accepted",
    "another commission accepted it",
)
passes(
    TIMED,
    "On 24 July the Kessel Public Utilities Commission accepted the rate deal.",
    "Kessel Public Utilities Commission",
    "rate deal accepted",
)

# --- clause: a relative clause, a list or an aside, a colon's or copula's list ----------------
pair(
    CLAUSE,
    "Duties would fall on steel from Dovaria under a bill the Corran Assembly passed on Monday.",
    "Corran Assembly",
    "Dovaria",
    "Assembly passes the steel bill",
)
pair(
    CLAUSE,
    "The fine the Ostrel Regulator imposed on Kemble Energy was the largest this year.",
    "Ostrel Regulator",
    "Kemble Energy",
    "regulator fines Kemble",
)
pair(
    CLAUSE,
    "The deal Brightmoor Foods signed with growers in the Asco Valley runs until 2030.",
    "Brightmoor Foods",
    "Asco Valley",
    "supply deal signed",
)
pair(
    CLAUSE,
    "Pellam, Roskin and the Ardent Isles announced a boycott of the games in Vessa.",
    "Pellam",
    "Vessa",
    "boycott announced",
)
pair(
    CLAUSE,
    "Tomas Kerr, a former mayor of Dunlow, lost the seat of Ashby East to Nia Pell.",
    "Tomas Kerr",
    "Nia Pell",
    "Kerr loses his seat",
)
pair(
    CLAUSE,
    "Sela Ortiz, who chairs the hospital board, opened the new ward named after Ivo Brandt.",
    "Sela Ortiz",
    "Ivo Brandt",
    "new ward opened",
)
pair(
    CLAUSE,
    "The ceasefire was signed by three guest nations: Arvel, Bastia and Corrin, in a hall lent by Dessa Rowe.",
    "Bastia",
    "Dessa Rowe",
    "ceasefire signed",
)
pair(
    CLAUSE,
    "The mediators were the Kessel League, Orlan and Pavia, while talks were held at the estate of Rune Falk.",
    "Orlan",
    "Rune Falk",
    "mediated talks",
)
pair(
    CLAUSE,
    "Anke Vos, the skipper, and Remy Card, her navigator, sailed the Osprey into Cowes after passing Ida Lund.",
    "Anke Vos",
    "Ida Lund",
    "Osprey wins the race",
)
pair(
    CLAUSE,
    "Ostrava Rail, Lenning Freight and Cole Haulage cut their rates for customers of Dane Grain.",
    "Ostrava Rail",
    "Dane Grain",
    "rates cut",
)
pair(
    CLAUSE,
    "The Harwick Militia shelled Tolan, Brest Hill and Ardmore overnight.",
    "Harwick Militia",
    "Brest Hill",
    "overnight shelling",
)
fails(
    CLAUSE,
    "Jets of the Corran Air Force struck Dovan, Pelle Ridge and Ostmark before dawn.",
    "Pelle Ridge",
    "strikes before dawn",
    "Pelle Ridge was struck",
)
passes(
    CLAUSE,
    "Jets of the Corran Air Force struck Dovan, Pelle Ridge and Ostmark before dawn.",
    "Corran Air Force",
    "strikes before dawn",
)

# --- pointed: a pair's word, a pronoun or a description ---------------------------------------
KELD = "Delegations of Keld and Varrow arrived in Lessing on Monday for talks hosted by Orlan."
for value, expect in (("Keld", True), ("Varrow", True), ("Orlan", False)):
    group(
        KELD,
        "Both sides agreed to free 200 prisoners each.",
        ["Keld", "Varrow"],
        value,
        expect,
        "prisoner release agreed",
    )
DORAN = "Troops of Doran and Salvo have faced each other along the Ister since Brenn, a Salvo ally, shelled the river crossings."
for value, expect in (("Doran", True), ("Salvo", True), ("Brenn", False)):
    group(
        DORAN,
        "The two countries clashed again on Tuesday near the bridge at Kell.",
        ["Doran", "Salvo"],
        value,
        expect,
        "border clash",
    )
TALKS = "The government of Amaru and the Sendero Front sat down in Havel, with Bolt and Cass as guarantors of the talks."
for value, expect in (("Amaru", True), ("Sendero Front", True), ("Bolt", False)):
    group(
        TALKS,
        "The announcement came as the two delegations asked for one more day to close the round.",
        ["Amaru", "Sendero Front"],
        value,
        expect,
        "third round of talks",
    )
FRONT = "Ilse Marn, who speaks for the Red Cross, said the handover went well. The Dorvan Mining Company reopened its Tessin shaft on Sunday."
for value, expect in (("Dorvan Mining Company", True), ("Red Cross", False), ("Ilse Marn", False)):
    group(FRONT, "It then rehired 200 miners laid off in May.", [], value, expect, "miners rehired")
MAYOR = "Mayor Ana Ruiz visited the flooded streets of Dunmore with the engineer Pavel Kos."
for value, expect in (("Ana Ruiz", True), ("Pavel Kos", False)):
    group(
        MAYOR,
        "She ordered the evacuation of 300 homes by nightfall.",
        [],
        value,
        expect,
        "evacuation ordered",
    )
CARRIER = "Vantor Airways and the Calder Pilots Association traded offers all week over pay at Kessel Airport."
for value, expect in (("Vantor Airways", True), ("Calder Pilots Association", False)):
    group(
        CARRIER,
        "The carrier cancelled 240 flights on Sunday.",
        [],
        value,
        expect,
        "flights cancelled",
    )
MARKET = "Rask Holdings and Pemberton Capital ended a year of wrangling over the Lyle Street market, which Dorn Council had sold to Rask."
for value, expect in (
    ("Rask Holdings", True),
    ("Pemberton Capital", True),
    ("Dorn Council", False),
):
    group(
        MARKET,
        "Both firms agreed to share the site, the council said.",
        ["Rask Holdings", "Pemberton Capital"],
        value,
        expect,
        "site shared",
    )
LEAGUE = "Brennan Rovers and Tallow Town were fined by the Harbour League after a brawl at the ground of Ashby Athletic."
for value, expect in (
    ("Brennan Rovers", True),
    ("Tallow Town", True),
    ("Ashby Athletic", False),
    ("Harbour League", False),
):
    group(
        LEAGUE,
        "Both clubs said they would appeal.",
        ["Brennan Rovers", "Tallow Town"],
        value,
        expect,
        "clubs to appeal",
    )
SHIP = "Fishermen from the trawler Marta Lys watched from the quay. The Ostrel Port Authority sent two tugs to the shoal on Monday."
for value, expect in (("Ostrel Port Authority", True), ("Marta Lys", False)):
    group(
        SHIP,
        "It later towed a fishing boat off the shoal.",
        [],
        value,
        expect,
        "fishing boat towed",
    )


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    for case in cases:
        case["confirm"] = ["actors"]
    return cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
