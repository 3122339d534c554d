# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the mastheads-31 set (``grounding_mastheads31.jsonl``, session 31, left31, checks 68
and 69): a writer credited by a phrase in one field of a head line, and a page's date on a
pipe-parted masthead above a fact box's dated rows. By category:

- ``phrase-credits``: "Brussels, 26 May 2025 - Outlet (written by our correspondent X)",
  "From the desk of X | 5 September 2025", "Curated by X | Issue 41", "Your host: X \u2014
  Monday edition", "filed by X" credit X as the writer
  (:mod:`summarizer.verification.bylines.phrase_credits`). Refused: a person quoted or
  thanked in the head, the one "as told to", an editor or photographer credited in a field,
  the outlet's editor named in a footer, a person of the story.
- ``masthead-dates``: a masthead of fields ("Explainer | Outlet | 24 October 2025 | Words:
  X"), thirteen words with its bars, dates the page, and a fact box's row under it ("-
  Adopted: 23 October 2025") dates an event of the story, not the page
  (:mod:`summarizer.verification.bylines.date_lines`). Refused: a day of the story (the
  adoption, the proposal, the vote) as the published day when the masthead gives another.

Run ``python tests/data/make_mastheads31_cases.py`` to rebuild it. The events are real (the
EU's sanctions packages of 2025, Belgium's national strikes of 2025, the Commission's Google
adtech fine of September 2025, Japan's upper-house election of July 2025, the UK resident
doctors' strikes of 2025); the outlets and writers are invented, every sentence was written
for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_mastheads31.jsonl")
built = SupportCases("mh31")

STRIKE = (
    "Belgium's unions closed out three days of national strikes on Wednesday, with every departure from Brussels Airport cancelled and most trains standing idle.\n\n"
    '"The government has not listened to us," said Ann Vermorgen, who leads the ACV union. Prime Minister Bart De Wever said the pension reform would go ahead.\n\n'
    "Rail operator SNCB said only one train in four ran on the main lines.\n"
)
GOOGLE = (
    "The European Commission fined Google 2.95 billion euros on Friday for favouring its own advertising technology services over those of rival firms.\n\n"
    "Competition commissioner Teresa Ribera said the company had to end its conflicts of interest. Google's head of regulatory affairs, Lee-Anne Mulholland, said the firm would appeal.\n\n"
    "The European Publishers Council had brought the original complaint.\n"
)
SANCTIONS = (
    "EU governments approved the bloc's 18th package of sanctions on Russia on Friday after Slovakia dropped its veto, Foreign Policy chief Kaja Kallas said.\n\n"
    'The package lowers the price cap on Russian crude and lists 105 more tankers. Slovak Prime Minister Robert Fico said he had won "guarantees" on gas prices.\n\n'
    "The measures still need to be written into national law in some member states.\n"
)
DOCTORS = (
    "Resident doctors in England walked out for five days from Friday in a dispute over pay, the British Medical Association said.\n\n"
    'Health Secretary Wes Streeting called the strike "unnecessary". Tom Dolphin, who chairs the BMA council, said members had run out of patience.\n\n'
    "NHS England said most planned operations would go ahead.\n"
)
CREDITS, DATES = "phrase-credits", "masthead-dates"
byline = partial(built.article_field, CREDITS, "byline")
published = partial(built.article_field, DATES, "published")


def page(head: str, body: str, foot: str = "") -> str:
    """A headline, the head line(s) ``head``, a blank line, the ``body`` and a ``foot``."""
    return f"Strikes and fines: the week\n{head}\n\n{body}{foot}"


# phrase-credits
byline(page("Brussels, 26 November 2025 - Eurobriefs (written by our correspondent Katarzyna Wisniewska)", STRIKE),
       ["Katarzyna Wisniewska"], ["Ann Vermorgen", "Bart De Wever", "Eurobriefs"])  # fmt: skip
byline(page("THE COMPETITION BRIEF - Friday edition\nFrom the desk of Sofia Marchetti | 5 September 2025", GOOGLE),
       ["Sofia Marchetti"], ["Teresa Ribera", "Lee-Anne Mulholland"])  # fmt: skip
byline(page("MARKETS WEEKLY | Curated by Ines Moreau | Issue 41", GOOGLE),
       ["Ines Moreau"], ["Teresa Ribera"])  # fmt: skip
byline(page("Your host: Daniel Okoye \u2014 Monday edition", SANCTIONS),
       ["Daniel Okoye"], ["Kaja Kallas", "Robert Fico"])  # fmt: skip
byline(page("Kyiv \u2013 18 July 2025 \u2013 filed by our Kyiv reporter Olena Hrytsenko", SANCTIONS),
       ["Olena Hrytsenko"], ["Kaja Kallas"])  # fmt: skip
byline(page("Health Desk \u2022 Written by Priya Natarajan \u2022 25 July 2025", DOCTORS),
       ["Priya Natarajan"], ["Wes Streeting", "Tom Dolphin"])  # fmt: skip
byline(page("The Ward Round (a newsletter hosted by Gareth Pryce) | July 25, 2025", DOCTORS),
       ["Gareth Pryce"], ["Tom Dolphin"])  # fmt: skip
byline(page("Brussels, 5 September 2025 -- Tech Ledger (reported by Marco Bellini and Hanne Dahl)", GOOGLE),
       ["Marco Bellini", "Hanne Dahl", "Marco Bellini and Hanne Dahl"], ["Lee-Anne Mulholland"])  # fmt: skip
byline(page("Ghent | Words by Joris Claes | 26.11.2025", STRIKE),
       ["Joris Claes"], ["Ann Vermorgen"])  # fmt: skip
byline(page("EUROPE EXPRESS [written by our Brussels correspondent, Lotte Verbeek]", SANCTIONS),
       ["Lotte Verbeek"], ["Robert Fico"])  # fmt: skip
byline(page("Curated: Ama Owusu | The Morning Wire | Saturday", STRIKE),
       ["Ama Owusu"], ["Bart De Wever"])  # fmt: skip
# the head names others: quoted, thanked, told to, edited, photographed, an editor's footer
byline(page("My week on the picket line | as told to Ruth Keane | 26 November 2025", STRIKE),
       [], ["Ruth Keane", "Ann Vermorgen"])  # fmt: skip
byline(page("Brussels, 26 November 2025 - Eurobriefs (with thanks to Pieter Maes)", STRIKE),
       [], ["Pieter Maes"])  # fmt: skip
byline(page("THE COMPETITION BRIEF | Edited by Clara Bauer | 5 September 2025", GOOGLE),
       [], ["Clara Bauer"])  # fmt: skip
byline(page("Health Desk \u2022 Photographs by Sam Ellery \u2022 25 July 2025", DOCTORS),
       [], ["Sam Ellery", "Tom Dolphin"])  # fmt: skip
byline(page("The Ward Round | 25 July 2025", DOCTORS, "\nThe Ward Round is edited by Megan Rhys. Write to us at the usual address.\n"),
       [], ["Megan Rhys", "Wes Streeting"])  # fmt: skip
byline(page("Kyiv \u2013 18 July 2025 \u2013 interviewing Kaja Kallas", SANCTIONS),
       [], ["Kaja Kallas"])  # fmt: skip
byline(page("From the desk of the editors | 5 September 2025 | quoting Teresa Ribera", GOOGLE),
       [], ["Teresa Ribera"])  # fmt: skip


def dated(head: str, box: str, body: str) -> str:
    """A page with a masthead ``head``, then ``body``'s first paragraph, a fact box, the rest."""
    first, rest = body.split("\n\n", 1)
    return f"What the week brought\n{head}\n\n{first}\n\nFACT BOX\n{box}\n\n{rest}"


# masthead-dates
published(dated("Explainer | Northsea Energy Review | 24 October 2025 | Words: Hanna Lindqvist",
                "- Adopted: 23 October 2025, unanimously\n- Proposed: 19 September 2025", SANCTIONS),
          ["2025-10-24"], ["2025-10-23", "2025-09-19"])  # fmt: skip
published(dated("Analysis | The Brussels Lens | 19 July 2025 | By Sander Vos",
                "\u2022 Agreed: 18 July 2025\n\u2022 Entry into force: 20 July 2025", SANCTIONS),
          ["2025-07-19"], ["2025-07-18", "2025-07-20"])  # fmt: skip
published(dated("Q&A \u2014 Competition Weekly \u2014 6 September 2025 \u2014 Reporting: Nadia Kessler",
                "* Fine announced: 5 September 2025\n* Complaint lodged: 2021", GOOGLE),
          ["2025-09-06"], ["2025-09-05"])  # fmt: skip
published(dated("Briefing | Lowlands Labour Review | 27 November 2025 | Text: Wout Peeters",
                "- Started: 24 November 2025\n- Ended: 26 November 2025", STRIKE),
          ["2025-11-27"], ["2025-11-24", "2025-11-26"])  # fmt: skip
published(dated("Health | The Clinical Times | July 26, 2025 | Words: Imogen Hart",
                "1. Walkout began: July 25, 2025\n2. Deadline: July 30, 2025", DOCTORS),
          ["2025-07-26"], ["2025-07-25", "2025-07-30"])  # fmt: skip
published(dated("Explainer \u00b7 Tech Ledger \u00b7 8 September 2025 \u00b7 Words: Leo Grant",
                "Decision adopted: 5 September 2025\nAppeal due: 15 November 2025", GOOGLE),
          ["2025-09-08"], ["2025-09-05", "2025-11-15"])  # fmt: skip
published(dated("Explainer | Northsea Energy Review | Published: 21 July 2025 | Words: Hanna Lindqvist",
                "- Signed: 18 July 2025", SANCTIONS),
          ["2025-07-21"], ["2025-07-18"])  # fmt: skip
published(dated("Opinion | Rail and Road | 1 December 2025 | Author: Marie Dubois",
                "- Vote: 20 November 2025\n- Proposal: 1 October 2025", STRIKE),
          ["2025-12-01"], ["2025-11-20", "2025-10-01"])  # fmt: skip
published(dated("LONDON: 28 July 2025 | Ward Notes | Words: Ffion Lloyd",
                "- Strike called: 8 July 2025", DOCTORS),
          ["2025-07-28"], ["2025-07-08"])  # fmt: skip
published(dated("Explainer | Northsea Energy Review | 24 October 2025 | Words: Hanna Lindqvist",
                "- Agreed by ministers: 23 October 2025", SANCTIONS),
          ["2025-10-24"], ["2025-10-23", "2025-10-25"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
