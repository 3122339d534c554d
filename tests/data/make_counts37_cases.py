# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the counts37 set (``grounding_counts37.jsonl``): counts whose noun is out of reach,
numbers and days of other nouns or acts in the same sentence, and rates tied to the wrong
target of a list, found by outside check 37 (causes 2, 6 and 8), by category, each with what
must pass and what must fail:

- ``count-reach``: a count's noun need not be next to its number: "more than 90 additional
  individuals and entities" counts the entities ("additional", "new", "further" are no noun
  of their own, and two nouns joined by "and" are one phrase); "introduced with 9 co-sponsors
  ..., now has 27" counts 27 co-sponsors (a bare number that the sentence's own counted noun
  stands for); "have left their homes", "were forced from their homes" is displacement (not
  "homes were destroyed", not "returned to their homes"); "something like 52,000" is about;
  a tally that "passed", "topped" or "surpassed" a number is more than it (only after a
  tally's noun: a bill "passed 98 to 2" is a score). Hedges dropped, other nouns' numbers and
  other counts keep their refusal;
- ``other-count``: a number that the sentence gives to another noun ("killed about 300
  villagers and abducted about 80 children": 300 is no count of children), or to another
  bill's or chamber's vote ("passed 402 to 18, after the Senate approved its version 88 to
  9"), or a truce's extension ("extended by two days") is refused; each noun's and each
  measure's own number keeps its support;
- ``other-act-time``: in one reported sentence, the time of a phone call, a handover or the
  next talks is no start of the truce ("had called at 14.20 and ... agreed to halt fire from
  1800 hours": 1800 passes, 14.20 fails); a vote's day is no introduction day when another
  sentence of the evidence gives the day the bill was introduced; a planned start stated as
  such ("was supposed to begin at dawn on Tuesday") passes, while one moved later keeps its
  refusal;
- ``rate-target``: a list of rates each on its own goods ("a 25 per cent tariff on most
  imports and a lower 10 per cent rate on energy") gives each rate only for its own target.

Run ``python tests/data/make_counts37_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, places and people, or public bodies in invented sentences);
each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, amount

OUT = Path(__file__).with_name("grounding_counts37.jsonl")

_LEADS = (
    "Meridian Wire Service\n\nVIENNA —",
    "The Coastal Chronicle\n\nBy Hana Morsi, foreign desk",
    "Northgate Radio News | 14 March",
    "Capitol Ledger\n\nWASHINGTON (CL) -",
    "Pacific Dispatch Online\n\nUpdated 09:40 GMT",
    "The Prairie Bulletin\n\nREGINA -",
)
built = SupportCases("co37", _LEADS, closing="Officials gave no further details.")
_text = built.page


def _evidence(paragraphs: list[str], evidence: list[str] | None) -> tuple[str, list[str]]:
    text = _text(*paragraphs)
    chosen = evidence if evidence is not None else paragraphs
    for passage in chosen:
        assert passage in text, passage
    return text, chosen


def count(category: str, expect: bool, paragraphs: list[str], what: str, value: float, why: str,
          qualifier: str = "exact", evidence: list[str] | None = None) -> None:  # fmt: skip
    """An event whose one count is ``value`` of ``what``."""
    text, chosen = _evidence(paragraphs, evidence)
    event = {"description": "what the article reports", "evidence": chosen,
             "counts": [{"what": what, "value": amount(value, qualifier)}]}  # fmt: skip
    built.add(category, expect, f"{what} = {value:g} ({qualifier}): {why}", text,
              {"events": [event]}, "events[0].counts[0].value")  # fmt: skip


def tally(category: str, expect: bool, paragraphs: list[str], what: str, value: float, why: str,
          qualifier: str = "exact", body: str | None = None, evidence: list[str] | None = None) -> None:  # fmt: skip
    """A measure (a bill when ``body`` names its chamber) whose one count is ``value`` of ``what``."""
    text, chosen = _evidence(paragraphs, evidence)
    measure: dict[str, Any] = {"instrument": "bill" if body else None, "evidence": chosen,
                               "counts": [{"what": what, "value": amount(value, qualifier)}]}  # fmt: skip
    if body:
        measure["issuing_body"] = body
    label = f" ({body})" if body else ""
    built.add(category, expect, f"{what}{label} = {value:g} ({qualifier}): {why}", text,
              {"sanctions": [measure]}, "sanctions[0].counts[0].value")  # fmt: skip


def truce(category: str, expect: bool, paragraphs: list[str], days: float, why: str,
          evidence: list[str] | None = None) -> None:  # fmt: skip
    """A ceasefire lasting ``days`` days."""
    why = f"truce of {days:g} days: {why}"
    built.truce_length(category, expect, days, paragraphs, why, evidence=evidence)


def start(category: str, expect: bool, paragraphs: list[str], when: str, why: str,
          evidence: list[str] | None = None) -> None:  # fmt: skip
    """A ceasefire starting ``when``."""
    text, chosen = _evidence(paragraphs, evidence)
    fact = {"starts": when, "evidence": chosen}
    built.add(category, expect, f"truce starts {when!r}: {why}", text,
              {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


def introduced(category: str, expect: bool, paragraphs: list[str], when: str, why: str,
               evidence: list[str] | None = None) -> None:  # fmt: skip
    """A bill introduced ``when``."""
    text, chosen = _evidence(paragraphs, evidence)
    fact = {"instrument": "bill", "introduced": when, "evidence": chosen}
    built.add(category, expect, f"bill introduced {when!r}: {why}", text,
              {"sanctions": [fact]}, "sanctions[0].introduced")  # fmt: skip


def rate(category: str, expect: bool, paragraphs: list[str], value: float, target: str, why: str,
         evidence: list[str] | None = None) -> None:  # fmt: skip
    """A tariff of ``value`` percent on ``target``."""
    text, chosen = _evidence(paragraphs, evidence)
    fact = {"instrument": "executive_action", "tariff_rate_percent": amount(value, "exact"),
            "targets": [target], "evidence": chosen}  # fmt: skip
    built.add(category, expect, f"rate {value:g}% on {target}: {why}", text,
              {"sanctions": [fact]}, "sanctions[0].tariff_rate_percent")  # fmt: skip


# fmt: off
# --- count-reach ---------------------------------------------------------------------------
R = "count-reach"
FREEZE = "Ministers agreed to freeze the assets of more than 90 additional individuals and entities linked to the drone programme, and expelled 14 diplomats."
DESIGNATE = "The Treasury designated 37 further people and companies tied to the smuggling network on Thursday."
NEWLIST = "Ottawa listed 22 new persons and entities under its sanctions law, including three shipping firms."
MORE = "Canberra added 61 more individuals and entities to its sanctions list on Friday."
COSPONSORS = "The bill, introduced with 9 co-sponsors in January, now has 27, among them three independents."
SIGNERS = "The resolution started out with 40 co-signers and has since gathered 112, aides said."
LEFT = "An estimated 18,000 villagers have left their homes since the dam burst, the UN said."
LIKE = "Aid groups say something like 52,000 people have abandoned their homes in the valley, and about 4,000 have since gone back."
FORCED = "At least 9,400 people were forced from their homes by the shelling, while 31 were killed."
TOLL = "The death toll passed 600 on Thursday, and rescuers fear it will climb further."
TALLIES = "Official tallies passed 1,300 dead by Sunday, the health ministry said."
TOPPED = "The number of confirmed deaths has topped 250, a spokeswoman said."
SURPASSED = "Reported deaths surpassed 3,000 by the end of the week, though the figure is partial."
HOMES = "An estimated 18,000 homes were destroyed, and 2,500 people were injured."
RETURNED = "More than 3,000 families have returned to their homes in the north."
count(R, True, [FREEZE], "individuals and entities listed", 90, "'more than 90 additional individuals and entities' (a freeze)", "more_than")
tally(R, True, [DESIGNATE], "people and companies designated", 37, "'designated 37 further people and companies'")
tally(R, True, [NEWLIST], "persons and entities listed", 22, "'listed 22 new persons and entities'")
tally(R, True, [MORE], "individuals and entities added", 61, "'added 61 more individuals and entities'")
tally(R, True, [COSPONSORS], "co-sponsors", 27, "'now has 27': the co-sponsors it started with, now")
tally(R, True, [SIGNERS], "co-signers", 112, "'has since gathered 112' co-signers")
count(R, True, [LEFT], "people displaced", 18000, "'have left their homes'", "about")
count(R, True, [LIKE], "people displaced", 52000, "'something like 52,000 people have abandoned their homes'", "about")
count(R, True, [FORCED], "people displaced", 9400, "'were forced from their homes'", "at_least")
count(R, True, [TOLL], "people killed", 600, "'the death toll passed 600'", "more_than")
count(R, True, [TALLIES], "dead", 1300, "'tallies passed 1,300 dead'", "more_than")
count(R, True, [TOPPED], "deaths", 250, "'has topped 250'", "more_than")
count(R, True, [SURPASSED], "deaths", 3000, "'surpassed 3,000'", "more_than")
count(R, True, [FORCED], "people killed", 31, "'while 31 were killed'")
count(R, False, [FREEZE], "individuals and entities listed", 90, "the hedge 'more than' dropped")
count(R, False, [FREEZE], "individuals and entities listed", 14, "14 diplomats were expelled")
tally(R, False, [NEWLIST], "persons and entities listed", 3, "three shipping firms are among them, not the count")
tally(R, False, [COSPONSORS], "independents", 27, "three independents, not 27")
tally(R, False, [COSPONSORS], "co-sponsors", 3, "three independents among the co-sponsors")
tally(R, False, [COSPONSORS], "independent co-sponsors", 27, "27 co-sponsors in all; three are independents")
count(R, False, [HOMES], "people displaced", 18000, "homes destroyed, nobody said to have left")
count(R, False, [RETURNED], "people displaced", 3000, "families returned to their homes", "more_than")
count(R, False, [LEFT], "people displaced", 18000, "the hedge 'an estimated' dropped")
count(R, False, [LIKE], "people displaced", 4000, "4,000 have gone back", "about")
count(R, False, [FORCED], "people displaced", 31, "31 were killed")
count(R, False, [TOLL], "people killed", 600, "'passed 600' is more than 600")
count(R, False, [TALLIES], "dead", 1300, "'passed 1,300' is more, not fewer", "less_than")
count(R, False, [TOPPED], "people injured", 250, "deaths, not injuries", "more_than")
count(R, False, [SURPASSED], "deaths", 3000, "'surpassed 3,000' is more, not about", "nearly")
count(R, False, [HOMES], "people killed", 2500, "2,500 were injured")

# --- other-count ---------------------------------------------------------------------------
OC = "other-count"
RAID = "Gunmen killed about 300 villagers and abducted about 80 children in the overnight raid."
MILITIA = "The militia shot dead some 45 people and took 17 hostages before withdrawing."
STORM = "The storm destroyed 2,100 houses and left 64 people dead, officials said."
CAMP = "Soldiers detained 120 men and released 35 women after searching the camp."
VOTE = "The bill passed by a vote of 402 to 18, after the Senate approved its own version 88 to 9 in April."
MERGE = "It merges a Senate bill on Venezuela, which passed 91 to 7 in March, and a Cuba measure the House approved 376 to 40 in May."
ASSEMBLY = "The assembly adopted the text 212-31, a week after the upper house had backed its draft 70-12."
EXTENDED = "The four-day pause was extended by two days on Monday."
PROLONGED = "The truce, initially set for seven days, was prolonged by three days after talks in Doha."
EXTENSION = "Mediators secured a five-day extension of the 10-day truce late on Sunday."
TOTAL = "The three-day truce was extended to 10 days, the ministry said."
count(OC, True, [RAID], "children abducted", 80, "'abducted about 80 children'", "about")
count(OC, True, [RAID], "people killed", 300, "'killed about 300 villagers'", "about")
count(OC, True, [MILITIA], "hostages taken", 17, "'took 17 hostages'")
count(OC, True, [MILITIA], "people killed", 45, "'shot dead some 45 people'", "about")
count(OC, True, [STORM], "people killed", 64, "'left 64 people dead'")
count(OC, True, [CAMP], "women released", 35, "'released 35 women'")
tally(OC, True, [VOTE], "votes in favor", 402, "the bill's own vote")
tally(OC, True, [MERGE], "votes in favor", 91, "the Senate bill's vote", body="Senate")
tally(OC, True, [MERGE], "votes in favor", 376, "the House measure's vote", body="House")
tally(OC, True, [ASSEMBLY], "votes in favor", 212, "the assembly's vote on the text")
truce(OC, True, [EXTENDED], 4, "'the four-day pause'")
truce(OC, True, [PROLONGED], 7, "'initially set for seven days'")
truce(OC, True, [EXTENSION], 10, "'the 10-day truce'")
truce(OC, True, [TOTAL], 10, "'extended to 10 days': its new length")
count(OC, False, [RAID], "children abducted", 300, "300 villagers were killed", "about")
count(OC, False, [RAID], "people killed", 80, "80 children were abducted", "about")
count(OC, False, [MILITIA], "hostages taken", 45, "45 people were shot dead", "about")
count(OC, False, [STORM], "people killed", 2100, "2,100 houses destroyed")
count(OC, False, [CAMP], "women released", 120, "120 men were detained")
count(OC, False, [CAMP], "men detained", 35, "35 women were released")
tally(OC, False, [VOTE], "votes in favor", 88, "the Senate's vote on its own version")
tally(OC, False, [MERGE], "votes in favor", 376, "the House measure's vote, not the Senate bill's", body="Senate")
tally(OC, False, [MERGE], "votes in favor", 91, "the Senate bill's vote, not the House measure's", body="House")
tally(OC, False, [ASSEMBLY], "votes in favor", 70, "the upper house's vote on its draft")
truce(OC, False, [EXTENDED], 2, "two days is the extension")
truce(OC, False, [PROLONGED], 3, "three days is the extension")
truce(OC, False, [EXTENSION], 5, "a five-day extension")
truce(OC, True, [TOTAL], 3, "'the three-day truce': its stated length, as 'the four-day pause' above")

# --- other-act-time ------------------------------------------------------------------------
T = "other-act-time"
CALL = "In a brief statement, Colonel Daud Rahimi said his counterpart had called him at 14.20 and that both sides had agreed to halt fire from 1800 hours."
HANDOVER = "\"The ceasefire will begin at 6am on Sunday,\" the mediator said, and the first prisoners will be released at about 3pm."
NEXT = "The two commanders agreed to stop shooting from midnight; they will speak again on June 3."
BRIEFING = "The army spokesman, speaking at 11am, said the guns would fall silent at 2pm."
SIGNED = "The accord was signed at 9.30 in the morning and the truce takes effect at 18.00 local time."
SUPPOSED = "The truce was supposed to begin at dawn on Tuesday."
MEANT = "The ceasefire was meant to take effect at 8pm on Friday, both governments said."
SCHEDULED = "The pause is scheduled to start at midnight on Thursday."
MOVED = "The truce was supposed to start at noon on Saturday but was postponed to Sunday morning."
VOTED = "The House on Wednesday approved the measure by 390 to 25."
TABLED = "It was introduced on Tuesday by Representative Lena Ortiz."
SENATE = "The Senate voted on Thursday to send the bill to the president."
FILED = "Senator Amos Kell had filed it on Monday, after months of talks."
PASSED = "Lawmakers passed the bill on Friday, three days after it was tabled on Tuesday."
start(T, True, [CALL], "from 1800 hours", "the halt in fire, as agreed")
start(T, True, [HANDOVER], "at 6am on Sunday", "'will begin at 6am on Sunday'")
start(T, True, [NEXT], "from midnight", "'agreed to stop shooting from midnight'")
start(T, True, [BRIEFING], "at 2pm", "the guns fall silent at 2pm")
start(T, True, [SIGNED], "at 18.00 local time", "the truce takes effect at 18.00")
start(T, True, [SUPPOSED], "at dawn on Tuesday", "the planned start, stated as such")
start(T, True, [MEANT], "at 8pm on Friday", "'was meant to take effect'")
start(T, True, [SCHEDULED], "at midnight on Thursday", "'is scheduled to start'")
start(T, True, ["The truce was due to begin at 7am on Monday, the ministry said."], "at 7am on Monday", "'was due to begin'")
introduced(T, True, [VOTED, TABLED], "on Tuesday", "'introduced on Tuesday'")
introduced(T, True, [SENATE, FILED], "on Monday", "'had filed it on Monday'")
introduced(T, True, [PASSED], "on Tuesday", "'tabled on Tuesday'")
start(T, False, [CALL], "at 14.20", "the time of the phone call")
start(T, False, [HANDOVER], "at about 3pm", "the time of the first release")
start(T, False, [NEXT], "on June 3", "the day they speak again")
start(T, False, [BRIEFING], "at 11am", "the time of the briefing")
start(T, False, [SIGNED], "at 9.30 in the morning", "the time of the signing")
start(T, False, [MOVED], "at noon on Saturday", "the start moved to Sunday")
start(T, False, ["Both sides agreed to cease fire from 0600 on Wednesday, and the monitors will report back on Friday."], "on Friday", "the monitors' report day")
start(T, False, ["The general phoned his counterpart at 16.05 and the two agreed that shooting would stop from 2100."], "at 16.05", "the time of the call")
introduced(T, False, [VOTED, TABLED], "on Wednesday", "the vote's day")
introduced(T, False, [SENATE, FILED], "on Thursday", "the Senate's vote day")
introduced(T, False, [PASSED], "on Friday", "the day it passed")
introduced(T, False, ["The committee approved the bill on Wednesday.", "Its sponsor, Senator Ruth Adair, introduced it on Monday."], "on Wednesday", "the committee's vote day")

# --- rate-target ---------------------------------------------------------------------------
P = "rate-target"
ORDER = "The order puts a 25 per cent tariff on most Mexican imports and a lower 10 per cent rate on Mexican energy, including oil and gas."
CARS = "Brussels set a 35% duty on electric cars and a reduced 15% levy on hybrids."
STEEL = "The package adds a 20 percent tariff on steel, with a smaller 8 percent charge on scrap metal."
FURNITURE = "The government imposed tariffs of 30% on furniture and of 12% on timber."
METALS = "The decree sets a 50 per cent tariff on aluminium, while copper faces a 5 per cent duty."
POTASH = "Washington applied a 25 per cent tariff on most Chilean goods, but potash will pay only 10 per cent."
rate(P, True, [ORDER], 10, "Mexican energy", "'a lower 10 per cent rate on Mexican energy'")
rate(P, True, [ORDER], 25, "Mexican imports", "'25 per cent tariff on most Mexican imports'")
rate(P, True, [CARS], 15, "hybrids", "'a reduced 15% levy on hybrids'")
rate(P, True, [CARS], 35, "electric cars", "'a 35% duty on electric cars'")
rate(P, True, [STEEL], 8, "scrap metal", "'8 percent charge on scrap metal'")
rate(P, True, [STEEL], 20, "steel", "'20 percent tariff on steel'")
rate(P, True, [FURNITURE], 12, "timber", "'of 12% on timber'")
rate(P, True, [FURNITURE], 30, "furniture", "'30% on furniture'")
rate(P, True, [METALS], 5, "copper", "'copper faces a 5 per cent rate'")
rate(P, True, [METALS], 50, "aluminium", "'a 50 per cent surcharge on aluminium'")
rate(P, True, [POTASH], 10, "potash", "'potash will pay only 10 per cent'")
rate(P, False, [ORDER], 25, "Mexican energy", "25 is for most imports; energy pays 10")
rate(P, False, [ORDER], 10, "Mexican imports", "10 is energy's rate")
rate(P, False, [CARS], 35, "hybrids", "35 is for electric cars")
rate(P, False, [CARS], 15, "electric cars", "15 is for hybrids")
rate(P, False, [STEEL], 20, "scrap metal", "20 is steel's")
rate(P, False, [STEEL], 8, "steel", "8 is scrap metal's")
rate(P, False, [FURNITURE], 30, "timber", "30 is furniture's")
rate(P, False, [FURNITURE], 12, "furniture", "12 is timber's")
rate(P, False, [METALS], 50, "copper", "50 is aluminium's")
rate(P, False, [METALS], 5, "aluminium", "5 is copper's")
rate(P, False, [POTASH], 25, "potash", "potash pays 10")
MX_LEAD = "Washington's 25 per cent tariffs on Mexican goods took effect at midnight."
EU_LEAD = "The European Union's new 35% duties came into force on Tuesday."
STEEL_LEAD = "The 20 percent tariffs were announced by the trade ministry on Friday."
TIMBER_LEAD = "Ministers said the 30% tariffs would raise about $2 billion a year."
rate(P, False, [MX_LEAD, ORDER], 25, "Mexican energy", "the other sentence's 25; the order gives energy 10")
rate(P, False, [EU_LEAD, CARS], 35, "hybrids", "the lead's 35; hybrids pay 15")
rate(P, False, [STEEL_LEAD, STEEL], 20, "scrap metal", "the lead's 20; scrap metal pays 8")
rate(P, False, [TIMBER_LEAD, FURNITURE], 30, "timber", "the lead's 30; timber pays 12")
rate(P, True, [MX_LEAD, ORDER], 10, "Mexican energy", "the order's rate on energy, another sentence beside it")
rate(P, True, [MX_LEAD, ORDER], 25, "Mexican goods", "the lead's 25 on Mexican goods")
rate(P, True, [EU_LEAD, CARS], 15, "hybrids", "the rate on hybrids, another sentence beside it")
rate(P, True, [TIMBER_LEAD, FURNITURE], 30, "furniture", "the lead's 30 and the sentence's 30 on furniture")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
