# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of places32 (``grounding_rvpl32.jsonl``): value-support cases for a
summit's place told by a host's verb, a trip's purpose, an invitation or the page's layout,
and for an event's actor told through its members, its lead or its paper, by category, each
with what must pass and what must fail:

- ``rv-host-verb``: "hosted X at Rideau Hall in Ottawa", "was in Canberra with X", "joined X
  at Turnberry in Scotland", "was in Paris with Macron on Monday and in Berlin with Merz".
  Refused: the host's verb for another visitor ("welcomed Macron to Berlin, and received Tusk
  in Hamburg" is no Berlin meeting with Tusk), for a host who is no party ("King Charles
  received Carney at Buckingham Palace" is no Carney-Starmer meeting), an earlier visit ("She
  last hosted him in Cernobbio");
- ``rv-trip-invite``: a journey whose purpose is the meeting ("flew to Riyadh on Tuesday to
  meet"), an invitation for a meeting not yet held. Refused: a trip called off or cancelled,
  one whose purpose is another errand or another party, an invitation for another meeting
  than the fact's (a state visit beside a summit elsewhere, the next summit of a held one), a
  journey a year earlier;
- ``rv-layout``: a programme's lines, "this city" under the dateline, a fronted venue ("At
  Mar-a-Lago on Sunday, ..."), a where-aside, "returned from Anchorage, where he met Putin".
  Refused: another line's meeting with another leader, the dateline's city the leader left, a
  fronted place of a phone call or of two people one of whom is only talked about, a
  where-aside of a summit the leader came from;
- ``rv-member-actors``: "Negotiators from Qatar", "Judges at the International Court of
  Justice", "the Hamas-led assault". Refused: members who are the act's object ("officials
  from the IAEA were expelled by Iran") or only watch another's act, people from a country who
  act for no one (tourists, migrants, nurses), a paper ignored or executed rather than issued,
  a led act only condemned.

Run ``python tests/data/make_rvpl32_cases.py`` to rebuild it. Every text is written for this
set (public figures in invented sentences, fictional outlets), each verdict decided when the
case was written. The cases a careful reader gets right and the rules do not are left out and
listed in DECISIONS.md (session 32, review rvpl32).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvpl32.jsonl")

built = SupportCases(
    "rvpl32",
    leads=[
        "By Maren Ostby | The Harbour Courier",
        "FOREIGN DESK | Late edition",
        "From our Asia correspondent, The Lantern Post.",
        "Filed by the wires desk of Radio Borealis.",
    ],
)
HOST, TRIP, LAYOUT, MEMBERS = "rv-host-verb", "rv-trip-invite", "rv-layout", "rv-member-actors"
HELD, SCHEDULED, PROPOSED = "held", "scheduled", "proposed"


def sentences(text: str) -> list[str]:
    """The sentences of a one-paragraph ``text``, split after a full stop before a capital."""
    parts = [p.strip() for p in text.replace(". ", ".\n").split("\n")]
    return [p for p in parts if p]


def summit(
    category: str, text: str, passes: list[str], fails: list[str], parties: list[str],
    status: str = HELD, page: str | None = None,
) -> None:  # fmt: skip
    """A summit of ``parties`` backed by every sentence of ``text`` (on the set's page, or on
    ``page`` written whole): each of ``passes`` is its place, each of ``fails`` is not."""
    built.meeting_places(
        category, page or built.page(text), sentences(text), passes, fails, parties, status
    )


def actor(expect: bool, sentence: str, who: str, description: str, kind: str = "other") -> None:
    why = "the party acts in the event" if expect else "the party is not the event's actor"
    built.actor(MEMBERS, expect, sentence, who, description, why, kind=kind)


# --- rv-host-verb ------------------------------------------------------------------------------

summit(
    HOST,
    "Prime Minister Mark Carney hosted President Cyril Ramaphosa at Rideau Hall in Ottawa on Tuesday, a day after Ramaphosa arrived from Johannesburg.",
    ["Ottawa", "Rideau Hall"],
    ["Johannesburg"],
    ["Mark Carney", "Cyril Ramaphosa"],
)
summit(
    HOST,
    "King Abdullah II welcomed Chancellor Friedrich Merz to the Al Husseiniya Palace in Amman on Sunday. Merz had toured a refugee camp near Zarqa the day before.",
    ["Amman", "Al Husseiniya Palace"],
    ["Zarqa"],
    ["King Abdullah II", "Friedrich Merz"],
)
MACRON = "President Emmanuel Macron received Prime Minister Narendra Modi at the Elysee Palace on Wednesday. On Thursday he hosted Chancellor Friedrich Merz in Toulon."
summit(HOST, MACRON, ["Elysee Palace"], ["Toulon"], ["Emmanuel Macron", "Narendra Modi"])
summit(HOST, MACRON, ["Toulon"], ["Elysee Palace"], ["Emmanuel Macron", "Friedrich Merz"])
summit(
    HOST,
    "Prime Minister Giorgia Meloni will receive President Volodymyr Zelensky in Rome on Thursday. She last hosted him in Cernobbio in September.",
    ["Rome"],
    ["Cernobbio"],
    ["Giorgia Meloni", "Volodymyr Zelensky"],
    SCHEDULED,
)
summit(
    HOST,
    "Premier Li Qiang was in Canberra with Prime Minister Anthony Albanese on Monday; on Tuesday he toured a lithium mine outside Perth.",
    ["Canberra"],
    ["Perth"],
    ["Li Qiang", "Anthony Albanese"],
)
summit(
    HOST,
    "Prime Minister Anthony Albanese hosted a charity cricket match in Canberra on Saturday, two days before he received Prime Minister Christopher Luxon in Sydney.",
    ["Sydney"],
    [],
    ["Anthony Albanese", "Christopher Luxon"],
)
summit(
    HOST,
    "Prime Minister Keir Starmer joined President Donald Trump at Turnberry in Scotland on Monday for talks on trade. Trump had flown in from Washington on Friday to play golf.",
    ["Turnberry", "Scotland"],
    ["Washington"],
    ["Keir Starmer", "Donald Trump"],
)
MBZ = "Sheikh Mohamed bin Zayed welcomed Prime Minister Shehbaz Sharif in Abu Dhabi on Monday. On Wednesday he was in Istanbul with President Recep Tayyip Erdogan."
summit(HOST, MBZ, ["Abu Dhabi"], ["Istanbul"], ["Mohamed bin Zayed", "Shehbaz Sharif"])
summit(HOST, MBZ, ["Istanbul"], ["Abu Dhabi"], ["Mohamed bin Zayed", "Recep Tayyip Erdogan"])
summit(
    HOST,
    "King Charles received Prime Minister Mark Carney at Buckingham Palace on Monday, and Carney then held talks with Prime Minister Keir Starmer at Chequers.",
    ["Chequers"],
    ["Buckingham Palace"],
    ["Mark Carney", "Keir Starmer"],
)
summit(
    HOST,
    "President Recep Tayyip Erdogan welcomed President Vladimir Putin's call for talks in Istanbul, but the two leaders met in Sochi on Friday.",
    ["Sochi"],
    [],
    ["Recep Tayyip Erdogan", "Vladimir Putin"],
)
STARMER = "Prime Minister Keir Starmer was in Paris with Emmanuel Macron on Monday and in Berlin with Friedrich Merz on Tuesday."
summit(HOST, STARMER, ["Berlin"], ["Paris"], ["Keir Starmer", "Friedrich Merz"])
summit(HOST, STARMER, ["Paris"], ["Berlin"], ["Keir Starmer", "Emmanuel Macron"])
summit(
    HOST,
    "President Javier Milei hosted President Daniel Noboa at the Casa Rosada in Buenos Aires on Friday. Noboa had received him in Quito in 2024.",
    ["Casa Rosada", "Buenos Aires"],
    [],
    ["Javier Milei", "Daniel Noboa"],
)
summit(
    HOST,
    "President Lee Jae-myung hosted the APEC leaders' dinner in Gyeongju on Wednesday; his talks with Prime Minister Sanae Takaichi took place in Busan two days later.",
    ["Busan"],
    [],
    ["Lee Jae-myung", "Sanae Takaichi"],
)
MERZ = "Chancellor Friedrich Merz welcomed President Emmanuel Macron to the chancellery in Berlin, and received Prime Minister Donald Tusk in Hamburg the following week."
summit(HOST, MERZ, ["Hamburg"], ["Berlin"], ["Friedrich Merz", "Donald Tusk"])
summit(HOST, MERZ, ["Berlin"], ["Hamburg"], ["Friedrich Merz", "Emmanuel Macron"])

# --- rv-trip-invite ----------------------------------------------------------------------------

summit(
    TRIP,
    "Secretary of State Marco Rubio flew to Riyadh on Tuesday to meet Crown Prince Mohammed bin Salman after a stopover in Doha.",
    ["Riyadh"],
    ["Doha"],
    ["Marco Rubio", "Mohammed bin Salman"],
)
summit(
    TRIP,
    "Prime Minister Anthony Albanese will travel to Beijing to meet President Xi Jinping next week, before going on to Shanghai for a trade fair.",
    ["Beijing"],
    ["Shanghai"],
    ["Anthony Albanese", "Xi Jinping"],
    SCHEDULED,
)
summit(
    TRIP,
    "President Volodymyr Zelensky headed to Washington for talks with President Donald Trump at the White House, leaving Kyiv on Sunday night.",
    ["Washington", "White House"],
    ["Kyiv"],
    ["Volodymyr Zelensky", "Donald Trump"],
)
summit(
    TRIP,
    "Chancellor Friedrich Merz had planned to fly to Ankara to meet President Recep Tayyip Erdogan, but the trip was called off and the two met in Brussels a week later.",
    [],
    ["Ankara"],
    ["Friedrich Merz", "Recep Tayyip Erdogan"],
)
summit(
    TRIP,
    "Prime Minister Keir Starmer flew to Washington to sign a trade deal and stopped in Paris on his way home for talks with President Emmanuel Macron.",
    [],
    ["Washington"],
    ["Keir Starmer", "Emmanuel Macron"],
)
MODI = "Prime Minister Narendra Modi travelled to Johannesburg for the G20 summit, then flew to Harare to see President Emmerson Mnangagwa."
summit(TRIP, MODI, ["Harare"], ["Johannesburg"], ["Narendra Modi", "Emmerson Mnangagwa"])
summit(TRIP, MODI, ["Johannesburg"], ["Harare"], ["Narendra Modi"])
CARNEY = "Prime Minister Mark Carney met President Claudia Sheinbaum in Mexico City on Thursday and invited her to Ottawa for a summit next spring."
summit(TRIP, CARNEY, ["Mexico City"], ["Ottawa"], ["Mark Carney", "Claudia Sheinbaum"])
summit(TRIP, CARNEY, ["Ottawa"], ["Mexico City"], ["Mark Carney", "Claudia Sheinbaum"], PROPOSED)
PUTIN = "President Vladimir Putin invited President Donald Trump to Moscow at the end of their meeting in Anchorage."
summit(TRIP, PUTIN, ["Anchorage"], ["Moscow"], ["Vladimir Putin", "Donald Trump"])
summit(TRIP, PUTIN, ["Moscow"], [], ["Vladimir Putin", "Donald Trump"], PROPOSED)
summit(
    TRIP,
    "Secretary of State Marco Rubio met Foreign Minister Sergei Lavrov in Riyadh and returned to Washington to brief President Donald Trump.",
    ["Riyadh"],
    [],
    ["Marco Rubio", "Sergei Lavrov"],
)
summit(
    TRIP,
    "Prime Minister Anthony Albanese flew to Tokyo to see Prime Minister Shigeru Ishiba last year, and this week hosted him in Canberra.",
    ["Canberra"],
    ["Tokyo"],
    ["Anthony Albanese", "Shigeru Ishiba"],
)
summit(
    TRIP,
    "President Donald Trump invited President Cyril Ramaphosa to the White House in May; Ramaphosa accepted, and the two met in the Oval Office on May 21.",
    ["Oval Office"],
    [],
    ["Donald Trump", "Cyril Ramaphosa"],
)
summit(
    TRIP,
    "Prime Minister Shigeru Ishiba invited President Lee Jae-myung to Tokyo for a state visit in the autumn, but their first summit will be held in Seoul next month.",
    ["Seoul"],
    ["Tokyo"],
    ["Shigeru Ishiba", "Lee Jae-myung"],
    SCHEDULED,
)
summit(
    TRIP,
    "Prime Minister Mark Carney cancelled a trip to New Delhi to meet Prime Minister Narendra Modi after the row over the killing, and the two eventually met in Kananaskis.",
    ["Kananaskis"],
    ["New Delhi"],
    ["Mark Carney", "Narendra Modi"],
)
summit(
    TRIP,
    "Secretary of State Marco Rubio travelled to Kuala Lumpur for the ASEAN summit, where he met Foreign Minister Wang Yi on the sidelines.",
    ["Kuala Lumpur"],
    [],
    ["Marco Rubio", "Wang Yi"],
)

# --- rv-layout ---------------------------------------------------------------------------------

PROGRAMME = (
    "- Kuala Lumpur, October 26: the ASEAN summit.",
    "- Tokyo, October 28: talks with Prime Minister Sanae Takaichi.",
    "- Busan, October 30: a meeting with President Xi Jinping.",
)
ITINERARY = "Trump's week in Asia\n\nTHE ITINERARY\n\n" + "\n".join(PROGRAMME) + "\n"
for parties, passes, fails in (
    (["Donald Trump", "Xi Jinping"], ["Busan"], ["Tokyo", "Kuala Lumpur"]),
    (["Donald Trump", "Sanae Takaichi"], ["Tokyo"], ["Busan", "Kuala Lumpur"]),
):
    built.meeting_places(LAYOUT, ITINERARY, list(PROGRAMME), passes, fails, parties, SCHEDULED)


def datelined(head: str, body: str, passes: list[str], fails: list[str], parties: list[str],
              status: str = HELD) -> None:  # fmt: skip
    """A summit backed by ``body`` on a page whose first paragraph opens with ``head``."""
    page = f"Dispatch\n\n{head} {body}\n\nReporting by Ilse Varga; editing by Tomas Reyl.\n"
    summit(LAYOUT, body, passes, fails, parties, status, page=page)


datelined(
    "TIANJIN, China (Reuters) -",
    "Prime Minister Narendra Modi and President Vladimir Putin held talks in this northern port city on Monday on the sidelines of a regional summit.",
    ["Tianjin"],
    [],
    ["Narendra Modi", "Vladimir Putin"],
)
datelined(
    "SEOUL, South Korea (AP) -",
    "President Donald Trump left this capital city on Wednesday and met President Xi Jinping the next day at an air base near Busan.",
    ["Busan"],
    ["Seoul"],
    ["Donald Trump", "Xi Jinping"],
)
datelined(
    "GENEVA (AFP) -",
    "Diplomats in this lakeside city said Armenia and Azerbaijan would resume talks in Vienna on Monday.",
    ["Vienna"],
    ["Geneva"],
    ["Armenia", "Azerbaijan"],
    SCHEDULED,
)
summit(
    LAYOUT,
    "At Mar-a-Lago on Sunday, President Donald Trump and President Volodymyr Zelensky spent two hours on a peace framework.",
    ["Mar-a-Lago"],
    [],
    ["Donald Trump", "Volodymyr Zelensky"],
)
summit(
    LAYOUT,
    "In Ottawa, Prime Minister Mark Carney and President Donald Trump spoke by phone for an hour on Friday about steel tariffs.",
    [],
    ["Ottawa"],
    ["Mark Carney", "Donald Trump"],
)
summit(
    LAYOUT,
    "In Washington, President Donald Trump said he would meet President Vladimir Putin in Budapest within two weeks.",
    ["Budapest"],
    ["Washington"],
    ["Donald Trump", "Vladimir Putin"],
    SCHEDULED,
)
summit(
    LAYOUT,
    "President Ilham Aliyev came straight from Brussels, where an EU summit had just ended, to meet Prime Minister Nikol Pashinyan on Saturday. Their talks were held at the Qasr Al Watan palace.",
    ["Qasr Al Watan"],
    ["Brussels"],
    ["Ilham Aliyev", "Nikol Pashinyan"],
)
summit(
    LAYOUT,
    "President Donald Trump returned from Anchorage, where he met President Vladimir Putin on Friday, and flew on to his golf club in New Jersey.",
    ["Anchorage"],
    ["New Jersey"],
    ["Donald Trump", "Vladimir Putin"],
)
summit(
    LAYOUT,
    "Reporters gathered outside the Palais des Nations, where talks between Armenia and Azerbaijan resume on Monday.",
    ["Palais des Nations"],
    [],
    ["Armenia", "Azerbaijan"],
    SCHEDULED,
)
summit(
    LAYOUT,
    "Prime Minister Nikol Pashinyan flew in from Copenhagen, where the European Political Community summit was held, and met President Ilham Aliyev at the Palais des Nations.",
    ["Palais des Nations"],
    ["Copenhagen"],
    ["Nikol Pashinyan", "Ilham Aliyev"],
)
summit(
    LAYOUT,
    "Inside the Great Hall of the People, President Xi Jinping and Prime Minister Anthony Albanese discussed trade and security.",
    ["Great Hall of the People"],
    [],
    ["Xi Jinping", "Anthony Albanese"],
)
summit(
    LAYOUT,
    "At the White House, President Donald Trump and Vice-President JD Vance discussed how to handle President Vladimir Putin.",
    [],
    ["White House"],
    ["Donald Trump", "Vladimir Putin"],
)

# --- rv-member-actors --------------------------------------------------------------------------

QATAR = "Negotiators from Qatar and Egypt handed the new proposal to Hamas on Monday."
actor(True, QATAR, "Qatar", "mediators hand new proposal to Hamas")
actor(True, QATAR, "Egypt", "mediators hand new proposal to Hamas")
actor(
    True,
    "A delegation from Ukraine signed the minerals agreement in Washington on Wednesday.",
    "Ukraine",
    "minerals agreement signed",
)
actor(
    True,
    "Prosecutors at the International Criminal Court charged the former president with crimes against humanity on Tuesday.",
    "International Criminal Court",
    "former president charged with crimes against humanity",
)
actor(
    True,
    "Envoys from Saudi Arabia brokered the prisoner exchange between Russia and Ukraine.",
    "Saudi Arabia",
    "prisoner exchange brokered",
    kind="prisoner_exchange",
)
GHANA = "Ministers from Ghana and Togo signed the border pact at a ceremony on Friday."
actor(True, GHANA, "Ghana", "border pact signed")
actor(True, GHANA, "Togo", "border pact signed")
ICJ = "Judges at the International Court of Justice ordered Israel to allow aid into Gaza."
actor(True, ICJ, "International Court of Justice", "court orders aid access to Gaza")
BORDER = "Technical teams from Armenia and Azerbaijan agreed on the first stretch of the border on Tuesday."
actor(True, BORDER, "Armenia", "first stretch of border agreed")
actor(True, BORDER, "Azerbaijan", "first stretch of border agreed")
actor(
    True,
    "The Hamas-led assault on October 7 killed about 1,200 people.",
    "Hamas",
    "October 7 assault",
    kind="attack",
)
ISTANBUL = "Negotiators from Ukraine met envoys from Russia in Istanbul on Friday."
actor(True, ISTANBUL, "Ukraine", "Istanbul talks", kind="talks")
actor(True, ISTANBUL, "Russia", "Istanbul talks", kind="talks")

RECALL = "Turkey recalled its envoy from Israel on Saturday."
actor(True, RECALL, "Turkey", "Turkey recalls its ambassador")
MONGOLIA = "Mongolia ignored a warrant from the International Criminal Court and welcomed Putin."
actor(
    False,
    MONGOLIA,
    "International Criminal Court",
    "Mongolia ignores ICC warrant during Putin visit",
)
actor(
    False,
    "Qatar condemned the Hamas-led assault in a statement on Sunday.",
    "Hamas",
    "Qatar condemns the assault",
)
actor(
    False,
    "Argentina signed the accord as representatives from Brazil looked on.",
    "Brazil",
    "Argentina signs the accord",
)
actor(
    False,
    "Officials from the International Atomic Energy Agency were expelled by Iran on Tuesday.",
    "International Atomic Energy Agency",
    "Iran expels nuclear inspectors",
)

actor(
    False,
    "Tourists from Germany were among those hurt in the blast in Antalya.",
    "Germany",
    "blast in Antalya",
    kind="attack",
)
actor(
    False,
    "Migrants from Tunisia drowned when their boat capsized off Lampedusa.",
    "Tunisia",
    "migrant boat capsizes",
    kind="casualties",
)
actor(
    False,
    "Nurses from the Philippines walked out of two hospitals in Riyadh over unpaid wages.",
    "Philippines",
    "nurses' walkout in Riyadh",
    kind="strike",
)
actor(
    False,
    "The warrant from the International Criminal Court was executed by police in Manila on Tuesday.",
    "International Criminal Court",
    "Duterte arrested in Manila",
)
actor(False, "Hamas freed two hostages from Israel on Sunday.", "Israel", "hostages freed")
actor(
    False,
    "A delegation from Japan watched from the gallery as the Senate passed the bill.",
    "Japan",
    "Senate passes the bill",
    kind="vote",
)
actor(
    False,
    "Negotiators from Egypt were not invited to the talks in Doha.",
    "Egypt",
    "Doha talks",
    kind="talks",
)
actor(
    False,
    "Prosecutors from France looked on as the court in The Hague convicted the warlord.",
    "France",
    "warlord convicted in The Hague",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
