# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-7 set (``grounding_days7.jsonl``): the page's published date, two causes an
independent check found (check 26, on other outlets' pages), with what must pass and what must
fail:

- ``updated-lines``: a date an "Updated"/"Last updated"/"Modified" label gives is when the page
  changed, not when it was published: where the page's date lines also give another date
  ("Published: ...", a bare date), only those are its published date; a page whose only date
  line is its update keeps that date; a date only the body states never counts where the page
  has date lines;
- ``glued-date-line``: a header line that opens with a labelled date and runs on into the lead
  (" date 2023-01-01 The president ...", "Published 4 May 2021The army ...": the loader glued
  the page's date line to the first paragraph) is a date line: the page's published date is
  that date, not another the lead states; an unlabelled date opening the lead, a labelled date
  deep in the body or a date after the lead's first words keeps the old rule (any full date the
  text states);
- ``word-clock``: a time in words with its half of the day ("three in the morning", "seven
  o'clock in the evening", "ten at night") is a time like "3 a.m.": a start that names one
  must find that time in its evidence (in words or in figures), not only its day; a start
  whose time the evidence writes as another hour, or only the day, is refused;
- ``country-dateline``: a dateline whose place in capitals carries its country before the
  date ("CANBERRA, Australia (March 22, 1998 - PACNEWS)---", "LIMA, Peru, Oct. 2 (Wire) -")
  dates the story's filing, not the truce its lead reports: that date is no start; a date the
  lead gives the truce is, and so is a date after a place that is no dateline (mixed case, no
  wire's parenthesis or dash after it);
- ``of-place``: a person's place or body after a comma ("Senator Ana Ruiz, of Ohio, said",
  "Dr. Lin Mabry, of the Coastal Institute, told reporters") stands beside the name as an
  aside: the quote is the named person's, also when a relative clause follows without its
  closing comma ("..., of Ohio, who wrote the bill said on Twitter:"); another person named in
  the sentence, or "of X" after no name ("Most of the senators said"), gives no such speaker;
- ``but-clause``: a sentence whose last "but" clause (with or without a comma) opens with a
  name ("The bloc faces calls to act but Sultan Omar Kadir, the host, sought calm.") offers
  that nearer person to a "he"/"she" quote after it ("...," he told reporters), not the subject
  it opens with, a name inside its first clause or the subject of its first clause's speech
  verb; a "but" clause with no name leaves the opening subject the referent.

Run ``python tests/data/make_days7_cases.py`` to rebuild it. Every article below was written for
this set (fictional outlets and people); each verdict is what a careful fact-checker reads in
the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_days7.jsonl")

built = SupportCases("d7")


def _article(field: str) -> Callable[[str], dict[str, Any]]:
    """The facts holding a value in the article block's ``field``."""
    return lambda value: {"article": {**ARTICLE, field: value}}


def published(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    """The article's published date is each of ``passes`` (supported) and ``fails`` (not)."""
    built.each(
        category, text, passes, fails, "article.published", _article("published"), "published"
    )


BODY = (
    "The two sides first agreed a truce on 14 February 2022 and renewed it on "
    "March 9, 2022 after talks in the port city, the navy said in a statement."
)


def updated(text: str, passes: list[str], fails: list[str]) -> None:
    published("updated-lines", text, passes, fails)


updated(
    "Navy extends truce\nPublished: Mon 4 Apr 2022, 10:12 AM\n\nLast updated: Tue 5 Apr 2022, "
    "9:18 AM\n\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-05", "2022-02-14"],
)
updated(
    "Navy extends truce\nPublished 4 April 2022 | Updated 6 April 2022\n\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-06", "2022-03-09"],
)
updated(
    "Navy extends truce\nApril 4, 2022\nUpdated April 7, 2022 at 3:05 p.m.\nBy Rosa Delane\n\n"
    + BODY
    + "\n",
    ["2022-04-04"],
    ["2022-04-07"],
)
updated(
    "Navy extends truce\nPosted on 4/4/2022 - Last modified on 4/8/2022\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-08"],
)
updated(
    "Navy extends truce\nFirst published: 2022-04-04\nLast updated: 2022-04-09\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-09", "2022-02-14"],
)
updated(
    "Navy extends truce\nUPDATED: 10 April 2022\nPUBLISHED: 4 April 2022\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-10"],
)
updated(
    "Navy extends truce\nBy Omar Teller | 4 Apr 2022\n" + BODY + "\n\nThis story was updated "
    "on 11 Apr 2022\n",
    ["2022-04-04"],
    ["2022-04-11"],
)
updated(
    "Navy extends truce\nDate: April 4th, 2022 (edited April 12th, 2022)\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-04-12"],
)
# the update is the page's only date line: it keeps it
updated(
    "Navy extends truce\nLast updated: 13 April 2022\n" + BODY + "\n",
    ["2022-04-13"],
    ["2022-02-14", "2022-03-09"],
)
updated(
    "Navy extends truce\nUpdated 4/14/2022 6:30 PM EDT\n\n" + BODY + "\n",
    ["2022-04-14"],
    ["2022-03-09"],
)
updated(
    "Navy extends truce\nThe Harbor Ledger\nModified: April 15, 2022\n" + BODY + "\n",
    ["2022-04-15"],
    ["2022-02-14"],
)
updated(
    "Navy extends truce\n2022-04-04\n" + BODY + "\n",
    ["2022-04-04"],
    ["2022-03-09"],
)

LEAD = (
    " the navy chief announced a truce with the coastal militias that will run until "
    "30 June 2022, his office said, after talks that began on 2 March 2022."
)


def glued(text: str, passes: list[str], fails: list[str]) -> None:
    published("glued-date-line", text, passes, fails)


glued(" date 2022-05-01 The" + LEAD + "\n", ["2022-05-01"], ["2022-06-30", "2022-03-02"])
glued("Date: 1 May 2022 The" + LEAD + "\n", ["2022-05-01"], ["2022-06-30"])
glued("Published 1 May 2022The" + LEAD + "\n", ["2022-05-01"], ["2022-03-02"])
glued(
    "Navy announces truce\nPosted on May 1, 2022 In a televised address," + LEAD + "\n",
    ["2022-05-01"],
    ["2022-06-30", "2022-03-02"],
)
glued(
    "Navy announces truce\n\u2014 Dated 05/01/2022 \u2014 On Sunday" + LEAD + "\n",
    ["2022-05-01"],
    ["2022-06-30"],
)
glued(
    "Coast Daily\nPublished: 1st May 2022 | The" + LEAD + "\n",
    ["2022-05-01"],
    ["2022-03-02"],
)
glued(
    "Navy announces truce\nLast updated: 2 May 2022 The" + LEAD + "\n",
    ["2022-05-02"],
    ["2022-06-30"],
)
# not a labelled header date: the old rule (any full date the text states) holds
glued(" 1 May 2022 The" + LEAD + "\n", ["2022-05-01", "2022-06-30", "2022-03-02"], ["2022-05-03"])
glued(
    "Navy announces truce\nOn 1 May 2022" + LEAD + "\n",
    ["2022-05-01", "2022-06-30"],
    ["2022-04-30"],
)
glued(
    "Navy announces truce\nThe navy, in a note dated 1 May 2022, said" + LEAD + "\n",
    ["2022-05-01", "2022-06-30", "2022-03-02"],
    ["2022-05-04"],
)
glued(
    "Navy announces truce\nDate palms line the harbour where on 1 May 2022" + LEAD + "\n",
    ["2022-05-01", "2022-06-30"],
    ["2022-05-05"],
)
glued(
    "Navy announces truce\nPublished by the Coast Daily desk: the" + LEAD + "\n",
    ["2022-06-30", "2022-03-02"],
    ["2022-05-06"],
)


def starts(value: str, sentence: str, expect: bool) -> None:
    fact = {"kind": None, "starts": value, "evidence": [sentence]}
    text = f"Frontier Bulletin\n\n{sentence}\n\nMore details are expected.\n"
    built.add("word-clock", expect, f"starts {value!r}: {sentence[:60]}", text,
              {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


# fmt: off
CLOCK_PASS = [
    ("three in the morning on October 10", "The truce takes effect at three in the morning on October 10, the mediators said."),
    ("3 a.m. on October 10", "The truce takes effect at three in the morning on October 10, the mediators said."),
    ("3am on Friday", "The ceasefire starts at three o'clock in the morning on Friday, both armies said."),
    ("seven in the evening on Sunday", "The ceasefire begins at 7 p.m. on Sunday, the ministry said."),
    ("7pm on Sunday", "The ceasefire begins at seven in the evening on Sunday, the ministry said."),
    ("ten at night on 4 June", "Starting at ten at night on 4 June, the guns are to fall silent."),
    ("22:00 on 4 June", "Starting at ten at night on 4 June, the guns are to fall silent."),
    ("four in the afternoon on Tuesday", "A humanitarian pause came into force at four in the afternoon on Tuesday."),
    ("six in the morning on Saturday", "From 06:00 on Saturday the two sides are to stop shooting, the monitors said."),
    ("October 10", "The truce takes effect at three in the morning on October 10, the mediators said."),
    ("two in the morning on March 3", "The pause begins at two at night on March 3, local officials said."),
    ("eleven in the morning on Monday", "The truce took hold at Eleven in the morning on Monday, a spokesman said."),
]
CLOCK_FAIL = [
    ("three in the morning on October 10", "The truce takes effect at 12:00 on October 10, the mediators said."),
    ("three in the morning on October 10", "The truce takes effect on October 10, the mediators said."),
    ("five in the morning on Friday", "The ceasefire starts at three o'clock in the morning on Friday, both armies said."),
    ("seven in the evening on Sunday", "The ceasefire begins at 7 a.m. on Sunday, the ministry said."),
    ("seven in the morning on Sunday", "The ceasefire begins at seven in the evening on Sunday, the ministry said."),
    ("nine at night on 4 June", "Starting at ten at night on 4 June, the guns are to fall silent."),
    ("four in the afternoon on Tuesday", "A humanitarian pause came into force at 4 a.m. on Tuesday."),
    ("six in the evening on Saturday", "From 06:00 on Saturday the two sides are to stop shooting, the monitors said."),
    ("eight in the morning on 1 May", "The truce begins at noon on 1 May, the army said."),
    ("one in the afternoon on Thursday", "The ceasefire started on Thursday, hours after the talks ended."),
    ("two in the afternoon on March 3", "The pause begins at two at night on March 3, local officials said."),
    ("eleven at night on Monday", "The truce took hold at eleven in the morning on Monday, a spokesman said."),
]
# fmt: on
for value, sentence in CLOCK_PASS:
    starts(value, sentence, True)
for value, sentence in CLOCK_FAIL:
    starts(value, sentence, False)


def dated(value: str, lead: str, expect: bool) -> None:
    sentence = lead.split("\n")[0]
    fact = {"kind": None, "starts": value, "evidence": [sentence]}
    text = f"{lead}\n\nMore details are expected.\n"
    built.add("country-dateline", expect, f"starts {value!r}: {sentence[:60]}", text,
              {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


# fmt: off
DATELINE_PASS = [
    ("April 30", "CANBERRA, Australia (March 22, 1998 - ISLANDWIRE/Tevita)---Faction leaders will meet next month to settle the cease fire taking effect April 30."),
    ("May 3", "KAMPALA, Uganda (April 28, 2019 - Lakeside News)--The truce starts on May 3, both sides said."),
    ("June 12", "SUVA, Fiji (June 2, 2004 - Reef Wire) - The ceasefire will begin on June 12 under the deal."),
    ("Oct. 9", "LIMA, Peru, Oct. 2 (Andes Wire) - The truce with the rebels begins on Oct. 9, the government said."),
    ("9 October", "QUITO, Ecuador, 2 October (Sierra Press) - The ceasefire takes effect on 9 October."),
    ("March 22", "Canberra, Australia (March 22) the truce began, as the leaders had planned."),
    ("July 4", "ACCRA, Ghana (June 30, 2011 - Coast Wire) - A truce between the clans comes into force on July 4."),
    ("Dec. 24", "MANILA, Philippines, Dec. 20 (Isla News) -- The holiday ceasefire starts on Dec. 24, the army said."),
    ("January 15", "NAIROBI, Kenya (January 10, 2020 - Rift Wire) - The truce will take effect from January 15."),
    ("February 1", "The truce agreed in DAKAR, Senegal, begins on February 1, officials said."),
    ("August 5", "HONIARA, Solomon Islands (August 1, 2002 - Atoll Press)---The cease-fire starts August 5, the police said."),
]
DATELINE_FAIL = [
    ("March 22", "CANBERRA, Australia (March 22, 1998 - ISLANDWIRE/Tevita)---Faction leaders will meet next month to settle the cease fire taking effect April 30."),
    ("April 28", "KAMPALA, Uganda (April 28, 2019 - Lakeside News)--The truce starts on May 3, both sides said."),
    ("June 2", "SUVA, Fiji (June 2, 2004 - Reef Wire) - The ceasefire will begin on June 12 under the deal."),
    ("Oct. 2", "LIMA, Peru, Oct. 2 (Andes Wire) - The truce with the rebels begins on Oct. 9, the government said."),
    ("2 October", "QUITO, Ecuador, 2 October (Sierra Press) - The ceasefire takes effect on 9 October."),
    ("June 30", "ACCRA, Ghana (June 30, 2011 - Coast Wire) - A truce between the clans comes into force on July 4."),
    ("Dec. 20", "MANILA, Philippines, Dec. 20 (Isla News) -- The holiday ceasefire starts on Dec. 24, the army said."),
    ("January 10", "NAIROBI, Kenya (January 10, 2020 - Rift Wire) - The truce will take effect from January 15."),
    ("August 1", "HONIARA, Solomon Islands (August 1, 2002 - Atoll Press)---The cease-fire starts August 5, the police said."),
    ("May 14", "GOMA, Congo (May 14, 2013 - Kivu Wire) - A ceasefire took hold in the east, the UN said."),
    ("November 3", "PORT MORESBY, Papua New Guinea, November 3 (Island Wire) - The truce holds, officials said."),
]
# fmt: on
for value, lead in DATELINE_PASS:
    dated(value, lead, True)
for value, lead in DATELINE_FAIL:
    dated(value, lead, False)


WORDS = "The sanctions will bite within weeks"


def spoke(lead: str, passes: list[str], fails: list[str], after: str = "") -> None:
    text = f"Capitol Ledger\n\n{lead} \u201c{WORDS},\u201d {after}\n\nThe vote is next week.\n"
    built.quote("of-place", text.replace(" \n", "\n"), WORDS, passes, fails)


spoke(
    "Republican Senator Ana Ruiz, of Ohio, who wrote the bill said on Twitter:",
    ["Ana Ruiz"],
    ["Tom Becker"],
)
spoke("Senator Ana Ruiz, of Ohio, said on Twitter:", ["Ana Ruiz", "Senator Ana Ruiz"], [])
spoke(
    "Representative Dale Orwin, of the state of Maine, told reporters:",
    ["Dale Orwin"],
    ["Ana Ruiz"],
)
spoke(
    "Dr. Lin Mabry, of the Coastal Institute, said in a statement:",
    ["Lin Mabry"],
    ["Coastal Institute"],
)
spoke("Senator Ana Ruiz, of Ohio, who met Tom Becker on Monday said:", ["Ana Ruiz"], ["Tom Becker"])
spoke("Governor Pia Lenz, of Vermont, wrote on Facebook:", ["Pia Lenz"], ["Vermont"])
spoke(
    "Marta Quill, of the Harbor Trust, who led the campaign for the bill, said:",
    ["Marta Quill"],
    ["Harbor Trust"],
)
spoke(
    "Ana Ruiz, of Ohio, and Tom Becker, of Iowa, met on Monday. Later, Senator Becker said:",
    ["Tom Becker"],
    ["Ana Ruiz"],
)
spoke(
    "Most of the senators said they backed the bill. Tom Becker, of Iowa, added:",
    ["Tom Becker"],
    [],
)
spoke(
    "Senator Tom Becker, of Iowa, praised Ana Ruiz, of Ohio, and said:",
    ["Tom Becker"],
    ["Ana Ruiz"],
)
spoke("A spokeswoman for Senator Ana Ruiz, of Ohio, said:", [], ["Ana Ruiz"])
spoke("An aide to Governor Pia Lenz, of Vermont, told reporters:", [], ["Pia Lenz"])
spoke(
    "Senator Ana Ruiz, of Ohio, thanked Tom Becker, who wrote the bill. Becker said:",
    ["Tom Becker"],
    ["Ana Ruiz"],
)


SAYING = "We will not shut anyone out"


def but(first: str, pronoun: str, passes: list[str], fails: list[str]) -> None:
    text = f"Regional Wire\n\n{first} \u201c{SAYING},\u201d {pronoun} told a press conference.\n\nTalks resume on Friday.\n"
    built.quote("but-clause", text, SAYING, passes, fails)


but(
    "The bloc faces calls to shut out the junta, but Sultan Omar Kadir of Bruvia, the summit host, instead sought to ease tensions.",
    "he",
    ["Omar Kadir", "Sultan Omar Kadir"],
    [],
)
but(
    "The bloc faces calls from Tom Becker to act, but Ana Ruiz, the host, sought calm.",
    "she",
    ["Ana Ruiz"],
    ["Tom Becker"],
)
but(
    "Several members wanted a tougher line, but President Lea Varga, who chairs the group, urged patience.",
    "she",
    ["Lea Varga"],
    [],
)
but(
    "Lawmakers demanded a vote on Monday, but Speaker Dale Orwin delayed it again.",
    "he",
    ["Dale Orwin"],
    [],
)
but(
    "The council had hoped for a deal, but Prime Minister Kofi Mensah said little in public and left early.",
    "he",
    ["Kofi Mensah"],
    [],
)
but(
    "Ana Ruiz urged a vote on Monday, but the chamber refused.", "she", ["Ana Ruiz"], ["Tom Becker"]
)
but(
    "The bloc faces calls to expel Norvia but Ana Ruiz, the host, sought calm.",
    "she",
    ["Ana Ruiz"],
    ["Norvia"],
)
but("Ana Ruiz wanted a vote but the chamber refused.", "she", ["Ana Ruiz"], ["Tom Becker"])
but(
    "Opposition parties called for a boycott, but Mayor Ines Paredes, speaking in the capital, rejected the idea.",
    "she",
    ["Ines Paredes"],
    ["Opposition"],
)
but(
    "Critics of Tom Becker want the talks ended, but Ana Ruiz disagrees.",
    "she",
    ["Ana Ruiz"],
    ["Tom Becker"],
)
but(
    "The union had threatened a strike over the plan, but its leader, Marta Quill, struck a softer tone.",
    "she",
    ["Marta Quill"],
    ["Tom Becker"],
)
but(
    "The ministers met for three hours, but Envoy Ravi Shah, who arrived late, stayed only an hour.",
    "he",
    ["Ravi Shah"],
    [],
)
but(
    "Ana Ruiz asked for a recess, but Lea Varga, the chair, refused.",
    "she",
    ["Lea Varga"],
    ["Ana Ruiz"],
)
but(
    "The rebels rejected the plan, but Commander Omar Kadir, the army chief, welcomed it.",
    "he",
    ["Omar Kadir"],
    ["Tom Becker"],
)
but(
    "The summit closed without a statement, but Foreign Minister Ana Ruiz, the host, briefed reporters.",
    "she",
    ["Ana Ruiz"],
    ["Tom Becker"],
)

but(
    "The office of Tom Becker issued no comment, but Ana Ruiz, a former minister, spoke out.",
    "she",
    ["Ana Ruiz"],
    ["Tom Becker"],
)
but(
    "Kofi Mensah's aides briefed the press, but Lea Varga, the chair, declined.",
    "she",
    ["Lea Varga"],
    ["Kofi Mensah"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
