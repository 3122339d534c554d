# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 60's set of dated heads on a line of their own (``grounding_wh60.jsonl``,
writer wh60; :mod:`summarizer.verification.days.head_lines`), for an event's day:

- ``line``: a round-up's entry under a head on a line of its own ("HALDEN BANK, 3 MARCH",
  "TRELLIS - August", "NORVELL - Thursday, September 11", a wire dateline on its own line),
  the entry's act told with no time of its own: the head's day is the act's; against another
  entry's head, the page's own date, a day the head does not give, an entry that gives its act
  a day of its own ("on Friday", "in 2019"), a report ("the bank said"), a plan ("will
  close"), a label not in capitals over a sentence that names no date;
- ``names``: the entry names a thing whose capitalised words are a verb of telling or a word
  of time ("across the United States", "Consumer Reports", "the Weekend Courier", "Yesterday
  Films"): a name, not a report or a time; against the same words in lower case ("the filing
  states", "reports say", "yesterday") and another entry's head.

Run ``python tests/data/make_wh60_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wh60.jsonl")

built = SupportCases(
    "wh60",
    leads=[
        "The Harbury Ledger | Regulation roundup | 30 November 2026",
        "Payroll Watch briefing, compiled by Dana Okoro, December 2, 2026",
        "FOOTBALL DIARY - The Kelsey Courier - 1 February 2026",
        "Week in review | Pennant Business Wire",
    ],
)
LINE, NAMES = "line", "names"


# --- line ----------------------------------------------------------------------------------
FINES = [
    "Three penalties in a month have kept compliance teams busy.",
    "HALDEN BANK, 3 MARCH\nThe Prudential Authority fined Halden Bank £4.2 million for weak checks on its wealthiest customers. The lender did not contest the penalty.",
    "CORVEN MUTUAL, 19 MARCH\nCorven Mutual was ordered to repay 12,000 savers who had been moved onto a worse rate without notice.",
    "ASHBY CREDIT - April\nThe watchdog barred Ashby Credit from taking on new borrowers until its affordability checks improve.",
]
HALDEN = "The Prudential Authority fined Halden Bank £4.2 million for weak checks on its wealthiest customers."
CORVEN = "Corven Mutual was ordered to repay 12,000 savers who had been moved onto a worse rate without notice."
ASHBY = "The watchdog barred Ashby Credit from taking on new borrowers until its affordability checks improve."
CUTS = [
    "Three employers have trimmed staff this year. Here is where each stands.",
    "PARAGON SOFT - Monday, June 2\nParagon Soft closed its two research sites in Ohio and moved the work to Poland.",
    "BELLWOOD FOODS - Wednesday, July 16\nBellwood Foods shut its bakery in Leeds, with the loss of 340 jobs.",
    "DRAYCOTT - September\nDraycott laid off 600 engineers in its cloud division.",
]
PARAGON = "Paragon Soft closed its two research sites in Ohio and moved the work to Poland."
BELLWOOD = "Bellwood Foods shut its bakery in Leeds, with the loss of 340 jobs."
DRAYCOTT = "Draycott laid off 600 engineers in its cloud division."
CLUBS = [
    "A busy month off the pitch, in brief.",
    "WESTBURY ROVERS, 14 JANUARY\nWestbury Rovers sacked their manager after a run of nine games without a win.",
    "KELSO TOWN, 22 JANUARY\nKelso Town sold their captain to a Dutch club for £3m.",
    "ORMSKIRK ATHLETIC, 29 JANUARY\nOrmskirk Athletic were docked six points for breaching the league's spending rules.",
]
WESTBURY = "Westbury Rovers sacked their manager after a run of nine games without a win."
KELSO = "Kelso Town sold their captain to a Dutch club for £3m."
ORMSKIRK = "Ormskirk Athletic were docked six points for breaching the league's spending rules."
WIRE = [
    "MARLOW CITY, Oct. 8\nThe county council approved a new bus depot on the edge of the town by nine votes to four."
]
DEPOT = "The county council approved a new bus depot on the edge of the town by nine votes to four."
# The entry gives its act a time of its own, or tells it as reported or planned.
OWN_DAY = [
    "Two rulings worth knowing about.",
    "HALDEN BANK, 3 MARCH\nThe Prudential Authority fined Halden Bank £4.2 million on Friday for weak checks on its wealthiest customers.",
    "CORVEN MUTUAL, 19 MARCH\nCorven Mutual was ordered in 2019 to repay 12,000 savers who had been moved onto a worse rate.",
]
REPORTED = [
    "Plant closures this season, in brief.",
    "BELLWOOD FOODS - Wednesday, July 16\nBellwood Foods shut its bakery in Leeds, with the loss of 340 jobs, the company said.",
    "DRAYCOTT - September\nDraycott will close its data centre in Reading, putting 200 jobs at risk.",
]
LOWER = [
    "Halden Bank, 3 March",
    "The Prudential Authority fined Halden Bank £4.2 million for weak checks on its wealthiest customers.",
]
for expect, paragraphs, evidence, when, what, who, why in [
    (
        True,
        FINES,
        ["HALDEN BANK, 3 MARCH", HALDEN],
        "3 March",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the entry's head on its own line",
    ),
    (
        True,
        FINES,
        [HALDEN],
        "3 March",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the entry's head, the sentence alone quoted",
    ),
    (
        True,
        FINES,
        ["CORVEN MUTUAL, 19 MARCH", CORVEN],
        "19 March",
        "Corven Mutual ordered to repay savers",
        "Corven Mutual",
        "the entry's head",
    ),
    (
        True,
        FINES,
        ["ASHBY CREDIT - April", ASHBY],
        "April",
        "Ashby Credit barred from new lending",
        "Ashby Credit",
        "a month head after a dash",
    ),
    (
        True,
        CUTS,
        ["PARAGON SOFT - Monday, June 2", PARAGON],
        "Monday, June 2",
        "Paragon Soft closed two research sites",
        "Paragon Soft",
        "a weekday and date head",
    ),
    (
        True,
        CUTS,
        [PARAGON],
        "June 2",
        "Paragon Soft closed two research sites",
        "Paragon Soft",
        "the head's date without its weekday",
    ),
    (
        True,
        CUTS,
        ["BELLWOOD FOODS - Wednesday, July 16", BELLWOOD],
        "July 16",
        "Bellwood Foods shut its Leeds bakery",
        "Bellwood Foods",
        "a weekday and date head",
    ),
    (
        True,
        CUTS,
        ["DRAYCOTT - September", DRAYCOTT],
        "September",
        "Draycott laid off 600 engineers",
        "Draycott",
        "a month head",
    ),
    (
        True,
        CLUBS,
        ["WESTBURY ROVERS, 14 JANUARY", WESTBURY],
        "14 January",
        "Westbury Rovers sacked their manager",
        "Westbury Rovers",
        "a diary entry's head",
    ),
    (
        True,
        CLUBS,
        ["KELSO TOWN, 22 JANUARY", KELSO],
        "22 January",
        "Kelso Town sold their captain",
        "Kelso Town",
        "a diary entry's head",
    ),
    (
        True,
        CLUBS,
        [ORMSKIRK],
        "29 January",
        "Ormskirk Athletic docked six points",
        "Ormskirk Athletic",
        "a diary entry's head",
    ),
    (
        True,
        WIRE,
        ["MARLOW CITY, Oct. 8", DEPOT],
        "Oct. 8",
        "council approved a bus depot",
        "county council",
        "a dateline on its own line, the act with no time of its own",
    ),
    (
        False,
        FINES,
        ["HALDEN BANK, 3 MARCH", HALDEN],
        "19 March",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the next entry's head",
    ),
    (
        False,
        FINES,
        ["CORVEN MUTUAL, 19 MARCH", CORVEN],
        "3 March",
        "Corven Mutual ordered to repay savers",
        "Corven Mutual",
        "the entry before's head",
    ),
    (
        False,
        FINES,
        ["ASHBY CREDIT - April", ASHBY],
        "4 April",
        "Ashby Credit barred from new lending",
        "Ashby Credit",
        "a day the month head does not give",
    ),
    (
        False,
        FINES,
        [HALDEN],
        "30 November",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the round-up's own date",
    ),
    (
        False,
        CUTS,
        ["PARAGON SOFT - Monday, June 2", PARAGON],
        "Wednesday, July 16",
        "Paragon Soft closed two research sites",
        "Paragon Soft",
        "the next entry's head",
    ),
    (
        False,
        CUTS,
        ["DRAYCOTT - September", DRAYCOTT],
        "July 16",
        "Draycott laid off 600 engineers",
        "Draycott",
        "the entry before's head",
    ),
    (
        False,
        CUTS,
        [BELLWOOD],
        "June 2",
        "Bellwood Foods shut its Leeds bakery",
        "Bellwood Foods",
        "the entry before's head",
    ),
    (
        False,
        CLUBS,
        ["KELSO TOWN, 22 JANUARY", KELSO],
        "29 January",
        "Kelso Town sold their captain",
        "Kelso Town",
        "the next entry's head",
    ),
    (
        False,
        CLUBS,
        ["WESTBURY ROVERS, 14 JANUARY", WESTBURY],
        "1 February",
        "Westbury Rovers sacked their manager",
        "Westbury Rovers",
        "the diary's own date",
    ),
    (
        False,
        OWN_DAY,
        [
            "HALDEN BANK, 3 MARCH",
            "The Prudential Authority fined Halden Bank £4.2 million on Friday for weak checks on its wealthiest customers.",
        ],
        "3 March",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the entry gives the fine a day of its own (Friday)",
    ),
    (
        False,
        OWN_DAY,
        [
            "Corven Mutual was ordered in 2019 to repay 12,000 savers who had been moved onto a worse rate."
        ],
        "19 March",
        "Corven Mutual ordered to repay savers",
        "Corven Mutual",
        "the entry dates the order 2019",
    ),
    (
        False,
        REPORTED,
        ["Bellwood Foods shut its bakery in Leeds, with the loss of 340 jobs, the company said."],
        "July 16",
        "Bellwood Foods shut its Leeds bakery",
        "Bellwood Foods",
        "a report under the head: the head's day may be the saying's",
    ),
    (
        False,
        REPORTED,
        [
            "DRAYCOTT - September",
            "Draycott will close its data centre in Reading, putting 200 jobs at risk.",
        ],
        "September",
        "Draycott closes its Reading data centre",
        "Draycott",
        "a closure to come, not one done that month",
    ),
    (
        False,
        LOWER,
        [LOWER[1]],
        "3 March",
        "Halden Bank fined £4.2 million",
        "Prudential Authority",
        "the date is a paragraph of its own, not a head over the sentence",
    ),
]:
    built.page_event_day(LINE, expect, paragraphs, evidence, when, what, who, why)


# --- names ---------------------------------------------------------------------------------
SHIPPERS = [
    "Freight firms' year so far, entry by entry.",
    "NORVELL, 11 SEPTEMBER\nNorvell cut 2,300 office jobs across the United States and Canada.",
    "HOLBECK - Tuesday, May 6\nHolbeck recalled 40,000 kettles after Consumer Reports found a fault in the lid.",
    "QUAYSIDE, 20 AUGUST\nQuayside sold its stake in the Weekend Courier to a Dublin publisher.",
    "MERIDEN PICTURES - March\nMeriden Pictures bought Yesterday Films, the studio behind two hit dramas.",
    "TALLON, 2 OCTOBER\nTallon won a contract to supply Field Notes, the outdoor magazine, with recycled paper.",
]
NORVELL = "Norvell cut 2,300 office jobs across the United States and Canada."
HOLBECK = "Holbeck recalled 40,000 kettles after Consumer Reports found a fault in the lid."
QUAYSIDE = "Quayside sold its stake in the Weekend Courier to a Dublin publisher."
MERIDEN = "Meriden Pictures bought Yesterday Films, the studio behind two hit dramas."
TALLON = "Tallon won a contract to supply Field Notes, the outdoor magazine, with recycled paper."
LOWER_NAMES = [
    "What the filings showed this autumn.",
    "NORVELL, 11 SEPTEMBER\nNorvell cut 2,300 office jobs, its annual filing states.",
    "QUAYSIDE, 20 AUGUST\nQuayside sold its stake in a Dublin paper, reports say.",
    "MERIDEN PICTURES - March\nMeriden Pictures bought a small studio yesterday.",
    "TALLON, 2 OCTOBER\nTallon won a paper contract, the company announced.",
]
for expect, paragraphs, evidence, when, what, who, why in [
    (
        True,
        SHIPPERS,
        ["NORVELL, 11 SEPTEMBER", NORVELL],
        "11 September",
        "Norvell cut 2,300 jobs",
        "Norvell",
        "'United States' is a name, not 'states'",
    ),
    (
        True,
        SHIPPERS,
        [NORVELL],
        "11 September",
        "Norvell cut 2,300 jobs",
        "Norvell",
        "the sentence alone, 'United States' a name",
    ),
    (
        True,
        SHIPPERS,
        ["HOLBECK - Tuesday, May 6", HOLBECK],
        "Tuesday, May 6",
        "Holbeck recalled 40,000 kettles",
        "Holbeck",
        "'Consumer Reports' is a name, not 'reports'",
    ),
    (
        True,
        SHIPPERS,
        [HOLBECK],
        "May 6",
        "Holbeck recalled 40,000 kettles",
        "Holbeck",
        "'Consumer Reports' is a name",
    ),
    (
        True,
        SHIPPERS,
        ["QUAYSIDE, 20 AUGUST", QUAYSIDE],
        "20 August",
        "Quayside sold its stake in a newspaper",
        "Quayside",
        "'Weekend Courier' is a name, not a time",
    ),
    (
        True,
        SHIPPERS,
        [QUAYSIDE],
        "20 August",
        "Quayside sold its stake in a newspaper",
        "Quayside",
        "'Weekend Courier' is a name",
    ),
    (
        True,
        SHIPPERS,
        ["MERIDEN PICTURES - March", MERIDEN],
        "March",
        "Meriden Pictures bought a studio",
        "Meriden Pictures",
        "'Yesterday Films' is a name, not a time",
    ),
    (
        True,
        SHIPPERS,
        [MERIDEN],
        "March",
        "Meriden Pictures bought a studio",
        "Meriden Pictures",
        "'Yesterday Films' is a name",
    ),
    (
        True,
        SHIPPERS,
        ["TALLON, 2 OCTOBER", TALLON],
        "2 October",
        "Tallon won a paper contract",
        "Tallon",
        "'Field Notes' is a name, not 'notes'",
    ),
    (
        True,
        SHIPPERS,
        [TALLON],
        "2 October",
        "Tallon won a paper contract",
        "Tallon",
        "'Field Notes' is a name",
    ),
    (
        False,
        SHIPPERS,
        ["NORVELL, 11 SEPTEMBER", NORVELL],
        "6 May",
        "Norvell cut 2,300 jobs",
        "Norvell",
        "the next entry's head",
    ),
    (
        False,
        SHIPPERS,
        [HOLBECK],
        "11 September",
        "Holbeck recalled 40,000 kettles",
        "Holbeck",
        "the entry before's head",
    ),
    (
        False,
        SHIPPERS,
        [QUAYSIDE],
        "2 October",
        "Quayside sold its stake in a newspaper",
        "Quayside",
        "another entry's head",
    ),
    (
        False,
        SHIPPERS,
        [MERIDEN],
        "20 August",
        "Meriden Pictures bought a studio",
        "Meriden Pictures",
        "the entry before's head",
    ),
    (
        False,
        SHIPPERS,
        [TALLON],
        "March",
        "Tallon won a paper contract",
        "Tallon",
        "the entry before's head",
    ),
    (
        False,
        LOWER_NAMES,
        ["Norvell cut 2,300 office jobs, its annual filing states."],
        "11 September",
        "Norvell cut 2,300 jobs",
        "Norvell",
        "'states' a verb: the head's day may be the filing's",
    ),
    (
        False,
        LOWER_NAMES,
        ["Quayside sold its stake in a Dublin paper, reports say."],
        "20 August",
        "Quayside sold its stake in a newspaper",
        "Quayside",
        "'reports say': news of the sale",
    ),
    (
        False,
        LOWER_NAMES,
        ["Meriden Pictures bought a small studio yesterday."],
        "March",
        "Meriden Pictures bought a studio",
        "Meriden Pictures",
        "'yesterday' gives the act its own day",
    ),
    (
        False,
        LOWER_NAMES,
        ["Tallon won a paper contract, the company announced."],
        "2 October",
        "Tallon won a paper contract",
        "Tallon",
        "an announcement under the head",
    ),
    (
        False,
        LOWER_NAMES,
        ["Norvell cut 2,300 office jobs, its annual filing states."],
        "20 August",
        "Norvell cut 2,300 jobs",
        "Norvell",
        "the next entry's head",
    ),
]:
    built.page_event_day(NAMES, expect, paragraphs, evidence, when, what, who, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
