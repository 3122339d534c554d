# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the roles set of session 20 from check 44's cause 1, the role part
(``grounding_roles44.jsonl``): a correct value whose words are in its evidence, but whose
role is given by a verb or frame outside the old cue lists. By category, each with what must
pass and what must fail; the general shapes:

- ``meeting-venue``: the place is the location of a clause whose event is the meeting, with
  any verb of meeting, sitting, talking, receiving, welcoming, hosting, landing or gathering
  ("sat down inside X ... for talks", "will meet again ..., also in X", "to take place in
  November, in X", "met at a base, in X", "convene again next month, this time in X"), the
  place after time words, an "also"/"again"/"this time", or a venue set off before it. Must
  fail: a place of another clause (where someone flew from, grew up, a subject of the talks,
  where the earlier round was, who said it from where);
- ``measure-maker``: the subject of a verb that approves, signs, authorises, decrees or
  enacts a measure ("approves the measures", "signs two proclamations", "is signing the
  orders", "authorised the levy", "decreed a surcharge"), or its agent after "by", is its
  sponsor. Must fail: who schedules a vote, criticises, opposes, votes against, receives the
  measure, "approved of" it (an opinion), signs something else (a letter, contracts), or is
  only named near it; a legislature's committee approving another's bill;
- ``plan-author``: the owner of the truce's text or wording ("It was Qatar's text from the
  start", "the ceasefire follows Norway's wording") and the one who gets, persuades or talks
  the sides into accepting it ("Turkey got both sides to accept a three-day pause", "Kenya
  talked the two armies into accepting") is its proposer. Must fail: a host, a welcomer, a
  side that accepts, one that gets its own fighters to accept another's truce, one whose
  rejected text was replaced, one who persuaded the sides only to attend talks.

Run ``python tests/data/make_roles44_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles44.jsonl")

built = SupportCases(
    "r44",
    leads=(
        "DAKAR (Sahel Wire) -",
        "By Ilse Vermeer | The Polder Post",
        "QUITO, 3 March (Andes Desk) --",
        "FROM OUR CORRESPONDENT",
        "Radio Meridian, evening bulletin.",
        "WORLD BRIEFING | The Harbour Times",
    ),
)
VENUE, MAKER, AUTHOR = "meeting-venue", "measure-maker", "plan-author"


def venue(expect: bool, why: str, evidence: list[str], value: str, status: str = "held",
          parties: tuple[str, ...] = ()) -> None:  # fmt: skip
    """A summit (``status``) of ``parties`` whose planned location is ``value``, backed by
    ``evidence``."""
    item = {
        "parties": list(parties),
        "status": status,
        "planned_location": value,
        "evidence": evidence,
    }
    built.add(VENUE, expect, f"planned_location {value!r}: {why}", built.page(*evidence),
              {"summits": [item]}, "summits[0].planned_location")  # fmt: skip


def maker(
    expect: bool, why: str, sentence: str, who: str, instrument: str = "executive_action"
) -> None:
    """A measure (``instrument``) whose one sponsor is ``who``, backed by ``sentence``."""
    item = {"instrument": instrument, "sponsors": [who], "evidence": [sentence]}
    built.add(MAKER, expect, f"sponsor {who!r}: {why}", built.page(sentence),
              {"sanctions": [item]}, "sanctions[0].sponsors[0]")  # fmt: skip


def author(expect: bool, why: str, sentence: str, who: str) -> None:
    built.proposer(AUTHOR, expect, sentence, who, f"proposer {who!r}: {why}", status="agreed")


# --- meeting-venue: the place of the clause whose event is the meeting -----------------------

SAT = "The two foreign ministers sat down inside the Rosewood Pavilion, a hall at the edge of the old port, for talks that lasted two hours."
venue(True, "sat down inside a venue for talks, an aside after it", [SAT], "Rosewood Pavilion")
venue(False, "the port is part of the aside, not the venue", [SAT], "old port")
# the meeting's own place beside a pluperfect earlier one (check 41 regression; "had talked
# ... in Osaka" given as this meeting's place is still accepted when it is in the evidence: an
# older gap, left open)
HAD = [
    "The two leaders met for two hours in Reykjavik on Monday.",
    "They had talked on the sidelines of the G20 in Osaka in June and briefly at a summit in Lima.",
]
venue(
    True, "the meeting's own place", HAD, "Reykjavik", parties=("Ana Ferreira", "Tomas Lindqvist")
)
LIVE = [
    "LIVE: Trump and Putin hold talks in Helsinki",
    "It was their first formal summit after months of preparation.",
    "They had talked on the sidelines of the G20 in Hamburg in July 2017 and briefly at the APEC summit in Da Nang, Vietnam, in November 2017.",
]
venue(
    False,
    "'had talked ... in Hamburg': an earlier meeting",
    LIVE,
    "Hamburg",
    parties=("Trump", "Putin"),
)
venue(True, "the headline's place of this meeting", LIVE, "Helsinki", parties=("Trump", "Putin"))
AGAIN = "He said the two delegations would meet again next Saturday, 12 July, also in Doha."
venue(True, "meet again, a day, then 'also in'", [AGAIN], "Doha", status="scheduled")
DUE = "The fourth round is due to take place in the spring, in Nairobi, the mediators said."
venue(True, "take place, a season, then the city", [DUE], "Nairobi", status="scheduled")
BASE = "On Tuesday the two presidents met at Fort Halvorsen, in Tromso, for nearly four hours."
venue(True, "met at a base, then its city", [BASE], "Tromso")
venue(True, "met at a base", [BASE], "Fort Halvorsen")
CONVENE = "The envoys will convene again next month, this time in Geneva."
venue(True, "convene again, 'this time in'", [CONVENE], "Geneva", status="scheduled")
WELCOMED = "The delegations were welcomed on Thursday in Astana for a fresh round of talks."
venue(True, "welcomed, a day, then the city, for talks", [WELCOMED], "Astana")
LANDED = (
    "Kagiso Molefe and Rui Tavares landed in Luanda on Sunday for talks with the Angolan president."
)
venue(True, "landed in a city for talks", [LANDED], "Luanda")
GATHERED = "Negotiators from both capitals gathered on Friday, behind closed doors, at a lakeside villa in Bled."
venue(True, "gathered, a day and an aside, then a villa in a town", [GATHERED], "Bled")
SEATED = "Lula and Boric were seated across from each other on Wednesday inside the Itamaraty Palace for their first talks."
venue(True, "seated inside a palace for talks", [SEATED], "Itamaraty Palace")
RECEIVED = "Ruto received Museveni on Monday at State Lodge, in Kisumu, for talks on the border."
venue(True, "received a guest at a lodge, then its city", [RECEIVED], "Kisumu")
HOSTED = "The third round, hosted once again by Oman, ended on Saturday without a statement."
venue(True, "a round hosted by a country", [HOSTED], "Oman")
TALKED = "Sharif and Modi talked for an hour on the sidelines, in Samarkand, on Friday."
venue(True, "talked, a frame, then the city", [TALKED], "Samarkand")
KORAL = "The envoys sat down inside the Koral Hotel for talks that ran for two hours."
NOTE = "Correction: An earlier version of this story said the talks inside the Koral Hotel lasted one hour. They lasted two hours."
built.add(VENUE, True, "planned_location 'Koral Hotel': a correction note changes only the length",
          built.page(KORAL, NOTE),
          {"summits": [{"parties": [], "status": "held", "planned_location": "Koral Hotel", "evidence": [KORAL]}]},
          "summits[0].planned_location")  # fmt: skip
MARBLE = (
    "Kagame and Tshisekedi sat down on Friday, after a lunch, inside the Marble Hall for talks."
)
venue(
    True,
    "the parties sat down inside a hall",
    [MARBLE],
    "Marble Hall",
    parties=("Kagame", "Tshisekedi"),
)
AIDES = "Aides Anne Roux and Felix Kern met again on Monday, also in Lyon, to prepare the visit."
venue(False, "other people's meeting", [AIDES], "Lyon", parties=("Emmanuel Macron", "Olaf Scholz"))

FLEW = "The envoys met in Doha on Monday, after flying in overnight from Cairo."
venue(False, "where they flew from", [FLEW], "Cairo")
SAID = "The fourth round is due to take place in the spring, in Nairobi, officials in Addis Ababa said."
venue(False, "where the officials who said it are", [SAID], "Addis Ababa", status="scheduled")
GREW = "Ruto, who grew up in Eldoret, received Museveni at State Lodge in Kisumu for talks."
venue(False, "where the host grew up", [GREW], "Eldoret")
ABOUT = "The ministers sat down in Oslo on Tuesday for talks about the fighting in Darfur."
venue(False, "what the talks were about", [ABOUT], "Darfur")
EARLIER = (
    "The two men met for three hours on Sunday; the previous round, in Muscat, had lasted one."
)
venue(False, "the earlier round's place", [EARLIER], "Muscat")
VISITED = "Erdogan welcomed Aliyev to Ankara on Friday, two days after he had visited Baku."
venue(False, "a visit before, not the meeting", [VISITED], "Baku")
STOP = "Kagiso Molefe landed in Luanda on Sunday for talks, after a stop in Kinshasa."
venue(False, "a stop on the way", [STOP], "Kinshasa")
WATCHED = (
    "The envoys will convene again next month, this time in Geneva, diplomats in Brussels expect."
)
venue(False, "where the diplomats who expect it are", [WATCHED], "Brussels", status="scheduled")
HOME = "The delegations gathered at a hotel in Tbilisi, far from their homes in Yerevan and Baku."
venue(False, "the delegations' homes", [HOME], "Yerevan")
TOURED = "Ruto received Museveni on Monday at State Lodge, in Kisumu, after both had toured flood camps in Busia."
venue(False, "a place of what they did before", [TOURED], "Busia")
ORIGIN = (
    "The two presidents met at Fort Halvorsen on Tuesday; one of them had arrived from Murmansk."
)
venue(False, "where one arrived from", [ORIGIN], "Murmansk")

# --- measure-maker: who approves, signs, authorises or decrees the measure -------------------

# a possessive name hands the act to another person (session 20 review)
for sentence, who in [
    (
        "The duties approved by President Ines Calderon's predecessor took effect on Monday.",
        "Ines Calderon",
    ),
    ("The levies were signed by Governor Mark Ellison's chief of staff on Friday.", "Mark Ellison"),
    (
        "The export ban, authorised by Prime Minister Aiko Tanaka's deputy, began at midnight.",
        "Aiko Tanaka",
    ),
]:
    maker(False, "another person of the name's acts", sentence, who)
maker(
    True,
    "the name itself after 'by'",
    "The duties approved by President Ines Calderon took effect on Monday.",
    "Ines Calderon",
)
maker(
    True,
    "approves the duties",
    "Jan 9 - President Ines Calderon approves the duties recommended by the trade ministry.",
    "Ines Calderon",
)
maker(
    True,
    "signs the order",
    "Prime Minister Tomas Lind signs the order at his office on Friday, officials said.",
    "Tomas Lind",
)
maker(
    True,
    "is signing two orders",
    "President Grace Mwangi is signing two executive orders on Wednesday that raise the import duties.",
    "Grace Mwangi",
)
maker(
    True,
    "approved by, passive",
    "The new export restrictions were approved by President Lucas Okafor on 3 March.",
    "Lucas Okafor",
)
maker(
    True,
    "authorised the levy",
    "Governor Ana Mele authorised the levy on foreign steel in a decree on Tuesday.",
    "Ana Mele",
)
maker(
    True,
    "decreed a surcharge",
    "Economy Secretary Pablo Ruiz decreed a 15 percent surcharge on imported cement.",
    "Pablo Ruiz",
)
maker(
    True,
    "signs, an aside before the verb",
    "Istvan Kovacs, the economy minister, signs the decree setting the new duties.",
    "Istvan Kovacs",
)
maker(
    True,
    "approves, a title in apposition",
    "The president, Amara Diallo, approves the tariff package; it takes effect in April.",
    "Amara Diallo",
)
maker(
    True,
    "signed off on",
    "Chancellor Lena Weber signs off on the restrictions late on Thursday.",
    "Lena Weber",
)
maker(
    True,
    "authorizes the penalties",
    "President Ruth Oyelaran authorizes the penalties against the three shipping firms.",
    "Ruth Oyelaran",
)
maker(
    True,
    "enacts by decree",
    "Premier Jonas Berg enacts the quotas by decree, bypassing parliament.",
    "Jonas Berg",
)
maker(
    True,
    "approving the sanctions",
    "Foreign Minister Karin Holt, approving the sanctions on Monday, called them overdue.",
    "Karin Holt",
)

maker(
    False,
    "schedules a vote",
    "Senator Mark Ames scheduled a vote on the duties for next week.",
    "Mark Ames",
)
maker(
    False,
    "criticises duties another approved",
    "Trade chief Rosa Lopez criticised the duties approved by President Ines Calderon.",
    "Rosa Lopez",
)
maker(
    False,
    "votes against",
    "Lawmakers led by Rep. Hana Voss voted against the sanctions signed by the president.",
    "Hana Voss",
)
maker(
    False,
    "receives a copy",
    "Minister Park Ji-ho received a copy of the order signed by President Lee.",
    "Park Ji-ho",
)
maker(
    False,
    "named in another clause",
    "President Lee signs the order; Governor Tom Hale said he would challenge it in court.",
    "Tom Hale",
)
maker(
    False,
    "opposed by",
    "The tariffs, opposed by Senator Ruth Quinn, were approved by the president on Monday.",
    "Ruth Quinn",
)
maker(
    False,
    "approved of: an opinion",
    "Ambassador Tran Van Minh approved of the measures, calling them overdue.",
    "Tran Van Minh",
)
maker(
    False,
    "signs a letter against it",
    "Economist Zhou Lan signed a letter protesting against the tariffs.",
    "Zhou Lan",
)
maker(
    False,
    "signs contracts, not the measure",
    "Importer Lars Berg said he signs his contracts months ahead, so the duties will hurt.",
    "Lars Berg",
)
maker(
    False,
    "a committee approves another's bill",
    "The panel chaired by Senator Ellen Bell approved the bill introduced by Senator Omar Cruz.",
    "Ellen Bell",
    instrument="bill",
)
maker(
    False,
    "approves a report, not the measure",
    "Auditor Kim Sato approves the annual report; the duties are reviewed in May.",
    "Kim Sato",
)
maker(
    False,
    "recommended, another approved",
    "Jan 9 - President Ines Calderon approves the duties recommended by Trade Minister Felipe Rojas.",
    "Felipe Rojas",
)

# --- plan-author: the owner of the text, or who got the sides to accept it -------------------

# a refusal before the owner's name (session 20 review)
for sentence, who in [
    ("Israel rejected Qatar's text, and both sides signed the truce on Friday.", "Qatar"),
    ("Israel objected to Qatar's text before both sides signed the truce.", "Qatar"),
    ("Hamas criticised Egypt's wording, then signed the ceasefire anyway.", "Egypt"),
]:
    author(False, "the text its owner wrote was refused or replaced", sentence, who)

author(
    True,
    "a cleft possessive of the text",
    "It was Qatar's text from the start, and both sides signed the truce on Friday.",
    "Qatar",
)
author(
    True,
    "the truce follows its wording",
    "The ceasefire follows Norway's wording almost line by line.",
    "Norway",
)
author(
    True,
    "got both sides to accept",
    "Then Turkey got both sides to accept a three-day pause.",
    "Turkey",
)
author(
    True,
    "persuaded the two armies to agree",
    "Kenya persuaded the two armies to agree to a week-long truce.",
    "Kenya",
)
author(
    True,
    "convinced the sides to observe",
    "Brazil convinced the rebels and the army to observe a 48-hour ceasefire.",
    "Brazil",
)
author(
    True,
    "talked them into accepting",
    "Egypt talked the two factions into accepting a 72-hour truce on Sunday.",
    "Egypt",
)
author(
    True,
    "the truce's text was its",
    "The text of the truce was Indonesia's, diplomats said.",
    "Indonesia",
)
author(
    True,
    "the brainchild",
    "The Christmas truce was the brainchild of Swiss diplomats.",
    "Switzerland",
)
author(
    True,
    "pressed the sides into accepting",
    "Jordan pressed both sides into accepting the ceasefire late on Tuesday.",
    "Jordan",
)
author(
    True,
    "coaxed the warring parties",
    "Ghana coaxed the warring parties to sign a 30-day truce in Accra.",
    "Ghana",
)
author(
    True,
    "the wording, possessive",
    "Mexico's wording of the truce was adopted unchanged by both sides.",
    "Mexico",
)

author(
    False,
    "the host of the talks",
    "Qatar hosted the talks where both sides accepted the truce on Friday.",
    "Qatar",
)
author(
    False,
    "welcomed the truce",
    "The United Nations welcomed the truce that both sides accepted on Friday.",
    "United Nations",
)
author(
    False, "its army accepted the text", "Kenya's army accepted the truce text on Monday.", "Kenya"
)
author(
    False,
    "got its own fighters to accept another's truce",
    "Hamas got its fighters to accept the truce Egypt drafted.",
    "Hamas",
)
author(
    False,
    "its text was rejected, another's signed",
    "Ghana's text for the truce was rejected; the sides signed Togo's draft instead.",
    "Ghana",
)
author(
    False,
    "persuaded them only to attend talks",
    "Turkey persuaded both sides to attend talks on a truce in Istanbul.",
    "Turkey",
)
author(
    False,
    "the venue's owner, the text another's",
    "It was Qatar's venue, but the truce text came from Egypt.",
    "Qatar",
)
author(
    False,
    "opposed the text",
    "The envoy read out the truce text, which Mexico had opposed.",
    "Mexico",
)
author(
    False,
    "got a copy",
    "Norway got a copy of the truce text from the mediators on Sunday.",
    "Norway",
)
author(
    False,
    "the side persuaded",
    "Kenya persuaded Ethiopia and Eritrea to agree to a week-long truce.",
    "Ethiopia",
)
author(
    False,
    "failed to persuade",
    "Brazil failed to convince the rebels and the army to observe a 48-hour ceasefire, which Chile later proposed.",
    "Brazil",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
