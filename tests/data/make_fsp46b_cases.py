# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 46's set of quotes credited to a description (``grounding_fsp46b.jsonl``,
false-alarm cutter fsp46b; people/description_fits.py), must-fail cases written first:

- ``tied``: '"...," the striker told the club's website' where the page, before the quote,
  ties the noun to the speaker alone: by a title ("Justice Neil Gorsuch"), an apposition
  ("Sean Duffy, the acting NASA administrator"), a copula ("Ruth Amos is the county's
  coroner") or a sentence opening "The Sweden striker" after one opening with the name; a
  bare quote after such a credit. Against them, the others named nearby: the one who asked,
  the one quoted inside, the one the speaker answered;
- ``rival``: the noun tied to two people (two mayors, two presidents), the description's
  modifier ("the Russian president", "the finance minister") picking one out of them or
  none, a namesake with another given name (Delphine, not Bernard, Arnault), a holder
  brought in after the quote, a description of a body ("the company") and a second speech
  verb's subject.

Run ``python tests/data/make_fsp46b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fsp46b.jsonl")

built = SupportCases(
    "fsp46b",
    leads=[
        "LONDON (Harbour Wire) -",
        "LIVE | The Northgate Ledger | updated 14:02",
        "TRANSCRIPT | Riverside Radio, Morning Edition",
        "PROFILE | The Kestrel Review",
        "OPINION | The Westmarch Gazette",
        "Q&A | The Pinewood Tribune",
    ],
)
TIED, RIVAL = "tied", "rival"

# --- rival (must-fail first): the noun tied to someone else, or to two -----------------------
built.page_quote(RIVAL, "We will not be rushed", ["Vladimir Putin"], ["Donald Trump"],
    "President Donald Trump spoke by phone on Tuesday with Russian President Vladimir Putin.",
    '"We will not be rushed," the Russian president said afterwards.')  # fmt: skip
built.page_quote(RIVAL, "The door stays open", ["Donald Trump"], ["Vladimir Putin"],
    "Russian President Vladimir Putin took a call on Tuesday from U.S. President Donald Trump.",
    '"The door stays open," the U.S. president said afterwards.')  # fmt: skip
built.page_quote(RIVAL, "The shelters must be checked", [], ["Vitali Klitschko", "Ihor Terekhov"],
    "Mayor Vitali Klitschko of Kyiv met Mayor Ihor Terekhov of Kharkiv on Monday.",
    '"The shelters must be checked," the mayor said.')  # fmt: skip
built.page_quote(RIVAL, "We have a budget to pass", [], ["Ana Ruiz", "Tomas Lind"],
    "Ana Ruiz, the finance minister, sat beside Tomas Lind, the defence minister, at the briefing.",
    '"We have a budget to pass," the minister said.')  # fmt: skip
built.page_quote(RIVAL, "The numbers add up", ["Ana Ruiz"], ["Tomas Lind"],
    "Ana Ruiz, the finance minister, sat beside Tomas Lind, the defence minister, at the briefing.",
    '"The numbers add up," the finance minister said.')  # fmt: skip
built.page_quote(RIVAL, "Our troops are ready", ["Tomas Lind"], ["Ana Ruiz"],
    "Ana Ruiz, the finance minister, sat beside Tomas Lind, the defence minister, at the briefing.",
    '"Our troops are ready," the defence minister said.')  # fmt: skip
built.page_quote(RIVAL, "This house was built on craft", ["Bernard Arnault"], ["Delphine Arnault"],
    "Delphine Arnault, chair of the fashion house, introduced the new designer on Monday.",
    "Bernard Arnault, the group's chairman, watched from the front row.",
    '"This house was built on craft," the chairman said.')  # fmt: skip
built.page_quote(RIVAL, "We expected more", [], ["Delphine Arnault"],
    "Delphine Arnault, the chairman of the fashion house, introduced the new designer on Monday.",
    "Bernard Arnault, the group's chairman, watched from the front row.",
    '"We expected more," the chairman said.')  # fmt: skip
built.page_quote(RIVAL, "The line will hold", [], ["Keir Starmer"],
    "11:15 - Estonian Prime Minister Kristen Michal, arriving early, called for more air defence.",
    "11:20 - Prime Minister Keir Starmer is due to speak after lunch.",
    '11:40 - "The line will hold," the Estonian prime minister said.')  # fmt: skip
built.page_quote(RIVAL, "Nobody is above the statute", [], ["Neil Gorsuch"],
    "Justice Neil Gorsuch pressed the government's lawyer on the limits of the law.",
    'Justice Elena Kagan then took up the question. "Nobody is above the statute," the justice said.')  # fmt: skip
built.page_quote(RIVAL, "We are disappointed", [], ["Coinbase"],
    "Coinbase, the largest crypto exchange in the country, said criminals had bribed support staff.",
    'Kraken, a rival exchange, said it had seen similar attempts. "We are disappointed," the company said.')  # fmt: skip
built.page_quote(RIVAL, "The plan is sound", [], ["Ruth Amos"],
    "Ruth Amos is the county's coroner.",
    'Asked about the plan, Dr. Ian Pole backed it and the coroner told reporters: "The plan is sound."')  # fmt: skip
built.page_quote(RIVAL, "There will be no delay", [], ["Sean Duffy"],
    'Sean Duffy, the acting NASA administrator, met engineers on Monday. "There will be no delay," the administrator of the FAA said.')  # fmt: skip
built.page_quote(RIVAL, "The bridge reopens in May", ["Ann Berg"], ["Tom Hart"],
    "Mayor Ann Berg of Leeds and Mayor Tom Hart of York met on Friday to discuss the rail link.",
    '"The bridge reopens in May," the Leeds mayor said.')  # fmt: skip
built.page_quote(RIVAL, "Our buses are full", ["Tom Hart"], ["Ann Berg"],
    "Mayor Ann Berg of Leeds and Mayor Tom Hart of York met on Friday to discuss the rail link.",
    '"Our buses are full," the York mayor told the meeting.')  # fmt: skip
built.page_quote(RIVAL, "We will hold the line on rates", ["Ingrid Dahl"], ["Piotr Nowak"],
    "Central bank governor Ingrid Dahl met Polish Finance Minister Piotr Nowak in Oslo.",
    '"We will hold the line on rates," the governor said after the talks.')  # fmt: skip
built.page_quote(RIVAL, "Prices have peaked", ["Ingrid Dahl"], ["Piotr Nowak"],
    "11:02 - Ingrid Dahl, the central bank governor, arrives. Piotr Nowak, Poland's finance minister, is already inside.",
    '11:10 - "Prices have peaked," the governor tells reporters on the steps.')  # fmt: skip
built.page_quote(RIVAL, "Nobody is above the statute", ["Elena Kagan"], ["Neil Gorsuch"],
    "Chief Justice John Roberts opened the hearing. Justice Neil Gorsuch pressed the government's lawyer, and the court's senior liberal justice, Elena Kagan, took up the question.",
    '"Nobody is above the statute," the liberal justice said.')  # fmt: skip
built.page_quote(RIVAL, "I heard the trains", [], ["Nora Quinn"],
    '"I heard the trains," the witness said. Later the court heard from Nora Quinn, the second witness.')  # fmt: skip
built.page_quote(RIVAL, "The vote was fair", [], ["Ravi Menon", "Lena Holt"],
    "Ravi Menon, the returning officer, declared the result. Lena Holt, a rival returning officer from the next ward, disputed it.",
    'Both spoke afterwards. "The vote was fair," the returning officer said, and he left.')  # fmt: skip

# --- tied: the noun the page ties to the speaker alone -------------------------------------
built.page_quote(TIED, "I'm sure you would", ["Neil Gorsuch"], ["D. John Sauer"],
    "Justice Neil Gorsuch asked whether a president could put a tariff on petrol cars. The solicitor general, D. John Sauer, replied that this administration would call that a hoax.",
    '"I\'m sure you would," the justice shot back.')  # fmt: skip
built.page_quote(TIED, "This was always a freedom of navigation issue", ["Marco Rubio"], ["Badr Albusaidi"],
    "Foreign Minister Badr Albusaidi announced the truce. Secretary of State Marco Rubio welcomed it.",
    '"This was always a freedom of navigation issue," the secretary said.')  # fmt: skip
built.page_quote(TIED, "I want to win everything", ["Alexander Isak"], ["Eddie Howe"],
    "Alexander Isak has become the most expensive player signed by a British club.",
    "The Sweden striker, 25, had trained alone all summer, away from Eddie Howe's squad.",
    '"I\'m super-happy to be part of this club," the striker told the club\'s website. "I want to win everything."')  # fmt: skip
built.page_quote(TIED, "I'm super-happy to be part of this club", ["Alexander Isak"], ["Eddie Howe"],
    "Alexander Isak has become the most expensive player signed by a British club.",
    "The Sweden striker, 25, had trained alone all summer, away from Eddie Howe's squad.",
    '"I\'m super-happy to be part of this club," the striker told the club\'s website. "I want to win everything."')  # fmt: skip
built.page_quote(TIED, "At 7:35 this morning the Bishop of Rome returned home", ["Kevin Farrell"], ["Pietro Parolin"],
    "It fell to Cardinal Kevin Farrell, the camerlengo, to tell the world. Pietro Parolin, the secretary of state, stood behind him.",
    '"At 7:35 this morning the Bishop of Rome returned home," the Irish-born cardinal said.')  # fmt: skip
built.page_quote(TIED, "The plan is sound", ["Ruth Amos"], ["Ian Pole"],
    "Ruth Amos is the county's coroner. Dr. Ian Pole, a pathologist, gave evidence on Monday.",
    '"The plan is sound," the coroner told reporters.')  # fmt: skip
built.page_quote(TIED, "We will cover every need", ["Emmanuel Macron"], ["Donald Tusk"],
    "French President Emmanuel Macron met Polish Prime Minister Donald Tusk in Nancy.",
    'On arms, the French president said: "We will cover every need."')  # fmt: skip
built.page_quote(TIED, "We will fix this", ["Maria Keller"], ["Jonas Brandt"],
    "Q: What did the council decide? A: Maria Keller, the mayor, met the lawyer Jonas Brandt and then announced a review.",
    'Q: And the residents? A: "We will fix this," the mayor said.')  # fmt: skip
built.page_quote(TIED, "The roads were not ready", ["Priya Nair"], ["Tom Hale"],
    "RADIO HOST: Priya Nair is the city's transport commissioner. Tom Hale, a bus driver, called in earlier.",
    'RADIO HOST: She has said more since. "The roads were not ready," the commissioner told us.')  # fmt: skip
built.page_quote(TIED, "The deficit is a choice", ["Hugo Lenoir"], ["Claire Dumas"],
    "Hugo Lenoir, the former finance minister, now chairs the audit court. Claire Dumas, its rapporteur, presented the figures.",
    '"The deficit is a choice," the former finance minister said, arguing that nothing had changed.')  # fmt: skip
built.page_quote(TIED, "We had him in our sights", ["Laure Beccuau"], ["Louis Mercier"],
    "Paris prosecutor Laure Beccuau gave details of the arrest. Louis Mercier, a lawyer for the museum, declined to comment.",
    '"We had him in our sights," the prosecutor said.')  # fmt: skip
built.page_quote(TIED, "The runway can wait", ["Dana Price"], ["Mark Ellis"],
    "Dana Price, chief executive of the port authority, met the harbour master Mark Ellis.",
    'The chief executive was blunt. "The runway can wait," the executive said.')  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
