# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the fixnumbers set (``grounding_fixnumbers.jsonl``): numbers an outside review of
session 14's number rules found read in the wrong role, by category, each with what must pass
and what must fail:

- ``all-voted``: "all N ..." is one side of a vote when a side's verb follows in its clause
  or a side's noun stands before it ("all 19 members voted to advance it", "backed by all 47
  Democrats") (:mod:`summarizer.verification.counts.vote_groups`); a body's size ("all 100 senators
  were present", "all 100 senators voted on it", "of all 27 states") stays unsupported;
- ``matched-rate``: a rate a measure matches, mirrors, equals or aligns with is its new rate, and a
  rate in place on other goods than the new rate is another measure's own
  (:mod:`summarizer.verification.counts.old_rates`); rates in place before a change stay
  unsupported;
- ``frequency``: a length after "every" or "each", "twice a week", "N days per ..." is how
  often, not how long (:mod:`summarizer.verification.counts.durations`): unsupported as a truce's
  length; a truce's own length beside such an interval passes;
- ``list-added``: a total word marks only its own number ("now counts 342 ships after 40 were
  added": 40 is the number added), and a list's total is the people or entities listed when
  the sentence gives no number added and the count asks for none added
  (:mod:`summarizer.verification.counts.list_counts`);
- ``threshold-met``: a threshold restated as the votes won ("needed 218 and got 218") backs
  the yes votes; a threshold named as a subject with a copula ("the threshold for adoption
  was 55 votes", "the hurdle is 67 votes") is unsupported as the yes votes
  (:mod:`summarizer.verification.counts.thresholds`);
- ``other-length``: a hyphen-joined length of another noun ("a 15-day review", "a 14-day
  curfew") or a pause on something that is no fighting ("a 120-day moratorium on
  foreclosures") is no truce's length (unsupported); "the truce lasted five days before
  ..." is a length (:mod:`summarizer.verification.counts.truce_lengths`,
  :mod:`summarizer.verification.counts.amounts`);
- ``aid-speaker``: a humanitarian word that names who reacts to or reports a truce ("aid
  agencies welcomed the truce") is no humanitarian truce: a plain truce then draws an
  *unsupported* flag (``tier`` cases); a truce for aid to get in passes
  (:mod:`summarizer.verification.events.truce_kinds`).

Run ``python tests/data/make_fixnumbers_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public bodies in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fixnumbers.jsonl")

built = SupportCases("fixnumbers")


# Each kind of case has a page of its own: a sentence between a headline and a closing line.
VOTES = (
    "Vote count\n\nCAPITOL HILL (Hill Ledger) - {sentence}\n\nThe bill now goes to conference.\n"
)
TARIFFS = "Tariff moves\n\n{sentence}\n\nExporters said they were studying the details.\n"
TRUCES = "Ceasefire update\n\nGOMA, Congo (Lakes Wire) -- {sentence}\n\nDisplaced families waited for news.\n"
LISTS = "Sanctions list grows\n\n{sentence}\n\n(Reporting by Ines Valdor; editing by Tomas Reyk)\n"
vote = partial(built.counted, text=VOTES)
rate = partial(built.tariff, "matched-rate", instrument="executive_action", text=TARIFFS)
length = partial(built.length, text=TRUCES)
listed = partial(built.counted, "list-added", instrument="bloc_package", text=LISTS)


def kind(expect: bool, sentence: str, why: str) -> None:
    """A truce of kind humanitarian backed by ``sentence``: a must-pass case is supported, a
    must-fail one must draw an *unsupported* flag (``tier``)."""
    text = f"Truce\n\nKHARTOUM - {sentence}\n\nNo casualty figures were given.\n"
    fact = {"kind": "humanitarian", "evidence": [sentence]}
    built.add(
        "aid-speaker", expect, f"humanitarian: {why}", text, {"ceasefires": [fact]},
        "ceasefires[0].kind", check="support" if expect else "tier",
    )  # fmt: skip


# fmt: off
# --- all-voted ---------------------------------------------------------------------------
A = "all-voted"
vote(A, True, "All 53 Republican senators voted for the nomination package on Wednesday.", "votes in favour", 53, "all 53 voted for it")
vote(A, True, "The amendment passed with the backing of all 47 Democrats and 12 Republicans.", "Democratic votes in favour", 47, "backing of all 47 Democrats")
vote(A, True, "All 27 ambassadors voted in favour of the sanctions package.", "votes in favour", 27, "all 27 voted in favour")
vote(A, True, "All 435 representatives voted yes on the stopgap bill, a first in decades.", "votes in favour", 435, "all 435 voted yes")
vote(A, True, "The motion was opposed by all 48 Labour members present.", "Labour votes against", 48, "opposed by all 48")
vote(A, True, "All 19 committee members voted to advance the bill.", "committee votes in favour", 19, "all 19 voted to advance it")
vote(A, True, "All 12 members of the panel voted for the resolution, the chairwoman said.", "votes in favour", 12, "all 12 members voted for it")
vote(A, True, "All 100 senators voted against the disapproval resolution.", "votes against", 100, "all 100 voted against")
vote(A, True, "The treaty was approved, backed by all 15 Green deputies.", "Green votes in favour", 15, "backed by all 15")
vote(A, True, "With the support of all 31 Republican senators, the measure cleared a procedural hurdle.", "Republican votes in favour", 31, "support of all 31 Republican senators")
vote(A, True, "All 27 member states endorsed the package at the envoys' meeting.", "member states supporting", 27, "all 27 endorsed it (as before)")
vote(A, False, "All 100 senators were in the chamber when the vote was called; 61 voted yes.", "votes in favour", 100, "the senators present (unsupported)")
vote(A, False, "All 435 House members are up for re-election, and 219 backed the bill.", "votes in favour", 435, "the House's size; the side is after a comma (unsupported)")
vote(A, False, "Of all 27 member states, 25 voted for the measure.", "member states voting in favour", 27, "of all 27: the whole (unsupported)")
vote(A, False, "All 100 senators voted on the measure, which passed 58-42.", "votes in favour", 100, "voted on it: took part, no side (unsupported)")
vote(A, False, "All 650 MPs were summoned back; the bill passed by 320 votes to 280.", "votes in favour", 650, "the Commons' size (unsupported)")
vote(A, False, "All 48 Labour members took part in the division, and 40 voted against.", "Labour votes against", 48, "the members taking part (unsupported)")
vote(A, False, "All 19 members of the panel were present for the 12-7 vote.", "committee votes in favour", 19, "the panel's size (unsupported)")
vote(A, False, "The Senate's 100 members voted 68-32 to confirm her.", "votes in favour", 100, "the chamber's size (unsupported)")
vote(A, False, "All 100 senators voted for the measure.", "votes against", 100, "all 100 voted for it, not against (unsupported)")
vote(A, False, "With all 53 Republicans present, the bill passed 51-49.", "Republican votes in favour", 53, "the Republicans present (unsupported)")
vote(A, False, "All 47 Democrats attended the session before the 62-38 vote.", "Democratic votes in favour", 47, "the Democrats attending (unsupported)")

# --- matched-rate ------------------------------------------------------------------------
MIRROR = "Mexico plans to mirror Washington's current 30% duty on Chinese cars, up from 15%."
EQUAL = "The bloc will equal the present 20 per cent tariff that Britain charges, up from 12 per cent."
MATCHING = "Seoul's new levy, matching the existing 18 percent U.S. rate, replaces a 6 percent charge."
ALIGN = "Duties on Japanese steel would be raised from 5% to align with the current 15% tariff charged by Japan."
IN_LINE = "Canberra will bring its tariff in line with today's 12.5 percent rate, up from 4 percent."
COPIES = "The decree copies the existing 35 percent duty Turkey imposes, lifting Egypt's rate from 20 percent."
TRUCKS = "The current 40 percent duty on imported trucks, in force since 2021, will sit alongside a new 15 percent levy on tyres."
WINE = "The existing 10% tariff on wine stays, and a new 25% tariff on spirits starts in June."
SUGAR = "The current 50 percent tariff on sugar remains, while a new 20 percent duty on cocoa takes effect."
REPLICATE = "Brasilia will replicate the current 28% levy on dairy charged by Buenos Aires, up from 14%."
rate(True, MIRROR, 30, "the rate it mirrors is its new rate")
rate(True, EQUAL, 20, "the rate it equals is its new rate")
rate(True, MATCHING, 18, "the rate its new levy matches")
rate(True, ALIGN, 15, "the rate it aligns with")
rate(True, IN_LINE, 12.5, "in line with today's rate")
rate(True, COPIES, 35, "the duty it copies")
rate(True, TRUCKS, 40, "a rate in place on other goods: another measure's own")
rate(True, WINE, 10, "the wine tariff stays; the new one is on spirits")
rate(True, SUGAR, 50, "the sugar tariff remains; the new one is on cocoa")
rate(True, REPLICATE, 28, "the levy it replicates")
rate(True, "The plan would lift the duty to 45 percent, up from 20 percent, to match the rate Mexico charges.", 45, "the new rate, as before")
rate(False, MIRROR, 15, "its own rate before (unsupported)")
rate(False, EQUAL, 12, "the rate before (unsupported)")
rate(False, MATCHING, 6, "the charge it replaces (unsupported)")
rate(False, "The levy would rise to 40 percent, up from the existing 22 percent, which matched the EU's rate.", 22, "the existing rate; the matching is its own (unsupported)")
rate(False, "The current 40 percent duty on trucks would climb to 60 percent under the plan.", 40, "the rate before, goods named once (unsupported)")
rate(False, "The plan would add a 15 percent duty on top of the existing 5 percent levy on steel.", 5, "on top of is no goods (unsupported)")
rate(False, "Paris wants to match Berlin's plan: the current 12% duty would become 30%.", 12, "the match is in another clause (unsupported)")
rate(False, "Rates currently stand at 10 percent, matching Japan's, and the bill would raise them to 25 percent.", 10, "the rate now (unsupported)")
rate(False, "Replacing the existing 9% levy, the new tariff equals Canada's 21%.", 9, "the levy replaced (unsupported)")
rate(False, "The duty on bicycles, now 11 percent, would be raised to 33 percent to match the Indian rate.", 11, "the rate now (unsupported)")
rate(False, "The existing 25 percent tariff on cars would rise to 50 percent on Monday.", 25, "Monday is no goods (unsupported)")

# --- frequency ---------------------------------------------------------------------------
F = "frequency"
length(F, True, "The ceasefire is to last 14 days, with monitors filing reports every week.", 14, "the truce's length; the reports are weekly")
length(F, True, "Both militias agreed to a two-week truce that will be reviewed each day.", 14, "a two-week truce")
length(F, True, "The pause will run for seven days and be checked twice a day by observers.", 7, "seven days")
length(F, True, "A 10-day truce began at dawn; envoys will meet every two days to assess it.", 10, "a 10-day truce")
length(F, True, "The truce held for 21 days even as each side logged violations daily.", 21, "held for 21 days")
length(F, True, "The ceasefire will last a fortnight, and prisoner swaps will take place every Sunday.", 14, "a fortnight")
length(F, True, "Officials said the 30-day truce could be extended every month by mutual consent.", 30, "a 30-day truce")
length(F, True, "A three-week ceasefire took hold, with aid convoys allowed in once a day.", 21, "three weeks")
length(F, True, "The truce is set to last 48 hours, during which convoys will move every six hours.", 2, "48 hours")
length(F, True, "The sides settled on a 90-day ceasefire, to be reviewed once a month.", 90, "a 90-day ceasefire")
length(F, True, "The ceasefire, which began on May 2, lasted 12 days before each side blamed the other.", 12, "lasted 12 days before")
length(F, False, "Under the truce, a joint commission is to meet every two weeks.", 14, "how often it meets (unsupported)")
length(F, False, "Under the truce, prisoners will be exchanged every 10 days.", 10, "how often (unsupported)")
length(F, False, "The truce allows convoys through twice a week, the UN said.", 7, "twice a week (unsupported)")
length(F, False, "Monitors will visit the front line once a week during the ceasefire.", 7, "once a week (unsupported)")
length(F, False, "Ceasefire monitors will rotate every 14 days, officials said.", 14, "every 14 days (unsupported)")
length(F, False, "The truce terms require each side to report violations every three days.", 3, "every three days (unsupported)")
length(F, False, "Aid trucks are to cross under the ceasefire about once every two weeks.", 14, "once every two weeks (unsupported)")
length(F, False, "Under the pause, hostages will be freed in groups every seven days.", 7, "every seven days (unsupported)")
length(F, False, "The ceasefire's renewal is put to a vote every 30 days in the council.", 30, "every 30 days (unsupported)")
length(F, False, "The lull lets farmers reach their fields three times a week.", 7, "three times a week (unsupported)")
length(F, False, "The halt to fighting is extended by 14 days per renewal.", 14, "14 days per renewal (unsupported)")
length(F, False, "Shelling stopped under the truce except for strikes roughly every four days.", 4, "roughly every four days (unsupported)")

# --- list-added --------------------------------------------------------------------------
STANDS = "The bloc's blacklist now stands at 2,150 names after 63 people were added on Monday."
NAMES = "Treasury's list now names 1,480 individuals and 610 entities."
CONTAINS = "The blacklist now contains 312 vessels."
REGISTER = "London's register now lists 1,700 individuals after it added 45 on Tuesday."
TANKERS = "The tally now counts 77 tankers after 14 more were blacklisted."
BANKS = "After 29 banks were added on Friday, the list now holds 410 entities."
LISTS = "The department now lists 530 companies, officials said on Thursday."
DESIGNATED = "In all, 120 entities were designated, taking the overall tally to 880."
listed(True, STANDS, "people added", 63, "the number added, after the total")
listed(True, NAMES, "people listed", 1480, "the only count of people: those listed")
listed(True, CONTAINS, "vessels listed", 312, "the only count: the vessels listed")
listed(True, REGISTER, "people added", 45, "the number added")
listed(True, TANKERS, "tankers added", 14, "14 more: the number added")
listed(True, BANKS, "banks added", 29, "the number added")
listed(True, LISTS, "companies listed", 530, "the only count: the companies listed")
listed(True, DESIGNATED, "entities designated", 120, "the number designated, as before")
listed(True, "The EU's list of sanctioned people now runs to 2,300 names.", "people listed", 2300, "the only count")
listed(True, "The register, which now totals 905 firms, grew by 38 companies this week.", "companies added", 38, "the growth, after a total")
listed(True, DESIGNATED, "total listed", 880, "the overall tally as the total, as before")
listed(False, STANDS, "people added", 2150, "the list's total (unsupported)")
listed(False, NAMES, "entities listed", 1480, "that number counts people (unsupported)")
listed(False, CONTAINS, "vessels added", 312, "the list's total, not the number added (unsupported)")
listed(False, REGISTER, "people listed", 1700, "the total beside a number added (unsupported)")
listed(False, TANKERS, "tankers added", 77, "the total (unsupported)")
listed(False, "The package adds 52 people, bringing the total to 1,912.", "people listed", 1912, "the total beside a number added (unsupported)")
listed(False, "With 31 new names, the register now totals 1,005 people.", "people listed", 1005, "the total beside a number added (unsupported)")
listed(False, LISTS, "new companies listed", 530, "the count asks for new ones (unsupported)")
listed(False, DESIGNATED, "entities designated", 880, "the overall tally (unsupported)")
listed(False, BANKS, "banks added", 410, "the list's total (unsupported)")

# --- threshold-met -----------------------------------------------------------------------
T = "threshold-met"
WON_SAME = "The amendment required 60 votes and won 60, with the vice-president absent."
GOT_SAME = "Backers needed 218 votes and got 218, the bare minimum."
OR_SAME = "The motion needed a two-thirds majority, or 434 votes; it won 434."
ADOPTION = "The threshold for adoption was 55 votes, and the treaty received 58 votes."
SIMPLE = "A simple majority is 218, and the speaker's bill won 220 votes."
VETO = "The bar for overriding a veto is 290 votes; the House mustered 281."
MINIMUM = "The minimum for passage stood at 40 votes; 44 lawmakers voted yes."
DREW = "It needed 51 votes to pass and drew 51 in the end."
vote(T, True, WON_SAME, "votes in favour", 60, "needed and won the same number")
vote(T, True, GOT_SAME, "votes in favour", 218, "needed and got 218")
vote(T, True, OR_SAME, "votes in favour", 434, "needed and won 434")
vote(T, True, ADOPTION, "votes in favour", 58, "the votes received")
vote(T, True, SIMPLE, "votes in favour", 220, "the votes won")
vote(T, True, MINIMUM, "votes in favour", 44, "the lawmakers voting yes")
vote(T, True, DREW, "votes in favour", 51, "needed and drew 51")
vote(T, True, "The bill cleared the Senate 61-38, one more than the 60 needed.", "votes in favour", 61, "the score, as before")
vote(T, True, "Supporters mustered 67 votes, exactly the number required.", "votes in favour", 67, "the votes mustered")
vote(T, True, "The quorum is 50 members; the motion passed with 72 votes.", "votes in favour", 72, "the votes it passed with")
vote(T, False, ADOPTION, "votes in favour", 55, "the threshold as subject (unsupported)")
vote(T, False, SIMPLE, "votes in favour", 218, "the majority needed (unsupported)")
vote(T, False, VETO, "votes in favour", 290, "the bar for a veto override (unsupported)")
vote(T, False, MINIMUM, "votes in favour", 40, "the minimum for passage (unsupported)")
vote(T, False, "Backers needed 218 votes but got only 214.", "votes in favour", 218, "needed, not got (unsupported)")
vote(T, False, "The required number was 60 votes; the bill won 57.", "votes in favour", 60, "the number required (unsupported)")
vote(T, False, "The hurdle is 67 votes, and the treaty got 66.", "votes in favour", 67, "the hurdle (unsupported)")
vote(T, False, "It needed 51 votes to pass and drew 49.", "votes in favour", 51, "needed, not drawn (unsupported)")
vote(T, False, "Passage requires 34 votes in the upper house; the bill has 34 co-sponsors.", "votes in favour", 34, "34 again only as co-sponsors (unsupported)")
vote(T, False, "The measure required 60 votes and won 59.", "votes in favour", 60, "required, not won (unsupported)")

# --- other-length ------------------------------------------------------------------------
OL = "other-length"
REVIEW = "The truce will last 30 days, after which a 15-day review will begin."
WINDOW = "The parties agreed a 45-day ceasefire and a 10-day prisoner exchange window."
length(OL, True, REVIEW, 30, "the truce's own length")
length(OL, True, WINDOW, 45, "a 45-day ceasefire")
length(OL, True, "A 72-hour humanitarian ceasefire came into force at noon.", 3, "a 72-hour ceasefire")
length(OL, True, "The two sides signed a 60-day deal to halt the fighting.", 60, "a 60-day deal to halt the fighting")
length(OL, True, "The moratorium on strikes against power plants will last 30 days.", 30, "a moratorium on strikes")
length(OL, True, "Both armies observed a 90-day moratorium on attacks along the border.", 90, "a moratorium on attacks")
length(OL, True, "The ceasefire lasted five days before artillery fire resumed.", 5, "lasted five days before")
length(OL, True, "The truce held for nine days before collapsing in a hail of rockets.", 9, "held for nine days before")
length(OL, True, "The truce lasted for 11 days before the rebels broke it.", 11, "lasted for 11 days before")
length(OL, True, "A 21-day nationwide truce was announced by the junta.", 21, "a 21-day nationwide truce")
length(OL, True, "The pause, a 14-day arrangement brokered by Oman, begins on Monday.", 14, "a 14-day arrangement")
length(OL, True, "The army and the militia agreed a 30-day truce deal on Sunday.", 30, "a 30-day truce deal")
length(OL, False, REVIEW, 15, "the review's length (unsupported)")
length(OL, False, WINDOW, 10, "the exchange window's length (unsupported)")
length(OL, False, "Parliament approved a 120-day moratorium on foreclosures.", 120, "a moratorium on foreclosures (unsupported)")
length(OL, False, "The ministry declared a 30-day pause on fishing in the bay.", 30, "a pause on fishing (unsupported)")
length(OL, False, "Authorities ordered a 14-day curfew in the capital after the truce took hold.", 14, "a curfew (unsupported)")
length(OL, False, "The ceasefire began on Monday, and a three-day national mourning was declared.", 3, "a mourning (unsupported)")
length(OL, False, "A 90-day pause on tariffs was announced alongside the truce.", 90, "a pause on tariffs, as before (unsupported)")
length(OL, False, "The government announced a 60-day halt to evictions as the ceasefire took hold.", 60, "a halt to evictions (unsupported)")
length(OL, False, "Under the truce, there will be a 5-day grace period for fighters to disarm.", 5, "a grace period (unsupported)")
length(OL, False, "The truce deal set a 10-day deadline for the withdrawal of heavy weapons.", 10, "a deadline (unsupported)")
length(OL, False, "Fighting stopped under the truce, and a 30-day investigation into the massacre opened.", 30, "an investigation (unsupported)")
length(OL, False, "The ceasefire was followed by a week-long inquiry into the shelling.", 7, "a week-long inquiry (unsupported)")
length(OL, False, "The truce collapsed three days before the elections.", 3, "a point in time, not a length (unsupported)")

# --- aid-speaker -------------------------------------------------------------------------
kind(True, "Rival forces agreed to a humanitarian truce to let aid agencies reach the besieged district.", "a humanitarian truce")
kind(True, "The pause was called so aid workers could evacuate the wounded.", "so aid workers could evacuate")
kind(True, "Aid agencies welcomed the humanitarian ceasefire on Tuesday.", "the truce is called humanitarian")
kind(True, "A truce allowing relief convoys into the city began at dawn.", "relief convoys let in")
kind(True, "The ceasefire opened a corridor for civilians, aid groups said.", "a corridor for civilians")
kind(True, "The army declared a pause so relief agencies could deliver food.", "so relief agencies could deliver")
kind(True, "A Christmas truce was declared along the front, and charities welcomed the move.", "a Christmas truce")
kind(True, "The warring sides agreed a pause to allow aid deliveries to the north.", "a pause to allow aid")
kind(True, "Under the truce, aid workers will be given safe passage to the camps.", "aid workers given passage")
kind(True, "The ceasefire was agreed so that aid could reach 40,000 people, aid officials said.", "so that aid could reach")
kind(False, "The two armies agreed to a ceasefire on Friday, and relief agencies hailed the deal.", "relief agencies hail it (unsupported)")
kind(False, "A truce took effect at midnight; aid groups said they hoped it would last.", "aid groups said (unsupported)")
kind(False, "Aid workers cautiously welcomed the ceasefire announced on Thursday.", "aid workers welcomed it (unsupported)")
kind(False, "The ceasefire, praised by aid organisations, came into force on Sunday.", "praised by aid organisations (unsupported)")
kind(False, "According to humanitarian officials, the truce was holding in most districts.", "according to humanitarian officials (unsupported)")
kind(False, "Humanitarian groups have welcomed the truce between the clans.", "humanitarian groups welcomed it (unsupported)")
kind(False, "The truce was welcomed by aid agencies, which urged both sides to respect it.", "welcomed by aid agencies (unsupported)")
kind(False, "The ceasefire began on Tuesday, aid officials reported.", "aid officials reported (unsupported)")
kind(False, "Relief groups warned the truce was fragile.", "no humanitarian word at all (unsupported)")
kind(False, "Aid chiefs urged donors to act as the ceasefire took hold.", "aid chiefs urged (unsupported)")
kind(False, "The truce, which aid agencies said was overdue, began at dawn.", "aid agencies said (unsupported)")
# fmt: on


# merge review (a second outside review): "every one of the N" and "lasted only N days"
vote(
    A,
    True,
    "Every one of the 27 member states voted for the package in Brussels.",
    "votes in favour",
    27,
    "every one of the 27 voted for it",
)
vote(
    A,
    True,
    "Each of the 12 committee members voted for the draft.",
    "votes in favour",
    12,
    "each of the 12 voted for it",
)
vote(
    A,
    False,
    "Every one of the 27 member states was present, and 25 backed the package.",
    "votes in favour",
    27,
    "every one present: the body, 25 backed it",
)
length(
    "other-length",
    True,
    "The truce lasted only four days before collapsing in the east.",
    4,
    "'lasted only four days before': how long",
)
length(
    "other-length",
    True,
    "The pause lasted barely two days before shelling resumed.",
    2,
    "'lasted barely two days before': how long",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
