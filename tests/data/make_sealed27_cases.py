# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the sealed-27 set (``grounding_sealed27.jsonl``): a text or a truce sealed by a verb no
list holds, read by the clause's tense and the verb's object (an outside check, session 27:
checks 59 and 60, "put their names to a trade pact in Asuncion on Saturday", "put their
signatures to a bilateral ceasefire in Havana"; :mod:`done_acts`). By category:

- ``sealed-held``: a past act whose object is a text (an accord, a deal, a pact, a treaty, a
  declaration) in the meeting's own place says the meeting was ``held`` ("inked a framework
  accord in Doha", "set their hands to a border treaty in Tashkent", "gave their assent to a
  cooperation accord in Addis Ababa"). Not: a modal, a plan or an infinitive before the act
  ("are to", "hope to clinch", "plan to seal"), a negation, a verb of working on, asking for
  or wanting a text ("drafted", "sought", "wanted"), a draft, a near miss ("came close to a
  deal"), another place than the meeting's own;
- ``sealed-agreed``: a past act whose object is a truce or a deal brought in with "a" says it
  is ``agreed`` (a truce's status, a party's stance: "inked a truce in Cairo", "solemnised
  a bilateral ceasefire", "cemented a ceasefire at a border meeting"). Not: a verb that is
  another value's wording (rejected, refused, violated, broke, floated, proposed), a verb of
  undoing, judging or working on it ("tore up", "mocked", "discussed"), an act on the
  standing truce ("killed the truce", "buried the ceasefire", "wrecked the deal"), a modal or
  a negation, a near miss, a clause opened by "before", a preposition other than "to" ("poured
  cold water on the truce text", "objected to"), a truce word modifying another noun ("the
  truce talks"), a draft.

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_sealed27_cases.py`` to rebuild it. Every sentence was written for
this set from public facts of 2018-2025 (peace and trade accords, truces as reported), in
several outlets' styles; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_sealed27.jsonl")

built = SupportCases(
    "s27",
    leads=[
        "DOHA (Gulf Line) -",
        "By Ines Carvalho | The Estuary Times",
        "WORLD BRIEFING | The Plateau Courier",
        "From our Nairobi correspondent, The Rift Review.",
        "TASHKENT, Silk Road Post -",
        "Diplomatic desk, The Lagoon Observer.",
    ],
)
HELD, AGREED = "sealed-held", "sealed-agreed"


def summit(expect: bool, sentence: str, parties: list[str], place: str, why: str) -> None:
    """A summit of ``parties`` at ``place`` whose status is ``held``, backed by ``sentence``."""
    built.graded_fact(
        HELD, "summits", "status", "held", [sentence], expect, ANY, why,
        parties=parties, planned_location=place, planned_timing=None,
    )  # fmt: skip


DRC = ["Felix Tshisekedi", "Paul Kagame"]
BALKANS = ["Aleksandar Vucic", "Albin Kurti"]
CENTRAL = ["Shavkat Mirziyoyev", "Sadyr Japarov"]
TRADE = ["Narendra Modi", "Keir Starmer"]
ASIA = ["Donald Trump", "Xi Jinping"]
HORN = ["Abiy Ahmed", "Isaias Afwerki"]

for sentence, parties, place in [
    (
        "Presidents Tshisekedi and Kagame inked a framework accord in Doha on Saturday, closing months of shuttle diplomacy.",
        DRC,
        "Doha",
    ),
    (
        "Vucic and Kurti sealed a normalisation deal in Ohrid late on Saturday, EU officials confirmed.",
        BALKANS,
        "Ohrid",
    ),
    (
        "The two presidents set their hands to a border treaty in Tashkent on Monday.",
        CENTRAL,
        "Tashkent",
    ),
    (
        "Modi and Starmer clinched a free-trade pact in London on Thursday, three years after talks began.",
        TRADE,
        "London",
    ),
    (
        "Trump and Xi struck a trade deal in Busan on Thursday and flew home within hours.",
        ASIA,
        "Busan",
    ),
    ("Abiy and Isaias concluded a peace agreement in Jeddah in September 2018.", HORN, "Jeddah"),
    (
        "The two leaders penned a joint declaration in Ohrid, ending a night of haggling.",
        BALKANS,
        "Ohrid",
    ),
    (
        "Mirziyoyev and Japarov gave their assent to a border treaty in Tashkent this week.",
        CENTRAL,
        "Tashkent",
    ),
    (
        "Tshisekedi and Kagame formally adopted a regional integration charter in Doha on Sunday.",
        DRC,
        "Doha",
    ),
    (
        "Abiy Ahmed and Isaias Afwerki countersigned a friendship pact in Jeddah under Saudi auspices.",
        HORN,
        "Jeddah",
    ),
    (
        "In the end Modi and Starmer have lent their signatures to a trade accord in London.",
        TRADE,
        "London",
    ),
    (
        "Xi and Trump finally struck the long-awaited tariff deal in Busan before the summit dinner.",
        ASIA,
        "Busan",
    ),
]:
    summit(True, sentence, parties, place, "a past act on a text in the meeting's own place")

for sentence, parties, place, why in [
    (
        "The two presidents are to set their hands to a border treaty in Tashkent on Monday.",
        CENTRAL,
        "Tashkent",
        "a plan: the act is still to come",
    ),
    (
        "Modi and Starmer hope to clinch a free-trade pact in London next month.",
        TRADE,
        "London",
        "a hope",
    ),
    (
        "Vucic and Kurti were expected to seal a normalisation deal in Ohrid on Saturday.",
        BALKANS,
        "Ohrid",
        "an expectation",
    ),
    (
        "Tshisekedi and Kagame plan to ink a framework accord in Doha, aides said.",
        DRC,
        "Doha",
        "a plan",
    ),
    (
        "Diplomats drafted a peace agreement in Jeddah for Abiy and Isaias to sign later.",
        HORN,
        "Jeddah",
        "working on a text, by others",
    ),
    (
        "Trump and Xi wanted a trade deal in Busan, a White House aide said.",
        ASIA,
        "Busan",
        "a want, no act",
    ),
    (
        "Xi and Trump sought a trade deal in Busan, but the talks were called off.",
        ASIA,
        "Busan",
        "a text asked for; the talks called off",
    ),
    (
        "Vucic and Kurti did not seal a normalisation deal in Ohrid, contrary to earlier reports.",
        BALKANS,
        "Ohrid",
        "a negation",
    ),
    (
        "Abiy and Isaias sealed a peace agreement in Jeddah in 2018 and are due to meet in Asmara next week.",
        HORN,
        "Asmara",
        "another place than the meeting's",
    ),
    (
        "Mirziyoyev and Japarov set their hands to a border treaty in Tashkent; their next summit, in Bishkek, is set for May.",
        CENTRAL,
        "Bishkek",
        "the act in another place than the meeting's",
    ),
    (
        "Tshisekedi and Kagame came close to a framework accord in Doha, a leaked draft suggests.",
        DRC,
        "Doha",
        "a near miss",
    ),
    (
        "Modi and Starmer could clinch a free-trade pact in London as soon as Thursday.",
        TRADE,
        "London",
        "a modal",
    ),
    (
        "EU envoys tabled a draft deal in Ohrid, which Vucic and Kurti have yet to see.",
        BALKANS,
        "Ohrid",
        "a draft tabled by others",
    ),
]:
    summit(False, sentence, parties, place, why)

# --- sealed-agreed: a truce or a deal sealed is agreed ------------------------------------

for party, sentence in [
    ("Hamas", "Hamas and Israel inked a truce in Cairo on Friday, Egyptian officials said."),
    (
        "the Houthis",
        "Washington and the Houthis sealed a ceasefire through Omani mediators on Tuesday.",
    ),
    (
        "Azerbaijan",
        "Armenia and Azerbaijan set their signatures to a truce under Russian mediation.",
    ),
    ("the ELN", "The ELN and Bogota's negotiators solemnised a bilateral ceasefire in Caracas."),
    (
        "Hezbollah",
        "Israel and Hezbollah locked down a 60-day ceasefire on Tuesday, ending a year of fire across the border.",
    ),
    ("Pakistan", "Pakistan and India bound themselves to a ceasefire along the Line of Control."),
    ("M23", "Kinshasa and the M23 rebels formalised a truce in Doha on Saturday."),
]:
    built.stance(AGREED, party, "agreed", sentence, True)

for sentence in [
    "The warring generals clinched a week-long truce in Jeddah late on Saturday.",
    "Delegates from both sides penned a ceasefire text at the talks in Geneva.",
    "The two commanders put their initials to a ceasefire over the hotline on Thursday.",
    "Thai and Cambodian generals cemented a ceasefire at a border meeting on Monday.",
    "Moscow and Kyiv have consummated a 30-day truce on energy sites, both capitals said.",
]:
    built.status("ceasefires", AGREED, "agreed", sentence, True)

for party, value, sentence in [
    ("Hamas", "agreed", "Hamas tore up the truce in Cairo on Friday, Egyptian officials said."),
    ("the Houthis", "agreed", "The Houthis mocked a ceasefire that Washington had announced."),
    (
        "Azerbaijan",
        "agreed",
        "Azerbaijan violated the truce within hours, Armenian officials said.",
    ),
    ("Azerbaijan", "agreed", "Azerbaijan broke the truce on its first night."),
    (
        "the ELN",
        "agreed",
        "Mediators floated a ceasefire on Thursday; the ELN refused a truce the next day.",
    ),
    ("Hezbollah", "agreed", "Israel and Hezbollah were set to seal a 60-day ceasefire on Tuesday."),
    ("Pakistan", "agreed", "Pakistan did not put its signature to a ceasefire, the army said."),
    (
        "the ELN",
        "agreed",
        "Bogota's negotiators shook hands with the ELN before talks on a ceasefire.",
    ),
    ("M23", "agreed", "The M23 rebels discussed a truce in Doha on Saturday."),
    (
        "Israel",
        "agreed",
        "Israel killed the truce with a wave of air strikes, Gaza officials said.",
    ),
    ("the junta", "agreed", "The junta buried the ceasefire within a week."),
    ("Hamas", "agreed", "Hamas wrecked the deal by firing rockets on Sunday."),
    ("Hamas", "agreed", "Hamas poured cold water on the truce text on Sunday."),
    ("the Houthis", "agreed", "The Houthis objected to the ceasefire text on Sunday."),
    ("the RSF", "agreed", "The RSF sent a delegation to the truce talks in Jeddah."),
    ("Hamas", "agreed", "Hamas came close to a truce in Cairo, but the talks broke down."),
    ("Russia", "agreed", "Kyiv inked a 30-day truce on Tuesday, but Moscow balked."),
    ("the ELN", "agreed", "The ELN wanted a ceasefire before the elections."),
]:
    built.stance(AGREED, party, value, sentence, False)

for sentence in [
    "The generals rejected a week-long truce in Jeddah late on Saturday.",
    "The army wanted a ceasefire in Darfur before the rains.",
    "Both sides stopped short of a ceasefire at the talks in Geneva.",
    "The two commanders were to put their initials to a ceasefire over the hotline on Thursday.",
    "Thai and Cambodian generals proposed a ceasefire at a border meeting on Monday.",
    "Delegates from both sides penned a draft ceasefire at the talks in Geneva.",
    "Moscow and Kyiv breached a 30-day truce on energy sites, each side said.",
]:
    built.status("ceasefires", AGREED, "agreed", sentence, False)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
