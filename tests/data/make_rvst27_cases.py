"""Build the rvst27 set (``grounding_rvst27.jsonl``): a review of the session-27 rule that reads
an act on a text by its tense and object (:mod:`done_acts`, branch s27-st27), trying past verbs
on a text that undo, wreck, leak or rework it rather than seal it. By category:

- ``undone-held``: a past act sealing a text in the meeting's own place says the meeting was
  ``held`` ("initialled a framework accord in Doha", "ratified a border treaty in Tashkent").
  Not: a verb that wrecks, shelves, leaks, reworks or judges the text ("scuttled", "shelved",
  "leaked", "circulated", "previewed", "condemned", "breached", "vetoed"): no meeting read;
- ``undone-agreed``: a past act sealing a truce brought in with "a" says it is ``agreed`` (a
  truce's status, a party's stance). Not: the same undoing, wrecking, leaking or reworking
  verbs ("ditched a truce", "torpedoed a truce", "amended a truce", "renegotiated a truce").

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_rvst27_cases.py`` to rebuild it. Every sentence was written for this
set from public facts of 2019-2025 (accords and truces as reported), in several outlets'
styles; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_rvst27.jsonl")

built = SupportCases(
    "rs27",
    leads=[
        "DOHA (Peninsula Wire) -",
        "By Mara Okonjo | The Harbour Gazette",
        "REGIONAL DIGEST | The Highland Courier",
        "From our Cairo bureau, The Delta Review.",
    ],
)
HELD, AGREED = "undone-held", "undone-agreed"


def summit(expect: bool, sentence: str, parties: list[str], place: str, why: str) -> None:
    """A summit of ``parties`` at ``place`` whose status is ``held``, backed by ``sentence``."""
    built.graded_fact(
        HELD, "summits", "status", "held", [sentence], expect, ANY, why,
        parties=parties, planned_location=place, planned_timing=None,
    )  # fmt: skip


DRC = ["Felix Tshisekedi", "Paul Kagame"]
ASIA = ["Shavkat Mirziyoyev", "Sadyr Japarov"]

for sentence, parties, place in [
    ("Tshisekedi and Kagame initialled a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame ratified a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame finalised a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame concluded a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("On Saturday Tshisekedi and Kagame clinched a framework accord in Doha.", DRC, "Doha"),
    ("In Doha on Saturday, Tshisekedi and Kagame inked a framework accord.", DRC, "Doha"),
    (
        "Mirziyoyev and Japarov formally ratified a border treaty in Tashkent on Friday.",
        ASIA,
        "Tashkent",
    ),
    ("Mirziyoyev and Japarov have sealed a 12-point border treaty in Tashkent.", ASIA, "Tashkent"),
    (
        "Mirziyoyev and Japarov finalized a landmark border pact in Tashkent on Friday.",
        ASIA,
        "Tashkent",
    ),
    (
        "Mirziyoyev and Japarov put their names to a water-sharing declaration in Tashkent.",
        ASIA,
        "Tashkent",
    ),
    ("Mirziyoyev and Japarov struck a border deal in Tashkent on Friday.", ASIA, "Tashkent"),
]:
    summit(True, sentence, parties, place, "a past act sealing a text in the meeting's own place")

for sentence, parties, place in [
    ("Tshisekedi and Kagame shelved a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame leaked a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame torpedoed a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame scuttled a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame vetoed a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame circulated a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame previewed a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Tshisekedi and Kagame criticised a framework accord in Doha on Saturday.", DRC, "Doha"),
    ("Mirziyoyev and Japarov condemned a border treaty in Tashkent on Friday.", ASIA, "Tashkent"),
    (
        "Mirziyoyev and Japarov breached a border treaty in Tashkent, monitors said.",
        ASIA,
        "Tashkent",
    ),
    ("Mirziyoyev and Japarov disowned a border pact in Tashkent on Friday.", ASIA, "Tashkent"),
    ("Mirziyoyev and Japarov violated a border deal in Tashkent, monitors said.", ASIA, "Tashkent"),
    ("Mirziyoyev and Japarov studied a border treaty in Tashkent on Friday.", ASIA, "Tashkent"),
]:
    summit(
        False,
        sentence,
        parties,
        place,
        "a verb that wrecks, leaks, shelves or judges a text: no meeting read",
    )

for party, sentence in [
    ("Hamas", "Hamas and Israel initialled a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel endorsed a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel finalised a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel clinched a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel concluded a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel formally sealed a truce in Cairo on Friday."),
    ("Hamas", "On Friday Hamas and Israel inked a six-week truce in Cairo."),
    ("the ELN", "The ELN and Bogota have inked a bilateral ceasefire in Caracas."),
    ("the ELN", "The ELN and Bogota struck a 180-day ceasefire in Havana."),
    ("the ELN", "The ELN and Bogota finalized a bilateral ceasefire in Havana on Monday."),
]:
    built.stance(AGREED, party, "agreed", sentence, True)
    built.status("ceasefires", AGREED, "agreed", sentence, True)

for party, sentence in [
    ("Hamas", "Hamas and Israel ditched a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel shelved a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel leaked a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel sketched a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel torpedoed a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel scuttled a truce in Cairo on Friday."),
    ("Hamas", "Hamas and Israel killed a truce in Cairo on Friday."),
    ("the ELN", "The ELN and Bogota condemned a ceasefire in Caracas on Monday."),
    ("the ELN", "The ELN and Bogota disowned a ceasefire in Havana on Monday."),
    ("the ELN", "The ELN and Bogota renegotiated a bilateral ceasefire in Havana."),
    ("the ELN", "The ELN and Bogota amended a bilateral ceasefire in Havana."),
    ("the ELN", "The ELN and Bogota circulated a bilateral ceasefire in Havana."),
    ("the ELN", "The ELN and Bogota previewed a bilateral ceasefire in Havana."),
]:
    built.stance(AGREED, party, "agreed", sentence, False)
    built.status("ceasefires", AGREED, "agreed", sentence, False)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
