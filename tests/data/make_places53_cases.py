# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 53's places and other events' values (``grounding_places53.jsonl``):
value-support cases by category, each with what must pass and what must fail:

- ``epithet-site``: an event's place given in its evidence only by an epithet ("the
  enclave", "the region", "the capital", "the strip", "the island", "the city") that points
  back to the place named most recently before it ("... positions inside Gaza. Ninety hostages
  are still held in the enclave"): that place passes; a place named earlier than it, a place
  the epithet cannot stand for (a capital for "the strip", a country for "the capital") and a
  place never named fail;
- ``modifier-venue``: a meeting's place written as a noun modifier of its occasion ("at a
  White House ceremony", "during a Kremlin dinner", "at an Elysee signing ceremony") passes
  when the sentence is about the meeting's parties; the same modifier of another occasion
  ("had attended a Kremlin reception the night before", "a week after a Downing Street summit")
  and the other places of the sentence fail;
- ``other-event-value``: a value of another event in the same evidence sentence: where a
  strike was launched from ("fired ... at Odesa, launched, the air force said, from bombers
  over the Caspian Sea"), the capital of a party's delegation ("Kyiv's delegation was led
  by ...") for the talks' place, and the day in a relative clause with no "that" ("the tariffs
  he announced in early April") for the event's day fail, and so do talks the parties back
  ("urged Moscow to support the Istanbul talks") for the place of a meeting the evidence puts
  elsewhere; the place struck, the talks' place and the event's own day pass.

Run ``python tests/data/make_places53_cases.py`` to rebuild it. Every article below was
written for this set in my own words from real events (the facts carry over; the sentences
are new); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_places53.jsonl")

built = SupportCases(
    "pl53",
    leads=[
        "ODESA (Black Sea Wire) -",
        "By Lena Marchetti | The Harbour Gazette",
        "WORLD DIGEST | Morning edition",
        "From our Middle East correspondent, The Cedar Review.",
        "Translated from the French service of Radio Sahel.",
        "LIVE | Updated 09:40 GMT |",
    ],
)
EPITHET, MODIFIER, OTHER = "epithet-site", "modifier-venue", "other-event-value"


def summit(
    category: str, text: str, evidence: list[str], passes: list[str], fails: list[str],
    parties: list[str], status: str = "held",
) -> None:  # fmt: skip
    """A summit of ``parties`` backed by ``evidence``: each of ``passes`` is its place, each
    of ``fails`` is not."""
    page = built.page(text)
    built.meeting_places(category, page, evidence, passes, fails, parties, status)


def event(
    category: str, text: str, evidence: list[str], field: str, passes: list[str],
    fails: list[str], kind: str, description: str,
) -> None:  # fmt: skip
    """An event of ``kind`` backed by ``evidence``: each of ``passes`` is its ``field``, each
    of ``fails`` is not."""
    page = built.page(text)
    for sentence in evidence:
        assert sentence in page, sentence
    for expect, value in verdicts(passes, fails):
        fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                field: value, "evidence": evidence}  # fmt: skip
        why = "the event's own" if expect else "another place's or event's"
        built.add(category, expect, f"{field} {value!r}: {why}", page, {"events": [fact]},
                  f"events[0].{field}")  # fmt: skip


def last(text: str) -> list[str]:
    """The last sentence of a one-paragraph ``text``, as the fact's only evidence."""
    return [text.rsplit(". ", 1)[-1]]


# --- epithet-site: "the enclave" for the place named just before --------------------------

for text, passes, fails, kind, description in (
    (
        "Egyptian mediators in Cairo said the truce would take effect at dawn. By mid-morning, aid lorries were rolling through the Rafah crossing into Gaza. Inside the enclave, crowds gathered around the first deliveries.",
        ["Gaza"],
        ["Cairo", "Rafah"],
        "other",
        "aid deliveries reach crowds",
    ),
    (
        "Armenia accused Azerbaijan of shelling villages along the border. Fighting then flared around Nagorno-Karabakh on 19 September 2023. Within a day Azerbaijani forces controlled the region, and tens of thousands of ethnic Armenians began to leave.",
        ["Nagorno-Karabakh"],
        ["Armenia", "Azerbaijan"],
        "displacement",
        "ethnic Armenians leave",
    ),
    (
        "Air raid sirens sounded across Ukraine shortly after 4 a.m. In Kyiv, residents ran down to the metro stations. Debris from a downed missile set fire to cars parked outside a school in the capital.",
        ["Kyiv"],
        ["Ukraine"],
        "strike",
        "missile debris sets cars on fire",
    ),
    (
        "Israel's security cabinet approved the hostage deal late on Friday. Qatar's prime minister had announced the terms in Doha two days earlier. Fighting in Gaza went on until the last minute. On Sunday morning the truce took hold across the strip.",
        ["Gaza"],
        ["Doha", "Qatar"],
        "other",
        "truce takes hold",
    ),
    (
        "Ukrainian troops crossed into Russia's Kursk region in August 2024. Moscow needed months to gather the forces to push them back. By March 2025 Russian commanders claimed to have retaken most of the region.",
        ["Kursk"],
        ["Moscow", "Russia"],
        "other",
        "Russian forces retake territory",
    ),
    (
        "China opened two days of military drills around Taiwan on Monday. Warships and fighter jets circled the island from several directions, the defence ministry in Taipei said.",
        ["Taiwan"],
        ["China"],
        "other",
        "warships and jets circle in drills",
    ),
    (
        "The Black Sea Fleet moved most of its ships from Sevastopol to Novorossiysk last year. Explosions shook a naval base in Crimea overnight. Sea drones struck a landing ship off the peninsula's western coast, the navy said.",
        ["Crimea"],
        ["Sevastopol", "Novorossiysk"],
        "strike",
        "sea drones strike a landing ship",
    ),
    (
        "Aid agencies in Khartoum warned of famine across Darfur. The RSF had besieged El Fasher for 18 months. In late October 2025 the paramilitaries overran the city.",
        ["El Fasher"],
        ["Khartoum", "Darfur"],
        "other",
        "paramilitaries overrun a besieged city",
    ),
    (
        "Ten lorries of fuel crossed from Egypt at Rafah on Saturday. UN staff said hospitals in northern Gaza had only hours of power left. Much of the territory has been without mains electricity since October.",
        ["Gaza"],
        ["Egypt", "Rafah"],
        "other",
        "power cut",
    ),
    (
        "Tigray's interim leaders met federal officials in Addis Ababa on Tuesday. The war in Tigray ended with the Pretoria agreement of November 2022. Since then banks and phone lines have reopened across the region.",
        ["Tigray"],
        ["Addis Ababa", "Pretoria"],
        "other",
        "banks and phone lines reopen",
    ),
    (
        "Israeli strikes hit southern Lebanon on Monday. Rescuers worked through the night in Nabatieh. The town's main hospital said it had taken in 31 wounded.",
        ["Nabatieh"],
        ["Lebanon"],
        "strike",
        "strike wounds 31",
    ),
):
    event(EPITHET, text, last(text), "place", passes, fails, kind, description)

# --- modifier-venue: "at a White House ceremony" ------------------------------------------

T = "The leaders of Armenia and Azerbaijan put their names to a peace declaration on 8 August at a White House ceremony hosted by Donald Trump, months after their foreign ministers had met in Abu Dhabi."
summit(
    MODIFIER,
    T,
    [T],
    ["White House", "the White House"],
    ["Abu Dhabi"],
    ["Nikol Pashinyan", "Ilham Aliyev", "Donald Trump"],
)
T = "Vladimir Putin and Xi Jinping raised their glasses during a Kremlin dinner on Monday night, two days after Xi left Beijing for his state visit."
summit(MODIFIER, T, [T], ["Kremlin"], [], ["Vladimir Putin", "Xi Jinping"])
T = "Narendra Modi and Joe Biden toasted the partnership at a White House state dinner on Thursday, a day after Modi spoke at the United Nations in New York."
summit(MODIFIER, T, [T], ["White House"], ["New York"], ["Narendra Modi", "Joe Biden"])
T = "Emmanuel Macron and Volodymyr Zelensky sealed the aircraft deal at an Elysee signing ceremony, before Zelensky flew on to Berlin."
summit(MODIFIER, T, [T], ["Elysee"], ["Berlin"], ["Emmanuel Macron", "Volodymyr Zelensky"])
T = "Keir Starmer and Volodymyr Zelensky met at a Downing Street breakfast on Saturday, a day after the Ukrainian leader's clash with Trump in Washington."
summit(MODIFIER, T, [T], ["Downing Street"], ["Washington"], ["Keir Starmer", "Volodymyr Zelensky"])
T = "Recep Tayyip Erdogan and Mahmoud Abbas spoke for an hour during an Ankara working lunch on Wednesday, the Turkish presidency said."
summit(MODIFIER, T, [T], ["Ankara"], [], ["Recep Tayyip Erdogan", "Mahmoud Abbas"])
T = "Sergei Lavrov and Marco Rubio spoke by phone on Monday; Lavrov had attended a Kremlin reception for foreign ambassadors the night before."
summit(MODIFIER, T, [T], [], ["Kremlin"], ["Sergei Lavrov", "Marco Rubio"])
T = "Starmer and Zelensky met in Kyiv on Thursday, a week after a Downing Street summit of European leaders."
summit(MODIFIER, T, [T], ["Kyiv"], ["Downing Street"], ["Keir Starmer", "Volodymyr Zelensky"])
T = "Benjamin Netanyahu and Donald Trump answered questions side by side at a Mar-a-Lago news conference on Monday."
summit(MODIFIER, T, [T], ["Mar-a-Lago"], [], ["Benjamin Netanyahu", "Donald Trump"])
T = "Olaf Scholz and Li Qiang signed six agreements at a Chancellery ceremony in Berlin on Tuesday, after Li had toured a car plant in Munich."
summit(MODIFIER, T, [T], ["Chancellery", "Berlin"], ["Munich"], ["Olaf Scholz", "Li Qiang"])
T = "King Charles and Emmanuel Macron held talks at Windsor on Wednesday; a Versailles banquet for the king had closed the previous state visit."
summit(MODIFIER, T, [T], ["Windsor"], ["Versailles"], ["King Charles", "Emmanuel Macron"])
T = "Lula and Xi Jinping met on Tuesday during a Great Hall of the People welcome ceremony, three days after Lula landed in Shanghai."
summit(MODIFIER, T, [T], [], ["Shanghai"], ["Lula", "Xi Jinping"])
T = "Antony Blinken and Wang Yi met in Beijing on Friday; Blinken had attended a Shanghai business reception the day before."
summit(MODIFIER, T, [T], ["Beijing"], ["Shanghai"], ["Antony Blinken", "Wang Yi"])
T = "At a Geneva press briefing, the UN envoy said Russian and Ukrainian negotiators would meet in Istanbul next week."
summit(MODIFIER, T, [T], ["Istanbul"], ["Geneva"], ["Russia", "Ukraine"], status="scheduled")

# --- other-event-value: the launch site, a delegation's capital, a that-less clause's day --

T = "Russia fired four cruise missiles at Odesa before dawn, launched, Ukraine's air force said, from bombers over the Caspian Sea."
event(
    OTHER, T, [T], "place", ["Odesa"], ["Caspian Sea"], "strike", "cruise missile strike on Odesa"
)
T = "Two ballistic missiles struck Kharkiv on Sunday evening, launched from Russia's Belgorod region, the regional governor said."
event(
    OTHER,
    T,
    [T],
    "place",
    ["Kharkiv"],
    ["Belgorod"],
    "strike",
    "ballistic missile strike on Kharkiv",
)
T = "Houthi forces fired a missile at Eilat on Thursday, launched, according to the Israeli army, from northern Yemen."
event(OTHER, T, [T], "place", ["Eilat"], ["Yemen"], "strike", "Houthi missile fired at Eilat")
T = "Ukrainian drones, launched from the Sumy region, set fire to a refinery in Ryazan overnight."
event(OTHER, T, [T], "place", ["Ryazan"], ["Sumy"], "strike", "drone strike on a refinery")
T = "Russian and Ukrainian delegations sat down at Istanbul's Dolmabahce Palace on Monday. Kyiv's delegation was led by Rustem Umerov."
event(
    OTHER,
    T,
    [
        "Russian and Ukrainian delegations sat down at Istanbul's Dolmabahce Palace on Monday.",
        "Kyiv's delegation was led by Rustem Umerov.",
    ],
    "place",
    ["Istanbul", "Dolmabahce Palace"],
    ["Kyiv"],
    "talks",
    "Russia-Ukraine talks",
)
T = "Talks in Jeddah ended late on Tuesday. Washington's negotiators, led by Marco Rubio, said Ukraine had accepted a 30-day truce proposal."
event(
    OTHER,
    T,
    [
        "Talks in Jeddah ended late on Tuesday.",
        "Washington's negotiators, led by Marco Rubio, said Ukraine had accepted a 30-day truce proposal.",
    ],
    "place",
    ["Jeddah"],
    ["Washington"],
    "talks",
    "US-Ukraine talks",
)
T = "The round in Geneva lasted two hours. The head of Moscow's team, Vladimir Medinsky, then flew home."
event(
    OTHER,
    T,
    [
        "The round in Geneva lasted two hours.",
        "The head of Moscow's team, Vladimir Medinsky, then flew home.",
    ],
    "place",
    ["Geneva"],
    ["Moscow"],
    "talks",
    "Russia-Ukraine talks",
)
T = "Envoys of Armenia and Azerbaijan held two days of talks in Almaty this week."
event(OTHER, T, [T], "place", ["Almaty"], ["Armenia"], "talks", "Armenia-Azerbaijan talks")
T = "Joe Biden and Olaf Scholz met at Elmau Castle in Bavaria on Sunday and urged Moscow to support the Istanbul talks."
summit(OTHER, T, [T], ["Elmau Castle"], ["Istanbul"], ["Joe Biden", "Olaf Scholz"])
T = "Emmanuel Macron and Giorgia Meloni sat down in Rome on Friday. Both said they backed the Jeddah talks between Washington and Kyiv."
summit(
    OTHER,
    T,
    [
        "Emmanuel Macron and Giorgia Meloni sat down in Rome on Friday.",
        "Both said they backed the Jeddah talks between Washington and Kyiv.",
    ],
    ["Rome"],
    ["Jeddah"],
    ["Emmanuel Macron", "Giorgia Meloni"],
)
T = "Russian and Ukrainian negotiators met in Turkey on Monday for the Istanbul talks, which both governments had backed."
summit(OTHER, T, [T], ["Istanbul"], [], ["Russia", "Ukraine"])
T = "On Wednesday a panel of three judges held that the president had no power to impose the tariffs he announced in early April."
event(
    OTHER,
    T,
    [T],
    "when",
    ["Wednesday"],
    ["early April"],
    "other",
    "court rules the president lacked power to impose tariffs",
)
T = "The Senate on Tuesday rejected the bill she introduced last month by 58 votes to 41."
event(OTHER, T, [T], "when", ["Tuesday"], ["last month"], "vote", "Senate rejects the bill")
T = "Ukraine's parliament on Thursday ratified the minerals deal they signed in Washington on 30 April."
event(
    OTHER,
    T,
    [T],
    "when",
    ["Thursday"],
    ["30 April"],
    "other",
    "parliament ratifies the minerals deal",
)
T = "At a rally in Pennsylvania on Saturday, Trump defended the tariffs he imposed on 2 April."
event(OTHER, T, [T], "when", ["Saturday"], ["2 April"], "other", "Trump defends tariffs at a rally")
T = "The tariffs he unveiled on 2 April took effect a week later."
event(OTHER, T, [T], "when", ["2 April"], [], "other", "Trump unveils tariffs")
T = "Ukraine's air force shot down most of the drones they launched on Sunday night."
event(OTHER, T, [T], "when", ["Sunday night"], [], "strike", "Russian drone attack")
T = "Hungary's prime minister on Monday dropped the veto he threatened in January."
event(OTHER, T, [T], "when", ["Monday"], ["January"], "other", "Hungary drops its veto")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
