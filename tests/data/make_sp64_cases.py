# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's named subjects (``grounding_sp64.jsonl``, false-alarm writer
sp64; :mod:`summarizer.verification.sentences.named_subjects`), at the edges of

- ``subject``: a quote in the predicate of a clause whose subject is its speaker named in full,
  after an opener, a title or before an apposition that names a body, a place or another's
  possessive ("Lars Ekdahl, the Nordic Council's envoy for fisheries, called it "...""): the
  speaker passes; the body, the place, the owner of the apposition's title, a person named in
  the opener or a hearer in the predicate stay refused;
- ``guarded``: the same sentence shapes where the words are not the subject's: a relay
  ("quoting the mayor", "as saying"), a heard or passive frame ("was met with chants of"), a
  label the subject speaks of ('condemned the "Fair Streets" plan'), another speaker in the
  predicate ("said the inspector had called it"), a parenthetical credit ("she said"), a view
  given to others ("For most traders, X "..."", '"...", according to'), a capitalised credit
  after the quote ('"...", Velmar Radio said'): the subject is refused.

Run ``python tests/data/make_sp64_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp64.jsonl")

built = SupportCases(
    "sp64",
    leads=[
        "By Odile Farrant | The Brackwater Chronicle | April 14, 2026",
        "TALLOW BAY (Meridian Wire) -",
        "Politics desk, The Ossory Examiner",
        "Sport | The Kelham Evening Star",
        "Live coverage | Harbourline Radio News",
    ],
)
SUBJ, GUARD = "subject", "guarded"


# --- subject: the named subject's own clause holds the quote ----------------------------------
built.story(
    SUBJ,
    "Fishing quota deal welcomed",
    [
        "Ministers from five states met in Tallow Bay on Monday.",
        'Lars Ekdahl, the Nordic Council\'s envoy for fisheries, called it "a fair catch for everyone" and urged the fleets to respect the new limits.',
    ],
    ("a fair catch for everyone", ["Lars Ekdahl"], ["Nordic Council"]),
)
built.story(
    SUBJ,
    "Transport chiefs back fare freeze",
    [
        'Mirela Dunca, the transport minister of Upper Sarnia, which chairs the regional transport board this year, called the freeze "a breathing space for commuters" and said it would last a year.',
    ],
    ("a breathing space for commuters", ["Mirela Dunca"], ["Upper Sarnia"]),
)
built.story(
    SUBJ,
    "Coach bitter after final defeat",
    [
        "Ossory lost the cup final 2-1 after extra time.",
        'Ossory coach Fenna Roos, speaking through an interpreter, was bitter: "We gave them the second goal and they thanked us."',
    ],
    ("We gave them the second goal and they thanked us", ["Fenna Roos"], []),
)
built.story(
    SUBJ,
    "Storm heads for the islands",
    [
        "The storm flattened crops on the mainland overnight. Governor Paula Irwin flew out to the worst-hit farms.",
        'On Carrow Island, where the storm is due next, Deputy Governor Tobias Lenk sounded the alarm: "Nobody should be on the roads after six tonight."',
    ],
    (
        "Nobody should be on the roads after six tonight",
        ["Tobias Lenk"],
        ["Carrow Island", "Paula Irwin"],
    ),
)
built.story(
    SUBJ,
    "Sponsor fee kept quiet",
    [
        "The league did not say how much the new sponsor would pay.",
        'Neither side gave a figure, though Hallam Price, the executive director of the league, described it on a radio call as "a comfortable seven-figure sum".',
    ],
    ("a comfortable seven-figure sum", ["Hallam Price"], []),
)
built.story(
    SUBJ,
    "Backbencher promises full inquiry",
    [
        "The committee will sit for the first time on Thursday.",
        'Labour backbencher Rhona Gault, a member of the committee and a former housing spokeswoman, promised to "follow the money wherever it went".',
    ],
    ("follow the money wherever it went", ["Rhona Gault"], []),
)
built.story(
    SUBJ,
    "MP sides with residents",
    [
        "Residents packed the hall to hear the plan for the mast.",
        'Kelham\'s MP, Anouk Verlaine, also a Liberal, said she accepted the mast was "lawful and probably needed" but would keep listening to residents.',
    ],
    ("lawful and probably needed", ["Anouk Verlaine"], ["Kelham"]),
)
built.story(
    SUBJ,
    "Live: rider hurt in crash",
    [
        "14:20 - The peloton is together again after the crash on the descent.",
        '14:35 - Corvane team doctor Imke Salo: "He has a cut on his elbow and a sore wrist. He will start tomorrow."',
    ],
    ("He has a cut on his elbow and a sore wrist", ["Imke Salo"], ["Corvane"]),
)
built.story(
    SUBJ,
    "Teammate remembers the rescue",
    [
        "The diver was pulled from the water after four minutes.",
        'Relay teammate Oskar Vanhala remembered holding his hand: "I told him to breathe slowly and that the boat was coming."',
    ],
    ("I told him to breathe slowly and that the boat was coming", ["Oskar Vanhala"], []),
)
built.story(
    SUBJ,
    "Judge warned of land shortage years ago",
    [
        'It was not the first warning, when Mr Justice Ormond Tilley spoke of "a slow crisis in the allotments" at a hearing in 2011 and still let the sale go ahead.',
    ],
    ("a slow crisis in the allotments", ["Ormond Tilley"], []),
)
built.story(
    SUBJ,
    "Ferry firm's chief to step down",
    [
        'Greta Falk, who has run Brackwater Ferries since 2016, is leaving to take up "a new role closer to home", the company said on Friday.',
    ],
    ("a new role closer to home", [], ["Brackwater Ferries"]),
)
built.story(
    SUBJ,
    "Senator doubts hunger figures",
    [
        "The bill passed its first reading on Tuesday.",
        'Earlier, Sen. Corbin Waite, a Republican from Ashby Falls, told the chamber he had "never met a hungry child in this county".',
    ],
    ("never met a hungry child in this county", ["Corbin Waite"], ["Ashby Falls"]),
)
built.story(
    SUBJ,
    "Envoy praises truce, minister listens",
    [
        'Priya Salgado, the union\'s chief negotiator, told Minister Jonas Brell that the offer was "the floor, not the ceiling".',
    ],
    ("the floor, not the ceiling", [], ["Jonas Brell"]),
)
built.story(
    SUBJ,
    "Charity hails appointment",
    [
        'Hollis Marr, a trustee of the Tallow Bay Food Bank, hailed the appointment as "long overdue" on Wednesday.',
    ],
    ("long overdue", ["Hollis Marr"], ["Tallow Bay Food Bank"]),
)

built.story(
    SUBJ,
    "Wards full, board told",
    [
        'Ada Mensah, the Kelham Health Trust\'s chief executive, told the board the wards were "full every night" and asked for more beds.',
    ],
    ("full every night", ["Ada Mensah"], ["Kelham Health Trust"]),
)

built.story(
    SUBJ,
    "Outbreak traced to ward",
    [
        "The hospital closed one ward on Friday.",
        '"This is not the first ward to see this bug," Dr. Wenna Castell of the Brackwater Department of Health said on a video call.',
    ],
    (
        "This is not the first ward to see this bug",
        ["Wenna Castell"],
        ["Brackwater Department of Health"],
    ),
)
built.story(
    SUBJ,
    "Prosecutor speaks after verdict",
    [
        'Defence lawyer Petra Hale left without comment. "Today the families were heard," District Attorney Silas Morrow of the Ossory County office said on the courthouse steps.',
    ],
    ("Today the families were heard", ["Silas Morrow"], ["Petra Hale"]),
)

# --- guarded: the same shapes, but the words are not the subject's ----------------------------
built.story(
    GUARD,
    "Aide relays the mayor's promise",
    [
        'Council aide Dorian Fisk, quoting the mayor, told the meeting the depot would "stay open for as long as I am here".',
    ],
    ("stay open for as long as I am here", [], ["Dorian Fisk"]),
)
built.story(
    GUARD,
    "Minister booed at the docks",
    [
        'Harbour minister Selma Rask was met with chants of "thieves in suits" as she arrived at the quay.',
    ],
    ("thieves in suits", [], ["Selma Rask"]),
)
built.story(
    GUARD,
    "Senator attacks slogan",
    [
        "The governor launched her housing drive on Monday.",
        'Senator Aldo Brennan condemned the "Homes for All" slogan at a town hall in Kelham.',
    ],
    ("Homes for All", [], ["Aldo Brennan"]),
)
built.story(
    GUARD,
    "Mayor sure the bridge is doomed",
    [
        'Mayor Tove Lindahl believed that the inspector had called the bridge "past saving" in his first report.',
    ],
    ("past saving", [], ["Tove Lindahl"]),
)
built.story(
    GUARD,
    "Police chief speaks on suspect",
    [
        "Chief constable Marta Oyelaran addressed reporters at noon.",
        'The suspect, Ronan Kell, had acted alone, she said, and was "known to us since 2021".',
    ],
    ("known to us since 2021", ["Marta Oyelaran"], ["Ronan Kell"]),
)
built.story(
    GUARD,
    "Investors credit the governor",
    [
        'For many traders at the time, Ilse Marten "rescued the currency" with one speech.',
    ],
    ("rescued the currency", [], ["Ilse Marten"]),
)
built.story(
    GUARD,
    "Poll turns on the incumbent",
    [
        "A poll published on Sunday found the mood had turned.",
        'Governor Ewan Sillitoe is "out of touch with the valley", according to six voters in ten.',
    ],
    ("out of touch with the valley", [], ["Ewan Sillitoe"]),
)
built.story(
    GUARD,
    "Minister lands for talks",
    [
        'Foreign Minister Idris Malouf "arrived in Tallow Bay to open a new round of talks with the island delegation", Velmar Radio said.',
    ],
    (
        "arrived in Tallow Bay to open a new round of talks with the island delegation",
        ["Velmar Radio"],
        ["Idris Malouf"],
    ),
)
built.story(
    GUARD,
    "Opposition leader rejects jibe",
    [
        'Opposition leader Nadia Ferro rejected the premier\'s description of her plan as "a fairy tale" on Tuesday.',
    ],
    ("a fairy tale", [], ["Nadia Ferro"]),
)
built.story(
    GUARD,
    "Coach reads out owner's message",
    [
        'Kelham coach Bram Oduya read out a message from the club\'s owner: "Whatever happens on Saturday, this squad has made us proud."',
    ],
    ("Whatever happens on Saturday, this squad has made us proud", [], ["Bram Oduya"]),
)
built.story(
    GUARD,
    "Governor told of shortfall",
    [
        'Governor Hester Quayle was told by her treasurer that the fund would be "empty by the autumn".',
    ],
    ("empty by the autumn", [], ["Hester Quayle"]),
)
built.story(
    GUARD,
    "Deputy speaks for her boss",
    [
        'Lorne Abbott\'s deputy, Cressida Vane, said the council would "not give an inch" on the depot.',
    ],
    ("not give an inch", ["Cressida Vane"], ["Lorne Abbott"]),
)
built.story(
    GUARD,
    "Ministers in joint call",
    [
        'Defence Minister Arvo Kask and Foreign Minister Liis Rebane said the drills were "routine and announced months ago".',
    ],
    ("routine and announced months ago", [], ["Arvo Kask"]),
)
built.story(
    GUARD,
    "Chess upset at the open",
    [
        'Grandmaster Ines Varga beat Tomas Orlik in thirty moves, telling the hall afterwards, "He never saw the knight coming."',
    ],
    ("He never saw the knight coming", ["Ines Varga"], ["Tomas Orlik"]),
)
built.story(
    GUARD,
    "Envoy passes on the president's words",
    [
        'Special envoy Karl Osei cited President Mara Lund as saying the border would "open within the month".',
    ],
    ("open within the month", [], ["Karl Osei"]),
)

built.story(
    GUARD,
    "Minister faces the quay",
    [
        'Harbour minister Selma Rask, booed as she arrived at the quay, told reporters: "I came to listen, not to be liked."',
    ],
    ("I came to listen, not to be liked", ["Selma Rask"], []),
)
built.story(
    GUARD,
    "Senator mocks the plan",
    [
        'Senator Aldo Brennan called the slogan "a promise with no money behind it" at a town hall in Kelham.',
    ],
    ("a promise with no money behind it", ["Aldo Brennan"], []),
)
built.story(
    GUARD,
    "Bridge to close",
    [
        'Mayor Tove Lindahl said the old bridge was "past saving" and would close in June.',
    ],
    ("past saving", ["Tove Lindahl"], []),
)
built.story(
    GUARD,
    "Envoy upbeat after meeting",
    [
        'Special envoy Karl Osei, after meeting President Mara Lund, said the border would "open within weeks".',
    ],
    ("open within weeks", ["Karl Osei"], ["Mara Lund"]),
)
built.story(
    GUARD,
    "Opposition leader defends costings",
    [
        'Opposition leader Nadia Ferro, asked about the premier\'s jibe, called her plan "costed to the last penny".',
    ],
    ("costed to the last penny", ["Nadia Ferro"], []),
)
built.story(
    GUARD,
    "Drills routine, minister says",
    [
        'Defence Minister Arvo Kask, standing beside Foreign Minister Liis Rebane, said the drills were "routine and long planned".',
    ],
    ("routine and long planned", ["Arvo Kask"], ["Liis Rebane"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
