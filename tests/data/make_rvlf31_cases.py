# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the rvlf31 set (``grounding_rvlf31.jsonl``, session 31, review rvlf31 of left31's
rules): the four readings left31 landed, broken both ways with new texts. By category:

- ``rv-head-credits``: a writer credited in a field of a head line in other shapes than
  left31's ("Reported by X for Outlet", "Story: X", "Text - X", "X reports", "Compiled by X and
  Y", "Your host this week: X", a newsletter signed at its end "- X"); refused: a person thanked,
  quoted or interviewed in the head, a photographer, translator, fact-checker or editor, the
  outlet's editor named in a footer (:mod:`summarizer.verification.bylines.phrase_credits`).
- ``rv-masthead-days``: the page's day on mastheads of other shapes ("Published 2 Nov 2025,
  09:15 | Updated 3 Nov 2025, 14:02", a wire's dateline, a long masthead of fields); refused: an
  update's day, a fact box's row dating an event ("- Second reading: ...", "- Election date:
  ...", "- Council decision: ...") and a timeline's row
  (:mod:`summarizer.verification.bylines.date_lines`).
- ``rv-shelved-summits``: a summit put off "indefinitely", "with no date set", "not yet
  rescheduled" is postponed; refused: postponed where the text says it was cancelled, never had
  a date, or denies the postponement ("had not been postponed, even without a new date for the
  follow-up meeting") (:mod:`summarizer.verification.events.status_cues`).
- ``rv-statement-days``: the day of a statement, address, news conference or post opening the
  sentence is the day of the measure its clause puts forward, in other shapes ("At a news
  conference on Friday", "Speaking at a press conference on Friday", "In a speech to parliament
  on Tuesday", "In a post on X on Sunday"); refused: a statement that recalls or reports an
  earlier measure ("said the package proposed last week"), a "post", "speech" or "briefing"
  telling of another day's act, a promise, a threat or a plan for later
  (:func:`summarizer.verification.days.plan_days.stated_act`).

Run ``python tests/data/make_rvlf31_cases.py`` to rebuild it. The events are real (the 2025
Budapest summit put off in October, the UK's and the US's sanctions on Rosneft and Lukoil,
Canada's tanker sanctions, the EU's 19th package, the 2025 Dutch and Japanese elections); the
outlets and people of the heads are invented, every sentence was written for this set, and each
verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvlf31.jsonl")
built = SupportCases("rvlf31", leads=["LONDON (Harbour Wire) -", "By Mira Castell | The Quay Post"])
CREDITS, DAYS = "rv-head-credits", "rv-masthead-days"
SHELVED, STATED = "rv-shelved-summits", "rv-statement-days"

PORT = (
    "Dock workers at Rotterdam walked out for 48 hours on Monday over automation plans, halting most container traffic at Europe's largest port.\n\n"
    '"Machines do not pay rent," said Niek Stam, who speaks for the FNV union. Port director Boudewijn Siemons said talks would resume next week.\n\n'
    "Shipping lines diverted some vessels to Antwerp.\n"
)
OIL = (
    "Britain imposed sanctions on Rosneft and Lukoil on Wednesday, the government said, freezing assets and barring dealings with the two oil majors.\n\n"
    "Chancellor Rachel Reeves said the measures would squeeze the Kremlin's war chest. Analyst Helima Croft said buyers in India would look for other suppliers.\n\n"
    "Oil prices rose about 5 percent.\n"
)
VOTE = (
    "Dutch voters went to the polls on Wednesday in a snap election called after the coalition collapsed in June.\n\n"
    "Rob Jetten of D66 said his party had won the argument on housing. Frans Timmermans, who led the Labour-Green list, said he would step down.\n\n"
    "Turnout was about 78 percent.\n"
)
byline = partial(built.article_field, CREDITS, "byline")
published = partial(built.article_field, DAYS, "published")


def page(head: str, body: str, foot: str = "") -> str:
    """A headline, the head line(s) ``head``, a blank line, the ``body`` and a ``foot``."""
    return f"Ports, oil and a vote\n{head}\n\n{body}{foot}"


# rv-head-credits: other credit shapes, each credits its writer
byline(page("Rotterdam | 27 October 2025 | Reported by Tomasz Zielinski for Harbour Wire", PORT),
       ["Tomasz Zielinski"], ["Niek Stam", "Boudewijn Siemons"])  # fmt: skip
byline(page("DOCKSIDE NOTES | Story: Amara Diallo | 27 October 2025", PORT),
       ["Amara Diallo"], ["Niek Stam"])  # fmt: skip
byline(page("Text \u2013 Lukas Brandt | Photos \u2013 Eva Lind | 22 October 2025", OIL),
       ["Lukas Brandt"], ["Eva Lind", "Rachel Reeves"])  # fmt: skip
byline(page("Oil majors squeezed | Nia Okafor reports", OIL),
       ["Nia Okafor"], ["Helima Croft"])  # fmt: skip
byline(page("The Morning Digest | Compiled by Hugo Lambert and Rosa Ferreira | Thursday", VOTE),
       ["Hugo Lambert", "Rosa Ferreira"], ["Rob Jetten"])  # fmt: skip
byline(page("The Morning Digest | Edited and compiled by Hugo Lambert", VOTE),
       ["Hugo Lambert"], ["Rob Jetten"])  # fmt: skip
byline(page("THE HAGUE NOTEBOOK | Your host this week: Rhiannon Evans", VOTE),
       ["Rhiannon Evans"], ["Frans Timmermans"])  # fmt: skip
byline(page("Kyiv | 23 October 2025 | filed by Olha Melnyk in Kyiv", OIL),
       ["Olha Melnyk"], ["Rachel Reeves"])  # fmt: skip
byline(page("Energy Brief (reported and written by Jake Miller)", OIL),
       ["Jake Miller"], ["Helima Croft"])  # fmt: skip
byline(page("The Quay Letter \u2014 Issue 88", PORT, "\nThanks for reading, see you on Friday.\n\n\u2014 Julia Novak\n"),
       ["Julia Novak"], ["Boudewijn Siemons"])  # fmt: skip
byline(page("Polling Day Special | Written by our Amsterdam correspondent, Pieter de Graaf, and Lena Vos", VOTE),
       ["Pieter de Graaf", "Lena Vos"], ["Rob Jetten"])  # fmt: skip
# the head names others than the writer
byline(page("DOCKSIDE NOTES | Thanks to Laura Penn for the tip | 27 October 2025", PORT),
       [], ["Laura Penn"])  # fmt: skip
byline(page("\u2018We will not move,\u2019 says Niek Stam | Dockside Notes | 27 October 2025", PORT),
       [], ["Niek Stam"])  # fmt: skip
byline(page("The Hague Notebook | Interview: Frans Timmermans | 30 October 2025", VOTE),
       [], ["Frans Timmermans"])  # fmt: skip
byline(page("Energy Brief | Pictures: Eva Lind | 22 October 2025", OIL),
       [], ["Eva Lind"])  # fmt: skip
byline(page("Energy Brief | Translated by Marta Kowalczyk | 22 October 2025", OIL),
       [], ["Marta Kowalczyk"])  # fmt: skip
byline(page("Energy Brief | Fact-checked by Omar Haddad | 22 October 2025", OIL),
       [], ["Omar Haddad"])  # fmt: skip
byline(page("The Quay Letter | 27 October 2025", PORT, "\nEditor: Grace Whitfield. Letters to the usual address.\n"),
       [], ["Grace Whitfield"])  # fmt: skip
byline(page("The Hague Notebook | Guest: Rob Jetten | 30 October 2025", VOTE),
       [], ["Rob Jetten"])  # fmt: skip
byline(page("Energy Brief | Illustration by Kenji Sato | 22 October 2025", OIL),
       [], ["Kenji Sato"])  # fmt: skip


def dated(head: str, box: str, body: str) -> str:
    """A page with a masthead ``head``, then ``body``'s first paragraph, a fact box, the rest."""
    first, rest = body.split("\n\n", 1)
    return f"What the week brought\n{head}\n\n{first}\n\n{box}\n\n{rest}"


# rv-masthead-days: the page's day on other mastheads; a fact box's or an update's day refused
published(dated("By Mira Castell | Harbour Wire\nPublished 2 Nov 2025, 09:15 | Updated 3 Nov 2025, 14:02", "", VOTE),
          ["2025-11-02"], ["2025-11-03"])  # fmt: skip
published(dated("Explainer | Northsea Energy Review | 24 October 2025 | Words: Hanna Lindqvist",
                "KEY FACTS\n- Second reading: 23 October 2025\n- Royal assent: 30 October 2025", OIL),
          ["2025-10-24"], ["2025-10-23", "2025-10-30"])  # fmt: skip
published(dated("Analysis | The Lowlands Review | 31 October 2025 | Words: Joost Bakker",
                "AT A GLANCE\n- Election date: 29 October 2025\n- Seats: 150", VOTE),
          ["2025-10-31"], ["2025-10-29"])  # fmt: skip
published(dated("Briefing \u2022 Quayside Economics \u2022 28 October 2025 \u2022 Text: Ruth Abara",
                "\u2022 Strike day: 27 October 2025\n\u2022 Talks resume: 3 November 2025", PORT),
          ["2025-10-28"], ["2025-10-27", "2025-11-03"])  # fmt: skip
published(dated("News | Energy Ledger | 24 October 2025 | By Sanjay Rao",
                "THE FACTS\n- Council decision: 23 October 2025\n- Treasury list: 22 October 2025", OIL),
          ["2025-10-24"], ["2025-10-23", "2025-10-22"])  # fmt: skip
published(dated("Politics -- The Binnenhof Bulletin -- Friday 31 October 2025 -- 6 min read -- Words: Eva de Boer",
                "TIMELINE\n3 June 2025: coalition collapses\n29 October 2025: voters go to the polls", VOTE),
          ["2025-10-31"], ["2025-06-03", "2025-10-29"])  # fmt: skip
published(dated("Markets | The Oil Desk | 22 Oct 2025, 18:40 GMT | Reporting: Dan Whitlock",
                "1. Sanctions announced: 22 October 2025\n2. Licence expiry: 21 November 2025", OIL),
          ["2025-10-22"], ["2025-11-21"])  # fmt: skip
published(dated("Opinion | Port Voices | 29 October 2025 | Author: Sem Jansen",
                "- Date of the walkout: 27 October 2025", PORT),
          ["2025-10-29"], ["2025-10-27"])  # fmt: skip
published(dated("Updated 3 Nov 2025, 14:02 | Harbour Wire | By Mira Castell\nFirst published: 31 October 2025", "", VOTE),
          ["2025-10-31"], ["2025-11-03"])  # fmt: skip
published(dated("Explainer | The Lowlands Review, a weekly of Dutch and Belgian politics and society | 1 November 2025 | Words: Joost Bakker",
                "- Count finished: 30 October 2025", VOTE),
          ["2025-11-01"], ["2025-10-30"])  # fmt: skip
published(f"Sanctions bite\nLONDON, Oct 22, 2025 (Harbour Wire) -\n\n{OIL}",
          ["2025-10-22"], ["2025-10-23"])  # fmt: skip
published(dated("Dockside Daily | Tuesday 28 October 2025 | By Ruth Abara",
                "Walkout, in brief\n* Union: FNV\n* Stoppage: 27 October 2025", PORT),
          ["2025-10-28"], ["2025-10-27"])  # fmt: skip


def summit(value: str, sentence: str, expect: bool) -> None:
    built.status("summits", SHELVED, value, sentence, expect)


for sentence in (
    "The Budapest summit between Donald Trump and Vladimir Putin has been put off indefinitely, a Kremlin aide said on Wednesday.",
    "Talks between the two leaders, first planned for late October, have yet to be rescheduled.",
    "The summit planned for Budapest will not go ahead on Thursday and has not yet been rescheduled, Hungarian officials said.",
    "The White House moved the Budapest meeting to an unspecified later date.",
    "The Budapest meeting is off for now and will be held at a later date, the Kremlin said.",
    "The two leaders' talks in Budapest were deferred until further notice on Tuesday.",
    "The Budapest summit will be held at a later date still to be agreed, the Kremlin's spokesman said.",
    "Hungary's prime minister said the summit had been pushed back, with no new date yet.",
    "The EU-Africa ministerial was postponed on Monday, and organisers have yet to name a new date.",
    "The donors' conference has been delayed to next year, with no date fixed for it.",
    "The summit had not been cancelled, only put off without a fresh date, the spokesman said.",
):
    summit("postponed", sentence, True)
for value, sentence in (
    (
        "postponed",
        "The Budapest summit had not been postponed, even without a new date for the follow-up meeting, a Hungarian official insisted.",
    ),
    (
        "postponed",
        "The Kremlin rejected reports that the Budapest summit had been put off indefinitely.",
    ),
    (
        "postponed",
        "The White House said the Budapest meeting had been cancelled outright, not postponed, and no new date would be set.",
    ),
    ("postponed", "No date was ever set for the Budapest summit, which Trump has now called off."),
    (
        "postponed",
        "The summit goes ahead in Budapest on Thursday; claims that it had been delayed without a new date were false, officials said.",
    ),
    (
        "postponed",
        "It is not true that the summit has been pushed back, Hungary's foreign minister told reporters.",
    ),
    (
        "postponed",
        "Trump scrapped the Budapest summit on Tuesday and said there would be no new date.",
    ),
    (
        "postponed",
        "A Budapest summit was floated by both sides, but no date has ever been fixed for it.",
    ),
    (
        "postponed",
        "Officials denied that the meeting had been shelved with no fresh date, saying it would open on Monday.",
    ),
    (
        "held",
        "The Budapest summit has been put off indefinitely, a Kremlin aide said on Wednesday.",
    ),
    (
        "cancelled",
        "The summit planned for Budapest will not go ahead on Thursday and has not yet been rescheduled, Hungarian officials said.",
    ),
    (
        "held",
        "The summit had not been cancelled, only put off without a fresh date, the spokesman said.",
    ),
):
    summit(value, sentence, False)


def stated(
    sentence: str, value: str, expect: bool, why: str, published: str = "2025-10-24"
) -> None:
    built.dated_fact(STATED, expect, why, [sentence], "sanctions", "introduced", value, published,
                     {"instrument": "executive_action"})  # fmt: skip


# the statement, address or conference is the act: its day is the introduction's
stated(
    "In a televised address on Monday, Prime Minister Mark Carney announced sanctions on 40 more shadow-fleet tankers.",
    "Monday",
    True,
    "the address is the announcement",
)
stated(
    "At a news conference on Friday, Treasury Secretary Scott Bessent unveiled sanctions on Rosneft and Lukoil.",
    "Friday",
    True,
    "the conference is the unveiling",
)
stated(
    "Speaking at a press conference in Ottawa on Friday, Foreign Minister Anita Anand announced sanctions on 100 vessels.",
    "Friday",
    True,
    "the press conference is the announcement",
)
stated(
    "In a speech to parliament on Tuesday, the chancellor proposed a ban on Russian steel slabs.",
    "Tuesday",
    True,
    "the speech is the proposal",
)
stated(
    "In a post on X on Sunday, the Latvian foreign minister announced sanctions on three Russian banks.",
    "Sunday",
    True,
    "the post is the announcement",
)
stated(
    "In a joint statement on Thursday, Britain and Canada imposed sanctions on a network of oil traders.",
    "Thursday",
    True,
    "the joint statement is the act",
)
stated(
    "In a statement released on Wednesday evening, the Foreign Office imposed asset freezes on two oil majors.",
    "Wednesday",
    True,
    "the statement is the act",
)
stated(
    "In an address to the nation on Friday evening, the president announced tariffs on Russian fertiliser.",
    "Friday",
    True,
    "the address is the announcement",
)
stated(
    "At Tuesday's news conference, the trade commissioner presented the 19th sanctions package.",
    "Tuesday",
    True,
    "the conference is the presentation",
)
stated(
    "In a written statement on Tuesday, the ministry unveiled sanctions on 12 Russian defence firms.",
    "Tuesday",
    True,
    "the statement is the unveiling",
)
stated(
    "In a video posted on Sunday, the Polish prime minister proposed closing the last border crossing to Belarusian lorries.",
    "Sunday",
    True,
    "the video is the proposal",
)
stated(
    "In a post on Sunday, the president vowed a 30% tariff on Russian fertiliser that would start on 1 December.",
    "Sunday",
    True,
    "the vow is the threatened measure's introduction; 1 December its start",
)
# the statement tells of another day's act, or of no act at all
stated(
    "In a statement on Monday, the foreign minister said the package proposed last week would hit Russia's oil revenue hard.",
    "Monday",
    False,
    "the package was proposed the week before",
)
stated(
    "In a post on Sunday, the foreign secretary said Britain had imposed the sanctions on Friday.",
    "Sunday",
    False,
    "the post tells of Friday's sanctions",
)
stated(
    "In a speech on Saturday, the chancellor said the sanctions introduced on Wednesday were only the start.",
    "Saturday",
    False,
    "the speech tells of Wednesday's sanctions",
)
stated(
    "In a briefing on Thursday, officials explained why the sanctions were introduced on Monday.",
    "Thursday",
    False,
    "the briefing explains Monday's sanctions",
)
stated(
    "In a speech yesterday, the chancellor was expected to propose a ban on Russian steel.",
    "yesterday",
    False,
    "a proposal only expected",
)
stated(
    "In an interview on Sunday, the president threatened to impose tariffs on buyers of Russian oil.",
    "Sunday",
    False,
    "a threat, no measure",
)
stated(
    "At a news conference on Friday, the minister announced that sanctions on Russian banks would be proposed next week.",
    "Friday",
    False,
    "the proposal is for next week",
)
stated(
    "In a letter on Monday, six member states urged the Commission to propose a ban on Russian fertiliser.",
    "Monday",
    False,
    "a call for a proposal",
)
stated(
    "In a televised address on Monday, the prime minister recalled the tanker sanctions he announced in March.",
    "Monday",
    False,
    "March's sanctions recalled",
)
stated(
    "In a statement on Monday, the Kremlin condemned the sanctions Britain imposed last week.",
    "Monday",
    False,
    "last week's sanctions condemned",
)
stated(
    "In a speech on Tuesday, the minister promised to propose tariffs on Russian aluminium.",
    "Tuesday",
    False,
    "a promise, no proposal",
)
stated(
    "In a post on Sunday, the minister wrote that Ottawa had already announced the sanctions on Thursday.",
    "Sunday",
    False,
    "Thursday's announcement told",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
