# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the numbers set of session 21 from an outside check's cause (``grounding_numbers45.jsonl``):
value-support cases for numbers of the same kind told for different occasions, by category,
each with what must pass and what must fail:

- ``vote-day``: a count dated by its ``as_of`` in evidence that tells several dated votes. A
  tally in a sentence of its own takes the day of the scene-setting sentence right before it
  ("On 9 May the Senate took up the bill. Roll call: yeas 61, nays 38."), and two days of one
  month are two days ("on June 2" is not "June 20"): the as_of day's tally is supported, the
  other day's is refused;
- ``backers``: "co-sponsored by 23 other members", "backed by 40 deputies", "with the support
  of 12 senators" count a measure's backers, not those who introduced it;
- ``own-occasion``: a truce's length or a measure's rate where the evidence tells two (the
  earlier truce and the new one, the old duty and the new): the number in the clause that
  holds the fact's own day (its ``starts``, its ``introduced``) is the fact's; the other
  clause's number, in the same unit, is another occasion's;
- ``package-number``: a bloc's package number is its ordinal ("the 11th package", "package
  No. 9"), not a count told beside it ("80 new listings", "120 more entries").

Run ``python tests/data/make_numbers45_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers45.jsonl")

built = SupportCases(
    "nu45",
    leads=[
        "By a staff reporter (Capitol Ledger)",
        "OTTAWA (Northern Wire) \u2014",
        "Legislative Digest | Weekly record",
        "From our parliamentary correspondent, Harbour Times",
        "Briefing \u2014 The Continental Review",
    ],
    title="Votes and measures",
)


def vote(
    expect: bool, paragraphs: list[str], what: str, value: float, as_of: str, why: str,
    instrument: str = "bill",
) -> None:  # fmt: skip
    """A measure whose one count is ``value`` of ``what`` as of ``as_of``; every paragraph is
    evidence."""
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}, "as_of": as_of}
    fact = {"instrument": instrument, "counts": [count], "evidence": list(paragraphs)}
    built.add(
        "vote-day", expect, f"{what} = {value:g} as of {as_of}: {why}", built.page(*paragraphs),
        {"sanctions": [fact]}, "sanctions[0].counts[0].value",
    )  # fmt: skip


def votes(paragraphs: list[str], what: str, value: float, right: str, wrong: str) -> None:
    """``value`` is the count as of ``right``; as of ``wrong`` (another day told) it is not."""
    vote(True, paragraphs, what, value, right, f"the tally told for {right}")
    vote(False, paragraphs, what, value, wrong, f"the tally is {right}'s, not {wrong}'s")


# --- vote-day: a tally after a dated scene-setting sentence; two days of one month
votes(
    ["The measure was filed on May 3 by Senator Ilse Brandt with 12 co-sponsors.", "On May 5, the Senate took up the measure. Roll call: yeas 61, nays 38."],
    "Senate yeas", 61, "May 5", "May 3",
)  # fmt: skip
votes(
    ["The measure was filed on May 3 by Senator Ilse Brandt with 12 co-sponsors.", "On May 5, the Senate took up the measure. Roll call: yeas 61, nays 38."],
    "Senate nays", 38, "May 5, 2023", "May 3, 2023",
)  # fmt: skip
votes(
    ["Deputy Raúl Ibarra tabled the bill on 14 October, with 30 deputies signing it.", "On 16 October the chamber debated the bill at second reading. The motion was carried by 181 votes to 52."],
    "votes for", 181, "16 October", "14 October",
)  # fmt: skip
votes(
    ["A first reading on 9 November had been carried by 390 votes.", "On 21 November 2023 the Bundestag held its final reading. The result: 398 in favour, 220 against."],
    "votes in favour", 398, "2023-11-21", "2023-11-09",
)  # fmt: skip
votes(
    ["The bill cleared committee on April 4 by a vote of 19 to 6.", "On April 12, the Assembly voted: 54 in favour, 3 against."],
    "Assembly votes in favour", 54, "April 12", "April 4",
)  # fmt: skip
votes(
    ["The bill cleared committee on April 4 by a vote of 19 to 6.", "On April 12, the Assembly voted: 54 in favour, 3 against."],
    "committee votes in favour", 19, "April 4", "April 12",
)  # fmt: skip
votes(
    ["The House passed it 230-190 on June 2, and passed the final text 301-99 on June 20."],
    "House yeas", 301, "June 20", "June 2",
)  # fmt: skip
votes(
    ["The House passed it 230-190 on June 2, and passed the final text 301-99 on June 20."],
    "House yeas", 230, "June 2", "June 20",
)  # fmt: skip
votes(
    ["Representative Dana Whitcombe introduced the resolution on February 7 and 44 members signed on within a week.", "The House turned to the resolution on February 15. Recorded vote: ayes 402, noes 20."],
    "House ayes", 402, "February 15", "February 7",
)  # fmt: skip
votes(
    ["Mr. Okafor presented the bill on 1 March; 17 members had put their names to it.", "Third reading was taken on 8 March. Ayes 288, Noes 12."],
    "Noes", 12, "8 March", "1 March",
)  # fmt: skip
votes(
    ["On Tuesday, September 5, the upper house began its debate.", "The final vote came on Thursday, September 7: 58 senators for the bill and 41 against, after an amendment failed 40-59 on September 6."],
    "Senate votes for", 58, "September 7", "September 6",
)  # fmt: skip
votes(
    ["The Senate approved the package on January 18, 2024. The vote was 77 to 18.", "Two days earlier, on January 16, 2024, a motion to proceed had passed 80-15."],
    "Senate yeas", 77, "January 18, 2024", "January 16, 2024",
)  # fmt: skip


# --- backers: a verb of backing before "by" counts backers, not introducers
def sponsor_count(expect: bool, sentence: str, what: str, value: float, why: str) -> None:
    fact = {"instrument": "bill", "evidence": [sentence],
            "counts": [{"what": what, "value": {"value": value, "qualifier": "exact"}}]}  # fmt: skip
    built.add(
        "backers", expect, f"{what} = {value:g}: {why}", built.page(sentence),
        {"sanctions": [fact]}, "sanctions[0].counts[0].value",
    )  # fmt: skip


def backed(sentence: str, value: float, backers: str = "co-sponsors") -> None:
    """``value`` counts the measure's backers (``backers``), not its introducers."""
    sponsor_count(True, sentence, backers, value, "the backers' number")
    sponsor_count(False, sentence, "members who introduced it", value, "backers, not introducers")


# fmt: off
backed("H.R. 4410 was introduced on June 3 by Representative Mara Lindqvist of Ohio and co-sponsored by 23 other members.", 23)
backed("Senator Paulo Reyes filed the measure last week; it has since been cosponsored by 14 senators from both parties.", 14, "cosponsors")
backed("The private member's bill, tabled by Ms. Aoife Brennan, was co-signed by 9 other deputies.", 9)
backed("Introduced by Councillor Tan Wei Ling, the motion was backed by 40 members of the council.", 40, "backers")
backed("Written by Rep. Elena Vasquez, the bill is supported by 12 other lawmakers, her office said.", 12, "supporters")
backed("The draft, authored by Deputy Kofi Mensah, has been endorsed by 31 deputies so far.", 31, "members endorsing it")
backed("Sponsored by Senator Greta Holm, the bill was cosponsored by 57 members as of Friday.", 57, "cosponsors")
backed("Ms. Nadia Haddad introduced the amendment, which was seconded by 6 members.", 6, "members seconding it")
backed("The bill, introduced by Representative Jonas Berg, now has the support of 88 colleagues.", 88, "supporters")
backed("First introduced by Sen. Ama Owusu, the measure was co-sponsored by 19 Republicans and Democrats.", 19)
sponsor_count(True, "The bill was introduced by 5 senators and co-sponsored by 20 others.", "senators who introduced it", 5, "introducers' number")
sponsor_count(False, "The bill was introduced by 5 senators and co-sponsored by 20 others.", "co-sponsors", 5, "introducers, not co-sponsors")
# fmt: on


# --- own-occasion: the number in the clause that holds the fact's own day
def length(expect: bool, paragraphs: list[str], starts: str, days: float, why: str) -> None:
    truce = {"kind": "full", "starts": starts, "evidence": list(paragraphs),
             "duration_days": {"value": days, "qualifier": "exact"}}  # fmt: skip
    built.add(
        "own-occasion", expect, f"{days:g} days, starting {starts}: {why}",
        built.page(*paragraphs), {"ceasefires": [truce]}, "ceasefires[0].duration_days",
    )  # fmt: skip


def lengths(paragraphs: list[str], starts: str, right: float, wrong: float) -> None:
    length(True, paragraphs, starts, right, "the length in the clause of its start")
    length(False, paragraphs, starts, wrong, "another truce's length")


def rate(expect: bool, paragraphs: list[str], introduced: str, percent: float, why: str) -> None:
    measure = {"instrument": "executive_action", "introduced": introduced, "evidence": list(paragraphs),
               "tariff_rate_percent": {"value": percent, "qualifier": "exact"}}  # fmt: skip
    built.add(
        "own-occasion", expect, f"{percent:g}%, introduced {introduced}: {why}",
        built.page(*paragraphs), {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent",
    )  # fmt: skip


def rates(paragraphs: list[str], introduced: str, right: float, wrong: float) -> None:
    rate(True, paragraphs, introduced, right, "the rate in the clause of its introduction")
    rate(False, paragraphs, introduced, wrong, "another duty's rate")


# fmt: off
lengths(["A 72-hour lull in March broke down within a day. The ceasefire that begins on Friday is meant to hold for 21 days."], "on Friday", 21, 3)
lengths(["The truce agreed in January ran for 12 days. Starting at dawn on Sunday, the new one will last 45 days."], "at dawn on Sunday", 45, 12)
lengths(["A seven-day pause takes effect at noon. It replaces a 10-day pause in August that never held."], "at noon", 7, 10)
lengths(["Under the deal, fighting stops from midnight on 4 July for 60 days; a previous ceasefire, signed in May, was to last 30 days."], "from midnight on 4 July", 60, 30)
lengths(["The last truce, in the spring, held for 5 days. This time the parties agreed a 20-day truce, effective Wednesday."], "Wednesday", 20, 5)
lengths(["Negotiators said the 14-day halt would start on Monday. The autumn ceasefire lasted only 4 days."], "on Monday", 14, 4)
rates(["The new duty of 30 percent replaces the 12 percent duty introduced in 2018."], "in 2018", 12, 30)
rates(["In 2016 Ottawa set a 6% duty on the steel; the duty imposed this week is 20%."], "In 2016", 6, 20)
rates(["The 8 percent levy dating from 2015 will give way to a 15 percent levy next year."], "from 2015", 8, 15)
rates(["A 25 per cent tariff took effect on Monday, up from a 10 per cent tariff set in March 2019."], "on Monday", 25, 10)
rates(["Brussels first imposed a 5% duty in 2020. The new 18% duty announced on Tuesday doubles down on it."], "on Tuesday", 18, 5)
rates(["The 40% duty, imposed in 2021, is to be cut to 22% under Wednesday's deal."], "in 2021", 40, 22)
# the session 21 review: a change the anchor's clause tells as made leads to the occasion's value
rates(["On Thursday the levy on Malaysian palm oil rose from 8 percent to 14 percent."], "On Thursday", 14, 8)
rates(["The surcharge was lifted on 1 April from 12% to 19%, the finance ministry said."], "on 1 April", 19, 12)
rates(["The 5 percent duty on Kenyan tea was doubled on Monday to 10 percent."], "on Monday", 10, 5)
rates(["On Friday the export tax was cut from 30 per cent to 18 per cent."], "On Friday", 18, 30)
rates(["The quota fee imposed on Monday at 40 percent is to be cut to 25 percent next year."], "on Monday", 40, 25)
lengths(["The truce that began on Saturday was extended from 7 days to 30 days."], "on Saturday", 30, 7)
lengths(["The pause, which took effect on 2 June, was lengthened on Tuesday from 10 days to 24 days."], "on 2 June", 24, 10)
# the second review: a first length said as first; a change dated apart from the fact's day
length(True, ["The truce that began on Friday, initially for 7 days, was extended to 14 days."], "on Friday", 7, "the length it began with, said as first")
length(True, ["The truce that began on Friday, initially for 7 days, was extended to 14 days."], "on Friday", 14, "the length it was extended to")
rates(["The duty, which rose to 10 percent in 2019, was set at 25 percent on Monday."], "on Monday", 25, 10)
rates(["The levy, which was cut to 5 percent in March, was raised again to 12 percent on Friday."], "on Friday", 12, 5)
# fmt: on


# --- package-number: the ordinal, not a count told beside it
def package(expect: bool, sentence: str, number: int, why: str) -> None:
    fact = {"instrument": "bloc_package", "issuing_body": "EU", "package_number": number,
            "evidence": [sentence]}  # fmt: skip
    built.add(
        "package-number", expect, f"package {number}: {why}", built.page(sentence),
        {"sanctions": [fact]}, "sanctions[0].package_number",
    )  # fmt: skip


def packages(sentence: str, right: int, wrong: int) -> None:
    package(True, sentence, right, "the package's ordinal")
    package(False, sentence, wrong, "a count told beside the package")


packages("* 3 March: EU adopts 10th package (80 new listings)", 10, 80)
packages("The EU's 11th package adds 120 more entries to the list.", 11, 120)
packages("Package No. 9, agreed on Friday, lists 141 individuals and 49 entities.", 9, 141)
packages("Ministers signed off the twelfth package, with 61 new names.", 12, 61)
packages("- Feb 24: 13th sanctions package (193 listings, 27 firms)", 13, 193)
packages("The 14th package brings 116 new designations and bans 27 ships from EU ports.", 14, 116)
packages("With package 7 the bloc froze the assets of 65 more people.", 7, 65)
packages("The sixth package, adopted in June, cut off 3 more banks from SWIFT.", 6, 3)
packages("EU envoys approved the 15th package of sanctions, which targets 52 vessels.", 15, 52)
packages("Factbox: 8th package (October) \u2014 30 persons, 7 entities", 8, 30)


# --- shared-verb: "N1 noun1 and N2 noun2 <verb>": the verb counts both nouns
def shared(sentence: str, what: str, value: float, other: str, evidence: str | None = None) -> None:
    """``value`` counts ``what`` (its own noun, the verb after both); not ``other``."""
    page = built.page(evidence or sentence)
    for expect, counted in ((True, what), (False, other)):
        event = {"description": "what the article reports", "evidence": [sentence],
                 "counts": [{"what": counted, "value": {"value": value, "qualifier": "exact"}}]}  # fmt: skip
        why = "the verb after both nouns counts this one" if expect else "the other noun's number"
        built.add("shared-verb", expect, f"{counted} = {value:g}: {why}", page, {"events": [event]}, "events[0].counts[0].value")  # fmt: skip


S = "The new names come on top of the 140 individuals and 19 companies already sanctioned by London."
shared(S, "individuals sanctioned", 140, "companies sanctioned")
shared(S, "companies sanctioned", 19, "individuals sanctioned")
S = "In all, 300 officials and 40 firms were blacklisted by Washington last year."
shared(S, "officials blacklisted", 300, "firms blacklisted")
shared(S, "firms blacklisted", 40, "officials blacklisted")
S = "A total of 25 soldiers and 4 civilians were killed in the clashes near the border."
shared(S, "soldiers killed", 25, "civilians killed")
S = "Rescuers said 31 miners and two medics were injured when the gallery collapsed."
shared(S, "miners injured", 31, "medics injured")
S = "Seventeen vessels and 6 aircraft were added to the list on Monday, the council said."
shared(S, "vessels added to the list", 17, "aircraft added to the list")
S = "The figures include 1,200 families and 300 farm workers displaced by the floods."
shared(S, "families displaced", 1200, "farm workers displaced")
S = "On top of the 88 persons and 12 entities listed since 2020, the bloc named five judges."
shared(S, "persons listed", 88, "entities listed")
shared(S, "entities listed", 12, "persons listed")
S = "Officials said 212 protesters and 9 reporters had been wounded by rubber bullets."
shared(S, "protesters wounded", 212, "reporters wounded")
S = "The order also covers the 64 people and 3 charities designated under the 2019 act."
shared(S, "people designated", 64, "charities designated")
S = "Brussels now counts 1,400 individuals and 210 entities on its Russia list, with the 520 officials and 35 banks added this year."
shared(S, "officials added", 520, "banks added")
S = "Relief workers counted 500 homes and 20 schools destroyed by the storm."
shared(S, "homes destroyed", 500, "schools destroyed")
S = "Among them are the 77 generals and 9 defence firms sanctioned in March, the ministry said."
shared(S, "generals sanctioned", 77, "defence firms sanctioned")


# --- vote-object: a count of the vote on one thing (bill, amendment, motion) is not another's
def voted(paragraph: str, what: str, value: float, other: str) -> None:
    """``value`` counts ``what``'s vote; it is no count of ``other``'s."""
    for expect, counted in ((True, what), (False, other)):
        count = {"what": counted, "value": {"value": value, "qualifier": "exact"}}
        fact = {"instrument": "bill", "counts": [count], "evidence": [paragraph]}
        why = "the vote on the thing its clause names" if expect else "a vote on another thing"
        built.add("vote-object", expect, f"{counted} = {value:g}: {why}", built.page(paragraph), {"sanctions": [fact]}, "sanctions[0].counts[0].value")  # fmt: skip


P = "The Senate passed the bill 64-35. Earlier, an amendment from Senator Roy Vance failed 41 to 58."
voted(P, "votes against the amendment", 58, "votes against the bill")
voted(P, "votes against the bill", 35, "votes against the amendment")
P = "Third reading: For 288, Against 190. The opposition motion was defeated by 201 votes to 296."
voted(P, "votes against the motion", 296, "votes against the bill")
P = "MPs rejected the Lords amendment by 317 votes to 260, then approved the bill by 330 to 241."
voted(P, "votes for the bill", 330, "votes for the amendment")
voted(P, "votes against the Lords amendment", 317, "votes against the bill")
P = "The resolution was adopted with 141 votes in favour and 5 against; a Russian amendment to it drew 12 votes in favour."
voted(P, "votes in favour of the amendment", 12, "votes in favour of the resolution")
P = "Deputies backed the budget bill 290-210 after throwing out a motion of censure by 180 votes to 320."
voted(P, "votes for the motion of censure", 180, "votes for the budget bill")
voted(P, "votes for the budget", 290, "votes for the motion of censure")
P = "Senators ratified the treaty 82-17, but a reservation offered as an amendment lost 30-69."
voted(P, "yeas on the amendment", 30, "yeas on the treaty")
P = "The committee's report was approved by 19 votes to 4. The assembly then took the bill itself: 57 in favour, 11 against."
voted(P, "votes for the report", 19, "votes for the bill")
# "reports" as a verb after an agency (a gold file of the eval, session 21) is no report voted on
P = "The bill cleared the upper house by 71 votes to 22, Interfax reports."
voted(P, "votes for the bill", 71, "votes for the report")
P = "The chamber passed the sanctions act 48-9, the state news agency reports, after a short debate."
voted(P, "votes for the act", 48, "votes for the motion")
P = "The chamber voted 64 to 20 to adopt reports from two committees on the sanctions."
voted(P, "votes for the reports", 64, "votes for the bill")
P = "Deputies approved Report 12 on the embargo by 88 votes to 31."
voted(P, "votes for the report", 88, "votes for the bill")


# --- raised-rate: "<rate> on <goods>, later raised to <rate>": the new rate is those goods'
def carried(sentence: str, own: str, other: str, value: float) -> None:
    """``value`` (a rate changed to) is the rate on ``own`` (the goods of the rate before it),
    not on ``other``."""
    for expect, goods in ((True, own), (False, other)):
        measure = {"instrument": "executive_action", "targets": [goods], "evidence": [sentence],
                   "tariff_rate_percent": {"value": value, "qualifier": "exact"}}  # fmt: skip
        why = "the changed rate of these goods" if expect else "the changed rate of other goods"
        built.add("raised-rate", expect, f"{value:g}% on {goods}: {why}", built.page(sentence), {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent")  # fmt: skip


# fmt: off
carried("The duties were 25 percent on cheese and butter and 10 percent on helicopters, later raised to 15 percent.", "helicopters", "cheese", 15)
carried("Ottawa put a 20% tariff on Chinese steel and a 5% tariff on aluminium, since increased to 12%.", "aluminium", "Chinese steel", 12)
carried("Delhi set a 30 per cent duty on almonds, subsequently cut to 20 per cent, and a 15 per cent duty on apples.", "almonds", "apples", 20)
carried("The levy stood at 8% on solar panels and 40% on electric cars, which was lowered to 25% last month.", "electric cars", "solar panels", 25)
carried("Tariffs of 12 percent on rice and 6 percent on wheat flour, later raised to 11 percent, remain.", "wheat flour", "rice", 11)
carried("Brazil charged a 35% duty on imported toys, then reduced to 20%, and an 18% duty on bicycles.", "imported toys", "bicycles", 20)
carried("A 50 percent duty on washing machines, lifted to 60 percent in 2019, sits beside a 7 percent duty on fridges.", "washing machines", "fridges", 60)
carried("Canberra kept a 10% tariff on barley and imposed an 80% tariff on wine, trimmed to 45% after the talks.", "wine", "barley", 45)
carried("The EU charged duties of 4% on green coffee and 14% on roasted beans, hiked to 22% in March.", "roasted beans", "green coffee", 22)
carried("Seoul applies a 9 percent tariff to tyres and a 27 percent tariff to trucks, since raised to 30 percent.", "trucks", "tyres", 30)
# fmt: on


# --- count-place: "N1 in P1 and N2 in P2": each number is its own place's count
def placed(sentence: str, what: str, value: float, other: str) -> None:
    """``value`` counts ``what`` (a place's); it is no count of ``other`` (another place's)."""
    for expect, counted in ((True, what), (False, other)):
        event = {"description": "what the article reports", "evidence": [sentence],
                 "counts": [{"what": counted, "value": {"value": value, "qualifier": "exact"}}]}  # fmt: skip
        why = "the count of its own place" if expect else "another place's count"
        built.add("count-place", expect, f"{counted} = {value:g}: {why}", built.page(sentence), {"events": [event]}, "events[0].counts[0].value")  # fmt: skip


S = "The envoys have held four rounds of talks in Amman and three in Doha since January."
placed(S, "rounds in Amman", 4, "rounds in Doha")
placed(S, "rounds in Doha", 3, "rounds in Amman")
S = "Police arrested 40 protesters in Lyon and 12 in Marseille on Saturday night."
placed(S, "arrests in Lyon", 40, "arrests in Marseille")
placed(S, "arrests in Marseille", 12, "arrests in Lyon")
S = "The floods killed 31 people in Sindh and 9 people in Balochistan, officials said."
placed(S, "people killed in Sindh", 31, "people killed in Balochistan")
S = "The carmaker will cut 800 jobs at Wolfsburg and 150 at Emden by 2026."
placed(S, "jobs cut at Emden", 150, "jobs cut at Wolfsburg")
S = "Rallies drew 20,000 people in Berlin, 8,000 in Hamburg and 5,000 in Munich."
placed(S, "protesters in Hamburg", 8000, "protesters in Berlin")
placed(S, "protesters in Munich", 5000, "protesters in Hamburg")
S = "Drones struck 14 sites in Kharkiv overnight and 6 in Odesa, the air force said."
placed(S, "sites struck in Kharkiv", 14, "sites struck in Odesa")
S = "Inspectors found 7 violations at Zaporizhzhia and 2 at Khmelnytskyi during the visits."
placed(S, "violations at Zaporizhzhia", 7, "violations at Khmelnytskyi")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
