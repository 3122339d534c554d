# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the set of event actors that are only acted on, stay out or accuse (review of the
two flag strengths and check 27; ``grounding_actors2.jsonl``), one category:

- ``acted-on``: a country, group or person named in an event's evidence only as the one an
  attack or a killing hits, or whose people or places it hits ("Azerbaijani artillery shelled
  Armenian villages", "killed the Hezbollah commander"), after "against" outside a fight
  ("a failed revolt against X", "operations against M23 positions"), as a quarrel's topic
  ("a row over Kosovo's membership"), as one staying out of the event ("did not take part in
  the vote", "abstained", "never attended") or as the one accusing another of it ("X accused
  Y of shelling") is no actor of that event (fail); the attacker, the one accused (the one
  said to act), both sides of a fight ("fought against"), a name opening a clause of its own
  after a comma or "and", a boycott's boycotter when the event is the boycott, and a speaker
  telling its own act ("Turkey said it struck") are (pass).

Run ``python tests/data/make_actors2_cases.py`` to rebuild it. Every article below was
written for this set (public figures or countries in invented sentences); each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_actors2.jsonl")

LEADS = [
    "Northgate Courier | World desk",
    "TBILISI, Nov 3 (Steppe Wire) - From our regional bureau.",
    "Posted 07:15 | By Amara Quell, Security correspondent",
    "Live: the latest from the front lines",
    "The Lantern Review - Analysis",
]

built = SupportCases("ac2", LEADS, closing="Officials gave no further details.")
add = built.add
article = built.page


def actor(expect: bool, name: str, sentence: str, description: str = "the attack", kind: str = "strike") -> None:  # fmt: skip
    event = {"kind": kind, "description": description, "actors": [name], "evidence": [sentence]}
    add("acted-on", expect, f"actor {name}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def acted_on_cases() -> None:
    # the one hit, its people or places, the one killed; not its actor
    actor(False, "Armenia", "Azerbaijani artillery shelled Armenian villages near the border on Tuesday.")  # fmt: skip
    actor(False, "Ukraine", "Russian missiles hit Ukraine's power stations in the west overnight.")
    actor(False, "Saudi Arabia", "Houthi fighters attacked a Saudi border post before dawn.")
    actor(False, "Hezbollah", "Israeli troops killed the Hezbollah commander in a drone strike.")
    actor(False, "Taliban", "Pakistani police arrested the Taliban commander in Quetta.", "the arrest", "other")  # fmt: skip
    actor(False, "Iran", "Unknown gunmen assassinated the Iranian nuclear scientist outside the capital.")  # fmt: skip
    actor(False, "Somalia", "Kenyan jets bombed Somali militant camps near the border late on Friday.")  # fmt: skip
    # after "against", outside a fight; a quarrel's topic
    actor(False, "Daniel Ortega", "The opposition staged a failed revolt last spring against Daniel Ortega.", "the revolt", "other")  # fmt: skip
    actor(False, "M23", "Congolese troops launched operations against M23 positions in North Kivu.", "the offensive", "attack")  # fmt: skip
    actor(False, "Hamas", "The ministry announced new measures against Hamas financiers abroad.", "the measures", "other")  # fmt: skip
    actor(False, "Kosovo", "The meeting broke up early after a row over Kosovo's membership.", "the walkout", "other")  # fmt: skip
    actor(False, "Taiwan", "Organisers cancelled the forum amid tensions over Taiwan, diplomats said.", "the cancellation", "other")  # fmt: skip
    # staying out of the event
    actor(False, "Hungary", "Hungary did not take part in the vote on the sanctions package.", "the vote on sanctions", "vote")  # fmt: skip
    actor(False, "India", "India abstained in Thursday's vote on the resolution.", "the vote on the resolution", "vote")  # fmt: skip
    actor(False, "Serbia", "The Serbian delegation never attended the talks in Brussels.", "the talks", "other")  # fmt: skip
    # the accuser, when the event is the act
    actor(False, "Azerbaijan", "Azerbaijan on Sunday accused Armenia of shelling its positions.", "the shelling", "attack")  # fmt: skip
    actor(False, "Pakistan", "Pakistan blamed India for the blast in Quetta.", "the blast", "attack")  # fmt: skip

    # the real actors of the same sentences, and those that stay actors
    actor(True, "Azerbaijan", "Azerbaijani artillery shelled Armenian villages near the border on Tuesday.")  # fmt: skip
    actor(True, "Russia", "Russian missiles hit Ukraine's power stations in the west overnight.")
    actor(True, "Israel", "Israeli troops killed the Hezbollah commander in a drone strike.")
    actor(True, "Kenya", "Kenyan jets bombed Somali militant camps near the border late on Friday.")
    actor(True, "Armenia", "Azerbaijan on Sunday accused Armenia of shelling its positions.", "the shelling", "attack")  # fmt: skip
    actor(True, "India", "Pakistan blamed India for the blast in Quetta.", "the blast", "attack")
    actor(True, "Azerbaijan", "Azerbaijan on Sunday accused Armenia of shelling its positions.", "Azerbaijan's accusation", "other")  # fmt: skip
    actor(True, "Russia", "Ukrainian forces fought against Russia's army near Bakhmut.", "the fighting", "attack")  # fmt: skip
    actor(True, "Turkey", "Kurdish fighters battled against Turkish troops in the hills for a week.", "the fighting", "attack")  # fmt: skip
    actor(True, "Ukraine", "Russian drones hit Kharkiv overnight, Ukrainian air defences shot down most of them.", "the drone raid", "attack")  # fmt: skip
    actor(True, "Israel", "Iran attacked Israel with drones, and Israel retaliated days later.", "the retaliation", "strike")  # fmt: skip
    actor(True, "Hezbollah", "Israel struck Hezbollah targets after Hezbollah fired rockets at Haifa.", "the rocket fire", "attack")  # fmt: skip
    actor(True, "Hungary", "Hungary boycotted the vote on the sanctions package.", "Hungary's boycott of the vote", "other")  # fmt: skip
    actor(True, "Serbia", "A dispute between Serbia and Kosovo over licence plates flared again.", "the dispute", "other")  # fmt: skip
    actor(True, "Turkey", "Turkey said it struck Kurdish militants in northern Iraq.", "the strikes", "strike")  # fmt: skip
    actor(True, "Hungary", "Hungary took part in the vote on the sanctions package.", "the vote on sanctions", "vote")  # fmt: skip


def summit_party(expect: bool, parties: list[str], index: int, sentence: str) -> None:
    why = f"summit party {parties[index]}: {sentence[:60]}"
    built.meeting_party("shut-examples", expect, parties, index, [sentence], why)


def shut_example_cases() -> None:
    # examples of a group the meeting shuts out ("without donor partners such as China")
    summit_party(False, ["Pacific Islands Forum", "China"], 1, "The summit is being held without donor partners such as China.")  # fmt: skip
    summit_party(False, ["Pacific Islands Forum", "United States"], 1, "The summit is being held without donor partners such as China, the US, and Taiwan.")  # fmt: skip
    summit_party(False, ["Pacific Islands Forum", "Taiwan"], 1, "The summit is being held without donor partners such as China, the US, and Taiwan.")  # fmt: skip
    summit_party(False, ["Fiji", "Japan"], 1, "Leaders met in Suva without outside powers including Japan.")  # fmt: skip
    summit_party(False, ["Indonesia", "Myanmar"], 1, "The foreign ministers convened in Jakarta, excluding observers like Myanmar.")  # fmt: skip
    summit_party(False, ["Ghana", "Nigeria"], 1, "The talks went ahead in Accra in the absence of regional heavyweights such as Nigeria.")  # fmt: skip
    summit_party(False, ["Germany", "Russia"], 1, "Ministers barred outside delegations, notably Russia, from the session in Berlin.")  # fmt: skip
    summit_party(False, ["African Union", "Norway"], 1, "The bloc met in Addis Ababa without donor countries such as Britain or Norway.")  # fmt: skip
    summit_party(False, ["Iraq", "Qatar"], 1, "The Arab League summit opened in Baghdad without key members such as Saudi Arabia and Qatar.")  # fmt: skip
    summit_party(False, ["Oman", "Iran"], 1, "Organisers excluded observer states including Iran from the talks in Muscat.")  # fmt: skip
    summit_party(False, ["Mali", "France"], 1, "The summit in Bamako is being held without former partners like France.")  # fmt: skip
    # those who meet, and examples of those taking part
    summit_party(True, ["Pacific Islands Forum", "China"], 0, "Pacific Islands Forum leaders opened their summit in Honiara without donor partners such as China.")  # fmt: skip
    summit_party(True, ["Fiji", "Samoa"], 0, "Leaders of Fiji and Samoa met in Suva, without donors such as China.")  # fmt: skip
    summit_party(True, ["Fiji", "Samoa"], 1, "Leaders of Fiji and Samoa met in Suva, without donors such as China.")  # fmt: skip
    summit_party(True, ["Fiji", "Tonga"], 0, "The summit brought together Pacific states such as Fiji and Tonga.")  # fmt: skip
    summit_party(True, ["Pacific Islands Forum", "China"], 1, "Donor partners such as China attended the Pacific Islands Forum summit in Honiara.")  # fmt: skip
    summit_party(True, ["Egypt", "Jordan"], 0, "Ministers from countries including Egypt and Jordan met in Amman without Iran.")  # fmt: skip
    summit_party(True, ["Egypt", "Jordan"], 1, "Ministers from countries including Egypt and Jordan met in Amman without Iran.")  # fmt: skip
    summit_party(True, ["Fiji", "Tonga"], 0, "Without China, leaders such as Fiji's prime minister and Tonga's king met in Suva.")  # fmt: skip
    summit_party(True, ["Japan", "Australia"], 0, "The summit was held with partners such as Japan and Australia.")  # fmt: skip
    summit_party(True, ["Ghana", "Togo"], 1, "The talks, held without observers, included neighbours such as Togo.")  # fmt: skip
    summit_party(True, ["Samoa", "New Zealand"], 1, "Pacific leaders met in Apia on Monday, and partners like New Zealand joined them without delay.")  # fmt: skip


def stance(expect: bool, name: str, value: str, sentences: list[str], evidence: str) -> None:
    why = f"{name} {value}: {evidence[:60]}"
    built.truce_position("stance-owners", expect, name, value, sentences, why,
                         evidence=[evidence], full=True)  # fmt: skip


def stance_owner_cases() -> None:
    def one(expect: bool, name: str, value: str, sentence: str) -> None:
        stance(expect, name, value, [sentence], sentence)

    # another party's stance: the cue's subject is someone else; an agreement only to talk
    one(
        False,
        "Azerbaijan",
        "agreed",
        "Armenia accepted the ceasefire, which Azerbaijan rejected on Monday.",
    )
    one(
        False,
        "Armenia",
        "rejects",
        "Azerbaijan rejected the ceasefire, which Armenia had accepted a day earlier.",
    )
    one(False, "Eritrea", "supports", "Ethiopia backed the plan, which Eritrea dismissed.")
    one(False, "Russia", "agreed", "Russia rejected the proposal, which Ukraine accepted.")
    one(False, "Hamas", "supports", "Israel and Egypt welcomed the truce, which Hamas rejected.")
    one(False, "Hamas", "rejects", "Hamas accepted the truce, but Israel rejected it.")
    one(False, "RSF", "agreed", "Sudan's army accepted the truce; the RSF rejected it.")
    one(
        False, "Hamas", "agreed", "Israeli negotiators accepted the draft, which Hamas turned down."
    )
    one(False, "Hamas", "agreed", "The truce was accepted by Israel, while Hamas rejected it.")
    one(False, "Houthis", "agreed", "The Houthis agreed merely to consider the plan.")
    one(False, "Armenia", "agreed", "Armenia agreed to discuss the proposal next week.")
    stance(False, "Hamas", "agreed", ["Israeli Prime Minister Benjamin Netanyahu met the envoys.", "Netanyahu accepted the plan, which Hamas rejected."], "Netanyahu accepted the plan, which Hamas rejected.")  # fmt: skip
    # the party's own stance in the same sentences, and subjects that name it
    one(
        True,
        "Armenia",
        "agreed",
        "Armenia accepted the ceasefire, which Azerbaijan rejected on Monday.",
    )
    one(
        True,
        "Azerbaijan",
        "rejects",
        "Armenia accepted the ceasefire, which Azerbaijan rejected on Monday.",
    )
    one(
        True,
        "Azerbaijan",
        "rejects",
        "Azerbaijan rejected the ceasefire, which Armenia had accepted a day earlier.",
    )
    one(
        True,
        "Armenia",
        "agreed",
        "Azerbaijan rejected the ceasefire, which Armenia had accepted a day earlier.",
    )
    one(True, "Ethiopia", "supports", "Ethiopia backed the plan, which Eritrea dismissed.")
    one(True, "Hamas", "rejects", "Israel and Egypt welcomed the truce, which Hamas rejected.")
    one(True, "Israel", "agreed", "Israel and Hamas agreed to the truce on Sunday.")
    one(True, "Hamas", "agreed", "Israel and Hamas agreed to the truce on Sunday.")
    one(True, "Israel", "agreed", "Israel, Hamas and Egypt agreed to the truce.")
    one(True, "Hamas", "agreed", "The truce was accepted by Hamas on Monday.")
    one(
        True,
        "Hamas",
        "agreed",
        "Hamas agreed to the truce after Israel accepted the prisoner list.",
    )
    one(True, "RSF", "agreed", "The RSF said it accepted the truce.")
    one(True, "Sudan", "agreed", "Sudan's army accepted the truce; the RSF rejected it.")
    one(True, "Russia", "agreed", "A new truce was agreed upon by leaders of France, Germany, Russia and Ukraine after long talks.")  # fmt: skip
    one(True, "Belarus", "agreed", "The truce was agreed by Russia and Belarus, while Ukraine rejected it.")  # fmt: skip
    one(False, "Ukraine", "agreed", "The truce was agreed by Russia and Belarus, while Ukraine rejected it.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    acted_on_cases()
    shut_example_cases()
    stance_owner_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
