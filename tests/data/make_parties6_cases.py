# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status, place and actor set of checks 22 and 23's open causes (``grounding_parties6.jsonl``), by category:

- ``resolved-not``: a truce rejected, or a side's stance ``rejects``, worded as a resolve
  not to take it: "determined / resolved / (strong-)minded / adamant not to have / accept /
  agree to / sign / grant / declare / offer / enter / join" a truce, anywhere in the
  sentence (pass); the same resolve words aimed at something else ("determined not to let
  the truce collapse", "resolved not to break the ceasefire", "not to allow violations of
  the truce", "not to give up on it"), or with no "not" (fail);
- ``planned-place``: a planned meeting's place after "bring / get ... together" (no meeting
  noun: "hopes to bring the sides together in Geneva") or set off by a hedge after a comma
  (", possibly in Kuwait", ", perhaps in Oslo"), or a summit going ahead "as scheduled in"
  its city (pass); a place reached "as scheduled / as planned to" by something else (a
  chair handed over, a presidency passed on), or where an earlier round made, reached,
  agreed, signed or struck something ("the progress made in talks in Stockholm", "the truce
  struck at talks in Cairo") (fail);
- ``turned-down``: an event's actor who turned down, rebuffed, spurned, snubbed or declined
  another's offer, in the active or the passive ("was turned down by Uganda") (pass); the
  one whose offer, proposal, call, request or invitation was turned down, also in the
  passive with the owner first ("Kenya's offer to mediate was turned down by Uganda") (fail).

Run ``python tests/data/make_parties6_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties6.jsonl")

built = SupportCases("p6")
add = built.add

LEADS = [
    "COLOMBO, Feb 3 (Island Wire) - Officials gave few other details.",
    "Live updates: the truce talks, from our correspondents.",
    "The Hillcrest Observer | Foreign desk",
    "ADDIS ABABA, March 24 (Horn Press) -- From our regional bureau.",
    "Morning digest from the Riverside Chronicle.",
    "By Amara Lindqvist, Northern Gazette",
]


def article(*sentences: str) -> str:
    lead = LEADS[len(built.cases) % len(LEADS)]
    return f"{lead}\n\n" + "\n\n".join(sentences) + "\n\nMore to follow.\n"


def truce_status(expect: bool, sentence: str) -> None:
    truce = {"kind": "full", "status": "rejected", "evidence": [sentence]}
    add("resolved-not", expect, f"rejected: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].status")  # fmt: skip


def stance(expect: bool, name: str, sentence: str) -> None:
    position = {"party": name, "stance": "rejects", "evidence": [sentence]}
    truce = {"kind": "full", "evidence": [sentence], "positions": [position]}
    add("resolved-not", expect, f"{name} rejects: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].positions[0].stance")  # fmt: skip


def resolved_not_cases() -> None:
    for sentence in [
        "Minister Perera said the government is strong-minded not to have a truce with the rebels.",
        "The army is determined not to have a ceasefire before the capital is retaken, the minister said.",
        "Officials in Khartoum said the army was resolved not to enter a truce with the RSF.",
        "Determined not to offer a ceasefire, the junta pressed on with its offensive in the hills.",
        "The separatists say they are firmly resolved not to agree to any truce this winter.",
        "A spokesman said Kinshasa remained adamant not to sign a ceasefire with the M23.",
        "According to two diplomats, Moscow appears determined not to accept a pause in the fighting.",
    ]:  # fmt: skip
        truce_status(True, sentence)
    for name, sentence in [
        ("Hamas", "Hamas is determined not to accept a truce that leaves troops in Gaza, its officials said."),
        ("Sri Lanka", "Sri Lanka's government is strong-minded not to grant the rebels a truce, the minister affirmed."),
        ("Myanmar", "Myanmar's military is resolved not to declare a ceasefire in Rakhine, a general told reporters."),
        ("Azerbaijan", "Baku said it was determined not to join the truce brokered by Moscow."),
        ("Ethiopia", "The Ethiopian government, resolved not to have any ceasefire with the TPLF, sent more troops north."),
    ]:  # fmt: skip
        stance(True, name, sentence)
    for sentence in [
        "The government is determined not to let the truce collapse, the minister said.",
        "Both armies are resolved not to break the ceasefire, the monitors reported.",
        "The mediators are determined not to give up on the truce after a difficult week.",
        "The rebels were determined to have a truce before the rains began.",
        "The minister said the government was resolved not to allow violations of the ceasefire.",
        "Determined not to lose the truce, the two sides met again in Doha on Sunday.",
        "Kinshasa is determined not to repeat the mistakes of the last truce, the foreign minister said.",
    ]:  # fmt: skip
        truce_status(False, sentence)
    for name, sentence in [
        ("Hamas", "Hamas is determined not to see the ceasefire fall apart, its officials said."),
        ("Sri Lanka", "Sri Lanka's government is strong-minded about the need for a truce, the minister affirmed."),
        ("Myanmar", "Myanmar's military is resolved not to fire first during the ceasefire, a general told reporters."),
        ("Azerbaijan", "Baku said it was determined not to be blamed if the truce brokered by Moscow failed."),
        ("Ethiopia", "The Ethiopian government, resolved not to waste the truce, sent aid convoys north."),
    ]:  # fmt: skip
        stance(False, name, sentence)


def place(expect: bool, parties: list[str], sentence: str, where: str, status: str = "proposed") -> None:  # fmt: skip
    fact = {"parties": parties, "status": status, "planned_location": where, "evidence": [sentence]}
    add("planned-place", expect, f"place {where}: {sentence[:60]}", article(sentence),
        {"summits": [fact]}, "summits[0].planned_location")  # fmt: skip


TK = ["Felix Tshisekedi", "Paul Kagame"]
AA = ["Ilham Aliyev", "Nikol Pashinyan"]
RM = ["William Ruto", "Yoweri Museveni"]
PZ = ["Vladimir Putin", "Volodymyr Zelensky"]


def planned_place_cases() -> None:
    for parties, sentence, where, status in [
        ([], "The UN is hoping to bring the sides together later this month, possibly in Geneva, diplomats said.", "Geneva", "proposed"),
        (AA, "Mediators want to bring Ilham Aliyev and Nikol Pashinyan together in Geneva next month.", "Geneva", "proposed"),
        (TK, "Angola hopes to get Felix Tshisekedi and Paul Kagame together in Luanda before the end of the year.", "Luanda", "proposed"),
        (PZ, "Turkey said it could bring Vladimir Putin and Volodymyr Zelensky together in Istanbul.", "Istanbul", "proposed"),
        ([], "The envoy plans a new round of talks next month, possibly in Muscat.", "Muscat", "proposed"),
        (RM, "William Ruto and Yoweri Museveni will meet again in the spring, probably in Mombasa.", "Mombasa", "scheduled"),
        (RM, "Ruto and Museveni are expected to hold talks soon, perhaps in Kampala, aides said.", "Kampala", "proposed"),
        ([], "The Mercosur summit will go ahead as scheduled in Montevideo next month.", "Montevideo", "scheduled"),
        ([], "Diplomats said the Quartet hopes to bring the rivals together in Cairo after Ramadan.", "Cairo", "proposed"),
        ([], "Norway is working to bring the two delegations together, perhaps in Oslo, in the coming weeks.", "Oslo", "proposed"),
        ([], "Peace talks could resume soon, possibly in Kuwait, to consolidate the gains made in talks in Stockholm.", "Kuwait", "proposed"),
        (AA, "Brussels is trying to bring Aliyev and Pashinyan back together, maybe in Granada, before the winter.", "Granada", "proposed"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, status)
    for parties, sentence, where, status in [
        ([], "The six-month chair held by Uruguay will be transferred as scheduled to Venezuela, although the summit in Montevideo is off.", "Venezuela", "cancelled"),
        ([], "The rotating presidency passes as planned to Brazil at the end of the year, while the summit has been cancelled.", "Brazil", "cancelled"),
        ([], "The UN hopes to bring the sides together later this month to follow up on the progress made in talks in Stockholm in December.", "Stockholm", "proposed"),
        ([], "Envoys want a new round soon to build on the deal reached at talks in Doha last year.", "Doha", "proposed"),
        ([], "Griffiths wants to bring the parties together again, building on the understandings agreed in talks in Geneva.", "Geneva", "proposed"),
        (AA, "Ilham Aliyev and Nikol Pashinyan are expected to meet next month to carry out the accord signed at the summit in Astana.", "Astana", "scheduled"),
        ([], "Diplomats hope the truce struck in talks in Cairo can be extended at a meeting next week.", "Cairo", "scheduled"),
        ([], "Peace talks could resume soon, possibly in Kuwait, to consolidate the gains made in talks in Stockholm.", "Stockholm", "proposed"),
        (PZ, "Putin and Zelensky may meet again in the spring, to build on the prisoner swap agreed at talks in Istanbul.", "Istanbul", "proposed"),
        ([], "The flag of the bloc is handed over as scheduled to Paraguay on Monday, though no summit will be held.", "Paraguay", "cancelled"),
        (TK, "Tshisekedi and Kagame are due to meet in May; the framework they will sign was negotiated in talks in Doha.", "Doha", "scheduled"),
        ([], "A follow-up meeting is planned for June to review the commitments made at the summit in Nairobi.", "Nairobi", "scheduled"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, status)


def actor(expect: bool, name: str, sentence: str) -> None:
    event = {"description": "what the article reports", "actors": [name], "evidence": [sentence]}
    add("turned-down", expect, f"actor {name}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def turned_down_cases() -> None:
    for name, sentence in [
        ("Uganda", "Uganda turned down Kenya's offer to mediate."),
        ("Uganda", "Kenya's offer to mediate was turned down by Uganda."),
        ("Ethiopia", "Ethiopia rebuffed Sudan's proposal for talks on the border."),
        ("Israel", "Israel spurned Egypt's call for a pause on Monday."),
        ("Serbia", "Serbia declined Hungary's invitation to the talks."),
        ("Kenya", "Kenya turned down a request from Somalia to extend the mission."),
        ("Rwanda", "Rwanda turned Burundi's proposal down on Friday."),
        ("Egypt", "After long talks, Egypt turned down the Ethiopian offer."),
        ("Iran", "Iran snubbed France's invitation to the conference."),
        ("Pakistan", "Pakistan turned down India's request, a spokesman said."),
        ("Venezuela", "The offer from Brazil was turned down by Venezuela, diplomats said."),
        ("Ghana", "Ghana flatly turned down Togo's bid to host the talks."),
    ]:  # fmt: skip
        actor(True, name, sentence)
    for name, sentence in [
        ("Kenya", "Uganda turned down Kenya's offer to mediate."),
        ("Kenya", "Kenya's offer to mediate was turned down by Uganda."),
        ("Sudan", "Ethiopia rebuffed Sudan's proposal for talks on the border."),
        ("Egypt", "Israel spurned Egypt's call for a pause on Monday."),
        ("Hungary", "Serbia declined Hungary's invitation to the talks."),
        ("Burundi", "Rwanda turned Burundi's proposal down on Friday."),
        ("France", "Iran snubbed France's invitation to the conference."),
        ("India", "Pakistan turned down India's request, a spokesman said."),
        ("Togo", "Ghana flatly turned down Togo's bid to host the talks."),
        ("Qatar", "Qatar's proposal for a summit was rebuffed by Bahrain."),
        ("Turkey", "Turkey's offer of a venue has been turned down by both sides."),
        ("Norway", "Norway's request for access to the camps was declined by the junta."),
    ]:  # fmt: skip
        actor(False, name, sentence)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    resolved_not_cases()
    planned_place_cases()
    turned_down_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
