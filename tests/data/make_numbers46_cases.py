# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the numbers set of session 22 from an outside check's cause (``grounding_numbers46.jsonl``):
value-support cases for a number's owner (which chamber, which side) and for numbers written
unusually, by category, each with what must pass and what must fail:

- ``chamber-object``: a chamber named as the owner of a noun in the clause ("the Senate agreed
  to the House amendment ... 79 yeas to 18 nays", "the Lords accepted the Commons' changes by
  230 to 150") is not the chamber that voted: the subject chamber's count is supported, the
  qualifying chamber's is refused;
- ``side-owner``: a number whose noun phrase names a side before its noun ("32 Armenian
  servicemen") or a holder after it ("1,000 prisoners held by the Taliban") counts that
  side's people: a count naming the same side passes, one naming the other side (or the
  holder as the people's own side) is refused;
- ``spoken-number``: numbers read out in words with a decimal point ("three point six
  billion", "four point two per cent"), "pc" for per cent ("15 pc", "25pc") and a score
  whose second side is a word for nought ("fifty to nothing", "14-nil") are read as
  numbers; a value the words do not give (or the other side of the score) is refused.

Run ``python tests/data/make_numbers46_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers46.jsonl")

built = SupportCases(
    "nu46",
    leads=[
        "By a staff reporter (Capitol Ledger)",
        "CANBERRA (Southern Cross Wire) \u2014",
        "Congressional Record Digest | Floor summary",
        "From our correspondent, The Lowland Courier",
        "Newsdesk \u2014 Radio Meridian, morning bulletin",
    ],
    title="Counts and votes",
)


def count(
    category: str, expect: bool, text: str, what: str, value: float, why: str,
    kind: str = "sanctions", qualifier: str = "exact",
) -> None:  # fmt: skip
    """A measure (or an event) whose one count is ``value`` of ``what`` (``qualifier``); the
    text is evidence."""
    entry = {"what": what, "value": {"value": value, "qualifier": qualifier}}
    if kind == "sanctions":
        fact: dict[str, Any] = {"instrument": "bill", "counts": [entry], "evidence": [text]}
    else:
        fact = {
            "kind": "prisoner_exchange",
            "description": "a release",
            "counts": [entry],
            "evidence": [text],
        }
    built.add(
        category, expect, f"{what} = {value:g}: {why}", built.page(text), {kind: [fact]},
        f"{kind}[0].counts[0].value",
    )  # fmt: skip


def chambers(text: str, right: str, wrong: str, value: float) -> None:
    """``value`` is ``right``'s vote (the clause's subject); as ``wrong``'s (a chamber that
    only owns a noun of the clause) it is refused."""
    count("chamber-object", True, text, right, value, "the subject chamber voted")
    count("chamber-object", False, text, wrong, value, "that chamber only owns the noun")


# --- chamber-object: the voting chamber is the subject, not the owner of the amendment
chambers(
    "On April 23, the Senate agreed to the House amendment to the bill by a division of 81 yeas to 17 nays.",
    "Senate yeas",
    "House yeas",
    81,
)
chambers(
    "On April 23, the Senate agreed to the House amendment to the bill by a division of 81 yeas to 17 nays.",
    "Senate nays",
    "House nays",
    17,
)
chambers(
    "The House concurred in the Senate amendments 288 to 131 late on Thursday.",
    "House votes in favour",
    "Senate votes in favour",
    288,
)
chambers(
    "Peers accepted the Commons' changes to the bill by 231 votes to 148.",
    "Lords votes for",
    "Commons votes for",
    231,
)
chambers(
    "The Senate rejected the House-passed package 44-55, sending it back.",
    "Senate votes against",
    "House votes against",
    55,
)
chambers(
    "The Senate voted 60 to 38 to take up the House resolution.", "Senate yeas", "House yeas", 60
)
chambers(
    "The lower house approved the Senate's proposal on Friday, 301 to 117.",
    "House votes in favour",
    "Senate votes in favour",
    301,
)
chambers(
    "After a night of debate, the Commons backed the Lords amendment by 322 votes to 240.",
    "Commons ayes",
    "Lords contents",
    322,
)
chambers(
    "The Duma adopted the Federation Council's draft 412-3.",
    "Duma votes in favour",
    "upper house votes in favour",
    412,
)
chambers(
    "Senators approved the House's version of the budget 67 to 32 on Sunday.",
    "Senate yeas",
    "House yeas",
    67,
)
chambers(
    "The House, 219 to 206, adopted the Senate plan to fund the agencies through March.",
    "House yeas",
    "Senate yeas",
    219,
)
# near-misses: a chamber that votes, named after or with its vote, keeps its vote
count(
    "chamber-object",
    True,
    "The bill passed the House 352-65 on March 13, and the Senate passed it 79-18 in April.",
    "House yeas",
    352,
    "the House's own score",
)
count(
    "chamber-object",
    False,
    "The bill passed the House 352-65 on March 13, and the Senate passed it 79-18 in April.",
    "House yeas",
    79,
    "79 is the Senate's score",
)
count(
    "chamber-object",
    True,
    "The Senate bill cleared the House 240 to 189.",
    "House votes in favour",
    240,
    "the Senate only owns the bill",
)
count(
    "chamber-object",
    False,
    "The Senate bill cleared the House 240 to 189.",
    "Senate votes in favour",
    240,
    "the House voted",
)


def sides(text: str, right: str, wrong: str, value: float, qualifier: str = "exact") -> None:
    """``value`` counts ``right``; as ``wrong`` (the other side's people) it is refused."""
    for expect, what, why in (
        (True, right, "the side its noun phrase names"),
        (False, wrong, "another side's people"),
    ):
        count("side-owner", expect, text, what, value, why, kind="events", qualifier=qualifier)


# --- side-owner: the side before the noun, the holder after it
sides(
    "Under the deal, Kyiv returns 95 Russian soldiers and Moscow frees 110 Ukrainian soldiers.",
    "Russian soldiers returned",
    "Ukrainian soldiers returned",
    95,
)
sides(
    "Under the deal, Kyiv returns 95 Russian soldiers and Moscow frees 110 Ukrainian soldiers.",
    "Ukrainian soldiers freed",
    "Russian soldiers freed",
    110,
)
sides(
    "Israel will free 150 Palestinian prisoners in return for 50 Israeli hostages held in Gaza.",
    "Palestinian prisoners freed",
    "Israeli hostages freed",
    150,
)
sides(
    "Israel will free 150 Palestinian prisoners in return for 50 Israeli hostages held in Gaza.",
    "Israeli hostages released",
    "Palestinian prisoners released",
    50,
)
sides(
    "The coastguard said it rescued 23 Tunisian fishermen, while 9 Libyan fishermen remain missing.",
    "Tunisian fishermen rescued",
    "Libyan fishermen rescued",
    23,
)
sides(
    "Up to 4,000 rebel fighters and up to 600 soldiers held by the rebels are to be freed by June 1.",
    "soldiers held by the rebels",
    "rebel fighters",
    600,
    "up_to",
)
sides(
    "Up to 5,000 ELN prisoners and up to 300 prisoners held by the ELN would be released under the accord.",
    "prisoners held by the ELN",
    "ELN prisoners released",
    300,
    "up_to",
)
sides(
    "Up to 5,000 ELN prisoners and up to 300 prisoners held by the ELN would be released under the accord.",
    "ELN prisoners released",
    "prisoners held by the ELN",
    5000,
    "up_to",
)
sides(
    "The militia released 14 Kenyan workers; 6 Somali guards captured by the militia are still held.",
    "Kenyan workers released",
    "Somali workers released",
    14,
)
sides(
    "Pyongyang said it would repatriate 3 South Korean fishermen and receive 2 North Korean sailors.",
    "North Korean sailors received",
    "South Korean sailors received",
    2,
)
sides(
    "Bogota handed back 40 Venezuelan migrants as Caracas released 12 Colombian truckers.",
    "Colombian truckers released",
    "Venezuelan truckers released",
    12,
)
# near-misses: a count with no side, or the same side under another name, keeps its number
count(
    "side-owner",
    True,
    "Azerbaijan's government frees 28 Armenian detainees under the agreement.",
    "Armenian detainees freed",
    28,
    "same side",
    kind="events",
)
count(
    "side-owner",
    True,
    "Washington will release 5 Iranian nationals; Tehran will free 5 American citizens.",
    "US citizens freed",
    5,
    "American is the US",
    kind="events",
)
count(
    "side-owner",
    True,
    "The army freed 31 wounded soldiers on Monday.",
    "soldiers freed",
    31,
    "the count names no side",
    kind="events",
)


def spoken(
    text: str, what: str, right: float, wrong: float, category: str = "spoken-number"
) -> None:
    """A number written out (or in a short unit) is read: ``right`` passes, ``wrong`` not."""
    count(category, True, text, what, right, "the number as written")
    count(category, False, text, what, wrong, "not the number written")


# --- spoken-number: decimals read out, "pc"
spoken(
    "Ottawa announced counter-tariffs on four point two billion dollars' worth of goods.",
    "billion dollars of goods",
    4.2,
    4,
)
spoken(
    "The ministry put the bill for the scheme at one point seven five billion pounds.",
    "billion pounds",
    1.75,
    1.7,
)
spoken(
    "The state will spend twelve point five million euros on the bridge.", "million euros", 12.5, 12
)
spoken(
    "Exports fell by six point nine per cent in the year to June, the bureau said.",
    "percent fall in exports",
    6.9,
    9,
)
spoken(
    "Inflation was running at two point one percent, the governor told listeners.",
    "percent inflation",
    2.1,
    2,
)
spoken("Beijing pledged $2.5 billion in new loans to the port.", "billion dollars in loans", 2.5, 5)
spoken("The levy rises to 15 pc from July, officials said.", "percent levy", 15, 5)
spoken("Growth slowed to 2.4 pc in the March quarter.", "percent growth", 2.4, 4)
spoken("A tariff of 25pc will apply to steel imports.", "percent tariff", 25, 52)
spoken("Sales reached nine point nine million units, the carmaker said.", "million units", 9.9, 9)
# a score read out with a word for nought: the first side's number is the vote's
for text, right, wrong in (
    (
        "The committee approved the nomination by a vote of twenty-two to nothing.",
        ("committee votes in favour", 22),
        ("committee votes against", 22),
    ),
    (
        "Councillors carried the motion 14-nil after a short debate.",
        ("votes in favour", 14),
        ("votes against", 14),
    ),
    (
        "The panel backed the charter nine to nil on Tuesday.",
        ("panel votes for", 9),
        ("panel votes against", 9),
    ),
    (
        "The select committee endorsed the report by eleven votes to none.",
        ("committee votes in favour", 11),
        ("committee votes against", 11),
    ),
):
    count("spoken-number", True, text, right[0], right[1], "the first side of a score read out")
    count("spoken-number", False, text, wrong[0], wrong[1], "the other side had none")
# near-miss: "point" as a noun is no decimal
count(
    "spoken-number",
    True,
    "At one point six hundred protesters blocked the road.",
    "protesters",
    600,
    "'point' is a noun here",
)
count(
    "spoken-number",
    False,
    "At one point six hundred protesters blocked the road.",
    "protesters",
    1.6,
    "no decimal is read out",
)

# review of session 22: two countries' words that share letters, North and South
sides(
    "Vienna freed 7 Australian tourists and Canberra freed 9 Austrian tourists.",
    "Australian tourists freed",
    "Austrian tourists freed",
    7,
)
sides(
    "Abuja released 15 Nigerien soldiers and Niamey released 11 Nigerian soldiers.",
    "Nigerien soldiers released",
    "Nigerian soldiers released",
    15,
)
sides(
    "Bratislava police detained 6 Slovenian fans and Ljubljana held 2 Slovak fans.",
    "Slovenian fans detained",
    "Slovak fans detained",
    6,
)
sides(
    "Seoul sent home three North Korean sailors, and Pyongyang freed five South Korean fishermen.",
    "North Korean sailors sent home",
    "South Korean fishermen freed",
    3,
)
sides(
    "Pyongyang released two South Korean missionaries and Seoul returned six North Korean crew members.",
    "South Korean missionaries released",
    "North Korean crew members returned",
    2,
)
count(
    "side-owner",
    True,
    "Baku released 32 Armenian servicemen and Yerevan freed 2 Azeri soldiers.",
    "Azerbaijani soldiers freed",
    2,
    "Azeri and Azerbaijani are one side",
    kind="events",
)
count(
    "side-owner",
    True,
    "Seoul sent home three North Korean sailors, and Pyongyang freed five South Korean fishermen.",
    "North Korean fishermen sent home",
    3,
    "the same side, another noun",
    kind="events",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
