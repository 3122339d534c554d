# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 29's other-occasion values (``grounding_occasions29.jsonl``):
value-support cases for a meeting's place, a truce's proposer and a count whose evidence is
the sentence that tells them, by category, each with what must pass and what must fail:

- ``occasion-place``: a place whose own clause tells another occasion than the meeting's
  (a stop on the way, "Ahead of the summit, ... made a stop in Reykjavik"; a round before or
  after, "a follow-up meeting planned for Nairobi was scrapped"; a year, "Back in 2015, the
  pair held talks in Minsk"; a meeting called off) is refused; kept, a place whose clause
  names this meeting with its own time ("the follow-up round in Doha took place on
  Tuesday" for a round held on Tuesday, "next spring" for a summit planned for next spring),
  "the second round in Doha", a stopover told in another clause than the meeting's;
- ``occasion-proposer``: a proposer of another, earlier truce ("A 2023 pause brokered by
  Saudi Arabia fell apart", "Last year Turkey floated a similar ceasefire") is refused; kept,
  the one who proposed this truce with its own time phrase ("the truce Qatar proposed last
  week took effect on Sunday"), "a similar truce" that is the fact's ("a similar three-day
  truce, proposed by Turkey on Monday" for a three-day truce), history in another clause;
- ``occasion-count``: a count of another, earlier occasion ("In 2021 a cyclone on the same
  coast killed 47", "An earlier strike on the same bridge, in May, killed 3") is refused;
  kept, the count of this one ("since Friday", "the deadliest since 2011", "Unlike in
  2019, when 31 died, ... have killed 23" for 23, a count whose ``as_of`` names the year).

The evidence is the one sentence, as an extractor gives it; the fact's own occasion is told
elsewhere on the page. Run ``python tests/data/make_occasions29_cases.py`` to rebuild it. The
texts are written for this set; each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from occasion_facts import event_count, meeting_place, truce_proposer
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_occasions29.jsonl")
PLACE, PROPOSER, COUNT = "occasion-place", "occasion-proposer", "occasion-count"
PUBLISHED = "2026-03-10"

built = SupportCases(
    "oc29",
    leads=[
        "NAIROBI (Rift Wire) -",
        "By Greta Solberg | The Nordic Ledger",
        "WORLD IN BRIEF | The Pampas Herald",
        "From our Gulf correspondent, The Dhow Review.",
        "WASHINGTON, Potomac Daily -",
        "Foreign desk, The Fenland Examiner.",
    ],
)


def _article() -> dict[str, Any]:
    return {**ARTICLE, "published": PUBLISHED}


def summit(
    expect: bool, place: str, own: str, sentence: str, meeting: tuple[str, str, str, str],
) -> None:  # fmt: skip
    """A summit of ``meeting`` (two parties, status, day) at ``place``, told by ``own`` on the
    page and backed by ``sentence`` alone."""
    facts = meeting_place(_article(), place, meeting, [sentence])
    text = built.page(own, sentence) if own else built.page(sentence)
    why = f"place {place}: " + ("this meeting's" if expect else "another occasion's")
    built.add(PLACE, expect, why, text, facts, "summits[0].planned_location")


def truce(
    expect: bool, proposer: str, own: str, sentence: str, status: str = "proposed",
    days: int | None = None,
) -> None:  # fmt: skip
    """A truce proposed by ``proposer``, told by ``own`` on the page: a value that must pass is
    backed by ``sentence`` alone, one that must fail by ``own`` and ``sentence`` (the
    extractor quoting the truce's own sentence and another truce's: with ``sentence`` alone
    and nothing in the fact against it, the fact may be that other truce)."""
    length = {} if days is None else {"duration_days": {"value": days, "qualifier": "exact"}}
    evidence = [own, sentence] if own and not expect else [sentence]
    facts = truce_proposer(_article(), proposer, status, evidence, **length)
    text = built.page(own, sentence) if own else built.page(sentence)
    why = f"proposer {proposer}: " + ("this truce's" if expect else "another truce's")
    built.add(PROPOSER, expect, why, text, facts, "ceasefires[0].proposer")


def count(
    expect: bool, what: str, value: float, own: str, sentence: str, as_of: str | None = None,
    qualifier: str = "exact",
) -> None:  # fmt: skip
    """An event's count, told by ``own`` on the page: a value that must pass is backed by
    ``sentence`` alone, one that must fail by ``own`` and ``sentence`` (a year alone may be
    the story's own date: only beside the fact's own tally is it another occasion's)."""
    evidence = [own, sentence] if own and not expect else [sentence]
    facts = event_count(_article(), what, value, evidence, as_of, qualifier)
    text = built.page(own, sentence) if own else built.page(sentence)
    why = f"{what} {value:g}: " + ("this occasion's" if expect else "another occasion's")
    built.add(COUNT, expect, why, text, facts, "events[0].counts[0].value")


# One case a line, as the other sets write them.
# fmt: off
# --- occasion-place ------------------------------------------------------------------------

NORDIC = ("Sweden", "Finland", "scheduled", "Thursday")
OWN = "The prime ministers of Sweden and Finland will meet in Helsinki on Thursday to discuss air defence."
summit(False, "Reykjavik", OWN, "Ahead of the summit, Prime Minister Kristersson made a stop in Reykjavik to meet fishing leaders.", NORDIC)
summit(True, "Helsinki", "", OWN, NORDIC)
ALPS = ("Austria", "Italy", "held", "Monday")
OWN = "Austria's and Italy's interior ministers met in Vienna on Monday to agree a joint border patrol."
summit(False, "Geneva", OWN, "The previous round of talks between the two governments, in Geneva, ended without a deal.", ALPS)
summit(False, "Trieste", OWN, "Back in 2015, the pair held talks in Trieste on the same question.", ALPS)
summit(False, "Innsbruck", OWN, "A follow-up meeting planned for Innsbruck was scrapped because of the snow.", ALPS)
summit(True, "Vienna", "", OWN, ALPS)
HORN = ("Ethiopia", "Kenya", "held", "Saturday")
OWN = "Kenya's president and Ethiopia's prime minister held talks in Addis Ababa on Saturday."
summit(False, "Nairobi", OWN, "A second session in Nairobi was called off after the floods.", HORN)
summit(False, "Mombasa", OWN, "Next spring the two leaders are to reconvene in Mombasa, aides said.", HORN)
summit(False, "Djibouti", OWN, "On his way to the talks, Ruto refuelled at Djibouti.", HORN)
summit(True, "Addis Ababa", "", OWN, HORN)
PACIFIC = ("United States", "China", "held", "Wednesday")
OWN = "Biden and Xi met outside San Francisco on Wednesday for four hours."
summit(False, "Bali", OWN, "In 2022 the two presidents met in Bali on the sidelines of the G20.", PACIFIC)
summit(False, "Anchorage", OWN, "An earlier round between their top diplomats took place in Anchorage.", PACIFIC)
summit(False, "Honolulu", OWN, "En route to California, the Chinese delegation stopped over in Honolulu.", PACIFIC)
GULF = ("Oman", "Iran", "held", "Sunday")
OWN = "Envoys of Oman and Iran met in Muscat on Sunday after a stopover in Dubai."
summit(False, "Dubai", OWN, "After a stopover in Dubai, the envoys met in Muscat on Sunday.", GULF)
summit(True, "Muscat", "", "After a stopover in Dubai, the envoys met in Muscat on Sunday.", GULF)
summit(False, "Salalah", OWN, "The two sides last met in Salalah two years ago.", GULF)
# kept: this meeting named with its own time, or a round the fact is
QATAR = ("Israel", "Hamas", "held", "Monday")
summit(True, "Doha", "Negotiators returned to the table this week.", "The second round in Doha opened on Monday with both delegations present.", QATAR)
summit(True, "Doha", "Negotiators returned to the table this week.", "The follow-up round in Doha took place on Monday as planned.", QATAR)
LEVANT = ("Iraq", "Iran", "scheduled", "next spring")
summit(True, "Baghdad", "The talks in Tehran ended on Tuesday.", "The leaders agreed to meet again in Baghdad next spring, officials said.", LEVANT)
ANDES = ("Peru", "Chile", "cancelled", "")
summit(True, "Lima", "The border row has deepened.", "The summit, which was to have been held in Lima, was called off on Friday.", ANDES)
KOREA = ("South Korea", "Japan", "scheduled", "November")
summit(True, "Seoul", "Relations have warmed this year.", "In 2026, the leaders of South Korea and Japan will meet in Seoul in November.", KOREA)
RHINE = ("Scholz", "Macron", "held", "Wednesday")
summit(True, "Paris", "Ties have been strained.", "Before flying home, Scholz and Macron held talks in Paris on Wednesday.", RHINE)
NILE = ("Egypt", "Sudan", "held", "Sunday")
summit(True, "Cairo", "", "The summit in Cairo, the first since 2021, ended on Sunday with a joint statement.", NILE)
CAMP = ("United States", "Japan", "scheduled", "Saturday")
summit(True, "Camp David", "", "The leaders are set to sit down at Camp David on Saturday, the White House said.", CAMP)
BALTIC = ("Estonia", "Latvia", "held", "last week")
ASEAN = ("United States", "Vietnam", "held", "")
summit(True, "Da Nang", "Trade dominated the agenda this week.", "The pair last sat down together at a 2017 summit in Da Nang.", ASEAN)
summit(False, "Da Nang", "The presidents met in Hanoi on Monday.", "The pair last sat down together at a 2017 summit in Da Nang, before the tariff row began.", ("United States", "Vietnam", "held", "Monday"))
summit(True, "Tartu", "", "Last week, the presidents of Estonia and Latvia met in Tartu to sign a rail deal.", BALTIC)

# --- occasion-proposer ---------------------------------------------------------------------

OWN = "Egypt proposed a three-day truce in Gaza on Sunday, officials in Cairo said."
truce(False, "Saudi Arabia", OWN, "A 2023 pause brokered by Saudi Arabia fell apart within a week.")
truce(False, "Turkey", OWN, "Last year Turkey floated a similar ceasefire, which the two sides ignored.")
truce(False, "Jordan", OWN, "The previous truce, put forward by Jordan, lasted only two days.")
truce(True, "Egypt", "", OWN, days=3)
OWN = "Kenya's foreign ministry on Friday proposed a week-long ceasefire in eastern Congo."
truce(False, "Norway", OWN, "Two years ago Norway proposed a Christmas ceasefire that never took hold.")
truce(False, "Angola", OWN, "An earlier ceasefire proposal from Angola, made in 2021, went nowhere.")
truce(False, "the Vatican", OWN, "In March 2024 the Vatican called for an Easter truce in the region.")
truce(False, "France", OWN, "France's proposal of a truce back in 2020 was rejected by the rebels.")
truce(False, "Russia", OWN, "The 2019 ceasefire brokered by Russia collapsed within days.")
truce(False, "Brazil", OWN, "Previously, in 2022, Brazil had suggested a pause in the fighting.")
truce(False, "Indonesia", OWN, "A truce that Indonesia proposed in 2018 lasted barely a day.")
truce(False, "the Vatican", OWN, "Last fall, the Vatican floated a holiday cease-fire that neither side accepted.")
# kept: this truce with its own time phrase, a similar truce that is the fact's, history apart
truce(True, "Qatar", "Fighting eased on the front.", "The truce Qatar proposed last week took effect on Sunday.", status="in_effect")
truce(True, "Qatar", "Fighting eased on the front.", "The truce Qatar proposed last year took effect on Sunday.", status="in_effect")
truce(True, "Turkey", "Shelling stopped at dawn.", "A similar three-day truce, proposed by Turkey on Monday, was accepted by both sides.", status="agreed", days=3)
truce(True, "Ghana", "Talks went on late.", "A similar truce, proposed by Ghana, would last three days, diplomats said.", days=3)
truce(True, "Kenya", "Fighting went on in the north.", "Unlike the 2022 truce, the plan Kenya proposed on Friday includes monitors.")
truce(True, "Norway", "The talks resumed in Oslo.", "Norway, which brokered a pause in 2019, proposed a new three-day ceasefire on Wednesday.", days=3)
truce(True, "the African Union", "Markets reopened.", "The ceasefire proposed by the African Union in January took hold on Saturday.", status="in_effect")
truce(True, "the UN", "Aid lorries crossed in.", "Since Friday, a pause proposed by the UN has held in the city.", status="in_effect")
truce(True, "Britain", "The vote is due next week.", "Britain proposed the truce in 2026, its second attempt after a failed bid in 2024.")
truce(True, "Norway", "", "Two years ago Norway proposed a Christmas ceasefire in the region.")
truce(True, "Indonesia", "Talks resume next week.", "A truce that Indonesia proposed in 2018 lasted barely a day.", status="collapsed")
truce(False, "Indonesia", "", "A truce that Indonesia proposed in 2018 collapsed within a day.", status="agreed")
truce(True, "Saudi Arabia", "The guns fell silent.", "Saudi Arabia's proposal, first made last year, was accepted by both sides on Thursday.", status="agreed")

# --- occasion-count ------------------------------------------------------------------------

OWN = "Cyclone Freddy has killed 12 people on the coast since Tuesday, the disaster agency said."
count(False, "people killed", 47, OWN, "In 2021 a cyclone on the same coast killed 47.")
count(False, "people killed", 200, OWN, "The previous flood, in 2017, left 200 dead.")
count(False, "people killed", 310, OWN, "Two years ago an earlier quake in the province killed 310 people.")
count(False, "people killed", 58, OWN, "Last year, riots in the capital left 58 dead.")
count(False, "people displaced", 4000, OWN, "The 2010 eruption forced 4,000 people from their homes.")
count(False, "workers killed", 19, OWN, "Back in 2008, a similar blast killed 19 workers at the plant.")
count(False, "people killed", 3, OWN, "An earlier strike on the same bridge, in May, killed 3.")
count(False, "Palestinians killed", 2200, OWN, "During the 2014 war, 2,200 Palestinians were killed.")
count(False, "migrants drowned", 800, OWN, "A year earlier, 800 migrants had drowned in the same waters.")
count(False, "people died", 11000, OWN, "In the previous outbreak, 11,000 people died.")
count(False, "homes destroyed", 2000, OWN, "Last summer's wildfires destroyed 2,000 homes.")
count(False, "people killed", 31, OWN, "Unlike in 2019, when 31 died, the floods this week have killed 12.")
# kept: this occasion's count beside history, a time phrase of its own
count(True, "people killed", 12, "", OWN)
count(True, "people killed", 23, "", "Unlike in 2019, when 31 died, the floods this week have killed 23.")
count(True, "people killed", 64, "", "The quake killed 64 people, the deadliest since 2011, officials said.")
count(True, "people killed", 7, "", "Storm Babet, the worst since 2015, has left 7 dead.")
count(True, "people died", 120, "", "In 2026 alone, 120 people have died crossing the sea.")
count(True, "people killed", 40, "", "The death toll from the floods rose to 40 on Tuesday, twice that of last year's.")
count(True, "people displaced", 2000000, "", "Since 2019, the conflict has displaced 2 million people.")
count(True, "people killed", 17, "", "Shelling killed 17 people last week, the mayor said.")
count(True, "co-sponsors", 40, "The bill now has 55 backers.", "In 2019, the bill had 40 co-sponsors.", as_of="2019")
count(True, "survivors rescued", 14, "", "Rescuers pulled 14 survivors from the rubble on Sunday, a year after a similar collapse.")
count(True, "civilians killed", 500, "", "Over the last year, strikes have killed 500 civilians, the UN said.")
count(True, "people killed", 9, "", "A similar storm, the second this month, killed 9 people on Monday.")
# One sentence, two occasions: a semicolon parts them, and an opening "since" runs up to now.
count(False, "people killed", 40, "", "Last year's floods killed 40; this year's have killed 12 so far.")
count(True, "people killed", 12, "", "Last year's floods killed 40; this year's have killed 12 so far.")
count(True, "civilians killed", 10000, "", "Since the 2022 war began, 10,000 civilians have been killed, the UN says.")
truce(False, "Qatar", "", "In 2024 Qatar proposed a truce; on Sunday Egypt tabled a new one.")
truce(True, "Egypt", "", "In 2024 Qatar proposed a truce; on Sunday Egypt proposed a new one.")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
