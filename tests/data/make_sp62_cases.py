# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 62's writing credits (``grounding_sp62.jsonl``, false-alarm writer
sp62; :mod:`summarizer.verification.sentences.document_owners`), at the edges of

- ``owned``: a quote credited to a writing ('"...," it read.', '"...," the letter says.',
  'The post went on: "..."') right after a sentence that gives that writing its owner
  ("Orla Finch's own statement was issued", "Tidewater Holdings' complaint says", "in an
  email sent by Marcus Lund", "Ren Sato's first word came in a post"): the owner passes;
  the one written to, another person of the page, and a name inside the quote stay refused;
- ``unowned``: pages where the writing's owner is not the value or not read: a letter to
  the value from another, a writing of another's the sentence before names ("the union's
  statement" for the employer), an owner two sentences back, a credit that names someone
  ("the statement said, quoting X"), two writings in the sentence before: the value stays
  refused, and the plainly credited speaker of the page's other quote passes.

Run ``python tests/data/make_sp62_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp62.jsonl")

built = SupportCases(
    "sp62",
    leads=[
        "By Hanna Morrow | The Eastbrook Courier | March 3, 2026",
        "LISKARD (Meridian Wire) -",
        "Business desk, The Coldwater Ledger",
        "Sports desk, Harwick Evening Post",
        "Politics live | The Fenmoor Standard | 9 May 2026",
    ],
)
OWN, UN = "owned", "unowned"

# --- owned: the writing's owner, named in the sentence before, is the speaker -------------
built.story(
    OWN,
    "Sprinter accepts three-month ban",
    [
        "The national anti-doping body dropped its appeal on Monday after sprinter Orla Finch agreed to sit out three months.",
        'Orla Finch\'s own statement was issued through her lawyers. "I accept that I am responsible for everyone who works with me," it read.',
    ],
    ("I accept that I am responsible for everyone who works with me", ["Orla Finch"], []),
)
built.story(
    OWN,
    "Investor sues over bank merger",
    [
        "Chief executive Paul Dorsey faced questions about the merger on Wednesday. Tidewater Holdings, an investor in the smaller lender, sued both banks last week.",
        'Tidewater Holdings\' complaint says the deal was agreed in only 12 days. "Fearing for his job, Dorsey rushed into the arms of a friendly buyer," it reads.',
    ],
    (
        "Fearing for his job, Dorsey rushed into the arms of a friendly buyer",
        ["Tidewater Holdings"],
        ["Paul Dorsey"],
    ),
)
built.story(
    OWN,
    "Museum director removed",
    [
        "Gemma Ashdown has been removed as director of the city museum, a year before her contract was due to end.",
        'The news reached Ashdown on Friday evening in an email sent by Marcus Lund, the council\'s head of culture. "I am writing to tell you that your post ends today," the message read.',
    ],
    ("I am writing to tell you that your post ends today", ["Marcus Lund"], ["Gemma Ashdown"]),
)
built.story(
    OWN,
    "Software fault grounds airline",
    [
        "Flights across the region were held on Saturday after a faulty update hit check-in systems.",
        'Ren Sato\'s first word came in a post on the company blog: "We are working with every customer hit by the fault." The post went on: "This is not a cyberattack."',
    ],
    ("This is not a cyberattack", ["Ren Sato"], []),
)
built.story(
    OWN,
    "Mill to cut 90 jobs",
    [
        "The Brennock sawmill will cut 90 jobs by the summer, the town's mayor, Lewis Carrow, said on Tuesday.",
        'Staff were told in a letter from Dana Whitfield, the mill\'s personnel director. "Affected staff will be offered help to find new work," the letter says.',
    ],
    ("Affected staff will be offered help to find new work", ["Dana Whitfield"], ["Lewis Carrow"]),
)
built.story(
    OWN,
    "Club parts with coach",
    [
        "Harwick Rovers have parted company with head coach Stefan Ilic after six straight defeats.",
        'The club\'s statement was posted shortly after midnight. "We thank Stefan for his work and wish him well," it said.',
    ],
    ("We thank Stefan for his work and wish him well", [], ["Stefan Ilic"]),
)
built.story(
    OWN,
    "Regulator faults water firm",
    [
        "Clearbrook Water was ordered on Thursday to repay customers after years of missed leak targets.",
        'The Water Standards Authority\'s report was blunt. "The company failed its customers year after year," it read.',
    ],
    (
        "The company failed its customers year after year",
        ["Water Standards Authority"],
        ["Clearbrook Water"],
    ),
)
built.story(
    OWN,
    "Senator quits committee",
    [
        "Senator Aileen Brody stepped down from the budget committee on Monday, days after a row with its chair, Victor Hale.",
        'Brody\'s letter was sent to party colleagues on Sunday night. "I can no longer sit on a committee that will not publish its figures," the letter said.',
    ],
    (
        "I can no longer sit on a committee that will not publish its figures",
        ["Aileen Brody"],
        ["Victor Hale"],
    ),
)
built.story(
    OWN,
    "Singer cancels tour",
    [
        "Tickets for twelve concerts will be refunded after the tour was called off.",
        'Maya Quell\'s post on Instagram came late on Tuesday. "My voice needs rest, and I have to listen to it," it read.',
    ],
    ("My voice needs rest, and I have to listen to it", ["Maya Quell"], []),
)
built.story(
    OWN,
    "Ferry operator apologises",
    [
        "Passengers were stranded for nine hours on Friday when a ferry lost power off Caldy Point. Harbour master Tom Breck said the crew had acted quickly.",
        'A short statement from Northsea Links followed on Saturday morning. "We are deeply sorry for the distress caused," the statement said.',
    ],
    ("We are deeply sorry for the distress caused", ["Northsea Links"], ["Tom Breck"]),
)
built.story(
    OWN,
    "Teachers' union sets strike date",
    [
        "Schools in the county face closures next month.",
        "The National Teachers' Guild's notice was sent to head teachers on Monday. \"Members will walk out on 14 April unless talks resume,\" it says.",
    ],
    ("Members will walk out on 14 April unless talks resume", ["National Teachers' Guild"], []),
)
built.story(
    OWN,
    "Hospital chief warns on beds",
    [
        "Winter pressure on the Westgate hospital has reached its worst level in a decade, managers say. Health minister Pia Rourke visited on Thursday.",
        'Chief executive Ruth Calder wrote to staff in a memo on Friday. "We have never had so few free beds," the memo said.',
    ],
    ("We have never had so few free beds", ["Ruth Calder"], ["Pia Rourke"]),
)

built.story(
    OWN,
    "Director's resignation letter",
    [
        "Festival director Noor Haddad resigned on Sunday after the board cut next year's budget. Board chair Ellis Grant thanked her for eight years of work.",
        'Haddad\'s letter to the board was read out at the meeting. "I cannot run a festival on half the money," it read.',
    ],
    ("I cannot run a festival on half the money", ["Noor Haddad"], ["Ellis Grant"]),
)
built.story(
    OWN,
    "Rail firm posts apology",
    [
        "Commuters on the coast line faced a third day of cancellations on Wednesday. Passenger group spokesman Idris Vaughan called the service a disgrace.",
        'An update from Coastway Trains was posted at noon. "We know this is not good enough," the update said.',
    ],
    ("We know this is not good enough", ["Coastway Trains"], ["Idris Vaughan"]),
)

# --- unowned: the writing is another's, or its owner is not read: the value stays refused --
built.story(
    UN,
    "Players' union answers club",
    [
        'Manager Joel Fenner defended the club\'s wage freeze on Monday. "Nobody will lose money this season," Fenner said.',
        'The players\' union statement came an hour later. "The freeze breaks the contracts our members signed," it read.',
    ],
    ("Nobody will lose money this season", ["Joel Fenner"], []),
    ("The freeze breaks the contracts our members signed", [], ["Joel Fenner"]),
)
built.story(
    UN,
    "Councillor told of suspension",
    [
        "Councillor Nadia Hurst was suspended from her party on Wednesday.",
        'She was told in a letter to Hurst from the party\'s general secretary. "Your membership is suspended pending an inquiry," the letter said.',
    ],
    ("Your membership is suspended pending an inquiry", [], ["Nadia Hurst"]),
)
built.story(
    UN,
    "Airline answers pilots",
    [
        "Skyvale Airways said on Tuesday it would not reopen pay talks. Captain Lena Ovari, who leads the pilots' association, called the decision reckless.",
        'The association\'s statement went further. "Skyvale is putting passengers at risk," it said.',
    ],
    ("Skyvale is putting passengers at risk", [], ["Skyvale Airways"]),
)
built.story(
    UN,
    "Mayor receives petition",
    [
        'Mayor Ivo Brandt received a petition signed by 4,000 residents on Friday. "I will read every page," Brandt said.',
        'The residents\' petition was handed over by Carla Moss. "We want the library kept open," it reads.',
    ],
    ("I will read every page", ["Ivo Brandt"], []),
    ("We want the library kept open", [], ["Ivo Brandt", "Carla Moss"]),
)
built.story(
    UN,
    "Minister rebuked by watchdog",
    [
        "Transport minister Owen Price announced the rail fare rise on Monday.",
        'The watchdog wrote to Price in a letter on Tuesday. "The rise was announced without the required notice," the letter says.',
    ],
    ("The rise was announced without the required notice", [], ["Owen Price"]),
)
built.story(
    UN,
    "Two statements on stadium deal",
    [
        "The city and Fairholm United agreed a new stadium lease on Thursday. Club chairman Dev Anand said fans would pay no more.",
        "Fairholm United's statement and the council's own were published together. \"The lease secures football in the city for 30 years,\" the statement said.",
    ],
    ("The lease secures football in the city for 30 years", [], ["Dev Anand"]),
)
built.story(
    UN,
    "Owner two sentences back",
    [
        "Ridgeway Foods issued a statement on Monday about the recall. Stores removed the jars within hours. Food safety officer Jan Kowal inspected the plant.",
        '"No illness has been reported," it read.',
    ],
    ("No illness has been reported", [], ["Jan Kowal"]),
)
built.story(
    UN,
    "Bank names new chair",
    [
        "Harlow Bank named Simone Reyes as its chair on Wednesday, replacing Arthur Vane, who retires in June.",
        'Vane\'s farewell note to staff was shared by the bank. "I leave the bank in the best of hands," it read.',
    ],
    ("I leave the bank in the best of hands", ["Arthur Vane"], ["Simone Reyes"]),
)
built.story(
    UN,
    "Inspector's report on prison",
    [
        "Governor Leah Stroud took charge of Marsh Lane prison in January.",
        'Chief inspector Colin Ware\'s report was published on Thursday. "Stroud has begun to turn the prison round," it said.',
    ],
    ("Stroud has begun to turn the prison round", ["Colin Ware"], ["Leah Stroud"]),
)
built.story(
    UN,
    "Coach writes to federation",
    [
        "Coach Mira Santos has asked the federation to review the referee's decision.",
        'Santos wrote to federation president Karl Jansen on Monday. "The goal should have stood," she wrote. Jansen\'s reply came on Wednesday. "The decision stands," it said.',
    ],
    ("The goal should have stood", ["Mira Santos"], ["Karl Jansen"]),
    ("The decision stands", ["Karl Jansen"], ["Mira Santos"]),
)

built.story(
    UN,
    "Charity chief quits",
    [
        'Lotte Brenner stepped down as head of the Harbour Trust on Monday. "It is time for someone new," Brenner said. Trustee Amir Sadeghi will lead the charity until a successor is found.',
        'Sadeghi\'s email to staff followed. "Our work goes on as before," it read.',
    ],
    ("It is time for someone new", ["Lotte Brenner"], ["Amir Sadeghi"]),
    ("Our work goes on as before", ["Amir Sadeghi"], ["Lotte Brenner"]),
)
built.story(
    UN,
    "Union and employer trade statements",
    [
        'Care workers at Pinewell Homes will strike next week, the Care Workers\' Union said on Friday. "Our members have had enough," union organiser Bea Lowry said.',
        'Pinewell Homes\' chief executive, Rhodri Bale, answered in a statement. "Our offer is fair and remains open," Bale said.',
    ],
    ("Our members have had enough", ["Bea Lowry"], ["Rhodri Bale"]),
    ("Our offer is fair and remains open", ["Rhodri Bale"], ["Bea Lowry"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
