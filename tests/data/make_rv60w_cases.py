# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 60's review set of dated heads on a line of their own
(``grounding_rv60w.jsonl``, review rv60w of wh60; :mod:`summarizer.verification.days.head_lines`),
for an event's day:

- ``caps``: an entry whose capitalised words are a name's ("Consumer Reports", "the Small
  Claims Tribunal", "Value Added Tax", "the Estimates Committee") under its dated head passes;
  an entry written in capitals or title case ("REGULATOR SAYS ...", "Rovers Sack Manager,
  Club Confirms", "... Earlier This Week") is a report or tells its own time: refused;
- ``stamps``: heads on a line of their own in many outlets' shapes ("ST. HELENS, 9 May",
  "O'BRIEN & SONS - 12 May", "KESTREL AIR - Thursday, 14 May" (an en dash), "RIVERTON, N.J., May 9") date
  their entry; a line that stamps the page or another text ("UPDATED, 4 March 2026", a byline
  with its date, "CORRECTION, 5 March", "LETTERS - 6 March", "EMBARGOED - 2 March") is no day
  of the entry's act;
- ``above``: the entry's sentence quoted alone reads the head on the line right above it; not
  a head above another line of the entry, a head a blank line above, a head below, a label
  line whose date is in the line under it, a head of another entry.

Run ``python tests/data/make_rv60w_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60w.jsonl")

built = SupportCases(
    "rv60w",
    leads=[
        "The Fenmoor Gazette | Business digest | 6 December 2026",
        "Compliance Weekly - issue 212 - compiled by Oren Blake",
        "SPORT IN BRIEF | The Wrexley Star",
        "Ledgerline newsletter, December 2026",
        "Around the region, from the Tamsworth Echo newsroom",
    ],
)
CAPS, STAMPS, ABOVE = "caps", "stamps", "above"


def entry(
    category: str,
    expect: bool,
    head: str,
    sentence: str,
    when: str,
    description: str,
    actor: str,
    why: str,
    *,
    quote_head: bool = False,
) -> None:
    """One entry ("head\\nsentence") between an opening line and another dated entry; the
    sentence quoted alone, or with its head."""
    paragraphs = [
        "A short round of the month's news, entry by entry.",
        f"{head}\n{sentence}",
        "GLENMORE HOLDINGS, 27 OCTOBER\nGlenmore Holdings agreed to sell its two hotels in Carlisle.",
    ]
    evidence = [head, sentence] if quote_head else [sentence]
    built.page_event_day(category, expect, paragraphs, evidence, when, description, actor, why)


# --- caps: a name's capitals pass; a report or a time in capitals fails -------------------
for expect, head, sentence, when, what, who, why in [
    (
        True,
        "HALDEN APPLIANCES, 3 MARCH",
        "Consumer Reports named the Halden kettle its best buy of the year.",
        "3 March",
        "Consumer Reports named the Halden kettle best buy",
        "Consumer Reports",
        "a magazine's name, not a report",
    ),
    (
        True,
        "CORVEN MUTUAL, 19 MARCH",
        "The Small Claims Tribunal ordered Corven Mutual to repay 300 savers.",
        "19 March",
        "tribunal ordered Corven Mutual to repay savers",
        "Small Claims Tribunal",
        "a tribunal's name, not a claim",
    ),
    (
        True,
        "ASHBY TRADING - 11 April",
        "Ashby Trading was fined for charging Value Added Tax on exempt school uniforms.",
        "11 April",
        "Ashby Trading fined over VAT",
        "Ashby Trading",
        "'Value Added Tax' is no verb of telling",
    ),
    (
        True,
        "TREASURY, 2 May",
        "The Estimates Committee approved the department's spending plan without a vote.",
        "2 May",
        "committee approved spending plan",
        "Estimates Committee",
        "a committee's name, not an estimate",
    ),
    (
        True,
        "OXFORD, 14 June",
        "The Said Business School opened its new wing on Park End Street.",
        "14 June",
        "business school opened new wing",
        "Said Business School",
        "a school's name, not 'said'",
    ),
    (
        True,
        "MAKE BELIEVE TOYS - 9 July",
        "Make Believe Toys recalled 40,000 wooden trains over a choking risk.",
        "9 July",
        "toy maker recalled wooden trains",
        "Make Believe Toys",
        "a firm's name, not 'believe'",
    ),
    (
        True,
        "FERRY LINES, 21 AUGUST",
        "Overnight Freight Ltd bought the Holyhead ferry operator for £18m.",
        "21 August",
        "Overnight Freight bought ferry operator",
        "Overnight Freight Ltd",
        "a firm's name, not a time",
    ),
    (
        True,
        "HARROGATE, 30 August",
        "The Northern Flower Shows trust sold its showground to the council.",
        "30 August",
        "trust sold its showground",
        "Northern Flower Shows",
        "a trust's name, not 'shows'",
    ),
    (
        True,
        "PRESS, 5 September",
        "The owner of the Weekend Gazette closed its print plant in Dundee.",
        "5 September",
        "Weekend Gazette owner closed print plant",
        "Weekend Gazette",
        "a paper's name, not a time",
    ),
    (
        True,
        "SOFTWARE, 17 September",
        "Lantern Games published the Patch Notes archive of its old titles free online.",
        "17 September",
        "Lantern Games published its archive",
        "Lantern Games",
        "a title's name, not 'notes'",
    ),
    (
        True,
        "RETAIL - Tuesday, October 6",
        "Shoppers Revealed, the consumer panel, was bought by Marlin Data.",
        "October 6",
        "Marlin Data bought consumer panel",
        "Marlin Data",
        "a panel's name, not 'revealed'",
    ),
    (
        True,
        "ACCOUNTS, 12 October",
        "The Public Accounts Committee of the United States Chamber of Shipping cleared its auditor.",
        "12 October",
        "committee cleared its auditor",
        "Public Accounts Committee",
        "'United States' is no verb",
    ),
    (
        False,
        "HALDEN BANK, 3 MARCH",
        "REGULATOR SAYS HALDEN BANK PAID £4.2M FINE",
        "3 March",
        "Halden Bank paid fine",
        "Halden Bank",
        "in capitals, a report: the head's day is the saying's",
    ),
    (
        False,
        "HALDEN BANK, 3 MARCH",
        "Halden Bank Fined £4.2m, Regulator Says",
        "3 March",
        "Halden Bank fined",
        "regulator",
        "in title case, a report",
    ),
    (
        False,
        "WESTBURY ROVERS, 14 JANUARY",
        "Westbury Rovers Sack Manager, Club Confirms",
        "14 January",
        "Westbury Rovers sacked their manager",
        "Westbury Rovers",
        "title case, a confirmation",
    ),
    (
        False,
        "KELSO TOWN, 22 JANUARY",
        "KELSO TOWN SOLD THEIR CAPTAIN TO A DUTCH CLUB YESTERDAY",
        "22 January",
        "Kelso Town sold their captain",
        "Kelso Town",
        "capitals: 'YESTERDAY' gives the act its own day",
    ),
    (
        False,
        "ORMSKIRK ATHLETIC, 29 JANUARY",
        "Ormskirk Athletic Were Docked Six Points Earlier This Season",
        "29 January",
        "Ormskirk Athletic docked six points",
        "Ormskirk Athletic",
        "title case: an earlier act",
    ),
    (
        False,
        "BELLWOOD FOODS - Wednesday, July 16",
        "BELLWOOD FOODS SHUT ITS LEEDS BAKERY OVERNIGHT, UNION SAYS",
        "July 16",
        "Bellwood Foods shut Leeds bakery",
        "Bellwood Foods",
        "capitals: a report and a time of its own",
    ),
    (
        False,
        "MARLOW CITY, Oct. 8",
        "Council Approves Bus Depot, Officials Announced",
        "Oct. 8",
        "council approved bus depot",
        "county council",
        "title case: an announcement",
    ),
    (
        False,
        "DRAYCOTT - September",
        "Draycott Laid Off 600 Engineers, According To Staff",
        "September",
        "Draycott laid off engineers",
        "Draycott",
        "title case: told by others",
    ),
    (
        False,
        "PARAGON SOFT - Monday, June 2",
        "PARAGON SOFT CLOSED TWO OHIO SITES, FILINGS SHOW",
        "June 2",
        "Paragon Soft closed two sites",
        "Paragon Soft",
        "capitals: figures shown",
    ),
    (
        False,
        "TRELLIS, 4 AUGUST",
        "Trellis Cut 90 Jobs Over The Weekend - Reports",
        "4 August",
        "Trellis cut 90 jobs",
        "Trellis",
        "title case: a weekend of its own, and reports",
    ),
    (
        False,
        "NORVELL, 20 AUGUST",
        "NORVELL ADMITTED IT HAD MISSOLD 2,000 PENSIONS",
        "20 August",
        "Norvell missold pensions",
        "Norvell",
        "capitals: an admission, the act before it",
    ),
    (
        False,
        "HALVERSON, 2 JUNE",
        "Halverson Closed Its Plant Two Weeks Ago",
        "2 June",
        "Halverson closed its plant",
        "Halverson",
        "title case: 'two weeks ago' dates the act",
    ),
]:
    entry(CAPS, expect, head, sentence, when, what, who, why, quote_head=True)

# --- stamps: heads in many shapes pass; a stamp of the page or another text fails ---------
for expect, head, sentence, when, what, who, why in [
    (
        True,
        "ST. HELENS, 9 May",
        "The borough council sold its stake in the town's glassworks.",
        "9 May",
        "council sold glassworks stake",
        "borough council",
        "a place with a full stop",
    ),
    (
        True,
        "O'BRIEN & SONS - 12 May",
        "O'Brien & Sons won the contract to rebuild the harbour wall.",
        "12 May",
        "O'Brien & Sons won harbour contract",
        "O'Brien & Sons",
        "an apostrophe and an ampersand",
    ),
    (
        True,
        "KESTREL AIR \u2013 Thursday, 14 May",
        "Kestrel Air grounded its three oldest turboprops.",
        "14 May",
        "Kestrel Air grounded turboprops",
        "Kestrel Air",
        "an en dash and a weekday",
    ),
    (
        True,
        "KESTREL AIR — 14 May",
        "Kestrel Air grounded its three oldest turboprops.",
        "14 May",
        "Kestrel Air grounded turboprops",
        "Kestrel Air",
        "an em dash",
    ),
    (
        True,
        "RIVERTON, N.J., May 9",
        "The school board dismissed its superintendent by five votes to two.",
        "May 9",
        "board dismissed superintendent",
        "school board",
        "a place and its state",
    ),
    (
        True,
        "GRANTHAM, Nov. 4 (Wire)",
        "Fenwick Rail bought the town's old goods yard for housing.",
        "Nov. 4",
        "Fenwick Rail bought goods yard",
        "Fenwick Rail",
        "a wire credit in brackets",
    ),
    (
        True,
        "US/CANADA - Sept. 12",
        "Harlow Paper shut its mill in Ontario.",
        "Sept. 12",
        "Harlow Paper shut Ontario mill",
        "Harlow Paper",
        "a slash in the label",
    ),
    (
        True,
        "PORT TALBOT, 14th May",
        "Talbot Steel relit its second blast furnace.",
        "14 May",
        "Talbot Steel relit furnace",
        "Talbot Steel",
        "an ordinal day",
    ),
    (
        True,
        "LIDCOMBE, May 14th",
        "The hospital trust opened a new cancer ward.",
        "May 14",
        "trust opened cancer ward",
        "hospital trust",
        "an ordinal after the month",
    ),
    (
        True,
        "NEW ZEALAND, Tuesday, 5 May",
        "The central bank cut its main rate to 3.25%.",
        "5 May",
        "central bank cut rate",
        "central bank",
        "a country, a weekday and a date",
    ),
    (
        True,
        "HARLOW, 6 May   ",
        "The council approved the new leisure centre.",
        "6 May",
        "council approved leisure centre",
        "council",
        "spaces after the head",
    ),
    (
        True,
        "MERCIA WATER, 2 JUNE",
        "Mercia Water was fined £900,000 for a sewage spill into the Avon.",
        "2 June",
        "Mercia Water fined",
        "Mercia Water",
        "a firm's head in capitals",
    ),
    (
        False,
        "UPDATED, 4 March 2026",
        "The regulator fined Halden Bank £4.2 million for weak checks.",
        "4 March",
        "Halden Bank fined",
        "regulator",
        "the page's update stamp, not the fine's day",
    ),
    (
        False,
        "LAST UPDATED - Tuesday, March 3",
        "Halden Bank paid its fine in full.",
        "March 3",
        "Halden Bank paid fine",
        "Halden Bank",
        "the page's update stamp",
    ),
    (
        False,
        "POSTED, 9 May",
        "Kestrel Air grounded its three oldest turboprops.",
        "9 May",
        "Kestrel Air grounded turboprops",
        "Kestrel Air",
        "the posting stamp",
    ),
    (
        False,
        "PUBLISHED - 12 June",
        "Mercia Water was fined £900,000 for a sewage spill into the Avon.",
        "12 June",
        "Mercia Water fined",
        "Mercia Water",
        "the publishing stamp",
    ),
    (
        False,
        "CORRECTION, 5 March",
        "Halden Bank's fine was £4.2 million, not £2.4 million as first printed.",
        "5 March",
        "Halden Bank fined",
        "Halden Bank",
        "the correction's day, not the fine's",
    ),
    (
        False,
        "LETTERS - 6 March",
        "Sir, the fine imposed on Halden Bank was far too small for a lender of its size.",
        "6 March",
        "Halden Bank fined",
        "Halden Bank",
        "a letter's day",
    ),
    (
        False,
        "EMBARGOED - 2 March",
        "Halden Bank has agreed to pay a £4.2 million penalty to the regulator.",
        "2 March",
        "Halden Bank agreed to pay penalty",
        "Halden Bank",
        "the release's embargo, not the act's day",
    ),
    (
        False,
        "FILED, 8 April",
        "The school board dismissed its superintendent by five votes to two.",
        "8 April",
        "board dismissed superintendent",
        "school board",
        "the filing stamp",
    ),
    (
        False,
        "ISSUE 212, 7 December",
        "Corven Mutual repaid 12,000 savers moved onto a worse rate.",
        "7 December",
        "Corven Mutual repaid savers",
        "Corven Mutual",
        "the newsletter issue's date",
    ),
    (
        False,
        "AMENDED, 10 May",
        "Talbot Steel relit its second blast furnace.",
        "10 May",
        "Talbot Steel relit furnace",
        "Talbot Steel",
        "the amendment stamp",
    ),
    (
        False,
        "PRINT EDITION - Thursday, May 14",
        "The hospital trust opened a new cancer ward.",
        "May 14",
        "trust opened cancer ward",
        "hospital trust",
        "the print edition's date",
    ),
    (
        False,
        "REVISED, 2 June",
        "Mercia Water was fined £900,000 for a sewage spill into the Avon.",
        "2 June",
        "Mercia Water fined",
        "Mercia Water",
        "the revision stamp",
    ),
]:
    entry(STAMPS, expect, head, sentence, when, what, who, why)

# --- above: the head right above the quoted sentence, and look-alikes ---------------------
HEADED = [
    "Weekly enforcement notes.",
    "HALDEN BANK, 3 MARCH\nThe Prudential Authority fined Halden Bank £4.2 million.\nHalden Bank did not appeal.",
    "CORVEN MUTUAL, 19 MARCH\nCorven Mutual was ordered to repay 12,000 savers.",
]
AFTER = [
    "The Prudential Authority fined Halden Bank £4.2 million.\nHALDEN BANK, 3 MARCH",
    "Corven Mutual was ordered to repay 12,000 savers.",
]
GAP = [
    "HALDEN BANK, 3 MARCH",
    "The Prudential Authority fined Halden Bank £4.2 million.",
]
LABEL = [
    "HALDEN BANK\n3 March 2026 - notes from the desk",
    "The Prudential Authority fined Halden Bank £4.2 million.",
]
LIST = [
    "Fines this quarter:",
    "HALDEN BANK, 3 MARCH\nThe Prudential Authority fined Halden Bank £4.2 million.",
    "* The Prudential Authority fined Corven Mutual £1.1 million.",
]
FINE = "The Prudential Authority fined Halden Bank £4.2 million."
LENDER = "Halden Bank did not appeal."
REPAY = "Corven Mutual was ordered to repay 12,000 savers."
for expect, paragraphs, evidence, when, what, who, why in [
    (
        True,
        HEADED,
        [FINE],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "the head on the line right above",
    ),
    (
        True,
        HEADED,
        [REPAY],
        "19 March",
        "Corven Mutual ordered to repay savers",
        "Corven Mutual",
        "the second entry's head above",
    ),
    (
        True,
        HEADED,
        [FINE, LENDER],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "the first sentence and the next, the head above the first",
    ),
    (
        True,
        HEADED,
        ["HALDEN BANK, 3 MARCH", FINE],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "head and sentence quoted",
    ),
    (
        True,
        [
            "Deals, in short.",
            "TALLON PAPER, 2 OCTOBER\nTallon Paper won a five-year supply contract with a German printer.",
        ],
        ["Tallon Paper won a five-year supply contract with a German printer."],
        "2 October",
        "Tallon Paper won supply contract",
        "Tallon Paper",
        "a single entry",
    ),
    (
        True,
        [
            "Closures.",
            "BELLWOOD FOODS - Wednesday, July 16\nBellwood Foods shut its bakery in Leeds.",
        ],
        ["Bellwood Foods shut its bakery in Leeds."],
        "July 16",
        "Bellwood Foods shut Leeds bakery",
        "Bellwood Foods",
        "a weekday head above",
    ),
    (
        True,
        [
            "Appointments.",
            "NORTHGATE COUNCIL - June\nNorthgate Council appointed Rhea Cole as chief executive.",
        ],
        ["Northgate Council appointed Rhea Cole as chief executive."],
        "June",
        "council appointed chief executive",
        "Northgate Council",
        "a month head above",
    ),
    (
        True,
        ["Stadiums.", "WREXLEY, 11 APRIL (Staff)\nWrexley FC opened its new south stand."],
        ["Wrexley FC opened its new south stand."],
        "11 April",
        "Wrexley FC opened south stand",
        "Wrexley FC",
        "a bracketed credit on the head",
    ),
    (
        True,
        ["Recalls.", "HOMEWARE - 8 May\nLumina Home recalled 3,000 lamps."],
        ["Lumina Home recalled 3,000 lamps."],
        "8 May",
        "Lumina Home recalled lamps",
        "Lumina Home",
        "a sector head",
    ),
    (
        True,
        ["Energy.", "NORTH SEA, 23 JULY\nBrenton Energy shut the Kittiwake platform for repairs."],
        ["Brenton Energy shut the Kittiwake platform for repairs."],
        "23 July",
        "Brenton Energy shut platform",
        "Brenton Energy",
        "a sea's name head",
    ),
    (
        False,
        HEADED,
        [LENDER],
        "3 March",
        "Halden Bank did not appeal",
        "Halden Bank",
        "the entry's second line, the head above another",
    ),
    (
        False,
        AFTER,
        [FINE],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "the head is below the sentence",
    ),
    (
        False,
        GAP,
        [FINE],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "a blank line between head and sentence",
    ),
    (
        False,
        LABEL,
        [FINE],
        "3 March",
        "Halden Bank fined",
        "Prudential Authority",
        "a date line of its own in another paragraph",
    ),
    (
        False,
        LIST,
        ["The Prudential Authority fined Corven Mutual £1.1 million."],
        "3 March",
        "Corven Mutual fined",
        "Prudential Authority",
        "another paragraph's head",
    ),
    (
        False,
        HEADED,
        [REPAY],
        "3 March",
        "Corven Mutual ordered to repay savers",
        "Corven Mutual",
        "the entry before's head",
    ),
    (
        False,
        HEADED,
        [FINE],
        "19 March",
        "Halden Bank fined",
        "Prudential Authority",
        "the next entry's head",
    ),
    (
        False,
        [
            "Deals, in short.",
            "TALLON PAPER, 2 OCTOBER\nTallon Paper said it won a supply contract with a German printer.",
        ],
        ["Tallon Paper said it won a supply contract with a German printer."],
        "2 October",
        "Tallon Paper won supply contract",
        "Tallon Paper",
        "a report under the head",
    ),
    (
        False,
        [
            "Closures.",
            "BELLWOOD FOODS - Wednesday, July 16\nBellwood Foods shut its bakery in Leeds last month.",
        ],
        ["Bellwood Foods shut its bakery in Leeds last month."],
        "July 16",
        "Bellwood Foods shut Leeds bakery",
        "Bellwood Foods",
        "the act's own time",
    ),
    (
        False,
        [
            "Appointments.",
            "NORTHGATE COUNCIL - June\nNorthgate Council is expected to appoint Rhea Cole as chief executive.",
        ],
        ["Northgate Council is expected to appoint Rhea Cole as chief executive."],
        "June",
        "council appointed chief executive",
        "Northgate Council",
        "an expected act",
    ),
    (
        False,
        ["Stadiums.", "WREXLEY, 11 APRIL\nWrexley FC will open its new south stand."],
        ["Wrexley FC will open its new south stand."],
        "11 April",
        "Wrexley FC opened south stand",
        "Wrexley FC",
        "a stand to open, not opened that day",
    ),
    (
        False,
        [
            "Recalls.",
            "HOMEWARE - 8 May\nLumina Home recalled 3,000 lamps.",
            "KITCHENS - 9 May\nOrla Kitchens recalled 500 kettles.",
        ],
        ["Orla Kitchens recalled 500 kettles."],
        "8 May",
        "Orla Kitchens recalled kettles",
        "Orla Kitchens",
        "the head of the entry before",
    ),
]:
    built.page_event_day(ABOVE, expect, paragraphs, evidence, when, what, who, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
