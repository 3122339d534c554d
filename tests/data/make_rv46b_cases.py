# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 46's pronoun read-backs (``grounding_rv46b.jsonl``, review
rv46b of fsp46a; sentences/pronoun_subjects.py), cases written by the reviewer in new words, at
the edges of

- ``subject``: a quote's "he"/"she" read back to a sentence whose first name is the speaker's
  but whose main clause hands the word to someone else: the name as a modifier of a plural
  subject ("Hill aides briefed against Cole"), a later clause with a subject of its own ("and
  Cole took the chair", "as Cole spoke"), a hand-over ("introduced", "handed the floor to"),
  an accusation answered ("accused Cole of lying. ... he hit back"), a "who said" of the
  object, a business or a place as the subject; against the speaker as subject in other
  outlets' styles (a dateline, a courtesy title, a long appositive, a fronted clause);
- ``past``: a "he"/"she" read past a sentence whose subject was taken for no person: a
  common noun that is one ("A firefighter carried the boy out", "The driver", "One witness")
  and a surname that is also a word the page writes in lower case ("Price scored twice" on a
  page with "ticket price"), against subjects that are no person ("Rain", "Shares", "Talks").

Run ``python tests/data/make_rv46b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv46b.jsonl")

built = SupportCases(
    "rv46b",
    leads=[
        "MANCHESTER (Pennine Wire) -",
        "Politics live | The Riverside Standard. All times BST.",
        "By Corinne Vale | The Westmoor Gazette",
        "Markets | The Harbourside Post",
        "Sport | The Calder Valley Echo",
    ],
)
SUBJECT, PAST = "subject", "past"

# --- subject: the first name is the speaker's, the main clause hands the word on ------------
# the name modifies the subject's noun ("Hollis aides briefed"): the aides are no "he"
W = "I have heard worse from my own side"
built.page_quote(SUBJECT, W, [], ["Gavin Hollis"],
    "Gavin Hollis, the party's deputy leader, launched his campaign on Monday.",
    f"Pressed on the leaflets, Hollis aides briefed against Dominic Ferris all week. \"{W},\" he said.")  # fmt: skip
W = "Nobody told me it was coming"
built.page_quote(SUBJECT, W, [], ["Gavin Hollis"],
    "Gavin Hollis, the party's deputy leader, launched his campaign on Monday.",
    f"9.40am - Hollis aides have briefed against Dominic Ferris all week. \"{W},\" he said.")  # fmt: skip
W = "Turnout was better than we feared"
built.page_quote(SUBJECT, W, [], ["Martin Doyle"],
    "Martin Doyle led the count at the town hall.",
    f"At the count, Doyle fans cheered as Ravi Sandhu took the stage. \"{W},\" he said.")  # fmt: skip
W = "I will serve every resident of this city"
built.page_quote(SUBJECT, W, [], ["Ruth Merrick"],
    "Ruth Merrick had led the council group for a decade.",
    f"11.02am - Merrick loyalists walked out as Jane Cho took the podium. \"{W},\" she said.")  # fmt: skip
W = "We were told the vote was secret"
built.page_quote(SUBJECT, W, [], ["Chidi Okafor"],
    "Chidi Okafor lost the leadership ballot on Saturday.",
    f"Within hours, Okafor supporters accused Emeka Obi of rigging it. \"{W},\" he said.")  # fmt: skip
# a business or a place is no "he" or "she"
W = "We will keep every job in this town"
built.page_quote(SUBJECT, W, ["Colin Reddy"], ["Halden Motors"],
    "Colin Reddy ran the plant for Vauxhall until 2023.",
    f"Halden Motors named Colin Reddy as plant director on Monday. \"{W},\" he said.")  # fmt: skip
W = "Passengers will notice the difference"
built.page_quote(SUBJECT, W, [], ["Brightwater Holdings"],
    "Brightwater Holdings bought the airport in 2019.",
    f"After the sale, Brightwater Holdings appointed Dara Flynn to run the terminal. \"{W},\" she said.")  # fmt: skip
W = "The runway has to come first"
built.page_quote(SUBJECT, W, [], ["Gatwick"],
    "Gatwick has been in talks with ministers since May.",
    f"On Monday, Gatwick named Colin Reddy as its new operations director. \"{W},\" he said.")  # fmt: skip
W = "Our prices will stay the lowest in town"
built.page_quote(SUBJECT, W, [], ["Aldi"],
    "Aldi opened its first store in the town in 2014.",
    f"Last week Aldi hired Colin Reddy from Tesco to run its northern stores. \"{W},\" he said.")  # fmt: skip
W = "Growth will return next year"
built.page_quote(SUBJECT, W, [], ["Norden Capital Partners"],
    "Norden Capital Partners manages $4 billion.",
    f"Norden Capital Partners, the Oslo fund, hired Ingrid Solberg as chief economist. \"{W},\" she said.")  # fmt: skip
# a later clause with a subject of its own, nearer to the pronoun (older rules)
W = "The chair belongs to the members"
built.page_quote(SUBJECT, W, [], ["Neil Ashby"],
    "Neil Ashby had chaired the board since 2019.",
    f"Party chairman Neil Ashby lost the vote by two, and Tariq Mahmood took the chair. \"{W},\" he said.")  # fmt: skip
W = "We owe the fans a proper season"
built.page_quote(SUBJECT, W, [], ["Kieran Walsh"],
    "Kieran Walsh chaired the annual meeting at the ground.",
    f"Club chairman Kieran Walsh listened as Luis Ortega laid out the new budget. \"{W},\" he said.")  # fmt: skip

# the speaker is the subject, in other outlets' styles: the read-back must still give it
W = "We have been clear from day one"
built.page_quote(SUBJECT, W, ["Olena Marchenko"], ["Ivan Petrenko"],
    "Ivan Petrenko proposed a recount on Tuesday.",
    f"KYIV - Olena Marchenko, 52, the commission's chair since 2021, rejected the request from Petrenko. \"{W},\" she said.")  # fmt: skip
W = "This is about trust"
built.page_quote(SUBJECT, W, ["Rafael Costa"], ["Joana Neves"],
    f"When Joana Neves left the bank in March, Rafael Costa took over the retail arm. \"{W},\" he said.")  # fmt: skip
W = "The river has never risen so fast"
built.page_quote(SUBJECT, W, ["Iain Munro"], ["Perth"],
    f"Council leader Iain Munro toured Perth's flooded streets on Sunday. \"{W},\" he said.")  # fmt: skip
W = "Our buyers are coming back"
built.page_quote(SUBJECT, W, ["Keiko Tanaka"], ["Daiwa Homes"],
    f"In Osaka, Keiko Tanaka, who runs sales at Daiwa Homes, sounded more upbeat. \"{W},\" she said.")  # fmt: skip
W = "I am not going anywhere"
built.page_quote(SUBJECT, W, ["Ibrahim Sesay"], ["Freetown"],
    f"10.15am - Ibrahim Sesay has rejected calls from the Freetown branch to resign. \"{W},\" he said.")  # fmt: skip
W = "We expect to be back in profit by March"
built.page_quote(SUBJECT, W, ["Nadia Farouk"], ["Cairo"],
    f"Finance director Nadia Farouk, speaking from Cairo, struck a confident note. \"{W},\" she said.")  # fmt: skip
W = "I have the votes"
built.page_quote(SUBJECT, W, ["Ana Beltran"], ["Pedro Soler"],
    f"Despite losing the leadership race to Pedro Soler in 2022, Ana Beltran has never left the stage. \"{W},\" she said.")  # fmt: skip
W = "Nobody in Brussels wants this fight"
built.page_quote(SUBJECT, W, ["Pieter Claes"], ["Ursula Hahn"],
    f"Pressed by reporters, Claes also dismissed Ursula Hahn's warning. \"{W},\" he said.")  # fmt: skip
W = "The ward will stay open"
built.page_quote(SUBJECT, W, ["Morag Baird"], ["Hugh Kerr"],
    f"Health board chief executive Morag Baird, who met Hugh Kerr on Friday, later gave her word. \"{W},\" she said.")  # fmt: skip
W = "My team earned this"
built.page_quote(SUBJECT, W, ["Dele Adeyemi"], ["Harrow Borough"],
    f"4.55pm - Dele Adeyemi's Harrow Borough side are through. Adeyemi praised his players after the final whistle. \"{W},\" he said.")  # fmt: skip

# the mend's edges: the name's own verb after an adverb or a reflexive is still the subject's
W = "I will say it to his face"
built.page_quote(SUBJECT, W, ["Gavin Hollis"], ["Dominic Ferris"],
    "Gavin Hollis, the party's deputy leader, launched his campaign on Monday.",
    f"Pressed on the leaflets, Hollis then briefed against Dominic Ferris in person. \"{W},\" he said.")  # fmt: skip
W = "I did not come here to be lectured"
built.page_quote(SUBJECT, W, ["Ruth Merrick"], ["Jasper Lane"],
    "Ruth Merrick had led the council group for a decade.",
    f"11.40am - Merrick walked out of the chamber after the vote on Jasper Lane's motion. \"{W},\" she said.")  # fmt: skip
W = "The count was fixed"
built.page_quote(SUBJECT, W, ["Chidi Okafor"], ["Emeka Obi"],
    "Chidi Okafor lost the leadership ballot on Saturday.",
    f"Within hours, Okafor himself accused Emeka Obi of rigging it. \"{W},\" he said.")  # fmt: skip
W = "This case should never have been brought"
built.page_quote(SUBJECT, W, [], ["Anna Kowalski"],
    "Anna Kowalski was cleared of all charges in May.",
    f"10.20am - Kowalski supporters have gathered outside the court where Adam Nowak is giving evidence. \"{W},\" he said.")  # fmt: skip
W = "We are not going to be bullied"
built.page_quote(SUBJECT, W, [], ["Priya Starling"],
    "Priya Starling announced her bid on Sunday.",
    f"Speaking in Leeds, Starling allies insisted Joe Arden had no mandate. \"{W},\" he said.")  # fmt: skip

# the name qualifies an office whose holder is the subject ("Ferris adviser Sue Pike")
W = "Those leaflets were a disgrace"
built.page_quote(SUBJECT, W, [], ["Dominic Ferris"],
    "Dominic Ferris is standing for the deputy leadership.",
    f"9.05am - Ferris campaign manager Sue Pike attacked Gavin Hollis over the leaflets. \"{W},\" she said.")  # fmt: skip
W = "Nobody on our side wrote them"
built.page_quote(SUBJECT, W, [], ["Dominic Ferris"],
    "Dominic Ferris is standing for the deputy leadership. Ferris' aides blamed Gavin Hollis.",
    f"Pressed on the leaflets, Ferris adviser Sue Pike was blunt. \"{W},\" she said.")  # fmt: skip
W = "We do not accept this result"
built.page_quote(SUBJECT, W, ["Ade Bello"], ["Chidi Okafor"],
    "Chidi Okafor lost the leadership ballot on Saturday.",
    f"After the count, Okafor spokesman Ade Bello rejected the result on Emeka Obi's behalf. \"{W},\" he said.")  # fmt: skip
W = "The members have spoken"
built.page_quote(SUBJECT, W, ["Chidi Okafor"], ["Emeka Obi"],
    "Chidi Okafor won the rerun on Sunday.",
    f"Within the hour, Okafor rang Emeka Obi to thank him for the contest. \"{W},\" he said.")  # fmt: skip

# --- past: the subject read past is a person after all ----------------------------------------
# a surname that is also a word the page writes in lower case: the person, not read past
W = "It was a special night for the club"
built.page_quote(PAST, W, ["Ryan Price"], ["Tom Cole"],
    "Ryan Price, 23, signed from Hull in the summer for two million pounds, a price the board called fair.",
    "Manager Tom Cole named an unchanged side.",
    f"Price scored twice before half-time. \"{W},\" he said.")  # fmt: skip
W = "The pitch was perfect for us"
built.page_quote(PAST, W, ["Lewis Young"], ["Mark Draper"],
    "Lewis Young joined from Kent in May.",
    "Head coach Mark Draper picked a young side for the cup tie.",
    f"Young took five wickets for 31. \"{W},\" he said.")  # fmt: skip
W = "I knew it was going in"
built.page_quote(PAST, W, ["Ellis Hunt"], ["Sean Malley"],
    "Ellis Hunt came off the bench for the last 20 minutes. The hunt for a winner had looked over.",
    "Manager Sean Malley had made three changes at half-time.",
    f"Hunt curled in the winner in stoppage time. \"{W},\" he said.")  # fmt: skip
W = "The bank had no choice"
built.page_quote(PAST, W, ["Gemma Rice"], ["Olu Bankole"],
    "Gemma Rice, the bank's chief economist, spoke after the decision. Rice and wheat prices have also risen.",
    "Governor Olu Bankole held rates at 4.5%.",
    f"Rice warned that inflation would stay high into the spring. \"{W},\" she said.")  # fmt: skip
W = "We never expected to win here"
built.page_quote(PAST, W, ["Nina Marsh"], ["Carl Brody"],
    "Nina Marsh took the seat by 212 votes. The marsh road flooded on polling day.",
    "Returning officer Carl Brody declared the result at 4am.",
    f"Marsh thanked her volunteers on the steps of the town hall. \"{W},\" she said.")  # fmt: skip
W = "Experience wins games like this"
built.page_quote(PAST, W, ["Owen Bell"], ["Gary Tate"],
    "Owen Bell, 36, started in goal. The bell rang for the second half late.",
    "Manager Gary Tate kept faith with his veterans.",
    f"Bell saved two penalties in the shoot-out. \"{W},\" he said.")  # fmt: skip
# a person described by a common noun is no subject to read past (older rules)
W = "I just saw the lights coming at me"
built.page_quote(PAST, W, [], ["Martin Gale"],
    "Inspector Martin Gale said the lorry had crossed the central reservation.",
    f"A Polish lorry driver escaped with cuts. \"{W},\" he said.")  # fmt: skip
W = "Nothing prepares you for that"
built.page_quote(PAST, W, [], ["Dean Whitlock"],
    "Club secretary Dean Whitlock confirmed the match had been abandoned.",
    f"The Premier League referee stopped play after 63 minutes. \"{W},\" he said.")  # fmt: skip
W = "It sounded like a bomb going off"
built.page_quote(PAST, W, [], ["Lucy Harmon"],
    "Fire officer Lucy Harmon said the blaze was under control by dawn.",
    f"One witness filmed the explosion from a nearby car park. \"{W},\" she said.")  # fmt: skip
W = "We had water up to our knees"
built.page_quote(PAST, W, [], ["Alan Fenwick"],
    "Alan Fenwick, the council's flood officer, said 40 homes were affected.",
    f"Bridge Street shopkeeper lost all his stock. \"{W},\" he said.")  # fmt: skip

# a subject that is no person, a word the page writes in lower case, is still read past
W = "We are ready for whatever comes"
built.page_quote(PAST, W, ["Oliver Strand"], ["Maria Lopez"],
    "Maria Lopez, the county's emergency planner, briefed reporters at 6am on the rain.",
    f"Oliver Strand, the mayor, ordered the evacuation of the valley. Rain is expected to ease by Tuesday. \"{W},\" he said.")  # fmt: skip
W = "The fundamentals have not changed"
built.page_quote(PAST, W, ["Chloe Barrett"], ["Arun Mehta"],
    "Arun Mehta, the chief executive, sold shares in May.",
    f"Chloe Barrett, who runs the fund, stayed calm. Shares fell 9% in early trade. \"{W},\" she said.")  # fmt: skip
W = "There is a deal to be done"
built.page_quote(PAST, W, ["Samuel Osei"], ["Kwame Boateng"],
    "Kwame Boateng walked out of the first round of talks.",
    f"Samuel Osei stayed on in Accra. Talks resume on Monday. \"{W},\" he said.")  # fmt: skip
W = "Every family will be rehoused"
built.page_quote(PAST, W, ["Fiona Craig"], ["Derek Lamont"],
    "Derek Lamont, the opposition leader, said repairs were overdue.",
    f"Housing minister Fiona Craig visited the estate on Friday. Repairs will take a year. \"{W},\" she said.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
