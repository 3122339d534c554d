# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the venues-45 set (``grounding_venues45.jsonl``): a meeting's place stated by its own
clause in the many ways news copy does, and the places of other occasions and routes beside it
(an outside check, session 21, check 45's cause 3). By category:

- ``stated-venue``: a predicate of meeting or settling governs the place ("signed in", "reached
  an agreement in", "sealed the pact in", "sat down in", "will reconvene in", "is to be held in
  Kenya next year, at Naivasha"), or the place opens the name of the forum the meeting is at
  ("on the sidelines of the Antalya Diplomacy Forum", "at the Munich Security Conference"): the
  place passes; a place in the same sentence that is another occasion's (a clause of time
  "after talks in X", a relative clause "whose last meeting was in X", an embassy's or a
  hall's name, other people's meeting, the topic of the talks, a place it is not held
  in) does not;
- ``round-venue``: two meetings of the same sides in one sentence ("met in Vienna on Monday and
  again in Geneva on Thursday", "after talks in Doha last month, will meet in Cairo next week",
  "held a first round in Tbilisi in March and a second in Baku on April 20"): the place told
  with the fact's day or tense passes, the other meeting's place fails;
- ``dateline-venue``: a dateline over a held meeting or agreement with no other place in its
  sentence ("OSLO — Norway and Iceland agreed on Monday ...") is the meeting's place; a
  dateline over a meeting told elsewhere ("WASHINGTON — ... met on Tuesday in Tokyo"), over
  one still to come, or over a meeting of people the fact does not name is not;
- ``route-end``: for an event, the ends of a route ("a flight from Athens to Vilnius was forced
  to land in Minsk", "a convoy heading from Gao to Timbuktu was ambushed near Ber") are not
  where it happened; the place after "in", "near", "off" is.

Run ``python tests/data/make_venues45_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_venues45.jsonl")

built = SupportCases(
    "v45",
    leads=[
        "By Ines Marwood | The Harbour Courier",
        "WORLD | The Upland Ledger",
        "From our diplomatic correspondent.",
        "Posted by the Steppe Review news desk",
        "The Coastal Standard - Foreign pages",
    ],
)
STATED, ROUND, DATELINE, ROUTE = "stated-venue", "round-venue", "dateline-venue", "route-end"


def venue(category: str, expect: bool, why: str, sentence: str, value: str,
          parties: list[str], status: str = "held", timing: str | None = None) -> None:  # fmt: skip
    """A summit of ``parties`` (``status``, ``timing``) whose planned location is ``value``,
    its evidence ``sentence``."""
    item = {"parties": parties, "status": status, "planned_location": value,
            "planned_timing": timing, "evidence": [sentence]}  # fmt: skip
    built.add(category, expect, f"planned_location {value!r}: {why}", built.page(sentence),
              {"summits": [item]}, "summits[0].planned_location")  # fmt: skip


def site(expect: bool, why: str, sentence: str, value: str) -> None:
    """An incident whose place is ``value``, its evidence ``sentence``."""
    item = {"kind": "attack", "description": "the incident", "place": value,
            "evidence": [sentence]}  # fmt: skip
    built.add(ROUTE, expect, f"place {value!r}: {why}", built.page(sentence),
              {"events": [item]}, "events[0].place")  # fmt: skip


# --- stated-venue: the predicate of its own clause names the meeting's place -------------

S = "The accord was signed in Tashkent on Friday by the two foreign ministers."
venue(STATED, True, "signed in", S, "Tashkent", ["Uzbekistan", "Kyrgyzstan"])
S = "Armenia and Azerbaijan reached a deal in Washington on Friday, aides said."
venue(STATED, True, "reached a deal in", S, "Washington", ["Armenia", "Azerbaijan"])
S = "The framework was signed in Doha, Qatar, by the envoy Lena Brandt and the rebels' deputy leader, Omar Saleh."
venue(
    STATED, True, "signed in, its country after a comma", S, "Doha", ["Lena Brandt", "Omar Saleh"]
)
S = "Kenya and Somalia sealed the maritime pact in Mombasa, state media reported."
venue(STATED, True, "sealed the pact in (a modifier between)", S, "Mombasa", ["Kenya", "Somalia"])
S = "Ethiopia and Eritrea concluded a peace agreement at Jeddah in September."
venue(
    STATED,
    True,
    "concluded an agreement at",
    S,
    "Jeddah",
    ["Ethiopia", "Eritrea"],
    timing="in September",
)
S = "Ministers from Chile and Peru sat down in Arica on Wednesday and signed the water accord."
venue(STATED, True, "sat down in", S, "Arica", ["Chile", "Peru"])
S = "Riyadh and Tehran, which cut ties after protesters stormed an embassy in Tehran in 2016, reached an agreement in Beijing last week."
venue(
    STATED,
    True,
    "the main clause's place past a relative clause",
    S,
    "Beijing",
    ["Riyadh", "Tehran"],
)
venue(
    STATED, False, "the relative clause's place (a past protest)", S, "Tehran", ["Riyadh", "Tehran"]
)
S = "Cavusoglu hopes to bring Lavrov and Kuleba together on the sidelines of the Antalya Diplomacy Forum, which opens on March 10."
venue(
    STATED, True, "the forum's city", S, "Antalya", ["Sergei Lavrov", "Dmytro Kuleba"], "proposed"
)
S = "Scholz and Harris spoke briefly at the Munich Security Conference on Saturday."
venue(STATED, True, "the conference's city", S, "Munich", ["Olaf Scholz", "Kamala Harris"])
S = "The next summit, the 20th, will be held in Cambodia in 2026, at Siem Reap, it was decided."
venue(STATED, True, "the precise place after the country", S, "Siem Reap", [], "scheduled")
S = "The conference is to be held in Kenya next year, at Naivasha, organisers said; this year's was held in Uganda, at Entebbe."
venue(STATED, True, "next year's precise place", S, "Naivasha", [], "scheduled", "next year")
venue(
    STATED, False, "this year's place, another edition", S, "Entebbe", [], "scheduled", "next year"
)
S = "The truce was inked in Jeddah on Saturday by envoys who had flown in from Khartoum."
venue(STATED, True, "inked in", S, "Jeddah", [])
venue(STATED, False, "where the envoys flew from", S, "Khartoum", [])
S = "The accord, drafted by lawyers in Vienna, was signed in Tashkent on Friday by the two foreign ministers."
venue(STATED, False, "where it was drafted", S, "Vienna", ["Uzbekistan", "Kyrgyzstan"])
S = "The two leaders, who last met at the Munich Security Conference, will hold talks in Geneva on Monday."
venue(
    STATED,
    False,
    "the forum of their last meeting",
    S,
    "Munich",
    ["the two leaders"],
    "scheduled",
    "on Monday",
)
venue(
    STATED, True, "will hold talks in", S, "Geneva", ["the two leaders"], "scheduled", "on Monday"
)
S = "Ministers are to meet at the Doha Forum in December, after a first round in Istanbul collapsed."
venue(STATED, True, "to meet at the forum", S, "Doha", [], "scheduled", "in December")
venue(STATED, False, "the collapsed first round", S, "Istanbul", [], "scheduled", "in December")
S = "The envoys sat down in Oslo on Tuesday for talks about the fighting in Darfur."
venue(STATED, False, "what the talks were about", S, "Darfur", [])
S = "Kiir met Machar on Monday, Kenya's embassy in Juba said."
venue(STATED, False, "the embassy's city", S, "Juba", ["Salva Kiir", "Riek Machar"])
S = "The ministers signed the text at the Lancaster Hall on Monday."
venue(STATED, False, "part of a hall's name", S, "Lancaster", [])
S = "Rubio and Lavrov signed a protocol in Riyadh to prepare the summit."
venue(
    STATED,
    False,
    "other people's signing",
    S,
    "Riyadh",
    ["Donald Trump", "Vladimir Putin"],
    "scheduled",
)
S = "The envoys will meet in Doha rather than in Muscat, a spokesman said."
venue(STATED, False, "the place it is not in", S, "Muscat", [], "scheduled")
S = "The meeting will not be held in Nairobi, officials said."
venue(STATED, False, "negated", S, "Nairobi", [], "scheduled")
S = "Sources said the leaders would meet at the Davos forum in January, not in Zurich."
venue(STATED, False, "the place it is not in", S, "Zurich", [], "scheduled", "in January")

# --- round-venue: two meetings of the same sides in one sentence -------------------------

S = "The foreign ministers met in Vienna on Monday and again in Geneva on Thursday."
venue(ROUND, True, "the second round, with its day", S, "Geneva", [], timing="on Thursday")
venue(ROUND, False, "Monday's place", S, "Vienna", [], timing="on Thursday")
S = "Kovac and Hale talked in Zagreb last week; they met again in Split on Wednesday, officials said."
venue(
    ROUND,
    True,
    "'met again' with the fact's day",
    S,
    "Split",
    ["Kovac", "Hale"],
    timing="on Wednesday",
)
venue(ROUND, False, "last week's place", S, "Zagreb", ["Kovac", "Hale"], timing="on Wednesday")
S = "Delegates held a first round in Tbilisi in March and a second round in Baku on April 20."
venue(ROUND, True, "the April round", S, "Baku", [], timing="on April 20")
venue(ROUND, False, "the March round, dated apart", S, "Tbilisi", [], timing="on April 20")
S = "The envoys sat down in Lusaka on Friday and, again, in Harare on Sunday."
venue(ROUND, True, "Sunday's place", S, "Harare", [], timing="on Sunday")
venue(ROUND, False, "Friday's place", S, "Lusaka", [], timing="on Sunday")
S = "Following a round in Bern in January, the delegations will gather in Lausanne on March 2."
venue(ROUND, True, "the main clause's future meeting", S, "Lausanne", [], "scheduled", "on March 2")
venue(ROUND, False, "the January round", S, "Bern", [], "scheduled", "on March 2")
S = "Weeks after a summit in Lisbon, EU leaders are set to convene in Porto on Friday."
venue(ROUND, True, "set to convene in", S, "Porto", ["EU leaders"], "scheduled", "on Friday")
venue(ROUND, False, "the earlier summit", S, "Lisbon", ["EU leaders"], "scheduled", "on Friday")
S = "After Monday's talks in Riga, the ministers will reconvene in Tallinn on Thursday."
venue(ROUND, True, "will reconvene in", S, "Tallinn", [], "scheduled", "on Thursday")
venue(ROUND, False, "Monday's talks", S, "Riga", [], "scheduled", "on Thursday")
S = "Having failed to agree in Vienna on Monday, the envoys will resume in Rome on Friday."
venue(ROUND, True, "will resume in", S, "Rome", [], "scheduled", "on Friday")
venue(ROUND, False, "the failed round", S, "Vienna", [], "scheduled", "on Friday")
S = "The premiers, whose last meeting was in Halifax in June, gathered in Quebec City on Tuesday."
venue(ROUND, True, "the main clause's meeting", S, "Quebec City", [], timing="on Tuesday")
venue(ROUND, False, "the last meeting, in a relative clause", S, "Halifax", [], timing="on Tuesday")
S = "The ceasefire was signed in Luanda in 2022 by envoys, a year after a failed accord in Kinshasa."
venue(ROUND, True, "the signing, with its year", S, "Luanda", [], timing="in 2022")
venue(ROUND, False, "the failed accord a year before", S, "Kinshasa", [], timing="in 2022")
S = "Since their meeting in Lagos last year, the two leaders have spoken only by phone; they are due to meet in Abuja next month."
venue(ROUND, True, "due to meet in", S, "Abuja", [], "scheduled", "next month")
venue(ROUND, False, "last year's meeting", S, "Lagos", [], "scheduled", "next month")

# --- dateline-venue: the dateline over a held meeting with no other place ----------------

S = "OSLO — Norway and Iceland agreed on Monday to share fishing quotas, a deal reached as the two prime ministers sat down at their first bilateral summit in a decade."
venue(DATELINE, True, "a held meeting under the dateline", S, "Oslo", ["Norway", "Iceland"])
S = "NAIROBI, June 3 (Wire) — The presidents of Kenya and Tanzania met on Tuesday and agreed to reopen the border."
venue(DATELINE, True, "a dated dateline over a meeting", S, "Nairobi", ["Kenya", "Tanzania"])
S = "SANTIAGO — Chile and Argentina signed a water-sharing accord on Thursday after two days of talks."
venue(DATELINE, True, "signed under the dateline", S, "Santiago", ["Chile", "Argentina"])
S = "HANOI (Mekong Wire) - Vietnam and Laos held talks on Friday on the new rail link."
venue(DATELINE, True, "a wire's dateline over held talks", S, "Hanoi", ["Vietnam", "Laos"])
S = "ROME — Meloni and Rama met on Wednesday and agreed on a joint migration centre."
venue(DATELINE, True, "met under the dateline", S, "Rome", ["Giorgia Meloni", "Edi Rama"])
S = "WASHINGTON — The leaders of Japan and South Korea met on Tuesday in Tokyo and agreed to resume visits."
venue(DATELINE, False, "the meeting was in Tokyo", S, "Washington", ["Japan", "South Korea"])
venue(DATELINE, True, "the place the sentence gives", S, "Tokyo", ["Japan", "South Korea"])
S = "GENEVA, May 4 — Ministers will meet in Vienna next week to resume the talks."
venue(DATELINE, False, "the meeting is to be in Vienna", S, "Geneva", [], "scheduled", "next week")
S = "LIMA — The two foreign ministers will meet on Thursday, officials said."
venue(
    DATELINE,
    False,
    "a meeting to come: its place not given",
    S,
    "Lima",
    [],
    "scheduled",
    "on Thursday",
)
S = "BERLIN — Macron and Sanchez met on Monday and agreed to link their power grids."
venue(DATELINE, False, "other people's meeting", S, "Berlin", ["Olaf Scholz", "Donald Tusk"])
S = "MANILA, Aug 2 (Archipelago Wire) - Ministers agreed on Friday to set up a hotline, but will meet again in Hanoi next month to finish the text."
venue(DATELINE, False, "the next round is in Hanoi", S, "Manila", [], timing="on Friday")
venue(DATELINE, True, "next month's place", S, "Hanoi", [], "scheduled", "next month")
S = "PARIS — The two envoys had met in secret earlier in the year, the ministry said on Sunday."
venue(DATELINE, False, "an earlier meeting, its place not given", S, "Paris", [])
S = "CAIRO — Egypt and Sudan will sign the dam protocol next week, officials said."
venue(DATELINE, False, "a signing still to come", S, "Cairo", ["Egypt", "Sudan"], "scheduled")

S = "DHAKA (Delta Wire) - Bangladesh and Bhutan signed three trade agreements on Sunday."
venue(DATELINE, True, "signed under a wire's dateline", S, "Dhaka", ["Bangladesh", "Bhutan"])
S = "ACCRA, March 9 — Ghana and Togo concluded a border deal on Friday, officials said."
venue(DATELINE, True, "concluded under a dated dateline", S, "Accra", ["Ghana", "Togo"])
S = "VILNIUS — Nauseda and Rinkevics sat down on Monday for an hour of talks on air defence."
venue(
    DATELINE,
    True,
    "sat down under the dateline",
    S,
    "Vilnius",
    ["Gitanas Nauseda", "Edgars Rinkevics"],
)
S = "TOKYO — Kishida will hold talks with Yoon next month, officials said."
venue(
    DATELINE,
    False,
    "talks to come, their place not given",
    S,
    "Tokyo",
    ["Fumio Kishida", "Yoon Suk Yeol"],
    "scheduled",
    "next month",
)
S = "KYIV — Zelensky and Duda met on Sunday in Lublin, near the border."
venue(DATELINE, False, "they met in Lublin", S, "Kyiv", ["Volodymyr Zelensky", "Andrzej Duda"])
S = "BRASILIA — Lula and Petro met on Thursday, officials said."
venue(DATELINE, False, "other presidents' meeting", S, "Brasilia", ["Javier Milei", "Luis Arce"])

# --- route-end: the ends of a route are not where the event happened ---------------------

S = "A Ryanair flight from Athens to Vilnius was forced to land in Minsk on Sunday."
site(False, "the flight's origin", S, "Athens")
site(False, "the flight's destination", S, "Vilnius")
site(True, "where it was forced to land", S, "Minsk")
S = "The train from Lviv to Kyiv was hit by a missile near Zhytomyr."
site(False, "the train's origin", S, "Lviv")
site(True, "near where it was hit", S, "Zhytomyr")
S = "The convoy, travelling from Herat to Kandahar, was ambushed in Helmand."
site(False, "the convoy's origin", S, "Herat")
site(False, "the convoy's destination", S, "Kandahar")
site(True, "where it was ambushed", S, "Helmand")
S = "A cargo ship bound for Odesa from Istanbul was struck off Izmail."
site(False, "the ship's port of departure", S, "Istanbul")
site(True, "off which it was struck", S, "Izmail")
S = "Gunmen attacked a bus from Peshawar in Kohat on Monday."
site(False, "where the bus came from", S, "Peshawar")
site(True, "where it was attacked", S, "Kohat")
S = "A passenger jet flying from Dubai to Almaty made an emergency landing in Aktau on Tuesday."
site(False, "the jet's origin", S, "Dubai")
site(False, "the jet's destination", S, "Almaty")
site(True, "where it landed", S, "Aktau")
S = "Militants ambushed a supply convoy heading from Gao to Timbuktu near the village of Ber."
site(False, "the convoy's origin", S, "Gao")
site(True, "the village it was ambushed near", S, "Ber")
S = "A drone struck a bus carrying workers from Donetsk in the town of Horlivka."
site(False, "where the workers came from", S, "Donetsk")
site(True, "the town it was struck in", S, "Horlivka")
S = "Rockets fired from Gaza hit a school in Sderot on Monday."
site(True, "where the rockets hit", S, "Sderot")
S = "A ferry from Bari sank off Durres in heavy seas."
site(True, "off which it sank", S, "Durres")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
