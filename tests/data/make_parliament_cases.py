# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the parliament set (``grounding_parliament.jsonl``): value-support cases for the
parliament wording an outside check found refused (check 26, and checks 24 and 25's
"partnered with"), by category, each with what must pass and what must fail:

- ``parliament-movers``: a measure's sponsor in a parliament's words: "moved amendment 3",
  "will move the motion", "put forward a bill", "brought forward an amendment", their passives
  ("Amendment 7, moved by Lady Wren"), "amendment 22 in the name of Baroness Kerr", "Lord
  Tarrant's amendment", "MP Sorel's motion"; not someone who "moved to the back benches",
  "moved quickly to reassure", "brought forward the date", "put the question", "put forward
  his objections", "moved the bill to the floor", who spoke against a moved amendment, nor
  the owner of a speech on one;
- ``division-votes``: an event's kind ``vote`` worded as a division ("The House divided:
  Contents 214; Not Contents 171", "Peers divided 243 to 204", "forced a division", "Ayes 48,
  Noes 39", "the yeas and nays"), not an opinion split ("remains deeply divided", "are divided
  48-47 on the truce, a survey found"), an army's division, "the division of the province",
  "the contents of the amendment", "divided its time", "divided into two groups"; and a
  division's counts by side ("Not Contents" 171, not 214);
- ``author-sponsors``: authors as sponsors: "co-authored a bill", "co-wrote the measure",
  "penned the amendment", "wrote the bill with", "the bill by Senators A and B", "partnered
  with / teamed up with / joined forces with B on the bill", and a bill named by its sponsors'
  dashed surnames ("the Lowe-Arden sanctions bill", "the Graham\u2013Blumenthal bill"); not
  "co-authored a book", "co-wrote a memoir", "penned an op-ed", "wrote to the committee",
  "partnered with B on a trade mission", a dash of countries ("the US-China trade bill"), of
  names before another noun ("the Lowe-Arden talks", "the Smith-Jones report"), "a
  Menendez-era law", nor a critic of such a bill;
- ``debate-days``: a bill's introduction day, not the day a chamber considered, discussed,
  scrutinised or read it a second time, or reached its report stage ("first reading" and
  "read a first time" are its introduction).

Run ``python tests/data/make_parliament_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parliament.jsonl")

built = SupportCases("parl")
sponsors, count = built.sponsors, built.count


def alone(category: str, head: str, sentence: str, passes: list[str], fails: list[str]) -> None:
    """A one-sentence story under a headline: the sentence is the measure's evidence."""
    sponsors(category, f"{head}\n\n{sentence}\n", sentence, passes, fails)


def kind(expect: bool, head: str, sentence: str, lead: str = "") -> None:
    """An event of kind ``vote`` whose evidence is ``sentence`` (after an optional lead)."""
    event = {"kind": "vote", "description": "the vote", "evidence": [sentence]}
    text = f"{head}\n\n{lead + ' ' if lead else ''}{sentence}\n"
    built.add("division-votes", expect, f"kind vote: {sentence[:50]}", text, {"events": [event]},
              "events[0].kind", tag="division-kind")  # fmt: skip


def side(expect: bool, head: str, sentence: str, what: str, value: int) -> None:
    """A vote's count of ``what``, backed by ``sentence``."""
    count("division-votes", expect, f"{head}\n\n{sentence}\n", sentence, what, value)


# --- 1. movers of amendments and motions ------------------------------------------------------

M = "parliament-movers"
alone(
    M,
    "Lords report stage",
    'Lord Ashby of Kenton moved amendment 12, in clause 4, page 6, line 2, to leave out "may" and insert "must".',
    ["Lord Ashby of Kenton"],
    [],
)
alone(
    M,
    "Sanctions debate",
    "Baroness Mira Holm moved the amendment on behalf of the opposition front bench.",
    ["Mira Holm"],
    [],
)
alone(
    M,
    "Parliament: embargo",
    "Opposition MP Dara Kell moved a motion calling for an arms embargo on the junta.",
    ["Dara Kell"],
    [],
)
alone(
    M,
    "Division lists",
    "Amendment 7, moved by Lady Wren of Ashdown, was carried by 12 votes.",
    ["Lady Wren of Ashdown"],
    [],
)
alone(
    M,
    "Senate notebook",
    "The sanctions amendment was put forward by Senator Ilse Varga and two Green colleagues.",
    ["Ilse Varga"],
    [],
)
alone(
    M,
    "National Assembly",
    "Deputy Kofi Mensah put forward a bill to freeze the assets of the junta's leaders.",
    ["Kofi Mensah"],
    [],
)
alone(
    M,
    "Week in the Lords",
    "On Monday Lord Pell brought forward an amendment that would widen the sanctions regime.",
    ["Lord Pell"],
    [],
)
alone(
    M,
    "Strasbourg",
    "The motion, brought forward by MEP Sara Lind, calls for an embargo on drone parts.",
    ["Sara Lind"],
    [],
)
alone(
    M,
    "Lords defeat",
    "Peers backed amendment 22 in the name of Baroness Orla Kerr by 201 votes to 174.",
    ["Orla Kerr"],
    [],
)
alone(
    M,
    "Order paper",
    "The amendment in the names of Lord Fenn and Lady Ruth Abara would delay the ban.",
    ["Lord Fenn", "Ruth Abara"],
    [],
)
alone(
    M,
    "Report stage",
    "Lord Tarrant's amendment to the sanctions bill was defeated on Wednesday.",
    ["Lord Tarrant"],
    [],
)
alone(
    M,
    "Commons sketch",
    "MP Nadia Sorel's motion on the embargo was carried by 40 votes.",
    ["Nadia Sorel"],
    [],
)
alone(
    M,
    "Holyrood",
    "Tomas Ek, the Green Party's trade spokesman, moved the motion on sanctions.",
    ["Tomas Ek"],
    [],
)
alone(
    M,
    "Next week",
    "Lady Yara Pym will move amendment 4 when the bill returns to the chamber next week.",
    ["Yara Pym"],
    [],
)
alone(
    M,
    "Senate floor",
    "Sen. Ruben Alva moved an amendment to strip the tariff provisions, but it failed 45-53.",
    ["Ruben Alva"],
    [],
)
alone(
    M,
    "Lords",
    "Lord Ashby moved to the back benches after the vote on amendment 3.",
    [],
    ["Lord Ashby"],
)
alone(
    M,
    "Lords",
    "Amendment 5, moved by Lord Keel, was opposed by Baroness Ida Moor.",
    ["Lord Keel"],
    ["Ida Moor"],
)
alone(
    M,
    "Lords",
    "Baroness Ruth Amos spoke against the amendment moved by Lord Keel.",
    ["Lord Keel"],
    ["Ruth Amos"],
)
alone(
    M, "Commons", "The Speaker, Lady Nell Roe, put the question on amendment 9.", [], ["Nell Roe"]
)
alone(
    M,
    "Lords",
    "Lord Grey moved quickly to reassure peers that the bill would pass.",
    [],
    ["Lord Grey"],
)
alone(
    M,
    "Lords",
    "The motion in the name of the Opposition leader was rejected after Lord Ilbert voted against it.",
    [],
    ["Lord Ilbert"],
)
alone(
    M,
    "Parliament",
    "MP Cara Voss brought forward the date of the vote on the sanctions bill.",
    [],
    ["Cara Voss"],
)
alone(
    M,
    "Parliament",
    "Minister Jo Tarn responded to the amendment put forward by Lady Ann Wex.",
    ["Ann Wex"],
    ["Jo Tarn"],
)
alone(
    M,
    "Lords",
    "The amendment, named after Lord Byers, was moved by Baroness Quill.",
    [],
    ["Lord Byers"],
)
alone(
    M,
    "Lords",
    "Peers rejected the motion in the name of Lord Sefton after Lady Pia Marr spoke against it.",
    ["Lord Sefton"],
    ["Pia Marr"],
)
alone(
    M, "Lords", "Lord Wynn's speech on amendment 8 moved several peers to tears.", [], ["Lord Wynn"]
)
alone(
    M,
    "Senate",
    "Majority Leader Eli Thorne moved the bill to the floor on Monday.",
    [],
    ["Eli Thorne"],
)
alone(
    M,
    "Lords",
    "The Clerk read out amendment 14, moved by Lord Astor, before Lady Gwen Ball rose to reply.",
    ["Lord Astor"],
    ["Gwen Ball"],
)
alone(
    M,
    "Hearing",
    "Senator Ivo Rask put forward his objections to the tariff bill at the hearing.",
    [],
    ["Ivo Rask"],
)
alone(
    M,
    "Lords",
    "In the name of national security, Lord Orme urged peers to back the bill.",
    [],
    ["Lord Orme"],
)
alone(
    M,
    "Lords",
    "The amendment which Lord Dane moved was withdrawn after a short debate.",
    ["Lord Dane"],
    [],
)
alone(
    M, "Lords", "Lord Dane, moving the amendment, said the regime was too weak.", ["Lord Dane"], []
)
alone(
    M,
    "Lords",
    "The amendment standing in the name of Lady Ovie was agreed without a division.",
    ["Lady Ovie"],
    [],
)
alone(
    M, "Senate", "The measure that Senator Jo Park put forward on Monday passed.", ["Jo Park"], []
)
alone(
    M, "Senate", "The bill that Senator Jo Park moved to the floor passed 61-38.", [], ["Jo Park"]
)
alone(M, "Senate", "The report that Senator Jo Park wrote on the bill was leaked.", [], ["Jo Park"])

alone(
    M, "Lords", "Moving amendment 3, Lord Ashby said the regime was too weak.", ["Lord Ashby"], []
)
alone(
    M,
    "Senate",
    "Introducing the bill on Monday, Senator Ana Ruiz said it was overdue.",
    ["Ana Ruiz"],
    [],
)
alone(
    M,
    "Lords",
    "Moving amendment 3, which Lord Ashby opposed, Lady Hale said the regime was weak.",
    [],
    ["Lord Ashby"],
)
alone(
    M, "Lords", "Responding to the amendment, Lord Ashby said it went too far.", [], ["Lord Ashby"]
)

alone(M, "Lords", "Peers rejected an amendment from Lord Ashby by 12 votes.", ["Lord Ashby"], [])
alone(M, "Lords", "Lord Ashby withdrew from the debate on the bill.", [], ["Lord Ashby"])
alone(
    M,
    "Senate",
    "The amendment from the committee chaired by Sen. Eva Holt was adopted.",
    [],
    ["Eva Holt"],
)
alone(
    M,
    "Order paper",
    "The amendment in the names of Lord Fenn of Kenton and Lady Ruth Abara would delay the ban.",
    ["Ruth Abara"],
    [],
)
alone(
    M,
    "Lords",
    "The government's motion, moved by the Leader of the House, Lady Ann Vale, was carried.",
    ["Ann Vale"],
    [],
)

alone(
    M, "Senate", "Senator Rick Olsen moved to table the amendment, killing it.", [], ["Rick Olsen"]
)

# --- 2. divisions as votes, and their sides ---------------------------------------------------

kind(
    True,
    "Division 1",
    "The House divided: Contents 214; Not Contents 171.",
    "Lord Ashby moved amendment 3.",
)
kind(True, "Report stage", "The Lords divided 190 to 155 on the amendment.")
kind(True, "Senate", "Once again the chamber divided along party lines, 58 to 41.")
kind(True, "Late sitting", "The opposition forced a division on the motion shortly after 10pm.")
kind(True, "Commons", "The Commons divided: Ayes 301, Noes 262.")
kind(True, "Committee of the whole House", "Ayes 48, Noes 39: the amendment was agreed to.")
kind(
    True,
    "Senate roll call",
    "The yeas and nays were ordered, and the resolution failed, 44 yeas to 51 nays.",
)
kind(
    True, "Lords", "In the division that followed, peers backed the amendment by a majority of 37."
)
kind(True, "Government defeat", "Peers divided 243 to 204 against the government.")
kind(True, "Tie", "The Senate divided 50-50, and the vice president broke the tie.")
kind(True, "Commons", "The amendment was lost in the division lobby by a margin of six.")
kind(True, "Parliament", "Parliament divided on the motion late on Tuesday.")
kind(False, "Truce", "The country remains deeply divided over the truce.")
kind(False, "Lords", "Opinion in the Lords is divided on the sanctions bill.")
kind(False, "Front line", "Troops of the 3rd Division shelled the village overnight.")
kind(False, "Ban", "Lawmakers were divided over whether to extend the ban.")
kind(False, "Province", "The division of the province into two zones was agreed in 1999.")
kind(False, "Coalition", "The bill divided the ruling coalition, officials said.")
kind(False, "Senate", "The Senate is divided on the nomination, aides said.")
kind(False, "Amendment text", "The contents of the amendment were published on Monday.")
kind(False, "Commons", "The House divided its time between the budget and the sanctions bill.")
kind(False, "River", "The army's armoured division crossed the river at dawn.")
kind(False, "Truce holds", "A division commander said the ceasefire was holding.")
kind(False, "Talks", "The talks divided into two working groups on Friday.")
kind(False, "Survey", "Residents are divided 48-47 on the truce, a survey found.")
kind(True, "Lords", "The result of the division was: Content 12, Not-Content 9.")
kind(False, "Seats", "The Senate divided the committee seats evenly between the parties.")
kind(True, "Clause 9", "On the division, 112 to 97, the clause was removed from the bill.")
kind(False, "Football", "Kano Pillars, a Division 1 side, won the cup final 3-1.")
kind(False, "Front", "The 2nd Division, 4,000 strong, held the ridge to the north.")

S = "The House divided: Contents 214; Not Contents 171."
side(True, "Division 1", S, "Contents", 214)
side(True, "Division 1", S, "Not Contents", 171)
side(True, "Division 1", S, "votes in favour", 214)
side(True, "Division 1", S, "votes against", 171)
side(False, "Division 1", S, "Contents", 171)
side(False, "Division 1", S, "Not Contents", 214)
side(False, "Division 1", S, "votes against", 214)
S = "The Commons divided: Ayes 301, Noes 262."
side(True, "Commons", S, "ayes", 301)
side(True, "Commons", S, "noes", 262)
side(False, "Commons", S, "ayes", 262)
side(False, "Commons", S, "noes", 301)
S = "Peers divided 243 to 204."
side(True, "Lords", S, "votes for", 243)
side(True, "Lords", S, "votes against", 204)
side(False, "Lords", S, "votes against", 243)
S = "The yeas and nays were ordered, and the resolution failed, 44 yeas to 51 nays."
side(True, "Senate", S, "yeas", 44)
side(True, "Senate", S, "nays", 51)
side(False, "Senate", S, "yeas", 51)
side(False, "Senate", S, "nays", 44)
S = "Division 2: Contents 88, Not Contents 61. The amendment was agreed."
side(True, "Division 2", S, "Not Contents", 61)
side(False, "Division 2", S, "Contents", 61)
S = "The result of the division was: Content 12, Not-Content 9."
side(True, "Lords", S, "Not-Content", 9)
side(False, "Lords", S, "Not-Content", 12)
S = "Yes: 12, No: 9. The motion passed."
side(True, "Council", S, "votes against", 9)
side(False, "Council", S, "votes against", 12)

kind(True, "Lords", "The amendment was carried on a division after a short debate.")
kind(False, "Lords", "The amendment was agreed without a division.")

kind(False, "Commons", "MPs divided sharply over the plan.")
kind(True, "Lords", "The House of Lords divided on the amendment.")

kind(False, "Congress", "Congress divided over the war as the casualties mounted.")
kind(
    False,
    "Speech",
    "A house divided against itself cannot stand, Senator Eli Ward told the chamber.",
)

# --- 3. authors as sponsors, and bills named by their sponsors --------------------------------

A = "author-sponsors"
alone(
    A,
    "Sanctions",
    "Senator Hana Brock co-authored a bill that would freeze the generals' assets.",
    ["Hana Brock"],
    [],
)
alone(
    A,
    "Sunday shows",
    "Rep. Ola Nyberg, who co-wrote the measure, defended it on Sunday.",
    ["Ola Nyberg"],
    [],
)
alone(
    A,
    "Committee vote",
    "The Lowe-Arden sanctions bill passed the committee 18-4.",
    ["Amy Lowe", "Arden"],
    [],
)
alone(
    A,
    "Revived",
    "Lawmakers revived the Ruiz-Okafor Sanctions Act on Thursday.",
    ["Okafor", "Ruiz"],
    [],
)
alone(
    A,
    "Bill",
    "Senator Dale Price wrote the bill with Senator Amy Lowe last year.",
    ["Dale Price", "Amy Lowe"],
    [],
)
alone(
    A,
    "Tariff cap",
    "The bill by Senators Kim Laue and Rob Tenn would cap the tariff at 25 percent.",
    ["Kim Laue", "Rob Tenn"],
    [],
)
alone(
    A,
    "Sanctions",
    "Sen. Pia Sand partnered with Sen. Otto Marsh on the sanctions bill.",
    ["Otto Marsh", "Pia Sand"],
    [],
)
alone(A, "Amendment", "Senator Lu Chen penned the amendment last spring.", ["Lu Chen"], [])
alone(
    A,
    "Imports",
    "Rep. Gus Hale teamed up with Rep. Ida Vance on a bill to ban the imports.",
    ["Ida Vance", "Gus Hale"],
    [],
)
alone(
    A,
    "Critics",
    "Critics say the Graham\u2013Blumenthal bill goes too far.",
    ["Richard Blumenthal", "Lindsey Graham"],
    [],
)
alone(
    A,
    "Measure",
    "Senators Joni Ernst and Tim Kaine joined forces with Senator Ana Ruiz on the measure.",
    ["Ana Ruiz"],
    [],
)
alone(
    A,
    "House",
    "The measure, co-authored by Rep. Lia Moss and Rep. Ben Ito, cleared the House.",
    ["Ben Ito", "Lia Moss"],
    [],
)
alone(
    A,
    "Book",
    "Senator Hana Brock co-authored a book about the sanctions bill with her brother.",
    [],
    ["Hana Brock"],
)
alone(A, "Talks", "The Lowe-Arden talks on the sanctions bill ended without a deal.", [], ["Arden"])
alone(A, "Trade", "The US-China trade bill passed the House on Tuesday.", [], ["China"])
alone(
    A,
    "Praise",
    "Senator Otto Marsh praised the Kirk-Menendez bill on Tuesday.",
    ["Menendez"],
    ["Otto Marsh"],
)
alone(
    A,
    "Letter",
    "Senator Ada Lind wrote to the committee about the sanctions bill.",
    [],
    ["Ada Lind"],
)
alone(A, "Twitter", "Senator Ada Lind wrote on Twitter that the bill was dead.", [], ["Ada Lind"])
alone(
    A,
    "Seoul",
    "Sen. Pia Sand partnered with Sen. Otto Marsh on a trade mission to Seoul.",
    [],
    ["Otto Marsh"],
)
alone(
    A,
    "Vote",
    "Senator Rob Tenn voted for the bill by Senator Kim Laue.",
    ["Kim Laue"],
    ["Rob Tenn"],
)
alone(
    A, "Criticism", "A bill by two Democrats was criticised by Senator Ivo Hart.", [], ["Ivo Hart"]
)
alone(
    A,
    "Memoir",
    "Senator Luz Ortega, who co-wrote a memoir with her father, opposes the tariff bill.",
    [],
    ["Luz Ortega"],
)
alone(A, "Op-ed", "Rep. Ana Fox penned an op-ed against the bill.", [], ["Ana Fox"])
alone(A, "Old law", "A Menendez-era sanctions law is still in force.", [], ["Menendez"])
alone(
    A,
    "Report",
    "The Smith-Jones report on the sanctions bill was published on Friday.",
    [],
    ["Jones"],
)
alone(
    A,
    "Opposed",
    "The Graham\u2013Blumenthal bill was opposed by Senator Rand Paul.",
    [],
    ["Rand Paul"],
)

alone(A, "Interview", "Sen. Ana Ruiz, the bill's co-author, said it would pass.", ["Ana Ruiz"], [])
alone(
    A,
    "Interview",
    "Sen. Ana Ruiz, a co-author of the measure, said it would pass.",
    ["Ana Ruiz"],
    [],
)
alone(A, "Profile", "Rep. Tom Ekwueme is the author of the amendment.", ["Tom Ekwueme"], [])
alone(
    A, "Hearing", "Sen. Ana Ruiz, the author of a book on the bill, spoke first.", [], ["Ana Ruiz"]
)
alone(A, "Hearing", "Sen. Ana Ruiz met the bill's author on Monday.", [], ["Ana Ruiz"])
alone(A, "Hearing", "Sen. Ana Ruiz, a critic of the bill's authors, spoke first.", [], ["Ana Ruiz"])
alone(
    A,
    "Bill",
    "Sen. Pia Sand teamed up on the bill with Sen. Otto Marsh.",
    ["Otto Marsh", "Pia Sand"],
    [],
)
alone(
    A,
    "Fundraiser",
    "Sen. Pia Sand teamed up on a fundraiser with Sen. Otto Marsh.",
    [],
    ["Otto Marsh"],
)

alone(
    A,
    "Two bills",
    "Critics attacked the Kirk\u2013Menendez and Graham\u2013Blumenthal bills.",
    ["Menendez", "Lindsey Graham"],
    ["Rand Paul"],
)

# --- 4. a debate's day is not the introduction's ----------------------------------------------

D = "debate-days"


def introduced(expect: bool, head: str, sentence: str, day: str) -> None:
    """A bill introduced on ``day``, backed by ``sentence``."""
    facts = {"sanctions": [{"instrument": "bill", "introduced": day, "evidence": [sentence]}]}
    built.add(D, expect, f"introduced {day}", f"{head}\n\n{sentence}\n", facts,
              "sanctions[0].introduced")  # fmt: skip


S = "Senator Ana Ruiz introduced the bill on March 3, and the Senate considered it on April 9."
introduced(True, "Senate", S, "March 3")
introduced(False, "Senate", S, "April 9")
introduced(
    True, "Commons", "The bill received its first reading in the Commons on 12 May.", "12 May"
)
introduced(True, "Lords", "The Sanctions (Myanmar) Bill was read a first time on 4 June.", "4 June")
S = "Tabled on 2 February, the amendment was considered at report stage on 20 February."
introduced(True, "Lords", S, "2 February")
introduced(False, "Lords", S, "20 February")
S = "Lord Pell introduced the bill on 9 January; peers debated it at second reading on 30 January."
introduced(True, "Lords", S, "9 January")
introduced(False, "Lords", S, "30 January")
S = "The measure, filed on June 1, was discussed in committee on June 15."
introduced(True, "Committee", S, "June 1")
introduced(False, "Committee", S, "June 15")
introduced(
    True,
    "Commons",
    "On 5 March, the minister introduced the bill, which MPs will consider at second reading later this month.",
    "5 March",
)
introduced(
    True,
    "Senate",
    "Senator Dale Price, considered a moderate, introduced the bill on May 2.",
    "May 2",
)
introduced(
    True, "Senate", "On 7 April the senator, considered a moderate, filed the bill.", "7 April"
)
S = "The bill, introduced on 3 July, reached its report stage on 19 September."
introduced(True, "Lords", S, "3 July")
introduced(False, "Lords", S, "19 September")
introduced(
    True, "Assembly", "Deputies tabled the bill on 8 October and sent it to committee.", "8 October"
)
introduced(
    False,
    "Lords",
    "On 15 March 2021 the House of Lords considered the Trade Bill at its report stage.",
    "15 March 2021",
)
introduced(False, "Commons", "The bill had its second reading on 22 May.", "22 May")
introduced(False, "Commons", "The Sanctions Bill was read a second time on 8 June.", "8 June")
introduced(False, "Lords", "Peers scrutinised the bill in committee on 11 November.", "11 November")
introduced(False, "Lords", "On 30 January peers debated the bill at second reading.", "30 January")
introduced(
    False, "Commons", "The Commons considered the Lords amendments on 6 February.", "6 February"
)
introduced(
    False, "Commons", "MPs will consider the bill at second reading on 12 March.", "12 March"
)
introduced(
    False, "Bundestag", "The Bundestag discussed the sanctions bill on 14 April.", "14 April"
)
introduced(False, "Lords", "Peers examined the bill in committee on 2 December.", "2 December")
S = "The bill, introduced on 3 March, received Royal Assent on 5 May."
introduced(True, "Lords", S, "3 March")
introduced(False, "Lords", S, "5 May")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
