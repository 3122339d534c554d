# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the third place set (``grounding_places3.jsonl``): a meeting's place against the
places of a journey to it, for a cause an outside review of the flag strengths found
("Trump flew from Seoul to Busan for his meeting with Xi" accepted Seoul), by category:

- ``journey-start``: where a traveller sets out from on the way to the meeting ("flew from
  Seoul to Busan for", "left Delhi for Kazan to attend", "jetted in from London for his
  talks", "will fly to Kazan from Delhi to join") is not the meeting's place (fail); the
  journey's end in the same sentences, and the start of a journey home, back or after the
  meeting ("flew home from Busan after his meeting with Xi", "Leaving Sochi after the talks"),
  which is where the meeting was (pass).

Run ``python tests/data/make_places3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places3.jsonl")

built = SupportCases("pl3")
add = built.add

# Outlets' openings, so the evidence sentence sits in different styles of copy.
LEADS = [
    "SEOUL, Oct. 29 (Han River Wire) - Officials gave few other details.",
    "Live updates | Diplomacy desk, by our correspondents",
    "ANALYSIS | The week in summits, by Maren Stolt",
    "The Harbour Gazette | World",
    "From our regional bureau -- translated from Korean.",
]


def article(sentence: str) -> str:
    lead = LEADS[len(built.cases) % len(LEADS)]
    return f"{lead}\n\n{sentence}\n\nMore details were expected later.\n"


def place(parties: list[str], status: str, where: str, sentence: str, expect: bool) -> None:
    assert where in sentence, where
    fact = {"parties": parties, "status": status, "planned_location": where, "evidence": [sentence]}
    add(
        "journey-start",
        expect,
        f"{where}: {sentence[:60]}",
        article(sentence),
        {"summits": [fact]},
        "summits[0].planned_location",
    )


def build_cases() -> list[dict[str, Any]]:
    trump_xi = ["Donald Trump", "Xi Jinping"]
    modi_putin = ["Narendra Modi", "Vladimir Putin"]
    putin_trump = ["Vladimir Putin", "Donald Trump"]
    kyiv_us = ["Volodymyr Zelensky", "Donald Trump"]
    iran_us = ["Abbas Araghchi", "Steve Witkoff"]
    sa_drc = ["Cyril Ramaphosa", "Felix Tshisekedi"]
    turkey_russia = ["Recep Tayyip Erdogan", "Vladimir Putin"]
    uk_france = ["Keir Starmer", "Emmanuel Macron"]
    for parties, status, where, sentence in [
        (trump_xi, "held", "Busan", "Trump flew from Seoul to Busan for his meeting with Xi."),
        (trump_xi, "held", "Busan", "Xi arrived in Busan from Beijing on Wednesday for his talks with Trump."),
        (modi_putin, "scheduled", "Kazan", "Modi will leave Delhi for Kazan on Monday to attend the summit with Putin."),
        (putin_trump, "held", "Anchorage", "Putin travelled from Moscow to Anchorage for the summit with Trump."),
        (kyiv_us, "held", "Washington", "Zelensky headed from Kyiv to Washington for talks with Trump."),
        (iran_us, "held", "Muscat", "Araghchi drove from Tehran to Muscat to meet Witkoff, the American envoy."),
        (trump_xi, "held", "Busan", "Trump flew home from Busan after his meeting with Xi."),
        (putin_trump, "held", "Anchorage", "Putin flew back to Moscow from Anchorage after his summit with Trump."),
        (turkey_russia, "held", "Sochi", "Leaving Sochi after the talks with Putin, Erdogan praised the grain deal."),
        (kyiv_us, "held", "Washington", "Zelensky arrived in Washington from Kyiv on Sunday for talks with Trump."),
        (sa_drc, "scheduled", "Luanda", "Ramaphosa departed Pretoria for Luanda, where he will meet Tshisekedi."),
        (modi_putin, "scheduled", "Kazan", "Modi will fly to Kazan from Delhi to join Putin at the summit."),
        (uk_france, "held", "Paris", "Starmer returned to London from Paris, where he had talks with Macron."),
    ]:  # fmt: skip
        place(parties, status, where, sentence, True)
    for parties, status, where, sentence in [
        (trump_xi, "held", "Seoul", "Trump flew from Seoul to Busan for his meeting with Xi."),
        (trump_xi, "held", "Beijing", "Xi arrived in Busan from Beijing on Wednesday for his talks with Trump."),
        (modi_putin, "scheduled", "Delhi", "Modi will leave Delhi for Kazan on Monday to attend the summit with Putin."),
        (putin_trump, "held", "Moscow", "Putin travelled from Moscow to Anchorage for the summit with Trump."),
        (kyiv_us, "held", "Kyiv", "Zelensky headed from Kyiv to Washington for talks with Trump."),
        (iran_us, "held", "Tehran", "Araghchi drove from Tehran to Muscat to meet Witkoff, the American envoy."),
        (trump_xi, "held", "Tokyo", "Flying in from Tokyo, Trump landed at Gimhae for the meeting with Xi."),
        (sa_drc, "scheduled", "Pretoria", "Ramaphosa departed Pretoria for Luanda, where he will meet Tshisekedi."),
        (turkey_russia, "scheduled", "Ankara", "Erdogan is flying from Ankara to Sochi to meet Putin on Friday."),
        (uk_france, "held", "London", "Starmer jetted in from London for his talks with Macron in Paris."),
        (modi_putin, "scheduled", "Delhi", "Modi will fly to Kazan from Delhi to join Putin at the summit."),
        (kyiv_us, "held", "Kyiv", "Zelensky arrived in Washington from Kyiv on Sunday for talks with Trump."),
    ]:  # fmt: skip
        place(parties, status, where, sentence, False)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
